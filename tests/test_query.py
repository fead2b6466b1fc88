"""kg query and the canned queries in ontology/queries, on the graph of the sample documents."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from kg.cli import app
from kg.errors import KgError
from kg.query import canned_queries, query
from seed_graph import seed_graph_dir

FILES = sorted(path.name for path in CORPUS.iterdir())


def _rows(name: str, graph: str = "graph.trig") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(query(name, seed_graph_dir() / graph, "csv"))))


def test_documents_lists_every_file_with_type_and_date() -> None:
    rows = _rows("documents")
    assert [row["file"] for row in rows] == FILES
    by_file = {row["file"][:3]: row for row in rows}
    assert by_file["003"]["type"] == "kamerbrief" and by_file["003"]["date"] == "2020-09-17"
    assert by_file["004"]["type"] == "kamervragen"
    assert by_file["004"]["authors"].endswith("/entity/lilianne-ploumen")


def test_questions_pairs_each_question_with_its_answer_and_the_minister() -> None:
    rows = [row for row in _rows("questions") if row["file"].startswith("004")]
    assert [row["number"] for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert {row["askerName"] for row in rows} == {"Lilianne Ploumen"}
    assert {row["addresseeName"] for row in rows} == {"Stef Blok"}
    assert rows[0]["question"].startswith("Vraag 1") and rows[0]["answer"].startswith(
        "Antwoord 1\nJa.")
    flemish = [row for row in _rows("questions") if row["file"].startswith("000")]
    assert flemish[0]["answer"].startswith("1. De situatie in Wit-Rusland verontrust mij.")
    assert flemish[0]["answererName"] == "Jan Jambon"


def test_entity_documents_finds_belarus_in_every_document() -> None:
    rows = [row for row in _rows("entity-documents") if row["entity"].endswith("/wit-rusland")]
    assert [row["file"] for row in rows] == FILES
    assert all(int(row["mentions"]) >= 1 for row in rows)


def test_fact_sources_give_the_sentence_that_holds_each_mention() -> None:
    rows = _rows("fact-sources")
    assert len(rows) > 150 and {row["kind"] for row in rows} >= {"mention"}
    texts = {path.name: path.read_text("utf-8") for path in CORPUS.iterdir()}
    for row in rows:
        assert 0 <= int(row["begin"]) < int(row["end"]) <= len(texts[row["file"]])


def test_offices_give_the_terms_of_the_ministers_who_answer() -> None:
    rows = {(row["name"], row["office"]): row for row in _rows("offices")}
    blok = rows[("Stef Blok", "Minister van Buitenlandse Zaken")]
    assert (blok["begin"], blok["end"]) == ("2018-03-07", "2021-05-25")
    assert ("Jan Jambon", "Minister-president van de Vlaamse Regering") in rows


def test_provenance_names_the_build_model_and_every_source_file() -> None:
    rows = _rows("provenance")
    assert [row["file"] for row in rows] == FILES
    assert {row["model"] for row in rows} == {rows[0]["model"]} and rows[0]["started"] == ""


# The document, entity, question and source queries (the stance, event and network queries
# are tested with the extraction that fills them).
OWN_QUERIES = ["cooccurrences", "documents", "entities", "entity-documents", "fact-sources",
               "offices", "provenance", "questions"]


def test_canned_queries_are_in_ontology_queries() -> None:
    assert set(OWN_QUERIES) <= set(canned_queries())


@pytest.mark.parametrize("name", OWN_QUERIES)
def test_canned_queries_give_the_same_rows_over_turtle_and_trig(name: str) -> None:
    rows = _rows(name, "graph.trig")
    assert rows and _rows(name, "graph.ttl") == rows


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "tsv", "xml"])
def test_cli_formats(fmt: str) -> None:
    result = CliRunner().invoke(app, ["query", "documents", "--graph",
                                      str(seed_graph_dir() / "graph.trig"), "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        assert len(json.loads(out)["results"]["bindings"]) == 5
    elif fmt == "xml":
        namespace = "{http://www.w3.org/2005/sparql-results#}"
        assert len(ET.fromstring(out).findall(f"{namespace}results/{namespace}result")) == 5
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out)))) == 5
    elif fmt == "tsv":
        assert out.splitlines()[0].startswith("?doc\t?type") and len(out.splitlines()) == 6
    else:
        assert [c.strip() for c in out.splitlines()[0].split(" | ")][:2] == ["doc", "type"]
        assert out.splitlines()[-1] == "5 rows"


def test_query_text_file_and_ask(tmp_path: Path) -> None:
    graph = seed_graph_dir() / "graph.trig"
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:LetterToParliament }"
    assert query(text, graph, "csv").splitlines() == ["n", "2"]
    path = tmp_path / "letters.rq"
    path.write_text(text, "utf-8")
    assert query(str(path), graph, "csv").splitlines() == ["n", "2"]
    assert query("ASK { ?d a kg:WrittenQuestion }", graph, "json").strip() == \
        '{"head": {}, "boolean": true}'
    construct = query("CONSTRUCT { ?d a kg:Document } WHERE { ?d a kg:Document }", graph)
    assert construct.count("kg:Document") == 5


@pytest.mark.parametrize(("text", "message"), [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "no updates"),
    ("SELECT ?x WHERE { ?x", "not a SPARQL query"),
    ("no-such-query", "no query named"),
])
def test_refused_queries_say_why(text: str, message: str) -> None:
    with pytest.raises(KgError, match=message):
        query(text, seed_graph_dir() / "graph.trig")
    result = CliRunner().invoke(app, ["query", text, "-g", str(seed_graph_dir() / "graph.trig")])
    assert result.exit_code == 1


def test_a_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["query", "documents", "-g", str(tmp_path / "nope.trig")])
    assert result.exit_code == 1 and "no such file" in result.output
