"""Roll actors up to the state or international organization they belong to.

Event datasets (ACLED, ICEWS, the shared scorer's dyad level) code a statement
by a minister, a spokesperson or a ministry as a statement by their state, and
one by the UN Secretary-General as one by the UN. This module walks each
actor's ``part_of`` link, or for persons their ``roles`` (``ckg:holdsRole``),
up to the top-level actor, and turns the actor-level relation edges of a
:func:`conflictkg.graph.convert.to_networkx` graph into dyad edges with counts
and evidence.

When both ends of an edge belong to the same top-level actor (an opposition
party accusing its own prime minister, two armed forces of one state), the
dyad is coded one level below their common ancestor, so internal conflicts do
not collapse into a self-loop: see :func:`dyad_ends`.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

#: Relation types that are structure, not events; never rolled up.
STRUCTURAL_TYPES = frozenset({"holds_role", "part_of"})
#: Preferred parent types when a person holds several roles.
PARENT_PREFERENCE = ("State", "IGO")


def parent_of(G: nx.MultiDiGraph, node: Hashable) -> Hashable | None:
    """The actor ``node`` belongs to: its ``part_of``, else the role it holds.

    Among several roles a state is preferred, then an IGO, then the first id in
    sorted order, so the result never depends on insertion order.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ARM", type="State")
    >>> G.add_node("ARM/mod", type="Organization", part_of="ARM")
    >>> G.add_node("person/1", type="Person", roles=["ARM/mod"])
    >>> parent_of(G, "person/1"), parent_of(G, "ARM/mod"), parent_of(G, "ARM")
    ('ARM/mod', 'ARM', None)
    """
    attrs = G.nodes[node] if node in G else {}
    part_of = attrs.get("part_of")
    if part_of is not None and part_of != node and part_of in G:
        return part_of  # type: ignore[no-any-return]
    roles = [r for r in attrs.get("roles") or () if r != node and r in G]
    if not roles:
        return None

    def rank(r: Hashable) -> tuple[int, str]:
        kinds = (G.nodes[r].get("type"), G.nodes[r].get("subtype"))
        for i, kind in enumerate(PARENT_PREFERENCE):
            if kind in kinds:
                return (i, str(r))
        return (len(PARENT_PREFERENCE), str(r))

    best: Hashable = min(roles, key=rank)
    return best


def ancestors(G: nx.MultiDiGraph, node: Hashable) -> list[Hashable]:
    """``node`` followed by its parents up to the top-level actor (cycle-safe).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("RUS", type="State")
    >>> G.add_node("person/putin", type="Person", roles=["RUS"])
    >>> ancestors(G, "person/putin")
    ['person/putin', 'RUS']
    """
    chain = [node]
    seen = {node}
    current = parent_of(G, node)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = parent_of(G, current)
    return chain


def top_level(G: nx.MultiDiGraph, node: Hashable) -> Hashable:
    """The state, IGO or independent actor at the top of ``node``'s hierarchy.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("UN", type="Organization", subtype="IGO")
    >>> G.add_node("person/sg", type="Person", roles=["UN"])
    >>> top_level(G, "person/sg"), top_level(G, "UN")
    ('UN', 'UN')
    """
    return ancestors(G, node)[-1]


def dyad_ends(G: nx.MultiDiGraph, a: Hashable, b: Hashable) -> tuple[Hashable, Hashable]:
    """The two ends of the dyad ``a``–``b`` as event datasets code it.

    Both ends roll up to their top-level actors; when those coincide, the ends
    are the children of the deepest common ancestor (an internal dyad). When one
    end is an ancestor of the other, the ancestor itself is that end.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ARM", "AZE"], type="State")
    >>> G.add_node("person/p", type="Person", roles=["ARM"])
    >>> G.add_node("ARM/opposition", type="Organization", part_of="ARM")
    >>> G.add_node("AZE/mod", type="Organization", part_of="AZE")
    >>> dyad_ends(G, "person/p", "AZE/mod")
    ('ARM', 'AZE')
    >>> dyad_ends(G, "ARM/opposition", "person/p")
    ('ARM/opposition', 'person/p')
    """
    chain_a, chain_b = ancestors(G, a), ancestors(G, b)
    if chain_a[-1] != chain_b[-1]:
        return chain_a[-1], chain_b[-1]
    # strip the common top of both chains; what is left below it differs
    i, j = len(chain_a) - 1, len(chain_b) - 1
    while i > 0 and j > 0 and chain_a[i - 1] == chain_b[j - 1]:
        i, j = i - 1, j - 1
    end_a = chain_a[i - 1] if i > 0 else chain_a[i]
    end_b = chain_b[j - 1] if j > 0 else chain_b[j]
    return end_a, end_b


def belongs_to(G: nx.MultiDiGraph, node: Hashable, actor: Hashable) -> bool:
    """True when ``actor`` is ``node`` or one of its ancestors.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("SDN", type="State")
    >>> G.add_node("saf", type="Organization", part_of="SDN")
    >>> belongs_to(G, "saf", "SDN"), belongs_to(G, "SDN", "saf")
    (True, False)
    """
    return actor in ancestors(G, node)


@dataclass
class DyadEdge:
    """Relation edges of one type between two rolled-up actors."""

    type: str
    source: Hashable
    target: Hashable
    count: int = 0
    events: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    actors: set[tuple[Hashable, Hashable]] = field(default_factory=set)


def dyad_edges(G: nx.MultiDiGraph, types: Iterable[str] | None = None, *,
               include_inferred: bool = True) -> list[DyadEdge]:
    """Roll the relation edges of ``G`` up to dyads with counts and evidence.

    Parameters
    ----------
    G
        A graph from :func:`conflictkg.graph.convert.to_networkx`.
    types
        Relation types to keep (default: every non-structural type).
    include_inferred
        Also roll up inferred edges (``inferred=True``).

    Returns
    -------
    list of DyadEdge
        One per (type, source dyad end, target dyad end), sorted by count
        (descending) then by type and ends. Symmetric types are not merged:
        ``A fights B`` and ``B fights A`` stay two directed dyads unless the
        caller folds them.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ARM", "AZE"], type="State")
    >>> G.add_node("p", type="Person", roles=["AZE"])
    >>> G.add_node("AZE/mod", type="Organization", part_of="AZE")
    >>> G.add_edge("p", "ARM", key="e1", type="accuses", evidence="...")
    'e1'
    >>> G.add_edge("AZE/mod", "ARM", key="e2", type="accuses", evidence="...")
    'e2'
    >>> [(d.type, d.source, d.target, d.count) for d in dyad_edges(G)]
    [('accuses', 'AZE', 'ARM', 2)]
    """
    wanted = set(types) if types is not None else None
    out: dict[tuple[str, Hashable, Hashable], DyadEdge] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        kind = data.get("type")
        if kind is None or kind in STRUCTURAL_TYPES:
            continue
        if wanted is not None and kind not in wanted:
            continue
        if data.get("inferred") and not include_inferred:
            continue
        su, sv = dyad_ends(G, u, v)
        if su == sv:
            continue
        d = out.setdefault((kind, su, sv), DyadEdge(kind, su, sv))
        d.count += 1
        d.events.append(str(key))
        d.actors.add((u, v))
        if data.get("evidence"):
            d.evidence.append(evidence_of(data))
    return sorted(out.values(), key=lambda d: (-d.count, d.type, str(d.source), str(d.target)))


def evidence_of(data: dict[str, Any]) -> dict[str, Any]:
    """The evidence fields of one edge's attributes, as a plain dict.

    Examples
    --------
    >>> evidence_of({"evidence": "s", "article": "a1", "date": "2022-09-13", "start": 0,
    ...              "end": 1, "sentence_index": 0, "type": "fights"})["article"]
    'a1'
    """
    return {k: data.get(k) for k in
            ("evidence", "article", "date", "sentence_index", "start", "end", "trigger", "title")}


def rolled_up(G: nx.MultiDiGraph, types: Iterable[str] | None = None, *,
              include_inferred: bool = True) -> nx.MultiDiGraph:
    """A new graph of dyad ends whose edges (key = type) carry ``count`` and ``events``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["ISR", "hamas"], type="Organization")
    >>> G.add_edge("ISR", "hamas", key="e1", type="fights")
    'e1'
    >>> H = rolled_up(G)
    >>> H["ISR"]["hamas"]["fights"]["count"], G is not H
    (1, True)
    """
    H = nx.MultiDiGraph()
    for d in dyad_edges(G, types, include_inferred=include_inferred):
        for n in (d.source, d.target):
            if n not in H:
                H.add_node(n, **dict(G.nodes[n]))
        H.add_edge(d.source, d.target, key=d.type, type=d.type, count=d.count,
                   events=list(d.events), evidence=list(d.evidence))
    return H


__all__ = ["DyadEdge", "ancestors", "belongs_to", "dyad_edges", "dyad_ends", "evidence_of",
           "parent_of", "rolled_up", "top_level"]
