"""Blocs: groups of actors tied by alliances and shared enemies.

Actors are rolled up to states/IGOs/independent groups. Two actors are tied
by each ``allied_with`` edge between them (weight :data:`ALLY_WEIGHT`) and,
more weakly, by each third actor both of them fight (:data:`COBELLIGERENT_WEIGHT`:
the enemy of my enemy). Communities of that weighted graph (Louvain, seeded,
so results are reproducible) with at least two members are the blocs; each
bloc lists the outside actors its members fight or accuse.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field

import networkx as nx

from conflictkg.graph.rollup import dyad_edges

#: Tie weight of one stated alliance or support relation.
ALLY_WEIGHT = 1.0
#: Tie weight of one shared enemy.
COBELLIGERENT_WEIGHT = 0.5
#: Relation types that make an actor another's adversary.
HOSTILE_TYPES = ("fights", "accuses")


@dataclass
class Bloc:
    """One bloc: its members, how many alliance edges hold it, its adversaries."""

    members: list[str]
    alliances: int = 0
    adversaries: list[str] = field(default_factory=list)


def alliance_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The weighted, undirected tie graph the blocs are found in (a new graph).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("TUR", "AZE", key="e1", type="allied_with")
    >>> _ = G.add_edge("AZE", "ARM", key="e2", type="fights")
    >>> _ = G.add_edge("TUR", "ARM", key="e3", type="fights")
    >>> H = alliance_graph(G)
    >>> H["AZE"]["TUR"]["weight"], H.has_edge("AZE", "ARM")
    (1.5, False)
    """
    H = nx.Graph()
    for d in dyad_edges(G, ["allied_with"], include_inferred=False):
        w = H.get_edge_data(d.source, d.target, {"weight": 0.0})["weight"]
        H.add_edge(d.source, d.target, weight=w + ALLY_WEIGHT * d.count)
    enemies: dict[Hashable, set[Hashable]] = defaultdict(set)
    for d in dyad_edges(G, ["fights"], include_inferred=False):
        enemies[d.source].add(d.target)
        enemies[d.target].add(d.source)
    actors = sorted(enemies, key=str)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            if b in enemies[a]:
                continue
            shared = len(enemies[a] & enemies[b])
            if shared:
                w = H.get_edge_data(a, b, {"weight": 0.0})["weight"]
                H.add_edge(a, b, weight=w + COBELLIGERENT_WEIGHT * shared)
    return H


def _hostile_ends(kind: str, source: Hashable, target: Hashable
                  ) -> list[tuple[Hashable, Hashable]]:
    if kind == "fights":  # symmetric
        return [(source, target), (target, source)]
    return [(source, target)]


def blocs(G: nx.MultiDiGraph, *, seed: int = 0, min_size: int = 2) -> list[Bloc]:
    """Blocs of allied actors, largest first.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("TUR", "gna", key="e1", type="allied_with")
    >>> _ = G.add_edge("ARE", "lna", key="e2", type="allied_with")
    >>> _ = G.add_edge("EGY", "lna", key="e3", type="allied_with")
    >>> _ = G.add_edge("lna", "gna", key="e4", type="fights")
    >>> [(b.members, b.adversaries) for b in blocs(G)]
    [(['ARE', 'EGY', 'lna'], ['gna']), (['TUR', 'gna'], ['lna'])]
    """
    H = alliance_graph(G)
    if H.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(H, weight="weight", seed=seed)
    hostile = dyad_edges(G, HOSTILE_TYPES, include_inferred=False)
    out = []
    for community in communities:
        if len(community) < min_size:
            continue
        members = sorted(map(str, community))
        alliances = sum(int(H[u][v]["weight"] >= ALLY_WEIGHT)
                        for u, v in H.subgraph(community).edges)
        adversaries = sorted({str(e) for d in hostile
                              for m, e in _hostile_ends(d.type, d.source, d.target)
                              if str(m) in members and str(e) not in members})
        out.append(Bloc(members, alliances, adversaries))
    return sorted(out, key=lambda b: (-len(b.members), b.members))


__all__ = ["Bloc", "alliance_graph", "blocs"]
