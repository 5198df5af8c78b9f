"""The clause library (``rules/library/<family>/<slug>.yaml``): our own model clauses.

Each entry is one clause a fix or a redline can propose::

    id: ai/no-training-standard          # == the path under rules/library, without .yaml
    title: No training on the customer's data
    family: ai                           # ai | governing_law | dispute
    clause_type: training_data           # a ClauseType
    strength: standard                   # standard | strict (required for ai entries)
    jurisdiction: US-NY                  # governing_law / dispute entries tied to one place
    pairs_with: dispute/new-york-courts  # governing_law: the forum that goes with it
    seat: Geneva, Switzerland            # arbitration entries: the default for {seat}
    answers: [AI002, AI022]              # the rules whose findings it fixes
    heading: No Training on {customer} Materials
    text: [paragraph, paragraph, ...]    # one string or a list of paragraphs
    note: what the lawyer should know before proposing it

The loader is as strict as the rule loader: unknown keys, missing keys, a bad
family or strength, an id that does not match the file, or an unknown
placeholder are refused with ``file:line:col`` (E202/E203).  Placeholders:
``{customer}``, ``{vendor}`` (the parties as the contract refers to them),
``{customer_name}``, ``{vendor_name}`` (their full names, if found) and
``{seat}`` (the playbook's seat, else the entry's own ``seat``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..checks.yamlfile import Located, check_keys, config_error, load_yaml
from ..classify.labels import ClauseType
from ..errors import ConfigError
from ..resources import rules_dir

KEYS = (
    "id",
    "title",
    "family",
    "clause_type",
    "strength",
    "jurisdiction",
    "pairs_with",
    "seat",
    "answers",
    "heading",
    "text",
    "note",
    "references",
)
REQUIRED = ("id", "title", "family", "clause_type", "answers", "heading", "text", "note")
FAMILIES = {"ai": "AI", "governing_law": "GL", "dispute": "DR"}
STRENGTHS = ("standard", "strict")
PLACEHOLDERS = ("customer", "vendor", "customer_term", "vendor_term", "customer_name", "vendor_name", "seat")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_RULE_ID = re.compile(r"^(AI|GL|DR)\d{3}$")
_SENTENCE_THE = re.compile(r"(^|[.!?;:]\s+)the ")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    id: str
    title: str
    family: str
    clause_type: str
    answers: tuple[str, ...]
    heading: str
    paragraphs: tuple[str, ...]
    note: str
    path: str
    strength: str | None = None
    jurisdiction: str | None = None
    pairs_with: str | None = None
    seat: str | None = None
    references: tuple[str, ...] = ()

    def fill(self, values: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
        """(heading, paragraphs) with the placeholders filled from ``values``."""
        vals = {"seat": self.seat or "", **{k: v for k, v in values.items() if v}}

        vals.setdefault("customer_term", vals.get("customer", "Customer"))
        vals.setdefault("vendor_term", vals.get("vendor", "Vendor"))
        for key in ("customer", "vendor"):  # "the Supplier" where the contract says so
            vals.setdefault(key, vals[f"{key}_term"])

        if vals.get("customer_term", "").lower() == "you":  # terms written to "you": "Your Materials"
            vals["customer_term"] = "Your"

        def sub(text: str) -> str:
            out = _PLACEHOLDER.sub(lambda m: vals.get(m.group(1), m.group(0)), text)
            out = _SENTENCE_THE.sub(lambda m: m.group(1) + "The ", out)
            if vals.get("customer", "").lower() == "you":
                out = _you(out)
            return out

        heading = _PLACEHOLDER.sub(
            lambda m: vals.get(m.group(1) + "_term", vals.get(m.group(1), m.group(0))), self.heading
        )
        return heading, tuple(sub(p) for p in self.paragraphs)


def _you(text: str) -> str:
    """Grammar for a customer called "you": "you's" -> "your", "you or its users" -> "you or your users"."""
    text = re.sub(r"\byou[’']s\b", "your", text)
    text = re.sub(r"\byou or its\b", "you or your", text)
    text = re.sub(r"\bany Your\b", "any of Your", text)
    text = re.sub(r"\byou (?:is|has)\b", lambda m: "you are" if m.group(0).endswith("is") else "you have", text)
    return re.sub(r"(^|[.!?]\s+)you\b", lambda m: m.group(1) + "You", text)


def _flat(text: str) -> str:
    return " ".join(str(text).split())


def load_entry(path: str | Path, root: Path | None = None) -> LibraryEntry:
    path = Path(path)
    node = load_yaml(path, code="E202")
    check_keys(path, node, KEYS, "a library entry")
    assert isinstance(node, Located)
    for key in REQUIRED:
        if node.get(key) in (None, "", []):
            raise config_error("E203", path, node, None, f"the library entry has no '{key}'")
    eid = str(node["id"])
    base = root if root is not None else path.parent.parent
    expected = path.relative_to(base).with_suffix("").as_posix() if path.is_relative_to(base) else None
    family, _, slug = eid.partition("/")
    if family not in FAMILIES or not _SLUG.match(slug):
        raise config_error(
            "E202",
            path,
            node,
            "id",
            f"'{eid}' is not a library id such as ai/no-training-standard or governing_law/japan",
        )
    if expected is not None and eid != expected:
        raise config_error("E202", path, node, "id", f"the id must match the file's place: '{expected}'")
    if node["family"] != family:
        raise config_error("E202", path, node, "family", f"family must be '{family}', as in the id")
    clause_type = str(node["clause_type"])
    if clause_type not in {str(t) for t in ClauseType} or clause_type == "other":
        raise config_error(
            "E202",
            path,
            node,
            "clause_type",
            f"'{clause_type}' is not a clause type ({', '.join(str(t) for t in ClauseType)})",
        )
    strength = node.get("strength")
    if strength is not None and strength not in STRENGTHS:
        raise config_error("E202", path, node, "strength", "strength must be standard or strict")
    if family == "ai" and strength is None:
        raise config_error("E203", path, node, None, "an ai library entry needs 'strength' (standard or strict)")
    jurisdiction = node.get("jurisdiction")
    if jurisdiction is not None and not (isinstance(jurisdiction, str) and _CODE.match(jurisdiction)):
        raise config_error(
            "E202",
            path,
            node,
            "jurisdiction",
            f"'{jurisdiction}' is not a jurisdiction code such as JP, US-NY or GB-ENG",
        )
    pairs = node.get("pairs_with")
    if pairs is not None and not (isinstance(pairs, str) and pairs.startswith("dispute/")):
        raise config_error("E202", path, node, "pairs_with", "pairs_with names a dispute/ library entry")
    answers = node["answers"]
    if isinstance(answers, str):
        answers = [answers]
    if not isinstance(answers, list) or not all(isinstance(a, str) and _RULE_ID.match(a) for a in answers):
        raise config_error("E202", path, node, "answers", "'answers' must list rule ids such as AI002 or GL001")
    text = node["text"]
    paragraphs = [text] if isinstance(text, str) else text
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) and p.strip() for p in paragraphs):
        raise config_error("E202", path, node, "text", "'text' must be a paragraph or a list of paragraphs")
    for key in ("heading", "title", "note"):
        if not isinstance(node[key], str):
            raise config_error("E202", path, node, key, f"'{key}' must be text")
    for key, value in (("heading", node["heading"]), *(("text", p) for p in paragraphs)):
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                raise config_error(
                    "E202",
                    path,
                    node,
                    key,
                    f"unknown placeholder {{{name}}} (allowed: " + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + ")",
                )
        if "{seat}" in value and not node.get("seat"):
            raise config_error("E203", path, node, key, "the text uses {seat} but the entry names no default 'seat'")
    refs = node.get("references", []) or []
    return LibraryEntry(
        id=eid,
        title=_flat(node["title"]),
        family=family,
        clause_type=clause_type,
        answers=tuple(answers),
        heading=_flat(node["heading"]),
        paragraphs=tuple(_flat(p) for p in paragraphs),
        note=_flat(node["note"]),
        path=str(path),
        strength=strength,
        jurisdiction=jurisdiction,
        pairs_with=pairs,
        seat=_flat(node["seat"]) if node.get("seat") else None,
        references=tuple(str(r) for r in refs),
    )


class Library(Mapping[str, LibraryEntry]):
    """Every library entry by id, with the look-ups a redline needs."""

    def __init__(self, entries: Mapping[str, LibraryEntry]) -> None:
        self._entries = dict(entries)

    def __getitem__(self, key: str) -> LibraryEntry:
        return self._entries[key]

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def for_rule(self, rule_id: str) -> tuple[LibraryEntry, ...]:
        return tuple(e for e in self._entries.values() if rule_id in e.answers)

    def variant(self, entry: LibraryEntry, strength: str) -> LibraryEntry:
        """The entry of the same clause type in ``strength`` (an ai entry), or ``entry`` itself."""
        if entry.strength in (None, strength):
            return entry
        stem = entry.id.rsplit("-", 1)[0]
        other = self._entries.get(f"{stem}-{strength}")
        return other if other is not None and other.clause_type == entry.clause_type else entry

    def by_jurisdiction(self, clause_type: str, code: str) -> LibraryEntry | None:
        """The entry for ``code`` (courts before arbitration for disputes), or None."""
        hits = [e for e in self._entries.values() if e.clause_type == clause_type and e.jurisdiction == code]
        hits.sort(key=lambda e: (e.seat is not None, e.id))
        return hits[0] if hits else None


def library_dir(root: Path | None = None) -> Path:
    return (root or rules_dir()) / "library"


def library_files(root: Path | None = None) -> list[Path]:
    return sorted(library_dir(root).glob("*/*.yaml"))


@lru_cache(maxsize=4)
def load_library(root: str | None = None) -> Library:
    """Every entry under ``rules/library``; raises ConfigError on the first bad file."""
    base = library_dir(Path(root) if root else None)
    entries: dict[str, LibraryEntry] = {}
    for p in library_files(Path(root) if root else None):
        entry = load_entry(p, base)
        entries[entry.id] = entry
    for entry in entries.values():
        if entry.pairs_with and entry.pairs_with not in entries:
            raise ConfigError(
                "E202",
                None,
                detail=f"{entry.path}: pairs_with names '{entry.pairs_with}', which is not in the library.",
            )
    return Library(entries)


def entry_values(entry: LibraryEntry, parties: Any = None, playbook: Any = None) -> dict[str, str]:
    """Placeholder values for ``entry`` from the detected parties and the playbook."""
    values: dict[str, str] = {}
    if parties is not None:
        values.update(parties.values())
    seat = getattr(playbook, "seat", None)
    if seat and entry.seat:
        values["seat"] = str(seat)
    return values


__all__ = ["LibraryEntry", "Library", "load_library", "load_entry", "library_files", "entry_values"]
