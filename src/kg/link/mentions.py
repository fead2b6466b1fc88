"""Entity mentions of a parsed document, each linked to a gazetteer entity or a named node."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..slug import slugify
from .kb import KnowledgeBase, normalise

TYPE_OF_LABEL = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                 "NORP": "MISC", "EVENT": "EVENT", "WORK_OF_ART": "WORK", "LAW": "WORK",
                 "MISC": "MISC", "FAC": "LOC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}


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


def link_mentions(doc: Doc, kb: KnowledgeBase) -> list[Mention]:
    """Mentions for the entities of `doc`, linked through the ruler id or an exact KB name.

    doc (Doc): the parsed clean text.
    kb (KnowledgeBase): the gazetteer.
    RETURNS (list[Mention]): in text order.
    """
    mentions = []
    for ent in doc.ents:
        entity = kb.entities.get(ent.ent_id_) if ent.ent_id_ else None
        if entity is None:
            found = kb.lookup(ent.text)
            entity = found[0] if len(found) == 1 else None
        if entity is not None:
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_,
                                    entity.id, entity.label, entity.type, entity.qid))
        else:
            label = " ".join(ent.text.split())
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_,
                                    name_id(label), label, TYPE_OF_LABEL.get(ent.label_, "MISC")))
    return mentions


def name_id(name: str) -> str:
    """A stable id for an entity known only by its name."""
    return f"name-{slugify(normalise(name)) or 'x'}"
