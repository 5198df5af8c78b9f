"""False AI labels on real contracts that have nothing to do with AI.

    python bench/eval_realpdfs.py [--model DIR ...] [FOLDER]

FOLDER defaults to ../shared/realpdfs beside the project: public licences, EULAs and
agreements written before AI clauses existed, so every AI label the model gives there is a
false alarm.  Each PDF is extracted and segmented as ``clausecheck FILE`` does; the clauses
are classified by the installed model (or each ``--model`` folder) and the labels counted.
Files that cannot be read (a scan without text) are named and skipped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.classify.labels import AI_LABELS  # noqa: E402
from clausecheck.classify.model import ClauseClassifier  # noqa: E402
from clausecheck.classify.units import classification_units  # noqa: E402
from clausecheck.errors import ClauseCheckError  # noqa: E402
from clausecheck.pipeline import Options, stage_extract, stage_segment  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "realpdfs")
    ap.add_argument("--model", type=Path, action="append", help="model folder (default: the installed one)")
    args = ap.parse_args(argv)
    pdfs = sorted(args.folder.glob("*.pdf")) if args.folder.is_dir() else []
    if not pdfs:
        print(f"{args.folder}: no PDFs found, skipped")
        return 0
    docs: dict[str, list[str]] = {}
    for pdf in pdfs:
        opts = Options()
        try:
            tree = stage_segment(stage_extract(pdf, opts), opts)
        except ClauseCheckError as e:
            print(f"{pdf.name}: skipped ({e})")
            continue
        docs[pdf.name] = [text for _, text in classification_units(tree)]
    n = sum(map(len, docs.values()))
    ai = {str(x) for x in AI_LABELS}
    for folder in args.model or [None]:
        clf = ClauseClassifier.load(folder)
        total: Counter[str] = Counter()
        print(
            f"\nmodel {folder or 'installed'} (sha256 {str(clf.model_sha256)[:16]}): {len(docs)} documents, {n} clauses"
        )
        for name, texts in docs.items():
            counts = Counter(str(lbl) for p in clf.predict(texts) for lbl in p.labels)
            total.update(counts)
            false_ai = sum(v for k, v in counts.items() if k in ai)
            print(f"  {name[:48]:48s} {len(texts):4d} clauses  AI labels {false_ai}")
        false_ai = sum(v for k, v in total.items() if k in ai)
        print(
            f"  false AI labels: {false_ai} ({false_ai / max(1, n):.1%} of clauses): "
            + ", ".join(f"{k} {total[k]}" for k in sorted(ai) if total[k])
        )
        print("  other labels: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items()) if k not in ai))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
