"""Graph layer: RDF knowledge graph -> networkx derivations and an offline viewer.

Takes a store (anything with ``.select(sparql) -> rows``, such as
``conflictkg.ontology.store.Store``, or an rdflib graph) and reads it only
through the SPARQL files in ``graph/queries/``. Returns plain data:
``networkx.MultiDiGraph`` of actors and relation events
(:mod:`~conflictkg.graph.convert`), dyads rolled up to states/IGOs
(:mod:`~conflictkg.graph.rollup`), inferred mediations
(:mod:`~conflictkg.graph.mediation`) and their RDF triples / JSON relations
(:mod:`~conflictkg.graph.inference`), conflict dyads, blocs, brokers and
accusation reciprocity, and a one-file offline HTML viewer
(:mod:`~conflictkg.graph.render`). Functions never modify their input graph.

May import ``conflictkg.ontology``, rdflib, networkx and pyvis; never spaCy
nor ``conflictkg.extract``.
"""
from __future__ import annotations

__all__ = ["blocs", "brokers", "convert", "dyads", "inference", "mediation", "reciprocity", "render",
           "rollup"]
