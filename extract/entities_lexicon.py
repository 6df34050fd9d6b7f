"""Linguistic lexicons of entity recognition, read once from ``extract/lexicons``.

Titles, government-body heads, place nouns, direction words, organization
heads, given names, name stoppers and name particles are data files (see
``lexicons/SOURCES.md``); this module folds them into lookup tables. Gazetteer
rows and nisba adjectives come from ``gazetteer.py``.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from .gazetteer import GazetteerRow, gazetteer, nisba_rows
from .normalize import fold, fold_phrase, nisba_forms, nisba_pairs


@dataclass(frozen=True)
class Title:
    """An office or honorific written before a name (``المتحدث باسم``)."""

    ar: str
    en: str
    kind: str  # office | head | minister | minister-generic | spokes | rank | honorific
    alone: bool  # may stand for its holder without a name ("the Secretary-General")


@dataclass(frozen=True)
class Body:
    """A government-body head noun (``وزارة الدفاع``) built into ``<state>/<key>``."""

    key: str
    heads: tuple[str, ...]
    shorts: tuple[str, ...]  # short forms only valid with a stated owner (``الدفاع الأرمينية``)
    name_en: str
    subtype: str  # GovernmentBody | ArmedForce | STATE (the body stands for the state)
    bare: bool  # a bare mention ("الجيش") refers back to the same body of the document
    link: str = "part_of"  # "none": the nisba names an affiliation, not an owner (مسلحون صرب)
    context: bool = True  # bare and never named: the body of the state in context (bare=back: no)


@dataclass
class Lexicon:
    """Every folded lookup table the entity recognizer needs."""

    gaz: dict[str, GazetteerRow]
    titles: list[Title]
    bodies: dict[str, Body]
    place_nouns: dict[str, str]  # folded noun -> kind (same | facility | list | border | ref | event | attack)
    directions: dict[str, str]  # folded word -> English
    org_heads: dict[str, str]  # folded head (with and without article) -> kind
    given_names: frozenset[str]
    stoppers: frozenset[str]
    particles: frozenset[str]
    title_modifiers: frozenset[str]
    bylines: frozenset[str]
    clutter: tuple[str, ...]  # fold()ed words that open a page-furniture line
    broad_regions: frozenset[str]  # place ids of continents / macro-regions
    region_adjectives: frozenset[str]
    nisba: dict[str, str]  # folded inflected form -> entity id
    nisba2: dict[tuple[str, str], str] = field(default_factory=dict)  # two-word nisba token pairs
    place_definite: frozenset[str] = frozenset()  # place nouns whose name may carry the article
    given_spellings: frozenset[str] = frozenset()  # given names as written (إمام, not أمام)
    object_nouns: frozenset[str] = frozenset()  # common nouns opening an object after a name (± article)
    name_genitives: frozenset[str] = frozenset()  # genitives naming a movement after a bare head (التحرير)
    remit_masdars: frozenset[str] = frozenset()  # verbal nouns opening a name's remit after ل (تحرير)
    name_suffixes: frozenset[str] = frozenset()  # surname suffixes written apart (زاده، أوغلو)
    portfolio_nouns: frozenset[str] = frozenset()  # folded, bare and with ال / ل (للشؤون)
    adjective_places: frozenset[str] = frozenset()  # place ids whose bare name is a common adjective
    not_bodies: frozenset[str] = frozenset()  # folded two-word phrases that open with a body head
    noun_given_names: frozenset[str] = frozenset()  # given names that are also idafa heads (حسن)
    regional_seats: dict[str, str] = field(default_factory=dict)  # seat city -> its government
    compound_parts: frozenset[str] = frozenset()  # "الدين" in "نور الدين": one name unit
    quantifiers: frozenset[str] = frozenset()  # "أي"، "عدة": a counted indefinite noun names nothing
    backing: frozenset[str] = frozenset()  # "المدعوم": after a bare head noun it describes, names nothing
    phrases: list[tuple[str, str]] = field(default_factory=list)  # (match key, folded phrase)

    def words(self) -> set[str]:
        """Folded words a proclitic may be cut from (see ``ArabicTokenizer``)."""
        out: set[str] = set(self.given_names) | set(self.stoppers) | set(self.nisba) \
            | set(self.title_modifiers)
        for _, phrase in self.phrases:
            out.update(phrase.split())
        return out


def _lines(name: str) -> list[str]:
    path = files("conflictkg.extract").joinpath("lexicons", name)
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def _tsv(name: str) -> list[dict[str, str]]:
    return [{k: (v or "").strip() for k, v in r.items()}
            for r in csv.DictReader(_lines(name), delimiter="\t")]


def _alts(value: str) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("|") if v)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and fold all entity lexicons (cached; package data never changes).

    Examples
    --------
    >>> lex = lexicon()
    >>> lex.place_nouns["قريه"]
    'same'
    >>> lex.bodies["mod"].heads
    ('وزاره الدفاع',)
    """
    gaz = gazetteer()
    titles = [Title(ar=fold_phrase(r["title_ar"]), en=r["title_en"], kind=r["kind"],
                    alone=r.get("alone") == "yes") for r in _tsv("titles.tsv")]
    bodies = {r["key"]: Body(key=r["key"],
                             heads=tuple(fold_phrase(h) for h in _alts(r["heads_ar"])),
                             shorts=tuple(fold_phrase(h) for h in _alts(r.get("short_ar", ""))),
                             name_en=r["name_en"], subtype=r.get("subtype", ""),
                             bare=r.get("bare") in ("yes", "back"), link=r.get("link") or "part_of",
                             context=r.get("bare") == "yes")
              for r in _tsv("bodies.tsv")}
    place_nouns = {fold_phrase(r["noun_ar"]): r["kind"] for r in _tsv("place_nouns.tsv")}
    place_definite = frozenset(fold_phrase(r["noun_ar"]) for r in _tsv("place_nouns.tsv")
                               if r.get("definite_name") == "yes")
    for noun, kind in list(place_nouns.items()):
        if kind == "same" and not noun.startswith("ال") and " " not in noun:
            place_nouns.setdefault("ال" + noun, "ref")  # "الإقليم": back to "إقليم X"
    directions = {fold_phrase(r["direction_ar"]): r["name_en"] for r in _tsv("directions.tsv")}
    org_heads: dict[str, str] = {}
    for r in _tsv("org_heads.tsv"):
        head = fold_phrase(r["head_ar"])
        org_heads[head] = r["kind"]
        org_heads.setdefault("ال" + head, r["kind"])
    nisba: dict[str, str] = {}
    gaz_names = {fold_phrase(n) for row in gaz.values() for n in row.names}
    for row in nisba_rows():
        for form in nisba_forms(row.nisba, row.plurals):
            if form not in gaz_names:
                nisba.setdefault(form, row.id)
    nisba2: dict[tuple[str, str], str] = {}
    for row in nisba_rows():
        for pair in nisba_pairs(row.nisba):
            if " ".join(pair) not in gaz_names:
                nisba2.setdefault(pair, row.id)
    lex = Lexicon(
        gaz=gaz, titles=titles, bodies=bodies, place_nouns=place_nouns,
        directions=directions, org_heads=org_heads,
        given_names=frozenset(fold_phrase(w) for w in _lines("given_names.txt")),
        stoppers=frozenset(fold_phrase(w) for w in _lines("name_stoppers.txt")),
        particles=frozenset(fold_phrase(w) for w in _lines("name_particles.txt")),
        title_modifiers=frozenset(fold_phrase(w) for w in _lines("title_modifiers.txt")),
        bylines=frozenset(fold_phrase(w) for w in _lines("byline_markers.txt")),
        broad_regions=frozenset(_lines("broad_regions.txt")),
        adjective_places=frozenset(_lines("adjective_places.txt")),
        portfolio_nouns=frozenset(f for w in _lines("portfolio_nouns.txt")
                                  for f in (fold_phrase(w), "ال" + fold_phrase(w), "ل" + fold_phrase(w))),
        clutter=tuple(sorted({fold(w) for w in _lines("clutter_markers.txt")}, key=len, reverse=True)),
        region_adjectives=frozenset(fold_phrase(w) for w in _lines("region_adjectives.txt")),
        nisba=nisba,
        nisba2=nisba2,
        place_definite=place_definite,
        given_spellings=frozenset(_lines("given_names.txt")),
        object_nouns=frozenset(f for w in _lines("object_nouns.txt")
                               for f in (fold_phrase(w), "ال" + fold_phrase(w))),
        name_genitives=frozenset(fold_phrase(w) for w in _lines("name_genitives.txt")),
        remit_masdars=frozenset(fold_phrase(w) for w in _lines("remit_masdars.txt")),
        name_suffixes=frozenset(fold_phrase(w) for w in _lines("name_suffixes.txt")),
        not_bodies=frozenset(fold_phrase(w) for w in _lines("not_bodies.txt")),
        noun_given_names=frozenset(fold_phrase(w) for w in _lines("noun_given_names.txt")),
        backing=frozenset(fold_phrase(w) for w in _lines("backing_participles.txt")),
        quantifiers=frozenset(fold_phrase(w) for w in _lines("quantifiers.txt")),
        compound_parts=frozenset(fold_phrase(w) for w in _lines("compound_name_parts.txt")),
        regional_seats={r["place_id"]: r["government_id"] for r in _tsv("regional_seats.tsv")
                        if r["place_id"] in gaz and r["government_id"] in gaz},
    )
    phrases: list[tuple[str, str]] = []
    for row in gaz.values():
        for name in row.names:
            folded = fold_phrase(name)
            phrases.append((f"G|{row.id}", folded))
            first, _, rest = folded.partition(" ")
            if rest and len(first) >= 5 and first.startswith("م") and first.endswith("و") \
                    and len(rest.split()) <= 3:
                # "متطوعو الدفاع عن الوطن" (a participle's plural in construct) is "متطوعي ..."
                # as object or genitive
                phrases.append((f"G|{row.id}", first[:-1] + "ي " + rest))
    for i, t in enumerate(titles):
        phrases.append((f"T|{i}", t.ar))
    for b in bodies.values():
        for h in b.heads:
            phrases.append((f"B|{b.key}|full", h))
        for h in b.shorts:
            phrases.append((f"B|{b.key}|short", h))
    for noun in place_nouns:
        phrases.append((f"P|{noun}", noun))
    for d in directions:
        phrases.append((f"D|{d}", d))
    for h in org_heads:
        phrases.append((f"O|{h}", h))
    lex.phrases = [(k, p) for k, p in phrases if p]
    return lex
