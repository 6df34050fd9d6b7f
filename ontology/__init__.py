"""Ontology layer: extraction records -> RDF named graphs in an Oxigraph store, SPARQL, SHACL.

Takes ``conflictkg.extract`` records (``Extraction``: article, entities,
relation mentions, casualties) and returns RDF: an rdflib ``Dataset`` per
article (``extraction_to_dataset``) or triples written into the on-disk
``Store`` (one named graph per article, one for inferred facts, one for the
ontology ``conflict.ttl``), queried with the named SPARQL queries of
``queries/*.rq`` and checked against the SHACL shapes of ``shapes.ttl``.

May import ``conflictkg.extract`` (records and its public API), rdflib,
pyoxigraph, pyshacl and the standard library; never spaCy, networkx or pyvis.
"""
from __future__ import annotations

from conflictkg.ontology.build import build_dataset
from conflictkg.ontology.mapping import (
    article_graph_iri, article_iri, entity_iri, extraction_to_dataset, extraction_triples,
)
from conflictkg.ontology.store import Store, StoreError
from conflictkg.ontology.vocab import CKG, KGR

__all__ = [
    "CKG", "KGR", "Store", "StoreError", "article_graph_iri", "article_iri", "build_dataset",
    "entity_iri",
    "extraction_to_dataset", "extraction_triples",
]
