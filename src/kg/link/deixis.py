"""Words whose entity depends on who speaks and where the document is from: `ik`, `wij`,
`u`, `ons land`, `het kabinet`, `uw Kamer`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .agents import ResolvedAgent
from .context import LinkContext, Voice
from .kb import Entity, KnowledgeBase
from .quotes import quoted_spans
from .targets import CONTEXT, NER_LABELS, Candidate, Target

FIRST_PERSON = frozenset({"ik", "mij"})
FIRST_PLURAL = frozenset({"wij", "we"})
SECOND_PERSON = frozenset({"u"})
PRONOUNS = FIRST_PERSON | FIRST_PLURAL | SECOND_PERSON
# Nouns for the government of the document's own state or region, when its gazetteer entry
# has the adjective + noun as a name (Nederlandse kabinet, Vlaamse regering).
GOVERNMENT_NOUNS = ("kabinet", "regering")
PARLIAMENT_WORDS = frozenset({"kamer", "parlement"})
CHAMBER_WORDS = frozenset({"uw", "de", "het"})
PLENARY_NOUNS = frozenset({"vergadering", "zitting"})
MEMBER_SUFFIXES = ("slid", "lid")


def deictic_mentions(doc: Doc, kb: KnowledgeBase, context: LinkContext) -> Iterator[Candidate]:
    """Pronouns of the speaker and addressee (not inside quotations), `ons land`, and the
    document's own government and parliament as `het kabinet`, `uw Kamer` and `de plenaire
    vergadering` name them."""
    government = own_government(kb, context)
    country = _own_country(kb, context)
    parliament = _parliament(kb, context)
    quotes = quoted_spans(doc.text)
    for token in doc:
        word, before = token.lower_, doc[token.i - 1].lower_ if token.i > 0 else ""
        start, end = token.idx, token.idx + len(token)
        target: Target | None = None
        if word in PRONOUNS and not any(s <= start < e for s, e in quotes):
            target = _pronoun_target(word, context.voice_at(start), government, context)
        elif word in GOVERNMENT_NOUNS and before in {"het", "de"}:
            target = _own_collective(kb, context, word)
        elif word == "land" and before == "ons":
            target, start = country, doc[token.i - 1].idx
        elif word in PARLIAMENT_WORDS and token.text[0].isupper() and before in CHAMBER_WORDS:
            target = parliament
            if before == "uw":
                start = doc[token.i - 1].idx
        elif _plenary(token):
            target = parliament
            start = doc[token.i - 1].idx if before == "plenaire" else start
        if target is not None:
            yield Candidate(start, end, NER_LABELS[target.type], target, CONTEXT)


def _plenary(token: Token) -> bool:
    """`de plenaire vergadering`, `het plenum`: the document's own parliament in full
    session, unless a `van` phrase names another (`de plenaire vergadering van de VN`)."""
    doc = token.doc
    before = [w.lower_ for w in doc[max(token.i - 2, 0):token.i]]
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    named = (token.lower_ in PLENARY_NOUNS and before[-2:] in (["de", "plenaire"],
                                                                ["het", "plenaire"])) or (
        token.lower_ == "plenum" and before[-1:] == ["het"])
    return named and after != "van"


def _pronoun_target(word: str, voice: Voice | None, government: Target | None,
                    context: LinkContext) -> Target | None:
    """`ik` is the speaker; `wij` the government a minister speaks for; `u` in a question
    the one addressee."""
    if voice is None:
        return None
    if word in FIRST_PERSON:
        return _agent_target(voice.speaker)
    if word in FIRST_PLURAL:
        return government if voice.for_government else None
    return None if voice.for_government else _addressed_person(context)


def own_government(kb: KnowledgeBase, context: LinkContext) -> Target | None:
    """The government of the document's jurisdiction (Nederlandse regering, Vlaamse Regering)."""
    return _own_collective(kb, context, "regering")


def _own_collective(kb: KnowledgeBase, context: LinkContext, noun: str) -> Target | None:
    entity = kb.collective(context.jurisdiction, noun) if context.jurisdiction else None
    return Target.of(entity) if entity is not None else None


def _own_country(kb: KnowledgeBase, context: LinkContext) -> Target | None:
    """The state of the jurisdiction: the outermost entity containing it."""
    if context.jurisdiction is None or context.jurisdiction not in kb.entities:
        return None
    return Target.of(kb.entities[kb.part_of_chain(context.jurisdiction)[-1]])


def _parliament(kb: KnowledgeBase, context: LinkContext) -> Target | None:
    """The chamber the document is addressed to (its chair's office) or whose members ask
    (`Tweede Kamerlid` -> Tweede Kamer), when that is one chamber."""
    bodies: list[Entity] = []
    for agent in context.agents:
        role = agent.agent.role or ""
        if agent in context.addressees:
            bodies += [kb.entities[o.org] for o in kb.roles_named(role) if o.org in kb.entities]
        suffix = next((s for s in MEMBER_SUFFIXES if role.lower().endswith(s)), None)
        if suffix:
            bodies += kb.lookup(role[:-len(suffix)])
    chambers = {b.id: b for b in bodies
                if b.type == "ORG" and b.label.split()[-1].lower() in PARLIAMENT_WORDS}
    return Target.of(next(iter(chambers.values()))) if len(chambers) == 1 else None


def _addressed_person(context: LinkContext) -> Target | None:
    persons = [a for a in context.addressees if a.entity is not None]
    return _agent_target(persons[0]) if len(persons) == 1 else None


def _agent_target(agent: ResolvedAgent) -> Target | None:
    if agent.entity is not None:
        return Target.of(agent.entity)
    return Target.named(agent.name, "PER") if agent.name else None



