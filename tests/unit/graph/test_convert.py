"""RDF store -> networkx: actors, events with evidence, roll-up attrs, date filters."""
from __future__ import annotations

import networkx as nx

from conflictkg.graph.convert import to_networkx


def test_actors_and_events(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    assert isinstance(G, nx.MultiDiGraph)
    assert {"ARM", "AZE", "RUS", "person/putin", "AZE/mod"} <= set(G.nodes)
    putin = G.nodes["person/putin"]
    assert putin["type"] == "Person" and putin["roles"] == ["RUS"] and putin["state"] == "RUS"
    assert putin["label"] == "فلاديمير بوتين"  # the fuller label wins
    assert G.nodes["AZE/mod"]["part_of"] == "AZE" and G.nodes["AZE/mod"]["state"] == "AZE"
    fights = [(u, v, d) for u, v, d in G.edges(data=True) if d["type"] == "fights"]
    assert len(fights) == 1
    u, v, d = fights[0]
    assert {u, v} == {"ARM", "AZE"}
    assert d["article"] == "caucasus-test" and d["date"] == "2022-09-13"
    assert d["evidence"].startswith("اندلعت اشتباكات") and d["inferred"] is False
    text = caucasus.article.text
    assert text[d["start"]:d["end"]] == d["evidence"]


def test_edge_keys_are_event_iris(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    events = [k for _, _, k, d in G.edges(keys=True, data=True) if not d["structural"]]
    assert len(events) == len(caucasus.relations)
    assert all(k.startswith("https://w3id.org/conflictkg/id/event/caucasus-test/") for k in events)


def test_structural_edges_for_roles(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    kinds = {(u, v): d["type"] for u, v, d in G.edges(data=True) if d["structural"]}
    assert kinds[("person/putin", "RUS")] == "holds_role"
    assert kinds[("AZE/mod", "AZE")] == "part_of"


def test_casualties(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    assert G.nodes["ARM"]["killed"] == 49
    assert G.graph["casualties"][0]["sides"] == ["ARM"]


def test_date_window(caucasus, store_of) -> None:
    kg = store_of(caucasus)
    assert to_networkx(kg, since="2022-09-01", until="2022-09-30").number_of_edges() > 0
    empty = to_networkx(kg, since="2023-01-01")
    assert empty.number_of_edges() == 0 and empty.number_of_nodes() == 0


def test_two_articles_share_actors(caucasus, make_extraction, store_of, kit) -> None:
    state = kit.state
    other = make_extraction(
        "second", ["تبادلت أرمينيا وأذربيجان القصف مجددا."],
        [state("ARM", "أرمينيا", "Armenia"), state("AZE", "أذربيجان", "Azerbaijan")],
        [("fights", "AZE", "ARM", 0)], published="2022-09-20")
    G = to_networkx(store_of(caucasus, other))
    fights = [d["article"] for _, _, d in G.edges(data=True) if d["type"] == "fights"]
    assert sorted(fights) == ["caucasus-test", "second"]
