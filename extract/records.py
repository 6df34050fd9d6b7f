"""Plain data records shared by every layer.

These frozen dataclasses are the only thing ``conflictkg.ontology`` sees of the
extraction layer. They hold no spaCy objects, so they can be pickled, compared
and serialised freely.

Identifier conventions (``Entity.id``)
--------------------------------------
- State: its ISO 3166 alpha-3 code (``"ARM"``; Kosovo is ``"XKX"``).
- Anything from a gazetteer: the gazetteer row ``id`` (``"UN"``, ``"hamas"``).
- A government body built from a pattern: ``"<parent id>/<body key>"``
  (``"ARM/ministry-defence"``).
- A person: ``"person/<hash>"`` of the normalized full name.
- A place not in a gazetteer: ``"place/<hash>"`` of the normalized name.
A URI is minted from the id, never from a surface string.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from collections.abc import Iterable
from typing import Any

ENTITY_TYPES = ("State", "Person", "Organization", "Place")
RELATION_TYPES = (
    "accuses", "calls_on", "mediates", "fights", "ceasefire", "allied_with",
    "deploys_to", "cedes_to", "holds_role",
    # extracted and stored, not scored:
    "denies", "contacts",
)
SYMMETRIC_RELATIONS = frozenset({"fights", "ceasefire", "allied_with", "contacts"})


@dataclass(frozen=True)
class Article:
    """One news article as read from disk or a corpus line."""

    id: str
    text: str
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    lang: str = "ar"


@dataclass(frozen=True)
class Offsets:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: the sentence, and the sentence's offsets."""

    sentence_index: int
    start: int
    end: int
    text: str  # == article.text[start:end]
    trigger: str | None = None  # the trigger words as written
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True)
class Role:
    """An office held by a person: ``title`` (English) of entity ``of``."""

    title: str
    of: str | None = None
    title_ar: str | None = None


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text."""

    entity_id: str
    start: int
    end: int
    text: str  # surface text as written, clitics included
    label: str  # surface text without clitics


@dataclass(frozen=True)
class Entity:
    """One referent of an article with all its surface forms."""

    id: str
    type: str  # one of ENTITY_TYPES
    labels: tuple[str, ...]
    part_of: str | None = None
    roles: tuple[Role, ...] = ()
    subtype: str | None = None  # e.g. IGO, GovernmentBody, ArmedForce, ArmedGroup
    name_en: str | None = None
    wikidata: str | None = None
    mentions: tuple[Mention, ...] = ()
    # referred to only through a nisba ("وكالة الصحافة الفرنسية" -> FRA): carried so that
    # part_of/roles resolve, but not listed in ``to_json`` unless a relation or casualty names it
    implicit: bool = False


@dataclass(frozen=True)
class RelationMention:
    """A relation between two entities, with the sentence that states it."""

    type: str  # one of RELATION_TYPES
    source: str
    target: str
    evidence: Evidence
    date: str | None = None  # ISO date of the event if the text gives one
    inferred: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Casualty:
    """A casualty figure as reported."""

    side: tuple[str, ...]  # entity ids; empty when the text does not say
    killed: int | None = None
    wounded: int | None = None
    missing: int | None = None
    reported_by: str | None = None
    at_least: bool = False
    evidence: Evidence | None = None
    date: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read out of one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[RelationMention, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with ``entity_id``; raise ``KeyError`` if absent."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def _fact_ids(self) -> set[str]:
        """Ids that relations and casualties point to."""
        ids = {x for r in self.relations for x in (r.source, r.target)}
        for c in self.casualties:
            ids.update(c.side)
            if c.reported_by:
                ids.add(c.reported_by)
        return ids

    def to_json(self, named: Iterable[str] = ()) -> dict[str, Any]:
        """The JSON contract of ``../shared/eval/score.py`` plus evidence.

        Implicit entities are listed only when a fact names them; ``named`` adds the
        ids that facts derived outside this record (inferred relations) point to.
        """
        listed = self._fact_ids().union(named)
        return {
            "id": self.article.id,
            "published": self.article.published,
            "entities": [
                {
                    "id": e.id,
                    "type": e.type,
                    "labels": list(e.labels),
                    "part_of": e.part_of,
                    "roles": [{"title": r.title, "of": r.of} for r in e.roles],
                    "subtype": e.subtype,
                    "name_en": e.name_en,
                    "mentions": [[m.start, m.end] for m in e.mentions],
                }
                for e in self.entities if not e.implicit or e.id in listed
            ],
            "relations": [
                {
                    "type": r.type,
                    "source": r.source,
                    "target": r.target,
                    "date": r.date,
                    "inferred": r.inferred,
                    "evidence": asdict(r.evidence),
                    **({"note": r.note} if r.note else {}),
                }
                for r in self.relations
            ],
            "casualties": [
                {
                    "side": list(c.side) if len(c.side) != 1 else c.side[0],
                    "killed": c.killed,
                    "wounded": c.wounded,
                    "missing": c.missing,
                    "reported_by": c.reported_by,
                    "at_least": c.at_least,
                    "date": c.date,
                    "evidence": asdict(c.evidence) if c.evidence else None,
                }
                for c in self.casualties
            ],
        }

    def dumps(self) -> str:
        """``to_json`` as a UTF-8 JSON string (Arabic kept readable)."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1)
