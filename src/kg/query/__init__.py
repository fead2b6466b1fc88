"""SPARQL over the graph store, and the canned queries shipped in ontology/queries/."""

from .sparql import canned_queries, load_query, select

__all__ = ["canned_queries", "load_query", "select"]
