"""The IRIs kg mints: stable, readable, and the same for the same input on every run."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from .namespaces import DEFAULT_BASE


@dataclass(frozen=True)
class Iris:
    """IRI factory under one base (`https://w3id.org/kg-nl/id/` unless configured)."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"base IRI {self.base!r} must end in '/' or '#'")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{doc_id}")

    def document_graph(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{doc_id}")

    @property
    def entity_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    def passage(self, doc_id: str, index: int) -> URIRef:
        """The passage at position `index` (from 1) in the document's reading order."""
        return URIRef(f"{self.base}doc/{doc_id}/passage/{index}")

    def span(self, doc_id: str, kind: str, start: int, end: int) -> URIRef:
        """A text span by its offsets in the original file (RFC 5147 style)."""
        return URIRef(f"{self.base}doc/{doc_id}/{kind}/char={start},{end}")

    def entity(self, entity_id: str) -> URIRef:
        return URIRef(f"{self.base}entity/{entity_id}")

    @property
    def provenance_graph(self) -> URIRef:
        """The named graph that says how the other graphs were made (PROV-O)."""
        return URIRef(f"{self.base}graph/provenance")

    def activity(self, key: str) -> URIRef:
        """A build activity, named by a hash of what determines its output."""
        return URIRef(f"{self.base}activity/build-{key}")

    def software(self, version: str) -> URIRef:
        """kg itself, at one version, as the software agent of builds."""
        return URIRef(f"{self.base}agent/kg-{version}")

    def post(self, role_id: str) -> URIRef:
        """An office (a gazetteer role) as an org:Post."""
        return URIRef(f"{self.base}post/{role_id}")

    def membership(self, entity_id: str, role_id: str, start: str) -> URIRef:
        """One term of an entity in an office, from `start` (ISO date or "unknown")."""
        return URIRef(f"{self.base}entity/{entity_id}/office/{role_id}/{start}")
