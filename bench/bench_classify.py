#!/usr/bin/env python3
"""Benchmark the run-time clause classifier against the issue's budgets.

    python bench/bench_classify.py [--repeat 3] [--out bench/out/bench_classify.json]

Measures, on this machine:

* model load (sha256 check of every file + onnxruntime session + tokenizer), in-process, median;
* cold start: a fresh process that imports the classifier and loads the model;
* throughput in clauses/s (sorted by length, bucketed, int8) on the clauses of a ~30-page
  contract and on the training clauses;
* one-shot ``clausecheck classify`` of 32 clauses in a fresh process;
* ``clausecheck FILE --format json`` end to end on a ~30-page DOCX and PDF built from
  ``samples/src`` (three sample contracts joined), in fresh processes.

Prints each number beside its budget as a ratio (budget / measured for speeds, measured /
budget for times; a ratio below 1.0 for times means within budget).  No assertion: speed is
reported, never tested.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# throughput means the model on every clause: no reuse of predictions of clauses seen before
# (the one-shot and end-to-end runs below inherit this too)
os.environ["CLAUSECHECK_MODEL_MEMO"] = "0"

BUDGET_LOAD_S = 0.5
BUDGET_CLAUSES_PER_S = 200.0
BUDGET_30_PAGES_S = 3.0
TARGET_WORDS = 11_800  # about 30 pages in the samples' layout
SOURCES = ("ai_saas_agreement", "jp_style_services_agreement", "plain_saas_no_ai")


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _run(args: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    t0 = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, cwd=str(ROOT), env=env, **kw)
    return time.perf_counter() - t0, out


def build_long_contract(folder: Path) -> tuple[Path, Path, int]:
    """A ~30-page contract: the bodies of three sample sources joined, numbering restarted."""
    spec = importlib.util.spec_from_file_location("samples_build", ROOT / "samples" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["samples_build"] = mod
    spec.loader.exec_module(mod)
    lines: list[str] = []
    words = 0
    for k, name in enumerate(SOURCES):
        text = (ROOT / "samples" / "src" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        for line in text:
            if line.startswith("@"):
                if k == 0 and not line.startswith("@restart"):
                    lines.append(line)
                continue
            if words >= TARGET_WORDS:
                break
            lines.append(line)
            words += len(line.split())
        lines += ["", "@restart", "@pagebreak"]
    src = folder / "bench_30_pages.txt"
    src.write_text("\n".join(lines[:-2]) + "\n", encoding="utf-8")
    docx, pdf = mod.build(src, folder)
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(str(pdf)))
    return Path(docx), Path(pdf), pages


def contract_clauses(path: Path) -> list[str]:
    from clausecheck.classify.units import classification_units
    from clausecheck.pipeline import Options, stage_extract, stage_segment

    opts = Options()
    tree = stage_segment(stage_extract(path, opts), opts)
    return [text for _, text in classification_units(tree)]


def training_clauses(limit: int = 2000) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "models" / "training" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                texts.append(json.loads(line)["text"])
            except (ValueError, KeyError):
                continue
    return texts[:limit]


def throughput(clf, texts: list[str], repeat: int) -> dict[str, float]:
    clf.predict(texts[:64])  # warm-up
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        clf.predict(texts)
        rates.append(len(texts) / (time.perf_counter() - t0))
    tokens = [sum(len(w) + 2 for w in ws) for ws in clf.encode(texts)]
    return {
        "clauses": len(texts),
        "mean_tokens": round(sum(tokens) / max(1, len(tokens)), 1),
        "clauses_per_s": round(_median(rates), 1),
        "best_clauses_per_s": round(max(rates), 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "bench_classify.json")
    ap.add_argument(
        "--record",
        action="store_true",
        help="also store the results in models/clause-classifier/card.json and models/README.md",
    )
    args = ap.parse_args(argv)
    from clausecheck.classify.model import ClauseClassifier, available_cores, cpu_info

    res: dict[str, object] = {"cores": available_cores(), "cpu": cpu_info(), "load_average": os.getloadavg()[0]}

    loads = []
    for _ in range(max(3, args.repeat)):
        t0 = time.perf_counter()
        clf = ClauseClassifier.load()
        loads.append(time.perf_counter() - t0)
    res["load_s"] = round(_median(loads), 3)

    cold = []
    code = (
        "import time; t=time.perf_counter(); from clausecheck.classify.model import ClauseClassifier; "
        "c=ClauseClassifier.load(); print(time.perf_counter()-t)"
    )
    for _ in range(args.repeat):
        wall, out = _run([sys.executable, "-c", code])
        cold.append(float(out.stdout.strip() or "nan"))
    res["cold_import_and_load_s"] = round(_median(cold), 3)

    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        folder = Path(tmp)
        docx, pdf, pages = build_long_contract(folder)
        res["pages"] = pages
        clauses = contract_clauses(docx)
        res["throughput_contract"] = throughput(clf, clauses, args.repeat)
        train = training_clauses()
        if train:
            res["throughput_training_clauses"] = throughput(clf, train, args.repeat)

        lines = "\n".join(clauses[:32]) + "\n"
        one = []
        for _ in range(args.repeat):
            wall, out = _run([sys.executable, "-m", "clausecheck", "classify"], input=lines)
            if out.returncode != 0:
                print(out.stderr, file=sys.stderr)
            one.append(wall)
        res["one_shot_classify_32_s"] = round(_median(one), 3)

        extra: list[str] = []
        for name, path in (("docx", docx), ("pdf", pdf)):
            walls = []
            rc = None
            for _ in range(args.repeat):
                cmd = [sys.executable, "-m", "clausecheck", str(path), "--format", "json", "--exit-zero", *extra]
                wall, out = _run(cmd)
                if out.returncode == 2 and "--allow-modified-rules" in out.stderr and not extra:
                    extra = ["--allow-modified-rules"]  # a source checkout with edited rules
                    wall, out = _run(cmd + extra)
                if out.returncode not in (0, 1):
                    print(out.stderr.strip().splitlines()[-1:], file=sys.stderr)
                rc = out.returncode
                walls.append(wall)
            res[f"end_to_end_{name}_s"] = round(_median(walls), 3)
            res[f"end_to_end_{name}_rc"] = rc

    tc = res["throughput_contract"]
    cpu = res["cpu"] or {}
    print(
        f"machine: {res['cores']} cores, {cpu.get('model') or 'unknown CPU'} "
        f"({', '.join(cpu.get('int8_features') or []) or 'no AVX2/VNNI'}), "
        f"load average {res['load_average']:.2f} at start"
    )
    print(
        f"model load (in-process, median):       {res['load_s']:.3f} s   "
        f"ratio to the {BUDGET_LOAD_S} s budget: {res['load_s'] / BUDGET_LOAD_S:.2f}"
    )
    print(f"cold start (fresh process, import+load): {res['cold_import_and_load_s']:.3f} s")
    print(
        f"throughput, {tc['clauses']} clauses of a {res['pages']}-page contract ({tc['mean_tokens']} tokens avg): "
        f"{tc['clauses_per_s']} clauses/s (best {tc['best_clauses_per_s']})   "
        f"ratio to the {BUDGET_CLAUSES_PER_S:.0f}/s target: {tc['clauses_per_s'] / BUDGET_CLAUSES_PER_S:.2f}"
    )
    if "throughput_training_clauses" in res:
        tt = res["throughput_training_clauses"]
        print(
            f"throughput, {tt['clauses']} training clauses ({tt['mean_tokens']} tokens avg): "
            f"{tt['clauses_per_s']} clauses/s (best {tt['best_clauses_per_s']})   "
            f"ratio to the target: {tt['clauses_per_s'] / BUDGET_CLAUSES_PER_S:.2f}"
        )
    print(f"one-shot `clausecheck classify` of 32 clauses: {res['one_shot_classify_32_s']:.3f} s")
    for name in ("docx", "pdf"):
        v = res[f"end_to_end_{name}_s"]
        print(
            f"`clausecheck FILE --format json`, {res['pages']}-page {name.upper()}: {v:.3f} s "
            f"(exit {res[f'end_to_end_{name}_rc']})   ratio to the {BUDGET_30_PAGES_S} s budget: "
            f"{v / BUDGET_30_PAGES_S:.2f}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if args.record:
        from clausecheck.resources import classifier_dir
        from clausecheck.training.card import record_benchmark

        record_benchmark(classifier_dir(), res)
        print(f"recorded in {classifier_dir() / 'card.json'} and the model README")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
