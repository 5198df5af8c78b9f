"""``clausecheck model``: show the model card and verify the model files against SHA256SUMS."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from ..classify.card import fitted_on
from ..classify.card import fmt_value as _f
from ..errors import ExitCode, ModelError


def _metrics_lines(name: str, m: Mapping[str, Any]) -> list[str]:
    out = [f"{name} (n={m['n']}):", f"  {'label':<20} {'support':>7} {'P':>6} {'R':>6} {'F1':>6} {'P@80R':>6}"]
    for lbl, e in m["labels"].items():
        out.append(
            f"  {lbl:<20} {e['support']:>7} {_f(e['precision']):>6} {_f(e['recall']):>6} "
            f"{_f(e['f1']):>6} {_f(e['p_at_80r']):>6}"
        )
    st = m["stance"]
    out.append(
        f"  macro-F1 {_f(m['macro_f1'])}, micro-F1 {_f(m['micro_f1'])}, macro P@80R {_f(m['macro_p_at_80r'])}, "
        f"stance accuracy {_f(st['accuracy'])} (n={st['n']}), binds accuracy {_f(m['binds']['accuracy'])}"
    )
    return out


def render_card(
    card: Mapping[str, Any], status: list[tuple[str, str]], folder: Path, computed: str | None = None
) -> str:
    """The card's essentials as plain text (no markup); ``computed`` is the model file's own sha256."""
    b = card.get("base", {})
    d = card.get("data", {})
    r = card.get("recipe", {})
    t = card.get("training", {})
    x = card.get("export", {})
    digest = computed or card.get("model_sha256")
    L = [
        f"{card.get('name', 'clause-classifier')} ({folder})",
        f"  model       {card.get('model_file')}  sha256 {digest}",
    ]
    if computed and computed != card.get("model_sha256"):
        L.append(f"              (the file's own hash; its card records {card.get('model_sha256')})")
    L += [
        f"  base        {b.get('package')}=={b.get('version')} ({b.get('upstream')}), licence {b.get('license')}",
        f"              weights sha256 {b.get('sha256')}",
        f"  data        {d.get('all', {}).get('clauses')} clauses in {len(d.get('files', []))} files, "
        f"sha256 {d.get('sha256')}",
    ]
    for f in d.get("files", []):
        L.append(f"              {f['file']}: {f['lines']} clauses, sha256 {f['sha256'][:16]}")
    split = d.get("split", {})
    L.append(
        f"  split       by {split.get('by')}: {d.get('train', {}).get('clauses')} train / "
        f"{d.get('validation', {}).get('clauses')} validation"
    )
    L.append(f"  recipe      sha256 {r.get('sha256')} (version {r.get('recipe_version')})")
    if t:
        L.append(
            f"  training    {t.get('seconds', 0) / 60:.1f} min, {t.get('steps')} steps, "
            f"{len(t.get('history', []))} epochs on {t.get('machine', {}).get('cpus')} CPUs"
        )
        k = t.get("machine", {}).get("kernels")
        if k:
            L.append(
                f"  kernels     torch {k.get('torch_kernels')} on {k.get('cpu')}; "
                + ("pinned by the recipe (rebuilds bit for bit)" if k.get("pinned") else "not pinned by the recipe")
            )
    if x:
        ag = ", ".join(f"{k} {v['label_agreement']:.4f}" for k, v in x.get("agreement", {}).items())
        L.append(
            f"  export      {x.get('quantization')}, {x.get('int8_mb')} MB; int8 vs torch label agreement: {ag} "
            f"({'ok' if x.get('agreement_ok') else 'BELOW ' + _f(x.get('agreement_min'), 2)})"
        )
    cal = card.get("calibration", {})
    if cal:
        L.append(
            "  thresholds  " + ", ".join(f"{k} {v['threshold']:.2f} (T {v['temperature']:.2f})" for k, v in cal.items())
        )
        L.append(f"              fitted on the {fitted_on(card)}")
    metrics = card.get("metrics", {})
    for name, title in (("validation", "validation split"), ("devset", "dev set")):
        if metrics.get(name):
            L.append("")
            L.extend(_metrics_lines(title, metrics[name]))
    for ho in card.get("heldout") or []:
        if ho.get("metrics"):
            L.append("")
            L.extend(_metrics_lines(f"held-out set, {ho.get('file')}", ho["metrics"]))
    L.append("")
    bad = [(n, s) for n, s in status if s != "ok"]
    if bad:
        L.append("files: " + ", ".join(f"{n} {s.upper()}" for n, s in bad) + "; the model will not load (E302)")
    else:
        L.append(f"files: all {len(status)} verified against SHA256SUMS and the hashes pinned in this release")
    return "\n".join(L) + "\n"


@click.command(name="model")
@click.option("--json", "as_json", is_flag=True, help="Print the full card.json plus the file check as JSON.")
@click.option(
    "--model",
    "model_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Show the model in this folder instead of the installed one. Example: --model my-model/",
)
@click.pass_obj
def command(term: Any, as_json: bool, model_dir: Path | None) -> int:
    """Show where the clause model came from (base model, training data, recipe, metrics)
    and check every model file against its recorded sha256.

    Exits with 2 when a file is missing or differs from SHA256SUMS.

    \b
    Examples:
      clausecheck model
      clausecheck model --json > card.json
    """
    from ..classify.model import CARD_FILE, MODEL_FILE, _resolve_dir, verify_model_dir

    folder = _resolve_dir(model_dir)
    if not folder.is_dir():
        raise ModelError("E301", folder, detail="model folder not found")
    status = verify_model_dir(folder)
    try:
        card = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ModelError("E301", folder / CARD_FILE, detail=CARD_FILE) from e
    except ValueError as e:
        raise ModelError("E303", folder / CARD_FILE, detail=f"{CARD_FILE}: {e}") from e
    ok = all(s == "ok" for _, s in status)
    computed = None
    if dict(status).get(MODEL_FILE) not in ("missing", "refused"):
        from ..fileio import sha256_file

        computed = sha256_file(folder / MODEL_FILE)  # what would be loaded, whatever the card says
    if as_json:
        payload = {"folder": str(folder), "verified": ok, "files": dict(status), "model_sha256": computed, "card": card}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(render_card(card, status, folder, computed), nl=False)
    if not ok and term is not None:
        bad = ", ".join(f"{n} ({s})" for n, s in status if s != "ok")
        term.error(f"{folder}: model files do not match SHA256SUMS or the hashes pinned in this release: {bad} [E302]")
    return int(ExitCode.OK if ok else ExitCode.CANNOT_RUN)
