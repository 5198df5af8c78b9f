"""Ray engine overhead: documents per minute of ``clausecheck scan`` with the local engine and with
``--engine ray`` (a private local Ray with the same number of CPUs) on this machine.

    python bench/bench_ray.py                  # 500 generated documents (issue 8)
    python bench/bench_ray.py --docs 100       # smaller, for a quick look
    python bench/bench_ray.py --no-model       # extraction + checks only

Both scans run as a user runs them (``python -m clausecheck scan DIR --force``), with
``--workers 2`` by default, on the same generated folder (DOCX, TXT, PDF and MD, 1-5 pages).
The Ray time is end to end: it includes starting and stopping the local Ray instance (the
part that does not grow with the folder is printed too).  Target (issue 8): Ray takes at most
1.15x the local engine's time on one machine.  The reports of both scans are compared byte for
byte.  Figures go to stdout and bench/out/bench_ray.json.  Needs the ray extra.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.batch.corpus import build_bench_folder  # noqa: E402

MODEL = ROOT / "models" / "clause-classifier" / "model.int8.onnx"


def build(folder: Path, n: int, pages: tuple[int, int], seed: int, kinds: tuple[str, ...]) -> None:
    build_bench_folder(folder, n, pages=pages, seed=seed, kinds=kinds, prefix="room")


def run_scan(folder: Path, out: Path, workers: int, extra: list[str]) -> dict[str, float | int | dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RAY_USAGE_STATS_ENABLED="0")
    args = [
        sys.executable,
        "-m",
        "clausecheck",
        "scan",
        str(folder),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--force",
        "-q",
        "--exit-zero",
        "--format",
        "json",
        *extra,
    ]
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(args, cwd=str(ROOT), env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 2) or not (out / "scan.json").is_file():
        raise SystemExit(f"scan failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    m = json.loads((out / "scan.json").read_text(encoding="utf-8"))
    return {
        "seconds": round(wall, 2),
        "cpu_seconds": round((cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime), 1),
        "failed": m["failed"],
        "checked": m["checked"],
        "engine": m["engine"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500, help="documents to generate (default 500)")
    ap.add_argument("--min-pages", type=int, default=1)
    ap.add_argument("--max-pages", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2, help="worker processes / Ray CPUs (default 2)")
    ap.add_argument("--kinds", default="docx,txt,pdf,md", help="file kinds, comma-separated")
    ap.add_argument("--no-model", action="store_true", help="skip the clause model")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--order", default="local,ray", help="which engine runs first (default local,ray)")
    ap.add_argument("--keep", type=Path, default=None, help="generate into (and keep) this folder")
    opts = ap.parse_args(argv)
    try:
        import ray  # noqa: F401
    except ImportError:
        print("the ray extra is not installed: pip install 'clausecheck[ray]'", file=sys.stderr)
        return 2
    no_model = opts.no_model or not MODEL.is_file()
    extra = (["--no-model"] if no_model else []) + ["--allow-modified-rules"]

    tmp = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    folder = opts.keep or tmp / "contracts"
    t0 = time.perf_counter()
    if not folder.exists() or not any(folder.rglob("*.*")):
        build(folder, opts.docs, (opts.min_pages, opts.max_pages), opts.seed, tuple(opts.kinds.split(",")))
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    print(
        f"{len(files)} documents generated in {time.perf_counter() - t0:.1f} s "
        f"({'without' if no_model else 'with'} the model, {opts.workers} workers)",
        flush=True,
    )

    results: dict[str, object] = {
        "documents": len(files),
        "model": not no_model,
        "workers": opts.workers,
        "load_average_before": round(os.getloadavg()[0], 2),
    }
    runs: dict[str, dict] = {}
    for name in opts.order.split(","):
        out = tmp / f"out-{name}"
        r = run_scan(folder, out, opts.workers, extra + (["--engine", "ray"] if name == "ray" else []))
        r["docs_per_minute"] = round(len(files) / r["seconds"] * 60, 1)
        runs[name] = r
        line = (
            f"{name:5s}: {r['seconds']:.1f} s, {r['docs_per_minute']} docs/min, {r['checked']} checked, "
            f"{r['failed']} failed"
        )
        if name == "ray":
            start = float(r["engine"].get("ray_start_seconds") or 0.0)
            line += f" (of which {start:.1f} s starting Ray)"
        print(line, flush=True)
    results["runs"] = runs
    local, ray_run = runs["local"], runs["ray"]
    ratio = ray_run["seconds"] / local["seconds"]
    start = float(ray_run["engine"].get("ray_start_seconds") or 0.0)
    steady = (ray_run["seconds"] - start) / local["seconds"]
    results["ray_overhead_ratio"] = round(ratio, 3)
    results["ray_overhead_ratio_without_startup"] = round(steady, 3)
    print(
        f"Ray overhead: {ratio:.2f}x the local engine's time (target <= 1.15x); "
        f"{steady:.2f}x without the {start:.1f} s Ray start-up"
    )
    # the same reports, byte for byte
    a, b = tmp / "out-local" / "reports", tmp / "out-ray" / "reports"
    differ = [
        str(p.relative_to(a))
        for p in sorted(a.rglob("*.json"))
        if not (b / p.relative_to(a)).is_file() or (b / p.relative_to(a)).read_bytes() != p.read_bytes()
    ]
    results["reports_differ"] = differ
    print(f"reports: {len(list(a.rglob('*.json')))} local, {len(list(b.rglob('*.json')))} ray, {len(differ)} differ")
    results["load_average_after"] = round(os.getloadavg()[0], 2)
    print(
        f"load average {results['load_average_before']} before, {results['load_average_after']} after, on "
        f"{os.cpu_count()} cores (other work on the machine distorts both timings)"
    )
    target = ROOT / "bench" / "out" / "bench_ray.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {target.relative_to(ROOT)}")
    if opts.keep is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
