"""The run-time clause classifier: onnxruntime (int8) + tokenizers, never torch.

The model directory (``models/clause-classifier/``) holds::

    model.int8.onnx   encoder + head; inputs input_ids, attention_mask (int64, [batch, seq]);
                      outputs label_logits [batch, 6], stance_logits [batch, 4, 3], binds_logits [batch, 3]
    tokenizer.json    the base model's WordPiece tokenizer
    labels.json       output order of labels, AI labels, stances, binds; max_length
    thresholds.json   per label: temperature, decision threshold, review band
    card.json         the model card (``clausecheck model``)
    SHA256SUMS        sha256 of every file above; checked on every load

``ClauseClassifier.load()`` refuses a directory whose files do not match
SHA256SUMS (E302) or miss one (E301).  ``predict()`` splits clauses longer than
the window into overlapping windows whose scores are max-pooled per label.

Every window is run on its own, unpadded, with one onnxruntime thread; several
windows run at once on a pool of ``threads`` Python threads sharing the session.
The int8 graph quantises its activations dynamically, with one scale per input
tensor, so a window run inside a padded batch would get a score that depends on
its batch-mates.  Run alone it does not: a clause gets the same score from
``clausecheck FILE``, ``classify`` and a scan that pools clauses of many
documents, whatever the thread count (``batch_invariant``).  Measured here, this
is also faster than padded batches (no padding; no intra-op synchronisation).
Because a clause's prediction depends on its text alone, predictions are kept
(``DEFAULT_MEMO_SIZE`` clauses, least recently used dropped) and a clause seen
before, such as the boilerplate of a template many contracts share, is not run
again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..errors import ModelError
from .labels import AI_LABELS, BINDS, LABELS, STANCES, Binds, ClauseType, Stance
from .windows import DEFAULT_OVERLAP, plan_windows, token_boundaries

MODEL_FILE = "model.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
THRESHOLDS_FILE = "thresholds.json"
CARD_FILE = "card.json"
SUMS_FILE = "SHA256SUMS"
#: Files the classifier needs at run time (all must be listed in SHA256SUMS).
RUNTIME_FILES = (MODEL_FILE, TOKENIZER_FILE, LABELS_FILE, THRESHOLDS_FILE, CARD_FILE)
#: The largest file of each kind read at all (the shipped graph is about 23 MB): anything bigger,
#: or anything that is not a regular file (a FIFO, a device), is refused before it is read.
MAX_BYTES = {MODEL_FILE: 512 * 2**20}
MAX_OTHER_BYTES = 32 * 2**20


#: Clause predictions kept for reuse (identical clauses across the documents of a scan: the
#: company's own template signed with many vendors repeats most of its text).
DEFAULT_MEMO_SIZE = 20_000


@dataclass(frozen=True, slots=True)
class Prediction:
    """The classifier's verdict on one clause."""

    labels: tuple[ClauseType, ...] = ()
    scores: Mapping[ClauseType, float] = field(default_factory=dict)  # calibrated probabilities
    stance: Mapping[ClauseType, Stance] = field(default_factory=dict)  # for present AI labels
    binds: Binds | None = None  # who is restricted, when distillation is present
    review: tuple[ClauseType, ...] = ()  # labels whose probability is in the abstain band
    windows: int = 1  # how many model windows the clause needed

    def to_json(self, digits: int = 4) -> dict[str, Any]:
        out: dict[str, Any] = {
            "labels": [str(x) for x in self.labels],
            "scores": {str(k): round(float(v), digits) for k, v in self.scores.items()},
            "stance": {str(k): str(v) for k, v in self.stance.items()},
        }
        if self.binds is not None:
            out["binds"] = str(self.binds)
        if self.review:
            out["review"] = [str(x) for x in self.review]
        return out


EMPTY = Prediction()


class Classifier(Protocol):
    """What the pipeline needs of a clause classifier: :class:`ClauseClassifier`, or a stand-in in
    tests and benchmarks.  ``card``, ``modified`` and ``model_sha256`` go into a report's provenance."""

    @property
    def card(self) -> Mapping[str, Any]: ...

    @property
    def modified(self) -> tuple[str, ...]: ...

    @property
    def model_sha256(self) -> str | None: ...

    def predict(self, texts: Sequence[str]) -> Sequence[Prediction]:
        """One prediction per text, in input order."""
        ...


# --------------------------------------------------------------------------- hashes


def read_sums(model_dir: Path) -> dict[str, str]:
    """SHA256SUMS as {file name: hex digest}.  Raises E301 when it is missing."""
    path = model_dir / SUMS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ModelError("E301", model_dir, detail=f"{SUMS_FILE} not found") from e
    except OSError as e:
        raise ModelError("E303", model_dir, detail=f"{SUMS_FILE}: {e}") from e
    sums: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        sums[name.strip().lstrip("*")] = digest.strip().lower()
    return sums


def verify_model_dir(model_dir: str | Path | None = None) -> list[tuple[str, str]]:
    """Check every run-time file against SHA256SUMS without loading anything.

    Returns ``[(file, status)]`` with status ``ok``, ``modified``, ``missing``
    or ``unlisted`` (needed at run time but absent from SHA256SUMS).
    """
    model_dir = _resolve_dir(model_dir)
    sums = read_sums(model_dir)
    pins = pinned_sums(model_dir)
    out: list[tuple[str, str]] = []
    names = list(RUNTIME_FILES) + sorted(set(sums) - set(RUNTIME_FILES))
    for name in names:
        path = model_dir / name
        if name not in sums:
            out.append((name, "unlisted"))
        elif not os.path.lexists(path):
            out.append((name, "missing"))
        else:
            try:
                check_regular(path, name)
            except ModelError:
                out.append((name, "refused"))
                continue
            digest = _sha256_path(path)
            ok = digest == sums[name] and (pins is None or name not in RUNTIME_FILES or pins.get(name) == digest)
            out.append((name, "ok" if ok else "modified"))
    return out


def pinned_sums(model_dir: Path) -> dict[str, str] | None:
    """The hashes pinned in the package code (``clausecheck/_pins.py``) when ``model_dir`` is the
    model clausecheck uses by default; None for another folder (a model being trained or compared)."""
    from ..resources import classifier_dir

    try:
        if model_dir.resolve() != classifier_dir().resolve():
            return None
    except OSError:
        return None
    from .. import _pins

    return dict(_pins.MODEL)


def check_regular(path: Path, name: str) -> None:
    """Refuse a model file that is not a regular file or is larger than its bound, before reading it."""
    import stat as _stat

    try:
        st = os.stat(path)
    except FileNotFoundError as e:
        raise ModelError("E301", path, detail=name) from e
    except OSError as e:
        raise ModelError("E303", path, detail=str(e)) from e
    limit = MAX_BYTES.get(name, MAX_OTHER_BYTES)
    if not _stat.S_ISREG(st.st_mode):
        raise ModelError("E305", path, detail=f"{name} is not a regular file")
    if st.st_size > limit:
        raise ModelError(
            "E305",
            path,
            detail=f"{name} is {st.st_size / 2**20:.0f} MB, more than the {limit // 2**20} MB a model file may have",
        )


def _sha256_path(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _resolve_dir(model_dir: str | Path | None) -> Path:
    if model_dir is None:
        from ..resources import classifier_dir

        return classifier_dir()
    return Path(model_dir)


def cpu_info() -> dict[str, Any]:
    """The processor and the vector instruction sets that int8 inference speed and a training run's bytes
    depend on (Linux; empty elsewhere).

    onnxruntime's int8 matrix products ran 1.5-1.7x faster on our machine with AVX-512 VNNI than on
    one of the same size with AVX2 alone, and torch's kernels follow the widest set present: a
    throughput figure or a rebuild means little without its processor.
    """
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    model, flags = "", set[str]()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name" and not model:
            model = value.strip()
        elif key.strip() == "flags" and not flags:
            flags = set(value.split())
    wanted = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")
    return {"model": model, "int8_features": [f for f in wanted if f in flags]}


def available_cores() -> int:
    override = os.environ.get("CLAUSECHECK_THREADS")
    if override and override.isdigit() and int(override) > 0:
        return int(override)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- classifier

#: A backend takes (input_ids, attention_mask) int64 arrays [batch, seq] and returns
#: (label_logits [b, 6], stance_logits [b, 4, 3], binds_logits [b, 3]) as numpy arrays.
Backend = Callable[[Any, Any], tuple[Any, Any, Any]]


class ClauseClassifier:
    """Load with :meth:`load`; call :meth:`predict` with a list of clause texts."""

    def __init__(
        self,
        backend: Backend,
        tokenizer: Any,
        labels_spec: Mapping[str, Any],
        thresholds: Mapping[str, Any],
        *,
        model_dir: Path | None = None,
        card: Mapping[str, Any] | None = None,
        modified: Sequence[str] = (),
        file_sha256: Mapping[str, str] | None = None,
    ) -> None:
        import numpy as np

        self._np = np
        self.file_sha256 = dict(file_sha256 or {})  # computed from the bytes loaded, not read from the card
        self.backend = backend
        self.tokenizer = tokenizer
        self.model_dir = model_dir
        self.card = dict(card or {})
        self.modified = tuple(modified)  # files that differ from SHA256SUMS (allow_modified=True)
        labels = [ClauseType(x) for x in labels_spec["labels"]]
        ai = [ClauseType(x) for x in labels_spec["ai_labels"]]
        stances = [Stance(x) for x in labels_spec["stances"]]
        binds = [Binds(x) for x in labels_spec["binds"]]
        if labels != list(LABELS) or ai != list(AI_LABELS) or stances != list(STANCES) or binds != list(BINDS):
            raise ModelError("E303", model_dir, detail=f"{LABELS_FILE} does not match this clausecheck's label set")
        self.labels = tuple(labels)
        self.ai_labels = tuple(ai)
        self.stances = tuple(stances)
        self.binds = tuple(binds)
        self.max_length = int(labels_spec.get("max_length", 256))
        self.overlap = int(labels_spec.get("window_overlap", DEFAULT_OVERLAP))
        per = thresholds["labels"]
        try:
            self.temperature = np.array([float(per[x]["temperature"]) for x in self.labels], dtype=np.float64)
            self.threshold = np.array([float(per[x]["threshold"]) for x in self.labels], dtype=np.float64)
            self.review_low = np.array([float(per[x]["review"][0]) for x in self.labels], dtype=np.float64)
            self.review_high = np.array([float(per[x]["review"][1]) for x in self.labels], dtype=np.float64)
        except (KeyError, TypeError, ValueError, IndexError) as e:
            raise ModelError("E303", model_dir, detail=f"{THRESHOLDS_FILE} is incomplete ({e})") from e
        self.thresholds = dict(thresholds)
        self.cls_id = tokenizer.token_to_id("[CLS]")
        self.sep_id = tokenizer.token_to_id("[SEP]")
        self.pad_id = tokenizer.token_to_id("[PAD]") or 0
        from collections import OrderedDict

        #: Predictions of clauses already seen, by (text, all_stances); least recently used dropped first.
        # CLAUSECHECK_MODEL_MEMO=0 turns reuse off (benchmarks measure the model on every clause)
        memo_env = os.environ.get("CLAUSECHECK_MODEL_MEMO", "")
        self.memo_size = int(memo_env) if memo_env.isdigit() else DEFAULT_MEMO_SIZE
        self._memo: OrderedDict[tuple[str, bool], Prediction] | None = OrderedDict() if self.memo_size > 0 else None
        self.memo_hits = 0
        if self.cls_id is None or self.sep_id is None:
            raise ModelError("E303", model_dir, detail=f"{TOKENIZER_FILE} has no [CLS]/[SEP] token")

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        allow_modified: bool = False,
        *,
        threads: int | None = None,
    ) -> ClauseClassifier:
        """Verify SHA256SUMS, then load the int8 ONNX graph and the tokenizer.

        A file that differs from SHA256SUMS raises ``ModelError("E302")`` unless
        ``allow_modified`` is set (then ``.modified`` lists it); a missing file
        raises ``ModelError("E301")``.
        """
        model_dir = _resolve_dir(model_dir)
        if not model_dir.is_dir():
            raise ModelError("E301", model_dir, detail="model folder not found")
        sums = read_sums(model_dir)
        pins = pinned_sums(model_dir)  # the installed model must also match the package's own record
        blobs: dict[str, bytes] = {}
        digests: dict[str, str] = {}
        modified: list[str] = []
        for name in RUNTIME_FILES:
            path = model_dir / name
            check_regular(path, name)
            try:
                data = path.read_bytes()
            except FileNotFoundError as e:
                raise ModelError("E301", path, detail=name) from e
            except OSError as e:
                raise ModelError("E303", path, detail=str(e)) from e
            expected = sums.get(name)
            digest = digests[name] = hashlib.sha256(data).hexdigest()
            if expected is None or digest != expected or (pins is not None and pins.get(name) != digest):
                if not allow_modified:
                    if expected is None:
                        detail = f"{name} (not listed in {SUMS_FILE})"
                    elif digest != expected:
                        detail = f"{name} (differs from {SUMS_FILE})"
                    else:
                        detail = f"{name} (differs from the hash pinned in this release)"
                    raise ModelError("E302", path, detail=detail)
                modified.append(name)
            blobs[name] = data
        try:
            labels_spec = json.loads(blobs[LABELS_FILE])
            thresholds = json.loads(blobs[THRESHOLDS_FILE])
            card = json.loads(blobs[CARD_FILE])
        except ValueError as e:
            raise ModelError("E303", model_dir, detail=f"bad JSON: {e}") from e
        tokenizer = _load_tokenizer(blobs[TOKENIZER_FILE], model_dir)
        backend = OnnxBackend(blobs[MODEL_FILE], threads=threads or available_cores(), model_dir=model_dir)
        return cls(
            backend,
            tokenizer,
            labels_spec,
            thresholds,
            model_dir=model_dir,
            card=card,
            modified=modified,
            file_sha256=digests,
        )

    # ------------------------------------------------------------------ predicting

    def encode(self, texts: Sequence[str]) -> list[list[list[int]]]:
        """Token ids of each text's windows (without [CLS]/[SEP]); [] for an empty text."""
        limit = self.max_length - 2
        out: list[list[list[int]]] = [[] for _ in texts]
        idx = [i for i, t in enumerate(texts) if t and t.strip()]
        if not idx:
            return out
        encs = self.tokenizer.encode_batch([texts[i] for i in idx], add_special_tokens=False)
        for i, enc in zip(idx, encs):
            ids = enc.ids
            if not ids:
                continue
            if len(ids) <= limit:
                out[i] = [ids]
                continue
            sents, words = token_boundaries(texts[i], enc.offsets, enc.word_ids)
            spans = plan_windows(len(ids), limit, sents, words, overlap=self.overlap)
            out[i] = [ids[a:b] for a, b in spans]
        return out

    #: Scores do not depend on which other clauses are classified in the same call.
    batch_invariant = True

    def logits(self, texts: Sequence[str]) -> tuple[list[list[int]], Any, Any, Any]:
        """Raw logits for every window: (window indices per text, label, stance, binds arrays).

        Each window is one backend call of shape [1, window length]: no padding,
        no batch-mates (see the module docstring).
        """
        np = self._np
        windows = self.encode(texts)
        units: list[list[int]] = []
        owner: list[list[int]] = []
        for w in windows:
            owner.append(list(range(len(units), len(units) + len(w))))
            units.extend(w)
        n = len(units)
        lab = np.zeros((n, len(self.labels)), dtype=np.float32)
        sta = np.zeros((n, len(self.ai_labels), len(self.stances)), dtype=np.float32)
        bnd = np.zeros((n, len(self.binds)), dtype=np.float32)

        def run(j: int) -> tuple[int, tuple[Any, Any, Any]]:
            seq = units[j]
            ids = np.empty((1, len(seq) + 2), dtype=np.int64)
            ids[0, 0] = self.cls_id
            ids[0, 1:-1] = seq
            ids[0, -1] = self.sep_id
            return j, self.backend(ids, np.ones_like(ids))

        # longest first, so that the pool does not end on one long window
        order = sorted(range(n), key=lambda j: -len(units[j]))
        parallel = max(1, int(getattr(self.backend, "parallel", 1) or 1))
        if parallel > 1 and n > 1:
            pool = self._pool(parallel)
            results: Any = pool.map(run, order)
        else:
            results = map(run, order)
        for j, (lo, st, bi) in results:
            lab[j] = lo[0]
            sta[j] = st[0]
            bnd[j] = bi[0]
        return owner, lab, sta, bnd

    def _pool(self, parallel: int) -> Any:
        pool = getattr(self, "_executor", None)
        if pool is None:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="clausecheck-model")
            self._executor = pool
        return pool

    def probabilities(self, label_logits: Any) -> Any:
        """Calibrated probabilities (per-label temperature scaling)."""
        np = self._np
        z = np.asarray(label_logits, dtype=np.float64) / self.temperature
        return 1.0 / (1.0 + np.exp(-z))

    def predict(
        self,
        texts: Sequence[str],
        *,
        all_stances: bool = False,
    ) -> list[Prediction]:
        """One :class:`Prediction` per text, in input order.

        ``all_stances=True`` also reports the stance of AI labels that are not
        predicted (and ``binds`` without distillation): evaluation uses it to
        score stance on every gold label.
        """
        texts = list(texts)
        memo = self._memo
        if memo is None:
            return self._predict(texts, all_stances)
        # A clause's prediction depends on its text alone (every window runs on its own), so a
        # clause already seen, in this document or an earlier one of a scan, is not run again.
        out: list[Prediction | None] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            hit = memo.get((t, all_stances))
            if hit is not None:
                memo.move_to_end((t, all_stances))
                out[i] = hit
                self.memo_hits += 1
            else:
                todo.setdefault(t, []).append(i)
        if todo:
            fresh = self._predict(list(todo), all_stances)
            for (t, where), pred in zip(todo.items(), fresh):
                for i in where:
                    out[i] = pred
                memo[(t, all_stances)] = pred
            while len(memo) > self.memo_size:
                memo.popitem(last=False)
        return out  # type: ignore[return-value]

    def _predict(self, texts: list[str], all_stances: bool) -> list[Prediction]:
        owner, lab, sta, bnd = self.logits(texts)
        probs = self.probabilities(lab) if len(lab) else lab
        out: list[Prediction] = []
        ai_index = {lbl: k for k, lbl in enumerate(self.ai_labels)}
        dist_k = self.labels.index(ClauseType.DISTILLATION)
        for rows in owner:
            if not rows:
                out.append(EMPTY)
                continue
            p = probs[rows]  # [windows, labels]
            best = p.argmax(axis=0)  # window with the highest score, per label
            score = p.max(axis=0)
            present = score >= self.threshold
            labels = tuple(lbl for k, lbl in enumerate(self.labels) if present[k])
            review = tuple(
                lbl for k, lbl in enumerate(self.labels) if self.review_low[k] <= score[k] <= self.review_high[k]
            )
            stance: dict[ClauseType, Stance] = {}
            for lbl, a in ai_index.items():
                k = self.labels.index(lbl)
                if present[k] or all_stances:
                    stance[lbl] = self.stances[int(sta[rows[int(best[k])], a].argmax())]
            binds = None
            if present[dist_k] or all_stances:
                binds = self.binds[int(bnd[rows[int(best[dist_k])]].argmax())]
            out.append(
                Prediction(
                    labels=labels,
                    scores={lbl: float(score[k]) for k, lbl in enumerate(self.labels)},
                    stance=stance,
                    binds=binds,
                    review=review,
                    windows=len(rows),
                )
            )
        return out

    @property
    def model_sha256(self) -> str | None:
        """The sha256 of the model file actually loaded (the card's record only without one)."""
        return self.file_sha256.get(MODEL_FILE) or self.card.get("model_sha256")


class OnnxBackend:
    """onnxruntime session over the int8 graph (telemetry off before the import).

    The session computes with one thread; ``parallel`` (= ``threads``) windows are
    run at once by :meth:`ClauseClassifier.logits` (onnxruntime sessions may be
    run from several threads).  One thread per run keeps every window's
    arithmetic the same whatever the thread count.
    """

    def __init__(self, model: bytes | str | Path, *, threads: int, model_dir: Path | None = None) -> None:
        self.parallel = max(1, int(threads))
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        try:
            import onnxruntime as ort
        except ImportError as e:  # pragma: no cover - a broken install
            raise ModelError("E303", model_dir, detail=f"onnxruntime is not installed ({e})") from e
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.log_severity_level = 3
        if isinstance(model, Path):
            model = str(model)
        try:
            self.session = ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])
        except Exception as e:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ModelError("E303", model_dir, detail=f"{MODEL_FILE}: {e}") from e
        self.output_names = ["label_logits", "stance_logits", "binds_logits"]

    def __call__(self, input_ids: Any, attention_mask: Any) -> tuple[Any, Any, Any]:
        lo, st, bi = self.session.run(self.output_names, {"input_ids": input_ids, "attention_mask": attention_mask})
        return lo, st, bi


def _load_tokenizer(data: bytes, model_dir: Path | None) -> Any:
    try:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_str(data.decode("utf-8"))
    except Exception as e:  # noqa: BLE001 - tokenizers raises plain Exception
        raise ModelError("E303", model_dir, detail=f"{TOKENIZER_FILE}: {e}") from e
    tok.no_padding()  # the saved base tokenizer pads by default (pitfall 3)
    tok.no_truncation()  # long clauses are windowed, never truncated
    return tok
