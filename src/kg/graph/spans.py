"""Text spans as NIF strings: the one place that turns clean-text offsets into RDF.

Offsets in the graph point into the original file; a sentence carries its clean text
(`rdf:value`), every other span the exact original text (`nif:anchorOf`).
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from ..ingest.records import Document
from .iris import Iris
from .namespaces import NIF

Triple = tuple[Node, Node, Node]


def span_triples(document: Document, iris: Iris, kind: str, start: int, end: int,
                 rdf_type: URIRef) -> tuple[URIRef, list[Triple]]:
    """The IRI of the clean-text span [start, end) of `document` and the triples describing it.

    kind: the IRI segment (`mention`, `sentence`, `evidence`); rdf_type: its NIF class.
    """
    begin, stop = document.original_span(start, end)
    node = iris.span(document.id, kind, begin, stop)
    text = (Literal(document.text[start:end]) if rdf_type == NIF.Sentence
            else Literal(document.source.original[begin:stop]))
    return node, [
        (node, RDF.type, rdf_type),
        (node, NIF.referenceContext, iris.document(document.id)),
        (node, NIF.beginIndex, integer(begin)),
        (node, NIF.endIndex, integer(stop)),
        (node, RDF.value if rdf_type == NIF.Sentence else NIF.anchorOf, text),
    ]


def integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)
