"""Paragraph and character styles: each style's numbering, outline level, bold, caps, hidden and
indent, looked up along its ``basedOn`` chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..numbering import on_off, parse_int
from .wml import _VAL, PPR, RPR, _w


@dataclass(slots=True)
class _Style:
    sid: str
    name: str
    based_on: str | None = None
    num_id: int | None = None
    ilvl: int | None = None
    bold: bool | None = None
    caps: bool | None = None
    vanish: bool | None = None
    outline: int | None = None
    indent: float | None = None


def _indent(ppr: etree._Element | None) -> float | None:
    if ppr is None:
        return None
    ind = ppr.find(_w("ind"))
    if ind is None:
        return None
    left = ind.get(_w("start"))
    if left is None:
        left = ind.get(_w("left"))
    value = parse_int(left)
    return None if value is None else value / 20.0


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        from docx.styles import BabelFish

        self.by_id: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_caps = False
        self._chains: dict[str, tuple[_Style, ...]] = {}
        if root is None:
            return
        defaults = root.find(_w("docDefaults"))
        if defaults is not None:
            rpr = defaults.find(f"{_w('rPrDefault')}/{RPR}")
            if rpr is not None:
                self.default_bold = bool(on_off(rpr.find(_w("b"))))
                self.default_caps = bool(on_off(rpr.find(_w("caps"))))
        for el in root.iter(_w("style")):
            sid = el.get(_w("styleId"))
            if not sid:
                continue
            name_el = el.find(_w("name"))
            raw_name = name_el.get(_VAL) if name_el is not None else None
            style = _Style(sid=sid, name=BabelFish.internal2ui(raw_name) if raw_name else sid)
            based = el.find(_w("basedOn"))
            if based is not None:
                style.based_on = based.get(_VAL)
            ppr = el.find(PPR)
            if ppr is not None:
                numpr = ppr.find(_w("numPr"))
                if numpr is not None:
                    num_el, ilvl_el = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
                    style.num_id = parse_int(num_el.get(_VAL)) if num_el is not None else None
                    style.ilvl = parse_int(ilvl_el.get(_VAL)) if ilvl_el is not None else None
                outline = ppr.find(_w("outlineLvl"))
                if outline is not None:
                    style.outline = parse_int(outline.get(_VAL))
                style.indent = _indent(ppr)
            rpr = el.find(RPR)
            if rpr is not None:
                style.bold = on_off(rpr.find(_w("b")))
                style.caps = on_off(rpr.find(_w("caps")))
                style.vanish = on_off(rpr.find(_w("vanish")))
            self.by_id.setdefault(sid, style)
            if el.get(_w("type")) == "paragraph" and _on_off_attr(el.get(_w("default"))):
                self.default_para = self.default_para or sid

    def chain(self, sid: str | None) -> tuple[_Style, ...]:
        if sid is None:
            return ()
        cached = self._chains.get(sid)
        if cached is not None:
            return cached
        out: list[_Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur is not None and cur not in seen and len(out) < 32:
            seen.add(cur)
            style = self.by_id.get(cur)
            if style is None:
                break
            out.append(style)
            cur = style.based_on
        result = tuple(out)
        self._chains[sid] = result
        return result

    def first(self, sid: str | None, attr: str):
        for style in self.chain(sid):
            value = getattr(style, attr)
            if value is not None:
                return value
        return None

    def num_id_of(self, sid: str) -> int | None:
        return self.first(sid, "num_id")

    def name(self, sid: str | None) -> str | None:
        style = self.by_id.get(sid) if sid else None
        return style.name if style is not None else sid


def _on_off_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in ("0", "false", "off")
