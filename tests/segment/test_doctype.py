"""Document type, reliance on a main agreement, consumer terms, and what they change in the findings."""

from __future__ import annotations

import pytest

from clausecheck.pipeline import analyse
from clausecheck.segment.doctype import detect_doc_type

from fixtures.labelled import write_docx


@pytest.mark.parametrize(
    "title, expected",
    [
        ("DATA PROCESSING ADDENDUM", "dpa"),
        ("Mutual Non-Disclosure Agreement", "nda"),
        ("Order Form No. 7", "order_form"),
        ("AI Services Addendum", "ai_addendum"),
        ("Master Services Agreement", "msa"),
        ("Enterprise Terms of Service", "msa"),
        ("Terms of Use", "terms_of_service"),
        ("End User License Agreement", "licence"),
        ("生成AIサービス利用規約", "terms_of_service"),
        ("秘密保持契約書", "nda"),
    ],
)
def test_the_title_gives_the_type(title, expected):
    assert detect_doc_type(f"{title}\n1. Scope. These terms apply.").type == expected


def test_consumer_terms_and_reliance_on_a_main_agreement():
    tos = (
        "Terms of Use\nBy using the app you agree to these terms. You must be at least 16 to use it. "
        "Consumers in the EU have the rights below."
    )
    assert detect_doc_type(tos).consumer_facing
    assert not detect_doc_type("Enterprise Terms of Service\nBy using the services you agree.").consumer_facing
    dpa = "DATA PROCESSING ADDENDUM\nThis DPA forms part of the Agreement between Customer and Provider."
    assert detect_doc_type(dpa).relies_on_main


def test_a_dpa_relying_on_the_main_agreement_gets_notes_not_high_gaps(tmp_path):
    clauses = [
        ("", "DATA PROCESSING ADDENDUM"),
        (
            "",
            'This DPA forms part of the Agreement between Harbour Bank plc ("Customer") and Kestrel '
            'Analytics LLC ("Provider").',
        ),
        ("1.", "Processing. Provider processes Customer Personal Data only on Customer's documented instructions."),
        ("2.", "Security. Provider keeps the technical and organisational measures in Annex 2."),
    ]
    report = analyse(write_docx(tmp_path / "dpa.docx", clauses)).to_json()
    assert report["document"]["type"] == "dpa" and report["document"]["relies_on_main_agreement"]
    assert report["document"]["parties"]["customer"] == "Customer"
    missing = [f for f in report["findings"] if f["rule"] in ("GL001", "DR001", "AI002", "AI003")]
    assert missing and all(f["severity"] == "info" and "main agreement" in f["message"] for f in missing)


def test_an_nda_is_not_judged_as_an_ai_vendor_contract(tmp_path):
    clauses = [
        ("", "MUTUAL NON-DISCLOSURE AGREEMENT"),
        ("1.", "Confidential Information. Each party keeps the other's confidential information secret."),
        ("2.", "Governing Law. This Agreement is governed by the laws of England and Wales."),
    ]
    report = analyse(write_docx(tmp_path / "nda.docx", clauses)).to_json()
    assert report["document"]["type"] == "nda"
    assert not [f for f in report["findings"] if f["rule"] in ("AI001", "AI002", "AI003", "AI004")]
