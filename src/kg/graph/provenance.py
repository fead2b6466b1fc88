"""PROV-O for a build: which kg version and model made which named graphs from which documents.

The graph must be byte-identical for the same input, so the build activity's IRI is a hash of
what determines the output (kg version, model, base IRI, the documents' SHA-256), and its
start time is written only when the caller passes one (`kg build --record-time`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from rdflib import Literal
from rdflib.namespace import PROV, RDF, RDFS, XSD

from .build import Quad
from .iris import Iris
from .namespaces import KG


def build_activity_quads(iris: Iris, documents: Iterable[tuple[str, str]], *, software: str,
                         model: str, started: datetime | None = None) -> list[Quad]:
    """The build activity, its software agent and what it used and generated.

    documents: (document id, SHA-256 of the original file) for every document built.
    software: kg's version; model: the NLP pipeline's name and version.
    started: the start time to record, or None to keep the output reproducible.
    RETURNS (list[Quad]): quads in the provenance graph.
    """
    documents = sorted(documents)
    key = "\n".join([software, model, iris.base, *(sha for _, sha in documents)])
    activity = iris.activity(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16])
    agent = iris.software(software)
    graph = iris.provenance_graph
    triples = [
        (activity, RDF.type, PROV.Activity),
        (activity, RDF.type, KG.Build),
        (activity, RDFS.label, Literal(f"kg build with {model}")),
        (activity, PROV.wasAssociatedWith, agent),
        (activity, KG.model, Literal(model)),
        (agent, RDF.type, PROV.SoftwareAgent),
        (agent, RDFS.label, Literal(f"kg {software}")),
        (agent, KG.softwareVersion, Literal(software)),
        (iris.entity_graph, PROV.wasGeneratedBy, activity),
    ]
    if started is not None:
        triples.append((activity, PROV.startedAtTime,
                        Literal(started.isoformat(), datatype=XSD.dateTime)))
    for doc_id, _ in documents:
        triples.append((activity, PROV.used, iris.document(doc_id)))
        triples.append((iris.document_graph(doc_id), PROV.wasGeneratedBy, activity))
        triples.append((iris.document_graph(doc_id), PROV.wasDerivedFrom, iris.document(doc_id)))
    return [(s, p, o, graph) for s, p, o in triples]

