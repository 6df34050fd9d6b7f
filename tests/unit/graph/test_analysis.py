"""Conflict dyads, blocs, brokers and accusation reciprocity on a store."""
from __future__ import annotations

from conflictkg.graph.blocs import blocs
from conflictkg.graph.brokers import brokers
from conflictkg.graph.convert import to_networkx
from conflictkg.graph.dyads import conflict_dyads
from conflictkg.graph.reciprocity import accusation_reciprocity, reciprocity_ratio


def test_conflict_dyads(caucasus, store_of) -> None:
    [d] = conflict_dyads(to_networkx(store_of(caucasus)))
    assert (d.a, d.b, d.clashes, d.killed) == ("ARM", "AZE", 1, {"ARM": 49})
    assert d.weight > d.clashes


def test_reciprocity_rolls_up_the_ministry(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    [r] = accusation_reciprocity(G)
    assert (r.a, r.b, r.a_to_b, r.b_to_a) == ("ARM", "AZE", 1, 1)
    assert reciprocity_ratio(G) == 1.0
    assert accusation_reciprocity(G, roll_up=False) == []  # AZE/mod vs AZE at actor level


def test_brokers(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    ranked = brokers(G)  # RUS and USA both reach ARM and AZE: a 4-cycle, all equal
    assert {b.actor for b in ranked} == {"RUS", "USA", "ARM", "AZE"}
    assert len({b.betweenness for b in ranked}) == 1
    top = brokers(G, ["contacts"])[0]  # only Russia's calls: Russia is the broker
    assert (top.actor, top.betweenness, top.partners) == ("RUS", 1.0, 2)


def test_blocs(make_extraction, store_of, kit) -> None:
    x = make_extraction("libya-test", [
        "تدعم تركيا حكومة الوفاق في طرابلس.",
        "وتدعم الإمارات ومصر قوات حفتر.",
        "واندلعت معارك بين قوات حفتر وحكومة الوفاق جنوب طرابلس.",
    ], [kit.state("TUR", "تركيا", "Turkey"), kit.state("ARE", "الإمارات", "UAE"),
        kit.state("EGY", "مصر", "Egypt"),
        kit.entity("gna", "Organization", ("حكومة الوفاق",)),
        kit.entity("lna", "Organization", ("قوات حفتر",), subtype="ArmedGroup")],
        [("allied_with", "TUR", "gna", 0), ("allied_with", "ARE", "lna", 1),
         ("allied_with", "EGY", "lna", 1), ("fights", "lna", "gna", 2)],
        published="2020-06-01")
    got = [(b.members, b.adversaries) for b in blocs(to_networkx(store_of(x)))]
    assert got == [(["ARE", "EGY", "lna"], ["gna"]), (["TUR", "gna"], ["lna"])]
