"""The DOCX reader (clausecheck/extract/docx/) on real files built by tests/fixtures/docx_odd.py."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from clausecheck.document import Document
from clausecheck.errors import InputError
from clausecheck.extract import extract, source_file
from clausecheck.extract.docx import read_docx

from fixtures import docx_odd as F


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("docx_odd")


@pytest.fixture(scope="module")
def multilevel(built) -> Document:
    return extract(F.multilevel_list(built))


@pytest.fixture(scope="module")
def rich(built) -> Document:
    return extract(F.rich_content(built))


@pytest.fixture(scope="module")
def tracked(built) -> Document:
    return extract(F.tracked_changes(built))


@pytest.fixture(scope="module")
def styled(built) -> Document:
    return extract(F.style_numbering(built))


def lines(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def numbered(doc: Document) -> list[tuple[str | None, str]]:
    """(number, own text) per block."""
    out = []
    for b in doc.blocks:
        own = doc.text[b.body_start : b.end] if b.body_start is not None else doc.text[b.start : b.end]
        out.append((b.number, own))
    return out


def assert_well_formed(doc: Document) -> None:
    """The Document conventions: exact offsets, one page, blocks joined by single newlines."""
    assert doc.pages == (doc.pages[0],) and doc.pages[0].number == 1
    assert (doc.pages[0].start, doc.pages[0].end) == (0, len(doc.text))
    assert doc.text == "\n".join(lines(doc))
    pos = 0
    for b in doc.blocks:
        assert b.start == pos and b.end > b.start
        piece = doc.text[b.start : b.end]
        assert "\n" not in piece and piece == piece.strip()
        assert (b.page, b.page_end) == (1, 1)
        if b.number is not None:
            assert piece.startswith(b.number + "\t")
            assert b.body_start == b.start + len(b.number) + 1
        else:
            assert b.body_start is None
        assert b.source and b.source[0] in "pt"
        pos = b.end + 1


# --- numbering ---------------------------------------------------------------


def test_docx_multilevel_list_numbers(multilevel):
    assert numbered(multilevel)[:10] == [
        ("1.", "Definitions"),
        ("1.1", "Words in this agreement have these meanings."),
        ("1.2", "Service means the hosted tool."),
        ("(a)", "it includes updates;"),
        ("(b)", "it includes support;"),
        ("(i)", "first sub-item"),
        ("(ii)", "second sub-item"),
        ("(iii)", "third sub-item"),
        ("(c)", "it includes documentation."),
        ("2.", "Term"),
    ]
    levels = [b.level for b in multilevel.blocks[:9]]
    assert levels == [0, 1, 1, 2, 2, 3, 3, 3, 2]
    assert {b.kind for b in multilevel.blocks if b.number} == {"list_item"}
    assert_well_formed(multilevel)


def test_docx_numbering_continues_across_tables_and_empty_items(multilevel):
    text = lines(multilevel)
    # the numbered paragraph inside the table takes 2.1; the list goes on after the table
    assert "2.1 Row clause text. | Cell" in text
    assert ("2.2", "After the table.") in numbered(multilevel)
    # an empty numbered paragraph gives no block but Word still shows (and counts) 2.3
    assert ("2.4", "Fourth sub-clause.") in numbered(multilevel)
    assert not any(n == "2.3" for n, _ in numbered(multilevel))
    assert numbered(multilevel)[-2:] == [("(a)", "Nested again."), ("3.", "Fees")]


def test_docx_restart_with_start_override(built):
    doc = extract(F.restart_list(built))
    assert [b.number for b in doc.blocks] == ["1)", "2)", "1)", "2)", "a.", "3)", "4)", "5)", "6)"]
    assert_well_formed(doc)


def test_docx_legal_style_and_article_numbers(built):
    doc = extract(F.legal_list(built))
    assert [b.number for b in doc.blocks] == [
        "I.",
        "1.1",
        "1.2",
        "1.2.1",
        "II.",
        "2.1",
        "Article I",
        "Article II",
        "Article III",
        "Section III.1",
    ]
    assert ("Article III", "Confidentiality") in numbered(doc)
    assert_well_formed(doc)


def test_docx_numbering_through_paragraph_styles(styled):
    assert numbered(styled) == [
        ("1.", "Definitions"),
        ("1.1", "Interpretation"),
        (None, "Plain body text under the heading."),
        ("2.", "Term"),
        (None, "Unnumbered heading"),  # numId 0 on the paragraph switches the style's numbering off
        ("2.1", "Renewal"),
        ("Schedule 1", "Service Levels"),  # numbering inherited through basedOn
        ("Schedule 2", "Security"),
        ("Part A", "First part"),  # list defined by a numbering style (numStyleLink)
        ("Part B", "Second part"),
    ]
    first = styled.blocks[0]
    assert (first.kind, first.style, first.level, first.bold) == ("heading", "Heading 1", 0, True)
    assert styled.blocks[1].level == 1
    schedule = styled.blocks[6]
    assert schedule.style == "Schedule Title" and schedule.bold  # bold from the style
    assert not styled.blocks[2].bold
    assert_well_formed(styled)


# --- content -----------------------------------------------------------------


def test_docx_content_controls_hyperlinks_and_fields(rich):
    text = lines(rich)
    assert "Block control text about the Supplier." in text
    assert "The Customer is Example Buyer Ltd." in text
    assert "See the online terms for details." in text
    assert "Effective on 1 May and clause 4 applies." in text
    assert "DOCPROPERTY" not in rich.text and "secret_bookmark" not in rich.text
    assert "Price\tten units-only\u2022ok Smart place" in text
    assert rich.metadata == (("title", "Sample services agreement"),)
    # a hidden paragraph mark (style separator) runs the next paragraph in
    assert "Run-in heading. Body that follows on the same line." in text
    # a field result spanning paragraphs is read; its code is not
    assert text[text.index("Contents entry one") + 1] == "Contents entry two"
    assert "TOC" not in rich.text
    assert_well_formed(rich)


def test_docx_text_box_read_once_after_its_anchor(rich):
    text = lines(rich)
    assert rich.text.count("Boxed note about data retention.") == 1
    assert text.index("Boxed note about data retention.") == text.index("Anchor paragraph.") + 1


def test_docx_tables_become_row_blocks(rich):
    rows = [(b.source, rich.text[b.start : b.end]) for b in rich.blocks if b.kind == "table_row"]
    assert rows == [
        ("t0r0", "Service | Fee"),
        ("t0r1", "Hosting | Ten"),
        ("t0r2", "Inner A / Inner B ; Inner C / Inner D | Outer right"),  # nested table flattened
        ("t2r0", "Controlled row | Value"),  # table inside a content control; t1 is the nested one
    ]


def test_docx_headers_footers_notes_comments_and_hidden_text_left_out(rich):
    for absent in (
        "Running header",
        "Running footer",
        "Footnote words",
        "Endnote words",
        "Reviewer remark",
        "Invisible drafting note",
    ):
        assert absent not in rich.text
    assert "A noted sentence." in lines(rich)  # no footnote mark glued on
    assert "Paragraph with a remark." in lines(rich)
    codes = dict(rich.warnings)
    assert "1 comments" in codes["W105"]
    assert "hidden text" in codes["W106"]
    assert "W103" not in codes and rich.revisions == ()


def test_docx_block_sources_locate_the_paragraphs(built, rich):
    """A redline writer can find every block again from its locator alone."""
    reopened = docx.Document(str(built / "rich.docx"))
    body = reopened.element.body
    paragraphs = list(body.iter(qn("w:p")))
    tables = list(body.iter(qn("w:tbl")))
    for b in rich.blocks:
        own = rich.text[b.start : b.end]
        if b.source.startswith("p"):
            el = paragraphs[int(b.source[1:])]
            words = "".join(t.text or "" for t in el.iter(qn("w:t")))
            assert own.split()[0] in words
        else:
            ti, ri = b.source[1:].split("r")
            row = tables[int(ti)].findall(qn("w:tr"))[int(ri)]
            words = "".join(t.text or "" for t in row.iter(qn("w:t")))
            assert own.split(" | ")[0].split()[0] in words


def test_docx_tracked_changes_read_as_accepted(tracked):
    assert lines(tracked) == [
        "1.\tThe Supplier shall keep all records.",
        "2.\tFees are due within thirty days.",  # deleted paragraph mark: merged, one number
        "Stays here.",
        "Destination: Moved words.",
        "3.\tA wholly new clause.",
        "Kept row",
    ]
    assert "Removed clause" not in tracked.text and "Dropped row" not in tracked.text
    kinds = [r.kind for r in tracked.revisions]
    assert kinds.count("deletion") >= 3 and kinds.count("insertion") >= 2 and kinds.count("move") == 2
    assert {r.author for r in tracked.revisions} == {"Counterparty"}
    assert any(r.kind == "deletion" and r.text == "not " for r in tracked.revisions)
    assert any(r.kind == "insertion" and r.text == "all " for r in tracked.revisions)
    codes = dict(tracked.warnings)
    assert f"{len(tracked.revisions)} unaccepted tracked changes" in codes["W103"]
    assert tracked.blocks[1].source == "p2"  # the merged paragraph is found where its text starts
    assert_well_formed(tracked)


# --- refusals ----------------------------------------------------------------


def error_of(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        extract(path)
    return info.value


@pytest.mark.parametrize(
    "builder",
    [
        F.bomb_member,
        F.lying_header,
        F.declared_huge,
        F.doctype_docx,
        F.doctype_utf16_docx,
        F.traversal_docx,
        F.absolute_name_docx,
    ],
    ids=["ratio", "lying-header", "declared-size", "doctype", "doctype-utf16", "traversal", "absolute-name"],
)
def test_docx_unsafe_packages_refused(built, builder):
    err = error_of(builder(built))
    assert err.code == "E112"
    assert "unsafe to open" in err.message


def test_docx_bomb_detail_names_the_part(built):
    err = error_of(F.bomb_member(built))
    assert "word/media/padding.bin" in err.message and "200:1" in err.message


@pytest.mark.parametrize(
    "builder",
    [F.no_document_xml, F.plain_zip, F.random_bytes_docx, F.broken_xml_docx],
    ids=["no-document-xml", "plain-zip", "random-bytes", "broken-xml"],
)
def test_docx_damaged_packages_refused(built, builder):
    err = error_of(builder(built))
    assert err.code == "E103"
    assert err.fields["kind"] == "DOCX"


def test_docx_reader_wraps_library_errors(built):
    # Called directly (no signature check first), zipfile's and lxml's errors come out as E103.
    path, source = source_file(F.broken_xml_docx(built))
    with pytest.raises(InputError) as info:
        read_docx(path, source)
    assert info.value.code == "E103" and info.value.__cause__ is not None
    random = F.random_bytes_docx(built)
    with pytest.raises(InputError) as info:
        read_docx(random, source)
    assert info.value.code == "E103" and info.value.__cause__ is not None


def test_docx_without_text_is_e110(built):
    assert error_of(F.empty_docx(built)).code == "E110"


# --- LibreOffice-made files ----------------------------------------------------------


def _soffice(args: list[str], cwd: Path, home: Path) -> None:
    env = {**os.environ, "HOME": str(home)}
    subprocess.run(
        ["soffice", "--headless", *args],
        cwd=cwd,
        env=env,
        check=True,
        timeout=300,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_docx_written_by_libreoffice(tmp_path, built):
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "plain.txt").write_text("Plain text agreement\n\nSecond line of the text file.\n", encoding="utf-8")
    shutil.copy(F.multilevel_list(built), tmp_path / "multilevel.docx")
    _soffice(["--convert-to", "odt", "--outdir", "odt", "multilevel.docx"], tmp_path, home)
    _soffice(
        ["--convert-to", "docx:MS Word 2007 XML", "--outdir", "lo", "odt/multilevel.odt", "plain.txt"], tmp_path, home
    )

    plain = extract(tmp_path / "lo" / "plain.docx")
    assert lines(plain) == ["Plain text agreement", "Second line of the text file."]
    assert_well_formed(plain)

    round_trip = extract(tmp_path / "lo" / "multilevel.docx")
    assert [b.number for b in round_trip.blocks] == [b.number for b in extract(tmp_path / "multilevel.docx").blocks]
    assert numbered(round_trip)[:4] == [
        ("1.", "Definitions"),
        ("1.1", "Words in this agreement have these meanings."),
        ("1.2", "Service means the hosted tool."),
        ("(a)", "it includes updates;"),
    ]
    assert_well_formed(round_trip)
