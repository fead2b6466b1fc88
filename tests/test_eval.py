"""`kg eval`: gold loading, alignment and scores on hand-made gold files and graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from typer.testing import CliRunner

from conftest import CORPUS
from conftest import GOLD as SEEDS_GOLD
from kg.cli import app
from kg.eval.align import key, same_date
from kg.eval.gold import GoldError, load_gold
from kg.eval.predicted import read_predictions
from kg.eval.run import evaluate
from kg.eval.score import score
from kg.graph.iris import Iris
from kg.graph.namespaces import ITSRDF, KG, NIF, SEM, WD
from kg.graph.store import new_dataset

IRIS = Iris()
DOC = "brief.txt"
GOLD = {
    "doc": DOC,
    "meta": {"doc_type": "kamerbrief", "date": "2020-08-12"},
    "entities": [
        {"name": "Wit-Rusland", "type": "LOC", "qid": "Q184",
         "mentions": ["Wit-Rusland", "Wit-\nRussische"]},
        {"name": "Organisatie voor Veiligheid en Samenwerking in Europa", "type": "ORG",
         "qid": "Q81299", "mentions": ["OVSE"]},
        {"name": "Josep Borrell", "type": "PER", "qid": None, "mentions": ["Borrel"]},
        {"name": "Nederlandse regering", "type": "ORG", "qid": None, "mentions": ["kabinet"]},
        {"name": "Wit-Russische autoriteiten", "type": "ORG", "qid": None,
         "mentions": ["autoriteiten"]},
    ],
    "events": [
        {"id": "e1", "type": "Election", "date": "2020-08-09", "participants": ["Wit-Rusland"]},
        {"id": "e2", "type": "Protest", "date": "2020-08", "participants": ["Wit-Rusland"]},
        {"id": "e3", "type": "Visit", "date": "2021-02-04", "participants": ["Josep Borrell"]},
    ],
    "relations": [
        {"subject": "Nederlandse regering", "predicate": "callsUpon",
         "object": "Wit-Russische autoriteiten"},
        {"subject": "Nederlandse regering", "predicate": "concernedAbout", "object": "e1"},
        {"subject": "Josep Borrell", "predicate": "other:meetsWith", "object": "Wit-Rusland"},
    ],
}


class Graph:
    """A document graph and entity graph written by hand, in kg build's vocabulary."""

    def __init__(self) -> None:
        self.dataset: Dataset = new_dataset()
        self.doc = IRIS.document("brief")
        self.graph = self.dataset.graph(IRIS.document_graph("brief"))
        self.entities = self.dataset.graph(IRIS.entity_graph)
        self.graph.add((self.doc, RDF.type, KG.Document))
        self.graph.add((self.doc, KG.fileName, Literal(DOC)))
        self.count = 0

    def entity(self, ident: str, label: str, kind: str, qid: str | None = None) -> URIRef:
        node = IRIS.entity(ident)
        self.entities.add((node, RDF.type, KG.Entity))
        self.entities.add((node, RDFS.label, Literal(label, lang="nl")))
        self.entities.add((node, KG.entityType, Literal(kind)))
        if qid:
            self.entities.add((node, OWL.sameAs, WD[qid]))
        return node

    def mention(self, entity: URIRef, anchor: str) -> None:
        self.count += 1
        node = IRIS.span("brief", "mention", self.count, self.count + len(anchor))
        for p, o in ((RDF.type, NIF.Phrase), (NIF.referenceContext, self.doc),
                     (NIF.anchorOf, Literal(anchor)), (ITSRDF.taIdentRef, entity)):
            self.graph.add((node, p, o))

    def event(self, n: int, kind: str, day: str, actor: URIRef, precision: str = "day") -> URIRef:
        node = URIRef(f"{self.doc}/event/{n}")
        for p, o in ((RDF.type, SEM.Event), (KG.eventType, Literal(kind)),
                     (SEM.hasTimeStamp, Literal(day, datatype=XSD.date)),
                     (KG.datePrecision, Literal(precision)), (KG.agent, actor)):
            self.graph.add((node, p, o))
        return node

    def stance(self, n: int, holder: URIRef, kind: str, target: URIRef, *,
               name: str | None = None, polarity: URIRef = KG.Positive,
               modality: URIRef = KG.Asserted) -> None:
        node = URIRef(f"{self.doc}/stance/{n}")
        for p, o in ((RDF.type, KG.Stance), (KG.stanceType, KG[kind]), (KG.holder, holder),
                     (KG.target, target), (KG.polarity, polarity), (KG.modality, modality)):
            self.graph.add((node, p, o))
        if name:
            self.graph.add((node, KG.relationName, Literal(name)))


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "brief.json").write_text(json.dumps(GOLD), "utf-8")
    return folder


@pytest.fixture()
def graph() -> Graph:
    g = Graph()
    belarus = g.entity("wit-rusland", "Wit-Rusland", "LOC", "Q184")
    g.mention(belarus, "Wit-\nRusland")
    g.mention(g.entity("name-ovse", "OVSE", "ORG"), "OVSE")
    g.mention(g.entity("josep-borrell", "Josep Borrell", "PER"), "Borrel")
    g.mention(g.entity("minsk", "Minsk", "LOC", "Q2280"), "Minsk")
    return g


def test_entities_align_on_qid_name_or_shared_mention(gold_dir: Path, graph: Graph) -> None:
    scores = score(load_gold(gold_dir), read_predictions(graph.dataset)).to_dict()
    entities = scores["entities"]
    assert (entities["tp"], entities["predicted"], entities["gold"]) == (3, 4, 5)
    assert entities["precision"] == 0.75 and entities["recall"] == 0.6
    assert entities["per_type"]["LOC"]["precision"] == 0.5  # Minsk is not in the gold
    assert entities["per_type"]["ORG"]["recall"] == pytest.approx(1 / 3, abs=1e-4)
    # OVSE is found through its mention but linked to no QID: one of two links is right
    assert scores["links"] == {"accuracy": 0.5, "n": 2}
    assert scores["documents"] == 1


def test_events_need_type_participant_and_date_or_month(gold_dir: Path, graph: Graph) -> None:
    belarus, borrell = IRIS.entity("wit-rusland"), IRIS.entity("josep-borrell")
    graph.event(1, "Election", "2020-08-09", belarus)
    graph.event(2, "Protest", "2020-08-01", belarus, precision="month")
    graph.event(3, "Visit", "2021-02-06", borrell)  # wrong day: not a match
    events = score(load_gold(gold_dir), read_predictions(graph.dataset)).to_dict()["events"]
    assert (events["tp"], events["predicted"], events["gold"]) == (2, 3, 3)
    assert events["date_accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_relations_after_alignment_lenient_and_strict(gold_dir: Path, graph: Graph) -> None:
    cabinet = graph.entity("nederlandse-regering", "Nederlandse regering", "ORG")
    graph.mention(cabinet, "kabinet")
    authorities = graph.entity("wit-rusland-autoriteiten", "Wit-Russische autoriteiten", "ORG")
    graph.mention(authorities, "autoriteiten")
    election = graph.event(1, "Election", "2020-08-09", IRIS.entity("wit-rusland"))
    borrell, belarus = IRIS.entity("josep-borrell"), IRIS.entity("wit-rusland")
    graph.graph.add((cabinet, KG.callsUpon, authorities))
    graph.stance(1, cabinet, "ConcernedAbout", election)
    graph.stance(2, borrell, "OtherRelation", belarus, name="other:discusses",
                 modality=KG.Future)
    graph.stance(3, cabinet, "Supports", authorities, polarity=KG.Negative)
    graph.stance(4, cabinet, "Condemns", authorities, modality=KG.Conditional)
    relations = score(load_gold(gold_dir), read_predictions(graph.dataset)).to_dict()["relations"]
    assert (relations["tp"], relations["predicted"], relations["gold"]) == (3, 3, 3)
    strict = relations["strict"]
    assert (strict["tp"], strict["predicted"], strict["gold"]) == (2, 3, 3)


def test_a_graph_without_events_or_relations_scores_zero_with_counts(gold_dir: Path) -> None:
    scores = score(load_gold(gold_dir), read_predictions(new_dataset())).to_dict()
    assert scores["events"]["f1"] == 0.0 and scores["events"]["gold"] == 3
    assert scores["relations"]["recall"] == 0.0 and scores["relations"]["gold"] == 3
    assert scores["entities"]["gold"] == 5 and scores["links"] == {"accuracy": 0.0, "n": 0}


def test_comparison_ignores_case_accents_spaces_and_line_break_hyphens() -> None:
    assert key("VN Mensenrech-\ntenraad") == key("VN-mensenrechtenraad")
    assert key("Várhelyi") == key("Varhelyi") != key("Várhely")
    assert same_date("2020-08", "2020-08-09") and not same_date("2020-08-10", "2020-08-09")
    assert same_date(None, None) and not same_date("2020", None)


def test_bad_gold_files_are_named(tmp_path: Path, gold_dir: Path) -> None:
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(tmp_path / "nope")
    (gold_dir / "kapot.json").write_text('{"doc": "x.txt", "entities": [{"name": "A"}]}', "utf-8")
    with pytest.raises(GoldError, match=r"kapot\.json: missing field 'type'"):
        load_gold(gold_dir)


def test_cli_scores_a_written_document(tmp_path: Path, gold_dir: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / DOC).write_text(
        "Het kabinet is bezorgd over de verkiezingen in Wit-Rusland. Nederland vraagt de OVSE "
        "om waarnemers te sturen.\n", "utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_dir), "--docs", str(docs),
                                      "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {"entities", "links", "events", "relations", "documents"}
    assert scores["links"] == {"accuracy": 1.0, "n": 2}  # Wit-Rusland and the OVSE
    assert scores["entities"]["tp"] >= 2 and scores["documents"] == 1


def test_cli_fails_clearly_on_missing_gold_or_document(tmp_path: Path, gold_dir: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["eval", "--gold", str(tmp_path / "geen"), "--docs",
                                  str(tmp_path)])
    assert missing.exit_code == 1 and "does not exist" in " ".join(missing.output.split())
    absent = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--docs", str(tmp_path)])
    assert absent.exit_code == 1 and "'brief.txt' not found" in " ".join(absent.output.split())


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS_GOLD.is_dir(), reason="needs ../shared/eval/seeds-gold")
def test_seed_targets_of_issue_4() -> None:
    scores = evaluate(SEEDS_GOLD, CORPUS).to_dict()
    assert scores["documents"] == 5
    assert scores["entities"]["f1"] >= 0.90
    assert scores["links"]["accuracy"] >= 0.95 and scores["links"]["n"] >= 30
