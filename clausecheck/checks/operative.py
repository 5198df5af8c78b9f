"""The operative clause of each AI clause type: the one that decides the document's stance.

A contract that says "we will not train models on Customer Content" in its data
clause does not become "adverse" because an indemnity or a definition elsewhere
mentions training.  For each AI label, the clauses that carry it are ranked by
how directly they govern the customer's position:

1. clauses that only define a term, recite, or point elsewhere ("as set out in
   Section 6.2") are never operative while another clause carries the label;
2. a clause the model is sure of comes before one in its review band;
3. a clause that commits someone (shall, will, may, must, not, never; しない,
   できる, ものとします ...) comes before one that only describes;
4. then the more of the label's own words (its evidence) the clause holds,
   then a mention of the customer's data or of the user, then the model's score.

Two operative clauses that disagree outright (one protective, one adverse), both
committing and both with the label's words, are a genuine conflict: both are
reported and a finding says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ClauseInfo

_QUOTE = "\"“”'‘’「『"
_DEFINES = re.compile(
    rf"^\W{{0,3}}(?:[{_QUOTE}][^{_QUOTE}\n]{{1,60}}[{_QUOTE}»」』]|\w[\w\s-]{{0,40}}[:：])\s*"
    r"(?:means|shall mean|refers to|has the meaning|includes?|is defined|とは|は、次の)",
    re.IGNORECASE,
)
_POINTER = re.compile(
    r"\b(?:as (?:set out|described|provided|specified|defined|detailed)|see|refer(?:red)? to|"
    r"in accordance with|pursuant to|as stated)\b[^.]{0,40}\b(?:Section|Clause|Article|Schedule|"
    r"Exhibit|Annex|paragraph|§|our [A-Z]\w+ Policy)|第\s*\d+\s*条に(?:定める|従い|規定)",
    re.IGNORECASE,
)
_COMMITS = re.compile(
    r"\b(?:shall|will|must|may|cannot|can't|won't|agrees?|undertakes?|never|not|only|"
    r"prohibited|permitted|reserves?)\b|しない|しません|できる|できません|ものとし|禁止|"
    r"してはならない|行いません|使用しません|利用しません|することがあります",
    re.IGNORECASE,
)
_CUSTOMER_DATA = re.compile(
    r"\b(?:your|customer|client|user|licensee|subscriber)\b|\b(?:inputs?|prompts?|content|"
    r"customer data|personal data|outputs?)\b|利用者|お客様|入力|ユーザ",
    re.IGNORECASE,
)
#: "About this document", "Purpose", 目的: what the document is for, not what it commits anyone to
_ABOUT_HEADING = re.compile(
    r"^(?:about (?:this|these)\b|purpose\b|scope\b|introduction\b|overview\b|background\b|"
    r"目的|趣旨|はじめに|前文|(?:この|本)(?:文書|ポリシー|規約|ガイドライン|方針)について)",
    re.IGNORECASE,
)
_DEFINITION_HEADING = re.compile(r"definition|interpretation|定義|^Preamble$", re.IGNORECASE)

#: The sentence that governs the customer's position, per label (see ``_direct``).
_TRAIN_VERB = re.compile(
    r"\b(?:re)?train\w*|\bfine[- ]?tun\w*|\bimprov\w*|\bdevelop\w*|\blearn\w*|学習|改善|開発", re.IGNORECASE
)
_DATA_OBJECT = re.compile(
    r"\b(?:your|customer|client|user|licensee|subscriber)\b|\b(?:inputs?|prompts?|content|"
    r"data|outputs?|conversations?|submissions?)\b|利用者|入力|お客様|ユーザ|データ",
    re.IGNORECASE,
)
_BUILD_VERB = re.compile(
    r"\bdevelop\w*|\bbuild\w*|\bcreat\w*|\b(?:re)?train\w*|\bimprov\w*|\bdistil\w*|"
    r"\bextract\w*|\bcompet\w*|\breplicat\w*|\breverse\w*|\bmerg\w*|開発|蒸留|学習|抽出|マージ|派生",
    re.IGNORECASE,
)
_AI_THING = re.compile(
    r"\bmodels?\b|\boutputs?\b|\bweights\b|\bA\.?I\b|\bmachine learning\b|\bLLMs?\b|"
    r"モデル|出力|ＡＩ|AI",
    re.IGNORECASE,
)
_LIMIT = re.compile(
    r"\bnot\b|\bnever\b|\bno\b|\bprohibit\w*|\bonly\b|\bsolely\b|\bexcept\b|"
    r"禁止|ならない|できない|できません|限り",
    re.IGNORECASE,
)
_DISCLOSE = re.compile(
    r"\bnotif\w*|\bnotice\b|\binform\w*|\bdisclos\w*|\bidentif\w*|\blist\w*|\bpowered by\b|"
    r"\bprovided by\b|\bdeprecat\w*|\bdiscontinu\w*|\bretir\w*|\breplac\w*|\bchang\w*|"
    r"\bupdat\w*|\buses?\b|\bbased on\b|通知|変更|使用|利用|提供|停止",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.;])\s+|(?<=。)|\n")


@dataclass(frozen=True, slots=True)
class Choice:
    operative: ClauseInfo | None
    conflicts: tuple[ClauseInfo, ...] = ()
    only_background: bool = False  # every clause carrying the label only defines, recites or points


def _body(info: ClauseInfo) -> str:
    text = info.text.strip()
    if info.number and text.startswith(info.number):
        text = text[len(info.number) :].lstrip(" .)\t")
    if info.heading and text.lower().startswith(info.heading.lower()):
        text = text[len(info.heading) :].lstrip(" .:\t")
    return text


def is_background(info: ClauseInfo, headings: Sequence[str] = ()) -> bool:
    """A definition, a recital, a clause that only says what the document is about, or one that only points
    elsewhere."""
    if info.kind in ("preamble", "definition") or any(_DEFINITION_HEADING.search(h or "") for h in headings):
        return True
    if _ABOUT_HEADING.search((info.heading or "").strip(' “”"「」『』')) and not _direct_any(_body(info)):
        return True
    body = _body(info)
    if _DEFINES.match(body):
        # a definitions clause unless one of its sentences, not itself a definition, commits someone
        rest = [x for x in _SENTENCES.split(body) if x.strip() and not _DEFINES.match(x.strip())]
        return not any(_COMMITS.search(x) for x in rest)
    return (
        len(body.split()) < 45
        and bool(_POINTER.search(body))
        and not re.search(r"\b(?:train|will not|shall not|never)\b", body, re.IGNORECASE)
    )


def _direct_any(body: str) -> bool:
    """Whether a sentence of ``body`` speaks directly to any AI clause type (see ``_direct``)."""
    return any(_direct(body, label, None) for label in ("training_data", "distillation", "model_disclosure"))


def _direct(body: str, label: str, vendor_subject: re.Pattern[str] | None) -> bool:
    """Whether one sentence of ``body`` speaks directly to the label's question for the customer:
    what the vendor does with the customer's data (training), what may not be built from the model
    or its outputs (distillation), which models are used or changed (disclosure), which AI law."""
    for sentence in _SENTENCES.split(body):
        if label == "training_data":
            if (
                _TRAIN_VERB.search(sentence)
                and _DATA_OBJECT.search(sentence)
                and (
                    (vendor_subject is not None and vendor_subject.search(sentence))
                    or re.search(r"\b(?:be|been|is|are) (?:used|processed)\b", sentence)
                    or _JA_VENDOR.search(sentence)
                )
            ):
                return True
        elif label == "distillation":
            if _BUILD_VERB.search(sentence) and _AI_THING.search(sentence) and _LIMIT.search(sentence):
                return True
        elif label == "model_disclosure":
            if re.search(r"\bmodels?\b|モデル|\bLLMs?\b|\bGPT", sentence, re.IGNORECASE) and _DISCLOSE.search(sentence):
                return True
            if (
                re.search(r"\bnoti(?:ce|fy)\b", sentence, re.I)
                and _ADVANCE.search(sentence)
                and _MODEL_CHANGE.search(sentence)
            ):
                return True  # advance notice of a change to what the document defines as its AI
        elif label == "ai_compliance":
            from ..classify.evidence import Context, evidence_for

            if evidence_for("ai_compliance", sentence, Context()):
                return True
    return False


_NEGATED = re.compile(
    r"\b(?:will|shall|does|do|must|may|can|is|are)\s+not\b|\bwon[’']t\b|\bdoesn[’']t\b|\bnever\b|"
    r"\bcannot\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:if|unless|where|once|when|after|upon|until|except|other than|provided that|opt(?:s|ed)?"
    r"[- ]?(?:out|in))\b|de-?identified|anonymi[sz]\w*|aggregat\w*|場合",
    re.IGNORECASE,
)


_MODEL_CHANGE = re.compile(r"\b(?:discontinu|deprecat|retir|chang|replac|remov|sunset|withdraw)\w*", re.IGNORECASE)
_ADVANCE = re.compile(r"\b(?:prior to|before|in advance|at least|minimum (?:notice )?period)\b", re.IGNORECASE)


#: the vendor as the subject of a Japanese sentence: 当社は, 弊社が, 運営者が, 本サービスの提供者は
_JA_VENDOR = re.compile(r"(?:当社|弊社|運営者|運営会社|提供者)(?:は|が)")
#: "does not use ... (for training)": 利用しません, 用いることはありません, 学習させない
_JA_NEVER = re.compile(
    r"(?:利用|使用|学習|入力)(?:しません|しない|いたしません|させません|させない)|行いません|"
    r"(?:用い|利用し|使用し|入力し|学習させ)(?:ません|ない)|(?:用いる|利用する|使用する|入力する|学習させる)"
    r"こと(?:は|も)?(?:ありません|ない)"
)


def _notice_promise(text: str, vendor: re.Pattern[str]) -> str | None:
    """ "We shall provide a minimum notice period of six months prior to the discontinuation of the Model":
    the vendor commits to advance notice of a model change, which makes the disclosure clause protective."""
    for sentence in _SENTENCES.split(" ".join(text.split())):
        if (
            re.search(r"\bmodels?\b|\bproducts?\b|\bservices?\b", sentence, re.IGNORECASE)
            and re.search(r"\bnoti(?:ce|fy|fication)\b", sentence, re.IGNORECASE)
            and _MODEL_CHANGE.search(sentence)
            and _ADVANCE.search(sentence)
            and vendor.search(" " + sentence)
            and not re.search(r"\bwithout (?:prior )?notice\b|\bmay\b[^.;]{0,30}\bnot\b", sentence, re.I)
        ):
            return "protective"
    return None


def promised_stance(label: str, text: str, vendor: re.Pattern[str] | None) -> str | None:
    """The stance a clause states outright, whatever the model read in the rest of it: a sentence in which
    the vendor promises, without condition, not to train on the customer's data ("Provider will not use
    your Content to train any AI models") makes the training clause protective, even where another
    sentence lets the vendor use de-identified usage data. None when no sentence says so."""
    if vendor is None:
        return None
    if label == "model_disclosure":
        return _notice_promise(text, vendor)
    if label != "training_data":
        return None
    for sentence in _SENTENCES.split(" ".join(text.split())):
        if (
            _TRAIN_VERB.search(sentence)
            and re.search(r"\btrain\w*|\bfine[- ]?tun\w*|学習", sentence, re.I)
            and _DATA_OBJECT.search(sentence)
            and (negated := _NEGATED.search(sentence))
            and vendor.search(" " + sentence[: negated.start() + 12])
            and not _CONDITION.search(sentence)
        ):
            return "protective"
        if (
            _JA_VENDOR.search(sentence)
            and "学習" in sentence
            and _DATA_OBJECT.search(sentence)
            and _JA_NEVER.search(sentence)
            and not _CONDITION.search(sentence)
        ):
            return "protective"
    return None


def _rank(info: ClauseInfo, label: str, vendor: re.Pattern[str] | None) -> tuple[int, int, int, int, int, float]:
    body = _body(info)
    sure = label not in info.review
    return (
        int(sure),
        int(_direct(body, label, vendor)),
        int(bool(_COMMITS.search(body))),
        len(info.why.get(label, ())),
        int(bool(_CUSTOMER_DATA.search(body))),
        float(info.scores.get(label, 0.0)),
    )


def vendor_subject(vendor_terms: Sequence[str]) -> re.Pattern[str]:
    """A sentence whose subject is the vendor: "we", "Provider", the vendor's defined term or short name."""
    names = [re.escape(t) for t in vendor_terms if t and len(t) > 1]
    alts = "|".join(["[Ww]e", "[Oo]ur", "[Pp]rovider", "[Vv]endor", "[Ss]upplier", "[Ll]icensor", *names])
    return re.compile(
        rf"(?:^|[\s(“\"])(?:{alts})\s+(?:\w+\s+){{0,3}}?(?:will|shall|may|must|does|do|can|"
        r"agrees?|uses?|reserves?|is|are|has|have|might|could|would|won’t|won't|doesn’t|doesn't)\b"
    )


_NUM = r"(?:\d+(?:\.\d+)*[A-Za-z]?(?:\([0-9A-Za-z]{1,4}\))*|\([0-9A-Za-z]{1,4}\)|(?<![A-Za-z])[A-Za-z](?=[,;\s]))"
_NOTWITHSTANDING = re.compile(
    r"\b(?:notwithstanding|despite)\s+(?:anything\s+(?:to\s+the\s+contrary\s+)?in\s+)?"
    r"(?:the\s+)?(?:Sections?|Clauses?|Articles?|paragraphs?|§§?)\s*"
    rf"({_NUM}(?:\s*(?:,|and|or)\s*(?:(?:Sections?|paragraphs?)\s+)?{_NUM})*)",
    re.IGNORECASE,
)


_ANY_CONTRARY = re.compile(r"\bnotwithstanding anything (?:to the contrary )?in (?:this|these|the)\b", re.IGNORECASE)


def overrides(info: ClauseInfo) -> set[str]:
    """The clause numbers ``info`` says it prevails over ("Notwithstanding Section 3.3, ...")."""
    out: set[str] = set()
    for m in _NOTWITHSTANDING.finditer(info.text):
        for num in re.findall(_NUM, m.group(1)):
            num = num.rstrip(".")
            if num.lower() in ("and", "or"):
                continue
            out.add(num)
            tail = re.search(r"\(([0-9A-Za-z]{1,4})\)$", num)
            if tail:  # "4(a)" also names the sub-clause numbered "(a)" / "a"
                out.update({tail.group(1), f"({tail.group(1)})"})
    if _ANY_CONTRARY.search(info.text):
        out.add("*")
    return out


def choose(
    label: str,
    clauses: Sequence[ClauseInfo],
    headings: Mapping[str, Sequence[str]],
    vendor: re.Pattern[str] | None = None,
) -> Choice:
    """The operative clause for ``label`` among the clauses carrying it, and any that conflict with it."""
    if not clauses:
        return Choice(None)
    candidates = [c for c in clauses if not is_background(c, headings.get(c.id, ()))]
    if not candidates:
        return Choice(None, only_background=True)
    ranked = sorted(candidates, key=lambda c: _rank(c, label, vendor), reverse=True)
    best = ranked[0]
    # "Notwithstanding Section 3.3, ..." prevails over the clause it names: a clause that says it prevails
    # over another clause carrying the label is operative, and the two are not in conflict (the contract
    # itself says which one wins)
    numbers = {c.number.rstrip(".") for c in candidates if c.number}
    over = next(
        (
            c
            for c in ranked
            if c.stance.get(label)
            and label not in c.review
            and ("*" in overrides(c) or (overrides(c) & (numbers - {(c.number or "").rstrip(".")})))
        ),
        None,
    )
    if over is not None:
        return Choice(over)
    stance = best.stance.get(label)
    conflicts = []
    top = _rank(best, label, vendor)
    if stance in ("protective", "adverse") and top[0] == 1:
        other = "adverse" if stance == "protective" else "protective"
        for c in ranked[1:]:
            r = _rank(c, label, vendor)
            # a genuine conflict: another sure clause, as direct and as committing as the operative one
            if c.stance.get(label) == other and r[:3] == top[:3]:
                conflicts.append(c)
    return Choice(best, tuple(conflicts))
