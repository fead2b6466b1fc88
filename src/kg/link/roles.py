"""Offices and titles in the text: `de minister-president`, `de Minister van Buitenlandse
Zaken`, `Hoge Vertegenwoordiger Borrel`, `Minister Blok`, `president Loekasjenko`.

An office resolves to the one person holding it on the document date, looked for in the
document's jurisdiction, the regions containing it and the EU (kb.office_holders); a name
after a title resolves by name, surname or spelling, preferring the title's holders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .agents import by_surname
from .context import LinkContext
from .fuzzy import similar_person
from .kb import Entity, KnowledgeBase, Role, normalise
from .targets import CONTEXT, NAME, UNKNOWN, Candidate, Target
from .titles import PARTICLES, TITLES

GOVERNMENT = "regering"
"""The noun that, after a jurisdiction's adjective, names its government (KB.collective)."""
DETERMINERS = frozenset({"de", "het", "een", "uw", "onze", "zijn", "haar", "mijn"})
MAX_NAME_TOKENS = 4


def office_mentions(doc: Doc, kb: KnowledgeBase, context: LinkContext) -> Iterator[Candidate]:
    """Office phrases that denote one person on the document date, and the names after
    titles and offices."""
    phrases = kb.derived("role-first-words", _role_first_words)
    i = 0
    while i < len(doc):
        span = _office_at(doc, i, kb, phrases)
        if span is None:
            if doc[i].lower_ in TITLES:
                yield from _titled_name(doc, i + 1, kb, [])
            i += 1
            continue
        holders = _holders(span.text, kb, context)
        named = list(_titled_name(doc, span.end, kb, holders))
        yield from named
        naming = named or _apposition(doc, span.end, kb)
        holder = holders[0] if len(holders) == 1 else _named_holder(span.text, naming, kb,
                                                                     context)
        if holder is not None and naming and naming[0].target.id != holder.id:
            holder = _named_holder(span.text, naming, kb, context)  # a former holder, named
        if holder is not None and not _qualified(doc, span, kb) and _names_holder(naming, holder):
            start = span[1:] if span[0].lower_ in DETERMINERS else span
            end = _portfolio_end(doc, span.end) if span.text.isupper() else span.end
            yield Candidate(start.start_char, doc[end - 1].idx + len(doc[end - 1]), "PER",
                            Target.of(holder), CONTEXT, container=True)
        i = span.end


def _apposition(doc: Doc, end: int, kb: KnowledgeBase) -> list[Candidate]:
    """The known person named after an office and a comma (`De Hoge Vertegenwoordiger van de
    EU, Josep Borrell,`): who the office phrase denotes, whatever the document date."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return [c for c in _titled_name(doc, i, kb, []) if c.target.known]


def _named_holder(title: str, named: list[Candidate], kb: KnowledgeBase,
                  context: LinkContext) -> Entity | None:
    """The person named right after an office (`Hoge Vertegenwoordiger van de EU Borrell`)
    when the date does not decide (an undated letter) and that person held the office."""
    person = named[0].target if named and named[0].target.known else None
    if person is None:
        return None
    ever = kb.office_holders(title, context.jurisdiction, None)
    return next((h for h in ever if h.id == person.id), None)


def _names_holder(named: list[Candidate], holder: Entity) -> bool:
    """No name follows the office, or it is the holder's: `premier Kobachidze` is another
    state's premier, not the Dutch one."""
    return not named or named[0].target.id == holder.id


def _portfolio_end(doc: Doc, end: int) -> int:
    """The end of the portfolios listed after an office in a header (`VLAAMS MINISTER VAN
    BUITENLANDSE ZAKEN, CULTUUR, ICT EN FACILITAIR MANAGEMENT`)."""
    while (end + 1 < len(doc) and doc[end].lower_ in {",", "en"}
           and doc[end + 1].text.isupper() and doc[end + 1].is_alpha):
        end += 1
        while end < len(doc) and doc[end].text.isupper() and doc[end].is_alpha:
            end += 1
    return end


def office_at(doc: Doc, i: int, kb: KnowledgeBase) -> Span | None:
    """The longest office title (gazetteer role label or alias) starting at token i."""
    return _office_at(doc, i, kb, kb.derived("role-first-words", _role_first_words))


def _office_at(doc: Doc, i: int, kb: KnowledgeBase,
               phrases: dict[str, int]) -> Span | None:
    """The longest office title (gazetteer role label or alias) starting at token i."""
    for j in range(min(len(doc), i + phrases.get(doc[i].lower_, 0)), i, -1):
        if not doc[j - 1].is_space and kb.roles_named(doc[i:j].text):
            return doc[i:j]
    return None


def _holders(title: str, kb: KnowledgeBase, context: LinkContext) -> list[Entity]:
    """Holders of the office on the document date; when several (an undated document), the
    ones among the document's own agents."""
    holders = kb.office_holders(title, context.jurisdiction, context.day)
    if len(holders) > 1:
        agents = {a.entity.id for a in context.agents if a.entity is not None}
        holders = [h for h in holders if h.id in agents]
    return holders


def _qualified(doc: Doc, span: Span, kb: KnowledgeBase) -> bool:
    """`de Turkse minister van Buitenlandse Zaken`, `minister van Buitenlandse Zaken van
    Rusland`: another state's office than the title alone names."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and any(f.is_adjective for f in kb.forms(before.text)):
        return True
    after = doc[span.end:span.end + 2]
    return (len(after) == 2 and after[0].lower_ == "van"
            and any(f.entity.type == "LOC" for f in kb.forms(after[1].text)))


def _titled_name(doc: Doc, start: int, kb: KnowledgeBase,
                 holders: list[Entity]) -> Iterator[Candidate]:
    """The capitalised name right after a title (particles allowed inside), resolved."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS and _name_word(doc, end, start):
        end += 1
    while end > start and doc[end - 1].text in PARTICLES:
        end -= 1
    if end == start:
        return
    name = doc[start:end]
    person = person_named(name.text, kb, holders)
    if person is not None:
        yield Candidate(name.start_char, name.end_char, "PER", Target.of(person), NAME)
    elif not kb.forms(name.text):
        yield Candidate(name.start_char, name.end_char, "PER", Target.named(name.text, "PER"),
                        UNKNOWN)


def _name_word(doc: Doc, i: int, start: int) -> bool:
    """A capitalised word that is no function word (`De`, `In`) and does not start a
    sentence, or a particle inside a name."""
    token = doc[i]
    if i > start and token.text in PARTICLES:
        return True
    return (token.text[:1].isupper() and token.text[:1].isalpha() and not token.is_sent_start
            and (token.lower_ not in STOP_WORDS or token.lower_ in PARTICLES))


def person_named(name: str, kb: KnowledgeBase, holders: list[Entity]) -> Entity | None:
    """The person a name denotes: by gazetteer name, by surname (and initial), or by spelling;
    the holders of the preceding title are preferred and compared first."""
    for found in ([e for e in kb.lookup(name) if e.type == "PER"], by_surname(name, kb)):
        preferred = [e for e in found if e in holders] or found
        if len(preferred) == 1:
            return preferred[0]
        if preferred:
            return None
    if holders:
        return similar_person(name, kb, among=holders)
    return similar_person(name, kb)


def _role_first_words(kb: KnowledgeBase) -> dict[str, int]:
    """Lowercase first word of every office title -> the most tokens a title may take."""
    longest: dict[str, int] = defaultdict(int)
    for role in kb.roles.values():
        for title in (role.label, *role.aliases):
            words = normalise(title).split()
            pieces = len(words) + sum(title.count(c) for c in "-,/")
            longest[words[0]] = max(longest[words[0]], pieces)
    return dict(longest)


def office_body(kb: KnowledgeBase, role: Role) -> Entity | None:
    """The body an office is held in: the government of the role's jurisdiction when the
    role's organisation lies inside it (a ministry), else the organisation itself."""
    organisation = kb.entities.get(role.org) if role.org else None
    if organisation is None:
        return None
    government = kb.collective(role.jurisdiction, GOVERNMENT) if role.jurisdiction else None
    if government is not None and government.id in kb.part_of_chain(organisation.id):
        return government
    return organisation
