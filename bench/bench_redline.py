"""Do redlines hold together?  Redline each DOCX, accept every change, check again.

    PYTHONPATH=. python bench/bench_redline.py                  # dev documents + samples
    PYTHONPATH=. python bench/bench_redline.py DIR_OR_FILE ...  # other DOCX files
    PYTHONPATH=. python bench/bench_redline.py --keep OUTDIR    # also keep the redlines
    PYTHONPATH=. python bench/bench_redline.py --as-documents-decide   # click-through terms: comments only
    PYTHONPATH=. python bench/bench_redline.py --pdf             # the PDFs, rebuilt as Word first

Per document it prints: tracked deletions outside the target clause (goal 0),
the HIGH AI findings the redline set out to fix and how many are gone once every
change is accepted and the document checked again (goal >= 90 %), new HIGH
findings after accepting (goal 0), duplicate clause numbers after accepting
(goal 0), and whether LibreOffice opens the redline (converts it to PDF).
The totals close the table; the exit status is 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = [Path("/work/shared/devdocs/built"), ROOT / "samples"]


def _inputs(args: list[str], suffix: str = ".docx") -> list[Path]:
    paths = [Path(a) for a in args] or DEFAULT
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.glob("*" + suffix) if not q.name.endswith(".redline.docx")))
        elif p.suffix == suffix:
            out.append(p)
    return out


def _libreoffice(files: list[Path], outdir: Path) -> dict[Path, bool]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not files:
        return {}
    profile = Path(tempfile.mkdtemp(prefix="cc-lo-profile-"))
    try:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, files),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60 + 30 * len(files),
        )
    except subprocess.TimeoutExpired:
        pass
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = {}
    for f in files:
        pdf = outdir / (f.stem + ".pdf")
        out[f] = pdf.exists() and pdf.stat().st_size > 1000
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--keep", type=Path, default=None, help="write the redlines (and their PDFs) here")
    ap.add_argument(
        "--pdf",
        action="store_true",
        help="redline the PDFs instead (each rebuilt as Word first); deletions outside the target "
        "are not measured there (no original Word file to compare with)",
    )
    ap.add_argument(
        "--as-documents-decide",
        action="store_true",
        help="let each document decide tracked changes or comments (click-through terms get "
        "comments only); by default every redline is made with tracked changes, so that the "
        "figures cover every document",
    )
    args = ap.parse_args(argv)

    from clausecheck.pipeline import Options
    from clausecheck.redline.apply import redline_file
    from clausecheck.redline.verify import verify_redline

    files = _inputs(args.paths, ".pdf" if args.pdf else ".docx")
    work = args.keep or Path(tempfile.mkdtemp(prefix="cc-bench-redline-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    redlines: dict[Path, Path] = {}
    t0 = time.perf_counter()
    for f in files:
        out = work / (f.stem + ".redline.docx")
        try:
            outcome = redline_file(
                f, output=out, overwrite=True, options=Options(), tracked=None if args.as_documents_decide else True
            )
            v = verify_redline(outcome, original=None if args.pdf else f.read_bytes(), options=Options())
        except Exception as e:  # noqa: BLE001 - a benchmark reports, it does not stop
            rows.append((f.stem, None, f"{type(e).__name__}: {e}"))
            continue
        redlines[f] = out
        changes = outcome.result.changes
        rows.append(
            (
                f.stem,
                v,
                (
                    sum(c.kind == "insert" for c in changes),
                    sum(c.kind == "replace" for c in changes),
                    outcome.result.comments,
                ),
            )
        )
    opened = _libreoffice(list(redlines.values()), work)

    head = (
        f"{'document':44} {'ins':>3} {'rep':>3} {'com':>3} {'coll.del':>8} {'HIGH AI fixed':>13} "
        f"{'new HIGH':>8} {'dup.no':>6} {'LO':>3}"
    )
    print(head)
    print("-" * len(head))
    tot = dict(coll=0, addressed=0, resolved=0, high=0, new=0, dup=0, lo_fail=0, errors=0)
    details = []
    for name, v, extra in rows:
        if v is None:
            print(f"{name[:44]:44} ERROR {extra}")
            tot["errors"] += 1
            continue
        f = next(k for k in redlines if k.stem == name)
        lo = opened.get(redlines[f])
        lo_s = "-" if lo is None else ("ok" if lo else "NO")
        if lo is False:
            tot["lo_fail"] += 1
        fixed = f"{len(v.resolved_high_ai)}/{len(v.addressed_high_ai)} of {len(v.high_ai)}"
        print(
            f"{name[:44]:44} {extra[0]:>3} {extra[1]:>3} {extra[2]:>3} {len(v.collateral_deletions):>8} "
            f"{fixed:>13} {len(v.new_high):>8} {len(v.duplicate_numbers):>6} {lo_s:>3}"
        )
        tot["coll"] += len(v.collateral_deletions)
        tot["addressed"] += len(v.addressed_high_ai)
        tot["resolved"] += len(v.resolved_high_ai)
        tot["high"] += len(v.high_ai)
        tot["new"] += len(v.new_high)
        tot["dup"] += len(v.duplicate_numbers)
        left = (
            sorted(set(v.addressed_high_ai) - set(v.resolved_high_ai))
            if len(v.resolved_high_ai) < len(v.addressed_high_ai)
            else []
        )
        for what, items in (
            ("collateral deletion", v.collateral_deletions),
            ("new HIGH", v.new_high),
            ("duplicate number", v.duplicate_numbers),
            ("still firing", left),
        ):
            for item in items:
                details.append(f"  {name}: {what}: {item}")
    print("-" * len(head))
    share = tot["resolved"] / tot["addressed"] if tot["addressed"] else 1.0
    print(f"documents {len(rows)}, errors {tot['errors']}, {time.perf_counter() - t0:.0f} s")
    print(
        f"tracked deletions outside the target clause: {tot['coll']} (goal 0)"
        if not args.pdf
        else "tracked deletions outside the target clause: not measured for PDFs"
    )
    print(
        f"HIGH AI findings resolved after accepting: {tot['resolved']}/{tot['addressed']} addressed "
        f"= {share:.0%} (goal >= 90 %); {tot['high']} HIGH AI findings in all"
    )
    print(f"new HIGH findings after accepting: {tot['new']} (goal 0)")
    print(f"duplicate clause numbers after accepting: {tot['dup']} (goal 0)")
    print(
        f"LibreOffice failed to open: {tot['lo_fail']} of {len(opened)}"
        + ("" if opened else " (soffice not found: not checked)")
    )
    if details:
        print("\ndetails:")
        print("\n".join(details))
    ok = (
        tot["coll"] == 0
        and share >= 0.9
        and tot["new"] == 0
        and tot["dup"] == 0
        and tot["lo_fail"] == 0
        and tot["errors"] == 0
    )
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
