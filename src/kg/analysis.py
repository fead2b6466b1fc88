"""The per-document work: parse an ingested document and link what it names.

`analyse` is a pure function of its inputs (document, pipeline, knowledge base), so a corpus
can be analysed in any order, in parallel, or on other machines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from .ingest.records import Agent, Document
from .link.agents import ResolvedAgent, resolve_agent
from .link.context import LinkContext
from .link.kb import KnowledgeBase
from .link.mentions import Mention, link_mentions


@dataclass(frozen=True)
class Analysis:
    """What the pipeline found in one document.

    sentences (tuple[tuple[int, int], ...]): sentence spans in the clean text.
    mentions (tuple[Mention, ...]): entity mentions in text order.
    agents (dict[Agent, ResolvedAgent]): every askers, addressee, signatory and speaker.
    """

    document: Document
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    agents: dict[Agent, ResolvedAgent]

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The span of the sentence holding clean-text offset `offset`."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return None


def analyse(document: Document, nlp: Language, kb: KnowledgeBase) -> Analysis:
    """Run the spaCy pipeline over the clean text, link its entities and the document's agents.

    document (Document): an ingested document.
    nlp (Language): the pipeline from kg.nlp.load_pipeline.
    kb (KnowledgeBase): the gazetteer.
    RETURNS (Analysis): sentences, linked mentions and resolved agents.
    """
    doc = nlp(document.text)
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation(
        "SENT_START") else ((0, len(document.text)),)
    agents = resolve_agents(document, kb)
    return Analysis(
        document=document,
        sentences=sentences,
        mentions=tuple(link_mentions(doc, kb, LinkContext.of(document, agents))),
        agents=agents,
    )


def resolve_agents(document: Document, kb: KnowledgeBase) -> dict[Agent, ResolvedAgent]:
    """Resolve every agent the metadata and passages name, on the document's date."""
    meta = document.meta
    on: date | None = meta.date or meta.date_answered or meta.date_asked
    agents = [*meta.askers, *meta.addressees, *meta.signatories,
              *(p.speaker for p in document.passages if p.speaker is not None)]
    return {agent: resolve_agent(agent, kb, on) for agent in dict.fromkeys(agents)}
