"""Report (one file) and its JSON form, schema ``clausecheck/report/v1``.

The JSON grows, it never renames: the v1 keys are ``schema``, ``file``,
``sha256``, ``pages``, ``clauses``; later stages add ``findings``,
``warnings``, ``errors``, ``ai_clauses``, ``governing_law``,
``dispute_resolution`` and ``provenance``.  Reports carry no timestamps and no
absolute paths unless the user gave one, so they can be compared byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .checks.summaries import AiSummary, DisputeSummary, LawSummary
from .classify.labels import LabelledClause
from .document import ClauseTree
from .errors import ExitCode
from .findings import Finding, Severity

SCHEMA = "clausecheck/report/v1"


@dataclass(frozen=True, slots=True)
class Report:
    file: str
    tree: ClauseTree
    labelled: Mapping[str, LabelledClause] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    warnings: tuple[tuple[str, str], ...] = ()  # (code, message)
    ai_clauses: Mapping[str, AiSummary] = field(default_factory=dict)  # AI label -> its summary
    governing_law: LawSummary | None = None
    dispute_resolution: DisputeSummary | None = None
    provenance: Mapping[str, Any] = field(default_factory=dict)
    extras: Mapping[str, Any] = field(default_factory=dict)  # further keys later stages add

    @property
    def sha256(self) -> str:
        return self.tree.document.source.sha256

    @property
    def pages(self) -> int:
        return self.tree.document.page_count

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def to_json(self) -> dict[str, Any]:
        doc = self.tree.document
        clauses = []
        cites = self.tree.citations()
        for c in self.tree.clauses:
            entry: dict[str, Any] = {
                "id": c.id,
                "number": c.number,
                "citation": cites.get(c.id),
                "heading": c.heading,
                "text": c.text,
                "page": c.page,
                "page_end": c.page_end,
                "start": c.start,
                "end": c.end,
                "parent": c.parent,
                "level": c.level,
                "kind": c.kind,
            }
            lab = self.labelled.get(c.id)
            if lab is not None:
                entry["labels"] = list(lab.labels)
                entry["scores"] = {k: round(float(v), 4) for k, v in lab.scores.items()}
                entry["stance"] = dict(lab.stance)
                if lab.binds:
                    entry["binds"] = lab.binds
                if lab.review:
                    entry["review"] = list(lab.review)
                if lab.evidence:
                    entry["evidence"] = {k: list(v) for k, v in lab.evidence.items()}
                if lab.dropped:
                    entry["dropped"] = {k: round(float(v), 4) for k, v in lab.dropped.items()}
                if lab.added:
                    entry["added"] = list(lab.added)
            clauses.append(entry)
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "file": self.file,
            "sha256": self.sha256,
            "pages": self.pages,
            "pages_known": self.tree.pages_known,
            "clauses": clauses,
            "findings": [f.to_json() for f in self.findings],
            "warnings": [{"code": code, "message": msg} for code, msg in self.warnings],
            "errors": [],
        }
        if doc.pages and any(p.needs_ocr for p in doc.pages):
            out["ocr_needed_pages"] = [p.number for p in doc.pages if p.needs_ocr]
        if self.ai_clauses:
            out["ai_clauses"] = dict(self.ai_clauses)
        out["governing_law"] = dict(self.governing_law) if self.governing_law else None
        out["dispute_resolution"] = dict(self.dispute_resolution) if self.dispute_resolution else None
        if self.provenance:
            out["provenance"] = dict(self.provenance)
        out.update(self.extras)
        return out

    def to_json_text(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=indent)


def error_report(file: str, error: Any) -> dict[str, Any]:
    """The JSON line for a file that could not be read."""
    return {
        "schema": SCHEMA,
        "file": file,
        "sha256": None,
        "pages": None,
        "clauses": [],
        "findings": [],
        "warnings": [],
        "errors": [error.to_json()],
    }


def exit_code(reports: list[Report], failed: int, fail_on: Severity | None) -> ExitCode:
    """Black's precedence: unreadable file > findings at or above ``fail_on`` > OK."""
    if failed:
        return ExitCode.CANNOT_RUN
    if fail_on is None:
        return ExitCode.OK
    for r in reports:
        if any(f.severity >= fail_on for f in r.findings):
            return ExitCode.FINDINGS
    return ExitCode.OK
