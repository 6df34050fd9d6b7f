"""Accusation reciprocity: pairs that accuse each other.

Mutual blame ("each side accused the other of starting the escalation") is a
mark of an active conflict. Accusations are rolled up to dyads (a ministry's
accusation is its state's) unless ``roll_up=False``.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from conflictkg.graph.rollup import dyad_edges


@dataclass(frozen=True)
class Reciprocity:
    """``a`` accuses ``b`` ``a_to_b`` times and ``b`` accuses ``a`` ``b_to_a`` times."""

    a: str
    b: str
    a_to_b: int
    b_to_a: int
    events: tuple[str, ...]


def accusation_reciprocity(G: nx.MultiDiGraph, *, roll_up: bool = True) -> list[Reciprocity]:
    """Mutually accusing pairs, most accusations first.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("AZE/mod", part_of="AZE")
    >>> G.add_node("AZE")
    >>> _ = G.add_edge("AZE/mod", "ARM", key="e1", type="accuses")
    >>> _ = G.add_edge("ARM", "AZE", key="e2", type="accuses")
    >>> _ = G.add_edge("ARM", "TUR", key="e3", type="accuses")
    >>> accusation_reciprocity(G)
    [Reciprocity(a='ARM', b='AZE', a_to_b=1, b_to_a=1, events=('e2', 'e1'))]
    >>> accusation_reciprocity(G, roll_up=False)
    []
    """
    counts: dict[tuple[str, str], list[str]] = {}
    if roll_up:
        for d in dyad_edges(G, ["accuses"], include_inferred=False):
            counts.setdefault((str(d.source), str(d.target)), []).extend(d.events)
    else:
        for u, v, k, data in G.edges(keys=True, data=True):
            if data.get("type") == "accuses" and not data.get("inferred") and u != v:
                counts.setdefault((str(u), str(v)), []).append(str(k))
    out = []
    for (a, b), ab in counts.items():
        if a < b and (b, a) in counts:
            ba = counts[(b, a)]
            out.append(Reciprocity(a, b, len(ab), len(ba), tuple(ab + ba)))
    return sorted(out, key=lambda r: (-(r.a_to_b + r.b_to_a), r.a, r.b))


def reciprocity_ratio(G: nx.MultiDiGraph, *, roll_up: bool = True) -> float:
    """Share of accusing pairs whose accusation is returned (0.0 without accusations).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="1", type="accuses")
    >>> _ = G.add_edge("B", "A", key="2", type="accuses")
    >>> _ = G.add_edge("A", "C", key="3", type="accuses")
    >>> reciprocity_ratio(G)
    0.5
    """
    pairs = set()
    if roll_up:
        pairs = {(str(d.source), str(d.target))
                 for d in dyad_edges(G, ["accuses"], include_inferred=False)}
    else:
        pairs = {(str(u), str(v)) for u, v, d in G.edges(data=True)
                 if d.get("type") == "accuses" and not d.get("inferred") and u != v}
    undirected = {frozenset(p) for p in pairs}
    if not undirected:
        return 0.0
    mutual = {frozenset(p) for p in pairs if (p[1], p[0]) in pairs}
    return len(mutual) / len(undirected)


__all__ = ["Reciprocity", "accusation_reciprocity", "reciprocity_ratio"]
