"""Casualty forms of war summaries: an army's losses (``خسر الجيش نحو ألف من عناصره``),
tolls hedged after «بـ» and their victims between the noun and the figure, the dual
hundreds (مئتا، مئتي), a war between two states as both sides' toll, and unnamed sources
that are not the last speaker (sentences written for these tests)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text


def keys(nlp, text: str) -> set[tuple[tuple[str, ...], int | None]]:
    out = set()
    for c in extract_text(nlp, text, published="1999-03-12").casualties:
        side = c.side if isinstance(c.side, (list, tuple)) else [c.side]
        out.add((tuple(sorted(x.split("/")[0] for x in side if x)), c.killed))
    return out


@pytest.mark.parametrize("text, side, value", [
    ("وخسر الجيش التشادي نحو ألف من عناصره في تلك المعارك.", ("TCD",), 1000),
    ("وفقدت القوات الإريترية قرابة 300 من جنودها.", ("ERI",), 300),
    ("وخسر الجيش الإثيوبي 120 جنديا في الهجوم.", ("ETH",), 120),
])
def test_the_losing_subject_is_the_side_of_its_dead(nlp, text, side, value):
    assert (side, value) in keys(nlp, text)


@pytest.mark.parametrize("text", [
    "وخسرت إثيوبيا 300 كيلومتر مربع من أراضيها.",  # ground, not soldiers
    "وفقدت الحكومة السيطرة على 12 بلدة.",
])
def test_losing_ground_is_no_toll(nlp, text):
    assert not keys(nlp, text)


@pytest.mark.parametrize("text, value", [
    ("وقدّر دبلوماسيون عدد القتلى في صفوف الكويتيين بما لا يقل عن مئتي شخص.", 200),
    ("وقدّر مسؤولون عدد القتلى في صفوف الكويتيين بأكثر من 150 شخصا.", 150),
])
def test_a_hedged_toll_takes_the_victims_between_noun_and_figure(nlp, text, value):
    assert (("KWT",), value) in keys(nlp, text)


def test_dual_hundreds_in_construct_count_two_hundred(nlp):
    assert any(v == 200 for _, v in keys(nlp, "وقتل مئتا شخص في القصف على البلدة."))


def test_a_war_between_two_states_kills_on_both_sides(nlp):
    text = ("اندلعت معارك عنيفة بين إثيوبيا وإريتريا على الحدود. وتقول منظمات إنسانية إن الحرب "
            "التي اندلعت عام 1998 أودت بحياة نحو 70 ألف شخص من البلدين.")
    assert (("ERI", "ETH"), 70000) in keys(nlp, text)


def test_an_attack_during_the_war_is_not_the_whole_war(nlp):
    text = ("اندلعت معارك عنيفة بين إثيوبيا وإريتريا على الحدود. وأسفر هجوم على قرية إثيوبية "
            "خلال الحرب عن مقتل 12 مدنيا.")
    assert (("ERI", "ETH"), 12) not in keys(nlp, text)


def test_an_unnamed_source_is_not_the_last_speaker(nlp):
    text = ("وأعلنت الحكومة الإندونيسية حالة الطوارئ في الإقليم. وقالت مصادر محلية إن 9 أشخاص "
            "قتلوا في الاشتباكات.")
    got = extract_text(nlp, text, published="2003-05-20").casualties
    assert got and all(c.reported_by is None for c in got), got


def test_a_toll_counted_by_the_un_is_not_the_uns_dead(nlp):
    text = "وأودى النزاع في شمال شرق نيجيريا منذ عام 2009 بحياة أكثر من 40 ألف شخص، وفق تقديرات الأمم المتحدة."
    assert not any("UN" in side for side, _ in keys(nlp, text))
