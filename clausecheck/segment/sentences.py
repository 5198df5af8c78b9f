"""Sentence boundaries inside clauses, computed on demand.

``spacy.blank("en")`` with the rule-based ``sentencizer``, plus tokenizer special
cases so that legal abbreviations ("U.S.", "Sec. 3(a)", "No.", "Art.", "p.a.")
do not end a sentence.  Japanese sentences end at "。" (and "！", "？"); line
breaks (block boundaries: a heading line, a list item) always end a sentence.

spaCy takes about a second to import, so it is imported lazily, on the first
call, and the pipeline is cached.  ``segment()`` never imports this module's
spaCy part.  While spaCy is imported, ``torch`` is hidden (unless something has
already imported it), because thinc would otherwise import torch, which
triples the import time and is not needed for a blank pipeline.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Clause, ClauseTree

__all__ = ["split_sentences", "sentences_for", "with_sentences", "ABBREVIATIONS", "get_nlp"]

#: Abbreviations that never end a sentence by themselves (tokenizer special cases).
ABBREVIATIONS: tuple[str, ...] = (
    "U.S.",
    "U.S.A.",
    "U.K.",
    "E.U.",
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "Pty.",
    "Bhd.",
    "L.P.",
    "N.V.",
    "B.V.",
    "S.A.",
    "Sec.",
    "Secs.",
    "Sect.",
    "Art.",
    "Arts.",
    "No.",
    "Nos.",
    "no.",
    "Para.",
    "para.",
    "paras.",
    "Sch.",
    "Pt.",
    "Ch.",
    "Reg.",
    "Regs.",
    "Cl.",
    "cl.",
    "e.g.",
    "i.e.",
    "E.g.",
    "I.e.",
    "cf.",
    "Cf.",
    "vs.",
    "v.",
    "viz.",
    "p.a.",
    "etc.",
    "approx.",
    "incl.",
    "excl.",
    "Cir.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Jr.",
    "Sr.",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
#: Abbreviations that may also end a sentence: a break is allowed when a typical sentence opener follows.
_MAY_END = frozenset({"etc.", "Inc.", "Ltd.", "Co.", "Corp.", "p.a.", "U.S.", "U.K.", "E.U.", "L.P."})
_OPENERS = frozenset(
    """The This These That Those Such Each Either Neither Any All In If Where Unless Notwithstanding Nothing No
    Subject Upon Except For Without Customer Supplier Provider Licensee Licensor Vendor Client Company Party
    Parties Either It Its They We You Our Your A An Payment Fees""".split()
)
_MARKER_ONLY = re.compile(
    r"(?:\(?[0-9A-Za-z]{1,5}[.)]|[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|[(（][^)）]{1,5}[)）]|§\s*[0-9.]+)"
)
_JA_OPEN = "「『（(【〔［"
_JA_CLOSE = "」』）)】〕］"
_WESTERN_END = re.compile(r"[.!?][\"'”’)\]]*\s")

_NLP: Any = None


def _import_spacy() -> Any:
    """Import spaCy without letting thinc import torch (when torch is not already loaded)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail fast
    try:
        import spacy
    finally:
        if hide and "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
    return spacy


def get_nlp() -> Any:
    """The cached blank English pipeline with the sentencizer and the legal special cases."""
    global _NLP
    if _NLP is not None:
        return _NLP
    spacy = _import_spacy()
    from spacy.attrs import ORTH
    from spacy.language import Language

    nlp = spacy.blank("en")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("sentencizer")
    if "clausecheck_abbrev_end" not in Language.factories:

        @Language.component("clausecheck_abbrev_end")
        def _abbrev_end(doc: Any) -> Any:
            # "... fees, taxes, etc. The Customer ...": a break after an abbreviation that may end a sentence.
            for tok in doc[:-1]:
                nxt = doc[tok.i + 1]
                if tok.text in _MAY_END and nxt.text in _OPENERS:
                    nxt.is_sent_start = True
            return doc

    nlp.add_pipe("clausecheck_abbrev_end", after="sentencizer")
    nlp.max_length = 10_000_000
    _NLP = nlp
    return nlp


def _lines(text: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _ja_pieces(line: str) -> list[tuple[int, int]]:
    """Split a line at 。！？ outside brackets (「…。」 stays inside its sentence)."""
    out: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    start = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch in _JA_OPEN:
            depth += 1
            opened = i
        elif ch in _JA_CLOSE:
            depth = max(0, depth - 1)
        elif ch in "。！？" and (depth == 0 or i - opened > 200):  # an unclosed bracket does not swallow the line
            depth = 0
            j = i + 1
            while j < n and (line[j] in "。！？" or line[j] in _JA_CLOSE):
                j += 1
            out.append((start, j))
            start = i = j
            continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text`` (relative offsets, white space trimmed)."""
    if not text or not text.strip():
        return []
    pieces: list[tuple[int, int]] = []
    for a, b in _lines(text):
        if a >= b:
            continue
        line = text[a:b]
        if any(ch in line for ch in "。！？"):
            pieces.extend((a + s, a + e) for s, e in _ja_pieces(line))
        else:
            pieces.append((a, b))
    out: list[tuple[int, int]] = []
    need_nlp = [(a, b) for a, b in pieces if _WESTERN_END.search(text[a:b] + " ")]
    by_piece: dict[tuple[int, int], list[tuple[int, int]]] = {}
    if need_nlp:
        nlp = get_nlp()
        for (a, b), doc in zip(need_nlp, nlp.pipe(text[a:b] for a, b in need_nlp)):
            spans = [(a + s.start_char, a + s.end_char) for s in doc.sents]
            by_piece[(a, b)] = spans
    for piece in pieces:
        spans = by_piece.get(piece, [piece])
        merged: list[tuple[int, int]] = []
        carry: int | None = None
        for k, (s, e) in enumerate(spans):
            t = _trim(text, s, e)
            if t is None:
                continue
            s, e = t
            if carry is not None:
                s = carry
                carry = None
            if _MARKER_ONLY.fullmatch(text[s:e]) and k < len(spans) - 1:
                carry = s  # "1." / "(a)" alone: part of the next sentence
                continue
            merged.append((s, e))
        if carry is not None:
            t = _trim(text, carry, piece[1])
            if t:
                merged.append(t)
        out.extend(merged)
    return out


def sentences_for(tree: ClauseTree, clause: Clause, *, whole: bool = False) -> tuple[tuple[int, int], ...]:
    """Absolute sentence spans of ``clause``'s own text (``whole=True``: including its sub-clauses)."""
    start = clause.start
    end = clause.end if whole else clause.own_end
    text = tree.document.text[start:end]
    return tuple((start + a, start + b) for a, b in split_sentences(text))


def with_sentences(tree: ClauseTree) -> ClauseTree:
    """A copy of ``tree`` whose clauses carry ``sentences`` (own text, absolute offsets)."""
    from dataclasses import replace

    clauses = tuple(replace(c, sentences=sentences_for(tree, c), text=c.text) for c in tree.clauses)
    return replace(tree, clauses=clauses)
