"""Word (.docx) reader: python-docx for the package, our own walk over the body XML.

The reading text follows the conventions in :mod:`clausecheck.document`: one
block per body paragraph or table row, automatic numbers written out
(``"12.1\\t"``), headers, footers, footnotes, endnotes and comments left out,
tracked changes read as if accepted.

Contracts arrive from counterparties, so the zip package is inspected before
python-docx touches it (:func:`inspect_package`): unsafe member names,
zip bombs (declared and actual sizes, streamed with a byte cap) and XML parts
carrying a DOCTYPE (XXE, billion laughs) are refused with E112.  python-docx
parses with ``resolve_entities=False`` and lxml never fetches from the network.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..document import Block, Document, Page, Revision, RevisionKind, SourceFile
from ..errors import InputError, warning_message
from .numbering import MC_NS, W_NS, Numbering, NumberingCounter, RenderedNumber, on_off, parse_int

# --- package safety ------------------------------------------------------------

#: Largest total uncompressed size of all parts of a DOCX.
MAX_UNPACKED_BYTES = 256 * 2**20
#: Largest compression ratio accepted for a part larger than RATIO_MIN_BYTES.
MAX_RATIO = 200
RATIO_MIN_BYTES = 2**20
#: Largest number of parts (a Word document has tens; thousands of images is still fine).
MAX_MEMBERS = 10_000

_CHUNK = 1 << 16
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_XML_DANGER = tuple(
    marker.encode(enc)
    for marker in ("<!doctype", "<!entity")
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_WORD_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_DRIVE = re.compile(r"^[A-Za-z]:")

#: Parser for the parts we parse ourselves: no entities, no DTD, no network.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _unsafe(shown: str, detail: str) -> InputError:
    return InputError("E112", shown, detail=detail)


def _damaged(shown: str, detail: str) -> InputError:
    return InputError("E103", shown, kind="DOCX", detail=detail)


def _check_member_name(name: str, shown: str) -> None:
    if not name:
        raise _damaged(shown, "a part of the package has no name")
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm) or "\x00" in norm or any(seg == ".." for seg in norm.split("/")):
        raise _unsafe(shown, f"a part name points outside the package: {name[:80]!r}")


class _Budget:
    """Bytes unpacked so far, across all parts."""

    __slots__ = ("used",)

    def __init__(self) -> None:
        self.used = 0


def _stream_member(fh, zf: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, budget: _Budget, keep: bool) -> bytes:
    """Unpack one member with byte caps; returns its bytes when ``keep`` (else b"").

    Stored and deflated parts are decompressed here from the raw data with
    zlib, so sizes are measured rather than taken from the (forgeable) headers.
    """
    if info.flag_bits & 0x1:
        raise _damaged(shown, "a part of the package is encrypted")
    chunks: list[bytes] = []
    produced = 0

    def account(out: bytes) -> None:
        nonlocal produced
        produced += len(out)
        budget.used += len(out)
        if produced > info.file_size:
            raise _unsafe(shown, f"part {info.filename[:60]} unpacks to more than its header declares")
        if budget.used > MAX_UNPACKED_BYTES:
            raise _unsafe(shown, f"it unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB")
        if produced > RATIO_MIN_BYTES and produced > MAX_RATIO * max(info.compress_size, 1):
            raise _unsafe(shown, f"part {info.filename[:60]} is compressed more than {MAX_RATIO}:1, like a zip bomb")
        if keep:
            chunks.append(out)

    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        if info.header_offset < 0 or info.compress_size < 0:
            raise _damaged(shown, "a part's zip header is broken")
        try:
            fh.seek(info.header_offset)
            header = fh.read(_LOCAL_HEADER.size)
            if len(header) < _LOCAL_HEADER.size:
                raise _damaged(shown, "the zip package is truncated")
            sig, name_len, extra_len = _LOCAL_HEADER.unpack(header)
            if sig != b"PK\x03\x04":
                raise _damaged(shown, "a part's zip header is broken")
            fh.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
        except (OSError, OverflowError) as e:
            raise _damaged(shown, "a part's zip header is broken") from e
        remaining = info.compress_size
        inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        try:
            while remaining > 0:
                raw = fh.read(min(_CHUNK, remaining))
                if not raw:
                    raise _damaged(shown, "the zip package is truncated")
                remaining -= len(raw)
                if inflater is None:
                    account(raw)
                    continue
                data = raw
                while data and not inflater.eof:
                    account(inflater.decompress(data, _CHUNK))
                    data = inflater.unconsumed_tail
                if inflater.eof:
                    break
            if inflater is not None:
                if not inflater.eof and info.file_size:
                    account(inflater.flush())
                    if not inflater.eof:
                        raise _damaged(shown, f"part {info.filename[:60]} is truncated")
        except zlib.error as e:
            raise _damaged(shown, f"part {info.filename[:60]} does not decompress") from e
    else:  # bzip2 / lzma: Word never writes them; zipfile caps output at the declared size
        try:
            with zf.open(info) as member:
                while True:
                    out = member.read(_CHUNK)
                    if not out:
                        break
                    account(out)
        except InputError:
            raise
        except Exception as e:  # noqa: BLE001 - third-party decompressor failures
            raise _damaged(shown, f"part {info.filename[:60]} cannot be unpacked") from e
    return b"".join(chunks)


def _check_xml(data: bytes, name: str, shown: str) -> None:
    lowered = data.lower()
    if any(marker in lowered for marker in _XML_DANGER):
        raise _unsafe(shown, f"part {name[:60]} declares a DOCTYPE or entities, which Word never writes")


def _content_types(data: bytes, shown: str) -> tuple[dict[str, str], dict[str, str]]:
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise _damaged(shown, "its [Content_Types].xml is not valid XML") from e
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for el in root:
        if el.tag == f"{{{_CT_NS}}}Default":
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        elif el.tag == f"{{{_CT_NS}}}Override":
            overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""
    return defaults, overrides


def inspect_package(path: Path, shown: str) -> None:
    """Refuse a DOCX that is not a Word package (E103) or is unsafe to open (E112).

    Reads every part once, streamed with byte caps.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error, OverflowError) as e:
        raise _damaged(shown, "it is not a valid zip package") from e
    except NotImplementedError as e:  # a zip feature (version, multi-disk) zipfile does not read
        raise _damaged(shown, f"it uses a zip feature clausecheck cannot read ({e})") from e
    except OSError as e:
        raise InputError("E108", shown, detail=e.strerror or type(e).__name__) from e
    with zf, open(path, "rb") as fh:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _unsafe(shown, f"the package holds {len(infos)} parts")
        declared = 0
        for info in infos:
            _check_member_name(info.filename, shown)
            declared += info.file_size
            if declared > MAX_UNPACKED_BYTES:
                raise _unsafe(shown, f"it would unpack to more than {MAX_UNPACKED_BYTES // 2**20} MB")
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _unsafe(
                    shown, f"part {info.filename[:60]} is compressed more than {MAX_RATIO}:1, like a zip bomb"
                )
        by_name = {info.filename: info for info in infos}
        ct_info = by_name.get("[Content_Types].xml")
        if ct_info is None:
            raise _damaged(shown, "it is a zip file but not a Word document")
        budget = _Budget()
        ct_xml = _stream_member(fh, zf, ct_info, shown, budget, keep=True)
        _check_xml(ct_xml, ct_info.filename, shown)
        defaults, overrides = _content_types(ct_xml, shown)
        lower_names = {name.lower() for name in by_name}
        if not any(ct in _WORD_MAIN_TYPES and part in lower_names for part, ct in overrides.items()):
            raise _damaged(shown, "it has no Word document part (word/document.xml)")
        for info in infos:
            if info is ct_info or info.filename.endswith("/"):
                continue
            lname = info.filename.lower()
            ctype = overrides.get(lname) or defaults.get(lname.rsplit(".", 1)[-1] if "." in lname else "", "")
            xmlish = lname.endswith((".xml", ".rels")) or (ctype.endswith("xml") and not ctype.startswith("image/"))
            data = _stream_member(fh, zf, info, shown, budget, keep=xmlish)
            if xmlish:
                _check_xml(data, info.filename, shown)


# --- WordprocessingML ----------------------------------------------------------


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


# --- styles --------------------------------------------------------------------


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


# --- the walk ------------------------------------------------------------------


@dataclass(slots=True)
class _Fmt:
    """Character cues of the text seen so far (for Block.bold / Block.caps)."""

    seen: bool = False
    bold: bool = True
    caps: bool = True

    def add(self, bold: bool, caps: bool) -> None:
        self.seen = True
        self.bold = self.bold and bold
        self.caps = self.caps and caps

    def merge(self, other: _Fmt) -> None:
        if other.seen:
            self.add(other.bold, other.caps)


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


class _Reader:
    def __init__(self, body: etree._Element, styles: _Styles, numbering: Numbering) -> None:
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.counter = NumberingCounter(numbering)
        self.p_index = {p: i for i, p in enumerate(body.iter(P))}
        self.t_index = {t: i for i, t in enumerate(body.iter(TBL))}
        self.revisions: list[Revision] = []
        self.comments: set[str] = set()
        self.hidden_chars = 0
        self._fields: list[bool] = []  # complex fields open: True while in their code part
        self._in_code = 0
        self.out: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    # -- revisions -------------------------------------------------------------

    def _revision(self, kind: RevisionKind, el: etree._Element, text: str) -> None:
        self.revisions.append(Revision(kind=kind, author=el.get(_AUTHOR), date=el.get(_DATE), text=text))

    def _format_changes(self, props: etree._Element | None) -> None:
        if props is None:
            return
        for child in props:
            if child.tag in _FORMAT_CHANGES:
                self._revision("format", child, "")

    # -- inline content --------------------------------------------------------

    def _inline(self, parent: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool) -> None:
        for ch in parent:
            tag = ch.tag
            if tag == R:
                self._run(ch, buf, fmt, txbx, pbold, pcaps)
            elif tag in _INLINE_WRAPPERS:
                self._inline(ch, buf, fmt, txbx, pbold, pcaps)
            elif tag == SDT:
                content = ch.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, buf, fmt, txbx, pbold, pcaps)
            elif tag in (INS, MOVE_TO):
                mark = len(buf)
                self._inline(ch, buf, fmt, txbx, pbold, pcaps)
                self._revision("insertion" if tag == INS else "move", ch, "".join(buf[mark:]))
            elif tag in (DEL, MOVE_FROM):
                self._deleted(ch, "deletion" if tag == DEL else "move")
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    self._inline(branch, buf, fmt, txbx, pbold, pcaps)
            elif tag == COMMENT_START:
                self.comments.add(ch.get(_ID) or f"anon{len(self.comments)}")
            elif tag in _MATH:
                if self._in_code == 0:
                    text = "".join(t.text or "" for t in ch.iter(_M_T))
                    if text:
                        buf.append(text)
                        fmt.add(pbold, pcaps)

    def _deleted(self, el: etree._Element, kind: RevisionKind) -> None:
        text = "".join(t.text or "" for t in el.iter(DEL_TEXT, T))
        self._revision(kind, el, text)
        # A field may begin or end inside deleted text; keep the field state in step.
        for fc in el.iter(FLD_CHAR):
            self._field_char(fc)

    def _field_char(self, el: etree._Element) -> None:
        kind = el.get(_FLD_TYPE)
        if kind == "begin":
            self._fields.append(True)
            self._in_code += 1
        elif kind == "separate":
            if self._fields and self._fields[-1]:
                self._fields[-1] = False
                self._in_code -= 1
        elif kind == "end":
            if self._fields and self._fields.pop():
                self._in_code -= 1

    def _run(self, r: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool) -> None:
        rpr = r.find(RPR)
        bold, caps, hidden = pbold, pcaps, False
        if rpr is not None:
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                sid = rstyle.get(_VAL)
                sb, sc, sv = (
                    self.styles.first(sid, "bold"),
                    self.styles.first(sid, "caps"),
                    self.styles.first(sid, "vanish"),
                )
                bold = sb if sb is not None else bold
                caps = sc if sc is not None else caps
                hidden = bool(sv)
            b = on_off(rpr.find(_w("b")))
            if b is not None:
                bold = b
            c = on_off(rpr.find(_w("caps")))
            if c is not None:
                caps = c
            v = on_off(rpr.find(_w("vanish")))
            if v is not None:
                hidden = v
            self._format_changes(rpr)
        for ch in r:
            tag = ch.tag
            if tag == T:
                text = ch.text
                if not text or self._in_code:
                    continue
            elif tag in _RUN_TEXT:
                if self._in_code:
                    continue
                text = _RUN_TEXT[tag]
            elif tag == FLD_CHAR:
                self._field_char(ch)
                continue
            elif tag in _SKIP_IN_RUN:
                continue
            elif tag == _w("sym"):
                if self._in_code:
                    continue
                text = _symbol(ch)
            elif tag == COMMENT_REF:
                self.comments.add(ch.get(_ID) or f"anon{len(self.comments)}")
                continue
            elif tag in _DRAWINGS:
                self._find_text_boxes(ch, txbx)
                continue
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    # A branch holds run content (drawings, text): read it as this run's children.
                    self._run_children_in(branch, buf, fmt, txbx, pbold, pcaps)
                continue
            elif tag == _w("ruby"):
                base = ch.find(_w("rubyBase"))
                if base is not None:
                    self._inline(base, buf, fmt, txbx, bold, caps)
                continue
            else:
                continue
            if hidden:
                self.hidden_chars += len(text.strip())
                continue
            buf.append(text)
            if text.strip():
                fmt.add(bold, caps)

    def _run_children_in(
        self, branch: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool
    ) -> None:
        """Read an mc:Choice/mc:Fallback inside a run: drawings give text boxes, runs give text."""
        for ch in branch:
            if ch.tag in _DRAWINGS:
                self._find_text_boxes(ch, txbx)
            elif ch.tag == R:
                self._run(ch, buf, fmt, txbx, pbold, pcaps)
            elif ch.tag == ALT:
                inner = _pick(ch)
                if inner is not None:
                    self._run_children_in(inner, buf, fmt, txbx, pbold, pcaps)

    def _find_text_boxes(self, el: etree._Element, out: list) -> None:
        for ch in el:
            tag = ch.tag
            if tag == TXBX:
                out.append(ch)
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    self._find_text_boxes(branch, out)
            elif isinstance(tag, str):
                self._find_text_boxes(ch, out)

    # -- paragraphs --------------------------------------------------------------

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

    # -- tables ------------------------------------------------------------------

    def _rows(self, tbl: etree._Element, out: list[etree._Element]) -> list[etree._Element]:
        for ch in tbl:
            tag = ch.tag
            if tag == TR:
                out.append(ch)
            elif tag == SDT:
                content = ch.find(SDT_CONTENT)
                if content is not None:
                    self._rows(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._rows(ch, out)
            elif tag == TBLPR:
                self._format_changes(ch)
        return out

    def _cells(self, tr: etree._Element, out: list[etree._Element]) -> list[etree._Element]:
        for ch in tr:
            tag = ch.tag
            if tag == TC:
                out.append(ch)
            elif tag == SDT:
                content = ch.find(SDT_CONTENT)
                if content is not None:
                    self._cells(content, out)
            elif tag in _BLOCK_WRAPPERS:
                self._cells(ch, out)
        return out

    def _row_state(self, tr: etree._Element) -> bool:
        """Record a tracked row insertion/deletion; False when the row is deleted."""
        trpr = tr.find(TRPR)
        if trpr is None:
            return True
        keep = True
        for ch in trpr:
            if ch.tag == DEL:
                keep = False
                self._revision("deletion", ch, "".join(t.text or "" for t in tr.iter(DEL_TEXT, T)))
            elif ch.tag == INS:
                self._revision("insertion", ch, "")
            elif ch.tag in _FORMAT_CHANGES:
                self._revision("format", ch, "")
        return keep

    def _row_cells_text(self, tr: etree._Element, fmt: _Fmt, sep: str) -> str:
        texts = []
        for tc in self._cells(tr, []):
            text = self._container_text(tc, fmt)
            if text:
                texts.append(text)
        return sep.join(texts)

    def _container_text(self, container: etree._Element, fmt: _Fmt) -> str:
        """The text of a table cell or a text box inside one: one line, parts joined by spaces."""
        parts: list[str] = []
        for item in self._items(container):
            if isinstance(item, _Para):
                if item.text:
                    number = item.number.text if item.number is not None else ""
                    parts.append(f"{number} {item.text}" if number else item.text)
                    fmt.merge(item.fmt)
                for box in item.txbx:
                    text = self._container_text(box, fmt)
                    if text:
                        parts.append(text)
            else:  # a nested table: rows flattened, cells " / ", rows " ; "
                rows = []
                for tr in self._rows(item, []):
                    if self._row_state(tr):
                        row = self._row_cells_text(tr, fmt, " / ")
                        if row:
                            rows.append(row)
                if rows:
                    parts.append(" ; ".join(rows))
        return " ".join(parts)

    # -- blocks ------------------------------------------------------------------

    def _emit(self, text: str, **fields) -> None:
        start = self.pos
        self.out.append(text)
        self.pos += len(text)
        body_start = fields.pop("body_start", None)
        self.blocks.append(
            Block(
                start=start,
                end=self.pos,
                page=1,
                page_end=1,
                body_start=None if body_start is None else start + body_start,
                **fields,
            )
        )
        self.out.append("\n")
        self.pos += 1

    def _emit_para(self, para: _Para) -> None:
        if para.text:
            c = para.props
            chain = self.styles.chain(c.style_id)
            kind = "paragraph"
            outline = c.outline
            for style in chain:
                if style.name.lower() == "title":
                    kind = "title"
                    break
                m = _HEADING_NAME.match(style.name)
                if m:
                    kind = "heading"
                    outline = outline if outline is not None else int(m.group(1)) - 1
                    break
            if kind == "paragraph":
                if outline is None:
                    outline = self.styles.first(c.style_id, "outline")
                if outline is not None and 0 <= outline < 9:
                    kind = "heading"
                elif para.number is not None and para.number.text:
                    kind = "list_item"
            number = para.number.text if para.number is not None and para.number.text else None
            prefix = f"{number}\t" if number else ""
            level = (
                para.number.ilvl
                if number and para.number is not None
                else (outline if outline is not None and 0 <= outline < 9 else None)
            )
            indent = c.indent
            if indent is None and para.number is not None:
                indent = para.number.level.indent
            if indent is None:
                indent = self.styles.first(c.style_id, "indent")
            self._emit(
                prefix + para.text,
                kind=kind,
                number=number,
                body_start=len(prefix) if number else None,
                level=level,
                style=self.styles.name(c.style_id),
                bold=para.fmt.seen and para.fmt.bold,
                caps=(para.fmt.seen and para.fmt.caps) or _is_caps_text(para.text),
                source=f"p{self.p_index.get(para.source_el, -1)}",
                indent=indent,
            )
        for box in para.txbx:
            self.read_container(box)

    def _emit_table(self, tbl: etree._Element) -> None:
        ti = self.t_index.get(tbl, -1)
        tblpr = tbl.find(TBLPR)
        style_el = tblpr.find(_w("tblStyle")) if tblpr is not None else None
        style = self.styles.name(style_el.get(_VAL)) if style_el is not None else None
        for ri, tr in enumerate(self._rows(tbl, [])):
            if not self._row_state(tr):
                continue
            fmt = _Fmt()
            text = _clean(self._row_cells_text(tr, fmt, " | "))
            if text:
                self._emit(
                    text,
                    kind="table_row",
                    style=style,
                    bold=fmt.seen and fmt.bold,
                    caps=(fmt.seen and fmt.caps) or _is_caps_text(text),
                    source=f"t{ti}r{ri}",
                )

    def read_container(self, container: etree._Element) -> None:
        for item in self._items(container):
            if isinstance(item, _Para):
                self._emit_para(item)
            else:
                self._emit_table(item)


# --- opening the package ----------------------------------------------------------


def _element_of(part) -> etree._Element:
    element = getattr(part, "element", None)
    if element is not None:
        return element
    return etree.fromstring(part.blob, SAFE_PARSER)


def _related(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


@dataclass(slots=True)
class _Parts:
    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    title: str | None


_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument)/(\w+)")
_STRICT_NAMES = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional(data: bytes) -> bytes:
    """A Strict Open XML part's namespaces and relationship types in their Transitional spelling
    (``purl.oclc.org/ooxml/wordprocessingml/main`` -> ``schemas.openxmlformats.org/wordprocessingml/2006/main``),
    and Strict's ``w:start``/``w:end`` indents as ``w:left``/``w:right``."""
    data = _STRICT.sub(
        lambda m: (
            b"http://schemas.openxmlformats.org/" + m.group(1) + b"/2006/" + _STRICT_NAMES.get(m.group(2), m.group(2))
        ),
        data,
    )
    return data


def strict_as_transitional(source: Path | io.BytesIO) -> io.BytesIO | None:
    """A Strict Open XML package (Word's "Strict Open XML Document") rewritten in memory as a
    Transitional one, which python-docx, this reader and the redline writer understand; None for an
    ordinary package.  The file itself is only read (``inspect_package`` has already bounded every part)."""
    with zipfile.ZipFile(source) as zf:
        try:
            rels = zf.read("_rels/.rels")
        except KeyError:
            return None
        if b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" not in rels:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in zf.infolist():
                data = zf.read(info)
                if info.filename.lower().endswith((".xml", ".rels")):
                    data = _transitional(data)
                dst.writestr(info.filename, data)
    out.seek(0)
    return out


def _open_parts(path: Path, shown: str) -> _Parts:
    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.package import Package

        package = Package.open(strict_as_transitional(path) or str(path))
        main = package.main_document_part
        document = _element_of(main)
        styles_part = _related(main, RT.STYLES)
        numbering_part = _related(main, RT.NUMBERING)
        styles = _element_of(styles_part) if styles_part is not None else None
        numbering = _element_of(numbering_part) if numbering_part is not None else None
        title = None
        core_part = _related(package, RT.CORE_PROPERTIES)
        if core_part is not None:
            title_el = _element_of(core_part).find("{http://purl.org/dc/elements/1.1/}title")
            if title_el is not None and title_el.text and title_el.text.strip():
                title = title_el.text.strip()
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx/lxml/zipfile failures on a damaged package
        raise _damaged(shown, f"the Word package is broken: {type(e).__name__}") from e
    return _Parts(document, styles, numbering, title)


def read_docx(path: Path, source: SourceFile) -> Document:
    """Read a .docx file into a :class:`Document` (one page, blocks located by ``p``/``t`` index)."""
    shown = source.path
    inspect_package(path, shown)
    parts = _open_parts(path, shown)
    body = parts.document.find(_w("body"))
    if body is None:
        raise _damaged(shown, "it has no document body")
    styles = _Styles(parts.styles)
    numbering = Numbering.from_element(parts.numbering, styles.num_id_of)
    reader = _Reader(body, styles, numbering)
    reader.read_container(body)
    if not reader.blocks:
        raise InputError("E110", shown)
    text = "".join(reader.out)[:-1]
    warnings: list[tuple[str, str]] = []
    if reader.revisions:
        warnings.append(("W103", warning_message("W103", count=len(reader.revisions))))
    if reader.comments:
        warnings.append(("W105", warning_message("W105", count=len(reader.comments))))
    if reader.hidden_chars:
        warnings.append(
            (
                "W106",
                warning_message(
                    "W106", detail=f"{reader.hidden_chars} characters of hidden text (not shown by Word) were not read."
                ),
            )
        )
    return Document(
        source=source,
        text=text,
        pages=(Page(number=1, start=0, end=len(text)),),
        blocks=tuple(reader.blocks),
        warnings=tuple(warnings),
        revisions=tuple(reader.revisions),
        metadata=(("title", parts.title),) if parts.title else (),
    )


__all__ = [
    "read_docx",
    "inspect_package",
    "strict_as_transitional",
    "MAX_UNPACKED_BYTES",
    "MAX_RATIO",
    "RATIO_MIN_BYTES",
]
