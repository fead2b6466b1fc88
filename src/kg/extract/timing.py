"""Attach the time expressions of a parsed document to the words they modify."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..dates import TimeExpression, find_time_expressions, find_time_expressions_between
from ..ingest.records import Document, PassageKind
from ..link.agents import ResolvedAgent
from ..link.kb import KnowledgeBase
from .grammar import governing_verb, prepositional

PRECISION_ORDER = ("day", "week", "month", "season", "year")
ANSWER_PERIOD = timedelta(days=92)
"""How long after a written question its answer comes, at the latest (the parliaments' rules
ask for weeks; three months leaves room for delays)."""
PAST_MARKER = re.compile(r"\bj\.?l\b\.?", re.I)
"""`jl.` (jongstleden): the latest such day before the text was written."""
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "obl", "iobj"}
CORE = {"nsubj", "nsubj:pass", "obj"}
BOUNDS = {"tot", "totdat", "uiterlijk"}
"""Words before a time that make it a bound (`tot 31 juli`), not the time of a happening."""
TOPIC_PREPOSITIONS = {"over", "aangaande", "omtrent"}
"""A phrase with these names what a clause is about, which its time does not date (`sprak op
20 februari over de protesten`)."""
DURING = ("tijdens", "gedurende", "bij", "op")
"""Prepositions that place something within an event (`tijdens zijn bezoek`, `bij het debat`)."""
DURING_FRAMES = {("in", "kader", "van")}
"""Prepositional phrases around a noun that do the same (`in het kader van`: as part of)."""
AFTER = ("na", "sinds", "tegen")
"""Prepositions that tie something to what it follows or answers (`de protesten tegen de
verkiezingen`)."""
AFTER_FRAMES = {("naar", "aanleiding", "van"), ("in", "nasleep", "van"), ("in", "reactie", "op"),
                ("als", "gevolg", "van")}


def document_times(document: Document,
                   period: tuple[date, date] | None = None) -> list[TimeExpression]:
    """The time expressions of a document, resolved against its date.

    An answer whose own date is unknown was written on some day after the question's date:
    there `18 september jl.` is the latest 18 September before the end of the answer period
    (ANSWER_PERIOD after the question), not before the question. A document without any date
    was written in `period` (writing_period: while its signatories held the office they sign
    as): its expressions are resolved where every day of the period reads them alike
    (`zondag 9 augustus jl.` from a minister in office from March 2018 to May 2021 is
    9 August 2020, the only such Sunday), and stay text otherwise.
    """
    meta = document.meta
    reference = meta.date or meta.date_answered or meta.date_asked
    if reference is None and period is not None:
        return find_time_expressions_between(document.text, *period)
    found = find_time_expressions(document.text, reference)
    if reference is None or meta.date_answered is not None:
        return found
    answers = [(p.start, p.end) for p in document.passages if p.kind is PassageKind.ANSWER]
    later = {e.start: e for e in find_time_expressions(document.text, reference + ANSWER_PERIOD)}
    return [later.get(e.start, e) if PAST_MARKER.search(e.text)
            and any(start <= e.start < end for start, end in answers) else e for e in found]


def writing_period(signatories: Sequence[ResolvedAgent],
                   kb: KnowledgeBase) -> tuple[date, date] | None:
    """The days on which every signatory held the office they sign as, by the gazetteer's
    terms (from the first start to the last end, if they held it more than once); None when
    a signatory, their office or the end of a term is unknown."""
    earliest, latest = date.min, date.max
    for signatory in signatories:
        agent = signatory.agent
        if signatory.entity is None or not agent.role:
            return None
        roles = {role.id for place in kb.jurisdiction_chain(agent.jurisdiction)
                 for role in kb.roles_named(agent.role, place)}
        terms = [o for o in signatory.entity.offices if o.role in roles]
        starts = [o.start for o in terms if o.start is not None]
        ends = [o.end for o in terms if o.end is not None]
        if not terms or len(starts) < len(terms) or len(ends) < len(terms):
            return None
        earliest, latest = max(earliest, min(starts)), min(latest, max(ends))
    return (earliest, latest) if signatories and earliest <= latest else None


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
            if span is None or not len(span) or _bound(span):
                continue
            anchor = _anchor(span.root, triggers)
            self._anchored.setdefault(anchor.i, []).append(expression)

    def at(self, trigger: Token) -> TimeExpression | None:
        """The time of a trigger: an expression attached to it, or, for a noun that is an
        argument of a (not opaque) predicate, one attached to that predicate (`vond op 13
        oktober een bespreking plaats`); the most precise resolved one first, then the first
        unresolved one."""
        found = self._anchored.get(trigger.i, [])
        predicate = self._predicate(trigger)
        if not found and predicate is not None:
            found = self._anchored.get(predicate.i, [])
        resolved = [e for e in found if e.resolved]
        if resolved:
            return min(resolved, key=lambda e: PRECISION_ORDER.index(e.precision or "year"))
        return found[0] if found else None

    def own(self, trigger: Token) -> bool:
        """Whether an expression is attached to the trigger itself (`het debat van 18
        september`) rather than to the clause it is an argument of."""
        return trigger.i in self._anchored

    def containers(self, trigger: Token) -> list[Token]:
        """The heads of the phrases that place the trigger within something else: on the
        trigger (`een verklaring bij het spoeddebat`, `besprak tijdens zijn bezoek`) or on the
        predicate it is an argument of (`sprak tijdens de top een verklaring uit`)."""
        return self._tied(trigger, DURING, DURING_FRAMES)

    def antecedents(self, trigger: Token) -> list[Token]:
        """The heads of the phrases that say what the trigger follows or answers (`de
        protesten tegen de vervalste verkiezingen`, `na de verkiezingen opgepakt`)."""
        return self._tied(trigger, AFTER, AFTER_FRAMES)

    def _tied(self, trigger: Token, prepositions: Sequence[str],
              frames: Collection[tuple[str, str, str]]) -> list[Token]:
        """Heads of phrases with these prepositions (or frames, `in het kader van`) on the
        trigger, on the predicate it is an argument of, or after it on the noun it modifies
        (`de start van de protesten tegen de verkiezingen`: the parser often hangs the
        phrase one noun too high)."""
        found = []
        predicate = self._predicate(trigger) if trigger.dep_ in CORE else None
        modified = trigger.head if trigger.dep_ == "nmod" else None
        for word in (trigger, predicate, modified):
            if word is None:
                continue
            heads = [head for preposition in prepositions
                     for head in prepositional(word, preposition)]
            heads += [head for outer, noun, inner in frames
                      for frame in prepositional(word, outer)
                      if noun in {frame.lower_, frame.lemma_.lower()}
                      for head in prepositional(frame, inner)]
            heads += [child for child in word.children
                      if any(_fixed_words(case) in frames for case in child.children
                             if case.dep_ == "case")]
            found += [head for head in heads if word is not modified or head.i > trigger.i]
        return [head for head in found if head != trigger]

    def _predicate(self, trigger: Token) -> Token | None:
        """The (not opaque) predicate a trigger is an argument of; the head of an argument is
        its predicate whatever its tag (`Het spoeddebat zal … plaatsvinden` with `plaatsvinden`
        tagged as a noun)."""
        verb = governing_verb(trigger.head)
        topic = any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in trigger.children)
        if trigger.dep_ in ARGUMENTS and trigger.head == verb != trigger and not topic and (
                verb.i not in self._opaque):
            return verb
        return None


def _bound(span: Span) -> bool:
    """A time that bounds a state rather than dates a happening (`verlengde de sancties tot
    31 juli 2025`, `uiterlijk 1 maart`)."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in BOUNDS


def _fixed_words(case: Token) -> tuple[str, ...]:
    """A multiword preposition the parser made one (`naar aanleiding van`: `naar` with
    `aanleiding` and `van` as its fixed parts), without articles."""
    words = [case, *(c for c in case.children if c.dep_ == "fixed")]
    return tuple(w.lower_ for w in sorted(words, key=lambda w: w.i)
                 if w.lower_ not in {"de", "het"})


def _anchor(root: Token, triggers: Collection[int]) -> Token:
    """The trigger or predicate above a time expression; an auxiliary the parser hung it on
    (`Op 30 juli werd X opgepakt` with the date under `werd`) stands for its verb."""
    token = root.head
    while token.head != token:
        if (token.i in triggers or token.pos_ in {"VERB", "AUX"}
                or any(c.dep_ == "cop" for c in token.children)):
            break
        token = token.head
    if token.dep_ in {"aux", "aux:pass"} and token.head != token:
        return token.head
    return token
