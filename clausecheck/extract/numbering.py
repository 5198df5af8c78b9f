"""Word automatic numbering: ``numbering.xml`` rendered as the numbers a reader sees.

Word does not store list numbers in the paragraph text.  A paragraph points at
a numbering instance (``w:numId``) and a level (``w:ilvl``), either directly or
through its style; the instance (``w:num``) points at an abstract definition
(``w:abstractNum``) whose levels (``w:lvl``) say how to draw the number:
``w:lvlText`` (``"%1.%2"``, ``"(%3)"``, ``"Article %1"``), ``w:numFmt``
(decimal, lowerLetter, upperRoman, ...), ``w:start``, ``w:lvlRestart``,
``w:isLgl`` and ``w:suff``.  This module parses those definitions
(:class:`Numbering`) and counts paragraphs in document order
(:class:`NumberingCounter`) so that the extractor can write ``"12.1"`` where
Word shows ``12.1``.

Counting follows Word: instances of the same abstract definition share their
counters, except an instance carrying a ``w:startOverride`` (Word's "restart
numbering"), which counts on its own from the override.  A level restarts when
a higher level is used (or only after the level named by ``w:lvlRestart``;
``0`` = never).  A legal-style level (``w:isLgl``) shows every level as decimal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from lxml import etree

from ..numformats import BULLET, NONE_FORMATS, custom_width, format_number, to_letters, to_roman

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_VAL = _w("val")
_ILVL = _w("ilvl")
MAX_LEVELS = 9

_TAG_LVL = _w("lvl")
_TAG_START = _w("start")
_TAG_NUMFMT = _w("numFmt")
_TAG_LVLTEXT = _w("lvlText")
_TAG_LVLRESTART = _w("lvlRestart")
_TAG_ISLGL = _w("isLgl")
_TAG_SUFF = _w("suff")
_TAG_PSTYLE = _w("pStyle")
_TAG_RPR = _w("rPr")
_TAG_PPR = _w("pPr")
_TAG_IND = _w("ind")
_TAG_VANISH = _w("vanish")
_TAG_ABSTRACT = _w("abstractNum")
_TAG_NUM = _w("num")
_TAG_ABSTRACT_ID = _w("abstractNumId")
_TAG_NUM_STYLE_LINK = _w("numStyleLink")
_TAG_STYLE_LINK = _w("styleLink")
_TAG_LVL_OVERRIDE = _w("lvlOverride")
_TAG_START_OVERRIDE = _w("startOverride")
_TAG_ALT = f"{{{MC_NS}}}AlternateContent"
_TAG_CHOICE = f"{{{MC_NS}}}Choice"
_TAG_FALLBACK = f"{{{MC_NS}}}Fallback"

_PLACEHOLDER = re.compile(r"%([1-9])")


def parse_int(value: str | None, default: int | None = None) -> int | None:
    """An integer attribute, tolerating junk (``None`` or ``default`` when unreadable)."""
    if value is None:
        return default
    try:
        return int(value.strip())
    except ValueError:
        try:
            return int(float(value))
        except ValueError:
            return default


def on_off(el: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: ``None`` when absent."""
    if el is None:
        return None
    val = el.get(_VAL)
    return val is None or val.lower() not in ("0", "false", "off", "none")


# --- definitions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Level:
    """One ``w:lvl`` of a numbering definition."""

    ilvl: int
    start: int = 0  # w:start; ECMA-376 says 0 when absent
    fmt: str = "decimal"  # w:numFmt
    text: str = ""  # w:lvlText, "%1.%2"
    restart: int | None = None  # w:lvlRestart (1-based level, 0 = never); None = after any higher level
    legal: bool = False  # w:isLgl
    suffix: str = "tab"  # w:suff: tab | space | nothing
    pstyle: str | None = None  # w:pStyle: the paragraph style linked to this level
    hidden: bool = False  # w:rPr/w:vanish: the number is not shown
    fmt_format: str | None = None  # w:format of a w14 custom numFmt ("001, 002, ...")
    indent: float | None = None  # left indent in points (w:pPr/w:ind)


@dataclass(frozen=True, slots=True)
class RenderedNumber:
    """The number a reader sees on one paragraph."""

    text: str  # "12.1", "(a)", "Article III"; "" when the level shows nothing
    num_id: int
    ilvl: int
    suffix: str  # tab | space | nothing (from the level)
    level: Level


@dataclass(slots=True)
class _Abstract:
    id: int
    levels: dict[int, Level] = field(default_factory=dict)
    num_style_link: str | None = None  # this definition lives in a numbering style


@dataclass(slots=True)
class _Num:
    id: int
    abstract_id: int | None
    level_overrides: dict[int, Level] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Resolved:
    key: tuple[str, int]  # the counter this instance uses
    levels: Mapping[int, Level]
    start_overrides: Mapping[int, int]


def _pick_alternate(alt: etree._Element) -> etree._Element | None:
    """The one branch of an ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
    choice = alt.find(_TAG_CHOICE)
    if choice is not None:
        return choice
    return alt.find(_TAG_FALLBACK)


def _twips_to_points(value: str | None) -> float | None:
    n = parse_int(value)
    return None if n is None else n / 20.0


def _indent_of(ppr: etree._Element | None) -> float | None:
    if ppr is None:
        return None
    ind = ppr.find(_TAG_IND)
    if ind is None:
        return None
    left = ind.get(_w("start"))
    if left is None:
        left = ind.get(_w("left"))
    return _twips_to_points(left)


def _parse_num_fmt(lvl: etree._Element) -> tuple[str | None, str | None]:
    el = lvl.find(_TAG_NUMFMT)
    if el is not None:
        return el.get(_VAL), el.get(_w("format"))
    # Word 2010+ writes custom formats inside mc:AlternateContent with a plain Fallback.
    for alt in lvl.iter(_TAG_ALT):
        choice = alt.find(_TAG_CHOICE)
        if choice is not None:
            el = choice.find(_TAG_NUMFMT)
            if el is not None and el.get(_VAL) == "custom" and custom_width(el.get(_w("format"))):
                return "custom", el.get(_w("format"))
        fallback = alt.find(_TAG_FALLBACK)
        if fallback is not None:
            el = fallback.find(_TAG_NUMFMT)
            if el is not None:
                return el.get(_VAL), el.get(_w("format"))
    return None, None


def parse_level(lvl: etree._Element) -> Level:
    """A :class:`Level` from a ``w:lvl`` element."""
    ilvl = parse_int(lvl.get(_ILVL), 0) or 0
    start_el = lvl.find(_TAG_START)
    start = parse_int(start_el.get(_VAL), 0) if start_el is not None else 0
    fmt, fmt_format = _parse_num_fmt(lvl)
    text_el = lvl.find(_TAG_LVLTEXT)
    text = (text_el.get(_VAL) or "") if text_el is not None else ""
    restart_el = lvl.find(_TAG_LVLRESTART)
    restart = parse_int(restart_el.get(_VAL)) if restart_el is not None else None
    suff_el = lvl.find(_TAG_SUFF)
    suffix = (suff_el.get(_VAL) or "tab") if suff_el is not None else "tab"
    pstyle_el = lvl.find(_TAG_PSTYLE)
    rpr = lvl.find(_TAG_RPR)
    hidden = bool(on_off(rpr.find(_TAG_VANISH))) if rpr is not None else False
    return Level(
        ilvl=max(0, min(MAX_LEVELS - 1, ilvl)),
        start=start if start is not None else 0,
        fmt=fmt or "decimal",
        text=text,
        restart=restart,
        legal=bool(on_off(lvl.find(_TAG_ISLGL))),
        suffix=suffix,
        pstyle=pstyle_el.get(_VAL) if pstyle_el is not None else None,
        hidden=hidden,
        fmt_format=fmt_format,
        indent=_indent_of(lvl.find(_TAG_PPR)),
    )


class Numbering:
    """The numbering definitions of one document (``word/numbering.xml``).

    ``style_num_ids`` maps a style id to the ``w:numId`` in its ``w:numPr``; it
    is needed to follow ``w:numStyleLink`` (a list defined by a numbering style).
    """

    def __init__(
        self,
        abstracts: Mapping[int, _Abstract] | None = None,
        nums: Mapping[int, _Num] | None = None,
        style_num_ids: Mapping[str, int] | Callable[[str], int | None] | None = None,
    ) -> None:
        self._abstracts = dict(abstracts or {})
        self._nums = dict(nums or {})
        if style_num_ids is None:
            self._style_num: Callable[[str], int | None] = lambda _sid: None
        elif callable(style_num_ids):
            self._style_num = style_num_ids
        else:
            self._style_num = dict(style_num_ids).get
        self._cache: dict[int, _Resolved | None] = {}

    @classmethod
    def from_element(
        cls,
        root: etree._Element | None,
        style_num_ids: Mapping[str, int] | Callable[[str], int | None] | None = None,
    ) -> Numbering:
        abstracts: dict[int, _Abstract] = {}
        nums: dict[int, _Num] = {}
        if root is not None:
            for child in root:
                if child.tag == _TAG_ABSTRACT:
                    aid = parse_int(child.get(_w("abstractNumId")))
                    if aid is None:
                        continue
                    ab = _Abstract(aid)
                    for sub in child:
                        if sub.tag == _TAG_LVL:
                            level = parse_level(sub)
                            ab.levels.setdefault(level.ilvl, level)
                        elif sub.tag == _TAG_NUM_STYLE_LINK:
                            ab.num_style_link = sub.get(_VAL)
                    abstracts[aid] = ab
                elif child.tag == _TAG_NUM:
                    nid = parse_int(child.get(_w("numId")))
                    if nid is None:
                        continue
                    aid_el = child.find(_TAG_ABSTRACT_ID)
                    num = _Num(nid, parse_int(aid_el.get(_VAL)) if aid_el is not None else None)
                    for ov in child.iter(_TAG_LVL_OVERRIDE):
                        ilvl = parse_int(ov.get(_ILVL), 0) or 0
                        if not 0 <= ilvl < MAX_LEVELS:
                            continue
                        so = ov.find(_TAG_START_OVERRIDE)
                        if so is not None:
                            start = parse_int(so.get(_VAL))
                            if start is not None:
                                num.start_overrides[ilvl] = start
                        lvl = ov.find(_TAG_LVL)
                        if lvl is not None:
                            level = parse_level(lvl)
                            num.level_overrides[ilvl] = replace(level, ilvl=ilvl)
                    nums[nid] = num
        return cls(abstracts, nums, style_num_ids)

    @classmethod
    def from_xml(
        cls,
        xml: bytes | str,
        style_num_ids: Mapping[str, int] | Callable[[str], int | None] | None = None,
    ) -> Numbering:
        """Parse a ``w:numbering`` document (tests, tools); entities are never resolved."""
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        data = xml.encode("utf-8") if isinstance(xml, str) else xml
        return cls.from_element(etree.fromstring(data, parser), style_num_ids)

    def __bool__(self) -> bool:
        return bool(self._nums)

    # -- resolution ------------------------------------------------------------

    def _abstract_for(self, num: _Num) -> _Abstract | None:
        seen: set[int] = set()
        abstract = self._abstracts.get(num.abstract_id) if num.abstract_id is not None else None
        # w:numStyleLink: the levels live in the definition of the numbering style's own list.
        while abstract is not None and abstract.num_style_link and not abstract.levels:
            if abstract.id in seen:
                return None
            seen.add(abstract.id)
            linked_num_id = self._style_num(abstract.num_style_link)
            linked = self._nums.get(linked_num_id) if linked_num_id is not None else None
            if linked is None or linked.abstract_id is None:
                return abstract
            abstract = self._abstracts.get(linked.abstract_id)
        return abstract

    def _resolve(self, num_id: int) -> _Resolved | None:
        if num_id in self._cache:
            return self._cache[num_id]
        resolved = None
        num = self._nums.get(num_id)
        if num is not None:
            abstract = self._abstract_for(num)
            levels: dict[int, Level] = dict(abstract.levels) if abstract is not None else {}
            levels.update(num.level_overrides)
            if levels:
                if num.start_overrides:
                    key = ("num", num_id)
                elif abstract is not None:
                    key = ("abstract", abstract.id)
                else:
                    key = ("num", num_id)
                resolved = _Resolved(key, levels, dict(num.start_overrides))
        self._cache[num_id] = resolved
        return resolved

    def level(self, num_id: int, ilvl: int) -> Level | None:
        """The level definition a paragraph with (num_id, ilvl) uses, if any."""
        resolved = self._resolve(num_id)
        return resolved.levels.get(ilvl) if resolved is not None else None

    def ilvl_for_style(self, num_id: int, style_ids: tuple[str, ...]) -> int | None:
        """The level linked to one of ``style_ids`` by ``w:pStyle`` (Heading 2 -> level 1)."""
        resolved = self._resolve(num_id)
        if resolved is None:
            return None
        for sid in style_ids:
            for ilvl, level in sorted(resolved.levels.items()):
                if level.pstyle == sid:
                    return ilvl
        return None


class NumberingCounter:
    """Counts numbered paragraphs in document order and renders their numbers."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._counters: dict[tuple[str, int], list[int | None]] = {}

    def next(self, num_id: int, ilvl: int) -> RenderedNumber | None:
        """Advance the counter for a paragraph at (num_id, ilvl); ``None`` if not numbered."""
        if num_id == 0:
            return None
        resolved = self.numbering._resolve(num_id)
        if resolved is None:
            return None
        ilvl = max(0, min(MAX_LEVELS - 1, ilvl))
        levels = resolved.levels
        level = levels.get(ilvl)
        if level is None:
            return None
        values = self._counters.setdefault(resolved.key, [None] * MAX_LEVELS)

        def start_of(k: int) -> int:
            if k in resolved.start_overrides:
                return resolved.start_overrides[k]
            lk = levels.get(k)
            return lk.start if lk is not None else 0

        current = values[ilvl]
        values[ilvl] = start_of(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            ld = levels.get(deeper)
            restart_after = ld.restart if ld is not None and ld.restart is not None else deeper
            if restart_after != 0 and ilvl < restart_after:
                values[deeper] = None

        if level.hidden:
            text = ""
        elif level.fmt == "bullet":
            text = BULLET
        else:

            def placeholder(m: re.Match[str]) -> str:
                k = int(m.group(1)) - 1
                lk = levels.get(k)
                if lk is None:
                    return ""
                value = values[k]
                if value is None:
                    value = start_of(k)
                fmt = lk.fmt
                if fmt in NONE_FORMATS:
                    return ""
                if level.legal and fmt != "bullet":
                    return str(value)
                return format_number(value, fmt, lk.fmt_format)

            text = _PLACEHOLDER.sub(placeholder, level.text).strip()
        return RenderedNumber(text=text, num_id=num_id, ilvl=ilvl, suffix=level.suffix, level=level)


__all__ = [
    "BULLET",
    "Level",
    "Numbering",
    "NumberingCounter",
    "RenderedNumber",
    "format_number",
    "parse_level",
    "to_letters",
    "to_roman",
]
