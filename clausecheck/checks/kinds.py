"""The closed set of rule kinds (after Vale's extension points).

A rule file picks one kind and fills in data; a new kind is a code change with
tests, a new rule is only a YAML file.  Every kind is a function
``(rule, doc, playbook) -> list[Hit]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ClauseInfo, DocFacts
    from .loader import Condition, Rule
    from .playbook import Playbook

KINDS = ("clause_present", "clause_requires", "clause_forbids", "stance_at_least", "playbook_accepts", "consistent")
CONSISTENCY_CHECKS = (
    "law_vs_forum",
    "multiple_laws",
    "court_vs_arbitration",
    "ai_stance_conflict",
    "numbering",
    "schedule_names",
    "clause_names",
)
PLAYBOOK_FIELDS = ("governing_law", "forum", "institution")
STANCE_RANK = {"adverse": 0, "qualified": 1, "protective": 2}


@dataclass(frozen=True, slots=True)
class Hit:
    info: ClauseInfo | None  # None: the finding concerns the whole contract (a missing clause)
    evidence: str = ""
    values: dict[str, Any] = field(default_factory=dict)


def _fact_matches(actual: Any, expected: Any) -> bool:
    if expected == "present":
        return bool(actual) if not isinstance(actual, bool) else actual is not None
    if expected == "absent":
        return not actual if not isinstance(actual, bool) else False
    if isinstance(expected, bool):
        if isinstance(actual, tuple):
            return bool(actual) == expected
        return actual is expected or (actual is not None and bool(actual) == expected and not isinstance(actual, str))
    if isinstance(expected, tuple):
        if isinstance(actual, tuple):
            return bool(set(actual) & set(expected))
        return actual in expected
    if isinstance(actual, tuple):
        return expected in actual
    return actual == expected


def holds(cond: Condition, info: ClauseInfo) -> tuple[bool, str]:
    """Whether ``cond`` holds for the clause; returns (holds, matched text)."""
    matched = ""
    if cond.mentions_any:
        for pat in cond.mentions_any:
            m = pat.search(info.norm)
            if m:
                matched = m.group(0)
                break
        else:
            return False, ""
    if any(p.search(info.norm) for p in cond.mentions_none):
        return False, ""
    for name, expected in cond.facts:
        actual = info.facts.get(name) if info.facts is not None else None
        if not _fact_matches(actual, expected):
            return False, ""
    return True, matched


def _stance_ok(cond: Condition, info: ClauseInfo, label: str) -> bool:
    if cond.stance and info.stance.get(label) not in cond.stance:
        return False
    if cond.binds and (info.binds or "customer") not in cond.binds:
        return False
    return True


def labelled(doc: DocFacts, label: str) -> list[ClauseInfo]:
    return [c for c in doc.clauses if label in c.labels]


def clause_present(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    label = rule.applies_to[0]
    if label not in pb.required_clauses:
        return []
    where = rule.where
    if label == "distillation" and where.binds:
        from dataclasses import replace

        where = replace(where, binds=pb.distillation_must_bind)
    found = labelled(doc, label)
    background = label in doc.background_only  # only definitions or cross-references carry it
    good = [c for c in found if _stance_ok(where, c, label) and holds(where, c)[0]] if not background else []
    if good:
        return []
    review = [c for c in doc.clauses if label in c.review or (background and label in c.labels)]
    return [Hit(None, "", {"clauses": found, "review": review})]


def stance_at_least(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    label = rule.applies_to[0]
    minimum = pb.minimum_stance.get(label)
    hits = []
    for c in doc.deciding(label):
        stance = c.stance.get(label)
        if stance is None or not _stance_ok(rule.where, c, label):
            continue
        if minimum is not None and STANCE_RANK[stance] >= STANCE_RANK[minimum]:
            continue
        ok, matched = holds(rule.when, c)
        if ok:
            hits.append(Hit(c, matched or c.evidence(), {"stance": stance, "binds": c.binds or ""}))
    return hits


def clause_requires(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    hits = []
    for label in rule.applies_to:
        for c in doc.deciding(label):
            if not _stance_ok(rule.where, c, label) or not holds(rule.where, c)[0]:
                continue
            ok, matched = holds(rule.when, c)
            if ok and not holds(rule.requires, c)[0]:
                hits.append(Hit(c, matched or c.evidence(), c.values()))
    hits = _dedupe(hits)
    if hits and _per_document(rule):
        # A dispute clause is read whole: the seat, rules or language may sit in a sub-clause or a sibling
        # ("(c) The arbitration will be conducted in English"), and the law in the clause that chooses it.
        labels = {str(x) for x in rule.applies_to}
        pool = [c for c in doc.clauses if c.facts is not None and (c.labels & labels or holds(rule.when, c)[0])]
        if any(holds(rule.requires, c)[0] for c in pool):
            return []
        return _one_per_document(hits)
    return hits


def clause_forbids(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    hits = []
    for label in rule.applies_to:
        for c in doc.deciding(label):
            if not _stance_ok(rule.where, c, label) or not holds(rule.where, c)[0]:
                continue
            ok, matched = holds(rule.when, c)
            if ok:
                hits.append(Hit(c, matched or c.evidence(), c.values()))
    hits = _dedupe(hits)
    return _one_per_document(hits) if _per_document(rule) else hits


def playbook_accepts(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    hits = []
    if rule.field == "governing_law":
        if not pb.accepted_laws:
            return []
        for c in labelled(doc, "governing_law"):
            for code in c.facts.governing_law if c.facts else ():
                if not pb.law_accepted(code):
                    hits.append(Hit(c, c.known_facts.law_evidence or c.evidence(), c.values() | {"law": code}))
    elif rule.field == "forum":
        if not pb.accepted_forums:
            return []
        for c in labelled(doc, "dispute_resolution"):
            f = c.facts
            if f is None:
                continue
            for where, shown in ((f.forum_jurisdiction, f.forum), (f.seat_jurisdiction, f.seat)):
                if where and not pb.forum_accepted(where):
                    hits.append(Hit(c, shown or c.evidence(), c.values() | {"forum": shown or where}))
                    break
    elif rule.field == "institution":
        if not pb.accepted_institutions:
            return []
        for c in labelled(doc, "dispute_resolution"):
            inst = c.facts.institution if c.facts else None
            if inst and inst.upper() not in pb.accepted_institutions:
                hits.append(Hit(c, inst, c.values()))
    hits = _dedupe(hits)
    # one finding for each law, forum or institution the playbook does not accept, listing its clauses
    key = {"governing_law": "law", "forum": "forum", "institution": "institution"}.get(rule.field or "", "")
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        groups.setdefault(str(h.values.get(key, "")), []).append(h)
    return [hit for group in groups.values() for hit in _one_per_document(group)]


def consistent(rule: Rule, doc: DocFacts, pb: Playbook) -> list[Hit]:
    check = CHECKS[rule.check or ""]
    return check(doc)


def _country(code: str) -> str:
    return code.split("-")[0]


def _law_clauses(doc: DocFacts) -> list[ClauseInfo]:
    return [c for c in labelled(doc, "governing_law") if c.facts is not None and c.facts.governing_law]


def _chosen_laws(c: ClauseInfo) -> set[str]:
    """The laws a clause chooses, without a federal statute named beside a state's law."""
    return set(c.known_facts.governing_law) - set(c.known_facts.law_statutes)


def law_vs_forum(doc: DocFacts) -> list[Hit]:
    laws = {
        code
        for c in _law_clauses(doc)
        if not (c.known_facts.law_split or c.known_facts.law_conditional)
        for code in _chosen_laws(c)
    }
    if len(laws) != 1:
        return []  # no law, or several (reported by other rules)
    law = next(iter(laws))
    hits = []
    for c in labelled(doc, "dispute_resolution"):
        f = c.facts
        if f is None or not f.forum_jurisdiction or "courts" not in f.mechanism:
            continue
        forum = f.forum_jurisdiction
        same = forum == law or (forum == _country(law) and "-" in law) or (_country(forum) == law)
        if not same:
            hits.append(Hit(c, f.forum or c.evidence(), c.values() | {"law": law, "forum": f.forum or forum}))
    return _one_per_document(hits)


def multiple_laws(doc: DocFacts) -> list[Hit]:
    # A split by customer group or case, a law chosen for one instrument's case only (the SCCs, "if you are
    # in the EEA") and a federal statute beside a state's law are not conflicts.
    clauses = [
        c
        for c in _law_clauses(doc)
        if not (c.known_facts.law_split or c.known_facts.law_conditional) and _chosen_laws(c)
    ]
    if len(clauses) < 2:
        return []
    first = clauses[0]
    others = []
    for c in clauses[1:]:
        if _chosen_laws(c) == _chosen_laws(first):
            continue
        if c.parent is not None and c.parent == first.parent:
            continue  # sibling sub-clauses choosing laws for different cases: a deliberate split
        others.append(c)
    if not others:
        return []
    laws = ", ".join(sorted(_chosen_laws(first).union(*(_chosen_laws(c) for c in others))))
    c = others[0]
    return [
        Hit(
            c,
            c.known_facts.law_evidence or c.evidence(),
            c.values() | {"laws": laws, "clauses": _cites([first] + others)},
        )
    ]


# A court clause that is a carve-out from arbitration or its fallback ("claims not subject to arbitration",
# "if this arbitration agreement is unenforceable", "except for small claims", injunctions) sends different
# disputes to the courts; so does an arbitration clause that excepts court claims from it.
_COURT_CARVE = re.compile(
    r"\bexcept\b|\bunless\b|notwithstanding|\bexclud|other than|not subject to|opt(s|ed)?[- ]out|unenforceable|"
    r"\binvalid|small[- ]claims|injunct|equitable relief|provisional|interim|permitted (under|by)|arbitra",
    re.IGNORECASE,
)
_ARB_CARVE = re.compile(
    r"(except|excluding|other than|does not apply|will not apply|shall not apply|not (be )?subject to|carve|"
    r"notwithstanding|opt(s|ed)?[- ]out)[^.;]{0,160}\b(courts?|injunct|small[- ]claims|intellectual property|"
    r"equitable)",
    re.IGNORECASE,
)


def court_vs_arbitration(doc: DocFacts) -> list[Hit]:
    courts = [
        c
        for c in labelled(doc, "dispute_resolution")
        if c.facts is not None
        and c.facts.exclusive is True
        and "courts" in c.facts.mechanism
        and not c.facts.binding_arbitration
        and not _COURT_CARVE.search(c.text)
    ]
    arbitration = [
        c for c in labelled(doc, "dispute_resolution") if c.facts is not None and c.facts.binding_arbitration
    ]
    if not courts or not arbitration or any(_ARB_CARVE.search(a.text) for a in arbitration):
        return []
    a = arbitration[0]
    courts = [c for c in courts if c.id != a.id]
    if not courts:
        return []
    c = courts[0]
    return [
        Hit(
            c,
            c.known_facts.forum or c.evidence(),
            c.values() | {"clauses": _cites(courts + [a]), "institution": a.known_facts.institution or "—"},
        )
    ]


_LAW_LABELS = {"governing_law", "dispute_resolution"}


def _per_document(rule: Rule) -> bool:
    """Governing-law and dispute rules report one finding per issue per document, listing the clauses."""
    return bool(rule.applies_to) and {str(x) for x in rule.applies_to} <= _LAW_LABELS


def _cites(infos: list[ClauseInfo]) -> str:
    """'clause 20.1', 'clauses 20.1, 20.2 and 20.4', 'Article 7 and clause 3'."""
    cites = list(dict.fromkeys(c.cite for c in infos))
    if len(cites) == 1:
        return cites[0]
    if all(c.startswith("clause ") for c in cites):
        nums = [c[len("clause ") :] for c in cites]
        return "clauses " + ", ".join(nums[:-1]) + " and " + nums[-1]
    return ", ".join(cites[:-1]) + " and " + cites[-1]


def _one_per_document(hits: list[Hit]) -> list[Hit]:
    """One hit for all the clauses with the same issue: the first clause's, naming the others."""
    hits = [h for h in hits if h.info is not None]
    if not hits:
        return []
    # the finding points at the first numbered operative clause, not at a notice in the preamble that only
    # announces the clause ("THESE TERMS CONTAIN AN ARBITRATION PROVISION IN SECTION 15")
    first = next(
        (
            h
            for h in hits
            if h.info is not None
            and h.info.kind not in ("preamble", "definition")
            and (h.info.citation or h.info.number)
        ),
        hits[0],
    )
    return [
        Hit(
            first.info, first.evidence, first.values | {"clauses": _cites([h.info for h in hits if h.info is not None])}
        )
    ]


def ai_stance_conflict(doc: DocFacts) -> list[Hit]:
    """One hit per AI label whose operative clause another sure, committing clause contradicts."""
    from ..classify.labels import AI_LABELS, HUMAN_NAMES

    hits = []
    for label in map(str, AI_LABELS):
        operative = next((c for c in doc.clauses if label in c.operative), None)
        others = [c for c in doc.clauses if label in c.conflicting]
        if operative is None or not others:
            continue
        cites = " and ".join([operative.cite] + [c.cite for c in others])
        name = HUMAN_NAMES[label]
        hits.append(
            Hit(
                operative,
                operative.evidence(),
                {
                    "clauses": cites[0].upper() + cites[1:],
                    "topic": name if name.startswith("AI") else name.lower(),
                    "stance": operative.stance.get(label, ""),
                    "other_stance": others[0].stance.get(label, ""),
                },
            )
        )
    return hits


def _drafting(problems: list[tuple[ClauseInfo, str]]) -> list[Hit]:
    """One hit for the document: the first clause concerned, every problem listed."""
    if not problems:
        return []
    first = problems[0][0]
    details = "; ".join(dict.fromkeys(text for _, text in problems))
    details = details[0].upper() + details[1:]
    return [Hit(first, first.evidence(), {"details": details, "clauses": _cites([c for c, _ in problems])})]


def numbering(doc: DocFacts) -> list[Hit]:
    from .drafting import numbering_problems

    return _drafting(numbering_problems(doc))


def schedule_names(doc: DocFacts) -> list[Hit]:
    from .drafting import schedule_name_problems

    return _drafting(schedule_name_problems(doc))


def clause_names(doc: DocFacts) -> list[Hit]:
    from .drafting import clause_name_problems

    return _drafting(clause_name_problems(doc))


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        key = h.info.id if h.info is not None else ""
        if key in seen:
            continue
        seen.add(key)
        out.append(h)
    return out


CHECKS: dict[str, Callable[[DocFacts], list[Hit]]] = {
    "law_vs_forum": law_vs_forum,
    "ai_stance_conflict": ai_stance_conflict,
    "multiple_laws": multiple_laws,
    "court_vs_arbitration": court_vs_arbitration,
    "numbering": numbering,
    "schedule_names": schedule_names,
    "clause_names": clause_names,
}

RUNNERS: dict[str, Callable[[Rule, DocFacts, Playbook], list[Hit]]] = {
    "clause_present": clause_present,
    "clause_requires": clause_requires,
    "clause_forbids": clause_forbids,
    "stance_at_least": stance_at_least,
    "playbook_accepts": playbook_accepts,
    "consistent": consistent,
}
