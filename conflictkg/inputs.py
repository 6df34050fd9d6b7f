"""Reading articles from paths: .txt files, folders of them, .jsonl corpora.

Every problem is raised as ``InputError`` with a one-line message that names
the input, so the CLI can print it and exit non-zero without a traceback.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from conflictkg.extract.records import Article

ARTICLE_SUFFIXES = (".txt",)
CORPUS_SUFFIXES = (".jsonl",)
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


class InputError(Exception):
    """A bad input (missing, empty, not UTF-8, malformed); the message is one line."""


def check_date(value: str | None, where: str) -> str | None:
    """Return ``value`` if it is an ISO date (YYYY-MM-DD) or empty, else raise."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{where}: published date {value!r} is not YYYY-MM-DD") from None


def read_text_file(path: Path) -> str:
    """Read a UTF-8 article; reject missing, empty, binary or non-UTF-8 files."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def article_from_file(path: Path, published: str | None = None) -> Article:
    """One ``.txt`` file -> ``Article`` (id from the file stem, date from the name if any)."""
    text = read_text_file(path)
    if published is None:
        m = _DATE_IN_NAME.search(path.stem)
        published = m.group(1) if m else None
    return Article(id=path.stem, text=text, published=check_date(published, str(path)),
                   url=None, title=text.strip().splitlines()[0][:200])


def articles_from_jsonl(path: Path) -> Iterator[Article]:
    """Articles of a ``.jsonl`` corpus: one object per line with ``id`` and ``text``."""
    text = read_text_file(path)
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object")
        for key in ("id", "text"):
            if not isinstance(obj.get(key), str) or not obj[key].strip():
                raise InputError(f"{where}: missing or empty {key!r}")
        if obj["id"] in seen:
            raise InputError(f"{where}: duplicate article id {obj['id']!r}")
        seen.add(obj["id"])
        yield Article(id=obj["id"], text=obj["text"],
                      published=check_date(obj.get("published"), where),
                      url=obj.get("url") or None, title=obj.get("title") or None)


def _hidden(relative: Path) -> bool:
    """A path under a dot folder or a dot file (``.venv/``, ``.git/``): never an article."""
    return any(part.startswith(".") for part in relative.parts)


def iter_articles(inputs: Iterable[str | Path]) -> Iterator[Article]:
    """Expand paths (files, folders, corpora) into articles, in a stable order."""
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix in ARTICLE_SUFFIXES + CORPUS_SUFFIXES
                           and not _hidden(p.relative_to(path)))
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .jsonl articles")
            yield from iter_articles(found)
        elif path.suffix in CORPUS_SUFFIXES:
            yield from articles_from_jsonl(path)
        else:
            yield article_from_file(path)


def load_articles(inputs: Iterable[str | Path]) -> list[Article]:
    """All articles, validated before anything is written anywhere."""
    articles = list(iter_articles(inputs))
    ids: dict[str, int] = {}
    for a in articles:
        ids[a.id] = ids.get(a.id, 0) + 1
    dup = sorted(i for i, n in ids.items() if n > 1)
    if dup:
        raise InputError(f"duplicate article id {dup[0]!r} in the inputs")
    if not articles:
        raise InputError("no articles in the inputs")
    return articles
