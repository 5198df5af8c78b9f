"""The clause tree: case files (black's pattern) and targeted behaviours."""

from __future__ import annotations

import pytest

from clausecheck.document import ClauseTree
from clausecheck.segment import segment
from clausecheck.segment.tree import block_heading_like, definition_term

from .util import CASES, case_document, check_invariants, doc_from_lines, doc_from_text, dump

CASE_FILES = sorted(CASES.glob("*.txt"))


def test_tree_has_enough_case_files():
    assert len(CASE_FILES) >= 12


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_tree_case(path):
    doc, expected = case_document(path)
    tree = segment(doc)
    check_invariants(tree)
    got = [(c.level, c.number, c.heading, c.kind) for c in tree.clauses]
    want = [
        (lvl, num, head, kind if kind is not None else got_kind)
        for (lvl, num, head, kind), (_, _, _, got_kind) in zip(expected, got + [(0, None, None, None)] * len(expected))
    ]
    assert got == want, f"{path.name}: got\n{dump(tree)}"


def _numbers(tree: ClauseTree) -> list[str | None]:
    return [c.number for c in tree.clauses]


def test_tree_empty_document():
    doc = doc_from_lines([])
    assert segment(doc).clauses == ()


def test_tree_unstructured_text_is_one_preamble():
    tree = segment(doc_from_text("Just a note.\nNothing numbered here at all.\nthe end"))
    assert [(c.kind, c.start, c.end) for c in tree.clauses] == [("preamble", 0, len(tree.document.text))]


def test_tree_spans_own_end_and_text():
    doc = doc_from_text("TITLE\n1. Fees\nFees are due.\n1.1 Monthly.\n1.2 Yearly.\n2. Term\nOne year.")
    tree = segment(doc)
    check_invariants(tree)
    one = next(c for c in tree.clauses if c.number == "1")
    kids = tree.children(one.id)
    assert [k.number for k in kids] == ["1.1", "1.2"]
    assert one.own_end == kids[0].start
    assert tree.own_text(one) == "1. Fees\nFees are due.\n"
    assert one.text == "1. Fees\nFees are due.\n1.1 Monthly.\n1.2 Yearly."
    assert one.end == kids[-1].end
    two = next(c for c in tree.clauses if c.number == "2")
    assert two.text == "2. Term\nOne year." and two.own_end == two.end == len(doc.text)
    assert [c.label for c in tree.path(kids[1])] == ["1 Fees", "1.2 Yearly"]


def test_tree_pages_come_from_blocks():
    lines = ["1. Fees", "Fees are due monthly.", "more text about fees", "2. Term", "One year.", "and more"]
    tree = segment(doc_from_lines(lines, page_size=2))
    one, two = tree.clauses
    assert (one.page, one.page_end) == (1, 2)
    assert (two.page, two.page_end) == (2, 3)


def test_tree_word_numbers_and_levels():
    """Automatic numbers from DOCX: Block.number/body_start/level; the level decides nesting."""
    lines = [
        ("Definitions", {"number": "1.", "level": 0}),
        ("In this Agreement the following terms apply.", {"number": "1.1", "level": 1}),
        ("first point", {"number": "(a)", "level": 2}),
        ("Services", {"number": "2.", "level": 0}),
        ("A list restarting at one inside clause 2.", {"number": "1.", "level": 1}),
        ("Its second item.", {"number": "2.", "level": 1}),
        ("Term", {"number": "3.", "level": 0}),
    ]
    tree = segment(doc_from_lines(lines))
    check_invariants(tree)
    got = [(c.level, c.number, c.heading) for c in tree.clauses]
    assert got == [
        (0, "1", "Definitions"),
        (1, "1.1", None),
        (2, "(a)", None),
        (0, "2", "Services"),
        (1, "1", None),
        (1, "2", None),
        (0, "3", "Term"),
    ]
    # The number Word rendered is part of the clause text.
    assert tree.own_text(tree.clauses[0]) == "1.\tDefinitions\n"


def test_tree_word_bullets_are_items():
    lines = [
        "1. Security",
        ("encryption at rest", {"number": "•", "level": 0}),
        ("access logs", {"number": "•", "level": 0}),
    ]
    tree = segment(doc_from_lines(lines))
    assert [(c.level, c.number, c.kind) for c in tree.clauses] == [
        (0, "1", "section"),
        (1, "•", "item"),
        (1, "•", "item"),
    ]


def test_tree_bold_headings_start_sections_in_unnumbered_documents():
    lines = [
        ("Terms of Service", {"kind": "title"}),
        "Welcome to the service.",
        ("Accounts", {"bold": True}),
        "You must keep your password safe.",
        ("Your Data", {"bold": True}),
        "We do not train models on your data.",
        "You may export it at any time.",
    ]
    tree = segment(doc_from_lines(lines))
    check_invariants(tree)
    assert [(c.kind, c.heading) for c in tree.clauses] == [
        ("preamble", None),
        ("section", "Accounts"),
        ("section", "Your Data"),
    ]
    assert tree.clauses[-1].text.endswith("at any time.")


def test_tree_word_heading_styles_nest():
    lines = [
        ("Policy", {"kind": "title"}),
        "Intro text.",
        ("Scope", {"kind": "heading", "style": "Heading 1"}),
        "Scope text.",
        ("Exclusions", {"kind": "heading", "style": "Heading 2"}),
        "Exclusion text.",
        ("Data", {"kind": "heading", "style": "Heading 1"}),
        "Data text.",
    ]
    tree = segment(doc_from_lines(lines))
    assert [(c.level, c.heading) for c in tree.clauses] == [(0, None), (0, "Scope"), (1, "Exclusions"), (0, "Data")]


def test_tree_heading_above_orphan_subclauses_holds_them():
    text = "AGREEMENT\nThe parties agree:\nDEFINITIONS\n1.1 Terms have their meaning.\n1.2 More terms.\nSERVICES\n2.1 Provided as agreed.\n3. Term\nOne year."
    tree = segment(doc_from_text(text))
    check_invariants(tree)
    assert [(c.level, c.number, c.heading) for c in tree.clauses] == [
        (0, None, None),
        (0, None, "DEFINITIONS"),
        (1, "1.1", None),
        (1, "1.2", None),
        (0, None, "SERVICES"),
        (1, "2.1", None),
        (0, "3", "Term"),
    ]


def test_tree_japanese_heading_line_before_article():
    text = "契約書\n（目的）\n第1条　本契約は取引条件を定める。\n（準拠法）\n第2条　本契約は日本法に準拠する。"
    tree = segment(doc_from_text(text))
    check_invariants(tree)
    assert [(c.number, c.heading) for c in tree.clauses] == [(None, None), ("第1条", "目的"), ("第2条", "準拠法")]
    assert tree.clauses[1].text.startswith("（目的）")


def test_tree_letter_i_after_h_and_roman_reread():
    lines = ["1. Items", "(g) seven;", "(h) eight, which covers:", "(i) sub one;", "(ii) sub two;", "(j) ten."]
    tree = segment(doc_from_text("\n".join(lines)))
    check_invariants(tree)
    assert [(c.level, c.number) for c in tree.clauses] == [
        (0, "1"),
        (1, "(g)"),
        (1, "(h)"),
        (2, "(i)"),
        (2, "(ii)"),
        (1, "(j)"),
    ]


def test_tree_bare_paragraph_numbers_only_in_sequence():
    text = "1 DEFINITIONS\nWords mean what they say.\n2 SERVICES\n10 Downing Street is not a clause.\n3 TERM\nOne year."
    tree = segment(doc_from_text(text))
    assert _numbers(tree) == ["1", "2", "3"]


def test_tree_address_in_preamble_is_not_a_clause():
    text = "SERVICES AGREEMENT\nACME LIMITED\n1 Main Street, London\nand BETA LLC\n1. Services\nText."
    tree = segment(doc_from_text(text))
    assert _numbers(tree) == [None, "1"]


def test_tree_signature_block_ends_at_schedule():
    text = (
        "1. Law\nEnglish law applies.\nSigned for and on behalf of ACME LIMITED\nBy: ________\nName:\nTitle:\n"
        "ACME LIMITED\nSCHEDULE 1\n1. Fees\nAs agreed."
    )
    tree = segment(doc_from_text(text))
    check_invariants(tree)
    assert [(c.level, c.number, c.kind) for c in tree.clauses] == [
        (0, "1", "section"),
        (0, None, "signature"),
        (0, "SCHEDULE 1", "schedule"),
        (1, "1", "section"),
    ]


def test_tree_addendum_heading_after_signature_is_a_schedule():
    text = "1. Law\nEnglish law.\nIN WITNESS WHEREOF the parties have signed.\nBy: ____\nDATA PROCESSING ADDENDUM\n1. Scope\nText."
    tree = segment(doc_from_text(text))
    assert [(c.kind, c.heading) for c in tree.clauses][-3:] == [
        ("signature", None),
        ("schedule", "DATA PROCESSING ADDENDUM"),
        ("section", "Scope"),
    ]


def test_tree_definition_heading_is_the_term():
    assert definition_term("“Affiliate” means any entity") == "Affiliate"
    assert definition_term('"Customer Data" shall mean data') == "Customer Data"
    assert definition_term("“Output” or “Outputs” means content") == "Output"
    assert definition_term("「本サービス」とは、当社のサービスをいう。") == "本サービス"
    assert definition_term("Affiliate: an entity controlling a party") is None
    assert definition_term("Affiliate: an entity controlling a party", plain=True) == "Affiliate"
    assert definition_term("The Customer shall pay") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GOVERNING LAW", True),
        ("THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND.", False),
        ("Governing Law", False),  # no cue in plain text
        ("（準拠法）", True),
        ("12", False),
    ],
)
def test_tree_block_heading_like(text, expected):
    assert block_heading_like(text) is expected


def test_tree_never_raises_on_odd_blocks():
    lines = ["", " ", "\t", "(", "（", "第", "§", "1.", "(i)", "ARTICLE", "Section", "•", "①", "“", "“x” means", "By:"]
    doc = doc_from_lines(lines)
    tree = segment(doc)
    check_invariants(tree)
