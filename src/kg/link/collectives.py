"""Bare collective nouns (`de autoriteiten`, `demonstranten`, `de oppositie`) that stand for the
collective of the country a document is about (Wit-Russische autoriteiten, ...)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc

from .context import LinkContext
from .deixis import GOVERNMENT_NOUNS
from .kb import KnowledgeBase
from .targets import CONTEXT, NER_LABELS, Candidate, Target

# Nouns too general to stand for one country's collective on their own.
GENERAL_NOUNS = frozenset({"burgers", "volk"})
DOMINANCE = 2
DETERMINERS = frozenset({"de", "het", "deze", "die", "dit", "dat"})


def collective_mentions(doc: Doc, kb: KnowledgeBase, context: LinkContext,
                        chosen: list[Candidate]) -> Iterator[Candidate]:
    """Bare nouns of the document's focus country's collectives, outside chosen mentions.

    The focus country is the one (other than the document's own) that the chosen mentions name
    most, at least twice and more than twice as often as any other. A noun counts as bare
    when no capitalised word but an article (a proper adjective, `EU-`) stands before it.
    """
    country = focus_country(kb, context, chosen)
    if country is None:
        return
    nouns = kb.derived("collective-nouns", _collective_nouns)
    longest = max((len(n.split()) for n in nouns), default=0)
    taken = [(c.start, c.end) for c in chosen]
    i = 0
    while i < len(doc):
        for j in range(min(len(doc), i + longest), i, -1):
            span = doc[i:j]
            if span.text not in nouns or any(s < span.end_char and span.start_char < e
                                             for s, e in taken):
                continue
            entity = kb.collective(country, span.text)
            if entity is not None and not _qualified(doc, i):
                target = Target.of(entity)
                yield Candidate(span.start_char, span.end_char, NER_LABELS[target.type],
                                target, CONTEXT)
                i = j - 1
                break
        i += 1


def _qualified(doc: Doc, i: int) -> bool:
    """A capitalised word other than an article right before the noun (`Europese`, `EU-`)."""
    before = doc[i - 1] if i > 0 else None
    return (before is not None and before.text[:1].isupper()
            and before.lower_ not in DETERMINERS)


def focus_country(kb: KnowledgeBase, context: LinkContext,
                  chosen: list[Candidate]) -> str | None:
    """The country the mentions are about, as defined in collective_mentions."""
    home = set(kb.part_of_chain(context.jurisdiction)) if context.jurisdiction else set()
    counts: Counter[str] = Counter()
    for candidate in chosen:
        for place in kb.part_of_chain(candidate.target.id):
            if place not in home and kb.collective(place, "autoriteiten") is not None:
                counts[place] += 1
                break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANCE:
        return None
    if len(ranked) > 1 and ranked[0][1] <= DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def _collective_nouns(kb: KnowledgeBase) -> frozenset[str]:
    """What is left of collective names once the owner's adjective is taken off
    (`Wit-Russische autoriteiten` -> `autoriteiten`)."""
    nouns = set()
    for entity in kb.entities.values():
        owner = kb.entities.get(entity.part_of or "")
        if owner is None:
            continue
        for name in entity.names:
            for adjective in owner.adjectives:
                if name.startswith(adjective + " "):
                    nouns.add(name[len(adjective) + 1:])
    return frozenset(n for n in nouns if n[:1].islower()) - GENERAL_NOUNS - set(GOVERNMENT_NOUNS)
