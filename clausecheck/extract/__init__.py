"""Extraction: one dispatch from a path to a :class:`~clausecheck.document.Document`.

The readers themselves live in ``pdf/``, ``docx/`` and ``text.py``; each is
imported only when a file of its kind is read (cold start matters).
"""

from __future__ import annotations

import stat
from pathlib import Path

from ..document import Document, SourceFile
from ..errors import InputError
from ..fileio import sha256_file, sniff_kind

#: Files larger than this are refused before reading (E111).
MAX_INPUT_BYTES = 512 * 1024 * 1024


#: An OLE compound file: what Word writes for a password-protected .docx (the package encrypted inside
#: an "EncryptedPackage" stream), and for the old .doc format.
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _holds(path: Path, needle: bytes, chunk: int = 1 << 20) -> bool:
    """True when ``needle`` occurs in the file (read in chunks; the size was checked before)."""
    tail = b""
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                return False
            if needle in tail + block:
                return True
            tail = block[-len(needle) :]


def source_file(path: str | Path) -> tuple[Path, SourceFile]:
    """Check that ``path`` is a readable, non-empty file of a supported kind."""
    p = Path(path)
    shown = str(path)
    if p.is_dir():
        raise InputError("E107", shown)
    if not p.exists():
        raise InputError("E101", shown)
    try:
        st = p.stat()
    except OSError as e:
        raise InputError("E108", shown, detail=e.strerror or type(e).__name__) from e
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block the read forever, or never end
        raise InputError("E118", shown)
    try:
        size = st.st_size
        with open(p, "rb") as fh:
            head = fh.read(8)
    except OSError as e:
        raise InputError("E108", shown, detail=e.strerror or type(e).__name__) from e
    if size == 0:
        raise InputError("E102", shown)
    if size > MAX_INPUT_BYTES:
        raise InputError("E111", shown, detail=f"{size / 2**20:.0f} MB, the limit is {MAX_INPUT_BYTES // 2**20} MB")
    kind = sniff_kind(p, head)
    if kind is None:
        raise InputError("E106", shown, suffix=p.suffix.lower() or "extension-less")
    if kind == "docx" and head.startswith(_CFB_MAGIC):  # an OLE compound file, not a zip package
        if _holds(p, "EncryptedPackage".encode("utf-16-le")):
            raise InputError("E119", shown)
        raise InputError(
            "E103",
            shown,
            kind="DOCX",
            detail="it is an older Word (.doc) or other Office file renamed .docx, not a .docx package",
        )
    if kind == "docx" and not head.startswith(b"PK"):
        raise InputError("E103", shown, kind="DOCX", detail="it is not a Word .docx package")
    if kind == "pdf" and not head.startswith(b"%PDF"):
        # A PDF suffix without the PDF signature: damaged or mislabelled.
        raise InputError("E103", shown, kind="PDF", detail="it does not start like a PDF file")
    return p, SourceFile(path=shown, sha256=sha256_file(p), kind=kind, size=size)


def extract(path: str | Path) -> Document:
    """Read ``path`` into a Document.  Raises InputError (E1xx) on bad input."""
    p, source = source_file(path)
    if source.kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(p, source)
    if source.kind == "docx":
        from .docx import read_docx

        return read_docx(p, source)
    from .text import read_text

    return read_text(p, source)


__all__ = ["extract", "source_file", "MAX_INPUT_BYTES"]
