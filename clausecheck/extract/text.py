"""Plain text and Markdown reader."""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Block, Document, Page, SourceFile
from ..errors import InputError, warning_message

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _decode(raw: bytes, shown: str) -> tuple[str, str | None]:
    """Decode bytes; returns (text, encoding used if not UTF-8)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise InputError("E109", shown)
    for enc in ("cp932", "cp1252"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        # Reject decodings full of control characters: not text.
        bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if bad == 0:
            return text, enc
    raise InputError("E109", shown)


def read_text(path: Path, source: SourceFile) -> Document:
    raw = path.read_bytes()
    text, encoding = _decode(raw, source.path)
    warnings: list[tuple[str, str]] = []
    if encoding:
        warnings.append(("W104", warning_message("W104", encoding=encoding)))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    is_md = source.kind == "md"
    out: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for raw_line in text.split("\n"):
        line = raw_line.replace("\t", " ").strip()
        if not line:
            continue
        bold = False
        kind = "paragraph"
        if is_md:
            m = _MD_HEADING.match(line)
            if m:
                line = line[m.end():].strip()
                kind = "heading"
                bold = True
            if line.startswith(("- ", "* ", "+ ")):
                line = "\u2022 " + line[2:].strip()
            stripped = _MD_EMPHASIS.sub(r"\2", line)
            if stripped != line and _MD_EMPHASIS.fullmatch(line):
                bold = True
            line = stripped
        if not line:
            continue
        start = pos
        out.append(line)
        pos += len(line)
        letters = [ch for ch in line if ch.isalpha()]
        caps = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 2
        blocks.append(Block(start=start, end=pos, page=1, page_end=1, kind=kind, bold=bold, caps=caps,
                            source=f"l{len(blocks)}"))
        out.append("\n")
        pos += 1
    body = "".join(out).rstrip("\n")
    if not body.strip():
        raise InputError("E110", source.path)
    return Document(source=source, text=body, pages=(Page(number=1, start=0, end=len(body)),),
                    blocks=tuple(blocks), warnings=tuple(warnings))
