"""Overlapping windows for clauses longer than the model's window.

A clause is tokenised once without special tokens.  If it fits the window
(``max_length`` minus ``[CLS]`` and ``[SEP]``) it is one window; otherwise it
is cut into overlapping windows that start and end on sentence-ish boundaries
(a cheap regex: ``. ; : ! ?`` followed by space, a line break, or a list
marker such as ``(a)``), falling back to word boundaries inside a very long
sentence.  Nothing is ever truncated: every token is in at least one window.

Pure Python, no model: the run-time classifier and the training side share it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

#: Where a new sentence-ish unit starts: after ". ; : ! ?" (and closing quotes or
#: brackets) plus white space, after a line break, or at a list marker "(a)", "(iv)", "(3)".
_BOUNDARY = re.compile(
    r"[.;:!?][\"'\u201d\u2019)\]]*\s+"
    r"|\n\s*"
    r"|\s(?=\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)\s)",
    re.IGNORECASE,
)

#: Default overlap between neighbouring windows, in tokens.
DEFAULT_OVERLAP = 48


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a sentence-ish unit starts (always includes 0)."""
    starts = [0]
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if 0 < end < len(text) and end != starts[-1]:
            starts.append(end)
    return starts


def token_boundaries(
    text: str, offsets: Sequence[tuple[int, int]], word_ids: Sequence[int | None]
) -> tuple[list[int], list[int]]:
    """(sentence-start token indices, word-start token indices) for one encoding."""
    n = len(offsets)
    token_starts = [o[0] for o in offsets]
    sent: set[int] = set()
    for c in sentence_starts(text):
        i = bisect_left(token_starts, c)
        if i < n:
            sent.add(i)
    words = [i for i in range(n) if i == 0 or word_ids[i] is None or word_ids[i] != word_ids[i - 1]]
    return sorted(sent), words


def plan_windows(
    n: int,
    limit: int,
    sentence_starts_tok: Sequence[int] = (),
    word_starts_tok: Sequence[int] = (),
    overlap: int = DEFAULT_OVERLAP,
) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` covering ``0..n`` with windows of at most ``limit`` tokens.

    A window ends at the last sentence start in its second half if there is
    one, else at the last word start, else at the hard limit.  The next window
    starts at the earliest sentence start within ``overlap`` tokens before that
    end (else a word start, else ``end - overlap``), so neighbouring windows
    share up to ``overlap`` tokens and never lose one.
    """
    if limit < 8:
        raise ValueError("window limit too small")
    if n <= limit:
        return [(0, n)]
    overlap = max(0, min(overlap, limit // 2))
    sents = sorted(set(sentence_starts_tok))
    words = sorted(set(word_starts_tok))

    def last_in(seq: Sequence[int], lo: int, hi: int) -> int | None:
        """Largest element x with lo < x <= hi."""
        j = bisect_right(seq, hi) - 1
        if j >= 0 and seq[j] > lo:
            return seq[j]
        return None

    def first_in(seq: Sequence[int], lo: int, hi: int) -> int | None:
        """Smallest element x with lo <= x <= hi."""
        j = bisect_left(seq, lo)
        if j < len(seq) and seq[j] <= hi:
            return seq[j]
        return None

    windows: list[tuple[int, int]] = []
    a = 0
    while True:
        if n - a <= limit:
            windows.append((a, n))
            return windows
        hard = a + limit
        half = a + limit // 2
        b = last_in(sents, half, hard)
        if b is None:
            b = last_in(words, half, hard)
        if b is None:
            b = hard
        windows.append((a, b))
        lo = b - overlap
        nxt = first_in(sents, lo, b)
        if nxt is None:
            nxt = first_in(words, lo, b)
        if nxt is None:
            nxt = lo
        if nxt <= a:  # always make progress
            nxt = b
        a = nxt
