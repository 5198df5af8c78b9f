"""Rule files (``rules/checks/<family>/<ID>-<name>.yaml``) -> :class:`Rule`.

A strict loader: unknown keys, bad values, bad placeholders and bad patterns
are refused at load time with ``file:line:col`` and the offending line, so a
typo can never silently switch a rule off.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..classify.labels import ClauseType, Stance
from ..findings import Applicability, Severity
from ..resources import rules_dir
from .facts import FACT_FIELDS
from .kinds import CONSISTENCY_CHECKS, KINDS, PLAYBOOK_FIELDS
from .yamlfile import Located, check_keys, config_error, load_yaml

RULE_KEYS = (
    "id",
    "name",
    "kind",
    "status",
    "severity",
    "title",
    "applies_to",
    "when",
    "requires",
    "where",
    "check",
    "field",
    "message",
    "rationale",
    "fix",
    "references",
    "examples",
)
CONDITION_KEYS = ("mentions_any", "mentions_none", "facts", "stance", "binds")
FIX_KEYS = ("title", "library", "applicability")
EXAMPLE_KEYS = ("expect", "clauses", "playbook", "todo", "fixed", "note")
CLAUSE_KEYS = ("number", "heading", "type", "text", "stance", "binds", "review", "parent")
STATUSES = ("preview", "stable", "deprecated", "removed")
FAMILIES = {"AI": "ai", "GL": "governing_law", "DR": "dispute", "DF": "drafting"}
PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")
ALLOWED_PLACEHOLDERS = {
    "number",
    "heading",
    "match",
    "law",
    "laws",
    "forum",
    "seat",
    "institution",
    "stance",
    "binds",
    "clauses",
    "topic",
    "other_stance",
    "reference",
    "details",
}
_ID = re.compile(r"^(AI|GL|DR|DF)\d{3}$")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LABELS = tuple(str(t) for t in ClauseType)


@dataclass(frozen=True, slots=True)
class Condition:
    mentions_any: tuple[re.Pattern[str], ...] = ()
    mentions_none: tuple[re.Pattern[str], ...] = ()
    facts: tuple[tuple[str, Any], ...] = ()
    stance: tuple[str, ...] = ()
    binds: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.mentions_any or self.mentions_none or self.facts or self.stance or self.binds)


@dataclass(frozen=True, slots=True)
class RuleFix:
    title: str
    library: str | None
    applicability: Applicability


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    kind: str
    status: str
    severity: Severity
    title: str
    applies_to: tuple[str, ...]
    message: str
    rationale: str
    path: str
    when: Condition = Condition()
    requires: Condition = Condition()
    where: Condition = Condition()
    check: str | None = None
    field: str | None = None
    fix: RuleFix | None = None
    references: tuple[str, ...] = ()
    examples: tuple[dict[str, Any], ...] = dc_field(default=(), compare=False)

    @property
    def family(self) -> str:
        return FAMILIES[self.id[:2]]


def normalise(text: str) -> str:
    """The text rules match against: NFKC, lower case, whitespace folded."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def compile_pattern(raw: str) -> re.Pattern[str]:
    """``re:...`` is a regular expression; anything else a case-insensitive literal."""
    if raw.startswith("re:"):
        return re.compile(raw[3:], re.IGNORECASE)
    return re.compile(re.escape(normalise(raw)), re.IGNORECASE)


def _condition(path: Path, node: Any, where: str) -> Condition:
    if node is None:
        return Condition()
    check_keys(path, node, CONDITION_KEYS, where)
    assert isinstance(node, Located)

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        raw = node.get(key, [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
            raise config_error("E202", path, node, key, f"'{key}' must be a list of phrases")
        out = []
        for x in raw:
            try:
                out.append(compile_pattern(x))
            except re.error as e:
                raise config_error("E202", path, node, key, f"the pattern {x!r} does not compile ({e})") from e
        return tuple(out)

    facts: list[tuple[str, Any]] = []
    raw_facts = node.get("facts", {}) or {}
    if not isinstance(raw_facts, dict):
        raise config_error("E202", path, node, "facts", "'facts' must map fact names to expected values")
    for name, expected in raw_facts.items():
        if name not in FACT_FIELDS:
            import difflib

            close = difflib.get_close_matches(str(name), FACT_FIELDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise config_error(
                "E202",
                path,
                raw_facts if isinstance(raw_facts, Located) else node,
                str(name),
                f"unknown fact '{name}'{hint}",
            )
        facts.append((str(name), tuple(expected) if isinstance(expected, list) else expected))

    def choices(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        raw = node.get(key, [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or any(x not in allowed for x in raw):
            raise config_error("E202", path, node, key, f"'{key}' takes a list of: {', '.join(allowed)}")
        return tuple(raw)

    return Condition(
        mentions_any=patterns("mentions_any"),
        mentions_none=patterns("mentions_none"),
        facts=tuple(facts),
        stance=choices("stance", tuple(str(s) for s in Stance)),
        binds=choices("binds", ("customer", "vendor", "both")),
    )


def _check_placeholders(path: Path, node: Located, key: str) -> None:
    for name in PLACEHOLDER.findall(str(node.get(key, ""))):
        if name not in ALLOWED_PLACEHOLDERS and not name.startswith("playbook."):
            raise config_error(
                "E202",
                path,
                node,
                key,
                f"unknown placeholder {{{name}}} (allowed: "
                f"{', '.join('{' + p + '}' for p in sorted(ALLOWED_PLACEHOLDERS))}, {{playbook.*}})",
            )


def load_rule(path: str | Path) -> Rule:
    path = Path(path)
    node = load_yaml(path)
    check_keys(path, node, RULE_KEYS, "a rule")
    assert isinstance(node, Located)
    for key in ("id", "name", "kind", "severity", "title", "message"):
        if not node.get(key):
            raise config_error("E203", path, node, None, f"the rule has no '{key}'")
    rid = str(node["id"])
    if not _ID.match(rid):
        raise config_error("E202", path, node, "id", f"'{rid}' is not a rule id such as AI001, GL002 or DR003")
    if not path.name.startswith(rid + "-"):
        raise config_error("E202", path, node, "id", f"the file name must start with the rule id '{rid}-'")
    if not _NAME.match(str(node["name"])):
        raise config_error("E202", path, node, "name", "the name must be lower-case words joined by '-'")
    kind = str(node["kind"])
    if kind not in KINDS:
        raise config_error("E202", path, node, "kind", f"unknown kind '{kind}' (kinds: {', '.join(KINDS)})")
    status = str(node.get("status", "stable"))
    if status not in STATUSES:
        raise config_error("E202", path, node, "status", f"status must be one of {', '.join(STATUSES)}")
    try:
        severity = Severity.parse(str(node["severity"]))
    except ValueError:
        raise config_error("E202", path, node, "severity", "severity must be high, medium, low or info") from None
    applies = node.get("applies_to", [])
    applies = [applies] if isinstance(applies, str) else (applies or [])
    if any(a not in LABELS for a in applies):
        raise config_error("E202", path, node, "applies_to", f"applies_to takes clause types: {', '.join(LABELS)}")
    if kind in ("clause_present", "clause_requires", "clause_forbids", "stance_at_least") and not applies:
        raise config_error("E203", path, node, None, f"a {kind} rule needs 'applies_to'")
    check = node.get("check")
    if kind == "consistent" and check not in CONSISTENCY_CHECKS:
        raise config_error(
            "E202",
            path,
            node,
            "check" if "check" in node else None,
            f"a consistent rule needs 'check', one of: {', '.join(CONSISTENCY_CHECKS)}",
        )
    fld = node.get("field")
    if kind == "playbook_accepts" and fld not in PLAYBOOK_FIELDS:
        raise config_error(
            "E202",
            path,
            node,
            "field" if "field" in node else None,
            f"a playbook_accepts rule needs 'field', one of: {', '.join(PLAYBOOK_FIELDS)}",
        )
    if kind == "clause_requires" and "requires" not in node:
        raise config_error("E203", path, node, None, "a clause_requires rule needs 'requires'")
    for key in ("message", "title"):
        _check_placeholders(path, node, key)
    fix = None
    if node.get("fix") is not None:
        fnode = node["fix"]
        check_keys(path, fnode, FIX_KEYS, "'fix'")
        try:
            applicability = Applicability(str(fnode.get("applicability", "suggested")))
        except ValueError:
            raise config_error(
                "E202", path, fnode, "applicability", "applicability must be safe, suggested or display_only"
            ) from None
        fix = RuleFix(title=str(fnode.get("title", "")), library=fnode.get("library"), applicability=applicability)
    examples = node.get("examples", []) or []
    if not isinstance(examples, list):
        raise config_error("E202", path, node, "examples", "'examples' must be a list")
    for ex in examples:
        check_keys(path, ex, EXAMPLE_KEYS, "an example")
        if ex.get("expect") not in ("fire", "pass"):
            raise config_error(
                "E202",
                path,
                ex,
                "expect" if "expect" in ex else None,
                "each example needs 'expect: fire' or 'expect: pass'",
            )
        for cl in ex.get("clauses", []) or []:
            check_keys(path, cl, CLAUSE_KEYS, "an example clause")
    refs = node.get("references", []) or []
    return Rule(
        id=rid,
        name=str(node["name"]),
        kind=kind,
        status=status,
        severity=severity,
        title=str(node["title"]).strip(),
        applies_to=tuple(applies),
        message=" ".join(str(node["message"]).split()),
        rationale=" ".join(str(node.get("rationale", "")).split()),
        path=str(path),
        when=_condition(path, node.get("when"), "'when'"),
        requires=_condition(path, node.get("requires"), "'requires'"),
        where=_condition(path, node.get("where"), "'where'"),
        check=check,
        field=fld,
        fix=fix,
        references=tuple(str(r) for r in refs),
        examples=tuple(examples),
    )


def rule_files(root: Path | None = None) -> list[Path]:
    base = (root or rules_dir()) / "checks"
    return sorted(base.glob("*/*.yaml"))


@lru_cache(maxsize=4)
def load_rules(root: str | None = None) -> tuple[Rule, ...]:
    rules = tuple(load_rule(p) for p in rule_files(Path(root) if root else None))
    seen: dict[str, str] = {}
    for r in rules:
        if r.id in seen:
            from ..errors import ConfigError

            raise ConfigError("E202", None, detail=f"{r.path}: rule id {r.id} is also used by {seen[r.id]}")
        seen[r.id] = r.path
    return rules


def rules_hash(root: Path | None = None) -> str:
    """sha256 over every rule, playbook, library and gazetteer file (provenance)."""
    base = root or rules_dir()
    h = hashlib.sha256()
    for p in sorted(base.rglob("*.yaml")):
        h.update(p.relative_to(base).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()
