"""Margin comments: one per finding, the redline's first note, and notes on clauses left in place;
findings already commented by an earlier run are not commented again.
"""

from __future__ import annotations

from lxml import etree

from ...findings import Finding
from .base import _RedlinerBase
from .layout import _nearest
from .package import _serialise
from .runs import _para_text, _run
from .wml import AUTHOR, DATE, ID, INS, PPR, TBL, P, R, _el, w


class _Comments(_RedlinerBase):
    """Comments written into the comments part, anchored on the document's paragraphs."""

    def _comment_text(self, f: Finding, suggestion: str) -> list[str]:
        lines = [f"{f.rule_id} ({f.severity.label}): {f.title}", f.message]
        if suggestion:
            lines.append(suggestion)
        lines.append(f"[clausecheck {f.rule_id} {f.fingerprint}]")
        return lines

    def add_comment(
        self, f: Finding, first: etree._Element, last: etree._Element, inserted: bool, suggestion: str
    ) -> int:
        holder = last
        if inserted and last.find(INS) is not None:
            holder = [el for el in last.findall(INS) if el.get(AUTHOR) == self.author][-1]
        return self._comment(first, holder, self._comment_text(f, suggestion))

    def _note_comment(self, first: etree._Element, last: etree._Element, lines: list[str]) -> None:
        self._comment(first, last, lines)

    def _comment(self, first: etree._Element, holder: etree._Element, lines: list[str]) -> int:
        """A margin comment of ``lines`` from the start of ``first`` to the end of ``holder``."""
        cid = self.writer.new_id()
        c = etree.SubElement(self.croot, w("comment"))
        c.set(ID, str(cid))
        c.set(AUTHOR, self.author)
        c.set(DATE, self.writer.date)
        c.set(w("initials"), self.writer.initials)
        for i, line in enumerate(lines):
            cp = etree.SubElement(c, P)
            if i == 0:
                ar = etree.SubElement(cp, R)
                etree.SubElement(ar, w("annotationRef"))
            cp.append(_run(line, None))
        start = _el(w("commentRangeStart"))
        start.set(ID, str(cid))
        ppr = first.find(PPR)
        (ppr.addnext(start) if ppr is not None else first.insert(0, start))
        end = _el(w("commentRangeEnd"))
        end.set(ID, str(cid))
        ref = _el(R)
        etree.SubElement(ref, w("commentReference")).set(ID, str(cid))
        holder.append(end)
        holder.append(ref)
        return cid

    def apply_comments(self) -> int:
        count = 0
        title = next((p for p in self.layout.paras if _para_text(p).strip() and _nearest(p, TBL) is None), None)
        if self.notes and title is not None and not self.existing_marks:
            self._note_comment(title, title, ["clausecheck redline: read this first", *self.notes])
            count += 1
            self.note_comments += 1
        for cid, lines in self.clause_notes:
            clause = self.layout.clauses.get(cid)
            first = self.layout.first_para(clause) if clause is not None else None
            if clause is None or first is None or self._ours(first):
                continue
            self._note_comment(first, self.layout.last_para(clause), lines)
            count += 1
            self.note_comments += 1
        targeted = {id(t[0]) for t in self.comment_targets}
        for f in self.report.findings:
            if id(f) in targeted:
                continue
            clause = self.layout.clauses.get(f.location.clause_id or "")
            if clause is not None:
                first, last = self.layout.first_para(clause), self.layout.last_para(clause)
            else:
                first = last = title
            if first is None or last is None:
                self.skipped.append(f"{f.rule_id}: no paragraph to comment on")
                continue
            entry = None
            if f.fix is not None and f.fix.library_id in self.library:
                entry = self.library[f.fix.library_id]
            how = "display"
            self.comment_targets.append((f, first, last, False, self._suggestion(f, entry, how)))
        for f, first, last, inserted, suggestion in self.comment_targets:
            if not inserted and (self._commented(f) or self._ours_in(f)):
                self.skipped.append(f"{f.rule_id}: already commented by an earlier redline")
                continue
            self.add_comment(f, first, last, inserted, suggestion)
            count += 1
        if count:
            if self.cnew:
                self.pkg.register_comments(self.cname)
            self.pkg.changed[self.cname] = _serialise(self.croot)
        return count
