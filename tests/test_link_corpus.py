"""Abbreviations defined in one document name the same entity in the others."""

from __future__ import annotations

from pathlib import Path

from kg.analysis import analyse
from kg.ingest.document import load_document
from kg.ingest.records import Document
from kg.link.corpus import defined_abbreviations, with_defined_abbreviations
from linking import blank, gazetteer

DEFINES = """\
Het Australian Strategic Policy Institute (ASPI) brengt de kampen in Xinjiang in kaart. De
Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) is er niet actief.
"""
USES = "Volgens ASPI zijn er meer dan 380 kampen gebouwd sinds 2017.\n"
OTHER_MEANING = "Het Amsterdams Stedelijk Plan Instituut (ASPI) bouwt woningen.\n"


def documents(tmp_path: Path, *texts: str) -> list[Document]:
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(text, "utf-8")
        paths.append(load_document(path))
    return paths


def test_definitions_in_plain_text() -> None:
    assert list(defined_abbreviations(DEFINES)) == [
        ("ASPI", "Australian Strategic Policy Institute"),
        ("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa")]


def test_a_definition_links_the_abbreviation_in_other_documents(tmp_path: Path) -> None:
    corpus = documents(tmp_path, DEFINES, USES)
    kb = with_defined_abbreviations(gazetteer(), corpus)
    assert "name-australian-strategic-policy-institute" not in gazetteer().entities
    found = [(m.text, m.entity_id) for m in analyse(corpus[1], blank(), kb).mentions]
    assert found == [("ASPI", "name-australian-strategic-policy-institute")]


def test_an_abbreviation_defined_two_ways_stays_unlinked(tmp_path: Path) -> None:
    corpus = documents(tmp_path, DEFINES, OTHER_MEANING, USES)
    kb = with_defined_abbreviations(gazetteer(), corpus)
    assert analyse(corpus[2], blank(), kb).mentions == ()
