"""The DOCX reader's entry point: the body walked into blocks, one per paragraph or table row."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ...document import Block, Document, Page, SourceFile
from ...errors import InputError, warning_message
from ..numbering import Numbering
from .paragraphs import _Para
from .parts import _open_parts
from .runs import _Fmt
from .safety import _damaged, inspect_package
from .styles import _Styles
from .tables import _TableWalk
from .wml import _HEADING_NAME, _VAL, TBLPR, _clean, _is_caps_text, _w


class _Reader(_TableWalk):
    """The walk's output: one block per paragraph (numbers written out) or table row."""

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
