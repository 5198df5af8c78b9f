"""``clausecheck scan DIR``: check a whole folder of contracts and write a portfolio summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import ExitCode
from .check import FAIL_LEVELS, fail_on_level, rule_options
from .terminal import text_stdout

if TYPE_CHECKING:
    from ..pipeline import Options


class _RichProgress:
    """Documents done, the current rate and the time left, on stderr (only on an interactive terminal)."""

    def __init__(self, term: Any) -> None:
        self.term = term
        self.progress: Any = None
        self.task: Any = None

    def start(self, total: int, done: int) -> None:
        if total <= 0:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed * 60:.0f} docs/min" if speed else "-- docs/min")

        self.progress = Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.term.err,
            transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("scan", total=total)

    def advance(self, result: Any) -> None:
        if not result.ok and result.message:
            self.term.warning(result.message)
        if self.progress is not None:
            self.progress.advance(self.task)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


class _QuietProgress:
    def __init__(self, term: Any, quiet: bool) -> None:
        self.term = term
        self.quiet = quiet

    def start(self, total: int, done: int) -> None:
        pass

    def advance(self, result: Any) -> None:
        if not result.ok and result.message and not self.quiet:
            self.term.warning(result.message)

    def stop(self) -> None:
        pass


@click.command(name="scan")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, dir_okay=True), metavar="DIR")
@click.option(
    "-o",
    "--out",
    "outdir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the reports and summaries. Default: a folder next to DIR named "
    "DIR.clausecheck (contracts/ -> contracts.clausecheck/). Example: --out review/",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="How many documents to check at the same time; each keeps one CPU core busy. "
    "Default: the number of CPU cores. "
    "Example: --workers 2",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=120.0,
    show_default=True,
    help="Seconds allowed per document; a file that takes longer is stopped and reported "
    "(0 = no limit). Example: --timeout 300",
)
@click.option("--force", is_flag=True, help="Check every document again, ignoring results kept from earlier scans.")
@click.option(
    "--follow-links",
    is_flag=True,
    help="Also read files and folders that symbolic links inside DIR point to outside DIR "
    "(by default such links are listed as skipped and not read).",
)
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="Only check files matching this pattern (repeatable). Example: --include '*.pdf'",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Leave out files or folders matching this pattern (repeatable). Example: --exclude 'drafts/**'",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="How the summary is printed on screen: a table of the worst contracts first, JSON "
    "(every row plus the scan's counts) or Markdown. The files in the output folder are "
    "always written.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=25,
    show_default=True,
    help="How many contracts the on-screen table shows (text format). Example: --top 50",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no per-file warnings.")
@rule_options
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    default="high",
    show_default=True,
    help="Exit with code 1 when any contract has a finding at or above this severity; 'never' "
    "always exits 0 unless a file could not be read (then 2).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (unreadable files still give 2).")
@click.option("--preview", is_flag=True, help="Also run rules still in preview.")
@click.option(
    "--allow-modified-model",
    is_flag=True,
    help="Use model files that differ from the recorded hashes (recorded in every report).",
)
@click.option(
    "--allow-modified-rules",
    is_flag=True,
    help="Use rule files that differ from the recorded hashes (recorded in every report).",
)
@click.option(
    "--no-model",
    "no_model",
    is_flag=True,
    hidden=True,
    help="Skip the clause model (law and dispute checks only; AI columns say 'not checked').",
)
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where the documents are checked: processes on this machine, or a Ray cluster (needs "
    "pip install 'clausecheck[ray]'; see docs/ray.md). Example: --engine ray",
)
@click.option(
    "--address",
    default=None,
    metavar="ADDR",
    help="With --engine ray: the Ray cluster to use (as `ray status` shows it on the head node). "
    "Default: a private Ray on this machine with --workers CPUs. Example: --address 10.0.0.5:6379",
)
@click.option(
    "--classify-in",
    type=click.Choice(["workers", "parent"]),
    default="parent",
    hidden=True,
    help="Where the model runs: in every worker, or once in the main process for all documents.",
)
@click.option(
    "--redline",
    "redline_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Also write a Word redline (tracked changes and comments) of every checked contract into "
    "DIR, mirroring the folder: contracts/a/msa.pdf -> DIR/a/msa.redline.docx (msa.pdf.redline.docx "
    "when msa.docx is there too). Scans skip DIR later on.",
)
@click.option(
    "--author",
    default="clausecheck",
    show_default=True,
    help="With --redline: the author name on the tracked changes and comments.",
)
@click.pass_obj
def command(
    term,
    folder,
    outdir,
    workers,
    timeout,
    force,
    follow_links,
    include,
    exclude,
    fmt,
    top,
    quiet,
    playbook,
    select,
    ignore,
    fail_on,
    exit_zero,
    preview,
    allow_modified_model,
    allow_modified_rules,
    no_model,
    engine_name,
    address,
    classify_in,
    redline_dir,
    author,
):
    """Check every contract in a folder (PDF, DOCX, TXT, MD, in sub-folders too) and write a
    report per contract plus a portfolio summary a lawyer can sort: summary.html (open it in
    a browser), summary.xlsx and summary.csv, one row per contract.

    \b
    Results are kept: a second scan of the same folder re-reads only new or changed files.
    Ctrl-C stops cleanly; run the same command again to continue. Hidden files and
    temporary Office files (~$contract.docx) are ignored; other file types are listed as skipped.

    \b
    Examples:
      clausecheck scan contracts/                      writes contracts.clausecheck/
      clausecheck scan contracts/ --out review/ --workers 4
      clausecheck scan dataroom/ --exclude 'archive/**' --fail-on medium
    """
    from ..batch.runner import scan
    from ..pipeline import Options, resolve_playbook

    options = Options(
        classify=not no_model,
        select=tuple(select),
        ignore=tuple(ignore),
        preview=preview,
        allow_modified_model=allow_modified_model,
        allow_modified_rules=allow_modified_rules,
        playbook=resolve_playbook(playbook) if playbook else None,
    )
    show_progress = term.interactive and not quiet
    progress = _RichProgress(term) if show_progress else _QuietProgress(term, quiet or term.verbosity < 0)
    engine = None
    if engine_name == "ray":  # Ray is imported only here, and only when the scan has work for it
        from ..batch.engine_ray import RayEngine

        engine = RayEngine(options, workers=workers, address=address, timeout=timeout or None)
    elif address:
        raise click.UsageError("--address needs --engine ray")
    if redline_dir is not None:
        try:  # redlines written inside the scanned folder are not contracts to scan, now or later
            inside = Path(redline_dir).resolve().relative_to(Path(folder).resolve())
        except ValueError:
            inside = None
        if inside is not None and inside.as_posix() in ("", "."):
            from ..errors import OutputError

            raise OutputError("E404", str(redline_dir))
        if inside is not None:
            exclude = tuple(exclude) + (f"{inside.as_posix()}/**",)
    outcome = scan(
        folder,
        outdir,
        options=options,
        include=tuple(include),
        exclude=tuple(exclude),
        workers=workers,
        timeout=timeout or None,
        force=force,
        follow_links=follow_links,
        fail_on=fail_on_level(fail_on),
        progress=progress,
        engine=engine,
        engine_options={"classify_in": classify_in},
    )
    from ..batch import summary

    m = outcome.manifest
    if fmt == "json":
        click.echo(summary.json_text(outcome.rows, m), nl=False)
    elif fmt == "markdown":
        click.echo(summary.markdown_text(summary.worst_first(outcome.rows)), nl=False)
    else:
        tty = text_stdout().isatty()
        import shutil

        # the terminal's width (or $COLUMNS when the output is piped), within 80 to 200 columns
        width = min(200, max(80, shutil.get_terminal_size((160, 24)).columns))
        click.echo(summary.terminal_table(outcome.rows, limit=top, color=term.color and tty, width=width), nl=False)
    cache = m["cache"]
    line = (
        f"{m['checked']} checked, {m['failed']} could not be read, {len(m['skipped'])} skipped "
        f"({m['extracted']} read now, {cache['hits']} from earlier scans). Results in {outcome.outdir}/"
    )
    if not quiet:
        term.info(line)
    if redline_dir is not None and not outcome.interrupted:
        _redlines(term, Path(folder), redline_dir, outcome.rows, options, author, quiet)
    if outcome.interrupted:
        term.info(
            f"Interrupted: {m['remaining']} documents not checked yet. Run the same command again "
            "to continue; finished reports were kept."
        )
        return int(ExitCode.INTERRUPTED)
    code = outcome.exit_code
    if exit_zero and code == ExitCode.FINDINGS:
        code = ExitCode.OK
    return int(code)


def _redlines(
    term: Any, folder: Path, target: Path, rows: list[dict[str, Any]], options: Options, author: str, quiet: bool
) -> None:
    """Write a redline of every checked contract into ``target`` (one at a time, after the scan).

    Each redline is made from the original file, so running the scan again refreshes them;
    a contract whose redline cannot be made is named with the reason and the others go on.
    """
    from ..batch.discover import REDLINE_MARKER, redline_names
    from ..errors import ClauseCheckError
    from ..fileio import write_atomic
    from ..redline.apply import redline_file

    made = 0
    checked = [row["file"] for row in rows if row.get("status") == "checked"]
    names = redline_names(checked)
    try:  # marks the folder as clausecheck's output: `scan` and `check` never read it as contracts
        marker = target / REDLINE_MARKER
        if not marker.is_file():
            write_atomic(marker, "Redlines written by `clausecheck scan --redline`; scans skip this folder.\n")
    except OSError as e:
        from ..errors import OutputError

        term.error(OutputError("E402", str(target), detail=e.strerror or type(e).__name__).message)
        return
    for file in checked:
        rel = Path(file)
        source = folder / rel
        out = target / names[file]
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            redline_file(source, output=out, overwrite=True, author=author, options=options)
            made += 1
        except ClauseCheckError as e:
            term.error(e.message)
        except OSError as e:
            term.error(f"{out}: the redline cannot be written ({e.strerror or type(e).__name__}). [E402]")
    if not quiet:
        term.info(f"{made} redline(s) written to {target}/")
