"""Truth files for the document-level evaluation (``clausecheck eval DIR``).

A truth file answers, for one whole contract, what a careful customer-side
lawyer answers: which AI clauses are present and with what stance, who a
distillation ban binds, the governing law's ISO codes, the dispute mechanism and
forum, where the operative text is (``evidence``: "3.3: a quote"), and the gaps
worth flagging.  The format is the one of ``NN_name.truth.json`` files (see
docs/evaluation.md); only the keys used for scoring are read, and every key is
optional except ``labels_present``.

Two layouts are accepted:

* a folder of ``<stem>.truth.json`` files, matched to contracts by file stem
  (``04_terms.truth.json`` judges ``04_terms.pdf`` and ``04_terms.docx``);
* one JSON object keyed by contract file name whose values are truth objects;
  ``expected_iso`` there is shorthand for ``governing_law.iso``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..classify.labels import AI_LABELS
from ..errors import ConfigError

AI = tuple(str(a) for a in AI_LABELS)


@dataclass(frozen=True, slots=True)
class Truth:
    name: str
    present: frozenset[str] | None = None  # AI labels present (None: not stated)
    stance: Mapping[str, str] = field(default_factory=dict)
    binds: Mapping[str, str] = field(default_factory=dict)
    evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # label -> quotes (number stripped)
    law_present: bool | None = None
    law_iso: tuple[str, ...] | None = None
    law_split: bool | None = None
    dispute_present: bool | None = None
    mechanism: str | None = None
    forum: str | None = None
    gaps: tuple[str, ...] = ()
    doc_type: str | None = None
    language: str | None = None  # "en", "ja" ... as the truth file states it


_REF = re.compile(r"^\s*[^:：]{0,80}?[:：]\s*")


def quote_of(evidence: str) -> str:
    """``"3.3: xAI shall not ..."`` -> ``"xAI shall not ..."`` (the section reference dropped)."""
    m = _REF.match(evidence)
    body = evidence[m.end() :] if m else evidence
    return body.strip().strip('「」"“”')


def truth_from_json(name: str, data: Mapping[str, Any]) -> Truth:
    present = data.get("labels_present")
    gl = data.get("governing_law") or {}
    if "expected_iso" in data:
        iso = data.get("expected_iso")
        gl = {"present": bool(iso), "iso": list(iso or [])}
    dr = data.get("dispute_resolution") or {}
    evidence = {
        k: tuple(quote_of(str(v)) for v in vals)
        for k, vals in (data.get("evidence") or {}).items()
        if isinstance(vals, list)
    }
    return Truth(
        name=name,
        present=frozenset(p for p in present if p in AI)
        if isinstance(present, list)
        else (frozenset() if "expected_iso" in data else None),
        stance={k: v for k, v in (data.get("stance") or {}).items() if k in AI},
        binds=dict(data.get("binds") or {}),
        evidence=evidence,
        law_present=gl.get("present") if gl else None,
        law_iso=tuple(gl["iso"]) if gl.get("iso") is not None else None,
        law_split=gl.get("split"),
        dispute_present=dr.get("present") if dr else None,
        mechanism=dr.get("mechanism"),
        forum=dr.get("forum"),
        gaps=tuple(str(g) for g in data.get("gaps") or ()),
        doc_type=data.get("doc_type"),
        language=data["language"] if isinstance(data.get("language"), str) else None,
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ConfigError("E206", str(path), detail=f"{type(e).__name__}: {e}") from e


def load_truths(where: Path) -> dict[str, Truth]:
    """Truths keyed by contract stem (lower case)."""
    out: dict[str, Truth] = {}
    if where.is_dir():
        for p in sorted(where.glob("*.truth.json")):
            stem = p.name[: -len(".truth.json")]
            out[stem.lower()] = truth_from_json(stem, _read_json(p))
        return out
    data = _read_json(where)
    if not isinstance(data, dict):
        raise ConfigError("E206", str(where), detail="expected a JSON object keyed by contract file name")
    for name, value in data.items():
        if isinstance(value, dict):
            stem = Path(name).stem
            out[stem.lower()] = truth_from_json(stem, value)
    return out
