"""Build the sample contracts: ``samples/src/<name>.txt`` -> ``samples/<name>.docx`` and ``.pdf``.

    python samples/build.py                  # every source, written into samples/
    python samples/build.py --out DIR        # somewhere else (the tests do this)
    python samples/build.py ai_saas_agreement

The DOCX goes through :mod:`clausecheck.redline.docxbuild` (real Word automatic
numbering: the numbers live in numbering.xml, not in the text).  The PDF goes
through reportlab platypus with the numbers typed as a reader sees them, an
italic running header, a "Page N of M" footer with the contract reference,
justified text and hyphenation.  Both outputs are deterministic.

Source format (one line = one paragraph, blank lines ignored)::

    @title TEXT          the title (Title style / large bold, centred)
    @short TEXT          the running header
    @numbering decimal|article
    @page A4|Letter      page size (default A4)
    @ref TEXT            contract reference, printed in the footer
    @restart             the next numbered paragraph starts the numbering again (Schedules)
    @pagebreak           the next paragraph starts a new page
    # Heading            level-0 numbered clause (heading)
    ## {Heading} Body    level-1 numbered sub-clause with a bold run-in heading
    ## Body              level-1 numbered sub-clause without heading
    ### text            level-2 item;  #### text  level-3 item
    plain text           unnumbered paragraph, aligned with the last numbered level
    ! TEXT               unnumbered bold heading (SCHEDULE 1 ..., IN WITNESS WHEREOF)
    !! TEXT              centred line
    | a | b | c |        table row (consecutive rows make one table; the first row is bold)
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch, mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from clausecheck.fileio import write_atomic  # noqa: E402
from clausecheck.redline.docxbuild import SCHEMES, Para, build_document, docx_bytes, render_numbers  # noqa: E402

SRC = HERE / "src"


# --------------------------------------------------------------------------- source


@dataclass
class Source:
    name: str
    title: str = ""
    short: str = ""
    numbering: str = "decimal"
    page: str = "A4"
    ref: str = ""
    paragraphs: list[Para] = field(default_factory=list)


_LEVEL = re.compile(r"^(#{1,4})\s+(.*)$")
_RUNIN = re.compile(r"^\{([^}]*)\}\s*(.*)$")


class SourceError(ValueError):
    pass


def parse_source(text: str, name: str = "<source>") -> Source:
    """Parse the ``samples/src`` format into a :class:`Source`."""
    src = Source(name)
    current: int | None = None  # last numbered level, for body indents
    restart = page_break = False

    def add(**kw) -> None:
        nonlocal restart, page_break
        src.paragraphs.append(Para(restart=restart, page_break=page_break, **kw))
        restart = page_break = False

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            value = value.strip()
            if key == "title":
                src.title = value
            elif key == "short":
                src.short = value
            elif key == "numbering":
                if value not in SCHEMES:
                    raise SourceError(f"{name}:{lineno}: unknown numbering {value!r}")
                src.numbering = value
            elif key == "page":
                if value.upper() not in ("A4", "LETTER"):
                    raise SourceError(f"{name}:{lineno}: page must be A4 or Letter")
                src.page = value
            elif key == "ref":
                src.ref = value
            elif key == "restart":
                restart = True
            elif key == "pagebreak":
                page_break = True
            else:
                raise SourceError(f"{name}:{lineno}: unknown directive @{key}")
            continue
        m = _LEVEL.match(line)
        if m:
            level = len(m.group(1)) - 1
            body = m.group(2).strip()
            if level == 0:
                add(level=0, heading=body)
            else:
                h = _RUNIN.match(body)
                if h:
                    add(level=level, heading=h.group(1).strip(), text=h.group(2).strip())
                else:
                    add(level=level, text=body)
            current = level
            continue
        if line.startswith("!!"):
            add(text=line[2:].strip(), kind="centred")
            current = None
        elif line.startswith("!"):
            add(text=line[1:].strip(), kind="heading")
            current = None
        elif line.startswith("|"):
            cells = tuple(c.strip() for c in line.strip("|").split("|"))
            add(kind="table_row", cells=cells)
            current = None
        else:
            add(text=line, indent=current)
    return src


def load(path: Path) -> Source:
    return parse_source(path.read_text(encoding="utf-8"), path.stem)


# --------------------------------------------------------------------------- hyphenation

_VOWELS = set("aeiouy")
_KEEP = {"th", "ch", "sh", "ph", "wh", "gh", "ck", "qu", "ng", "tch"}
_ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "sc", "sp", "st", "str", "scr", "spr"}
_SUFFIXES = (
    "ations", "ation", "itions", "ition", "tions", "tion", "sions", "sion", "ments", "ment", "ness",
    "ities", "ity", "able", "ible", "ances", "ance", "ences", "ence", "ings", "ing", "ively", "ive",
    "ally", "ised", "ized", "ising", "izing", "ful", "less", "ship",
)  # fmt: skip


def _split_points(word: str) -> set[int]:
    w = word.lower()
    n = len(w)
    points: set[int] = set()
    for suf in _SUFFIXES:
        if w.endswith(suf) and n - len(suf) >= 4:
            cut = n - len(suf)
            if suf.startswith("ation") or suf.startswith("ition"):
                cut += 1  # informa-tion, defini-tion
            points.add(cut)
            break
    for i in range(1, n - 2):
        a = w[i - 1]
        if a not in _VOWELS:
            continue
        j = i
        while j < n and w[j] not in _VOWELS:
            j += 1
        cluster = w[i:j]
        if j >= n or len(cluster) < 2:
            continue
        if len(cluster) == 2:
            if cluster in _KEEP:
                continue
            points.add(i if cluster in _ONSETS and cluster[1] in "lr" else i + 1)
        elif len(cluster) == 3:
            if cluster in _KEEP:
                continue
            tail2 = cluster[1:]
            points.add(i + 1 if tail2 in _ONSETS or tail2 in _KEEP else i + 2)
    return {p for p in points if 3 <= p <= n - 3}


def hyphenate(word: str) -> list[tuple[str, str]]:
    """(head, tail) pairs for a word, longest head first (reportlab's ``hyphenationLang`` callable).

    A small deterministic rule set (suffixes, then split consonant clusters), so the
    PDFs do not depend on whether a hyphenation dictionary is installed.
    """
    if len(word) < 8 or not word.isalpha() or not word[1:].islower():
        return []
    return [(word[:p], word[p:]) for p in sorted(_split_points(word), reverse=True)]


# --------------------------------------------------------------------------- PDF

_FONT, _BOLD, _ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"


def _styles(numbering: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=_FONT,
        fontSize=11,
        leading=14.2,
        alignment=TA_JUSTIFY,
        spaceAfter=6,
        hyphenationLang=hyphenate,
        hyphenationMinWordLength=8,
        embeddedHyphenation=0,
        uriWasteReduce=0,
        bulletFontName=_FONT,
        bulletFontSize=11,
    )
    scheme = SCHEMES[numbering]
    st = {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=_BOLD, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=16, hyphenationLang=""),
        "centred": ParagraphStyle("centred", base, alignment=TA_CENTER, spaceAfter=4, hyphenationLang=""),
        "heading": ParagraphStyle("heading", base, fontName=_BOLD, alignment=TA_LEFT, spaceBefore=10, keepWithNext=1, hyphenationLang=""),
        "cell": ParagraphStyle("cell", base, fontSize=10, leading=12.5, alignment=TA_LEFT, spaceAfter=0, hyphenationLang=""),
        "cellhead": ParagraphStyle("cellhead", base, fontName=_BOLD, fontSize=10, leading=12.5, alignment=TA_LEFT, spaceAfter=0, hyphenationLang=""),
    }  # fmt: skip
    for lvl, spec in enumerate(scheme.levels):
        left = spec.left / 20.0
        bullet = (spec.left - spec.hanging) / 20.0
        if lvl == 0:
            st["level0"] = ParagraphStyle(
                "level0", base, fontName=_BOLD, bulletFontName=_BOLD, leftIndent=left, bulletIndent=bullet,
                alignment=TA_LEFT, spaceBefore=10, keepWithNext=1, hyphenationLang="",
            )  # fmt: skip
        else:
            st[f"level{lvl}"] = ParagraphStyle(f"level{lvl}", base, leftIndent=left, bulletIndent=bullet)
    for lvl in range(len(scheme.levels)):
        st[f"indent{lvl}"] = ParagraphStyle(f"indent{lvl}", base, leftIndent=scheme.body_indent(lvl) / 20.0)
    return st


def _runin(heading: str | None, text: str) -> str:
    body = escape(text)
    if not heading:
        return body
    h = heading.strip()
    h = h if h[-1:] in ".:;?!" else h + "."
    return f"<b>{escape(h)}</b> {body}" if body else f"<b>{escape(h)}</b>"


def _flowables(src: Source, frame_width: float) -> list:
    st = _styles(src.numbering)
    scheme = SCHEMES[src.numbering]
    numbers = render_numbers(src.paragraphs, src.numbering)
    flow: list = []
    if src.title:
        flow.append(Paragraph(escape(src.title), st["title"]))
    paras = src.paragraphs
    i = 0
    while i < len(paras):
        para, number = paras[i], numbers[i]
        if para.page_break:
            flow.append(PageBreak())
        if para.kind == "table_row":
            rows = []
            while i < len(paras) and paras[i].kind == "table_row":
                rows.append(paras[i].cells)
                i += 1
            ncols = max(len(r) for r in rows)
            data = [
                [Paragraph(escape(r[c]) if c < len(r) else "", st["cellhead" if k == 0 else "cell"]) for c in range(ncols)]
                for k, r in enumerate(rows)
            ]
            table = Table(data, colWidths=[frame_width / ncols] * ncols, repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            flow.append(table)
            flow.append(Spacer(1, 8))
            continue
        if para.kind == "title":
            flow.append(Paragraph(escape(para.text), st["title"]))
        elif para.kind == "centred":
            flow.append(Paragraph(escape(para.text), st["centred"]))
        elif para.kind == "heading":
            flow.append(CondPageBreak(60))
            flow.append(Paragraph(escape(para.text), st["heading"]))
        elif para.level == 0:
            flow.append(CondPageBreak(50))
            heading = para.heading or ""
            if scheme.heading_brackets:
                shown = f"{number} ({heading})" if heading else number
                flow.append(Paragraph(escape(shown), st["level0"]))
            elif heading:
                flow.append(Paragraph(escape(heading), st["level0"], bulletText=number))
            else:
                flow.append(Paragraph(escape(para.text), st["level1"], bulletText=number))
            if heading and para.text:
                flow.append(Paragraph(escape(para.text), st["indent0"]))
        elif para.level is not None:
            flow.append(Paragraph(_runin(para.heading, para.text), st[f"level{para.level}"], bulletText=number))
        else:
            style = st["body"] if para.indent is None else st[f"indent{para.indent}"]
            flow.append(Paragraph(_runin(para.heading, para.text), style))
        i += 1
    return flow


def _canvas_class(short: str, ref: str, margin: float):
    class ContractCanvas(Canvas):
        """Defers each page so the footer can say "Page N of M"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            if short:
                self.setFont(_ITALIC, 9)
                self.drawRightString(width - margin, height - margin + 18, short)
            self.setFont(_FONT, 9)
            if ref:
                self.drawString(margin, margin - 24, ref)
            self.drawRightString(width - margin, margin - 24, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return ContractCanvas


def pdf_bytes(src: Source) -> bytes:
    rl_config.invariant = 1
    pagesize = A4 if src.page.upper() == "A4" else LETTER
    margin = 25 * mm if src.page.upper() == "A4" else 1 * inch
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=src.title,
        author="clausecheck",
        subject=src.short,
        creator="clausecheck samples/build.py",
        producer="clausecheck samples/build.py",
        invariant=1,
    )
    doc.build(_flowables(src, doc.width), canvasmaker=_canvas_class(src.short, src.ref, margin))
    return out.getvalue()


# --------------------------------------------------------------------------- main


def docx_document(src: Source):
    return build_document(
        src.paragraphs,
        numbering=src.numbering,
        title=src.title or None,
        short_title=src.short or None,
        reference=src.ref or None,
        page_size=src.page,
    )


def build(path: Path, out_dir: Path) -> tuple[Path, Path]:
    """Build one source into ``out_dir``; returns the DOCX and PDF paths."""
    src = load(path)
    docx_path = write_atomic(out_dir / f"{src.name}.docx", docx_bytes(docx_document(src)))
    pdf_path = write_atomic(out_dir / f"{src.name}.pdf", pdf_bytes(src))
    return docx_path, pdf_path


def sources(names: list[str] | None = None) -> list[Path]:
    found = sorted(SRC.glob("*.txt"))
    if names:
        wanted = set(names)
        found = [p for p in found if p.stem in wanted]
        missing = wanted - {p.stem for p in found}
        if missing:
            raise SystemExit(f"error: no source for {', '.join(sorted(missing))} in {SRC}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the sample contracts (DOCX + PDF) from samples/src/*.txt.")
    parser.add_argument("names", nargs="*", help="sources to build (default: all)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    args = parser.parse_args(argv)
    for path in sources(args.names):
        docx_path, pdf_path = build(path, args.out)
        print(f"{docx_path}  {pdf_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
