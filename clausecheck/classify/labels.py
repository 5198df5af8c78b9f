"""The label set: clause types, stances and who is bound.  Enums are the JSON strings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ClauseType(StrEnum):
    MODEL_DISCLOSURE = "model_disclosure"
    TRAINING_DATA = "training_data"
    DISTILLATION = "distillation"
    AI_COMPLIANCE = "ai_compliance"
    GOVERNING_LAW = "governing_law"
    DISPUTE_RESOLUTION = "dispute_resolution"


class Stance(StrEnum):
    PROTECTIVE = "protective"
    QUALIFIED = "qualified"
    ADVERSE = "adverse"


class Binds(StrEnum):
    CUSTOMER = "customer"
    VENDOR = "vendor"
    BOTH = "both"


#: The six labels in the model's output order.
LABELS: tuple[ClauseType, ...] = tuple(ClauseType)
#: The four AI security clause types, which carry a stance.
AI_LABELS: tuple[ClauseType, ...] = (
    ClauseType.MODEL_DISCLOSURE,
    ClauseType.TRAINING_DATA,
    ClauseType.DISTILLATION,
    ClauseType.AI_COMPLIANCE,
)
STANCES: tuple[Stance, ...] = tuple(Stance)
BINDS: tuple[Binds, ...] = tuple(Binds)

HUMAN_NAMES: dict[str, str] = {
    "model_disclosure": "AI model disclosure",
    "training_data": "Training on customer data",
    "distillation": "Distillation / model repurposing",
    "ai_compliance": "AI law compliance",
    "governing_law": "Governing law",
    "dispute_resolution": "Dispute resolution",
}


@dataclass(frozen=True, slots=True)
class LabelledClause:
    """The reading of one clause after the model and the evidence stage: what the report and the checks use."""

    clause_id: str
    labels: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    stance: Mapping[str, str] = field(default_factory=dict)
    binds: str | None = None
    review: tuple[str, ...] = ()  # labels in the abstain band: "needs review"
    evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # label -> words that justify it
    dropped: Mapping[str, float] = field(default_factory=dict)  # AI labels the model gave without evidence
    added: tuple[str, ...] = ()  # AI labels the evidence stage read from the clause's own words, not the model
