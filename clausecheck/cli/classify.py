"""``clausecheck classify [FILE]``: classify clauses given one per line or as JSON Lines.

Input (a file, or standard input when FILE is omitted or ``-``): one clause per
line, either as plain text or as a JSON object with a ``text`` key (the dev
set's format).  Output: one JSON line per input line, in the same order::

    {"labels": [...], "scores": {...}, "stance": {...}, "binds": "customer", "review": [...]}

``binds`` appears only with ``distillation`` and ``review`` only when a label's
probability is in the abstain band.  A blank line gets an empty prediction, so
output line N always answers input line N.  A PDF or DOCX file is read,
segmented and classified clause by clause instead (each line then also carries
the clause ``id`` and ``number``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode, InputError

CONTRACT_SUFFIXES = (".pdf", ".docx")


def read_inputs(lines: list[str]) -> list[str]:
    """The clause text of each input line (JSON object with ``text``, or the plain line)."""
    texts: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("{"):
            try:
                obj = json.loads(stripped)
            except ValueError:
                obj = None
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                texts.append(obj["text"])
                continue
        texts.append(line.rstrip("\r\n"))
    return texts


def _read_text(path: str | None) -> list[str]:
    if path is None or path == "-":
        data = sys.stdin.buffer.read()
        where: str | Path = "<stdin>"
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError("E107", p)
        if not p.exists():
            raise InputError("E101", p)
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError("E108", p, detail=e.strerror or str(e)) from e
        where = p
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError("E109", where) from e
    return text.splitlines()


def _with_evidence(texts: list[str], preds: list[Any], context: Any) -> list[tuple[Any, dict[str, Any]]]:
    """Each prediction with its AI labels kept only where the text speaks of AI (the pipeline's evidence
    stage, classify/evidence.py), and the JSON keys that say why: ``evidence`` and ``dropped``."""
    from dataclasses import replace

    from ..classify.binds import binds_from_text
    from ..classify.evidence import _CUES, AI_LABEL_NAMES, evidence_for, rule_readings
    from ..classify.labels import Binds, ClauseType, Stance
    from ..segment.parties import Parties

    out = []
    for text, pred in zip(texts, preds):
        evidence: dict[str, list[str]] = {}
        dropped: dict[str, float] = {}
        original = pred
        for label in dict.fromkeys((*pred.labels, *pred.review)):
            if str(label) not in AI_LABEL_NAMES:
                continue
            words = evidence_for(str(label), text, context)
            if words:
                evidence[str(label)] = list(words)
            else:
                dropped[str(label)] = round(float(pred.scores.get(label, 0.0)), 4)
        if dropped:
            pred = replace(
                pred,
                labels=tuple(x for x in pred.labels if str(x) not in dropped),
                review=tuple(x for x in pred.review if str(x) not in dropped),
                stance={k: v for k, v in pred.stance.items() if str(k) not in dropped},
                binds=None if "distillation" in dropped else pred.binds,
            )
        added: list[str] = []
        for label, (stance, words) in rule_readings(text, context, have=evidence).items():
            kind = ClauseType(label)
            evidence[label] = list(words)
            dropped.pop(label, None)
            had = kind in original.labels
            if not had:
                added.append(label)
            if kind not in pred.labels:
                pred = replace(
                    pred,
                    labels=(*pred.labels, kind),
                    review=tuple(x for x in pred.review if x != kind),
                    scores={**pred.scores, kind: pred.scores.get(kind, 0.0)},
                    stance={
                        **pred.stance,
                        kind: original.stance[kind] if had and kind in original.stance else Stance(stance),
                    },
                )
            if kind == ClauseType.DISTILLATION and pred.binds is None:
                # who the ban binds, from the sentence's subject ("You must not use the Outputs ...")
                who = binds_from_text(text, _CUES["distillation"], Parties(customer="Customer", vendor="Provider"))
                pred = replace(pred, binds=Binds(who or "customer"))
        extra: dict[str, Any] = {}
        if evidence:
            extra["evidence"] = evidence
        if dropped:
            extra["dropped"] = dropped
        if added:
            extra["added"] = added
        out.append((pred, extra))
    return out


def _contract_units(path: str) -> tuple[list[dict[str, Any]], list[str], Any]:
    from ..classify.evidence import document_context
    from ..pipeline import Options, stage_extract, stage_segment, stage_units

    options = Options()
    tree = stage_segment(stage_extract(path, options), options)
    index = {c.id: c for c in tree.clauses}
    meta: list[dict[str, Any]] = []
    texts: list[str] = []
    for clause_id, text in stage_units(tree, options):  # what the model reads in a check
        c = index[clause_id]
        meta.append({"id": clause_id, "number": c.number, "page": c.page})
        texts.append(text)
    return meta, texts, document_context(tree.document.text)


def _text_line(
    i: int, text: str, pred: Any, meta: dict[str, Any] | None, extra: dict[str, Any], width: int = 70
) -> str:
    where = f"{meta['number'] or meta['id']} (p. {meta['page']})" if meta else f"#{i + 1}"
    snippet = " ".join(text.split())
    if len(snippet) > width:
        snippet = snippet[: width - 1] + "…"
    if pred.labels:
        parts = []
        for lbl in pred.labels:
            part = f"{lbl} {pred.scores[lbl]:.2f}"
            if lbl in pred.stance:
                part += f" {pred.stance[lbl]}"
            if str(lbl) == "distillation" and pred.binds is not None:
                part += f" (binds {pred.binds})"
            if str(lbl) in extra.get("evidence", {}):
                part += " [" + ", ".join(extra["evidence"][str(lbl)]) + "]"
            parts.append(part)
        verdict = "; ".join(parts)
    else:
        verdict = "no label"
    unsure = [str(x) for x in pred.review if x not in pred.labels]
    if unsure:
        verdict += "; needs review: " + ", ".join(unsure)
    if extra.get("dropped"):
        verdict += "; no AI wording, so not kept: " + ", ".join(extra["dropped"])
    return f"{where}: {snippet}\n    -> {verdict}"


@click.command(name="classify")
@click.argument("file", required=False, metavar="[FILE]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per input line (for scripts); text: each clause with its labels, "
    "stance and score, for reading. Example: --format text",
)
@click.option(
    "--model",
    "model_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Use the model in this folder instead of the installed one. Example: --model my-model/",
)
@click.option(
    "--allow-modified-model",
    is_flag=True,
    help="Use model files that differ from the recorded hashes (the output says so on stderr).",
)
@click.option(
    "--digits", type=click.IntRange(1, 8), default=4, show_default=True, help="Decimals of the scores in JSON output."
)
@click.pass_obj
def command(
    term: Any, file: str | None, fmt: str, model_dir: Path | None, allow_modified_model: bool, digits: int
) -> int:
    """Classify clauses: one per line (plain text, or JSON with a "text" key), from FILE or standard input.

    Writes one JSON line per input line, in the same order, with the labels,
    their calibrated scores, the stance of each AI label found and, for
    distillation, who is bound. An AI label is kept only where the clause (or,
    for a contract, its headings, lead-in and the document's definitions) speaks
    of AI: "evidence" lists the words that do, "dropped" the AI labels the model
    gave without any. A PDF or DOCX contract is split into clauses
    and each clause is classified.

    \b
    Examples:
      clausecheck classify clauses.jsonl > predictions.jsonl
      echo "Provider will not train its models on Customer Data." | clausecheck classify
      clausecheck classify contract.pdf --format text
    """
    from ..classify.evidence import Context
    from ..classify.model import ClauseClassifier
    from .terminal import text_stdout

    meta: list[dict[str, Any]] | None = None
    context = Context()
    if file and file != "-" and Path(file).suffix.lower() in CONTRACT_SUFFIXES:
        meta, texts, context = _contract_units(file)
    else:
        if (file is None or file == "-") and sys.stdin.isatty() and term is not None:
            term.info("Reading clauses from standard input, one per line; end with Ctrl-D.")
        texts = read_inputs(_read_text(file))
    clf = ClauseClassifier.load(model_dir, allow_modified=allow_modified_model)
    if clf.modified and term is not None:
        term.warning(
            f"the model files {', '.join(clf.modified)} differ from SHA256SUMS; "
            "results come from a modified model [W301]"
        )
    preds = clf.predict(texts)
    out = text_stdout()
    for i, (text, (pred, extra)) in enumerate(zip(texts, _with_evidence(texts, preds, context))):
        if fmt == "text":
            out.write(_text_line(i, text, pred, meta[i] if meta else None, extra) + "\n")
        else:
            obj = {**pred.to_json(digits), **extra}
            if meta:
                obj = {**meta[i], **obj}
            out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()
    return int(ExitCode.OK)
