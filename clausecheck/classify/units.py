"""The model's input per clause: which clauses are classified, and with what text.

A unit is ``(clause id, text)``.  The text is the clause's own words (not its
sub-clauses), prefixed with the headings of its ancestors and, for a list item,
its parent's lead-in.  The pipeline's ``units`` stage calls
:func:`classification_units`; ``clausecheck classify FILE`` and the benchmarks
call it too, so they read exactly what the model reads in a check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..document import Clause, ClauseTree

#: One unit: the clause's id and the text the model reads.
Unit = tuple[str, str]

#: The model reads at most this many characters of one clause (about 90 windows, a few seconds): a
#: longer "clause" is text whose numbering was not found (a whole contract on one line), and reading
#: all of it would take minutes.  Such clauses are named in warning W107; the law checks read all of it.
MAX_UNIT_CHARS = 100_000


def classification_units(tree: ClauseTree) -> list[Unit]:
    """(clause id, text to classify) for every clause with text of its own.

    The model sees a clause's own text (not its sub-clauses), prefixed with the
    headings of its ancestors, as a reader sees "12. Governing Law" above
    "12.1 This Agreement is governed by ...".  A list item also carries its
    parent's lead-in ("Customer shall not: ... (e) use Output to train a
    competing model"), without which a prohibition reads as a permission.  A
    clause whose own text is only its number and heading is not classified: its
    sub-clauses are.
    """
    units: list[Unit] = []
    index = {c.id: c for c in tree.clauses}
    leads = item_leads(tree, index)
    has_children = {c.parent for c in tree.clauses if c.parent is not None}
    # Title, parties and recitals are not operative provisions: they are classified only when
    # the whole document is one preamble (no numbered or headed clause was found).
    skip = {"signature"} | (
        {"preamble"} if any(c.kind not in ("preamble", "signature") for c in tree.clauses) else set()
    )
    for clause in tree.clauses:
        # the items of a preamble (a list of services, recitals) are read; the operative-clause rule keeps
        # them from deciding a stance (checks/operative.py)
        if clause.kind in skip or _inside(index, clause, {"signature"}):
            continue
        own = tree.own_text(clause).strip()
        if _too_short(own) and not leads.get(clause.id):
            continue
        if clause.id in has_children and _heading_only(clause, own):
            continue
        context: list[str] = []
        parent = clause.parent
        while parent is not None:
            p = index[parent]
            if p.heading:
                context.append(p.heading)
            parent = p.parent
        prefix = " / ".join(reversed(context))
        lead = leads.get(clause.id, "")
        body = f"{lead} {own}" if lead else own
        units.append((clause.id, (f"{prefix}: {body}" if prefix else body)[:MAX_UNIT_CHARS]))
    return units


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _too_short(own: str) -> bool:
    """Too short to say anything: under three words, where a word of Japanese or Chinese (written without
    spaces) is counted as two characters, so "第3条（準拠法）本契約は日本法に準拠する。" is long enough."""
    words = len(own.split())
    cjk = len(_CJK.findall(own))
    return words + cjk // 2 < 3


def cut_units(tree: ClauseTree, labelled: Mapping[str, object]) -> list[tuple[Clause, int]]:
    """Classified clauses the model read only in part: (clause, length of its own text)."""
    out = []
    for clause in tree.clauses:
        if clause.id in labelled and clause.end - clause.start > MAX_UNIT_CHARS:
            size = len(tree.own_text(clause).strip())
            if size > MAX_UNIT_CHARS:
                out.append((clause, size))
    return out


_LEAD_END = re.compile(
    r"(:|—|–|-|\bshall not|\bmust not|\bmay not|\bwill not|\bshall|\bmay|\bmust|\bwill|"
    r"\bto|\bthat|\bnot to|\bor|\band)\s*$",
    re.IGNORECASE,
)


def _inside(index: Mapping[str, Clause], clause: Clause, kinds: set[str]) -> bool:
    parent = clause.parent
    while parent is not None:
        p = index[parent]
        if p.kind in kinds:
            return True
        parent = p.parent
    return False


def _strip_number(clause: Clause, text: str) -> str:
    if clause.number and text.startswith(clause.number):
        text = text[len(clause.number) :]
    return text.strip(" \t.)")


def _heading_only(clause: Clause, own: str) -> bool:
    body = _strip_number(clause, own)
    if not body:
        return True
    heading = (clause.heading or "").strip(" .")
    return bool(heading) and body.strip(" .").lower() == heading.lower()


def item_leads(tree: ClauseTree, index: Mapping[str, Clause]) -> dict[str, str]:
    """The sentence that introduces each clause of a list: its parent's lead-in, until an earlier item of
    the same list ends with a paragraph of its own that introduces a list (text the segmenter could not
    separate from the item: "... Models.\nDefinitions\nThe capitalised words below have these meanings:"):
    the items after it belong to that paragraph."""
    leads: dict[str, str] = {}
    current: dict[str | None, str] = {}
    for clause in tree.clauses:
        parent = clause.parent
        if parent is None:
            continue
        if parent not in current:
            current[parent] = lead_in(tree, index[parent])
        leads[clause.id] = current[parent]
        lines = [ln for ln in tree.own_text(clause).strip().splitlines() if ln.strip()]
        if len(lines) > 1 and not tree.children(clause.id):
            last = " ".join(lines[-1].split())
            if len(last) <= 300 and last.endswith(":"):
                current[parent] = last
    return leads


def lead_in(tree: ClauseTree, parent: Clause) -> str:
    """The parent's own words when they introduce a list ("Customer shall not:"), else ""."""
    own = _strip_number(parent, tree.own_text(parent).strip())
    if parent.heading and own.lower().startswith(parent.heading.lower()):
        own = own[len(parent.heading) :].strip(" .")
    own = " ".join(own.split())
    if not own or len(own) > 300 or not _LEAD_END.search(own):
        return ""
    return own


__all__ = ["MAX_UNIT_CHARS", "Unit", "classification_units", "cut_units", "item_leads", "lead_in"]
