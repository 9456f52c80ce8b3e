"""The house, drawn from its imports (ARCHITECTURE.md): which layer may import which, no handler
imports another, and no import cycles between our modules. Read from the source with `ast`:
every import counts, also one inside a function; only ``if TYPE_CHECKING:`` blocks (types for
the checker, never run) are left out."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURS = ("app", "coach", "content", "handlers", "service", "scheduler", "store", "playground")

# What each layer may import of ours (DESIGN.md section 2, ARCHITECTURE.md).
MAY_IMPORT: dict[str, set[str]] = {
    "content": {"content"},
    "coach": {"coach", "content"},
    "store": {"store", "coach"},
    "scheduler": {"scheduler", "coach", "store", "content", "app"},
    "service": {"service", "coach", "store", "content", "app", "scheduler"},
    "handlers": {"handlers", "service", "coach", "store", "content", "app", "scheduler"},
    "app": set(OURS) - {"playground"} | {"playground"},
    "playground": {"playground"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for package in OURS:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, path


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path) -> set[str]:
    """The modules of ours that ``path`` imports (absolute imports; we use no relative ones)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for statement in node.orelse:
                visit(statement)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        for inner in ast.iter_child_nodes(node):
            visit(inner)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {name for name in found if name.split(".")[0] in OURS}


# Read when a test first asks (parsing every module takes a second or more: at import, every
# test worker paid it while collecting, whether it ran these tests or not)
PATHS = dict(modules())


@lru_cache(maxsize=1)
def graph() -> dict[str, set[str]]:
    return {name: imports(path) for name, path in PATHS.items()}


def edges(name: str) -> set[str]:
    """Imports resolved to our modules (``from coach import views`` is ``coach.views``)."""
    return {target for target in graph()[name] if target in PATHS and target != name}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_each_layer_imports_only_what_it_may(name: str) -> None:
    layer = name.split(".")[0]
    wrong = sorted(t for t in imports(PATHS[name]) if t.split(".")[0] not in MAY_IMPORT[layer])
    assert not wrong, f"{name} may not import {wrong}"


def test_the_core_never_touches_telegram_or_io() -> None:
    for name, path in modules():
        if name.startswith("coach"):
            source = path.read_text(encoding="utf-8")
            assert "import telegram" not in source and "from telegram" not in source, name


def test_no_handler_imports_another() -> None:
    wrong = {
        name: sorted(t for t in edges(name) if t.startswith("handlers.") and t != "handlers.common")
        for name in graph()
        if name.startswith("handlers.")
    }
    assert not {k: v for k, v in wrong.items() if v}


def test_no_import_cycles() -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []
    cycles: list[list[str]] = []

    def walk(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges(node)):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                walk(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph()):
        if node not in state:
            walk(node)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)
