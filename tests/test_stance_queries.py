"""The canned stance and event queries, on the sample graph built with the shipped model and
on a small hand-written graph (for disagreements, which the samples do not hold)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import CORPUS
from kg.api import build
from kg.paths import SHIPPED_MODEL_DIR
from kg.query import query

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (SHIPPED_MODEL_DIR / "meta.json").exists(),
                       reason="the trained model is not in src/kg/models/nl_core_kg"),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model-graph")
    build([CORPUS], out, workers=1, html=False, formats=["trig"])
    return out / "graph.trig"


def rows(name: str, graph: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(query(name, graph, "csv"))))


def test_not_recognised_finds_the_eu_and_the_august_2020_election(graph: Path) -> None:
    found = {(r["holderName"], r["eventType"], r["eventDate"])
             for r in rows("not-recognised", graph)}
    assert ("Europese Unie", "Election", "2020-08-09") in found


def test_condemnations_name_holder_target_and_quote(graph: Path) -> None:
    found = rows("condemnations", graph)
    assert found and all(r["quote"] and r["file"] for r in found)
    assert ("Nederlandse regering", "Wit-Russische autoriteiten") in {
        (r["holderName"], r["targetName"]) for r in found}


def test_stances_of_actor_keep_polarity_and_modality(graph: Path) -> None:
    found = rows("stances-of-actor", graph)
    assert {"Positive", "Negative"} >= {r["polarity"] for r in found}
    assert ("Europese Unie", "CallsUpon", "Wit-Russische autoriteiten") in {
        (r["holderName"], r["type"], r["targetName"]) for r in found}
    assert ("Amnesty International", "Publishes") in {(r["holderName"], r["type"])
                                                      for r in found}


def test_timeline_is_in_date_order_with_precision(graph: Path) -> None:
    found = rows("timeline", graph)
    dates = [r["date"] for r in found if r["date"]]
    assert dates == sorted(dates) and len(dates) >= 5
    assert ("2020-08-09", "day", "Election") in {(r["date"], r["precision"], r["type"])
                                                 for r in found}
    assert {r["precision"] for r in found if r["date"]} <= {"day", "month", "season", "year"}


DISAGREEMENT = """\
@prefix kg: <https://w3id.org/kg-nl/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/> .
ex:nl rdfs:label "Nederland" .  ex:hu rdfs:label "Hongarije" .  ex:x rdfs:label "sancties" .
ex:s1 a kg:Stance ; kg:stanceType kg:Supports ; kg:polarity kg:Positive ;
  kg:modality kg:Asserted ; kg:holder ex:nl ; kg:target ex:x ; kg:evidence ex:e1 .
ex:s2 a kg:Stance ; kg:stanceType kg:Supports ; kg:polarity kg:Negative ;
  kg:modality kg:Asserted ; kg:holder ex:hu ; kg:target ex:x ; kg:evidence ex:e2 .
ex:s3 a kg:Stance ; kg:stanceType kg:Opposes ; kg:polarity kg:Positive ;
  kg:modality kg:Future ; kg:holder ex:hu ; kg:target ex:x ; kg:evidence ex:e2 .
ex:e1 nif:anchorOf "Nederland steunt sancties" .
ex:e2 nif:anchorOf "Hongarije steunt geen sancties" .
"""


def test_disagreements_pair_a_support_with_a_negated_support(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(DISAGREEMENT, "utf-8")
    found = rows("disagreements", path)
    assert [(r["targetName"], r["supporterName"], r["opponentName"], r["opposition"])
            for r in found] == [("sancties", "Nederland", "Hongarije", "does not support")]
