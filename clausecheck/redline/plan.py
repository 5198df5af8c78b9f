"""What a redline will do: findings + library + playbook -> a list of planned changes.

The plan knows nothing about Word.  For each finding it decides:

* ``insert``  a missing clause (a document-level finding with a library fix that
  is ``safe`` or ``suggested``): the library entry goes in as a new clause;
* ``replace`` an adverse clause (a clause-level finding with such a fix): the
  clause's text is replaced by the library text (one replacement per clause);
* ``comment`` every finding gets a margin comment on the clause it concerns
  (on the inserted clause for a missing one; on the title for the rest).

The playbook picks the jurisdiction: ``preferred.governing_law`` /
``preferred.dispute_resolution`` replace the rule's default entry for findings
that propose *a* law or forum (missing, or not accepted); without them the
chosen law's ``pairs_with`` forum, then ``home_jurisdiction`` are used.
``preferred.strength: strict`` upgrades AI entries to their strict versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..findings import Applicability, Finding
from .library import Library, LibraryEntry

#: Findings whose fix is "propose a law / forum", where the playbook's own choice wins.
PLAYBOOK_CHOICE_RULES = frozenset({"GL001", "GL003", "DR001", "DR008", "DR014"})
_PREFERRED_KEY = {"governing_law": "governing_law", "dispute_resolution": "dispute_resolution"}


@dataclass(slots=True)
class PlannedChange:
    kind: str  # "insert" | "replace" | "comment"
    findings: list[Finding]
    entry: LibraryEntry | None = None
    clause_id: str | None = None


@dataclass(slots=True)
class Plan:
    inserts: list[PlannedChange] = field(default_factory=list)  # one per library clause type
    replaces: list[PlannedChange] = field(default_factory=list)  # one per clause
    comments: list[Finding] = field(default_factory=list)  # every finding, in report order
    notes: list[str] = field(default_factory=list)  # why a finding was only commented


def _preferred(library: Library, playbook: Any, clause_type: str, chosen_law: LibraryEntry | None) -> LibraryEntry | None:
    preferred = dict(getattr(playbook, "preferred", {}) or {})
    pid = preferred.get(_PREFERRED_KEY.get(clause_type, ""))
    if pid and pid in library and library[pid].clause_type == clause_type:
        return library[pid]
    if clause_type == "dispute_resolution" and chosen_law is not None and chosen_law.pairs_with in library:
        return library[chosen_law.pairs_with]
    home = getattr(playbook, "home_jurisdiction", None)
    if home:
        return library.by_jurisdiction(clause_type, home)
    return None


def choose_entry(finding: Finding, library: Library, playbook: Any = None,
                 chosen_law: LibraryEntry | None = None) -> LibraryEntry | None:
    """The library entry a redline proposes for ``finding`` (None: comment only)."""
    fix = finding.fix
    if fix is None or not fix.library_id or fix.library_id not in library:
        return None
    entry = library[fix.library_id]
    if entry.family == "ai":
        strength = (getattr(playbook, "preferred", {}) or {}).get("strength")
        if strength == "strict":
            entry = library.variant(entry, "strict")
        return entry
    if finding.rule_id in PLAYBOOK_CHOICE_RULES:
        entry = _preferred(library, playbook, entry.clause_type, chosen_law) or entry
    return entry


def check_preferred(library: Library, playbook: Any) -> None:
    """Refuse a playbook whose ``preferred`` names a library clause that does not exist (E204)."""
    from ..errors import ConfigError

    preferred = dict(getattr(playbook, "preferred", {}) or {})
    where = getattr(playbook, "path", None) or "the playbook"
    for key, clause_type in (("governing_law", "governing_law"), ("dispute_resolution", "dispute_resolution")):
        value = preferred.get(key)
        if value is None:
            continue
        choices = sorted(e.id for e in library.values() if e.clause_type == clause_type)
        if value not in library or library[value].clause_type != clause_type:
            raise ConfigError("E204", None, detail=f"{where}: preferred.{key} names '{value}', which is not a "
                                                   f"{key.replace('_', ' ')} clause in the library; use one of: "
                                                   f"{', '.join(choices)}.")
    strength = preferred.get("strength")
    if strength is not None and strength not in ("standard", "strict"):
        raise ConfigError("E204", None, detail=f"{where}: preferred.strength must be standard or strict, "
                                               f"not '{strength}'.")


def plan_changes(findings: Iterable[Finding], library: Library, playbook: Any = None,
                 clause_types: Mapping[str, set[str]] | None = None) -> Plan:
    """Decide the changes.  ``clause_types`` (clause id -> the types the report gives it) keeps a
    replacement to clauses of the entry's own type: an AI text never replaces a governing-law or
    dispute clause, and each library entry replaces one clause at most (the most severe finding's;
    the others are commented)."""
    plan = Plan()
    clause_types = clause_types or {}
    used: set[str] = set()
    findings = list(findings)
    by_type: dict[str, PlannedChange] = {}
    by_clause: dict[str, PlannedChange] = {}
    chosen_law: LibraryEntry | None = None
    # governing-law choices first, so a missing forum can follow the chosen law
    ordered = sorted(findings, key=lambda f: 0 if f.rule_id.startswith("GL") else 1)
    for f in ordered:
        entry = choose_entry(f, library, playbook, chosen_law)
        if entry is not None and entry.clause_type == "governing_law" and chosen_law is None:
            chosen_law = entry
        actionable = (entry is not None and f.fix is not None
                      and f.fix.applicability in (Applicability.SAFE, Applicability.SUGGESTED))
        if not actionable:
            continue
        if f.location.clause_id is None:
            change = by_type.get(entry.clause_type)
            if change is None:
                change = PlannedChange("insert", [f], entry)
                by_type[entry.clause_type] = change
                plan.inserts.append(change)
            else:
                change.findings.append(f)
        else:
            change = by_clause.get(f.location.clause_id)
            types = clause_types.get(f.location.clause_id, set())
            if change is None and (
                    entry.id in used
                    or (entry.family == "ai" and types & {"governing_law", "dispute_resolution"})
                    or (types and entry.clause_type not in types)):
                plan.notes.append(f"{f.rule_id}: clause {f.location.clause_number or f.location.clause_id} "
                                  f"was commented, not rewritten: "
                                  + ("the same library clause already replaces another clause" if entry.id in used
                                     else "the clause is not of the library clause's type"))
                continue
            if change is None:
                used.add(entry.id)
                change = PlannedChange("replace", [f], entry, f.location.clause_id)
                by_clause[f.location.clause_id] = change
                plan.replaces.append(change)
            else:
                change.findings.append(f)
    plan.comments = findings
    return plan


__all__ = ["Plan", "PlannedChange", "plan_changes", "check_preferred", "choose_entry", "PLAYBOOK_CHOICE_RULES"]
