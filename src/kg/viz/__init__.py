"""The interactive network: `draw` a built graph (or a Dataset) to an offline HTML page."""

from __future__ import annotations

from pathlib import Path

from oxrdflib import OxigraphStore
from rdflib import Dataset

from ..errors import KgError
from ..graph.store import open_store
from .html import write_html
from .network import Filters, NetworkView, knowledge_network

__all__ = ["Filters", "NetworkView", "draw", "knowledge_network", "read_graph", "write_html"]


def read_graph(path: Path) -> Dataset:
    """A graph kg wrote (any export, or an on-disk store folder) as an rdflib Dataset whose
    default graph is the union of all graphs.

    RAISES KgError: for a missing path or content that is not RDF kg can read.
    """
    return Dataset(store=OxigraphStore(store=open_store(path)), default_union=True)


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
