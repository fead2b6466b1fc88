"""Run SPARQL queries; load the named queries kept as `.rq` files in ontology/queries/."""

from __future__ import annotations

import warnings
from pathlib import Path

from rdflib import Dataset
from rdflib.query import ResultRow
from rdflib.term import Node

from ..errors import KgError
from ..graph.store import open_store
from ..paths import ONTOLOGY_DIR
from .results import execute, render

QUERY_DIR = ONTOLOGY_DIR / "queries"
DEFAULT_GRAPH = Path("out") / "graph.trig"


def query(text: str, graph: Path = DEFAULT_GRAPH, fmt: str = "table") -> str:
    """Run a query over a graph kg built and return the results as text (`kg query`).

    text: a canned query's name, a `.rq` file, or the query itself.
    graph: an RDF file kg wrote (.trig, .ttl, .nq, .nt, .jsonld) or an on-disk store folder.
    fmt: table, csv, json, tsv, xml (SELECT, ASK); turtle, nt (CONSTRUCT, DESCRIBE).
    RAISES KgError: for a missing graph, an unknown query or format, or a bad query.
    """
    return render(execute(open_store(graph), query_text(text)), fmt)


def query_text(text: str, folder: Path = QUERY_DIR) -> str:
    """The SPARQL of a canned query name, a `.rq` file, or `text` itself (when it has spaces)."""
    if text in canned_queries(folder) or Path(text).is_file() or not text.split()[1:]:
        return load_query(text, folder)
    return text


def canned_queries(folder: Path = QUERY_DIR) -> dict[str, Path]:
    """Query name (file stem) -> path, for every `.rq` file in the folder."""
    return {path.stem: path for path in sorted(folder.glob("*.rq"))}


def load_query(name_or_path: str, folder: Path = QUERY_DIR) -> str:
    """The text of a canned query by name, or of a `.rq` file by path.

    RAISES KgError: when neither exists.
    """
    queries = canned_queries(folder)
    if name_or_path in queries:
        return queries[name_or_path].read_text(encoding="utf-8")
    path = Path(name_or_path)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    known = ", ".join(queries) or "none"
    raise KgError(f"no query named {name_or_path!r} and no such file (canned queries: {known})")


def select(dataset: Dataset, query: str) -> list[dict[str, Node]]:
    """Rows of a SELECT query as dicts from variable name to term (unbound variables left out)."""
    with warnings.catch_warnings():  # rdflib 7.6 warns about its own Dataset.query internals
        warnings.filterwarnings("ignore", "Dataset.default_context", DeprecationWarning)
        result = dataset.query(query)
    names = [str(v) for v in result.vars or ()]
    rows: list[dict[str, Node]] = []
    for row in result:
        assert isinstance(row, ResultRow)
        rows.append({name: value for name, value in zip(names, row, strict=True)
                     if value is not None})
    return rows
