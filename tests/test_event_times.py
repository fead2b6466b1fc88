"""Event dates beyond the words of one phrase, on sentences written for these tests: a date
the clause gives a definite mention, the date of an occasion something happened within or
(protests, arrests) follows, and dates in a letter without a date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from extraction import extract_text, shipped_pipeline, text_document
from kg.extract.timing import document_times, writing_period
from kg.ingest.records import Agent
from kg.link.agents import ResolvedAgent, resolve_agent
from kg.link.kb import KnowledgeBase

ON = date(2022, 6, 1)


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    return shipped_pipeline(kb)


def _times(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, tuple[str, ...]]:
    """Event type -> (first day, last day, precision) of the first event of that type."""
    found: dict[str, tuple[str, ...]] = {}
    for event in extract_text(nlp, kb, text, on=ON).events:
        time = event.time
        found.setdefault(event.type, (str(time.first), str(time.last), str(time.precision))
                         if time is not None and time.resolved else ("None",))
    return found


@pytest.mark.parametrize(("text", "expected"), [
    # the clause dates a definite mention of an event named before without a date
    ("Nederland pleitte voor een spoeddebat over Georgië in de VN-Mensenrechtenraad. "
     "Het spoeddebat zal op 12 juni a.s. plaatsvinden.",
     {"Debate": ("2022-06-12", "2022-06-12", "day")}),
    # a different instance: the earlier election keeps no date
    ("De verkiezingen in Georgië waren niet vrij. De vorige verkiezingen vonden plaats in "
     "2018.", {"Election": ("None",)}),
])
def test_a_date_the_clause_gives_a_later_mention_survives_the_merge(
        nlp: Language, kb: KnowledgeBase, text: str,
        expected: dict[str, tuple[str, ...]]) -> None:
    assert _times(nlp, kb, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # within a 3-day visit: the month, not a day
    ("Tijdens zijn bezoek aan Kyiv van 3 tot 5 mei sprak Wopke Hoekstra met Dmytro Koeleba.",
     {"Visit": ("2022-05-03", "2022-05-05", "day"),
      "Meeting": ("2022-05-01", "2022-05-31", "month")}),
    # at a one-day debate dated in another sentence: that day
    ("Op 12 juni a.s. vindt in de VN-Mensenrechtenraad een spoeddebat over Georgië plaats. "
     "Wopke Hoekstra zal bij het spoeddebat een verklaring afleggen.",
     {"Debate": ("2022-06-12", "2022-06-12", "day"),
      "Statement": ("2022-06-12", "2022-06-12", "day")}),
    # adopted without a named body, after a sentence on a sitting: at that sitting
    ("Op 12 juni a.s. vindt in de VN-Mensenrechtenraad een spoeddebat over Georgië plaats. "
     "Er zal een resolutie worden aangenomen.",
     {"Debate": ("2022-06-12", "2022-06-12", "day"),
      "Resolution": ("2022-06-12", "2022-06-12", "day")}),
    # after the visit is not within it
    ("Na zijn bezoek aan Kyiv van 3 tot 5 mei sprak Wopke Hoekstra met Dmytro Koeleba.",
     {"Visit": ("2022-05-03", "2022-05-05", "day"), "Meeting": ("None",)}),
])
def test_what_happens_within_a_dated_occasion_gets_what_is_known_of_its_date(
        nlp: Language, kb: KnowledgeBase, text: str,
        expected: dict[str, tuple[str, ...]]) -> None:
    assert _times(nlp, kb, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hung the date on the auxiliary: it is the verb's
    ("Op 30 mei werd oppositieleider Freddy Superlano in Caracas opgepakt.",
     {"Arrest": ("2022-05-30", "2022-05-30", "day")}),
    # a bound of what the act brings about is not its time
    ("De Europese Unie verlengde de sancties tegen Rusland tot 31 juli.",
     {"Sanctions": ("None",)}),
    # the time of a conversation does not date what it is about
    ("Wopke Hoekstra heeft op 20 mei met Dmytro Koeleba gesproken over de protesten in Servië.",
     {"Meeting": ("2022-05-20", "2022-05-20", "day"), "Protest": ("None",)}),
])
def test_a_clause_dates_its_verb_not_its_topic(nlp: Language, kb: KnowledgeBase, text: str,
                                               expected: dict[str, tuple[str, ...]]) -> None:
    assert _times(nlp, kb, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phrase ties the arrests to the dated election: its month
    ("Na de verkiezingen van 26 oktober 2024 werden in Tbilisi honderden demonstranten "
     "opgepakt.", {"Election": ("2024-10-26", "2024-10-26", "day"),
                   "Arrest": ("2024-10-01", "2024-10-31", "month")}),
    # the parser made `naar aanleiding van` one preposition
    ("Naar aanleiding van de verkiezingen van 26 oktober 2024 demonstreerden duizenden "
     "Georgiërs in Tbilisi.", {"Election": ("2024-10-26", "2024-10-26", "day"),
                               "Protest": ("2024-10-01", "2024-10-31", "month")}),
    # the occasion mentioned last before it in its paragraph
    ("Sinds de verkiezingen van 26 oktober 2024 is het onrustig in Georgië. Daardoor gingen "
     "overal in het land mensen de straat op.",
     {"Election": ("2024-10-26", "2024-10-26", "day"),
      "Protest": ("2024-10-01", "2024-10-31", "month")}),
    # not across a paragraph
    ("Sinds de verkiezingen van 26 oktober 2024 is het onrustig in Georgië.\n\nDaarna "
     "demonstreerden duizenden Georgiërs in Tbilisi.",
     {"Election": ("2024-10-26", "2024-10-26", "day"), "Protest": ("None",)}),
    # the occasion it follows is undated: so is the protest
    ("Op 26 oktober 2024 vond in Tbilisi een debat plaats. Na de verkiezingen in Georgië "
     "demonstreerden duizenden Georgiërs in Tbilisi.",
     {"Debate": ("2024-10-26", "2024-10-26", "day"), "Election": ("None",),
      "Protest": ("None",)}),
    # other events need not follow at once: no date from the election
    ("Na de verkiezingen van 26 oktober 2024 in Georgië bracht Josep Borrell een bezoek aan "
     "Tbilisi.", {"Election": ("2024-10-26", "2024-10-26", "day"), "Visit": ("None",)}),
])
def test_protests_and_arrests_begin_in_the_month_of_the_occasion_they_follow(
        nlp: Language, kb: KnowledgeBase, text: str,
        expected: dict[str, tuple[str, ...]]) -> None:
    assert _times(nlp, kb, text) == expected


def test_the_time_of_a_protest_says_what_it_follows(nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Na de verkiezingen van 26 oktober 2024 werden in Tbilisi "
                         "honderden demonstranten opgepakt.", on=ON)
    arrest = next(e for e in facts.events if e.type == "Arrest")
    assert arrest.time is not None and arrest.time.text == "na 26 oktober 2024"


def _minister(kb: KnowledgeBase, office: str) -> list[ResolvedAgent]:
    agent = Agent(name="Wopke Hoekstra", role=office, jurisdiction="nederland")
    return [resolve_agent(agent, kb, None)]


def test_a_letter_without_a_date_is_read_within_its_signatory_s_term(kb: KnowledgeBase) -> None:
    # Hoekstra was minister of Foreign Affairs from 10 January 2022 to 1 September 2023;
    # 12 June was a Sunday only in 2022 of those years
    period = writing_period(_minister(kb, "Minister van Buitenlandse Zaken"), kb)
    assert period == (date(2022, 1, 10), date(2023, 9, 1))
    document = text_document("Over de verkiezingen van zondag 12 juni jl. en die van 12 juni "
                             "jl. in Albanië.")
    dated, bare = document_times(document, period)
    assert (dated.text, str(dated.first), dated.precision) == (
        "zondag 12 juni jl.", "2022-06-12", "day")
    assert (bare.text, bare.resolved) == ("12 juni jl.", False)
    assert not any(e.resolved for e in document_times(document))


def test_no_writing_period_without_a_known_term(kb: KnowledgeBase) -> None:
    assert writing_period(_minister(kb, "Minister van Financiën"), kb) == (
        date(2017, 10, 26), date(2022, 1, 10))
    assert writing_period(_minister(kb, "Minister van Landbouw"), kb) is None
    unknown = [resolve_agent(Agent(name="Jan Modaal", role="Minister van Buitenlandse Zaken",
                                   jurisdiction="nederland"), kb, None)]
    assert writing_period(unknown, kb) is None
    assert writing_period([], kb) is None
