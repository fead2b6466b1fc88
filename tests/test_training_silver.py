"""Silver POS data for the POS model (training/scripts/silver_pos.py): CGN -> UD mapping."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "scripts"))
from convert import UDSentence  # noqa: E402
from silver_pos import TagMap, cgn, frog_tags, silver_docs  # noqa: E402

VERB_FIN = ("VERB", "Number=Sing|Tense=Past|VerbForm=Fin")
AUX_FIN = ("AUX", "Number=Sing|Tense=Past|VerbForm=Fin")


def sentence(*tokens: tuple[str, str, str, str]) -> UDSentence:
    """A UD sentence of (word, CGN tag, POS, features) tokens."""
    words, xpos, pos, morphs = (list(column) for column in zip(*tokens, strict=True))
    return UDSentence("test", words=words, xpos=xpos, pos=pos, morphs=morphs)


@pytest.fixture
def tag_map() -> TagMap:
    past = "WW|pv|verl|ev"
    return TagMap([
        *[sentence(("werd", past, *AUX_FIN))] * 5,
        *[sentence(("werd", past, *VERB_FIN))] * 4,
        *[sentence(("had", past, *AUX_FIN))] * 6,
        sentence(("sprak", past, *VERB_FIN)),
        sentence(("de", "LID|bep|stan|rest", "DET", "Definite=Def"),
                 ("kabinet", "N|soort|ev|basis|onz|stan", "NOUN", "Gender=Neut|Number=Sing")),
    ])


@pytest.mark.parametrize(("frog", "treebank"), [
    ("N(soort,ev,basis,onz,stan)", "N|soort|ev|basis|onz|stan"),
    ("LET()", "LET"),
    ("WW(pv,verl,ev)", "WW|pv|verl|ev"),
])
def test_frog_and_treebank_spell_a_cgn_tag_alike(frog: str, treebank: str) -> None:
    assert cgn(frog) == cgn(treebank) == treebank


def test_a_known_word_takes_its_label_under_that_tag(tag_map: TagMap) -> None:
    assert tag_map.label("De", "LID(bep,stan,rest)") == ("DET", "Definite=Def")
    assert tag_map.label("had", "WW(pv,verl,ev)") == AUX_FIN


def test_an_ambiguous_word_stays_unlabelled(tag_map: TagMap) -> None:
    # werd: 5 times AUX, 4 times VERB in the gold data, so neither reaches MAP_SHARE
    assert tag_map.label("werd", "WW(pv,verl,ev)") is None


def test_an_unseen_word_takes_an_open_class_of_its_tag(tag_map: TagMap) -> None:
    # most finite past forms in the gold data are auxiliaries, but they are all known words
    assert tag_map.label("vergaderde", "WW(pv,verl,ev)") == VERB_FIN


def test_an_unknown_tag_gives_no_label(tag_map: TagMap) -> None:
    assert tag_map.label("huis", "N(soort,mv,basis)") is None


def test_unlabelled_tokens_are_missing_values_not_an_empty_label(tag_map: TagMap) -> None:
    nlp = spacy.blank("nl")
    words = ["Het", "kabinet", "werd"]
    tags = ["LID(bep,stan,evon)", "N(soort,ev,basis,onz,stan)", "WW(pv,verl,ev)"]
    (doc,) = silver_docs(nlp.vocab, [words], [tags], tag_map)
    example = Example(nlp.make_doc("Het kabinet werd"), doc)
    assert example.get_aligned("POS", as_string=True) == ["", "NOUN", ""]
    assert [t.has_morph() for t in doc] == [False, True, False]


@pytest.mark.skipif(shutil.which("frog") is None, reason="Frog (apt-get install frog) is missing")
def test_frog_tags_pretokenised_sentences() -> None:
    sentences = [["De", "minister", "sprak", "gisteren", "met", "de", "Kamer", "."],
                 ["Wit-Rusland", "kreeg", "nieuwe", "sancties", "."]]
    tags = frog_tags(sentences, shutil.which("frog") or "frog")
    assert [len(t or []) for t in tags] == [8, 5]
    assert tags[0] is not None and cgn(tags[0][1]).startswith("N|soort")
    assert tags[1] is not None and cgn(tags[1][1]).startswith("WW|pv")
