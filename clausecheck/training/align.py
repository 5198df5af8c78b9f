"""Teach the added Japanese vocabulary what its pieces mean before the classifier is trained.

The vocabulary extension (``vocab.py``) gives the English base model about 3,100 new pieces for kana,
kanji and CJK punctuation.  Trained from the classification data alone their embeddings learn from about
1,700 Japanese clauses, too few for the model to read Japanese.  This step uses pairs of a Japanese text
and its English meaning that we wrote (``[model] align_pairs``, terms and one-sentence clauses): the
model's own mean-pooled sentence vector of the English side is the target, and only the new pieces'
embedding rows move so that the Japanese side lands on it (the base vocabulary, the encoder layers and
therefore every English text are untouched).  It is the embedding-only form of multilingual knowledge
distillation: a cheap, deterministic step (a few minutes on two cores) before fine-tuning.

A tenth of the pairs (chosen by a hash of the Japanese text) is held out; the card records, before and
after, the mean cosine between each held-out Japanese text and its English target and how often the
English target is the nearest of all held-out targets (retrieval accuracy), so the step is measured and
not taken on trust.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError

Log = Callable[[str], None]

HELD_OUT_FRACTION = 0.1


@dataclass(frozen=True)
class Pair:
    ja: str
    en: str


def load_pairs(path: str | Path) -> list[Pair]:
    """The pairs file: one JSON object per line with non-empty "ja" and "en" strings (other keys ignored)."""
    path = Path(path)
    out: list[Pair] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ConfigError("E204", path, detail=f"{path}: cannot read the alignment pairs ({e.strerror})") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ConfigError("E204", path, detail=f"{path}, line {n}: not JSON ({e.msg})") from e
        ja, en = obj.get("ja") if isinstance(obj, dict) else None, obj.get("en") if isinstance(obj, dict) else None
        if not (isinstance(ja, str) and ja.strip() and isinstance(en, str) and en.strip()):
            raise ConfigError("E204", path, detail=f'{path}, line {n}: needs non-empty "ja" and "en" strings')
        if ja in seen:
            continue
        seen.add(ja)
        out.append(Pair(ja.strip(), en.strip()))
    if not out:
        raise ConfigError("E204", path, detail=f"{path}: no alignment pairs")
    return out


def held_out(pair: Pair) -> bool:
    return (zlib.crc32(pair.ja.encode("utf-8")) % 1000) / 1000 < HELD_OUT_FRACTION


def _pooled(encoder: Any, batch_ids: Sequence[Sequence[int]]) -> Any:
    import torch

    width = max(len(x) for x in batch_ids)
    x = torch.zeros((len(batch_ids), width), dtype=torch.long)
    m = torch.zeros((len(batch_ids), width), dtype=torch.long)
    for i, seq in enumerate(batch_ids):
        x[i, : len(seq)] = torch.tensor(seq, dtype=torch.long)
        m[i, : len(seq)] = 1
    hidden = encoder(input_ids=x, attention_mask=m).last_hidden_state
    mf = m.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mf).sum(dim=1) / mf.sum(dim=1).clamp(min=1e-9)


def _encode(tok: Any, texts: Sequence[str], max_length: int) -> list[list[int]]:
    out = []
    for t in texts:
        ids = tok.encode(t).ids
        out.append(ids[: max_length - 1] + [ids[-1]] if len(ids) > max_length else ids)
    return out


def _measure(encoder: Any, ja_ids: Sequence[Sequence[int]], targets: Any) -> dict[str, float]:
    """Mean cosine of each Japanese text with its English target, and retrieval accuracy among the targets."""
    import torch
    import torch.nn.functional as F

    if not ja_ids:
        return {"cosine": 0.0, "retrieval": 0.0}
    with torch.inference_mode():
        vecs = torch.cat([_pooled(encoder, ja_ids[s : s + 64]) for s in range(0, len(ja_ids), 64)])
    a, b = F.normalize(vecs, dim=-1), F.normalize(targets, dim=-1)
    cos = (a * b).sum(dim=-1)
    nearest = (a @ b.T).argmax(dim=-1)
    hits = (nearest == torch.arange(len(ja_ids))).float()
    return {"cosine": round(float(cos.mean()), 4), "retrieval": round(float(hits.mean()), 4)}


def align_new_embeddings(
    encoder: Any,
    tok: Any,
    pairs: Sequence[Pair],
    base_vocab: int,
    settings: Mapping[str, Any],
    seed: int,
    log: Log,
) -> dict[str, Any]:
    """Move the embedding rows from ``base_vocab`` on so that each Japanese text's mean-pooled vector
    approaches its English side's (computed once, with the same encoder).  Returns the measurements."""
    import torch
    import torch.nn.functional as F

    epochs = int(settings.get("align_epochs", 20))
    lr = float(settings.get("align_lr", 2e-3))
    batch_size = int(settings.get("align_batch_size", 32))
    max_length = int(settings.get("max_length", 256))
    emb = encoder.get_input_embeddings().weight
    vocab_size = emb.shape[0]
    if vocab_size <= base_vocab:
        return {}
    train = [p for p in pairs if not held_out(p)]
    test = [p for p in pairs if held_out(p)]
    was_training = encoder.training
    encoder.eval()  # no dropout: the targets and the step are deterministic
    saved = {name: p.requires_grad for name, p in encoder.named_parameters()}
    for p in encoder.parameters():
        p.requires_grad_(False)

    def targets_for(items: Sequence[Pair]) -> Any:
        if not items:
            return torch.zeros((0, emb.shape[1]))
        ids = _encode(tok, [p.en for p in items], max_length)
        with torch.inference_mode():
            return torch.cat([_pooled(encoder, ids[s : s + 64]) for s in range(0, len(ids), 64)]).clone()

    train_ids = _encode(tok, [p.ja for p in train], max_length)
    test_ids = _encode(tok, [p.ja for p in test], max_length)
    y_train, y_test = targets_for(train), targets_for(test)
    before = _measure(encoder, test_ids, y_test)

    emb.requires_grad_(True)
    mask = torch.zeros(vocab_size, 1)
    mask[base_vocab:] = 1.0
    handle = emb.register_hook(lambda g: g * mask)
    opt = torch.optim.Adam([emb], lr=lr)
    rng = random.Random(seed)
    order = list(range(len(train_ids)))
    losses = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        total = 0.0
        for s in range(0, len(order), batch_size):
            b = order[s : s + batch_size]
            pred = _pooled(encoder, [train_ids[i] for i in b])
            loss = F.mse_loss(pred, y_train[b])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(b)
        losses.append(round(total / max(1, len(order)), 5))
        if epoch == 1 or epoch % 5 == 0 or epoch == epochs:
            log(f"  alignment epoch {epoch}/{epochs}: mse {losses[-1]:.5f}")
    handle.remove()
    emb.requires_grad_(False)
    after = _measure(encoder, test_ids, y_test)
    for name, p in encoder.named_parameters():
        p.requires_grad_(saved[name])
    encoder.train(was_training)
    log(
        f"alignment on {len(train)} pairs ({len(test)} held out): held-out cosine {before['cosine']:.3f} -> "
        f"{after['cosine']:.3f}, retrieval {before['retrieval']:.3f} -> {after['retrieval']:.3f}"
    )
    return {
        "pairs": len(train),
        "held_out": len(test),
        "epochs": epochs,
        "lr": lr,
        "loss": losses,
        "before": before,
        "after": after,
    }
