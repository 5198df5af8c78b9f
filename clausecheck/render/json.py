"""The JSON report (schema ``clausecheck/report/v1``)."""

from __future__ import annotations

import json

from ..report import Report


def render(report: Report, *, lines: bool = False) -> str:
    """Indented JSON for one report, or a single line when ``lines`` (JSON Lines)."""
    data = report.to_json()
    if lines:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
