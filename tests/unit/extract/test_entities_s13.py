"""Stop 13 entity mechanisms, on sentences written for these tests."""
from __future__ import annotations

from conflictkg.extract import extract_text
from conflictkg.extract.normalize import fold_phrase


def extract(nlp, text):
    ex = extract_text(nlp, text)
    return {e.id: e for e in ex.entities}


def labels(ents):
    return {fold_phrase(x) for e in ents.values() for x in e.labels}


# ---------------------------------------------------------------- dateline credits

def test_agency_in_a_dateline_is_no_entity(nlp):
    for text in ("طرابلس (رويترز) - قالت الحكومة إن الهدنة صامدة.",
                 "لاغوس (لبنان) - أ ف ب\n\nقالت الحكومة إن الهدنة صامدة.",
                 "أثينا - رويترز\nقالت الحكومة إن الهدنة صامدة.",
                 "أديس أبابا / أ ف ب - قالت الحكومة إن الهدنة صامدة."):
        ents = extract(nlp, text)
        assert "reuters" not in ents and "afp" not in ents, text


def test_agency_named_in_the_story_or_a_caption_stays(nlp):
    ents = extract(nlp, "وقال مسؤول محلي لوكالة رويترز إن القتال توقف.")
    assert "reuters" in ents
    ents = extract(nlp, "جنود من الجيش يعبرون جسرا فوق النهر في شمال البلاد - رويترز\n\nقال الجيش إنه تقدم.")
    assert "reuters" in ents
    # the agency of the dateline is an entity when the story names it again
    ents = extract(nlp, "بغداد (رويترز) - قال مصدر أمني لرويترز إن الهجوم صد.")
    assert "reuters" in ents


def test_site_line_with_a_timestamp_after_a_bar_is_furniture(nlp):
    ents = extract(nlp, "الجزيرة نت - الدوحة | نشر في: 3 مايو 2024\n\nقالت الحكومة السودانية إن الهدنة صامدة.")
    assert "QAT" not in ents and "aljazeera" not in ents
    assert "SDN" in ents
