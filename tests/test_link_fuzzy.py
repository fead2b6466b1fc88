"""Spelling variants of person names, and the names a statistical NER adds."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.link.fuzzy import similar_person, spelling_key
from kg.link.mentions import link_mentions
from linking import blank, context, gazetteer


def test_typos_and_transliterations_find_the_person() -> None:
    kb = gazetteer()
    assert similar_person("Borrel", kb).id == "josep-borrell"  # type: ignore[union-attr]
    assert similar_person("Tsichanovskaja", kb).id == "svetlana-tichanovskaja"  # type: ignore[union-attr]
    assert similar_person("Sergei Lavrow", kb).id == "sergej-lavrov"  # type: ignore[union-attr]
    assert spelling_key("Tsikhanouskaya") == spelling_key("Tsichanoeskaja")


def test_two_known_people_are_never_merged() -> None:
    kb = gazetteer()
    # the husband and the wife: each spelling goes to its own person
    assert similar_person("Tichanovski", kb).id == "sergej-tichanovski"  # type: ignore[union-attr]
    assert similar_person("Tichanovskaja", kb).id == "svetlana-tichanovskaja"  # type: ignore[union-attr]
    # too short to compare, and too far from anyone
    assert similar_person("Blok", kb) is None
    assert similar_person("Jansma", kb) is None


def recognised(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Link `text` with the gazetteer plus NER spans given as (text, label), in text order."""
    doc: Doc = blank()(text)
    ents, start = list(doc.ents), 0
    for words, label in spans:
        start = text.index(words, start)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
        start += len(words)
    doc.ents = sorted(ents, key=lambda e: e.start)
    mentions = link_mentions(doc, gazetteer(), context("2021-03-08", "nederland"))
    return [(m.text, m.entity_id) for m in mentions]


def test_recognised_names_link_by_spelling_or_become_new_entities() -> None:
    text = ("Volgens Tsichanovskaja werkt Pavel Dobrovolski in Vilnius. Dobrovolski leidt "
            "daar een stichting.")
    found = recognised(text, [("Tsichanovskaja", "PER"), ("Pavel Dobrovolski", "PER"),
                              ("Dobrovolski", "PER")])
    assert found == [("Tsichanovskaja", "svetlana-tichanovskaja"),
                     ("Pavel Dobrovolski", "name-pavel-dobrovolski"), ("Vilnius", "vilnius"),
                     ("Dobrovolski", "name-pavel-dobrovolski")]  # the surname joins the name


def test_fragments_offices_and_structure_are_no_names() -> None:
    text = ("Vraag 2 Is de Raad Buitenlandse Zaken bereid? De Raad besprak het. De Hoge "
            "Vertegenwoordiger en Europese partners waren er. Bilateraal is er bilateraal "
            "overleg. De Deputy Minister sprak. ANTWOORD op vraag 3.")
    found = recognised(text, [("Vraag 2", "MISC"), ("Raad", "ORG"),
                              ("Hoge Vertegenwoordiger", "PER"), ("Europese", "MISC"),
                              ("Bilateraal", "LOC"), ("Deputy Minister", "PER"),
                              ("ANTWOORD", "ORG")])
    assert found == [("Raad Buitenlandse Zaken", "raad-buitenlandse-zaken"),
                     ("Hoge Vertegenwoordiger", "josep-borrell")]  # an office, not a name
