"""``clausecheck check PATH...`` (the default command): check contracts and print a report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import ClauseCheckError, ExitCode, InputError, OutputError
from .terminal import text_stdout

FAIL_LEVELS = ("high", "medium", "low", "info", "never")


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose the rules and the playbook, the same for `check` and `scan`."""
    command = click.option(
        "--ignore", multiple=True, metavar="ID", help="Skip these rules (repeatable). Example: --ignore GL003"
    )(command)
    command = click.option(
        "--select",
        multiple=True,
        metavar="ID",
        help="Run only these rules (repeatable; a prefix such as AI selects a family). Example: --select DR",
    )(command)
    return click.option(
        "--playbook",
        type=click.Path(dir_okay=False),
        default=None,
        help="Your playbook (YAML): accepted laws and forums, required clauses. Example: --playbook jp.yaml",
    )(command)


READABLE = (".pdf", ".docx", ".docm", ".dotx", ".txt", ".md", ".markdown")


def expand_paths(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Files as given; folders expanded recursively, in sorted order, to the files clausecheck reads.

    Returns (files, folders that hold nothing clausecheck reads).
    """
    out: list[str] = []
    empty: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            from ..batch.discover import REDLINE_MARKER

            redlines = [m.parent for m in p.rglob(REDLINE_MARKER)]  # `scan --redline` output, not contracts
            found = [
                str(child)
                for child in sorted(p.rglob("*"))
                if child.is_file()
                and child.suffix.lower() in READABLE
                and not child.name.startswith((".", "~$"))
                and not any(d in child.parents for d in redlines)
            ]
            if not found:
                empty.append(raw)
            out.extend(found)
        else:
            out.append(raw)
    return out, empty


def check_output_path(target: Path, overwrite: bool) -> None:
    """An output file goes into an existing folder, and replaces a file only when asked to."""
    if target.exists() and not overwrite:
        raise OutputError("E401", str(target))
    if not target.parent.is_dir():
        raise OutputError("E405", str(target), folder=str(target.parent))


def fail_on_level(value: str):
    from ..findings import Severity

    return None if value == "never" else Severity.parse(value)


@click.command(name="check")
@click.argument("paths", nargs=-1, required=True, metavar="FILE_OR_FOLDER...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Report format. json gives one JSON object per file (JSON Lines when several files). "
    "Example: --format json > report.json",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report to this file instead of the screen (an existing file is kept unless "
    "--overwrite is given; its folder must exist). Example: -o review.md",
)
@click.option("--overwrite", is_flag=True, help="With -o: replace the output file if it already exists.")
@rule_options
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default="high",
    show_default=True,
    help="Exit with code 1 when a finding is at or above this severity; 'never' always exits 0 "
    "unless a file could not be read.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (unreadable files still give 2).")
@click.option("--outline", is_flag=True, help="Show every clause in the outline, not only the top-level ones.")
@click.option("--preview", is_flag=True, help="Also run rules still in preview.")
@click.option(
    "--allow-modified-model",
    is_flag=True,
    help="Use model files that differ from the recorded hashes (recorded in every report).",
)
@click.option(
    "--allow-modified-rules",
    is_flag=True,
    help="Use rules files that differ from rules/SHA256SUMS (recorded in every report).",
)
@click.pass_obj
def command(
    term,
    paths,
    fmt,
    output,
    overwrite,
    playbook,
    select,
    ignore,
    fail_on,
    exit_zero,
    outline,
    preview,
    allow_modified_model,
    allow_modified_rules,
):
    """Check one or more contracts (PDF, DOCX, TXT, MD) and report the AI security clauses,
    governing law and dispute resolution, with findings a lawyer can act on.

    \b
    Examples:
      clausecheck contract.pdf
      clausecheck contract.docx --format json -o report.json
      clausecheck contracts/*.pdf --fail-on medium
    """
    from ..pipeline import Options, analyse, resolve_playbook
    from ..report import error_report, exit_code

    if output is not None:  # before any work: a report that cannot be written is not made
        check_output_path(Path(output), overwrite)
    files, empty = expand_paths(paths)
    failed = 0
    for folder in empty:
        failed += 1
        term.error(InputError("E114", folder).message)
    if not files:
        return int(ExitCode.CANNOT_RUN)
    options = Options(
        select=tuple(select),
        ignore=tuple(ignore),
        preview=preview,
        allow_modified_model=allow_modified_model,
        allow_modified_rules=allow_modified_rules,
        playbook=resolve_playbook(playbook) if playbook else None,
    )

    chunks: list[str] = []
    reports = []
    color = term.color and output is None and fmt == "text" and text_stdout().isatty()
    for path in files:
        try:
            report = analyse(path, options=options)
        except ClauseCheckError as e:
            if e.exit_code != ExitCode.CANNOT_RUN or e.code.startswith(("E2", "E3")):
                raise  # model or configuration problems affect every file: stop now
            failed += 1
            term.error(e.message)
            if fmt == "json":
                import json

                line = json.dumps(error_report(path, e), ensure_ascii=False, separators=(",", ":")) + "\n"
                if output is None:
                    click.echo(line, nl=False)
                else:
                    chunks.append(line)
            continue
        reports.append(report)
        if fmt == "json":
            from ..render.json import render as render_json

            chunks.append(render_json(report, lines=len(files) > 1))
        elif fmt == "markdown":
            from ..render.markdown import render as render_md

            chunks.append(render_md(report))
        else:
            from ..render.text import render as render_text

            chunks.append(render_text(report, color=color, outline=outline, width=_text_width(output)))
        for _code, message in report.warnings:
            term.detail(f"{path}: warning: {message}")
        if output is None:
            click.echo(chunks.pop(), nl=False)
    if output is not None:
        from ..fileio import write_atomic

        target = Path(output)
        if any(target.resolve() == Path(f).resolve() for f in files):
            raise OutputError("E403", output)
        try:
            write_atomic(target, "".join(chunks) if fmt != "text" else "\n".join(chunks))
        except OSError as e:
            raise OutputError("E402", output, detail=e.strerror or str(e)) from e
        term.info(f"Report written to {output}.")

    code = exit_code(reports, failed, fail_on_level(fail_on))
    if exit_zero and code == ExitCode.FINDINGS:
        code = ExitCode.OK
    return int(code)


def _text_width(output: Any) -> int:
    """The terminal's width when the report goes to a terminal (between 60 and 160), else 100 columns,
    so that a saved report is the same wherever it was made."""
    import shutil
    import sys

    if output is None and sys.stdout.isatty():
        return max(60, min(160, shutil.get_terminal_size((100, 24)).columns))
    return 100
