"""A Markdown report, for pasting into a memo or a ticket."""

from __future__ import annotations

from ..checks.summaries import missing_ai
from ..classify.labels import AI_LABELS, HUMAN_NAMES
from ..fileio import printable
from ..report import Report
from .text import branch_lines


def _cite(report: Report, clause_id: str | None) -> str:
    if not clause_id:
        return "—"
    try:
        c = report.tree.by_id(clause_id)
    except KeyError:
        return clause_id
    return report.tree.cite(c).short


def _esc(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    out = [
        f"# clausecheck report: {_esc(printable(report.file))}",
        "",
        f"{report.pages} pages, {len(report.tree.clauses)} clauses.",
        "",
    ]
    for _code, message in report.warnings:
        out.append(f"> **Warning:** {_esc(message)}")
    if report.warnings:
        out.append("")
    out += ["## Findings", ""]
    if report.findings:
        out += ["| Severity | Rule | Finding | Where |", "|---|---|---|---|"]
        for f in sorted(report.findings, key=lambda f: (-f.severity, f.location.start)):
            quote = f" _“{_esc(f.quote)}”_" if f.quote else ""
            out.append(
                f"| {f.severity.label} | {f.rule_id} | **{_esc(f.title)}**: {_esc(f.message)}{quote} | "
                f"{_esc(_cite(report, f.location.clause_id))} |"
            )
    else:
        out.append("No findings.")
    out.append("")
    if report.ai_clauses:
        out += ["## AI security clauses", "", "| Clause type | Status | Where |", "|---|---|---|"]
        for label in AI_LABELS:
            info = report.ai_clauses.get(str(label)) or missing_ai()
            status = info.get("stance") or info.get("status") or "missing"
            unsure = set(info.get("unsure") or [])
            where = (
                ", ".join(
                    _cite(report, cid) + (" (review)" if cid in unsure else "") for cid in info.get("clauses", [])[:3]
                )
                or "—"
            )
            if info.get("quote"):
                where += f" — “{info['quote']}”"
            if info.get("conflicts"):
                where += "; contradicted by " + ", ".join(_cite(report, c) for c in info["conflicts"])
            out.append(f"| {HUMAN_NAMES[str(label)]} | {status} | {_esc(where)} |")
        out.append("")
    gl, dr = report.governing_law, report.dispute_resolution
    out += ["## Governing law and disputes", ""]
    out.append(
        f"- **Governing law:** {gl.get('jurisdiction') or ', '.join(gl.get('jurisdictions') or []) if gl else 'missing'}"
        + (f" ({_cite(report, gl.get('clause'))})" if gl else "")
    )
    if gl and gl.get("split"):
        out += [f"  - {_esc(line)}" for line in branch_lines(gl.get("branches") or [])]
    if dr:
        bits = [str(dr.get(k)) for k in ("mechanism", "institution", "forum", "seat") if dr.get(k)]
        if dr.get("split"):
            bits = [b for b in bits if b != str(dr.get("forum"))]
            bits.append(" / ".join(str(b.get("forum")) for b in dr.get("branches") or []))
        out.append(f"- **Disputes:** {', '.join(bits)} ({_cite(report, dr.get('clause'))})")
    else:
        out.append("- **Disputes:** missing")
    out += ["", "## Outline", ""]
    for c in report.tree.clauses:
        if c.level > 1:
            continue
        out.append(
            f"{'  ' * c.level}- {_esc(' '.join(b for b in (c.number, c.heading) if b) or c.label)} ({'p. ' + str(c.page) if report.tree.pages_known else 'Word file'})"
        )
    return "\n".join(out) + "\n"
