"""Every rule's own examples are tests: one test per (rule id, example number).

``expect: fire`` means the rule must report at least one finding on the example's
clauses, ``expect: pass`` that it must stay silent; ``todo`` marks a known gap
(strict xfail, like semgrep's ``todoruleid``).  A new rule is tested by writing its file.
"""

from __future__ import annotations

import pytest

from clausecheck.checks.engine import build_doc_facts, run_rule, tree_from_clauses
from clausecheck.checks.loader import load_rules
from clausecheck.checks.playbook import load_playbook, playbook_from_mapping

RULES = load_rules()
CASES = [(rule, i, ex) for rule in RULES for i, ex in enumerate(rule.examples, 1)]


@pytest.mark.parametrize("rule,number,example", CASES, ids=[f"{r.id}-ex{i}" for r, i, _ in CASES])
def test_rule_example(rule, number, example, tmp_path):
    if example.get("todo"):
        pytest.xfail(example["todo"])  # known gap: must still fail today
    tree, labelled = tree_from_clauses(list(example.get("clauses") or []))
    playbook = (
        playbook_from_mapping(dict(example["playbook"]), tmp_path) if example.get("playbook") else load_playbook()
    )
    doc = build_doc_facts(tree, labelled)
    findings = run_rule(rule, doc, playbook)
    if example["expect"] == "fire":
        assert findings, f"{rule.id} example {number} should fire: {example.get('note') or example['clauses']}"
        for f in findings:
            assert "{" not in f.message, f"unfilled placeholder in: {f.message}"
    else:
        assert not findings, f"{rule.id} example {number} should pass but fired: {[f.message for f in findings]}"


def test_rule_examples_todo_still_fail(tmp_path):
    """A todo example that starts passing must be promoted (strict xfail)."""
    for rule in RULES:
        for ex in rule.examples:
            if not ex.get("todo"):
                continue
            tree, labelled = tree_from_clauses(list(ex.get("clauses") or []))
            findings = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
            fired = bool(findings)
            assert fired != (ex["expect"] == "fire"), f"{rule.id}: todo example now works; drop its 'todo'"
