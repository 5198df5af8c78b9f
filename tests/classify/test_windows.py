"""Sliding windows for long clauses: every token covered, no window too long, cuts on sentence starts."""

from __future__ import annotations

import pytest

from clausecheck.classify.windows import plan_windows, sentence_starts, token_boundaries


def _covered(windows, n):
    seen = set()
    for a, b in windows:
        seen.update(range(a, b))
    return seen == set(range(n))


def test_windows_short_clause_is_one_window():
    assert plan_windows(10, 254) == [(0, 10)]
    assert plan_windows(254, 254) == [(0, 254)]


@pytest.mark.parametrize("n", [255, 300, 509, 1000, 4321])
@pytest.mark.parametrize("limit", [32, 254])
def test_windows_cover_every_token_within_limit(n, limit):
    sents = list(range(0, n, 17))
    words = list(range(n))
    windows = plan_windows(n, limit, sents, words, overlap=min(48, limit // 4))
    assert windows[0][0] == 0 and windows[-1][1] == n
    assert all(0 < b - a <= limit for a, b in windows)
    assert all(a2 > a1 for (a1, _), (a2, _) in zip(windows, windows[1:]))  # progress
    assert all(a2 <= b1 for (_, b1), (a2, _) in zip(windows, windows[1:]))  # no gap
    assert _covered(windows, n)


def test_windows_end_on_sentence_starts_when_possible():
    n, limit = 600, 254
    sents = [0, 100, 200, 300, 400, 500]
    windows = plan_windows(n, limit, sents, list(range(n)), overlap=48)
    for _a, b in windows[:-1]:
        assert b in sents
    # the next window starts on a sentence start inside the overlap, or exactly at the cut
    for (_, b), (a, _) in zip(windows, windows[1:]):
        assert a in sents and b - 48 <= a <= b


def test_windows_without_any_boundary_still_cover():
    windows = plan_windows(1000, 100, [], [], overlap=20)
    assert _covered(windows, 1000)
    assert all(b - a <= 100 for a, b in windows)


def test_windows_limit_too_small_is_refused():
    with pytest.raises(ValueError):
        plan_windows(100, 4)


def test_sentence_starts_finds_sentences_and_list_items():
    text = "The Supplier shall comply. It shall not train models; and (a) it will notify the Customer: (b) promptly."
    starts = sentence_starts(text)
    assert starts[0] == 0
    assert text[starts[1] :].startswith("It shall")
    assert any(text[s:].startswith("(a)") or text[s:].startswith("and (a)") for s in starts)
    assert any(text[s:].startswith("(b)") for s in starts)


def test_token_boundaries_maps_characters_to_tokens():
    text = "One two. Three four."
    # hand-made offsets: one token per word, periods as tokens
    offsets = [(0, 3), (4, 7), (7, 8), (9, 14), (15, 19), (19, 20)]
    word_ids = [0, 1, 2, 3, 4, 5]
    sents, words = token_boundaries(text, offsets, word_ids)
    assert sents == [0, 3]
    assert words == list(range(6))
