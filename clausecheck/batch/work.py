"""What a document's report is: the one code path every engine runs.

A batch engine only decides *where* these functions run.  The work on one
document is the pipeline's stages (:data:`clausecheck.pipeline.STAGES`) in two
slices around ``predict``, so that clauses from many documents can go through
one loaded classifier in large batches:

1. :func:`prepare` (a worker): the stages before ``predict`` (extract -> segment -> units);
2. the engine batches the units of several documents through one classifier;
3. :func:`finish` (a worker): the stages after ``predict`` (evidence -> check -> collect) and the JSON
   report text.

:func:`document_report` runs all three for one document in one process (used when
there is no model to share, and by engines that classify per document).  The text
it returns is exactly what ``clausecheck FILE --format json`` prints.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..classify.units import Unit
from ..errors import ClauseCheckError, InputError
from ..pipeline import (
    AFTER_PREDICT,
    BEFORE_PREDICT,
    Options,
    Predicted,
    Run,
    inputs_of,
    load_classifier,
    model_info,
    run_stages,
    stage_predict,
)

if TYPE_CHECKING:
    from ..classify.model import Classifier, Prediction

#: What ``finish`` needs from ``prepare``: the inputs of the stages after ``predict``, except the predictions.
CARRIED = tuple(k for k in inputs_of(AFTER_PREDICT) if k != "predicted")


@dataclass(frozen=True, slots=True)
class Job:
    """One document of a batch."""

    id: int
    path: str  # where a worker reads it
    display: str  # the name in its report and the summary (relative to the scanned folder)


@dataclass(slots=True)
class Prepared:
    """A document through the stages before ``predict``, waiting for its clause labels."""

    job: Job
    artefacts: dict[str, object]  # what the stages after predict need (CARRIED): the tree and the units
    seconds: float = 0.0

    @property
    def units(self) -> list[Unit]:
        """(clause id, text) to classify."""
        units = self.artefacts["units"]
        assert isinstance(units, list)
        return units


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

    return Result(
        job=job,
        ok=False,
        text=report_text(error_report(job.display, error)),
        code=error.code,
        message=error.message,
        cacheable=cacheable,
        seconds=seconds,
    )


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
    """The stages before ``predict`` on one document; a Result (error report) if it cannot be read."""
    t0 = time.perf_counter()
    run = Run(options, file=job.display)
    try:
        run_stages(BEFORE_PREDICT, run, path=job.path)
    except ClauseCheckError as e:
        _input_error(job, e)
        return error_result(job, _rename(e, job), seconds=time.perf_counter() - t0)
    carried = {k: run.artefacts[k] for k in CARRIED}
    return Prepared(job=job, artefacts=carried, seconds=time.perf_counter() - t0)


def finish(
    prepared: Prepared, predictions: Sequence[Prediction] | None, options: Options, model: Mapping[str, Any] | None
) -> Result:
    """The stages after ``predict`` on one prepared document, given its predictions (pooled over many
    documents by the engine) and :func:`model_info` of the model that made them; its report."""
    t0 = time.perf_counter()
    job = prepared.job
    predicted = Predicted(tuple(predictions or ()), model) if options.classify else Predicted()
    run = Run(options, file=job.display)
    try:
        run_stages(AFTER_PREDICT, run, **prepared.artefacts, predicted=predicted)
        report = run.report
        text = report_text(report.to_json())
    except ClauseCheckError as e:
        _input_error(job, e)
        return error_result(job, _rename(e, job), seconds=prepared.seconds + time.perf_counter() - t0)
    return Result(
        job=job, ok=True, text=text, pages=int(report.pages or 0), seconds=prepared.seconds + time.perf_counter() - t0
    )


def document_report(job: Job, options: Options, classifier: Classifier | None = None) -> Result:
    """The whole report of one document in this process (prepare -> predict -> finish)."""
    out = prepare(job, options)
    if isinstance(out, Result):
        return out
    if options.classify and classifier is None:
        try:
            classifier = load_classifier(options)
        except ClauseCheckError as e:
            raise FatalError(e) from e
    predicted = stage_predict(out.units, options, classifier)
    return finish(out, predicted.predictions, options, predicted.model)


def internal_result(job: Job, exc: BaseException | str, *, retried: bool = False) -> Result:
    """A document whose processing crashed: reported in its row, never cached."""
    detail = exc if isinstance(exc, str) else "".join(traceback.format_exception_only(type(exc), exc)).strip()
    err = InputError(
        "E900",
        job.display,
        detail=f"internal error while checking this file ({detail}); this is a bug in clausecheck, please report it",
    )
    return error_result(job, err, cacheable=False)


__all__ = [
    "Job",
    "Prepared",
    "Result",
    "FatalError",
    "prepare",
    "finish",
    "document_report",
    "error_result",
    "internal_result",
    "model_info",
    "report_text",
]
