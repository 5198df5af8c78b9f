"""Metrics and calibration maths, checked by hand on small cases."""

from __future__ import annotations

import math

import pytest

from clausecheck.training.evaluate import (
    errors_list,
    evaluate,
    fit_temperature,
    format_table,
    label_agreement,
    precision_at_recall,
    review_band,
    tune_threshold,
)

GOLD = [
    {"id": "a", "labels": ["governing_law"]},
    {"id": "b", "labels": ["training_data"], "stance": {"training_data": "adverse"}},
    {"id": "c", "labels": ["training_data", "dispute_resolution"], "stance": {"training_data": "protective"}},
    {"id": "d", "labels": []},
    {"id": "e", "labels": ["distillation"], "stance": {"distillation": "protective"}, "binds": "customer"},
]
PRED = [
    {"labels": ["governing_law"], "scores": {"governing_law": 0.9}},
    {"labels": ["training_data"], "scores": {"training_data": 0.8}, "stance": {"training_data": "qualified"}},
    {
        "labels": ["training_data"],
        "scores": {"training_data": 0.7, "dispute_resolution": 0.3},
        "stance": {"training_data": "protective"},
    },
    {"labels": ["governing_law"], "scores": {"governing_law": 0.6}, "review": ["governing_law"]},
    {"labels": [], "scores": {"distillation": 0.4}, "stance": {"distillation": "protective"}, "binds": "customer"},
]


def test_evaluate_per_label_counts():
    r = evaluate(GOLD, PRED)
    gl = r["labels"]["governing_law"]
    assert (gl["tp"], gl["fp"], gl["fn"]) == (1, 1, 0)
    assert gl["precision"] == 0.5 and gl["recall"] == 1.0 and math.isclose(gl["f1"], 2 / 3)
    td = r["labels"]["training_data"]
    assert td["f1"] == 1.0
    dr = r["labels"]["dispute_resolution"]
    assert dr["recall"] == 0.0 and dr["f1"] == 0.0
    assert r["labels"]["model_disclosure"]["f1"] is None
    assert r["macro_over"] == ["training_data", "distillation", "governing_law", "dispute_resolution"]
    assert math.isclose(r["macro_f1"], (1.0 + 0.0 + 2 / 3 + 0.0) / 4)
    assert r["labels"]["governing_law"]["review"] == 1


def test_evaluate_stance_and_binds():
    r = evaluate(GOLD, PRED)
    st = r["stance"]
    assert st["n"] == 3
    assert math.isclose(st["accuracy"], 2 / 3)  # b wrong, c right, e right (label not predicted)
    assert math.isclose(st["joint_accuracy"], 1 / 3)  # only c has the label too
    assert r["binds"] == {"n": 1, "accuracy": 1.0}


def test_evaluate_length_mismatch():
    with pytest.raises(ValueError):
        evaluate(GOLD, PRED[:2])


def test_precision_at_recall():
    scores = [0.9, 0.8, 0.7, 0.6, 0.5]
    gold = [True, False, True, True, False]
    # recall 2/3 at 0.7 (P 2/3), recall 1 at 0.6 (P 3/4)
    assert precision_at_recall(scores, gold) == 0.75
    assert precision_at_recall(scores, [False] * 5) is None
    # ties are taken together
    assert precision_at_recall([0.5, 0.5, 0.5, 0.1], [True, False, False, False]) == pytest.approx(1 / 3)


def test_fit_temperature_recovers_scale():
    import numpy as np

    rng = np.random.default_rng(0)
    z = rng.normal(0, 3, 4000)
    p = 1 / (1 + np.exp(-z / 2.0))  # true temperature 2
    y = rng.random(4000) < p
    assert 1.6 < fit_temperature(z, y) < 2.5
    assert fit_temperature([1.0, 2.0], [True, True]) == 1.0


def test_tune_threshold_separable_and_clipped():
    probs = [0.1, 0.2, 0.35, 0.7, 0.8, 0.9]
    gold = [False, False, False, True, True, True]
    t = tune_threshold(probs, gold)
    assert 0.35 < t <= 0.7
    assert tune_threshold([0.05, 0.9], [False, True], lo=0.6, hi=0.8) >= 0.6
    assert tune_threshold([0.1], [False]) == 0.5
    assert review_band(0.5, 0.15) == (0.35, 0.65)
    assert review_band(0.9, 0.15) == (0.75, 1.0)


def test_label_agreement_counts_decisions():
    a = [{"labels": ["governing_law"]}, {"labels": []}]
    b = [{"labels": ["governing_law", "dispute_resolution"]}, {"labels": []}]
    r = label_agreement(a, b)
    assert r["disagreements"] == 1 and math.isclose(r["label_agreement"], 11 / 12) and r["clause_agreement"] == 0.5


def test_format_table_and_errors_list():
    r = evaluate(GOLD, PRED)
    text = format_table(r, title="demo")
    assert text.splitlines()[0] == "demo"
    assert "governing_law" in text and "macro-F1 0.417" in text and "stance accuracy 0.667" in text
    errs = errors_list(GOLD, PRED)
    by_id = {e["id"]: e for e in errs}
    assert set(by_id) == {"b", "c", "d", "e"}
    assert by_id["b"]["stance"] == {"training_data": "adverse -> qualified"}
    assert by_id["c"]["missed"] == {"dispute_resolution": 0.3}
    assert by_id["d"]["extra"] == {"governing_law": 0.6}
