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
