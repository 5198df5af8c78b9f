"""YAML loading that remembers where every key came from, for file:line:col errors."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError


class Located(dict):
    """A mapping that knows the line and column (1-based) of itself and of each key."""

    line: int = 1
    col: int = 1
    key_pos: dict[str, tuple[int, int]]

    def pos(self, key: str) -> tuple[int, int]:
        return self.key_pos.get(key, (self.line, self.col))


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml when PyYAML was built with it (5x faster)
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    loader.flatten_mapping(node)
    out = Located()
    out.line, out.col = node.start_mark.line + 1, node.start_mark.column + 1
    out.key_pos = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_pos[str(key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: str | Path, code: str = "E201") -> Any:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(code, None, detail=f"{path}: cannot be read ({e.strerror or e}).") from e
    except UnicodeDecodeError as e:
        raise ConfigError(code, None, detail=f"{path}: is not UTF-8 text; save it as UTF-8.") from e
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(e, "problem", None) or str(e)
        raise ConfigError(code, None, detail=f"{where}: this is not valid YAML ({problem}).") from e


def source_line(path: str | Path, line: int) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()[line - 1].rstrip()
    except (OSError, IndexError, UnicodeDecodeError):
        return ""


def config_error(code: str, path: str | Path, node: Located | None, key: str | None, message: str) -> ConfigError:
    """A ConfigError pointing at ``path:line:col`` of ``key`` in ``node``, with the offending line."""
    line, col = (
        node.pos(key)
        if (node is not None and key is not None)
        else ((node.line, node.col) if node is not None else (1, 1))
    )
    snippet = source_line(path, line)
    detail = f"{path}:{line}:{col}: {message}"
    if snippet:
        detail += f"  (line {line}: {snippet.strip()})"
    return ConfigError(code, None, detail=detail)


def check_keys(path: str | Path, node: Any, allowed: Iterable[str], what: str, code: str = "E203") -> None:
    """Refuse unknown keys, suggesting the closest allowed one."""
    if not isinstance(node, dict):
        raise config_error(
            code, path, node if isinstance(node, Located) else None, None, f"{what} must be a mapping of keys to values"
        )
    allowed = list(allowed)
    for key in node:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
            raise config_error(
                code,
                path,
                node if isinstance(node, Located) else None,
                str(key),
                f"unknown key '{key}' in {what}{hint}",
            )
