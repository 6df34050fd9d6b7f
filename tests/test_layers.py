"""Imports run one way: extract -> ontology -> graph -> conflictkg (AST check)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {"extract": 0, "ontology": 1, "graph": 2, "conflictkg": 3}
PACKAGE_OF = {"conflictkg.extract": "extract", "conflictkg.ontology": "ontology",
              "conflictkg.graph": "graph"}
FORBIDDEN_THIRD_PARTY = {
    "extract": {"rdflib", "pyoxigraph", "networkx", "pyvis", "typer", "rich"},
    "ontology": {"spacy", "networkx", "pyvis", "typer", "rich"},
    "graph": {"spacy", "typer", "rich"},
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def layer_of(module: str) -> str | None:
    for prefix, layer in PACKAGE_OF.items():
        if module == prefix or module.startswith(prefix + "."):
            return layer
    if module == "conflictkg" or module.startswith("conflictkg."):
        return "conflictkg"
    return None


def source_files() -> list[tuple[str, Path]]:
    return [(layer, p) for layer in LAYERS for p in sorted((ROOT / layer).rglob("*.py"))]


@pytest.mark.parametrize(("layer", "path"), source_files(), ids=lambda v: str(v))
def test_imports_point_down(layer: str, path: Path) -> None:
    for module in imported_modules(path):
        top = module.split(".")[0]
        assert top not in {"extract", "ontology", "graph"}, \
            f"{path.relative_to(ROOT)} imports {module!r}: use the conflictkg.* name"
        target = layer_of(module)
        if target is not None and target != layer:
            assert LAYERS[target] < LAYERS[layer], \
                f"{path.relative_to(ROOT)} ({layer}) must not import {module} ({target})"
        assert top not in FORBIDDEN_THIRD_PARTY.get(layer, set()), \
            f"{path.relative_to(ROOT)} ({layer}) must not import {top}"


def test_graph_never_reaches_extract() -> None:
    for path in (ROOT / "graph").rglob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith("conflictkg.extract"), f"{path} imports {module}"
