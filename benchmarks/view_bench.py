"""How long the viewer takes to open and settle on a big graph in headless Chromium.

Builds a synthetic conflict graph (default 5,000 actors, 20,000 relation events
with evidence text), writes it with ``conflictkg.graph.render.write_html``, loads
it from ``file://`` in Debian's ``/usr/bin/chromium`` through Playwright and
reports: Python render time, page size, time from navigation to the viewer's
``settled`` flag (layout done, physics stopped, first frame drawn), the browser
main thread's CPU time over that span (Chrome's ``ThreadTime``: roughly what the
wall time would be on an idle machine), and any non-file request or console
error.

Usage::

    .venv/bin/python benchmarks/view_bench.py [--nodes 5000] [--edges 20000] [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPES = ["fights", "accuses", "calls_on", "contacts", "mediates", "ceasefire", "allied_with",
         "deploys_to", "denies"]
KINDS = ["State", "Person", "Organization", "Place"]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random actor graph shaped like ours (few hubs, many small actors)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n_nodes):
        kind = KINDS[i % 4] if i >= 50 else "State"
        G.add_node(f"n{i}", type=kind, subtype=None, label=f"فاعل {i}", labels=[f"فاعل {i}"],
                   name_en=f"actor {i}", state=f"n{i}", part_of=None, roles=[],
                   killed=rng.randint(0, 5), wounded=0)
    weights = [1.0 / (i + 1) ** 0.6 for i in range(n_nodes)]
    ends = rng.choices(range(n_nodes), weights=weights, k=2 * n_edges)
    for j in range(n_edges):
        u, v = ends[2 * j], ends[2 * j + 1]
        if u == v:
            v = (v + 1) % n_nodes
        G.add_edge(f"n{u}", f"n{v}", key=f"https://w3id.org/conflictkg/id/event/a{j // 10}/{j}",
                   type=rng.choice(TYPES), date=f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   evidence=f"جملة الدليل رقم {j} عن الحدث", article=f"a{j // 10}",
                   inferred=rng.random() < 0.05, structural=False, support=[])
    return G


def measure(path: Path, expect_nodes: int, expect_edges: int, timeout_s: float = 60.0) -> dict:
    """``expect_edges`` counts drawn lines (``render.edge_bundles``), not events."""
    from playwright.sync_api import sync_playwright

    remote: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM,
                                                   args=CHROMIUM_ARGS, headless=True,
                                                   viewport={"width": 1400, "height": 900})
        page = ctx.new_page()
        page.on("request", lambda r: remote.append(r.url)
                if not r.url.startswith(("file:", "data:", "about:", "blob:")) else None)
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        cdp = ctx.new_cdp_session(page)
        cdp.send("Performance.enable")
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.ckgView && window.ckgView.settled === true",
                               timeout=timeout_s * 1000, polling=50)
        wall = time.perf_counter() - t0
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        counts = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length,"
                               " window.ckgView.settleMs]")
        ctx.close()
    ok = counts[0] == expect_nodes and counts[1] == expect_edges
    return {"settle_wall_s": round(wall, 2), "settle_in_page_s": round(counts[2] / 1000, 2),
            "main_thread_cpu_s": round(metrics.get("ThreadTime", float("nan")), 2),
            "nodes": counts[0], "edges": counts[1], "counts_match": ok,
            "remote_requests": remote, "failed_requests": failed, "console_errors": errors}


def main(argv: list[str] | None = None) -> int:
    from conflictkg.graph.render import edge_bundles, write_html

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found", file=sys.stderr)
        return 2
    G = synthetic_graph(args.nodes, args.edges)
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "big.html"
        t0 = time.perf_counter()
        write_html(G, out)
        render_s = time.perf_counter() - t0
        lines = len(edge_bundles(G))
        results = [measure(out, G.number_of_nodes(), lines) for _ in range(args.runs)]
        size_mb = out.stat().st_size / 1e6
    best = min(r["settle_wall_s"] for r in results)
    print(json.dumps({"nodes": args.nodes, "edges": args.edges, "lines": lines,
                      "render_s": round(render_s, 2),
                      "html_mb": round(size_mb, 1), "settle_wall_s": [r["settle_wall_s"] for r in results],
                      "settle_in_page_s": [r["settle_in_page_s"] for r in results],
                      "main_thread_cpu_s": [r["main_thread_cpu_s"] for r in results],
                      "best_settle_s": best, "counts_match": all(r["counts_match"] for r in results),
                      "remote_requests": sum(len(r["remote_requests"]) for r in results),
                      "failed_requests": sum(len(r["failed_requests"]) for r in results),
                      "console_errors": sorted({e for r in results for e in r["console_errors"]})},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
