"""Extraction records -> RDF (the data model of ``BRIEF.md``'s RDF contract).

One article becomes one named graph ``kgr:graph/article/<id>`` holding:

- the article node (``schema:NewsArticle``, ``prov:Entity``) with id, URL,
  title, publication date, full text, ``ckg:contentHash`` and ``ckg:graphHash``;
- every entity as the article saw it (type, subtype class, Arabic labels,
  English ``skos:prefLabel``, ``ckg:partOf``, ``owl:sameAs`` Wikidata, roles);
- one n-ary event node per relation mention (class from the ontology, actor
  roles, ``ckg:source``/``ckg:target``, date, CAMEO code) plus the direct
  actor-to-actor edge (``kgr:A ckg:accuses kgr:B``);
- one ``ckg:EvidenceSpan`` per event or casualty figure: the sentence, its
  half-open character offsets into ``schema:text``, the trigger;
- casualty reports.

Each event and casualty report also carries three shortcuts the named queries
read instead of walking to the mention and the article (one triple each, so
that large stores answer in one index step per field): ``ckg:reportedIn``
(the article), ``ckg:timelineDate`` (the event's own date when the text gives
one, else the article's publication date) and ``ckg:reportedText`` (the
evidence span's text).

Each pair of actors the article says fight each other also gets a
``ckg:DyadSummary`` node in the article's graph (clash count, first and last
date, the article's casualty figures for either side), so the dyads query
sums a few summaries instead of joining clashes with casualty reports; it is
derived from the same records, so replacing the article replaces it.

Which class, direct property and roles a relation type gets is read from the
ontology itself (``ckg:jsonType``, ``ckg:directProperty``, ``ckg:sourceRole``,
``ckg:targetRole`` annotations in ``conflict.ttl``), so the table lives in one
place and SPARQL users can read it too.

The output is deterministic (no blank nodes, no timestamps): the same
extraction always gives the same triples, which makes re-ingesting idempotent.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any, Iterable
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import Node

from conflictkg.extract.records import (
    ENTITY_TYPES, Article, Casualty, Entity, Evidence, Extraction,
    RelationMention,
)
from conflictkg.ontology.vocab import CKG, KGR

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_IRI = URIRef("https://w3id.org/conflictkg/ontology")
INFERRED_GRAPH = KGR["graph/inferred"]
ENTITIES_GRAPH = KGR["graph/entities"]
ONTOLOGY_GRAPH = KGR["graph/ontology"]
ARTICLE_GRAPH_PREFIX = str(KGR) + "graph/article/"

PREFIXES: dict[str, str] = {
    "ckg": str(CKG._NS), "kgr": str(KGR), "prov": str(PROV), "schema": str(SCHEMA),
    "dcterms": str(DCTERMS), "skos": str(SKOS), "owl": str(OWL), "rdfs": str(RDFS),
    "rdf": str(RDF), "xsd": str(XSD), "org": str(ORG), "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": str(WD),
}
"""Prefixes used in serialisations and prepended to named queries."""

ID_RE = re.compile(r"^[\w.~:/-]+$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
LANG_AR = "ar"

Triple = tuple[Node, Node, Node]


def _check_id(entity_id: str, what: str = "entity id") -> str:
    if not isinstance(entity_id, str) or not ID_RE.match(entity_id) or "//" in entity_id \
            or entity_id.startswith("/") or entity_id.endswith("/"):
        raise ValueError(f"invalid {what} {entity_id!r}: use letters, digits and . _ ~ : / -")
    return entity_id


def entity_iri(entity_id: str) -> URIRef:
    """The IRI minted from an extraction id.

    Raises ``ValueError`` for ids that cannot be an IRI path (spaces, quotes,
    angle brackets ...): ids come from gazetteers and hashes, never from text.

    Examples
    --------
    >>> entity_iri("ARM/mod")
    rdflib.term.URIRef('https://w3id.org/conflictkg/id/ARM/mod')
    >>> entity_iri("bad id")
    Traceback (most recent call last):
    ...
    ValueError: invalid entity id 'bad id': use letters, digits and . _ ~ : / -
    """
    return URIRef(KGR[quote(_check_id(entity_id), safe="/:~-._")])


def _article_key(article_id: str) -> str:
    if not article_id:
        raise ValueError("article id is empty")
    return quote(article_id, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    """``kgr:article/<id>`` (the id percent-encoded, ``/`` included).

    >>> article_iri("2025-07-28-thailand")
    rdflib.term.URIRef('https://w3id.org/conflictkg/id/article/2025-07-28-thailand')
    """
    return URIRef(KGR["article/" + _article_key(article_id)])


def article_graph_iri(article_id: str) -> URIRef:
    """The named graph holding one article's facts: ``kgr:graph/article/<id>``."""
    return URIRef(ARTICLE_GRAPH_PREFIX + _article_key(article_id))


@dataclass(frozen=True)
class RelationClass:
    """How one JSON relation type is written: event class, direct edge, roles."""

    type: str
    cls: URIRef
    direct: URIRef
    source_role: URIRef
    target_role: URIRef
    cameo: str | None


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """``conflict.ttl`` parsed once (do not modify the returned graph)."""
    path = files("conflictkg.ontology").joinpath("conflict.ttl")
    return Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def relation_classes() -> dict[str, RelationClass]:
    """The relation table read from the ontology's annotations.

    >>> rc = relation_classes()["accuses"]
    >>> rc.cls == CKG.Accusation, rc.direct == CKG.accuses, rc.cameo
    (True, True, '112')
    """
    g = ontology_graph()
    table: dict[str, RelationClass] = {}
    for cls, jtype in g.subject_objects(CKG.jsonType):
        def one(pred: URIRef) -> URIRef:
            val = g.value(cls, pred)
            if not isinstance(val, URIRef):
                raise ValueError(f"ontology: {cls} lacks {pred}")
            return val
        notation = g.value(cls, SKOS.notation)
        table[str(jtype)] = RelationClass(
            str(jtype), URIRef(str(cls)), one(CKG.directProperty), one(CKG.sourceRole),
            one(CKG.targetRole), str(notation) if notation is not None else None)
    return table


SUBTYPE_CLASSES = {"IGO": CKG.IGO, "GovernmentBody": CKG.GovernmentBody,
                   "ArmedForce": CKG.ArmedForce, "ArmedGroup": CKG.ArmedGroup,
                   "PoliticalParty": CKG.PoliticalParty, "NGO": CKG.NGO}
TYPE_CLASSES = {"State": CKG.State, "Person": CKG.Person, "Organization": CKG.Organization,
                "Place": CKG.Place}


@lru_cache(maxsize=65536)
def _n(iri: str) -> ox.NamedNode:
    """A pyoxigraph IRI (cached: the same predicates and classes recur in every article)."""
    return ox.NamedNode(iri)


def _u(term: URIRef) -> ox.NamedNode:
    return _n(str(term))


_XSD_DATE, _XSD_INTEGER, _XSD_BOOLEAN, _XSD_ANYURI = (
    _u(XSD.date), _u(XSD.integer), _u(XSD.boolean), _u(XSD.anyURI))
_TRUE = ox.Literal("true", datatype=_XSD_BOOLEAN)
_FALSE = ox.Literal("false", datatype=_XSD_BOOLEAN)
A = _u(RDF.type)


def _date(value: str | None, where: str) -> ox.Literal | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None
    return ox.Literal(value, datatype=_XSD_DATE)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD_INTEGER)


def _bool(value: bool) -> ox.Literal:
    return _TRUE if value else _FALSE


def _entity(entity_id: str) -> ox.NamedNode:
    return _u(entity_iri(entity_id))


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def role_iri(person_id: str, title: str, of: str | None) -> URIRef:
    """``kgr:role/<hash>``: one post node per (person, office, organization)."""
    return URIRef(KGR["role/" + _short_hash(person_id, title.strip().lower(), of or "")])


def content_hash(text: str) -> str:
    """sha256 hex digest of an article's text (``ckg:contentHash``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


OxTriple = tuple[Any, Any, Any]


def _article_triples(a: Article) -> list[OxTriple]:
    node = _u(article_iri(a.id))
    out: list[OxTriple] = [
        (node, A, _u(SCHEMA.NewsArticle)),
        (node, A, _u(PROV.Entity)),
        (node, _u(DCTERMS.identifier), ox.Literal(a.id)),
        (node, _u(CKG.contentHash), ox.Literal(content_hash(a.text))),
        (node, _u(SCHEMA.text), ox.Literal(a.text)),
        (node, _u(SCHEMA.inLanguage), ox.Literal(a.lang)),
    ]
    if a.url:
        out.append((node, _u(SCHEMA.url), ox.Literal(a.url, datatype=_XSD_ANYURI)))
    if a.title:
        out.append((node, _u(DCTERMS.title), ox.Literal(a.title)))
    published = _date(a.published, f"article {a.id}")
    if published is not None:
        out.append((node, _u(SCHEMA.datePublished), published))
    return out


def _entity_triples(e: Entity, art: ox.NamedNode) -> list[OxTriple]:
    if e.type not in ENTITY_TYPES:
        raise ValueError(f"entity {e.id!r}: unknown type {e.type!r} (one of {ENTITY_TYPES})")
    node = _entity(e.id)
    out: list[OxTriple] = [(node, A, _u(TYPE_CLASSES[e.type])),
                           (node, _u(CKG.entityId), ox.Literal(e.id)),
                           (node, _u(CKG.mentionedIn), art)]
    if e.subtype in SUBTYPE_CLASSES:
        out.append((node, A, _u(SUBTYPE_CLASSES[e.subtype])))
    for label in dict.fromkeys(e.labels):
        if label.strip():
            out.append((node, _u(RDFS.label), ox.Literal(label, language=LANG_AR)))
    if e.name_en:
        out.append((node, _u(SKOS.prefLabel), ox.Literal(e.name_en, language="en")))
    if e.part_of:
        out.append((node, _u(CKG.partOf), _entity(e.part_of)))
    if e.wikidata:
        if not WIKIDATA_RE.match(e.wikidata):
            raise ValueError(f"entity {e.id!r}: invalid Wikidata id {e.wikidata!r}")
        out.append((node, _u(OWL.sameAs), _u(WD[e.wikidata])))
    for role in e.roles:
        post = _u(role_iri(e.id, role.title, role.of))
        out += [(post, A, _u(CKG.Role)), (post, A, _u(ORG.Post)),
                (post, _u(CKG.roleTitle), ox.Literal(role.title, language="en")),
                (post, _u(CKG.roleHolder), node), (node, _u(CKG.holdsPost), post)]
        if role.title_ar:
            out.append((post, _u(CKG.roleTitle), ox.Literal(role.title_ar, language=LANG_AR)))
        if role.of:
            org = _entity(role.of)
            out += [(post, _u(CKG.roleOf), org), (node, _u(CKG.holdsRole), org)]
    return out


def _evidence_triples(mention: ox.NamedNode, ev: Evidence, art: ox.NamedNode) -> list[OxTriple]:
    out: list[OxTriple] = [
        (mention, A, _u(CKG.EvidenceSpan)), (mention, A, _u(PROV.Entity)),
        (mention, _u(CKG.inArticle), art),
        (mention, _u(CKG.sentenceIndex), _int(ev.sentence_index)),
        (mention, _u(CKG.start), _int(ev.start)), (mention, _u(CKG.end), _int(ev.end)),
        (mention, _u(CKG.evidenceText), ox.Literal(ev.text)),
    ]
    if ev.trigger:
        out.append((mention, _u(CKG.trigger), ox.Literal(ev.trigger)))
    if ev.trigger_start is not None and ev.trigger_end is not None:
        out += [(mention, _u(CKG.triggerStart), _int(ev.trigger_start)),
                (mention, _u(CKG.triggerEnd), _int(ev.trigger_end))]
    return out


def _shortcuts(node: ox.NamedNode, art: ox.NamedNode, when: ox.Literal | None,
               published: ox.Literal | None, ev: Evidence | None) -> list[OxTriple]:
    """``ckg:reportedIn``, ``ckg:timelineDate`` and ``ckg:reportedText`` of an event node.

    Exact shortcuts of the paths through the evidence span: a node without
    evidence gets no article and no text, and its timeline date is its own
    date only (the publication date is reached through the evidence's article).
    """
    out: list[OxTriple] = []
    timeline = when if when is not None or ev is None else published
    if timeline is not None:
        out.append((node, _u(CKG.timelineDate), timeline))
    if ev is not None:
        out += [(node, _u(CKG.reportedIn), art), (node, _u(CKG.reportedText), ox.Literal(ev.text))]
    return out


def _relation_triples(r: RelationMention, n: int, key: str, art: ox.NamedNode,
                      published: ox.Literal | None = None) -> list[OxTriple]:
    table = relation_classes()
    if r.type not in table:
        raise ValueError(f"relation {n}: unknown type {r.type!r} (one of {sorted(table)})")
    rc = table[r.type]
    event = _n(f"{KGR}event/{key}/{n}")
    mention = _n(f"{KGR}mention/{key}/{n}")
    src, tgt = _entity(r.source), _entity(r.target)
    out: list[OxTriple] = [(event, A, _u(rc.cls))]
    if rc.cls != CKG.Role:
        out.append((event, A, _u(CKG.Event)))
    out += [
        (event, A, _u(PROV.Entity)),
        (event, _u(CKG.relationType), ox.Literal(r.type)),
        (event, _u(CKG.source), src), (event, _u(CKG.target), tgt),
        (event, _u(rc.source_role), src), (event, _u(rc.target_role), tgt),
        (event, _u(CKG.inferred), _bool(r.inferred)),
        (event, _u(PROV.wasDerivedFrom), mention),
        (src, _u(rc.direct), tgt),
    ]
    if rc.cameo:
        out.append((event, _u(CKG.cameoCode), ox.Literal(rc.cameo)))
    when = _date(r.date, f"relation {n}")
    if when is not None:
        out.append((event, _u(CKG.date), when))
    if r.note:
        out.append((event, _u(CKG.note), ox.Literal(r.note)))
    if r.type == "holds_role":
        out += [(event, A, _u(ORG.Post)), (src, _u(CKG.holdsPost), event)]
    out += _shortcuts(event, art, when, published, r.evidence)
    return out + _evidence_triples(mention, r.evidence, art)


def _casualty_triples(c: Casualty, n: int, key: str, art: ox.NamedNode,
                      published: ox.Literal | None = None) -> list[OxTriple]:
    node = _n(f"{KGR}casualty/{key}/{n}")
    out: list[OxTriple] = [(node, A, _u(CKG.CasualtyReport)), (node, A, _u(CKG.Event)),
                           (node, A, _u(PROV.Entity)), (node, _u(CKG.inferred), _FALSE)]
    for side in dict.fromkeys(c.side):
        out.append((node, _u(CKG.side), _entity(side)))
    for pred, val in ((CKG.killed, c.killed), (CKG.wounded, c.wounded), (CKG.missing, c.missing)):
        if val is not None:
            if val < 0:
                raise ValueError(f"casualty {n}: negative figure {val}")
            out.append((node, _u(pred), _int(val)))
    out.append((node, _u(CKG.atLeast), _bool(c.at_least)))
    if c.reported_by:
        out.append((node, _u(CKG.reportedBy), _entity(c.reported_by)))
    when = _date(c.date, f"casualty {n}")
    if when is not None:
        out.append((node, _u(CKG.date), when))
    out += _shortcuts(node, art, when, published, c.evidence)
    if c.evidence is not None:
        mention = _n(f"{KGR}mention/{key}/c{n}")
        out.append((node, _u(PROV.wasDerivedFrom), mention))
        out += _evidence_triples(mention, c.evidence, art)
    return out


def _timeline_date(r: RelationMention, published: ox.Literal | None) -> ox.Literal | None:
    """The ``ckg:timelineDate`` ``_shortcuts`` gives a relation's event node."""
    when = _date(r.date, "relation")
    return when if when is not None or r.evidence is None else published


def _dyad_summary_triples(extraction: Extraction, key: str, art: ox.NamedNode,
                          published: ox.Literal | None) -> list[OxTriple]:
    """One ``ckg:DyadSummary`` per unordered pair the article says fight each other.

    The pair is every relation whose event class is ``ckg:Clash`` (stated or
    inferred); ``ckg:clashCount`` and the first/last dates count the stated
    ones (their ``ckg:timelineDate``); the casualty figures are those of the
    article's casualty reports with evidence whose side is one of the pair,
    each report once. The members are ordered by IRI string
    (``ckg:pairFirst`` sorts first), as SPARQL's ``STR(?a) < STR(?b)`` orders them.
    """
    clash = {t for t, rc in relation_classes().items() if rc.cls == CKG.Clash}
    pairs: dict[tuple[str, str], list[ox.Literal]] = {}
    counts: dict[tuple[str, str], int] = {}
    for r in extraction.relations:
        if r.type not in clash:
            continue
        a, b = sorted((_entity(r.source).value, _entity(r.target).value))
        dates = pairs.setdefault((a, b), [])
        counts.setdefault((a, b), 0)
        if not r.inferred:
            counts[(a, b)] += 1
            when = _timeline_date(r, published)
            if when is not None:
                dates.append(when)
    out: list[OxTriple] = []
    for (a, b), dates in sorted(pairs.items()):
        node = _n(f"{KGR}dyad/{key}/{_short_hash(a, b)}")
        reports = [c for c in extraction.casualties if c.evidence is not None
                   and any(_entity(side).value in (a, b) for side in c.side)]
        out += [(node, A, _u(CKG.DyadSummary)), (node, _u(CKG.pairFirst), _n(a)),
                (node, _u(CKG.pairSecond), _n(b)), (node, _u(CKG.reportedIn), art),
                (node, _u(CKG.clashCount), _int(counts[(a, b)])),
                (node, _u(CKG.casualtyReportCount), _int(len(reports))),
                (node, _u(CKG.killedTotal), _int(sum(c.killed or 0 for c in reports))),
                (node, _u(CKG.woundedTotal), _int(sum(c.wounded or 0 for c in reports)))]
        if dates:
            out += [(node, _u(CKG.firstDate), min(dates, key=lambda d: d.value)),
                    (node, _u(CKG.lastDate), max(dates, key=lambda d: d.value))]
    return out


def display_labels(extraction: Extraction) -> dict[str, ox.Literal]:
    """Entity IRI -> its display label: English name when known, else its first Arabic label.

    >>> from conflictkg.extract.records import Article, Entity, Extraction
    >>> x = Extraction(Article("a", "نص."), (Entity("ARM", "State", ("أرمينيا",), name_en="Armenia"),
    ...                                     Entity("person/ab", "Person", ("فلان",))))
    >>> sorted((k.rsplit("/", 1)[1], v.value) for k, v in display_labels(x).items())
    [('ARM', 'Armenia'), ('ab', 'فلان')]
    """
    out: dict[str, ox.Literal] = {}
    for e in extraction.entities:
        iri = _entity(e.id).value
        if e.name_en:
            out[iri] = ox.Literal(e.name_en, language="en")
        elif any(lab.strip() for lab in e.labels):
            out[iri] = ox.Literal(next(lab for lab in e.labels if lab.strip()), language=LANG_AR)
    return out


def graph_hash(triples: Iterable[ox.Triple]) -> str:
    """sha256 of the sorted N-Triples lines of pyoxigraph ``triples`` (order-independent)."""
    return hashlib.sha256("\n".join(sorted(map(str, triples))).encode("utf-8")).hexdigest()


def extraction_ox_triples(extraction: Extraction) -> list[ox.Triple]:
    """All triples of one article's named graph as pyoxigraph terms (what the store writes).

    Deduplicated, in a stable order, ending with the article's ``ckg:graphHash``.
    Raises ``ValueError`` naming the offending id, type or date when a record
    cannot be written (unknown relation type, malformed id or date).
    """
    a = extraction.article
    key = _article_key(a.id)
    art = _u(article_iri(a.id))
    out: list[OxTriple] = _article_triples(a)
    published = _date(a.published, f"article {a.id}")
    for e in extraction.entities:
        out += _entity_triples(e, art)
    for n, r in enumerate(extraction.relations):
        out += _relation_triples(r, n, key, art, published)
    for n, c in enumerate(extraction.casualties):
        out += _casualty_triples(c, n, key, art, published)
    out += _dyad_summary_triples(extraction, key, art, published)
    triples = list(dict.fromkeys(ox.Triple(s, p, o) for s, p, o in out))
    triples.append(ox.Triple(art, _u(CKG.graphHash), ox.Literal(graph_hash(triples))))
    return triples


_XSD_STRING = str(XSD.string)


def to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as the equal rdflib term (``xsd:string`` literals become plain).

    >>> to_rdflib(ox.Literal("12", datatype=ox.NamedNode(str(XSD.integer)))) == Literal(12)
    True
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"cannot convert {term!r}")


def extraction_triples(extraction: Extraction) -> list[Triple]:
    """``extraction_ox_triples`` as rdflib triples (for rdflib users and small graphs).

    Examples
    --------
    >>> from conflictkg.extract.records import Article, Entity, Evidence, Extraction, RelationMention
    >>> text = "اتهمت أرمينيا أذربيجان بقصف القرى."
    >>> ev = Evidence(0, 0, len(text), text, "اتهمت")
    >>> x = Extraction(Article("a1", text, "2022-09-13"),
    ...                (Entity("ARM", "State", ("أرمينيا",)), Entity("AZE", "State", ("أذربيجان",))),
    ...                (RelationMention("accuses", "ARM", "AZE", ev),))
    >>> (KGR.ARM, CKG.accuses, KGR.AZE) in extraction_triples(x)
    True
    """
    return [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
            for t in extraction_ox_triples(extraction)]


def bind_prefixes(graph: Graph) -> None:
    """Bind the project's prefixes on ``graph`` (for readable serialisations)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def extraction_to_dataset(extraction: Extraction) -> Dataset:
    """One article's facts as an rdflib ``Dataset`` with its named graph.

    The dataset's default graph is the union of its graphs, so simple SPARQL
    over it needs no ``GRAPH`` clause.

    Examples
    --------
    >>> from conflictkg.extract.records import Article, Extraction
    >>> ds = extraction_to_dataset(Extraction(Article("a1", "نص قصير.")))
    >>> [str(g.identifier) for g in ds.graphs() if len(g)]
    ['https://w3id.org/conflictkg/id/graph/article/a1']
    """
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    g = ds.graph(article_graph_iri(extraction.article.id))
    for t in extraction_triples(extraction):
        g.add(t)
    return ds


__all__ = [
    "ENTITIES_GRAPH", "INFERRED_GRAPH", "ONTOLOGY_GRAPH", "ONTOLOGY_IRI", "PREFIXES", "RelationClass",
    "article_graph_iri", "article_iri", "bind_prefixes", "content_hash", "display_labels",
    "entity_iri",
    "extraction_ox_triples", "extraction_to_dataset", "extraction_triples", "graph_hash",
    "ontology_graph", "relation_classes", "role_iri", "to_rdflib",
]
