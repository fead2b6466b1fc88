"""The graph store: an rdflib Dataset backed by Oxigraph (oxrdflib)."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from .build import Quad
from .namespaces import PREFIXES


def new_dataset() -> Dataset:
    """An empty in-memory Dataset on the Oxigraph store, with kg's prefixes bound."""
    dataset = Dataset(store="Oxigraph")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def add_quads(dataset: Dataset, quads: Iterable[Quad]) -> None:
    """Add quads (subject, predicate, object, graph IRI) to the dataset."""
    dataset.addN((s, p, o, dataset.graph(g)) for s, p, o, g in quads)
