"""The numbering grammar: one block start -> Marker (context free)."""

from __future__ import annotations

import pytest

from clausecheck.segment.numbering import alpha_value, kanji_value, parse_marker, roman_value, to_int


@pytest.mark.parametrize(
    ("text", "label", "style", "value", "path"),
    [
        ("1. Definitions", "1", "decimal-1", 1, (1,)),
        ("1.1 The Supplier shall", "1.1", "decimal-2", 1, (1, 1)),
        ("1.1.1 Back-ups", "1.1.1", "decimal-3", 1, (1, 1, 1)),
        ("12.0 GENERAL", "12.0", "decimal-1", 12, (12,)),
        ("1.1(a) English law applies.", "1.1(a)", "decimal-3", 1, (1, 1, 1)),
        ("3.2. Fees", "3.2", "decimal-2", 2, (3, 2)),
        ("２．稼働率", "２", "decimal-1", 2, (2,)),
        ("Section 5.2 Fees", "Section 5.2", "kw-section-2", 2, (5, 2)),
        ("SECTION 7. TERM", "SECTION 7", "kw-section-1", 7, (7,)),
        ("§ 5 Miscellaneous", "§ 5", "kw-section-1", 5, (5,)),
        ("§5.2 Notices", "§5.2", "kw-section-2", 2, (5, 2)),
        ("ARTICLE XII – CONFIDENTIALITY", "ARTICLE XII", "kw-article-1", 12, (12,)),
        ("Article 7 Term", "Article 7", "kw-article-1", 7, (7,)),
        ("Clause 9 Liability", "Clause 9", "kw-clause-1", 9, (9,)),
        ("PART B GENERAL TERMS", "PART B", "kw-part-1", 2, (2,)),
        ("第12条（準拠法）", "第12条", "ja-article", 12, (12,)),
        ("第 10 条 （準拠法）", "第 10 条", "ja-article", 10, (10,)),
        ("第１２条（合意管轄）", "第１２条", "ja-article", 12, (12,)),
        ("第十二条 管轄", "第十二条", "ja-article", 12, (12,)),
        ("第3条の2（言語）", "第3条の2", "ja-article", 3, (3, 2)),
        ("第1章　総則", "第1章", "ja-chapter", 1, (1,)),
        ("B.9.12 Governing Law", "B.9.12", "adecimal-3", 12, (2, 9, 12)),
    ],
)
def test_numbering_absolute(text, label, style, value, path):
    m = parse_marker(text)
    assert m is not None
    assert (m.label, m.style, m.value, m.path) == (label, style, value, path)
    assert m.absolute and not m.schedule


@pytest.mark.parametrize(
    ("text", "label", "styles"),
    [
        ("(a) the Customer", "(a)", [("paren-lower-alpha", 1)]),
        ("(b) the Supplier", "(b)", [("paren-lower-alpha", 2)]),
        ("(i) the copy", "(i)", [("paren-lower-alpha", 9), ("paren-lower-roman", 1)]),
        ("(ii) the copy", "(ii)", [("paren-lower-roman", 2), ("paren-lower-alpha", 35)]),
        ("(iv) fees", "(iv)", [("paren-lower-roman", 4)]),
        ("(v) fees", "(v)", [("paren-lower-alpha", 22), ("paren-lower-roman", 5)]),
        ("(A) The Supplier", "(A)", [("paren-upper-alpha", 1)]),
        ("(1) ACME LIMITED", "(1)", [("paren-digit", 1)]),
        ("（１）甲の承諾", "（１）", [("paren-digit", 1)]),
        ("(aa) further", "(aa)", [("paren-lower-alpha", 27)]),
        ("a. sublicense", "a", [("dot-lower-alpha", 1)]),
        ("A. License Grant", "A", [("dot-upper-alpha", 1)]),
        ("iv. the copy", "iv", [("dot-lower-roman", 4)]),
        ("a) first", "a)", [("rparen-lower-alpha", 1)]),
        ("1) first", "1)", [("rparen-digit", 1)]),
        ("一　本サービス", "一", [("kanji", 1)]),
        ("十二　法令", "十二", [("kanji", 12)]),
        ("①本規約", "①", [("circled", 1)]),
        ("⑳最後", "⑳", [("circled", 20)]),
        ("(イ) 項目", "(イ)", [("paren-kana", 2), ("paren-iroha", 1)]),
        ("• opt in", "•", [("bullet", 1)]),
    ],
)
def test_numbering_relative(text, label, styles):
    m = parse_marker(text)
    assert m is not None
    assert m.label == label
    assert [(r.style, r.value) for r in m.readings] == styles
    assert not m.absolute and m.path == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("SCHEDULE 1 – SERVICE LEVELS", "SCHEDULE 1"),
        ("Schedule 2", "Schedule 2"),
        ("Annex A (Security Measures)", "Annex A"),
        ("Exhibit B – Form of Order", "Exhibit B"),
        ("APPENDIX 3", "APPENDIX 3"),
        ("Attachment A", "Attachment A"),
        ("SCHEDULE", "SCHEDULE"),
        ("SCHEDULE OF FEES", "SCHEDULE"),
        ("別紙1　サービス仕様", "別紙1"),
        ("別表", "別表"),
    ],
)
def test_numbering_schedules(text, label):
    m = parse_marker(text)
    assert m is not None and m.schedule
    assert m.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Section 5.2 of the Master Agreement applies.",
        "Section 3 shall survive termination.",
        "Schedule 2 sets out the fees.",
        "Exhibit A attached hereto",
        "section 4 applies",
        "Sections 4 and 5 survive",
        "Articles of association",
        "Part of the fees",
        "No. 5 Main Street",
        "Mr. Smith",
        "e.g. the Customer",
        "i.e. the Customer",
        "U.S. law applies",
        "1,000 units",
        "1.5% interest",
        "2024-01-01 is the date",
        "3rd party",
        "12",
        "10am",
        "別紙に定める仕様",
        "第5条の規定にかかわらず",
        "一方、乙は",
        "(see above)",
        "(Customer) shall",
        "",
        "The Supplier shall",
    ],
)
def test_numbering_not_a_number(text):
    assert parse_marker(text) is None


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("1 DEFINITIONS", True),  # bare integer: only a number when the sequence fits
        ("30 days after", True),
        ("2.5 times the fees", True),
        ("1.1 the Supplier", True),
        ("1. Definitions", False),
        ("1.1 The Supplier", False),
    ],
)
def test_numbering_weak(text, weak):
    m = parse_marker(text)
    assert m is not None
    assert m.weak is weak


def test_numbering_body_offset_skips_separator():
    text = "ARTICLE XII – CONFIDENTIALITY"
    m = parse_marker(text)
    assert text[m.end :] == "CONFIDENTIALITY"
    text = "12.1\tGoverning Law: the laws of Ireland"
    m = parse_marker(text)
    assert text[m.end :] == "Governing Law: the laws of Ireland"


@pytest.mark.parametrize(("s", "v"), [("i", 1), ("iv", 4), ("ix", 9), ("xii", 12), ("XL", 40), ("mcmxc", 1990)])
def test_numbering_roman_value(s, v):
    assert roman_value(s) == v


@pytest.mark.parametrize("s", ["", "iiii", "vv", "abc", "ic", "x" * 20])
def test_numbering_roman_value_rejects(s):
    assert roman_value(s) is None


def test_numbering_alpha_and_kanji_values():
    assert [alpha_value(s) for s in ("a", "z", "aa", "bb", "zz")] == [1, 26, 27, 28, 52]
    assert alpha_value("ab") is None
    assert [kanji_value(s) for s in ("一", "十", "十二", "二十三", "百五")] == [1, 10, 12, 23, 105]
    assert kanji_value("甲") is None
    assert [to_int(s) for s in ("12", "１２", "十二")] == [12, 12, 12]
