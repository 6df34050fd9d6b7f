"""Hand-made extraction records (our own sentences) mapped into an in-memory store.

No spaCy: the records are written by hand, as ``conflictkg.extract`` would emit them,
and go through ``conflictkg.ontology`` exactly as a build does.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from conflictkg.extract.records import (
    Article, Casualty, Entity, Evidence, Extraction, RelationMention, Role,
)


def sentence_evidence(text: str, sentence: str, index: int, trigger: str | None = None) -> Evidence:
    start = text.index(sentence)
    return Evidence(index, start, start + len(sentence), sentence, trigger)


@pytest.fixture()
def make_extraction() -> Callable[..., Extraction]:
    """Build an Extraction whose relations are (type, source, target, sentence index)."""

    def make(article_id: str, sentences: list[str], entities: Iterable[Entity],
             relations: Iterable[tuple[str, str, str, int]], published: str = "2022-09-13",
             casualties: Iterable[tuple[tuple[str, ...], int, int]] = (),
             title: str | None = None) -> Extraction:
        text = "\n".join(sentences)
        art = Article(id=article_id, text=text, published=published, title=title)
        rels = tuple(
            RelationMention(t, s, o, sentence_evidence(text, sentences[i], i), date=published)
            for t, s, o, i in relations)
        cas = tuple(Casualty(side=side, killed=k, wounded=w,
                             evidence=sentence_evidence(text, sentences[0], 0), date=published)
                    for side, k, w in casualties)
        return Extraction(article=art, entities=tuple(entities), relations=rels, casualties=cas)

    return make


def state(ident: str, label: str, name_en: str) -> Entity:
    return Entity(ident, "State", (label,), name_en=name_en)


def person(ident: str, labels: tuple[str, ...], title: str, of: str) -> Entity:
    return Entity(ident, "Person", labels, roles=(Role(title, of),))


class Kit:
    """Record builders for tests (a fixture, since conftest is not importable)."""

    state = staticmethod(state)
    person = staticmethod(person)
    entity = staticmethod(Entity)


@pytest.fixture()
def kit() -> type[Kit]:
    return Kit


@pytest.fixture()
def caucasus(make_extraction: Callable[..., Extraction]) -> Extraction:
    """Border clashes; a third president phones both leaders; others only appeal."""
    sentences = [
        "اندلعت اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان ليلة الثلاثاء.",
        "وأجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا برئيس الوزراء الأرميني نيكول باشينيان.",
        "كما تحدث بوتين هاتفيا مع الرئيس الأذربيجاني إلهام علييف.",
        "ودعت الولايات المتحدة الطرفين إلى وقف القتال فورا.",
        "واتهمت وزارة الدفاع الأذربيجانية أرمينيا بخرق الهدنة.",
        "واتهمت أرمينيا أذربيجان بقصف بلدات حدودية.",
    ]
    entities = [
        state("ARM", "أرمينيا", "Armenia"), state("AZE", "أذربيجان", "Azerbaijan"),
        state("RUS", "روسيا", "Russia"), state("USA", "الولايات المتحدة", "United States"),
        person("person/putin", ("فلاديمير بوتين", "بوتين"), "President", "RUS"),
        person("person/pashinyan", ("نيكول باشينيان",), "Prime Minister", "ARM"),
        person("person/aliyev", ("إلهام علييف",), "President", "AZE"),
        Entity("AZE/mod", "Organization", ("وزارة الدفاع الأذربيجانية",), part_of="AZE",
               subtype="GovernmentBody"),
    ]
    relations = [
        ("fights", "ARM", "AZE", 0),
        ("contacts", "person/putin", "person/pashinyan", 1),
        ("contacts", "person/putin", "person/aliyev", 2),
        ("calls_on", "USA", "ARM", 3), ("calls_on", "USA", "AZE", 3),
        ("accuses", "AZE/mod", "ARM", 4),
        ("accuses", "ARM", "AZE", 5),
    ]
    return make_extraction("caucasus-test", sentences, entities, relations,
                           casualties=[(("ARM",), 49, 0)], title="اشتباكات حدودية")


@pytest.fixture()
def store_of() -> Callable[..., object]:
    """An in-memory Store holding the given extractions."""
    from conflictkg.ontology.store import Store

    def make(*extractions: Extraction) -> object:
        kg = Store.memory()
        for x in extractions:
            kg.ingest(x)
        return kg

    return make
