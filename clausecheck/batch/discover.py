"""Finding the contracts in a folder: which files a scan checks, skips or ignores.

* **checked**: PDF, DOCX, TXT and MD files (by suffix; the reader sniffs the content);
* **skipped**: any other file (a ``.png``, a ``.xlsx``): listed in the summary with the reason;
* **ignored**: hidden files and folders (``.git``, ``.DS_Store``), temporary Office files
  (``~$lease.docx``), editor backups (``lease.docx~``), files excluded by ``--exclude`` or not
  matched by ``--include``, the scan's own output folder, and folders of redlines written by
  ``scan --redline`` (they hold a ``.clausecheck-redlines`` marker). They are counted, not listed.

The walk follows symbolic links to folders but never enters the same folder twice
(a link back to a parent would otherwise loop forever), and the result is sorted,
so two scans of the same folder list the same files in the same order.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..fileio import PATH_MAX, SUPPORTED_SUFFIXES, name_problem, printable

#: Suffixes a scan checks.
CHECKED_SUFFIXES = tuple(SUPPORTED_SUFFIXES)

#: A file ``scan --redline DIR`` leaves in DIR: a folder holding it is clausecheck's output, never contracts.
REDLINE_MARKER = ".clausecheck-redlines"
REDLINE_SUFFIX = ".redline.docx"


def redline_names(rels: list[str]) -> dict[str, str]:
    """The redline's path (relative, POSIX) for each contract's relative path, all different.

    ``a/msa.pdf`` -> ``a/msa.redline.docx``; when two contracts of one folder share a stem
    (``Agreement.docx`` and ``Agreement.pdf``) each keeps its suffix instead
    (``Agreement.docx.redline.docx``, ``Agreement.pdf.redline.docx``), so none is lost.
    Names are compared without case, as Windows and macOS file systems do.
    """

    def short(rel: str) -> str:
        p = PurePosixPath(rel)
        return str(p.with_name((p.stem if p.suffix else p.name) + REDLINE_SUFFIX))

    claims: dict[str, int] = {}
    for rel in rels:
        claims[short(rel).casefold()] = claims.get(short(rel).casefold(), 0) + 1
    out: dict[str, str] = {}
    taken: set[str] = set()
    for rel in rels:
        name = short(rel)
        if claims[name.casefold()] > 1:
            name = rel + REDLINE_SUFFIX
        base, n = name, 2
        while name.casefold() in taken:  # ``a.pdf.docx`` next to ``a.pdf`` and ``a.docx``
            name = base[: -len(REDLINE_SUFFIX)] + f".{n}" + REDLINE_SUFFIX
            n += 1
        taken.add(name.casefold())
        out[rel] = name
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """One file found by the walk."""

    path: Path  # as found (DIR / rel), possibly through a symlink
    rel: str  # POSIX path relative to DIR: the file's name in reports and the summary


@dataclass(slots=True)
class Discovery:
    root: Path
    checked: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)  # unsupported kinds: a row with E106
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (rel, reason): counted only
    # files (or folders) found but not checkable for their name or path: (entry, error code, message fields)
    failed: list[tuple[Entry, str, dict[str, object]]] = field(default_factory=list)
    # symbolic links to files or folders outside the scanned folder, not followed (a row each, E117)
    outside: list[Entry] = field(default_factory=list)


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Glob match on the relative path or the bare name (``*.pdf``, ``drafts/**``, ``**/old/*``)."""
    name = rel.rsplit("/", 1)[-1]
    p = PurePosixPath(rel)
    for pat in patterns:
        pat = pat.strip().replace("\\", "/")
        if not pat:
            continue
        if fnmatch.fnmatchcase(name, pat) or fnmatch.fnmatchcase(rel, pat):
            return True
        if pat.endswith("/**") or pat.endswith("/"):
            prefix = pat.rstrip("*").rstrip("/")
            if rel == prefix or rel.startswith(prefix + "/") or fnmatch.fnmatchcase(rel, prefix + "/*"):
                return True
        try:
            if p.match(pat):
                return True
        except ValueError:
            pass
    return False


def ignore_reason(name: str) -> str | None:
    """Why a file or folder name is ignored outright, or None."""
    if name.startswith("~$"):
        return "temporary Office file"
    if name.startswith("."):
        return "hidden"
    if name.endswith("~") or name.endswith((".tmp", ".swp")) or name.startswith(".~lock."):
        return "temporary file"
    if name in ("Thumbs.db", "desktop.ini"):
        return "system file"
    return None


def _leaves(path: Path, root_real: str) -> bool:
    """True when ``path`` is, or passes through, a symbolic link to somewhere outside ``root_real``."""
    if not os.path.islink(path):
        return False  # the folders above it were checked on the way down
    target = os.path.realpath(path)
    return not (target == root_real or target.startswith(root_real.rstrip(os.sep) + os.sep))


def discover(
    root: str | Path,
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    outdir: str | Path | None = None,
    follow_links: bool = False,
) -> Discovery:
    """Walk ``root`` recursively and sort what is found into checked, skipped and ignored.

    A symbolic link whose target lies outside ``root`` is not followed (it could bring
    ``/etc/passwd`` or another client's folder into the reports) but listed in ``outside``,
    unless ``follow_links`` is set.
    """
    root = Path(root)
    found = Discovery(root=root)
    root_real = os.path.realpath(root)
    out_real = os.path.realpath(outdir) if outdir is not None else None
    seen_dirs: set[tuple[int, int]] = set()

    def walk(folder: Path, rel_folder: str) -> None:
        try:
            st = folder.stat()
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to the same folder
            found.ignored.append((printable(rel_folder) or ".", "folder already scanned (symbolic link loop)"))
            return
        seen_dirs.add(key)
        try:
            children = sorted(os.scandir(folder), key=lambda d: d.name)
        except OSError as e:
            found.ignored.append((printable(rel_folder) or ".", f"folder cannot be read ({e.strerror or e})"))
            return
        for child in children:
            raw_rel = f"{rel_folder}/{child.name}" if rel_folder else child.name
            rel = printable(raw_rel)  # as reports, summaries and the terminal show it
            path = folder / child.name
            reason = ignore_reason(child.name)
            size = len(os.fsencode(os.path.abspath(path)))
            if size >= PATH_MAX and not reason:  # stat and open would fail: say so instead of leaving it out
                try:
                    as_dir = child.is_dir(follow_symlinks=False)
                except OSError:
                    as_dir = False
                found.failed.append(
                    (
                        Entry(path=path, rel=rel + ("/" if as_dir else "")),
                        "E116",
                        {"size": size, "what": "folder" if as_dir else "file"},
                    )
                )
                continue
            try:
                is_dir = child.is_dir(follow_symlinks=True)
                is_file = child.is_file(follow_symlinks=True)
            except OSError:
                is_dir = is_file = False
            if not follow_links and not reason and (is_dir or is_file) and _leaves(path, root_real):
                found.outside.append(Entry(path=path, rel=rel + ("/" if is_dir else "")))
                continue
            if is_dir:
                if reason:
                    found.ignored.append((rel + "/", f"{reason} folder"))
                elif os.path.lexists(os.path.join(path, REDLINE_MARKER)):
                    found.ignored.append((rel + "/", "clausecheck redline folder"))
                elif out_real is not None and os.path.realpath(path) == out_real:
                    found.ignored.append((rel + "/", "the scan's own output folder"))
                elif exclude and _matches(rel, exclude):
                    found.ignored.append((rel + "/", "excluded"))
                else:
                    walk(path, raw_rel)
                continue
            if not is_file:
                try:
                    special = not reason and not stat.S_ISLNK(os.stat(path).st_mode)
                except OSError:  # a broken link
                    special = False
                if special and child.name.lower().endswith(CHECKED_SUFFIXES):  # a pipe or device named .pdf
                    found.failed.append((Entry(path=path, rel=rel), "E118", {}))
                else:
                    found.ignored.append((rel, "broken link or special file"))
                continue
            if reason:
                found.ignored.append((rel, reason))
                continue
            if exclude and _matches(rel, exclude):
                found.ignored.append((rel, "excluded"))
                continue
            if include and not _matches(rel, include):
                found.ignored.append((rel, "not included"))
                continue
            entry = Entry(path=path, rel=rel)
            if child.name.lower().endswith(CHECKED_SUFFIXES) and Path(child.name).suffix.lower() in SUPPORTED_SUFFIXES:
                problem = name_problem(raw_rel)
                if problem:  # reports and summaries could not name it faithfully
                    found.failed.append((entry, "E115", {"problem": problem}))
                else:
                    found.checked.append(entry)
            else:
                found.skipped.append(entry)

    walk(root, "")
    return found


__all__ = ["Entry", "Discovery", "discover", "ignore_reason", "redline_names", "CHECKED_SUFFIXES", "REDLINE_MARKER"]
