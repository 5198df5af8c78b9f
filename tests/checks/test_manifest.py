"""Tamper evidence for the rules: rules/SHA256SUMS is current, and a change is caught."""

from __future__ import annotations

import shutil

import pytest

from clausecheck.checks import manifest
from clausecheck.resources import rules_dir


def test_shipped_manifest_is_current():
    diffs = manifest.differences()
    assert diffs == [], (
        "rules/SHA256SUMS is out of date; after editing rules run "
        "`python -m clausecheck.checks.manifest --write`: " + manifest.describe(diffs)
    )


@pytest.fixture()
def rules_copy(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    assert manifest.differences(root) == []
    return root


def test_changed_added_and_missing_files_are_named(rules_copy):
    rule = sorted((rules_copy / "checks").rglob("*.yaml"))[0]
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity:", "severity:  ", 1), encoding="utf-8")
    (rules_copy / "checks" / "ai" / "AI999-extra.yaml").write_text("id: AI999\n", encoding="utf-8")
    victim = rules_copy / "playbooks" / "default.yaml"
    victim.unlink()
    diffs = manifest.differences(rules_copy)
    rel = rule.relative_to(rules_copy).as_posix()
    assert f"{rel} was changed" in diffs
    assert "checks/ai/AI999-extra.yaml was added" in diffs
    assert "playbooks/default.yaml is missing" in diffs
    assert len(diffs) == 3


def test_missing_manifest_is_a_difference(rules_copy):
    (rules_copy / manifest.MANIFEST).unlink()
    assert manifest.differences(rules_copy) == ["SHA256SUMS is missing"]


def test_modified_rules_refused_unless_allowed(monkeypatch, tmp_path):
    from clausecheck.checks import run_checks
    from clausecheck.errors import ConfigError
    from clausecheck.extract import extract
    from clausecheck.pipeline import Options
    from clausecheck.segment import segment

    monkeypatch.setattr(manifest, "verified", lambda root=None: ("checks/ai/AI001.yaml was changed",))
    path = tmp_path / "short.txt"
    path.write_text("1. Governing Law. This Agreement is governed by the laws of Japan.\n", encoding="utf-8")
    tree = segment(extract(path))
    with pytest.raises(ConfigError) as err:
        run_checks(tree, {}, Options())
    assert err.value.code == "E205" and "AI001.yaml was changed" in err.value.message
    out = run_checks(tree, {}, Options(allow_modified_rules=True, classify=False))
    assert out["provenance"]["rules_modified"] == ["checks/ai/AI001.yaml was changed"]
    assert [code for code, _ in out["warnings"]] == ["W302"]


def test_pins_in_the_package_match_the_shipped_files():
    """clausecheck/_pins.py (written by `python -m clausecheck.checks.manifest --write`) holds the
    hashes of the rules and the model files as shipped."""
    from clausecheck import _pins
    from clausecheck.classify.model import RUNTIME_FILES, read_sums
    from clausecheck.fileio import sha256_file
    from clausecheck.resources import classifier_dir

    assert manifest.current_sums(rules_dir()) == _pins.RULES, (
        "clausecheck/_pins.py is out of date; run `python -m clausecheck.checks.manifest --write`"
    )
    folder = classifier_dir()
    if not (folder / "model.int8.onnx").is_file():
        pytest.skip("the committed model is not present")
    assert set(_pins.MODEL) == set(RUNTIME_FILES)
    assert (
        _pins.MODEL
        == {n: sha256_file(folder / n) for n in RUNTIME_FILES}
        == {n: d for n, d in read_sums(folder).items() if n in RUNTIME_FILES}
    )
