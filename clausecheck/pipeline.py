"""The named stages: extract -> segment -> classify -> evidence -> check -> Report.

Each stage is a plain function with a typed input and output; ``analyse`` runs
them in order and checks each output's type, naming the stage at fault (as
spaCy's ``Language.__call__`` does).  Heavy modules are imported inside the
stage that needs them, so ``clausecheck --help`` stays fast.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .classify.labels import LabelledClause
from .document import Clause, ClauseTree, Document
from .report import Report


@dataclass(slots=True)
class Options:
    """What the user asked for, shared by every stage."""

    classify: bool = True
    check: bool = True
    playbook: Any = None  # a checks.playbook.Playbook, or a path, or None for the default
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preview: bool = False
    allow_modified_model: bool = False
    allow_modified_rules: bool = False
    timings: dict[str, float] = field(default_factory=dict)


def stage_extract(path: str | Path, options: Options) -> Document:
    from .extract import extract

    return extract(path)


def stage_segment(document: Document, options: Options) -> ClauseTree:
    from .segment import segment

    return segment(document)


#: The model reads at most this many characters of one clause (about 90 windows, a few seconds): a
#: longer "clause" is text whose numbering was not found (a whole contract on one line), and reading
#: all of it would take minutes.  Such clauses are named in warning W107; the law checks read all of it.
MAX_UNIT_CHARS = 100_000


def classification_units(tree: ClauseTree) -> list[tuple[str, str]]:
    """(clause id, text to classify) for every clause with text of its own.

    The model sees a clause's own text (not its sub-clauses), prefixed with the
    headings of its ancestors, as a reader sees "12. Governing Law" above
    "12.1 This Agreement is governed by ...".  A list item also carries its
    parent's lead-in ("Customer shall not: ... (e) use Output to train a
    competing model"), without which a prohibition reads as a permission.  A
    clause whose own text is only its number and heading is not classified: its
    sub-clauses are.
    """
    units: list[tuple[str, str]] = []
    index = {c.id: c for c in tree.clauses}
    leads = _item_leads(tree, index)
    has_children = {c.parent for c in tree.clauses if c.parent is not None}
    # Title, parties and recitals are not operative provisions: they are classified only when
    # the whole document is one preamble (no numbered or headed clause was found).
    skip = {"signature"} | ({"preamble"} if any(c.kind not in ("preamble", "signature") for c in tree.clauses)
                            else set())
    for clause in tree.clauses:
        # the items of a preamble (a list of services, recitals) are read; the operative-clause rule keeps
        # them from deciding a stance (checks/operative.py)
        if clause.kind in skip or _inside(index, clause, {"signature"}):
            continue
        own = tree.own_text(clause).strip()
        if _too_short(own) and not leads.get(clause.id):
            continue
        if clause.id in has_children and _heading_only(clause, own):
            continue
        context: list[str] = []
        parent = clause.parent
        while parent is not None:
            p = index[parent]
            if p.heading:
                context.append(p.heading)
            parent = p.parent
        prefix = " / ".join(reversed(context))
        lead = leads.get(clause.id, "")
        body = f"{lead} {own}" if lead else own
        units.append((clause.id, (f"{prefix}: {body}" if prefix else body)[:MAX_UNIT_CHARS]))
    return units


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _too_short(own: str) -> bool:
    """Too short to say anything: under three words, where a word of Japanese or Chinese (written without
    spaces) is counted as two characters, so "第3条（準拠法）本契約は日本法に準拠する。" is long enough."""
    words = len(own.split())
    cjk = len(_CJK.findall(own))
    return words + cjk // 2 < 3


def cut_units(tree: ClauseTree, labelled: Mapping[str, Any]) -> list[tuple[Clause, int]]:
    """Classified clauses the model read only in part: (clause, length of its own text)."""
    out = []
    for clause in tree.clauses:
        if clause.id in labelled and clause.end - clause.start > MAX_UNIT_CHARS:
            size = len(tree.own_text(clause).strip())
            if size > MAX_UNIT_CHARS:
                out.append((clause, size))
    return out


_LEAD_END = re.compile(r"(:|—|–|-|\bshall not|\bmust not|\bmay not|\bwill not|\bshall|\bmay|\bmust|\bwill|"
                       r"\bto|\bthat|\bnot to|\bor|\band)\s*$", re.IGNORECASE)


def _inside(index: Mapping[str, Clause], clause: Clause, kinds: set[str]) -> bool:
    parent = clause.parent
    while parent is not None:
        p = index[parent]
        if p.kind in kinds:
            return True
        parent = p.parent
    return False


def _strip_number(clause: Clause, text: str) -> str:
    if clause.number and text.startswith(clause.number):
        text = text[len(clause.number):]
    return text.strip(" \t.)")


def _heading_only(clause: Clause, own: str) -> bool:
    body = _strip_number(clause, own)
    if not body:
        return True
    heading = (clause.heading or "").strip(" .")
    return bool(heading) and body.strip(" .").lower() == heading.lower()


def _item_leads(tree: ClauseTree, index: Mapping[str, Clause]) -> dict[str, str]:
    """The sentence that introduces each clause of a list: its parent's lead-in, until an earlier item of
    the same list ends with a paragraph of its own that introduces a list (text the segmenter could not
    separate from the item: "... Models.\nDefinitions\nThe capitalised words below have these meanings:"):
    the items after it belong to that paragraph."""
    leads: dict[str, str] = {}
    current: dict[str | None, str] = {}
    for clause in tree.clauses:
        parent = clause.parent
        if parent is None:
            continue
        if parent not in current:
            current[parent] = _lead_in(tree, index[parent])
        leads[clause.id] = current[parent]
        lines = [ln for ln in tree.own_text(clause).strip().splitlines() if ln.strip()]
        if len(lines) > 1 and not tree.children(clause.id):
            last = " ".join(lines[-1].split())
            if len(last) <= 300 and last.endswith(":"):
                current[parent] = last
    return leads


def _lead_in(tree: ClauseTree, parent: Clause) -> str:
    """The parent's own words when they introduce a list ("Customer shall not:"), else ""."""
    own = _strip_number(parent, tree.own_text(parent).strip())
    if parent.heading and own.lower().startswith(parent.heading.lower()):
        own = own[len(parent.heading):].strip(" .")
    own = " ".join(own.split())
    if not own or len(own) > 300 or not _LEAD_END.search(own):
        return ""
    return own


def stage_classify(tree: ClauseTree, options: Options, classifier: Any = None) -> dict[str, LabelledClause]:
    if not options.classify:
        return {}
    if options.check:
        # The checks need spaCy (about 1.7 s to import): import it on another core while the model runs.
        from .checks.lawfacts import preload

        preload()
    if classifier is None:
        classifier = load_classifier(options)
    units = classification_units(tree)
    predictions = classifier.predict([text for _, text in units]) if units else []
    return labelled_from(units, predictions)


def labelled_from(units: list[tuple[str, str]], predictions: Any) -> dict[str, LabelledClause]:
    """The model's predictions for the classification units, as the clauses' readings.  The batch
    engine calls it with predictions pooled over many documents; ``stage_classify`` with its own."""
    predictions = list(predictions)
    if len(predictions) != len(units):
        raise RuntimeError("classification units and predictions do not line up")
    labelled: dict[str, LabelledClause] = {}
    for (clause_id, _), pred in zip(units, predictions):
        labelled[clause_id] = LabelledClause(
            clause_id=clause_id,
            labels=tuple(pred.labels),
            scores=dict(pred.scores),
            stance=dict(pred.stance),
            binds=pred.binds,
            review=tuple(pred.review),
        )
    return labelled


def stage_evidence(tree: ClauseTree, labelled: Mapping[str, LabelledClause], options: Options,
                   units: list[tuple[str, str]] | None = None) -> dict[str, LabelledClause]:
    """Keep an AI label only where the clause or its context speaks of AI, and say which words do.

    The model's reading of a clause comes in; what goes out is the same reading with the AI
    labels that have no evidence moved to ``dropped`` (with their scores), the evidence words of
    every AI label kept, and, for a distillation clause, who it binds as read from the sentence's
    subject (see classify/evidence.py and classify/binds.py). One label is read from the words rather
    than the model: a licence over the customer's content to improve the vendor's algorithms or AI
    services is a ``training_data`` clause, and a promise of advance notice before a model is discontinued
    or changed a ``model_disclosure`` clause (both listed in ``added``).
    """
    if not labelled:
        return {}
    from dataclasses import replace

    from .classify.binds import binds_from_text
    from .classify.evidence import (
        _CUES,
        AI_LABEL_NAMES,
        document_context,
        evidence_for,
        licence_to_improve,
        model_change_notice,
    )
    from .segment.parties import parties_of_tree

    context = document_context(tree.document.text)
    texts = dict(units if units is not None else classification_units(tree))
    index = {c.id: c for c in tree.clauses}
    parties = None
    leads: dict[str, str] = {}
    out: dict[str, LabelledClause] = {}
    for cid, lab in labelled.items():
        text = texts.get(cid, "")
        evidence: dict[str, tuple[str, ...]] = {}
        dropped: dict[str, float] = {}
        for label in dict.fromkeys((*lab.labels, *lab.review)):
            if label not in AI_LABEL_NAMES:
                continue
            words = evidence_for(label, text, context)
            if words:
                evidence[label] = words
            else:
                dropped[label] = float(lab.scores.get(label, 0.0))
        binds = lab.binds
        added: dict[str, str] = {}
        if "training_data" not in evidence:
            # a licence over the customer's content to improve the vendor's algorithms is a training right in
            # substance, though the clause never says "train" (classify/evidence.licence_to_improve): the
            # model's label is kept with the licence as its evidence, or the label is added
            licence = licence_to_improve(text, context)
            if licence is not None:
                stance, evidence["training_data"] = licence
                dropped.pop("training_data", None)
                if "training_data" not in lab.labels:
                    added["training_data"] = stance
        if "model_disclosure" not in evidence:
            # advance notice before a model is discontinued or changed is a disclosure clause, whatever the
            # model read (classify/evidence.model_change_notice)
            notice = model_change_notice(text, context)
            if notice:
                evidence["model_disclosure"] = notice
                dropped.pop("model_disclosure", None)
                if "model_disclosure" not in lab.labels:
                    added["model_disclosure"] = "protective"
        if "distillation" in evidence and "distillation" in lab.labels and cid in index:
            if parties is None:
                parties = parties_of_tree(tree)
                leads = _item_leads(tree, index)
            clause = index[cid]
            lead = leads.get(clause.id, "")
            binds = binds_from_text(tree.own_text(clause), _CUES["distillation"], parties, lead) or binds
        if not dropped and not evidence and binds == lab.binds:
            out[cid] = lab
            continue
        out[cid] = replace(
            lab,
            labels=tuple(x for x in lab.labels if x not in dropped and x not in added) + tuple(added),
            review=tuple(x for x in lab.review if x not in dropped and x not in added),
            stance={**{k: v for k, v in lab.stance.items() if k not in dropped}, **added},
            added=tuple(added),
            binds=binds if "distillation" not in dropped else None,
            evidence=evidence,
            dropped=dropped,
        )
    return out


_CLASSIFIER_CACHE: dict[bool, Any] = {}


def load_classifier(options: Options) -> Any:
    """The run-time classifier, loaded once per process."""
    key = bool(options.allow_modified_model)
    if key not in _CLASSIFIER_CACHE:
        from .classify.model import ClauseClassifier

        _CLASSIFIER_CACHE[key] = ClauseClassifier.load(allow_modified=options.allow_modified_model)
    return _CLASSIFIER_CACHE[key]


def stage_check(tree: ClauseTree, labelled: Mapping[str, LabelledClause], options: Options) -> Mapping[str, Any]:
    """Rule checks; returns the report keys the checks add (findings, ai_clauses, ...)."""
    if not options.check:
        return {}
    from .checks import run_checks

    return run_checks(tree, labelled, options)


def _timed(options: Options, name: str, fn: Callable[..., Any], *args: Any, expect: type | None = None) -> Any:
    t0 = time.perf_counter()
    out = fn(*args)
    options.timings[name] = time.perf_counter() - t0
    if expect is not None and not isinstance(out, expect):
        raise TypeError(f"pipeline stage '{name}' returned {type(out).__name__}, expected {expect.__name__}")
    return out


def analyse(
    path: str | Path,
    *,
    playbook: Any = None,
    options: Options | None = None,
    classifier: Any = None,
    display_path: str | None = None,
) -> Report:
    """Run the whole pipeline on one file and return its Report."""
    opts = options or Options()
    if playbook is not None:
        opts.playbook = playbook
    document = _timed(opts, "extract", stage_extract, path, opts, expect=Document)
    tree = _timed(opts, "segment", stage_segment, document, opts, expect=ClauseTree)
    if classifier is None and opts.classify:
        classifier = load_classifier(opts)
    labelled = _timed(opts, "classify", stage_classify, tree, opts, classifier, expect=dict)
    labelled = _timed(opts, "evidence", stage_evidence, tree, labelled, opts, expect=dict)
    checked = _timed(opts, "check", stage_check, tree, labelled, opts)
    return build_report(display_path or str(path), tree, labelled, checked, opts,
                        model=model_provenance(classifier))


def model_info(classifier: Any) -> dict[str, Any] | None:
    """The plain (picklable) facts about a classifier that a report's provenance needs."""
    if classifier is None:
        return None
    return {
        "card": dict(getattr(classifier, "card", {}) or {}),
        "modified": list(getattr(classifier, "modified", ()) or ()),
        "model_sha256": getattr(classifier, "model_sha256", None),
    }


def model_provenance(classifier: Any = None, info: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """What the report records about the model that labelled it (empty without a model): from the
    classifier itself, or from :func:`model_info` of it (the batch engine's workers)."""
    if info is None:
        info = model_info(classifier)
    if not info:
        return {}
    from . import __version__

    card = info.get("card") or {}
    out: dict[str, Any] = {
        "clausecheck_version": __version__,
        "model": card.get("name") or "clause-classifier",
        "model_sha256": info.get("model_sha256") or card.get("model_sha256"),
    }
    modified = tuple(info.get("modified") or ())
    if modified:
        out["model_modified"] = list(modified)
    return out


def build_report(
    file: str,
    tree: ClauseTree,
    labelled: Mapping[str, LabelledClause],
    checked: Mapping[str, Any],
    options: Options,
    model: Mapping[str, Any] | None = None,
) -> Report:
    warnings = tuple(tree.document.warnings) + tuple(checked.get("warnings", ()))
    from .errors import warning_message

    for clause, size in cut_units(tree, labelled):
        name = clause.number or f"starting on page {clause.page}"
        warnings += (("W107", warning_message("W107", clause=name, size=size, limit=MAX_UNIT_CHARS)),)
    if model and model.get("model_modified"):
        warnings += (("W301", warning_message("W301")),)
    from . import __version__

    provenance = {"clausecheck_version": __version__, **dict(model or {}), **dict(checked.get("provenance", {}))}
    return Report(
        file=file,
        tree=tree,
        labelled=dict(labelled),
        findings=tuple(checked.get("findings", ())),
        warnings=warnings,
        ai_clauses=checked.get("ai_clauses", {}),
        governing_law=checked.get("governing_law"),
        dispute_resolution=checked.get("dispute_resolution"),
        provenance=provenance,
        extras=checked.get("extras", {}),
    )
