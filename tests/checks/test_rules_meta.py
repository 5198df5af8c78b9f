"""The metalinter: every rule file is well formed (like semgrep-rules' rule checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.checks.loader import ALLOWED_PLACEHOLDERS, PLACEHOLDER, load_rule, load_rules, rule_files
from clausecheck.errors import ConfigError
from clausecheck.resources import rules_dir

RULES = load_rules()


def test_rules_ids_unique_and_files_named():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert Path(r.path).name == f"{r.id}-{r.name}.yaml"
        assert Path(r.path).parent.name == r.family


def test_every_rule_has_fire_and_pass_examples():
    for r in RULES:
        expects = {ex["expect"] for ex in r.examples if not ex.get("todo")}
        assert expects == {"fire", "pass"}, f"{r.id} needs at least one fire and one pass example"


def test_enough_examples_half_negative():
    examples = [ex for r in RULES for ex in r.examples]
    passes = [ex for ex in examples if ex["expect"] == "pass"]
    assert len(examples) >= 120
    assert len(passes) * 2 >= len(examples)


def test_fix_library_resolves():
    lib = rules_dir() / "library"
    for r in RULES:
        if r.fix and r.fix.library:
            assert (lib / f"{r.fix.library}.yaml").is_file(), f"{r.id}: library entry {r.fix.library} missing"


def test_only_allowed_placeholders():
    for r in RULES:
        for name in PLACEHOLDER.findall(r.message + r.title):
            assert name in ALLOWED_PLACEHOLDERS or name.startswith("playbook."), (r.id, name)


def test_messages_read_well():
    for r in RULES:
        assert r.message.endswith("."), r.id
        assert len(r.message) < 600, r.id
        assert r.rationale, r.id


def test_loader_rejects_unknown_key_with_line(tmp_path):
    src = Path(rule_files()[0]).read_text(encoding="utf-8")
    bad = tmp_path / "dispute" / Path(rule_files()[0]).name
    bad.parent.mkdir()
    bad.write_text(src.replace("message:", "mesage:", 1), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_rule(bad)
    assert "unknown key 'mesage'" in e.value.message
    assert "did you mean 'message'" in e.value.message
    assert f"{bad}:" in e.value.message and "[E203]" in e.value.message


def test_loader_rejects_unknown_fact(tmp_path):
    bad = tmp_path / "DR999-x.yaml"
    bad.write_text(
        "id: DR999\nname: x\nkind: clause_forbids\nseverity: low\ntitle: T\napplies_to: dispute_resolution\n"
        "when: {facts: {seats: present}}\nmessage: M.\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        load_rule(bad)
    assert "unknown fact 'seats'" in e.value.message and "did you mean 'seat'" in e.value.message
    assert ":7:" in e.value.message
