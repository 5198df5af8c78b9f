"""Running headers, footers and page numbers, found by repetition across pages and dropped."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from .line import _Line

_DIGITS = re.compile(r"\d+")
_PAGE_NUM = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*(\d{1,4})\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:/|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_ROMAN_EDGE = re.compile(r"^[ivxlc]{1,6}\b|\b[ivxlc]{1,6}$")
_CLAUSE_START = re.compile(r"^(\(?#\)?[.)]?(#[.)]?)*\s|(article|section|clause|§|part|chapter|schedule|annex)\s*#|第#)")


def _key(text: str) -> str:
    key = _DIGITS.sub("#", " ".join(text.lower().split()))
    return _ROMAN_EDGE.sub("#", key)


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> int:
    """Remove running headers, footers and page numbers found by repetition; returns lines removed."""
    text_pages = [k for k, p in enumerate(pages) if p]
    if len(text_pages) < 2:
        return 0
    threshold = max(2, math.ceil(0.3 * len(text_pages)))
    places: dict[str, list[float]] = defaultdict(list)
    cands: list[tuple[int, _Line, str, float]] = []
    for k in text_pages:
        lines = pages[k]
        h = heights[k]
        by_y = sorted(lines, key=lambda ln: ln.y)
        edge = by_y[:3] + by_y[-3:] if len(by_y) > 6 else by_y
        for ln in edge:
            if ln.table_row:
                continue
            if not (ln.y < 0.22 * h or ln.y > 0.78 * h):
                continue
            key = _key(ln.text)
            if len(key) > 120:
                continue
            # Where it sits: distance from the top edge, or (negative) from the bottom edge.
            place = ln.y if ln.y < 0.5 * h else ln.y - h
            places[key].append(place)
            cands.append((k, ln, key, place))
    drop: set[int] = set()
    # Page numbers anywhere on the page (some conversions leave them in the body flow):
    # a line that is only a number, which tracks the page index with one fixed offset.
    numbered: list[tuple[int, _Line, int]] = []
    for k in text_pages:
        for ln in pages[k]:
            m = _PAGE_NUM.match(ln.text) if len(ln.text) <= 24 and not ln.table_row else None
            if m:
                numbered.append((k, ln, int(m.group(1)) - (k + 1)))
    offsets = Counter(off for _k, _ln, off in numbered)
    if offsets:
        best, hits = offsets.most_common(1)[0]
        if hits >= threshold:
            done: set[int] = set()
            for k, ln, off in numbered:
                if off == best and k not in done:
                    drop.add(id(ln))
                    done.add(k)
    # Running lines sit at the same place on every page: keep the occurrences near the key's
    # usual place (a repeated signature line lower or higher on some pages is not one).
    usual = {key: sorted(v)[len(v) // 2] for key, v in places.items() if len(v) >= threshold}
    seen: dict[str, set[int]] = defaultdict(set)
    digits: dict[str, set[str]] = defaultdict(set)
    inliers: list[tuple[_Line, str]] = []
    for k, ln, key, place in cands:
        if key in usual and abs(place - usual[key]) <= max(12.0, 0.025 * heights[k]):
            seen[key].add(k)
            digits[key].add("".join(_DIGITS.findall(ln.text)))
            inliers.append((ln, key))
    for ln, key in inliers:
        if len(seen[key]) < threshold:
            continue
        if not _LETTER.search(key):
            # Only numbers and punctuation: a page number if the numbers change from page to page.
            if len(digits[key]) < max(2, len(seen[key]) // 2):
                continue
        elif len(digits[key]) > 1 and _CLAUSE_START.match(key) and "page" not in key:
            # "12. Fees" / "Article 7" at the top of each page: numbered headings whose numbers
            # change are the contract's own clauses, not a running header.
            continue
        drop.add(id(ln))
    if not drop:
        return 0
    removed = 0
    for k in text_pages:
        before = len(pages[k])
        pages[k] = [ln for ln in pages[k] if id(ln) not in drop]
        removed += before - len(pages[k])
    return removed
