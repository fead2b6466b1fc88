"""Posts and memberships of the entities in a graph, from the gazetteer (W3C ORG, OWL-Time).

For every entity in the graph, the gazetteer's offices become memberships with a time
interval (`org:Membership`, `org:memberDuring` a `time:Interval`) in the office, which is
both the `org:Post` (held by the person, in its organisation) and the membership's
`org:Role`; a party becomes `org:memberOf`. So a query can ask who held an office on a
document's date. These quads go into the entity graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, TIME, XSD
from rdflib.term import Node

from ..link.kb import Entity, KnowledgeBase, Office
from .build import Quad, entity_description
from .iris import Iris
from .namespaces import ORG
from .spans import Triple


def office_quads(kb: KnowledgeBase, iris: Iris, entities: Iterable[Node]) -> list[Quad]:
    """Quads (in the entity graph) for the offices and party of the given entity IRIs."""
    prefix = str(iris.entity(""))
    quads: list[Quad] = []
    for entity_iri in sorted({str(iri) for iri in entities}):
        entity = kb.entities.get(entity_iri.removeprefix(prefix))
        if entity is not None:
            quads += [(s, p, o, iris.entity_graph) for s, p, o in _entity_triples(kb, iris, entity)]
    return quads


def _entity_triples(kb: KnowledgeBase, iris: Iris, entity: Entity) -> Iterator[Triple]:
    person = iris.entity(entity.id)
    if entity.party and entity.party in kb.entities:
        yield from _described(iris, kb.entities[entity.party])
        yield person, ORG.memberOf, iris.entity(entity.party)
    for office in entity.offices:
        role = kb.roles.get(office.role)
        if role is None:
            continue
        post = iris.post(role.id)
        organisation = None
        if role.org and role.org in kb.entities:
            yield from _described(iris, kb.entities[role.org])
            organisation = iris.entity(role.org)
        yield post, RDF.type, ORG.Post
        yield post, RDF.type, ORG.Role
        yield post, RDFS.label, Literal(role.label, lang="nl")
        if organisation is not None:
            yield post, ORG.postIn, organisation
        yield person, ORG.holds, post
        yield from _membership(iris, person, entity.id, post, organisation, office)


def _described(iris: Iris, entity: Entity) -> Iterator[Triple]:
    return entity_description(iris, entity.id, entity.label, entity.type, entity.qid)


def _membership(iris: Iris, person: URIRef, entity_id: str, post: URIRef,
                organisation: URIRef | None, office: Office) -> Iterator[Triple]:
    start = office.start.isoformat() if office.start else "unknown"
    membership = iris.membership(entity_id, office.role, start)
    interval = URIRef(f"{membership}/during")
    yield membership, RDF.type, ORG.Membership
    yield membership, ORG.member, person
    yield membership, ORG.role, post
    if organisation is not None:
        yield membership, ORG.organization, organisation
    yield membership, ORG.memberDuring, interval
    yield interval, RDF.type, TIME.Interval
    for predicate, day, name in ((TIME.hasBeginning, office.start, "begin"),
                                 (TIME.hasEnd, office.end, "end")):
        if day is not None:
            instant = URIRef(f"{membership}/{name}")
            yield interval, predicate, instant
            yield instant, RDF.type, TIME.Instant
            yield instant, TIME.inXSDDate, _date(day)


def _date(day: date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)
