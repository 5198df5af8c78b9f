"""The model card's speed section names the processor the benchmark ran on."""

from __future__ import annotations

import json

from clausecheck.resources import classifier_dir
from clausecheck.training.card import KNOWN_LIMITS, render


def _card() -> dict:
    return json.loads((classifier_dir() / "card.json").read_text(encoding="utf-8"))


def test_speed_section_names_processor_and_int8_features():
    card = _card()
    card["benchmark"] = dict(card["benchmark"], cpu={"model": "Example CPU 9000", "int8_features": ["avx2"]})
    text = render(card)
    assert f"({card['benchmark']['cores']} cores, Example CPU 9000: avx2; load average" in text


def test_speed_section_without_processor_still_renders():
    card = _card()
    bench = dict(card["benchmark"])
    bench.pop("cpu", None)
    card["benchmark"] = bench
    text = render(card)
    assert f"({bench['cores']} cores; load average" in text
    assert "Example CPU" not in text


def test_committed_card_carries_the_current_limits():
    assert _card()["limits"] == KNOWN_LIMITS
