"""``ontology/vocab.py`` must be exactly what ``_codegen`` makes of ``conflict.ttl``."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from conflictkg.ontology import _codegen

ROOT = Path(__file__).resolve().parents[1]


def test_vocab_matches_ontology() -> None:
    current = (ROOT / "ontology" / "vocab.py").read_text(encoding="utf-8")
    assert current == _codegen.render(), \
        "ontology/vocab.py is stale: run python -m conflictkg.ontology._codegen"


def test_codegen_detects_drift(tmp_path: Path) -> None:
    ttl = (ROOT / "ontology" / "conflict.ttl").read_text(encoding="utf-8")
    extra = tmp_path / "conflict.ttl"
    extra.write_text(ttl + "\nckg:Brandnew a owl:Class .\n", encoding="utf-8")
    rendered = _codegen.render(extra)
    assert "Brandnew: URIRef" in rendered
    assert rendered != _codegen.render()


def test_every_ckg_term_in_ontology_has_bilingual_label_and_comment() -> None:
    g = Graph().parse(ROOT / "ontology" / "conflict.ttl")
    from rdflib.namespace import RDFS

    ns = _codegen.CKG_NS
    missing = []
    for term in sorted({s for s in g.subjects() if str(s).startswith(ns)}):
        for pred in (RDFS.label, RDFS.comment):
            langs = {getattr(o, "language", None) for o in g.objects(term, pred)}
            if not {"en", "ar"} <= langs:
                missing.append(f"{term} {pred}")
    assert not missing, missing


def test_generated_vocab_fails_on_unknown_terms() -> None:
    import pytest

    from conflictkg.ontology.vocab import CKG

    assert str(CKG.accuses).endswith("#accuses")
    with pytest.raises(AttributeError):
        CKG.accusez  # noqa: B018
