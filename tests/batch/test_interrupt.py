"""A scan killed (SIGKILL) or interrupted (Ctrl-C) mid-way leaves only whole files, and the next run finishes the job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

from .conftest import manifest, run_scan, scan_args
from .corpus import build_folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("killed") / "contracts"
    expect = build_folder(
        root, 40, kinds=("txt", "docx", "md"), bad=False, pages=(1, 2), seed=7
    )  # room to be killed three times
    return root, expect["good"]


def _start(root, out):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = [sys.executable, "-m", "clausecheck", *scan_args(str(root), "--out", str(out), "--workers", "2", "-q")]
    return subprocess.Popen(
        args, cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )  # its own process group: the test can kill all of it


def _reports(out):
    base = out / "reports"
    return sorted(base.rglob("*.json")) if base.is_dir() else []


def _wait_for_reports(proc, out, n, limit=90.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit and proc.poll() is None:
        if len(_reports(out)) >= n:
            return True
        time.sleep(0.05)
    return False


def _assert_whole(out):
    for p in _reports(out):
        data = json.loads(p.read_text(encoding="utf-8"))  # a torn file would not parse
        assert data["schema"] == "clausecheck/report/v1"
    for p in (out / ".cache" / "objects").rglob("*.json") if (out / ".cache").is_dir() else []:
        assert json.loads(p.read_text(encoding="utf-8"))["schema"] == "clausecheck/report/v1"


@pytest.mark.slow
def test_scan_killed_repeatedly_then_completes(folder, tmp_path):
    root, good = folder
    out = tmp_path / "out"
    for _ in range(3):
        proc = _start(root, out)
        reached = _wait_for_reports(proc, out, len(_reports(out)) + 3)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the scan and its workers, as a crash or power cut would
        proc.wait(timeout=30)
        proc.stderr.close()
        _assert_whole(out)
        if not reached:
            break
    done_before = len(_reports(out))
    assert done_before < len(good), "the scan finished before it could be killed"
    proc = run_scan(root, out, "--workers", "2", "-q")
    assert proc.returncode in (0, 1), proc.stderr
    _assert_whole(out)
    assert {p.relative_to(out / "reports").as_posix()[:-5] for p in _reports(out)} == set(good)
    m = manifest(out)
    # a report is written just before its cache entry: a kill between the two costs one re-read per kill
    assert m["cache"]["hits"] >= done_before - 3 and m["cache"]["hits"] + m["extracted"] == len(good)
    assert not [p for p in out.rglob(".*.tmp")]  # temporaries of killed runs are cleaned up
    again = run_scan(root, out, "--workers", "2", "-q")
    assert again.returncode == proc.returncode
    assert manifest(out)["extracted"] == 0  # the cache written by the killed runs is trusted


@pytest.mark.slow
def test_scan_ctrl_c_keeps_finished_reports(folder, tmp_path):
    root, good = folder
    out = tmp_path / "out"
    proc = _start(root, out)
    assert _wait_for_reports(proc, out, 2)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    m = manifest(out)
    assert m["interrupted"] is True and m["remaining"] > 0 and m["exit_code"] == 130
    finished = len(_reports(out))
    assert finished == m["reported"] and finished >= 2
    _assert_whole(out)
    proc = run_scan(root, out, "--workers", "2", "-q")
    assert proc.returncode in (0, 1), proc.stderr
    m = manifest(out)
    assert m["cache"]["hits"] == finished and m["extracted"] == len(good) - finished
