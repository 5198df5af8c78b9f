"""Accuracy of the governing-law / dispute-resolution extractor.

    python bench/eval_law.py [FILE.jsonl ...]

Without arguments it scores our own test set (tests/data/gl_dr_clauses.jsonl) and, when
present beside the project, the dev set of real public clauses (../shared/devset/clauses.jsonl).
Prints jurisdiction, mechanism and forum accuracy and lists every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.checks.evaluate import load_jsonl, score_rows  # noqa: E402


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [ROOT / "tests" / "data" / "gl_dr_clauses.jsonl",
                                        ROOT.parent / "shared" / "devset" / "clauses.jsonl"]
    for f in files:
        if not f.is_file():
            print(f"{f}: not found, skipped")
            continue
        s = score_rows(load_jsonl(f))
        print(f"{f.name}: jurisdiction {s.law_right}/{s.law_total} = {s.law:.1%}   "
              f"mechanism {s.mech_right}/{s.mech_total} = {s.mechanism:.1%}   "
              f"forum {s.forum_right}/{s.forum_total} = {s.forum:.1%}")
        for m in s.misses:
            print(f"  miss {m['id']}: {m['field']} gold={m['gold']!r} ours={m['ours']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
