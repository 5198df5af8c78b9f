"""Who the parties are: the names and defined terms a library clause should use.

A contract names its parties in the preamble, usually with a defined term in
brackets: ``Northgate Freight Systems, Inc., a New York corporation ...
("Customer")``, ``Kisaragi Trading Co., Ltd. (hereinafter referred to as
"Party A")``, ``株式会社甲野（以下「甲」という。）``.  :func:`detect_parties`
finds those pairs and decides which party is the customer and which the vendor
from the defined term itself ("Customer", "Licensee" ... / "Provider",
"Licensor" ...), and, where one term says nothing (a trade name such as
"Ossidian"), from the other.  Where the preamble yields nothing, the defined
terms the contract keeps using ("Customer", "Provider") are taken from the
text, and failing that the plain words "Customer" and "Vendor".

Library clauses refer to the parties by their defined term (``{customer}``),
as the rest of the contract does; the full names are kept for
``{customer_name}`` / ``{vendor_name}`` and for the redline's comments.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

CUSTOMER_TERMS = (
    "Customer",
    "Client",
    "Licensee",
    "Buyer",
    "Purchaser",
    "Subscriber",
    "Company",
    "Party A",
    "Principal",
    "Orderer",
    "甲",
)
VENDOR_TERMS = (
    "Vendor",
    "Provider",
    "Service Provider",
    "Supplier",
    "Licensor",
    "Contractor",
    "Seller",
    "Consultant",
    "Developer",
    "Processor",
    "Party B",
    "Contractee",
    "乙",
)
_ALL = {t.lower(): "customer" for t in CUSTOMER_TERMS} | {t.lower(): "vendor" for t in VENDOR_TERMS}

_Q_OPEN = "\"“‘'「『"
_Q_CLOSE = "\"”’'」』"
#: ("Customer"), (the "Vendor"), (hereinafter referred to as "Party A"), （以下「甲」という。）
_DEFINED = re.compile(
    r"[(（]\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|以下\s*)?(?:the\s+)?"
    rf"[{_Q_OPEN}](?P<term>[^{_Q_CLOSE}\n]{{1,40}})[{_Q_CLOSE}]"
    r"[^()（）\n]{0,60}[)）]",
    re.IGNORECASE,
)
_NOT_PARTY = re.compile(
    r"agreement|effective date|terms|contract|this |parties|party\"?$|^we$|^us$|^you$|契約|"
    r"^(?:DPA|MSA|SOW|NDA|EULA|SCCs?|Addendum|Order Form|Policy|Services?|Schedule|Exhibit|"
    r"Annex|Appendix|Clauses|Documentation|Platform|Software|Products?)$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r"(?:\bby and between\b|\bbetween\b|\band\b|\bby\b|\bwith\b|[.;:]\s|[)）]\s*(?:と|and\b)?|[、。\n]|^)",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(
    r",\s+(?:an?|the)\s+[a-z]|,\s+(?:with|having|whose|of|located|organi[sz]ed|incorporated)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Parties:
    customer: str  # how the contract refers to the customer ("Customer", "Party A")
    vendor: str
    customer_name: str | None = None  # the full name, if the preamble gives one
    vendor_name: str | None = None
    source: str = "default"  # "preamble" | "defined_terms" | "default"

    customer_article: bool = False  # the contract writes "the Client", not "Client"
    vendor_article: bool = False

    def values(self) -> dict[str, str]:
        """Placeholder values: ``{customer}`` as the contract writes it in a sentence ("the Client"),
        ``{customer_term}`` the bare defined term ("Client"), ``{customer_name}`` the full name."""
        return {
            "customer": ("the " if self.customer_article else "") + self.customer,
            "vendor": ("the " if self.vendor_article else "") + self.vendor,
            "customer_term": self.customer,
            "vendor_term": self.vendor,
            "customer_name": self.customer_name or self.customer,
            "vendor_name": self.vendor_name or self.vendor,
        }


def _name_before(text: str, at: int) -> str | None:
    """The party name written just before the bracket at ``at``.

    Tries the boundaries ("between", "and", a full stop, a closing bracket ...)
    from the nearest backwards, cutting each candidate at its descriptor
    (", a New York corporation ..."), and keeps the first that reads as a name.
    """
    window = text[max(0, at - 400) : at]
    bounds = [m.end() for m in _BOUNDARY.finditer(window) if m.end() < len(window)]
    for start in reversed(bounds or [0]):
        segment = window[start:]
        d = _DESCRIPTOR.search(segment)
        if d:
            segment = segment[: d.start()]
        name = segment.strip(' ,\t"“”')
        if (
            name
            and len(name) <= 120
            and (name[0].isupper() or not name[0].isascii())
            and not re.search(r"\b(?:and|between|by)\s+[a-z]", name)
        ):
            return name
    return None


def _role(term: str) -> str | None:
    return _ALL.get(term.strip().lower())


_GROUP = re.compile(r"[(（][^()（）\n]{0,160}?[)）]")
_QUOTED = re.compile(rf"[{_Q_OPEN}]\s*(?P<term>[^{_Q_CLOSE}\n]{{1,40}}?)[\s,;.]*[{_Q_CLOSE}]")
_VENDOR_PRONOUNS = {"we", "us", "our", "ours"}
_CUSTOMER_PRONOUNS = {"you", "your", "yours"}
#: A legal entity's name: "Acme Corp.", "X.AI LLC", "株式会社甲野"; a bare word or phrase is not a party.
_ENTITY = re.compile(
    r"\b(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|AG|S\.?A\.?S?|"
    r"SARL|S\.?r\.?l|B\.?V|N\.?V|plc|PLC|LLP|LP|PBC|AB|Oy|KK|K\.K|Pte|Pty)\b\.?|"
    r"株式会社|合同会社|有限会社|一般社団法人",
    re.IGNORECASE,
)
_PRONOUN_PARTY = re.compile(r"\b(?:between|with)\s+you\b|\byou\s+[(（]", re.IGNORECASE)


def _terms(group: str) -> list[str]:
    return [m.group("term").strip(" ,;.") for m in _QUOTED.finditer(group)]


def _from_preamble(text: str) -> Parties | None:
    """The parties from the bracketed definitions of the preamble.

    A bracket counts as a party's only when it names one: a role word ("Customer", "Licensor"), a
    pronoun the contract will use for it ("we", "you"), or a short name given to a legal entity
    ("Jasper AI, Inc." -> "Jasper"); "the Services", "the DPA" or "the EEA" never do.  Within one
    bracket, a pronoun decides the side and the first other word is the term ("Jasper", "we" or
    "us" -> the vendor, called "Jasper")."""
    found: list[tuple[str, str | None, str | None]] = []  # (term, name, role)
    for m in _GROUP.finditer(text):
        terms = _terms(m.group(0))
        if not terms:
            continue
        lowered = [t.lower() for t in terms]
        named = [t for t in terms if t.lower() not in _VENDOR_PRONOUNS | _CUSTOMER_PRONOUNS]
        named = [t for t in named if not _NOT_PARTY.search(t) or _role(t) is not None]
        name = _name_before(text, m.start())
        if name is not None and len(name.split()) > 8:
            name = None
        before = text[max(0, m.start() - 12) : m.start()]
        role = None
        if any(t in _VENDOR_PRONOUNS for t in lowered):
            role = "vendor"
        elif any(t in _CUSTOMER_PRONOUNS for t in lowered) or re.search(r"\byou\s*$", before, re.IGNORECASE):
            role = "customer"
        term = None
        for t in named:
            if _role(t) is not None:
                term = t
                role = role or _role(t)
                break
        if term is None and named and role is not None:
            term = named[0]  # ("Mistral AI" or "us"), ("Jasper," "we," or "us")
        elif term is None and named:
            entity = bool(_ENTITY.search(text[max(0, m.start() - 40) : m.start()]))
            if entity and len(named[0].split()) <= 3 and not _NOT_PARTY.search(named[0]):
                term = named[0]
            if entity and (name is None or not _ENTITY.search(name)):
                name = _entity_before(text, m.start())
        if term is None and role is not None:
            term = "you" if role == "customer" else None
            if role == "vendor" and name is not None and _ENTITY.search(name):
                term = _short_name(name)
        if term is None or any(t == term for t, _, _ in found):
            continue
        if name is not None and not _ENTITY.search(name):
            name = _entity_before(text, m.start())
        if re.search(r"\byou\s*$", before, re.IGNORECASE):
            name = None
        found.append((term, name, role))
        if len(found) == 4:
            break
    if not found:
        return None
    customer = next(((t, n) for t, n, r in found if r == "customer"), None)
    vendor = next(((t, n) for t, n, r in found if r == "vendor" and (customer is None or t != customer[0])), None)
    others = [(t, n) for t, n, r in found if r is None and n is not None]
    if customer is None and vendor is not None and others:
        customer = others[0]
    elif vendor is None and customer is not None and others:
        vendor = others[0]
    elif customer is None and vendor is None and len(others) >= 2:
        # No role words at all: the party named second usually supplies (Japanese order: 甲 buys, 乙 supplies).
        customer, vendor = others[0], others[1]
    elif customer is None and vendor is None and len(others) == 1 and _addresses_you(text):
        customer, vendor = ("you", None), others[0]
    if customer is None and vendor is not None and _addresses_you(text):
        customer = ("you", None)
    if customer is None and vendor is None:
        return None
    fallback = _from_defined_terms(text)
    return Parties(
        customer=customer[0] if customer else fallback.customer,
        vendor=vendor[0] if vendor else fallback.vendor,
        customer_name=customer[1] if customer else None,
        vendor_name=vendor[1] if vendor else None,
        source="preamble",
    )


def _entity_before(text: str, at: int) -> str | None:
    """The legal entity's name ending just before ``at`` ("... use of the CopyAI, Inc. (" -> "CopyAI, Inc.")."""
    window = text[max(0, at - 120) : at].rstrip()
    m = re.search(r"((?:[A-Z0-9][\w.&'’-]*[ ,]+){1,6}?(?:" + _ENTITY.pattern + r"))\s*$", window)
    if not m:
        return None
    name = m.group(1).strip(" ,")
    return name if name[:1].isupper() or not name[:1].isascii() else None


def _short_name(name: str) -> str:
    """ "Jasper AI, Inc." -> "Jasper AI" (the name without its legal form)."""
    cut = _ENTITY.search(name)
    short = name[: cut.start()].strip(" ,") if cut and cut.start() > 0 else name
    return short or name


def _uses(text: str, term: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text))


_COUNTERPARTY = re.compile(r"\b(?:between|and|with|by)\s+((?:[A-Z][\w.&’'-]*)(?:\s+[A-Z][\w.&’'-]*){0,3})")


def _named_counterparty(head: str, text: str, customer: str) -> str | None:
    """The other party's name in the preamble's "between ... and NAME" when no bracket defines it: a
    capitalised name (not a role word, not the customer) that the contract uses at least five times."""
    for m in _COUNTERPARTY.finditer(head):
        name = m.group(1).strip(" .,’'")
        words = name.split()
        while words and _uses(text, " ".join(words)) < 5:
            words.pop()  # "Mistral AI as" -> "Mistral AI"
        name = " ".join(words)
        if (
            not name
            or name.lower() in ("the", "this", "these", customer.lower())
            or _role(name) is not None
            or _NOT_PARTY.search(name)
            or name.lower() in _VENDOR_PRONOUNS | _CUSTOMER_PRONOUNS
        ):
            continue
        return name
    return None


def _addresses_you(text: str) -> bool:
    """Terms written to "you": the customer is "you" throughout."""
    return len(re.findall(r"\byou(?:r)?\b", text[:20000], re.IGNORECASE)) >= 8


def _from_defined_terms(text: str) -> Parties:
    counts: Counter[str] = Counter()
    for term in CUSTOMER_TERMS + VENDOR_TERMS:
        if term.isascii():
            counts[term] = len(re.findall(rf"\b{re.escape(term)}\b", text))
            # a role word the contract neither defines nor uses as a name ("a third-party provider") is no party
            if counts[term] and not re.search(
                rf"[{_Q_OPEN}]{re.escape(term)}[{_Q_CLOSE}]|\b[Tt]he {re.escape(term)}\b"
                rf"|(?:^|[.;:]\s+){re.escape(term)} (?:shall|will|may|must)\b",
                text,
            ):
                counts[term] = 0
        else:
            counts[term] = text.count(term)
    cust = max(CUSTOMER_TERMS, key=lambda t: (counts[t], -CUSTOMER_TERMS.index(t)))
    vend = max(VENDOR_TERMS, key=lambda t: (counts[t], -VENDOR_TERMS.index(t)))
    if counts[cust] == 0 and _addresses_you(text):
        return Parties(
            customer="you",
            vendor=vend if counts[vend] else "Vendor",
            source="defined_terms" if counts[vend] else "default",
        )
    if counts[cust] == 0 and counts[vend] == 0:
        return Parties(customer="Customer", vendor="Vendor", source="default")
    return Parties(
        customer=cust if counts[cust] else "Customer", vendor=vend if counts[vend] else "Vendor", source="defined_terms"
    )


def _uses_article(text: str, term: str) -> bool:
    """True when the contract mostly writes "the Client" rather than "Client" in running text."""
    if not term.isascii() or term.lower().startswith("party "):
        return False
    bare = len(re.findall(rf"(?<![\"“'‘])\b{re.escape(term)}\b(?![\"”'’])", text))
    with_the = len(re.findall(rf"\b[Tt]he {re.escape(term)}\b", text))
    return bare > 0 and with_the * 2 > bare


def detect_parties(text: str, preamble_end: int | None = None) -> Parties:
    """The parties of the contract whose reading text is ``text``.

    ``preamble_end`` bounds the search for the bracketed definitions (the start
    of the first numbered clause); by default the first 4,000 characters.
    """
    head = text[: preamble_end if preamble_end else 4000]
    found = _from_preamble(head) or _from_preamble(text[:12000]) or _from_defined_terms(text)
    if (
        (found.source != "default" or found.customer == "you")
        and found.vendor_name is None
        and _uses(text, found.vendor) < 2
    ):
        # "... between you (the "Customer") and Mistral AI as of ...": a name the contract keeps using
        other = _named_counterparty(head if len(head) > 200 else text[:4000], text, found.customer)
        if other:
            found = replace(
                found, vendor=other, vendor_name=None, source="preamble" if found.source == "default" else found.source
            )
    return replace(
        found, customer_article=_uses_article(text, found.customer), vendor_article=_uses_article(text, found.vendor)
    )


def parties_of_tree(tree) -> Parties:
    """:func:`detect_parties` for a ClauseTree, bounded by its first numbered clause."""
    text = tree.document.text
    first = next((c.start for c in tree.clauses if c.number and c.kind == "section"), None)
    if first is not None and first < 200:
        first = None
    return detect_parties(text, first)


__all__ = ["Parties", "detect_parties", "parties_of_tree"]
