"""The extraction of one document: rule matches -> events -> stances (a pure function)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..ingest.records import Agent, Document
from ..link.agents import ResolvedAgent
from ..link.kb import KnowledgeBase
from ..link.mentions import Mention
from .actors import ActorIndex
from .events import extract_events
from .match import RuleMatcher
from .offices import memberships, office_stances, party_stances
from .records import Facts
from .rules import Rule
from .stances import (
    extract_stances,
    participation_stances,
    publications,
    structure_stances,
    unique,
)
from .timing import TimeIndex, document_times, writing_period

_MATCHERS: dict[tuple[int, int], tuple[Sequence[Rule], RuleMatcher]] = {}


def extract(doc: Doc, document: Document, mentions: Sequence[Mention],
            agents: Mapping[Agent, ResolvedAgent], kb: KnowledgeBase,
            rules: Sequence[Rule]) -> Facts:
    """The stances and events a document states.

    doc (Doc): the parsed clean text (`document.text`); without a dependency parse only the
        stances of the document structure (who asks, who answers) are found.
    document (Document): the ingested document (passages with speakers, date).
    mentions (Sequence[Mention]): its linked entity mentions.
    agents (Mapping[Agent, ResolvedAgent]): its resolved askers, addressees and speakers.
    kb (KnowledgeBase): the gazetteer (offices: the government a minister speaks for, who
        holds the offices the text names).
    rules (Sequence[Rule]): the relation rules (kg.extract.rules.load_rules).
    RETURNS (Facts): the events and stances, in text order.
    """
    matches = _matcher(rules, doc.vocab)(doc)
    meta = document.meta
    reference = meta.date or meta.date_answered or meta.date_asked
    index = ActorIndex(doc, document, mentions, agents, kb)
    signatories = [agents[a] for a in meta.signatories if a in agents]
    times = TimeIndex(doc, document_times(document, writing_period(signatories, kb)),
                      {m.trigger.i for m in matches if m.rule.event},
                      {m.trigger.i for m in matches if m.rule.stance})
    events = extract_events(matches, index, times, meta.date or meta.date_answered)
    stated = memberships(extract_stances(matches, index, times, reference), kb)
    stances = unique([*structure_stances(doc, document, agents),
                      *party_stances(doc, document, mentions, agents),
                      *office_stances(doc, document, mentions, kb),
                      *publications(stated, events, reference),
                      *participation_stances(events, reference)])
    return Facts(tuple(stances), tuple(events))


def _matcher(rules: Sequence[Rule], vocab: Vocab) -> RuleMatcher:
    """One matcher per rule set and vocabulary, built on first use."""
    key = (id(rules), id(vocab))
    if key not in _MATCHERS or _MATCHERS[key][0] is not rules:
        _MATCHERS[key] = (rules, RuleMatcher(rules, vocab))
    return _MATCHERS[key][1]
