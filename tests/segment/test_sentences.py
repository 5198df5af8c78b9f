"""Sentences: spaCy blank("en") + sentencizer + legal abbreviations; Japanese at 。."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from clausecheck.segment import segment, sentences_for, split_sentences
from clausecheck.segment.sentences import with_sentences

from .util import doc_from_text


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Supplier is a Delaware corporation with offices in the U.S. and elsewhere.",
        "Northwind Analytics, Inc. shall host the Services.",
        "Harbourside Data Ltd. and its Affiliates are bound.",
        "The exception in Sec. 3(a) applies to training data.",
        "Some inputs, e.g. prompts and files, are Customer Data.",
        "Outputs, i.e. generated content, belong to the Customer.",
        "The licence No. 4471 covers the Model.",
        "The obligations under Art. 28 of the GDPR apply.",
        "Compare the approach in Smith, cf. the earlier award, before deciding.",
        "The case of Acme vs. Beta was settled.",
        "Interest accrues at 4% p.a. on late payments.",
        "Bluefield Trading Co. will pay the fees.",
        "Orchid Labs Corp. grants a licence.",
        "Prompts, files, logs, etc. are Customer Data.",
        "Fees under Section 12.1 are due in 30 days.",
    ],
)
def test_sentences_abbreviation_does_not_split(sentence):
    assert _texts(sentence) == [sentence]


def test_sentences_split_plain_sentences():
    text = "The Supplier shall host the Model. The Customer shall pay the fees! Is that all? Yes."
    assert _texts(text) == [
        "The Supplier shall host the Model.",
        "The Customer shall pay the fees!",
        "Is that all?",
        "Yes.",
    ]


def test_sentences_legal_paragraph():
    text = (
        "Northwind Analytics, Inc. is incorporated in the U.S. and registered under No. 5521. "
        "The exclusions in Sec. 3(a) and Art. 9 apply, e.g. to prompts, i.e. user inputs. "
        "Interest runs at 3% p.a. until payment. "
        "See cf. the schedule for rates, fees, etc. and other charges. "
        "The Customer may terminate on notice."
    )
    assert len(split_sentences(text)) == 5


def test_sentences_abbreviation_may_end_a_sentence():
    text = "The Customer supplies prompts, files, etc. The Supplier stores them."
    assert _texts(text) == ["The Customer supplies prompts, files, etc.", "The Supplier stores them."]


def test_sentences_japanese():
    text = (
        "本契約は日本法に準拠する。本契約に関する紛争は、東京地方裁判所を専属的合意管轄裁判所とする。「乙」は同意する。"
    )
    assert _texts(text) == [
        "本契約は日本法に準拠する。",
        "本契約に関する紛争は、東京地方裁判所を専属的合意管轄裁判所とする。",
        "「乙」は同意する。",
    ]


def test_sentences_japanese_closing_bracket_stays():
    text = "甲は「通知を行う。」と定める。次の文。"
    assert _texts(text) == ["甲は「通知を行う。」と定める。", "次の文。"]


def test_sentences_line_breaks_end_sentences_and_markers_stay_attached():
    text = "12. Governing Law\nThis Agreement is governed by Irish law. Disputes go to Dublin.\n(a) first item\n  "
    assert _texts(text) == [
        "12. Governing Law",
        "This Agreement is governed by Irish law.",
        "Disputes go to Dublin.",
        "(a) first item",
    ]


def test_sentences_offsets_are_trimmed_and_in_bounds():
    text = "  First one.   Second one.  \n\n Third "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]
    assert all(0 <= a < b <= len(text) for a, b in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", ".", "。", "...", "(a)"])
def test_sentences_degenerate_inputs(text):
    spans = split_sentences(text)
    assert all(0 <= a < b <= len(text) and text[a:b].strip() for a, b in spans)


def test_sentences_for_clause_uses_absolute_offsets():
    doc = doc_from_text("TITLE\n1. Law\nIrish law applies. Courts of Dublin decide.\n1.1 Sub-clause text.")
    tree = segment(doc)
    one = next(c for c in tree.clauses if c.number == "1")
    own = [doc.text[a:b] for a, b in sentences_for(tree, one)]
    assert own == ["1. Law", "Irish law applies.", "Courts of Dublin decide."]
    whole = [doc.text[a:b] for a, b in sentences_for(tree, one, whole=True)]
    assert whole[-1] == "1.1 Sub-clause text."
    filled = with_sentences(tree)
    assert filled.by_id(one.id).sentences == sentences_for(tree, one)


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_sentences_segment_does_not_import_spacy():
    out = _run(
        """
        import sys
        from clausecheck.segment import segment
        from tests.segment.util import doc_from_text
        segment(doc_from_text("1. Law\\nIrish law applies. More text."))
        print("spacy" in sys.modules, "torch" in sys.modules)
        """
    )
    assert out == "False False"


def test_sentences_spacy_import_hides_torch():
    out = _run(
        """
        import sys
        from clausecheck.segment import split_sentences
        spans = split_sentences("One sentence. Two sentences.")
        print(len(spans), "spacy" in sys.modules, "torch" in sys.modules)
        """
    )
    assert out == "2 True False"
