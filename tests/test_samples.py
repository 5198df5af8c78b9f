"""The bundled samples, read end to end as a lawyer would run them.

Each sample exists as DOCX (Word auto-numbering) and PDF (running header, page footer,
justified and hyphenated text), built by samples/build.py from samples/src/<name>.txt.
The expectations below come from those sources: the top-level sections ("# Heading"
lines), the governing-law clause text, and the law and forum each sample chooses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import needs_model, run_cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
NAMES = ["ai_saas_agreement", "plain_saas_no_ai", "vendor_terms_missing_gl", "jp_style_services_agreement"]

# What each sample chooses (from its source text).
LAW = {
    "ai_saas_agreement": "US-NY",
    "plain_saas_no_ai": "US-DE",
    "vendor_terms_missing_gl": None,
    "jp_style_services_agreement": "JP",
}
FORUM_CODE = {"ai_saas_agreement": "US-NY", "plain_saas_no_ai": "US-DE", "jp_style_services_agreement": "JP"}


def source_lines(name: str) -> list[str]:
    return (SAMPLES / "src" / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def top_level_headings(name: str) -> list[str]:
    """'# Heading' lines before the first @restart (schedules restart the numbering)."""
    out = []
    for line in source_lines(name):
        if line.startswith("@restart") or line.startswith("@pagebreak"):
            break
        if line.startswith("# "):
            out.append(line[2:].strip())
    return out


def governing_law_source(name: str) -> str | None:
    """The words of the governing-law clause as written in the source (markup removed)."""
    lines = source_lines(name)
    for k, line in enumerate(lines):
        if line.startswith("## {Governing Law}"):
            return line[len("## {Governing Law}") :].strip()
        if line.strip() == "# Governing Law":
            return lines[k + 1].strip()
    return None


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.fixture(scope="module")
def reports():
    cache: dict[tuple[str, str], dict] = {}

    def get(name: str, kind: str) -> dict:
        if not cache:  # one run of the CLI over every sample (JSON Lines, one report per file, in order)
            keys = [(n, k) for n in NAMES for k in ("pdf", "docx")]
            r = run_cli(*(str(SAMPLES / f"{n}.{k}") for n, k in keys), "--format", "json", "--exit-zero")
            assert r.returncode == 0, r.stderr
            lines = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
            assert len(lines) == len(keys), r.stdout[:500]
            for key, report in zip(keys, lines):
                assert Path(report["file"]).name == f"{key[0]}.{key[1]}", report["file"]
                cache[key] = report
        return cache[(name, kind)]

    return get


def test_samples_are_built_from_their_sources():
    for name in NAMES:
        for kind in ("pdf", "docx"):
            path = SAMPLES / f"{name}.{kind}"
            assert path.is_file(), f"{path} missing: run python samples/build.py"
            assert path.stat().st_mtime >= 0


@needs_model
@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("name", NAMES)
def test_sample_top_level_sections(reports, name, kind):
    report = reports(name, kind)
    assert report["schema"] == "clausecheck/report/v1"
    if kind == "pdf":
        assert report["pages"] >= 10
    top = [c for c in report["clauses"] if c["parent"] is None and c["kind"] == "section"]
    expected = top_level_headings(name)
    headings = [c["heading"] for c in top]
    # every section of the source, in order, with its number
    got = [h for h in headings if h in expected]
    assert got == expected, (kind, headings)
    numbered = [c for c in top if c["heading"] in expected]
    numbers = [re.sub(r"\D", "", c["number"] or "") for c in numbered]
    assert numbers == [str(i) for i in range(1, len(expected) + 1)], [c["number"] for c in numbered]


@needs_model
@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("name", NAMES)
def test_sample_governing_law_clause_is_the_whole_clause(reports, name, kind):
    report = reports(name, kind)
    gl = report["governing_law"]
    want = governing_law_source(name)
    if LAW[name] is None:
        assert want is None
        assert gl is None or not gl.get("jurisdiction")
        assert any(f["rule"] == "GL001" for f in report["findings"])
        return
    assert gl["jurisdiction"] == LAW[name]
    clause = next(c for c in report["clauses"] if c["id"] == gl["clause"])
    got = words(clause["text"])
    # the clause is the governing-law clause: its words, after its number and heading, and nothing else
    assert got[-len(words(want)) :] == words(want), clause["text"]
    assert len(got) - len(words(want)) <= 5, clause["text"]
    assert report["dispute_resolution"]["forum_jurisdiction"] == FORUM_CODE[name]


@needs_model
def test_japanese_playbook_flags_new_york_law(tmp_path, reports):
    """Home JP, accepts only Japanese law and Tokyo courts: the New York sample gets a high finding."""
    playbook = tmp_path / "japan.yaml"
    playbook.write_text(
        "name: Japanese buyer\n"
        "side: customer\n"
        "home_jurisdiction: JP\n"
        "accepted_laws: [JP]\n"
        "accepted_forums: [JP]\n"
        "accepted_institutions: [JCAA]\n",
        encoding="utf-8",
    )
    sample = SAMPLES / "ai_saas_agreement.docx"
    r = run_cli(str(sample), "--format", "json", "--playbook", str(playbook), "--exit-zero")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    law = [f for f in report["findings"] if f["rule"].startswith("GL") and f["severity"] == "high"]
    assert law, [f["rule"] for f in report["findings"]]
    text = " ".join(f["message"] for f in law)
    assert "New York" in text or "US-NY" in text
    assert "Japan" in text or "JP" in text
    forum = [f for f in report["findings"] if f["rule"].startswith("DR") and f["severity"] == "high"]
    assert forum, [f["rule"] for f in report["findings"]]

    default = reports("ai_saas_agreement", "docx")
    assert not [f for f in default["findings"] if f["rule"] in {x["rule"] for x in law + forum}]


STANCE_ORDER = {"adverse": 0, "qualified": 1, "protective": 2}
RULE_LABEL = {"AI01": "model_disclosure", "AI02": "training_data", "AI03": "distillation", "AI04": "ai_compliance"}


@needs_model
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_unsure_clauses_never_set_the_stance_beside_sure_ones(reports, kind):
    """Per AI clause type: the clauses the model was unsure of (review band) are named under "unsure",
    listed after the sure ones, and are the operative clause that sets the document's stance only when no
    sure clause exists; a finding on such a clause asks for review and its suggestion is display-only
    (never applied by a redline)."""
    unsure_seen = 0
    for name in NAMES:
        rep = reports(name, kind)
        by_id = {c["id"]: c for c in rep["clauses"]}
        for label, entry in rep.get("ai_clauses", {}).items():
            if entry["status"] != "found":
                continue
            found = [c for c in rep["clauses"] if label in c.get("labels", [])]
            unsure = [c["id"] for c in found if label in (c.get("review") or [])]
            sure = [c["id"] for c in found if c["id"] not in unsure]
            assert entry["unsure"] == unsure, (name, label)
            operative = entry["operative"]
            assert entry["clauses"][0] == operative and sorted(entry["clauses"]) == sorted(sure + unsure)
            assert entry["clauses"][1:] == [i for i in sure + unsure if i != operative], (name, label)
            if sure:
                assert operative in sure, (name, label)
            assert entry["stance"] == by_id[operative]["stance"][label], (name, label)
            unsure_seen += len(unsure)
        for f in rep["findings"]:
            label = RULE_LABEL.get(f["rule"][:4])
            clause = by_id.get(f["clause"]) if f["clause"] else None
            if clause is None or label is None:
                continue
            doubtful = label in (clause.get("review") or [])
            assert ("The model was unsure whether this clause is about" in f["message"]) == doubtful, (name, f["rule"])
            if doubtful and f["fix"]:
                assert f["fix"]["applicability"] == "display_only", (name, f["rule"])
    # the committed model is unsure of a few sample clauses (the Japanese-style sample's "Base Model"
    # definition, for one); after a retrain that leaves none, this test needs a document that has some
    assert unsure_seen >= 1
