"""Hand-made extraction records for the ontology tests (no spaCy needed).

The sentences are written for these tests, about the 2025 Thai-Cambodian
border clashes; offsets are computed from the text, never typed in.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest

from conflictkg.extract.records import (
    Article, Casualty, Entity, Evidence, Extraction, RelationMention, Role,
)

SENTENCES_A = [
    "اتهمت وزارة الخارجية التايلاندية كمبوديا بقصف قرى حدودية يوم الخميس.",
    "وقالت المتحدثة باسم الحكومة الكمبودية إن القوات التايلاندية هي التي بدأت الهجوم.",
    "واندلعت اشتباكات عنيفة بين البلدين على طول الحدود المتنازع عليها.",
    "وأعلنت السلطات الكمبودية مقتل 12 شخصاً على الأقل وإصابة 30 آخرين.",
    "واستضافت ماليزيا محادثات بين الطرفين في كوالالمبور.",
    "واتفق البلدان في ختام المحادثات على وقف فوري لإطلاق النار.",
]
SENTENCES_B = [
    "اتهمت كمبوديا المملكة التايلاندية بخرق الهدنة بعد ساعات من إعلانها.",
    "ودعا الأمين العام للأمم المتحدة الطرفين إلى ضبط النفس.",
]


def _evidence(text: str, sentences: list[str], i: int, trigger: str) -> Evidence:
    start = text.index(sentences[i])
    end = start + len(sentences[i])
    ts = text.index(trigger, start)
    return Evidence(i, start, end, text[start:end], trigger, ts, ts + len(trigger))


def thailand_state(*labels: str) -> Entity:
    return Entity("THA", "State", labels or ("تايلاند",), name_en="Thailand", wikidata="Q869")


def make_article_a(text_suffix: str = "") -> Extraction:
    text = " ".join(SENTENCES_A) + text_suffix
    ev = lambda i, trig: _evidence(text, SENTENCES_A, i, trig)  # noqa: E731
    entities = (
        thailand_state("التايلاندية"),
        Entity("KHM", "State", ("كمبوديا", "الكمبودية"), name_en="Cambodia", wikidata="Q424"),
        Entity("MYS", "State", ("ماليزيا",), name_en="Malaysia", wikidata="Q833"),
        Entity("THA/mfa", "Organization", ("وزارة الخارجية التايلاندية",), part_of="THA",
               subtype="GovernmentBody", name_en="Ministry of Foreign Affairs of Thailand"),
        Entity("person/0a1b2c3d", "Person", ("المتحدثة باسم الحكومة الكمبودية",),
               roles=(Role("Spokesperson", "KHM", "المتحدثة باسم الحكومة"),)),
        Entity("place/kl", "Place", ("كوالالمبور",), part_of="MYS"),
    )
    relations = (
        RelationMention("accuses", "THA/mfa", "KHM", ev(0, "اتهمت"), date="2025-07-24"),
        RelationMention("accuses", "person/0a1b2c3d", "THA", ev(1, "بدأت الهجوم")),
        RelationMention("fights", "THA", "KHM", ev(2, "اشتباكات"), date="2025-07-24"),
        RelationMention("mediates", "MYS", "THA", ev(4, "استضافت")),
        RelationMention("mediates", "MYS", "KHM", ev(4, "استضافت")),
        RelationMention("ceasefire", "THA", "KHM", ev(5, "وقف فوري لإطلاق النار")),
        RelationMention("holds_role", "person/0a1b2c3d", "KHM", ev(1, "المتحدثة")),
    )
    casualties = (Casualty(("KHM",), killed=12, wounded=30, reported_by="KHM", at_least=True,
                           evidence=ev(3, "مقتل")),)
    return Extraction(Article("2025-07-28-border", text, "2025-07-28",
                              url="https://example.org/news/1", title="اشتباكات حدودية"),
                      entities, relations, casualties)


def make_article_b() -> Extraction:
    text = " ".join(SENTENCES_B)
    ev = lambda i, trig: _evidence(text, SENTENCES_B, i, trig)  # noqa: E731
    entities = (
        thailand_state("المملكة التايلاندية"),
        Entity("KHM", "State", ("كمبوديا",), name_en="Cambodia", wikidata="Q424"),
        Entity("UN", "Organization", ("الأمم المتحدة",), subtype="IGO", name_en="United Nations",
               wikidata="Q1065"),
    )
    relations = (
        RelationMention("accuses", "KHM", "THA", ev(0, "اتهمت"), date="2025-07-29"),
        RelationMention("calls_on", "UN", "THA", ev(1, "دعا")),
        RelationMention("calls_on", "UN", "KHM", ev(1, "دعا")),
    )
    return Extraction(Article("2025-07-29-truce", text, "2025-07-29"), entities, relations)


@pytest.fixture
def article_a() -> Extraction:
    return make_article_a()


@pytest.fixture
def article_b() -> Extraction:
    return make_article_b()


@pytest.fixture
def make_a() -> Callable[..., Extraction]:
    return make_article_a


@pytest.fixture
def kg(article_a: Extraction, article_b: Extraction):
    from conflictkg.ontology.store import Store

    store = Store.memory()
    store.ingest(article_a)
    store.ingest(article_b)
    return store
