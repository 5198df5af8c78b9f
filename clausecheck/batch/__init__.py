"""Batch scanning of a folder of contracts (``clausecheck scan``).

* :mod:`.discover`     which files a scan checks, skips or ignores
* :mod:`.work`         what a document's report is (the one code path every engine runs)
* :mod:`.engine_local` where it runs: a local process pool, classification batched across documents
* :mod:`.cache`        reports keyed by file sha256 + model + rules + playbook + version
* :mod:`.summary`      summary.csv / .xlsx / .html and the terminal table
* :mod:`.runner`       the driver: ``scan(root, outdir, ...)`` writes everything atomically

Adding an engine (e.g. Ray, issue 8): implement ``run(jobs, on_result) -> stats`` (see
``engine_local.Engine``): call ``work.document_report`` (or ``work.prepare`` / ``work.finish``
around a shared classifier) wherever the engine likes, and hand each ``work.Result`` to
``on_result`` in the driver's process; pass the engine to ``runner.scan(engine=...)``.  The
driver alone writes reports, cache and summaries, so outputs do not depend on the engine.
"""

from __future__ import annotations

from .runner import ScanOutcome, default_outdir, scan

__all__ = ["scan", "ScanOutcome", "default_outdir"]
