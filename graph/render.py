"""The interactive viewer: one offline HTML file that makes no network request.

The page is pyvis's template with ``cdn_resources="in_line"`` (vis-network's
JavaScript and CSS inlined), the Bootstrap CDN tags pyvis always adds removed,
and our own small UI from ``graph/assets/`` (``viewer.css``, ``viewer.js``)
inlined: a legend, filters by relation type, by date range and by
asserted/inferred, a search box that focuses an actor and its neighbourhood,
and tooltips / a details panel with the evidence sentences, their article and
date.

Safety: article text never reaches the page as markup. Labels go to
vis-network's canvas; evidence, titles and names travel in a JSON data block
whose ``<``, ``>`` and ``&`` are ``\\u`` escaped, and the UI inserts them with
``textContent`` only. No vis ``title`` strings are used.

Small graphs (up to :data:`PHYSICS_MAX_NODES` nodes and
:data:`PHYSICS_MAX_EDGES` edges) stabilise in the browser, then physics stops.
Bigger ones get their layout computed here (:func:`layout`: networkx's
Fruchterman–Reingold, or for more than :data:`EXACT_LAYOUT_MAX_NODES` nodes a
sampled variant in numpy) and open with physics off, so they settle at once;
in-browser stabilisation takes 8 s at 300 nodes and 20 s at 800 on this machine.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Hashable
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

#: Up to this many nodes and edges, the browser lays the graph out (physics, then stop).
PHYSICS_MAX_NODES = 80
PHYSICS_MAX_EDGES = 300
#: Above this many nodes or edges, edges are drawn straight and hidden while dragging.
LARGE_NODES = 800
LARGE_EDGES = 3000
#: In big graphs only this many best-connected actors carry a canvas label (measuring
#: 5,000 labels costs ~0.4 s and they are unreadable at that zoom); all keep it in tooltips.
LABELLED_MAX = 300
#: Up to this many nodes the layout is exact Fruchterman-Reingold (networkx), else sampled.
EXACT_LAYOUT_MAX_NODES = 400
#: Seed of the layout's random start, so the same graph always looks the same.
LAYOUT_SEED = 7
#: (colour, vis shape) per entity subtype, then per entity type.
NODE_STYLE: dict[str, tuple[str, str]] = {
    "IGO": ("#17becf", "hexagon"),
    "ArmedGroup": ("#d62728", "star"),
    "ArmedForce": ("#8c564b", "square"),
    "GovernmentBody": ("#2ca02c", "square"),
    "PoliticalParty": ("#bcbd22", "square"),
    "State": ("#1f77b4", "dot"),
    "Organization": ("#2ca02c", "square"),
    "Person": ("#ff7f0e", "triangle"),
    "Place": ("#9467bd", "diamond"),
    "Unknown": ("#7f7f7f", "dot"),
}
#: Colour per relation type.
EDGE_COLOR: dict[str, str] = {
    "fights": "#111111",
    "ceasefire": "#1f77b4",
    "accuses": "#d62728",
    "denies": "#e377c2",
    "calls_on": "#ff7f0e",
    "mediates": "#2ca02c",
    "contacts": "#17becf",
    "allied_with": "#9467bd",
    "deploys_to": "#8c564b",
    "cedes_to": "#bcbd22",
    "holds_role": "#aaaaaa",
    "part_of": "#cccccc",
}
#: Relation types drawn without arrows.
SYMMETRIC_TYPES = frozenset({"fights", "ceasefire", "allied_with", "contacts"})
#: Relation types that are structure rather than events (thin lines).
STRUCTURAL_TYPES = frozenset({"holds_role", "part_of"})
#: The statement pyvis's template creates the network with; we wrap it.
PYVIS_NETWORK_LINE = "network = new vis.Network(container, data, options);"
_REMOTE_TAG = re.compile(
    r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*\"(?:https?:)?//[^\"]*\"[^>]*>(?:\s*</script>)?",
    re.IGNORECASE | re.DOTALL)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
_NODE_MODULES_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.DOTALL)


def node_style(attrs: dict[str, Any]) -> tuple[str, str]:
    """(colour, shape) for a node from its ``subtype`` or ``type``.

    Examples
    --------
    >>> node_style({"type": "Organization", "subtype": "IGO"})
    ('#17becf', 'hexagon')
    >>> node_style({"type": "Person"})
    ('#ff7f0e', 'triangle')
    """
    for key in (attrs.get("subtype"), attrs.get("type")):
        if key in NODE_STYLE:
            return NODE_STYLE[str(key)]
    return NODE_STYLE["Unknown"]


def layout(G: nx.MultiDiGraph, *, iterations: int = 60, sample: int = 40,
           seed: int = LAYOUT_SEED, scale: float = 90.0) -> dict[Hashable, tuple[float, float]]:
    """Force-directed positions for big graphs, in vis-network pixel units.

    Each connected component is laid out on its own, in a disc whose area
    grows with its size, and the discs are packed in rows, largest first (so
    isolated actors do not push the main component into a crowded centre).
    Components up to :data:`EXACT_LAYOUT_MAX_NODES` nodes use networkx's
    ``spring_layout``; bigger ones Fruchterman–Reingold where each node is
    repelled by ``sample`` random nodes per iteration (an unbiased estimate of
    the all-pairs force: O(n * sample + m) per iteration instead of O(n²)).
    Deterministic for a seed.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(nx.path_graph(4))
    >>> G.add_node("alone")
    >>> pos = layout(G)
    >>> sorted(pos, key=str) == [0, 1, 2, 3, "alone"] and all(len(p) == 2 for p in pos.values())
    True
    >>> layout(G) == pos
    True
    """
    components = sorted((sorted(c, key=str) for c in nx.weakly_connected_components(G)),
                        key=lambda c: (-len(c), str(c[0])))
    if not components:
        return {}
    comp_of = {v: i for i, c in enumerate(components) for v in c}
    edges_of: list[list[tuple[Hashable, Hashable]]] = [[] for _ in components]
    for u, v in G.edges():
        if u != v:
            edges_of[comp_of[u]].append((u, v))
    boxes = []
    for nodes, edges in zip(components, edges_of):
        radius = scale * (0.5 + 0.8 * math.sqrt(len(nodes)))
        unit = _unit_layout(nodes, edges, iterations, sample, seed)
        boxes.append((radius, {v: (x * radius, y * radius) for v, (x, y) in unit.items()}))
    total = sum((2 * r) ** 2 for r, _ in boxes)
    row_width = max(2 * boxes[0][0], math.sqrt(total) * 1.2)
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, pos in boxes:
        side = 2 * radius
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + radius, y + radius
        for v, (px, py) in pos.items():
            out[v] = (round(cx + px, 1), round(cy + py, 1))
        x += side
        row_height = max(row_height, side)
    return out


def _unit_layout(nodes: list[Hashable], edges: list[tuple[Hashable, Hashable]], iterations: int,
                 sample: int, seed: int) -> dict[Hashable, tuple[float, float]]:
    """Positions of one component inside the unit disc."""
    import numpy as np

    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n <= EXACT_LAYOUT_MAX_NODES:
        simple = nx.Graph()
        simple.add_nodes_from(nodes)
        simple.add_edges_from(edges)
        raw = nx.spring_layout(simple, seed=seed, iterations=iterations)
        pos = np.array([raw[v] for v in nodes], dtype=float)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        pairs = np.array([(index[u], index[v]) for u, v in edges] or [(0, 0)],
                         dtype=np.int64).reshape(-1, 2)
        rng = np.random.default_rng(seed)
        pos = rng.random((n, 2))
        k = 1.0 / math.sqrt(n)
        s = min(sample, n - 1)
        temp = 0.1
        cool = temp / (iterations + 1)
        for _ in range(iterations):
            others = rng.integers(0, n, size=(n, s))
            delta = pos[:, None, :] - pos[others]
            d2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
            disp = np.einsum("ijk,ij->ik", delta, (k * k) / d2) * ((n - 1) / s)
            dv = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.sqrt(np.maximum(np.einsum("ij,ij->i", dv, dv), 1e-12))
            pull = dv * (dist / k)[:, None]
            disp -= np.bincount(pairs[:, 0], weights=pull[:, 0], minlength=n)[:, None] * [1, 0]
            disp -= np.bincount(pairs[:, 0], weights=pull[:, 1], minlength=n)[:, None] * [0, 1]
            disp += np.bincount(pairs[:, 1], weights=pull[:, 0], minlength=n)[:, None] * [1, 0]
            disp += np.bincount(pairs[:, 1], weights=pull[:, 1], minlength=n)[:, None] * [0, 1]
            length = np.sqrt(np.maximum(np.einsum("ij,ij->i", disp, disp), 1e-12))
            pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
            temp -= cool
    pos -= pos.mean(0)
    reach = float(np.sqrt((pos ** 2).sum(-1)).max()) or 1.0
    pos /= reach
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


def resolve_focus(G: nx.MultiDiGraph, focus: str | None) -> str | None:
    """The node id ``focus`` names: an id, or a label / English name (case-insensitive).

    Raises
    ------
    KeyError
        When no actor has that id or label.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("RUS", labels=["روسيا"], name_en="Russia")
    >>> resolve_focus(G, "RUS"), resolve_focus(G, "russia"), resolve_focus(G, "روسيا")
    ('RUS', 'RUS', 'RUS')
    >>> resolve_focus(G, "Atlantis")
    Traceback (most recent call last):
    KeyError: "no actor with id or label 'Atlantis'"
    """
    if focus is None or focus == "":
        return None
    if focus in G:
        return focus
    wanted = focus.strip().casefold()
    for n, attrs in sorted(G.nodes(data=True), key=lambda x: str(x[0])):
        names = [str(n), attrs.get("label") or "", attrs.get("name_en") or "",
                 *(attrs.get("labels") or ())]
        if any(wanted == s.casefold() for s in names if s):
            return str(n)
    raise KeyError(f"no actor with id or label {focus!r}")


def _safe_json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    return files("conflictkg.graph").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_items(G: nx.MultiDiGraph, large: bool, physics: bool
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    degree = Counter[Hashable]()
    for u, v, d in G.edges(data=True):
        if not d.get("structural"):
            degree[u] += 1
            degree[v] += 1
    pos = {} if physics else layout(G)
    ids = {n: str(n) for n in G.nodes}
    labelled = set(G.nodes) if not large else set(
        sorted(G.nodes, key=lambda n: (-degree[n], str(n)))[:LABELLED_MAX])
    vis_nodes, info_nodes = [], {}
    for n, attrs in G.nodes(data=True):
        color, shape = node_style(attrs)
        deg = degree[n]
        item: dict[str, Any] = {"id": ids[n],
                                "label": (attrs.get("label") or ids[n]) if n in labelled else None,
                                "color": color, "shape": shape,
                                "size": round(8 + 4 * math.sqrt(deg), 1)}
        if n in pos:
            item["x"], item["y"] = pos[n]
        vis_nodes.append(item)
        info_nodes[ids[n]] = {
            "label": attrs.get("label") or ids[n], "type": attrs.get("type"),
            "subtype": attrs.get("subtype"), "name_en": attrs.get("name_en"),
            "labels": list(attrs.get("labels") or ()), "state": _str(attrs.get("state")),
            "part_of": _str(attrs.get("part_of")), "degree": deg,
            "killed": attrs.get("killed") or 0, "wounded": attrs.get("wounded") or 0,
            "wikidata": attrs.get("wikidata")}
    supported = {s for _, _, d in G.edges(data=True) for s in d.get("support") or ()}
    vis_edges, info_edges = [], {}
    parallel = Counter[tuple[str, str]]()
    for i, ((u, v, kind, inferred), members) in enumerate(edge_bundles(G).items()):
        eid = f"e{i}"
        pair = tuple(sorted((u, v)))
        rank = parallel[pair]  # type: ignore[index]
        parallel[pair] += 1  # type: ignore[index]
        n = len(members)
        base = 0.7 if kind in STRUCTURAL_TYPES else (2.5 if kind == "fights" else 1.6)
        line: dict[str, Any] = {"id": eid, "from": u, "to": v,
                                "color": EDGE_COLOR.get(kind, "#666666")}
        item = line
        width = round(base * (1 + math.log2(n)), 2)
        if width != 1.6:
            item["width"] = width
        if n > 1 and not large:
            item["label"] = f"×{n}"
        if inferred:
            item["dashes"] = True
        if kind not in SYMMETRIC_TYPES:
            item["arrows"] = "to"
        if not large and rank:
            item["smooth"] = {"enabled": True, "roundness": round(0.15 * ((rank + 1) // 2), 2),
                              "type": "curvedCW" if rank % 2 else "curvedCCW"}
        vis_edges.append(item)
        info: dict[str, Any] = {"type": kind, "from": u, "to": v, "inferred": inferred,
                                "structural": bool(members[0][1].get("structural"))}
        info["members"] = [
            {k: val for k, val in (
                ("date", d.get("date")), ("evidence", d.get("evidence")),
                ("article", d.get("article")), ("title", d.get("title")),
                ("rule", d.get("rule")), ("support", list(d.get("support") or ())),
                ("event", str(key) if str(key) in supported else None))
             if val not in (None, [])}
            for key, d in members]
        info_edges[eid] = {k: val for k, val in info.items() if val is not False}
    return vis_nodes, vis_edges, {"nodes": info_nodes, "edges": info_edges}


def edge_bundles(G: nx.MultiDiGraph) -> dict[tuple[str, str, str, bool],
                                             list[tuple[Hashable, dict[str, Any]]]]:
    """Edges grouped as the viewer draws them: one line per (ends, type, inferred).

    Symmetric types ignore direction. Members keep their order by date, so a
    line's tooltip reads as a timeline of the events it stands for.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ARM", "AZE", key="e1", type="fights", date="2022-09-13")
    >>> _ = G.add_edge("AZE", "ARM", key="e2", type="fights", date="2022-09-12")
    >>> _ = G.add_edge("AZE", "ARM", key="e3", type="accuses")
    >>> {k: [m for m, _ in v] for k, v in edge_bundles(G).items()}
    {('ARM', 'AZE', 'fights', False): ['e2', 'e1'], ('AZE', 'ARM', 'accuses', False): ['e3']}
    """
    out: dict[tuple[str, str, str, bool], list[tuple[Hashable, dict[str, Any]]]] = {}
    first: dict[tuple[str, str, str, bool], tuple[str, str]] = {}
    for u, v, key, d in G.edges(keys=True, data=True):
        kind = str(d.get("type") or "related")
        inferred = bool(d.get("inferred"))
        a, b = str(u), str(v)
        ident = (*sorted((a, b)), kind, inferred) if kind in SYMMETRIC_TYPES else (a, b, kind,
                                                                                    inferred)
        if ident not in first:
            first[ident] = (a, b)  # type: ignore[index]
        bundle = (*first[ident], kind, inferred)  # type: ignore[index]
        out.setdefault(bundle, []).append((key, d))
    for members in out.values():
        members.sort(key=lambda m: (m[1].get("date") or "", str(m[0])))
    return out


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _options(large: bool, physics: bool) -> dict[str, Any]:
    opts: dict[str, Any] = {
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": False if large else {"enabled": True, "type": "continuous"},
                  "width": 1.6, "color": {"inherit": False, "opacity": 0.85},
                  "arrows": {"to": {"scaleFactor": 0.6}}, "selectionWidth": 2},
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
    }
    if large:
        opts["nodes"]["font"]["size"] = 10
    if physics:
        opts["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                 "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50}}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def html_string(G: nx.MultiDiGraph, focus: str | None = None, *,
                title: str = "conflictkg") -> str:
    """The viewer for ``G`` as one self-contained HTML document.

    Parameters
    ----------
    G
        A graph from :func:`conflictkg.graph.convert.to_networkx` (not modified).
    focus
        An actor id or label to open focused on (with its neighbourhood).
    title
        The page title.

    Raises
    ------
    KeyError
        When ``focus`` names no actor.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ARM", type="State", label="أرمينيا")
    >>> G.add_node("AZE", type="State", label="<img src=x onerror=alert(1)>")
    >>> _ = G.add_edge("ARM", "AZE", key="e", type="fights", evidence="</script><script>x()")
    >>> page = html_string(G)
    >>> "cdn.jsdelivr" in page, "<img src=x" in page, "</script><script>x()" in page
    (False, False, False)
    >>> page.count('id="ckg-data"')
    1
    """
    from pyvis.network import Network

    focus_id = resolve_focus(G, focus)
    n_edges = G.number_of_edges()
    large = G.number_of_nodes() > LARGE_NODES or n_edges > LARGE_EDGES
    physics = G.number_of_nodes() <= PHYSICS_MAX_NODES and n_edges <= PHYSICS_MAX_EDGES
    vis_nodes, vis_edges, info = _vis_items(G, large, physics)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes, net.edges = vis_nodes, vis_edges
    net.node_ids = [n["id"] for n in vis_nodes]
    net.node_map = {n["id"]: n for n in vis_nodes}
    net.options = _options(large, physics)
    page = net.generate_html()
    if PYVIS_NETWORK_LINE not in page:
        raise RuntimeError("unexpected pyvis template: cannot hook the viewer UI")
    page = page.replace(PYVIS_NETWORK_LINE,
                        "network = ckgCreateNetwork(container, data, options);", 1)
    page = _REMOTE_TAG.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _NODE_MODULES_COMMENT.sub("", page)
    data = {"title": title, "focus": focus_id, "large": large, "physics": physics,
            "nodeStyle": NODE_STYLE, "edgeColor": EDGE_COLOR,
            "symmetric": sorted(SYMMETRIC_TYPES), "structural": sorted(STRUCTURAL_TYPES),
            **info}
    head = (f"<title>{_escape(title)}</title>\n<style>{_asset('viewer.css')}</style>\n"
            f'<script type="application/json" id="ckg-data">{_safe_json(data)}</script>\n'
            f"<script>{_asset('viewer.js')}</script>\n")
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    if re.search(r"(?:src|href)\s*=\s*\"(?:https?:)?//", page):
        raise RuntimeError("viewer page still references a remote resource")
    return page


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def write_html(G: nx.MultiDiGraph, out: str | Path, focus: str | None = None) -> Path:
    """Write :func:`html_string` to ``out`` (UTF-8) and return its path.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ARM", type="State", label="ARM")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = write_html(G, pathlib.Path(d) / "kg.html")
    ...     p.stat().st_size > 100_000
    True
    """
    out = Path(out)
    text = html_string(G, focus=focus)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out


__all__ = ["EDGE_COLOR", "edge_bundles", "LARGE_EDGES", "LARGE_NODES", "NODE_STYLE", "PHYSICS_MAX_EDGES",
           "PHYSICS_MAX_NODES", "html_string", "layout",
           "node_style", "resolve_focus", "write_html"]
