"""Unit tests for the Word numbering engine (clausecheck/extract/numbering.py)."""

from __future__ import annotations

import pytest

from clausecheck.extract.numbering import BULLET, Numbering, NumberingCounter, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def numbering(body: str, style_num_ids=None) -> Numbering:
    return Numbering.from_xml(f'<w:numbering xmlns:w="{W}" xmlns:mc="{MC}">{body}</w:numbering>', style_num_ids)


def lvl(ilvl: int, text: str, fmt: str = "decimal", start: int | None = 1, extra: str = "") -> str:
    start_xml = f'<w:start w:val="{start}"/>' if start is not None else ""
    return f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>{extra}</w:lvl>'


def run(counter: NumberingCounter, steps: list[tuple[int, int]]) -> list[str | None]:
    out = []
    for num_id, ilvl in steps:
        rendered = counter.next(num_id, ilvl)
        out.append(None if rendered is None else rendered.text)
    return out


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "decimal", "1"),
        (7, "decimalZero", "07"),
        (12, "decimalZero", "12"),
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (1999, "upperRoman", "MCMXCIX"),
        (1, "lowerLetter", "a"),
        (26, "upperLetter", "Z"),
        (27, "lowerLetter", "aa"),
        (53, "upperLetter", "AAA"),
        (1, "ordinal", "1st"),
        (2, "ordinal", "2nd"),
        (3, "ordinal", "3rd"),
        (11, "ordinal", "11th"),
        (22, "ordinal", "22nd"),
        (3, "cardinalText", "Three"),
        (21, "cardinalText", "Twenty-one"),
        (12, "ordinalText", "Twelfth"),
        (30, "ordinalText", "Thirtieth"),
        (5, "none", ""),
        (5, "bullet", BULLET),
        (12, "japaneseCounting", "十二"),
        (3, "decimalEnclosedCircle", "\u2462"),
        (4, "decimalFullWidth", "\uff14"),
        (0, "upperRoman", "0"),
        (5, "someFutureFormat", "5"),
    ],
)
def test_numbering_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_numbering_custom_zero_padded_format():
    assert format_number(7, "custom", "001, 002, 003, ...") == "007"
    assert format_number(7, "custom", "not a pattern") == "7"


def test_numbering_multilevel_counts_and_restarts():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "%1.")
        + lvl(1, "%1.%2")
        + lvl(2, "(%3)", "lowerLetter")
        + lvl(3, "(%4)", "lowerRoman")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    counter = NumberingCounter(nb)
    steps = [(1, 0), (1, 1), (1, 2), (1, 3), (1, 3), (1, 2), (1, 1), (1, 2), (1, 0), (1, 1)]
    assert run(counter, steps) == ["1.", "1.1", "(a)", "(i)", "(ii)", "(b)", "1.2", "(a)", "2.", "2.1"]


def test_numbering_instances_share_counters_unless_start_override():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="3">' + lvl(0, "%1.") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="3"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    counter = NumberingCounter(nb)
    assert run(counter, [(1, 0), (2, 0), (1, 0), (3, 0), (3, 0), (2, 0)]) == ["1.", "2.", "3.", "1.", "2.", "4."]


def test_numbering_lvl_restart_zero_never_restarts():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "Part %1")
        + lvl(1, "%2.", extra='<w:lvlRestart w:val="0"/>')
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    assert run(NumberingCounter(nb), [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)]) == ["Part 1", "1.", "2.", "Part 2", "3."]


def test_numbering_lvl_restart_after_named_level_only():
    # Level 3 restarts only when level 1 (1-based) is used, not when level 2 is.
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "%1.")
        + lvl(1, "%1.%2")
        + lvl(2, "(%3)", "lowerLetter", extra='<w:lvlRestart w:val="1"/>')
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    steps = [(1, 0), (1, 1), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)]
    assert run(NumberingCounter(nb), steps) == ["1.", "1.1", "(a)", "1.2", "(b)", "2.", "(a)"]


def test_numbering_legal_style_shows_decimals():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "Article %1", "upperRoman")
        + lvl(1, "%1.%2", "lowerLetter", extra="<w:isLgl/>")
        + lvl(2, "%1.%2", "lowerLetter")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    assert run(NumberingCounter(nb), [(1, 0), (1, 0), (1, 1), (1, 2)]) == ["Article I", "Article II", "2.1", "II.a"]


def test_numbering_start_defaults_to_zero_and_overrides_replace_levels():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">' + lvl(0, "%1.", start=None) + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="3"/>' + lvl(0, "Schedule %1", start=1) + "</w:lvlOverride></w:num>"
    )
    counter = NumberingCounter(nb)
    assert run(counter, [(1, 0), (1, 0), (2, 0), (2, 0)]) == ["0.", "1.", "Schedule 3", "Schedule 4"]


def test_numbering_none_bullet_hidden_and_unknown():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "%1", "none")
        + lvl(1, "%1.%2")
        + lvl(2, "\uf0b7", "bullet")
        + lvl(3, "%4.", extra="<w:rPr><w:vanish/></w:rPr>")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    counter = NumberingCounter(nb)
    assert run(counter, [(1, 0), (1, 1), (1, 2), (1, 3)]) == ["", ".1", BULLET, ""]
    assert counter.next(0, 0) is None  # numId 0 = numbering removed
    assert counter.next(99, 0) is None  # no such instance
    assert counter.next(1, 7) is None  # level not defined


def test_numbering_suffix_and_indent_are_parsed():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "%1.", extra='<w:suff w:val="space"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>')
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    rendered = NumberingCounter(nb).next(1, 0)
    assert rendered.suffix == "space"
    assert rendered.level.indent == 36.0


def test_numbering_custom_format_inside_alternate_content():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/>'
        '</mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    assert run(NumberingCounter(nb), [(1, 0), (1, 0)]) == ["001", "002"]


def test_numbering_num_style_link_follows_the_numbering_style():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>'
        + lvl(0, "Part %1", "upperLetter")
        + '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>'
        '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>',
        {"Outline": 4},
    )
    counter = NumberingCounter(nb)
    assert run(counter, [(5, 0), (4, 0), (5, 0)]) == ["Part A", "Part B", "Part C"]


def test_numbering_ilvl_for_style_uses_pstyle_links():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + lvl(0, "%1.", extra='<w:pStyle w:val="Heading1"/>')
        + lvl(1, "%1.%2", extra='<w:pStyle w:val="Heading2"/>')
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    assert nb.ilvl_for_style(1, ("Heading2",)) == 1
    assert nb.ilvl_for_style(1, ("Custom", "Heading1")) == 0
    assert nb.ilvl_for_style(1, ("Normal",)) is None


def test_numbering_tolerates_junk_values():
    nb = numbering(
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="x"><w:start w:val="two"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="bad"/>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"/>'
    )
    counter = NumberingCounter(nb)
    assert run(counter, [(1, 0), (1, 0), (2, 0)]) == ["0)", "1)", None]
