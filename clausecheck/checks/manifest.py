"""Tamper evidence for the rules: ``rules/SHA256SUMS`` lists the sha256 of every file.

Every check verifies the shipped rules, playbooks, gazetteer and clause library
against this manifest before it trusts them.  A changed, missing or added file is
refused (E205) unless the user passes ``--allow-modified-rules``; the report then
names the files (W302).  Editing a rule on purpose means regenerating the manifest::

    python -m clausecheck.checks.manifest --write

A manifest beside the files proves nothing to someone who can edit both, so the same
hashes, and those of the clause model's run-time files, are also pinned in the package
code: ``clausecheck/_pins.py``, written by the same command.  The rules clausecheck uses
by default (and the model it loads by default) must match both the manifest and the pins.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from ..fileio import write_atomic
from ..resources import rules_dir

MANIFEST = "SHA256SUMS"
PATTERNS = ("*.yaml", "*.yml")


def manifest_files(root: Path) -> list[Path]:
    files = {p for pat in PATTERNS for p in root.rglob(pat) if p.is_file()}
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def current_sums(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in manifest_files(root)}


def read_manifest(root: Path) -> dict[str, str] | None:
    path = root / MANIFEST
    if not path.is_file():
        return None
    sums: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        sums[name.strip()] = digest.strip()
    return sums


def _is_default(base: Path) -> bool:
    try:
        return base.resolve() == rules_dir().resolve()
    except OSError:
        return False


def differences(root: Path | None = None) -> list[str]:
    """Human-readable list of what differs from the manifest (empty: all verified).

    The default rules folder is also compared with the hashes pinned in ``clausecheck/_pins.py``,
    so a rule edited together with its SHA256SUMS line is still caught.
    """
    base = root or rules_dir()
    recorded = read_manifest(base)
    if recorded is None:
        return [f"{MANIFEST} is missing"]
    now = current_sums(base)
    out = []
    for name in sorted(set(recorded) | set(now)):
        if name not in now:
            out.append(f"{name} is missing")
        elif name not in recorded:
            out.append(f"{name} was added")
        elif recorded[name] != now[name]:
            out.append(f"{name} was changed")
    if not out and _is_default(base):
        pins = pinned_rules()
        for name in sorted(set(pins) | set(now)):
            if name not in now:
                out.append(f"{name} is missing (pinned in this release)")
            elif pins.get(name) != now[name]:
                out.append(
                    f"{name} differs from the hash pinned in this release" + ("" if name in pins else " (not pinned)")
                )
    return out


def pinned_rules() -> dict[str, str]:
    from .. import _pins

    return dict(_pins.RULES)


@lru_cache(maxsize=4)
def verified(root: str | None = None) -> tuple[str, ...]:
    """Differences for ``root`` (cached per process: the rules are read once)."""
    return tuple(differences(Path(root) if root else None))


def describe(diffs: tuple[str, ...] | list[str], limit: int = 3) -> str:
    shown = "; ".join(diffs[:limit])
    more = len(diffs) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


def write_manifest(root: Path | None = None) -> Path:
    base = root or rules_dir()
    lines = [f"{digest}  {name}" for name, digest in current_sums(base).items()]
    text = "# sha256 of every rules file; regenerate with: python -m clausecheck.checks.manifest --write\n"
    path = base / MANIFEST
    write_atomic(path, (text + "\n".join(lines) + "\n").encode("utf-8"))
    return path


PINS_FILE = Path(__file__).resolve().parents[1] / "_pins.py"


def model_sums_for_pins() -> dict[str, str]:
    """The clause model's run-time files and their sha256, which must agree with its SHA256SUMS."""
    from ..classify.model import RUNTIME_FILES, read_sums
    from ..fileio import sha256_file
    from ..resources import classifier_dir

    folder = classifier_dir()
    recorded = read_sums(folder)
    out = {}
    for name in RUNTIME_FILES:
        digest = sha256_file(folder / name)
        if recorded.get(name) != digest:
            raise SystemExit(f"{folder / name} does not match {folder / 'SHA256SUMS'}; pins not written")
        out[name] = digest
    return out


def pins_text(rules: dict[str, str], model: dict[str, str]) -> str:
    def block(name: str, sums: dict[str, str]) -> list[str]:
        # double quotes (json.dumps), as the formatter writes them: the generated file passes `make lint`
        items = [f"    {json.dumps(k)}: {json.dumps(v)}," for k, v in sorted(sums.items())]
        return [f"{name}: dict[str, str] = {{", *items, "}"]

    lines = [
        '"""sha256 of the shipped rules and clause-model files, pinned in the package code.',
        "",
        "Generated by ``python -m clausecheck.checks.manifest --write`` (and by ``clausecheck train``",
        'for MODEL); do not edit by hand.  tests/checks/test_manifest.py checks them against the files."""',
        "",
        *block("MODEL", model),
        "",
        *block("RULES", rules),
        "",
    ]
    return "\n".join(lines)


def write_pins(*, rules: dict[str, str] | None = None, model: dict[str, str] | None = None) -> Path:
    """Rewrite ``clausecheck/_pins.py``; parts not given keep their pinned values."""
    from .. import _pins

    text = pins_text(dict(_pins.RULES) if rules is None else rules, dict(_pins.MODEL) if model is None else model)
    write_atomic(PINS_FILE, text)
    return PINS_FILE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m clausecheck.checks.manifest",
        description="Verify or regenerate rules/SHA256SUMS and clausecheck/_pins.py.",
    )
    ap.add_argument(
        "--write", action="store_true", help="regenerate the manifest and the pinned hashes from the files as they are"
    )
    args = ap.parse_args(argv)
    if args.write:
        print(f"wrote {write_manifest()}")
        print(f"wrote {write_pins(rules=current_sums(rules_dir()), model=model_sums_for_pins())}")
        return 0
    diffs = differences()
    for d in diffs:
        print(d)
    print("rules verified" if not diffs else f"{len(diffs)} difference(s)")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
