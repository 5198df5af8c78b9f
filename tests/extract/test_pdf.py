"""The PDF reader (clausecheck/extract/pdf/) on real files built by tests/fixtures/pdfs.py,
the sample contracts (PDF against DOCX) and, when present, the real-world PDFs in shared/realpdfs."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from clausecheck.document import Document
from clausecheck.errors import InputError
from clausecheck.extract import extract
from clausecheck.extract import pdf as pdf_reader
from clausecheck.extract.pdf import reader as pdf_driver
from clausecheck.extract.pdf.hyphens import _Hyphens
from clausecheck.extract.pdf.line import _Line, _norm_line
from clausecheck.segment import segment

from conftest import SAMPLES, SHARED
from fixtures import pdfs as F

REAL = SHARED / "realpdfs"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdfs")


@pytest.fixture(scope="module")
def contract(built) -> Document:
    return extract(F.contract(built))


def blocks(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def assert_well_formed(doc: Document) -> None:
    """Offsets are exact, blocks are joined by single newlines, pages tile the text in order."""
    text = doc.text
    assert text and text == text.strip()
    prev_end = -1
    for b in doc.blocks:
        chunk = text[b.start : b.end]
        assert chunk and "\n" not in chunk and chunk == chunk.strip(), b
        assert b.start == prev_end + 1 or prev_end == -1 and b.start == 0, b
        assert 1 <= b.page <= b.page_end <= doc.page_count
        prev_end = b.end
    assert prev_end == len(text)
    assert "\n".join(blocks(doc)) == text
    last = 0
    for k, page in enumerate(doc.pages, 1):
        assert page.number == k and last <= page.start <= page.end <= len(text), page
        last = page.end
    for b in doc.blocks:
        assert doc.page_at(b.start) == b.page, (b, doc.pages)
    assert "\ufffe" not in text and "\x02" not in text and "\u00ad" not in text


# --------------------------------------------------------------------------- layout


def test_pdf_contract_well_formed(contract):
    assert_well_formed(contract)
    assert contract.source.kind == "pdf" and contract.page_count >= 3
    assert contract.warnings == ()


def test_pdf_running_header_and_footer_removed(contract):
    text = contract.text
    assert F.HEADER not in text and "Harrow Mills / Quillon" not in text and "- Confidential" not in text
    assert not re.search(r"Page \d+ of \d+", text)
    assert F.REFERENCE not in text


def test_pdf_clause_numbers_start_blocks_in_order(contract):
    starts = []
    for chunk in blocks(contract):
        m = re.match(r"^(\d+\.\d+|\d+\.|\([a-z]\))\s", chunk)
        if m:
            starts.append(m.group(1))
    assert starts == F.expected_numbers()


def test_pdf_paragraph_joined_across_lines_and_pages(contract):
    # Every numbered sub-clause is one block holding its three sentences, even across a page break.
    subs = [c for c in blocks(contract) if re.match(r"^\d+\.\d+ ", c)]
    assert len(subs) == 30
    for chunk in subs:
        assert chunk.count(".") - 1 == 3, chunk  # the number's dot + three full stops
    crossing = [b for b in contract.blocks if b.page_end > b.page]
    assert crossing, "the fixture has paragraphs broken over a page"


def test_pdf_heading_blocks_bold(contract):
    by_text = {contract.text[b.start : b.end]: b for b in contract.blocks}
    title = by_text["MASTER SUPPLY AGREEMENT"]
    assert title.bold and title.caps and title.kind == "heading"
    assert by_text["1. Definitions"].bold
    assert not any(b.bold for t, b in by_text.items() if t.startswith("1.1 "))


def test_pdf_item_indent_recorded(contract):
    items = [b for b in contract.blocks if contract.text[b.start : b.end].startswith("(a) ")]
    subs = [b for b in contract.blocks if contract.text[b.start : b.end].startswith("3.1 ")]
    assert items and subs
    assert items[0].indent > subs[0].indent + 20


def test_pdf_hyphenation_joined_compounds_kept(built):
    doc = extract(F.hyphenation(built))
    assert_well_formed(doc)
    text = doc.text
    assert "confidential information secure" in text  # soft line-end hyphen removed
    assert "any third-party without" in text  # a real compound stays hyphenated
    assert "a current list" in text
    assert "each Non-Party that" in text  # capitalised second half: a compound
    assert "years 2025-2026 and" in text  # a dash before a digit stays, no space
    assert "infor-" not in text and "cur- rent" not in text


def test_pdf_two_columns_read_column_by_column(built):
    doc = extract(F.two_columns(built))
    assert_well_formed(doc)
    chunks = blocks(doc)
    assert chunks[0] == "JOINT VENTURE TERMS FOR THE TIMBER YARD"
    assert chunks[1].startswith("This page sets out") and chunks[1].endswith("timber yard.")
    for chunk in chunks:
        assert not (F.LEFT_WORD in chunk and F.RIGHT_WORD in chunk), chunk
    order = [next(k for k, c in enumerate(chunks) if c.startswith(f"{n}. ")) for n in (1, 2, 3, 4)]
    assert order == sorted(order)
    assert all(chunks[k].endswith(".") for k in order)


def test_pdf_ruled_table_rows(built):
    doc = extract(F.table(built))
    assert_well_formed(doc)
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table_row"]
    assert rows == [" | ".join(r) for r in F.TABLE_ROWS]
    chunks = blocks(doc)
    assert chunks[0].startswith("4.1 ") and chunks[-1].startswith("4.2 ")


def test_pdf_ragged_right_paragraphs(built):
    """No spacing and no indent between paragraphs: a line that stops early ends its paragraph."""
    doc = extract(F.ragged(built))
    chunks = blocks(doc)
    assert [c.split(" ", 1)[0] for c in chunks] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert all(c.count(".") == 5 for c in chunks), chunks  # the number's dot + four sentences


def test_pdf_frame_is_not_a_table(built):
    doc = extract(F.framed(built))
    assert_well_formed(doc)
    assert [b.kind for b in doc.blocks] == ["paragraph", "list_item"]
    assert blocks(doc)[0].startswith("IMPORTANT NOTICE: ") and " | " not in doc.text


def test_pdf_japanese_articles_nfkc(built):
    doc = extract(F.japanese(built))
    assert_well_formed(doc)
    chunks = blocks(doc)
    # Full-width digits and brackets are NFKC-normalised; each article and item is its own block.
    assert chunks == [
        "第1条(目的)",
        "本契約は、甲及び乙の間の部品の継続的な取引に関する基本的な事項を定めることを目的とする。",
        "第2条(個別契約)",
        "1.個別契約は、甲が注文書を乙に交付し、乙がこれを承諾したときに成立する。",
        "2.乙は、注文書を受領した日から五営業日以内に諾否を回答する。",
        "第3条(準拠法)",
        "本契約は日本法に準拠し、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
    ]


def test_pdf_nfkc_keeps_circled_numbers():
    assert _norm_line("\u2460 \ufb01nal \uff11\uff12") == "\u2460 final 12"
    assert _norm_line("\u2f64\u2f47") == "用日"  # Kangxi radicals -> kanji
    assert _norm_line("\uf0b7  will  not\u00a0infringe") == "\u2022 will not infringe"  # Symbol bullet


def test_pdf_hyphen_decision_uses_document_words():
    line = _Line
    lines = [
        line(text=t, x0=0, x1=100, y=10 * k, size=10, bold=False, page=1)
        for k, t in enumerate(["the subcontractor and the co-operation", "later on"])
    ]
    h = _Hyphens(lines)
    assert not h.keep("a sub", "contractor")  # "subcontractor" occurs in the document
    assert h.keep("the co", "operation")  # so does "co-operation"
    assert not h.keep("the informa", "tion")
    assert h.keep("the Non", "Party")


def test_pdf_rotated_page_reads_upright(built):
    doc = extract(F.rotated(built))
    assert_well_formed(doc)
    chunks = blocks(doc)
    assert len(chunks) == 2
    assert chunks[0].startswith("1. The Buyer shall notify") and chunks[0].endswith("agrees in writing.")
    assert chunks[1].startswith("2. Each Party") and chunks[1].endswith("written request.")


# --------------------------------------------------------------------------- degraded input


def test_pdf_partial_scan_warns_w101(built):
    doc = extract(F.partial_scan(built))
    assert_well_formed(doc)
    codes = [code for code, _ in doc.warnings]
    assert codes == ["W101"]
    assert "pages 2 " in doc.warnings[0][1]
    assert [p.needs_ocr for p in doc.pages] == [False, True, False]
    assert [b.page for b in doc.blocks] == [1, 3]


def test_pdf_image_only_is_e105(built):
    with pytest.raises(InputError) as e:
        extract(F.scan_only(built))
    assert e.value.code == "E105"


def test_pdf_encrypted_with_password_is_e104(built):
    with pytest.raises(InputError) as e:
        extract(F.encrypted(built, "secret", "locked.pdf"))
    assert e.value.code == "E104"
    assert "password" in e.value.message


def test_pdf_encrypted_with_empty_user_password_is_read(built):
    doc = extract(F.encrypted(built, "", "owner_only.pdf"))
    assert_well_formed(doc)
    assert doc.text.startswith("MASTER SUPPLY AGREEMENT")
    assert "1.1 " in doc.text


def test_pdf_corrupt_is_e103(built):
    with pytest.raises(InputError) as e:
        extract(F.corrupt(built))
    assert e.value.code == "E103" and "PDF" in e.value.message


def test_pdf_too_many_pages_refused(built, monkeypatch):
    path = F.pages(built, 4)
    assert extract(path).page_count == 4
    monkeypatch.setattr(pdf_driver, "MAX_PAGES", 3)
    with pytest.raises(InputError) as e:
        extract(path)
    assert e.value.code == "E111" and "4 pages" in e.value.message


def test_pdf_dense_page_bounded(built):
    doc = extract(F.dense_page(built))
    assert [code for code, _ in doc.warnings] == ["W106"]
    assert 0 < len(doc.text) <= pdf_reader.MAX_PAGE_CHARS + 10_000
    assert_well_formed(doc)


# --------------------------------------------------------------------------- sample contracts


def _load_samples_build():
    name = "clausecheck_samples_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SAMPLES / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    build = _load_samples_build()
    out = tmp_path_factory.mktemp("samples")
    return {src.stem: build.build(src, out) for src in build.sources()}


SAMPLE_NAMES = sorted(p.stem for p in (SAMPLES / "src").glob("*.txt"))


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_pdf_sample_same_clause_numbers_as_docx(sample_files, name):
    docx_path, pdf_path = sample_files[name]
    doc = extract(pdf_path)
    assert_well_formed(doc)
    assert not re.search(r"Page \d+ of \d+", doc.text)
    header_lines = Counter(c for c in blocks(doc) if len(c) < 90)
    assert not [c for c, n in header_lines.items() if n >= doc.page_count // 2 and n > 2]
    from_pdf = [c.number for c in segment(doc).clauses if c.number]
    from_docx = [c.number for c in segment(extract(docx_path)).clauses if c.number]
    assert from_pdf == from_docx


# --------------------------------------------------------------------------- real-world PDFs

REAL_FILES = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []


@pytest.mark.skipif(not REAL_FILES, reason="shared/realpdfs is not present")
@pytest.mark.parametrize("path", REAL_FILES, ids=[p.stem[:32] for p in REAL_FILES])
def test_pdf_real_files_read_sensibly(path):
    try:
        doc = extract(path)
    except InputError as e:
        assert e.code == "E105" and "scanned" in path.name  # the image-only form
        return
    assert_well_formed(doc)
    words = re.findall(r"[^\W\d_]{2,}", doc.text)
    assert len(words) > 100 * min(doc.page_count, 3) or re.search(r"[\u3040-\u9fff]{200}", doc.text)
    # No running header or footer survives: no short line (digits masked) on most pages.
    short = Counter(re.sub(r"\d+", "#", c) for c in blocks(doc) if len(c) < 80)
    pages_with_text = sum(1 for p in doc.pages if p.end > p.start)
    if pages_with_text >= 3:
        worst = short.most_common(1)[0] if short else ("", 0)
        assert worst[1] < max(3, pages_with_text // 2), worst
    # Words are not glued or split by the layout pass: few very long tokens.
    tokens = [t for t in doc.text.split() if not re.search(r"[\u3040-\u9fff]", t)]
    glued = [t for t in tokens if len(t) > 40 and "/" not in t and "@" not in t]
    assert len(glued) < max(5, len(tokens) // 500), glued[:5]
    # The segmenter finds numbered clauses in every real contract.
    numbers = [c.number for c in segment(doc).clauses if c.number]
    assert len(numbers) >= 3


def test_pdf_article_heading_on_top_of_every_page_is_kept(tmp_path):
    """'ARTICLE N' starting every page repeats like a running header but is the contract's own text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from clausecheck.extract import extract

    path = tmp_path / "articles.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 7):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 800, f"ARTICLE {n}")
        c.setFont("Helvetica", 11)
        c.drawString(72, 770, f"The parties agree to the terms set out in this Article {n} of the Agreement.")
        c.drawString(72, 40, "Master Services Agreement - Confidential")
        c.showPage()
    c.save()
    doc = extract(path)
    for n in range(1, 7):
        assert f"ARTICLE {n}" in doc.text
    assert "Master Services Agreement - Confidential" not in doc.text
