"""Document-level governing law and disputes (issue 20): splits by customer group, missing means missing,
the dispute mechanism of the whole contract, and one finding per issue per document."""

from __future__ import annotations

from clausecheck.checks.engine import build_doc_facts, dispute_summary, law_summary, run_rules, tree_from_clauses
from clausecheck.checks.lawfacts import extract_facts
from clausecheck.checks.loader import load_rules
from clausecheck.checks.playbook import load_playbook


def doc(*clauses: dict):
    tree, labelled = tree_from_clauses(list(clauses))
    return build_doc_facts(tree, labelled)


def findings(d):
    return [f.rule_id for f in run_rules(load_rules(), d, load_playbook())]


def test_law_summary_split_by_customer_region_keeps_each_groups_law_and_forum():
    d = doc(
        {
            "number": "12",
            "type": ["governing_law", "dispute_resolution"],
            "text": "Law and courts. (a) If you are located in the European Economic Area, these Terms are governed by "
            "the laws of Ireland and disputes go exclusively to the courts of Dublin, Ireland. (b) If you are "
            "located anywhere else, these Terms are governed by the laws of the State of California and "
            "disputes go exclusively to the state and federal courts located in San Francisco, California.",
        }
    )
    gl = law_summary(d)
    assert gl["split"] is True and gl["jurisdiction"] is None
    assert gl["jurisdictions"] == ["IE", "US-CA"]
    branches = {tuple(b["law"]): b for b in gl["branches"]}
    assert set(branches) == {("IE",), ("US-CA",)}
    assert "European Economic Area" in branches[("IE",)]["when"]
    assert branches[("IE",)]["forum_jurisdiction"] == "IE"
    assert branches[("US-CA",)]["forum_jurisdiction"] == "US-CA"
    assert "San Francisco" in branches[("US-CA",)]["forum"]
    dr = dispute_summary(d)
    assert dr["split"] is True and {b["forum_jurisdiction"] for b in dr["branches"]} == {"IE", "US-CA"}
    assert "GL002" not in findings(d)


def test_law_summary_federal_statute_beside_state_law_is_not_a_split():
    d = doc(
        {
            "number": "16.1",
            "type": "governing_law",
            "text": "These Terms are governed by the laws of the State "
            "of Delaware, without regard to its conflict of laws rules.",
        },
        {
            "number": "17.4",
            "type": "dispute_resolution",
            "text": "The Federal Arbitration Act governs the "
            "interpretation and enforcement of this agreement to arbitrate.",
        },
    )
    gl = law_summary(d)
    assert gl["jurisdictions"] == ["US-DE", "US"] and gl["split"] is False and gl["jurisdiction"] == "US-DE"
    assert "GL002" not in findings(d) and "GL006" not in findings(d)


def test_law_summary_ticked_box_in_a_transfer_form():
    d = doc(
        {
            "number": "Table 2",
            "type": "governing_law",
            "text": "Which UK country's law governs the IDTA:\n☐ Scotland\n☒ England and Wales\n☐ Northern Ireland",
        },
        {
            "number": "9",
            "type": "governing_law",
            "text": "Where the Standard Contractual Clauses apply, they are governed by the laws of the Netherlands.",
        },
    )
    gl = law_summary(d)
    assert gl["jurisdictions"] == ["GB-ENG", "NL"] and gl["split"] is True
    assert "GL002" not in findings(d)


def test_missing_means_missing():
    # the model's governing-law and dispute labels on a clause that speaks of neither
    d = doc(
        {
            "number": "7",
            "type": ["governing_law", "dispute_resolution"],
            "text": "Credit the author of the voice model wherever you publish audio made with it.",
        }
    )
    assert law_summary(d) is None and dispute_summary(d) is None
    assert {"GL001", "DR001"} <= set(findings(d)) and "GL004" not in findings(d)


def test_short_law_and_place_of_jurisdiction_are_recognised():
    d = doc(
        {"number": "14.1", "text": "German law applies."},
        {"number": "14.2", "text": "The place of jurisdiction is the Provider's registered office."},
    )
    assert law_summary(d)["jurisdiction"] == "DE"
    dr = dispute_summary(d)
    assert dr["mechanism"] == "courts" and dr["forum"] == "the Provider's registered office"
    assert not {"GL001", "GL004", "DR001"} & set(findings(d))


def test_dispute_mechanism_is_arbitration_when_courts_only_take_the_carve_outs():
    d = doc(
        {
            "number": "20.1",
            "type": "dispute_resolution",
            "text": "Any dispute shall be finally resolved by "
            "binding individual arbitration administered by the American Arbitration Association.",
        },
        {
            "number": "20.5",
            "type": "dispute_resolution",
            "text": "Claims that cannot be arbitrated under this "
            "section shall be brought exclusively in the state or federal courts in Travis County, Texas.",
        },
    )
    assert dispute_summary(d)["mechanism"] == "arbitration"
    assert "DR002" not in findings(d)


def test_dispute_mechanism_mixed_with_an_informal_first_step():
    d = doc(
        {
            "number": "19.2",
            "type": "dispute_resolution",
            "text": "Before starting a claim you must first "
            "write to us and try to resolve the dispute with us informally for forty-five days. If we cannot, "
            "the dispute shall be resolved by binding arbitration before JAMS.",
        }
    )
    assert dispute_summary(d)["mechanism"] == "mixed"


def test_one_finding_per_issue_per_document():
    clauses = [
        {"number": f"21.{i}", "type": "dispute_resolution", "text": text}
        for i, text in enumerate(
            [
                "All disputes shall be finally resolved by binding arbitration.",
                "The arbitrator may award any remedy a court could award.",
                "The arbitration shall be confidential, and the arbitral award shall be final.",
            ],
            1,
        )
    ]
    found = run_rules(load_rules(), doc(*clauses), load_playbook())
    ids = [f.rule_id for f in found]
    for rule_id in ("DR003", "DR004", "DR005"):
        assert ids.count(rule_id) == 1, ids
    dr005 = next(f for f in found if f.rule_id == "DR005")
    assert "clauses 21.1, 21.2 and 21.3" in dr005.message


def test_arbitration_language_read_from_the_whole_clause():
    d = doc(
        {
            "number": "18.1",
            "type": "dispute_resolution",
            "text": "Disputes shall be finally settled under "
            "the Rules of Arbitration of the International Chamber of Commerce by one arbitrator.",
        },
        {
            "number": "18.2",
            "type": "dispute_resolution",
            "text": "The arbitration shall take place exclusively "
            "at the ICC hearing centre in Paris, France, and shall be conducted in English.",
        },
    )
    assert not {"DR003", "DR004", "DR005"} & set(findings(d))


def test_mentions_of_arbitration_or_courts_are_not_a_dispute_mechanism():
    for text in (
        "Each party bears its own costs, including any arbitration fees.",
        "There is no action, suit or proceeding pending or threatened against the Supplier before any court.",
        "The Processor may disclose Personal Data where a court order requires it.",
    ):
        assert extract_facts(text).mechanism == (), text


def test_japanese_agreed_court_without_saibansho():
    f = extract_facts("本規約に関する一切の紛争は、東京地裁を第一審の専属的合意管轄とします。")
    assert f.mechanism == ("courts",) and f.forum_jurisdiction == "JP" and f.exclusive is True


def test_weak_mention_does_not_add_a_law_to_the_chosen_one():
    d = doc(
        {
            "number": "19",
            "type": "governing_law",
            "text": "This Agreement is governed by the laws of the State of New York.",
        },
        {
            "number": "7.1(c)",
            "type": "governing_law",
            "text": "At Closing the Seller shall have complied with the "
            "applicable laws of Tennessee and all other applicable laws and orders.",
        },
    )
    assert law_summary(d)["jurisdictions"] == ["US-NY"]


def test_reports_show_each_groups_law_and_forum():
    from clausecheck.checks import run_checks
    from clausecheck.pipeline import Options
    from clausecheck.render import markdown, text
    from clausecheck.report import Report

    tree, labelled = tree_from_clauses(
        [
            {
                "number": "12",
                "type": ["governing_law", "dispute_resolution"],
                "text": "(a) If you are located in the European Economic Area, these Terms are governed by the laws of Ireland and "
                "disputes go exclusively to the courts of Dublin, Ireland. (b) If you are located anywhere else, these "
                "Terms are governed by the laws of the State of California and disputes go exclusively to the state and "
                "federal courts located in San Francisco, California.",
            }
        ]
    )
    checked = run_checks(tree, labelled, Options())
    report = Report(
        file="split.txt",
        tree=tree,
        labelled=labelled,
        governing_law=checked["governing_law"],
        dispute_resolution=checked["dispute_resolution"],
    )
    shown = text.render(report)
    assert "split: IE, US-CA" in shown
    assert "IE: If you are located in the European Economic Area; courts: Dublin" in shown
    assert "US-CA: If you are located anywhere else; courts: San Francisco" in shown
    assert "US-CA: If you are located anywhere else; courts: San Francisco" in markdown.render(report)


def test_counter_notice_contents_are_no_forum_and_main_law_clause_is_the_states():
    assert (
        extract_facts(
            "Your counter-notice must include your name, your address and a statement that you consent "
            "to the jurisdiction of the Federal District Court for the district where you live."
        ).mechanism
        == ()
    )
    d = doc(
        {
            "number": "20.4",
            "type": "dispute_resolution",
            "text": "This arbitration agreement is subject to the "
            "Federal Arbitration Act and will be administered by JAMS.",
        },
        {
            "number": "21.2",
            "type": "governing_law",
            "text": "These Terms are governed by the laws of the State of "
            "Oregon without regard to conflict of law principles.",
        },
    )
    gl = law_summary(d)
    assert gl["jurisdiction"] == "US-OR" and gl["conflict_of_laws_excluded"] is True and gl["clause"] == "c2"


def test_a_law_chosen_only_in_an_attached_form_does_not_join_the_contracts_law():
    d = doc(
        {
            "number": "19.3",
            "type": "governing_law",
            "text": "This Agreement is governed by the laws of the State of Florida.",
        },
        {"number": "Exhibit B", "text": "Form of Guaranty"},
        {
            "number": "7",
            "type": "governing_law",
            "text": "This Guaranty is governed by the laws of the State of New York.",
        },
    )
    d.clauses[1].kind = "schedule"
    d.clauses[2].parent = d.clauses[1].id
    s = law_summary(d)
    assert s["jurisdictions"] == ["US-FL"] and s["split"] is False
    assert s["in_attachments"] == [{"law": ["US-NY"], "clause": d.clauses[2].id}]
    # without a law of its own in the body, the attachment's law is the one reported
    d.clauses[0].facts = None
    d.clauses[0].labels.discard("governing_law")
    assert law_summary(d)["jurisdictions"] == ["US-NY"]


def test_each_finding_quotes_the_sentence_it_is_about():
    d = doc(
        {
            "number": "15.1",
            "type": "dispute_resolution",
            "text": "Any claim will be resolved by binding arbitration administered by the AAA under its "
            "Commercial Rules. The arbitration will be conducted in the U.S. county where you live, "
            "unless we agree otherwise. The arbitrator may award any relief.",
        },
        {
            "number": "15.2",
            "type": "governing_law",
            "text": "Notices go to the address on file. Enforcement of these Terms will be governed by the laws "
            "of the State of Delaware.",
        },
    )
    got = {f.rule_id: f for f in run_rules(load_rules(), d, load_playbook())}
    assert got["DR015"].quote == (
        "The arbitration will be conducted in the U.S. county where you live, unless we agree otherwise."
    )
    assert got["GL008"].quote.startswith("Enforcement of these Terms will be governed")
    assert got["DR015"].to_json()["quote"] == got["DR015"].quote
    assert all(len(f.quote.split()) <= 26 for f in got.values())
