"""Cross-references to the dispute clauses that point to the wrong clause.

A notice at the top of consumer terms often says "PLEASE READ THE ARBITRATION AGREEMENT IN SECTION 16.2";
after a renumbering the arbitration agreement is 15.2 and 16.2 is about something else. A reader who follows
the reference finds the wrong clause, and a court may read the notice as not pointing to the arbitration
agreement at all. This module finds such references: a sentence that names a dispute topic (arbitration,
a class-action or jury waiver, the governing law) and a clause of this document by number, where the clause
with that number exists but neither its heading nor its text speaks of the topic, while another clause's
heading does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ClauseInfo

#: topic -> the words that show a clause is about it
TOPICS: dict[str, re.Pattern[str]] = {
    "arbitration": re.compile(r"\barbitra\w*", re.IGNORECASE),
    "class action waiver": re.compile(
        r"\bclass[- ](?:action|wide|member|proceeding)|\bjury\b|\brepresentative "
        r"(?:action|proceeding)",
        re.IGNORECASE,
    ),
    "governing law": re.compile(
        r"\bgoverning law\b|\bgoverned by\b|\bchoice of law\b|\bapplicable law\b", re.IGNORECASE
    ),
}
_REF = re.compile(
    r"\b(?:Sections?|Clauses?|Paragraphs?|Articles?|§)\s*(\d+(?:\.\d+)*(?:\s*\([a-z0-9]{1,4}\))?)", re.IGNORECASE
)
#: "Section 15 of the Services Agreement": another document's clause, not this one's
_ELSEWHERE = re.compile(
    r"^\s*(?:of|in|under)\s+(?:the\s+)?(?!this\b|these\b)(?:[\w&'-]+\s+){0,6}"
    r"(?:agreement|terms|policy|contract|addendum|rules|act)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n")


@dataclass(frozen=True, slots=True)
class WrongReference:
    said: str  # the reference as written ("Section 16.2")
    topic: str  # what the sentence says is there ("arbitration")
    found: str  # what the referenced clause is about (its heading, or its first words)
    instead: str | None  # the clause whose heading speaks of the topic ("15.2"), if one does
    exists: bool = True  # False: no clause has that number; ``found`` is about the clause it would belong to
    parent: str | None = None  # that clause's number, when ``exists`` is False

    def describe(self) -> str:
        number = self.said.split()[-1]
        where = (
            f"{number} is “{self.found}”"
            if self.exists
            else f"there is no {number} (clause {self.parent} is “{self.found}”)"
        )
        tail = f", and the {self.topic} is in clause {self.instead}" if self.instead else ""
        return f"{self.said} for the {self.topic}, but {where}{tail}"


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number).rstrip(".").lower()


def wrong_references(clauses: Sequence[ClauseInfo]) -> dict[str, list[WrongReference]]:
    """clause id -> the references in it that point to a clause not about the topic its sentence names."""
    by_number: dict[str, ClauseInfo] = {}
    for c in clauses:
        for n in (c.citation, c.number if c.parent is None else None):
            if n and _key(n) not in by_number:
                by_number[_key(n)] = c
    children: dict[str, list[ClauseInfo]] = {}
    for c in clauses:
        if c.parent is not None:
            children.setdefault(c.parent, []).append(c)

    def whole(c: ClauseInfo, depth: int = 0) -> str:
        text = " ".join(filter(None, (c.heading, c.text)))
        if depth < 3:
            text += " " + " ".join(whole(k, depth + 1) for k in children.get(c.id, ()))
        return text[:20_000]

    out: dict[str, list[WrongReference]] = {}
    for c in clauses:
        for sentence in _SENTENCE.split(c.text):
            for topic, pat in TOPICS.items():
                for said, number in _pointed(sentence, pat):
                    target = by_number.get(_key(number)) or by_number.get(_key(_up(number)))
                    if target is None or target.id == c.id or pat.search(whole(target)):
                        continue
                    instead = next((x for x in clauses if x.heading and pat.search(x.heading) and x.id != c.id), None)
                    if instead is None:
                        continue  # no clause of the document is headed by the topic: the numbering may be read wrong
                    exists = by_number.get(_key(number)) is not None
                    body = target.text.strip()
                    if target.number and body.startswith(target.number):
                        body = body[len(target.number) :].lstrip(" .)")
                    found = target.heading or " ".join(body.split()[:6]) + "…"
                    out.setdefault(c.id, []).append(
                        WrongReference(
                            said=said,
                            topic=topic,
                            found=found,
                            instead=instead.citation or instead.number,
                            exists=exists,
                            parent=None if exists else (target.citation or target.number),
                        )
                    )
    return out


def _up(number: str) -> str:
    """The clause a sub-clause number belongs to: "16.2" -> "16", "16(b)" -> "16"."""
    n = re.sub(r"\s+", "", number)
    if "(" in n:
        return n[: n.index("(")]
    return n.rsplit(".", 1)[0] if "." in n else n


def _pointed(sentence: str, topic: re.Pattern[str]) -> list[tuple[str, str]]:
    """(reference as written, number) for each reference the sentence gives as the place of the topic:
    "the arbitration provision in Section 16.2", "Section 16.3 (Class Action Waiver)"."""
    out = []
    for m in _REF.finditer(sentence):
        if _ELSEWHERE.match(sentence[m.end() :]):
            continue
        before = sentence[max(0, m.start() - 70) : m.start()]
        after = sentence[m.end() : m.end() + 60]
        lead = (
            topic.search(before)
            and re.search(
                r"\b(?:in|under|at|of|see|set (?:out|forth) in|described in|contained in|provided in)\s*(?:the\s+)?$",
                before,
                re.IGNORECASE,
            )
            and not re.search(
                r"\b(?:except|subject to|other than|notwithstanding)\b",
                before[t.start() :] if (t := topic.search(before)) else "",
                re.IGNORECASE,
            )
        )
        named = re.match(r"\s*(?:below|above)?\s*\(([^)]{1,60})\)", after)
        if lead or (named and topic.search(named.group(1))):
            out.append((" ".join(m.group(0).split()), m.group(1)))
    return out
