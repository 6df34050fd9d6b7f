"""Conflict dyads: who fights whom, how often, and with what reported toll.

Fighting edges (``fights``) are rolled up to dyads as event datasets code them
(:func:`conflictkg.graph.rollup.dyad_ends`) and folded, since fighting is
symmetric. Casualty reports count for a dyad when the report's article also
states that dyad's fighting and the report's side belongs to one of its ends.

``weight = clashes * (1 + log10(1 + killed + wounded))``: the number of
reported clashes, scaled up by an order-of-magnitude reading of the toll, so a
single deadly battle outweighs a skirmish but never a long war.
"""
from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field

import networkx as nx

from conflictkg.graph.rollup import belongs_to, dyad_ends


@dataclass
class ConflictDyad:
    """Two rolled-up actors that fight; ``a`` < ``b`` by id."""

    a: str
    b: str
    clashes: int = 0
    ceasefires: int = 0
    killed: dict[str, int] = field(default_factory=dict)
    wounded: dict[str, int] = field(default_factory=dict)
    events: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None

    @property
    def toll(self) -> int:
        """Killed and wounded reported on both sides."""
        return sum(self.killed.values()) + sum(self.wounded.values())

    @property
    def weight(self) -> float:
        """Clashes scaled by the order of magnitude of the toll."""
        return round(self.clashes * (1 + math.log10(1 + self.toll)), 3)


def conflict_dyads(G: nx.MultiDiGraph, *, include_inferred: bool = False) -> list[ConflictDyad]:
    """Fighting pairs with clash counts, ceasefires and casualties, heaviest first.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ARM", "AZE"], type="State")
    >>> G.add_node("AZE/army", type="Organization", part_of="AZE")
    >>> _ = G.add_edge("ARM", "AZE", key="e1", type="fights", article="a", date="2022-09-13")
    >>> _ = G.add_edge("AZE/army", "ARM", key="e2", type="fights", article="a", date="2022-09-14")
    >>> _ = G.add_edge("ARM", "AZE", key="e3", type="ceasefire", article="a")
    >>> G.graph["casualties"] = [{"sides": ["ARM"], "killed": 49, "wounded": 0, "article": "a"}]
    >>> d = conflict_dyads(G)[0]
    >>> (d.a, d.b, d.clashes, d.ceasefires, d.killed, d.first, d.last, d.weight)
    ('ARM', 'AZE', 2, 1, {'ARM': 49}, '2022-09-13', '2022-09-14', 5.398)
    """
    out: dict[tuple[Hashable, Hashable], ConflictDyad] = {}
    ceasefires: dict[tuple[Hashable, Hashable], int] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        kind = data.get("type")
        if kind not in ("fights", "ceasefire") or data.get("structural"):
            continue
        if data.get("inferred") and not include_inferred:
            continue
        a, b = dyad_ends(G, u, v)
        if a == b:
            continue
        first, second = sorted((a, b), key=str)
        pair = (first, second)
        if kind == "ceasefire":
            ceasefires[pair] = ceasefires.get(pair, 0) + 1
            continue
        d = out.setdefault(pair, ConflictDyad(str(pair[0]), str(pair[1])))
        d.clashes += 1
        d.events.append(str(key))
        if data.get("article") and data["article"] not in d.articles:
            d.articles.append(data["article"])
        date = data.get("date")
        if date:
            d.first = min(d.first or date, date)
            d.last = max(d.last or date, date)
    for pair, d in out.items():
        d.ceasefires = ceasefires.get(pair, 0)
        for rep in G.graph.get("casualties", ()):
            if rep.get("article") not in d.articles:
                continue
            for side in rep.get("sides") or ():
                end = next((e for e in pair if side in G and belongs_to(G, side, e)), None)
                if end is None:
                    continue
                if rep.get("killed"):
                    d.killed[str(end)] = d.killed.get(str(end), 0) + int(rep["killed"])
                if rep.get("wounded"):
                    d.wounded[str(end)] = d.wounded.get(str(end), 0) + int(rep["wounded"])
    return sorted(out.values(), key=lambda d: (-d.weight, d.a, d.b))


__all__ = ["ConflictDyad", "conflict_dyads"]
