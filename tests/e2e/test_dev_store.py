"""Issue 6's acceptance on the shared dev set: build every dev article into an on-disk store.

The store must conform to the SHACL shapes, every evidence span's offsets must
slice its article's stored text to the evidence text, every named query must
answer, and a second build of the same inputs must change nothing. (An
interrupted build is ``tests/unit/ontology/test_crash.py``: kill -9 of a
writer subprocess.)
"""
from __future__ import annotations

from pathlib import Path

import pytest

import conflictkg
from conflictkg.api import query_names
from conflictkg.ontology.store import Store

PARAMETERIZED = {"actor_timeline", "statements_by"}


@pytest.fixture(scope="module")
def dev_store(shared_eval: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    store = tmp_path_factory.mktemp("dev") / "kg"
    report = conflictkg.build([shared_eval / "dev"], store)
    return store, report


def test_every_dev_article_is_ingested(dev_store: tuple[Path, object], shared_eval: Path) -> None:
    store, report = dev_store
    n = len(list((shared_eval / "dev").glob("*.txt")))
    assert report.articles == report.added == n
    assert report.relations > 0 and report.casualties > 0


def test_dev_store_conforms_to_the_shapes(dev_store: tuple[Path, object]) -> None:
    report = conflictkg.validate(dev_store[0])
    assert report.conforms, str(report)


def test_every_offset_slices_its_article(dev_store: tuple[Path, object]) -> None:
    with Store.open(dev_store[0], read_only=True, create=False) as kg:
        texts = {r["art"]: r["text"] for r in kg.select(
            "SELECT ?art ?text WHERE { ?art a schema:NewsArticle ; schema:text ?text }")}
        spans = kg.select("SELECT DISTINCT ?m ?art ?s ?e ?t WHERE { ?m a ckg:EvidenceSpan ; "
                          "ckg:inArticle ?art ; ckg:start ?s ; ckg:end ?e ; ckg:evidenceText ?t }")
    assert texts and len(spans) > 100
    bad = [r["m"] for r in spans if texts[r["art"]][r["s"]:r["e"]] != r["t"]]
    assert not bad, bad[:5]


def test_every_named_query_answers(dev_store: tuple[Path, object]) -> None:
    store = dev_store[0]
    actor = conflictkg.query(store, "accusations")[0]["accuser"]
    for name, _ in query_names():
        params = {"actor": actor} if name in PARAMETERIZED else {}
        assert conflictkg.query(store, name, params), name


def test_second_build_changes_nothing(dev_store: tuple[Path, object], shared_eval: Path,
                                      tmp_path: Path) -> None:
    store = dev_store[0]
    before = tmp_path / "before.nq"
    conflictkg.export(store, before)
    again = conflictkg.build([shared_eval / "dev"], store)
    assert again.unchanged == again.articles and again.added == again.replaced == 0
    after = tmp_path / "after.nq"
    conflictkg.export(store, after)
    assert sorted(before.read_text("utf-8").splitlines()) == sorted(after.read_text("utf-8").splitlines())
