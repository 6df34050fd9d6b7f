"""Peace agreements signed or reached count as the truce the two sides agree on; one only
discussed, drafted, threatened or called for does not (sentences written for these tests)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text

FIGHT = "اندلعت اشتباكات بين الجيش الفلبيني وجبهة مورو الإسلامية للتحرير. "


def truces(nlp, text: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text, published="2014-03-28")
    return {(r.source, r.target) for r in ex.relations if r.type == "ceasefire"}


@pytest.mark.parametrize("text", [
    # VSO, coordinated subject, however far the verb stands from the agreement noun
    "وقّعت الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير أمس في كوالالمبور اتفاق سلام شامل.",
    # a memorandum "to end the conflict"
    "وقعت الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير مذكرة تفاهم لإنهاء النزاع في مينداناو.",
    # reached, not signed
    "وتوصلت الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير إلى اتفاقية لإحلال السلام.",
])
def test_a_signed_or_reached_accord_is_a_truce_of_its_signatories(nlp, text):
    assert truces(nlp, text) == {("PHL", "milf")} or truces(nlp, text) == {("milf", "PHL")}


def test_an_accord_signed_in_the_past_takes_the_article_pair(nlp):
    pairs = truces(nlp, FIGHT + "وكان اتفاق السلام الذي وقعه الطرفان عام 2001 قد انهار.")
    assert {frozenset(p) for p in pairs} == {frozenset(("PHL/army", "milf"))}


@pytest.mark.parametrize("tail", [
    "ودعا الأمين العام الطرفين إلى توقيع اتفاق السلام.",  # called for
    "وبدأت في كوالالمبور مفاوضات اتفاق السلام.",  # negotiated, not signed
    "ولم يوقع الطرفان اتفاق السلام بعد.",  # negated
    "وهدد الجيش بإلغاء اتفاق السلام إذا لم توقع الجبهة.",  # conditional
])
def test_an_accord_not_signed_is_no_truce(nlp, tail):
    assert not truces(nlp, FIGHT + tail)
