"""The import graph flows one way (STYLE.md): every import of clausecheck by clausecheck, including the
ones inside functions, read from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "clausecheck"


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The clausecheck modules ``path`` imports (``from .x import y`` counts as both x and x.y)."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.add(target)
            out.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m == "clausecheck" or m.startswith("clausecheck.")}


GRAPH = {_module(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _part(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def _edges(source: str, target: str) -> list[str]:
    """Modules of part ``source`` that import anything of part ``target``."""
    return sorted(
        m
        for m, targets in GRAPH.items()
        if _part(m) == source and any(_part(t) == target and t in GRAPH for t in targets)
    )


@pytest.mark.parametrize(
    "source, target",
    [
        ("checks", "report"),
        ("checks", "pipeline"),
        ("checks", "render"),
        ("checks", "cli"),
        ("checks", "batch"),
        ("pipeline", "cli"),
        ("pipeline", "batch"),
        ("pipeline", "render"),
        ("pipeline", "redline"),
        ("classify", "training"),
        ("classify", "pipeline"),
        ("classify", "checks"),
        ("extract", "classify"),
        ("segment", "classify"),
        ("report", "pipeline"),
        ("render", "cli"),
        ("batch", "cli"),
        ("redline", "cli"),
        ("training", "pipeline"),
    ],
)
def test_imports_never_flow_back(source, target):
    assert _edges(source, target) == []


def test_imports_training_is_reached_only_by_the_model_commands():
    """The check path never imports the training code: of the commands, only `train` and `eval` (which
    scores a labelled file with training's metrics) do; of training, only its `python -m` entry point
    imports the CLI."""
    assert _edges("cli", "training") == ["clausecheck.cli.evaluate", "clausecheck.cli.train"]
    assert _edges("training", "cli") == ["clausecheck.training.__main__"]
    for name in ("check", "scan", "redline", "classify", "model", "rules"):
        assert not any(_part(t) == "training" for t in GRAPH[f"clausecheck.cli.{name}"]), name


def test_imports_units_live_in_classify():
    """`classify FILE`, the batch and the benchmarks read the model's units from classify/, not from the driver."""
    users = sorted(m for m, targets in GRAPH.items() if "clausecheck.classify.units" in targets)
    assert "clausecheck.pipeline" in users
    assert not any(
        "classification_units" in t
        for m, targets in GRAPH.items()
        for t in targets
        if t.startswith("clausecheck.pipeline")
    )


def test_imports_number_formats_live_in_one_leaf_module():
    """Roman numerals, letters and Word's number formats are read and written in one place, which imports
    nothing of clausecheck, and the Word extractor, the numbering grammar and the redline builder use it."""
    assert not any(t.startswith("clausecheck") for t in GRAPH["clausecheck.numformats"])
    for user in ("clausecheck.extract.numbering", "clausecheck.segment.numbering", "clausecheck.redline.docxbuild"):
        assert "clausecheck.numformats" in GRAPH[user], user
