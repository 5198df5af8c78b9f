"""The ``clausecheck`` command: a click group whose default command is ``check``.

``clausecheck contract.pdf`` is ``clausecheck check contract.pdf``.  Only this
package (and ``render/text.py``) imports click and rich; everything heavy is
imported inside the command that needs it, so ``--help`` and ``--version``
stay fast.  ``main()`` is the one place that turns exceptions into exit codes.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import ClauseCheckError, ExitCode

# Privacy first: no hub look-ups, no telemetry, whatever the user's environment says.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

#: command name -> module under clausecheck.cli defining ``command``
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "Check contracts and print a report (the default command)."),
    "scan": ("scan", "Scan a folder of contracts and write a portfolio summary."),
    "redline": ("redline", "Write a Word copy of a contract with tracked changes and comments."),
    "classify": ("classify", "Classify clauses given one per line or as JSON Lines."),
    "eval": ("evaluate", "Score the model on a labelled JSON Lines file."),
    "model": ("model", "Show the model card and verify the model files."),
    "train": ("train", "Fine-tune the clause model (needs the 'train' extra)."),
    "rules": ("rules", "List the rules or explain one."),
}


def _available(name: str) -> bool:
    module = COMMANDS[name][0]
    here = os.path.dirname(__file__)
    return os.path.exists(os.path.join(here, f"{module}.py"))


class DefaultGroup(click.Group):
    """A group that runs ``check`` when the first argument is not a command."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _available(name):
            return None
        module = importlib.import_module(f"{__name__}.{COMMANDS[name][0]}")
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Insert the default command when the first non-option argument is not a command.
        rest = list(args)
        i = 0
        while i < len(rest) and rest[i].startswith("-") and rest[i] not in ("--",):
            i += 1
        if i < len(rest) and rest[i] not in COMMANDS and not any(a in ("--help", "-h", "--version") for a in rest[:i]):
            rest.insert(i, "check")
        return super().parse_args(ctx, rest)


def _version_text() -> str:
    lines = [f"clausecheck {__version__}"]
    try:
        import json
        import stat

        from .. import _pins
        from ..fileio import sha256_file
        from ..resources import classifier_dir

        folder = classifier_dir()
        card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        name = card.get("name", "clause-classifier")
        model = folder / "model.int8.onnx"
        st = os.stat(model)
        if not stat.S_ISREG(st.st_mode) or st.st_size > 512 * 2**20:
            from ..errors import ModelError

            refused = ModelError("E305", model, detail="not a regular file, or larger than 512 MB")
            lines.append(f"model: {name}: {refused.message}")
            return "\n".join(lines)
        digest = sha256_file(model)  # the file that would be loaded, not what the card says
        note = "" if digest == _pins.MODEL.get("model.int8.onnx") else " (MODIFIED: not the model of this release)"
        lines.append(f"model: {name} sha256:{digest[:16]}{note}")
    except (OSError, ValueError):
        lines.append("model: not installed")
    return "\n".join(lines)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit(0)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and the model's name and hash, then exit.",
)
@click.option("-v", "--verbose", count=True, help="Say more on the terminal (repeat for even more).")
@click.option("-q", "--quiet", count=True, help="Say less: only the report and errors.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (NO_COLOR is honoured).")
@click.option("--debug", is_flag=True, help="Show a full traceback when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: int, color: bool | None, debug: bool) -> None:
    """Check AI vendor contracts offline: AI security clauses, governing law and
    dispute resolution, with Word redlines.

    \b
    Examples:
      clausecheck contract.pdf                 check one contract
      clausecheck contract.docx --format json  the report as JSON
      clausecheck scan contracts/ --out review/
      clausecheck redline contract.docx
    """
    from .terminal import Terminal

    ctx.obj = Terminal(verbosity=verbose - quiet, color=color, debug=debug)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and map every outcome to an ExitCode."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        rv = cli.main(args=args, prog_name="clausecheck", standalone_mode=False)
    except click.exceptions.Exit as e:
        return _exit(int(e.exit_code or 0), argv)
    except click.exceptions.Abort:
        click.echo("Interrupted.", err=True)
        return _exit(ExitCode.INTERRUPTED, argv)
    except click.ClickException as e:
        e.show()
        return _exit(ExitCode.CANNOT_RUN, argv)
    except ClauseCheckError as e:
        click.echo(f"error: {e.message}", err=True)
        if debug:
            import traceback

            traceback.print_exc()
        return _exit(e.exit_code, argv)
    except KeyboardInterrupt:
        click.echo("Interrupted; finished results were kept.", err=True)
        return _exit(ExitCode.INTERRUPTED, argv)
    except BrokenPipeError:
        return _exit(ExitCode.OK, argv)
    except OSError as e:
        import errno

        if e.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG):
            return _internal(e, debug, argv)
        # a full disk or a read-only folder wherever an output was being written: E402, never a "bug"
        from ..errors import OutputError

        err = OutputError("E402", e.filename, detail=e.strerror or str(e))
        click.echo(f"error: {err.message}", err=True)
        if debug:
            import traceback

            traceback.print_exc()
        return _exit(err.exit_code, argv)
    except Exception as e:  # noqa: BLE001 - the one place that catches everything
        return _internal(e, debug, argv)
    code = int(rv) if isinstance(rv, int) else 0
    return _exit(code, argv)


def _internal(e: BaseException, debug: bool, argv: Any) -> int:
    if debug:
        import traceback

        traceback.print_exc()
    click.echo(
        f"internal error: {type(e).__name__}: {e}. This is a bug in clausecheck; please report it "
        "(run again with --debug for details) [E900]",
        err=True,
    )
    return _exit(ExitCode.INTERNAL, argv)


def _exit(code: int, argv: Any) -> int:
    if argv is None:
        sys.stdout.flush()
        sys.exit(int(code))
    return int(code)
