"""A clause the model labelled but was unsure of (review band) never sets the document's stance alone."""

from __future__ import annotations

from clausecheck.checks.engine import ai_summary, build_doc_facts, run_rule, tree_from_clauses
from clausecheck.checks.loader import load_rules
from clausecheck.checks.playbook import load_playbook

SURE = {
    "number": "11",
    "type": "training_data",
    "stance": "protective",
    "text": "Party B shall not use Party A Data to train any machine-learning model other than the Trained Model.",
}
UNSURE = {
    "number": "(3)",
    "type": "training_data",
    "stance": "adverse",
    "review": "training_data",
    "text": "operation and maintenance services, in which Party B retrains the Trained Model at agreed intervals;",
}


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


def test_sure_clauses_that_contradict_each_other_are_both_reported_as_a_conflict():
    adverse = dict(SURE, number="12", stance="adverse", text="Party B may use Party A Data to train its models.")
    entry = _summary(SURE, adverse)
    assert entry["operative"] == "c1" and entry["stance"] == "protective" and entry["unsure"] == []
    assert entry["conflicts"] == ["c2"]
    rule = next(r for r in load_rules() if r.id == "AI005")
    tree, labelled = tree_from_clauses([SURE, adverse])
    (finding,) = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
    assert finding.message.startswith("Clause 11 and clause 12 contradict each other on training on customer data")


def test_a_definition_never_decides_the_stance():
    definition = dict(
        SURE,
        number="1.4",
        stance="adverse",
        text='"Training Data" means any Party A Data that Party B may use to train its models.',
    )
    entry = _summary(definition, SURE)
    assert entry["operative"] == "c2" and entry["stance"] == "protective"
    entry = _summary(definition)
    assert entry["status"] == "review" and entry["stance"] is None


def test_finding_on_an_unsure_clause_asks_for_review():
    rule = next(r for r in load_rules() if r.id == "AI022")
    tree, labelled = tree_from_clauses([UNSURE])
    (finding,) = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
    assert finding.message.endswith(
        "The model was unsure whether this clause is about training on customer data; please review it."
    )
    assert finding.fix is not None and str(finding.fix.applicability) == "display_only"  # shown, never applied
    sure = dict(UNSURE, review=[])
    tree, labelled = tree_from_clauses([sure])
    (finding,) = run_rule(rule, build_doc_facts(tree, labelled), load_playbook())
    assert "unsure" not in finding.message
    assert str(finding.fix.applicability) == "suggested"
