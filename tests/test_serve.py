"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, used by SPARQLWrapper and by curl."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from seed_graph import kg_command, seed_graph_dir
from servers import running

MAX_ROWS = 20
DOCUMENTS = "PREFIX kg: <https://w3id.org/kg-nl/ontology#> SELECT ?d WHERE { ?d a kg:Document }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    argv = [*kg_command(), "serve", "--graph", str(seed_graph_dir() / "graph.trig"),
            "--port", "0", "--timeout", "2", "--max-rows", str(MAX_ROWS)]
    with running(argv, log) as url:
        yield url


def _client(endpoint: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_select_with_sparqlwrapper_in_json_xml_and_csv(endpoint: str) -> None:
    result = _client(endpoint, DOCUMENTS, JSON).queryAndConvert()
    assert isinstance(result, dict) and len(result["results"]["bindings"]) == 5
    xml = _client(endpoint, DOCUMENTS, XML).query().convert()
    assert len(xml.getElementsByTagName("result")) == 5  # type: ignore[union-attr]
    client = _client(endpoint, DOCUMENTS, CSV)
    client.setMethod(POST)
    rows = list(csv.DictReader(io.StringIO(client.query().convert().decode("utf-8"))))  # type: ignore[union-attr]
    assert len(rows) == 5 and rows[0]["d"].startswith("https://w3id.org/kg-nl/id/doc/")


def test_construct_and_ask_with_sparqlwrapper(endpoint: str) -> None:
    construct = ("PREFIX kg: <https://w3id.org/kg-nl/ontology#> "
                 "CONSTRUCT { ?d a kg:Document } WHERE { ?d a kg:Document }")
    data = _client(endpoint, construct, TURTLE).query().convert()
    assert len(Graph().parse(data=data, format="turtle")) == 5
    ask = _client(endpoint, "ASK { ?s ?p ?o }", JSON).queryAndConvert()
    assert ask == {"head": {}, "boolean": True}


def test_results_are_capped_and_say_so(endpoint: str) -> None:
    request = urllib.request.Request(
        endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)
        assert len(json.load(response)["results"]["bindings"]) == MAX_ROWS


@pytest.mark.parametrize(("data", "content_type", "status"), [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "application/sparql-update", 403),
    ("update=CLEAR+ALL", "application/x-www-form-urlencoded", 403),
    ("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
     "application/sparql-query", 400),
    (SLOW, "application/sparql-query", 503),
])
def test_updates_service_and_slow_queries_are_refused(endpoint: str, data: str,
                                                      content_type: str, status: int) -> None:
    request = urllib.request.Request(endpoint, data=data.encode("utf-8"), method="POST",
                                     headers={"Content-Type": content_type})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    error.value.close()
    assert error.value.code == status


def test_query_page_works_offline(endpoint: str) -> None:
    with urllib.request.urlopen(endpoint.removesuffix("sparql"), timeout=10) as response:
        page = response.read().decode("utf-8")
    assert "<textarea" in page and 'fetch("sparql"' in page
    assert '"questions": "# Who asked which minister what' in page  # canned queries to pick
    assert re.search(r"(src|href)\s*=|@import|url\(", page) is None  # nothing loaded from elsewhere


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_get_and_post(endpoint: str, tmp_path: Path) -> None:
    get = subprocess.run(
        ["curl", "-sS", "-G", "--fail", "-H", "Accept: text/csv", endpoint,
         "--data-urlencode", f"query={DOCUMENTS}"], capture_output=True, text=True, check=True)
    assert get.stdout.splitlines()[0] == "d" and len(get.stdout.splitlines()) == 6
    post = subprocess.run(
        ["curl", "-sS", "--fail", "-H", "Content-Type: application/sparql-query",
         "-H", "Accept: text/tab-separated-values", "--data-binary", DOCUMENTS, endpoint],
        capture_output=True, text=True, check=True)
    assert post.stdout.splitlines()[0] == "?d" and len(post.stdout.splitlines()) == 6
    refused = subprocess.run(
        ["curl", "-sS", "-o", str(tmp_path / "body"), "-w", "%{http_code}",
         "-H", "Accept: image/png", "-G", endpoint, "--data-urlencode", f"query={DOCUMENTS}"],
        capture_output=True, text=True, check=True)
    assert refused.stdout == "406"
