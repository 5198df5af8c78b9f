"""``clausecheck scan DIR --redline OUT``: a Word redline for every checked contract."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import needs_model

from .conftest import run_scan
from .corpus import build_folder


@pytest.mark.slow
@needs_model
def test_scan_writes_a_redline_per_checked_contract(tmp_path):
    root = tmp_path / "contracts"
    build_folder(root, 3, kinds=("docx", "txt", "pdf"), pages=(1, 1), seed=7)
    good = sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix in (".docx", ".txt", ".pdf") and not p.name.startswith(("~$", "."))
    )
    before = {p: p.read_bytes() for p in good}
    red = root / "redlines"  # inside the scanned folder: must not be scanned next time
    r = run_scan(root, tmp_path / "out", "--redline", str(red), "--exit-zero", model=True)
    assert r.returncode in (0, 2), r.stderr
    made = sorted(red.rglob("*.redline.docx"))
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        checked = [row["file"] for row in csv.DictReader(fh) if row["status"] == "checked"]
    assert checked and len(made) == len(checked), (checked, made, r.stderr)
    for rel in checked:
        assert (red / rel).with_name(Path(rel).stem + ".redline.docx").is_file()
    for out in made:
        d = docx.Document(str(out))
        assert d.paragraphs
        xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
        assert "<w:ins " in xml and 'w:author="clausecheck"' in xml
    # every readable source has its redline beside the mirrored path; the sources are untouched
    for p, data in before.items():
        assert p.read_bytes() == data
    names = {o.name for o in made}
    assert all(n.endswith(".redline.docx") for n in names)
    # a second scan does not treat the redlines as contracts
    r2 = run_scan(root, tmp_path / "out", "--format", "json", "--exit-zero", "--redline", str(red), model=True)
    assert ".redline.docx" not in r2.stdout


@pytest.mark.slow
def test_issue17_redlines_of_same_stem_contracts_are_all_kept(tmp_path):
    """Issue 17.2: Agreement.docx and Agreement.pdf get two redlines, not one over the other, and
    the redline folder (inside the scanned folder) is never read as contracts by a later scan or check."""
    from .corpus import make_contract, write_docx, write_pdf, write_txt

    root = tmp_path / "contracts"
    root.mkdir()
    write_docx(make_contract(3, 1), root / "Agreement.docx")
    write_pdf(make_contract(4, 1), root / "Agreement.pdf")
    write_txt(make_contract(5, 1), root / "Lease.txt")
    red = root / "redlines"
    r = run_scan(root, tmp_path / "out", "--redline", str(red), "--exit-zero")
    assert r.returncode == 0, r.stderr
    made = sorted(p.name for p in red.rglob("*.redline.docx"))
    assert made == ["Agreement.docx.redline.docx", "Agreement.pdf.redline.docx", "Lease.redline.docx"], made
    assert "3 redline(s) written" in r.stderr
    a, b = (docx.Document(str(red / n)) for n in made[:2])
    assert [p.text for p in a.paragraphs] != [p.text for p in b.paragraphs]  # two different contracts
    # later runs without --redline do not take the redlines for contracts
    r2 = run_scan(root, tmp_path / "out2", "--format", "json", "--exit-zero")
    assert r2.returncode == 0, r2.stderr
    assert ".redline.docx" not in r2.stdout
    from conftest import run_cli

    r3 = run_cli("check", str(root), "--no-color", "--exit-zero", "--fail-on", "never")
    assert "redline" not in r3.stdout + r3.stderr.replace(str(root), ""), r3.stderr


def test_issue17_redline_folder_cannot_be_the_scanned_folder(tmp_path):
    from .corpus import make_contract, write_txt

    root = tmp_path / "contracts"
    root.mkdir()
    write_txt(make_contract(5, 1), root / "Lease.txt")
    r = run_scan(root, tmp_path / "out", "--redline", str(root))
    assert r.returncode == 2 and "[E404]" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert sorted(p.name for p in root.iterdir()) == ["Lease.txt"]
