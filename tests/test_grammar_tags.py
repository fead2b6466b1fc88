"""The grammar reads what a word does rather than only its tag: hand-parsed sentences with the
tagging errors a statistical tagger makes, so the checks do not depend on a trained model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import default_rules
from kg.extract.actors import _aside
from kg.extract.grammar import (
    antecedent,
    determined,
    find_role,
    is_past,
    logical_subject,
    parts_of_speech,
    verbs_of,
)
from kg.extract.match import RuleMatcher

Word = tuple[str, str, str, int, str]  # text, POS, dependency, head index, lemma


def parsed(*words: Word, morphs: dict[int, str] | None = None) -> Doc:
    """A Doc with the given tags and parse (heads as indices into the words)."""
    return Doc(
        spacy.blank("nl").vocab,
        words=[w[0] for w in words],
        pos=[w[1] for w in words],
        deps=[w[2] for w in words],
        heads=[w[3] for w in words],
        lemmas=[w[4] for w in words],
        morphs=[(morphs or {}).get(i, "") for i in range(len(words))],
    )


def worries(tag: str) -> Doc:
    """`De toestand in Georgië verontrust ons .` with `verontrust` tagged `tag`."""
    return parsed(("De", "DET", "det", 1, "de"), ("toestand", "NOUN", "nsubj", 4, "toestand"),
                  ("in", "ADP", "case", 3, "in"), ("Georgië", "PROPN", "nmod", 1, "Georgië"),
                  ("verontrust", tag, "ROOT", 4, "verontrusten"), ("ons", "PRON", "obj", 4, "ons"),
                  (".", "PUNCT", "punct", 4, "."))


@pytest.mark.parametrize("tag", ["VERB", "NOUN", "ADJ"])
def test_a_word_with_a_subject_matches_a_verb_rule_whatever_its_tag(tag: str) -> None:
    doc = worries(tag)
    assert "VERB" in parts_of_speech(doc[4])
    matches = RuleMatcher(default_rules(), doc.vocab)(doc)
    assert [m.trigger.text for m in matches if m.rule.id == "concerned-verontrusten"] == [
        "verontrust"]


def test_a_noun_with_a_copula_stays_a_noun() -> None:
    doc = parsed(("Dit", "PRON", "nsubj", 2, "dit"), ("was", "AUX", "cop", 2, "zijn"),
                 ("protest", "NOUN", "ROOT", 2, "protest"))
    assert parts_of_speech(doc[2]) == ["NOUN"]


def condemns(second: Word) -> Doc:
    """`Wij veroordelen de schendingen en <second> .`, the second conjunct given."""
    return parsed(("Wij", "PRON", "nsubj", 1, "wij"), ("veroordelen", "VERB", "ROOT", 1,
                                                      "veroordelen"),
                  ("de", "DET", "det", 3, "de"), ("schendingen", "NOUN", "obj", 1, "schending"),
                  ("en", "CCONJ", "cc", 7, "en"), ("het", "DET", "det", 7, "het"),
                  ("Iraanse", "ADJ", "amod", 7, "Iraans"), second, (".", "PUNCT", "punct", 1, "."))


def test_a_coordinated_word_with_a_determiner_is_an_object_whatever_its_tag() -> None:
    doc = condemns(("optreden", "VERB", "conj", 3, "optreden"))
    assert determined(doc[7])
    assert [t.text for t in find_role("object", doc[1], ())] == ["schendingen", "optreden"]


def test_a_coordinated_verb_is_no_object() -> None:
    doc = parsed(("Wij", "PRON", "nsubj", 1, "wij"), ("veroordelen", "VERB", "ROOT", 1,
                                                      "veroordelen"),
                 ("de", "DET", "det", 3, "de"), ("schendingen", "NOUN", "obj", 1, "schending"),
                 ("en", "CCONJ", "cc", 5, "en"), ("vertrekken", "VERB", "conj", 3, "vertrekken"),
                 (".", "PUNCT", "punct", 1, "."))
    assert not determined(doc[5])
    assert [t.text for t in find_role("object", doc[1], ())] == ["schendingen"]


@pytest.mark.parametrize("tag", ["AUX", "VERB"])
def test_an_auxiliary_the_parser_made_root_joins_the_verb_group_whatever_its_tag(
        tag: str) -> None:
    # `Zo heeft de VN , na de aanslagen , sancties ingesteld .`, `heeft` made root
    doc = parsed(("Zo", "ADV", "advmod", 1, "zo"), ("heeft", tag, "ROOT", 1, "hebben"),
                 ("de", "DET", "det", 3, "de"), ("VN", "PROPN", "nsubj", 1, "VN"),
                 (",", "PUNCT", "punct", 6, ","), ("na", "ADP", "case", 6, "na"),
                 ("aanslagen", "NOUN", "obl", 9, "aanslag"), (",", "PUNCT", "punct", 6, ","),
                 ("sancties", "NOUN", "obj", 9, "sanctie"),
                 ("ingesteld", "VERB", "xcomp", 1, "in_stellen"), (".", "PUNCT", "punct", 1, "."),
                 morphs={9: "VerbForm=Part", 1: "Number=Sing|Tense=Pres|VerbForm=Fin"})
    assert doc[1] in verbs_of(doc[9])
    assert is_past(doc[9])


@pytest.mark.parametrize("tag", ["PRON", "DET"])
def test_a_relative_pronoun_is_a_subject_whatever_its_tag(tag: str) -> None:
    # `een resolutie die de regering oproept`
    doc = parsed(("een", "DET", "det", 1, "een"), ("resolutie", "NOUN", "ROOT", 1, "resolutie"),
                 ("die", tag, "nsubj", 5, "die"), ("de", "DET", "det", 4, "de"),
                 ("regering", "NOUN", "obj", 5, "regering"),
                 ("oproept", "VERB", "acl:relcl", 1, "op_roepen"))
    assert [t.text for t in logical_subject(doc[5])] == ["resolutie"]
    assert antecedent(doc[2]).text == "resolutie"


@pytest.mark.parametrize(("verb", "aside"), [("optreden", False), ("opschorten", True)])
def test_the_van_phrase_of_an_act_of_state_names_its_actor(verb: str, aside: bool) -> None:
    # `het optreden van de regering` (the treebanks tag nominal infinitives VERB) is the
    # government's; in `het opschorten van de gesprekken` the van phrase is what is suspended
    doc = parsed(("het", "DET", "det", 1, "het"), (verb, "VERB", "ROOT", 1, verb),
                 ("van", "ADP", "case", 4, "van"), ("de", "DET", "det", 4, "de"),
                 ("regering", "NOUN", "nmod", 1, "regering"))
    assert _aside(doc[1], doc[4]) is aside


def test_a_name_the_parser_hung_under_its_article_is_the_subject() -> None:
    # `De Mensenrechtenraad heeft een resolutie aangenomen` with `De` as subject
    doc = parsed(("De", "DET", "nsubj", 5, "de"), ("Mensenrechtenraad", "NOUN", "flat", 0,
                                                   "mensenrechtenraad"),
                 ("heeft", "AUX", "aux", 5, "hebben"), ("een", "DET", "det", 4, "een"),
                 ("resolutie", "NOUN", "obj", 5, "resolutie"),
                 ("aangenomen", "VERB", "ROOT", 5, "aan_nemen"))
    assert [t.text for t in logical_subject(doc[5])] == ["Mensenrechtenraad"]
