"""Shared fixtures: real files built on the fly (never mocked extractors)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
MODEL_FILE = ROOT / "models" / "clause-classifier" / "model.int8.onnx"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from the current output")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def run_cli(
    *args: str, cwd: Path | None = None, env: dict | None = None, input: str | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    """Run ``python -m clausecheck`` in a real process, as a user would."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "clausecheck", *args],
        cwd=str(cwd or ROOT),
        env=full_env,
        capture_output=True,
        text=True,
        input=input,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def cli():
    return run_cli


needs_model = pytest.mark.skipif(not MODEL_FILE.is_file(), reason="the committed model is not present")
