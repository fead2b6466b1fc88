"""Entity-ruler patterns from the gazetteer."""

from __future__ import annotations

from typing import Any

from ..link.kb import KnowledgeBase

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
