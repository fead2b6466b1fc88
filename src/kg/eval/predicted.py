"""What the built graph says about each document, read with SPARQL.

Only the vocabulary `kg build` writes is read: NIF mentions linked with itsrdf:taIdentRef,
entity descriptions in the entity graph, sem:Event nodes with kg:eventType, kg:Stance nodes
and the direct stance triples (`<holder> kg:supports <target>`). A relation is a positive
stance that the text asserts or announces (`zal ik ... veroordelen`: the gold counts planned
acts the text presents as real); conditional and proposed ones are not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset

from ..graph.namespaces import KG
from ..query.sparql import select

RELATION_PREDICATES = (
    "supports", "condemns", "callsUpon", "doesNotRecognize", "opposes", "imposesSanctionsOn",
    "publishes", "asksQuestionTo", "answers", "participatesIn", "memberOf", "holdsOffice",
    "concernedAbout",
)
PREFIXES = """\
PREFIX kg: <https://w3id.org/kg-nl/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
MENTIONS = PREFIXES + """
SELECT ?file ?entity ?anchor WHERE {
  GRAPH ?g { ?doc a kg:Document ; kg:fileName ?file .
             ?mention nif:referenceContext ?doc ; itsrdf:taIdentRef ?entity ;
                      nif:anchorOf ?anchor . }
}"""
ENTITIES = PREFIXES + """
SELECT ?entity ?label ?type ?same WHERE {
  GRAPH ?g { ?entity a kg:Entity ; rdfs:label ?label ; kg:entityType ?type .
             OPTIONAL { ?entity owl:sameAs ?same } }
}"""
EVENTS = PREFIXES + """
SELECT ?file ?event ?type ?date ?begin ?precision ?participant WHERE {
  GRAPH ?g { ?doc a kg:Document ; kg:fileName ?file .
             ?event a sem:Event ; kg:eventType ?type .
             OPTIONAL { ?event sem:hasTimeStamp ?date }
             OPTIONAL { ?event sem:hasBeginTimeStamp ?begin }
             OPTIONAL { ?event kg:datePrecision ?precision }
             OPTIONAL { ?event sem:hasActor|kg:agent|kg:patient|sem:hasPlace ?participant } }
}"""
DIRECT_RELATIONS = PREFIXES + """
SELECT ?file ?subject ?predicate ?object WHERE {
  GRAPH ?g { ?doc a kg:Document ; kg:fileName ?file .
             ?subject ?predicate ?object . VALUES ?predicate { %s } }
  GRAPH ?e { ?subject a kg:Entity }
}""" % " ".join(f"kg:{name}" for name in RELATION_PREDICATES)  # noqa: UP031
STANCES = PREFIXES + """
SELECT ?file ?holder ?kind ?name ?target WHERE {
  GRAPH ?g { ?doc a kg:Document ; kg:fileName ?file .
             ?stance a kg:Stance ; kg:stanceType ?kind ; kg:holder ?holder ; kg:target ?target .
             OPTIONAL { ?stance kg:relationName ?name }
             FILTER NOT EXISTS { ?stance kg:polarity ?polarity FILTER(?polarity != kg:Positive) }
             FILTER NOT EXISTS { ?stance kg:modality ?modality
                                 FILTER(?modality NOT IN (kg:Asserted, kg:Future)) } }
}"""
PRECISION_LENGTH = {"year": 4, "month": 7}


@dataclass
class PredictedEntity:
    iri: str
    label: str = ""
    type: str = "MISC"
    qid: str | None = None
    anchors: set[str] = field(default_factory=set)


@dataclass
class PredictedEvent:
    iri: str
    type: str
    date: str | None = None
    participants: set[str] = field(default_factory=set)


@dataclass
class PredictedDocument:
    """The entities its mentions link to, its events and asserted relations (IRIs)."""

    entities: dict[str, PredictedEntity] = field(default_factory=dict)
    events: dict[str, PredictedEvent] = field(default_factory=dict)
    relations: set[tuple[str, str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class Predictions:
    """Per source file name, what the graph holds for that document; and every entity."""

    documents: dict[str, PredictedDocument]
    entities: dict[str, PredictedEntity]


def read_predictions(dataset: Dataset) -> Predictions:
    """Read the documents' mentions, events and relations and the entity descriptions."""
    described = _entity_descriptions(dataset)
    documents: dict[str, PredictedDocument] = defaultdict(PredictedDocument)
    for row in select(dataset, MENTIONS):
        entities = documents[str(row["file"])].entities
        iri = str(row["entity"])
        if iri not in entities:
            entities[iri] = _copy(described.get(iri) or PredictedEntity(iri))
        entities[iri].anchors.add(str(row["anchor"]))
    for row in select(dataset, EVENTS):
        events = documents[str(row["file"])].events
        iri = str(row["event"])
        event = events.setdefault(iri, PredictedEvent(iri, str(row["type"])))
        day = row.get("date") or row.get("begin")
        if day is not None:
            event.date = str(day)[:PRECISION_LENGTH.get(str(row.get("precision")), 10)]
        if "participant" in row:
            event.participants.add(str(row["participant"]))
    for row in select(dataset, DIRECT_RELATIONS):
        name = str(row["predicate"]).removeprefix(str(KG))
        documents[str(row["file"])].relations.add((str(row["subject"]), name, str(row["object"])))
    for row in select(dataset, STANCES):
        name = str(row["name"]) if "name" in row else _predicate(str(row["kind"]))
        documents[str(row["file"])].relations.add((str(row["holder"]), name, str(row["target"])))
    return Predictions(dict(documents), described)


def _entity_descriptions(dataset: Dataset) -> dict[str, PredictedEntity]:
    """Label, type and Wikidata QID of every entity (the smallest label when several)."""
    entities: dict[str, PredictedEntity] = {}
    for row in sorted(select(dataset, ENTITIES), key=lambda r: str(r["label"])):
        iri = str(row["entity"])
        entity = entities.setdefault(iri, PredictedEntity(iri, str(row["label"]),
                                                          str(row["type"])))
        if "same" in row:
            entity.qid = str(row["same"]).rsplit("/", 1)[-1]
    return entities


def _copy(entity: PredictedEntity) -> PredictedEntity:
    return PredictedEntity(entity.iri, entity.label, entity.type, entity.qid, set(entity.anchors))


def _predicate(stance_type: str) -> str:
    """kg:CallsUpon -> callsUpon; kg:OtherRelation -> other:relation."""
    local = stance_type.removeprefix(str(KG))
    if local == "OtherRelation":
        return "other:relation"
    return local[:1].lower() + local[1:]
