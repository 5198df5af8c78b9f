#!/usr/bin/env python3
"""Gap-filling training clauses for clausecheck: Japanese AI clauses (all four
AI labels plus Japanese hard negatives) and English model_disclosure forms the
other generators lack (deprecation notice, procurement documentation duties,
component disclosure, order-form feature tables, output notices naming a
model, vendor discretion over architecture, plugin/extension terms) with
close English hard negatives.

Every sentence was written for clausecheck; nothing is copied.  Provider and
model names are used only as facts; vendor names are invented.

Each family is one clause idea with 2-5 templates of different structure.  A
template starts with a register code (see REG) and may contain slots
({V} vendor, {U} customer, {SVC} service, {P} provider, {M} model, {N} notice
period, {PL} platform) and inline alternatives [[a|b]].  Each template yields
up to VARIANTS distinct texts, drawn with an RNG seeded per family.

Usage:  python models/training/gen/gaps_ja_disclosure.py [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "gaps_ja_disclosure.jsonl"
VARIANTS = 3

JA_MODELS = [("OpenAI社", "GPT-4o"), ("OpenAI社", "GPT-4.1"), ("Anthropic社", "Claude"),
             ("Anthropic社", "Claude 3.5 Sonnet"), ("Google社", "Gemini"), ("Google社", "Gemini 1.5 Pro"),
             ("Meta社", "Llama 3"), ("Mistral AI社", "Mistral Large"), ("Cohere社", "Command R+")]
JA_PLAT = ["Azure OpenAI Service", "Amazon Bedrock", "Google Cloud Vertex AI"]
EN_MODELS = [("OpenAI", "GPT-4o"), ("OpenAI", "GPT-4.1 mini"), ("Anthropic", "Claude 3.5 Sonnet"),
             ("Anthropic", "Claude 3 Haiku"), ("Google", "Gemini 1.5 Pro"), ("Google", "Gemini 2.0 Flash"),
             ("Meta", "Llama 3.1 70B"), ("Mistral AI", "Mistral Large"), ("Cohere", "Command R+"),
             ("Meta", "Llama 3 8B Instruct"), ("Mistral AI", "Mixtral 8x7B")]
EN_PLAT = ["Azure OpenAI Service", "Amazon Bedrock", "Google Cloud Vertex AI"]
PLAT_FOR = {"OpenAI": ["Azure OpenAI Service"], "Anthropic": ["Amazon Bedrock", "Google Cloud Vertex AI"],
            "Google": ["Google Cloud Vertex AI"], "Meta": ["Amazon Bedrock", "Google Cloud Vertex AI"],
            "Mistral AI": ["Amazon Bedrock", "Google Cloud Vertex AI"], "Cohere": ["Amazon Bedrock"]}

# register code -> (style, slot fills)
REG = {
    "D": ("ja-consumer", dict(V=["当社"], U=["お客様", "ユーザー", "利用者の皆様"], SVC=["本サービス", "本アプリ", "当サービス"],
                              N=["30日", "14日", "1か月", "2週間"])),
    "J": ("ja-contract", dict(VU=[("当社", "利用者"), ("当社", "契約者"), ("提供者", "利用者"), ("ベンダー", "ユーザー"),
                                  ("受託者", "委託者"), ("当社", "顧客")],
                              SVC=["本サービス", "本システム", "本クラウドサービス", "本ソフトウェア"], N=["30日", "60日", "90日", "3か月"])),
    "K": ("ja-kouotsu", dict(V=["乙"], U=["甲"], SVC=["本サービス", "本システム", "本件AIシステム", "本件ソフトウェア"],
                             N=["30日", "60日", "90日", "3か月"])),
    "E": ("us-saas", dict(V=["Provider", "Vendor", "Quillmark", "Brisa Analytics", "Halvern"], U=["Customer", "Subscriber"],
                          SVC=["the Service", "the Platform", "the AI Assistant", "the Subscription Service"],
                          N=["thirty (30) days", "sixty (60) days", "ninety (90) days", "six (6) months", "120 days"])),
    "G": ("gov-procurement", dict(V=["the Supplier", "the Contractor", "the Tenderer"], U=["the Authority", "the Buyer", "the Agency", "the Contracting Authority"],
                                  SVC=["the AI System", "the Solution", "the Service", "the Platform"],
                                  N=["thirty (30) days", "sixty (60) days", "three (3) months", "six (6) months"])),
    "P": ("plain-english", dict(V=["we"], U=["you"], SVC=["the Service", "the app", "our product", "the assistant"],
                                N=["30 days", "60 days", "two weeks", "90 days", "three months"])),
    "O": ("order-form", dict(V=["Provider", "Vendor", "Supplier"], U=["Customer", "Client"], SVC=["the Services"], N=["30 days", "60 days", "90 days"])),
    "X": ("api-developer", dict(V=["we", "Lattice Tools", "Pellucid"], U=["you", "Developer"], SVC=["the Extension", "the Plugin", "the Add-on", "the Integration"],
                                N=["30 days", "14 days", "60 days"])),
}

FAMILIES = []


def fam(fid, labels, templates, neg=None, binds=None):
    FAMILIES.append(dict(fid=fid, labels=labels, templates=templates, neg=neg, binds=binds))


def _alts(text, rng):
    pat = re.compile(r"\[\[([^\[\]]*)\]\]")
    while True:
        m = pat.search(text)
        if not m:
            return text
        text = text[:m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]


def render(tpl, rng):
    code, body = tpl.split("|", 1) if re.match(r"^[A-Z]\|", tpl) else ("E", tpl)
    style, fills = REG[code]
    ja = style.startswith("ja")
    p, m = rng.choice(JA_MODELS if ja else EN_MODELS)
    vals = {k: rng.choice(v) for k, v in fills.items() if k != "VU"}
    if "VU" in fills:
        vals["V"], vals["U"] = rng.choice(fills["VU"])
    # a hosting platform that really offers the named provider's models
    hosts = PLAT_FOR.get(p.replace("社", ""), EN_PLAT)
    plat = rng.choice(hosts) if "{P}" in body or "{M}" in body else rng.choice(EN_PLAT)
    vals.update(P=p, M=m, PL=plat)
    text = _alts(body, rng)
    for k, v in vals.items():
        text = text.replace("{^" + k + "}", v[:1].upper() + v[1:]).replace("{" + k + "}", v)
    if ja and code in "JK" and "：" not in text and rng.random() < 0.35:
        text = "第%d条（%s）" % (rng.randint(3, 28), rng.choice(["遵守事項", "本サービスの内容", "当事者の義務", "業務の実施", "雑則"])) + " " + text
    text = re.sub(r"\s+", " ", text).strip()
    if not ja:
        text = text[:1].upper() + text[1:]
    return text, style


def build():
    rows, seen = [], set()
    for f in FAMILIES:
        rng = random.Random(zlib.crc32(f["fid"].encode()))
        n = 0
        for tpl in f["templates"]:
            got, tries = 0, 0
            while got < VARIANTS and tries < 25:
                tries += 1
                text, style = render(tpl, rng)
                key = re.sub(r"^第\d+条（[^）]*） ", "", text)
                if key in seen:
                    continue
                seen.add(key)
                got += 1
                n += 1
                labels = sorted(f["labels"])
                binds = None
                if "distillation" in f["labels"]:
                    binds = f["binds"] or "customer"
                rows.append(dict(id=f"gj-{f['fid']}-{n}", text=text, labels=labels,
                                 stance={k: f["labels"][k] for k in labels}, binds=binds,
                                 family="gj-" + f["fid"], style=style,
                                 negative_kind=None if labels else (f["neg"] or "near_miss")))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    lang = lambda r: "ja" if r["style"].startswith("ja") else "en"
    print(len(rows), "rows,", len({r["family"] for r in rows}), "families ->", a.out)
    print("lang x pos/neg:", dict(Counter((lang(r), "pos" if r["labels"] else "neg") for r in rows)))
    print("label/stance/lang:", dict(sorted(Counter((l, s, lang(r)) for r in rows for l, s in r["stance"].items()).items())))
    print("negative_kind:", dict(Counter(r["negative_kind"] for r in rows if r["negative_kind"])))
# ---------------------------------------------------------------- Japanese positives
MD, TD, DI, AC = "model_disclosure", "training_data", "distillation", "ai_compliance"

fam("ja-md-name", {MD: "protective"}, [
    "D|{SVC}は、{P}が提供する大規模言語モデル「{M}」を利用して回答を生成しています。",
    "J|{SVC}のAI機能は、{P}が開発した大規模言語モデルである{M}を基盤モデルとして使用する。",
    "K|乙は、{SVC}において{P}の提供する{M}（大規模言語モデル）を利用するものとし、甲はこれを了承する。",
])
fam("ja-md-platform", {MD: "protective"}, [
    "D|{SVC}の文章生成機能には、{PL}を通じて提供される{P}の{M}を使用しています。",
    "J|{V}は、{PL}上で稼働する{M}（提供元：{P}）を用いて{SVC}を提供する。",
    "K|{SVC}の生成AI機能は、{PL}経由で利用する{P}製の{M}により実現されている。",
])
fam("ja-md-notify-name", {MD: "protective"}, [
    "J|{V}は、{SVC}で利用するAIモデルの名称、バージョン及び提供者を、{U}に対し書面又は電子メールにより通知する。",
    "K|乙は、甲の求めに応じ、{SVC}に組み込まれたAIモデルの名称、バージョン及び提供者を速やかに甲に開示しなければならない。",
    "D|当社は、{SVC}で使用しているAIモデルの名称・バージョン・提供元を、ヘルプページにて常に公開します。",
])
fam("ja-md-advance-notice", {MD: "protective"}, [
    "J|{V}は、{SVC}で利用するAIモデルを変更する場合、変更予定日の{N}前までに、変更後のモデルの名称及び変更の理由を{U}に通知する。",
    "K|乙は、本件AIシステムの基盤モデルを他のモデルに切り替えるときは、切替予定日の{N}前までに甲に書面で通知し、甲の承諾を得なければならない。",
    "D|当社は、{SVC}で利用しているAIモデルを別のモデルに変更する場合、{N}前までにお知らせします。",
])
fam("ja-md-deprecation", {MD: "protective"}, [
    "J|{V}は、{SVC}で提供しているAIモデル又はそのバージョンの提供を終了する場合、終了日の{N}前までに{U}に通知し、移行先のモデルを案内する。",
    "K|乙は、本件AIシステムで使用するモデルのバージョンを廃止しようとするときは、廃止の{N}前までに甲に通知し、移行期間中は従前のバージョンを引き続き提供する。",
    "D|特定のAIモデルの提供を終了するときは、少なくとも{N}前に{SVC}上でお知らせし、後継モデルへの移行期間を設けます。",
])
fam("ja-md-including", {MD: "qualified"}, [
    "D|{SVC}では、{P}の{M}をはじめとする複数の外部AIモデルを利用することがあります。",
    "J|{SVC}は、{M}等の第三者が提供する大規模言語モデルを利用するが、利用するモデルはこれに限られない。",
    "K|本件AIシステムは、例えば{P}の{M}など、第三者の提供するAIモデルを組み合わせて構成される。",
])
fam("ja-md-platform-only", {MD: "qualified"}, [
    "D|{SVC}のAI機能は、{PL}上で提供される生成AIモデルを利用しています。",
    "J|{V}は、{SVC}の提供にあたり、{PL}で利用可能な大規模言語モデルのうち{V}が適切と判断するものを使用する。",
    "K|乙は、{PL}が提供する基盤モデルを利用して本件AIシステムを構築する。",
])
fam("ja-md-after-notice", {MD: "qualified"}, [
    "J|{V}は、{SVC}で利用するAIモデルを変更した場合、変更後遅滞なくその旨を{U}に通知する。",
    "D|AIモデルを変更したときは、変更後に{SVC}のお知らせ欄でご案内します。",
    "K|乙は、本件AIシステムの基盤モデルを変更したときは、事後速やかに甲に報告するものとする。",
])
fam("ja-md-when-possible", {MD: "qualified"}, [
    "J|{V}は、{SVC}で利用するAIモデルの変更について、可能な限り事前に{U}に通知するよう努める。",
    "D|当社は、AIモデルの変更を行う場合、可能な範囲で事前にお知らせするよう努めますが、緊急の場合は事前のお知らせなく変更することがあります。",
    "K|乙は、基盤モデルの変更を予定する場合、合理的に可能な範囲で甲に事前に通知するよう努めるものとする。",
])
fam("ja-md-discretion", {MD: "adverse"}, [
    "D|{SVC}で利用するAIモデルは、当社の裁量により、事前の通知なく変更されることがあります。",
    "J|{V}は、{SVC}において利用するAIモデル及びその提供者を、{V}の裁量により、{U}に通知することなく随時選択し、変更することができる。",
    "K|乙は、本件AIシステムに用いる基盤モデルを、甲の承諾を得ることなく乙の判断で変更することができる。",
])
fam("ja-md-no-disclose", {MD: "adverse"}, [
    "J|{V}は、{SVC}で利用するAIモデルの名称、提供者その他の構成に関する情報を{U}に開示する義務を負わない。",
    "D|当社は、{SVC}でどのAIモデルを利用しているかについてお答えする義務を負わず、また、利用するAIモデルを予告なく入れ替えることがあります。",
    "K|乙は、本件AIシステムの基盤モデルの種類及び提供者について甲に開示する義務を負わず、これらを乙の判断で変更できる。",
])
fam("ja-md-version-pin", {MD: "protective"}, [
    "J|{V}は、本契約期間中、{SVC}において{M}の特定のバージョンを使用し、{U}の書面による同意なくこれを変更しない。",
    "K|乙は、甲乙間で合意したAIモデル（{P}製{M}）のバージョンを固定して使用し、変更する場合には事前に甲と協議する。",
])
fam("ja-md-feature-table", {MD: "protective"}, [
    "J|機能名：議事録要約／利用モデル：{M}／モデル提供者：{P}／月間上限：10,000リクエスト",
    "J|【AI機能一覧】文章校正機能：{P} {M}（{PL}経由）／翻訳機能：同左／利用上限：月5,000回",
    "D|AIチャット機能　使用モデル：{M}（{P}）　対応言語：日本語・英語",
])
fam("ja-md-output-label", {MD: "protective"}, [
    "D|この回答は、{P}の{M}を利用して自動生成されたものです。内容の正確性については必ずご自身でご確認ください。",
    "J|{SVC}が出力する文章には、当該文章が{M}により生成されたものである旨の表示を付す。",
    "D|※本レポートは、生成AI（{P}「{M}」）の支援を受けて作成されています。",
])

fam("ja-td-no-train", {TD: "protective"}, [
    "D|当社は、お客様が入力したデータ及び{SVC}が出力したデータを、AIモデルの学習に利用しません。",
    "J|{V}は、{U}が{SVC}に入力したデータ（以下「入力データ」という。）及び出力データを、AIモデルの学習、再学習又は改善のために利用してはならない。",
    "K|乙は、甲から提供を受けたデータ及び本件AIシステムの生成物を、乙又は第三者のAIモデルの学習に用いないものとする。",
])
fam("ja-td-provider-no-train", {TD: "protective", MD: "protective"}, [
    "D|{SVC}は{PL}を利用しており、入力された内容が{P}のAIモデルの学習に使われることはありません。",
    "J|{V}は、{SVC}で利用する{M}の提供者である{P}との間で、入力データを{P}のモデルの学習に利用させない旨を合意している。",
])
fam("ja-td-consent", {TD: "protective"}, [
    "J|{V}は、{U}の事前の書面による同意がある場合に限り、入力データをAIモデルの学習に利用することができる。",
    "D|お客様が設定画面で明示的に同意（オプトイン）した場合を除き、お客様のデータをAIの学習に使用することはありません。",
    "K|乙は、甲が個別に承諾した場合を除き、甲の提供データをAIモデルの学習に使用してはならない。",
])
fam("ja-td-optout", {TD: "qualified"}, [
    "D|当社は、{SVC}の品質向上のため、お客様の入力内容をAIモデルの学習に利用することがあります。学習への利用を希望されない場合は、設定画面からオプトアウトできます。",
    "J|{V}は、入力データをAIモデルの改善のための学習に利用できる。ただし、{U}が所定の方法により申し出た場合、{V}は以後の学習への利用を停止する。",
    "K|乙は、甲が書面により拒否の意思を示さない限り、甲の入力データを本件AIシステムの精度向上のための学習に用いることができる。",
])
fam("ja-td-anonymized", {TD: "qualified"}, [
    "J|{V}は、入力データを匿名加工し、特定の{U}を識別できない形にした上で、AIモデルの学習に利用することができる。",
    "D|当社は、お客様のデータを個人や企業が特定できない統計情報に加工した場合に限り、AIモデルの改善に利用することがあります。",
    "K|乙は、甲の提供データから統計的に処理した情報のみを、本件AIシステムの学習に利用することができる。",
])
fam("ja-td-customer-only", {TD: "qualified"}, [
    "J|{V}は、{U}の入力データを、当該{U}専用のAIモデルのファインチューニングにのみ利用し、他の顧客向けのモデルの学習には利用しない。",
    "K|乙は、甲の提供データを、甲のためにカスタマイズするモデルの追加学習に限り利用できるものとする。",
])
fam("ja-td-may-train", {TD: "adverse"}, [
    "D|お客様は、{SVC}に入力した内容及び生成された内容が、当社のAIモデルの学習及び改善に利用されることに同意するものとします。",
    "J|{V}は、入力データ及び出力データを、AIモデルの学習、開発及び改良を含む目的のために、無償で自由に利用できるものとする。",
    "K|甲は、乙が本件AIシステムを通じて取得したデータを、乙のAIモデルの学習に利用できることを承諾する。",
])
fam("ja-td-improve-svc", {TD: "adverse"}, [
    "D|{SVC}はAIモデルを中核とするサービスであり、当社は、お客様との対話内容を{SVC}（AIモデルを含みます。）の改善のための学習に利用します。",
    "J|{V}は、{U}のプロンプト及び利用履歴を、{SVC}を構成する学習済みモデルの性能向上のために利用することができる。",
])
fam("ja-td-enterprise-default", {TD: "protective"}, [
    "J|法人向けプランにおいては、{V}は入力データ及び出力データをAIモデルの学習に一切使用しない。",
    "D|ビジネスプランをご契約のお客様のデータは、AIモデルの学習には使用されません。",
])

fam("ja-di-no-compete", {DI: "protective"}, [
    "D|お客様は、{SVC}の出力を利用して、{SVC}と競合するAIモデルを開発し、又は学習させてはなりません。",
    "J|{U}は、{SVC}の出力結果を、{SVC}と競合する人工知能モデルの開発又は学習のために利用してはならない。",
    "K|甲は、本件AIシステムの生成物を用いて、本件AIシステムと競合するAIモデル又はAIサービスを開発してはならない。",
])
fam("ja-di-distill", {DI: "protective"}, [
    "J|{U}は、蒸留その他の手法により{SVC}のAIモデルの機能を再現するモデルを作成してはならない。",
    "D|{SVC}のAIモデルに対する蒸留（ディスティレーション）や、出力を大量に取得してモデルを複製する行為は禁止します。",
    "K|甲は、本件学習済みモデルの出力を教師データとして他のモデルを学習させる行為（いわゆる蒸留）を行ってはならない。",
])
fam("ja-di-extract", {DI: "protective"}, [
    "J|{U}は、リバースエンジニアリング、モデル抽出攻撃その他の方法により、{SVC}のAIモデルの重み、パラメータ又は構造を取得しようとしてはならない。",
    "D|AIモデルのパラメータや学習データを推測・抽出しようとする行為（モデル抽出、モデル反転攻撃等）は禁止されています。",
    "K|甲は、本件学習済みモデルを解析し、その重みパラメータ又はネットワーク構造を取り出す行為をしてはならない。",
])
fam("ja-di-vendor-no-reuse", {DI: "protective"}, [
    "J|{V}は、{U}のデータを用いてファインチューニングしたモデルを、他の顧客向けのサービスに流用してはならない。",
    "K|乙は、甲のために追加学習を行った学習済みモデルを、甲以外の第三者のために利用し、又は当該モデルを基に別のモデルを作成してはならない。",
], binds="vendor")
fam("ja-di-internal-ok", {DI: "qualified"}, [
    "J|{U}は、{SVC}の出力を自社内部の業務に用いるモデルの評価又は学習に利用できる。ただし、当該モデルを第三者に提供し、又は{SVC}と競合するサービスに用いてはならない。",
    "D|出力を使ってAIモデルを学習させることは、お客様の社内利用に限り認めますが、そのモデルを外部に公開・販売することはできません。",
    "K|甲は、本件AIシステムの生成物を甲の社内で利用するモデルの学習に限り使用できるものとし、当該モデルを第三者に提供してはならない。",
])
fam("ja-di-permitted", {DI: "adverse"}, [
    "J|{U}は、{SVC}の出力を、{U}自身のAIモデルの学習、ファインチューニング及び評価に自由に利用することができる。",
    "D|{SVC}で生成された出力は、他のAIモデルの学習データとしてもご自由にお使いいただけます。",
    "K|甲は、本件AIシステムの生成物を用いて新たな学習済みモデルを作成することができ、乙はこれに異議を述べない。",
])
fam("ja-di-vendor-mutual", {DI: "protective"}, [
    "K|甲及び乙は、相手方から提供を受けた学習済みモデル又はその出力を利用して、競合するAIモデルを開発してはならない。",
    "J|各当事者は、相手方のAIモデルの出力を用いて別のモデルを学習させ、又は相手方のモデルを蒸留してはならない。",
], binds="both")

fam("ja-ac-suishin", {AC: "protective"}, [
    "J|{V}は、人工知能関連技術の研究開発及び活用の推進に関する法律（AI推進法）その他AIに関する適用法令を遵守して{SVC}を提供する。",
    "K|乙は、本件AIシステムの開発及び運用にあたり、AI推進法及び関係省庁が定める指針に従うものとする。",
    "D|当社は、AI推進法（人工知能関連技術の研究開発及び活用の推進に関する法律）の趣旨を踏まえ、{SVC}を適正に運営します。",
])
fam("ja-ac-guideline", {AC: "protective"}, [
    "J|{V}は、総務省及び経済産業省が策定したAI事業者ガイドラインに準拠して{SVC}を開発及び提供する。",
    "K|乙は、本件AIシステムがAI事業者ガイドライン（総務省・経済産業省）に沿って開発されていることを表明し、保証する。",
    "D|当社は、総務省・経済産業省の「AI事業者ガイドライン」に従い、AIの安全性と透明性の確保に取り組みます。",
])
fam("ja-ac-euaiact", {AC: "protective"}, [
    "J|{V}は、{SVC}が欧州連合のAI法（EU AI Act）のうち{V}に適用される義務を満たすことを保証する。",
    "K|乙は、甲が本件AIシステムを欧州連合域内で利用する場合に備え、EU AI法上の提供者としての義務を履行するものとする。",
    "J|{V}は、EU AI法に基づく{U}の義務の履行に必要な技術文書その他の情報を{U}に提供する。",
])
fam("ja-ac-iso42001", {AC: "protective"}, [
    "J|{V}は、ISO/IEC 42001に準拠したAIマネジメントシステムを構築し、本契約期間中これを維持する。",
    "K|乙は、ISO/IEC 42001の認証を取得し、本契約の有効期間中これを維持することを甲に保証する。",
])
fam("ja-ac-cooperate", {AC: "qualified"}, [
    "K|甲及び乙は、AI推進法及びAI事業者ガイドラインの遵守に関し、相互に協力するものとする。",
    "J|両当事者は、それぞれの立場に応じてAI関連法令を遵守するものとし、必要な情報の提供について誠実に協力する。",
    "K|甲及び乙は、EU AI法における提供者及び導入者としての役割分担について、別途協議の上定める。",
])
fam("ja-ac-efforts", {AC: "qualified"}, [
    "J|{V}は、AI事業者ガイドラインを参照し、{SVC}の運用においてその内容を踏まえるよう努める。",
    "D|当社は、AIに関する法令やガイドラインの動向に留意し、可能な範囲で{SVC}に反映するよう努めます。",
])
fam("ja-ac-user-resp", {AC: "adverse"}, [
    "D|{SVC}の利用にあたり、AIに関する法令（EU AI法を含みます。）への対応はお客様ご自身の責任で行っていただきます。",
    "J|{U}は、{SVC}を利用して行う業務が、AI推進法、EU AI法その他のAI関連法令に適合することを自らの責任で確認しなければならない。",
    "K|本件AIシステムの利用がAI関連法令に適合するか否かの判断は甲の責任とし、乙はこれについて一切責任を負わない。",
])
fam("ja-ac-highrisk-disclaim", {AC: "adverse"}, [
    "J|{V}は、{SVC}がEU AI法上の高リスクAIシステムとしての要件を満たすことを保証しない。{U}は、{SVC}を高リスク用途に利用してはならない。",
    "D|{SVC}は、EU AI法で高リスクとされる用途での利用を想定しておらず、当社はそのような用途での適合性を保証しません。",
])
fam("ja-ac-indemnify", {AC: "protective"}, [
    "J|{V}は、{SVC}がAI関連法令（EU AI法を含む。）に違反したことにより{U}が被った損害を補償する。",
    "K|乙は、本件AIシステムがAI事業者ガイドライン又はEU AI法に適合しないことに起因して甲に生じた損害を賠償する。",
])
# ---------------------------------------------------------------- Japanese hard negatives
fam("jn-appi", {}, [
    "D|当社は、個人情報の保護に関する法律その他の関係法令を遵守し、お客様の個人情報を適切に取り扱います。",
    "J|{V}は、{SVC}の提供に関して取得した個人情報を、個人情報保護法及び{V}のプライバシーポリシーに従って取り扱う。",
    "K|乙は、本契約の履行にあたり甲から預託された個人情報を、個人情報保護法に従い善良な管理者の注意をもって管理する。",
], neg="privacy")
fam("jn-purpose", {}, [
    "D|当社は、お客様からお預かりしたデータを、{SVC}の提供のためにのみ利用し、それ以外の目的には利用しません。",
    "J|{V}は、{U}から提供されたデータを、本契約に定める業務の遂行に必要な範囲でのみ使用する。",
    "K|乙は、甲の提供データを本件業務の目的以外に使用してはならない。",
], neg="purpose_limitation")
fam("jn-law-general", {}, [
    "J|各当事者は、本契約の履行にあたり、適用されるすべての法令を遵守する。",
    "K|甲及び乙は、本契約の履行に関し、関係法令及び監督官庁の指導を遵守しなければならない。",
    "D|お客様は、{SVC}の利用にあたり、日本国の法令及び公序良俗を遵守するものとします。",
], neg="generic_compliance")
fam("jn-law-ai-generic", {}, [
    "J|{U}は、{SVC}のAI機能を利用するにあたり、適用される法令を遵守しなければならない。",
    "D|AIチャット機能をご利用の際は、法令や本規約に違反する内容を入力しないでください。",
    "K|甲は、本件AIシステムを関係法令に違反する目的で利用してはならない。",
], neg="generic_compliance")
fam("jn-confidential", {}, [
    "K|甲及び乙は、本契約に関して知り得た相手方の秘密情報を、相手方の事前の書面による承諾なく第三者に開示又は漏えいしてはならない。",
    "J|受領者は、開示者から開示された秘密情報を厳に秘密として保持し、本契約の目的以外に使用しない。",
    "J|前項の規定にかかわらず、開示の時点で既に公知であった情報及び受領者が独自に開発した情報は、秘密情報に含まれない。",
], neg="confidentiality")
fam("jn-antisocial", {}, [
    "K|甲及び乙は、自己又はその役員が暴力団、暴力団員その他の反社会的勢力に該当しないことを表明し、将来にわたっても該当しないことを確約する。",
    "J|{V}は、{U}が反社会的勢力に該当すると判明した場合、何らの催告を要せず直ちに本契約を解除することができる。",
    "D|反社会的勢力に該当する方、又はこれと関係を有する方は、{SVC}をご利用いただけません。",
], neg="antisocial")
fam("jn-subcontract", {}, [
    "K|乙は、甲の事前の書面による承諾を得た場合に限り、本件業務の全部又は一部を第三者に再委託することができる。",
    "J|{V}は、本業務の一部を第三者に再委託する場合、再委託先に対し本契約と同等の義務を負わせ、その行為について責任を負う。",
    "J|受託者は、再委託先の名称、所在地及び再委託する業務の範囲を、あらかじめ委託者に通知しなければならない。",
], neg="subcontracting")
fam("jn-ip", {}, [
    "K|本件成果物に関する著作権（著作権法第27条及び第28条の権利を含む。）は、委託料の完済をもって乙から甲に移転する。",
    "J|{SVC}に関する知的財産権は、すべて{V}又は{V}にライセンスを許諾した者に帰属する。",
    "D|{SVC}を通じてお客様が作成したコンテンツの著作権は、お客様に帰属します。",
], neg="ip_ownership")
fam("jn-ai-accuracy", {}, [
    "D|AIが生成する回答には、誤った情報や不正確な内容が含まれる場合があります。重要な判断を行う際は、必ずご自身で内容をご確認ください。",
    "J|{V}は、{SVC}のAI機能による出力の正確性、完全性、有用性及び特定目的への適合性について、いかなる保証も行わない。",
    "K|乙は、本件AIシステムの生成物に誤りが含まれないことを保証せず、甲は生成物を自らの判断と責任において利用する。",
], neg="ai_accuracy_disclaimer")
fam("jn-ai-accuracy-2", {}, [
    "D|生成AIの性質上、同じ質問でも回答が異なることがあります。出力内容は参考情報としてご利用ください。",
    "J|{U}は、AIによる出力が事実と異なる場合があることを理解し、出力を利用した結果について自ら責任を負う。",
    "D|AIの回答は専門家の助言に代わるものではありません。医療・法律・金融に関する判断には専門家にご相談ください。",
], neg="ai_accuracy_disclaimer")
fam("jn-terms-change", {}, [
    "D|当社は、必要と判断した場合には、お客様に通知することなくいつでも本規約を変更することができるものとします。",
    "J|{V}は、民法第548条の4の規定に基づき、本規約を変更することができる。この場合、{V}は変更後の規約の内容及び効力発生日を{SVC}上に掲示する。",
    "D|本規約を変更する場合、当社は効力発生日の{N}前までに、変更内容を本サービス上でお知らせします。",
], neg="terms_change")
fam("jn-service-change", {}, [
    "D|当社は、{SVC}の内容の全部又は一部を、事前の通知なく変更し、又は提供を中止することがあります。",
    "J|{V}は、{U}に{N}前までに通知することにより、{SVC}の機能の一部を廃止することができる。",
    "K|乙は、本件システムの保守対象となるソフトウェアのバージョンを変更する場合、事前に甲と協議する。",
], neg="service_change")
fam("jn-thirdparty", {}, [
    "D|当社は、{SVC}の提供にあたり、クラウドサーバー等の外部事業者のサービスを利用することがあります。",
    "J|{V}は、{SVC}の運営に必要な範囲で、データの保管及び処理を第三者のクラウドサービス事業者に委託することができる。",
    "D|お支払い手続きには、外部の決済代行会社のサービスを利用しています。",
], neg="generic_third_party")
fam("jn-termination", {}, [
    "K|甲又は乙は、相手方が本契約に違反し、相当の期間を定めて催告したにもかかわらず是正されないときは、本契約を解除することができる。",
    "J|{U}は、{N}前までに{V}所定の方法で通知することにより、本契約を解約することができる。",
    "D|退会を希望される場合は、アカウント設定画面から手続きを行ってください。",
], neg="termination")
fam("jn-liability", {}, [
    "J|{V}が{U}に対して負う損害賠償責任は、故意又は重過失による場合を除き、直近12か月間に{U}が支払った利用料金の総額を上限とする。",
    "K|甲及び乙は、本契約に関して相手方に損害を与えた場合、直接かつ現実に生じた通常の損害に限り賠償する責任を負う。",
    "D|当社の責に帰すべき事由によりお客様に損害が生じた場合、当社は、お客様が支払った直近1か月分の利用料金を上限として賠償します。",
], neg="liability")
fam("jn-prohibited", {}, [
    "D|お客様は、{SVC}の利用にあたり、他人になりすます行為、不正アクセス、サーバーに過度な負荷をかける行為をしてはなりません。",
    "J|{U}は、{SVC}のソフトウェアを逆コンパイル、逆アセンブル又はリバースエンジニアリングしてはならない。",
    "K|甲は、本件ソフトウェアを複製、改変又は第三者に再許諾してはならない。",
], neg="generic_reverse_engineering")
fam("jn-scraping", {}, [
    "D|クローラー等の自動化された手段により、{SVC}上の情報を大量に収集する行為を禁止します。",
    "J|{U}は、{V}の事前の承諾なく、{SVC}に掲載された情報をスクレイピングその他の方法で機械的に取得してはならない。",
], neg="scraping")
fam("jn-data-retention", {}, [
    "J|{V}は、本契約の終了後{N}以内に、{U}から預託されたデータを消去し、消去証明書を{U}に交付する。",
    "D|アカウントを削除された場合、お客様のデータは{N}以内に当社のサーバーから削除されます。",
    "K|乙は、本件業務の終了後、甲の提供データを甲の指示に従い返還又は廃棄する。",
], neg="data_retention")
fam("jn-security", {}, [
    "J|{V}は、{U}のデータへの不正アクセス、漏えい、滅失及びき損を防止するため、合理的な安全管理措置を講じる。",
    "K|乙は、本件システムにおけるセキュリティインシデントを認知した場合、直ちに甲に報告し、甲の指示に従って対応する。",
    "D|当社は、通信の暗号化やアクセス制限等により、お客様の情報を安全に管理しています。",
], neg="security")
fam("jn-governing", {}, [
    "J|本契約は日本法に準拠し、本契約に関する一切の紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
    "D|本規約の解釈には日本法が適用されます。",
], neg="other_label")
fam("jn-usage-data", {}, [
    "D|当社は、{SVC}の利用状況（アクセス日時、閲覧ページ、端末情報等）を、サービスの分析及び改善のために利用します。",
    "J|{V}は、{SVC}の稼働状況に関するログ情報を、障害対応及び統計分析の目的で取得し利用することができる。",
], neg="usage_data")
fam("jn-ai-governance-noname", {}, [
    "J|{V}は、{SVC}のAI機能について、公平性、透明性及び説明可能性に配慮した社内体制を整備する。",
    "K|乙は、本件AIシステムの出力に偏りがないかを定期的に検証し、その結果を甲に報告する。",
    "D|当社は、人間中心の考え方に基づき、AIを責任をもって活用することに努めます。",
], neg="ai_governance_no_law")
fam("jn-output-rights", {}, [
    "D|{SVC}のAI機能により生成された文章・画像の権利は、お客様に帰属します。ただし、第三者の権利を侵害しないようご注意ください。",
    "J|{U}は、{SVC}により生成された出力を、自己の責任において自由に利用することができる。",
    "K|本件AIシステムの生成物に関する権利は甲に帰属し、乙は当該生成物について著作者人格権を行使しない。",
], neg="output_ownership")
fam("jn-input-resp", {}, [
    "D|AI機能に個人情報や機密情報を入力しないでください。入力内容についてはお客様の責任となります。",
    "J|{U}は、{SVC}に入力するデータについて、必要な権利を有し、第三者の権利を侵害しないことを保証する。",
], neg="input_responsibility")
fam("jn-force-majeure", {}, [
    "K|天災地変、戦争、暴動、法令の改廃その他甲乙いずれの責にも帰すことのできない事由により本契約の履行が遅延し又は不能となった場合、甲及び乙はその責任を負わない。",
    "J|{V}は、通信回線の障害、外部クラウドサービスの停止その他{V}の支配を超える事由による{SVC}の停止について責任を負わない。",
], neg="force_majeure")
fam("jn-fees", {}, [
    "D|有料プランの料金は、毎月末日に翌月分をお支払いいただきます。",
    "J|{U}は、{V}所定の利用料金を、請求書発行日の翌月末日までに{V}の指定する銀行口座に振り込む方法で支払う。",
    "K|甲は、乙に対し、本件業務の対価として別紙に定める委託料を支払う。",
], neg="fees")
fam("jn-audit", {}, [
    "K|甲は、乙における本件業務の実施状況を確認するため、事前に通知の上、乙の事業所に立ち入り監査を行うことができる。",
    "J|受託者は、委託者の求めに応じ、個人データの取扱状況について報告しなければならない。",
], neg="audit")
fam("jn-docs", {}, [
    "K|乙は、本件システムの納入にあたり、設計書、操作マニュアル及びテスト結果報告書を甲に提出する。",
    "J|{V}は、{SVC}の利用方法に関するマニュアルを{U}に提供し、改訂した場合は速やかに最新版を提供する。",
], neg="generic_documentation")
# ---------------------------------------------------------------- English model_disclosure
fam("en-md-deprecate-notice", {MD: "protective"}, [
    "E|{V} will give {U} at least {N} written notice before it discontinues or deprecates any AI model made available through {SVC}.",
    "E|Before retiring a model version used by {SVC}, {V} shall notify {U} no less than {N} in advance and identify the successor model.",
    "P|If we plan to retire one of the AI models available in {SVC}, we'll tell you at least {N} ahead of time so you can switch to a newer model.",
])
fam("en-md-migration-window", {MD: "protective"}, [
    "E|Where a model is deprecated, {V} shall keep the deprecated model available for a migration period of not less than {N} after the deprecation notice.",
    "X|Deprecated model versions remain callable for {N} after we announce their retirement; after that date, requests to a retired model will return an error.",
    "E|{V} will publish a deprecation schedule for each generally available model and will not shut down a model earlier than {N} after that model's deprecation date is announced.",
])
fam("en-md-product-sunset", {MD: "protective"}, [
    "E|{V} will provide {U} with {N} prior notice before discontinuing any AI product, AI feature or model version that {U} is then using under an active Order Form.",
    "G|The Supplier shall notify the Authority not less than {N} before withdrawing or materially changing any AI model or AI component used to deliver the Services, and shall agree a transition plan with the Authority.",
    "P|We won't switch off an AI feature or the model behind it without giving you {N} notice first.",
])
fam("en-md-deprecate-named", {MD: "protective"}, [
    "X|{M} will remain available through the Integration until its provider, {P}, retires it; we will notify you {N} before any such retirement takes effect in the Integration.",
    "E|{SVC} currently runs on {M} from {P}. {V} will notify {U} at least {N} before replacing {M} with a different model.",
])
fam("en-md-deprecate-best", {MD: "qualified"}, [
    "E|{V} will use commercially reasonable efforts to notify {U} before deprecating a model, but where a third-party model provider withdraws a model on short notice, {V} may give notice after the change.",
    "P|We'll try to warn you before we retire a model, where that's possible. Sometimes our model providers retire models with little notice, and then we'll let you know as soon as we can.",
    "E|Notice of model deprecations will be provided where practicable; {V} may substitute a comparable model without prior notice where required for security or availability reasons.",
])
fam("en-md-change-after", {MD: "qualified"}, [
    "E|{V} will update the model list in the Documentation within ten (10) business days after it changes a model used by {SVC}.",
    "P|When we change the AI model behind a feature, we'll update our release notes afterwards.",
])
fam("en-gov-components", {MD: "protective"}, [
    "G|The Supplier shall disclose to the Authority every pre-trained or third-party model on which {SVC} relies, including the name, version and provider of each such model.",
    "G|As part of its tender, the Tenderer must identify any foundation models, pre-trained models or other third-party AI components incorporated in the proposed Solution.",
    "G|The Contractor shall deliver to the Agency a list of all third-party AI models and model providers used in the Solution, and shall keep that list current throughout the term of the Contract.",
])
fam("en-gov-integration", {MD: "protective"}, [
    "G|For each third-party model used, the Supplier shall document how the model was integrated into {SVC}, including any fine-tuning, modification or additional training carried out by the Supplier.",
    "G|The Contractor shall provide the Agency with a description of any changes it has made to pre-trained models incorporated in the Deliverables, including retraining, fine-tuning and changes to model parameters.",
])
fam("en-gov-techdoc", {MD: "protective"}, [
    "G|The Supplier shall deliver technical documentation for {SVC} describing its architecture, the models it uses, their training data sources and known limitations.",
    "G|Before acceptance, the Contractor shall provide a model card for each machine learning model deployed in the Solution, stating the model's intended use, version, provenance and evaluation results.",
    "G|The Supplier shall maintain and, on request, provide to the Buyer up-to-date documentation identifying each AI model used in the Services and its provider.",
])
fam("en-gov-escrow", {MD: "protective"}, [
    "G|The Contractor shall place the source code, trained model weights and model documentation for the AI System into escrow with an agreed escrow agent and shall update the deposit upon each new model version.",
    "G|The Supplier shall deposit the trained models used in {SVC}, together with the information needed to identify and run each model version, under the Escrow Agreement.",
])
fam("en-gov-change-approval", {MD: "protective"}, [
    "G|The Supplier shall not replace or substitute any AI model used in {SVC} without the prior written approval of the Authority.",
    "G|Any change to the underlying model of the AI System, including a change of model provider or model version, constitutes a Change and is subject to the Change Control Procedure.",
    "G|The Contractor shall notify the Contracting Officer in writing at least {N} before making any material change to the AI models used in performing the Contract.",
])
fam("en-all-ai-components", {MD: "protective"}, [
    "E|{V} shall disclose to {U} all artificial intelligence, machine learning or algorithmic components incorporated in {SVC}, and shall promptly notify {U} of any material change to those components.",
    "G|The Supplier must disclose any AI, machine learning or automated decision-making components of the Deliverables, whether developed by the Supplier or obtained from a third party.",
    "E|Upon request, {V} will provide a written description of each AI or machine-learning component used in {SVC} and will notify {U} in writing before introducing any new such component.",
])
fam("en-all-ai-components-2", {MD: "protective"}, [
    "E|{V} represents that Schedule 4 lists every AI model and algorithmic system used in {SVC}, and will update Schedule 4 and notify {U} before any material change to them.",
    "P|We'll tell you about every AI or machine-learning component in our product, and we'll let you know before we make a significant change to any of them.",
])
fam("en-order-feature", {MD: "protective"}, [
    "O|Feature: Summarisation — Model provider: {P} — Model: {M} — Limit: 5,000 requests per month",
    "O|AI Feature: Contract Q&A | Provider: {P} | Model: {M} | Hosting: {PL} | Region: EU",
    "O|Service Component: Drafting Assistant; Underlying Model: {M}; Model Provider: {P}; Usage Cap: 2 million tokens per month",
])
fam("en-order-feature-2", {MD: "protective"}, [
    "O|Transcription and meeting notes — model: {M} (provider: {P}) — included in Professional tier",
    "O|Feature | Model | Provider: Smart Reply | {M} | {P}",
    "O|Generative search: powered by {M} ({P}) via {PL}; limit 1,000 queries per user per month.",
])
fam("en-order-platform", {MD: "qualified"}, [
    "O|AI Features: models hosted on {PL}; specific model selected by Provider.",
    "O|Hosting of generative features: {PL} (model family may vary by region).",
])
fam("en-order-eg", {MD: "qualified"}, [
    "O|Model provider(s): third-party LLM providers, e.g. {P}",
    "O|AI Assistant — Models: including {M} and other models selected by the Vendor",
])
fam("en-output-notice", {MD: "protective"}, [
    "P|This summary was generated with the help of {M}, a model developed by {P}. Please review it before relying on it.",
    "E|Any document produced by the Drafting Assistant will carry a notice stating that it was created with the assistance of {P}'s {M}.",
    "P|AI-generated answer (model: {M} from {P}). Check important information.",
])
fam("en-output-notice-2", {MD: "protective"}, [
    "G|The Supplier shall label any output of {SVC} that was produced by a generative model, naming the model and its provider.",
    "P|Replies marked with the sparkle icon were written by {M}, provided by {P}.",
    "E|Reports generated by {SVC} include a footer identifying the model ({M}) and model provider ({P}) that produced the report.",
])
fam("en-discretion-arch", {MD: "adverse"}, [
    "E|{V} reserves the right, in its sole discretion, to change the underlying architecture, large language models and model providers used to deliver {SVC} at any time without notice to {U}.",
    "P|We may change the models, providers and technology behind the Service whenever we choose, and we don't have to tell you in advance.",
    "E|The selection of the underlying models and model providers is at {V}'s discretion, and {V} may replace any of them without notice.",
])
fam("en-discretion-arch-2", {MD: "adverse"}, [
    "E|{U} acknowledges that {V} may from time to time substitute, upgrade or remove the AI models powering {SVC}, and that no such change will require {U}'s consent or prior notice.",
    "P|We may route your request to any model we choose, including models from different providers, and the model used may change without notice.",
])
fam("en-discretion-nodisclose", {MD: "adverse"}, [
    "E|{V} is not obliged to disclose which AI models or model providers are used in {SVC}, and may change them at its discretion.",
    "P|We don't disclose which AI models power the app, and we can swap them at any time.",
])
fam("en-plugin-api", {MD: "protective"}, [
    "X|{SVC} sends the text you select to the {P} API and uses {M} to generate suggestions.",
    "X|This {SVC} connects to {PL} and uses {P}'s {M} model. Your use of the model is also subject to {P}'s terms.",
    "X|{SVC} works by calling the {M} model through {P}'s API using an API key you provide.",
])
fam("en-plugin-api-2", {MD: "protective"}, [
    "X|{SVC} uses the following AI service: {P} API (model: {M}). We will update this listing before switching to a different model.",
    "X|By installing {SVC}, you understand that prompts are processed by {M}, which is operated by {P}.",
])
fam("en-plugin-choose", {MD: "qualified"}, [
    "X|{SVC} can connect to several AI providers, such as {P}; the available models depend on the provider you configure.",
    "X|{SVC} uses third-party large language models, for example {M}, to generate text.",
])
fam("en-md-named-general", {MD: "protective"}, [
    "E|The generative features of {SVC} are powered by {M}, a large language model provided by {P} and accessed through {PL}.",
    "P|Our assistant is built on {P}'s {M}. We do not use any other model to generate answers.",
])
fam("en-md-including", {MD: "qualified"}, [
    "E|{SVC} uses large language models from third-party providers, including {P}.",
    "P|We use models from AI companies such as {P} to power some features.",
])
fam("en-md-subprocessor-ai", {MD: "protective"}, [
    "E|Subprocessor: {P} — Purpose: hosting and operating the large language model ({M}) used for AI Features — Location: United States",
    "E|AI Subprocessors. {V} uses {PL} to run the language models behind {SVC}; the current model is {M}.",
])
fam("en-md-gov-notify-provider", {MD: "protective"}, [
    "G|The Supplier shall inform the Buyer within {N} of any change in the identity of a third-party AI model provider on which {SVC} depends.",
    "G|If the provider of any foundation model used in {SVC} ceases to supply that model, the Contractor shall promptly notify the Agency and propose a replacement for the Agency's approval.",
])
fam("en-md-gov-inventory", {MD: "protective"}, [
    "G|The Contractor shall maintain an inventory of all AI use cases and models in the Solution, identifying for each the model name, version, developer and date of deployment.",
    "G|The Supplier shall deliver an AI Bill of Materials listing each model, dataset and software library that makes up the AI components of the Deliverables.",
])
# ---------------------------------------------------------------- English hard negatives
fam("en-neg-discontinue", {}, [
    "E|{V} may discontinue any feature of {SVC} upon {N} prior written notice to {U}, provided that {V} does not materially reduce the core functionality of {SVC} during the current Subscription Term.",
    "P|We may retire older features of the app, such as legacy reports or integrations, and we'll give you {N} notice before we do.",
    "E|{V} will provide at least {N} notice before ending support for any browser, operating system version or API version used to access {SVC}.",
], neg="service_change")
fam("en-neg-eol", {}, [
    "G|The Supplier shall give the Authority not less than {N} notice of the end of life of any hardware or software product supplied under the Contract.",
    "E|End-of-life announcements for on-premise releases will be published at least {N} before the end-of-support date.",
    "X|We will deprecate version 1 of the REST endpoints after {N}; please migrate to version 2 before then.",
], neg="service_change")
fam("en-neg-modify", {}, [
    "E|{V} may update or modify {SVC} from time to time, provided that such changes do not materially degrade the functionality of {SVC}.",
    "P|We're always improving the Service and may add or remove features without notice.",
], neg="service_change")
fam("en-neg-docs", {}, [
    "G|The Supplier shall deliver user manuals, administrator guides and as-built documentation for the Solution no later than the Go-Live Date.",
    "G|The Contractor shall provide the Agency with complete system documentation, including network diagrams, interface specifications and operating procedures.",
    "G|The Supplier shall keep the Documentation up to date and provide the Buyer with revised versions within {N} of any change to the Deliverables.",
], neg="generic_documentation")
fam("en-neg-escrow", {}, [
    "G|The Contractor shall deposit the source code of the Licensed Software and any updates with the Escrow Agent within {N} of each release.",
    "E|{V} will maintain a source code escrow for the Software and will release the deposit to {U} if {V} becomes insolvent.",
], neg="generic_documentation")
fam("en-neg-components", {}, [
    "G|The Supplier shall provide a software bill of materials identifying all open-source components and third-party libraries included in the Deliverables.",
    "E|{V} will disclose to {U}, on request, the open-source software components included in {SVC} and their licences.",
], neg="generic_documentation")
fam("en-neg-thirdparty", {}, [
    "E|{V} may use third-party service providers, such as hosting and payment processors, to help deliver {SVC}.",
    "P|We work with trusted third-party service providers who help us run our business, for example cloud hosting, email delivery and customer support tools.",
    "E|A current list of {V}'s subprocessors, including data centre and support providers, is available on request.",
], neg="generic_third_party")
fam("en-neg-hosting", {}, [
    "E|{SVC} is hosted on infrastructure provided by a major public cloud provider in the region selected by {U}.",
    "O|Hosting: EU data centre — Backup: daily — Support: 24x7 — Uptime target: 99.9%",
], neg="generic_third_party")
fam("en-neg-ai-inaccurate", {}, [
    "P|AI-generated responses may be inaccurate or incomplete. Always verify important information.",
    "E|{U} acknowledges that outputs generated by the AI Features may contain errors and that {V} makes no warranty as to their accuracy.",
    "P|The assistant can make mistakes. Don't rely on it for medical, legal or financial advice.",
], neg="ai_accuracy_disclaimer")
fam("en-neg-ai-inaccurate-2", {}, [
    "E|Output is generated automatically and may not be unique; similar output may be provided to other users.",
    "P|This content was generated by AI and may contain errors.",
    "E|{U} is responsible for reviewing all AI-generated content before using it in any decision affecting an individual.",
], neg="ai_accuracy_disclaimer")
fam("en-neg-feature-table", {}, [
    "O|Feature: Document storage — Limit: 500 GB — Support: Standard — Price: included",
    "O|Module: Invoicing | Users: 25 | Term: 12 months | Fee: USD 6,000",
    "O|Add-on: Advanced analytics — Billing: monthly — Limit: 10 dashboards",
], neg="order_form")
fam("en-neg-feature-ai-noname", {}, [
    "O|Add-on: AI Writing Assistant — Limit: 1,000 credits per month — Price: USD 20 per user",
    "O|AI Summaries: included in Enterprise plan; fair-use limit applies.",
], neg="order_form")
fam("en-neg-plugin", {}, [
    "X|{SVC} requires access to your calendar and contacts in order to function.",
    "X|{SVC} is provided by an independent developer and is not affiliated with the platform on which it is installed.",
    "X|We may update {SVC} automatically. Updates may add, change or remove features.",
], neg="plugin_terms")
fam("en-neg-change-control", {}, [
    "G|Any change to the scope, price or timetable of the Services shall be made only in accordance with the Change Control Procedure.",
    "G|The Supplier shall not replace any Key Personnel without the prior written approval of the Authority.",
], neg="change_control")
fam("en-neg-ai-usage-policy", {}, [
    "E|{U} shall not use the AI Features to generate unlawful, harassing or deceptive content.",
    "P|Don't use our AI tools to create spam, malware or content that infringes someone else's rights.",
], neg="acceptable_use")
fam("en-neg-notice-material", {}, [
    "E|{V} will notify {U} at least {N} before any change to {SVC} that materially reduces its security protections.",
    "E|If {V} makes a material change to these Terms, it will notify {U} by email at least {N} before the change takes effect.",
], neg="terms_change")
# ---------------------------------------------------------------- batch 2
fam("ja-md-model-list-page", {MD: "protective"}, [
    "D|{SVC}で利用しているAIモデルの一覧（モデル名・提供元・バージョン）は、当社ウェブサイトの「AIモデル情報」ページに掲載しています。変更する場合は{N}前までに同ページで告知します。",
    "J|{V}は、{SVC}で使用する学習済みモデルの名称及び提供者を記載した一覧表を別紙として本契約に添付し、その内容を変更する場合は{N}前までに{U}に通知する。",
    "K|本件AIシステムで利用するAIモデルは別紙2記載のとおりとし、乙がこれを変更する場合は、{N}前までに甲に書面で通知する。",
])
fam("ja-md-user-select", {MD: "protective"}, [
    "D|お客様は、{SVC}の設定画面で、{P}の{M}を含む利用可能なAIモデルの中から使用するモデルを選択できます。選択されたモデルが当社の判断で変更されることはありません。",
    "J|{U}は、{SVC}で利用するAIモデルを{V}所定の一覧から指定することができ、{V}は{U}の指定したモデルを使用する。",
])
fam("ja-md-fallback", {MD: "qualified"}, [
    "D|通常は{P}の{M}を使用しますが、障害発生時などには他社のAIモデルに自動的に切り替わることがあります。",
    "J|{SVC}は原則として{M}を利用するが、{V}は、可用性を確保するため必要な場合、事前の通知なく同等の性能を有する他のモデルを一時的に使用することができる。",
])
fam("ja-md-procure", {MD: "protective"}, [
    "K|乙は、本件AIシステムに組み込む事前学習済みモデル及び第三者のAIコンポーネントの名称、提供者、バージョン並びに乙が行った追加学習又は改変の内容を記載した文書を、納入時に甲に提出しなければならない。",
    "J|受注者は、本業務で利用する生成AIモデルの名称、提供者及び利用形態を、作業計画書に記載して発注者の承認を得なければならない。",
    "K|乙は、本件AIシステムの技術文書（利用するモデルの概要、学習データの出所及び既知の制約を含む。）を作成し、甲に引き渡す。",
])
fam("ja-md-all-components", {MD: "protective"}, [
    "J|{V}は、{SVC}に含まれるすべてのAI、機械学習又はアルゴリズムによる構成要素を{U}に開示し、これらに重要な変更を加える場合は事前に{U}に通知する。",
    "K|乙は、本件システムに人工知能又は機械学習の技術を用いた機能が含まれる場合、その旨及び当該機能の概要を甲に開示しなければならない。",
])
fam("ja-td-zero-retention", {TD: "protective"}, [
    "D|{SVC}に入力された内容は、回答の生成のためにのみ使用され、AIモデルの学習に使用されたり、当社のサーバーに保存されたりすることはありません。",
    "J|{V}は、入力データを回答生成の処理が完了した後直ちに消去し、いかなるAIモデルの学習にも利用しない。",
])
fam("ja-td-feedback", {TD: "qualified"}, [
    "D|お客様が回答に「良い」「悪い」の評価を付けた場合、その評価と対応する会話内容を、AIモデルの改善に利用することがあります。それ以外の会話は学習に利用しません。",
    "J|{V}は、{U}が任意に提供したフィードバック情報に限り、AIモデルの改善のために利用することができる。",
])
fam("ja-td-free-plan", {TD: "adverse"}, [
    "D|無料プランでご利用の場合、お客様の入力内容は当社のAIモデルの学習に利用されます。",
    "J|{V}は、{SVC}を通じて取得した入力データ及び出力データを、期間の制限なくAIモデルの開発に利用することができ、{U}はこれに異議を述べない。",
])
fam("ja-td-provider-train", {TD: "adverse"}, [
    "J|{U}は、入力データが{SVC}の基盤モデルの提供者に送信され、当該提供者のモデルの学習に利用される場合があることを承諾する。",
    "D|お客様の入力内容は、当社及び当社が提携するAIモデル提供事業者において、モデルの学習に利用される場合があります。",
])
fam("ja-di-api", {DI: "protective"}, [
    "D|APIを通じて取得した出力を用いて、当社のモデルと競合する大規模言語モデルを開発することはできません。",
    "J|{U}は、{SVC}のAPIから取得したデータを、機械学習モデルの訓練用データセットの作成に使用してはならない。",
])
fam("ja-di-weights", {DI: "qualified"}, [
    "K|甲は、乙から提供を受けた学習済みモデルを基に派生モデルを作成することができる。ただし、当該派生モデルを第三者に提供する場合は、乙の事前の書面による承諾を得なければならない。",
    "J|{U}は、{SVC}の出力を利用して他のAIモデルを学習させることができる。ただし、その旨を当該モデルを利用する第三者に明示しなければならない。",
])
fam("ja-ac-procure", {AC: "protective"}, [
    "K|乙は、本件AIシステムの開発にあたり、AI事業者ガイドラインに定める開発者としての事項を遵守し、その遵守状況を甲に報告する。",
    "J|受注者は、政府機関における生成AIの調達・利活用に係るガイドラインその他AIに関する政府の指針に従って本業務を実施する。",
])
fam("ja-ac-roles", {AC: "qualified"}, [
    "J|本契約において、{V}はAI事業者ガイドラインにいうAI提供者に、{U}はAI利用者に該当するものとし、各自の立場に応じた事項を遵守する。",
    "K|甲及び乙は、EU AI法上、乙が提供者、甲が導入者に該当することを確認し、それぞれの義務を履行する。",
])

fam("jn-confidential-ai", {}, [
    "D|AI機能に入力された内容は、当社のプライバシーポリシーに従い厳重に管理します。",
    "J|{V}は、{SVC}に入力された{U}の情報を秘密情報として取り扱い、第三者に開示しない。",
    "K|乙は、本件AIシステムに甲が入力した情報を秘密として保持し、本件業務以外に使用しない。",
], neg="confidentiality")
fam("jn-account", {}, [
    "D|お客様は、ID及びパスワードを自己の責任で管理し、第三者に利用させてはなりません。",
    "J|{U}は、{SVC}のアカウント情報が第三者に使用されたことによる損害について、{V}の故意又は過失による場合を除き、自ら責任を負う。",
], neg="account")
fam("jn-sla", {}, [
    "J|{V}は、{SVC}の月間稼働率99.5%以上を目標として運用する。",
    "D|定期メンテナンスのため、{SVC}を一時的に停止することがあります。その場合は事前にお知らせします。",
    "K|乙は、本件システムに障害が発生した場合、受付後4時間以内に一次回答を行う。",
], neg="sla")
fam("jn-assignment", {}, [
    "K|甲及び乙は、相手方の事前の書面による承諾なく、本契約上の地位又は本契約に基づく権利義務を第三者に譲渡してはならない。",
    "J|{U}は、{V}の承諾なく、本契約に基づく権利を第三者に譲渡し、又は担保に供してはならない。",
], neg="assignment")
fam("jn-export", {}, [
    "J|{U}は、{SVC}の利用にあたり、外国為替及び外国貿易法その他の輸出管理関連法令を遵守する。",
    "K|甲及び乙は、本契約に基づき提供される技術情報を、輸出管理法令に従い適切に管理する。",
], neg="export_control")
fam("jn-ai-disclose-noname", {}, [
    "D|{SVC}の一部の機能では、AI（人工知能）を活用しています。",
    "J|{SVC}の回答生成機能は、機械学習技術を利用して自動的に回答を作成するものである。",
    "D|チャットでのお問い合わせには、AIが自動で回答する場合があります。",
], neg="ai_feature_no_model")
fam("jn-youth", {}, [
    "D|未成年の方が{SVC}を利用する場合は、親権者等の法定代理人の同意を得てからご利用ください。",
    "D|{SVC}は13歳未満の方はご利用いただけません。",
], neg="eligibility")
fam("jn-notice", {}, [
    "J|本契約に基づく通知は、書面又は電子メールにより、相手方が別途指定する宛先に送付して行う。",
    "D|当社からお客様への通知は、{SVC}上への掲示又は登録されたメールアドレスへの送信により行います。",
], neg="notices")
fam("jn-deliverables", {}, [
    "K|乙は、本件成果物を別紙記載の納期までに甲に納入し、甲は納入後10営業日以内に検収を行う。",
    "J|受託者は、作業完了後、作業報告書を作成し、委託者に提出しなければならない。",
], neg="acceptance")
fam("jn-warranty", {}, [
    "K|乙は、本件成果物が仕様書に適合することを保証し、検収後1年以内に発見された不具合を無償で修補する。",
    "D|当社は、{SVC}に事実上又は法律上の瑕疵がないことを明示的にも黙示的にも保証しません。",
], neg="warranty")

fam("en-md-deprecate-gov", {MD: "protective"}, [
    "G|If a model provider announces the retirement of a model used in {SVC}, the Supplier shall inform the Buyer within five (5) Working Days and shall not migrate to a replacement model until the Buyer has completed its assurance testing.",
    "G|The Contractor shall maintain support for the model versions accepted by the Agency for at least {N} after notifying the Agency of a planned deprecation.",
])
fam("en-md-deprecate-api", {MD: "protective"}, [
    "X|We announce model deprecations on our changelog and by email at least {N} before the shutdown date, and we name the recommended replacement model.",
    "X|When {P} retires {M}, {SVC} will move to the provider's recommended successor model; we will email you {N} before the switch.",
])
fam("en-md-pinned", {MD: "protective"}, [
    "E|{V} shall use {M} (provided by {P}) for the AI Features for the duration of the Subscription Term and shall not change the model version without {U}'s written consent.",
    "O|Model: {M} ({P}); version pinned for the Term; changes require a signed amendment.",
])
fam("en-md-auto-upgrade", {MD: "adverse"}, [
    "E|{U} agrees that {V} may automatically upgrade the models used in {SVC} to newer versions, or replace them with models from other providers, without prior notice.",
    "X|The model used by {SVC} may change at any time at our discretion, including to a model from a different provider.",
])
fam("en-md-gov-modelcard", {MD: "protective"}, [
    "G|The Supplier shall provide, for each AI model used in the Solution, a model card or equivalent record naming the model developer, model version, intended use and known limitations, and shall update it on each model change.",
    "G|Deliverable D4 (AI Transparency Pack): list of all AI models used, their providers and versions, a description of how each model was adapted, and evaluation results.",
])
fam("en-md-procure-rfp", {MD: "protective"}, [
    "G|Bidders shall state whether the proposed solution uses any pre-trained or commercially available large language model and, if so, identify the model, its provider and the hosting arrangements.",
    "G|Offerors must describe all third-party AI models incorporated into the proposed system, including their source, licence terms and any modifications made by the Offeror.",
])
fam("en-md-notice-material-ai", {MD: "protective"}, [
    "E|{V} shall notify {U} in writing at least {N} before making any material change to the AI models, algorithms or model providers used in {SVC}.",
    "P|If we change the AI model or the company that provides it, we'll let you know at least {N} in advance.",
])
fam("en-output-notice-3", {MD: "protective"}, [
    "P|Translated automatically using {M} ({P}).",
    "E|Each AI-assisted draft produced under this Statement of Work will state that it was prepared with the assistance of {M}.",
])
fam("en-output-platform", {MD: "qualified"}, [
    "P|This answer was generated by AI using models available on {PL}.",
    "P|Created with AI tools from providers such as {P}. Review before use.",
])
fam("en-discretion-provider-list", {MD: "adverse"}, [
    "E|Any list of model providers published by {V} is for information only; {V} may add, remove or replace model providers at any time at its sole discretion.",
    "P|The models we mention in our help pages are examples only. We can change them whenever we like without letting you know.",
])

fam("en-neg-deprecate-integration", {}, [
    "X|We may stop supporting an integration with a third-party application if that application changes its interface; we'll tell you {N} beforehand where we can.",
    "E|{V} may discontinue the mobile application upon {N} notice, provided the web version of {SVC} remains available.",
], neg="service_change")
fam("en-neg-product-roadmap", {}, [
    "E|Any information about future products or features is provided for information only and is not a commitment to deliver any functionality.",
    "P|Our roadmap may change. Don't buy the Service based on features we haven't released yet.",
], neg="roadmap")
fam("en-neg-ai-transparency-noname", {}, [
    "P|Some features of the Service use artificial intelligence. You'll see an AI label next to content created this way.",
    "E|{V} will clearly identify to end users any content in {SVC} that is generated by artificial intelligence.",
    "G|The Supplier shall ensure that users are informed when they are interacting with an automated system rather than a human.",
], neg="ai_feature_no_model")
fam("en-neg-gov-reporting", {}, [
    "G|The Supplier shall provide monthly performance reports to the Authority setting out its performance against the Service Levels.",
    "G|The Contractor shall provide the Agency with a security plan and evidence of annual penetration testing.",
], neg="generic_documentation")
fam("en-neg-privacy-thirdparty", {}, [
    "P|We share your information with service providers who process it on our behalf, such as analytics providers and customer support platforms.",
    "E|{V} shall ensure that each subprocessor is bound by written data protection terms no less protective than those in this DPA.",
], neg="generic_third_party")
fam("en-neg-disclaimer-general", {}, [
    "E|{SVC} is provided \"as is\" and \"as available\", and {V} disclaims all implied warranties, including merchantability and fitness for a particular purpose.",
    "P|Recommendations in the app are generated automatically and are for general information only.",
], neg="ai_accuracy_disclaimer")
# ---------------------------------------------------------------- batch 3
fam("en-neg-discontinue-2", {}, [
    "E|{V} may discontinue any Add-On Module upon {N} written notice; {U} will receive a pro-rata refund of prepaid fees for the discontinued module.",
    "G|The Supplier shall give {U} at least {N} notice before withdrawing any Service Offering from the catalogue and shall support migration of {U}'s data to an alternative offering.",
    "P|If we decide to shut down {SVC} entirely, we'll give you at least {N} notice and a way to export your data.",
], neg="service_change")
fam("en-neg-version-support", {}, [
    "E|{V} supports the current major release of the Software and the immediately preceding major release; support for older releases ends {N} after a new major release.",
    "X|We support the two most recent versions of {SVC}. Older versions may stop working after {N} from the release of a newer version.",
], neg="service_change")
fam("en-neg-docs-2", {}, [
    "G|{^V} shall deliver to {U} the training materials, user guides and handover documentation listed in Schedule 6 at least {N} before the Go-Live Date.",
    "E|{V} will make the Documentation for {SVC} available online and will update it to reflect material changes to functionality.",
    "G|On expiry, {V} shall provide {U} with all documentation reasonably required to enable a replacement supplier to take over {SVC}.",
], neg="generic_documentation")
fam("en-neg-thirdparty-2", {}, [
    "E|{V} may engage subcontractors to perform parts of {SVC}, and remains responsible for their performance.",
    "G|{^V} shall not subcontract any part of {SVC} without the prior written consent of {U}.",
    "P|Parts of {SVC} rely on third-party services such as map data and payment processing, which have their own terms.",
], neg="generic_third_party")
fam("en-neg-ai-inaccurate-3", {}, [
    "E|{V} does not warrant that any output of the AI Features of {SVC} will be accurate, complete or free from bias, and {U} uses such output at its own risk.",
    "P|{^SVC} uses AI, which means answers can sometimes be wrong or out of date. Please double-check anything important.",
    "G|{^U} acknowledges that AI-generated outputs of {SVC} require human review and shall not be relied upon as the sole basis for any decision.",
], neg="ai_accuracy_disclaimer")
fam("en-neg-ai-discretion-features", {}, [
    "E|{V} may modify, add or remove features of {SVC}, including AI-powered features, provided that {V} does not materially reduce the overall functionality of {SVC}.",
    "P|We may add new AI features to {SVC} or take existing ones away.",
], neg="service_change")
fam("en-neg-plugin-2", {}, [
    "X|{SVC} is provided free of charge and without any warranty. You can uninstall it at any time.",
    "X|{SVC} stores your settings locally on your device and does not send them to our servers.",
    "X|To use {SVC}, you need an active subscription to the host application.",
], neg="plugin_terms")
fam("en-neg-order-2", {}, [
    "O|Service: {SVC} — Term: 36 months — Payment: annually in advance — Notice period: {N}",
    "O|Support tier: Premium | Response time: 1 hour (P1) | Named contacts: 4",
], neg="order_form")
fam("en-md-extension-3", {MD: "protective"}, [
    "X|{SVC} is powered by {P}'s {M}. We will not change the model used by {SVC} without first updating this page and notifying users {N} in advance.",
    "X|Data flow: text you highlight is sent from {SVC} to {PL}, where it is processed by {M}.",
])
fam("en-md-gov-3", {MD: "protective"}, [
    "G|{^V} shall notify {U} before any AI model or AI component used in {SVC} is discontinued, deprecated or replaced, giving at least {N} notice wherever the model provider permits.",
    "G|{^V} shall provide {U} with information sufficient to identify each third-party model used in {SVC}, the version deployed and any adaptation made to it.",
])
fam("jn-ai-change-noname", {}, [
    "D|当社は、{SVC}の機能を改善するため、予告なくアップデートを行うことがあります。",
    "J|{V}は、{SVC}の品質向上のため、{U}に通知することなく{SVC}の仕様を変更することができる。",
], neg="service_change")
fam("jn-ai-improve-noname", {}, [
    "D|お客様からのご意見・ご要望は、{SVC}の改善の参考にさせていただきます。",
    "J|{V}は、{U}から受領した要望を、{SVC}の機能追加の検討に利用することができる。",
], neg="feedback")
# ---------------------------------------------------------------- batch 4: stance spread
fam("en-md-deprecate-none", {MD: "adverse"}, [
    "E|{V} may deprecate, retire or replace any model available through {SVC} at any time and is not required to give {U} notice or a migration period.",
    "X|Models offered through {SVC} may be withdrawn at any time without notice, including where the underlying provider stops offering them.",
    "P|We can stop offering any AI model in {SVC} whenever we decide to, with or without telling you first.",
])
fam("en-md-gov-discretion", {MD: "adverse"}, [
    "G|The Contractor may select and change the commercial AI models used in {SVC} at its discretion, provided the Service Levels continue to be met; no notice to {U} is required for such changes.",
    "G|Nothing in this Contract obliges the Supplier to identify to {U} the AI models or model providers on which {SVC} relies.",
])
fam("ja-di-vendor-may", {DI: "adverse"}, [
    "J|{V}は、{U}の入力データを用いて作成した学習済みモデルを、他の顧客向けのサービスの開発及び提供に利用することができる。",
    "K|乙は、本件業務において生成した学習済みモデルを、甲以外の顧客のための派生モデルの作成に自由に利用できるものとする。",
], binds="vendor")
fam("ja-di-vendor-qualified", {DI: "qualified"}, [
    "J|{V}は、{U}のデータでファインチューニングしたモデルを他の顧客向けに利用してはならない。ただし、{U}を特定できる情報を除去した汎用的な重みの改善に限り、この限りでない。",
    "K|乙は、甲のために追加学習したモデルを甲の書面による承諾を得た場合に限り、第三者向けのモデルの開発に利用できる。",
], binds="vendor")
fam("ja-di-research", {DI: "qualified"}, [
    "D|研究目的に限り、{SVC}の出力を用いたAIモデルの学習を認めます。ただし、そのモデルを商用で提供することはできません。",
    "J|{U}は、学術研究の目的で、{SVC}の出力を機械学習モデルの評価用データとして利用できる。ただし、{SVC}と競合する製品の開発に利用してはならない。",
])
fam("ja-md-ext", {MD: "protective"}, [
    "D|本拡張機能は、選択したテキストを{P}のAPIに送信し、{M}を用いて要約を作成します。",
    "D|本アドオンは、お客様が登録したAPIキーを使用して{P}の{M}を呼び出します。{M}の利用には{P}の利用規約が適用されます。",
])


if __name__ == "__main__":
    main()
