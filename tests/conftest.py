"""Shared fixtures: one pipeline per session (never downloads), the shared eval set."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    from conflictkg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not (SHARED_EVAL / "score.py").exists():
        pytest.skip("../shared/eval is not beside the checkout")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the built-in example (via the public API)."""
    import conflictkg

    store = tmp_path_factory.mktemp("kg") / "kg"
    conflictkg.build(store=store, example=True)
    return store


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/data/articles/*.expected.json from the current extractor")
