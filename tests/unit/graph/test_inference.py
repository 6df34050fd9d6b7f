"""Inferred mediation as RDF in the inferred graph, and as JSON-contract relations."""
from __future__ import annotations

from conflictkg.graph.convert import to_networkx
from conflictkg.graph.inference import inferred_relations_for_article, inferred_triples
from conflictkg.graph.mediation import infer_mediation

PREFIXES = """PREFIX ckg: <https://w3id.org/conflictkg/ontology#>
PREFIX kgr: <https://w3id.org/conflictkg/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def count(kg, body: str) -> int:
    return int(kg.select(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {body} }}")[0]["n"])


def test_triples_land_in_the_inferred_graph(caucasus, store_of) -> None:
    kg = store_of(caucasus)
    kg.replace_inferred(inferred_triples(infer_mediation(to_networkx(kg))))
    assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/inferred> { kgr:RUS ckg:mediates kgr:ARM , kgr:AZE }") == 1
    assert count(kg, """GRAPH <https://w3id.org/conflictkg/id/graph/inferred> {
        ?m a ckg:Mediation ; ckg:inferred true ; ckg:mediator kgr:RUS ; ckg:target kgr:ARM ;
           ckg:party kgr:ARM , kgr:AZE ; ckg:inferenceRule "contact-with-both-sides" ;
           prov:wasDerivedFrom ?ev }
        ?ev ckg:relationType "contacts" .""") == 2
    # nothing inferred leaks into the article graph
    assert count(kg, "GRAPH <https://w3id.org/conflictkg/id/graph/article/caucasus-test> { ?m ckg:inferred true ; a ckg:Mediation }") == 0


def test_replacing_is_idempotent(caucasus, store_of) -> None:
    kg = store_of(caucasus)
    triples = inferred_triples(infer_mediation(to_networkx(kg)))
    kg.replace_inferred(triples)
    n = kg.triples_count()
    kg.replace_inferred(inferred_triples(infer_mediation(to_networkx(kg))))
    assert kg.triples_count() == n


def test_json_relations_use_extraction_ids(caucasus, store_of) -> None:
    rels = inferred_relations_for_article(infer_mediation(to_networkx(store_of(caucasus))),
                                          "caucasus-test")
    got = {(r["source"], r["target"]) for r in rels}
    assert got == {("RUS", "ARM"), ("RUS", "AZE"), ("person/putin", "ARM"),
                   ("person/putin", "AZE")}
    text = caucasus.article.text
    for r in rels:
        assert r["type"] == "mediates" and r["inferred"] is True and r["support"]
        ev = r["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        assert set(ev) >= {"sentence_index", "start", "end", "text"}


def test_api_appends_inferred_relations(caucasus) -> None:
    from conflictkg.api import _inferred_for

    rels = _inferred_for(caucasus)
    assert {(r["source"], r["target"]) for r in rels} >= {("RUS", "ARM"), ("RUS", "AZE")}
    ids = {e.id for e in caucasus.entities}
    assert all(r["source"] in ids and r["target"] in ids for r in rels)
