"""The scores of `kg eval` as a plain-text table."""

from __future__ import annotations

from typing import Any


def score_table(scores: dict[str, Any]) -> str:
    """Rows of precision, recall, F1 and counts for the `Scores.to_dict()` object."""
    entities = scores["entities"]
    rows = [("entities", entities)]
    rows += [(f"  {kind}", counts) for kind, counts in entities["per_type"].items()]
    rows += [("events", scores["events"]), ("relations", scores["relations"]),
             ("  strict", scores["relations"]["strict"])]
    lines = [f"{scores['documents']} document(s)",
             f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
    lines += [f"{name:<12}{c['precision']:>7.3f}{c['recall']:>7.3f}{c['f1']:>7.3f}"
              f"{c['tp']:>6}{c['predicted']:>6}{c['gold']:>6}" for name, c in rows]
    links = scores["links"]
    lines.append(f"Wikidata link accuracy {links['accuracy']:.3f} on {links['n']} gold entities "
                 "with a QID")
    lines.append(f"event date accuracy {scores['events']['date_accuracy']:.3f}")
    return "\n".join(lines)
