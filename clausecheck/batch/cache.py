"""The scan cache: a finished document's report, keyed by what decides it.

A report depends on the file's bytes (sha256), its name in the scan (the report
carries it), the model, the rules, the playbook, the options that change
findings, and the clausecheck version.  The key is the sha256 of all of these,
so changing any one of them misses the cache and nothing stale is ever served.

Layout under ``OUTDIR/.cache/``::

    objects/ab/abcdef....json   the report text (a success or a cacheable error)
    files.json                  rel path -> [size, mtime_ns, inode, ctime_ns, sha256]: unchanged files are not re-hashed

Every file is written with :func:`clausecheck.fileio.write_atomic` (a temporary file
in the same folder, then ``os.replace``), so after Ctrl-C or even SIGKILL each
entry is either whole or absent.  An entry that does not parse as a report is
treated as a miss and rewritten; ``files.json`` is only a hint (a stale or torn
one means re-hashing, never a wrong report).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..fileio import sha256_file, write_atomic

CACHE_FORMAT = "clausecheck/scan-cache/v1"


@dataclass(slots=True)
class CacheStats:
    hits: int = 0
    misses: int = 0
    writes: int = 0
    hashed: int = 0  # files whose bytes were read to hash them
    hash_reused: int = 0  # files recognised by size + mtime + inode + ctime, not re-read
    corrupt: int = 0  # unreadable entries treated as misses

    def to_json(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__slots__}


def salt_of(parts: Mapping[str, Any]) -> str:
    """The part of every key that does not depend on the file."""
    blob = json.dumps({"format": CACHE_FORMAT, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ScanCache:
    root: Path
    parts: Mapping[str, Any]  # model, rules, playbook, version, options
    enabled: bool = True  # False with --force: nothing is read, everything is rewritten
    stats: CacheStats = field(default_factory=CacheStats)
    _salt: str = ""
    _files: dict[str, list[Any]] = field(default_factory=dict)
    _files_dirty: bool = False

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        self._salt = salt_of(self.parts)
        try:
            data = json.loads((self.root / "files.json").read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == CACHE_FORMAT:
                self._files = {k: v for k, v in data.get("files", {}).items() if isinstance(v, list) and len(v) == 5}
        except (OSError, ValueError):
            self._files = {}

    # -------------------------------------------------------------- file hashes

    def file_sha256(self, path: Path, rel: str) -> str:
        """The file's sha256, re-read only when its size, mtime, inode or ctime changed.

        The ctime matters: an in-place edit of the same size whose mtime is then put back
        (``touch -r``, a sync tool, an archive restore) changes the bytes but not the other
        three; nobody can set a file's ctime, and every write or ``utime`` updates it.
        """
        st = path.stat()
        sig = [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns]
        known = self._files.get(rel)
        if known is not None and known[:4] == sig and isinstance(known[4], str):
            self.stats.hash_reused += 1
            return known[4]
        digest = sha256_file(path)
        self.stats.hashed += 1
        self._files[rel] = sig + [digest]
        self._files_dirty = True
        return digest

    def save_index(self, keep: set[str] | None = None) -> None:
        if keep is not None:
            dropped = set(self._files) - keep
            for rel in dropped:
                del self._files[rel]
            self._files_dirty = self._files_dirty or bool(dropped)
        if not self._files_dirty:
            return
        payload = json.dumps({"format": CACHE_FORMAT, "files": self._files}, ensure_ascii=False, sort_keys=True)
        write_atomic(self.root / "files.json", payload)
        self._files_dirty = False

    # -------------------------------------------------------------- reports

    def key(self, rel: str, sha256: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{rel}\0{sha256}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / "objects" / key[:2] / f"{key}.json"

    def get(self, rel: str, sha256: str) -> str | None:
        """The cached report text, or None (a miss, or --force)."""
        if not self.enabled:
            self.stats.misses += 1
            return None
        path = self._path(self.key(rel, sha256))
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("file") != rel or "schema" not in data:
                raise ValueError("not a report for this file")
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except (OSError, ValueError):
            self.stats.corrupt += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return text

    def put(self, rel: str, sha256: str, text: str) -> None:
        write_atomic(self._path(self.key(rel, sha256)), text)
        self.stats.writes += 1


def clean_temporaries(folder: Path) -> int:
    """Remove temporary files a killed run left behind (``.<name>.<random>.tmp`` from write_atomic)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
                except OSError:
                    pass
    return removed


__all__ = ["ScanCache", "CacheStats", "salt_of", "clean_temporaries", "CACHE_FORMAT"]
