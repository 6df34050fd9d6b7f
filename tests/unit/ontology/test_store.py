"""The Oxigraph store: idempotent per-article ingest, entity merging, errors, params."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from conflictkg.extract.records import Extraction
from conflictkg.ontology.mapping import ONTOLOGY_GRAPH, entity_iri
from conflictkg.ontology.store import Store, StoreError
from conflictkg.ontology.vocab import CKG, KGR

LABELS = "SELECT ?l WHERE { kgr:THA rdfs:label ?l } ORDER BY ?l"


def count(kg: Store, body: str) -> int:
    return int(kg.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {body} }}")[0]["n"])


def test_ingest_is_idempotent_and_replaces_changed_articles(make_a, article_b) -> None:
    kg = Store.memory()
    assert kg.ingest(make_a()) == "added"
    size = kg.triples_count()
    assert kg.ingest(make_a()) == "unchanged"
    assert kg.triples_count() == size
    assert kg.ingest(make_a(" خبر إضافي.")) == "replaced"
    assert count(kg, "?a a schema:NewsArticle") == 1
    assert count(kg, "?e a ckg:Accusation") == 2  # not 4: the old graph is gone
    assert kg.ingest(article_b) == "added"
    assert kg.article_ids() == ["2025-07-28-border", "2025-07-29-truce"]


def test_same_text_new_extraction_is_replaced(article_a: Extraction) -> None:
    kg = Store.memory()
    kg.ingest(article_a)
    fewer = dataclasses.replace(article_a, relations=article_a.relations[:1])
    assert kg.ingest(fewer) == "replaced"
    assert count(kg, "?e ckg:relationType ?t") == 1


def test_entities_merge_across_articles_and_survive_replacement(make_a, article_b) -> None:
    kg = Store.memory()
    kg.ingest(make_a())
    kg.ingest(article_b)
    labels = [r["l"] for r in kg.select(LABELS)]
    assert labels == sorted(["التايلاندية", "المملكة التايلاندية"])
    # one IRI; each article graph states it (the union is a bag: use DISTINCT)
    assert kg.select("SELECT DISTINCT ?x WHERE { ?x ckg:entityId 'THA' }") == [{"x": str(KGR.THA)}]
    assert count(kg, "GRAPH ?g { kgr:THA ckg:entityId 'THA' }") == 2
    kg.ingest(make_a(" تحديث."))  # replacing article A keeps the label article B contributed
    assert "المملكة التايلاندية" in [r["l"] for r in kg.select(LABELS)]


def test_ontology_graph_is_loaded() -> None:
    kg = Store.memory()
    assert str(ONTOLOGY_GRAPH) in kg.graphs()
    assert kg.ask("ASK { ckg:Accusation skos:notation '112' ; rdfs:label 'اتهام'@ar }")


def test_replace_inferred_is_whole_graph(kg: Store) -> None:
    med = KGR["inferred/mediation/x1"]
    first = [(med, CKG.relationType, Literal("mediates")), (med, CKG.inferred, Literal(True)),
             (KGR.MYS, CKG.mediates, KGR.THA)]
    assert kg.replace_inferred(first) == 3
    assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/inferred> { ?s ?p ?o }") == 3
    assert kg.replace_inferred(first[:1]) == 1
    assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/inferred> { ?s ?p ?o }") == 1
    assert kg.replace_inferred([]) == 0
    assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/inferred> { ?s ?p ?o }") == 0
    # asserted facts untouched
    assert count(kg, "kgr:MYS ckg:mediates kgr:THA") == 1


def test_select_returns_python_values(kg: Store) -> None:
    rows = kg.select("""SELECT ?k ?al ?d ?iri WHERE { ?c ckg:killed ?k ; ckg:atLeast ?al .
        ?iri ckg:relationType "fights" ; ckg:date ?d }""")
    assert rows == [{"k": 12, "al": True, "d": "2025-07-24",
                     "iri": str(KGR["event/2025-07-28-border/2"])}]
    assert kg.select("SELECT ?x WHERE { OPTIONAL { ?x ckg:nothing ?y } }") == [{"x": None}]


def test_params_are_bound_as_terms_never_pasted(kg: Store) -> None:
    q = "SELECT ?t WHERE { ?e ckg:source ?who ; ckg:relationType ?t } ORDER BY ?t"
    assert [r["t"] for r in kg.select(q, {"who": entity_iri("UN")})] == ["calls_on", "calls_on"]
    # a string is a literal: matches nothing, injects nothing
    evil = '"} UNION { ?e ckg:relationType ?t } #'
    assert kg.select(q, {"who": evil}) == []
    assert kg.select(q, {"who": URIRef(str(KGR) + "UN")})
    with pytest.raises(ValueError, match="invalid query parameter name"):
        kg.select(q, {"who } #": 1})
    with pytest.raises(ValueError, match="invalid entity id"):
        kg.named_query("actor_timeline", {"actor": "UN> } #"})
    with pytest.raises(ValueError, match="invalid entity id"):
        kg.named_query("actor_timeline", {"actor": "U N"})


def test_named_query_parameter_errors(kg: Store) -> None:
    with pytest.raises(ValueError, match="needs --param actor"):
        kg.named_query("actor_timeline", {})
    with pytest.raises(ValueError, match="has no parameter 'colour'"):
        kg.named_query("accusations", {"colour": "red"})
    with pytest.raises(ValueError, match="unknown query 'nope'"):
        kg.named_query("nope", {})
    with pytest.raises(ValueError, match="SPARQL syntax error"):
        kg.select("SELECT WHERE {")


def test_query_file_path(kg: Store, tmp_path: Path) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text("# my query\n#@param who entity someone\n"
                  "SELECT ?who ?t WHERE { ?e ckg:source ?who ; ckg:relationType ?t }\n",
                  encoding="utf-8")
    rows = kg.named_query(str(rq), {"who": "MYS"})
    assert {r["t"] for r in rows} == {"mediates"}


# ------------------------------------------------------------------ on disk


def test_on_disk_roundtrip_and_read_only(tmp_path: Path, article_a: Extraction) -> None:
    path = tmp_path / "kg"
    with Store.open(path) as kg:
        assert kg.ingest(article_a) == "added"
        n = kg.triples_count()
    with Store.open(path, read_only=True, create=False) as kg:
        assert kg.triples_count() == n
        with pytest.raises(StoreError, match="read-only"):
            kg.ingest(article_a)
        with pytest.raises(StoreError, match="read-only"):
            kg.replace_inferred([])
    with Store.open(path) as kg:
        assert kg.ingest(article_a) == "unchanged"
        assert kg.triples_count() == n


def test_missing_store_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"^no store at .*nowhere$"):
        Store.open(tmp_path / "nowhere", read_only=True, create=False)
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "nowhere", create=False)
    assert not (tmp_path / "nowhere").exists()


def test_path_is_a_file_or_unwritable(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        Store.open(f)
    with pytest.raises(StoreError, match="cannot create store"):
        Store.open(f / "sub")


def test_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("x")
    with pytest.raises(StoreError, match="is not a store"):
        Store.open(tmp_path / "articles")
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.txt"]


def test_second_writer_gets_a_lock_error(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    with Store.open(path):
        code = ("import sys\nfrom conflictkg.ontology.store import Store, StoreError\n"
                "try:\n    Store.open(sys.argv[1])\nexcept StoreError as e:\n"
                "    print(e); sys.exit(3)\n")
        # cwd: ``python -c`` puts the cwd on sys.path, and a checkout's own conflictkg/
        # folder would shadow the installed package (which maps extract/ in)
        proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                              text=True, timeout=60, cwd=tmp_path)
        assert proc.returncode == 3, proc.stderr
        assert proc.stdout.strip() == f"store {path} is locked by another process"
        # and in the same process
        with pytest.raises(StoreError, match="locked"):
            Store.open(path)
    with Store.open(path):  # released on close
        pass


def test_closed_store_raises(tmp_path: Path) -> None:
    kg = Store.open(tmp_path / "kg")
    kg.close()
    with pytest.raises(StoreError, match="closed"):
        kg.triples_count()


def test_ontology_reloaded_when_changed(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    with Store.open(path) as kg:
        kg.inner.update("DELETE WHERE { GRAPH <https://w3id.org/conflictkg/id/graph/ontology> { ?o ckg:sourceHash ?h } }",
                        prefixes={"kgr": str(KGR), "ckg": str(CKG._NS)})
        kg.inner.update("INSERT DATA { GRAPH <%s> { <urn:x> <urn:y> <urn:z> } }" % ONTOLOGY_GRAPH)
    with Store.open(path) as kg:
        assert not kg.ask("ASK { GRAPH <https://w3id.org/conflictkg/id/graph/ontology> { <urn:x> ?p ?o } }")
        assert kg.ask("ASK { ckg:Clash a owl:Class }")
        assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/ontology> { ?o ckg:sourceHash ?h }") == 1


def test_display_labels_live_in_the_entities_graph(make_a, article_b) -> None:
    kg = Store.memory()
    kg.ingest(make_a())
    kg.ingest(article_b)
    ent = "<https://w3id.org/conflictkg/id/graph/entities>"
    rows = kg.select(f"SELECT ?x ?l WHERE {{ GRAPH {ent} {{ ?x ckg:displayLabel ?l }} }}")
    labels = {r["x"].rsplit("/id/", 1)[1]: r["l"] for r in rows}
    assert labels["THA"] == "Thailand" and labels["UN"] == "United Nations"
    assert labels["person/0a1b2c3d"] == "المتحدثة باسم الحكومة الكمبودية"
    assert len(rows) == len(labels)  # one per entity
    # article B is the only one naming UN: replacing it without UN drops UN's label, not THA's
    kg.ingest(dataclasses.replace(article_b, entities=article_b.entities[:2], relations=()))
    rows = kg.select(f"SELECT ?x WHERE {{ GRAPH {ent} {{ ?x ckg:displayLabel ?l }} }}")
    ids = {r["x"].rsplit("/id/", 1)[1] for r in rows}
    assert "UN" not in ids and {"THA", "KHM", "MYS"} <= ids
    assert kg.remove_article("2025-07-28-border")
    rows = kg.select(f"SELECT ?x WHERE {{ GRAPH {ent} {{ ?x ckg:displayLabel ?l }} }}")
    assert {r["x"].rsplit("/id/", 1)[1] for r in rows} == {"THA", "KHM"}


def test_optimize_keeps_content(tmp_path: Path, article_a: Extraction) -> None:
    with Store.open(tmp_path / "kg") as kg:
        kg.ingest(article_a)
        n = kg.triples_count()
        kg.optimize()
        assert kg.triples_count() == n
    with Store.open(tmp_path / "kg", read_only=True, create=False) as kg:
        with pytest.raises(StoreError, match="read-only"):
            kg.optimize()
