"""The terminal report: findings first (grouped by severity), then the AI clauses,
governing law and disputes, then the outline.  Plain text with optional ANSI
colour; no timestamps or absolute paths, so it can serve as a golden file."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from ..checks.summaries import LawBranch, missing_ai
from ..classify.labels import AI_LABELS, HUMAN_NAMES
from ..document import first_words
from ..fileio import printable
from ..findings import Severity
from ..report import Report

_SEV_COLOUR = {Severity.HIGH: "31", Severity.MEDIUM: "33", Severity.LOW: "36", Severity.INFO: "37"}


def _c(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _wrap(text: str, width: int, **kw: Any) -> list[str]:
    """Wrapped at word boundaries only: a long word (a URL, a file name) runs past the width rather than
    being cut in two."""
    return textwrap.wrap(text, width=max(20, width), break_long_words=False, break_on_hyphens=False, **kw)


def _cite(report: Report, clause_id: str | None) -> str:
    if not clause_id:
        return "whole contract"
    try:
        c = report.tree.by_id(clause_id)
    except KeyError:
        return clause_id
    return report.tree.cite(c).located


def branch_lines(branches: Sequence[LawBranch]) -> list[str]:
    """One line per customer group of a split governing law: its law, the group as worded, and its forum."""
    out = []
    for b in branches:
        line = f"{', '.join(b.get('law') or [])}: {b.get('when') or 'all other cases'}"
        if b.get("forum"):
            line += f"; courts: {b['forum']}"
        out.append(line)
    return out


def render(report: Report, *, width: int = 100, color: bool = False, outline: bool = False) -> str:
    out: list[str] = []
    n_clauses = len(report.tree.clauses)
    out.append(
        _c(f"{printable(report.file)}", "1", color) + f"  ({report.pages} page{'s' if report.pages != 1 else ''}, "
        f"{n_clauses} clauses)"
    )
    for _code, message in report.warnings:
        for line in _wrap(f"warning: {message}", width, subsequent_indent="  "):
            out.append(_c(line, "33", color))
    out.append("")

    # Findings, worst first.
    if report.findings is not None and (report.findings or report.ai_clauses or report.governing_law is not None):
        counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
        summary = ", ".join(f"{counts[s]} {s.label}" for s in sorted(Severity, reverse=True) if counts[s])
        out.append(_c("FINDINGS", "1", color) + (f"  ({summary})" if summary else "  (none)"))
        for sev in sorted(Severity, reverse=True):
            group = [f for f in report.findings if f.severity == sev]
            for f in group:
                head = f"  {sev.label.upper():<7}{f.rule_id:<7}{f.title}"
                out.append(_c(head, _SEV_COLOUR[sev], color) + f"  [{_cite(report, f.location.clause_id)}]")
                if f.quote:
                    for line in _wrap(f"“{f.quote}”", width - 14):
                        out.append(" " * 14 + _c(line, "2", color))
                for line in _wrap(f.message, width - 14):
                    out.append(" " * 14 + line)
                if f.fix is not None:
                    out.append(" " * 14 + f"Suggestion: {f.fix.title}")
        out.append("")

    if report.ai_clauses:
        out.append(_c("AI SECURITY CLAUSES", "1", color))
        for lbl in AI_LABELS:
            info = report.ai_clauses.get(str(lbl)) or missing_ai()
            status = info.get("stance") or info.get("status") or "missing"
            unsure = set(info.get("unsure") or [])
            cites = ", ".join(
                _cite(report, cid) + (" (review)" if cid in unsure else "") for cid in info.get("clauses", [])[:3]
            )
            extra = f" (binds {info['binds']})" if info.get("binds") else ""
            out.append(f"  {HUMAN_NAMES[str(lbl)]:<34}{status + extra:<27} {cites}")
            if info.get("quote"):
                why = f" (AI wording: {', '.join(info['why'][:4])})" if info.get("why") else ""
                for line in _wrap(f"“{info['quote']}”{why}", max(40, width - 6)):
                    out.append(" " * 6 + line)
            if info.get("conflicts"):
                out.append(" " * 6 + "contradicted by " + ", ".join(_cite(report, c) for c in info["conflicts"]))
        out.append("")

    if report.governing_law is not None or report.dispute_resolution is not None or report.ai_clauses:
        out.append(_c("GOVERNING LAW AND DISPUTES", "1", color))
        gl = report.governing_law
        if gl:
            law = gl.get("jurisdiction") or ", ".join(gl.get("jurisdictions") or []) or "unrecognised"
            if gl.get("split"):
                law = "split: " + law
            out.append(f"  {'Governing law':<34}{law:<27} {_cite(report, gl.get('clause'))}")
            for line in branch_lines(gl.get("branches") or []):
                out.append(f"  {'':<34}{line}")
        else:
            out.append(f"  {'Governing law':<34}{'missing':<24}")
        dr = report.dispute_resolution
        if dr:
            bits = [dr.get("mechanism") or "unclear"]
            for key in ("institution", "forum", "seat"):
                if key == "forum" and dr.get("split"):
                    bits.append(" / ".join(str(b.get("forum")) for b in dr.get("branches") or []))
                elif dr.get(key):
                    bits.append(str(dr[key]))
            if dr.get("exclusive") is True:
                bits.append("exclusive")
            elif dr.get("exclusive") is False:
                bits.append("non-exclusive")
            out.append(f"  {'Disputes':<34}{'; '.join(bits)}")
            out.append(f"  {'':<34}{_cite(report, dr.get('clause'))}")
        else:
            out.append(f"  {'Disputes':<34}{'missing':<24}")
        out.append("")

    title = "OUTLINE" if outline else "OUTLINE (top-level clauses; --outline shows every clause)"
    out.append(_c(title, "1", color))
    outline_cites = report.tree.citations()
    for c in report.tree.clauses:
        if not outline and c.level > 0:
            continue
        if c.kind == "preamble" and not outline:
            label = "(preamble)"
        else:
            label = c.number or ""
        indent = "  " * c.level
        heading = c.heading or ""
        body = report.tree.document.text[c.start : c.own_end]
        if heading:
            idx = body.find(heading)
            rest = body[idx + len(heading) :] if idx >= 0 else body
        else:
            rest = body[len(c.number) :] if c.number and body.startswith(c.number) else body
        rest = rest.strip(" .:\t\n-–—")
        if heading:  # the heading's closing bracket or quote: "第1条（適用範囲）", "1. “Definitions”"
            rest = rest.lstrip(')）」』”"]】 \t\u3000')
        labels = report.labelled.get(c.id)
        tag = f"  [{', '.join(labels.labels)}]" if labels and labels.labels else ""
        page = report.tree.cite(c, outline_cites).pages
        left = f"  {indent}{label:<8} {heading}".rstrip()
        room = width - len(left) - len(page) - len(tag) - 4
        snippet = f"  {first_words(rest, room)}" if room > 12 and rest else ""
        line = f"{left}{snippet}{tag}"
        out.append(f"{line:<{max(width - len(page) - 1, 0)}} {page}")
    return "\n".join(out).rstrip() + "\n"
