"""Run the numpydoc Examples of every installed conflictkg module as doctests."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("conflictkg.extract", "conflictkg.ontology", "conflictkg.graph")


def modules() -> list[str]:
    names = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        names.append(pkg_name)
        for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
            if info.name.rsplit(".", 1)[-1].startswith("_codegen"):
                continue
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", modules())
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
