"""Governing-law and dispute-resolution facts from one clause's text (English and Japanese).

English place and law names are found with a spaCy ``PhraseMatcher`` over the
jurisdiction gazetteer in ``rules/gazetteer/jurisdictions.yaml`` (a blank
English pipeline, no model download); what they *mean* (chosen law, forum,
seat) comes from the cue phrases around them.  Japanese clauses (準拠法,
合意管轄, 仲裁) are read with the gazetteer's Japanese names and patterns on
NFKC-normalised text.

spaCy costs about 1.7 s to import, so :func:`preload` starts that import in a
background thread when a check begins; by the time a clause needs it, the
import has usually finished behind extraction and classification.
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..resources import rules_dir
from .facts import LawFacts

# --- the gazetteer -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    code: str
    kind: str  # name | adjective | city | ja
    text: str


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Any]:
    from .yamlfile import load_yaml

    data = load_yaml(rules_dir() / "gazetteer" / "jurisdictions.yaml")
    return {"jurisdictions": dict(data["jurisdictions"]), "institutions": dict(data["institutions"])}


_NLP_LOCK = threading.Lock()
_NLP: dict[str, Any] = {}


def _load_spacy() -> None:
    with _NLP_LOCK:
        if "matcher" in _NLP:
            return
        blocked = "torch" not in sys.modules
        if blocked:
            sys.modules["torch"] = None  # type: ignore[assignment]  # keep thinc from importing torch (~2 s)
        try:
            import spacy
            from spacy.matcher import PhraseMatcher
        finally:
            if blocked and sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]
        nlp = spacy.blank("en")
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for code, entry in gazetteer()["jurisdictions"].items():
            for kind in ("names", "adjectives", "cities"):
                names = [n for n in (entry.get(kind) or []) if n]
                if names:
                    matcher.add(f"{code}|{kind[:-1] if kind != 'cities' else 'city'}",
                                [nlp.make_doc(n) for n in names])
        _NLP["nlp"] = nlp
        _NLP["matcher"] = matcher


_PRELOAD: list[threading.Thread] = []


def preload() -> None:
    """Start importing spaCy in the background (idempotent)."""
    if "matcher" in _NLP or _PRELOAD:
        return
    t = threading.Thread(target=_safe_load, name="clausecheck-spacy-preload", daemon=True)
    _PRELOAD.append(t)
    t.start()


def _safe_load() -> None:
    try:
        _load_spacy()
    except Exception:  # noqa: BLE001 - the foreground call will raise it properly
        pass


#: spaCy tokenises at most this many characters at once (its own limit is 1,000,000, and a Doc costs
#: memory per token): a longer clause, such as a whole contract without numbering, is read in pieces.
PIECE_CHARS = 100_000


def _pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text``, each cut after a line break or a space when there is one."""
    out = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = max(text.rfind("\n", start + size // 2, end), text.rfind(". ", start + size // 2, end) + 1)
        if cut <= start:
            cut = text.rfind(" ", start + size // 2, end)
        if cut <= start:
            cut = end
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def english_mentions(text: str) -> list[Mention]:
    if len(text) > PIECE_CHARS:
        return [Mention(m.start + offset, m.end + offset, m.code, m.kind, m.text)
                for offset, piece in _pieces(text) for m in english_mentions(piece)]
    if "matcher" not in _NLP:
        _load_spacy()
    from spacy.util import filter_spans

    nlp, matcher = _NLP["nlp"], _NLP["matcher"]
    doc = nlp.make_doc(text)
    spans = []
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        span.label_ = nlp.vocab.strings[match_id]
        spans.append(span)
    out = []
    for span in filter_spans(spans):
        code, kind = span.label_.split("|")
        # Short all-caps or ambiguous names must keep their case: "US" the country, not "us".
        if span.text.isupper() is False and span.text.lower() in {"us", "the us", "uk"}:
            continue
        out.append(Mention(span.start_char, span.end_char, code, kind, span.text))
    return out


@lru_cache(maxsize=1)
def _ja_names() -> list[tuple[str, str]]:
    pairs = []
    for code, entry in gazetteer()["jurisdictions"].items():
        for name in entry.get("ja") or []:
            pairs.append((name, code))
    return sorted(pairs, key=lambda p: -len(p[0]))


def japanese_mentions(text: str) -> list[Mention]:
    taken = [False] * len(text)
    out = []
    for name, code in _ja_names():
        for m in re.finditer(re.escape(name), text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            out.append(Mention(m.start(), m.end(), code, "ja", name))
    return sorted(out, key=lambda m: m.start)


# --- shared helpers ---------------------------------------------------------------------

_JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SENT = re.compile(r"(?<=[.;!?。])\s+|(?<=。)|\n+")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENT.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


def _collapse(codes: list[str]) -> list[str]:
    """Drop a bare country when one of its subdivisions is named (US with US-CA, GB with GB-ENG)."""
    out = []
    for c in codes:
        if "-" not in c and any(o.startswith(c + "-") for o in codes):
            continue
        if c not in out:
            out.append(c)
    return out


def _institutions(text: str) -> list[tuple[int, str, str]]:
    found = []
    lowered = text.lower() if text.isascii() else None
    for short, names in gazetteer()["institutions"].items():
        for name in names:
            # a plain substring test first: a long clause is scanned once per name, not once per regex
            if _JA_CHARS.search(name):
                if name not in text:
                    continue
                for m in re.finditer(re.escape(name), text):
                    found.append((m.start(), short, name))
            elif name.isupper() and len(name) <= 6:
                if name not in text:
                    continue
                for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text):
                    found.append((m.start(), short, name))
            else:
                if lowered is not None and name.isascii() and name.lower() not in lowered:
                    continue
                for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text, re.IGNORECASE):
                    found.append((m.start(), short, name))
    found.sort()
    return found


# --- English ------------------------------------------------------------------------------

_GL_CUE = re.compile(
    r"govern|constru|interpret|choice of law|applicable law|proper law|subject to the (substantive )?laws?|"
    r"\blaw applicable to\b|subject to [A-Z][\w.]+( [A-Z][\w.]+)? law\b|"
    r"in accordance with the (substantive |internal )?laws?|under the (substantive |internal )?laws?|"
    r"laws? (of|in) .{0,60}(shall|will) (apply|govern)|(shall|will) be enforced|"
    r"\b(appl(y|ies)|shall apply|will apply) (exclusively )?to (this|these|the|all|any)\b|(shall|will) (exclusively )?apply\b|"
    r"\bcontrols? (this|these|the)\b|\b(is|are) the law of\b|\bas the (governing |applicable )?law\b|"
    r"\b(determined|decided|answered|resolved|settled|judged) (by|under|in accordance with)\b[^.;]{0,40}\blaws?\b|"
    r"\b(choose|chose|chosen|select|selected|elect)\b[^.;]{0,20}\blaws?\b", re.IGNORECASE)
_GL_STRONG = re.compile(
    r"(agreement|terms|contract|addendum|eula|licen[cs]e|order|sow|schedule|conditions|document|disputes?|claims?|"
    r"matters|validity|interpretation|construction|performance|relationship|arbitration agreement|clause|"
    r"obligations|policy|statement of work)\b[^.;]{0,160}\b(governed|construed|interpreted|enforced|"
    r"subject to the (substantive |internal )?laws?)|governing law\s*[:.\-–—]|"
    r"\blaws? of .{1,80}? (shall|will|do|does) govern|\blaw (shall|will) govern|"
    r"\b(is|are) governed by|choice of law|applicable law\s*:|"
    r"\blaws?\b[^.;]{0,80}\b(appl(y|ies)|shall apply|will apply) (exclusively )?to (this|these|the) "
    r"(agreement|terms|contract|order|licen[cs]e|conditions)|"
    r"\blaws?\b[^.;]{0,80}\b(shall |will )?(exclusively )?apply\b|"
    r"\blaws?\b[^.;]{0,80}\bcontrols? (this|these|the)\b|\b(is|are) the law of (this|these|the)\b|"
    r"\b(choose|chose|select|elect)\b[^.;]{0,20}\blaws?\b|"
    r"\b(determined|decided|answered|judged) (by|under|in accordance with)\b[^.;]{0,40}\blaws?\b", re.IGNORECASE)
_LAWS_OF_BEFORE = re.compile(
    r"(laws?|legislation|statutes?)(,? (and|or) (the )?(federal|state|provincial|applicable)( laws?)?)?"
    r"( (in force|applicable|prevailing|as applied))?( (of|in|within|for))( and for)?\s+(the\s+)?"
    r"((state|commonwealth|province|republic|kingdom|federal republic|people's republic)\s+of\s+)?$",
    re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(governing law|applicable law|choice of law|law)\s*[:\-–—]\s*(the\s+)?(laws?\s+of\s+)?"
                           r"(the\s+)?((state|commonwealth|province)\s+of\s+)?$", re.IGNORECASE)
_LAW_AFTER = re.compile(r"^\s*(\([^)]{1,30}\)\s*)?(substantive\s+|federal\s+|state\s+|internal\s+)?law(s)?\b",
                        re.IGNORECASE)
_AND_BEFORE = re.compile(r"^\s*(,|and|or|and the|or the|, and|, or|and of|and, where applicable,)\s*(the\s+)?"
                         r"((state|commonwealth|province)\s+of\s+)?$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"laws?\s+of\s+(the\s+)?((state|province|country)\s+of\s+)?(\[[^\]]{0,30}\]|_{3,}|"
                          r"\(insert[^)]*\)|<[^>]{0,30}>)", re.IGNORECASE)
_APPLICABLE_ONLY = re.compile(r"(governed by|in accordance with|subject to) (the |all )?(applicable|relevant) laws?",
                              re.IGNORECASE)
_SPLIT_CUE = re.compile(r"\b(if|where|for (customers?|entities|licensees?|clients?|users?|orders?)|in the case of|"
                        r"otherwise|located|domiciled|incorporated|resident|headquartered|established|"
                        r"government (entity|customer|agency)|whose)\b", re.IGNORECASE)
_CONFLICT = re.compile(
    r"((without|with no) (regard|reference|giving effect|recourse) to|excluding|exclusive of|disregarding|"
    r"other than|irrespective of|notwithstanding|except)[^.;]{0,80}(conflicts?[- ]of[- ]laws?|choice[- ]of[- ]laws?|"
    r"private international law|conflicts? rules|rules of conflict|rules on conflicts? of laws?|conflicts? principles)|"
    r"(conflicts?[- ]of[- ]laws?|choice[- ]of[- ]laws?)[^.;]{0,60}(shall|will|do|does) not apply", re.IGNORECASE)
_ARB_COURT_NAMES = re.compile(r"(London |Permanent |International )?Court of (International )?Arbitration|"
                              r"International Arbitration Court|Arbitration Court", re.IGNORECASE)
_COMPLY = re.compile(r"\bcomply\b|\bcompliance with\b|\bin compliance\b", re.IGNORECASE)
_CISG = re.compile(r"international sale of goods|\bCISG\b|vienna convention|UN Sales Convention", re.IGNORECASE)
_EXCLUDE_WORDS = re.compile(r"not (apply|govern)|shall not|will not|does not|do not|excluded|exclud|disclaim|"
                            r"no application|inapplicable|opt(s|ed)? out", re.IGNORECASE)

_ARB = re.compile(r"arbitrat|arbitral", re.IGNORECASE)
_ARB_BINDING = re.compile(
    r"(resolved|settled|determined|decided|referred|submitted|adjudicated|heard)[^.;]{0,80}\b(by|to|through|under|in)"
    r"[^.;]{0,50}arbitration|binding arbitration|arbitration[^.;]{0,60}(shall|will) be (final|binding)|"
    r"submit[^.;]{0,60}to (binding |final )?arbitration|(shall|will|must) (be )?arbitrate|"
    r"agree to arbitrate|final and binding arbitration|arbitration (administered|conducted) by", re.IGNORECASE)
_COURT_CUE = re.compile(
    r"(exclusive|non[- ]?exclusive|sole)\s+(and exclusive\s+)?(jurisdiction|venue|forum)|"
    r"submits?( itself| themselves)? to the[^.;]{0,50}jurisdiction|irrevocably (submit|consent|attorn)|"
    r"(brought|filed|heard|litigated|commenced|instituted|resolved|determined|adjudicated|venued|tried)"
    r"[^.;]{0,80}\b(courts?|tribunals?)\b|courts?[^.;]{0,120}\b(shall|will) have[^.;]{0,30}jurisdiction|"
    r"\bvenue\b[^.;]{0,60}\b(shall|will|is|lies|be)\b|personal jurisdiction|consents? to (the )?jurisdiction|"
    r"jurisdiction of the[^.;]{0,60}courts?|courts? (located |sitting |situated )?(in|of|at)\b|"
    r"proper (venue|forum)|forum non conveniens|attorn|place of jurisdiction|(waives?|waiver of)[^.;]{0,40}trial by jury|"
    r"jury (trial )?waiver|\b(agreed|chosen|exclusive|sole|designated|selected) forum\b|"
    r"\bas the (agreed |exclusive |sole )?(forum|venue)\b|"
    r"\b(go|going|resort) to (your|their|its|the|a) (local |competent |home )?courts?\b|"
    r"\b(bring|file|take|start)[^.;]{0,40}\b(in|before|to) (your|their|its) (local |home )?courts?\b", re.IGNORECASE)
_AS_FORUM_AFTER = re.compile(r"^\s*(,\s*)?(\([^)]{0,20}\)\s*)?as the (agreed |exclusive |sole |chosen )?(forum|venue|"
                             r"place of jurisdiction|court)", re.IGNORECASE)
_LOCAL_COURTS = re.compile(r"\b(your|the consumer's|customer's|their) (local|home) courts?\b", re.IGNORECASE)
_ENFORCE = re.compile(r"judgment (up)?on the award|(enter|entered|confirm|confirming|enforce|enforcing|enforcement of)"
                      r"[^.;]{0,40}award|recogni[sz]ed and enforced", re.IGNORECASE)
_INJUNCT = re.compile(r"injunct|equitable relief|interim (relief|measures)|provisional (remedies|measures)|"
                      r"specific performance|temporary restraining|conservatory measures", re.IGNORECASE)
_COMPETENT = re.compile(r"courts? of competent jurisdiction|competent courts?|any court having jurisdiction|"
                        r"appropriate courts?|any court with jurisdiction", re.IGNORECASE)
_NONEXCL = re.compile(r"non[- ]?exclusive", re.IGNORECASE)
_EXCL = re.compile(r"\bexclusive(ly)?\b|sole (and exclusive )?(jurisdiction|venue|forum)|\bonly (in|before) the\b|"
                   r"\bsolely (in|before)\b", re.IGNORECASE)
_MEDIATION = re.compile(r"\bmediat(e|ion|or|ed)\b", re.IGNORECASE)
_ESCALATION = re.compile(r"senior (executive|management|officer|representative)|escalat|executive (sponsor|officer)s?|"
                         r"managing directors|project managers|chief executives|"
                         r"chief executive officers?|(negotiat|discuss|consult)[^.;]{0,80}good faith[^.;]{0,120}"
                         r"\b(days|period)\b", re.IGNORECASE)
_GOOD_FAITH = re.compile(r"good faith|amicabl|mutual (consultation|discussion)", re.IGNORECASE)
_OTHER = re.compile(r"online dispute resolution( \(ODR\))?( platform)?|\bODR\b( platform)?|"
                    r"alternative dispute resolution (entity|body|provider)|"
                    r"consumer (dispute|arbitration|ADR)|ombudsman|small claims", re.IGNORECASE)
_JURY = re.compile(r"\bjury\b", re.IGNORECASE)
_CLASS = re.compile(r"class (action|arbitration|or collective|proceeding)|representative (action|proceeding)|"
                    r"collective action", re.IGNORECASE)
_NAMED_COURT = re.compile(
    r"((the )?(United States|U\.S\.) District Court for the [A-Z][a-z]+ District of [A-Z][a-z]+( [A-Z][a-z]+)*|"
    r"(the )?Court of Chancery( of the State of Delaware)?|(the )?High Court of Justice( of England( and Wales)?)?|"
    r"(the )?Court of Session|(the )?Singapore International Commercial Court|(the )?Supreme Court of [A-Z][A-Za-z ]*[A-Za-z]|"
    r"(the )?[A-Z][A-Za-z]+( [A-Z][A-Za-z]+)? (District|Superior|Supreme|County|Circuit|High|Commercial|"
    r"Regional|Chancery|Business|Federal) Court(s)?( \([A-Z][a-z]+\))?( of [A-Z][A-Za-z]+( [A-Z][A-Za-z]+)?| for [A-Z][A-Za-z ]+County)?)")
_COURTS_OF = re.compile(r"((courts?|tribunals?|venue|forum)[^.;]{0,40}?\b(in|of|at|for|within)|"
                        r"(place of jurisdiction|venue|forum)\s+(shall be|is|will be|lies)(\s+(in|at))?)\s+(the\s+)?"
                        r"((city|county|state|commonwealth|province|borough|republic) of\s+)?$", re.IGNORECASE)
_ADJ_COURTS = re.compile(r"^\s*courts?\b", re.IGNORECASE)
_SEAT = re.compile(
    r"(seat|legal place|juridical seat|place|venue|location|situs)( of (the )?arbitra\w*)?( proceedings?)?\s*"
    r"(shall|will|must)?\s*(be|is|:)\s*(in\s+)?(the\s+)?((city|state) of\s+)?$|"
    r"seated\s+in\s+(the\s+)?((city|state) of\s+)?$|"
    r"arbitra\w*[^.;]{0,80}\b(held|conducted|take place|located|sited|heard)\s+(exclusively\s+)?in\s+(the\s+)?"
    r"((city|state|county) of\s+)?$", re.IGNORECASE)
_SEAT_LOOSE = re.compile(r"arbitrat\w*[^.;]{0,60}\bin\s+(the\s+)?((city|state|county) of\s+)?$", re.IGNORECASE)
_LANGUAGE = re.compile(
    r"(language (of|for|used in) (the )?(arbitra\w*|proceedings?|mediation)[^.;]{0,20}?(shall|will|must)?\s*(be|is)"
    r"\s*(in\s+)?|(conducted|held|administered)[^.;]{0,40}\bin\s+|proceedings?[^.;]{0,30}\bin\s+)(the\s+)?"
    r"(English|Japanese|French|German|Chinese|Mandarin|Spanish|Korean|Italian|Dutch|Portuguese)", re.IGNORECASE)
_ARBITRATORS = re.compile(r"\b(one|a sole|sole|a single|single|1|three|3|one \(1\)|three \(3\)|a panel of three|"
                          r"panel of three|a tribunal of three|tribunal of three|two|2)\s+(\(\d\)\s+)?(neutral\s+|"
                          r"independent\s+|impartial\s+)?arbitrators?\b|\bsole arbitrator\b", re.IGNORECASE)
_PRECEDENCE = re.compile(
    r"(English|Japanese|French|German|Chinese|Spanish|Korean)( language)? (version|text|original|translation)"
    r"[^.;]{0,80}(prevail|control|govern|take precedence|be authoritative|be binding)|"
    r"(prevail|control|govern|take precedence)[^.;]{0,40}\b(English|Japanese)( language)? (version|text)",
    re.IGNORECASE)


def _number_of_arbitrators(text: str) -> int | None:
    m = _ARBITRATORS.search(text)
    if not m:
        return None
    word = m.group(0).lower()
    if any(w in word for w in ("three", "3")):
        return 3
    if any(w in word for w in ("two", "2")) and "arbitrators" in word:
        return 2
    return 1


def _english(text: str, heading: str, facts: dict[str, Any]) -> None:
    mentions = english_mentions(text)
    sentences = _sentences(text)
    heading_gl = bool(re.search(r"governing law|applicable law|choice of law|law and jurisdiction", heading, re.I))
    heading_dr = bool(re.search(r"dispute|jurisdiction|arbitration|venue|forum", heading, re.I))
    evidence: dict[str, str] = facts["evidence"]

    # ---- governing law
    codes: list[str] = []
    names: list[str] = []
    gl_sentences: list[str] = []
    for s, e in sentences:
        sent = text[s:e]
        cue = _GL_CUE.search(sent) or _LABEL_BEFORE.search(sent[:40]) or (heading_gl and re.search(r"\blaws?\b", sent))
        if not cue:
            continue
        if _COMPLY.search(sent) and not re.search(r"govern|constru|interpret", sent, re.IGNORECASE):
            continue  # "comply with the laws of X that apply to ..." is a compliance duty, not a choice of law
        chosen_here: list[Mention] = []
        for m in mentions:
            if not (s <= m.start < e):
                continue
            before = text[max(s, m.start - 90) : m.start]
            after = text[m.end : min(e, m.end + 30)]
            if m.kind in ("name", "adjective", "city") and (
                _LAWS_OF_BEFORE.search(before) or _LABEL_BEFORE.search(before)
                or (m.kind in ("adjective", "name") and _LAW_AFTER.match(after))
                or (chosen_here and m.start - chosen_here[-1].end <= 200  # "and the", never pages apart
                    and _AND_BEFORE.match(text[chosen_here[-1].end : m.start]))
            ):
                # "the courts of New York" is a forum, not a law.
                if _COURTS_OF.search(before[-60:]) and not _LAWS_OF_BEFORE.search(before):
                    continue
                chosen_here.append(m)
        if any(m.code != "US" for m in chosen_here):
            # "the Canadian federal law": "federal" names the United States only when nothing else is named
            chosen_here = [m for m in chosen_here if not (m.code == "US" and m.text.lower() == "federal")]
        if chosen_here:
            gl_sentences.append(sent)
            for m in chosen_here:
                if m.code not in codes:
                    codes.append(m.code)
                    names.append(m.text)
        elif _PLACEHOLDER.search(sent) or (_APPLICABLE_ONLY.search(sent) and _GL_STRONG.search(sent)):
            gl_sentences.append(sent)
            facts["law_ambiguous"] = True
    codes = _collapse(codes)
    if codes or facts.get("law_ambiguous"):
        joined = " ".join(gl_sentences)
        facts["governing_law"] = tuple(codes)
        facts["law_names"] = tuple(names)
        facts["law_evidence"] = " ".join(joined.split())[:300]
        evidence["governing_law"] = facts["law_evidence"]
        strong = bool(_GL_STRONG.search(joined)) or heading_gl
        facts["strong_law"] = strong
        if len(codes) > 1 and _SPLIT_CUE.search(joined):
            facts["law_split"] = True
    if _CONFLICT.search(text):
        facts["conflict_of_laws_excluded"] = True
    for s, e in sentences:
        sent = text[s:e]
        if _CISG.search(sent) and _EXCLUDE_WORDS.search(sent):
            facts["cisg_excluded"] = True

    # ---- dispute resolution
    mech: list[str] = []
    if _ESCALATION.search(text):
        mech.append("escalation")
    if _MEDIATION.search(text):
        mech.append("mediation")
    institutions = _institutions(text)
    arbitral = [i for i in institutions if i[1] not in ("JIMC", "SIMC", "CEDR")]
    arbitration = bool(_ARB.search(text)) or bool(
        arbitral and re.search(r"(resolved|settled|determined|decided)[^.;]{0,60}\b(under|in accordance with)"
                               r"[^.;]{0,40}\bRules\b", text))
    binding = bool(_ARB_BINDING.search(text)) or (arbitration and not _ARB.search(text))
    if arbitration:
        mech.append("arbitration")
    facts["binding_arbitration"] = binding
    courts = False
    carve = False
    masked = _ARB_COURT_NAMES.sub(lambda m: "x" * len(m.group(0)), text)
    for s, e in sentences:
        sent = masked[s:e]
        if not (_COURT_CUE.search(sent) or _COMPETENT.search(sent)):
            continue
        if _INJUNCT.search(sent) or _ENFORCE.search(sent):
            if arbitration:
                carve = carve or bool(_INJUNCT.search(sent))
                # A court clause that also mentions injunctions still selects courts when arbitration is absent.
                continue
            carve = carve or bool(_INJUNCT.search(sent))
        courts = True
    if arbitration and _INJUNCT.search(text):
        carve = True
    if courts:
        mech.insert(0, "courts")
    if _OTHER.search(text) and not mech:
        mech.append("other")
    facts["injunctive_carve_out"] = carve

    forum = None
    forum_code = None
    named = _NAMED_COURT.search(text)
    if courts and named:
        forum = named.group(0).strip()
        if forum.lower().startswith("the "):
            forum = forum[4:]
        inside = [m for m in mentions if named.start() <= m.start < named.end() + 40]
        if inside:
            forum_code = inside[0].code
    ordered = [m for m in mentions if m.kind != "adjective"] + [
        m for m in mentions if m.kind == "adjective" and m.text.lower() != "federal"]
    if courts and forum is None:
        for m in ordered:
            before = text[max(0, m.start - 60) : m.start]
            after = text[m.end : m.end + 12]
            if _AS_FORUM_AFTER.match(text[m.end : m.end + 40]):
                forum, forum_code = m.text, m.code
                break
            if _COURTS_OF.search(before) or (m.kind == "adjective" and _ADJ_COURTS.match(after)):
                if _LAWS_OF_BEFORE.search(before) and not re.search(r"courts?", before[-40:], re.I):
                    continue
                k = before.lower().rfind("court")
                k = k if k >= 0 else max(before.lower().rfind("venue"), 0)
                phrase = (before[k:] + text[m.start:m.end]) if m.kind != "adjective" else (
                    text[m.start:m.end] + after[: len(after) - len(after.lstrip())] + "courts")
                forum = " ".join(phrase.split())
                forum_code = m.code
                break
    if forum_code:
        # "the state and federal courts located in New York County, New York" -> the most specific code
        related = [m.code for m in mentions if m.code.startswith(forum_code.split("-")[0])]
        subdivisions = [c for c in related if "-" in c and c.startswith(forum_code + "-") or c == forum_code]
        forum_code = next((c for c in subdivisions if "-" in c), forum_code)
    if courts and forum is None:
        local = _LOCAL_COURTS.search(text)
        if local:
            forum = local.group(0)
    other = _OTHER.search(text)
    if other and forum is None and not arbitration:
        forum = other.group(0)
    facts["forum"] = forum
    facts["forum_jurisdiction"] = forum_code
    facts["competent_courts_only"] = bool(courts and forum is None and _COMPETENT.search(text))
    if courts:
        court_text = " ".join(text[s:e] for s, e in sentences if _COURT_CUE.search(text[s:e]) or
                              _COMPETENT.search(text[s:e]))
        if _NONEXCL.search(court_text):
            facts["exclusive"] = False
        elif _EXCL.search(court_text):
            facts["exclusive"] = True

    if institutions:
        inst = [i for i in institutions if i[1] not in ("UNCITRAL", "JIMC", "SIMC", "CEDR")]
        if "arbitration" in mech or binding:
            facts["institution"] = (inst or institutions)[0][1] if (inst or institutions) else None
        uncitral = any(i[1] == "UNCITRAL" for i in institutions)
        if uncitral and not inst:
            facts["institution"] = "UNCITRAL"
        med = [i for i in institutions if i[1] in ("JIMC", "SIMC", "CEDR")]
        if med and "mediation" not in mech:
            mech.append("mediation")
    rules_m = re.search(r"((?:[A-Z][\w'&.\-]*\s+){0,7}(?:Arbitration\s+)?Rules(?:\s+of\s+(?:Arbitration|the\s+"
                        r"[A-Z][\w\s]{2,60}?(?=[,.;]|\s+(?:then|in|as|by|and))))?)", text)
    if rules_m and ("arbitration" in mech):
        facts["arbitration_rules"] = " ".join(rules_m.group(1).split())
    if "arbitration" in mech:
        seat = None
        for pat in (_SEAT, _SEAT_LOOSE):
            for m in mentions:
                before = text[max(0, m.start - 120) : m.start]
                if pat.search(before) and m.kind in ("city", "name"):
                    seat = m
                    break
            if seat:
                break
        if seat:
            facts["seat"] = seat.text
            facts["seat_jurisdiction"] = seat.code
        lang = _LANGUAGE.search(text)
        if lang:
            facts["language"] = lang.group(lang.lastindex or 0).capitalize() if lang.lastindex else None
            word = re.search(r"(English|Japanese|French|German|Chinese|Mandarin|Spanish|Korean|Italian|Dutch|"
                             r"Portuguese)\s*$", lang.group(0), re.I)
            facts["language"] = word.group(1).capitalize() if word else facts["language"]
        facts["arbitrators"] = _number_of_arbitrators(text)
    facts["jury_waiver"] = bool(_JURY.search(text) and re.search(r"waiv", text, re.I))
    facts["class_waiver"] = bool(_CLASS.search(text) and re.search(r"waiv|not|no ", text, re.I))
    if not mech and _GOOD_FAITH.search(text) and re.search(r"disput|differen|disagree|controvers|claim|matters? not",
                                                           text, re.I):
        facts["good_faith_only"] = True
    prec = _PRECEDENCE.search(text)
    if prec:
        lang = re.search(r"English|Japanese|French|German|Chinese|Spanish|Korean", prec.group(0), re.I)
        facts["language_precedence"] = lang.group(0).capitalize() if lang else None
    facts["mechanism"] = tuple(dict.fromkeys(mech))
    facts["strong_dispute"] = bool(
        binding or (courts and (forum or facts.get("exclusive") is not None or facts["competent_courts_only"]
                                or heading_dr))
        or (facts.get("institution") and "arbitration" in mech)
        or ("mediation" in mech and re.search(r"disput", text, re.I))
    )
    if facts["strong_dispute"]:
        evidence["dispute_resolution"] = " ".join(text.split())[:300]


# --- Japanese --------------------------------------------------------------------------------

_JA_GL = re.compile(r"準拠法|準拠し|準拠する|準拠とする|を準拠|(法|法令|法律)(に従って|に従い|に基づいて)(解釈|適用)|"
                    r"(法|法令|法律)(によるもの|による。|が適用され|を適用す|を適用し|が適用さ)")
_JA_LAW = re.compile(r"(日本国?|[^\s、。「」（）()]{1,12}?)(の)?(法令|法律|法)(に準拠|を準拠|が適用|を適用|に従|による)")
_JA_COURT = re.compile(r"([^\s、。，．「」『』（）()・及又はとをにのが]{1,12}?(地方裁判所|簡易裁判所|高等裁判所|家庭裁判所|地裁|"
                       r"簡裁)(本庁)?)")
_JA_FLOAT = re.compile(r"(被告|原告|甲|乙|申立人|相手方|当社|委託者|受託者|発注者|受注者|利用者|ユーザー)[^。]{0,8}"
                       r"(本店|本社|住所|主たる事務所|営業所)[^。]{0,10}を管轄する[^。]{0,10}裁判所")
_JA_ARB_RULES = (("インタラクティヴ仲裁規則", "JCAA Interactive Arbitration Rules"),
                 ("インタラクティブ仲裁規則", "JCAA Interactive Arbitration Rules"),
                 ("商事仲裁規則", "JCAA Commercial Arbitration Rules"),
                 ("UNCITRAL仲裁規則", "UNCITRAL Arbitration Rules"))
_JA_SEAT = re.compile(r"仲裁地は、?([^\s、。]{1,10}?)(とする|と|で|とし)|([^\s、。]{1,8}?)(において|で)(仲裁|行う仲裁)")
_JA_PRECEDENCE = re.compile(r"(英語|日本語|英文|和文)(版|の版|による版|を正本|が正本|を優先|が優先|の記載が優先|"
                            r"の文言が優先|を正文|が正文)")


def _japanese(text: str, facts: dict[str, Any]) -> None:
    evidence: dict[str, str] = facts["evidence"]
    mentions = japanese_mentions(text)
    if _JA_GL.search(text):
        codes = []
        for m in mentions:
            after = text[m.end : m.end + 8]
            if re.match(r"(国)?(の)?(法|法令|法律)", after) or re.match(r"(州)?(法)", after):
                if m.code not in codes:
                    codes.append(m.code)
        if not codes and re.search(r"日本(国)?(の)?(法|法令|法律)", text):
            codes.append("JP")
        if codes:
            facts["governing_law"] = tuple(_collapse(codes))
            facts["law_names"] = tuple(codes)
            facts["strong_law"] = True
            s = _JA_GL.search(text)
            facts["law_evidence"] = text[max(0, s.start() - 40) : s.end() + 40]
            evidence["governing_law"] = facts["law_evidence"]
    elif re.search(r"(関連|適用される|関係)(法令|法規)に従", text) and not re.search(r"裁判所|仲裁", text):
        facts["law_ambiguous"] = True
    mech: list[str] = []
    courts = bool(re.search(r"裁判所", text) and re.search(r"管轄|専属|提起|訴え|訴訟", text))
    if re.search(r"(役員|代表者|責任者|経営陣)[^。]{0,30}(協議|交渉|付託)", text) and (courts or "仲裁" in text):
        mech.append("escalation")
    arbitration = "仲裁" in text
    if re.search(r"調停", text):
        mech.append("mediation")
    if courts and not (arbitration and re.search(r"仲裁判断", text) and not re.search(r"管轄", text)):
        mech.insert(0, "courts")
    if arbitration:
        mech.append("arbitration")
        facts["binding_arbitration"] = bool(re.search(r"仲裁(により|によって|に付|で)[^。]{0,20}(最終的|解決|付託)|"
                                                      r"仲裁に付託|仲裁により最終", text))
    if "courts" in mech:
        floating = _JA_FLOAT.search(text)
        court = _JA_COURT.search(text)
        if floating:
            facts["floating_venue"] = True
            facts["forum"] = floating.group(0)
            facts["forum_jurisdiction"] = "JP"
        elif court:
            facts["forum"] = court.group(1)
            code = "JP"
            for m in mentions:
                if m.start < court.end() and m.end >= court.start() - 10:
                    code = m.code if m.code != "JP" else "JP"
            facts["forum_jurisdiction"] = code
        levels = []
        if re.search(r"地方裁判所|地裁", text):
            levels.append("district")
        if re.search(r"簡易裁判所|簡裁", text):
            levels.append("summary")
        facts["court_level"] = tuple(levels)
        facts["first_instance"] = "第一審" in text or "第1審" in text
        if re.search(r"非専属|付加的", text):
            facts["exclusive"] = False
        elif re.search(r"専属", text):
            facts["exclusive"] = True
        else:
            facts["ambiguous_exclusivity"] = True
    if arbitration:
        insts = _institutions(text)
        if insts:
            facts["institution"] = insts[0][1]
        for needle, name in _JA_ARB_RULES:
            if needle in text:
                facts["arbitration_rules"] = name
                if facts.get("institution") is None and "JCAA" in name:
                    facts["institution"] = "JCAA"
                break
        seat = _JA_SEAT.search(text)
        if seat:
            place = seat.group(1) or seat.group(3)
            facts["seat"] = place
            for m in japanese_mentions(place or ""):
                facts["seat_jurisdiction"] = m.code
                break
            if facts.get("seat_jurisdiction") is None and place and re.search(r"都|府|県|市|区", place):
                facts["seat_jurisdiction"] = "JP"
        if re.search(r"英語", text) and re.search(r"仲裁手続|手続", text):
            facts["language"] = "English"
        elif re.search(r"日本語", text) and re.search(r"仲裁手続|手続", text):
            facts["language"] = "Japanese"
        facts["arbitrators"] = 3 if re.search(r"(3|三)名の仲裁人", text) else (
            1 if re.search(r"(1|一)名の仲裁人|単独仲裁人", text) else None)
    if not mech and re.search(r"誠実に協議|協議の上|協議により|協議して", text):
        facts["good_faith_only"] = True
    prec = _JA_PRECEDENCE.search(text)
    if prec and re.search(r"優先|正本|正文", text):
        facts["language_precedence"] = "English" if prec.group(1) in ("英語", "英文") else "Japanese"
    facts["mechanism"] = tuple(dict.fromkeys(facts.get("mechanism", ()) + tuple(mech)))
    facts["strong_dispute"] = bool(facts.get("strong_dispute") or ("courts" in mech and re.search(r"管轄", text))
                                   or (arbitration and (facts.get("binding_arbitration")
                                                        or facts.get("institution"))))
    if facts["strong_dispute"] and "dispute_resolution" not in evidence:
        evidence["dispute_resolution"] = text[:300]


# --- entry point --------------------------------------------------------------------------------


def extract_facts(text: str, heading: str = "") -> LawFacts:
    """All governing-law and dispute-resolution facts in one clause's text."""
    norm = unicodedata.normalize("NFKC", text)
    norm = re.sub(r"[ \t\u3000]+", " ", norm)
    facts: dict[str, Any] = {"evidence": {}}
    japanese = bool(_JA_CHARS.search(norm)) and len(_JA_CHARS.findall(norm)) > 0.2 * max(1, len(norm.replace(" ", "")))
    if japanese:
        _japanese(norm, facts)
    else:
        _english(norm, heading or "", facts)
    return LawFacts(**{k: v for k, v in facts.items() if k in LawFacts.__dataclass_fields__})
