"""Score one report (its JSON form) against a :class:`~.truth.Truth`, and add up many.

What is scored is what a lawyer reads off the report, document by document:

* ``presence``: each of the four AI clauses found or not, as the truth says;
* ``stance`` / ``binds``: for an AI clause present in both, the document stance and who a
  distillation ban binds;
* ``citation``: for an AI clause present in both, whether the clause the report cites first
  (its operative clause) holds the operative text of one of the truth's ``evidence`` quotes;
* ``law``: the governing law's ISO codes (the set, ``split`` included), ``mechanism`` and
  ``forum`` of the dispute clause;
* ``findings``: HIGH and MEDIUM findings that the truth supports (precision), and the truth's
  law and forum ``gaps`` that some finding addresses (recall);
* for a document known to hold no AI clause (``expect_no_ai``), any AI clause reported found
  and every clause carrying an AI label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .truth import AI, Truth


def norm(text: str) -> str:
    """Letters and digits only, lower case, NFKC: robust to line breaks, quotes and Markdown."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


_ELLIPSIS = re.compile(r"\.\.\.|…|\[\.\.\.\]")


def holds_quote(clause_text: str, quote: str) -> bool:
    """Whether ``clause_text`` holds the longest piece of ``quote`` (pieces split at ellipses)."""
    pieces = sorted((norm(p) for p in _ELLIPSIS.split(quote)), key=len, reverse=True)
    if not pieces or len(pieces[0]) < 6:
        return False
    return pieces[0] in norm(clause_text)


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def merge(self, other: Tally) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def rate(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "rate": None if self.rate is None else round(self.rate, 4)}


METRICS = (
    "presence",
    "stance",
    "binds",
    "citation",
    "law",
    "law_when_present",
    "law_split",
    "mechanism",
    "forum",
    "finding_precision",
    "gap_recall",
    "drafting_recall",
)


@dataclass(slots=True)
class DocScore:
    file: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in METRICS})
    errors: list[str] = field(default_factory=list)  # what was wrong, in words
    ai_found: list[str] = field(default_factory=list)  # expect_no_ai: AI clauses reported found
    ai_labelled_clauses: int = 0  # expect_no_ai: clauses with an AI label
    clauses: int = 0  # clauses with a label decision
    failed: str | None = None  # the file could not be read
    language: str | None = None  # the document's language, from its truth file

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file}
        if self.language:
            out["language"] = self.language
        if self.failed:
            out["failed"] = self.failed
            return out
        out.update({m: t.to_json() for m, t in self.tallies.items() if t.total})
        out["errors"] = list(self.errors)
        out["clauses"] = self.clauses
        out["ai_found"] = list(self.ai_found)
        out["ai_labelled_clauses"] = self.ai_labelled_clauses
        return out


def _clause_index(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {c["id"]: c for c in report.get("clauses", [])}


def _cited(entry: Mapping[str, Any]) -> str | None:
    if entry.get("operative"):
        return str(entry["operative"])
    clauses = entry.get("clauses") or []
    return str(clauses[0]) if clauses else None


def _place_words(text: str) -> set[str]:
    stop = {
        "the",
        "of",
        "and",
        "or",
        "in",
        "for",
        "courts",
        "court",
        "state",
        "states",
        "federal",
        "county",
        "district",
        "located",
        "city",
        "exclusive",
        "competent",
        "jurisdiction",
        "united",
        "any",
    }
    words = {w for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text) if w.lower() not in stop and w[0].isupper()}
    cjk = {text[i : i + 2] for i in range(len(text) - 1) if not text[i].isascii() and not text[i + 1].isascii()}
    return {w.lower() for w in words} | (cjk - {"裁判", "判所", "管轄", "地方", "所在", "在地"})


def _forum_matches(reported: str | None, truth: str) -> bool:
    if not reported:
        return False
    rep = _place_words(reported)
    return bool(rep) and bool(rep & _place_words(truth))


_LAW_GAP = re.compile(
    r"governing law|choice of law|law\b|forum|court|venue|jurisdiction|arbitrat|seat|"
    r"準拠法|管轄|裁判|仲裁",
    re.IGNORECASE,
)

#: rule id prefix -> words one of which a truth gap must contain for the finding to address it
_GAP_WORDS: dict[str, tuple[str, ...]] = {
    "GL": ("law", "準拠法"),
    "DR003": ("seat",),
    "DR004": ("rules",),
    "DR005": ("language",),
    "DR": ("forum", "court", "venue", "jurisdiction", "arbitrat", "dispute", "管轄", "裁判", "仲裁"),
    "DF": ("numbering", "numbered", "cross-reference", "duplicated", "called both", "schedule"),
}
#: a truth gap about the drafting (numbers that skip or repeat, a schedule cited by the wrong name), whatever
#: clause it is in: answered by a drafting finding (DF), not by a law or forum finding
_DRAFTING_GAP = re.compile(
    r"numbering|misnumber|cross-reference|duplicated (?:item|clause|number|section)|called both", re.IGNORECASE
)


def _gap_words(rule: str) -> tuple[str, ...]:
    for prefix in sorted(_GAP_WORDS, key=len, reverse=True):
        if rule.startswith(prefix):
            return _GAP_WORDS[prefix]
    return ()


_AI_RULE_LABEL = {
    "AI00": None,
    "AI01": "model_disclosure",
    "AI02": "training_data",
    "AI03": "distillation",
    "AI04": "ai_compliance",
}
_MISSING = {"AI001": "model_disclosure", "AI002": "training_data", "AI003": "distillation", "AI004": "ai_compliance"}


def _finding_supported(f: Mapping[str, Any], truth: Truth, report: Mapping[str, Any]) -> bool:
    rule = str(f.get("rule", ""))
    gaps = [g.lower() for g in truth.gaps]
    if rule in _MISSING:
        label = _MISSING[rule]
        if truth.present is None:
            return False
        if label == "distillation":  # "nothing binds the vendor": right unless a ban binds the vendor
            return label not in truth.present or truth.binds.get(label, "customer") == "customer"
        return label not in truth.present
    if rule.startswith("AI"):
        ai_label = _AI_RULE_LABEL.get(rule[:4])
        return bool(truth.present and ai_label in truth.present and truth.stance.get(ai_label) != "protective")
    if rule == "GL001":
        return truth.law_present is False
    if rule == "DR001":
        return truth.dispute_present is False
    words = _gap_words(rule)
    return any(any(w in g for w in words) for g in gaps)


def score_report(report: Mapping[str, Any], truth: Truth | None, *, expect_no_ai: bool = False) -> DocScore:
    score = DocScore(file=str(report.get("file")), language=truth.language if truth is not None else None)
    if report.get("errors"):
        score.failed = "; ".join(str(e.get("message", e)) for e in report["errors"])
        return score
    t = score.tallies
    ai = report.get("ai_clauses") or {}
    index = _clause_index(report)
    score.clauses = sum(1 for c in report.get("clauses", []) if "labels" in c)
    found = {label for label in AI if (ai.get(label) or {}).get("status") == "found"}
    if expect_no_ai:
        score.ai_found = sorted(found)
        score.ai_labelled_clauses = sum(1 for c in report.get("clauses", []) if set(c.get("labels", ())) & set(AI))
        for label in AI:
            t["presence"].add(label not in found)
    if truth is not None and truth.present is not None and not expect_no_ai:
        for label in AI:
            ok = (label in found) == (label in truth.present)
            t["presence"].add(ok)
            if not ok:
                score.errors.append(
                    f"{label}: {'found' if label in found else 'missing'}, truth "
                    f"{'present' if label in truth.present else 'absent'}"
                )
        for label in sorted(found & truth.present):
            entry = ai[label]
            if label in truth.stance:
                ok = entry.get("stance") == truth.stance[label]
                t["stance"].add(ok)
                if not ok:
                    score.errors.append(f"{label}: stance {entry.get('stance')}, truth {truth.stance[label]}")
            if label in truth.binds:
                ok = entry.get("binds") == truth.binds[label]
                t["binds"].add(ok)
                if not ok:
                    score.errors.append(f"{label}: binds {entry.get('binds')}, truth {truth.binds[label]}")
            quotes = truth.evidence.get(label, ())
            if quotes:
                cid = _cited(entry)
                text = str(index.get(cid, {}).get("text", "")) if cid else ""
                ok = any(holds_quote(text, q) for q in quotes)
                t["citation"].add(ok)
                if not ok:
                    number = (index.get(cid, {}).get("citation") or index.get(cid, {}).get("number")) if cid else None
                    score.errors.append(f"{label}: cites {number or cid}, which does not hold the operative text")
    if truth is not None:
        _score_law(report, truth, score)
        _score_findings(report, truth, score)
    return score


def _score_law(report: Mapping[str, Any], truth: Truth, score: DocScore) -> None:
    t = score.tallies
    gl = report.get("governing_law") or {}
    codes = tuple(gl.get("jurisdictions") or ((gl.get("jurisdiction"),) if gl.get("jurisdiction") else ()))
    if truth.law_present is not None:
        if truth.law_present:
            want = set(truth.law_iso or ())
            ok = set(codes) == want
        else:
            want, ok = set(), not codes
        t["law"].add(ok)
        if truth.law_present:
            t["law_when_present"].add(ok)
        if not ok:
            score.errors.append(f"governing law {sorted(codes) or 'none'}, truth {sorted(want) or 'none'}")
        if truth.law_present and truth.law_split is not None:
            t["law_split"].add(bool(gl.get("split")) == bool(truth.law_split))
    dr = report.get("dispute_resolution") or {}
    if truth.dispute_present is not None:
        mech = dr.get("mechanism") if dr else None
        want_mech = truth.mechanism if truth.dispute_present else None
        ok = mech == want_mech
        t["mechanism"].add(ok)
        if not ok:
            score.errors.append(f"dispute mechanism {mech or 'none'}, truth {want_mech or 'none'}")
        if truth.dispute_present and truth.forum:
            ok = _forum_matches(dr.get("forum") if dr else None, truth.forum)
            t["forum"].add(ok)
            if not ok:
                score.errors.append(f"forum {dr.get('forum') if dr else None!r}, truth {truth.forum!r}")


def _score_findings(report: Mapping[str, Any], truth: Truth, score: DocScore) -> None:
    t = score.tallies
    serious = [f for f in report.get("findings", []) if f.get("severity") in ("high", "medium")]
    if truth.present is not None or truth.gaps:
        for f in serious:
            ok = _finding_supported(f, truth, report)
            t["finding_precision"].add(ok)
            if not ok:
                where = f.get("clause_number") or "whole document"
                score.errors.append(f"unsupported {f.get('severity')} finding {f.get('rule')} ({where})")
    rules = [str(f.get("rule", "")) for f in report.get("findings", [])]
    for gap in truth.gaps:
        if _DRAFTING_GAP.search(gap):
            ok = any(r.startswith("DF") for r in rules)
            t["drafting_recall"].add(ok)
            if not ok:
                score.errors.append(f"drafting gap not reported: {gap}")
            continue
        if not _LAW_GAP.search(gap) or re.search(r"\bAI\b|model|train", gap):
            continue
        g = gap.lower()
        ok = any(any(w in g for w in _gap_words(r)) for r in rules if r[:2] in ("GL", "DR"))
        t["gap_recall"].add(ok)
        if not ok:
            score.errors.append(f"law/forum gap not reported: {gap}")


@dataclass(slots=True)
class Summary:
    docs: list[DocScore] = field(default_factory=list)

    def total(self, metric: str, docs: Iterable[DocScore] | None = None) -> Tally:
        out = Tally()
        for d in self.docs if docs is None else docs:
            out.merge(d.tallies[metric])
        return out

    def to_json(self, expect_no_ai: bool = False) -> dict[str, Any]:
        ok = [d for d in self.docs if not d.failed]
        out: dict[str, Any] = {
            "documents": len(self.docs),
            "failed": sum(1 for d in self.docs if d.failed),
            "totals": {m: self.total(m).to_json() for m in METRICS if self.total(m).total},
        }
        if expect_no_ai:
            clauses = sum(d.clauses for d in ok)
            labelled = sum(d.ai_labelled_clauses for d in ok)
            out["no_ai"] = {
                "documents_with_ai_found": sum(1 for d in ok if d.ai_found),
                "clauses": clauses,
                "ai_labelled_clauses": labelled,
                "per_1000_clauses": round(1000 * labelled / clauses, 2) if clauses else None,
            }
        languages = sorted({d.language for d in self.docs if d.language})
        if len(languages) > 1:  # the same figures for each language's documents (Japanese against English)
            out["by_language"] = {
                lang: {
                    "documents": sum(1 for d in self.docs if d.language == lang),
                    "totals": {
                        m: t.to_json()
                        for m in METRICS
                        if (t := self.total(m, [d for d in self.docs if d.language == lang])).total
                    },
                }
                for lang in languages
            }
        out["per_document"] = [d.to_json() for d in self.docs]
        return out
