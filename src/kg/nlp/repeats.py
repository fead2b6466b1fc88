"""``kg_repeated_names``: a name found once in a document is found wherever it recurs.

The NER decides each mention from its context, so it may find `Pavel Dobrovolski` and miss
the bare `Dobrovolski` two sentences on, at the start of a sentence where a capital says
nothing. Within one document a name means one thing, so this component, run last, gives
every other occurrence of the words of an entity of two words or more that entity's label,
and to a person's name and surname (the last word of the name with its particles: `de
Groot` of `Jan de Groot`) the label PER, also where the NER gave such a mention another
label (`de zaak van Mohammadi` as a place after `Narges Mohammadi`); names from the
gazetteer keep theirs. Only words outside every entity are added, and a word sequence that
two entities label differently (and no person's name claims) is left alone.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..link.titles import PARTICLES

FACTORY = "kg_repeated_names"
MIN_SURNAME = 3
"""A surname of fewer letters (`Xi`, `Li`) recurs too often as something else."""

Key = tuple[str, ...]


@Language.component(FACTORY)
def repeated_names(doc: Doc) -> Doc:
    """Label the recurrences of the entities of ``doc`` (in place; see the module doc)."""
    names = _names(doc)
    if not names:
        return doc
    by_first: dict[str, list[Key]] = defaultdict(list)
    for key in sorted(names, key=len, reverse=True):
        by_first[key[0]].append(key)
    entities = [_as_person(ent, names) for ent in doc.ents]
    taken = {token.i for ent in entities for token in ent}
    i = 0
    while i < len(doc):
        match = None if i in taken else _match(doc, i, by_first.get(doc[i].lower_, []), taken)
        if match is None:
            i += 1
            continue
        entities.append(Span(doc, i, i + len(match), label=names[match]))
        i += len(match)
    doc.ents = sorted(entities, key=lambda span: span.start)
    return doc


def _names(doc: Doc) -> dict[Key, str]:
    """Lowercase word sequence -> label: each person's name of two words or more and its
    surname -> PER; the words of every other entity of two words or more -> its label, unless
    two labels claim them. A one-word entity says too little (the NER's `Commerzbank` as a
    person, CoNLL's `Algemeen` as MISC) to be repeated."""
    persons: set[Key] = set()
    labels: dict[Key, set[str]] = defaultdict(set)
    for ent in doc.ents:
        words = [t.lower_ for t in ent]
        if len(words) < 2 or not ent.text[:1].isupper():
            continue
        labels[tuple(words)].add(ent.label_)
        if ent.label_ == "PER":
            persons.add(tuple(words))
            surname = _surname(words)
            if surname:
                persons.add(surname)
    names = {key: next(iter(found)) for key, found in labels.items() if len(found) == 1}
    return names | dict.fromkeys(persons, "PER")


def _as_person(ent: Span, names: dict[Key, str]) -> Span:
    """The entity as PER if its words are a person's name and no gazetteer entry labelled
    it."""
    if ent.label_ == "PER" or ent.id_ or names.get(tuple(t.lower_ for t in ent)) != "PER":
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PER", kb_id=ent.kb_id)


def _surname(words: list[str]) -> Key | None:
    """The last word of a person's name with the particles before it (not the first word)."""
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    last = words[-1]
    if len(last) < MIN_SURNAME or not last[:1].isalpha() or last in STOP_WORDS:
        return None
    return tuple(words[start:])


def _match(doc: Doc, start: int, keys: list[Key], taken: set[int]) -> Key | None:
    """The longest key that the words from ``start`` spell, ending in a capitalised word,
    inside one sentence and clear of every entity."""
    for key in keys:
        end = start + len(key)
        if end > len(doc) or any(i in taken for i in range(start, end)):
            continue
        words = doc[start:end]
        if (tuple(t.lower_ for t in words) == key and words[-1].text[:1].isupper()
                and not any(t.is_sent_start for t in words[1:])):
            return key
    return None
