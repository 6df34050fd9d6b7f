"""Gazetteer and linguistic-lexicon loading (the data itself is checked in tests/test_lexicons.py)."""
from __future__ import annotations

from conflictkg.extract import gazetteer as gz
from conflictkg.extract.components import tokenizer_words
from conflictkg.extract.entities_lexicon import lexicon
from conflictkg.extract.normalize import fold_phrase


def test_missing_optional_file_reads_as_empty():
    assert gz.read_rows("no-such-file.tsv") == []


def test_capitals_and_seats_point_to_their_state():
    rows = gz.gazetteer()
    capitals = [r for r in rows.values() if r.kind == "capital"]
    seats = [r for r in rows.values() if r.kind == "seat"]
    if not capitals:  # seats.tsv not written yet
        return
    assert all(r.type == "Place" and rows[r.part_of].type == "State" for r in capitals)
    assert all(r.type == "Organization" and r.part_of in rows for r in seats)


def test_every_nisba_row_inflects_to_its_entity():
    lex = lexicon()
    for row in gz.nisba_rows():
        base = fold_phrase(row.nisba)
        forms = [base, "ال" + base, "ال" + base + "ه", base + "ون"]
        hits = {lex.nisba.get(f) for f in forms}
        assert row.id in hits or any(h is not None for h in hits), row


def test_titles_bodies_and_nouns_are_folded_and_complete():
    lex = lexicon()
    assert lex.titles and lex.bodies and lex.place_nouns and lex.given_names
    for t in lex.titles:
        assert t.ar == fold_phrase(t.ar) and t.en and t.kind
    for b in lex.bodies.values():
        assert b.heads and all(h == fold_phrase(h) for h in b.heads)
    # the definite form of a place noun refers back ("الإقليم")
    assert lex.place_nouns.get("الاقليم") == "ref"


def test_tokenizer_words_leave_out_clitic_composites():
    words = tokenizer_words()
    assert "الامم" in words
    assert "للامم" not in words  # would stop ل from being split off in the text
