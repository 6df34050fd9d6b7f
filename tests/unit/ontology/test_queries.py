"""Each named query on the two-article fixture store."""
from __future__ import annotations

import dataclasses
from importlib.resources import files

import pytest
from rdflib import Literal
from rdflib.namespace import PROV, RDF

from conflictkg.extract.records import Role
from conflictkg.ontology.store import Store, named_query_path, query_params
from conflictkg.ontology.vocab import CKG, KGR

QUERIES = sorted(p.name[:-3] for p in files("conflictkg.ontology").joinpath("queries").iterdir()
                 if p.name.endswith(".rq"))


@pytest.mark.parametrize("name", QUERIES)
def test_every_query_documents_itself(name: str) -> None:
    text = named_query_path(name).read_text(encoding="utf-8")
    assert text.startswith("# ") and len(text.splitlines()[0]) > 30
    body = [ln for ln in text.splitlines() if not ln.startswith("#")]
    assert "PREFIX" not in "\n".join(body)  # prefixes are predeclared by the store
    for p in query_params(text):
        assert f"?{p.name}" in "\n".join(body)


def test_accusations(kg: Store) -> None:
    rows = kg.named_query("accusations")
    pairs = {(r["accuser"], r["accused"]): r for r in rows}
    assert set(pairs) == {("THA/mfa", "KHM"), ("person/0a1b2c3d", "THA"), ("KHM", "THA")}
    r = pairs[("KHM", "THA")]
    assert (r["accuser_label"], r["accused_label"], r["accusations"]) == ("Cambodia", "Thailand", 1)
    assert r["latest"] == "2025-07-29" and r["latest_article"] == "2025-07-29-truce"
    assert r["latest_evidence"].startswith("اتهمت كمبوديا")
    # undated accusation falls back on the publication date
    assert pairs[("person/0a1b2c3d", "THA")]["latest"] == "2025-07-28"



def test_accusations_leave_out_an_inferred_accusation_stated_in_an_article(make_a) -> None:
    x = make_a()
    rels = tuple(dataclasses.replace(r, inferred=True) if r.type == "accuses" and r.source == "THA/mfa"
                 else r for r in x.relations)
    kg = Store.memory()
    kg.ingest(dataclasses.replace(x, relations=rels))
    pairs = {(r["accuser"], r["accused"]) for r in kg.named_query("accusations")}
    assert ("THA/mfa", "KHM") not in pairs and ("person/0a1b2c3d", "THA") in pairs

def test_mediators_mark_inferred(kg: Store) -> None:
    med = KGR["inferred/mediation/t1"]
    kg.replace_inferred([
        (med, RDF.type, CKG.Mediation), (med, CKG.relationType, Literal("mediates")),
        (med, CKG.inferred, Literal(True)), (med, CKG.mediator, KGR.UN),
        (med, CKG.party, KGR.THA), (med, CKG.source, KGR.UN), (med, CKG.target, KGR.THA),
        (med, CKG.inferenceRule, Literal("contact-with-both-sides")),
        (med, PROV.wasDerivedFrom, KGR["event/2025-07-29-truce/1"]),
        (KGR.UN, CKG.mediates, KGR.THA)])
    rows = kg.named_query("mediators")
    got = {(r["mediator"], r["party"], r["inferred"]): r for r in rows}
    assert set(got) == {("MYS", "THA", False), ("MYS", "KHM", False), ("UN", "THA", True)}
    assert got[("UN", "THA", True)]["rule"] == "contact-with-both-sides"
    assert got[("MYS", "KHM", False)]["mediator_label"] == "Malaysia"


def test_dyads(kg: Store) -> None:
    rows = kg.named_query("dyads")
    assert len(rows) == 1
    r = rows[0]
    assert (r["side_a"], r["side_b"], r["clashes"]) == ("KHM", "THA", 1)
    assert (r["killed"], r["wounded"], r["first"]) == (12, 30, "2025-07-24")


def test_actor_timeline(kg: Store) -> None:
    rows = kg.named_query("actor_timeline", {"actor": "KHM"})
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    kinds = {(r["type"], r["role"]) for r in rows}
    assert {("accuses", "target"), ("accuses", "source"), ("fights", "target"),
            ("casualties", "side"), ("casualties", "reporter"), ("calls_on", "target")} <= kinds
    assert all(r["actor"] == str(KGR.KHM) for r in rows)
    assert kg.named_query("actor_timeline", {"actor": "NOBODY"}) == []


def test_statements_by_includes_bodies_and_office_holders(kg: Store) -> None:
    tha = kg.named_query("statements_by", {"actor": "THA"})
    assert {(r["speaker"], r["type"]) for r in tha} == {
        ("THA", "fights"), ("THA/mfa", "accuses"), ("THA", "ceasefire")}
    khm = kg.named_query("statements_by", {"actor": "KHM"})
    speakers = {(r["speaker"], r["type"], r["target"]) for r in khm}
    assert ("person/0a1b2c3d", "accuses", "THA") in speakers  # the spokesperson
    assert ("KHM", "casualties", "KHM") in speakers
    assert all(r["evidence"] for r in khm)


def test_roles(kg: Store) -> None:
    rows = kg.named_query("roles")
    assert rows == [{"person": "person/0a1b2c3d", "person_label": "المتحدثة باسم الحكومة الكمبودية",
                     "title": "Spokesperson", "title_ar": "المتحدثة باسم الحكومة", "of": "KHM",
                     "of_label": "Cambodia", "articles": 1}]



def test_roles_one_row_per_person_and_organization(make_a) -> None:
    """A post without an organization does not lend its title or count to the person's other post."""
    x = make_a()
    person = next(e for e in x.entities if e.type == "Person")
    extra = Role("Minister of Foreign Affairs", None, "وزير الخارجية")
    entities = tuple(dataclasses.replace(e, roles=e.roles + (extra,)) if e is person else e
                     for e in x.entities)
    kg = Store.memory()
    kg.ingest(dataclasses.replace(x, entities=entities))
    rows = [r for r in kg.named_query("roles") if r["person"] == person.id]
    assert [(r["of"], r["title"], r["title_ar"], r["articles"]) for r in rows] == [
        (None, "Minister of Foreign Affairs", "وزير الخارجية", 1),
        ("KHM", "Spokesperson", "المتحدثة باسم الحكومة", 1)]

def test_articles(kg: Store) -> None:
    rows = kg.named_query("articles")
    assert [r["article"] for r in rows] == ["2025-07-29-truce", "2025-07-28-border"]
    a = rows[1]
    assert (a["entities"], a["events"], a["casualties"], a["title"]) == (6, 7, 1, "اشتباكات حدودية")


def test_events_dump(kg: Store) -> None:
    rows = kg.events()
    assert len(rows) == 10
    assert all(r["inferred"] is False and r["article"] and r["evidence"] for r in rows)
    assert {r["cameo"] for r in rows if r["type"] == "calls_on"} == {"020"}
