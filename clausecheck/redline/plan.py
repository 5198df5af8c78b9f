"""What a redline will do: findings + library + playbook -> a list of planned changes.

The plan knows nothing about Word.  For each finding it decides:

* ``insert``  a missing clause (a document-level finding with a library fix that
  is ``safe`` or ``suggested``): the library entry goes in as a new clause;
* ``replace`` a clause (a clause-level finding with such a fix), only when the
  change can touch nothing but the finding's target (:func:`replaceable`): the
  clause is the operative clause of the finding's type, the finding is about
  that clause's wording (its stance is adverse or qualified), the model is sure
  of it, and every sentence of its own text speaks to that type (a clause that
  also carries other duties is never struck);
* otherwise a clause-level AI finding becomes an ``insert`` of the library
  clause that says it prevails over the clause left in place
  (``overrides``: "Notwithstanding Section 3.3.4, ...");
* ``comment`` every finding gets a margin comment on the clause it concerns
  (on the inserted clause for a missing one; on the title for the rest).

The playbook picks the jurisdiction: ``preferred.governing_law`` /
``preferred.dispute_resolution`` replace the rule's default entry for findings
that propose *a* law or forum (missing, or not accepted); without them the
chosen law's ``pairs_with`` forum, then ``home_jurisdiction`` are used.
``preferred.strength: strict`` upgrades AI entries to their strict versions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..findings import Applicability, Finding
from .library import Library, LibraryEntry

if TYPE_CHECKING:
    from ..checks.summaries import AiSummary, DisputeSummary, LawSummary

#: Findings whose fix is "propose a law / forum", where the playbook's own choice wins.
PLAYBOOK_CHOICE_RULES = frozenset({"GL001", "GL003", "DR001", "DR008", "DR014"})
_PREFERRED_KEY = {"governing_law": "governing_law", "dispute_resolution": "dispute_resolution"}


@dataclass(slots=True)
class PlannedChange:
    kind: str  # "insert" | "replace" | "comment"
    findings: list[Finding]
    entry: LibraryEntry | None = None
    clause_id: str | None = None
    overrides: list[str] = field(default_factory=list)  # insert: ids of the clauses it prevails over

    @property
    def library_entry(self) -> LibraryEntry:
        """The library clause of an insert or a replacement (a comment has none)."""
        assert self.entry is not None, self.kind
        return self.entry


#: The words a sentence about each AI clause type uses (a replacement may strike only such sentences).
_TOPIC = {
    "training_data": re.compile(
        r"\b(?:re)?train\w*|fine[- ]?tun\w*|\bimprov\w*|\bmodels?\b|machine[- ]learning|"
        r"\blearn\w*|\bde-?identif\w*|\banonymi[sz]\w*|\baggregat\w*|opt[- ]?out|"
        r"学習|改善|モデル",
        re.IGNORECASE,
    ),
    "distillation": re.compile(
        r"distil\w*|\b(?:re)?train\w*|\bmodels?\b|\bweights\b|reverse[- ]engineer\w*|"
        r"\bextract\w*|\bcompet\w*|\bderiv\w*|蒸留|学習|モデル",
        re.IGNORECASE,
    ),
    "model_disclosure": re.compile(
        r"\bmodels?\b|\bLLMs?\b|\bsub-?processors?\b|\bthird[- ]party (?:AI|provider)|"
        r"\bnotif\w*|\bnotice\b|モデル",
        re.IGNORECASE,
    ),
    "governing_law": re.compile(
        r"\blaws?\b|\bgovern\w*|\bconstrued\b|\bconflicts?\b|\bCISG\b|\bConvention\b|"
        r"準拠法|法令",
        re.IGNORECASE,
    ),
    "dispute_resolution": re.compile(
        r"\bdisputes?\b|\barbitra\w*|\bcourts?\b|\bjurisdiction\w*|\bvenue\b|"
        r"\btribunal\b|\bclaims?\b|\bproceedings?\b|\bmediat\w*|\blitigat\w*|"
        r"\bseat\b|\brules\b|\blanguage\b|\binjunct\w*|管轄|裁判所|仲裁|紛争",
        re.IGNORECASE,
    ),
    "ai_compliance": re.compile(
        r"\bAI\b|artificial intelligence|\bAI Act\b|\blaws?\b|\bregulat\w*|\bcomply\w*|"
        r"\bcomplian\w*|法令|規制",
        re.IGNORECASE,
    ),
}
_SENT = re.compile(r"(?<=[.;:。])\s+|\n")


@dataclass(slots=True)
class Context:
    """What the plan needs to know about the document beyond its findings (from the Report)."""

    operative: dict[str, str] = field(default_factory=dict)  # AI label -> operative clause id
    label_clauses: dict[str, list[str]] = field(default_factory=dict)  # AI label -> the clauses carrying it
    stance: dict[str, dict[str, str]] = field(default_factory=dict)  # clause id -> label -> stance
    review: dict[str, set[str]] = field(default_factory=dict)  # clause id -> labels the model was unsure of
    own_text: dict[str, str] = field(default_factory=dict)  # clause id -> its own text
    relies_on: str | None = None  # the words saying a main agreement governs (a DPA, addendum, order form)
    law_clause: str | None = None  # the governing-law clause and its place ("US-NY")
    law_place: str | None = None
    forum_clause: str | None = None  # the forum clause and its place
    forum_place: str | None = None
    combined: set[str] = field(default_factory=set)  # clauses that hold both law and forum
    arbitration: bool = False  # the forum is arbitration (its seat need not follow the law)

    @classmethod
    def of_report(cls, report: Any) -> Context:
        ctx = cls()
        ai: Mapping[str, AiSummary] = getattr(report, "ai_clauses", None) or {}
        for label, v in ai.items():
            if isinstance(v, dict) and v.get("operative"):
                ctx.operative[str(label)] = v["operative"]
            if isinstance(v, dict):
                ctx.label_clauses[str(label)] = list(v.get("clauses", ()) or ())
        for cid, lab in (getattr(report, "labelled", None) or {}).items():
            ctx.stance[cid] = {str(k): str(v) for k, v in lab.stance.items()}
            ctx.review[cid] = {str(x) for x in lab.review}
        tree = getattr(report, "tree", None)
        if tree is not None:
            text = tree.document.text
            for c in tree.clauses:
                ctx.own_text[c.id] = text[c.start : c.own_end]
            from .context import relies_on_main_agreement

            ctx.relies_on = relies_on_main_agreement(text)
        law: LawSummary | None = getattr(report, "governing_law", None)
        forum: DisputeSummary | None = getattr(report, "dispute_resolution", None)
        if law:
            ctx.law_clause, ctx.law_place = law.get("clause"), law.get("jurisdiction")
        if forum:
            ctx.forum_clause = forum.get("clause")
            ctx.forum_place = forum.get("forum_jurisdiction")
            ctx.arbitration = forum.get("mechanism") == "arbitration"
        if law and forum:
            ctx.combined = set(law.get("clauses", ()) or ()) & set(forum.get("clauses", ()) or ())
        return ctx


def focused(text: str, label: str) -> bool:
    """Every substantive sentence of ``text`` speaks to ``label`` (a clause with other duties is not)."""
    topic = _TOPIC.get(label)
    if topic is None:
        return True
    sentences = [s for s in _SENT.split(text) if len(s.split()) >= 6 or (not s.isascii() and len(s) >= 12)]
    return bool(sentences) and len(sentences) <= 6 and all(topic.search(s) for s in sentences)


def replaceable(f: Finding, entry: LibraryEntry, ctx: Context) -> str | None:
    """None when ``entry`` may replace the clause of ``f``; else why it may not."""
    cid = f.location.clause_id or ""
    label = entry.clause_type
    if entry.family != "ai":
        main = ctx.law_clause if label == "governing_law" else ctx.forum_clause
        if main != cid:
            return f"it is not the document's {label.replace('_', ' ')} clause"
        if cid in ctx.own_text and not focused(ctx.own_text[cid], label):
            return "the clause also carries other terms, which a replacement would strike"
        return None
    if ctx.operative.get(label) != cid:
        return "it is not the clause that decides the document's stance on this point"
    if ctx.stance.get(cid, {}).get(label) not in ("adverse", "qualified"):
        return "the finding is not about this clause's wording"
    if label in ctx.review.get(cid, set()):
        return "the model was unsure of this clause"
    if cid in ctx.own_text and not focused(ctx.own_text[cid], label):
        return "the clause also carries other duties, which a replacement would strike"
    return None


@dataclass(slots=True)
class Plan:
    inserts: list[PlannedChange] = field(default_factory=list)  # one per library clause type
    replaces: list[PlannedChange] = field(default_factory=list)  # one per clause
    comments: list[Finding] = field(default_factory=list)  # every finding, in report order
    notes: list[str] = field(default_factory=list)  # why a finding was only commented


def _preferred(
    library: Library, playbook: Any, clause_type: str, chosen_law: LibraryEntry | None
) -> LibraryEntry | None:
    preferred = dict(getattr(playbook, "preferred", {}) or {})
    pid = preferred.get(_PREFERRED_KEY.get(clause_type, ""))
    if pid and pid in library and library[pid].clause_type == clause_type:
        return library[pid]
    if (
        clause_type == "dispute_resolution"
        and chosen_law is not None
        and chosen_law.pairs_with is not None
        and chosen_law.pairs_with in library
    ):
        return library[chosen_law.pairs_with]
    home = getattr(playbook, "home_jurisdiction", None)
    if home:
        return library.by_jurisdiction(clause_type, home)
    return None


def choose_entry(
    finding: Finding, library: Library, playbook: Any = None, chosen_law: LibraryEntry | None = None
) -> LibraryEntry | None:
    """The library entry a redline proposes for ``finding`` (None: comment only)."""
    fix = finding.fix
    if fix is None or not fix.library_id or fix.library_id not in library:
        return None
    entry = library[fix.library_id]
    if entry.family == "ai":
        strength = (getattr(playbook, "preferred", {}) or {}).get("strength")
        if strength == "strict":
            entry = library.variant(entry, "strict")
        return entry
    if finding.rule_id in PLAYBOOK_CHOICE_RULES:
        entry = _preferred(library, playbook, entry.clause_type, chosen_law) or entry
    return entry


def check_preferred(library: Library, playbook: Any) -> None:
    """Refuse a playbook whose ``preferred`` names a library clause that does not exist (E204)."""
    from ..errors import ConfigError

    preferred = dict(getattr(playbook, "preferred", {}) or {})
    where = getattr(playbook, "path", None) or "the playbook"
    for key, clause_type in (("governing_law", "governing_law"), ("dispute_resolution", "dispute_resolution")):
        value = preferred.get(key)
        if value is None:
            continue
        choices = sorted(e.id for e in library.values() if e.clause_type == clause_type)
        if value not in library or library[value].clause_type != clause_type:
            raise ConfigError(
                "E204",
                None,
                detail=f"{where}: preferred.{key} names '{value}', which is not a "
                f"{key.replace('_', ' ')} clause in the library; use one of: "
                f"{', '.join(choices)}.",
            )
    strength = preferred.get("strength")
    if strength is not None and strength not in ("standard", "strict"):
        raise ConfigError(
            "E204", None, detail=f"{where}: preferred.strength must be standard or strict, not '{strength}'."
        )


def plan_changes(
    findings: Iterable[Finding],
    library: Library,
    playbook: Any = None,
    clause_types: Mapping[str, set[str]] | None = None,
    context: Context | None = None,
) -> Plan:
    """Decide the changes.  ``clause_types`` (clause id -> the types the report gives it) keeps a
    replacement to clauses of the entry's own type: an AI text never replaces a governing-law or
    dispute clause, and each library entry replaces one clause at most (the most severe finding's;
    the others are commented).  ``context`` (from the Report) decides whether a clause may be
    replaced at all (:func:`replaceable`) and whether law and forum may be touched.

    One library clause per clause type: a type that gets a replacement gets no insertion, and
    several findings of one type share one inserted clause.  A governing-law change and a forum
    change go together: when one of them cannot be made, neither is (both are commented)."""
    plan = Plan()
    clause_types = clause_types or {}
    ctx = context or Context()
    used: set[str] = set()
    findings = list(findings)
    by_type: dict[str, PlannedChange] = {}
    by_clause: dict[str, PlannedChange] = {}
    replaced_types: set[str] = set()
    chosen_law: LibraryEntry | None = None
    inserts: list[tuple[Finding, LibraryEntry, str | None]] = []  # (finding, entry, clause it overrides)
    # governing-law choices first, so a missing forum can follow the chosen law
    ordered = sorted(findings, key=lambda f: 0 if f.rule_id.startswith("GL") else 1)
    for f in ordered:
        entry = choose_entry(f, library, playbook, chosen_law)
        if entry is not None and f.location.clause_id is None:
            entry = _follow_other_half(entry, library, playbook, ctx)
        if entry is not None and entry.clause_type == "governing_law" and chosen_law is None:
            chosen_law = entry
        actionable = (
            entry is not None
            and f.fix is not None
            and f.fix.applicability in (Applicability.SAFE, Applicability.SUGGESTED)
        )
        if entry is None or not actionable:
            continue
        where = f.location.clause_number or f.location.clause_id
        if entry.family != "ai" and ctx.relies_on:
            plan.notes.append(
                f"{f.rule_id}: commented, not changed: this document relies on a main agreement "
                f"({ctx.relies_on}), whose law and forum govern it"
            )
            continue
        if f.location.clause_id is None:
            inserts.append((f, entry, None))
            continue
        change = by_clause.get(f.location.clause_id)
        if change is not None:
            change.findings.append(f)
            continue
        types = clause_types.get(f.location.clause_id, set())
        why = None
        if entry.id in used:
            why = "the same library clause already replaces another clause"
        elif entry.family == "ai" and types & {"governing_law", "dispute_resolution"}:
            why = "the clause is not of the library clause's type"
        elif entry.clause_type not in types:
            why = "the clause is not of the library clause's type"
        elif entry.family != "ai" and len(types & {"governing_law", "dispute_resolution"}) > 1:
            why = "the clause holds both the governing law and the forum; replacing it with one would drop the other"
        else:
            why = replaceable(f, entry, ctx)
        if why is not None:
            if entry.family == "ai" and entry.clause_type not in replaced_types and entry.id not in used:
                inserts.append((f, entry, f.location.clause_id))
                plan.notes.append(
                    f"{f.rule_id}: clause {where} stays ({why}); the library clause is inserted and prevails over it"
                )
            else:
                plan.notes.append(f"{f.rule_id}: clause {where} was commented, not rewritten: {why}")
            continue
        used.add(entry.id)
        replaced_types.add(entry.clause_type)
        change = PlannedChange("replace", [f], entry, f.location.clause_id)
        by_clause[f.location.clause_id] = change
        plan.replaces.append(change)
    for f, entry, over in inserts:
        if entry.clause_type in replaced_types:
            plan.notes.append(
                f"{f.rule_id}: commented: a replacement already proposes a {entry.clause_type.replace('_', ' ')} clause"
            )
            continue
        change = by_type.get(entry.clause_type)
        if change is None:
            change = PlannedChange("insert", [f], entry)
            by_type[entry.clause_type] = change
            plan.inserts.append(change)
        else:
            change.findings.append(f)
            if (
                entry.strength == "strict"
                and change.library_entry.strength != "strict"
                and change.library_entry.clause_type == entry.clause_type
            ):
                change.entry = entry  # one clause answers both: the stricter one
        if over is not None and over not in change.overrides:
            change.overrides.append(over)
    for change in plan.replaces:
        # a replacement also prevails over the other clauses the model is sure say the opposite
        if change.library_entry.family == "ai":
            label = change.library_entry.clause_type
            change.overrides = [
                cid
                for cid in ctx.label_clauses.get(label, ())
                if cid != change.clause_id
                and ctx.stance.get(cid, {}).get(label) == "adverse"
                and label not in ctx.review.get(cid, set())
            ]
    for change in plan.inserts:
        # an inserted clause that prevails over one adverse clause prevails over every other clause the
        # model is sure says the opposite on the same point, so that nothing left in place contradicts it
        if change.library_entry.family == "ai" and change.overrides:
            label = change.library_entry.clause_type
            for cid in ctx.label_clauses.get(label, ()):
                if (
                    cid not in change.overrides
                    and ctx.stance.get(cid, {}).get(label) == "adverse"
                    and label not in ctx.review.get(cid, set())
                ):
                    change.overrides.append(cid)
    _pair_law_and_forum(plan, ctx, library)
    plan.comments = findings
    return plan


def _follow_other_half(entry: LibraryEntry, library: Library, playbook: Any, ctx: Context) -> LibraryEntry:
    """A missing law follows the forum the contract already has (and a missing forum its law), when the
    library has the match and the playbook accepts it and names no preference of its own: adding the
    missing half is a smaller change than rewriting the half that is there."""
    preferred = dict(getattr(playbook, "preferred", {}) or {})
    if preferred.get("governing_law") or preferred.get("dispute_resolution"):
        return entry  # the playbook names its own law or forum: it is proposed (and the other half follows it)
    if (
        entry.clause_type == "governing_law"
        and ctx.forum_place
        and not ctx.arbitration
        and entry.jurisdiction != ctx.forum_place
    ):
        match = library.by_jurisdiction("governing_law", ctx.forum_place)
        accepts = getattr(playbook, "law_accepted", None)
        if match is not None and (accepts is None or accepts(ctx.forum_place)):
            return match
    if (
        entry.clause_type == "dispute_resolution"
        and ctx.law_place
        and entry.jurisdiction not in (None, ctx.law_place)
        and not entry.seat
    ):
        law = library.by_jurisdiction("governing_law", ctx.law_place)
        match = library.get(law.pairs_with or "") if law is not None else None
        accepts = getattr(playbook, "forum_accepted", None)
        if match is not None and (accepts is None or accepts(ctx.law_place)):
            return match
    return entry


def _pair_law_and_forum(plan: Plan, ctx: Context, library: Library) -> None:
    """Law and forum move together, so that accepting every change never leaves two laws or two forums
    (or a law of one place with the courts of another).

    A planned law entry L whose forum clause exists elsewhere in another place also replaces that
    forum clause with L's ``pairs_with``; a planned forum entry F whose law clause exists in another
    place also replaces the law clause with the law that pairs with F.  When the other half cannot
    be changed cleanly (it shares a clause with something else, or the library has no match), the
    change is dropped and only commented."""

    def planned(kind: str) -> list[PlannedChange]:
        return [c for c in plan.replaces + plan.inserts if c.entry is not None and c.entry.clause_type == kind]

    for kind, other_kind in (("governing_law", "dispute_resolution"), ("dispute_resolution", "governing_law")):
        for change in planned(kind):
            if planned(other_kind):
                continue
            place = ctx.forum_place if kind == "governing_law" else ctx.law_place
            other_clause = ctx.forum_clause if kind == "governing_law" else ctx.law_clause
            if other_clause is None or place == change.library_entry.jurisdiction:
                continue  # nothing on the other side, or it already agrees
            if kind == "governing_law" and ctx.arbitration:
                continue  # an arbitral seat need not follow the law
            if kind == "dispute_resolution" and (
                change.library_entry.seat or change.library_entry.jurisdiction is None
            ):
                continue  # arbitration (a neutral seat) sits with any law
            if kind == "governing_law":
                partner = library.get(change.library_entry.pairs_with or "")
            else:
                partner = next((e for e in library.values() if e.pairs_with == change.library_entry.id), None)
            shared = (
                other_clause in (change.clause_id,)
                or other_clause in ctx.combined
                or (other_clause in ctx.own_text and not focused(ctx.own_text[other_clause], other_kind))
            )
            if partner is None or shared or place is None:
                _drop(
                    plan,
                    change,
                    f"the {other_kind.replace('_', ' ')} clause is in another place and cannot "
                    f"follow cleanly; change both together by hand",
                )
                continue
            plan.replaces.append(PlannedChange("replace", list(change.findings), partner, other_clause))


def _drop(plan: Plan, change: PlannedChange, why: str) -> None:
    for bucket in (plan.replaces, plan.inserts):
        if change in bucket:
            bucket.remove(change)
    for f in change.findings:
        plan.notes.append(f"{f.rule_id}: commented, not changed: {why}")


__all__ = [
    "Plan",
    "PlannedChange",
    "Context",
    "focused",
    "replaceable",
    "plan_changes",
    "check_preferred",
    "choose_entry",
    "PLAYBOOK_CHOICE_RULES",
]
