"""The line record the PDF layout pass works on, and the text clean-up every line goes through.

``_Line`` is one line of a page as read (its text, box, font size and boldness); the later steps
add its column, table row and block cues.  ``_norm_line`` applies NFKC (keeping circled list
numbers), maps Symbol-font bullets, drops control characters and collapses spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\ufeff\ufffe\uffff]")


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
