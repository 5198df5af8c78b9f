"""Training data: load ``models/training/data/*.jsonl``, validate, hash, split by family.

Each line is one clause we wrote::

    {"id": "td-0001", "text": "...", "labels": ["training_data"],
     "stance": {"training_data": "protective"}, "binds": null,   # or "customer", or {"distillation": "customer"}
     "family": "td-no-training", "style": "plain", "negative_kind": null}

plus ``jurisdiction`` / ``mechanism`` / ``forum`` for law and dispute clauses.
Validation collects every problem and raises one error listing them as
``file:line: message``.  The data hash is the sha256 of the sorted canonical
JSON of all records, so it ignores file names, file order and key order.  The
split puts whole families on one side (near-duplicates never straddle it): a
family goes to validation when sha256(salt + family) falls below the
validation fraction.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..classify.labels import AI_LABELS, BINDS, LABELS, STANCES
from ..errors import ConfigError

LABEL_NAMES = tuple(str(x) for x in LABELS)
AI_NAMES = tuple(str(x) for x in AI_LABELS)
STANCE_NAMES = tuple(str(x) for x in STANCES)
BINDS_NAMES = tuple(str(x) for x in BINDS)
MECHANISMS = ("courts", "arbitration", "mixed", "other")

REQUIRED_KEYS = ("id", "text", "labels", "family")
KNOWN_KEYS = frozenset(
    REQUIRED_KEYS
    + ("stance", "binds", "style", "negative_kind", "jurisdiction", "mechanism", "forum", "note", "source", "near_miss")
)
MAX_ERRORS = 50


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    labels: tuple[str, ...]
    stance: Mapping[str, str]
    binds: str | None
    family: str
    style: str | None
    negative_kind: str | None
    where: str  # "file.jsonl:12"


@dataclass(frozen=True, slots=True)
class Dataset:
    examples: tuple[Example, ...]
    data_hash: str
    files: tuple[dict[str, Any], ...]  # {"file", "lines", "sha256"}
    warnings: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.examples)


@dataclass(slots=True)
class _Problems:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown: dict[str, str] = field(default_factory=dict)  # unknown key -> first place seen


def canonical(record: Mapping[str, Any]) -> str:
    """Canonical JSON of one record (sorted keys, no spaces, NFC text)."""
    return json.dumps(_nfc(record), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def hash_records(records: Iterable[Mapping[str, Any]]) -> str:
    lines = sorted(canonical(r) for r in records)
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _check(obj: Any, where: str, problems: _Problems) -> Example | None:
    errs: list[str] = []
    if not isinstance(obj, dict):
        problems.errors.append(f"{where}: expected a JSON object")
        return None
    for key in REQUIRED_KEYS:
        if key not in obj:
            errs.append(f"missing '{key}'")
    for key in sorted(set(obj) - KNOWN_KEYS):
        problems.unknown.setdefault(key, where)
    cid, text, family = obj.get("id"), obj.get("text"), obj.get("family")
    if "id" in obj and (not isinstance(cid, str) or not cid.strip()):
        errs.append("'id' must be a non-empty string")
    if "text" in obj and (not isinstance(text, str) or not text.strip()):
        errs.append("'text' must be a non-empty string")
    if "family" in obj and (not isinstance(family, str) or not family.strip()):
        errs.append("'family' must be a non-empty string")
    labels = obj.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        errs.append("'labels' must be a list of strings")
        labels = []
    else:
        bad = [x for x in labels if x not in LABEL_NAMES]
        if bad:
            errs.append(f"unknown label(s) {', '.join(map(repr, bad))}; expected some of {', '.join(LABEL_NAMES)}")
        if len(set(labels)) != len(labels):
            errs.append("a label is listed twice")
    stance = obj.get("stance") or {}
    if not isinstance(stance, dict):
        errs.append("'stance' must be an object (label -> stance)")
        stance = {}
    for lbl, st in stance.items():
        if lbl not in AI_NAMES:
            errs.append(f"stance given for {lbl!r}, which is not an AI label ({', '.join(AI_NAMES)})")
        elif lbl not in labels:
            errs.append(f"stance given for {lbl!r}, which is not in 'labels'")
        if st not in STANCE_NAMES:
            errs.append(f"stance {st!r} for {lbl!r} is not one of {', '.join(STANCE_NAMES)}")
    for lbl in labels:
        if lbl in AI_NAMES and lbl not in stance:
            errs.append(f"AI label {lbl!r} has no stance")
    binds = obj.get("binds")
    if isinstance(binds, dict):  # {"distillation": "customer"} or {} (the dev set's and brief's object form)
        extra = sorted(set(binds) - {"distillation"})
        if extra:
            errs.append(f"binds has key(s) {', '.join(map(repr, extra))}; only 'distillation' carries who is bound")
        binds = binds.get("distillation")
    if binds is not None:
        if binds not in BINDS_NAMES:
            errs.append(f"binds {binds!r} is not one of {', '.join(BINDS_NAMES)} (or null)")
        elif "distillation" not in labels:
            errs.append("'binds' is set but 'distillation' is not in 'labels'")
    elif "distillation" in labels:
        errs.append("'distillation' needs 'binds' (customer, vendor or both)")
    mech = obj.get("mechanism")
    if mech is not None and mech not in MECHANISMS:
        errs.append(f"mechanism {mech!r} is not one of {', '.join(MECHANISMS)} (or null)")
    for key in ("style", "negative_kind", "jurisdiction", "forum"):
        if obj.get(key) is not None and not isinstance(obj.get(key), str):
            errs.append(f"'{key}' must be a string or null")
    if errs:
        problems.errors.extend(f"{where}: {e}" for e in errs)
        return None
    # no error: the required id, text and family are there, each a non-empty string
    assert isinstance(cid, str) and isinstance(text, str) and isinstance(family, str)
    return Example(
        id=cid.strip(),
        text=text,
        labels=tuple(x for x in LABEL_NAMES if x in labels),
        stance={k: stance[k] for k in AI_NAMES if k in stance},
        binds=binds,
        family=family.strip(),
        style=obj.get("style"),
        negative_kind=obj.get("negative_kind"),
        where=where,
    )


def load_dir(data_dir: str | Path, *, limit: int | None = None, order: Sequence[str] | None = None) -> Dataset:
    """Load and validate every ``*.jsonl`` under ``data_dir``, in the recipe's ``order`` (``[data] files``)
    when it gives one, else sorted by name.

    The order is the order of the examples before the seeded shuffles, so it is part of what makes a
    rebuild bit-for-bit: ``order`` lets files be renamed without changing the model. With ``order``,
    every ``*.jsonl`` in the folder must be listed and every listed file must exist, so no data is
    silently left out or added. ``limit`` keeps a deterministic subset of that many examples (whole
    families, chosen by hash) for quick development runs.
    """
    data_dir = Path(data_dir)
    found = sorted(p for p in data_dir.glob("*.jsonl") if p.is_file()) if data_dir.is_dir() else []
    if not found:
        raise ConfigError("E204", data_dir, detail=f"{data_dir}: no training data (*.jsonl) found")
    files = found
    if order is not None:
        listed = [data_dir / name for name in order]
        missing = [p.name for p in listed if not p.is_file()]
        unlisted = [p.name for p in found if p not in set(listed)]
        if missing or unlisted or len(set(listed)) != len(listed):
            why = "; ".join(
                x
                for x in (
                    f"listed but not found: {', '.join(missing)}" if missing else "",
                    f"not listed: {', '.join(unlisted)}" if unlisted else "",
                    "a file is listed twice" if len(set(listed)) != len(listed) else "",
                )
                if x
            )
            raise ConfigError("E204", data_dir, detail=f"{data_dir}: [data] files does not match the folder ({why})")
        files = listed
    problems = _Problems()
    examples: list[Example] = []
    records: list[dict[str, Any]] = []
    file_info: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    texts: dict[str, str] = {}
    duplicates: list[str] = []
    for path in files:
        raw = path.read_bytes()
        n = 0
        try:
            content = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.errors.append(f"{path}: not UTF-8 ({e})")
            continue
        for lineno, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.errors.append(f"{where}: not valid JSON ({e})")
                continue
            ex = _check(obj, where, problems)
            if ex is None:
                continue
            if ex.id in seen:
                problems.errors.append(f"{where}: duplicate id {ex.id!r} (first at {seen[ex.id]})")
                continue
            seen[ex.id] = where
            norm = normalise_text(ex.text)
            if norm in texts:
                duplicates.append(f"{where} = {texts[norm]}")
            else:
                texts[norm] = where
            examples.append(ex)
            records.append(obj)
            n += 1
        file_info.append({"file": path.name, "lines": n, "sha256": hashlib.sha256(raw).hexdigest()})
    for key, where in problems.unknown.items():
        problems.warnings.append(f"{where}: unknown key {key!r} (ignored; first of its kind)")
    if duplicates:
        problems.warnings.append(
            f"{len(duplicates)} clause(s) repeat another clause's text (e.g. {'; '.join(duplicates[:3])})"
        )
    if problems.errors:
        shown = problems.errors[:MAX_ERRORS]
        more = len(problems.errors) - len(shown)
        detail = "invalid training data:\n  " + "\n  ".join(shown) + (f"\n  ... and {more} more" if more else "")
        raise ConfigError("E204", data_dir, detail=detail)
    if limit is not None and limit < len(examples):
        keep = _subset(examples, limit)
        records = [r for r, e in zip(records, examples) if e.id in keep]
        examples = [e for e in examples if e.id in keep]
    return Dataset(
        examples=tuple(examples),
        data_hash=hash_records(records),
        files=tuple(file_info),
        warnings=tuple(problems.warnings),
    )


def _subset(examples: Sequence[Example], limit: int) -> set[str]:
    """About ``limit`` examples, whole families, in hash order (deterministic)."""
    by_family: dict[str, list[Example]] = {}
    for e in examples:
        by_family.setdefault(e.family, []).append(e)
    keep: set[str] = set()
    for fam in sorted(by_family, key=lambda f: hashlib.sha256(f"subset:{f}".encode()).hexdigest()):
        if len(keep) >= limit:
            break
        keep.update(e.id for e in by_family[fam])
    return keep


def family_fraction(family: str, salt: str = "") -> float:
    """A family's position in [0, 1) from sha256(salt + family)."""
    digest = hashlib.sha256(f"{salt}{family}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split(examples: Sequence[Example], fraction: float, salt: str = "") -> tuple[list[Example], list[Example]]:
    """(train, validation): a family goes to validation when its hash position < ``fraction``."""
    train: list[Example] = []
    val: list[Example] = []
    for e in examples:
        (val if family_fraction(e.family, salt) < fraction else train).append(e)
    return train, val


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def statistics(examples: Sequence[Example]) -> dict[str, Any]:
    """Counts by label, stance, binds, style and negative kind."""
    labels = Counter(lbl for e in examples for lbl in e.labels)
    stance = {lbl: dict(Counter(e.stance[lbl] for e in examples if lbl in e.stance)) for lbl in AI_NAMES}
    return {
        "clauses": len(examples),
        "families": len({e.family for e in examples}),
        "no_label": sum(1 for e in examples if not e.labels),
        "multi_label": sum(1 for e in examples if len(e.labels) > 1),
        "labels": {lbl: labels.get(lbl, 0) for lbl in LABEL_NAMES},
        "stance": {lbl: {s: stance[lbl].get(s, 0) for s in STANCE_NAMES} for lbl in AI_NAMES},
        "binds": dict(sorted(Counter(e.binds for e in examples if e.binds).items())),
        "style": dict(sorted(Counter(e.style or "unspecified" for e in examples).items())),
        "negative_kind": dict(sorted(Counter(e.negative_kind for e in examples if e.negative_kind).items())),
    }


def overlap_with(
    examples: Sequence[Example], other_texts: Sequence[str], n: int = 8, cutoff: float = 0.5
) -> dict[str, int]:
    """Leak check: training clauses equal to, or sharing >= ``cutoff`` of their word
    ``n``-grams with, a clause of another set (e.g. the dev set)."""

    def grams(t: str) -> set[tuple[str, ...]]:
        w = normalise_text(t).split()
        return {tuple(w[i : i + n]) for i in range(max(1, len(w) - n + 1))}

    other_norm = {normalise_text(t) for t in other_texts}
    other_grams = [grams(t) for t in other_texts]
    index: dict[tuple[str, ...], list[int]] = {}
    for k, g in enumerate(other_grams):
        for x in g:
            index.setdefault(x, []).append(k)
    exact = near = 0
    for e in examples:
        if normalise_text(e.text) in other_norm:
            exact += 1
            continue
        g = grams(e.text)
        hits = Counter(k for x in g for k in index.get(x, ()))
        if hits and max(hits.values()) / max(1, len(g)) >= cutoff:
            near += 1
    return {"exact": exact, "near": near}
