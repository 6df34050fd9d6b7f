"""Roll-up of persons and bodies to state/IGO dyads."""
from __future__ import annotations

from conflictkg.graph.convert import to_networkx
from conflictkg.graph.rollup import dyad_edges, rolled_up


def test_statements_roll_up_to_states(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    acc = {(d.source, d.target): d for d in dyad_edges(G, ["accuses"])}
    # the ministry's accusation counts for its state
    assert acc[("AZE", "ARM")].count == 1 and acc[("ARM", "AZE")].count == 1
    assert acc[("AZE", "ARM")].actors == {("AZE/mod", "ARM")}
    assert acc[("AZE", "ARM")].evidence[0]["article"] == "caucasus-test"
    contacts = {(d.source, d.target) for d in dyad_edges(G, ["contacts"])}
    assert contacts == {("RUS", "ARM"), ("RUS", "AZE")}


def test_rolled_up_graph_is_new(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    n = G.number_of_edges()
    H = rolled_up(G)
    assert G.number_of_edges() == n
    assert "person/putin" not in H and H["USA"]["ARM"]["calls_on"]["count"] == 1
