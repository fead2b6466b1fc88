"""kg_span_repair: entity spans are split at line and sentence ends, trimmed, quotes kept."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.repair import FACTORY, SpanRepair


def annotate(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """Run the pipeline up to the repair with the given (text, label) entities set."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == FACTORY:
            doc.ents = [
                doc.char_span(text.index(ent), text.index(ent) + len(ent), label=label)
                for ent, label in ents
            ]
        doc = proc(doc)
    return doc


def pipeline() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(FACTORY)
    return nlp


def spans(doc: Doc) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_trailing_function_words_are_trimmed() -> None:
    text = "De druk op Loekasjenko om op te stappen blijft toenemen."
    doc = annotate(pipeline(), text, [("Loekasjenko om op", "PER")])
    assert spans(doc) == [("Loekasjenko", "PER")]


def test_leading_article_and_punctuation_are_trimmed_but_not_inner_words() -> None:
    text = "Het advies kwam van (de Raad van State, dat is duidelijk."
    doc = annotate(pipeline(), text, [("(de Raad van State,", "ORG")])
    assert spans(doc) == [("Raad van State", "ORG")]


def test_lowercase_content_words_inside_a_name_stay() -> None:
    text = "Een verzoek op grond van de Wet openbaarheid van bestuur volgde."
    doc = annotate(pipeline(), text, [("Wet openbaarheid van bestuur", "MISC")])
    assert spans(doc) == [("Wet openbaarheid van bestuur", "MISC")]


def test_entity_is_split_at_a_line_break() -> None:
    text = "Gesprek met het ministerie van Buitenlandse Zaken\nDen Haag, 4 mei"
    doc = annotate(pipeline(), text, [("Buitenlandse Zaken\nDen Haag", "ORG")])
    assert spans(doc) == [("Buitenlandse Zaken", "ORG"), ("Den Haag", "ORG")]


def test_entity_is_split_at_a_sentence_end() -> None:
    text = "Daarover sprak minister Kaag. Frankrijk steunt het voorstel."
    doc = annotate(pipeline(), text, [("Kaag. Frankrijk", "PER")])
    assert spans(doc) == [("Kaag", "PER"), ("Frankrijk", "PER")]


def test_quoted_name_is_kept_whole() -> None:
    text = "Nederland steunt het programma ‘Public Legal Aid’ in Oekraïne."
    doc = annotate(pipeline(), text, [("Legal Aid’", "MISC")])
    assert spans(doc) == [("Public Legal Aid", "MISC")]


def test_long_quotation_is_not_taken_as_a_name() -> None:
    text = "Hij zei: ‘we steunen de mensen van Amnesty International en vele anderen daar’."
    doc = annotate(pipeline(), text, [("Amnesty International", "ORG")])
    assert spans(doc) == [("Amnesty International", "ORG")]


def test_span_of_only_function_words_disappears() -> None:
    doc = annotate(pipeline(), "Hij ging er van uit.", [("er van", "ORG")])
    assert spans(doc) == []


def test_factory_config_is_used() -> None:
    nlp = spacy.blank("nl")
    repair = nlp.add_pipe(FACTORY, config={"max_quote_tokens": 3})
    assert isinstance(repair, SpanRepair)
    assert repair.max_quote_tokens == 3
    assert nlp.get_pipe_meta(FACTORY).assigns == ["doc.ents"]


def test_quotation_that_is_no_name_is_not_taken_over() -> None:
    text = "Het stuk heette ‘Enkel in Vlaanderen’ en ‘De Persgroep plant een weekblad’."
    doc = annotate(pipeline(), text, [("Vlaanderen", "LOC"), ("Persgroep", "ORG")])
    assert spans(doc) == [("Vlaanderen", "LOC"), ("Persgroep", "ORG")]


def test_entity_is_split_at_an_unbalanced_bracket() -> None:
    text = "Dat staat in het verslag van de Raad (Kamerstuk 21 501, nr. 12) van vorige week."
    doc = annotate(pipeline(), text, [("Raad (Kamerstuk", "ORG")])
    assert spans(doc) == [("Raad", "ORG"), ("Kamerstuk", "ORG")]


def test_balanced_brackets_stay_inside_a_name() -> None:
    text = "De Organisatie voor Veiligheid (OVSE) stuurde waarnemers."
    doc = annotate(pipeline(), text, [("Organisatie voor Veiligheid (OVSE)", "ORG")])
    assert spans(doc) == [("Organisatie voor Veiligheid (OVSE)", "ORG")]


def test_a_header_field_label_is_no_part_of_a_name() -> None:
    text = "Datum 5 december 2024\nBetreft Situatie in Armenië\n\nGeachte voorzitter,"
    doc = annotate(pipeline(), text, [("Datum", "LOC"), ("Betreft Situatie", "ORG"),
                                      ("Armenië", "LOC")])
    assert spans(doc) == [("Situatie", "ORG"), ("Armenië", "LOC")]
