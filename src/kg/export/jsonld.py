"""JSON-LD with kg's context (ontology/context.jsonld), deterministic.

One JSON object: the context inline (so the file parses offline), then one `@graph` entry
per named graph with its nodes sorted by IRI. A property with a term in the context is
written by that term (`"beginIndex": "1061"`), as long as the value fits the term's type
coercion; any other property by its compact IRI with an explicit value object.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..paths import ONTOLOGY_DIR

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Json = dict[str, Any]


def load_context(path: Path = CONTEXT_FILE) -> Json:
    """The `@context` object of the context file."""
    context: Json = json.loads(path.read_text("utf-8"))["@context"]
    return context


def jsonld_document(quads: Iterable[ox.Quad], context: Json) -> Json:
    """The JSON-LD document of `quads` (sorted) under `context`."""
    compactor = _Compactor(context)
    graphs: dict[str, dict[str, Json]] = defaultdict(dict)
    for quad in quads:
        name = quad.graph_name
        graph = "" if isinstance(name, ox.DefaultGraph) else compactor.iri(name)
        subject = compactor.iri(quad.subject)
        node = graphs[graph].setdefault(subject, {"@id": subject})
        if quad.predicate.value == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            node.setdefault("@type", []).append(compactor.iri(quad.object))
            continue
        key, value = compactor.property_value(quad.predicate.value, quad.object)
        node.setdefault(key, []).append(value)
    document: Json = {"@context": context}
    default = graphs.pop("", {})
    document["@graph"] = [_node(n) for _, n in sorted(default.items())] + [
        {"@id": name, "@graph": [_node(n) for _, n in sorted(nodes.items())]}
        for name, nodes in sorted(graphs.items())]
    return document


def dumps(document: Json) -> str:
    """The document as stable, readable JSON text."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _node(node: Json) -> Json:
    out = {"@id": node.pop("@id")}
    for key in sorted(node):
        values = node[key]
        out[key] = values[0] if len(values) == 1 else values
    return out


class _Compactor:
    """Compact IRIs and values the way the context's prefixes and terms allow."""

    def __init__(self, context: Json) -> None:
        self.prefixes = {prefix: iri for prefix, iri in context.items()
                         if isinstance(iri, str) and iri.endswith(("#", "/"))}
        self.terms: dict[str, tuple[str, str | None]] = {}
        for term, definition in sorted(context.items()):
            if term in self.prefixes:
                continue
            iri, coerce = (definition, None) if isinstance(definition, str) else (
                definition["@id"], definition.get("@type"))
            self.terms.setdefault(self.expand(iri), (term, coerce and self.expand(coerce)))

    def expand(self, name: str) -> str:
        prefix, _, local = name.partition(":")
        return self.prefixes[prefix] + local if prefix in self.prefixes else name

    def iri(self, node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
        if isinstance(node, ox.BlankNode):
            return f"_:{node.value}"
        if not isinstance(node, ox.NamedNode):
            raise TypeError(f"not an IRI: {node}")
        best = max((p for p, iri in self.prefixes.items() if node.value.startswith(iri)),
                   key=lambda p: len(self.prefixes[p]), default=None)
        return f"{best}:{node.value[len(self.prefixes[best]):]}" if best else node.value

    def property_value(self, predicate: str, obj: Any) -> tuple[str, Any]:
        """(key, value) for one triple's predicate and object."""
        term, coerce = self.terms.get(predicate, (None, None))
        if term is not None:
            if coerce is None:
                return term, self._value(obj)
            if coerce == "@id" and isinstance(obj, ox.NamedNode | ox.BlankNode):
                return term, self.iri(obj)
            if isinstance(obj, ox.Literal) and not obj.language and obj.datatype.value == coerce:
                return term, obj.value
        return self.iri(ox.NamedNode(predicate)), self._value(obj)

    def _value(self, obj: Any) -> Any:
        if isinstance(obj, ox.NamedNode | ox.BlankNode):
            return {"@id": self.iri(obj)}
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == XSD_STRING:
            return obj.value
        return {"@value": obj.value, "@type": self.iri(obj.datatype)}
