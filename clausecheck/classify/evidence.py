"""Why an AI label holds: the words in a clause, or in its context, that speak of AI.

The classifier reads one clause at a time and, on ordinary commercial contracts,
sometimes puts an AI label on a clause that has nothing to do with AI: a notices
clause, a bare party name, staff training, a software decompiling ban.  An AI
label is kept only when the clause or its context speaks of AI, and the words
that do are reported with the label (``"evidence": {"training_data": ["train",
"models"]}``) so that a lawyer sees why.

Context is what a reader has in front of them: the clause's own words, the
headings above it, its parent's lead-in ("You shall not:"), and the document's
own definitions (a "Services" defined as access to AI models makes "improve
the Services" a statement about an AI model).  Each AI label asks for an AI
signal plus, where the label needs one, a cue of its own kind:

* ``model_disclosure``: an AI signal;
* ``training_data``: an AI signal and a use of data (train, learn, improve, develop ...);
* ``distillation``: an AI signal and building something from it (develop, train, extract, compete ...);
* ``ai_compliance``: an AI law or framework by name, or an AI signal and a law word.

"Model" alone is an AI signal only next to AI words or in a document that is
about AI: a product's "Model X-200", a "financial model" or the "Model Clauses"
of a data-transfer agreement are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# --- the lexicon ---------------------------------------------------------------------------------

#: Words that speak of AI wherever they stand.
_STRONG = re.compile(
    r"(?i:\bartificial[- ]intelligence\b|\bmachine[- ]learning\b|\bdeep[- ]learning\b|\bneural[- ]networks?\b|"
    r"\b(?:large )?language models?\b|\bgenerative\b|\bfoundation models?\b|\bchatbots?\b|\bmodel weights\b|"
    r"\bfine[- ]?tun(?:e|es|ed|ing)\b|\btraining data(?:sets?)?\b|\bembeddings\b|\bdistill?(?:s|ed|ing|ation)?\b|"
    r"\bprompts\b|\bprompt (?=and|or|to the|engineering|injection|you)|\bAI-(?:based|powered|generated|enabled)\b)|"
    r"(?<![A-Za-z0-9])A\.?I\.?(?=[\s,.;:)/-]|$|[\u3040-\u30ff\u4e00-\u9fff])|\bLLMs?\b|\bGPT[-\w.]*|"
    # model families and AI providers by name
    r"\b(?:OpenAI|ChatGPT|Anthropic|Claude|Gemini|Llama|Bedrock|Copilot|Hugging ?Face|Cohere|DeepSeek|Qwen|"
    r"Mixtral|Midjourney|Stable Diffusion|DALL-E|Whisper)\b|"
    r"人工知能|機械学習|深層学習|生成\s*AI|生成ＡＩ|ＡＩ|ＬＬＭ|大規模言語モデル|学習済み?モデル|学習用データ|"
    r"アルゴリズム|プロンプト|ディープラーニング|蒸留",
)

#: "model" in an AI sense: AI words close by, or a document about AI (see ``Context.doc_ai``).
_MODEL = re.compile(r"\bmodels?\b|モデル", re.IGNORECASE)
_NOT_AI_MODEL = re.compile(
    r"\b(?:business|financial|pricing|revenue|economic|cost|operating|forecast(?:ing)?|valuation|"
    r"delivery|service|data|role|licensing|distribution|sales|product|care|staffing|royalty|"
    r"franchise|compensation|financing|statistical|actuarial|econometric|3D|CAD)\s+models?\b|"
    r"\bmodels?\s+(?:clauses?|contracts?|forms?|agreements?|laws?|codes?|years?|numbers?|nos?\.?|names?|"
    r"home|units?|of (?:the|its|their) products?)\b|"
    r"\bmodel\s+(?:[A-Z]{0,4}[-\s]?\d[\w-]*)|\bmodels?\s+[A-Z0-9]{1,4}-?\d",
    re.IGNORECASE,
)
_NEAR_AI = re.compile(
    r"\b(?:train\w*|learn\w*|outputs?|inference|weights?|generat\w*|predict\w*|"
    r"algorithm\w*|datasets?|neural|AI|inputs?)\b|学習|生成|出力|推論",
    re.IGNORECASE,
)

#: "model" words that read as an AI model even alone: the underlying model, model versions, retiring a model
_MODEL_AI_SENSE = re.compile(
    r"\b(?:underlying|base|foundation|frontier|third-party|hosted|default|designated|pinned|fine-tuned|trained|"
    r"proprietary|open(?:-weight)?|selected) models?\b|\bmodels? (?:version|snapshot|identity|provenance|"
    r"provider|routing|deprecation|retirement|weights|card|change|update|selection)s?\b|"
    r"\b(?:deprecat|retir|replac|switch|substitut|rout)\w* (?:a |the |any |its |our |their )?models?\b|"
    r"\b(?:improv|train|retrain|fine-tun|develop|better)\w* (?:\w+ ){0,2}models?\b|\bmodels? (?:improvement|training)\b|"
    r"ベースモデル|基盤モデル|モデルの(?:変更|更新|提供|バージョン)",
    re.IGNORECASE,
)

#: Terms that speak of AI inside a document about AI (outputs, inputs, models).
_AI_DOC_TERMS = re.compile(
    r"\b(?:Outputs?|Inputs?|Generated Content|Completions?|Responses?)\b|"
    r"\bmodels?\b|出力(?:データ|結果|物)?|入力(?:データ|情報)?|モデル"
)

_SERVICE = re.compile(r"\b(?:Services?|Platform|Products?|Offerings?|Software|Tools?)\b|本サービス")

#: AI laws and frameworks by name: enough on their own for ``ai_compliance``.
_AI_LAW = re.compile(
    r"\bprohibited (?:AI )?practices\b|\bconformity assessments?\b|\bpost-market monitoring\b|\bdeployers?\b|"
    r"\bsubliminal\b|\bfundamental rights impact assessments?\b|\bhigh-risk (?:AI )?systems?\b|"
    r"\bAI Act\b|\bArtificial Intelligence Act\b|\bRegulation \(EU\) 2024/1689\b|\b2024/1689\b|"
    r"\bAI (?:laws?|regulations?|legislation|rules)\b|\bartificial intelligence (?:laws?|regulations?|legislation)\b|"
    r"\bColorado AI\b|\bSB ?24-205\b|\bLocal Law (?:No\.? )?144\b|\bautomated employment decision tools?\b|"
    r"\bISO/IEC 42001\b|\b42001\b|\bNIST AI\b|\bAI RMF\b|\bAI Risk Management Framework\b|"
    r"\bhigh[- ]risk AI\b|\bgeneral[- ]purpose AI\b|\bGPAI\b|"
    r"AI事業者ガイドライン|AI推進法|AI法|人工知能関連技術|欧州AI規則|AI規則|生成AIの利用に関するガイドライン",
    re.IGNORECASE,
)

_CUES: dict[str, re.Pattern[str]] = {
    # what a disclosure clause is about: a model, a named model or provider, an AI system or component
    "model_disclosure": re.compile(
        r"\bmodels?\b|\bLLMs?\b|GPT|Claude|Llama|Gemini|Mistral|OpenAI|Anthropic|Cohere|\bengines?\b|"
        r"\bAI (?:systems?|tools?|features?|services?|technolog\w*|providers?|vendors?)\b|\bcomponents?\b|"
        r"\bsub-?processors?\b|\bthird[- ]party (?:AI|providers?)\b|\bpowered by\b|\bversions?\b|\bdisclos\w*|"
        r"モデル|生成\s*AI|ＡＩ|AI(?:システム|サービス|機能|技術)|プロバイダ|エンジン",
        re.IGNORECASE,
    ),
    "training_data": re.compile(
        r"\b(?:re)?train\w*|\blearn\w*|\bimprov\w*|\bdevelop\w*|\bfine[- ]?tun\w*|\benhanc\w*|\bdatasets?\b|"
        r"\brefin\w*|"
        r"学習|訓練|改善|改良|開発|向上",
        re.IGNORECASE,
    ),
    "distillation": re.compile(
        r"\bdevelop\w*|\bbuild\w*|\bcreat\w*|\b(?:re)?train\w*|\bimprov\w*|\bdistil\w*|\bextract\w*|"
        r"\breplicat\w*|\bcompet\w*|\breverse\w*|\bderiv\w*|\bclon\w*|\bmimic\w*|\bscrap\w*|\bdecompil\w*|"
        r"\bdisassembl\w*|\bmerg\w*|\bweights?\b|\bfine[- ]?tun\w*|"
        r"蒸留|開発|派生|複製|抽出|解析|学習|マージ|競合|リバース",
        re.IGNORECASE,
    ),
    # law words: with ai_compliance they must share a sentence with a word that speaks of AI itself
    "ai_compliance": re.compile(
        r"\blaws?\b|\bregulat\w*|\blegislat\w*|\bstatut\w*|\bguidelines?\b|\bframeworks?\b|"
        r"(?-i:\bAct\b)|法令|法律|規制|ガイドライン|指針",
        re.IGNORECASE,
    ),
}

#: the words before a law word that make it a general qualifier ("subject to applicable law")
_GENERIC_LAW = re.compile(
    r"\b(?:applicable|relevant|local|governing)\s+$|"
    r"\b(?:required|permitted|allowed|prohibited|mandated) by\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

AI_LABEL_NAMES = ("model_disclosure", "training_data", "distillation", "ai_compliance")

# --- the document's context ----------------------------------------------------------------------

_QUOTED = r"[\"“”'‘’「『]([^\"“”'‘’」』\n]{1,40})[\"“”'‘’」』]"
#: "X" means ... / "X" shall mean ... / 「X」とは ...
_DEFINITION = re.compile(_QUOTED + r"\s*(?:means|shall mean|refers to|has the meaning|includes|とは)", re.IGNORECASE)
#: ... text (the "X") / ... text (collectively, "X") / （以下「X」という。）
_INLINE = re.compile(r"[(（](?:[^()（）]{0,40}?)" + _QUOTED + r"[^()（）]{0,30}[)）]")


_COMPANY = re.compile(
    r"\b(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|S\.A\.S?\.?|"
    r"SAS|plc|PLC|Co\.|LLP|LP|B\.V\.|N\.V\.|K\.K\.|SE)(?=[\s,.(（]|$)|株式会社|合同会社|有限会社"
)


_COMPANY_END = re.compile("(?:" + _COMPANY.pattern + r")[\s,]*$")


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about itself: is it about AI, and which defined terms name AI things."""

    doc_ai: bool = False
    ai_terms: tuple[str, ...] = ()  # defined terms whose definition speaks of AI ("Services", "Output")

    def term_pattern(self) -> re.Pattern[str] | None:
        if not self.ai_terms:
            return None
        alts = "|".join(re.escape(t) for t in sorted(self.ai_terms, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _in_name(text: str, m: re.Match[str]) -> bool:
    """An "AI" that is part of a name ("Mistral AI Products", "Copy.AI", "X.AI LLC"), not AI itself."""
    if m.group(0).strip(".") not in ("AI", "A.I"):
        return False
    before = text[: m.start()]
    return bool(re.search(r"(?:[A-Z][\w-]*\s|[\w]\.)$", before)) and not re.search(r"(?:^|[.;:]\s*)$", before)


def _speaks_of_ai(text: str) -> bool:
    strong = any(not _in_name(text, m) for m in _STRONG.finditer(text))
    return bool(strong or _AI_LAW.search(text) or _ai_model(text))


def _ai_model(text: str, doc_ai: bool = False) -> list[str]:
    """The AI-sense "model" words in ``text``."""
    out = []
    for m in _MODEL.finditer(text):
        lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 40)
        if any(n.start() <= m.start() < n.end() for n in _NOT_AI_MODEL.finditer(text, lo, hi)):
            continue
        near = text[max(0, m.start() - 80) : m.end() + 80]
        if doc_ai or _STRONG.search(near) or _NEAR_AI.search(near) or _MODEL_AI_SENSE.search(near):
            out.append(m.group(0).lower())
    return out


def document_context(text: str) -> Context:
    """Read the document once: its AI-ness and its AI-defined terms."""
    strong = sum(1 for m in _STRONG.finditer(text) if not _in_name(text, m)) + len(_AI_LAW.findall(text))
    head = text[:600]
    doc_ai = strong >= 3 or any(not _in_name(head, m) for m in _STRONG.finditer(head)) or len(_ai_model(text)) >= 3
    terms: list[str] = []
    for m in _DEFINITION.finditer(text):
        body = text[m.end() : m.end() + 400]
        body = body.split("\n", 1)[0]
        if _speaks_of_ai(body) and m.group(1) not in terms:
            terms.append(m.group(1).strip())
    for m in _INLINE.finditer(text):
        before = text[max(0, m.start() - 250) : m.start()]
        before = before.rsplit("\n", 1)[-1]
        if _COMPANY_END.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # a party's defined name ("X.AI LLC (“xAI”)"), not an AI thing
        if _speaks_of_ai(before) and m.group(1).strip() not in terms:
            terms.append(m.group(1).strip())
    terms = [
        t
        for t in terms
        if len(t) > 1
        and len(t.split()) <= 5
        and (t[0].isupper() or not t[0].isascii())
        and not re.fullmatch(r"(?i)the|this|it|we|us|you", t)
    ]
    return Context(doc_ai=doc_ai, ai_terms=tuple(terms))


# --- per clause ----------------------------------------------------------------------------------


def _gap(text: str, a: re.Match[str], b: re.Match[str]) -> int:
    """Words between two matches (characters / 2 for text without spaces)."""
    lo, hi = sorted((a, b), key=lambda m: m.start())
    between = text[lo.end() : hi.start()]
    return len(between.split()) if " " in between.strip() else len(between.strip()) // 2


def _words(matches: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for w in matches:
        w = " ".join(w.split()).strip(" .,;:").lower() if w.isascii() else w.strip()
        if w and w not in seen:
            seen.append(w)
    return seen


def ai_signal(text: str, context: Context) -> list[str]:
    """The words of ``text`` that speak of AI, given the document's context."""
    found = [m.group(0) for m in _STRONG.finditer(text) if not _in_name(text, m)]
    found += [m.group(0) for m in _AI_LAW.finditer(text)]
    found += _ai_model(text, context.doc_ai)
    if context.doc_ai:
        found += [m.group(0) for m in _AI_DOC_TERMS.finditer(text)]
    pat = context.term_pattern()
    if pat is not None:
        found += [m.group(0) for m in pat.finditer(text)]
    return _words(found)


def evidence_for(label: str, text: str, context: Context) -> tuple[str, ...]:
    """The words that justify ``label`` on a clause read as ``text`` (heading path, lead-in and
    own words); empty when nothing in it speaks of AI in the way the label needs."""
    if label not in AI_LABEL_NAMES:
        return ()
    if label == "ai_compliance":
        # AI-specific law: a law by name, or a law word in the same sentence as a word that is AI itself
        # (not an "Output" of the document's context): "comply with all laws" is not AI-law compliance.
        laws = _words(m.group(0) for m in _AI_LAW.finditer(text))
        if laws:
            return tuple(laws[:4])
        # ... and the law word close to the AI word ("laws governing artificial intelligence"), so that a
        # right under data-protection law to object to "improving the AI models" is not AI-law compliance
        for sentence in re.split(r"(?<=[.;。])\s+", text):
            ai = [m for m in _STRONG.finditer(sentence) if not _in_name(sentence, m)]
            ai += [m for m in _MODEL.finditer(sentence) if _ai_model(sentence[max(0, m.start() - 80) : m.end() + 80])]
            for law in _CUES["ai_compliance"].finditer(sentence):
                if _GENERIC_LAW.search(sentence[max(0, law.start() - 40) : law.start()]):
                    continue  # "subject to applicable law", "as required by law": a qualifier, not AI law
                near = [m for m in ai if _gap(sentence, law, m) <= 6]
                if near:
                    return tuple(_words([law.group(0), near[0].group(0)]))
        return ()
    signal = ai_signal(text, context)
    if not signal:
        return ()
    cue = _CUES.get(label)
    if cue is None:
        return tuple(signal[:4])
    cues = _words(m.group(0) for m in cue.finditer(text))
    if not cues:
        return ()
    return tuple(_words(cues[:2] + signal[:3]))


# --- a licence over the customer's content that lets the vendor improve its AI ---------------------

#: the customer grants the vendor rights over its content ("you hereby grant us a perpetual licence to use your
#: User Content"); feedback and usage data are the vendor's own material, not the customer's content
_GRANT = re.compile(
    r"\b(?:you|customer|user|licensee|subscriber)s?\b[^.;]{0,40}?\b(?:hereby\s+)?grants?\b|"
    r"\blicen[cs]e to (?:copy|store|use|host|reproduce|process)\b",
    re.IGNORECASE,
)
_CONTENT = re.compile(
    r"\b(?:user|customer|your) (?:content|data|materials|submissions|inputs?|prompts?)\b|"
    r"\binputs? (?:and|or) outputs?\b|\bcontent (?:you|that you) (?:submit|upload|provide|post|report)\w*\b|"
    r"\b(?:the|any|such) (?:reported|submitted|uploaded|shared|flagged) (?:content|data|materials)\b",
    re.IGNORECASE,
)
_NOT_CONTENT = re.compile(r"\bfeedback\b|\bsuggestions?\b|\busage data\b|\bstatistic\w*\b|\btelemetry\b", re.IGNORECASE)
#: ... for purposes that include improving the vendor's algorithms, models or (in a document about AI) services
_IMPROVE_AI = re.compile(
    r"\bimprov\w*\s+(?:\w+\s+){0,3}?(?:algorithms?|models?|machine learning|artificial intelligence|"
    r"AI\b)",
    re.IGNORECASE,
)
_IMPROVE_SERVICE = re.compile(
    r"\bimprov\w*\s+(?:\w+\s+){0,3}?(?:services?|products?|offerings?|software|platform)\b", re.IGNORECASE
)
_OPT_OUT = re.compile(r"\bopt(?:s|ed)?[- ]?out\b|\bde-?identif\w*|\banonymi[sz]\w*|\baggregat\w*", re.IGNORECASE)
_BROAD = re.compile(r"\bperpetual\b|\birrevocable\b|\bsub-?licens\w*", re.IGNORECASE)
_CLAUSE_NEG = re.compile(r"\b(?:will|shall|does|do|may)\s+not\b|\bnever\b", re.IGNORECASE)


def licence_to_improve(text: str, context: Context) -> tuple[str, tuple[str, ...]] | None:
    """A clause in which the customer licenses its content to the vendor for purposes that include improving
    the vendor's algorithms or models (or, in a document about AI, its services): a right to train on the
    customer's data in substance, though the clause never says "train". Returns (stance, words): adverse
    when the licence is perpetual, irrevocable or sublicensable with no opt-out, qualified with an opt-out or
    de-identification; None when the clause is not such a licence."""
    flat = " ".join(text.split())
    grant = next(
        (
            s
            for s in re.split(r"(?<=[.;])\s+", flat)
            if _GRANT.search(s)
            and (content := _CONTENT.search(s))
            and not _NOT_CONTENT.search(s[: content.start() + 40])
        ),
        None,
    )
    if grant is None:
        return None
    improve = _IMPROVE_AI.search(flat) or (_IMPROVE_SERVICE.search(flat) if context.doc_ai else None)
    if improve is None:
        return None
    sentence = next(s for s in re.split(r"(?<=[.;])\s+", flat) if improve.group(0) in s)
    if _CLAUSE_NEG.search(sentence[: sentence.find(improve.group(0))]):
        return None  # "we will not use your content to improve our models"
    words = _words(["licence", improve.group(0)])
    if _OPT_OUT.search(flat):
        return "qualified", tuple(words)
    return ("adverse" if _BROAD.search(flat) else "qualified"), tuple(words)


# --- advance notice of a change to the models ------------------------------------------------------

_NOTICE = re.compile(r"\bnoti(?:ce|fy|fication)\b|通知|告知", re.IGNORECASE)
_ADVANCE_NOTICE = re.compile(
    r"\b(?:prior to|before|in advance|at least|minimum (?:notice )?period)\b|前までに|事前に", re.IGNORECASE
)
_CHANGE = re.compile(
    r"\b(?:discontinu|deprecat|retir|replac|remov|sunset|withdraw|chang)\w*|終了|廃止|変更", re.IGNORECASE
)
_WITHOUT_NOTICE = re.compile(r"\bwithout (?:prior |advance )?notice\b|予告なく|通知することなく", re.IGNORECASE)


def model_change_notice(text: str, context: Context) -> tuple[str, ...]:
    """The words of a sentence in which the vendor gives advance notice before a model (or what the document
    defines as its AI: "Mistral AI Products, including artificial intelligence models") is discontinued,
    retired or changed: the disclosure clause that lets a customer react to a model swap. () when none."""
    terms = [t for t in context.ai_terms if t]
    names = [re.escape(t[:-1] if t.endswith("s") else t) + "s?" for t in terms]
    thing = re.compile(r"\bmodels?\b|モデル" + "".join(f"|(?<!\\w){n}(?!\\w)" for n in names), re.IGNORECASE)
    for sentence in re.split(r"(?<=[.;])\s+|(?<=。)", " ".join(text.split())):
        m = thing.search(sentence)
        if m and _MODEL.fullmatch(m.group(0)) and not _ai_model(sentence, context.doc_ai):
            continue  # a product's "model" in a contract that is not about AI
        notice, change = _NOTICE.search(sentence), _CHANGE.search(sentence)
        if m and notice and change and _ADVANCE_NOTICE.search(sentence) and not _WITHOUT_NOTICE.search(sentence):
            return tuple(_words([notice.group(0), change.group(0), m.group(0)]))
    return ()


#: the vendor may withdraw or change at will: "may cease offering any Beta Service at any time"
_AT_WILL_CHANGE = re.compile(
    r"\b(?:may|can|reserves? the right to|is entitled to)\s+(?:\w+\s+){0,3}?(?:cease|discontinu\w*|"
    r"withdraw\w*|remov\w*|deprecat\w*|retir\w*|modif\w*|chang\w*|replac\w*|suspend\w*|stop\w*)\b",
    re.IGNORECASE,
)
_AT_WILL = re.compile(
    r"\bat any time\b|\bwithout (?:prior |advance )?notice\b|\b(?:sole|absolute) discretion\b|"
    r"\bfor any reason\b",
    re.IGNORECASE,
)
_VENDOR_MAY = re.compile(r"(?:^|[\s(“\"])(?:[Ww]e|[A-Z][\w&.-]+)\s+(?:\w+\s+){0,3}?(?:may|can|reserves?|is entitled)\b")


def model_change_at_will(text: str, context: Context) -> tuple[str, ...]:
    """The words of a clause about the vendor's AI models in which the vendor may withdraw or change them at
    will ("trial or beta models ... may cease offering any Beta Service at any time"), with no promise of
    advance notice: a disclosure clause that leaves the customer exposed to a model swap. () when none."""
    flat = " ".join(text.split())
    models = _ai_model(flat, context.doc_ai)
    if not models or model_change_notice(text, context):
        return ()
    for sentence in re.split(r"(?<=[.;])\s+", flat):
        change = _AT_WILL_CHANGE.search(sentence)
        will = _AT_WILL.search(sentence)
        if (
            change
            and will
            and _VENDOR_MAY.search(" " + sentence)
            and not re.search(r"\b(?:you|customer|licensee|user)s? (?:may|can)\b", sentence, re.IGNORECASE)
        ):
            return tuple(_words([change.group(0).split()[-1], will.group(0), models[0]]))
    return ()


# --- a ban on using the model's outputs to build or reverse-engineer ---------------------------------

_BANNED = re.compile(
    r"\b(?:must|shall|may|will|do|does|agrees?)\s+not\b|\bnot to\b|\bprohibited\b|\bno (?:right|licen[cs]e) to\b",
    re.IGNORECASE,
)
_OUTPUTS = re.compile(r"\b(?:the |any |such )?outputs?\b", re.IGNORECASE)
_BUILD_WITH = re.compile(
    r"\bto\s+(?:\w+\s+){0,3}?(?:reverse[- ]engineer|develop|train|build|create|improve|distil\w*|"
    r"extract|replicate|compete)\w*",
    re.IGNORECASE,
)


def outputs_to_build(text: str, context: Context) -> tuple[str, ...]:
    """The words of a sentence that forbids using the outputs to build, train or reverse-engineer ("You must not
    use the Outputs ... to reverse engineer the Services"), in a document or clause about AI: a distillation
    clause, though a plain software decompiling ban is not one (it names no outputs). () when none."""
    if not (context.doc_ai or ai_signal(text, context)):
        return ()
    for sentence in re.split(r"(?<=[.;])\s+", " ".join(text.split())):
        ban, out, build = _BANNED.search(sentence), _OUTPUTS.search(sentence), _BUILD_WITH.search(sentence)
        if ban and out and build and ban.start() < out.start() < build.start():
            return tuple(_words([out.group(0).split()[-1], build.group(0).split()[-1]]))
    return ()


def rule_readings(text: str, context: Context, have: Iterable[str] = ()) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The AI clause types the clause's own words establish whatever the model read, with the stance they give
    and the words that show it: label -> (stance, words). Labels in ``have`` (already justified) are skipped."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    done = set(have)
    if "training_data" not in done:
        licence = licence_to_improve(text, context)
        if licence is not None:
            out["training_data"] = licence
    if "model_disclosure" not in done:
        notice = model_change_notice(text, context)
        at_will = () if notice else model_change_at_will(text, context)
        if notice or at_will:
            out["model_disclosure"] = ("protective", notice) if notice else ("adverse", at_will)
    if "distillation" not in done:
        banned = outputs_to_build(text, context)
        if banned:
            out["distillation"] = ("protective", banned)
    return out
