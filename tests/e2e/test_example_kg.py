"""Build the built-in example through the public API and ask the graph key facts."""
from __future__ import annotations

from pathlib import Path

import pytest

import conflictkg

PREFIXES = """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
PREFIX kgr: <https://w3id.org/conflictkg/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def ask(store: Path, body: str) -> bool:
    with conflictkg.load(store) as kg:
        rows = kg.select(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {body} }}")
    return int(rows[0]["n"]) > 0


def test_states_fight(example_store: Path) -> None:
    assert ask(example_store, "{ kgr:THA ckg:fights kgr:KHM } UNION { kgr:KHM ckg:fights kgr:THA }")


def test_ceasefire(example_store: Path) -> None:
    assert ask(example_store,
               "{ kgr:THA ckg:ceasefireWith kgr:KHM } UNION { kgr:KHM ckg:ceasefireWith kgr:THA }")


def test_accusation_has_provenance(example_store: Path) -> None:
    assert ask(example_store, """
        ?ev ckg:relationType "accuses" ; prov:wasDerivedFrom ?m .
        ?m ckg:start ?s ; ckg:end ?e ; ckg:evidenceText ?t .""")


def test_malaysia_mediates_both_sides(example_store: Path) -> None:
    # explicit (hosted talks) or inferred (contacts with both governments)
    for side in ("THA", "KHM"):
        assert ask(example_store, f"""
            ?m ckg:mediates kgr:{side} .
            {{ ?m ckg:partOf* kgr:MYS }} UNION {{ ?m ckg:holdsRole/ckg:partOf* kgr:MYS }}""")


def test_rebuild_is_idempotent(example_store: Path, tmp_path: Path) -> None:
    report = conflictkg.build(store=example_store, example=True)
    assert report.unchanged == report.articles == 1
    assert report.added == report.replaced == 0


def test_named_queries_answer(example_store: Path) -> None:
    for name, _ in conflictkg.api.query_names():
        if name in {"statements_by", "actor_timeline"}:
            rows = conflictkg.query(example_store, name, {"actor": "THA"})
        else:
            rows = conflictkg.query(example_store, name)
        assert isinstance(rows, list), name
    assert conflictkg.query(example_store, "articles")
