"""Records -> RDF: the contract of BRIEF.md, provenance offsets, determinism, errors."""
from __future__ import annotations

import dataclasses

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from conflictkg.extract.records import Article, Entity, Evidence, Extraction, RelationMention
from conflictkg.ontology.mapping import (
    SCHEMA, article_graph_iri, article_iri, entity_iri, extraction_to_dataset,
    extraction_triples, relation_classes,
)
from conflictkg.ontology.vocab import CKG, KGR

WD = "http://www.wikidata.org/entity/"


def test_entities_follow_the_contract(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    assert (KGR.THA, RDF.type, CKG.State) in t
    assert (KGR.THA, OWL.sameAs, URIRef(WD + "Q869")) in t
    assert (KGR.THA, SKOS.prefLabel, Literal("Thailand", lang="en")) in t
    assert (KGR.THA, CKG.entityId, Literal("THA")) in t
    mfa = KGR["THA/mfa"]
    assert {(mfa, RDF.type, CKG.Organization), (mfa, RDF.type, CKG.GovernmentBody),
            (mfa, CKG.partOf, KGR.THA)} <= t
    assert (KGR["place/kl"], RDF.type, CKG.Place) in t
    person = KGR["person/0a1b2c3d"]
    assert (person, RDF.type, CKG.Person) in t
    assert (person, CKG.holdsRole, KGR.KHM) in t
    posts = {s for s, p, o in t if p == CKG.roleHolder and o == person}
    titled = [s for s in posts if (s, CKG.roleTitle, Literal("Spokesperson", lang="en")) in t]
    assert titled and (titled[0], CKG.roleOf, KGR.KHM) in t
    assert (titled[0], RDF.type, CKG.Role) in t


def test_events_are_n_ary_with_direct_edges(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    ev = KGR["event/2025-07-28-border/0"]
    assert {(ev, RDF.type, CKG.Accusation), (ev, RDF.type, CKG.Event), (ev, RDF.type, PROV.Entity),
            (ev, CKG.relationType, Literal("accuses")), (ev, CKG.accuser, KGR["THA/mfa"]),
            (ev, CKG.accused, KGR.KHM), (ev, CKG.source, KGR["THA/mfa"]),
            (ev, CKG.target, KGR.KHM), (ev, CKG.cameoCode, Literal("112")),
            (ev, CKG.inferred, Literal(False)),
            (ev, CKG.date, Literal("2025-07-24", datatype=XSD.date))} <= t
    assert (KGR["THA/mfa"], CKG.accuses, KGR.KHM) in t
    assert (KGR.THA, CKG.fights, KGR.KHM) in t
    assert (KGR.THA, CKG.ceasefireWith, KGR.KHM) in t
    assert (KGR.MYS, CKG.mediates, KGR.THA) in t and (KGR.MYS, CKG.mediates, KGR.KHM) in t
    clash = KGR["event/2025-07-28-border/2"]
    assert (clash, CKG.participant, KGR.THA) in t and (clash, CKG.participant, KGR.KHM) in t


def test_every_event_is_derived_from_an_evidence_span_whose_offsets_slice_the_text(
        article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    art = article_iri(article_a.article.id)
    text = next(str(o) for s, p, o in t if s == art and p == SCHEMA.text)
    assert text == article_a.article.text
    events = {s for s, p, o in t if p == CKG.relationType} | \
        {s for s, p, o in t if p == RDF.type and o == CKG.CasualtyReport}
    assert len(events) == len(article_a.relations) + len(article_a.casualties)
    for ev in events:
        mentions = [o for s, p, o in t if s == ev and p == PROV.wasDerivedFrom]
        assert len(mentions) == 1, ev
        m = mentions[0]
        one = lambda pred: next(o for s, p, o in t if s == m and p == pred)  # noqa: E731
        assert (m, RDF.type, CKG.EvidenceSpan) in t and one(CKG.inArticle) == art
        start, end = int(one(CKG.start)), int(one(CKG.end))
        assert text[start:end] == str(one(CKG.evidenceText))
        ts, te = int(one(CKG.triggerStart)), int(one(CKG.triggerEnd))
        assert text[ts:te] == str(one(CKG.trigger))



def test_events_carry_shortcuts_equal_to_their_evidence_and_article(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    art = article_iri(article_a.article.id)
    published = Literal(article_a.article.published, datatype=XSD.date)
    events = {s for s, p, o in t if p == CKG.relationType} | \
        {s for s, p, o in t if p == RDF.type and o == CKG.CasualtyReport}
    for ev in events:
        values = lambda pred, node=ev: [o for s, p, o in t if s == node and p == pred]  # noqa: E731
        m = values(PROV.wasDerivedFrom)[0]
        assert values(CKG.reportedIn) == [art]
        assert values(CKG.reportedText) == values(CKG.evidenceText, m)
        assert values(CKG.timelineDate) == (values(CKG.date) or [published])


def test_a_casualty_without_evidence_gets_only_its_own_date(make_a) -> None:
    x = make_a()
    c = dataclasses.replace(x.casualties[0], evidence=None, date="2025-07-27")
    t = set(extraction_triples(dataclasses.replace(x, casualties=(c,))))
    node = KGR["casualty/2025-07-28-border/0"]
    assert [o for s, p, o in t if s == node and p == CKG.timelineDate] == \
        [Literal("2025-07-27", datatype=XSD.date)]
    assert not [o for s, p, o in t if s == node and p in (CKG.reportedIn, CKG.reportedText)]
    undated = dataclasses.replace(c, date=None)
    t = set(extraction_triples(dataclasses.replace(x, casualties=(undated,))))
    assert not [o for s, p, o in t if s == node and p == CKG.timelineDate]

def test_article_node(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    art = article_iri("2025-07-28-border")
    assert {(art, RDF.type, SCHEMA.NewsArticle), (art, RDF.type, PROV.Entity),
            (art, SCHEMA.datePublished, Literal("2025-07-28", datatype=XSD.date)),
            (art, SCHEMA.url, Literal("https://example.org/news/1", datatype=XSD.anyURI))} <= t
    hashes = [o for s, p, o in t if s == art and p == CKG.contentHash]
    assert len(hashes) == 1 and len(str(hashes[0])) == 64


def test_casualties(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    c = KGR["casualty/2025-07-28-border/0"]
    assert {(c, RDF.type, CKG.CasualtyReport), (c, CKG.side, KGR.KHM), (c, CKG.reportedBy, KGR.KHM),
            (c, CKG.killed, Literal(12, datatype=XSD.integer)),
            (c, CKG.wounded, Literal(30, datatype=XSD.integer)),
            (c, CKG.atLeast, Literal(True))} <= t


def test_mapping_is_deterministic_and_hash_tracks_content(make_a) -> None:
    one, two = extraction_triples(make_a()), extraction_triples(make_a())
    assert one == two
    assert not any(type(n).__name__ == "BNode" for tr in one for n in tr)
    changed = extraction_triples(make_a(" خبر."))
    gh = lambda ts: next(o for s, p, o in ts if p == CKG.graphHash)  # noqa: E731
    assert gh(one) != gh(changed)


def test_dataset_has_one_named_graph(article_a: Extraction) -> None:
    ds = extraction_to_dataset(article_a)
    graphs = [g for g in ds.graphs() if len(g)]
    assert [g.identifier for g in graphs] == [article_graph_iri("2025-07-28-border")]
    trig = ds.serialize(format="trig")
    assert "ckg:accuses" in trig and "graph/article/2025-07-28-border" in trig


def test_every_relation_type_of_the_contract_maps_to_a_class() -> None:
    from conflictkg.extract.records import RELATION_TYPES, SYMMETRIC_RELATIONS

    table = relation_classes()
    assert set(RELATION_TYPES) <= set(table)
    for rtype in SYMMETRIC_RELATIONS:
        assert table[rtype].source_role == table[rtype].target_role == CKG.participant


def _one_relation(rtype: str = "accuses", source: str = "ARM", date: str | None = None) -> Extraction:
    text = "نص الاختبار."
    return Extraction(Article("x", text), (Entity("ARM", "State", ("أرمينيا",)),),
                      (RelationMention(rtype, source, "AZE", Evidence(0, 0, len(text), text),
                                       date=date),))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"rtype": "hugs"}, "unknown type 'hugs'"),
    ({"source": "bad id"}, "invalid entity id 'bad id'"),
    ({"source": "x>y"}, "invalid entity id"),
    ({"date": "2022-13-45"}, "invalid date '2022-13-45'"),
])
def test_bad_records_raise_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        extraction_triples(_one_relation(**kwargs))


def test_bad_entity_type_and_wikidata() -> None:
    x = _one_relation()
    bad_type = dataclasses.replace(x, entities=(Entity("ARM", "Country", ("أرمينيا",)),))
    with pytest.raises(ValueError, match="unknown type 'Country'"):
        extraction_triples(bad_type)
    bad_wd = dataclasses.replace(x, entities=(Entity("ARM", "State", ("أ",), wikidata="Q1 x"),))
    with pytest.raises(ValueError, match="Wikidata"):
        extraction_triples(bad_wd)


def test_article_ids_are_percent_encoded() -> None:
    assert str(article_iri("خبر 1/2")).startswith(str(KGR) + "article/%D8")
    assert "/" not in str(article_iri("a/b")).rsplit("article/", 1)[1]
    assert entity_iri("person/ab12") == KGR["person/ab12"]


def test_labels_are_arabic_tagged(article_a: Extraction) -> None:
    t = set(extraction_triples(article_a))
    labels = [o for s, p, o in t if s == KGR.KHM and p == RDFS.label]
    assert sorted(map(str, labels)) == ["الكمبودية", "كمبوديا"]
    assert all(lab.language == "ar" for lab in labels)
