"""Tables: rows and cells (through content controls and wrappers), tracked row insertions and
deletions, and the one-line text of a cell or of a text box inside one.
"""

from __future__ import annotations

from lxml import etree

from .paragraphs import _Para, _ParagraphWalk
from .runs import _Fmt
from .wml import _BLOCK_WRAPPERS, _FORMAT_CHANGES, DEL, DEL_TEXT, INS, SDT, SDT_CONTENT, TBLPR, TC, TR, TRPR, T


class _TableWalk(_ParagraphWalk):
    """Rows, cells and their text."""

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
