"""Serialise the graph store to RDF files, deterministically and atomically.

Quads are sorted before serialisation, so the same graph always gives byte-identical files:
graph by graph (default graph first, then by IRI), each graph's triples in the order of their
N-Triples lines, so that sorting is a byte-string sort and serialising stays in pyoxigraph.
Triple formats (Turtle, N-Triples) hold the union of all named graphs; quad formats (TriG,
N-Quads, JSON-LD) keep one named graph per document. JSON-LD uses ontology/context.jsonld.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from ..atomic import atomic_write
from ..graph.namespaces import PREFIXES
from .jsonld import dumps, jsonld_document, load_context

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, ".ttl"),
    "trig": (ox.RdfFormat.TRIG, ".trig"),
    "nt": (ox.RdfFormat.N_TRIPLES, ".nt"),
    "nquads": (ox.RdfFormat.N_QUADS, ".nq"),
    "jsonld": (ox.RdfFormat.JSON_LD, ".jsonld"),
}


def write_rdf(dataset: Dataset, path: Path, fmt: str = "turtle") -> Path:
    """Write the dataset to `path` in `fmt` (one of FORMATS); returns the path.

    RAISES ValueError: for an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format = FORMATS[fmt][0]
    store = _ox_store(dataset)
    if rdf_format is ox.RdfFormat.JSON_LD:
        with atomic_write(path) as out:
            out.write(dumps(jsonld_document(sorted_quads(store), load_context())).encode("utf-8"))
        return path
    terms = sorted_quads(store) if rdf_format.supports_datasets else sorted_union(store)
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    with atomic_write(path) as out:
        ox.serialize(terms, out, format=rdf_format,
                     prefixes=prefixes if rdf_format in {ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG}
                     else None)
    return path


def sorted_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of the store in the stable export order."""
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
        ox.DefaultGraph(), *sorted(store.named_graphs(), key=str)]
    for graph in graphs:
        for triple in _parse_sorted(_lines(store, graph)):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def sorted_union(store: ox.Store) -> Iterator[ox.Triple]:
    """The distinct triples of all graphs, sorted."""
    lines: set[bytes] = set(_lines(store, ox.DefaultGraph()))
    for graph in store.named_graphs():
        lines.update(_lines(store, graph))
    return (quad.triple for quad in _parse_sorted(lines))


def _lines(store: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> list[bytes]:
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    return data.splitlines() if data else []


def _parse_sorted(lines: Iterable[bytes]) -> Iterator[ox.Quad]:
    return ox.parse(b"\n".join(sorted(set(lines))), format=ox.RdfFormat.N_TRIPLES)


def _ox_store(dataset: Dataset) -> ox.Store:
    """The dataset's pyoxigraph store: its own when it is on Oxigraph, else a copy."""
    if isinstance(dataset.store, OxigraphStore):
        return dataset.store._inner
    store = ox.Store()
    store.extend(_to_ox_quad(quad) for quad in dataset.quads())
    return store


def _to_ox_quad(quad: tuple[Node, Node, Node, Node | None]) -> ox.Quad:
    subject, predicate, obj, graph = quad
    graph_name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph = (
        ox.DefaultGraph() if graph in (None, DATASET_DEFAULT_GRAPH_ID) else _to_ox(graph))  # type: ignore[assignment]
    return ox.Quad(_to_ox(subject), _to_ox(predicate), _to_ox(obj), graph_name)  # type: ignore[arg-type]


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), datatype=datatype)
    raise TypeError(f"cannot serialise {term!r}")
