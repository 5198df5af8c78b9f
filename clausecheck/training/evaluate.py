"""Scoring a labelled JSON Lines file, and the calibration maths.  No torch.

``evaluate(gold, predicted)`` takes plain dicts in the devset format (gold:
``labels``, ``stance``, ``binds``; predicted: ``labels``, ``scores``,
``stance``, ``binds``, ``review``) and returns per-label precision, recall and
F1, macro- and micro-F1 over the six labels, precision at 80 % recall (from
the scores), stance accuracy on the AI labels present in gold, and binds
accuracy on gold distillation clauses.

Conventions (stated so the numbers can be checked by hand):

* a label with no gold positive has precision/recall/F1 ``None`` and is left
  out of the macro average (``macro_over`` lists the labels averaged);
* precision with no predicted positive is 0.0, as is recall with no gold
  positive among the averaged labels;
* P@80R is the highest precision over every score cut-off whose recall is at
  least 0.80; clauses with equal scores are taken together;
* stance accuracy counts every (clause, AI label) pair whose gold carries that
  label and a stance; the prediction's stance for that label is compared
  whether or not the label itself was predicted ("stance given the label");
  ``joint_accuracy`` also requires the label to be predicted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..classify.card import fmt_value
from ..classify.labels import AI_LABELS, BINDS, LABELS, STANCES

LABEL_NAMES: tuple[str, ...] = tuple(str(x) for x in LABELS)
AI_NAMES: tuple[str, ...] = tuple(str(x) for x in AI_LABELS)
STANCE_NAMES: tuple[str, ...] = tuple(str(x) for x in STANCES)
BINDS_NAMES: tuple[str, ...] = tuple(str(x) for x in BINDS)
TARGET_RECALL = 0.8


# --------------------------------------------------------------------------- loading


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """A labelled JSON Lines file: objects with at least ``text`` and ``labels``.

    Raises ConfigError (E204) naming ``file:line`` for a malformed line.
    """
    from ..errors import ConfigError, InputError

    path = Path(path)
    if not path.is_file():
        raise InputError("E101", path)
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ConfigError("E204", path, detail=f"{path}:{lineno}: not valid JSON ({e.msg})") from e
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ConfigError("E204", path, detail=f"{path}:{lineno}: expected an object with a 'text' string")
            labels = obj.get("labels") or []
            if not isinstance(labels, list) or any(x not in LABEL_NAMES for x in labels):
                raise ConfigError(
                    "E204", path, detail=f"{path}:{lineno}: 'labels' must be a list of {', '.join(LABEL_NAMES)}"
                )
            rows.append(obj)
    return rows


# --------------------------------------------------------------------------- metrics


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def precision_at_recall(scores: Sequence[float], gold: Sequence[bool], recall: float = TARGET_RECALL) -> float | None:
    """Highest precision among score cut-offs reaching ``recall`` (ties taken together)."""
    positives = sum(1 for g in gold if g)
    if positives == 0:
        return None
    pairs = sorted(zip(scores, gold), key=lambda p: -p[0])
    best: float | None = None
    tp = k = 0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            tp += 1 if pairs[j][1] else 0
            k += 1
            j += 1
        if tp / positives >= recall - 1e-12:
            p = tp / k
            best = p if best is None else max(best, p)
        i = j
    return best


def evaluate(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Scores ``predicted`` against ``gold`` (same length and order)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold items but {len(predicted)} predictions")
    per_label: dict[str, Any] = {}
    macro_over: list[str] = []
    tot_tp = tot_fp = tot_fn = 0
    for lbl in LABEL_NAMES:
        g = [lbl in (x.get("labels") or []) for x in gold]
        p = [lbl in (x.get("labels") or []) for x in predicted]
        s = [float((x.get("scores") or {}).get(lbl, 0.0)) for x in predicted]
        tp = sum(1 for a, b in zip(g, p) if a and b)
        fp = sum(1 for a, b in zip(g, p) if b and not a)
        fn = sum(1 for a, b in zip(g, p) if a and not b)
        tot_tp, tot_fp, tot_fn = tot_tp + tp, tot_fp + fp, tot_fn + fn
        support = tp + fn
        entry: dict[str, Any] = {"support": support, "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn}
        if support == 0:
            entry.update(precision=None, recall=None, f1=None, p_at_80r=None)
        else:
            prec, rec = _ratio(tp, tp + fp), _ratio(tp, support)
            entry.update(
                precision=prec,
                recall=rec,
                f1=_ratio(2 * prec * rec, prec + rec),
                p_at_80r=precision_at_recall(s, g),
            )
            macro_over.append(lbl)
        entry["review"] = sum(1 for x in predicted if lbl in (x.get("review") or []))
        per_label[lbl] = entry
    macro = [per_label[lbl]["f1"] for lbl in macro_over]
    micro_p, micro_r = _ratio(tot_tp, tot_tp + tot_fp), _ratio(tot_tp, tot_tp + tot_fn)
    p80 = [per_label[lbl]["p_at_80r"] for lbl in macro_over]

    # stance on gold AI labels
    st_n = st_ok = st_joint = 0
    st_per: dict[str, dict[str, Any]] = {}
    for lbl in AI_NAMES:
        n = ok = joint = 0
        for want, got in zip(gold, predicted):
            gs = (want.get("stance") or {}).get(lbl)
            if lbl not in (want.get("labels") or []) or not gs:
                continue
            n += 1
            hit = (got.get("stance") or {}).get(lbl) == gs
            ok += hit
            joint += hit and lbl in (got.get("labels") or [])
        st_per[lbl] = {
            "n": n,
            "accuracy": _ratio(ok, n) if n else None,
            "joint_accuracy": _ratio(joint, n) if n else None,
        }
        st_n, st_ok, st_joint = st_n + n, st_ok + ok, st_joint + joint
    b_n = b_ok = 0
    for want, got in zip(gold, predicted):
        gb = want.get("binds")
        if "distillation" in (want.get("labels") or []) and gb:
            b_n += 1
            b_ok += got.get("binds") == gb
    exact = sum(1 for g, p in zip(gold, predicted) if set(g.get("labels") or []) == set(p.get("labels") or []))
    reviewed = sum(1 for p in predicted if p.get("review"))
    return {
        "n": len(gold),
        "labels": per_label,
        "macro_f1": sum(macro) / len(macro) if macro else None,
        "macro_over": macro_over,
        "micro_f1": _ratio(2 * micro_p * micro_r, micro_p + micro_r),
        "macro_p_at_80r": sum(p80) / len(p80) if p80 and all(v is not None for v in p80) else None,
        "exact_match": _ratio(exact, len(gold)),
        "stance": {
            "n": st_n,
            "accuracy": _ratio(st_ok, st_n) if st_n else None,
            "joint_accuracy": _ratio(st_joint, st_n) if st_n else None,
            "per_label": st_per,
        },
        "binds": {"n": b_n, "accuracy": _ratio(b_ok, b_n) if b_n else None},
        "review_rate": _ratio(reviewed, len(gold)),
    }


def label_agreement(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Share of (clause, label) decisions on which two prediction lists agree."""
    if len(a) != len(b):
        raise ValueError("prediction lists differ in length")
    same = total = clauses_same = 0
    for x, y in zip(a, b):
        xs, ys = set(x.get("labels") or []), set(y.get("labels") or [])
        clauses_same += xs == ys
        for lbl in LABEL_NAMES:
            total += 1
            same += (lbl in xs) == (lbl in ys)
    return {
        "n": len(a),
        "label_agreement": _ratio(same, total),
        "clause_agreement": _ratio(clauses_same, len(a)),
        "disagreements": total - same,
    }


# --------------------------------------------------------------------------- text table


def format_table(result: Mapping[str, Any], title: str | None = None) -> str:
    """A plain-text table (no colour, no markup) of :func:`evaluate`'s result."""
    head = ("label", "support", "pred", "P", "R", "F1", "P@80R", "review")
    rows = [head]
    for lbl in LABEL_NAMES:
        e = result["labels"][lbl]
        rows.append(
            (
                lbl,
                str(e["support"]),
                str(e["predicted"]),
                fmt_value(e["precision"]),
                fmt_value(e["recall"]),
                fmt_value(e["f1"]),
                fmt_value(e["p_at_80r"]),
                str(e.get("review", 0)),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    if title:
        lines.append(title)
    for k, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(
        f"macro-F1 {fmt_value(result['macro_f1'])} (over {len(result['macro_over'])} labels)   "
        f"micro-F1 {fmt_value(result['micro_f1'])}   macro P@80R {fmt_value(result['macro_p_at_80r'])}   "
        f"exact match {fmt_value(result['exact_match'])}   n={result['n']}"
    )
    st = result["stance"]
    parts = [f"{lbl} {fmt_value(v['accuracy'])} (n={v['n']})" for lbl, v in st["per_label"].items() if v["n"]]
    lines.append(
        f"stance accuracy {fmt_value(st['accuracy'])} (n={st['n']}; label also predicted: {fmt_value(st['joint_accuracy'])})"
        + (": " + ", ".join(parts) if parts else "")
    )
    b = result["binds"]
    lines.append(
        f"binds accuracy {fmt_value(b['accuracy'])} (n={b['n']})   needs review: {fmt_value(result['review_rate'])} of clauses"
    )
    return "\n".join(lines)


# --------------------------------------------------------------------------- calibration (numpy)


def fit_temperature(logits: Iterable[float], gold: Iterable[bool], lo: float = 0.5, hi: float = 5.0) -> float:
    """Temperature T minimising the log loss of sigmoid(z / T) on held-out data (grid search).

    Returns 1.0 when the data hold only one class.
    """
    import numpy as np

    z = np.asarray(list(logits), dtype=np.float64)
    y = np.asarray(list(gold), dtype=np.float64)
    if z.size == 0 or y.min() == y.max():
        return 1.0
    grid = np.exp(np.linspace(np.log(lo), np.log(hi), 241))
    best_t, best_nll = 1.0, float("inf")
    for t in grid:
        s = z / t
        # log(1 + exp(-|s|)) formulation, numerically stable
        nll = float(np.mean(np.maximum(s, 0) - s * y + np.log1p(np.exp(-np.abs(s)))))
        if nll < best_nll - 1e-12:
            best_t, best_nll = float(t), nll
    return round(best_t, 4)


def tune_threshold(
    probs: Iterable[float], gold: Iterable[bool], lo: float = 0.2, hi: float = 0.8, default: float = 0.5
) -> float:
    """The threshold maximising F1 on held-out data, clipped to [lo, hi].

    Among the thresholds that reach the best F1, the one closest to 0.5 wins.  On a validation split
    that the model separates cleanly, F1 is flat over a wide range, and the split then says nothing
    about where the threshold should be; 0.5 (the natural cut of calibrated probabilities) is the
    safest choice for clauses that look less like the training data.
    """
    import numpy as np

    p = np.asarray(list(probs), dtype=np.float64)
    y = np.asarray(list(gold), dtype=bool)
    if p.size == 0 or not y.any():
        return default
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f1s = []
    for t in grid:
        pred = p >= t
        tp = float(np.sum(pred & y))
        fp = float(np.sum(pred & ~y))
        fn = float(np.sum(~pred & y))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    f1s_a = np.asarray(f1s)
    best = f1s_a.max()
    candidates = [float(grid[i]) for i in np.flatnonzero(f1s_a >= best - 1e-12)]
    t = min(candidates, key=lambda x: (abs(x - 0.5), x))
    return round(min(hi, max(lo, t)), 3)


def review_band(threshold: float, margin: float) -> tuple[float, float]:
    """The abstain band [low, high] around a threshold."""
    return (round(max(0.0, threshold - margin), 3), round(min(1.0, threshold + margin), 3))


# --------------------------------------------------------------------------- defaults and error listing


def default_devset() -> Path | None:
    """The dev set used by ``clausecheck eval`` / ``train`` when none is named.

    ``$CLAUSECHECK_DEVSET`` if set, else ``../shared/devset/clauses.jsonl`` next to
    a source checkout; None when neither exists.
    """
    import os

    env = os.environ.get("CLAUSECHECK_DEVSET")
    if env:
        return Path(env)
    from ..resources import _PKG

    candidate = _PKG.parent.parent / "shared" / "devset" / "clauses.jsonl"
    return candidate if candidate.is_file() else None


def errors_list(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per clause with a wrong label or a wrong stance/binds on a gold AI label (no text)."""
    out: list[dict[str, Any]] = []
    for i, (g, p) in enumerate(zip(gold, predicted)):
        gl, pl = set(g.get("labels") or []), set(p.get("labels") or [])
        missed, extra = sorted(gl - pl), sorted(pl - gl)
        stance_wrong = {}
        for lbl in AI_NAMES:
            gs = (g.get("stance") or {}).get(lbl)
            if lbl in gl and gs and (p.get("stance") or {}).get(lbl) != gs:
                stance_wrong[lbl] = f"{gs} -> {(p.get('stance') or {}).get(lbl)}"
        binds_wrong = None
        if "distillation" in gl and g.get("binds") and p.get("binds") != g.get("binds"):
            binds_wrong = f"{g.get('binds')} -> {p.get('binds')}"
        if missed or extra or stance_wrong or binds_wrong:
            scores = p.get("scores") or {}
            out.append(
                {
                    "index": i,
                    "id": g.get("id", str(i + 1)),
                    "missed": {lbl: round(float(scores.get(lbl, 0.0)), 3) for lbl in missed},
                    "extra": {lbl: round(float(scores.get(lbl, 0.0)), 3) for lbl in extra},
                    "stance": stance_wrong,
                    "binds": binds_wrong,
                }
            )
    return out
