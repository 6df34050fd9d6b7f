"""A build killed with SIGKILL leaves only whole articles; rerunning completes it once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conflictkg.ontology.mapping import extraction_triples
from conflictkg.ontology.store import Store

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import synthetic_extraction  # noqa: E402

ARTICLES, RELATIONS = 50, 80


def graph_sizes(path: Path) -> dict[str, int]:
    with Store.open(path, read_only=True, create=False) as kg:
        rows = kg.select("SELECT ?id (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                         "?a dcterms:identifier ?id . GRAPH ?g { ?a a schema:NewsArticle } } "
                         "GROUP BY ?id")
        orphans = kg.select("""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
            FILTER(STRSTARTS(STR(?g), "https://w3id.org/conflictkg/id/graph/article/"))
            FILTER NOT EXISTS { GRAPH ?g { ?a a schema:NewsArticle } } }""")
    assert orphans[0]["n"] == 0, "an article graph without its article node"
    return {r["id"]: r["n"] for r in rows}


def expected_size(index: int) -> int:
    return len(extraction_triples(synthetic_extraction(index, RELATIONS)))


@pytest.mark.slow
def test_sigkill_mid_build_leaves_whole_articles(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    cmd = [sys.executable, str(HERE / "crash_writer.py"), str(store), "0", str(ARTICLES),
           str(RELATIONS)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 120
    assert proc.stdout is not None
    while committed < 5 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert committed >= 5, proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it was killed"

    sizes = graph_sizes(store)
    assert committed <= len(sizes) < ARTICLES
    for article_id, n in sizes.items():
        assert n == expected_size(int(article_id.rsplit("-", 1)[1])), article_id

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    outcomes = [ln.split()[1] for ln in done.stdout.splitlines()]
    assert outcomes.count("unchanged") == len(sizes)
    assert outcomes.count("added") == ARTICLES - len(sizes)
    final = graph_sizes(store)
    assert len(final) == ARTICLES
    assert all(n == expected_size(int(a.rsplit("-", 1)[1])) for a, n in final.items())
    with Store.open(store, read_only=True, create=False) as kg:
        labels = kg.select("SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH "
                           "<https://w3id.org/conflictkg/id/graph/entities> { ?x ?p ?o } } GROUP BY ?x")
        assert labels and all(r["n"] == 1 for r in labels)  # one display label per entity
        assert kg.triples_count() == sum(final.values()) + _ontology_size(kg) + len(labels)


def _ontology_size(kg: Store) -> int:
    return int(kg.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH "
                         "<https://w3id.org/conflictkg/id/graph/ontology> { ?s ?p ?o } }")[0]["n"])
