"""Typos and transliterations of person names (`Borrel` -> Josep Borrell, `Tsichanovskaja` ->
Svetlana Tichanovskaja): fuzzy matching with a threshold that never picks between two
different people."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from rapidfuzz import fuzz, process

from .kb import Entity, KnowledgeBase

THRESHOLD = 90.0
MARGIN = 6.0
MIN_LENGTH = 5
# Transliteration variants written the same way before comparing (English -> Dutch usage).
SPELLINGS = (("kh", "ch"), ("y", "j"), ("w", "v"), ("ou", "oe"))


def spelling_key(name: str) -> str:
    """Lowercase, without accents, dots or hyphens, transliteration variants unified."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z ]+", "", text)
    for variant, usual in SPELLINGS:
        text = text.replace(variant, usual)
    return " ".join(text.split())


def similar_person(name: str, kb: KnowledgeBase, among: list[Entity] | None = None,
                   exclude: str | None = None) -> Entity | None:
    """The one person whose name (a name of as many words) is within the threshold of `name`,
    with no other person within the margin of it; None otherwise.

    among (list[Entity] | None): compare with these persons only (holders of a title that
        precedes the name), with a lower threshold.
    exclude (str | None): the id of a person not to compare with (the name's own entity).
    """
    key = spelling_key(name)
    if len(key.replace(" ", "")) < MIN_LENGTH:
        return None
    index = _index(among) if among is not None else kb.derived("fuzzy-persons", _person_index)
    choices = index.get(key.count(" ") + 1, {})
    threshold = THRESHOLD - 10 if among is not None else THRESHOLD
    scored: dict[str, float] = {}
    for choice, score, _ in process.extract(key, list(choices), scorer=fuzz.ratio, limit=10):
        for entity_id in choices[choice] - {exclude}:
            scored[entity_id] = max(scored.get(entity_id, 0.0), score)
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < threshold:
        return None
    if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - MARGIN:
        return None
    return kb.entities[ranked[0][0]]


def _person_index(kb: KnowledgeBase) -> dict[int, dict[str, set[str]]]:
    return _index([e for e in kb.entities.values() if e.type == "PER"])


def _index(persons: list[Entity]) -> dict[int, dict[str, set[str]]]:
    """Word count -> spelling key -> person ids, for every name and surname."""
    index: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person in persons:
        for name in person.names:
            key = spelling_key(name)
            if key:
                index[key.count(" ") + 1][key].add(person.id)
                index[1][key.rsplit(" ", 1)[-1]].add(person.id)
    return index
