"""Entity mechanisms that carry over to unseen conflicts (sentences written for these tests)."""
from __future__ import annotations

from conflictkg.extract import extract_text
from conflictkg.extract.normalize import fold_phrase


def extract(nlp, text):
    ex = extract_text(nlp, text)
    return {e.id: e for e in ex.entities}


def labelled(ents, label):
    want = fold_phrase(label)
    return [e for e in ents.values() if any(fold_phrase(x) == want for x in e.labels)]


# ---------------------------------------------------------------- names of parents inside names

def test_a_name_that_spells_out_its_parent_names_the_parent(nlp):
    ents = extract(nlp, "ورحبت مفوضية الاتحاد الأفريقي بالاتفاق الموقع في نيروبي.")
    assert "au_commission" in ents
    assert "AU" in ents and ents["au_commission"].part_of == "AU"


def test_the_parent_of_an_owner_is_named_too(nlp):
    ents = extract(nlp, "وقال رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد إن الوضع خطير.")
    assert "AU" in ents


def test_a_state_is_not_named_by_a_body_that_only_belongs_to_it(nlp):
    ents = extract(nlp, "وقالت وزارة الخارجية القطرية إن المفاوضات مستمرة.")
    assert "QAT" not in ents or ents["QAT"].implicit


# ---------------------------------------------------------------- governments of movements

def test_the_government_of_a_movement_is_the_movement(nlp):
    ents = extract(nlp, "وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد، إن القصف طال مدنيين.")
    assert "حكومة طالبان" in ents["taliban"].labels
    person = labelled(ents, "ذبيح الله مجاهد")[0]
    assert person.roles[0].of == "taliban"


def test_a_ministry_in_a_movement_government_belongs_to_the_movement(nlp):
    ents = extract(nlp, "وأعلنت وزارة الصحة في حكومة الحوثيين ارتفاع عدد الضحايا.")
    moh = labelled(ents, "وزارة الصحة في حكومة الحوثيين")[0]
    assert moh.part_of == "houthis"


def test_the_government_of_a_state_is_still_the_state(nlp):
    ents = extract(nlp, "واتهمت حكومة السودان قوات الدعم السريع بخرق الهدنة.")
    assert "حكومة السودان" in ents["SDN"].labels
