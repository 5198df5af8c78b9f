"""The document-level driver: :func:`redline_docx` plans the changes, applies them (or writes a
negotiation memo for click-through terms), adds the comments and returns the new package.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from ...segment.parties import Parties, parties_of_tree
from ..context import click_through
from ..library import Library, load_library
from ..plan import Context, PlannedChange, check_preferred, plan_changes
from .base import ChangeRecord
from .comments import _Comments
from .package import _Package, _serialise
from .replace import _Replacing
from .wording import _cite


@dataclass(slots=True)
class RedlineResult:
    data: bytes
    changes: list[ChangeRecord] = field(default_factory=list)
    insertions: int = 0  # w:ins elements written (run wrappers and paragraph marks)
    deletions: int = 0  # w:del elements written
    comments: int = 0
    skipped: list[str] = field(default_factory=list)  # why a change was not made (shown with -v)
    marked: tuple[int, ...] = ()  # original paragraphs whose paragraph mark became a tracked insertion
    parties: Parties | None = None
    notes: list[str] = field(default_factory=list)  # the lines of the redline's first comment
    memo: list[str] = field(default_factory=list)  # the negotiation memo (click-through terms)
    tracked: bool = True  # False: comments and a memo only
    note_comments: int = 0  # comments that are not about one finding (the first comment, clauses left in place)


class _Redliner(_Replacing, _Comments):
    """The whole redliner: inserts, replacements and comments over one package."""


def iso_date(when: _dt.datetime | None = None) -> str:
    when = when or _dt.datetime.now(_dt.UTC)
    if when.tzinfo is not None:
        when = when.astimezone(_dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def redline_docx(
    data: bytes,
    report: Any,
    *,
    author: str = "clausecheck",
    date: _dt.datetime | None = None,
    playbook: Any = None,
    library: Library | None = None,
    parties: Parties | None = None,
    shown: str | None = None,
    tracked: bool | None = None,
    unread: tuple[str, ...] = (),
) -> RedlineResult:
    """Apply ``report``'s findings to the DOCX ``data`` as tracked changes and comments.

    ``report`` must come from reading these very bytes (its clause tree locates
    the paragraphs).  Returns the new package bytes and what was done.
    """
    shown = shown or str(getattr(report, "file", "document.docx"))
    library = library if library is not None else load_library()
    parties = parties or parties_of_tree(report.tree)
    if playbook is None:
        from ...checks.playbook import load_playbook

        playbook = load_playbook()
    check_preferred(library, playbook)
    pkg = _Package(data, shown)
    text = report.tree.document.text
    parties, questions = checked_parties(parties, text)
    red = _Redliner(pkg, report, library, playbook, parties, author, iso_date(date), _initials(author))
    ctx = Context.of_report(report)
    plan = plan_changes(report.findings, library, playbook, clause_types(report), context=ctx)
    red.skipped.extend(plan.notes)
    click = click_through(text)
    if tracked is None:
        tracked = click is None
    red.notes.extend(questions)
    red.notes.extend(f"Not in this copy: {m}" for m in unread)
    if ctx.relies_on:
        red.notes.append(
            f"This document relies on a main agreement (\u201c{ctx.relies_on}\u201d): the main "
            "agreement's governing law and forum govern it, so none is proposed here."
        )
    memo: list[str] = []
    if not tracked:
        memo = negotiation_memo(plan, red)
        if click is not None:
            red.notes.append(
                "These are click-through terms (\u201c" + click + "\u201d), accepted by use rather than "
                "negotiated clause by clause, so the suggestions are comments, not tracked changes. "
                "Negotiation memo:"
            )
        else:  # comments only, as asked (--comments-only) for a contract that is not click-through
            red.notes.append(
                "Comments only, as asked: the suggestions are comments, not tracked changes. Negotiation memo:"
            )
        red.notes.extend(memo)
    else:
        for change in plan.replaces:
            if red.apply_replace(change) is False and change.library_entry.family == "ai":
                # the clause could not be rewritten cleanly: the library clause goes in and prevails over it
                assert change.clause_id is not None  # a replacement names the clause it replaces
                same = next(
                    (c for c in plan.inserts if c.library_entry.clause_type == change.library_entry.clause_type), None
                )
                if same is None:
                    plan.inserts.append(
                        PlannedChange("insert", list(change.findings), change.entry, overrides=[change.clause_id])
                    )
                else:
                    same.findings.extend(change.findings)
                    if change.clause_id not in same.overrides:
                        same.overrides.append(change.clause_id)
        red.apply_inserts(plan.inserts)
        for change in plan.inserts:
            for cid in change.overrides:
                rec = next((r for r in red.changes if r.library_id == change.library_entry.id), None)
                if rec is None:
                    continue
                red.clause_notes.append(
                    (
                        cid,
                        [
                            f"Left in place: the inserted clause \u201c{change.library_entry.title}\u201d says it prevails over this "
                            f"clause (\u201cNotwithstanding ...\u201d). The redline strikes only a clause that decides the point, "
                            f"is wholly about it and that the model read with confidence; strike or narrow this one by hand "
                            f"if the other side agrees."
                        ],
                    )
                )
    comments = red.apply_comments()
    pkg.changed[pkg.main] = _serialise(pkg.doc)
    return RedlineResult(
        data=pkg.write(),
        changes=red.changes,
        insertions=red.writer.ins,
        deletions=red.writer.dels,
        comments=comments,
        skipped=red.skipped,
        parties=parties,
        notes=list(red.notes),
        memo=memo,
        tracked=tracked,
        note_comments=red.note_comments,
        marked=tuple(sorted(red.layout.index[p] for p in red.marked if p in red.layout.index)),
    )


def checked_parties(parties: Parties, text: str) -> tuple[Parties, list[str]]:
    """``parties`` with any term the document never uses replaced by a neutral placeholder, and the
    question to put to the lawyer about it: a library clause must never name a word that is not a
    party ("EEA shall not ...")."""
    import dataclasses

    questions = []
    changes: dict[str, Any] = {}
    for side, default in (("customer", "[Customer]"), ("vendor", "[Vendor]")):
        term = getattr(parties, side)
        used = (
            term.lower() == "you"
            or len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text)) >= 2
            or bool(re.search(rf"[\"“‘'「]{re.escape(term)}[\"”’'」]", text))
        )  # defined in the preamble
        if parties.source == "default" or not used:
            changes[side] = default
            changes[f"{side}_article"] = False
            questions.append(
                f"Who is the {side}? clausecheck could not find how this document names the {side}; "
                f"the proposed clauses say {default}. Replace it with the {side}'s defined name."
            )
    return (dataclasses.replace(parties, **changes) if changes else parties), questions


def negotiation_memo(plan: Any, red: _Redliner) -> list[str]:
    """What to ask for, one line per proposed clause (click-through terms get this instead of changes)."""
    lines = []
    for change in [*plan.replaces, *plan.inserts]:
        where = ""
        if change.kind == "replace":
            clause = red.layout.clauses.get(change.clause_id or "")
            where = (
                f" in place of {_cite(clause.number)}"
                if clause is not None and clause.number
                else " in place of the clause commented"
            )
        heading, paras = red.filled(change.entry)
        rules = ", ".join(dict.fromkeys(f.rule_id for f in change.findings))
        lines.append(f"\u2022 Ask for \u201c{heading}\u201d{where} ({rules}): " + " ".join(paras))
    return lines or ["\u2022 Nothing to ask for beyond the comments."]


def clause_types(report: Any) -> dict[str, set[str]]:
    """Clause id -> the clause types the report gives it (model labels and the law/forum summaries)."""
    out: dict[str, set[str]] = {}
    for cid, lab in (getattr(report, "labelled", None) or {}).items():
        out.setdefault(cid, set()).update(lab.labels)
    for key, label in (("governing_law", "governing_law"), ("dispute_resolution", "dispute_resolution")):
        summary = getattr(report, key, None) or {}
        for cid in summary.get("clauses", ()) or ():
            out.setdefault(cid, set()).add(label)
    return out


def _initials(author: str) -> str:
    parts = [part for part in re.split(r"[\s._-]+", author) if part]
    if len(parts) == 1:
        return "CC" if parts[0].lower() == "clausecheck" else parts[0][:2].upper()
    return "".join(p[0] for p in parts)[:4].upper() or "CC"
