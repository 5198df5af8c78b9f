"""``clausecheck eval [FILE.jsonl]``: score the model on a labelled JSON Lines file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode


@click.command(name="eval")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path), metavar="[FILE.jsonl]")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON instead of a table.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list each clause the model got wrong: its id, the labels missed or added with their "
                   "scores, and wrong stances (never the clause text).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Score the model in this folder instead of the installed one. Example: --model my-model/")
@click.option("--allow-modified-model", is_flag=True, help="Score model files that differ from the recorded hashes.")
@click.pass_obj
def command(term: Any, file: Path | None, as_json: bool, show_errors: bool, model_dir: Path | None,
            allow_modified_model: bool) -> int:
    """Score the clause model on a labelled JSON Lines file in the dev set's format
    (objects with "text", "labels" and, for AI labels, "stance" and "binds").

    Prints per-label precision, recall, F1 and precision at 80 % recall, the
    macro-F1 over the six labels and the stance accuracy on the AI labels that
    are present. Without FILE it uses $CLAUSECHECK_DEVSET or the shared dev set
    next to a source checkout.

    \b
    Examples:
      clausecheck eval
      clausecheck eval my-clauses.jsonl --errors
    """
    from ..classify.model import ClauseClassifier
    from ..training.evaluate import default_devset, errors_list, evaluate, format_table, load_labelled

    if file is None:
        file = default_devset()
        if file is None:
            raise click.UsageError("no FILE given and no dev set found: name a labelled JSON Lines file, "
                                   "or set CLAUSECHECK_DEVSET.")
    rows = load_labelled(file)
    clf = ClauseClassifier.load(model_dir, allow_modified=allow_modified_model)
    if clf.modified and term is not None:
        term.warning(f"the model files {', '.join(clf.modified)} differ from SHA256SUMS [W301]")
    preds = [p.to_json() for p in clf.predict([str(r["text"]) for r in rows], all_stances=True)]
    result = evaluate(rows, preds)
    errs = errors_list(rows, preds) if show_errors else None
    if as_json:
        payload: dict[str, Any] = {"file": str(file), "model_sha256": clf.model_sha256, **result}
        if errs is not None:
            payload["errors"] = errs
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return int(ExitCode.OK)
    click.echo(format_table(result, title=f"{file} ({len(rows)} clauses), model sha256 {(clf.model_sha256 or '?')[:16]}"))
    if errs:
        click.echo("")
        click.echo(f"{len(errs)} clauses with an error:")
        for e in errs:
            parts = []
            if e["missed"]:
                parts.append("missed " + ", ".join(f"{k} ({v:.2f})" for k, v in e["missed"].items()))
            if e["extra"]:
                parts.append("added " + ", ".join(f"{k} ({v:.2f})" for k, v in e["extra"].items()))
            if e["stance"]:
                parts.append("stance " + ", ".join(f"{k} {v}" for k, v in e["stance"].items()))
            if e["binds"]:
                parts.append(f"binds {e['binds']}")
            click.echo(f"  {e['id']}: " + "; ".join(parts))
    return int(ExitCode.OK)
