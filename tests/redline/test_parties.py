"""Party detection from preambles: bracketed defined terms, Japanese 甲/乙, and the fallbacks."""

from __future__ import annotations

import pytest

from clausecheck.segment.parties import detect_parties


@pytest.mark.parametrize(
    "text, customer, vendor, customer_name, vendor_name",
    [
        (
            'This Agreement is between Acme Corp. ("Customer") and Beta Ltd. ("Provider").',
            "Customer",
            "Provider",
            "Acme Corp.",
            "Beta Ltd.",
        ),
        (
            'This Licence Agreement is made between Gamma GmbH, a German company (the "Licensor"), and Delta Inc., '
            'a Delaware corporation with its principal office at 1 Main Street, Dover (the "Licensee").',
            "Licensee",
            "Licensor",
            "Delta Inc.",
            "Gamma GmbH",
        ),
        (
            "Kisaragi Trading Co., Ltd. (hereinafter referred to as “Party A”) and Aozora Data Engineering Inc. "
            "(hereinafter referred to as “Party B”) hereby enter into this Agreement.",
            "Party A",
            "Party B",
            "Kisaragi Trading Co., Ltd.",
            "Aozora Data Engineering Inc.",
        ),
        (
            "株式会社甲野商事（以下「甲」という。）と乙山システム株式会社（以下「乙」という。）は、次のとおり契約を締結する。",
            "甲",
            "乙",
            "株式会社甲野商事",
            "乙山システム株式会社",
        ),
        (
            'These Terms are provided by Ossidian Labs, Inc. ("Ossidian", "we" or "us"). They bind Ossidian and the '
            'organization named in the Order ("Customer" or "you").',
            "Customer",
            "Ossidian",
            None,
            "Ossidian Labs, Inc.",
        ),
    ],
)
def test_parties_from_preamble(text, customer, vendor, customer_name, vendor_name):
    p = detect_parties(text)
    assert (p.customer, p.vendor, p.customer_name, p.vendor_name) == (customer, vendor, customer_name, vendor_name)
    assert p.source == "preamble"


def test_parties_fall_back_to_defined_terms():
    p = detect_parties("1. Services. The Supplier shall provide the Services to the Client. The Client shall pay.")
    assert (p.customer, p.vendor, p.source) == ("Client", "Supplier", "defined_terms")
    assert p.values()["customer_name"] == "Client"


def test_parties_default_when_nothing_found():
    p = detect_parties("Nothing here names anybody.")
    assert (p.customer, p.vendor, p.source) == ("Customer", "Vendor", "default")


def test_parties_keep_the_contracts_article():
    text = (
        'This Agreement is made between Alder Retail plc ("Client") and Nimbus Data Ltd ("Supplier"). '
        "The Supplier shall provide the services. The Client shall pay the Supplier within 30 days."
    )
    p = detect_parties(text)
    assert p.values()["vendor"] == "the Supplier" and p.values()["vendor_term"] == "Supplier"
    from clausecheck.redline.library import load_library

    heading, paras = load_library()["ai/no-training-standard"].fill(p.values())
    assert heading == "No Training on Client Materials"
    assert paras[1].startswith("The Supplier shall ensure") and '"Client Materials"' in paras[0]
    assert "the Client's prior written consent" in paras[0]
