"""``clausecheck scan`` with the real model: reports byte for byte those of ``clausecheck FILE --format json``."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import ROOT, needs_model, run_cli

from .conftest import manifest, run_scan

pytestmark = [needs_model, pytest.mark.model]


def _rows(out):
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    return {r["file"]: r for r in csv.DictReader(io.StringIO(text))}


@pytest.mark.slow
def test_scan_with_model_matches_clausecheck_file(small_folder, tmp_path):
    folder, rels = small_folder
    out = tmp_path / "out"
    proc = run_scan(folder, out, "-q", "--workers", "2", "--exit-zero", model=True)
    assert proc.returncode == 0, proc.stderr
    m = manifest(out)
    assert 1 <= m["engine"]["model_loads"] <= 2  # once per worker that classified, not per document
    extra = ["--allow-modified-rules"]
    for rel in rels[:2]:
        single = run_cli(rel, "--format", "json", *extra, cwd=folder, env={"PYTHONPATH": str(ROOT)})
        assert single.returncode in (0, 1), single.stderr
        assert (out / "reports" / f"{rel}.json").read_text(encoding="utf-8") == single.stdout
    row = _rows(out)[rels[0]]
    assert all(
        row[c].split(",")[0] in ("missing", "review", "protective", "qualified", "adverse", "found")
        for c in ("model_disclosure", "training_data", "distillation", "ai_compliance")
    )
    assert row["distillation"] in ("missing", "review") or ", binds " in row["distillation"]


@pytest.mark.slow
def test_scan_classifying_in_the_parent_gives_the_same_reports(small_folder, tmp_path):
    """The parent-side classifier (one model for all workers, the shape of a Ray engine) and the
    per-worker one give byte-identical reports."""
    folder, rels = small_folder
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_scan(folder, a, "-q", "--workers", "1", "--exit-zero", model=True).returncode == 0
    proc = run_scan(folder, b, "-q", "--workers", "1", "--exit-zero", "--classify-in", "parent", model=True)
    assert proc.returncode == 0, proc.stderr
    m = manifest(b)
    assert m["engine"]["model_loads"] == 1 and m["engine"]["classified_units"] > 0
    for rel in rels:
        assert (a / "reports" / f"{rel}.json").read_bytes() == (b / "reports" / f"{rel}.json").read_bytes()
