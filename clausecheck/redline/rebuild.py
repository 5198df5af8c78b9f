"""A clean Word document rebuilt from a clause tree (for PDF, TXT and MD inputs).

A PDF cannot carry tracked changes, so ``clausecheck redline contract.pdf``
first rebuilds the contract as a DOCX (through :mod:`clausecheck.redline.docxbuild`),
then redlines that.  Each block of the reading text becomes one paragraph: a
block that opens a numbered clause becomes a paragraph at the clause's depth
that keeps the number the PDF prints, typed in front of it (Word's own
numbering would renumber a PDF that starts at 1.2 or skips a number), headings
stay headings, table rows become table rows, and everything else is plain
text.  A metadata title that is only a file name is not used as the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Clause, ClauseTree
from .docxbuild import Para, build_document, docx_bytes, render_numbers

_LEAD_NUMBER = re.compile(
    r"^\s*(?:article\s+\d+|第\s*\d+\s*条|\(?[0-9a-zA-Z]{1,4}\)|[0-9]+(?:\.[0-9]+)*\.?)\s*", re.IGNORECASE
)


_FILE_NAME = re.compile(
    r"\.(?:docx?|pdf|rtf|odt|txt|md|pages)\b|^Microsoft Word - |^untitled\b|^[\w-]+_[\w_-]+$|"
    r"^[\w-]+$(?<=\d)|://|^\W*$|^\[\]",
    re.IGNORECASE,
)


def _printed(number: str, lead: str) -> str:
    """The number as the PDF prints it, for typing in front of the clause ("1.2", "A.", "(a)", "Article 3"):
    the printed lead-in when it holds the number, else the number itself."""
    lead = lead.strip()
    if lead and number.strip() in lead and len(lead) <= len(number) + 3:
        return lead
    m = re.match(re.escape(number.strip()) + r"[.):]?", lead)
    return m.group(0) if m else number.strip()


def _strip_number(text: str, number: str | None) -> str:
    if number and text.startswith(number):
        return text[len(number) :].lstrip(" \t.")
    return _LEAD_NUMBER.sub("", text, count=1) if number else text


def _split_heading(text: str, heading: str | None) -> tuple[str | None, str]:
    if not heading:
        return None, text
    t = text.lstrip()
    for candidate in (heading, f"({heading})"):
        if t.startswith(candidate):
            rest = t[len(candidate) :].lstrip(" .:—–-\t")
            return heading, rest
    return None, text


def tree_paragraphs(tree: ClauseTree) -> tuple[list[Para], str, str | None]:
    """(paragraphs, numbering scheme, title) for :func:`build_document`."""
    doc = tree.document
    starts: dict[int, Clause] = {}
    for clause in tree.clauses:  # pre-order: the deepest clause starting at an offset wins
        starts[clause.start] = clause
    tops = [c for c in tree.clauses if c.parent is None and c.kind == "section" and c.number]
    scheme = (
        "article"
        if tops and sum(str(c.number).lower().startswith("article") for c in tops) > len(tops) / 2
        else "decimal"
    )
    title = dict(doc.metadata).get("title")
    if title and _FILE_NAME.search(title):
        title = None  # "contract_v3.docx", "Microsoft Word - draft": the file's name, not the contract's title
    paras: list[Para] = []
    restart = False
    for b in doc.blocks:
        text = doc.text[b.start : b.end]
        if b.kind == "title" and not paras:
            title = title or text.strip()
            continue
        if not paras and title and " ".join(text.split()).lower() == " ".join(title.split()).lower():
            continue  # the title block itself, already written as the title
        if b.kind == "table_row":
            paras.append(Para(kind="table_row", cells=tuple(x.strip() for x in text.split(" | "))))
            continue
        c = starts.get(b.start)
        kind = getattr(c, "kind", None)
        if c is not None and kind == "schedule":
            paras.append(Para(text=" ".join(text.split()), kind="heading", restart=True, page_break=True))
            restart = True
            continue
        if c is not None and c.number and kind in ("section", "item", "definition"):
            body = doc.text[b.body_start : b.end] if b.body_start is not None else _strip_number(text, c.number)
            level = min(c.level, 3)
            heading, rest = _split_heading(body, c.heading)
            number = _printed(c.number, doc.text[b.start : b.body_start] if b.body_start is not None else text)
            if level == 0 and heading is None and c.heading is None:
                paras.append(Para(text=" ".join(body.split()), level=0, restart=restart, number=number))
            else:
                paras.append(
                    Para(text=" ".join(rest.split()), level=level, heading=heading, restart=restart, number=number)
                )
            restart = False
            continue
        paras.append(Para(text=" ".join(text.split())))
    return _word_numbers_if_faithful(paras, scheme), scheme, title


def _norm(number: str | None) -> str:
    return re.sub(r"[\s.]+$", "", (number or "").strip()).lower()


def _word_numbers_if_faithful(paras: list[Para], scheme: str) -> list[Para]:
    """Word's own numbering where it shows exactly the numbers the PDF prints; otherwise (a PDF that
    starts at 1.2, skips a number or numbers in its own way) every printed number stays, typed."""
    auto = [replace(p, number=None) for p in paras]
    shown = render_numbers(auto, scheme)
    same = all(_norm(n) == _norm(p.number) for p, n in zip(paras, shown) if p.level is not None)
    return auto if same else paras


def rebuild_docx(tree: ClauseTree) -> bytes:
    """The ``.docx`` bytes of a clean, auto-numbered copy of the contract in ``tree``."""
    paras, scheme, title = tree_paragraphs(tree)
    page = "A4"
    document = build_document(paras, numbering=scheme, title=title, page_size=page)
    return docx_bytes(document)


__all__ = ["rebuild_docx", "tree_paragraphs"]
