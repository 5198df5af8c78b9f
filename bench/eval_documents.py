"""Document-level accuracy on real documents: the figures of the README and the model card.

Runs `clausecheck eval` (the library behind it) on the dev documents (PDF and DOCX, with the lawyer's truth
files) and on the CUAD sample (100 whole pre-AI contracts with their governing law, and the clause excerpts),
prints one table, and with --record stores the results in models/clause-classifier/card.json (re-rendering
models/README.md). The documents are read from ../shared next to a source checkout, for measuring only.

    python bench/eval_documents.py [--record] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.evaluation import evaluate_excerpts, evaluate_folder  # noqa: E402
from clausecheck.pipeline import Options  # noqa: E402


def _own_words(error: str) -> str:
    """An error line without the truth's wording: "law/forum gap not reported: <the truth's gap>" is stored
    as "a law/forum gap of the truth not reported" (and so for a drafting gap)."""
    for kind in ("law/forum", "drafting"):
        if error.startswith(f"{kind} gap not reported"):
            return f"a {kind} gap of the truth not reported"
    return error


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--record", action="store_true", help="store the figures in the model card")
    ap.add_argument("--skip-cuad", action="store_true", help="only the dev documents (quicker)")
    ap.add_argument(
        "--model",
        type=Path,
        default=None,
        help="measure the model in this folder (a candidate) instead of the installed one",
    )
    args = ap.parse_args(argv)
    if args.model is not None:  # a candidate: its files are not the pinned ones
        import os

        folder = Path(args.model).resolve()
        staging = Path("/tmp") / f"clausecheck-candidate-{os.getpid()}"
        (staging).mkdir(exist_ok=True)
        link = staging / "clause-classifier"
        if not link.exists():
            link.symlink_to(folder)
        os.environ["CLAUSECHECK_MODELS_DIR"] = str(staging)
        if args.record:
            ap.error("--record stores figures of the installed model only")
    allow = args.model is not None
    dev, cuad = args.shared / "devdocs", args.shared / "cuad"
    results: dict[str, object] = {"command": "python bench/eval_documents.py --record"}
    t0 = time.perf_counter()
    for kind in ("pdf", "docx"):
        s = evaluate_folder(
            dev / "built", truth=dev / "docs", suffixes=(f".{kind}",), options=Options(allow_modified_model=allow)
        )
        results[f"devdocs_{kind}"] = {k: v for k, v in s.to_json().items() if k != "per_document"}
        # what was wrong, per document, without the truth's own words (the forum and the gaps as the truth
        # writes them): a gap not reported is counted, not quoted
        results[f"devdocs_{kind}"]["errors"] = {
            d.file: [_own_words(e) for e in d.errors if not e.startswith("forum ")] for d in s.docs if d.errors
        }
    if not args.skip_cuad:
        s = evaluate_folder(
            cuad / "pdf", truth=cuad / "pdf_truth.json", expect_no_ai=True, options=Options(allow_modified_model=allow)
        )
        out = s.to_json(expect_no_ai=True)
        results["cuad_pdf"] = {k: v for k, v in out.items() if k != "per_document"}
        results["cuad_pdf"]["ai_found_in"] = [d.file for d in s.docs if d.ai_found]
        results["cuad_excerpts"] = evaluate_excerpts(
            cuad / "excerpts.jsonl", options=Options(allow_modified_model=allow)
        )
    results["seconds"] = round(time.perf_counter() - t0, 1)
    from clausecheck.training.card import document_level_rows

    head = ["set", "AI clause found/missing", "stance", "citation", "governing law", "mechanism", "findings"]
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for row in document_level_rows(results):
        print("| " + " | ".join(str(x) for x in row) + " |")
    if "cuad_pdf" in results:
        print(
            json.dumps(
                {
                    "cuad_pdf": {k: results["cuad_pdf"][k] for k in ("no_ai", "totals", "ai_found_in")},
                    "cuad_excerpts": {k: v for k, v in results["cuad_excerpts"].items() if k != "by_category"},
                },
                indent=1,
            )
        )
    if args.record:
        from clausecheck.resources import classifier_dir
        from clausecheck.training.card import update_card

        update_card(classifier_dir(), {"document_level": results})
        print(f"recorded in {classifier_dir() / 'card.json'} and the model README")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
