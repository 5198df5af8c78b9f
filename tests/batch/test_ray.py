"""``clausecheck scan --engine ray``: the same reports as the local engine, and a killed Ray worker costs nothing.

Marked ``ray``; skipped with a message when the ray extra is not installed.  Both
scans run a private local Ray with 2 CPUs (started and stopped by the engine).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import threading
from pathlib import Path

import pytest

from conftest import MODEL_FILE

from .conftest import manifest, run_scan

pytestmark = [pytest.mark.ray]

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'clausecheck[ray]')")


def _reports(out: Path) -> dict[str, bytes]:
    base = out / "reports"
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*.json"))}


def _rows(out: Path) -> dict[str, dict[str, str]]:
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    return {r["file"]: r for r in csv.DictReader(io.StringIO(text))}


@pytest.fixture(scope="module")
def local_scan(portfolio, tmp_path_factory):
    """The portfolio (32 good documents + the bad files) scanned by the local engine, with the model."""
    root, expect = portfolio
    out = tmp_path_factory.mktemp("ray-local") / "out"
    proc = run_scan(root, out, "-q", "--workers", "2", "--format", "json", model=True)
    assert proc.returncode in (1, 2), proc.stderr
    return root, expect, out, proc


@pytest.mark.slow
def test_ray_engine_reports_match_the_local_engine(local_scan, tmp_path):
    root, expect, local_out, local_proc = local_scan
    out = tmp_path / "out"
    proc = run_scan(root, out, "-q", "--engine", "ray", "--workers", "2", "--format", "json", model=True)
    assert proc.returncode == local_proc.returncode, proc.stderr
    m = manifest(out)
    assert m["engine"]["name"] == "ray" and m["engine"]["cpus"] == 2
    assert m["documents"] == len(expect["good"]) + len(expect["bad"]) and m["remaining"] == 0
    if MODEL_FILE.is_file():
        # the model is loaded once per classifier actor, not once per document
        assert 1 <= m["engine"]["model_loads"] <= m["engine"]["actors"] < len(expect["good"])
        assert m["engine"]["classified_units"] > 0
    local, remote = _reports(local_out), _reports(out)
    assert len(local) == len(expect["good"]) + len(expect["bad"])
    assert sorted(remote) == sorted(local)
    for rel in local:  # identical findings, labels, errors: byte for byte
        assert remote[rel] == local[rel], rel
    assert (out / "summary.csv").read_bytes() == (local_out / "summary.csv").read_bytes()
    rows = _rows(out)
    assert all(rows[rel]["status"] == "checked" for rel in expect["good"])
    assert all(rows[rel]["status"] == "error" and rows[rel]["error"] for rel in expect["bad"])
    # a second run answers from the cache without starting Ray
    again = run_scan(root, out, "-q", "--engine", "ray", "--workers", "2", "--format", "json", model=True)
    assert again.returncode == proc.returncode, again.stderr
    m2 = manifest(out)
    assert m2["extracted"] == 0 and m2["engine"]["connected"] is False


def _ray_pids(title: str) -> list[int]:
    """Processes whose Ray process title starts with ``title`` (Ray renames a worker to
    ``ray::<task name>`` while it runs a task)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmd = fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if cmd.startswith(title):
            pids.append(int(entry))
    return pids


class _KillWorkers:
    """Kills Ray worker processes mid-scan: from the start, the first worker seen extracting a
    document (found by its Ray process title); after a document is finished, a classifier actor
    busy with a batch (its pid asked through the Ray API).  Also a progress listener for ``scan``."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.done = 0
        self.killed: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._hunt_task, daemon=True)

    def _hunt_task(self) -> None:
        while not self._stop.wait(0.05):
            pids = _ray_pids("ray::clausecheck-extract")
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                self.killed.append(("task", pids[0]))
                return

    def start(self, total: int, done: int) -> None:
        self._thread.start()

    def advance(self, result) -> None:
        self.done += 1
        if any(kind == "actor" for kind, _ in self.killed):
            return
        busy = [i for i, slot in enumerate(self.engine.actor_slots) if slot.in_flight]
        if busy:  # an actor in the middle of a batch
            pid = self.engine.actor_pids()[busy[0]]
            os.kill(pid, signal.SIGKILL)
            self.killed.append(("actor", pid))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


@pytest.mark.slow
def test_ray_engine_survives_a_killed_worker(local_scan, tmp_path):
    """Kill the classifier actor and the extraction workers mid-scan: Ray restarts them, the
    in-flight documents are run once more, and every document is reported as by the local engine."""
    from clausecheck.batch.engine_ray import RayEngine
    from clausecheck.batch.runner import scan
    from clausecheck.pipeline import Options

    root, expect, local_out, _ = local_scan
    folder = tmp_path / "few"
    chosen = expect["good"][:12] + expect["bad"][:1]
    for rel in chosen:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, folder / rel)
    options = Options(classify=MODEL_FILE.is_file(), allow_modified_rules=True)
    engine = RayEngine(options, workers=2, timeout=120)
    killer = _KillWorkers(engine)
    outcome = scan(folder, tmp_path / "out", options=options, engine=engine, progress=killer)
    assert not outcome.interrupted
    assert any(kind == "task" for kind, _ in killer.killed), killer.killed
    if options.classify:  # the killed actor was restarted by Ray (and loaded the model again)
        assert any(kind == "actor" for kind, _ in killer.killed), killer.killed
        assert outcome.manifest["engine"]["actor_restarts"] >= 1, outcome.manifest["engine"]
    m = outcome.manifest
    assert m["documents"] == len(chosen) and m["reported"] == len(chosen) and m["remaining"] == 0
    local = _reports(local_out)
    remote = _reports(tmp_path / "out")
    assert sorted(remote) == sorted(f"{rel}.json" for rel in chosen)
    for rel in chosen:  # every document reported exactly as by the local engine, scores included:
        # a restarted actor pools other documents in its batch, and every window scores alone
        assert remote[f"{rel}.json"] == local[f"{rel}.json"], (rel, killer.killed)


def test_ray_task_memory_limit_stops_a_runaway_document():
    """The per-document memory limit a Ray task runs under: past it an allocation fails (the document
    is then reported E111), and the worker process is unharmed for the next document."""
    from clausecheck.batch.engine_ray import _address_space_limit, _memory_error
    from clausecheck.batch.work import Job

    if not Path("/proc/self/status").is_file():
        pytest.skip("address-space limits are set on Linux only")
    with pytest.raises(MemoryError), _address_space_limit(64):
        bytearray(512 * 2**20)
    assert len(bytearray(512 * 2**20)) == 512 * 2**20  # lifted after the document
    res = _memory_error(Job(0, "/data/huge.pdf", "huge.pdf"), 64)
    assert not res.ok and res.code == "E111" and not res.cacheable and "huge.pdf" in res.text


def _descendants(pid: int) -> set[int]:
    """``pid`` and every process below it (Ray's GCS, raylet and workers are children of the scan)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found = {pid}
    grew = True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in found and child not in found:
                found.add(child)
                grew = True
    return found


def _listening(pids: set[int]) -> set[tuple[str, int]]:
    """(address as in /proc/net/tcp*, port) of every listening TCP socket these processes hold."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    link = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if link.startswith("socket:["):
                    inodes.add(link[8:-1])
        except OSError:
            continue
    out = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:  # state LISTEN
                addr, port = cols[1].split(":")
                out.add((addr, int(port, 16)))
    return out


_LOOPBACK = {"0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F"}


@pytest.mark.slow
def test_issue17_local_ray_listens_on_loopback_only(portfolio, tmp_path):
    """Issue 17.1: the private Ray of `scan --engine ray` must not be reachable from the network.
    While the scan runs, every TCP socket that the scan's processes (the driver, GCS, raylet,
    workers) listen on is bound to 127.0.0.1 (or ::ffff:127.0.0.1 / ::1)."""
    import subprocess
    import sys
    import time

    from .conftest import scan_args

    if not Path("/proc/net/tcp").is_file():
        pytest.skip("needs /proc/net/tcp (Linux)")
    root, expect = portfolio
    folder = tmp_path / "docs"
    for rel in expect["good"][:8]:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, folder / rel)
    args = scan_args(str(folder), "--out", str(tmp_path / "out"), "-q", "--engine", "ray", "--workers", "2")
    proc = subprocess.Popen(
        [sys.executable, "-m", "clausecheck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    seen: set[tuple[str, int]] = set()
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            seen |= _listening(_descendants(proc.pid))
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 1), err
    assert seen, "no listening socket seen: Ray did not start?"
    exposed = sorted((addr, port) for addr, port in seen if addr.split(":")[0] not in _LOOPBACK)
    assert not exposed, exposed
