"""The run-time classifier with the committed model: loading, hash checks, predictions, no torch, no network."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clausecheck.classify.labels import AI_LABELS, LABELS, ClauseType, Stance
from clausecheck.errors import ModelError

from tests.conftest import MODEL_FILE, ROOT, needs_model

MODEL_DIR = MODEL_FILE.parent
pytestmark = needs_model

GOV_LAW = "This Agreement and any dispute arising out of it shall be governed by the laws of the State of New York."
NO_TRAIN = (
    "The Provider shall not use Customer Data, prompts or outputs to train, retrain or improve any "
    "artificial intelligence or machine learning model."
)
NEUTRAL = "Each party shall pay its own costs in connection with the negotiation and signature of this Agreement."


@pytest.fixture(scope="module")
def clf():
    from clausecheck.classify.model import ClauseClassifier

    return ClauseClassifier.load(MODEL_DIR)


def _copy_model(tmp_path: Path) -> Path:
    dst = tmp_path / "clause-classifier"
    shutil.copytree(MODEL_DIR, dst)
    return dst


def test_model_labels_and_thresholds_load_from_the_model_dir(clf):
    labels = json.loads((MODEL_DIR / "labels.json").read_text(encoding="utf-8"))
    thresholds = json.loads((MODEL_DIR / "thresholds.json").read_text(encoding="utf-8"))
    assert [str(x) for x in clf.labels] == labels["labels"] == [str(x) for x in LABELS]
    assert [str(x) for x in clf.ai_labels] == labels["ai_labels"] == [str(x) for x in AI_LABELS]
    assert clf.max_length == labels["max_length"]
    for k, lbl in enumerate(clf.labels):
        entry = thresholds["labels"][str(lbl)]
        assert clf.threshold[k] == pytest.approx(entry["threshold"])
        assert clf.temperature[k] == pytest.approx(entry["temperature"])
        assert 0.0 < entry["threshold"] < 1.0
        assert entry["review"][0] <= entry["threshold"] <= entry["review"][1]
    assert clf.modified == ()
    assert clf.model_sha256 == json.loads((MODEL_DIR / "card.json").read_text())["model_sha256"]


def test_model_every_file_is_listed_and_verified():
    from clausecheck.classify.model import RUNTIME_FILES, verify_model_dir

    status = dict(verify_model_dir(MODEL_DIR))
    assert set(RUNTIME_FILES) <= set(status)
    assert all(s == "ok" for s in status.values()), status


def test_model_tampered_weights_are_refused(tmp_path):
    from clausecheck.classify.model import ClauseClassifier

    folder = _copy_model(tmp_path)
    weights = folder / "model.int8.onnx"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelError) as e:
        ClauseClassifier.load(folder)
    assert e.value.code == "E302"
    assert "model.int8.onnx" in e.value.message and "--allow-modified-model" in e.value.message
    # on purpose: it loads, and says which file was modified
    loaded = ClauseClassifier.load(folder, allow_modified=True)
    assert loaded.modified == ("model.int8.onnx",)


def test_model_tampered_thresholds_are_refused(tmp_path):
    from clausecheck.classify.model import ClauseClassifier

    folder = _copy_model(tmp_path)
    path = folder / "thresholds.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"threshold": 0.', '"threshold": 0.0', 1), encoding="utf-8"
    )
    with pytest.raises(ModelError) as e:
        ClauseClassifier.load(folder)
    assert e.value.code == "E302" and "thresholds.json" in e.value.message


def test_model_missing_file_and_missing_sums(tmp_path):
    from clausecheck.classify.model import ClauseClassifier

    folder = _copy_model(tmp_path)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelError) as e:
        ClauseClassifier.load(folder)
    assert e.value.code == "E301" and "tokenizer.json" in e.value.message
    (folder / "SHA256SUMS").unlink()
    with pytest.raises(ModelError) as e:
        ClauseClassifier.load(folder)
    assert e.value.code == "E301"
    with pytest.raises(ModelError) as e:
        ClauseClassifier.load(tmp_path / "nowhere")
    assert e.value.code == "E301"


def test_model_predicts_clear_cases(clf):
    gov, train, neutral = clf.predict([GOV_LAW, NO_TRAIN, NEUTRAL])
    assert ClauseType.GOVERNING_LAW in gov.labels
    assert ClauseType.TRAINING_DATA in train.labels
    assert train.stance[ClauseType.TRAINING_DATA] == Stance.PROTECTIVE
    assert not set(neutral.labels) & set(AI_LABELS)
    for p in (gov, train, neutral):
        assert set(p.scores) == set(LABELS)
        assert all(0.0 <= v <= 1.0 for v in p.scores.values())
        assert set(p.stance) <= set(p.labels)  # stance only for labels found
    js = train.to_json()
    assert js["labels"] == [str(x) for x in train.labels] and "stance" in js and "scores" in js


def test_model_keeps_order_and_handles_empty_text(clf):
    texts = [GOV_LAW, "", "   ", NO_TRAIN]
    preds = clf.predict(texts)
    assert len(preds) == 4
    assert preds[1].labels == () and preds[1].scores == {} and preds[2].labels == ()
    again = clf.predict(texts)
    assert [p.scores for p in again] == [p.scores for p in preds]  # same input, same output


def test_model_scores_do_not_depend_on_batch_mates_or_threads(clf):
    """A clause gets bit-identical scores alone, among other clauses (short and long, as in a scan
    that pools documents) and with any number of threads: every window runs on its own."""
    from clausecheck.classify.model import ClauseClassifier

    long_text = " ".join(f"Clause {i}: the Supplier shall keep records of its work." for i in range(60))
    texts = [GOV_LAW, NO_TRAIN, NEUTRAL, long_text, "Short.", NO_TRAIN + " " + NEUTRAL]
    together = clf.predict(texts)
    alone = [clf.predict([t])[0] for t in texts]
    reordered = clf.predict(list(reversed(texts)))[::-1]
    one_thread = ClauseClassifier.load(MODEL_DIR, threads=1).predict(texts)
    three_threads = ClauseClassifier.load(MODEL_DIR, threads=3).predict(texts)
    for variant in (alone, reordered, one_thread, three_threads):
        assert [p.scores for p in variant] == [p.scores for p in together]
        assert [p.stance for p in variant] == [p.stance for p in together]
    assert together[3].windows > 1
    assert clf.batch_invariant


def test_model_long_clause_is_windowed_not_truncated(clf):
    filler = " ".join(
        f"The Supplier shall deliver report number {i} to the Customer within ten business days of the end of "
        "each calendar month."
        for i in range(30)
    )
    long_text = filler + " " + GOV_LAW
    pred, filler_only = clf.predict([long_text, filler])
    assert pred.windows > 1
    # the last sentence is still seen: found, or at least flagged for review, never silently cut off
    gl = ClauseType.GOVERNING_LAW
    assert gl in pred.labels or gl in pred.review
    assert pred.scores[gl] > filler_only.scores[gl] + 0.3
    windows = clf.encode([long_text])[0]
    assert all(len(w) <= clf.max_length - 2 for w in windows)


def test_model_runs_without_network_and_without_torch(tmp_path):
    """A fresh process whose sockets all fail classifies clauses and never imports torch/transformers."""
    script = textwrap.dedent(f"""
        import json, socket, sys
        class NoNetwork(socket.socket):
            def connect(self, *a, **k): raise OSError("network disabled by the test")
            def connect_ex(self, *a, **k): raise OSError("network disabled by the test")
        socket.socket = NoNetwork
        socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled"))
        socket.getaddrinfo = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled"))
        from clausecheck.classify.model import ClauseClassifier
        clf = ClauseClassifier.load({str(MODEL_DIR)!r})
        preds = clf.predict({[GOV_LAW, NO_TRAIN]!r})
        print(json.dumps({{"labels": [list(map(str, p.labels)) for p in preds],
                          "torch": "torch" in sys.modules, "transformers": "transformers" in sys.modules}}))
    """)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
        "NO_PROXY": "",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9",
    }
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=str(tmp_path), env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert "governing_law" in res["labels"][0] and "training_data" in res["labels"][1]
    assert res["torch"] is False and res["transformers"] is False
    # no onnxruntime telemetry written under the (fresh) home folder
    assert not (tmp_path / ".cache" / "Microsoft").exists()


def test_model_reuses_the_prediction_of_a_clause_it_has_seen():
    """Identical clauses (a template shared by many contracts of a scan) run through the model once;
    the reused prediction is the one a fresh model computes."""
    from clausecheck.classify.model import ClauseClassifier

    clf = ClauseClassifier.load(MODEL_DIR)
    first = clf.predict([GOV_LAW, NO_TRAIN, GOV_LAW])
    assert clf.memo_hits == 0 and len(clf._memo) == 2  # the repeat inside one call ran once
    assert first[0] is first[2]
    again = clf.predict([NEUTRAL, NO_TRAIN])
    assert clf.memo_hits == 1 and again[1] is first[1]
    fresh = ClauseClassifier.load(MODEL_DIR)
    fresh.memo_size, fresh._memo = 0, None
    assert [p.to_json() for p in fresh.predict([NEUTRAL, NO_TRAIN])] == [p.to_json() for p in again]
    # stance of every AI label (evaluation) is kept apart from the ordinary prediction
    full = clf.predict([NO_TRAIN], all_stances=True)[0]
    assert set(full.stance) == set(AI_LABELS) and full is not first[1]
