"""A numbered document saved as one paragraph is split at its inline outline numbers."""

from __future__ import annotations

from clausecheck.pipeline import Options, stage_extract, stage_segment

WALL = (
    "Service Terms. These terms apply to the service. 1. Services. We provide the service. 1.1 Access. You may use "
    "the service for your business. 1.2 Limits. You may not exceed 1.5 million requests a month as stated in "
    "Section 4.2 of the order. 2. Fees. You pay the fees on time. 2.1 Taxes. Fees exclude taxes. 3. Law. These "
    "terms are governed by the laws of Ireland. "
) * 1 + "Closing words. " * 80


def test_a_wall_of_text_is_split_into_its_clauses(tmp_path):
    path = tmp_path / "wall.txt"
    path.write_text(WALL, encoding="utf-8")
    tree = stage_segment(stage_extract(path, Options()), Options())
    numbers = [c.number for c in tree.clauses if c.number]
    assert numbers[:6] == ["1", "1.1", "1.2", "2", "2.1", "3"]
    # amounts and cross-references did not split anything
    assert "Section 4.2 of the order" in next(c.text for c in tree.clauses if c.number == "1.2")
    assert all(tree.document.text[c.start : c.end] == c.text for c in tree.clauses)


def test_an_ordinary_long_paragraph_is_left_alone(tmp_path):
    text = "The Supplier shall deliver 1.5 tonnes. Prices rose 2.1 percent. See clause 3.4 of the order. " * 40
    path = tmp_path / "long.txt"
    path.write_text("1. Delivery\n" + text, encoding="utf-8")
    tree = stage_segment(stage_extract(path, Options()), Options())
    assert [c.number for c in tree.clauses if c.number] == ["1"]
