"""The model card's speed section names the processor the benchmark ran on."""

from __future__ import annotations

import json

from clausecheck.resources import classifier_dir
from clausecheck.training.card import KNOWN_LIMITS, render


def _card() -> dict:
    return json.loads((classifier_dir() / "card.json").read_text(encoding="utf-8"))


def test_speed_section_names_processor_and_int8_features():
    card = _card()
    card["benchmark"] = dict(card["benchmark"], cpu={"model": "Example CPU 9000", "int8_features": ["avx2"]})
    text = render(card)
    assert f"({card['benchmark']['cores']} cores, Example CPU 9000: avx2; load average" in text


def test_speed_section_without_processor_still_renders():
    card = _card()
    bench = dict(card["benchmark"])
    bench.pop("cpu", None)
    card["benchmark"] = bench
    text = render(card)
    assert f"({bench['cores']} cores; load average" in text
    assert "Example CPU" not in text


def test_committed_card_carries_the_current_limits():
    assert _card()["limits"] == KNOWN_LIMITS


def test_card_records_both_held_out_sets_for_the_files_in_the_repo():
    from clausecheck.fileio import sha256_file
    from clausecheck.training.heldout import DEFAULT_SET, PARTIES_SET

    card = _card()
    recorded = {ho["file"]: ho for ho in card["heldout"]}
    for path in (DEFAULT_SET, PARTIES_SET):
        entry = recorded[f"models/eval/{path.name}"]
        assert entry["sha256"] == sha256_file(path)  # re-run `python -m clausecheck.training.heldout` after editing
        assert entry["model_sha256"] == card["model_sha256"]
        assert entry["clauses"] == sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert recorded["models/eval/heldout_parties.jsonl"]["title"].startswith("Held-out set with unusual party names")


def test_document_level_results_are_rendered_from_the_card():
    card = _card()
    tally = {"right": 55, "total": 64, "rate": 0.86}
    card["document_level"] = {
        "command": "python bench/eval_documents.py --record",
        "devdocs_pdf": {"totals": {"presence": tally, "stance": {"right": 15, "total": 20}}},
        "devdocs_docx": {"totals": {"presence": {"right": 54, "total": 64}}},
        "cuad_pdf": {
            "documents": 100,
            "no_ai": {"documents_with_ai_found": 0, "ai_labelled_clauses": 0, "clauses": 11854},
            "totals": {"law_when_present": {"right": 80, "total": 83}},
        },
        "cuad_excerpts": {"excerpts": 8369, "per_1000": 0.0, "model_only_per_1000": 9.32},
    }
    text = render(card)
    assert "## Document-level results (real documents)" in text
    assert "| 16 real AI-vendor documents, PDF | 55/64 | 15/20 | – |" in text
    assert "0 reported with an AI clause found" in text and "right on 80 of 83" in text
    assert "9.32 per 1,000 from the model alone" in text


def test_japanese_coverage_is_rendered_from_the_card():
    card = _card()
    card["japanese"] = {
        "command": "python bench/eval_japanese.py --record",
        "unk": {"unk": 2, "tokens": 9000, "share_pct": 0.02, "texts": 6},
        "classified": {"14_x_ja.pdf": {"classified": 95, "clauses": 95}},
    }
    card.setdefault("training", {})["vocabulary_alignment"] = {
        "pairs": 812,
        "held_out": 92,
        "before": {"cosine": 0.11, "retrieval": 0.11},
        "after": {"cosine": 0.51, "retrieval": 0.63},
    }
    card["document_level"] = {
        "devdocs_pdf": {
            "totals": {"presence": {"right": 60, "total": 64}},
            "by_language": {"ja": {"documents": 3, "totals": {"presence": {"right": 11, "total": 12}}}},
        }
    }
    text = render(card)
    assert "## Japanese coverage (measured)" in text
    assert "2 of 9000 tokens (0.02 %) are `[UNK]`" in text
    assert "cosine 0.11 with its English meaning's before the step and 0.51 after" in text
    assert "for 11 % before and 63 % after" in text
    assert "`14_x_ja.pdf`: 95 of 95 clauses classified" in text
    assert "The 3 Japanese dev documents, PDF: AI clause found/missing 11/12" in text
    assert "| of them in Japanese (3) | 11/12 |" in text
