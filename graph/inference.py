"""Inferred facts as RDF triples (for the store) and as JSON-contract relations.

One ``ckg:Mediation`` event is minted **per (mediator, party)**, so each has a
single ``ckg:source`` (the mediator) and ``ckg:target`` (that party), like the
asserted events; both parties of the conflict pair are its ``ckg:party``.
Each carries ``ckg:inferred true``, ``ckg:inferenceRule``, an English
``rdfs:comment`` explaining it, ``prov:wasDerivedFrom`` every supporting event
and the direct edge ``mediator ckg:mediates party``. The caller writes them to
the store's inferred named graph (``Store.replace_inferred``).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from rdflib import RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, RDF

from conflictkg.graph.mediation import Mediation
from conflictkg.ontology.vocab import CKG, KGR

Triple = tuple[URIRef, URIRef, URIRef | Literal]

RULE_TEXT = {
    "contact-with-both-sides": "{m} was in contact with both {a} and {b}, who are in conflict",
    "contact-leading-to-ceasefire": "{m}'s contact with one side is stated with the ceasefire "
                                    "between {a} and {b}",
    "mediation-by-member": "{m}'s own people or bodies are stated to mediate with both {a} and {b}",
}


def event_iri(m: Mediation, target: str) -> URIRef:
    """The stable IRI of the inferred event for ``m`` and one of its targets.

    Examples
    --------
    >>> m = Mediation("RUS", ("ARM", "AZE"), ("e1",), "contact-with-both-sides", ("ARM", "AZE"))
    >>> str(event_iri(m, "ARM")).startswith("https://w3id.org/conflictkg/id/inferred/mediation/")
    True
    >>> event_iri(m, "ARM") == event_iri(m, "AZE")
    False
    """
    digest = hashlib.sha1("|".join((m.rule, m.mediator, *m.parties, target)).encode()).hexdigest()
    return URIRef(str(KGR) + f"inferred/mediation/{digest[:16]}")


def _iri(m: Mediation, ident: str) -> URIRef:
    return URIRef(m.iris[ident]) if ident in m.iris else KGR[ident]


def inferred_triples(mediations: Iterable[Mediation]) -> list[Triple]:
    """RDF triples for the inferred named graph.

    Examples
    --------
    >>> m = Mediation("RUS", ("ARM", "AZE"), ("https://w3id.org/conflictkg/id/event/a/1",),
    ...               "contact-with-both-sides", ("ARM", "AZE"), date="2022-09-13")
    >>> ts = inferred_triples([m])
    >>> (KGR.RUS, CKG.mediates, KGR.ARM) in ts and (KGR.RUS, CKG.mediates, KGR.AZE) in ts
    True
    >>> sorted({str(p).rsplit("#", 1)[-1] for s, p, o in ts if s == event_iri(m, "ARM")})
    ... # doctest: +NORMALIZE_WHITESPACE
    ['comment', 'date', 'inferenceRule', 'inferred', 'mediator', 'party', 'relationType',
     'source', 'target', 'type', 'wasDerivedFrom']
    """
    out: list[Triple] = []
    for m in mediations:
        mediator = _iri(m, m.mediator)
        a, b = m.parties
        for target in m.targets:
            ev = event_iri(m, target)
            out += [
                (ev, RDF.type, CKG.Mediation),
                (ev, CKG.relationType, Literal("mediates")),
                (ev, CKG.inferred, Literal(True)),
                (ev, CKG.inferenceRule, Literal(m.rule)),
                (ev, CKG.mediator, mediator),
                (ev, CKG.party, _iri(m, a)),
                (ev, CKG.party, _iri(m, b)),
                (ev, CKG.source, mediator),
                (ev, CKG.target, _iri(m, target)),
                (ev, RDFS.comment, Literal(
                    RULE_TEXT.get(m.rule, m.rule).format(m=m.mediator, a=a, b=b), lang="en")),
            ]
            if m.date:
                out.append((ev, CKG.date, Literal(m.date, datatype=XSD.date)))
            out += [(ev, PROV.wasDerivedFrom, URIRef(s)) for s in m.support]
            out.append((mediator, CKG.mediates, _iri(m, target)))
    return list(dict.fromkeys(out))


def inferred_relations_for_article(mediations: Iterable[Mediation],
                                   article_id: str | None) -> list[dict[str, Any]]:
    """JSON-contract relations (``"inferred": true``) supported by ``article_id``.

    ``article_id=None`` keeps every mediation. Each relation's ``evidence`` is
    that of its first supporting edge; ``support`` lists the event IRIs.

    Examples
    --------
    >>> m = Mediation("RUS", ("ARM", "AZE"), ("ev1", "ev2"), "contact-with-both-sides",
    ...               ("ARM", "AZE"), articles=("a1",),
    ...               evidence={"sentence_index": 3, "start": 10, "end": 40, "text": "..."})
    >>> [(r["source"], r["target"], r["inferred"]) for r in inferred_relations_for_article([m], "a1")]
    [('RUS', 'ARM', True), ('RUS', 'AZE', True)]
    >>> inferred_relations_for_article([m], "other")
    []
    """
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for m in mediations:
        if article_id is not None and article_id not in m.articles:
            continue
        evidence = {k: v for k, v in (m.evidence or {}).items() if k != "article"}
        for target in m.targets:
            if (m.mediator, target) in seen:
                continue
            seen.add((m.mediator, target))
            out.append({"type": "mediates", "source": m.mediator, "target": target,
                        "inferred": True, "rule": m.rule, "parties": list(m.parties),
                        "support": list(m.support), "date": m.date, "evidence": evidence})
    return out


__all__ = ["event_iri", "inferred_relations_for_article", "inferred_triples"]
