"""kg.link.laws: laws named by what they are about, and the one law a document names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extraction import shipped_pipeline, text_document
from kg.analysis import analyse
from kg.link.kb import KnowledgeBase


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    return shipped_pipeline(kb)


def laws(nlp: Language, kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in analyse(text_document(text), nlp, kb).mentions
            if m.entity_type == "WORK"]


def test_a_law_named_by_its_subject_and_its_later_bare_mentions(nlp: Language,
                                                                  kb: KnowledgeBase) -> None:
    law = "name-wet-op-buitenlandse-vertegenwoordigers"
    assert laws(nlp, kb, "Iedereen is gelijk voor de wet. De Kirgizische regering diende de "
                         "wet op buitenlandse vertegenwoordigers in. Volgens critici beperkt "
                         "de wet de persvrijheid. Deze wet treedt in juni in werking.") == [
        ("wet op buitenlandse vertegenwoordigers", law), ("wet", law), ("wet", law)]


def test_compound_law_names_and_kinds_of_law(nlp: Language, kb: KnowledgeBase) -> None:
    assert laws(nlp, kb, "Canada nam in 2017 de Magnitskiwet aan.") == [
        ("Magnitskiwet", "name-magnitskiwet")]
    assert laws(nlp, kb, "De grondwet verbiedt dat. De kieswet is gewijzigd.") == []


def test_with_two_laws_a_bare_law_is_neither(nlp: Language, kb: KnowledgeBase) -> None:
    found = laws(nlp, kb, "Het parlement nam de wet op buitenlandse agenten en de wet op "
                          "de media aan. De wet is omstreden.")
    assert [text for text, _ in found] == ["wet op buitenlandse agenten", "wet op de media"]
