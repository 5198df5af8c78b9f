"""The PDF reader's entry point: every page read, furniture dropped, blocks built, into a Document."""

from __future__ import annotations

import re
from pathlib import Path

from ...document import Document, Page, SourceFile
from ...errors import InputError, warning_message
from ...fileio import printable
from .blocks import _build
from .furniture import _drop_furniture
from .geometry import _Geo, _open, _page_objects, _PageReader, _text_rotation
from .layout import _read_page
from .line import _Line, _norm_line

#: More pages than this are refused (E111).
MAX_PAGES = 5000
_GLYPH_CODES = re.compile(r"[\ufffd\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff]")
_WHITE = re.compile(r"\s")


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
