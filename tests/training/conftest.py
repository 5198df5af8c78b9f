"""Tests marked ``slow`` here (a real, tiny fine-tuning run) only run with ``-m slow`` or CLAUSECHECK_SLOW=1."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("CLAUSECHECK_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or CLAUSECHECK_SLOW=1")
    for item in items:
        if "slow" in item.keywords and "tests/training" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)
