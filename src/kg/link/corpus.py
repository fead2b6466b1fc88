"""Names a corpus defines for itself: an abbreviation defined in one document (`Australian
Strategic Policy Institute (ASPI)`) names the same entity in every document of the corpus."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..ingest.records import Document
from .abbreviations import SHORT_FORM, spelled_from
from .kb import Entity, KnowledgeBase, normalise
from .targets import Target

LONG_BEFORE = re.compile(r"([^.;:()\n]{3,200})\s\(([^()\s]{2,10})\)")
LONG_AFTER = re.compile(r"(?<![\w-])([^()\s]{2,10})\s\(([^().;:]{3,120})\)")


def with_defined_abbreviations(kb: KnowledgeBase, documents: Iterable[Document]) -> KnowledgeBase:
    """The KB plus one entity for every abbreviation the documents define that the gazetteer
    does not know, named by its long form with the abbreviation as alias. An abbreviation
    defined with two different long forms is left out: it means different things."""
    longs: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for short, long in defined_abbreviations(document.text):
            if not kb.forms(short) and not kb.forms(long):
                longs[short].add(long)
    merged = KnowledgeBase()
    for entity in kb.entities.values():
        merged.add(entity)
    for role in kb.roles.values():
        merged.add_role(role)
    for short, names in sorted(longs.items()):
        if len({normalise(n) for n in names}) == 1:
            target = Target.named(min(names), "ORG")
            if target.id not in merged.entities:
                merged.add(Entity(target.id, target.label, "ORG", aliases=(short,),
                                  source="defined in the corpus"))
    return merged


def defined_abbreviations(text: str) -> Iterable[tuple[str, str]]:
    """(short, long) for `long (SHORT)` and `SHORT (long)` in a text whose letters fit."""
    for before, short in LONG_BEFORE.findall(text):
        if SHORT_FORM.match(short):
            words = before.split()[-min(len(short) + 5, 2 * len(short)):]
            tail = " ".join(words)
            start = spelled_from(short, tail)
            if start is not None and _is_name(tail[start:]):
                yield short, tail[start:]
    for short, inside in LONG_AFTER.findall(text):
        long = " ".join(inside.split())
        if SHORT_FORM.match(short) and spelled_from(short, long) == 0 and _is_name(long):
            yield short, long


def _is_name(text: str) -> bool:
    return " " in text and text[:1].isupper()
