"""A clause the model labelled but was unsure of (review band) never sets the document's stance alone."""

from __future__ import annotations

from clausecheck.checks.engine import ai_summary, build_doc_facts, run_rule, tree_from_clauses
from clausecheck.checks.loader import load_rules
from clausecheck.checks.playbook import load_playbook

SURE = {"number": "11", "type": "training_data", "stance": "protective",
        "text": "Party B shall not use Party A Data to train any machine-learning model other than the Trained Model."}
UNSURE = {"number": "(3)", "type": "training_data", "stance": "adverse", "review": "training_data",
          "text": "operation and maintenance services, in which Party B retrains the Trained Model at agreed intervals;"}


def _summary(*clauses):
    tree, labelled = tree_from_clauses(list(clauses))
    return ai_summary(build_doc_facts(tree, labelled))["training_data"]


def test_sure_clause_sets_the_stance_and_unsure_one_is_listed_after_it():
    entry = _summary(UNSURE, SURE)
    assert entry["status"] == "found"
    assert entry["stance"] == "protective"
    assert entry["clauses"] == ["c2", "c1"]
    assert entry["unsure"] == ["c1"]


def test_only_unsure_clauses_still_give_a_stance():
    entry = _summary(UNSURE)
    assert entry["stance"] == "adverse" and entry["unsure"] == ["c1"]


def test_sure_adverse_clause_still_wins_over_a_protective_one():
    adverse = dict(SURE, number="12", stance="adverse", text="Party B may use Party A Data to train its models.")
    entry = _summary(SURE, adverse)
    assert entry["stance"] == "adverse" and entry["unsure"] == []


def test_finding_on_an_unsure_clause_asks_for_review():
    rule = next(r for r in load_rules() if r.id == "AI022")
    tree, labelled = tree_from_clauses([UNSURE])
    (finding,) = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
    assert finding.message.endswith(
        "The model was unsure whether this clause is about training on customer data; please review it.")
    assert finding.fix is not None and str(finding.fix.applicability) == "display_only"  # shown, never applied
    sure = dict(UNSURE, review=[])
    tree, labelled = tree_from_clauses([sure])
    (finding,) = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
    assert "unsure" not in finding.message
    assert str(finding.fix.applicability) == "suggested"
