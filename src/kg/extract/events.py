"""Events from rule matches: participants by role, time, modality, and one event per
real-world happening in a document (later definite mentions are merged into earlier ones)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from ..dates import TimeExpression, enclosing_period
from .actors import ActorIndex
from .grammar import (
    PROPOSING_VERBS,
    WISHING_VERBS,
    about_happening,
    antecedent,
    determined,
    governing_verb,
    has_demonstrative,
    has_negative_determiner,
    has_subject,
    is_definite,
    is_negated,
    is_past,
    is_question,
    logical_object,
    modality,
)
from .match import Match
from .records import EVENT_ROLES, Actor, Event, Modality, Span
from .timing import TimeIndex

LABEL_WORDS = 10
CLAUSAL = {"acl:relcl", "advcl", "ccomp", "parataxis", "punct", "conj", "cc", "mark"}
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent"}
PHRASE_LINKS = {"nmod", "conj", "appos"}
"""How a noun hangs under the argument it belongs to (`een bespreking van de situatie`)."""
OCCASIONS = {"Meeting", "Debate", "Visit", "Mission", "Election", "Protest"}
"""Events that last a while and within which other things happen (`tijdens zijn bezoek`)."""
PROMPT = {"Protest", "Arrest"}
"""Events that follow at once what they answer (protests and arrests after an election)."""
UNREST = {"Election", "Protest", "Arrest"}
"""What protests and arrests answer when no phrase says so: the unrest a paragraph tells of."""
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
ADOPTED = {"Resolution"}
"""What a body adopts at a sitting (see `_adopted_at_sitting`)."""
SITTINGS = {"Debate", "Meeting"}
SPOKEN = {"Statement", "Resolution", "Report"}
"""Events whose agents say what they say: `de resolutie roept … op` is its authors' call."""
HABITUAL = {"regelmatig", "geregeld", "regelmaat", "vaak", "dikwijls", "telkens", "doorgaans",
            "gewoonlijk"}
"""Adverbs (`met regelmaat`) that make a clause tell what happens again and again, no one
happening (`In VN-verband wordt met regelmaat gesproken over Belarus`). Not `dagelijks`:
`Sindsdien wordt er dagelijks gedemonstreerd` tells of one wave of protests."""
UPCOMING = re.compile(r"\ba\.\s?s\.?(?!\w)", re.I)
"""`a.s.` (aanstaande): the next such day, so the event is still to come."""
ANOTHER = {"vorig", "volgend", "eerder", "nieuw", "komend", "ander", "later", "toekomstig"}
"""Modifiers that make a definite phrase name another instance (`de vorige verkiezingen`)."""


@dataclass
class _Mention:
    """One mention of an event before mentions of the same event are merged."""

    event: Event
    tokens: tuple[int, ...]
    """The trigger, and the noun a relative-clause trigger describes (`een resolutie die …
    werd goedgekeurd`): both name the event."""
    definite: bool
    """Definite itself, or a verb whose required noun is (`won de verkiezingen`)."""
    predicated: bool = False
    """Its time is said of it by its clause (`Het debat zal op 18 september plaatsvinden`),
    not part of its description (`het debat van 18 september`)."""
    specific: bool = True
    """Refers to something specific by itself; an indefinite, undated mention (`zich hard
    maken voor een spoeddebat`) only counts when a later definite one refers back to it
    (`Dit spoeddebat zal op 18 september plaatsvinden`)."""
    another: bool = False
    """Names another instance (`de vorige verkiezingen`)."""
    proposed: bool = False
    """A mention that a clause asks for (`pleit voor gerichte sancties`; definite and undated
    with a verb of proposing: `pleit voor het zestiende sanctiepakket`)."""
    pointing: bool = False
    """Points back with a demonstrative (`Nederland heeft deze resolutie mede ingediend`):
    the earlier event, whoever else the mention names."""


def extract_events(matches: Sequence[Match], index: ActorIndex, times: TimeIndex,
                   written: date | None = None) -> list[Event]:
    """One Event per happening the matches describe; fills `index.events` (trigger -> key).
    An event the text presents as real but dates after `written` (the day the text was
    written) is planned: Future (`de Raad van 18 november a.s.`).

    A nominal trigger counts when it refers to something specific: definite, dated, or the
    argument of an asserted past-tense predicate (`Protesten bleven aanzwellen`), or an
    indefinite one that a later definite mention takes up (`een spoeddebat … Dit spoeddebat`);
    one that a clause asks for (`pleit voor gerichte sancties`, or undated after a verb of
    proposing: `pleit voor het zestiende sanctiepakket`) is a Proposed event; other generic
    and hypothetical ones (`geen voorstander van economische sancties`) do not count. A
    definite one is not undone by a negated clause (`de verkiezingen waren niet vrij`);
    `geen` and negated verbs undo the others. Questions only yield definite, dated events
    (`het bericht van 15 januari`). An event needs at least one participant, from any of its
    mentions.

    Something the sentence places within a dated occasion (`tijdens zijn bezoek van 4 tot 6
    februari`, `een verklaring bij het spoeddebat`) and without a time of its own gets the
    occasion's day, or the month or year that holds its days (see `_contained_times`); a
    protest or arrest without one begins in the month of the occasion it follows (see
    `_dated_by_antecedent`).
    """
    events, tokens = _merge(matches, index, times, {})
    contained = _contained_times(matches, events, tokens, times)
    if contained:
        events, tokens = _merge(matches, index, times, contained)
        events = [_dated_by_occasion(event, triggers, contained)
                  for event, triggers in zip(events, tokens, strict=True)]
    if matches:
        doc = matches[0].trigger.doc
        events = _dated_by_antecedent(events, tokens, times, doc)
        events = _adopted_at_sitting(events, tokens, doc)
    kept: list[Event] = []
    for event, triggers in zip(events, tokens, strict=True):
        if event.actors():
            kept.append(replace(event, key=len(kept) + 1, modality=_planned(event, written)))
            index.events.update(dict.fromkeys(triggers, len(kept)))
            if event.type in SPOKEN and event.roles.get("agent"):
                index.authors[len(kept)] = event.roles["agent"]
    return kept


def _planned(event: Event, written: date | None) -> Modality:
    """Future for an asserted event dated after `written`, or written `a.s.` (aanstaande:
    still to come even where the writing date is unknown)."""
    if event.modality is not Modality.ASSERTED or event.time is None:
        return event.modality
    starts = event.time.first
    if (written is not None and starts is not None and starts > written) or UPCOMING.search(
            event.time.text):
        return Modality.FUTURE
    return event.modality


def _merge(matches: Sequence[Match], index: ActorIndex, times: TimeIndex,
           contained: dict[int, TimeExpression]) -> tuple[list[Event], list[list[int]]]:
    """The events of the matches' mentions, coreferent ones merged, with their trigger
    tokens; a trigger in `contained` (by token) counts as dated (it refers to something
    specific), but its occasion's time is no reason to merge it with another event."""
    mentions = []
    sittings = frozenset(m.trigger.i for m in matches if m.rule.event in SITTINGS)
    for match in matches:
        if match.rule.event is None:
            continue
        mention = _mention(match, index, times, contained.get(match.trigger.i), sittings)
        if mention is not None:
            mentions.append(mention)
    events: list[Event] = []
    tokens: list[list[int]] = []
    specific: list[bool] = []
    definite: list[bool] = []
    for mention in mentions:
        position = _coreferent(mention, events, specific, definite) if mention.specific else None
        if position is None:
            events.append(mention.event)
            tokens.append(list(mention.tokens))
            specific.append(mention.specific or mention.proposed)
            definite.append(mention.definite)
        else:
            events[position] = _merged(events[position], mention.event)
            tokens[position] += mention.tokens
            specific[position] = True
    kept = [i for i, known in enumerate(specific) if known]
    return [events[i] for i in kept], [tokens[i] for i in kept]


def _contained_times(matches: Sequence[Match], events: list[Event], tokens: list[list[int]],
                     times: TimeIndex) -> dict[int, TimeExpression]:
    """Trigger token -> the time of the dated occasion its sentence places it within, for
    triggers without a resolved time of their own (`besprak tijdens zijn bezoek van 4 tot 6
    februari` -> February; `een verklaring bij het spoeddebat` -> the debate's day)."""
    owner = {token: position for position, triggers in enumerate(tokens) for token in triggers}
    found: dict[int, TimeExpression] = {}
    for match in matches:
        trigger = match.trigger
        own = times.at(trigger)
        if match.rule.event is None or (own is not None and own.resolved):
            continue
        for container in times.containers(trigger):
            occasion = events[owner[container.i]] if container.i in owner else None
            if (occasion is None or occasion.type not in OCCASIONS
                    or owner[container.i] == owner.get(trigger.i)):
                continue
            within = _within(occasion.time)
            if within is not None:
                found[trigger.i] = within
                break
    return found


def _dated_by_occasion(event: Event, triggers: list[int],
                       contained: dict[int, TimeExpression]) -> Event:
    """The event with the time of an occasion one of its mentions lies within, if it has no
    resolved time of its own."""
    if event.time is not None and event.time.resolved:
        return event
    within = [contained[token] for token in triggers if token in contained]
    return replace(event, time=within[0]) if within else event


def _dated_by_antecedent(events: list[Event], tokens: list[list[int]], times: TimeIndex,
                         doc: Doc) -> list[Event]:
    """Protests and arrests without a time of their own begin in the month of the occasion
    they follow: the one a phrase ties them to (`de protesten tegen de vervalste verkiezingen`,
    `na de verkiezingen opgepakt`), else the election, protest or arrest mentioned last before
    them in their paragraph (`Sinds de verkiezingen van 9 augustus … Daardoor kwamen mensen op
    straat`; not a meeting that discusses them).
    None when that occasion is undated. The time's text says what it follows (`na 9
    augustus`), its precision is the month (or the year) of the occasion's first day."""
    owner = {token: position for position, triggers in enumerate(tokens) for token in triggers}
    dated = list(events)
    for position in sorted(range(len(events)), key=lambda p: min(tokens[p])):
        event = dated[position]
        if event.type not in PROMPT or (event.time is not None and event.time.resolved):
            continue
        tied = [owner[head.i] for token in tokens[position]
                for head in times.antecedents(doc[token]) if head.i in owner]
        first = min(tokens[position])
        before = [owner[token] for token in sorted(owner, reverse=True) if token < first
                  and not PARAGRAPH_BREAK.search(doc.text, doc[token].idx, doc[first].idx)]
        candidates = [(p, OCCASIONS) for p in tied] + [(p, UNREST) for p in before]
        followed = next((dated[p] for p, types in candidates
                         if p != position and dated[p].type in types), None)
        if followed is not None and followed.time is not None and followed.time.first:
            dated[position] = replace(event, time=_after(followed.time, followed.time.first))
    return dated


def _adopted_at_sitting(events: list[Event], tokens: list[list[int]], doc: Doc) -> list[Event]:
    """A resolution adopted without a named body (`Er werd een resolutie aangenomen`) in the
    sentence after one that tells of a debate or meeting of a body (`In de
    VN-Mensenrechtenraad vond op 18 september een debat plaats`) was adopted there: that body
    is its agent and, without a time of its own, it gets the sitting's."""
    owner = {token: position for position, triggers in enumerate(tokens) for token in triggers}
    adopted = list(events)
    for position, event in enumerate(events):
        if event.type not in ADOPTED or event.roles.get("agent"):
            continue
        sentence = doc[min(tokens[position])].sent
        if sentence.start == 0:
            continue
        before = doc[sentence.start - 1].sent
        sittings = [events[owner[t]] for t in sorted(owner, reverse=True)
                    if before.start <= t < before.end and events[owner[t]].type in SITTINGS]
        body = next((a for sitting in sittings[:1] for role in ("place", "agent", "participant")
                     for a in sitting.roles.get(role, []) if a.type == "ORG"), None)
        if body is None:
            continue
        time = event.time
        if time is None or not time.resolved:
            time = _within(sittings[0].time) or time
        adopted[position] = replace(event, roles={**event.roles, "agent": [body]}, time=time)
    return adopted


def _after(time: TimeExpression, first: date) -> TimeExpression:
    """What is known of the time of something that follows at once what happened at `time`."""
    start, last, precision = enclosing_period(first, first) or (first, first, "day")
    return replace(time, text=f"na {time.text}", first=start, last=last, precision=precision)


def _within(time: TimeExpression | None) -> TimeExpression | None:
    """What is known of the time of something that happened within `time`: the same, but of a
    span of several days only the month or year that holds it (a 3-day visit is no day)."""
    if time is None or time.first is None or time.last is None:
        return None
    if time.precision != "day" or time.first == time.last:
        return time
    period = enclosing_period(time.first, time.last)
    if period is None:
        return None
    first, last, precision = period
    return replace(time, first=first, last=last, precision=precision)


def _mention(match: Match, index: ActorIndex, times: TimeIndex,
             contained: TimeExpression | None = None,
             sittings: frozenset[int] = frozenset()) -> _Mention | None:
    """One mention of an event (None when it names none that counts; see extract_events).
    `sittings`: the triggers of debates and meetings, which a report is of, not by (`het
    verslag van de Raad Buitenlandse Zaken`)."""
    trigger, rule = match.trigger, match.rule
    sentence = trigger.sent
    nominal = (trigger.pos_ in {"NOUN", "PROPN"} and not has_subject(trigger)) or determined(
        trigger)
    definite = nominal and is_definite(trigger)
    time = times.at(trigger)
    dated = time is not None and time.resolved or contained is not None
    if is_question(sentence) and not (definite and dated):
        return None
    if any(has_negative_determiner(t) for t in (trigger, *match.required,
                                                 *logical_object(trigger), trigger.head)) or (
            not definite and is_negated(trigger, match.required)):
        return None
    specific = not _habitual(trigger) and (
        (not nominal and not _clause_of_noun(trigger)) or definite or dated
        or _asserted_past(trigger))
    proposed = about_happening(trigger, match.required, WISHING_VERBS) if not specific else (
        definite and not dated and about_happening(trigger, match.required, PROPOSING_VERBS))
    mood = Modality.PROPOSED if proposed else rule.modality or modality(trigger, match.required)
    roles: dict[str, list[Actor]] = {}
    for role in EVENT_ROLES:
        for function in rule.roles.get(role, ()):
            skipped = sittings if (rule.event, role) == ("Report", "agent") else frozenset()
            actors = [a for a in _actors(function, match, index, skipped)
                      if not (role == "place" and a.type == "PER")]
            if actors:
                roles[role] = actors
                break
    taking_part = tuple(dict.fromkeys(
        actor for role in rule.participation for actor in roles.get(role, [])
        if not (role == "place" and actor.type == "LOC")))
    event = Event(
        key=0, type=rule.event or "Other", label=_label(trigger), taking_part=taking_part,
        trigger=Span(trigger.idx, trigger.idx + len(trigger)),
        sentence=Span(sentence.start_char, sentence.end_char), rule=rule.id, roles=roles,
        time=time, modality=mood,
    )
    another = any(c.dep_ == "amod" and c.lemma_.lower() in ANOTHER for c in trigger.children)
    predicated = time is not None and time.resolved and not times.own(trigger) and not another
    named_definite = definite or any(is_definite(t) for t in match.required
                                     if t.pos_ in {"NOUN", "PROPN"})
    described = tuple(t.i for t in match.required
                      if t == trigger.head and trigger.dep_ == "acl:relcl")
    return _Mention(event, (trigger.i, *described), named_definite, predicated, specific, another,
                    proposed, has_demonstrative(trigger))


def _actors(function: str, match: Match, index: ActorIndex,
            skipped: frozenset[int] = frozenset()) -> list[Actor]:
    """The actors that fill a function of a match, but those named by a `skipped` word."""
    found: dict[str, Actor] = {}
    for head, referent in index.fill(function, match, events=False):
        if referent.actor is not None and head.i not in skipped:
            found.setdefault(referent.actor.entity_id, referent.actor)
    return list(found.values())


def _habitual(trigger: Token) -> bool:
    """A trigger in (or of) a clause that says it happens again and again (HABITUAL)."""
    words = {trigger, governing_verb(trigger)}
    return any(c.lemma_.lower() in HABITUAL or c.lower_ in HABITUAL
               for word in words for c in word.children if c.dep_ not in CLAUSAL)


def _clause_of_noun(trigger: Token) -> bool:
    """A `te` infinitive that says what a noun is about (`het recht om vreedzaam te
    demonstreren`, `de oproep om te staken`): a kind of act, not one that happens."""
    return trigger.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "te"
                                         for c in trigger.children)


def _asserted_past(trigger: Token) -> bool:
    """An argument of an asserted past-tense predicate (`Protesten bleven aanzwellen`), or a
    modifier or conjunct of one; not a noun in an adverbial (`verder dan sancties ging hij`),
    nor what the predicate asked for (`heeft zich hard gemaakt voor een spoeddebat`)."""
    verb = governing_verb(trigger)
    phrase = trigger
    while phrase.dep_ in PHRASE_LINKS and phrase.head != verb and phrase.head != phrase:
        phrase = phrase.head
    return (phrase.head == verb and phrase.dep_ in ARGUMENTS and is_past(verb)
            and not is_negated(verb) and modality(verb) is Modality.ASSERTED
            and not about_happening(trigger, (), WISHING_VERBS))


def _coreferent(mention: _Mention, events: list[Event], specific: list[bool],
                definite: list[bool]) -> int | None:
    """The earlier event a mention refers to: same type and compatible place, and either the
    same sentence, an overlapping time, an undated definite reference (`de verkiezingen` after
    `de verkiezingen van 9 augustus`), an undated mention that adds no one, or a definite or
    adding-no-one mention that its clause dates where the earlier one is undated (`Het debat
    vindt op 18 september plaats` after `een debat over Iran`), or a definite one with a date
    of its own after an undated definite one (`de verkiezingen van 26 oktober` after a heading
    `na de verkiezingen`; `definite` per event). Of several, the latest one
    that shares a participant with it (`de arrestatie van Navalny` after another arrest),
    else the latest. An earlier indefinite mention (`specific` False) is only taken up by a
    definite one, and only where no specific event qualifies."""
    candidates = [position for position in range(len(events) - 1, -1, -1)
                  if (specific[position] or mention.definite)
                  and _refers_to(mention, events[position], definite[position])]
    shared = [p for p in candidates if _shares_someone(events[p], mention.event)]
    ranked = sorted(shared + [p for p in candidates if p not in shared],
                    key=lambda p: not specific[p])
    return ranked[0] if ranked else None


def _refers_to(mention: _Mention, old: Event, old_definite: bool) -> bool:
    new = mention.event
    if old.type != new.type or not _same_place(old, new) or (
            not mention.pointing and _different_parties(old, new)):
        return False
    times = (old.time is not None and old.time.resolved,
             new.time is not None and new.time.resolved)
    if all(times):
        return _overlap(old, new)
    anaphoric = (mention.definite and not times[1]) or (
        mention.predicated and not times[0] and (mention.definite or _adds_nothing(new))) or (
        mention.definite and old_definite and not times[0] and not mention.another)
    return old.sentence == new.sentence or anaphoric or (not any(times) and _adds_nothing(new))


def _shares_someone(old: Event, new: Event) -> bool:
    def someone(event: Event) -> set[str]:
        return {a.entity_id for role, actors in event.roles.items() if role != "place"
                for a in actors}
    return bool(someone(old) & someone(new))


def _different_parties(old: Event, new: Event) -> bool:
    """Both name who acts, or who undergoes it, and no one in common (`de verklaring van de
    EU` and `een nationale verklaring` by the minister; `de arrestatie van Navalny` and `de
    massale arrestaties van demonstranten`): two events."""
    for role in ("agent", "patient"):
        before = {a.entity_id for a in old.roles.get(role, [])}
        after = {a.entity_id for a in new.roles.get(role, [])}
        if before and after and not before & after:
            return True
    return False


def _adds_nothing(new: Event) -> bool:
    """An undated mention that names no one, only (at most) a place (`Ook zijn veel mensen
    aangehouden`): taken to be the earlier event of its type rather than a new one."""
    return not any(actors for role, actors in new.roles.items() if role != "place")


def _same_place(old: Event, new: Event) -> bool:
    before = {a.entity_id for a in old.roles.get("place", [])}
    after = {a.entity_id for a in new.roles.get("place", [])}
    return not before or not after or bool(before & after)


def _overlap(old: Event, new: Event) -> bool:
    assert old.time is not None and new.time is not None
    first, last = old.time.first, old.time.last
    other_first, other_last = new.time.first, new.time.last
    assert first and last and other_first and other_last
    return first <= other_last and other_first <= last


def _merged(old: Event, new: Event) -> Event:
    """The earlier event with the later mention's participants and, if more precise, time."""
    roles = {role: list(actors) for role, actors in old.roles.items()}
    for role, actors in new.roles.items():
        present = {a.entity_id for a in roles.get(role, [])}
        roles.setdefault(role, []).extend(a for a in actors if a.entity_id not in present)
    time = old.time
    if new.time is not None and new.time.resolved and (
            time is None or not time.resolved or _narrower(new, old)):
        time = new.time
    modality_ = old.modality if old.modality is Modality.ASSERTED else new.modality
    return replace(old, roles=roles, time=time, modality=modality_,
                   taking_part=tuple(dict.fromkeys((*old.taking_part, *new.taking_part))))


def _narrower(new: Event, old: Event) -> bool:
    assert new.time is not None and old.time is not None
    assert new.time.first and new.time.last and old.time.first and old.time.last
    return (new.time.last - new.time.first) < (old.time.last - old.time.first)


def _label(trigger: Token) -> str:
    """The trigger's phrase without clauses, at most LABEL_WORDS words on either side; for a
    verb, the verb and the phrase of its object."""
    if trigger.pos_ in {"VERB", "AUX"}:
        objects = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}]
        return " ".join([trigger.text, *(_label(antecedent(o)) for o in objects[:1])])
    words = _phrase(trigger)
    start = end = trigger.i
    while start - 1 in words and trigger.i - start < LABEL_WORDS:
        start -= 1
    while end + 1 in words and end - trigger.i < LABEL_WORDS:
        end += 1
    return " ".join(trigger.doc[start:end + 1].text.split()).strip(" ,.;:")


def _phrase(head: Token) -> set[int]:
    words = {head.i}
    stack = [c for c in head.children if c.dep_ not in CLAUSAL | {"case"}]
    while stack:
        token = stack.pop()
        words.add(token.i)
        stack += [c for c in token.children if c.dep_ not in CLAUSAL]
    return words
