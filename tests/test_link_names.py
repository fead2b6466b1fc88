"""Gazetteer names in the text, compounds and the abbreviations a document defines."""

from __future__ import annotations

from linking import context, linked


def test_names_match_in_other_case_only_where_safe() -> None:
    found = linked("De Raad Buitenlandse zaken besprak de zaak. JAN JAMBON antwoordde. "
                   "Om tien uur sprak het OM.")
    assert ("Raad Buitenlandse zaken", "raad-buitenlandse-zaken") in found
    assert ("JAN JAMBON", "jan-jambon") in found
    assert ("OM", "openbaar-ministerie-nl") in found
    assert all(text != "Om" for text, _ in found)


def test_a_name_matches_without_its_hyphen() -> None:
    # PDF extraction joins `Matra-⏎programma` into one word
    assert linked("Nederland financiert het Matraprogramma.") == [
        ("Nederland", "nederland"), ("Matraprogramma", "matra-programma")]


def test_compounds_mention_their_named_head() -> None:
    found = linked("In EU-, OVSE- en VN-verband is gesproken over de EU-sancties en de "
                   "EU-27-verklaring.")
    assert found == [("EU", "eu"), ("OVSE", "ovse"), ("VN", "verenigde-naties"),
                     ("EU", "eu"), ("EU", "eu")]


def test_named_compounds_stay_whole() -> None:
    found = linked("De VN-Mensenrechtenraad en de EU-lidstaten spraken over Wit-Russische "
                   "politici.")
    assert found == [("VN-Mensenrechtenraad", "vn-mensenrechtenraad"),
                     ("EU-lidstaten", "eu-lidstaten"), ("Wit-Russische", "wit-rusland")]


def test_a_defined_abbreviation_links_like_its_long_form() -> None:
    found = linked("Het Australian Strategic Policy Institute (ASPI) publiceerde een rapport. "
                   "Volgens ASPI zijn er honderden kampen.")
    target = "name-australian-strategic-policy-institute"
    assert found == [("Australian Strategic Policy Institute", target), ("ASPI", target),
                     ("ASPI", target)]


def test_abbreviations_resolve_in_both_orders_to_the_gazetteer_entity() -> None:
    found = linked("Nederland steunt het Oostelijk Partnerschap (OP). Binnen het OP is "
                   "overleg. De OVSE (Organisatie voor Veiligheid en Samenwerking in Europa) "
                   "stuurt waarnemers.", context("2021-01-01", "nederland"))
    assert ("OP", "oostelijk-partnerschap") in found
    assert found.count(("OP", "oostelijk-partnerschap")) == 2
    assert ("Organisatie voor Veiligheid en Samenwerking in Europa", "ovse") in found


def test_a_bracket_that_does_not_spell_the_words_is_no_definition() -> None:
    found = linked("Het lid van de Tweede Kamer (TK) de heer Jansen (CDA) was er.")
    assert found == [("Tweede Kamer", "tweede-kamer"), ("TK", "tweede-kamer"),
                     ("Jansen", "name-jansen"), ("CDA", "cda")]


def test_quoted_titles_are_names_and_keep_the_names_inside() -> None:
    found = linked("Amnesty International publiceerde het rapport ‘You are not Human "
                   "Beings’. Op de «Belarus Solidarity Day» riepen we op tot vrijlating.")
    assert found == [("Amnesty International", "amnesty-international"),
                     ("You are not Human Beings", "name-you-are-not-human-beings"),
                     ("Belarus", "wit-rusland"),
                     ("Belarus Solidarity Day", "name-belarus-solidarity-day")]


def test_quoted_statements_and_phrases_are_no_names() -> None:
    found = linked("De president zei: «Ik treed niet af». Het kabinet steunt "
                   "‘people to people’-contacten en het bericht ‘Hongkong arresteert "
                   "tientallen oppositieleden’.")
    assert found == [("Hongkong", "hongkong")]


def test_meetings_are_named_after_their_body_or_subject() -> None:
    found = linked("Tijdens het Algemeen Overleg over de Raad Buitenlandse Zaken vroeg de Kamer "
                   "om de inzet tijdens de 45ste zitting van de VN-Mensenrechtenraad. Een "
                   "zitting van de Raad van Europa volgt.")
    assert found == [
        ("Algemeen Overleg over de Raad Buitenlandse Zaken",
         "name-algemeen-overleg-over-de-raad-buitenlandse-zaken"),
        ("Raad Buitenlandse Zaken", "raad-buitenlandse-zaken"),
        ("45ste zitting van de VN-Mensenrechtenraad",
         "name-45ste-zitting-van-de-vn-mensenrechtenraad"),
        ("VN-Mensenrechtenraad", "vn-mensenrechtenraad"),
        ("Raad van Europa", "raad-van-europa")]


def test_a_country_s_parliament_is_its_own_body_and_the_dutch_one_the_states_general() -> None:
    found = linked("Het Georgische parlement nam de wet aan. Het Nederlandse parlement "
                   "sprak er schande van.")
    assert ("Georgische parlement", "georgie-parlement") in found
    assert ("Nederlandse parlement", "staten-generaal") in found


def test_a_known_abbreviation_after_other_words_defines_nothing() -> None:
    # the letters of `Vragen van het lid` spell VVD, but VVD is a party the gazetteer knows
    found = linked("Vragen van het lid Van Wijngaarden (VVD) aan de minister.")
    assert ("VVD", "vvd") in found
    assert all(not text.startswith("Vragen") for text, _ in found)
