"""Gazetteer names in the pipeline: span-ruler patterns, and how they meet the NER's entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Span
from spacy.util import filter_spans, registry

from ..link.kb import KnowledgeBase

MERGE_FILTER = "kg.longest_names_first.v1"

NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "EVENT": "MISC", "WORK": "MISC",
              "MISC": "MISC"}


def ruler_patterns(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Phrase patterns for every name and adjective in the KB, with the entity id as pattern id.

    Names map to the four CoNLL labels (EVENT and WORK become MISC); adjectives and demonyms
    are MISC, as CoNLL-2002 annotates them. Names are matched as written and, for names of two
    words or more, also in capitals (headers such as `JAN JAMBON`).
    """
    patterns: dict[tuple[str, str, str], dict[str, Any]] = {}
    for name, entity, is_adjective in kb.names():
        label = "MISC" if is_adjective else NER_LABELS[entity.type]
        variants = {name}
        if " " in name.strip() and not entity.case_sensitive:
            variants.add(name.upper())
        for variant in variants:
            patterns[(variant, label, entity.id)] = {"label": label, "pattern": variant,
                                                     "id": entity.id}
    return [patterns[key] for key in sorted(patterns)]


@registry.misc(MERGE_FILTER)  # type: ignore[untyped-decorator]
def longest_names_first() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    """Merge the NER's entities with gazetteer matches: of overlapping spans the longest wins,
    the gazetteer's on a tie. So a known name completes a name the NER cut short
    (`Organisatie voor Veiligheid en Samenwerking` + `in Europa`), and a known name inside a
    longer one (`Brussel` in `Studio Brussel`) does not break it up."""

    def merge(entities: Iterable[Span], names: Iterable[Span]) -> list[Span]:
        return filter_spans([*names, *entities])

    return merge
