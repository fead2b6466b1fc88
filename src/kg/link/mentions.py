"""Entity mentions of a parsed document, each linked to a gazetteer entity or a named node.

Candidates come from the gazetteer names in the text, the document's abbreviation
definitions, compound heads, offices and titles, pronouns and other words whose entity
depends on the speaker, bare collective nouns, the statistical NER, quoted titles, laws
(kg.link.laws) and meetings named after a body; the best
non-overlapping ones become mentions (targets.select), and a lone surname joins the person
the document names in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .abbreviations import definition_candidates, find_definitions
from .collectives import collective_mentions
from .context import LinkContext
from .deixis import deictic_mentions
from .kb import KnowledgeBase
from .laws import law_mentions
from .meetings import meeting_names
from .names import compound_heads, gazetteer_names, resolve_form
from .quotes import quoted_names
from .roles import office_mentions, person_named
from .targets import CONTEXT, NAME, NER_LABELS, UNKNOWN, Candidate, Target, name_id, select
from .titles import TITLES

__all__ = ["Mention", "link_mentions", "name_id"]

TYPE_OF_LABEL = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                 "NORP": "MISC", "EVENT": "EVENT", "WORK_OF_ART": "WORK", "LAW": "WORK",
                 "MISC": "MISC", "FAC": "LOC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}
# Parts of speech of a one-word span that is no name (when the pipeline tags them).
NOT_NAME_POS = frozenset({"ADV", "ADJ", "VERB", "AUX", "NUM", "PRON", "DET", "ADP", "CCONJ",
                          "SCONJ", "PART", "PUNCT", "SYM", "INTJ"})
PLACEHOLDER = re.compile(r"^\[.*\]$")
# Labels of a document's structure that the NER may take for names (`Vraag 2`, `Kamerstuk 21
# 501-02`).
STRUCTURE = re.compile(r"^(?:vraag|antwoord|bijlage|kamerstuk(?:ken)?|ondertekenaar)\b",
                       re.IGNORECASE)
PORTFOLIO_OF = ("minister van", "minister voor")
# The ending of inflected proper adjectives (`Europese`, `Aziatische`): a MISC word with it is
# an adjective; those that denote an entity are gazetteer adjectives.
ADJECTIVE = "se"


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the clean text.

    start, end (int): character offsets in the clean text.
    entity_id (str): gazetteer id, or `name-<slug>` for entities the gazetteer does not know.
    """

    start: int
    end: int
    text: str
    label: str
    entity_id: str
    entity_label: str
    entity_type: str
    qid: str | None = None


def link_mentions(doc: Doc, kb: KnowledgeBase,
                  context: LinkContext | None = None) -> list[Mention]:
    """Mentions of the entities in `doc`, each linked to one entity.

    doc (Doc): the parsed clean text.
    kb (KnowledgeBase): the gazetteer.
    context (LinkContext | None): date, jurisdiction and speakers of the document; without
        it, offices, pronouns and collective nouns are not resolved.
    RETURNS (list[Mention]): in text order.
    """
    context = context or LinkContext()
    definitions = find_definitions(doc, kb, context)
    heads = {d.short.text: d.target for d in definitions}
    candidates = [
        *gazetteer_names(doc, kb, context),
        *definition_candidates(doc, definitions),
        *compound_heads(doc, heads, kb),
        *_agent_names(doc, context),
        *office_mentions(doc, kb, context),
        *deictic_mentions(doc, kb, context),
        *_recognised_names(doc, kb, context, heads),
        *quoted_names(doc.text),
        *law_mentions(doc),
    ]
    chosen = select(candidates)
    chosen = select([*chosen, *collective_mentions(doc, kb, context, chosen),
                     *meeting_names(doc.text, chosen)])
    chosen = _join_partial_names(chosen, doc)
    return [Mention(c.start, c.end, doc.text[c.start:c.end], c.label, c.target.id,
                    c.target.label, c.target.type, c.target.qid) for c in chosen]


def _agent_names(doc: Doc, context: LinkContext) -> Iterator[Candidate]:
    """The full names of the document's askers, addressees and signatories, in any case
    (`JORIS NACHTERGAELE` in a header), linked as their agents are."""
    for agent in context.agents:
        name = agent.agent.name
        if not name or " " not in name:
            continue
        target = Target.of(agent.entity) if agent.entity else Target.named(agent.label, "PER")
        pattern = r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b"
        for found in re.finditer(pattern, doc.text, re.IGNORECASE):
            yield Candidate(found.start(), found.end(), "PER", target, NAME)


def _recognised_names(doc: Doc, kb: KnowledgeBase, context: LinkContext,
                      heads: dict[str, Target]) -> Iterator[Candidate]:
    """The statistical NER's entities: gazetteer names in any spelling, the document's
    abbreviations, known persons by surname or spelling, and otherwise new named entities."""
    for ent in doc.ents:
        span = _main_title(ent)
        if _not_a_name(span, doc, kb):
            continue
        kind = TYPE_OF_LABEL.get(ent.label_, "MISC")
        form = resolve_form(span.text, kb.forms(span.text), kb, context)
        target = Target.of(form.entity) if form else heads.get(span.text)
        if target is None and kind == "PER":
            person = person_named(span.text, kb, [])
            target = Target.of(person) if person else None
        if target is not None:
            yield Candidate(span.start_char, span.end_char, ent.label_, target, NAME)
        elif span[0].lower_ not in TITLES:
            yield Candidate(span.start_char, span.end_char, ent.label_,
                            Target.named(span.text, kind), UNKNOWN)


def _main_title(ent: Span) -> Span:
    """A title without its subtitle (`The New Auschwitz: Deputy Minister ...`)."""
    colon = next((t.i for t in ent[1:] if t.text == ":"), None)
    return ent.doc[ent.start:colon] if colon is not None else ent


def _not_a_name(ent: Span, doc: Doc, kb: KnowledgeBase) -> bool:
    """Spans that are no name: without letters, an editorial placeholder (`[Ondertekenaar
    3]`), a label of the document's structure (`Vraag 2`), an office, a title or a minister's
    portfolio (`Hoge Vertegenwoordiger`, `Deputy Minister`, `Buitenlandse Zaken`), or one word
    that is tagged as no noun, is an inflected adjective (`Europese`) or is written in
    lowercase elsewhere in the text (`Bilateraal`, `Rapport`)."""
    text = ent.text
    if not any(c.isalpha() for c in text) or STRUCTURE.match(text):
        return True
    if ent.start > 0 and PLACEHOLDER.match(doc[ent.start - 1:min(len(doc), ent.end + 1)].text):
        return True
    if kb.roles_named(text) or any(kb.roles_named(f"{p} {text}") for p in PORTFOLIO_OF):
        return True
    if len(ent) > 1 and ent[-1].lower_ in TITLES:  # `Deputy Minister`, `Special Rapporteur`
        return True
    if len(ent) > 1:
        return False
    word = ent[0]
    if word.pos_ in NOT_NAME_POS or ent.label_ == "MISC" and word.lower_.endswith(ADJECTIVE):
        return True
    lower = word.text.lower()
    return word.text != lower and any(t.text == lower for t in doc)


def _join_partial_names(chosen: list[Candidate], doc: Doc) -> list[Candidate]:
    """Unknown names that are part of a name (not a pronoun or office) the document gives in
    full.

    The last words of exactly one such name, in any case (`Tichanovskaja` after `Svetlana
    Tichanovskaja`, `De Groot` after `Jan de Groot`, `Human Beings` of `You are not Human
    Beings`) link to its entity; other parts (`Raad` of
    `Raad Buitenlandse Zaken`, `Europese` of `Europese Unie`) are dropped, as are tails of
    several names: a fragment is no entity of its own.
    """
    full_names: dict[str, set[Target]] = {}
    for candidate in chosen:
        if candidate.rank != CONTEXT:
            for name in {candidate.target.label, doc.text[candidate.start:candidate.end]}:
                full_names.setdefault(" ".join(name.split()), set()).add(candidate.target)
    joined = []
    for candidate in chosen:
        if candidate.rank != UNKNOWN:
            joined.append(candidate)
            continue
        words = doc.text[candidate.start:candidate.end].lower().split()
        tails, parts = set(), set()
        for name, targets in full_names.items():
            name_words = name.lower().split()
            if len(name_words) <= len(words):
                continue
            if name_words[-len(words):] == words:
                tails |= targets
            elif _contains(name_words, words):
                parts |= targets
        if len(tails) == 1 and not parts:
            (target,) = tails
            joined.append(Candidate(candidate.start, candidate.end, NER_LABELS[target.type],
                                    target, NAME))
        elif not tails and not parts:
            joined.append(candidate)
    return joined


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
