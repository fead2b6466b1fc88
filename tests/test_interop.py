"""Interop: the exported Turtle and TriG load into an independent SPARQL server (Oxigraph's,
from the `oxigraph` package), and the canned queries give the same rows there as `kg query`."""

from __future__ import annotations

import json
import shutil
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.query import canned_queries, query, query_text
from seed_graph import seed_graph_dir
from servers import free_port, running
from test_query import OWN_QUERIES

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed")
MEDIA_TYPES = {"graph.ttl": "text/turtle", "graph.trig": "application/trig"}


@pytest.fixture(scope="module", params=sorted(MEDIA_TYPES))
def loaded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(SPARQL endpoint URL, exported file) of an Oxigraph server that loaded the file."""
    export = seed_graph_dir() / request.param
    base = f"http://127.0.0.1:{free_port()}"
    argv = [str(OXIGRAPH), "serve", "--bind", base.removeprefix("http://"),
            "--union-default-graph", "--timeout-s", "60"]
    log = tmp_path_factory.mktemp("oxigraph") / "server.log"
    with running(argv, log, url=f"{base}/query"):
        target = "" if request.param.endswith(".trig") else "?default"  # triples: default graph
        upload = urllib.request.Request(
            f"{base}/store{target}", data=export.read_bytes(), method="POST",
            headers={"Content-Type": MEDIA_TYPES[request.param]})
        with urllib.request.urlopen(upload, timeout=60) as response:
            assert response.status in (200, 201, 204)
        yield f"{base}/query", export


def _server_rows(endpoint: str, text: str) -> list[dict[str, Any]]:
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode({"query": text}).encode(), method="POST",
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=60) as response:
        rows: list[dict[str, Any]] = json.load(response)["results"]["bindings"]
        return rows


def _kg_rows(name: str, graph: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(query(name, graph, "json"))["results"]["bindings"]
    return rows


def test_the_server_holds_every_triple(loaded: tuple[str, Path]) -> None:
    endpoint, export = loaded
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _server_rows(endpoint, count) == _kg_rows(count, export)
    assert int(_kg_rows(count, export)[0]["n"]["value"]) > 3000


@pytest.mark.parametrize("name", OWN_QUERIES)
def test_canned_queries_give_the_same_rows_as_kg_query(loaded: tuple[str, Path],
                                                       name: str) -> None:
    endpoint, export = loaded
    expected = _kg_rows(name, export)
    assert expected, f"{name} found nothing in {export.name}"
    assert _server_rows(endpoint, query_text(name)) == expected


def test_every_other_canned_query_agrees_too(loaded: tuple[str, Path]) -> None:
    endpoint, export = loaded
    for name in sorted(set(canned_queries()) - set(OWN_QUERIES)):
        assert _server_rows(endpoint, query_text(name)) == _kg_rows(name, export), name
