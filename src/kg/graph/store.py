"""The graph store: an rdflib Dataset backed by Oxigraph (oxrdflib), in memory or on disk.

The Dataset's default graph is the union of its named graphs, so a query without `GRAPH`
sees everything, as it does over the Turtle export (and `kg query`, `kg serve`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from ..errors import KgError
from .build import Quad
from .namespaces import PREFIXES

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
}  # fmt: skip


def new_dataset(path: Path | None = None) -> Dataset:
    """An empty Dataset on the Oxigraph store, with kg's prefixes bound.

    path: a folder for an on-disk store (for corpora that do not fit in memory); whatever
        it held is cleared. None keeps the store in memory.
    """
    inner = ox.Store(str(path)) if path is not None else ox.Store()
    if path is not None:
        inner.clear()
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def add_quads(dataset: Dataset, quads: Iterable[Quad]) -> None:
    """Add quads (subject, predicate, object, graph IRI) to the dataset."""
    dataset.addN((s, p, o, dataset.graph(g)) for s, p, o, g in quads)


def open_store(graph: Path) -> ox.Store:
    """A pyoxigraph Store over a graph kg wrote: an RDF file (loaded into memory) or the
    folder of an on-disk store (opened read-only).

    RAISES KgError: when the path does not exist or is not RDF kg can read.
    """
    if graph.is_dir():
        try:
            return ox.Store.read_only(str(graph))
        except OSError as error:
            raise KgError(f"{graph}: not an Oxigraph store ({error})") from error
    if not graph.is_file():
        raise KgError(f"{graph}: no such file or folder")
    rdf_format = RDF_SUFFIXES.get(graph.suffix.lower())
    if rdf_format is None:
        raise KgError(f"{graph}: unknown RDF file type; use one of {', '.join(RDF_SUFFIXES)}")
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise KgError(f"{graph}: not valid {graph.suffix[1:]} ({error})") from error
    return store
