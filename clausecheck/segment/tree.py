"""Build the clause tree from a document's blocks, reading the numbering as a lawyer does.

One pass over the blocks with a stack of the clauses that are open (the path from
the top level to the clause being read).  Each block either starts a clause (a
number, a heading, a definition, a schedule or signature block) or continues the
clause read last, so the clauses' own spans tile the blocks by construction:
a clause owns its blocks from its first one up to the next clause's first one.

Placement of a numbered block (see ``_Builder._place``):

* *absolute* numbers (``5.2``, ``Section 5.2``, ``ARTICLE XII``, ``第12条``) find an
  open sibling of the same style or an open clause whose number is their prefix
  (``5`` for ``5.2``); failing that they close the open clauses of the same or a
  lower rank and nest under what remains (an Article, a Schedule, a heading);
* *relative* numbers (``(a)``, ``(i)``, ``(1)``, ``a.``, ``一``, ``①``, bullets) find
  an open sibling of the same style, or start a new, deeper list;
* each reading of an ambiguous marker (``(i)``: letter 9 or roman 1) is scored by
  how well it continues the sequence, and the best reading wins; a roman ``(ii)``
  that follows a ``(i)`` read as a letter re-reads that ``(i)`` as roman one;
* weak candidates (a bare ``2`` at the start of a line, ``1.5 times``) count as
  numbers only when they continue the sequence; a Word list level
  (``Block.level``, for automatic numbers) overrides the grammar.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..document import Block, Clause, ClauseTree, Document
from .numbering import MAX_MARKER_CHARS, Marker, Reading, parse_marker, starts_ja_heading

__all__ = ["build_tree", "block_heading_like", "definition_term"]

#: Only the start of a block is examined for numbers, headings and definitions.
HEAD_CHARS = 400

# ---------------------------------------------------------------------------
# Block-level text tests


_LEAD = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")
_STRAY = re.compile(
    r"(?:[-–—\s]*[0-9]{1,4}[-–—\s]*"
    r"|(?:page|p\.|pg\.?)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?"
    r"|[0-9]{1,4}\s*(?:/|of)\s*[0-9]{1,4}"
    r"|[-–—\s]*[ivxlc]{1,6}[-–—\s]*"
    r"|\[\s*[0-9]{1,4}\s*\]"
    r"|[０-９]{1,4}"
    r"|[-－]\s*[0-9０-９]{1,4}\s*[-－]"
    r"|\(?(?:continued|cont(?:'|’)d|intentionally left blank|signature page follows|remainder of page "
    r"intentionally left blank)[^a-z]{0,3}\)?)",
    re.IGNORECASE,
)
_TOC = re.compile(r"(?:\.{3,}|…{2,}|(?:\.\s){3,}|\t|\s{3,}|·{3,})\s*[0-9ivxlc]{1,4}$", re.IGNORECASE)
_HAS_ALNUM = re.compile(r"\w")


def _is_stray(text: str) -> bool:
    """A page number, a separator line or similar: never starts a clause."""
    t = text.strip()
    if not t:
        return True
    if not _HAS_ALNUM.search(t):
        return True
    if len(t) <= 60 and _STRAY.fullmatch(t):
        return True
    return False


def _is_toc(text: str) -> bool:
    """A table-of-contents line: "1. Definitions ........ 3"."""
    t = text.rstrip()
    if not t or len(t) > 160 or t[-1] not in "0123456789ivxlcIVXLC":
        return False
    return bool(_TOC.search(t[-40:])) and bool(re.search(r"[A-Za-z\u3040-\u9fff]", t))


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x2E80 <= o <= 0x2FDF


def _has_cjk(s: str) -> bool:
    return any(_is_cjk(ch) for ch in s[:80])


_VERBS = frozenset(
    """is are was were be been being shall will may must means mean has have had does do did agrees agree agreed
    acknowledges acknowledge can could should would might includes include represents undertakes hereby
    survives applies""".split()
)
_STOP = frozenset(
    """of and the to for in on or a an by with under its at from as & de vs per into upon between against without
    not no nor than via""".split()
)
_ABBREV_END = frozenset(
    "inc ltd co corp no nos art arts sec secs u.s e.g i.e mr mrs ms dr st l.p llc plc cf vs p.a etc para paras "
    "fig pty bhd s.a n.v b.v gmbh ag".split()
)
_WORD = re.compile(r"[^\W_][\w’'&\-./]*", re.UNICODE)


def _letters(s: str) -> list[str]:
    return [ch for ch in s if ch.isalpha()]


def _all_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha() and ch.isascii()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _title_like(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _STOP]
    if not significant:
        return False
    return all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha() for w in significant)


def _heading_text_ok(s: str, *, inline: bool, cue: bool = False) -> bool:
    """Does ``s`` read like a heading ("Governing Law", "CONFIDENTIALITY", "準拠法")?"""
    s = s.strip()
    if not s or len(s) > 100 or "\n" in s:
        return False
    if _has_cjk(s):
        if len(s) > 30 or "。" in s or s.count("、") > 1:
            return False
        return s[0] not in "、。）)」"
    first = s[0]
    if not (first.isupper() or first.isdigit() or first in "“\"'‘"):
        return False
    if s[-1] in ",;" or s.endswith(("(", "“", "‘")):
        return False
    words = _WORD.findall(s)
    if not words or len(words) > (8 if inline else 12):
        return False
    if not _letters(s):
        return False
    lowered = [w.lower().strip(".,:;'’") for w in words]
    if any(w in _VERBS for w in lowered):
        return False
    if lowered[-1].rstrip(".") in _ABBREV_END:
        return False
    body = s.rstrip(".:：")
    if ". " in body or "? " in body:
        return False
    if s.endswith(".") and len(words) > 6:
        return False
    if _all_caps(s) or cue or _title_like(words):
        return True
    # Sentence case ("Governing law") only when short, and not a sentence.
    if "; " in body or s.endswith("."):
        return False
    return len(words) <= (4 if inline else 5)


def block_heading_like(text: str, block: Block | None = None) -> bool:
    """A whole block that reads like a heading and carries a heading cue (style, bold, capitals)."""
    t = text.strip()
    if not _heading_text_ok(t, inline=False, cue=True):
        return False
    if block is not None:
        style = (block.style or "").lower()
        if block.kind in ("heading", "title") or block.bold or style.startswith(("heading", "title")):
            return True
        if block.caps:
            return True
    if _all_caps(t):
        return True
    if _has_cjk(t):
        return bool(re.fullmatch(r"[（(【\[][^（）()]{1,30}[）)】\]]", t))
    return False


# "Affiliate" means ... ; “Customer Data” shall mean ... ; 「本サービス」とは
_DEF_QUOTED = re.compile(
    r"[“\"‘'«「『]\s*(?P<term>[^”\"’'»」』\n]{1,80}?)\s*[”\"’'»」』]\s*"
    r"(?:\([^()\n]{0,100}\)\s*)?(?:,\s*)?"
    r"(?:(?:or|and)\s+[“\"‘'][^”\"’'\n]{1,80}[”\"’']\s*(?:,\s*)?)*"
    r"(?P<verb>means|shall\s+mean|shall\s+have\s+the\s+meaning|has\s+the\s+meaning|have\s+the\s+meanings?|"
    r"shall\s+include|includes|include|refers?\s+to|shall\s+refer\s+to|is\s+defined|is\s+used|:|–|—|とは)",
    re.IGNORECASE,
)
_DEF_PLAIN = re.compile(
    r"(?P<term>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|and|or|the|for|to|in|on)){0,5})"
    r"\s*(?:(?P<colon>:)\s+\S|\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b)"
)
_DEFS_HEADING = re.compile(r"defin|interpretation|glossary|定義", re.IGNORECASE)


def definition_term(text: str, *, plain: bool = False) -> str | None:
    """The term a definitions-list entry defines, or None.  ``plain`` also accepts ``Term: ...``."""
    head = text[:HEAD_CHARS]
    m = _DEF_QUOTED.match(head)
    if m:
        term = m.group("term").strip()
        if term and len(term.split()) <= 10:
            return term
    if plain:
        m = _DEF_PLAIN.match(head)
        if m:
            term = m.group("term").strip()
            if term and _title_like(term.split()):
                return term
    return None


_SIG_START = re.compile(
    r"(?:IN\s+WITNESS\s+(?:WHEREOF|THEREOF)|In\s+[Ww]itness\s+[Ww]hereof|AS\s+WITNESS|"
    r"SIGNED\b|Signed\s+(?:for\s+and\s+)?(?:on\s+behalf\s+of|by|as\s+a\s+deed)|EXECUTED\b|Executed\s+(?:as\s+a\s+deed\s+)?by|"
    r"AGREED\s+AND\s+ACCEPTED|Agreed\s+and\s+[Aa]ccepted|ACCEPTED\s+AND\s+AGREED|Accepted\s+and\s+[Aa]greed|"
    r"SIGNATURES?\s*$|Signatures?\s*$)"
)
_SIG_FORM = re.compile(
    r"(?:By|BY|Signature|SIGNATURE|Signed|Name|NAME|Print(?:ed)?\s+[Nn]ame|Title|TITLE|Position|Date|DATE|Witness|"
    r"Authori[sz]ed\s+[Ss]ignatory)\s*[:：]"
)
_SIG_JA = re.compile(r"記名押印|署名押印|記名捺印|署名捺印|記名・押印|署名又は記名押印")
_PREAMBLE_HEAD = re.compile(
    r"(?:recitals?|background|whereas|witnesseth|parties|the\s+parties|between|and|by\s+and\s+between|preamble|"
    r"introduction|agreed\s+terms|it\s+is\s+(?:hereby\s+)?agreed|operative\s+provisions|now,?\s+therefore|"
    r"(?:table\s+of\s+)?contents|index|date|dated)\b",
    re.IGNORECASE,
)
_JA_CLOSING = re.compile(
    r"(?:以[ \u3000]*上|[【\[（(]?[ \u3000]*(?:制定日?|施行日?|改定日?)?[ \u3000:：]*(?:令和|平成|昭和)?[ \u3000]*[0-9０-９元]{1,4}"
    r"[ \u3000]*年[ \u3000]*[0-9０-９]{1,2}[ \u3000]*月[ \u3000]*[0-9０-９]{1,2}[ \u3000]*日[ \u3000]*"
    r"(?:制定|施行|改定|改訂|発効|から施行)?[ \u3000]*[】\]）)]?)$"
)
_SCHEDULE_TAIL = re.compile(r"\b(?:addendum|schedule|annex|annexure|exhibit|appendix|attachment)\s*$", re.IGNORECASE)


def _sig_start(text: str) -> bool:
    return bool(_SIG_START.match(text)) or bool(_SIG_JA.search(text[:HEAD_CHARS]))


def _sig_form(text: str) -> bool:
    return bool(_SIG_FORM.match(text))


# ---------------------------------------------------------------------------
# Headings after a number


_INLINE_SEP = re.compile(r"(?:\.\s+|[:：]\s*|\s+[–—-]\s+|\t|\s{3,})")


def _split_heading(rest: str, *, relative: bool, cue: bool) -> str | None:
    """The heading at the start of ``rest`` (the text after a number), or None."""
    rest = rest.strip()
    if not rest:
        return None
    # 第12条（準拠法） / Annex A (Data Processing Terms)
    if rest[0] in "（(【":
        close = {"（": "）", "(": ")", "【": "】"}[rest[0]]
        j = rest.find(close, 1, 60)
        if j > 1:
            inner = rest[1:j].strip()
            if inner and (_has_cjk(inner) or _heading_text_ok(inner, inline=True)) and "。" not in inner:
                return inner
        return None
    if _has_cjk(rest[:4]):
        if relative:
            return None
        if len(rest) <= 30 and "。" not in rest and not re.search(r"[はがをにでと、]", rest[-1:]):
            return rest.rstrip("：:")
        m = re.match(r"([^\s\u3000。、]{1,20})[\s\u3000]+\S", rest)
        if m and not re.search(r"[はがをにでと]$", m.group(1)):
            return m.group(1)
        return None
    if not relative or cue:
        if _heading_text_ok(rest, inline=False, cue=cue):
            return rest.rstrip(" .:：–—-").strip() or None
    # "Governing Law. This Agreement ..." / "Governing Law: ..." / "Fees – ..."
    head = rest[:120]
    for m in _INLINE_SEP.finditer(head):
        prefix = head[: m.start()].strip()
        after = rest[m.end() :].lstrip()
        if not prefix or not after:
            continue
        sep = m.group(0).strip()
        if sep.startswith(".") and not (after[:1].isupper() or after[:1] in "“\"'‘(" or after[:1].isdigit()):
            continue
        if relative and not sep.startswith((".", ":", "：")):
            break
        words = prefix.split()
        if _heading_text_ok(prefix, inline=True) and (
            _title_like(_WORD.findall(prefix)) or _all_caps(prefix) or len(words) <= 4
        ):
            if relative and not (_title_like(_WORD.findall(prefix)) or _all_caps(prefix)):
                return None
            return prefix.rstrip(".:：").strip() or None
        break
    return None


# ---------------------------------------------------------------------------
# The builder


@dataclass(slots=True)
class _Node:
    first: int  # index of the clause's first block
    number: str | None
    heading: str | None
    kind: str
    parent: int | None  # index of the parent node


@dataclass(slots=True)
class _Entry:
    """An open clause on the reader's stack."""

    node: int
    role: str  # "numbered" | "definition" | "preamble" | "schedule" | "hsection" | "signature"
    style: str | None = None
    value: int = 0
    path: tuple[int, ...] = ()
    absolute: bool = False
    rank: float = 0.0
    level: int | None = None  # Word list level, when the number came from Word
    readings: tuple[Reading, ...] = ()  # all readings of the marker (for re-reading "(i)")
    prev: _Entry | None = None  # the sibling this entry followed
    container: bool = False  # an unnumbered heading that holds numbered clauses
    hlevel: int = 0


@dataclass(slots=True)
class _Info:
    marker: Marker | None = None
    body: int = 0  # absolute offset where the block's text after the number begins
    stray: bool = False
    heading_cue: bool = False
    level: int | None = None
    text: str = ""


@dataclass(slots=True)
class _Builder:
    doc: Document
    blocks: tuple[Block, ...]
    infos: list[_Info] = field(default_factory=list)
    nodes: list[_Node] = field(default_factory=list)
    stack: list[_Entry] = field(default_factory=list)
    heading_mode: bool = False
    numbered_seen: bool = False

    # -- pre-pass ----------------------------------------------------------
    def analyse(self) -> None:
        text = self.doc.text
        n = len(text)
        for b in self.blocks:
            start = max(0, min(b.start, n))
            end = max(start, min(b.end, n))
            raw = text[start : min(end, start + HEAD_CHARS + MAX_MARKER_CHARS)]
            lead_m = _LEAD.match(raw)  # white space and zero-width characters ("\u200d3. Intellectual ...")
            lead = lead_m.end() if lead_m else 0
            t = raw[lead:]
            info = _Info(text=t)
            if b.kind == "table_row":
                info.stray = _is_stray(t)
                self.infos.append(info)
                continue
            if b.number is not None and b.number.strip():
                info.marker = _docx_marker(b.number.strip())
                body = b.body_start if b.body_start is not None else start + lead + len(b.number)
                info.body = max(start, min(body, end))
                info.level = b.level
            elif _is_stray(t) or _is_toc(t):
                info.stray = True
            else:
                m = parse_marker(t) if t else None
                if m is not None and m.readings[0].style == "bullet" and not _HAS_ALNUM.search(t[m.end :]):
                    info.stray = True
                else:
                    info.marker = m
                    info.body = start + lead + (m.end if m else 0)
            if info.marker is None and not info.stray:
                info.heading_cue = block_heading_like(t, b)
            self.infos.append(info)
        # A title-case line right above a numbered clause is its heading ("Governing Law" / "12. This ...").
        for k in range(len(self.infos) - 1):
            info = self.infos[k]
            nm = self.infos[k + 1].marker
            if (
                info.marker is None
                and not info.stray
                and not info.heading_cue
                and nm is not None
                and nm.absolute
                and not nm.weak
                and _heading_text_ok(info.text, inline=False)
                and _title_like(_WORD.findall(info.text))
                and not info.text.rstrip().endswith((".", ":", ";", ","))
            ):
                info.heading_cue = True
        self._decide_mode()

    def _decide_mode(self) -> None:
        content_heads = 0
        top = 0
        ones = 0
        after_schedule = False
        infos = self.infos
        for i, info in enumerate(infos):
            m = info.marker
            if m is not None:
                if m.schedule:
                    after_schedule = True
                elif m.absolute and not m.weak and m.rank <= 2.0 and not after_schedule:
                    top += 1
                    if m.value == 1:
                        ones += 1
                continue
            if i == 0 or not info.heading_cue or _PREAMBLE_HEAD.match(info.text):
                continue
            nxt = infos[i + 1] if i + 1 < len(infos) else None
            if nxt is not None and nxt.marker is None and not nxt.heading_cue and not nxt.stray:
                content_heads += 1
        self.heading_mode = content_heads >= 2 and (top == 0 or ones >= 2 or content_heads > top)

    # -- helpers -----------------------------------------------------------
    def _new(self, first: int, number: str | None, heading: str | None, kind: str, parent_pos: int) -> int:
        parent = self.stack[parent_pos].node if parent_pos >= 0 else None
        self.nodes.append(_Node(first, number, heading, kind, parent))
        return len(self.nodes) - 1

    def _push(self, parent_pos: int, entry: _Entry) -> None:
        del self.stack[parent_pos + 1 :]
        self.stack.append(entry)

    def _in_ja(self) -> bool:
        return any(e.style == "ja-article" for e in self.stack)

    def _in_signature(self) -> bool:
        return bool(self.stack) and self.stack[-1].role == "signature"

    def _defs_context(self) -> bool:
        for e in reversed(self.stack):
            if e.role == "definition":
                return True
            h = self.nodes[e.node].heading
            if h and _DEFS_HEADING.search(h):
                return True
            if e.role in ("schedule", "preamble"):
                return False
        return False

    # -- placement ---------------------------------------------------------
    def _score(self, reading: Reading, m: Marker, level: int | None, absolute: bool) -> tuple[int, int, _Entry | None]:
        """(score, parent position, previous sibling) for one reading of a marker."""
        stack = self.stack
        for pos in range(len(stack) - 1, -1, -1):
            e = stack[pos]
            if e.role == "schedule" and not m.schedule:
                break
            if (
                e.role in ("numbered", "definition")
                and e.style == reading.style
                and (level is None or e.level is None or e.level == level)
            ):
                if reading.value == e.value + 1:
                    s = 3
                elif reading.value > e.value:
                    s = 1
                else:
                    s = 0
                return s, pos - 1, e
            if (
                absolute
                and e.absolute
                and e.path
                and len(e.path) < len(m.path)
                and m.path[: len(e.path)] == e.path
                and (level is None or e.level is None or e.level < level)
            ):
                return (3 if reading.value <= 1 else 2), pos, None
        # A new list / a clause with no open sibling.
        pos = len(stack) - 1
        if absolute:
            while pos >= 0 and self._pops(stack[pos], m, level):
                pos -= 1
            s = 2 if reading.value <= 1 else 1
        else:
            if level is not None:
                while pos >= 0 and (lv := stack[pos].level) is not None and lv >= level:
                    pos -= 1
            while pos >= 0 and stack[pos].role == "signature":
                pos -= 1
            first = 2 if reading.style == "ja-para" else 1
            s = 2 if reading.value <= first else 0
        return s, pos, None

    def _pops(self, e: _Entry, m: Marker, level: int | None) -> bool:
        """Does a new absolute number close the open clause ``e``?"""
        if e.role in ("preamble", "signature", "definition"):
            return True
        if e.role == "schedule":
            return False
        if e.role == "hsection":
            if self.heading_mode and not e.container:
                return False
            return not e.container or e.rank >= m.rank
        if level is not None and e.level is not None:
            return e.level >= level
        if not e.absolute:
            return True
        if (
            e.path
            and len(e.path) < len(m.path)
            and m.path[: len(e.path)] != e.path
            and _numeric_family(e.style)
            and _numeric_family(m.style)
        ):
            return True  # "5.1" does not belong under "4"
        return e.rank >= m.rank

    def _place_marker(
        self, i: int, m: Marker, level: int | None, *, rest_cue: bool = False, again: bool = True
    ) -> tuple[int, Reading, _Entry | None] | None:
        """Choose a reading and a parent; None if a weak marker does not fit the sequence."""
        readings = m.readings
        absolute = m.absolute
        weak = m.weak
        ja_para = False
        if m.bare and self._in_ja():
            readings = (Reading("ja-para", m.path[0] if m.path else m.value),)
            absolute = False
            weak = level is None
            ja_para = True
        best: tuple[int, int, Reading, _Entry | None] | None = None
        for rd in readings:
            s, pos, prev = self._score(rd, m, level, absolute)
            if best is None or s > best[0]:
                best = (s, pos, rd, prev)
        assert best is not None
        s, pos, rd, prev = best
        if again and s < 3 and not absolute:
            for other in readings:
                if other.style.endswith("roman") and other.value == 2 and self._reread_roman(other):
                    return self._place_marker(i, m, level, rest_cue=rest_cue, again=False)
        if weak and not (s >= 3 or (s == 2 and (ja_para or rest_cue or self._next_continues(i, rd)))):
            return None
        if m.path and len(m.path) == 1 and m.path[0] >= 1000 and s < 3:
            return None  # "1000." only right after "999.": otherwise a year ("2025.") wrapped to a line start
        return pos, rd, prev

    def _reread_roman(self, rd: Reading) -> bool:
        """A roman "(ii)" after a "(i)" read as the letter after "(h)": re-read that "(i)" as roman one."""
        if rd.value != 2:
            return False
        shape = rd.style.rsplit("-", 2)[0]  # "paren" / "dot" / "rparen"
        case = rd.style.rsplit("-", 2)[1]
        alpha_style = f"{shape}-{case}-alpha"
        for pos in range(len(self.stack) - 1, -1, -1):
            e = self.stack[pos]
            if e.style == alpha_style:
                if not (e.value == 9 and any(r.style == rd.style and r.value == 1 for r in e.readings)):
                    return False
                prev = e.prev
                if prev is None or prev.value != 8 or prev.style != alpha_style:
                    return False
                # (h) becomes the parent of (i), now roman one.
                del self.stack[pos:]
                self.stack.append(prev)
                e.style = rd.style
                e.value = 1
                e.prev = None
                self.nodes[e.node].parent = prev.node
                self.stack.append(e)
                return True
            if e.absolute or e.role != "numbered":
                return False
        return False

    # -- the pass ----------------------------------------------------------
    def run(self) -> None:
        infos = self.infos
        blocks = self.blocks
        nblocks = len(blocks)
        consumed: set[int] = set()
        pending: tuple[int, str | None] | None = None
        for i in range(nblocks):
            if i in consumed:
                continue
            info = infos[i]
            b = blocks[i]
            m = info.marker
            if m is not None and not self._in_signature_blocking(m):
                placed = self._place_marker(i, m, info.level, rest_cue=self._rest_cue(i))
                if placed is not None:
                    first, pend_heading = pending if pending is not None else (i, None)
                    pending = None
                    self._start_numbered(i, first, pend_heading, m, placed, info, consumed)
                    continue
            t = info.text
            if info.stray or b.kind == "table_row":
                self._ensure_preamble(i)
                if (
                    b.kind == "table_row"
                    and self.numbered_seen
                    and not self._in_signature()
                    and (_sig_start(t) or (_sig_form(t) and self._sig_form_run(i)))
                ):
                    pending = None
                    self._start_signature(i)  # signature blocks laid out as a table
                continue
            pending = None
            if info.heading_cue and i > 0 and _SCHEDULE_TAIL.search(t) and _all_caps(t) and not self._in_preamble():
                self._start_schedule(i, None, t.strip())
                continue
            if self._in_ja() and _JA_CLOSING.match(t.strip()):
                # "以上" or "【2023年2月1日制定】" closes the articles: what follows (a property sheet, house
                # rules) is an attachment at the top level, not a paragraph of the last article
                self._start_schedule(i, None, t.strip().strip("【】[]（）()") or None)
                continue
            if not self._in_signature() and _sig_start(t) and self.nodes:
                self._start_signature(i)
                continue
            if self._in_signature():
                continue
            if not self._in_signature() and self.numbered_seen and _sig_form(t) and self._sig_form_run(i):
                self._start_signature(i)
                continue
            term = definition_term(t, plain=self._defs_context())
            if term is not None and self.nodes and not self._in_preamble():
                self._start_definition(i, term)
                continue
            if info.heading_cue and i > 0:
                act = self._heading_action(i)
                if act == "pending":
                    pending = (i, t.strip().strip("（）()【】[]") or None)
                    continue
                if act in ("section", "container"):
                    self._start_hsection(i, container=(act == "container"))
                    continue
                self._close_lists()
            self._ensure_preamble(i)

    def _in_signature_blocking(self, m: Marker) -> bool:
        """Inside a signature block only strong absolute numbers and schedules count."""
        return self._in_signature() and (not m.absolute or m.weak)

    def _in_preamble(self) -> bool:
        return not self.stack or self.stack[0].role == "preamble"

    def _in_preamble_only(self) -> bool:
        return not self.numbered_seen and self._in_preamble()

    def _ensure_preamble(self, i: int) -> None:
        if not self.nodes:
            self.nodes.append(_Node(i, None, None, "preamble", None))
            self.stack = [_Entry(node=0, role="preamble")]

    def _next_continues(self, i: int, rd: Reading) -> bool:
        """The next numbered block continues this one's sequence ("1. build ..." followed by "2. ...")."""
        j = i + 1
        while j < len(self.infos) and self.infos[j].stray:
            j += 1
        if j >= len(self.infos) or self.infos[j].marker is None:
            return False
        nm = self.infos[j].marker
        assert nm is not None
        return any(r.style == rd.style and r.value == rd.value + 1 for r in nm.readings) or (
            rd.style == "ja-para" and nm.bare and nm.value == rd.value + 1
        )

    def _close_lists(self) -> None:
        """A heading line ends the lists and definitions that were open (the next list starts afresh)."""
        while len(self.stack) > 1 and (
            self.stack[-1].role == "definition" or (self.stack[-1].role == "numbered" and not self.stack[-1].absolute)
        ):
            self.stack.pop()

    def _rest_cue(self, i: int) -> bool:
        """The text after the number is a heading with a cue ("1 DEFINITIONS", a bold line)."""
        info = self.infos[i]
        b = self.blocks[i]
        rest = self.doc.text[info.body : min(b.end, info.body + HEAD_CHARS)].strip()
        if not rest:
            return True
        if not _heading_text_ok(rest, inline=False, cue=True):
            return False
        return _all_caps(rest) or b.bold or b.kind == "heading" or (b.style or "").lower().startswith("heading")

    def _sig_form_run(self, i: int) -> bool:
        t = self.infos[i].text
        if re.search(r"_{3,}|\.{5,}", t):
            return True
        nxt = self.infos[i + 1] if i + 1 < len(self.infos) else None
        return nxt is not None and _sig_form(nxt.text)

    def _next_marker(self, i: int) -> Marker | None:
        j = i + 1
        while j < len(self.infos) and self.infos[j].stray:
            j += 1
        if j < len(self.infos):
            return self.infos[j].marker
        return None

    def _orphan(self, m: Marker) -> bool:
        """An absolute number whose parent number is not open ("1.1" with no "1")."""
        if len(m.path) < 2:
            return False
        for e in self.stack:
            if e.absolute and e.path and m.path[: len(e.path)] == e.path and len(e.path) < len(m.path):
                return False
            if e.absolute and len(e.path) == len(m.path) and e.style == m.style and e.path[:-1] == m.path[:-1]:
                return False
        return True

    def _heading_action(self, i: int) -> str:
        """What an unnumbered heading line does: "section", "container", "pending" or "text"."""
        t = self.infos[i].text
        if self._in_signature():
            return "text"
        nm = self._next_marker(i)
        strong_abs = nm is not None and nm.absolute and not nm.weak and not nm.schedule
        if re.fullmatch(r"[（(【][^（）()]{1,30}[）)】]", t.strip()) and nm is not None and nm.style == "ja-article":
            return "pending"  # （準拠法） above 第12条
        if self.heading_mode:
            if self._in_preamble() and _PREAMBLE_HEAD.match(t):
                return "text"
            return "section"
        if strong_abs and nm is not None and self._orphan(nm):
            return "container"
        in_preamble = self._in_preamble_only()
        if strong_abs:
            if in_preamble:
                return "text"
            return "pending"
        if in_preamble:
            return "text"
        # In numbered text a heading followed by plain paragraphs starts an unnumbered section,
        # but only at a paragraph boundary (a stray header line inside a sentence must not).
        prev = self.infos[i - 1].text.rstrip() if i > 0 else ""
        nxt_i = i + 1
        nxt = self.infos[nxt_i].text if nxt_i < len(self.infos) else ""
        if (
            prev
            and prev[-1] in '.;:。!?)"”’'
            and nxt
            and (nxt[0].isupper() or nxt[0] in '“"‘(' or _is_cjk(nxt[0]))
            and nm is None
        ):
            return "section"
        return "text"

    # -- starting clauses --------------------------------------------------
    def _start_numbered(
        self,
        i: int,
        first: int,
        pend_heading: str | None,
        m: Marker,
        placed: tuple[int, Reading, _Entry | None],
        info: _Info,
        consumed: set[int],
    ) -> None:
        pos, rd, prev = placed
        blocks = self.blocks
        text = self.doc.text
        b = blocks[i]
        rest = text[info.body : min(b.end, info.body + HEAD_CHARS)]
        absolute = m.absolute and rd.style != "ja-para"
        kind = "schedule" if m.schedule else ("section" if absolute or rd.style == "ja-para" else "item")
        if rd.style == "bullet":
            kind = "item"
        heading: str | None = None
        term = definition_term(rest, plain=self._defs_context()) if not m.schedule else None
        if term is not None:
            kind = "definition"
            heading = term
        else:
            cue = b.bold or b.kind == "heading" or (b.style or "").lower().startswith("heading")
            heading = _split_heading(rest, relative=not absolute, cue=cue)
        if heading is None and not rest.strip():
            j = i + 1
            if j < len(blocks) and self.infos[j].marker is None and not self.infos[j].stray:
                nt = self.infos[j].text
                nterm = definition_term(nt, plain=True)
                if nterm is not None and not m.schedule:
                    kind = "definition"
                    heading = nterm
                    consumed.add(j)
                elif _heading_text_ok(nt, inline=False) and (absolute or block_heading_like(nt, blocks[j])):
                    heading = nt.strip().rstrip(".:：").strip()
                    consumed.add(j)
        if heading is None and pend_heading:
            heading = pend_heading
        if m.schedule:
            pos = -1
            # A schedule inside nothing: the top level.
        outline_part = (
            not absolute
            and rd.style in ("dot-upper-roman", "dot-upper-alpha")
            and (pos < 0 or self.stack[pos].role in ("schedule", "hsection"))
            and not (self.stack and self.stack[0].role == "preamble")
        )
        if outline_part:
            kind = "section"  # "I. Scope" / "A. General" at the top: a part of the outline
        node = self._new(first, m.label, heading, kind, pos)
        entry = _Entry(
            node=node,
            role="schedule" if m.schedule else "numbered",
            style=rd.style,
            value=rd.value,
            path=m.path if absolute else (),
            absolute=absolute or m.schedule or outline_part,
            rank=0.5 if outline_part else m.rank,
            level=info.level,
            readings=m.readings,
            prev=prev,
        )
        self._push(pos, entry)
        if absolute and not m.schedule:
            self.numbered_seen = True

    def _start_signature(self, i: int) -> None:
        pos = len(self.stack) - 1
        while pos >= 0 and self.stack[pos].role != "schedule":
            pos -= 1
        node = self._new(i, None, None, "signature", pos)
        self._push(pos, _Entry(node=node, role="signature"))

    def _start_schedule(self, i: int, number: str | None, heading: str | None) -> None:
        node = self._new(i, number, heading, "schedule", -1)
        self._push(-1, _Entry(node=node, role="schedule", style="schedule", absolute=True, rank=-1.0))

    def _in_preamble_entry(self) -> bool:
        return bool(self.stack) and self.stack[-1].role == "preamble"

    def _start_definition(self, i: int, term: str) -> None:
        stack = self.stack
        pos = len(stack) - 1
        for p in range(len(stack) - 1, -1, -1):
            e = stack[p]
            if e.role == "definition":
                pos = p - 1
                break
            if e.role in ("schedule", "hsection") or e.absolute:
                break
        node = self._new(i, None, term, "definition", pos)
        self._push(pos, _Entry(node=node, role="definition", style="definition"))

    def _start_hsection(self, i: int, *, container: bool) -> None:
        b = self.blocks[i]
        hlevel = _heading_level(b)
        stack = self.stack
        pos = len(stack) - 1
        while pos >= 0:
            e = stack[pos]
            if e.role == "schedule":
                break
            if e.role == "hsection" and e.hlevel < hlevel:
                break
            pos -= 1
        rank = -0.5
        if container:
            nm = self._next_marker(i)
            rank = (nm.rank - 1.0) if nm is not None else -0.5
        heading = self.infos[i].text.strip().rstrip(":：").strip()
        node = self._new(i, None, heading, "section", pos)
        self._push(pos, _Entry(node=node, role="hsection", container=container, rank=rank, hlevel=hlevel))

    # -- output ------------------------------------------------------------
    def _heading_only(self, k: int) -> bool:
        node = self.nodes[k]
        nxt = self.nodes[k + 1].first if k + 1 < len(self.nodes) else len(self.blocks)
        if nxt != node.first + 1:
            return False
        b = self.blocks[node.first]
        own = self.doc.text[b.start : b.end].strip()
        if node.number and own.startswith(node.number):
            own = own[len(node.number) :].strip(" .\t")
        words = own.split()
        if node.heading and own.strip(" .:").lower() == node.heading.strip(" .:").lower():
            return True
        return 0 < len(words) <= 10 and own.upper() == own and any(ch.isalpha() for ch in own)

    def nest_restarts(self) -> None:
        """Numbering that restarts at 1 under a numbered heading belongs to that heading.

        Word and web documents often number the items under "3 CUSTOMER OBLIGATIONS" as 1, 2, 3 again
        (a nested list printed without its parent's number), and the reader cites them as 3.1, 3.2: such
        a run of siblings is moved under the heading.  Two shapes are recognised: a heading with no text
        of its own followed by 1, 2, ... up to the next such heading; and a clause n followed by items
        that restart at 1 before clause n+1.
        """
        nodes = self.nodes
        by_parent: dict[int | None, list[int]] = {}
        for k, node in enumerate(nodes):
            by_parent.setdefault(node.parent, []).append(k)

        def integer(k: int) -> int | None:
            num = (nodes[k].number or "").strip().rstrip(".")
            return int(num) if num.isascii() and num.isdigit() else None

        for sibs in by_parent.values():
            i = 0
            while i < len(sibs) - 1:
                h = sibs[i]
                n = integer(h)
                if n is None or integer(sibs[i + 1]) != 1:
                    i += 1
                    continue
                # the run: 1, 2, 3 ... (restarting at 1 is allowed: several lists under one clause)
                j, prev = i + 1, 0
                while (
                    j < len(sibs) and integer(sibs[j]) in (prev + 1, 1) and not (prev and self._heading_only(sibs[j]))
                ):
                    prev = integer(sibs[j]) or 0
                    j += 1
                ends_well = j >= len(sibs) or integer(sibs[j]) == n + 1 or self._heading_only(sibs[j])
                if not (self._heading_only(h) or (j < len(sibs) and integer(sibs[j]) == n + 1)) or not ends_well:
                    i += 1
                    continue
                run = sibs[i + 1 : j]
                if len(run) < 2:
                    i += 1
                    continue
                for k in run:
                    nodes[k].parent = h
                i = j

    def clauses(self) -> tuple[Clause, ...]:
        nodes = self.nodes
        blocks = self.blocks
        text = self.doc.text
        n = len(nodes)
        if n == 0:
            return ()
        last = [len(blocks) - 1] * n
        path: list[int] = []
        for k, node in enumerate(nodes):
            while path and path[-1] != node.parent:
                last[path.pop()] = node.first - 1
            path.append(k)
        depth = [0] * n
        has_child = [False] * n
        for k, node in enumerate(nodes):
            if node.parent is not None:
                depth[k] = depth[node.parent] + 1
                has_child[node.parent] = True
        # The last non-empty block at or before each index (empty blocks do not extend a clause).
        nonempty: list[int] = []
        prev_ne = -1
        for idx, b in enumerate(blocks):
            if b.end > b.start:
                prev_ne = idx
            nonempty.append(prev_ne)
        out: list[Clause] = []
        tlen = len(text)
        for k, node in enumerate(nodes):
            fb = blocks[node.first]
            lb = blocks[max(node.first, nonempty[max(node.first, last[k])])]
            start = max(0, min(fb.start, tlen))
            end = max(start, min(lb.end, tlen))
            own_end = end
            if has_child[k] and k + 1 < n:
                own_end = max(start, min(blocks[nodes[k + 1].first].start, end))
            out.append(
                Clause(
                    id=f"c{k + 1}",
                    number=node.number,
                    heading=node.heading,
                    start=start,
                    end=end,
                    own_end=own_end,
                    page=fb.page,
                    page_end=max(fb.page, lb.page_end),
                    parent=f"c{node.parent + 1}" if node.parent is not None else None,
                    level=depth[k],
                    kind=node.kind,  # type: ignore[arg-type]
                    text=text[start:end],
                )
            )
        return tuple(out)


def _numeric_family(style: str | None) -> bool:
    return style is not None and style.startswith(("decimal-", "adecimal-", "kw-section-", "kw-clause-", "kw-article-"))


def _heading_level(b: Block) -> int:
    style = (b.style or "").lower()
    m = re.match(r"heading\s*(\d)", style)
    if m:
        return int(m.group(1)) - 1
    if b.kind == "heading" and b.level is not None:
        return b.level
    return 0


def _docx_marker(number: str) -> Marker:
    """The Marker for a number Word rendered (``Block.number``); never None."""
    m = parse_marker(number + " X")
    if m is not None:
        return replace(m, weak=False, label=" ".join(number.split()).rstrip(".") or m.label)
    shape = re.sub(r"[0-9]+", "1", unicodedata.normalize("NFKC", number))
    shape = re.sub(r"[A-Za-z]+", "a", shape)
    return Marker(" ".join(number.split()), (Reading(f"word-{shape}", 0),), (), False, False, 9.0, len(number))


#: An outline number run into the text after the end of a sentence: "...such rights.1.3 Restrictions. If ..."
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[.!?;:”\"’)\]]))[ \t]*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?=[A-Z“\"(])")
_WALL = 1500  # a block this long with a run of outline numbers inside is a whole document flattened


def _successor(last: tuple[int, ...] | None, num: tuple[int, ...]) -> bool:
    if last is None:
        return num == (1,)
    if num == last + (1,):
        return True
    return any(num == last[: k - 1] + (last[k - 1] + 1,) for k in range(1, len(last) + 1))


def _cut_block(document: Document, b: Block, text: str, cuts: list[int]) -> list[Block]:
    """``b`` (whose text is ``text``) cut at the offsets ``cuts``: the pieces, trimmed, as blocks of their own
    (the first keeps the block's kind, the others are paragraphs; their numbers are read again)."""
    out: list[Block] = []
    bounds = [0] + cuts + [len(text)]
    for lo, hi in zip(bounds, bounds[1:]):
        piece = text[lo:hi]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right <= left:
            continue
        start, end = b.start + lo + left, b.start + lo + right
        out.append(
            replace(
                b,
                start=start,
                end=end,
                page=document.page_at(start),
                page_end=document.page_at(max(start, end - 1)),
                number=None,
                body_start=None,
                kind="paragraph" if lo else b.kind,
            )
        )
    return out


def split_walls(document: Document, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Split blocks that hold a whole numbered document run together (web pages saved as one
    paragraph: "...these Terms. 1. Services.1.1 Right to Services. ...2. Additional Terms. ...").

    A block is split at inline outline numbers only when they follow one another as an outline
    does (1, 1.1, 1.2, 2, 2.1 ...) at least three times, so amounts, dates and cross-references
    ("Section 4.2") never split a paragraph.  The text is unchanged: the new blocks are offsets.
    """
    out: list[Block] = []
    changed = False
    last: tuple[int, ...] | None = None  # the outline carries on from one run-together block to the next
    for b in blocks:
        if b.end - b.start < _WALL:
            out.append(b)
            continue
        text = document.text[b.start : b.end]
        cuts: list[int] = []
        before = last
        for m in _INLINE_NUMBER.finditer(text):
            num = tuple(int(x) for x in m.group("num").split("."))
            if _successor(last, num):
                cuts.append(m.start("num"))
                last = num
        if len(cuts) < 3:
            last = before
            out.append(b)
            continue
        cuts = [c for c in cuts if c > 0]
        changed = True
        out += _cut_block(document, b, text, cuts)
    return tuple(out) if changed else blocks


# Japanese paragraphs (項 "2 ...") and items (号 "(2) ...") run together in one block when a PDF or a web
# page lost the line breaks: "...同意するものとします。3 本サービスにおける..." or "...場合 (5) 外国の...".
_JA_HEAD = re.compile(
    r"第[ \u3000]{0,2}(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,5})[ \u3000]{0,2}条(?:の[0-9０-９]{1,2})?[ \u3000]*"
    r"[(（][^()（）。\n]{1,40}[)）][ \t\u3000]*"
)
_JA_PARA = re.compile(r"(?P<num>[0-9０-９]{1,2})[ \t\u3000]+(?=[^\s0-9０-９])")
# inside a block: also "。2当社は" where a wrapped line lost the space after the number
_JA_PARA_INLINE = re.compile(r"(?<![0-9０-９])(?P<num>[0-9０-９]{1,2})(?P<gap>[ \t\u3000]*)(?=[^\s0-9０-９.．,，:：/])")
_JA_ITEM = re.compile(r"[(（](?P<num>[0-9０-９]{1,2})[)）][ \t\u3000]*(?=\S)")
# a number followed by a unit is an amount or a period ("過去 12 か月", "30 日以内"), not a paragraph
_JA_UNIT = re.compile(
    r"[ \t\u3000]*(?:か|ヶ|ケ|カ|箇|つ|日|年|月|週|時|分|秒|条|項|号|円|名|人|歳|件|回|倍|営業|%|％|パーセント)"
)


def _ja_number(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _ja_run_cuts(text: str, state: tuple[int | None, int | None] = (None, None)) -> list[int]:
    """Where a Japanese block holds the next paragraph or item of its own numbering, in order.  ``state``
    is the (paragraph, item) numbering the previous block ended in, for a block that continues it (a PDF
    line that starts "す。2 当社は")."""
    cuts, _ = _ja_runs(text, state)
    return cuts


def _ja_runs(text: str, state: tuple[int | None, int | None]) -> tuple[list[int], tuple[int | None, int | None]]:
    cuts: list[int] = []
    para, item = state
    pos = 0
    head = _JA_HEAD.match(text)
    if head:
        m = _JA_PARA.match(text, head.end())
        if m and _ja_number(m.group("num")) == 1 and not _JA_UNIT.match(text, m.end("num")):
            cuts.append(m.start())  # "第5条（見出し） 1 本文": the article's paragraph 1 is a clause of its own
            para, pos = 1, m.end()
        else:
            para, item, pos = None, None, head.end()
    else:
        m = _JA_PARA.match(text)
        if m and not _JA_UNIT.match(text, m.end("num")):
            para, item, pos = _ja_number(m.group("num")), None, m.end()
        else:
            m = _JA_ITEM.match(text)
            if m:
                item, pos = _ja_number(m.group("num")), m.end()
            elif starts_ja_heading(text):
                para, item = None, None  # a chapter or schedule heading: a new numbering starts
    while pos < len(text):
        best: tuple[int, str, int] | None = None
        for kind, rx in (("para", _JA_PARA_INLINE), ("item", _JA_ITEM)):
            for m in rx.finditer(text, pos):
                n, at = _ja_number(m.group("num")), m.start()
                before = text[:at].rstrip(" \t\u3000")
                prev = before[-1:] if before else ""
                if kind == "para":
                    spaced = at > 0 and text[at - 1] in " \t\u3000"
                    ok = (
                        para is not None
                        and n == para + 1
                        and (prev == "。" or (item is not None and spaced))
                        and (bool(m.group("gap")) or (at > 0 and text[at - 1] == "。" and _has_cjk(text[m.end()])))
                        and not _JA_UNIT.match(text, m.end("num"))
                    )
                else:
                    ok = (
                        prev not in ("項", "号", "条", "第")
                        and not prev.isdigit()
                        and ((item is not None and n == item + 1) or (n == 1 and prev in ("。", "：", ":", "")))
                    )
                if ok:
                    if best is None or at < best[0]:
                        best = (at, kind, n)
                    break
        if best is None:
            break
        at, kind, n = best
        cuts.append(at)
        if kind == "para":
            para, item = n, None
        else:
            item = n
        pos = at + 1
    return [c for c in cuts if c > 0], (para, item)


def split_ja_runs(document: Document, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Split Japanese blocks at the paragraphs and items of their own numbering that the extractor ran
    together: a block's next number (its paragraph 3 after "。", its item (5) after item (4)) starts a new
    block, and an article heading's inline paragraph 1 ("第5条（見出し） 1 ...") becomes a paragraph of its
    own.  Only exact successors split, so references ("第4条第2項(2)"), amounts and periods ("12 か月")
    never do.  The text is unchanged: the new blocks are offsets."""
    out: list[Block] = []
    changed = False
    state: tuple[int | None, int | None] = (None, None)
    for b in blocks:
        text = document.text[b.start : b.end]
        if b.number or not _has_cjk(text):
            state = (None, None)
            out.append(b)
            continue
        cuts, state = _ja_runs(text, state)
        if not cuts:
            out.append(b)
            continue
        changed = True
        out += _cut_block(document, b, text, cuts)
    return tuple(out) if changed else blocks


def build_tree(document: Document) -> ClauseTree:
    """The clause tree of ``document`` (see the module docstring)."""
    blocks = split_ja_runs(document, split_walls(document, tuple(document.blocks)))
    if not blocks:
        return ClauseTree(document=document, clauses=())
    builder = _Builder(document, blocks)
    builder.analyse()
    builder.run()
    builder.nest_restarts()
    return ClauseTree(document=document, clauses=builder.clauses())
