"""End to end: `kg build` on the sample corpus, its outputs, and its handling of bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF
from typer.testing import CliRunner

import kg.export.rdf
from conftest import CORPUS
from kg.api import BuildReport, build
from kg.cli import app
from kg.errors import NothingToBuildError
from kg.graph.namespaces import ITSRDF, KG, NIF

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildReport, Path]:
    out = tmp_path_factory.mktemp("out")
    return build([CORPUS], out, model="blank", workers=1), out


def test_report_counts_what_was_read(built: tuple[BuildReport, Path]) -> None:
    report, out = built
    assert len(report.documents) == 5 and report.skipped == []
    assert report.entities > 0 and report.triples > 0
    saved = json.loads((out / "report.json").read_text("utf-8"))
    assert saved["triples"] == report.triples
    assert [d["doc_type"] for d in saved["documents"]] == [
        "schriftelijke vraag (met antwoord)", "schriftelijke vraag (met antwoord)",
        "kamerbrief", "kamerbrief", "kamervragen"]


def test_turtle_parses_with_rdflib_and_pyoxigraph(built: tuple[BuildReport, Path]) -> None:
    report, out = built
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(graph) == report.triples
    with (out / "graph.ttl").open("rb") as handle:
        triples = list(ox.parse(handle, format=ox.RdfFormat.TURTLE))
    assert len(triples) == report.triples


def test_trig_has_one_named_graph_per_document_and_one_for_entities(
        built: tuple[BuildReport, Path]) -> None:
    report, out = built
    dataset = Dataset()
    dataset.parse(data=(out / "graph.trig").read_text("utf-8"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    shared = ("/graph/entities", "/graph/provenance")
    documents = {n for n in names if "/graph/" in n and not n.endswith(shared)}
    assert len(documents) == 5
    assert all(any(n.endswith(name) for n in names) for name in shared)
    assert len(dataset.default_graph) == 0
    assert sum(len(g) for g in dataset.graphs()) == report.quads


def test_every_mention_quotes_the_original_file_at_its_offsets(
        built: tuple[BuildReport, Path]) -> None:
    _, out = built
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    files = {str(doc): (CORPUS / str(name)).read_text("utf-8")
             for doc, name in graph.subject_objects(KG.fileName)}
    mentions = list(graph.subjects(RDF.type, NIF.Phrase))
    assert len(mentions) > 20
    for mention in mentions:
        original = files[str(graph.value(mention, NIF.referenceContext))]
        begin = int(graph.value(mention, NIF.beginIndex))  # type: ignore[arg-type]
        end = int(graph.value(mention, NIF.endIndex))  # type: ignore[arg-type]
        assert str(graph.value(mention, NIF.anchorOf)) == original[begin:end]
        assert graph.value(mention, ITSRDF.taIdentRef) is not None
        sentence = graph.value(mention, NIF.sentence)
        assert int(graph.value(sentence, NIF.beginIndex)) <= begin  # type: ignore[arg-type]
        assert end <= int(graph.value(sentence, NIF.endIndex))  # type: ignore[arg-type]


def test_answers_point_at_their_questions_and_speakers(built: tuple[BuildReport, Path]) -> None:
    _, out = built
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    pairs = [(a, q) for a, q in graph.subject_objects(KG.answers)
             if (a, RDF.type, KG.Passage) in graph]  # actors answer too: kg:Answers stances
    assert len(pairs) >= 10
    for answer, question in pairs:
        assert graph.value(answer, KG.number) == graph.value(question, KG.number)
        assert (question, RDF.type, KG.Question) in graph
        assert graph.value(answer, KG.speaker) != graph.value(question, KG.speaker)


def test_documents_carry_their_metadata(built: tuple[BuildReport, Path]) -> None:
    _, out = built
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    letters = set(graph.subjects(RDF.type, KG.LetterToParliament))
    assert len(letters) == 2
    numbers = {str(n) for d in letters for n in graph.objects(d, URIRef(
        "http://purl.org/dc/terms/identifier"))}
    assert numbers == {"32 735, nr. 312"}
    assert (None, URIRef("http://purl.org/dc/terms/date"), Literal(
        "2021-03-08", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))) in graph


def test_html_works_offline(built: tuple[BuildReport, Path]) -> None:
    _, out = built
    page = (out / "graph.html").read_text("utf-8")
    assert "new vis.Network(" in page
    assert "<script src" not in page and "<link" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import|url\(\s*["']?https?:""",
                         page)
    assert '"physics": {"enabled": false}' in page


def test_build_is_deterministic(tmp_path: Path, built: tuple[BuildReport, Path]) -> None:
    _, first = built
    build([CORPUS], tmp_path, model="blank", workers=2)
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_failed_write_keeps_the_previous_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               built: tuple[BuildReport, Path]) -> None:
    _, first = built
    previous = (first / "graph.ttl").read_bytes()
    (tmp_path / "graph.ttl").write_bytes(previous)

    def broken(terms: object, output: object, **options: object) -> None:
        output.write(b"@prefix half: <written> .")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr(kg.export.rdf.ox, "serialize", broken)
    with pytest.raises(OSError, match="disk full"):
        build([CORPUS], tmp_path, model="blank", workers=1)
    assert (tmp_path / "graph.ttl").read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_unreadable_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    good = tmp_path / "corpus" / "vraag.txt"
    good.write_text((CORPUS / next(p.name for p in CORPUS.iterdir() if p.name.startswith(
        "004"))).read_text("utf-8"), "utf-8")
    (tmp_path / "corpus" / "leeg.txt").write_bytes(b"")
    (tmp_path / "corpus" / "kapot.pdf").write_bytes(b"%PDF-1.4 nonsense")
    report = build([tmp_path / "corpus", tmp_path / "weg.txt"], tmp_path / "out",
                   model="blank")
    assert len(report.documents) == 1
    reasons = {p.name: r for p, r in ((s.path, s.reason) for s in report.skipped)}
    assert set(reasons) == {"leeg.txt", "kapot.pdf", "weg.txt"}
    assert "empty" in reasons["leeg.txt"] and "PDF" in reasons["kapot.pdf"]


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "leeg.txt").write_bytes(b"")
    with pytest.raises(NothingToBuildError, match="leeg.txt: the file is empty"):
        build([tmp_path / "leeg.txt"], tmp_path / "out", model="blank")
    assert not (tmp_path / "out").exists()


def test_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    (tmp_path / "leeg.txt").write_bytes(b"")
    failed = runner.invoke(app, ["build", str(tmp_path / "leeg.txt"), "-o", str(tmp_path / "o"),
                                 "--model", "blank"])
    assert failed.exit_code == 1
    assert "Error" in failed.output and "leeg.txt" in failed.output
    good = next(CORPUS.glob("003_*"))
    result = runner.invoke(app, ["build", str(good), str(tmp_path / "leeg.txt"),
                                 "-o", str(tmp_path / "o"), "--model", "blank", "-f", "nt"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "leeg.txt" in result.output
    assert (tmp_path / "o" / "graph.nt").is_file()
    bad_model = runner.invoke(app, ["build", str(good), "-o", str(tmp_path / "o"),
                                    "--model", "nl_no_such_model"])
    assert bad_model.exit_code == 1 and "nl_no_such_model" in bad_model.output
