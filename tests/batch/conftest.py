"""Fixtures for the scan tests: generated contract folders and a helper that runs ``clausecheck scan``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import MODEL_FILE, run_cli

from .corpus import build_folder, has_pdf_reader


def rules_modified() -> bool:
    try:
        from clausecheck.checks.manifest import differences

        return bool(differences())
    except Exception:  # noqa: BLE001 - an older checks package without a manifest
        return False


def scan_args(*extra: str, model: bool = False) -> list[str]:
    """Common flags: without the model unless asked (and available), rules override while they are edited."""
    args = ["scan", *extra]
    if not (model and MODEL_FILE.is_file()):
        args.append("--no-model")
    # Other work may be editing rules/ while the tests run; the flag changes nothing when they match
    # their manifest (and only adds warning W302 when they do not).
    args.append("--allow-modified-rules")
    return args


def run_scan(folder: Path, out: Path, *extra: str, model: bool = False, **kw):
    return run_cli(*scan_args(str(folder), "--out", str(out), *extra, model=model), **kw)


def manifest(out: Path) -> dict:
    return json.loads((out / "scan.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def portfolio(tmp_path_factory):
    """32 good contracts (DOCX, TXT, PDF, MD) plus the bad files; returns (folder, expectations)."""
    root = tmp_path_factory.mktemp("portfolio") / "contracts"
    kinds = ("docx", "txt", "pdf", "md") if has_pdf_reader() else ("docx", "txt", "md")
    expect = build_folder(root, 32, kinds=kinds, pages=(1, 2), seed=1)
    return root, expect


@pytest.fixture(scope="session")
def scanned(portfolio, tmp_path_factory):
    """The portfolio scanned once with 2 workers: (folder, out, expectations, completed process)."""
    root, expect = portfolio
    out = tmp_path_factory.mktemp("scan-out") / "review"
    proc = run_scan(root, out, "--workers", "2", "--format", "json")
    return root, out, expect, proc


@pytest.fixture()
def small_folder(portfolio, tmp_path):
    """A copy of three good contracts (no bad files)."""
    root, expect = portfolio
    dst = tmp_path / "few"
    for rel in expect["good"][:3]:
        (dst / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, dst / rel)
    return dst, expect["good"][:3]
