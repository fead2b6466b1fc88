"""Exports: every format parses back to the same quads; the same input gives the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from conftest import CORPUS
from kg.api import build
from kg.export.rdf import FORMATS
from kg.query import query
from seed_graph import seed_graph_dir

PROV_STARTED = "http://www.w3.org/ns/prov#startedAtTime"


def _quads(path: Path) -> set[ox.Quad]:
    with path.open("rb") as handle:
        return set(ox.parse(handle, format=FORMATS[_format(path)][0]))


def _format(path: Path) -> str:
    return next(name for name, (_, suffix) in FORMATS.items() if suffix == path.suffix)


def test_quad_formats_parse_back_to_the_same_quads() -> None:
    trig = _quads(seed_graph_dir() / "graph.trig")
    assert len(trig) > 3000
    assert _quads(seed_graph_dir() / "graph.nq") == trig
    assert _quads(seed_graph_dir() / "graph.jsonld") == trig


def test_triple_formats_hold_the_union_of_the_graphs() -> None:
    union = {ox.Quad(q.subject, q.predicate, q.object) for q in
             _quads(seed_graph_dir() / "graph.trig")}
    assert _quads(seed_graph_dir() / "graph.ttl") == union
    assert _quads(seed_graph_dir() / "graph.nt") == union


def test_jsonld_uses_the_context_and_parses_with_rdflib() -> None:
    path = seed_graph_dir() / "graph.jsonld"
    document = json.loads(path.read_text("utf-8"))
    assert document["@context"]["kg"] == "https://w3id.org/kg-nl/ontology#"
    graphs = {g["@id"]: g["@graph"] for g in document["@graph"]}
    assert "https://w3id.org/kg-nl/id/graph/entities" in graphs
    mention = next(node for nodes in graphs.values() for node in nodes
                   if node.get("@type") == "nif:Phrase")
    assert {"anchorOf", "beginIndex", "endIndex", "entity", "referenceContext"} <= set(mention)
    dataset = Dataset()
    dataset.parse(path, format="json-ld")
    assert len(list(dataset.quads())) == len(_quads(seed_graph_dir() / "graph.trig"))


@pytest.mark.slow
def test_same_input_gives_byte_identical_files_and_queries_also_from_an_on_disk_store(
        tmp_path: Path) -> None:
    build([CORPUS], tmp_path / "disk", model="blank", workers=1, html=False,
          formats=list(FORMATS), store=tmp_path / "store")
    for fmt, (_, suffix) in FORMATS.items():
        name = f"graph{suffix}"
        assert (tmp_path / "disk" / name).read_bytes() == \
            (seed_graph_dir() / name).read_bytes(), fmt
    assert query("documents", tmp_path / "store", "csv") == \
        query("documents", seed_graph_dir() / "graph.trig", "csv")


@pytest.mark.slow
def test_recorded_build_time_is_opt_in(tmp_path: Path) -> None:
    assert PROV_STARTED not in (seed_graph_dir() / "graph.nt").read_text("utf-8")
    build([CORPUS], tmp_path, model="blank", workers=1, html=False, formats=["nt"],
          record_time=True)
    assert PROV_STARTED in (tmp_path / "graph.nt").read_text("utf-8")
