"""The Report's clauses and blocks mapped onto the original document's paragraphs and tables."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from lxml import etree

from ...document import Block, Clause
from .package import _Package
from .wml import TBL, TR, P


class _Layout:
    """Maps the Report's clauses and blocks onto the original XML elements."""

    def __init__(self, pkg: _Package, tree: Any) -> None:
        self.body = pkg.body
        self.paras = list(self.body.iter(P))
        self.index = {p: i for i, p in enumerate(self.paras)}
        self.tables = list(self.body.iter(TBL))
        self.tree = tree
        self.blocks: tuple[Block, ...] = tree.document.blocks
        self._starts = [b.start for b in self.blocks]
        self.clauses = {c.id: c for c in tree.clauses}

    def block_paras(self, block: Block) -> list[etree._Element]:
        src = block.source or ""
        m = re.fullmatch(r"p(\d+)", src)
        if m:
            i = int(m.group(1))
            return [self.paras[i]] if 0 <= i < len(self.paras) else []
        m = re.fullmatch(r"t(\d+)r(\d+)", src)
        if m:
            ti, ri = int(m.group(1)), int(m.group(2))
            if ti < len(self.tables):
                tbl = self.tables[ti]
                rows = [tr for tr in tbl.iter(TR) if _nearest(tr, TBL) is tbl]
                if ri < len(rows):
                    return list(rows[ri].iter(P))
        return []

    def blocks_in(self, start: int, end: int) -> list[Block]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.blocks) and self.blocks[i].start < end:
            out.append(self.blocks[i])
            i += 1
        return out

    def paras_in(self, start: int, end: int) -> list[etree._Element]:
        """The paragraphs holding text between ``start`` and ``end`` (a run-together paragraph that
        starts before ``start`` and holds it too)."""
        out: list[etree._Element] = []
        blocks = self.blocks_in(start, end)
        i = bisect_left(self._starts, start)
        if (not blocks or blocks[0].start > start) and i > 0 and self.blocks[i - 1].end > start:
            blocks = [self.blocks[i - 1], *blocks]
        for b in blocks:
            for p in self.block_paras(b):
                if p not in out:
                    out.append(p)
        return out

    def top(self, el: etree._Element) -> etree._Element:
        """The child of w:body that holds ``el``."""
        while el.getparent() is not None and el.getparent() is not self.body:
            el = el.getparent()
        return el

    def first_para(self, clause: Clause) -> etree._Element | None:
        ps = self.paras_in(clause.start, clause.end)
        return ps[0] if ps else None

    def last_para(self, clause: Clause) -> etree._Element | None:
        ps = self.paras_in(clause.start, clause.end)
        return ps[-1] if ps else None

    def numbered_sample(self, level: int, before: int | None = None) -> etree._Element | None:
        """A paragraph numbered at ``level`` (by the extractor), the last one before offset ``before``."""
        best = None
        for b in self.blocks:
            if before is not None and b.start >= before and best is not None:
                break
            if b.number and b.level == level and b.kind != "table_row":
                ps = self.block_paras(b)
                if ps and _nearest(ps[0], TBL) is None:
                    best = ps[0]
        return best


def _nearest(el: etree._Element, tag: str) -> etree._Element | None:
    el = el.getparent()
    while el is not None and el.tag != tag:
        el = el.getparent()
    return el
