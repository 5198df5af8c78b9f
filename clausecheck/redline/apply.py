"""One contract in, one redlined Word copy out: the library API behind ``clausecheck redline``.

    from clausecheck.redline.apply import redline_file
    outcome = redline_file("contract.docx")          # writes contract.redline.docx beside it

A DOCX is redlined as it is.  Any other input (PDF, TXT, MD) is first rebuilt as
a clean DOCX from its clause tree (:mod:`.rebuild`); that DOCX is read again so
the findings point at its paragraphs, then redlined.  The input is only ever
read; the output is written atomically and never over an existing file unless
``overwrite`` is set, and never over the input.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..fileio import write_atomic
from .docx import RedlineResult, redline_docx

if TYPE_CHECKING:
    from ..checks.playbook import Playbook
    from ..pipeline import Options

SUFFIX = ".redline.docx"


@dataclass(slots=True)
class RedlineOutcome:
    output: Path
    result: RedlineResult
    report: Any  # the Report the redline was made from (of the rebuilt DOCX for a PDF)
    rebuilt: bool  # True when the input was not a DOCX
    unread: tuple[str, ...] = ()  # the input's pages that could not be read (no text layer), as messages


def default_output(path: str | Path) -> Path:
    """``NAME.redline.docx`` beside the input (``NAME.redline.docx`` stays ``NAME.redline.redline.docx``)."""
    p = Path(path)
    return p.with_name(p.stem + SUFFIX) if p.suffix else p.with_name(p.name + SUFFIX)


def check_output(path: str | Path, output: Path, overwrite: bool) -> None:
    if output.resolve() == Path(path).resolve():
        raise OutputError("E403", str(output))
    if output.exists() and not overwrite:
        raise OutputError("E401", str(output))
    if not output.parent.is_dir():  # a mistyped folder is not created behind the user's back
        raise OutputError("E405", str(output), folder=str(output.parent))


def redline_file(
    path: str | Path,
    *,
    output: str | Path | None = None,
    overwrite: bool = False,
    author: str = "clausecheck",
    options: Options | None = None,
    date: _dt.datetime | None = None,
    playbook: Playbook | str | Path | None = None,
    tracked: bool | None = None,
) -> RedlineOutcome:
    """Analyse ``path`` and write its redline; returns where and what was done.  ``playbook`` (a
    Playbook or a file) replaces the one in ``options``."""
    from ..pipeline import Options, analyse, resolve_playbook

    opts = options or Options()
    if playbook is not None:
        opts = replace(opts, playbook=resolve_playbook(playbook))
    out = Path(output) if output is not None else default_output(path)
    check_output(path, out, overwrite)
    report = analyse(path, options=opts)
    return redline_report(
        path, report, output=out, overwrite=overwrite, author=author, options=opts, date=date, tracked=tracked
    )


def redline_report(
    path: str | Path,
    report: Any,
    *,
    output: str | Path | None = None,
    overwrite: bool = False,
    author: str = "clausecheck",
    options: Options | None = None,
    date: _dt.datetime | None = None,
    tracked: bool | None = None,
) -> RedlineOutcome:
    """The redline of ``path`` from a Report already made of it (``scan --redline`` reuses its reports).

    For a PDF/TXT/MD input the rebuilt DOCX is analysed again with ``options``.
    """
    from ..pipeline import Options, analyse

    opts = options or Options()
    out = Path(output) if output is not None else default_output(path)
    check_output(path, out, overwrite)
    rebuilt = report.tree.document.source.kind != "docx"
    # pages the extractor could not read (scans without OCR) are missing from a rebuilt copy: say so
    unread = tuple(m for c, m in (report.warnings or ()) if c in ("W101", "W102"))
    if rebuilt:
        from .rebuild import rebuild_docx

        data = rebuild_docx(report.tree)
        fd, tmp = tempfile.mkstemp(prefix="clausecheck-rebuilt-", suffix=".docx")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            report = analyse(tmp, options=opts, display_path=str(path))
        finally:
            os.unlink(tmp)
    else:
        data = Path(path).read_bytes()
    result = redline_docx(
        data, report, author=author, date=date, playbook=opts.playbook, shown=str(path), tracked=tracked, unread=unread
    )
    try:
        write_atomic(out, result.data)
    except OSError as e:
        raise OutputError("E402", str(out), detail=e.strerror or str(e)) from e
    return RedlineOutcome(output=out, result=result, report=report, rebuilt=rebuilt, unread=unread)


__all__ = ["redline_file", "redline_report", "default_output", "RedlineOutcome", "SUFFIX"]
