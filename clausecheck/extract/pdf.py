"""PDF reader: pypdfium2's text layer and line geometry, our own layout pass.

pdfplumber is exact but slow (a few pages a second); pdfium's text page gives
the text of a whole page in one call and the box of any character on demand.
This reader asks pdfium for the page text once, cuts it into pdfium's lines
and asks for geometry only at the ends of each line (a handful of calls per
line, not per character).  Per-character positions are read only where a line
must be cut (a column gutter or a ruled table).

The layout pass, per page:

1. lines: pdfium's text split at its line breaks and at its hyphen marks
   (U+FFFE / U+0002 where a word was hyphenated at a line end);
2. ruled tables: horizontal and vertical rulings found among the page's path
   objects make a grid; the characters inside become ``"cell | cell"`` rows;
3. columns: a vertical band that no text run (pdfium's text rectangles)
   crosses, with prose on both sides, is a gutter; the page is read column by
   column between full-width lines;
4. visual rows: fragments on the same baseline are merged, top to bottom.

Then, over the whole document: running headers, footers and page numbers are
found by repetition (the same line, digits masked, near the top or bottom of
several pages) and dropped; lines are joined into blocks (paragraphs, list
items, headings) using the vertical gap, indentation, line length, sentence
ends, bold/caps changes and clause-number starts; words hyphenated at a line
end are joined unless the hyphen belongs to a compound ("third-party").

All text is NFKC-normalised before it is placed in ``Document.text``, so every
offset refers to the normalised text (circled numbers such as ① are kept: they
are list markers).

pdfplumber is not used, not even for tables: finding the rulings among the
page objects and placing characters in the grid costs about a millisecond a
page here, against a few hundred for pdfplumber's table finder, and gives the
same rows on ruled tables.  Unruled tables are read as lines of text.

Limits: more than ``MAX_PAGES`` pages is refused (E111); a page is read up to
``MAX_PAGE_CHARS`` characters (W106 beyond); pages with more than
``LAYOUT_MAX_LINES`` lines skip the column and table analysis.
"""

from __future__ import annotations

import ctypes
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from ..document import Block, BlockKind, Document, Page, SourceFile
from ..errors import InputError, warning_message
from ..fileio import printable

#: More pages than this are refused (E111).
MAX_PAGES = 5000
#: Characters read from one page; the rest of a pathological page is dropped (W106).
MAX_PAGE_CHARS = 200_000
#: Above this many lines on a page, the page is read in pdfium's order without
#: column or table analysis (bounded time on machine-generated pages).
LAYOUT_MAX_LINES = 1500
#: Pages holding more page objects than this (and than 3 per text line) skip the ruled-table
#: search: one text object per glyph is common and walking them costs more than the text.
TABLE_MAX_OBJECTS = 600

_HYPHEN_MARKS = "\ufffe\x02"
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD = 1 << 18  # font descriptor flag
_OPAQUE_FONT = re.compile(r"^(?:cidfont.*|[a-z]{0,3}\d*|[a-z]\d+.*)$")  # "F1", "T3", "CIDFont+F2": no style in the name
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\ufeff\ufffe\uffff]")
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
_DIGITS = re.compile(r"\d+")
_PAGE_NUM = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*(\d{1,4})\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:/|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_FIRST_UNIT = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|.", re.DOTALL)
_GLYPH_CODES = re.compile(r"[\ufffd\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")
_WHITE = re.compile(r"\s")
_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")
_LINE_RUNS = re.compile(r"[^\r\n]+")
_WORD_RUN = re.compile(r"[^\s]+")
_LIST_END = re.compile(r"[;,]\s*(?:and|or|and/or)$|[;:]$")
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

#: First halves that form compounds with a hyphen ("non-exclusive", "third-party").
_COMPOUND_HEADS = frozenset(
    "non third sub co self pre post multi cross anti inter intra semi quasi ex well long short high low full "
    "half open real first second one two three four five six seven eight nine ten year day month "
    "machine cloud".split()
)


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    y: float  # baseline, measured down from the top of the page
    size: float
    bold: bool
    page: int  # 1-based
    hyph: str = ""  # "mark": pdfium's line-end hyphen mark; "dash": a "-" ends the line
    col_left: float = 0.0
    col_right: float = 0.0
    table_row: bool = False
    row_id: int = -1
    col: int = 0  # 0 = the only or left column, 1 = right column, -1 = across both
    caps: bool = False  # set by _build
    marker: bool = False  # starts with a clause number or bullet; set by _build

    @property
    def top(self) -> float:
        return self.y - self.size * 0.8


# --------------------------------------------------------------------------- pdfium access


class _Geo:
    """Reusable ctypes out-parameters for pdfium's geometry calls."""

    def __init__(self, raw) -> None:
        self.R = raw
        self.l, self.r, self.b, self.t = (ctypes.c_double() for _ in range(4))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.rect = raw.FS_RECTF()
        self.bold_names: dict[tuple[bytes, int], str] = {}
        self.name = ctypes.create_string_buffer(128)

    def box(self, tp, i: int) -> tuple[float, float, float, float]:
        self.R.FPDFText_GetCharBox(tp, i, self.l, self.r, self.b, self.t)
        return self.l.value, self.r.value, self.b.value, self.t.value

    def loose_height(self, tp, i: int) -> float:
        if self.R.FPDFText_GetLooseCharBox(tp, i, self.rect):
            return abs(self.rect.top - self.rect.bottom)
        return 0.0

    def origin(self, tp, i: int) -> tuple[float, float]:
        self.R.FPDFText_GetCharOrigin(tp, i, self.x, self.y)
        return self.x.value, self.y.value

    def bold(self, tp, i: int) -> bool:
        """Bold by the font's name or flags; by its weight only when the name says nothing ("F1")."""
        n = self.R.FPDFText_GetFontInfo(tp, i, self.name, 128, self.flags)
        if n <= 0:
            return False
        key = (self.name.raw[: max(0, min(n, 128) - 1)], self.flags.value)
        hit = self.bold_names.get(key)
        if hit is None:
            name = key[0].decode("latin-1").lower().split("+")[-1]
            if any(k in name for k in _BOLD_NAMES) or key[1] & _FORCE_BOLD:
                hit = "bold"
            elif _OPAQUE_FONT.match(name):
                hit = "weight"  # the name says nothing: ask for the weight each time
            else:
                hit = "regular"
            self.bold_names[key] = hit
        if hit == "weight":
            weight = self.R.FPDFText_GetFontWeight(tp, i)
            return 600 <= weight <= 1000
        return hit == "bold"


def _open(path: Path, shown: str):
    import pypdfium2 as pdfium
    import pypdfium2.raw as R

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code is None and "password" in str(e).lower():  # older pypdfium2: no err_code
            code = R.FPDF_ERR_PASSWORD
        if code == R.FPDF_ERR_PASSWORD:
            raise InputError("E104", shown) from e
        if code == R.FPDF_ERR_FILE:
            raise InputError("E108", shown, detail="the file cannot be opened") from e
        if code == R.FPDF_ERR_SECURITY:
            raise InputError("E104", shown) from e
        raise InputError("E103", shown, kind="PDF", detail=_pdfium_detail(e)) from e
    except OSError as e:
        raise InputError("E108", shown, detail=e.strerror or type(e).__name__) from e


def _pdfium_detail(e: Exception) -> str:
    msg = str(e)
    m = re.search(r"PDFium: ([^)]*)", msg)
    return (m.group(1) if m else msg or type(e).__name__).strip().rstrip(".").lower()


def _page_objects(R, page, limit: int) -> tuple[list[tuple[float, float, float, float]], bool, int]:
    """(thin path boxes as (x0, top, x1, bottom) in PDF units, has image, object count)."""
    n = R.FPDFPage_CountObjects(page)
    paths: list[tuple[float, float, float, float]] = []
    image = False
    if n > limit:
        return paths, True, n
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for k in range(n):
        obj = R.FPDFPage_GetObject(page, k)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == R.FPDF_PAGEOBJ_IMAGE or kind == R.FPDF_PAGEOBJ_FORM:
            image = True
        elif kind == R.FPDF_PAGEOBJ_PATH:
            if R.FPDFPageObj_GetBounds(obj, l, b, r, t):
                w, h = r.value - l.value, t.value - b.value
                if (w <= 3.0 and h >= 6.0) or (h <= 3.0 and w >= 6.0):
                    paths.append((l.value, b.value, r.value, t.value))
    return paths, image, n


# --------------------------------------------------------------------------- per page


class _PageReader:
    def __init__(
        self, R, geo: _Geo, page, textpage, number: int, width: float, height: float, rotation: int = 0
    ) -> None:
        """``width``/``height``: the unrotated page size; ``rotation``: the page's /Rotate (0/90/180/270)."""
        self.R, self.geo, self.page = R, geo, page
        self.textpage, self.tp = textpage, textpage.raw
        self.number = number
        self.pw, self.ph = width, height
        self.rot = rotation % 360 if rotation % 90 == 0 else 0
        # Display size: what the reader sees after the page's rotation.
        self.width, self.height = (height, width) if self.rot in (90, 270) else (width, height)
        self.text = ""
        self.index: list[int] | None = None  # python index -> pdfium char index, when they differ

    def ci(self, k: int) -> int:
        return k if self.index is None else self.index[k]

    def disp(self, x: float, y: float) -> tuple[float, float]:
        """A point in PDF page space -> (x, y measured down) as displayed."""
        rot = self.rot
        if rot == 0:
            return x, self.ph - y
        if rot == 90:
            return y, x
        if rot == 180:
            return self.pw - x, y
        return self.ph - y, self.pw - x

    def disp_box(self, left: float, right: float, bottom: float, top: float) -> tuple[float, float, float, float]:
        """A box in page space -> (x0, top, x1, bottom) as displayed."""
        ax, ay = self.disp(left, bottom)
        bx, by = self.disp(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def load_text(self, count: int) -> bool:
        """Read the page text; returns True when it was cut at MAX_PAGE_CHARS."""
        cut = count > MAX_PAGE_CHARS
        self.text = self.textpage.get_text_range(0, min(count, MAX_PAGE_CHARS))
        if _ASTRAL.search(self.text):
            index: list[int] = []
            unit = 0
            for ch in self.text:
                index.append(unit)
                unit += 2 if ord(ch) > 0xFFFF else 1
            self.index = index
        return cut

    # -- lines -------------------------------------------------------------------

    def pieces(self) -> list[tuple[int, int, str]]:
        """(first, last, hyph) python indices of pdfium's line pieces, inclusive, spaces trimmed."""
        out: list[tuple[int, int, str]] = []
        text = self.text
        has_marks = "\ufffe" in text or "\x02" in text
        for m in _LINE_RUNS.finditer(text):
            a, end = m.start(), m.end()
            while a < end:
                cut = end
                hy = ""
                if has_marks:
                    k1, k2 = text.find("\ufffe", a, end), text.find("\x02", a, end)
                    k = min(k for k in (k1, k2, end) if k >= 0)
                    if k < end:
                        cut, hy = k + 1, "mark"
                first, last = a, cut - 1
                while first <= last and text[first].isspace():
                    first += 1
                while last >= first and text[last].isspace():
                    last -= 1
                if first <= last and not (hy and first == last):
                    out.append((first, last, hy))
                a = cut
        return out

    def make_line(self, first: int, last: int, hy: str) -> _Line | None:
        geo, tp = self.geo, self.tp
        raw = self.text[first : last + 1]
        if hy != "mark" and raw.endswith("-") and len(raw) > 1 and not raw[-2].isspace():
            hy = "dash"
        if hy == "mark":
            raw = raw[:-1]
        text = _norm_line(raw)
        if not text:
            return None
        i0, i1 = self.ci(first), self.ci(last)
        l1, r1, b1, t1 = geo.box(tp, i1)
        if self.rot == 0:
            x0, oy = geo.origin(tp, i0)
            y, x1 = self.ph - oy, r1
        else:
            x0, y = self.disp(*geo.origin(tp, i0))
            x1 = self.disp_box(l1, r1, b1, t1)[2]
        # Size from a character inside the line: a bullet or a footnote mark at its start may be smaller.
        mid = (first + last) // 2
        if self.text[mid].isspace() and mid < last:
            mid += 1
        im = self.ci(mid)
        size = self.R.FPDFText_GetFontSize(tp, im)
        if not size or size < 3.0 or size > 200:
            # A font scaled by the text matrix reports its nominal size (often 1): measure instead.
            size = geo.loose_height(tp, im) or (t1 - b1) / 0.7
            size = min(max(size, 4.0), 200.0)
        if x1 < x0:  # right-to-left or rotated text: keep a sane box
            x0, x1 = min(x0, l1), max(x0, x1)
        return _Line(
            text=text,
            x0=x0,
            x1=x1,
            y=y,
            size=float(size),
            bold=geo.bold(tp, i0) and (i1 == i0 or geo.bold(tp, i1)),
            page=self.number,
            hyph=hy,
        )

    def split_at(self, first: int, last: int, hy: str, gutter: tuple[float, float]) -> list[_Line]:
        """Cut a piece that runs across an empty gutter into its left and right parts.

        A piece with a character inside the gutter band is a full-width line and stays whole.
        """
        geo, tp = self.geo, self.tp
        g0, g1 = gutter
        cut = None
        for k in range(first, last + 1):
            if self.text[k].isspace():
                continue
            x, _ = self.disp(*geo.origin(tp, self.ci(k)))
            if g0 + 1 < x < g1 - 1:
                cut = None
                break
            if x >= g1 - 1 and cut is None:
                cut = k
        if cut is None or cut <= first:
            line = self.make_line(first, last, hy)
            return [line] if line else []
        out = []
        left_last = cut - 1
        while left_last > first and self.text[left_last].isspace():
            left_last -= 1
        for a, b, h in ((first, left_last, ""), (cut, last, hy)):
            line = self.make_line(a, b, h)
            if line:
                out.append(line)
        return out

    # -- rects, columns, tables ------------------------------------------------------

    def rects(self) -> list[tuple[float, float, float, float]]:
        """pdfium's text rectangles (runs of text on one line) as (x0, top, x1, bottom)."""
        R, tp = self.R, self.tp
        n = R.FPDFText_CountRects(tp, 0, -1)
        geo = self.geo
        out = []
        get, ph, upright = R.FPDFText_GetRect, self.ph, self.rot == 0
        left, top_, right, bottom_ = geo.l, geo.t, geo.r, geo.b
        for k in range(n):
            if get(tp, k, left, top_, right, bottom_):
                if upright:
                    x0, x1 = left.value, right.value
                    if x1 - x0 > 0.5:
                        out.append((x0, ph - top_.value, x1, ph - bottom_.value))
                    continue
                x0, top, x1, bottom = self.disp_box(left.value, right.value, bottom_.value, top_.value)
                if x1 - x0 > 0.5:
                    out.append((x0, top, x1, bottom))
        return out


_KEEP_NFKC = re.compile(r"([\u2460-\u24ff\u2776-\u2793])")  # circled numbers: list markers, kept as printed


def _nfkc(raw: str) -> str:
    if raw.isascii():
        return raw
    if not _KEEP_NFKC.search(raw):
        return unicodedata.normalize("NFKC", raw)
    parts = _KEEP_NFKC.split(raw)
    return "".join(p if k % 2 else unicodedata.normalize("NFKC", p) for k, p in enumerate(parts))


#: Bullets that Symbol/Wingdings fonts leave in the private use area.
_PUA = re.compile(r"[\uf000-\uf0ff]")
_PUA_BULLETS = str.maketrans(
    {
        "\uf0b7": "\u2022",
        "\uf0a7": "\u25aa",
        "\uf06c": "\u25cf",
        "\uf06e": "\u25a0",
        "\uf076": "\u2756",
        "\uf0d8": "\u27a2",
        "\uf0fc": "\u2714",
        "\uf0e0": "\u2192",
        "\uf0e8": "\u2192",
        "\uf02d": "-",
    }
)


def _norm_line(raw: str) -> str:
    """NFKC, Symbol-font bullets mapped, control characters dropped, spaces collapsed, stripped."""
    if not raw.isascii():
        if _PUA.search(raw, 0, 3):
            raw = raw.translate(_PUA_BULLETS)
        raw = _nfkc(raw)
    if not raw.isprintable():  # tabs, controls, soft hyphens, odd spaces
        raw = _SPACES.sub(" ", _CTRL.sub("", raw))
    elif "  " in raw:
        raw = _SPACES.sub(" ", raw)
    return raw.strip()


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


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3000 <= o <= 0x30FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF
        or 0x2E80 <= o <= 0x2FDF
    )


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


# --------------------------------------------------------------------------- running headers / footers


_ROMAN_EDGE = re.compile(r"^[ivxlc]{1,6}\b|\b[ivxlc]{1,6}$")


_CLAUSE_START = re.compile(r"^(\(?#\)?[.)]?(#[.)]?)*\s|(article|section|clause|§|part|chapter|schedule|annex)\s*#|第#)")


def _key(text: str) -> str:
    key = _DIGITS.sub("#", " ".join(text.lower().split()))
    return _ROMAN_EDGE.sub("#", key)


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> int:
    """Remove running headers, footers and page numbers found by repetition; returns lines removed."""
    text_pages = [k for k, p in enumerate(pages) if p]
    if len(text_pages) < 2:
        return 0
    threshold = max(2, math.ceil(0.3 * len(text_pages)))
    places: dict[str, list[float]] = defaultdict(list)
    cands: list[tuple[int, _Line, str, float]] = []
    for k in text_pages:
        lines = pages[k]
        h = heights[k]
        by_y = sorted(lines, key=lambda ln: ln.y)
        edge = by_y[:3] + by_y[-3:] if len(by_y) > 6 else by_y
        for ln in edge:
            if ln.table_row:
                continue
            if not (ln.y < 0.22 * h or ln.y > 0.78 * h):
                continue
            key = _key(ln.text)
            if len(key) > 120:
                continue
            # Where it sits: distance from the top edge, or (negative) from the bottom edge.
            place = ln.y if ln.y < 0.5 * h else ln.y - h
            places[key].append(place)
            cands.append((k, ln, key, place))
    drop: set[int] = set()
    # Page numbers anywhere on the page (some conversions leave them in the body flow):
    # a line that is only a number, which tracks the page index with one fixed offset.
    numbered: list[tuple[int, _Line, int]] = []
    for k in text_pages:
        for ln in pages[k]:
            m = _PAGE_NUM.match(ln.text) if len(ln.text) <= 24 and not ln.table_row else None
            if m:
                numbered.append((k, ln, int(m.group(1)) - (k + 1)))
    offsets = Counter(off for _k, _ln, off in numbered)
    if offsets:
        best, hits = offsets.most_common(1)[0]
        if hits >= threshold:
            done: set[int] = set()
            for k, ln, off in numbered:
                if off == best and k not in done:
                    drop.add(id(ln))
                    done.add(k)
    # Running lines sit at the same place on every page: keep the occurrences near the key's
    # usual place (a repeated signature line lower or higher on some pages is not one).
    usual = {key: sorted(v)[len(v) // 2] for key, v in places.items() if len(v) >= threshold}
    seen: dict[str, set[int]] = defaultdict(set)
    digits: dict[str, set[str]] = defaultdict(set)
    inliers: list[tuple[_Line, str]] = []
    for k, ln, key, place in cands:
        if key in usual and abs(place - usual[key]) <= max(12.0, 0.025 * heights[k]):
            seen[key].add(k)
            digits[key].add("".join(_DIGITS.findall(ln.text)))
            inliers.append((ln, key))
    for ln, key in inliers:
        if len(seen[key]) < threshold:
            continue
        if not _LETTER.search(key):
            # Only numbers and punctuation: a page number if the numbers change from page to page.
            if len(digits[key]) < max(2, len(seen[key]) // 2):
                continue
        elif len(digits[key]) > 1 and _CLAUSE_START.match(key) and "page" not in key:
            # "12. Fees" / "Article 7" at the top of each page: numbered headings whose numbers
            # change are the contract's own clauses, not a running header.
            continue
        drop.add(id(ln))
    if not drop:
        return 0
    removed = 0
    for k in text_pages:
        before = len(pages[k])
        pages[k] = [ln for ln in pages[k] if id(ln) not in drop]
        removed += before - len(pages[k])
    return removed


# --------------------------------------------------------------------------- blocks


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds of the document, leaving out the halves of line-end hyphenations."""
    counts = Counter(_WORDS.findall("\n".join(ln.text for ln in lines).lower()))
    after_hyphen = False
    for ln in lines:  # take back the fragments next to line-end hyphens ("infor" / "mation")
        if after_hyphen or ln.hyph:
            found = _WORDS.findall(ln.text.lower())
            if found and after_hyphen:
                counts[found[0]] -= 1
            if found and ln.hyph and (len(found) > 1 or not after_hyphen):
                counts[found[-1]] -= 1
        after_hyphen = bool(ln.hyph)
    words: set[str] = set()
    compounds: set[str] = set()
    for w, n in counts.items():
        if n <= 0:
            continue
        if "-" in w:
            compounds.add(w)
            words.update(w.split("-"))
        else:
            words.add(w)
    return words, compounds


class _Hyphens:
    """Line-end hyphen decisions; the document's vocabulary is collected on first use."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self._vocab: tuple[set[str], set[str]] | None = None

    @property
    def words(self) -> set[str]:
        return self._load()[0]

    @property
    def compounds(self) -> set[str]:
        return self._load()[1]

    def _load(self) -> tuple[set[str], set[str]]:
        if self._vocab is None:
            self._vocab = _vocabulary(self.lines)
        return self._vocab

    def keep(self, head_text: str, tail_text: str) -> bool:
        """Keep the hyphen between the last word of ``head_text`` and the first of ``tail_text``?"""
        hm = re.search(r"([^\W_]+)$", head_text)
        tm = re.match(r"([^\W_]+)", tail_text)
        if not hm or not tm:
            return True
        head, tail = hm.group(1), tm.group(1)
        if tail[0].isupper() or tail[0].isdigit() or head[-1].isdigit():
            return True
        h, t = head.lower(), tail.lower()
        if h + t in self.words:
            return False
        if f"{h}-{t}" in self.compounds:
            return True
        if h in _COMPOUND_HEADS:
            return True
        if len(h) >= 3 and len(t) >= 3 and h in self.words and t in self.words:
            return True
        return False


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


# --------------------------------------------------------------------------- entry point


def _glyph_codes(text: str) -> bool:
    """Text that is mostly unmapped glyph codes (no usable ToUnicode)."""
    sample = text[:5000]
    bad = len(_GLYPH_CODES.findall(sample))
    if not bad:
        return False
    solid = len(sample) - len(_WHITE.findall(sample))
    return solid >= 20 and bad > 0.3 * solid


def _metadata(pdf) -> tuple[tuple[str, str], ...]:
    """Title, author, subject and producer from the document information dictionary, if readable."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - metadata is a nicety, never a reason to fail
        return ()
    out = []
    for key in ("Title", "Author", "Subject", "Creator", "Producer"):
        value = info.get(key)
        if value:
            value = _norm_line(str(value))[:300]
            if value:
                out.append((key.lower(), value))
    return tuple(out)


def _ranges(nums: list[int]) -> str:
    out = []
    start: int | None = None
    prev = 0  # set with start
    for n in nums:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(out)


def _attachments(pdf, limit: int = 1000) -> list[str]:
    """The names of the files attached to the PDF (a portfolio's documents, an embedded schedule)."""
    try:
        count = min(int(pdf.count_attachments()), limit)
    except Exception:  # noqa: BLE001 - a damaged name tree: nothing we can list
        return []
    names = []
    for i in range(count):
        try:
            names.append(str(pdf.get_attachment(i).get_name()) or f"attachment {i + 1}")
        except Exception:  # noqa: BLE001
            names.append(f"attachment {i + 1}")
    return names


def _text_rotation(R, tp, count: int, rotation: int, sample: int = 400) -> tuple[int, bool]:
    """The rotation that shows the page's text upright: the direction most of its characters run in.

    A page is normally displayed with its /Rotate, and its text then reads left to right.  But a
    page may be shown turned (/Rotate 90 or 180 over ordinary text: a landscape schedule saved
    sideways), or its text may be drawn sideways or upside down on an unrotated page.  Read as
    displayed, such lines come out scrambled; read in the text's own direction, they are whole.
    pdfium gives each character's angle (clockwise, in page space); the text is upright when the
    page is turned by that angle counter-clockwise.  Also says whether a good part of the text runs
    in another direction (a sideways note or stamp beside upright text), which stays out of order.
    """
    if count <= 0:
        return rotation % 360, False
    votes: dict[int, int] = {}
    step = max(1, count // sample)
    for i in range(0, count, step):
        ch = R.FPDFText_GetUnicode(tp, i)
        if ch <= 32 or R.FPDFText_IsGenerated(tp, i) == 1:
            continue
        angle = R.FPDFText_GetCharAngle(tp, i)
        if angle < 0:
            continue
        quarter = round(math.degrees(angle) / 90) % 4
        votes[quarter] = votes.get(quarter, 0) + 1
    if not votes:
        return rotation % 360, False
    total = sum(votes.values())
    quarter, n = max(votes.items(), key=lambda kv: kv[1])
    mixed = total - n >= max(10, total // 10)
    if n * 2 <= total:  # no clear direction: keep the page as displayed
        return rotation % 360, mixed
    return (360 - quarter * 90) % 360, mixed


def read_pdf(path: Path, source: SourceFile) -> Document:
    """Read a PDF into a Document (see the module docstring).  Raises InputError E103/E104/E105/E111."""
    import pypdfium2.raw as R

    shown = source.path
    pdf = _open(path, shown)
    try:
        try:
            count = len(pdf)
        except Exception as e:  # noqa: BLE001 - pdfium failures on broken page trees
            raise InputError("E103", shown, kind="PDF", detail="its page tree is broken") from e
        if count <= 0:
            raise InputError("E103", shown, kind="PDF", detail="it has no pages")
        if count > MAX_PAGES:
            raise InputError("E111", shown, detail=f"{count} pages, the limit is {MAX_PAGES}")
        geo = _Geo(R)
        metadata = _metadata(pdf)
        warnings: list[tuple[str, str]] = []
        attached = _attachments(pdf)
        if attached:  # a PDF portfolio: the contracts are often the attachments, not the cover page
            shown_names = ", ".join(printable(n) for n in attached[:5]) + (", ..." if len(attached) > 5 else "")
            warnings.append(("W109", warning_message("W109", count=len(attached), names=shown_names)))
        pages: list[list[_Line]] = []
        heights: list[float] = []
        no_text: list[int] = []
        glyphs: list[int] = []
        blank: list[int] = []
        turned: list[int] = []  # pages whose text runs sideways or upside down as displayed
        mixed: list[int] = []  # pages with text in more than one direction
        for k in range(count):
            try:
                page = pdf[k]
            except Exception as e:  # noqa: BLE001
                raise InputError("E103", shown, kind="PDF", detail=f"page {k + 1} cannot be read") from e
            try:
                try:
                    width, height = page.get_size()
                    rotation = page.get_rotation()
                    tp = page.get_textpage()
                except Exception as e:  # noqa: BLE001 - pdfium cannot build the page's text
                    raise InputError("E103", shown, kind="PDF", detail=f"page {k + 1} cannot be read") from e
                try:
                    n = tp.count_chars()
                    upright, mixed_here = _text_rotation(R, tp.raw, n, rotation)
                    if upright != rotation % 360:
                        turned.append(k + 1)
                    if mixed_here:
                        mixed.append(k + 1)
                    pr = _PageReader(R, geo, page.raw, tp, k + 1, width, height, upright)
                    lines: list[_Line] = []
                    if n > 0:
                        lines = _read_page(pr, n, warnings)
                        if lines and _glyph_codes(pr.text):
                            glyphs.append(k + 1)
                            lines = []
                    if not lines and k + 1 not in glyphs:
                        _p, image, _n = _page_objects(R, page.raw, 2000)
                        (no_text if image else blank).append(k + 1)
                finally:
                    tp.close()
            finally:
                page.close()
            pages.append(lines)
            heights.append(pr.height)
    finally:
        pdf.close()
    if not any(pages):
        raise InputError("E105", shown)  # scanned, image-only or glyph codes only
    if no_text:
        warnings.append(("W101", warning_message("W101", pages=_ranges(no_text))))
    if glyphs:
        warnings.append(("W102", warning_message("W102", pages=_ranges(glyphs))))
    if turned:
        warnings.append(("W108", warning_message("W108", pages=_ranges(turned))))
    if mixed:
        warnings.append(("W110", warning_message("W110", pages=_ranges(mixed))))
    _drop_furniture(pages, heights)
    builder = _build(pages)
    text = "".join(builder.parts)
    if not text.strip():
        raise InputError("E105", shown)
    ocr = set(no_text) | set(glyphs)
    page_objs: list[Page] = []
    last_end = 0
    for number in range(1, count + 1):
        start = max(builder.page_first.get(number, last_end), last_end)
        end = max(builder.page_last.get(number, start), start)
        page_objs.append(Page(number=number, start=start, end=end, needs_ocr=number in ocr))
        last_end = end
    return Document(
        source=source,
        text=text,
        pages=tuple(page_objs),
        blocks=tuple(builder.blocks),
        warnings=tuple(warnings),
        metadata=metadata,
    )


__all__ = ["read_pdf", "MAX_PAGES", "MAX_PAGE_CHARS"]
