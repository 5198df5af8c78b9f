"""The local engine: a pool of worker processes on this machine.

An engine decides only *where* the work of :mod:`clausecheck.batch.work` runs.
A worker is one core: it handles one document at a time.  Two placements of the
classifier are available:

* ``classify_in="parent"`` (the default): workers extract and segment
  (:func:`~clausecheck.batch.work.prepare`) and run the checks
  (:func:`~clausecheck.batch.work.finish`); the parent loads the model once and
  labels the clauses of every waiting document in one call, running ``workers``
  windows at once.  One model means one memory of clauses already classified:
  a clause that recurs across the folder (the company's template signed with
  many vendors) goes through the model once.  The Ray engine takes the same
  shape with classifier actors.
* ``classify_in="workers"`` (``scan --classify-in workers``): each worker
  process loads the model once, on its first document, and runs the whole
  pipeline (:func:`~clausecheck.batch.work.document_report`) with one thread.

The classifier scores every window on its own, unpadded (``batch_invariant``),
so both placements give byte-identical reports, equal to ``clausecheck FILE``.
Measured on 2 cores with 200 generated PDFs (bench/bench_scan.py, README): the
parent placement was the faster when clauses recur (304 against 244 documents a
minute) and within a few per cent of the other when the model runs on every
clause.  Classification in the parent is not under the per-document time limit;
it is bounded by the document's clause count (about 130 clauses a second).

Each worker holds one task at a time, so the parent knows what each is doing and
since when: a task over the time limit gets its worker killed and replaced, and
its document an E113 row; a worker that dies costs only its one document, which
is retried once and then reported as an error.

Workers ignore SIGINT: on Ctrl-C the parent stops them and keeps everything
written so far (the engine itself writes nothing; the driver does).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Protocol

from .. import errors as _errors
from ..errors import ClauseCheckError, InputError
from ..pipeline import Options
from .work import (
    FatalError,
    Job,
    Prepared,
    Result,
    document_report,
    error_result,
    finish,
    internal_result,
    model_info,
    prepare,
)

#: Default per-document time limit (seconds).
DEFAULT_TIMEOUT = 120.0
#: Classify once this many clauses from several documents are waiting.
DEFAULT_BATCH_UNITS = 256


class Engine(Protocol):
    """Where a batch runs.  ``run`` calls ``on_result`` once per job, in the caller's process."""

    name: str

    def run(self, jobs: Iterable[Job], on_result: Callable[[Result], None]) -> dict[str, Any]: ...


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- worker side


def _error_payload(e: ClauseCheckError) -> tuple[str, str, str | None, dict[str, Any]]:
    return (type(e).__name__, e.code, e.path, {k: str(v) for k, v in e.fields.items()})


def _error_from_payload(payload: tuple[str, str, str | None, dict[str, Any]]) -> ClauseCheckError:
    cls_name, code, path, fields = payload
    cls = getattr(_errors, cls_name, ClauseCheckError)
    if not (isinstance(cls, type) and issubclass(cls, ClauseCheckError)):
        cls = ClauseCheckError
    return cls(code, path, **fields)


def _worker_main(conn: Any, options: Options, threads: int = 1) -> None:
    """A worker: answer one task at a time until told to stop or the parent goes away.

    A worker that classifies loads the model once, on its first document, and keeps it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    classifier = None
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        kind = msg[0]
        if kind == "stop":
            return
        try:
            if kind == "prepare":
                out = prepare(msg[1], options)
                conn.send(("prepared", out) if isinstance(out, Prepared) else ("result", out))
            elif kind == "full":
                loaded = 0
                if options.classify and classifier is None:
                    classifier = _load_model(options, threads)
                    loaded = 1
                t0 = time.perf_counter()
                result = document_report(msg[1], options, classifier)
                result.meta["model_loads"] = loaded
                result.meta["worker_seconds"] = time.perf_counter() - t0
                conn.send(("result", result))
            elif kind == "finish":
                conn.send(("result", finish(msg[1], msg[2], options, msg[3])))
        except FatalError as e:
            conn.send(("fatal", _error_payload(e.error)))
        except ClauseCheckError as e:  # the model cannot be loaded: every document would fail
            conn.send(("fatal", _error_payload(e)))
        except (EOFError, OSError, BrokenPipeError):
            return
        except Exception:  # noqa: BLE001 - reported in the document's row, the batch goes on
            conn.send(("crash", traceback.format_exc(limit=8)))


def _load_model(options: Options, threads: int) -> Any:
    from ..classify.model import ClauseClassifier

    return ClauseClassifier.load(allow_modified=options.allow_modified_model, threads=max(1, threads))


# --------------------------------------------------------------------------- parent side


@dataclass(slots=True)
class _Task:
    kind: str  # prepare | full | finish
    job: Job
    payload: Any = None  # Prepared + predictions for finish
    attempts: int = 0


class _Worker:
    def __init__(self, ctx: Any, options: Options, index: int, threads: int = 1) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(
            target=_worker_main, args=(child, options, threads), name=f"clausecheck-worker-{index}", daemon=True
        )
        self.proc.start()
        child.close()
        self.task: _Task | None = None
        self.started = 0.0

    def send(self, task: _Task, message: tuple) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(message)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=5)
        try:
            self.conn.close()
        except OSError:
            pass

    def stop(self) -> None:
        try:
            self.conn.send(("stop",))
        except (OSError, ValueError, BrokenPipeError):
            pass


class LocalEngine:
    """A process pool on this machine (the default engine)."""

    name = "local"

    def __init__(
        self,
        options: Options,
        *,
        workers: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        classifier_factory: Callable[[], Any] | None = None,
        batch_units: int = DEFAULT_BATCH_UNITS,
        max_waiting_docs: int | None = None,
        cross_document: bool | None = None,
        classify_in: str = "parent",
    ) -> None:
        self.options = options
        self.workers = max(1, int(workers or default_workers()))
        self.timeout = float(timeout) if timeout and timeout > 0 else None
        self.classifier_factory = classifier_factory
        self.batch_units = max(1, batch_units)
        self.max_waiting_docs = max_waiting_docs or max(8, 4 * self.workers)
        self.cross_document = cross_document
        if classify_in not in ("workers", "parent"):
            raise ValueError("classify_in must be 'workers' or 'parent'")
        self.classify_in = classify_in
        self.classifier: Any = None
        self.model: dict[str, Any] | None = None
        self.stats = {
            "classify_rounds": 0,
            "classify_calls": 0,
            "classified_units": 0,
            "classify_seconds": 0.0,
            "timeouts": 0,
            "crashes": 0,
            "workers_started": 0,
            "model_loads": 0,
        }

    # -------------------------------------------------------------- classification

    def _ensure_classifier(self) -> Any:
        if self.classifier is None:
            if self.classifier_factory is None:
                factory: Callable[[], Any] = self._load_classifier
            else:
                factory = self.classifier_factory
            try:
                self.classifier = factory()
            except ClauseCheckError as e:
                raise FatalError(e) from e
            self.model = model_info(self.classifier)
            self.stats["model_loads"] += 1
        return self.classifier

    def _load_classifier(self) -> Any:
        """The model, running as many windows at once as there are workers: the workers
        mostly wait for labels while the parent classifies, so ``--workers N`` stays
        about N cores busy."""
        from ..classify.model import ClauseClassifier

        return ClauseClassifier.load(allow_modified=self.options.allow_modified_model, threads=self.workers)

    def _classify(self, waiting: list[Prepared]) -> list[tuple[Prepared, list[Any]]]:
        classifier = self._ensure_classifier()
        cross = self.cross_document
        if cross is None:  # only when the model's scores do not depend on what else is in the batch
            cross = bool(getattr(classifier, "batch_invariant", False))
        t0 = time.perf_counter()
        out = []
        if cross:
            texts = [text for p in waiting for _, text in p.units]
            preds = classifier.predict(texts) if texts else []
            i = 0
            for p in waiting:
                n = len(p.units)
                out.append((p, list(preds[i : i + n])))
                i += n
            self.stats["classify_calls"] += 1
        else:
            # One call per document, in the document's own order: the labels are then exactly
            # those of `clausecheck FILE` (a dynamically quantized model's scores shift slightly
            # with the other rows of its batch).
            for p in waiting:
                texts = [text for _, text in p.units]
                out.append((p, list(classifier.predict(texts)) if texts else []))
                self.stats["classify_calls"] += 1
        self.stats["classify_seconds"] += time.perf_counter() - t0
        self.stats["classify_rounds"] += 1
        self.stats["classified_units"] += sum(len(p.units) for p in waiting)
        self.stats["cross_document"] = cross
        return out

    # -------------------------------------------------------------- the loop

    def run(self, jobs: Iterable[Job], on_result: Callable[[Result], None]) -> dict[str, Any]:
        first = "prepare" if (self.options.classify and self.classify_in == "parent") else "full"
        queue: deque[_Task] = deque(_Task(first, j) for j in jobs)
        if not queue:
            return dict(self.stats)
        ctx = mp.get_context("spawn")
        pool: list[_Worker] = []
        waiting: list[Prepared] = []
        waiting_attempts: dict[int, int] = {}
        ready: deque[_Task] = deque()

        def spawn(index: int) -> _Worker:
            # a worker is one core: its classifier runs one window at a time
            self.stats["workers_started"] += 1
            return _Worker(ctx, self.options, index, 1)

        try:
            for i in range(min(self.workers, len(queue))):
                pool.append(spawn(i))
            while queue or waiting or ready or any(w.task for w in pool):
                # 1. hand out work: finish tasks first (they free memory), then new documents
                for w in pool:
                    if w.task is not None:
                        continue
                    if ready:
                        t = ready.popleft()
                        prepared, preds = t.payload
                        w.send(t, ("finish", prepared, preds, self.model))
                    elif queue and len(waiting) < self.max_waiting_docs:
                        t = queue.popleft()
                        w.send(t, (t.kind, t.job))
                # 2. classify what is waiting when the batch is large enough or nothing else can join it
                if waiting:
                    preparing = any(w.task is not None and w.task.kind == "prepare" for w in pool)
                    units = sum(len(p.units) for p in waiting)
                    if (
                        units >= self.batch_units
                        or len(waiting) >= self.max_waiting_docs
                        or (not queue and not preparing)
                        or not any(w.task for w in pool)
                    ):
                        for prepared, preds in self._classify(waiting):
                            ready.append(
                                _Task(
                                    "finish", prepared.job, (prepared, preds), waiting_attempts.pop(prepared.job.id, 0)
                                )
                            )
                        waiting = []
                        continue
                busy = [w for w in pool if w.task is not None]
                if not busy:
                    continue
                # 3. wait for an answer, a dead worker or the next deadline
                wait_for = None
                if self.timeout is not None:
                    now = time.monotonic()
                    wait_for = max(0.0, min(w.started + self.timeout for w in busy) - now)
                handles: dict[Any, _Worker] = {}
                for w in busy:
                    handles[w.conn] = w
                    handles[w.proc.sentinel] = w
                for h in wait(list(handles), timeout=wait_for):
                    w = handles[h]
                    if w.task is None:
                        continue  # already handled through its other handle
                    task = w.task
                    msg = None
                    try:
                        if w.conn.poll():
                            msg = w.conn.recv()
                    except (EOFError, OSError):
                        msg = None
                    if msg is None:
                        if w.proc.is_alive():
                            continue
                        # the worker died under this task: retry once, then report
                        self.stats["crashes"] += 1
                        w.kill()
                        pool[pool.index(w)] = spawn(len(pool))
                        task.attempts += 1
                        if task.attempts < 2:
                            (ready if task.kind == "finish" else queue).appendleft(task)
                        else:
                            on_result(
                                internal_result(task.job, f"the worker process stopped (exit code {w.proc.exitcode})")
                            )
                        continue
                    w.task = None
                    kind = msg[0]
                    if kind == "result":
                        self.stats["model_loads"] += int(msg[1].meta.pop("model_loads", 0) or 0)
                        on_result(msg[1])
                    elif kind == "prepared":
                        waiting.append(msg[1])
                        waiting_attempts[task.job.id] = task.attempts
                    elif kind == "fatal":
                        raise FatalError(_error_from_payload(msg[1]))
                    elif kind == "crash":
                        self.stats["crashes"] += 1
                        on_result(internal_result(task.job, msg[1].strip().splitlines()[-1]))
                # 4. time limits: kill the worker, report the document, start a fresh worker
                if self.timeout is not None:
                    now = time.monotonic()
                    for i, w in enumerate(pool):
                        if w.task is not None and now - w.started >= self.timeout:
                            task = w.task
                            w.kill()
                            self.stats["timeouts"] += 1
                            pool[i] = spawn(i)
                            err = InputError("E113", task.job.display, seconds=self.timeout)
                            on_result(error_result(task.job, err, cacheable=False, seconds=self.timeout))
        finally:
            self._shutdown(pool)
        return dict(self.stats)

    def _shutdown(self, pool: list[_Worker]) -> None:
        for w in pool:
            if w.task is None:
                w.stop()
        deadline = time.monotonic() + 2.0
        for w in pool:
            if w.task is None:
                w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.kill()
            else:
                try:
                    w.conn.close()
                except OSError:
                    pass


class InlineEngine:
    """Everything in this process, one document at a time (debugging, and the reference for tests)."""

    name = "inline"

    def __init__(self, options: Options, classifier_factory: Callable[[], Any] | None = None) -> None:
        self.options = options
        self.classifier_factory = classifier_factory
        self.stats: dict[str, Any] = {"model_loads": 0}

    def run(self, jobs: Iterable[Job], on_result: Callable[[Result], None]) -> dict[str, Any]:
        classifier = None
        for job in jobs:
            if self.options.classify and classifier is None:
                from ..pipeline import load_classifier

                try:
                    classifier = (self.classifier_factory or (lambda: load_classifier(self.options)))()
                except ClauseCheckError as e:
                    raise FatalError(e) from e
                self.stats["model_loads"] += 1
            on_result(document_report(job, self.options, classifier))
        return dict(self.stats)


__all__ = ["Engine", "LocalEngine", "InlineEngine", "DEFAULT_TIMEOUT", "default_workers"]
