"""The findings model: what a rule reports, where, how bad, and how to fix it.  A leaf module."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Severity(IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}; use high, medium, low or info") from None


class Applicability(StrEnum):
    SAFE = "safe"
    SUGGESTED = "suggested"
    DISPLAY_ONLY = "display_only"


@dataclass(frozen=True, slots=True)
class Location:
    file: str
    start: int
    end: int
    page: int
    page_end: int
    clause_id: str | None  # None = the whole document (a missing clause)
    clause_number: str | None


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    text: str  # insert: start == end; delete: text == ""


@dataclass(frozen=True, slots=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability
    library_id: str | None


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    rule_name: str
    severity: Severity
    title: str
    message: str
    location: Location
    evidence: str
    fix: Fix | None
    fingerprint: str
    quote: str = ""  # the sentence of the clause the finding is about, at most about 25 words

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule_id,
            "name": self.rule_name,
            "severity": self.severity.label,
            "title": self.title,
            "message": self.message,
            "clause": self.location.clause_id,
            "clause_number": self.location.clause_number,
            "page": self.location.page if self.location.clause_id else None,
            "evidence": self.evidence,
            "quote": self.quote or None,
            "fix": (
                {
                    "title": self.fix.title,
                    "library": self.fix.library_id,
                    "applicability": str(self.fix.applicability),
                }
                if self.fix
                else None
            ),
            "fingerprint": self.fingerprint,
        }


_WS = re.compile(r"\s+")


def fingerprint(rule_id: str, clause_number: str | None, evidence: str) -> str:
    """Stable across runs and re-extraction: rule, clause number, normalised evidence."""
    norm = _WS.sub(" ", evidence).strip().lower()
    payload = "\x1f".join([rule_id, clause_number or "", norm])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.location.file, -f.severity, f.location.start, f.rule_id))
