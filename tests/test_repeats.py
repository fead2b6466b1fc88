"""kg.nlp.repeats: a name found once in a document is found wherever it recurs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extraction import shipped_pipeline, text_document
from kg.analysis import analyse
from kg.link.kb import KnowledgeBase
from kg.nlp.layout import annotate
from kg.nlp.repeats import FACTORY


def repeated(text: str, ents: list[tuple[str, str, int]], ids: dict[str, str] | None = None,
             ) -> list[tuple[str, str]]:
    """The entities after the component, given `ents` as (words, label, which occurrence of
    the words, from 0) and the gazetteer ids of some of them."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe(FACTORY)
    doc: Doc = nlp(text)
    spans = []
    for words, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label,
                             span_id=(ids or {}).get(words, ""))
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return [(ent.text, ent.label_) for ent in component(doc).ents]


def test_a_person_s_surname_and_a_longer_name_recur() -> None:
    assert repeated("Pavel Dobrovolski werd gearresteerd. Dobrovolski zit vast. De Verenigde "
                    "Naties zwijgen. Ook de Verenigde Naties en Jan de Groot zwijgen. De Groot "
                    "zweeg al eerder.",
                    [("Pavel Dobrovolski", "PER", 0), ("Verenigde Naties", "ORG", 0),
                     ("Jan de Groot", "PER", 0)]) == [
        ("Pavel Dobrovolski", "PER"), ("Dobrovolski", "PER"), ("Verenigde Naties", "ORG"),
        ("Verenigde Naties", "ORG"), ("Jan de Groot", "PER"), ("De Groot", "PER")]


def test_a_surname_labelled_otherwise_becomes_a_person_unless_the_gazetteer_says_so() -> None:
    found = repeated("Narges Mohammadi zit vast. De zaak van Mohammadi is bekend. Jan Brussel "
                     "woont in Brussel.",
                     [("Narges Mohammadi", "PER", 0), ("Mohammadi", "LOC", 1),
                      ("Jan Brussel", "PER", 0), ("Brussel", "LOC", 1)],
                     ids={"Brussel": "brussel"})
    assert ("Mohammadi", "PER") in found and ("Brussel", "LOC") in found


def test_one_word_entities_conflicts_and_other_sentences_are_left_alone() -> None:
    assert repeated("Commerzbank verlaagt het advies. Commerzbank blijft negatief.",
                    [("Commerzbank", "PER", 0)]) == [("Commerzbank", "PER")]
    assert repeated("Den Haag ligt aan zee. Den Haag is een stad. Den Haag telt.",
                    [("Den Haag", "LOC", 0), ("Den Haag", "ORG", 1)]) == [
        ("Den Haag", "LOC"), ("Den Haag", "ORG")]
    # `Anna Berg` across a sentence end is no mention of her; `Berg` after it is
    assert repeated("Zij sprak met Anna Berg. Daarna kwam Anna. Berg zweeg.",
                    [("Anna Berg", "PER", 0)]) == [("Anna Berg", "PER"), ("Berg", "PER")]


def test_the_kg_pipeline_finds_a_bare_surname_the_ner_misses(kb: KnowledgeBase) -> None:
    nlp = shipped_pipeline(kb)
    text = ("Op 12 mei sprak de minister met Jeyhun Bayramov. Bayramov bevestigde dat de "
            "gesprekken doorgaan.")
    names = [(ent.text, ent.label_) for ent in annotate(nlp, text).ents]
    with nlp.select_pipes(disable=[FACTORY]):
        bare = [(ent.text, ent.label_) for ent in annotate(nlp, text).ents]
    assert ("Bayramov", "PER") in names and ("Bayramov", "PER") not in bare


def test_a_surname_with_a_particle_links_to_the_full_name(kb: KnowledgeBase) -> None:
    nlp = shipped_pipeline(kb)
    text = "Minister Jan de Groot sprak in Brussel. Volgens De Groot is de situatie ernstig."
    mentions = analyse(text_document(text), nlp, kb).mentions
    ids = {m.text: m.entity_id for m in mentions}
    assert ids["De Groot"] == ids["Jan de Groot"] == "name-jan-de-groot"
