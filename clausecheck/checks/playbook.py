"""Playbooks: the lawyer's own positions, as YAML.

``rules/playbooks/default.yaml`` is the default customer-side playbook;
``--playbook FILE`` loads a user's own.  The loader is strict: an unknown key
or an invalid value is refused with the file, line and key, so a typo can never
silently switch a check off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..classify.labels import AI_LABELS, ClauseType, Stance
from ..fileio import sha256_file
from ..findings import Severity
from ..resources import rules_dir
from .yamlfile import Located, check_keys, config_error, load_yaml

KEYS = (
    "name",
    "description",
    "side",
    "home_jurisdiction",
    "accepted_laws",
    "accepted_forums",
    "accepted_institutions",
    "required_clauses",
    "minimum_stance",
    "distillation_must_bind",
    "severity",
    "select",
    "ignore",
    "preferred",
    "seat",
)
PREFERRED_KEYS = ("governing_law", "dispute_resolution", "strength")
_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_RULE_ID = re.compile(r"^(AI|GL|DR)\d{3}$|^(AI|GL|DR)$")


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    path: str | None
    sha256: str | None
    description: str = ""
    side: str = "customer"
    home_jurisdiction: str | None = None
    accepted_laws: tuple[str, ...] = ()  # empty = any law accepted
    accepted_forums: tuple[str, ...] = ()  # jurisdiction codes of accepted forums/seats; empty = any
    accepted_institutions: tuple[str, ...] = ()
    required_clauses: tuple[str, ...] = tuple(str(t) for t in ClauseType)
    minimum_stance: dict[str, str] = field(default_factory=dict)
    distillation_must_bind: tuple[str, ...] = ("vendor", "both")
    severity: dict[str, Severity] = field(default_factory=dict)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preferred: dict[str, str] = field(default_factory=dict)  # library ids to propose
    seat: str | None = None

    def value(self, dotted: str) -> str:
        """``{playbook.X}`` placeholders in messages."""
        v = getattr(self, dotted, None)
        if isinstance(v, tuple):
            return ", ".join(v) if v else "any"
        return "" if v is None else str(v)

    def law_accepted(self, code: str) -> bool:
        return not self.accepted_laws or any(_within(code, ok) for ok in self.accepted_laws)

    def forum_accepted(self, code: str) -> bool:
        return not self.accepted_forums or any(_within(code, ok) for ok in self.accepted_forums)


def _within(code: str, accepted: str) -> bool:
    """``US-NY`` is within ``US``; ``GB-ENG`` is within ``GB``."""
    return code == accepted or code.startswith(accepted + "-")


def default_playbook_path() -> Path:
    return rules_dir() / "playbooks" / "default.yaml"


def load_playbook(path: str | Path | None = None) -> Playbook:
    p = Path(path) if path is not None else default_playbook_path()
    if not p.is_file():
        from ..errors import ConfigError

        raise ConfigError("E204", None, detail=f"{p}: playbook file not found. Check the path given to --playbook.")
    data = load_yaml(p, code="E204")
    if data is None:
        data = Located()
        data.key_pos = {}
    check_keys(p, data, KEYS, "the playbook", code="E204")
    assert isinstance(data, Located)

    def err(key: str, message: str):
        return config_error("E204", p, data, key, message)

    def str_list(
        key: str, pattern: re.Pattern[str] | None = None, choices: tuple[str, ...] | None = None, upper: bool = False
    ) -> tuple[str, ...]:
        raw = data.get(key, [])
        if raw is None:
            return ()
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise err(key, f"'{key}' must be a list of names")
        for x in raw:
            if pattern is not None and not pattern.match(x.strip().upper() if upper else x.strip()):
                raise err(key, f"'{x}' in '{key}' is not a jurisdiction code such as JP, US-NY or GB-ENG")
            if choices is not None and x not in choices:
                raise err(key, f"'{x}' in '{key}' is not one of: {', '.join(choices)}")
        return tuple(x.strip().upper() if upper else x.strip() for x in raw)

    labels = tuple(str(t) for t in ClauseType)
    minimum: dict[str, str] = {}
    raw_min = data.get("minimum_stance", {}) or {}
    if not isinstance(raw_min, dict):
        raise err("minimum_stance", "'minimum_stance' must map clause types to a stance")
    for k, v in raw_min.items():
        if k not in {str(t) for t in AI_LABELS}:
            raise err("minimum_stance", f"'{k}' is not an AI clause type ({', '.join(map(str, AI_LABELS))})")
        if v not in {str(s) for s in Stance}:
            raise err("minimum_stance", f"'{v}' is not a stance (protective, qualified, adverse)")
        minimum[k] = v
    severity: dict[str, Severity] = {}
    raw_sev = data.get("severity", {}) or {}
    if not isinstance(raw_sev, dict):
        raise err("severity", "'severity' must map rule ids to high, medium, low or info")
    for k, v in raw_sev.items():
        if not _RULE_ID.match(str(k)):
            raise err("severity", f"'{k}' is not a rule id such as AI001 or DR003")
        try:
            severity[str(k)] = Severity.parse(str(v))
        except ValueError:
            raise err("severity", f"'{v}' for {k} is not a severity (high, medium, low, info)") from None
    preferred = data.get("preferred", {}) or {}
    if not isinstance(preferred, dict):
        raise err("preferred", "'preferred' must be a mapping")
    check_keys(p, preferred, PREFERRED_KEYS, "'preferred'", code="E204")
    home = data.get("home_jurisdiction")
    if home is not None and (not isinstance(home, str) or not _CODE.match(home.strip().upper())):
        raise err("home_jurisdiction", f"'{home}' is not a jurisdiction code such as JP, US-NY or GB-ENG")
    side = data.get("side", "customer")
    if side not in ("customer", "vendor"):
        raise err("side", f"'side' must be customer or vendor, not '{side}'")
    for key in ("name", "description", "seat"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise err(key, f"'{key}' must be text")
    return Playbook(
        name=str(data.get("name") or p.stem),
        path=str(p),
        sha256=sha256_file(p),
        description=str(data.get("description") or ""),
        side=side,
        home_jurisdiction=home.strip().upper() if isinstance(home, str) else None,
        accepted_laws=str_list("accepted_laws", _CODE, upper=True),
        accepted_forums=str_list("accepted_forums", _CODE, upper=True),
        accepted_institutions=str_list("accepted_institutions", upper=True),
        required_clauses=str_list("required_clauses", choices=labels) if "required_clauses" in data else labels,
        minimum_stance=minimum,
        distillation_must_bind=str_list("distillation_must_bind", choices=("customer", "vendor", "both"))
        if "distillation_must_bind" in data
        else ("vendor", "both"),
        severity=severity,
        select=str_list("select", _RULE_ID),
        ignore=str_list("ignore", _RULE_ID),
        preferred={str(k): str(v) for k, v in preferred.items()},
        seat=data.get("seat"),
    )


def playbook_from_mapping(mapping: dict[str, Any], tmp_dir: Path) -> Playbook:
    """Build a playbook from a mapping (rule examples), through the same strict loader."""
    import yaml

    def plain(v: Any) -> Any:
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v

    p = tmp_dir / "example-playbook.yaml"
    p.write_text(yaml.safe_dump(plain(mapping), allow_unicode=True), encoding="utf-8")
    return load_playbook(p)
