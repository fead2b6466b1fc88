"""Attach the time expressions of a parsed document to the words they modify."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from spacy.tokens import Doc, Token

from ..dates import TimeExpression, find_time_expressions
from .grammar import governing_verb

PRECISION_ORDER = ("day", "week", "month", "season", "year")


class TimeIndex:
    """The time expressions of a document, each attached to the nearest predicate or trigger
    above it in the parse (`vond op 13 oktober een bespreking plaats` -> `vond plaats`)."""

    def __init__(self, doc: Doc, reference: date | None, triggers: Collection[int],
                 opaque: Collection[int] = ()) -> None:
        """triggers: token indices of event triggers (they hold their own time); opaque: those
        of stance predicates, whose time is not that of the nouns they govern (`steunde in de
        zomer de oproep` does not date the call)."""
        self._opaque = set(opaque) - set(triggers)
        self._anchored: dict[int, list[TimeExpression]] = {}
        for expression in find_time_expressions(doc.text, reference):
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            anchor = _anchor(span.root, triggers)
            self._anchored.setdefault(anchor.i, []).append(expression)

    def at(self, trigger: Token) -> TimeExpression | None:
        """The time of a trigger: an expression attached to it, or, for a word that is not a
        predicate itself, one attached to the (not opaque) predicate it belongs to; the most
        precise resolved one first, then the first unresolved one."""
        found = self._anchored.get(trigger.i, [])
        verb = governing_verb(trigger)
        if not found and verb != trigger and verb.i not in self._opaque:
            found = self._anchored.get(verb.i, [])
        resolved = [e for e in found if e.resolved]
        if resolved:
            return min(resolved, key=lambda e: PRECISION_ORDER.index(e.precision or "year"))
        return found[0] if found else None


def _anchor(root: Token, triggers: Collection[int]) -> Token:
    token = root.head
    while token.head != token:
        if (token.i in triggers or token.pos_ in {"VERB", "AUX"}
                or any(c.dep_ == "cop" for c in token.children)):
            return token
        token = token.head
    return token
