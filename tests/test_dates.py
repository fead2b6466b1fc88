"""Dutch time expressions resolved against the document date (kg.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.dates import enclosing_period, find_time_expressions, find_time_expressions_between

CASES = [
    # (text, document date, expression as found, first day, last day, precision)
    ("Sinds de verkiezingen van zondag 9 augustus 2020 is het onrustig.", None,
     "zondag 9 augustus 2020", "2020-08-09", "2020-08-09", "day"),
    ("Het debat vond op 18 september jl. plaats.", date(2020, 10, 2),
     "18 september jl.", "2020-09-18", "2020-09-18", "day"),
    ("Het debat vond op 18 september jl. plaats.", date(2020, 9, 10),
     "18 september jl.", "2019-09-18", "2019-09-18", "day"),
    ("Het spoeddebat zal op 18 september a.s. plaatsvinden.", date(2020, 9, 17),
     "18 september a.s.", "2020-09-18", "2020-09-18", "day"),
    ("Het overleg is gepland op 3 januari a.s.", date(2021, 12, 20),
     "3 januari a.s.", "2022-01-03", "2022-01-03", "day"),
    ("De top vindt plaats op 4 tot 6 februari.", date(2021, 3, 8),
     "op 4 tot 6 februari", "2021-02-04", "2021-02-06", "day"),
    ("Borrell zal op 13 en 14 april naar Beijing reizen.", date(2023, 3, 20),
     "op 13 en 14 april", "2023-04-13", "2023-04-14", "day"),
    ("Tijdens zijn bezoek op van 4 tot 6 februari sprak hij de minister.", date(2021, 3, 8),
     "op van 4 tot 6 februari", "2021-02-04", "2021-02-06", "day"),
    ("De missie duurde van 28 november 2022 tot en met 2 december 2022.", None,
     "van 28 november 2022 tot en met 2 december 2022", "2022-11-28", "2022-12-02", "day"),
    ("De onderhandelingen liepen van 30 december tot 3 januari.", date(2023, 2, 1),
     "van 30 december tot 3 januari", "2022-12-30", "2023-01-03", "day"),
    ("In september 2020 werd een missie ingesteld.", None,
     "september 2020", "2020-09-01", "2020-09-30", "month"),
    ("Half februari komt de Raad bijeen.", date(2021, 1, 20),
     "Half februari", "2021-02-01", "2021-02-28", "month"),
    ("De resolutie werd eind maart aangenomen.", date(2024, 5, 2),
     "eind maart", "2024-03-01", "2024-03-31", "month"),
    ("Het bericht dateert van augustus jl.", date(2021, 3, 8),
     "augustus jl.", "2020-08-01", "2020-08-31", "month"),
    ("Vlaanderen steunde in de zomer reeds de oproep.", date(2021, 2, 19),
     "in de zomer", "2020-06-01", "2020-08-31", "season"),
    ("Vlaanderen steunde in de zomer reeds de oproep.", date(2020, 8, 25),
     "in de zomer", "2020-06-01", "2020-08-31", "season"),
    ("Afgelopen najaar werden de sancties verlengd.", date(2022, 10, 15),
     "Afgelopen najaar", "2021-09-01", "2021-11-30", "season"),
    ("Komende winter volgt een nieuw pakket.", date(2022, 10, 15),
     "Komende winter", "2022-12-01", "2023-02-28", "season"),
    ("In de zomer van 2019 waren er protesten.", None,
     "In de zomer van 2019", "2019-06-01", "2019-08-31", "season"),
    ("Vorige week is de ambassadeur ontboden.", date(2021, 3, 10),
     "Vorige week", "2021-03-01", "2021-03-07", "week"),
    ("Volgende maand volgt het verslag.", date(2021, 12, 10),
     "Volgende maand", "2022-01-01", "2022-01-31", "month"),
    ("Vorig jaar werden de verkiezingen uitgesteld.", date(2021, 3, 10),
     "Vorig jaar", "2020-01-01", "2020-12-31", "year"),
    ("Gisteren sprak ik met mijn ambtgenoot.", date(2021, 3, 10),
     "Gisteren", "2021-03-09", "2021-03-09", "day"),
    ("Afgelopen dinsdag sprak ik met mijn ambtgenoot.", date(2021, 3, 11),
     "Afgelopen dinsdag", "2021-03-09", "2021-03-09", "day"),
    ("Ook in 2010 nam de EU sancties.", date(2020, 8, 25),
     "in 2010", "2010-01-01", "2010-12-31", "year"),
    ("Eind 2020 volgt een evaluatie.", date(2020, 3, 1),
     "Eind 2020", "2020-01-01", "2020-12-31", "year"),
    ("Het lidmaatschap (2020–2022) loopt nog.", None,
     "2020–2022", "2020-01-01", "2022-12-31", "year"),
    ("Zie het bericht van 15-01-2021.", None,
     "15-01-2021", "2021-01-15", "2021-01-15", "day"),
]


@pytest.mark.parametrize(("text", "reference", "written", "first", "last", "precision"), CASES)
def test_time_expression_is_found_and_resolved(text: str, reference: date | None,
                                               written: str, first: str, last: str,
                                               precision: str) -> None:
    (found,) = find_time_expressions(text, reference)
    assert text[found.start:found.end] == found.text == written
    assert (str(found.first), str(found.last), found.precision) == (first, last, precision)


@pytest.mark.parametrize(("text", "written"), [
    ("Het debat vond op 18 september jl. plaats.", "18 september jl."),
    ("Vlaanderen steunde in de zomer reeds de oproep.", "in de zomer"),
    ("Vorige week is de ambassadeur ontboden.", "Vorige week"),
    ("Half februari komt de Raad bijeen.", "Half februari"),
    ("De bespreking zal op korte termijn volgen.", "op korte termijn"),
    ("Nederland heeft zich de afgelopen weken hard gemaakt.", "de afgelopen weken"),
])
def test_without_a_reference_date_relative_expressions_stay_text(text: str,
                                                                 written: str) -> None:
    (found,) = find_time_expressions(text, None)
    assert found.text == written
    assert not found.resolved and found.first is None and found.precision is None


@pytest.mark.parametrize("text", [
    "Kamerstuk 32 735, nr. 287 (referentie 2020Z14586/2020D31249).",
    "Jan Jambon antwoordde de minister-president.",
    "De uitslag was 80.08% voor de zittend president.",
    "Op 31 februari 2021 gebeurde niets.",
])
def test_numbers_names_and_impossible_days_are_no_dates(text: str) -> None:
    assert [e for e in find_time_expressions(text, date(2021, 3, 1)) if e.resolved] == []


def test_expressions_do_not_overlap_and_keep_text_order() -> None:
    text = ("Het bezoek van 4 tot 6 februari volgde op de Raad van 25 januari 2021 en ging "
            "vooraf aan de top in de zomer.")
    found = find_time_expressions(text, date(2021, 3, 8))
    assert [e.text for e in found] == ["van 4 tot 6 februari", "25 januari 2021",
                                       "in de zomer"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(("first", "last", "expected"), [
    (date(2021, 2, 4), date(2021, 2, 6), ("2021-02-01", "2021-02-28", "month")),
    (date(2022, 4, 30), date(2022, 5, 2), ("2022-01-01", "2022-12-31", "year")),
    (date(2022, 12, 30), date(2023, 1, 3), None),
])
def test_enclosing_period_is_the_smallest_calendar_unit_holding_both_days(
        first: date, last: date, expected: tuple[str, str, str] | None) -> None:
    found = enclosing_period(first, last)
    assert (tuple(map(str, found)) if found else None) == expected


# A text written on an unknown day between 10 January 2022 and 1 September 2023.
EARLIEST, LATEST = date(2022, 1, 10), date(2023, 9, 1)


@pytest.mark.parametrize(("text", "written", "day"), [
    # 12 June was a Sunday in 2022, a Saturday in 2021 and a Monday in 2023
    ("De stembusgang van zondag 12 juni jl. verliep onrustig.", "zondag 12 juni jl.",
     "2022-06-12"),
    ("Het rapport verscheen op 3 maart 2022.", "3 maart 2022", "2022-03-03"),
    # without the weekday, 2021, 2022 and 2023 are all possible
    ("De stembusgang van 12 juni jl. verliep onrustig.", "12 juni jl.", None),
    # a weekday that fits no reading, or more than one, leaves it unresolved
    ("De stembusgang van dinsdag 12 juni jl. verliep onrustig.", "dinsdag 12 juni jl.", None),
    ("Vorige week is de ambassadeur ontboden.", "Vorige week", None),
])
def test_undated_text_resolves_only_what_every_writing_day_reads_alike(
        text: str, written: str, day: str | None) -> None:
    (found,) = find_time_expressions_between(text, EARLIEST, LATEST)
    assert found.text == written
    assert (str(found.first) if found.resolved else None) == day
    assert found.resolved is (found.precision == "day")
