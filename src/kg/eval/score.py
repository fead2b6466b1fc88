"""Precision, recall and F1 of a built graph against gold documents."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .align import align_entities, align_events, entity_names, same_date
from .gold import GoldDocument
from .predicted import PredictedDocument, Predictions

OTHER = "other:"


@dataclass
class Counts:
    """True positives, predictions and gold items, summed over documents."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def to_dict(self) -> dict[str, Any]:
        precision = self.tp / self.predicted if self.predicted else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4),
                "f1": round(f1, 4), "tp": self.tp, "predicted": self.predicted,
                "gold": self.gold}


@dataclass
class Scores:
    """Everything `kg eval` reports; to_dict() is the `--json` object."""

    documents: int = 0
    entities: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    links_correct: int = 0
    links_scored: int = 0
    events: Counts = field(default_factory=Counts)
    events_dated: int = 0
    events_found: int = 0
    relations: Counts = field(default_factory=Counts)
    relations_strict: Counts = field(default_factory=Counts)
    notes: list[str] = field(default_factory=list)
    """Missed and spurious entities and wrong links, for a reader looking for the errors."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": {**self.entities.to_dict(),
                         "per_type": {t: c.to_dict() for t, c in sorted(self.per_type.items())}},
            "links": {"accuracy": _ratio(self.links_correct, self.links_scored),
                      "n": self.links_scored},
            "events": {**self.events.to_dict(),
                       "date_accuracy": _ratio(self.events_dated, self.events_found)},
            "relations": {**self.relations.to_dict(), "strict": self.relations_strict.to_dict()},
            "documents": self.documents,
        }


def score(gold_documents: list[GoldDocument], predictions: Predictions) -> Scores:
    """Score every gold document against what the graph holds for its file (nothing if absent).

    Entities: one-to-one alignment on QID, canonical name or a shared normalised mention;
    per type, an aligned prediction counts under its gold type, any other under its own.
    Links: aligned gold entities with a QID; correct when the graph links the same QID.
    Events: same type, a shared participant and the same date or month; date_accuracy is the
    share of events matched on type and participant whose date also agrees.
    Relations: same (subject, predicate, object) after alignment; lenient treats every
    `other:*` predicate as one class, strict compares the names.
    """
    scores = Scores(documents=len(gold_documents))
    for gold in gold_documents:
        predicted = predictions.documents.get(gold.doc, PredictedDocument())
        _score_document(gold, predicted, predictions, scores)
    return scores


def _score_document(gold: GoldDocument, predicted: PredictedDocument, predictions: Predictions,
                    scores: Scores) -> None:
    aligned = align_entities(gold.entities, predicted.entities.values())
    scores.entities.add(len(aligned), len(predicted.entities), len(gold.entities))
    found = Counter(g.type for g in aligned.values())
    spurious = [e for iri, e in predicted.entities.items() if iri not in aligned]
    unaligned = Counter(e.type for e in spurious)
    gold_types = Counter(g.type for g in gold.entities)
    for kind in gold_types | unaligned:
        scores.per_type.setdefault(kind, Counts()).add(
            found[kind], found[kind] + unaligned[kind], gold_types[kind])
    missed = {g.name for g in gold.entities} - {g.name for g in aligned.values()}
    scores.notes += [f"{gold.doc}: missed {g.type} {g.name!r} {list(g.mentions)}"
                     for g in gold.entities if g.name in missed]
    scores.notes += [f"{gold.doc}: spurious {e.type} {e.label!r} {sorted(e.anchors)}"
                     for e in spurious]
    for iri, g in aligned.items():
        if g.qid:
            linked = predicted.entities[iri].qid
            scores.links_scored += 1
            scores.links_correct += linked == g.qid
            if linked != g.qid:
                scores.notes.append(f"{gold.doc}: {g.name!r} linked to {linked}, gold {g.qid}")

    names = entity_names(gold, aligned, predictions.entities)
    events = align_events(gold.events, predicted.events.values(), names)
    scores.events.add(len(events), len(predicted.events), len(gold.events))
    loose = align_events(gold.events, predicted.events.values(), names, with_date=False)
    scores.events_found += len(loose)
    scores.events_dated += sum(same_date(g.date, predicted.events[i].date)
                               for i, g in loose.items())

    arguments = {**names, **{iri: g.id for iri, g in events.items()}}
    mapped = {(arguments.get(s, s), p, arguments.get(o, o)) for s, p, o in predicted.relations}
    expected = {(r.subject, r.predicate, r.object) for r in gold.relations}
    scores.relations_strict.add(len(mapped & expected), len(mapped), len(expected))
    lenient_mapped, lenient_expected = _lenient(mapped), _lenient(expected)
    scores.relations.add(len(lenient_mapped & lenient_expected), len(lenient_mapped),
                         len(lenient_expected))


def _lenient(relations: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, OTHER if p.startswith(OTHER) else p, o) for s, p, o in relations}


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
