"""Where a deployment goes when a locative noun or a locative preposition stands before the
place (``إلى محيط X``، ``عند مداخل X``، ``قرب X``، ``على مشارف X``), verbs of bringing in
forces (استقدم), and a glued-word repair that must not cut such verbs (sentences written
for these tests)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text
from conflictkg.extract.normalize import split_glued


def deployments(nlp, text: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text, published="2024-03-12")
    return {(r.source, r.target) for r in ex.relations if r.type == "deploys_to"}


@pytest.mark.parametrize("text", [
    "وأرسل الجيش النيجيري تعزيزات إلى محيط مدينة باما.",
    "وأرسل الجيش النيجيري تعزيزات إلى أطراف مدينة باما.",
    "ونشر الجيش النيجيري كتيبتين قرب مدينة باما.",
    "ونشر الجيش النيجيري كتيبتين عند مداخل مدينة باما.",
    "ونشر الجيش النيجيري كتيبتين بالقرب من مدينة باما.",
    "ونشر الجيش النيجيري كتيبتين على مشارف مدينة باما.",
    "واستقدم الجيش النيجيري تعزيزات إلى مدينة باما.",
])
def test_deployment_place_after_locative_words(nlp, text):
    assert ("NGA", "bama") in {(s.split("/")[0], t) for s, t in deployments(nlp, text)}


def test_a_place_after_a_non_locative_noun_is_no_destination(nlp):
    text = "ونشر الجيش النيجيري كتيبتين بعد هجوم مدينة باما."
    assert not deployments(nlp, text)


@pytest.mark.parametrize("word", ["واستقدم", "واستقبل", "واستنكرت"])
def test_a_verb_is_not_cut_after_a_short_known_word(word):
    known = {"واس", "تقدم", "تقبل", "تنكرت"}.__contains__
    assert split_glued(word, known) == [word]
