"""The numbering grammar: what a clause number at the start of a paragraph looks like.

:func:`parse_marker` reads the number (if any) at the start of one block's text
and returns a :class:`Marker`: the number as printed, its *style* (the
"numbering style" a reader keeps track of: ``(a)`` letters, ``(i)`` romans,
``1.1`` decimals ...), its ordinal value and, for absolute numbers, the full
path (``5.2`` -> ``(5, 2)``).  The parse is context free; ambiguous markers such
as ``(i)`` (the letter after ``(h)``, or roman one) carry every reading in
``readings`` and the tree builder (``tree.py``) picks one from the sequence.

Absolute styles (dotted decimals, ``Section``/``Article``/``Clause``/``Part``
keywords, ``第N条``) say where they belong by themselves; relative styles
(letters, romans, ``(1)``, ``一``, ``①``, bullets) nest under whatever is open,
as a reader sees them.

Nothing here raises on arbitrary text; every pattern is anchored and bounded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..numformats import alpha_value, kanji_value, roman_value, to_int

__all__ = [
    "Marker",
    "Reading",
    "parse_marker",
    "roman_value",
    "alpha_value",
    "kanji_value",
    "to_int",
    "KEYWORD_RANK",
]

#: How far into a block a marker (plus its separator) may reach.
MAX_MARKER_CHARS = 40


@dataclass(frozen=True, slots=True)
class Reading:
    """One interpretation of a marker: a numbering style and the ordinal in it."""

    style: str  # "decimal", "paren-lower-alpha", "kw-article", ...
    value: int  # ordinal of the last component (1-based; 0 for "12.0"-style zeros)


@dataclass(frozen=True, slots=True)
class Marker:
    """A clause number found at the start of a block."""

    label: str  # as printed, whitespace collapsed, trailing "." dropped: "12.1", "(b)", "Article 7"
    readings: tuple[Reading, ...]  # first is the preferred reading
    path: tuple[int, ...]  # absolute styles: the full number ("5.2" -> (5, 2)); () for relative styles
    absolute: bool  # decimals and keywords place themselves; letters/romans nest relative to the open ones
    schedule: bool  # Schedule / Annex / Exhibit / Appendix / 別紙: a new top-level part
    rank: float  # absolute styles: lower = higher in the outline (Part 0, Article 1, "1." 2, "1.1" 3 ...)
    end: int  # offset in the text just after the marker and its separator
    bare: bool = False  # a bare integer ("2", "２", "2."): a Japanese paragraph number or weak decimal
    weak: bool = False  # might be ordinary text ("30 days", "1.5 times"): accept only if the sequence fits

    @property
    def style(self) -> str:
        return self.readings[0].style

    @property
    def value(self) -> int:
        return self.readings[0].value


_KATAKANA_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_KATAKANA_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"

# ---------------------------------------------------------------------------
# Patterns (all anchored at the block start)

_D = r"[0-9０-９]"
_SEP = r"[ \t\u3000]"

# 1.  1.1  1.1.1  12.0  1.1(a)  1.1(a)(i)  1000.  ; bare 1 ; optional trailing dot or ")"
_DECIMAL = re.compile(
    rf"(?P<num>{_D}{{1,4}}(?:[.．]{_D}{{1,3}}){{0,5}})"
    r"(?P<sub>(?:\((?:[a-z]{1,3}|[ivxlc]{1,6}|[0-9]{1,3}|[A-Z]{1,2})\)){0,3})"
    r"(?P<dot>[.．](?![0-9０-９])|\))?"
)
# A.1  B.9.12 (letter-prefixed decimals, as attachments number them)
_ADECIMAL = re.compile(r"(?P<letter>[A-Z])\.(?P<num>[0-9]{1,3}(?:\.[0-9]{1,3}){0,4})(?P<dot>\.(?![0-9]))?")
# (a) (iv) (A) (1) （１） (aa) (イ)
_PAREN = re.compile(
    r"(?P<open>[(（])\s{0,2}(?P<tok>[0-9０-９]{1,3}|[a-zA-Zａ-ｚＡ-Ｚ]{1,6}|[一二三四五六七八九十]{1,3}|[ア-ヴ])\s{0,2}(?P<close>[)）])"
)
# a)  1)  iv)   a.  A.  iv.  IV.
_RPAREN = re.compile(r"(?P<tok>[a-z]{1,6}|[0-9]{1,3})\)")
_DOTALPHA = re.compile(r"(?P<tok>[a-zA-Z]{1,6})[.．](?=[ \t\u3000]|$)")
# Keywords: Section 5.2, § 5, ARTICLE XII, Article 7, Clause 9, Part 1, Schedule 2, Annex A
_KEYWORDS = {
    "section": "kw-section",
    "sec.": "kw-section",
    "sect.": "kw-section",
    "§": "kw-section",
    "§§": "kw-section",
    "clause": "kw-clause",
    "article": "kw-article",
    "art.": "kw-article",
    "part": "kw-part",
    "chapter": "kw-part",
    "schedule": "schedule",
    "annex": "schedule",
    "annexure": "schedule",
    "exhibit": "schedule",
    "appendix": "schedule",
    "attachment": "schedule",
    "addendum": "schedule",
    "rider": "schedule",
}
_KEYWORD = re.compile(
    r"(?P<kw>section|sect\.|sec\.|§§|§|clause|article|art\.|part|chapter|schedule|annexure|annex|exhibit|appendix|"
    r"attachment|addendum|rider)"
    r"(?![a-z])[ \t\u00a0]{0,3}"
    r"(?P<num>(?:[0-9]{1,4}(?:\.[0-9]{1,3}){0,4}(?:\([a-z0-9]{1,4}\)){0,2})|(?:[IVXLCivxlc]{1,7}(?:\.[0-9]{1,3}){0,3}(?![A-Za-z]))|"
    r"(?:[A-Z](?:\.?[0-9]{1,2})?(?![A-Za-z]))|(?:[０-９]{1,3}))?"
    r"(?P<dot>\.(?![0-9]))?",
    re.IGNORECASE,
)
# 第12条 第 10 条 第１２条 第十二条 第3条の2 ; 第1章 ; 第2節
_JA = re.compile(
    r"第[ \u3000]{0,2}(?P<num>[0-9０-９]{1,3}|[一二三四五六七八九十百〇]{1,5})[ \u3000]{0,2}(?P<unit>条|章|節|款)"
    r"(?P<sub>の[0-9０-９一二三四五六七八九十]{1,3})?"
)
_JA_DEEPER = re.compile(
    r"[ \u3000]{0,2}第[ \u3000]{0,2}(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}[項号]"
)
_JA_SCHEDULE = re.compile(
    r"(?P<kw>別紙|別表|別添|付属書類|附属書類|付録|付属書|附属書|附則|付則)"
    r"(?:[ \u3000]{0,2}第?(?P<num>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))?"
)
_KANJI_ITEM = re.compile(r"(?P<tok>[一二三四五六七八九十]{1,3})(?:[ \u3000]|[、．.](?=\S))")
_CIRCLED = re.compile(r"(?P<tok>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])")
_BULLET = re.compile(
    r"(?P<tok>[\u2022\u25cf\u25e6\u25aa\u25a0\u25a1\u2023\u2043\u2219\u00b7\u30fb\uf0b7\uf0a7\u2013\u2014*\-])(?=[ \t\u3000])"
)

_AFTER = re.compile(r"[ \t\u3000\u00a0]*(?:[-–—:：．.]\s*(?=\S)|[-–—:：][ \t\u3000]*$)?[ \t\u3000\u00a0]*")


def _circled_value(ch: str) -> int:
    o = ord(ch)
    if 0x2460 <= o <= 0x2473:
        return o - 0x2460 + 1
    if 0x3251 <= o <= 0x325F:
        return o - 0x3251 + 21
    return o - 0x32B1 + 36


def _ws(s: str) -> str:
    return " ".join(s.split())


def _after_marker(text: str, pos: int, *, separators: bool = True) -> int:
    """Skip the separator (spaces, tab, a dash or colon) after a marker."""
    if not separators:
        while pos < len(text) and text[pos] in " \t\u3000\u00a0":
            pos += 1
        return pos
    m = _AFTER.match(text, pos)
    return m.end() if m else pos


def _boundary_ok(text: str, pos: int) -> bool:
    """A marker must be followed by the end, white space, or (typed without a space) an opening/capital."""
    if pos >= len(text):
        return True
    ch = text[pos]
    return ch in " \t\u3000\u00a0" or ch in "“\"'‘(「（[" or ch.isupper() or _is_cjk(ch)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF66 <= o <= 0xFF9F


_LOWER_WORD = re.compile(r"[a-z]")


def _next_is_lower(text: str, pos: int) -> bool:
    """The text after the marker starts with a lower-case word (reads like a running sentence)."""
    return bool(_LOWER_WORD.match(text, pos))


def _continues_reference(text: str, pos: int) -> bool:
    """After "Section 5.2": a lower-case word, a comma or "of" means a cross-reference, not a heading."""
    if pos >= len(text):
        return False
    rest = text[pos : pos + 12]
    if rest[:1] in ",;)":
        return True
    return bool(re.match(r"[a-z]", rest))


#: Rank of the keyword styles among absolute styles (lower = higher in the outline).
KEYWORD_RANK = {"kw-part": 0.0, "ja-chapter": 0.0, "ja-section": 0.5, "kw-article": 1.0, "ja-article": 1.0}


def _decimal_rank(depth: int) -> float:
    return 1.0 + depth


def parse_marker(text: str) -> Marker | None:
    """The clause number at the start of ``text`` (one block), or None.

    ``text`` should be the block's text with leading white space removed.
    """
    if not text:
        return None
    head = text[: MAX_MARKER_CHARS + 200]
    ch = head[0]
    if ch == "第":
        return _parse_ja(head)
    if ch in "別付附":
        return _parse_ja_schedule(head)
    if ch in "(（":
        return _parse_paren(head)
    if _CIRCLED.match(head):
        v = _circled_value(ch)
        return Marker(ch, (Reading("circled", v),), (), False, False, 9.0, _after_marker(head, 1, separators=False))
    if ch.isdigit():  # ASCII and full-width digits
        return _parse_decimal(head)
    if ch in "一二三四五六七八九十":
        m = _KANJI_ITEM.match(head)
        if m:
            v = kanji_value(m.group("tok")) or 1
            return Marker(
                m.group("tok"),
                (Reading("kanji", v),),
                (),
                False,
                False,
                9.0,
                _after_marker(head, m.end(), separators=False),
            )
        return None
    if _BULLET.match(head):
        return Marker(ch, (Reading("bullet", 1),), (), False, False, 9.0, _after_marker(head, 1, separators=False))
    if ch == "§" or ch.isalpha():
        kw = _parse_keyword(head)
        if kw is not None:
            return kw
        m = _ADECIMAL.match(head)
        if m and _boundary_ok(head, m.end()):
            parts = tuple(int(p) for p in m.group("num").split("."))
            letter = ord(m.group("letter")) - 64
            path = (letter, *parts)
            label = f"{m.group('letter')}.{m.group('num')}"
            end = m.end()
            return Marker(
                label,
                (Reading(f"adecimal-{len(path)}", path[-1]),),
                path,
                True,
                False,
                _decimal_rank(len(path)),
                _after_marker(head, end),
                weak=_next_is_lower(head, _after_marker(head, end)),
            )
        if ch.isascii():
            m = _RPAREN.match(head)
            if m and _boundary_ok(head, m.end()):
                return _relative_token(m.group("tok"), "rparen", head, m.end(), label=m.group(0))
            m = _DOTALPHA.match(head)
            if m:
                tok = m.group("tok")
                if len(tok) > 1 and roman_value(tok) is None:
                    return None  # "No." "Mr." "Ltd." ...
                return _relative_token(tok, "dot", head, m.end(), label=tok)
    return None


def _relative_token(tok: str, shape: str, text: str, end: int, *, label: str) -> Marker | None:
    """Letters / romans / digits in a relative shape ("paren", "rparen", "dot")."""
    norm = unicodedata.normalize("NFKC", tok)
    readings: list[Reading] = []
    if norm.isdigit():
        readings.append(Reading(f"{shape}-digit", int(norm)))
    elif norm.isascii() and norm.isalpha():
        case = "lower" if norm.islower() else "upper" if norm.isupper() else None
        if case is None:
            return None
        a = alpha_value(norm)
        r = roman_value(norm)
        if a is not None:
            readings.append(Reading(f"{shape}-{case}-alpha", a))
        if r is not None:
            readings.append(Reading(f"{shape}-{case}-roman", r))
        if not readings:
            return None
        # A single letter reads first as a letter; longer roman numerals ("iv") first as romans.
        if len(norm) > 1 and r is not None:
            readings.sort(key=lambda rd: 0 if rd.style.endswith("roman") else 1)
    else:
        k = kanji_value(norm)
        if k is not None:
            readings.append(Reading(f"{shape}-kanji", k))
        elif len(norm) == 1 and norm in _KATAKANA_AIUEO + _KATAKANA_IROHA:
            if norm in _KATAKANA_AIUEO:
                readings.append(Reading(f"{shape}-kana", _KATAKANA_AIUEO.index(norm) + 1))
            if norm in _KATAKANA_IROHA:
                readings.append(Reading(f"{shape}-iroha", _KATAKANA_IROHA.index(norm) + 1))
        else:
            return None
    return Marker(_ws(label), tuple(readings), (), False, False, 9.0, _after_marker(text, end, separators=False))


def _parse_paren(text: str) -> Marker | None:
    m = _PAREN.match(text)
    if not m:
        return None
    if not _boundary_ok(text, m.end()) and not _next_is_lower(text, m.end()):
        return None
    return _relative_token(m.group("tok"), "paren", text, m.end(), label=m.group(0))


def _parse_decimal(text: str) -> Marker | None:
    m = _DECIMAL.match(text)
    if not m:
        return None
    end = m.end()
    num = unicodedata.normalize("NFKC", m.group("num"))
    sub = m.group("sub") or ""
    dot = m.group("dot") or ""
    if end < len(text):
        nxt = text[end]
        # "1,000", "1.5%", "10am", "3rd", "2024-01": not numbers of clauses.
        if nxt.isdigit() or nxt in ",%/:-_" or (nxt.isalpha() and nxt.islower() and not dot):
            return None
        if not (_boundary_ok(text, end) or (dot and nxt.isalpha())):
            return None
    parts = [int(p) for p in num.split(".")]
    if dot == ")":
        if len(parts) != 1 or sub:
            return None
        return _relative_token(str(parts[0]), "rparen", text, end, label=m.group(0))
    sub_values: list[int] = []
    for tok in re.findall(r"\(([^)]*)\)", sub):
        v = alpha_value(tok) if tok.isalpha() and len(tok) == 1 else None
        if v is None:
            v = roman_value(tok) if tok.isalpha() else int(tok) if tok.isdigit() else None
        if v is None:
            v = alpha_value(tok) or 1
        sub_values.append(v)
    # "12.0" is clause 12 (the ".0" marks the clause's own heading line).
    if len(parts) == 2 and parts[1] == 0 and not sub_values:
        parts = parts[:1]
    path = tuple(parts + sub_values)
    label = _ws(m.group("num") + sub)
    body = _after_marker(text, end)
    bare = len(parts) == 1 and not sub_values and "." not in m.group("num") and "．" not in m.group("num")
    weak = (
        bare
        and not dot
        or _next_is_lower(text, body)
        or (len(parts) > 1 and not dot and not sub and body >= len(text))  # "2.5" alone
    )
    if bare and not dot and body >= len(text):
        return None  # a lone "12": a page number
    depth = len(path)
    return Marker(
        label,
        (Reading(f"decimal-{depth}", path[-1]),),
        path,
        True,
        False,
        _decimal_rank(depth),
        body,
        bare=bare and len(m.group("num")) <= 3,
        weak=weak,
    )


def _keyword_number(num: str) -> tuple[tuple[int, ...], bool] | None:
    """Path of a keyword's number ("5.2", "XII", "A", "B1"); second item: it was a letter."""
    if not num:
        return (), False
    n = unicodedata.normalize("NFKC", num)
    if n[0].isdigit():
        m = re.match(r"([0-9.]+)((?:\([a-z0-9]+\))*)", n)
        if not m:
            return None
        parts = [int(p) for p in m.group(1).strip(".").split(".") if p]
        for tok in re.findall(r"\(([^)]*)\)", m.group(2)):
            parts.append(int(tok) if tok.isdigit() else (alpha_value(tok) or roman_value(tok) or 1))
        return tuple(parts), False
    head, _, tail = n.partition(".")
    r = roman_value(head)
    if r is not None and (len(head) > 1 or head in "IVXivx"):
        rest = tuple(int(p) for p in tail.split(".") if p.isdigit()) if tail else ()
        return (r, *rest), False
    if len(n) >= 1 and n[0].isalpha() and n[0].isascii():
        letter = ord(n[0].upper()) - 64
        after = n[1:].lstrip(".")
        return ((letter, int(after)) if after.isdigit() else (letter,)), True
    return None


def _parse_keyword(text: str) -> Marker | None:
    m = _KEYWORD.match(text)
    if not m:
        return None
    kw_raw = m.group("kw")
    kw = kw_raw.lower()
    style = _KEYWORDS.get(kw)
    if style is None:
        return None
    num = m.group("num") or ""
    # Keyword casing: "Section", "SECTION", "§"; not "section" (a running sentence).
    if kw_raw[0].islower():
        return None
    parsed = _keyword_number(num)
    if parsed is None:
        return None
    path, _letter = parsed
    end = m.end()
    if not num:
        # "SCHEDULE" / "Annex" alone on its line is a schedule heading; "Section" alone is not a number.
        if style != "schedule":
            return None
        rest = text[end:].strip()
        label = kw_raw
        if rest and not re.match(r"[-–—:.]", rest):
            if not (kw_raw.isupper() and rest.isupper()):
                return None
            # "SCHEDULE OF FEES": the whole line is the heading.
            return Marker(label, (Reading("schedule", 0),), (), True, True, -1.0, 0)
        end = len(kw_raw)
    else:
        label = _ws(f"{kw_raw} {num}") if kw_raw not in ("§", "§§") else _ws(text[: m.start("num")] + num)
    body = _after_marker(text, end)
    if _continues_reference(text, body) or (body < len(text) and text[body : body + 1].isdigit()):
        return None  # "Section 5.2 of this Agreement", "Schedule 2 sets out"
    if body == end and end < len(text) and not text[end].isspace():
        return None  # "Sections", "Articles", "Clauses"
    if style == "schedule":
        return Marker(label, (Reading("schedule", path[-1] if path else 0),), path, True, True, -1.0, body)
    if style == "kw-section" or style == "kw-clause":
        rank = _decimal_rank(len(path))
    else:
        rank = KEYWORD_RANK[style]
    return Marker(label, (Reading(f"{style}-{len(path)}", path[-1]),), path, True, False, rank, body)


def _parse_ja(text: str) -> Marker | None:
    m = _JA.match(text)
    if not m:
        return None
    value = to_int(m.group("num"))
    if value is None:
        return None
    unit = m.group("unit")
    style = {"条": "ja-article", "章": "ja-chapter", "節": "ja-section", "款": "ja-section"}[unit]
    label = _ws(m.group(0))
    end = m.end()
    if end < len(text) and ("\u3041" <= text[end] <= "\u309f" or text[end] in "、。，．・"):
        return None  # "第5条の規定により", "第5条に定める": a reference in a running sentence
    if _JA_DEEPER.match(text, end):
        return None  # "第2条第1項に定める" at the start of a wrapped line: a heading never names its 項 or 号
    sub = m.group("sub")
    path: tuple[int, ...] = (value,)
    if sub:
        path = (value, to_int(sub[1:]) or 1)
    return Marker(
        label,
        (Reading(style, value),),
        path,
        True,
        False,
        KEYWORD_RANK[style],
        _after_marker(text, end, separators=False),
    )


def starts_ja_heading(text: str) -> bool:
    """Whether ``text`` starts with a Japanese article, chapter or schedule keyword (第5条, 第2章, 別紙1)."""
    return bool(_JA.match(text) or _JA_SCHEDULE.match(text))


def _parse_ja_schedule(text: str) -> Marker | None:
    m = _JA_SCHEDULE.match(text)
    if not m:
        return None
    end = m.end()
    if end < len(text) and text[end] not in " \u3000\t（(「：:":
        return None  # "別紙に定める", "付属書類の" : references, not headings
    value = to_int(m.group("num") or "") or 0
    return Marker(
        _ws(m.group(0)),
        (Reading("schedule", value),),
        (value,) if value else (),
        True,
        True,
        -1.0,
        _after_marker(text, end, separators=False),
    )
