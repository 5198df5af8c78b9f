"""Citations a reader can follow: the full path as printed, unique within the document."""

from __future__ import annotations

import pytest

from clausecheck.document import join_number
from clausecheck.pipeline import Options, analyse, stage_extract, stage_segment

from fixtures.labelled import write_docx


@pytest.mark.parametrize(
    "prefix, number, expected",
    [
        (None, "3", "3"),
        ("3", "1", "3.1"),
        ("3", "3.3", "3.3"),
        ("7.1", "(iv)", "7.1(iv)"),
        ("2", "(e)", "2(e)"),
        ("J", "2", "J.2"),
        ("Schedule 1", "1.3", "Schedule 1, 1.3"),
        ("第15条", "2", "第15条第2項"),
        ("第15条第2項", "(3)", "第15条第2項第3号"),
        ("第3条", "①", "第3条第1項"),
        ("第2条", "(1)", "第2条第1号"),  # an item directly under an article without paragraphs
        ("8", "b.", "8(b)"),
        (None, "第 12 条", "第12条"),
        ("Article 7", "Article 8", "Article 8"),
        ("EXHIBIT 1, 1", "1.2", "EXHIBIT 1, 1.2"),
    ],
)
def test_one_step_of_a_citation_path(prefix, number, expected):
    assert join_number(prefix, number) == expected


def test_items_restarting_under_a_clause_are_cited_with_its_number(tmp_path):
    clauses = [
        ("", "SERVICE TERMS"),
        ("1.", "Access. Provider grants access to the service."),
        ("2.", "Use. You shall use the service only as follows:"),
        ("1.", "Only in a lawful manner and in compliance with all laws;"),
        ("2.", "Within the limits of your plan; and"),
        ("3.", "In line with the documentation published for the service."),
        ("3.", "Law. These terms are governed by the laws of Ireland."),
        ("4.", "Courts. The courts of Dublin decide all disputes."),
    ]
    path = write_docx(tmp_path / "terms.docx", clauses)
    tree = stage_segment(stage_extract(path, Options()), Options())
    cites = tree.citations()
    shown = [cites[c.id] for c in tree.clauses if c.id in cites]
    assert shown == ["Preamble", "1", "2", "2.1", "2.2", "2.3", "3", "4"]
    report = analyse(path).to_json()
    assert report["pages_known"] is False  # a Word file read as one page: no page numbers are claimed
    law = next(c for c in report["clauses"] if c["id"] == report["governing_law"]["clause"])
    assert law["citation"] == "3"
    assert all(f["clause_number"] in (None, *shown) for f in report["findings"])


def test_duplicate_citations_are_told_apart(tmp_path):
    clauses = [("1.", "Access. Provider grants access."), ("1.", "Fees. You pay the fees.")]
    tree = stage_segment(stage_extract(write_docx(tmp_path / "d.docx", clauses), Options()), Options())
    cites = list(tree.citations().values())
    assert len(set(cites)) == len(cites) == 2


def test_numbers_under_a_heading_without_a_number_are_cited_as_printed():
    """EDGAR exhibits put "28. Miscellaneous" and "28.8 Governing Law" under an unnumbered title ("AGREEMENT"):
    a reader cites "28.8", not "“AGREEMENT”.28.28.8"."""
    from dataclasses import replace

    from clausecheck.checks.engine import tree_from_clauses
    from clausecheck.document import ClauseTree

    tree, _ = tree_from_clauses(
        [
            {"heading": "AGREEMENT", "text": "AGREEMENT"},
            {"number": "28", "text": "Miscellaneous"},
            {"number": "28.8", "text": "This Agreement is governed by the laws of Illinois."},
            {"number": "(b)", "text": "Disputes go to arbitration in Chicago."},
        ]
    )
    parents = {"c2": "c1", "c3": "c2", "c4": "c3"}
    clauses = tuple(replace(c, parent=parents.get(c.id)) for c in tree.clauses)
    cites = ClauseTree(document=tree.document, clauses=clauses).citations()
    assert [cites[c] for c in ("c2", "c3", "c4")] == ["28", "28.8", "28.8(b)"]
