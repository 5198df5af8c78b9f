"""The redliner's state: what our earlier runs left (comments, bookmarks), how a library clause is
filled and how it cites the clauses it prevails over, and the suggestion each comment carries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ...document import Clause
from ...findings import Finding
from ...segment.parties import Parties
from ..library import Library, LibraryEntry, entry_values
from ..plan import PlannedChange
from .layout import _Layout, _nearest
from .package import _Package
from .runs import _Writer
from .wml import AUTHOR, DEL, ID, INS, NAME, P, T, w
from .wording import _cite

BOOKMARK_PREFIX = "_cc_"


@dataclass(slots=True)
class ChangeRecord:
    """What the redline did, in terms of the original document's paragraphs (for tests and the CLI)."""

    kind: str  # "insert" | "replace" | "comment"
    rules: tuple[str, ...]
    library_id: str | None = None
    before: int | None = None  # insert: index (in the original w:p order) of the paragraph it precedes; None = end
    paragraphs: tuple[str, ...] = ()  # the text of the inserted or replacement paragraphs
    replaced: tuple[int, ...] = ()  # replace: original paragraph indices rewritten
    kept_prefix: str = ""  # replace: a run-in heading kept at the start of the first paragraph
    element: Any = field(default=None, repr=False, compare=False)  # insert: its first new paragraph


class _RedlinerBase:
    """State shared by the insert, replace and comment steps."""

    def __init__(
        self,
        pkg: _Package,
        report: Any,
        library: Library,
        playbook: Any,
        parties: Parties,
        author: str,
        date: str,
        initials: str,
    ) -> None:
        self.pkg = pkg
        self.report = report
        self.library = library
        self.playbook = playbook
        self.parties = parties
        self.layout = _Layout(pkg, report.tree)
        self.writer = _Writer(pkg.max_id(), author, date, initials)
        self.author = author
        self.changes: list[ChangeRecord] = []
        self.marked: list[etree._Element] = []  # original paragraphs whose mark we made an inserted one
        self.skipped: list[str] = []
        self.comment_targets: list[tuple[Finding, etree._Element, etree._Element, bool, str]] = []
        self.cname, self.croot, self.cnew = pkg.comments_part()
        self.existing_marks = self._existing_marks()
        self.existing_bookmarks = {
            b.get(NAME) for b in pkg.body.iter(w("bookmarkStart")) if (b.get(NAME) or "").startswith(BOOKMARK_PREFIX)
        }
        self.previous_bookmarks = frozenset(self.existing_bookmarks)
        self.notes: list[str] = []  # lines of the redline's first comment (on the title)
        self.top_numbers: set[str] = set()  # typed numbers given to new sections in this run
        self.placed: set[etree._Element] = set()  # paragraphs this run inserted
        self.note_comments = 0
        self.clause_notes: list[tuple[str, list[str]]] = []  # (clause id, lines): comments on kept clauses
        text = report.tree.document.text
        self.self_name = (
            "these Terms"
            if len(re.findall(r"\bthese Terms\b", text)) > len(re.findall(r"\bthis Agreement\b", text))
            else "this Agreement"
        )

    def _existing_marks(self) -> list[tuple[str, etree._Element | None]]:
        """(rule id, first paragraph of its range) for every comment we wrote earlier."""
        ours: dict[str, str] = {}
        for c in self.croot.findall(w("comment")):
            if c.get(AUTHOR) != self.author:
                continue
            m = re.search(r"\[clausecheck ([A-Z]{2}\d{3})\b", "".join(t.text or "" for t in c.iter(T)))
            if m:
                ours[c.get(ID)] = m.group(1)
        out = []
        for start in self.pkg.body.iter(w("commentRangeStart")):
            rule = ours.get(start.get(ID))
            if rule:
                p = _nearest(start, P)
                out.append((rule, p))
        return out

    def _commented(self, finding: Finding) -> bool:
        clause = self.layout.clauses.get(finding.location.clause_id or "")
        if clause is None:
            return any(rule == finding.rule_id for rule, _ in self.existing_marks)
        paras = set(self.layout.paras_in(clause.start, clause.end))
        return any(rule == finding.rule_id and p in paras for rule, p in self.existing_marks)

    def _ours_in(self, finding: Finding) -> bool:
        """The finding concerns text an earlier redline of ours proposed (it was already commented)."""
        clause = self.layout.clauses.get(finding.location.clause_id or "")
        if clause is None or not self.existing_marks:
            return False
        return any(self._ours(p) for p in self.layout.paras_in(clause.start, clause.own_end))

    @staticmethod
    def bookmark_name(entry: LibraryEntry) -> str:
        name = BOOKMARK_PREFIX + re.sub(r"[^A-Za-z0-9]", "_", entry.id)
        return name[:40]

    def _already_inserted(self, entry: LibraryEntry) -> bool:
        """An earlier run already proposed a library clause of this type (bookmarks ``_cc_<id>[_n]``)."""
        for other in self.library.values():
            base = self.bookmark_name(other)
            if other.clause_type == entry.clause_type and any(
                b == base or b.startswith(base[:36] + "_") and b[len(base[:36]) + 1 :].isdigit()
                for b in self.previous_bookmarks
            ):
                return True
        return False

    def _override_cites(self, change: PlannedChange) -> list[str]:
        """How the inserted clause cites the clauses it prevails over ("Section 3.3.4"; None for an
        unnumbered clause, which the clause then overrides as "anything to the contrary")."""
        clauses = sorted(
            (self.layout.clauses[c] for c in change.overrides if c in self.layout.clauses), key=lambda c: c.start
        )
        return [self._cite_clause(c) for c in clauses]

    def _cite_clause(self, clause: Clause) -> str:
        """ "Section 4(a)" for sub-clause (a) of Section 4; "" for a clause without a usable number."""
        if not clause.number or not any(ch.isalnum() for ch in clause.number):
            return ""
        number = clause.number.strip().rstrip(".")
        parent = self.layout.clauses.get(clause.parent or "")
        if (
            re.fullmatch(r"\(?[a-z]{1,4}\)?", number)
            and parent is not None
            and parent.number
            and any(ch.isdigit() for ch in parent.number)
        ):
            return "Section " + parent.number.strip().rstrip(".") + "(" + number.strip("()") + ")"
        return _cite(clause.number)

    def filled(self, entry: LibraryEntry) -> tuple[str, tuple[str, ...]]:
        return entry.fill(entry_values(entry, self.parties, self.playbook))

    def _ours(self, p: etree._Element) -> bool:
        return any(el.get(AUTHOR) == self.author for el in p.iter(INS, DEL))

    def _suggestion(self, f: Finding, entry: LibraryEntry | None, how: str) -> str:
        title = f.fix.title if f.fix else ""
        if entry is None:
            return f"Suggestion: {title}." if title else ""
        lead = {
            "insert": "proposed here as a tracked insertion",
            "replace": "proposed here as a tracked replacement",
            "display": "see the library clause",
        }[how]
        return (
            f"Suggestion: {title.rstrip('.')}; {lead}: {entry.title} (library {entry.id}). "
            f"Note for the lawyer: {entry.note}"
        )
