"""This session's law and dispute findings on whole contracts, PDF and Word, as a lawyer reads them: the
place of arbitration that follows the user (DR015), a one-sided forum (DR017), a notice that points to the
wrong clause (DR018), each finding quoting its sentence and citing a clause a reader can find."""

from __future__ import annotations

import pytest

from clausecheck.pipeline import analyse

from fixtures.labelled import write_contract_pdf, write_docx

TERMS = [
    ("", "TERMS OF SERVICE. THESE TERMS CONTAIN A BINDING ARBITRATION PROVISION IN SECTION 9. PLEASE READ IT."),
    ("1.", "Services. Acme Labs Inc. provides its document assistant to you under these Terms."),
    ("2.", "Fees. You shall pay the fees for your plan monthly in advance."),
    ("8.", "Governing Law. These Terms are governed by the laws of the State of Delaware."),
    (
        "8.1",
        "Arbitration. Any dispute will be resolved by binding arbitration administered by the AAA under its "
        "Commercial Arbitration Rules. The arbitration will be conducted in the county where you live, unless "
        "we agree otherwise. Notwithstanding the foregoing, we may seek injunctive relief in any court worldwide.",
    ),
    ("9.", "Government Use. The Software is commercial computer software provided to government users as such."),
]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_dispute_findings_on_a_whole_contract_quote_their_sentence_and_cite_findable_clauses(tmp_path, kind):
    path = tmp_path / f"terms.{kind}"
    (write_contract_pdf if kind == "pdf" else write_docx)(path, TERMS)
    data = analyse(path).to_json()
    got = {f["rule"]: f for f in data["findings"]}
    assert {"DR015", "DR017", "DR018"} <= set(got)
    assert got["DR015"]["quote"].startswith("The arbitration will be conducted in the county where you live")
    assert got["DR017"]["quote"].startswith("Notwithstanding the foregoing, we may seek injunctive relief")
    assert "SECTION 9" in got["DR018"]["quote"] and "Government Use" in got["DR018"]["message"]
    assert "DR003" not in got  # the place is stated (it follows the user), so not "no seat"
    cites = [c.get("citation") for c in data["clauses"]]
    for rule in ("DR015", "DR017", "DR018"):
        assert cites.count(got[rule]["clause_number"]) == 1
