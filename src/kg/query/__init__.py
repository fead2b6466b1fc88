"""SPARQL over the graph: queries (`kg query`), canned queries in ontology/queries/, and a
read-only SPARQL endpoint (`kg serve`)."""

from .results import Results, execute, render
from .sparql import canned_queries, load_query, query, query_text, select

__all__ = ["Results", "canned_queries", "execute", "load_query", "query", "query_text", "render",
           "select"]
