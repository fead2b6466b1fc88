"""What a mention links to, and the candidate mentions that compete for a stretch of text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..slug import slugify
from .kb import Entity, normalise

NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "EVENT": "MISC", "WORK": "MISC",
              "MISC": "MISC"}
# Candidate ranks: a gazetteer or defined name beats a role, pronoun or bare noun, which beats
# an unknown name from the statistical NER.
NAME, CONTEXT, UNKNOWN = 3, 2, 1


def name_id(name: str) -> str:
    """A stable id for an entity known only by its name."""
    return f"name-{slugify(normalise(name)) or 'x'}"


@dataclass(frozen=True)
class Target:
    """The entity a mention denotes: a gazetteer entry or a node named after its name."""

    id: str
    label: str
    type: str
    qid: str | None = None
    known: bool = False

    @classmethod
    def of(cls, entity: Entity) -> Target:
        return cls(entity.id, entity.label, entity.type, entity.qid, known=True)

    @classmethod
    def named(cls, name: str, kind: str) -> Target:
        label = " ".join(name.split())
        return cls(name_id(label), label, kind)


@dataclass(frozen=True)
class Candidate:
    """A possible mention: clean-text span, NER label, target and rank.

    container (bool): a phrase that may hold gazetteer names (an office, `Voorzitter van de
        Tweede Kamer`; a quoted title, `Belarus Solidarity Day`); it does not compete with
        the names inside it.
    """

    start: int
    end: int
    label: str
    target: Target
    rank: int
    container: bool = False

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def holds(self, other: Candidate) -> bool:
        """A container holds a gazetteer name inside it (not an unknown one)."""
        return (self.container and other.rank == NAME and self.start <= other.start
                and other.end <= self.end)


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates in text order: higher rank first, then the longer span.

    A container and the gazetteer names inside it are both kept.
    """
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.rank, c.start - c.end, c.start)):
        if all(not candidate.overlaps(c) or c.holds(candidate) or candidate.holds(c)
               for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))
