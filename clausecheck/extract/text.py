"""Plain text and Markdown reader."""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Block, BlockKind, Document, Page, SourceFile
from ..errors import InputError, warning_message

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3001\u3002\u300c\u300d\uff08\uff09]")
_ISO2022_JP = re.compile(rb"\x1b\$[@B]|\x1b\$\(D")


def _utf16_without_bom(raw: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the bytes look like BOM-less UTF-16 (NULs in every other byte)."""
    sample = raw[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.4 and nul_even < 0.02:
        return "utf-16-le"
    if nul_even > 0.4 and nul_odd < 0.02:
        return "utf-16-be"
    return None


def _decode(raw: bytes, shown: str) -> tuple[str, str | None]:
    """Decode bytes; returns (text, encoding used if not UTF-8).

    Control characters other than tabs and line breaks become spaces; a file in
    which they are frequent is not text (E109).
    """
    text, encoding = _decode_raw(raw, shown)
    controls = _CONTROL.findall(text[:200_000])
    if controls and len(controls) > max(8, len(text[:200_000]) // 100):
        raise InputError("E109", shown)
    if controls:
        text = _CONTROL.sub(" ", text)
    return text, encoding


def _decode_raw(raw: bytes, shown: str) -> tuple[str, str | None]:
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw[3:].decode("utf-8", errors="strict"), None
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16"), "UTF-16"
        wide = _utf16_without_bom(raw)
        if wide:
            return raw.decode(wide), "UTF-16"
    except UnicodeDecodeError as e:
        raise InputError("E109", shown) from e
    if raw.isascii() and _ISO2022_JP.search(raw):  # 7-bit Japanese (e-mail's ISO-2022-JP): ASCII to UTF-8
        try:
            return raw.decode("iso2022_jp_ext"), "ISO-2022-JP"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise InputError("E109", shown)
    # Japanese legacy encodings first: Shift_JIS (Windows cp932) or EUC-JP (Unix), whichever yields
    # more kana.  Latin-1 bytes often decode as one of them too (as half-width katakana and kanji);
    # a Japanese text always has kana or Japanese punctuation.
    best: tuple[int, str, str] | None = None
    for enc, name in (("cp932", "cp932"), ("euc_jis_2004", "EUC-JP")):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        kana = len(_JAPANESE.findall(text[:200_000]))
        if kana and _plain(text) and (best is None or kana > best[0]):
            best = (kana, text, name)
    if best is not None:
        return best[1], best[2]
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError("E109", shown) from None
    if _plain(text):
        return text, "cp1252"
    raise InputError("E109", shown)


def _plain(text: str) -> bool:
    """No control characters (other than line breaks and tabs): a decoding that yields them is wrong."""
    return not any(ord(ch) < 32 and ch not in "\r\n\t\f" for ch in text[:20000])


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
        kind: BlockKind = "paragraph"
        if is_md:
            m = _MD_HEADING.match(line)
            if m:
                line = line[m.end() :].strip()
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
        blocks.append(
            Block(start=start, end=pos, page=1, page_end=1, kind=kind, bold=bold, caps=caps, source=f"l{len(blocks)}")
        )
        out.append("\n")
        pos += 1
    body = "".join(out).rstrip("\n")
    if not body.strip():
        raise InputError("E110", source.path)
    return Document(
        source=source,
        text=body,
        pages=(Page(number=1, start=0, end=len(body)),),
        blocks=tuple(blocks),
        warnings=tuple(warnings),
    )
