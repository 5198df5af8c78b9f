"""The label set: clause types, stances and who is bound.  Enums are the JSON strings."""

from __future__ import annotations

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
