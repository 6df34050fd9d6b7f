"""A movement's gazetteer name written with its scope («جيش التحرير الوطني في كولومبيا») names that
row when written bare only in an article that names the scope; elsewhere the same words are
another organization (many movements share a name)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text


def ids(nlp, text: str) -> set[str]:
    return {e.id for e in extract_text(nlp, text, published="2024-03-12").entities}


@pytest.mark.parametrize("text", [
    "وقال الجيش الكولومبي إن مسلحين من جيش التحرير الوطني هاجموا قاعدة في إقليم أراوكا.",
    "وأعلنت بوغوتا استئناف المحادثات مع جيش التحرير الوطني الأسبوع المقبل.",
])
def test_bare_scoped_name_is_the_row_when_its_scope_is_named(nlp, text):
    assert "eln" in ids(nlp, text)


@pytest.mark.parametrize("text", [
    "وقالت الشرطة المقدونية إن مسلحين من جيش التحرير الوطني هاجموا مركزا في مدينة تيتوفو.",
    "وكان جيش التحرير الوطني قد خاض معارك ضد القوات الجزائرية في الخمسينيات.",
])
def test_bare_scoped_name_elsewhere_is_another_organization(nlp, text):
    got = ids(nlp, text)
    assert "eln" not in got and any(x.startswith("org/") for x in got), got
