"""Issue 17: never lose a contract, never leak one, never misstate what was read.

Scan-level cases, each on real files built here (names the file system really holds, links,
a full disk).  Every scan runs in a fresh ``python -m clausecheck`` process under a timeout.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from batch.conftest import manifest, run_scan

CONTRACT = (b"1. Services\nThe Supplier shall provide the Services described in Schedule 1.\n\n"
            b"2. Governing law\nThis Agreement is governed by the laws of England and Wales.\n\n"
            b"3. Disputes\nThe courts of London have exclusive jurisdiction over any dispute.\n")


def _put(folder: Path | int, name: bytes, data: bytes = CONTRACT) -> None:
    """Create a file by its raw name (bytes: names need not be UTF-8)."""
    if isinstance(folder, int):
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=folder)
    else:
        fd = os.open(os.path.join(os.fsencode(folder), name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _deep_file(root: Path, total: int = 4300) -> int:
    """A file whose absolute path is longer than ``total`` bytes (made folder by folder through
    descriptors, since the path itself is too long for the system).  Returns the depth."""
    fd = os.open(root, os.O_RDONLY)
    depth = 0
    try:
        while len(os.fsencode(root)) + depth * 201 < total:
            os.mkdir(b"d" * 200, dir_fd=fd)
            nfd = os.open(b"d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
            depth += 1
        _put(fd, b"deep.txt")
    finally:
        os.close(fd)
    return depth


def _csv_rows(out: Path) -> dict[str, dict[str, str]]:
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    return {r["file"]: r for r in csv.DictReader(io.StringIO(text))}


def test_issue17_bad_file_names_become_failed_rows_and_the_scan_goes_on(tmp_path):
    """Item 3: a non-UTF-8 name, a 240-byte name, a control character and a path over 4,096
    bytes: each is one row (a failed one with its reason where the name cannot be used); all
    the other files are checked and every summary is written."""
    root = tmp_path / "contracts"
    root.mkdir()
    for i in range(5):
        _put(root, b"good%d.txt" % i)
    _put(root, b"Vertrag M\xfcller.txt")  # Latin-1, not UTF-8
    long_name = "a" * 236 + ".txt"  # 240 bytes: the old temporary name went past 255
    _put(root, long_name.encode())
    _put(root, b"bell\x07\x1b[31mname.txt")
    _deep_file(root)
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", "--format", "json", timeout=300)
    assert r.returncode == 2, r.stderr  # some files could not be read: 2, never 3
    assert "Traceback" not in r.stderr and "E900" not in r.stderr
    for name in ("summary.csv", "summary.xlsx", "summary.html", "scan.json"):
        assert (out / name).is_file(), name
    rows = _csv_rows(out)
    assert all(rows[f"good{i}.txt"]["status"] == "checked" for i in range(5))
    assert rows[long_name]["status"] == "checked"
    bad = {k: v for k, v in rows.items() if v["status"] == "error"}
    assert sorted(bad) == sorted(["Vertrag M\\xfcller.txt", "bell\\x07\\x1b[31mname.txt",
                                  next(k for k in rows if k.startswith("d" * 200))]), sorted(bad)
    assert bad["Vertrag M\\xfcller.txt"]["error"].endswith("[E115]")
    assert "control characters" in bad["bell\\x07\\x1b[31mname.txt"]["error"]
    deep = next(v for k, v in bad.items() if k.startswith("d" * 200))
    assert deep["error"].endswith("[E116]") and "4,096" in deep["error"]
    m = manifest(out)
    assert m["documents"] == 9 and m["reported"] == 9 and m["failed"] == 3 and m["remaining"] == 0
    assert "\x1b" not in (out / "summary.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(out / "summary.xlsx") as z:
        assert any("Vertrag" in z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    # every row's report is there, named so the summary page links to it
    reports = out / "reports"
    assert (reports / f"{long_name}.json").is_file()
    assert len(list(reports.rglob("*.json"))) == 9
    # the second run is the same (no re-reading of the good ones, the same rows)
    again = run_scan(root, out, "-q", "--format", "json", timeout=300)
    assert again.returncode == 2 and _csv_rows(out) == rows, again.stderr


def test_issue17_name_too_long_for_its_report_still_gets_one(tmp_path):
    """A 253-byte name: ``NAME.json`` would pass the 255-byte limit; the report is named with a hash."""
    root = tmp_path / "contracts"
    root.mkdir()
    name = "b" * 249 + ".txt"
    _put(root, name.encode())
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", "--format", "json", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    assert _csv_rows(out)[name]["status"] == "checked"
    [report] = list((out / "reports").glob("*.json"))
    assert json.loads(report.read_text(encoding="utf-8"))["file"] == name
    html = (out / "summary.html").read_text(encoding="utf-8")
    from urllib.parse import quote

    assert quote(f"reports/{report.name}") in html


def test_issue17_file_names_never_become_spreadsheet_formulas(tmp_path):
    """Item 4: a file named like a formula stays text in summary.xlsx (no formula cell) and
    summary.csv (a leading apostrophe, which spreadsheets show as text)."""
    import openpyxl

    root = tmp_path / "contracts"
    root.mkdir()
    names = ['=HYPERLINK("mailto:x@example.invalid","open").txt', "+SUM(1,2).txt", "@cmd.txt", "-2+3.txt",
             "plain.txt"]
    for name in names:
        _put(root, name.encode())
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    fields = [row[0] for row in csv.reader(io.StringIO(text))][1:]
    assert sorted(fields) == sorted(("'" + n if n[0] in "=+-@" else n) for n in names), fields
    assert not any(f.startswith(("=", "+", "-", "@")) for row in csv.reader(io.StringIO(text)) for f in row)
    sheet = openpyxl.load_workbook(out / "summary.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert sorted(c.value for c in sheet["A"][1:]) == sorted(names)
    with zipfile.ZipFile(out / "summary.xlsx") as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_issue17_links_leaving_the_folder_are_listed_not_read(tmp_path):
    """Item 5: links to a file and a folder outside DIR are skipped and listed, and nothing they
    point to reaches a report; --follow-links reads them; links inside DIR are read as before."""
    secret = tmp_path / "other-client"
    secret.mkdir()
    _put(secret, b"their-contract.txt", CONTRACT.replace(b"Schedule 1", b"OTHER-CLIENT-SECRET"))
    root = tmp_path / "contracts"
    (root / "sub").mkdir(parents=True)
    _put(root, b"ours.txt")
    _put(root / "sub", b"inside.txt")
    os.symlink(secret / "their-contract.txt", root / "link-to-file.txt")
    os.symlink(secret, root / "link-to-folder")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink(root / "sub" / "inside.txt", root / "link-inside.txt")
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", "--format", "json", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    rows = _csv_rows(out)
    assert {k for k, v in rows.items() if v["status"] == "checked"} == {"ours.txt", "sub/inside.txt",
                                                                          "link-inside.txt"}
    outside = {k: v for k, v in rows.items() if v["status"] == "skipped"}
    assert sorted(outside) == ["link-to-file.txt", "link-to-folder/", "passwd.txt"], sorted(outside)
    assert all(v["error"].endswith("[E117]") for v in outside.values())
    assert sorted(manifest(out)["links_outside"]) == sorted(outside)
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert b"OTHER-CLIENT-SECRET" not in everything and b"root:x:0:0" not in everything
    # asked for explicitly, the links are followed
    out2 = tmp_path / "out2"
    r2 = run_scan(root, out2, "-q", "--follow-links", timeout=300)
    assert r2.returncode in (0, 1, 2), r2.stderr
    rows2 = _csv_rows(out2)
    assert rows2["link-to-file.txt"]["status"] == "checked"
    assert rows2["link-to-folder/their-contract.txt"]["status"] == "checked"


def _can_mount_tmpfs(where: Path) -> bool:
    import shutil
    import subprocess

    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{where}'"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def test_issue17_a_full_disk_is_E402_not_an_internal_error(tmp_path):
    """Item 6: the output folder on a real, tiny file system (a 48 KB tmpfs mounted in a private
    mount namespace) fills up during the scan: one line naming the file, E402, exit 2."""
    import subprocess
    import sys

    from batch.conftest import scan_args

    disk = tmp_path / "disk"
    disk.mkdir()
    if not _can_mount_tmpfs(disk):
        pytest.skip("needs `unshare -rm` to mount a small tmpfs (user and mount namespaces)")
    root = tmp_path / "contracts"
    root.mkdir()
    for i in range(40):
        _put(root, b"c%02d.txt" % i)
    args = " ".join(f"'{a}'" for a in scan_args(str(root), "--out", str(disk / "out"), "-q"))
    script = (f"mount -t tmpfs -o size=48k tmpfs '{disk}' && "
              f"'{sys.executable}' -m clausecheck {args}")
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300,
                       cwd=str(Path(__file__).resolve().parents[2]), env=dict(os.environ))
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith("[E402]"), r.stderr
    assert "No space left on device" in lines[0] and str(disk) in lines[0]
    assert "internal error" not in r.stderr and "E900" not in r.stderr


def test_issue17_same_size_edit_with_mtime_put_back_is_read_again(tmp_path):
    """Item 7: an in-place edit of the same size, with the modification time restored and the same
    inode, is seen by the next scan (the stale report is not reused)."""
    root = tmp_path / "contracts"
    root.mkdir()
    _put(root, b"lease.txt")
    _put(root, b"other.txt")
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    assert _csv_rows(out)["lease.txt"]["governing_law"] == "GB-ENG"
    target = root / "lease.txt"
    st = target.stat()
    data = target.read_bytes()
    new = data.replace(b"laws of England and Wales.", b"laws of Japan.            ")
    assert len(new) == len(data) and new != data
    with open(target, "r+b") as fh:  # in place: same inode
        fh.write(new)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = target.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)
    r2 = run_scan(root, out, "-q", timeout=300)
    assert r2.returncode in (0, 1), r2.stderr
    assert _csv_rows(out)["lease.txt"]["governing_law"] == "JP"
    m = manifest(out)
    assert m["cache"]["hashed"] == 1 and m["cache"]["hash_reused"] == 1 and m["extracted"] == 1
