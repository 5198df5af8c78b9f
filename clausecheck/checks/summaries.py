"""The document-level summaries the checks add to a report: ``ai_clauses``, ``governing_law``,
``dispute_resolution`` and ``language_precedence``.

They are TypedDicts: plain dicts at run time, so a report's JSON is written exactly as the
engine builds it (keys in the order it writes them), and mypy checks every key read or
written, here and in the renderers, the batch summary and the redline planner.  A key marked
``NotRequired`` appears only in some reports; its comment says when.  The JSON grows, it
never renames (``report.py``): a new key is added here too.
"""

# No ``from __future__ import annotations`` here: a TypedDict reads NotRequired from its annotations
# at run time, and would count a key written as a string as required.
from typing import Literal, NotRequired, TypedDict

#: found: a clause carries the label and one of them decides it; review: only definitions or
#: cross-references carry it, or the model was unsure; missing: no clause carries it; not_checked:
#: no clause of the document reached the model.
AiStatus = Literal["found", "review", "missing", "not_checked"]


class AiSummary(TypedDict):
    """One AI clause type in ``ai_clauses`` (keyed by the label: model_disclosure, training_data, ...)."""

    status: AiStatus
    stance: str | None  # found: the operative clause's stance (protective, qualified, adverse); else None
    clauses: list[str]  # clause ids: found: the operative one, the sure ones, the unsure ones; review: those seen
    evidence: list[str]  # the first three of those clauses' text, cut to 200 characters
    operative: NotRequired[str]  # found: the clause that decides the document's stance
    unsure: NotRequired[list[str]]  # found: the clauses the model was unsure of
    why: NotRequired[list[str]]  # found: the words of the operative clause that justify the label
    quote: NotRequired[str]  # found: the operative clause's sentence that says most, cut to 25 words
    conflicts: NotRequired[list[str]]  # found, when clauses contradict the operative one
    binds: NotRequired[str]  # found, distillation only: the party the ban binds ("customer" unless stated)
    note: NotRequired[str]  # review: why the label is only to be reviewed


def missing_ai() -> AiSummary:
    """The entry of an AI clause type that no clause carries."""
    return {"status": "missing", "stance": None, "clauses": [], "evidence": []}


class LawBranch(TypedDict):
    """One customer group's (or case's) law and forum in a split governing law."""

    when: str | None  # the group or case as the contract words it; None for the unconditional choice
    law: list[str]  # ISO codes ("US-NY", "IE")
    forum: str | None  # the forum the contract names for the same group
    forum_jurisdiction: str | None
    clause: str  # the clause that chooses the law


class AttachedLaw(TypedDict):
    """The law a form attached as an exhibit chooses for itself (a guarantee, an escrow agreement)."""

    law: list[str]
    clause: str


class LawSummary(TypedDict):
    """``governing_law``: the law the contract chooses (None in the report when no clause speaks of one)."""

    jurisdiction: str | None  # the one law chosen; None when split or when no law is named
    jurisdictions: list[str]  # every code named, statutes included, in order
    split: bool  # different laws for different customer groups or cases
    text: str  # the sentence that chooses the law, as written
    clause: str  # the main governing-law clause
    clauses: list[str]  # every clause labelled governing law
    conflict_of_laws_excluded: bool
    cisg_excluded: bool
    branches: NotRequired[list[LawBranch]]  # when split
    in_attachments: NotRequired[list[AttachedLaw]]  # when an exhibit chooses a law of its own besides the body's


class ForumBranch(TypedDict):
    """One customer group's (or case's) forum when the forums differ by case."""

    when: str | None
    forum: str
    forum_jurisdiction: str | None
    clause: str


class DisputeSummary(TypedDict):
    """``dispute_resolution``: how disputes are resolved (None in the report when no clause says)."""

    mechanism: str | None  # courts, arbitration, mediation, escalation, other, or mixed
    mechanisms: list[str]  # every mechanism named, in order
    forum: str | None  # the named court or place
    forum_jurisdiction: str | None  # its ISO code
    institution: str | None  # ICC, LCIA, JCAA, AAA, ...
    rules: str | None  # the arbitration rules as named
    seat: str | None
    language: str | None  # of the arbitration
    arbitrators: int | None
    exclusive: bool | None  # exclusive / non-exclusive jurisdiction / not said
    injunctive_relief_carve_out: bool
    clause: str  # the main dispute clause: the first naming a forum or institution, else the first
    clauses: list[str]  # every clause labelled dispute resolution
    split: NotRequired[bool]  # True when the forums differ by customer group or case
    branches: NotRequired[list[ForumBranch]]  # with split


class LanguagePrecedence(TypedDict):
    """``language_precedence``: the language version that prevails, where a clause says so."""

    prevails: str  # "English", "Japanese", ...
    clause: str
