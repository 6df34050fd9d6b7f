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
from typing import Iterable
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
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
    return KGR[quote(_check_id(entity_id), safe="/:~-._")]


def _article_key(article_id: str) -> str:
    if not article_id:
        raise ValueError("article id is empty")
    return quote(article_id, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    """``kgr:article/<id>`` (the id percent-encoded, ``/`` included).

    >>> article_iri("2025-07-28-thailand")
    rdflib.term.URIRef('https://w3id.org/conflictkg/id/article/2025-07-28-thailand')
    """
    return KGR["article/" + _article_key(article_id)]


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
            str(jtype), URIRef(cls), one(CKG.directProperty), one(CKG.sourceRole),
            one(CKG.targetRole), str(notation) if notation is not None else None)
    return table


SUBTYPE_CLASSES = {"IGO": CKG.IGO, "GovernmentBody": CKG.GovernmentBody,
                   "ArmedForce": CKG.ArmedForce, "ArmedGroup": CKG.ArmedGroup,
                   "PoliticalParty": CKG.PoliticalParty, "NGO": CKG.NGO}
TYPE_CLASSES = {"State": CKG.State, "Person": CKG.Person, "Organization": CKG.Organization,
                "Place": CKG.Place}


def _date(value: str | None, where: str) -> Literal | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None
    return Literal(value, datatype=XSD.date)


def _int(value: int) -> Literal:
    return Literal(int(value), datatype=XSD.integer)


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def role_iri(person_id: str, title: str, of: str | None) -> URIRef:
    """``kgr:role/<hash>``: one post node per (person, office, organization)."""
    return KGR["role/" + _short_hash(person_id, title.strip().lower(), of or "")]


def content_hash(text: str) -> str:
    """sha256 hex digest of an article's text (``ckg:contentHash``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _article_triples(a: Article) -> list[Triple]:
    node = article_iri(a.id)
    out: list[Triple] = [
        (node, RDF.type, SCHEMA.NewsArticle),
        (node, RDF.type, PROV.Entity),
        (node, DCTERMS.identifier, Literal(a.id)),
        (node, CKG.contentHash, Literal(content_hash(a.text))),
        (node, SCHEMA.text, Literal(a.text)),
        (node, SCHEMA.inLanguage, Literal(a.lang)),
    ]
    if a.url:
        out.append((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.title:
        out.append((node, DCTERMS.title, Literal(a.title)))
    published = _date(a.published, f"article {a.id}")
    if published is not None:
        out.append((node, SCHEMA.datePublished, published))
    return out


def _entity_triples(e: Entity, art: URIRef) -> list[Triple]:
    if e.type not in ENTITY_TYPES:
        raise ValueError(f"entity {e.id!r}: unknown type {e.type!r} (one of {ENTITY_TYPES})")
    node = entity_iri(e.id)
    out: list[Triple] = [(node, RDF.type, TYPE_CLASSES[e.type]),
                         (node, CKG.entityId, Literal(e.id)),
                         (node, CKG.mentionedIn, art)]
    if e.subtype in SUBTYPE_CLASSES:
        out.append((node, RDF.type, SUBTYPE_CLASSES[e.subtype]))
    for label in dict.fromkeys(e.labels):
        if label.strip():
            out.append((node, RDFS.label, Literal(label, lang=LANG_AR)))
    if e.name_en:
        out.append((node, SKOS.prefLabel, Literal(e.name_en, lang="en")))
    if e.part_of:
        out.append((node, CKG.partOf, entity_iri(e.part_of)))
    if e.wikidata:
        if not WIKIDATA_RE.match(e.wikidata):
            raise ValueError(f"entity {e.id!r}: invalid Wikidata id {e.wikidata!r}")
        out.append((node, OWL.sameAs, WD[e.wikidata]))
    for role in e.roles:
        post = role_iri(e.id, role.title, role.of)
        out += [(post, RDF.type, CKG.Role), (post, RDF.type, ORG.Post),
                (post, CKG.roleTitle, Literal(role.title, lang="en")),
                (post, CKG.roleHolder, node), (node, CKG.holdsPost, post)]
        if role.title_ar:
            out.append((post, CKG.roleTitle, Literal(role.title_ar, lang=LANG_AR)))
        if role.of:
            org = entity_iri(role.of)
            out += [(post, CKG.roleOf, org), (node, CKG.holdsRole, org)]
    return out


def _evidence_triples(mention: URIRef, ev: Evidence, art: URIRef) -> list[Triple]:
    out: list[Triple] = [
        (mention, RDF.type, CKG.EvidenceSpan), (mention, RDF.type, PROV.Entity),
        (mention, CKG.inArticle, art),
        (mention, CKG.sentenceIndex, _int(ev.sentence_index)),
        (mention, CKG.start, _int(ev.start)), (mention, CKG.end, _int(ev.end)),
        (mention, CKG.evidenceText, Literal(ev.text)),
    ]
    if ev.trigger:
        out.append((mention, CKG.trigger, Literal(ev.trigger)))
    if ev.trigger_start is not None and ev.trigger_end is not None:
        out += [(mention, CKG.triggerStart, _int(ev.trigger_start)),
                (mention, CKG.triggerEnd, _int(ev.trigger_end))]
    return out


def _relation_triples(r: RelationMention, n: int, key: str, art: URIRef) -> list[Triple]:
    table = relation_classes()
    if r.type not in table:
        raise ValueError(f"relation {n}: unknown type {r.type!r} (one of {sorted(table)})")
    rc = table[r.type]
    event = KGR[f"event/{key}/{n}"]
    mention = KGR[f"mention/{key}/{n}"]
    src, tgt = entity_iri(r.source), entity_iri(r.target)
    out: list[Triple] = [
        (event, RDF.type, rc.cls), (event, RDF.type, PROV.Entity),
        (event, CKG.relationType, Literal(r.type)),
        (event, CKG.source, src), (event, CKG.target, tgt),
        (event, rc.source_role, src), (event, rc.target_role, tgt),
        (event, CKG.inferred, Literal(bool(r.inferred))),
        (event, PROV.wasDerivedFrom, mention),
        (src, rc.direct, tgt),
    ]
    if rc.cls != CKG.Role:
        out.insert(2, (event, RDF.type, CKG.Event))
    if rc.cameo:
        out.append((event, CKG.cameoCode, Literal(rc.cameo)))
    when = _date(r.date, f"relation {n}")
    if when is not None:
        out.append((event, CKG.date, when))
    if r.note:
        out.append((event, CKG.note, Literal(r.note)))
    if r.type == "holds_role":
        out += [(event, RDF.type, ORG.Post), (src, CKG.holdsPost, event)]
    return out + _evidence_triples(mention, r.evidence, art)


def _casualty_triples(c: Casualty, n: int, key: str, art: URIRef) -> list[Triple]:
    node = KGR[f"casualty/{key}/{n}"]
    out: list[Triple] = [(node, RDF.type, CKG.CasualtyReport), (node, RDF.type, CKG.Event),
                         (node, RDF.type, PROV.Entity), (node, CKG.inferred, Literal(False))]
    for side in dict.fromkeys(c.side):
        out.append((node, CKG.side, entity_iri(side)))
    for pred, val in ((CKG.killed, c.killed), (CKG.wounded, c.wounded), (CKG.missing, c.missing)):
        if val is not None:
            if val < 0:
                raise ValueError(f"casualty {n}: negative figure {val}")
            out.append((node, pred, _int(val)))
    out.append((node, CKG.atLeast, Literal(bool(c.at_least))))
    if c.reported_by:
        out.append((node, CKG.reportedBy, entity_iri(c.reported_by)))
    when = _date(c.date, f"casualty {n}")
    if when is not None:
        out.append((node, CKG.date, when))
    if c.evidence is not None:
        mention = KGR[f"mention/{key}/c{n}"]
        out.append((node, PROV.wasDerivedFrom, mention))
        out += _evidence_triples(mention, c.evidence, art)
    return out


def graph_hash(triples: Iterable[Triple]) -> str:
    """sha256 of the sorted N-Triples lines of ``triples`` (order-independent)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def extraction_triples(extraction: Extraction) -> list[Triple]:
    """All triples of one article's named graph, deduplicated, in a stable order.

    Raises ``ValueError`` naming the offending id, type or date when a record
    cannot be written (unknown relation type, malformed id or date).

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
    a = extraction.article
    key = _article_key(a.id)
    art = article_iri(a.id)
    out: list[Triple] = _article_triples(a)
    for e in extraction.entities:
        out += _entity_triples(e, art)
    for n, r in enumerate(extraction.relations):
        out += _relation_triples(r, n, key, art)
    for n, c in enumerate(extraction.casualties):
        out += _casualty_triples(c, n, key, art)
    triples = list(dict.fromkeys(out))
    triples.append((art, CKG.graphHash, Literal(graph_hash(triples))))
    return triples


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
    "INFERRED_GRAPH", "ONTOLOGY_GRAPH", "ONTOLOGY_IRI", "PREFIXES", "RelationClass",
    "article_graph_iri", "article_iri", "bind_prefixes", "content_hash", "entity_iri",
    "extraction_to_dataset", "extraction_triples", "graph_hash", "ontology_graph",
    "relation_classes", "role_iri",
]
