"""dyads: per-article ckg:DyadSummary nodes, the totals they give, and the same rows on rdflib."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from conflictkg.extract.records import (
    Article, Casualty, Entity, Evidence, Extraction, RelationMention,
)
from conflictkg.ontology.mapping import PREFIXES, extraction_ox_triples, to_rdflib
from conflictkg.ontology.shapes import validate
from conflictkg.ontology.store import Store, named_query_path, python_value
from conflictkg.ontology.vocab import CKG

# written for these tests (the July 2025 Thai-Cambodian border fighting, in our own words)
SENTENCES_C = [
    "تجددت المواجهات المسلحة بين الجيشين الكمبودي والتايلاندي قرب معبد حدودي.",
    "وتبادل الطرفان القصف المدفعي طوال الليل.",
    "وقالت وزارة الصحة إن خمسة جنود من البلدين قتلوا وأصيب ثمانية.",
    "وأفاد شهود بسقوط عشرات القتلى دون تأكيد رسمي.",
    "وقالت بانكوك إن اشتباكاً آخر وقع مع مقاتلين مجهولين.",
]


def _ev(text: str, i: int, trigger: str) -> Evidence:
    start = text.index(SENTENCES_C[i])
    end = start + len(SENTENCES_C[i])
    ts = text.index(trigger, start)
    return Evidence(i, start, end, text[start:end], trigger, ts, ts + len(trigger))


def make_article_c(published: str | None = "2025-07-30") -> Extraction:
    """Two clashes KHM-THA (opposite directions), one inferred, one with a group; casualties."""
    text = " ".join(SENTENCES_C)
    entities = (
        Entity("THA", "State", ("التايلاندي",), name_en="Thailand", wikidata="Q869"),
        Entity("KHM", "State", ("الكمبودي",), name_en="Cambodia", wikidata="Q424"),
        Entity("group/x", "Organization", ("مقاتلين مجهولين",), subtype="ArmedGroup"),
    )
    relations = (
        RelationMention("fights", "KHM", "THA", _ev(text, 0, "المواجهات"), date="2025-07-27"),
        RelationMention("fights", "THA", "KHM", _ev(text, 1, "القصف")),
        RelationMention("fights", "THA", "KHM", _ev(text, 1, "تبادل"), inferred=True,
                        date="2025-07-20"),
        RelationMention("fights", "THA", "group/x", _ev(text, 4, "اشتباكاً"), date="2025-07-29"),
    )
    casualties = (
        # both sides of the pair: counted once for the pair
        Casualty(("KHM", "THA"), killed=5, wounded=8, evidence=_ev(text, 2, "قتلوا")),
        Casualty(("THA",), killed=None, wounded=None, evidence=_ev(text, 3, "القتلى")),
        # no evidence: not attributed to a pair
        Casualty(("KHM",), killed=100),
    )
    return Extraction(Article("2025-07-30-temple", text, published), entities, relations, casualties)


def _store(*xs: Extraction) -> Store:
    kg = Store.memory()
    for x in xs:
        kg.ingest(x)
    return kg


def test_one_summary_per_article_and_unordered_pair() -> None:
    triples = extraction_ox_triples(make_article_c())
    summaries = {t.subject for t in triples if t.predicate.value == str(CKG.pairFirst)}
    assert len(summaries) == 2
    values = {(t.subject, t.predicate.value): t.object for t in triples if t.subject in summaries}
    khm_tha = next(s for s in summaries if values[(s, str(CKG.pairSecond))].value.endswith("/THA"))
    got = {p.rsplit("#", 1)[1]: values[(khm_tha, p)].value for (s, p) in values if s == khm_tha}
    assert got["pairFirst"].endswith("/KHM")
    # the inferred clash names the pair but is not counted; both stated ones are
    assert (got["clashCount"], got["firstDate"], got["lastDate"]) == ("2", "2025-07-27", "2025-07-30")
    assert (got["casualtyReportCount"], got["killedTotal"], got["woundedTotal"]) == ("2", "5", "8")


def test_dyads_totals_across_articles(article_a: Extraction, article_b: Extraction) -> None:
    kg = _store(article_a, article_b, make_article_c())
    rows = {(r["side_a"], r["side_b"]): r for r in kg.named_query("dyads")}
    assert set(rows) == {("KHM", "THA"), ("THA", "group/x")}
    r = rows[("KHM", "THA")]
    # 1 clash in article A, 2 stated + 1 inferred (own date 2025-07-20) in article C
    assert (r["clashes"], r["first"], r["last"]) == (4, "2025-07-20", "2025-07-30")
    assert (r["killed"], r["wounded"]) == (12 + 5, 30 + 8)
    assert (r["label_a"], r["label_b"]) == ("Cambodia", "Thailand")
    # article C's casualty reports with a THA side count for this pair too
    g = rows[("THA", "group/x")]
    assert (g["clashes"], g["killed"], g["wounded"], g["first"]) == (1, 5, 8, "2025-07-29")


def test_dyads_without_dates_or_casualties() -> None:
    x = make_article_c(published=None)
    x = dataclasses.replace(x, relations=tuple(dataclasses.replace(r, date=None) for r in x.relations),
                            casualties=())
    rows = _store(x).named_query("dyads")
    assert [(r["side_a"], r["side_b"], r["clashes"]) for r in rows] == [
        ("KHM", "THA", 3), ("THA", "group/x", 1)]
    assert all(r["first"] is None and r["last"] is None and r["killed"] is None for r in rows)


def _rdflib_rows(kg: Store, name: str) -> list[dict[str, object]]:
    """Run a named query with plain rdflib over a copy of the store's quads."""
    ds = Dataset(default_union=True)
    for q in kg.quads():
        ds.graph(URIRef(q.graph_name.value)).add(
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    res = ds.query(prologue + named_query_path(name).read_text(encoding="utf-8"))

    def value(term: object) -> object:
        if isinstance(term, Literal):
            dt = ox.NamedNode(str(term.datatype)) if term.datatype else None
            return python_value(ox.Literal(str(term), datatype=dt) if dt else ox.Literal(str(term)))
        return None if term is None else str(term)

    return [{str(v): value(row[v]) for v in res.vars} for row in res]


def test_dyads_same_rows_on_rdflib_and_oxigraph(article_a: Extraction, article_b: Extraction) -> None:
    kg = _store(article_a, article_b, make_article_c())
    ox_rows = kg.named_query("dyads")
    assert len(ox_rows) == 2
    assert _rdflib_rows(kg, "dyads") == ox_rows


def test_tampered_or_missing_summaries_are_violations(article_a: Extraction) -> None:
    x = make_article_c()  # without the inferred clash (SHACL wants a rule and support for it)
    kg = _store(article_a, dataclasses.replace(x, relations=tuple(r for r in x.relations
                                                                  if not r.inferred)))
    assert validate(kg).conforms, str(validate(kg))
    kg.inner.update(f"""DELETE {{ GRAPH ?g {{ ?r <{CKG.killedTotal}> ?k }} }}
        INSERT {{ GRAPH ?g {{ ?r <{CKG.killedTotal}> 99 }} }}
        WHERE {{ GRAPH ?g {{ ?r <{CKG.killedTotal}> ?k ; <{CKG.clashCount}> 2 }} }}""")
    kg.inner.update(f"""DELETE WHERE {{ GRAPH ?g {{ ?r a <{CKG.DyadSummary}> ;
        <{CKG.pairSecond}> <https://w3id.org/conflictkg/id/group/x> ; ?p ?o }} }}""")
    report = validate(kg)
    assert not report.conforms
    messages = [f.message for f in report.violations]
    assert any("ckg:killedTotal" in m for m in messages), str(report)
    assert any("no ckg:DyadSummary" in m for m in messages), str(report)


def test_a_store_from_an_older_mapping_asks_for_a_rebuild(tmp_path, article_a: Extraction) -> None:
    import conflictkg.api as api
    from conflictkg.ontology.store import StoreError

    path = tmp_path / "kg"
    with Store.open(path) as kg:
        kg.ingest(article_a)
        # what an older conflictkg wrote: no dyad summaries, another graph hash
        kg.inner.update(f"""DELETE WHERE {{ GRAPH ?g {{ ?r a <{CKG.DyadSummary}> ; ?p ?o }} }} ;
            DELETE {{ GRAPH ?g {{ ?a <{CKG.graphHash}> ?h }} }} INSERT {{ GRAPH ?g {{ ?a <{CKG.graphHash}> "old" }} }}
            WHERE {{ GRAPH ?g {{ ?a <{CKG.graphHash}> ?h }} }}""")
    try:
        api.query(path, "dyads")
    except StoreError as exc:
        assert "built by an older conflictkg" in str(exc) and "conflictkg build" in str(exc)
        assert "\n" not in str(exc)
    else:
        raise AssertionError("an outdated store answered the named query")
    with Store.open(path) as kg:
        assert kg.ingest(article_a) == "replaced"  # what `conflictkg build` does again
    assert [(r["side_a"], r["side_b"]) for r in api.query(path, "dyads")] == [("KHM", "THA")]


def test_a_store_last_written_by_an_older_conflictkg_asks_for_a_rebuild(tmp_path,
                                                                       article_b: Extraction) -> None:
    import conflictkg.api as api
    from conflictkg.ontology.mapping import ONTOLOGY_GRAPH
    from conflictkg.ontology.store import StoreError

    path = tmp_path / "kg"
    with Store.open(path) as kg:
        kg.ingest(article_b)  # no clash: only the ontology graph tells the version
        kg.inner.update(f"""DELETE WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{CKG.DyadSummary}> ?p ?o }} }} ;
            DELETE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{CKG.sourceHash}> ?h }} }}
            INSERT {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{CKG.sourceHash}> "older" }} }}
            WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?o <{CKG.sourceHash}> ?h }} }}""")
    try:
        api.query(path, "articles")
    except StoreError as exc:
        assert "built by an older conflictkg" in str(exc)
    else:
        raise AssertionError("a store last written by an older conflictkg answered")
    with Store.open(path) as kg:  # a writer of this version (conflictkg build) updates it
        kg.ingest(article_b)
    assert [r["article"] for r in api.query(path, "articles")] == ["2025-07-29-truce"]
