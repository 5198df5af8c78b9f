"""``clausecheck scan DIR`` end to end, in real processes, on generated folders (tests/batch/corpus.py)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest

from conftest import run_cli

from .conftest import manifest, run_scan


def _rows(out):
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    return {r["file"]: r for r in csv.DictReader(io.StringIO(text))}


def test_scan_every_document_has_a_report_and_a_row(scanned):
    root, out, expect, proc = scanned
    assert proc.returncode == 2, proc.stderr  # unreadable files outrank findings
    rows = _rows(out)
    assert set(rows) == set(expect["good"]) | set(expect["bad"]) | set(expect["skipped"])
    summary_page = (out / "summary.html").read_text(encoding="utf-8")
    for rel in expect["good"]:
        report = json.loads((out / "reports" / f"{rel}.json").read_text(encoding="utf-8"))
        assert report["schema"] == "clausecheck/report/v1"
        page = (out / "reports" / f"{rel}.html").read_text(encoding="utf-8")  # the page summary.html links to
        assert "<h2>Findings</h2>" in page and f'reports/{rel}.html"' in summary_page.replace("%2F", "/")
        assert report["file"] == rel
        assert report["errors"] == [] and report["clauses"], rel
        assert rows[rel]["status"] == "checked" and rows[rel]["error"] == ""
        assert int(rows[rel]["pages"]) >= 1
        counts = {
            s: sum(1 for f in report["findings"] if f["severity"] == s) for s in ("high", "medium", "low", "info")
        }
        assert {s: int(rows[rel][s]) for s in counts} == counts
    reasons = {"broken/corrupt.pdf": "E103", "broken/locked.pdf": "E104", "broken/empty.docx": "E102"}
    for rel, code in reasons.items():
        assert rows[rel]["status"] == "error"
        assert rows[rel]["error"].endswith(f"[{code}]"), rows[rel]["error"]
        report = json.loads((out / "reports" / f"{rel}.json").read_text(encoding="utf-8"))
        assert report["errors"][0]["code"] == code
    assert rows["scan.png"]["status"] == "skipped" and "[E106]" in rows["scan.png"]["error"]
    m = manifest(out)
    ignored = {i["file"] for i in m["ignored"]}
    assert set(expect["ignored"]) <= ignored  # ~$ temp file and .DS_Store: no row, no report
    assert not (out / "reports" / "~$contract-0000.docx.json").exists()
    assert m["failed"] == 3 and m["checked"] == len(expect["good"]) and m["interrupted"] is False
    assert m["cache"]["misses"] == len(expect["good"]) + 3 and m["extracted"] == len(expect["good"]) + 3
    # --format json on stdout: every row and the counts
    printed = json.loads(proc.stdout)
    assert len(printed["rows"]) == len(rows) and printed["exit_code"] == 2
    from openpyxl import load_workbook

    ws = load_workbook(out / "summary.xlsx").active
    assert ws.max_row == len(rows) + 1 and ws.cell(1, 1).value == "File"
    assert {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)} == set(rows)
    assert "scanning" not in proc.stderr and "ETA" not in proc.stderr  # no progress bar off a terminal


def test_scan_second_run_reads_nothing(scanned):
    root, out, expect, _ = scanned
    before = {p: p.stat().st_mtime_ns for p in (out / "reports").rglob("*.json")}
    proc = run_scan(root, out, "--workers", "2", "-q")
    assert proc.returncode == 2, proc.stderr
    m = manifest(out)
    n = len(expect["good"]) + len(expect["bad"])
    assert m["cache"]["hits"] == n and m["cache"]["misses"] == 0
    assert m["cache"]["hashed"] == 0 and m["cache"]["hash_reused"] == n  # not even re-hashed
    assert m["extracted"] == 0 and m["engine"]["workers_started"] == 0 and m["engine"].get("model_loads", 0) == 0
    after = {p: p.stat().st_mtime_ns for p in (out / "reports").rglob("*.json")}
    assert after == before  # reports untouched
    assert len(_rows(out)) == n + len(expect["skipped"])


@pytest.mark.slow
def test_scan_rechecks_only_changed_files(small_folder, tmp_path):
    folder, rels = small_folder
    out = tmp_path / "out"
    assert run_scan(folder, out, "--workers", "1", "-q").returncode in (0, 1)
    changed = folder / rels[1]
    changed.write_bytes(changed.read_bytes() + (b"\n" if changed.suffix in (".txt", ".md") else b""))
    if changed.suffix not in (".txt", ".md"):
        shutil.copy2(folder / rels[1], folder / "copy-of-one.bin")  # an unsupported kind appears instead
        os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    (folder / rels[2]).unlink()  # a removed file loses its report
    proc = run_scan(folder, out, "--workers", "1", "-q")
    assert proc.returncode in (0, 1), proc.stderr
    m = manifest(out)
    assert m["cache"]["hashed"] == 1  # only the touched file was read again
    assert not (out / "reports" / f"{rels[2]}.json").exists()
    assert rels[2] not in _rows(out)
    # options that change findings are part of the cache key
    proc = run_scan(folder, out, "--workers", "1", "-q", "--select", "GL")
    assert proc.returncode in (0, 1), proc.stderr
    m = manifest(out)
    assert m["cache"]["hits"] == 0 and m["extracted"] == 2 and m["cache"]["hashed"] == 0


@pytest.mark.slow
def test_scan_exit_code_follows_findings_and_force(small_folder, tmp_path):
    folder, rels = small_folder
    out = tmp_path / "out"
    proc = run_scan(folder, out, "-q", "--workers", "1", "--fail-on", "low")
    worst = set()
    for rel in rels:
        report = json.loads((out / "reports" / f"{rel}.json").read_text(encoding="utf-8"))
        worst |= {f["severity"] for f in report["findings"]}
    assert proc.returncode == (1 if worst & {"high", "medium", "low"} else 0)
    assert run_scan(folder, out, "-q", "--workers", "1", "--fail-on", "never").returncode == 0
    assert run_scan(folder, out, "-q", "--workers", "1", "--exit-zero").returncode == 0
    assert manifest(out)["extracted"] == 0  # the exit code is computed from cached reports too
    high = run_scan(folder, out, "-q", "--workers", "1", "--fail-on", "high", "--force").returncode
    assert high == (1 if "high" in worst else 0)
    m = manifest(out)
    assert m["cache"]["hits"] == 0 and m["extracted"] == len(rels)  # --force re-reads everything


def test_scan_report_is_the_single_file_report(scanned):
    """Without the model, the scan's JSON is analyse() rendered as `clausecheck FILE --format json` does."""
    from clausecheck.pipeline import Options, analyse
    from clausecheck.render.json import render

    root, out, expect, _ = scanned
    options = Options(classify=False, allow_modified_rules=True)
    for rel in expect["good"][:3]:
        report = analyse(root / rel, options=options, display_path=rel)
        assert (out / "reports" / f"{rel}.json").read_text(encoding="utf-8") == render(report)


def test_scan_timeout_kills_stuck_documents(small_folder, tmp_path):
    """A time limit far below what reading takes: every document is stopped, reported, and not cached."""
    folder, rels = small_folder
    out = tmp_path / "out"
    proc = run_scan(folder, out, "-q", "--workers", "2", "--timeout", "0.01")
    assert proc.returncode == 2
    rows = _rows(out)
    assert all(rows[r]["status"] == "error" and rows[r]["error"].endswith("[E113]") for r in rels)
    m = manifest(out)
    assert m["engine"]["timeouts"] == len(rels) and m["cache"]["writes"] == 0  # may work next time: not cached


def test_scan_include_exclude(portfolio, tmp_path):
    root, expect = portfolio
    out = tmp_path / "out"
    proc = run_scan(
        root,
        out,
        "-q",
        "--include",
        "*.md",
        "--include",
        "vendors/ai/*",
        "--exclude",
        "legacy/**",
        "--exclude",
        "*.pdf",
    )
    assert proc.returncode in (0, 1), proc.stderr
    rows = _rows(out)
    wanted = {
        r
        for r in expect["good"]
        if (r.endswith(".md") or r.startswith("vendors/ai/")) and not r.startswith("legacy/") and not r.endswith(".pdf")
    }
    assert set(rows) == wanted


def test_scan_help_documents_outputs():
    proc = run_cli("scan", "--help")
    assert proc.returncode == 0
    assert "contracts.clausecheck" in proc.stdout and "--workers" in proc.stdout and "--timeout" in proc.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_scan_terminal_table_worst_first(scanned, fmt, tmp_path):
    root, out, expect, _ = scanned
    proc = run_scan(root, out, "-q", "--format", fmt, "--top", "5")
    assert proc.returncode == 2
    lines = [ln for ln in proc.stdout.splitlines() if "contract-" in ln or "broken/" in ln]
    assert "broken/" in lines[0]  # unreadable contracts first
    if fmt == "text":
        assert "more; see summary.html" in proc.stdout


def test_each_contract_gets_a_readable_page_and_the_summary_a_findings_sheet(tmp_path):
    from openpyxl import load_workbook

    from clausecheck.batch.summary import report_html, row_from_report

    report = {
        "file": "msa.pdf",
        "pages": 3,
        "pages_known": True,
        "document": {"type": "msa", "parties": {"vendor": "Provider", "vendor_name": "Kestrel Analytics LLC"}},
        "clauses": [
            {
                "id": "c7",
                "number": "12.1",
                "citation": "12.1",
                "text": "12.1 This Agreement is governed by the laws of <Utopia>.",
            }
        ],
        "findings": [
            {
                "rule": "GL003",
                "severity": "high",
                "title": "Law not accepted",
                "message": "Utopian law.",
                "clause": "c7",
                "clause_number": "12.1",
                "page": 3,
                "evidence": "laws of Utopia",
            }
        ],
        "ai_clauses": {},
        "governing_law": {"jurisdiction": "XU"},
        "dispute_resolution": None,
    }
    page = report_html(report)
    assert "<td>12.1</td><td>3</td>" in page and "laws of &lt;Utopia&gt;" in page  # escaped, quoted, cited
    assert "Kestrel Analytics LLC" in page and "http" not in page.replace("http-equiv", "")
    row = row_from_report(report)
    assert row["document_type"] == "msa" and row["counterparty"] == "Kestrel Analytics LLC"
    from clausecheck.batch.summary import xlsx_bytes

    path = tmp_path / "s.xlsx"
    path.write_bytes(xlsx_bytes([row]))
    sheet = load_workbook(path)["Findings"]
    assert [c.value for c in sheet[2]] == [
        "msa.pdf",
        "GL003",
        "high",
        "Law not accepted",
        "12.1",
        3,
        "12.1 This Agreement is governed by the laws of <Utopia>.",
    ]


def test_the_terminal_table_fits_the_width_without_breaking_words():
    from clausecheck.batch.summary import terminal_table

    names = (
        "a_very_long_file_name_of_a_real_vendor_contract_terms.pdf",
        "a_very_long_file_name_of_a_real_vendor_contract_terms.docx",
    )
    rows = [
        {
            "file": f"vendors/ai/{name}",
            "pages": 12,
            "status": "ok",
            "model_disclosure": "missing",
            "training_data": "adverse",
            "distillation": "protective, binds customer",
            "ai_compliance": "missing",
            "governing_law": "split: US-CA, IE, US",
            "forum_mechanism": "arbitration: AAA, US-CA",
            "high": 2,
            "medium": 3,
            "low": 1,
            "info": 0,
            "error": "",
        }
        for name in names
    ]
    wide = terminal_table(rows, width=200)
    assert all(len(ln) <= 200 for ln in wide.splitlines()) and "not shown" not in wide
    assert "….pdf" in wide and "….docx" in wide and "protective, binds customer" in wide
    middle = terminal_table(rows, width=120)
    assert all(len(ln) <= 120 for ln in middle.splitlines())
    assert "prot." in middle and "not shown at this width: Info" in middle
    narrow = terminal_table(rows, width=80)  # too narrow for a table: one block per contract
    assert all(f"vendors/ai/{n}" in narrow for n in names)
    assert "Training: adv.;" in narrow and all(len(ln) <= 80 for ln in narrow.splitlines() if ln.startswith("    "))
