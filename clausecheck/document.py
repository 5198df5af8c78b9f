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
RevisionKind = Literal["insertion", "deletion", "move", "format"]
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

    kind: RevisionKind
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
        return clause_label(self.number, self.heading, self.text)


def clause_label(number: str | None, heading: str | None, text: str) -> str:
    """A clause's name in an outline: its number and heading, or its first six words."""
    bits = [b for b in (number, heading) if b]
    return " ".join(bits) if bits else " ".join(text.split()[:6])


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

    @property
    def pages_known(self) -> bool:
        """False for a Word or text file read as one page: a page number would be a guess."""
        doc = self.document
        return not (doc.source.kind in ("docx", "txt", "md") and doc.page_count <= 1)

    def cite(self, clause: Clause, cites: dict[str, str] | None = None) -> Citation:
        """How a reader finds ``clause``: see :class:`Citation`."""
        return cite(self, clause, cites)

    def citations(self) -> dict[str, str]:
        """How a reader cites each numbered clause: the full path as printed ("7.1(iv)", "3.2" for an
        item "2" under "3", "Schedule 1, 1.3", "第15条第2項"), unique within the document."""
        return citations(self)

    def path(self, clause: Clause) -> tuple[Clause, ...]:
        """The clause and its ancestors, outermost first."""
        chain = [clause]
        index = {c.id: c for c in self.clauses}
        while chain[-1].parent is not None:
            chain.append(index[chain[-1].parent])
        return tuple(reversed(chain))


_SELF_NAMED = re.compile(
    r"^(article|section|clause|schedule|annex|exhibit|appendix|attachment|part|chapter|"
    r"paragraph|§|第|“|definition of|preamble|item |別紙|付則|附則)",
    re.IGNORECASE,
)


_BULLETS = {"•", "-", "–", "—", "■", "●", "○", "◦", "・", "*", "▪", "►", "➢", "✓", "□"}
_ITEM = re.compile(
    r"^[(（]?([a-zA-Z]{1,2}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|\d{1,3})[)）.]$|^[(（]([a-zA-Z]{1,2}|[ivxlcdm]{1,6}|\d{1,3})[)）]$"
)
_KANJI_DIGITS = "〇一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _ja_digit(n: str) -> str | None:
    n = n.strip("()（）.．")
    n = n.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if n.isascii() and n.isdigit():
        return n
    if n and n in _CIRCLED:
        return str(_CIRCLED.index(n) + 1)
    if n and all(ch in _KANJI_DIGITS for ch in n):
        return n
    return None


def join_number(prefix: str | None, number: str) -> str:
    """One step of a citation path: ``prefix`` (the parent's citation) and the clause's printed number."""
    n = " ".join(number.split())
    if prefix is None:
        return re.sub(r"\s+", "", n) if n.startswith("第") else n
    compact = re.sub(r"\s+", "", prefix)
    if compact.startswith("第") and compact[-1:] in ("条", "項"):
        d = _ja_digit(n)
        if d is not None:
            # under an article a bare or circled number ("2", "2.", "②") is a paragraph (項); "(1)" and "一" are
            # items (号), also where an article has no paragraphs ("第2条第1号")
            bare = re.fullmatch(r"[0-9０-９]{1,3}[.．]?|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]", n) is not None
            return compact + (f"第{d}項" if compact.endswith("条") and bare else f"第{d}号")
    if ", " in prefix:  # "Exhibit 1, 1" + "1.2" -> "Exhibit 1, 1.2"
        head, last = prefix.rsplit(", ", 1)
        if n.startswith(last + ".") and re.fullmatch(r"[\d.]+", n):
            return f"{head}, {n}"
    if (
        _SELF_NAMED.match(n)
        or n.startswith(prefix + ".")
        or (n.startswith(prefix) and n != prefix and not n[len(prefix)].isalnum())
    ):
        return n
    m = _ITEM.match(n)
    if m and not n.isdigit() and not (n.endswith(".") and n[:-1].isdigit()):
        inner = m.group(1) or m.group(2)
        return f"{prefix}({inner})"
    digits = n.rstrip(".")
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", digits):
        if re.match(r"^(schedule|exhibit|annex|appendix|attachment|part|別紙|付則|附則)", prefix, re.IGNORECASE):
            return f"{prefix}, {digits}"
        if re.match(r"^(article|section|clause|§)", prefix, re.IGNORECASE):
            return f"{prefix}({digits})" if "." not in digits else f"{prefix}, {digits}"
        return f"{prefix}.{digits}"
    return f"{prefix} {n}"


def _heading_cite(heading: str) -> str:
    clean = re.sub(r"\{#[^}]*\}", "", heading).strip(" .:")
    return f"“{clean}”" if clean else ""


def citations(tree: ClauseTree) -> dict[str, str]:
    index = {c.id: c for c in tree.clauses}
    out: dict[str, str] = {}
    bullets: dict[tuple[str | None, str], int] = {}
    by_heading: set[str] = set()  # clauses cited by their heading (no number of their own)
    for c in tree.clauses:
        parent = out.get(c.parent) if c.parent else None
        cited_by = c.parent
        if c.parent and parent is None:  # an unnumbered parent: cite from the nearest cited ancestor
            p = index.get(c.parent)
            while p is not None and p.id not in out:
                p = index.get(p.parent) if p.parent else None
            parent = out.get(p.id) if p is not None else None
            cited_by = p.id if p is not None else None
            if parent is None and c.parent in index and index[c.parent].kind == "preamble":
                parent = "Preamble"
        n = (c.number or "").strip()
        if cited_by in by_heading and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", n):
            # "28.8" under a title or heading without a number ("AGREEMENT", "Stock by Principal"): a reader
            # cites "28.8", not "“AGREEMENT”.28.8"
            parent = None
        if not n:
            if c.heading and c.kind != "preamble":  # an unnumbered heading is cited by itself
                out[c.id] = _heading_cite(c.heading)
                by_heading.add(c.id)
            elif c.kind == "preamble" and c.parent is None:  # the title, parties and recitals
                out[c.id] = "Preamble"
            continue
        if n in _BULLETS:
            if c.kind == "definition" and c.heading:
                out[c.id] = f"definition of {_heading_cite(c.heading)}"
                continue
            key = (c.parent, n)
            bullets[key] = bullets.get(key, 0) + 1
            out[c.id] = f"{parent}, item {bullets[key]}" if parent else f"item {bullets[key]}"
            continue
        out[c.id] = join_number(parent, n)
    seen: dict[str, list[str]] = {}
    for cid, cite in out.items():
        seen.setdefault(cite, []).append(cid)
    for cite, ids in seen.items():
        if len(ids) < 2:
            continue
        for k, cid in enumerate(ids):
            c = index[cid]
            if c.heading and len({index[i].heading for i in ids}) == len(ids):
                out[cid] = f'{cite} ("{c.heading}")'
            elif tree.pages_known and len({index[i].page for i in ids}) == len(ids):
                out[cid] = f"{cite} on p. {c.page}"
            else:
                out[cid] = f"{cite} (occurrence {k + 1})"
    return out


def cite_number(number: str) -> str:
    """How a clause number is cited in prose: "clause 12.1", but "Article 7" and "第12条" as they are."""
    return number if _SELF_NAMED.match(number) else f"clause {number}"


def first_words(text: str, n: int) -> str:
    """At most ``n`` characters of the flattened text, cut with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a reader finds one clause, in the words every output uses (findings, reports, outlines).

    Built by :func:`cite` from a clause tree, or by the checks' ``ClauseInfo.where`` from the same facts
    of one clause.  ``path`` is the clause as cited (:func:`citations`, or its printed
    number); a clause without one is cited by its first words.  (How an inserted clause of a redline
    refers to the contract's own clauses, "Notwithstanding Section 4(a)", is contract wording and is
    written by ``redline/docx/wording.py``.)"""

    path: str | None  # "7.1(iv)", "Article 7", "第15条第2項", "“Definitions”", "Preamble"; None: cited by its words
    own_text: str  # the clause's own text (without its sub-clauses)
    label: str  # number and heading, or the first words: the outline's name for it
    page: int
    page_end: int
    pages_known: bool

    @property
    def prose(self) -> str:
        """In a sentence: "clause 12.1", "Article 7", or 'the clause "The Supplier may use…"'."""
        if self.path:
            return cite_number(self.path)
        words = self.own_text.split()
        return f'the clause "{" ".join(words[:5])}{"…" if len(words) > 5 else ""}"'

    @property
    def pages(self) -> str:
        """ "p. 4", "pp. 4-5", or "" for a Word or text file (no page is known)."""
        if not self.pages_known:
            return ""
        return f"p. {self.page}" if self.page == self.page_end else f"pp. {self.page}-{self.page_end}"

    @property
    def located(self) -> str:
        """The text report's reference: "clause 12.1, pp. 4-5", or the quoted first words and the page."""
        where = cite_number(self.path) if self.path else f'"{first_words(self.own_text, 30)}"'
        return f"{where}, {self.pages}" if self.pages else where

    @property
    def short(self) -> str:
        """A table cell: "12.1 (p. 4)" (the first page only), or the clause's label."""
        name = self.path or self.label
        return f"{name} (p. {self.page})" if self.pages_known else name


def cite(tree: ClauseTree, clause: Clause, cites: dict[str, str] | None = None) -> Citation:
    """The one way a clause is cited.  ``cites`` is ``tree.citations()`` when the caller already has it
    (it is computed over the whole tree)."""
    table = cites if cites is not None else tree.citations()
    return Citation(
        path=table.get(clause.id) or clause.number,
        own_text=tree.own_text(clause),
        label=clause.label,
        page=clause.page,
        page_end=clause.page_end,
        pages_known=tree.pages_known,
    )
