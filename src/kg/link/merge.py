"""One node per actor across the documents of a corpus.

Documents are linked one at a time, so an entity the gazetteer does not know gets a node
named after its name in each: `Pavel Dobrovolski` in one document, `Dobrovolski` and `Pavel
Dobrowolski` in others. merged_entities finds the unknown entities that denote one actor,
conservatively (a wrong merge is worse than a missed one):

- same type only, never a gazetteer entity (those are linked within the documents);
- a lone surname joins the one multi-word unknown person of the corpus with that last name,
  unless a gazetteer person has it;
- spelling and transliteration variants of a person's name join when each is the other's one
  fuzzy match (kg.link.fuzzy) and no gazetteer person is as close, but never a masculine and
  a feminine form (`Tichanovski`, `Tichanovskaja`);
- two persons that one document names apart stay apart;
- organisations join when their names are the same without a leading article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .agents import by_surname
from .fuzzy import similar_person, spelling_key
from .kb import Entity, KnowledgeBase, normalise
from .names import ARTICLES
from .targets import Target
from .titles import PARTICLES, TITLES

# Feminine family names end in -a where the masculine form does not (Slavic, Baltic).
FEMININE = "a"


@dataclass
class Unknown:
    """An entity the gazetteer does not know: its type, labels and documents (by index)."""

    type: str
    labels: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)

    @property
    def name(self) -> str:
        return min(self.labels)


def merged_entities(documents: Sequence[Iterable[Target]],
                    kb: KnowledgeBase) -> dict[str, Target]:
    """The entity each unknown entity merges into.

    documents (Sequence[Iterable[Target]]): the entities of each document; an id may come
        with several labels (`Pavel Dobrovolski`, `PAVEL DOBROVOLSKI`).
    kb (KnowledgeBase): the gazetteer and the corpus's abbreviations; their entities never
        merge.
    RETURNS (dict[str, Target]): entity id -> its group's entity, named by the longest label
        without a leading article (then mixed case before capitals, then the first
        alphabetically), for every member of a group of two or more.
    """
    unknown = _unknown(documents, kb)
    groups = _Groups(unknown)
    for first, second in _spelling_variants(unknown, kb):
        groups.join(first, second, apart=True)
    for surname, full_name in _surnames(unknown, groups, kb):
        groups.join(surname, full_name, apart=True)
    for names in _same_organisations(unknown):
        for other in names[1:]:
            groups.join(names[0], other, apart=False)
    return groups.canonical()


def _unknown(documents: Sequence[Iterable[Target]], kb: KnowledgeBase) -> dict[str, Unknown]:
    """The unknown entities of the documents, without those that come with two types."""
    unknown: dict[str, Unknown] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for index, targets in enumerate(documents):
        for target in targets:
            if not target.known and target.id not in kb.entities:
                entity = unknown.setdefault(target.id, Unknown(target.type))
                entity.labels.add(target.label)
                entity.documents.add(index)
                types[target.id].add(target.type)
    return {i: entity for i, entity in unknown.items() if len(types[i]) == 1}


class _Groups:
    """Union-find over entity ids; a group knows the documents its members occur in."""

    def __init__(self, unknown: dict[str, Unknown]) -> None:
        self.unknown = unknown
        self.parent = {entity_id: entity_id for entity_id in unknown}
        self.documents = {entity_id: set(u.documents) for entity_id, u in unknown.items()}

    def find(self, entity_id: str) -> str:
        while self.parent[entity_id] != entity_id:
            entity_id = self.parent[entity_id]
        return entity_id

    def join(self, first: str, second: str, *, apart: bool) -> None:
        """One group of the two; with `apart`, not when a document names both groups."""
        roots = sorted({self.find(first), self.find(second)})
        if len(roots) == 1 or apart and self.documents[roots[0]] & self.documents[roots[1]]:
            return
        self.parent[roots[1]] = roots[0]
        self.documents[roots[0]] |= self.documents.pop(roots[1])

    def canonical(self) -> dict[str, Target]:
        members: dict[str, list[str]] = defaultdict(list)
        for entity_id in sorted(self.parent):
            members[self.find(entity_id)].append(entity_id)
        merged = {}
        for group in members.values():
            if len(group) > 1:
                label, entity_id = min((_label_order(label), label, entity_id)
                                       for entity_id in group
                                       for label in self.unknown[entity_id].labels)[1:]
                target = Target(entity_id, label, self.unknown[entity_id].type)
                merged.update(dict.fromkeys(group, target))
        return merged


def _label_order(label: str) -> tuple[bool, int, bool]:
    """Without a leading article first, then the longest, mixed case before capitals."""
    return label.split(" ", 1)[0].casefold() in ARTICLES, -len(label), label.isupper()


def _spelling_variants(unknown: dict[str, Unknown],
                       kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
    """Pairs of multi-word person names that are each other's one fuzzy match, with no
    gazetteer person as close, of the same gender."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for entity_id, entity in sorted(unknown.items()):
        if entity.type == "PER" and _person_name(entity.name) and " " in entity.name:
            spellings[spelling_key(entity.name)].append(entity_id)
    pool = KnowledgeBase()
    for known in kb.entities.values():
        if known.type == "PER":
            pool.add(known)
    for ids in spellings.values():  # `Dobrovolski`, `Dobrowolski`: one name, one entry
        yield from ((ids[0], other) for other in ids[1:])
        labels = sorted(label for i in ids for label in unknown[i].labels)
        pool.add(Entity(ids[0], labels[0], "PER", aliases=tuple(labels[1:])))
    heads = {ids[0] for ids in spellings.values()}
    for entity_id in sorted(heads):
        name = unknown[entity_id].name
        match = similar_person(name, pool, exclude=entity_id)
        if match is None or match.id not in heads or match.id < entity_id:
            continue
        back = similar_person(match.label, pool, exclude=match.id)
        if back is not None and back.id == entity_id and _same_gender(name, match.label):
            yield entity_id, match.id


def _surnames(unknown: dict[str, Unknown], groups: _Groups,
              kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
    """(surname, full name) for one-word person names that are the last name of exactly one
    group of multi-word unknown persons and of no gazetteer person."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for entity_id, entity in unknown.items():
        for label in entity.labels:
            words = label.split()
            if entity.type == "PER" and len(words) > 1 and _person_name(label):
                full_names[spelling_key(words[-1])].add(entity_id)
    for entity_id, entity in sorted(unknown.items()):
        name = entity.name
        if entity.type != "PER" or " " in name or not _person_name(name):
            continue
        candidates = full_names.get(spelling_key(name), set())
        if len({groups.find(c) for c in candidates}) == 1 and not by_surname(name, kb):
            yield entity_id, min(candidates)


def _same_organisations(unknown: dict[str, Unknown]) -> Iterator[list[str]]:
    """Ids of unknown organisations with the same name after a leading article."""
    named: dict[str, list[str]] = defaultdict(list)
    for entity_id, entity in sorted(unknown.items()):
        if entity.type == "ORG":
            words = normalise(entity.name).split()
            if len(words) > 1 and words[0] in ARTICLES:
                words = words[1:]
            named[" ".join(words)].append(entity_id)
    return (ids for ids in named.values() if len(ids) > 1)


def _person_name(label: str) -> bool:
    """A name, not an office or a placeholder: capitalised words and name particles
    (`Jasper van Dijk`), no title (`Voorzitter van de Tweede Kamer`)."""
    words = label.split()
    return all((w[:1].isupper() or w in PARTICLES) and w.lower() not in TITLES for w in words)


def _same_gender(first: str, second: str) -> bool:
    """Not the masculine and the feminine form of one family name (`Kolesnikov`,
    `Kolesnikova`)."""
    return spelling_key(first).endswith(FEMININE) == spelling_key(second).endswith(FEMININE)
