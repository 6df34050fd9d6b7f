"""Gazetteer rows (TSV package data) and the phrase patterns made from them.

Files (all in ``extract/lexicons``; the ones other than ``states.tsv`` are
optional so the pipeline still loads while the data is being written):

- ``states.tsv``, ``organizations.tsv``, ``armed_groups.tsv``, ``places.tsv``:
  ``id, type, subtype, canonical_ar, variants, name_en, part_of, wikidata, ...``
- ``seats.tsv``: capitals (``kind=capital``, a Place that stands for its State
  when used as an actor) and seats of power (``kind=seat``, an Organization
  part_of the State): ``id, kind, type, canonical_ar, variants, state, name_en, wikidata``.
- ``nisba.tsv`` (states) and ``nisba_orgs.tsv`` (IGOs): ``id, nisba, plural``:
  the masculine singular relational adjective (``أرميني``, ``أممي``) and its
  irregular plurals (``أرمن``); one row per spelling.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .normalize import fold_phrase

GAZETTEER_FILES = ("states.tsv", "organizations.tsv", "armed_groups.tsv", "places.tsv")
SEATS_FILE = "seats.tsv"
NISBA_FILES = ("nisba.tsv", "nisba_orgs.tsv")


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
    kind: str = ""  # seats.tsv: "capital" | "seat"; empty elsewhere

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical_ar, *self.variants)


@dataclass(frozen=True)
class NisbaRow:
    """A relational adjective: ``nisba`` (masc. sg., no article) of entity ``id``."""

    id: str
    nisba: str
    plurals: tuple[str, ...]


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of one lexicon TSV as dicts; ``[]`` when the file is absent."""
    path = files("conflictkg.extract").joinpath("lexicons", name)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items() if k}
            for r in csv.DictReader(lines, delimiter="\t")]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_rows(name: str) -> list[GazetteerRow]:
    """Read one entity lexicon TSV from ``conflictkg.extract/lexicons``."""
    rows = []
    for r in _read_tsv(name):
        if not r.get("id") or not r.get("canonical_ar"):
            continue
        if name == SEATS_FILE:
            rows.append(GazetteerRow(
                id=r["id"], type=r.get("type") or "Place",
                subtype=r.get("subtype") or "", canonical_ar=r["canonical_ar"],
                variants=_split(r.get("variants")), name_en=r.get("name_en") or "",
                part_of=r.get("state") or r.get("part_of") or "",
                wikidata=r.get("wikidata") or "", kind=r.get("kind") or ""))
        else:
            rows.append(GazetteerRow(
                id=r["id"], type=r.get("type") or "Organization",
                subtype=r.get("subtype") or "", canonical_ar=r["canonical_ar"],
                variants=_split(r.get("variants")), name_en=r.get("name_en") or "",
                part_of=r.get("part_of") or "", wikidata=r.get("wikidata") or ""))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerRow]:
    """All gazetteer rows by id (cached: the files are immutable package data).

    Examples
    --------
    >>> gazetteer()["ARM"].type
    'State'
    """
    out: dict[str, GazetteerRow] = {}
    for name in (*GAZETTEER_FILES, SEATS_FILE):
        for row in read_rows(name):
            if row.id in out:
                raise ValueError(f"duplicate gazetteer id {row.id!r} in {name}")
            out[row.id] = row
    return out


@lru_cache(maxsize=1)
def nisba_rows() -> tuple[NisbaRow, ...]:
    """Rows of ``nisba.tsv`` (empty when the file is absent)."""
    return tuple(NisbaRow(id=r["id"], nisba=r["nisba"], plurals=_split(r.get("plural")))
                 for name in NISBA_FILES for r in _read_tsv(name)
                 if r.get("id") and r.get("nisba"))


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
