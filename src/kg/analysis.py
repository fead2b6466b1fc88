"""The per-document work: parse an ingested document and link what it names.

`analyse` is a pure function of its inputs (document, pipeline, knowledge base), so a corpus
can be analysed in any order, in parallel, or on other machines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language

from .extract import Facts, Rule, default_rules, extract
from .ingest.records import Agent, Document
from .link.agents import ResolvedAgent, resolve_agent
from .link.context import LinkContext
from .link.kb import KnowledgeBase
from .link.mentions import Mention, link_mentions
from .nlp.layout import annotate


@dataclass(frozen=True)
class Analysis:
    """What the pipeline found in one document.

    sentences (tuple[tuple[int, int], ...]): sentence spans in the clean text.
    mentions (tuple[Mention, ...]): entity mentions in text order.
    agents (dict[Agent, ResolvedAgent]): every askers, addressee, signatory and speaker.
    facts (Facts): the stances and events the document states (kg.extract).
    """

    document: Document
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    agents: dict[Agent, ResolvedAgent]
    facts: Facts = field(default_factory=Facts)

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The span of the sentence holding clean-text offset `offset` (binary search: the
        sentences are in text order and do not overlap)."""
        index = bisect_right(self.sentences, offset, key=lambda span: span[0]) - 1
        if index >= 0 and offset < self.sentences[index][1]:
            return self.sentences[index]
        return None


def analyse(document: Document, nlp: Language, kb: KnowledgeBase,
            rules: Sequence[Rule] | None = None) -> Analysis:
    """Run the spaCy pipeline over the clean text, link its entities and the document's agents,
    and extract its stances and events.

    document (Document): an ingested document.
    nlp (Language): the pipeline from kg.nlp.load_pipeline.
    kb (KnowledgeBase): the gazetteer.
    rules (Sequence[Rule] | None): relation rules; None for those in data/rules.
    RETURNS (Analysis): sentences, linked mentions, resolved agents, stances and events.
    """
    doc = annotate(nlp, document.text)
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation(
        "SENT_START") else ((0, len(document.text)),)
    agents = resolve_agents(document, kb)
    mentions = tuple(link_mentions(doc, kb, LinkContext.of(document, agents)))
    facts = extract(doc, document, mentions, agents, kb,
                    default_rules() if rules is None else rules)
    return Analysis(document=document, sentences=sentences, mentions=mentions, agents=agents,
                    facts=facts)


def resolve_agents(document: Document, kb: KnowledgeBase) -> dict[Agent, ResolvedAgent]:
    """Resolve every agent the metadata and passages name, on the document's date."""
    meta = document.meta
    on: date | None = meta.date or meta.date_answered or meta.date_asked
    agents = [*meta.askers, *meta.addressees, *meta.signatories,
              *(p.speaker for p in document.passages if p.speaker is not None)]
    return {agent: resolve_agent(agent, kb, on) for agent in dict.fromkeys(agents)}
