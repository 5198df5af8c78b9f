"""The rule engine: clause labels + extracted facts + a playbook -> findings and summaries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..classify.labels import AI_LABELS, HUMAN_NAMES, LabelledClause
from ..document import Block, Citation, ClauseTree, Document, Page, SourceFile, cite_number, clause_label
from ..findings import Applicability, Finding, Fix, Location, fingerprint, sort_findings
from .facts import LawFacts
from .kinds import RUNNERS, Hit
from .loader import Rule, normalise
from .playbook import Playbook
from .summaries import (
    AiSummary,
    DisputeSummary,
    ForumBranch,
    LanguagePrecedence,
    LawBranch,
    LawSummary,
    missing_ai,
)

#: Cheap pre-filter: only clauses that could be about law or disputes go through the extractor.
LAW_HINT = re.compile(
    r"law|court|arbitra|jurisdic|dispute|venue|mediat|tribunal|litigat|claim|govern|statute|"
    r"準拠|管轄|裁判|仲裁|調停|紛争|協議|法に|法令|言語|正文|language",
    re.IGNORECASE,
)


@dataclass(slots=True)
class ClauseInfo:
    id: str
    number: str | None
    heading: str | None
    text: str  # the clause's own text
    norm: str
    page: int
    page_end: int
    start: int
    end: int
    parent: str | None
    labels: set[str] = field(default_factory=set)
    stance: dict[str, str] = field(default_factory=dict)
    binds: str | None = None
    review: set[str] = field(default_factory=set)
    scores: dict[str, float] = field(default_factory=dict)
    facts: LawFacts | None = None
    kind: str = "section"
    citation: str | None = None  # the full path as a reader cites it ("7.1(iv)", "3.2", "第15条第2項")
    why: dict[str, tuple[str, ...]] = field(default_factory=dict)  # AI label -> the words that justify it
    operative: set[str] = field(default_factory=set)  # AI labels whose document stance this clause decides
    conflicting: set[str] = field(default_factory=set)  # AI labels on which it contradicts the operative clause

    pages_known: bool = True  # False for a Word or text file read as one page

    @property
    def where(self) -> Citation:
        """How a reader finds the clause (the one citation every output uses)."""
        label = clause_label(self.number, self.heading, self.text)
        return Citation(self.citation or self.number, self.text, label, self.page, self.page_end, self.pages_known)

    @property
    def cite(self) -> str:
        return self.where.prose

    @property
    def known_facts(self) -> LawFacts:
        """The facts of a clause already chosen for having them (a governing-law or dispute clause with facts)."""
        assert self.facts is not None, self.id
        return self.facts

    def evidence(self, limit: int = 240) -> str:
        flat = " ".join(self.text.split())
        return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"

    def values(self) -> dict[str, Any]:
        f = self.facts
        if f is None:
            return {}
        return {
            "law": ", ".join(f.governing_law),
            "forum": f.forum or "",
            "seat": f.seat or "",
            "institution": f.institution or "",
            "reference": f.wrong_reference or "",
        }


@dataclass(slots=True)
class DocFacts:
    file: str
    clauses: list[ClauseInfo]
    background_only: set[str] = field(default_factory=set)  # AI labels carried only by definitions/pointers
    pages_known: bool = True  # False for a Word file read as one page
    text: str = ""  # the document's text (clause offsets point into it)

    def deciding(self, label: str) -> list[ClauseInfo]:
        """The clauses that decide ``label`` for the document: for an AI label its operative clause and
        any clause that contradicts it; for the others every clause carrying the label."""
        if label in _AI:
            return [c for c in self.clauses if label in c.operative or label in c.conflicting]
        return [c for c in self.clauses if label in c.labels]


_AI = {str(a) for a in AI_LABELS}


def build_doc_facts(tree: ClauseTree, labelled: Mapping[str, LabelledClause], file: str | None = None) -> DocFacts:
    from .lawfacts import extract_facts

    infos: list[ClauseInfo] = []
    cites = tree.citations()
    for c in tree.clauses:
        own = tree.document.text[c.start : c.own_end]
        lab = labelled.get(c.id)
        info = ClauseInfo(
            id=c.id,
            number=c.number,
            heading=c.heading,
            text=own,
            norm=normalise(own),
            page=c.page,
            page_end=c.page_end,
            start=c.start,
            end=c.end,
            parent=c.parent,
            labels=set(lab.labels) if lab else set(),
            stance=dict(lab.stance) if lab else {},
            binds=lab.binds if lab else None,
            review=set(lab.review) if lab else set(),
            scores=dict(lab.scores) if lab else {},
            kind=c.kind,
            citation=cites.get(c.id),
            pages_known=tree.pages_known,
            why={k: tuple(v) for k, v in (lab.evidence.items() if lab else ())},
        )
        law_labelled = info.labels & {"governing_law", "dispute_resolution"}
        if law_labelled or LAW_HINT.search(own):
            heading = " ".join(h for h in (c.heading or "",) if h)
            facts = extract_facts(own, heading=heading)
            info.facts = facts
            # Rules override the model where the text leaves no doubt (issue 4):
            if facts.strong_law:
                info.labels.add("governing_law")
            if facts.strong_dispute:
                info.labels.add("dispute_resolution")
            if (
                "dispute_resolution" in info.labels
                and not facts.mechanism
                and (facts.good_faith_only or facts.language_precedence)
            ):
                info.labels.discard("dispute_resolution")
            if (
                "governing_law" in info.labels
                and facts.language_precedence
                and not facts.governing_law
                and not facts.strong_law
            ):
                info.labels.discard("governing_law")
            # Missing means missing (issue 20): the model's label on a clause that never speaks of a governing
            # law, or that names no dispute route, does not make the contract "choose an unrecognised law" or
            # "resolve disputes" ("arbitration fees", a DPA's mention of courts, a credits notice).
            if "governing_law" in info.labels and not (
                facts.governing_law or facts.law_ambiguous or facts.strong_law or facts.law_cue
            ):
                info.labels.discard("governing_law")
            if "dispute_resolution" in info.labels and not facts.mechanism and not facts.strong_dispute:
                info.labels.discard("dispute_resolution")
        infos.append(info)
    _mark_wrong_references(infos)
    doc = DocFacts(
        file=file or tree.document.source.path,
        clauses=infos,
        pages_known=tree.pages_known,
        text=tree.document.text,
    )
    mark_operative(tree, doc)
    return doc


def _mark_wrong_references(infos: list[ClauseInfo]) -> None:
    """Record, in a law/dispute clause's facts, a reference of it that points to the wrong clause."""
    from dataclasses import replace

    from .references import wrong_references

    for cid, refs in wrong_references([c for c in infos]).items():
        info = next(c for c in infos if c.id == cid)
        if info.facts is None:
            continue
        info.facts = replace(info.facts, wrong_reference="; ".join(r.describe() for r in refs))


def mark_operative(tree: ClauseTree, doc: DocFacts) -> None:
    """Mark each AI label's operative clause (and any clause contradicting it); see checks/operative.py."""
    from ..segment.parties import parties_of_tree
    from .operative import choose, promised_stance, vendor_subject

    if not any(c.labels & _AI or c.review & _AI for c in doc.clauses):
        return
    parties = parties_of_tree(tree)
    vendor = vendor_subject([parties.vendor, parties.vendor_name or "", (parties.vendor_name or "").split(" ")[0]])
    index = {c.id: c for c in tree.clauses}
    headings: dict[str, list[str]] = {}
    for c in tree.clauses:
        chain, parent = [], c.parent
        while parent is not None:
            chain.append(index[parent].heading or "")
            if index[parent].kind == "preamble":
                chain.append("Preamble")  # an item of the preamble is a recital: it never decides
            parent = index[parent].parent
        headings[c.id] = chain
    for label in _AI:
        found = [c for c in doc.clauses if label in c.labels]
        sure = [c for c in found if label not in c.review]
        choice = choose(label, sure, headings, vendor)
        if choice.operative is None and not choice.only_background:
            choice = choose(label, found, headings, vendor)
        elif choice.operative is None:
            unsure = choose(label, [c for c in found if label in c.review], headings, vendor)
            choice = unsure if unsure.operative is not None else choice
        if choice.operative is not None:
            choice.operative.operative.add(label)
            promised = promised_stance(label, choice.operative.text, vendor)
            if promised and choice.operative.stance.get(label) and choice.operative.stance[label] != promised:
                choice.operative.stance[label] = promised
            for other in choice.conflicts:
                other.conflicting.add(label)
        elif found:
            doc.background_only.add(label)


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "—"


def format_message(template: str, hit: Hit, playbook: Playbook) -> str:
    info = hit.info
    vals = _Values()
    vals.update({k: ("" if v is None else v) for k, v in hit.values.items() if not isinstance(v, list)})
    where = info.where if info is not None else None
    vals["number"] = (where.path or where.prose) if where else "—"
    vals["heading"] = (info.heading or "") if info else ""
    vals["match"] = hit.evidence
    for k in list(vals):
        if vals[k] == "":
            vals[k] = "—"

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("playbook."):
            return playbook.value(name.split(".", 1)[1]) or "—"
        return str(vals[name])

    if where is not None and where.path and cite_number(where.path) == where.path:
        # "Clause {number}" with a self-named number reads "Clause Article 7": cite it as "Article 7"
        # (and a clause cited by its heading as "“Fees”", not "Clause “Fees”").
        template = re.sub(r"\b[Cc]lause \{number\}", "{number}", template)
    if where is not None and not where.path:
        # "Clause {number}" reads "Clause the clause ..." for an unnumbered clause: cite it by its words.
        quoted = where.prose[len("the clause ") :]
        quoted = quoted.replace("{", "(").replace("}", ")")
        template = re.sub(r"(^|(?<=[.!?] ))Clause \{number\}", lambda m: m.group(1) + "The clause " + quoted, template)
        template = re.sub(r"\b[Cc]lause \{number\}", lambda m: "the clause " + quoted, template)
    return re.sub(r"\{([a-z_.]+)\}", repl, template)


def selected(rule: Rule, playbook: Playbook, select: Iterable[str], ignore: Iterable[str], preview: bool) -> bool:
    if rule.status == "removed" or (rule.status == "preview" and not preview):
        return False
    sel = tuple(select) or playbook.select
    ign = tuple(ignore) + playbook.ignore
    if sel and not any(rule.id.startswith(s) for s in sel):
        return False
    return not any(rule.id.startswith(s) for s in ign)


def run_rule(rule: Rule, doc: DocFacts, playbook: Playbook) -> list[Finding]:
    hits = RUNNERS[rule.kind](rule, doc, playbook)
    severity = playbook.severity.get(rule.id, rule.severity)
    out = []
    for hit in hits:
        info = hit.info
        message = format_message(rule.message, hit, playbook)
        # labels of this rule that the model put in the review band for this clause
        doubtful = [str(lbl) for lbl in rule.applies_to if str(lbl) in info.review] if info is not None else []
        if info is None:
            review = [c for c in hit.values.get("review", []) if isinstance(c, ClauseInfo)]
            if review:
                where = f" (page {review[0].page})" if doc.pages_known else ""
                message += f" The model was unsure about {review[0].cite}{where}; please review it."
            loc = Location(doc.file, 0, 0, 1, 1, None, None)
        else:
            loc = Location(doc.file, info.start, info.end, info.page, info.page_end, info.id, info.where.path)
            if doubtful:
                name = HUMAN_NAMES.get(doubtful[0], doubtful[0])
                name = name if name.startswith("AI") else name[0].lower() + name[1:]
                message += f" The model was unsure whether this clause is about {name}; please review it."
        fix = None
        if rule.fix is not None:
            # On a clause the model was unsure of, the suggestion is shown but never applied: a redline
            # must not replace a definition or a services item the model only half-recognised.
            applicability = Applicability.DISPLAY_ONLY if doubtful else rule.fix.applicability
            fix = Fix(title=rule.fix.title, edits=(), applicability=applicability, library_id=rule.fix.library)
        out.append(
            Finding(
                rule_id=rule.id,
                rule_name=rule.name,
                severity=severity,
                title=format_message(rule.title, hit, playbook),
                message=message,
                location=loc,
                evidence=hit.evidence,
                fix=fix,
                fingerprint=fingerprint(rule.id, (info.citation or info.number) if info else None, hit.evidence),
                quote=finding_quote(rule, info) if info is not None else "",
            )
        )
    return out


#: rule -> the words of the sentence a finding quotes (the rule's own topic; GL rules quote the law's sentence)
_QUOTE_TOPIC: tuple[tuple[str, re.Pattern[str]], ...] = (
    # DR015: the sentence that holds the hearing where the user lives (lawfacts' own reading of it)
    # DR017: the sentence in which one party alone may go to other courts (lawfacts' own reading of it)
    ("DR018", re.compile(r"\b(?:Section|Clause|Article|Paragraph)s?\s*\d", re.IGNORECASE)),
    ("DR016", re.compile(r"\b(?:Section|Clause)s?\s*\d[^.;]{0,80}\bof the\b", re.IGNORECASE)),
    # DF002/DF003: the sentence that cites a schedule or a clause by number and name
    ("DF002", re.compile(r"\b(?:Schedule|Annex|Appendix|Exhibit|Attachment|Addendum)\s+\w{1,4}\s*\(", re.IGNORECASE)),
    ("DF003", re.compile(r"(?:\b(?:Section|Clause|Article|Paragraph)s?|§)\s*\d[\d.]*\s*\(", re.IGNORECASE)),
    ("DR00", re.compile(r"arbitra\w*|\bcourts?\b|jurisdiction|venue|仲裁|裁判|管轄", re.IGNORECASE)),
    ("DR", re.compile(r"\bcourts?\b|jurisdiction|venue|forum|arbitra\w*|仲裁|裁判|管轄", re.IGNORECASE)),
)


def finding_quote(rule: Rule, info: ClauseInfo, words: int = 25) -> str:
    """The sentence of the clause that the finding is about, cut to ``words`` words: the operative sentence
    of an AI clause, the sentence that chooses the law, or the sentence that speaks of the rule's topic."""
    labels = [str(x) for x in rule.applies_to]
    ai = next((x for x in labels if x in {str(a) for a in AI_LABELS}), None)
    if ai is not None:
        return operative_quote(info, ai, words)
    if rule.id.startswith("GL") and info.facts is not None and info.facts.law_evidence:
        return _cut(info.facts.law_evidence, words)
    from ..segment.sentences import split_sentences

    topic = next((pat for prefix, pat in _QUOTE_TOPIC if rule.id.startswith(prefix)), None)
    if rule.id in ("DR015", "DR017"):
        from .lawfacts import _ONE_SIDED, _SEAT_RESIDENCE

        topic = _SEAT_RESIDENCE if rule.id == "DR015" else _ONE_SIDED
    if info.facts is not None and info.facts.wrong_reference and rule.id == "DR018":
        said = info.facts.wrong_reference.split(" for the ")[0]
        topic = re.compile(re.escape(said))
    body = " ".join(info.text.split())
    sentences = [body[a:b] for a, b in split_sentences(body) if body[a:b].strip()] or [body]
    if topic is not None:
        hit = next((x for x in sentences if topic.search(x)), None)
        if hit is not None:
            return _cut(hit, words)
    return _cut(sentences[0], words)


def _cut(sentence: str, words: int) -> str:
    parts = " ".join(sentence.split()).split()
    if len(parts) <= 1 and parts and not parts[0].isascii():
        return parts[0][: words * 2] + ("…" if len(parts[0]) > words * 2 else "")
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def run_rules(
    rules: Iterable[Rule],
    doc: DocFacts,
    playbook: Playbook,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    preview: bool = False,
) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        if selected(rule, playbook, select, ignore, preview):
            findings.extend(run_rule(rule, doc, playbook))
    return sort_findings(findings)


# --- document-level summaries ------------------------------------------------------


def operative_quote(info: ClauseInfo, label: str, words: int = 25) -> str:
    """The sentence of ``info`` that holds most of the label's evidence words, cut to ``words`` words."""
    why = [w.lower() for w in info.why.get(label, ())]
    body = " ".join(info.text.split())
    sentences = [x for x in re.split(r"(?<=[.;。])\s+", body) if x.strip()] or [body]
    from .operative import _POINTER

    # the sentence that says most in the label's own words; one that only points elsewhere comes last
    best = max(
        sentences, key=lambda x: (not _POINTER.search(x), sum(1 for w in why if w in x.lower()), -sentences.index(x))
    )
    if info.number and best.startswith(info.number):
        best = best[len(info.number) :].lstrip(" .)\t")
    if info.heading and best.lower().startswith(info.heading.lower()):
        best = best[len(info.heading) :].lstrip(" .:\t")
    parts = best.split()
    if len(parts) <= 1 and not best.isascii():
        return best[: words * 2] + ("…" if len(best) > words * 2 else "")
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def ai_summary(doc: DocFacts) -> dict[str, AiSummary]:
    """Each AI clause type: found (with the operative clause first), review, or missing."""
    out: dict[str, AiSummary] = {}
    for label in map(str, AI_LABELS):
        found = [c for c in doc.clauses if label in c.labels]
        review = [c for c in doc.clauses if label in c.review and label not in c.labels]
        operative = next((c for c in found if label in c.operative), None)
        if operative is not None:
            conflicts = [c for c in found if label in c.conflicting]
            # The operative clause first, then the clauses the model is sure of, then the unsure ones.
            sure = [c for c in found if label not in c.review and c is not operative]
            unsure = [c for c in found if label in c.review and c is not operative]
            ordered = [operative] + sure + unsure
            entry: AiSummary = {
                "status": "found",
                "stance": operative.stance.get(label),
                "operative": operative.id,
                "clauses": [c.id for c in ordered],
                "unsure": [c.id for c in found if label in c.review],
                "evidence": [c.evidence(200) for c in ordered[:3]],
                "why": list(operative.why.get(label, ())),
                "quote": operative_quote(operative, label),
            }
            if conflicts:
                entry["conflicts"] = [c.id for c in conflicts]
            if label == "distillation":
                entry["binds"] = operative.binds or "customer"
        elif found or review:
            basis = found or review
            entry = {
                "status": "review",
                "stance": None,
                "clauses": [c.id for c in basis],
                "evidence": [c.evidence(200) for c in basis[:3]],
                "note": "only definitions or cross-references carry it" if found else "the model was unsure",
            }
        else:
            entry = missing_ai()
        out[label] = entry
    return out


def _law_sentence(info: ClauseInfo, limit: int = 400) -> str:
    """The sentence that chooses the law, as written (the clause's opening words when none was found)."""
    said = info.facts.law_evidence if info.facts is not None else None
    if not said:
        return info.evidence(limit)
    flat = " ".join(said.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def law_summary(doc: DocFacts) -> LawSummary | None:
    clauses = [c for c in doc.clauses if "governing_law" in c.labels]
    if not clauses:
        return None
    with_law = [c for c in clauses if c.facts is not None and c.facts.governing_law]
    if any(c.known_facts.strong_law for c in with_law):
        # "the applicable laws of Tennessee" in a closing condition does not add a law to one chosen by
        # "This Agreement is governed by ..."
        with_law = [c for c in with_law if c.known_facts.strong_law]
    attached: list[ClauseInfo] = []
    body = [c for c in with_law if not _in_attachment(doc, c)]
    if (
        body
        and len(body) < len(with_law)
        and any(set(c.known_facts.governing_law) - set(c.known_facts.law_statutes) for c in body)
    ):
        # A form of another instrument attached as an exhibit (a guarantee, an escrow agreement) chooses its own
        # law; where the contract's body chooses one, that is the contract's law, and the exhibit's is listed
        attached = [c for c in with_law if c not in body]
        with_law = body
    main = next(
        (c for c in with_law if set(c.known_facts.governing_law) - set(c.known_facts.law_statutes)),
        with_law[0] if with_law else clauses[0],
    )
    codes: list[str] = []
    for c in with_law:
        for code in c.known_facts.governing_law:
            if code not in codes:
                codes.append(code)
    # A federal statute said to govern (the Federal Arbitration Act beside a state's law) is reported, but it
    # does not split the contract's law.
    chosen = [
        code
        for code in codes
        if any(code in c.known_facts.governing_law and code not in c.known_facts.law_statutes for c in with_law)
    ]
    split = len(chosen) > 1 and (
        any(c.known_facts.law_split or c.known_facts.law_conditional for c in with_law)
        or (len({c.parent for c in with_law}) == 1 and len(with_law) > 1)
    )
    f = main.facts
    out: LawSummary = {
        "jurisdiction": None if split else (chosen[0] if chosen else (codes[0] if codes else None)),
        "jurisdictions": codes,
        "split": bool(split),
        "text": _law_sentence(main),
        "clause": main.id,
        "clauses": [c.id for c in clauses],
        "conflict_of_laws_excluded": bool(f and f.conflict_of_laws_excluded)
        or any(c.known_facts.conflict_of_laws_excluded for c in with_law),
        "cisg_excluded": bool(f and f.cisg_excluded)
        or any(c.facts is not None and c.facts.cisg_excluded for c in clauses),
    }
    if split:
        out["branches"] = _law_branches(doc, with_law, chosen)
    if attached:
        out["in_attachments"] = [
            {"law": list(c.facts.governing_law), "clause": c.id} for c in attached if c.facts is not None
        ]
    return out


def _in_attachment(doc: DocFacts, info: ClauseInfo) -> bool:
    """Whether the clause sits in a schedule, exhibit, annex or other attachment (or is its heading)."""
    index = {c.id: c for c in doc.clauses}
    node: ClauseInfo | None = info
    while node is not None:
        if node.kind == "schedule":
            return True
        node = index.get(node.parent) if node.parent else None
    return False


def _law_branches(doc: DocFacts, with_law: list[ClauseInfo], chosen: list[str]) -> list[LawBranch]:
    """Each customer group's (or case's) law and forum, as the contract words the group."""
    forums: dict[str, tuple[str | None, str | None]] = {}
    for c in doc.clauses:
        for cond, forum, code in c.facts.forum_branches if c.facts is not None else ():
            forums.setdefault(cond, (forum, code))
    out: list[LawBranch] = []
    for c in with_law:
        branches = c.known_facts.law_branches or (("", tuple(x for x in c.known_facts.governing_law if x in chosen)),)
        for cond, laws in branches:
            codes = [x for x in laws if x in chosen]
            if not codes:
                continue
            forum_name, forum_code = forums.get(cond, (None, None))
            out.append(
                {
                    "when": cond or None,
                    "law": codes,
                    "forum": forum_name,
                    "forum_jurisdiction": forum_code,
                    "clause": c.id,
                }
            )
    return out


def dispute_summary(doc: DocFacts) -> DisputeSummary | None:
    clauses = [c for c in doc.clauses if "dispute_resolution" in c.labels]
    if not clauses:
        return None
    mechanisms: list[str] = []
    for c in clauses:
        for m in c.facts.mechanism if c.facts else ():
            if m not in mechanisms:
                mechanisms.append(m)

    def first(name: str) -> Any:
        for c in clauses:
            if c.facts is not None and c.facts.get(name) not in (None, (), False):
                return c.facts.get(name)
        return None

    main = next((c for c in clauses if c.facts is not None and (c.facts.forum or c.facts.institution)), clauses[0])
    core = [m for m in mechanisms if m in ("courts", "arbitration")]
    tiers = [m for m in mechanisms if m in ("escalation", "mediation")]
    if "arbitration" in core and any(c.facts is not None and c.facts.binding_arbitration for c in clauses):
        # Where disputes go to binding arbitration, the courts the contract also names hear its carve-outs
        # (injunctions, small claims, claims arbitration cannot take) or enforce the award.
        core = ["arbitration"]
    mechanism: str | None
    if len(core) == 1 and not tiers:
        mechanism = core[0]
    elif core or tiers:
        mechanism = "mixed" if (len(core) + len(tiers)) > 1 else (tiers[0] if tiers else core[0])
    else:
        mechanism = mechanisms[0] if mechanisms else None
    exclusive = next(
        (c.facts.exclusive for c in clauses if c.facts is not None and c.facts.exclusive is not None), None
    )
    branches: list[ForumBranch] = []
    for c in clauses:
        for cond, forum, code in c.facts.forum_branches if c.facts is not None else ():
            branches.append({"when": cond or None, "forum": forum, "forum_jurisdiction": code, "clause": c.id})
    out: DisputeSummary = {
        "mechanism": mechanism,
        "mechanisms": mechanisms,
        "forum": first("forum"),
        "forum_jurisdiction": first("forum_jurisdiction"),
        "institution": first("institution"),
        "rules": first("arbitration_rules"),
        "seat": first("seat"),
        "language": first("language"),
        "arbitrators": first("arbitrators"),
        "exclusive": exclusive,
        "injunctive_relief_carve_out": any(c.facts.injunctive_carve_out for c in clauses if c.facts),
        "clause": main.id,
        "clauses": [c.id for c in clauses],
    }
    if branches:
        out["split"] = True
        out["branches"] = branches
    return out


def language_precedence(doc: DocFacts) -> LanguagePrecedence | None:
    for c in doc.clauses:
        if c.facts is not None and c.facts.language_precedence:
            return {"prevails": c.facts.language_precedence, "clause": c.id}
    return None


# --- building documents from rule examples ---------------------------------------------


def tree_from_clauses(
    clauses: list[Mapping[str, Any]], file: str = "example.txt"
) -> tuple[ClauseTree, dict[str, LabelledClause]]:
    """A ClauseTree and labels from example clauses ``{number, heading, type, text, stance, binds, review, parent}``."""
    from ..document import Clause

    parts: list[str] = []
    blocks: list[Block] = []
    made: list[Clause] = []
    labelled: dict[str, LabelledClause] = {}
    pos = 0
    for i, ex in enumerate(clauses, 1):
        number = ex.get("number")
        text = str(ex.get("text", ""))
        shown = f"{number} {text}" if number else text
        start, end = pos, pos + len(shown)
        parts.append(shown)
        blocks.append(Block(start=start, end=end, page=1, page_end=1))
        cid = f"c{i}"
        # "parent": the number of an earlier example clause this one sits under (its latest occurrence)
        parent = next((c for c in reversed(made) if ex.get("parent") and c.number == str(ex["parent"])), None)
        made.append(
            Clause(
                id=cid,
                number=str(number) if number else None,
                heading=ex.get("heading"),
                start=start,
                end=end,
                own_end=end,
                page=1,
                page_end=1,
                parent=parent.id if parent else None,
                level=parent.level + 1 if parent else 0,
                text=shown,
            )
        )
        types = ex.get("type") or []
        types = [types] if isinstance(types, str) else list(types)
        stance = ex.get("stance") or {}
        if isinstance(stance, str):
            stance = {t: stance for t in types if t in {str(a) for a in AI_LABELS}}
        review = ex.get("review") or []
        labelled[cid] = LabelledClause(
            clause_id=cid,
            labels=tuple(types),
            scores={t: 1.0 for t in types},
            stance=dict(stance),
            binds=ex.get("binds"),
            review=tuple([review] if isinstance(review, str) else review),
        )
        pos = end + 1
    text = "\n".join(parts)
    source = SourceFile(path=file, sha256="0" * 64, kind="txt", size=len(text))
    doc = Document(source=source, text=text, pages=(Page(1, 0, len(text)),), blocks=tuple(blocks))
    return ClauseTree(document=doc, clauses=tuple(made)), labelled
