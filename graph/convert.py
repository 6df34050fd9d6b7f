"""RDF store -> ``networkx.MultiDiGraph`` of actors and relation events.

The graph layer reads the knowledge graph only through the SPARQL files in
``graph/queries/`` (so whatever the viewer shows, SPARQL shows too). ``kg`` is
anything with ``.select(sparql) -> list[dict]`` (a
:class:`conflictkg.ontology.store.Store`), or an in-memory ``rdflib`` graph or
dataset (queried over the union of its named graphs).

Nodes are entity ids (``"ARM"``, ``"person/ab12"``), never IRIs, with the
attributes ``type``, ``subtype``, ``labels``, ``label`` (display label),
``name_en``, ``part_of``, ``roles``, ``state`` (top-level state/IGO via
``part_of``/``holdsRole``), ``iri``, ``wikidata``, ``killed``, ``wounded``.

The display ``label`` is the store's ``ckg:displayLabel`` when it has one, else
:func:`display_label` chooses among the surface labels.

Edges are relation events: key = event IRI, attributes ``type``, ``date``
(event date, else the article's publication date), ``event_date``,
``evidence`` (sentence text), ``sentence_index``, ``start``, ``end``,
``trigger``, ``article`` (article id), ``title``, ``published``,
``inferred`` (bool), ``rule`` and ``support`` (event IRIs an inferred edge
derives from). Persons' roles and bodies' ``part_of`` links also appear as
structural edges of type ``holds_role``/``part_of`` (``structural=True``) unless
an event already states them. ``G.graph["casualties"]`` lists the casualty
reports.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib.resources import files
from typing import Any

import networkx as nx

from conflictkg.graph.rollup import top_level

#: Instance namespace of the RDF contract (entity IRIs are KGR + id).
KGR = "https://w3id.org/conflictkg/id/"
#: Ontology namespace of the RDF contract.
CKG = "https://w3id.org/conflictkg/ontology#"
#: ckg classes that are entity types (the rest are subtypes).
ENTITY_TYPES = ("State", "Person", "Organization", "Place")
#: Subclasses of ckg:Organization the ontology may assert.
SUBTYPES = ("IGO", "GovernmentBody", "ArmedForce", "ArmedGroup", "PoliticalParty")

Rows = list[dict[str, Any]]


def query_text(name: str) -> str:
    """The text of ``graph/queries/NAME.rq``.

    Examples
    --------
    >>> query_text("relations").startswith("#")
    True
    """
    return files("conflictkg.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def _runner(kg: Any) -> Callable[[str], Rows]:
    if hasattr(kg, "select"):
        return lambda q: list(kg.select(q))
    import rdflib

    if isinstance(kg, rdflib.Graph):
        union = rdflib.Graph()
        if hasattr(kg, "quads"):
            for s, p, o, *_ in kg.quads((None, None, None, None)):
                union.add((s, p, o))
        else:  # pragma: no cover - plain Graph has no quads in old rdflib
            for t in kg:
                union.add(t)

        def run(q: str) -> Rows:
            res = union.query(q)
            names = [str(v) for v in res.vars or ()]
            out: Rows = []
            for row in res:
                values = list(row)  # type: ignore[arg-type]
                out.append({n: _py(values[i]) for i, n in enumerate(names)
                            if values[i] is not None})
            return out
        return run
    raise TypeError(f"cannot query {type(kg).__name__}: expected a Store or an rdflib graph")


def _py(term: Any) -> Any:
    import rdflib

    if isinstance(term, rdflib.Literal):
        return term.toPython()
    return str(term)


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _int(v: Any) -> int | None:
    if v is None or v == "":
        return None
    try:
        return int(str(v))
    except ValueError:
        return None


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v).strip().lower() in {"true", "1"}


def _date(v: Any) -> str | None:
    if v is None or v == "":
        return None
    return str(v)[:10]


def _local(iri: str) -> str:
    return iri[len(KGR):] if iri.startswith(KGR) else iri


def to_networkx(kg: Any, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """Read actors, relation events and casualties of ``kg`` into a new graph.

    Parameters
    ----------
    kg
        A ``Store`` (anything with ``.select``) or an rdflib ``Graph``/``Dataset``.
    since, until
        ISO dates (inclusive). When given, only events dated in the range are kept
        (an event without its own date takes its article's publication date;
        undated events are dropped), and actors left without edges are dropped.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> import rdflib
    >>> K = rdflib.Namespace("https://w3id.org/conflictkg/id/")
    >>> C = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")
    >>> ds = rdflib.Dataset()
    >>> g = ds.graph(K["graph/article/a1"])
    >>> for i in ("ARM", "AZE"):
    ...     _ = g.add((K[i], rdflib.RDF.type, C.State)).add((K[i], C.entityId, rdflib.Literal(i)))
    >>> ev = K["event/a1/0"]
    >>> _ = g.add((ev, C.relationType, rdflib.Literal("fights")))
    >>> _ = g.add((ev, C.source, K.ARM)).add((ev, C.target, K.AZE))
    >>> _ = g.add((ev, C.date, rdflib.Literal("2022-09-13", datatype=rdflib.XSD.date)))
    >>> G = to_networkx(ds)
    >>> sorted(G.nodes), list(G.edges(keys=True))
    (['ARM', 'AZE'], [('ARM', 'AZE', 'https://w3id.org/conflictkg/id/event/a1/0')])
    >>> G.edges["ARM", "AZE", str(ev)]["date"], G.nodes["ARM"]["state"]
    ('2022-09-13', 'ARM')
    >>> len(to_networkx(ds, since="2023-01-01").edges)
    0
    """
    select = _runner(kg)
    G = nx.MultiDiGraph()
    iri_to_id = _add_actors(G, select)
    _add_relations(G, select, iri_to_id)
    _add_structural_edges(G)
    _add_casualties(G, select, iri_to_id)
    for n in G.nodes:
        G.nodes[n]["state"] = top_level(G, n)
    if since is not None or until is not None:
        drop = [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
                if not d.get("structural") and not _in_range(d.get("date"), since, until)]
        G.remove_edges_from(drop)
        eventful = {n for u, v, d in G.edges(data=True) if not d.get("structural") for n in (u, v)}
        G.remove_nodes_from([n for n in list(G.nodes) if n not in eventful])
        G.graph["since"], G.graph["until"] = since, until
    return G


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def _add_actors(G: nx.MultiDiGraph, select: Callable[[str], Rows]) -> dict[str, str]:
    iri_to_id: dict[str, str] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    for row in select(query_text("actors")):
        iri, ident = str(row["actor"]), str(row["id"])
        iri_to_id[iri] = ident
        if row.get("class"):
            classes[ident].add(str(row["class"]).rsplit("#", 1)[-1])
    labels: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    preferred_ar: dict[str, set[str]] = defaultdict(set)
    display: dict[str, set[str]] = defaultdict(set)
    same_as: dict[str, set[str]] = defaultdict(set)
    for row in select(query_text("actor_labels")):
        found = iri_to_id.get(str(row["actor"]))
        if found is None:
            continue
        ident = found
        kind, value, lang = str(row["kind"]), str(row["value"]), str(row.get("lang") or "")
        if kind == "label":
            labels[ident].add(value)
        elif kind == "display":
            display[ident].add(value)
        elif kind == "pref" and lang == "ar":
            preferred_ar[ident].add(value)
        elif kind == "pref":
            names[ident].add(value)
        else:
            same_as[ident].add(value)
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in select(query_text("actor_links")):
        child, parent = iri_to_id.get(str(row["actor"])), iri_to_id.get(str(row["parent"]))
        if child is not None and parent is not None:
            links[child][str(row["link"])].add(parent)
    id_to_iri = {ident: iri for iri, ident in sorted(iri_to_id.items(), reverse=True)}
    for ident in sorted(id_to_iri):
        cls = classes.get(ident, set())
        etype = next((t for t in ENTITY_TYPES if t in cls), None)
        subtype = next((t for t in SUBTYPES if t in cls), None)
        if etype is None and subtype is not None:
            etype = "Organization"
        labs = sorted(labels.get(ident, ()))
        name_en = min(names[ident], key=lambda s: (len(s), s)) if names.get(ident) else None
        part_of = sorted(links[ident]["part_of"])[0] if links[ident]["part_of"] else None
        wikidata = sorted(same_as[ident])[0] if same_as.get(ident) else None
        chosen = display.get(ident) or preferred_ar.get(ident)
        pref = min(chosen, key=lambda s: (len(s), s)) if chosen else None
        G.add_node(ident, type=etype or "Unknown", subtype=subtype, labels=labs,
                   label=pref or display_label(labs, name_en, ident, etype), name_en=name_en,
                   part_of=part_of, roles=sorted(links[ident]["holds_role"]),
                   iri=id_to_iri[ident],
                   wikidata=wikidata, killed=0, wounded=0)
    return iri_to_id


def display_label(labels: Iterable[str], name_en: str | None, ident: str,
                  etype: str | None = None) -> str:
    """The label to show for an actor that has no ``ckg:displayLabel`` in the store.

    The store keeps every surface label of an entity as a set, so which one is
    its name is lost: a state's labels mix its name, its capital used as a
    metonym and phrases such as "the Ethiopian government". So a state shows
    its English name when known; places show their shortest label (the name
    rather than "the city of ..."); persons and organizations their longest
    (a full name beats a bare surname, "the European Union" beats "the
    Union"). Without any label: the English name, else the id.

    Examples
    --------
    >>> display_label(["بوتين", "فلاديمير بوتين"], "Vladimir Putin", "person/1", "Person")
    'فلاديمير بوتين'
    >>> display_label(["أذربيجان", "باكو"], "Azerbaijan", "AZE", "State")
    'Azerbaijan'
    >>> display_label(["مدينة بوتراجايا", "بوتراجايا"], None, "place/1", "Place")
    'بوتراجايا'
    >>> display_label([], None, "ARM")
    'ARM'
    """
    labs = sorted(set(labels))
    if etype == "State" and name_en:
        return name_en
    if not labs:
        return name_en or ident
    if etype in ("State", "Place"):
        return min(labs, key=lambda s: (len(s), s))
    return min(labs, key=lambda s: (-len(s), s))


def _node_for(G: nx.MultiDiGraph, iri: str, iri_to_id: dict[str, str]) -> str:
    ident = iri_to_id.get(iri)
    if ident is None:  # an end the store knows no entity for: keep it visible
        ident = _local(iri)
        iri_to_id[iri] = ident
        if ident not in G:
            G.add_node(ident, type="Unknown", subtype=None, labels=[], label=ident,
                       name_en=None, part_of=None, roles=[], iri=iri, wikidata=None,
                       killed=0, wounded=0)
    return ident


def _add_relations(G: nx.MultiDiGraph, select: Callable[[str], Rows],
                   iri_to_id: dict[str, str]) -> None:
    support: dict[str, list[str]] = defaultdict(list)
    for row in select(query_text("support")):
        support[str(row["event"])].append(str(row["support"]))
    seen: set[str] = set()
    rows = sorted(select(query_text("relations")),
                  key=lambda r: (str(r["event"]), _int(r.get("sentence")) or 0))
    for row in rows:
        event = str(row["event"])
        if event in seen:  # several mentions: keep the first
            continue
        seen.add(event)
        u = _node_for(G, str(row["source"]), iri_to_id)
        v = _node_for(G, str(row["target"]), iri_to_id)
        event_date = _date(row.get("date"))
        published = _date(row.get("published"))
        G.add_edge(u, v, key=event, type=str(row["type"]), date=event_date or published,
                   event_date=event_date, published=published,
                   evidence=_s(row.get("text")), sentence_index=_int(row.get("sentence")),
                   start=_int(row.get("start")), end=_int(row.get("end")),
                   trigger=_s(row.get("trigger")), article=_s(row.get("articleId")),
                   title=_s(row.get("title")), inferred=_bool(row.get("inferred", False)),
                   rule=_s(row.get("rule")), support=sorted(support.get(event, [])),
                   structural=False)


def _add_structural_edges(G: nx.MultiDiGraph) -> None:
    stated = {(u, v, d["type"]) for u, v, d in G.edges(data=True)}
    for n, attrs in list(G.nodes(data=True)):
        links = [("holds_role", r) for r in attrs.get("roles") or ()]
        if attrs.get("part_of"):
            links.append(("part_of", attrs["part_of"]))
        for kind, parent in links:
            if (n, parent, kind) in stated:
                continue
            G.add_edge(n, parent, key=f"{kind}:{n}->{parent}", type=kind, date=None,
                       event_date=None, published=None, evidence=None, sentence_index=None,
                       start=None, end=None, trigger=None, article=None, title=None,
                       inferred=False, rule=None, support=[], structural=True)


def _add_casualties(G: nx.MultiDiGraph, select: Callable[[str], Rows],
                    iri_to_id: dict[str, str]) -> None:
    reports: dict[str, dict[str, Any]] = {}
    for row in select(query_text("casualties")):
        rid = str(row["report"])
        rep = reports.setdefault(rid, {
            "report": rid, "sides": [], "killed": _int(row.get("killed")),
            "wounded": _int(row.get("wounded")), "missing": _int(row.get("missing")),
            "reported_by": iri_to_id.get(str(row.get("reportedBy"))) if row.get("reportedBy")
            else None,
            "date": _date(row.get("date")), "evidence": _s(row.get("text")),
            "article": _s(row.get("articleId"))})
        side = iri_to_id.get(str(row["side"])) if row.get("side") else None
        if side is not None and side not in rep["sides"]:
            rep["sides"].append(side)
    for rep in reports.values():
        rep["sides"].sort()
        for side in rep["sides"]:
            if side in G:
                G.nodes[side]["killed"] += rep["killed"] or 0
                G.nodes[side]["wounded"] += rep["wounded"] or 0
    G.graph["casualties"] = sorted(reports.values(), key=lambda r: r["report"])


__all__ = ["display_label", "query_text", "to_networkx"]
