"""The Ray engine: ``clausecheck scan DIR --engine ray [--address ADDR]`` (the ``ray`` extra).

Like every engine it decides only *where* the work of :mod:`clausecheck.batch.work`
runs; what a document's report is stays in ``work.prepare`` / ``work.finish``, and
the driver (:func:`clausecheck.batch.runner.scan`) alone writes reports, cache and
summaries, atomically.  Placement:

* **extraction + segmentation** run as Ray tasks (``work.prepare``), one per
  document, one CPU each, with ``max_retries=1``: a task whose worker process
  dies is run once more by Ray, and a second death reports the document as an
  error (E900, not cached).  Each task has a time limit (``--timeout``: the
  driver force-cancels it, E113) and a memory limit (the task may grow its
  process's address space by at most ``memory_limit_mb``; past it the document
  is reported E111).  A task returns a small summary to the driver and leaves
  the extracted document in Ray's object store;
* **classification + checks** run in classifier actors (``_ClassifierActor``):
  each loads the model once, when it starts, and receives batches of the
  documents waiting in the object store (their clauses go through the model,
  then ``work.finish`` builds each report).  The model scores every window on
  its own (``batch_invariant``), so the clauses of all the documents in a batch
  go through one ``predict`` call and the labels and scores are exactly those
  of the local engine and of ``clausecheck FILE``.
  An actor whose process dies is restarted by Ray (loading the model again) and
  its in-flight batch is run once more; a second death reports that batch's
  documents as errors;
* with ``options.classify`` off there is nothing to share: a task runs the whole
  ``work.document_report``.

Without ``address`` the engine starts a private local Ray instance
(``num_cpus`` = ``workers``, default 2; no dashboard; usage statistics off;
every server listening on 127.0.0.1 only, see :func:`_loopback_only`) and
shuts it down at the end; with ``address`` it connects to an existing cluster
(``ray start --head`` on this machine, or ``ray://`` / ``host:port`` of a remote
head) and leaves it running.  Every node must see the scanned files at the same
absolute path and have clausecheck (with its model) installed: see docs/ray.md.

Nothing here imports Ray at module level: the default engine never loads it.
"""

from __future__ import annotations

import os
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ClauseCheckError, InputError
from ..pipeline import Options
from .engine_local import DEFAULT_TIMEOUT, _error_from_payload, _error_payload
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

#: Default per-document memory limit: growth of a task's address space (MiB).
DEFAULT_MEMORY_LIMIT_MB = 3072
#: Send a batch to a busy actor once this many clauses are waiting.
DEFAULT_BATCH_UNITS = 256
#: CPUs of the local Ray instance when ``workers`` is not given.
DEFAULT_LOCAL_CPUS = 2


class RayUnavailable(ClauseCheckError):
    """``--engine ray`` without the ray extra installed, or a cluster that cannot be reached."""


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as e:
        raise RayUnavailable("E501", None, detail=f"{type(e).__name__}: {e}") from e
    return ray


# --------------------------------------------------------------------------- worker side


def _vm_size() -> int | None:
    """This process's current address-space size in bytes (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


@contextmanager
def _address_space_limit(limit_mb: int | None) -> Iterator[None]:
    """Let the code inside grow this process's address space by at most ``limit_mb`` MiB.

    A Ray worker process runs many tasks one after another, so the limit is set
    relative to the process's size when the document starts and lifted when it
    ends.  Past it, allocations fail and Python raises MemoryError (reported as
    E111).  Linux only; elsewhere (or when the hard limit is lower) nothing is set.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - not Linux
        yield
        return
    current = _vm_size()
    if not limit_mb or current is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    target = current + int(limit_mb) * 2**20
    if hard != resource.RLIM_INFINITY and target > hard:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (target, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def _loopback_only(ray: Any) -> Iterator[None]:
    """Make a private Ray instance listen on 127.0.0.1 only.

    Ray's servers (GCS, raylet, every worker) bind to all interfaces unless the
    node's address is exactly 127.0.0.1, and ``ray.init`` replaces 127.0.0.1 by
    the machine's network address unless "Ray clusters" are disabled (they are,
    by default, on Windows and macOS only).  Disabling them for the time of
    ``ray.init`` keeps the node on loopback: nobody else on the network can
    reach the unauthenticated cluster.  ``--address`` clusters are left alone.
    """
    env_before = os.environ.get("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER")
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"  # Ray's own processes read it at start
    try:
        from ray._private import ray_constants
    except ImportError:  # pragma: no cover - a Ray without the setting: checked after init
        ray_constants = None  # type: ignore[assignment]
    previous = getattr(ray_constants, "ENABLE_RAY_CLUSTER", None)
    if ray_constants is not None:
        ray_constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        if ray_constants is not None and previous is not None:
            ray_constants.ENABLE_RAY_CLUSTER = previous
        if env_before is None:
            os.environ.pop("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", None)
        else:
            os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = env_before


def _worker_env() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"


def _memory_error(job: Job, limit_mb: int | None) -> Result:
    err = InputError("E111", job.display, detail=f"reading it needed more than the {limit_mb} MB memory limit")
    return error_result(job, err, cacheable=False)


def _extract_task(job: Job, options: Options, memory_limit_mb: int | None) -> tuple[tuple, Prepared | None]:
    """A Ray task: ``work.prepare`` on one document (two returns: a small summary, the document).

    The summary is ``("prepared", units, pid)``, ``("result", Result)`` (an
    error report), ``("fatal", error)`` or ``("crash", traceback)``; the
    prepared document stays in the object store until an actor reads it.
    """
    _worker_env()
    try:
        with _address_space_limit(memory_limit_mb):
            out = prepare(job, options)
    except FatalError as e:
        return ("fatal", _error_payload(e.error)), None
    except MemoryError:
        return ("result", _memory_error(job, memory_limit_mb)), None
    except Exception:  # noqa: BLE001 - reported in the document's row, the batch goes on
        return ("crash", traceback.format_exc(limit=8)), None
    if isinstance(out, Result):
        return ("result", out), None
    return ("prepared", len(out.units), os.getpid()), out


def _report_task(job: Job, options: Options, memory_limit_mb: int | None) -> tuple[tuple, None]:
    """A Ray task: the whole report of one document (used when no model is shared)."""
    _worker_env()
    try:
        with _address_space_limit(memory_limit_mb):
            res = document_report(job, options, None)
    except FatalError as e:
        return ("fatal", _error_payload(e.error)), None
    except MemoryError:
        return ("result", _memory_error(job, memory_limit_mb)), None
    except Exception:  # noqa: BLE001
        return ("crash", traceback.format_exc(limit=8)), None
    res.meta["pid"] = os.getpid()
    return ("result", res), None


class _ClassifierActor:
    """A Ray actor holding the classifier: loaded once, when the actor (re)starts."""

    def __init__(self, options: Options, threads: int = 1, cross_document: bool | None = None) -> None:
        _worker_env()
        self.options = options
        self.cross_document = cross_document
        self.error: tuple | None = None
        self.classifier: Any = None
        try:
            from ..classify.model import ClauseClassifier

            self.classifier = ClauseClassifier.load(
                allow_modified=options.allow_modified_model, threads=max(1, int(threads))
            )
        except ClauseCheckError as e:  # every document would fail: the driver stops the batch
            self.error = _error_payload(e)
        self.model = model_info(self.classifier)
        self.started = time.time()
        try:  # True when Ray restarted this actor after its process died
            import ray

            self.restarted = bool(ray.get_runtime_context().was_current_actor_reconstructed)
        except Exception:  # noqa: BLE001
            self.restarted = False

    def pid(self) -> int:
        return os.getpid()

    def run(self, *prepared: Prepared) -> dict[str, Any]:
        """Classify the clauses of these documents and build their reports."""
        pid = os.getpid()
        if self.error is not None:
            return {
                "pid": pid,
                "started": self.started,
                "restarted": self.restarted,
                "items": [("fatal", self.error)] * len(prepared),
            }
        cross = self.cross_document
        if cross is None:
            cross = bool(getattr(self.classifier, "batch_invariant", False))
        t0 = time.perf_counter()
        calls = 0
        preds: list[list[Any] | None] = []
        if cross:
            texts = [text for p in prepared for _, text in p.units]
            flat = list(self.classifier.predict(texts)) if texts else []
            calls += 1
            i = 0
            for p in prepared:
                preds.append(flat[i : i + len(p.units)])
                i += len(p.units)
        else:
            for p in prepared:  # one call per document: its labels are those of `clausecheck FILE`
                try:
                    preds.append(list(self.classifier.predict([t for _, t in p.units])) if p.units else [])
                    calls += 1
                except Exception:  # noqa: BLE001
                    preds.append(None)
        seconds = time.perf_counter() - t0
        items: list[tuple] = []
        for p, pr in zip(prepared, preds):
            try:
                if pr is None:
                    raise RuntimeError("the classifier failed on this document")
                items.append(("result", finish(p, pr, self.options, self.model)))
            except FatalError as e:
                items.append(("fatal", _error_payload(e.error)))
            except Exception:  # noqa: BLE001
                items.append(("crash", traceback.format_exc(limit=8)))
        return {
            "pid": pid,
            "started": self.started,
            "restarted": self.restarted,
            "items": items,
            "calls": calls,
            "units": sum(len(p.units) for p in prepared),
            "seconds": seconds,
        }


# --------------------------------------------------------------------------- driver side


@dataclass(slots=True)
class _Extracting:
    job: Job
    prepared_ref: Any
    deadline: float | None


@dataclass(slots=True)
class _Waiting:
    job: Job
    prepared_ref: Any
    units: int


@dataclass(slots=True)
class _Batch:
    actor: int
    docs: list[_Waiting]
    deadline: float | None


@dataclass(slots=True)
class _ActorSlot:
    handle: Any
    in_flight: int = 0
    incarnations: set = field(default_factory=set)


class RayEngine:
    """Runs a scan on a Ray cluster (a private local one unless ``address`` is given)."""

    name = "ray"

    def __init__(
        self,
        options: Options,
        *,
        workers: int | None = None,
        address: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
        actors: int | None = None,
        actor_cpus: float = 0.0,
        model_threads: int = 1,
        batch_units: int = DEFAULT_BATCH_UNITS,
        max_waiting_docs: int | None = None,
        cross_document: bool | None = None,
        init_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.options = options
        self.address = address or None
        self.requested_workers = max(1, int(workers)) if workers else None
        self.workers = self.requested_workers or DEFAULT_LOCAL_CPUS  # the cluster's CPUs once connected
        self.timeout = float(timeout) if timeout and timeout > 0 else None
        self.memory_limit_mb = int(memory_limit_mb) if memory_limit_mb else None
        self.actors = actors
        self.actor_cpus = float(actor_cpus)
        self.model_threads = max(1, int(model_threads))
        self.batch_units = max(1, int(batch_units))
        self.max_waiting_docs = max_waiting_docs
        self.cross_document = cross_document
        self.init_kwargs = dict(init_kwargs or {})
        self.started_ray = False
        self.slots = 0
        self.actor_slots: list[_ActorSlot] = []
        self.stats: dict[str, Any] = {
            "address": self.address or "local",
            "connected": False,
            "cpus": 0,
            "actors": 0,
            "model_loads": 0,
            "actor_restarts": 0,
            "classify_rounds": 0,
            "classify_calls": 0,
            "classified_units": 0,
            "classify_seconds": 0.0,
            "timeouts": 0,
            "crashes": 0,
            "memory_limit_mb": self.memory_limit_mb,
            "ray_start_seconds": 0.0,
        }

    # -------------------------------------------------------------- connection

    def _connect(self, ray: Any) -> None:
        """Start a private local Ray or connect to ``address`` (no dashboard, no usage statistics)."""
        os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # offline: never report usage, in this process or Ray's
        t0 = time.perf_counter()
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR"}
        kwargs.update(self.init_kwargs)
        if ray.is_initialized():  # the caller (a test, a notebook) already connected: use that cluster
            self.started_ray = False
        elif self.address:
            kwargs.pop("include_dashboard", None)
            problem = _unreachable(self.address)
            if problem:  # Ray itself would retry for minutes before giving up
                raise RayUnavailable("E502", None, address=self.address, detail=problem)
            _use_token_if_present()
            try:
                ray.init(address=self.address, **kwargs)
            except Exception as e:  # noqa: BLE001 - ConnectionError, auth errors, version mismatches
                raise RayUnavailable(
                    "E502",
                    None,
                    address=self.address,
                    detail=f"{type(e).__name__}: {str(e).strip().splitlines()[0][:200]}",
                ) from e
        else:
            # Workers of a local instance inherit this environment: let them import this clausecheck.
            src = str(Path(__file__).resolve().parents[2])
            path = os.environ.get("PYTHONPATH", "")
            if "site-packages" not in src and src not in path.split(os.pathsep):
                os.environ["PYTHONPATH"] = src + (os.pathsep + path if path else "")
            with _loopback_only(ray):
                ray.init(
                    address="local",
                    num_cpus=self.requested_workers or DEFAULT_LOCAL_CPUS,
                    _node_ip_address="127.0.0.1",
                    **kwargs,
                )
            self.started_ray = True
            node = getattr(getattr(ray, "_private", None), "worker", None)
            ip = getattr(getattr(node, "_global_node", None), "node_ip_address", "127.0.0.1")
            if ip not in ("127.0.0.1", "::1", "localhost"):  # a Ray that ignores the setting: never run open
                self._disconnect(ray)
                raise RayUnavailable("E503", None, detail=f"Ray chose the address {ip}")
        self.stats["ray_start_seconds"] = round(time.perf_counter() - t0, 3)
        self.stats["connected"] = True
        cpus = int(ray.cluster_resources().get("CPU", 0)) or 1
        self.stats["cpus"] = cpus
        # extraction tasks in flight: one per CPU, so a task starts when it is submitted (its time limit
        # is counted from then)
        self.slots = cpus if not self.address or not self.requested_workers else min(cpus, self.requested_workers)
        self.workers = self.slots

    def _disconnect(self, ray: Any) -> None:
        if self.started_ray:
            try:
                ray.shutdown()
            except Exception:  # noqa: BLE001
                pass
            self.started_ray = False

    # -------------------------------------------------------------- the loop

    def run(self, jobs: Iterable[Job], on_result: Callable[[Result], None]) -> dict[str, Any]:
        # Workers read by absolute path (the shared folder); reports keep the display name.
        todo = deque(replace(j, path=os.path.abspath(j.path)) for j in jobs)
        if not todo:
            return dict(self.stats)
        ray = _import_ray()
        self._connect(ray)
        extracting: dict[Any, _Extracting] = {}
        batches: dict[Any, _Batch] = {}
        try:
            self._loop(ray, todo, extracting, batches, on_result)
        finally:
            self._cleanup(ray, extracting, batches)
        return dict(self.stats)

    def _make_actor(self, ray: Any, actor_cls: Any, opts_ref: Any) -> _ActorSlot:
        # options by value: a restarted actor must not depend on an object that may be gone
        handle = actor_cls.remote(self.options, self.model_threads, self.cross_document)
        return _ActorSlot(handle=handle)

    def _loop(
        self, ray: Any, todo: deque, extracting: dict, batches: dict, on_result: Callable[[Result], None]
    ) -> None:
        from ray.exceptions import RayActorError, TaskCancelledError, WorkerCrashedError

        classify = bool(self.options.classify)
        opts_ref = ray.put(self.options)
        task_fn = _extract_task if classify else _report_task
        remote_task = ray.remote(task_fn).options(
            num_cpus=1, num_returns=2, max_retries=1, name="clausecheck-extract" if classify else "clausecheck-report"
        )
        actor_cls = None
        if classify:
            n_actors = self.actors or max(1, self.stats["cpus"])
            # batches one at a time (the default group); pid() answers meanwhile (its own group)
            actor_cls = ray.remote(concurrency_groups={"control": 1})(_ClassifierActor).options(
                num_cpus=self.actor_cpus, max_restarts=-1, max_task_retries=1, scheduling_strategy="SPREAD"
            )
            self.actor_slots = [self._make_actor(ray, actor_cls, opts_ref) for _ in range(n_actors)]
            self.stats["actors"] = n_actors
        max_waiting = self.max_waiting_docs or max(8, 4 * self.slots)
        waiting: list[_Waiting] = []
        seen_pids: set[tuple[int, int, float]] = set()

        def deliver(item: tuple, job: Job) -> None:
            kind = item[0]
            if kind == "result":
                on_result(item[1])
            elif kind == "fatal":
                raise FatalError(_error_from_payload(item[1]))
            else:  # crash: an exception in our code, reported in the row
                self.stats["crashes"] += 1
                on_result(internal_result(job, str(item[1]).strip().splitlines()[-1]))

        while todo or extracting or waiting or batches:
            now = time.monotonic()
            # 1. extraction tasks, one per free CPU, while the waiting room has space
            while todo and len(extracting) < self.slots and len(waiting) < max_waiting:
                job = todo.popleft()
                summary_ref, prepared_ref = remote_task.remote(job, opts_ref, self.memory_limit_mb)
                extracting[summary_ref] = _Extracting(job, prepared_ref, now + self.timeout if self.timeout else None)
            # 2. batches to the classifier actors: an idle actor takes everything waiting; a busy one
            #    takes a second batch once enough clauses wait (the actor never waits for a round trip)
            if waiting and self.actor_slots:
                units = sum(w.units for w in waiting)
                no_more = not todo and not extracting
                idle = [i for i, a in enumerate(self.actor_slots) if a.in_flight == 0]
                target = None
                if idle:
                    target = idle[0]
                elif units >= self.batch_units or no_more or len(waiting) >= max_waiting:
                    free = [i for i, a in enumerate(self.actor_slots) if a.in_flight < 2]
                    target = min(free, key=lambda i: self.actor_slots[i].in_flight) if free else None
                if target is not None:
                    if idle and len(idle) > 1 and len(waiting) > 1:  # share between idle actors
                        share = max(1, -(-len(waiting) // len(idle)))
                        docs, waiting = waiting[:share], waiting[share:]
                    else:
                        docs, waiting = waiting, []
                    slot = self.actor_slots[target]
                    ref = slot.handle.run.remote(*[d.prepared_ref for d in docs])
                    slot.in_flight += 1
                    deadline = now + self.timeout * max(1, len(docs)) if self.timeout else None
                    batches[ref] = _Batch(target, docs, deadline)
                    self.stats["classify_rounds"] += 1
                    continue
            refs = list(extracting) + list(batches)
            if not refs:
                continue
            # 3. wait for an answer or the next deadline (short waits: Ctrl-C is handled between them)
            deadlines = [e.deadline for e in extracting.values() if e.deadline is not None]
            deadlines += [b.deadline for b in batches.values() if b.deadline is not None]
            wait_for = 0.5 if not deadlines else max(0.0, min(0.5, min(deadlines) - now))
            ready, _ = ray.wait(refs, num_returns=1, timeout=wait_for)
            if ready:
                ready, _ = ray.wait(refs, num_returns=len(refs), timeout=0)
            for ref in ready:
                if ref in extracting:
                    ex = extracting.pop(ref)
                    try:
                        item = ray.get(ref)
                    except TaskCancelledError:
                        continue
                    except ray.exceptions.OutOfMemoryError:
                        # Ray's memory monitor killed the worker twice: the node ran out of memory
                        on_result(_memory_error(ex.job, self.memory_limit_mb))
                        continue
                    except (WorkerCrashedError, RayActorError, ray.exceptions.RayError) as e:
                        # the worker died twice under this document (Ray ran it once more already)
                        self.stats["crashes"] += 1
                        on_result(internal_result(ex.job, f"the worker process stopped ({_why(e)})"))
                        continue
                    if item[0] == "prepared":
                        waiting.append(_Waiting(ex.job, ex.prepared_ref, int(item[1])))
                    else:
                        deliver(item, ex.job)
                elif ref in batches:
                    b = batches.pop(ref)
                    slot = self.actor_slots[b.actor]
                    slot.in_flight -= 1
                    try:
                        out = ray.get(ref)
                    except RayActorError as e:
                        # the actor died twice under this batch (Ray restarted it and ran the batch once more)
                        self.stats["crashes"] += 1
                        for d in b.docs:
                            on_result(internal_result(d.job, f"the classifier process stopped ({_why(e)})"))
                        continue
                    except ray.exceptions.RayError as e:
                        self.stats["crashes"] += 1
                        for d in b.docs:
                            on_result(internal_result(d.job, _why(e)))
                        continue
                    key = (b.actor, int(out["pid"]), float(out["started"]))
                    if key not in seen_pids:  # an actor process answering for the first time
                        seen_pids.add(key)
                        self.stats["model_loads"] += 1
                        self.stats["actor_restarts"] += int(bool(out.get("restarted")))
                    self.stats["classify_calls"] += int(out.get("calls", 0))
                    self.stats["classified_units"] += int(out.get("units", 0))
                    self.stats["classify_seconds"] += float(out.get("seconds", 0.0))
                    for d, item in zip(b.docs, out["items"]):
                        deliver(item, d.job)
            # 4. time limits: a stuck extraction is force-cancelled (its worker is killed); a stuck
            #    batch costs its actor (killed and replaced) and its documents
            now = time.monotonic()
            for ref, ex in list(extracting.items()):
                if ex.deadline is not None and now >= ex.deadline:
                    extracting.pop(ref)
                    try:
                        ray.cancel(ref, force=True)
                    except Exception:  # noqa: BLE001
                        pass
                    self.stats["timeouts"] += 1
                    err = InputError("E113", ex.job.display, seconds=self.timeout)
                    on_result(error_result(ex.job, err, cacheable=False, seconds=self.timeout or 0.0))
            for ref, b in list(batches.items()):
                if b.deadline is not None and now >= b.deadline:
                    batches.pop(ref)
                    old = self.actor_slots[b.actor]
                    try:
                        ray.kill(old.handle, no_restart=True)
                    except Exception:  # noqa: BLE001
                        pass
                    self.actor_slots[b.actor] = self._make_actor(ray, actor_cls, opts_ref)
                    for d in b.docs:
                        self.stats["timeouts"] += 1
                        err = InputError("E113", d.job.display, seconds=self.timeout)
                        on_result(error_result(d.job, err, cacheable=False, seconds=self.timeout or 0.0))
        self.stats["classify_seconds"] = round(self.stats["classify_seconds"], 3)

    def actor_pids(self) -> list[int]:
        """The process ids of the classifier actors (tests kill one to show a worker death is survived)."""
        ray = _import_ray()
        calls = [a.handle.pid.options(concurrency_group="control").remote() for a in self.actor_slots]
        return [int(p) for p in ray.get(calls)]

    def _cleanup(self, ray: Any, extracting: dict, batches: dict) -> None:
        """Stop what is still running (Ctrl-C, a fatal error), then leave the cluster."""
        for ref in list(extracting):
            try:
                ray.cancel(ref, force=True)
            except Exception:  # noqa: BLE001
                pass
        for slot in self.actor_slots:
            try:
                ray.kill(slot.handle, no_restart=True)
            except Exception:  # noqa: BLE001
                pass
        extracting.clear()
        batches.clear()
        self._disconnect(ray)


def _use_token_if_present() -> None:
    """Connect with the cluster token (``~/.ray/auth_token``, ``RAY_AUTH_TOKEN``...) when there is one
    and RAY_AUTH_MODE is not set, as ``ray start`` itself does (a Ray 2.60 cluster requires it)."""
    if os.environ.get("RAY_AUTH_MODE") is not None:
        return
    import logging

    try:
        from ray._private.authentication.authentication_token_setup import (
            maybe_enable_token_auth_if_token_available,
        )
    except ImportError:  # another Ray release: it handles tokens itself
        return
    log = logging.getLogger("ray._private.authentication.authentication_token_setup")
    level = log.level
    log.setLevel(logging.ERROR)  # no notice on stderr: the progress bar and the report own it
    try:
        maybe_enable_token_auth_if_token_available(warn_if_disabled=False)
    except Exception:  # noqa: BLE001 - without a token the connection error says what is wrong
        pass
    finally:
        log.setLevel(level)


def _unreachable(address: str, timeout: float = 5.0) -> str | None:
    """Why ``host:port`` (or ``ray://host:port``) cannot be reached, or None (also for ``auto``)."""
    import socket

    target = address.split("://", 1)[-1]
    host, sep, port = target.rpartition(":")
    if not sep or not port.isdigit() or not host:
        return None  # "auto", or a form Ray resolves itself
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            return None
    except OSError as e:
        return f"{host}:{port}: {e.strerror or type(e).__name__}"


def _why(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(e).__name__}: {first[:160]}" if first else type(e).__name__


__all__ = ["RayEngine", "RayUnavailable", "DEFAULT_MEMORY_LIMIT_MB"]
