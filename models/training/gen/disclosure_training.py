#!/usr/bin/env python3
"""Generate clausecheck training clauses for ``model_disclosure`` and
``training_data``, together with topically close hard negatives.

Every sentence below was written for clausecheck; nothing is copied from a
real contract, template or standard.  Names of laws, platforms and model
providers are used only as facts.

How it works
------------
Each *family* is one underlying clause idea.  A family holds two or more
hand-written templates that express the idea in different structures.  A
template may contain:

* ``[[a|b|c]]``  inline alternatives (nestable; an empty option is allowed),
* ``{NAME}``     slots filled from the drafting *voice* (party names, defined
                 terms, modal verb, spelling) or from the model catalogue,
* ``{^NAME}``    the same slot with its first letter capitalised,
* a prefix ``P|`` (plain/consumer voices only), ``F|`` (formal voices only),
  ``G|`` (government voice only), ``J|`` (Japanese-English voices only),
  ``D|`` (DPA voices only) or ``U|`` (British/EU formal voices only).  An
  untagged template that names a party outright ("the Supplier") is used with
  formal voices only.

Family ids start with ``md-`` (model_disclosure), ``td-`` (training_data),
``mdtd-`` (both), ``mx-`` (with another AI label) or ``neg-`` (hard negative).
Output fields: id, text, labels, stance, binds (null unless ``distillation``
is among the labels, then "customer": the loader rejects any other value),
family, style, negative_kind (null for positives).

Variants of a family are drawn with a seeded RNG: voice, template,
alternatives, optional heading/numbering and an optional neutral tail
sentence (tails are shared by positives and negatives so they carry no
label signal).  The output is deterministic for a given SEED.

Usage:  python models/training/gen/disclosure_training.py [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 41_2024
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "disclosure_training.jsonl"

# --------------------------------------------------------------------------
# Drafting voices
# --------------------------------------------------------------------------


def ent(name, third=True, poss=None, obj=None, its=None):
    """A party: subject, possessive, object, possessive pronoun, 3rd person."""
    if not third:
        return {"s": name, "p": poss, "o": obj, "its": its, "third": False}
    return {"s": name, "p": name + "'s", "o": name, "its": "its", "third": True}


WE = ent("we", third=False, poss="our", obj="us", its="our")
YOU = ent("you", third=False, poss="your", obj="you", its="your")


def cust(name, cds):
    e = ent(name) if isinstance(name, str) else name
    return {"e": e, "cd": cds}


def svc(text, plural):
    return (text, "are" if plural else "is")


VOICES = {
    "ussaas1": dict(
        style="us-saas", uk=False, num="us", w=9,
        vend=[ent("Provider"), ent("Vendor"), ent("Company")],
        cust=[cust("Customer", ["Customer Data", "Customer Content"])],
        inp=["Inputs", "Customer Inputs", "Prompts"],
        out=["Outputs", "Output", "Generated Content", "Responses"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Subscription Services", 1)],
        ais=[svc("the AI Features", 1), svc("the AI Functionality", 0), svc("the Generative Features", 1)],
        shall=["will", "will", "shall"],
    ),
    "ussaas2": dict(
        style="us-saas", uk=False, num="us", w=6,
        vend=[ent("Brightline"), ent("Quillstack"), ent("Norvale"), ent("Tessellate"), ent("Kestrel"),
              ent("Fieldnote"), ent("Lumora"), ent("Sablewood")],
        cust=[cust("Customer", ["Customer Data", "Customer Content"]),
              cust("Subscriber", ["Subscriber Data", "Subscriber Content"])],
        inp=["Inputs", "Prompts", "Customer Prompts"],
        out=["Outputs", "Output", "Completions"],
        svc=[svc("the Services", 1), svc("the Platform", 0), svc("the Service", 0)],
        ais=[svc("the AI Assistant", 0), svc("the AI Features", 1), svc("the Copilot", 0)],
        shall=["will"],
    ),
    "usent": dict(
        style="us-enterprise", uk=False, num="us", w=7,
        vend=[ent("Supplier"), ent("the Supplier"), ent("Vendor"), ent("Contractor")],
        cust=[cust("Client", ["Client Data", "Client Content"]),
              cust("Company", ["Company Data", "Company Information"]),
              cust("Customer", ["Customer Data", "Customer Information"])],
        inp=["Inputs", "Prompts", "Input Materials"],
        out=["Outputs", "Output", "AI Output"],
        svc=[svc("the Services", 1), svc("the Solution", 0), svc("the Licensed Software", 0)],
        ais=[svc("the AI Components", 1), svc("the AI Solution", 0), svc("any AI Functionality", 0)],
        shall=["shall", "shall", "will"],
    ),
    "uk": dict(
        style="uk", uk=True, num="uk", w=7,
        vend=[ent("the Supplier"), ent("the Provider"), ent("the Supplier"), ent("the Contractor")],
        cust=[cust("the Customer", ["Customer Data", "Customer Content"]),
              cust("the Client", ["Client Data"]),
              cust("the Buyer", ["Buyer Data", "Buyer Information"])],
        inp=["Inputs", "Prompts", "Input Data"],
        out=["Outputs", "Output", "AI Output"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Platform", 0)],
        ais=[svc("the AI Services", 1), svc("the AI Functionality", 0), svc("the AI Tools", 1)],
        shall=["shall"],
    ),
    "eu": dict(
        style="eu", uk=True, num="eu", w=6,
        vend=[ent("the Provider"), ent("the Service Provider"), ent("the Supplier")],
        cust=[cust("the Customer", ["Customer Data", "Customer Personal Data", "Input Data", "Customer Information"]),
              cust("the Client", ["Client Data", "Client Information"])],
        inp=["Input Data", "Inputs", "prompts"],
        out=["Output Data", "Outputs", "output"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Platform", 0)],
        ais=[svc("the AI System", 0), svc("the AI Services", 1), svc("the AI-enabled functions", 1)],
        shall=["shall"],
    ),
    "jp1": dict(
        style="jp-english", uk=False, num="jp", w=5,
        vend=[ent("Party B")],
        cust=[cust("Party A", ["the Input Data", "the Provided Data", "Party A Data", "the data provided by Party A"])],
        inp=["the Input Data", "the input data", "the Prompt Data"],
        out=["the Output Data", "the Generated Products", "the output results"],
        svc=[svc("the Service", 0), svc("the System", 0), svc("this Service", 0)],
        ais=[svc("the AI System", 0), svc("the AI Function", 0), svc("the Generative AI Service", 0)],
        shall=["shall"],
    ),
    "jp2": dict(
        style="jp-english", uk=False, num="jp", w=4,
        vend=[ent("the Licensor"), ent("the Vendor"), ent("the Provider")],
        cust=[cust("the Licensee", ["the Licensee Data", "the Provided Data", "the Input Data"]),
              cust("the User", ["the User Data", "the Input Data"])],
        inp=["the Input Data", "the Prompt Data", "the Input Information"],
        out=["the Output Data", "the Output Information", "the Generated Products"],
        svc=[svc("the Service", 0), svc("the Software", 0), svc("this Service", 0)],
        ais=[svc("the AI System", 0), svc("the AI Engine", 0), svc("the AI Function", 0)],
        shall=["shall"],
    ),
    "plain": dict(
        style="plain-english", uk=False, num="plain", w=8, plain=True,
        vend=[WE],
        cust=[cust(YOU, ["your content", "your data", "your workspace content", "the content you upload"])],
        inp=["your prompts", "your inputs", "the questions you ask"],
        out=["the responses", "AI responses", "outputs", "what the AI generates"],
        svc=[svc("our services", 1), svc("the Service", 0), svc("the app", 0)],
        ais=[svc("our AI features", 1), svc("the assistant", 0), svc("AI Assist", 0)],
        shall=["will"],
    ),
    "plainuk": dict(
        style="plain-english", uk=True, num="plain", w=3, plain=True,
        vend=[WE],
        cust=[cust(YOU, ["your content", "your data", "your stored content", "anything you upload"])],
        inp=["your prompts", "your questions"],
        out=["the answers", "AI responses", "outputs"],
        svc=[svc("our services", 1), svc("the Service", 0), svc("the app", 0)],
        ais=[svc("our AI features", 1), svc("the assistant", 0), svc("the AI tools", 1)],
        shall=["will"],
    ),
    "startup": dict(
        style="startup-tos", uk=False, num="plain", w=6, plain=True,
        vend=[WE, WE, ent("Quillstack"), ent("Lumora")],
        cust=[cust(YOU, ["Your Content", "User Content", "your Content"])],
        inp=["Inputs", "your Prompts", "your Inputs"],
        out=["Outputs", "Output", "Generations"],
        svc=[svc("the Services", 1), svc("the Platform", 0), svc("the Site and Services", 1)],
        ais=[svc("the AI Features", 1), svc("the AI Tools", 1), svc("the Assistant", 0)],
        shall=["will"],
    ),
    "gov": dict(
        style="gov-procurement", uk=False, num="gov", w=6,
        vend=[ent("the Contractor"), ent("Contractor"), ent("the Contractor")],
        cust=[cust("the Government", ["Government Data", "Government information"]),
              cust("the Agency", ["Agency Data", "Agency information"]),
              cust("the State", ["State Data"]),
              cust("the Department", ["Department Data"]),
              cust("the Authority", ["Authority Data"])],
        inp=["Inputs", "Prompts", "data entered into the AI System"],
        out=["Outputs", "AI-generated outputs", "Output"],
        svc=[svc("the Services", 1), svc("the System", 0), svc("the Solution", 0)],
        ais=[svc("the AI System", 0), svc("any AI System", 0), svc("the AI Solution", 0)],
        shall=["shall"],
    ),
    "vf": dict(
        style="vendor-friendly", uk=False, num="us", w=5,
        vend=[ent("Licensor"), ent("Company"), ent("Provider")],
        cust=[cust("Licensee", ["Licensee Data", "Licensee Content"]),
              cust("Subscriber", ["Subscriber Data", "Subscriber Content"]),
              cust("Customer", ["Customer Data", "Customer Content"])],
        inp=["Inputs", "Prompts"],
        out=["Outputs", "Output", "Results"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Platform", 0)],
        ais=[svc("the AI Features", 1), svc("the AI Services", 1), svc("the AI Tools", 1)],
        shall=["may", "will"] if False else ["will", "shall"],
    ),
    "cf": dict(
        style="customer-friendly", uk=False, num="us", w=5,
        vend=[ent("Supplier"), ent("Vendor"), ent("Provider")],
        cust=[cust("Customer", ["Customer Data", "Customer Content"]),
              cust("Buyer", ["Buyer Data"]),
              cust("Client", ["Client Data"])],
        inp=["Inputs", "Prompts", "Customer Inputs"],
        out=["Outputs", "Output", "Deliverables"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Solution", 0)],
        ais=[svc("the AI Services", 1), svc("any AI Technology", 0), svc("the AI Features", 1)],
        shall=["shall", "will"],
    ),
    "dpa": dict(
        style="dpa", uk=True, num="eu", w=5,
        vend=[ent("the Processor"), ent("Processor"), ent("the Data Processor"), ent("Service Provider")],
        cust=[cust("the Controller", ["Personal Data", "Customer Personal Data", "the Personal Data"]),
              cust("Customer", ["Customer Personal Data", "Personal Data"])],
        inp=["Inputs", "Input Data", "prompts"],
        out=["Outputs", "Output Data", "output"],
        svc=[svc("the Services", 1), svc("the Service", 0), svc("the Processing Services", 1)],
        ais=[svc("the AI Features", 1), svc("the AI Services", 1), svc("the AI Functionality", 0)],
        shall=["shall"],
    ),
    "dpaus": dict(
        style="dpa", uk=False, num="us", w=3,
        vend=[ent("Service Provider"), ent("Processor"), ent("Vendor")],
        cust=[cust("Customer", ["Customer Personal Data", "Personal Data", "Personal Information"]),
              cust("Business", ["Personal Information", "Business Personal Information"])],
        inp=["Inputs", "Prompts", "Input Data"],
        out=["Outputs", "Output", "Output Data"],
        svc=[svc("the Services", 1), svc("the Service", 0)],
        ais=[svc("the AI Features", 1), svc("the AI Services", 1)],
        shall=["shall", "will"],
    ),
    "aiadd": dict(
        style="ai-addendum", uk=False, num="us", w=8,
        vend=[ent("Provider"), ent("Vendor"), ent("Supplier")],
        cust=[cust("Customer", ["Customer Data", "Customer Inputs", "Customer Content"]),
              cust("Client", ["Client Data", "Client Inputs"])],
        inp=["Inputs", "Customer Inputs", "Prompts"],
        out=["Outputs", "Output", "AI Output", "Generated Output"],
        svc=[svc("the Services", 1), svc("the AI Services", 1), svc("the Platform", 0)],
        ais=[svc("the AI Services", 1), svc("the Generative AI Features", 1), svc("the AI Features", 1),
             svc("the AI Tools", 1)],
        shall=["will", "shall"],
    ),
    "aiadduk": dict(
        style="ai-addendum", uk=True, num="uk", w=3,
        vend=[ent("the Supplier"), ent("the Provider")],
        cust=[cust("the Customer", ["Customer Data", "Customer Inputs"])],
        inp=["Inputs", "Prompts"],
        out=["Outputs", "Output"],
        svc=[svc("the Services", 1), svc("the AI Services", 1)],
        ais=[svc("the AI Services", 1), svc("the AI Tools", 1), svc("the AI Functionality", 0)],
        shall=["shall"],
    ),
}

PLAIN_VOICES = {k for k, v in VOICES.items() if v.get("plain")}
FORMAL_VOICES = set(VOICES) - PLAIN_VOICES
TAG_VOICES = {
    "P": PLAIN_VOICES,
    "F": FORMAL_VOICES,
    "G": {"gov"},
    "J": {"jp1", "jp2"},
    "D": {"dpa", "dpaus"},
    "U": {"uk", "eu", "aiadduk", "dpa"},  # British-register formal only
}

ALL = sorted(VOICES)

# --------------------------------------------------------------------------
# Model catalogue (facts: public model and platform names)
# --------------------------------------------------------------------------

MODELS = [
    # provider variants, model names, platforms, family
    (["OpenAI", "OpenAI, L.L.C.", "OpenAI"], ["GPT-4o", "GPT-4o mini", "GPT-4.1", "GPT-4 Turbo", "o3-mini"],
     ["the OpenAI API", "Microsoft Azure OpenAI Service", "Azure OpenAI Service"], "GPT"),
    (["Anthropic", "Anthropic, PBC", "Anthropic"], ["Claude 3.5 Sonnet", "Claude 3 Haiku", "Claude Sonnet 4", "Claude 3 Opus", "Claude 3.7 Sonnet"],
     ["Amazon Bedrock", "the Anthropic API", "Google Cloud Vertex AI"], "Claude"),
    (["Google", "Google LLC", "Google Cloud"], ["Gemini 1.5 Pro", "Gemini 2.0 Flash", "Gemini 1.5 Flash", "Gemini 2.5 Pro"],
     ["Google Cloud Vertex AI", "Vertex AI"], "Gemini"),
    (["Meta", "Meta Platforms, Inc."], ["Llama 3.1 70B Instruct", "Llama 3.3 70B", "Llama 3.1 8B", "Llama 3 70B"],
     ["Amazon Bedrock", "Google Cloud Vertex AI", "Azure AI Foundry"], "Llama"),
    (["Mistral AI", "Mistral AI SAS"], ["Mistral Large 2", "Mixtral 8x7B", "Mistral Small 3", "Mistral 7B Instruct"],
     ["Mistral AI's API", "Microsoft Azure AI Foundry", "Amazon Bedrock"], "Mistral"),
    (["Cohere", "Cohere Inc."], ["Command R+", "Command R", "Command A"],
     ["Oracle Cloud Infrastructure", "Amazon Bedrock", "Cohere's API"], "Command"),
    (["Amazon Web Services", "AWS"], ["Amazon Nova Pro", "Amazon Titan Text Premier", "Amazon Nova Lite"],
     ["Amazon Bedrock"], "Amazon Nova"),
    (["IBM"], ["Granite 3.0 8B Instruct", "Granite 3.1 8B"], ["IBM watsonx.ai"], "Granite"),
    (["Microsoft"], ["Phi-3 Mini", "Phi-3.5 MoE"], ["Azure AI Foundry"], "Phi"),
    (["Alibaba Cloud"], ["Qwen2.5 72B Instruct", "Qwen2.5 14B"], ["Alibaba Cloud Model Studio"], "Qwen"),
]

OPEN_MODELS = [("Meta", "Llama 3.1 70B Instruct"), ("Meta", "Llama 3.3 70B"), ("Meta", "Llama 3.1 8B"),
               ("Mistral AI", "Mixtral 8x7B"), ("Mistral AI", "Mistral Small 3"), ("Mistral AI", "Mistral 7B Instruct"),
               ("IBM", "Granite 3.1 8B"), ("Microsoft", "Phi-3.5 Mini"), ("Alibaba Cloud", "Qwen2.5 72B Instruct"),
               ("Google", "Gemma 2 27B"), ("Google", "Gemma 3 12B")]

EMBED_MODELS = [("OpenAI", "text-embedding-3-large"), ("OpenAI", "text-embedding-3-small"),
                ("Cohere", "Embed v3"), ("Google", "text-embedding-004"), ("Amazon Web Services", "Titan Text Embeddings V2")]

DAYS = [7, 10, 14, 15, 30, 30, 30, 45, 60, 60, 90]
NUMWORDS = {7: "seven", 10: "ten", 14: "fourteen", 15: "fifteen", 30: "thirty", 45: "forty-five",
            60: "sixty", 90: "ninety", 5: "five", 3: "three", 12: "twelve", 24: "twenty-four", 72: "seventy-two"}
DOMAINS = ["brightline.example", "quillstack.example", "norvale.example", "lumora.example", "kestrel.example"]

# --------------------------------------------------------------------------
# Spelling
# --------------------------------------------------------------------------

UK_WORDS = {
    "organization": "organisation", "organizations": "organisations", "organizational": "organisational",
    "authorize": "authorise", "authorized": "authorised", "authorizes": "authorises", "authorization": "authorisation",
    "unauthorized": "unauthorised", "anonymize": "anonymise", "anonymized": "anonymised", "anonymizing": "anonymise",
    "anonymization": "anonymisation", "pseudonymized": "pseudonymised", "pseudonymization": "pseudonymisation",
    "analyze": "analyse", "analyzed": "analysed", "analyzing": "analysing", "utilize": "utilise", "utilized": "utilised",
    "recognize": "recognise", "optimize": "optimise", "optimizing": "optimising", "minimize": "minimise",
    "behavior": "behaviour", "behaviors": "behaviours", "center": "centre", "centers": "centres",
    "labeled": "labelled", "labeling": "labelling", "canceled": "cancelled", "modeling": "modelling",
    "catalog": "catalogue", "fulfill": "fulfil", "summarization": "summarisation", "summarize": "summarise",
    "personalization": "personalisation", "personalize": "personalise", "customized": "customised",
    "customize": "customise", "prioritize": "prioritise", "categorized": "categorised", "characterize": "characterise",
    "emphasize": "emphasise", "standardized": "standardised", "favor": "favour", "honor": "honour",
    "judgment": "judgement", "capitalized": "capitalised", "color": "colour",
    "synchronize": "synchronise", "finalized": "finalised", "realize": "realise", "apologize": "apologise",
    "enrollment": "enrolment", "defense": "defence", "offense": "offence",
}
# 'license' as a verb must stay; templates use {licence} for the noun and
# write the verb as 'licenses'/'licensed', so only the bare noun is mapped.
_UK_RE = re.compile(r"\b(" + "|".join(sorted(UK_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def to_uk(text):
    def rep(m):
        w = m.group(0)
        r = UK_WORDS[w.lower()]
        if w.isupper():
            return r.upper()
        if w[0].isupper():
            return r[0].upper() + r[1:]
        return r
    return _UK_RE.sub(rep, text)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

_ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*)\]\]", re.S)
_SLOT = re.compile(r"\{(\^?)([A-Za-z_0-9]+)\}")


def expand(text, rng):
    while True:
        m = _ALT.search(text)
        if not m:
            return text
        opts = m.group(1).split("|")
        text = text[: m.start()] + rng.choice(opts) + text[m.end():]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def pick_model(rng, exclude=None):
    choices = [m for m in MODELS if m is not exclude]
    return rng.choice(choices)


SINGULAR_OUT = {"Output", "AI Output", "Generated Content", "Output Data", "Generated Output", "output",
                "what the AI generates", "the Output Data", "the Output Information"}


def make_ctx(vname, rng):
    v = VOICES[vname]
    vend = rng.choice(v["vend"])
    cu = rng.choice(v["cust"])
    c = cu["e"]
    svc_t, svc_is = rng.choice(v["svc"])
    ais_t, ais_is = rng.choice(v["ais"])
    m1 = pick_model(rng)
    m2 = pick_model(rng, exclude=m1)
    m3 = pick_model(rng, exclude=m1)
    while m3 is m2:
        m3 = pick_model(rng, exclude=m1)
    em = rng.choice(EMBED_MODELS)
    om = rng.choice(OPEN_MODELS)
    days = rng.choice(DAYS)
    if v["num"] in ("uk", "gov", "jp", "eu") and rng.random() < 0.5 and days in NUMWORDS:
        ndays = f"{NUMWORDS[days]} ({days})"
    else:
        ndays = str(days)
    vs = vend["s"]
    out = rng.choice(v["out"])
    ctx = {
        "V": vs, "Vp": vend["p"], "Vo": vend["o"], "Vits": vend["its"],
        "V_s": "s" if vend["third"] else "", "V_is": "is" if vend["third"] else "are",
        "V_has": "has" if vend["third"] else "have", "V_was": "was" if vend["third"] else "were",
        "V_does": "does" if vend["third"] else "do", "V_self": "itself" if vend["third"] else "ourselves",
        "C": c["s"], "Cp": c["p"], "Co": c["o"], "Cits": c["its"],
        "C_s": "s" if c["third"] else "", "C_is": "is" if c["third"] else "are",
        "C_has": "has" if c["third"] else "have", "C_does": "does" if c["third"] else "do",
        "C_self": "itself" if c["third"] else "yourself",
        "CD": rng.choice(cu["cd"]), "CD2": rng.choice(cu["cd"]),
        "IN": rng.choice(v["inp"]), "OUT": out,
        "OUT_are": "is" if out in SINGULAR_OUT else "are", "OUT_do": "does" if out in SINGULAR_OUT else "do",
        "OUT_they": "it" if out in SINGULAR_OUT else "they", "OUT_them": "it" if out in SINGULAR_OUT else "them",
        "SVC": svc_t, "SVC_is": svc_is, "AIS": ais_t, "AIS_is": ais_is,
        "SVC_s": "" if svc_is == "are" else "s", "AIS_s": "" if ais_is == "are" else "s",
        "SVC_has": "have" if svc_is == "are" else "has", "AIS_has": "have" if ais_is == "are" else "has",
        "V_ies": "ies" if vend["third"] else "y", "C_ies": "ies" if c["third"] else "y",
        "V_es": "es" if vend["third"] else "", "C_es": "es" if c["third"] else "", "AIS_ies": "y" if ais_is == "are" else "ies",
        "shall": rng.choice(v["shall"]),
        "PROV": rng.choice(m1[0]), "PROVS": m1[0][0], "MODEL": rng.choice(m1[1]), "PLAT": rng.choice(m1[2]), "MFAM": m1[3],
        "PROV2": rng.choice(m2[0]), "MODEL2": rng.choice(m2[1]), "PLAT2": rng.choice(m2[2]), "MFAM2": m2[3],
        "PROV3": m3[0][0], "MODEL3": rng.choice(m3[1]),
        "EPROV": em[0], "EMODEL": em[1], "OPROV": om[0], "OMODEL": om[1],
        "N": ndays, "N2": str(rng.choice([3, 5, 10, 15])),
        "H": rng.choice(["24", "48", "72"]),
        "RET": rng.choice(["30", "30", "14", "7", "90"]),
        "EMAIL": f"{rng.choice(['privacy', 'ai-optout', 'legal', 'dataprotection', 'support'])}@{rng.choice(DOMAINS)}",
        "URL": f"https://{rng.choice(['trust', 'docs', 'legal', 'www'])}.{rng.choice(DOMAINS)}/{rng.choice(['ai-models', 'models', 'ai', 'legal/ai-models', 'subprocessors'])}",
        "licence": "licence" if v["uk"] else "license",
        "SEC": f"Section {rng.randint(2, 14)}" if v["num"] != "uk" else f"clause {rng.randint(2, 14)}",
        "SEC2": f"Section {rng.randint(2, 14)}.{rng.randint(1, 6)}" if v["num"] != "uk" else f"clause {rng.randint(2, 14)}.{rng.randint(1, 6)}",
        "SCHED": rng.choice(["Schedule 2", "Schedule 4", "Exhibit B", "Annex 1", "Appendix C", "the Order Form"])
        if v["num"] != "jp" else rng.choice(["Appendix 1", "the Attachment", "the Individual Agreement"]),
    }
    return ctx


def fill(text, ctx):
    def rep(m):
        key = m.group(2)
        if key not in ctx:
            raise KeyError(f"unknown slot {key!r} in {text[:80]!r}")
        val = ctx[key]
        return cap(val) if m.group(1) else val
    return _SLOT.sub(rep, text)


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ([,.;:)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r"\.\.", ".", text)
    text = re.sub(r",,", ",", text)
    text = re.sub(r"(\b(?:any|all|its|their|our|your|such|each|no|the|other)|'s) the (?=[A-Z]|input|output|prompt|data|responses|answers)",
                  r"\1 ", text)
    text = text.strip()
    # capitalise the first letter of the clause and of each sentence
    text = cap(text)
    text = re.sub(r"(\S*)([.!?] )([a-z])", _cap_sentence, text)
    return text


_ABBR = ("e.g.", "i.e.", "etc.", "inc.", "no.", "l.l.c.", "u.s.", "cf.", "(e.g.", "(i.e.", "ltd.", "co.")


def _cap_sentence(m):
    if m.group(1).lower().rstrip(",") + m.group(2).strip() in _ABBR or (m.group(1) + m.group(2).strip()).lower() in _ABBR:
        return m.group(0)
    return m.group(1) + m.group(2) + m.group(3).upper()


# headings / numbering -----------------------------------------------------

LETTERS = "abcdefgh"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]


def heading(rng, vname, title):
    num = VOICES[vname]["num"]
    a, b, c = rng.randint(2, 16), rng.randint(1, 9), rng.randint(1, 5)
    t = title
    if num == "jp":
        return rng.choice([
            f"Article {a} ({t}) ", f"Article {a} ({t}) 1. ", f"Article {a}. {t} ", f"({t}) Article {a} ",
            f"Article {a} ({t}) {b}. ",
        ])
    if num == "uk":
        return rng.choice([f"{a}.{b} ", f"{a}.{b} {t}: ", f"{a}. {t.upper()} {a}.1 ", f"{t}. ", f"{a}.{b}.{c} ",
                           f"Clause {a}.{b} – {t}. "])
    if num == "eu":
        return rng.choice([f"Article {a} – {t} ", f"{a}.{b} ", f"Clause {a}.{b} {t}. ", f"§ {a} {t} ",
                           f"{a}.{b} {t}. ", f"{t} "])
    if num == "gov":
        return rng.choice([f"H.{a} {t.upper()}. ", f"({LETTERS[b % 8]}) {t}. ", f"{a}.{b} {t}. ",
                           f"C.{a}.{b} {t}. ", f"Section {a}.{b} {t}. ", f"{a}.{b}.{c} "])
    if num == "plain":
        return rng.choice([f"{t}. ", f"{t}: ", f"{a}. {t}. ", f"{t} — "])
    return rng.choice([f"{a}.{b} {t}. ", f"{a}.{b}. {t}. ", f"Section {a}.{b} {t}. ", f"({LETTERS[b % 8]}) {t}. ",
                       f"{t.upper()}. ", f"{t}. ", f"{a}.{b} ", f"({LETTERS[b % 8]}) ", f"{a}.{b}({LETTERS[c]}) ",
                       f"{a}. {t}. "])


TAILS_FORMAL = [
    "This {SEC} survives any termination or expiry of this Agreement.",
    "This {SEC} will survive termination of the Agreement.",
    "In the event of any conflict between this {SEC} and an Order Form, this {SEC} prevails.",
    "Capitalized terms used but not defined in this {SEC} have the meanings given in the Agreement.",
    "The obligations in this paragraph apply in addition to those in {SEC2}.",
    "Nothing in this {SEC} limits either party's obligations under the confidentiality provisions of the Agreement.",
    "[[This|The foregoing]] applies to each Affiliate of {C} that [[uses|receives]] {SVC} under this Agreement.",
    "For purposes of this {SEC}, references to {V} include {Vits} Affiliates.",
    "Any notice under this {SEC} [[shall|will]] be given in accordance with the notices provision of the Agreement.",
]
TAILS_PLAIN = [
    "If you have questions about this, contact us at {EMAIL}.",
    "You can find more detail in our Help Center.",
    "This section applies to every plan unless your order says otherwise.",
    "We may update this section as described in the 'Changes to these Terms' section.",
]


# --------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------

FAMILIES = []

AI_LABELS = ("model_disclosure", "training_data", "distillation", "ai_compliance")
ALL_LABELS = AI_LABELS + ("governing_law", "dispute_resolution")
STANCES = ("protective", "qualified", "adverse")


def fam(fid, labels, tpls, voices=None, n=7, hd=None, neg=None):
    """Register a family.

    labels: {label: stance} for positives, {} for negatives (then neg= kind).
    tpls:   list of template strings (see module docstring for tags).
    """
    if neg is None and not labels:
        raise ValueError(fid)
    FAMILIES.append(dict(id=fid, labels=dict(labels), tpls=list(tpls), voices=voices, n=n, hd=hd, neg=neg))


def M(fid, stance, tpls, **kw):
    fam("md-" + fid, {"model_disclosure": stance}, tpls, **kw)


def T(fid, stance, tpls, **kw):
    fam("td-" + fid, {"training_data": stance}, tpls, **kw)


def B(fid, md, td, tpls, **kw):
    fam("mdtd-" + fid, {"model_disclosure": md, "training_data": td}, tpls, **kw)


def X(fid, labels, tpls, **kw):
    fam("mx-" + fid, labels, tpls, **kw)


def N(fid, kind, tpls, **kw):
    kw.setdefault("n", 9)
    fam("neg-" + fid, {}, tpls, neg=kind, **kw)


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

_TAG = re.compile(r"^([PFGJDU])\|")
DEFAULT_HEADINGS = {
    "model_disclosure": ["AI Models", "Underlying Models", "Third-Party AI Providers", "Model Changes",
                         "AI Features", "Artificial Intelligence", "Use of AI"],
    "training_data": ["Use of Data", "Model Training", "AI Features", "Customer Data", "Inputs and Outputs",
                      "Artificial Intelligence", "Data Use"],
    None: ["Customer Data", "AI Features", "General", "Data", "Services", "Use of Data", "Artificial Intelligence",
           "AI Models", "Third-Party AI Providers", "Inputs and Outputs", "Data Use"],
}


_HARDCODED_PARTY = re.compile(r"\b(Provider|Supplier|Customer|Contractor|Vendor|Processor|Controller|Licensee|Licensor|"
                              r"Client|Party [AB]|Government|Agency)\b")


def _voice_ok(tpl, vname):
    m = _TAG.match(tpl)
    if m is None:
        # an untagged template that names a party outright reads as formal drafting
        return vname in FORMAL_VOICES if _HARDCODED_PARTY.search(tpl) else True
    return vname in TAG_VOICES[m.group(1)]


def _pick_voice(rng, cands):
    weights = [VOICES[v]["w"] for v in cands]
    return rng.choices(cands, weights=weights, k=1)[0]


def render(f, k, rng):
    tpl = f["tpls"][k % len(f["tpls"])]
    fam_voices = f["voices"] or ALL
    cands = [v for v in fam_voices if _voice_ok(tpl, v)] or [v for v in ALL if _voice_ok(tpl, v)]
    vname = _pick_voice(rng, cands)
    body = _TAG.sub("", tpl)
    ctx = make_ctx(vname, rng)
    text = tidy(fill(expand(body, rng), ctx))
    v = VOICES[vname]
    r = rng.random()
    if r < 0.18:
        pool = TAILS_PLAIN if v.get("plain") else TAILS_FORMAL
        if "{V" not in body and "{C" not in body:  # hard-coded parties: no party slots in the tail
            pool = [t for t in pool if not re.search(r"\{(V|C|SVC)", t)]
        text = text + " " + tidy(fill(expand(rng.choice(pool), rng), ctx))
    if rng.random() < 0.28:
        first = next(iter(f["labels"]), None)
        titles = f["hd"] or DEFAULT_HEADINGS.get(first, DEFAULT_HEADINGS[None])
        text = heading(rng, vname, rng.choice(titles)) + text
    if v["uk"]:
        text = to_uk(text)
    return text, v["style"]


def generate():
    seen, rows, ids = set(), [], set()
    for f in FAMILIES:
        frng = random.Random(f"{SEED}:{f['id']}")
        made, tries = 0, 0
        while made < f["n"] and tries < f["n"] * 6:
            text, style = render(f, tries, frng)
            tries += 1
            key = re.sub(r"\W+", " ", text.lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            rid = f"dt-{f['id']}-{made + 1:02d}"
            assert rid not in ids, rid
            ids.add(rid)
            labels = [x for x in ALL_LABELS if x in f["labels"]]
            rows.append({
                "id": rid, "text": text, "labels": labels,
                "stance": {k: v for k, v in f["labels"].items() if k in AI_LABELS},
                "binds": "customer" if "distillation" in labels else None,
                "family": f["id"], "style": style,
                "negative_kind": f["neg"] if not labels else None,
            })
            made += 1
    return rows


def check_families():
    ids = [f["id"] for f in FAMILIES]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate family ids: {sorted(dup)}")
    for f in FAMILIES:
        if not 2 <= len(f["tpls"]) <= 6:
            raise SystemExit(f"{f['id']}: {len(f['tpls'])} templates (need 2-6)")
        for lbl, st in f["labels"].items():
            if lbl in AI_LABELS and st not in STANCES:
                raise SystemExit(f"{f['id']}: bad stance {st}")


def report(rows):
    from collections import Counter
    fams = {}
    for f in FAMILIES:
        for lbl in f["labels"] or ["(negative)"]:
            fams.setdefault(lbl, set()).add(f["id"])
    print(f"rows {len(rows)}; families {len(FAMILIES)}")
    for lbl in ALL_LABELS + ("(negative)",):
        if lbl not in fams:
            continue
        n = sum(1 for r in rows if (lbl in r["labels"]) or (lbl == "(negative)" and not r["labels"]))
        st = Counter(r["stance"].get(lbl) for r in rows if lbl in r["labels"])
        print(f"  {lbl:18s} families {len(fams[lbl]):4d} rows {n:5d}  "
              + " ".join(f"{k}={v}" for k, v in sorted(st.items(), key=lambda kv: str(kv[0]))))
    print("  negative kinds:", dict(sorted(Counter(r["negative_kind"] for r in rows if not r["labels"]).items())))
    print("  styles:", dict(sorted(Counter(r["style"] for r in rows).items())))
    both = sum(1 for r in rows if {"model_disclosure", "training_data"} <= set(r["labels"]))
    print(f"  rows with both model_disclosure and training_data: {both}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--sample", type=int, default=0, help="print N random rows")
    args = ap.parse_args(argv)
    check_families()
    rows = generate()
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
    print(f"wrote {args.out}")
    if args.sample:
        for r in random.Random(args.sample).sample(rows, min(args.sample, len(rows))):
            print("-", r["family"], r["labels"], r["stance"], "|", r["text"])


# ==========================================================================
# FAMILIES
# ==========================================================================

# ---- model_disclosure: protective ---------------------------------------
M("named-single", "protective", [
    "{^AIS} {AIS_is} powered by {MODEL}, a large language model developed by {PROV}.",
    "{^V} use{V_s} {MODEL}, provided by {PROV}, to generate {OUT} within {AIS}.",
    "The large language model underlying {AIS} is {MODEL} [[(developed by {PROV})|from {PROV}]]; no other model is used to process {IN}.",
    "P|When you use {AIS}, your request is sent to {MODEL}, a model built by {PROV}, which produces the response you see."])
M("named-version-pinned", "protective", [
    "{^V} {shall} provide {AIS} using {MODEL} [[as identified in {SCHED}|at the version stated in {SCHED}]] and {shall} not substitute a different model or version without {Cp} prior written consent.",
    "The model version for {AIS} is fixed at {MODEL}. Any change to another model or version requires a written amendment signed by both parties.",
    "J|Party B shall provide the AI Function using {MODEL} developed by {PROV}, and shall not change the said model to any other model without the prior written consent of Party A."])
M("provider-named-api", "protective", [
    "{^AIS} {AIS_is} delivered through {PLAT}. {^V} {V_does} not send {IN} to any other model provider.",
    "{^V} access{V_es} the foundation models used in {AIS} exclusively through {PLAT}, using models developed by {PROV}.",
    "For the avoidance of doubt, the only third-party model provider engaged for {AIS} is {PROV}, accessed via {PLAT}."])
M("notice-before-change", "protective", [
    "{^V} {shall} give {Co} at least {N} days' prior written notice before replacing the model that powers {AIS}[[ with a different model| or materially changing its version]].",
    "Before any change to the underlying AI model or model provider, {V} {shall} notify {Co} in writing no less than {N} days in advance, describing the new model and the reason for the change.",
    "P|If we plan to switch the AI model behind {AIS}, we will tell you at least {N} days before the switch happens.",
    "J|In the event that Party B intends to change the AI model used in the Service, Party B shall notify Party A in writing at least {N} days prior to such change."])
M("notice-and-terminate", "protective", [
    "If {V} change{V_s} the third-party model provider used in {AIS}, {V} {shall} notify {Co} at least {N} days in advance, and {C} may terminate the affected Order Form without penalty within {N2} days after receiving that notice.",
    "{^V} {shall} notify {Co} of any proposed substitution of the AI model or model provider, and {C} may object to the substitution on reasonable grounds. If the parties cannot resolve the objection, {C} may terminate {AIS} and receive a pro rata refund of prepaid fees."])
M("disclose-on-request", "protective", [
    "Upon {Cp} request, {V} {shall} disclose in writing the name, provider and version of each AI model used to deliver {AIS}.",
    "{^V} {shall} [[promptly|within {N2} business days]] answer any written request from {C} identifying which AI models and model providers process {CD}.",
    "G|The Contractor shall, upon request of the Contracting Officer, identify each artificial intelligence model used in performance of this contract, including the model name, version and developer."])
M("model-inventory-schedule", "protective", [
    "{SCHED} lists each AI model used in {AIS}, together with its provider and version. {^V} {shall} keep that list accurate and {shall} update it before any model is added or replaced.",
    "The AI models used to provide {SVC} are set out in {SCHED} (the \"Model List\"). {^V} {shall} not use a model that is not on the Model List without first updating the Model List and notifying {Co}.",
    "G|The Contractor shall maintain an AI inventory identifying every model, model version and model developer used under this contract, and shall deliver the inventory to the Government quarterly and upon any change."])
M("gov-ai-disclosure", "protective", [
    "G|The Contractor shall disclose to the Agency, before award and throughout performance, any use of artificial intelligence in the deliverables, including the name and provider of each AI model used.",
    "G|Offerors shall identify in their proposal each generative AI model they intend to use, including its developer and version, and the awarded Contractor shall not use models other than those identified without the written approval of the Contracting Officer.",
    "G|The Contractor must notify the Department in writing within {N2} business days of any change to the AI models or AI model vendors used to deliver the Solution."])
M("named-two-providers", "protective", [
    "{^AIS} use{AIS_s} two third-party models: {MODEL}, provided by {PROV}, for text generation, and {EMODEL}, provided by {EPROV}, for search and retrieval.",
    "{^V} rel{V_ies} on the following model providers for {AIS}: (a) {PROV}, for {MODEL}; and (b) {EPROV}, for the embedding model {EMODEL}.",
    "P|Our AI features use {MODEL} from {PROV} to write answers and {EMODEL} from {EPROV} to find relevant passages in your documents."])
M("self-hosted-open", "protective", [
    "{^AIS} run{AIS_s} on {OMODEL}, an open-weight model released by {OPROV}, which {V} host{V_s} on {Vits} own infrastructure.",
    "{^V} {shall} provide {AIS} using a self-hosted instance of {OMODEL} (developed by {OPROV}); {IN} {shall} not be sent to any third-party model API.",
    "P|The assistant runs on {OMODEL}, an open model from {OPROV} that we host ourselves, so your prompts never leave our servers for another AI company."])
M("proprietary-own", "protective", [
    "{^AIS} {AIS_is} powered solely by models developed and trained by {Vo}; {V} {V_does} not use any third-party large language model to provide {AIS}.",
    "P|We built the model behind {AIS} ourselves. We do not use OpenAI, Anthropic, Google or any other outside AI provider to answer your questions."])
M("fine-tuned-base-disclosed", "protective", [
    "The model used in {AIS} is a version of {MODEL} (provided by {PROV}) that {V} {V_has} fine-tuned for [[contract review|customer support|document summarization]].",
    "{^V} disclose{V_s} that {AIS} {AIS_is} built on the base model {OMODEL} from {OPROV}, adapted by {Vo} with additional instruction tuning.",
    "J|The AI Engine in the Service is built by Party B on the basis of the base model {OMODEL} of {OPROV}, with additional adjustment by Party B."])
M("deprecation-notice", "protective", [
    "{^V} {shall} notify {Co} at least {N} days before any AI model used in {AIS} is deprecated or discontinued, and {shall} identify the replacement model in that notice.",
    "Where a model provider announces the retirement of a model used in {AIS}, {V} {shall} inform {Co} promptly and in any event within {N2} business days of the announcement.",
    "P|If an AI model we use is being retired, we will let you know in advance and tell you which model will replace it."])
M("customer-choice-of-model", "protective", [
    "{^C} may select the model used for {AIS} from the models listed in {SCHED}. {^V} {shall} not change {Cp} selected model without {Cp} written approval.",
    "{^AIS} allow{AIS_s} {Co} to choose between {MODEL} ({PROV}) and {MODEL2} ({PROV2}); the selected model {shall} be used for all requests until {C} change{C_s} the setting."])
M("warranty-disclosed-models", "protective", [
    "{^V} warrant{V_s} that the models listed in {SCHED} are the only AI models used to process {IN} and generate {OUT}.",
    "{^V} represent{V_s} and warrant{V_s} that {Vits} disclosure of AI models and model providers in {SCHED} is complete and accurate, and {V} {shall} correct it without delay if it becomes inaccurate."])
M("subprocessor-ai-listed", "protective", [
    "D|Sub-processors. The Controller authorises the following sub-processors: (a) {PROV} – large language model inference for {AIS} – United States; (b) Amazon Web Services, Inc. – cloud hosting – European Union.",
    "D|The Processor engages {PROV} as a sub-processor to provide the generative AI model ({MODEL}) used in {AIS}. Personal Data processed by {PROV} is limited to the Inputs submitted to {AIS}.",
    "D|Annex III (List of Sub-processors): {PROV} — provision of the {MODEL} model via {PLAT} — processing of prompts and completions — region: [[United States|EU]]."], hd=["Sub-processors", "List of Sub-processors", "Authorised Sub-processors"])
M("subprocessor-ai-notice", "protective", [
    "D|The Processor shall inform the Controller of any intended addition or replacement of a sub-processor that provides AI models, including the name of the model provider, at least {N} days in advance, giving the Controller the opportunity to object.",
    "D|Service Provider will notify Customer of any new AI model provider engaged as a subprocessor by updating its subprocessor page at {URL} at least {N} days before the new provider processes Personal Data, and by email to subscribers of that page."], hd=["Sub-processors", "Changes to Sub-processors"])
M("transparency-page-committed", "protective", [
    "{^V} {shall} publish at {URL} the name and provider of every AI model used in {AIS} and {shall} update that page, and notify {Co} by email, before any change takes effect.",
    "P|We list every AI model we use, and who makes it, at {URL}. We update that list before we start using a new model, and we email you when it changes."])
M("no-change-during-term", "protective", [
    "During the Subscription Term {V} {shall} not replace {MODEL} as the model used in {AIS} except where {PROV} discontinues it, in which case {V} {shall} give {Co} as much notice as {PROV} gives {Vo}, and at least {N2} days.",
    "The model identified in the Order Form remains fixed for the initial term. {^V} may only move to a newer model with {Cp} prior written agreement."])
M("jp-specified-model", "protective", [
    "J|The AI model to be used in the Service shall be {MODEL} provided by {PROV}, as specified in the Specifications. Party B shall not use any AI model other than the foregoing without the prior written consent of Party A.",
    "J|Party B shall explain to Party A in writing the name and provider of the generative AI used in the performance of the Individual Agreement, and shall obtain the approval of Party A before the start of the work.",
    "J|If there is a change in the generative AI model used in the System, the Vendor shall notify the User in writing in advance, and the User may request an explanation of the effect of such change."])
M("uk-named-and-notice", "protective", [
    "U|The Supplier shall use {MODEL}, supplied by {PROV}, in the provision of the AI Services and shall give the Customer not less than {N} days' written notice of any proposal to use a different model, whilst continuing to provide the AI Services on the existing model during that period.",
    "U|The AI Services are provided using the model identified in {SCHED}. The Supplier shall not, without the Customer's prior written consent (not to be unreasonably withheld), substitute any other model."])
M("versioning-changelog", "protective", [
    "{^V} {shall} maintain a changelog recording each change to the AI models used in {AIS}, including model name, provider and version, and {shall} notify {Co} of each entry before the change is deployed to {Cp} tenant.",
    "Every update to the model version used in {AIS} {shall} be announced to {Co} in the release notes at least {N2} business days before deployment."])
M("regional-model", "protective", [
    "{^IN} submitted from the European Union {shall} be processed only by {MODEL}, hosted by {PROV} in EU data centres through {PLAT}.",
    "{^V} confirm{V_s} that {AIS} for customers in the EEA {AIS_is} served by {MODEL2} from {PROV2}, running in a European region."])
M("model-card-provided", "protective", [
    "{^V} {shall} make available to {Co} the model card for each model used in {AIS}, identifying the model's developer, version, and release date, and {shall} provide an updated model card before any model change.",
    "For each AI model used to deliver {SVC}, {V} {shall} provide documentation stating the model name, the model provider and the date the version was released."])
M("no-undisclosed-third-party", "protective", [
    "{^V} {shall} not use any third-party AI model or model provider in connection with {SVC} unless that model or provider has first been disclosed to {C} in writing.",
    "No AI model other than those disclosed in {SCHED} may be used to process {CD}. Any additional model requires {Cp} prior written approval.",
    "P|We won't use any AI company that we haven't named on our AI providers page, and we will update that page before adding one."])

# ---- model_disclosure: qualified -----------------------------------------
M("such-as-providers", "qualified", [
    "{^AIS} may use large language models from third-party providers such as {PROV} and {PROV2}.",
    "{^V} use{V_s} third-party AI models, including models from {PROV}, {PROV2} and others, to provide {AIS}.",
    "P|Our AI features are powered by models from companies like {PROV} and {PROV2}, among others."])
M("eg-models", "qualified", [
    "{^AIS} rel{AIS_ies} on generative models licensed from third parties (e.g., {MODEL} and {MODEL2}).",
    "The models {V} use{V_s} to deliver {AIS} include, without limitation, {MODEL} and {MODEL2}.",
    "Generative features in {SVC} are built on commercially available foundation models, for example {MODEL} from {PROV}."])
M("platform-only", "qualified", [
    "{^AIS} {AIS_is} hosted on {PLAT}.",
    "{^V} access{V_es} the models used in {AIS} through {PLAT} and may use any model made available on that platform.",
    "P|Our AI features run on {PLAT}. The specific model can vary depending on the feature.",
    "{^IN} {shall} be processed by models made available to {Vo} through {PLAT}, within {Vp} cloud tenancy."])
M("notice-when-practicable", "qualified", [
    "{^V} will use reasonable efforts to notify {Co} of material changes to the AI models used in {AIS}, where practicable in advance.",
    "Where reasonably practicable, {V} {shall} inform {Co} before replacing the underlying model of {AIS}; otherwise {V} {shall} inform {Co} as soon as possible afterwards.",
    "P|When we can, we'll let you know before we change the AI model behind {AIS}."])
M("notice-after-change", "qualified", [
    "{^V} may update or replace the AI models used in {AIS} and {shall} notify {Co} of any such change within {N2} business days after it takes effect.",
    "Changes to the model provider for {AIS} will be reflected in the release notes for the month in which the change is made.",
    "P|If we switch to a different AI model, we'll mention it in our product updates after the switch."])
M("list-updated-time-to-time", "qualified", [
    "A current list of the third-party AI models used in {AIS} is available at {URL}, which {V} may update from time to time.",
    "{^V} maintain{V_s} a list of model providers at {URL}. {^C} should check that page periodically, as {V} may add or remove providers without separate notice.",
    "P|You can see which AI providers we currently use at {URL}. This list may change as we improve {AIS}."])
M("provider-named-may-change", "qualified", [
    "{^AIS} currently use{AIS_s} {MODEL} from {PROV}. {^V} may change the model or provider in the future, and will describe any change in the documentation.",
    "As of the Effective Date, {V} use{V_s} {PROV} as {Vits} model provider for {AIS}; this may change over time, and {V} will update {SCHED} accordingly.",
    "P|Today, {AIS} uses {MODEL} from {PROV}. We may move to a different model later and will update our AI page when we do."])
M("model-family-not-version", "qualified", [
    "{^AIS} {AIS_is} powered by models in the {MFAM} family. The particular version may change as new versions become available.",
    "{^V} use{V_s} {PROVS}'s models for {AIS}, and the specific version in use is selected by {Vo} and may be updated without notice."])
M("provider-category-only", "qualified", [
    "{^AIS} may use models provided by leading AI providers, including {PROV}, and models developed by {Vo}.",
    "{^V} use{V_s} a combination of proprietary and third-party AI models, such as {MODEL}, to provide {AIS}."])
M("documentation-identifies", "qualified", [
    "The Documentation identifies the principal AI models used in {AIS}; that identification is for information only and may not be exhaustive.",
    "{^V} describe{V_s} the main models used in each AI feature in the Documentation, and may update the Documentation as models change."])
M("subprocessor-page-ai", "qualified", [
    "D|The Processor's current sub-processors, which include providers of AI models such as {PROV}, are listed at {URL}.",
    "D|Customer authorises Service Provider to engage the sub-processors listed at {URL}, including third-party providers of large language models, for example {PROV} and {PROV2}."], hd=["Sub-processors", "Authorised Sub-processors"])
M("routing-among-listed", "qualified", [
    "{^AIS} may route each request to one of several models, including {MODEL} and {MODEL2}, depending on the task and on availability.",
    "To balance cost and quality, {V} may send {IN} to any of the models listed in {SCHED}, choosing the model for each request automatically.",
    "P|Depending on what you ask, the assistant may use different AI models, for example {MODEL} or {MODEL2}."])
M("fallback-model", "qualified", [
    "If {MODEL} is unavailable, {AIS} may temporarily use an alternative model of comparable capability, and {V} will inform {Co} of the alternative used on request.",
    "During outages of the primary model provider ({PROV}), {V} may fail over to {PROV2}, and will report any such failover in the monthly service report."])
M("notice-material-only", "qualified", [
    "{^V} {shall} notify {Co} of changes to the underlying AI models only where {V} reasonably consider{V_s} the change likely to materially degrade the functionality of {AIS}.",
    "Minor model updates may be made without notice; {V} will give notice of a change of model provider that materially affects {AIS}."])
M("jp-qualified", "qualified", [
    "J|Party B uses generative AI such as {MODEL} in the Service. Party B shall notify Party A of changes to the AI model to the extent reasonably possible.",
    "J|The AI Function uses the AI models of third parties, including {PROV}. Party B shall, when requested by Party A, explain the main AI models used, to the extent that it does not fall under trade secrets of Party B."])
M("gov-qualified", "qualified", [
    "G|The Contractor shall identify in the Technical Volume the categories of AI models it proposes to use, such as large language models provided by {PROV} or similar providers.",
    "G|The Contractor shall report changes to the AI models used under this contract in its next quarterly status report."])
M("uk-qualified", "qualified", [
    "U|The Supplier shall use reasonable endeavours to notify the Customer of any change to the AI models used in the Services, provided that a failure to do so shall not be a breach of this Agreement.",
    "U|The AI Services may make use of models supplied by third parties, which at the date of this Agreement include {PROV}."])
M("major-version-only", "qualified", [
    "{^V} {shall} notify {Co} before moving {AIS} to a new major model generation, but may apply minor version updates of the same model without notice.",
    "Notice will be given for changes from one model family to another (for example, from {MFAM} to {MFAM2}); updates within the same model family may occur without notice."])
M("customer-configurable-default", "qualified", [
    "By default, {AIS} use{AIS_s} the model selected by {Vo}, which may change over time; enterprise administrators may pin a specific model, such as {MODEL}, where available.",
    "P|Admins on business plans can choose which model {AIS} uses. On other plans we choose the model for you, and it may change."])
M("open-source-components", "qualified", [
    "{^AIS} incorporate{AIS_s} open-source models, for example {OMODEL}, which {V} may update to newer releases.",
    "Certain features are built using openly licensed models such as those in the {MFAM} family, as modified by {Vo}."])
# ---- model_disclosure: adverse -------------------------------------------
M("swap-at-discretion", "adverse", [
    "{^V} may change, replace or discontinue any AI model used in {AIS} at any time in {Vits} sole discretion and without notice to {Co}.",
    "{^V} reserve{V_s} the right to select, substitute or modify the underlying models used to provide {AIS} without notice.",
    "P|We may change the AI models behind {AIS} at any time, without telling you first.",
    "J|Party B may change the AI model used in the Service at its own discretion without notice to Party A."])
M("no-obligation-disclose", "adverse", [
    "{^V} {V_is} not obliged to disclose to {C} the identity, version or provider of any AI model used in {SVC}.",
    "The identity of the models and model providers used in {AIS} is Confidential Information of {Vo} and will not be disclosed to {Co}.",
    "P|We don't share which AI models or AI companies we use, and we're not required to."])
M("any-third-party-model", "adverse", [
    "{^AIS} may be provided using any third-party or proprietary model that {V} select{V_s}, and {V} may use different models for different requests without notice.",
    "{^C} acknowledge{C_s} that {V} may use any models or model providers of {Vits} choosing to deliver {AIS}, and that these may change from time to time without notice."])
M("no-notice-of-version", "adverse", [
    "Model versions may be updated automatically and without notice, so {C} should not rely on {OUT} remaining consistent over time.",
    "{^V} may upgrade, downgrade or retrain the models used in {AIS} without prior notice to {Co}, and no such change will constitute a breach of this Agreement."])
M("provider-change-no-liability", "adverse", [
    "{^V} may switch model providers at any time without notice, and {V} {shall} have no liability for any difference in the performance or behavior of {AIS} resulting from such a switch.",
    "Changes to third-party models, including their replacement or withdrawal by {Vo}, may occur without notice and do not entitle {C} to any refund or credit."])
M("models-not-specified", "adverse", [
    "{^V} {V_does} not commit to the use of any particular AI model, provider or version in {AIS}, and may modify these without notice.",
    "Nothing in this Agreement requires {V} to use, or to continue to use, any specific model to provide {AIS}; {V} may substitute models without notice to {C}."])
M("vf-unilateral-ai", "adverse", [
    "{^V} may, without notice to {C}, add, remove or replace any machine learning model or algorithm used in {SVC}.",
    "The selection of models, providers and model parameters for {AIS} is within {Vp} sole control and may be changed by {Vo} at any time without notice."])
M("jp-adverse", "adverse", [
    "J|The Vendor may, at its discretion, change the generative AI model or its provider used in the System without prior notice to the User, and shall not be obligated to disclose the name of such model.",
    "J|Party A acknowledges that Party B may replace the AI model used for the Service from time to time without notifying Party A."])
M("startup-adverse", "adverse", [
    "P|We may use different AI models from different providers at different times, and we may switch between them without notice.",
    "P|We don't guarantee that {AIS} will use any particular AI model. We may switch models whenever we want."])
M("uk-adverse", "adverse", [
    "U|The Supplier may at any time and without notice to the Customer substitute, upgrade or withdraw any AI model utilised in the Services, and the Customer shall have no claim in respect of any such substitution.",
    "U|The Customer acknowledges that the Supplier is under no obligation to notify the Customer of, or to consult the Customer on, any change to the models used in the AI Services."])
M("deprecate-without-notice", "adverse", [
    "{^V} may retire models used in {AIS} at any time without notice, including where a third-party provider withdraws a model.",
    "P|AI models we offer may be removed or replaced at any time without advance notice."])
M("experimental-models", "adverse", [
    "{^V} may test new or experimental models on a portion of {Cp} requests to {AIS} without notice, and {Cp} use of {AIS} constitutes consent to such testing.",
    "Requests to {AIS} may be served by models under evaluation, selected by {Vo} at {Vits} discretion and without notice to {C}."])
M("gov-adverse", "adverse", [
    "G|The Contractor may use AI models of its choosing in performance of this contract and shall not be required to identify or notify the Government of changes to such models.",
    "G|Selection and substitution of AI models used in the Solution are at the Contractor's discretion and do not require notice to, or approval by, the Contracting Officer."])
M("no-notice-undisclosed-providers", "adverse", [
    "{^V} may engage any third-party AI provider to process {IN} without notice to {Co}, and need not identify such providers.",
    "{^C} consent{C_s} to {Vp} use of unnamed third-party model providers, which {V} may add or change without notice."])

# ---- training_data: protective -------------------------------------------
T("no-train-flat", "protective", [
    "{^V} {shall} not use {CD}, {IN} or {OUT} to train, retrain or fine-tune any artificial intelligence or machine learning model.",
    "None of {CD}, including {IN} and {OUT}, will be used by {Vo} for model training.",
    "P|We never use your content, prompts or the AI's responses to train AI models.",
    "J|Party B shall not use the Input Data or the Output Data for the learning of any AI model."])
T("no-train-incl-third-parties", "protective", [
    "Neither {V} nor any of {Vits} subprocessors or model providers {shall} use {CD} to train or improve any AI model.",
    "{^V} {shall} ensure that no third party to which {V} disclose{V_s} {IN}, including any provider of AI models, uses {IN} to train, develop or improve its models.",
    "P|We don't train AI on your content, and we don't let the AI companies we work with do so either."])
T("consent-only", "protective", [
    "{^V} {shall} not use {CD} to train or improve AI models unless {C} {C_has} given {Vo} express prior written consent.",
    "Any use of {IN} or {OUT} for the training of machine learning models requires {Cp} explicit opt-in, which {C} may withdraw at any time.",
    "P|We'll only use your content to train our AI models if you turn this on yourself. It's off by default.",
    "J|Party B shall not use the Provided Data for the training of AI models without the prior written consent of Party A."])
T("opt-in-program", "protective", [
    "{^C} may choose to join {Vp} model improvement program. Unless and until {C} do{C_es} so, {V} {shall} not use {CD} to train any model.",
    "Participation in data sharing for model training is voluntary and off by default; {CD} is used for training only after an administrator enables it in the settings."])
T("improve-foundation-no", "protective", [
    "{^V} {shall} not use {IN} to improve the foundation models underlying {AIS}, whether those models are operated by {Vo} or by a third party.",
    "{^IN} and {OUT} {shall} be used solely to generate responses for {C} and not to improve, tune or train the underlying large language models."])
T("provider-contract-no-train", "protective", [
    "{^V} {shall} maintain agreements with each model provider that prohibit the provider from using {IN} or {OUT} to train its models.",
    "{^V} {V_has} contractually required every third-party AI provider used in {AIS} to refrain from using {CD} for model training, and {shall} enforce that requirement."])
T("uk-no-train", "protective", [
    "U|The Supplier shall not, and shall procure that its sub-contractors shall not, use any Customer Data for the purpose of training, testing or improving any artificial intelligence system.",
    "U|Customer Data shall not be utilised by the Supplier to develop or train machine learning models, whether for the Customer's benefit or otherwise."])
T("gov-no-train", "protective", [
    "G|The Contractor shall not use Government Data, including prompts and outputs, to train, fine-tune or otherwise improve any AI model, whether commercial or proprietary, without the express written authorization of the Contracting Officer.",
    "G|Government information entered into the AI System shall not be used to train or improve models made available to other customers of the Contractor.",
    "G|The Contractor shall ensure that no Agency Data is incorporated into the training data of any artificial intelligence model."])
T("dpa-no-train", "protective", [
    "D|The Processor shall not process Personal Data for the purpose of training or improving artificial intelligence models, which would constitute processing outside the documented instructions of the Controller.",
    "D|For clarity, training machine learning models on Customer Personal Data is not a permitted purpose under this DPA and Service Provider shall not do so."], hd=["Purpose Limitation", "Processing Instructions", "Scope of Processing"])
T("outputs-too", "protective", [
    "{^V} {shall} not use {OUT}, nor any feedback {C} provide{C_s} on {OUT}, to train or fine-tune models.",
    "The restriction on model training applies equally to {IN}, {OUT} and any embeddings or derived data generated from them."])
T("embeddings-no-train", "protective", [
    "Embeddings and vector indexes created from {CD} are used only to retrieve {Cp} own content within {AIS}, and are not used to train any model.",
    "{^V} may index {CD} for retrieval purposes, but {shall} not use the index or {CD} to train, fine-tune or evaluate any AI model."])
T("customer-owned-finetune", "protective", [
    "Any model fine-tuned on {CD} at {Cp} request {shall} be used exclusively for {C}; {V} {shall} not use {CD} to train any general or shared model.",
    "If {C} use{C_s} the fine-tuning feature, the resulting model is dedicated to {Co} and will be deleted on termination. {^CD} will not be used to train models for anyone else."])
B("zdr-no-train", "protective", "protective", [
    "{^IN} are processed under a zero data retention arrangement with {PROV}: they are not stored after the response is returned and are not used to train {PROVS}'s models.",
    "P|Your prompts go to {PROV} only so that a reply can be written. {^PROVS} doesn't keep them afterwards and doesn't use them for training."])
T("zdr-unnamed", "protective", [
    "{^V} use{V_s} AI providers only under zero-data-retention terms, so {IN} are deleted once a response is returned and are never used for model training.",
    "P|Your prompts aren't kept by our AI provider after a reply is generated, and they're not used for training."])
T("jp-learning", "protective", [
    "J|The Vendor shall not cause any AI to learn the data provided by the User, nor use such data as training data for any AI model, regardless of whether the data has been processed.",
    "J|Party B shall not use the data provided by Party A, or the results of processing thereof, as learning data for machine learning without the prior written consent of Party A."])
T("consumer-promise", "protective", [
    "P|Your conversations with {AIS} are private. We don't use them to train or improve our AI models.",
    "P|Files you upload stay yours. We don't use them to teach our AI.",
    "P|We won't use what you type into {AIS} to make our AI smarter."])
T("exceptional-review-no-train", "protective", [
    "{^V} may review {IN} only to investigate abuse or to provide support requested by {C}; such review {shall} not involve using {IN} to train any model.",
    "Human review of {IN} is limited to trust-and-safety investigations and {Cp} support requests, and reviewed content is never used for model training."])
T("no-train-even-aggregated", "protective", [
    "{^V} {shall} not use {CD} to train models, even where {CD} has been aggregated, anonymized or de-identified.",
    "The prohibition on model training in this {SEC} applies to {CD} in any form, including anonymized or aggregated form."])
T("customer-warranty-seek", "protective", [
    "{^V} represent{V_s} and warrant{V_s} that {CD} has not been and will not be used to train any model offered to third parties.",
    "{^V} {shall} certify in writing on request that {CD} has not been used to train or improve any AI model."])
T("cf-strict", "protective", [
    "{^V} {shall} not, and {shall} not permit any third party to, use {CD} or any derivative of it for machine learning, model training, benchmarking or model evaluation.",
    "{^CD} is {Cp} property and may not be used by {Vo} to build, train or enhance any algorithm, model or AI service."])
T("eu-no-train", "protective", [
    "The Provider shall not use Input Data or Output Data to train, validate or test AI models, save with the prior, specific and written consent of the Customer.",
    "The Customer's data shall not be reused by the Provider for the development of AI systems, including for the training of general-purpose AI models."])
T("training-off-api", "protective", [
    "Data submitted through the API is not used to train {Vp} models unless {C} explicitly opt{C_s} in.",
    "{^IN} sent via the API or {AIS} are excluded from model training by default; {V} will only include them with {Cp} express agreement."])

# ---- training_data: qualified --------------------------------------------
T("opt-out-setting", "qualified", [
    "{^V} may use {IN} and {OUT} to improve {Vp} AI models unless {C} opt{C_s} out in the account settings.",
    "{^C} may opt out of the use of {CD} for model training at any time by [[changing the data-sharing setting in the admin console|emailing {EMAIL}]]; opting out applies to data submitted after the change.",
    "P|By default we may use your chats to help train our models. You can turn this off at any time in Settings > Data Controls.",
    "P|Don't want your content used to improve our AI? Switch off \"Help improve the model\" in your privacy settings and we'll stop using it for training."])
T("opt-out-email", "qualified", [
    "If {C} do{C_es} not want {IN} used to train {Vp} models, {C} may notify {Vo} at {EMAIL}, and {V} {shall} stop such use within {N} days.",
    "{^C} can request that {Vp} use of {CD} for machine learning purposes cease by written notice; until such notice, {V} may use {CD} to improve {AIS}."])
T("deidentified-only", "qualified", [
    "{^V} may use {CD} to train and improve {Vp} AI models only after removing information that identifies {C} or any individual.",
    "{^V} {shall} not use {CD} for model training except in de-identified form from which {C} and its users cannot reasonably be re-identified.",
    "P|We may use de-identified snippets of your content to improve our AI. We remove your name and other details that could identify you first."])
T("aggregated-only", "qualified", [
    "{^V} may use aggregated and anonymized data derived from {Cp} use of {AIS}, including {IN}, to train and improve {Vp} machine learning models, provided that such data does not identify {C} or any individual.",
    "Only aggregated statistical information derived from {CD}, and never {CD} in identifiable form, may be used by {Vo} to develop and train {Vp} models."])
T("feedback-only-training", "qualified", [
    "{^V} will not use {IN} to train models, except where a user submits feedback (such as a thumbs-up or thumbs-down rating), in which case the related conversation may be used to improve {Vp} models.",
    "P|We don't train on your chats, unless you rate a response and choose to share that conversation with us."])
T("customer-specific-model", "qualified", [
    "{^V} may use {CD} to train or fine-tune models that are used solely to provide {AIS} to {Co}, but not models made available to other customers.",
    "Training on {CD} is limited to models dedicated to {Cp} account; {V} {shall} not use {CD} to train shared or general-purpose models.",
    "J|Party B may use the Input Data for the learning of the AI model dedicated to Party A, but shall not use it for the learning of AI models provided to third parties."])
T("tier-based", "qualified", [
    "For customers on the Free and Starter plans, {V} may use {IN} to train {Vp} models; for Enterprise customers, {V} {shall} not do so.",
    "P|If you're on a free plan, we may use your prompts to train our models. Paid business accounts are excluded from training."])
T("safety-classifiers-only", "qualified", [
    "{^V} {shall} not use {IN} to train generative models, but may use them to train and improve classifiers that detect abuse, spam and security threats.",
    "{^IN} may be used to improve {Vp} safety and abuse-detection models; they will not be used to train the language models that generate {OUT}."])
T("opt-out-enterprise-default-off", "qualified", [
    "Model training on {CD} is enabled by default for individual accounts and disabled by default for organization accounts; administrators may change the default for their organization.",
    "P|Personal accounts help train our models unless you opt out. Team and enterprise workspaces are opted out automatically."])
T("synthetic-derived", "qualified", [
    "{^V} may create synthetic data derived from patterns in {CD}, with all identifying details removed, and use that synthetic data to train {Vp} models.",
    "{^CD} will not be used directly for training; however, {V} may generate anonymised synthetic examples inspired by the structure of {CD} for model development."])
T("limited-purpose-fine-tune", "qualified", [
    "{^V} may use {OUT} and corrections made by {C} to fine-tune the models underlying {AIS} for the purpose of improving accuracy, provided that {CD} is pseudonymized before use and deleted after {RET} days.",
    "Corrections entered by users may be used to adjust the models in {AIS}, subject to removal of personal data and a retention limit of {RET} days."])
T("eu-qualified", "qualified", [
    "The Provider may use Input Data to improve the AI System only in anonymised form and only where the Customer has not objected in writing.",
    "The Customer may object at any time to the use of Input Data for the further training of the AI System; until an objection is received, the Provider may use Input Data in pseudonymised form for that purpose."])
T("uk-qualified", "qualified", [
    "U|The Supplier may use anonymised Customer Data to train its machine learning models, provided that no Customer Data is disclosed to third parties in identifiable form and the Customer may withdraw its agreement on written notice.",
    "U|Save where the Customer has opted out under clause {N2}, the Supplier may utilise Inputs in anonymised form to improve the AI Services."])
T("gov-qualified", "qualified", [
    "G|The Contractor may use de-identified Agency Data to improve its models only with the approval of the Agency's Chief Data Officer and in accordance with the Agency's de-identification standard.",
    "G|Government Data may be used to tune models deployed exclusively for the Government under this contract, but not to train any commercial model offered to other customers."])
T("opt-out-30-days-grace", "qualified", [
    "Unless {C} opt{C_s} out within {N} days after the Effective Date, {V} may use {IN} to improve the AI models that power {AIS}.",
    "Customers who do not exercise the opt-out described in the Documentation consent to the use of their {IN} for model improvement."])
T("sample-review-labels", "qualified", [
    "{^V} may review a small sample of {IN}, stripped of account identifiers, to label data for improving {Vp} models, unless {C} {C_has} disabled this in the settings.",
    "P|A small number of de-identified conversations may be reviewed by trained staff to help improve our AI. You can opt out of this in Settings."])
T("dpa-qualified", "qualified", [
    "D|The Processor may use Personal Data to improve its AI models only after anonymisation in accordance with Annex II, and only for as long as the Controller has not withdrawn its instruction permitting such use.",
    "D|Customer instructs Service Provider to use de-identified Personal Information to improve the AI Features, and Service Provider shall not attempt to re-identify such information."], hd=["Processing Instructions", "AI Features"])
# ---- training_data: adverse ----------------------------------------------
T("may-train-default", "adverse", [
    "{^V} may use {IN} and {OUT} to train, develop and improve {Vp} artificial intelligence models and services.",
    "{^C} agree{C_s} that {V} may use {CD}, including {IN}, to train and improve the machine learning models used in {SVC}.",
    "P|We may use your prompts, uploads and the responses you receive to train and improve our AI models.",
    "J|Party B may use the Input Data and the Output Data for the learning and improvement of its AI models."])
T("licence-for-training", "adverse", [
    "{^C} grant{C_s} {V} a worldwide, royalty-free, perpetual {licence} to use, copy and analyze {CD} for the purpose of training and improving {Vp} models.",
    "{^C} hereby grant{C_s} to {Vo} a non-exclusive, irrevocable right to use {IN} and {OUT} to develop, train and enhance artificial intelligence and machine learning technologies.",
    "P|You give us permission to use your content to train and improve our AI, and this permission continues even after you delete your account."])
T("improve-services-is-model", "adverse", [
    "{^V} may use {IN} and {OUT} to improve {AIS}, including the underlying models.",
    "{^V} may retain and use {CD} to improve the performance and accuracy of the AI models that power {AIS}.",
    "P|We use what you share with {AIS} to make its answers better over time, which includes improving the underlying AI model."])
T("third-party-provider-may-train", "adverse", [
    "{^C} acknowledge{C_s} that third-party model providers used in {AIS} may use {IN} to train and improve their own models in accordance with their own terms.",
    "{^V} {V_does} not control whether providers of the AI models used in {AIS} use {IN} for training, and {V} {shall} have no liability for such use."])
T("ml-development-broad", "adverse", [
    "{^V} may use {CD} for research, product development and machine learning, including training of models offered to other customers.",
    "Without limiting any other rights, {V} may incorporate {CD} into datasets used to build and train {Vp} current and future AI products."])
T("no-opt-out", "adverse", [
    "{^IN} may be used for model training and {C} may not opt out of such use while using {AIS}.",
    "P|Using {AIS} means your prompts may be used to train our AI. There's no way to opt out other than not using the feature."])
T("outputs-and-feedback-train", "adverse", [
    "{^V} may use {OUT} and all feedback, ratings and corrections to train, evaluate and improve any of {Vp} models without restriction.",
    "All interactions with {AIS}, including {IN}, {OUT} and edits made by users, may be used by {Vo} to improve {Vp} machine learning systems."])
T("retain-after-termination-train", "adverse", [
    "{^V} may continue to use {CD} incorporated into {Vp} models after termination, and {V} {shall} have no obligation to remove {CD} from any trained model.",
    "Termination of this Agreement does not require {V} to retrain or delete models that were trained using {IN}."])
T("uk-adverse", "adverse", [
    "U|The Customer hereby grants to the Supplier a perpetual, irrevocable, royalty-free licence to use the Customer Data for the purposes of training and developing the Supplier's artificial intelligence models.",
    "U|The Supplier shall be entitled to utilise Inputs and Outputs to develop and improve its AI models and any other products or services of the Supplier."])
T("jp-adverse", "adverse", [
    "J|Party A agrees that Party B may use the data input by Party A as learning data for the AI model of Party B, and Party B shall not be required to obtain any further consent of Party A for such use.",
    "J|The Licensor may freely use the Input Data and the Output Data for the development and learning of its AI Engine, both during and after the term of this Agreement."])
T("gov-adverse", "adverse", [
    "G|The Contractor may use data generated in the performance of this contract, including prompts and outputs, to train and improve its commercial AI models.",
    "G|The Government acknowledges that inputs to the Contractor's AI System may be used by the Contractor to improve its models for all customers."])
T("consent-by-use", "adverse", [
    "By using {AIS}, {C} consent{C_s} to {Vp} use of {IN} and {OUT} for the purpose of training machine learning models.",
    "P|By uploading content, you agree that we may use it to train the AI models behind our products."])
T("vf-adverse-derived", "adverse", [
    "{^V} own{V_s} all models, weights and improvements created using {CD}, and may use {CD} to train such models without restriction.",
    "{^V} may use {CD} to create and train machine learning models, and all such models are {Vp} exclusive property."])
T("eu-adverse", "adverse", [
    "The Customer agrees that the Provider may use Input Data and Output Data for the training, validation and further development of the Provider's AI systems, including general-purpose AI models.",
    "The Provider shall be entitled to process the Customer's data for the further training of the AI System without further instruction from the Customer."])
T("dpa-adverse", "adverse", [
    "D|Customer authorises Processor to process Personal Data contained in Inputs for the purpose of training and improving Processor's AI models, as an independent purpose of Processor.",
    "D|Service Provider may use Personal Information received under the Agreement to build and improve its machine learning models, and this use shall be deemed a permitted business purpose."], hd=["Permitted Purposes", "Processing Purposes"])
T("human-review-and-train", "adverse", [
    "{^V} and {Vits} contractors may review {IN} and {OUT} and use them to train {Vp} models.",
    "P|Human reviewers may read your conversations, and we may use them to train our AI systems."])

# ---- hard negatives --------------------------------------------------------
N("mod-any-time", "generic_modification", [
    "{^V} may modify, update or discontinue any feature of {SVC} at any time, provided that {V} {shall} not materially reduce the overall functionality of {SVC} during the Subscription Term.",
    "{^V} reserve{V_s} the right to change {SVC} from time to time. Where a change materially reduces functionality, {V} {shall} give {Co} at least {N} days' notice.",
    "P|We're always improving the Service, so features may change, be added or be removed over time."])
N("mod-terms", "generic_modification", [
    "{^V} may amend these Terms by posting the updated Terms and notifying {Co} at least {N} days before the amendment takes effect.",
    "P|We may update these Terms from time to time. If a change is significant, we'll email you before it applies.",
    "J|Party B may amend these Terms of Use by notifying Party A of the content of the amendment and its effective date by a reasonable method."])
N("mod-deprecation-feature", "generic_modification", [
    "{^V} may deprecate any API endpoint or feature of {SVC} by giving {N} days' notice in the developer changelog.",
    "Deprecated features of {SVC} will continue to operate for at least {N} days after the deprecation notice."])
N("mod-updates-upgrades", "generic_modification", [
    "{^V} may release updates, upgrades and patches to {SVC}, which {shall} be deemed part of {SVC} once deployed.",
    "All enhancements and new releases of {SVC} made generally available by {Vo} are included in the subscription fee at no extra charge."])
N("mod-uk-variation", "generic_modification", [
    "U|The Supplier may make changes to the Services which do not materially adversely affect the Customer, and shall notify the Customer of any material change not less than {N} days in advance.",
    "U|No variation of this Agreement shall be effective unless it is in writing and signed by the parties (or their authorised representatives)."])
N("mod-gov-change-order", "generic_modification", [
    "G|The Contracting Officer may at any time, by written order, make changes within the general scope of this contract, and an equitable adjustment shall be made if the change affects cost or schedule.",
    "G|The Contractor shall not make any change to the Solution that affects the Government's use of it without a written modification to this contract."])
N("mod-ai-features-change", "generic_modification", [
    "{^AIS} may change over time as {V} add{V_s} or remove{V_s} capabilities, and {V} will describe significant changes in the release notes.",
    "P|The AI features in the app are new and may change a lot, including how they look and what they can do."])
N("purpose-only-provide", "purpose_limitation", [
    "{^V} {shall} use {CD} only to provide {SVC} to {C} and as otherwise instructed by {C} in writing.",
    "{^V} {shall} process {CD} solely for the purposes of performing {Vits} obligations under this Agreement.",
    "J|Party B shall not use the data provided by Party A for any purpose other than the performance of the Service."])
N("purpose-ai-provide", "purpose_limitation", [
    "{^V} {shall} process {IN} only to generate {OUT} for {C} and to provide, secure and support {AIS}.",
    "{^IN} submitted to {AIS} are used only to produce the requested {OUT} and to operate {AIS} for {Co}.",
    "P|We use your prompts to give you answers and to keep {AIS} running safely. We don't use them for anything unrelated to providing the service to you."])
N("purpose-dpa-instructions", "purpose_limitation", [
    "D|The Processor shall process Personal Data only on documented instructions from the Controller, including with regard to transfers of Personal Data to a third country.",
    "D|Service Provider shall not sell or share Personal Information, nor retain, use or disclose it for any purpose other than the business purposes specified in the Agreement."], hd=["Processing Instructions", "Purpose Limitation"])
N("purpose-gov-data", "purpose_limitation", [
    "G|The Contractor shall use Government Data only for the purpose of performing this contract and shall not disclose it to any third party without the written approval of the Contracting Officer.",
    "G|Agency Data shall not be used for any commercial purpose, including marketing or resale, by the Contractor."])
N("purpose-uk", "purpose_limitation", [
    "U|The Supplier shall use the Customer Data only to the extent necessary to perform the Services and for no other purpose whatsoever.",
    "U|The Supplier shall not exploit the Customer Data commercially or otherwise save as required to provide the Services."])
N("purpose-no-sale", "purpose_limitation", [
    "{^V} {shall} not sell, rent or lease {CD} to any third party.",
    "P|We don't sell your data and we don't use your content for advertising."])
N("purpose-eu-prompt", "purpose_limitation", [
    "The Provider shall process Input Data exclusively for the purpose of generating Output Data for the Customer and shall not process it for its own purposes.",
    "The Provider shall not combine the Customer's data with data from other sources, except as required to provide the Service."])
N("usage-data-improve", "usage_analytics", [
    "{^V} may collect Usage Data relating to {Cp} use of {SVC}, such as feature usage, performance metrics and error logs, and use it to operate, maintain and improve {SVC}.",
    "{^V} may compile statistical information about the use and performance of {SVC} and use it for capacity planning and product development, provided it does not identify {C}.",
    "P|We collect information about how you use the app, such as which features you click and how long pages take to load, so we can fix bugs and improve the app."])
N("usage-telemetry-ai", "usage_analytics", [
    "{^V} may collect telemetry about {AIS}, such as the number of requests, response latency and error rates, to monitor and improve performance.",
    "Metadata about {Cp} use of {AIS}, including request counts and token volumes, may be used by {Vo} for billing, capacity planning and service analytics."])
N("usage-benchmark-publish", "usage_analytics", [
    "{^V} may publish aggregate statistics regarding the use of {SVC} across its customer base, provided that no such statistics identify {C}.",
    "{^V} may use aggregated, de-identified usage metrics to prepare industry benchmarks and reports."])
N("usage-cookies", "usage_analytics", [
    "P|We use cookies and similar technologies to remember your preferences and understand how people use our website.",
    "{^V} may use analytics tools to measure engagement with {SVC}; such tools collect device and browser information but not the content of {CD}."])
N("usage-gov-metrics", "usage_analytics", [
    "G|The Contractor shall provide monthly reports on system usage, including the number of active users, transaction volumes and availability.",
    "G|Usage metrics collected by the Contractor are Government Data and shall be delivered to the Agency on request."])
N("retention-delete-termination", "data_retention", [
    "Within {N} days after termination, {V} {shall} delete {CD}, including all copies in {Vits} possession,, unless retention is required by law.",
    "Upon expiry or termination of this Agreement, {V} {shall}, at {Cp} election, return or destroy {CD} and certify the destruction in writing.",
    "J|Upon termination of this Agreement, Party B shall promptly return or delete the data provided by Party A in accordance with the instructions of Party A."])
N("retention-prompts-days", "data_retention", [
    "{^IN} and {OUT} are retained for {RET} days to detect abuse and are then automatically deleted.",
    "{^V} retain{V_s} conversation history with {AIS} for as long as {C} keep{C_s} {Cp} account open, and {C} may delete individual conversations at any time.",
    "P|We keep your chat history so you can come back to it. You can delete any conversation, and it's permanently removed within {RET} days."])
N("retention-backups", "data_retention", [
    "{^CD} that has been deleted may persist in encrypted backups for up to {N} days before being overwritten.",
    "{^V} {shall} retain backup copies of {CD} for no longer than {N} days and {shall} protect such copies in accordance with {SCHED}."])
N("retention-logs", "data_retention", [
    "System logs containing request metadata are kept for {RET} days for security monitoring and then deleted.",
    "{^V} may retain logs of {Cp} API calls for {RET} days for troubleshooting; the logs do not include the content of {IN}."])
N("retention-gov-records", "data_retention", [
    "G|The Contractor shall retain all records relating to this contract for three years after final payment, in accordance with the applicable records retention schedule.",
    "G|At contract close-out, the Contractor shall transfer all Government Data to the Agency in a non-proprietary format and then sanitize its systems."])
N("retention-legal-hold", "data_retention", [
    "{^V} may retain {CD} beyond the retention period where required to comply with a legal hold, court order or regulatory obligation.",
    "P|Sometimes the law requires us to keep certain information for longer, for example for tax records. When that happens we keep only what's needed."])
N("licence-host-content", "content_licence", [
    "{^C} grant{C_s} {V} a non-exclusive, worldwide {licence} to host, copy, transmit and display {CD} solely as necessary to provide {SVC}.",
    "P|You keep ownership of your content. You give us permission to store it and show it to you and the people you share it with.",
    "J|Party A grants Party B a non-exclusive license to use the Provided Data only to the extent necessary for the provision of the Service."])
N("licence-process-inputs", "content_licence", [
    "{^C} grant{C_s} {V} a limited {licence} to process {IN} for the sole purpose of generating {OUT} for {C}.",
    "{^V} obtain{V_s} no rights in {IN} other than the limited right to use them to provide {AIS} during the term."])
N("licence-ugc-public", "content_licence", [
    "P|If you post content publicly on the Platform, you grant us a worldwide, royalty-free {licence} to display, distribute and promote it on the Platform.",
    "By submitting User Content to public areas of {SVC}, {C} grant{C_s} other users a {licence} to view and share it within {SVC}."])
N("licence-marketing-logo", "content_licence", [
    "{^C} grant{C_s} {V} the right to use {Cp} name and logo in customer lists and marketing materials, subject to {Cp} trademark guidelines.",
    "Neither party may use the other's name or marks in publicity without prior written approval."])
N("licence-ip-ownership", "content_licence", [
    "As between the parties, {C} own{C_s} all right, title and interest in and to {CD}.",
    "{^V} retain{V_s} all intellectual property rights in {SVC}, including all software, documentation and improvements, and no rights are granted except as expressly set out in this Agreement."])
N("licence-uk-materials", "content_licence", [
    "U|The Customer grants the Supplier a non-exclusive, royalty-free licence during the Term to use the Customer Materials solely for the purpose of providing the Services.",
    "U|All Intellectual Property Rights in the Deliverables shall vest in the Customer upon payment of the relevant Charges."])
N("def-model", "model_definition", [
    "\"Model\" means any machine learning or artificial intelligence model, including large language models, made available as part of {SVC}.",
    "In this Agreement, \"AI Model\" means a computational model that generates outputs such as text, images or predictions from inputs, whether developed by {Vo} or by a third party.",
    "J|\"AI Model\" means a program that performs inference on input data and produces output, which is incorporated into the Service."], hd=["Definitions"])
N("def-ai-system", "model_definition", [
    "\"AI System\" means a machine-based system that, for explicit or implicit objectives, infers from the input it receives how to generate outputs such as predictions, content or recommendations.",
    "\"Generative AI\" means technology capable of producing text, images, code or other content in response to prompts."], hd=["Definitions", "Interpretation"])
N("def-inputs-outputs", "model_definition", [
    "\"Inputs\" means any data, text, files or prompts submitted to {AIS} by or on behalf of {C}, and \"Outputs\" means content generated by {AIS} in response to Inputs.",
    "\"Output\" means any text, code, image or other material returned to {C} by {AIS}."], hd=["Definitions"])
N("def-third-party-model", "model_definition", [
    "\"Third-Party Model\" means an AI model that is not owned by {Vo} and is made available to {Vo} by a third party under {licence}.",
    "\"Model Provider\" means any third party that makes an artificial intelligence model available to {Vo} for use in {SVC}."], hd=["Definitions"])
N("def-customer-data", "model_definition", [
    "\"Customer Data\" means all data, including Inputs, that {C} or {Cp} users upload to or process through {SVC}.",
    "\"Usage Data\" means data about the operation and use of {SVC}, excluding Customer Data."], hd=["Definitions"])
N("subproc-hosting", "subprocessor_list", [
    "D|The Controller authorises the following sub-processors: Amazon Web Services, Inc. (cloud hosting, EU); Zendray Ltd (customer support ticketing, UK); Postwell Inc. (transactional email, US).",
    "D|Annex III – Sub-processors: Microsoft Ireland Operations Ltd – Azure cloud infrastructure – Ireland; Cloudnest GmbH – backup storage – Germany."], hd=["Sub-processors", "List of Sub-processors"])
N("subproc-notice-generic", "subprocessor_list", [
    "D|The Processor shall inform the Controller of any intended changes concerning the addition or replacement of sub-processors at least {N} days in advance, thereby giving the Controller the opportunity to object.",
    "D|Service Provider maintains a list of its subprocessors at {URL} and will update the list at least {N} days before authorising a new subprocessor to process Personal Data."], hd=["Sub-processors"])
N("subproc-flowdown-generic", "subprocessor_list", [
    "D|Where the Processor engages a sub-processor, it shall impose on that sub-processor data protection obligations no less protective than those in this DPA and shall remain liable for the sub-processor's performance.",
    "D|Customer grants a general authorisation for Processor to engage sub-processors, subject to this Section."], hd=["Sub-processors"])
N("subproc-payment-support", "subprocessor_list", [
    "D|Current subprocessors: Google Cloud (infrastructure hosting), Paylance Inc. (payment processing), Helpwise Ltd (support desk), Metricly Inc. (product analytics).",
    "D|Service Provider uses the following subprocessors: Amazon Web Services (hosting, us-east-1), Snowridge (data warehouse) and Datatrail (error monitoring)."], hd=["Subprocessors"])
N("conf-basic", "confidentiality", [
    "Each party {shall} protect the other party's Confidential Information using at least the same degree of care it uses for its own confidential information, and no less than reasonable care.",
    "The receiving party {shall} not disclose Confidential Information to any third party except to its employees and contractors who need to know it and are bound by written obligations of confidentiality.",
    "J|Party A and Party B shall not disclose to any third party any confidential information of the other party obtained in connection with this Agreement without the other party's prior written consent."])
N("conf-ai-inputs", "confidentiality", [
    "{^IN} and {OUT} are {Cp} Confidential Information, and {V} {shall} protect them in accordance with the confidentiality provisions of this Agreement.",
    "{^V} {shall} treat all content entered into {AIS} as confidential and {shall} not disclose it to any third party except as needed to provide {AIS}."])
N("conf-exceptions", "confidentiality", [
    "Confidential Information does not include information that is or becomes public through no fault of the receiving party, or that was independently developed without use of the disclosing party's information.",
    "The receiving party may disclose Confidential Information where required by law, provided it gives the disclosing party prompt notice where legally permitted."])
N("conf-uk", "confidentiality", [
    "U|Each party shall keep in strict confidence all confidential information disclosed to it by the other party and shall not use such information except for the purpose of exercising its rights and performing its obligations under this Agreement.",
    "U|The obligations of confidentiality in this clause shall continue for a period of five years following termination of this Agreement."])
N("feedback-use", "feedback_licence", [
    "If {C} provide{C_s} suggestions or feedback about {SVC}, {V} may use that feedback without restriction or obligation to {C}.",
    "{^C} grant{C_s} {V} a perpetual, irrevocable, royalty-free {licence} to use and incorporate any feedback {C} provide{C_s} into {Vp} products and services.",
    "P|We love hearing your ideas. If you send us suggestions, we can use them freely without paying you or crediting you."])
N("feedback-no-confidential", "feedback_licence", [
    "Feedback is provided voluntarily and will not be treated as Confidential Information of {C}.",
    "{^V} {V_is} free to use feature requests and bug reports submitted by {C} for any purpose, but {shall} not identify {C} as their source without consent."])
N("flowdown-third-party-terms", "third_party_flowdown", [
    "{^Cp} use of third-party AI services made available through {SVC} is subject to the terms of the applicable third-party provider, which {C} agree{C_s} to comply with.",
    "Certain features of {AIS} are provided by third parties. {^C} must comply with any usage policies of those third parties that {V} make{V_s} available to {Co}.",
    "P|Some AI features rely on outside providers, and their usage rules also apply when you use those features."])
N("flowdown-no-warranty", "third_party_flowdown", [
    "{^V} make{V_s} no warranty regarding third-party AI services integrated with {SVC}, which are provided on an \"as is\" basis by their respective providers.",
    "{^V} {V_is} not responsible for the availability or performance of third-party models or services accessed through {AIS}."])
N("flowdown-customer-connectors", "third_party_flowdown", [
    "If {C} connect{C_s} {SVC} to a third-party application, {C} authorise{C_s} {V} to exchange data with that application, and the third party's terms govern its use of that data.",
    "Integrations with third-party applications are enabled at {Cp} discretion, and {V} {V_is} not responsible for how those applications process {CD}."])
N("output-ownership", "output_ownership", [
    "As between the parties, {C} own{C_s} all {OUT}, and {V} hereby assign{V_s} to {C} any rights {V} may have in {OUT}.",
    "{^V} claim{V_s} no ownership of {OUT}. {^C} {C_is} responsible for determining whether {OUT} can be used for {Cp} intended purpose.",
    "P|You own the content the AI creates for you, to the extent the law allows."])
N("output-similarity", "output_ownership", [
    "Due to the nature of generative AI, {OUT} may not be unique, and other users may receive similar content.",
    "{^C} acknowledge{C_s} that {OUT} provided to other customers may be identical or similar to {Cp} {OUT}, and such outputs are not {Cp} property."])
N("disclaimer-accuracy", "ai_output_disclaimer", [
    "{^OUT} may be inaccurate, incomplete or offensive, and {C} should independently verify {OUT} before relying on {OUT_them}.",
    "{^AIS} {AIS_is} provided for informational purposes only and {V} {V_does} not warrant that {OUT} will be accurate or error-free.",
    "P|AI can make mistakes. Check important information before you rely on it.",
    "J|Party B does not guarantee the accuracy, completeness or usefulness of the Output Data, and Party A shall use the Output Data at its own responsibility."])
N("disclaimer-not-advice", "ai_output_disclaimer", [
    "{^OUT} {OUT_do} not constitute legal, medical, financial or other professional advice.",
    "P|The assistant isn't a lawyer, doctor or financial adviser, and its answers aren't professional advice."])
N("disclaimer-ip-outputs", "ai_output_disclaimer", [
    "{^V} {V_does} not warrant that {OUT} will not infringe the rights of third parties.",
    "{^C} {C_is} solely responsible for any use of {OUT}, including ensuring that such use complies with applicable law and third-party rights."])
N("aup-ai", "acceptable_use", [
    "{^C} {shall} not use {AIS} to generate content that is unlawful, harassing, defamatory or sexually explicit, or that promotes violence.",
    "{^C} {shall} not use {AIS} to make automated decisions that have legal or similarly significant effects on individuals without human review.",
    "P|Don't use the assistant to create spam, malware, or content that harms or deceives other people."])
N("aup-security", "acceptable_use", [
    "{^C} {shall} not attempt to probe, scan or test the vulnerability of {SVC} or breach any security or authentication measures.",
    "{^C} {shall} not interfere with or disrupt {SVC}, including by sending excessive requests or circumventing rate limits."])
N("aup-prompt-injection", "acceptable_use", [
    "{^C} {shall} not attempt to bypass the safety filters or content restrictions of {AIS}, including through prompt injection or jailbreak techniques.",
    "P|Please don't try to trick the assistant into ignoring its safety rules."])
N("aup-sensitive-data", "acceptable_use", [
    "{^C} {shall} not submit to {AIS} any protected health information, payment card data or other special categories of personal data unless {Cp} Order Form expressly permits it.",
    "P|Don't enter passwords, credit card numbers or health records into {AIS}."])
N("ai-notice-end-users", "ai_use_notice", [
    "{^C} {shall} inform {Cp} end users that they are interacting with an AI system and that responses are generated automatically.",
    "{^C} {shall} clearly label content generated by {AIS} as AI-generated where it is published to third parties.",
    "P|If you publish text created with our AI tools, you're responsible for telling your readers it was made with AI where that's expected."])
N("ai-feature-exists", "ai_use_notice", [
    "{^SVC} include{SVC_s} features that use artificial intelligence to summarize documents and suggest edits.",
    "Some features of {SVC} use machine learning to generate suggestions. These features are optional and may be turned off by an administrator.",
    "P|Some parts of the app use AI to suggest replies. You can turn these suggestions off at any time."])
N("ai-disable-admin", "ai_use_notice", [
    "Administrators may enable or disable {AIS} for all or some users of {Cp} account at any time.",
    "{^AIS} {AIS_is} disabled by default and {shall} only be activated at {Cp} request."])
N("security-measures", "security", [
    "{^V} {shall} implement and maintain appropriate technical and organizational measures to protect {CD} against unauthorized access, loss or alteration, as described in {SCHED}.",
    "{^V} {shall} encrypt {CD} in transit using TLS 1.2 or higher and at rest using AES-256.",
    "J|Party B shall take necessary and appropriate measures for the security management of the data provided by Party A, including prevention of leakage, loss or damage."])
N("security-breach", "security", [
    "{^V} {shall} notify {Co} without undue delay, and in any event within {H} hours, after becoming aware of a Security Incident affecting {CD}.",
    "G|The Contractor shall report any cyber incident affecting Government Data to the Contracting Officer within {H} hours of discovery."])
N("security-audit", "security", [
    "{^V} {shall} maintain a SOC 2 Type II report covering {SVC} and {shall} provide a copy to {C} on request, subject to confidentiality.",
    "{^C} may, once per year and on {N} days' notice, audit {Vp} compliance with its security obligations."])
N("security-access-control", "security", [
    "Access to {CD} by {Vp} personnel is limited to those who need it to provide {SVC} and is logged and reviewed regularly.",
    "{^V} {shall} ensure that personnel with access to {IN} have undergone background checks and security training."])
N("location-eu", "data_location", [
    "{^V} {shall} store and process {CD} only in data centres located in the European Economic Area.",
    "{^CD} {shall} not be transferred outside {Cp} selected hosting region without {Cp} prior written consent."])
N("location-gov", "data_location", [
    "G|All Government Data shall be stored, processed and maintained solely on data centers located within the continental United States.",
    "G|The Contractor shall not permit offshore access to State Data, including remote access by personnel located outside the United States."])
N("human-oversight", "human_oversight", [
    "{^C} remain{C_s} responsible for reviewing {OUT} and for any decisions made using {AIS}.",
    "{^C} {shall} ensure that a qualified person reviews {OUT} before {OUT_they} {OUT_are} used in any decision affecting an individual.",
    "J|Party A shall confirm the content of the Output Data by a person in charge before using it for its business."])
N("beta-ai", "beta_features", [
    "{^AIS} may be designated as beta or preview features, which are provided \"as is\", may be withdrawn at any time and are excluded from the service level commitments.",
    "P|Features marked \"Preview\" are still being tested. They may not work perfectly and we may remove them."])
N("sla-uptime", "service_levels", [
    "{^V} {shall} use commercially reasonable efforts to make {SVC} available 99.9% of the time in each calendar month, excluding scheduled maintenance.",
    "If availability falls below the service level in any month, {C} will be entitled to the service credits set out in {SCHED}."])
N("sla-ai-latency", "service_levels", [
    "{^AIS} {AIS_is} excluded from the uptime commitment, and response times for {AIS} may vary with demand.",
    "{^V} {V_does} not guarantee any minimum response time or throughput for {AIS}."])
N("pricing-tokens", "pricing", [
    "Use of {AIS} is charged per thousand tokens processed, at the rates set out in {SCHED}.",
    "{^V} may change the per-request price of {AIS} on {N} days' notice; the new prices apply from the start of the next billing period.",
    "P|Each plan includes a monthly number of AI credits. Unused credits don't roll over."])
N("pricing-fees", "pricing", [
    "Fees are payable within {N} days of the invoice date and are non-refundable except as expressly stated in this Agreement.",
    "{^V} may increase the subscription fees at renewal by giving at least {N} days' notice before the end of the current term."])
N("customer-resp-inputs", "customer_responsibility", [
    "{^C} {C_is} responsible for {IN} and warrant{C_s} that {C} {C_has} all rights and consents needed to submit them to {AIS}.",
    "{^C} {shall} ensure that {IN} do not infringe any third party's intellectual property or privacy rights.",
    "P|You're responsible for what you upload, and you must have the rights to share it with us."])
N("customer-resp-users", "customer_responsibility", [
    "{^C} {C_is} responsible for all activity under {Cp} accounts and {shall} ensure that {Cp} users comply with this Agreement.",
    "{^C} {shall} keep login credentials confidential and notify {Vo} promptly of any unauthorized use."])
N("deletion-request", "data_deletion", [
    "{^C} may delete {CD} from {SVC} at any time, and deleted data will be removed from active systems within {N} days.",
    "P|You can delete your account and your data at any time from your settings page."])
N("export-data", "data_portability", [
    "During the term and for {N} days after termination, {C} may export {CD} in a commonly used, machine-readable format.",
    "{^V} {shall} provide reasonable assistance to {C} in migrating {CD} to a replacement supplier at the end of the term."])
N("privacy-rights", "privacy", [
    "P|You can ask us for a copy of the personal information we hold about you, or ask us to correct or delete it.",
    "D|The Processor shall assist the Controller by appropriate technical and organisational measures in responding to requests from data subjects to exercise their rights."])
N("privacy-transfers", "privacy", [
    "D|Where Personal Data is transferred to a third country, the parties agree that the Standard Contractual Clauses shall apply.",
    "D|Service Provider shall not transfer Personal Data outside the EEA unless an adequacy decision or appropriate safeguards are in place."])
N("liability-cap", "liability", [
    "Each party's total liability under this Agreement {shall} not exceed the fees paid by {C} in the twelve months before the event giving rise to the claim.",
    "Neither party {shall} be liable for any indirect, incidental or consequential damages, including loss of profits, even if advised of their possibility."])
N("indemnity-ip", "indemnity", [
    "{^V} {shall} defend {Co} against any third-party claim alleging that {SVC} infringe{SVC_s} that third party's intellectual property rights, and pay any resulting damages awarded.",
    "{^V} {shall} indemnify {Co} against claims that {OUT}, when used as permitted, infringe a third party's copyright, provided that {C} did not disable the content filters."])
N("term-termination", "term", [
    "Either party may terminate this Agreement on written notice if the other party materially breaches it and fails to cure the breach within {N} days.",
    "This Agreement begins on the Effective Date and continues for the Initial Term, after which it renews automatically for successive one-year terms unless either party gives {N} days' notice of non-renewal."])
N("support-services", "support", [
    "{^V} {shall} provide support by email and chat during business hours and will respond to priority-one incidents within {H} hours.",
    "Support does not include assistance with prompt design or with the content of {OUT}."])

# ---- both labels -----------------------------------------------------------
B("named-no-train", "protective", "protective", [
    "{^AIS} {AIS_is} powered by {MODEL} from {PROV}. {^PROVS} is contractually prohibited from using {IN} or {OUT} to train its models.",
    "{^V} use{V_s} {PROV} as the model provider for {AIS}; neither {V} nor {PROV} will use {CD} to train any AI model.",
    "P|We use {MODEL} from {PROV} to power {AIS}. Neither we nor {PROVS} use your prompts or files to train AI models.",
    "J|The AI Function uses {MODEL} provided by {PROV}. Party B shall not, and shall cause {PROV} not to, use the Input Data for the learning of AI models."])
B("named-api-zdr", "protective", "protective", [
    "{^IN} are sent to {PLAT} for processing by {MODEL}. Under {Vp} agreement with {PROVS}, {IN} are not retained after processing and are not used for training.",
    "{^V} access{V_es} {MODEL} through {PLAT} under enterprise terms that exclude customer prompts and completions from model training."])
B("such-as-no-train", "qualified", "protective", [
    "{^AIS} may rely on third-party model providers such as {PROV} and {PROV2}, none of which may use {IN} to train their models.",
    "P|We work with AI providers like {PROV} and {PROV2}. Our contracts with them don't allow them to train on your data.",
    "The model providers used in {AIS}, including {PROV}, process {IN} only to return {OUT} and are not permitted to use {IN} for model training."])
B("swap-and-train", "adverse", "adverse", [
    "{^V} may change the models used in {AIS} at any time without notice, and may use {IN} and {OUT} to train and improve those models.",
    "P|We can change which AI models power {AIS} whenever we like, and we may use your chats to train them.",
    "J|Party B may change the AI model at its discretion without notice to Party A, and may use the Input Data for the learning of such AI model."])
B("notice-and-optout", "protective", "qualified", [
    "{^V} {shall} give {Co} {N} days' notice before changing the model provider for {AIS}. {^V} may use {IN} to improve {Vp} models unless {C} opt{C_s} out.",
    "Before replacing {MODEL} with another model, {V} {shall} notify {Co}. Separately, {C} may opt out at any time of the use of {CD} for model improvement."])
B("subproc-llm-no-train", "protective", "protective", [
    "D|Sub-processor: {PROV} – provision of large language model services for {AIS} – processes Inputs solely to generate Outputs and shall not use Personal Data to train its models.",
    "D|The Processor engages {PROV} to host {MODEL}. The Processor has imposed on {PROV} an obligation not to use Personal Data for training or improving its models."], hd=["Sub-processors"])
B("discretion-no-train", "adverse", "protective", [
    "{^V} may select and change the AI models used in {AIS} at {Vits} discretion and without notice; however, no model used in {AIS} will be trained on {CD}.",
    "P|We may switch AI models at any time without notice, but whichever model we use, your content is never used to train it."])
B("named-and-deidentified", "protective", "qualified", [
    "{^AIS} use{AIS_s} {MODEL}, developed by {PROV}. {^V} may use {IN}, once de-identified, to tune the instructions and settings of {AIS}, but {PROVS} does not train its models on {IN}.",
    "The model used in {AIS} is {MODEL} ({PROV}). {^V} may use aggregated and anonymized interaction data to improve {AIS}."])
B("platform-no-train", "qualified", "protective", [
    "{^AIS} run{AIS_s} on models available through {PLAT}. Prompts and responses processed there are not used to train the underlying foundation models.",
    "P|Our AI features run on {PLAT}, and your content isn't used to train the models hosted there."])
B("open-model-own-train", "protective", "adverse", [
    "{^AIS} {AIS_is} built on {OMODEL} from {OPROV}, which {V} fine-tune{V_s} using {IN} and {OUT} collected from customers of {AIS}.",
    "P|The assistant uses our customised version of {OMODEL} ({OPROV}). We improve that version using the conversations people have with it."])
B("customer-select-no-train", "protective", "protective", [
    "{^C} may choose to use either {MODEL} or {MODEL2} in {AIS}. Whichever model {C} choose{C_s}, {IN} will not be used to train it.",
    "The Order Form specifies the model used for {AIS}. {^V} {shall} not change that model without consent, and {shall} not use {CD} for any model training."])
B("list-page-optout", "qualified", "qualified", [
    "The model providers {V} currently use{V_s} are listed at {URL} and may change. {^C} may opt out of the use of {IN} for improving {Vp} own models in the admin console.",
    "P|See {URL} for the AI providers we use today. You can stop us from using your content to improve our models in Settings."])
B("third-party-may-train", "qualified", "adverse", [
    "{^AIS} use{AIS_s} third-party models, such as {MODEL}, and the providers of those models may use {IN} to improve their services in accordance with their own terms.",
    "P|Some AI features use outside models such as {MODEL}. The companies behind those models may use what you send to improve their AI."])
B("gov-both", "protective", "protective", [
    "G|The Contractor shall identify each AI model used under this contract by name, version and developer, and shall not use Government Data to train or fine-tune any such model.",
    "G|The Contractor shall disclose the AI models used in the Solution and obtain the Contracting Officer's approval before changing them. Agency Data shall not be used for model training."])
B("uk-both", "protective", "protective", [
    "U|The Supplier shall provide the AI Services using the model specified in {SCHED}, shall notify the Customer in writing before substituting any other model, and shall not use the Customer Data to train any model.",
    "U|The Supplier confirms that the AI Services are provided using {MODEL} supplied by {PROV}, and that neither the Supplier nor {PROV} shall be entitled to use Inputs for training purposes."])
B("jp-both", "protective", "protective", [
    "J|Party B shall use {MODEL} as the generative AI in the Service, shall notify Party A in advance of any change thereto, and shall not use the Input Data for the learning of any AI model.",
    "J|The Vendor shall specify to the User the AI model used in the System and its provider, and shall not use the data provided by the User as learning data."])
B("eu-both", "protective", "qualified", [
    "The Provider uses {MODEL} provided by {PROV} for the AI System and shall inform the Customer before any change of model. Input Data may be used in anonymised form to evaluate the AI System.",
    "The AI System relies on {MODEL} ({PROV}). The Provider may use anonymised Input Data to improve the AI System unless the Customer objects."])
B("vf-both", "adverse", "adverse", [
    "{^V} may use any models, including third-party models of {Vits} choosing, to provide {AIS}, may change them without notice, and may use {CD} to train and improve such models.",
    "{^C} acknowledge{C_s} that the models used in {AIS} are selected by {Vo} and may change without notice, and that {V} may use {IN} to develop its AI technology."])
B("cf-both", "protective", "protective", [
    "{^V} {shall} list in {SCHED} every AI model used to process {CD}, {shall} give at least {N} days' notice before adding or replacing a model, and {shall} not use {CD} to train any model.",
    "No model other than {MODEL} may be used to process {CD} without {Cp} prior consent, and {CD} may not be used to train or fine-tune {MODEL} or any other model."])
B("startup-both", "qualified", "qualified", [
    "P|We use models from providers like {PROV} and may also use our own. Unless you opt out, we may use your content to improve our models.",
    "P|Our AI features use a mix of models, for example {MODEL}. We may use de-identified content to make our AI better."])
X("ai-act-named-model", {"model_disclosure": "protective", "ai_compliance": "protective"}, [
    "{^V} {shall} comply with the EU AI Act in providing {AIS} and {shall} provide {Co} with the technical documentation for {MODEL}, the general-purpose AI model from {PROV} integrated into {AIS}.",
    "To support {Cp} obligations as deployer under the EU AI Act, {V} {shall} identify the general-purpose AI model used in {AIS} ({MODEL}, provided by {PROV}) and notify {Co} of any change to it."])
X("no-train-no-distill", {"training_data": "protective", "distillation": "protective"}, [
    "{^V} {shall} not use {CD} to train any model, and {C} {shall} not use {OUT} to develop any model that competes with {AIS}.",
    "Neither party may use the other's data to train models: {V} {shall} not train on {IN}, and {C} {shall} not use {OUT} to train or distil any AI model."])
X("train-and-no-distill", {"training_data": "adverse", "distillation": "protective"}, [
    "{^V} may use {IN} and {OUT} to improve {Vp} models. {^C} {shall} not use {OUT} to develop models that compete with {Vo}.",
    "P|We may use your conversations to train our AI, and you may not use the AI's responses to train your own AI models."])
X("ai-laws-no-train", {"training_data": "protective", "ai_compliance": "protective"}, [
    "{^V} {shall} comply with all applicable AI laws, including the EU AI Act, and {shall} not use {CD} to train any general-purpose AI model.",
    "In performing its obligations under the EU AI Act and other applicable AI regulations, {V} {shall} not use {IN} to train or fine-tune any AI model without {Cp} consent."])

# ---- model_disclosure: more ----------------------------------------------
M("ai-bom", "protective", [
    "{^V} {shall} deliver to {Co} an AI bill of materials listing each model, model version, model provider and hosting location used in {AIS}, and {shall} deliver an updated list within {N2} days of any change.",
    "Together with each release, {V} {shall} provide a manifest identifying the AI models incorporated in {SVC} by name, version and supplier."])
M("model-swap-consent-required", "protective", [
    "Any replacement of the AI model used in {AIS} {shall} be treated as a change requiring {Cp} approval under the change control procedure in {SCHED}.",
    "{^V} may not migrate {AIS} to a different foundation model unless {C} {C_has} approved the migration in writing after a testing period of at least {N} days."])
M("testing-window-before-change", "protective", [
    "{^V} {shall} make any new model available to {Co} in a test environment for at least {N} days before it replaces the current model in production.",
    "P|Before we switch to a new AI model, we'll give you at least {N} days to try it out and tell us about any problems."])
M("embeddings-named", "protective", [
    "Search features in {AIS} use the embedding model {EMODEL} provided by {EPROV}; {V} {shall} notify {Co} before changing the embedding model.",
    "{^V} generate{V_s} vector embeddings of {CD} using {EMODEL} ({EPROV}) and {shall} not use any other embedding provider without prior notice to {Co}."])
M("image-speech-models", "protective", [
    "Transcription in {SVC} is performed by {MODEL2} from {PROV2}; text generation is performed by {MODEL} from {PROV}.",
    "{^V} disclose{V_s} the following third-party AI models used in {SVC}: {MODEL} ({PROV}) for drafting and {MODEL2} ({PROV2}) for classification."])
M("provider-identity-in-order", "protective", [
    "The Order Form identifies the model provider and model version for each AI feature ordered, and those identifications form part of this Agreement.",
    "Each Statement of Work {shall} name the AI tools and models the Supplier will use in performing the work."])
M("consultancy-ai-tools", "protective", [
    "{^V} {shall} not use any generative AI tool in producing the Deliverables other than {MODEL}, accessed through {Vp} enterprise account with {PROVS}, unless {C} approve{C_s} another tool in writing.",
    "Where {V} intend{V_s} to use generative AI in performing the Services, {V} {shall} first inform {Co} of the specific tool and model and obtain {Cp} approval."])
M("notice-provider-acquisition", "protective", [
    "{^V} {shall} notify {Co} within {N2} business days if a model provider used in {AIS} changes its ownership or materially changes its terms.",
    "If {PROV} ceases to provide {MODEL} to {Vo}, {V} {shall} notify {Co} promptly and propose a replacement model for {Cp} approval."])
M("region-model-list", "qualified", [
    "Models available in each region differ. {^AIS} in {Cp} region may use models such as {MODEL} or {MODEL2}, as described in the regional availability page.",
    "P|Which AI model you get depends on where you are; for example, some regions use {MODEL} while others use {MODEL2}."])
M("partial-disclosure-trade-secret", "qualified", [
    "{^V} will identify the providers of the models used in {AIS} on request, but need not disclose model versions, configurations or prompts, which are {Vp} trade secrets.",
    "{^V} may withhold details of the models used in {AIS} to the extent they are commercially sensitive, but will name the model providers."])
M("annual-disclosure", "qualified", [
    "{^V} will provide an annual summary of the principal AI models used in {AIS} during the preceding year.",
    "Once a year, on request, {V} {shall} confirm to {Co} which model providers were used for {AIS} during that year."])
M("best-available", "qualified", [
    "{^V} will use the model it considers best suited to each task, which currently includes {MODEL}; this selection may be updated as new models are released.",
    "P|We pick the AI model that works best for each feature. Right now that includes {MODEL}, but it may change."])
M("ai-powered-by-platform-partner", "qualified", [
    "{^AIS} {AIS_is} provided in partnership with {PROV} and may use any of {PROVS}'s current models.",
    "{^V} obtain{V_s} AI models from {PROV} and its affiliates; the specific models used may vary over time."])
M("notice-via-changelog-only", "qualified", [
    "Model changes are announced only in the public changelog at {URL}; {V} will not send individual notices.",
    "P|We post changes to the AI models we use on our changelog page. We don't email about them, so check the page if you want to know."])
M("retirement-notice-when-possible", "qualified", [
    "If a third-party model used in {AIS} is retired by its provider, {V} will try to give {Co} advance notice, but may not be able to do so where the provider gives little or no notice.",
    "Notice of model discontinuation will be given to the extent {V} receive{V_s} such notice from {Vits} model provider."])
M("change-no-notice-equiv", "adverse", [
    "{^V} may replace any model used in {AIS} with another model of broadly equivalent capability without notice to {C}.",
    "P|We may swap the AI model for another one we think is as good, without telling you."])
M("no-representation-model", "adverse", [
    "{^V} make{V_s} no representation as to which model generates any particular {OUT}, and the model may differ between requests without notice.",
    "{^C} {shall} have no right to know, or to require, the use of any specific model in {AIS}."])
M("reserve-algorithms", "adverse", [
    "{^V} reserve{V_s} the right to modify the algorithms, models and model providers used in {SVC} at any time, for any reason and without notice.",
    "The algorithms and machine learning models in {SVC} may be changed or replaced by {Vo} at will and without prior notice."])
M("third-party-changes-passthrough", "adverse", [
    "{^AIS} rel{AIS_ies} on models that third parties may change or withdraw at any time, and {V} may switch to any other provider without notice to {C}.",
    "{^V} may replace any model provider used in {AIS} without notice, including where the existing provider changes its pricing or terms."])
M("ab-testing-models", "adverse", [
    "{^V} may route requests to different models for testing and quality purposes, and {C} will not be informed which model handled a given request.",
    "P|We sometimes test new AI models on some users' requests. We won't tell you when this happens."])
M("gov-adverse-2", "adverse", [
    "G|The Contractor retains discretion over the underlying commercial AI models used in the Solution and may update them consistent with its commercial practice without notice to the Agency.",
    "G|The Government acknowledges that the Contractor's commercial AI models are updated periodically without notice and that such updates are not modifications of this contract."])
M("eu-adverse", "adverse", [
    "The Provider is entitled to replace the AI models used in the Service at any time without informing the Customer.",
    "The choice and replacement of the AI models used to provide the Service are at the sole discretion of the Provider and shall not require notice to the Customer."])
M("dpa-adverse-new-ai-subproc", "adverse", [
    "D|Customer agrees that Processor may engage new providers of AI models as sub-processors without prior notice, provided that the sub-processor is bound by written data protection obligations.",
    "D|The Controller gives general authorisation to the Processor to use any provider of AI models as a sub-processor; the Processor is not required to notify the Controller of changes to such providers."], hd=["Sub-processors"])
M("jp-adverse-2", "adverse", [
    "J|Party B shall not be obligated to disclose to Party A the type, name or provider of the AI model used in the Service.",
    "J|The AI model used in this Service may be updated or changed by the Licensor at any time without prior notice to the Licensee."])
M("cf-notice-protective", "protective", [
    "{^V} {shall} notify {Co} in writing at least {N} days before (a) changing the model provider for {AIS}, (b) changing the model version in a way that may affect {OUT}, or (c) discontinuing any model used in {AIS}.",
    "{^V} {shall}: (a) identify every AI model used in {AIS}; (b) maintain that identification in {SCHED}; and (c) give {Co} at least {N} days' notice of any change to it."])
M("plain-named-2", "protective", [
    "P|The writing suggestions in the app come from {MODEL}, made by {PROV}. We'll tell you before we move to another model.",
    "P|Which AI do we use? {MODEL}, from {PROV}. If that changes, we'll email you first."])
M("uk-sub-processor-model", "protective", [
    "U|The Supplier shall not appoint any new provider of artificial intelligence models in connection with the Services without first notifying the Customer and giving it {N} days to object.",
    "U|The Supplier's sole provider of large language models for the AI Services is {PROV}. Any additional provider shall require the Customer's prior written consent."])
M("list-with-versions", "protective", [
    "{^AIS} currently use{AIS_s} exactly the following models: {MODEL} ({PROV}) and {EMODEL} ({EPROV}). {^V} {shall} update this list and notify {Co} before using any other model.",
    "Models in use: {MODEL} by {PROV}; {MODEL2} by {PROV2}. No other AI models are used in {AIS}."])
M("marketplace-customer-selected", "qualified", [
    "{^AIS} provide{AIS_s} access to a catalogue of third-party models, such as {MODEL} and {MODEL2}; the catalogue may change, and {V} may remove a model from it with reasonable notice.",
    "Models in the model catalogue, which includes offerings from {PROV} and {PROV2}, are made available as-is and may be added or removed by {Vo}."])
M("provider-unnamed-notice", "qualified", [
    "{^V} use{V_s} third-party large language model providers to deliver {AIS} and will notify {Co} if {V} add{V_s} a provider located outside the European Union.",
    "{^AIS} {AIS_is} powered in part by third-party AI models. {^V} will give notice of any change in model provider that requires a change in where {IN} are processed."])
M("sovereign-hosted-qualified", "qualified", [
    "{^AIS} use{AIS_s} leading foundation models hosted in {Vp} own cloud environment, such as models from the {MFAM} family.",
    "P|We run well-known open models, such as {OMODEL}, on our own servers."])
M("deploy-version-doc", "qualified", [
    "The Documentation describes the model generation used in {AIS} at the time of publication; later updates may not be reflected immediately.",
    "{^V} will endeavour to keep the list of models in the Documentation current, but the list may lag behind changes to {AIS}."])
M("custom-model-optional", "qualified", [
    "{^AIS} use{AIS_s} {Vp} default models unless {C} connect{C_s} {Cp} own model provider account, for example with {PROV}, in which case requests are sent to that provider.",
    "P|You can bring your own API key for providers like {PROV}. If you don't, we'll use the default models we choose."])
M("vf-adverse-3", "adverse", [
    "{^V} {V_does} not undertake to maintain any particular model in {AIS}, and may discontinue any model without notice or liability.",
    "{^C} acknowledge{C_s} that {V} may, in {Vits} discretion and without notice, modify which third-party model providers are used in {AIS}."])
M("startup-adverse-3", "adverse", [
    "P|We don't promise to tell you which AI models we use, and we can change them whenever we want.",
    "P|The AI behind the app may be ours or a partner's, and it can change at any time without notice."])
M("uk-adverse-2", "adverse", [
    "U|Nothing in this Agreement shall oblige the Supplier to disclose the identity of the models or model providers used in the AI Services, which the Supplier may alter at its discretion.",
    "U|The Supplier may from time to time, without notice, vary the artificial intelligence models by which the AI Services are delivered."])

# ---- training_data: more ---------------------------------------------------
T("no-fine-tune-shared", "protective", [
    "{^V} {shall} not use {CD} to fine-tune, adapt or otherwise customise any model that is made available to anyone other than {C}.",
    "{^CD} will never be used to fine-tune any shared model, and any adaptation performed for {C} stays within {Cp} tenant."])
T("no-eval-datasets", "protective", [
    "{^V} {shall} not include {IN} or {OUT} in any training, evaluation or benchmark dataset.",
    "{^IN} will not be added to any corpus used to train or test AI models, whether by {Vo} or by others."])
T("rag-not-training", "protective", [
    "{^AIS} use{AIS_s} {CD} only as context at the time of each request; {CD} is not used to change the weights of any model.",
    "P|When the assistant looks at your files to answer a question, it only reads them for that answer. Your files don't become part of the AI model."])
T("deletion-from-training", "protective", [
    "{^V} {shall} ensure that no model is trained on {CD}, and {shall} certify on termination that {CD} has not been incorporated into any model.",
    "{^V} confirm{V_s} that {CD} has not been, and during the term will not be, incorporated into the training data of any AI model."])
T("employee-inputs", "protective", [
    "Prompts entered by {Cp} employees into {AIS} are not used to train {Vp} or any third party's AI models.",
    "P|Messages your team sends to {AIS} are not used to train AI models, whether ours or anyone else's."])
T("health-data-no-train", "protective", [
    "{^V} {shall} not use protected health information contained in {IN} to train or improve any AI model.",
    "Patient information submitted to {AIS} {shall} be used solely to produce {OUT} for {C} and not for machine learning model development."])
T("jp-consent-learning-2", "protective", [
    "J|The Licensor shall not use the Input Information for the purpose of training the AI Engine or any other AI unless the Licensee has expressly agreed thereto in writing.",
    "J|Party B shall use the Input Data only for the purpose of providing the Service to Party A, and shall not use it for the additional learning of the AI model."])
T("gov-no-train-2", "protective", [
    "G|Prompts, inputs and outputs generated under this contract are Government Data and shall not be used by the Contractor or its subcontractors to train commercial AI models.",
    "G|The Contractor shall certify, at contract close-out, that no Government Data has been used to train or improve any AI model."])
T("dpa-no-train-2", "protective", [
    "D|The Processor shall not use Personal Data contained in prompts or outputs to train, retrain or improve any machine learning model, whether its own or a sub-processor's.",
    "D|Processor shall ensure that its AI sub-processors are contractually prohibited from using Customer Personal Data to train their models."], hd=["AI Processing", "Processing Instructions"])
T("plain-no-train-2", "protective", [
    "P|We don't use your content to build or train AI models, and we never will without asking you first.",
    "P|Your work is yours. It won't be used to train any AI, including ours."])
T("uk-consent-only", "protective", [
    "U|The Supplier shall not use any Inputs or Outputs for the purpose of training any artificial intelligence model save with the Customer's prior written consent, which the Customer may withhold in its absolute discretion.",
    "U|No Customer Data shall be used to train or fine-tune any model unless the Customer has expressly agreed to such use in a signed variation to this Agreement."])
T("eu-consent-only", "protective", [
    "The Provider shall not use Input Data for the training of AI models unless the Customer has given its prior consent in text form, which may be withdrawn at any time with future effect.",
    "Any further use of the Customer's data for the development or training of AI models requires a separate written agreement between the parties."])
T("subprocessors-no-train-3", "protective", [
    "Where {V} use{V_s} third-party AI services to provide {AIS}, {V} {shall} ensure that those services are configured so that {IN} are not used for training.",
    "{^V} {shall} not enable any setting or program that would permit a third-party model provider to use {IN} for model improvement."])
T("opt-out-workspace-admin", "qualified", [
    "Workspace administrators may exclude {Cp} workspace from model training. Unless excluded, {V} may use {IN} to improve {Vp} AI models.",
    "P|Your admin decides whether your team's content can be used to improve our AI. If they haven't turned it off, we may use it."])
T("opt-out-prospective", "qualified", [
    "An opt-out from model training applies only to {IN} submitted after the opt-out is received; data already used for training will not be removed from existing models.",
    "{^C} may withdraw from the model training program at any time, but models trained before the withdrawal will not be retrained."])
T("deidentified-quality", "qualified", [
    "{^V} may use de-identified samples of {OUT} to evaluate and improve the quality of {AIS}, subject to the safeguards in {SCHED}.",
    "{^V} may use {IN} stripped of personal data and customer identifiers to train models that improve {AIS}."])
T("aggregated-insights-train", "qualified", [
    "{^V} may use aggregated data derived from {CD} across many customers to train models, provided that the aggregated data cannot be attributed to {C}.",
    "P|We may combine information from many users, with personal details removed, to train our AI. We won't use your content in a way that identifies you."])
T("customer-only-models", "qualified", [
    "{^V} may train models on {CD} only to personalise {AIS} for {Cp} own users, and such models will not be shared with other customers.",
    "P|We may use your content to personalise the suggestions you get, but not to train the AI that other people use."])
T("research-opt-in-or-deid", "qualified", [
    "{^V} may use {IN} to train {Vp} models only where (a) {C} {C_has} opted in, or (b) {IN} have been de-identified in accordance with {SCHED}.",
    "Model training on {CD} is permitted only in de-identified form or with {Cp} consent."])
T("trusted-tester", "qualified", [
    "If {C} participate{C_s} in an early-access program, {V} may use {IN} submitted to the early-access features to improve those features; {IN} to generally available features are not used for training.",
    "P|If you join our beta program, what you send to beta features may help train them. Regular features don't use your content for training."])
T("gov-qualified-2", "qualified", [
    "G|The Contractor may use anonymized, aggregated Government Data to improve model performance only where permitted in the Data Management Plan approved by the Contracting Officer.",
    "G|The Contractor shall not use State Data to train AI models except in de-identified form and with written approval of the State's Chief Information Officer."])
T("jp-qualified-2", "qualified", [
    "J|Party B may use the Input Data for the learning of the AI model after processing it into statistical information from which Party A or any individual cannot be identified.",
    "J|The Vendor may use the data provided by the User for the learning of the AI model, unless the User requests otherwise by notice to the Vendor."])
T("startup-qualified", "qualified", [
    "P|If you're on our Free plan, we may use your prompts to improve our models unless you switch off model improvement in Settings. We never train on content from Team plans.",
    "P|We may use anonymised chats to improve our AI. You can opt out by emailing {EMAIL}."])
T("cf-qualified", "qualified", [
    "{^V} may use {CD} to improve {AIS} solely for {Cp} benefit, and any resulting model improvements {shall} not be made available to other customers.",
    "{^V} may train models using {IN} only after applying the de-identification procedures described in {SCHED}, and {shall} not attempt to re-identify any individual."])
T("may-train-all-customers", "adverse", [
    "{^V} may use {IN} from all customers, including {C}, to train models that are made available to other customers.",
    "{^V} may aggregate {CD} with data from other customers and use it to train {Vp} general AI models."])
T("improve-and-develop", "adverse", [
    "{^V} may use {CD} to provide, maintain, improve and develop {SVC}, including by training the AI models that power {AIS}.",
    "P|We use your content to run, improve and develop our services, which includes training the AI models behind them."])
T("retain-for-training", "adverse", [
    "{^V} may retain {IN} and {OUT} indefinitely for the purpose of training and evaluating {Vp} models.",
    "{^IN} may be stored and used by {Vo} for machine learning after {C} delete{C_s} them from {Cp} account."])
T("licence-derived-data", "adverse", [
    "{^V} may create derived data from {CD} and use such derived data for any purpose, including training AI models.",
    "{^C} agree{C_s} that data derived from {Cp} use of {AIS}, including {IN}, may be used by {Vo} to train and commercialise AI models."])
T("partner-share-train", "adverse", [
    "{^V} may share {IN} and {OUT} with {Vits} technology partners, who may use them to develop and train their AI models.",
    "P|We may share your prompts with our AI partners so they can improve their models."])
T("consent-implied-terms", "adverse", [
    "By accepting this Agreement, {C} authorise{C_s} {V} to use {CD} to train, test and refine the models used in {AIS}.",
    "{^C} hereby consent{C_s} to the use of {CD} for the purpose of improving the machine learning models underlying {SVC}."])
T("voice-image-train", "adverse", [
    "{^V} may use recordings, transcripts and images uploaded to {SVC} to train {Vp} speech recognition and computer vision models.",
    "P|We may use your voice recordings and photos to train our speech and image recognition AI."])
T("adverse-jp-3", "adverse", [
    "J|Party A shall permit Party B to use the Provided Data and the results of the Service for the learning of AI models of Party B without any restriction.",
    "J|The Licensor may use the Input Information and the Output Information to improve the AI Engine, and the Licensee shall not object to such use."])
T("adverse-gov-3", "adverse", [
    "G|The Government grants the Contractor a license to use inputs submitted to the System to improve the Contractor's AI models.",
    "G|The Contractor may use interaction data from the AI System, including prompts, to train models offered under its commercial catalogue."])
T("adverse-uk-3", "adverse", [
    "U|The Customer acknowledges that the Supplier may use Inputs, Outputs and associated data to train and improve any of the Supplier's artificial intelligence models, without further consent.",
    "U|All Customer Data may be utilised by the Supplier for the development and enhancement of its machine learning capabilities."])
T("adverse-dpa-3", "adverse", [
    "D|The Processor may use Personal Data processed under this DPA to improve its AI models, and shall act as an independent controller in respect of such use.",
    "D|Customer instructs Service Provider to use Personal Information for training Service Provider's artificial intelligence models, which the parties agree is a business purpose."], hd=["Processing Purposes", "Scope of Processing"])
T("adverse-eu-3", "adverse", [
    "The Provider may use Output Data and the Customer's feedback for the further development of the AI System without restriction.",
    "The Customer grants the Provider a free, unlimited right to use Input Data for the training of the Provider's AI models."])
T("adverse-startup-3", "adverse", [
    "P|Anything you create or upload may be used to train our AI. That's part of how we keep the service free.",
    "P|When you use our AI, you help it learn: we use your prompts and the results to train future versions."])
T("adverse-aiadd-3", "adverse", [
    "{^V} may use {IN}, {OUT} and Usage Data to train, retrain, fine-tune and improve {AIS} and any other AI product of {Vo}.",
    "Notwithstanding any confidentiality obligation, {V} may use {CD} to train the models used in {AIS}."])
T("human-labelled-train-adv", "adverse", [
    "{^V} may have human annotators review and label {IN} and use the labelled data to train {Vp} models.",
    "P|Our team may read and label some of your conversations to help train our AI."])
T("vf-adverse-4", "adverse", [
    "Nothing in this Agreement restricts {Vp} use of {CD} for the training of artificial intelligence models.",
    "{^V} may use {CD} for machine learning purposes, including model training, without notice or compensation to {C}."])
T("protective-aiadd-4", "protective", [
    "{^V} {shall} not use {IN}, {OUT} or {CD} to (a) train or fine-tune any model, (b) improve any model's general capabilities, or (c) create any dataset for such purposes.",
    "Except to provide {AIS} to {Co}, {V} {shall} not use {CD} for any machine learning purpose, including training, fine-tuning, evaluation or benchmarking."])
T("protective-vf-honest", "protective", [
    "{^V} {V_does} not train {Vits} models on {CD}; {V} train{V_s} {Vits} models only on licensed and publicly available data.",
    "The models used in {AIS} are trained on data licensed by {Vo} and not on data submitted by customers."])

# ---- hard negatives: more --------------------------------------------------
N("infra-hosting-change", "infrastructure_change", [
    "{^V} may change its cloud hosting provider or data centre locations, provided that {CD} remains within the agreed hosting region and the security of {CD} is not reduced.",
    "{^V} {shall} give {Co} at least {N} days' notice before moving {CD} to a different hosting provider."])
N("api-versioning", "infrastructure_change", [
    "{^V} will support each major version of the API for at least twelve months after the release of its successor.",
    "Breaking changes to the API will be introduced only in a new API version, announced at least {N} days in advance.",
    "P|We version our API so your integration keeps working. Old versions are supported for at least a year after a new one comes out."])
N("open-source-components", "third_party_components", [
    "{^SVC} may include open-source software components, which are licensed under their own {licence}s as listed in the Documentation.",
    "To the extent any open-source component is included in the Licensed Software, the applicable open-source {licence} governs {Cp} use of that component."])
N("subcontractors-generic", "subprocessor_list", [
    "{^V} may use subcontractors to perform its obligations, but {shall} remain responsible for their performance.",
    "G|The Contractor shall not subcontract any portion of the work under this contract without the prior written consent of the Contracting Officer.",
    "J|Party B may subcontract all or part of the Service to a third party, provided that Party B shall cause such third party to comply with the obligations of Party B hereunder."])
N("integrations-third-party", "third_party_flowdown", [
    "{^SVC} may interoperate with third-party products such as calendars, CRM systems and storage providers. {^V} {V_does} not control and is not responsible for those products.",
    "P|You can connect the app to other services you use. Those services have their own terms and privacy policies."])
N("ai-content-filter", "ai_safety", [
    "{^AIS} apply automated content filters to {IN} and {OUT} to block harmful or prohibited content, and {V} may refuse any request that the filters flag.",
    "{^V} may suspend access to {AIS} if {Cp} use repeatedly triggers the safety filters."])
N("ai-abuse-monitoring", "ai_safety", [
    "{^V} may automatically screen {IN} for violations of the acceptable use policy. Flagged content may be reviewed by authorized personnel solely to investigate the suspected violation.",
    "P|We automatically check requests for misuse, such as attempts to create malware. If something is flagged, a member of our safety team may look at it."])
N("ai-watermark", "ai_safety", [
    "Images generated by {AIS} may include an invisible watermark or provenance metadata identifying them as AI-generated, and {C} {shall} not remove it.",
    "Content credentials indicating AI generation may be attached to {OUT}."])
N("ai-bias-testing", "ai_governance", [
    "{^V} {shall} test {AIS} for bias and discriminatory outcomes before each major release and {shall} share a summary of the results with {Co} on request.",
    "{^V} {shall} maintain a documented risk management process for {AIS}, including monitoring for inaccurate or harmful {OUT}."])
N("ai-impact-assessment-contractual", "ai_governance", [
    "Before deploying {AIS} for any decision affecting individuals, {C} {shall} carry out an impact assessment and keep a record of it.",
    "{^V} {shall} cooperate with {C} in completing any algorithmic impact assessment reasonably requested by {C}."])
N("ai-explainability", "ai_governance", [
    "{^V} {shall} provide, on request, a plain-language explanation of the main factors that {AIS} consider when producing a recommendation.",
    "{^V} {shall} make available documentation describing the intended purpose, known limitations and appropriate uses of {AIS}."])
N("ai-incident-report", "ai_governance", [
    "{^V} {shall} notify {Co} within {H} hours of becoming aware of any serious malfunction of {AIS} that results in materially incorrect {OUT}.",
    "{^C} {shall} report to {Vo} any {OUT} that appear harmful, biased or materially inaccurate so that {V} can investigate."])
N("prompt-confidential-third-party", "customer_responsibility", [
    "{^C} {shall} not enter into {AIS} any confidential information of a third party that {C} {C_is} not authorized to disclose.",
    "P|Only share information with the assistant that you're allowed to share."])
N("inputs-accuracy", "customer_responsibility", [
    "The quality of {OUT} depends on {IN}; {C} {C_is} responsible for the accuracy and completeness of the information {C} provide{C_s}.",
    "{^V} {V_is} not responsible for errors in {OUT} caused by incomplete or inaccurate {IN}."])
N("usage-limits", "pricing", [
    "{^AIS} {AIS_is} subject to usage limits, including limits on the number of requests per minute, as described in the Documentation.",
    "P|To keep things fair, there's a limit on how many AI requests you can make each day."])
N("support-access-data", "purpose_limitation", [
    "{^V} may access {CD} only to provide technical support requested by {C}, to prevent or address security issues, or as required by law.",
    "{^Vp} support staff may view the content of {Cp} account only with {Cp} permission and only to resolve the issue {C} reported.",
    "P|Our support team will only look at your content if you ask for help and give us permission."])
N("usage-data-ownership", "usage_analytics", [
    "{^V} own{V_s} all Usage Data and may use it to operate and improve {SVC}, provided that {V} {shall} not disclose Usage Data that identifies {C}.",
    "Service performance data, such as uptime, latency and error rates, is owned by {Vo} and is not {CD}."])
N("usage-product-improvement", "usage_analytics", [
    "{^V} may use information about how users interact with {SVC}, such as clicks, session length and feature adoption, to improve the design of {SVC}.",
    "P|We look at which features people use most to decide what to build next."])
N("usage-ai-metrics", "usage_analytics", [
    "{^V} may track how often {AIS} suggestions are accepted or dismissed, without recording the content of the suggestions, to measure the usefulness of {AIS}.",
    "Counts of requests and accepted suggestions for {AIS} are reported in the admin dashboard and may be used by {Vo} for billing."])
N("retention-ai-history-off", "data_retention", [
    "{^C} may disable conversation history, in which case {IN} are deleted from {Vp} systems within {RET} days of processing.",
    "P|If you turn off chat history, new conversations won't appear in your sidebar and are deleted from our systems after {RET} days."])
N("retention-provider-abuse", "data_retention", [
    "{^IN} and {OUT} may be stored by {Vp} model provider for up to {RET} days solely to monitor for abuse, after which they are deleted.",
    "Prompts sent to third-party AI services are retained by those services for no longer than {RET} days."])
N("retention-jp", "data_retention", [
    "J|Party B shall delete the Input Data within {N} days after the completion of the processing of the Service, and shall report the completion of such deletion to Party A upon request.",
    "J|The Vendor shall store the data provided by the User only during the term of this Agreement and shall not retain copies thereof after the termination."])
N("licence-to-operate-ai", "content_licence", [
    "{^C} grant{C_s} {V} the rights in {IN} necessary to process them through {AIS} and to return {OUT} to {C}.",
    "P|You give us permission to use what you type so the assistant can answer you. That's the only reason we use it."])
N("licence-sample-data-vendor", "content_licence", [
    "Sample templates and example content provided by {Vo} within {SVC} remain {Vp} property and may be used by {C} only within {SVC}.",
    "{^V} grant{V_s} {C} a {licence} to use the Documentation internally in connection with {Cp} use of {SVC}."])
N("conf-prompts-provider", "confidentiality", [
    "{^V} {shall} ensure that any third party that processes {IN} on {Vp} behalf is bound by confidentiality obligations at least as protective as those in this Agreement.",
    "Confidential Information submitted to {AIS} remains subject to the confidentiality obligations of this Agreement."])
N("conf-gov-cui", "confidentiality", [
    "G|The Contractor shall safeguard Controlled Unclassified Information in accordance with the applicable contract clauses and shall not disclose it without authorization.",
    "G|Contractor personnel with access to sensitive Government information shall sign a non-disclosure agreement before starting work."])
N("feedback-ratings", "feedback_licence", [
    "{^V} may use ratings and comments that {C} submit{C_s} about {AIS} to prioritise product features and fix defects.",
    "P|When you rate a feature or send us a comment, we use it to decide what to fix and build next."])
N("def-feedback-usage", "model_definition", [
    "\"Feedback\" means suggestions, comments or ideas about {SVC} provided by {C} to {Vo}.",
    "\"Documentation\" means the user guides and technical specifications for {SVC} made available by {Vo}, as updated from time to time."], hd=["Definitions"])
N("def-ai-features", "model_definition", [
    "\"AI Features\" means functionality within {SVC} that uses machine learning models to generate content, summaries or recommendations.",
    "\"Generated Content\" means content created by the AI Features in response to a user's request."], hd=["Definitions"])
N("def-personal-data", "model_definition", [
    "D|\"Personal Data\" has the meaning given in the Data Protection Laws and includes any such data contained in Inputs.",
    "D|\"Sub-processor\" means any processor engaged by the Processor to process Personal Data on behalf of the Controller."], hd=["Definitions"])
N("output-restrictions-use", "output_ownership", [
    "{^C} may use {OUT} for any lawful purpose, subject to this Agreement and the acceptable use policy.",
    "{^V} transfer{V_s} to {C} whatever right, title and interest {V} may hold in and to {OUT}."])
N("ai-not-high-risk-use", "acceptable_use", [
    "{^C} {shall} not use {AIS} for employment screening, credit decisions or medical diagnosis.",
    "{^AIS} {AIS_is} not designed for use in safety-critical systems, and {C} {shall} not use {AIS} in such systems."])
N("ai-children", "acceptable_use", [
    "P|You must be at least 18 to use the AI features.",
    "{^C} {shall} not make {AIS} available to users under the age of 13."])
N("privacy-notice-individuals", "privacy", [
    "{^C} {shall} provide all notices and obtain all consents required for {Vo} to process personal data contained in {IN}.",
    "P|Our Privacy Policy explains what personal information we collect, why we collect it and how you can control it."])
N("dpa-assistance", "privacy", [
    "D|The Processor shall assist the Controller in carrying out data protection impact assessments relating to the Services, taking into account the nature of processing.",
    "D|The Processor shall make available to the Controller all information necessary to demonstrate compliance with this DPA and allow for audits."])
N("dpa-scope-table", "privacy", [
    "D|Categories of data subjects: Customer's employees and end users. Categories of Personal Data: names, email addresses and any personal data contained in prompts. Duration: the term of the Agreement.",
    "D|Nature and purpose of processing: hosting and processing of Customer Personal Data to provide the Services, including the AI Features, in accordance with the Agreement."], hd=["Annex I", "Details of Processing", "Description of Processing"])
N("gov-records-deliverables", "government_terms", [
    "G|All deliverables, including software developed with the assistance of AI tools, shall be delivered to the Government with unlimited rights.",
    "G|The Contractor shall deliver all data first produced in performance of this contract to the Contracting Officer upon request."])
N("gov-ai-use-approval", "ai_governance", [
    "G|The Contractor shall not use generative AI tools to draft deliverables containing sensitive information unless the tool has been authorized for use on Government systems.",
    "G|Any AI-generated content in deliverables shall be reviewed by qualified Contractor personnel for accuracy before submission."])
N("jp-ai-responsibility", "human_oversight", [
    "J|Party A shall be responsible for judging whether to use the Output Data, and Party B shall not be liable for any damage arising from the use thereof.",
    "J|The User shall confirm the content generated by the AI Function and shall use it at its own discretion and responsibility."])
N("jp-ip-output", "output_ownership", [
    "J|The copyright in the Output Data shall belong to Party A, to the extent such copyright arises, and Party B shall not exercise any moral rights against Party A.",
    "J|The rights to the deliverables generated by using the AI Function shall be attributed to the Licensee upon payment of the fees."])
N("uk-warranty-services", "warranty", [
    "U|The Supplier warrants that the Services shall be performed with reasonable skill and care and in accordance with Good Industry Practice.",
    "U|The Supplier does not warrant that the Customer's use of the AI Services will be uninterrupted or error-free."])
N("warranty-us", "warranty", [
    "{^V} warrant{V_s} that {SVC} will perform materially in accordance with the Documentation during the Subscription Term.",
    "EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, {SVC} AND ALL {OUT} ARE PROVIDED \"AS IS\" WITHOUT WARRANTY OF ANY KIND."])
N("force-majeure-ai", "force_majeure", [
    "Neither party will be liable for delays caused by events beyond its reasonable control, including outages of third-party cloud or AI service providers.",
    "Unavailability of {AIS} caused by a failure of a third-party service provider is a force majeure event."])
N("assignment", "assignment", [
    "Neither party may assign this Agreement without the other party's consent, except to a successor in a merger or sale of substantially all of its assets.",
    "U|Neither party shall assign, transfer or subcontract any of its rights or obligations under this Agreement without the other party's prior written consent."])
N("insurance", "insurance", [
    "{^V} {shall} maintain technology errors and omissions insurance with limits of not less than five million dollars per claim.",
    "G|The Contractor shall maintain cyber liability insurance covering data breaches involving Government Data throughout the term of this contract."])
N("audit-records-ai", "security", [
    "{^V} {shall} keep logs of administrative access to {AIS} and {shall} make them available to {C} on request.",
    "{^C} may request a copy of the audit log showing which users accessed {AIS} and when."])

# ---- long multi-part and one-liner clauses ----------------------------------
M("one-liner-named", "protective", [
    "AI model: {MODEL} ({PROV}).",
    "Underlying model provider: {PROV}.",
    "Powered by {MODEL}."], hd=["AI Model", "Model"])
M("one-liner-swap", "adverse", [
    "Models may change without notice.",
    "{^V} may change AI providers at any time.",
    "P|We can change the AI model at any time."])
M("one-liner-suchas", "qualified", [
    "AI models used include {MODEL} and others.",
    "Model providers: {PROV}, {PROV2} and similar providers."])
M("long-governance-md", "protective", [
    "{^V} {shall}: (a) disclose to {Co} in {SCHED} each AI model used in {AIS}, including its name, version and provider; (b) not use any model not so disclosed; (c) give {Co} at least {N} days' written notice of any proposed change to a disclosed model or provider; and (d) if {C} reasonably object{C_s} to the change, continue to provide {AIS} using the existing model for the remainder of the then-current term where the existing model remains available.",
    "Model transparency. (a) The models used in {AIS} as at the Effective Date are {MODEL} ({PROV}) and {EMODEL} ({EPROV}). (b) {^V} {shall} notify {Co} at least {N} days before adding, replacing or retiring any of those models. (c) Each notice {shall} describe the new model, its provider and any expected effect on {OUT}.",
    "G|The Contractor shall (1) identify in its proposal each AI model it will use, with the model's developer and version; (2) obtain the Contracting Officer's written approval before using any other model; and (3) report any change in model version within {N2} business days after deployment."])
M("long-adverse-md", "adverse", [
    "{^C} acknowledge{C_s} that: (a) {AIS} may use models developed by {Vo} or by third parties; (b) {V} may add, remove or substitute any such model at any time in {Vits} sole discretion; (c) {V} {V_has} no obligation to notify {C} of any such change; and (d) no such change {shall} entitle {C} to terminate this Agreement or to any refund.",
    "AI Models. The models used to provide {AIS} are determined by {Vo}. {^V} may update, retrain, replace or discontinue those models at any time. {^V} {V_does} not provide notice of such changes, and {C} should not assume that {AIS} will continue to use any particular model."])
M("long-qualified-md", "qualified", [
    "{^AIS} use{AIS_s} a combination of models. (a) For text generation, {V} currently use{V_s} models such as {MODEL}. (b) For search, {V} use{V_s} embedding models from providers such as {EPROV}. (c) {^V} may change these models from time to time and will use reasonable efforts to describe material changes in the release notes.",
    "Model information. {^V} publish{V_es} a list of the principal third-party models used in {AIS} at {URL}. The list is provided for information only, may not include every model used and may be updated by {Vo} after a change takes effect."])
M("dpa-annex-ai-row", "protective", [
    "D|Sub-processor: {PROV}. Service: hosted large language model ({MODEL}) used to generate Outputs for {AIS}. Location: {PLAT} region in the EU. Transfer mechanism: not applicable.",
    "D|The following sub-processors process Personal Data contained in Inputs: (i) {PROV}, which provides {MODEL}; and (ii) {EPROV}, which provides the embedding model {EMODEL}."], hd=["Annex III", "List of Sub-processors"])
M("jp-long-md", "protective", [
    "J|1. Party B shall use the generative AI described below in the Service. (1) Name: {MODEL} (2) Provider: {PROV} 2. When Party B intends to change the generative AI set forth in the preceding paragraph, Party B shall notify Party A in writing at least {N} days in advance.",
    "J|The Vendor shall describe in the Specifications the AI model used in the System, including its name and provider, and shall not change such AI model without amending the Specifications by agreement with the User."])
M("uk-long-qualified", "qualified", [
    "U|The AI Services are delivered using third-party models which, at the Commencement Date, include models supplied by {PROV}. The Supplier may change such models from time to time and shall, where reasonably practicable, notify the Customer of any change which it considers may materially affect the AI Services.",
    "U|The Supplier shall maintain on its website a list of the principal models utilised in the AI Services, such list to be updated within a reasonable period following any change."])
M("notice-price-and-model", "protective", [
    "{^V} {shall} notify {Co} at least {N} days before replacing {MODEL} in {AIS}, and any replacement model {shall} be of equal or better performance on the acceptance tests in {SCHED}.",
    "Any change from {MODEL} to a different model {shall} be preceded by {N} days' notice and re-testing against the acceptance criteria agreed by the parties."])
T("one-liner-no-train", "protective", [
    "No training on {CD}.",
    "{^IN} are never used for model training.",
    "P|We don't train on your data."], hd=["Model Training", "Training"])
T("one-liner-train", "adverse", [
    "{^V} may use {IN} to train {Vp} models.",
    "P|Your chats may be used to train our AI.",
    "{^CD} may be used for model training."])
T("one-liner-optout", "qualified", [
    "{^IN} may be used to improve {Vp} models unless {C} opt{C_s} out.",
    "P|Opt out of model training anytime in Settings.",
    "Model training uses de-identified data only."])
T("long-protective-td", "protective", [
    "{^V} {shall} not, and {shall} ensure that its subprocessors and model providers do not: (a) use {IN} or {OUT} to train, retrain or fine-tune any AI model; (b) use {CD} to improve the general capabilities of any model; (c) include {CD} in any dataset made available to third parties; or (d) retain {IN} for longer than necessary to provide {AIS}.",
    "Use of Customer Data for AI. (a) {^CD} is used only to provide {AIS} to {C}. (b) {^V} {shall} not use {CD} for model training or model improvement without {Cp} prior written consent. (c) Any consent given under paragraph (b) may be withdrawn on {N2} days' notice.",
    "G|The Contractor shall not use Government Data (1) to train, fine-tune or evaluate any AI model; (2) to develop any commercial product; or (3) for any purpose other than performance of this contract."])
T("long-qualified-td", "qualified", [
    "Model improvement. (a) By default, {V} may use {IN} and {OUT} to improve {Vp} models. (b) {^C} may opt out by disabling model improvement in the admin console. (c) After opt-out, {V} will not use {IN} submitted thereafter for training. (d) The opt-out does not affect models already trained.",
    "{^V} may use {CD} to improve {AIS} only if: (a) {CD} has first been de-identified so that it cannot reasonably be linked to {C} or any individual; (b) the de-identified data is used only to improve {AIS}; and (c) {V} do{V_es} not disclose the de-identified data to any third party."])
T("long-adverse-td", "adverse", [
    "{^C} agree{C_s} that: (a) {V} may collect and store {IN} and {OUT}; (b) {V} may use them to train, evaluate and improve {Vp} AI models and other products; (c) such use may continue after termination; and (d) {C} {shall} not be entitled to any compensation for such use.",
    "Data use. {^V} may use {CD}, including {IN} and {OUT}, to develop and improve {Vp} products, including by training machine learning models. Such models, and all improvements to them, belong exclusively to {Vo}."])
T("jp-long-td", "protective", [
    "J|1. Party B shall not use the Input Data and the Output Data for any purpose other than the provision of the Service. 2. Without limiting the preceding paragraph, Party B shall not use the Input Data for the learning of any AI model, unless otherwise agreed in writing by Party A.",
    "J|The Vendor shall handle the data provided by the User as follows: (1) use it only for the performance of this Agreement; (2) not use it as learning data for AI; and (3) delete it upon termination of this Agreement."])
T("gov-long-qualified", "qualified", [
    "G|The Contractor may use Government Data to improve model performance only (1) for models used exclusively by the Government under this contract, (2) after removal of personally identifiable information, and (3) with the prior written approval of the Contracting Officer.",
    "G|Use of Agency Data for model tuning is limited to the Agency-dedicated model instance and is subject to the data handling requirements of the Statement of Work."])
T("uk-long-adverse", "adverse", [
    "U|Notwithstanding any other provision of this Agreement, the Supplier may use the Customer Data, the Inputs and the Outputs for the purposes of training, testing and improving the Supplier's artificial intelligence models, and the Customer hereby grants the Supplier a perpetual licence for such purposes.",
    "U|The Customer agrees that the Supplier may retain and utilise anonymised and non-anonymised Inputs to develop its AI Services and other products."])

# ---- edge cases: 'improve the Services' where the Service is the model; definitions that name a model
T("improve-ai-service-only", "adverse", [
    "{^V} may use {IN} and {OUT} to provide, maintain and improve {AIS}.",
    "{^IN} submitted to {AIS} may be used by {V} to develop and improve {AIS}.",
    "P|We use your conversations with {AIS} to make {AIS} better.",
    "J|Party B may use the Input Data for the improvement of the AI Function."])
T("improve-ai-service-deid", "qualified", [
    "{^V} may use {IN} to improve {AIS}, but only after removing information that could identify {C} or any individual.",
    "P|With personal details removed, your questions may help us improve {AIS}. You can turn this off in Settings."])
M("def-names-model", "protective", [
    "\"Model\" means {MODEL}, the large language model developed by {PROV}, as made available to {V} through {PLAT}.",
    "In this Addendum, \"Foundation Model\" means {MODEL} provided by {PROV}, or any successor model approved by {C} in writing."], hd=["Definitions"])
M("def-names-model-suchas", "qualified", [
    "\"Third-Party Models\" means the large language models licensed by {V} from third parties, such as {MODEL} and {MODEL2}.",
    "\"AI Provider\" means a third-party provider of AI models used in {AIS}, including {PROV}."], hd=["Definitions"])
N("usage-excludes-content", "usage_analytics", [
    "{^V} may use Usage Data and Service performance metrics to improve {SVC}; Usage Data does not include {CD}, {IN} or {OUT}.",
    "P|We use anonymous technical data, like crash reports and page load times, to improve the app. This doesn't include the content of your files or prompts."])


if __name__ == "__main__":
    main()
