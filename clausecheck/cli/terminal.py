"""One Terminal wrapping rich, for everything that goes to stderr (progress, warnings, errors).

stdout carries only the report.  rich markup is off: contracts are full of
``[Customer]`` and ``[●]`` placeholders that markup would swallow.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO


def text_stdout() -> TextIO:
    """Click's text stream for stdout (sys.stdout, or a UTF-8 writer over its buffer where its encoding
    cannot print the report).  Click 8.5 deprecates the function and types it as ``object``; this is the
    one place to change when Click 9 removes it."""
    import click

    return click.get_text_stream("stdout")  # type: ignore[operator]


class Terminal:
    def __init__(self, verbosity: int = 0, color: bool | None = None, debug: bool = False) -> None:
        self.verbosity = verbosity
        self.debug = debug
        if color is None:
            color = not os.environ.get("NO_COLOR") and sys.stderr.isatty()
        self.color = color
        self._err: Any = None

    @property
    def err(self) -> Any:
        if self._err is None:
            from rich.console import Console

            self._err = Console(
                stderr=True,
                markup=False,
                emoji=False,
                highlight=False,
                no_color=not self.color,
                force_terminal=self.color if self.color else None,
                soft_wrap=True,
            )
        return self._err

    @property
    def interactive(self) -> bool:
        return sys.stderr.isatty() and self.verbosity >= 0

    def error(self, message: str) -> None:
        self.err.print(f"error: {_safe(message)}", style="bold red" if self.color else None)

    def warning(self, message: str) -> None:
        if self.verbosity >= 0:
            self.err.print(f"warning: {_safe(message)}", style="yellow" if self.color else None)

    def info(self, message: str) -> None:
        if self.verbosity >= 0:
            self.err.print(_safe(message))

    def detail(self, message: str) -> None:
        if self.verbosity >= 1:
            self.err.print(_safe(message), style="dim" if self.color else None)


def _safe(message: str) -> str:
    """No raw control characters on the terminal (a file name may carry an escape sequence)."""
    from ..fileio import printable

    return printable(message, keep="\n\t")
