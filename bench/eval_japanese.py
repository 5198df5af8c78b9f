"""Japanese coverage: how much of the Japanese text the model's tokenizer knows, and how many clauses of the
Japanese documents get a label decision.

    python bench/eval_japanese.py [--shared ../shared] [--model DIR] [--record]

Prints the share of [UNK] tokens on the Japanese clauses of the dev set and the Japanese dev documents
(14-16), and for each Japanese document (the dev documents as PDF and DOCX, and the real Japanese terms of
service in realpdfs/) how many clauses with text of their own were classified. With --record the figures go
into the model card (key "japanese"). The shared files are read for measuring only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clausecheck.classify.units import classification_units  # noqa: E402
from clausecheck.pipeline import Options, stage_extract, stage_segment  # noqa: E402

_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: the installed model)")
    ap.add_argument("--record", action="store_true", help="store the figures in the installed model's card")
    args = ap.parse_args(argv)
    if args.record and args.model is not None:
        ap.error("--record stores figures of the installed model only")
    from tokenizers import Tokenizer

    from clausecheck.resources import classifier_dir

    tok = Tokenizer.from_file(str((args.model or classifier_dir()) / "tokenizer.json"))
    texts = [
        r["text"]
        for r in map(json.loads, (args.shared / "devset" / "clauses.jsonl").open(encoding="utf-8"))
        if _JA.search(r["text"])
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((args.shared / "devdocs" / "docs").glob("1[456]_*.md"))]
    unk = total = 0
    for t in texts:
        enc = tok.encode(t, add_special_tokens=False)
        total += len(enc.ids)
        unk += sum(1 for x in enc.tokens if x == "[UNK]")
    print(
        f"[UNK] tokens: {unk} of {total} ({100 * unk / max(1, total):.2f} %) on {len(texts)} Japanese texts "
        "(dev-set clauses and dev documents 14-16)"
    )
    record: dict[str, object] = {
        "command": "python bench/eval_japanese.py --record",
        "unk": {"unk": unk, "tokens": total, "share_pct": round(100 * unk / max(1, total), 2), "texts": len(texts)},
        "classified": {},
    }
    docs = sorted((args.shared / "devdocs" / "built").glob("1[456]_*")) + sorted(
        (args.shared / "realpdfs").glob("*_ja.pdf")
    )
    for path in docs:
        opts = Options()
        tree = stage_segment(stage_extract(path, opts), opts)
        units = {cid for cid, _ in classification_units(tree)}
        index = {c.id: c for c in tree.clauses}
        has_children = {c.parent for c in tree.clauses if c.parent}
        own = [
            c
            for c in tree.clauses
            if c.kind not in ("signature",)
            and tree.own_text(c).strip()
            and not (c.id in has_children and len(tree.own_text(c).split()) <= 3)
            and not (c.kind == "preamble" and len(tree.clauses) > 1)
        ]
        done = sum(1 for c in own if c.id in units)
        missed = [index[c.id].number or c.id for c in own if c.id not in units]
        print(f"{path.name}: {done} of {len(own)} clauses classified" + (f" (not: {missed[:8]})" if missed else ""))
        record["classified"][path.name] = {"classified": done, "clauses": len(own)}  # type: ignore[index]
    if args.record:
        from clausecheck.training.card import update_card

        update_card(classifier_dir(), {"japanese": record})
        print(f"recorded in {classifier_dir() / 'card.json'} and the model README")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
