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
OWNER_WORDS = frozenset({"in", "uit", "van"})


def collective_mentions(doc: Doc, kb: KnowledgeBase, context: LinkContext,
                        chosen: list[Candidate]) -> Iterator[Candidate]:
    """Bare nouns of collectives, outside chosen mentions: of the country named right after
    them (`de autoriteiten in Azerbeidzjan`), else of the document's focus country.

    The focus country is the one (other than the document's own) that the chosen mentions name
    most, at least twice and more than twice as often as any other. A noun counts as bare
    when no capitalised word but an article (a proper adjective, `EU-`) stands before it.
    """
    focus = focus_country(kb, context, chosen)
    nouns = kb.derived("collective-nouns", _collective_nouns)
    longest = max((len(n.split()) for n in nouns), default=0)
    taken = [(c.start, c.end) for c in chosen]
    i = 0
    while i < len(doc):
        span = next((doc[i:j] for j in range(min(len(doc), i + longest), i, -1)
                     if doc[i:j].text in nouns), None)
        if (span is None or _qualified(doc, i)
                or any(s < span.end_char and span.start_char < e for s, e in taken)):
            i += 1
            continue
        owner = _named_owner(doc, span.end, kb) or focus
        entity = kb.collective(owner, span.text) if owner else None
        if entity is not None:
            target = Target.of(entity)
            yield Candidate(span.start_char, span.end_char, NER_LABELS[target.type], target,
                            CONTEXT)
        i = span.end


def _named_owner(doc: Doc, end: int, kb: KnowledgeBase) -> str | None:
    """The country named right after a noun (`in`, `uit` or `van` and its name)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in OWNER_WORDS:
        return None
    for stop in range(min(len(doc), end + 4), end + 1, -1):
        places = {f.entity.id for f in kb.forms(doc[end + 1:stop].text)
                  if not f.is_adjective and f.entity.type == "LOC"}
        if len(places) == 1:
            return places.pop()
    return None


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
