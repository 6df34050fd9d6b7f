"""The ``conflictkg`` command line: thin wrappers over the public API."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Arabic conflict news -> knowledge graph (extract -> ontology -> graph).")


@app.callback()
def _root() -> None:
    """Arabic conflict news -> knowledge graph: extract, build, query, view, export, serve."""


def fail(message: str, code: int = 1) -> None:
    """Print one line on stderr and exit non-zero."""
    typer.echo(f"conflictkg: error: {message}", err=True)
    raise typer.Exit(code)


class ExtractFormat(str, Enum):
    json = "json"
    trig = "trig"


@app.command()
def extract(
    article: Path = typer.Argument(..., help="A UTF-8 .txt article."),
    published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD; relative dates resolve against it."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json (scorer contract + evidence) or trig (RDF)."),
) -> None:
    """Extract entities, relations and casualties from one article (no store)."""
    from conflictkg.api import extract_file
    from conflictkg.inputs import InputError

    try:
        sys.stdout.write(extract_file(article, published=published or None, fmt=fmt.value) + "\n")
    except InputError as exc:
        fail(str(exc))


def main() -> None:  # pragma: no cover - console entry point
    app()
