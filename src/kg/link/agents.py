"""Resolve the people a document names in its header (askers, ministers, signatories)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..ingest.records import Agent
from .kb import Entity, KnowledgeBase, normalise
from .titles import PARTICLES, TITLES

JOINT_NAMES = re.compile(r"\s(?:en|&)\s|,")
"""Names of several people in one agent (the askers of joint Kamervragen)."""


@dataclass(frozen=True)
class ResolvedAgent:
    """An Agent with the entity it denotes (None when the KB does not know it).

    name (str | None): canonical name when resolved, else the name as written.
    """

    agent: Agent
    entity: Entity | None
    name: str | None

    @property
    def label(self) -> str:
        """The best name for display: canonical name, name as written, or the office."""
        return self.name or self.agent.name or self.agent.role or "onbekend"


def resolve_agent(agent: Agent, kb: KnowledgeBase, on: date | None) -> ResolvedAgent:
    """Find the person an Agent denotes: by name, by surname or initials, or by office and date.

    agent (Agent): as the document names it.
    kb (KnowledgeBase): the gazetteer.
    on (date | None): the document date (or a lower bound): offices are matched on it.
    RETURNS (ResolvedAgent): the entity, or the agent's own name when nothing fits exactly once
        or the name joins several people (`Ceder en Van der Staaij`).
    """
    office_holders = kb.office_holders(agent.role, agent.jurisdiction, on) if agent.role else []
    if agent.name and JOINT_NAMES.search(agent.name):
        return ResolvedAgent(agent, None, agent.name)  # `Ceder en Van der Staaij`: several
    if agent.name:
        candidates = [e for e in kb.lookup(agent.name) if e.type == "PER"]
        if not candidates:
            candidates = by_surname(agent.name, kb)
        if len(candidates) > 1 and office_holders:
            candidates = [e for e in candidates if e in office_holders]
        if len(candidates) > 1 and agent.party:
            parties = {e.id for e in kb.lookup(agent.party)}
            candidates = [e for e in candidates if e.party in parties]
        if len(candidates) == 1:
            return ResolvedAgent(agent, candidates[0], candidates[0].label)
        return ResolvedAgent(agent, None, agent.name)
    if len(office_holders) == 1:
        return ResolvedAgent(agent, office_holders[0], office_holders[0].label)
    return ResolvedAgent(agent, None, None)


def by_surname(name: str, kb: KnowledgeBase) -> list[Entity]:
    """`Blok`, `S.A. Blok`, `minister Blok` -> persons whose name ends in that surname; a
    written-out first name must be theirs (`Jan Peeters` is not Lydia Peeters)."""
    words = name.replace(".", ". ").split()
    surname = normalise(words[-1])
    initials = [w[0].lower() for w in words[:-1] if re.fullmatch(r"[A-Z]\.", w)]
    given = _given_name(words)
    found = []
    for entity in kb.entities.values():
        if entity.type != "PER":
            continue
        for full in entity.names:
            parts = full.split()
            if (len(parts) > 1 and normalise(parts[-1]) == surname
                    and (not initials or normalise(parts[0])[:1] == initials[0])
                    and (given is None or normalise(parts[0]) == given)):
                found.append(entity)
                break
    return found


def _given_name(words: list[str]) -> str | None:
    """The normalised first name of `Firstname [particles] Surname`; None when the words
    before the surname hold an initial, a title or anything but capitalised names."""
    before = [w for w in words[:-1] if w not in PARTICLES]
    if not before or any(not (w[:1].isupper() and w.isalpha()) or w.lower() in TITLES
                         for w in before):
        return None
    return normalise(before[0])
