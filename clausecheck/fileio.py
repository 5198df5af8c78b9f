"""File helpers: hashing, atomic writes, input-type sniffing.  A leaf module."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

SUPPORTED_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


#: The longest file name (in bytes) most file systems take, and Linux's longest path.
NAME_MAX = 255
PATH_MAX = 4096

# Characters a file name may hold that would corrupt a terminal, a spreadsheet or a report: C0/C1
# controls (ESC starts terminal escape sequences) and the bidirectional overrides that reorder text.
_BIDI = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}


def _unsafe(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o < 0xA0 or o in _BIDI or 0xDC80 <= o <= 0xDCFF


def printable(name: str, keep: str = "") -> str:
    """``name`` safe to print and store: bytes that were not UTF-8 (held by Python as lone surrogates)
    become ``\\xNN``, control and bidirectional-override characters ``\\xNN`` / ``\\uNNNN`` (except
    those in ``keep``, such as the line breaks of a message)."""
    if not any(_unsafe(ch) and ch not in keep for ch in name):
        return name
    out = []
    for ch in name:
        o = ord(ch)
        if ch in keep:
            out.append(ch)
        elif 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif _unsafe(ch):
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)


def name_problem(name: str) -> str | None:
    """Why a file name cannot be shown faithfully in reports, or None."""
    if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in name):
        return "bytes that are not UTF-8"
    if any(_unsafe(ch) for ch in name):
        return "control characters"
    return None


def _short(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8 (never inside a character)."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= limit:
        return name
    return raw[:limit].decode("utf-8", "ignore")


def write_atomic(path: str | Path, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    A reader never sees a half-written file: either the old content or the new.  The temporary
    name is ``.<start of the name>.<random>.tmp``, short enough for any file name ``path`` may have.
    """
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{_short(path.name, 64)}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def sniff_kind(path: str | Path, head: bytes | None = None) -> str | None:
    """The input kind ("pdf", "docx", "txt", "md") from the content first, then the suffix.

    Returns None for a type clausecheck does not read.
    """
    path = Path(path)
    if head is None:
        try:
            with open(path, "rb") as fh:
                head = fh.read(8)
        except OSError:
            head = b""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and suffix in (".docx", ".docm", ".dotx"):
        return "docx"
    return SUPPORTED_SUFFIXES.get(suffix)
