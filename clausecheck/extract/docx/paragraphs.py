"""Paragraphs as Word shows them: several w:p merged by deleted or hidden paragraph marks, each
with its automatic number from the list counter (on the paragraph, else from its style).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..numbering import RenderedNumber, on_off, parse_int
from .runs import _Fmt, _RunWalk
from .styles import _indent
from .wml import (
    _BLOCK_WRAPPERS,
    _FORMAT_CHANGES,
    _VAL,
    ALT,
    DEL,
    INS,
    MOVE_FROM,
    MOVE_TO,
    PPR,
    RPR,
    SDT,
    SDT_CONTENT,
    TBL,
    P,
    _clean,
    _pick,
    _w,
)


@dataclass(slots=True)
class _PContent:
    """One w:p as read: its text and the properties the block needs."""

    el: etree._Element
    text: str
    fmt: _Fmt
    txbx: list[etree._Element]
    joins: str | None  # "del": mark deleted (merges after accepting); "hidden": mark hidden (run-in)
    style_id: str | None
    num_id: int | None
    ilvl: int | None
    outline: int | None
    indent: float | None


@dataclass(slots=True)
class _Para:
    """A finished paragraph (possibly several w:p merged by deleted or hidden marks)."""

    text: str
    number: RenderedNumber | None
    props: _PContent
    source_el: etree._Element
    fmt: _Fmt
    txbx: list[etree._Element] = field(default_factory=list)


class _ParagraphWalk(_RunWalk):
    """Paragraphs and tables of a container, in order, with the paragraphs' numbers."""

    def _read_paragraph(self, p: etree._Element) -> _PContent:
        ppr = p.find(PPR)
        style_id = num_id = ilvl = outline = None
        indent = None
        joins = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            if ps is not None:
                style_id = ps.get(_VAL)
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_el, ilvl_el = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
                num_id = parse_int(num_el.get(_VAL)) if num_el is not None else None
                ilvl = parse_int(ilvl_el.get(_VAL)) if ilvl_el is not None else None
            ol = ppr.find(_w("outlineLvl"))
            if ol is not None:
                outline = parse_int(ol.get(_VAL))
            indent = _indent(ppr)
            self._format_changes(ppr)
            mark = ppr.find(RPR)
            if mark is not None:
                for ch in mark:
                    tag = ch.tag
                    if tag in (DEL, MOVE_FROM):
                        joins = "del"
                        self._revision("deletion" if tag == DEL else "move", ch, "\u00b6")
                    elif tag in (INS, MOVE_TO):
                        self._revision("insertion" if tag == INS else "move", ch, "\u00b6")
                    elif tag in _FORMAT_CHANGES:
                        self._revision("format", ch, "")
                if joins is None and (on_off(mark.find(_w("vanish"))) or on_off(mark.find(_w("specVanish")))):
                    joins = "hidden"
        if style_id is None:
            style_id = self.styles.default_para
        pbold = self.styles.first(style_id, "bold")
        pcaps = self.styles.first(style_id, "caps")
        buf: list[str] = []
        fmt = _Fmt()
        txbx: list[etree._Element] = []
        self._inline(
            p,
            buf,
            fmt,
            txbx,
            self.styles.default_bold if pbold is None else pbold,
            self.styles.default_caps if pcaps is None else pcaps,
        )
        return _PContent(
            el=p,
            text="".join(buf),
            fmt=fmt,
            txbx=txbx,
            joins=joins,
            style_id=style_id,
            num_id=num_id,
            ilvl=ilvl,
            outline=outline,
            indent=indent,
        )

    def _number(self, c: _PContent) -> RenderedNumber | None:
        """Advance the list counter for a paragraph: numPr on the paragraph, else from its style chain."""
        num_id = c.num_id if c.num_id is not None else self.styles.first(c.style_id, "num_id")
        if not num_id:  # None, or 0 = numbering explicitly removed
            return None
        ilvl = c.ilvl
        if ilvl is None:
            ilvl = self.styles.first(c.style_id, "ilvl")
        if ilvl is None:  # a level linked to the style by w:pStyle (Heading 2 -> level 1)
            chain = tuple(s.sid for s in self.styles.chain(c.style_id))
            ilvl = self.numbering.ilvl_for_style(num_id, chain) if chain else None
        return self.counter.next(num_id, ilvl or 0)

    def _finish(self, group: list[_PContent]) -> _Para:
        props = group[0] if group[0].joins == "hidden" else group[-1]
        text = group[0].text
        for prev, cur in zip(group, group[1:]):
            if prev.joins == "hidden" and text and cur.text and not text[-1].isspace() and not cur.text[0].isspace():
                text += " "
            text += cur.text
        number = self._number(props)
        fmt = _Fmt()
        txbx: list[etree._Element] = []
        source_el = group[-1].el
        for c in group:
            fmt.merge(c.fmt)
            txbx.extend(c.txbx)
        for c in group:
            if c.text.strip():
                source_el = c.el
                break
        return _Para(text=_clean(text), number=number, props=props, source_el=source_el, fmt=fmt, txbx=txbx)

    def _units(self, container: etree._Element) -> Iterator[etree._Element]:
        for ch in container:
            tag = ch.tag
            if tag in (P, TBL):
                yield ch
            elif tag == SDT:
                content = ch.find(SDT_CONTENT)
                if content is not None:
                    yield from self._units(content)
            elif tag in _BLOCK_WRAPPERS:
                yield from self._units(ch)
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    yield from self._units(branch)

    def _items(self, container: etree._Element) -> Iterator[_Para | etree._Element]:
        """Paragraphs (merged as Word shows them) and tables of a container, in order."""
        group: list[_PContent] = []
        for el in self._units(container):
            if el.tag == TBL:
                if group:
                    yield self._finish(group)
                    group = []
                yield el
                continue
            content = self._read_paragraph(el)
            group.append(content)
            if content.joins is None:
                yield self._finish(group)
                group = []
        if group:
            yield self._finish(group)
