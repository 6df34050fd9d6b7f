"""Clause reading (subjects, groups) on sentences written for these tests."""
from __future__ import annotations

from conflictkg.extract import extract_text


def rels(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in extract_text(nlp, text).relations}


def test_a_side_noun_with_a_nisba_is_a_subject(nlp):
    """«الجانب الصيني» / «الطرف الإثيوبي» stand for the state, as subject on either side."""
    assert ("accuses", "ARM", "AZE") in rels(nlp, "واتهم الجانب الأرميني أذربيجان بقصف القرى الحدودية.")
    got = rels(nlp, "وقال المتحدث باسم وزارة الخارجية الهندية راندهير جايسوال إن الجانب الصيني "
                    "انتهك التفاهمات السابقة.")
    assert any(t == "accuses" and o == "CHN" for t, s, o in got), got



def test_weapons_and_services_with_a_nisba_are_subjects(nlp):
    """«الطائرات الإسرائيلية»، «المدفعية الروسية»: the platform stands for its state."""
    got = rels(nlp, "وقصفت المدفعية الروسية مواقع أوكرانية قرب باخموت.")
    assert ("fights", "RUS", "UKR") in got, got


def test_a_name_that_begins_with_waw_is_no_glued_conjunction(nlp):
    """«واشنطن» after a person's name is the object, not a second subject."""
    from conflictkg.extract import extract_text
    text = "واتهم وزير الدفاع الفنزويلي فلاديمير بادرينو لوبيز واشنطن باستفزاز بلاده."
    got = {(r.source, r.target) for r in extract_text(nlp, text).relations if r.type == "accuses"}
    assert got and all(t == "USA" and s != "USA" for s, t in got)


def test_a_glued_conjunction_still_coordinates(nlp):
    from conflictkg.extract import extract_text
    text = "ودعا الاتحاد الأوروبي روسيا وأوكرانيا إلى التفاوض."
    got = {r.target for r in extract_text(nlp, text).relations if r.type == "calls_on"}
    assert got == {"RUS", "UKR"}
