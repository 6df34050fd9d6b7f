"""Extraction layer: Arabic news text -> plain records.

Takes ``Article`` records (or text) and returns ``Extraction`` records
(entities with labels, roles and ``part_of``; relation mentions with evidence;
casualty figures). May import spaCy and the standard library only; nothing
here downloads anything.

The records import without spaCy; the pipeline functions load spaCy on first
use, so a caller that only needs the records (the store, the viewer) never pays
for it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import (
    Article, Casualty, Entity, Evidence, Extraction, Mention, Offsets, RelationMention, Role,
)

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import extract_article, extract_text, load_pipeline

_PIPELINE_NAMES = frozenset({"extract_article", "extract_text", "load_pipeline"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE_NAMES:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Article", "Casualty", "Entity", "Evidence", "Extraction", "Mention", "Offsets",
    "RelationMention", "Role", "extract_article", "extract_text", "load_pipeline",
]
