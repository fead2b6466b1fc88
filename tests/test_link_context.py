"""Words whose entity depends on the document: pronouns of the speaker and addressee, the
own government and parliament, bare collective nouns of the country a document is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.analysis import analyse
from kg.ingest.document import load_document
from linking import blank, context, gazetteer, linked

ANSWERS = """\
Vragen van het lid Van Dijk (SP) aan de Minister van Buitenlandse Zaken over de vervolging
van journalisten in Azerbeidzjan (ingezonden 4 februari 2021).

Antwoord van Minister Blok (Buitenlandse Zaken) (ontvangen 1 maart 2021).

Vraag 1
Bent u bekend met het bericht dat in Azerbeidzjan opnieuw journalisten zijn opgepakt?

Antwoord 1
Ja. Ik heb hierover contact gehad met mijn Azerbeidzjaanse ambtgenoot. Wij blijven de
Azerbeidzjaanse autoriteiten oproepen de journalisten vrij te laten. Het kabinet heeft uw
Kamer hierover eerder geïnformeerd. De autoriteiten in Azerbeidzjan hebben nog niet
gereageerd.
"""


def test_speakers_addressees_government_and_parliament_in_answers(tmp_path: Path) -> None:
    path = tmp_path / "kamervragen.txt"
    path.write_text(ANSWERS, "utf-8")
    analysis = analyse(load_document(path), blank(), gazetteer())
    found = [(m.text, m.entity_id) for m in analysis.mentions]
    assert ("u", "stef-blok") in found  # the question addresses the minister
    assert ("Ik", "stef-blok") in found
    assert ("Wij", "nederlandse-regering") in found
    assert ("kabinet", "nederlandse-regering") in found
    assert ("uw Kamer", "tweede-kamer") in found
    assert ("autoriteiten", "azerbeidzjan-autoriteiten") in found


def test_the_plenary_is_the_document_s_parliament(tmp_path: Path) -> None:
    path = tmp_path / "kamervragen.txt"
    path.write_text(ANSWERS.replace(
        "Het kabinet heeft uw\nKamer hierover eerder geïnformeerd.",
        "De motie werd door de plenaire vergadering aangenomen. De plenaire vergadering van "
        "de Raad van Europa sprak er niet over."), "utf-8")
    analysis = analyse(load_document(path), blank(), gazetteer())
    found = [(m.text, m.entity_id) for m in analysis.mentions]
    assert found.count(("plenaire vergadering", "tweede-kamer")) == 1


def test_we_is_the_government_only_when_a_minister_speaks() -> None:
    text = "Wij vinden dat het kabinet moet handelen. Ik vraag de minister om actie."
    minister = linked(text, context("2021-03-01", "nederland", speaker="stef-blok"))
    assert minister[0] == ("Wij", "nederlandse-regering")
    member = linked(text, context("2021-03-01", "nederland", speaker="lilianne-ploumen",
                                  for_government=False))
    assert ("Wij", "nederlandse-regering") not in member
    assert ("Ik", "lilianne-ploumen") in member
    assert ("kabinet", "nederlandse-regering") in member


def test_own_state_and_flemish_government() -> None:
    dutch = linked("Ons land is lid van de Raad.", context("2020-09-17", "nederland"))
    assert dutch[0] == ("Ons land", "nederland")
    flemish = linked("De regering neemt maatregelen. Ons land volgt.",
                     context("2021-02-19", "vlaanderen", speaker="jan-jambon"))
    assert flemish == [("regering", "vlaamse-regering"), ("Ons land", "belgie")]
    # a Flemish `kabinet` is a minister's office, not the government
    assert linked("Het kabinet van de minister antwoordde.",
                  context("2021-02-19", "vlaanderen")) == []


def test_bare_collective_nouns_take_the_country_the_text_is_about() -> None:
    text = ("In Venezuela gaan de protesten door. De Venezolaanse regering reageert hard. "
            "Venezuela weigert waarnemers. De autoriteiten arresteerden honderden "
            "demonstranten en de oppositie roept op tot kalmte.")
    found = linked(text, context("2019-02-01", "nederland"))
    assert ("autoriteiten", "venezuela-autoriteiten") in found
    assert ("demonstranten", "venezuela-demonstranten") in found
    assert ("oppositie", "venezuela-oppositie") in found


@pytest.mark.parametrize("noun", ["het leger", "de junta", "het militaire bewind"])
def test_a_military_government_is_the_authorities_of_the_country_the_text_is_about(
        noun: str) -> None:
    text = (f"In Venezuela gaan de protesten door. Venezuela weigert waarnemers. Nederland roept "
            f"{noun} op de gevangenen vrij te laten.")
    found = linked(text, context("2019-02-01", "nederland"))
    assert (noun.split(" ", 1)[1], "venezuela-autoriteiten") in found


def test_no_collective_when_no_country_dominates_or_names_it() -> None:
    text = ("Rusland en Oekraïne spraken in Minsk. Oekraïne en Rusland wisselden "
            "gevangenen uit. De autoriteiten gaven geen commentaar. De demonstranten in "
            "Georgië eisten nieuwe verkiezingen.")
    found = linked(text, context("2019-02-01", "nederland"))
    assert all(text != "autoriteiten" for text, _ in found)
    assert ("demonstranten", "georgie-demonstranten") in found


def test_quoted_words_are_not_the_speakers() -> None:
    text = "Volgens de krant zei de president: «Ik treed niet af». Dat betreur ik."
    found = linked(text, context("2021-03-01", "nederland", speaker="stef-blok"))
    assert found == [("ik", "stef-blok")]
