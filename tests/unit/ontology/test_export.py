"""Export: named graphs kept in TriG/N-Quads, flattened Turtle, JSON-LD, events CSV."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from conflictkg.ontology.store import EVENT_COLUMNS, Store

ARTICLE_GRAPH = "https://w3id.org/conflictkg/id/graph/article/2025-07-28-border"


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_formats_keep_named_graphs(kg: Store, tmp_path: Path, fmt: str) -> None:
    out = kg.export(tmp_path / f"kg.{fmt}", fmt)
    ds = Dataset()
    ds.parse(out, format={"trig": "trig", "nq": "nquads"}[fmt])
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert ARTICLE_GRAPH in names
    assert "https://w3id.org/conflictkg/id/graph/ontology" in names
    assert sum(len(g) for g in ds.graphs()) == kg.triples_count()


def test_turtle_flattens_the_union(kg: Store, tmp_path: Path) -> None:
    out = kg.export(tmp_path / "kg.ttl", "ttl")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("@prefix") and "ckg:accuses" in text
    g = Graph().parse(out, format="turtle")
    distinct = kg.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                         "WHERE { GRAPH ?g { ?s ?p ?o } } }")[0]["n"]
    assert len(g) == distinct < kg.triples_count()  # shared entity triples merged


def test_jsonld(kg: Store, tmp_path: Path) -> None:
    out = kg.export(tmp_path / "kg.jsonld", "jsonld")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data
    ds = Dataset()
    ds.parse(out, format="json-ld")
    assert sum(len(g) for g in ds.graphs()) == kg.triples_count()


def test_events_csv_loads_in_pandas(kg: Store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = kg.export_events_csv(tmp_path / "events.csv")
    df = pd.read_csv(out)
    assert list(df.columns) == EVENT_COLUMNS
    n_events = kg.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ckg:relationType ?t }")[0]["n"]
    assert len(df) == n_events
    row = df[(df.type == "accuses") & (df.source == "THA/mfa")].iloc[0]
    assert (row.target, row.target_label, row.cameo, row.date) == ("KHM", "Cambodia", 112, "2025-07-24")
    assert row.evidence.startswith("اتهمت وزارة الخارجية")
    with open(out, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == EVENT_COLUMNS


def test_export_errors_leave_nothing(kg: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        kg.export(tmp_path / "kg.xml", "xml")
    with pytest.raises(ValueError, match="does not exist"):
        kg.export(tmp_path / "missing" / "kg.trig", "trig")
    assert list(tmp_path.iterdir()) == []


def test_export_through_the_api(tmp_path: Path, kg: Store, article_a) -> None:
    import conflictkg.api as api

    path = tmp_path / "kg"
    with Store.open(path) as disk:
        disk.ingest(article_a)
    for name in ("kg.trig", "kg.nq", "kg.ttl", "kg.jsonld", "events.csv"):
        assert api.export(path, tmp_path / name).stat().st_size > 0
