"""SHACL validation of a store against ``ontology/shapes.ttl`` (pyshacl).

The data graph is the union of all the store's graphs, the ontology included,
so ``sh:class`` constraints follow ``rdfs:subClassOf`` without a reasoner.
Warnings (``sh:Warning``) are reported but do not make the store invalid.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, cast

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from conflictkg.ontology.mapping import PREFIXES

SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class Finding:
    """One SHACL result: the node, the property path, the message, the severity."""

    focus: str
    path: str
    message: str
    severity: str = "violation"
    value: str = ""

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path or '-'}: {self.message}{value}"


@dataclass
class ValidationReport:
    """Outcome of ``validate``: ``conforms`` and one ``Finding`` per result.

    ``str(report)`` is one line per finding (focus node, path, message), then
    a summary line.
    """

    conforms: bool
    findings: list[Finding] = field(default_factory=list)
    triples: int = 0

    @property
    def violations(self) -> list[Finding]:
        """Findings of severity violation."""
        return [f for f in self.findings if f.severity == "violation"]

    def __str__(self) -> str:
        lines = [str(f) for f in self.findings]
        nv = len(self.violations)
        nw = len(self.findings) - nv
        verdict = "conforms" if self.conforms else "does NOT conform"
        lines.append(f"store {verdict} to ontology/shapes.ttl: {nv} violation(s), "
                     f"{nw} warning(s), {self.triples} triples checked")
        return "\n".join(lines)


def _short(term: Any) -> str:
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."


def shapes_graph() -> Graph:
    """The SHACL shapes of ``ontology/shapes.ttl``."""
    data = files("conflictkg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=data, format="turtle")


def _union_ntriples(store: Any) -> bytes:
    res = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return cast(bytes, ox.serialize(cast(ox.QueryTriples, res), format=ox.RdfFormat.N_TRIPLES))


def union_graph(store: Any) -> Graph:
    """All triples of a ``Store`` (every graph) as one rdflib ``Graph``."""
    return Graph().parse(data=_union_ntriples(store).decode("utf-8"), format="nt")


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """SHACL-validate an rdflib graph (include the ontology for ``sh:class``) with pyshacl."""
    from pyshacl import validate as pyshacl_validate

    conforms, results, _ = pyshacl_validate(
        data, shacl_graph=shapes if shapes is not None else shapes_graph(), inference="none",
        allow_warnings=True, allow_infos=True, advanced=False)
    findings = []
    for r in results.subjects(SH.resultSeverity, None):
        focus, value = results.value(r, SH.focusNode), results.value(r, SH.value)
        findings.append(Finding(
            focus=_short(focus),
            path=_short(results.value(r, SH.resultPath)),
            message=" ".join(str(results.value(r, SH.resultMessage) or "constraint failed").split()),
            severity=SEVERITY.get(results.value(r, SH.resultSeverity), "violation"),
            value="" if value == focus else _short(value)))
    findings.sort(key=lambda f: (f.severity != "violation", f.focus, f.path, f.message))
    return ValidationReport(bool(conforms), findings, len(data))


def validate(store: Any) -> ValidationReport:
    """Validate a ``Store`` (on disk or in memory) against the shapes.

    Examples
    --------
    >>> from conflictkg.ontology.store import Store
    >>> from conflictkg.extract.records import Article, Extraction
    >>> kg = Store.memory()
    >>> _ = kg.ingest(Extraction(Article("a1", "نص.", "2024-01-02")))
    >>> report = validate(kg)
    >>> report.conforms, str(report).splitlines()[-1].startswith("store conforms")
    (True, True)
    """
    data = _union_ntriples(store)
    shapes = shapes_graph()
    constraints = sparql_constraints(shapes)
    for c in constraints:  # checked below, one query each instead of one per focus node
        shapes.remove((c.shape, SH.sparql, c.node))
    core = validate_graph(Graph().parse(data=data.decode("utf-8"), format="nt"), shapes)
    union = ox.Store()  # a set, like the rdflib graph (the store's union repeats shared triples)
    union.load(data, format=ox.RdfFormat.N_TRIPLES)
    findings = core.findings + [f for c in constraints for f in c.check(union)]
    findings.sort(key=lambda f: (f.severity != "violation", f.focus, f.path, f.message))
    conforms = not any(f.severity == "violation" for f in findings)
    return ValidationReport(conforms, findings, core.triples)


@dataclass(frozen=True)
class SparqlConstraint:
    """One ``sh:sparql`` SELECT constraint of a node shape, run once over the whole data.

    pyshacl runs such a constraint once per focus node with ``$this``
    pre-bound: an rdflib query of milliseconds each, 40 s for the nine dev
    articles. Here the shape's targets are joined into the same SELECT and
    Oxigraph answers it once; each row is a finding for ``$this``, as SHACL
    defines it (``tests/unit/ontology/test_shapes.py`` checks the findings
    equal pyshacl's).
    """

    shape: URIRef
    node: Any
    query: str
    message: str
    severity: str
    has_value: bool  # the SELECT projects ?value (else the value is the focus node)

    def check(self, data: ox.Store) -> list[Finding]:
        seen: dict[tuple[str, str], Finding] = {}
        for row in cast(ox.QuerySolutions, data.query(self.query)):
            focus, value = row["this"], row["value"] if self.has_value else None
            key = (str(focus), str(value))
            if key not in seen:
                seen[key] = Finding(focus=_short(_rdflib(focus)), path="", message=self.message,
                                    severity=self.severity,
                                    value="" if value is None or value == focus else _short(_rdflib(value)))
        return list(seen.values())


def _rdflib(term: Any) -> Any:
    from rdflib import Literal

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return Literal(term.value) if isinstance(term, ox.Literal) else term


def sparql_constraints(shapes: Graph) -> list[SparqlConstraint]:
    """The ``sh:sparql`` constraints of ``shapes``, each with its shape's targets joined in."""
    from rdflib.namespace import RDF, RDFS

    out = []
    for shape, node in shapes.subject_objects(SH.sparql):
        text = str(shapes.value(node, SH.select))
        targets = [f"{{ ?this <{RDF.type}>/<{RDFS.subClassOf}>* <{c}> }}"
                   for c in shapes.objects(shape, SH.targetClass)]
        targets += [f"{{ ?this <{p}> [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
        if not targets or "$this" not in text:
            raise ValueError(f"{_short(shape)}: a sh:sparql constraint needs a class or "
                             "subjects-of target and $this")
        prefixes = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for src in shapes.objects(node, SH.prefixes) for d in shapes.objects(src, SH.declare))
        head, brace, body = text.partition("{")
        target = f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(targets)} }} }}"
        severity = shapes.value(shape, SH.severity) or SH.Violation
        out.append(SparqlConstraint(
            shape=cast(URIRef, shape), node=node,
            query=f"{prefixes}{head}{brace} {target}\n{body}",
            message=" ".join(str(shapes.value(node, SH.message) or "constraint failed").split()),
            severity=SEVERITY.get(severity, "violation"), has_value="?value" in head))
    return out


__all__ = ["Finding", "SparqlConstraint", "ValidationReport", "shapes_graph", "sparql_constraints",
           "union_graph", "validate", "validate_graph"]
