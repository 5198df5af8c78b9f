"""The document-level side of ``clausecheck eval``: run, then print a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode

_NAMES = {
    "presence": "AI clause found/missing",
    "stance": "document stance",
    "binds": "who a distillation ban binds",
    "citation": "cited clause holds the operative text",
    "law": "governing law (ISO codes)",
    "law_when_present": "  where the contract chooses one",
    "law_split": "split law recognised",
    "mechanism": "dispute mechanism",
    "forum": "forum",
    "finding_precision": "HIGH/MEDIUM findings the truth supports",
    "gap_recall": "law/forum gaps reported",
    "drafting_recall": "numbering/cross-reference gaps reported",
}


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.1f} %)" if total else "—"


def run_documents(
    term: Any,
    path: Path,
    *,
    truth: Path | None,
    expect_no_ai: bool,
    only: str | None,
    as_json: bool,
    allow_modified_model: bool,
    model_dir: Path | None = None,
) -> int:
    from ..evaluation import evaluate_excerpts, evaluate_folder
    from ..pipeline import Options

    options = Options(allow_modified_model=allow_modified_model)
    quiet = as_json or term is None  # JSON on stdout, or called from code: no progress lines
    classifier = None
    if model_dir is not None:  # a candidate: measure it, not the installed model
        from ..classify.model import ClauseClassifier

        classifier = ClauseClassifier.load(model_dir, allow_modified=allow_modified_model)
        if not quiet:
            click.echo(f"model: {model_dir} (sha256 {(classifier.model_sha256 or '?')[:16]})", err=True)
    if path.is_file():
        result = evaluate_excerpts(path, options=options, classifier=classifier)
        if as_json:
            click.echo(json.dumps({"file": str(path), **result}, indent=2, ensure_ascii=False))
            return int(ExitCode.OK)
        click.echo(f"{path}: {result['excerpts']} excerpts known to hold no AI clause")
        click.echo(
            f"  with an AI label after the evidence stage: {result['ai_labelled']} "
            f"({result['per_1000']} per 1,000; the model alone: {result['model_only_per_1000']} per 1,000)"
        )
        for cat, v in result["by_category"].items():
            click.echo(f"    {cat or '(no category)'}: {v['ai_labelled']} of {v['excerpts']}")
        return int(ExitCode.OK)
    suffixes = tuple("." + s.strip().lstrip(".").lower() for s in only.split(",")) if only else None

    def progress(name: str) -> None:
        if not quiet:
            click.echo(f"  checking {name}", err=True)

    summary = evaluate_folder(
        path,
        truth=truth,
        expect_no_ai=expect_no_ai,
        suffixes=suffixes,
        options=options,
        progress=progress,
        classifier=classifier,
    )
    payload = summary.to_json(expect_no_ai=expect_no_ai)
    if as_json:
        click.echo(json.dumps({"folder": str(path), **payload}, indent=2, ensure_ascii=False))
        return int(ExitCode.OK)
    click.echo(f"{path}: {payload['documents']} documents ({payload['failed']} could not be read)")
    for metric, t in payload["totals"].items():
        if expect_no_ai and metric == "presence":
            continue
        click.echo(f"  {_NAMES.get(metric, metric):<42} {_pct(t['right'], t['total'])}")
    if expect_no_ai:
        n = payload["no_ai"]
        click.echo(
            f"  {'documents with an AI clause found':<42} {n['documents_with_ai_found']} of "
            f"{payload['documents'] - payload['failed']}"
        )
        click.echo(
            f"  {'clauses with an AI label':<42} {n['ai_labelled_clauses']} of {n['clauses']} "
            f"({n['per_1000_clauses']} per 1,000)"
        )
    for lang, part in payload.get("by_language", {}).items():
        figures = ", ".join(
            f"{_NAMES.get(m, m).split(' (')[0]} {t['right']}/{t['total']}"
            for m, t in part["totals"].items()
            if m in ("presence", "stance", "citation", "law")
        )
        click.echo(f"  {lang} ({part['documents']} documents): {figures}")
    click.echo("")
    for d in payload["per_document"]:
        if d.get("failed"):
            click.echo(f"{d['file']}: could not be read: {d['failed']}")
            continue
        errs = list(d.get("errors", []))
        if expect_no_ai and d.get("ai_found"):
            errs.insert(0, "AI clauses found: " + ", ".join(d["ai_found"]))
        if errs:
            click.echo(f"{d['file']}:")
            for e in errs:
                click.echo(f"    {e}")
    return int(ExitCode.OK)
