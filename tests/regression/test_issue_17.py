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

CONTRACT = (
    b"1. Services\nThe Supplier shall provide the Services described in Schedule 1.\n\n"
    b"2. Governing law\nThis Agreement is governed by the laws of England and Wales.\n\n"
    b"3. Disputes\nThe courts of London have exclusive jurisdiction over any dispute.\n"
)


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


@pytest.mark.slow
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
    assert sorted(bad) == sorted(
        ["Vertrag M\\xfcller.txt", "bell\\x07\\x1b[31mname.txt", next(k for k in rows if k.startswith("d" * 200))]
    ), sorted(bad)
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

    page = report.with_name(report.name[: -len(".json")] + ".html")  # the readable page the summary links to
    assert page.is_file() and quote(f"reports/{page.name}") in html


@pytest.mark.slow
def test_issue17_file_names_never_become_spreadsheet_formulas(tmp_path):
    """Item 4: a file named like a formula stays text in summary.xlsx (no formula cell) and
    summary.csv (a leading apostrophe, which spreadsheets show as text)."""
    import openpyxl

    root = tmp_path / "contracts"
    root.mkdir()
    names = ['=HYPERLINK("mailto:x@example.invalid","open").txt', "+SUM(1,2).txt", "@cmd.txt", "-2+3.txt", "plain.txt"]
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


@pytest.mark.slow
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
    assert {k for k, v in rows.items() if v["status"] == "checked"} == {"ours.txt", "sub/inside.txt", "link-inside.txt"}
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
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{where}'"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


@pytest.mark.slow
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
    script = f"mount -t tmpfs -o size=48k tmpfs '{disk}' && '{sys.executable}' -m clausecheck {args}"
    r = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(Path(__file__).resolve().parents[2]),
        env=dict(os.environ),
    )
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith("[E402]"), r.stderr
    assert "No space left on device" in lines[0] and str(disk) in lines[0]
    assert "internal error" not in r.stderr and "E900" not in r.stderr


@pytest.mark.slow
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


# --------------------------------------------------------------------------- item 8: pinned hashes

ROOT = Path(__file__).resolve().parents[2]


def _tampered_model(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the shipped model with one weight byte flipped and SHA256SUMS and the card
    rewritten to match it (what someone who can write the model folder could do)."""
    import hashlib
    import shutil

    from conftest import MODEL_FILE

    if not MODEL_FILE.is_file():
        pytest.skip("the committed model is not present")
    models = tmp_path / "models"
    folder = models / "clause-classifier"
    shutil.copytree(MODEL_FILE.parent, folder)
    weights = folder / "model.int8.onnx"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x01
    weights.write_bytes(bytes(data))
    digest = hashlib.sha256(bytes(data)).hexdigest()
    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    card["model_sha256"] = digest
    (folder / "card.json").write_text(json.dumps(card), encoding="utf-8")
    names = ("model.int8.onnx", "tokenizer.json", "labels.json", "thresholds.json", "card.json")
    (folder / "SHA256SUMS").write_text(
        "".join(f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {n}\n" for n in names), encoding="utf-8"
    )
    return models, digest


def test_issue17_model_edited_with_its_sums_is_caught_and_hashes_are_computed(tmp_path):
    """Item 8: a model edited together with SHA256SUMS and its card is refused (E302) against the
    hashes pinned in the package; --version, `clausecheck model` and the report show the hash of
    the file actually there, not the card's."""
    from conftest import run_cli

    models, digest = _tampered_model(tmp_path)
    env = {"CLAUSECHECK_MODELS_DIR": str(models)}
    contract = tmp_path / "lease.txt"
    contract.write_bytes(CONTRACT)
    r = run_cli(str(contract), env=env, timeout=300)
    assert r.returncode == 2 and r.stderr.strip().endswith("[E302]"), r.stderr
    assert "pinned" in r.stderr and "model.int8.onnx" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    v = run_cli("--version", env=env, timeout=60)
    assert v.returncode == 0 and f"sha256:{digest[:16]}" in v.stdout and "MODIFIED" in v.stdout, v.stdout
    m = run_cli("model", "--json", env=env, timeout=120)
    assert m.returncode == 2, m.stderr
    shown = json.loads(m.stdout)
    assert shown["verified"] is False and shown["files"]["model.int8.onnx"] == "modified"
    assert shown["model_sha256"] == digest
    # used on purpose, the report records the hash of the weights that were run
    ok = run_cli(str(contract), "--format", "json", "--allow-modified-model", env=env, timeout=300)
    assert ok.returncode in (0, 1), ok.stderr
    prov = json.loads(ok.stdout)["provenance"]
    assert prov["model_sha256"] == digest and prov["model_modified"]


def test_issue17_untampered_report_hash_is_the_loaded_file(tmp_path):
    from clausecheck.fileio import sha256_file

    from conftest import MODEL_FILE, run_cli

    if not MODEL_FILE.is_file():
        pytest.skip("the committed model is not present")
    contract = tmp_path / "lease.txt"
    contract.write_bytes(CONTRACT)
    ok = run_cli(str(contract), "--format", "json", timeout=300)
    assert ok.returncode in (0, 1), ok.stderr
    assert json.loads(ok.stdout)["provenance"]["model_sha256"] == sha256_file(MODEL_FILE)


def test_issue17_rules_edited_with_their_sums_are_caught(tmp_path):
    """Item 8: a rule edited together with rules/SHA256SUMS still differs from the pinned hashes (E205)."""
    import shutil

    from clausecheck.checks import manifest

    from conftest import run_cli

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    playbook = rules / "playbooks" / "default.yaml"
    playbook.write_text(playbook.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    manifest.write_manifest(rules)
    assert manifest.differences(rules) == []  # the manifest beside the files is fooled
    contract = tmp_path / "lease.txt"
    contract.write_bytes(CONTRACT)
    r = run_cli(str(contract), env={"CLAUSECHECK_RULES_DIR": str(rules)}, timeout=300)
    assert r.returncode == 2 and r.stderr.strip().endswith("[E205]"), r.stderr
    assert "playbooks/default.yaml" in r.stderr and "pinned" in r.stderr


@pytest.mark.parametrize("kind", ["fifo", "huge"])
def test_issue17_model_file_not_regular_or_too_large_is_refused_before_reading(tmp_path, kind):
    import shutil

    from conftest import MODEL_FILE, run_cli

    if not MODEL_FILE.is_file():
        pytest.skip("the committed model is not present")
    folder = tmp_path / "models" / "clause-classifier"
    shutil.copytree(MODEL_FILE.parent, folder)
    weights = folder / "model.int8.onnx"
    weights.unlink()
    if kind == "fifo":
        os.mkfifo(weights)  # reading it would block forever
    else:
        with open(weights, "wb") as fh:  # sparse: 600 MB on paper, nothing on disk
            fh.truncate(600 * 2**20)
    contract = tmp_path / "lease.txt"
    contract.write_bytes(CONTRACT)
    env = {"CLAUSECHECK_MODELS_DIR": str(tmp_path / "models")}
    r = run_cli(str(contract), env=env, timeout=120)
    assert r.returncode == 2 and r.stderr.strip().endswith("[E305]"), r.stderr
    m = run_cli("model", "--json", env=env, timeout=120)
    assert m.returncode == 2 and json.loads(m.stdout)["files"]["model.int8.onnx"] == "refused"


# --------------------------------------------------------------------------- item 10: crashes and hangs


def test_issue17_check_and_redline_refuse_a_fifo(tmp_path):
    """`check` on a named pipe used to wait forever: now one line, E118, exit 2 (the subprocess timeout
    is the hang guard)."""
    from conftest import run_cli

    pipe = tmp_path / "contract.pdf"
    os.mkfifo(pipe)
    for args in ([str(pipe)], ["redline", str(pipe)]):
        r = run_cli(*args, timeout=60)
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].endswith("[E118]") and str(pipe) in lines[0], r.stderr


def _strict_copy(src: Path, dst: Path) -> Path:
    """``src`` saved as Strict Open XML: the Strict namespaces and relationship types (and w:start /
    w:end indents) Word writes for "Strict Open XML Document"."""
    import re

    def strict(data: bytes) -> bytes:
        data = data.replace(
            b"officeDocument/2006/relationships/extended-properties",
            b"officeDocument/2006/relationships/extendedProperties",
        )
        data = data.replace(b"officeDocument/2006/extended-properties", b"officeDocument/2006/extendedProperties")
        data = re.sub(
            rb"http://schemas\.openxmlformats\.org/(wordprocessingml|drawingml|officeDocument)/2006/(\w+)",
            rb"http://purl.oclc.org/ooxml/\1/\2",
            data,
        )
        return data.replace(b"w:left=", b"w:start=").replace(b"w:right=", b"w:end=")

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, strict(data) if info.filename.endswith((".xml", ".rels")) else data)
    return dst


def test_issue17_strict_open_xml_docx_is_read_like_its_transitional_twin(tmp_path):
    """A Strict Open XML DOCX gave "broken: KeyError": it now reads to the same clauses (numbering
    included) as the same document saved as Transitional, and its redline is written."""
    import docx

    from clausecheck.extract import extract
    from clausecheck.pipeline import Options
    from clausecheck.redline.apply import redline_file
    from clausecheck.segment import segment

    sample = ROOT / "samples" / "ai_saas_agreement.docx"
    strict = _strict_copy(sample, tmp_path / "strict.docx")
    with zipfile.ZipFile(strict) as z:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in z.read("word/document.xml")
    before = strict.read_bytes()
    a, b = segment(extract(strict)), segment(extract(sample))
    assert a.document.text == b.document.text
    assert [(c.number, c.heading, c.start, c.end) for c in a.clauses] == [
        (c.number, c.heading, c.start, c.end) for c in b.clauses
    ]
    assert sum(1 for c in a.clauses if c.number) > 20
    out = redline_file(
        strict, output=tmp_path / "strict.redline.docx", options=Options(classify=False, allow_modified_rules=True)
    )
    assert docx.Document(str(out.output)).paragraphs and out.result.comments > 0
    assert strict.read_bytes() == before


@pytest.mark.slow
def test_issue17_ten_megabyte_one_line_text_gives_a_report(tmp_path):
    """A 10 MB text on one line is one clause of 10,000,000 characters: a report (exit 0/1) whose
    warning W107 says the model read only its start, never an internal error (the timeout is a hang
    guard, not a speed test)."""
    from conftest import run_cli

    words = (
        "the supplier shall provide services to the customer under this agreement governed by the "
        "laws of england and any dispute goes to the courts of london "
    ).split()
    line = " ".join(words[i % len(words)] for i in range(1_800_000))[:10_000_000]
    path = tmp_path / "one_line.txt"
    path.write_text(line, encoding="utf-8")
    r = run_cli(str(path), "--format", "json", timeout=900)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    report = json.loads(r.stdout)
    assert [w["code"] for w in report["warnings"]] == ["W107"]
    assert report["governing_law"]["jurisdiction"] == "GB-ENG"


# --------------------------------------------------------------------------- item 11: smaller ones


def _macro_copy(src: Path, dst: Path, *, template: bool = False) -> Path:
    """``src`` as Word saves it as a macro-enabled document (.docm: the macro-enabled main content type,
    a vbaProject.bin part and its relationship) or as a template (.dotx: the template content type)."""
    main_ct = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                if template:
                    data = data.replace(
                        main_ct, b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
                    )
                else:
                    data = data.replace(main_ct, b"application/vnd.ms-word.document.macroEnabled.main+xml")
                    data = data.replace(
                        b"</Types>",
                        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                    )
            elif info.filename == "word/_rels/document.xml.rels" and not template:
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.'
                    b'microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                    b"</Relationships>",
                )
            zout.writestr(info, data)
        if not template:
            zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1016))
    return dst


@pytest.mark.slow
def test_issue17_docm_and_dotx_are_scanned_and_redlined_as_plain_docx(tmp_path):
    """.docm and .dotx files are read by `scan` as by `check`, and their redline is an ordinary
    .docx: the document content type, no macro project."""
    from conftest import run_cli

    sample = ROOT / "samples" / "ai_saas_agreement.docx"
    root = tmp_path / "contracts"
    root.mkdir()
    _macro_copy(sample, root / "macro.docm")
    _macro_copy(sample, root / "template.dotx", template=True)
    out = tmp_path / "out"
    r = run_scan(root, out, "-q", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    rows = _csv_rows(out)
    assert rows["macro.docm"]["status"] == "checked" and rows["template.dotx"]["status"] == "checked", rows
    for name in ("macro.docm", "template.dotx"):
        target = tmp_path / f"{name}.redline.docx"
        red = run_cli(
            "redline", str(root / name), "-o", str(target), "--no-model", "--allow-modified-rules", timeout=300
        )
        assert red.returncode == 0, red.stderr
        with zipfile.ZipFile(target) as z:
            types = z.read("[Content_Types].xml").decode("utf-8")
            assert (
                "wordprocessingml.document.main+xml" in types
                and "macroEnabled" not in types
                and "template.main" not in types
                and "vbaProject" not in types
            ), types
            assert not [n for n in z.namelist() if "vba" in n.lower()]
            assert "vbaProject" not in z.read("word/_rels/document.xml.rels").decode("utf-8")
        import docx

        assert docx.Document(str(target)).paragraphs


def test_issue17_check_output_is_not_overwritten_or_put_in_a_new_folder(tmp_path):
    from conftest import run_cli

    contract = tmp_path / "lease.txt"
    contract.write_bytes(CONTRACT)
    existing = tmp_path / "review.json"
    existing.write_text("keep me", encoding="utf-8")
    r = run_cli(str(contract), "--format", "json", "-o", str(existing), "--allow-modified-rules", timeout=300)
    assert r.returncode == 2 and r.stderr.strip().endswith("[E401]"), r.stderr
    assert existing.read_text(encoding="utf-8") == "keep me"
    r = run_cli(
        str(contract), "--format", "json", "-o", str(existing), "--overwrite", "--allow-modified-rules", timeout=300
    )
    assert r.returncode in (0, 1) and json.loads(existing.read_text(encoding="utf-8"))["file"] == str(contract)
    missing = tmp_path / "no-such-folder" / "review.json"
    for args in ([str(contract), "-o", str(missing)], ["redline", str(contract), "-o", str(missing)]):
        r = run_cli(*args, "--allow-modified-rules", timeout=300)
        assert r.returncode == 2 and r.stderr.strip().endswith("[E405]"), r.stderr
        assert not missing.parent.exists()


def test_issue17_escape_sequences_in_file_names_never_reach_the_terminal(tmp_path):
    from conftest import run_cli

    evil = tmp_path / "lease\x1b]0;owned\x07\x1b[2J.txt"
    evil.write_bytes(CONTRACT)
    for args in (
        ["-v", str(evil), "--allow-modified-rules"],
        [str(evil) + ".missing"],
        [str(evil), "--format", "markdown", "--allow-modified-rules"],
    ):
        r = run_cli(*args, timeout=300)
        assert r.returncode in (0, 1, 2), r.stderr
        assert "\x1b" not in r.stdout and "\x1b" not in r.stderr and "\x07" not in r.stderr, (args, r.stderr)
        assert "lease\\x1b]0;owned\\x07" in r.stdout + r.stderr


def test_issue17_rules_list_warns_about_modified_rules(tmp_path):
    import shutil

    from conftest import run_cli

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    playbook = rules / "playbooks" / "default.yaml"
    playbook.write_text(playbook.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    env = {"CLAUSECHECK_RULES_DIR": str(rules)}
    for args in (["rules", "list"], ["rules", "explain", "DR003"]):
        r = run_cli(*args, env=env, timeout=120)
        assert r.returncode == 0 and r.stdout, r.stderr
        assert "[W303]" in r.stderr and "playbooks/default.yaml" in r.stderr, r.stderr
    clean = run_cli("rules", "list", timeout=120)
    assert "W303" not in clean.stderr or os.environ.get("CLAUSECHECK_RULES_DIR")


# --------------------------------------------------------------------------- item 9: text read right


_ROTATED_LINES = [
    "1. Governing Law",
    "This Agreement is governed by the laws of England and Wales.",
    "2. Disputes",
    "The courts of London have exclusive jurisdiction over any dispute arising",
    "out of or in connection with this Agreement.",
    "3. Training Data",
    "The Supplier shall not use Customer Data to train any artificial intelligence model.",
]


def _turned_pdf(path: Path, page_rotation: int, text_rotation: int) -> Path:
    """One A4 page: /Rotate ``page_rotation`` over text drawn at ``text_rotation`` degrees (counter-clockwise)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    if page_rotation:
        c.setPageRotation(page_rotation)
    origin = {0: (72, h - 72), 90: (w - 72, 72), 180: (w - 72, h - 72), 270: (72, h - 72)}[text_rotation]
    c.translate(*origin)
    c.rotate(text_rotation)
    for i, line in enumerate(_ROTATED_LINES):
        c.drawString(0, -i * 16, line)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(
    "page_rotation,text_rotation",
    [(90, 0), (180, 0), (270, 0), (0, 90), (0, 180), (0, 270), (90, 270), (90, 90), (0, 0)],
)
def test_issue17_turned_pages_and_sideways_text_are_read_upright(tmp_path, page_rotation, text_rotation):
    """Pages shown turned (/Rotate 90/180/270) and text drawn sideways or upside down came out in
    reverse line order or as one scrambled line; now every line is read whole, in order, and the
    clauses are found. A page whose text does not run upright as displayed gets warning W108."""
    from clausecheck.extract import extract
    from clausecheck.segment import segment

    pdf = _turned_pdf(tmp_path / "turned.pdf", page_rotation, text_rotation)
    doc = extract(pdf)
    assert doc.text.split("\n")[:3] == _ROTATED_LINES[:3], doc.text[:300]
    tree = segment(doc)
    assert [(c.number, c.heading) for c in tree.clauses if c.number] == [
        ("1", "Governing Law"),
        ("2", "Disputes"),
        ("3", "Training Data"),
    ]
    upright_as_shown = (page_rotation + (360 - text_rotation)) % 360 == 0 or (page_rotation, text_rotation) == (0, 0)
    assert ("W108" in [code for code, _ in doc.warnings]) == (not upright_as_shown), doc.warnings


def _portfolio_pdf(path: Path) -> Path:
    """A PDF portfolio as Acrobat makes one: a cover page, the documents as embedded files, and a
    /Collection entry in the catalog (added here as an incremental update, as an editor would)."""
    import re

    pytest.importorskip("reportlab")
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 770, "This PDF portfolio holds the signed Master Services Agreement and its schedule.")
    c.drawString(72, 750, "Open the attached files to read them.")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    pdf.new_attachment("Master Services Agreement.txt").set_data(CONTRACT)
    pdf.new_attachment("Schedule 1 - AI Terms.txt").set_data(
        b"1. Training Data\nThe Supplier shall not use Customer Data to train any model.\n"
    )
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    data = out.getvalue()
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    body = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, data, re.S).group(1)
    prev = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    size = int(re.search(rb"/Size (\d+)", data).group(1))
    obj = b"\n%d 0 obj\n<<%s /Collection << /Type /Collection /View /D >> >>\nendobj\n" % (root, body)
    offset = len(data) + 1
    xref = len(data) + len(obj)
    update = obj + (
        b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %d 0 R "
        b"/Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (root, offset, size, root, prev, xref)
    )
    path.write_bytes(data + update)
    return path


def test_issue17_pdf_portfolio_attachments_are_named_not_ignored(tmp_path):
    """A PDF portfolio's attachments were ignored without a word: the report now warns (W109) and
    names them; the cover page is still read."""
    from conftest import run_cli

    pdf = _portfolio_pdf(tmp_path / "portfolio.pdf")
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(str(pdf)) as doc:  # the update is a valid PDF that still holds both files
        assert doc.count_attachments() == 2
    r = run_cli(str(pdf), "--format", "json", "--allow-modified-rules", timeout=300)
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    [w] = [w for w in report["warnings"] if w["code"] == "W109"]
    assert "2 attached file(s)" in w["message"] and "Master Services Agreement.txt" in w["message"]
    assert "Schedule 1 - AI Terms.txt" in w["message"]


def test_issue17_sideways_note_beside_upright_text_is_warned_about(tmp_path):
    """Upright clauses with a sideways margin note: the clauses are read in order, and W110 says
    that some of the page's text runs another way (it may be out of order)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from clausecheck.extract import extract
    from clausecheck.segment import segment

    w, h = A4
    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(_ROTATED_LINES):
        c.drawString(72, h - 72 - i * 16, line)
    c.saveState()
    c.translate(w - 30, 100)
    c.rotate(90)
    c.drawString(0, 0, "Initialled by both parties on each page; copy 2 of 3 for the Customer's records.")
    c.restoreState()
    c.showPage()
    c.save()
    doc = extract(path)
    assert [(x.number, x.heading) for x in segment(doc).clauses if x.number][:3] == [
        ("1", "Governing Law"),
        ("2", "Disputes"),
        ("3", "Training Data"),
    ]
    codes = [code for code, _ in doc.warnings]
    assert "W110" in codes and "W108" not in codes, doc.warnings
