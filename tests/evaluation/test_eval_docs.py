"""clausecheck eval on folders of contracts with truth files we wrote."""

from __future__ import annotations

import json

import pytest

from clausecheck.evaluation.score import holds_quote, score_report
from clausecheck.evaluation.truth import quote_of, truth_from_json

from fixtures.labelled import PRE_AI, truth_folder, write_docx


def test_quotes_are_found_whatever_the_line_breaks_and_quotes():
    assert quote_of("3.3: xAI shall not use any User Content") == "xAI shall not use any User Content"
    assert quote_of("第6条1項: 「本サービスは、外部AIを用いる」") == "本サービスは、外部AIを用いる"
    assert holds_quote(
        "3.3 Data. The Provider shall\nnot use “Customer Data” to train.", 'shall not use "Customer Data"'
    )
    assert holds_quote("(a) scrape content, distill model behaviour, or resell it", "scrape content ... distill model")
    assert not holds_quote("Fees are payable in thirty days.", "shall not use Customer Data")


def test_a_report_is_scored_against_its_truth():
    truth = truth_from_json(
        "x",
        {
            "labels_present": ["training_data", "governing_law"],
            "stance": {"training_data": "protective"},
            "evidence": {"training_data": ["4.2: will not train models on Customer Data"]},
            "governing_law": {"present": True, "iso": ["FR"]},
            "gaps": ["No model disclosure"],
        },
    )
    report = {
        "file": "x.pdf",
        "clauses": [
            {
                "id": "c1",
                "number": "4.2",
                "text": "4.2 We will not train models on Customer Data.",
                "labels": ["training_data"],
            },
            {"id": "c2", "number": "9", "text": "9. French law applies.", "labels": ["governing_law"]},
        ],
        "ai_clauses": {
            "training_data": {"status": "found", "stance": "adverse", "operative": "c1"},
            "model_disclosure": {"status": "found", "stance": "protective", "clauses": ["c2"]},
        },
        "governing_law": {"jurisdictions": ["FR"]},
        "findings": [{"rule": "AI001", "severity": "medium"}, {"rule": "AI022", "severity": "high"}],
    }
    s = score_report(report, truth)
    assert (s.tallies["presence"].right, s.tallies["presence"].total) == (3, 4)  # model_disclosure found wrongly
    assert (s.tallies["stance"].right, s.tallies["stance"].total) == (0, 1)
    assert (s.tallies["citation"].right, s.tallies["citation"].total) == (1, 1)
    assert s.tallies["law"].right == 1
    assert (s.tallies["finding_precision"].right, s.tallies["finding_precision"].total) == (1, 2)
    assert any("stance adverse, truth protective" in e for e in s.errors)


def test_a_drafting_gap_is_answered_by_a_drafting_finding_not_by_a_law_finding():
    truth = truth_from_json(
        "x",
        {
            "labels_present": ["governing_law"],
            "governing_law": {"present": True, "iso": ["IE"]},
            "gaps": [
                "Numbering errors: Annex 2 called both 'Country Terms' and 'Security' (jurisdiction terms are Annex 3)",
                "No exclusive forum: the courts named are non-exclusive",
            ],
        },
    )

    def scored(rules):
        report = {"file": "x.pdf", "clauses": [], "findings": [{"rule": r, "severity": "low"} for r in rules]}
        return score_report(report, truth).tallies

    law_only = scored(["DR006"])
    assert (law_only["gap_recall"].right, law_only["gap_recall"].total) == (1, 1)  # the drafting gap is not a law gap
    assert (law_only["drafting_recall"].right, law_only["drafting_recall"].total) == (0, 1)
    both = scored(["DR006", "DF002"])
    assert (both["drafting_recall"].right, both["drafting_recall"].total) == (1, 1)


def test_eval_folder_measures_the_model_named_by_model(tmp_path, cli):
    """--model with a folder of contracts measures that model: it was once ignored there, and a candidate
    was scored with the installed model's answers."""
    import shutil

    from clausecheck.resources import classifier_dir

    folder = truth_folder(tmp_path / "labelled")
    missing = tmp_path / "no-model-here"
    missing.mkdir()
    r = cli("eval", str(folder), "--only", "docx", "--model", str(missing))
    assert r.returncode == 2 and "no-model-here" in r.stderr and "[E301]" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1  # one line naming the folder
    copy = tmp_path / "candidate"
    shutil.copytree(classifier_dir(), copy)
    r = cli("eval", str(folder), "--only", "docx", "--model", str(copy), "--allow-modified-model")
    assert r.returncode == 0, r.stderr
    assert "candidate" in r.stderr and "2 documents" in r.stdout


@pytest.mark.slow
@pytest.mark.model
def test_eval_folder_as_json(tmp_path, cli):
    folder = truth_folder(tmp_path / "labelled")
    r = cli("eval", str(folder), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["documents"] == 4 and data["failed"] == 0
    totals = data["totals"]
    assert totals["presence"]["total"] == 16 and totals["presence"]["right"] >= 15
    assert totals["law"] == {"right": 4, "total": 4, "rate": 1.0}
    assert totals["citation"]["total"] >= 4
    r = cli("eval", str(folder), "--only", "pdf")
    assert r.returncode == 0 and "2 documents" in r.stdout and "AI clause found/missing" in r.stdout


@pytest.mark.slow
@pytest.mark.model
def test_expect_no_ai_counts_documents_and_excerpts(tmp_path, cli):
    folder = tmp_path / "plain"
    folder.mkdir()
    write_docx(folder / "supply.docx", PRE_AI)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    r = cli("eval", str(folder), "--expect-no-ai", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["failed"] == 1 and data["no_ai"]["documents_with_ai_found"] == 0
    excerpts = tmp_path / "excerpts.jsonl"
    excerpts.write_text(
        "".join(
            json.dumps({"text": t, "category": "Parties"}) + "\n"
            for t in ("Harrow Valves Limited", "IBM", "Brightwater Utilities Inc.")
        ),
        encoding="utf-8",
    )
    r = cli("eval", str(excerpts), "--expect-no-ai", "--format", "json")
    data = json.loads(r.stdout)
    assert data["excerpts"] == 3 and data["ai_labelled"] == 0


def test_a_folder_without_truth_is_a_one_line_error(tmp_path, cli):
    (tmp_path / "a.txt").write_text("1. Nothing here.", encoding="utf-8")
    r = cli("eval", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "[E206]" in r.stderr
    (tmp_path / "a.truth.json").write_text("{not json", encoding="utf-8")
    r = cli("eval", str(tmp_path))
    assert r.returncode == 2 and "a.truth.json" in r.stderr and "[E206]" in r.stderr


def test_figures_are_split_by_the_language_the_truth_states():
    from clausecheck.evaluation.score import Summary

    def doc(name: str, language: str, law: str, reported: str):
        truth = truth_from_json(
            name, {"language": language, "labels_present": [], "governing_law": {"present": True, "iso": [law]}}
        )
        report = {"file": name, "clauses": [], "ai_clauses": {}, "governing_law": {"jurisdictions": [reported]}}
        return score_report(report, truth)

    summary = Summary([doc("a.pdf", "en", "FR", "FR"), doc("b.pdf", "ja", "JP", "JP"), doc("c.pdf", "ja", "JP", "US")])
    out = summary.to_json()
    assert out["by_language"]["ja"]["documents"] == 2
    assert (
        out["by_language"]["ja"]["totals"]["law"]["right"] == 1
        and out["by_language"]["ja"]["totals"]["law"]["total"] == 2
    )
    assert out["by_language"]["en"]["totals"]["law"] == {"right": 1, "total": 1, "rate": 1.0}
    assert out["per_document"][1]["language"] == "ja"
    # one language only: no split
    assert "by_language" not in Summary([doc("a.pdf", "en", "FR", "FR")]).to_json()
