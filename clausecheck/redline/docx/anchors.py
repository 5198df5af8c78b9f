"""Where an inserted clause goes: after the last main section, beside the governing-law or forum
clause, into the general provisions; and which paragraph it copies its formatting from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from ...document import Clause
from .base import _RedlinerBase
from .wml import P
from .wording import _typed_prefix, next_number

if TYPE_CHECKING:
    from ...checks.summaries import DisputeSummary, LawSummary

#: Headings of the general provisions that close a contract (AI clauses go before them).
BOILERPLATE = re.compile(
    r"general|miscellaneous|boilerplate|final provisions|governing law|applicable law|jurisdiction|dispute|"
    r"arbitration|notices?\b|entire agreement|assignment|severab|waiver|counterparts|force majeure|survival|"
    r"language|good[- ]faith|consultation|amendment|relationship of the parties|third[- ]party rights|"
    r"publicity|further assurance|anti-social|export|interpretation|headings|costs and expenses|"
    r"準拠法|管轄|協議|雑則|一般条項|存続|譲渡|言語|反社会",
    re.IGNORECASE,
)
GENERAL = re.compile(
    r"^\W*(general( provisions| terms)?|miscellaneous|boilerplate|final provisions|雑則|一般条項)\W*$", re.IGNORECASE
)
GL_HEADING = re.compile(r"governing law|applicable law|choice of law|準拠法", re.IGNORECASE)
DR_HEADING = re.compile(r"jurisdiction|dispute|arbitration|venue|管轄|紛争|仲裁", re.IGNORECASE)


class _Anchors(_RedlinerBase):
    """Anchors and sample paragraphs for inserted clauses."""

    def _top_sections(self) -> tuple[list[Clause], Clause | None]:
        tops = [c for c in self.report.tree.clauses if c.parent is None]
        end = next((c for c in tops if c.kind in ("signature", "schedule")), None)
        main = [c for c in tops if c.kind == "section" and c.number and (end is None or c.start < end.start)]
        return main, end

    def _ai_anchor(self) -> tuple[etree._Element | None, Clause | None]:
        """(element to insert before, the section just before it) for the new AI section: after the
        last main section, so that it continues the numbering and no clause after it is renumbered
        (cross-references elsewhere keep pointing at the right clause)."""
        main, end = self._top_sections()
        main = [c for c in main if self.layout.first_para(c) is not None]
        if main:
            return self._after(main[-1]), main[-1]
        if end is not None and self.layout.first_para(end) is not None:
            return self.layout.top(self.layout.first_para(end)), None
        return None, None

    def _after(self, clause: Clause) -> etree._Element | None:
        last = self.layout.last_para(clause)
        if last is None:
            return None
        nxt = self.layout.top(last).getnext()
        return nxt

    def _before_index(self, anchor: etree._Element | None) -> int | None:
        """Index of the first original paragraph at or after ``anchor`` (None: the end)."""
        el = anchor
        while el is not None:
            if el.tag == P and el in self.layout.index:
                return self.layout.index[el]
            inner = next((p for p in el.iter(P) if p in self.layout.index), None) if el.tag != P else None
            if inner is not None:
                return self.layout.index[inner]
            el = el.getnext()
        return None

    def _sub_sample(self, section: Clause | None, before: int | None) -> etree._Element | None:
        """A level-1 paragraph to copy: from ``section`` if it has one, else the nearest before."""
        if section is not None:
            for b in self.layout.blocks_in(section.start, section.end):
                if b.number and b.level == 1:
                    ps = self.layout.block_paras(b)
                    if ps:
                        return ps[0]
        return self.layout.numbered_sample(1, before)

    def _body_sample(self, section: Clause | None) -> etree._Element | None:
        """An unnumbered body paragraph of ``section`` (for documents without numbered sub-clauses)."""
        if section is None:
            return None
        for b in self.layout.blocks_in(section.start, section.end)[1:]:
            if not b.number and b.kind == "paragraph":
                ps = self.layout.block_paras(b)
                if ps:
                    return ps[0]
        return None

    def _typed_sub_format(self, section: Clause | None):
        """How sub-clauses of ``section`` are numbered when typed: a function (new section number, k) ->
        the k-th sub-clause's number ("16", 1 -> "16.1"), or None (Word numbers them, or none are)."""
        if section is None or not section.number:
            return None
        child = next((c for c in self.report.tree.clauses if c.parent == section.id and c.number), None)
        if child is None or child.number is None:
            return None
        prefix = _typed_prefix(self.layout.first_para(child), child.number)
        if prefix is None:
            return None
        base = section.number.rstrip(".")
        sep = prefix[len(child.number) :]
        if child.number.startswith(base + "."):
            tail = "." if child.number.endswith(".") else ""
            return lambda new, k: f"{new.rstrip('.')}.{k}{tail}{sep}"
        m = re.fullmatch(r"(\(?)[a-z](\)?\.?)", child.number)
        if m:
            return lambda new, k: f"{m.group(1)}{chr(ord('a') + k - 1)}{m.group(2)}{sep}"
        return None

    def _last_child(self, parent: Clause) -> Clause | None:
        kids = [c for c in self.report.tree.clauses if c.parent == parent.id and self.layout.first_para(c) is not None]
        return kids[-1] if kids else None

    def _typed_next(self, clause: Clause) -> str | None:
        """The typed number (with its separator) a new sibling after ``clause`` takes, or None."""
        typed = _typed_prefix(self.layout.first_para(clause), clause.number)
        if not typed or not clause.number:  # a typed number is a number
            return None
        nxt = next_number(clause.number)
        return nxt + typed[len(clause.number) :] if nxt else None

    def _law_clause(self, kind: str) -> Clause | None:
        summary: LawSummary | DisputeSummary | None = (
            self.report.governing_law if kind == "governing_law" else self.report.dispute_resolution
        )
        cid = summary.get("clause") if summary else None
        if cid and cid in self.layout.clauses:
            return self.layout.clauses[cid]
        pattern = GL_HEADING if kind == "governing_law" else DR_HEADING
        main, _ = self._top_sections()
        for c in self.report.tree.clauses:
            if c.heading and pattern.search(c.heading) and (not main or c.start >= main[0].start):
                return c
        return None
