"""Event dates: cheap phrase finder + dateparser relative to the published date."""
from __future__ import annotations

import time

import pytest

from conflictkg.extract.dates import DateResolver, find_date_phrase, resolve_date


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت الوزارة أمس إن", "2022-09-12"),
    ("وأعلنت الوزارة الثلاثاء أن", "2022-09-13"),     # publication weekday = that day
    ("وأعلنت الوزارة الإثنين أن", "2022-09-12"),
    ("وقع الهجوم فجر اليوم", "2022-09-13"),
    ("ودخل حيز التنفيذ في 10 تشرين الثاني/نوفمبر 2020", "2020-11-10"),
    ("وفي 13 أيلول/سبتمبر اندلعت المعارك", "2022-09-13"),
    ("وكانت قد أعلنت الشهر الماضي", "2022-08-13"),
    ("بلا تاريخ في هذه الجملة", None),
])
def test_dates(sentence, expected):
    assert DateResolver().date_of(sentence, "2022-09-13") == expected


def test_no_published_date_no_date():
    assert DateResolver().date_of("وقالت الوزارة أمس", None) is None
    assert DateResolver().date_of("وقالت الوزارة أمس", "not-a-date") is None


def test_future_dates_are_dropped():
    assert resolve_date("dmy", "10 نوفمبر 2030", "2022-09-13") is None


def test_fast_after_warmup():
    DateResolver().date_of("أمس", "2022-09-13")
    sentences = [f"وقالت الوزارة في {d} سبتمبر إن" for d in range(1, 29)] * 20
    t = time.perf_counter()
    for s in sentences:
        DateResolver().date_of(s, "2022-09-13")
    per = (time.perf_counter() - t) / len(sentences)
    assert per < 0.002, per  # cached per phrase: well under 2 ms a sentence
    assert find_date_phrase("لا شيء هنا") is None
