"""Taking sides (وقوف X إلى جانب Y، تقف بقوة مع Y), attacks on a force's posts
(مراكز للجيش), calls made by the subject of a relative light verb (اتصالات أجرتها مع A ومع
قادة B), and a government named by adjectives then its seat (sentences written for these
tests)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text

CONFLICT = "اندلعت المواجهات بين الجيش النيجيري وجماعة بوكو حرام في ولاية بورنو. "


def rels(nlp, text: str, rtype: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, CONFLICT + text, published="2024-03-12")
    return {(r.source, r.target) for r in ex.relations if r.type == rtype}


@pytest.mark.parametrize("text, pair", [
    ("وأعلن الاتحاد الأفريقي وقوفه إلى جانب الجيش النيجيري.", ("AU", "NGA/army")),
    ("وأكدت تشاد وقوفها مع نيجيريا.", ("TCD", "NGA")),
    ("وقالت فرنسا إنها تقف بقوة مع الحكومة النيجيرية.", ("FRA", "NGA")),
    ("وقال متحدث إن واشنطن تقف بقوة مع الحكومة الشرعية في أبوجا.", ("USA", "NGA")),
    ("ويقاتل متطوعون من تشاد إلى جانب الجيش النيجيري منذ الربيع.", ("TCD", "NGA/army")),
    ('وأكد الرئيس التشادي دعم تشاد "الكامل" للحكومة النيجيرية.', ("TCD", "NGA")),
    ("وقالت باريس إن القوات الفرنسية قدمت دعما لوجستيا واستخباراتيا للجيش النيجيري.",
     ("FRA/armed_forces", "NGA/army")),
    ("وتنشط جماعة بوكو حرام، التي يتزعمها أبو بكر شيكاو وترتبط بتنظيم الدولة الإسلامية.",
     ("boko_haram", "isis")),
    ("وقال إن ميليشيا الجيش الأبيض المتحالفة مع بوكو حرام تتجمع شمال المدينة.",
     ("white_army", "boko_haram")),
    ("وأعلنت الولايات المتحدة أنها بدأت نقل شحنات من الذخائر والعتاد إلى الجيش النيجيري.",
     ("USA", "NGA/army")),
    ("وزودت فرنسا الجيش النيجيري بأسلحة متطورة.", ("FRA", "NGA/army")),
])
def test_taking_sides_and_backing_are_an_alliance(nlp, text, pair):
    assert pair in rels(nlp, text, "allied_with")


@pytest.mark.parametrize("text", [
    "وقالت فرنسا إنها لن تقف مع الحكومة النيجيرية.",
    "ويقف الوفد النيجيري في القاعة مع وفد الجماعة.",
])
def test_no_alliance_when_negated_or_no_actor_follows(nlp, text):
    assert not rels(nlp, text, "allied_with")


@pytest.mark.parametrize("text", [
    "وشن عناصر الجماعة هجمات متزامنة على مراكز للجيش النيجيري.",
    "وشنت الجماعة هجوما على حاجز للجيش النيجيري.",
])
def test_an_attack_on_a_forces_posts_fights_the_force(nlp, text):
    assert ("boko_haram", "NGA/army") in rels(nlp, text, "fights")


def test_calls_of_a_relative_light_verb_are_the_subjects(nlp):
    text = ("وتوصلت منظمة سانت إيجيديو إلى هدنة بعد اتصالات أجرتها مع قيادة الجيش النيجيري"
            " ومع قادة الجماعة.")
    got = rels(nlp, text, "contacts")
    assert got and {s for s, _ in got} == {"santegidio"}


def test_a_second_contact_after_a_leaders_noun(nlp):
    text = "وأجرت منظمة سانت إيجيديو اتصالات مع الحكومة النيجيرية ومع قادة بوكو حرام."
    assert rels(nlp, text, "contacts") >= {("santegidio", "NGA"), ("santegidio", "boko_haram")}


def test_a_government_named_by_adjectives_then_its_seat(nlp):
    ex = extract_text(nlp, "وقالت الحكومة الانتقالية في باماكو إنها ترفض الاتهامات.")
    mali = next(e for e in ex.entities if e.id == "MLI")
    assert "الحكومة الانتقالية في باماكو" in mali.labels



@pytest.mark.parametrize("text", [
    "واتهمت أبوجا تشاد بتزويد بوكو حرام بالأسلحة.",
    "وأعلنت الولايات المتحدة أنها لن ترسل أسلحة إلى نيجيريا.",
    "وحمّل الرئيس النيجيري فصائل متحالفة مع تشاد مسؤولية الهجوم.",
])
def test_alleged_negated_or_unnamed_backing_is_no_alliance(nlp, text):
    got = rels(nlp, text, "allied_with")
    assert not [p for p in got if "boko_haram" in p or "NGA" in p[0] or p[1] == "TCD"]


def test_a_masdar_after_a_title_is_no_name(nlp):
    ex = extract_text(nlp, "وأكد الرئيس التشادي دعم بلاده للحكومة النيجيرية.")
    assert not [e for e in ex.entities if e.type == "Person" and "دعم" in " ".join(e.labels)]
