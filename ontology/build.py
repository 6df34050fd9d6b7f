"""Articles -> one rdflib ``Dataset`` (extraction, then mapping), for small in-memory work.

``conflictkg.build`` writes into the on-disk ``Store`` instead; this is the
notebook/test path that needs no store.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rdflib import Dataset

from conflictkg.extract.records import Article, Extraction
from conflictkg.ontology.mapping import article_graph_iri, bind_prefixes, extraction_triples

Extractor = Callable[[Any, Article], Extraction]


def build_dataset(articles: Iterable[Article], nlp: Any = None, *,
                  extract: Extractor | None = None) -> Dataset:
    """Extract every article and return all their named graphs in one ``Dataset``.

    Parameters
    ----------
    articles
        ``Article`` records (ids must be unique).
    nlp
        A loaded pipeline (``conflictkg.extract.load_pipeline()``); loaded when omitted.
    extract
        The extraction function, ``conflictkg.extract.extract_article`` by default.

    Raises
    ------
    ValueError
        On a duplicate article id or a record the mapping rejects.

    Examples
    --------
    >>> from conflictkg.extract.records import Article, Extraction
    >>> ds = build_dataset([Article("a1", "نص."), Article("a2", "نص آخر.")], nlp=object(),
    ...                    extract=lambda nlp, a: Extraction(a))
    >>> sorted(str(g.identifier).rsplit("/", 1)[1] for g in ds.graphs() if len(g))
    ['a1', 'a2']
    """
    if extract is None:
        from conflictkg.extract import extract_article, load_pipeline

        extract = extract_article
        if nlp is None:
            nlp = load_pipeline()
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise ValueError(f"duplicate article id {article.id!r}")
        seen.add(article.id)
        graph = ds.graph(article_graph_iri(article.id))
        for triple in extraction_triples(extract(nlp, article)):
            graph.add(triple)
    return ds


__all__ = ["build_dataset"]
