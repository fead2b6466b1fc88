"""Check a built graph: SHACL shapes (pySHACL), and every quote against the original file.

SHACL sees only the graph, so it can check that a span has offsets and a quote, not that
the quote is the original text at those offsets. `check_quotes` does that: it finds each
document's file by kg:fileName under the given source folders, checks its SHA-256 against
kg:sha256, reads it as `kg build` did, and compares every nif:anchorOf with the text there.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ..errors import KgError, UnreadableDocumentError
from ..ingest.read import read_source
from ..paths import ONTOLOGY_DIR
from .namespaces import PREFIXES
from .store import open_store

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SPANS_QUERY = """
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX kg: <https://w3id.org/kg-nl/ontology#>
SELECT ?span ?doc ?begin ?end ?quote ?file ?sha WHERE {
  ?span nif:anchorOf ?quote ; nif:beginIndex ?begin ; nif:endIndex ?end ;
        nif:referenceContext ?doc .
  ?doc kg:fileName ?file ; kg:sha256 ?sha .
}
"""


@dataclass
class ValidationReport:
    """What `validate` found: `problems` is empty when the graph conforms."""

    problems: list[str] = field(default_factory=list)
    checked_quotes: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.problems


def validate(graph: Path, *, sources: Iterable[Path] = (), shapes: Path = SHAPES_FILE,
             ontology: Path = ONTOLOGY_FILE) -> ValidationReport:
    """Validate the graph file (or on-disk store) `graph`.

    sources: folders (or files) holding the original documents; when given, every quote is
        checked against them, otherwise only the shapes are.
    RETURNS (ValidationReport): problems (none when valid), quotes checked, notes.
    RAISES KgError: when the graph or the shapes cannot be read.
    """
    store = open_store(graph)
    report = ValidationReport(problems=shape_problems(_union_graph(store), shapes, ontology))
    sources = list(sources)
    if sources:
        report.checked_quotes, quote_problems = check_quotes(store, sources)
        report.problems += quote_problems
    else:
        report.notes.append("quotes not compared with the original files (give --sources)")
    return report


def shape_problems(data: Graph, shapes: Path = SHAPES_FILE,
                   ontology: Path = ONTOLOGY_FILE) -> list[str]:
    """One line per SHACL violation of `data` against the shapes, sorted."""
    try:
        shapes_graph = Graph().parse(shapes, format="turtle")
        ontology_graph = Graph().parse(ontology, format="turtle")
    except (OSError, SyntaxError) as error:
        raise KgError(f"cannot read the shapes or the ontology: {error}") from error
    # The ontology joins the data (pySHACL mixes ont_graph in only when inferring): shapes
    # look up subclasses and the kg:stanceProperty of direct stance triples there.
    _, results, _ = shacl_validate(data + ontology_graph, shacl_graph=shapes_graph,
                                   inference="none", advanced=True, allow_warnings=False)
    if not isinstance(results, Graph):
        raise KgError(f"{shapes}: the shapes cannot be run: {results}")
    return sorted(_describe(results, result) for result in
                  results.subjects(SH.resultSeverity, SH.Violation))


def check_quotes(store: ox.Store, sources: Iterable[Path]) -> tuple[int, list[str]]:
    """(quotes checked, problems): every nif:anchorOf against its original file."""
    files = _files_by_name(sources)
    spans: dict[tuple[str, str], list[ox.QuerySolution]] = defaultdict(list)
    solutions = store.query(SPANS_QUERY, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        spans[(_value(row["file"]), _value(row["sha"]))].append(row)
    checked, problems = 0, []
    for (name, sha), rows in sorted(spans.items()):
        try:
            original = _original(name, sha, files.get(name, []))
        except _MissingOriginal as missing:
            problems.append(str(missing))
            continue
        for row in rows:
            begin, end = int(_value(row["begin"])), int(_value(row["end"]))
            quote, actual = _value(row["quote"]), original[begin:end]
            checked += 1
            if quote != actual:
                problems.append(f"{_value(row['span'])}: quote {quote!r} differs from {name} "
                                f"at {begin}..{end}: {actual!r}")
    return checked, problems


def _union_graph(store: ox.Store) -> Graph:
    """All triples of all graphs as one rdflib Graph (shapes span documents and entities)."""
    data = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, None)),
                        format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def _files_by_name(sources: Iterable[Path]) -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = defaultdict(list)
    for source in sources:
        if not source.exists():
            raise KgError(f"{source}: no such file or folder")
        for path in [source] if source.is_file() else sorted(source.rglob("*")):
            if path.is_file():
                files[path.name].append(path)
    return files


class _MissingOriginal(Exception):
    """The original file of a document cannot be found or read."""


def _original(name: str, sha: str, candidates: list[Path]) -> str:
    """The original text (as `kg build` read it) of the file `name` with SHA-256 `sha`."""
    for path in candidates:
        if hashlib.sha256(path.read_bytes()).hexdigest() == sha:
            try:
                return read_source(path).original
            except UnreadableDocumentError as error:
                raise _MissingOriginal(f"{path}: cannot be read to check quotes: "
                                       f"{error.reason}") from error
    if candidates:
        raise _MissingOriginal(f"{name}: found {len(candidates)} file(s) by that name, "
                               f"none with SHA-256 {sha}")
    raise _MissingOriginal(f"{name}: original file not found under the given sources")


def _describe(results: Graph, result: Node) -> str:
    def value(predicate: URIRef) -> str:
        node = results.value(result, predicate)
        return "" if node is None else _short(node)

    message = str(results.value(result, SH.resultMessage) or "")
    path = value(SH.resultPath)
    where = f"{value(SH.focusNode)}" + (f" {path}" if path else "")
    shape = value(SH.sourceShape)
    return f"{where}: {message}" + (f" [{shape}]" if shape.startswith("kgsh:") else "")


def _short(node: object) -> str:
    text = str(node)
    for prefix, namespace in _SHORT.items():
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text if not isinstance(node, Literal) else repr(text)


def _value(term: object) -> str:
    assert isinstance(term, ox.NamedNode | ox.Literal)
    return term.value


_SHORT = {"kgsh": "https://w3id.org/kg-nl/shapes#",
          **{prefix: str(namespace) for prefix, namespace in PREFIXES.items()}}
