"""The shipped Dutch pipeline (src/kg/models/nl_core_kg): loads, tags, parses, finds names."""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.link.kb import KnowledgeBase
from kg.nlp.lexicon import LemmaLexicon, unseen_forms
from kg.nlp.name_lists import LISTS
from kg.nlp.pipeline import load_pipeline
from kg.nlp.repair import FACTORY
from kg.nlp.repeats import FACTORY as REPEATED_NAMES
from kg.nlp.sentences import FACTORY as UNSPLIT_NAMES
from kg.paths import SHIPPED_MODEL_DIR

COMPONENTS = ["tok2vec", "morphologizer", "ner", "parser", "trainable_lemmatizer",
              "kg_lemma_lexicon"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(SHIPPED_MODEL_DIR)


def ents(doc: Doc) -> set[tuple[str, str]]:
    return {(ent.text, ent.label_) for ent in doc.ents}


def test_meta_and_components(nlp: Language) -> None:
    meta = json.loads((SHIPPED_MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    assert (meta["lang"], meta["name"]) == ("nl", "core_kg")
    assert meta["sources"] and meta["performance"]["ents_f"] > 0.7
    assert nlp.pipe_names == COMPONENTS
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    assert (SHIPPED_MODEL_DIR / "MODEL_CARD.md").is_file()


def test_model_files_stay_small() -> None:
    sizes = [p.stat().st_size for p in SHIPPED_MODEL_DIR.rglob("*") if p.is_file()]
    assert max(sizes) < 20_000_000
    assert sum(sizes) < 45_000_000  # 43.5 MB: the name table added 0.7 MB in 0.3.0


def test_finds_people_organisations_and_places(nlp: Language) -> None:
    doc = nlp(
        "Premier Mark Rutte sprak dinsdag in Brussel met de Europese Commissie over de "
        "sancties tegen Wit-Rusland."
    )
    found = ents(doc)
    assert ("Mark Rutte", "PER") in found
    assert ("Europese Commissie", "ORG") in found
    assert ("Brussel", "LOC") in found


def test_finds_a_person_after_a_title_abbreviation(nlp: Language) -> None:
    doc = nlp("Gisteren ontving minister S.A. Blok de ambassadeur van Duitsland in Den Haag.")
    labels = {label for _, label in ents(doc)}
    assert "PER" in labels and "LOC" in labels
    assert any("Blok" in text for text, label in ents(doc) if label == "PER")


def test_abbreviations_do_not_end_sentences(nlp: Language) -> None:
    doc = nlp(
        "Minister S.A. Blok sprak o.m. over de brief van 3 mei jl. aan de Kamer. "
        "De Kamer debatteert a.s. dinsdag over nr. 12 van het dossier."
    )
    sents = [s.text for s in doc.sents]
    assert len(sents) == 2
    assert sents[1].startswith("De Kamer debatteert")


def test_sentences_pos_and_dependencies(nlp: Language) -> None:
    doc = nlp("Het kabinet vergaderde gisteren. De ministers stemden in met het voorstel.")
    assert len(list(doc.sents)) == 2
    assert [t.pos_ for t in doc[:3]] == ["DET", "NOUN", "VERB"]
    assert doc[1].dep_ == "nsubj" and doc[1].head.text == "vergaderde"
    assert doc[1].morph.get("Number") == ["Sing"]


def test_lemmas(nlp: Language) -> None:
    doc = nlp("De ministers hebben gisteren gesproken met de ambassadeurs van drie landen.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ministers"] == "minister"
    assert lemmas["hebben"] == "hebben"
    assert lemmas["ambassadeurs"] == "ambassadeur"
    assert lemmas["landen"] == "land"
    assert lemmas["gesproken"] == "spreken"


def test_kg_pipeline_adds_ruler_and_repair(kb: KnowledgeBase) -> None:
    nlp = load_pipeline(kb=kb)
    assert nlp.pipe_names[-2:] == [FACTORY, REPEATED_NAMES]
    assert nlp.pipe_names.index("gazetteer_ruler") > nlp.pipe_names.index("ner")
    doc = nlp("De druk op Loekasjenko om op te stappen blijft toenemen in Wit-Rusland.")
    assert all(not ent[-1].is_stop and not ent[-1].is_punct for ent in doc.ents)
    assert any(ent.text == "Loekasjenko" for ent in doc.ents)


def test_the_parser_starts_no_sentence_inside_a_name(kb: KnowledgeBase) -> None:
    # the shipped parser alone splits this sentence inside both names
    text = ("De minister sprak met Sergej Lavrov in Moskou en daarna met Josep Borrell "
            "Fontelles in Brussel over de situatie")
    bare = spacy.load(SHIPPED_MODEL_DIR)
    assert len(list(bare(text).sents)) > 1
    nlp = load_pipeline(kb=kb)
    assert nlp.pipe_names.index(UNSPLIT_NAMES) == nlp.pipe_names.index("ner") + 1
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert {"Sergej Lavrov", "Josep Borrell Fontelles"} <= {e.text for e in doc.ents}


def test_gazetteer_names_and_ner_entities_merge_longest_first(kb: KnowledgeBase) -> None:
    nlp = load_pipeline(kb=kb)
    cut_short = nlp("Het beleid wordt al jaren scherp bekritiseerd door de Organisatie voor "
                    "Veiligheid en Samenwerking in Europa en de Raad van Europa.")
    names = [e.text for e in cut_short.ents]
    assert "Organisatie voor Veiligheid en Samenwerking in Europa" in names
    longer = nlp("Elke ochtend luistert de minister naar Studio Brussel in de auto.")
    assert "Brussel" not in [e.text for e in longer.ents]


def test_lemmas_of_words_the_training_data_lacks_come_from_the_lexicon(nlp: Language) -> None:
    text = "De missionarissen in de industrielanden verontrustten de ministers."
    with nlp.select_pipes(disable=["kg_lemma_lexicon"]):
        guessed = {t.text: t.lemma_ for t in nlp(text)}
    lemmas = {t.text: t.lemma_ for t in nlp(text)}
    assert guessed["missionarissen"] != "missionaris"  # the edit trees alone get it wrong
    assert lemmas["missionarissen"] == "missionaris"
    assert lemmas["industrielanden"] == "industrieland"
    assert lemmas["verontrustten"] == "verontrusten"
    assert lemmas["ministers"] == guessed["ministers"] == "minister"  # seen in training


def test_the_lexicon_keeps_only_forms_the_training_data_lacks() -> None:
    table = unseen_forms({"Ministers": "minister", "missionarissen": "missionaris"}, ["ministers"])
    assert table == {"missionarissen": "missionaris"}
    copy = LemmaLexicon().from_bytes(LemmaLexicon(table=table).to_bytes())
    assert copy.table == table


def test_the_ner_knows_the_name_lists_it_was_trained_with(nlp: Language) -> None:
    (names,) = [n for n in nlp.get_pipe("ner").model.walk() if n.name == "kg_name_lists"]
    table = names.attrs["table"]
    assert len(table) > 150_000  # stored in the weights; no list file is read at load time
    first, place = (1 << (2 * LISTS.index(name)) for name in ("first_name", "place"))
    assert table["Wendelien"] & first and table["Zwijndrecht"] & place
    vectors = names.get_param("E")
    assert numpy.abs(vectors[first]).sum() > 0 and numpy.abs(vectors[place]).sum() > 0  # learnt
    (rows,) = names.predict([nlp.make_doc("Wendelien Zwijndrecht")])
    assert numpy.array_equal(rows, vectors[[table["Wendelien"], table["Zwijndrecht"]]])
