"""Metadata of the five sample documents, as the gold annotations record it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import GOLD, seed
from kg.ingest.crossref import resolve_cross_references
from kg.ingest.document import load_document
from kg.ingest.records import Document
from kg.link.agents import resolve_agent
from kg.link.kb import KnowledgeBase

# doc type, date, authors, addressees, number: checked against ../shared/eval/seeds-gold.
EXPECTED = {
    "000": ("schriftelijke vraag (met antwoord)", "2020-08-25", [], ["Jan Jambon"], "392"),
    "001": ("schriftelijke vraag (met antwoord)", "2021-02-19", ["Joris Nachtergaele"],
            ["Jan Jambon"], "204"),
    "002": ("kamerbrief", None, ["Stef Blok"],
            ["Voorzitter van de Tweede Kamer der Staten-Generaal"], None),
    "003": ("kamerbrief", "2020-09-17", ["Stef Blok"],
            ["Voorzitter van de Tweede Kamer der Staten-Generaal"], "32 735, nr. 312"),
    "004": ("kamervragen", "2021-03-08", ["Lilianne Ploumen"], ["Stef Blok"], None),
}


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    documents = resolve_cross_references([load_document(seed(p)) for p in sorted(EXPECTED)])
    return dict(zip(sorted(EXPECTED), documents, strict=True))


def summary(document: Document, kb: KnowledgeBase) -> tuple[object, ...]:
    meta = document.meta
    on = meta.date or meta.date_answered or meta.date_asked

    def names(agents: tuple) -> list[str]:  # type: ignore[type-arg]
        return [resolve_agent(agent, kb, on).label for agent in agents]

    return (meta.doc_type.value, meta.date.isoformat() if meta.date else None,
            names(meta.authors), names(meta.addressees), meta.number)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata(corpus: dict[str, Document], kb: KnowledgeBase, prefix: str) -> None:
    assert summary(corpus[prefix], kb) == EXPECTED[prefix]


@pytest.mark.skipif(not GOLD.is_dir(), reason="the gold annotations (../shared/eval) are absent")
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_expectations_match_the_gold_annotations(prefix: str) -> None:
    (path,) = GOLD.glob(f"{prefix}_*.json")
    meta = json.loads(path.read_text("utf-8"))["meta"]
    assert EXPECTED[prefix] == (meta["doc_type"], meta["date"], meta["authors"],
                                meta["addressees"], meta["number"])


def test_seed_000_gets_number_and_date_from_the_citation_in_seed_001(
        corpus: dict[str, Document]) -> None:
    alone = load_document(seed("000"))
    assert (alone.meta.number, alone.meta.date) == (None, None)
    meta = corpus["000"].meta
    assert (meta.number, meta.date) == ("392", date(2020, 8, 25))
    assert corpus["001"].id in meta.date_source or "001" in meta.date_source


def test_seed_passages_know_their_speakers(corpus: dict[str, Document]) -> None:
    questions = [p for p in corpus["004"].passages if p.kind.value == "question"]
    answers = [p for p in corpus["004"].passages if p.kind.value == "answer"]
    assert len(questions) == len(answers) > 3
    assert {p.speaker.name for p in questions if p.speaker} == {"Ploumen"}
    assert {p.speaker.name for p in answers if p.speaker} == {"Blok"}
    letter = corpus["003"]
    assert {p.speaker.name for p in letter.passages if p.kind.value == "body" and p.speaker} == {
        "S.A. Blok"}
