"""The Japanese vocabulary alignment step (training/align.py): pairs we write here, a two-layer model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausecheck.errors import ConfigError
from clausecheck.training.align import Pair, held_out, load_pairs

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "models" / "training" / "train.toml"

PAIRS = [
    ("本契約は日本法に準拠する。", "This agreement is governed by Japanese law."),
    ("当社は入力データを学習に利用しない。", "We do not use input data for training."),
    (
        "利用者は出力を用いて競合するモデルを開発してはならない。",
        "The user must not use outputs to build a rival model.",
    ),
    ("東京地方裁判所を専属的合意管轄裁判所とする。", "The Tokyo District Court has exclusive jurisdiction."),
    ("秘密保持", "confidentiality"),
    ("損害賠償", "damages"),
    ("学習済みモデル", "trained model"),
    ("反社会的勢力の排除", "exclusion of organised crime groups"),
]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_pairs_reads_pairs_and_drops_repeated_japanese(tmp_path):
    rows = [{"ja": ja, "en": en, "kind": "term"} for ja, en in PAIRS] + [{"ja": PAIRS[0][0], "en": "again"}]
    pairs = load_pairs(_write(tmp_path / "p.jsonl", rows))
    assert pairs[0] == Pair(*PAIRS[0]) and len(pairs) == len(PAIRS)


@pytest.mark.parametrize(
    "line, says",
    [
        ('{"ja": "契約"}', 'needs non-empty "ja" and "en"'),
        ("not json", "not JSON"),
        ('{"ja": " ", "en": "x"}', "needs"),
    ],
)
def test_load_pairs_names_the_bad_line(tmp_path, line, says):
    path = tmp_path / "p.jsonl"
    path.write_text('{"ja": "契約", "en": "contract"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_pairs(path)
    assert "line 2" in str(e.value) and says in str(e.value)


def test_held_out_is_a_stable_tenth():
    pairs = [Pair(f"第{i}条 本規約の条項{i}", f"article {i}") for i in range(2000)]
    share = sum(map(held_out, pairs)) / len(pairs)
    assert 0.07 < share < 0.13
    assert [held_out(p) for p in pairs[:50]] == [held_out(p) for p in pairs[:50]]


def test_recipe_with_pairs_needs_the_japanese_vocabulary_and_hashes_the_pairs(tmp_path):
    from clausecheck.training.train import load_recipe, recipe_hash

    text = RECIPE.read_text(encoding="utf-8").replace("[model]", '[model]\nalign_pairs = "pairs.jsonl"', 1)
    cfg = tmp_path / "train.toml"
    cfg.write_text(text.replace('extra = "../eval/calibration.jsonl"', "# no calibration set"), encoding="utf-8")
    pairs = _write(tmp_path / "pairs.jsonl", [{"ja": ja, "en": en} for ja, en in PAIRS])
    with pytest.raises(ConfigError, match="extra_vocab"):
        load_recipe(cfg, {"model.extra_vocab": None})
    a = recipe_hash(load_recipe(cfg, {"model.extra_vocab": "ja"}))
    pairs.write_text(pairs.read_text(encoding="utf-8").replace("damages", "compensation"), encoding="utf-8")
    assert recipe_hash(load_recipe(cfg, {"model.extra_vocab": "ja"})) != a
    pairs.unlink()
    with pytest.raises(ConfigError, match="does not exist"):
        load_recipe(cfg, {"model.extra_vocab": "ja"})


@pytest.mark.slow
def test_alignment_moves_only_the_new_rows_towards_the_english_meaning():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import torch

    from clausecheck.training.align import _encode, _measure, _pooled, align_new_embeddings
    from clausecheck.training.train import base_model_dir, build_model, load_recipe
    from clausecheck.training.vocab import extended_tokenizer

    recipe = load_recipe(RECIPE, {"model.extra_vocab": "ja", "model.layers": 2})
    base = base_model_dir(recipe)
    pairs = [Pair(ja, en) for ja, en in PAIRS]
    tok = extended_tokenizer(str(base / "tokenizer.json"), dict(recipe["model"]), [p.ja for p in pairs])
    model = build_model(recipe, base, seed=7, vocab_size=tok.get_vocab_size())
    weight = model.encoder.get_input_embeddings().weight
    before = weight.detach().clone()
    ja_ids = _encode(tok, [p.ja for p in pairs], 64)
    with torch.inference_mode():
        targets = _pooled(model.encoder, _encode(tok, [p.en for p in pairs], 64)).clone()
    start = _measure(model.encoder, ja_ids, targets)

    out = align_new_embeddings(
        model.encoder, tok, pairs, 30522, {"align_epochs": 15, "align_lr": 5e-3}, 7, lambda _: None
    )

    after = weight.detach()
    assert torch.equal(after[:30522], before[:30522])  # English pieces untouched
    assert not torch.equal(after[30522:], before[30522:])
    assert out["loss"][-1] < out["loss"][0]
    end = _measure(model.encoder, ja_ids, targets)
    assert end["cosine"] > start["cosine"] + 0.05
    assert all(p.requires_grad for p in model.encoder.parameters())  # the trainer's settings come back
