"""Japanese for the base model's vocabulary.

The base model (all-MiniLM-L6-v2, an English BERT vocabulary of 30,522 pieces)
knows a few hundred kanji: most kanji of a Japanese contract come out as
``[UNK]`` (契約 is ``[UNK][UNK]``), and a katakana word with one unknown
piece (ユーザー) becomes a single ``[UNK]``.  ``[model] extra_vocab = "ja"``
in train.toml adds, as new WordPiece entries after the base vocabulary:

* every kana (hiragana, katakana, the prolonged sound mark), as a word start and
  as a continuation (``##す``), since kana words are split by WordPiece;
* the JIS X 0208 level-1 kanji (2,965 characters in common use, a superset of
  nearly all of the jōyō kanji), read from Python's own ``euc_jp`` codec, plus
  the few level-2 kanji our Japanese training clauses use; the tokenizer already
  puts every kanji on its own, so a kanji needs no continuation form;
* the CJK punctuation and full-width forms (、。「」（）１２３ ...).

Their embeddings start as the ``[UNK]`` embedding (so the model first reads them
as before) and are trained with the head's learning rate while the base
vocabulary's rows stay frozen (see ``train.train_model``).  The extended
``tokenizer.json`` is written with the model, so the run-time tokenizer is the
one the model was trained with.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

_KANA = (
    [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー", "ヽ", "ヾ", "ゝ", "ゞ"]
)
_PUNCT = [chr(c) for c in range(0x3001, 0x3020)] + [chr(c) for c in range(0xFF01, 0xFF5F)] + ["・", "〜", "※"]


def jis_level1_kanji() -> list[str]:
    """The 2,965 JIS X 0208 level-1 kanji (rows 16-47), in JIS order."""
    out = []
    for row in range(16, 48):
        for cell in range(1, 95):
            if row == 47 and cell > 51:  # row 47 ends at cell 51
                break
            try:
                out.append(bytes([0xA0 + row, 0xA0 + cell]).decode("euc_jp"))
            except UnicodeDecodeError:
                continue
    return out


def _is_cjk_ideograph(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def japanese_pieces(texts: Iterable[str] = ()) -> list[str]:
    """The WordPiece entries to add, in a fixed order: kana (both forms), punctuation, kanji."""
    pieces: list[str] = []
    for k in _KANA:
        pieces += [k, "##" + k]
    pieces += _PUNCT + ["##" + p for p in _PUNCT if not p.isspace()]
    kanji = jis_level1_kanji()
    seen = set(kanji)
    extra = sorted({ch for t in texts for ch in t if _is_cjk_ideograph(ch) and ch not in seen})
    return pieces + kanji + extra


def extend_tokenizer_json(data: dict[str, Any], pieces: Iterable[str]) -> tuple[dict[str, Any], int]:
    """A copy of a WordPiece ``tokenizer.json`` (as a dict) with ``pieces`` appended to its vocabulary;
    also returns how many were new.  Existing ids never change."""
    out = json.loads(json.dumps(data))
    vocab: dict[str, int] = out["model"]["vocab"]
    next_id = max(vocab.values()) + 1
    added = 0
    for p in pieces:
        if p not in vocab:
            vocab[p] = next_id
            next_id += 1
            added += 1
    return out, added


def extended_tokenizer(base_tokenizer_file: str, recipe_model: dict[str, Any], texts: Iterable[str] = ()) -> Any:
    """The tokenizer the recipe asks for: the base one, or with ``extra_vocab = "ja"`` the Japanese pieces."""
    from tokenizers import Tokenizer

    with open(base_tokenizer_file, encoding="utf-8") as fh:
        data = json.load(fh)
    if recipe_model.get("extra_vocab") == "ja":
        data, _ = extend_tokenizer_json(data, japanese_pieces(texts))
    tok = Tokenizer.from_str(json.dumps(data, ensure_ascii=False))
    tok.no_padding()
    tok.no_truncation()
    return tok
