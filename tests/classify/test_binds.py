"""Who a restriction binds, read from the sentence's subject through the document's parties."""

from __future__ import annotations

import pytest

from clausecheck.classify.binds import binds_from_text
from clausecheck.classify.evidence import _CUES
from clausecheck.segment.parties import Parties, detect_parties

CUE = _CUES["distillation"]
CN = Parties(
    customer="Party A",
    vendor="Party B",
    customer_name="Harbour Bank plc",
    vendor_name="Kestrel Analytics LLC",
    source="preamble",
)
PLAIN = Parties(customer="Customer", vendor="Vendor")


@pytest.mark.parametrize(
    "text, parties, expected",
    [
        (
            "Party B shall not use Party A's data or any Output to develop any other machine-learning model.",
            CN,
            "vendor",
        ),
        ("Party A shall not use the Outputs to train a competing model.", CN, "customer"),
        ("You must not use the Outputs to train or improve any model that competes with us.", PLAIN, "customer"),
        ("We will not use your fine-tuned models to build models for other customers.", PLAIN, "vendor"),
        ("Vendor shall not use any data, Output or model tuned for Customer to develop other models.", PLAIN, "vendor"),
        ("Neither party shall use the other's models to train a competing model.", PLAIN, "both"),
        ("Outputs may not be used to develop competing models.", PLAIN, "customer"),
        (
            "Kestrel shall not use Customer Data to train other models.",
            Parties(customer="Customer", vendor="Kestrel", vendor_name="Kestrel Analytics LLC"),
            "vendor",
        ),
        ("利用者は、本サービスの出力を用いて競合するモデルを開発してはならない。", PLAIN, "customer"),
        ("当社は、お客様の学習済みモデルを他の目的で開発に利用しません。", PLAIN, "vendor"),
    ],
)
def test_the_subject_decides_who_is_bound(text, parties, expected):
    assert binds_from_text(text, CUE, parties) == expected


def test_a_list_item_takes_its_lead_in_subject():
    item = "(e) use any Output to develop a model that competes with the Services;"
    assert binds_from_text(item, CUE, CN, lead_in="Party B shall not:") == "vendor"
    assert binds_from_text(item, CUE, PLAIN, lead_in="Customer shall not:") == "customer"


def test_parties_from_the_preamble_map_party_b_to_the_vendor():
    text = (
        'This Agreement is made between Harbour Bank plc (hereinafter "Party A") and Kestrel Analytics LLC, '
        'the service provider (hereinafter "Party B").\n1. Services.'
    )
    p = detect_parties(text)
    assert (p.customer, p.vendor) == ("Party A", "Party B")
    assert (
        binds_from_text("Party B shall not use Outputs to develop any other machine-learning model.", CUE, p)
        == "vendor"
    )


def test_no_subject_leaves_the_model_reading_alone():
    assert binds_from_text("Use of outputs to develop models: see Section 4.", CUE, PLAIN) is None
