"""Tracked replacements: a clause's runs deleted and the library clause inserted in its first
paragraph, where that can be done without damaging the paragraph.
"""

from __future__ import annotations

from lxml import etree

from ...document import Clause
from ..plan import PlannedChange
from .base import ChangeRecord
from .layout import _nearest
from .placement import _Placement
from .runs import _inserted_para, _mark_rpr, _para_text, _ppr, _run, _runs_with_breaks, _text_rpr
from .wml import DEL, INS, PPR, RPR, TBL, XML_NS, R, T, w
from .wording import _notwithstanding

# Parts of a paragraph a tracked replacement can safely rewrite around.
_SAFE_CHILDREN = frozenset(
    {
        PPR,
        R,
        w("bookmarkStart"),
        w("bookmarkEnd"),
        w("proofErr"),
        w("commentRangeStart"),
        w("commentRangeEnd"),
        w("permStart"),
        w("permEnd"),
    }
)


class _Replacing(_Placement):
    """Weak clauses rewritten from the clause library."""

    def apply_replace(self, change: PlannedChange) -> bool:
        clause = self.layout.clauses.get(change.clause_id or "")
        rules = tuple(f.rule_id for f in change.findings)
        if clause is None:
            self.skipped.append(f"{'/'.join(rules)}: clause {change.clause_id} not found")
            return False
        blocks = [b for b in self.layout.blocks_in(clause.start, clause.own_end) if b.kind not in ("heading", "title")]
        spills = any(b.end > clause.own_end + 2 for b in blocks) or not blocks
        olds: list[etree._Element] = []
        for b in blocks:
            for p in self.layout.block_paras(b):
                if p not in olds:
                    olds.append(p)
        if change.library_entry.family == "ai":
            # only the paragraphs that speak to the entry's subject: a list item or a run-in heading that
            # the segmenter left inside the clause ("Duration of the Processing:") stays
            from ..plan import _TOPIC

            topic = _TOPIC.get(change.library_entry.clause_type)
            while topic is not None and olds and not topic.search(_para_text(olds[-1])):
                olds.pop()
            while topic is not None and len(olds) > 1 and not topic.search(_para_text(olds[0])):
                olds.pop(0)
        why = None
        if spills:
            why = "its paragraph also holds other clauses"
        elif not olds:
            why = "the clause has no text of its own to replace"
        elif any(_nearest(p, TBL) is not None for p in olds):
            why = "the clause sits in a table"
        elif any(self._ours(p) for p in olds):
            why = "an earlier redline already changed it"
        elif self._already_inserted(change.library_entry):
            why = "an earlier redline already proposed this library clause elsewhere"
        elif any(ch.tag not in _SAFE_CHILDREN for p in olds for ch in p):
            why = "it carries tracked changes, fields or links that a replacement could damage"
        elif any(
            r.find(w("commentReference")) is None
            and r.find(T) is None
            and r.find(w("tab")) is None
            and r.find(w("br")) is None
            and r.find(w("lastRenderedPageBreak")) is None
            and len([c for c in r if c.tag != RPR]) > 0
            for p in olds
            for r in p.findall(R)
        ):
            why = "it holds objects (fields, drawings) a replacement could damage"
        if why:
            self.skipped.append(
                f"{'/'.join(rules)}: clause {clause.number or clause.id} was commented, not rewritten: {why}"
            )
            return False
        _, library_paras = self.filled(change.library_entry)
        if change.overrides:
            cites = self._override_cites(change)
            library_paras = (_notwithstanding(library_paras[0], cites, self.self_name), *library_paras[1:])
        # the whole library clause goes into the clause's first paragraph, its paragraphs separated by line
        # breaks: a list item stays one list item, and no item after it is renumbered
        new_texts = ("".join(library_paras),)
        sample = olds[0]
        kept = ""
        for i, p in enumerate(olds):
            keep_runs = self._heading_runs(p, clause) if i == 0 else 0
            if i == 0:
                kept = "".join(_para_text(r) for r in p.findall(R)[:keep_runs])
            self._delete_runs(p, skip=keep_runs)
            if i == 0:
                first = library_paras[0]
                if kept and not kept.endswith((" ", "\t")):
                    first = " " + first
                ins = self.writer.rev(INS)
                for r in _runs_with_breaks((first, *library_paras[1:]), _text_rpr(sample)):
                    ins.append(r)
                p.append(ins)
        # whole paragraphs left over: delete the marks before them, so the last old mark survives
        for p in olds[max(len(new_texts), 1) - 1 : -1]:
            _mark_rpr(_ppr(p)).insert(0, self.writer.rev(DEL))
        extra = [
            _inserted_para(self.writer, sample, [_run(text, _text_rpr(sample))], continuation=True)
            for text in new_texts[len(olds) :]
        ]
        if extra:
            self._place(olds[-1].getnext(), extra)
        last = extra[-1] if extra else olds[min(len(olds), len(new_texts)) - 1]
        self._bookmark(olds[0], change.library_entry)
        for f in change.findings:
            self.comment_targets.append((f, olds[0], last, False, self._suggestion(f, change.entry, "replace")))
        self.changes.append(
            ChangeRecord(
                "replace",
                rules,
                change.library_entry.id,
                paragraphs=tuple(new_texts),
                replaced=tuple(self.layout.index[p] for p in olds),
                kept_prefix=kept,
            )
        )
        return True

    def _heading_runs(self, p: etree._Element, clause: Clause) -> int:
        """How many leading runs hold the clause's run-in heading ("Training Data.")."""
        if not clause.heading:
            return 0
        runs = p.findall(R)
        acc = ""
        target = " ".join(clause.heading.split())
        for k, r in enumerate(runs, 1):
            acc += _para_text(r)
            flat = " ".join(acc.split()).rstrip(" .:;—–-")
            if flat == target:
                return k
            if len(flat) > len(target):
                return 0
        return 0

    def _delete_runs(self, p: etree._Element, skip: int) -> None:
        runs = p.findall(R)[skip:]
        group: etree._Element | None = None
        prev = None
        for r in runs:
            if r.find(w("commentReference")) is not None or not _para_text(r):
                group = None
                continue
            if group is None or prev is None or r.getprevious() is not prev:
                group = self.writer.rev(DEL)
                r.addprevious(group)
            group.append(r)
            for t in r.findall(T):
                t.tag = w("delText")
                if (t.text or "") != (t.text or "").strip():
                    t.set(f"{{{XML_NS}}}space", "preserve")
            prev = group
        return None
