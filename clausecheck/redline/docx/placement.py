"""Inserted clauses placed as tracked insertions: new sections and sub-clauses, their headings,
bookmarks and paragraph marks, in document order.
"""

from __future__ import annotations

import copy
import posixpath
from typing import Any

from lxml import etree

from ...document import Clause
from ..library import LibraryEntry
from ..plan import PlannedChange
from .anchors import GENERAL, _Anchors
from .base import ChangeRecord
from .runs import _bold_rpr, _inserted_para, _mark_rpr, _para_text, _run, _runs_with_breaks, _same_props, _text_rpr
from .wml import AUTHOR, DEL, ID, INS, NAME, PPR, RPR, SECTPR, VAL, P, R, T, _el, w
from .wording import _heading_text, _notwithstanding, _typed_prefix, next_number

AI_SECTION_HEADING = "Artificial Intelligence"


class _Placement(_Anchors):
    """Library clauses inserted where the anchors say."""

    def _place(self, anchor: etree._Element | None, elements: list[etree._Element]) -> None:
        """Put new paragraphs (each with an inserted paragraph mark) before ``anchor`` (None: the end).

        Word and LibreOffice disagree on which properties survive when a rejected
        paragraph mark joins two paragraphs, so the mark we add always sits between
        two paragraphs with the same properties: if the first new paragraph looks
        like the one it precedes, the new paragraphs go before it, each with its own
        inserted mark (as Word writes typing at the start of a paragraph); otherwise
        they follow the paragraph before, whose mark becomes the inserted one and
        whose original mark (with its properties) moves to the last new paragraph
        (as Word writes typing at the end of a paragraph).
        """
        body = self.pkg.body
        self.placed.update(elements)
        if anchor is None:
            last = body[-1] if len(body) else None
            anchor = last if last is not None and last.tag == SECTPR else None
        prev = anchor.getprevious() if anchor is not None else (body[-1] if len(body) else None)
        if (
            (anchor is not None and anchor.tag == P and _same_props(elements[0], anchor))
            or prev is None
            or prev.tag != P
            or self._mark_is_ours(prev)
        ):
            for el in elements:
                (anchor.addprevious(el) if anchor is not None else body.append(el))
            return
        self._move_mark(prev, elements[-1])
        at = prev
        for el in elements:
            at.addnext(el)
            at = el

    def _is_new(self, el: etree._Element) -> bool:
        """A paragraph this run inserted."""
        return el in self.placed

    def _mark_is_ours(self, p: etree._Element) -> bool:
        rpr = p.find(f"{PPR}/{RPR}")
        return rpr is not None and any(ch.get(AUTHOR) == self.author for ch in rpr if ch.tag in (INS, DEL))

    def _move_mark(self, prev: etree._Element, last_new: etree._Element) -> None:
        """``prev``'s paragraph mark becomes an inserted one; ``last_new`` takes over its original mark."""
        original = prev.find(PPR)
        props = copy.deepcopy(original) if original is not None else _el(PPR)
        old = last_new.find(PPR)
        last_new.replace(old, props)
        self.writer.ins -= 1  # the inserted mark of last_new is gone ...
        if original is None:
            original = _el(PPR)
            prev.insert(0, original)
        _mark_rpr(original).insert(0, self.writer.rev(INS))  # ... and prev's is inserted instead
        self.marked.append(prev)

    def _entry_paras(
        self,
        entry: LibraryEntry,
        sample: etree._Element | None,
        run_in: bool,
        overrides: list[str] | None = None,
        number: str | None = None,
    ) -> tuple[list[etree._Element], list[str]]:
        heading, filled = self.filled(entry)
        h = _heading_text(heading)
        if number:
            sep = "" if number.endswith((" ", "\t")) else " "
            h = number + sep + h
        # one paragraph per library clause, its paragraphs separated by line breaks: it stays one clause
        # (one number) wherever it lands, and takes the properties of the paragraph it joins
        paragraphs = list(filled)
        if overrides:
            paragraphs[0] = _notwithstanding(paragraphs[0], overrides, self.self_name)
        runs = []
        shown = ""
        if run_in:
            runs.append(_run(h + " ", _text_rpr(sample, bold=True)))
            shown = h + " "
        runs.extend(_runs_with_breaks(paragraphs, _text_rpr(sample)))
        shown += "".join(paragraphs)
        # a typed number replaces the sample's own list number or bullet
        return [_inserted_para(self.writer, sample, runs, continuation=bool(number))], [shown]

    def _section_heading(self, text: str, sample: etree._Element | None) -> tuple[etree._Element, str]:
        shown = text
        if sample is not None:
            st = _para_text(sample).strip()
            if st.startswith("(") and st.endswith(")"):
                shown = f"({text})"
            elif st and st == st.upper() and any(ch.isalpha() for ch in st):
                shown = text.upper()
        rpr = None
        if sample is not None:
            first = next((r for r in sample.iter(R) if (r.findtext(T) or "").strip()), None)
            if first is not None and first.find(RPR) is not None:
                rpr = copy.deepcopy(first.find(RPR))
                for name in ("rPrChange", "ins", "del", "vanish"):
                    for el in rpr.findall(w(name)):
                        rpr.remove(el)
        if sample is None:
            # nothing to copy: a heading the reader (and clausecheck) sees as one, in the document's own
            # "heading 1" style if it has one, else bold
            p = _inserted_para(self.writer, None, [_run(shown, _bold_rpr())])
            style = self._heading_style()
            if style is not None:
                ps = _el(w("pStyle"))
                ps.set(VAL, style)
                p.find(PPR).insert(0, ps)
            return p, shown
        return _inserted_para(self.writer, sample, [_run(shown, rpr)]), shown

    def _heading_style(self) -> str | None:
        """The style id of the document's "heading 1" paragraph style, if it has one."""
        root = self.pkg.read_xml(posixpath.join(posixpath.dirname(self.pkg.main), "styles.xml"))
        if root is None:
            return None
        for st in root.iter(w("style")):
            name = st.find(w("name"))
            if st.get(w("type")) == "paragraph" and name is not None and (name.get(VAL) or "").lower() == "heading 1":
                return st.get(w("styleId"))
        return None

    def _bookmark(self, p: etree._Element, entry: LibraryEntry) -> None:
        """A hidden bookmark naming the library entry, so a later run knows this clause is ours."""
        bid = str(self.writer.new_id())
        name = self.bookmark_name(entry)
        k = 2
        while name in self.existing_bookmarks:
            name = f"{self.bookmark_name(entry)[:36]}_{k}"
            k += 1
        self.existing_bookmarks.add(name)
        start = _el(w("bookmarkStart"))
        start.set(ID, bid)
        start.set(NAME, name)
        end = _el(w("bookmarkEnd"))
        end.set(ID, bid)
        ppr = p.find(PPR)
        (ppr.addnext(start) if ppr is not None else p.insert(0, start))
        p.append(end)

    def insert_section(
        self, changes: list[PlannedChange], heading: str | None, anchor: etree._Element | None, prev: Clause | None
    ) -> None:
        """A new level-0 section holding ``changes``' entries (each as sub-clauses)."""
        while anchor is not None and self._is_new(anchor):
            anchor = anchor.getnext()  # after the sections this run already added there
        before = self._before_index(anchor)
        head_sample = self.layout.first_para(prev) if prev is not None else self.layout.numbered_sample(0)
        sub_sample = self._sub_sample(prev, prev.start if prev else None)
        numbered_subs = sub_sample is not None
        if not numbered_subs:
            sub_sample = self._body_sample(prev)
        single = len(changes) == 1
        title = heading or (changes[0].library_entry.heading if single else AI_SECTION_HEADING)
        if single and heading is None:
            title = self.filled(changes[0].library_entry)[0]
        elements: list[etree._Element] = []
        # a document that types its numbers gets the next number typed; Word's own numbering continues itself
        typed = _typed_prefix(head_sample, prev.number if prev is not None else None)
        new_number = next_number(prev.number) if typed and prev is not None and prev.number else None
        while new_number is not None and new_number in self.top_numbers:
            new_number = next_number(new_number)  # a second new section takes the number after the first
        if new_number is not None:
            self.top_numbers.add(new_number)
        sub_format = self._typed_sub_format(prev) if new_number else None
        if new_number:
            assert typed is not None and prev is not None and prev.number  # as new_number was found
            title = new_number + typed[len(prev.number) :] + title
        hp, shown = self._section_heading(title, head_sample)
        elements.append(hp)
        records = []
        renumbers = (
            prev is not None
            and any(
                c.parent is None
                and c.kind == "section"
                and c.number
                and any(ch.isalnum() for ch in c.number)
                and c.start > prev.start
                for c in self.report.tree.clauses
            )
            and anchor is not None
            and self._before_index(anchor) is not None
            and not new_number
        )
        for k, change in enumerate(changes):
            run_in = not (single and heading is None)
            number = None
            if sub_format is not None and run_in:
                number = sub_format(new_number, k + 1)
            paras, texts = self._entry_paras(
                change.library_entry, sub_sample, run_in, self._override_cites(change), number=number
            )
            self._bookmark(paras[0] if not (single and heading is None) else hp, change.library_entry)
            first = hp if (single and heading is None) else paras[0]
            for f in change.findings:
                note = self._suggestion(f, change.entry, "insert")
                if renumbers:
                    note += (
                        " The new section shifts the numbers of the clauses after it; check the "
                        "contract's cross-references before accepting."
                    )
                self.comment_targets.append((f, first, paras[-1], True, note))
            elements.extend(paras)
            records.append(
                ChangeRecord(
                    "insert",
                    tuple(f.rule_id for f in change.findings),
                    change.library_entry.id,
                    before,
                    tuple(([shown] if k == 0 else []) + texts),
                    element=hp if k == 0 else paras[0],
                )
            )
        self._place(anchor, elements)
        self.changes.extend(records)

    def insert_beside(self, change: PlannedChange, clause: Clause, after: bool) -> None:
        """The entry as a sibling of ``clause`` (same level, same numbering), after the last sibling, so
        that no clause is renumbered: the next number in the parent (or the next main section)."""
        if clause.parent is None:
            anchor, prev = self._ai_anchor()
            self.insert_section([change], None, anchor, prev or clause)
            return
        parent = self.layout.clauses.get(clause.parent)
        last = self._last_child(parent) if parent is not None else None
        last = last or clause
        sample = self.layout.first_para(last)
        self._insert_entry(change, sample, self._after(last), number=self._typed_next(last))

    def insert_into_general(self, change: PlannedChange, general: Clause) -> None:
        anchor = self._after(general)
        sample = self._sub_sample(general, None)
        if sample is None:
            self.insert_section([change], None, anchor, general)
            return
        last = self._last_child(general)
        self._insert_entry(change, sample, anchor, number=self._typed_next(last) if last is not None else None)

    def _insert_entry(self, change: PlannedChange, sample: Any, anchor: Any, number: str | None = None) -> None:
        """The entry's paragraphs, formatted like ``sample``, as a tracked insertion at ``anchor``,
        with a bookmark, a comment per finding and a change record."""
        before = self._before_index(anchor)
        paras, texts = self._entry_paras(
            change.library_entry, sample, True, self._override_cites(change), number=number
        )
        self._bookmark(paras[0], change.library_entry)
        for f in change.findings:
            self.comment_targets.append((f, paras[0], paras[-1], True, self._suggestion(f, change.entry, "insert")))
        self._place(anchor, paras)
        self.changes.append(
            ChangeRecord(
                "insert",
                tuple(f.rule_id for f in change.findings),
                change.library_entry.id,
                before,
                tuple(texts),
                element=paras[0],
            )
        )

    def apply_inserts(self, inserts: list[PlannedChange]) -> None:
        todo = []
        for change in inserts:
            if self._already_inserted(change.library_entry):
                self.skipped.append(f"{change.library_entry.id}: already inserted by an earlier redline")
                continue
            todo.append(change)
        ai = [c for c in todo if c.library_entry.family == "ai"]
        if ai:
            anchor, prev = self._ai_anchor()
            self.insert_section(ai, AI_SECTION_HEADING, anchor, prev)
        law = [c for c in todo if c.library_entry.family != "ai"]
        law.sort(key=lambda c: 0 if c.library_entry.clause_type == "governing_law" else 1)
        for change in law:
            gl, dr = self._law_clause("governing_law"), self._law_clause("dispute_resolution")
            if change.library_entry.clause_type == "dispute_resolution" and gl is not None:
                self.insert_beside(change, gl, after=True)
                continue
            if change.library_entry.clause_type == "governing_law" and dr is not None:
                self.insert_beside(change, dr, after=False)
                continue
            main, end = self._top_sections()
            general = next((c for c in main if GENERAL.match(c.heading or "")), None)
            if general is not None:
                self.insert_into_general(change, general)
                continue
            anchor = None
            if end is not None and self.layout.first_para(end) is not None:
                anchor = self.layout.top(self.layout.first_para(end))
            self.insert_section([change], None, anchor, main[-1] if main else None)
        self._order_records()

    def _order_records(self) -> None:
        """Insert records in document order (two insertions before the same paragraph)."""
        pos = {id(p): i for i, p in enumerate(self.pkg.body.iter(P))}
        inserts = [c for c in self.changes if c.kind == "insert"]
        inserts.sort(key=lambda c: (c.before if c.before is not None else 1 << 30, pos.get(id(c.element), 0)))
        it = iter(inserts)
        self.changes[:] = [next(it) if c.kind == "insert" else c for c in self.changes]
