"""summary.html in headless Chromium (Debian's chromium): loads without console errors, one row per
document, and sorting by a column works.  Skipped with a message where Chromium is absent."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from .conftest import run_scan
from .corpus import build_folder

pytestmark = pytest.mark.chromium

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class _Table(HTMLParser):
    """Rows of the #summary table body, in DOM order, as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.heads: list[dict[str, str]] = []
        self.rows: list[list[str]] = []
        self._in_body = False
        self._cell: list[str] | None = None
        self.ready = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body" and a.get("data-ready") == "1":
            self.ready = True
        if tag == "th" and "data-col" in a:
            self.heads.append(a)
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _load(page, fragment, tmp_path):
    """Open the page headless (after a scripted click through #sort=...) and return (DOM, console lines)."""
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-extensions",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    console = [ln for ln in proc.stderr.splitlines() if ":CONSOLE" in ln or "Uncaught" in ln]
    parser = _Table()
    parser.feed(proc.stdout)
    return parser, console


@pytest.fixture(scope="module")
def summary_page(tmp_path_factory):
    root = tmp_path_factory.mktemp("html") / "contracts"
    build_folder(root, 8, kinds=("txt", "md", "docx"), pages=(1, 1), seed=3)
    out = root.parent / "out"
    proc = run_scan(root, out, "-q", "--workers", "1")
    assert proc.returncode == 2, proc.stderr
    rows = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
    return out / "summary.html", rows


def test_summary_html_is_self_contained(summary_page):
    page, rows = summary_page
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", text)  # nothing fetched from the network
    assert "<script src" not in text and "<link" not in text


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")
def test_summary_html_loads_sorts_in_chromium(summary_page, tmp_path):
    page, rows = summary_page
    table, console = _load(page, "", tmp_path)
    assert table.ready, "the page script did not run to the end"
    assert console == []
    cols = [h["data-col"] for h in table.heads]
    assert len(table.rows) == len(rows) and all(len(r) == len(cols) for r in table.rows)
    assert {r[cols.index("file")] for r in table.rows} == {r["file"] for r in rows}

    # a click on "High" twice: descending
    table, console = _load(page, "#sort=high&dir=descending", tmp_path)
    assert table.ready and console == []
    high = [int(r[cols.index("high")]) for r in table.rows]
    assert high == sorted(high, reverse=True) and len(set(high)) > 1
    assert [h.get("aria-sort") for h in table.heads if h["data-col"] == "high"] == ["descending"]

    # one click on "Pages": ascending, numerically
    table, _ = _load(page, "#sort=pages", tmp_path)
    pages = [int(r[cols.index("pages")]) for r in table.rows]
    assert pages == sorted(pages)
    status = [r[cols.index("status")] for r in table.rows]
    assert status[0] in ("error", "skipped")  # unreadable files have 0 pages
