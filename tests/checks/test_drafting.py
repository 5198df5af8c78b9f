"""Drafting checks on whole contracts, PDF and Word: a skipped and a repeated number (DF001), a schedule
cited by another schedule's name (DF002), and nothing on a contract numbered in order."""

from __future__ import annotations

import pytest

from clausecheck.pipeline import analyse

from fixtures.labelled import write_contract_pdf, write_docx

CARELESS = [
    ("", "DATA PROCESSING ADDENDUM between Northwind Analytics Ltd and the Customer."),
    ("1.", "Scope. This Addendum applies to the personal data the Processor handles for the Customer."),
    ("2.", "Transfers. Where the law of a listed country applies, the terms in Schedule 2 (Country Terms) apply."),
    ("3.", "Security. The Processor keeps the following measures in place:"),
    ("3.1", "Encryption. Customer personal data is encrypted at rest and in transit."),
    ("3.3", "Testing. The Processor tests its recovery plan once a year."),
    ("4.", "Records. The Processor keeps records as follows:"),
    ("(a)", "it logs every access to customer personal data;"),
    ("(b)", "it keeps each log for two years;"),
    ("(b)", "it lets the Customer inspect the logs on request."),
    ("5.", "Term. This Addendum ends when the last personal data has been deleted."),
    ("Schedule 1", "Security Measures"),
    ("1.", "Access to production systems requires two-factor authentication."),
    ("Schedule 2", "Transfer Mechanisms"),
    ("1.", "Transfers out of the European Economic Area rely on the standard contractual clauses."),
    ("Schedule 3", "Country Terms"),
    ("1.", "For Brazil, personal data includes data protected under the LGPD."),
]

TIDY = [
    (n, t.replace("Schedule 2 (Country Terms)", "Schedule 3 (Country Terms)"))
    for n, t in CARELESS
    if not (n == "(b)" and t.startswith("it lets"))
]
TIDY = [("3.2", t) if n == "3.3" else (n, t) for n, t in TIDY]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_skips_repeats_and_a_schedule_cited_by_another_name_are_reported_once_each(tmp_path, kind):
    path = tmp_path / f"addendum.{kind}"
    (write_contract_pdf if kind == "pdf" else write_docx)(path, CARELESS)
    data = analyse(path).to_json()
    got = {f["rule"]: f for f in data["findings"] if f["rule"].startswith("DF")}
    assert [f["rule"] for f in data["findings"]].count("DF001") == 1
    numbering = got["DF001"]["message"]
    assert "3.3 follows 3.1" in numbering
    assert "4(b)" in numbering and "repeats the number (b)" in numbering
    assert got["DF001"]["severity"] == "low"
    names = got["DF002"]["message"]
    assert "Schedule 2 as “Country Terms”, but Schedule 2 is “Transfer Mechanisms”" in names
    assert "(“Country Terms” is Schedule 3)" in names
    assert got["DF002"]["severity"] == "medium"
    cites = {c["citation"] for c in data["clauses"]}
    assert got["DF002"]["clause_number"] in cites


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_contract_numbered_in_order_gets_no_drafting_finding(tmp_path, kind):
    path = tmp_path / f"addendum.{kind}"
    (write_contract_pdf if kind == "pdf" else write_docx)(path, TIDY)
    data = analyse(path).to_json()
    assert [f["message"] for f in data["findings"] if f["rule"].startswith("DF")] == []


def test_a_zero_width_character_before_a_number_does_not_hide_the_clause(tmp_path):
    clauses = [
        ("1.", "Scope. This Addendum applies to the personal data the Processor handles for the Customer."),
        ("\u200d2.", "Security. The Processor keeps customer personal data encrypted at rest."),
        ("3.", "Term. This Addendum ends when the last personal data has been deleted."),
    ]
    path = write_docx(tmp_path / "zwj.docx", clauses)
    data = analyse(path).to_json()
    assert [c["citation"] for c in data["clauses"] if c["number"]] == ["1", "2", "3"]
    assert not [f for f in data["findings"] if f["rule"] == "DF001"]
