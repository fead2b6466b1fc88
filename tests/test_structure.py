"""Document type, metadata and passages with speakers, on documents written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import samples
from kg.ingest.document import load_document
from kg.ingest.records import DocType, Document, PassageKind


def load(tmp_path: Path, text: str, name: str = "document.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def passages(document: Document, kind: PassageKind) -> list[str]:
    return [document.text[p.start:p.end] for p in document.passages if p.kind is kind]


def test_kamervragen_with_answers(tmp_path: Path) -> None:
    document = load(tmp_path, samples.KAMERVRAGEN)
    meta = document.meta
    assert meta.doc_type is DocType.KAMERVRAGEN
    assert meta.title == "de arrestatie van oppositieleden in Hongkong"
    assert (meta.date_asked, meta.date_answered) == (date(2021, 1, 12), date(2021, 2, 3))
    assert meta.date == date(2021, 2, 3)
    assert "2021Z01234" in meta.references
    ((asker,),) = (meta.askers,)
    assert (asker.name, asker.party) == ("Sjoerdsma", "D66")
    assert [(a.name, a.role) for a in meta.addressees] == [
        ("Blok", "Minister van Buitenlandse Zaken")]
    assert [a.name for a in meta.authors] == ["Sjoerdsma"]
    questions = [p for p in document.passages if p.kind is PassageKind.QUESTION]
    answers = [p for p in document.passages if p.kind is PassageKind.ANSWER]
    assert [p.number for p in questions] == [1, 2] == [p.number for p in answers]
    assert {p.speaker.name for p in questions if p.speaker} == {"Sjoerdsma"}
    assert {p.speaker.name for p in answers if p.speaker} == {"Blok"}
    assert passages(document, PassageKind.ANSWER)[1].startswith("Antwoord 2\nJa. Nederland heeft")


def test_kamervragen_without_answers_and_with_two_askers(tmp_path: Path) -> None:
    meta = load(tmp_path, samples.KAMERVRAGEN_UNANSWERED).meta
    assert meta.doc_type is DocType.KAMERVRAGEN_UNANSWERED
    assert meta.date == date(2021, 3, 2)
    assert [(a.name, a.party) for a in meta.askers] == [("Van der Graaf", "ChristenUnie"),
                                                       ("Omtzigt", "CDA")]
    assert [a.role for a in meta.addressees] == [
        "Minister van Buitenlandse Zaken",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"]
    assert meta.signatories == ()


def test_flemish_written_question_with_answer(tmp_path: Path) -> None:
    document = load(tmp_path, samples.FLEMISH_QUESTION)
    meta = document.meta
    assert meta.doc_type is DocType.WRITTEN_QUESTION_ANSWERED
    assert (meta.number, meta.date, meta.title) == ("517", date(2021, 5, 14),
                                                    "Handelsmissie naar Zuid-Afrika")
    assert [a.name for a in meta.askers] == ["Koen Daeniels"]
    (minister,) = meta.addressees
    assert minister.name == "Jan Jambon"
    assert minister.role == "Minister-president van de Vlaamse Regering"
    assert minister.jurisdiction == "vlaanderen"
    questions = passages(document, PassageKind.QUESTION)
    answers = [p for p in document.passages if p.kind is PassageKind.ANSWER]
    assert questions == ["1. Welke sectoren nemen deel aan de missie?",
                         "2. Welke ontmoetingen met de Zuid-Afrikaanse overheid zijn gepland?"]
    assert [p.number for p in answers] == [1, 2]
    assert all(p.speaker == minister for p in answers)
    assert "haven-, energie- en voedingssector" in document.text[answers[0].start:answers[0].end]


def test_flemish_question_in_the_numbered_form_without_official_header(tmp_path: Path) -> None:
    text = ("Vlaamse steun voor onafhankelijke media in Moldavië\n\n"
            "Het Vlaams Parlement keurde vorig jaar een resolutie goed over persvrijheid.\n\n"
            "1. Welke projecten steunt de Vlaamse Regering in Moldavië?\n\n"
            "2. Overweegt de minister-president bijkomende steun?\n\n"
            "1. De Vlaamse Regering steunt twee projecten van onafhankelijke omroepen.\n\n"
            "2. Bijkomende steun wordt onderzocht in het kader van het landenprogramma.\n")
    document = load(tmp_path, text)
    assert document.meta.doc_type is DocType.WRITTEN_QUESTION_ANSWERED
    assert document.meta.title == "Vlaamse steun voor onafhankelijke media in Moldavië"
    assert len(passages(document, PassageKind.QUESTION)) == 2
    answers = [p for p in document.passages if p.kind is PassageKind.ANSWER]
    assert [p.number for p in answers] == [1, 2]
    assert answers[0].speaker is not None
    assert answers[0].speaker.role == "minister-president"


def test_kamerbrief(tmp_path: Path) -> None:
    document = load(tmp_path, samples.KAMERBRIEF)
    meta = document.meta
    assert meta.doc_type is DocType.KAMERBRIEF
    assert (meta.number, meta.date) == ("21 501-02, nr. 2250", date(2021, 3, 4))
    assert meta.title == "Raad Algemene Zaken en Raad Buitenlandse Zaken"
    assert meta.references == ("21 501-02, nr. 2245",)
    assert [a.role for a in meta.addressees] == [
        "Voorzitter van de Tweede Kamer der Staten-Generaal"]
    (signatory,) = meta.signatories
    assert (signatory.name, signatory.role) == ("S.A. Blok", "Minister van Buitenlandse Zaken")
    bodies = [p for p in document.passages if p.kind is PassageKind.BODY]
    assert len(bodies) == 2 and all(p.speaker == signatory for p in bodies)
    assert passages(document, PassageKind.SIGNATURE) == [
        "De Minister van Buitenlandse Zaken,\nS.A. Blok"]


def test_unknown_layout_is_a_plain_document_of_paragraphs(tmp_path: Path) -> None:
    text = "Persbericht\n\nDe minister ontving vandaag zijn Duitse ambtgenoot.\n\nMeer volgt.\n"
    document = load(tmp_path, text)
    assert document.meta.doc_type is DocType.OTHER
    assert document.meta.title == "Persbericht"
    assert len(passages(document, PassageKind.BODY)) == 3


@pytest.mark.parametrize("name", ["KAMERVRAGEN", "FLEMISH_QUESTION", "KAMERBRIEF"])
def test_structure_is_the_same_in_html(tmp_path: Path, name: str) -> None:
    text = getattr(samples, name)
    paragraphs = "".join(f"<p>{block}</p>\n" for block in text.split("\n\n"))
    page = (f"<html><body><nav>Zoeken | Menu</nav><main>{paragraphs}</main>"
            "<footer>Colofon</footer></body></html>")
    as_text, as_html = load(tmp_path, text), load(tmp_path, page, "document.html")
    assert as_html.meta.doc_type is as_text.meta.doc_type
    assert as_html.meta.date == as_text.meta.date
    assert as_html.meta.number == as_text.meta.number
    assert [(p.kind, p.number) for p in as_html.passages if p.number] == [
        (p.kind, p.number) for p in as_text.passages if p.number]
    for passage in as_html.passages:
        begin, end = as_html.original_span(passage.start, passage.end)
        first_word = as_html.text[passage.start:passage.end].split()[0]
        assert as_html.source.original[begin:end].startswith(first_word)


@pytest.mark.parametrize("name", ["FLEMISH_QUESTION", "KAMERBRIEF"])
def test_structure_is_the_same_in_a_pdf(tmp_path: Path, name: str) -> None:
    from fpdf import FPDF

    text = getattr(samples, name)
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    for block in text.split("\n\n"):
        pdf.multi_cell(0, 5, block.strip())
        pdf.ln(5)
    path = tmp_path / "document.pdf"
    pdf.output(str(path))
    as_text, as_pdf = load(tmp_path, text), load_document(path)
    assert as_pdf.meta.doc_type is as_text.meta.doc_type
    assert (as_pdf.meta.date, as_pdf.meta.number) == (as_text.meta.date, as_text.meta.number)
    assert as_pdf.meta.signatories == as_text.meta.signatories
    assert [(p.kind, p.number) for p in as_pdf.passages if p.number] == [
        (p.kind, p.number) for p in as_text.passages if p.number]
