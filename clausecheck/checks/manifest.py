"""Tamper evidence for the rules: ``rules/SHA256SUMS`` lists the sha256 of every file.

Every check verifies the shipped rules, playbooks, gazetteer and clause library
against this manifest before it trusts them.  A changed, missing or added file is
refused (E205) unless the user passes ``--allow-modified-rules``; the report then
names the files (W302).  Editing a rule on purpose means regenerating the manifest::

    python -m clausecheck.checks.manifest --write
"""

from __future__ import annotations

import argparse
import hashlib
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
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in manifest_files(root)}


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


def differences(root: Path | None = None) -> list[str]:
    """Human-readable list of what differs from the manifest (empty: all verified)."""
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
    return out


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m clausecheck.checks.manifest",
                                 description="Verify or regenerate rules/SHA256SUMS.")
    ap.add_argument("--write", action="store_true", help="regenerate the manifest from the files as they are")
    args = ap.parse_args(argv)
    if args.write:
        print(f"wrote {write_manifest()}")
        return 0
    diffs = differences()
    for d in diffs:
        print(d)
    print("rules verified" if not diffs else f"{len(diffs)} difference(s)")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
