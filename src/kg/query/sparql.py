"""Run SPARQL SELECT queries; load the named queries kept as `.rq` files in ontology/queries/."""

from __future__ import annotations

import warnings
from pathlib import Path

from rdflib import Dataset
from rdflib.query import ResultRow
from rdflib.term import Node

from ..errors import KgError
from ..paths import ONTOLOGY_DIR

QUERY_DIR = ONTOLOGY_DIR / "queries"


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
