"""Run every benchmark in bench/ and print what each one reports.

    python bench/run_all.py            # all of them
    python bench/run_all.py extract    # only those whose file name contains "extract"

Each benchmark is its own script (``bench_*.py`` and ``eval_*.py``) that prints its
figures and the ratio against its target; this runner only runs them one after the
other in fresh interpreters (so one benchmark's imports cannot speed up another's
cold start) and says which ones failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if p.name.startswith(("bench_", "eval_")))
    if argv:
        scripts = [p for p in scripts if any(a in p.stem for a in argv)]
    failed = []
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"--- {script.name}: exit {rc}, {time.perf_counter() - t0:.1f} s", flush=True)
        if rc != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
        return 1
    print(f"\n{len(scripts)} benchmark(s) ran.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
