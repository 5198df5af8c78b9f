"""Does a redline hold together?  Accept every change, check the contract again, and measure.

    from clausecheck.redline.verify import verify_redline
    v = verify_redline(outcome)          # an apply.RedlineOutcome
    v.resolved_high_ai, v.new_high, v.collateral_deletions, v.duplicate_numbers

The figures (used by ``bench/bench_redline.py`` and the tests):

* ``collateral_deletions``: deleted paragraphs that lie outside the target clause's
  own text (the clause a finding concerns, and for an AI finding the clause that
  decides the label's stance), i.e. list items around it, sub-clauses or other
  clauses altogether (goal 0);
* ``addressed_high_ai`` / ``resolved_high_ai``: the HIGH AI findings the redline
  set out to fix with a tracked change, and those gone once every change is
  accepted and the document is checked again;
* ``new_high``: HIGH findings after accepting whose rule did not fire before;
* ``duplicate_numbers``: clause numbers (with their parents' numbers) that occur
  twice once accepted, beyond those the original already repeated.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree

from .accept import accept_all
from .docx.package import _Package
from .docx.wml import DEL, INS, P, T, w

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..checks.summaries import AiSummary, DisputeSummary, LawSummary

_DELTEXT = w("delText")


@dataclass(slots=True)
class Verification:
    addressed_high_ai: list[str] = field(default_factory=list)  # rule ids (one per finding)
    resolved_high_ai: list[str] = field(default_factory=list)
    high_ai: list[str] = field(default_factory=list)  # every HIGH AI finding before
    new_high: list[str] = field(default_factory=list)
    collateral_deletions: list[str] = field(default_factory=list)  # the deleted text, shortened
    duplicate_numbers: list[str] = field(default_factory=list)
    after: Any = None  # the Report of the accepted document


def _orig_text(p: etree._Element) -> str:
    """The paragraph's text as it was before our changes (deleted runs in, inserted runs out)."""
    out = []
    for el in p.iter(T, _DELTEXT):
        anc = el.getparent()
        inserted = False
        while anc is not None and anc is not p:
            if anc.tag == INS:
                inserted = True
                break
            anc = anc.getparent()
        if not inserted:
            out.append(el.text or "")
    return "".join(out)


def deleted_paragraphs(original: bytes, redline: bytes) -> dict[int, str]:
    """Original paragraph index -> the text deleted from it by tracked changes."""
    a = list(_Package(original, "original.docx").body.iter(P))
    b = list(_Package(redline, "redline.docx").body.iter(P))
    a_text = ["".join(t.text or "" for t in p.iter(T)) for p in a]
    b_text = [_orig_text(p) for p in b]
    sm = difflib.SequenceMatcher(a=a_text, b=b_text, autojunk=False)
    out: dict[int, str] = {}
    for tag, i1, i2, j1, _j2 in sm.get_opcodes():
        if tag != "equal":
            continue
        for k in range(i2 - i1):
            p = b[j1 + k]
            gone = "".join(t.text or "" for d in p.iter(DEL) for t in d.iter(_DELTEXT))
            if gone.strip():
                out[i1 + k] = gone
    return out


def _clause_of_para(report: Any, index: int) -> Any:
    """The innermost clause whose own text holds DOCX body paragraph ``index``."""
    doc = report.tree.document
    block = next((b for b in doc.blocks if b.source == f"p{index}"), None)
    if block is None:
        return None
    best = None
    for c in report.tree.clauses:
        if c.start <= block.start < c.end and (best is None or c.start >= best.start):
            best = c
    return best


def targets(report: Any) -> set[str]:
    """Clause ids a change may rewrite: each finding's clause, and for an AI finding only the
    clause that decides its label (the operative clause)."""
    ai: Mapping[str, AiSummary] = getattr(report, "ai_clauses", {}) or {}
    operative = {v.get("operative") for v in ai.values() if isinstance(v, dict)}
    out = set()
    for f in report.findings:
        cid = f.location.clause_id
        if cid is None:
            continue
        if f.rule_id.startswith("AI") and cid not in operative:
            continue
        if f.rule_id.startswith(("GL", "DR")):
            summary: LawSummary | DisputeSummary | None = getattr(
                report, "governing_law" if f.rule_id.startswith("GL") else "dispute_resolution", None
            )
            if cid != (summary.get("clause") if summary else None):
                continue  # only the document's own law or forum clause may be rewritten
        out.add(cid)
    return out


def _number_keys(report: Any) -> Counter:
    by_id = {c.id: c for c in report.tree.clauses}
    keys: Counter = Counter()
    for c in report.tree.clauses:
        if not c.number or not any(ch.isalnum() for ch in c.number):
            continue  # bullets repeat by nature
        chain, parent = [c.number], c.parent
        while parent is not None:
            chain.append(by_id[parent].number or "")
            parent = by_id[parent].parent
        keys[" / ".join(reversed(chain))] += 1
    return keys


def _high_ai(report: Any) -> list[Any]:
    return [f for f in report.findings if f.rule_id.startswith("AI") and int(f.severity) >= 3]


def verify_redline(outcome: Any, original: bytes | None = None, options: Any = None) -> Verification:
    """Accept every change of ``outcome`` (an apply.RedlineOutcome), check again and measure."""
    from ..pipeline import Options, analyse

    report = outcome.report
    v = Verification()
    changed_rules: Counter[str] = Counter()
    for ch in outcome.result.changes:
        if ch.kind in ("insert", "replace"):
            changed_rules.update(set(ch.rules))
    v.high_ai = [f.rule_id for f in _high_ai(report)]
    v.addressed_high_ai = [r for r in v.high_ai if r in changed_rules]
    # collateral deletions
    if original is not None:
        allowed = targets(report)
        by_id = {c.id: c for c in report.tree.clauses}
        for index, gone in deleted_paragraphs(original, outcome.result.data).items():
            clause = _clause_of_para(report, index)
            inside = clause is not None and clause.id in allowed
            if inside:
                block = next(b for b in report.tree.document.blocks if b.source == f"p{index}")
                inside = block.start < by_id[clause.id].own_end
            if inside and any(
                clause.id == ai.get("operative") for ai in (report.ai_clauses or {}).values() if isinstance(ai, dict)
            ):
                from .plan import _TOPIC

                inside = any(t.search(gone) for t in _TOPIC.values())  # an AI clause's paragraph is about AI
            if not inside:
                v.collateral_deletions.append(" ".join(gone.split())[:80])
    # accept and check again
    accepted = accept_all(outcome.result.data)
    fd, tmp = tempfile.mkstemp(prefix="clausecheck-accepted-", suffix=".docx")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(accepted)
        after = analyse(tmp, options=options or Options(), display_path=str(report.file))
    finally:
        os.unlink(tmp)
    v.after = after
    after_rules = Counter(f.rule_id for f in _high_ai(after))
    left = Counter(after_rules)
    for r in v.addressed_high_ai:
        if left[r] > 0:
            left[r] -= 1
        else:
            v.resolved_high_ai.append(r)
    before_rules = {f.rule_id for f in report.findings}
    v.new_high = [f.rule_id for f in after.findings if int(f.severity) >= 3 and f.rule_id not in before_rules]
    before_keys, after_keys = _number_keys(report), _number_keys(after)
    v.duplicate_numbers = [k for k, n in after_keys.items() if n > 1 and n > before_keys.get(k, 0)]
    return v


__all__ = ["Verification", "verify_redline", "deleted_paragraphs", "targets"]
