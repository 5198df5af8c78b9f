"""Document-level evaluation: run clausecheck on labelled contracts and score what a lawyer reads.

``evaluate_folder`` checks every contract of a folder that has a truth (or, with
``expect_no_ai``, every contract) and scores its report with :mod:`.score`;
``evaluate_excerpts`` reads a JSON Lines file of clause excerpts known to hold
no AI clause and counts the AI labels that survive the evidence stage.  Both
run the same pipeline as ``clausecheck FILE``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ClauseCheckError, ConfigError
from ..fileio import SUPPORTED_SUFFIXES
from .score import DocScore, Summary, score_report
from .truth import AI, Truth, load_truths

if TYPE_CHECKING:
    from ..classify.model import Classifier
    from ..pipeline import Options

__all__ = ["evaluate_folder", "evaluate_excerpts", "Summary", "DocScore", "Truth"]


def contracts_in(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    allowed = tuple(s.lower() for s in (suffixes or tuple(SUPPORTED_SUFFIXES)))
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.startswith((".", "~$"))
        and p.suffix.lower() in allowed
        and not p.name.endswith(".truth.json")
    )


def evaluate_folder(
    folder: Path,
    *,
    truth: Path | None = None,
    expect_no_ai: bool = False,
    suffixes: tuple[str, ...] | None = None,
    options: Options | None = None,
    progress: Callable[[str], None] | None = None,
    classifier: Classifier | None = None,
) -> Summary:
    """Score every contract of ``folder`` that has a truth file.  ``classifier``: the model to measure (a
    candidate loaded from its folder); the installed one when None."""
    from ..pipeline import Options, analyse

    truths: dict[str, Truth] = load_truths(truth if truth is not None else folder)
    opts = options or Options()
    summary = Summary()
    for path in contracts_in(folder, suffixes):
        t = truths.get(path.stem.lower())
        if t is None and not expect_no_ai:
            continue
        if progress:
            progress(path.name)
        try:
            report = analyse(path, options=opts, classifier=classifier, display_path=path.name).to_json()
        except ClauseCheckError as e:
            report = {"file": path.name, "errors": [e.to_json()]}
        summary.docs.append(score_report(report, t, expect_no_ai=expect_no_ai))
    if not summary.docs:
        raise ConfigError(
            "E206", str(truth or folder), detail="no contract in the folder has a truth file of the same name"
        )
    return summary


def evaluate_excerpts(
    jsonl: Path, *, options: Options | None = None, classifier: Classifier | None = None
) -> dict[str, Any]:
    """Each line's ``text`` read as one clause of a contract with no AI clause: how many get an AI label."""
    from dataclasses import replace

    from ..checks.engine import tree_from_clauses
    from ..pipeline import Options, load_classifier, stage_classify, stage_evidence

    try:
        rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ConfigError("E206", str(jsonl), detail=f"{type(e).__name__}: {e}") from e
    opts = replace(options or Options(), check=False)  # the labels only
    classifier = classifier if classifier is not None else load_classifier(opts)
    by_category: dict[str, list[int]] = {}
    labelled_total = model_total = 0
    for row in rows:
        tree, _ = tree_from_clauses([{"text": str(row.get("text", ""))}])
        raw = stage_classify(tree, opts, classifier)
        kept = stage_evidence(tree, raw, opts)
        model_ai = any(set(v.labels) & set(AI) for v in raw.values())
        ai = any(set(v.labels) & set(AI) for v in kept.values())
        model_total += int(model_ai)
        labelled_total += int(ai)
        cat = str(row.get("category", ""))
        counts = by_category.setdefault(cat, [0, 0])
        counts[0] += 1
        counts[1] += int(ai)
    n = len(rows)
    return {
        "excerpts": n,
        "ai_labelled": labelled_total,
        "per_1000": round(1000 * labelled_total / n, 2) if n else None,
        "model_only_per_1000": round(1000 * model_total / n, 2) if n else None,
        "by_category": {k: {"excerpts": v[0], "ai_labelled": v[1]} for k, v in sorted(by_category.items()) if v[1]},
    }
