"""``clausecheck scan DIR --redline OUT``: a Word redline for every checked contract."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import docx

from conftest import needs_model

from .conftest import run_scan
from .corpus import build_folder


@needs_model
def test_scan_writes_a_redline_per_checked_contract(tmp_path):
    root = tmp_path / "contracts"
    build_folder(root, 3, kinds=("docx", "txt", "pdf"), pages=(1, 1), seed=7)
    good = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".docx", ".txt", ".pdf")
                  and not p.name.startswith(("~$", ".")))
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
