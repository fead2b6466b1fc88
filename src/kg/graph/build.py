"""RDF for one analysed document: a pure function from an Analysis to quads.

Document facts (metadata, passages, sentences, mentions) go into the document's own named
graph; what the document says about entities (labels, types, Wikidata links) goes into the
shared entity graph, where identical triples from many documents merge. Offsets in the graph
always point into the original file (`Document.source.original`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD
from rdflib.term import Node

from ..analysis import Analysis
from ..ingest.records import DocType, PassageKind
from ..link.agents import ResolvedAgent
from ..link.mentions import name_id
from .facts import fact_actors, fact_triples
from .iris import Iris
from .namespaces import ITSRDF, KG, NIF, SCHEMA, SEM, WD
from .spans import Triple, integer, span_triples

Quad = tuple[Node, Node, Node, URIRef]

DOC_CLASSES = {
    DocType.WRITTEN_QUESTION: KG.WrittenQuestion,
    DocType.WRITTEN_QUESTION_ANSWERED: KG.WrittenQuestion,
    DocType.KAMERVRAGEN: KG.ParliamentaryQuestions,
    DocType.KAMERVRAGEN_UNANSWERED: KG.ParliamentaryQuestions,
    DocType.KAMERBRIEF: KG.LetterToParliament,
    DocType.OTHER: KG.Document,
}
PASSAGE_CLASSES = {
    PassageKind.QUESTION: KG.Question,
    PassageKind.ANSWER: KG.Answer,
    PassageKind.SIGNATURE: KG.Signature,
    PassageKind.FOOTNOTE: KG.Footnote,
}
ENTITY_CLASSES = {
    "PER": (SCHEMA.Person, SEM.Actor),
    "ORG": (SCHEMA.Organization, SEM.Actor),
    "LOC": (SCHEMA.Place, SEM.Place),
    "EVENT": (SEM.Event,),
    "WORK": (SCHEMA.CreativeWork,),
    "MISC": (KG.Concept,),
}


def document_quads(analysis: Analysis, iris: Iris) -> list[Quad]:
    """Every quad kg states about one analysed document.

    analysis (Analysis): the document with its sentences, mentions and agents.
    iris (Iris): the IRI factory (base IRI).
    RETURNS (list[Quad]): (subject, predicate, object, graph) in a stable order.
    """
    graph = iris.document_graph(analysis.document.id)
    quads = [(s, p, o, graph) for s, p, o in _document_triples(analysis, iris)]
    quads += [(s, p, o, graph) for s, p, o in fact_triples(analysis, iris)]
    quads += [(s, p, o, iris.entity_graph) for s, p, o in _entity_triples(analysis, iris)]
    return quads



def _document_triples(analysis: Analysis, iris: Iris) -> Iterator[Triple]:
    document = analysis.document
    doc = iris.document(document.id)
    meta = document.meta
    yield doc, RDF.type, KG.Document
    yield doc, RDF.type, DOC_CLASSES[meta.doc_type]
    yield doc, RDF.type, NIF.Context
    yield doc, DCTERMS.type, Literal(meta.doc_type.value)
    yield doc, DCTERMS.language, Literal("nl", datatype=XSD.language)
    yield doc, KG.fileName, Literal(document.source.path.name)
    yield doc, KG.sha256, Literal(document.source.sha256)
    yield doc, KG.sourceFormat, Literal(document.source.format.value)
    yield doc, NIF.endIndex, integer(len(document.source.original))
    for predicate, value in ((DCTERMS.title, meta.title), (DCTERMS.identifier, meta.number)):
        if value:
            yield doc, predicate, Literal(value)
    for predicate, day in ((DCTERMS.date, meta.date), (KG.dateAsked, meta.date_asked),
                           (KG.dateAnswered, meta.date_answered)):
        if day is not None:
            yield doc, predicate, _date(day)
    if meta.date is not None:
        yield doc, KG.dateSource, Literal(meta.date_source)
    for reference in meta.references:
        yield doc, DCTERMS.references, Literal(reference)
    for predicate, agents in ((SCHEMA.author, meta.authors), (KG.addressee, meta.addressees),
                              (KG.signatory, meta.signatories)):
        for agent in agents:
            yield doc, predicate, _agent_iri(analysis.agents[agent], iris)
    yield from _passage_triples(analysis, iris, doc)
    yield from _mention_triples(analysis, iris)


def _passage_triples(analysis: Analysis, iris: Iris, doc: URIRef) -> Iterator[Triple]:
    document = analysis.document
    questions: dict[int, URIRef] = {}
    for index, passage in enumerate((*document.passages, *document.footnotes), 1):
        node = iris.passage(document.id, index)
        start, end = document.original_span(passage.start, passage.end)
        yield node, RDF.type, KG.Passage
        yield node, RDF.type, PASSAGE_CLASSES.get(passage.kind, KG.Passage)
        yield node, KG.passageKind, Literal(passage.kind.value)
        yield node, DCTERMS.isPartOf, doc
        yield node, KG.position, integer(index)
        yield node, NIF.beginIndex, integer(start)
        yield node, NIF.endIndex, integer(end)
        yield node, RDF.value, Literal(document.text[passage.start:passage.end])
        if passage.number is not None:
            yield node, KG.number, integer(passage.number)
        if passage.speaker is not None:
            yield node, KG.speaker, _agent_iri(analysis.agents[passage.speaker], iris)
        if passage.kind is PassageKind.QUESTION and passage.number is not None:
            questions.setdefault(passage.number, node)
        if passage.kind is PassageKind.ANSWER and passage.number in questions:
            yield node, KG.answers, questions[passage.number]


def _mention_triples(analysis: Analysis, iris: Iris) -> Iterator[Triple]:
    document = analysis.document
    passages = {p: i for i, p in enumerate((*document.passages, *document.footnotes), 1)}
    sentences_done: set[tuple[int, int]] = set()
    for mention in analysis.mentions:
        node, triples = span_triples(document, iris, "mention", mention.start, mention.end,
                                     NIF.Phrase)
        yield from triples
        yield node, ITSRDF.taIdentRef, iris.entity(mention.entity_id)
        yield node, KG.nerLabel, Literal(mention.label)
        passage = document.passage_at(mention.start)
        if passage is not None:
            yield node, KG.passage, iris.passage(document.id, passages[passage])
        sentence = analysis.sentence_at(mention.start)
        if sentence is not None:
            sent_node, sent_triples = span_triples(document, iris, "sentence", *sentence,
                                                   NIF.Sentence)
            yield node, NIF.sentence, sent_node
            if sentence not in sentences_done:
                sentences_done.add(sentence)
                yield from sent_triples


def _entity_triples(analysis: Analysis, iris: Iris) -> Iterator[Triple]:
    for mention in analysis.mentions:
        yield from entity_description(iris, mention.entity_id, mention.entity_label,
                                      mention.entity_type, mention.qid)
    for resolved in analysis.agents.values():
        node = _agent_iri(resolved, iris)
        entity = resolved.entity
        if entity is not None:
            yield from entity_description(iris, entity.id, entity.label, entity.type, entity.qid)
        else:
            yield from entity_description(iris, _agent_id(resolved), resolved.label, "PER", None)
        if resolved.agent.role:
            yield node, KG.roleAsWritten, Literal(resolved.agent.role)
        if resolved.agent.party:
            yield node, KG.partyAsWritten, Literal(resolved.agent.party)
    for actor in fact_actors(analysis.facts):
        yield from entity_description(iris, actor.entity_id, actor.label, actor.type, actor.qid)


def entity_description(iris: Iris, entity_id: str, label: str, kind: str,
                       qid: str | None) -> Iterator[Triple]:
    """The entity graph's triples about one entity: classes, label, NER type, Wikidata link."""
    node = iris.entity(entity_id)
    yield node, RDF.type, KG.Entity
    for cls in ENTITY_CLASSES[kind]:
        yield node, RDF.type, cls
    yield node, RDFS.label, Literal(label, lang="nl")
    yield node, KG.entityType, Literal(kind)
    if qid:
        yield node, OWL.sameAs, WD[qid]


def _agent_iri(resolved: ResolvedAgent, iris: Iris) -> URIRef:
    if resolved.entity is not None:
        return iris.entity(resolved.entity.id)
    return iris.entity(_agent_id(resolved))


def _agent_id(resolved: ResolvedAgent) -> str:
    return name_id(resolved.label)


def _date(day: date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)

