"""holdsOffice from office designations and memberOf from Kamervragen headers, on sentences and
a header written for these tests; and the RDF they become."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from extraction import extract_text, shipped_pipeline
from kg.analysis import analyse
from kg.extract import Facts
from kg.graph.facts import fact_triples
from kg.graph.iris import Iris
from kg.graph.namespaces import KG
from kg.ingest.document import load_document
from kg.link.kb import KnowledgeBase
from kg.link.roles import office_body

ON = date(2020, 6, 1)


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    return shipped_pipeline(kb)


def _facts(facts: Facts, kind: str) -> set[tuple[str, str]]:
    return {(s.holder.label, getattr(s.target, "label", "")) for s in facts.stances
            if s.type == kind and s.asserted}


@pytest.mark.parametrize(("role", "body"), [
    ("nl-minister-buitenlandse-zaken", "nederlandse-regering"),
    ("be-minister-buitenlandse-zaken", "belgische-federale-regering"),
    ("vl-minister-president", "vlaamse-regering"),
    ("nl-voorzitter-tweede-kamer", "tweede-kamer"),
    ("eu-voorzitter-europese-raad", "europese-raad"),
    ("eu-hoge-vertegenwoordiger", "eu"),
    ("by-president", "wit-rusland"),
])
def test_office_body_is_the_government_a_ministry_belongs_to(kb: KnowledgeBase, role: str,
                                                              body: str) -> None:
    found = office_body(kb, kb.roles[role])
    assert found is not None and found.id == body


# (sentence, date, expected (holder, body) pairs)
OFFICE_CASES = [
    # an office phrase the linker resolves to its holder on the date
    ("Volgens de Minister van Defensie is de missie in Mali geslaagd.", ON,
     {("Ank Bijleveld", "Nederlandse regering")}),
    # a title before a name
    ("Bondskanselier Merkel sprak in Berlijn met journalisten.", ON,
     {("Angela Merkel", "Duitsland")}),
    # an apposition after the name
    ("Charles Michel, de voorzitter van de Europese Raad, reisde naar Kiev.", ON,
     {("Charles Michel", "Europese Raad")}),
    # a foreign office qualified by an adjective, for a known and an unknown person
    ("De Russische minister Lavrov ontving zijn collega in Moskou.", ON,
     {("Sergej Lavrov", "Rusland")}),
    ("De Turkse minister Ahmet Demirkaya bezocht gisteren Ankara.", ON,
     {("Ahmet Demirkaya", "Turkije")}),
    # an office nobody holds on that date in the gazetteer
    ("De voorzitter van de Europese Raad sprak in Brussel over de begroting.", date(1990, 5, 1),
     set()),
    # a person who does not hold that office on the date
    ("Minister Knapen bezocht de ambassade in Kiev.", ON, set()),
    # a former office
    ("De voormalige Duitse bondskanselier Merkel hield een lezing.", date(2023, 5, 1), set()),
    # a title that is no office of that person
    ("Het lid Kuiken stelde vragen over de ambassade.", ON, set()),
]


@pytest.mark.parametrize(("text", "on", "expected"), OFFICE_CASES)
def test_office_designations(nlp: Language, kb: KnowledgeBase, text: str, on: date,
                             expected: set[tuple[str, str]]) -> None:
    assert _facts(extract_text(nlp, kb, text, on=on), "HoldsOffice") == expected


def test_undated_document_accepts_an_office_held_at_any_time(nlp: Language,
                                                            kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Minister Knapen bezocht de ambassade in Kiev.")
    assert _facts(facts, "HoldsOffice") == {("Ben Knapen", "Nederlandse regering")}


def test_office_fact_quotes_the_office_phrase(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Het kabinet steunt de Russische minister Lavrov niet."
    (stance,) = [s for s in extract_text(nlp, kb, text, on=ON).stances
                 if s.type == "HoldsOffice"]
    assert text[stance.evidence.start:stance.evidence.end] == "Russische minister"
    assert (stance.sentence.start, stance.sentence.end) == (0, len(text))


HEADER = """\
Vragen van de leden Kuiken (PvdA) en Agnes Mulder (CDA) aan de Minister van Defensie over
de aanschaf van nieuwe fregatten (ingezonden 4 februari 2021).

Vraag 1
Bent u bekend met het bericht over de vertraging van de fregatten?

Vraag 2
Is het lid van de Kamer De Vries (VVD) al geïnformeerd?
"""


def test_header_parties_become_memberships(nlp: Language, kb: KnowledgeBase,
                                           tmp_path: Path) -> None:
    path = tmp_path / "kamervragen.txt"
    path.write_text(HEADER, encoding="utf-8")
    analysis = analyse(load_document(path), nlp, kb)
    assert _facts(analysis.facts, "MemberOf") == {("Attje Kuiken", "PvdA"),
                                                  ("Agnes Mulder", "CDA")}
    iris = Iris()
    direct = {(s, o) for s, p, o in fact_triples(analysis, iris) if p == KG.memberOf}
    assert direct == {(iris.entity("attje-kuiken"), iris.entity("pvda")),
                      (iris.entity("agnes-mulder"), iris.entity("cda"))}


@pytest.mark.parametrize("text", [
    "Oekraïne wil graag lid worden van de Europese Unie.",
    "De leden van de NAVO bespraken de situatie in Georgië.",
    "Vlaanderen maakt deel uit van België.",
    "Turkije is geen lid van de Europese Unie.",
])
def test_no_membership_asserted(nlp: Language, kb: KnowledgeBase, text: str) -> None:
    assert _facts(extract_text(nlp, kb, text, on=ON), "MemberOf") == set()


def test_a_government_member_is_its_state(nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "De Nederlandse regering maakt deel uit van de NAVO.", on=ON)
    assert _facts(facts, "MemberOf") == {("Nederland", "NAVO")}
