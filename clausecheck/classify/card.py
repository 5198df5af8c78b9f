"""Reading the model card (``card.json``) at run time: what ``clausecheck model`` prints from it.

The card is written by the training run (:mod:`clausecheck.training.card`), which also renders
``models/README.md`` with these helpers; reading it needs neither torch nor the training code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def fmt_value(v: Any, digits: int = 3, none: str = "-") -> str:
    """A metric for a table: floats to ``digits`` places, None as ``none``."""
    if v is None:
        return none
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def fitted_on(card: Mapping[str, Any], *, markdown: bool = False) -> str:
    """Where the thresholds were fitted ("validation split + calibration set (591 clauses)");
    with ``markdown``, the calibration file is named too (README)."""
    where = str(card.get("calibration_fitted_on") or "validation split").replace(" (int8 ONNX logits)", "")
    extra = card.get("recipe", {}).get("settings", {}).get("calibrate", {}).get("extra")
    if markdown and extra:  # relative to models/training/train.toml
        name = "models/" + str(extra).removeprefix("../") if str(extra).startswith("../") else str(extra)
        where = where.replace("calibration set", f"calibration set `{name}`", 1)
    return where


__all__ = ["fitted_on", "fmt_value"]
