"""Score the committed model on our held-out evaluation set and record it in the model card.

    python -m clausecheck.training.heldout            # models/eval/heldout.jsonl
    python -m clausecheck.training.heldout --dry-run  # print, do not touch the card

``models/eval/heldout.jsonl`` holds clauses written by us *independently of the
training data* (its author never saw the training files or the shared dev set),
in the drafting styles of real AI-vendor terms, procurement templates and
licences.  It is never trained on and never used to pick thresholds: it answers
"does a gain seen on the dev set hold on clauses nobody tuned against?".  It is
synthetic, so it is easier than real contracts; the dev set stays the main
yardstick.

``models/eval/heldout_parties.jsonl`` is a second set of the same kind, written later by another
author of ours who saw neither the training data nor the other evaluation sets: its clauses call
the parties what real contracts often call them (the Evaluator, the Ministry, a company's short
name) instead of "Customer" and "Provider", to test that the model tells who carries a duty from
the clause's logic and not from a familiar name.

The results go into ``card.json`` under ``heldout`` (SHA256SUMS refreshed and
models/README.md re-rendered by :func:`clausecheck.training.card.update_card`).
Only runs the int8 model through onnxruntime: no torch.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = ROOT / "models" / "eval" / "heldout.jsonl"
PARTIES_SET = ROOT / "models" / "eval" / "heldout_parties.jsonl"
TITLE = "Held-out set (our own clauses, written apart from the training data, never trained on)"
ABOUT = (
    "Written by a separate author who saw neither the training data nor the dev set, imitating real "
    "AI-vendor terms, procurement clauses, licences and Japanese companies' English; one clause per family. "
    "Synthetic, so easier than real contracts: read it as a check that a change did not only fit the dev set."
)
DESCRIPTIONS = {
    DEFAULT_SET.name: (TITLE, ABOUT),
    PARTIES_SET.name: (
        "Held-out set with unusual party names (our own clauses, never trained on)",
        "Written by another separate author who saw neither the training data nor the other evaluation sets. Every "
        'clause names the parties as real contracts often do instead of "Customer" and "Provider" (the Evaluator, '
        "the Ministry, a fictional company's short name, the same company on the customer side in one clause and the "
        "vendor side in another), so it tests whether the model tells who carries a duty from the clause's logic. "
        "Hardest on ai_compliance stance: a burden placed on a customer with an unfamiliar name.",
    ),
}


def measure(path: Path, model_dir: Path | None = None) -> dict[str, Any]:
    from ..classify.model import ClauseClassifier
    from ..fileio import sha256_file
    from .data import load_dir, overlap_with
    from .evaluate import evaluate, load_labelled
    from .train import load_recipe

    rows = load_labelled(path)
    clf = ClauseClassifier.load(model_dir)
    preds = [p.to_json() for p in clf.predict([str(r["text"]) for r in rows], all_stances=True)]
    metrics = evaluate(rows, preds)
    recipe_path = ROOT / "models" / "training" / "train.toml"
    recipe = load_recipe(recipe_path)
    data = load_dir(recipe_path.parent / recipe["data"]["dir"], order=recipe["data"].get("files"))
    overlap = overlap_with(list(data.examples), [str(r["text"]) for r in rows])
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(path)
    title, about = DESCRIPTIONS.get(path.name, (f"Held-out set {path.name}", "Our own clauses, never trained on."))
    return {
        "title": title,
        "about": about,
        "file": shown,
        "clauses": len(rows),
        "sha256": sha256_file(path),
        "metrics": metrics,
        "training_overlap": overlap,
        "model_sha256": clf.model_sha256,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[DEFAULT_SET, PARTIES_SET])
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the installed one)")
    ap.add_argument("--dry-run", action="store_true", help="print the figures; leave the card alone")
    opts = ap.parse_args(argv)
    results = [measure(f, opts.model) for f in opts.files]
    for result in results:
        m = result["metrics"]
        print(
            f"{result['file']}: {result['clauses']} clauses; macro-F1 {m['macro_f1']:.3f}, "
            f"stance {m['stance']['accuracy']:.3f} (n={m['stance']['n']}); training overlap "
            f"{result['training_overlap']['exact']} exact / {result['training_overlap']['near']} near"
        )
    if not opts.dry_run:
        from ..resources import classifier_dir
        from .card import update_card

        folder = opts.model or classifier_dir()
        update_card(folder, {"heldout": results}, ROOT / "models" / "README.md")
        print(f"recorded in {folder / 'card.json'} and models/README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
