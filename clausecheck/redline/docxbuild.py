"""Build a clean Word document with real automatic numbering.

A contract is given as a flat list of :class:`Para` (a level, an optional
heading, the text and a few layout flags).  :func:`build_document` turns it into
a python-docx ``Document`` whose numbered paragraphs carry ``w:numPr``
(``w:numId`` + ``w:ilvl``) pointing at one multi-level list defined in
``numbering.xml``: the numbers are Word's, never typed into the text.  This is
what the sample contracts are made of, and what a clean DOCX rebuilt from a
PDF's clause tree is made of.

Two numbering schemes (:data:`SCHEMES`):

``decimal``  ``1.`` (level 0, "Heading 1" style) / ``1.1`` / ``(a)`` / ``(i)``
``article``  ``Article 1`` + " (Heading)" (level 0) / ``1.`` (restarts in each
             article) / ``(1)`` / ``(a)`` -- the English style of Japanese companies

A paragraph with ``restart=True`` opens a new numbering instance (``w:num`` with
``w:startOverride``) for itself and everything after it, as Schedules do.

The output is deterministic: fixed core-property dates, no random ids, and
:func:`docx_bytes` rewrites the zip with fixed member dates, so building the same
paragraphs twice gives the same bytes.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Twips

from clausecheck.fileio import write_atomic
from clausecheck.numformats import format_number

__all__ = [
    "Para",
    "NumberingScheme",
    "Level",
    "SCHEMES",
    "build_document",
    "render_numbers",
    "format_number",
    "docx_bytes",
    "save",
]

ParaKind = Literal["body", "title", "centred", "heading", "table_row"]
NumberingName = Literal["decimal", "article"]

#: A fixed date for the core properties, so that rebuilding changes nothing.
FIXED_DATE = _dt.datetime(2025, 1, 1, 0, 0, 0)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FONT = "Times New Roman"


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of a contract.

    ``level`` 0-3 makes a numbered paragraph (0 = clause/article heading,
    1 = sub-clause, 2 = item, 3 = sub-item); ``None`` an unnumbered one.
    ``heading`` is the clause heading: for level 0 it is the heading paragraph
    itself; for levels >= 1 it is a bold run-in heading before ``text``.
    ``indent`` aligns an unnumbered body paragraph with the text of that
    numbered level.  ``kind`` is ``"body"``, ``"title"`` (Title style),
    ``"centred"`` (a centred line), ``"heading"`` (an unnumbered bold heading)
    or ``"table_row"`` (consecutive rows form one table; ``cells`` holds the
    cells, the first row of a table is bold).  ``restart`` starts a new
    numbering instance at the next numbered paragraph (this one or a later one);
    ``page_break`` starts the paragraph on a new page.
    """

    text: str = ""
    level: int | None = None
    heading: str | None = None
    kind: ParaKind = "body"
    cells: tuple[str, ...] = ()
    indent: int | None = None
    restart: bool = False
    page_break: bool = False
    number: str | None = None  # the number as printed, typed into the text instead of Word's numbering

    def __post_init__(self) -> None:
        if self.level is not None and not 0 <= self.level <= 3:
            raise ValueError(f"level must be 0-3 or None, not {self.level!r}")
        if self.level is not None and self.kind != "body":
            raise ValueError(f"a {self.kind!r} paragraph cannot be numbered")


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a Word multi-level list (``w:lvl``)."""

    fmt: str  # w:numFmt: decimal | lowerLetter | lowerRoman | upperLetter | upperRoman
    text: str  # w:lvlText: "%1.%2"
    left: int  # w:ind w:left, twips: where the paragraph's text starts
    hanging: int  # w:ind w:hanging, twips: the number sits at left - hanging
    suffix: Literal["tab", "space", "nothing"] = "tab"


@dataclass(frozen=True, slots=True)
class NumberingScheme:
    name: str
    levels: tuple[Level, ...]
    heading_brackets: bool  # level-0 heading written "(Heading)" after the number

    def body_indent(self, level: int | None) -> int:
        """Left indent (twips) of unnumbered text aligned with ``level``."""
        return 0 if level is None else self.levels[level].left


SCHEMES: dict[str, NumberingScheme] = {
    "decimal": NumberingScheme(
        "decimal",
        (
            Level("decimal", "%1.", 720, 720),
            Level("decimal", "%1.%2", 720, 720),
            Level("lowerLetter", "(%3)", 1440, 720),
            Level("lowerRoman", "(%4)", 2160, 720),
        ),
        heading_brackets=False,
    ),
    "article": NumberingScheme(
        "article",
        (
            Level("decimal", "Article %1", 0, 0, "space"),
            Level("decimal", "%2.", 360, 360),
            Level("decimal", "(%3)", 900, 540),
            Level("lowerLetter", "(%4)", 1440, 540),
        ),
        heading_brackets=True,
    ),
}

_PAGE_SIZES = {"A4": (11906, 16838), "LETTER": (12240, 15840)}


# --------------------------------------------------------------------------- numbers


def render_numbers(paragraphs: Sequence[Para], numbering: str = "decimal") -> list[str | None]:
    """The number a reader sees on each paragraph (``None`` if unnumbered).

    Mirrors Word's counting for the lists :func:`build_document` writes: a level
    counts up, deeper levels restart after it, and ``restart`` starts afresh.
    """
    scheme = SCHEMES[numbering]
    counters = [0] * len(scheme.levels)
    pending_restart = False
    out: list[str | None] = []
    for para in paragraphs:
        pending_restart = pending_restart or para.restart
        if para.level is None:
            out.append(None)
            continue
        if pending_restart:
            counters = [0] * len(scheme.levels)
            pending_restart = False
        counters[para.level] += 1
        for deeper in range(para.level + 1, len(counters)):
            counters[deeper] = 0
        text = scheme.levels[para.level].text

        def repl(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            # B023: repl is called at once by re.sub below, within this iteration
            return format_number(max(counters[i], 1), scheme.levels[i].fmt)  # noqa: B023

        out.append(re.sub(r"%(\d)", repl, text))
    return out


# --------------------------------------------------------------------------- numbering.xml


def _nsid(name: str) -> str:
    return hashlib.sha256(f"clausecheck:{name}".encode()).hexdigest()[:8].upper()


def _abstract_num_xml(abstract_id: int, scheme: NumberingScheme) -> str:
    lvls = []
    for i, lvl in enumerate(scheme.levels):
        bold = "<w:b/><w:bCs/>" if i == 0 else ""
        ind = (
            f'<w:ind w:left="{lvl.left}" w:hanging="{lvl.hanging}"/>'
            if lvl.hanging
            else '<w:ind w:left="0" w:firstLine="0"/>'
        )
        lvls.append(
            f'<w:lvl w:ilvl="{i}">'
            f'<w:start w:val="1"/>'
            f'<w:numFmt w:val="{lvl.fmt}"/>'
            f'<w:suff w:val="{lvl.suffix}"/>'
            f'<w:lvlText w:val="{lvl.text}"/>'
            f'<w:lvlJc w:val="left"/>'
            f"<w:pPr>{ind}</w:pPr>"
            f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>{bold}</w:rPr>'
            f"</w:lvl>"
        )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{_nsid(scheme.name)}"/>'
        f'<w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="{_nsid(scheme.name + ":tmpl")}"/>' + "".join(lvls) + "</w:abstractNum>"
    )


def _num_xml(num_id: int, abstract_id: int, levels: int, restart: bool) -> str:
    overrides = ""
    if restart:
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(levels)
        )
    return f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


class _Numbering:
    """Adds one abstractNum to the document's numbering part and hands out w:num ids."""

    def __init__(self, document: docx.document.Document, scheme: NumberingScheme) -> None:
        self._root = document.part.numbering_part.element
        self.scheme = scheme
        abstract_ids = [int(e.get(qn("w:abstractNumId"))) for e in self._root.findall(qn("w:abstractNum"))]
        self._num_ids = [int(e.get(qn("w:numId"))) for e in self._root.findall(qn("w:num"))]
        self.abstract_id = max(abstract_ids, default=-1) + 1
        abstract = parse_xml(_abstract_num_xml(self.abstract_id, scheme))
        existing = self._root.findall(qn("w:abstractNum"))
        if existing:
            existing[-1].addnext(abstract)  # schema order: every abstractNum before any num
        else:
            self._root.insert(0, abstract)
        self.current: int | None = None

    def new_instance(self, *, restart: bool) -> int:
        num_id = max(self._num_ids, default=0) + 1
        self._num_ids.append(num_id)
        self._root.append(parse_xml(_num_xml(num_id, self.abstract_id, len(self.scheme.levels), restart)))
        self.current = num_id
        return num_id


# --------------------------------------------------------------------------- styles


def _set_fonts(rpr_owner, name: str = FONT) -> None:
    """Explicit fonts on a style or run, dropping theme fonts that would win over them."""
    rpr = rpr_owner.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)


def _drop(element, tag: str) -> None:
    if element is None:
        return
    for child in element.findall(qn(tag)):
        element.remove(child)


def _style_document(document: docx.document.Document) -> None:
    styles = document.styles

    normal = styles["Normal"]
    _set_fonts(normal.element)
    normal.font.size = Pt(11)
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.space_after = Pt(6)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.08

    title = styles["Title"]
    _set_fonts(title.element)
    _drop(title.element.pPr, "w:pBdr")
    _drop(title.element.pPr, "w:contextualSpacing")
    title.font.size = Pt(16)
    title.font.bold = True
    title.font.color.rgb = RGBColor(0, 0, 0)
    _drop(title.element.rPr, "w:spacing")
    _drop(title.element.rPr, "w:kern")
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(0)
    title.paragraph_format.space_after = Pt(18)

    h1 = styles["Heading 1"]
    _set_fonts(h1.element)
    h1.font.size = Pt(11)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True

    lp = styles["List Paragraph"]
    _drop(lp.element.pPr, "w:contextualSpacing")
    lp.paragraph_format.space_after = Pt(6)

    for name in ("Header", "Footer"):
        st = styles[name]
        _set_fonts(st.element)
        st.font.size = Pt(9)
        st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    for name in ("Title Char", "Heading 1 Char"):
        try:
            st = styles[name]
        except KeyError:
            continue
        _set_fonts(st.element)
        st.font.color.rgb = RGBColor(0, 0, 0)


# --------------------------------------------------------------------------- pieces


def _add_field(paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) as Word writes it."""

    def run_with(xml: str) -> None:
        r = paragraph.add_run()
        r._r.append(parse_xml(xml))

    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>')
    run_with(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>')
    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>')
    paragraph.add_run(placeholder)
    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>')


def _number(paragraph, para: Para, num_id: int, ilvl: int, scheme: NumberingScheme) -> None:
    """Word's number for ``para``, or its printed number typed in front (a faithful copy of a PDF keeps
    the numbers it shows, gaps and all), hanging at the level's indentation."""
    if para.number is None:
        _set_num(paragraph, num_id, ilvl)
        return
    lvl = scheme.levels[ilvl]
    ppr = paragraph._p.get_or_add_pPr()
    ind = parse_xml(f'<w:ind {nsdecls("w")} w:left="{lvl.left}" w:hanging="{lvl.hanging}"/>')
    old = ppr.find(qn("w:ind"))
    if old is not None:
        ppr.remove(old)
    ppr.append(ind)
    first = paragraph._p.find(qn("w:r"))
    run = parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{_xml_escape(para.number)}</w:t></w:r>')
    tab = parse_xml(f"<w:r {nsdecls('w')}><w:tab/></w:r>")
    if first is not None:
        first.addprevious(run)
        first.addprevious(tab)
        rpr = first.find(qn("w:rPr"))
        if rpr is not None:  # the number looks like the text it opens (bold in a heading)
            run.insert(0, copy.deepcopy(rpr))
    else:
        paragraph._p.append(run)
        paragraph._p.append(tab)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _set_num(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    # CT_PPr order: pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, ...
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl"):
        found = ppr.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is None:
        ppr.insert(0, numpr)
    else:
        anchor.addnext(numpr)


def _heading_run_text(heading: str) -> str:
    heading = heading.strip()
    return heading if heading[-1:] in ".:;?!" else heading + "."


def _setup_section(document, *, page_size: str, short_title: str | None, reference: str | None) -> None:
    section = document.sections[0]
    width, height = _PAGE_SIZES[page_size.upper()]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Twips(width)
    section.page_height = Twips(height)
    margin = 1440 if page_size.upper() == "LETTER" else 1418  # 1 in / 25 mm
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(margin))
    section.header_distance = Twips(709)
    section.footer_distance = Twips(709)
    text_width = width - 2 * margin

    if short_title:
        header = section.header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = hp.add_run(short_title)
        run.italic = True

    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    # reference on the left, "Page X of Y" at the right margin (clear the style's centre stop)
    stops = fp.paragraph_format.tab_stops
    stops.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(Twips(text_width), alignment=WD_TAB_ALIGNMENT.RIGHT)
    if reference:
        fp.add_run(reference)
    fp.add_run("\t")
    fp.add_run("Page ")
    _add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    _add_field(fp, "NUMPAGES", "1")


def _set_core_properties(document, title: str | None) -> None:
    cp = document.core_properties
    cp.title = title or ""
    cp.author = "clausecheck"
    cp.last_modified_by = "clausecheck"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def _add_table(document, rows: list[Para]) -> None:
    ncols = max(len(r.cells) for r in rows)
    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c in range(ncols):
            cell = table.cell(r, c)
            text = row.cells[c] if c < len(row.cells) else ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_after = Pt(3)
            run = p.add_run(text)
            if r == 0:
                run.bold = True


# --------------------------------------------------------------------------- public


def build_document(
    paragraphs: Iterable[Para],
    *,
    numbering: str = "decimal",
    title: str | None = None,
    short_title: str | None = None,
    reference: str | None = None,
    page_size: str = "A4",
) -> docx.document.Document:
    """A python-docx ``Document`` for ``paragraphs`` with real Word numbering.

    ``title`` is written first in the Title style (and into the core
    properties); ``short_title`` becomes the running header; the footer shows
    ``reference`` (if given) and "Page X of Y" as PAGE/NUMPAGES fields.
    ``page_size`` is ``"A4"`` or ``"Letter"``.
    """
    if numbering not in SCHEMES:
        raise ValueError(f"numbering must be one of {sorted(SCHEMES)}, not {numbering!r}")
    if page_size.upper() not in _PAGE_SIZES:
        raise ValueError(f"page_size must be 'A4' or 'Letter', not {page_size!r}")
    scheme = SCHEMES[numbering]
    document = docx.Document()
    _style_document(document)
    _set_core_properties(document, title)
    _setup_section(document, page_size=page_size, short_title=short_title, reference=reference)
    lists = _Numbering(document, scheme)

    if title:
        document.add_paragraph(title, style="Title")

    paras = list(paragraphs)
    pending_restart = False
    break_next = False
    i = 0
    while i < len(paras):
        para = paras[i]
        pending_restart = pending_restart or para.restart
        break_next = break_next or para.page_break

        if para.kind == "table_row":
            rows = []
            while i < len(paras) and paras[i].kind == "table_row":
                rows.append(paras[i])
                i += 1
            if break_next:
                document.add_paragraph().paragraph_format.page_break_before = True
                break_next = False
            _add_table(document, rows)
            # a table must not touch the next table or end the body without a paragraph between
            continue

        if para.level is not None:
            if lists.current is None or pending_restart:
                num_id = lists.new_instance(restart=lists.current is not None)
                pending_restart = False
            else:
                num_id = lists.current

        if para.kind == "title":
            p = document.add_paragraph(para.text, style="Title")
        elif para.kind == "centred":
            p = document.add_paragraph(para.text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif para.kind == "heading":
            p = document.add_paragraph()
            p.add_run(para.text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(12)
        elif para.level == 0:
            heading = para.heading or ""
            if heading:
                shown = f"({heading})" if scheme.heading_brackets else heading
                p = document.add_paragraph(shown, style="Heading 1")
                _number(p, para, num_id, 0, scheme)
                if para.text:
                    if break_next:
                        p.paragraph_format.page_break_before = True
                        break_next = False
                    p = document.add_paragraph(para.text)
                    p.paragraph_format.left_indent = Twips(scheme.body_indent(0))
            else:
                p = document.add_paragraph(para.text)
                _number(p, para, num_id, 0, scheme)
        elif para.level is not None:
            p = document.add_paragraph(style="List Paragraph")
            if para.heading:
                p.add_run(_heading_run_text(para.heading)).bold = True
                if para.text:
                    p.add_run(" " + para.text)
            else:
                p.add_run(para.text)
            _number(p, para, num_id, para.level, scheme)
        else:
            p = document.add_paragraph()
            if para.heading:
                p.add_run(_heading_run_text(para.heading)).bold = True
                p.add_run(" " + para.text if para.text else "")
            else:
                p.add_run(para.text)
            if para.indent is not None:
                p.paragraph_format.left_indent = Twips(scheme.body_indent(para.indent))
        if break_next:
            p.paragraph_format.page_break_before = True
            break_next = False
        i += 1
    return document


def docx_bytes(document: docx.document.Document) -> bytes:
    """The ``.docx`` bytes of ``document``, with fixed zip member dates (deterministic)."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename), compresslevel=9)
    return out.getvalue()


def save(document: docx.document.Document, path: str | Path) -> Path:
    """Write ``document`` to ``path`` atomically and deterministically."""
    return write_atomic(path, docx_bytes(document))
