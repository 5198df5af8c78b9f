"""Run splitting and tracked-change XML: our revision markup (ids from the shared space), new runs
and paragraphs formatted like a sample, and paragraph-mark properties.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from .wml import AUTHOR, DATE, DEL, ID, INS, PPR, RPR, SECTPR, VAL, XML_NS, P, R, T, _el, w

_STRIP_FOR_TEXT = (
    "b",
    "bCs",
    "i",
    "iCs",
    "u",
    "caps",
    "smallCaps",
    "highlight",
    "strike",
    "dstrike",
    "vanish",
    "rPrChange",
    "ins",
    "del",
)


class _Writer:
    """Makes our revision and comment markup, with ids from the shared space."""

    def __init__(self, start_id: int, author: str, date: str, initials: str) -> None:
        self.next_id = start_id
        self.author = author
        self.date = date
        self.initials = initials
        self.ins = 0
        self.dels = 0

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def rev(self, tag: str) -> etree._Element:
        el = _el(tag)
        el.set(ID, str(self.new_id()))
        el.set(AUTHOR, self.author)
        el.set(DATE, self.date)
        if tag == INS:
            self.ins += 1
        elif tag == DEL:
            self.dels += 1
        return el


def _run(text: str, rpr: etree._Element | None) -> etree._Element:
    r = _el(R)
    if rpr is not None and len(rpr):
        r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, T)
    t.text = text
    if text != text.strip():
        t.set(f"{{{XML_NS}}}space", "preserve")
    return r


def _bold_rpr() -> etree._Element:
    rpr = _el(RPR)
    rpr.append(_el(w("b")))
    rpr.append(_el(w("bCs")))
    return rpr


def _runs_with_breaks(texts: Any, rpr: etree._Element | None) -> list[etree._Element]:
    """Runs for ``texts`` with a line break (``w:br``) between each two."""
    out = []
    for i, text in enumerate(texts):
        if i:
            br = _el(R)
            if rpr is not None and len(rpr):
                br.append(copy.deepcopy(rpr))
            etree.SubElement(br, w("br"))
            out.append(br)
        out.append(_run(text, rpr))
    return out


def _text_rpr(sample_p: etree._Element | None, bold: bool = False) -> etree._Element | None:
    """Run properties for new text, from the first text run of ``sample_p`` (fonts and size kept)."""
    base = None
    if sample_p is not None:
        # the body text's look: the longest run (the first may be a run-in heading in a "Strong" style)
        runs = [r for r in sample_p.iter(R) if (r.findtext(T) or "").strip()]
        if runs:
            base = max(runs, key=lambda r: len(r.findtext(T) or "")).find(RPR)
    rpr = copy.deepcopy(base) if base is not None else _el(RPR)
    for name in _STRIP_FOR_TEXT:
        for el in rpr.findall(w(name)):
            rpr.remove(el)
    for el in rpr.findall(w("rStyle")):
        if re.search(r"strong|emphas|bold|heading|link|hyperlink|title", el.get(VAL) or "", re.IGNORECASE):
            rpr.remove(el)
    if bold:
        # CT_RPr order: rStyle, rFonts, b, bCs, ...
        anchor = 0
        for i, ch in enumerate(rpr):
            if ch.tag in (w("rStyle"), w("rFonts")):
                anchor = i + 1
        rpr.insert(anchor, _el(w("bCs")))
        rpr.insert(anchor, _el(w("b")))
    return rpr if len(rpr) else None


def _para_props(sample: etree._Element | None) -> etree._Element:
    ppr = copy.deepcopy(sample.find(PPR)) if sample is not None and sample.find(PPR) is not None else _el(PPR)
    for name in ("rPr", "sectPr", "pPrChange", "pageBreakBefore"):
        for el in ppr.findall(w(name)):
            ppr.remove(el)
    return ppr


def _ppr(p: etree._Element) -> etree._Element:
    ppr = p.find(PPR)
    if ppr is None:
        ppr = _el(PPR)
        p.insert(0, ppr)
    return ppr


def _inserted_para(
    writer: _Writer, sample: etree._Element | None, runs: list[etree._Element], continuation: bool = False
) -> etree._Element:
    """A new paragraph formatted like ``sample``; with ``continuation`` it keeps the indentation but not
    the list number or bullet (its number is typed, or it continues a clause), so nothing is renumbered."""
    p = _el(P)
    ppr = _para_props(sample)
    if continuation:
        had = ppr.find(w("numPr")) is not None or ppr.find(w("pStyle")) is not None
        for el in ppr.findall(w("numPr")):
            ppr.remove(el)
        if had:  # numId 0: no number, even where the paragraph style itself is a numbered list
            num = _el(w("numPr"))
            etree.SubElement(num, w("ilvl")).set(VAL, "0")
            etree.SubElement(num, w("numId")).set(VAL, "0")
            # CT_PPr order: pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, ...
            anchor = None
            for tag in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"):
                if ppr.find(w(tag)) is not None:
                    anchor = ppr.find(w(tag))
            (anchor.addnext(num) if anchor is not None else ppr.insert(0, num))
    mark = etree.SubElement(ppr, RPR)
    mark.append(writer.rev(INS))
    p.append(ppr)
    ins = writer.rev(INS)
    for r in runs:
        ins.append(r)
    p.append(ins)
    return p


def _canon(el: etree._Element) -> tuple:
    return (el.tag, tuple(sorted(el.attrib.items())), tuple(_canon(c) for c in el if isinstance(c.tag, str)))


def _props_key(p: etree._Element) -> tuple:
    """The paragraph's properties apart from its mark (namespace prefixes do not matter)."""
    ppr = p.find(PPR)
    if ppr is None:
        return ()
    return tuple(_canon(c) for c in ppr if isinstance(c.tag, str) and c.tag not in (RPR, SECTPR, w("pPrChange")))


def _same_props(a: etree._Element, b: etree._Element) -> bool:
    return _props_key(a) == _props_key(b)


def _mark_rpr(ppr: etree._Element) -> etree._Element:
    """The paragraph mark's run properties (w:pPr/w:rPr), created in schema order if missing."""
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = _el(RPR)
        anchor = next((ppr.find(w(t)) for t in ("sectPr", "pPrChange") if ppr.find(w(t)) is not None), None)
        (anchor.addprevious(rpr) if anchor is not None else ppr.append(rpr))
    return rpr


def _para_text(p: etree._Element) -> str:
    out = []
    for el in p.iter(T, w("tab")):
        if el.tag == T:
            out.append(el.text or "")
        else:
            out.append("\t")
    return "".join(out)
