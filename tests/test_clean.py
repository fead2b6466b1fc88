"""Cleaning: line joining, dehyphenation, page furniture, footnotes, and the offset map."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.clean import clean_text

WIDE = "Dit is een volledig gevulde regel tekst die tot de rechterkantlijn van de pagina loopt"


def joined(first_line_end: str, second_line_start: str) -> str:
    """Clean text of a paragraph whose first line ends in `first_line_end`."""
    source = f"{WIDE} {first_line_end}\n{second_line_start} en de zin gaat nog even door.\n"
    return clean_text(source).text


def test_hard_wrapped_lines_are_joined_with_a_space() -> None:
    text = joined("en", "daarna")
    assert "loopt en daarna en de zin" in text
    assert "\n" not in text


def test_split_word_is_joined() -> None:
    assert "de VN-Mensenrechtenraad en" in joined("de VN-Mensen-", "rechtenraad")
    assert "een mensenrechten-situatie" not in joined("een mensenrechten-", "situatie")
    assert "een mensenrechtensituatie en" in joined("een mensenrechten-", "situatie")


def test_hyphen_stays_where_the_word_has_one() -> None:
    assert "het Wit-Russische regime" in joined("het Wit-", "Russische regime")
    assert "de EU-sancties tegen" in joined("de EU-", "sancties tegen")
    assert "de oud-minister van" in joined("de oud-", "minister van")
    assert "zee-egel" in joined("een zee-", "egel")
    assert "de 21-jarige" in joined("de 21-", "jarige")


def test_elided_compound_keeps_hyphen_and_space() -> None:
    assert "mensenrechten- en democratiesteun" in joined("mensenrechten-", "en democratiesteun")


def test_paragraphs_and_numbered_items_stay_apart() -> None:
    source = ("Inleiding van de brief.\n\n1. Eerste punt van de vraag?\n2. Tweede punt van de "
              "vraag?\n")
    text = clean_text(source).text
    assert text == ("Inleiding van de brief.\n\n1. Eerste punt van de vraag?\n"
                    "2. Tweede punt van de vraag?")


def test_page_numbers_and_running_headers_are_dropped() -> None:
    page = "Kamerstuk 32 735, nr. 312\n{body}\n\n{number}\n"
    bodies = ["Eerste pagina met inhoud over Wit-Rusland.", "Tweede pagina met inhoud over de EU.",
              "Derde pagina met inhoud over de OVSE."]
    source = "\f".join(page.format(body=body, number=n) for n, body in enumerate(bodies, 1))
    text = clean_text(source).text
    for body in bodies:
        assert body in text
    assert "Kamerstuk 32 735" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())


def test_footnotes_are_moved_after_the_body_without_their_markers() -> None:
    source = ("Het rapport van Amnesty International1 beschrijft martelingen van gedetineerden.\n"
              "De minister reageerde op het rapport.\n\n"
              "1 https://www.amnesty.org/en/documents/eur49/3463/2021/en/\n")
    cleaned = clean_text(source)
    body = cleaned.text[: cleaned.body_end]
    assert "Amnesty International beschrijft" in body
    assert "amnesty.org" not in body
    ((number, start, end),) = cleaned.footnotes
    assert number == 1
    assert cleaned.text[start:end] == "1 https://www.amnesty.org/en/documents/eur49/3463/2021/en/"


def test_every_clean_character_maps_to_its_source() -> None:
    source = ("SCHRIFTELIJKE VRAAG nr. 12\n\nDe VN-Mensen-\nrechtenraad veroordeelt het ge-\n"
              "weld tegen demonstranten in Minsk en Grodno.\n\f2\n")
    cleaned = clean_text(source)
    for index, char in enumerate(cleaned.text):
        begin, end = cleaned.offsets.span(index, index + 1)
        if char.isspace():
            assert source[begin:end].isspace() or source[begin:end] == "-"
        else:
            assert source[begin:end] == char


WORDS = st.sampled_from(["Wit-Rusland", "EU", "sancties", "Mensen-", "rechten", "de", "OVSE",
                         "Loekasjenko", "1.", "12", "Vraag", "“citaat”", "café", "ge-", "weld"])
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "  ", "\t", "\f", " \n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=80))
    seps = draw(st.lists(SEPARATORS, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


@settings(max_examples=300, deadline=None)
@given(documents())
def test_offset_map_round_trips_on_any_text(source: str) -> None:
    cleaned = clean_text(source)
    assert len(cleaned.offsets) == len(cleaned.text)
    previous_end = 0
    for index, char in enumerate(cleaned.text):
        begin, end = cleaned.offsets.span(index, index + 1)
        assert 0 <= begin < end <= len(source)
        if not char.isspace():
            assert source[begin:end] == char
            assert begin >= previous_end or cleaned.body_end <= index
            previous_end = end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.ascii_letters + "äéëï -\n\f.,:;?!()‘’0123456789", max_size=400))
def test_clean_text_never_fails_and_keeps_every_letter_in_order(source: str) -> None:
    cleaned = clean_text(source)
    letters = [c for c in cleaned.text if c.isalpha()]
    assert len(letters) <= sum(c.isalpha() for c in source)
    for index in range(len(cleaned.text)):
        begin, end = cleaned.offsets.span(index, index + 1)
        assert 0 <= begin < end <= len(source)
