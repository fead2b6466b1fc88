"""Stances from rule matches (holder, target, polarity, modality, time) and from the document
structure (who asks whom, who answers whom)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from ..ingest.records import Agent, Document, PassageKind
from ..link.agents import ResolvedAgent
from .actors import WORK, ActorIndex, Referent, agent_actor
from .grammar import (
    NEGATIVE_DETERMINERS,
    is_negated,
    is_question,
    logical_subject,
    modality,
    reporter,
)
from .match import Match
from .records import Actor, Event, Modality, Polarity, Span, Stance
from .timing import TimeIndex

STRUCTURE_RULE = "document-structure"


def extract_stances(matches: Sequence[Match], index: ActorIndex, times: TimeIndex,
                    stated_on: date | None) -> list[Stance]:
    """The stances the rule matches express, outside questions."""
    return [stance for match in matches
            if match.rule.stance is not None and not is_question(match.trigger.sent)
            for stance in _stances(match, index, times, stated_on)]


def unique(stances: Sequence[Stance]) -> list[Stance]:
    """Each (type, holder, target, polarity, modality) once per sentence, the first found."""
    found: dict[tuple[object, ...], Stance] = {}
    for stance in stances:
        key = (stance.type, stance.relation, stance.holder, stance.target, stance.polarity,
               stance.modality, stance.sentence)
        found.setdefault(key, stance)
    return list(found.values())


def _stances(match: Match, index: ActorIndex, times: TimeIndex,
             stated_on: date | None) -> Iterator[Stance]:
    rule, trigger = match.rule, match.trigger
    reporting = reporter(trigger)
    source = _first_actor(logical_subject(reporting), index) if reporting is not None else None
    holders = _fill(rule.holder, match, index, events=False, reporter=source)
    targets = _fill(rule.target, match, index, events=True, reporter=source)
    if not holders or not targets:
        return
    negated = is_negated(trigger, match.required) or any(
        c.lower_ in NEGATIVE_DETERMINERS for head in (*match.required, *(h for h, _ in targets))
        for c in head.children)  # `ziet geen rol voor`, `geen voorstander van sancties`
    mood = rule.modality or modality(trigger, match.required)
    sentence = trigger.sent
    for holder_head, holder in holders:
        assert holder.actor is not None
        for target_head, target in targets:
            target_value: Actor | int | None = target.actor or target.event
            if target_value is None or target_value == holder.actor:
                continue
            words = [trigger, *match.required, holder_head, target_head]
            words = [w for w in words if sentence.start <= w.i < sentence.end]
            yield Stance(
                type=rule.stance or "OtherRelation", holder=holder.actor, target=target_value,
                polarity=Polarity.NEGATIVE if negated else Polarity.POSITIVE, modality=mood,
                evidence=_span(words), sentence=Span(sentence.start_char, sentence.end_char),
                rule=rule.id, relation=rule.relation, stated_on=stated_on,
                time=times.at(trigger),
                source=source if source is not None and source != holder.actor else None,
            )


def _fill(functions: Sequence[str], match: Match, index: ActorIndex, *, events: bool,
          reporter: Actor | None) -> list[tuple[Token, Referent]]:
    """The referents of the first function that has any."""
    for function in functions:
        found = index.fill(function, match, events=events, reporter=reporter)
        if found:
            return found
    return []


def _first_actor(heads: Sequence[Token], index: ActorIndex) -> Actor | None:
    for head in heads:
        referent = index.referent(head, events=False)
        if referent is not None and referent.actor is not None:
            return referent.actor
    return None


def _span(words: Sequence[Token]) -> Span:
    """From the first to the last of the words (whitespace tokens left out)."""
    text = [w for w in words if not w.is_space] or list(words)
    first = min(text, key=lambda w: w.idx)
    last = max(text, key=lambda w: w.idx + len(w))
    return Span(first.idx, last.idx + len(last))


def participation_stances(events: Sequence[Event], stated_on: date | None) -> list[Stance]:
    """ParticipatesIn stances of the actors that take part in events (the visitor, the
    members of a meeting), with the event's modality and evidence."""
    return [_event_stance("ParticipatesIn", actor, event.key, event, stated_on)
            for event in events for actor in event.taking_part]


def _event_stance(kind: str, holder: Actor, target: Actor | int, event: Event,
                  stated_on: date | None) -> Stance:
    """A positive stance read off an event, with its modality, time and evidence."""
    return Stance(type=kind, holder=holder, target=target, polarity=Polarity.POSITIVE,
                  modality=event.modality, evidence=event.trigger, sentence=event.sentence,
                  rule=event.rule, stated_on=stated_on, time=event.time)


def publications(stances: Iterable[Stance], events: Sequence[Event],
                 stated_on: date | None) -> list[Stance]:
    """What is published is the work a report names: a Publishes stance towards a Report event
    that names a work (`publiceerde het rapport ‘X’`) targets the work instead, and the author
    of a report that names a work publishes it (`het bericht van ByPol «The New Auschwitz»`)."""
    works = {event.key: [a for a in event.actors() if a.type == WORK] for event in events
             if event.type == "Report"}
    found: list[Stance] = []
    for stance in stances:
        named = works.get(stance.target, []) if isinstance(stance.target, int) else []
        retargeted = stance.type == "Publishes" and named
        found += [replace(stance, target=work) for work in named] if retargeted else [stance]
    published = {(s.holder, s.target) for s in found if s.type == "Publishes"}
    for event in events:
        for author in event.roles.get("agent", []) if works.get(event.key) else []:
            found += [_event_stance("Publishes", author, work, event, stated_on)
                      for work in works[event.key] if (author, work) not in published]
    return found


def structure_stances(doc: Doc, document: Document,
                      agents: Mapping[Agent, ResolvedAgent]) -> list[Stance]:
    """`asksQuestionTo` (asker -> addressee, on the date asked) and `answers` (the answering
    minister -> asker, on the date answered), read from the metadata and passages."""
    meta = document.meta
    stances: list[Stance] = []
    questions = [p for p in document.passages if p.kind is PassageKind.QUESTION]
    answers = [p for p in document.passages
               if p.kind is PassageKind.ANSWER and p.speaker is not None]
    askers = [agent_actor(agents[a]) for a in meta.askers if a in agents]
    if questions:
        evidence = _passage_span(doc, questions[0].start, questions[0].end)
        for asker in askers:
            for addressee in meta.addressees:
                if addressee in agents:
                    stances.append(_structural("AsksQuestionTo", asker,
                                               agent_actor(agents[addressee]), evidence,
                                               meta.date_asked or meta.date))
    if answers:
        evidence = _passage_span(doc, answers[0].start, answers[0].end)
        speaker = answers[0].speaker
        assert speaker is not None
        answerer = agent_actor(agents[speaker])
        for asker in askers:
            stances.append(_structural("Answers", answerer, asker, evidence,
                                       meta.date_answered or meta.date))
    return [s for s in stances if s.holder != s.target]


def _passage_span(doc: Doc, start: int, end: int) -> tuple[Span, Span]:
    """The passage's first sentence, as (evidence, sentence)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return Span(start, end), Span(start, end)
    sentence = span[0].sent
    first = Span(max(start, sentence.start_char), min(end, sentence.end_char))
    return first, first


def _structural(kind: str, holder: Actor, target: Actor, evidence: tuple[Span, Span],
                day: date | None) -> Stance:
    return Stance(type=kind, holder=holder, target=target, polarity=Polarity.POSITIVE,
                  modality=Modality.ASSERTED, evidence=evidence[0], sentence=evidence[1],
                  rule=STRUCTURE_RULE, stated_on=day)
