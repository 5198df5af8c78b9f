"""``clausecheck train``: fine-tune the clause model from models/training/train.toml."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..errors import ExitCode


def _log(ctx: click.Context):
    info = getattr(ctx.obj, "info", None)
    if callable(info):
        return info
    return lambda message: click.echo(message, err=True)


def _parse_set(values: tuple[str, ...]) -> dict[str, object]:
    import tomllib

    out: dict[str, object] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or "." not in key:
            raise click.BadParameter(f"{item!r}: use section.key=value, e.g. train.epochs=2", param_hint="--set")
        try:
            out[key.strip()] = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            out[key.strip()] = raw
    return out


@click.command(name="train")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The training recipe. Default: models/training/train.toml.",
)
@click.option(
    "--devset",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    envvar="CLAUSECHECK_DEVSET",
    show_envvar=True,
    help="A labelled JSON Lines file to measure the model on (recorded in the card), "
    "e.g. --devset devset/clauses.jsonl. Never trained on. Default: the shared dev set when present.",
)
@click.option("--no-devset", is_flag=True, help="Do not measure on the dev set even when one is found.")
@click.option("--force", is_flag=True, help="Retrain even when data and recipe are unchanged.")
@click.option("--dry-run", is_flag=True, help="Only say whether a retrain is needed.")
@click.option(
    "--epochs",
    type=click.IntRange(min=1),
    default=None,
    help="Override [train] epochs (a development run, e.g. --epochs 1).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Train on a deterministic subset of about this many clauses (development run).",
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="SECTION.KEY=VALUE",
    help='Override any recipe setting, e.g. --set model.pooling="cls".',
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Model folder to write. Default: models/clause-classifier.",
)
@click.option(
    "--build",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for build products (torch weights, fp32 ONNX). Default: models/training/build.",
)
@click.option("--render-card", is_flag=True, help="Only re-render models/README.md from the card.json.")
@click.pass_context
def command(
    ctx: click.Context,
    config: Path | None,
    devset: Path | None,
    no_devset: bool,
    force: bool,
    dry_run: bool,
    epochs: int | None,
    limit: int | None,
    settings: tuple[str, ...],
    out: Path | None,
    build: Path | None,
    render_card: bool,
) -> int:
    """Fine-tune the clause model on models/training/data and write models/clause-classifier.

    Needs the 'train' extra (torch, transformers) and the base model package.
    When the data and the recipe are unchanged since the committed model, it
    says "nothing changed" and writes nothing (use --force to retrain).

    \b
    Examples:
      clausecheck train
      clausecheck train --devset devset/clauses.jsonl --force
      clausecheck train --epochs 1 --limit 400 --out /tmp/model   (a quick check)
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    log = _log(ctx)
    if render_card:
        import json

        from ..training.card import write_readme
        from ..training.train import default_paths

        folder = out or default_paths()["out"]
        card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
        path = write_readme(card, folder.parent / "README.md")
        log(f"wrote {path}")
        return ExitCode.OK
    overrides = _parse_set(settings)
    if epochs is not None:
        overrides["train.epochs"] = epochs
    try:
        from ..training.train import run_training
    except ImportError as e:  # pragma: no cover - depends on the install
        from ..errors import ModelError

        raise ModelError(
            "E304", None, detail=f"training needs the 'train' extra: pip install 'clausecheck[train]' ({e})"
        ) from e
    if devset is None and not no_devset:
        from ..training.evaluate import default_devset

        devset = default_devset()
    outcome = run_training(
        config,
        out_dir=out,
        build_dir=build,
        devset=devset,
        overrides=overrides,
        limit=limit,
        force=force,
        dry_run=dry_run,
        log=log,
    )
    click.echo(outcome.message, err=True)
    return ExitCode.OK
