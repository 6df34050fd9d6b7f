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


def union_graph(store: Any) -> Graph:
    """All triples of a ``Store`` (every graph) as one rdflib ``Graph``."""
    res = store.inner.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    data = cast(bytes, ox.serialize(cast(ox.QueryTriples, res), format=ox.RdfFormat.N_TRIPLES))
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def validate_graph(data: Graph) -> ValidationReport:
    """SHACL-validate an rdflib graph (include the ontology for ``sh:class``)."""
    from pyshacl import validate as pyshacl_validate

    conforms, results, _ = pyshacl_validate(
        data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True,
        allow_infos=True, advanced=False)
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
    return validate_graph(union_graph(store))


__all__ = ["Finding", "ValidationReport", "shapes_graph", "union_graph", "validate",
           "validate_graph"]
