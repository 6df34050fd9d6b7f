"""Text -> records equals the reviewed golden records, for the team's test articles.

Golden files (``tests/data/articles/<name>.expected.json``) change only in
commits that say why. ``pytest --update-golden`` rewrites them from the current
extractor for review.
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from conflictkg.extract import Article, extract_article
from conflictkg.inputs import article_from_file

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
ARTICLES = sorted(DATA.glob("*.txt"))


def projection(extraction) -> dict:
    """The reviewed part of an extraction: stable, order-free, offsets included."""
    data = extraction.to_json()
    ents = sorted(
        ({"id": e["id"], "type": e["type"], "labels": sorted(e["labels"]), "part_of": e["part_of"],
          "roles": [list(t) for t in sorted((r["title"], r["of"] or "") for r in e["roles"])]} for e in data["entities"]),
        key=lambda e: e["id"])
    rels = sorted(
        ({"type": r["type"], "source": r["source"], "target": r["target"], "date": r["date"],
          "evidence": [r["evidence"]["start"], r["evidence"]["end"]]} for r in data["relations"]),
        key=lambda r: (r["type"], r["source"], r["target"], r["evidence"]))
    cas = sorted(
        ({k: c[k] for k in ("side", "killed", "wounded", "missing", "reported_by")}
         for c in data["casualties"]), key=lambda c: json.dumps(c, sort_keys=True))
    return {"entities": ents, "relations": rels, "casualties": cas}


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_matches_golden(path: Path, nlp, request: pytest.FixtureRequest) -> None:
    article: Article = article_from_file(path)
    got = projection(extract_article(nlp, article))
    expected_path = path.with_suffix(".expected.json")
    if request.config.getoption("--update-golden"):
        expected_path.write_text(dump(got) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no golden file {expected_path.name}; run pytest --update-golden"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if got != expected:
        diff = "\n".join(difflib.unified_diff(dump(expected).splitlines(), dump(got).splitlines(),
                                              "expected", "got", lineterm="", n=2))
        pytest.fail(f"{path.name}: extraction differs from golden\n{diff}")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_evidence_offsets_slice_the_text(path: Path, nlp) -> None:
    article = article_from_file(path)
    x = extract_article(nlp, article)
    for r in x.relations:
        assert article.text[r.evidence.start:r.evidence.end] == r.evidence.text
    for e in x.entities:
        for m in e.mentions:
            assert article.text[m.start:m.end] == m.text


REFERENCE_SETS = sorted((DATA.parent / "heldout").glob("*.txt")) + ARTICLES


@pytest.mark.parametrize("path", REFERENCE_SETS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_json_lists_every_entity_a_fact_names(path: Path) -> None:
    """``extract --format json`` lists each id its relations (inferred ones too) and casualties use.

    Inferred mediation can roll a person up to the state they speak for, a state the
    article never names on its own; the scorer and any JSON consumer still need it listed.
    """
    from conflictkg.api import extract_file

    data = json.loads(extract_file(path))
    listed = {e["id"] for e in data["entities"]}
    used = {x for r in data["relations"] for x in (r["source"], r["target"])}
    for c in data["casualties"]:
        side = c["side"]
        used.update([side] if isinstance(side, str) else side or [])
        if c["reported_by"]:
            used.add(c["reported_by"])
    assert used <= listed, f"ids used but not listed: {sorted(used - listed)}"
    assert any(r["inferred"] for r in data["relations"]) or path.parent.name != "articles"
