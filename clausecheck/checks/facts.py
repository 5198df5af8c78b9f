"""What the governing-law / dispute-resolution extractor says about one clause.

``lawfacts.extract_facts(text) -> LawFacts`` fills this from the clause text,
English or Japanese.  Rules read these fields through ``facts:`` conditions,
so every field name here is part of the rule language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class LawFacts:
    # --- governing law ---------------------------------------------------------
    governing_law: tuple[str, ...] = ()  # ISO codes chosen as governing law, in order ("US-NY", "JP")
    law_split: bool = False  # different laws for different cases (customer regions, entity types)
    law_evidence: str | None = None  # the phrase that chose the law
    law_names: tuple[str, ...] = ()  # the jurisdictions as written ("the State of New York")
    conflict_of_laws_excluded: bool = False
    cisg_excluded: bool = False
    law_ambiguous: bool = False  # "applicable law", "関連法令に従う": no law chosen
    law_statutes: tuple[
        str, ...
    ] = ()  # codes in governing_law chosen through a statute ("the Federal Arbitration Act")
    law_conditional: bool = False  # the choice holds for some customers or cases only ("if you are in the EEA")
    law_branches: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (condition as written or "otherwise", codes)
    law_scope: str | None = None  # the choice covers only part: "transfer_clauses" (SCCs / UK IDTA), "enforcement"
    law_cue: bool = False  # a sentence that speaks of the governing law at all ("governed by", "X law applies")
    # --- dispute resolution ----------------------------------------------------
    mechanism: tuple[str, ...] = ()  # subset of courts, arbitration, mediation, escalation, other
    forum: str | None = None  # the named court or city ("Tokyo District Court")
    forum_jurisdiction: str | None = None  # ISO code of the forum's place ("JP", "US-NY")
    forum_branches: tuple[tuple[str, str, str | None], ...] = ()  # (condition, forum, code) when forums differ by case
    exclusive: bool | None = None  # exclusive (True) / non-exclusive (False) / not said (None)
    competent_courts_only: bool = False  # "any court of competent jurisdiction", no forum named
    binding_arbitration: bool = False  # disputes *shall* be finally resolved by arbitration
    institution: str | None = None  # ICC, LCIA, SIAC, HKIAC, JCAA, AAA, ICDR, JAMS, CIETAC, UNCITRAL, ...
    arbitration_rules: str | None = None  # "JCAA Commercial Arbitration Rules"
    seat: str | None = None  # "London"
    seat_jurisdiction: str | None = None
    seat_stated: bool = False  # the clause says where the arbitration takes place (a seat, or where the user lives)
    seat_floating: bool = False  # the hearing takes place where the user (claimant) lives: the place varies
    language: str | None = None  # language of the arbitration
    arbitrators: int | None = None
    injunctive_carve_out: bool = False
    wrong_reference: str | None = (
        None  # a reference to the dispute clauses that points elsewhere (checks/references.py)
    )
    one_sided_forum: bool = (
        False  # only one party (the vendor) may also sue in other courts ("we may seek ... in any court")
    )
    dispute_by_reference: bool = (
        False  # the arbitration terms are in another document ("Section 15 of the X Agreement")
    )
    jury_waiver: bool = False
    class_waiver: bool = False
    # --- Japanese specifics (合意管轄 / 仲裁) -------------------------------------
    first_instance: bool | None = None  # 第一審 stated (None: not a Japanese court clause)
    court_level: tuple[str, ...] = ()  # "district", "summary"
    floating_venue: bool = False  # 被告の本店所在地を管轄する裁判所 and the like
    ambiguous_exclusivity: bool = False  # neither 専属的 nor 付加的
    # --- not dispute resolution, but reported ------------------------------------
    good_faith_only: bool = False  # 誠実協議 / "discuss in good faith" and nothing else
    language_precedence: str | None = None  # the language that prevails, if the clause says so
    # --- how sure ----------------------------------------------------------------
    strong_law: bool = False  # a phrase that certainly chooses a law ("governed by the laws of")
    strong_dispute: bool = False  # a phrase that certainly sets a forum or arbitration
    dispute_cue: bool = False  # the clause speaks of disputes, claims, courts or arbitration at all
    evidence: dict[str, str] = field(default_factory=dict)  # field -> matched text

    def get(self, name: str) -> Any:
        return getattr(self, name)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        for k, v in list(d.items()):
            if isinstance(v, tuple):
                d[k] = list(v)
        return d


FACT_FIELDS = tuple(LawFacts.__dataclass_fields__)
