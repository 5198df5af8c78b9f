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
from dataclasses import dataclass, field
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
    kind: str  # name | adjective | city | statute | ja
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
            for kind, label in (
                ("names", "name"),
                ("adjectives", "adjective"),
                ("cities", "city"),
                ("statutes", "statute"),
            ):
                names = [n for n in (entry.get(kind) or []) if n]
                # "the R.O.C.." at a sentence end tokenises as "R.O.C" + "..": match the name without its last dot too
                names += [n[:-1] for n in names if n.endswith(".") and n.count(".") > 1]
                if names:
                    matcher.add(f"{code}|{label}", [nlp.make_doc(n) for n in names])
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
        return [
            Mention(m.start + offset, m.end + offset, m.code, m.kind, m.text)
            for offset, piece in _pieces(text)
            for m in english_mentions(piece)
        ]
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
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            out.append(Mention(m.start(), m.end(), code, "ja", name))
    return sorted(out, key=lambda m: m.start)


# --- shared helpers ---------------------------------------------------------------------

_JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SENT = re.compile(r"(?<=[.;!?。])(?<![A-Z]\.[A-Z]\.)\s+|(?<=。)|\n+")  # no break after "U.S.C." or "U.S."
_BOX_CHECKED = "☒☑✔✓■"
_BOX = "☐□" + _BOX_CHECKED
# A line break that only wraps a sentence (EDGAR .txt exhibits, PDF text): the line before does not end
# a sentence or a label, and the next line does not start a list item, a tick box or a new paragraph.
_WRAP = re.compile(
    r"(?<![.;:!?。\n])[ \t]*\n[ \t]*(?=[^\s" + _BOX + r"•▪◦·*\-–—(])(?![0-9]{1,3}(\.[0-9]{1,3})*[.)]\s)"
    r"(?![a-zA-Z][.)]\s)"
)
_GLUED_OF = re.compile(r"\bof(?=the\b|[A-Z][a-z]{2,})")


# Blank lines inside a sentence (a page break in a filed exhibit): the next line goes on in lower case.
_WRAP_GAP = re.compile(r"(?<![.;:!?。\n])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[a-z])")


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines into their sentences; repair "ofthe" / "ofTexas" glued by text extraction."""
    return _GLUED_OF.sub("of ", _WRAP.sub(" ", _WRAP_GAP.sub(" ", text)))


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
    r"\b(choose|chose|chosen|select|selected|elect)\b[^.;]{0,20}\blaws?\b|"
    r"\blaws?\b(?:(?!\b(that|which|who)\b)[^.;]){0,60}\bappl(y|ies)\b|\bapplication of (the )?[\w ]{0,30}\blaws?\b|pursuant to the laws? of\b|"
    r"\bmade under\b|subject to the provisions? of\b[^.;]{0,40}\blaws?\b",
    re.IGNORECASE,
)
_GL_STRONG = re.compile(
    r"(agreement|terms|contract|addendum|eula|licen[cs]e|order|sow|schedule|conditions|document|disputes?|claims?|"
    r"matters|validity|interpretation|construction|performance|relationship|arbitration agreement|clause|"
    r"obligations|policy|statement of work)\b[^.;]{0,160}\b(governed|construed|interpreted|enforced|"
    r"subject to the (substantive |internal )?laws?)|governing law\s*[:.\-–—]|"
    r"\blaws? of .{1,80}? (shall|will|do|does) govern|\blaw (shall|will) govern|"
    r"\b(is|are) governed by|choice of law|applicable law\s*:|"
    r"\blaws?\b[^.;]{0,80}\b(appl(y|ies)|shall apply|will apply) (exclusively )?to (this|these|the) "
    r"(agreement|terms|contract|order|licen[cs]e|conditions)|"
    r"\blaws?\b(?:(?!\b(that|which|who)\b)[^.;]){0,80}\b(shall |will )?(exclusively )?appl(y|ies)\b|"
    r"\blaws?\b[^.;]{0,80}\bcontrols? (this|these|the)\b|\b(is|are) the law of (this|these|the)\b|"
    r"\b(choose|chose|select|elect)\b[^.;]{0,20}\blaws?\b|"
    r"\b(determined|decided|answered|judged) (by|under|in accordance with)\b[^.;]{0,40}\blaws?\b|"
    # "its interpretation and construction ... are to be applied in accordance with the laws of": how the contract
    # is read is the law chosen (performance "in accordance with the laws" is compliance, and not here)
    r"\b(interpretation|construction|validity)\b[^.;]{0,120}\b(applied|read|determined|governed|made)\s+"
    r"(in accordance with|under|pursuant to)\s+(the\s+)?laws?\s+of\b",
    re.IGNORECASE,
)
_LAWS_OF_BEFORE = re.compile(
    r"(laws?|legislation|statutes?|regulations)(,? (and|or) (the )?(federal|state|provincial|applicable|decisions|"
    r"regulations|rules|statutes|judicial decisions|case law|jurisprudence)( laws?)?)?"
    r"(,\s[^,;.]{1,60},|\s*\([^)]{1,60}\))?"  # "the laws, other than choice of law rules, of the State of ..."
    r"( (in force|applicable|prevailing|as applied|in effect))?( (of|in|within|for))( and for)?\s+(the\s+)?"
    r"((state|commonwealth|province|republic|kingdom|federal republic|people's republic|[a-z]{4,8})\s+of\s+)?$",
    re.IGNORECASE,
)  # "[a-z]{4,8} of": a misspelt "State" in a scanned exhibit ("THE SIATE OF TEXAS")
# "a corporation formed under the laws of Poland" names where a party was formed, not the law chosen.
_FORMED = re.compile(
    r"\b(organi[sz]ed|incorporated|formed|existing|established|registered|constituted|chartered|"
    r"created|domiciled|duly \w+|good standing|qualified)\b(?:(?!govern|constru)[^.;,]){0,60}\b(under|pursuant to|"
    r"in accordance with|by)\s+the\s+"
    r"laws?\s+of\s+(the\s+)?((state|commonwealth|province|republic|kingdom)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the laws thereof", "the laws of such State": the law of a place named earlier in the sentence.
_BACKREF = re.compile(
    r"\blaws?\s+(thereof|of\s+(that|such|said|the same|this)\s+(state|country|jurisdiction|"
    r"province|commonwealth))\b",
    re.IGNORECASE,
)
# A field of law named for a duty ("the securities laws of Hong Kong") or a statute's citation ("Cap.32, Laws of
# Hong Kong") does not choose the contract's law.
_SUBJECT_LAWS = re.compile(
    r"(\b(securities|tax|taxation|export|import|customs|sanctions?|anti-?bribery|anti-?corruption|"
    r"privacy|data protection|employment|labou?r|competition|antitrust|consumer protection|banking|"
    r"insurance|immigration|environmental|criminal|blue sky|bankruptcy|insolvency|"
    r"anti-?money laundering)\s+laws?|\bCap\.?\s*\d+\w*,\s*laws?)\s+(of|in)\s+(the\s+)?"
    r"((state|commonwealth|province|republic|kingdom)\s+of\s+)?$",
    re.IGNORECASE,
)
#: the scope of a legal opinion (closing deliverables of an underwriting or agency agreement): the laws the
#: opinion covers, not the law that governs the contract
_OPINION = re.compile(
    r"\bopinions?\b[^.;]{0,120}\b(?:limited to|confined to|covers?|cover only|expressed? no)\b", re.IGNORECASE
)
#: a law that follows the forum, with the options named: "the laws of the state where a suit is properly
#: filed ..., being either Illinois or New York"
_FLOATING_LAW = re.compile(
    r"\blaws?\s+of\s+the\s+(?:state|jurisdiction|country|place)\s+(?:where|in which)\b[^.;]{0,120}?"
    r"\b(?:being|namely|i\.e\.,?|that is,?)\s+(?:either\s+)?",
    re.IGNORECASE,
)
_NOT_APPLY = re.compile(
    r"\b(will|shall|does|do|would|is|are)\s+not\s+(apply|govern|be governed)\b|"
    r"\binconsistent with\b",
    re.IGNORECASE,
)
_STATUTE_EXCEPT = re.compile(r"\b(except|excluding|other than|save|apart from)\b", re.IGNORECASE)
_BOX_LABEL_LAW = re.compile(
    r"\blaw\b[^\n]{0,40}\b(governs?|governing|applies|applicable)\b|\b(governing|applicable) law\b", re.IGNORECASE
)
_BOX_LABEL_FORUM = re.compile(r"\b(legal claims|courts?|jurisdiction|venue|forum|disputes?)\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(
    r"(governing law|applicable law|choice of law|law)\s*[:\-–—]\s*(the\s+)?(laws?\s+of\s+)?"
    r"(the\s+)?((state|commonwealth|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_LAW_AFTER = re.compile(
    r"^\s*(\([^)]{1,30}\)\s*)?(substantive\s+|federal\s+|state\s+|internal\s+)?law(s)?\b", re.IGNORECASE
)
_AND_BEFORE = re.compile(
    r"^\s*(,|and|or|and the|or the|, and|, or|and of|and, where applicable,)\s*(the\s+)?"
    r"((state|commonwealth|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"laws?\s+of\s+(the\s+)?((state|province|country)\s+of\s+)?(\[[^\]]{0,30}\]|_{3,}|"
    r"\(insert[^)]*\)|<[^>]{0,30}>)",
    re.IGNORECASE,
)
_APPLICABLE_ONLY = re.compile(
    r"(governed by|in accordance with|subject to) (the |all )?(applicable|relevant) laws?", re.IGNORECASE
)
_SPLIT_CUE = re.compile(
    r"\b(if|where|for (customers?|entities|licensees?|clients?|users?|orders?)|in the case of|"
    r"otherwise|located|domiciled|incorporated|resident|headquartered|established|"
    r"government (entity|customer|agency)|whose)\b",
    re.IGNORECASE,
)
_CONFLICT = re.compile(
    r"((without|with no) (regard|reference|giving effect|recourse) to|excluding|exclusive of|disregarding|"
    r"other than|irrespective of|notwithstanding|except)[^.;]{0,80}(conflicts?[- ]of[- ]laws?|choice[- ]of[- ]laws?|"
    r"private international law|conflicts? rules|rules of conflict|rules on conflicts? of laws?|conflicts? principles)|"
    r"(conflicts?[- ]of[- ]laws?|choice[- ]of[- ]laws?)[^.;]{0,60}(shall|will|do|does) not apply",
    re.IGNORECASE,
)
_ARB_COURT_NAMES = re.compile(
    r"(London |Permanent |International )?Court of (International )?Arbitration|"
    r"International Arbitration Court|Arbitration Court",
    re.IGNORECASE,
)
_BROUGHT_IN = re.compile(
    r"\b(brought|filed|commenced|instituted|heard|litigated)\b[^.;]{0,30}\b(in|before)\b", re.IGNORECASE
)
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
_COMPLY = re.compile(r"\bcomply\b|\bcompliance with\b|\bin compliance\b", re.IGNORECASE)
_CISG = re.compile(r"international sale of goods|\bCISG\b|vienna convention|UN Sales Convention", re.IGNORECASE)
_EXCLUDE_WORDS = re.compile(
    r"not (apply|govern)|not subject to|shall not|will not|does not|do not|excluded|exclud|disclaim|"
    r"no application|inapplicable|opt(s|ed)? out",
    re.IGNORECASE,
)

_ARB = re.compile(r"arbitrat|arbitral", re.IGNORECASE)
# Arbitration chosen or organised, not merely mentioned ("the arbitration fees", "any arbitration or litigation").
_ARB_CHOSEN = re.compile(
    r"\b(by|to|through|via|under|into|for) (an? )?([A-Z][A-Za-z]{1,10} )?(final(,)? (and )?binding |binding |individual |"
    r"confidential |final |mandatory |exclusive )*([A-Z][A-Za-z]{1,10} )?arbitration\b|\barbitration (shall|will|must|may|is to) |"
    r"\b(shall|will|must|may|agree to|to) (be )?arbitrat|\barbitrate[ds]?\b|"
    r"arbitration (agreement|provision|clause|proceedings?|hearings?|procedure)|\barbitral (tribunal|award)|"
    r"\barbitrators?\b|rules of arbitration|arbitration rules|notice of arbitration|demand for arbitration|"
    r"(seat|place|venue|language|location) of (the |any )?arbitra|\bbinding arbitration\b",
    re.IGNORECASE,
)
_DISPUTE_WORDS = re.compile(
    r"disput|claims?\b|controvers|court|arbitra|mediat|jurisdiction|venue|forum|litigat|"
    r"tribunal|lawsuit|legal (action|proceeding)s?",
    re.IGNORECASE,
)
_COURT_NOT_FORUM = re.compile(
    r"\b(pending|threatened)\b[^.;]{0,30}\b(litigation|actions?|proceedings?|suits?|claims?)\b|"
    r"\b(litigation|actions?|proceedings?|suits?|claims?)\b[^.;]{0,40}\b(pending|threatened)\b|\b(order|orders|ordered|required|requested|compelled|subpoena)\b[^.;]{0,40}\bcourts?\b"
    r"(?![^.;]{0,60}\b(jurisdiction|venue|forum)\b)|\bcourt orders?\b|data subjects?|supervisory authorit|"
    r"\ba statement that\b|counter[- ]?notic|counter[- ]?notification",  # a copyright counter-notice's contents
    re.IGNORECASE,
)
_ARB_BINDING = re.compile(
    r"(resolved|settled|determined|decided|referred|submitted|adjudicated|heard)[^.;]{0,80}\b(by|to|through|under|in)"
    r"[^.;]{0,50}arbitration|binding arbitration|arbitration[^.;]{0,60}(shall|will) be (final|binding)|"
    r"submit[^.;]{0,60}to (binding |final )?arbitration|(shall|will|must) (be )?arbitrate|"
    r"agree to arbitrate|final and binding arbitration|arbitration (administered|conducted) by",
    re.IGNORECASE,
)
_COURT_CUE = re.compile(
    r"(exclusive|non[- ]?exclusive|sole)\s+(and exclusive\s+)?(jurisdiction|venue|forum)|"
    r"submits?( itself| themselves)? to the[^.;]{0,50}jurisdiction|irrevocably (submit|consent|attorn)|"
    r"(brought|filed|heard|litigated|commenced|instituted|resolved|determined|adjudicated|venued|tried)"
    r"[^.;]{0,80}\b(courts?|tribunals?)\b|courts?[^.;]{0,120}\b(shall|will) have[^.;]{0,30}jurisdiction|"
    r"\bvenue\b[^.;]{0,60}\b(shall|will|is|lies|be)\b|personal jurisdiction|consents? to (the )?jurisdiction|"
    r"jurisdiction of the[^.;]{0,60}courts?|courts? (located |sitting |situated )?(in|of|at)\b|"
    r"\bvenue\b[^.;]{0,10}[.:]\s*[^.;]{0,60}\b(brought|filed|commenced|heard|litigated)\b|"
    r"proper (venue|forum)|forum non conveniens|attorn|place of jurisdiction|\bvenue\W{0,3}\s+(means|shall mean)\b|"
    r"(waives?|waiver of)[^.;]{0,40}trial by jury|"
    r"jury (trial )?waiver|\b(agreed|chosen|exclusive|sole|designated|selected) forum\b|"
    r"\bas the (agreed |exclusive |sole )?(forum|venue)\b|"
    r"\b(go|going|resort) to (your|their|its|the|a) (local |competent |home )?courts?\b|"
    r"\b(bring|file|take|start)[^.;]{0,40}\b(in|before|to) (your|their|its) (local |home )?courts?\b",
    re.IGNORECASE,
)
_AS_FORUM_AFTER = re.compile(
    r"^\s*(,\s*)?(\([^)]{0,20}\)\s*)?as the (agreed |exclusive |sole |chosen )?(forum|venue|"
    r"place of jurisdiction|court)",
    re.IGNORECASE,
)
_LOCAL_COURTS = re.compile(r"\b(your|the consumer's|customer's|their) (local|home) courts?\b", re.IGNORECASE)
_ENFORCE = re.compile(
    r"judgment (up)?on the award|(enter|entered|confirm|confirming|enforce|enforcing|enforcement of)"
    r"[^.;]{0,40}award|recogni[sz]ed and enforced",
    re.IGNORECASE,
)
_INJUNCT = re.compile(
    r"injunct|equitable relief|interim (relief|measures)|provisional (remedies|measures)|"
    r"specific performance|temporary restraining|conservatory measures",
    re.IGNORECASE,
)
_COMPETENT = re.compile(
    r"courts? of competent jurisdiction|competent courts?|any court having jurisdiction|"
    r"appropriate courts?|any court with jurisdiction",
    re.IGNORECASE,
)
_NONEXCL = re.compile(r"non[- ]?exclusive", re.IGNORECASE)
_EXCL = re.compile(
    r"\bexclusive(ly)?\b|sole (and exclusive )?(jurisdiction|venue|forum)|\bonly (in|before) the\b|"
    r"\bsolely (in|before)\b",
    re.IGNORECASE,
)
_MEDIATION = re.compile(r"\bmediat(e|ion|or|ed)\b", re.IGNORECASE)
_ESCALATION = re.compile(
    r"senior (executive|management|officer|representative)|escalat|executive (sponsor|officer)s?|"
    r"resolve[^.;]{0,80}\binformally\b|\binformal(ly)? (dispute )?(resolution|negotiation)|"
    r"good[- ]faith (efforts|negotiations?|attempts?) to (resolve|settle)|"
    r"attempt to (resolve|settle)[^.;]{0,60}\b(amicabl|informal|directly|by negotiation)|"
    r"managing directors|project managers|chief executives|"
    r"chief executive officers?|(negotiat|discuss|consult)[^.;]{0,80}good faith[^.;]{0,120}"
    r"\b(days|period)\b",
    re.IGNORECASE,
)
_GOOD_FAITH = re.compile(r"good faith|amicabl|mutual (consultation|discussion)", re.IGNORECASE)
_OTHER = re.compile(
    # the acronym in capitals and not inside a web address (".../consumers/odr/main/...")
    r"online dispute resolution( \(ODR\))?( platform)?|(?<![/\w])(?-i:ODR)(?![/\w])( platform)?|"
    r"alternative dispute resolution (entity|body|provider)|"
    r"consumer (dispute|arbitration|ADR)|ombudsman|small claims",
    re.IGNORECASE,
)
_JURY = re.compile(r"\bjury\b", re.IGNORECASE)
_CLASS = re.compile(
    r"class (action|arbitration|or collective|proceeding)|representative (action|proceeding)|"
    r"collective action",
    re.IGNORECASE,
)
_NAMED_COURT = re.compile(
    r"((the )?(United States|U\.S\.) District Court for the [A-Z][a-z]+ District of [A-Z][a-z]+( [A-Z][a-z]+)*|"
    r"(the )?Court of Chancery( of the State of Delaware)?|(the )?High Court of Justice( of England( and Wales)?)?|"
    r"(the )?Court of Session|(the )?Singapore International Commercial Court|(the )?Supreme Court of [A-Z][A-Za-z ]*[A-Za-z]|"
    r"(the )?[A-Z][A-Za-z]+( [A-Z][A-Za-z]+)? (District|Superior|Supreme|County|Circuit|High|Commercial|"
    r"Regional|Chancery|Business|Federal) Court(s)?( \([A-Z][a-z]+\))?( of [A-Z][A-Za-z]+( [A-Z][A-Za-z]+)?| for [A-Z][A-Za-z ]+County)?)"
)
_COURTS_OF = re.compile(
    r"((courts?|tribunals?|venue|forum)[^.;]{0,40}?\b(in|of|at|for|within)|"
    r"(place of jurisdiction|venue|forum)([^.;]{0,80}?)?\s+(shall be|is|will be|lies)(\s+(in|at))?|"
    r"\b(brought|filed|commenced|instituted|litigated)\s+(exclusively\s+|only\s+)?(in|before))\s+(the\s+)?"
    r"((city|county|state|commonwealth|province|borough|republic) of\s+)?$",
    re.IGNORECASE,
)
_ADJ_COURTS = re.compile(r"^\s*courts?\b", re.IGNORECASE)
_SEAT = re.compile(
    r"(seat|legal place|juridical seat|place|venue|location|situs)( of (the )?arbitra\w*)?( proceedings?)?\s*"
    r"(shall|will|must)?\s*(be|is|:)\s*(in\s+)?(the\s+)?((city|state) of\s+)?$|"
    r"seated\s+in\s+(the\s+)?((city|state) of\s+)?$|"
    r"arbitra\w*[^.;]{0,80}\b(held|conducted|take place|located|sited|heard)\s+(exclusively\s+)?in\s+(the\s+)?"
    r"((city|state|county) of\s+)?$",
    re.IGNORECASE,
)
#: an arbitration held where the consumer or user lives ("in the county where you live", "the county and
#: state of your residence"): a place is named, but it changes with who brings the claim
_SEAT_RESIDENCE = re.compile(
    r"arbitra\w*(?:[^.;]|\b\w\.){0,160}?\b(?:held|conducted|take place|takes place|heard|located|venue|seat|"
    r"place of)\b(?:[^.;]|\b\w\.){0,40}?\b(county|parish|state|city|place|location)\b[^.;]{0,40}?"
    r"(\b(where|in which)\s+(you|the user|the customer|the claimant|the consumer)\s+(live|lives|reside|resides|"
    r"are located|is located|are domiciled|is domiciled)\b|"
    r"\bof\s+(your|the user'?s|the customer'?s|the claimant'?s|the consumer'?s)\s+(residence|domicile|"
    r"principal place of business|business address))",
    re.IGNORECASE,
)
#: an arbitration clause whose terms are in another document: "the arbitration clause in Section 15 of the
#: Services Agreement applies" (not "Section 15 of this Agreement")
_OTHER_DOC = (
    r"(section|clause|paragraph|article)\s+[\w.()]+\s+of\s+(the\s+)?(?!this\b|these\b)([\w&'-]+\s+){0,6}"
    r"(agreement|terms(\s+of\s+(service|use))?|contract)\b"
)
_BY_REFERENCE = re.compile(
    rf"\barbitra\w*\b[^.;]{{0,200}}?\b{_OTHER_DOC}|{_OTHER_DOC}[^.;]{{0,120}}\barbitra", re.IGNORECASE
)
_SEAT_LOOSE = re.compile(r"arbitrat\w*[^.;]{0,90}\bin\s+(the\s+)?((city|state|county) of\s+)?$", re.IGNORECASE)
_LANGUAGE = re.compile(
    r"(language (of|for|used in) (the )?(arbitra\w*|proceedings?|mediation)[^.;]{0,20}?(shall|will|must)?\s*(be|is)"
    r"\s*(in\s+)?|(conducted|held|administered)[^.;]{0,40}\bin\s+|proceedings?[^.;]{0,30}\bin\s+)(the\s+)?"
    r"(English|Japanese|French|German|Chinese|Mandarin|Spanish|Korean|Italian|Dutch|Portuguese)",
    re.IGNORECASE,
)
_ARBITRATORS = re.compile(
    r"\b(one|a sole|sole|a single|single|1|three|3|one \(1\)|three \(3\)|a panel of three|"
    r"panel of three|a tribunal of three|tribunal of three|two|2)\s+(\(\d\)\s+)?(neutral\s+|"
    r"independent\s+|impartial\s+)?arbitrators?\b|\bsole arbitrator\b",
    re.IGNORECASE,
)
_PRECEDENCE = re.compile(
    r"(English|Japanese|French|German|Chinese|Spanish|Korean)( language)? (version|text|original|translation)"
    r"[^.;]{0,80}(prevail|control|govern|take precedence|be authoritative|be binding)|"
    r"(prevail|control|govern|take precedence)[^.;]{0,40}\b(English|Japanese)( language)? (version|text)",
    re.IGNORECASE,
)


_PLACE_OF_JURISDICTION = re.compile(
    r"(place of jurisdiction|place of venue|\bvenue|\bforum)\b[^.;]{0,60}?\b(shall be|is|will be|lies)\s+(exclusively\s+)?"
    r"((in|at)\s+)?(?P<where>[^.;,]{3,80})",
    re.IGNORECASE,
)


def _forum_branches(
    text: str, mentions: list[Mention], court_sents: list[tuple[int, int]]
) -> list[tuple[str, str, str | None]]:
    """(condition, forum, code) for each court sentence that names a place: forums split by customer group."""
    out: list[tuple[str, str, str | None]] = []
    for s, e in court_sents:
        named = _NAMED_COURT.search(text, s, e)
        if named:
            inside = sorted(
                (m for m in mentions if named.start() <= m.start < named.end() + 40), key=lambda m: "-" not in m.code
            )
            if inside:
                cond = _condition(text, s, named.start())
                if not any(b[0] == cond for b in out):
                    out.append((cond, " ".join(named.group(0).split()), inside[0].code))
                continue
        for m in mentions:
            if not (s <= m.start < e) or m.kind == "adjective" and m.text.lower() == "federal":
                continue
            before = text[max(s, m.start - 60) : m.start]
            if named and named.start() <= m.start <= named.end() + 40:
                place = named.group(0)
            elif _COURTS_OF.search(before) and not _LAWS_OF_BEFORE.search(before):
                place = m.text
            else:
                continue
            cond = _condition(text, s, m.start)
            place = " ".join(place.split())
            if not any(b[0] == cond for b in out):
                out.append((cond, place, m.code))
            break
    return out


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


_TRANSFER_SCOPE = re.compile(
    r"Standard Contractual Clauses|\bSCCs?\b|\bIDTA\b|International Data Transfer (Agreement|"
    r"Addendum)|\b(UK|Swiss) Addendum\b",
    re.IGNORECASE,
)
_COND = re.compile(
    r"\b(unless|if|where|when|in the case of)\b[^,;:.()]{0,60}?\b(located|resident|reside|resides|"
    r"domiciled|established|incorporated|based|headquartered|means|customers?|users?|consumers?|"
    r"entities|licensees?|region|country|EEA|EU|European|United States|outside|inside|live|lives|"
    r"living)\b[^,;:.]{0,80}|"
    r"\bfor (all )?(customers?|users?|consumers?|entities|licensees?|clients?|subscribers?|those)\b[^,;:.]{0,80}",
    re.IGNORECASE,
)
_OTHERWISE = re.compile(
    r"\b(otherwise|all other (customers|users|cases)|everyone else|in any other case|"
    r"rest of the world)\b",
    re.IGNORECASE,
)
_PART = re.compile(r"(?:^|(?<=[\s.;:]))\(([a-z]|[ivx]{1,4})\)\s|(?<=[.;:])\s*([a-z])\.\s(?=[A-Z])")


def _box(sentence: str) -> bool | None:
    """None: not a tick-box line; True: a ticked box; False: an empty box."""
    head = sentence.lstrip()[:1]
    if not head or head not in _BOX:
        return None
    return head in _BOX_CHECKED


def _box_label(text: str, pos: int) -> str | None:
    """The line above a run of tick boxes (the question the boxes answer)."""
    lines = text[:pos].rstrip("\n").split("\n")
    for line in reversed(lines):
        if line.strip() and _box(line) is None:
            return line
    return None


_SENT_END = re.compile(r"[.;](\s|$)")
_REACH = 2000  # how far around a choice of law its condition is looked for


def _condition(
    text: str, sent_start: int, pos: int, end: int | None = None, floor: int = 0, stop: int | None = None
) -> str:
    """The customer group or case a choice at ``pos`` is made for ("Unless you are located in the United States",
    or after it: "the laws of Ireland if you reside in the EEA"), "otherwise" for the remaining case, or "" when
    the choice is unconditional.  ``floor`` and ``stop`` bound the words that may belong to this choice (the
    previous and the next choice in the sentence)."""
    last = None
    # bounded windows: a clause of millions of characters (a contract on one line) stays linear
    for m in _PART.finditer(text, max(0, pos - _REACH), pos):
        last = m
    start = max(last.start() if last else sent_start, floor, pos - _REACH)
    window = text[start:pos]
    end = pos if end is None else end
    sent_end = _SENT_END.search(text, end, end + _REACH)
    limit = sent_end.start() if sent_end else end + 200
    rest = text[end : min(limit, stop, end + _REACH) if stop is not None else min(limit, end + _REACH)]
    found: list[tuple[int, str]] = []
    conds = list(_COND.finditer(window))
    if conds:
        found.append((len(window) - conds[-1].end(), " ".join(conds[-1].group(0).split())))
    after = _COND.search(rest)
    if after:
        found.append((after.start(), " ".join(after.group(0).split())))
    other = _OTHERWISE.search(rest)
    if other:
        found.append((other.start(), "otherwise"))
    if found:
        return min(found)[1]
    if _OTHERWISE.search(window):
        return "otherwise"
    scope = _TRANSFER_SCOPE.search(window)
    return scope.group(0) if scope else ""


@dataclass(frozen=True, slots=True)
class _Reading:
    """One English clause as the extractors read it: the unwrapped text, its place and statute mentions, its
    sentences, and whether its heading (or an inline heading) speaks of the governing law or of disputes."""

    text: str
    mentions: list[Mention]
    sentences: list[tuple[int, int]]
    heading_gl: bool
    heading_dr: bool


def _read(text: str, heading: str) -> _Reading:
    """Unwrap the clause, find its mentions and sentences, and read its heading."""
    text = _unwrap(text)
    mentions = english_mentions(text)
    sentences = _sentences(text)
    # An inline heading ("Venue. Any action shall be brought in ...") counts as the clause's heading.
    inline = re.match(r"\s*(\d+(\.\d+)*\.?\s+)?([A-Z][^.;:\n]{2,60})[.:]\s", text)
    if inline and len(inline.group(3).split()) <= 6:
        heading = f"{heading} {inline.group(3)}"
    heading_gl = bool(re.search(r"governing law|applicable law|choice of law|law and jurisdiction", heading, re.I))
    heading_dr = bool(re.search(r"dispute|jurisdiction|arbitration|venue|forum", heading, re.I))
    return _Reading(text, mentions, sentences, heading_gl, heading_dr)


def _english(text: str, heading: str, facts: dict[str, Any]) -> None:
    """Every fact of an English clause, one extractor after another: the later ones read what the earlier
    ones found (the dispute extractors build on the mechanisms, the seat on the institution)."""
    r = _read(text, heading)
    _governing_law(r, facts)
    _law_exclusions(r, facts)
    routes = _mechanism(r, facts)
    _forum(r, routes, facts)
    _exclusivity(r, routes, facts)
    _institution(r, routes, facts)
    _seat(r, routes, facts)
    _language(r, routes, facts)
    _arbitrators(r, routes, facts)
    _waivers(r, facts)
    _good_faith_only(r, routes, facts)
    _language_precedence(r, facts)
    facts["mechanism"] = tuple(dict.fromkeys(routes.mech))  # with any mediation the institution added
    _dispute_strength(r, routes, facts)


# ---- governing law


@dataclass(slots=True)
class _LawFound:
    """What the governing-law extractor collects, sentence by sentence."""

    codes: list[str] = field(default_factory=list)  # the places chosen, in order
    names: list[str] = field(default_factory=list)  # the same, as written
    statute_codes: list[str] = field(default_factory=list)  # places whose statute is said to govern
    sentences: list[str] = field(default_factory=list)  # the sentences that choose (the evidence)
    branches: list[tuple[str, str]] = field(default_factory=list)  # (condition, code) in order
    ticked: bool = False  # chosen by a ticked box of a form


def _governing_law(r: _Reading, facts: dict[str, Any]) -> None:
    """Governing law: the places (ISO codes) the clause's sentences choose, statutes said to govern, or a
    choice left open ("applicable law", a blank); how sure the choice is, and its split by customer group."""
    text = r.text
    found = _LawFound()
    for s, e in r.sentences:
        box = _box(text[s:e])
        if box is not None:
            _ticked_law(r, s, e, box, found)
            continue
        _law_sentence(r, s, e, facts, found)
    codes = _collapse(found.codes)
    statute_codes = [c for c in found.statute_codes if c not in codes]
    if codes or statute_codes or facts.get("law_ambiguous"):
        joined = " ".join(found.sentences)
        facts["governing_law"] = tuple(codes + statute_codes)
        facts["law_statutes"] = tuple(statute_codes)
        facts["law_names"] = tuple(found.names)
        facts["law_evidence"] = " ".join(joined.split())[:300]
        facts["evidence"]["governing_law"] = facts["law_evidence"]
        strong = bool(_GL_STRONG.search(joined)) or r.heading_gl or bool(statute_codes) or found.ticked
        facts["strong_law"] = strong
        kept = [(cond, code) for cond, code in found.branches if code in codes]
        conds = {cond for cond, _ in kept}
        if len(codes) > 1 and (_SPLIT_CUE.search(joined) or len(conds) > 1):
            facts["law_split"] = True
        if any(cond for cond, _ in kept):
            facts["law_conditional"] = True
        if facts.get("law_split") or facts.get("law_conditional"):
            grouped: dict[str, list[str]] = {}
            for cond, code in kept:
                grouped.setdefault(cond, [])
                if code not in grouped[cond]:
                    grouped[cond].append(code)
            facts["law_branches"] = tuple((cond, tuple(cs)) for cond, cs in grouped.items())


def _ticked_law(r: _Reading, s: int, e: int, box: bool, found: _LawFound) -> None:
    """A form's tick boxes: "UK country's law that governs the IDTA: ☒ England and Wales ☐ Scotland"."""
    text, mentions = r.text, r.mentions
    sent = text[s:e]
    label = _box_label(text, s)
    if box and label and _BOX_LABEL_LAW.search(label):
        ticked = [m for m in mentions if s <= m.start < e and m.kind in ("name", "adjective", "city")]
        if ticked:
            found.ticked = True
            found.sentences.append(f"{label.strip()} {sent.strip()}")
            scope = _TRANSFER_SCOPE.search(label)
            for m in ticked[:1]:
                if m.code not in found.codes:
                    found.codes.append(m.code)
                    found.names.append(m.text)
                found.branches.append((scope.group(0) if scope else "", m.code))


def _law_sentence(r: _Reading, s: int, e: int, facts: dict[str, Any], found: _LawFound) -> None:
    """One sentence that may choose a law (a compliance duty, "will not apply" or a legal opinion does not):
    the places it chooses, each with the customer group it is chosen for, or a choice it leaves open."""
    text, mentions = r.text, r.mentions
    sent = text[s:e]
    cue = (
        _GL_CUE.search(sent)
        or _LABEL_BEFORE.search(sent[:40])
        or (r.heading_gl and re.search(r"\blaws?\b", sent))
        or any(m.kind == "statute" and s <= m.start < e for m in mentions)
    )
    if not cue:
        return
    if _COMPLY.search(sent) and not re.search(r"govern|constru|interpret", sent, re.IGNORECASE):
        return  # "comply with the laws of X that apply to ..." is a compliance duty, not a choice of law
    if _NOT_APPLY.search(sent) and not re.search(r"governed by|construed|interpreted", sent, re.IGNORECASE):
        return  # "provisions inconsistent with federal law will not apply"
    if _OPINION.search(sent):
        return  # "counsel's opinion shall be limited to matters governed by the laws of Tennessee"
    facts["law_cue"] = True
    chosen_here = _places_chosen(r, s, e, found)
    if not chosen_here and (opts := _FLOATING_LAW.search(sent)):
        # "governed by the laws of the state where a suit is filed, being either Illinois or New York"
        chosen_here.extend(
            m
            for m in mentions
            if s + opts.end() <= m.start < min(e, s + opts.end() + 80) and m.kind in ("name", "adjective", "city")
        )
        if len(chosen_here) > 1:
            facts["law_split"] = True
    if not chosen_here:
        ref = _BACKREF.search(sent)
        if ref:
            earlier = [
                m
                for m in mentions
                if s <= m.start < s + ref.start()
                and m.kind in ("name", "adjective")
                and not _FORMED.search(text[max(s, m.start - 90) : m.start])
            ]
            if earlier:
                chosen_here.append(earlier[-1])
    if any(m.code != "US" for m in chosen_here):
        # "the Canadian federal law": "federal" names the United States only when nothing else is named
        chosen_here = [m for m in chosen_here if not (m.code == "US" and m.text.lower() == "federal")]
        # "US federal law and the law of the State of California govern": both are chosen, as with a statute
        for m in [m for m in chosen_here if m.code == "US" and m.kind == "adjective"]:
            chosen_here.remove(m)
            if m.code not in found.statute_codes:
                found.statute_codes.append(m.code)
    if chosen_here:
        if not found.sentences or found.sentences[-1] != sent:
            found.sentences.append(sent)
        for k, m in enumerate(chosen_here):
            if m.code not in found.codes:
                found.codes.append(m.code)
                found.names.append(m.text)
            floor = chosen_here[k - 1].end if k else s
            stop = chosen_here[k + 1].start if k + 1 < len(chosen_here) else e
            found.branches.append((_condition(text, s, m.start, m.end, floor, stop), m.code))
    elif _PLACEHOLDER.search(sent) or (_APPLICABLE_ONLY.search(sent) and _GL_STRONG.search(sent)):
        found.sentences.append(sent)
        facts["law_ambiguous"] = True


def _places_chosen(r: _Reading, s: int, e: int, found: _LawFound) -> list[Mention]:
    """The places a sentence chooses as governing law ("the laws of X", "X law", "X and Y"), not where a party
    was formed nor whose courts hear disputes; a statute said to govern is recorded in ``found``."""
    text, mentions = r.text, r.mentions
    sent = text[s:e]
    chosen_here: list[Mention] = []
    for m in mentions:
        if not (s <= m.start < e):
            continue
        before = text[max(s, m.start - 90) : m.start]
        after = text[m.end : min(e, m.end + 30)]
        if m.kind == "statute":
            # "The Federal Arbitration Act governs this arbitration agreement" (not "except to the extent
            # governed by the Federal Arbitration Act")
            said = re.search(r"govern", sent, re.IGNORECASE) or re.search(
                r"\bsubject (to )?(the )?$", text[max(s, m.start - 30) : m.start], re.IGNORECASE
            )
            if said and not _STATUTE_EXCEPT.search(text[s : m.start]):
                if m.code not in found.statute_codes:
                    found.statute_codes.append(m.code)
                found.sentences.append(sent)
            continue
        if _FORMED.search(before):
            continue  # where a party was incorporated
        if _SUBJECT_LAWS.search(before) and not _GL_STRONG.search(sent):
            continue
        if (
            m.kind in ("name", "adjective", "city")
            and (
                _LAWS_OF_BEFORE.search(before)
                or _LABEL_BEFORE.search(before)
                or (m.kind in ("adjective", "name") and _LAW_AFTER.match(after))
                or (
                    chosen_here
                    and m.start - chosen_here[-1].end <= 200  # "and the", never pages apart
                    and _AND_BEFORE.match(text[chosen_here[-1].end : m.start])
                )
            )
        ):
            # "the courts of New York" is a forum, not a law.
            if _COURTS_OF.search(before[-60:]) and not _LAWS_OF_BEFORE.search(before):
                continue
            chosen_here.append(m)
    return chosen_here


def _law_exclusions(r: _Reading, facts: dict[str, Any]) -> None:
    """Conflict-of-laws rules excluded; the UN Sales Convention (CISG) excluded."""
    if _CONFLICT.search(r.text):
        facts["conflict_of_laws_excluded"] = True
    for s, e in r.sentences:
        sent = r.text[s:e]
        if _CISG.search(sent) and _EXCLUDE_WORDS.search(sent):
            facts["cisg_excluded"] = True


# ---- dispute resolution


@dataclass(slots=True)
class _Routes:
    """The routes the mechanism extractor found, which the later dispute extractors read.  ``mech`` may
    still grow: the institution extractor adds mediation when a mediation centre is named."""

    mech: list[str]  # courts, escalation, mediation, arbitration, other
    institutions: list[tuple[int, str, str]]  # (position, short name, name as written)
    arbitration: bool
    binding: bool  # disputes *shall* go to arbitration
    courts: bool
    court_sents: list[tuple[int, int]]  # the sentences that send disputes to courts


def _mechanism(r: _Reading, facts: dict[str, Any]) -> _Routes:
    """Mechanism: escalation, mediation, arbitration (binding or not), courts or another forum; whether the
    courts keep injunctive relief beside arbitration."""
    text = r.text
    mech: list[str] = []
    if _ESCALATION.search(text):
        mech.append("escalation")
    if _MEDIATION.search(text):
        mech.append("mediation")
    institutions = _institutions(text)
    arbitral = [i for i in institutions if i[1] not in ("JIMC", "SIMC", "CEDR")]
    arbitration = (
        bool(_ARB_CHOSEN.search(text))
        or bool(arbitral and _ARB.search(text))
        or bool(
            arbitral
            and re.search(
                r"(resolved|settled|determined|decided)[^.;]{0,60}\b(under|in accordance with)"
                r"[^.;]{0,40}\bRules\b",
                text,
            )
        )
    )
    binding = bool(_ARB_BINDING.search(text)) or (arbitration and not _ARB.search(text))
    facts["dispute_cue"] = bool(_DISPUTE_WORDS.search(text))
    if arbitration:
        mech.append("arbitration")
    facts["binding_arbitration"] = binding
    court_sents, carve = _court_sentences(r, arbitration)
    courts = bool(court_sents)
    if arbitration and _INJUNCT.search(text):
        carve = True
    if courts:
        mech.insert(0, "courts")
    if _OTHER.search(text) and not mech:
        mech.append("other")
    facts["injunctive_carve_out"] = carve
    return _Routes(mech, institutions, arbitration, binding, courts, court_sents)


def _court_sentences(r: _Reading, arbitration: bool) -> tuple[list[tuple[int, int]], bool]:
    """The sentences that send disputes to courts (not a court merely mentioned, nor, beside arbitration, one
    only asked for an injunction or to enforce the award), and whether one keeps injunctive relief."""
    text, mentions = r.text, r.mentions
    carve = False
    court_sents: list[tuple[int, int]] = []
    masked = _ARB_COURT_NAMES.sub(lambda m: "x" * len(m.group(0)), text)
    # the dots of "U.S." or "D.C." must not end a "brought ... in the U.S. District Court" match
    masked = _INITIALS.sub(lambda m: m.group(0).replace(".", "_"), masked)
    for s, e in r.sentences:
        sent = masked[s:e]
        if not (
            _COURT_CUE.search(sent)
            or (_COMPETENT.search(sent) and _DISPUTE_WORDS.search(sent))
            or (r.heading_dr and _BROUGHT_IN.search(sent) and any(s <= m.start < e for m in mentions))
        ):
            continue
        if _COURT_NOT_FORUM.search(sent):
            continue  # "no litigation is pending before any court", "unless a court orders", a data subject's rights
        if _INJUNCT.search(sent) or _ENFORCE.search(sent):
            if arbitration:
                carve = carve or bool(_INJUNCT.search(sent))
                # A court clause that also mentions injunctions still selects courts when arbitration is absent.
                continue
            carve = carve or bool(_INJUNCT.search(sent))
        court_sents.append((s, e))
    return court_sents, carve


def _forum(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Forum: the court or the place whose courts hear disputes, with its ISO code (the most specific one
    named beside it), else the user's local courts or a "place of jurisdiction"; the forums of each customer
    group when they differ; with no forum so found and no arbitration, a consumer forum named (an ODR platform,
    small claims, an ombudsman)."""
    text, mentions = r.text, r.mentions
    forum: str | None = None
    forum_code: str | None = None
    if routes.courts:
        forum, forum_code, forum_at = _court_place(r)
        if forum_code:
            # "the state and federal courts located in New York County, New York" -> the most specific code
            related = [
                m.code
                for m in mentions
                if m.code.startswith(forum_code.split("-")[0]) and forum_at - 20 <= m.start <= forum_at + 160
            ]
            subdivisions = [c for c in related if "-" in c and c.startswith(forum_code + "-") or c == forum_code]
            forum_code = next((c for c in subdivisions if "-" in c), forum_code)
        if forum is None:
            local = _LOCAL_COURTS.search(text)
            if local:
                forum = local.group(0)
        if forum is None:
            place = _PLACE_OF_JURISDICTION.search(text)
            if place:
                forum = " ".join(place.group("where").split())
        forum_branches = _forum_branches(text, mentions, routes.court_sents)
        if len({b[1] for b in forum_branches}) > 1 and len({b[0] for b in forum_branches}) > 1:
            facts["forum_branches"] = tuple(forum_branches)
    other = _OTHER.search(text)
    if other and forum is None and not routes.arbitration:
        forum = other.group(0)
    facts["forum"] = forum
    facts["forum_jurisdiction"] = forum_code
    facts["competent_courts_only"] = bool(routes.courts and forum is None and _COMPETENT.search(text))


def _court_place(r: _Reading) -> tuple[str | None, str | None, int]:
    """The court the clause names ("the Tokyo District Court") or the place whose courts it names ("the courts
    of England", "New York courts"): (forum as written, its ISO code, where the place was found)."""
    text, mentions = r.text, r.mentions
    named = _NAMED_COURT.search(text)
    if named:
        forum = named.group(0).strip()
        if forum.lower().startswith("the "):
            forum = forum[4:]
        inside = [m for m in mentions if named.start() <= m.start < named.end() + 40]
        inside.sort(key=lambda m: "-" not in m.code)  # "U.S. District Court for the ... of California": US-CA
        if inside:
            return forum, inside[0].code, named.start()
        return forum, None, 0
    ordered = [m for m in mentions if m.kind != "adjective"] + [
        m for m in mentions if m.kind == "adjective" and m.text.lower() != "federal"
    ]
    for m in ordered:
        before = text[max(0, m.start - 120) : m.start]
        after = text[m.end : m.end + 12]
        if _AS_FORUM_AFTER.match(text[m.end : m.end + 40]):
            return m.text, m.code, m.start
        if _COURTS_OF.search(before) or (m.kind == "adjective" and _ADJ_COURTS.match(after)):
            if _LAWS_OF_BEFORE.search(before) and not re.search(r"courts?", before[-40:], re.I):
                continue
            low = before.lower()
            k = low.rfind("court")
            if k < 0:
                k = max(
                    (low.rfind(w) for w in ("venue", "forum", "place of jurisdiction", "brought", "filed")),
                    default=-1,
                )
            k = k if k >= 0 else len(before)
            phrase = (
                (before[k:] + text[m.start : m.end])
                if m.kind != "adjective"
                else (text[m.start : m.end] + after[: len(after) - len(after.lstrip())] + "courts")
            )
            return " ".join(phrase.split()), m.code, m.start
    return None, None, 0


def _exclusivity(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Exclusivity: whether the courts' jurisdiction is exclusive (True), non-exclusive (False) or not said."""
    if not routes.courts:
        return
    text = r.text
    court_text = " ".join(
        text[s:e] for s, e in r.sentences if _COURT_CUE.search(text[s:e]) or _COMPETENT.search(text[s:e])
    )
    if _NONEXCL.search(court_text):
        facts["exclusive"] = False
    elif _EXCL.search(court_text):
        facts["exclusive"] = True


def _institution(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Institution: the arbitral institution (ICC, JCAA, ...; UNCITRAL for its ad hoc rules) and the rules
    named; a mediation centre (JIMC, SIMC, CEDR) adds mediation to the mechanisms."""
    institutions, mech = routes.institutions, routes.mech
    if institutions:
        inst = [i for i in institutions if i[1] not in ("UNCITRAL", "JIMC", "SIMC", "CEDR")]
        if "arbitration" in mech or routes.binding:
            facts["institution"] = (inst or institutions)[0][1] if (inst or institutions) else None
        uncitral = any(i[1] == "UNCITRAL" for i in institutions)
        if uncitral and not inst:
            facts["institution"] = "UNCITRAL"
        med = [i for i in institutions if i[1] in ("JIMC", "SIMC", "CEDR")]
        if med and "mediation" not in mech:
            mech.append("mediation")
    rules_m = re.search(
        r"((?:[A-Z][\w'&.\-]*\s+){0,7}(?:Arbitration\s+)?Rules(?:\s+of\s+(?:Arbitration|the\s+"
        r"[A-Z][\w\s]{2,60}?(?=[,.;]|\s+(?:then|in|as|by|and))))?)",
        r.text,
    )
    if rules_m and ("arbitration" in mech):
        facts["arbitration_rules"] = " ".join(rules_m.group(1).split())


def _seat(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Seat of an arbitration: the place named, or a hearing where the user lives (a floating seat); with
    neither a seat nor an institution, arbitration terms kept in another document ("Section 15 of the X
    Agreement")."""
    if "arbitration" not in routes.mech:
        return
    seat = _seat_place(r)
    if seat:
        facts["seat"] = seat.text
        facts["seat_jurisdiction"] = seat.code
    if not facts.get("seat") and not facts.get("institution") and _BY_REFERENCE.search(r.text):
        facts["dispute_by_reference"] = True
    floating = _SEAT_RESIDENCE.search(r.text)
    if floating:
        facts["seat_floating"] = True  # no seat of its own: DR015 says the place follows the claimant


def _seat_place(r: _Reading) -> Mention | None:
    """The first place named as the seat ("seated in London"), else the first place an arbitration is "in";
    never a place that depends on the claimant, nor a court's place."""
    text = r.text
    for pat in (_SEAT, _SEAT_LOOSE):
        for m in r.mentions:
            before = text[max(0, m.start - 120) : m.start]
            if pat.search(before) and m.kind in ("city", "name"):
                if re.match(r"\s+(county|counties|state|states|city|district)\b", text[m.end : m.end + 12], re.I):
                    continue  # "in the U.S. county where you live": a place that depends on the claimant
                if re.search(r"\bcourts?\b", re.split(r"[.;]\s", before)[-1][-80:], re.IGNORECASE):
                    continue  # "claims not subject to arbitration ... in the courts of X": a court, not a seat
                return m
    return None


def _language(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Language of an arbitration ("The language of the arbitration shall be English", "conducted in English")."""
    if "arbitration" not in routes.mech:
        return
    lang = _LANGUAGE.search(r.text)
    if lang:
        facts["language"] = lang.group(lang.lastindex or 0).capitalize() if lang.lastindex else None
        word = re.search(
            r"(English|Japanese|French|German|Chinese|Mandarin|Spanish|Korean|Italian|Dutch|"
            r"Portuguese)\s*$",
            lang.group(0),
            re.I,
        )
        facts["language"] = word.group(1).capitalize() if word else facts["language"]


def _arbitrators(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Number of arbitrators of an arbitration (None when not said)."""
    if "arbitration" in routes.mech:
        facts["arbitrators"] = _number_of_arbitrators(r.text)


def _waivers(r: _Reading, facts: dict[str, Any]) -> None:
    """Waivers: of a jury trial, and of class or representative actions."""
    text = r.text
    facts["jury_waiver"] = bool(_JURY.search(text) and re.search(r"waiv", text, re.I))
    facts["class_waiver"] = bool(_CLASS.search(text) and re.search(r"waiv|not|no ", text, re.I))


def _good_faith_only(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Good faith only: disputes are to be discussed in good faith, with no mechanism to resolve them."""
    text = r.text
    if (
        not routes.mech
        and _GOOD_FAITH.search(text)
        and re.search(r"disput|differen|disagree|controvers|claim|matters? not", text, re.I)
    ):
        facts["good_faith_only"] = True


def _language_precedence(r: _Reading, facts: dict[str, Any]) -> None:
    """Language precedence: the language version that prevails (not dispute resolution, but reported)."""
    prec = _PRECEDENCE.search(r.text)
    if prec:
        lang = re.search(r"English|Japanese|French|German|Chinese|Spanish|Korean", prec.group(0), re.I)
        facts["language_precedence"] = lang.group(0).capitalize() if lang else None


def _dispute_strength(r: _Reading, routes: _Routes, facts: dict[str, Any]) -> None:
    """Whether the clause certainly resolves disputes (binding arbitration, courts named or made exclusive, an
    institution, mediation of disputes); if so, its text is the evidence."""
    text, mech = r.text, routes.mech
    facts["strong_dispute"] = bool(
        routes.binding
        or (
            routes.courts
            and (facts["forum"] or facts.get("exclusive") is not None or facts["competent_courts_only"] or r.heading_dr)
        )
        or (facts.get("institution") and "arbitration" in mech)
        or ("mediation" in mech and re.search(r"disput", text, re.I))
    )
    if facts["strong_dispute"]:
        facts["evidence"]["dispute_resolution"] = " ".join(text.split())[:300]


# --- Japanese --------------------------------------------------------------------------------

_JA_GL = re.compile(
    r"準拠法|準拠し|準拠する|準拠とする|を準拠|(法|法令|法律)(に従って|に従い|に基づいて)(解釈|適用)|"
    r"(法|法令|法律)(によるもの|による。|が適用され|を適用す|を適用し|が適用さ)"
)
_JA_LAW = re.compile(
    r"(日本国?|[^\s、。「」（）()]{1,12}?)(の)?(法令|法律|法)(に準拠|を準拠|が適用|を適用|に従|による)"
)
_JA_COURT = re.compile(
    r"([^\s、。，．「」『』（）()・及又はとをにのが]{1,12}?(地方裁判所|簡易裁判所|高等裁判所|家庭裁判所|地裁|"
    r"簡裁)(本庁)?)"
)
_JA_FLOAT = re.compile(
    r"(被告|原告|甲|乙|申立人|相手方|当社|委託者|受託者|発注者|受注者|利用者|ユーザー)[^。]{0,8}"
    r"(本店|本社|住所|主たる事務所|営業所|所在地)[^。]{0,10}を管轄する[^。]{0,10}裁判所"
)
_JA_ARB_RULES = (
    ("インタラクティヴ仲裁規則", "JCAA Interactive Arbitration Rules"),
    ("インタラクティブ仲裁規則", "JCAA Interactive Arbitration Rules"),
    ("商事仲裁規則", "JCAA Commercial Arbitration Rules"),
    ("UNCITRAL仲裁規則", "UNCITRAL Arbitration Rules"),
)
_JA_SEAT = re.compile(r"仲裁地は、?([^\s、。]{1,10}?)(とする|と|で|とし)|([^\s、。]{1,8}?)(において|で)(仲裁|行う仲裁)")
_JA_PRECEDENCE = re.compile(
    r"(英語|日本語|英文|和文)(版|の版|による版|を正本|が正本|を優先|が優先|の記載が優先|"
    r"の文言が優先|を正文|が正文)"
)


def _japanese(text: str, facts: dict[str, Any]) -> None:
    evidence: dict[str, str] = facts["evidence"]
    mentions = japanese_mentions(text)
    facts["dispute_cue"] = bool(re.search(r"紛争|裁判|仲裁|調停|管轄|訴訟", text))
    if gl := _JA_GL.search(text):
        facts["law_cue"] = True
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
            facts["law_evidence"] = text[max(0, gl.start() - 40) : gl.end() + 40]
            evidence["governing_law"] = facts["law_evidence"]
    elif re.search(r"(関連|適用される|関係)(法令|法規)に従", text) and not re.search(r"裁判所|仲裁", text):
        facts["law_ambiguous"] = True
    mech: list[str] = []
    courts = bool(re.search(r"裁判所|地裁|簡裁", text) and re.search(r"管轄|専属|提起|訴え|訴訟", text))
    if re.search(r"(役員|代表者|責任者|経営陣)[^。]{0,30}(協議|交渉|付託)", text) and (courts or "仲裁" in text):
        mech.append("escalation")
    arbitration = "仲裁" in text
    if re.search(r"調停", text):
        mech.append("mediation")
    if courts and not (arbitration and re.search(r"仲裁判断", text) and not re.search(r"管轄", text)):
        mech.insert(0, "courts")
    if arbitration:
        mech.append("arbitration")
        facts["binding_arbitration"] = bool(
            re.search(
                r"仲裁(により|によって|に付|で)[^。]{0,20}(最終的|解決|付託)|"
                r"仲裁に付託|仲裁により最終",
                text,
            )
        )
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
        facts["arbitrators"] = (
            3
            if re.search(r"(3|三)名の仲裁人", text)
            else (1 if re.search(r"(1|一)名の仲裁人|単独仲裁人", text) else None)
        )
    if not mech and re.search(r"誠実に協議|協議の上|協議により|協議して", text):
        facts["good_faith_only"] = True
    prec = _JA_PRECEDENCE.search(text)
    if prec and re.search(r"優先|正本|正文", text):
        facts["language_precedence"] = "English" if prec.group(1) in ("英語", "英文") else "Japanese"
    facts["mechanism"] = tuple(dict.fromkeys(facts.get("mechanism", ()) + tuple(mech)))
    facts["strong_dispute"] = bool(
        facts.get("strong_dispute")
        or ("courts" in mech and re.search(r"管轄", text))
        or (arbitration and (facts.get("binding_arbitration") or facts.get("institution")))
    )
    if facts["strong_dispute"] and "dispute_resolution" not in evidence:
        evidence["dispute_resolution"] = text[:300]


# --- entry point --------------------------------------------------------------------------------


#: a choice of law that covers only part of the document: the data-transfer clauses of a DPA ("The governing
#: law in Clause 17 is ...", "the Standard Contractual Clauses will be governed by Irish law"), or only the
#: enforcement of the contract ("Enforcement of these Terms will be governed by ...")
_TRANSFER_SCOPE = re.compile(
    r"\bClause 1[78]\b|\bStandard Contractual Clauses\b|\bSCCs?\b|\bIDTA\b|"
    r"\bInternational Data Transfer (?:Agreement|Addendum)\b|\bUK Addendum\b|"
    r"\bModel Clauses\b|標準契約条項",
    re.IGNORECASE,
)
_ENFORCEMENT_ONLY = re.compile(
    r"^\W*(?:\(?[\w.]{1,6}\)?\s+)?(?:the\s+)?(?:enforcement|enforceability|performance)\s+of\s+"
    r"(?:this|these|the)\b[^,.;]{0,40}?\b(?:shall|will|is|are)\s+(?:be\s+)?governed",
    re.IGNORECASE,
)


#: one party alone may also go to other courts: "we may seek injunctive relief in any court worldwide", "we may
#: also bring any Claim against you in the country in which you reside"; a right of "each party" or "either
#: party" is mutual and is not this
_ONE_SIDED = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:however|also|additionally|foregoing),?\s+)(?P<who>we|[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2})"
    r"\s+(?:may|reserves? the right to|shall be entitled to|is entitled to|can|retains? the right to)\s+"
    r"(?:also\s+|additionally\s+|at any time\s+)?(?:bring|seek|pursue|commence|file|institute|take|apply for)\b"
    r"[^.;]{0,160}?\b(?:in any (?:other )?(?:court|jurisdiction|country)|in (?:the )?courts? (?:of|in) (?:any|your|the "
    r"country|the place)|in the (?:country|state|place) (?:in which|where) you (?:reside|live|are)|where you (?:reside|live)"
    r"|worldwide)",
    re.IGNORECASE,
)
_MUTUAL = re.compile(
    r"^(?:each|either|both|neither|the parties|parties|you|nothing|any party|a party)\b", re.IGNORECASE
)


def _one_sided(text: str) -> bool:
    return any(not _MUTUAL.match(m.group("who")) for m in _ONE_SIDED.finditer(text))


def _law_scope(evidence: str | None) -> str | None:
    if not evidence:
        return None
    if _TRANSFER_SCOPE.search(evidence):
        return "transfer_clauses"
    if _ENFORCEMENT_ONLY.search(evidence):
        return "enforcement"
    return None


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
    facts["seat_stated"] = bool(facts.get("seat") or facts.get("seat_floating"))
    if not japanese and _one_sided(norm):
        facts["one_sided_forum"] = True
    if facts.get("governing_law"):
        facts["law_scope"] = _law_scope(facts.get("law_evidence"))
    return LawFacts(**{k: v for k, v in facts.items() if k in LawFacts.__dataclass_fields__})
