"""``scan``: a folder in, a report per document and a portfolio summary out.  The library API of ``clausecheck scan``.

The driver finds the files (:mod:`.discover`), answers what it can from the
cache (:mod:`.cache`), hands the rest to an engine (:mod:`.engine_local`; the
engine decides only where :mod:`.work` runs), and writes every output itself,
atomically, as results arrive:

    OUTDIR/reports/<relative path>.json   one report per document (the schema of ``clausecheck FILE --format json``)
    OUTDIR/summary.csv, summary.xlsx, summary.html
    OUTDIR/scan.json                      the manifest: counts, cache statistics, engine statistics, exit code
    OUTDIR/.cache/                        the cache

A report is written before its cache entry, and each with write_atomic, so an
interrupted or killed scan leaves only whole files, and the next run picks up
where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from .. import __version__
from ..errors import ExitCode, InputError, ModelError, OutputError
from ..fileio import printable, write_atomic
from ..pipeline import Options, resolve_playbook
from . import summary as _summary
from .cache import ScanCache, clean_temporaries
from .discover import Discovery, discover
from .work import FatalError, Job, Result, error_result, report_text

MANIFEST_SCHEMA = "clausecheck/scan/v1"
REPORTS = "reports"


class Progress(Protocol):
    def start(self, total: int, done: int) -> None: ...
    def advance(self, result: Result) -> None: ...
    def stop(self) -> None: ...


class _NoProgress:
    def start(self, total: int, done: int) -> None:
        pass

    def advance(self, result: Result) -> None:
        pass

    def stop(self) -> None:
        pass


@dataclass(slots=True)
class ScanOutcome:
    outdir: Path
    rows: list[dict[str, Any]]
    manifest: dict[str, Any]
    exit_code: ExitCode
    interrupted: bool = False
    discovery: Discovery | None = None
    results: list[Result] = field(default_factory=list)


def default_outdir(root: str | Path) -> Path:
    """``contracts/`` -> ``contracts.clausecheck/`` next to it."""
    r = Path(root).resolve()
    return r.parent / f"{r.name or 'scan'}.clausecheck"


def report_path(outdir: Path, rel: str) -> Path:
    return outdir / REPORTS / _summary.report_name(rel)


# --------------------------------------------------------------------------- cache key parts


def model_key(options: Options) -> str | None:
    """What identifies the model without loading it: its SHA256SUMS (or, with modified files
    allowed, the files themselves).  Raises E301 when the model is needed and absent."""
    if not options.classify:
        return None
    from ..resources import classifier_dir

    folder = classifier_dir()
    sums = folder / "SHA256SUMS"
    if not sums.is_file():
        raise ModelError(
            "E301", folder, detail="model folder not found" if not folder.is_dir() else "SHA256SUMS not found"
        )
    h = hashlib.sha256(sums.read_bytes())
    if options.allow_modified_model:
        from ..fileio import sha256_file

        for p in sorted(folder.iterdir()):
            if p.is_file():
                h.update(p.name.encode() + b"\0" + sha256_file(p).encode())
    return h.hexdigest()


def cache_parts(options: Options) -> dict[str, Any]:
    """Everything besides the file that decides a report."""
    from ..checks.loader import rules_hash

    playbook = options.playbook
    if options.check and playbook is None:
        playbook = resolve_playbook(None)
    return {
        "clausecheck": __version__,
        "model": model_key(options),
        "rules": rules_hash() if options.check else None,
        "playbook": playbook.sha256 if playbook is not None else None,
        "options": {
            "classify": options.classify,
            "check": options.check,
            "select": sorted(options.select),
            "ignore": sorted(options.ignore),
            "preview": options.preview,
            "allow_modified_model": options.allow_modified_model,
            "allow_modified_rules": bool(options.allow_modified_rules),
        },
    }


# --------------------------------------------------------------------------- the scan


def scan(
    root: str | Path,
    outdir: str | Path | None = None,
    *,
    options: Options | None = None,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    workers: int | None = None,
    timeout: float | None = 120.0,
    force: bool = False,
    follow_links: bool = False,
    fail_on: Any = None,
    engine: Any = None,
    engine_options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    on_event: Callable[[str, Any], None] | None = None,
) -> ScanOutcome:
    """Scan ``root``; write reports, summaries and the manifest into ``outdir``; return the outcome.

    ``fail_on`` is a :class:`~clausecheck.findings.Severity` (or None: findings never fail).
    KeyboardInterrupt is absorbed: the outcome says ``interrupted`` and everything
    finished so far is written.
    """
    t0 = time.monotonic()
    root = Path(root)
    if not root.is_dir():
        raise InputError("E101" if not root.exists() else "E107", str(root))
    options = options or Options()
    out = Path(outdir) if outdir is not None else default_outdir(root)
    progress = progress or _NoProgress()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError("E402", str(out), detail=e.strerror or str(e)) from e
    if out.resolve() == root.resolve():
        raise OutputError("E403", str(out))
    clean_temporaries(out)
    found = discover(root, include=include, exclude=exclude, outdir=out, follow_links=follow_links)
    if options.check and options.playbook is None:  # the default playbook, loaded once for every document
        options = replace(options, playbook=resolve_playbook(None))
    cache = ScanCache(out / ".cache", cache_parts(options), enabled=not force)

    rows: dict[str, dict[str, Any]] = {}
    results: list[Result] = []
    # rel -> severities of its findings, for every report written or confirmed this run (texts are not
    # kept: a data room of tens of thousands of contracts must not hold every report in memory)
    reports: dict[str, tuple[str, ...]] = {}
    pages_done = 0
    extracted = 0
    failures = 0

    @contextmanager
    def writing(target: Path) -> Iterator[None]:
        """An output that cannot be written (a full disk, a read-only folder) stops the scan with E402."""
        try:
            yield
        except OSError as e:
            raise OutputError("E402", str(target), detail=e.strerror or str(e)) from e

    def write_report(rel: str, text: str) -> None:
        target = report_path(out, rel)
        page = target.with_name(target.name[: -len(".json")] + ".html")
        try:
            if target.is_file() and page.is_file() and target.read_text(encoding="utf-8") == text:
                return
        except (OSError, UnicodeDecodeError):
            pass
        try:
            write_atomic(target, text)
            # the same report as a page a lawyer reads (summary.html links to it)
            write_atomic(page, _summary.report_html(json.loads(text)))
        except OSError as e:
            raise OutputError("E402", str(target), detail=e.strerror or str(e)) from e

    def record(rel: str, text: str) -> dict[str, Any]:
        data = json.loads(text)
        row = _summary.row_from_report(data)
        rows[rel] = row
        reports[rel] = tuple(sorted({str(f.get("severity", "")) for f in data.get("findings") or []}))
        return row

    # skipped kinds: a row with the reason, no report file
    for entry in found.skipped:
        err = InputError("E106", entry.rel, suffix=entry.path.suffix.lower() or "extension-less")
        from ..report import error_report

        record(entry.rel, report_text(error_report(entry.rel, err)))
        reports.pop(entry.rel, None)

    # names or paths clausecheck cannot use: a failed row (and error report) each, the scan goes on
    for entry, err_code, fields in found.failed:
        res = error_result(
            Job(-1, str(entry.path), entry.rel), InputError(err_code, entry.rel, **fields), cacheable=False
        )
        write_report(entry.rel, res.text)
        record(entry.rel, res.text)
        results.append(_light(res))

    # links leaving the folder: listed as skipped, never read (--follow-links reads them)
    for entry in found.outside:
        from ..report import error_report

        record(entry.rel, report_text(error_report(entry.rel, InputError("E117", entry.rel))))
        reports.pop(entry.rel, None)

    jobs: list[Job] = []
    sha_of: dict[str, str] = {}
    for i, entry in enumerate(found.checked):
        try:
            sha = cache.file_sha256(entry.path, entry.rel)
        except OSError as e:
            res = error_result(
                Job(i, str(entry.path), entry.rel),
                InputError("E108", entry.rel, detail=e.strerror or type(e).__name__),
                cacheable=False,
            )
            write_report(entry.rel, res.text)
            record(entry.rel, res.text)
            results.append(_light(res))
            continue
        sha_of[entry.rel] = sha
        text = cache.get(entry.rel, sha)
        if text is not None:
            write_report(entry.rel, text)
            row = record(entry.rel, text)
            pages_done += int(row.get("pages") or 0)
            results.append(
                Result(
                    job=Job(i, str(entry.path), entry.rel),
                    ok=row["status"] == "checked",
                    text="",
                    pages=int(row.get("pages") or 0),
                    extracted=False,
                )
            )
            continue
        jobs.append(Job(i, str(entry.path), entry.rel))

    done_since_index = 0

    guard = _CtrlC()

    def on_result(res: Result) -> None:
        nonlocal pages_done, extracted, done_since_index
        rel = res.job.display
        with guard:  # Ctrl-C waits until the report, its cache entry and its row are all recorded
            write_report(rel, res.text)
            sha = sha_of.get(rel)
            if res.cacheable and sha is not None:
                with writing(cache.root):
                    cache.put(rel, sha, res.text)
            record(rel, res.text)
            results.append(_light(res))
            extracted += 1
            pages_done += res.pages
            done_since_index += 1
            if done_since_index >= 25:
                with writing(cache.root):
                    cache.save_index()
                done_since_index = 0
        progress.advance(res)

    interrupted = False
    engine_stats: dict[str, Any] = {}
    if engine is None:
        from .engine_local import LocalEngine

        engine = LocalEngine(options, workers=workers, timeout=timeout, **(engine_options or {}))
    progress.start(len(jobs), len(found.checked) - len(jobs))
    try:
        with guard.installed():
            engine_stats = engine.run(jobs, on_result)
    except KeyboardInterrupt:
        interrupted = True
    except FatalError as e:
        _save_quietly(cache)
        raise e.error from None
    except Exception:
        _save_quietly(cache)  # a disk that refused an output (E402) may refuse the index too: E402 says it all
        raise
    finally:
        progress.stop()
    with writing(cache.root):
        cache.save_index()

    # stale reports (files no longer in the folder) are removed after a complete scan
    if not interrupted:
        _prune_reports(out, set(reports))

    failures = sum(1 for r in rows.values() if r["status"] == "error")
    ordered = [rows[k] for k in sorted(rows)]
    code = _exit_code(reports, failures, fail_on)
    if interrupted:
        code = ExitCode.INTERRUPTED
    seconds = time.monotonic() - t0
    manifest = {
        "schema": MANIFEST_SCHEMA,
        "clausecheck_version": __version__,
        "root": printable(str(root)),
        "documents": len(found.checked) + len(found.failed),
        "reported": sum(1 for r in ordered if r["status"] != "skipped"),
        "checked": sum(1 for r in ordered if r["status"] == "checked"),
        "failed": failures,
        "skipped": [e.rel for e in found.skipped] + [e.rel for e in found.outside],
        "links_outside": [e.rel for e in found.outside],
        "ignored": [{"file": rel, "reason": why} for rel, why in found.ignored],
        "remaining": len(found.checked) + len(found.failed) - sum(1 for r in ordered if r["status"] != "skipped"),
        "interrupted": interrupted,
        "pages": pages_done,
        "extracted": extracted,
        "cache": cache.stats.to_json(),
        "engine": {
            "name": getattr(engine, "name", type(engine).__name__),
            "workers": getattr(engine, "workers", 1),
            **engine_stats,
        },
        "seconds": round(seconds, 3),
        "documents_per_minute": round(extracted / seconds * 60, 2) if seconds > 0 and extracted else None,
        "exit_code": int(code),
        "key": {k: v for k, v in cache.parts.items() if k != "options"},
    }
    _write_summaries(out, ordered, manifest, title=f"clausecheck: {printable(root.resolve().name)}")
    return ScanOutcome(
        outdir=out,
        rows=ordered,
        manifest=manifest,
        exit_code=code,
        interrupted=interrupted,
        discovery=found,
        results=results,
    )


def _save_quietly(cache: ScanCache) -> None:
    """Save the cache index if possible (it is only a hint: losing it costs re-hashing, never a wrong report)."""
    try:
        cache.save_index()
    except OSError:
        pass


class _CtrlC:
    """Defers Ctrl-C (SIGINT) while one document's outputs are being recorded, so an interrupted
    scan never has a report without its row and cache entry."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False

    def __enter__(self) -> _CtrlC:
        self.depth += 1
        return self

    def __exit__(self, *exc: Any) -> None:
        self.depth -= 1
        if self.depth == 0 and self.pending and exc[0] is None:
            self.pending = False
            raise KeyboardInterrupt

    def _handler(self, signum: int, frame: Any) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, self._handler)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _light(res: Result) -> Result:
    """The result without its report text (the text is on disk)."""
    return Result(
        job=res.job,
        ok=res.ok,
        text="",
        pages=res.pages,
        code=res.code,
        message=res.message,
        cacheable=res.cacheable,
        seconds=res.seconds,
        extracted=res.extracted,
    )


def _exit_code(reports: dict[str, tuple[str, ...]], failures: int, fail_on: Any) -> ExitCode:
    """report.exit_code's precedence, over the findings of every report of the batch."""
    from types import SimpleNamespace

    from ..findings import Severity
    from ..report import exit_code

    shells = []
    for severities in reports.values():
        found = []
        for label in severities:
            try:
                found.append(SimpleNamespace(severity=Severity.parse(label)))
            except ValueError:
                continue
        shells.append(SimpleNamespace(findings=found))
    return exit_code(shells, failures, fail_on)  # type: ignore[arg-type]


def _prune_reports(out: Path, keep: set[str]) -> None:
    base = out / REPORTS
    if not base.is_dir():
        return
    wanted = {str(report_path(out, rel)) for rel in keep}
    wanted |= {w[: -len(".json")] + ".html" for w in wanted}
    for p in sorted([*base.rglob("*.json"), *base.rglob("*.html")], reverse=True):
        if str(p) not in wanted:
            try:
                p.unlink()
            except OSError:
                pass
    for d in sorted((p for p in base.rglob("*") if p.is_dir()), reverse=True):
        try:
            d.rmdir()  # only empty ones
        except OSError:
            pass


def _write_summaries(out: Path, rows: list[dict[str, Any]], manifest: dict[str, Any], *, title: str) -> None:
    meta = f"{manifest['checked']} checked, {manifest['failed']} could not be read, {len(manifest['skipped'])} skipped."
    if manifest["interrupted"]:
        meta = "Interrupted: partial results. " + meta
    try:
        write_atomic(out / "summary.csv", _summary.csv_text(rows), encoding="utf-8-sig")
        write_atomic(out / "summary.xlsx", _summary.xlsx_bytes(rows))
        write_atomic(out / "summary.html", _summary.html_text(rows, title=title, meta=meta, reports_dir=REPORTS))
        write_atomic(out / "scan.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    except OSError as e:
        raise OutputError("E402", str(out), detail=e.strerror or str(e)) from e


__all__ = ["scan", "ScanOutcome", "default_outdir", "report_path", "cache_parts", "model_key", "Progress"]
