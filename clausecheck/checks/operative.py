"""The operative clause of each AI clause type: the one that decides the document's stance.

A contract that says "we will not train models on Customer Content" in its data
clause does not become "adverse" because an indemnity or a definition elsewhere
mentions training.  For each AI label, the clauses that carry it are ranked by
how directly they govern the customer's position:

1. clauses that only define a term, recite, or point elsewhere ("as set out in
   Section 6.2") are never operative while another clause carries the label;
2. a clause the model is sure of comes before one in its review band;
3. a clause that commits someone (shall, will, may, must, not, never; しない,
   できる, ものとします ...) comes before one that only describes;
4. then the more of the label's own words (its evidence) the clause holds,
   then a mention of the customer's data or of the user, then the model's score.

Two operative clauses that disagree outright (one protective, one adverse), both
committing and both with the label's words, are a genuine conflict: both are
reported and a finding says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ClauseInfo

_QUOTE = "\"“”'‘’「『"
_DEFINES = re.compile(rf"^\W{{0,3}}(?:[{_QUOTE}][^{_QUOTE}\n]{{1,60}}[{_QUOTE}»」』]|\w[\w\s-]{{0,40}}[:：])\s*"
                      r"(?:means|shall mean|refers to|has the meaning|includes?|is defined|とは|は、次の)",
                      re.IGNORECASE)
_POINTER = re.compile(r"\b(?:as (?:set out|described|provided|specified|defined|detailed)|see|refer(?:red)? to|"
                      r"in accordance with|pursuant to|as stated)\b[^.]{0,40}\b(?:Section|Clause|Article|Schedule|"
                      r"Exhibit|Annex|paragraph|§|our [A-Z]\w+ Policy)|第\s*\d+\s*条に(?:定める|従い|規定)",
                      re.IGNORECASE)
_COMMITS = re.compile(r"\b(?:shall|will|must|may|cannot|can't|won't|agrees?|undertakes?|never|not|only|"
                      r"prohibited|permitted|reserves?)\b|しない|しません|できる|できません|ものとし|禁止|"
                      r"してはならない|行いません|使用しません|利用しません|することがあります",
                      re.IGNORECASE)
_CUSTOMER_DATA = re.compile(r"\b(?:your|customer|client|user|licensee|subscriber)\b|\b(?:inputs?|prompts?|content|"
                            r"customer data|personal data|outputs?)\b|利用者|お客様|入力|ユーザ",
                            re.IGNORECASE)
_DEFINITION_HEADING = re.compile(r"definition|interpretation|定義", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Choice:
    operative: "ClauseInfo | None"
    conflicts: tuple["ClauseInfo", ...] = ()
    only_background: bool = False  # every clause carrying the label only defines, recites or points


def _body(info: "ClauseInfo") -> str:
    text = info.text.strip()
    if info.number and text.startswith(info.number):
        text = text[len(info.number):].lstrip(" .)\t")
    if info.heading and text.lower().startswith(info.heading.lower()):
        text = text[len(info.heading):].lstrip(" .:\t")
    return text


def is_background(info: "ClauseInfo", headings: Sequence[str] = ()) -> bool:
    """A definition, a recital or a clause that only points elsewhere."""
    if info.kind in ("preamble", "definition") or any(_DEFINITION_HEADING.search(h or "") for h in headings):
        return True
    body = _body(info)
    if _DEFINES.match(body):
        return True
    return len(body.split()) < 45 and bool(_POINTER.search(body)) and not re.search(
        r"\b(?:train|will not|shall not|never)\b", body, re.IGNORECASE)


def _rank(info: "ClauseInfo", label: str) -> tuple[int, int, int, int, float]:
    body = _body(info)
    sure = label not in info.review
    return (int(sure), int(bool(_COMMITS.search(body))), len(info.why.get(label, ())),
            int(bool(_CUSTOMER_DATA.search(body))), float(info.scores.get(label, 0.0)))


def choose(label: str, clauses: Sequence["ClauseInfo"], headings: dict[str, Sequence[str]]) -> Choice:
    """The operative clause for ``label`` among the clauses carrying it, and any that conflict with it."""
    if not clauses:
        return Choice(None)
    candidates = [c for c in clauses if not is_background(c, headings.get(c.id, ()))]
    if not candidates:
        return Choice(None, only_background=True)
    ranked = sorted(candidates, key=lambda c: _rank(c, label), reverse=True)
    best = ranked[0]
    stance = best.stance.get(label)
    conflicts = []
    if stance in ("protective", "adverse"):
        other = "adverse" if stance == "protective" else "protective"
        top = _rank(best, label)
        for c in ranked[1:]:
            r = _rank(c, label)
            if c.stance.get(label) == other and r[0] == 1 and r[1] == 1 and r[2] >= min(2, top[2]) and top[0] == 1:
                conflicts.append(c)
    return Choice(best, tuple(conflicts))
