"""Who and what a phrase denotes: linked mentions, the speaker behind `ik`, their government
behind `wij` and `het kabinet`, and events named by their trigger word."""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..ingest.records import Agent, Document
from ..link.agents import ResolvedAgent
from ..link.kb import Entity, KnowledgeBase
from ..link.mentions import Mention, name_id
from ..link.roles import office_body
from .grammar import about_happening, find_role, governing_verb
from .match import Match
from .records import Actor

CONCEPT = "concept:"
FIRST_PERSON = {"ik", "mij", "me", "mijn", "mezelf"}
FIRST_PERSON_PLURAL = {"wij", "we", "ons", "onze", "onszelf"}
GOVERNMENT_NOUNS = {"kabinet", "regering"}
REPORTED_PRONOUNS = {"het", "hij", "zij", "ze", "hem", "haar", "zich"}
MASCULINE_PRONOUNS = {"hij", "hem"}
SENTENCE_ENDS = {".", "!", "?", ";"}
WORK = "WORK"
FRAMEWORK = re.compile(r"(\w+)-(?:verband)?", re.UNICODE)
"""`EU-verband` (in the framework of the EU); `OVSE-` in `in OVSE- en VN-verband`."""
ENVOYS = {"ambassadeur", "ambassadrice", "gezant", "zaakgelastigde", "ambassade"}
"""Who stand for their country: the one its adjective names (`de Russische ambassadeur`)."""
STATE_ACTS = {"optreden", "repressie", "onderdrukking", "geweld", "beleid", "aanpak",
              "agressie", "invasie", "inval", "bezetting", "annexatie", "vervolging",
              "censuur", "machtsmisbruik", "wetgeving"}
"""Acts of a state: qualified by a country's adjective, they are its authorities' acts."""
PHRASE_DEPS = ("appos", "flat", "flat:name", "compound", "nmod")
"""Dependents searched for the entity of a phrase, nearest first (`de voorzitter van de
Europese Raad Charles Michel` -> the name in apposition before the organisation). An adjective
(`het Wit-Russische mensenrechtencentrum`) does not name the phrase's referent; only the
function `within` reads it (`de Wit-Russische verkiezingen` happen in Wit-Rusland)."""
ASIDE_PREPOSITIONS = {"tegen", "over"}
CONCEPT_CLAUSE_WORDS = 12
"""The longest relative clause kept in a concept's name."""
MODIFIER_HOPS = 1
TITLE_REACH = 12
"""How many words after a report noun its title may start (`het bericht van ByPol d.d.
15 januari jl. «The New Auschwitz»`)."""
"""How many nmod steps the search takes: `de situatie in Wit-Rusland` yes, `steun aan
bewegingen in het kader van het Oostelijk Partnerschap` no."""


@dataclass(frozen=True)
class Referent:
    """What a phrase denotes: an actor, or the key of an event of the document."""

    actor: Actor | None = None
    event: int | None = None


class ActorIndex:
    """Resolves phrase heads of one parsed document to actors and events."""

    def __init__(self, doc: Doc, document: Document, mentions: Sequence[Mention],
                 agents: Mapping[Agent, ResolvedAgent], kb: KnowledgeBase) -> None:
        self.document = document
        self.agents = agents
        self.kb = kb
        self.events: dict[int, int] = {}
        """Trigger token index -> event key, filled in by the event extraction."""
        self.authors: dict[int, list[Actor]] = {}
        """Event key -> the agents of a statement, resolution or report (who says what it
        says), filled in by the event extraction."""
        self._all = tuple(mentions)
        self._mentions: dict[int, Mention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self._mentions.setdefault(token.i, mention)

    def document_place(self) -> Actor | None:
        """The country (or other outermost place) the document mentions most often, counting
        its cities, its authorities and its people as mentions of it (the first of equals),
        other than the state its speakers govern (a Dutch minister's letter on Venezuela names
        Nederland often; it is about Venezuela)."""
        return self._places[0][1] if self._places else None

    def sentence_place(self, sentence: Span) -> Actor | None:
        """The first place `sentence` names within the document place (`in Moskou`, where the
        parse did not say what happened there); None when it names none."""
        country = self.document_place()
        return next((actor_of(m) for m, place in self._places if place == country
                     and m.entity_type == "LOC" and m.entity_id != place.entity_id
                     and sentence.start_char <= m.start < sentence.end_char), None)

    @cached_property
    def _places(self) -> list[tuple[Mention, Actor]]:
        """(mention, its outermost place) for the mentions of places other than the speakers'
        own states, those of the most mentioned place first (in text order otherwise)."""
        own = self._own_states()
        places = [(m, place) for m in self._all
                  if (place := self._outermost_place(m)) is not None
                  and place.entity_id not in own]
        counts = Counter(place.entity_id for _, place in places)
        first = {place.entity_id: i for i, (_, place) in reversed(list(enumerate(places)))}
        return sorted(places, key=lambda p: (-counts[p[1].entity_id], first[p[1].entity_id]))

    def _outermost_place(self, mention: Mention) -> Actor | None:
        """The outermost place containing a mention's entity (Caracas, de Venezolaanse
        autoriteiten -> Venezuela); a place the gazetteer does not know stands for itself."""
        if mention.entity_id not in self.kb.entities:
            return actor_of(mention) if mention.entity_type == "LOC" else None
        outermost = self.kb.entities[self.kb.part_of_chain(mention.entity_id)[-1]]
        return actor_of_entity(outermost) if outermost.type == "LOC" else None

    def _own_states(self) -> set[str]:
        """The states whose governments the document's speakers speak for."""
        states = set()
        for agent in self.agents.values():
            government = self.government(agent)
            if government is not None and government.part_of:
                states.add(government.part_of)
        return states

    def speaker(self, token: Token) -> ResolvedAgent | None:
        """Who says the passage the token is in."""
        passage = self.document.passage_at(token.idx)
        if passage is None or passage.speaker is None:
            return None
        return self.agents.get(passage.speaker)

    def mention_at(self, token: Token) -> Mention | None:
        return self._mentions.get(token.i)

    def fill(self, function: str, match: Match, *, events: bool,
             reporter: Actor | None = None) -> list[tuple[Token, Referent]]:
        """What fills a grammatical function of a trigger: (phrase head, referent) pairs.

        The function `sentence-place` is the first place in the sentence that lies within
        the document place (`in Moskou`, where the parse does not say what happened there),
        `speaker` the government the passage speaker represents (the speaker
        when there is none), `writer` the passage speaker themself, `framework` the
        organisation of an `in EU-verband` phrase, `author` the agent of the
        statement, resolution or report the trigger is part of, `document-place` the
        place the document mentions most, `title` the first title (WORK) within a few words
        after the trigger; the others are read from the parse (grammar.find_role). An
        event's `clause-subject` is none when
        the clause takes an attitude towards it (`Het kabinet steunt de verklaring`).
        `concept:<function>` also accepts a noun phrase that names no entity, as a concept
        (`economische sancties`).
        """
        trigger = match.trigger
        if function == "sentence-place":
            place = self.sentence_place(trigger.sent)
            return [(trigger, Referent(place))] if place is not None else []
        if function == "document-place":
            place = self.document_place()
            return [(trigger, Referent(place))] if place is not None else []
        if function == "speaker":
            speaker = self.speaker(trigger)
            if speaker is None:
                return []
            government = self.government(speaker)
            actor = actor_of_entity(government) if government else agent_actor(speaker)
            return [(trigger, Referent(actor))]
        if function == "writer":
            writer = self.speaker(trigger)
            return [(trigger, Referent(agent_actor(writer)))] if writer is not None else []
        if function == "framework":
            return [(head, Referent(actor)) for head, actor in self._frameworks(trigger)]
        if function == "author":
            key = self.events.get(trigger.i)
            return [(trigger, Referent(actor)) for actor in self.authors.get(key or 0, [])]
        if function == "title":
            work = self._title_after(trigger)
            return [(trigger, Referent(actor_of(work)))] if work is not None else []
        if (function == "clause-subject" and match.rule.event is not None
                and about_happening(trigger, match.required)):
            return []
        concept = function.startswith(CONCEPT)
        found = []
        for head in find_role(function.removeprefix(CONCEPT), trigger, match.required,
                              match.reflexive):
            referent = self.referent(head, events=events, reporter=reporter,
                                     reach=0 if function == "within" else MODIFIER_HOPS)
            if referent is None and function == "within":
                referent = next((Referent(actor_of(m)) for c in head.children
                                 if c.dep_ == "amod" and (m := self._mentions.get(c.i))), None)
            if referent is None and concept and head.pos_ == "NOUN":
                referent = Referent(concept_of(head))
            if referent is not None:
                found.append((head, referent))
        return found

    def _frameworks(self, trigger: Token) -> list[tuple[Token, Actor]]:
        """The organisations of an `in EU-verband` phrase on the trigger or its clause (`In
        OVSE-verband werd een missie ingesteld`: the OSCE), including coordinated ones (`in
        EU- en VN-verband`)."""
        found = []
        for word in {trigger, governing_verb(trigger)}:
            for phrase in word.children:
                if phrase.dep_ not in {"obl", "nmod"} or not any(
                        c.dep_ == "case" and c.lower_ == "in" for c in phrase.children):
                    continue
                for part in (phrase, *(c for c in phrase.children if c.dep_ == "conj")):
                    name = FRAMEWORK.fullmatch(part.text)
                    bodies = [e for e in self.kb.lookup(name.group(1)) if e.type == "ORG"] if (
                        name) else []
                    found += [(part, actor_of_entity(body)) for body in bodies[:1]]
        return found

    def _title_after(self, trigger: Token) -> Mention | None:
        """The first title (a WORK) within TITLE_REACH words after the trigger, before the
        sentence ends (by its punctuation: the parser may start a sentence at the title)."""
        for token in trigger.doc[trigger.i + 1:trigger.i + 1 + TITLE_REACH]:
            if token.text in SENTENCE_ENDS:
                break
            mention = self._mentions.get(token.i)
            if mention is not None and mention.entity_type == WORK:
                return mention
        return None

    def referent(self, head: Token, *, events: bool, reporter: Actor | None = None,
                 reach: int = MODIFIER_HOPS) -> Referent | None:
        """The actor (or, with `events`, the event) a phrase denotes, searching the head, then
        its appositions and modifiers but those aside (`_aside`), breadth-first (`reach` nmod
        steps at most); pronouns by person. Without `events`, a statement, resolution or
        report stands for its author (`de resolutie roept … op`: its authors call).

        head (Token): the head of the phrase.
        events (bool): whether an event may be the answer (targets: yes; holders: no).
        reporter (Actor | None): who a reported clause belongs to, for `het`/`zij` inside it.
        reach (int): 0 for the word itself and its name (`within`: `de verklaring over Iran`
            is not by Iran).
        """
        pronoun = self._pronoun(head, reporter)
        if pronoun is not None:
            return Referent(pronoun)
        queue = deque([(head, 0)])
        seen = {head.i}
        while queue:
            token, hops = queue.popleft()
            mention = self._mentions.get(token.i)
            if mention is not None:
                return Referent(actor_of(mention))
            if events and token.i in self.events:
                return Referent(event=self.events[token.i])
            if token.i in self.events and self.authors.get(self.events[token.i]):
                return Referent(self.authors[self.events[token.i]][0])
            state = self._acting_state(token)
            if state is not None:
                return Referent(state)
            for child in sorted(token.children, key=lambda c: PHRASE_DEPS.index(c.dep_)
                                if c.dep_ in PHRASE_DEPS else len(PHRASE_DEPS)):
                deeper = hops + (child.dep_ == "nmod")
                if (child.dep_ in PHRASE_DEPS and child.i not in seen and deeper <= reach
                        and not _aside(token, child)):
                    seen.add(child.i)
                    queue.append((child, deeper))
        return None

    def _acting_state(self, token: Token) -> Actor | None:
        """The authorities of the country whose adjective qualifies an act of state (`het
        Wit-Russische optreden`, `de Iraanse repressie`); the country itself for its envoy
        (`de Russische ambassadeur`, as `de ambassadeur van Rusland`)."""
        envoy = _one_of(token, ENVOYS)
        if not envoy and not _one_of(token, STATE_ACTS):
            return None
        for child in token.children:
            mention = self._mentions.get(child.i) if child.dep_ == "amod" else None
            country = self.kb.entities.get(mention.entity_id) if mention is not None else None
            if country is None or country.type != "LOC":
                continue
            if envoy:
                return actor_of_entity(country)
            authorities = self.kb.collective(country.id, "autoriteiten")
            if authorities is not None:
                return actor_of_entity(authorities)
        return None

    def _pronoun(self, token: Token, reporter: Actor | None) -> Actor | None:
        word = token.lower_
        if token.i in self._mentions:
            return None
        if word in FIRST_PERSON:
            speaker = self.speaker(token)
            return agent_actor(speaker) if speaker is not None else None
        if word in FIRST_PERSON_PLURAL or (token.lemma_.lower() in GOVERNMENT_NOUNS
                                           and _unqualified(token)):
            speaker = self.speaker(token)
            government = self.government(speaker) if speaker is not None else None
            return actor_of_entity(government) if government is not None else None
        if reporter is not None and word in REPORTED_PRONOUNS and token.pos_ == "PRON":
            return reporter
        if word in MASCULINE_PRONOUNS and token.pos_ == "PRON":
            return self._only_person_before(token)
        return None

    def _only_person_before(self, token: Token) -> Actor | None:
        """The one person named before the pronoun in its sentence, or else in the sentence
        before (`… bestuurd door president Loekasjenko en ook nu won hij …`); none when two
        people compete. The speaker's `ik` is none of them (`Darchiashvili verdedigde de wet.
        Ik heb hem opgeroepen …`: Darchiashvili)."""
        sentence = token.sent
        previous = token.doc[sentence.start - 1].sent if sentence.start > 0 else None
        spans = [(sentence.start_char, token.idx)]
        if previous is not None:
            spans.append((previous.start_char, previous.end_char))
        for start, end in spans:
            people = {m.entity_id: m for m in self._all
                      if m.entity_type == "PER" and start <= m.start and m.end <= end
                      and m.text.lower() not in FIRST_PERSON | FIRST_PERSON_PLURAL}
            if people:
                return actor_of(next(iter(people.values()))) if len(people) == 1 else None
        return None

    def government(self, speaker: ResolvedAgent) -> Entity | None:
        """The government a minister speaks for: the body of their office on the document
        date (kg.link.roles.office_body: a ministry's government)."""
        person = speaker.entity
        if person is None:
            return None
        meta = self.document.meta
        on: date | None = meta.date or meta.date_answered or meta.date_asked
        for office in person.offices:
            role = self.kb.roles.get(office.role)
            if role is None or (on is not None and not office.held_on(on)):
                continue
            body = office_body(self.kb, role)
            if body is not None and body.type == "ORG":
                return body
        return None


def _aside(head: Token, modifier: Token) -> bool:
    """A modifier that never names the phrase's referent: a `tegen` phrase names the one acted
    against (`het optreden tegen demonstranten`), an `over` phrase the topic (`een zitting
    over Iran`), and the modifiers of a nominalised verb its arguments (`het opschorten van
    de gesprekken`), but for an act of state, which is its actor's (`het optreden van de
    regering`; the treebanks tag `het optreden` as a verb)."""
    return (any(c.dep_ == "case" and c.lower_ in ASIDE_PREPOSITIONS for c in modifier.children)
            or (head.pos_ == "VERB" and modifier.dep_ == "nmod" and not _one_of(head, STATE_ACTS)))


def _one_of(token: Token, words: set[str]) -> bool:
    """Whether the token's lemma or form is one of `words`."""
    return token.lemma_.lower() in words or token.lower_ in words


def _unqualified(token: Token) -> bool:
    """`het kabinet`, `de regering` without an adjective or modifier naming whose it is."""
    return not any(c.dep_ in {"amod", "nmod", "compound", "flat"} for c in token.children)


def concept_of(head: Token) -> Actor:
    """A concept named by a noun, the adjectives before it (`economische sancties`) and a
    short relative clause that narrows it (`sancties die de hulpverlening bemoeilijken`: not
    every sanction)."""
    words = [c for c in head.lefts if c.dep_ in {"amod", "compound"} and c.pos_ == "ADJ"]
    name = " ".join(w.text for w in (*words, head))
    clause = next((c for c in head.rights if c.dep_ == "acl:relcl"), None)
    if clause is not None and len(list(clause.subtree)) <= CONCEPT_CLAUSE_WORDS:
        tokens = [t for t in clause.subtree if not t.is_space and not t.is_punct]
        name = " ".join([name, *(t.text for t in tokens)])
    return Actor(name_id(name), name, "MISC")


def actor_of(mention: Mention) -> Actor:
    return Actor(mention.entity_id, mention.entity_label, mention.entity_type, mention.qid)


def actor_of_entity(entity: Entity) -> Actor:
    return Actor(entity.id, entity.label, entity.type, entity.qid)


def agent_actor(resolved: ResolvedAgent) -> Actor:
    """The actor of a document agent, with the same id kg.graph.build gives its node."""
    if resolved.entity is not None:
        return actor_of_entity(resolved.entity)
    return Actor(name_id(resolved.label), resolved.label, "PER")
