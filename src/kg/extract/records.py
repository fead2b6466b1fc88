"""Typed results of the extraction: stances, events and the facts of one document."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from ..dates import TimeExpression


class Polarity(enum.StrEnum):
    POSITIVE = "Positive"
    NEGATIVE = "Negative"


class Modality(enum.StrEnum):
    """Whether the text presents an act as real (asserted) or as planned, possible or proposed."""

    ASSERTED = "Asserted"
    FUTURE = "Future"
    CONDITIONAL = "Conditional"
    PROPOSED = "Proposed"


STANCE_TYPES = (
    "Supports", "Condemns", "CallsUpon", "DoesNotRecognize", "Opposes", "ImposesSanctionsOn",
    "Publishes", "ConcernedAbout", "ParticipatesIn", "AsksQuestionTo", "Answers", "HoldsOffice",
    "MemberOf", "OtherRelation",
)  # fmt: skip
EVENT_TYPES = (
    "Election", "Protest", "Sanctions", "Debate", "Resolution", "Report", "Visit", "Mission",
    "Statement", "Meeting", "Arrest", "Other",
)  # fmt: skip
EVENT_ROLES = ("agent", "patient", "participant", "place")


@dataclass(frozen=True)
class Actor:
    """An entity that holds a stance or takes part in an event.

    entity_id (str): gazetteer id or `name-<slug>` (kg.link.mentions.name_id).
    label (str): its canonical or written name.
    type (str): PER, ORG, LOC, EVENT, WORK or MISC.
    """

    entity_id: str
    label: str
    type: str
    qid: str | None = None


@dataclass(frozen=True)
class Span:
    """Clean-text offsets of the words a fact was read from."""

    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """Something that happened or is planned: `the EU adopted three packages of sanctions`.

    key (int): number of the event in its document (from 1), used in its IRI.
    type (str): one of EVENT_TYPES.
    roles (dict[str, list[Actor]]): participants by role (agent, patient, participant, place).
    time (TimeExpression | None): when, as written and resolved against the document date.
    taking_part (tuple[Actor, ...]): the participants that take part in it as actors (the
        visitor, the members of a meeting), who hold a ParticipatesIn stance towards it.
    """

    key: int
    type: str
    label: str
    trigger: Span
    sentence: Span
    rule: str
    roles: dict[str, list[Actor]] = field(default_factory=dict)
    time: TimeExpression | None = None
    modality: Modality = Modality.ASSERTED
    taking_part: tuple[Actor, ...] = ()

    def actors(self) -> list[Actor]:
        """Every participant, each once, in role order."""
        seen: dict[str, Actor] = {}
        for role in EVENT_ROLES:
            for actor in self.roles.get(role, []):
                seen.setdefault(actor.entity_id, actor)
        return list(seen.values())


@dataclass(frozen=True)
class Stance:
    """An attributed statement: `holder` supports / condemns / calls upon ... `target`.

    type (str): one of STANCE_TYPES; relation (str | None) names an OtherRelation
        (`other:discusses`).
    target (Actor | int): an entity, or the key of an Event of the same document.
    stated_on (date | None): the document date; time: when the stance held, if the text says.
    source (Actor | None): who reports it, for reported speech (`Rusland liet weten dat ...`).
    """

    type: str
    holder: Actor
    target: Actor | int
    polarity: Polarity
    modality: Modality
    evidence: Span
    sentence: Span
    rule: str
    relation: str | None = None
    stated_on: date | None = None
    time: TimeExpression | None = None
    source: Actor | None = None

    @property
    def asserted(self) -> bool:
        """Positive and asserted: a fact the graph states with a direct triple."""
        return self.polarity is Polarity.POSITIVE and self.modality is Modality.ASSERTED


@dataclass(frozen=True)
class Facts:
    """The stances and events of one document."""

    stances: tuple[Stance, ...] = ()
    events: tuple[Event, ...] = ()
