"""Clause citations read as a lawyer writes them."""

from clausecheck.checks.engine import ClauseInfo, Hit, format_message
from clausecheck.checks.playbook import load_playbook
from clausecheck.document import cite_number


def test_cite_number():
    assert cite_number("12.1") == "clause 12.1"
    assert cite_number("(b)") == "clause (b)"
    assert cite_number("Article 7") == "Article 7"
    assert cite_number("ARTICLE XII") == "ARTICLE XII"
    assert cite_number("Section 5.2") == "Section 5.2"
    assert cite_number("第12条") == "第12条"


def _info(number):
    return ClauseInfo(
        id="c1",
        number=number,
        heading=None,
        text="Japanese law governs this Agreement.",
        norm="",
        page=3,
        page_end=3,
        start=0,
        end=10,
        parent=None,
    )


def test_messages_do_not_say_clause_article():
    template = "Clause {number} chooses a law. See clause {number}."
    pb = load_playbook()
    assert format_message(template, Hit(info=_info("Article 29")), pb) == "Article 29 chooses a law. See Article 29."
    assert format_message(template, Hit(info=_info("16.1")), pb) == "Clause 16.1 chooses a law. See clause 16.1."


def test_a_clause_cited_by_its_heading_is_named_by_it_in_messages():
    """An unnumbered clause cited by its heading ("“Fees”") reads as that heading, not as a cut-off quote."""
    info = _info(None)
    info.citation = "“Fees”"
    pb = load_playbook()
    out = format_message("Clause {number} chooses a law. See clause {number}.", Hit(info=info), pb)
    assert out == "“Fees” chooses a law. See “Fees”."


def test_an_unnumbered_clause_is_cited_by_its_first_words():
    pb = load_playbook()
    out = format_message("Clause {number} chooses a law.", Hit(info=_info(None)), pb)
    assert out == 'The clause "Japanese law governs this Agreement." chooses a law.'


def _tree(tmp_path, kind):
    from clausecheck.pipeline import Options, stage_extract, stage_segment

    from fixtures.labelled import write_contract_pdf, write_docx

    clauses = [
        ("1.", "Services. The Supplier provides the hosted service described in the order form."),
        ("2.", "Fees. The Customer pays the fees within thirty days of each invoice."),
        ("(a)", "Late amounts carry interest at two per cent a year above the base rate."),
        ("3.", "Law. These terms are governed by the laws of England and Wales."),
    ]
    write = write_contract_pdf if kind == "pdf" else write_docx
    path = write(tmp_path / f"terms.{kind}", clauses)
    return stage_segment(stage_extract(path, Options()), Options())


def test_one_citation_serves_every_output(tmp_path):
    """The text report, the markdown table and the findings' prose cite a clause from one Citation."""
    tree = _tree(tmp_path, "pdf")
    item = next(c for c in tree.clauses if (c.number or "").startswith("(a"))
    where = tree.cite(item)
    assert where.path == "2(a)"
    assert where.prose == "clause 2(a)"
    assert where.pages == f"p. {item.page}"
    assert where.located == f"clause 2(a), p. {item.page}"
    assert where.short == f"2(a) (p. {item.page})"


def test_a_word_file_cites_no_page(tmp_path):
    tree = _tree(tmp_path, "docx")
    law = next(c for c in tree.clauses if c.number and c.number.startswith("3"))
    where = tree.cite(law)
    assert where.pages == ""
    assert where.located == "clause 3"
    assert where.short == "3"
