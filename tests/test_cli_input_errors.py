"""Bad input: one clear line naming the file and what to do, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from conftest import needs_model, run_cli


def _text_pdf(path: Path, encrypt=None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    c.drawString(72, 760, "1. Services. The Vendor shall provide the Services.")
    c.showPage()
    c.save()
    return path


def _shapes_only_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for i in range(20):
        c.rect(50 + i * 10, 100 + i * 20, 200, 12, fill=1)
    c.showPage()
    c.save()
    return path


@pytest.fixture
def bad_files(tmp_path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the code its error must carry)."""
    files: dict[str, tuple[Path, str]] = {}
    files["missing"] = (tmp_path / "nowhere.pdf", "E101")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    files["empty"] = (empty, "E102")
    png = tmp_path / "scan.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    files["unsupported"] = (png, "E106")
    good = _text_pdf(tmp_path / "good.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:300])
    files["corrupt_pdf"] = (broken, "E103")
    docx = tmp_path / "broken.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    files["corrupt_docx"] = (docx, "E103")
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"this is not a zip file at all" * 10)
    files["garbage_docx"] = (garbage, "E103")
    files["encrypted_pdf"] = (_text_pdf(tmp_path / "locked.pdf", StandardEncryption("secret", canPrint=0)), "E104")
    files["no_text_layer"] = (_shapes_only_pdf(tmp_path / "scan.pdf"), "E105")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    files["directory"] = (folder, "E114")
    return files


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "empty",
        "unsupported",
        "corrupt_pdf",
        "corrupt_docx",
        "garbage_docx",
        "encrypted_pdf",
        "no_text_layer",
        "directory",
    ],
)
def test_cli_bad_input_one_line_exit_2(bad_files, case, tmp_path):
    path, code = bad_files[case]
    before = sorted(p.name for p in tmp_path.iterdir())
    digest = path.read_bytes() if path.is_file() else None
    r = run_cli(str(path))
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error: ") and str(path) in lines[0] and f"[{code}]" in lines[0], lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    if digest is not None:
        assert path.read_bytes() == digest  # input untouched


@needs_model
def test_cli_json_lines_bad_file_does_not_stop_others(bad_files, tmp_path):
    """Several files: the bad one reports on stderr (and as an error record); exit 2."""
    txt = tmp_path / "ok.txt"
    txt.write_text("1. Governing Law\nThis Agreement is governed by the laws of Japan.\n", encoding="utf-8")
    broken, _ = bad_files["corrupt_pdf"]
    r = run_cli(str(broken), str(txt), "--format", "json")
    assert r.returncode == 2
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["file"] for rec in records] == [str(broken), str(txt)]
    assert records[0]["errors"][0]["code"] == "E103"
    assert records[1]["schema"] == "clausecheck/report/v1" and records[1]["clauses"]
    assert "E103" in r.stderr


def test_cli_version_and_help_fast_imports():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("clausecheck ")
    r = run_cli("--help")
    assert r.returncode == 0 and "check" in r.stdout
    # Heavy modules are not imported for --help/--version.
    import subprocess
    import sys

    code = (
        "import sys; sys.argv=['clausecheck','--help']\n"
        "from clausecheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('torch','transformers','spacy','pdfplumber','onnxruntime','docx','rich') "
        "if m in sys.modules]\nprint('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_cli_unknown_option_is_usage_error():
    r = run_cli("check", "--no-such-option", "x.pdf")
    assert r.returncode == 2 and "Traceback" not in r.stderr
