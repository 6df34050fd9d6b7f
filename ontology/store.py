"""The knowledge-graph store: on-disk Oxigraph (pyoxigraph), one named graph per article.

Layout of the dataset:

- ``kgr:graph/article/<id>``: one graph per article (``mapping.extraction_triples``);
- ``kgr:graph/inferred``: derived facts, replaced as a whole by ``replace_inferred``;
- ``kgr:graph/entities``: one ``ckg:displayLabel`` per entity (English name, else
  the first Arabic label seen), kept in the same transaction as each article
  write; label lookups in queries stay one triple per entity however many
  articles name it (the per-article ``rdfs:label`` triples repeat in each);
- ``kgr:graph/ontology``: ``conflict.ttl``, (re)loaded when a writer opens the
  store and the file changed.

Writes are atomic per article: a new article is added with one transactional
``extend``; a changed one is replaced by one SPARQL update (``DROP GRAPH`` +
``INSERT DATA``), which Oxigraph applies as a single transaction. A process
killed mid-build therefore leaves only whole articles, and re-running finishes
the job without duplicates.

An article is ``"unchanged"`` when its stored ``ckg:contentHash`` (sha256 of
the text) and ``ckg:graphHash`` (sha256 of the article graph) both match: the
same text read by a changed extractor is ``"replaced"``.

Queries see the union of all graphs. ``select`` returns plain Python values:
IRIs as full IRI strings (queries project ``ckg:entityId`` and labels for
reading), ``xsd:integer`` as ``int``, decimals and doubles as ``float``,
booleans as ``bool``, dates as ``"YYYY-MM-DD"`` strings, other literals as
``str``, unbound variables as ``None``.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from conflictkg.extract.records import Extraction
from conflictkg.ontology.mapping import (
    ARTICLE_GRAPH_PREFIX, ENTITIES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, ONTOLOGY_IRI, PREFIXES,
    article_graph_iri, article_iri, display_labels, entity_iri, extraction_ox_triples,
)
from conflictkg.ontology.vocab import CKG

XSD = "http://www.w3.org/2001/XMLSchema#"
INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "nonPositiveInteger", "negativeInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
EXPORT_FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
                  "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD}
EVENT_COLUMNS = ["date", "type", "cameo", "source", "source_label", "target", "target_label",
                 "article", "evidence", "inferred", "event"]
_XSD_STRING, _XSD_DATE, _XSD_INTEGER = (ox.NamedNode(XSD + t) for t in ("string", "date", "integer"))
_LANG_STRING = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
VAR_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PARAM_RE = re.compile(r"^#\s*@param\s+(\w+)\s+(entity|article|string|date|integer)"
                      r"(\s+optional)?\b\s*(.*)$")
Outcome = str  # "added" | "replaced" | "unchanged"


class StoreError(Exception):
    """A store that cannot be used: locked, unwritable, missing, read-only (one line)."""


@lru_cache(maxsize=65536)
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_oxigraph(term: Node | ox.NamedNode | ox.Literal | ox.BlankNode) -> Any:
    """Convert an rdflib term to the equivalent pyoxigraph term.

    >>> to_oxigraph(Literal("x", lang="ar"))
    <Literal value=x language=ar>
    >>> to_oxigraph(URIRef("https://w3id.org/conflictkg/id/ARM")).value
    'https://w3id.org/conflictkg/id/ARM'
    """
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def python_value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value (see the module docstring).

    >>> python_value(ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")))
    3
    >>> python_value(ox.Literal("2022-09-13", datatype=ox.NamedNode(XSD + "date")))
    '2022-09-13'
    >>> python_value(None) is None
    True
    """
    # fast paths first (a query result has tens of thousands of terms): IRIs, strings, dates
    kind = type(term)
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.Literal:
        datatype = term.datatype
        if datatype == _XSD_STRING or datatype == _LANG_STRING or datatype == _XSD_DATE:
            return term.value
        if datatype == _XSD_INTEGER:
            try:
                return int(term.value)
            except ValueError:
                return term.value
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in INT_TYPES:
                return int(term.value)
            if dt in FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def ox_term(value: Any) -> Any:
    """A parameter value as a pyoxigraph term: RDF terms as given, Python scalars as literals.

    >>> ox_term(3)
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    >>> ox_term('a "quoted" > value')
    <Literal value=a "quoted" > value datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """
    if isinstance(value, (Node, ox.NamedNode, ox.Literal, ox.BlankNode)):
        term: Any = to_oxigraph(value)
    elif isinstance(value, bool):
        term = ox.Literal("true" if value else "false", datatype=_named(XSD + "boolean"))
    elif isinstance(value, int):
        term = ox.Literal(str(value), datatype=_named(XSD + "integer"))
    elif isinstance(value, float):
        term = ox.Literal(repr(value), datatype=_named(XSD + "double"))
    elif isinstance(value, str):
        term = ox.Literal(value)
    else:
        raise ValueError(f"cannot bind a query parameter to {type(value).__name__}")
    if isinstance(term, ox.BlankNode):
        raise ValueError("a query parameter cannot be a blank node")
    return term


def _term_text(value: Any) -> str:
    """A parameter value as SPARQL term text (always through pyoxigraph's escaping)."""
    return str(ox_term(value))


def bind_values(sparql: str, params: Mapping[str, Any]) -> str:
    """Append a trailing ``VALUES`` clause binding ``params`` (never pasted into the body).

    >>> bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"x": URIRef("http://e/a")})
    'SELECT ?x WHERE { ?x ?p ?o }\\nVALUES (?x) { (<http://e/a>) }'
    >>> bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"x y": 1})
    Traceback (most recent call last):
    ...
    ValueError: invalid query parameter name 'x y'
    """
    if not params:
        return sparql
    names, terms = [], []
    for name, value in params.items():
        if not VAR_RE.match(name):
            raise ValueError(f"invalid query parameter name {name!r}")
        names.append("?" + name)
        terms.append(_term_text(value))
    return f"{sparql.rstrip()}\nVALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"


@dataclass(frozen=True)
class QueryParam:
    """A parameter a named query declares with ``#@param NAME TYPE [optional] description``."""

    name: str
    type: str
    optional: bool
    description: str

    def convert(self, value: Any) -> Any:
        """Turn a command-line string into the RDF term this parameter expects."""
        if not isinstance(value, str):
            return value
        if self.type == "entity":
            return entity_iri(value)
        if self.type == "article":
            return article_iri(value)
        if self.type == "date":
            from datetime import date

            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"--param {self.name}={value!r}: expected YYYY-MM-DD") from None
            return Literal(value, datatype=URIRef(XSD + "date"))
        if self.type == "integer":
            try:
                return int(value)
            except ValueError:
                raise ValueError(f"--param {self.name}={value!r}: expected an integer") from None
        return value


def query_params(text: str) -> list[QueryParam]:
    """The ``#@param`` declarations in a query's header.

    >>> query_params("#@param actor entity An entity id (RUS)\\nSELECT ...")[0]
    QueryParam(name='actor', type='entity', optional=False, description='An entity id (RUS)')
    """
    out = []
    for line in text.splitlines():
        m = PARAM_RE.match(line.strip())
        if m:
            out.append(QueryParam(m.group(1), m.group(2), bool(m.group(3)), m.group(4).strip()))
    return out


def named_query_path(name_or_file: str | Path) -> Path:
    """Path of a named query (``ontology/queries/NAME.rq``) or of a ``.rq`` file."""
    s = str(name_or_file)
    if s.endswith(".rq") or os.sep in s:
        p = Path(s)
        if not p.is_file():
            raise ValueError(f"{p}: no such query file")
        return p
    if not VAR_RE.match(s):
        raise ValueError(f"unknown query {s!r}")
    p = Path(str(files("conflictkg.ontology").joinpath("queries", f"{s}.rq")))
    if not p.is_file():
        known = sorted(q.stem for q in p.parent.glob("*.rq"))
        raise ValueError(f"unknown query {s!r} (known: {', '.join(known)})")
    return p


def _ontology_source() -> tuple[bytes, str]:
    data = files("conflictkg.ontology").joinpath("conflict.ttl").read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def _ntriples(triples: Iterable[Any]) -> str:
    items = [t if isinstance(t, ox.Triple) else
             ox.Triple(to_oxigraph(t[0]), to_oxigraph(t[1]), to_oxigraph(t[2])) for t in triples]
    if not items:
        return ""
    return cast(bytes, ox.serialize(items, format=ox.RdfFormat.N_TRIPLES)).decode("utf-8")


_ENTITIES = _named(str(ENTITIES_GRAPH))
_DISPLAY = _named(str(CKG.displayLabel))
_MENTIONED = _named(str(CKG.mentionedIn))


def _drop_orphan_labels(entities: list[ox.NamedNode]) -> str:
    """Update step: remove display labels of ``entities`` that no article graph names any more."""
    if not entities:
        return ""
    values = " ".join(str(e) for e in entities)
    return (f" ;\nDELETE {{ GRAPH {_ENTITIES} {{ ?x {_DISPLAY} ?l }} }} WHERE {{ VALUES ?x {{ {values} }} "
            f"GRAPH {_ENTITIES} {{ ?x {_DISPLAY} ?l }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x {_MENTIONED} ?a }} }} }}")


# A store written by an older mapping (before ckg:DyadSummary and the event shortcuts
# ckg:reportedIn ...): an article graph with a clash edge but no dyad summary (two scans joined
# by hash, ~15 ms at 1M quads), or an ontology graph (synced by every writer) that does not
# declare ckg:DyadSummary, i.e. the last writer was older.
_OUTDATED_ASK = f"""ASK {{
  {{ {{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ckg:fights ?t }} }} }}
     MINUS {{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r a ckg:DyadSummary }} }} }}
     FILTER(?g != <{INFERRED_GRAPH}>) }}
  UNION
  {{ FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ckg:DyadSummary a owl:Class }} }} }}
}}"""


def _replace_graph_update(graph: ox.NamedNode, triples: Iterable[Any]) -> str:
    body = _ntriples(triples)
    update = f"DROP SILENT GRAPH {graph}"
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"
    return update


class Store:
    """An Oxigraph dataset with the conflictkg layout; use ``open`` or ``memory``.

    Examples
    --------
    >>> from conflictkg.extract.records import Article, Extraction
    >>> kg = Store.memory()
    >>> x = Extraction(Article("a1", "نص قصير.", "2024-01-02"))
    >>> kg.ingest(x), kg.ingest(x)
    ('added', 'unchanged')
    >>> kg.select("SELECT ?d WHERE { ?a schema:datePublished ?d }")
    [{'d': '2024-01-02'}]
    """

    def __init__(self, inner: ox.Store, path: Path | None, read_only: bool) -> None:
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only
        self._model_checked = False
        if not read_only:
            self._sync_ontology()

    # ------------------------------------------------------------ opening

    @classmethod
    def memory(cls) -> Store:
        """An in-memory store with the same API (the ontology graph loaded)."""
        return cls(ox.Store(), None, False)

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, create: bool = True) -> Store:
        """Open the store folder ``path``; raise ``StoreError`` (one line) if unusable.

        ``read_only=True`` opens a static snapshot (for query, view, export,
        validate, serve) and needs an existing store. A writer holds
        Oxigraph's lock: a second writer gets ``store X is locked by another
        process``.
        """
        p = Path(path)
        if p.exists() and not p.is_dir():
            raise StoreError(f"store {p} is a file, not a folder")
        is_store = (p / "CURRENT").is_file()
        if read_only or not create:
            if not is_store:
                raise StoreError(f"no store at {p}")
        elif p.is_dir() and not is_store and any(p.iterdir()):
            raise StoreError(f"{p} is not a store (the folder is not empty); choose a new folder")
        if read_only:
            try:
                return cls(ox.Store.read_only(str(p)), p, True)
            except OSError as exc:
                raise StoreError(f"cannot open store {p}: {_first_line(exc)}") from None
        try:
            p.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store {p}: {exc.strerror or exc}") from None
        if not os.access(p, os.W_OK | os.X_OK):
            raise StoreError(f"store {p} is not writable")
        try:
            inner = ox.Store(str(p))
        except OSError as exc:
            msg = _first_line(exc)
            if "lock" in msg.lower():
                raise StoreError(f"store {p} is locked by another process") from None
            raise StoreError(f"cannot open store {p}: {msg}") from None
        return cls(inner, p, False)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock). Further use raises ``StoreError``."""
        if self._inner is not None and not self.read_only and self.path is not None:
            self._inner.flush()
        self._inner = None

    @property
    def inner(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._inner is None:
            raise StoreError(f"store {self.path or '(memory)'} is closed")
        return self._inner

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        return self.inner

    def _sync_ontology(self) -> None:
        data, digest = _ontology_source()
        g = _named(str(ONTOLOGY_GRAPH))
        current = [str(_lexical(q.object)) for q in self.inner.quads_for_pattern(
            _named(str(ONTOLOGY_IRI)), _named(str(CKG.sourceHash)), None, g)]
        if current == [digest]:
            return
        triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        triples.append(ox.Triple(_named(str(ONTOLOGY_IRI)), _named(str(CKG.sourceHash)),
                                 ox.Literal(digest)))
        self.inner.update(_replace_graph_update(g, triples))

    # ------------------------------------------------------------ writing

    def ingest(self, extraction: Extraction) -> Outcome:
        """Write one article's graph atomically: ``"added"``, ``"replaced"`` or ``"unchanged"``."""
        inner = self._writable()
        triples = extraction_ox_triples(extraction)
        graph = _named(str(article_graph_iri(extraction.article.id)))
        art = _named(str(article_iri(extraction.article.id)))
        hash_preds = (str(CKG.contentHash), str(CKG.graphHash))
        new = {t.predicate.value: _lexical(t.object) for t in triples
               if t.subject == art and t.predicate.value in hash_preds}
        old = {q.predicate.value: _lexical(q.object)
               for pred in hash_preds
               for q in inner.quads_for_pattern(art, _named(pred), None, graph)}
        labels = self._new_display_labels(display_labels(extraction))
        if old == new:
            if labels:  # a store written before display labels existed: add them, nothing else
                inner.extend([ox.Quad(t.subject, t.predicate, t.object, _ENTITIES) for t in labels])
            return "unchanged"
        if next(iter(inner.quads_for_pattern(None, None, None, graph)), None) is not None:
            previous = self._entities_of(graph)
            update = _replace_graph_update(graph, triples)
            if labels:
                update += f" ;\nINSERT DATA {{ GRAPH {_ENTITIES} {{\n{_ntriples(labels)}}} }}"
            update += _drop_orphan_labels(previous)
            inner.update(update)
            return "replaced"
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        quads += [ox.Quad(t.subject, t.predicate, t.object, _ENTITIES) for t in labels]
        inner.extend(quads)
        return "added"

    def _new_display_labels(self, labels: Mapping[str, ox.Literal]) -> list[ox.Triple]:
        """Display-label triples for entities that have none in the entities graph yet."""
        out = []
        for iri, label in labels.items():
            node = _named(iri)
            if next(iter(self.inner.quads_for_pattern(node, _DISPLAY, None, _ENTITIES)), None) is None:
                out.append(ox.Triple(node, _DISPLAY, label))
        return out

    def _entities_of(self, graph: ox.NamedNode) -> list[ox.NamedNode]:
        return sorted({q.subject for q in self.inner.quads_for_pattern(None, _MENTIONED, None, graph)
                       if isinstance(q.subject, ox.NamedNode)}, key=lambda n: n.value)

    def optimize(self) -> None:
        """Compact the on-disk database (run after a large build: reads get faster)."""
        self._writable().optimize()

    def remove_article(self, article_id: str) -> bool:
        """Drop one article's graph (and labels no other article supports); return whether it existed."""
        inner = self._writable()
        graph = _named(str(article_graph_iri(article_id)))
        existed = next(iter(inner.quads_for_pattern(None, None, None, graph)), None) is not None
        inner.update(f"DROP SILENT GRAPH {graph}" + _drop_orphan_labels(self._entities_of(graph)))
        return existed

    def replace_inferred(self, triples: Iterable[Any]) -> int:
        """Atomically replace the inferred graph with ``triples`` (rdflib or pyoxigraph; 3-tuples).

        Returns the number of distinct triples written.
        """
        inner = self._writable()
        items = list(dict.fromkeys(
            t if isinstance(t, ox.Triple) else
            ox.Triple(to_oxigraph(t[0]), to_oxigraph(t[1]), to_oxigraph(t[2])) for t in triples))
        inner.update(_replace_graph_update(_named(str(INFERRED_GRAPH)), items))
        return len(items)

    # ------------------------------------------------------------ reading

    def select(self, sparql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT (or ASK) over the union of all graphs; rows as dicts of Python values.

        ``params`` are bound with a trailing ``VALUES`` clause: rdflib/pyoxigraph
        terms as given, ``str`` as plain literals, ``int``/``float``/``bool`` as
        typed literals. Use ``entity_iri("RUS")`` for an entity. The project
        prefixes (ckg, kgr, prov, schema, ...) are predeclared. An ASK query
        returns ``[{"ask": bool}]``.
        """
        res = self._run(sparql, params or {})
        if isinstance(res, ox.QueryBoolean):
            return [{"ask": bool(res)}]
        if not isinstance(res, ox.QuerySolutions):
            raise ValueError("select() runs SELECT or ASK queries, not CONSTRUCT/DESCRIBE")
        names = [v.value for v in res.variables]
        # a solution iterates over its values in the order of ``res.variables``
        return [dict(zip(names, map(python_value, sol))) for sol in res]

    def _run(self, sparql: str, params: Mapping[str, Any]) -> Any:
        # Parameters projected by the query are substituted into the algebra
        # (pyoxigraph ``substitutions``, SEP-0007), so they constrain every
        # pattern that uses them; others are joined through a trailing VALUES.
        try:
            if params:
                subs = {}
                for name, value in params.items():
                    if not VAR_RE.match(name):
                        raise ValueError(f"invalid query parameter name {name!r}")
                    subs[ox.Variable(name)] = ox_term(value)
                try:
                    return self.inner.query(sparql, prefixes=PREFIXES, substitutions=subs,
                                            use_default_graph_as_union=True)
                except RuntimeError as exc:
                    if "projection" not in str(exc):
                        raise
            return self.inner.query(bind_values(sparql, params), prefixes=PREFIXES,
                                    use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise ValueError(f"SPARQL syntax error: {_first_line(exc)}") from None

    def ask(self, sparql: str, params: Mapping[str, Any] | None = None) -> bool:
        """Run an ASK query; return its boolean."""
        rows = self.select(sparql, params)
        return bool(rows[0].get("ask")) if rows else False

    def named_query(self, name_or_file: str | Path,
                    params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run ``ontology/queries/NAME.rq`` (or a ``.rq`` file), binding its declared params.

        Each ``#@param NAME TYPE`` line of the query header declares one
        parameter (TYPE: entity -> ``kgr:<id>``, article -> ``kgr:article/<id>``,
        date, integer, string). Unknown or missing parameters raise ``ValueError``.
        """
        path = named_query_path(name_or_file)
        self.check_current()
        text = path.read_text(encoding="utf-8")
        declared = {p.name: p for p in query_params(text)}
        given = dict(params or {})
        unknown = sorted(set(given) - set(declared))
        if unknown:
            names = ", ".join(declared) or "none"
            raise ValueError(f"query {path.stem} has no parameter {unknown[0]!r} (declared: {names})")
        missing = [p.name for p in declared.values() if not p.optional and p.name not in given]
        if missing:
            raise ValueError(f"query {path.stem} needs --param {missing[0]}=... "
                             f"({declared[missing[0]].description})")
        bound = {k: declared[k].convert(v) for k, v in given.items()}
        return self.select(text, bound)

    def check_current(self) -> None:
        """Raise ``StoreError`` when articles were written by an older conflictkg.

        The named queries read nodes the mapping adds (``ckg:DyadSummary``,
        the event shortcuts ``ckg:reportedIn`` ...); a store built before they
        existed would answer with missing rows. Re-running ``conflictkg build``
        on the same inputs replaces each such article (its graph hash
        changed). Checked once per opened store (~15 ms at 1M quads): an
        article graph with a clash but no dyad summary, or an ontology graph
        from an older ``conflict.ttl`` (every writer syncs it).
        """
        if self._model_checked:
            return
        if self.ask(_OUTDATED_ASK):
            where = self.path if self.path is not None else "(memory)"
            raise StoreError(f"store {where} was built by an older conflictkg: run `conflictkg build` "
                             "again on the same inputs to update it")
        self._model_checked = True

    def triples_count(self) -> int:
        """Number of quads in the store (all graphs, ontology included)."""
        return len(self.inner)

    def article_ids(self) -> list[str]:
        """Ids of the articles in the store, sorted."""
        rows = self.select("SELECT ?id WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id }")
        return sorted({str(r["id"]) for r in rows})

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store."""
        return iter(self.inner)

    # ------------------------------------------------------------ export

    def export(self, path: str | Path, fmt: str) -> Path:
        """Write the store as trig, nq (named graphs kept), ttl, nt (flattened union) or jsonld.

        The file appears only when complete (written beside it, then renamed).
        """
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)}, csv)")
        out = Path(path)
        rdf_format = EXPORT_FORMATS[fmt]
        with _atomic_file(out) as tmp:
            if fmt in ("ttl", "nt"):
                res = self.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                triples = sorted(set(cast(ox.QueryTriples, res)), key=str)
                ox.serialize(triples, tmp, rdf_format,
                             prefixes=PREFIXES if fmt == "ttl" else None)
            else:
                self.inner.dump(tmp, rdf_format,
                                prefixes=PREFIXES if fmt != "nq" else None)
        return out

    def events(self) -> list[dict[str, Any]]:
        """Every event, asserted and inferred, in date order: one dict per row, keys ``EVENT_COLUMNS``.

        A dump of the whole store (``ontology/export/events.rq``), behind the
        events CSV; to ask about one actor use the ``actor_timeline`` query.
        """
        self.check_current()
        text = files("conflictkg.ontology").joinpath("export", "events.rq").read_text("utf-8")
        return self.select(text)

    def export_events_csv(self, path: str | Path) -> Path:
        """One row per event (asserted and inferred), columns ``EVENT_COLUMNS``, for pandas."""
        rows = self.events()
        out = Path(path)
        with _atomic_file(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r[k]) for k in EVENT_COLUMNS})
        return out


class _atomic_file:
    """Context manager: a temp path beside ``target``, renamed onto it on success."""

    def __init__(self, target: Path) -> None:
        if not target.parent.is_dir():
            raise ValueError(f"{target}: folder {target.parent} does not exist")
        self.target = target
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(fd)
        self.tmp = name

    def __enter__(self) -> str:
        return self.tmp

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            os.replace(self.tmp, self.target)
        else:
            Path(self.tmp).unlink(missing_ok=True)


def _lexical(term: Any) -> str:
    return str(term.value) if hasattr(term, "value") else str(term)


def _first_line(exc: BaseException, limit: int = 240) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "..."


def is_article_graph(iri: str) -> bool:
    """Whether ``iri`` names an article graph."""
    return iri.startswith(ARTICLE_GRAPH_PREFIX)


__all__ = ["EVENT_COLUMNS", "QueryParam", "Store", "StoreError", "bind_values", "is_article_graph",
           "named_query_path", "ox_term", "python_value", "query_params", "to_oxigraph"]
