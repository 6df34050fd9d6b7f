"""Extraction layer: Arabic news text -> plain records.

Takes ``Article`` records (or text) and returns ``Extraction`` records
(entities with labels, roles and ``part_of``; relation mentions with evidence;
casualty figures). May import spaCy and the standard library only; nothing
here downloads anything.
"""
from __future__ import annotations

from .pipeline import extract_article, extract_text, load_pipeline
from .records import (
    Article, Casualty, Entity, Evidence, Extraction, Mention, Offsets, RelationMention, Role,
)

__all__ = [
    "Article", "Casualty", "Entity", "Evidence", "Extraction", "Mention", "Offsets",
    "RelationMention", "Role", "extract_article", "extract_text", "load_pipeline",
]
