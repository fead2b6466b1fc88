"""Helpers for the tests of kg.link: the blank pipeline with the shipped gazetteer, and the
mentions it links in a sentence."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.language import Language

from kg.ingest.records import Agent
from kg.link.agents import ResolvedAgent
from kg.link.context import LinkContext, Voice
from kg.link.kb import KnowledgeBase
from kg.link.mentions import link_mentions
from kg.nlp.pipeline import load_pipeline
from kg.paths import GAZETTEER_DIR


@lru_cache(maxsize=1)
def gazetteer() -> KnowledgeBase:
    return KnowledgeBase.from_dir(GAZETTEER_DIR)


@lru_cache(maxsize=1)
def blank() -> Language:
    return load_pipeline("blank", kb=gazetteer())


def linked(text: str, context: LinkContext | None = None) -> list[tuple[str, str]]:
    """(mention text, entity id) for every mention of `text`, in text order."""
    doc = blank()(text)
    return [(m.text, m.entity_id) for m in link_mentions(doc, gazetteer(), context)]


def context(day: str | None, jurisdiction: str, *, speaker: str | None = None,
            for_government: bool = True, addressee: str | None = None) -> LinkContext:
    """A document context; `speaker` (a gazetteer id) speaks in the whole text."""
    kb = gazetteer()
    voices, agents, addressees = [], [], []
    if speaker:
        agent = ResolvedAgent(Agent(name=kb.entities[speaker].label), kb.entities[speaker],
                              kb.entities[speaker].label)
        voices.append(Voice(0, 10_000, agent, for_government))
        agents.append(agent)
    if addressee:
        person = kb.entities[addressee]
        addressees.append(ResolvedAgent(Agent(name=person.label), person, person.label))
    return LinkContext(day=date.fromisoformat(day) if day else None, jurisdiction=jurisdiction,
                       voices=tuple(voices), agents=tuple(agents + addressees),
                       addressees=tuple(addressees))
