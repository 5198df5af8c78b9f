"""Export, quantize, calibrate and verify; write the model folder.

* ONNX with the legacy exporter (``dynamo=False``: one self-contained file),
  opset 17, dynamic batch and sequence axes; inputs ``input_ids`` and
  ``attention_mask``; outputs ``label_logits``, ``stance_logits``,
  ``binds_logits``.
* ``onnxruntime.quantization.quantize_dynamic`` to QInt8 weights.
* Temperature scaling and thresholds are fitted on the int8 model's validation
  logits (the model that ships), then stored in ``thresholds.json``.
* The export is checked: int8 ONNX and the torch model must agree on at least
  ``[export] min_agreement`` of the label decisions on the validation split and
  on the dev set (when given).
* ``finalise`` writes ``card.json`` and ``SHA256SUMS`` and copies the files into
  the model folder with atomic writes, SHA256SUMS last.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..classify.labels import AI_LABELS, BINDS, LABELS, STANCES
from ..classify.model import (
    CARD_FILE,
    LABELS_FILE,
    MODEL_FILE,
    RUNTIME_FILES,
    SUMS_FILE,
    THRESHOLDS_FILE,
    TOKENIZER_FILE,
    ClauseClassifier,
    OnnxBackend,
    verify_model_dir,
)
from ..classify.windows import DEFAULT_OVERLAP
from ..errors import ModelError
from ..fileio import sha256_file, write_atomic
from .data import LABEL_NAMES, Example
from .evaluate import evaluate, fit_temperature, label_agreement, review_band, tune_threshold
from .evaluate import fmt_value as _f

Log = Callable[[str], None]
INPUTS = ("input_ids", "attention_mask")
OUTPUTS = ("label_logits", "stance_logits", "binds_logits")


def _noop(_: str) -> None:
    pass


def labels_spec(recipe: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "labels": [str(x) for x in LABELS],
        "ai_labels": [str(x) for x in AI_LABELS],
        "stances": [str(x) for x in STANCES],
        "binds": [str(x) for x in BINDS],
        "max_length": int(recipe["model"]["max_length"]),
        "window_overlap": DEFAULT_OVERLAP,
        "pooling": recipe["model"]["pooling"],
        "inputs": list(INPUTS),
        "outputs": {
            "label_logits": ["batch", len(LABELS)],
            "stance_logits": ["batch", len(AI_LABELS), len(STANCES)],
            "binds_logits": ["batch", len(BINDS)],
        },
        "special_tokens": {"cls": "[CLS]", "sep": "[SEP]", "pad": "[PAD]"},
    }


def _dump(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


# --------------------------------------------------------------------------- export


def export_onnx(model: Any, path: Path, opset: int = 17) -> None:
    """Legacy (TorchScript) exporter: one file, dynamic batch and sequence axes."""
    import warnings

    import torch

    model.eval()
    # A padded dummy batch, so the traced graph keeps the attention-mask path.
    ids = torch.tensor([[101, 7592, 2088, 1012, 102], [101, 7592, 102, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (ids, mask),
            str(path),
            input_names=list(INPUTS),
            output_names=list(OUTPUTS),
            dynamic_axes={**{n: {0: "batch", 1: "seq"} for n in INPUTS}, **{n: {0: "batch"} for n in OUTPUTS}},
            opset_version=opset,
            do_constant_folding=True,
            dynamo=False,
        )


def quantize(src: Path, dst: Path, weight_type: str = "QInt8", per_channel: bool = False) -> None:
    import logging

    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # "Please consider to run pre-processing before quantization" (root logger)
    try:
        quantize_dynamic(str(src), str(dst), weight_type=getattr(QuantType, weight_type), per_channel=per_channel)
    finally:
        root.setLevel(level)


def save_weights(model: Any, path: Path) -> None:
    from safetensors.torch import save_file

    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(state, str(path), metadata={"format": "pt"})
    os.chmod(path, 0o644)  # pitfall: safetensors writes 0600


def save_tokenizer(base_dir: Path, dst: Path, tokenizer_json: str | None = None) -> None:
    """The tokenizer the model was trained with (given), or the base model's."""
    from .train import load_tokenizer

    text = tokenizer_json if tokenizer_json is not None else load_tokenizer(base_dir).to_str(pretty=False)
    dst.write_text(text, encoding="utf-8")
    os.chmod(dst, 0o644)


# --------------------------------------------------------------------------- calibration


def window_logits(clf: ClauseClassifier, texts: Sequence[str]) -> Any:
    """Per clause, the max label logit over its windows ([n, 6])."""
    import numpy as np

    owner, lab, _, _ = clf.logits(list(texts))
    out = np.zeros((len(texts), len(LABELS)), dtype=np.float64)
    for i, rows in enumerate(owner):
        if rows:
            out[i] = lab[rows].max(axis=0)
        else:
            out[i] = -20.0
    return out


def calibrate(
    logits: Any, val: Sequence[Example], recipe: Mapping[str, Any], *, fitted_on: str = "validation split"
) -> dict[str, Any]:
    """Per label: temperature, F1-best threshold and review band, fitted on ``val``.

    ``val`` holds the clauses whose logits are ``logits`` (the validation split, plus the
    calibration set when the recipe names one); only their ``labels`` are read.
    """
    import numpy as np

    c = recipe.get("calibrate", {})
    lo, hi = float(c.get("threshold_min", 0.2)), float(c.get("threshold_max", 0.8))
    margin = float(c.get("review_margin", 0.15))
    per: dict[str, Any] = {}
    for k, lbl in enumerate(LABEL_NAMES):
        y = np.array([lbl in e.labels for e in val], dtype=bool)
        z = logits[:, k] if len(val) else np.zeros(0)
        T = fit_temperature(z, y)
        p = 1.0 / (1.0 + np.exp(-z / T)) if len(val) else np.zeros(0)
        t = tune_threshold(p, y, lo=lo, hi=hi)
        band = review_band(t, margin)
        in_band = (p >= band[0]) & (p <= band[1]) if len(val) else np.zeros(0, dtype=bool)
        wrong = ((p >= t) != y) if len(val) else np.zeros(0, dtype=bool)
        per[lbl] = {
            "temperature": T,
            "threshold": t,
            "review": list(band),
            "validation": {
                "positives": int(y.sum()),
                "n": int(len(y)),
                "in_review_band": round(float(in_band.mean()), 4) if len(y) else None,
                "errors": int(wrong.sum()),
                "errors_outside_band": int((wrong & ~in_band).sum()),
            },
        }
    return {
        "fitted_on": f"{fitted_on} (int8 ONNX logits)",
        "method": "per-label temperature scaling (log loss), then the F1-best threshold on calibrated probabilities",
        "threshold_range": [lo, hi],
        "review_margin": margin,
        "labels": per,
    }


def calibration_example(row: Mapping[str, Any], index: int) -> Example:
    """A row of the calibration set (dev-set format) as an :class:`Example` for :func:`calibrate`."""
    labels = tuple(str(x) for x in row.get("labels") or ())
    return Example(
        id=str(row.get("id") or f"calibration-{index}"),
        text=str(row["text"]),
        labels=labels,
        stance=dict(row.get("stance") or {}),
        binds=row.get("binds"),
        family=str(row.get("family") or ""),
        style=row.get("style"),
        negative_kind=row.get("negative_kind"),
        where=f"calibration:{index + 1}",
    )


def _neutral_thresholds() -> dict[str, Any]:
    return {"labels": {str(x): {"temperature": 1.0, "threshold": 0.5, "review": [0.5, 0.5]} for x in LABELS}}


# --------------------------------------------------------------------------- build


def build_model_dir(
    model: Any,
    recipe: Mapping[str, Any],
    base_dir: Path,
    stage: Path,
    build_dir: Path,
    val: Sequence[Example],
    dev_rows: Sequence[Mapping[str, Any]] | None,
    *,
    cal_rows: Sequence[Mapping[str, Any]] | None = None,
    log: Log = _noop,
    tokenizer_json: str | None = None,
) -> dict[str, Any]:
    """Everything except card.json and SHA256SUMS into ``stage``; returns the measurements.

    ``cal_rows`` is the recipe's calibration set (``[calibrate] extra``): labelled clauses never
    trained on, fitted together with the validation split for temperatures and thresholds.
    """
    import numpy as np

    from .train import load_tokenizer, torch_backend

    exp = recipe.get("export", {})
    report: dict[str, Any] = {}
    weights = build_dir / "clause-net.safetensors"
    save_weights(model, weights)
    fp32 = build_dir / "model.fp32.onnx"
    t0 = time.perf_counter()
    export_onnx(model, fp32, int(exp.get("opset", 17)))
    t_export = time.perf_counter() - t0
    log(f"exported ONNX in {t_export:.1f} s ({fp32.stat().st_size / 1e6:.1f} MB)")
    save_tokenizer(base_dir, stage / TOKENIZER_FILE, tokenizer_json)
    spec = labels_spec(recipe)
    (stage / LABELS_FILE).write_text(_dump(spec), encoding="utf-8")
    tok = load_tokenizer(stage)
    threads = int(recipe["train"].get("threads", 2))

    # fp32 graph == torch, on a padded batch and on a single unpadded clause
    torch_run = _memo(torch_backend(model))  # torch logits are computed once, whatever the int8 variant
    fp32_run = OnnxBackend(fp32, threads=threads)
    probe = np.array(
        [
            [101, 2023, 3820, 2003, 9950, 2011, 1996, 4277, 1997, 2563, 1012, 102],
            [101, 7592, 102, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ],
        dtype=np.int64,
    )
    probe_mask = (probe != 0).astype(np.int64)
    diffs = []
    for ids, mask in ((probe, probe_mask), (probe[:1], probe_mask[:1])):
        a, b = torch_run(ids, mask), fp32_run(ids, mask)
        diffs.append(max(float(np.abs(x - y).max()) for x, y in zip(a, b)))
    report["fp32_max_abs_logit_diff"] = max(diffs)
    if max(diffs) > 1e-3:
        raise ModelError("E304", fp32, detail=f"the ONNX export differs from torch (max |dlogit| {max(diffs):.2e})")

    val_texts = [e.text for e in val]
    cal_extra = [calibration_example(r, i) for i, r in enumerate(cal_rows or ())]
    fit_on = list(val) + cal_extra
    fit_texts = [e.text for e in fit_on]
    fitted_on = "validation split" + (f" + calibration set ({len(cal_extra)} clauses)" if cal_extra else "")
    sets: list[tuple[str, list[dict[str, Any]], list[str]]] = []
    if val:
        gold = [{"labels": list(e.labels), "stance": dict(e.stance), "binds": e.binds} for e in val]
        sets.append(("validation", gold, val_texts))
    if cal_rows:
        sets.append(("calibration", [dict(r) for r in cal_rows], [str(r["text"]) for r in cal_rows]))
    if dev_rows:
        sets.append(("devset", [dict(r) for r in dev_rows], [str(r["text"]) for r in dev_rows]))
    minimum = float(exp.get("min_agreement", 0.99))

    # Quantize; when the int8 graph agrees with torch on fewer than `minimum` of the
    # label decisions, try the next quantization setting and keep the best.
    per_channel = bool(exp.get("per_channel", False))
    variants = [per_channel] + [v for v in (False, True) if v != per_channel]
    tried: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    for pc in variants:
        path = build_dir / f"model.int8{'.pc' if pc else ''}.onnx"
        t1 = time.perf_counter()
        quantize(fp32, path, str(exp.get("weight_type", "QInt8")), pc)
        t2 = time.perf_counter()
        int8 = OnnxBackend(path, threads=threads)
        neutral = ClauseClassifier(int8, tok, spec, _neutral_thresholds())
        cal = calibrate(window_logits(neutral, fit_texts), fit_on, recipe, fitted_on=fitted_on)
        clf = ClauseClassifier(int8, tok, spec, cal)
        ref = ClauseClassifier(torch_run, tok, spec, cal)
        metrics: dict[str, Any] = {}
        agreement: dict[str, Any] = {}
        for name, gold, texts in sets:
            p_int8 = [p.to_json() for p in clf.predict(texts, all_stances=True)]
            p_torch = [p.to_json() for p in ref.predict(texts, all_stances=True)]
            metrics[name] = evaluate(gold, p_int8)
            metrics[name + "_torch"] = _summary(evaluate(gold, p_torch))
            agreement[name] = label_agreement(p_torch, p_int8)
        worst = min((a["label_agreement"] for a in agreement.values()), default=1.0)
        label = "per-channel" if pc else "per-tensor"
        log(
            f"int8 ({label}, {path.stat().st_size / 1e6:.1f} MB): "
            + "; ".join(
                f"{n} macro-F1 {_f(metrics[n]['macro_f1'])} (torch {_f(metrics[n + '_torch']['macro_f1'])}), "
                f"agreement {agreement[n]['label_agreement']:.4f}"
                for n, _, _ in sets
            )
        )
        cand = {
            "per_channel": pc,
            "path": path,
            "cal": cal,
            "metrics": metrics,
            "agreement": agreement,
            "worst": worst,
            "quantize_seconds": round(t2 - t1, 1),
        }
        tried.append({"per_channel": pc, "worst_label_agreement": round(worst, 4)})
        if best is None or worst > best["worst"]:
            best = cand
        if worst >= minimum:
            break
    assert best is not None
    import shutil

    shutil.copyfile(best["path"], stage / MODEL_FILE)
    cal = best["cal"]
    (stage / THRESHOLDS_FILE).write_text(_dump(cal), encoding="utf-8")
    log(
        "calibrated: "
        + ", ".join(f"{k} T={v['temperature']:.2f} t={v['threshold']:.2f}" for k, v in cal["labels"].items())
    )
    report["metrics"] = best["metrics"]
    report["agreement"] = best["agreement"]
    report["calibration"] = cal
    report["agreement_min"] = minimum
    report["agreement_ok"] = best["worst"] >= minimum
    report["quantization_tried"] = tried
    if not report["agreement_ok"]:
        log(
            f"WARNING: the int8 model agrees with torch on only {best['worst']:.2%} of label decisions "
            f"(required {minimum:.0%}); recorded in the card"
        )
    clf = ClauseClassifier(OnnxBackend(stage / MODEL_FILE, threads=threads), tok, spec, cal)
    exp = {**exp, "per_channel": best["per_channel"]}
    t2 = time.perf_counter()
    t1 = t2 - best["quantize_seconds"]
    report["export"] = {
        "exporter": "torch.onnx.export (legacy, dynamo=False)",
        "opset": int(exp.get("opset", 17)),
        "quantization": f"onnxruntime quantize_dynamic {exp.get('weight_type', 'QInt8')}"
        + (" per-channel" if exp.get("per_channel") else ""),
        "export_seconds": round(t_export, 1),
        "quantization_tried": tried,
        "quantize_seconds": round(t2 - t1, 1),
        "fp32_mb": round(fp32.stat().st_size / 1e6, 1),
        "int8_mb": round((stage / MODEL_FILE).stat().st_size / 1e6, 1),
    }
    report["throughput"] = measure_throughput(clf, val_texts or ["The Supplier shall not train models."])
    return report


def _memo(backend: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    cache: dict[tuple[bytes, tuple[int, ...]], Any] = {}

    def run(input_ids: Any, attention_mask: Any) -> Any:
        key = (input_ids.tobytes() + attention_mask.tobytes(), tuple(input_ids.shape))
        if key not in cache:
            cache[key] = backend(input_ids, attention_mask)
        return cache[key]

    return run


def _summary(res: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "macro_f1": res["macro_f1"],
        "micro_f1": res["micro_f1"],
        "stance_accuracy": res["stance"]["accuracy"],
        "f1": {k: v["f1"] for k, v in res["labels"].items()},
    }


def measure_throughput(clf: ClauseClassifier, texts: Sequence[str], minimum: int = 256) -> dict[str, Any]:
    """Clauses/s of the int8 model as loaded (one window per run), on at least ``minimum`` clauses."""
    texts = list(texts)
    while len(texts) < minimum:
        texts = texts + texts
    clf.predict(texts[:32])  # warm-up
    t0 = time.perf_counter()
    clf.predict(texts)
    secs = time.perf_counter() - t0
    n_tok = sum(len(w) + 2 for ws in clf.encode(texts) for w in ws)
    return {
        "clauses": len(texts),
        "seconds": round(secs, 2),
        "clauses_per_s": round(len(texts) / secs, 1),
        "mean_tokens": round(n_tok / len(texts), 1),
        "note": "measured at the end of training on the same machine",
    }


# --------------------------------------------------------------------------- model folder


def check_unchanged(out_dir: Path, data_hash: str, recipe_hash: str) -> tuple[bool, str]:
    """(True, "") when the committed card carries these hashes and every file verifies."""
    card_path = out_dir / CARD_FILE
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, "no model card yet"
    if card.get("data", {}).get("sha256") != data_hash:
        return False, "the training data changed"
    if card.get("recipe", {}).get("sha256") != recipe_hash:
        return False, "the recipe changed"
    try:
        status = verify_model_dir(out_dir)
    except ModelError:
        return False, "SHA256SUMS is missing"
    bad = [f"{n} ({s})" for n, s in status if s != "ok"]
    if bad:
        return False, "model files differ from SHA256SUMS: " + ", ".join(bad)
    return True, ""


def write_sums(folder: Path, names: Sequence[str] = RUNTIME_FILES) -> str:
    lines = [f"{sha256_file(folder / n)}  {n}" for n in names]
    text = "\n".join(lines) + "\n"
    (folder / SUMS_FILE).write_text(text, encoding="utf-8")
    return text


def finalise(stage: Path, out_dir: Path, card: Mapping[str, Any], *, log: Log = _noop) -> None:
    """card.json + SHA256SUMS in ``stage``, then copy into ``out_dir`` (atomic writes, sums last)."""
    (stage / CARD_FILE).write_text(_dump(card), encoding="utf-8")
    write_sums(stage)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in (*RUNTIME_FILES, SUMS_FILE):
        write_atomic(out_dir / name, (stage / name).read_bytes())
    from ..resources import classifier_dir

    if out_dir.resolve() == classifier_dir().resolve():  # the shipped model: pin its new hashes in the code
        from .. import _pins
        from ..checks.manifest import write_pins

        _pins.MODEL = {n: sha256_file(out_dir / n) for n in RUNTIME_FILES}
        log(f"pinned hashes: {write_pins(model=_pins.MODEL)}")
    status = verify_model_dir(out_dir)
    bad = [n for n, s in status if s != "ok"]
    if bad:  # pragma: no cover - would be a bug in the copy above
        raise ModelError("E302", out_dir, detail=", ".join(bad))
    log(f"model folder {out_dir}: " + ", ".join(f"{n}" for n in RUNTIME_FILES) + f", {SUMS_FILE}")
