"""Where the shipped data lives: ``models/`` and ``rules/``.

In a wheel they are installed inside the package as ``clausecheck/_data/models``
and ``clausecheck/_data/rules`` (see ``pyproject.toml``); in a source checkout
they are the top-level ``models/`` and ``rules/`` folders.  The installed copy
wins, so a regular ``pip install .`` never depends on the source tree.
"""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Path of the shipped data folder ``name`` ("models" or "rules")."""
    override = os.environ.get(f"CLAUSECHECK_{name.upper()}_DIR")
    if override:
        return Path(override)
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    source = _PKG.parent / name
    if source.is_dir():
        return source
    return installed  # does not exist: callers raise a clear error


def models_dir() -> Path:
    return data_dir("models")


def rules_dir() -> Path:
    return data_dir("rules")


def classifier_dir() -> Path:
    return models_dir() / "clause-classifier"
