"""Do the model's answers depend on what the parties are called?

    python bench/eval_party_names.py [--model DIR ...] [FILE.jsonl ...]

Takes our held-out and calibration clauses (never trained on; or the labelled FILEs given), keeps
those that name a party ("the Customer", "Supplier", ...) and renames the parties with names from
``clausecheck.training.parties.EVAL``: roles and invented companies that the training data and its
renaming augmentation never use.  The roles stay the same, so the gold labels and stances stay
true.  Prints, for the original and the renamed clauses, macro-F1 and stance accuracy, and how
many clauses changed their labels or a stance when only the names changed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.classify.model import ClauseClassifier  # noqa: E402
from clausecheck.training.evaluate import evaluate, load_labelled  # noqa: E402
from clausecheck.training.parties import EVAL, names_parties, rename  # noqa: E402

DEFAULT_SETS = [ROOT / "models" / "eval" / "heldout.jsonl", ROOT / "models" / "eval" / "calibration.jsonl"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT_SETS)
    ap.add_argument("--model", type=Path, action="append", help="model folder (default: the installed one)")
    args = ap.parse_args(argv)
    rows = [r for f in args.files for r in load_labelled(f) if names_parties(str(r["text"]))]
    rng = random.Random(20261206)
    renamed = [dict(r, text=rename(str(r["text"]), rng, EVAL)) for r in rows]
    pairs = [(a, b) for a, b in zip(rows, renamed) if a["text"] != b["text"]]
    gold = [a for a, _ in pairs]
    print(f"{len(pairs)} clauses that name a party, from " + ", ".join(f.name for f in args.files))
    for folder in args.model or [None]:
        clf = ClauseClassifier.load(folder)
        before = [p.to_json() for p in clf.predict([str(a["text"]) for a, _ in pairs], all_stances=True)]
        after = [p.to_json() for p in clf.predict([str(b["text"]) for _, b in pairs], all_stances=True)]
        m0, m1 = evaluate(gold, before), evaluate(gold, after)
        label_flips = sum(1 for x, y in zip(before, after) if sorted(x["labels"]) != sorted(y["labels"]))
        stance_flips = sum(
            1
            for g, x, y in zip(gold, before, after)
            for k in (g.get("stance") or {})
            if (x.get("stance") or {}).get(k) != (y.get("stance") or {}).get(k)
        )
        print(f"model {folder or 'installed'} (sha256 {str(clf.model_sha256)[:16]})")
        print(
            f"  original names: macro-F1 {m0['macro_f1']:.3f}, stance {m0['stance']['accuracy']:.3f} (n={m0['stance']['n']})"
        )
        print(
            f"  renamed:        macro-F1 {m1['macro_f1']:.3f}, stance {m1['stance']['accuracy']:.3f} (n={m1['stance']['n']})"
        )
        print(f"  changed by the names alone: labels of {label_flips} clauses, {stance_flips} stances")
    return 0


if __name__ == "__main__":
    sys.exit(main())
