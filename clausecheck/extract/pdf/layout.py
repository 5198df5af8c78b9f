"""One page's reading order: lines, ruled tables, a column gutter, then visual rows.

Pages with more than ``LAYOUT_MAX_LINES`` lines skip the column and table analysis.
"""

from __future__ import annotations

from itertools import accumulate

from ...errors import warning_message
from .geometry import MAX_PAGE_CHARS, _page_objects, _PageReader
from .line import _is_cjk, _Line
from .tables import _insert_rows, _table_rows, _table_words, _tables

#: Above this many lines on a page, the page is read in pdfium's order without
#: column or table analysis (bounded time on machine-generated pages).
LAYOUT_MAX_LINES = 1500
#: Pages holding more page objects than this (and than 3 per text line) skip the ruled-table
#: search: one text object per glyph is common and walking them costs more than the text.
TABLE_MAX_OBJECTS = 600


def _find_gutter(rects: list[tuple[float, float, float, float]]) -> tuple[float, float] | None:
    """(x0, x1) of a column gutter: an empty vertical band with prose on both sides, or None."""
    if len(rects) < 12:
        return None
    xmin = min(r[0] for r in rects)
    xmax = max(r[2] for r in rects)
    width = xmax - xmin
    if width < 200:
        return None
    rects = [r for r in rects if r[2] - r[0] < 0.6 * width]  # full-width runs cross any gutter
    if len(rects) < 12:
        return None
    left_edge, right_edge = xmin + 0.75 * width, xmin + 0.25 * width
    if sum(1 for r in rects if r[2] < left_edge) < 6 or sum(1 for r in rects if r[0] > right_edge) < 6:
        return None  # no runs on one side of the middle band: one column
    # 2 pt bins, coarser only on absurd widths (text placed ~10^8 pt away), so memory stays bounded.
    step = max(2.0, width / 2048)
    nbins = int(width / step) + 1
    diff = [0] * (nbins + 2)
    for x0, _t, x1, _b in rects:
        a = max(int((x0 - xmin) / step), 0)
        b = min(int((x1 - xmin) / step), nbins)
        diff[a] += 1
        diff[b + 1] -= 1
    cover = list(accumulate(diff))
    lo, hi = int(0.25 * nbins), int(0.75 * nbins)
    allowed = max(1, len(rects) // 25)
    best = None
    run_start = None
    for k in range(lo, hi + 2):
        empty = k <= hi and cover[k] <= allowed
        if empty and run_start is None:
            run_start = k
        elif not empty and run_start is not None:
            if best is None or k - run_start > best[1] - best[0]:
                best = (run_start, k)
            run_start = None
    if best is None or (best[1] - best[0]) * step < 8.0:
        return None
    g0, g1 = xmin + best[0] * step, xmin + best[1] * step
    gx = (g0 + g1) / 2
    left = [r for r in rects if r[2] <= g0 + step]
    right = [r for r in rects if r[0] >= g1 - step]
    if len(left) < 6 or len(right) < 6:
        return None
    # Both sides hold prose: runs of a decent width, over an overlapping height.
    lw = sorted(r[2] - r[0] for r in left)[len(left) // 2]
    rw = sorted(r[2] - r[0] for r in right)[len(right) // 2]
    if lw < 0.25 * (gx - xmin) or rw < 0.25 * (xmax - gx):
        return None
    ltop, lbot = min(r[1] for r in left), max(r[3] for r in left)
    rtop, rbot = min(r[1] for r in right), max(r[3] for r in right)
    if min(lbot, rbot) - max(ltop, rtop) < 60:
        return None
    return g0, g1


def _order_rows(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; fragments on one baseline merged left to right."""
    lines.sort(key=lambda ln: (round(ln.y, 1), ln.x0))
    out: list[_Line] = []
    for ln in lines:
        if out:
            prev = out[-1]
            if (
                abs(ln.y - prev.y) <= 0.35 * max(prev.size, ln.size)
                and ln.x0 >= prev.x1 - 1
                and prev.hyph != "mark"
                and not ln.table_row
                and not prev.table_row
            ):
                gap = ln.x0 - prev.x1
                cjk = _is_cjk(prev.text[-1]) or _is_cjk(ln.text[0])
                sep = "" if gap < 0.15 * prev.size and cjk else " "
                prev.text = prev.text + sep + ln.text
                prev.x1 = ln.x1
                prev.hyph = ln.hyph
                continue
        out.append(ln)
    return out


def _order_columns(lines: list[_Line], gx: float) -> list[_Line]:
    """Read full-width lines in place; between them, the left column then the right one."""
    lines.sort(key=lambda ln: ln.y)
    out: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        out.extend(_order_rows(left))
        out.extend(_order_rows(right))
        left.clear()
        right.clear()

    for ln in lines:
        if ln.x1 <= gx + 2:
            left.append(ln)
        elif ln.x0 >= gx - 2:
            ln.col = 1
            right.append(ln)
        else:
            flush()
            ln.col = -1
            out.append(ln)
    flush()
    return out


def _read_page(pr: _PageReader, count: int, warnings: list[tuple[str, str]]) -> list[_Line]:
    R = pr.R
    if pr.load_text(count):
        warnings.append(
            (
                "W106",
                warning_message(
                    "W106",
                    detail=f"page {pr.number} holds {count} characters; only the first {MAX_PAGE_CHARS} were read.",
                ),
            )
        )
    pieces = pr.pieces()
    if not pieces:
        return []
    layout = len(pieces) <= LAYOUT_MAX_LINES
    tables = []
    if layout:
        paths, _image, _n = _page_objects(R, pr.page, max(TABLE_MAX_OBJECTS, 3 * len(pieces)))
        if len(paths) >= 4 and pr.rot == 0:
            tables = _tables(paths, pr.height)
    lines: list[_Line] = []
    table_words: list[tuple[float, float, str, int, bool]] = []
    made: list[tuple[_Line, int, int, str]] = []
    for first, last, hy in pieces:
        line = pr.make_line(first, last, hy)
        if line is None:
            continue
        if tables:
            hit = next((t for t in tables if t[1] - 1 <= line.y <= t[3] + 1 and t[0] - 2 <= line.x0 <= t[2] + 2), None)
            if hit is not None:
                table_words.extend(_table_words(pr, first, last, line.y, hit))
                continue
        made.append((line, first, last, hy))
    gx = None
    gutter = None  # with gx, the band between the columns
    if layout and len(made) >= 12:
        # pdfium's runs are needed only where its lines may hold two columns' text side by side
        # (about two runs a line); with one run a line, or one per word or glyph, the lines do.
        nrects = pr.R.FPDFText_CountRects(pr.tp, 0, -1)
        if 1.5 * len(pieces) <= nrects <= 4 * len(pieces) + 40:
            rects = pr.rects()
        else:
            rects = [(ln.x0, ln.top, ln.x1, ln.y) for ln, *_ in made]
        if tables:
            rects = [r for r in rects if not any(t[1] - 1 <= r[1] and r[3] <= t[3] + 1 for t in tables)]
        gutter = _find_gutter(rects)
        if gutter is not None:
            gx = (gutter[0] + gutter[1]) / 2
    for line, first, last, hy in made:
        if gutter is not None and line.x0 < gutter[0] and line.x1 > gutter[1]:
            lines.extend(pr.split_at(first, last, hy, gutter))
        else:
            lines.append(line)
    rows = _table_rows(table_words, tables, pr)
    if not layout:
        body = lines
    elif gx is None:
        body = _order_rows(lines)
    else:
        body = _order_columns(lines, gx)
    if rows:
        body = _insert_rows(body, rows)
    return body
