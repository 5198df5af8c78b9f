"""The governing-law extractor on the wordings issue 20 lists (clauses written for these tests)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from clausecheck.checks.lawfacts import extract_facts, gazetteer

CASES = Path(__file__).resolve().parent / "cases"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a line break (hard-wrapped exhibit text) inside the sentence
        ("This Agreement is governed by the laws of the State\nof Ohio, excluding its conflict rules.", ["US-OH"]),
        (
            "This Agreement is governed by and construed in accordance with the\n\n\nlaws of the State of Iowa.",
            ["US-IA"],
        ),
        # words between "laws" and "of X"
        ("This Agreement shall be governed by the laws and decisions of the State of Kansas.", ["US-KS"]),
        (
            "This Agreement is governed by the laws, other than the choice of law rules, of the State of Utah.",
            ["US-UT"],
        ),
        (
            "This Agreement is made under and subject to the provisions of the internal laws of the State of Ohio.",
            ["US-OH"],
        ),
        # the law of a place named earlier in the sentence
        ("This Agreement was signed in the State of Oregon and is governed by the laws thereof.", ["US-OR"]),
        ("The parties signed in the State of Nevada, and the laws of such state govern this Agreement.", ["US-NV"]),
        # "X law" and "X law applies"
        ("Georgia law governs this Agreement.", ["US-GA"]),
        ("German law applies.", ["DE"]),
        ("Danish law applies to these Terms.", ["DK"]),
        ("The law of the Republic of Chile applies to every order.", ["CL"]),
        ("Any arbitration shall be subject to the application of the Swedish Law and take place in Stockholm.", ["SE"]),
        ("The Distribution Agreement requires application of the laws of Ohio.", ["US-OH"]),
        # places the gazetteer did not know
        ("This Licence is construed in accordance with the laws of Papua New Guinea.", ["PG"]),
        ("These Terms are governed by the applicable regulations of the Republic of Colombia.", ["CO"]),
        ("The legislation of the Republic of Kazakhstan in force shall apply to this Contract.", ["KZ"]),
        (
            "This Agreement is governed by the laws of Nova Scotia and the federal laws of Canada applicable there.",
            ["CA-NS"],
        ),
        (
            "The parties agree that the Taipei District Court has jurisdiction pursuant to the laws of the R.O.C..",
            ["TW"],
        ),
        # text extraction glued words
        ("This Agreement is governed by the laws ofthe State ofTexas.", ["US-TX"]),
        # where a party was formed is not the law chosen
        (
            "This Agreement is governed by the laws of the State of Florida, although the Distributor is a company "
            "formed under the laws of the Republic of Poland.",
            ["US-FL"],
        ),
        ("Each party is a corporation duly organized under the laws of the State of Delaware.", []),
        # laws described as applying to a subject are a compliance duty, not a choice
        (
            "The Customer decides whether its use is subject to laws and guidance that apply to artificial intelligence, "
            "including state laws in the United States on automated decisions.",
            [],
        ),
        ("The Seller is validly existing as a corporation in good standing under the laws of the State of Ohio.", []),
        # a field of law named for a duty, or a statute's citation, chooses no law
        ("Nothing may be offered to the public in Macau unless the securities laws of Macau permit it.", []),
        ("The notice is not a prospectus within the meaning of the Companies Act (Cap. 99, Laws of Bermuda).", []),
        # a misspelt "State" in a scanned exhibit
        ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATF OF IOWA.", ["US-IA"]),
        # multi-word gazetteer entries are read whole
        ("This Agreement is governed by the laws of Washington.", ["US-WA"]),
        ("This Agreement is governed by the laws of the District of Columbia.", ["US-DC"]),
        # a federal statute chosen beside a state's law is reported; one excepted is not
        (
            "These Terms are governed by the Federal Arbitration Act and the laws of the State of California.",
            ["US-CA", "US"],
        ),
        ("The Federal Arbitration Act governs the interpretation and enforcement of this section.", ["US"]),
        (
            "Except to the extent governed by the Federal Arbitration Act, this Agreement is governed by the laws of the "
            "State of Maryland.",
            ["US-MD"],
        ),
    ],
)
def test_lawfacts_governing_law(text, expected):
    assert list(extract_facts(text).governing_law) == expected


def test_lawfacts_hard_wrapped_text_file():
    from clausecheck.checks import run_checks
    from clausecheck.pipeline import Options, stage_extract, stage_segment

    opts = Options(classify=False)
    tree = stage_segment(stage_extract(CASES / "hard_wrapped_exhibit.txt", opts), opts)
    gl = run_checks(tree, {}, opts)["governing_law"]
    assert gl is not None and gl["jurisdictions"] == ["US-GA"]


def test_gazetteer_entries_load_as_written():
    """An unquoted "Washington, D.C." in a YAML flow list loads as "Washington" and "D.C.": every name must
    point at one jurisdiction, and "D.C." is no entry of its own."""
    owners: dict[str, set[str]] = defaultdict(set)
    for code, entry in gazetteer()["jurisdictions"].items():
        for kind in ("names", "adjectives", "cities", "statutes"):
            for name in entry.get(kind) or []:
                owners[name.lower()].add(code)
    assert {n: c for n, c in owners.items() if len(c) > 1} == {}
    assert "d.c." not in owners
    jur = gazetteer()["jurisdictions"]
    assert "Washington, D.C." in jur["US-DC"]["cities"]
    assert "Washington" not in jur["US-DC"]["cities"]
    assert "Portland" in jur["US-OR"]["cities"] and "Portland" not in jur["US-ME"]["cities"]


@pytest.mark.parametrize(
    "text, forum_code",
    [
        ("Any action shall be brought in the courts located in Portland.", "US-OR"),
        ("Any action shall be brought in the courts located in Manchester.", "GB-ENG"),
        ("Any action shall be brought in the courts located in Portland, Maine.", "US-ME"),
    ],
)
def test_lawfacts_city_forums(text, forum_code):
    assert extract_facts(text).forum_jurisdiction == forum_code


def test_lawfacts_named_federal_court_takes_its_states_code():
    f = extract_facts(
        "Notices go to our office in Chicago, Illinois. Any claim must be brought exclusively in the "
        "U.S. District Court for the Northern District of California."
    )
    assert f.forum_jurisdiction == "US-CA"


def test_lawfacts_for_the_district_is_not_a_customer_group():
    f = extract_facts(
        "(a) If you live in the United States, California law governs and claims go exclusively to the "
        "U.S. District Court for the Northern District of California or a state court located in San "
        "Mateo County. (b) If you live anywhere else, Irish law governs and claims go exclusively to "
        "the courts of Ireland."
    )
    assert f.law_split and [cond for cond, _ in f.law_branches] == [
        "If you live in the United States",
        "If you live anywhere else",
    ]
    assert [b[2] for b in f.forum_branches] == ["US-CA", "IE"]


@pytest.mark.parametrize(
    "text, law, forum_code",
    [
        ("This contract is subject to Austrian law. The exclusive place of jurisdiction is Vienna.", ["AT"], "AT"),
        ("The place of jurisdiction for every dispute under this order is Lyon, France.", [], "FR"),
        ("Venue. Any action shall be brought in Travis County, Texas.", [], "US-TX"),
        (
            "The laws of the Kingdom of Spain apply, excluding the UN Convention on the International Sale of Goods.",
            ["ES"],
            None,
        ),
    ],
)
def test_lawfacts_continental_wordings(text, law, forum_code):
    f = extract_facts(text)
    assert list(f.governing_law) == law
    assert f.forum_jurisdiction == forum_code
    if forum_code:
        assert f.mechanism == ("courts",) and f.strong_dispute


@pytest.mark.parametrize(
    "text",
    [
        "The arbitration will take place in the U.S. county where you live, unless we both agree otherwise.",
        "Claims that you and we are not required to arbitrate will be heard by the state and federal courts located in "
        "King County, and any arbitration hearing takes place where you live.",
    ],
)
def test_lawfacts_no_seat_from_a_claimants_county_or_a_court(text):
    assert extract_facts(text).seat is None


@pytest.mark.parametrize(
    "text",
    [
        "The arbitration will take place in the U.S. county where you live, unless we both agree otherwise.",
        "Any arbitration hearing will take place in the county and state of your residence or business address.",
        "Arbitration hearings are held in the county (or parish) where you live.",
    ],
)
def test_lawfacts_an_arbitration_held_where_the_user_lives_states_a_place_that_varies(text):
    f = extract_facts(text)
    assert f.seat is None and f.seat_floating and f.seat_stated


def test_lawfacts_a_fixed_seat_is_not_floating():
    f = extract_facts("Disputes shall be finally settled under the ICC Rules, and the seat of arbitration is London.")
    assert f.seat_stated and not f.seat_floating


@pytest.mark.parametrize(
    "text, by_reference",
    [
        (
            "IF YOU LIVE IN THE UNITED STATES, READ THE BINDING ARBITRATION CLAUSE IN SECTION 15 OF THE SERVICES "
            "AGREEMENT. IT AFFECTS HOW DISPUTES ARE RESOLVED.",
            True,
        ),
        (
            "Section 9 of the Master Subscription Agreement (binding arbitration) applies to any dispute under this "
            "Addendum.",
            True,
        ),
        ("Any dispute shall be resolved by binding arbitration as described in Section 12 of this Agreement.", False),
        (
            "Disputes shall be settled by ICC arbitration as set out in Section 4 of the Master Agreement, seated in "
            "Paris.",
            False,
        ),
    ],
)
def test_lawfacts_arbitration_terms_in_another_document(text, by_reference):
    assert extract_facts(text).dispute_by_reference is by_reference


def test_lawfacts_federal_law_beside_a_state_and_negations():
    f = extract_facts("US federal law and the law of the State of Texas exclusively govern this Agreement.")
    assert list(f.governing_law) == ["US-TX", "US"] and f.law_statutes == ("US",)
    # "the laws of the United States and the State of Florida": the state's law, as annotated in filed contracts
    assert list(
        extract_facts(
            "This Agreement is governed by the laws of the United States and the State of Florida."
        ).governing_law
    ) == ["US-FL"]
    assert extract_facts("Any provision inconsistent with federal law will not apply.").governing_law == ()
    assert extract_facts(
        "This Agreement is not subject to the United Nations Convention on Contracts for the "
        "International Sale of Goods."
    ).cisg_excluded


@pytest.mark.parametrize(
    "text, branches",
    [
        (
            "These Terms are governed by the laws of Ireland if you reside in the EEA, and by the laws of the State of "
            "California otherwise.",
            [("if you reside in the EEA", ("IE",)), ("otherwise", ("US-CA",))],
        ),
        (
            "For customers in Japan, Japanese law governs; for all other customers, New York law governs.",
            [("For customers in Japan", ("JP",)), ("otherwise", ("US-NY",))],
        ),
        (
            "If you are a business located in Canada, the laws of the Province of Ontario govern these Terms. If you are "
            "located elsewhere, the laws of the State of Washington govern them.",
            [("If you are a business located in Canada", ("CA-ON",)), ("If you are located elsewhere", ("US-WA",))],
        ),
    ],
)
def test_lawfacts_split_law_branches(text, branches):
    f = extract_facts(text)
    assert f.law_split and list(f.law_branches) == branches


def test_lawfacts_seat_after_a_sentence_about_courts():
    f = extract_facts(
        "Disputes shall be finally resolved by arbitration under the DIS Rules, without recourse to the "
        "ordinary courts. The seat of arbitration is Hamburg, Germany."
    )
    assert f.seat == "Hamburg" and f.seat_jurisdiction == "DE"


@pytest.mark.parametrize(
    "text, scope",
    [
        (
            "For the purposes of Clause 17 of the Standard Contractual Clauses, the governing law is the law of Ireland.",
            "transfer_clauses",
        ),
        ("(vi) in Clause 17 (Option 1), the SCCs will be governed by Irish law;", "transfer_clauses"),
        ("Enforcement of these Terms will be governed by the laws of the State of California.", "enforcement"),
        ("12.3 Enforcement of this Agreement shall be governed by the laws of Ontario.", "enforcement"),
        (
            "The validity, interpretation and enforcement of this Agreement shall be governed by the laws of New York.",
            None,
        ),
        ("This Agreement and any non-contractual claims are governed by the laws of England and Wales.", None),
    ],
)
def test_lawfacts_a_choice_of_law_that_covers_only_part(text, scope):
    f = extract_facts(text)
    assert f.governing_law and f.law_scope == scope


@pytest.mark.parametrize(
    "text, one_sided",
    [
        (
            "Notwithstanding the foregoing, we may seek injunctive relief in any court worldwide of competent jurisdiction.",
            True,
        ),
        ("In our sole discretion, we may also bring any claim against you in the country in which you reside.", True),
        ("Either party may seek injunctive relief in any court of competent jurisdiction.", False),
        ("Each party may bring claims against the other only in its individual capacity.", False),
        ("The courts of Dublin shall have exclusive jurisdiction over any dispute.", False),
    ],
)
def test_lawfacts_one_party_alone_may_sue_elsewhere(text, one_sided):
    assert extract_facts(text).one_sided_forum is one_sided


def test_lawfacts_the_scope_of_a_legal_opinion_is_not_a_choice_of_law():
    assert (
        extract_facts(
            "Counsel's opinion may be limited to matters governed by federal law and the laws of "
            "Ohio, and, as to enforceability, New York law."
        ).governing_law
        == ()
    )


def test_lawfacts_a_law_that_follows_the_forum_names_its_options():
    f = extract_facts(
        "This Agreement is governed by the laws of the state in which a claim is properly brought "
        "under this section, being either Texas or Ohio, without regard to conflict of laws rules."
    )
    assert f.governing_law == ("US-TX", "US-OH") and f.law_split


def test_lawfacts_a_web_address_is_not_an_odr_forum():
    pointer = (
        "You may also use the European Commission's platform for settling disputes online at "
        "https://ec.europa.eu/consumers/odr/main/. Mediation is voluntary and either party may leave it."
    )
    assert extract_facts(pointer).forum is None
    assert extract_facts("Consumers may also bring a complaint to the ODR platform of the EU.").forum == "ODR platform"


def test_interpretation_applied_under_a_law_is_a_choice_of_law():
    """How the contract is read "is to be applied in accordance with the laws of" a place: a choice of law
    the rules take from the model (found on a real distributor agreement the model scored 0.32)."""
    chosen = extract_facts(
        "12.2 This contract, its construction and the remedies for any breach of it are to be applied in "
        "accordance with the laws of the State of Delaware."
    )
    assert chosen.governing_law == ("US-DE",) and chosen.strong_law
    duty = extract_facts(
        "Each party shall perform its obligations in accordance with the laws of the State of Delaware."
    )
    assert not duty.strong_law
