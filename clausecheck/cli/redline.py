"""``clausecheck redline FILE``: a Word copy of the contract with tracked changes and comments."""

from __future__ import annotations

import click

from ..errors import ExitCode


@click.command(name="redline")
@click.argument("path", type=click.Path(dir_okay=True), metavar="FILE")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to write the Word copy (default: NAME.redline.docx beside the contract). "
    "Example: -o contract-reviewed.docx",
)
@click.option(
    "--playbook",
    type=click.Path(dir_okay=False),
    default=None,
    help="Your playbook (YAML): which law, forum and clause strength to propose. Example: --playbook jp.yaml",
)
@click.option(
    "--author",
    default="clausecheck",
    show_default=True,
    help='The name Word shows on the tracked changes and comments. Example: --author "J. Tanaka"',
)
@click.option("--overwrite", is_flag=True, help="Replace the output file if it already exists.")
@click.option(
    "--tracked/--comments-only",
    "tracked",
    default=None,
    help="Tracked changes, or comments and a negotiation memo only. By default click-through terms "
    "(accepted by use, not signed) get comments only and contracts get tracked changes. "
    "Example: --tracked",
)
@click.option(
    "--select",
    multiple=True,
    metavar="ID",
    help="Redline only these rules (repeatable; a prefix such as AI selects a family). Example: --select AI",
)
@click.option("--ignore", multiple=True, metavar="ID", help="Skip these rules (repeatable). Example: --ignore GL003")
@click.option("--preview", is_flag=True, help="Also apply rules still in preview.")
@click.option("--allow-modified-model", is_flag=True, help="Use model files that differ from the recorded hashes.")
@click.option(
    "--allow-modified-rules", is_flag=True, help="Use rules or library files that differ from rules/SHA256SUMS."
)
@click.option(
    "--no-model",
    "no_model",
    is_flag=True,
    hidden=True,
    help="Skip the clause model (rule-based checks only; every AI clause then counts as missing).",
)
@click.pass_obj
def command(
    term,
    path,
    output,
    playbook,
    author,
    overwrite,
    tracked,
    select,
    ignore,
    preview,
    allow_modified_model,
    allow_modified_rules,
    no_model,
):
    """Write a Word copy of a contract with clausecheck's suggestions as tracked changes
    (missing clauses inserted, weak clauses replaced from the clause library) and a margin
    comment on each clause a finding concerns. The contract itself is never changed; a PDF is
    first rebuilt as a clean Word document.

    \b
    Examples:
      clausecheck redline contract.docx
      clausecheck redline contract.pdf -o contract-reviewed.docx --author "Legal"
      clausecheck redline contract.docx --playbook jp.yaml --overwrite
    """
    from pathlib import Path

    from ..errors import InputError
    from ..pipeline import Options, resolve_playbook
    from ..redline.apply import redline_file

    if Path(path).is_dir():
        raise InputError("E107", path)
    if not author.strip():
        raise click.BadParameter("the author name cannot be empty", param_hint="--author")
    options = Options(
        classify=not no_model,
        select=tuple(select),
        ignore=tuple(ignore),
        preview=preview,
        allow_modified_model=allow_modified_model,
        allow_modified_rules=allow_modified_rules,
        playbook=resolve_playbook(playbook) if playbook else None,
    )
    outcome = redline_file(
        path, output=output, overwrite=overwrite, author=author.strip(), options=options, tracked=tracked
    )
    res = outcome.result
    for _code, message in outcome.report.warnings:
        term.detail(f"{path}: warning: {message}")
    for message in outcome.unread:  # never silent: the redline does not hold these pages
        term.warning(f"{path}: {message} They are not in the redline.")
    for note in res.notes:
        if note.startswith(("Who is the", "This document relies")):
            term.detail(f"{path}: {note}")
    for why in res.skipped:
        term.detail(f"{path}: {why}")
    inserted = sum(1 for c in res.changes if c.kind == "insert")
    replaced = sum(1 for c in res.changes if c.kind == "replace")
    rebuilt = (
        f" (rebuilt from the {Path(path).suffix.lstrip('.').upper() or 'text'} as a Word document)"
        if outcome.rebuilt
        else ""
    )
    mode = (
        ""
        if res.tracked
        else " (click-through terms: comments and a negotiation memo, no tracked changes; --tracked to change the text)"
    )
    if tracked is False:
        mode = " (comments only, as asked: comments and a negotiation memo, no tracked changes)"
    term.info(
        f"Redline written to {outcome.output}{rebuilt}: {inserted} clause(s) inserted, {replaced} replaced, "
        f"{res.comments} comment(s){mode}."
    )
    click.echo(str(outcome.output))
    return int(ExitCode.OK)
