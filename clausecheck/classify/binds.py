"""Who a restriction binds, read from the sentence's subject.

"Party B shall not ... use ... Outputs to develop any other model" binds the
vendor when the contract's preamble makes Party B the vendor; "You must not use
the Outputs to train ..." binds the customer; "Neither party shall ..." binds
both.  The subject is the words before the first modal of the sentence (or of
the list's lead-in, "Customer shall not: (a) ..."), mapped through the parties
the preamble and definitions name (:mod:`clausecheck.segment.parties`), the
pronouns of terms of service ("we" the vendor, "you" the customer) and the
role words contracts use ("Licensee", "Provider" ...).  When the subject
cannot be mapped, the classifier's own reading stands.
"""

from __future__ import annotations

import re

from ..segment.parties import CUSTOMER_TERMS, VENDOR_TERMS, Parties

_MODAL = re.compile(
    r"\b(?:shall|will|must|may|agrees?|undertakes?|covenants?|is|are|cannot|can)\s+(?:not|never|only|be)\b|"
    r"\b(?:shall|will|must|may|agrees?|undertakes?)\b|\bis (?:prohibited|not permitted|forbidden)\b",
    re.IGNORECASE,
)
_JA_SUBJECT = re.compile(r"^[^、。]{1,20}?(?=は、|は|が、)")

_CUSTOMER_WORDS = {t.lower() for t in CUSTOMER_TERMS if t.isascii() and t != "Company"} | {
    "you",
    "your",
    "user",
    "users",
    "end user",
    "end users",
    "licensee",
    "recipient",
    "member",
    "members",
    "developer",
    "developers",
    "account holder",
    "利用者",
    "ユーザー",
    "ユーザ",
    "お客様",
    "会員",
    "甲",
}
_VENDOR_WORDS = {t.lower() for t in VENDOR_TERMS if t.isascii() and t not in ("Developer",)} | {
    "we",
    "us",
    "our",
    "company",
    "service provider",
    "当社",
    "弊社",
    "乙",
    "提供者",
}
_BOTH = re.compile(
    r"\b(?:neither party|no party|each party|the parties|both parties|either party)\b|"
    r"両当事者|各当事者|いずれの当事者",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:may|shall|must|will) not be used\b|\bis prohibited\b|\bare prohibited\b", re.IGNORECASE)


def _subject(sentence: str) -> str | None:
    s = sentence.strip()
    m = _JA_SUBJECT.match(s)
    if m and not s.isascii():
        return m.group(0)
    m = _MODAL.search(s)
    if not m:
        return None
    subj = s[: m.start()].strip(" ,;:")
    # the subject is the last noun phrase before the modal: drop leading conditions ("Except as ..., ")
    subj = re.split(r"[,;:]\s+", subj)[-1]
    subj = re.sub(r"^(?:and|or|but|that|the|in addition|further(?:more)?)\s+", "", subj, flags=re.IGNORECASE)
    return subj[-60:] if subj else None


def _role(subject: str, parties: Parties) -> str | None:
    s = subject.strip().strip('"“”[]').lower()
    s = re.sub(r"^(?:the|each|any)\s+", "", s)
    if _BOTH.search(subject):
        return "both"
    names = {
        "customer": {parties.customer.lower(), (parties.customer_name or "").lower()},
        "vendor": {parties.vendor.lower(), (parties.vendor_name or "").lower()},
    }
    for role, ns in names.items():
        for n in ns:
            if n and (s == n or s.endswith(" " + n) or (len(n) > 3 and n in s)):
                return role
        # a company's short name: the first word of its full name ("xAI" for "X.AI LLC")
        for n in ns:
            first = n.split()[0] if n.split() else ""
            if len(first) > 2 and s.split() and s.split()[-1] == first:
                return role
    last = s.split()[-1] if s.split() else s
    if s in _CUSTOMER_WORDS or last in _CUSTOMER_WORDS or any(w in s for w in ("利用者", "ユーザ", "お客様")):
        return "customer"
    if s in _VENDOR_WORDS or last in _VENDOR_WORDS or any(w in s for w in ("当社", "弊社")):
        return "vendor"
    return None


def binds_from_text(text: str, cue: re.Pattern[str], parties: Parties, lead_in: str = "") -> str | None:
    """Who the restriction in ``text`` binds: "customer", "vendor", "both", or None when unclear.

    Reads the first sentence that holds a ``cue`` (the label's own words); a list item with no
    subject of its own takes its lead-in's subject.
    """
    sentences = re.split(r"(?<=[.;。])\s+|\n", text)
    cued = [s for s in sentences if cue.search(s)]
    # a run-in heading ("No Distillation.") names the subject matter but binds nobody: prefer a
    # cue sentence with a subject and a modal of its own
    target = next((s for s in cued if _subject(s)), cued[0] if cued else None)
    if target is None:
        return None
    roles = []
    for where in (target, lead_in):
        if not where:
            continue
        subj = _subject(where)
        role = _role(subj, parties) if subj else None
        if role:
            roles.append(role)
            break
    if roles:
        return roles[0]
    if _PASSIVE.search(target):
        return "customer"  # "Outputs may not be used to ...": a restriction on the user of the service
    return None
