#!/usr/bin/env python3
"""Generate clausecheck training clauses for ``governing_law`` and
``dispute_resolution``, together with general hard negatives drawn from the
rest of a contract (boilerplate, commercial terms, clauses that mention a law
or "disputes" for another purpose).

Every sentence below was written for clausecheck; nothing is copied from a
real contract, template or rule book.  Names of laws, courts and arbitral
institutions are used only as facts.

How it works
------------
Each *family* is one clause idea with one or more hand-written templates.  A
template may contain ``[[a|b|c]]`` inline alternatives (nestable, empty
option allowed) and ``{SLOT}`` / ``{^SLOT}`` (capitalised) slots filled from
the drafting *voice* (party names, agreement name, modal verb) and from the
jurisdiction / institution catalogues below.  Variants of a family are drawn
with a seeded RNG (voice, template, alternatives, catalogue entries, optional
heading and numbering), so the output is deterministic for a given SEED.

Usage:  python models/training/gen/law_disputes.py [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20_261_123
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "law_disputes.jsonl"

GL = "governing_law"
DR = "dispute_resolution"

# --------------------------------------------------------------------------
# Voices
# --------------------------------------------------------------------------

VOICES = {
    "us": dict(style="us", lang="en",
               p1=["Provider", "Company", "Vendor", "Licensor", "Seller", "Consultant", "Supplier"],
               p2=["Customer", "Client", "Licensee", "Buyer", "Subscriber"],
               agr=["this Agreement", "this Agreement", "the Agreement", "this Master Services Agreement",
                    "this Order Form", "this License Agreement"],
               sh=["shall", "will", "shall"]),
    "uk": dict(style="uk", lang="en",
               p1=["the Supplier", "the Provider", "the Licensor", "the Consultant", "the Seller"],
               p2=["the Customer", "the Client", "the Licensee", "the Buyer"],
               agr=["this Agreement", "the Contract", "this Contract", "this Agreement"],
               sh=["shall"]),
    "intl": dict(style="international", lang="en",
                 p1=["the Company", "the Supplier", "the Distributor", "the Licensor"],
                 p2=["the Purchaser", "the Customer", "the Licensee", "the Partner"],
                 agr=["this Agreement", "the Agreement", "this Contract"],
                 sh=["shall"]),
    "jpe": dict(style="jp-english", lang="en",
                p1=["Party A", "the Licensor", "the Company", "the Consignor"],
                p2=["Party B", "the Licensee", "the Contractor", "the Consignee"],
                agr=["this Agreement", "the Agreement", "this Contract", "the Individual Contract"],
                sh=["shall"]),
    "plain": dict(style="plain-english", lang="en",
                  p1=["we"], p2=["you"],
                  agr=["these Terms", "the Terms", "these Terms of Service", "these terms", "these Terms of Use"],
                  sh=["will"]),
    "ja": dict(style="japanese", lang="ja",
               p1=["甲", "委託者", "当社", "ライセンサー", "売主", "発注者"],
               p2=["乙", "受託者", "利用者", "ライセンシー", "買主", "受注者"],
               agr=["本契約", "本契約", "本規約", "本覚書", "本契約及び個別契約"],
               sh=["ものとする"]),
}
PAIRS_JA = {"甲": "乙", "委託者": "受託者", "当社": "利用者", "ライセンサー": "ライセンシー", "売主": "買主",
            "発注者": "受注者"}
PAIRS_EN = {"Party A": "Party B", "the Licensor": "the Licensee", "the Company": "the Contractor",
            "the Consignor": "the Consignee"}

FORMAL = ["us", "uk", "intl", "jpe"]
EN = ["us", "uk", "intl", "jpe", "plain"]
USV = ["us"]
UKV = ["uk", "intl"]

# --------------------------------------------------------------------------
# Catalogues (facts)
# --------------------------------------------------------------------------

J = {
    "US-NY": dict(w=9, law=["the internal laws of the State of New York", "the law of the State of New York", "New York law",
                            "the internal laws of the State of New York"],
                  courts=[("the state and federal courts located in New York County, New York", "New York"),
                          ("the courts of the State of New York sitting in the Borough of Manhattan and the United States "
                           "District Court for the Southern District of New York", "New York"),
                          ("the federal and state courts located in New York City", "New York")],
                  state="New York", ja="ニューヨーク州法"),
    "US-DE": dict(w=7, law=["the internal laws of the State of Delaware", "Delaware law", "the internal laws of the State of Delaware"],
                  courts=[("the Court of Chancery of the State of Delaware", "Wilmington"),
                          ("the state and federal courts located in Wilmington, Delaware", "Wilmington"),
                          ("the state courts of Delaware and the United States District Court for the District of Delaware",
                           "Wilmington")],
                  state="Delaware", ja="デラウェア州法"),
    "US-CA": dict(w=8, law=["the internal laws of the State of California", "California law", "the laws of California"],
                  courts=[("the state and federal courts located in San Francisco County, California", "San Francisco"),
                          ("the state or federal courts located in Santa Clara County, California", "San Jose"),
                          ("the courts located in Los Angeles County, California", "Los Angeles"),
                          ("the state and federal courts in San Mateo County, California", "San Mateo")],
                  state="California", ja="カリフォルニア州法"),
    "US-TX": dict(w=3, law=["the internal laws of the State of Texas", "Texas law"],
                  courts=[("the state and federal courts located in Travis County, Texas", "Austin"),
                          ("the state and federal courts sitting in Harris County, Texas", "Houston"),
                          ("the courts of Dallas County, Texas", "Dallas")],
                  state="Texas", ja="テキサス州法"),
    "US-WA": dict(w=3, law=["the internal laws of the State of Washington", "Washington law"],
                  courts=[("the state and federal courts located in King County, Washington", "Seattle")],
                  state="Washington", ja="ワシントン州法"),
    "US-IL": dict(w=2, law=["the internal laws of the State of Illinois", "Illinois law"],
                  courts=[("the state and federal courts located in Cook County, Illinois", "Chicago")],
                  state="Illinois", ja="イリノイ州法"),
    "US-MA": dict(w=2, law=["the laws of the Commonwealth of Massachusetts", "Massachusetts law"],
                  courts=[("the state and federal courts located in Suffolk County, Massachusetts", "Boston")],
                  state="Massachusetts", ja="マサチューセッツ州法"),
    "GB-ENG": dict(w=9, law=["the laws of England and Wales", "English law", "the law of England and Wales",
                             "the laws of England"],
                   courts=[("the courts of England and Wales", "London"), ("the English courts", "London"),
                           ("the courts of England", "London"),
                           ("the Business and Property Courts of England and Wales in London", "London")],
                   state=None, ja="イングランド及びウェールズ法"),
    "GB-SCT": dict(w=2, law=["the law of Scotland", "Scots law"],
                   courts=[("the Scottish courts", "Edinburgh"), ("the Court of Session in Edinburgh", "Edinburgh"),
                           ("the courts of Scotland", "Edinburgh")],
                   state=None, ja="スコットランド法"),
    "JP": dict(w=6, law=["the laws of Japan", "Japanese law", "the laws of Japan"],
               courts=[("the Tokyo District Court", "Tokyo"), ("the Osaka District Court", "Osaka"),
                       ("the courts of Japan", "Tokyo"), ("the Nagoya District Court", "Nagoya")],
               state=None, ja="日本法"),
    "SG": dict(w=5, law=["the laws of Singapore", "Singapore law", "the laws of the Republic of Singapore"],
               courts=[("the courts of Singapore", "Singapore"), ("the Singapore courts", "Singapore"),
                       ("the Singapore International Commercial Court", "Singapore")],
               state=None, ja="シンガポール法"),
    "HK": dict(w=3, law=["the laws of the Hong Kong SAR", "Hong Kong law",
                         "the laws of Hong Kong"],
               courts=[("the courts of Hong Kong", "Hong Kong"), ("the Hong Kong courts", "Hong Kong")],
               state=None, ja="香港法"),
    "DE": dict(w=3, law=["the laws of the Federal Republic of Germany", "German law", "the laws of Germany"],
               courts=[("the courts of Munich", "Munich"), ("the competent courts in Frankfurt am Main", "Frankfurt am Main"),
                       ("the courts of Berlin", "Berlin"), ("the Regional Court of Hamburg", "Hamburg")],
               state=None, ja="ドイツ法"),
    "FR": dict(w=2, law=["French law", "the laws of France"],
               courts=[("the Commercial Court of Paris", "Paris"), ("the courts of Paris", "Paris"),
                       ("the competent courts of Lyon", "Lyon")],
               state=None, ja="フランス法"),
    "CH": dict(w=2, law=["Swiss law", "the substantive laws of Switzerland", "the laws of Switzerland"],
               courts=[("the ordinary courts of the Canton of Zurich", "Zurich"), ("the courts of Zurich", "Zurich"),
                       ("the courts of Geneva", "Geneva")],
               state=None, ja="スイス法"),
    "NL": dict(w=2, law=["the laws of the Netherlands", "Dutch law"],
               courts=[("the competent court in Amsterdam", "Amsterdam"), ("the courts of Amsterdam", "Amsterdam"),
                       ("the District Court of Rotterdam", "Rotterdam")],
               state=None, ja="オランダ法"),
    "IE": dict(w=2, law=["the laws of Ireland", "Irish law"],
               courts=[("the courts of Ireland", "Dublin"), ("the Irish courts", "Dublin")],
               state=None, ja="アイルランド法"),
    "CN": dict(w=2, law=["the laws of the People's Republic of China", "PRC law"],
               courts=[("the competent people's court in Shanghai", "Shanghai"),
                       ("the people's court having jurisdiction over Beijing", "Beijing")],
               state=None, ja="中華人民共和国法"),
    "KR": dict(w=2, law=["the laws of the Republic of Korea", "Korean law"],
               courts=[("the Seoul Central District Court", "Seoul")],
               state=None, ja="大韓民国法"),
    "IN": dict(w=2, law=["the laws of India", "Indian law", "the laws of the Republic of India"],
               courts=[("the courts at New Delhi", "New Delhi"), ("the courts in Mumbai", "Mumbai"),
                       ("the courts at Bengaluru", "Bengaluru")],
               state=None, ja="インド法"),
    "AU-NSW": dict(w=2, law=["the laws of New South Wales", "the law in force in New South Wales, Australia"],
                   courts=[("the courts of New South Wales and the courts competent to hear appeals from them", "Sydney"),
                           ("the courts of New South Wales", "Sydney")],
                   state=None, ja="オーストラリア・ニューサウスウェールズ州法"),
    "CA-ON": dict(w=2, law=["the laws of the Province of Ontario and the federal laws of Canada applicable therein",
                            "the laws of Ontario"],
                  courts=[("the courts of the Province of Ontario sitting in Toronto", "Toronto"),
                          ("the courts of Ontario", "Toronto")],
                  state=None, ja="カナダ・オンタリオ州法"),
    "SE": dict(w=1, law=["the laws of Sweden", "Swedish law"],
               courts=[("the Stockholm District Court", "Stockholm")], state=None, ja="スウェーデン法"),
}
US = [k for k in J if k.startswith("US-")]
ALLJ = list(J)

INST = {
    "ICC": dict(w=6, name=["the International Chamber of Commerce", "the ICC"],
                rules=["the Rules of Arbitration of the International Chamber of Commerce", "the ICC Rules of Arbitration",
                       "the Arbitration Rules of the International Chamber of Commerce"],
                seats=[("Paris", "FR"), ("Geneva", "CH"), ("London", "GB-ENG"), ("Singapore", "SG"),
                       ("New York", "US-NY"), ("Zurich", "CH")]),
    "LCIA": dict(w=4, name=["the London Court of International Arbitration", "the LCIA"],
                 rules=["the LCIA Arbitration Rules", "the Arbitration Rules of the London Court of International Arbitration"],
                 seats=[("London", "GB-ENG")]),
    "SIAC": dict(w=5, name=["the Singapore International Arbitration Centre", "SIAC"],
                 rules=["the Arbitration Rules of the Singapore International Arbitration Centre", "the SIAC Rules"],
                 seats=[("Singapore", "SG")]),
    "HKIAC": dict(w=3, name=["the Hong Kong International Arbitration Centre", "HKIAC"],
                  rules=["the HKIAC Administered Arbitration Rules",
                         "the Hong Kong International Arbitration Centre Administered Arbitration Rules"],
                  seats=[("Hong Kong", "HK")]),
    "JCAA": dict(w=4, name=["the Japan Commercial Arbitration Association", "the JCAA"],
                 rules=["the Commercial Arbitration Rules of the Japan Commercial Arbitration Association",
                        "the JCAA Commercial Arbitration Rules"],
                 seats=[("Tokyo", "JP"), ("Osaka", "JP"), ("Kobe", "JP")]),
    "AAA": dict(w=4, name=["the American Arbitration Association", "the AAA"],
                rules=["the Commercial Arbitration Rules of the American Arbitration Association",
                       "the AAA Commercial Arbitration Rules"],
                seats=[("New York", "US-NY"), ("Chicago", "US-IL"), ("Dallas", "US-TX"), ("Wilmington", "US-DE")]),
    "ICDR": dict(w=3, name=["the International Centre for Dispute Resolution", "the ICDR"],
                 rules=["the International Arbitration Rules of the International Centre for Dispute Resolution",
                        "the ICDR International Arbitration Rules"],
                 seats=[("New York", "US-NY"), ("Miami", "US-FL")]),
    "JAMS": dict(w=4, name=["JAMS"],
                 rules=["the JAMS Comprehensive Arbitration Rules and Procedures",
                        "the JAMS Streamlined Arbitration Rules and Procedures", "the JAMS International Arbitration Rules"],
                 seats=[("San Francisco", "US-CA"), ("Los Angeles", "US-CA"), ("Seattle", "US-WA"), ("New York", "US-NY")]),
    "CIETAC": dict(w=2, name=["the China International Economic and Trade Arbitration Commission", "CIETAC"],
                   rules=["the CIETAC Arbitration Rules in effect at the time of applying for arbitration",
                          "the arbitration rules of the China International Economic and Trade Arbitration Commission"],
                   seats=[("Beijing", "CN"), ("Shanghai", "CN")]),
    "UNCITRAL": dict(w=3, name=["an ad hoc tribunal"],
                     rules=["the UNCITRAL Arbitration Rules", "the Arbitration Rules of the United Nations Commission "
                            "on International Trade Law"],
                     seats=[("Geneva", "CH"), ("The Hague", "NL"), ("Stockholm", "SE"), ("Vienna", "AT"), ("Singapore", "SG")]),
    "SCC": dict(w=1, name=["the SCC Arbitration Institute"], rules=["the Arbitration Rules of the SCC Arbitration Institute"],
                seats=[("Stockholm", "SE")]),
    "DIS": dict(w=1, name=["the German Arbitration Institute"], rules=["the Arbitration Rules of the German Arbitration Institute (DIS)"],
                seats=[("Frankfurt am Main", "DE"), ("Munich", "DE"), ("Berlin", "DE")]),
    "KCAB": dict(w=1, name=["the Korean Commercial Arbitration Board"],
                 rules=["the International Arbitration Rules of the Korean Commercial Arbitration Board"],
                 seats=[("Seoul", "KR")]),
}
LANGS = ["English", "English", "English", "Japanese", "French", "German", "Chinese", "Korean"]
NARB = [("a sole arbitrator", 1), ("one arbitrator", 1), ("three arbitrators", 3), ("three (3) arbitrators", 3),
        ("a single arbitrator", 1), ("one (1) arbitrator", 1)]
MEDIATORS = ["the Centre for Effective Dispute Resolution (CEDR)", "the Singapore International Mediation Centre",
             "the Japan International Mediation Center in Kyoto", "JAMS", "the American Arbitration Association",
             "a mediator agreed by the parties"]
JCOURTS = [("東京地方裁判所", "Tokyo District Court"), ("東京地方裁判所", "Tokyo District Court"),
           ("大阪地方裁判所", "Osaka District Court"), ("名古屋地方裁判所", "Nagoya District Court"),
           ("福岡地方裁判所", "Fukuoka District Court"), ("札幌地方裁判所", "Sapporo District Court"),
           ("横浜地方裁判所", "Yokohama District Court"), ("京都地方裁判所", "Kyoto District Court"),
           ("仙台地方裁判所", "Sendai District Court"), ("広島地方裁判所", "Hiroshima District Court")]
JLAW = ["日本法", "日本法", "日本国の法令", "日本国法"]
DAYS = ["thirty (30)", "30", "sixty (60)", "fifteen (15)", "45", "twenty-one (21)", "ten (10) Business Days", "14"]
JDAYS = ["30日", "30日", "60日", "14日", "2週間", "1か月"]
EXEC = ["senior executives", "a senior executive of each party with authority to settle the dispute",
        "their respective chief executive officers", "the Relationship Managers", "the Chief Operating Officers",
        "a vice president (or more senior officer) of each party"]
COMPANIES = ["Harrowgate Systems", "Tamsin Biolabs", "Orrery Logistics", "Pellucid Analytics", "Wexcombe Foods",
             "Quarrystone Energy", "Velmont Robotics", "Ashgrove Media", "Cobalt Fern", "Halyard Health Tech",
             "Marrow & Finch", "Lindqvist Marine", "Sunfold Solar", "Brackwater Capital", "Okapi Retail"]
JCOMPANIES = ["株式会社青葉システム", "株式会社みなと物流", "株式会社ひかりデータ", "株式会社桜丘ソフト", "株式会社北斗商事",
              "株式会社あおば食品", "株式会社東雲テック"]

ARISE_EN = ("[[any dispute|any dispute, controversy or claim|all disputes|any claim or controversy|"
            "any dispute or difference|all disputes, claims and controversies|any Dispute]] "
            "[[arising out of or relating to|arising out of or in connection with|arising under or in connection with|"
            "relating to|arising from or relating to|in connection with]] {AGR}"
            "[[|| or its subject matter|, including any question regarding its existence, validity or termination|"
            " or any breach, termination or invalidity of it| (including non-contractual disputes or claims)]]")
ARISE_JA = ("[[本契約に関して生じた一切の紛争|本契約に起因又は関連して生じた一切の紛争|{AGR}に関する一切の紛争|"
            "{AGR}に起因し又は関連する一切の紛争|{AGR}に関して{P1}と{P2}との間に生じた紛争|"
            "{AGR}に関連して生じる全ての紛争]]")

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


def wpick(rng, table, allowed=None):
    keys = [k for k in table if allowed is None or k in allowed]
    return rng.choices(keys, weights=[table[k].get("w", 1) for k in keys])[0]


def make_ctx(vname, fam, rng):
    v = VOICES[vname]
    p1 = rng.choice(v["p1"])
    if vname == "ja":
        p2 = PAIRS_JA[p1]
    elif p1 in PAIRS_EN:
        p2 = PAIRS_EN[p1]
    else:
        p2 = rng.choice(v["p2"])
    agr = rng.choice(v["agr"])
    if vname == "ja" and p1 == "当社":
        agr = rng.choice(["本規約", "本利用規約", "本サービス利用規約"])
    jur_allowed = fam.get("jur")
    if jur_allowed is None or jur_allowed == [None]:
        jur_allowed = ALLJ
        if vname == "jpe":
            jur_allowed = ["JP"] * 4 + ALLJ
        if vname == "ja":
            jur_allowed = ["JP"]
        if vname == "plain":
            jur_allowed = US + ["GB-ENG", "IE", "SG", "AU-NSW", "CA-ON"]
    code = rng.choice(jur_allowed) if rng.random() < 0.3 else wpick(rng, J, set(jur_allowed))
    jd = J[code]
    court, ccity = rng.choice(jd["courts"])
    inst_allowed = fam.get("inst")
    ik = wpick(rng, INST, set(inst_allowed) if inst_allowed else None)
    inst = INST[ik]
    seat, seat_code = rng.choice(inst["seats"])
    narb, narb_n = rng.choice(NARB)
    jc, jce = rng.choice(JCOURTS)
    s = dict(
        P1=p1, P2=p2, AGR=agr, SH=rng.choice(v["sh"]),
        LAW=rng.choice(jd["law"]), STATE=jd["state"] or "", COURTS=court, CITY=ccity,
        JLAWF=jd["ja"], JLAW=rng.choice(JLAW) if code == "JP" else jd["ja"],
        INSTNAME=rng.choice(inst["name"]), RULES=rng.choice(inst["rules"]), SEAT=seat,
        LANG=rng.choice(LANGS) if ik not in ("JCAA",) else rng.choice(["English", "Japanese", "English"]),
        NARB=narb, DAYS=rng.choice(DAYS), JDAYS=rng.choice(JDAYS), EXEC=rng.choice(EXEC),
        MEDIATOR=rng.choice(MEDIATORS), JCOURT=jc, JCOURTE=jce, COMPANY=rng.choice(COMPANIES),
        JCOMPANY=rng.choice(JCOMPANIES), ARISE=ARISE_EN, JARISE=ARISE_JA,
        AMOUNT=rng.choice(["$10,000", "$25,000", "$75,000", "USD 50,000", "£5,000", "$1,000"]),
        YEARS=rng.choice(["one (1) year", "two (2) years", "one year", "12 months", "three years"]),
    )
    meta = dict(code=code, court=court, ccity=ccity, inst=ik, seat=seat, seat_code=seat_code, jc=jc, jce=jce)
    return s, meta


def fill(t, s, rng):
    for _ in range(4):
        t = expand(t, rng)
        t2 = _SLOT.sub(lambda m: cap(expand(s[m.group(2)], rng)) if m.group(1) else s[m.group(2)], t)
        if t2 == t:
            break
        t = t2
    t = expand(t, rng)
    t = re.sub(r"[ \t]+", " ", t).strip()
    t = re.sub(r" ([,.;:])", r"\1", t)
    t = t.replace("..", ".").replace("、、", "、").replace("。。", "。")
    return cap(t)


# --------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------

H_GL = ["Governing Law", "Applicable Law", "Choice of Law", "Law", "Governing law"]
H_DRC = ["Jurisdiction", "Venue", "Jurisdiction and Venue", "Forum", "Submission to Jurisdiction", "Disputes"]
H_ARB = ["Arbitration", "Dispute Resolution", "Disputes", "Resolution of Disputes", "Binding Arbitration"]
H_MIX = ["Dispute Resolution", "Dispute Resolution Procedure", "Escalation", "Disputes", "Resolution of Disputes"]
H_BOTH = ["Governing Law and Jurisdiction", "Governing Law; Jurisdiction", "Law and Jurisdiction",
          "Governing Law; Venue", "Governing Law and Dispute Resolution", "Applicable Law and Forum"]
JH_GL = ["準拠法"]
JH_DR = ["合意管轄", "管轄裁判所", "専属的合意管轄", "紛争解決", "裁判管轄", "仲裁"]
JH_BOTH = ["準拠法及び管轄裁判所", "準拠法・管轄", "準拠法及び合意管轄", "準拠法及び紛争解決"]
JH_DR_COURT = ["合意管轄", "管轄裁判所", "専属的合意管轄", "裁判管轄", "管轄"]
JH_DR_ARB = ["仲裁", "紛争解決", "仲裁合意"]
JH_DR_MIX = ["紛争解決", "協議及び管轄", "紛争の解決", "合意管轄"]
JH_BOTH_COURT = ["準拠法及び管轄裁判所", "準拠法・管轄", "準拠法及び合意管轄", "準拠法及び紛争解決"]
JH_BOTH_ARB = ["準拠法及び仲裁", "準拠法及び紛争解決", "準拠法・仲裁"]


def decorate(text, heads, vname, rng):
    if not heads or rng.random() < 0.35:
        if rng.random() < 0.25 and vname != "ja":
            return f"{rng.randint(2, 28)}.{rng.randint(1, 9)} {text}"
        return text
    h = rng.choice(heads)
    if vname == "ja":
        n = rng.randint(10, 40)
        form = rng.random()
        if form < 0.5:
            return f"第{n}条（{h}）\n{text}"
        if form < 0.8:
            return f"第{n}条（{h}） {text}"
        return f"（{h}）\n第{n}条 {text}"
    form = rng.random()
    n = rng.randint(2, 28)
    if form < 0.3:
        return f"{n}. {h}. {text}"
    if form < 0.5:
        return f"{h}\n{text}"
    if form < 0.65:
        return f"{n}. {h.upper()}\n{text}"
    if form < 0.8:
        return f"{h}. {text}"
    if form < 0.9:
        return f"Section {n}. {h}. {text}"
    return f"{n}.{rng.randint(1, 9)} {h}. {text}"


# --------------------------------------------------------------------------
# Positive families
# --------------------------------------------------------------------------

POS = []


def P(name, labels, mech, voices, heads, templates, forum=None, jur=None, inst=None, jkind=None):
    """Register a positive family.  forum: 'court' | 'inst' | 'seat' | 'jcourt' | 'jcourte' | literal | None."""
    if heads is JH_DR:
        heads = {"arbitration": JH_DR_ARB, "mixed": JH_DR_MIX}.get(mech, JH_DR_COURT)
    elif heads is JH_BOTH:
        heads = {"arbitration": JH_BOTH_ARB}.get(mech, JH_BOTH_COURT)
    POS.append(dict(name=name, labels=labels, mech=mech, voices=voices, heads=heads, t=templates,
                    forum=forum, jur=jur, inst=inst))


NOCONF = ("[[, without regard to its conflict of laws principles| without giving effect to any choice or conflict of law "
          "provision or rule| (excluding its conflict-of-law rules)|, excluding any rules of private international law "
          "that would lead to the application of another law| without reference to conflict of laws principles|"
          ", disregarding any conflict-of-laws rule that would point elsewhere]]")
CISG = ("[[The United Nations Convention on Contracts for the International Sale of Goods is excluded and has no application to {AGR}.|"
        "The parties exclude the application of the United Nations Convention on Contracts for the International Sale "
        "of Goods (1980).|The UN Convention on Contracts for the International Sale of Goods {SH} not apply.|"
        "Neither the Uniform Computer Information Transactions Act nor the United Nations Convention on Contracts for "
        "the International Sale of Goods {SH} apply to {AGR}.]]")

# ---- governing law only, English -------------------------------------------
P("gl-basic", [GL], None, FORMAL, H_GL, [
    "{^AGR} {SH} be governed by and interpreted in accordance with {LAW}.",
    "{^AGR} {SH} be governed by, and interpreted in accordance with, {LAW}{NOCONF}.",
    "{^AGR} and any matters relating to it {SH} be governed by {LAW}."])
P("gl-noconf", [GL], None, FORMAL, H_GL, [
    "{^AGR} {SH} be governed by {LAW}{NOCONF}.",
    "{^AGR} is governed by {LAW}{NOCONF}."])
P("gl-cisg", [GL], None, FORMAL, H_GL, [
    "{^AGR} {SH} be governed by {LAW}{NOCONF}. {CISG}",
    "{LAW_CAP} {SH} govern {AGR}. {CISG}"])
P("gl-noncontract", [GL], None, ["uk", "intl", "jpe"], H_GL, [
    "{^AGR} and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection "
    "with it or its subject matter or formation {SH} be governed by and interpreted in accordance with {LAW}.",
    "{^AGR}, and all non-contractual obligations arising out of or in connection with it, are governed by {LAW}."])
P("gl-all-claims-us", [GL], None, USV, H_GL, [
    "All claims arising out of or relating to {AGR}, whether sounding in contract, tort or otherwise, {SH} be governed "
    "by {LAW}{NOCONF}.",
    "{^AGR}, and all claims or causes of action (whether in contract, tort or statute) that may be based upon, arise "
    "out of or relate to {AGR}, {SH} be governed by {LAW}."])
P("gl-validity", [GL], None, FORMAL, H_GL, [
    "The validity, construction and performance of {AGR} {SH} be governed by {LAW}.",
    "The formation, existence, construction, performance, validity and all aspects whatsoever of {AGR} {SH} be "
    "governed by {LAW}."])
P("gl-interpret", [GL], None, FORMAL, H_GL, [
    "{^AGR} {SH} be construed and enforced in accordance with {LAW}, and the rights of the parties {SH} be "
    "determined under {LAW}.",
    "The rights and obligations of the parties under {AGR} {SH} be determined in accordance with {LAW}."])
P("gl-shortest", [GL], None, FORMAL, H_GL, [
    "{LAW_CAP} [[shall govern|will govern]] {AGR}.",
    "Governed by {LAW}."])
P("gl-ucita", [GL], None, USV, H_GL, [
    "{^AGR} {SH} be governed by {LAW}{NOCONF}. The parties agree that the Uniform Computer Information Transactions "
    "Act, in any form enacted, {SH} not apply to {AGR}.",
    "{LAW_CAP}, excluding its choice-of-law rules, governs {AGR}; the Uniform Computer Information Transactions Act "
    "does not apply."])
P("gl-federal", [GL], None, USV, H_GL, [
    "{^AGR} {SH} be governed by the federal laws of the United States and, to the extent not preempted, by "
    "{LAW}{NOCONF}.",
    "{^AGR} is governed by {LAW} and applicable federal law of the United States{NOCONF}."], jur=US)
P("gl-faa", [GL], None, USV, H_GL, [
    "Except as provided by the Federal Arbitration Act with respect to the arbitration provisions below, {AGR} {SH} be "
    "governed by {LAW}{NOCONF}.",
    "{LAW_CAP} {SH} govern {AGR}, except that the Federal Arbitration Act governs the interpretation and enforcement of the "
    "agreement to arbitrate."])
P("gl-order-form-var", [GL], None, ["us", "uk"], [], [
    "Governing Law: {LAW_CAP}.",
    "Governing law: {LAW}.",
    "Governing Law | {LAW_CAP}",
    "Governing Law. As stated on the Cover Page, {LAW}."])
P("gl-cover-ref", [GL], None, ["us", "uk"], H_GL, [
    "{^AGR} {SH} be governed by the law of the jurisdiction identified as the Governing Law on the Order Form, which "
    "for this Order Form is {LAW}.",
    "The governing law of {AGR} is {LAW}, as selected in the Key Terms."])
P("gl-entity-based", [GL], None, ["us"], H_GL, [
    "If Customer is domiciled in the United States, {AGR} {SH} be governed by {LAW}{NOCONF}.",
    "Where the contracting Provider entity is incorporated in the United States, {LAW} {SH} govern {AGR}."], jur=US)
P("gl-each-order", [GL], None, FORMAL, H_GL, [
    "Each Statement of Work, and {AGR} as it applies to that Statement of Work, {SH} be governed by {LAW}.",
    "{LAW_CAP} {SH} govern {AGR} and every Order placed under it, notwithstanding the place of delivery."])
P("gl-uk-scots", [GL], None, ["uk"], H_GL, [
    "{^AGR} {SH} be governed by and interpreted in accordance with the law of Scotland.",
    "The Contract is governed by Scots law."], jur=["GB-SCT"])
P("gl-uk-long", [GL], None, ["uk"], H_GL, [
    "{^AGR} and any dispute or claim arising out of or in connection with it or its subject matter or formation "
    "(including non-contractual disputes or claims) {SH} be governed by and interpreted in accordance with the law of "
    "England and Wales.",
    "This Agreement, and any non-contractual obligations arising out of it, are governed by English law."],
  jur=["GB-ENG"])
P("gl-arbitration-agreement-law", [GL], None, ["uk", "intl"], H_GL, [
    "The law of {AGR}, including this arbitration agreement, {SH} be {LAW}.",
    "This arbitration agreement and {AGR} {SH} each be governed by {LAW}."])
P("gl-sgintl", [GL], None, ["intl"], H_GL, [
    "{^AGR} {SH} be governed by the laws of Singapore, and the parties agree that the Contracts (Rights of Third "
    "Parties) Act 2001 of Singapore does not confer any right on a non-party.",
    "{^AGR} is subject to and {SH} be construed in accordance with the laws of the Republic of Singapore."],
  jur=["SG"])
P("gl-jpe-basic", [GL], None, ["jpe"], H_GL, [
    "{^AGR} {SH} be governed by and interpreted in accordance with the laws of Japan.",
    "The governing law of {AGR} {SH} be the laws of Japan.",
    "{^AGR} {SH} be governed by Japanese law, and {SH} be interpreted in accordance with Japanese law."], jur=["JP"])
P("gl-jpe-formation", [GL], None, ["jpe"], H_GL, [
    "The formation, validity, interpretation and performance of {AGR} {SH} be governed by the laws of Japan.",
    "Japanese law {SH} apply to the formation, effect, performance and interpretation of {AGR}."], jur=["JP"])
P("gl-jpe-foreign", [GL], None, ["jpe"], H_GL, [
    "{^AGR} {SH} be governed by {LAW}, notwithstanding the nationality or domicile of either party.",
    "The laws governing {AGR} {SH} be {LAW}."])
P("gl-intl-neutral", [GL], None, ["intl"], H_GL, [
    "The parties have chosen {LAW} as a neutral law to govern {AGR}{NOCONF}.",
    "Notwithstanding the place of performance, {AGR} {SH} be governed by {LAW}."])
P("gl-de-fr", [GL], None, ["intl", "uk"], H_GL, [
    "{^AGR} {SH} be governed by {LAW}. {CISG}",
    "{^AGR} is subject to {LAW}, excluding the conflict-of-laws provisions and excluding the CISG."],
  jur=["DE", "FR", "CH", "NL", "SE"])
P("gl-cn", [GL], None, ["intl"], H_GL, [
    "{^AGR} {SH} be governed by the law of the People's Republic of China (for the purposes of {AGR}, excluding the "
    "laws of the Hong Kong and Macao Special Administrative Regions and Taiwan).",
    "The conclusion, validity, interpretation and performance of {AGR} {SH} be governed by PRC law."], jur=["CN"])
P("gl-in", [GL], None, ["intl"], H_GL, [
    "{^AGR} {SH} be governed by and interpreted in accordance with the laws of India.",
    "This Agreement shall be subject to the laws of the Republic of India."], jur=["IN"])
P("gl-au-ca", [GL], None, ["intl", "uk"], H_GL, [
    "{^AGR} is governed by {LAW}.",
    "The law in force in {LAWPLACE} governs {AGR}."], jur=["AU-NSW", "CA-ON"])
P("gl-plain-1", [GL], None, ["plain"], H_GL, [
    "{^AGR} are governed by {LAW}{NOCONF}.",
    "{LAW_CAP} will govern {AGR} and any dispute between you and us, except where the law of your country says "
    "otherwise."])
P("gl-plain-2", [GL], None, ["plain"], H_GL, [
    "Which law applies? {LAW_CAP} {SH} apply to {AGR}, regardless of where you live.",
    "The laws of the State of {STATE} govern {AGR} and your use of the Service, without regard to conflict of laws "
    "rules."], jur=US)
P("gl-plain-3", [GL], None, ["plain"], H_GL, [
    "{^AGR} and your use of our services are governed by {LAW}.",
    "{LAW_CAP}, and not the law of any other place, governs {AGR}."])
P("gl-plain-uk", [GL], None, ["plain"], H_GL, [
    "{^AGR} are governed by English law. If you live in Scotland or Northern Ireland, you may also rely on the "
    "mandatory consumer protections of the law where you live.",
    "English law applies to {AGR}, but this does not take away any protection you have under the law of the country "
    "where you live."], jur=["GB-ENG"])
P("gl-mutual-ack", [GL], None, FORMAL, H_GL, [
    "The parties agree that {LAW} {SH} govern {AGR} and that this choice of law is valid and binding.",
    "Each party irrevocably agrees that {AGR} {SH} be governed by {LAW}."])
P("gl-misc-embedded", [GL], None, FORMAL, ["Miscellaneous", "General", "General Provisions"], [
    "Governing Law. {^AGR} {SH} be governed by {LAW}.",
    "(a) Governing Law. {^AGR} {SH} be governed by and construed under {LAW}{NOCONF}."])
P("gl-licence-eula", [GL], None, ["us", "uk"], H_GL, [
    "This licence and any use of the Software {SH} be governed by {LAW}{NOCONF}.",
    "The Software licence granted under {AGR} is governed by {LAW}."])
P("gl-nda", [GL], None, FORMAL, H_GL, [
    "This Confidentiality Agreement {SH} be governed by and interpreted in accordance with {LAW}.",
    "This Non-Disclosure Agreement is governed by {LAW}{NOCONF}."])
P("gl-state-only", [GL], None, ["us"], H_GL, [
    "{^AGR} {SH} be governed by the internal laws of the State of {STATE}, without giving effect to any conflict of "
    "laws principles that would require the application of the laws of another jurisdiction.",
    "The internal laws of {STATE} govern {AGR}."], jur=US)
P("gl-amend", [GL], None, FORMAL, H_GL, [
    "Section {SECNO} of the Agreement is deleted and replaced with the following: \"{^AGR} {SH} be governed by {LAW}.\"",
    "The parties agree that, with effect from the Amendment Date, the governing law of the Agreement is {LAW}."])
P("gl-bare-choice", [GL], None, FORMAL, H_GL, [
    "Choice of law: {LAW}.",
    "Applicable law. {LAW_CAP} {SH} apply to {AGR}."])
P("gl-contract-only-dr-elsewhere", [GL], None, FORMAL, H_GL, [
    "{^AGR} {SH} be governed by {LAW}. Disputes {SH} be resolved in accordance with Schedule {SECNO}.",
    "{LAW_CAP} {SH} govern {AGR}; the dispute resolution procedure is set out in Clause {SECNO}."])
P("gl-equit", [GL], None, ["us"], H_GL, [
    "{^AGR} {SH} be governed by and interpreted in accordance with {LAW} applicable to contracts made and to be "
    "performed entirely within that State.",
    "{^AGR} {SH} be governed by {LAW} applicable to agreements executed and performed wholly within such State."],
  jur=US)
P("gl-deed", [GL], None, ["uk"], H_GL, [
    "This Deed and any non-contractual obligations arising out of or in connection with it are governed by {LAW}.",
    "This Guarantee {SH} be governed by and interpreted in accordance with {LAW}."])
P("gl-translated", [GL], None, ["jpe"], H_GL, [
    "The governing law of {AGR} is Japanese law. {^AGR} {SH} be interpreted in accordance with the laws of Japan.",
    "With respect to {AGR}, Japanese law {SH} be the governing law."], jur=["JP"])
P("gl-gov", [GL], None, ["us"], H_GL, [
    "{^AGR} {SH} be governed by the law of the State of {STATE}, and any applicable federal law.",
    "This Contract is governed by the law of the State of {STATE}, which the Contractor acknowledges as the law of "
    "the contracting agency."], jur=US)

# ---- governing law only, Japanese ----------------------------------------------
P("ja-gl-basic", [GL], None, ["ja"], JH_GL, [
    "{AGR}は、{JLAW}に準拠し、{JLAW}に従って解釈される[[ものとする|]]。",
    "{AGR}の準拠法は{JLAW}とする。",
    "{AGR}の準拠法は{JLAW}とし、{JLAW}に従って解釈するものとする。"], jur=["JP"])
P("ja-gl-formation", [GL], None, ["ja"], JH_GL, [
    "{AGR}の成立、効力、履行及び解釈に関する準拠法は、{JLAW}とする。",
    "{AGR}の成立、効力、解釈及び履行については、{JLAW}が適用されるものとする。"], jur=["JP"])
P("ja-gl-foreign", [GL], None, ["ja"], JH_GL, [
    "{AGR}は、{JLAWF}に準拠し、同法に従って解釈されるものとする。",
    "{AGR}の準拠法は、{JLAWF}とする。"], jur=[k for k in ALLJ if k != "JP"])
P("ja-gl-tos", [GL], None, ["ja"], JH_GL, [
    "本規約の解釈にあたっては、日本法を準拠法とします。",
    "本規約及び本サービスの利用に関しては、日本法が適用されるものとします。",
    "本規約は日本法に準拠するものとし、本規約に関する事項は日本法に従って解釈されます。"], jur=["JP"])
P("ja-gl-cisg", [GL], None, ["ja"], JH_GL, [
    "{AGR}は日本法に準拠するものとする。ただし、国際物品売買契約に関する国際連合条約の適用は排除する。",
    "{AGR}の準拠法は日本法とし、国際物品売買契約に関する国際連合条約（ウィーン売買条約）は適用しないものとする。"],
  jur=["JP"])
P("ja-gl-noconf", [GL], None, ["ja"], JH_GL, [
    "{AGR}は、抵触法の規定にかかわらず、{JLAW}に準拠するものとする。",
    "{AGR}の準拠法は、国際私法の原則を適用することなく、{JLAW}とする。"], jur=["JP"])
P("ja-gl-individual", [GL], None, ["ja"], JH_GL, [
    "{AGR}及び{AGR}に基づき締結される個別契約の準拠法は、いずれも{JLAW}とする。",
    "個別契約を含む{AGR}に関する一切の事項については、{JLAW}を準拠法とする。"], jur=["JP"])
P("ja-gl-short", [GL], None, ["ja"], JH_GL, [
    "準拠法は日本法とします。",
    "{AGR}に関する準拠法：日本法"], jur=["JP"])

# ---- governing law + courts, English ---------------------------------------------------
P("both-excl", [GL, DR], "courts", FORMAL, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. The parties irrevocably submit to the exclusive jurisdiction of {COURTS} in "
    "respect of {ARISE}.",
    "{^AGR} is governed by {LAW}{NOCONF}. {^ARISE} {SH} be subject to the exclusive jurisdiction of {COURTS}.",
    "{LAW_CAP} {SH} govern {AGR}, and {COURTS} {SH} have exclusive jurisdiction over {ARISE}."], forum="court")
P("both-nonexcl", [GL, DR], "courts", FORMAL, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. Each party submits to the non-exclusive jurisdiction of {COURTS}.",
    "{^AGR} is governed by {LAW}, and the parties submit to the non-exclusive jurisdiction of {COURTS}, without "
    "prejudice to the right of either party to bring proceedings in any other court of competent jurisdiction."],
  forum="court")
P("both-uk-long", [GL, DR], "courts", ["uk"], H_BOTH, [
    "{^AGR} and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection "
    "with it {SH} be governed by the law of England and Wales. Each party irrevocably agrees that the courts of "
    "England and Wales {SH} have exclusive jurisdiction to settle any such dispute or claim.",
    "This Agreement is governed by English law and the parties submit to the exclusive jurisdiction of the English "
    "courts."], jur=["GB-ENG"], forum="court")
P("both-us-venue", [GL, DR], "courts", USV, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}{NOCONF}. Venue for any action arising under {AGR} {SH} lie exclusively in "
    "{COURTS}, and each party consents to personal jurisdiction there.",
    "{^AGR} is governed by {LAW}. The parties consent to the exclusive jurisdiction and venue of {COURTS} and waive any "
    "objection based on forum non conveniens."], jur=US, forum="court")
P("both-us-jury", [GL, DR], "courts", USV, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. Any action relating to {AGR} {SH} be brought only in {COURTS}. EACH PARTY "
    "HEREBY WAIVES ITS RIGHT TO A TRIAL BY JURY IN ANY SUCH ACTION.",
    "{LAW_CAP} {SH} govern {AGR}. Exclusive venue lies in {COURTS}. The parties knowingly and voluntarily waive trial by "
    "jury."], jur=US, forum="court")
P("both-us-long", [GL, DR], "courts", USV, H_BOTH, [
    "{^AGR} and all matters arising out of or relating to {AGR} {SH} be governed by {LAW}{NOCONF}. Any legal suit, "
    "action or proceeding arising out of or related to {AGR} {SH} be instituted exclusively in {COURTS}, and each "
    "party irrevocably submits to the exclusive jurisdiction of such courts in any such suit, action or proceeding. "
    "Service of process, summons, notice or other document by mail to a party's address set forth herein {SH} be "
    "effective service of process for any suit, action or other proceeding brought in any such court."],
  jur=US, forum="court")
P("both-injunct", [GL, DR], "courts", FORMAL, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}, and {COURTS} {SH} have exclusive jurisdiction, provided that either party may "
    "seek injunctive or other equitable relief in any court of competent jurisdiction to protect its intellectual "
    "property rights or Confidential Information.",
    "{LAW_CAP} {SH} govern {AGR}. The parties submit to the exclusive jurisdiction of {COURTS}; nothing in this clause "
    "prevents a party from applying to any court for urgent interim relief."], forum="court")
P("both-jpe-excl", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of Japan, and the {JCOURTE} {SH} have exclusive jurisdiction of the first "
    "instance over any dispute arising in connection with {AGR}.",
    "The governing law of {AGR} {SH} be the laws of Japan. The parties agree that the {JCOURTE} {SH} be the exclusive "
    "agreed court of competent jurisdiction in the first instance for all disputes arising out of or in relation to "
    "{AGR}."], jur=["JP"], forum="jcourte")
P("both-jpe-tokyo", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} is governed by Japanese law. Any lawsuit relating to {AGR} {SH} be submitted to the Tokyo District Court "
    "as the court of exclusive jurisdiction for the first instance.",
    "This Agreement shall be governed by the laws of Japan, and the Tokyo District Court shall be the exclusive "
    "court of first instance for any litigation between the parties hereto."], jur=["JP"], forum="Tokyo District Court")
P("both-floating", [GL, DR], "courts", FORMAL, H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. Any action {SH} be brought in the courts of the defendant's domicile.",
    "{LAW_CAP} {SH} govern {AGR}. Proceedings {SH} be commenced only before the competent courts of the place where the "
    "defendant has its registered office."], forum="courts of the defendant's domicile")
P("both-sgintl", [GL, DR], "courts", ["intl"], H_BOTH, [
    "{^AGR} {SH} be governed by Singapore law, and the parties submit to the exclusive jurisdiction of the courts of "
    "Singapore, including the Singapore International Commercial Court.",
    "Singapore law governs {AGR}. The courts of Singapore {SH} have exclusive jurisdiction over any dispute."],
  jur=["SG"], forum="court")
P("both-eu-court", [GL, DR], "courts", ["intl", "uk"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. {CISG} The place of jurisdiction for all disputes arising from {AGR} {SH} be "
    "{CITY}.",
    "{LAW_CAP} {SH} apply exclusively. The exclusive place of jurisdiction is {CITY}; however, {P1} may also sue {P2} at "
    "its general place of jurisdiction."], jur=["DE", "FR", "CH", "NL", "SE"], forum="seat-city")
P("both-ca-on", [GL, DR], "courts", ["intl"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. Each party irrevocably attorns to the exclusive jurisdiction of {COURTS}.",
    "{^AGR} is governed by {LAW}, and the parties attorn to the jurisdiction of {COURTS}."], jur=["CA-ON"],
  forum="court")
P("both-in", [GL, DR], "courts", ["intl"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of India and, subject to the arbitration clause, {COURTS} {SH} have "
    "exclusive jurisdiction.",
    "{^AGR} is governed by Indian law. The courts at {CITY} alone {SH} have jurisdiction in all matters arising out "
    "of {AGR}."], jur=["IN"], forum="court")
P("both-plain", [GL, DR], "courts", ["plain"], H_BOTH, [
    "{^AGR} are governed by {LAW}. Any lawsuit between you and us must be brought in {COURTS}, and you agree to the "
    "personal jurisdiction of those courts.",
    "{LAW_CAP} {SH} govern {AGR}. If a dispute cannot be resolved informally, it will be decided exclusively by {COURTS}.",
    "We both agree that {LAW} applies to {AGR} and that {COURTS} are the only place where claims can be filed."],
  forum="court")
P("both-plain-consumer-local", [GL, DR], "courts", ["plain"], H_BOTH, [
    "{^AGR} are governed by {LAW}. You may bring a claim in the courts of the place where you live, and we may bring "
    "a claim against you only in those courts.",
    "{LAW_CAP} {SH} apply to {AGR}. You can bring legal proceedings about {AGR} in your local courts."],
  jur=["GB-ENG", "IE", "AU-NSW", "CA-ON"], forum="the consumer's local courts")
P("both-plain-uk", [GL, DR], "courts", ["plain"], H_BOTH, [
    "{^AGR} are governed by English law and you can bring legal proceedings in respect of them in the English courts. "
    "If you live in Scotland, you can bring legal proceedings in either the Scottish or the English courts.",
    "English law applies to {AGR}. Any dispute will be dealt with by the courts of England and Wales, unless you live "
    "in Scotland or Northern Ireland, in which case you may use your local courts."], jur=["GB-ENG"],
  forum="the English courts")
P("both-misc-embedded", [GL, DR], "courts", FORMAL, ["Miscellaneous", "General"], [
    "Governing Law; Venue. {^AGR} {SH} be governed by {LAW}. The parties consent to the exclusive jurisdiction of "
    "{COURTS}.",
    "(d) Law and Forum. {LAW_CAP} {SH} govern {AGR}, and the exclusive forum for any dispute is {COURTS}."],
  forum="court")
P("both-sovereign", [GL, DR], "courts", ["intl", "uk"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. {^P2} irrevocably submits to the jurisdiction of {COURTS} and waives any "
    "immunity from suit, execution or attachment to which it may be entitled.",
    "{LAW_CAP} {SH} govern {AGR}. {^P2} submits to the jurisdiction of {COURTS} and agrees not to claim any immunity in "
    "proceedings brought there."], forum="court")
P("both-asym", [GL, DR], "courts", ["uk", "intl"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. {^P2} submits to the exclusive jurisdiction of {COURTS}; {P1} may, however, "
    "bring proceedings against {P2} in any other court of competent jurisdiction.",
    "{LAW_CAP} {SH} govern {AGR}. The courts named in this clause have exclusive jurisdiction for the benefit of {P1} "
    "only, namely {COURTS}, and {P1} retains the right to sue in any other competent court."], forum="court")
P("both-jury-ca", [GL, DR], "courts", ["us"], H_BOTH, [
    "{^AGR} {SH} be governed by the law of the State of California. {COURTS_CAP} {SH} have exclusive "
    "jurisdiction, and the parties waive any right to a jury trial to "
    "the fullest extent permitted by law.",
    "California law governs {AGR}. Each party consents to exclusive venue in San Francisco, California."],
  jur=["US-CA"], forum="court")
P("both-services-gov", [GL, DR], "courts", ["us"], H_BOTH, [
    "{^AGR} {SH} be governed by the law of the State of {STATE}. Any action arising under {AGR} {SH} be brought "
    "only in a court of competent jurisdiction located in {CITY}, {STATE}.",
    "The laws of {STATE} govern {AGR}, and venue for any litigation is proper only in {COURTS}."], jur=US,
  forum="court")
P("both-short-us", [GL, DR], "courts", ["us"], H_BOTH, [
    "{LAW_CAP} {SH} govern; exclusive venue: {COURTS}.",
    "Governing law: {LAW}. Venue: {COURTS}."], jur=US, forum="court")
P("both-hk", [GL, DR], "courts", ["intl"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of Hong Kong, and the parties submit to the non-exclusive jurisdiction of "
    "the Hong Kong courts.",
    "Hong Kong law governs {AGR}. The courts of the Hong Kong Special Administrative Region {SH} have exclusive "
    "jurisdiction."], jur=["HK"], forum="court")
P("both-kr-cn", [GL, DR], "courts", ["intl"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}, and {COURTS} {SH} have jurisdiction as the court of first instance.",
    "{LAW_CAP} {SH} govern {AGR}. Any litigation {SH} be brought before {COURTS}."], jur=["KR", "CN"], forum="court")
P("both-nda", [GL, DR], "courts", FORMAL, H_BOTH, [
    "This NDA {SH} be governed by {LAW}, and the parties consent to the exclusive jurisdiction of {COURTS} for any "
    "dispute arising out of this NDA.",
    "This Confidentiality Agreement is governed by {LAW}. Any dispute under it {SH} be heard only by {COURTS}."],
  forum="court")
P("both-service-process", [GL, DR], "courts", ["uk", "intl"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. The parties submit to the exclusive jurisdiction of {COURTS}. {^P2} "
    "irrevocably appoints {COMPANY} Limited as its agent to receive service of process in any proceedings there.",
    "{LAW_CAP} {SH} govern {AGR} and {COURTS} have exclusive jurisdiction; each party appoints a process agent in "
    "{CITY}."], forum="court")
P("both-de-jpe", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}, and all disputes {SH} be subject to the exclusive jurisdiction of {COURTS}.",
    "The parties agree that {LAW} {SH} govern {AGR} and that {COURTS} {SH} have exclusive jurisdiction."],
  forum="court")

# ---- governing law + arbitration ----------------------------------------------------
P("both-arb-icc", [GL, DR], "arbitration", FORMAL, H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by {LAW}. {^ARISE} {SH} be finally settled under {RULES} by {NARB} appointed in "
    "accordance with the said Rules. The seat of arbitration {SH} be {SEAT} and the language {SH} be {LANG}.",
    "{LAW_CAP} {SH} govern {AGR}. {^ARISE} {SH} be referred to and finally resolved by arbitration under {RULES}. The "
    "tribunal {SH} consist of {NARB}; the seat {SH} be {SEAT}; the proceedings {SH} be conducted in {LANG}."],
  inst=["ICC", "LCIA", "SIAC", "HKIAC", "SCC", "DIS", "KCAB", "CIETAC", "ICDR"], forum="inst")
P("both-arb-short", [GL, DR], "arbitration", FORMAL, H_BOTH + H_ARB, [
    "{^AGR} is governed by {LAW}. Disputes {SH} be finally resolved by arbitration in {SEAT} under {RULES}.",
    "Governing law: {LAW}. Disputes: arbitration under {RULES}, seated in {SEAT}, in {LANG}."], forum="inst")
P("both-arb-us", [GL, DR], "arbitration", USV, H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by {LAW}. Any controversy or claim arising out of or in connection with {AGR}, or the breach "
    "thereof, {SH} be settled by arbitration administered by {INSTNAME} in accordance with {RULES}, and judgment on "
    "the award rendered by the arbitrator may be entered in any court having jurisdiction thereof.",
    "{LAW_CAP} {SH} govern {AGR}. All disputes {SH} be resolved by binding arbitration before {INSTNAME} under {RULES} in "
    "{SEAT}. The arbitrator {SH} apply {LAW} and may award any remedy available at law or in equity."],
  inst=["AAA", "JAMS", "ICDR"], forum="inst")
P("both-arb-jcaa-jpe", [GL, DR], "arbitration", ["jpe"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by the laws of Japan. All disputes, controversies or differences arising out of or in "
    "connection with {AGR} {SH} be finally settled by arbitration in {SEAT} in accordance with {RULES}.",
    "The governing law of {AGR} is Japanese law. Any dispute {SH} be finally resolved by arbitration administered by "
    "the Japan Commercial Arbitration Association in {SEAT}, Japan. The award {SH} be final and binding upon both "
    "parties."], jur=["JP"], inst=["JCAA"], forum="inst")
P("both-arb-defendant-seat", [GL, DR], "arbitration", ["jpe", "intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by {LAW}. Any dispute {SH} be finally settled by arbitration. If {P1} is the respondent, "
    "the arbitration {SH} be held in Tokyo under the rules of the Japan Commercial Arbitration Association; if {P2} "
    "is the respondent, the arbitration {SH} be held in {SEAT} under {RULES}.",
    "{LAW_CAP} {SH} govern {AGR}. Arbitration {SH} take place in the country of the respondent, under {RULES} where the "
    "respondent is {P2} and under the JCAA Commercial Arbitration Rules where the respondent is {P1}."],
  inst=["ICC", "SIAC", "AAA", "HKIAC", "KCAB", "CIETAC"], forum="arbitration in the respondent's country")
P("both-arb-uncitral", [GL, DR], "arbitration", ["intl", "uk"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by {LAW}. {^ARISE} {SH} be settled by arbitration in accordance with the UNCITRAL "
    "Arbitration Rules. The appointing authority {SH} be the Secretary-General of the Permanent Court of Arbitration. "
    "The place of arbitration {SH} be {SEAT}.",
    "{LAW_CAP} {SH} govern {AGR}. Disputes {SH} be resolved by ad hoc arbitration under the UNCITRAL Arbitration Rules "
    "seated in {SEAT}, before {NARB}, in {LANG}."], inst=["UNCITRAL"], forum="inst")
P("both-arb-law-of-arb", [GL, DR], "arbitration", ["uk", "intl"], H_BOTH + H_ARB, [
    "{^AGR} and this arbitration clause {SH} be governed by {LAW}. {^ARISE} {SH} be referred to arbitration under "
    "{RULES}, with its seat in {SEAT}.",
    "The law of this arbitration agreement {SH} be {LAW}. Disputes {SH} be finally resolved by arbitration "
    "administered by {INSTNAME}, seated in {SEAT}."], forum="inst")
P("both-arb-cietac", [GL, DR], "arbitration", ["intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by PRC law. Any dispute {SH} be submitted to the China International Economic and Trade "
    "Arbitration Commission for arbitration in {SEAT} in accordance with its rules in effect at the time of applying "
    "for arbitration. The arbitral award is final and binding upon both parties.",
    "PRC law governs {AGR}. Disputes {SH} first be settled through friendly consultation; failing that, they {SH} "
    "be submitted to CIETAC for arbitration in {SEAT}."], jur=["CN"], inst=["CIETAC"], forum="inst")
P("both-arb-plain", [GL, DR], "arbitration", ["plain"], H_BOTH + H_ARB, [
    "{^AGR} are governed by {LAW} and the Federal Arbitration Act. Any dispute between you and us will be resolved "
    "by binding individual arbitration administered by {INSTNAME}, not in court.",
    "{LAW_CAP} {SH} apply to {AGR}, but disputes will be decided by a neutral arbitrator from {INSTNAME} instead of a "
    "judge or jury."], jur=US, inst=["AAA", "JAMS"], forum="inst")

# ---- governing law + courts / arbitration, Japanese ----------------------------------
P("ja-both-tokyo", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}の準拠法は日本法とし、{JARISE}については、{JCOURT}を第一審の専属的合意管轄裁判所とする。",
    "{AGR}は日本法に準拠し、{AGR}に関する一切の紛争は、{JCOURT}を第一審の専属的合意管轄裁判所とする。",
    "1. {AGR}の準拠法は、日本法とする。\n2. {JARISE}については、{JCOURT}を第一審の専属的合意管轄裁判所とする。"],
  jur=["JP"], forum="jcourt")
P("ja-both-tos", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "本規約の解釈にあたっては、日本法を準拠法とします。本サービスに関して紛争が生じた場合には、{JCOURT}を第一審の"
    "専属的合意管轄裁判所とします。",
    "本規約は日本法に準拠します。本規約又は本サービスに起因し、又は関連する一切の紛争については、{JCOURT}を第一審の"
    "専属的合意管轄裁判所とします。"], jur=["JP"], forum="jcourt")
P("ja-both-kan-chi", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠する。{JARISE}については、訴額に応じ、{JCOURT}又は東京簡易裁判所を第一審の専属的合意管轄"
    "裁判所とする。",
    "{AGR}の準拠法は日本法とし、{AGR}に関する訴訟は、訴額に応じて{JCOURT}又はその管轄区域内の簡易裁判所を第一審の"
    "専属的合意管轄裁判所とする。"], jur=["JP"], forum="jcourt")
P("ja-both-foreign", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}は{JLAWF}に準拠する。{JARISE}については、{COURTS_JA}を専属的管轄裁判所とする。",
    "{AGR}の準拠法は{JLAWF}とし、{AGR}に関する紛争は{COURTS_JA}の専属管轄に服するものとする。"],
  jur=["US-NY", "US-CA", "US-DE", "SG", "GB-ENG", "HK"], forum="court")
P("ja-both-arb", [GL, DR], "arbitration", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠する。{JARISE}は、一般社団法人日本商事仲裁協会の商事仲裁規則に従って、東京において仲裁によ"
    "り最終的に解決されるものとする。",
    "{AGR}の準拠法は日本法とする。{JARISE}は、一般社団法人日本商事仲裁協会の商事仲裁規則に従い、{JSEAT}において仲裁"
    "により最終的に解決する。仲裁判断は最終的なものであり、当事者双方を拘束する。"], jur=["JP"], inst=["JCAA"],
  forum="inst")
P("ja-both-huka", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠するものとし、{JARISE}については、{JCOURT}を第一審の合意管轄裁判所とする。",
    "{AGR}の準拠法は日本法とする。{JARISE}については、{JCOURT}を第一審の付加的合意管轄裁判所とする。"],
  jur=["JP"], forum="jcourt")
P("ja-both-kyogi", [GL, DR], "mixed", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠する。{JARISE}については、{P1}及び{P2}は誠実に協議してその解決に努めるものとし、協議によって"
    "も解決しない場合には、{JCOURT}を第一審の専属的合意管轄裁判所とする。",
    "1. {AGR}の準拠法は日本法とする。\n2. {AGR}に関して紛争が生じた場合、両当事者は誠意をもって協議し、なお解決しない"
    "ときは{JCOURT}を第一審の専属的合意管轄裁判所とする。"], jur=["JP"], forum="jcourt")
P("ja-both-floating", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠する。{JARISE}については、被告の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所"
    "とする。",
    "{AGR}の準拠法は日本法とし、{AGR}に関する訴訟は、被告の住所地を管轄する裁判所を専属的合意管轄裁判所とする。"],
  jur=["JP"], forum="被告の本店所在地を管轄する地方裁判所")
P("ja-both-jpe-pair", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠し、{JCOURT}を第一審の専属的合意管轄裁判所とする。\n(This Agreement shall be governed by the "
    "laws of Japan, and the {JCOURTE} shall have exclusive jurisdiction in the first instance.)",
    "本契約の準拠法は日本法とし、本契約に関する紛争は{JCOURT}を第一審の専属的合意管轄裁判所とする。 / The governing "
    "law of this Agreement is Japanese law, and the {JCOURTE} is the exclusive court of first instance for any dispute "
    "concerning this Agreement."], jur=["JP"], forum="jcourt")
P("ja-both-two-items", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "(1) {AGR}の成立、効力、履行及び解釈に関しては、日本法が適用されるものとする。\n(2) {JARISE}に関する訴えは、{JCOURT}"
    "の専属管轄とする。",
    "{AGR}の準拠法を日本法とし、{AGR}について訴訟の必要が生じた場合には、{JCOURT}をもって第一審の専属的合意管轄裁判所"
    "とすることに合意する。"], jur=["JP"], forum="jcourt")
P("ja-both-tos-huka", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "本規約の準拠法は日本法とし、本規約に関する一切の訴訟は、当社の本店所在地を管轄する地方裁判所を第一審の専属的合意管"
    "轄裁判所とします。",
    "本規約は日本法に準拠し、本規約に関して当社とお客様との間に紛争が生じた場合は、当社の本社所在地を管轄する地方裁判所"
    "を第一審の専属的合意管轄裁判所とします。"], jur=["JP"], forum="当社の本店所在地を管轄する地方裁判所")
P("ja-both-arb-foreign", [GL, DR], "arbitration", ["ja"], JH_BOTH, [
    "{AGR}は日本法に準拠するものとする。{JARISE}は、{JINST}の仲裁規則に従い、{JSEAT2}において仲裁により最終的に解決"
    "されるものとする。",
    "{AGR}の準拠法は日本法とし、{AGR}に関する紛争は、{JINST}の規則に基づく仲裁によって解決する。仲裁地は{JSEAT2}とし、"
    "仲裁手続は英語で行う。"], jur=["JP"], inst=["SIAC", "ICC", "HKIAC"], forum="inst")

# ---- dispute resolution only: courts -----------------------------------------------
P("dr-excl", [DR], "courts", FORMAL, H_DRC, [
    "Each party irrevocably submits to the exclusive jurisdiction of {COURTS} in respect of {ARISE}.",
    "{COURTS_CAP} {SH} have exclusive jurisdiction to settle {ARISE}.",
    "The parties agree that {COURTS} {SH} have exclusive jurisdiction over {ARISE}."], forum="court")
P("dr-nonexcl", [DR], "courts", FORMAL, H_DRC, [
    "The parties submit to the non-exclusive jurisdiction of {COURTS}.",
    "Each party irrevocably submits to the non-exclusive jurisdiction of {COURTS} and waives any objection to "
    "proceedings there on the grounds of venue or inconvenient forum."], forum="court")
P("dr-venue-us", [DR], "courts", USV, H_DRC, [
    "Venue for any action arising out of {AGR} {SH} lie exclusively in {COURTS}, and the parties consent to the "
    "personal jurisdiction of those courts.",
    "Any suit or proceeding relating to {AGR} {SH} be brought only in {COURTS}. Each party waives any objection to "
    "venue in those courts, including any objection that the forum is inconvenient.",
    "The exclusive venue for all litigation between the parties {SH} be {COURTS}."], jur=US, forum="court")
P("dr-named-court", [DR], "courts", FORMAL, H_DRC, [
    "{^ARISE} {SH} be brought exclusively before {COURTS}.",
    "All legal proceedings concerning {AGR} {SH} be commenced in {COURTS}, which {SH} have exclusive jurisdiction."],
  forum="court")
P("dr-floating", [DR], "courts", FORMAL, H_DRC, [
    "Any action by one party against the other {SH} be brought in the courts of the defendant's domicile.",
    "The competent court {SH} be the court of the place where the defendant has its principal place of business.",
    "Proceedings under {AGR} {SH} be brought before the courts of the country in which the defending party is "
    "incorporated."], jur=[None], forum="courts of the defendant's domicile")
P("dr-jury-waiver", [DR], "courts", USV, ["Waiver of Jury Trial", "Jury Waiver", "WAIVER OF JURY TRIAL"], [
    "EACH PARTY HEREBY IRREVOCABLY WAIVES, TO THE FULLEST EXTENT PERMITTED BY APPLICABLE LAW, ANY RIGHT IT MAY HAVE TO "
    "A TRIAL BY JURY IN ANY LEGAL PROCEEDING DIRECTLY OR INDIRECTLY ARISING OUT OF OR RELATING TO {AGR_UP}.",
    "The parties knowingly, voluntarily and intentionally waive any right to a trial by jury in any action based on "
    "or arising out of {AGR}.",
    "TO THE EXTENT PERMITTED BY LAW, {P1_UP} AND {P2_UP} EACH WAIVE THE RIGHT TO A JURY TRIAL IN ANY DISPUTE "
    "RELATING TO {AGR_UP}."], jur=[None], forum=None)
P("dr-jury-venue", [DR], "courts", USV, H_DRC, [
    "Any action arising from {AGR} {SH} be tried in {COURTS} without a jury, and each party waives its right to a "
    "jury trial.",
    "Exclusive jurisdiction and venue lie in {COURTS}. THE PARTIES WAIVE TRIAL BY JURY."], jur=US, forum="court")
P("dr-competent", [DR], "courts", FORMAL, H_DRC, [
    "Either party may bring proceedings arising out of {AGR} in any court of competent jurisdiction.",
    "{^ARISE} may be brought before any court of competent jurisdiction."], jur=[None],
  forum="any court of competent jurisdiction")
P("dr-injunct-carveout", [DR], "courts", FORMAL, H_DRC + ["Equitable Relief"], [
    "Notwithstanding the exclusive jurisdiction of {COURTS}, either party may seek injunctive or other equitable "
    "relief in any court of competent jurisdiction to prevent the unauthorised use or disclosure of its Confidential "
    "Information or the infringement of its intellectual property rights.",
    "The parties submit to the exclusive jurisdiction of {COURTS}, except that nothing in this Section prevents a "
    "party from seeking an injunction in any jurisdiction where an infringement occurs."], forum="court")
P("dr-attorn", [DR], "courts", ["intl"], H_DRC, [
    "Each party irrevocably attorns to the exclusive jurisdiction of {COURTS}.",
    "The parties attorn to the jurisdiction of {COURTS} for any proceeding arising out of {AGR}."], jur=["CA-ON"],
  forum="court")
P("dr-uk-benefit", [DR], "courts", ["uk"], H_DRC, [
    "The courts of England have exclusive jurisdiction to settle any dispute arising out of or in connection with "
    "{AGR}. This clause is for the benefit of {P1} only; {P1} may take proceedings in any other court with "
    "jurisdiction.",
    "{^P2} agrees that the English courts are the most appropriate and convenient courts to settle disputes and will "
    "not argue to the contrary."], jur=["GB-ENG"], forum="court")
P("dr-class-court", [DR], "courts", ["plain", "us"], H_DRC + ["Class Action Waiver"], [
    "Any claim must be brought in the claimant's individual capacity and not as a plaintiff or class member in any "
    "purported class or representative proceeding, and must be filed in {COURTS}.",
    "You and we agree that each may bring claims against the other only in an individual capacity, in {COURTS}, and "
    "not as a member of any class or representative action."], jur=US, forum="court")
P("dr-plain-court", [DR], "courts", ["plain"], H_DRC, [
    "If you have a dispute with us that we cannot settle informally, you agree that it will be heard only in "
    "{COURTS}.",
    "You and we both agree to the exclusive jurisdiction of {COURTS} for any claim about {AGR} or the Service.",
    "Any lawsuit related to {AGR} must be filed in {COURTS}, and you consent to those courts' personal jurisdiction."],
  forum="court")
P("dr-jpe-court", [DR], "courts", ["jpe"], H_DRC, [
    "The {JCOURTE} {SH} have exclusive jurisdiction in the first instance over all disputes arising out of or in "
    "connection with {AGR}.",
    "The parties agree that the {JCOURTE} {SH} be the court of exclusive agreed jurisdiction of the first instance for "
    "any litigation relating to {AGR}.",
    "Any and all disputes in connection with {AGR} {SH} be submitted to the exclusive jurisdiction of the {JCOURTE} as "
    "the court of first instance."], jur=["JP"], forum="jcourte")
P("dr-jpe-floating", [DR], "courts", ["jpe"], H_DRC, [
    "The court having jurisdiction over the location of the defendant's head office {SH} be the exclusive agreed court "
    "of jurisdiction in the first instance.",
    "Any lawsuit {SH} be brought before the district court having jurisdiction over the principal office of the "
    "defendant."], jur=["JP"], forum="court of the defendant's head office")
P("dr-jpe-summary", [DR], "courts", ["jpe"], H_DRC, [
    "Depending on the amount in dispute, the Tokyo District Court or the Tokyo Summary Court {SH} have exclusive "
    "jurisdiction of the first instance over any lawsuit arising out of {AGR}.",
    "The Tokyo Summary Court or the Tokyo District Court, as appropriate for the amount claimed, {SH} be the exclusive "
    "court of first instance."], jur=["JP"], forum="Tokyo District Court")
P("dr-service-process", [DR], "courts", ["uk", "intl"], H_DRC + ["Service of Process"], [
    "The parties submit to the exclusive jurisdiction of {COURTS}. {^P2} irrevocably appoints {COMPANY} Limited of "
    "{CITY} as its agent to receive on its behalf service of process in any such proceedings.",
    "Without prejudice to any other mode of service, each party consents to service of process in proceedings before "
    "{COURTS} by courier to its address for notices."], forum="court")
P("dr-immunity", [DR], "courts", ["intl"], H_DRC, [
    "{^P2} irrevocably submits to the jurisdiction of {COURTS} and waives any sovereign or other immunity from "
    "jurisdiction it may now or later have in relation to {ARISE}.",
    "To the extent that {P2} may claim immunity from suit in any court, it irrevocably waives that immunity and "
    "agrees that {COURTS} may hear any dispute under {AGR}."], forum="court")

# ---- dispute resolution only: arbitration ------------------------------------------
P("arb-inst-full", [DR], "arbitration", FORMAL, H_ARB, [
    "{^ARISE} {SH} be referred to and finally resolved by arbitration under {RULES}, which Rules are deemed to be "
    "incorporated by reference into this clause. The number of arbitrators {SH} be {NARB_N}. The seat of arbitration "
    "{SH} be {SEAT}. The language of the arbitration {SH} be {LANG}.",
    "{^ARISE} {SH} be finally settled under {RULES} by {NARB} appointed in accordance with the said Rules. The place "
    "of arbitration {SH} be {SEAT}, and the arbitration {SH} be conducted in {LANG}.",
    "All disputes {SH} be finally resolved by arbitration administered by {INSTNAME} in accordance with {RULES} in "
    "force when the Notice of Arbitration is submitted. The tribunal {SH} consist of {NARB}. The seat {SH} be {SEAT}."],
  inst=["ICC", "LCIA", "SIAC", "HKIAC", "SCC", "DIS", "KCAB", "ICDR", "CIETAC"], forum="inst")
P("arb-short", [DR], "arbitration", FORMAL, H_ARB, [
    "Disputes {SH} be finally resolved by arbitration in {SEAT} under {RULES}.",
    "Any dispute {SH} be settled by binding arbitration in {SEAT} administered by {INSTNAME}.",
    "All disputes {SH} be submitted to arbitration under {RULES}, seated in {SEAT}."], forum="inst")
P("arb-aaa-judgment", [DR], "arbitration", USV, H_ARB, [
    "Any controversy or claim arising out of or in connection with {AGR}, or the breach thereof, {SH} be settled by "
    "arbitration administered by {INSTNAME} in accordance with {RULES}, and judgment on the award rendered by the "
    "arbitrator(s) may be entered in any court having jurisdiction thereof.",
    "The parties {SH} submit {ARISE} to binding arbitration before {INSTNAME} in {SEAT} under {RULES}. Judgment upon "
    "the award may be entered in any court of competent jurisdiction."], inst=["AAA", "JAMS", "ICDR"], forum="inst")
P("arb-jams-detail", [DR], "arbitration", USV, H_ARB, [
    "{^ARISE} {SH} be resolved by final and binding arbitration administered by JAMS in {SEAT} under {RULES}. The "
    "arbitrator {SH} be a retired judge or an attorney with at least fifteen years of commercial experience. The "
    "arbitrator {SH} issue a reasoned written award within thirty days after the close of the hearing.",
    "All claims {SH} be arbitrated before a single arbitrator under {RULES}. The arbitration {SH} take place in "
    "{SEAT}. Each party {SH} bear its own attorneys' fees, and the parties {SH} share the arbitrator's fees equally."],
  inst=["JAMS"], forum="inst")
P("arb-jcaa-jpe", [DR], "arbitration", ["jpe"], H_ARB, [
    "All disputes, controversies or differences which may arise between the parties out of or in relation to or in "
    "connection with {AGR} {SH} be finally settled by arbitration in {SEAT}, Japan in accordance with the Commercial "
    "Arbitration Rules of the Japan Commercial Arbitration Association.",
    "Any dispute {SH} be finally resolved by arbitration administered by the Japan Commercial Arbitration Association "
    "under its Commercial Arbitration Rules. The place of arbitration {SH} be {SEAT}, Japan, and the proceedings "
    "{SH} be conducted in {LANG}.",
    "Disputes {SH} be finally settled by arbitration under {RULES} by {NARB}, with the seat of arbitration in "
    "{SEAT}."], inst=["JCAA"], forum="inst")
P("arb-uncitral", [DR], "arbitration", ["intl", "uk"], H_ARB, [
    "{^ARISE} {SH} be settled by arbitration in accordance with the UNCITRAL Arbitration Rules as at present in "
    "force. The appointing authority {SH} be the Secretary-General of the Permanent Court of Arbitration. The place "
    "of arbitration {SH} be {SEAT}, and the language {SH} be {LANG}.",
    "Disputes {SH} be decided by {NARB} in an ad hoc arbitration conducted under the UNCITRAL Arbitration Rules, "
    "seated in {SEAT}."], inst=["UNCITRAL"], forum="inst")
P("arb-cietac", [DR], "arbitration", ["intl"], H_ARB, [
    "Any dispute arising from or in connection with {AGR} {SH} be submitted to the China International Economic and "
    "Trade Arbitration Commission for arbitration which {SH} be conducted in accordance with CIETAC's arbitration "
    "rules in effect at the time of applying for arbitration. The arbitral award is final and binding upon both "
    "parties.",
    "Disputes {SH} be submitted to CIETAC in {SEAT} for arbitration. The language of the arbitration {SH} be "
    "{LANG}."], inst=["CIETAC"], forum="inst")
P("arb-hkiac", [DR], "arbitration", ["intl"], H_ARB, [
    "{^ARISE} {SH} be referred to and finally resolved by arbitration administered by the Hong Kong International "
    "Arbitration Centre under the HKIAC Administered Arbitration Rules in force when the Notice of Arbitration is "
    "submitted. The seat of arbitration {SH} be Hong Kong.",
    "Disputes {SH} be resolved by HKIAC arbitration seated in Hong Kong before {NARB}, conducted in {LANG}."],
  inst=["HKIAC"], forum="inst")
P("arb-siac", [DR], "arbitration", ["intl", "jpe"], H_ARB, [
    "{^ARISE} {SH} be referred to and finally resolved by arbitration administered by the Singapore International "
    "Arbitration Centre in accordance with the Arbitration Rules of the Singapore International Arbitration Centre "
    "for the time being in force. The seat of the arbitration {SH} be Singapore.",
    "Disputes {SH} be resolved by arbitration in Singapore under the SIAC Rules before {NARB}. The language {SH} be "
    "{LANG}."], inst=["SIAC"], forum="inst")
P("arb-lcia", [DR], "arbitration", ["uk", "intl"], H_ARB, [
    "{^ARISE} {SH} be referred to and finally resolved by arbitration under the LCIA Rules. The number of arbitrators "
    "{SH} be {NARB_N}. The seat, or legal place, of arbitration {SH} be London. The governing law of this "
    "arbitration agreement {SH} be the substantive law of England.",
    "Disputes {SH} be finally settled by arbitration in London under the LCIA Rules."], inst=["LCIA"], forum="inst")
P("arb-emergency", [DR], "arbitration", FORMAL, H_ARB, [
    "{^ARISE} {SH} be finally resolved by arbitration under {RULES} seated in {SEAT}. The emergency arbitrator "
    "provisions of those Rules {SH} apply, and nothing in this clause prevents a party from applying to a competent "
    "court for interim measures.",
    "Disputes {SH} be resolved by arbitration under {RULES} in {SEAT}; either party may seek interim relief from any "
    "court of competent jurisdiction before the tribunal is constituted."], forum="inst")
P("arb-expedited", [DR], "arbitration", FORMAL, H_ARB, [
    "Where the amount in dispute does not exceed {AMOUNT}, the arbitration {SH} be conducted under the expedited "
    "procedure of {RULES} by a sole arbitrator seated in {SEAT}.",
    "{^ARISE} {SH} be resolved by arbitration under {RULES} in {SEAT}. The parties agree that the expedited procedure "
    "{SH} apply regardless of the amount in dispute."], forum="inst")
P("arb-confidential", [DR], "arbitration", FORMAL, H_ARB, [
    "Any arbitration under this clause {SH} be confidential, and the parties {SH} not disclose the existence, "
    "content or result of the arbitration except as required by law. The arbitration {SH} be administered by "
    "{INSTNAME} under {RULES} and seated in {SEAT}.",
    "All disputes {SH} be settled by confidential arbitration in {SEAT} under {RULES}."], forum="inst")
P("arb-appoint", [DR], "arbitration", FORMAL, H_ARB, [
    "{^ARISE} {SH} be finally settled by arbitration under {RULES}. Each party {SH} nominate one arbitrator, and the "
    "two party-nominated arbitrators {SH} jointly nominate the presiding arbitrator within thirty days. The seat "
    "{SH} be {SEAT}.",
    "The tribunal {SH} consist of three arbitrators under {RULES}; the claimant and respondent {SH} each appoint one, "
    "and the chair {SH} be chosen by {INSTNAME}. Arbitration {SH} be seated in {SEAT}."], forum="inst")
P("arb-ad-hoc-seat", [DR], "arbitration", ["uk", "intl"], H_ARB, [
    "Any dispute {SH} be referred to arbitration in {SEAT} before a sole arbitrator to be agreed between the parties "
    "or, failing agreement within fourteen days, appointed by {INSTNAME}.",
    "All disputes {SH} be finally determined by arbitration seated in {SEAT}, and the award {SH} be final and binding "
    "on the parties."], forum="seat")
P("arb-plain-simple", [DR], "arbitration", ["plain"], H_ARB, [
    "Any dispute between you and us will be resolved through binding arbitration rather than in court, except that "
    "you may assert claims in small claims court if your claims qualify.",
    "You and we agree to resolve disputes by final and binding arbitration administered by {INSTNAME}."],
  jur=US, inst=["AAA", "JAMS"], forum="inst")

# ---- consumer arbitration ---------------------------------------------------------
P("cons-arb-class", [DR], "arbitration", ["plain"], H_ARB + ["Arbitration Agreement and Class Action Waiver"], [
    "You and we agree that any dispute, claim or controversy between us will be resolved by binding individual "
    "arbitration administered by {INSTNAME} under its Consumer Arbitration Rules. YOU AND WE EACH WAIVE THE RIGHT TO A "
    "JURY TRIAL AND TO PARTICIPATE IN A CLASS ACTION. Either of us may instead bring an individual claim in small "
    "claims court.",
    "PLEASE READ THIS SECTION CAREFULLY. It requires you to arbitrate disputes with us on an individual basis and "
    "limits the way you can seek relief. Arbitration will be conducted by {INSTNAME}. Class arbitrations and class "
    "actions are not permitted."], jur=US, inst=["AAA", "JAMS"], forum="inst")
P("cons-arb-optout", [DR], "arbitration", ["plain"], H_ARB, [
    "You may opt out of this agreement to arbitrate by sending written notice to us within thirty (30) days after "
    "first accepting {AGR}. If you do not opt out, all disputes will be decided by individual arbitration before "
    "{INSTNAME}.",
    "If you do not want to arbitrate, you can opt out within 30 days by emailing us. Otherwise, any dispute must be "
    "resolved by binding arbitration under the rules of {INSTNAME}, on an individual basis only."], jur=US,
  inst=["AAA", "JAMS"], forum="inst")
P("cons-small-claims", [DR], "arbitration", ["plain"], H_ARB, [
    "Notwithstanding the agreement to arbitrate, either you or we may bring an individual action in small claims court "
    "for disputes within that court's jurisdiction, and either of us may seek injunctive relief in court for "
    "infringement of intellectual property rights. All other disputes go to individual arbitration before "
    "{INSTNAME}.",
    "Exceptions to arbitration: (1) individual claims in small claims court; (2) claims for injunctive relief relating "
    "to intellectual property. Everything else is arbitrated by {INSTNAME} on an individual basis."], jur=US,
  inst=["AAA", "JAMS"], forum="inst")
P("cons-informal-first", [DR], "mixed", ["plain"], H_MIX, [
    "Before starting arbitration, you agree to contact us and try to resolve the dispute informally for at least "
    "sixty (60) days. If we cannot resolve it, either of us may begin an individual arbitration with {INSTNAME}.",
    "Most issues can be solved quickly by contacting our support team. If a dispute is not resolved within 60 days of "
    "your written notice, it will be settled by binding arbitration administered by {INSTNAME}."], jur=US,
  inst=["AAA", "JAMS"], forum="inst")
P("cons-mass-arb", [DR], "arbitration", ["plain"], H_ARB, [
    "If twenty-five or more similar arbitration demands are filed against us by the same or coordinated counsel, the "
    "claims will be administered in batches by {INSTNAME}, and you agree to this process as part of our agreement to "
    "arbitrate disputes individually.",
    "Mass filings: where 100 or more similar demands are submitted, {INSTNAME} will administer them in staged batches, "
    "and the class action waiver in this section continues to apply."], jur=US, inst=["AAA", "JAMS"], forum="inst")
P("cons-class-waiver", [DR], "arbitration", ["plain"], ["Class Action Waiver", "No Class Actions"], [
    "YOU AND WE AGREE THAT EACH MAY BRING CLAIMS AGAINST THE OTHER ONLY IN YOUR OR ITS INDIVIDUAL CAPACITY AND NOT AS A "
    "PLAINTIFF OR CLASS MEMBER IN ANY PURPORTED CLASS OR REPRESENTATIVE PROCEEDING. The arbitrator may not consolidate "
    "more than one person's claims.",
    "Arbitration will take place on an individual basis only; class arbitrations, class actions and representative "
    "actions are not allowed, and the arbitrator cannot award relief to anyone other than you."], jur=[None],
  forum=None)
P("cons-fees", [DR], "arbitration", ["plain"], H_ARB, [
    "We will pay all {INSTNAME} filing, administration and arbitrator fees for any arbitration you start for a claim "
    "of {AMOUNT} or less, unless the arbitrator finds your claim frivolous. The arbitration will be held in the county "
    "where you live or by video conference.",
    "The arbitration will be conducted by {INSTNAME} under its consumer rules, and hearings may take place by "
    "telephone, online or in the county where you reside."], jur=US, inst=["AAA", "JAMS"], forum="inst")
P("cons-odr", [DR], "other", ["plain"], ["Online Dispute Resolution", "Complaints and Disputes", "Alternative Dispute Resolution"], [
    "If you are a consumer in the EU, you can also refer a complaint to an alternative dispute resolution body. We "
    "are willing to take part in proceedings before the consumer arbitration board named in our complaints page.",
    "If we cannot resolve your complaint, you may refer it to an approved alternative dispute resolution provider, "
    "whose decision will not prevent you from going to court."], jur=[None], forum="ADR body")

# ---- multi-tier ----------------------------------------------------------------------
P("tier-esc-courts", [DR], "mixed", FORMAL, H_MIX, [
    "If a dispute arises, either party may give written notice to the other, and the dispute {SH} be referred to "
    "{EXEC}, who {SH} meet within {DAYS} days to attempt to resolve it. If the dispute is not resolved within {DAYS} "
    "days of the notice, either party may commence proceedings in {COURTS}.",
    "The parties {SH} first attempt to settle {ARISE} by negotiation between {EXEC}. Only if that fails may a party "
    "bring proceedings, which {SH} be brought exclusively in {COURTS}."], forum="court")
P("tier-esc-arb", [DR], "mixed", FORMAL, H_MIX, [
    "The parties {SH} attempt in good faith to resolve {ARISE} promptly by negotiation between {EXEC}. Any dispute "
    "not resolved within {DAYS} days {SH} be finally settled by arbitration under {RULES} in {SEAT}.",
    "Step 1: the Contract Managers {SH} meet to resolve the dispute. Step 2: if unresolved after {DAYS} days, the "
    "dispute {SH} be escalated to {EXEC}. Step 3: if still unresolved, either party may refer the dispute to "
    "arbitration administered by {INSTNAME}, seated in {SEAT}."], forum="inst")
P("tier-med-arb", [DR], "mixed", FORMAL, H_MIX, [
    "{^ARISE} {SH} first be referred to mediation administered by {MEDIATOR}. If the dispute is not settled within "
    "{DAYS} days after the appointment of the mediator, it {SH} be referred to and finally resolved by arbitration "
    "under {RULES}, with the seat in {SEAT}.",
    "The parties {SH} attempt to settle any dispute by mediation before resorting to arbitration. If mediation fails, "
    "the dispute {SH} be resolved by arbitration under {RULES} by {NARB} in {SEAT}."], forum="inst")
P("tier-med-courts", [DR], "mixed", FORMAL, H_MIX, [
    "If the parties cannot resolve a dispute through negotiation, they {SH} attempt to settle it by mediation in "
    "accordance with the Model Mediation Procedure of the Centre for Effective Dispute Resolution. If the dispute is "
    "not settled within {DAYS} days of the mediator's appointment, either party may issue proceedings in {COURTS}.",
    "No party may commence court proceedings in relation to any dispute until it has attempted to settle the dispute "
    "by mediation. Thereafter, {COURTS} {SH} have exclusive jurisdiction."], forum="court")
P("tier-us-med-jams", [DR], "mixed", USV, H_MIX, [
    "Before initiating arbitration, the parties {SH} participate in a non-binding mediation administered by {MEDIATOR} "
    "in {SEAT}. If the dispute is not resolved within {DAYS} days after the mediation request, it {SH} be resolved by "
    "binding arbitration under {RULES}.",
    "The parties {SH} mediate any dispute in good faith before filing an arbitration demand with {INSTNAME}."],
  inst=["AAA", "JAMS"], forum="inst")
P("tier-esc-only", [DR], "mixed", FORMAL, ["Escalation", "Escalation Procedure", "Dispute Escalation"], [
    "Any dispute {SH} first be escalated to the Relationship Managers. If they cannot resolve it within {DAYS} "
    "days, it {SH} be escalated to {EXEC}, who {SH} meet in person or by video conference within a further {DAYS} "
    "days. Neither party may commence proceedings until this escalation procedure has been exhausted, except to seek "
    "urgent interim relief.",
    "The parties {SH} follow the escalation procedure in this clause before commencing any legal proceedings. A "
    "dispute {SH} be referred in turn to the Service Managers, the Contract Managers and {EXEC}."], jur=[None],
  forum=None)
P("tier-expert", [DR], "mixed", FORMAL, ["Expert Determination", "Technical Disputes", "Dispute Resolution"], [
    "Any dispute concerning the calculation of Service Credits or the amount of any Fees {SH} be referred to an "
    "independent expert appointed jointly by the parties, acting as an expert and not as an arbitrator. The expert's "
    "decision {SH} be final and binding in the absence of manifest error. All other disputes {SH} be resolved by "
    "{COURTS}.",
    "A technical dispute that the parties cannot resolve within {DAYS} days {SH} be referred to expert determination; "
    "any other dispute {SH} be subject to the exclusive jurisdiction of {COURTS}."], forum="court")
P("tier-jpe-consult", [DR], "mixed", ["jpe"], H_MIX, [
    "If any dispute arises in connection with {AGR}, the parties {SH} first endeavour to settle it through amicable "
    "consultation. If the dispute is not settled within {DAYS} days, it {SH} be submitted to the exclusive "
    "jurisdiction of the {JCOURTE} as the court of first instance.",
    "Any doubt or dispute {SH} be resolved by mutual consultation in good faith; where no resolution is reached, the "
    "{JCOURTE} {SH} have exclusive jurisdiction of the first instance."], jur=["JP"], forum="jcourte")
P("tier-jimc", [DR], "mixed", ["jpe", "intl"], H_MIX, [
    "The parties {SH} first seek to settle any dispute through mediation at the Japan International Mediation Center "
    "in Kyoto. If the dispute is not settled within {DAYS} days, it {SH} be finally resolved by arbitration under "
    "{RULES} in {SEAT}.",
    "Disputes {SH} be referred to mediation at the Singapore International Mediation Centre, failing which they {SH} "
    "be resolved by arbitration administered by {INSTNAME} in {SEAT}."], inst=["JCAA", "SIAC"], forum="inst")
P("tier-plain-contact", [DR], "mixed", ["plain"], H_MIX, [
    "If you have a problem with the Service, please contact us first so we can try to fix it. If we cannot resolve "
    "it within thirty days, either of us may take the dispute to {COURTS}.",
    "We want to resolve any complaint quickly. If talking to our support team does not work, you may bring a claim in "
    "{COURTS}."], forum="court")
P("tier-notice-of-dispute", [DR], "mixed", ["us"], H_MIX, [
    "A party asserting a dispute {SH} deliver a Dispute Notice describing the claim. The parties {SH} negotiate for "
    "{DAYS} days, then mediate for a further {DAYS} days, and thereafter either party may commence arbitration under "
    "{RULES} in {SEAT}.",
    "No arbitration may be commenced until a Dispute Notice has been served and the negotiation period has expired; "
    "arbitration {SH} then proceed before {INSTNAME} in {SEAT}."], inst=["AAA", "JAMS", "ICDR"], forum="inst")

# ---- dispute resolution only: Japanese --------------------------------------------------
P("ja-dr-excl", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、{JCOURT}を第一審の専属的合意管轄裁判所とする。",
    "{P1}及び{P2}は、{JARISE}について、{JCOURT}を第一審の専属的合意管轄裁判所とすることに合意する。",
    "{AGR}に関する訴訟については、{JCOURT}を第一審の専属的合意管轄裁判所とする。"], jur=["JP"], forum="jcourt")
P("ja-dr-tos", [DR], "courts", ["ja"], JH_DR, [
    "本サービスに関連して当社と利用者との間で紛争が生じた場合には、{JCOURT}を第一審の専属的合意管轄裁判所とします。",
    "本規約に関して生じた紛争については、{JCOURT}を第一審の専属的合意管轄裁判所とします。"], jur=["JP"], forum="jcourt")
P("ja-dr-floating", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、被告の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
    "{AGR}に関する訴訟は、被告の住所地を管轄する地方裁判所を第一審の管轄裁判所とする。"], jur=["JP"],
  forum="被告の本店所在地を管轄する地方裁判所")
P("ja-dr-p1-office", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、{P1}の本店所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
    "{AGR}に関する一切の訴訟は、{P1}の本社所在地を管轄する裁判所を専属的合意管轄裁判所とする。"], jur=["JP"],
  forum="本店所在地を管轄する地方裁判所")
P("ja-dr-huka", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、{JCOURT}を第一審の付加的合意管轄裁判所とする。",
    "{JARISE}は、{JCOURT}を第一審の合意管轄裁判所とする。"], jur=["JP"], forum="jcourt")
P("ja-dr-kyogi-court", [DR], "mixed", ["ja"], JH_DR, [
    "{JARISE}が生じた場合、{P1}及び{P2}は誠実に協議の上解決を図るものとし、協議により解決しない場合は、{JCOURT}を第一"
    "審の専属的合意管轄裁判所とする。",
    "1. {AGR}に定めのない事項又は{AGR}の解釈に疑義が生じた事項については、{P1}及び{P2}が誠意をもって協議の上解決す"
    "る。\n2. 前項の協議によっても解決しない紛争については、{JCOURT}を第一審の専属的合意管轄裁判所とする。"],
  jur=["JP"], forum="jcourt")
P("ja-dr-arb", [DR], "arbitration", ["ja"], JH_DR, [
    "{JARISE}は、一般社団法人日本商事仲裁協会の商事仲裁規則に従って、{JSEAT}において仲裁により最終的に解決されるもの"
    "とする。",
    "{JARISE}については、一般社団法人日本商事仲裁協会の商事仲裁規則に基づき、{JSEAT}において仲裁によって最終的に解決"
    "する。仲裁人の数は{JNARB}とし、仲裁手続は{JLANG}で行う。",
    "{P1}及び{P2}は、{JARISE}を仲裁に付託し、仲裁判断に服することに合意する。仲裁は一般社団法人日本商事仲裁協会が"
    "{JSEAT}において行う。"], jur=["JP"], inst=["JCAA"], forum="inst")
P("ja-dr-arb-foreign", [DR], "arbitration", ["ja"], JH_DR, [
    "{JARISE}は、{JINST}の仲裁規則に従い、{JSEAT2}において仲裁により最終的に解決されるものとする。",
    "{AGR}に関する紛争は、{JSEAT2}を仲裁地とし、{JINST}の規則に基づく仲裁により解決する。"], jur=["JP"],
  inst=["SIAC", "ICC", "HKIAC"], forum="inst")
P("ja-dr-chotei", [DR], "mixed", ["ja"], JH_DR, [
    "{JARISE}については、まず京都国際調停センターにおける調停による解決を試みるものとし、調停開始から{JDAYS}以内に"
    "解決しない場合には、一般社団法人日本商事仲裁協会の商事仲裁規則に従い、東京において仲裁により最終的に解決する。",
    "{P1}及び{P2}は、{AGR}に関する紛争について、訴訟提起に先立ち調停により解決を図るものとし、調停が不成立となった場合"
    "には、{JCOURT}を第一審の専属的合意管轄裁判所とする。"], jur=["JP"], forum="jcourt")
P("ja-dr-summary", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、訴額に応じて{JCOURT}又は{JCOURTSUM}を第一審の専属的合意管轄裁判所とする。",
    "{AGR}に関する訴訟は、その訴額に応じ、{JCOURTSUM}又は{JCOURT}の専属管轄とする。"], jur=["JP"], forum="jcourt")
P("ja-dr-injunct", [DR], "courts", ["ja"], JH_DR, [
    "{JARISE}については、{JCOURT}を第一審の専属的合意管轄裁判所とする。ただし、保全処分の申立てについては、この限り"
    "でない。",
    "{AGR}に関する訴訟は{JCOURT}の専属管轄とする。なお、仮処分その他の保全手続については、管轄権を有する他の裁判所に"
    "申し立てることを妨げない。"], jur=["JP"], forum="jcourt")
P("ja-dr-short", [DR], "courts", ["ja"], JH_DR, [
    "管轄裁判所：{JCOURT}（第一審の専属的合意管轄）",
    "合意管轄裁判所は、{JCOURT}とする。"], jur=["JP"], forum="jcourt")
P("ja-dr-both-parties", [DR], "courts", ["ja"], JH_DR, [
    "{P1}及び{P2}は、{AGR}に関して訴訟の必要が生じたときは、{JCOURT}を第一審の専属的合意管轄裁判所とすることに予め"
    "合意する。",
    "{AGR}に関し裁判上の紛争が生じたときは、{P1}及び{P2}は、{JCOURT}の専属的管轄に服することに合意する。"],
  jur=["JP"], forum="jcourt")
P("ja-dr-consumer", [DR], "courts", ["ja"], JH_DR, [
    "本規約に関する訴訟については、民事訴訟法に定める管轄裁判所のほか、{JCOURT}を第一審の合意管轄裁判所とします。"
    "ただし、消費者契約法に定める消費者である利用者との紛争については、民事訴訟法の定めによるものとします。",
    "利用者と当社との間の訴訟は、{JCOURT}を第一審の専属的合意管轄裁判所とします。ただし、利用者が消費者である場合に"
    "は、利用者の住所地を管轄する裁判所に訴えを提起することを妨げません。"], jur=["JP"], forum="jcourt")
P("ja-dr-escalation", [DR], "mixed", ["ja"], JH_DR, [
    "{AGR}に関して紛争が生じた場合、{P1}及び{P2}は、まず各社の担当責任者間で協議し、{JDAYS}以内に解決しないときは、"
    "両社の役員間で協議するものとする。なお解決しない場合には、{JCOURT}を第一審の専属的合意管轄裁判所とする。",
    "紛争が生じたときは、両当事者の実務担当者、次いで役員による協議を順に行い、それでも解決しない場合に限り、{JCOURT}"
    "に訴えを提起することができる。"], jur=["JP"], forum="jcourt")

# --------------------------------------------------------------------------
# Negative families
# --------------------------------------------------------------------------

NEG = []


def N(name, kind, voices, heads, templates):
    NEG.append(dict(name=name, kind=kind, voices=voices, heads=heads, t=templates))


# ---- mentions a law for another purpose -----------------------------------------
N("law-third-party-act", "law-mention", ["uk"], ["Third Party Rights", "Rights of Third Parties"], [
    "Only the parties and their permitted successors may enforce {AGR}; nobody else may rely on the Contracts "
    "(Rights of Third Parties) Act 1999 to do so.",
    "Except where {AGR} says so in terms, no outsider to it acquires any benefit it can enforce, whether by virtue "
    "of the Contracts (Rights of Third Parties) Act 1999 or of any other rule.",
    "The Contracts (Rights of Third Parties) Act 1999 is excluded: a term of {AGR} can be enforced by the parties "
    "alone."])
N("law-third-party-sg", "law-mention", ["intl"], ["Third Party Rights"], [
    "Only the parties may enforce {AGR}; the Contracts (Rights of Third Parties) Act 2001 of Singapore gives no "
    "one else a right to do so.",
    "Unless {AGR} expressly provides otherwise, its terms bind and benefit the parties only, and nobody may invoke "
    "the Contracts (Rights of Third Parties) Ordinance (Cap. 623) of Hong Kong to enforce them."])
N("law-no-third-party-us", "law-mention", ["us"], ["No Third-Party Beneficiaries", "Third-Party Beneficiaries"], [
    "{^AGR} is for the sole benefit of the parties and their permitted assigns, and nothing in it confers on any other "
    "person any legal or equitable right, benefit or remedy.",
    "There are no third-party beneficiaries of {AGR}."])
N("law-data-disclosure", "law-mention", FORMAL, ["Government Requests", "Disclosure Requests", "Law Enforcement Requests"], [
    "If {P1} receives a request from a law enforcement or other government authority for disclosure of {P2} Data, "
    "including under the laws of {STATE_OR_COUNTRY}, {P1} {SH} promptly notify {P2} unless legally prohibited and "
    "{SH} disclose only the minimum data required.",
    "{^P1} {SH} not disclose {P2}'s data to any public authority unless compelled by law, such as by a warrant issued "
    "under {LAW}, and {SH} first use reasonable efforts to redirect the authority to {P2}.",
    "Where disclosure of Customer Data is demanded under the US CLOUD Act or any comparable law, {P1} {SH} challenge "
    "the request where there are reasonable grounds to do so and {SH} inform {P2} of the request where permitted."])
N("law-limitation-period", "law-mention", FORMAL, ["Limitation Period", "Time Limit for Claims", "Limitation of Actions"], [
    "No action arising out of {AGR} may be brought by either party more than {YEARS} after the cause of action has "
    "accrued, except for actions for non-payment.",
    "Any claim under {AGR} must be notified in writing within {YEARS} of the date on which the claimant became aware "
    "of it, failing which the claim {SH} be barred, to the extent permitted by the Limitation Act 1980.",
    "The parties agree that the limitation period under {LAW} for claims relating to defective deliverables {SH} be "
    "shortened to twelve months from acceptance."])
N("law-consumer-statutory", "law-mention", ["plain"], ["Your Legal Rights", "Your statutory rights", "Consumer Rights"], [
    "Nothing in {AGR} affects your statutory rights as a consumer. For detailed information on your rights, contact "
    "your local Citizens Advice service.",
    "If you are a consumer, you have legal rights under the Consumer Rights Act 2015 in relation to services that are "
    "not carried out with reasonable care and skill. Nothing in {AGR} affects those rights.",
    "Some jurisdictions do not allow the exclusion of implied warranties, so some of the above exclusions may not "
    "apply to you. You may also have other rights that vary from state to state."])
N("law-consumer-au", "law-mention", ["plain", "intl"], ["Australian Consumer Law", "Consumer Guarantees"], [
    "Our goods and services come with guarantees that cannot be excluded under the Australian Consumer Law. Nothing "
    "in {AGR} excludes, restricts or modifies those guarantees.",
    "To the extent the Competition and Consumer Act 2010 (Cth) applies, {P1}'s liability for failure to comply with a "
    "consumer guarantee is limited to resupplying the services or paying the cost of having them resupplied."])
N("law-comply-all", "law-mention", FORMAL, ["Compliance with Laws", "Compliance with Law", "Legal Compliance"], [
    "Each party {SH} comply with all applicable laws, regulations and codes of practice in performing its obligations "
    "under {AGR}.",
    "{^P1} {SH} perform the Services in compliance with all laws, statutes, regulations and ordinances applicable to "
    "it, and {SH} obtain and maintain all permits and licences required for that purpose.",
    "Each party {SH}, at its own expense, comply with all laws applicable to its business, including those of "
    "{LAWPLACE}, and {SH} not cause the other party to breach any such law."])
N("law-export", "law-mention", FORMAL, ["Export Control", "Export Controls and Sanctions", "Trade Compliance"], [
    "Each party {SH} comply with the Export Administration Regulations, the International Traffic in Arms Regulations "
    "and all sanctions programmes administered by the Office of Foreign Assets Control. {^P2} {SH} not export, "
    "re-export or transfer the Software to any embargoed country or restricted party.",
    "{^P2} represents that it is not named on any United States, United Kingdom or European Union sanctions list and "
    "{SH} not permit the Services to be accessed from any country subject to comprehensive sanctions.",
    "The Products may be subject to export control laws, including the Foreign Exchange and Foreign Trade Act of "
    "Japan, and {P2} {SH} obtain any required export licence before exporting them."])
N("law-antibribery", "law-mention", FORMAL, ["Anti-Bribery", "Anti-Corruption", "Bribery"], [
    "Each party {SH} comply with all applicable anti-bribery and anti-corruption laws, including the US Foreign Corrupt "
    "Practices Act of 1977 and the UK Bribery Act 2010, and {SH} not offer or pay anything of value to a public "
    "official to obtain an improper advantage.",
    "{^P1} {SH} maintain adequate procedures designed to prevent persons associated with it from undertaking conduct "
    "that would give rise to an offence under section 7 of the Bribery Act 2010.",
    "Neither party {SH} make any facilitation payment, and each {SH} promptly report any request for a bribe "
    "received in connection with {AGR}."])
N("law-modern-slavery", "law-mention", ["uk", "intl"], ["Modern Slavery", "Ethical Sourcing"], [
    "{^P1} {SH} comply with the Modern Slavery Act 2015 and {SH} not engage in any activity that would constitute an "
    "offence under sections 1, 2 or 4 of that Act.",
    "{^P1} {SH} publish a slavery and human trafficking statement where required and {SH} take reasonable steps to "
    "ensure there is no forced labour in its supply chain."])
N("law-gdpr", "law-mention", FORMAL, ["Data Protection", "Personal Data", "Privacy"], [
    "Each party {SH} comply with its obligations under the Data Protection Legislation, including the UK GDPR and the "
    "Data Protection Act 2018. The parties acknowledge that {P2} is the controller and {P1} is the processor of "
    "Personal Data processed under {AGR}.",
    "{^P1} {SH} process Personal Data only on {P2}'s documented instructions, implement appropriate technical and "
    "organisational measures under Article 32 of the GDPR, and notify {P2} without undue delay after becoming aware "
    "of a Personal Data Breach.",
    "To the extent {P1} processes personal information of California residents, it {SH} act as a service provider "
    "under the California Consumer Privacy Act and {SH} not sell or share that information."])
N("law-sccs", "law-mention", ["uk", "intl"], ["International Transfers", "Transfers of Personal Data"], [
    "Where Personal Data is transferred outside the European Economic Area, the Standard Contractual Clauses adopted "
    "by Commission Implementing Decision (EU) 2021/914 {SH} apply and are incorporated into {AGR} by reference.",
    "Transfers of Personal Data to a third country {SH} be made only under an adequacy decision or appropriate "
    "safeguards under Chapter V of the GDPR."])
N("law-appi", "law-mention", ["jpe"], ["Personal Information", "Protection of Personal Information"], [
    "Each party {SH} handle personal information received from the other party in accordance with the Act on the "
    "Protection of Personal Information of Japan and the guidelines issued under it.",
    "Party B {SH} not provide personal information to a third party without the prior consent of the principal, "
    "except as permitted by the Act on the Protection of Personal Information."])
N("law-subcontract-act", "law-mention", ["jpe"], ["Subcontract Act", "Payment Terms"], [
    "To the extent that {AGR} is subject to the Act against Delay in Payment of Subcontract Proceeds, Etc. to "
    "Subcontractors, Party A {SH} pay the subcontract proceeds within sixty days after receipt of the deliverables.",
    "Nothing in {AGR} {SH} be interpreted to permit conduct prohibited by the Antimonopoly Act of Japan."])
N("law-hipaa", "law-mention", ["us"], ["HIPAA", "Business Associate"], [
    "To the extent {P1} creates, receives or maintains protected health information on behalf of {P2}, the parties "
    "{SH} enter into a Business Associate Agreement in the form required by HIPAA.",
    "{^P1} {SH} comply with the applicable requirements of the Health Insurance Portability and Accountability Act of "
    "1996 and the HITECH Act."])
N("law-accessibility", "law-mention", ["us", "uk"], ["Accessibility"], [
    "{^P1} {SH} ensure that the Services conform to the Web Content Accessibility Guidelines 2.1 Level AA and {SH} "
    "provide a completed accessibility conformance report on request.",
    "The Deliverables {SH} meet the accessibility requirements of Section 508 of the Rehabilitation Act."])
N("law-tupe", "law-mention", ["uk"], ["Employees", "TUPE"], [
    "The parties do not intend that the Transfer of Undertakings (Protection of Employment) Regulations 2006 will apply "
    "on the commencement or termination of {AGR}. If any person claims that their employment has transferred, the "
    "receiving party may dismiss that person within 28 days.",
    "{^P1} {SH} indemnify {P2} against all Employment Liabilities arising from the operation of TUPE in respect of "
    "any employee of {P1}."])
N("law-late-payment", "law-mention", ["uk"], ["Late Payment", "Interest"], [
    "If {P2} fails to pay any amount when due, {P1} may charge interest on the overdue amount at 4 per cent a year "
    "above the Bank of England's base rate, which the parties agree is a substantial remedy for the purposes of the "
    "Late Payment of Commercial Debts (Interest) Act 1998.",
    "Interest on late payments {SH} accrue daily at the rate set out in the Late Payment of Commercial Debts "
    "(Interest) Act 1998."])
N("law-tax", "law-mention", FORMAL, ["Taxes", "Tax"], [
    "All Fees are exclusive of value added tax, sales tax and similar taxes, which {P2} {SH} pay in addition at the "
    "rate required by the law of the place of supply.",
    "If {P2} is required by law to withhold any tax from a payment, it {SH} gross up the payment so that {P1} "
    "receives the amount it would have received had no withholding been required.",
    "Each party is responsible for its own income taxes. {^P2} {SH} provide any valid exemption certificate required "
    "under the tax laws of {LAWPLACE}."])
N("law-statute-refs", "law-mention", FORMAL, ["Interpretation", "Construction"], [
    "A reference to a statute or statutory provision is a reference to it as amended, extended or re-enacted from time "
    "to time, and includes any subordinate legislation made under it.",
    "In {AGR}, a reference to a law includes any regulation, rule or official directive having the force of law of any "
    "governmental authority, as amended from time to time."])
N("law-ip-registered", "law-mention", FORMAL, ["Intellectual Property Rights", "Definitions"], [
    "\"Intellectual Property Rights\" means patents, rights to inventions, copyright and related rights, trade marks, "
    "rights in designs, database rights and all other intellectual property rights, in each case whether registered "
    "or unregistered and wherever in the world they subsist.",
    "{^P1} waives, to the extent permitted by law, all moral rights in the Deliverables, including any rights under "
    "Chapter IV of the Copyright, Designs and Patents Act 1988."])
N("law-aml", "law-mention", FORMAL, ["Anti-Money Laundering", "Know Your Customer"], [
    "{^P2} {SH} provide such information as {P1} reasonably requests to comply with its obligations under applicable "
    "anti-money laundering and counter-terrorist financing laws.",
    "{^P1} may suspend performance if it reasonably suspects that a payment is connected with money laundering under "
    "the Proceeds of Crime Act 2002."])
N("law-mandatory-law", "law-mention", ["plain"], ["Mandatory Law", "Your Rights"], [
    "Nothing in {AGR} limits any rights you may have under the mandatory consumer laws of the country where you live.",
    "If you live in the European Union, you benefit from the mandatory provisions of consumer law of your country of "
    "residence, and nothing in {AGR} affects those rights."])
N("law-warranty-statute", "law-mention", ["us"], ["Disclaimer", "Warranty Disclaimer"], [
    "The implied warranties of merchantability and fitness for a particular purpose under the Uniform Commercial Code "
    "are disclaimed to the maximum extent permitted by law.",
    "Some states do not allow the exclusion of implied warranties, so the above exclusion may not apply to you, and "
    "you may have other rights that vary by state."])
N("law-bankruptcy-365n", "law-mention", ["us"], ["Bankruptcy", "Section 365(n)"], [
    "All licences granted under {AGR} are licences of rights to intellectual property for purposes of Section 365(n) "
    "of the United States Bankruptcy Code, and {P2} {SH} retain and may fully exercise all of its rights under that "
    "Code.",
    "The parties agree that {P2}, as licensee, may elect to retain its rights under {AGR} in any bankruptcy "
    "proceeding of {P1}."])
N("law-ai-act-ref-no", "law-mention", ["uk", "intl"], ["Regulatory Changes", "Change in Law"], [
    "If a Change in Law makes it unlawful for a party to perform any of its obligations, the parties {SH} meet to "
    "agree any amendments to {AGR} needed to comply with the new law.",
    "{^P1} {SH} not be entitled to an increase in the Charges as a result of a General Change in Law, but may seek a "
    "Change under the Change Control Procedure for a Specific Change in Law."])
N("law-regulator-cooperation", "law-mention", ["uk"], ["Regulatory Requirements", "Regulators"], [
    "{^P1} {SH} cooperate with any Regulator with authority over {P2}, including the Financial Conduct Authority, and "
    "{SH} give the Regulator access to its premises and records on request.",
    "{^P1} acknowledges that {P2} is regulated by the Prudential Regulation Authority and {SH} not do anything that "
    "would cause {P2} to breach the rules of that authority."])
N("law-public-records", "law-mention", ["us"], ["Public Records", "Freedom of Information"], [
    "{^P1} acknowledges that {P2} is subject to the {STATE} Public Records Act and that information submitted under "
    "{AGR} may be disclosed to the public unless an exemption applies.",
    "Records relating to {AGR} may be subject to disclosure under the Freedom of Information Act 2000, and {P1} {SH} "
    "assist {P2} in responding to any request within the statutory time limit."])

# ---- mentions claims / disputes / litigation for another purpose -------------------------
N("lol-claims", "claims-mention", FORMAL, ["Limitation of Liability", "Limitations of Liability", "Liability"], [
    "In no event {SH} either party's aggregate liability for all claims arising out of or relating to {AGR}, whether "
    "in contract, tort or otherwise, exceed the total Fees paid by {P2} in the twelve months preceding the event giving "
    "rise to the claim.",
    "Neither party {SH} be liable to the other for any loss of profits, loss of business, or any indirect, "
    "consequential or special loss, however arising, even if advised of the possibility of such claims.",
    "The limitations in this clause apply to all causes of action and claims in the aggregate, including breach of "
    "contract, breach of warranty, negligence and misrepresentation."])
N("lol-disputes", "claims-mention", FORMAL, ["Limitation of Liability", "Cap on Liability"], [
    "The total liability of {P1} in respect of all disputes and claims under {AGR} {SH} not exceed {AMOUNT} or, if "
    "greater, the Charges paid in the preceding Contract Year.",
    "Nothing in {AGR} limits or excludes liability for death or personal injury caused by negligence, fraud or "
    "fraudulent misrepresentation, or any other liability that cannot be limited under applicable law.",
    "{^P1}'s liability in any dispute concerning defective Deliverables {SH} be limited to re-performance of the "
    "affected Services or, at {P1}'s option, a refund of the Fees paid for them."])
N("lol-plain", "claims-mention", ["plain"], ["Limitation of liability", "Our responsibility for loss or damage"], [
    "To the fullest extent permitted by law, our total liability for any claims under {AGR}, including for any implied "
    "warranties, is limited to the amount you paid us to use the Service in the past twelve months, or $100 if you have "
    "not paid us.",
    "We are responsible for loss or damage you suffer that is a foreseeable result of our breaking {AGR} or our "
    "failing to use reasonable care and skill, but we are not responsible for any loss or damage that is not "
    "foreseeable.",
    "We are not liable for business losses. If you use the Service for any commercial purpose, we will have no "
    "liability to you for any loss of profit, loss of business or business interruption."])
N("indemnity-claims", "claims-mention", FORMAL, ["Indemnification", "Indemnity", "Indemnities"], [
    "{^P1} {SH} defend {P2} against any claim brought by a third party alleging that the Services infringe that "
    "party's intellectual property rights, and {SH} pay any damages finally awarded or agreed in settlement.",
    "The indemnified party {SH} promptly notify the indemnifying party of the claim, give it sole control of the "
    "defence and settlement of the claim, and provide reasonable assistance at the indemnifying party's expense.",
    "{^P2} {SH} indemnify {P1} against all losses, liabilities, costs and expenses, including reasonable legal fees, "
    "arising from any third-party claim that {P2} Data violates applicable law."])
N("indemnity-litigation", "claims-mention", FORMAL, ["Conduct of Claims", "Defence of Claims"], [
    "The indemnifying party may not settle any claim in a manner that imposes any liability or admission on the "
    "indemnified party without its prior written consent. The indemnified party may participate in the litigation "
    "with counsel of its own choosing at its own expense.",
    "If any proceedings are threatened or brought against a party in connection with matters for which the other "
    "party is responsible, the first party {SH} notify the other promptly and {SH} not make any admission in relation "
    "to the proceedings."])
N("invoice-disputes", "claims-mention", FORMAL, ["Disputed Invoices", "Invoice Disputes", "Payment"], [
    "If {P2} disputes any invoice in good faith, it {SH} notify {P1} in writing within {DAYS} days of receipt, "
    "setting out the reasons, and {SH} pay the undisputed portion by the due date. The parties {SH} work together to "
    "resolve the disputed amount.",
    "{^P2} may withhold payment of any amount that it disputes in good faith, provided that it notifies {P1} of the "
    "disputed amount before the payment due date.",
    "Disputed amounts {SH} not be treated as overdue while the dispute is being discussed, and {P1} may not suspend "
    "the Services for non-payment of a disputed amount."])
N("release-claims", "claims-mention", FORMAL, ["Release", "General Release"], [
    "In consideration of the Settlement Payment, {P2} releases {P1} from all claims, demands and causes of action, "
    "known or unknown, arising from the Services provided before the Effective Date.",
    "Each party waives and releases any claims it may have against the other in respect of the Original Agreement, "
    "except for claims arising from fraud."])
N("release-1542", "claims-mention", ["us"], ["Waiver of Unknown Claims", "Release"], [
    "{^P2} expressly waives the benefit of Section 1542 of the California Civil Code, which provides that a general "
    "release does not extend to claims that the creditor does not know or suspect to exist in its favour at the time "
    "of executing the release.",
    "The releasing party acknowledges that it may later discover facts different from those it now believes to be "
    "true, and agrees that this release will remain effective regardless."])
N("litigation-hold", "claims-mention", ["us"], ["Records Retention", "Litigation Hold"], [
    "{^P1} {SH} preserve all records relating to the Services for so long as any litigation, audit or investigation "
    "involving those records is pending, and {SH} comply with any litigation hold notice issued by {P2}.",
    "Upon receipt of notice of pending or threatened litigation, {P1} {SH} suspend the deletion of any relevant "
    "Customer Data until {P2} confirms that the hold has been released."])
N("warranty-claims", "claims-mention", FORMAL, ["Warranty", "Warranties", "Remedies"], [
    "{^P1} warrants that the Services will perform materially in accordance with the Documentation. {^P2}'s exclusive "
    "remedy for any breach of this warranty {SH} be re-performance of the non-conforming Services, provided that "
    "{P2} notifies {P1} of the claim within ninety days.",
    "Warranty claims must be made in writing within the Warranty Period and must describe the defect in reasonable "
    "detail."])
N("insurance-claims", "claims-mention", FORMAL, ["Insurance"], [
    "{^P1} {SH} maintain, with reputable insurers, professional indemnity insurance of not less than {AMOUNT} per "
    "claim, public liability insurance and employer's liability insurance as required by law, and {SH} produce "
    "certificates of insurance on request.",
    "{^P1} {SH} not do anything that would entitle the insurer to refuse any claim under the policies, and {SH} "
    "notify {P2} of any claim made under them that relates to the Services."])
N("notice-of-claim", "claims-mention", ["uk", "intl"], ["Notification of Claims", "Claims"], [
    "{^P2} {SH} not be entitled to bring any claim under the Warranties unless it has given notice of the claim to "
    "{P1} within {YEARS} of Completion, specifying in reasonable detail the nature of the claim.",
    "No party {SH} be liable for any claim unless the amount of that claim exceeds {AMOUNT}."])
N("costs-enforcement", "claims-mention", ["us"], ["Collection Costs", "Costs of Collection"], [
    "{^P2} {SH} reimburse {P1} for all reasonable costs of collection, including attorneys' fees, incurred in "
    "recovering overdue amounts.",
    "If any amount owed by {P2} is thirty or more days overdue, {P1} may refer the account to a collection agency and "
    "{P2} {SH} pay the resulting collection costs."])
N("complaints-plain", "claims-mention", ["plain"], ["Contact us", "Questions and complaints", "Support"], [
    "If you have any questions, complaints or feedback about the Service, please contact our support team at "
    "help@{DOMAIN}. We aim to respond within two business days.",
    "If you are unhappy with our service, please tell us. We will log your complaint and reply within 14 days."])
N("chargeback-plain", "claims-mention", ["plain"], ["Refunds", "Billing disputes", "Payments"], [
    "If you think you have been charged in error, please contact us within 60 days of the charge so we can look into "
    "it. If you dispute a charge with your bank, we may suspend your account until the matter is resolved.",
    "Refunds are given at our discretion. If you believe a charge is incorrect, tell us and we will review it."])

# ---- good-faith discussion only -------------------------------------------------------
N("gf-matters-not-provided", "good-faith", FORMAL, ["Good Faith Consultation", "Matters Not Provided For",
                                                    "Consultation", "Discussion"], [
    "The parties {SH} discuss in good faith any matter not provided for in {AGR} and any doubt arising as to its "
    "interpretation.",
    "Any matter not stipulated in {AGR}, or any question regarding its interpretation, {SH} be settled through "
    "consultation between the parties in good faith.",
    "If any matter arises that is not covered by {AGR}, the parties {SH} consult with each other sincerely and "
    "resolve it amicably."])
N("gf-cooperate", "good-faith", FORMAL, ["Cooperation", "Good Faith"], [
    "Each party {SH} act in good faith in the performance of {AGR} and {SH} cooperate with the other party to "
    "achieve its purposes.",
    "The parties {SH} cooperate with each other in good faith and {SH} keep each other informed of any matter that may "
    "affect the delivery of the Services."])
N("gf-meet-review", "good-faith", FORMAL, ["Governance", "Contract Management", "Review Meetings"], [
    "The Relationship Managers {SH} meet at least quarterly to review performance under {AGR}, discuss any issues "
    "that have arisen and agree actions.",
    "The parties {SH} hold monthly service review meetings at which {P1} {SH} report on Service Levels, open incidents "
    "and planned changes."])
N("gf-renegotiate", "good-faith", FORMAL, ["Renegotiation", "Review of Charges"], [
    "If there is a material change in circumstances affecting the Charges, either party may request a review, and the "
    "parties {SH} negotiate in good faith to agree any adjustment.",
    "On each anniversary of the Effective Date the parties {SH} discuss in good faith whether the Service Levels "
    "remain appropriate."])
N("gf-jpe-consult", "good-faith", ["jpe"], ["Consultation", "Matters Not Stipulated", "Good Faith Consultation"], [
    "Any matters not stipulated in {AGR} or any doubts concerning the interpretation of {AGR} {SH} be resolved "
    "through mutual consultation between Party A and Party B in good faith.",
    "In the event of any question about matters not provided for in {AGR}, the parties {SH} consult with each other in "
    "good faith and resolve the matter in accordance with the principle of good faith and trust."])

# ---- language precedence -------------------------------------------------------------
N("lang-precedence", "language", FORMAL, ["Language", "Language of Agreement", "Translations"], [
    "{^AGR} is made in the English language. If {AGR} is translated into any other language, the English version "
    "{SH} prevail in the event of any conflict.",
    "{^AGR} has been executed in Japanese and English. In case of any discrepancy between the two versions, the "
    "Japanese version {SH} prevail.",
    "All notices and communications under {AGR} {SH} be in English. Any translation is for convenience only and "
    "{SH} have no legal effect."])
N("lang-plain", "language", ["plain"], ["Language", "Translations"], [
    "We may provide translations of {AGR} for your convenience. If there is any inconsistency, the English version "
    "applies.",
    "{^AGR} were written in English. Any translated version is provided for reference only."])

# ---- general boilerplate --------------------------------------------------------------------
N("entire", "boilerplate", FORMAL, ["Entire Agreement", "Whole Agreement"], [
    "{^AGR} constitutes the entire agreement between the parties and supersedes all prior agreements, representations "
    "and understandings, whether written or oral, relating to its subject matter.",
    "Each party acknowledges that in entering into {AGR} it does not rely on any statement, representation or "
    "warranty that is not set out in {AGR}. Nothing in this clause limits liability for fraud.",
    "{^AGR}, together with its Schedules and any Order Forms, is the complete and exclusive statement of the parties' "
    "agreement."])
N("severability", "boilerplate", FORMAL, ["Severability", "Severance", "Invalidity"], [
    "If any provision of {AGR} is held invalid or unenforceable by a court of competent jurisdiction, that provision "
    "{SH} be modified to the minimum extent necessary to make it enforceable, and the remaining provisions {SH} "
    "continue in full force and effect.",
    "If any provision or part-provision of {AGR} is or becomes invalid, illegal or unenforceable, it {SH} be deemed "
    "deleted, but that {SH} not affect the validity of the rest of {AGR}.",
    "The invalidity of any term {SH} not affect the remaining terms, and the parties {SH} replace the invalid term "
    "with a valid term that comes closest to its commercial purpose."])
N("waiver", "boilerplate", FORMAL, ["Waiver", "No Waiver"], [
    "No failure or delay by a party to exercise any right or remedy provided under {AGR} or by law {SH} constitute a "
    "waiver of that or any other right or remedy.",
    "A waiver of any right under {AGR} is only effective if it is in writing and signed by the waiving party."])
N("assignment", "boilerplate", FORMAL, ["Assignment", "Assignment and Subcontracting"], [
    "Neither party may assign or transfer {AGR} without the other party's prior written consent, except that "
    "either party may assign {AGR} to a successor in connection with a merger, acquisition or sale of all or "
    "substantially all of its assets.",
    "{^P1} may subcontract any of its obligations, but {SH} remain responsible for the acts and omissions of its "
    "subcontractors as if they were its own.",
    "Any attempted assignment in breach of this Section {SH} be void. {^AGR} binds and benefits the parties and their "
    "permitted successors and assigns."])
N("notices", "boilerplate", FORMAL, ["Notices", "Notice"], [
    "All notices under {AGR} {SH} be in writing and {SH} be delivered by hand, by courier or by email to the address "
    "set out in the Order Form. Notices are deemed received on delivery by hand, two business days after dispatch by "
    "courier, or at the time of transmission by email.",
    "Notices to {P1} {SH} be sent to the attention of the Legal Department, with a copy to legal@{DOMAIN}. Notices "
    "of breach or termination may not be given by email alone.",
    "Any notice of a claim or dispute {SH} be given in writing to the other party's registered office and {SH} be "
    "deemed received two business days after posting."])
N("counterparts", "boilerplate", FORMAL, ["Counterparts", "Execution", "Electronic Signatures"], [
    "{^AGR} may be executed in any number of counterparts, each of which when executed {SH} constitute a duplicate "
    "original, and all of which together {SH} constitute one agreement.",
    "Signatures delivered by PDF or by an electronic signature service {SH} be deemed original signatures for all "
    "purposes."])
N("force-majeure", "boilerplate", FORMAL, ["Force Majeure"], [
    "Neither party {SH} be liable for any failure or delay in performance caused by events beyond its reasonable "
    "control, including acts of God, war, terrorism, epidemic, governmental action, fire, flood or failure of public "
    "utilities, provided that it notifies the other party promptly.",
    "If a Force Majeure Event prevents performance for more than {DAYS} days, either party may terminate {AGR} by "
    "written notice. Payment obligations are not excused by a Force Majeure Event.",
    "A party affected by a Force Majeure Event {SH} use all reasonable endeavours to mitigate its effect and resume "
    "performance as soon as possible."])
N("confidentiality", "boilerplate", FORMAL, ["Confidentiality", "Confidential Information"], [
    "Each party {SH} keep the other party's Confidential Information confidential and {SH} not use it except to "
    "perform its obligations under {AGR}. A party may disclose Confidential Information to the extent required by law "
    "or by order of a court of competent jurisdiction, after giving the other party prompt notice.",
    "The obligations of confidentiality do not apply to information that is or becomes publicly available through no "
    "fault of the receiving party, was lawfully known to it before disclosure, or is independently developed.",
    "On termination, each party {SH} return or destroy the other party's Confidential Information, except copies "
    "retained in automated back-up systems, which remain subject to this clause."])
N("ip-ownership", "boilerplate", FORMAL, ["Intellectual Property", "Ownership", "Proprietary Rights"], [
    "As between the parties, {P1} owns all right, title and interest in and to the Services, the Software and the "
    "Documentation, including all Intellectual Property Rights in them. No rights are granted to {P2} except as "
    "expressly set out in {AGR}.",
    "All Intellectual Property Rights in the Deliverables {SH} vest in {P2} on payment of the relevant Fees, and {P1} "
    "hereby assigns those rights to {P2} with full title guarantee.",
    "{^P2} grants {P1} a non-exclusive, royalty-free licence to use {P2} Materials solely to provide the Services."])
N("license-grant", "boilerplate", FORMAL, ["License Grant", "Licence", "Grant of Licence"], [
    "Subject to the terms of {AGR}, {P1} grants {P2} a non-exclusive, non-transferable licence during the Term to use "
    "the Software for its internal business purposes.",
    "{^P2} {SH} not copy, modify, reverse engineer or sublicense the Software except as expressly permitted by "
    "{AGR} or by law."])
N("warranties", "boilerplate", FORMAL, ["Warranties", "Representations and Warranties"], [
    "Each party represents and warrants that it has full power and authority to enter into {AGR} and that doing so "
    "will not breach any other agreement by which it is bound.",
    "EXCEPT AS EXPRESSLY SET OUT IN {AGR_UP}, THE SERVICES ARE PROVIDED \"AS IS\" AND {P1_UP} DISCLAIMS ALL OTHER "
    "WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY WARRANTIES OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.",
    "{^P1} warrants that it will perform the Services with reasonable skill and care and in accordance with good "
    "industry practice."])
N("fees", "boilerplate", FORMAL, ["Fees", "Fees and Payment", "Charges and Payment"], [
    "{^P2} {SH} pay the Fees set out in the Order Form. Unless otherwise stated, Fees are invoiced annually in advance "
    "and are payable within {DAYS} days of the invoice date.",
    "{^P1} may increase the Fees on each renewal by giving at least sixty days' notice, provided that any increase "
    "does not exceed five per cent.",
    "All payments {SH} be made in {CURRENCY} by bank transfer to the account specified by {P1}, without set-off or "
    "deduction."])
N("term-termination", "boilerplate", FORMAL, ["Term and Termination", "Termination", "Term"], [
    "{^AGR} commences on the Effective Date and continues for the Initial Term, after which it renews automatically for "
    "successive periods of twelve months unless either party gives notice of non-renewal at least {DAYS} days before "
    "the end of the current term.",
    "Either party may terminate {AGR} immediately by written notice if the other party commits a material breach that "
    "is not remedied within {DAYS} days of notice, or becomes insolvent.",
    "On termination, {P2} {SH} pay all Fees accrued up to the termination date, and {P1} {SH} make {P2} Data available "
    "for export for thirty days."])
N("survival", "boilerplate", FORMAL, ["Survival"], [
    "Any provision of {AGR} that by its nature is intended to survive termination {SH} survive, including the "
    "provisions relating to confidentiality, limitation of liability, indemnities and payment obligations.",
    "Sections {SECNO}, 9, 11 and 14 {SH} survive the expiry or termination of {AGR} for any reason."])
N("insurance", "boilerplate", FORMAL, ["Insurance"], [
    "During the Term and for two years after, {P1} {SH} maintain commercial general liability insurance with limits "
    "of not less than {AMOUNT} per occurrence and cyber liability insurance appropriate to the Services.",
    "{^P1} {SH} name {P2} as an additional insured on its general liability policy and {SH} give thirty days' notice "
    "of cancellation of any required policy."])
N("audit", "boilerplate", FORMAL, ["Audit", "Records and Audit", "Audit Rights"], [
    "{^P1} {SH} keep complete and accurate records relating to {AGR} and {SH} allow {P2}, on reasonable notice and "
    "not more than once a year, to audit those records to verify compliance.",
    "{^P2} may appoint an independent auditor, bound by confidentiality obligations, to inspect {P1}'s security "
    "controls. The costs of the audit {SH} be borne by {P2} unless the audit reveals a material non-compliance."])
N("publicity", "boilerplate", FORMAL, ["Publicity", "Marketing", "Press Releases"], [
    "Neither party {SH} issue any press release or public announcement about {AGR} without the prior written consent "
    "of the other party.",
    "{^P1} may identify {P2} as a customer on its website and in marketing materials, using {P2}'s name and logo in "
    "accordance with {P2}'s brand guidelines."])
N("relationship", "boilerplate", FORMAL, ["Relationship of the Parties", "Independent Contractors", "No Partnership"], [
    "The parties are independent contractors. Nothing in {AGR} creates a partnership, joint venture, agency or "
    "employment relationship between them.",
    "Neither party has authority to bind the other or to make any representation on its behalf."])
N("amendment", "boilerplate", FORMAL, ["Amendment", "Variation", "Amendments"], [
    "No amendment or variation of {AGR} {SH} be effective unless it is in writing and signed by authorised "
    "representatives of both parties.",
    "{^P1} may update the Documentation from time to time, provided that no update materially reduces the "
    "functionality of the Services."])
N("definitions", "boilerplate", FORMAL, ["Definitions", "Definitions and Interpretation"], [
    "\"Affiliate\" means any entity that directly or indirectly controls, is controlled by, or is under common control "
    "with a party, where \"control\" means ownership of more than fifty per cent of the voting interests.",
    "\"Business Day\" means a day other than a Saturday, Sunday or public holiday in {CITY}.",
    "\"Applicable Law\" means all laws, regulations, regulatory guidance and binding codes of practice applicable to a "
    "party or to the Services from time to time."])
N("interpretation", "boilerplate", FORMAL, ["Interpretation"], [
    "Headings are for convenience only and do not affect interpretation. Words in the singular include the plural and "
    "vice versa, and the words \"including\" and \"include\" {SH} be deemed to be followed by \"without limitation\".",
    "In the event of any conflict between the body of {AGR} and its Schedules, the body of {AGR} {SH} prevail."])
N("order-precedence", "boilerplate", FORMAL, ["Order of Precedence", "Conflict"], [
    "In the event of any conflict or inconsistency, the following order of precedence {SH} apply: (a) the Order Form; "
    "(b) the Data Processing Addendum; (c) these General Terms; and (d) the Documentation.",
    "Any terms in a purchase order issued by {P2} {SH} have no effect, even if {P1} accepts or performs under the "
    "purchase order."])
N("non-solicit", "boilerplate", FORMAL, ["Non-Solicitation", "Non-Solicitation of Employees"], [
    "During the Term and for twelve months after, neither party {SH} solicit for employment any employee of the other "
    "party who was involved in the Services, except through general advertisements not targeted at such employees.",
    "If {P2} hires any of {P1}'s personnel within twelve months after the end of the Services, it {SH} pay {P1} a fee "
    "equal to twenty per cent of that person's first-year salary."])
N("sla", "boilerplate", FORMAL, ["Service Levels", "Availability", "Service Credits"], [
    "{^P1} {SH} use commercially reasonable efforts to make the Services available 99.9% of the time in each calendar "
    "month, excluding scheduled maintenance. If availability falls below that level, {P2} will receive the Service "
    "Credits described in the SLA, which are its sole remedy.",
    "Service Credits must be claimed within thirty days after the end of the month in which the failure occurred."])
N("security", "boilerplate", FORMAL, ["Security", "Information Security"], [
    "{^P1} {SH} maintain an information security programme that includes administrative, physical and technical "
    "safeguards designed to protect {P2} Data, and {SH} maintain ISO/IEC 27001 certification throughout the Term.",
    "{^P1} {SH} notify {P2} without undue delay, and in any event within 72 hours, after becoming aware of a Security "
    "Incident affecting {P2} Data."])
N("acceptance", "boilerplate", FORMAL, ["Acceptance", "Acceptance Testing"], [
    "{^P2} {SH} carry out the Acceptance Tests within {DAYS} days of delivery. If the Deliverable fails the tests, "
    "{P1} {SH} remedy the defects and resubmit it for testing.",
    "A Deliverable {SH} be deemed accepted if {P2} does not notify {P1} of any material non-conformity within ten "
    "business days after delivery."])
N("delivery", "boilerplate", FORMAL, ["Delivery", "Delivery and Risk", "Title and Risk"], [
    "{^P1} {SH} deliver the Goods to the Delivery Location on the Delivery Date. Risk in the Goods {SH} pass to {P2} "
    "on completion of delivery, and title {SH} pass on receipt of payment in full.",
    "Delivery terms {SH} be interpreted in accordance with Incoterms 2020 published by the International Chamber of "
    "Commerce. Unless otherwise agreed, Goods are delivered DAP at {P2}'s premises."])
N("change-control", "boilerplate", FORMAL, ["Change Control", "Changes"], [
    "Either party may request a change to the scope of the Services by submitting a Change Request. No change {SH} "
    "take effect until a Change Note has been signed by both parties.",
    "{^P1} {SH} respond to a Change Request within ten business days with an impact assessment covering cost, "
    "timetable and risk."])
N("subcontractors", "boilerplate", FORMAL, ["Subcontracting", "Subprocessors"], [
    "{^P1} {SH} not engage any subprocessor to process {P2} Data without giving {P2} at least thirty days' prior "
    "notice, during which {P2} may object on reasonable data protection grounds.",
    "{^P1} {SH} ensure that each subcontractor is bound by written terms no less protective than those in {AGR}."])
N("suspension", "boilerplate", FORMAL, ["Suspension"], [
    "{^P1} may suspend {P2}'s access to the Services if {P2}'s account is more than thirty days overdue or if {P2}'s "
    "use poses a security risk, and {SH} restore access promptly once the issue is resolved.",
    "Any suspension {SH} be limited to the minimum extent and duration necessary to address the cause."])
N("aup", "boilerplate", FORMAL, ["Acceptable Use", "Restrictions", "Use Restrictions"], [
    "{^P2} {SH} not use the Services to transmit malicious code, to infringe any third party's rights, or to send "
    "unsolicited communications, and {SH} ensure that its users comply with the Acceptable Use Policy.",
    "{^P2} {SH} not attempt to gain unauthorised access to the Services or interfere with their integrity or "
    "performance."])
N("feedback", "boilerplate", FORMAL, ["Feedback", "Suggestions"], [
    "If {P2} provides any suggestions or feedback about the Services, {P1} may use them without restriction or "
    "obligation to {P2}.",
    "Feedback is provided voluntarily and {P1} is free to incorporate it into its products without attribution."])
N("further-assurance", "boilerplate", ["uk", "intl"], ["Further Assurance"], [
    "Each party {SH} promptly execute and deliver such documents and perform such acts as may reasonably be required "
    "to give full effect to {AGR}.",
    "At its own expense, each party {SH} do all things reasonably required to vest the assigned rights in the "
    "assignee."])
N("costs", "boilerplate", ["uk", "intl"], ["Costs", "Expenses"], [
    "Each party {SH} pay its own costs and expenses incurred in connection with the negotiation, preparation and "
    "execution of {AGR}.",
    "{^P2} {SH} reimburse {P1} for reasonable travel and subsistence expenses incurred with its prior approval, in "
    "accordance with {P2}'s expenses policy."])
N("set-off", "boilerplate", ["uk"], ["Set-off"], [
    "All amounts due under {AGR} {SH} be paid in full without any set-off, counterclaim, deduction or withholding, "
    "other than any deduction or withholding of tax as required by law.",
    "{^P2} may set off any amount owed to it by {P1} against any amount payable by it to {P1} under {AGR}."])
N("non-exclusivity", "boilerplate", FORMAL, ["Non-Exclusivity", "No Exclusivity"], [
    "{^AGR} is non-exclusive. Nothing in it prevents {P2} from obtaining similar services from any other supplier or "
    "{P1} from providing similar services to any other customer.",
    "{^P2} is not obliged to purchase any minimum volume of Products under {AGR}."])
N("cumulative-remedies", "boilerplate", FORMAL, ["Remedies", "Cumulative Remedies"], [
    "Except as expressly provided in {AGR}, the rights and remedies provided under {AGR} are in addition to, and not "
    "exclusive of, any rights or remedies provided by law.",
    "The remedies set out in this clause are {P2}'s sole and exclusive remedies for the failures described in it."])
N("equitable-not", "boilerplate", FORMAL, ["Specific Performance"], [
    "{^P1} acknowledges that damages alone may not be an adequate remedy for a breach of the confidentiality "
    "obligations in {AGR}.",
    "The parties agree that the Escrow Materials {SH} be released to {P2} on the occurrence of a Release Event."])
N("escrow", "boilerplate", ["uk", "us"], ["Source Code Escrow", "Escrow"], [
    "{^P1} {SH} deposit the source code of the Software with an independent escrow agent and {SH} update the deposit "
    "within thirty days after each major release.",
    "The Source Code {SH} be released to {P2} if {P1} ceases to carry on business or fails to support the Software for "
    "a continuous period of ninety days."])
N("records", "boilerplate", FORMAL, ["Records", "Reporting"], [
    "{^P1} {SH} deliver a monthly report to {P2} setting out the Service Levels achieved, the incidents raised and the "
    "actions taken to resolve them.",
    "{^P1} {SH} keep accurate books of account relating to the Royalties for at least six years after the end of the "
    "year to which they relate."])
N("non-compete", "boilerplate", FORMAL, ["Restrictive Covenants", "Non-Competition"], [
    "During the Term, {P1} {SH} not supply Competing Products to any customer in the Territory without the prior "
    "written consent of {P2}.",
    "The Distributor {SH} not manufacture, sell or promote any goods that compete with the Products in the Territory."])
N("territory", "boilerplate", ["intl"], ["Appointment", "Territory"], [
    "The Company appoints the Distributor as its exclusive distributor of the Products in the Territory, and the "
    "Distributor accepts the appointment on the terms of {AGR}.",
    "The Distributor {SH} not actively seek customers for the Products outside the Territory."])
N("authority-signature", "boilerplate", FORMAL, ["Authority", "Execution"], [
    "IN WITNESS WHEREOF, the parties have caused {AGR} to be executed by their duly authorised representatives as of "
    "the Effective Date.",
    "Each individual signing {AGR} represents that he or she is duly authorised to sign on behalf of the party for "
    "which he or she signs."])
N("recitals", "boilerplate", FORMAL, ["Background", "Recitals"], [
    "WHEREAS, {P1} provides cloud-based analytics services; and WHEREAS, {P2} wishes to subscribe to such services on "
    "the terms set out below; NOW, THEREFORE, the parties agree as follows.",
    "(A) {^P1} carries on the business of developing and licensing software. (B) {^P2} wishes to obtain a licence to "
    "use the Software on the terms of {AGR}."])
N("personnel", "boilerplate", FORMAL, ["Personnel", "Key Personnel", "Staff"], [
    "{^P1} {SH} ensure that all personnel assigned to the Services are suitably skilled and experienced, and {SH} not "
    "remove any Key Personnel without {P2}'s prior consent, except for illness or resignation.",
    "{^P1} {SH} carry out background checks on its personnel to the extent permitted by applicable law."])
N("background-ip", "boilerplate", FORMAL, ["Background IP", "Pre-existing Materials"], [
    "Each party retains ownership of its Background IP. To the extent any Background IP of {P1} is incorporated into a "
    "Deliverable, {P1} grants {P2} a perpetual, royalty-free licence to use it as part of that Deliverable.",
    "Nothing in {AGR} transfers ownership of any pre-existing materials of either party."])
N("step-in", "boilerplate", ["uk"], ["Step-in Rights"], [
    "If {P1} commits a material default, {P2} may take action itself, or appoint a third party, to perform the "
    "affected Services, and {P1} {SH} cooperate fully with {P2} during the step-in period.",
    "{^P2} {SH} give {P1} at least five business days' notice before exercising its step-in rights, except in an "
    "emergency."])
N("exit", "boilerplate", FORMAL, ["Exit Management", "Transition Assistance"], [
    "On expiry or termination, {P1} {SH} provide such transition assistance as {P2} reasonably requests for up to six "
    "months, at the rates set out in the Rate Card.",
    "{^P1} {SH} maintain an Exit Plan and update it at least annually."])
N("benchmarking", "boilerplate", ["uk"], ["Benchmarking"], [
    "{^P2} may, not more than once in any twelve-month period, appoint a benchmarker to compare the Charges with those "
    "of comparable services.",
    "If the benchmarking report shows that the Charges are above the upper quartile, {P1} {SH} reduce them "
    "accordingly."])
N("ai-outputs-neg", "boilerplate", FORMAL, ["Outputs", "AI Features"], [
    "{^P2} is responsible for reviewing any output generated by the AI features before relying on it.",
    "{^P1} does not use {P2} Data to train machine learning models except as described in the Documentation."])
N("cyber-insurance-neg", "boilerplate", ["us"], ["Background Checks", "Drug Testing"], [
    "{^P1} {SH} conduct criminal background checks on all personnel who will have access to {P2}'s premises, subject "
    "to applicable law.",
    "{^P1} {SH} ensure that its personnel comply with {P2}'s site rules while on {P2}'s premises."])
N("sanctions-term", "boilerplate", FORMAL, ["Termination for Sanctions", "Sanctions"], [
    "Either party may terminate {AGR} with immediate effect if the other party becomes a Sanctioned Person.",
    "{^P1} may suspend delivery of the Products to the extent that such delivery would expose it to the risk of "
    "sanctions."])
N("conflicts-interest", "boilerplate", FORMAL, ["Conflicts of Interest"], [
    "{^P1} {SH} take appropriate steps to ensure that neither it nor its personnel is placed in a position where there "
    "is or may be an actual conflict between its interests and the duties owed to {P2} under {AGR}.",
    "{^P1} {SH} promptly notify {P2} of any actual or potential conflict of interest."])
N("environment", "boilerplate", FORMAL, ["Environmental Requirements", "Sustainability"], [
    "{^P1} {SH} perform the Services in accordance with {P2}'s environmental policy and {SH} report annually on the "
    "greenhouse gas emissions associated with the Services.",
    "{^P1} {SH} use reasonable endeavours to reduce packaging waste and to use recycled materials where practicable."])
N("health-safety", "boilerplate", FORMAL, ["Health and Safety"], [
    "{^P1} {SH} comply with all health and safety policies of {P2} while on its premises and {SH} promptly report any "
    "incident or hazard.",
    "Each party {SH} notify the other as soon as it becomes aware of any health and safety hazard relating to the "
    "Services."])
N("open-source", "boilerplate", FORMAL, ["Open Source Software", "Third-Party Components"], [
    "The Software may include open source components licensed under their own terms, which are listed in the "
    "Documentation. Nothing in {AGR} limits {P2}'s rights under those licences.",
    "{^P1} {SH} not incorporate any open source software into the Deliverables in a way that would require {P2} to "
    "disclose its proprietary source code."])
N("anti-assign-plain-neg", "boilerplate", FORMAL, ["Cumulative Rights", "Rights and Remedies"], [
    "The rights of each party under {AGR} may be exercised as often as necessary and are in addition to its rights "
    "under the general law.",
    "Each right or remedy of a party under {AGR} is without prejudice to any other right or remedy of that party."])

# ---- plain-English consumer negatives ---------------------------------------------------------
N("pl-account", "consumer", ["plain"], ["Your account", "Accounts", "Creating an account"], [
    "You must be at least 16 years old to create an account. You are responsible for keeping your password secure and "
    "for all activity under your account.",
    "Please give us accurate information when you sign up and keep it up to date. If you think someone has accessed "
    "your account, tell us right away."])
N("pl-content", "consumer", ["plain"], ["Your content", "Content you post"], [
    "You keep ownership of the content you upload. By posting it, you give us a worldwide, royalty-free licence to "
    "host, store and display it so we can run the Service.",
    "You are responsible for what you post. Do not upload anything that you do not have the right to share."])
N("pl-termination", "consumer", ["plain"], ["Ending these terms", "Closing your account", "Termination"], [
    "You can stop using the Service and close your account at any time from your settings page. We may suspend or "
    "close your account if you break {AGR} or if we are required to do so by law.",
    "If we close your account for reasons other than your breach, we will give you at least 30 days' notice and "
    "refund any prepaid fees for the unused period."])
N("pl-changes", "consumer", ["plain"], ["Changes to these terms", "Updates"], [
    "We may update {AGR} from time to time. If we make a material change, we will let you know by email or through the "
    "app at least 30 days before it takes effect.",
    "If you keep using the Service after the changes take effect, you accept the new terms. If you do not agree, you "
    "can close your account."])
N("pl-subscription", "consumer", ["plain"], ["Subscriptions and billing", "Payments", "Free trials"], [
    "Your subscription renews automatically each month until you cancel. You can cancel at any time and you will keep "
    "access until the end of your billing period.",
    "If you start a free trial, we will remind you before it ends. If you do not cancel, we will charge the "
    "subscription fee to your payment method."])
N("pl-cancel-14", "consumer", ["plain"], ["Your right to cancel", "Cooling-off period"], [
    "If you are a consumer in the UK or EU, you have 14 days after you buy a subscription to change your mind and get "
    "a full refund. This right is given to you by law.",
    "You can cancel your order within 14 days of buying it, but if you start using the digital content during that "
    "period you agree that you lose the right to cancel."])
N("pl-privacy", "consumer", ["plain"], ["Privacy", "Your privacy", "How we use your information"], [
    "Our Privacy Policy explains how we collect and use your personal information. By using the Service, you "
    "acknowledge that we will process your information as described there.",
    "We only use your personal data in accordance with data protection law and our privacy notice."])
N("pl-prohibited", "consumer", ["plain"], ["What you must not do", "Acceptable use", "Rules"], [
    "Do not use the Service to harass others, break the law, spread malware or scrape data without our permission.",
    "You must not try to reverse engineer the app, resell access to it, or use it in a way that harms other users."])
N("pl-availability", "consumer", ["plain"], ["Availability", "Service changes"], [
    "We try to keep the Service running smoothly, but we cannot promise that it will always be available or free of "
    "errors. We may change or discontinue features at any time.",
    "Sometimes we need to take the Service offline for maintenance. We will try to tell you in advance."])
N("pl-third-party", "consumer", ["plain"], ["Third-party services", "Links"], [
    "The Service may contain links to websites run by other companies. We are not responsible for their content or "
    "their privacy practices.",
    "If you connect a third-party app to your account, its own terms apply to your use of it."])
N("pl-disclaimer", "consumer", ["plain"], ["Disclaimer", "No warranties"], [
    "The Service is provided \"as is\". To the extent permitted by law, we make no promises about its accuracy, "
    "reliability or suitability for your purposes.",
    "Information in the app is for general guidance only and is not professional advice."])
N("pl-indemnity", "consumer", ["plain"], ["Your responsibility to us", "Indemnity"], [
    "If you use the Service for business purposes, you agree to cover any losses we suffer because of claims brought "
    "by others about content you posted or your breach of {AGR}.",
    "You will reimburse us for reasonable costs we incur because of your misuse of the Service."])
N("pl-ip", "consumer", ["plain"], ["Our intellectual property", "Ownership"], [
    "We own the Service, including its design, software and trade marks. These terms do not give you any right to use "
    "our brand.",
    "All rights not expressly granted to you in {AGR} are reserved by us."])
N("pl-communications", "consumer", ["plain"], ["Communications", "Emails from us"], [
    "We will send you service emails about your account. You can opt out of marketing emails at any time using the "
    "unsubscribe link.",
    "By giving us your phone number, you agree that we may text you security codes. Message rates may apply."])
N("pl-general", "consumer", ["plain"], ["General", "Other important terms"], [
    "If a court finds part of {AGR} illegal, the rest will continue in force. If we do not enforce a right straight "
    "away, we can still enforce it later.",
    "We may transfer our rights under {AGR} to another organisation. You may not transfer your rights without our "
    "written consent.",
    "{^AGR} are the whole agreement between you and us about the Service."])
N("pl-age", "consumer", ["plain"], ["Children", "Age requirements"], [
    "The Service is not intended for children under 13. If we learn that a child under 13 has created an account, we "
    "will delete it.",
    "If you are under 18, you need permission from a parent or guardian to use the Service."])
N("pl-beta", "consumer", ["plain"], ["Beta features", "Early access"], [
    "We sometimes offer beta features that are still being tested. They may not work as expected, and we may remove "
    "them at any time.",
    "Beta features are provided without any commitment of support."])
N("pl-refund", "consumer", ["plain"], ["Refunds", "Faulty products"], [
    "If a product you bought from us is faulty, you can return it within 30 days for a full refund. After that, you "
    "are entitled to a repair or replacement.",
    "We will refund you using the same payment method you used, within 14 days of receiving the returned item."])
N("pl-gift", "consumer", ["plain"], ["Gift cards", "Credits"], [
    "Gift cards cannot be exchanged for cash and expire 24 months after purchase, unless the law where you live says "
    "otherwise.",
    "Promotional credits have no cash value and may not be transferred."])

# ---- Japanese-English negatives -----------------------------------------------------------------
N("jpe-antisocial", "jp-boilerplate", ["jpe"], ["Exclusion of Antisocial Forces", "Elimination of Antisocial Forces"], [
    "Each party represents and warrants that neither it nor its officers are antisocial forces, such as organised "
    "crime groups or members thereof, and covenants that it will not have any relationship with antisocial forces.",
    "If the other party breaches the preceding paragraph, either party may terminate {AGR} immediately without any "
    "notice, and {SH} not be liable for any damage arising from such termination."])
N("jpe-reconsign", "jp-boilerplate", ["jpe"], ["Re-consignment", "Subcontracting"], [
    "Party B {SH} not re-consign all or part of the Services to a third party without the prior written consent of "
    "Party A.",
    "Where Party B re-consigns any part of the Services with Party A's consent, Party B {SH} cause the re-consignee to "
    "comply with obligations equivalent to those of Party B under {AGR}."])
N("jpe-deliverables", "jp-boilerplate", ["jpe"], ["Delivery and Inspection", "Inspection"], [
    "Party A {SH} inspect the Deliverables within ten (10) business days after delivery and notify Party B of the "
    "results in writing. If Party A does not notify Party B within that period, the Deliverables {SH} be deemed to "
    "have passed the inspection.",
    "If the Deliverables do not conform to the specifications, Party B {SH} repair them or redeliver conforming "
    "Deliverables at its own cost."])
N("jpe-contract-nonconformity", "jp-boilerplate", ["jpe"], ["Liability for Non-conformity", "Warranty Against Defects"], [
    "If any non-conformity with the terms of {AGR} is found in the Deliverables within one (1) year after acceptance, "
    "Party A may demand that Party B cure the non-conformity, reduce the fee or compensate for damages.",
    "Party B's liability for non-conformity under the Civil Code of Japan {SH} be limited to the period of one year "
    "from the completion of inspection."])
N("jpe-damages", "jp-boilerplate", ["jpe"], ["Compensation for Damages", "Damages"], [
    "If either party causes damage to the other party by breach of {AGR}, it {SH} compensate the other party for "
    "ordinary and direct damage actually incurred, up to the amount of the fees paid under the Individual Contract.",
    "The limitation in the preceding paragraph {SH} not apply where the damage is caused by the wilful misconduct or "
    "gross negligence of the breaching party."])
N("jpe-termination", "jp-boilerplate", ["jpe"], ["Cancellation", "Termination"], [
    "If either party falls under any of the following items, the other party may cancel {AGR} in whole or in part "
    "without any notice: (1) it breaches {AGR} and fails to cure within a reasonable period after demand; (2) it "
    "becomes subject to a petition for bankruptcy or civil rehabilitation proceedings; (3) its bills or cheques are "
    "dishonoured.",
    "Upon the occurrence of any of the events set forth in the preceding paragraph, all obligations of the relevant "
    "party {SH} automatically become due and payable."])
N("jpe-validity", "jp-boilerplate", ["jpe"], ["Term of Agreement", "Validity Period"], [
    "{^AGR} {SH} be valid for one (1) year from the date of execution. Unless either party notifies the other of its "
    "intention not to renew at least three (3) months before expiry, {AGR} {SH} be renewed for a further year on the "
    "same terms, and the same applies thereafter.",
    "Even after the termination of {AGR}, the provisions regarding confidentiality and damages {SH} remain in effect."])
N("jpe-confidential", "jp-boilerplate", ["jpe"], ["Confidentiality", "Confidentiality Obligation"], [
    "Party A and Party B {SH} not disclose or leak to any third party any technical or business information of the "
    "other party obtained in connection with {AGR} without the other party's prior written consent.",
    "The obligations under the preceding paragraph {SH} survive for three (3) years after the termination of {AGR}."])
N("jpe-rights-transfer", "jp-boilerplate", ["jpe"], ["Prohibition of Assignment", "Assignment of Rights"], [
    "Neither party {SH} assign, transfer or pledge to any third party its contractual status under {AGR} or any "
    "rights or obligations arising from it without the other party's prior written consent.",
    "Party B {SH} not provide any claim against Party A arising under {AGR} as security to a third party."])
N("jpe-ownership", "jp-boilerplate", ["jpe"], ["Intellectual Property Rights", "Copyright"], [
    "Copyrights (including the rights under Articles 27 and 28 of the Copyright Act) in the Deliverables {SH} be "
    "transferred from Party B to Party A upon payment of the consideration. Party B {SH} not exercise moral rights "
    "against Party A.",
    "Rights to inventions made in the course of the Services {SH} belong to the party whose personnel made the "
    "invention."])
N("jpe-payment", "jp-boilerplate", ["jpe"], ["Payment", "Consideration"], [
    "Party A {SH} pay the consideration for the Services by the end of the month following the month in which the "
    "invoice is received, by transfer to the bank account designated by Party B. Transfer fees {SH} be borne by "
    "Party A.",
    "If Party A delays payment, it {SH} pay late payment charges at the rate of 14.6% per annum."])
N("jpe-report", "jp-boilerplate", ["jpe"], ["Reports", "Progress Reports"], [
    "Party B {SH} report the progress of the Services to Party A upon Party A's request.",
    "Party B {SH} promptly notify Party A if it becomes aware of any circumstance that may delay completion of the "
    "Services."])
N("jpe-change-info", "jp-boilerplate", ["jpe"], ["Notification of Changes"], [
    "If there is any change in its trade name, representative, address or bank account, a party {SH} promptly notify "
    "the other party in writing.",
    "Any damage arising from a failure to give notice under the preceding paragraph {SH} be borne by the party that "
    "failed to give notice."])
N("jpe-original", "jp-boilerplate", ["jpe"], ["Counterparts", "Execution"], [
    "In witness whereof, this Agreement has been prepared in duplicate, and each party {SH} retain one copy after "
    "affixing their names and seals.",
    "As evidence of the execution of {AGR}, an electronic record has been created, and each party {SH} retain it after "
    "applying its electronic signature."])

# ---- Japanese negatives -------------------------------------------------------------------
JN = ["ja"]
N("ja-kyogi", "good-faith", JN, ["協議事項", "協議", "誠実協議", "規定外事項"], [
    "{AGR}に定めのない事項又は{AGR}の解釈について疑義が生じた事項については、{P1}及び{P2}が誠実に協議の上、解決する"
    "ものとする。",
    "{AGR}に定めのない事項については、{P1}及び{P2}は、信義誠実の原則に従い、協議の上これを定めるものとする。",
    "{AGR}の各条項の解釈に疑義が生じたとき又は{AGR}に定めのない事項については、両当事者が誠意をもって協議し、円満に"
    "解決を図るものとする。"])
N("ja-kyogi-tos", "good-faith", JN, ["協議", "協議解決"], [
    "本規約に関して利用者と当社との間で問題が生じた場合には、利用者と当社は、誠意をもって協議し、その解決に努めるもの"
    "とします。",
    "本サービスの利用に関して疑義が生じた場合、当社及び利用者は誠実に協議するものとします。"])
N("ja-antisocial", "jp-boilerplate", JN, ["反社会的勢力の排除", "反社会的勢力の排除"], [
    "{P1}及び{P2}は、現在及び将来にわたり、自己又はその役員が暴力団、暴力団員、暴力団関係企業その他の反社会的勢力に"
    "該当しないことを表明し、保証する。",
    "{P1}又は{P2}は、相手方が前項に違反した場合、何らの催告を要せず、直ちに{AGR}を解除することができる。"])
N("ja-confidential", "jp-boilerplate", JN, ["秘密保持"], [
    "{P1}及び{P2}は、{AGR}に関連して知り得た相手方の技術上又は営業上の情報を、相手方の事前の書面による承諾なく第三者"
    "に開示又は漏えいしてはならない。",
    "前項の規定にかかわらず、法令又は裁判所若しくは行政機関の命令により開示を求められた情報については、必要な範囲で開示"
    "することができる。"])
N("ja-damages", "jp-boilerplate", JN, ["損害賠償"], [
    "{P1}又は{P2}は、{AGR}に違反して相手方に損害を与えた場合、相手方に現実に生じた通常かつ直接の損害を賠償する責任を負う。",
    "当社が利用者に対して損害賠償責任を負う場合、その賠償額は、当該損害が発生した月に利用者が支払った利用料金の額を上限"
    "とします。",
    "{AGR}に基づく損害賠償の請求は、損害発生の日から1年以内に行わなければならない。"])
N("ja-termination", "jp-boilerplate", JN, ["解除", "契約の解除"], [
    "{P1}又は{P2}は、相手方が次の各号のいずれかに該当したときは、何らの催告を要せず、直ちに{AGR}の全部又は一部を解除"
    "することができる。(1) {AGR}に違反し、相当の期間を定めて催告したにもかかわらず是正されないとき (2) 破産手続開始、"
    "民事再生手続開始の申立てがあったとき",
    "前項により{AGR}が解除された場合、解除された当事者は相手方に対する一切の債務について期限の利益を失う。"])
N("ja-term", "jp-boilerplate", JN, ["有効期間", "契約期間"], [
    "{AGR}の有効期間は、締結日から1年間とする。ただし、期間満了の3か月前までにいずれの当事者からも書面による別段の意思"
    "表示がないときは、同一条件でさらに1年間更新されるものとし、以後も同様とする。",
    "{AGR}の終了後も、第{SECNO}条（秘密保持）及び第{SECNO2}条（損害賠償）の規定は、なお効力を有する。"])
N("ja-assign", "jp-boilerplate", JN, ["権利義務の譲渡禁止", "譲渡禁止"], [
    "{P1}及び{P2}は、相手方の事前の書面による承諾を得ることなく、{AGR}上の地位又は{AGR}に基づく権利義務の全部若しくは"
    "一部を第三者に譲渡し、又は担保に供してはならない。",
    "利用者は、当社の書面による事前の承諾なく、利用契約上の地位又は本規約に基づく権利若しくは義務を第三者に譲渡できませ"
    "ん。"])
N("ja-payment", "jp-boilerplate", JN, ["支払", "委託料", "代金の支払"], [
    "{P1}は、{P2}に対し、本業務の対価として別途定める委託料を、毎月末日締め翌月末日までに{P2}の指定する銀行口座に振り込"
    "む方法により支払う。振込手数料は{P1}の負担とする。",
    "{P1}が支払を遅延したときは、支払期日の翌日から支払済みまで年14.6%の割合による遅延損害金を支払うものとする。"])
N("ja-ip", "jp-boilerplate", JN, ["知的財産権", "著作権"], [
    "成果物に関する著作権（著作権法第27条及び第28条に定める権利を含む。）は、委託料の支払完了時に{P2}から{P1}に移転す"
    "る。{P2}は、{P1}に対し、著作者人格権を行使しないものとする。",
    "本サービスに関する知的財産権は全て当社又は当社にライセンスを許諾している者に帰属します。"])
N("ja-personal-info", "law-mention", JN, ["個人情報の取扱い", "個人情報"], [
    "{P2}は、本業務の遂行に際して取り扱う個人情報を、個人情報の保護に関する法律その他の関係法令及びガイドラインに従い"
    "適切に管理するものとする。",
    "当社は、利用者の個人情報を、別途定めるプライバシーポリシーに従って適切に取り扱います。",
    "{P2}は、個人情報の漏えい等の事故が発生した場合、直ちに{P1}に報告し、その指示に従うものとする。"])
N("ja-comply", "law-mention", JN, ["法令遵守", "法令等の遵守"], [
    "{P1}及び{P2}は、{AGR}の履行にあたり、関係法令を遵守するものとする。",
    "{P2}は、下請代金支払遅延等防止法その他の関連法令を遵守し、{P1}に不利益を与えないよう努めるものとする。",
    "{P1}及び{P2}は、外国為替及び外国貿易法その他の輸出関連法令を遵守し、必要な許可を取得するものとする。"])
N("ja-force-majeure", "jp-boilerplate", JN, ["不可抗力"], [
    "天災地変、戦争、暴動、内乱、感染症の流行、法令の制定改廃、公権力による命令処分その他の不可抗力により{AGR}の全部又"
    "は一部の履行が遅延又は不能となった場合、いずれの当事者もその責任を負わない。",
    "前項の事由が3か月以上継続した場合、{P1}及び{P2}は協議の上、{AGR}を解除することができる。"])
N("ja-subcontract", "jp-boilerplate", JN, ["再委託"], [
    "{P2}は、{P1}の事前の書面による承諾を得た場合に限り、本業務の全部又は一部を第三者に再委託することができる。",
    "{P2}が本業務を再委託する場合、{P2}は再委託先に対し、{AGR}に基づき自己が負う義務と同等の義務を負わせるものとする。"])
N("ja-inspection", "jp-boilerplate", JN, ["検収", "納入及び検収"], [
    "{P1}は、成果物の納入後10営業日以内に検査を行い、その結果を{P2}に書面で通知する。期間内に通知がない場合は、検査に"
    "合格したものとみなす。",
    "検査の結果、成果物に契約不適合が発見された場合、{P2}は、自己の費用で修補又は代替物の納入を行うものとする。"])
N("ja-nonconformity", "jp-boilerplate", JN, ["契約不適合責任", "瑕疵担保責任"], [
    "検収完了後1年以内に成果物の契約不適合が発見された場合、{P1}は{P2}に対して、履行の追完、代金の減額又は損害賠償を"
    "請求することができる。",
    "{P2}は、民法第562条から第564条までの規定にかかわらず、{AGR}に定める範囲でのみ契約不適合責任を負う。"])
N("ja-survival", "jp-boilerplate", JN, ["存続条項", "残存条項"], [
    "{AGR}が期間満了又は解除により終了した場合でも、第{SECNO}条、第{SECNO2}条及び本条の規定は、なお効力を有する。",
    "{AGR}終了後も、秘密保持義務は3年間存続するものとする。"])
N("ja-notice", "jp-boilerplate", JN, ["通知", "届出事項の変更"], [
    "{P1}又は{P2}は、商号、代表者、住所又は振込先口座に変更があった場合、速やかに相手方に書面で通知しなければならない。",
    "当社から利用者への通知は、本サービス上への掲示又は登録メールアドレスへの電子メールの送信により行うものとします。"])
N("ja-changes-tos", "jp-boilerplate", JN, ["本規約の変更", "規約の変更"], [
    "当社は、民法第548条の4の規定に基づき、必要と判断した場合には、利用者に通知することなく本規約を変更することがで"
    "きるものとします。変更後の本規約は、当社ウェブサイトに掲示した時点から効力を生じます。",
    "本規約の変更後に利用者が本サービスを利用した場合、利用者は変更後の本規約に同意したものとみなします。"])
N("ja-prohibited", "jp-boilerplate", JN, ["禁止事項"], [
    "利用者は、本サービスの利用にあたり、以下の行為をしてはなりません。(1) 法令又は公序良俗に違反する行為 (2) 犯罪行為"
    "に関連する行為 (3) 当社のサーバー又はネットワークの機能を破壊したり、妨害したりする行為",
    "利用者は、本サービスを通じて得た情報を、当社の事前の承諾なく商業目的で利用してはなりません。"])
N("ja-disclaimer", "jp-boilerplate", JN, ["免責事項", "保証の否認"], [
    "当社は、本サービスに事実上又は法律上の瑕疵がないことを明示的にも黙示的にも保証しておりません。",
    "当社は、本サービスに起因して利用者に生じたあらゆる損害について、当社の故意又は重過失による場合を除き、一切の責任を"
    "負いません。ただし、本サービスに関する当社と利用者との間の契約が消費者契約法に定める消費者契約となる場合、この免責"
    "規定は適用されません。"])
N("ja-fees-tos", "jp-boilerplate", JN, ["利用料金及び支払方法", "料金"], [
    "利用者は、本サービスの有料部分の対価として、当社が別途定め、本ウェブサイトに表示する利用料金を、当社が指定する方法"
    "により支払うものとします。",
    "利用者が利用料金の支払を遅滞した場合には、利用者は年14.6%の割合による遅延損害金を支払うものとします。"])
N("ja-account", "jp-boilerplate", JN, ["利用登録", "ユーザーIDおよびパスワードの管理"], [
    "利用者は、自己の責任において、本サービスのユーザーID及びパスワードを適切に管理するものとします。",
    "登録希望者が当社の定める方法によって利用登録を申請し、当社がこれを承認することによって、利用登録が完了するものと"
    "します。"])
N("ja-suspension", "jp-boilerplate", JN, ["本サービスの提供の停止等", "利用制限"], [
    "当社は、本サービスにかかるコンピュータシステムの保守点検又は更新を行う場合、利用者に事前に通知することなく本サービ"
    "スの全部又は一部の提供を停止又は中断することができるものとします。",
    "当社は、利用者が本規約のいずれかの条項に違反した場合には、事前の通知なく、利用者に対して本サービスの利用を制限する"
    "ことができるものとします。"])
N("ja-language", "language", JN, ["言語", "正本"], [
    "{AGR}は日本語を正文とし、英語による翻訳文は参考のために作成されるものとする。両者の間に齟齬がある場合は、日本語版が"
    "優先する。",
    "本規約の英語版と日本語版との間に矛盾がある場合には、日本語版が優先するものとします。"])
N("ja-counterparts", "jp-boilerplate", JN, ["", "契約書の作成"], [
    "本契約締結の証として、本書2通を作成し、{P1}及び{P2}記名押印の上、各1通を保有する。",
    "本契約の成立を証するため、本電磁的記録を作成し、{P1}及び{P2}が合意の後電子署名を施し、各自その電磁的記録を保管す"
    "る。"])
N("ja-definitions", "jp-boilerplate", JN, ["定義"], [
    "{AGR}において使用する用語の定義は、次の各号に定めるとおりとする。(1)「本業務」とは、別紙に定める業務をいう。"
    "(2)「成果物」とは、本業務の遂行により作成される文書、プログラムその他の一切の物をいう。",
    "本規約において「本サービス」とは、当社が提供する「{JSERVICE}」という名称のサービスをいいます。"])
N("ja-purpose", "jp-boilerplate", JN, ["目的", "委託業務"], [
    "{P1}は、{P2}に対し、別紙に定める業務を委託し、{P2}はこれを受託する。",
    "本契約は、{P1}が{P2}に対して委託するシステム開発業務の取引条件を定めることを目的とする。"])
N("ja-individual", "jp-boilerplate", JN, ["個別契約", "適用範囲"], [
    "個別契約は、{P1}が注文書を{P2}に交付し、{P2}がこれを承諾した時点で成立する。{AGR}と個別契約の内容が異なる場合、"
    "個別契約の定めが優先する。",
    "{AGR}は、{P1}と{P2}との間で締結される全ての個別契約に適用されるものとする。"])
N("ja-audit", "jp-boilerplate", JN, ["監査", "報告及び調査"], [
    "{P1}は、必要に応じて、{P2}における個人情報の管理状況について報告を求め、又は立入調査を行うことができる。",
    "{P2}は、{P1}から本業務の進捗について報告を求められたときは、速やかにこれに応じなければならない。"])
N("ja-limitation", "claims-mention", JN, ["責任の制限"], [
    "{AGR}に関して{P1}が{P2}に対して負う損害賠償責任の総額は、債務不履行、不法行為その他請求原因の如何にかかわらず、"
    "個別契約に定める委託料の額を上限とする。",
    "前項の規定は、損害賠償義務者の故意又は重大な過失に基づく場合には適用しない。"])
N("ja-dispute-mention", "claims-mention", JN, ["第三者との紛争", "権利侵害"], [
    "成果物が第三者の知的財産権を侵害するとして第三者との間で紛争が生じた場合、{P2}は自己の責任と費用でこれを解決する"
    "ものとし、{P1}に一切の迷惑をかけないものとする。",
    "利用者が本サービスの利用に関して他の利用者又は第三者との間で紛争が生じた場合には、利用者の責任と費用で解決するもの"
    "とし、当社は一切責任を負いません。"])
N("ja-export", "law-mention", JN, ["輸出管理"], [
    "{P2}は、本製品を輸出する場合、外国為替及び外国貿易法及び米国輸出管理規則を遵守し、必要な手続を自らの責任で行うもの"
    "とする。",
    "{P1}及び{P2}は、本契約に基づき提供される技術情報を、大量破壊兵器の開発等の目的に使用してはならない。"])
N("ja-insurance", "jp-boilerplate", JN, ["保険"], [
    "{P2}は、本業務の遂行に関して生じ得る損害を塡補するため、賠償責任保険に加入し、{AGR}の有効期間中これを維持するもの"
    "とする。",
    "{P2}は、{P1}の求めがあるときは、保険証券の写しを提出しなければならない。"])
N("ja-publicity", "jp-boilerplate", JN, ["公表", "実績の公表"], [
    "{P2}は、{P1}の事前の書面による承諾を得ることなく、{AGR}の存在及び内容を第三者に公表してはならない。",
    "当社は、利用者の名称及びロゴを、導入実績として当社のウェブサイトに掲載することができるものとします。"])
N("ja-data-handling", "law-mention", JN, ["データの取扱い", "利用者データ"], [
    "当社は、法令に基づき開示を求められた場合を除き、利用者の同意なく利用者データを第三者に開示しません。",
    "{P2}は、{P1}から提供されたデータを本業務の目的以外に使用してはならず、本業務終了後は速やかに返還又は消去するもの"
    "とする。"])
N("ja-severability", "jp-boilerplate", JN, ["分離可能性"], [
    "本規約のいずれかの条項又はその一部が、消費者契約法その他の法令等により無効又は執行不能と判断された場合であっても、"
    "本規約の残りの規定は、継続して完全に効力を有するものとします。",
    "{AGR}の一部の規定が無効とされた場合でも、その他の規定の効力には影響を及ぼさないものとする。"])
N("ja-entire", "jp-boilerplate", JN, ["完全合意"], [
    "{AGR}は、{AGR}の対象事項に関する{P1}及び{P2}間の完全な合意を構成し、{AGR}締結以前の両当事者間の合意、表明及び了"
    "解に優先する。",
    "{AGR}の変更は、{P1}及び{P2}が記名押印した書面によってのみ行うことができる。"])
N("ja-limitation-period", "law-mention", JN, ["期間制限"], [
    "{P1}が本条に基づく請求を行う場合には、契約不適合を知った時から1年以内にその旨を{P2}に通知しなければならない。",
    "民法第166条の規定にかかわらず、{AGR}に基づく{P2}の請求権は、当該請求権を行使することができる時から2年間行使しない"
    "ときは、時効によって消滅する。"])
N("ja-cooperation", "good-faith", JN, ["協力", "信義誠実"], [
    "{P1}及び{P2}は、{AGR}の目的を達成するため、相互に協力し、信義に従い誠実に{AGR}を履行するものとする。",
    "{P1}は、{P2}が本業務を円滑に遂行できるよう、必要な資料及び情報を提供するものとする。"])
N("ja-personnel", "jp-boilerplate", JN, ["業務責任者", "作業従事者"], [
    "{P2}は、本業務の遂行に関する責任者を選任し、書面により{P1}に通知するものとする。",
    "本業務に従事する{P2}の作業従事者に対する指揮命令は、{P2}が行うものとし、{P1}は直接指揮命令を行わない。"])


# ---- more positive families ----------------------------------------------------------
P("gl-supply-goods", [GL], None, ["intl", "uk", "jpe"], H_GL, [
    "Each Purchase Order and the sale of Products under it {SH} be governed by {LAW}. {CISG}",
    "The sale and purchase of the Products {SH} be governed by {LAW}{NOCONF}."])
P("gl-software-licence-jp", [GL], None, ["jpe"], H_GL, [
    "This License Agreement {SH} be governed by and interpreted under the laws of Japan, without regard to the "
    "principles of conflict of laws.",
    "All matters concerning the license granted hereunder {SH} be governed by Japanese law."], jur=["JP"])
P("gl-dpa-main", [GL], None, ["uk", "intl"], H_GL, [
    "This Data Processing Addendum {SH} be governed by the law that governs the Main Agreement, which the parties "
    "confirm is {LAW}.",
    "This Addendum is governed by {LAW}, being the governing law of the Principal Agreement."])
P("gl-loan-style", [GL], None, ["uk", "intl"], H_GL, [
    "This Facility Agreement and any non-contractual obligations arising out of or in connection with it are "
    "governed by {LAW}.",
    "This Note {SH} be governed by, and interpreted in accordance with, {LAW}."])
P("gl-employment", [GL], None, ["uk", "us"], H_GL, [
    "This Employment Agreement {SH} be governed by {LAW}.",
    "Your employment and this offer letter are governed by {LAW}{NOCONF}."])
P("gl-both-parties-agree", [GL], None, FORMAL, H_GL, [
    "The parties expressly agree that {AGR} {SH} be interpreted and enforced according to {LAW}, and that no other "
    "law {SH} apply.",
    "It is agreed that {LAW} {SH} exclusively govern the interpretation and performance of {AGR}."])
P("gl-plain-us-state", [GL], None, ["plain"], H_GL, [
    "The laws of the State of {STATE}, excluding its conflict of laws rules, govern {AGR} and any claim between you "
    "and us.",
    "{^AGR} are governed by the laws of {STATE} and applicable United States federal law."], jur=US)
P("gl-jpe-individual", [GL], None, ["jpe"], H_GL, [
    "The governing law of this Basic Agreement and all Individual Contracts {SH} be the laws of Japan.",
    "This Basic Transaction Agreement and the Individual Contracts {SH} be governed by Japanese law."], jur=["JP"])
P("gl-order-form-jp", [GL], None, ["jpe"], ["Governing Law", "Special Terms"], [
    "Governing law: Laws of Japan",
    "Governing Law: the laws of Japan (without regard to conflict of laws)."], jur=["JP"])
P("gl-partnership", [GL], None, ["us", "intl"], H_GL, [
    "This Partner Agreement {SH} be governed by {LAW}, without regard to any rule that would cause the law of "
    "another jurisdiction to apply.",
    "The partner program terms are governed by {LAW}."])
P("gl-reseller", [GL], None, FORMAL, H_GL, [
    "This Reseller Agreement {SH} be governed by and interpreted in accordance with {LAW}.",
    "This Distribution Agreement is governed by {LAW}. {CISG}"])
P("ja-gl-license", [GL], None, ["ja"], JH_GL, [
    "本ライセンス契約は日本法に準拠し、同法に従って解釈されるものとする。",
    "本使用許諾契約の準拠法は、日本国の法令とする。"], jur=["JP"])
P("ja-gl-tos-foreign", [GL], None, ["ja"], JH_GL, [
    "本規約は、{JLAWF}に準拠し、これに従って解釈されるものとします。",
    "本規約の準拠法は{JLAWF}とします。ただし、利用者の居住国の強行法規の適用を妨げるものではありません。"],
  jur=["US-CA", "US-DE", "US-NY", "SG", "IE"])
P("both-excl-proceedings", [GL, DR], "courts", ["uk", "intl"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}, and the parties agree that {COURTS} are the proper forum for any proceedings "
    "arising out of or in connection with {AGR}.",
    "{LAW_CAP} {SH} govern {AGR}, and any proceedings {SH} be brought exclusively before {COURTS}."], forum="court")
P("both-jpe-osaka", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of Japan. In the event that litigation becomes necessary in relation to "
    "{AGR}, the {JCOURTE} {SH} be the exclusive court of competent jurisdiction in the first instance.",
    "The governing law {SH} be the laws of Japan, and the {JCOURTE} {SH} have exclusive jurisdiction in the first "
    "instance."], jur=["JP"], forum="jcourte")
P("both-jpe-huka", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of Japan, and the parties agree to submit to the non-exclusive jurisdiction "
    "of the {JCOURTE}.",
    "The laws of Japan {SH} govern {AGR}. The {JCOURTE} {SH} have non-exclusive jurisdiction of the first instance "
    "over disputes arising out of {AGR}."], jur=["JP"], forum="jcourte")
P("both-jpe-floating", [GL, DR], "courts", ["jpe"], H_BOTH, [
    "{^AGR} {SH} be governed by the laws of Japan. The district court having jurisdiction over the location of the "
    "head office of the defendant {SH} be the exclusive court of first instance.",
    "Japanese law {SH} govern {AGR}, and any action {SH} be filed with the court having jurisdiction over the "
    "defendant's principal office."], jur=["JP"], forum="court of the defendant's head office")
P("both-us-state-fed", [GL, DR], "courts", ["us"], H_BOTH, [
    "{^AGR} {SH} be governed by {LAW}. Each party irrevocably consents to the exclusive jurisdiction of {COURTS} and "
    "agrees that all claims in respect of any action {SH} be heard and determined in such courts.",
    "{LAW_CAP} {SH} govern {AGR}. Any claim {SH} be litigated exclusively in {COURTS}, and each party consents to "
    "personal jurisdiction and venue there."], jur=US, forum="court")
P("both-gov-us", [GL, DR], "courts", ["us"], H_BOTH, [
    "{^AGR} {SH} be governed by the law of the State of {STATE}. Any legal action against the State {SH} be brought "
    "in {COURTS}, and Contractor waives any right to remove the action to another venue.",
    "This Contract is governed by the laws of {STATE}. The Contractor consents to jurisdiction and venue in {COURTS}."],
  jur=US, forum="court")
P("both-arb-sg-law", [GL, DR], "arbitration", ["intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by Singapore law. {^ARISE} {SH} be referred to and finally resolved by arbitration "
    "administered by the Singapore International Arbitration Centre under its rules in force for the time being. The "
    "seat of arbitration {SH} be Singapore. The tribunal {SH} consist of {NARB}.",
    "Singapore law {SH} govern {AGR}, and disputes {SH} be resolved by SIAC arbitration seated in Singapore."],
  jur=["SG"], inst=["SIAC"], forum="inst")
P("both-arb-hk-law", [GL, DR], "arbitration", ["intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by Hong Kong law. {^ARISE} {SH} be finally resolved by arbitration administered by HKIAC "
    "under the HKIAC Administered Arbitration Rules, seated in Hong Kong.",
    "Hong Kong law {SH} govern {AGR}. Disputes {SH} be referred to arbitration in Hong Kong under the HKIAC "
    "Administered Arbitration Rules, to be conducted in {LANG}."], jur=["HK"], inst=["HKIAC"], forum="inst")
P("both-arb-eng-lcia", [GL, DR], "arbitration", ["uk", "intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by English law. Any dispute {SH} be referred to and finally resolved by arbitration under "
    "the LCIA Rules, seated in London, before {NARB}.",
    "English law {SH} govern {AGR}, and all disputes {SH} be resolved by LCIA arbitration in London."],
  jur=["GB-ENG"], inst=["LCIA"], forum="inst")
P("both-arb-swiss", [GL, DR], "arbitration", ["intl"], H_BOTH + H_ARB, [
    "{^AGR} {SH} be governed by Swiss law. {^ARISE} {SH} be resolved by arbitration in accordance with the Swiss Rules "
    "of International Arbitration. The seat of the arbitration {SH} be Zurich.",
    "Swiss substantive law {SH} govern {AGR}, excluding the Vienna Convention. Disputes {SH} be decided by {NARB} in "
    "an arbitration seated in Geneva under the Swiss Rules of International Arbitration."], jur=["CH"],
  forum="Swiss Arbitration Centre")
P("both-mixed-courts", [GL, DR], "mixed", FORMAL, H_BOTH + H_MIX, [
    "{^AGR} {SH} be governed by {LAW}. The parties {SH} first try to resolve any dispute through discussion between "
    "{EXEC}. If the dispute is not resolved within {DAYS} days, it {SH} be submitted to the exclusive jurisdiction of "
    "{COURTS}.",
    "{LAW_CAP} {SH} govern {AGR}. Disputes {SH} be escalated to {EXEC} before either party commences proceedings in "
    "{COURTS}."], forum="court")
P("both-mixed-arb", [GL, DR], "mixed", FORMAL, H_BOTH + H_MIX, [
    "{^AGR} {SH} be governed by {LAW}. Any dispute not settled by mediation within {DAYS} days {SH} be finally resolved "
    "by arbitration under {RULES} seated in {SEAT}.",
    "{LAW_CAP} {SH} govern {AGR}. The parties {SH} attempt mediation with {MEDIATOR}; failing settlement, the dispute "
    "{SH} be finally settled by arbitration administered by {INSTNAME} in {SEAT}."], forum="inst")
P("both-plain-arb-uk", [GL, DR], "courts", ["plain"], H_BOTH, [
    "{^AGR} are governed by {LAW}. If you want to take court proceedings, the relevant courts of {LAWPLACE} will have "
    "exclusive jurisdiction in relation to {AGR}.",
    "{LAW_CAP} will apply to {AGR}, and you and we agree that {COURTS} will hear any dispute."],
  jur=["GB-ENG", "IE", "SG", "AU-NSW"], forum="court")
P("ja-both-license", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "本ライセンス契約は日本法に準拠する。本ライセンス契約に関する一切の紛争は、{JCOURT}を第一審の専属的合意管轄裁判所とす"
    "る。",
    "本使用許諾契約の準拠法は日本法とし、本使用許諾契約に関して生じる訴訟については、{JCOURT}を専属的合意管轄裁判所とする。"],
  jur=["JP"], forum="jcourt")
P("ja-both-ikko", [GL, DR], "courts", ["ja"], JH_BOTH, [
    "{AGR}の準拠法は日本法とし、{AGR}に関する一切の紛争については、その訴額に応じ、{JCOURT}又は{JCOURTSUM}を第一審の専属"
    "的合意管轄裁判所とする。",
    "本契約及び個別契約は日本法に準拠し、これらに関する紛争は{JCOURT}の専属的管轄に服する。"], jur=["JP"], forum="jcourt")
P("ja-both-tos-arb", [GL, DR], "arbitration", ["ja"], JH_BOTH, [
    "本規約は日本法に準拠します。本規約に関する紛争は、一般社団法人日本商事仲裁協会の商事仲裁規則に従い、東京において仲裁"
    "により最終的に解決するものとします。",
    "本規約の準拠法は日本法とし、本規約に起因する紛争は、一般社団法人日本商事仲裁協会による仲裁によって解決されるものとし"
    "ます。仲裁地は東京とします。"], jur=["JP"], inst=["JCAA"], forum="JCAA, Tokyo")

# ---- more negative families ----------------------------------------------------------
N("dispute-mention-service", "claims-mention", FORMAL, ["Service Credits", "Credits"], [
    "If {P2} disagrees with {P1}'s calculation of Service Credits, it may raise the matter with its account manager "
    "within thirty days, and {P1} {SH} review the calculation and respond in writing.",
    "Any disagreement about whether a Service Level was met {SH} be discussed at the next monthly service review."])
N("dispute-mention-audit", "claims-mention", FORMAL, ["Audit Findings"], [
    "If an audit reveals an underpayment, {P2} {SH} pay the shortfall within thirty days. If {P2} disputes the "
    "auditor's findings, it {SH} provide written reasons and supporting evidence within the same period.",
    "The costs of the audit {SH} be borne by {P1} unless the audit reveals an underpayment of more than five per "
    "cent."])
N("claims-notice-procedure", "claims-mention", ["us", "uk"], ["Claims Procedure", "Notice of Claims"], [
    "A party seeking indemnification {SH} give the indemnifying party written notice of the claim within fifteen "
    "business days after receiving notice of it, although failure to give notice {SH} relieve the indemnifying party "
    "only to the extent it is prejudiced.",
    "Claims for shortage or damage in transit must be notified to the carrier and to {P1} within three days of "
    "delivery."])
N("court-order-disclosure", "law-mention", FORMAL, ["Compelled Disclosure", "Legally Required Disclosure"], [
    "If the receiving party is required by law, regulation or a court order to disclose Confidential Information, it "
    "{SH} give the disclosing party prompt written notice so that the disclosing party may seek a protective order.",
    "A party may disclose Confidential Information to the extent required by the rules of any stock exchange on which "
    "its shares are listed."])
N("govt-contract-clauses", "law-mention", ["us"], ["Federal Contract Provisions", "Government End Users"], [
    "The Software is a \"commercial item\" as defined at 48 C.F.R. 2.101, and Government end users acquire it only "
    "with those rights set forth in {AGR}.",
    "{^P1} {SH} comply with Executive Order 11246, the Vietnam Era Veterans' Readjustment Assistance Act and the "
    "Rehabilitation Act, to the extent applicable."])
N("dpa-governing-authority", "law-mention", ["uk", "intl"], ["Supervisory Authority", "Cooperation with Authorities"], [
    "{^P1} {SH} cooperate with any supervisory authority in the performance of its tasks, including the Information "
    "Commissioner's Office in the United Kingdom.",
    "Each party {SH} notify the other without delay of any inquiry from a data protection authority relating to the "
    "processing under {AGR}."])
N("statutory-interest-us", "law-mention", ["us"], ["Late Charges"], [
    "Overdue amounts {SH} bear interest at the lesser of one and one-half percent per month or the maximum rate "
    "permitted by applicable law.",
    "{^P1} may charge a late fee of five percent on any invoice that remains unpaid thirty days after the due date, "
    "to the extent permitted by law."])
N("ip-infringement-remedy", "boilerplate", FORMAL, ["Infringement Remedies", "Mitigation"], [
    "If the Services become, or in {P1}'s opinion are likely to become, the subject of an infringement claim, {P1} "
    "may procure the right for {P2} to continue using them, modify them to be non-infringing, or terminate the "
    "affected Services and refund any prepaid Fees.",
    "{^P1} {SH} have no obligation for any claim arising from the combination of the Services with products not "
    "supplied by {P1}."])
N("ai-model-neg", "boilerplate", FORMAL, ["Use of AI Tools"], [
    "{^P1} {SH} not use generative AI tools to create any Deliverable without {P2}'s prior written approval.",
    "{^P1} {SH} disclose to {P2} any third-party AI service used in performing the Services."])
N("support", "boilerplate", FORMAL, ["Support", "Support and Maintenance"], [
    "{^P1} {SH} provide support by email and telephone during Business Hours and {SH} respond to Priority 1 incidents "
    "within one hour.",
    "Maintenance releases {SH} be provided at no additional charge to {P2} for as long as it pays the annual support "
    "fee."])
N("reps-authority-jp", "jp-boilerplate", ["jpe"], ["Representations and Warranties"], [
    "Each party represents and warrants to the other party that it has obtained all internal approvals required for "
    "the execution of {AGR}.",
    "Party B represents that the Deliverables do not infringe the rights of any third party."])
N("records-retention", "boilerplate", FORMAL, ["Retention", "Data Retention", "Deletion"], [
    "Within thirty days after termination, {P1} {SH} delete all {P2} Data in its possession, unless applicable law "
    "requires it to retain a copy, in which case the retained copy {SH} remain confidential.",
    "{^P1} {SH} keep backups of {P2} Data for no longer than ninety days."])
N("warranty-period", "boilerplate", FORMAL, ["Warranty Period", "Defects"], [
    "{^P1} warrants that the Goods will be free from defects in design, material and workmanship for twelve months "
    "after delivery.",
    "If any Goods fail to conform to the warranty, {P1} {SH}, at its option, repair or replace them or refund the "
    "price."])
N("minimum-purchase", "boilerplate", ["intl", "us"], ["Minimum Purchase", "Forecasts"], [
    "The Distributor {SH} purchase at least the Minimum Annual Quantity of Products in each Contract Year.",
    "{^P2} {SH} provide a rolling twelve-month non-binding forecast of its requirements each quarter."])
N("price-changes", "boilerplate", FORMAL, ["Price Changes", "Pricing"], [
    "{^P1} may adjust the prices of the Products on sixty days' written notice to reflect changes in the cost of raw "
    "materials.",
    "Prices are fixed for the Initial Term and thereafter may be increased annually in line with the Consumer Price "
    "Index."])
N("pl-cookies", "consumer", ["plain"], ["Cookies"], [
    "We use cookies and similar technologies to keep you signed in and to understand how the Service is used. You can "
    "manage your choices in your browser settings.",
    "Some cookies are essential for the Service to work; others help us improve it and you can switch them off."])
N("pl-feedback", "consumer", ["plain"], ["Feedback", "Ideas"], [
    "We love hearing your ideas. If you send us feedback, we can use it without paying you or owing you anything.",
    "Any suggestions you share with us may be used to improve our products."])
N("pl-security", "consumer", ["plain"], ["Keeping your account safe", "Security"], [
    "Turn on two-step verification to protect your account. We will never ask for your password by email.",
    "If you notice suspicious activity on your account, change your password and contact us straight away."])
N("pl-law-enforcement", "law-mention", ["plain"], ["Requests from authorities", "Law enforcement"], [
    "We may share your information with police or regulators if the law requires us to, for example in response to a "
    "court order under the laws of {LAWPLACE}. Where we can, we will tell you first.",
    "We only disclose user data to government authorities when we receive a valid legal request, and we publish a "
    "transparency report twice a year."])
N("pl-export", "law-mention", ["plain"], ["Export rules", "Sanctions"], [
    "You may not use the Service if you are located in a country subject to United States embargoes or if you are on "
    "a government list of restricted persons.",
    "You confirm that you are not barred from receiving services under the laws of the United States or any other "
    "applicable country."])
N("ja-price", "jp-boilerplate", JN, ["価格", "単価の改定"], [
    "本製品の単価は別途定める価格表によるものとし、{P1}及び{P2}は、経済情勢の変動その他の事由により必要が生じた場合、"
    "協議の上これを改定することができる。",
    "{P2}は、{P1}の書面による承諾なく、本製品の価格を変更してはならない。"])
N("ja-delivery-risk", "jp-boilerplate", JN, ["所有権及び危険負担", "危険負担"], [
    "本製品の所有権は、代金の完済時に{P1}から{P2}に移転する。本製品の滅失、毀損等の危険は、引渡し時に{P2}に移転する。",
    "引渡し前に生じた本製品の滅失又は毀損は、{P2}の責に帰すべき事由による場合を除き、{P1}の負担とする。"])
N("ja-support", "jp-boilerplate", JN, ["保守", "サポート"], [
    "当社は、平日午前10時から午後6時までの間、電子メールにより本サービスに関する問い合わせに対応します。",
    "{P2}は、保守期間中、本ソフトウェアの不具合について修正プログラムを提供するものとする。"])
N("ja-deletion", "jp-boilerplate", JN, ["データの返還及び消去", "資料の返還"], [
    "{P2}は、{AGR}の終了後、{P1}から提供を受けた資料及びデータを速やかに返還し、又は{P1}の指示に従い消去するものとする。",
    "当社は、利用契約の終了後30日を経過した時点で、利用者のデータを削除することができるものとします。"])
N("ja-security", "jp-boilerplate", JN, ["安全管理措置", "情報セキュリティ"], [
    "{P2}は、{P1}から預託された情報の漏えい、滅失又は毀損の防止のため、必要かつ適切な安全管理措置を講じるものとする。",
    "当社は、本サービスのセキュリティを確保するため、合理的な技術的措置を講じます。"])
N("ja-reps", "jp-boilerplate", JN, ["表明保証"], [
    "{P1}及び{P2}は、{AGR}の締結及び履行に必要な社内手続を全て完了していることを相互に表明し、保証する。",
    "{P2}は、成果物が第三者の知的財産権を侵害していないことを保証する。"])
N("ja-competition", "law-mention", JN, ["競業避止", "独占禁止法"], [
    "{P2}は、{AGR}の有効期間中、{P1}の事前の書面による承諾なく、本製品と競合する製品を取り扱ってはならない。ただし、"
    "私的独占の禁止及び公正取引の確保に関する法律に抵触する範囲においてはこの限りでない。",
    "{P1}及び{P2}は、下請法及び独占禁止法の趣旨を尊重し、優越的地位の濫用に当たる行為を行わないものとする。"])


# ---- hard negatives that name the law or dispute sections without choosing them --------------
N("survival-refs", "claims-mention", FORMAL, ["Survival", "Effect of Termination"], [
    "The following provisions survive termination: Confidentiality, Limitation of Liability, Indemnification, "
    "Governing Law and Dispute Resolution, and any accrued payment obligations.",
    "Clauses {SECNO} (Confidentiality), {SECNO2} (Liability) and 25 (Governing Law and Jurisdiction) {SH} continue in "
    "force after termination of {AGR}."])
N("xref-dispute-clause", "claims-mention", FORMAL, ["Termination for Convenience", "Suspension", "Remedies"], [
    "Without prejudice to Clause {SECNO} (Dispute Resolution), either party may terminate {AGR} on ninety days' "
    "written notice.",
    "Nothing in this clause affects either party's rights under the dispute resolution procedure, and {P1}'s right "
    "to suspend the Services is in addition to those rights."])
N("definition-dispute", "claims-mention", FORMAL, ["Definitions"], [
    "\"Dispute\" means any dispute, difference or question of interpretation arising out of or in connection with "
    "{AGR}.",
    "\"Court\" means any court, tribunal or other judicial body, and \"Proceedings\" means any litigation, arbitration "
    "or other legal proceedings."])
N("comply-named-law", "law-mention", FORMAL, ["Compliance with Laws", "Local Laws"], [
    "{^P1} {SH} comply with the laws of {LAWPLACE} that apply to the provision of the Services, including laws on "
    "employment, health and safety and consumer protection.",
    "When operating in {LAWPLACE}, {P2} {SH} obtain all licences required by local law before using the Products."])
N("applicable-law-generic", "law-mention", FORMAL, ["Applicable Laws", "Legal Requirements"], [
    "{^P1} {SH} perform {AGR} in accordance with applicable law and good industry practice.",
    "Where applicable law requires a longer retention period, {P1} {SH} retain the records for that period."])
N("misc-combined", "boilerplate", FORMAL, ["Miscellaneous", "General", "General Provisions"], [
    "{^AGR} may be executed in counterparts. No waiver {SH} be effective unless in writing. If any provision is held "
    "unenforceable, the remainder {SH} continue in effect. Headings are for convenience only.",
    "Neither party may assign {AGR} without consent, except to an Affiliate. Notices must be in writing. The parties "
    "are independent contractors. {^AGR} is the entire agreement of the parties."])
N("arbitration-mention-neg", "claims-mention", FORMAL, ["Costs of Proceedings", "Confidentiality of Proceedings"], [
    "Each party {SH} treat as confidential any information disclosed to it in the course of any proceedings between "
    "the parties, including any award or judgment.",
    "The existence and terms of any settlement reached between the parties {SH} be treated as Confidential "
    "Information."])
N("ja-xref", "claims-mention", JN, ["存続条項", "契約終了後の措置"], [
    "{AGR}が終了した場合であっても、第{SECNO}条（秘密保持）、第{SECNO2}条（損害賠償）、準拠法及び合意管轄に関する規定は、"
    "なお有効に存続する。",
    "{AGR}終了後においても、{P1}及び{P2}は、終了前に生じた債務を履行しなければならない。"])
N("ja-comply-specific", "law-mention", JN, ["法令遵守", "許認可"], [
    "{P2}は、本業務の遂行にあたり、労働基準法、労働者派遣法その他の労働関係法令を遵守するものとする。",
    "{P1}及び{P2}は、電気通信事業法その他本サービスの提供に適用される日本の法令を遵守するものとする。"])
N("jpe-comply-japan", "law-mention", ["jpe"], ["Compliance with Laws and Regulations"], [
    "Party B {SH} comply with the Labour Standards Act and other applicable laws of Japan in performing the Services.",
    "Each party {SH} observe the laws and regulations of Japan, including the Act on the Protection of Personal "
    "Information, in connection with {AGR}."])


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

NUMW = {1: "one", 3: "three"}
JSEATS = {"Tokyo": "東京", "Osaka": "大阪", "Kobe": "神戸", "Singapore": "シンガポール", "Paris": "パリ",
          "Geneva": "ジュネーブ", "London": "ロンドン", "New York": "ニューヨーク", "Zurich": "チューリッヒ",
          "Hong Kong": "香港"}
JINSTS = {"SIAC": "シンガポール国際仲裁センター", "ICC": "国際商業会議所", "HKIAC": "香港国際仲裁センター",
          "JCAA": "一般社団法人日本商事仲裁協会"}
COURTS_JA = {"US-NY": "ニューヨーク州ニューヨーク郡所在の州裁判所又は連邦裁判所", "US-CA": "カリフォルニア州サンフランシスコ郡所在の州裁判所又は連邦裁判所",
             "US-DE": "デラウェア州の州裁判所又は連邦裁判所", "SG": "シンガポールの裁判所", "GB-ENG": "イングランドの裁判所",
             "HK": "香港の裁判所"}
LAWPLACES = {"US-NY": "the State of New York", "US-DE": "the State of Delaware", "US-CA": "the State of California",
             "US-TX": "the State of Texas", "US-WA": "the State of Washington", "US-IL": "the State of Illinois",
             "US-MA": "the Commonwealth of Massachusetts", "GB-ENG": "England and Wales", "GB-SCT": "Scotland",
             "JP": "Japan", "SG": "Singapore", "HK": "Hong Kong", "DE": "Germany", "FR": "France", "CH": "Switzerland",
             "NL": "the Netherlands", "IE": "Ireland", "CN": "the People's Republic of China", "KR": "the Republic of Korea",
             "IN": "India", "AU-NSW": "New South Wales", "CA-ON": "the Province of Ontario", "SE": "Sweden"}
DOMAINS = ["harrowgate.example", "orrery.example", "pellucid.example", "velmont.example", "sunfold.example"]
CURRENCIES = ["US dollars", "pounds sterling", "euros", "Japanese yen", "the currency stated on the invoice"]
JSERVICES = ["AOBA Cloud", "ミナトノート", "ひかり分析", "SAKURA Connect"]


def extra_slots(s, meta, rng):
    code = meta["code"]
    s["LAW_CAP"] = cap(s["LAW"])
    s["COURTS_CAP"] = cap(s["COURTS"])
    s["LAWPLACE"] = LAWPLACES.get(code, "the relevant jurisdiction")
    s["STATE_OR_COUNTRY"] = s["LAWPLACE"]
    s["SECNO"] = str(rng.randint(8, 24))
    s["SECNO2"] = str(rng.randint(8, 24))
    s["AGR_UP"] = s["AGR"].upper()
    s["P1_UP"] = s["P1"].upper()
    s["P2_UP"] = s["P2"].upper()
    n = 1 if "one" in s["NARB"] or "sole" in s["NARB"] or "single" in s["NARB"] else 3
    s["NARB_N"] = rng.choice([NUMW[n], f"{NUMW[n]} ({n})"])
    s["JNARB"] = "1名" if n == 1 else "3名"
    s["JLANG"] = "日本語" if s["LANG"] == "Japanese" else "英語"
    s["JSEAT"] = JSEATS.get(meta["seat"], "東京")
    s["JSEAT2"] = JSEATS.get(meta["seat"], meta["seat"])
    s["JINST"] = JINSTS.get(meta["inst"], "国際商業会議所")
    s["COURTS_JA"] = COURTS_JA.get(code, "シンガポールの裁判所")
    s["JCOURTSUM"] = meta["jc"].replace("地方裁判所", "簡易裁判所")
    s["NOCONF"] = NOCONF
    s["CISG"] = CISG
    s["DOMAIN"] = rng.choice(DOMAINS)
    s["CURRENCY"] = rng.choice(CURRENCIES)
    s["JSERVICE"] = rng.choice(JSERVICES)
    return s


def forum_of(fam, s, meta, tpl=""):
    f = fam["forum"]
    if f == "inst" and "{SEAT" not in tpl and "{JSEAT" not in tpl:
        return meta["inst"]
    if f is None:
        return None
    if f == "court":
        return meta["court"]
    if f == "jcourt":
        return meta["jc"]
    if f == "jcourte":
        return meta["jce"]
    if f == "inst":
        return f"{meta['inst']}, {meta['seat']}"
    if f == "seat":
        return meta["seat"]
    if f == "seat-city":
        return meta["ccity"]
    return f


def render(fam, rng, positive):
    vname = rng.choice(fam["voices"])
    s, meta = make_ctx(vname, fam, rng)
    s = extra_slots(s, meta, rng)
    tpl = rng.choice(fam["t"])
    text = fill(tpl, s, rng)
    heads = [h for h in fam["heads"] if h]
    text = decorate(text, heads, vname, rng)
    row = dict(text=text, labels=list(fam["labels"]) if positive else [], stance={}, binds={},
               family=("ld-" + fam["name"]), style=VOICES[vname]["style"])
    if positive:
        jur = meta["code"]
        if fam.get("jur") == [None]:
            jur = None
        elif GL not in fam["labels"]:
            if fam["forum"] == "inst":
                jur = meta["seat_code"]
        row["jurisdiction"] = jur
        row["mechanism"] = fam["mech"] if DR in fam["labels"] else None
        row["forum"] = forum_of(fam, s, meta, tpl) if DR in fam["labels"] else None
    else:
        row["negative_kind"] = fam["kind"]
    return row


def generate(seed=SEED):
    rng = random.Random(seed)
    rows, seen = [], set()

    def emit(fams, per, positive):
        for fam in fams:
            n_ok, tries = 0, 0
            target = per(fam)
            while n_ok < target and tries < target * 8:
                tries += 1
                r = render(fam, rng, positive)
                key = re.sub(r"\s+", " ", r["text"]).strip().lower()
                if key in seen:
                    continue
                seen.add(key)
                rows.append(r)
                n_ok += 1

    def per_pos(fam):
        base = 6 if len(fam["t"]) >= 3 else 5
        if "ja" in fam["voices"]:
            base += 1
        return base

    def per_neg(fam):
        return 9 if len(fam["t"]) >= 3 else 8

    emit(POS, per_pos, True)
    emit(NEG, per_neg, False)
    for i, r in enumerate(rows):
        r["id"] = f"ld-{i:05d}"
    order = ["id", "text", "labels", "stance", "binds", "family", "style", "negative_kind", "jurisdiction",
             "mechanism", "forum"]
    return [{k: r[k] for k in order if k in r} for r in rows]


def summary(rows):
    c = Counter()
    fams = {GL: set(), DR: set(), "neg": set()}
    ja = 0
    for r in rows:
        if not r["labels"]:
            c["negative"] += 1
            fams["neg"].add(r["family"])
        for lab in r["labels"]:
            c[lab] += 1
            fams[lab].add(r["family"])
        if r["labels"] and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", r["text"]):
            ja += 1
    print(f"rows {len(rows)}: governing_law {c[GL]} ({len(fams[GL])} families), dispute_resolution {c[DR]} "
          f"({len(fams[DR])} families), negatives {c['negative']} ({len(fams['neg'])} families), "
          f"Japanese positives {ja}")
    print("styles:", dict(Counter(r["style"] for r in rows)))
    print("mechanism:", dict(Counter(r.get("mechanism") for r in rows if DR in r["labels"])))
    print("negative kinds:", dict(Counter(r.get("negative_kind") for r in rows if not r["labels"])))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    rows = generate()
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    summary(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
