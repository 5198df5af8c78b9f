"""Redlines on real DOCX files: our fixture (auto-numbering, table, header, a reviewer's comment, the other
side's tracked changes) and the four samples, checked against Word's invariants."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from lxml import etree

from clausecheck.findings import Applicability, Finding, Fix, Location, Severity, fingerprint
from clausecheck.pipeline import Options, analyse
from clausecheck.redline.docx import redline_docx
from clausecheck.redline.library import load_library

from . import ooxml
from .fixtures import OTHER, REVIEWER, build

ROOT = Path(__file__).resolve().parents[2]
DATE = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
SAMPLES = ("ai_saas_agreement", "jp_style_services_agreement", "plain_saas_no_ai", "vendor_terms_missing_gl")


def rule_only(path: Path):
    """The pipeline without the model (rule-based labels only): AI clauses all count as missing."""
    opts = Options(classify=False, allow_modified_rules=True)
    return analyse(path, options=opts)


@pytest.fixture(scope="module")
def fixture_docx(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("redline") / "cloud_services.docx")


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    subprocess.run(
        [sys.executable, str(ROOT / "samples" / "build.py"), "--out", str(out)], check=True, capture_output=True
    )
    return out


def adverse_finding(report, number: str, rule: str = "AI022", library: str = "ai/no-training-standard") -> Finding:
    clause = next(c for c in report.tree.clauses if c.number == number)
    evidence = report.tree.document.text[clause.start : clause.own_end]
    return Finding(
        rule_id=rule,
        rule_name="training-on-customer-data",
        severity=Severity.HIGH,
        title="The vendor may train on customer data",
        message=f"Clause {number} lets the vendor train.",
        location=Location(report.file, clause.start, clause.end, 1, 1, clause.id, clause.number),
        evidence=evidence,
        fix=Fix("Replace with a no-training clause", (), Applicability.SUGGESTED, library),
        fingerprint=fingerprint(rule, number, evidence),
    )


def test_redline_fixture_inserts_and_comments(fixture_docx):
    report = rule_only(fixture_docx)
    original = fixture_docx.read_bytes()
    res = redline_docx(original, report, date=DATE)
    counts = ooxml.check_invariants(original, res.data, res)
    rules = {f.rule_id for f in report.findings}
    assert {"AI001", "AI002", "AI003", "AI004", "DR001"} <= rules
    # one comment per finding; one insertion per missing clause
    assert counts["comments"] == len(report.findings) + res.note_comments
    inserted = {c.library_id for c in res.changes if c.kind == "insert"}
    assert inserted == {
        "ai/no-training-standard",
        "ai/no-distillation-standard",
        "ai/model-disclosure-standard",
        "ai/ai-compliance-standard",
        "dispute/icc-neutral",
    }
    # every inserted paragraph = a run wrapper + an inserted paragraph mark
    n_paras = sum(len(c.paragraphs) for c in res.changes if c.kind == "insert")
    assert counts["ins"] == 2 * n_paras and counts["del"] == 0
    # party names filled in from the preamble
    text = " ".join(p for c in res.changes for p in c.paragraphs)
    assert "Provider shall not use any Customer Materials" in text and "{customer}" not in text


def test_redline_fixture_keeps_other_peoples_work(fixture_docx):
    report = rule_only(fixture_docx)
    original = fixture_docx.read_bytes()
    res = redline_docx(original, report, date=DATE)
    root = ooxml.document(res.data)
    theirs = [el for tag in ("ins", "del") for el in root.iter(ooxml.w(tag)) if el.get(ooxml.AUTHOR) == OTHER]
    assert sorted(el.get(ooxml.ID) for el in theirs) == ["901", "902"]
    comments = etree.fromstring(ooxml.parts(res.data)["word/comments.xml"])
    authors = [c.get(ooxml.AUTHOR) for c in comments.iter(ooxml.w("comment"))]
    assert authors.count(REVIEWER) == 1 and authors.count("clausecheck") == len(report.findings) + res.note_comments
    # header, footer, styles, numbering untouched (checked byte for byte in check_invariants); the header opens
    d = docx.Document(io.BytesIO(res.data))
    assert d.sections[0].header.paragraphs[0].text == "Cloud Services Agreement"
    assert len(d.tables) == 2


def test_redline_places_clauses(fixture_docx):
    report = rule_only(fixture_docx)
    res = redline_docx(fixture_docx.read_bytes(), report, date=DATE)
    accepted = ooxml.body_paragraphs(ooxml.accept_all(ooxml.document(res.data), "clausecheck"))
    texts = [ooxml.paragraph_text(p) for p in accepted]
    ai = texts.index("Artificial Intelligence")
    general = texts.index("General")
    # the AI section continues the numbering after the last section: no clause is renumbered, so the
    # contract's cross-references still point where they did
    assert ai > general and texts[ai - 1].startswith("Dispute Resolution.")
    # the new section heading reuses the level-0 numbering, its clauses the level-1 numbering
    heading_style = ooxml.paragraph_style(accepted[ai])
    assert heading_style == ooxml.paragraph_style(accepted[general])
    assert ooxml.paragraph_style(accepted[ai + 1])[1:] == ("1", heading_style[2])
    # the dispute clause joins the governing-law clause's section as its last sub-clause, same numbered list
    gl = next(i for i, t in enumerate(texts) if t.startswith("Governing Law."))
    assert texts[gl + 1].startswith("Entire Agreement.") and texts[gl + 2].startswith("Dispute Resolution. Any")
    assert ooxml.paragraph_style(accepted[gl + 2]) == ooxml.paragraph_style(accepted[gl])


def operative(report, number: str, label: str = "training_data", stance: str = "adverse"):
    """``report`` with clause ``number`` as the model's sure, operative ``label`` clause of ``stance``."""
    from clausecheck.report import LabelledClause

    clause = next(c for c in report.tree.clauses if c.number == number)
    labelled = dict(report.labelled or {})
    labelled[clause.id] = LabelledClause(
        clause_id=clause.id, labels=(label,), scores={label: 0.99}, stance={label: stance}
    )
    ai = dict(report.ai_clauses or {})
    ai[label] = {"status": "found", "stance": stance, "operative": clause.id, "clauses": [clause.id]}
    return dataclasses.replace(report, labelled=labelled, ai_clauses=ai)


def test_redline_replaces_adverse_clause(fixture_docx):
    report = operative(rule_only(fixture_docx), "3.1")
    report = dataclasses.replace(report, findings=report.findings + (adverse_finding(report, "3.1"),))
    original = fixture_docx.read_bytes()
    res = redline_docx(original, report, date=DATE)
    counts = ooxml.check_invariants(original, res.data, res)
    replace = [c for c in res.changes if c.kind == "replace"]
    assert len(replace) == 1 and replace[0].kept_prefix.startswith("Training")
    lib = load_library()["ai/no-training-standard"]
    # the library clause's two paragraphs go into the clause's one paragraph, split by a line break
    assert len(replace[0].paragraphs) == 1 and len(lib.paragraphs) == 2
    assert counts["del"] == 1
    accepted = [
        ooxml.paragraph_text(p)
        for p in ooxml.body_paragraphs(ooxml.accept_all(ooxml.document(res.data), "clausecheck"))
    ]
    i = next(k for k, t in enumerate(accepted) if t.startswith("Training."))
    assert accepted[i].startswith('Training. In this clause, "Customer Materials" means')
    assert "de-identified form" not in " ".join(accepted)
    assert counts["comments"] == len(report.findings) + res.note_comments


def test_redline_twice_is_idempotent(fixture_docx, tmp_path):
    report = rule_only(fixture_docx)
    first = redline_docx(fixture_docx.read_bytes(), report, date=DATE)
    once = tmp_path / "once.docx"
    once.write_bytes(first.data)
    second = redline_docx(first.data, rule_only(once), date=DATE)
    assert [c for c in second.changes if c.kind == "insert"] == []
    assert second.comments == 0 and second.insertions == 0
    root = ooxml.document(second.data)
    names = [b.get(ooxml.w("name")) for b in root.iter(ooxml.w("bookmarkStart"))]
    assert sorted(n for n in names if n.startswith("_cc_")) == sorted(set(n for n in names if n.startswith("_cc_")))
    assert len([n for n in names if n.startswith("_cc_")]) == 5


@pytest.mark.parametrize("name", SAMPLES)
def test_redline_samples_invariants(samples, name, tmp_path):
    path = samples / f"{name}.docx"
    report = rule_only(path)
    original = path.read_bytes()
    res = redline_docx(original, report, date=DATE)
    counts = ooxml.check_invariants(original, res.data, res)
    assert counts["comments"] == len(report.findings) + res.note_comments
    actionable = {
        f.fix.library_id.split("/")[0] + ":" + f.rule_id
        for f in report.findings
        if f.fix and f.location.clause_id is None and f.fix.applicability != Applicability.DISPLAY_ONLY
    }
    assert len([c for c in res.changes if c.kind == "insert"]) == len(actionable)
    # the output is itself a valid input, and a second run adds nothing
    out = tmp_path / f"{name}.redline.docx"
    out.write_bytes(res.data)
    again = redline_docx(res.data, rule_only(out), date=DATE)
    assert [c for c in again.changes if c.kind == "insert"] == [] and again.insertions == 0


def test_redline_ids_above_existing(fixture_docx):
    report = rule_only(fixture_docx)
    res = redline_docx(fixture_docx.read_bytes(), report, date=DATE)
    root = ooxml.document(res.data)
    ours = [
        int(el.get(ooxml.ID))
        for tag in ("ins", "del")
        for el in root.iter(ooxml.w(tag))
        if el.get(ooxml.AUTHOR) == "clausecheck"
    ]
    assert min(ours) > 902
    assert all(
        el.get(ooxml.w("date")) == "2025-03-01T12:00:00Z"
        for tag in ("ins", "del")
        for el in root.iter(ooxml.w(tag))
        if el.get(ooxml.AUTHOR) == "clausecheck"
    )


def test_redline_author_is_used(fixture_docx):
    report = rule_only(fixture_docx)
    original = fixture_docx.read_bytes()
    res = redline_docx(original, report, date=DATE, author="Legal Ops")
    ooxml.check_invariants(original, res.data, res, author="Legal Ops")
    root = ooxml.document(res.data)
    assert not [el for el in root.iter(ooxml.w("ins")) if el.get(ooxml.AUTHOR) == "clausecheck"]


def test_redline_playbook_picks_jurisdiction(fixture_docx, tmp_path):
    from clausecheck.checks.playbook import load_playbook

    pb = tmp_path / "jp.yaml"
    pb.write_text(
        "name: JP\nhome_jurisdiction: JP\npreferred: {governing_law: governing_law/japan, strength: strict}\n",
        encoding="utf-8",
    )
    report = rule_only(fixture_docx)
    original = fixture_docx.read_bytes()
    res = redline_docx(original, report, date=DATE, playbook=load_playbook(pb))
    ooxml.check_invariants(original, res.data, res)
    ids = {c.library_id for c in res.changes}
    # the forum follows the chosen law (pairs_with), the AI clauses are the strict versions
    assert "dispute/tokyo-district-court" in ids
    assert "ai/no-training-strict" in ids and "ai/no-training-standard" not in ids


def test_redline_unreadable_input_is_input_error(fixture_docx):
    from clausecheck.errors import InputError

    report = rule_only(fixture_docx)
    with pytest.raises(InputError) as e:
        redline_docx(b"PK\x03\x04 not a zip", report)
    assert e.value.code == "E103"


@pytest.mark.model
@pytest.mark.skipif(
    not (ROOT / "models" / "clause-classifier" / "model.int8.onnx").is_file(),
    reason="the committed model is not present",
)
@pytest.mark.parametrize("name", SAMPLES)
def test_redline_samples_with_model_invariants(samples, name, tmp_path):
    opts = Options(allow_modified_rules=True)
    path = samples / f"{name}.docx"
    report = analyse(path, options=opts)
    original = path.read_bytes()
    res = redline_docx(original, report, date=DATE)
    counts = ooxml.check_invariants(original, res.data, res)
    assert counts["comments"] == len(report.findings) + res.note_comments
    # no library clause replaces more than one clause, and never a law or forum clause with an AI text
    replaced = [c.library_id for c in res.changes if c.kind == "replace"]
    assert len(replaced) == len(set(replaced))


def test_redline_refuses_unknown_preferred_clause(fixture_docx, tmp_path):
    from clausecheck.checks.playbook import load_playbook
    from clausecheck.errors import ConfigError

    pb = tmp_path / "typo.yaml"
    pb.write_text("name: Typo\npreferred: {governing_law: governing_law/newyork}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        redline_docx(fixture_docx.read_bytes(), rule_only(fixture_docx), playbook=load_playbook(pb))
    assert e.value.code == "E204" and "governing_law/new-york" in e.value.message
