"""The same clause with the parties called something else.

Our training clauses mostly call the parties "Customer", "Client" or "Licensee" and "Provider",
"Vendor" or "Supplier".  Real contracts also say "the Evaluator", "the Bank", "Kestrel Freight
GmbH" or a product's trading name, and a model trained on a few stock names learns the names as a
cue for who carries a duty: it read "Northwind Bank shall not use the Service for Article 5
practices" as the vendor's promise (protective) and the same sentence with "Customer" as a burden
on the customer (adverse).  :func:`rename` rewrites the standalone party terms of a clause
consistently (every customer-side term to one new name, every vendor-side term to another), so the
labels, stances and binds stay true: the roles are unchanged, only what the parties are called.

Two disjoint pools of names: ``TRAIN`` for training (``[train] rename_fraction`` of the training
clauses that name a party are renamed each run) and ``EVAL`` for measuring how much a model's
answers move when the parties get names it never saw (``bench/eval_party_names.py``).  Invented
company names appear on both sides of a pool, so that a name says nothing about the role.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

CUSTOMER_TERMS = ("Customer", "Client", "Licensee", "Buyer", "Subscriber", "Purchaser", "Authority")
VENDOR_TERMS = ("Provider", "Vendor", "Supplier", "Licensor", "Contractor")

# Clauses about AI Act roles use "Provider" as the Act's term ("the Customer becomes the Provider of
# the system"): there the word is not a party name and must stay.
_AI_ROLE = re.compile(r"deployer|AI Act|2024/1689|Artificial Intelligence Act|Article\s+25", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pool:
    customer_roles: tuple[str, ...]  # used with "the": "the Evaluator"
    vendor_roles: tuple[str, ...]
    companies: tuple[str, ...]  # used bare, on either side: "Kestrel Freight shall ..."


TRAIN = Pool(
    customer_roles=(
        "Evaluator",
        "Member",
        "Institution",
        "Agency",
        "Recipient",
        "Account Holder",
        "Tenant",
        "Participant",
        "Bank",
        "Hospital",
        "Council",
        "Department",
        "School",
        "Insurer",
    ),
    vendor_roles=("Company", "Developer", "Publisher", "Operator", "Service Provider", "Consultant"),
    companies=(
        "Kestrel Freight",
        "Harlow Mutual",
        "Minato Trading KK",
        "Lumenscribe",
        "Voxel Insight Ltd",
        "Quillmark",
        "Sorane Systems",
        "Bramble Health",
        "Tamarind Foods plc",
        "Arclight Analytics",
        "Nordhavn Shipping A/S",
        "Pellucid Labs",
        "Corvid Retail",
        "Eastvale Borough Council",
    ),
)

EVAL = Pool(
    customer_roles=("Commissioner", "Beneficiary", "Trial User", "Contracting Body", "Insured", "Clinic", "Firm"),
    vendor_roles=("Solution Provider", "Technology Partner", "Integrator", "Manufacturer", "Studio"),
    companies=(
        "Greyfield Bank",
        "Orrin Logistics",
        "Saltmarsh Clinic",
        "Verity Systems",
        "Halcyon Robotics",
        "Juniper Ledger LLC",
        "Okada Seiki KK",
        "Brightwater Utilities",
    ),
)

_WORD = r"[A-Z][A-Za-z]*"


def _pattern(terms: Sequence[str]) -> re.Pattern[str]:
    # "the Customer", "Customer's", "Customer" - but not part of a capitalised compound ("Customer Data",
    # "Contracting Authority", "Model Provider"), which is a defined term of its own and stays.
    alt = "|".join(sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z\-])(?P<art>[Tt]he\s+)?(?P<term>{alt})(?P<poss>['’]s)?(?![A-Za-z\-])")


_CUSTOMER = _pattern(CUSTOMER_TERMS)
_VENDOR = _pattern(VENDOR_TERMS)


def _compound(text: str, m: re.Match[str]) -> bool:
    """True when the match is glued to another capitalised word: part of a defined term."""
    before = text[: m.start("term")]
    after = text[m.end("term") :]
    if m.group("poss") is None and re.match(rf"\s+{_WORD}", after) and not re.match(r"\s+(?:I|A)\b", after):
        return True
    if m.group("art") is None:
        prev = re.search(rf"({_WORD})\s+$", before)
        if prev and prev.group(1) not in _LEADING:
            return True
    return False


# Capitalised words that may open a sentence right before a party term ("If Customer ...") without
# making a compound of it ("Service Provider", "Contracting Authority").
_LEADING = frozenset(
    "If When Where Whether Each Either Neither Unless Upon Once Until Before After Then Thereafter "
    "Both And Or But Nor Only Should Save Except As Notwithstanding Subject Provided Nothing No Any "
    "Whereas Whilst While Although Whenever".split()
)


def _sub(text: str, pattern: re.Pattern[str], new: str, bare: bool) -> str:
    def repl(m: re.Match[str]) -> str:
        if _compound(text, m):
            return m.group(0)
        art = "" if bare else (m.group("art") or "")  # a company name takes no article
        return f"{art}{new}{m.group('poss') or ''}"

    return pattern.sub(repl, text)


def names_parties(text: str) -> bool:
    """Whether the clause names a party with one of the terms :func:`rename` rewrites."""
    return _names(text, _CUSTOMER) or _names(text, _VENDOR)


def _names(text: str, pattern: re.Pattern[str]) -> bool:
    return any(not _compound(text, m) for m in pattern.finditer(text))


def rename(text: str, rng: random.Random, pool: Pool = TRAIN) -> str:
    """The clause with its customer-side and vendor-side party terms renamed from ``pool``."""
    sides = []
    if _names(text, _CUSTOMER):
        sides.append("customer")
    if _names(text, _VENDOR) and not _AI_ROLE.search(text):
        sides.append("vendor")
    out = text
    used: set[str] = set()  # words of the names given so far: "the Council" and "Eastvale Borough Council" never meet
    for side in sides:
        roles = pool.customer_roles if side == "customer" else pool.vendor_roles
        bare = rng.random() < 0.5
        choices = [n for n in (pool.companies if bare else roles) if n not in out and not (set(n.split()) & used)]
        if not choices:
            continue
        new = rng.choice(choices)
        used |= set(new.split())
        out = _sub(out, _CUSTOMER if side == "customer" else _VENDOR, new, bare)
    return out


def rename_examples(examples: Sequence, fraction: float, seed: int) -> tuple[list, int]:
    """Replace ``fraction`` of the clauses that name a party with a renamed copy (same id, labels, family).

    Replacing rather than adding keeps the training time unchanged.  Seeded: the same recipe renames
    the same clauses the same way.
    """
    if fraction <= 0:
        return list(examples), 0
    rng = random.Random(seed + 104729)
    out = []
    changed = 0
    for e in examples:
        if rng.random() < fraction and names_parties(e.text):
            new = rename(e.text, rng)
            if new != e.text:
                out.append(replace(e, text=new))
                changed += 1
                continue
        out.append(e)
    return out, changed
