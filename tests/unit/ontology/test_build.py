"""build_dataset: extraction through a given extractor, one graph per article."""
from __future__ import annotations

import pytest

from conflictkg.extract.records import Article, Extraction
from conflictkg.ontology.build import build_dataset
from conflictkg.ontology.vocab import CKG, KGR


def test_build_dataset_with_an_injected_extractor(article_a: Extraction, article_b: Extraction) -> None:
    by_id = {x.article.id: x for x in (article_a, article_b)}
    ds = build_dataset([article_a.article, article_b.article], nlp="nlp",
                       extract=lambda nlp, a: by_id[a.id])
    assert len([g for g in ds.graphs() if len(g)]) == 2
    assert (KGR.THA, CKG.fights, KGR.KHM) in ds


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate article id 'a'"):
        build_dataset([Article("a", "x"), Article("a", "y")], nlp=None,
                      extract=lambda nlp, a: Extraction(a))


def test_build_dataset_with_the_real_pipeline(nlp) -> None:
    text = "اتهمت أرمينيا أذربيجان بقصف مواقعها الحدودية."
    ds = build_dataset([Article("real", text, "2022-09-13")], nlp=nlp)
    assert len(ds) > 0
