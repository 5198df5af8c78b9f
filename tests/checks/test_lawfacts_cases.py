"""Case files for the law extractor, one per fact group: ``tests/checks/cases/lawfacts/<fact>.yaml``.

Each case is ``{text, heading?, expect: {field: value}}``; the test reads the clause with
``extract_facts`` and compares only the fields the case names (tuples compared as lists), so a
case says what it is about and nothing else.  The clauses are our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clausecheck.checks.facts import FACT_FIELDS
from clausecheck.checks.lawfacts import extract_facts

CASES = Path(__file__).resolve().parent / "cases" / "lawfacts"


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            out.append(pytest.param(case, id=f"{path.stem}-{i}"))
    return out


def test_lawfacts_cases_cover_every_extractor():
    assert {p.stem for p in CASES.glob("*.yaml")} >= {
        "governing_law",
        "mechanism",
        "forum",
        "exclusivity",
        "institution",
        "seat",
        "language",
        "waivers",
    }


@pytest.mark.parametrize("case", _cases())
def test_lawfacts_case(case):
    assert set(case) <= {"text", "heading", "expect"}
    unknown = set(case["expect"]) - set(FACT_FIELDS)
    assert not unknown, f"not a LawFacts field: {sorted(unknown)}"
    facts = extract_facts(case["text"], heading=case.get("heading", ""))
    got = {name: _plain(facts.get(name)) for name in case["expect"]}
    assert got == case["expect"]
