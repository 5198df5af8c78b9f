"""``clausecheck redline`` as a user runs it: output naming, no overwrite, the input untouched, PDF input."""

from __future__ import annotations

import datetime as dt
import io
import json

import docx
import pytest

from clausecheck.redline.docx import redline_docx
from clausecheck.redline.rebuild import rebuild_docx

from tests.conftest import needs_model

from . import ooxml
from .fixtures import build
from .test_docx import rule_only, samples  # noqa: F401 (fixture)

NO_MODEL = ("--no-model", "--allow-modified-rules")


def test_cli_redline_writes_beside_and_keeps_input(cli, tmp_path):
    src = build(tmp_path / "contract.docx")
    before = src.read_bytes()
    mtime = src.stat().st_mtime_ns
    proc = cli("redline", str(src), "--author", "Legal Ops", *NO_MODEL)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "contract.redline.docx"
    assert proc.stdout.strip() == str(out)
    assert "Redline written to" in proc.stderr and "comment(s)" in proc.stderr
    assert src.read_bytes() == before and src.stat().st_mtime_ns == mtime
    data = out.read_bytes()
    docx.Document(io.BytesIO(data))
    authors = {el.get(ooxml.AUTHOR) for el in ooxml.document(data).iter(ooxml.w("ins"))}
    assert "Legal Ops" in authors and "clausecheck" not in authors

    # an existing output is not replaced without --overwrite
    again = cli("redline", str(src), *NO_MODEL)
    assert again.returncode == 2 and "[E401]" in again.stderr
    assert out.read_bytes() == data
    forced = cli("redline", str(src), "--overwrite", *NO_MODEL)
    assert forced.returncode == 0, forced.stderr
    # the output can never be the input
    same = cli("redline", str(src), "-o", str(src), "--overwrite", *NO_MODEL)
    assert same.returncode == 2 and "[E403]" in same.stderr
    assert src.read_bytes() == before


def test_cli_redline_missing_file(cli, tmp_path):
    proc = cli("redline", str(tmp_path / "nope.docx"), *NO_MODEL)
    assert proc.returncode == 2 and "[E101]" in proc.stderr


def test_cli_redline_pdf_is_rebuilt(cli, samples, tmp_path):  # noqa: F811
    out = tmp_path / "from-pdf.docx"
    proc = cli("redline", str(samples / "ai_saas_agreement.pdf"), "-o", str(out), *NO_MODEL)
    assert proc.returncode == 0, proc.stderr
    assert "rebuilt from the PDF as a Word document" in proc.stderr
    # the rebuilt copy shows the numbers the PDF prints (recitals A-C, schedule items 1.1 ...): Word's own
    # numbering would have renumbered them, so they are typed
    from clausecheck.extract import extract
    from clausecheck.segment import segment

    printed = [c.number for c in segment(extract(samples / "ai_saas_agreement.pdf")).clauses if c.number]
    rebuilt = [c.number for c in segment(extract(out)).clauses if c.number]
    it = iter(rebuilt)  # every printed number, in order (the redline adds its own clauses among them)
    assert all(n in it for n in printed)
    assert len(rebuilt) - len(printed) <= 8
    text = " ".join(ooxml.paragraph_text(p) for p in ooxml.body_paragraphs(ooxml.document(out.read_bytes())))
    assert "No Distillation or Derived Models" in text and "Lumenvale" in text


def test_rebuilt_docx_redline_invariants(samples, tmp_path):  # noqa: F811
    tree = rule_only(samples / "plain_saas_no_ai.pdf").tree
    rebuilt = tmp_path / "rebuilt.docx"
    rebuilt.write_bytes(rebuild_docx(tree))
    report = rule_only(rebuilt)
    # the rebuilt document keeps the clause outline of the PDF
    tops = [c.number for c in tree.clauses if c.parent is None and c.kind == "section"]
    assert [c.number for c in report.tree.clauses if c.parent is None and c.kind == "section"] == tops
    res = redline_docx(rebuilt.read_bytes(), report, date=dt.datetime(2025, 3, 1))
    counts = ooxml.check_invariants(rebuilt.read_bytes(), res.data, res)
    assert counts["comments"] == len(report.findings) + res.note_comments


@pytest.mark.slow
@pytest.mark.model
@needs_model
def test_cli_redline_with_model(cli, samples, tmp_path):  # noqa: F811
    src = samples / "ai_saas_agreement.docx"
    out = tmp_path / "model.redline.docx"
    proc = cli("redline", str(src), "-o", str(out), "--allow-modified-rules")
    assert proc.returncode == 0, proc.stderr
    check = cli("check", str(src), "--format", "json", "--fail-on", "never", "--allow-modified-rules")
    findings = json.loads(check.stdout)["findings"]
    comments = ooxml.our_comment_ids(out.read_bytes(), "clausecheck")
    # one comment per finding, plus a note on each adverse clause left in place beside an inserted clause
    notes = ooxml.parts(out.read_bytes())["word/comments.xml"].decode("utf-8").count("Left in place:")
    assert len(comments) == len(findings) + notes
    for f in findings:
        assert f"[clausecheck {f['rule']} {f['fingerprint']}]" in ooxml.parts(out.read_bytes())[
            "word/comments.xml"
        ].decode("utf-8")
    docx.Document(str(out))
    twice = cli("redline", str(out), "-o", str(tmp_path / "twice.docx"), "--allow-modified-rules")
    assert twice.returncode == 0
    # the second run proposes no clause again: same revisions, same clausecheck bookmarks
    first, second = ooxml.document(out.read_bytes()), ooxml.document((tmp_path / "twice.docx").read_bytes())

    def ours(root):
        revs = sorted(
            el.get(ooxml.ID)
            for t in ("ins", "del")
            for el in root.iter(ooxml.w(t))
            if el.get(ooxml.AUTHOR) == "clausecheck"
        )
        marks = sorted(
            b.get(ooxml.w("name"))
            for b in root.iter(ooxml.w("bookmarkStart"))
            if b.get(ooxml.w("name")).startswith("_cc_")
        )
        return revs, marks

    assert ours(first) == ours(second)
    assert "0 clause(s) inserted, 0 replaced" in twice.stderr


@pytest.mark.slow
@needs_model
def test_cli_redline_never_rewrites_a_clause_the_model_was_unsure_of(cli, samples, tmp_path):  # noqa: F811
    """The Japanese-style sample's findings on review-band clauses get a comment, never a tracked deletion."""
    src = samples / "jp_style_services_agreement.docx"
    check = cli("check", str(src), "--format", "json", "--fail-on", "never", "--allow-modified-rules")
    rep = json.loads(check.stdout)
    by_id = {c["id"]: c for c in rep["clauses"]}
    # clauses in the model's review band: those findings concern (display-only fixes) and those the AI summary
    # lists as unsure; neither is ever rewritten
    ids = {
        f["clause"] for f in rep["findings"] if f["clause"] and f["fix"] and f["fix"]["applicability"] == "display_only"
    }
    ids |= {cid for entry in rep["ai_clauses"].values() for cid in entry.get("unsure", [])}
    unsure = [by_id[cid] for cid in sorted(ids)]
    assert unsure, "the committed model is unsure of some AI clause in this sample"
    out = tmp_path / "jp.redline.docx"
    proc = cli("redline", str(src), "-o", str(out), "--allow-modified-rules")
    assert proc.returncode == 0, proc.stderr
    root = ooxml.document(out.read_bytes())
    deleted = [
        p
        for p in ooxml.body_paragraphs(root)
        if any(d.get(ooxml.AUTHOR) == "clausecheck" for d in p.iter(ooxml.w("del")))
    ]
    deleted_text = " ".join(" ".join(t.text or "" for t in p.iter(ooxml.w("delText"))) for p in deleted)
    for clause in unsure:
        # the clause's own words (its number stripped) survive, and none of them was struck out
        body = clause["text"].split(" ", 1)[1][:60]
        assert any(body in ooxml.paragraph_text(p) for p in ooxml.body_paragraphs(root)), clause["number"]
        assert body not in deleted_text, clause["number"]
    assert len(ooxml.our_comment_ids(out.read_bytes(), "clausecheck")) == len(rep["findings"])
