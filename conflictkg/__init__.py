"""conflictkg: Arabic conflict news -> knowledge graph (public API).

Takes article files, ``.jsonl`` corpora or text; returns stores, query rows,
networkx graphs and offline HTML. May import every layer
(``conflictkg.extract`` -> ``conflictkg.ontology`` -> ``conflictkg.graph``);
heavy modules load lazily inside each function.
"""
from __future__ import annotations

from conflictkg.api import (
    BuildReport, build, events, export, extract_file, graph_of, html_of, load, query, serve, validate, view,
)

__all__ = [
    "BuildReport", "build", "events", "export", "extract_file", "graph_of", "html_of", "load", "query",
    "serve", "validate", "view",
]
