"""The interactive network: `draw` a built graph (or a Dataset) to an offline HTML page."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, URIRef

from ..errors import KgError
from ..graph.store import new_dataset
from .html import write_html
from .network import Filters, NetworkView, knowledge_network

GRAPH_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}

__all__ = ["Filters", "NetworkView", "draw", "knowledge_network", "read_graph", "write_html"]


def read_graph(path: Path) -> Dataset:
    """Load a graph kg wrote (TriG, N-Quads, Turtle or N-Triples) into a Dataset.

    Triple formats go into one named graph, so the queries that join named graphs still work.
    RAISES KgError: for a missing file, an unknown extension or unparsable content.
    """
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise KgError(f"{path}: expected a {', '.join(GRAPH_FORMATS)} file")
    if not path.is_file():
        raise KgError(f"{path}: no such file (build it first with `kg build`)")
    dataset = new_dataset()
    try:
        if fmt in {"trig", "nquads"}:
            dataset.parse(path, format=fmt)
        else:
            dataset.graph(URIRef(path.resolve().as_uri())).parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific exception types
        raise KgError(f"{path}: not a readable {fmt} file ({error})") from error
    return dataset


def draw(source: Path | Dataset, out: Path, filters: Filters | None = None,
         *, title: str | None = None) -> NetworkView:
    """Draw the network of a graph file or Dataset to `out` (HTML); returns what was drawn.

    RAISES KgError: for an unreadable graph or a focus that names no node.
    """
    dataset = read_graph(source) if isinstance(source, Path) else source
    try:
        view = knowledge_network(dataset, filters)
    except ValueError as error:
        raise KgError(str(error)) from error
    write_html(view, out, title=title or "kg")
    return view
