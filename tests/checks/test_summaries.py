"""The typed summaries (checks/summaries.py) hold every key the engine writes: each summary built here has
all of its TypedDict's required keys and no key the TypedDict does not declare, nested branches included."""

from __future__ import annotations

from typing import Any

from clausecheck.checks import run_checks
from clausecheck.checks.engine import ai_summary, build_doc_facts, dispute_summary, law_summary, tree_from_clauses
from clausecheck.checks.summaries import AiSummary, DisputeSummary, ForumBranch, LawBranch, LawSummary, missing_ai
from clausecheck.pipeline import Options

SPLIT = {
    "number": "12",
    "type": ["governing_law", "dispute_resolution"],
    "text": "(a) If you are located in the European Economic Area, these Terms are governed by the laws of Ireland and "
    "disputes go exclusively to the courts of Dublin, Ireland. (b) If you are located anywhere else, these Terms are "
    "governed by the laws of the State of California and disputes go exclusively to the state and federal courts "
    "located in San Francisco, California.",
}
DISTILLATION = {
    "number": "5",
    "type": "distillation",
    "stance": "protective",
    "text": "Customer shall not use any output of the Services to develop a model that competes with Vendor.",
}
UNSURE = {  # in the model's review band only: not labelled
    "number": "6",
    "review": "training_data",
    "text": "Vendor may improve the Services.",
}


def _keys_fit(value: dict[str, Any], typed: Any) -> None:
    keys = set(value)
    assert typed.__required_keys__ <= keys, sorted(typed.__required_keys__ - keys)
    assert keys <= typed.__required_keys__ | typed.__optional_keys__, sorted(
        keys - typed.__required_keys__ - typed.__optional_keys__
    )


def _doc(*clauses: dict[str, Any]):
    tree, labelled = tree_from_clauses(list(clauses))
    return build_doc_facts(tree, labelled)


def test_summaries_optional_keys_are_read_as_optional():
    assert AiSummary.__required_keys__ == {"status", "stance", "clauses", "evidence"}
    assert LawSummary.__optional_keys__ == {"branches", "in_attachments"}
    assert DisputeSummary.__optional_keys__ == {"split", "branches"}


def test_summaries_ai_entries_found_review_and_missing_fit_the_type():
    entries = ai_summary(_doc(DISTILLATION, UNSURE))
    assert entries["distillation"]["status"] == "found" and "binds" in entries["distillation"]
    assert entries["training_data"]["status"] == "review" and "note" in entries["training_data"]
    assert {e["status"] for e in entries.values()} == {"found", "review", "missing"}
    for entry in entries.values():
        _keys_fit(dict(entry), AiSummary)
    _keys_fit(dict(missing_ai()), AiSummary)


def test_summaries_ai_not_checked_entries_fit_the_type():
    tree, _ = tree_from_clauses([{"number": "1", "text": "Fees are due in thirty days."}])
    for entry in run_checks(tree, {}, Options())["ai_clauses"].values():
        assert entry["status"] == "not_checked"
        _keys_fit(dict(entry), AiSummary)


def test_summaries_split_law_and_forums_fit_the_types():
    d = _doc(SPLIT)
    gl = law_summary(d)
    assert gl is not None and gl["branches"]
    _keys_fit(dict(gl), LawSummary)
    for branch in gl["branches"]:
        _keys_fit(dict(branch), LawBranch)
    dr = dispute_summary(d)
    assert dr is not None and dr["branches"]
    _keys_fit(dict(dr), DisputeSummary)
    for forum in dr["branches"]:
        _keys_fit(dict(forum), ForumBranch)
