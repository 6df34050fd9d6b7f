"""Negated, denied, conditional and interrogative statements yield no scored relation."""
from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.extract import extract_text

POLARITY = Path(__file__).resolve().parents[2] / "data" / "polarity"
SCORED = {"accuses", "calls_on", "mediates", "fights", "ceasefire", "allied_with",
          "deploys_to", "cedes_to"}


@pytest.mark.parametrize("path", sorted(POLARITY.glob("*.txt")), ids=lambda p: p.name)
def test_polarity_files_yield_no_scored_relation(nlp, path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ex = extract_text(nlp, line, published="2024-03-12")
        scored = [(r.type, r.source, r.target) for r in ex.relations if r.type in SCORED]
        assert scored == [], line


def test_the_same_sentences_without_the_cue_do_yield(nlp):
    """The polarity files are not empty by accident: drop the cue and the relation appears."""
    for text in ("اتهمت الهند باكستان بالوقوف وراء الهجوم.",
                 "اتهمت تركيا اليونان بالتصعيد.",
                 "تدعو الصين روسيا إلى الانسحاب من أوكرانيا."):
        ex = extract_text(nlp, text, published="2024-03-12")
        assert any(r.type in SCORED for r in ex.relations), text


def test_denial_yields_denies(nlp):
    ex = extract_text(nlp, "ودحضت الصين اتهامات الهند لها بخرق الاتفاق.")
    assert [(r.type, r.source, r.target) for r in ex.relations] == [("denies", "CHN", "IND")]


def test_denial_targets_the_accuser_not_the_content(nlp):
    ex = extract_text(nlp, "ورفضت إيران الاتهامات الأمريكية بتزويد روسيا بصواريخ.")
    got = {(r.type, r.source, r.target) for r in ex.relations}
    assert ("denies", "IRN", "USA") in got
    assert ("denies", "IRN", "RUS") not in got
    assert not any(t == "accuses" for t, *_ in got)


def test_no_stated_conflict_no_implied_truce_or_fighting(nlp):
    """Without a conflict stated in the text, "the truce"/"the fighting" name no pair."""
    text = "زار وزير خارجية فرنسا الهند وباكستان. وقال إن الهدنة صامدة وإن القتال توقف."
    ex = extract_text(nlp, text, published="2024-03-12")
    assert not [r for r in ex.relations if r.type in ("ceasefire", "fights")]
