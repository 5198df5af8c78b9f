"""Which files a scan checks, skips or ignores (clausecheck/batch/discover.py), on real folders."""

from __future__ import annotations

import os

from clausecheck.batch.discover import discover


def _touch(root, *rels):
    for rel in rels:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("1. Services\n1.1 The Supplier shall provide the Services.\n", encoding="utf-8")


def test_discover_sorts_checked_skipped_ignored(tmp_path):
    _touch(
        tmp_path,
        "b.txt",
        "a.md",
        "sub/c.TXT",
        "sub/deeper/d.markdown",
        "photo.png",
        "notes.xlsx",
        "~$draft.docx",
        ".hidden.txt",
        ".git/config.txt",
        "lease.docx~",
        "sub/.~lock.x.docx#",
    )
    found = discover(tmp_path)
    assert [e.rel for e in found.checked] == ["a.md", "b.txt", "sub/c.TXT", "sub/deeper/d.markdown"]
    assert [e.rel for e in found.skipped] == ["notes.xlsx", "photo.png"]
    ignored = dict(found.ignored)
    assert ignored["~$draft.docx"] == "temporary Office file"
    assert ignored[".hidden.txt"] == "hidden" and ".git/" in ignored and "lease.docx~" in ignored


def test_discover_include_exclude_globs(tmp_path):
    _touch(tmp_path, "a.txt", "b.md", "drafts/c.txt", "final/d.txt", "final/old/e.txt")
    found = discover(tmp_path, include=("*.txt",), exclude=("drafts/**", "**/old/*"))
    assert [e.rel for e in found.checked] == ["a.txt", "final/d.txt"]
    ignored = dict(found.ignored)
    assert ignored["b.md"] == "not included" and ignored["drafts/"] == "excluded"
    assert ignored["final/old/e.txt"] == "excluded"


def test_discover_survives_symlink_loops(tmp_path):
    _touch(tmp_path, "x/a.txt")
    os.symlink(tmp_path, tmp_path / "x" / "loop")  # x/loop -> the root again
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    found = discover(tmp_path)
    assert [e.rel for e in found.checked] == ["x/a.txt"]
    reasons = dict(found.ignored)
    assert any("loop" in why for why in reasons.values())
    assert reasons["dangling.txt"] == "broken link or special file"


def test_discover_leaves_out_its_own_output(tmp_path):
    _touch(tmp_path, "a.txt", "review/reports/a.txt.json", "review/x.txt")
    found = discover(tmp_path, outdir=tmp_path / "review")
    assert [e.rel for e in found.checked] == ["a.txt"]
    assert dict(found.ignored)["review/"] == "the scan's own output folder"
