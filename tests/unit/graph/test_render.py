"""The viewer page as text: one file, no remote resource, escaped data, focus checks."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from conflictkg.graph.convert import to_networkx
from conflictkg.graph.render import (
    LARGE_NODES, edge_bundles, html_string, layout, resolve_focus, write_html,
)


def data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="ckg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def test_page_is_self_contained(caucasus, store_of) -> None:
    page = html_string(to_networkx(store_of(caucasus)))
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "ckgCreateNetwork(container, data, options)" in page
    assert "new vis.Network(container, data, options)" not in page  # hooked
    assert "node_modules" not in page


def test_evidence_travels_as_escaped_json(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    data = data_of(html_string(G))
    assert len(data["nodes"]) == G.number_of_nodes()
    assert len(data["edges"]) == len(edge_bundles(G))
    assert sum(len(e["members"]) for e in data["edges"].values()) == G.number_of_edges()
    texts = {m.get("evidence") for e in data["edges"].values() for m in e["members"]}
    assert any(t and t.startswith("اندلعت اشتباكات") for t in texts)


def test_markup_in_text_is_escaped() -> None:
    G = nx.MultiDiGraph()
    G.add_node("A", type="State", label="</script><img src=x onerror=alert(1)>")
    G.add_node("B", type="State", label="B")
    G.add_edge("A", "B", key="k", type="accuses", evidence="<script>alert(2)</script>",
               title="</title><script>alert(3)</script>")
    page = html_string(G)
    for bad in ("<img src=x", "<script>alert(2)", "</title><script>"):
        assert bad not in page
    assert data_of(page)["edges"]["e0"]["members"][0]["evidence"] == "<script>alert(2)</script>"


def test_inferred_edges_are_dashed(caucasus, store_of) -> None:
    from conflictkg.graph.inference import inferred_triples
    from conflictkg.graph.mediation import infer_mediation

    kg = store_of(caucasus)
    kg.replace_inferred(inferred_triples(infer_mediation(to_networkx(kg))))
    page = html_string(to_networkx(kg))
    data = data_of(page)
    inferred = [e for e in data["edges"].values() if e.get("inferred")]
    assert inferred and all(e["type"] == "mediates" and e["members"][0]["support"]
                            for e in inferred)
    assert page.count('"dashes": true') == len(inferred)


def test_focus_resolution(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    assert resolve_focus(G, "Russia") == "RUS"
    assert resolve_focus(G, "فلاديمير بوتين") == "person/putin"
    assert data_of(html_string(G, focus="RUS"))["focus"] == "RUS"
    with pytest.raises(KeyError, match="Atlantis"):
        html_string(G, focus="Atlantis")


def test_big_graphs_get_a_layout_and_no_physics() -> None:
    G = nx.MultiDiGraph(nx.gnm_random_graph(LARGE_NODES + 50, 2000, seed=1))
    page = html_string(G)
    assert '"physics": {"enabled": false}' in page
    assert data_of(page)["large"] is True
    pos = layout(G)
    assert len(pos) == G.number_of_nodes() and layout(G) == pos  # deterministic


def test_write_html_leaves_no_partial_file(tmp_path, caucasus, store_of) -> None:
    out = write_html(to_networkx(store_of(caucasus)), tmp_path / "kg.html")
    assert out.exists() and not list(tmp_path.glob("*.part"))


def test_parallel_events_share_one_line() -> None:
    G = nx.MultiDiGraph()
    G.add_nodes_from(["ARM", "AZE"], type="State")
    for i, (u, v) in enumerate([("ARM", "AZE"), ("AZE", "ARM"), ("ARM", "AZE")]):
        G.add_edge(u, v, key=f"k{i}", type="fights", date=f"2022-09-1{i}", evidence=f"s{i}")
    G.add_edge("AZE", "ARM", key="k9", type="accuses", evidence="blame")
    data = data_of(html_string(G))
    fights = [e for e in data["edges"].values() if e["type"] == "fights"]
    assert len(data["edges"]) == 2 and len(fights) == 1
    assert [m["evidence"] for m in fights[0]["members"]] == ["s0", "s1", "s2"]
