"""Japanese paragraphs (項) and items (号) that a PDF or a Word file ran together are split into their own
clauses, and cited as a reader writes them (第6条第3項, 第4条第2項第5号); references, amounts and periods
inside a sentence never split a clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.pipeline import Options, stage_extract, stage_segment
from clausecheck.segment.tree import _ja_run_cuts

# Clauses we wrote for this test: each article's paragraphs run on in one paragraph of the source.
ARTICLES = [
    "第4条（利用登録） 1　本サービスを使うには、当社の定める手順で申込みをしてください。"
    "2　当社は、次のいずれかの事由があるときは、その申込みを拒むことができます。"
    "(1) 虚偽の情報を届け出た場合 (2) 過去に利用停止の措置を受けた場合 (3) 未成年者である場合",
    "第5条（料金） 1　ユーザーは、過去 12 か月間の利用実績に応じた料金を支払うものとします。"
    "2　支払期限は、請求書の発行日から 30 日以内とします。",
    "第6条（AIの利用） 1　本サービスは、外部の事業者が提供する大規模言語モデルを利用して回答を生成します。"
    "2　ユーザーは、入力した情報が回答の生成のために外部の事業者に送信されることに同意するものとします。"
    "3　当社は、ユーザーの入力を当社のモデルの学習に利用しないものとします。",
    "第7条（解除） 当社は、ユーザーが第4条第2項(2)に該当するときは、本契約を解除することができます。",
]


def _segment(path: Path):
    opts = Options()
    return stage_segment(stage_extract(path, opts), opts)


def _docx(folder: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("サービス利用規約")
    for text in ARTICLES:
        d.add_paragraph(text)
    path = folder / "runs_ja.docx"
    d.save(str(path))
    return path


def _pdf(folder: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    path = folder / "runs_ja.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 60
    c.setFont("HeiseiMin-W3", 10)
    for text in ["サービス利用規約", *ARTICLES]:
        for k in range(0, len(text), 44):  # wrapped as a PDF wraps it: the paragraph numbers land mid-line
            c.drawString(50, y, text[k : k + 44])
            y -= 15
        y -= 6
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("build", [_docx, _pdf], ids=["docx", "pdf"])
def test_run_together_paragraphs_and_items_become_clauses(tmp_path, build):
    tree = _segment(build(tmp_path))
    cites = tree.citations()
    by_cite = {cites[c.id]: c for c in tree.clauses if c.id in cites}
    squash = lambda s: "".join(s.split())  # noqa: E731 - the PDF puts spaces between kanji and digits

    for cite, starts in [
        ("第4条第1項", "1本サービスを使うには"),
        ("第4条第2項", "2当社は、次のいずれかの事由"),
        ("第4条第2項第2号", "(2)過去に利用停止"),
        ("第4条第2項第3号", "(3)未成年者"),
        ("第6条第3項", "3当社は、ユーザーの入力を"),
    ]:
        cite_key = next(k for k in by_cite if squash(k) == cite)
        assert squash(tree.own_text(by_cite[cite_key])).startswith(starts), (cite, tree.own_text(by_cite[cite_key]))
    # a period of 12 months and a deadline of 30 days are not paragraphs 12 and 30
    art5 = next(c for c in tree.clauses if squash(c.number or "") == "第5条")
    kids = [c for c in tree.clauses if c.parent == art5.id]
    assert [c.number for c in kids] == ["1", "2"]
    assert "12" in squash(tree.own_text(kids[0])) and "30日以内" in squash(tree.own_text(kids[1]))
    # "第4条第2項(2)" in a running sentence is a reference: 第7条 keeps its one sentence
    art7 = next(c for c in tree.clauses if squash(c.number or "") == "第7条")
    assert not [c for c in tree.clauses if c.parent == art7.id]
    assert "第4条第2項(2)に該当する" in squash(tree.own_text(art7))
    # the text is unchanged: every clause is a slice of the document
    assert all(tree.document.text[c.start : c.end] == c.text for c in tree.clauses)


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("2　当社は承認しません。3　当社は通知します。", ["2　当社は承認しません。", "3　当社は通知します。"]),
        ("(4) 法人である場合 (5) 外国に住む場合", ["(4) 法人である場合 ", "(5) 外国に住む場合"]),
        ("2　前項の期間は 3 か月とする。", ["2　前項の期間は 3 か月とする。"]),  # 3 is a period, not paragraph 3
        ("2　第4条第2項(3)の場合を除く。", ["2　第4条第2項(3)の場合を除く。"]),  # a reference
        ("2　甲は通知する。5　乙は払う。", ["2　甲は通知する。5　乙は払う。"]),  # 5 does not follow 2
        (
            "第9条（通知） 1　通知は書面による。2　電子メールも可とする。",
            ["第9条（通知） ", "1　通知は書面による。", "2　電子メールも可とする。"],
        ),
    ],
)
def test_only_the_next_number_of_the_same_kind_cuts(text, pieces):
    bounds = [0, *_ja_run_cuts(text), len(text)]
    assert [text[a:b] for a, b in zip(bounds, bounds[1:])] == pieces


def test_a_wrapped_reference_to_a_paragraph_is_not_an_article(tmp_path):
    import docx

    d = docx.Document()
    for line in [
        "第13条（個人情報） 当社は、個人情報の保護に関する法律",
        "第2条第1項に定める個人情報を、プライバシーポリシーに従って取り扱います。",
        "第14条（規約の変更） 当社は、本規約を変更することができます。",
    ]:
        d.add_paragraph(line)
    path = tmp_path / "wrapped_ja.docx"
    d.save(str(path))
    tree = _segment(path)
    assert [c.number for c in tree.clauses if c.number] == ["第13条", "第14条"]


def test_outline_shows_the_heading_without_its_bracket_and_the_redline_keeps_the_paragraphs(tmp_path):
    import datetime as dt

    from clausecheck.pipeline import analyse
    from clausecheck.redline.docx import redline_docx
    from clausecheck.render.text import render

    path = _docx(tmp_path)
    report = analyse(path, options=Options(classify=False, allow_modified_rules=True))
    lines = render(report, width=120).splitlines()
    art6 = next(line for line in lines if line.strip().startswith("第6条"))
    assert "AIの利用" in art6 and ")" not in art6 and "）" not in art6.split("AIの利用", 1)[1]
    # a redline of the split paragraphs is a valid Word file that still holds every word of the source
    import docx

    res = redline_docx(path.read_bytes(), report, date=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    out = tmp_path / "red.docx"
    out.write_bytes(res.data)
    text = "".join(p.text for p in docx.Document(str(out)).paragraphs)
    for article in ARTICLES:
        assert article.split("。")[0] in text


@pytest.mark.parametrize("closing", ["以上", "【2024年4月1日制定】", "附則"])
def test_what_follows_the_closing_line_or_supplementary_provisions_is_not_in_the_last_article(tmp_path, closing):
    import docx

    d = docx.Document()
    for line in [
        "第1条（目的） 本規約は、会議室の利用条件を定める。",
        "第2条（準拠法） 本規約は日本法に準拠する。",
        "1　利用者は、退出時に原状に戻すものとする。",
        "2　紛争は東京地方裁判所を専属的合意管轄裁判所とする。",
        closing,
        "1. 施設の概要",
        "2. 利用時間は午前9時から午後9時までとする。",
    ]:
        d.add_paragraph(line)
    path = tmp_path / "closing_ja.docx"
    d.save(str(path))
    tree = _segment(path)
    art2 = next(c for c in tree.clauses if c.number == "第2条")
    kids = [c.number for c in tree.clauses if c.parent == art2.id]
    assert kids == ["1", "2"]  # the article keeps its own paragraphs only
    cites = tree.citations()
    after = [c for c in tree.clauses if "施設の概要" in tree.own_text(c) or "午前9時" in tree.own_text(c)]
    assert after and all(not cites[c.id].startswith("第2条") for c in after)


def test_a_paragraph_number_that_lost_its_space_at_a_line_break_still_cuts():
    text = "1　甲は通知する。2乙は支払う。3つの条件を満たすこと。"  # "3つ" is a count, not paragraph 3
    bounds = [0, *_ja_run_cuts(text), len(text)]
    assert [text[a:b] for a, b in zip(bounds, bounds[1:])] == [
        "1　甲は通知する。",
        "2乙は支払う。3つの条件を満たすこと。",
    ]
