"""The ``conflictkg`` command line: thin wrappers over ``conflictkg.api``.

Each command parses options, calls one API function and prints. Any expected
failure (bad input, unusable store, unknown query) leaves as one line on
stderr and a non-zero exit code, never as a traceback.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Arabic conflict news -> knowledge graph (extract -> ontology -> graph).")

EXIT_INPUT = 1
EXIT_STORE = 2
EXIT_INTERNAL = 70


@app.callback()
def _root() -> None:
    """Arabic conflict news -> knowledge graph: extract, build, query, view, export, validate, serve."""


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """Print one line on stderr and exit non-zero."""
    first = " ".join(str(message).split())
    typer.echo(f"conflictkg: error: {first}", err=True)
    raise typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Turn the library's exceptions into one-line messages and exit codes."""
    from conflictkg.inputs import InputError

    try:
        yield
    except typer.Exit:
        raise
    except InputError as exc:
        fail(str(exc), EXIT_INPUT)
    except (KeyError, ValueError) as exc:
        fail(exc.args[0] if exc.args else repr(exc), EXIT_INPUT)
    except OSError as exc:
        fail(f"{exc.filename or ''}: {exc.strerror or exc}", EXIT_STORE)
    except Exception as exc:  # noqa: BLE001 - the store layer's errors and anything unforeseen
        name = type(exc).__name__
        code = EXIT_STORE if name == "StoreError" else EXIT_INTERNAL
        fail(f"{exc}" if name == "StoreError" else f"{name}: {exc}", code)


class ExtractFormat(str, Enum):
    json = "json"
    trig = "trig"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def extract(
    article: Path = typer.Argument(..., help="A UTF-8 .txt article."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD; relative dates resolve against it."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json (scorer contract + evidence) or trig (RDF)."),
) -> None:
    """Extract entities, relations and casualties from one article (no store)."""
    from conflictkg.api import extract_file

    with errors():
        out = extract_file(article, published=published or None, fmt=fmt.value)
    sys.stdout.write(out + "\n")


@app.command()
def build(
    inputs: List[Path] = typer.Argument(None, help=".txt articles, folders of them, or .jsonl corpora (id, text, published, url, title)."),
    store: Path = typer.Option(Path("kg"), "--store", "-s", help="Store folder (created if missing)."),
    example: bool = typer.Option(False, "--example", help="Also ingest the built-in example article."),
    infer: bool = typer.Option(True, "--infer/--no-infer", help="Derive mediation etc. into the inferred graph."),
) -> None:
    """Ingest articles into the on-disk store: one named graph per article, committed per article."""
    from rich.console import Console
    from rich.table import Table

    from conflictkg.api import build as run_build

    with errors():
        report = run_build(inputs or [], store, example=example, infer=infer)
    console = Console()
    console.print(f"[bold]{report.articles}[/] article(s) -> store [bold]{report.store}[/]: "
                  f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged")
    table = Table("kind", "count", title="What the store holds")
    for k, v in sorted(report.entities_by_type.items()):
        table.add_row(f"entities: {k}", str(v))
    for k, v in sorted(report.relations_by_type.items()):
        table.add_row(f"relations: {k}", str(v))
    table.add_row("casualty reports", str(report.casualties))
    table.add_row("inferred mediations", str(report.inferred))
    console.print(table)
    console.print(f"Next: conflictkg view {report.store} -o kg.html   |   "
                  f"conflictkg query {report.store} accusations")


@app.command()
def query(
    store: Path = typer.Argument(..., help="Store folder."),
    name: str = typer.Argument(..., help="A named query (see `conflictkg query STORE list`) or a .rq file."),
    param: List[str] = typer.Option([], "--param", "-p", help="KEY=VALUE bound safely into the query (repeatable)."),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", help="table, csv or json."),
) -> None:
    """Run a named SPARQL query (or a .rq file) against the store."""
    import csv
    import json

    from conflictkg.api import query as run_query, query_names

    with errors():
        if name == "list":
            for qname, desc in query_names():
                typer.echo(f"{qname:18} {desc}")
            return
        params = {}
        for p in param:
            if "=" not in p:
                raise ValueError(f"--param {p!r}: expected KEY=VALUE")
            k, v = p.split("=", 1)
            params[k] = v
        rows = run_query(store, name, params)
    columns = list(rows[0]) if rows else []
    if fmt is TableFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt is TableFormat.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, title=f"{name} ({len(rows)} rows)")
        for r in rows:
            table.add_row(*("" if r[c] is None else str(r[c]) for c in columns))
        Console().print(table)


@app.command()
def view(
    store: Path = typer.Argument(..., help="Store folder."),
    out: Path = typer.Option(Path("kg.html"), "--out", "-o", help="HTML file to write."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Entity id or label to centre on with its neighbourhood."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD."),
) -> None:
    """Write the interactive offline graph viewer (one HTML file, no network)."""
    from conflictkg.api import view as run_view

    with errors():
        path = run_view(store, out, focus=focus, since=since)
    typer.echo(f"wrote {path} (open it in a browser; it works offline from file://)")


@app.command()
def export(
    store: Path = typer.Argument(..., help="Store folder."),
    out: Path = typer.Option(..., "--out", "-o", help="File to write; its suffix picks the format."),
    fmt: Optional[str] = typer.Option(None, "--format", help="trig, nq, ttl, jsonld or csv (events); default from the suffix."),
) -> None:
    """Export the store (named graphs kept in trig/nq; ttl flattens; csv = one row per event)."""
    from conflictkg.api import export as run_export

    with errors():
        path = run_export(store, out, fmt)
    typer.echo(f"wrote {path}")


@app.command()
def validate(store: Path = typer.Argument(..., help="Store folder.")) -> None:
    """Check the store against the SHACL shapes; list violations readably."""
    from conflictkg.api import validate as run_validate

    with errors():
        report = run_validate(store)
    typer.echo(str(report))
    if not getattr(report, "conforms", False):
        raise typer.Exit(EXIT_INPUT)


@app.command()
def serve(
    store: Path = typer.Argument(..., help="Store folder."),
    port: int = typer.Option(7878, "--port", help="Port on 127.0.0.1."),
    html: Optional[Path] = typer.Option(None, "--html", help="Viewer HTML to serve at /view (built if omitted)."),
) -> None:
    """Serve read-only SPARQL (and the viewer) on 127.0.0.1; updates are refused."""
    from conflictkg.api import serve as run_serve

    with errors():
        run_serve(store, port=port, html=html)


def main() -> None:  # pragma: no cover - console entry point
    app()
