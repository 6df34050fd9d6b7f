"""Gazetteer rows (TSV package data) and the phrase patterns made from them."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .normalize import fold_phrase

GAZETTEER_FILES = ("states.tsv", "organizations.tsv")


@dataclass(frozen=True)
class GazetteerRow:
    """One gazetteer entry; ``id`` mints the entity IRI."""

    id: str
    type: str
    subtype: str
    canonical_ar: str
    variants: tuple[str, ...]
    name_en: str
    part_of: str
    wikidata: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical_ar, *self.variants)


def read_rows(name: str) -> list[GazetteerRow]:
    """Read one lexicon TSV from ``conflictkg.extract/lexicons``."""
    text = files("conflictkg.extract").joinpath("lexicons", name).read_text(encoding="utf-8")
    rows = []
    for r in csv.DictReader(text.splitlines(), delimiter="\t"):
        rows.append(GazetteerRow(
            id=r["id"], type=r["type"], subtype=r.get("subtype") or "",
            canonical_ar=r["canonical_ar"],
            variants=tuple(v for v in (r.get("variants") or "").split("|") if v),
            name_en=r.get("name_en") or "", part_of=r.get("part_of") or "",
            wikidata=r.get("wikidata") or "",
        ))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerRow]:
    """All gazetteer rows by id (cached: the files are immutable package data)."""
    out: dict[str, GazetteerRow] = {}
    for name in GAZETTEER_FILES:
        for row in read_rows(name):
            if row.id in out:
                raise ValueError(f"duplicate gazetteer id {row.id!r} in {name}")
            out[row.id] = row
    return out


def phrase_patterns() -> list[dict[str, str]]:
    """``{"label", "pattern", "id"}`` patterns, one per name, text folded."""
    pats = []
    for row in gazetteer().values():
        for name in row.names:
            pats.append({"label": row.type, "pattern": fold_phrase(name), "id": row.id})
    return pats


def known_words() -> set[str]:
    """Folded words that may follow a proclitic (first words of every name)."""
    words: set[str] = set()
    for row in gazetteer().values():
        for name in row.names:
            for w in fold_phrase(name).split():
                words.add(w)
    return words
