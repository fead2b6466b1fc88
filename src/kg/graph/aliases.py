"""Merged entities in the graph: the nodes of entities that kg.link.merge found to denote
one actor become one node, with every other label as an alias; and one type per entity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..link.targets import Target
from .build import ENTITY_CLASSES, Quad
from .iris import Iris
from .namespaces import KG
from .store import add_quads


def described_entities(quads: Iterable[Quad], iris: Iris) -> list[Target]:
    """The entities the quads describe in the entity graph: one Target per label (`known` is
    not set: the gazetteer decides)."""
    prefix = str(iris.entity(""))
    labels: dict[URIRef, list[str]] = {}
    types: dict[URIRef, str] = {}
    for subject, predicate, value, graph in quads:
        if graph != iris.entity_graph or not isinstance(subject, URIRef):
            continue
        if predicate == RDFS.label:
            labels.setdefault(subject, []).append(str(value))
        elif predicate == KG.entityType:
            types[subject] = str(value)
    return [Target(str(node)[len(prefix):], label, types[node])
            for node, names in labels.items() if node in types for label in names]


def merge_entities(dataset: Dataset, iris: Iris, merged: Mapping[str, Target]) -> None:
    """Every quad that names a merged entity names its group's entity instead (a mention
    keeps its own text); that entity keeps the group's label as rdfs:label and gets the
    others as skos:altLabel."""
    for entity_id, target in sorted(merged.items()):
        old, new = iris.entity(entity_id), iris.entity(target.id)
        if old == new:
            continue
        quads = [(s, p, o, g) for s, p, o, g in {*dataset.quads((old, None, None, None)),
                                                  *dataset.quads((None, None, old, None))}
                 if isinstance(g, URIRef)]
        for s, p, o, g in quads:
            dataset.graph(g).remove((s, p, o))
        add_quads(dataset, [(new if s == old else s, p, new if o == old else o, g)
                            for s, p, o, g in quads])
    entities = dataset.graph(iris.entity_graph)
    for target in {t.id: t for t in merged.values()}.values():
        node, label = iris.entity(target.id), Literal(target.label, lang="nl")
        for other in sorted(set(entities.objects(node, RDFS.label)) - {label}, key=str):
            entities.remove((node, RDFS.label, other))
            entities.add((node, SKOS.altLabel, other))


def one_type_each(dataset: Dataset, iris: Iris, described: Sequence[Iterable[Target]],
                  merged: Mapping[str, Target]) -> None:
    """An entity typed differently in different places (the NER calls a name ORG in one
    document and MISC in another) keeps one kg:entityType, with its classes: the type most
    documents give it, ties broken in the order of ENTITY_CLASSES."""
    votes: dict[str, Counter[str]] = {}
    for document in described:
        for entity_id, kind in {(t.id, t.type) for t in document}:
            target = merged.get(entity_id)
            votes.setdefault(target.id if target else entity_id, Counter())[kind] += 1
    entities = dataset.graph(iris.entity_graph)
    order = list(ENTITY_CLASSES)
    for entity_id, counts in sorted(votes.items()):
        node = iris.entity(entity_id)
        kinds = {str(k) for k in entities.objects(node, KG.entityType)}
        if len(kinds) < 2:
            continue
        kept = max(kinds, key=lambda k: (counts[k], -order.index(k)))
        for kind in kinds - {kept}:
            entities.remove((node, KG.entityType, Literal(kind)))
            for cls in set(ENTITY_CLASSES[kind]) - set(ENTITY_CLASSES[kept]):
                entities.remove((node, RDF.type, cls))
