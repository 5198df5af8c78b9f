"""Lines joined into blocks (paragraphs, list items, headings, table rows) over the whole document.

A new block starts on the vertical gap, indentation, line length, sentence ends, bold/caps
changes and clause-number starts; ``_Builder`` writes the text and records the blocks and
where each page's text begins and ends.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ...document import Block, BlockKind
from .hyphens import _Hyphens
from .line import _is_cjk, _Line

_SENT_END = tuple(".:;!?。．！？")
_HARD_END = tuple(".:!?。．！？")
_CLOSERS = "\"'”’)]」』）"
_MARKER = re.compile(
    r"""^(?:
        \d{1,3}(?:\.\d{1,3})+\.?(?=\s|$|[\u3000-\u9fff])  # 12.1  1.2.3.
      | \d{1,3}[.)](?=\s|$|[\u3000-\u9fff])               # 12.  3)  1.本契約
      | \(\s?(?:\d{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6})\s?\)(?=\s|$|[\u3000-\u9fff])   # (a) (iv) (12)
      | [A-Z]\.(?:\d{1,3}\.?)*(?=\s|$)                   # A.  B.9.16
      | [a-z][.)](?=\s|$)                                # a.  b)
      | [ivx]{1,5}[.)](?=\s|$)                           # iv.
      | (?i:article|section|clause|schedule|annex|exhibit|appendix|attachment|part)\s+[0-9IVXLCA-Z]{1,6}\b
      | 第\s*[0-9一二三四五六七八九十百千]+\s*[条章項]
      | [\u2460-\u24ff\u2776-\u2793]                    # circled numbers
      | [\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2219\u00b7\u2013\u2014*-](?=\s)   # bullets
    )""",
    re.X,
)
_WORD_MARKER = re.compile(r"^(?i:article|section|clause|schedule|annex|exhibit|appendix|attachment|part)\s")
_FIRST_UNIT = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|.", re.DOTALL)
_LIST_END = re.compile(r"[;,]\s*(?:and|or|and/or)$|[;:]$")


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return t.endswith(_SENT_END)


def _caps(text: str) -> bool:
    if not text.isupper():  # fast path: most lines have a lower-case letter
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 2 and all(ch.isupper() for ch in letters) and any(ch.isascii() for ch in letters)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.page_first: dict[int, int] = {}
        self.page_last: dict[int, int] = {}
        self.cur: list[_Line] = []
        self.cur_text = ""
        self.cur_offsets: list[int] = []

    def flush(self) -> None:
        if not self.cur:
            return
        text = self.cur_text.rstrip()
        lines, offsets = self.cur, self.cur_offsets
        self.cur, self.cur_text, self.cur_offsets = [], "", []
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.pos += 1
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        first = lines[0]
        bold = all(ln.bold for ln in lines)
        caps = _caps(text)
        kind: BlockKind
        if first.table_row:
            kind = "table_row"
        elif first.marker:
            kind = "list_item"
        elif len(lines) == 1 and len(text) <= 120 and (bold or caps) and not text.endswith("."):
            kind = "heading"
        else:
            kind = "paragraph"
        indent = round(max(0.0, first.x0 - first.col_left), 1) if not first.table_row else None
        self.blocks.append(
            Block(
                start=start,
                end=self.pos,
                page=first.page,
                page_end=lines[-1].page,
                kind=kind,
                bold=bold,
                caps=caps,
                indent=indent,
                source=f"pg{first.page}b{len(self.blocks)}",
            )
        )
        for ln, off in zip(lines, offsets):
            self.page_first.setdefault(ln.page, start + off)
            self.page_last[ln.page] = min(start + off + len(ln.text), self.pos)

    def add(self, ln: _Line, hyphens: _Hyphens) -> None:
        if not self.cur:
            self.cur, self.cur_text, self.cur_offsets = [ln], ln.text, [0]
            return
        prev = self.cur[-1]
        sep = " "
        text = ln.text
        if prev.hyph == "mark":
            sep = "-" if hyphens.keep(self.cur_text, text) else ""
        elif prev.hyph == "dash":
            sep = ""
        elif _is_cjk(self.cur_text[-1]) or _is_cjk(text[0]):
            sep = ""
        self.cur.append(ln)
        self.cur_offsets.append(len(self.cur_text) + len(sep))
        self.cur_text = self.cur_text + sep + text


def _pitch(lines: list[_Line]) -> float:
    gaps = [
        b.y - a.y
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and 0 < b.y - a.y < 3 * a.size and abs(a.size - b.size) < 0.6
    ]
    if not gaps:
        return 0.0
    gaps.sort()
    return gaps[len(gaps) // 2]


def _short(prev: _Line, ln: _Line, col_right: float) -> bool:
    """The line stopped early: the next line's first word would have fitted after it."""
    if prev.x1 >= col_right - 8.0:
        return False
    first = _FIRST_UNIT.match(ln.text)
    assert first is not None  # the pattern matches the first character of any non-empty line
    word = first.group(0)
    if _is_cjk(word[0]):
        need = ln.size * 1.0
    else:
        # Average advance per character on the next line (its own font and spacing).
        avg = (ln.x1 - ln.x0) / max(len(ln.text), 1)
        if not 0.2 * ln.size <= avg <= 1.2 * ln.size:
            avg = 0.5 * ln.size
        need = (len(word) + 1) * avg
    return prev.x1 + max(need, 6.0) < col_right - 2.0


def _new_block(prev: _Line, ln: _Line, first_of_block: bool, pitch: float) -> bool:
    if ln.table_row or prev.table_row:
        return not (ln.table_row and prev.table_row and ln.row_id == prev.row_id)
    if prev.hyph == "mark":
        return False
    # A page break or a jump up to the next column: only text cues decide.
    same_page = prev.page == ln.page and ln.y >= prev.y - 2
    col_right = max(prev.col_right, prev.x1)
    short = _short(prev, ln, col_right)
    ends = _ends_sentence(prev.text)
    marker = ln.marker
    if same_page:
        gap = ln.y - prev.y
        if ln.x0 >= prev.x1 and gap < prev.size * 0.5:  # beside the previous line: another region
            return True
        step = pitch if pitch and abs(prev.size - ln.size) < 0.6 else max(prev.size, ln.size) * 1.2
        if gap > step + max(2.0, 0.2 * step):
            return True
    if abs(prev.size - ln.size) > 1.5:
        return True
    if prev.bold != ln.bold and (prev.bold and not ln.bold) and (short or ends or first_of_block):
        return True
    if prev.caps and not ln.caps and (short or first_of_block):
        return True
    if marker:
        bold_start = ln.bold and not prev.bold
        if _WORD_MARKER.match(ln.text) and not (ends or short or bold_start):
            return False
        if short or bold_start or prev.text.rstrip(_CLOSERS).endswith(_HARD_END):
            return True
        if _LIST_END.search(prev.text) and abs(ln.x0 - prev.x0) > 3:
            return True
        if first_of_block and abs(ln.x0 - prev.x0) <= 3 and prev.marker:
            return True  # one-line item followed by the next item at the same indent
        if not first_of_block and ln.x0 < prev.x0 - 3 and same_page:
            return True
        return False  # a number wrapped to the start of a line inside a sentence
    if short:
        return True
    if not first_of_block:
        if ln.x0 > prev.x0 + 8 and same_page:
            return True  # first-line indent of a new paragraph
        if ln.x0 < prev.x0 - 8 and same_page:
            return True  # outdent: the next item starts further left
    if not same_page and ends:
        return True
    return False


def _edges(group: list[_Line]) -> tuple[float, float]:
    """The left edge most lines start at and the right edge most lines reach."""
    lefts = Counter(round(ln.x0) for ln in group)
    need = max(1, len(group) // 20)
    left = min((x for x, c in lefts.items() if c >= need), default=min(lefts))
    rights = sorted(ln.x1 for ln in group)
    return float(left), rights[int(0.9 * (len(rights) - 1))]


def _assign_columns(lines: list[_Line]) -> None:
    """Record, per line, the left and right edge of its column (for indents and short lines)."""
    if not lines:
        return
    page = _edges(lines)
    by_col: dict[int, list[_Line]] = defaultdict(list)
    for ln in lines:
        by_col[ln.col].append(ln)
    for col, group in by_col.items():
        left, right = page if col < 0 or len(by_col) == 1 else _edges(group)
        for ln in group:
            ln.col_left, ln.col_right = left, right


def _build(pages: list[list[_Line]]) -> _Builder:
    builder = _Builder()
    flat: list[_Line] = []
    for lines in pages:
        _assign_columns(lines)
        flat.extend(lines)
    for ln in flat:
        ln.caps = _caps(ln.text)
        ln.marker = bool(_MARKER.match(ln.text))
    hyphens = _Hyphens(flat)
    pitch = _pitch(flat)
    prev: _Line | None = None
    for ln in flat:
        if prev is not None and _new_block(prev, ln, len(builder.cur) <= 1, pitch):
            builder.flush()
        builder.add(ln, hyphens)
        prev = ln
    builder.flush()
    return builder
