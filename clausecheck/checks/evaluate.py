"""Accuracy of the governing-law / dispute-resolution extractor on labelled clauses.

Works on our own test set (``tests/data/gl_dr_clauses.jsonl``, ISO codes) and on
the dev set format (``jurisdiction`` and ``forum`` as free text, mapped to codes
through the same gazetteer).  Used by ``bench/eval_law.py`` and the tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .lawfacts import english_mentions, extract_facts, gazetteer, japanese_mentions

_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,4})?$")


def codes_in(text: str | None) -> list[str]:
    """Jurisdiction codes named in a free-text gold value ("France (non-US); California")."""
    if not text:
        return []
    if _CODE.match(text.strip()):
        return [text.strip()]
    found = [m.code for m in english_mentions(text)] + [m.code for m in japanese_mentions(text)]
    out: list[str] = []
    for c in found:
        if "-" not in c and any(o.startswith(c + "-") for o in found):
            continue
        if c not in out:
            out.append(c)
    return out


def institutions_in(text: str | None) -> set[str]:
    if not text:
        return set()
    found = set()
    for short, names in gazetteer()["institutions"].items():
        for name in names:
            pattern = rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])"
            if re.search(pattern, text, 0 if (name.isupper() and len(name) <= 6) else re.IGNORECASE):
                found.add(short)
    return found


def summarise_mechanism(mechanism: Iterable[str]) -> str | None:
    mech = list(mechanism)
    core = [m for m in mech if m in ("courts", "arbitration")]
    tiers = [m for m in mech if m in ("escalation", "mediation")]
    if not mech:
        return None
    if len(core) + len(tiers) > 1:
        return "mixed"
    if core:
        return core[0]
    if tiers:
        return "mixed" if tiers else None
    return mech[0]


@dataclass
class LawScore:
    law_total: int = 0
    law_right: int = 0
    mech_total: int = 0
    mech_right: int = 0
    forum_total: int = 0
    forum_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def ratio(self, right: int, total: int) -> float:
        return right / total if total else 1.0

    @property
    def law(self) -> float:
        return self.ratio(self.law_right, self.law_total)

    @property
    def mechanism(self) -> float:
        return self.ratio(self.mech_right, self.mech_total)

    @property
    def forum(self) -> float:
        return self.ratio(self.forum_right, self.forum_total)


def _forum_right(gold: str | None, facts: Any, row: dict[str, Any]) -> bool:
    ours_codes = {c for c in (facts.forum_jurisdiction, facts.seat_jurisdiction) if c}
    ours_inst = {facts.institution} if facts.institution else set()
    if not gold:
        return not (facts.forum or facts.seat)
    low = gold.lower()
    if facts.forum and " ".join(facts.forum.split()) == " ".join(gold.split()):
        return True  # the same words (e.g. a Japanese floating venue the gazetteer cannot place)
    if "competent jurisdiction" in low or "court having jurisdiction" in low:
        return facts.competent_courts_only or not facts.forum
    gold_codes = set(codes_in(gold))
    gold_inst = institutions_in(gold) | ({str(row["institution"]).upper()} if row.get("institution") else set())
    if gold_inst and gold_inst & ours_inst:
        return True
    if gold_codes:
        for g in gold_codes:
            for o in ours_codes:
                if g == o or o.startswith(g + "-") or g.startswith(o + "-"):
                    return True
        return False
    # A forum the gazetteer cannot place ("the consumer's local courts", "Chosen Courts"): any
    # named forum of ours counts only if the words overlap.
    ours = " ".join(x for x in (facts.forum, facts.seat) if x).lower()
    words = {w for w in re.findall(r"[a-z]{4,}", low)} - {"courts", "court", "state", "federal"}
    return (
        bool(ours)
        and bool(words & set(re.findall(r"[a-z]{4,}", ours)))
        or (not ours and not gold_codes and "court" in low)
    )


def score_rows(rows: Iterable[dict[str, Any]]) -> LawScore:
    score = LawScore()
    for row in rows:
        labels = set(row.get("labels") or [])
        facts = extract_facts(row["text"])
        if "governing_law" in labels:
            score.law_total += 1
            gold = row.get("jurisdictions") or codes_in(row.get("jurisdiction"))
            gold = [g for g in gold if g]
            ours = list(facts.governing_law)
            right = set(gold) == set(ours) if gold else not ours
            if right:
                score.law_right += 1
            else:
                score.misses.append({"id": row.get("id"), "field": "jurisdiction", "gold": gold, "ours": ours})
        if "dispute_resolution" in labels and row.get("mechanism") is not None:
            score.mech_total += 1
            ours_m = summarise_mechanism(facts.mechanism)
            gold_m = row["mechanism"]
            right = ours_m == gold_m or (gold_m == "mixed" and ours_m == "mixed")
            if right:
                score.mech_right += 1
            else:
                score.misses.append({"id": row.get("id"), "field": "mechanism", "gold": gold_m, "ours": ours_m})
        if "dispute_resolution" in labels and "forum" in row:
            score.forum_total += 1
            if _forum_right(row.get("forum"), facts, row):
                score.forum_right += 1
            else:
                score.misses.append(
                    {
                        "id": row.get("id"),
                        "field": "forum",
                        "gold": row.get("forum"),
                        "ours": [facts.forum, facts.seat, facts.institution],
                    }
                )
    return score


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
