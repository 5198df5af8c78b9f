"""clausecheck: an offline contract clause analyser for AI vendor contracts."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyse"]


def analyse(path, *, playbook=None, **options):  # pragma: no cover - thin re-export
    """Analyse one contract file and return a :class:`clausecheck.report.Report`."""
    from .pipeline import analyse as _analyse

    return _analyse(path, playbook=playbook, **options)
