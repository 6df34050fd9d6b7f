"""SHACL: well-formed stores conform; each kind of damage is reported readably."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from conflictkg.extract.records import Entity, Extraction
from conflictkg.ontology.shapes import validate
from conflictkg.ontology.store import Store

CKG = "https://w3id.org/conflictkg/ontology#"


def test_fixture_store_conforms(kg: Store) -> None:
    report = validate(kg)
    assert report.conforms, str(report)
    assert str(report).endswith("triples checked")


def test_wrong_offsets_and_bad_events_are_violations(kg: Store) -> None:
    kg.inner.update(f"""
        DELETE {{ GRAPH ?g {{ ?m <{CKG}end> ?e }} }} INSERT {{ GRAPH ?g {{ ?m <{CKG}end> ?e2 }} }}
        WHERE {{ GRAPH ?g {{ ?m <{CKG}end> ?e }} FILTER(STRENDS(STR(?m), "border/0")) BIND(?e - 1 AS ?e2) }}""")
    kg.inner.update(f"""INSERT DATA {{ GRAPH <urn:x> {{
        <https://w3id.org/conflictkg/id/event/x/1> <{CKG}relationType> "hugs" ;
            <{CKG}inferred> false . }} }}""")
    report = validate(kg)
    assert not report.conforms
    lines = str(report).splitlines()
    assert any(ln.startswith("violation: kgr:mention/2025-07-28-border/0 ")
               and "not the article text" in ln for ln in lines), lines
    assert any("kgr:event/x/1 ckg:relationType" in ln and "hugs" in ln for ln in lines), lines
    assert any("kgr:event/x/1" in ln and "prov:wasDerivedFrom" in ln for ln in lines), lines
    assert lines[-1].startswith("store does NOT conform")


def test_inferred_events_need_a_rule_and_support(kg: Store) -> None:
    kg.inner.update(f"""INSERT DATA {{ GRAPH <https://w3id.org/conflictkg/id/graph/inferred> {{
        <https://w3id.org/conflictkg/id/inferred/mediation/a> a <{CKG}Mediation> ;
            <{CKG}relationType> "mediates" ; <{CKG}inferred> true ;
            <{CKG}source> <https://w3id.org/conflictkg/id/MYS> ;
            <{CKG}target> <https://w3id.org/conflictkg/id/THA> . }} }}""")
    report = validate(kg)
    assert not report.conforms
    assert any("inferenceRule" in f.message for f in report.violations)


def test_warnings_do_not_break_conformance(article_a: Extraction) -> None:
    # the spokesperson's organization is not among the article's entities
    person = next(e for e in article_a.entities if e.type == "Person")
    others = tuple(e for e in article_a.entities if e.id != "KHM")
    x = dataclasses.replace(article_a, entities=others)
    kg = Store.memory()
    kg.ingest(x)
    report = validate(kg)
    assert report.conforms, str(report)
    assert any(f.severity == "warning" and person.id in f.focus for f in report.findings)


def test_validate_through_the_api(tmp_path: Path, article_a: Extraction) -> None:
    import conflictkg.api as api

    path = tmp_path / "kg"
    with Store.open(path) as kg:
        kg.ingest(article_a)
    assert api.validate(path).conforms
    with Store.open(path) as kg:
        kg.ingest(dataclasses.replace(article_a, entities=(
            Entity("KHM", "State", ("كمبوديا",), name_en="Cambodia", wikidata="Q424"),
            Entity("TWO", "State", ("دولة",)),)))
        kg.inner.update(f"""DELETE WHERE {{ GRAPH ?g {{ <https://w3id.org/conflictkg/id/TWO> <{CKG}entityId> ?i }} }}""")
    report = api.validate(path)
    assert not report.conforms
    assert "kgr:TWO ckg:entityId: an entity needs exactly one ckg:entityId" in str(report)


def test_sparql_constraints_find_what_pyshacl_finds(kg: Store) -> None:
    """``validate`` runs each ``sh:sparql`` constraint once over the store (not per focus node):
    on a store damaged so that every such constraint fires, its findings equal pyshacl's."""
    from conflictkg.ontology.shapes import shapes_graph, sparql_constraints, union_graph, validate_graph

    kgr = "https://w3id.org/conflictkg/id/"
    damage = [
        # an evidence span whose offsets no longer slice its text
        f"""DELETE {{ GRAPH ?g {{ ?m <{CKG}end> ?e }} }} INSERT {{ GRAPH ?g {{ ?m <{CKG}end> ?e2 }} }}
            WHERE {{ GRAPH ?g {{ ?m <{CKG}end> ?e }} FILTER(STRENDS(STR(?m), "border/0")) BIND(?e - 1 AS ?e2) }}""",
        # an asserted event with no evidence; an inferred one with no rule or support
        f"""INSERT DATA {{ GRAPH <urn:x> {{ <{kgr}event/x/1> <{CKG}relationType> "accuses" ;
            <{CKG}inferred> false .
            <{kgr}inferred/x/2> a <{CKG}Mediation> ; <{CKG}relationType> "mediates" ;
            <{CKG}inferred> true . }} }}""",
        # an accusation relabelled as an appeal; a changed evidence shortcut
        f"""DELETE {{ GRAPH ?g {{ ?ev <{CKG}relationType> "accuses" ; <{CKG}reportedText> ?t }} }}
            INSERT {{ GRAPH ?g {{ ?ev <{CKG}relationType> "calls_on" ; <{CKG}reportedText> "x" }} }}
            WHERE {{ GRAPH ?g {{ ?ev a <{CKG}Accusation> ; <{CKG}relationType> "accuses" ;
                                 <{CKG}reportedText> ?t }} }}""",
        # dyad summaries that disagree with their article's clashes and casualty reports,
        # and one whose pair is in the wrong order (its clashes then lack a summary)
        f"""DELETE {{ GRAPH ?g {{ ?d <{CKG}clashCount> ?n ; <{CKG}killedTotal> ?k ;
                                    <{CKG}pairFirst> ?x ; <{CKG}pairSecond> ?y }} }}
            INSERT {{ GRAPH ?g {{ ?d <{CKG}clashCount> ?n1 ; <{CKG}killedTotal> ?k1 ;
                                    <{CKG}pairFirst> ?y ; <{CKG}pairSecond> ?x }} }}
            WHERE {{ GRAPH ?g {{ ?d a <{CKG}DyadSummary> ; <{CKG}clashCount> ?n ; <{CKG}killedTotal> ?k ;
                                 <{CKG}pairFirst> ?x ; <{CKG}pairSecond> ?y }}
                     BIND(?n + 1 AS ?n1) BIND(?k + 1 AS ?k1) }}""",
        # a clash between a pair the article has no summary for
        f"""INSERT {{ GRAPH ?g {{ <{kgr}event/x/3> a <{CKG}Clash> ; <{CKG}reportedIn> ?art ;
                <{CKG}source> <{kgr}AAA> ; <{CKG}target> <{kgr}BBB> }} }}
            WHERE {{ GRAPH ?g {{ ?art a <https://schema.org/NewsArticle> }} }}""",
    ]
    for update in damage:
        kg.inner.update(update)
    fast = validate(kg)
    slow = validate_graph(union_graph(kg))
    assert not fast.conforms and not slow.conforms
    assert sorted(map(str, fast.findings)) == sorted(map(str, slow.findings))
    messages = {f.message for f in fast.findings}
    constraints = sparql_constraints(shapes_graph())
    assert len(constraints) == 9
    assert [c.message for c in constraints if c.message not in messages] == []
