"""Build a knowledge graph from a corpus: the function behind `kg build`.

ingest (per file) -> cross-references (corpus) -> analyse + RDF (per document) -> store ->
unknown entities of one actor merged (corpus) -> exports. The per-file and per-document
steps are pure functions, run by a process pool when the corpus is large enough to pay for
starting it.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from rdflib.namespace import RDF
from spacy.language import Language

from .analysis import analyse
from .atomic import write_text
from .errors import KgError, NothingToBuildError, UnreadableDocumentError
from .export.rdf import FORMATS, write_rdf
from .graph.aliases import described_entities, merge_entities, one_type_each
from .graph.build import Quad, document_quads
from .graph.iris import Iris
from .graph.namespaces import DEFAULT_BASE, KG
from .graph.offices import office_quads
from .graph.provenance import build_activity_quads
from .graph.store import add_quads, new_dataset
from .ingest.crossref import resolve_cross_references
from .ingest.document import load_document
from .ingest.read import SUPPORTED_SUFFIXES, iter_source_paths
from .ingest.records import Document
from .link.corpus import with_defined_abbreviations
from .link.kb import KnowledgeBase
from .link.merge import merged_entities
from .nlp.pipeline import load_pipeline, model_name
from .paths import GAZETTEER_DIR
from .query.sparql import load_query, select
from .viz import draw

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as files are read and documents analysed."""

MIN_DOCS_PER_WORKER = 4
DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
"""Counted in the store: the default graph is the union of the named graphs."""
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    path: Path
    doc_type: str
    date: str | None
    passages: int
    mentions: int


@dataclass
class BuildReport:
    """What a build read, skipped and wrote, and how long it took."""

    documents: list[DocumentSummary] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    entities: int = 0
    triples: int = 0
    quads: int = 0
    seconds: float = 0.0
    model: str = ""
    workers: int = 1
    outputs: dict[str, Path] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [{**vars(d), "path": str(d.path)} for d in self.documents],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
            "entities": self.entities, "triples": self.triples, "quads": self.quads,
            "seconds": round(self.seconds, 2), "model": self.model, "workers": self.workers,
            "outputs": {name: str(path) for name, path in self.outputs.items()},
        }


def build(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    model: str | None = None,
    gazetteer: Path = GAZETTEER_DIR,
    base: str = DEFAULT_BASE,
    formats: Iterable[str] = ("turtle", "trig"),
    html: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    store: Path | None = None,
    record_time: bool = False,
) -> BuildReport:
    """Build the graph of every readable document under `paths` and write it to `out_dir`.

    paths: files and folders (searched recursively for .txt, .pdf, .html files).
    out_dir: gets graph.ttl (and the other formats asked for), graph.html and report.json.
    model: spaCy pipeline name or path; None for the shipped model; "blank" for none.
    gazetteer: folder of gazetteer `*.jsonl` files.
    base: base IRI of the minted IRIs.
    workers: processes for the per-document work; None picks by corpus size and cores.
    progress: optional callback, see Progress.
    store: folder for an on-disk Oxigraph store (for big corpora); None keeps it in memory.
    record_time: write the build's start time into the provenance graph (then two builds
        of the same input are no longer byte-identical).
    RETURNS (BuildReport): what was read, skipped and written.
    RAISES NothingToBuildError: when no document could be read; KgError for bad options.
    """
    started = time.perf_counter()
    started_at = datetime.now(UTC).replace(microsecond=0) if record_time else None
    iris = Iris(base)
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise KgError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    report = BuildReport()
    files = _source_files(paths, report)
    workers = _worker_count(len(files), workers)
    report.workers = workers
    kb = KnowledgeBase.from_dir(gazetteer)
    nlp = load_pipeline(model, kb=kb)
    report.model = model_name(nlp)

    documents = []
    for path, loaded in zip(files, _map(_ingest, files, workers, progress, "reading"),
                            strict=True):
        if isinstance(loaded, Document):
            documents.append(loaded)
        else:
            log.warning("skipped %s: %s", path, loaded)
            report.skipped.append(Skipped(path, loaded))
    if not documents:
        raise NothingToBuildError(_nothing_message(report))
    documents = resolve_cross_references(documents)
    kb = with_defined_abbreviations(kb, documents)

    _WORKER.update(nlp=nlp, kb=kb, iris=iris)
    dataset = new_dataset(store)
    described = []
    for document, (mentions, quads) in zip(
            documents, _map(_analyse, documents, workers, progress, "analysing"), strict=True):
        add_quads(dataset, quads)
        described.append(described_entities(quads, iris))
        report.documents.append(DocumentSummary(
            document.id, document.source.path, document.meta.doc_type.value,
            document.meta.date.isoformat() if document.meta.date else None,
            len(document.passages), mentions))

    merged = merged_entities(described, kb)
    merge_entities(dataset, iris, merged)
    one_type_each(dataset, iris, described, merged)
    entities = dataset.graph(iris.entity_graph).subjects(RDF.type, KG.Entity)
    add_quads(dataset, office_quads(kb, iris, entities))
    from . import __version__
    add_quads(dataset, build_activity_quads(
        iris, [(d.id, d.source.sha256) for d in documents], software=__version__,
        model=report.model, started=started_at))
    report.quads = int(select(dataset, QUADS)[0]["n"])  # type: ignore[call-overload]
    report.triples = int(select(dataset, DISTINCT_TRIPLES)[0]["n"])  # type: ignore[call-overload]
    for fmt in formats:
        report.outputs[fmt] = write_rdf(dataset, out_dir / f"graph{FORMATS[fmt][1]}", fmt)
    report.entities = len(select(dataset, load_query("entity-labels")))
    if html:
        report.outputs["html"] = out_dir / "graph.html"
        draw(dataset, report.outputs["html"], title=f"kg: {len(documents)} document(s)")
    report.seconds = time.perf_counter() - started
    report.outputs["report"] = out_dir / "report.json"
    write_text(report.outputs["report"],
               json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    return report


def _source_files(paths: Iterable[Path], report: BuildReport) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        try:
            found = list(iter_source_paths([path]))
        except UnreadableDocumentError as error:
            log.warning("skipped %s: %s", error.path, error.reason)
            report.skipped.append(Skipped(error.path, error.reason))
            continue
        if path.is_dir() and not found:
            reason = f"no {', '.join(sorted(SUPPORTED_SUFFIXES))} files in this folder"
            log.warning("skipped %s: %s", path, reason)
            report.skipped.append(Skipped(path, reason))
        files.extend(found)
    return list(dict.fromkeys(files))


def _nothing_message(report: BuildReport) -> str:
    if not report.skipped:
        return "no documents to build from: give files or folders with .txt, .pdf or .html files"
    reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
    more = f" (and {len(report.skipped) - 5} more)" if len(report.skipped) > 5 else ""
    return f"none of the {len(report.skipped)} input(s) could be read: {reasons}{more}"


def _worker_count(documents: int, requested: int | None) -> int:
    if requested is not None:
        if requested < 1:
            raise KgError(f"workers must be at least 1, not {requested}")
        return requested
    return max(1, min(os.cpu_count() or 1, documents // MIN_DOCS_PER_WORKER))


# Per-process state for the pool: set in the parent before the pool forks, or by _init_worker.
_WORKER: dict[str, Any] = {}


def _ingest(path: Path) -> Document | str:
    """Load one file; the reason as a string when it cannot be read."""
    try:
        return load_document(path)
    except UnreadableDocumentError as error:
        return error.reason


def _analyse(document: Document) -> tuple[int, list[Quad]]:
    nlp: Language = _WORKER["nlp"]
    analysis = analyse(document, nlp, _WORKER["kb"])
    return len(analysis.mentions), document_quads(analysis, _WORKER["iris"])


def _map(function: Callable[[T], R], items: list[T], workers: int, progress: Progress | None,
         stage: str) -> Iterator[R]:
    """function over items in order, in `workers` forked processes when more than one."""
    if progress:
        progress(stage, 0, len(items))
    if workers == 1 or len(items) < 2:
        results: Iterable[R] = map(function, items)
        for done, result in enumerate(results, 1):
            if progress:
                progress(stage, done, len(items))
            yield result
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for done, result in enumerate(pool.map(function, items, chunksize=1), 1):
            if progress:
                progress(stage, done, len(items))
            yield result
