"""The clause library: every entry loads through the strict loader, every rule's fix resolves to an
entry that answers it, the issue's jurisdictions are covered, and the law/forum texts pass our own rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausecheck.checks.engine import build_doc_facts, run_rule, tree_from_clauses
from clausecheck.checks.loader import load_rules
from clausecheck.checks.playbook import load_playbook
from clausecheck.errors import ConfigError
from clausecheck.redline.library import load_entry, load_library
from clausecheck.segment.parties import Parties

LIB = load_library()
RULES = {r.id: r for r in load_rules()}
PARTIES = Parties(customer="Customer", vendor="Provider", customer_name="Acme Ltd.", vendor_name="Beta Inc.")


def test_library_fix_ids_resolve_and_answer():
    for rule in RULES.values():
        if rule.fix and rule.fix.library:
            entry = LIB[rule.fix.library]
            assert rule.id in entry.answers, f"{rule.id}: {entry.id} does not list it in 'answers'"


def test_library_answers_name_real_rules():
    for entry in LIB.values():
        for rid in entry.answers:
            assert rid in RULES, f"{entry.id}: answers unknown rule {rid}"
            assert RULES[rid].family == entry.family or entry.family != "ai"


def test_library_covers_strengths_and_jurisdictions():
    ai = [e for e in LIB.values() if e.family == "ai"]
    for clause_type in ("model_disclosure", "training_data", "distillation", "ai_compliance"):
        assert {e.strength for e in ai if e.clause_type == clause_type} == {"standard", "strict"}
    laws = {e.jurisdiction for e in LIB.values() if e.clause_type == "governing_law"}
    assert {"JP", "US-NY", "US-DE", "US-CA", "GB-ENG", "SG", "DE"} <= laws
    for needed in (
        "dispute/tokyo-district-court",
        "dispute/jcaa-tokyo",
        "dispute/lcia-london",
        "dispute/siac-singapore",
        "dispute/icc-neutral",
        "dispute/new-york-courts",
    ):
        assert needed in LIB
    for entry in LIB.values():
        if entry.pairs_with:
            assert LIB[entry.pairs_with].jurisdiction == entry.jurisdiction


def test_library_texts_fill_every_placeholder():
    for entry in LIB.values():
        heading, paras = entry.fill(PARTIES.values())
        for text in (heading, *paras):
            assert not re.search(r"\{[a-z_]+\}", text), (entry.id, text)
        assert entry.note.endswith((".", "。")) and all(p.endswith(".") for p in paras)


def _facts_findings(entry, rule_ids):
    heading, paras = entry.fill(PARTIES.values())
    tree, labelled = tree_from_clauses(
        [{"number": "20.1", "heading": heading, "type": entry.clause_type, "text": " ".join(paras)}]
    )
    doc = build_doc_facts(tree, labelled)
    playbook = load_playbook()
    return [f.rule_id for rid in rule_ids for f in run_rule(RULES[rid], doc, playbook)]


@pytest.mark.parametrize("entry_id", sorted(e for e in LIB if not e.startswith("ai/")))
def test_library_law_and_forum_texts_pass_our_rules(entry_id):
    """A clause we propose must not itself draw a finding (black's stability check, for the library)."""
    entry = LIB[entry_id]
    family = "GL" if entry.family == "governing_law" else "DR"
    clause_rules = [
        rid
        for rid, r in RULES.items()
        if rid.startswith(family) and r.kind != "clause_present" and r.status != "removed"
    ]
    assert _facts_findings(entry, clause_rules) == []


def _write(tmp_path: Path, rel: str, text: str) -> Path:
    p = tmp_path / "library" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


GOOD = """id: ai/x-standard
title: X
family: ai
clause_type: training_data
strength: standard
answers: [AI002]
heading: X
text: "{vendor} shall not train on {customer} data."
note: A note.
"""


def test_library_loader_accepts_good_entry(tmp_path):
    entry = load_entry(_write(tmp_path, "ai/x-standard.yaml", GOOD), tmp_path / "library")
    assert entry.fill({"customer": "Client", "vendor": "Supplier"})[1] == ("Supplier shall not train on Client data.",)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            ("answers: [AI002]", "answer: [AI002]"),
            r"x-standard.yaml:6:1: unknown key 'answer' in a library entry \(did you mean 'answers'\?\)",
        ),
        (("strength: standard", "strength: medium"), r":5:1: strength must be standard or strict"),
        (("{customer} data", "{client} data"), r"unknown placeholder \{client\}"),
        (("id: ai/x-standard", "id: ai/y-standard"), r"the id must match the file's place: 'ai/x-standard'"),
        (("clause_type: training_data", "clause_type: pricing"), r"'pricing' is not a clause type"),
        (("answers: [AI002]", "answers: [XX1]"), r"'answers' must list rule ids"),
        (("note: A note.\n", ""), r"the library entry has no 'note'"),
    ],
)
def test_library_loader_refuses_bad_entries(tmp_path, change, message):
    p = _write(tmp_path, "ai/x-standard.yaml", GOOD.replace(*change))
    with pytest.raises(ConfigError) as e:
        load_entry(p, tmp_path / "library")
    assert re.search(message, e.value.message), e.value.message
    assert e.value.code in ("E202", "E203")
