"""RDF for the stances and events of one document (vocabulary in ontology/kg.ttl).

A stance is a kg:Stance node (GRaSP style: holder, target, type, polarity, modality, dates,
the sentence it was derived from and the exact evidence span); only a positive, asserted
stance also gets the direct triple `<holder> kg:supports <target>`. An event is a sem:Event
with its kg event class, participants by role, time and modality. Offsets point into the
original file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from ..analysis import Analysis
from ..dates import TimeExpression
from ..extract.records import Actor, Event, Facts, Span, Stance
from .iris import Iris
from .namespaces import KG, NIF, SEM
from .spans import Triple, span_triples

ROLE_PROPERTIES = {"agent": KG.agent, "patient": KG.patient, "participant": SEM.hasActor,
                   "place": SEM.hasPlace}  # fmt: skip
EVENT_CLASSES = {"Other": KG.OtherEvent}


def fact_triples(analysis: Analysis, iris: Iris) -> Iterator[Triple]:
    """The document graph's triples about the stances and events of an analysed document."""
    doc = iris.document(analysis.document.id)
    events = {event.key: _event_iri(doc, event.key) for event in analysis.facts.events}
    for event in analysis.facts.events:
        yield from _event_triples(analysis, iris, events[event.key], event)
    for number, stance in enumerate(analysis.facts.stances, 1):
        yield from _stance_triples(analysis, iris, URIRef(f"{doc}/stance/{number}"), stance,
                                   events)


def fact_actors(facts: Facts) -> Iterator[Actor]:
    """Every entity a stance or event names, for the entity graph's descriptions."""
    for stance in facts.stances:
        yield stance.holder
        if isinstance(stance.target, Actor):
            yield stance.target
        if stance.source is not None:
            yield stance.source
    for event in facts.events:
        yield from event.actors()


def _stance_triples(analysis: Analysis, iris: Iris, node: URIRef, stance: Stance,
                    events: dict[int, URIRef]) -> Iterator[Triple]:
    holder = iris.entity(stance.holder.entity_id)
    target = (events[stance.target] if isinstance(stance.target, int)
              else iris.entity(stance.target.entity_id))
    yield node, RDF.type, KG.Stance
    yield node, KG.stanceType, KG[stance.type]
    if stance.relation:
        yield node, KG.relationName, Literal(stance.relation)
    yield node, KG.holder, holder
    yield node, KG.target, target
    yield node, KG.polarity, KG[stance.polarity.value]
    yield node, KG.modality, KG[stance.modality.value]
    if stance.stated_on is not None:
        yield node, KG.statedOn, _date(stance.stated_on)
    day = _single_day(stance.time)
    if day is not None:
        yield node, KG.date, _date(day)
    if stance.source is not None:
        yield node, PROV.wasAttributedTo, iris.entity(stance.source.entity_id)
    yield node, KG.rule, Literal(stance.rule)
    yield from _provenance(analysis, iris, node, stance.sentence, stance.evidence)
    if stance.asserted and stance.type != "OtherRelation":
        yield holder, KG[stance.type[:1].lower() + stance.type[1:]], target


def _event_triples(analysis: Analysis, iris: Iris, node: URIRef,
                   event: Event) -> Iterator[Triple]:
    yield node, RDF.type, SEM.Event
    yield node, RDF.type, EVENT_CLASSES.get(event.type, KG[event.type])
    yield node, RDFS.label, Literal(event.label, lang="nl")
    yield node, KG.eventType, Literal(event.type)
    for role, actors in event.roles.items():
        for actor in actors:
            yield node, ROLE_PROPERTIES[role], iris.entity(actor.entity_id)
    yield from _time_triples(node, event.time)
    yield node, KG.modality, KG[event.modality.value]
    yield node, KG.rule, Literal(event.rule)
    yield from _provenance(analysis, iris, node, event.sentence, event.trigger)


def _time_triples(node: URIRef, time: TimeExpression | None) -> Iterator[Triple]:
    """One day as sem:hasTimeStamp; a month or year as its first day with its precision; an
    interval, week or season as begin and end; the text as written in any case."""
    if time is None:
        return
    yield node, KG.dateText, Literal(" ".join(time.text.split()))
    if time.first is None or time.last is None:
        return
    if time.precision in {"month", "year"} or time.first == time.last:
        yield node, SEM.hasTimeStamp, _date(time.first)
    else:
        yield node, SEM.hasBeginTimeStamp, _date(time.first)
        yield node, SEM.hasEndTimeStamp, _date(time.last)
    precision = time.precision if time.precision in {"month", "year", "season"} else "day"
    yield node, KG.datePrecision, Literal(precision)


def _provenance(analysis: Analysis, iris: Iris, node: URIRef, sentence: Span,
                evidence: Span) -> Iterator[Triple]:
    """prov:wasDerivedFrom the sentence and kg:evidence the exact span, both as NIF strings."""
    document = analysis.document
    sentence_node, triples = span_triples(document, iris, "sentence", sentence.start,
                                          sentence.end, NIF.Sentence)
    yield from triples
    yield node, PROV.wasDerivedFrom, sentence_node
    span_node, triples = span_triples(document, iris, "evidence", evidence.start, evidence.end,
                                      NIF.String)
    yield from triples
    yield node, KG.evidence, span_node


def _event_iri(doc: URIRef, key: int) -> URIRef:
    return URIRef(f"{doc}/event/{key}")


def _single_day(time: TimeExpression | None) -> date | None:
    if time is None or time.first is None or time.first != time.last:
        return None
    return time.first




def _date(day: date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)
