"""The governing-law / dispute-resolution extractor on our own labelled clauses.

tests/data/gl_dr_clauses.jsonl holds 132 clauses written for this test (65 governing law,
67 dispute resolution, 22 in Japanese) with the expected jurisdiction, mechanism and forum.
The floors sit just under what the extractor measures today (bench/eval_law.py prints
every miss), so a regression in the gazetteer or the patterns fails here.
"""

from __future__ import annotations

from pathlib import Path

from clausecheck.checks.evaluate import load_jsonl, score_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "gl_dr_clauses.jsonl"


def test_extractor_accuracy_on_own_set():
    rows = load_jsonl(DATA)
    assert len(rows) >= 120
    s = score_rows(rows)
    assert s.law_total >= 60 and s.mech_total >= 60
    assert s.law >= 0.95, s.misses
    assert s.mechanism >= 0.95, s.misses
    assert s.forum >= 0.93, s.misses


def test_japanese_clauses_are_read():
    rows = [r for r in load_jsonl(DATA) if any("\u3040" <= ch <= "\u9fff" for ch in r["text"])]
    assert len(rows) >= 15
    s = score_rows(rows)
    assert s.law >= 0.9 and s.mechanism >= 0.9, s.misses
