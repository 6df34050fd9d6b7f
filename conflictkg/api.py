"""Public API used by the CLI and the notebooks (lazy heavy imports)."""
from __future__ import annotations

from pathlib import Path

from conflictkg.inputs import InputError, article_from_file, check_date


def extract_file(path: str | Path, *, published: str | None = None, fmt: str = "json") -> str:
    """Extract one article file and return it serialised as ``fmt`` (json|trig)."""
    from conflictkg.extract import extract_article, load_pipeline

    article = article_from_file(Path(path), check_date(published, "--published"))
    extraction = extract_article(load_pipeline(), article)
    if fmt == "json":
        return extraction.dumps()
    raise InputError(f"unknown format {fmt!r}")
