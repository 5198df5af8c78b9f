"""``python -m clausecheck.training``: the same as ``clausecheck train``."""

from __future__ import annotations

import sys


def main() -> int:
    from ..cli import main as cli_main

    return cli_main(["train", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
