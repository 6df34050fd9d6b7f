"""Brokers: who sits between others on the diplomatic layer.

The diplomatic layer holds contacts, mediation and appeals (``contacts``,
``mediates``, ``calls_on``; asserted and inferred), rolled up to
states/IGOs by default and taken as undirected ties. A broker's score is its
betweenness centrality there: the share of shortest diplomatic paths between
other actors that run through it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from conflictkg.graph.rollup import dyad_edges

#: Relation types of the diplomatic layer.
DIPLOMATIC_TYPES = ("contacts", "mediates", "calls_on")


@dataclass(frozen=True)
class Broker:
    """An actor with its betweenness and number of diplomatic partners."""

    actor: str
    betweenness: float
    partners: int


def diplomatic_graph(G: nx.MultiDiGraph, types: Iterable[str] = DIPLOMATIC_TYPES, *,
                     roll_up: bool = True) -> nx.Graph:
    """Undirected diplomatic ties (weight = number of events), as a new graph.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("putin", roles=["RUS"])
    >>> G.add_node("RUS")
    >>> _ = G.add_edge("putin", "ARM", key="e1", type="contacts")
    >>> sorted(diplomatic_graph(G).edges), sorted(diplomatic_graph(G, roll_up=False).edges)
    ([('RUS', 'ARM')], [('putin', 'ARM')])
    """
    H = nx.Graph()
    wanted = set(types)
    if roll_up:
        for d in dyad_edges(G, wanted):
            w = H.get_edge_data(d.source, d.target, {"weight": 0})["weight"]
            H.add_edge(d.source, d.target, weight=w + d.count)
        return H
    for u, v, data in G.edges(data=True):
        if data.get("type") in wanted and u != v:
            w = H.get_edge_data(u, v, {"weight": 0})["weight"]
            H.add_edge(u, v, weight=w + 1)
    return H


def brokers(G: nx.MultiDiGraph, types: Iterable[str] = DIPLOMATIC_TYPES, *,
            roll_up: bool = True, top: int | None = None) -> list[Broker]:
    """Actors ranked by betweenness on the diplomatic layer (ties by id).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for side in ("ARM", "AZE"):
    ...     _ = G.add_edge("RUS", side, key=side, type="contacts")
    >>> [(b.actor, b.betweenness, b.partners) for b in brokers(G)]
    [('RUS', 1.0, 2), ('ARM', 0.0, 1), ('AZE', 0.0, 1)]
    """
    H = diplomatic_graph(G, types, roll_up=roll_up)
    if H.number_of_nodes() == 0:
        return []
    score = nx.betweenness_centrality(H, normalized=True)
    ranked = sorted((Broker(str(n), round(s, 6), H.degree(n)) for n, s in score.items()),
                    key=lambda b: (-b.betweenness, -b.partners, b.actor))
    return ranked[:top] if top is not None else ranked


__all__ = ["Broker", "DIPLOMATIC_TYPES", "brokers", "diplomatic_graph"]
