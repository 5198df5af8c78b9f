"""Numbers as lists print them, both ways: shared by extract, segment, checks and redline.

Reading: :func:`roman_value`, :func:`alpha_value`, :func:`kanji_value` and :func:`to_int` turn ``"iv"``,
``"bb"``, ``"二十三"`` or ``"１２"`` into integers (the numbering grammar in ``segment/numbering.py`` uses
them). Writing: :func:`format_number` renders a counter in any Word number format (``w:numFmt``), as the
Word extractor shows automatic numbers and the redline builder writes them; :func:`to_roman`,
:func:`to_letters` and the others are its parts. A leaf module: it imports nothing of clausecheck.
"""

from __future__ import annotations

import re
import unicodedata

BULLET = "\u2022"

#: numFmt values rendered as "no number".
NONE_FORMATS = frozenset({"none"})

# --- reading -----------------------------------------------------------------

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN_RE = re.compile(r"^(m{0,3})(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def roman_value(s: str) -> int | None:
    """Value of a (well-formed) roman numeral, any case; None if it is not one."""
    s = s.lower()
    if not s or len(s) > 12 or not _ROMAN_RE.match(s):
        return None
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _ROMAN_VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total or None


def alpha_value(s: str) -> int | None:
    """a=1 ... z=26, aa=27, bb=28 ... (repeated letters, as legal lists continue after z)."""
    s = s.lower()
    if not s or not s.isascii() or not s.isalpha():
        return None
    if len(s) == 1:
        return ord(s) - 96
    if len(s) <= 3 and len(set(s)) == 1:
        return (ord(s[0]) - 96) + 26 * (len(s) - 1)
    return None


_KANJI_DIGIT_VALUES = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_value(s: str) -> int | None:
    """Value of a kanji numeral (一, 十二, 二十三, 百五); None if it is not one."""
    if not s or len(s) > 8:
        return None
    total = 0
    current = 0
    seen_digit_run = False
    for ch in s:
        if ch in _KANJI_DIGIT_VALUES:
            current = current * 10 + _KANJI_DIGIT_VALUES[ch] if seen_digit_run else _KANJI_DIGIT_VALUES[ch]
            seen_digit_run = True
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
            seen_digit_run = False
        else:
            return None
    return total + current


def to_int(s: str) -> int | None:
    """Integer value of ASCII or full-width digits (``"１２"`` -> 12), or a kanji numeral."""
    s = s.strip()
    if not s:
        return None
    norm = unicodedata.normalize("NFKC", s)
    if norm.isascii() and norm.isdigit():
        return int(norm)
    return kanji_value(s)


# --- writing -----------------------------------------------------------------

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_WORDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_KANJI_DIGITS = "〇一二三四五六七八九"
_IDEOGRAPH_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_IDEOGRAPH_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン"


def to_roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa... (not a spreadsheet's aa, ab)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def to_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + (" and " + to_words(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    sep = " and " if 0 < rest < 100 else " "
    return to_words(thousands) + " thousand" + (sep + to_words(rest) if rest else "")


def to_ordinal_words(n: int) -> str:
    words = to_words(n)
    head, sep, last = words.rpartition("-") if "-" in words.rsplit(" ", 1)[-1] else words.rpartition(" ")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def to_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def to_kanji(n: int) -> str:
    """Japanese/Chinese counting numerals: 一, 十, 十一, 二十, 百, 千 (up to 9999)."""
    if n == 0:
        return _KANJI_DIGITS[0]
    out = []
    for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, value)
        if digit:
            out.append(("" if digit == 1 else _KANJI_DIGITS[digit]) + mark)
    if n:
        out.append(_KANJI_DIGITS[n])
    return "".join(out)


def _cyclic(table: str, n: int) -> str:
    return table[(n - 1) % len(table)]


def custom_width(fmt_format: str | None) -> int | None:
    """Zero-padding width of a w14 custom format such as ``"001, 002, 003, ..."``."""
    if not fmt_format:
        return None
    first = fmt_format.split(",", 1)[0].strip()
    if first.isdigit() and first.startswith("0"):
        return len(first)
    return None


def format_number(n: int, fmt: str, fmt_format: str | None = None) -> str:
    """Render the counter value ``n`` in Word number format ``fmt`` (``w:numFmt/@w:val``).

    Unknown formats fall back to decimal, as do values a format cannot show
    (zero or negative in roman or letters, roman above 3999).
    """
    if fmt in NONE_FORMATS:
        return ""
    if fmt == "bullet":
        return BULLET
    if fmt == "decimal" or n <= 0 and fmt not in ("decimalZero", "custom"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperRoman", "lowerRoman"):
        if n >= 4000:
            return str(n)
        roman = to_roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("upperLetter", "lowerLetter"):
        if n > 780:  # Word stops at 30 repeated letters
            return str(n)
        letters = to_letters(n)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt == "ordinal":
        return to_ordinal(n)
    if fmt in ("cardinalText", "ordinalText"):
        if n >= 1_000_000:
            return str(n)
        words = to_words(n) if fmt == "cardinalText" else to_ordinal_words(n)
        return words[:1].upper() + words[1:]
    if fmt in ("decimalEnclosedParen",):
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2", "decimalHalfWidth"):
        if fmt == "decimalHalfWidth":
            return str(n)
        return "".join(chr(ord(ch) - ord("0") + 0xFF10) for ch in str(n))
    if fmt in (
        "japaneseCounting",
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseLegal",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographLegalTraditional",
        "koreanCounting",
        "chineseLegalSimplified",
    ):
        return to_kanji(n) if n < 10000 else str(n)
    if fmt in ("japaneseDigitalTenThousand", "taiwaneseDigital", "koreanDigital"):
        return "".join(_KANJI_DIGITS[int(ch)] for ch in str(n))
    if fmt == "ideographTraditional":
        return _cyclic(_IDEOGRAPH_TRADITIONAL, n)
    if fmt == "ideographZodiac":
        return _cyclic(_IDEOGRAPH_ZODIAC, n)
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _cyclic(_AIUEO, n)
    if fmt in ("iroha", "irohaFullWidth"):
        return _cyclic(_IROHA, n)
    if fmt == "hex":
        return f"{n:X}"
    if fmt == "custom":
        width = custom_width(fmt_format)
        return f"{n:0{width}d}" if width else str(n)
    return str(n)
