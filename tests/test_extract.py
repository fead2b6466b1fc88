"""Negation, modality, holders and events with dates, on sentences written for these tests;
and the RDF the facts become."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import RDF
from spacy.language import Language

from extraction import extract_text, label, shipped_pipeline, text_document
from kg.analysis import Analysis
from kg.extract import Facts
from kg.extract.grammar import logical_object
from kg.extract.records import Actor, Modality, Polarity, Span, Stance
from kg.extract.timing import document_times
from kg.graph.facts import fact_triples
from kg.graph.iris import Iris
from kg.graph.namespaces import KG
from kg.ingest.records import Passage, PassageKind
from kg.link.kb import KnowledgeBase

ON = date(2021, 3, 8)


@pytest.fixture(scope="module")
def nlp(kb: KnowledgeBase) -> Language:
    return shipped_pipeline(kb)


# (sentence, speaker, expected stances as (type, holder, target, polarity, modality))
STANCE_CASES = [
    ("Nederland steunt de Venezolaanse oppositie.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Nederland steunt de Venezolaanse oppositie niet.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Negative", "Asserted")}),
    ("Nederland zal de Venezolaanse oppositie steunen.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Future")}),
    ("Nederland zou de Venezolaanse oppositie kunnen steunen.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Conditional")}),
    ("Indien nodig steunt Nederland de Venezolaanse oppositie.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Conditional")}),
    ("Als de Venezolaanse regering de oppositie vervolgt, zal Nederland de Venezolaanse "
     "oppositie steunen.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Conditional")}),
    ("Nederland ziet een rol weggelegd voor de Venezolaanse oppositie als bemiddelaar.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Nederland is bereid om de Venezolaanse oppositie te steunen.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Proposed")}),
    ("Klopt het dat Nederland de Venezolaanse oppositie steunt?", None, set()),
    ("Steunt u de Venezolaanse oppositie?", "Wopke Hoekstra", set()),
    ("Canada erkent de uitslag van de verkiezingen in Venezuela niet.", None,
     {("DoesNotRecognize", "Canada", "event:Election", "Positive", "Asserted")}),
    ("Oostenrijk is geen voorstander van de NAVO.", None,
     {("Opposes", "Oostenrijk", "NAVO", "Positive", "Asserted")}),
    ("Ik steun de Venezolaanse oppositie.", "Wopke Hoekstra",
     {("Supports", "Wopke Hoekstra", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Wij steunen de Venezolaanse oppositie.", "Wopke Hoekstra",
     {("Supports", "Nederlandse regering", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Het kabinet steunt de Venezolaanse oppositie.", "Wopke Hoekstra",
     {("Supports", "Nederlandse regering", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Rusland liet weten dat het de Venezolaanse regering steunt.", None,
     {("Supports", "Rusland", "Venezolaanse autoriteiten", "Positive", "Asserted")}),
    ("Canada veroordeelt het optreden van de Venezolaanse regering tegen de Venezolaanse "
     "oppositie.", None,
     {("Condemns", "Canada", "Venezolaanse autoriteiten", "Positive", "Asserted")}),
    ("Canada veroordeelt het harde optreden tegen de Venezolaanse oppositie.", None, set()),
    ("De Europese Unie riep Rusland op om de Venezolaanse oppositie te steunen.", None,
     {("CallsUpon", "Europese Unie", "Rusland", "Positive", "Asserted"),
      ("Supports", "Rusland", "Venezolaanse oppositie", "Positive", "Proposed")}),
    # the parser makes `demonstranten` the object and hangs `geweld` under it
    ("De Iraanse politie sloeg de demonstranten in Iran. Het kabinet veroordeelt het geweld "
     "tegen vreedzame demonstranten.", "Wopke Hoekstra", set()),
    ("Canada zet zich in voor een speciale zitting over Venezuela.", None, set()),
    ("Nederland steunt niet alleen de Venezolaanse oppositie, maar ook de Venezolaanse "
     "regering.", None,
     {("Supports", "Nederland", "Venezolaanse oppositie", "Positive", "Asserted")}),
    ("Canada zal niet aarzelen om sancties op te leggen aan Iran.", None,
     {("ImposesSanctionsOn", "Canada", "Iran", "Positive", "Future")}),
    ("Canada liet niet na om de Venezolaanse regering te veroordelen.", None,
     {("Condemns", "Canada", "Venezolaanse autoriteiten", "Positive", "Asserted")}),
    ("Als Rusland de troepen niet terugtrekt, zal de EU nieuwe sancties opleggen aan "
     "Rusland.", None,
     {("ImposesSanctionsOn", "Europese Unie", "Rusland", "Positive", "Conditional")}),
    ("Canada heeft een fonds opgericht om de Venezolaanse oppositie te steunen.", None,
     {("Supports", "Canada", "Venezolaanse oppositie", "Positive", "Proposed")}),
    ("Canada weigerde de Venezolaanse regering te veroordelen.", None,
     {("Condemns", "Canada", "Venezolaanse autoriteiten", "Negative", "Asserted")}),
    ("Oostenrijk is geen voorstander van het opschorten van de gesprekken met Rusland.", None,
     set()),
]


@pytest.mark.parametrize(("text", "speaker", "expected"), STANCE_CASES)
def test_polarity_modality_and_holder(nlp: Language, kb: KnowledgeBase, text: str,
                                      speaker: str | None,
                                      expected: set[tuple[str, ...]]) -> None:
    kind = PassageKind.ANSWER if speaker else PassageKind.BODY
    facts = extract_text(nlp, kb, text, on=ON, speaker=speaker, kind=kind)
    found = {(s.type, s.holder.label, label(s.target, facts), s.polarity.value,
              s.modality.value) for s in facts.stances}
    assert found == expected


def test_sanctions_considered_are_not_sanctions_imposed(nlp: Language,
                                                        kb: KnowledgeBase) -> None:
    for text in ("Nederland overweegt sancties op te leggen aan Iran.",
                 "Nederland is niet van plan sancties op te leggen aan Iran.",
                 "Nederland sluit sancties tegen Iran niet uit."):
        facts = extract_text(nlp, kb, text, on=ON)
        assert not [s for s in facts.stances
                    if s.type == "ImposesSanctionsOn" and s.asserted], text


@pytest.mark.parametrize("verb", ["zei", "gaf aan"])
def test_reported_speech_keeps_the_reporter_as_source(nlp: Language, kb: KnowledgeBase,
                                                      verb: str) -> None:
    text = f"China {verb} dat Amerika de regering van Taiwan steunt."
    facts = extract_text(nlp, kb, text, on=ON)
    (stance,) = facts.stances
    assert (stance.holder.label, label(stance.target, facts)) == ("Verenigde Staten", "Taiwan")
    assert stance.source is not None and stance.source.label == "China"


@pytest.mark.parametrize(("text", "agents"), [
    ("Het kabinet steunt de verklaring.", set()),
    ("Het kabinet sluit zich aan bij de verklaring van de G7.", {"G7"}),
    ("Het kabinet heeft de arrestaties in een verklaring veroordeeld.", {"Nederlandse regering"}),
])
def test_who_takes_an_attitude_towards_a_happening_is_not_its_agent(
        nlp: Language, kb: KnowledgeBase, text: str, agents: set[str]) -> None:
    facts = extract_text(nlp, kb, text, on=ON, speaker="Wopke Hoekstra",
                         kind=PassageKind.ANSWER)
    found = {a.label for e in facts.events if e.type == "Statement"
             for a in e.roles.get("agent", [])}
    assert found == agents


@pytest.mark.parametrize(("text", "kind"), [
    # blocking the extension of sanctions is no imposing them
    ("Hongarije had de verlenging van de sancties tegen Rusland geblokkeerd.", "Sanctions"),
    # nor does taking note of it
    ("Op 11 oktober 2023 vond in de VN-Mensenrechtenraad een debat plaats over Soedan. Er werd "
     "een resolutie aangenomen. België heeft kennis genomen van de resolutie.", "Resolution"),
    # a vote for a resolution does not make the voter its author
    ("Op 11 oktober 2023 vond in de VN-Mensenrechtenraad een debat plaats over Soedan. Er werd "
     "een resolutie aangenomen. België stemde voor de resolutie.", "Resolution"),
])
def test_who_blocks_or_votes_is_not_the_agent(nlp: Language, kb: KnowledgeBase, text: str,
                                              kind: str) -> None:
    facts = extract_text(nlp, kb, text, on=ON)
    agents = {a.label for e in facts.events if e.type == kind for a in e.roles.get("agent", [])}
    assert not agents & {"Hongarije", "België"}


def test_the_passive_agent_of_the_verb_is_not_the_agent_of_its_subject(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = "De arrestatie van Aleksej Navalny werd door Frankrijk scherp veroordeeld."
    facts = extract_text(nlp, kb, text, on=ON)
    (arrest,) = [e for e in facts.events if e.type == "Arrest"]
    assert [a.label for a in arrest.actors()] == ["Aleksej Navalny"]


def test_an_object_control_verb_gives_its_object_to_an_xcomp_infinitive(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Tichanovskaja liet weten dat zij de uitslag niet erkent en riep de Wit-Russische "
            "bevolking op om te demonstreren.")  # `om te demonstreren` parsed as xcomp
    facts = extract_text(nlp, kb, text, on=ON)
    (protest,) = [e for e in facts.events if e.type == "Protest"]
    assert [a.label for a in protest.roles["agent"]] == ["Wit-Russische bevolking"]


# (sentence, document date, expected events as (type, first day, last day, participant))
EVENT_CASES = [
    ("De Europese Unie nam op 21 februari 2022 sancties aan tegen Rusland.", None,
     {("Sanctions", "2022-02-21", "2022-02-21", "Rusland")}),
    ("Vorige week demonstreerden de Georgische demonstranten in Tbilisi.", date(2024, 12, 4),
     {("Protest", "2024-11-25", "2024-12-01", "Georgische demonstranten")}),
    ("Op 3 juni a.s. zal er een spoeddebat plaatsvinden in de VN-Mensenrechtenraad.",
     date(2022, 5, 20), {("Debate", "2022-06-03", "2022-06-03", "VN-Mensenrechtenraad")}),
    ("De presidentsverkiezingen in Rusland waren niet vrij.", None,
     {("Election", "None", "None", "Rusland")}),
    ("Er werden geen verkiezingen gehouden in Rusland.", None, set()),
    ("Nederland is geen voorstander van sancties tegen Rusland.", None, set()),
]


@pytest.mark.parametrize(("text", "on", "expected"), EVENT_CASES)
def test_events_with_dates(nlp: Language, kb: KnowledgeBase, text: str, on: date | None,
                           expected: set[tuple[str, ...]]) -> None:
    facts = extract_text(nlp, kb, text, on=on)
    found = set()
    for event in facts.events:
        first = str(event.time.first) if event.time else "None"
        last = str(event.time.last) if event.time else "None"
        wanted = {a.label for a in event.actors()}
        found |= {(event.type, first, last, actor) for actor in wanted}
    assert expected <= found
    assert {e[0] for e in found} == {e[0] for e in expected}


def test_unresolvable_event_date_is_kept_as_written(nlp: Language,
                                                    kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "De Raad Buitenlandse Zaken van 22 februari jl. besprak "
                                  "de toestand in Syrië.", on=None)
    (event,) = [e for e in facts.events if e.type == "Meeting"]
    assert event.time is not None and event.time.text == "22 februari jl."
    assert event.time.first is None


@pytest.mark.parametrize(("text", "modality"), [
    ("De Raad Buitenlandse Zaken van 18 november a.s. bespreekt de toestand in Syrië.",
     Modality.FUTURE),
    ("De Raad Buitenlandse Zaken van 18 oktober jl. besprak de toestand in Syrië.",
     Modality.ASSERTED),
])
def test_an_event_dated_after_the_text_was_written_is_planned(
        nlp: Language, kb: KnowledgeBase, text: str, modality: Modality) -> None:
    for written in (date(2024, 11, 12), None):  # `a.s.` says it also without a date
        facts = extract_text(nlp, kb, text, on=written)
        (event,) = [e for e in facts.events if e.type == "Meeting"]
        assert event.modality is modality


def _stance(polarity: Polarity, modality: Modality) -> Stance:
    return Stance(type="Condemns", holder=Actor("nederland", "Nederland", "LOC"),
                  target=Actor("iran", "Iran", "LOC"), polarity=polarity, modality=modality,
                  evidence=Span(0, 9), sentence=Span(0, 30), rule="condemns-veroordelen",
                  stated_on=ON)


@pytest.mark.parametrize(("polarity", "modality", "direct"), [
    (Polarity.POSITIVE, Modality.ASSERTED, True),
    (Polarity.NEGATIVE, Modality.ASSERTED, False),
    (Polarity.POSITIVE, Modality.FUTURE, False),
    (Polarity.POSITIVE, Modality.PROPOSED, False),
])
def test_only_positive_asserted_stances_get_a_direct_triple(polarity: Polarity,
                                                            modality: Modality,
                                                            direct: bool) -> None:
    text = "Nederland veroordeelt Iran scherp."
    document = text_document(text, on=ON)
    analysis = Analysis(document, ((0, len(text)),), (), {},
                        Facts(stances=(_stance(polarity, modality),)))
    iris = Iris()
    triples = set(fact_triples(analysis, iris))
    assert ((iris.entity("nederland"), KG.condemns, iris.entity("iran")) in triples) is direct
    (stance,) = {s for s, p, o in triples if p == RDF.type and o == KG.Stance}
    assert (stance, KG.polarity, KG[polarity.value]) in triples
    assert (stance, KG.modality, KG[modality.value]) in triples
    (evidence,) = {o for s, p, o in triples if s == stance and p == KG.evidence}
    assert any(p.endswith("anchorOf") and o == Literal("Nederland")
               for s, p, o in triples if s == evidence)


def test_jl_in_an_undated_answer_counts_from_the_answer_period() -> None:
    question = "Vond op 18 september jl. een debat plaats?"
    answer = "In de VN-Mensenrechtenraad vond op 18 september jl. een debat plaats."
    text = f"{question}\n\n{answer}"
    document = text_document(text, on=date(2020, 8, 25))
    document = replace(document, passages=(
        Passage(PassageKind.QUESTION, 0, len(question)),
        Passage(PassageKind.ANSWER, len(question) + 2, len(text))))
    asked, answered = document_times(document)
    assert str(asked.first) == "2019-09-18"
    assert str(answered.first) == "2020-09-18"


def test_a_definite_mention_joins_the_earlier_event_it_shares_someone_with(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Aleksej Navalny werd op 17 januari 2021 in Moskou "
                                  "gearresteerd. Op 23 januari werden Russische demonstranten "
                                  "in Sint-Petersburg aangehouden. De Europese "
                                  "Unie veroordeelt de arrestatie van Aleksej Navalny.",
                         on=date(2021, 2, 1))
    arrests = [{a.label for a in e.actors()} for e in facts.events if e.type == "Arrest"]
    assert any("Aleksej Navalny" in people and "Russische demonstranten" not in people
               for people in arrests)
    assert any("Russische demonstranten" in people and "Aleksej Navalny" not in people
               for people in arrests)


def _events(facts: Facts) -> list[tuple[str, set[str], str | None]]:
    return [(e.type, {a.label for a in e.actors()}, str(e.time.first) if e.time else None)
            for e in facts.events]


def test_an_indefinite_event_counts_once_a_definite_mention_takes_it_up(
        nlp: Language, kb: KnowledgeBase) -> None:
    taken_up = extract_text(nlp, kb, "Canada heeft aangedrongen op een debat in de "
                                     "Algemene Vergadering van de Verenigde Naties over "
                                     "Iran. Dit debat vindt op 4 mei plaats.",
                            on=date(2023, 4, 20))
    assert [(kind, "Algemene Vergadering van de Verenigde Naties" in actors, day)
            for kind, actors, day in _events(taken_up)] == [("Debate", True, "2023-05-04")]
    alone = extract_text(nlp, kb, "Canada wil een debat in de Algemene Vergadering van de "
                                  "Verenigde Naties over Iran.", on=date(2023, 4, 20))
    assert not [e for e in alone.events if e.type == "Debate"]
    asked = extract_text(nlp, kb, "Canada dringt aan op een debat in de Algemene "
                                  "Vergadering van de Verenigde Naties over Iran.",
                         on=date(2023, 4, 20))
    assert [e.modality.value for e in asked.events if e.type == "Debate"] == ["Proposed"]


def test_a_phrase_after_coordinated_nouns_belongs_to_each(nlp: Language,
                                                           kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Op 3 maart 2023 vonden een debat en een stemming plaats "
                                  "in het Europees Parlement.")
    (debate,) = [e for e in facts.events if e.type == "Debate"]
    assert "Europees Parlement" in {a.label for a in debate.actors()}


def test_statements_of_different_actors_in_one_sentence_stay_apart(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Na de verklaring van de Europese Unie van 2 mei 2023 "
                                  "sprak ook Canada een verklaring uit over Iran.",
                         on=date(2023, 5, 10))
    agents = [{a.label for a in e.roles.get("agent", [])} for e in facts.events
              if e.type == "Statement"]
    assert {"Europese Unie"} in agents
    assert not any({"Europese Unie", "Canada"} <= group for group in agents)


def test_a_perfect_tense_split_by_a_long_middle_field_is_still_past(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Zo heeft Canada, in reactie op de vervalste verkiezingen "
                                  "in Venezuela en de arrestaties van journalisten door de "
                                  "Venezolaanse autoriteiten, reeds twee pakketten gerichte "
                                  "sancties aangenomen.")
    sanctions = [e for e in facts.events if e.type == "Sanctions"]
    assert sanctions and "Canada" in {a.label for a in sanctions[0].roles.get("agent", [])}


def test_the_author_of_a_report_that_names_its_title_publishes_the_work(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Het verslag van Human Rights Watch van 12 mei 2022 "
                                  "«Crushing Dissent» beschrijft de repressie in Iran.",
                         on=date(2022, 6, 1))
    published = {(s.holder.label, label(s.target, facts)) for s in facts.stances
                  if s.type == "Publishes"}
    assert ("Human Rights Watch", "Crushing Dissent") in published


def test_he_is_the_one_person_named_before_him(nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Het land wordt al twintig jaar bestuurd door president "
                                  "Ilham Aliyev en ook in februari 2024 won hij de "
                                  "presidentsverkiezingen.")
    (election,) = [e for e in facts.events if e.type == "Election"]
    assert "Ilham Aliyev" in {a.label for a in election.actors()}
    two = extract_text(nlp, kb, "Ilham Aliyev sprak met Nikol Pasjinjan en daarna won hij "
                                "de presidentsverkiezingen.")
    assert not [e for e in two.events if e.type == "Election" and e.actors()
                and {a.type for a in e.actors()} == {"PER"}]


def test_an_act_of_state_named_by_its_adjective_is_the_authorities_act(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Canada veroordeelt de Iraanse repressie van vreedzame "
                                  "demonstranten.")
    assert {(s.type, s.holder.label, label(s.target, facts)) for s in facts.stances} == {
        ("Condemns", "Canada", "Iraanse autoriteiten")}


def test_mentions_of_events_that_befall_different_people_stay_apart(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "De Europese Unie veroordeelt de arrestatie van Aleksej "
                                  "Navalny. Het kabinet is ernstig bezorgd over de massale "
                                  "arrestaties van vreedzame demonstranten in Rusland.",
                         on=date(2021, 2, 1))
    patients = [{a.label for a in e.roles.get("patient", [])} for e in facts.events
                if e.type == "Arrest"]
    assert {"Aleksej Navalny"} in patients
    assert not any(len(group) > 1 for group in patients)


def test_a_dated_definite_mention_joins_an_undated_definite_one(nlp: Language,
                                                                 kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Situatie in Armenië na de parlementsverkiezingen\n\n"
                                  "De parlementsverkiezingen in Armenië van 20 juni 2021 "
                                  "verliepen volgens de waarnemers ordelijk.",
                         on=date(2021, 7, 1))
    assert [(kind, day) for kind, _, day in _events(facts)] == [("Election", "2021-06-20")]


def test_an_event_a_clause_asks_for_is_proposed_and_apart_from_the_real_one(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "De Europese Unie nam op 3 mei 2023 sancties aan tegen "
                                  "Iran. Nederland pleit voor nieuwe sancties tegen de "
                                  "Iraanse autoriteiten.", on=date(2023, 6, 1))
    sanctions = {(e.modality.value, str(e.time.first) if e.time else None)
                 for e in facts.events if e.type == "Sanctions"}
    assert sanctions == {("Asserted", "2023-05-03"), ("Proposed", None)}
    negated = extract_text(nlp, kb, "Nederland is geen voorstander van sancties tegen Iran.")
    assert not [e for e in negated.events if e.type == "Sanctions"]
    named = extract_text(nlp, kb, "Nederland pleit voor het zestiende sanctiepakket tegen "
                                  "Rusland.", on=date(2025, 1, 27))
    assert [e.modality.value for e in named.events if e.type == "Sanctions"] == ["Proposed"]


def test_the_document_place_is_the_country_it_is_about_not_the_writer_s(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Nederland steunt de Venezolaanse oppositie. Nederland roept de Venezolaanse "
            "autoriteiten op alle gevangenen vrij te laten. De verkiezingen waren niet vrij.")
    facts = extract_text(nlp, kb, text, on=ON, speaker="Wopke Hoekstra",
                         kind=PassageKind.ANSWER)
    places = {a.label for e in facts.events if e.type == "Election"
              for a in e.roles.get("place", [])}
    assert places == {"Venezuela"}


def test_a_determiner_before_a_participle_phrase_makes_the_noun_definite(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Op 28 juli 2024 vonden in Venezuela presidentsverkiezingen plaats. Nederland erkent "
            "de door de CNE afgekondigde uitslag niet zolang de resultaten niet openbaar zijn.")
    elections = [e for e in extract_text(nlp, kb, text, on=date(2024, 8, 12)).events
                 if e.type == "Election"]
    assert len(elections) == 1  # the result is that of the election named before



def test_a_demonstrative_takes_up_the_earlier_event_whoever_it_adds(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "De Algemene Vergadering van de Verenigde Naties nam op 7 "
                                  "april 2022 een resolutie over Oekraïne aan. Duitsland heeft "
                                  "deze resolutie mede ingediend.", on=date(2022, 5, 1))
    (resolution,) = [e for e in facts.events if e.type == "Resolution"]
    assert {a.label for a in resolution.roles["agent"]} == {
        "Algemene Vergadering van de Verenigde Naties", "Duitsland"}
    assert str(resolution.time.first) == "2022-04-07"  # type: ignore[union-attr]


def test_an_object_the_parser_took_for_a_bare_obl_is_still_the_target(
        nlp: Language, kb: KnowledgeBase) -> None:
    facts = extract_text(nlp, kb, "Human Rights Watch bracht op 3 mei 2023 een rapport uit "
                                  "over Iran. De Europese Commissie verwelkomt dit rapport.",
                         on=date(2023, 6, 1))
    (report,) = [e for e in facts.events if e.type == "Report"]
    supports = [s for s in facts.stances if s.type == "Supports"]
    assert [(s.holder.label, s.target) for s in supports] == [
        ("Europese Commissie", report.key)]
    # the parser labels `vorige maand` obl as well: a time, no object
    when = nlp("Frankrijk veroordeelde vorige maand krachtig.")
    assert when[3].dep_ == "obl" and logical_object(when[1]) == []
