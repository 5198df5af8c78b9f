"""References to the dispute clauses that point to the wrong clause (DR018)."""

from __future__ import annotations

from clausecheck.checks.engine import build_doc_facts, tree_from_clauses
from clausecheck.checks.references import wrong_references


def _refs(clauses):
    tree, labelled = tree_from_clauses(clauses)
    doc = build_doc_facts(tree, labelled)
    return {
        c.number: [r.describe() for r in rs]
        for c in doc.clauses
        for cid, rs in wrong_references(doc.clauses).items()
        if c.id == cid
    }


ARBITRATION = {
    "number": "15.2",
    "heading": "Arbitration Agreement",
    "type": "dispute_resolution",
    "text": "Any dispute shall be resolved by binding arbitration administered by JAMS.",
}
GOVERNMENT = {"number": "16", "heading": "Government Use", "text": "The Software is commercial computer software."}


def test_a_notice_pointing_to_a_clause_about_something_else_is_found():
    got = _refs(
        [
            {"number": "1", "text": "PLEASE READ THE ARBITRATION PROVISION IN SECTION 16 CAREFULLY."},
            ARBITRATION,
            GOVERNMENT,
        ]
    )
    assert got == {
        "1": ["SECTION 16 for the arbitration, but 16 is “Government Use”, and the arbitration is in clause 15.2"]
    }


def test_a_reference_to_a_clause_that_does_not_exist_names_the_clause_it_would_belong_to():
    got = _refs(
        [
            {"number": "1", "text": "These Terms contain an arbitration provision in Section 16.2."},
            ARBITRATION,
            GOVERNMENT,
        ]
    )
    assert "there is no 16.2 (clause 16 is “Government Use”)" in got["1"][0]


def test_references_that_do_not_say_where_the_topic_is_are_left_alone():
    assert (
        _refs(
            [
                {
                    "number": "1",
                    "text": "Except as provided in Section 16 above, the arbitrator shall decide all issues.",
                },
                {"number": "2", "text": "The arbitration provision in Section 15.2 applies to all claims."},
                {"number": "3", "text": "The arbitration clause in Section 16 of the Services Agreement applies."},
                ARBITRATION,
                GOVERNMENT,
            ]
        )
        == {}
    )
