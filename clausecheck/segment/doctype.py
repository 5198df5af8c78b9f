"""What kind of document this is, and whether it stands alone.

The findings a lawyer needs depend on the document: a data processing agreement
or an AI addendum that forms part of a main agreement takes its governing law and
forum from that agreement (a "missing governing law" there is a note, not a
HIGH gap); a mutual NDA is not an AI vendor contract; click-through terms for
consumers are not negotiated, so what to change becomes a memo rather than a
redline.  The type is read from the title (the first lines) and, failing that,
from the words the document keeps using; the reliance on a main agreement from
the sentences that say so ("This DPA forms part of the Agreement").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: (type, title pattern): the first match in the title wins, so specific types come first.
_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (t, re.compile(p, re.IGNORECASE))
    for t, p in (
        (
            "dpa",
            r"data process(?:ing|or) (?:agreement|addendum|terms)|\bDPA\b|processor terms|"
            r"データ処理|個人データの取扱いに関する",
        ),
        (
            "ai_addendum",
            r"\bAI\b[^\n]{0,30}(?:addendum|supplement|schedule|rider)|artificial intelligence "
            r"(?:addendum|supplement|schedule)|generative ai (?:terms|addendum)|AI(?:に関する)?特約|AI利用規程",
        ),
        ("order_form", r"order form|statement of work|\bSOW\b|purchase order|注文書|発注書|個別契約書"),
        ("nda", r"non[- ]?disclosure|confidentiality agreement|\bNDA\b|秘密保持契約|機密保持契約"),
        (
            "licence",
            r"licen[cs]e agreement|\bEULA\b|end[- ]user licen[cs]e|model licen[cs]e|"
            r"licen[cs]e terms|使用許諾|利用許諾|ライセンス",
        ),
        (
            "msa",
            r"(?:enterprise|business|commercial|partner)[^\n]{0,40}(?:terms|agreement)|"
            r"(?:terms|agreement)[^\n]{0,20}\b(?:enterprise|business|commercial)\b|master (?:services? |subscription |software )?agreement|\bMSA\b|commercial terms|"
            r"services agreement|subscription agreement|業務委託契約|基本契約",
        ),
        ("terms_of_service", r"terms of (?:service|use)|terms and conditions|user agreement|利用規約|サービス規約"),
        ("policy", r"\bpolicy\b|ポリシー|方針"),
    )
)

_RELIES = re.compile(
    r"(?:forms?|shall form|is) (?:a )?part of the (?:main |master |underlying |principal )?(?:Agreement|Terms|MSA)|"
    r"(?:supplements?|amends?|is (?:an )?(?:addendum|annex|exhibit|schedule) to) the (?:main |master |underlying )?"
    r"(?:Agreement|Terms|MSA)|incorporated (?:by reference )?into the (?:main |master |underlying )?(?:Agreement|Terms)|"
    r"in (?:the event|case) of (?:any )?(?:conflict|inconsistency) between this (?:DPA|Addendum|Order Form|"
    r"Schedule|Exhibit|document)|governed by the (?:terms of the )?(?:main |master |underlying )?(?:Agreement|MSA)|"
    r"本契約の一部を構成|基本契約(?:の|に)(?:定め|従)",
    re.IGNORECASE,
)
_CONSUMER = re.compile(
    r"\bconsumers?\b|\bpersonal(?:,| and) non-commercial\b|\bfor (?:your )?personal use\b|"
    r"\byou must be (?:at least )?1[3-8]\b|\bat least (?:13|16|18) years\b|\bminors?\b|"
    r"\bby (?:clicking|using|accessing)\b[^.]{0,60}\byou agree\b|消費者|未成年",
    re.IGNORECASE,
)


#: "the Agreement" as another document than this one (a DPA's "the Agreement" is the main contract)
_MAIN = re.compile(r"\bthe (?:main |master |underlying |principal |applicable )?(?:Agreement|MSA|Terms of Service)\b")


@dataclass(frozen=True, slots=True)
class DocType:
    type: str  # terms_of_service, msa, dpa, ai_addendum, order_form, nda, licence, policy, contract
    relies_on_main: bool = False  # takes its law and forum from a main agreement
    consumer_facing: bool = False  # click-through terms offered to consumers: not negotiated

    def to_json(self) -> dict[str, object]:
        return {
            "type": self.type,
            "relies_on_main_agreement": self.relies_on_main,
            "consumer_facing": self.consumer_facing,
        }


def detect_doc_type(text: str) -> DocType:
    # the title: the first of the opening lines that names a type decides ("MASTER AI SERVICES AGREEMENT"
    # before a recital that mentions an order form)
    kind = None
    for line in text[:1500].splitlines()[:6]:
        kind = next((t for t, p in _TITLES if p.search(line[:200])), None)
        if kind is not None:
            break
    if kind is None:
        counts = {t: len(p.findall(text[:20000])) for t, p in _TITLES}
        best = max(counts, key=lambda t: counts[t])
        kind = best if counts[best] >= 3 else "contract"
    relies = kind in ("dpa", "ai_addendum", "order_form") and (
        bool(_RELIES.search(text)) or len(_MAIN.findall(text)) >= 3
    )
    consumer = kind in ("terms_of_service", "policy", "licence") and len(_CONSUMER.findall(text)) >= 2
    return DocType(kind, relies, consumer)
