"""Entities the gazetteer does not know merge across documents when they denote one actor."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.api import build
from kg.graph.aliases import one_type_each
from kg.graph.build import entity_description
from kg.graph.iris import Iris
from kg.graph.namespaces import ITSRDF, KG, NIF, SCHEMA
from kg.graph.store import add_quads, new_dataset
from kg.link.merge import merged_entities
from kg.link.targets import Target
from kg.paths import SHIPPED_MODEL_DIR
from linking import gazetteer


def person(name: str) -> Target:
    return Target.named(name, "PER")


def organisation(name: str) -> Target:
    return Target.named(name, "ORG")


def merged(*documents: list[Target]) -> dict[str, str]:
    """Entity id -> the id it merges into, for the entities of the documents."""
    return {i: t.id for i, t in merged_entities(documents, gazetteer()).items()}


def test_a_surname_and_spelling_variants_merge_into_one_person() -> None:
    found = merged([person("Pavel Dobrovolski")], [person("Dobrovolski")],
                   [person("Pavel Dobrowolski"), person("PAVEL DOBROWOLSKI")],
                   [person("Pavel Dobrovolskiy")])
    assert found == dict.fromkeys(
        ["name-dobrovolski", "name-pavel-dobrovolski", "name-pavel-dobrowolski",
         "name-pavel-dobrovolskiy"], "name-pavel-dobrovolskiy")  # the longest label


def test_a_surname_of_two_people_stays_apart() -> None:
    assert merged([person("Jan Martens")], [person("Marie Martens")], [person("Martens")]) == {}


def test_a_gazetteer_persons_surname_or_spelling_is_left_to_the_linker() -> None:
    # Lydia Peeters and Josep Borrell are in the gazetteer
    assert merged([person("Jan Peeters")], [person("Peeters")]) == {}
    assert merged([person("Josep Borel")], [person("Josep Borrel")]) == {}
    kb = gazetteer()
    borrell = Target.of(kb.entities["josep-borrell"])
    assert merged([person("Borrell"), borrell], [person("Josep Borrel")]) == {}


def test_persons_stay_apart_across_gender_type_and_one_document() -> None:
    assert merged([person("Anna Kolesnikov")], [person("Anna Kolesnikova")]) == {}
    assert merged([person("Jan Martens")], [organisation("Martens")]) == {}
    assert merged([person("Pieter Vandamme"), person("Pieter Vandame")]) == {}
    assert merged([person("Voorzitter van de Eerste Kamer der Staten-Generaal")],
                  [person("Voorzitter van de Tweede Kamer der Staten-Generaal")]) == {}


def test_organisations_merge_only_by_the_same_name_without_an_article() -> None:
    found = merged([organisation("De Stichting Vrije Pers")],
                   [organisation("Stichting Vrije Pers")],
                   [organisation("Stichting Open Media"), organisation("Stichting Vrije Media")])
    assert found == dict.fromkeys(["name-de-stichting-vrije-pers", "name-stichting-vrije-pers"],
                                  "name-stichting-vrije-pers")


DOCUMENTS = (
    "Pavel Dobrovolski werd op 7 september in Minsk gearresteerd.\n",
    "Volgens Dobrovolski zit hij nog altijd vast in Minsk.\n",
    "De oppositieleider Pavel Dobrowolski weigerde het land te verlaten.\n",
    "Jan Martens werd op 7 september in Minsk gearresteerd.\n",
    "Marie Martens werd op 7 september in Minsk gearresteerd.\n",
    "Volgens Martens is het plan onhaalbaar.\n",
    "Volgens Peeters is het plan onhaalbaar.\n",
)


@pytest.mark.slow
@pytest.mark.skipif(not (SHIPPED_MODEL_DIR / "meta.json").exists(),
                    reason="the trained model is not in src/kg/models/nl_core_kg")
def test_the_built_graph_has_one_node_per_actor(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, text in enumerate(DOCUMENTS):
        (corpus / f"doc{number}.txt").write_text(text, "utf-8")
    build([corpus], tmp_path / "out", workers=1, html=False, formats=["trig"])
    dataset = Dataset(default_union=True)
    dataset.parse(tmp_path / "out" / "graph.trig", format="trig")
    linked = {str(text): str(entity).rsplit("/", 1)[1]
              for mention, text in dataset.subject_objects(NIF.anchorOf)
              for entity in dataset.objects(mention, ITSRDF.taIdentRef)}
    assert {text: linked.get(text) for text in (
        "Pavel Dobrovolski", "Dobrovolski", "Pavel Dobrowolski", "Jan Martens", "Marie Martens",
        "Martens", "Peeters")} == {
        "Pavel Dobrovolski": "name-pavel-dobrovolski", "Dobrovolski": "name-pavel-dobrovolski",
        "Pavel Dobrowolski": "name-pavel-dobrovolski", "Jan Martens": "name-jan-martens",
        "Marie Martens": "name-marie-martens", "Martens": "name-martens",
        "Peeters": "lydia-peeters"}  # by the linker, in its document
    node = URIRef("https://w3id.org/kg-nl/id/entity/name-pavel-dobrovolski")
    assert set(dataset.objects(node, RDFS.label)) == {Literal("Pavel Dobrovolski", lang="nl")}
    assert set(dataset.objects(node, SKOS.altLabel)) == {
        Literal("Dobrovolski", lang="nl"), Literal("Pavel Dobrowolski", lang="nl")}
    gone = URIRef("https://w3id.org/kg-nl/id/entity/name-pavel-dobrowolski")
    assert not set(dataset.quads((gone, None, None, None)))
    assert not set(dataset.quads((None, None, gone, None)))


def test_an_entity_typed_differently_keeps_the_type_most_documents_give_it() -> None:
    iris = Iris()
    dataset = new_dataset()
    for kind in ("ORG", "MISC"):
        add_quads(dataset, [(*triple, iris.entity_graph) for triple in
                            entity_description(iris, "name-free-belarus", "Free Belarus", kind,
                                               None)])
    described = [[Target("name-free-belarus", "Free Belarus", kind)]
                 for kind in ("MISC", "ORG", "ORG")]
    one_type_each(dataset, iris, described, {})
    node = iris.entity("name-free-belarus")
    entities = dataset.graph(iris.entity_graph)
    assert {str(kind) for kind in entities.objects(node, KG.entityType)} == {"ORG"}
    assert SCHEMA.Organization in set(entities.objects(node, RDF.type))
    assert KG.Concept not in set(entities.objects(node, RDF.type))
