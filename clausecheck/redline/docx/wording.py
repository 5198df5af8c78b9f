"""How an inserted clause is numbered and worded: citations ("Section 4(a)"), the next number
after a typed one, the typed prefix of a paragraph, and "Notwithstanding ..." leads.
"""

from __future__ import annotations

import re

from lxml import etree

from .runs import _para_text
from .wml import PPR, w


def _cite(number: str) -> str:
    n = number.strip().rstrip(".")
    if re.match(r"(?:Section|Clause|Article|Paragraph|§|第)", n, re.IGNORECASE):
        return n
    return ("paragraph " if n.startswith("(") else "Section ") + n


def _notwithstanding(text: str, cites: list[str], self_name: str = "this Agreement") -> str:
    """``text`` made to prevail over the clauses it leaves in place: "Notwithstanding Section 3.3, ..."
    in front of the first sentence that binds someone (a definition stays first)."""
    named = list(dict.fromkeys(c for c in cites if c))
    if named and len(named) == len([c for c in cites]):
        kinds = {n.split(" ", 1)[0] for n in named}
        if len(named) > 1 and len(kinds) == 1 and kinds <= {"Section", "paragraph", "Article", "Clause"}:
            kind = next(iter(kinds))
            nums = [n.split(" ", 1)[1] for n in named]
            lead = f"Notwithstanding {kind}s " + ", ".join(nums[:-1]) + " and " + nums[-1]
        else:
            lead = "Notwithstanding " + " and ".join(named)
    else:
        lead = f"Notwithstanding anything to the contrary in {self_name}"
    sentences = re.split(r"(?<=[.;])\s+", text)
    k = next((i for i, x in enumerate(sentences) if re.search(r"\b(?:shall|will|must|may)\b", x)), 0)
    first = sentences[k]
    word = first.split(" ", 1)[0]
    if word in ("The", "In", "Each", "On", "If", "Any", "All", "Where", "When"):
        first = first[0].lower() + first[1:]
    sentences[k] = f"{lead}, {first}"
    return " ".join(sentences)


def next_number(number: str) -> str | None:
    """The number after ``number`` as the document writes it: "15" -> "16", "7.3." -> "7.4.",
    "Article 7" -> "Article 8", "(b)" -> "(c)"; None for one it cannot continue (roman, bullets)."""
    m = re.search(r"(\d+)(?!.*\d)", number)
    if m:
        return number[: m.start()] + str(int(m.group(1)) + 1) + number[m.end() :]
    m = re.fullmatch(r"(\(?)([a-y])(\)?\.?)", number.strip())
    if m:
        return m.group(1) + chr(ord(m.group(2)) + 1) + m.group(3)
    return None


def _typed_prefix(p: etree._Element | None, number: str | None) -> str | None:
    """The number and separator ``p`` starts with ("15. ", "7.3\t") when the number is typed, not Word's."""
    if p is None or not number:
        return None
    ppr = p.find(PPR)
    if ppr is not None and ppr.find(w("numPr")) is not None:
        return None
    text = _para_text(p)
    stripped = text.lstrip()
    if not stripped.startswith(number):
        return None
    rest = stripped[len(number) :]
    if rest[:1].isalnum():
        return None  # "10." is not typed "1"
    sep = re.match(r"[.)]?[ \t\u00a0]*", rest)
    assert sep is not None  # every part of the pattern is optional: it always matches
    return number + (sep.group(0) or " ")


def _heading_text(heading: str) -> str:
    heading = heading.strip()
    return heading if heading[-1:] in ".:;?!" else heading + "."
