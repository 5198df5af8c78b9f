"""pdfium access: opening the file, page objects, and the text and geometry of one page.

``_PageReader`` cuts pdfium's page text into line pieces and asks for geometry only at the ends
of each piece (per character only where a piece must be cut at a column gutter); ``_Geo`` holds
the reusable ctypes out-parameters.  ``_text_rotation`` finds the direction the page's text runs in.
"""

from __future__ import annotations

import ctypes
import math
import re
from pathlib import Path

from ...errors import InputError
from .line import _Line, _norm_line

#: Characters read from one page; the rest of a pathological page is dropped (W106).
MAX_PAGE_CHARS = 200_000
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD = 1 << 18  # font descriptor flag
_OPAQUE_FONT = re.compile(r"^(?:cidfont.*|[a-z]{0,3}\d*|[a-z]\d+.*)$")  # "F1", "T3", "CIDFont+F2": no style in the name
_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")
_LINE_RUNS = re.compile(r"[^\r\n]+")


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
