"""The gazetteer as a knowledge base: entity and role records indexed by id and by alias.

The record format is documented in data/gazetteer/README.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ..errors import GazetteerError

TYPES = {"PER", "ORG", "LOC", "EVENT", "WORK", "MISC"}
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
QID = re.compile(r"^Q[1-9]\d*$")
T = TypeVar("T")


@dataclass(frozen=True)
class Office:
    role: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    type: str
    label_en: str | None = None
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    party: str | None = None
    part_of: str | None = None
    case_sensitive: bool = False
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Form:
    """A name or adjective as the gazetteer writes it, with the entity it denotes."""

    text: str
    entity: Entity
    is_adjective: bool


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    org: str | None
    jurisdiction: str | None
    aliases: tuple[str, ...] = ()


@dataclass
class KnowledgeBase:
    """Entities and roles, with an index from normalised names to entity ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    _by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _forms: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    _role_names: dict[str, list[Role]] = field(default_factory=lambda: defaultdict(list))
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_dir(cls, folder: Path) -> KnowledgeBase:
        """Load every `*.jsonl` file of a gazetteer folder (an absent folder gives an empty KB)."""
        kb = cls()
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise GazetteerError(f"{path}:{number}: not JSON ({error.msg})") from error
                try:
                    if path.stem == "roles":
                        kb.add_role(_role(record))
                    else:
                        kb.add(_entity(record))
                except (KeyError, TypeError, ValueError) as error:
                    raise GazetteerError(f"{path}:{number}: {error}") from error
        return kb

    def add(self, entity: Entity) -> None:
        if entity.id in self.entities:
            raise ValueError(f"duplicate id {entity.id!r}")
        self.entities[entity.id] = entity
        for name in (*entity.names, *entity.adjectives):
            self._by_name[normalise(name)].add(entity.id)
        for name in entity.names:
            for key in _keys(name):
                self._forms[key].append(Form(name, entity, False))
        for adjective in entity.adjectives:
            for key in _keys(adjective):
                self._forms[key].append(Form(adjective, entity, True))

    def add_role(self, role: Role) -> None:
        self.roles[role.id] = role
        for name in dict.fromkeys(normalise(n) for n in (role.label, *role.aliases)):
            self._role_names[name].append(role)

    def lookup(self, name: str) -> list[Entity]:
        """Entities that have `name` as label, alias or adjective (normalised comparison)."""
        return [self.entities[i] for i in sorted(self._by_name.get(normalise(name), ()))]

    def forms(self, name: str) -> list[Form]:
        """Every gazetteer name and adjective equal to `name` after normalisation, or written
        with a hyphen that `name` lacks (`Matraprogramma`: a line-break hyphen taken out)."""
        return list(self._forms.get(normalise(name), ()))

    def derived(self, key: str, build: Callable[[KnowledgeBase], T]) -> T:
        """An index computed from this KB once (per process) and kept with it."""
        if key not in self._derived:
            self._derived[key] = build(self)
        value: T = self._derived[key]
        return value

    def names(self) -> Iterable[tuple[str, Entity, bool]]:
        """Every (name, entity, is_adjective) triple, for building matchers."""
        for entity in self.entities.values():
            for name in entity.names:
                yield name, entity, False
            for adjective in entity.adjectives:
                yield adjective, entity, True

    def roles_named(self, title: str, jurisdiction: str | None = None) -> list[Role]:
        """Roles whose label or alias equals `title`, in the jurisdiction when given."""
        return [role for role in self._role_names.get(normalise(title), ())
                if jurisdiction is None or role.jurisdiction in {jurisdiction, None}]

    def holders(self, role_id: str, on: date | None) -> list[Entity]:
        """Persons holding the role on that day (every holder when `on` is None)."""
        return [entity for entity in self.entities.values()
                if any(office.role == role_id and (on is None or office.held_on(on))
                       for office in entity.offices)]

    def office_holders(self, title: str, jurisdiction: str | None,
                       on: date | None) -> list[Entity]:
        """Who holds the office called `title` on that day, looked for in the jurisdiction,
        then in the regions containing it (vlaanderen -> belgie), then in the EU; titles that
        name their own state (`Russische president`) count everywhere.
        """
        for place in self.jurisdiction_chain(jurisdiction):
            found: dict[str, Entity] = {}
            for role in self.roles_named(title, place):
                for entity in self.holders(role.id, on):
                    found[entity.id] = entity
            if found:
                return list(found.values())
        return []

    def jurisdiction_chain(self, jurisdiction: str | None) -> list[str | None]:
        """The jurisdiction, the entities containing it, and `eu` (or [None] without one)."""
        chain: list[str | None] = []
        place = jurisdiction
        while place is not None and place not in chain:
            chain.append(place)
            entity = self.entities.get(place)
            place = entity.part_of if entity is not None else None
        if chain and "eu" not in chain:
            chain.append("eu")
        return chain or [None]

    def part_of_chain(self, entity_id: str) -> list[str]:
        """The entity and every entity containing it (ministry -> government -> state)."""
        chain: list[str] = []
        current: str | None = entity_id
        while current is not None and current not in chain:
            chain.append(current)
            entity = self.entities.get(current)
            current = entity.part_of if entity is not None else None
        return chain

    def collective(self, owner: str, noun: str) -> Entity | None:
        """The entity an owner's adjective plus `noun` names (`Nederland`, `kabinet` ->
        Nederlandse regering), when it belongs to that owner."""
        entity = self.entities.get(owner)
        for adjective in entity.adjectives if entity is not None else ():
            found = [e for e in self.lookup(f"{adjective} {noun}") if e.part_of == owner]
            if len(found) == 1:
                return found[0]
        return None


def normalise(name: str) -> str:
    """Compare names case-, accent-spacing- and hyphen-break-insensitively."""
    name = unicodedata.normalize("NFC", name).replace("\u00ad", "")
    name = re.sub(r"-\s*\n\s*", "-", name)
    name = re.sub(r"[‐‑‒–—]", "-", name)
    name = re.sub(r"[‘’‚‛`´]", "'", name).replace("“", '"').replace("”", '"')
    return " ".join(name.split()).casefold()


def _keys(name: str) -> set[str]:
    """The normalised name, and without its hyphens between letters."""
    key = normalise(name)
    return {key, re.sub(r"(?<=\w)-(?=\w)", "", key)}


def _entity(record: dict[str, object]) -> Entity:
    ident, label, kind = str(record["id"]), str(record["label"]), str(record["type"])
    if not ID.match(ident):
        raise ValueError(f"id {ident!r} is not a lowercase slug")
    if kind not in TYPES:
        raise ValueError(f"{ident}: type {kind!r} is not one of {sorted(TYPES)}")
    qid = record.get("qid")
    if qid is not None and not QID.match(str(qid)):
        raise ValueError(f"{ident}: qid {qid!r} is not a Wikidata QID")
    offices = tuple(Office(str(o["role"]), _day(o.get("start")), _day(o.get("end")))
                    for o in map(_dict, _list(record.get("offices"))))
    return Entity(
        id=ident, label=label, type=kind, label_en=_opt(record.get("label_en")),
        qid=_opt(qid), aliases=tuple(map(str, _list(record.get("aliases")))),
        adjectives=tuple(map(str, _list(record.get("adjectives")))), offices=offices,
        party=_opt(record.get("party")), part_of=_opt(record.get("part_of")),
        case_sensitive=bool(record.get("case_sensitive", False)),
        source=str(record.get("source", "")),
    )


def _role(record: dict[str, object]) -> Role:
    return Role(id=str(record["id"]), label=str(record["label"]), org=_opt(record.get("org")),
                jurisdiction=_opt(record.get("jurisdiction")),
                aliases=tuple(map(str, _list(record.get("aliases")))))


def _list(value: object) -> list[object]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {value!r}")
    return value


def _dict(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {value!r}")
    return value


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _day(value: object) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))
