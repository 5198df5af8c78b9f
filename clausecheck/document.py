"""The typed document model every stage shares.

All classes are frozen.  A :class:`Document` holds the whole reading text of a
contract once; everything else (pages, blocks, clauses) is offsets into it, so
that a citation or a redline can always be traced back to its source.

Reading text conventions (all extractors follow them):

* one :class:`Block` per paragraph-like unit (a paragraph, a table row, a list
  item), blocks separated by ``"\\n"``; a block never contains ``"\\n"`` except
  inside a table cell joined as ``" | "`` rows (never);
* where the source shows a number the text does not contain (Word automatic
  numbering), the extractor writes the number as the reader sees it followed by
  a tab (``"12.1\\t"``) at the start of the block, and records it in
  ``Block.number`` and ``Block.body_start`` (where the paragraph's own text
  begins);
* running headers, footers and page numbers are not part of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "table_row", "title"]
ClauseKind = Literal[
    "preamble",  # title, parties, recitals before the first numbered clause
    "section",  # a numbered or headed clause
    "item",  # (a), (i), bullets inside a clause
    "definition",  # an entry of a definitions list
    "schedule",  # Schedule / Annex / Exhibit / Appendix heading
    "signature",  # the signature block
    "paragraph",  # an unnumbered paragraph inside a clause
]


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str
    sha256: str
    kind: str  # "pdf" | "docx" | "txt" | "md"
    size: int


@dataclass(frozen=True, slots=True)
class Page:
    """One page (PDF) or the whole body (DOCX/TXT: one page)."""

    number: int  # 1-based
    start: int  # offset of the page's first character in Document.text
    end: int
    needs_ocr: bool = False  # no text layer, or glyph codes instead of text


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit as the extractor found it."""

    start: int  # offsets into Document.text, end exclusive, no trailing newline
    end: int
    page: int  # page where the block starts (1-based)
    page_end: int
    kind: BlockKind = "paragraph"
    number: str | None = None  # automatic number rendered by the extractor ("12.1", "(a)")
    body_start: int | None = None  # where the block's own text starts (after number + tab)
    level: int | None = None  # list / outline level from the source, 0-based, if known
    style: str | None = None  # source style name ("Heading 1", "List Number")
    bold: bool = False  # the whole block is bold (a heading cue)
    caps: bool = False  # the whole block is upper case
    source: str | None = None  # locator in the source: "p12" (DOCX body paragraph 12), "t0r3" ...
    indent: float | None = None  # left indent in points, if known


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked change found in a DOCX input (someone else's)."""

    kind: Literal["insertion", "deletion", "move", "format"]
    author: str | None
    date: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    source: SourceFile
    text: str
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[tuple[str, str], ...] = ()  # (code, message)
    revisions: tuple[Revision, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()  # (key, value) pairs, e.g. ("title", "...")

    def page_at(self, offset: int) -> int:
        """1-based page number of the character at ``offset``."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        if self.pages and offset >= self.pages[-1].start:
            return self.pages[-1].number
        return 1

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True, slots=True)
class Clause:
    """A node of the clause tree: offsets into ``Document.text``.

    ``start``/``end`` span the whole clause including its sub-clauses (what a
    lawyer calls "clause 12"); ``own_end`` is where the clause's own text stops
    (the start of its first sub-clause, or ``end``).
    """

    id: str  # stable within a document: "c1", "c2", ...
    number: str | None  # as printed: "12.1", "(b)", "Article 7", "第12条"; None if unnumbered
    heading: str | None
    start: int
    end: int
    own_end: int
    page: int
    page_end: int
    parent: str | None  # id of the parent clause
    level: int  # depth in the tree, 0 = top level
    kind: ClauseKind = "section"
    text: str = field(default="", compare=False)  # == document.text[start:end]
    sentences: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # absolute offsets

    @property
    def label(self) -> str:
        """How a lawyer would cite it: "12.1 Governing Law" or the first words."""
        bits = [b for b in (self.number, self.heading) if b]
        if bits:
            return " ".join(bits)
        return " ".join(self.text.split()[:6])


@dataclass(frozen=True, slots=True)
class ClauseTree:
    document: Document
    clauses: tuple[Clause, ...]  # document order (pre-order)

    def by_id(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)

    def children(self, clause_id: str | None) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.parent == clause_id)

    def own_text(self, clause: Clause) -> str:
        return self.document.text[clause.start : clause.own_end]

    def path(self, clause: Clause) -> tuple[Clause, ...]:
        """The clause and its ancestors, outermost first."""
        chain = [clause]
        index = {c.id: c for c in self.clauses}
        while chain[-1].parent is not None:
            chain.append(index[chain[-1].parent])
        return tuple(reversed(chain))


_SELF_NAMED = re.compile(r"^(article|section|clause|schedule|annex|exhibit|appendix|attachment|part|chapter|"
                         r"paragraph|§|第)", re.IGNORECASE)


def cite_number(number: str) -> str:
    """How a clause number is cited in prose: "clause 12.1", but "Article 7" and "第12条" as they are."""
    return number if _SELF_NAMED.match(number) else f"clause {number}"
