"""The one driver: named stages from a file to its Report.

    extract -> segment -> units -> predict -> evidence -> check -> collect

:data:`STAGES` is the pipeline.  Each :class:`Stage` names the artefacts it
needs, the one it provides and the type that artefact must have.  The driver,
:func:`run_stages`, checks before running anything that every need is met (by
what the caller gives or by an earlier stage), then runs the stages in order on
a :class:`Run`, records each stage's time and checks each output's type, naming
the stage at fault (as spaCy's ``Language.__call__`` does).

:func:`analyse` runs all of them on one file.  The batch
(:mod:`clausecheck.batch.work`) runs the same list in two slices,
:data:`BEFORE_PREDICT` and :data:`AFTER_PREDICT`, and the engine between them
pools the predictions of many documents through one classifier.

:class:`Options` is frozen: it is built once, at the edge (the CLI, or a
library call), with the playbook already loaded (:func:`resolve_playbook`).
Heavy modules are imported inside the stage that needs them, so
``clausecheck --help`` stays fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .classify.labels import LabelledClause
from .classify.units import MAX_UNIT_CHARS, Unit, classification_units, cut_units, item_leads
from .document import ClauseTree, Document
from .report import Report

if TYPE_CHECKING:
    from .checks.playbook import Playbook
    from .classify.model import Classifier, Prediction


@dataclass(frozen=True, slots=True)
class Options:
    """What the user asked for, shared by every stage.  Built once and never changed: a variant is
    ``dataclasses.replace(options, ...)``."""

    classify: bool = True
    check: bool = True
    playbook: Playbook | None = None  # None: the default playbook (rules/playbooks/default.yaml)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preview: bool = False
    allow_modified_model: bool = False
    allow_modified_rules: bool = False


def resolve_playbook(playbook: Playbook | str | Path | None) -> Playbook:
    """The playbook a run uses: a Playbook as it is, a file loaded (ConfigError E204 when it cannot
    be), None the default one.  The edges (the CLI commands, ``analyse(playbook=...)``, ``scan``)
    call it once, so the stages only ever see a Playbook or None."""
    from .checks.playbook import Playbook, load_playbook

    return playbook if isinstance(playbook, Playbook) else load_playbook(playbook)


# --------------------------------------------------------------------------- the artefacts


@dataclass(frozen=True, slots=True)
class Predicted:
    """The model's predictions for a document's units, in the units' order, and what a report records
    of the model that made them (:func:`model_info`; None when the model was not used)."""

    predictions: tuple[Prediction, ...] = ()
    model: Mapping[str, Any] | None = None


@dataclass(slots=True)
class Run:
    """One document on its way through the stages: the options, the classifier to use (loaded by the
    ``predict`` stage when None), the artefacts so far and the seconds each stage took."""

    options: Options
    file: str  # the name the report gives the document
    classifier: Classifier | None = None
    artefacts: dict[str, object] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def report(self) -> Report:
        if "report" not in self.artefacts:
            raise LookupError("this run has not reached the 'collect' stage")
        return cast(Report, self.artefacts["report"])  # run_stages checked its type


@dataclass(frozen=True, slots=True)
class Stage:
    """One named step: ``run(run, *needs)`` returns the artefact ``provides``, of type ``returns``."""

    name: str
    needs: tuple[str, ...]
    provides: str
    returns: type | tuple[type, ...]
    run: Callable[..., object]


# --------------------------------------------------------------------------- what each stage does


def stage_extract(path: str | Path, options: Options) -> Document:
    from .extract import extract

    return extract(path)


def stage_segment(document: Document, options: Options) -> ClauseTree:
    from .segment import segment

    return segment(document)


def stage_units(tree: ClauseTree, options: Options) -> list[Unit]:
    """What the model reads (:func:`~clausecheck.classify.units.classification_units`); none without it."""
    return classification_units(tree) if options.classify else []


def stage_predict(units: Sequence[Unit], options: Options, classifier: Classifier | None = None) -> Predicted:
    """The model's predictions for ``units`` (the classifier is loaded once per process when not given)."""
    if not options.classify:
        return Predicted()
    if options.check:
        # The checks need spaCy (about 1.7 s to import): import it on another core while the model runs.
        from .checks.lawfacts import preload

        preload()
    if classifier is None:
        classifier = load_classifier(options)
    predictions = classifier.predict([text for _, text in units]) if units else []
    return Predicted(tuple(predictions), model_info(classifier))


def labelled_from(units: Sequence[Unit], predictions: Iterable[Prediction]) -> dict[str, LabelledClause]:
    """The model's predictions for the classification units, as the clauses' readings (before the
    evidence stage)."""
    predictions = list(predictions)
    if len(predictions) != len(units):
        raise RuntimeError("classification units and predictions do not line up")
    labelled: dict[str, LabelledClause] = {}
    for (clause_id, _), pred in zip(units, predictions):
        labelled[clause_id] = LabelledClause(
            clause_id=clause_id,
            labels=tuple(pred.labels),
            # the model's keys are StrEnums (ClauseType, Stance): strings, as the reading's are
            scores=dict(cast("Mapping[str, float]", pred.scores)),
            stance=dict(cast("Mapping[str, str]", pred.stance)),
            binds=pred.binds,
            review=tuple(pred.review),
        )
    return labelled


def stage_classify(
    tree: ClauseTree, options: Options, classifier: Classifier | None = None
) -> dict[str, LabelledClause]:
    """The model's reading of every unit of ``tree``, before the evidence stage (units -> predict, for
    evaluations that compare the two)."""
    if not options.classify:
        return {}
    units = classification_units(tree)
    return labelled_from(units, stage_predict(units, options, classifier).predictions)


def stage_evidence(
    tree: ClauseTree, labelled: Mapping[str, LabelledClause], options: Options, units: Sequence[Unit] | None = None
) -> dict[str, LabelledClause]:
    """Keep an AI label only where the clause or its context speaks of AI, and say which words do.

    The model's reading of a clause comes in; what goes out is the same reading with the AI
    labels that have no evidence moved to ``dropped`` (with their scores), the evidence words of
    every AI label kept, and, for a distillation clause, who it binds as read from the sentence's
    subject (see classify/evidence.py and classify/binds.py). Some labels are read from the words rather
    than the model (listed in ``added``): a licence over the customer's content to improve the vendor's
    algorithms or AI services is a ``training_data`` clause; a promise of advance notice before a model is
    discontinued or changed, or a right to withdraw models at will, a ``model_disclosure`` clause; a ban on
    using the outputs to build, train or reverse-engineer a ``distillation`` clause.
    """
    if not labelled:
        return {}
    from .classify.binds import binds_from_text
    from .classify.evidence import _CUES, AI_LABEL_NAMES, document_context, evidence_for, rule_readings
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
        # what the clause's own words establish, whatever the model read (classify/evidence.rule_readings): the
        # model's label is kept with these words as its evidence, or the label is added with their stance
        for label, (stance, words) in rule_readings(text, context, have=evidence).items():
            evidence[label] = words
            dropped.pop(label, None)
            if label not in lab.labels:
                added[label] = stance
        if "distillation" in evidence and ("distillation" in lab.labels or "distillation" in added) and cid in index:
            if parties is None:
                parties = parties_of_tree(tree)
                leads = item_leads(tree, index)
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


def stage_check(tree: ClauseTree, labelled: Mapping[str, LabelledClause], options: Options) -> Mapping[str, Any]:
    """Rule checks; returns the report keys the checks add (findings, ai_clauses, ...)."""
    if not options.check:
        return {}
    from .checks import run_checks

    return run_checks(tree, labelled, options)


_CLASSIFIER_CACHE: dict[bool, Classifier] = {}


def load_classifier(options: Options) -> Classifier:
    """The run-time classifier, loaded once per process."""
    key = bool(options.allow_modified_model)
    if key not in _CLASSIFIER_CACHE:
        from .classify.model import ClauseClassifier

        _CLASSIFIER_CACHE[key] = ClauseClassifier.load(allow_modified=options.allow_modified_model)
    return _CLASSIFIER_CACHE[key]


def model_info(classifier: Classifier | None) -> dict[str, Any] | None:
    """The plain (picklable) facts about a classifier that a report's provenance needs."""
    if classifier is None:
        return None
    return {
        "card": dict(getattr(classifier, "card", {}) or {}),
        "modified": list(getattr(classifier, "modified", ()) or ()),
        "model_sha256": getattr(classifier, "model_sha256", None),
    }


def model_provenance(classifier: Classifier | None = None, info: Mapping[str, Any] | None = None) -> dict[str, Any]:
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


# --------------------------------------------------------------------------- the stages


def _extract(run: Run, path: str | Path) -> Document:
    return stage_extract(path, run.options)


def _segment(run: Run, document: Document) -> ClauseTree:
    return stage_segment(document, run.options)


def _units(run: Run, tree: ClauseTree) -> list[Unit]:
    return stage_units(tree, run.options)


def _predict(run: Run, units: list[Unit]) -> Predicted:
    return stage_predict(units, run.options, run.classifier)


def _evidence(run: Run, tree: ClauseTree, units: list[Unit], predicted: Predicted) -> dict[str, LabelledClause]:
    if not run.options.classify:
        return {}
    return stage_evidence(tree, labelled_from(units, predicted.predictions), run.options, units)


def _check(run: Run, tree: ClauseTree, labelled: Mapping[str, LabelledClause]) -> Mapping[str, Any]:
    return stage_check(tree, labelled, run.options)


def _collect(
    run: Run, tree: ClauseTree, labelled: Mapping[str, LabelledClause], checked: Mapping[str, Any], predicted: Predicted
) -> Report:
    model = model_provenance(info=predicted.model)
    return build_report(run.file, tree, labelled, checked, run.options, model=model)


STAGES: tuple[Stage, ...] = (
    Stage("extract", ("path",), "document", Document, _extract),
    Stage("segment", ("document",), "tree", ClauseTree, _segment),
    Stage("units", ("tree",), "units", list, _units),
    Stage("predict", ("units",), "predicted", Predicted, _predict),
    Stage("evidence", ("tree", "units", "predicted"), "labelled", dict, _evidence),
    Stage("check", ("tree", "labelled"), "checked", Mapping, _check),
    Stage("collect", ("tree", "labelled", "checked", "predicted"), "report", Report, _collect),
)


def split_at(name: str, stages: Sequence[Stage] = STAGES) -> tuple[tuple[Stage, ...], tuple[Stage, ...]]:
    """The stages before and after the one called ``name`` (which is in neither)."""
    names = [s.name for s in stages]
    if name not in names:
        raise ValueError(f"no pipeline stage is called '{name}' (stages: {', '.join(names)})")
    i = names.index(name)
    return tuple(stages[:i]), tuple(stages[i + 1 :])


#: The batch's two slices: workers run the first, the engine pools ``predict`` over many documents,
#: workers run the second on what the first left (:func:`inputs_of`) plus the predictions.
BEFORE_PREDICT, AFTER_PREDICT = split_at("predict")


def inputs_of(stages: Sequence[Stage]) -> tuple[str, ...]:
    """The artefacts ``stages`` need that none of them provides, in the order they are first needed."""
    provided: set[str] = set()
    out: list[str] = []
    for stage in stages:
        out.extend(k for k in stage.needs if k not in provided and k not in out)
        provided.add(stage.provides)
    return tuple(out)


def check_stages(stages: Sequence[Stage], given: Iterable[str]) -> None:
    """Raise ValueError if a stage needs an artefact that neither ``given`` nor an earlier stage provides."""
    have = set(given)
    for stage in stages:
        missing = [k for k in stage.needs if k not in have]
        if missing:
            raise ValueError(
                f"pipeline stage '{stage.name}' needs {', '.join(missing)}, which nothing before it provides"
            )
        have.add(stage.provides)


def _type_name(returns: type | tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in returns) if isinstance(returns, tuple) else returns.__name__


def run_stages(stages: Sequence[Stage], run: Run, **given: object) -> Run:
    """Run ``stages`` in order on ``run`` (its artefacts plus ``given``); returns ``run``."""
    check_stages(stages, [*run.artefacts, *given])
    run.artefacts.update(given)
    for stage in stages:
        t0 = time.perf_counter()
        out = stage.run(run, *(run.artefacts[k] for k in stage.needs))
        run.timings[stage.name] = time.perf_counter() - t0
        if not isinstance(out, stage.returns):
            raise TypeError(
                f"pipeline stage '{stage.name}' returned {type(out).__name__}, expected {_type_name(stage.returns)}"
            )
        run.artefacts[stage.provides] = out
    return run


def run_pipeline(
    path: str | Path,
    *,
    options: Options | None = None,
    classifier: Classifier | None = None,
    display_path: str | None = None,
) -> Run:
    """Every stage on one file; the Run holds the report, every artefact and the stages' times."""
    run = Run(options or Options(), file=display_path or str(path), classifier=classifier)
    return run_stages(STAGES, run, path=path)


def analyse(
    path: str | Path,
    *,
    playbook: Playbook | str | Path | None = None,
    options: Options | None = None,
    classifier: Classifier | None = None,
    display_path: str | None = None,
) -> Report:
    """Run the whole pipeline on one file and return its Report.  ``playbook`` (a Playbook or a
    file) replaces the one in ``options``."""
    opts = options or Options()
    if playbook is not None:
        opts = replace(opts, playbook=resolve_playbook(playbook))
    return run_pipeline(path, options=opts, classifier=classifier, display_path=display_path).report


__all__ = [
    "AFTER_PREDICT",
    "BEFORE_PREDICT",
    "STAGES",
    "Options",
    "Predicted",
    "Run",
    "Stage",
    "analyse",
    "build_report",
    "check_stages",
    "inputs_of",
    "labelled_from",
    "load_classifier",
    "model_info",
    "model_provenance",
    "resolve_playbook",
    "run_pipeline",
    "run_stages",
    "split_at",
    "stage_check",
    "stage_classify",
    "stage_evidence",
    "stage_extract",
    "stage_predict",
    "stage_segment",
    "stage_units",
]
