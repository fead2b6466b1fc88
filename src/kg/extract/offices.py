"""Offices and memberships a document states: `holdsOffice` where the text designates a person
by an office, `memberOf` for the askers' parties in a Kamervragen header and for the
membership rules (data/rules/stances.yaml).

An office designation is an office phrase the linker resolved to its holder (`de
minister-president`, the signature `De Minister van Buitenlandse Zaken,`), or an office or
title right before or after a name (`president Loekasjenko`, `Hoge Vertegenwoordiger
Borrell`, `de voorzitter van de Europese Raad, Charles Michel`), optionally qualified by a
state's adjective (`de Russische minister Lavrov`). For a person the gazetteer knows, the
office must be one it lists for that person on the document date (on any date when the
document is undated); for a person it does not know, only an office right before the name
whose state the text names: a role that names its state (`Wit-Russische president`), or a
state adjective before a state office (`de Turkse minister X`).

The object is the body the office is held in (office_body): the role's `org`, except that an
organisation inside the government of the role's jurisdiction (a ministry, a federal public
service) gives that government, which its minister sits in (`Nederlandse regering`,
`Vlaamse Regering`); a state adjective's office is held in that state.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Tokens

from ..ingest.records import Agent, Document, PassageKind
from ..ingest.structure import ASKER
from ..link.agents import ResolvedAgent
from ..link.kb import Entity, KnowledgeBase, Role, normalise
from ..link.mentions import Mention
from ..link.roles import DETERMINERS, GOVERNMENT, office_at, office_body
from ..link.titles import TITLES
from .actors import actor_of, actor_of_entity, agent_actor
from .records import Actor, Modality, Polarity, Span, Stance

OFFICE_RULE = "office-designation"
PARTY_RULE = "asker-party"
FORMER = frozenset({"voormalig", "voormalige", "toenmalig", "toenmalige", "vorige", "vroegere",
                    "gewezen", "ex", "oud", "beoogd", "beoogde", "kandidaat", "aankomend",
                    "aankomende"})
"""Words before an office that say the person does not hold it (now)."""
STATE_TITLES = frozenset({"minister", "president", "premier", "minister-president",
                          "kanselier", "bondskanselier", "staatssecretaris", "vicepremier",
                          "ambassadeur"})
"""Titles of offices held in a state: with a state adjective they name the office's state."""
MAX_OFFICE_TOKENS = 12


@dataclass(frozen=True)
class Designation:
    """An office phrase or title next to a person.

    phrase (Tokens): the words, with a state adjective before them.
    office (str): the office phrase or title word as written.
    title (bool): a bare title word (`president`), not a gazetteer office phrase.
    state (Entity | None): the state the adjective names.
    adjacent (bool): right before the name (`president Loekasjenko`) or the mention itself.
    """

    phrase: Tokens
    office: str
    title: bool
    state: Entity | None
    adjacent: bool


def office_stances(doc: Doc, document: Document, mentions: Sequence[Mention],
                   kb: KnowledgeBase) -> list[Stance]:
    """HoldsOffice stances (person -> body) for the persons the text designates by office."""
    meta = document.meta
    day = meta.date or meta.date_answered or meta.date_asked
    stances = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.entity_type != "PER" or span is None or not len(span):
            continue
        designation = designation_of(doc, span, kb)
        if designation is None:
            continue
        body = office_holder_body(designation, mention.entity_id, kb, day)
        if body is None:
            continue
        phrase = designation.phrase
        stances.append(_fact("HoldsOffice", actor_of(mention), actor_of_entity(body),
                             Span(phrase.start_char, phrase.end_char), _sentence(phrase),
                             OFFICE_RULE, day))
    return stances


def designation_of(doc: Doc, name: Tokens, kb: KnowledgeBase) -> Designation | None:
    """The office phrase or title that designates the person mentioned at `name`: the mention
    itself (an office, or `Minister Blok`), right before it (after a comma too), or after it
    and a comma; None after `voormalig`, `oud-`, `toenmalig`."""
    found = _within(doc, name, kb) or _before(doc, name.start, kb) or _after(doc, name.end, kb)
    if found is None:
        return None
    office, title, adjacent = found
    phrase, state = office, _state_adjective(doc[office.start], kb)
    if state is None and office.start > 0:
        state = _state_adjective(doc[office.start - 1], kb)
        phrase = doc[office.start - 1:office.end] if state is not None else office
    if phrase.start > 0 and doc[phrase.start - 1].lower_.rstrip("-") in FORMER:
        return None
    return Designation(phrase, office.text, title, state, adjacent)


def _within(doc: Doc, name: Tokens, kb: KnowledgeBase) -> tuple[Tokens, bool, bool] | None:
    office = office_at(doc, name.start, kb)
    if office is not None:
        return office, False, True
    if doc[name.start].lower_ in TITLES and len(name) > 1:
        return doc[name.start:name.start + 1], True, True
    return None


def _before(doc: Doc, start: int, kb: KnowledgeBase) -> tuple[Tokens, bool, bool] | None:
    stop = _skip_space_back(doc, start)
    office = _office_ending(doc, stop, kb)
    if office is not None:
        return office, False, True
    if stop > 0 and doc[stop - 1].lower_ in TITLES:
        return doc[stop - 1:stop], True, True
    if stop > 0 and doc[stop - 1].text == ",":
        office = _office_ending(doc, _skip_space_back(doc, stop - 1), kb)
        if office is not None:
            return office, False, False
    return None


def _after(doc: Doc, end: int, kb: KnowledgeBase) -> tuple[Tokens, bool, bool] | None:
    i = _skip_space(doc, end)
    if i >= len(doc) or doc[i].text != ",":
        return None
    i = _skip_space(doc, i + 1)
    if i < len(doc) and doc[i].lower_ in DETERMINERS:
        i += 1
    office = office_at(doc, i, kb) if i < len(doc) else None
    return (office, False, False) if office is not None else None


def _office_ending(doc: Doc, stop: int, kb: KnowledgeBase) -> Tokens | None:
    """The longest office phrase that ends right before token `stop`."""
    for i in range(max(0, stop - MAX_OFFICE_TOKENS), stop):
        office = office_at(doc, i, kb)
        if office is not None and office.end == stop:
            return office
    return None


def _skip_space_back(doc: Doc, i: int) -> int:
    while i > 0 and doc[i - 1].is_space:
        i -= 1
    return i


def _skip_space(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _state_adjective(token: Token, kb: KnowledgeBase) -> Entity | None:
    """The country an adjective denotes (`Russische` -> Rusland)."""
    states = {f.entity.id: f.entity for f in kb.forms(token.text)
              if f.is_adjective and f.entity.type == "LOC"}
    return next(iter(states.values())) if len(states) == 1 else None


def office_holder_body(designation: Designation, person_id: str, kb: KnowledgeBase,
                       day: date | None) -> Entity | None:
    """The one body the designated office of the person is held in, or None."""
    person = kb.entities.get(person_id)
    if person is not None:
        roles = [kb.roles[o.role] for o in person.offices if o.role in kb.roles
                 and (day is None or o.held_on(day)) and _names(kb.roles[o.role], designation, kb)]
        bodies = {b.id: b for role in roles if (b := office_body(kb, role)) is not None}
    elif designation.adjacent:
        bodies = _named_bodies(designation, kb)
    else:
        return None
    if designation.state is not None:
        bodies = {i: b for i, b in bodies.items() if designation.state.id in kb.part_of_chain(i)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _names(role: Role, designation: Designation, kb: KnowledgeBase) -> bool:
    """Whether the office phrase names the role, or the title is a word of its names."""
    if not designation.title:
        return role in kb.roles_named(designation.office)
    title = normalise(designation.office)
    return any(title in normalise(name).split() for name in (role.label, *role.aliases))


def _named_bodies(designation: Designation, kb: KnowledgeBase) -> dict[str, Entity]:
    """For a person the gazetteer does not know: the state a role that names it or a state
    adjective before a state office names."""
    if designation.title:
        state = designation.state
        if state is not None and normalise(designation.office) in STATE_TITLES:
            return {state.id: state}
        return {}
    roles = [r for r in kb.roles_named(designation.office) if r.jurisdiction is None]
    return {b.id: b for role in roles if (b := office_body(kb, role)) is not None}


def party_stances(doc: Doc, document: Document, mentions: Sequence[Mention],
                  agents: Mapping[Agent, ResolvedAgent]) -> list[Stance]:
    """MemberOf stances (asker -> party) from `het lid NAME (PARTY)` in the header."""
    meta = document.meta
    headers = [p for p in document.passages if p.kind is PassageKind.HEADER]
    stances = []
    for asker in meta.askers:
        if asker.party is None or asker.name is None or asker not in agents:
            continue
        for passage in headers:
            for match in ASKER.finditer(document.text, passage.start, passage.end):
                if match["party"] != asker.party or not match["name"].endswith(asker.name):
                    continue
                party = _mention_in(mentions, match.start("party"), match.end("party"))
                tokens = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if party is None or party.entity_type != "ORG" or tokens is None:
                    continue
                stances.append(_fact("MemberOf", agent_actor(agents[asker]), actor_of(party),
                                     Span(match.start(), match.end()), _sentence(tokens),
                                     PARTY_RULE, meta.date_asked or meta.date))
    return stances


def _mention_in(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start and m.end <= end), None)


def memberships(stances: Sequence[Stance], kb: KnowledgeBase) -> Iterator[Stance]:
    """The rule stances, with MemberOf kept only towards an organisation, and a government
    that is a member replaced by its state (states are members of international bodies)."""
    for stance in stances:
        if stance.type != "MemberOf":
            yield stance
        elif isinstance(stance.target, Actor) and stance.target.type == "ORG":
            holder = _state_of_government(stance.holder, kb)
            if holder != stance.target:
                yield replace(stance, holder=holder)


def _state_of_government(actor: Actor, kb: KnowledgeBase) -> Actor:
    entity = kb.entities.get(actor.entity_id)
    state = kb.entities.get(entity.part_of) if entity and entity.part_of else None
    if state is not None and state.type == "LOC" and kb.collective(state.id, GOVERNMENT) == entity:
        return actor_of_entity(state)
    return actor


def _sentence(tokens: Tokens) -> Span:
    sentence = tokens[0].sent
    return Span(sentence.start_char, sentence.end_char)


def _fact(kind: str, holder: Actor, target: Actor, evidence: Span, sentence: Span, rule: str,
          day: date | None) -> Stance:
    return Stance(type=kind, holder=holder, target=target, polarity=Polarity.POSITIVE,
                  modality=Modality.ASSERTED, evidence=evidence, sentence=sentence, rule=rule,
                  stated_on=day)
