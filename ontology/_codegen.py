"""Generate ``ontology/vocab.py`` from ``ontology/conflict.ttl``.

Run ``python -m conflictkg.ontology._codegen`` after editing the ontology;
``--check`` exits 1 (and writes nothing) when ``vocab.py`` is out of date.
The output has no timestamp and lists terms in sorted order, so it only
changes when the ontology does.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

HERE = Path(__file__).resolve().parent
TTL = HERE / "conflict.ttl"
VOCAB = HERE / "vocab.py"
CKG_NS = "https://w3id.org/conflictkg/ontology#"
PLOVER_NS = "https://w3id.org/conflictkg/plover#"
KGR_NS = "https://w3id.org/conflictkg/id/"

HEADER = '''"""Terms of the conflictkg ontology as rdflib namespaces.

GENERATED from ``ontology/conflict.ttl`` by ``python -m conflictkg.ontology._codegen``:
do not edit by hand (``tests/test_vocab_sync.py`` fails when this file drifts).

Examples
--------
>>> CKG.Accusation
rdflib.term.URIRef('https://w3id.org/conflictkg/ontology#Accusation')
>>> KGR["ARM"]
rdflib.term.URIRef('https://w3id.org/conflictkg/id/ARM')
"""
# ruff: noqa: N815
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

'''


def _english_label(g: Graph, term: URIRef) -> str:
    for pred in (RDFS.label, SKOS.prefLabel):
        for lab in g.objects(term, pred):
            if isinstance(lab, Literal) and lab.language == "en":
                return " ".join(str(lab).split())
    return ""


def _class_block(g: Graph, name: str, ns: str, doc: str) -> list[str]:
    terms = sorted({str(s)[len(ns):] for s in g.subjects() if isinstance(s, URIRef)
                    and str(s).startswith(ns) and len(str(s)) > len(ns)})
    lines = [f"class {name}(DefinedNamespace):", f'    """{doc}"""', ""]
    for t in terms:
        if not t.isidentifier():
            raise ValueError(f"term {ns}{t} is not a Python identifier")
        label = _english_label(g, URIRef(ns + t))
        lines.append(f"    {t}: URIRef" + (f"  # {label}" if label else ""))
    lines += ["", "    _NS = Namespace(%r)" % ns, "    _fail = True", ""]
    return lines


def render(ttl: Path = TTL) -> str:
    """The text ``vocab.py`` must have for the ontology at ``ttl``."""
    g = Graph().parse(ttl, format="turtle")
    out = [HEADER]
    out += _class_block(g, "CKG", CKG_NS, "Classes and properties of the conflictkg ontology.")
    out += ["", *_class_block(g, "PLOVER", PLOVER_NS, "PLOVER event types (skos:Concept).")]
    out += ["", f"KGR = Namespace({KGR_NS!r})",
            '"""Instances: ``KGR["ARM"]``, ``KGR["person/ab12"]``, ``KGR["article/<id>"]``."""', "",
            '__all__ = ["CKG", "KGR", "PLOVER"]', ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) ``vocab.py``; return the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if vocab.py is out of date")
    args = ap.parse_args(argv)
    text = render()
    current = VOCAB.read_text(encoding="utf-8") if VOCAB.exists() else ""
    if args.check:
        if current != text:
            print(f"{VOCAB} is out of date: run python -m conflictkg.ontology._codegen",
                  file=sys.stderr)
            return 1
        return 0
    if current != text:
        VOCAB.write_text(text, encoding="utf-8")
        print(f"wrote {VOCAB}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
