"""A document none of whose clauses reached the model is 'not checked', never 'missing'."""

from __future__ import annotations

from clausecheck.checks import run_checks
from clausecheck.checks.engine import tree_from_clauses
from clausecheck.pipeline import Options


def test_nothing_classified_means_not_checked_and_no_missing_findings():
    tree, _ = tree_from_clauses([{"number": "1", "text": "本契約は日本法に準拠する。"}])
    out = run_checks(tree, {}, Options())
    assert {v["status"] for v in out["ai_clauses"].values()} == {"not_checked"}
    assert not any(f.rule_id in ("AI001", "AI002", "AI003", "AI004") for f in out["findings"])
    assert [code for code, _ in out["warnings"]] == ["W150"]


def test_without_the_classifier_on_purpose_nothing_is_claimed_either_way():
    tree, _ = tree_from_clauses([{"number": "1", "text": "Fees are due in thirty days."}])
    out = run_checks(tree, {}, Options(classify=False))
    assert out["ai_clauses"] == {} and not out["warnings"]
