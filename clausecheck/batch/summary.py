"""The portfolio summary: one row per contract, as CSV, XLSX, a sortable HTML page and a terminal table.

A row is derived from the document's JSON report only (:func:`row_from_report`),
so a row rebuilt from the cache is the same as one from a fresh run.

Columns: ``file``, ``pages``, the four AI clauses (``missing``, ``review`` or the
stance found), ``governing_law``, ``forum_mechanism``, counts of findings by
severity, ``status`` and ``error`` (the reason a file could not be checked).
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from ..checks.summaries import AiSummary, DisputeSummary, LawSummary

AI_COLUMNS = ("model_disclosure", "training_data", "distillation", "ai_compliance")
SEVERITIES = ("high", "medium", "low", "info")
COLUMNS = (
    "file",
    "pages",
    "document_type",
    "counterparty",
    *AI_COLUMNS,
    "governing_law",
    "forum_mechanism",
    *SEVERITIES,
    "status",
    "error",
)
HEADERS = {
    "file": "File",
    "pages": "Pages",
    "document_type": "Document",
    "counterparty": "Counterparty",
    "model_disclosure": "Model disclosure",
    "training_data": "Training data",
    "distillation": "Distillation",
    "ai_compliance": "AI compliance",
    "governing_law": "Governing law",
    "forum_mechanism": "Forum / mechanism",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    "info": "Info",
    "status": "Status",
    "error": "Error",
}
NUMERIC = {"pages", *SEVERITIES}


def _ai_cell(entry: AiSummary | None) -> str:
    if not isinstance(entry, Mapping):
        return ""
    status = entry.get("status")
    if status == "found":
        cell = str(entry.get("stance") or "found")
        if entry.get("binds"):  # who a distillation ban binds: "protective, binds customer"
            cell += f", binds {entry['binds']}"
        return cell
    return str(status or "").replace("_", " ")


def _law_cell(gl: LawSummary | None) -> str:
    if not gl:
        return "missing"
    codes = [c for c in (gl.get("jurisdictions") or []) if c]
    if gl.get("split") and len(codes) > 1:
        return "split: " + ", ".join(codes)
    return str(gl.get("jurisdiction") or (codes[0] if codes else "unclear"))


def _forum_cell(dr: DisputeSummary | None) -> str:
    if not dr:
        return "missing"
    mechanism = str(dr.get("mechanism") or "unclear")
    parts = []
    if dr.get("institution"):
        parts.append(str(dr["institution"]))
    if dr.get("seat"):
        parts.append(f"seat {dr['seat']}")
    if dr.get("forum_jurisdiction") and dr.get("forum_jurisdiction") not in parts:
        parts.append(str(dr["forum_jurisdiction"]))
    return f"{mechanism}: {', '.join(parts)}" if parts else mechanism


def report_name(rel: str) -> str:
    """Where a document's report goes under ``reports/``: ``<relative path>.json``.

    A name part too long for the file system once ``.json`` is added keeps its first 200
    bytes and gets a short hash of the whole path (``…~1a2b3c4d.json``); a path so deep that
    the report could not be created under the output folder goes flat into ``_long/``.
    """
    from ..fileio import NAME_MAX, PATH_MAX, _short, sha256_bytes

    digest = sha256_bytes(rel.encode("utf-8", "surrogateescape"))
    parts = rel.rstrip("/").split("/")  # a folder's row ("deep/") is named like a file
    parts[-1] += ".json"
    if len(rel.encode("utf-8", "surrogateescape")) > PATH_MAX - 1024:
        return f"_long/{_short(parts[-1], 100)}~{digest[:16]}.json"
    out = []
    for i, part in enumerate(parts):
        if len(part.encode("utf-8", "surrogateescape")) > NAME_MAX:
            part = f"{_short(part, 200)}~{digest[:8]}" + (".json" if i == len(parts) - 1 else "")
        out.append(part)
    return "/".join(out)


def row_from_report(data: Mapping[str, Any]) -> dict[str, Any]:
    """One summary row from a document's JSON report (success or error report)."""
    row: dict[str, Any] = {c: "" for c in COLUMNS}
    row["file"] = data.get("file", "")
    errors = data.get("errors") or []
    if errors:
        e = errors[0]
        row["status"] = "skipped" if e.get("code") in ("E106", "E117") else "error"
        row["error"] = f"{_reason(e.get('message', ''), row['file'])}"
        for s in SEVERITIES:
            row[s] = 0
        row["pages"] = data.get("pages") or 0
        return row
    row["status"] = "checked"
    row["pages"] = int(data.get("pages") or 0)
    doc = data.get("document") or {}
    if doc:
        row["document_type"] = (
            str(doc.get("type") or "").replace("_", " ")
            + (", consumer" if doc.get("consumer_facing") else "")
            + (", part of a main agreement" if doc.get("relies_on_main_agreement") else "")
        )
        parties = doc.get("parties") or {}
        row["counterparty"] = str(parties.get("vendor_name") or parties.get("vendor") or "")
    clauses = {c.get("id"): c for c in data.get("clauses") or []}
    # not a column: the findings sheet of summary.xlsx (file, rule, severity, clause, page, quote)
    row["_findings"] = [
        {
            "rule": f.get("rule", ""),
            "severity": f.get("severity", ""),
            "title": f.get("title", ""),
            "clause": f.get("clause_number") or ("whole document" if not f.get("clause") else ""),
            "page": f.get("page") if data.get("pages_known", True) else None,
            "quote": _quote(clauses.get(f.get("clause"), {}).get("text") or f.get("evidence") or ""),
        }
        for f in data.get("findings") or []
    ]
    ai = data.get("ai_clauses")
    for col in AI_COLUMNS:
        row[col] = _ai_cell(ai.get(col)) if isinstance(ai, Mapping) else "not checked"
    row["governing_law"] = _law_cell(data.get("governing_law"))
    row["forum_mechanism"] = _forum_cell(data.get("dispute_resolution"))
    counts = {s: 0 for s in SEVERITIES}
    for f in data.get("findings") or []:
        sev = str(f.get("severity", "")).lower()
        if sev in counts:
            counts[sev] += 1
    row.update(counts)
    return row


def _quote(text: str, words: int = 25) -> str:
    parts = " ".join(str(text).split()).split(" ")
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _reason(message: str, file: str) -> str:
    """The error message without the leading file name (the row already shows it)."""
    prefix = f"{file}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def worst_first(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Unreadable contracts first (nothing is known about them), then by findings, highest severity first."""

    def key(r: Mapping[str, Any]) -> tuple:
        failed = r.get("status") == "error"
        return (0 if failed else 1, *(-int(r.get(s) or 0) for s in SEVERITIES), str(r.get("file")))

    return sorted(rows, key=key)


# --------------------------------------------------------------------------- files


#: A spreadsheet reads a cell starting with one of these as a formula (``=HYPERLINK(...)`` in a file name).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV field that Excel and LibreOffice show as text: a leading ``'`` before a formula start."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Sequence[Mapping[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(COLUMNS), extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: csv_cell(r.get(c, "")) for c in COLUMNS})
    return buf.getvalue()


def xlsx_bytes(rows: Sequence[Mapping[str, Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook has its one sheet
    ws.title = "Contracts"
    ws.append([HEADERS[c] for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="F8D7DA")
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for r in rows:
        ws.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v
                for v in (r.get(c, "") for c in COLUMNS)
            ]
        )
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # never a formula: a value starting with "=" is text
                cell.data_type = "s"
        if r.get("status") == "error" or int(r.get("high") or 0):
            for cell in ws[ws.max_row]:
                cell.fill = red
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, len(rows) + 1)}"
    # the findings, one row each: where to look (clause as cited, page) and what it says
    fs = wb.create_sheet("Findings")
    names = ("file", "rule", "severity", "title", "clause", "page", "quote")
    fs.append([n.capitalize() for n in names])
    for cell in fs[1]:
        cell.font = Font(bold=True)
    for r in rows:
        for f in r.get("_findings") or []:
            values = [r.get("file", ""), *(f.get(n) for n in names[1:])]
            fs.append([ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in values])
            for cell in fs[fs.max_row]:
                if cell.data_type == "f":
                    cell.data_type = "s"
    fs.freeze_panes = "A2"
    for i, width in enumerate((30, 8, 9, 40, 18, 6, 80), start=1):
        fs.column_dimensions[get_column_letter(i)].width = width
    for i, c in enumerate(COLUMNS, start=1):
        width = max([len(HEADERS[c])] + [len(str(r.get(c, ""))) for r in rows[:500]])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    # fixed document properties: the same rows give the same file
    import datetime as _dt

    stamp = _dt.datetime(2000, 1, 1)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "clausecheck"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1d1d1f}
h1{font-size:1.4rem;margin:0 0 .3rem}
p.meta{color:#555;margin:.2rem 0 1rem}
#search{padding:.35rem .5rem;width:22rem;max-width:100%;margin-bottom:.6rem}
table{border-collapse:collapse;font-size:.86rem;width:100%}
th,td{border:1px solid #d0d0d5;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f2f2f5;position:sticky;top:0}
th button{all:unset;cursor:pointer;font-weight:600;display:block;width:100%}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
tr.filters input{width:100%;box-sizing:border-box;font-size:.8rem;padding:.15rem}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.missing{color:#a4001d;font-weight:600}
td.adverse{color:#a4001d}
td.qualified{color:#8a5a00}
td.protective{color:#0a6b2b}
tr.error td{background:#fdecea}
td.high.nz{background:#f8d7da;font-weight:600}
td.medium.nz{background:#fff3cd}
tbody tr:hover td{background:#eef4ff}
"""

_JS = r"""
(function () {
  "use strict";
  var table = document.getElementById("summary");
  var tbody = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.querySelectorAll("thead tr.heads th"));
  var filters = Array.prototype.slice.call(table.querySelectorAll("thead tr.filters input"));
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");

  function cellValue(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-value");
    return v === null ? cell.textContent : v;
  }
  function sortBy(i, dir) {
    var numeric = heads[i].getAttribute("data-type") === "num";
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, i), y = cellValue(b, i), c;
      if (numeric) { c = (parseFloat(x) || 0) - (parseFloat(y) || 0); }
      else { c = x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"}); }
      if (c === 0) { c = cellValue(a, 0).localeCompare(cellValue(b, 0)); }
      return dir === "descending" ? -c : c;
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    heads[i].setAttribute("aria-sort", dir);
  }
  function applyFilters() {
    var q = search.value.trim().toLowerCase();
    var fs = filters.map(function (f) { return f.value.trim().toLowerCase(); });
    var n = 0;
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var ok = !q || row.textContent.toLowerCase().indexOf(q) >= 0;
      for (var i = 0; ok && i < fs.length; i++) {
        if (fs[i] && row.cells[i].textContent.toLowerCase().indexOf(fs[i]) < 0) { ok = false; }
      }
      row.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = String(n);
  }
  heads.forEach(function (h, i) {
    h.querySelector("button").addEventListener("click", function () {
      var dir = h.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      sortBy(i, dir);
    });
  });
  filters.forEach(function (f) { f.addEventListener("input", applyFilters); });
  search.addEventListener("input", applyFilters);
  // summary.html#sort=high&dir=descending opens the page sorted (also how the tests click a header)
  var m = /sort=([a-z_]+)(?:&dir=(ascending|descending))?/.exec(window.location.hash || "");
  if (m) {
    heads.forEach(function (h, i) {
      if (h.getAttribute("data-col") === m[1]) {
        h.querySelector("button").click();
        if (m[2] === "descending") { h.querySelector("button").click(); }
      }
    });
  }
  applyFilters();
  document.body.setAttribute("data-ready", "1");
})();
"""


_REPORT_CSS = (
    "body{font:14px/1.45 system-ui,sans-serif;margin:2em;max-width:70em;color:#1b1b1b}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;"
    "padding:.35em .5em;vertical-align:top;text-align:left}th{background:#f2f2f2}"
    ".high{color:#a4001d;font-weight:600}.medium{color:#8a5a00}.quote{font-style:italic;color:#333}"
    ".meta{color:#555}"
)


def report_html(data: Mapping[str, Any]) -> str:
    """One contract's report as a readable, self-contained page: findings with the clause as cited, the page
    and a quote of the clause; the four AI clauses; governing law and disputes.  Linked from summary.html."""
    e = html.escape
    title = str(data.get("file", ""))
    clauses = {c.get("id"): c for c in data.get("clauses") or []}
    pages_known = data.get("pages_known", True)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{e(title)}</title><style>{_REPORT_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    doc = data.get("document") or {}
    bits = [f"{data.get('pages') or 0} pages", f"{len(clauses)} clauses"]
    if doc:
        bits.insert(0, str(doc.get("type", "")).replace("_", " "))
        parties = doc.get("parties") or {}
        if parties.get("vendor_name") or parties.get("vendor"):
            bits.append(f"counterparty: {parties.get('vendor_name') or parties.get('vendor')}")
    out.append(f'<p class="meta">{e(" · ".join(bits))}</p>')
    for err in data.get("errors") or []:
        out.append(f'<p class="high">{e(str(err.get("message", "")))}</p>')
    for w in data.get("warnings") or []:
        out.append(f'<p class="meta">warning: {e(str(w.get("message", "")))}</p>')
    findings = data.get("findings") or []
    out += [
        "<h2>Findings</h2>",
        "<table><thead><tr><th>Severity</th><th>Rule</th><th>Finding</th><th>Clause</th>"
        "<th>Page</th><th>Quote</th></tr></thead><tbody>",
    ]
    for f in findings:
        c = clauses.get(f.get("clause")) or {}
        where = f.get("clause_number") or ("whole document" if not f.get("clause") else "")
        page = f.get("page") if pages_known and f.get("page") else ""
        sev = str(f.get("severity", ""))
        out.append(
            f'<tr><td class="{e(sev)}">{e(sev.upper())}</td><td>{e(str(f.get("rule", "")))}</td>'
            f"<td><b>{e(str(f.get('title', '')))}</b><br>{e(str(f.get('message', '')))}</td>"
            f"<td>{e(str(where))}</td><td>{e(str(page))}</td>"
            f'<td class="quote">{e(_quote(c.get("text") or f.get("evidence") or ""))}</td></tr>'
        )
    out.append("</tbody></table>")
    ai = data.get("ai_clauses") or {}
    if ai:
        out += [
            "<h2>AI security clauses</h2>",
            "<table><thead><tr><th>Clause type</th><th>Status</th>"
            "<th>Operative clause</th><th>Quote</th></tr></thead><tbody>",
        ]
        for label in AI_COLUMNS:
            entry = ai.get(label) or {}
            op = clauses.get(entry.get("operative")) or {}
            out.append(
                f"<tr><td>{e(label.replace('_', ' '))}</td><td>{e(_ai_cell(ai.get(label)))}</td>"
                f"<td>{e(str(op.get('citation') or op.get('number') or ''))}</td>"
                f'<td class="quote">{e(str(entry.get("quote") or ""))}</td></tr>'
            )
        out.append("</tbody></table>")
    out += [
        "<h2>Governing law and disputes</h2>",
        f"<p>Governing law: {e(_law_cell(data.get('governing_law')))}<br>"
        f"Disputes: {e(_forum_cell(data.get('dispute_resolution')))}</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(out)


def html_text(rows: Sequence[Mapping[str, Any]], *, title: str, meta: str = "", reports_dir: str = "reports") -> str:
    """A self-contained page (inline CSS and JS, no network) with a sortable, filterable table."""
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">{e(meta)} Showing <span id="shown">{len(rows)}</span> of {len(rows)} documents. '
        "Click a column title to sort; type in the boxes to filter.</p>",
        '<input id="search" type="search" placeholder="Search all columns" aria-label="Search all columns">',
        '<table id="summary"><thead><tr class="heads">',
    ]
    for c in COLUMNS:
        kind = "num" if c in NUMERIC else "text"
        out.append(
            f'<th data-col="{c}" data-type="{kind}" scope="col"><button type="button">{e(HEADERS[c])}</button></th>'
        )
    out.append('</tr><tr class="filters">')
    for c in COLUMNS:
        out.append(f'<td><input type="text" aria-label="Filter {e(HEADERS[c])}"></td>')
    out.append("</tr></thead><tbody>")
    for r in rows:
        cls = ' class="error"' if r.get("status") == "error" else ""
        out.append(f"<tr{cls}>")
        for c in COLUMNS:
            v = r.get(c, "")
            text = "" if v is None else str(v)
            classes = []
            if c in NUMERIC:
                classes.append("num")
                if c in SEVERITIES:
                    classes.append(c)
                    if str(v) not in ("", "0"):
                        classes.append("nz")
            elif c in AI_COLUMNS and text.split(",")[0] in ("missing", "adverse", "qualified", "protective"):
                classes.append(text.split(",")[0])
            elif c in ("governing_law", "forum_mechanism") and text == "missing":
                classes.append("missing")
            attr = f' class="{" ".join(classes)}"' if classes else ""
            if c == "file" and r.get("status") != "skipped":
                href = quote(f"{reports_dir}/{report_name(text)[: -len('.json')]}.html")
                out.append(f'<td{attr}><a href="{e(href)}">{e(text)}</a></td>')
            else:
                out.append(f"<td{attr}>{e(text)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    out.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- terminal


def markdown_text(rows: Sequence[Mapping[str, Any]]) -> str:
    def cell(v: Any) -> str:
        return str(v if v is not None else "").replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(HEADERS[c] for c in COLUMNS) + " |",
        "|" + "|".join("---:" if c in NUMERIC else "---" for c in COLUMNS) + "|",
    ]
    for r in rows:
        lines.append("| " + " | ".join(cell(r.get(c, "")) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def json_text(rows: Sequence[Mapping[str, Any]], manifest: Mapping[str, Any]) -> str:
    public = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    return json.dumps({**manifest, "rows": public}, ensure_ascii=False, indent=2) + "\n"


TERMINAL_COLUMNS = ("file", "pages", *AI_COLUMNS, "governing_law", "forum_mechanism", *SEVERITIES, "error")
SHORT = {
    "model_disclosure": "Models",
    "training_data": "Training",
    "distillation": "Distill.",
    "ai_compliance": "AI compl.",
    "governing_law": "Law",
    "forum_mechanism": "Forum",
    "medium": "Med.",
}


def _short_file(name: str, limit: int = 34) -> str:
    """A file name cut in the middle to ``limit`` characters, keeping its extension."""
    if len(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    tail = f"{dot}{ext}" if stem and len(ext) <= 5 else name[-6:]
    return name[: limit - len(tail) - 1] + "…" + tail


def _short_error(row: Mapping[str, Any]) -> str:
    """The first sentence of the reason and its code: the full text is in the summary files."""
    text = str(row.get("error") or "")
    if not text:
        return ""
    code = text[text.rfind("[") :] if text.endswith("]") and "[" in text else ""
    first = text.split(". ", 1)[0].rstrip(".")
    return f"{first} {code}".strip() if code and not first.endswith(code) else first


def terminal_table(rows: Sequence[Mapping[str, Any]], *, limit: int = 25, color: bool = False, width: int = 160) -> str:
    """The worst contracts first, as a rich table rendered to text (ASCII without colour), fitted to
    ``width``: where the full table would not fit, the stances are abbreviated ("prot.", "adv.") and then
    the columns that matter least (info, low, pages, an empty error column) are left out, so that no cell
    is broken in the middle of a word. summary.html and the spreadsheet always have everything."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    ordered = worst_first(rows)
    shown = ordered[:limit]
    columns = list(TERMINAL_COLUMNS)
    if not any(r.get("error") for r in shown):
        columns.remove("error")

    def cell(r: Mapping[str, Any], c: str, compact: bool) -> str:
        if c == "error":
            return _short_error(r)
        if c == "file":
            return _short_file(str(r.get(c, "")), 26 if compact else 34)
        value = str(r.get(c, ""))
        return _compact(value) if compact and c not in NUMERIC else value

    def longest_word(c: str, compact: bool) -> int:
        cells = [cell(r, c, compact) for r in shown]
        if c == "file" or c in NUMERIC:
            return max([len(v) for v in cells] + [len(SHORT.get(c, HEADERS[c]))])
        return max(len(w) for v in [*cells, SHORT.get(c, HEADERS[c])] for w in v.split())

    def needed(cols: list[str], compact: bool) -> int:
        # each column at least as wide as its longest word (cells wrap at word boundaries, never inside one)
        return 2 + sum(longest_word(c, compact) + 3 for c in cols)

    compact = False
    for drop in (
        (),
        ("compact",),
        ("compact", "info"),
        ("compact", "info", "low"),
        ("compact", "info", "low", "pages"),
    ):
        compact = "compact" in drop
        cols = [c for c in columns if c not in drop]
        if needed(cols, compact) <= width:
            columns = cols
            break
    else:
        return _terminal_list(ordered, shown, compact=True, width=width, cell=cell)
    table = Table(box=box.SIMPLE_HEAVY if color else box.ASCII, show_lines=False, pad_edge=False)
    for c in columns:
        table.add_column(
            SHORT.get(c, HEADERS[c]),
            justify="right" if c in NUMERIC else "left",
            overflow="fold",
            no_wrap=c == "file" or c in NUMERIC,
            min_width=longest_word(c, compact),
            max_width=44 if c in ("error", "forum_mechanism") else None,
        )
    for r in shown:
        style = None
        if color and (r.get("status") == "error" or int(r.get("high") or 0)):
            style = "red"
        table.add_row(*[cell(r, c, compact) for c in columns], style=style)
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
    )
    console.print(table)
    text = buf.getvalue()
    left_out = [SHORT.get(c, HEADERS[c]) for c in TERMINAL_COLUMNS if c not in columns and c != "error"]
    if left_out:
        text += f"(not shown at this width: {', '.join(left_out)}; see summary.html)\n"
    if len(ordered) > limit:
        text += f"... and {len(ordered) - limit} more; see summary.html for all of them.\n"
    return text


def _terminal_list(
    ordered: Sequence[Mapping[str, Any]], shown: Sequence[Mapping[str, Any]], *, compact: bool, width: int, cell: Any
) -> str:
    """The same rows as short blocks, for a terminal too narrow for the table."""
    import textwrap

    out: list[str] = []
    for r in shown:
        counts = "  ".join(f"{SHORT.get(c, HEADERS[c])} {r.get(c, 0)}" for c in SEVERITIES)
        out.append(f"{r.get('file', '')}  ({counts})")
        parts = [
            f"{SHORT.get(c, HEADERS[c])}: {cell(r, c, compact)}"
            for c in (*AI_COLUMNS, "governing_law", "forum_mechanism")
        ]
        if r.get("error"):
            parts.append(f"Error: {_short_error(r)}")
        out += textwrap.wrap(
            "; ".join(parts),
            width=max(40, width - 4),
            initial_indent="    ",
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    text = "\n".join(out) + "\n"
    if len(ordered) > len(shown):
        text += f"... and {len(ordered) - len(shown)} more; see summary.html for all of them.\n"
    return text


_COMPACT = (
    ("protective", "prot."),
    ("qualified", "qual."),
    ("adverse", "adv."),
    ("binds customer", "you"),
    ("missing", "–"),
    ("binds vendor", "vendor"),
    ("binds both", "both"),
    ("not_checked", "n/c"),
    ("arbitration", "arb."),
)


def _compact(value: str) -> str:
    for long, short in _COMPACT:
        value = value.replace(long, short)
    return value.replace(", you", " (you)").replace(", vendor", " (vendor)").replace(", both", " (both)")


__all__ = [
    "COLUMNS",
    "HEADERS",
    "report_name",
    "row_from_report",
    "worst_first",
    "csv_text",
    "xlsx_bytes",
    "html_text",
    "markdown_text",
    "json_text",
    "terminal_table",
]
