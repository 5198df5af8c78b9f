"""``clausecheck eval``: score clausecheck on labelled material.

* ``clausecheck eval DIR``: whole contracts with truth files, scored document by document
  (see docs/evaluation.md);
* ``clausecheck eval DIR --expect-no-ai`` / ``eval EXCERPTS.jsonl --expect-no-ai``: contracts
  or clause excerpts known to hold no AI clause, and the AI labels they get anyway;
* ``clausecheck eval [FILE.jsonl]``: the clause model on labelled clauses (the dev set's format).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode


@click.command(name="eval")
@click.argument("file", required=False, type=click.Path(path_type=Path), metavar="[DIR | FILE.jsonl]")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON instead of a table.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="text (a table) or json. Example: --format json",
)
@click.option(
    "--truth",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Where the truth files are, if not in DIR: a folder of NAME.truth.json files or one JSON "
    "object keyed by file name. Example: --truth labelled/truth/",
)
@click.option(
    "--expect-no-ai",
    is_flag=True,
    help="The contracts (or excerpts) hold no AI clause: count those that get one anyway.",
)
@click.option(
    "--only",
    "only",
    default=None,
    metavar="SUFFIXES",
    help="Read only these file types from DIR. Example: --only pdf,docx",
)
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="Also list each clause the model got wrong: its id, the labels missed or added with their "
    "scores, and wrong stances (never the clause text).",
)
@click.option(
    "--model",
    "model_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Score the model in this folder instead of the installed one. Example: --model my-model/",
)
@click.option("--allow-modified-model", is_flag=True, help="Score model files that differ from the recorded hashes.")
@click.pass_obj
def command(
    term: Any,
    file: Path | None,
    as_json: bool,
    fmt: str,
    truth: Path | None,
    expect_no_ai: bool,
    only: str | None,
    show_errors: bool,
    model_dir: Path | None,
    allow_modified_model: bool,
) -> int:
    """Score clausecheck on labelled contracts, as a lawyer meets it.

    With a folder DIR: every contract in it that has a truth file (NAME.truth.json
    beside it, or in --truth) is checked as `clausecheck FILE` would, and its report
    scored: each AI clause found or missing, its stance, who a distillation ban binds,
    whether the cited clause holds the operative text, the governing law's ISO codes,
    the dispute mechanism and forum, and the findings against the truth's gaps. With
    --expect-no-ai, every contract in DIR (or every excerpt of a JSON Lines file) is
    taken to hold no AI clause, and those that get one are counted.

    With a JSON Lines FILE (no --expect-no-ai): scores the clause model on labelled
    clauses in the dev set's format (objects with "text", "labels" and, for AI labels,
    "stance" and "binds"). Prints per-label precision, recall, F1 and precision at 80 % recall, the
    macro-F1 over the six labels and the stance accuracy on the AI labels that
    are present. Without FILE it uses $CLAUSECHECK_DEVSET or the shared dev set
    next to a source checkout.

    \b
    Examples:
      clausecheck eval labelled-contracts/
      clausecheck eval built/ --truth truth/ --only pdf --format json
      clausecheck eval pre-ai-contracts/ --expect-no-ai
      clausecheck eval
      clausecheck eval my-clauses.jsonl --errors
    """
    as_json = as_json or fmt == "json"
    if file is not None and (file.is_dir() or expect_no_ai):
        from .evaluate_docs import run_documents

        return run_documents(
            term,
            file,
            truth=truth,
            expect_no_ai=expect_no_ai,
            only=only,
            as_json=as_json,
            allow_modified_model=allow_modified_model,
            model_dir=model_dir,
        )
    from ..classify.model import ClauseClassifier
    from ..training.evaluate import default_devset, errors_list, evaluate, format_table, load_labelled

    if file is None:
        file = default_devset()
        if file is None:
            raise click.UsageError(
                "no FILE given and no dev set found: name a labelled JSON Lines file, or set CLAUSECHECK_DEVSET."
            )
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
    click.echo(
        format_table(result, title=f"{file} ({len(rows)} clauses), model sha256 {(clf.model_sha256 or '?')[:16]}")
    )
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
