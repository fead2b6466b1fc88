"""The graph as a networkx network: entities as nodes, shared sentences as edges."""

from __future__ import annotations

import networkx as nx
from rdflib import Dataset

from ..query.sparql import load_query, select


def entity_network(dataset: Dataset, *, min_mentions: int = 1) -> nx.Graph:
    """Entities mentioned at least `min_mentions` times, joined when a sentence names both.

    Node attributes: label, type, wikidata (IRI or ""), mentions, documents.
    Edge attribute: weight (number of sentences naming both).
    """
    network = nx.Graph()
    for row in select(dataset, load_query("entities")):
        mentions = int(row["mentions"])  # type: ignore[call-overload]
        if mentions < min_mentions:
            continue
        network.add_node(str(row["entity"]), label=str(row["label"]), type=str(row["type"]),
                         wikidata=str(row.get("wikidata", "")), mentions=mentions,
                         documents=int(row["documents"]))  # type: ignore[call-overload]
    for row in select(dataset, load_query("cooccurrences")):
        a, b = str(row["a"]), str(row["b"])
        if a in network and b in network:
            network.add_edge(a, b, weight=int(row["sentences"]))  # type: ignore[call-overload]
    return network
