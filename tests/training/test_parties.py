"""Party renaming keeps the roles: who is bound stays who is bound, defined terms stay whole."""

from __future__ import annotations

import random

from clausecheck.training.data import load_dir
from clausecheck.training.parties import (
    CUSTOMER_TERMS,
    EVAL,
    TRAIN,
    VENDOR_TERMS,
    names_parties,
    rename,
    rename_examples,
)
from clausecheck.training.train import default_paths, load_recipe


def _renamed(text: str, seed: int = 0, pool=TRAIN) -> str:
    return rename(text, random.Random(seed), pool)


def _all_names(pool) -> set[str]:
    return set(pool.customer_roles) | set(pool.vendor_roles) | set(pool.companies)


def test_both_sides_renamed_consistently_and_to_different_names():
    text = (
        "The Supplier shall not use Customer's prompts to train any model, and shall tell the Customer "
        "before the Supplier changes the model."
    )
    for seed in range(20):
        out = _renamed(text, seed)
        assert "Supplier" not in out and "Customer" not in out
        found = [n for n in _all_names(TRAIN) if n in out]
        names = [n for n in found if not any(n != m and n in m for m in found)]  # "Council" in "... Borough Council"
        # one name per side, each used as often as the term it replaced
        assert len(names) == 2, (out, names)
        counts = sorted(out.count(n) for n in names)
        assert counts == [2, 2], out


def test_defined_terms_and_compounds_stay_whole():
    text = (
        "Provider shall not use Customer Data or Customer Content to train models. The Contracting Authority "
        "may audit the Model Provider. Customer may terminate."
    )
    for seed in range(20):
        out = _renamed(text, seed)
        assert "Customer Data" in out and "Customer Content" in out
        assert "Contracting Authority" in out and "Model Provider" in out
        assert not out.startswith("Provider") and "Customer may terminate" not in out


def test_ai_act_role_word_provider_is_not_a_party_name():
    text = "If Customer rebrands the System, Customer becomes the Provider under Article 25 of the EU AI Act."
    for seed in range(20):
        out = _renamed(text, seed)
        assert "the Provider under Article 25" in out
        assert "Customer" not in out


def test_company_names_drop_the_article_and_keep_the_possessive():
    text = "The Customer's data stays with the Customer."
    outs = {_renamed(text, seed) for seed in range(40)}
    company = [o for o in outs if any(c in o for c in TRAIN.companies)]
    assert company, outs
    for o in company:
        name = next(c for c in TRAIN.companies if c in o)
        assert o == f"{name}'s data stays with {name}."


def test_clause_without_party_terms_is_unchanged():
    text = "We will not use your prompts to train our models."
    assert not names_parties(text)
    assert _renamed(text) == text


def test_pools_are_disjoint_and_use_no_original_terms():
    assert not (_all_names(TRAIN) & _all_names(EVAL))
    for name in _all_names(TRAIN) | _all_names(EVAL):
        assert not names_parties(name), name
    assert not set(CUSTOMER_TERMS) & set(VENDOR_TERMS)


def test_rename_examples_is_seeded_and_keeps_labels():
    data = list(
        load_dir(default_paths()["config"].parent / load_recipe(default_paths()["config"])["data"]["dir"]).examples
    )[:800]
    a, n_a = rename_examples(data, 0.3, 7)
    b, n_b = rename_examples(data, 0.3, 7)
    assert [e.text for e in a] == [e.text for e in b] and n_a == n_b
    assert 0 < n_a < len(data) * 0.5
    for old, new in zip(data, a):
        assert (old.id, old.labels, dict(old.stance), old.binds, old.family) == (
            new.id,
            new.labels,
            dict(new.stance),
            new.binds,
            new.family,
        )
    none, n0 = rename_examples(data, 0.0, 7)
    assert n0 == 0 and [e.text for e in none] == [e.text for e in data]
