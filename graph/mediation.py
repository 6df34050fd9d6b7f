"""Infer mediation from diplomatic contact with both sides of a conflict.

News rarely writes "X mediates between A and B"; it writes that X phoned A's
leader and then B's, or that A and B agreed a truce after a call between X
and A. Analysts (and the gold annotation of the shared dev set, whose notes
read "contacts with both leaders", "phone call with each president") code
those as mediation. This module derives them from the asserted edges of a
:func:`conflictkg.graph.convert.to_networkx` graph.

Rules
-----
A *conflict pair* is two actors joined by a ``fights`` or a ``ceasefire`` edge
(a ceasefire is between parties in conflict), rolled up with
:func:`conflictkg.graph.rollup.dyad_ends` (``ARM``–``AZE`` whether the edge
joins the states, their armies or their ministries).

A side is *reached* by an actor X when X ``contacts`` it (a call, a meeting, a
visit: symmetric, so either end may be the third party) or when X is asserted
to mediate with it. Reaching a person or body reaches the state or group it
belongs to (a call with Armenia's prime minister reaches Armenia), and
reaching a government reaches its armed forces.

``contact-with-both-sides``
    X reaches both sides of a conflict pair, the two contacts co-occur (same
    article, or dated within ``window_days`` of each other) and the conflict
    edge co-occurs with one of them.
``contact-leading-to-ceasefire``
    X reaches one side in the very sentence that states the pair's ceasefire
    ("the two sides agreed a ceasefire after a call between X and A's leader").
    Being the weaker rule, it never makes a mediator of a person whose
    affiliation is unknown (who may well be one of the sides' own people).
``mediation-by-member``
    The first rule, when every contact behind it is a stated mediation by a
    person or body of X (a president's mediation is also their state's).

The mediator is the contacting actor itself (person or body) *and* the state
or IGO it rolls up to, as event datasets code dyads. An actor that belongs to
either side, or that fights either side, is never a mediator; nor is a place.

Appeals (``calls_on``) do **not** count. A party that publicly urges both
sides to stop fighting makes an appeal, not a mediation: in the gold, the UN
Secretary-General, the EU, the United States and its Secretary of State all
call on Armenia and Azerbaijan to de-escalate and none is coded as mediating;
likewise the envoys urging both Sudanese or both Yemeni parties. Only when an
appeal travels through contact with each side (two phone calls) does the
contact rule fire.

Explicit mediation is kept as asserted: a (mediator, party) edge already
stated is never re-inferred, but a missing other party is.

Inferred edges are never used as input, so inference is idempotent.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

import networkx as nx

from conflictkg.graph.rollup import belongs_to, dyad_ends, top_level

#: Days within which two contacts (or a contact and the fighting) belong together.
DEFAULT_WINDOW_DAYS = 30
#: Relation types that make two actors a pair in conflict.
CONFLICT_TYPES = frozenset({"fights", "ceasefire"})
#: Relation types by which a third party reaches a side.
CONTACT_TYPES = frozenset({"contacts", "mediates"})
#: Symmetric contact types: either end may be the third party.
SYMMETRIC_CONTACT_TYPES = frozenset({"contacts"})
RULE_BOTH_SIDES = "contact-with-both-sides"
RULE_CEASEFIRE = "contact-leading-to-ceasefire"
RULE_MEMBER = "mediation-by-member"


@dataclass(frozen=True)
class Mediation:
    """One inferred mediation by ``mediator`` between ``parties``.

    ``parties`` are the two sides as the conflict edges name them (the states
    when an edge joins the states, else the most frequent end: ``saf``, not
    ``SDN``, when only the army fights); ``dyad`` the same pair rolled up.
    ``targets`` are the parties the mediation is inferred for (those not
    already asserted); ``support`` the event IRIs it derives from (contacts
    first, then the conflict edges).
    """

    mediator: str
    parties: tuple[str, str]
    support: tuple[str, ...]
    rule: str
    targets: tuple[str, ...]
    articles: tuple[str, ...] = ()
    date: str | None = None
    evidence: dict[str, Any] | None = None
    dyad: tuple[str, str] | None = None
    iris: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class _Edge:
    key: str
    u: Hashable
    v: Hashable
    type: str
    date: str | None
    article: str | None
    sentence: int | None
    data: dict[str, Any]
    event_date: str | None = None


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)
    except ValueError:
        return None


def _co_occur(a: _Edge, b: _Edge, window_days: int) -> bool:
    """Same article or dated within the window; two explicit event dates decide alone
    (a 2020 war recalled in a 2022 article is not the fighting of 2022)."""
    if a.event_date and b.event_date:
        delta = _days_apart(a.event_date, b.event_date)
        return delta is not None and delta <= window_days
    if a.article is not None and a.article == b.article:
        return True
    if a.date is None or b.date is None:
        return False
    delta = _days_apart(a.date, b.date)
    return delta is not None and delta <= window_days


def _asserted(G: nx.MultiDiGraph) -> list[_Edge]:
    out = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("inferred") or d.get("structural"):
            continue
        out.append(_Edge(str(k), u, v, str(d.get("type")), d.get("date"), d.get("article"),
                         d.get("sentence_index"), d, d.get("event_date")))
    out.sort(key=lambda e: (e.date or "", e.article or "", e.sentence or 0, e.key))
    return out


def infer_mediation(G: nx.MultiDiGraph, window_days: int = DEFAULT_WINDOW_DAYS) -> list[Mediation]:
    """Mediations that the asserted edges of ``G`` imply (see the module rules).

    Parameters
    ----------
    G
        A graph from :func:`conflictkg.graph.convert.to_networkx` (not modified).
    window_days
        How far apart (in days) two dated edges of different articles may be
        and still support one mediation.

    Returns
    -------
    list of Mediation
        Sorted by mediator and parties; one per (mediator, conflict pair).

    Examples
    --------
    Malaysia's prime minister phones the Thai and the Cambodian leaders while
    the two states fight:

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["THA", "KHM", "MYS"], type="State")
    >>> for p, s in [("anwar", "MYS"), ("hun", "KHM"), ("phum", "THA")]:
    ...     G.add_node(p, type="Person", roles=[s])
    >>> _ = G.add_edge("THA", "KHM", key="e0", type="fights", article="a1")
    >>> _ = G.add_edge("anwar", "hun", key="e1", type="contacts", article="a1")
    >>> _ = G.add_edge("phum", "anwar", key="e2", type="contacts", article="a1")
    >>> _ = G.add_edge("person/trump", "THA", key="e3", type="calls_on", article="a1")
    >>> _ = G.add_edge("person/trump", "KHM", key="e4", type="calls_on", article="a1")
    >>> [(m.mediator, m.parties, m.rule) for m in infer_mediation(G)]
    [('MYS', ('KHM', 'THA'), 'contact-with-both-sides'), ('anwar', ('KHM', 'THA'), 'contact-with-both-sides')]
    >>> infer_mediation(G)[0].support
    ('e1', 'e2', 'e0')

    Appeals to both sides (Trump above) are not mediation; neither is a contact
    between the two sides themselves.
    """
    edges = _asserted(G)
    conflicts: dict[tuple[Hashable, Hashable], list[_Edge]] = defaultdict(list)
    fighting: set[frozenset[Hashable]] = set()
    for e in edges:
        if e.type in CONFLICT_TYPES:
            a, b = dyad_ends(G, e.u, e.v)
            if a == b:
                continue
            first, second = sorted((a, b), key=str)
            conflicts[(first, second)].append(e)
            if e.type == "fights":
                fighting.add(frozenset((a, b)))
    if not conflicts:
        return []
    # third party -> list of (reached actor, contact edge)
    reach: dict[Hashable, list[tuple[Hashable, _Edge]]] = defaultdict(list)
    asserted_mediation: dict[Hashable, set[Hashable]] = defaultdict(set)
    for e in edges:
        if e.type not in CONTACT_TYPES:
            continue
        ends = [(e.u, e.v)]
        if e.type in SYMMETRIC_CONTACT_TYPES:
            ends.append((e.v, e.u))
        else:
            asserted_mediation[e.u].add(e.v)
        for third, reached in ends:
            for mediator in dict.fromkeys((third, top_level(G, third))):
                reach[mediator].append((reached, e))

    out: dict[tuple[Hashable, tuple[Hashable, Hashable]], Mediation] = {}
    for pair, conflict_edges in sorted(conflicts.items(), key=lambda kv: tuple(map(str, kv[0]))):
        a, b = pair
        for mediator in sorted(reach, key=str):
            if not _may_mediate(G, mediator, a, b, fighting):
                continue
            by_side: dict[Hashable, list[_Edge]] = {a: [], b: []}
            for reached, e in reach[mediator]:
                side = _side(G, reached, a, b)
                if side is not None and e not in by_side[side]:
                    by_side[side].append(e)
            found = _both_sides(by_side[a], by_side[b], conflict_edges, window_days)
            rule = RULE_BOTH_SIDES
            if found is None and _affiliated(G, mediator):
                found = _ceasefire_sentence(by_side[a] + by_side[b], conflict_edges)
                rule = RULE_CEASEFIRE
            if found is None:
                continue
            contacts, fights = found
            if all(e.type == "mediates" for e in contacts):
                rule = RULE_MEMBER  # e.g. the state whose president is said to mediate
            named = (_named_side(G, a, fights), _named_side(G, b, fights))
            targets = tuple(t for t in named
                            if not _is_asserted(G, asserted_mediation, mediator, t))
            if not targets:
                continue
            support = tuple(dict.fromkeys([e.key for e in contacts] + [e.key for e in fights]))
            first = contacts[0]
            dates = sorted(e.date for e in contacts + fights if e.date)
            out[(mediator, pair)] = Mediation(
                mediator=str(mediator), parties=(str(named[0]), str(named[1])), support=support,
                rule=rule, dyad=(str(a), str(b)),
                targets=tuple(str(t) for t in targets),
                articles=tuple(sorted({e.article for e in contacts + fights if e.article})),
                date=dates[-1] if dates else None,
                evidence={"sentence_index": first.data.get("sentence_index"),
                          "start": first.data.get("start"), "end": first.data.get("end"),
                          "text": first.data.get("evidence"),
                          "trigger": first.data.get("trigger"),
                          "article": first.data.get("article")},
                iris={str(n): str(G.nodes[n].get("iri") or n) for n in (mediator, *named)})
    return sorted(out.values(), key=lambda m: (m.mediator, m.parties))


def _affiliated(G: nx.MultiDiGraph, actor: Hashable) -> bool:
    """False for a person the store links to no state, IGO or group (roles unknown)."""
    if actor not in G or G.nodes[actor].get("type") != "Person":
        return True
    return bool(top_level(G, actor) != actor)


def _named_side(G: nx.MultiDiGraph, side: Hashable, conflict_edges: list[_Edge]) -> Hashable:
    names: dict[Hashable, int] = defaultdict(int)
    for e in conflict_edges:
        for end in (e.u, e.v):
            if belongs_to(G, end, side):
                names[end] += 1
    if side in names or not names:
        return side
    return min(names, key=lambda n: (-names[n], str(n)))


def _side(G: nx.MultiDiGraph, reached: Hashable, a: Hashable, b: Hashable) -> Hashable | None:
    def touches(side: Hashable) -> bool:
        return bool(belongs_to(G, reached, side) or belongs_to(G, side, reached))

    ta, tb = touches(a), touches(b)
    if ta and not tb:
        return a
    if tb and not ta:
        return b
    return None


def _may_mediate(G: nx.MultiDiGraph, mediator: Hashable, a: Hashable, b: Hashable,
                 fighting: set[frozenset[Hashable]]) -> bool:
    if mediator in G and G.nodes[mediator].get("type") == "Place":
        return False  # talks *in* Geneva: the venue is not a party
    for side in (a, b):
        if belongs_to(G, mediator, side) or belongs_to(G, side, mediator):
            return False
        if frozenset(dyad_ends(G, mediator, side)) in fighting:
            return False
    return True


def _is_asserted(G: nx.MultiDiGraph, asserted: dict[Hashable, set[Hashable]],
                 mediator: Hashable, target: Hashable) -> bool:
    return any(v == target or belongs_to(G, v, target) for v in asserted.get(mediator, ()))


def _both_sides(to_a: list[_Edge], to_b: list[_Edge], conflict_edges: list[_Edge],
                window_days: int) -> tuple[list[_Edge], list[_Edge]] | None:
    contacts: list[_Edge] = []
    fights: list[_Edge] = []
    for ea in to_a:
        for eb in to_b:
            if ea.key == eb.key or not _co_occur(ea, eb, window_days):
                continue
            near = [f for f in conflict_edges
                    if _co_occur(f, ea, window_days) or _co_occur(f, eb, window_days)]
            if not near:
                continue
            for e in (ea, eb):
                if e not in contacts:
                    contacts.append(e)
            for f in near:
                if f not in fights:
                    fights.append(f)
    if not contacts:
        return None
    contacts.sort(key=lambda e: (e.date or "", e.article or "", e.sentence or 0, e.key))
    return contacts, fights


def _ceasefire_sentence(contacts: list[_Edge], conflict_edges: list[_Edge]
                        ) -> tuple[list[_Edge], list[_Edge]] | None:
    for c in contacts:
        if c.article is None or c.sentence is None:
            continue
        same = [f for f in conflict_edges if f.type == "ceasefire" and f.article == c.article
                and f.sentence == c.sentence]
        if same:
            return [c], same
    return None


__all__ = ["DEFAULT_WINDOW_DAYS", "Mediation", "RULE_BOTH_SIDES", "RULE_CEASEFIRE", "RULE_MEMBER",
           "infer_mediation"]
