"""An end-to-end training run with a tiny recipe (1 encoder layer, 1 epoch, a few dozen clauses we write here).

Checks the whole path: data -> fine-tune -> ONNX -> int8 -> calibrate -> verify -> card -> model folder,
that the folder loads in the run-time classifier, and that a rerun with nothing changed writes nothing.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from clausecheck.fileio import sha256_file  # noqa: E402
from clausecheck.training.train import load_recipe, recipe_hash  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "models" / "training" / "train.toml"

PARTIES = ["the Supplier", "the Vendor", "the Provider", "Acme", "the Contractor"]
TEMPLATES = [
    ("This Agreement is governed by the laws of {place}.", ["governing_law"], {}, None),
    ("The courts of {place} have exclusive jurisdiction over any dispute.", ["dispute_resolution"], {}, None),
    (
        "{p} will not use Customer Data to train any model without consent.",
        ["training_data"],
        {"training_data": "protective"},
        None,
    ),
    (
        "{p} may use Customer Data to improve and train its models.",
        ["training_data"],
        {"training_data": "adverse"},
        None,
    ),
    (
        "The Customer shall not use Outputs to develop a competing model of {p}.",
        ["distillation"],
        {"distillation": "protective"},
        "customer",
    ),
    (
        "{p} uses the following AI model: {place} Large Model version 3.",
        ["model_disclosure"],
        {"model_disclosure": "protective"},
        None,
    ),
    (
        "{p} shall comply with the EU AI Act as a provider of the system.",
        ["ai_compliance"],
        {"ai_compliance": "protective"},
        None,
    ),
    ("{p} shall keep all Confidential Information secret in {place}.", [], {}, None),
]
PLACES = ["England", "Ontario", "New York", "Singapore", "Japan"]


def _write_data(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    n = 0
    for t, (tpl, labels, stance, binds) in enumerate(TEMPLATES):
        for k, (p, place) in enumerate(zip(PARTIES, PLACES)):
            n += 1
            lines.append(
                json.dumps(
                    {
                        "id": f"tiny-{n}",
                        "text": tpl.format(p=p, place=place),
                        "labels": labels,
                        "stance": stance,
                        "binds": binds,
                        "family": f"tpl{t}-{k % 3}",
                        "style": "plain",
                        "negative_kind": None if labels else "generic",
                    }
                )
            )
    (folder / "tiny.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _tiny_config(tmp_path: Path) -> Path:
    text = RECIPE.read_text(encoding="utf-8")
    # the calibration set of the tiny recipe: two clauses next to its train.toml
    text = re.sub(r"(?m)^extra = .*$", 'extra = "calibration.jsonl"', text)
    assert 'extra = "calibration.jsonl"' in text
    # the Japanese vocabulary is exercised whether or not the shipped recipe turns it on
    text = re.sub(r'(?m)^#? *extra_vocab = "ja"', 'extra_vocab = "ja"', text)
    assert re.search(r'(?m)^extra_vocab = "ja"', text)
    # the tiny data is one file, listed as the recipe lists the shipped files
    text, listed = re.subn(r"(?ms)^files = \[.*?^\]", 'files = ["tiny.jsonl"]', text)
    assert listed == 1
    cfg = tmp_path / "train.toml"
    cfg.write_text(text, encoding="utf-8")
    _write_data(tmp_path / "data")
    rows = [
        {"id": "c1", "text": "Any dispute goes to the courts of Lima.", "labels": ["dispute_resolution"]},
        {"id": "c2", "text": "Each party keeps its own records for five years.", "labels": []},
    ]
    (tmp_path / "calibration.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return cfg


TINY = {
    "model.layers": 2,
    "model.max_length": 48,
    "train.epochs": 1,
    "train.batch_size": 8,
    "data.validation_fraction": 0.3,
    "export.min_agreement": 0.0,
}


def test_recipe_hash_changes_with_settings():
    a = load_recipe(RECIPE)
    b = load_recipe(RECIPE, {"train.epochs": int(a["train"]["epochs"]) + 1})
    assert recipe_hash(a) == recipe_hash(load_recipe(RECIPE))
    assert recipe_hash(a) != recipe_hash(b)


def test_an_unknown_kernel_pin_is_refused():
    from clausecheck.errors import ConfigError
    from clausecheck.training.train import pin_kernels

    with pytest.raises(ConfigError, match="kernels"):
        pin_kernels({"train": {"kernels": "avx9000"}})
    assert pin_kernels({"train": {}}) == {}


@pytest.mark.slow
def test_a_rebuild_in_a_new_process_writes_the_same_bytes(tmp_path):
    """What docs/retraining.md promises, on a small scale: `clausecheck train` run twice, each in its own
    process (as a rebuild is), writes the same model files byte for byte, with the kernels the recipe pins."""
    import subprocess
    import sys

    cfg = _tiny_config(tmp_path)
    sets = [f"--set={k}={json.dumps(v)}" for k, v in TINY.items()]
    outs = []
    for run in ("a", "b"):
        out = tmp_path / f"model-{run}"
        cmd = [sys.executable, "-m", "clausecheck", "train", "--config", str(cfg), "--no-devset", "--force"]
        cmd += [*sets, "--out", str(out), "--build", str(tmp_path / f"build-{run}")]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-2000:]
        outs.append(out)
    for name in ("model.int8.onnx", "thresholds.json", "tokenizer.json", "labels.json"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    assert (tmp_path / "build-a" / "clause-net.safetensors").read_bytes() == (
        tmp_path / "build-b" / "clause-net.safetensors"
    ).read_bytes()
    kernels = json.loads((outs[0] / "card.json").read_text(encoding="utf-8"))["training"]["machine"]["kernels"]
    assert kernels["recipe_kernels"] == "avx2"
    assert kernels["pinned"] is True and kernels["torch_kernels"] == "AVX2"
    assert kernels["environment"]["MKL_CBWR"] == "AVX2"


@pytest.mark.slow
def test_train_tiny_end_to_end_then_nothing_changed(tmp_path):
    from clausecheck.classify.model import ClauseClassifier, verify_model_dir
    from clausecheck.training.train import run_training

    cfg = _tiny_config(tmp_path)
    out, build = tmp_path / "model", tmp_path / "build"
    devset = tmp_path / "dev.jsonl"
    devset.write_text(
        json.dumps({"id": "d1", "text": "This contract is governed by the laws of Peru.", "labels": ["governing_law"]})
        + "\n",
        encoding="utf-8",
    )
    logs: list[str] = []
    outcome = run_training(cfg, out_dir=out, build_dir=build, devset=devset, overrides=TINY, log=logs.append)
    assert outcome.status == "trained", logs
    assert all(s == "ok" for _, s in verify_model_dir(out))
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert card["base"]["sha256"] == load_recipe(cfg)["base"]["sha256"]
    assert card["data"]["files"][0]["file"] == "tiny.jsonl" and card["data"]["all"]["clauses"] == 40
    assert card["recipe"]["sha256"] == recipe_hash(load_recipe(cfg, TINY))
    assert set(card["metrics"]) >= {"validation", "calibration", "devset"}
    assert card["metrics"]["calibration"]["n"] == 2
    assert "calibration set (2 clauses)" in card["calibration_fitted_on"]
    assert card["recipe"]["settings"]["calibrate"]["extra_sha256"] == sha256_file(tmp_path / "calibration.jsonl")
    assert card["export"]["agreement"]["devset"]["n"] == 1
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert card["model_sha256"] in readme and "## Results" in readme and "Dev set" in readme
    assert not (out / "model.safetensors").exists()  # torch weights stay in the build folder
    assert (build / "clause-net.safetensors").is_file()

    clf = ClauseClassifier.load(out)
    assert len(clf.predict(["This Agreement is governed by the laws of Chile.", ""])) == 2
    # the recipe's extra_vocab = "ja": the shipped tokenizer is the extended one the model was trained with
    tok = json.loads((out / "tokenizer.json").read_text(encoding="utf-8"))
    assert len(tok["model"]["vocab"]) > 30522 + 2965
    from tokenizers import Tokenizer

    ja = Tokenizer.from_file(str(out / "tokenizer.json")).encode("本契約は日本法に準拠するものとします。ユーザー")
    assert "[UNK]" not in ja.tokens

    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run_training(cfg, out_dir=out, build_dir=build, devset=devset, overrides=TINY)
    assert again.status == "unchanged" and "nothing changed" in again.message
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    # seeded and deterministic: a forced retrain gives the same int8 model, byte for byte
    forced = run_training(cfg, out_dir=tmp_path / "model2", build_dir=build, devset=devset, overrides=TINY, force=True)
    assert forced.status == "trained"
    assert (tmp_path / "model2" / "model.int8.onnx").read_bytes() == before["model.int8.onnx"]
    assert (tmp_path / "model2" / "thresholds.json").read_bytes() == before["thresholds.json"]

    # a changed clause means a retrain is due
    data = tmp_path / "data" / "tiny.jsonl"
    data.write_text(data.read_text(encoding="utf-8").replace("Ontario", "Quebec", 1), encoding="utf-8")
    dry = run_training(cfg, out_dir=out, build_dir=build, overrides=TINY, dry_run=True)
    assert dry.status == "dry-run" and "training data changed" in dry.message

    # so does a changed calibration set (its hash is part of the recipe)
    data.write_text(data.read_text(encoding="utf-8").replace("Quebec", "Ontario", 1), encoding="utf-8")
    assert run_training(cfg, out_dir=out, build_dir=build, overrides=TINY, dry_run=True).status == "unchanged"
    cal = tmp_path / "calibration.jsonl"
    cal.write_text(cal.read_text(encoding="utf-8").replace("Lima", "Quito"), encoding="utf-8")
    dry = run_training(cfg, out_dir=out, build_dir=build, overrides=TINY, dry_run=True)
    assert dry.status == "dry-run" and "recipe" in dry.message
    shutil.rmtree(build)
