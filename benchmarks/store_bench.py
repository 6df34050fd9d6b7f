"""Store benchmark: ingest rate and named-query latency, Oxigraph on disk vs rdflib in memory.

Synthetic extraction records (``tests/unit/ontology/synthetic.py``; no spaCy)
are ingested one article per transaction into an on-disk ``Store`` until it
holds at least ``--triples`` quads; then every named query runs ``--repeat``
times after a warm-up run (minimum reported: on a shared machine other
processes only add time; load averages are printed beside). rdflib in memory is slow at that size (pitfalls.md:
~40 s to load 1M triples, seconds per query), so it is compared on a smaller
store of ``--rdflib-triples``, where Oxigraph is measured again for a like
for like comparison, and its rows are compared with Oxigraph's (the same
query text must give the same rows on both engines).

Usage::

    .venv/bin/python benchmarks/store_bench.py [--triples 1000000] [--rdflib-triples 20000]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit" / "ontology"))

from synthetic import synthetic_extraction  # noqa: E402

from conflictkg.ontology.mapping import (  # noqa: E402
    PREFIXES, article_graph_iri, extraction_ox_triples, extraction_triples,
)
from pyoxigraph import NamedNode as ox_named  # noqa: E402

from conflictkg.ontology.store import (  # noqa: E402
    Store, bind_values, named_query_path, query_params,
)

QUERY_PARAMS = {"actor_timeline": {"actor": "RUS"}, "statements_by": {"actor": "RUS"}}
RDFLIB_TIMEOUT_S = 60  # per rdflib query (all its runs); rdflib's property paths can take minutes


def query_names() -> list[str]:
    folder = named_query_path("articles").parent
    return sorted(p.stem for p in folder.glob("*.rq"))


def fill(kg: Store, target: int, relations: int) -> tuple[int, float, float]:
    """Ingest synthetic articles until ``target`` quads; return (articles, seconds, map seconds)."""
    n, t0, mapping = 0, time.perf_counter(), 0.0
    total = kg.triples_count()  # len() of an on-disk store scans it: count as we go
    while total < target:
        x = synthetic_extraction(n, relations)
        t = time.perf_counter()
        total += len(extraction_ox_triples(x))
        mapping += time.perf_counter() - t
        kg.ingest(x)
        n += 1
    return n, time.perf_counter() - t0, mapping


def time_query(run, repeat: int) -> tuple[float, int, float]:
    """(min, rows, median) of ``repeat`` timed runs after one warm-up run (wall seconds).

    The minimum is the figure reported: on a shared machine other processes only add time.
    """
    rows = run()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - t)
    return min(times), len(rows), statistics.median(times)


def load_average() -> str:
    """The 1/5/15-minute load average, to print next to timings."""
    import os

    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def oxigraph_latencies(kg: Store, repeat: int, skip: frozenset[str] = frozenset()
                       ) -> dict[str, tuple[float, int]]:
    out = {}
    for name in query_names():
        if name in skip:
            continue
        params = QUERY_PARAMS.get(name, {})
        out[name] = time_query(lambda: kg.named_query(name, params), repeat)
        print(f"  oxigraph {name}: min {out[name][0] * 1000:.0f} ms, median "
              f"{out[name][2] * 1000:.0f} ms, {out[name][1]} rows", flush=True)
    return out


class QueryTimeout(Exception):
    """An rdflib query ran past ``RDFLIB_TIMEOUT_S``."""


def _alarm(signum: int, frame: object) -> None:
    raise QueryTimeout


def _rdflib_value(term: object) -> object:
    """An rdflib result term as the Python value ``Store.select`` gives for it."""
    from pyoxigraph import Literal as ox_literal
    from rdflib import Literal

    from conflictkg.ontology.store import python_value

    if isinstance(term, Literal):
        if term.datatype is not None:
            return python_value(ox_literal(str(term), datatype=ox_named(str(term.datatype))))
        return str(term)
    return None if term is None else str(term)


def rdflib_latencies(ds, repeat: int, compare: Store | None = None
                     ) -> tuple[dict[str, tuple[float, int]], dict[str, bool | None]]:
    """rdflib's latency per named query and, with ``compare``, whether its rows equal Oxigraph's."""
    import signal

    from conflictkg.ontology.mapping import entity_iri

    signal.signal(signal.SIGALRM, _alarm)
    out: dict[str, tuple[float, int]] = {}
    same: dict[str, bool | None] = {}
    for name in query_names():
        text = named_query_path(name).read_text(encoding="utf-8")
        declared = {p.name: p for p in query_params(text)}
        params = {k: declared[k].convert(v) for k, v in QUERY_PARAMS.get(name, {}).items()}
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        query = prologue + bind_values(text, params)
        assert entity_iri  # params converted through the same code path as the store
        signal.alarm(RDFLIB_TIMEOUT_S)
        rows: list = []
        try:
            def run() -> list:
                res = ds.query(query)
                rows[:] = [{str(v): _rdflib_value(r[v]) for v in res.vars} for r in res]
                return rows
            out[name] = time_query(run, repeat)
        except QueryTimeout:
            out[name] = (float("inf"), 0, float("inf"))
        finally:
            signal.alarm(0)
        same[name] = None
        if compare is not None and out[name][0] != float("inf"):
            same[name] = rows == compare.named_query(name, QUERY_PARAMS.get(name, {}))
        agree = {None: "", True: ", same rows as Oxigraph", False: ", rows DIFFER from Oxigraph"}
        print(f"  rdflib {name}: {_ms(out[name][0])}, {out[name][1]} rows{agree[same[name]]}",
              flush=True)
    return out, same


def _ms(seconds: float) -> str:
    return f"> {RDFLIB_TIMEOUT_S} s (stopped)" if seconds == float("inf") else f"{seconds * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rdflib-triples", type=int, default=20_000)
    ap.add_argument("--relations", type=int, default=20, help="relation mentions per article")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--store", type=Path, default=None, help="store folder (default: a temp dir)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ckg-bench-") as tmp:
        path = args.store or Path(tmp) / "kg"
        print(f"# store benchmark: synthetic articles, {args.relations} relations each\n")
        print(f"start: {load_average()}")
        with Store.open(path) as kg:
            cpu = time.process_time()
            n, secs, mapping = fill(kg, args.triples, args.relations)
            cpu = time.process_time() - cpu
            quads = kg.triples_count()
            if n:
                print(f"Oxigraph on disk: ingested {n} articles ({quads} quads) in {secs:.1f} s: "
                      f"{n / secs:.1f} articles/s, {quads / secs:,.0f} quads/s "
                      f"(of which mapping records->RDF {mapping:.1f} s), one transaction per "
                      f"article; CPU {cpu:.1f} s ({n / cpu:.1f} articles/s of CPU); {load_average()}")
            else:  # --store given and already full: latency only
                print(f"Oxigraph on disk: reusing {path} ({quads} quads), nothing ingested")
            again = min(n or len(kg.article_ids()), 200)
            t = time.perf_counter()
            unchanged = sum(kg.ingest(synthetic_extraction(i, args.relations)) == "unchanged"
                            for i in range(again))
            print(f"re-ingest of {again} unchanged articles: "
                  f"{(time.perf_counter() - t) / again * 1000:.1f} ms/article "
                  f"({unchanged} reported unchanged)\n")
            print(f"query latency right after the build, min of {args.repeat} "
                  f"(after one warm-up run), {load_average()}:", flush=True)
            before = oxigraph_latencies(kg, args.repeat)
            t = time.perf_counter()
            kg.optimize()
            print(f"Store.optimize() (RocksDB compaction): {time.perf_counter() - t:.1f} s; "
                  f"latency after it, {load_average()}:", flush=True)
            big = oxigraph_latencies(kg, args.repeat)
            print(f"  ({load_average()})")
            # the whole-store dump behind the events CSV (not a named query: it grows with the store)
            dump_s, dump_rows, _ = time_query(kg.events, max(1, args.repeat // 3))
            t = time.perf_counter()
            kg.export_events_csv(Path(tmp) / "events.csv")
            csv_s = time.perf_counter() - t
            print(f"events dump (Store.events, the CSV's rows): min {dump_s:.2f} s, {dump_rows} rows; "
                  f"export to events.csv {csv_s:.2f} s", flush=True)

        small_n = 0
        mem = Store.memory()
        small_n, _, _ = fill(mem, args.rdflib_triples, args.relations)
        small_quads = mem.triples_count()
        small_ox = oxigraph_latencies(mem, args.repeat)

        from rdflib import Dataset

        from conflictkg.ontology.mapping import ENTITIES_GRAPH, display_labels, to_rdflib
        from conflictkg.ontology.vocab import CKG

        t = time.perf_counter()
        ds = Dataset(default_union=True)
        entities = ds.graph(ENTITIES_GRAPH)
        for i in range(small_n):
            x = synthetic_extraction(i, args.relations)
            g = ds.graph(article_graph_iri(x.article.id))
            for triple in extraction_triples(x):
                g.add(triple)
            for iri, label in display_labels(x).items():
                if not any(True for _ in entities.objects(to_rdflib(ox_named(iri)), CKG.displayLabel)):
                    entities.add((to_rdflib(ox_named(iri)), CKG.displayLabel, to_rdflib(label)))
        rd_load = time.perf_counter() - t
        small_rd, same = rdflib_latencies(ds, max(1, args.repeat // 3), compare=mem)
        mem.close()

    print()
    print(f"| query | Oxigraph disk, {quads / 1e6:.2f}M quads, before optimize | after optimize "
          f"| rows | Oxigraph memory, {small_quads / 1e3:.0f}k | rdflib memory, "
          f"{small_quads / 1e3:.0f}k | rdflib rows = Oxigraph rows |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for name in big:
        pre = f"{before[name][0] * 1000:.0f} ms" if name in before else "-"
        agree = {None: "not compared (stopped)", True: "yes", False: "NO"}[same.get(name)]
        print(f"| {name} | {pre} | {big[name][0] * 1000:.0f} ms | {big[name][1]} | "
              f"{small_ox[name][0] * 1000:.0f} ms | {_ms(small_rd[name][0])} | {agree} |")
    print(f"\nrdflib in memory: building the {small_n}-article dataset ({small_quads} quads, "
          f"ontology graph excluded) took {rd_load:.1f} s "
          f"({small_n / rd_load:.1f} articles/s, no disk, no transactions)")
    slow = [k for k, (s, _, _) in big.items() if s >= 0.5]
    print(f"target: every named query under 0.5 s at {quads / 1e6:.2f}M quads (min of "
          f"{args.repeat}): {'met' if not slow else 'MISSED by ' + ', '.join(slow)}; end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
