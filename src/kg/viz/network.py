"""The graph as a networkx network of actors, events and stances, with filters.

Nodes are entities and events; edges are stances (holder -> target, coloured by polarity)
and event participation. Entities without stances or events are joined by the sentences
they share, so a graph without extracted facts still shows its structure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import networkx as nx
from rdflib import Dataset
from rdflib.term import Node

from ..link.kb import normalise
from ..query.sparql import load_query, select


@dataclass(frozen=True)
class Filters:
    """What to keep. Empty sets and None mean "everything"."""

    node_types: frozenset[str] = frozenset()
    stance_types: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    focus: str | None = None
    hops: int = 2
    max_nodes: int = 2000


@dataclass
class NetworkView:
    """A network ready to draw, and what was left out to make it so."""

    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)


def knowledge_network(dataset: Dataset, filters: Filters | None = None) -> NetworkView:
    """Entities, events and stances of the dataset as a filtered network.

    Node attributes: label, type (PER/ORG/LOC/EVENT/WORK/MISC or an event type), kind
    ("entity" or "event"), wikidata, mentions, date. Edge attributes: relation, polarity,
    modality, date, sentence, file, weight.
    RAISES ValueError: when the focus names no node.
    """
    filters = filters or Filters()
    graph = nx.MultiDiGraph()
    known = {str(row["entity"]): row for row in select(dataset, load_query("entity-labels"))}
    for row in select(dataset, load_query("entities")):
        graph.add_node(str(row["entity"]), label=str(row["label"]), type=str(row["type"]),
                       kind="entity", wikidata=_text(row, "wikidata"),
                       mentions=_int(row, "mentions"), documents=_int(row, "documents"))
    _add_events(graph, select(dataset, load_query("network-events")), filters)
    stances = [row for row in select(dataset, load_query("network-stances"))
               if _keep_stance(row, filters)]
    for row in stances:
        holder, target = str(row["holder"]), str(row["target"])
        if any(node not in graph and node not in known for node in (holder, target)):
            continue  # a target event left out by the filters
        for node in (holder, target):
            if node not in graph:
                entity = known[node]
                graph.add_node(node, label=_text(entity, "label"), type=_text(entity, "type"),
                               kind="entity", wikidata=_text(entity, "wikidata"), mentions=0,
                               documents=0)
        graph.add_edge(holder, target, key=str(row["stance"]),
                       relation=_local(row["type"]), polarity=_local(row.get("polarity")),
                       modality=_local(row.get("modality")), date=_text(row, "date"),
                       sentence=_text(row, "sentence"), file=_text(row, "file"), weight=1)
    if graph.number_of_edges() == 0:
        _add_cooccurrences(graph, select(dataset, load_query("cooccurrences")))
    view = NetworkView(graph)
    _apply_filters(view, filters)
    return view


def _add_events(graph: nx.MultiDiGraph, rows: Iterable[dict[str, Node]],
                filters: Filters) -> None:
    for row in rows:
        event = str(row["event"])
        day = _text(row, "date") or _text(row, "begin")
        if not _in_range(day, filters) or not _in_documents(_text(row, "file"), filters):
            continue
        if event not in graph:
            graph.add_node(event, label=_text(row, "label") or _text(row, "type"),
                           type=_text(row, "type"), kind="event", date=day,
                           file=_text(row, "file"))
        participant = _text(row, "participant")
        if participant and participant in graph:
            graph.add_edge(participant, event, key=f"{participant} {event}",
                           relation="participatesIn", polarity="", modality="", date=day,
                           sentence="", file=_text(row, "file"), weight=1)


def _add_cooccurrences(graph: nx.MultiDiGraph, rows: Iterable[dict[str, Node]]) -> None:
    for row in rows:
        a, b = str(row["a"]), str(row["b"])
        if a in graph and b in graph:
            graph.add_edge(a, b, key="cooccurrence", relation="cooccurs", polarity="",
                           modality="", date="", sentence="", file="",
                           weight=_int(row, "sentences"))


def _keep_stance(row: dict[str, Node], filters: Filters) -> bool:
    if filters.stance_types and not {_local(row["type"]).lower()} & {
            t.lower() for t in filters.stance_types}:
        return False
    return _in_range(_text(row, "date"), filters) and _in_documents(_text(row, "file"), filters)


def _in_range(day: str, filters: Filters) -> bool:
    if not (filters.date_from or filters.date_to):
        return True
    if not day:
        return False
    value = date.fromisoformat(day[:10])
    return ((filters.date_from is None or filters.date_from <= value)
            and (filters.date_to is None or value <= filters.date_to))


def _in_documents(file: str, filters: Filters) -> bool:
    return not filters.documents or any(d in file for d in filters.documents)


def _apply_filters(view: NetworkView, filters: Filters) -> None:
    graph = view.graph
    if filters.node_types:
        wanted = {t.upper() for t in filters.node_types}
        graph.remove_nodes_from([n for n, d in graph.nodes(data=True)
                                 if d.get("type", "").upper() not in wanted
                                 and not (d.get("kind") == "event" and "EVENT" in wanted)])
    if filters.documents or filters.stance_types or filters.date_from or filters.date_to:
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if filters.focus:
        centre = _find_node(graph, filters.focus)
        keep = nx.ego_graph(graph.to_undirected(as_view=True), centre, radius=filters.hops)
        graph.remove_nodes_from([n for n in list(graph) if n not in keep])
        view.notes.append(f"focus on {graph.nodes[centre]['label']}, {filters.hops} hop(s)")
    if graph.number_of_nodes() > filters.max_nodes:
        total = graph.number_of_nodes()
        ranked = sorted(graph.degree, key=lambda pair: (-pair[1], pair[0]))
        graph.remove_nodes_from([n for n, _ in ranked[filters.max_nodes:]])
        view.notes.append(f"showing the {filters.max_nodes} most connected of {total} nodes")


def _find_node(graph: nx.MultiDiGraph, name: str) -> str:
    key = normalise(name)
    exact = [n for n, d in graph.nodes(data=True) if normalise(d.get("label", "")) == key]
    partial = [n for n, d in graph.nodes(data=True) if key in normalise(d.get("label", ""))]
    found = exact or sorted(partial, key=lambda n: -graph.degree(n))
    if not found:
        raise ValueError(f"no node is called {name!r}")
    return str(found[0])


def _text(row: dict[str, Node], name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _int(row: dict[str, Node], name: str) -> int:
    value = row.get(name)
    return int(str(value)) if value is not None else 0


def _local(value: Node | None) -> str:
    """`https://w3id.org/kg-nl/ontology#Condemns` -> `Condemns`."""
    if value is None:
        return ""
    text = str(value)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
