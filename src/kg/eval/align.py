"""Align predicted entities and events with the gold ones of a document (one-to-one)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .gold import GoldDocument, GoldEntity, GoldEvent
from .predicted import PredictedEntity, PredictedEvent

QID_MATCH, NAME_MATCH, MENTION_MATCH = 3, 2, 1


def key(text: str) -> str:
    """Compare strings without case, accents, spaces, hyphens or line breaks."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\W_]+", "", ascii_text.casefold())


def entity_match(gold: GoldEntity, predicted: PredictedEntity) -> int:
    """How a predicted entity matches a gold one: QID, canonical name, a shared mention, or 0."""
    if gold.qid and gold.qid == predicted.qid:
        return QID_MATCH
    if key(gold.name) == key(predicted.label):
        return NAME_MATCH
    if {key(m) for m in gold.mentions} & {key(a) for a in predicted.anchors}:
        return MENTION_MATCH
    return 0


def align_entities(gold: Iterable[GoldEntity],
                   predicted: Iterable[PredictedEntity]) -> dict[str, GoldEntity]:
    """Predicted IRI -> gold entity, greedily by match strength then mentions shared."""
    candidates = []
    for g in gold:
        gold_keys = {key(m) for m in g.mentions}
        for p in predicted:
            strength = entity_match(g, p)
            if strength:
                shared = len(gold_keys & {key(a) for a in p.anchors})
                candidates.append((-strength, -shared, g.name, p.iri, g))
    aligned: dict[str, GoldEntity] = {}
    used: set[str] = set()
    for _, _, name, iri, g in sorted(candidates, key=lambda c: c[:4]):
        if name not in used and iri not in aligned:
            aligned[iri] = g
            used.add(name)
    return aligned


def entity_names(gold: GoldDocument, aligned: dict[str, GoldEntity],
                 described: dict[str, PredictedEntity]) -> dict[str, str]:
    """Predicted IRI -> gold entity name, for the aligned mentions' entities and for any other
    described entity (a speaker, an event participant) that matches a gold entity on QID or name.
    """
    names = {iri: g.name for iri, g in aligned.items()}
    for iri, entity in described.items():
        if iri in names:
            continue
        for g in gold.entities:
            if entity_match(g, entity):
                names[iri] = g.name
                break
    return names


def same_date(gold: str | None, predicted: str | None) -> bool:
    """Dates agree at the coarser of the two precisions (`2020-08` agrees with `2020-08-09`)."""
    if gold is None or predicted is None:
        return gold is predicted
    length = min(len(gold), len(predicted))
    return gold[:length] == predicted[:length]


def align_events(gold: Iterable[GoldEvent], predicted: Iterable[PredictedEvent],
                 names: dict[str, str], *, with_date: bool = True) -> dict[str, GoldEvent]:
    """Predicted event IRI -> gold event: same type, a shared participant, and (with_date) the
    same date or month."""
    aligned: dict[str, GoldEvent] = {}
    used: set[str] = set()
    for p in sorted(predicted, key=lambda e: e.iri):
        participants = {names[i] for i in p.participants if i in names}
        for g in gold:
            if (g.id not in used and g.type == p.type and participants & set(g.participants)
                    and (not with_date or same_date(g.date, p.date))):
                aligned[p.iri] = g
                used.add(g.id)
                break
    return aligned
