"""conflictkg: Arabic conflict news -> knowledge graph (public API).

Takes article files, corpora or text; returns stores, query results and HTML.
May import every layer (``conflictkg.extract``, ``conflictkg.ontology``,
``conflictkg.graph``); heavy modules are imported lazily inside functions.
"""
from __future__ import annotations

__all__: list[str] = []
