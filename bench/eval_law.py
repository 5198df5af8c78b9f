"""Accuracy of the governing-law / dispute-resolution extractor.

    python bench/eval_law.py [FILE.jsonl ...]
    python bench/eval_law.py --cuad FILE.jsonl
    python bench/eval_law.py --docs DIR [--cache DIR]

Without arguments it scores our own test set (tests/data/gl_dr_clauses.jsonl) and, when
present beside the project, the dev set of real public clauses (../shared/devset/clauses.jsonl).
Prints jurisdiction, mechanism and forum accuracy and lists every miss.

``--cuad FILE`` scores governing-law excerpts labelled with the ISO codes they choose
(``text`` and ``expected``; rows whose ``gold_status`` is ``excluded`` are left out): the law
is right when the extractor's codes equal the expected ones.

``--docs DIR`` reads whole documents (``DIR/built/*.pdf`` and ``*.docx``) as
``clausecheck FILE`` does and compares the report's governing law (ISO codes, split) and
dispute mechanism with ``DIR/docs/<name>.truth.json``.  ``--pdf-truth FILE`` reads whole contracts the same way (``FILE``'s folder ``pdf/``) and compares the
report's governing law with ``FILE``'s ``expected_iso`` (null: the contract chooses no law).
``--cache DIR`` keeps each
document's labels from the model (JSON, keyed by the document's and the model's hashes), so a
rerun after a change to the checks skips the model.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.checks.evaluate import load_jsonl, score_rows  # noqa: E402


def score_files(files: list[Path]) -> None:
    for f in files:
        if not f.is_file():
            print(f"{f}: not found, skipped")
            continue
        s = score_rows(load_jsonl(f))
        print(
            f"{f.name}: jurisdiction {s.law_right}/{s.law_total} = {s.law:.1%}   "
            f"mechanism {s.mech_right}/{s.mech_total} = {s.mechanism:.1%}   "
            f"forum {s.forum_right}/{s.forum_total} = {s.forum:.1%}"
        )
        for m in s.misses:
            print(f"  miss {m['id']}: {m['field']} gold={m['gold']!r} ours={m['ours']!r}")


def score_cuad(path: Path, verbose: bool) -> None:
    from clausecheck.checks.lawfacts import extract_facts

    rows = [r for r in load_jsonl(path) if r.get("gold_status") != "excluded"]
    right = 0
    for r in rows:
        ours = list(extract_facts(r["text"]).governing_law)
        if set(ours) == set(r["expected"]):
            right += 1
        else:
            print(f"  miss {r['id']}: expected={r['expected']} ours={ours}")
            if verbose:
                print("      " + " ".join(r["text"].split())[:400])
    print(f"{path.name}: law {right}/{len(rows)} = {right / max(1, len(rows)):.1%}")


def _labels_to_json(labelled: dict) -> dict:
    return {cid: dataclasses.asdict(lab) for cid, lab in labelled.items()}


def _labels_from_json(data: dict) -> dict:
    from clausecheck.classify.labels import LabelledClause

    out = {}
    for cid, d in data.items():
        d = dict(d)
        for key in ("labels", "review", "added"):
            d[key] = tuple(d[key])
        d["evidence"] = {k: tuple(v) for k, v in d["evidence"].items()}
        out[cid] = LabelledClause(**d)
    return out


def _tree_and_labels(path: Path, cache: Path | None) -> tuple:
    """The clause tree (always read again: extraction is deterministic) and the model's labels, kept as JSON in
    ``cache`` under the document's and the model's hashes, so a rerun after a change to the checks skips the
    model."""
    from clausecheck.pipeline import Options, load_classifier, stage_classify, stage_extract, stage_segment

    opts = Options()
    tree = stage_segment(stage_extract(path, opts), opts)
    key = None
    if cache is not None:
        model = (ROOT / "models" / "clause-classifier" / "SHA256SUMS").read_bytes()
        digest = hashlib.sha256(path.read_bytes() + b"\0" + model).hexdigest()[:20]
        key = cache / f"{digest}.labels.json"
        if key.is_file():
            return tree, _labels_from_json(json.loads(key.read_text(encoding="utf-8")))
    labelled = stage_classify(tree, opts, load_classifier(opts))
    if key is not None:
        cache.mkdir(parents=True, exist_ok=True)
        key.write_text(json.dumps(_labels_to_json(labelled), ensure_ascii=False), encoding="utf-8")
    return tree, labelled


def _mechanism_ok(gold: str | None, ours: str | None) -> bool:
    if gold in (None, "none"):
        return ours is None
    return gold == ours


def score_docs(folder: Path, cache: Path | None, verbose: bool) -> None:
    from clausecheck.checks import run_checks
    from clausecheck.pipeline import Options

    files = sorted(p for p in (folder / "built").iterdir() if p.suffix in (".pdf", ".docx"))
    totals = {"law": 0, "split": 0, "mechanism": 0, "present": 0}
    for path in files:
        truth = json.loads((folder / "docs" / f"{path.stem}.truth.json").read_text(encoding="utf-8"))
        tree, labelled = _tree_and_labels(path, cache)
        checked = run_checks(tree, labelled, Options())
        gl, dr = checked["governing_law"], checked["dispute_resolution"]
        tgl, tdr = truth["governing_law"], truth["dispute_resolution"]
        gold_codes = set(tgl.get("iso") or []) if tgl.get("present") else set()
        ours_codes = set((gl or {}).get("jurisdictions") or [])
        law_ok = gold_codes == ours_codes and bool(gl) == bool(tgl.get("present"))
        split_ok = bool((gl or {}).get("split")) == bool(tgl.get("split"))
        gold_mech = tdr.get("mechanism") if tdr.get("present") else None
        ours_mech = (dr or {}).get("mechanism")
        mech_ok = _mechanism_ok(gold_mech, ours_mech)
        present_ok = bool(dr) == bool(tdr.get("present"))
        for k, ok in (("law", law_ok), ("split", split_ok), ("mechanism", mech_ok), ("present", present_ok)):
            totals[k] += ok
        flag = "" if (law_ok and split_ok and mech_ok and present_ok) else "   <-- miss"
        print(
            f"  {path.name[:44]:44s} law {sorted(gold_codes)}/{sorted(ours_codes)}"
            f" split {bool(tgl.get('split'))}/{bool((gl or {}).get('split'))}"
            f" mech {gold_mech}/{ours_mech}{flag}"
        )
        if verbose and (gl or dr):
            print(f"      gl={json.dumps(gl, ensure_ascii=False)[:600]}")
            print(f"      dr={json.dumps(dr, ensure_ascii=False)[:600]}")
            ids = {r.rule_id for r in checked["findings"] if r.rule_id[:2] in ("GL", "DR")}
            print(f"      findings={sorted(ids)}")
    n = len(files)
    print(
        f"{folder.name}: {n} files; law {totals['law']}/{n}  split {totals['split']}/{n}  "
        f"mechanism {totals['mechanism']}/{n}  dispute present {totals['present']}/{n}"
    )


def score_pdf_truth(truth_file: Path, cache: Path | None) -> None:
    from clausecheck.checks import run_checks
    from clausecheck.errors import ClauseCheckError
    from clausecheck.pipeline import Options

    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    right = total = 0
    for name, gold in sorted(truth.items()):
        path = truth_file.parent / "pdf" / name
        if not path.is_file():
            continue
        try:
            tree, labelled = _tree_and_labels(path, cache)
        except ClauseCheckError as e:
            print(f"  {name[:60]}: skipped ({e})")
            continue
        gl = run_checks(tree, labelled, Options())["governing_law"]
        ours = set((gl or {}).get("jurisdictions") or [])
        expected = set(gold.get("expected_iso") or [])
        total += 1
        if ours == expected:
            right += 1
        else:
            print(f"  miss {name[:60]}: expected={sorted(expected)} ours={sorted(ours)}")
    print(f"{truth_file.name}: law {right}/{total} = {right / max(1, total):.1%}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--cuad", type=Path, help="governing-law excerpts with expected ISO codes (jsonl)")
    ap.add_argument("--docs", type=Path, help="folder with built/*.pdf|docx and docs/*.truth.json")
    ap.add_argument("--pdf-truth", type=Path, help="whole contracts: FILE maps pdf/<name> to expected_iso")
    ap.add_argument("--cache", type=Path, help="folder for the model's cached labels (--docs, --pdf-truth)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.cuad:
        score_cuad(args.cuad, args.verbose)
    if args.docs:
        score_docs(args.docs, args.cache, args.verbose)
    if args.pdf_truth:
        score_pdf_truth(args.pdf_truth, args.cache)
    if not (args.cuad or args.docs or args.pdf_truth) or args.files:
        score_files(
            args.files
            or [ROOT / "tests" / "data" / "gl_dr_clauses.jsonl", ROOT.parent / "shared" / "devset" / "clauses.jsonl"]
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
