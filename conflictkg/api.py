"""Public API used by the CLI and the notebooks.

Every function takes explicit arguments and returns plain data or paths.
Heavy layers (spaCy, pyoxigraph, pyvis) are imported inside the functions so
that ``conflictkg view`` never loads spaCy.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictkg.inputs import InputError, article_from_file, check_date, load_articles

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from conflictkg.extract.records import Article, Extraction
    from conflictkg.ontology.store import Store

EXAMPLE_DIR = "examples"


@dataclass
class BuildReport:
    """What one ``build`` did."""

    store: Path
    articles: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    entities: int = 0
    relations: int = 0
    casualties: int = 0
    inferred: int = 0
    relations_by_type: dict[str, int] = field(default_factory=dict)
    entities_by_type: dict[str, int] = field(default_factory=dict)


def example_paths() -> list[Path]:
    """The built-in example articles shipped as package data."""
    root = files("conflictkg").joinpath(EXAMPLE_DIR)
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))


def extract_file(path: str | Path, *, published: str | None = None, fmt: str = "json") -> str:
    """Extract one article file and return it serialised as ``fmt`` (json|trig)."""
    import json

    from conflictkg.extract import extract_article, load_pipeline

    article = article_from_file(Path(path), check_date(published, "--published"))
    extraction = extract_article(load_pipeline(), article)
    if fmt == "json":
        inferred = _inferred_for(extraction)
        data = extraction.to_json(named={x for r in inferred for x in (r["source"], r["target"])})
        data["relations"].extend(inferred)
        return json.dumps(data, ensure_ascii=False, indent=1)
    if fmt == "trig":
        from conflictkg.ontology.mapping import extraction_to_dataset

        return extraction_to_dataset(extraction).serialize(format="trig")
    raise InputError(f"unknown format {fmt!r}")


def _inferred_for(extraction: Extraction) -> list[dict[str, Any]]:
    """Relations the graph layer derives from this article alone (``inferred: true``).

    The extraction goes through the same path as a build (an in-memory store,
    then the graph layer), so ``extract`` and ``build`` infer the same facts;
    entity ids in the result are the extraction's ids.
    """
    from conflictkg.graph.convert import to_networkx
    from conflictkg.graph.inference import inferred_relations_for_article
    from conflictkg.graph.mediation import infer_mediation
    from conflictkg.ontology.store import Store

    with Store.memory() as kg:
        kg.ingest(extraction)
        G = to_networkx(kg)
    return inferred_relations_for_article(infer_mediation(G), extraction.article.id)


def build(inputs: Iterable[str | Path] | None = None, store: str | Path = "kg", *,
          example: bool = False, infer: bool = True) -> BuildReport:
    """Extract articles and ingest them into the on-disk store at ``store``.

    Inputs are read and validated first, so a bad input stops the build before
    anything is written. Each article is committed on its own; re-ingesting an
    unchanged article changes nothing. Derived facts then replace the store's
    inferred graph.
    """
    from conflictkg.extract import extract_article, load_pipeline
    from conflictkg.ontology.store import Store

    paths: list[str | Path] = list(inputs or [])
    if example:
        paths.extend(example_paths())
    if not paths:
        raise InputError("no inputs given (pass files, folders or .jsonl corpora, or --example)")
    articles = load_articles(paths)
    report = BuildReport(store=Path(store), articles=len(articles))
    nlp = load_pipeline()
    with Store.open(store) as kg:
        for article in articles:
            extraction = extract_article(nlp, article)
            outcome = kg.ingest(extraction)
            setattr(report, outcome, getattr(report, outcome) + 1)
        if infer:
            report.inferred = _write_inferred(kg)
        _summarise(kg, report)
    return report


def _write_inferred(kg: Store) -> int:
    from conflictkg.graph.convert import to_networkx
    from conflictkg.graph.inference import inferred_triples
    from conflictkg.graph.mediation import infer_mediation

    mediations = infer_mediation(to_networkx(kg))
    kg.replace_inferred(inferred_triples(mediations))
    return len(mediations)


def _summarise(kg: Store, report: BuildReport) -> None:
    rows = kg.select(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
        "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ckg:relationType ?t . "
        "FILTER NOT EXISTS { ?e ckg:inferred true } } GROUP BY ?t")
    report.relations_by_type = {str(r["t"]): int(r["n"]) for r in rows}
    report.relations = sum(report.relations_by_type.values())
    rows = kg.select(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
        "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?c { ckg:State ckg:Person "
        "ckg:Organization ckg:Place } ?e a ?c } GROUP BY ?c")
    report.entities_by_type = {str(r["c"]).rsplit("#", 1)[-1]: int(r["n"]) for r in rows}
    report.entities = sum(report.entities_by_type.values())
    rows = kg.select(
        "PREFIX ckg: <https://w3id.org/conflictkg/ontology#>\n"
        "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ckg:CasualtyReport }")
    report.casualties = int(rows[0]["n"]) if rows else 0


def load(store: str | Path) -> Store:
    """Open an existing store read-only."""
    from conflictkg.ontology.store import Store

    return Store.open(store, read_only=True, create=False)


def query(store: str | Path, name_or_file: str | Path,
          params: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Run a named query (``ontology/queries/NAME.rq``) or a ``.rq`` file; return rows."""
    with load(store) as kg:
        return kg.named_query(str(name_or_file), params or {})


def events(store: str | Path) -> list[dict[str, Any]]:
    """Every event in the store, asserted and inferred, in date order (the events CSV's rows).

    A dump of the whole store: for one actor's events use ``query(store, "actor_timeline",
    {"actor": ID})``, which stays fast on large stores.
    """
    with load(store) as kg:
        return kg.events()


def query_names() -> list[tuple[str, str]]:
    """Named queries shipped in ``ontology/queries`` with their first description line."""
    out = []
    root = files("conflictkg.ontology").joinpath("queries")
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if p.name.endswith(".rq"):
            first = next((ln.lstrip("# ").strip() for ln in p.read_text(encoding="utf-8").splitlines()
                          if ln.startswith("#")), "")
            out.append((p.name[:-3], first))
    return out


def graph_of(store: str | Path, *, since: str | None = None,
             until: str | None = None) -> nx.MultiDiGraph:
    """The store as a networkx graph of actors and relations (asserted and inferred)."""
    from conflictkg.graph.convert import to_networkx

    with load(store) as kg:
        return to_networkx(kg, since=check_date(since, "--since"),
                           until=check_date(until, "--until"))


def html_of(store: str | Path, *, focus: str | None = None, since: str | None = None) -> str:
    """The interactive viewer as one offline HTML string (for notebooks' iframe srcdoc)."""
    from conflictkg.graph.render import html_string

    return html_string(graph_of(store, since=since), focus=focus)


def view(store: str | Path, out: str | Path = "kg.html", *, focus: str | None = None,
         since: str | None = None) -> Path:
    """Write the interactive viewer for ``store`` to ``out``; return its path."""
    from conflictkg.graph.render import write_html

    out = Path(out)
    if out.parent and not out.parent.exists():
        raise InputError(f"{out}: folder {out.parent} does not exist")
    return write_html(graph_of(store, since=since), out, focus=focus)


def export(store: str | Path, out: str | Path, fmt: str | None = None) -> Path:
    """Export the store: trig, nq, ttl, jsonld, or an events csv (from ``out``'s suffix)."""
    out = Path(out)
    fmt = fmt or out.suffix.lstrip(".")
    with load(store) as kg:
        if fmt == "csv":
            kg.export_events_csv(out)
        else:
            kg.export(out, fmt)
    return out


def validate(store: str | Path) -> Any:
    """SHACL-validate the store against ``ontology/shapes.ttl``; return the report."""
    from conflictkg.ontology.shapes import validate as shacl_validate

    with load(store) as kg:
        return shacl_validate(kg)


def serve(store: str | Path, *, port: int = 7878, host: str = "127.0.0.1",
          html: Path | None = None) -> None:
    """Serve the store read-only: SPARQL on ``host:port``, the viewer on ``port + 1``.

    Without ``html`` the viewer page is built from the store first.
    """
    import tempfile

    from conflictkg.ontology.serve import serve as run_server

    if html is not None:
        run_server(store, host=host, port=port, html=html)
        return
    page = html_of(store)
    with tempfile.TemporaryDirectory(prefix="conflictkg-serve-") as tmp:
        path = Path(tmp) / "kg.html"
        path.write_text(page, encoding="utf-8")
        run_server(store, host=host, port=port, html=path)


__all__: Sequence[str] = [
    "BuildReport", "build", "events", "example_paths", "export", "extract_file", "graph_of", "html_of",
    "load", "query", "query_names", "serve", "validate", "view",
]
