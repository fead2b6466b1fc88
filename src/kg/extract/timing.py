"""Attach the time expressions of a parsed document to the words they modify."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import timedelta

from spacy.tokens import Doc, Token

from ..dates import TimeExpression, find_time_expressions
from ..ingest.records import Document, PassageKind
from .grammar import governing_verb

PRECISION_ORDER = ("day", "week", "month", "season", "year")
ANSWER_PERIOD = timedelta(days=92)
"""How long after a written question its answer comes, at the latest (the parliaments' rules
ask for weeks; three months leaves room for delays)."""
PAST_MARKER = re.compile(r"\bj\.?l\b\.?", re.I)
"""`jl.` (jongstleden): the latest such day before the text was written."""
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "obl", "iobj"}


def document_times(document: Document) -> list[TimeExpression]:
    """The time expressions of a document, resolved against its date.

    An answer whose own date is unknown was written on some day after the question's date:
    there `18 september jl.` is the latest 18 September before the end of the answer period
    (ANSWER_PERIOD after the question), not before the question.
    """
    meta = document.meta
    reference = meta.date or meta.date_answered or meta.date_asked
    found = find_time_expressions(document.text, reference)
    if reference is None or meta.date_answered is not None:
        return found
    answers = [(p.start, p.end) for p in document.passages if p.kind is PassageKind.ANSWER]
    later = {e.start: e for e in find_time_expressions(document.text, reference + ANSWER_PERIOD)}
    return [later.get(e.start, e) if PAST_MARKER.search(e.text)
            and any(start <= e.start < end for start, end in answers) else e for e in found]


class TimeIndex:
    """The time expressions of a document, each attached to the nearest predicate or trigger
    above it in the parse (`vond op 13 oktober een bespreking plaats` -> `vond plaats`)."""

    def __init__(self, doc: Doc, expressions: Sequence[TimeExpression],
                 triggers: Collection[int], opaque: Collection[int] = ()) -> None:
        """expressions: the document's (document_times); triggers: token indices of event
        triggers (they hold their own time); opaque: those of stance predicates, whose time is
        not that of the nouns they govern (`steunde in de zomer de oproep` does not date the
        call)."""
        self._opaque = set(opaque) - set(triggers)
        self._anchored: dict[int, list[TimeExpression]] = {}
        for expression in expressions:
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            anchor = _anchor(span.root, triggers)
            self._anchored.setdefault(anchor.i, []).append(expression)

    def at(self, trigger: Token) -> TimeExpression | None:
        """The time of a trigger: an expression attached to it, or, for a noun that is an
        argument of a (not opaque) predicate, one attached to that predicate (`vond op 13
        oktober een bespreking plaats`); the most precise resolved one first, then the first
        unresolved one."""
        found = self._anchored.get(trigger.i, [])
        verb = governing_verb(trigger)
        if (not found and trigger.head == verb != trigger and verb.i not in self._opaque
                and trigger.dep_ in ARGUMENTS):
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
