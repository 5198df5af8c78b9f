"""Ruled tables: the grid found among a page's rulings, and the words inside it as ``"cell | cell"`` rows."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from .geometry import _PageReader
from .line import _Line, _norm_line

_HYPHEN_MARKS = "\ufffe\x02"
_WORD_RUN = re.compile(r"[^\s]+")


def _merge(vals: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(vals):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _tables(paths, height: float) -> list[tuple[float, float, float, float, list[float], list[float]]]:
    """Ruled grids: (x0, top, x1, bottom, column edges, row edges) in top-down coordinates."""
    horiz = [(l, height - t, r, height - b) for l, b, r, t in paths if (t - b) <= 3.0]
    vert = [(l, height - t, r, height - b) for l, b, r, t in paths if (r - l) <= 3.0]
    if len(horiz) < 2 or len(vert) < 2:
        return []
    # Cluster the rulings into connected boxes.
    items = horiz + vert
    boxes: list[list[float]] = []
    for x0, t, x1, b in sorted(items, key=lambda it: it[1]):
        for box in boxes:
            if x0 <= box[2] + 2 and x1 >= box[0] - 2 and t <= box[3] + 2 and b >= box[1] - 2:
                box[:] = [min(box[0], x0), min(box[1], t), max(box[2], x1), max(box[3], b)]
                break
        else:
            boxes.append([x0, t, x1, b])
    # Merge boxes that now touch.
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, c = boxes[i], boxes[j]
                if a[0] <= c[2] + 2 and a[2] >= c[0] - 2 and a[1] <= c[3] + 2 and a[3] >= c[1] - 2:
                    boxes[i] = [min(a[0], c[0]), min(a[1], c[1]), max(a[2], c[2]), max(a[3], c[3])]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    out = []
    for x0, top, x1, bottom in boxes:
        if x1 - x0 < 40 or bottom - top < 10:
            continue
        cols = _merge(
            [(v[0] + v[2]) / 2 for v in vert if x0 - 2 <= v[0] <= x1 + 2 and v[1] < bottom - 1 and v[3] > top + 1], 3.0
        )
        rows = _merge(
            [(h[1] + h[3]) / 2 for h in horiz if top - 2 <= h[1] <= bottom + 2 and h[0] < x1 - 1 and h[2] > x0 + 1], 2.0
        )
        if len(cols) < 3 or len(rows) < 2:
            continue  # a frame around text (one column) is not a table
        out.append((x0, top, x1, bottom, cols, rows))
    return out


def _table_words(pr: _PageReader, first: int, last: int, y: float, table) -> list[tuple[float, float, str, int, bool]]:
    """(x, y, word, table id, glued) for the words of a piece inside a ruled table.

    pdfium runs the cells of a row together with a space between them, so a cell
    boundary can only fall between words: one position per word is enough.
    ``glued`` marks a word that ends with a line-end hyphen mark (joined to the next).
    """
    out = []
    tid = id(table)
    text = pr.text
    for m in _WORD_RUN.finditer(text, first, last + 1):
        word = m.group(0)
        glued = word[-1] in _HYPHEN_MARKS
        if glued:
            word = word[:-1]
        x, _ = pr.geo.origin(pr.tp, pr.ci(m.start()))
        out.append((x, y, word, tid, glued))
    return out


def _table_rows(words, tables, pr: _PageReader) -> list[_Line]:
    """Ruled-table words -> one _Line per row, cells joined with " | "."""
    if not words:
        return []
    by_id = {id(t): (k, t) for k, t in enumerate(tables)}
    cells: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    for x, y, word, tid, glued in words:
        ti, t = by_id[tid]
        c = bisect_right(t[4], x) - 1
        r = bisect_right(t[5], y) - 1
        parts = cells[(ti, max(r, 0), max(c, 0))]
        parts.append(word)
        parts.append("" if glued else " ")
    out: list[_Line] = []
    grouped: dict[tuple[int, int], dict[int, str]] = defaultdict(dict)
    for (ti, r, c), parts in cells.items():
        text = _norm_line("".join(parts))
        if text:
            grouped[(ti, r)][c] = text
    for (ti, r), row in sorted(grouped.items()):
        t = tables[ti]
        ncols = len(t[4]) - 1
        texts = [row.get(c, "") for c in range(max(ncols, max(row) + 1))]
        while texts and not texts[-1]:
            texts.pop()
        line_text = " | ".join(texts)
        if not line_text.strip(" |"):
            continue
        rows = t[5]
        y = rows[r] + 8 if r < len(rows) else t[1]
        out.append(
            _Line(
                text=line_text,
                x0=t[0],
                x1=t[2],
                y=y,
                size=10.0,
                bold=False,
                page=pr.number,
                table_row=True,
                row_id=ti * 10000 + r,
            )
        )
    return out


def _insert_rows(body: list[_Line], rows: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    rows = sorted(rows, key=lambda r: r.y)
    k = 0
    for ln in body:
        while k < len(rows) and rows[k].y <= ln.y:
            out.append(rows[k])
            k += 1
        out.append(ln)
    out.extend(rows[k:])
    return out
