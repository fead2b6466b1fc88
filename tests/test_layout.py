"""kg.nlp.layout: line breaks of wrapped PDF lines do not change the analysis of the words."""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.paths
from kg.link.kb import KnowledgeBase
from kg.nlp.layout import annotate
from kg.nlp.pipeline import load_pipeline

WRAPPED = ("De regering wordt al jaren scherp bekritiseerd door de oppositie en door \n"
           "de Organisatie voor Veiligheid en Samenwerking in Europa, die de minister \n"
           "van Buitenlandse Zaken van Georgië heeft opgeroepen de arrestaties te stoppen.")


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    if not (kg.paths.SHIPPED_MODEL_DIR / "meta.json").exists():
        pytest.skip("needs the shipped model")
    return load_pipeline(str(kg.paths.SHIPPED_MODEL_DIR), kb=kb)


def _words(doc):  # type: ignore[no-untyped-def]
    words = [t for t in doc if not t.is_space]
    index = {t.i: n for n, t in enumerate(words)}
    return [(t.text, t.pos_, t.dep_, index.get(t.head.i), t.lemma_, t.ent_iob_, t.ent_type_)
            for t in words]


def test_line_breaks_leave_the_words_analysed_as_running_text(nlp: Language) -> None:
    running = WRAPPED.replace(" \n", " ")
    wrapped = annotate(nlp, WRAPPED)
    assert wrapped.text == WRAPPED
    assert _words(wrapped) == _words(nlp(running))
    assert [e.text.replace(" \n", " ") for e in wrapped.ents] == [e.text for e in nlp(running).ents]


def test_whitespace_hangs_on_the_word_before_it(nlp: Language) -> None:
    doc = annotate(nlp, WRAPPED)
    spaces = [t for t in doc if t.is_space]
    assert spaces
    for space in spaces:
        assert space.head.i == space.i - 1 and space.dep_ == "dep" and space.pos_ == "SPACE"
        assert not list(space.children)


def test_a_name_wrapped_over_two_lines_is_one_entity(nlp: Language) -> None:
    text = ("Het land wordt al jaren scherp bekritiseerd door de Organisatie voor Veiligheid en \n"
            "Samenwerking in Europa en door de Raad van Europa.")
    assert "Organisatie voor Veiligheid en \nSamenwerking in Europa" in [
        e.text for e in annotate(nlp, text).ents]


def test_blank_lines_and_short_lines_start_sentences(nlp: Language) -> None:
    text = ("Vraag nr. 12\nvan 3 maart 2021\nvan PIETER JANSSENS\n\n"
            "Hoe beoordeelt de minister de verkiezingen in Georgië die op 26 oktober \n"
            "werden gehouden en de protesten die daarop volgden in de hoofdstad Tbilisi?")
    sentences = [s.text.strip() for s in annotate(nlp, text).sents]
    assert sentences[:3] == ["Vraag nr. 12", "van 3 maart 2021", "van PIETER JANSSENS"]
    assert sentences[3].startswith("Hoe beoordeelt") and sentences[3].endswith("Tbilisi?")


def test_sentences_end_at_punctuation_or_layout_not_inside_a_name(nlp: Language) -> None:
    text = ("Vervolging journalisten Georgië  -  Rapport ‘Silenced’ Human Rights \nWatch\n\n"
            "Human Rights Watch publiceerde op 3 mei 2024 een rapport over de vervolging van \n"
            "journalisten in Georgië. Het rapport beschrijft ook de arrestaties in Tbilisi.")
    sentences = [" ".join(s.text.split()) for s in annotate(nlp, text).sents]
    assert sentences[1:] == [
        "Human Rights Watch publiceerde op 3 mei 2024 een rapport over de vervolging van "
        "journalisten in Georgië.", "Het rapport beschrijft ook de arrestaties in Tbilisi."]


def test_in_narrow_columns_a_wrapped_line_is_no_heading(nlp: Language) -> None:
    text = ("De Europese Unie heeft op 3 mei \n"
            "2024 nieuwe sancties tegen de \n"
            "Iraanse autoriteiten aangenomen \n"
            "wegens het geweld tegen de \n"
            "demonstranten in Teheran.")
    assert [" ".join(s.text.split()) for s in annotate(nlp, text).sents] == [" ".join(
        text.split())]
