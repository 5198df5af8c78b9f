"""Rule checks: rules as data (``rules/checks``), a playbook, and the engine.

``run_checks(tree, labelled, options)`` is the pipeline's check stage.  It
returns the report keys the checks add: ``findings``, ``ai_clauses``,
``governing_law``, ``dispute_resolution``, ``warnings`` and ``provenance``.
The three summaries are typed in ``summaries.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ..classify.labels import LabelledClause
from ..document import ClauseTree

if TYPE_CHECKING:
    from .playbook import Playbook
    from .summaries import AiSummary


class CheckOptions(Protocol):
    """What the checks read of the run's options (``pipeline.Options``); the playbook is already
    loaded, None meaning the default one."""

    @property
    def playbook(self) -> Playbook | None: ...
    @property
    def select(self) -> tuple[str, ...]: ...
    @property
    def ignore(self) -> tuple[str, ...]: ...
    @property
    def preview(self) -> bool: ...
    @property
    def classify(self) -> bool: ...
    @property
    def allow_modified_rules(self) -> bool: ...


#: Gaps a document relying on a main agreement may not have: the main agreement may hold these clauses.
MAIN_AGREEMENT_RULES = frozenset({"GL001", "DR001", "GL004", "AI001", "AI002", "AI003", "AI004"})


def relied_on_main(findings: list[Any]) -> list[Any]:
    """A DPA, AI addendum or order form that forms part of a main agreement: its missing governing-law or
    dispute clause is a note (INFO) pointing to the main agreement, not a HIGH gap."""
    from dataclasses import replace

    from ..findings import Severity

    out = []
    for f in findings:
        if f.rule_id in MAIN_AGREEMENT_RULES:
            f = replace(
                f,
                severity=Severity.INFO,
                message=f.message + " This document forms part of a main "
                "agreement, whose clauses apply to it too: check the main agreement for this.",
            )
        out.append(f)
    return out


def run_checks(tree: ClauseTree, labelled: Mapping[str, LabelledClause], options: CheckOptions) -> dict[str, Any]:
    from .engine import ai_summary, build_doc_facts, dispute_summary, language_precedence, law_summary, run_rules
    from .loader import load_rules, rules_hash
    from .manifest import describe, verified
    from .playbook import load_playbook

    modified = verified()
    warnings: list[tuple[str, str]] = []
    if modified:
        from ..errors import ConfigError, warning_message

        if not options.allow_modified_rules:
            raise ConfigError("E205", None, detail=describe(modified))
        warnings.append(("W302", warning_message("W302", detail=describe(modified))))
    playbook = options.playbook if options.playbook is not None else load_playbook()
    rules = load_rules()
    doc = build_doc_facts(tree, labelled)
    # A document none of whose clauses reached the model cannot be said to lack an AI clause.
    unchecked = options.classify and not labelled
    if unchecked:
        from ..errors import warning_message

        warnings.append(("W150", warning_message("W150")))
        rules = tuple(r for r in rules if not (r.kind == "clause_present" and r.id.startswith("AI")))
    from ..segment.doctype import detect_doc_type
    from ..segment.parties import parties_of_tree

    doc_type = detect_doc_type(tree.document.text)
    if doc_type.type == "nda":  # a non-disclosure agreement is not an AI vendor contract
        rules = tuple(r for r in rules if not (r.kind == "clause_present" and r.id.startswith("AI")))
    findings = run_rules(rules, doc, playbook, select=options.select, ignore=options.ignore, preview=options.preview)
    if doc_type.relies_on_main:
        findings = relied_on_main(findings)
    parties = parties_of_tree(tree)
    extras: dict[str, Any] = {
        "document": {
            **doc_type.to_json(),
            "parties": {
                "customer": parties.customer,
                "vendor": parties.vendor,
                "customer_name": parties.customer_name,
                "vendor_name": parties.vendor_name,
            },
        }
    }
    lang = language_precedence(doc)
    if lang:
        extras["language_precedence"] = lang
    ai_clauses: dict[str, AiSummary] = (
        ai_summary(doc)
        if labelled
        else (
            {
                label: {"status": "not_checked", "stance": None, "clauses": [], "evidence": []}
                for label in ("model_disclosure", "training_data", "distillation", "ai_compliance")
            }
            if unchecked
            else {}
        )
    )
    return {
        "findings": findings,
        "ai_clauses": ai_clauses,
        "governing_law": law_summary(doc),
        "dispute_resolution": dispute_summary(doc),
        "provenance": {
            "rules_sha256": rules_hash(),
            "playbook": playbook.name,
            "playbook_sha256": playbook.sha256,
            **({"rules_modified": list(modified)} if modified else {}),
        },
        "warnings": warnings,
        "extras": extras,
    }
