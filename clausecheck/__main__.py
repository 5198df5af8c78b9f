"""``python -m clausecheck`` is the ``clausecheck`` command."""

from .cli import main

if __name__ == "__main__":
    main()
