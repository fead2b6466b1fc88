"""Offices resolved by date and jurisdiction, and names after titles."""

from __future__ import annotations

from datetime import date

from kg.ingest.records import Agent
from kg.link.agents import resolve_agent
from linking import context, gazetteer, linked


def test_an_office_is_its_holder_on_the_document_date() -> None:
    text = "De Minister van Buitenlandse Zaken reist naar Kenia."
    assert linked(text, context("2020-09-17", "nederland"))[0] == (
        "Minister van Buitenlandse Zaken", "stef-blok")
    assert linked(text, context("2022-05-01", "nederland"))[0] == (
        "Minister van Buitenlandse Zaken", "wopke-hoekstra")


def test_the_same_title_means_another_office_in_another_jurisdiction() -> None:
    text = "Hoe beoordeelt de minister-president de handelsmissie?"
    assert linked(text, context("2021-02-19", "vlaanderen")) == [
        ("minister-president", "jan-jambon")]
    assert linked(text, context("2021-02-19", "nederland")) == [
        ("minister-president", "mark-rutte")]


def test_offices_are_looked_for_in_the_containing_state_and_the_eu() -> None:
    flemish = context("2021-03-01", "vlaanderen")
    assert linked("Ook de premier sprak met de vakbonden.", flemish) == [
        ("premier", "alexander-de-croo")]
    dutch = context("2021-03-08", "nederland")
    assert linked("De Hoge Vertegenwoordiger reisde af naar Caracas.", dutch)[0] == (
        "Hoge Vertegenwoordiger", "josep-borrell")


def test_another_states_office_is_not_the_home_office() -> None:
    found = linked("De Turkse minister van Buitenlandse Zaken ontmoette de minister van "
                   "Buitenlandse Zaken van Japan.", context("2021-03-08", "nederland"))
    assert all(entity != "stef-blok" for _, entity in found)


def test_an_office_before_another_persons_name_is_not_the_home_office() -> None:
    dutch = context("2024-12-09", "nederland")
    assert linked("Premier Kobachidze schortte de gesprekken op.", dutch) == [
        ("Kobachidze", "name-kobachidze")]
    assert linked("Ook de premier sprak met de vakbonden.", dutch) == [
        ("premier", "dick-schoof")]


def test_no_office_holder_without_a_date_unless_the_text_names_one() -> None:
    undated = context(None, "nederland")
    assert linked("De Hoge Vertegenwoordiger heeft een verklaring afgelegd.", undated) == []
    found = linked("Het kabinet steunt de verklaring van de Hoge Vertegenwoordiger van de EU "
                   "Borrell.", undated)
    assert ("Hoge Vertegenwoordiger van de EU", "josep-borrell") in found
    assert ("Borrell", "josep-borrell") in found


def test_names_after_titles_resolve_by_surname_and_spelling() -> None:
    found = linked("Antwoord van Minister Blok. Hoge Vertegenwoordiger Borrel sprak met "
                   "Russische Minister Lavrov en met president Loekasjenka.",
                   context("2021-03-08", "nederland"))
    assert ("Blok", "stef-blok") in found
    assert ("Borrel", "josep-borrell") in found
    assert ("Lavrov", "sergej-lavrov") in found
    assert ("Loekasjenka", "alexander-loekasjenko") in found


def test_a_written_out_first_name_must_match_the_known_person() -> None:
    found = linked("Volgens minister Jan Blok en minister Stef Blok is de situatie rustig.",
                   context("2021-03-08", "nederland"))
    assert ("Stef Blok", "stef-blok") in found
    assert ("Jan Blok", "stef-blok") not in found


def test_an_unknown_name_after_a_title_is_a_new_person() -> None:
    found = linked("Volgens ambassadeur Van Dongen is de situatie rustig. Vragen aan de "
                   "minister Over de inzet in Mali", context("2021-03-08", "nederland"))
    assert found == [("Van Dongen", "name-van-dongen"), ("Mali", "mali")]


def test_a_portfolio_list_in_a_header_belongs_to_the_office() -> None:
    found = linked("JAN JAMBON\nMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER "
                   "VAN BUITENLANDSE ZAKEN, CULTUUR, ICT EN FACILITAIR MANAGEMENT\n",
                   context("2021-02-19", "vlaanderen"))
    assert found[-2:] == [
        ("MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDSE ZAKEN, "
         "CULTUUR, ICT EN FACILITAIR MANAGEMENT", "jan-jambon"),
        ("VLAAMSE REGERING", "vlaamse-regering")]


def test_office_holders_fall_back_to_parent_jurisdictions() -> None:
    kb = gazetteer()
    assert kb.jurisdiction_chain("vlaanderen") == ["vlaanderen", "belgie", "eu"]
    assert kb.jurisdiction_chain(None) == [None]
    assert [e.id for e in kb.office_holders("premier", "vlaanderen", date(2020, 3, 1))] == [
        "sophie-wilmes"]


def test_an_office_followed_by_a_name_after_a_comma_is_that_person() -> None:
    """In December 2024, when Kaja Kallas held the office, `De Hoge Vertegenwoordiger van de
    EU, Josep Borrell,` is Borrell; without the name, Kallas."""
    later = context("2024-12-05", "nederland")
    named = linked("De Hoge Vertegenwoordiger van de EU, Josep Borrell, bezocht Kyiv.", later)
    assert all(entity != "kaja-kallas" for _, entity in named)
    assert ("Josep Borrell", "josep-borrell") in named
    assert linked("De Hoge Vertegenwoordiger van de EU bezocht Kyiv.", later)[0][1] == (
        "kaja-kallas")


def test_joint_askers_are_not_resolved_to_one_of_them() -> None:
    kb = gazetteer()
    joint = resolve_agent(Agent(name="Ceder en Van der Staaij", role="Tweede Kamerleden",
                                jurisdiction="nederland"), kb, date(2023, 2, 14))
    assert joint.entity is None
    single = resolve_agent(Agent(name="Van der Staaij", party="SGP", role="Tweede Kamerlid",
                                 jurisdiction="nederland"), kb, date(2023, 2, 14))
    assert single.entity is not None and single.entity.id == "kees-van-der-staaij"
