"""Redlines a lawyer can send (issue 19): a change touches only its target, names the real parties,
respects the document's context and numbering, and leaves a contract that holds together.

Every fixture is a real DOCX (or PDF) built here; the extractors are never mocked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import docx
import pytest
from lxml import etree

from clausecheck.extract import extract
from clausecheck.findings import Applicability, Finding, Fix, Location, Severity
from clausecheck.pipeline import Options, analyse
from clausecheck.redline.accept import accept_all, accept_xml
from clausecheck.redline.docx import redline_docx
from clausecheck.redline.docxbuild import Para, build_document, docx_bytes
from clausecheck.redline.library import load_library
from clausecheck.redline.plan import Context, focused, plan_changes
from clausecheck.redline.verify import deleted_paragraphs
from clausecheck.segment import segment

from tests.conftest import needs_model

from . import ooxml
from .test_docx import samples  # noqa: F401 (fixture)

DATE = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
W = ooxml.W_NS if hasattr(ooxml, "W_NS") else "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rule_only(path: Path):
    opts = Options(classify=False, allow_modified_rules=True)
    return analyse(path, options=opts)


def write(tmp_path: Path, name: str, paras: list[Para], **kw) -> Path:
    path = tmp_path / name
    path.write_bytes(docx_bytes(build_document(paras, **kw)))
    return path


def texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def first_comment(data: bytes) -> str:
    root = etree.fromstring(ooxml.parts(data)["word/comments.xml"])
    first = next(root.iter(f"{{{W}}}comment"))
    return " ".join(t.text or "" for t in first.iter(f"{{{W}}}t"))


def operative(report, number: str, label: str, stance: str = "adverse", review: bool = False):
    """``report`` as if the model had read clause ``number`` as the operative ``label`` clause."""
    from clausecheck.report import LabelledClause

    clause = next(c for c in report.tree.clauses if c.number == number)
    labelled = dict(report.labelled or {})
    labelled[clause.id] = LabelledClause(
        clause_id=clause.id,
        labels=(label,),
        scores={label: 0.99},
        stance={label: stance},
        review=(label,) if review else (),
    )
    ai = dict(report.ai_clauses or {})
    ai[label] = {"status": "found", "stance": stance, "operative": clause.id, "clauses": [clause.id]}
    return dataclasses.replace(report, labelled=labelled, ai_clauses=ai)


def clause_finding(report, number: str, rule: str, library: str, severity=Severity.HIGH) -> Finding:
    clause = next(c for c in report.tree.clauses if c.number == number)
    return Finding(
        rule_id=rule,
        rule_name="x",
        severity=severity,
        title="t",
        message="m",
        location=Location(report.file, clause.start, clause.end, 1, 1, clause.id, clause.number),
        evidence=report.tree.document.text[clause.start : clause.own_end][:200],
        fix=Fix("Replace", (), Applicability.SUGGESTED, library),
        fingerprint=f"{rule}-{number}",
    )


PREAMBLE = (
    'This Platform Agreement is made between Velloran Systems GmbH ("Velloran", "we" or "us") and the '
    'organisation that accepts it ("Customer"). Terms used for the European Economic Area (the "EEA") and '
    'this data processing addendum (the "DPA") have the meanings below.'
)

MIXED = [
    Para(PREAMBLE),
    Para(level=0, heading="Personnel"),
    Para(
        "Velloran shall ensure that its staff keep Customer Data confidential, are bound by written "
        "confidentiality duties that survive their engagement, and have undertaken appropriate training on the "
        "machine learning tools they use. Velloran shall remove access for any person who leaves its staff "
        "within one business day and shall keep a register of every person with access.",
        level=1,
        heading="Staff",
    ),
    Para("Velloran shall keep access logs for twelve months.", level=1, heading="Logs"),
    Para(level=0, heading="Use of Data"),
    Para(
        "Velloran may use Customer Data to train and improve its machine learning models.", level=1, heading="Training"
    ),
    Para(level=0, heading="General"),
    Para("Notices must be in writing.", level=1, heading="Notices"),
]


# --------------------------------------------------------------------------- parties


def test_parties_come_from_the_preamble_never_a_defined_word(tmp_path):
    path = write(tmp_path, "mixed.docx", MIXED, numbering="decimal", title="PLATFORM AGREEMENT")
    report = rule_only(path)
    res = redline_docx(path.read_bytes(), report, date=DATE, tracked=True)
    assert (res.parties.vendor, res.parties.customer) == ("Velloran", "Customer")
    inserted = " ".join(p for c in res.changes for p in c.paragraphs)
    assert "Velloran shall not use any Customer Materials" in inserted
    assert not re.search(r"\b(?:EEA|DPA|The Services) shall\b", inserted)


def test_parties_unknown_use_placeholders_and_ask(tmp_path):
    paras = [
        Para("These rules apply to the platform."),
        Para(level=0, heading="Use"),
        Para("The platform may be used for lawful purposes only.", level=1),
    ]
    path = write(tmp_path, "anon.docx", paras, numbering="decimal", title="PLATFORM RULES")
    res = redline_docx(path.read_bytes(), rule_only(path), date=DATE, tracked=True)
    inserted = " ".join(p for c in res.changes for p in c.paragraphs)
    assert "[Vendor] shall not use" in inserted
    assert "Who is the vendor?" in first_comment(res.data)


def test_parties_terms_written_to_you():
    from clausecheck.segment.parties import detect_parties

    text = (
        'These terms are a binding contract between you and Orrin Labs, Inc. ("Orrin," "we," or "us"). '
        + "You may use the service. " * 10
    )
    p = detect_parties(text)
    assert (p.customer, p.vendor, p.vendor_name) == ("you", "Orrin", "Orrin Labs, Inc.")
    heading, paras = load_library()["ai/no-training-standard"].fill(p.values())
    assert heading == "No Training on Your Materials"
    assert "you or your users submit" in paras[0] and "Orrin shall not use any of Your Materials" in paras[0]


# --------------------------------------------------------------------------- only the target


def test_no_collateral_deletion_when_the_clause_has_other_duties(tmp_path):
    """A staff clause that mentions training among other duties stays whole; the library clause goes in
    and says it prevails over it."""
    path = write(tmp_path, "mixed.docx", MIXED, numbering="decimal", title="PLATFORM AGREEMENT")
    report = operative(rule_only(path), "1.1", "training_data")
    report = dataclasses.replace(
        report, findings=report.findings + (clause_finding(report, "1.1", "AI022", "ai/no-training-standard"),)
    )
    original = path.read_bytes()
    res = redline_docx(original, report, date=DATE, tracked=True)
    assert deleted_paragraphs(original, res.data) == {}
    assert res.deletions == 0 and not [c for c in res.changes if c.kind == "replace"]
    ins = next(c for c in res.changes if c.library_id == "ai/no-training-standard")
    assert "Notwithstanding Section 1.1, Velloran shall not use" in " ".join(ins.paragraphs)
    accepted = texts(accept_all(res.data))
    assert any("appropriate training on the machine learning tools" in t for t in accepted)
    assert any(t.startswith("Logs.") or "access logs" in t for t in accepted)


def test_replace_only_the_focused_operative_clause(tmp_path):
    path = write(tmp_path, "mixed.docx", MIXED, numbering="decimal", title="PLATFORM AGREEMENT")
    base = rule_only(path)
    report = operative(base, "2.1", "training_data")
    report = dataclasses.replace(
        report, findings=report.findings + (clause_finding(report, "2.1", "AI022", "ai/no-training-standard"),)
    )
    original = path.read_bytes()
    res = redline_docx(original, report, date=DATE, tracked=True)
    gone = deleted_paragraphs(original, res.data)
    assert len(gone) == 1 and "train and improve" in next(iter(gone.values()))
    # the same clause, but the model unsure: comment and insert, never strike
    unsure = operative(base, "2.1", "training_data", review=True)
    unsure = dataclasses.replace(
        unsure, findings=unsure.findings + (clause_finding(unsure, "2.1", "AI022", "ai/no-training-standard"),)
    )
    res2 = redline_docx(original, unsure, date=DATE, tracked=True)
    assert deleted_paragraphs(original, res2.data) == {}


def test_focused_reads_every_sentence():
    assert focused("Provider may use Customer Data to train its models. Training is opt-out.", "training_data")
    assert not focused(
        "Staff keep data confidential and sign written duties. Staff have had training on machine learning tools.",
        "training_data",
    )


# --------------------------------------------------------------------------- context

DPA = [
    Para(
        'This Data Processing Addendum forms part of the Agreement between Harlow Analytics Ltd ("Processor") '
        'and the customer named in the order ("Customer").'
    ),
    Para(level=0, heading="Processing"),
    Para("Processor shall process Personal Data only on Customer's documented instructions.", level=1),
    Para(level=0, heading="Security"),
    Para("Processor shall keep Personal Data secure.", level=1),
]


def test_dpa_relying_on_main_agreement_gets_no_law_or_forum(tmp_path):
    path = write(tmp_path, "dpa.docx", DPA, numbering="decimal", title="DATA PROCESSING ADDENDUM")
    report = rule_only(path)
    assert {f.rule_id for f in report.findings} & {"GL001", "DR001"}
    res = redline_docx(path.read_bytes(), report, date=DATE, tracked=True)
    families = {c.library_id.split("/")[0] for c in res.changes if c.kind in ("insert", "replace")}
    assert families <= {"ai"}
    assert "main agreement" in first_comment(res.data)


def test_click_through_terms_get_comments_and_a_memo(tmp_path):
    paras = [
        Para(
            "By accessing or using the Services, you agree to these Terms offered by Quillfen Ltd "
            '("Quillfen", "we" or "us").'
        ),
        Para(level=0, heading="Your Content"),
        Para("You keep ownership of your content. You may use the Services only lawfully. " * 3, level=1),
    ]
    path = write(tmp_path, "tos.docx", paras, numbering="decimal", title="TERMS OF USE")
    report = rule_only(path)
    res = redline_docx(path.read_bytes(), report, date=DATE)
    assert not res.tracked and res.insertions == 0 and res.deletions == 0
    memo = first_comment(res.data)
    assert "Negotiation memo" in memo and "Quillfen shall not use" in memo
    forced = redline_docx(path.read_bytes(), report, date=DATE, tracked=True)
    assert forced.insertions > 0


def test_comments_only_on_a_signed_contract_gives_comments_and_a_memo(tmp_path):
    """--comments-only on a contract that is not click-through terms: comments and a memo, no tracked change
    (it failed with an internal error, E900, before), and the first comment does not call it click-through."""
    paras = [
        Para("This Agreement is made between Quillfen Ltd and the Customer."),
        Para(level=0, heading="Your Content"),
        Para("You keep ownership of your content. You may use the Services only lawfully. " * 3, level=1),
    ]
    path = write(tmp_path, "signed.docx", paras, numbering="decimal", title="SERVICES AGREEMENT")
    res = redline_docx(path.read_bytes(), rule_only(path), date=DATE, tracked=False)
    assert not res.tracked and res.insertions == 0 and res.deletions == 0
    memo = first_comment(res.data)
    assert "Negotiation memo" in memo and "click-through" not in memo


def _ctx_two_clauses():
    return Context(
        law_clause="cL",
        law_place="US-NY",
        forum_clause="cF",
        forum_place="US-NY",
        own_text={
            "cL": "This Agreement is governed by the laws of New York.",
            "cF": "The courts of New York have exclusive jurisdiction over any dispute.",
        },
    )


def _law_finding(rule: str, cid: str, library: str) -> Finding:
    return Finding(
        rule_id=rule,
        rule_name="x",
        severity=Severity.MEDIUM,
        title="t",
        message="m",
        location=Location("f", 0, 1, 1, 1, cid, "9"),
        evidence="e",
        fix=Fix("Change", (), Applicability.SUGGESTED, library),
        fingerprint=rule,
    )


def test_law_change_brings_the_forum_along():
    lib = load_library()
    f = _law_finding("GL003", "cL", "governing_law/england-wales")
    plan = plan_changes(
        [f], lib, None, {"cL": {"governing_law"}, "cF": {"dispute_resolution"}}, context=_ctx_two_clauses()
    )
    got = {(c.clause_id, c.entry.id) for c in plan.replaces}
    assert got == {("cL", "governing_law/england-wales"), ("cF", "dispute/lcia-london")}


def test_law_change_dropped_when_the_forum_cannot_follow():
    lib = load_library()
    ctx = _ctx_two_clauses()
    ctx.own_text["cF"] = (
        "The courts of New York have exclusive jurisdiction. Each party shall bear its own "
        "costs of performance and shall pay all fees within thirty days of invoice."
    )
    f = _law_finding("GL003", "cL", "governing_law/england-wales")
    plan = plan_changes([f], lib, None, {"cL": {"governing_law"}, "cF": {"dispute_resolution"}}, context=ctx)
    assert plan.replaces == [] and any("change both together" in n for n in plan.notes)


# --------------------------------------------------------------------------- numbering

TYPED = [
    Para('This Services Agreement is made between Corvane Freight Ltd ("Customer") and Ilex Data Inc. ("Provider").'),
    Para("1. Services", kind="heading"),
    Para("1.1 Provider shall provide the Services described in the Order."),
    Para("1.2 Provider may use Customer Data to train and improve its models."),
    Para("2. General", kind="heading"),
    Para("2.1 This Agreement is governed by the laws of England and Wales."),
    Para("2.2 Notices must be in writing, as set out in paragraph 2.1 above."),
]


def test_inserted_clauses_continue_typed_numbering(tmp_path):
    path = write(tmp_path, "typed.docx", TYPED, numbering="decimal", title="SERVICES AGREEMENT")
    report = rule_only(path)
    before = [c.number for c in report.tree.clauses if c.number]
    res = redline_docx(path.read_bytes(), report, date=DATE, tracked=True)
    accepted = tmp_path / "accepted.docx"
    accepted.write_bytes(accept_all(res.data))
    after = [c.number for c in segment(extract(accepted)).clauses if c.number]
    assert after[: len(before)] == before  # nothing renumbered: cross-references still point right
    new = after[len(before) :]
    # the missing forum joins General as 2.3; the AI clauses open a new section 3
    assert new[0] == "2.3" and new[1] == "3" and all(n.startswith("3.") for n in new[2:]) and len(new) > 3
    assert len(after) == len(set(after))  # no number twice
    # nothing inserted twice
    ids = [c.library_id for c in res.changes if c.kind == "insert"]
    assert len(ids) == len(set(ids))


def test_a_library_clause_is_one_numbered_paragraph(fixture_docx):
    """Its paragraphs are split by line breaks, so it takes one number and renumbers nothing after it."""
    report = rule_only(fixture_docx)
    res = redline_docx(fixture_docx.read_bytes(), report, date=DATE, tracked=True)
    root = ooxml.document(res.data)
    ch = next(c for c in res.changes if c.kind == "insert" and c.library_id == "ai/no-training-standard")
    assert ch.paragraphs[0] == "Artificial Intelligence" and len(ch.paragraphs) == 2  # the section heading, the clause
    p = next(p for p in root.iter(f"{{{W}}}p") if ooxml.paragraph_text(p).startswith(ch.paragraphs[1][:40]))
    assert p.find(f".//{{{W}}}br") is not None and "Provider shall ensure" in ooxml.paragraph_text(p)


@pytest.fixture()
def fixture_docx(tmp_path):
    from .fixtures import build

    return build(tmp_path / "fixture.docx")


# --------------------------------------------------------------------------- accept-all


def test_accept_all_unwraps_insertions_and_drops_deletions():
    xml = (
        f'<w:document xmlns:w="{W}"><w:body>'
        '<w:p><w:r><w:t>Keep </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>gone</w:delText></w:r>'
        '</w:del><w:ins w:id="2" w:author="a"><w:r><w:t>new</w:t></w:r></w:ins>'
        '<w:commentRangeStart w:id="5"/><w:commentRangeEnd w:id="5"/>'
        '<w:r><w:commentReference w:id="5"/></w:r></w:p>'
        '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p>'
        "<w:p><w:r><w:t>next</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:rPr><w:ins w:id="4" w:author="a"/></w:rPr></w:pPr>'
        '<w:ins w:id="6" w:author="a"><w:r><w:t>added</w:t></w:r></w:ins></w:p>'
        "</w:body></w:document>"
    ).encode()
    root = etree.fromstring(accept_xml(xml))
    paras = ["".join(t.text for t in p.iter(f"{{{W}}}t")) for p in root.iter(f"{{{W}}}p")]
    assert paras == ["Keep new", "joined next", "added"]
    assert not list(root.iter(f"{{{W}}}ins")) and not list(root.iter(f"{{{W}}}del"))
    assert not list(root.iter(f"{{{W}}}commentReference"))


# --------------------------------------------------------------------------- self-consistency


def test_library_clauses_read_as_what_they_are():
    """The vendor-bound no-distillation clause, with its run-in heading, binds the vendor."""
    from clausecheck.classify.binds import binds_from_text
    from clausecheck.classify.evidence import _CUES
    from clausecheck.segment.parties import Parties

    parties = Parties(customer="Customer", vendor="Ilex")
    heading, paras = load_library()["ai/no-distillation-standard"].fill(parties.values())
    text = f"3.1 {heading}. {paras[0]}"
    assert binds_from_text(text, _CUES["distillation"], parties) == "vendor"


def test_notwithstanding_clause_is_operative():
    from clausecheck.checks.engine import ClauseInfo
    from clausecheck.checks.operative import choose, overrides

    def info(cid, number, text, stance):
        return ClauseInfo(
            id=cid,
            number=number,
            heading=None,
            text=text,
            norm=text.lower(),
            page=1,
            page_end=1,
            start=0,
            end=1,
            parent=None,
            labels={"training_data"},
            stance={"training_data": stance},
        )

    adverse = info("a", "4.2", "4.2 Provider may use Customer Data to train and improve its models.", "adverse")
    ours = info(
        "b",
        "9.1",
        "9.1 Notwithstanding Sections 4.2 and 7(b), Provider shall not use Customer Materials to train any model.",
        "protective",
    )
    assert {"4.2", "7(b)", "b", "(b)"} <= overrides(ours)
    choice = choose("training_data", [adverse, ours], {})
    assert choice.operative is ours and choice.conflicts == ()


# --------------------------------------------------------------------------- PDF rebuild


def _pdf(path: Path, lines: list[str], title: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setFont("Times-Roman", 11)
    y = A4[1] - 72
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return path


def test_pdf_rebuild_keeps_printed_numbers_and_no_file_name_title(tmp_path):
    from clausecheck.redline.rebuild import rebuild_docx

    pdf = _pdf(
        tmp_path / "extract.pdf",
        [
            "SUPPLY TERMS (EXTRACT)",
            'These terms are agreed between Nollard Ltd ("Customer") and Pexa Inc. ("Supplier").',
            "1. Scope",
            "1.2 The Supplier shall deliver the Goods described in the order to the Customer.",
            "1.3 The Supplier shall pack the Goods with care and label each package clearly.",
            "3. Payment",
            "3.1 The Customer shall pay each invoice within thirty days of receiving it.",
        ],
        title="supply_terms_v3.docx",
    )
    tree = segment(extract(pdf))
    printed = [c.number for c in tree.clauses if c.number]
    assert "1.2" in printed and "3" in printed
    rebuilt = tmp_path / "rebuilt.docx"
    rebuilt.write_bytes(rebuild_docx(tree))
    again = [c.number for c in segment(extract(rebuilt)).clauses if c.number]
    assert again == printed  # 1.2 stays 1.2, 3 stays 3
    d = docx.Document(str(rebuilt))
    assert "supply_terms_v3" not in d.core_properties.title and "supply_terms_v3" not in d.paragraphs[0].text


def test_partly_scanned_pdf_names_the_unread_pages(tmp_path, cli):
    from fixtures import pdfs as F

    pdf = F.partial_scan(tmp_path)
    out = tmp_path / "scan.redline.docx"
    proc = cli("redline", str(pdf), "-o", str(out), "--no-model", "--allow-modified-rules")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"pages? 2\b", proc.stderr)
    assert re.search(r"pages? 2\b", first_comment(out.read_bytes()))


@pytest.mark.model
@needs_model
@pytest.mark.parametrize("name", ["ai_saas_agreement", "vendor_terms_missing_gl", "plain_saas_no_ai"])
def test_accepted_redline_passes_its_own_checks(samples, name, tmp_path):  # noqa: F811
    """Accept every change, check again: each HIGH AI finding the redline addressed is gone, no HIGH
    finding appears, and no clause number appears twice."""
    from clausecheck.redline.apply import redline_file
    from clausecheck.redline.verify import verify_redline

    opts = Options(allow_modified_rules=True)
    src = samples / f"{name}.docx"
    outcome = redline_file(src, output=tmp_path / "out.docx", options=opts, tracked=True)
    v = verify_redline(outcome, original=src.read_bytes(), options=opts)
    assert sorted(v.resolved_high_ai) == sorted(v.addressed_high_ai)
    assert v.new_high == [] and v.duplicate_numbers == [] and v.collateral_deletions == []


def test_two_new_sections_take_consecutive_numbers(tmp_path):
    """A missing forum beside a top-level law section and the AI section both go after the last section,
    one after the other, numbered 4 and 5 (never both 4, never inside each other)."""
    paras = [
        Para(
            'This Services Agreement is made between Corvane Freight Ltd ("Customer") and Ilex Data Inc. ("Provider").'
        ),
        Para("1. Services", kind="heading"),
        Para("1.1 Provider shall provide the Services in the Order."),
        Para("2. Governing Law", kind="heading"),
        Para("This Agreement is governed by the laws of England."),
        Para("3. Notices", kind="heading"),
        Para("3.1 Notices must be in writing."),
    ]
    path = write(tmp_path, "toplaw.docx", paras, numbering="decimal", title="SERVICES AGREEMENT")
    report = rule_only(path)
    assert "DR001" in {f.rule_id for f in report.findings}
    res = redline_docx(path.read_bytes(), report, date=DATE, tracked=True)
    accepted = tmp_path / "accepted.docx"
    accepted.write_bytes(accept_all(res.data))
    numbers = [c.number for c in segment(extract(accepted)).clauses if c.number]
    assert numbers[:5] == ["1", "1.1", "2", "3", "3.1"] and len(numbers) == len(set(numbers))
    tops = [n for n in numbers if "." not in n]
    assert tops == ["1", "2", "3", "4", "5"]
    body = texts(accept_all(res.data))
    assert "Customer Materials" in " ".join(body) and "[Customer]" not in " ".join(body)


def test_missing_law_follows_the_existing_forum():
    """GL001 with the courts of California already chosen: the law proposed is California's, and the
    forum clause is left alone."""
    lib = load_library()
    ctx = Context(
        forum_clause="cF",
        forum_place="US-CA",
        own_text={
            "cF": "The state and federal courts in San Francisco, California have exclusive "
            "jurisdiction over any dispute."
        },
    )
    f = Finding(
        rule_id="GL001",
        rule_name="x",
        severity=Severity.HIGH,
        title="t",
        message="m",
        location=Location("f", 0, 0, 1, 1, None, None),
        evidence="",
        fix=Fix("Add", (), Applicability.SUGGESTED, "governing_law/new-york"),
        fingerprint="g",
    )
    plan = plan_changes([f], lib, None, {"cF": {"dispute_resolution"}}, context=ctx)
    assert [c.entry.id for c in plan.inserts] == ["governing_law/california"] and plan.replaces == []
