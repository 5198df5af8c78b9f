"""Drafting checks: numbering that skips or repeats, and a schedule or clause cited by another name.

A lawyer who finds "2.3" after "2.1", two items "(viii)", or "Schedule 4 (Jurisdiction Specific Terms)"
where Schedule 4 is headed "Cross Border Transfer Mechanisms" knows the text was edited carelessly and that a
cross-reference may now point at the wrong terms. These checks read the clause tree the segmenter built,
and they are cautious about its mistakes: a number that seems to be missing is reported only when no line
between its neighbours starts with it (so a clause the segmenter failed to split off is not called missing),
a list that starts again at 1 is a new list, not a repeat, and a reference to a schedule of another
document ("Schedule 2 of the Services Agreement") is not compared with this document's schedules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..numformats import to_roman
from ..segment.numbering import Marker, Reading, parse_marker

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ClauseInfo, DocFacts

#: at most this many numbers may be missing between two neighbours; a bigger jump is more likely a misread
#: number (a year, an amount) than a drafting slip
MAX_MISSING = 3


@dataclass(frozen=True, slots=True)
class _Seen:
    info: ClauseInfo
    reading: Reading
    prefix: tuple[int, ...]


def _marker(number: str) -> Marker | None:
    if number.isdigit():  # a bare "1" (the segmenter drops the dot of "1.")
        return parse_marker(number + ".")
    return parse_marker(number)


def _reading(marker: Marker, previous: dict[tuple[str, tuple[int, ...]], _Seen]) -> Reading:
    """The reading that continues a list already open among the siblings ("(i)" after "(h)" is a letter),
    else one that starts a list ("(i)" first is a roman), else the preferred one."""
    prefix = marker.path[:-1] if marker.absolute else ()
    for r in marker.readings:
        seen = previous.get((r.style, prefix))
        if seen is not None and r.value in (seen.reading.value + 1, seen.reading.value):
            return r
    return next((r for r in marker.readings if r.value == 1), marker.readings[0])


#: the list styles whose numbers we can print, to look for a "missing" number anywhere between its neighbours
_PRINTABLE = re.compile(r"^(?:decimal-\d+|paren-(?:lower|upper)-(?:roman|alpha)|bare)$")
#: a repeated number this close to its twin (in siblings) is an editing slip, not a second list or a page header;
#: only "14.1"-style numbers and list items count (a bare "3." again is more often a contents line or an annex)
REPEAT_WINDOW = 3
#: words of its own (beyond number and heading) that make a clause a clause, not a contents line or a header
BODY_WORDS = 5


def _printed(style: str, prefix: tuple[int, ...], value: int, like: str) -> str | None:
    """The number ``value`` printed in ``style`` the way its neighbour ``like`` is printed."""
    if style.startswith("decimal-"):
        return ".".join(str(p) for p in (*prefix, value))
    if style.startswith("paren-"):
        body = to_roman(value) if style.endswith("roman") else chr(ord("a") + value - 1) if value <= 26 else None
        if body is None:
            return None
        body = body.upper() if "upper" in style else body
        return f"({body})" if like.startswith("(") else f"{body})"
    return None


def _mentioned(
    doc: DocFacts, a: ClauseInfo, b: ClauseInfo, style: str, prefix: tuple[int, ...], lo: int, hi: int
) -> bool:
    """Whether the text between clauses ``a`` and ``b`` holds a number of ``style`` valued in (lo, hi): at the
    start of a line, or, for the styles we can print, anywhere as a token ("... agreed. 5.7 Menu ...",
    "38.Upon ...") -- then the segmenter missed that clause and nothing is missing from the contract."""
    if not doc.text:
        return True
    span = doc.text[a.start : b.start]
    for line in span.splitlines()[1:]:
        s = line.strip().lstrip("\u200b\u200c\u200d\u2060\ufeff")
        if not s:
            continue
        tok = s.split()[0]
        m = _marker(tok) if tok.isdigit() else parse_marker(s[:80])
        if m is None:
            continue
        mprefix = m.path[:-1] if m.absolute else ()
        if mprefix == prefix and any(r.style == style and lo < r.value < hi for r in m.readings):
            return True
    for v in range(lo + 1, hi):
        label = _printed(style, prefix, v, a.number or "")
        if label is None:
            return True  # cannot look for it: assume the segmenter missed it
        if re.search(rf"(?<![\w.]){re.escape(label)}(?![\w]|\.\d)", span[len(a.number or "") :], re.IGNORECASE):
            return True
    return False


def _label(info: ClauseInfo) -> str:
    return info.cite


def _substantive(doc: DocFacts) -> set[str]:
    """Clauses with words of their own (or a child that has them): not a line of a table of contents, a
    running header or a cover page."""
    out: set[str] = set()
    for c in reversed(doc.clauses):  # children come after their parents
        words = c.text.split()[len((c.number or "").split()) + len((c.heading or "").split()) :]
        lower = sum(w[:1].islower() for w in words)  # prose, not a title-case contents line
        if (len(words) >= BODY_WORDS and lower >= 2) or len(words) >= 3 * BODY_WORDS or c.id in out:
            out.add(c.id)
            if c.parent is not None:
                out.add(c.parent)
    return out


def _reportable(c: ClauseInfo, real: set[str]) -> bool:
    """A clause whose number a problem may be reported on: one with words of its own, whose number is not
    glued to more ("12.3A" read as 12.3) and whose heading does not start with a number ("3. 1 General": a
    mistyped 3.1 read as clause 3 headed "1 General")."""
    if c.id not in real or (c.heading or "")[:1].isdigit():
        return False
    number = c.number or ""
    after = c.text[len(number) : len(number) + 1] if c.text.startswith(number) else ""
    return not after.isalnum()


def numbering_problems(doc: DocFacts) -> list[tuple[ClauseInfo, str]]:
    """(clause, what is wrong) for every number that repeats or skips within its list.

    Only lists of clauses with words of their own count, schedules and exhibits are left out (their titles
    recur as page headers and in contents lists), a list that starts again at 1 is a new list, a repeat
    counts only close to its twin, and a skip only if the missing number is nowhere between the neighbours.
    """
    problems: list[tuple[ClauseInfo, str]] = []
    real = _substantive(doc)
    by_parent: dict[str | None, list[ClauseInfo]] = {}
    ids = {c.id: c for c in doc.clauses}
    for c in doc.clauses:
        if c.number:
            by_parent.setdefault(c.parent, []).append(c)
    reported: set[str] = set()
    continues: set[str] = set()  # clauses whose number is the next in their own list, or starts a list
    for siblings in by_parent.values():
        last: dict[tuple[str, tuple[int, ...]], _Seen] = {}
        where: dict[tuple[str, tuple[int, ...]], dict[int, int]] = {}  # value -> index among the siblings
        interrupted: dict[tuple[str, tuple[int, ...]], list[int]] = {}  # lists a restart at 1 interrupted
        for i, c in enumerate(siblings):
            m = _marker(c.number or "")
            if m is None or m.schedule or not m.readings:
                continue
            r = _reading(m, last)
            if r.style.startswith(("kw-", "schedule")):
                continue
            prefix = m.path[:-1] if m.absolute else ()
            key = (r.style, prefix)
            prev = last.get(key)
            seen = where.setdefault(key, {})
            outer = interrupted.setdefault(key, [])
            if prev is not None and r.value == prev.reading.value + 1:
                continues.add(c.id)
            reportable = _reportable(c, real)
            # "14.1" twice is a repeat; "(a)" or "1." again is a new list whose heading was not recognised, a
            # list nested in the one before it but read flat, or a list whose automatic numbers were lost in
            # conversion ("1." before every clause)
            if r.value <= 1 and not (prefix and r.value in seen and i - seen[r.value] == 1):
                if prev is not None:
                    outer.append(prev.reading.value)
                seen.clear()
                continues.add(c.id)  # not a repeat of the clause before it either
            elif outer and r.value == outer[-1] + 1 and c.id not in continues:
                outer.pop()  # the list the nested one interrupted goes on: (i) (i) (ii) (ii) is not a repeat
                seen.clear()
                continues.add(c.id)
            elif not reportable:
                pass
            elif r.value in seen and i - seen[r.value] <= REPEAT_WINDOW and (prefix or not m.absolute):
                problems.append((c, f"{_label(c)} repeats the number {c.number}"))
                reported.add(c.id)
            elif (
                prev is not None
                and prev.info.id in real
                and prefix  # "2.3" after "2.1"; a top-level number may be lost with the page layout ("38." at a
                and _PRINTABLE.match(r.style)  # page top read as a page number), an item's with a table's
                and 1 < r.value - prev.reading.value <= MAX_MISSING + 1
                and not _mentioned(doc, prev.info, c, r.style, prefix, prev.reading.value, r.value)
            ):
                problems.append((c, f"{_label(c)} follows {prev.info.number} (a number is skipped)"))
                reported.add(c.id)
            if reportable:  # a redacted "(ii) [*****]" or a contents line is no twin of a real clause
                seen[r.value] = i
            last[key] = _Seen(c, r, prefix)
    # the same number twice in a row, the second placed elsewhere in the outline because a list cannot hold
    # it twice: "(iii) ... (iii) ..." (but not a section 4 that follows 3 after a sub-list ending in its own 4)
    numbered = [c for c in doc.clauses if c.number]
    for a, b in zip(numbered, numbered[1:]):
        if b.id in reported or b.id in continues or a.number != b.number or b.parent == a.id:
            continue
        if not (_reportable(a, real) and _reportable(b, real)):
            continue
        m = _marker(b.number or "")
        if m is None or m.schedule or m.value <= 1 or m.style.startswith(("kw-", "schedule")):
            continue
        if m.absolute and len(m.path) < 2:  # a bare "3." again: a contents line, a list in an annex
            continue
        if _ancestor(ids, b, a.id):
            continue
        problems.append((b, f"{_label(b)} repeats the number {b.number} of the clause before it"))
    problems.sort(key=lambda p: p[0].start)
    return problems


def _ancestor(ids: dict[str, ClauseInfo], c: ClauseInfo, ancestor: str) -> bool:
    parent = c.parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = ids[parent].parent if parent in ids else None
    return False


# --- schedules and clauses cited by another name ----------------------------------------------

_PART = r"(?:Schedule|Annex|Appendix|Exhibit|Attachment|Addendum)"
_CLAUSE = r"(?:Sections?|Clauses?|Articles?|Paragraphs?|§§?)"
_TITLE = (
    r"\s*(?:\(\s*(?P<paren>[^()\"“”'\n]{3,80}?)\s*\)"
    r"|,?\s+(?:entitled|titled|headed)\s+[\"“”'](?P<quoted>[^\"“”'\n]{3,80})[\"“”'])"
)
#: "Schedule 4 (Jurisdiction Specific Terms)", "Schedule 4 entitled 'Security'"; a quoted parenthesis defines a
#: term ("Section 2.8 (“Initial Term”)" names the period, not the section) and is not a title
_CITED_PART = re.compile(rf"\b(?P<kind>{_PART})\s+(?P<num>[0-9]{{1,2}}|[A-Z]|[IVX]{{1,4}})(?![\w.]){_TITLE}")
#: "Section 7 (Your User Data)", "Clause 11.3 (Indemnification)"
_CITED_CLAUSE = re.compile(rf"\b(?P<kind>{_CLAUSE})\s*(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})\.?(?![\w(]){_TITLE}")
#: what follows a citation of another document's schedule or clause
_ELSEWHERE = re.compile(
    r"\s*(?:of|to|in|under)\s+(?:the\s+)?(?!this\b|these\b)(?:[\w&'-]+\s+){0,5}"
    r"(?:agreement|terms|policy|contract|clauses|order|idta|addendum|act|regulation|gdpr|code)\b",
    re.IGNORECASE,
)
_SMALL = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "or", "by", "with", "&", "-", "–", "—", "your", "our"}
_NOT_TITLE = re.compile(
    r"^(?:see|as|if|including|include|which|where|subject|except|unless|other|each|any|all|e\.g|i\.e|such)\b|"
    r"\b(?:sections?|clauses?|articles?|paragraphs?|below|above|hereof|herein|hereto)\b|\d",
    re.IGNORECASE,
)
#: a run-in heading at the start of a clause's text ("Term. This Agreement ...")
_RUN_IN = re.compile(r"^\s*([A-Z][^.:\n]{2,60})[.:](?=\s)")


def _words(title: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _SMALL}


def _title_like(text: str) -> bool:
    """ "Jurisdiction Specific Terms", "Fees, billing and payment": a short name that starts with a capital,
    not a phrase ("as amended from time to time"), a nested reference or a number."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _SMALL]
    return bool(words) and text[:1].isupper() and len(text.split()) <= 8 and not _NOT_TITLE.search(text)


def _agrees(cited: set[str], name: str) -> bool:
    own = _words(name)
    return bool(own) and len(cited & own) * 2 >= min(len(cited), len(own))


def _names(c: ClauseInfo) -> list[str]:
    """What a clause is called: its heading, and a run-in heading at the start of its text."""
    names = [c.heading] if c.heading else []
    body = c.text[len(c.number or "") :].lstrip(" .\t") if c.number and c.text.startswith(c.number) else c.text
    if c.heading and body.startswith(c.heading):
        body = body[len(c.heading) :].lstrip(" .:\n\t")
    m = _RUN_IN.match(body)
    if m:
        names.append(m.group(1))
    return names


def _best(cited: set[str], candidates: list[ClauseInfo]) -> ClauseInfo | None:
    """The clause whose name is the cited title (most words in common, at least half of both)."""
    best, score = None, 0.5
    for t in candidates:
        for n in _names(t):
            own = _words(n)
            if own and (s := len(cited & own) / max(len(cited), len(own))) >= score:
                best, score = (t, s) if s > score or best is None else (best, score)
    return best


def _part_key(kind: str, num: str) -> tuple[str, str]:
    return kind.lower(), num.upper()


def _cited_by_another_name(
    doc: DocFacts, pattern: re.Pattern[str], targets: dict[tuple[str, str], list[ClauseInfo]], key_of: Callable
) -> list[tuple[ClauseInfo, str]]:
    problems: list[tuple[ClauseInfo, str]] = []
    said: set[tuple[tuple[str, str], str]] = set()
    for c in doc.clauses:
        for m in pattern.finditer(c.text):
            title = (m["paren"] or m["quoted"] or "").strip()
            key = key_of(m["kind"], m["num"])
            found = targets.get(key, [])
            names = [n for t in found for n in _names(t)]
            if not names or not _title_like(title) or _ELSEWHERE.match(c.text, m.end()):
                continue
            cited = _words(title)
            if not cited or any(_agrees(cited, n) for n in names) or (key, title.lower()) in said:
                continue
            said.add((key, title.lower()))
            other = _best(cited, [t for k, ts in targets.items() if k != key for t in ts])
            name = f"{m['kind'].rstrip('s').capitalize()} {m['num']}" if m["kind"][0].isalpha() else f"§ {m['num']}"
            text = f"{_label(c)} cites {name} as “{title}”, but {name} is “{names[0]}”"
            problems.append((c, text + (f" (“{title}” is {_label(other)})" if other else "")))
    return problems


def schedule_name_problems(doc: DocFacts) -> list[tuple[ClauseInfo, str]]:
    """A schedule cited with a title that is not its heading (and, where one is, the schedule that has it)."""
    targets: dict[tuple[str, str], list[ClauseInfo]] = {}
    for c in doc.clauses:
        m = re.fullmatch(rf"(?P<kind>{_PART})\s+(?P<num>\S+)", c.number or "", re.IGNORECASE)
        if m:
            targets.setdefault(_part_key(m["kind"], m["num"]), []).append(c)
    return _cited_by_another_name(doc, _CITED_PART, targets, _part_key)


def clause_name_problems(doc: DocFacts) -> list[tuple[ClauseInfo, str]]:
    """A clause of this document cited with a heading that is not its own ("Section 7 (Your User Data)" where
    7 is "Fees"): every clause printed with that number is tried, and none is called so."""
    targets: dict[tuple[str, str], list[ClauseInfo]] = {}
    for c in doc.clauses:
        for said in {c.citation or "", c.number or ""}:
            m = re.fullmatch(rf"(?:{_CLAUSE}\s*)?(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})\.?", said, re.IGNORECASE)
            if m:
                targets.setdefault(("clause", m["num"]), []).append(c)
    targets = {k: list({c.id: c for c in v}.values()) for k, v in targets.items()}
    return _cited_by_another_name(doc, _CITED_CLAUSE, targets, lambda kind, num: ("clause", num))
