"""Terms of the conflictkg ontology as rdflib namespaces.

GENERATED from ``ontology/conflict.ttl`` by ``python -m conflictkg.ontology._codegen``:
do not edit by hand (``tests/test_vocab_sync.py`` fails when this file drifts).

Examples
--------
>>> CKG.Accusation
rdflib.term.URIRef('https://w3id.org/conflictkg/ontology#Accusation')
>>> KGR["ARM"]
rdflib.term.URIRef('https://w3id.org/conflictkg/id/ARM')
"""
# ruff: noqa: N815
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class CKG(DefinedNamespace):
    """Classes and properties of the conflictkg ontology."""

    Accusation: URIRef  # Accusation
    Actor: URIRef  # Actor
    Alliance: URIRef  # Alliance
    Appeal: URIRef  # Appeal
    ArmedForce: URIRef  # Armed force
    ArmedGroup: URIRef  # Armed group
    CasualtyReport: URIRef  # Casualty report
    Ceasefire: URIRef  # Ceasefire
    Cession: URIRef  # Cession
    Clash: URIRef  # Clash
    Contact: URIRef  # Contact
    Denial: URIRef  # Denial
    Deployment: URIRef  # Deployment
    DyadSummary: URIRef  # Dyad summary
    Event: URIRef  # Event
    EvidenceSpan: URIRef  # Evidence span
    GovernmentBody: URIRef  # Government body
    IGO: URIRef  # Intergovernmental organization
    Mediation: URIRef  # Mediation
    NGO: URIRef  # Non-governmental organization
    Organization: URIRef  # Organization
    Person: URIRef  # Person
    Place: URIRef  # Place
    PoliticalParty: URIRef  # Political party
    Role: URIRef  # Role
    State: URIRef  # State
    accused: URIRef  # accused
    accuser: URIRef  # accuser
    accuses: URIRef  # accuses
    addressee: URIRef  # addressee
    alliedWith: URIRef  # allied with
    appellant: URIRef  # appellant
    atLeast: URIRef  # at least
    callsOn: URIRef  # calls on
    cameoCode: URIRef  # CAMEO code
    casualtyReportCount: URIRef  # casualty report count
    ceasefireWith: URIRef  # ceasefire with
    ceder: URIRef  # ceder
    cedesTo: URIRef  # cedes to
    clashCount: URIRef  # clash count
    contacts: URIRef  # contacts
    contentHash: URIRef  # content hash
    date: URIRef  # date
    denier: URIRef  # denier
    denies: URIRef  # denies (claim of)
    deployedTo: URIRef  # deployed to
    deployer: URIRef  # deployer
    deploysTo: URIRef  # deploys to
    directProperty: URIRef  # direct property
    displayLabel: URIRef  # display label
    end: URIRef  # end offset
    entityId: URIRef  # entity id
    evidenceText: URIRef  # evidence text
    fights: URIRef  # fights
    firstDate: URIRef  # first date
    graphHash: URIRef  # graph hash
    hasActor: URIRef  # has actor
    holdsPost: URIRef  # holds post
    holdsRole: URIRef  # holds a role in
    inArticle: URIRef  # in article
    inferenceRule: URIRef  # inference rule
    inferred: URIRef  # inferred
    jsonType: URIRef  # JSON relation type
    killed: URIRef  # killed
    killedTotal: URIRef  # killed total
    lastDate: URIRef  # last date
    mediates: URIRef  # mediates with
    mediator: URIRef  # mediator
    mentionedIn: URIRef  # mentioned in
    missing: URIRef  # missing
    note: URIRef  # note
    pairFirst: URIRef  # pair first
    pairSecond: URIRef  # pair second
    partOf: URIRef  # part of
    participant: URIRef  # participant
    party: URIRef  # party
    recipient: URIRef  # recipient
    relationType: URIRef  # relation type
    reportedBy: URIRef  # reported by
    reportedIn: URIRef  # reported in
    reportedText: URIRef  # reported text
    roleHolder: URIRef  # role holder
    roleOf: URIRef  # role of
    roleTitle: URIRef  # role title
    sentenceIndex: URIRef  # sentence index
    side: URIRef  # side
    source: URIRef  # source
    sourceHash: URIRef  # source hash
    sourceRole: URIRef  # source role
    start: URIRef  # start offset
    target: URIRef  # target
    targetRole: URIRef  # target role
    timelineDate: URIRef  # timeline date
    trigger: URIRef  # trigger
    triggerEnd: URIRef  # trigger end
    triggerStart: URIRef  # trigger start
    wounded: URIRef  # wounded
    woundedTotal: URIRef  # wounded total

    _NS = Namespace('https://w3id.org/conflictkg/ontology#')
    _fail = True


class PLOVER(DefinedNamespace):
    """PLOVER event types (skos:Concept)."""

    ACCUSE: URIRef  # ACCUSE
    ASSAULT: URIRef  # ASSAULT
    CONSULT: URIRef  # CONSULT
    COOPERATE: URIRef  # COOPERATE
    DEMAND: URIRef  # DEMAND
    EventTypes: URIRef  # PLOVER event types
    MOBILIZE: URIRef  # MOBILIZE
    REJECT: URIRef  # REJECT
    RETREAT: URIRef  # RETREAT

    _NS = Namespace('https://w3id.org/conflictkg/plover#')
    _fail = True


KGR = Namespace('https://w3id.org/conflictkg/id/')
"""Instances: ``KGR["ARM"]``, ``KGR["person/ab12"]``, ``KGR["article/<id>"]``."""

__all__ = ["CKG", "KGR", "PLOVER"]
