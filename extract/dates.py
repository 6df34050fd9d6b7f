"""Event dates: a cheap finder for date phrases, then ``dateparser`` against the published date.

``dateparser`` is accurate but slow on free text (its first Arabic call costs
about 0.3 s, later ones about 1-2 ms, and ``search_dates`` over a sentence
is far slower). So a regex built from dateparser's *own* Arabic locale data
(month and weekday names, relative expressions such as ``أمس``،
``الشهر الماضي``) first finds a short candidate phrase in the sentence; only
that phrase is parsed, and results are cached per (phrase, published date).

Conventions of Arabic news handled on top of dateparser:

- a weekday names the latest such day *including* the publication day
  (``الثلاثاء`` in an article of Tuesday 13 September is that day);
- a Levantine/Iraqi month written with its MSA twin (``أيلول/سبتمبر``) is
  parsed through the twin, which dateparser knows;
- times of day (``فجر``، ``مساء``) and ``اليوم`` before a weekday are
  dropped from the phrase.
"""
from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime, timedelta
from functools import lru_cache

from .normalize import fold

#: Words before a weekday that only say the time of day (folded).
TIME_OF_DAY = ("فجر", "صباح", "مساء", "ليل", "ليله", "ظهر", "عصر", "اليوم", "يوم", "منتصف")
MAX_CACHE = 4096


@lru_cache(maxsize=1)
def _locale_words() -> dict[str, list[str]]:
    """Month, weekday and relative-day words of dateparser's Arabic locale (folded)."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale("ar").info
    months = [fold(w) for k in ("january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december")
              for w in info.get(k, [])]
    days = [fold(w) for k in ("monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday") for w in info.get(k, [])]
    relative = [fold(w) for ws in info.get("relative-type", {}).values() for w in ws
                if not re.search(r"\d|\{", w)]
    return {"months": months, "days": days, "relative": relative}


@lru_cache(maxsize=1)
def _finder() -> re.Pattern[str]:
    w = _locale_words()
    alt = lambda xs: "|".join(sorted({re.escape(x) for x in xs if x}, key=len, reverse=True))  # noqa: E731
    month = rf"(?:{alt(w['months'])})"
    day = rf"(?:{alt(w['days'])})"
    rel = rf"(?:{alt(w['relative'])})"
    # "13 ايلول/سبتمبر 2020" | "سبتمبر 2020" | weekday (+ day month) | relative phrase
    dmy = rf"(?:\d{{1,2}}\s+)?(?:(?:[^\s/\d]+\s+)?[^\s/\d]+\s*/\s*)?{month}(?:\s+\d{{4}})?"
    return re.compile(
        rf"(?<!\w)(?:(?P<dmy>{dmy})|(?P<day>{day})(?:\s+(?P<dmy2>{dmy}))?|(?P<rel>{rel}))(?!\w)")


def find_date_phrase(text: str) -> tuple[str, str] | None:
    """The first date phrase of ``text`` as ``(kind, phrase)``, folded; None if there is none.

    Examples
    --------
    >>> find_date_phrase("وأعلنت الوزارة، مساء الثلاثاء، أن")
    ('day', 'الثلاثاء')
    >>> find_date_phrase("وبدأ سريان الهدنة في الـ 3 كانون الثاني/يناير 2019")
    ('dmy', '3 كانون الثاني/يناير 2019')
    >>> find_date_phrase("قال الوزير إن") is None
    True
    """
    m = _finder().search(fold(text))
    if not m:
        return None
    if m.group("dmy"):
        return "dmy", m.group("dmy")
    if m.group("day"):
        return ("day", m.group("day")) if not m.group("dmy2") else ("dmy", m.group("dmy2"))
    return "rel", m.group("rel")


def _strip_alternatives(phrase: str) -> str:
    """``10 تشرين الثاني/نوفمبر 2020`` -> ``10 نوفمبر 2020`` (keep the part after ``/``)."""
    m = re.match(r"^(\d{1,2}\s+)?[^/]*/\s*(.*)$", phrase)
    if m:
        return (m.group(1) or "") + m.group(2)
    return phrase


#: A fixed reference day for dateparser: phrases are parsed once against it and the
#: result is carried over to each article's published date by calendar arithmetic.
REFERENCE = datetime(2001, 1, 15)


@lru_cache(maxsize=MAX_CACHE)
def _parse(text: str) -> Date | None:
    """dateparser on a short phrase, relative to ``REFERENCE`` (cached: about 2.5 ms a call)."""
    import dateparser

    settings = {"RELATIVE_BASE": REFERENCE, "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["ar"], settings=settings)
    return parsed.date() if parsed is not None else None


def _add_months(day: Date, months: int) -> Date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return Date(year, month, d)
        except ValueError:
            continue
    return Date(year, month, 28)


def resolve_date(kind: str, phrase: str, published: str) -> str | None:
    """ISO date of a phrase found by :func:`find_date_phrase`, relative to ``published``.

    dateparser reads each distinct phrase once (against ``REFERENCE``); weekdays,
    relative phrases and year-less dates are then placed before ``published``.

    Examples
    --------
    >>> resolve_date("day", "الثلاثاء", "2022-09-13")
    '2022-09-13'
    >>> resolve_date("rel", "امس", "2022-09-13")
    '2022-09-12'
    >>> resolve_date("rel", "الشهر الماضي", "2022-09-13")
    '2022-08-13'
    >>> resolve_date("dmy", "10 تشرين الثاني/نوفمبر 2020", "2022-09-13")
    '2020-11-10'
    >>> resolve_date("dmy", "24 نوفمبر", "2023-11-25")
    '2023-11-24'
    """
    pub = Date.fromisoformat(published)
    text = _strip_alternatives(phrase) if kind == "dmy" else phrase
    ref = _parse(text)
    if ref is None:
        return None
    base = REFERENCE.date()
    if kind == "day":
        day = pub - timedelta(days=(pub.weekday() - ref.weekday()) % 7)
    elif kind == "rel":
        if ref.day == base.day:  # a whole number of months (or years) back
            day = _add_months(pub, (ref.year - base.year) * 12 + ref.month - base.month)
        else:
            day = pub + (ref - base)
    elif re.search(r"\d{4}", text):
        day = ref  # an absolute date
    else:
        has_day = bool(re.match(r"^\d{1,2}\s", text))
        try:
            day = Date(pub.year, ref.month, ref.day if has_day else 1)
        except ValueError:
            return None
        if day > pub:
            day = Date(pub.year - 1, day.month, day.day)
    if day > pub:
        return None
    return day.isoformat()


class DateResolver:
    """Date of the event a sentence reports, or None when the sentence gives none."""

    def date_of(self, sentence: str, published: str | None) -> str | None:
        """Examples
        --------
        >>> DateResolver().date_of("اتفق الطرفان صباح الثلاثاء على التهدئة", "2022-09-13")
        '2022-09-13'
        >>> DateResolver().date_of("اتفق الطرفان على التهدئة", "2022-09-13") is None
        True
        """
        if not published:
            return None
        try:
            Date.fromisoformat(published)
        except ValueError:
            return None
        found = find_date_phrase(sentence)
        if found is None:
            return None
        return resolve_date(found[0], found[1], published)
