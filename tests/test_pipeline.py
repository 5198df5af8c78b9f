"""The driver: named stages with declared needs and typed outputs, run whole or in the batch's two slices."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import ClassVar

import pytest

from clausecheck.batch.work import CARRIED, Job, Prepared, document_report, finish, prepare
from clausecheck.classify.labels import ClauseType, Stance
from clausecheck.classify.model import Prediction
from clausecheck.document import Document
from clausecheck.errors import ConfigError
from clausecheck.pipeline import (
    AFTER_PREDICT,
    BEFORE_PREDICT,
    STAGES,
    Options,
    Run,
    Stage,
    analyse,
    check_stages,
    resolve_playbook,
    run_pipeline,
    run_stages,
    split_at,
    stage_units,
)
from clausecheck.render.json import render

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NO_MODEL = Options(classify=False, allow_modified_rules=True)


class FakeClassifier:
    """Says training_data (adverse) for every clause that mentions data, nothing for the others."""

    card: ClassVar[dict[str, str]] = {"name": "fake-classifier", "model_sha256": "f" * 64}
    modified = ()
    model_sha256 = "a" * 64

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def predict(self, texts):
        self.calls.append(list(texts))
        hit = Prediction(
            labels=(ClauseType.TRAINING_DATA,),
            scores={ClauseType.TRAINING_DATA: 0.9},
            stance={ClauseType.TRAINING_DATA: Stance.ADVERSE},
        )
        return [hit if "data" in t.lower() else Prediction() for t in texts]


def test_pipeline_stages_in_order_each_need_met():
    names = ["extract", "segment", "units", "predict", "evidence", "check", "collect"]
    assert [s.name for s in STAGES] == names
    check_stages(STAGES, ["path"])
    assert len({s.provides for s in STAGES}) == len(STAGES)


def test_pipeline_batch_slices_are_the_stages_around_predict():
    assert (*BEFORE_PREDICT, *[s for s in STAGES if s.name == "predict"], *AFTER_PREDICT) == STAGES
    assert CARRIED == ("tree", "units")  # what a prepared document carries to `finish`
    with pytest.raises(ValueError, match="no pipeline stage is called 'classify'"):
        split_at("classify")


def test_pipeline_unmet_need_is_refused_before_any_stage_runs():
    run = Run(NO_MODEL, file="x")
    with pytest.raises(ValueError, match="stage 'evidence' needs tree, units, predicted"):
        run_stages(AFTER_PREDICT, run)
    assert run.timings == {} and run.artefacts == {}


def test_pipeline_wrong_output_type_names_the_stage():
    bad = Stage("extract", ("path",), "document", Document, lambda run, path: "not a document")
    with pytest.raises(TypeError, match="pipeline stage 'extract' returned str, expected Document"):
        run_stages([bad], Run(NO_MODEL, file="x"), path="x")


def test_pipeline_options_are_frozen():
    opts = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.classify = False  # type: ignore[misc]
    assert dataclasses.replace(opts, classify=False).classify is False and opts.classify is True


def test_pipeline_records_every_stage_time_on_the_run_not_the_options():
    path = SAMPLES / "vendor_terms_missing_gl.docx"
    run = run_pipeline(path, options=NO_MODEL)
    assert list(run.timings) == [s.name for s in STAGES] and all(t >= 0 for t in run.timings.values())
    assert render(run.report) == render(analyse(path, options=NO_MODEL))
    assert run.artefacts["units"] == [] and run.report.provenance.get("model") is None


def test_pipeline_playbook_is_loaded_at_the_edge():
    with pytest.raises(ConfigError) as e:
        resolve_playbook("no/such/playbook.yaml")
    assert e.value.code == "E204"
    default = resolve_playbook(None)
    assert resolve_playbook(default) is default
    path = SAMPLES / "plain_saas_no_ai.docx"
    given = analyse(path, options=NO_MODEL, playbook=default.path)
    assert render(given) == render(analyse(path, options=NO_MODEL))


@pytest.mark.parametrize("name", ["ai_saas_agreement.docx", "plain_saas_no_ai.pdf"])
def test_pipeline_batch_slices_give_the_report_of_analyse(name):
    """prepare -> predictions made elsewhere (pooled by an engine) -> finish: the report `analyse` makes."""
    path = SAMPLES / name
    options = Options(allow_modified_rules=True)
    fake = FakeClassifier()
    expected = render(analyse(path, options=options, classifier=fake))
    assert expected.count('"fake-classifier"') == 1 and '"training_data"' in expected
    prepared = prepare(Job(0, str(path), str(path)), options)
    assert isinstance(prepared, Prepared) and set(prepared.artefacts) == set(CARRIED)
    assert prepared.units == stage_units(prepared.artefacts["tree"], options)  # type: ignore[arg-type]
    pooled = FakeClassifier().predict([text for _, text in prepared.units])
    model = {"card": fake.card, "modified": [], "model_sha256": fake.model_sha256}
    assert finish(prepared, pooled, options, model).text == expected
    assert document_report(Job(0, str(path), str(path)), options, FakeClassifier()).text == expected
