"""Serialise the graph store to RDF files, deterministically and atomically.

Quads are sorted before serialisation, so the same graph always gives byte-identical files.
Triple formats (Turtle, N-Triples) hold the union of all named graphs; quad formats (TriG,
N-Quads, JSON-LD) keep one named graph per document. JSON-LD uses ontology/context.jsonld.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    quads = sorted(set(_ox_quads(dataset)), key=_sort_key)
    if rdf_format is ox.RdfFormat.JSON_LD:
        with atomic_write(path) as out:
            out.write(dumps(jsonld_document(quads, load_context())).encode("utf-8"))
        return path
    terms: list[ox.Quad] | list[ox.Triple] = quads
    if not rdf_format.supports_datasets:
        terms = sorted({quad.triple for quad in quads}, key=_sort_key)
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    with atomic_write(path) as out:
        ox.serialize(terms, out, format=rdf_format,
                     prefixes=prefixes if rdf_format in {ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG}
                     else None)
    return path


def _ox_quads(dataset: Dataset) -> Iterable[ox.Quad]:
    """The dataset's quads as pyoxigraph terms: straight from the store when it is Oxigraph."""
    if isinstance(dataset.store, OxigraphStore):
        return dataset.store._inner.quads_for_pattern(None, None, None, None)
    return (_to_ox_quad(quad) for quad in dataset.quads())


def _sort_key(term: ox.Quad | ox.Triple) -> tuple[str, ...]:
    if isinstance(term, ox.Quad):
        return str(term.graph_name), str(term.subject), str(term.predicate), str(term.object)
    return str(term.subject), str(term.predicate), str(term.object)


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
