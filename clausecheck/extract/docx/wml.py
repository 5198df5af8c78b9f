"""WordprocessingML names, and the small readers of run content: symbol-font characters,
mc:AlternateContent branches, text clean-up and all-caps text.
"""

from __future__ import annotations

import re

from lxml import etree

from ..numbering import MC_NS, W_NS


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_VAL = _w("val")
P, R, T, TBL, TR, TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
PPR, RPR, TRPR, TBLPR = _w("pPr"), _w("rPr"), _w("trPr"), _w("tblPr")
SDT, SDT_CONTENT = _w("sdt"), _w("sdtContent")
INS, DEL, MOVE_FROM, MOVE_TO = _w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")
TXBX = _w("txbxContent")
ALT, CHOICE, FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
DEL_TEXT = _w("delText")
COMMENT_START, COMMENT_REF = _w("commentRangeStart"), _w("commentReference")
FLD_CHAR = _w("fldChar")
_FLD_TYPE = _w("fldCharType")
_AUTHOR, _DATE, _ID = _w("author"), _w("date"), _w("id")
_M_T = f"{{{_M_NS}}}t"
_MATH = frozenset({f"{{{_M_NS}}}oMath", f"{{{_M_NS}}}oMathPara"})
#: Inline wrappers whose children are read as paragraph content.
_INLINE_WRAPPERS = frozenset(_w(t) for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir"))
#: Block wrappers whose children are read as body content.
_BLOCK_WRAPPERS = frozenset({_w("customXml"), INS, MOVE_TO})
#: Run children that may hold text boxes.
_DRAWINGS = frozenset({_w("drawing"), _w("pict"), _w("object")})
_FORMAT_CHANGES = frozenset(
    _w(t)
    for t in ("rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange")
)
_RUN_TEXT = {
    _w("tab"): "\t",
    _w("ptab"): "\t",
    _w("br"): " ",
    _w("cr"): " ",
    _w("noBreakHyphen"): "-",
    _w("softHyphen"): "",
}
_SKIP_IN_RUN = frozenset(
    _w(t)
    for t in (
        "rPr",
        "delText",
        "instrText",
        "delInstrText",
        "footnoteReference",
        "endnoteReference",
        "annotationRef",
        "footnoteRef",
        "endnoteRef",
        "separator",
        "continuationSeparator",
        "lastRenderedPageBreak",
        "fldData",
        "pgNum",
        "dayShort",
        "monthShort",
        "yearShort",
        "dayLong",
        "monthLong",
        "yearLong",
    )
)
# Symbol fonts put their glyphs at U+F020..U+F0FF.
_SYMBOL_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
_SYMBOL_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
_SYMBOL_EXTRA = {
    0xB7: "\u2022",
    0xD3: "\u00a9",
    0xD2: "\u00ae",
    0xE3: "\u00a9",
    0xE2: "\u00ae",
    0xB0: "\u00b0",
    0xB1: "\u00b1",
    0xA3: "\u2264",
    0xB3: "\u2265",
    0xB4: "\u00d7",
    0xB8: "\u00f7",
    0xAE: "\u2192",
    0xAC: "\u2190",
    0xA5: "\u221e",
    0x2D: "\u2212",
    0xD7: "\u00b7",
}
_WINGDINGS = {
    0xA7: "\u25aa",
    0xA8: "\u25fb",
    0xFC: "\u2714",
    0xFB: "\u2718",
    0xFD: "\u2612",
    0xFE: "\u2611",
    0x6F: "\u25a1",
    0x71: "\u2751",
    0xD8: "\u27a2",
    0x9F: "\u2022",
    0x6C: "\u25cf",
    0x6E: "\u25a0",
    0x76: "\u2756",
    0xE0: "\u2192",
    0xF0: "\u21e8",
}
_CTRL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
_TAB_RUN = re.compile(r" *\t[\t ]*")
_HEADING_NAME = re.compile(r"^heading ([1-9])$", re.IGNORECASE)


def _symbol(el: etree._Element) -> str:
    raw = el.get(_w("char")) or ""
    try:
        code = int(raw, 16)
    except ValueError:
        return ""
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    font = (el.get(_w("font")) or "").lower()
    if font.startswith("symbol"):
        if 0x41 <= low <= 0x5A:
            return _SYMBOL_GREEK_UPPER[low - 0x41]
        if 0x61 <= low <= 0x7A:
            return _SYMBOL_GREEK_LOWER[low - 0x61]
        if low in _SYMBOL_EXTRA:
            return _SYMBOL_EXTRA[low]
        return chr(low) if 0x20 <= low < 0x7F else ""
    if font.startswith(("wingdings", "webdings")):
        return _WINGDINGS.get(low, "")
    if low < 0x20 or 0xE000 <= low <= 0xF8FF:
        return ""
    return chr(low)


def _pick(alt: etree._Element) -> etree._Element | None:
    """The one branch of mc:AlternateContent we read: the first Choice, else the Fallback."""
    branch = alt.find(CHOICE)
    return branch if branch is not None else alt.find(FALLBACK)


def _clean(text: str) -> str:
    text = _CTRL.sub(" ", text)
    if "\t" in text:
        text = _TAB_RUN.sub("\t", text)
    return text.strip()


def _is_caps_text(text: str) -> bool:
    if not text.isupper():  # fast path: most paragraphs have a lower-case letter
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 2 and all(ch.isupper() for ch in letters)
