"""The offline guarantee: check, scan and redline make no network connection.

Each command runs in a real process whose ``sitecustomize.py`` (first on
PYTHONPATH, so it also loads in scan's worker processes) replaces
``socket.socket.connect``/``connect_ex``, ``socket.create_connection``,
``socket.getaddrinfo`` and ``socket.gethostbyname``: any attempt is written to
a log file and fails with OSError.  HF_HUB_OFFLINE and TRANSFORMERS_OFFLINE are
removed from the environment, so the guarantee does not rest on them.  Local
IPC (AF_UNIX sockets) is logged separately and allowed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SITECUSTOMIZE = r"""
import os, socket, traceback

_LOG = os.environ["CLAUSECHECK_NET_LOG"]


def _record(what, target):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {what} {target!r}\n")
        fh.write("".join(traceback.format_stack(limit=12)) + "\n")


def _is_local_ipc(sock):
    return getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object())


_orig_connect = socket.socket.connect
_orig_connect_ex = socket.socket.connect_ex


def connect(self, address):
    if _is_local_ipc(self):
        with open(_LOG + ".ipc", "a", encoding="utf-8") as fh:
            fh.write(f"{address!r}\n")
        return _orig_connect(self, address)
    _record("connect", address)
    raise OSError(101, "network disabled by the offline test")


def connect_ex(self, address):
    if _is_local_ipc(self):
        return _orig_connect_ex(self, address)
    _record("connect_ex", address)
    return 101


def create_connection(address, *args, **kwargs):
    _record("create_connection", address)
    raise OSError(101, "network disabled by the offline test")


def getaddrinfo(host, *args, **kwargs):
    _record("getaddrinfo", host)
    raise socket.gaierror(-3, "name resolution disabled by the offline test")


def gethostbyname(host):
    _record("gethostbyname", host)
    raise socket.gaierror(-3, "name resolution disabled by the offline test")


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.create_connection = create_connection
socket.getaddrinfo = getaddrinfo
socket.gethostbyname = gethostbyname
with open(_LOG + ".loaded", "a", encoding="utf-8") as fh:
    fh.write(f"{os.getpid()}\n")
"""


def model_present() -> bool:
    from clausecheck.resources import classifier_dir

    d = classifier_dir()
    return d.is_dir() and any(d.glob("model*.onnx"))


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("offline") / "samples"
    subprocess.run(
        [sys.executable, str(ROOT / "samples" / "build.py"), "--out", str(out)], check=True, capture_output=True
    )
    return out


@pytest.fixture()
def offline(tmp_path):
    """(env, log path): an environment whose processes cannot open a network connection."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "net.log"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "NO_COLOR")
    }
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env["CLAUSECHECK_NET_LOG"] = str(log)
    env["HOME"] = str(tmp_path / "home")
    env.setdefault("CLAUSECHECK_MODELS_DIR", str(ROOT / "models"))
    return env, log


def run(env, args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clausecheck", *args], cwd=str(cwd), env=env, capture_output=True, text=True, timeout=600
    )


def assert_no_attempt(log: Path) -> None:
    assert Path(str(log) + ".loaded").is_file(), "the socket guard was not loaded"
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"network connection attempted:\n{attempts[:3000]}"


def test_offline_guard_catches_a_connection(offline, tmp_path):
    """The guard itself works: a connection attempt is recorded and fails."""
    env, log = offline
    code = "import urllib.request\ntry:\n    urllib.request.urlopen('http://example.org', timeout=2)\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", code], env=env, cwd=str(tmp_path), check=True, timeout=60)
    assert "example.org" in log.read_text(encoding="utf-8")


def test_offline_check(offline, samples, tmp_path):
    if not model_present():
        pytest.skip("no clause model: a full check cannot run (models/clause-classifier is missing)")
    env, log = offline
    proc = run(env, [str(samples / "ai_saas_agreement.docx"), "--format", "json", "--allow-modified-rules"], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert '"schema"' in proc.stdout and "model_sha256" in proc.stdout
    assert_no_attempt(log)


@pytest.mark.slow
def test_offline_scan(offline, samples, tmp_path):
    if not (ROOT / "clausecheck" / "cli" / "scan.py").is_file():
        pytest.skip("the scan command does not exist yet")
    if not model_present():
        pytest.skip("no clause model: a full scan cannot run")
    env, log = offline
    import shutil

    folder = tmp_path / "contracts"
    folder.mkdir()
    for name in ("plain_saas_no_ai.pdf", "vendor_terms_missing_gl.docx"):
        shutil.copy2(samples / name, folder / name)
    out = tmp_path / "scan-out"
    proc = run(
        env, ["scan", str(folder), "--out", str(out), "-q", "--workers", "1", "--allow-modified-rules"], tmp_path
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert out.is_dir() and any(out.iterdir())
    assert_no_attempt(log)


@pytest.mark.slow
def test_offline_redline(offline, samples, tmp_path):
    if not (ROOT / "clausecheck" / "cli" / "redline.py").is_file():
        pytest.skip("the redline command does not exist yet")
    if not model_present():
        pytest.skip("no clause model: a full redline cannot run")
    env, log = offline
    target = tmp_path / "reviewed.docx"
    proc = run(
        env, ["redline", str(samples / "ai_saas_agreement.docx"), "-o", str(target), "--allow-modified-rules"], tmp_path
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert target.is_file() and target.stat().st_size > 0
    assert_no_attempt(log)
