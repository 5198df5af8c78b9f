"""LibreOffice opens our redlines: headless conversion to PDF, the inserted clause is in the PDF's text,
and page 1 plus the first page with a tracked change are rendered to PNG for a person to look at
(tests/artifacts/redline/)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from clausecheck.redline.docx import redline_docx

from . import ooxml
from .fixtures import build
from .test_docx import adverse_finding, rule_only, samples  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "redline"
DATE = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.UTC)


def to_pdf(docx_path: Path, outdir: Path) -> Path:
    profile = outdir / "lo-profile"
    proc = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = outdir / (docx_path.stem + ".pdf")
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr
    return pdf


def pdf_pages(pdf: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def render(pdf: Path, page: int, stem: str) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(ARTIFACTS / stem),
        ],
        check=True,
        timeout=120,
    )
    return ARTIFACTS / f"{stem}.png"


@pytest.mark.slow
def test_libreoffice_converts_redline_with_inserted_clause(tmp_path):
    src = build(tmp_path / "cloud_services.docx")
    report = rule_only(src)
    report = dataclasses.replace(report, findings=report.findings + (adverse_finding(report, "3.1"),))
    res = redline_docx(src.read_bytes(), report, date=DATE)
    out = tmp_path / "cloud_services.redline.docx"
    out.write_bytes(res.data)
    pdf = to_pdf(out, tmp_path)
    pages = pdf_pages(pdf)
    whole = flat(" ".join(pages))
    assert "Artificial Intelligence" in whole
    assert "No Distillation or Derived Models" in whole
    assert "seat of arbitration is Geneva" in whole
    first_change = next(i for i, p in enumerate(pages, 1) if "Customer Materials" in p)
    png1 = render(pdf, 1, "fixture-page1")
    png2 = render(pdf, first_change, f"fixture-page{first_change}-first-change")
    assert png1.stat().st_size > 5000 and png2.stat().st_size > 5000
    shutil.copy(out, ARTIFACTS / out.name)


@pytest.mark.slow
def test_libreoffice_converts_sample_redline(samples, tmp_path):  # noqa: F811
    src = samples / "vendor_terms_missing_gl.docx"
    report = rule_only(src)
    res = redline_docx(src.read_bytes(), report, date=DATE)
    out = tmp_path / "vendor_terms_missing_gl.redline.docx"
    out.write_bytes(res.data)
    pages = pdf_pages(to_pdf(out, tmp_path))
    whole = flat(" ".join(pages))
    # the inserted governing-law clause and the replacement forum clause are in the PDF's text
    assert "construed in accordance with the laws of the State of New York" in whole
    assert "Borough of Manhattan" in whole
    first_change = next(
        i for i, p in enumerate(pages, 1) if "No Training on Customer Materials" in p or "Borough of Manhattan" in p
    )
    pdf = tmp_path / "vendor_terms_missing_gl.redline.pdf"
    render(pdf, 1, "vendor-terms-page1")
    render(pdf, first_change, f"vendor-terms-page{first_change}-first-change")


@pytest.mark.slow
def test_redline_docx_written_by_libreoffice(tmp_path):
    """A DOCX saved by LibreOffice (its own numbering, styles and comment markup) redlines just as well."""
    (tmp_path / "src").mkdir()
    src = build(tmp_path / "src" / "cloud_services.docx")
    outdir = tmp_path / "lo"
    proc = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(outdir),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    lo_docx = outdir / "cloud_services.docx"
    assert proc.returncode == 0 and lo_docx.is_file(), proc.stderr
    report = rule_only(lo_docx)
    original = lo_docx.read_bytes()
    res = redline_docx(original, report, date=DATE)
    counts = ooxml.check_invariants(original, res.data, res)
    assert counts["comments"] == len(report.findings) + res.note_comments
    assert {c.library_id for c in res.changes if c.kind == "insert"} >= {
        "ai/no-training-standard",
        "dispute/icc-neutral",
    }
    again = tmp_path / "lo.redline.docx"
    again.write_bytes(res.data)
    pages = pdf_pages(to_pdf(again, tmp_path))
    assert "No Distillation or Derived Models" in flat(" ".join(pages))
