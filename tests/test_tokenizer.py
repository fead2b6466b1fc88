"""Tokenizer tuning: compounds and abbreviations of parliamentary texts stay one token."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.nlp.tokenizer import ABBREVIATIONS, customize_tokenizer
from kg.paths import SHIPPED_MODEL_DIR

WHOLE = [
    "VN-Mensenrechtenraad", "EU-sancties", "Wit-Russische", "o.m.", "m.n.", "jl.", "a.s.",
    "S.A.", "nr.", "dhr.", "mevr.", "blz.", "art.", "e.a.", "d.d.", "incl.", "mrd.",
    "’s-Gravenhage",
]  # fmt: skip
TEXT = (
    "De VN-Mensenrechtenraad sprak o.m. over EU-sancties tegen Wit-Russische functionarissen, "
    "m.n. na de vergadering van 3 mei jl. en vóór die van a.s. dinsdag. Minister S.A. Blok "
    "(zie nr. 12, blz. 4, art. 5) sprak met dhr. Jansen, mevr. Peters e.a. in ’s-Gravenhage "
    "d.d. 4 juni, incl. een bijdrage van 2 mrd. euro."
)


@pytest.fixture(scope="module")
def shipped() -> Language:
    """The tokenizer of the shipped model (the rules are saved with it)."""
    return spacy.load(SHIPPED_MODEL_DIR, exclude=["tok2vec", "ner"])


def test_customized_blank_tokenizer_keeps_compounds_and_abbreviations() -> None:
    nlp = customize_tokenizer(spacy.blank("nl"))
    tokens = [t.text for t in nlp(TEXT)]
    for text in WHOLE:
        assert text in tokens, text


def test_shipped_tokenizer_has_the_rules(shipped: Language) -> None:
    tokens = [t.text for t in shipped.make_doc(TEXT)]
    for text in WHOLE:
        assert text in tokens, text
    assert tokens[-2:] == ["euro", "."]


def test_every_abbreviation_is_one_token_also_capitalised() -> None:
    nlp = customize_tokenizer(spacy.blank("nl"))
    for abbr in ABBREVIATIONS:
        for form in (abbr, abbr.capitalize()):
            assert [t.text for t in nlp(f"Zie {form} hier")] == ["Zie", form, "hier"]


def test_ordinary_sentence_end_still_splits_off_the_period() -> None:
    nlp = customize_tokenizer(spacy.blank("nl"))
    assert [t.text for t in nlp("Het kabinet stemt in.")][-2:] == ["in", "."]
