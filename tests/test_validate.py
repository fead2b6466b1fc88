"""kg validate: the seed graph conforms; broken graphs fail with messages that say what broke."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from kg.api import build
from kg.cli import app
from kg.graph.validate import validate
from kg.paths import SHIPPED_MODEL_DIR
from seed_graph import seed_graph_dir

KG = "https://w3id.org/kg-nl/ontology#"
PREFIXES = f"""
@prefix kg: <{KG}> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix ex: <https://example.org/> .
"""
# A document, a sentence, an evidence span and one stance, written as the extraction does.
STANCE = PREFIXES + """
ex:doc a kg:Document, nif:Context ; kg:fileName "doc.txt" ; dct:type "kamerbrief" ;
    kg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
    kg:sourceFormat "text" ; nif:endIndex 60 .
ex:sentence a nif:Sentence ; nif:referenceContext ex:doc ; nif:beginIndex 0 ;
    nif:endIndex 45 ; rdf:value "De EU veroordeelt het geweld in Wit-Rusland." .
ex:span a nif:Phrase ; nif:referenceContext ex:doc ; nif:beginIndex 3 ; nif:endIndex 17 ;
    nif:anchorOf "EU veroordeelt" .
ex:eu a kg:Entity ; rdfs:label "Europese Unie"@nl ; kg:entityType "ORG" .
ex:geweld a kg:Entity ; rdfs:label "geweld"@nl ; kg:entityType "MISC" .
ex:stance a kg:Stance ; kg:holder ex:eu ; kg:target ex:geweld ; kg:stanceType kg:Condemns ;
    kg:polarity kg:Positive ; kg:modality kg:Asserted ; kg:statedOn "2020-09-01"^^xsd:date ;
    prov:wasDerivedFrom ex:sentence ; kg:evidence ex:span ; kg:rule "condemn-verb" .
ex:eu kg:condemns ex:geweld .
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(text, "utf-8")
    return path


def test_seed_graph_conforms_and_every_quote_matches_the_original_file() -> None:
    report = validate(seed_graph_dir() / "graph.trig", sources=[CORPUS])
    assert report.problems == []
    assert report.checked_quotes > 150


@pytest.mark.slow
@pytest.mark.skipif(not (SHIPPED_MODEL_DIR / "meta.json").exists(),
                    reason="the trained model is not in src/kg/models/nl_core_kg")
def test_seed_graph_of_the_shipped_model_conforms(tmp_path: Path) -> None:
    """The facts the model adds (events, stances, offices, titles) keep the graph valid: one
    type per entity, however differently its mentions were typed."""
    build([CORPUS], tmp_path, workers=1, html=False, formats=["trig"])
    report = validate(tmp_path / "graph.trig", sources=[CORPUS])
    assert report.problems == []


def test_cli_exit_code_zero_for_the_seed_graph() -> None:
    result = CliRunner().invoke(app, ["validate", str(seed_graph_dir() / "graph.ttl"),
                                      "--sources", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert "quotes match the original files" in result.output


def test_a_well_formed_stance_conforms(tmp_path: Path) -> None:
    assert validate(_write(tmp_path, STANCE)).problems == []


@pytest.mark.parametrize(("broken", "message"), [
    (STANCE.replace("kg:holder ex:eu ;", ""), "every stance has exactly one holder"),
    (STANCE.replace("prov:wasDerivedFrom ex:sentence ;", ""), "derived from"),
    (STANCE.replace("kg:stanceType kg:Condemns", "kg:stanceType kg:Likes"), "type from"),
    (STANCE.replace("kg:polarity kg:Positive", "kg:polarity kg:Negative"),
     "has no positive, asserted kg:Stance behind it"),
    (STANCE.replace('nif:anchorOf "EU veroordeelt" .', "."), "nif:anchorOf"),
    (STANCE.replace("nif:beginIndex 3 ;", "nif:beginIndex 30 ;"), "nif:beginIndex"),
])
def test_a_broken_stance_fails_naming_the_rule(tmp_path: Path, broken: str, message: str) -> None:
    problems = validate(_write(tmp_path, broken)).problems
    assert problems and any(message in problem for problem in problems), problems


def test_a_quote_that_differs_from_the_original_fails(tmp_path: Path) -> None:
    text = (seed_graph_dir() / "graph.ttl").read_text("utf-8")
    broken = text.replace('nif:anchorOf "Europese Unie"', 'nif:anchorOf "Europese Commissie"', 1)
    assert broken != text
    graph = _write(tmp_path, broken)
    problems = validate(graph, sources=[CORPUS]).problems
    assert len(problems) == 1
    assert "quote 'Europese Commissie' differs from" in problems[0] and "'Europese Unie'" in \
        problems[0]
    result = CliRunner().invoke(app, ["validate", str(graph), "-s", str(CORPUS)])
    assert result.exit_code == 1 and "differs from" in result.output


def test_an_original_file_that_changed_is_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in CORPUS.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes() + b"\n")
    problems = validate(seed_graph_dir() / "graph.trig", sources=[corpus]).problems
    assert len(problems) == 5 and all("none with SHA-256" in p for p in problems)


def test_unreadable_graph_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(_write(tmp_path, "this is not turtle"))])
    assert result.exit_code == 1 and "not valid ttl" in result.output
