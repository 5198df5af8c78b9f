"""What a document's report is: the one code path every engine runs.

A batch engine only decides *where* these functions run.  The work on one
document is split in two halves around classification, so that clauses from
many documents can go through one loaded classifier in large batches:

1. :func:`prepare` (a worker): extract -> segment -> the classification units;
2. the engine batches the units of several documents through one classifier;
3. :func:`finish` (a worker): labels -> checks -> the JSON report text.

:func:`document_report` runs all three for one document in one process (used when
there is no model to share, and by engines that classify per document).  The text
it returns is exactly what ``clausecheck FILE --format json`` prints.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..document import ClauseTree
from ..errors import ClauseCheckError, InputError
from ..pipeline import (
    Options,
    build_report,
    classification_units,
    labelled_from,
    model_info,
    model_provenance,
    stage_check,
    stage_evidence,
    stage_extract,
    stage_segment,
)


@dataclass(slots=True)
class _ScanOptions(Options):
    """Options plus the rules override, for pipelines whose Options lack the field."""

    allow_modified_rules: bool = False


def make_options(**kw: Any) -> Options:
    """An Options object carrying ``kw``; fields unknown to this Options are dropped,
    except ``allow_modified_rules`` (read with getattr by the checks)."""
    names = {f.name for f in fields(Options)}
    if kw.get("allow_modified_rules") and "allow_modified_rules" not in names:
        return _ScanOptions(**{k: v for k, v in kw.items() if k in names or k == "allow_modified_rules"})
    return Options(**{k: v for k, v in kw.items() if k in names})


@dataclass(frozen=True, slots=True)
class Job:
    """One document of a batch."""

    id: int
    path: str  # where a worker reads it
    display: str  # the name in its report and the summary (relative to the scanned folder)


@dataclass(slots=True)
class Prepared:
    """A document extracted and segmented, waiting for its clause labels."""

    job: Job
    tree: ClauseTree
    units: list[tuple[str, str]]  # (clause id, text) to classify
    seconds: float = 0.0


@dataclass(slots=True)
class Result:
    """The outcome for one document, as an engine hands it back to the driver."""

    job: Job
    ok: bool
    text: str  # the JSON report (a success or an error report), ending in a newline
    pages: int = 0
    code: str | None = None  # error code for failures
    message: str | None = None
    cacheable: bool = True  # False for time-outs and crashes (may not happen again)
    seconds: float = 0.0
    extracted: bool = True  # False when the result came from the cache
    meta: dict[str, Any] = field(default_factory=dict)


class FatalError(Exception):
    """A problem that affects every document (rules, playbook, model): the batch stops."""

    def __init__(self, error: ClauseCheckError) -> None:
        super().__init__(error.message)
        self.error = error


def report_text(data: dict[str, Any]) -> str:
    """The JSON text of a report, exactly as ``clausecheck FILE --format json`` prints it."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def error_result(job: Job, error: ClauseCheckError, *, cacheable: bool = True, seconds: float = 0.0) -> Result:
    from ..report import error_report

    return Result(job=job, ok=False, text=report_text(error_report(job.display, error)), code=error.code,
                  message=error.message, cacheable=cacheable, seconds=seconds)


def _input_error(job: Job, e: ClauseCheckError) -> None:
    """Re-raise errors that concern every document (configuration, model) as FatalError."""
    if isinstance(e, InputError) or e.code.startswith("E1"):
        return
    raise FatalError(e) from e


def _rename(e: ClauseCheckError, job: Job) -> ClauseCheckError:
    """Errors name the document by its display name, as its report does."""
    if e.path is not None and e.path != job.display and Path(e.path) == Path(job.path):
        e.path = job.display
        e.args = (e.message,)
    return e


def prepare(job: Job, options: Options) -> Prepared | Result:
    """Extract and segment one document; a Result (error report) if it cannot be read."""
    t0 = time.perf_counter()
    try:
        document = stage_extract(job.path, options)
        tree = stage_segment(document, options)
    except ClauseCheckError as e:
        _input_error(job, e)
        return error_result(job, _rename(e, job), seconds=time.perf_counter() - t0)
    units = classification_units(tree) if options.classify else []
    return Prepared(job=job, tree=tree, units=units, seconds=time.perf_counter() - t0)


def finish(prepared: Prepared, predictions: Sequence[Any] | None, options: Options,
           model: dict[str, Any] | None) -> Result:
    """Labels -> checks -> the report of one prepared document."""
    t0 = time.perf_counter()
    job = prepared.job
    try:
        # the same stages as pipeline.analyse, with the predictions pooled over many documents
        labelled = labelled_from(prepared.units, predictions or []) if options.classify else {}
        labelled = stage_evidence(prepared.tree, labelled, options, prepared.units)
        checked = stage_check(prepared.tree, labelled, options)
        report = build_report(job.display, prepared.tree, labelled, checked, options,
                              model=model_provenance(info=model) if options.classify else {})
        text = report_text(report.to_json())
    except ClauseCheckError as e:
        _input_error(job, e)
        return error_result(job, _rename(e, job), seconds=prepared.seconds + time.perf_counter() - t0)
    return Result(job=job, ok=True, text=text, pages=int(report.pages or 0),
                  seconds=prepared.seconds + time.perf_counter() - t0)


def document_report(job: Job, options: Options, classifier: Any = None) -> Result:
    """The whole report of one document in this process (prepare -> classify -> finish)."""
    out = prepare(job, options)
    if isinstance(out, Result):
        return out
    predictions = None
    if options.classify and out.units:
        if classifier is None:
            from ..pipeline import load_classifier

            try:
                classifier = load_classifier(options)
            except ClauseCheckError as e:
                raise FatalError(e) from e
        predictions = classifier.predict([text for _, text in out.units])
    elif options.classify and classifier is None:
        from ..pipeline import load_classifier

        try:
            classifier = load_classifier(options)
        except ClauseCheckError as e:
            raise FatalError(e) from e
    return finish(out, predictions, options, model_info(classifier) if options.classify else None)


def internal_result(job: Job, exc: BaseException | str, *, retried: bool = False) -> Result:
    """A document whose processing crashed: reported in its row, never cached."""
    detail = exc if isinstance(exc, str) else "".join(traceback.format_exception_only(type(exc), exc)).strip()
    err = InputError("E900", job.display, detail=f"internal error while checking this file ({detail}); "
                     "this is a bug in clausecheck, please report it")
    return error_result(job, err, cacheable=False)


__all__ = [
    "Job", "Prepared", "Result", "FatalError", "make_options", "prepare", "finish", "document_report",
    "error_result", "internal_result", "model_info", "report_text",
]
