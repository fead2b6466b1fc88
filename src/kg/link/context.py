"""What entity resolution knows about a document besides its words: date, jurisdiction, and
who speaks in each passage."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..ingest.records import Agent, Document, PassageKind
from .agents import ResolvedAgent

# Passages in which the speaker speaks for the government: answers, a letter's body.
GOVERNMENT_VOICE = {PassageKind.ANSWER, PassageKind.BODY, PassageKind.SIGNATURE}


@dataclass(frozen=True)
class Voice:
    """A passage and its resolved speaker.

    for_government (bool): the speaker answers or writes as a member of the government.
    """

    start: int
    end: int
    speaker: ResolvedAgent
    for_government: bool


@dataclass(frozen=True)
class LinkContext:
    """The document facts that roles, pronouns and bare collective nouns resolve against.

    day (date | None): the document date (offices are matched on it).
    jurisdiction (str | None): gazetteer id of the country or region the document is from.
    voices (tuple[Voice, ...]): passages with a speaker.
    agents (tuple[ResolvedAgent, ...]): askers, addressees, signatories and speakers.
    addressees (tuple[ResolvedAgent, ...]): whom the document is addressed to.
    """

    day: date | None = None
    jurisdiction: str | None = None
    voices: tuple[Voice, ...] = ()
    agents: tuple[ResolvedAgent, ...] = ()
    addressees: tuple[ResolvedAgent, ...] = ()

    @classmethod
    def of(cls, document: Document, agents: dict[Agent, ResolvedAgent]) -> LinkContext:
        """The context of an ingested document whose agents are resolved."""
        meta = document.meta
        places = Counter(a.jurisdiction for a in agents if a.jurisdiction)
        voices = tuple(Voice(p.start, p.end, agents[p.speaker], p.kind in GOVERNMENT_VOICE)
                       for p in document.passages if p.speaker is not None)
        return cls(
            day=meta.date or meta.date_answered or meta.date_asked,
            jurisdiction=places.most_common(1)[0][0] if places else None,
            voices=voices,
            agents=tuple(agents.values()),
            addressees=tuple(agents[a] for a in meta.addressees),
        )

    def voice_at(self, offset: int) -> Voice | None:
        """The passage with a speaker that holds clean-text offset `offset`."""
        for voice in self.voices:
            if voice.start <= offset < voice.end:
                return voice
        return None
