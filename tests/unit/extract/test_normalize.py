"""Orthographic folding, clitic segmentation and nisba morphology (own example words)."""
from __future__ import annotations

import pytest

from conflictkg.extract.normalize import (
    ArabicTokenizer, fold, fold_phrase, nisba_forms, split_proclitics, strip_enclitic,
)


def test_fold_unifies_alef_yeh_taa_and_drops_marks():
    assert fold("إيرانيّة") == fold("ايرانيه")
    assert fold("مصطفى") == "مصطفي"
    assert fold("قتيلاً") == "قتيلا"
    assert fold("الـحكومة") == "الحكومه"


def test_fold_phrase_drops_punctuation_and_spaces():
    assert fold_phrase("  «الأمم   المتحدة»، ") == "الامم المتحده"


@pytest.mark.parametrize("word, known, parts", [
    ("وأذربيجان", {"اذربيجان"}, ["و", "أذربيجان"]),
    ("لأذربيجان", {"اذربيجان"}, ["ل", "أذربيجان"]),
    ("وبالأمم", set(), ["و", "ب", "الأمم"]),
    ("للأمم", {"الامم"}, ["ل", "لأمم"]),
    ("فلباكستان", {"باكستان"}, ["ف", "ل", "باكستان"]),
    ("كالجيش", set(), ["ك", "الجيش"]),
    ("وزير", set(), ["وزير"]),           # و is a root letter here
    ("بوتين", set(), ["بوتين"]),          # no known remainder: never split
])
def test_split_proclitics(word, known, parts):
    assert split_proclitics(word, known.__contains__) == parts


def test_known_word_is_never_split():
    # "فيما" would read as ف + "يما" if the whole word were not known itself
    assert split_proclitics("فيما", {"فيما", "يما"}.__contains__) == ["فيما"]


def test_strip_enclitic_pronouns():
    known = {"وزير", "حكومه", "باسم"}.__contains__
    assert strip_enclitic("وزيرها", known) == "وزير"
    assert strip_enclitic("وزيرهم", known) == "وزير"
    assert strip_enclitic("حكومتها", known) == "حكومه"
    assert strip_enclitic("باسمه", known) == "باسم"
    assert strip_enclitic("مدينتها", known) is None


def test_nisba_forms_cover_all_inflections():
    forms = nisba_forms("أرميني", ["أرمن"])
    for w in ("أرميني", "الأرمينية", "الأرمينيون", "الأرمينيين", "أرمينيات", "الأرمن",
              "أرمينيتان", "أرمينياً"):
        assert fold_phrase(w) in forms, w
    forms = nisba_forms("أذربيجاني")
    assert fold_phrase("الأذربيجانيون") in forms
    assert fold_phrase("الأذربيجانية") in forms
    # a hamza-initial base keeps its first letters and still takes the article
    assert fold_phrase("الألمانية") in nisba_forms("ألماني")


def test_tokenizer_keeps_offsets_and_splits_known(nlp):
    tok = ArabicTokenizer(nlp.vocab, ["أذربيجان", "الأمم"])
    text = "ودعت وأذربيجان للأمم المتحدة، قتيلاً."
    doc = tok(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[:3] == ["ودعت", "و", "أذربيجان"]
    assert "ل" in words and "لأمم" in words
    assert words[-2:] == ["قتيلاً", "."]


def test_pipeline_norm_restores_article_and_strips_enclitic(nlp):
    doc = nlp.make_doc("ودعا للأمم ووزيرها")
    for _, proc in nlp.pipeline[:1]:
        doc = proc(doc)
    norms = [t.norm_ for t in doc]
    assert "الامم" in norms
    assert "وزير" in norms


def test_run_together_words_are_cut_only_into_known_words(nlp):
    doc = nlp("وقالت وزارةالدفاع الروسية إن الوفد وصل.")
    words = [t.text for t in doc]
    assert "وزارة" in words and "الدفاع" in words
    assert "RUS/mod" in {e.kb_id_ for e in doc.ents}
    assert "وزارة الدفاع الروسية" in doc._.entities["RUS/mod"].labels
    # a long unknown name stays whole
    assert "كوستيانتينيفكا" in [t.text for t in nlp("دخلت القوات كوستيانتينيفكا.")]
