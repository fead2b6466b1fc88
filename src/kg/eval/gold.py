"""Gold annotations: one JSON file per document (schema in ../shared/eval/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError

ENTITY_TYPES = {"PER", "ORG", "LOC", "EVENT", "WORK", "MISC"}


class GoldError(KgError):
    """A gold folder or file that cannot be used for scoring."""


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    qid: str | None
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str
    date: str | None
    participants: tuple[str, ...]


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str


@dataclass(frozen=True)
class GoldDocument:
    """What a careful reader extracted from the document named `doc` (a file name)."""

    path: Path
    doc: str
    entities: tuple[GoldEntity, ...]
    events: tuple[GoldEvent, ...]
    relations: tuple[GoldRelation, ...]


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every `*.json` gold file in `folder`, sorted by file name.

    RAISES GoldError: when the folder is missing or empty, or a file is not valid gold.
    """
    if not folder.is_dir():
        raise GoldError(f"gold folder {folder} does not exist")
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise GoldError(f"gold folder {folder} holds no *.json files")
    return [_gold_document(path) for path in paths]


def _gold_document(path: Path) -> GoldDocument:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return GoldDocument(
            path=path,
            doc=_text(record["doc"], "doc"),
            entities=tuple(_entity(e) for e in record.get("entities", [])),
            events=tuple(_event(e) for e in record.get("events", [])),
            relations=tuple(GoldRelation(_text(r["subject"], "subject"),
                                         _text(r["predicate"], "predicate"),
                                         _text(r["object"], "object"))
                            for r in record.get("relations", [])),
        )
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}: not JSON ({error.msg} at line {error.lineno})") from error
    except KeyError as error:
        raise GoldError(f"{path}: missing field {error}") from error
    except (TypeError, ValueError) as error:
        raise GoldError(f"{path}: {error}") from error


def _entity(record: dict[str, object]) -> GoldEntity:
    kind = _text(record["type"], "type")
    if kind not in ENTITY_TYPES:
        raise ValueError(f"entity type {kind!r} is not one of {sorted(ENTITY_TYPES)}")
    mentions = record.get("mentions") or []
    if not isinstance(mentions, list):
        raise TypeError(f"mentions of {record['name']!r} must be a list")
    return GoldEntity(_text(record["name"], "name"), kind, _optional(record.get("qid")),
                      tuple(map(str, mentions)))


def _event(record: dict[str, object]) -> GoldEvent:
    participants = record.get("participants") or []
    if not isinstance(participants, list):
        raise TypeError(f"participants of event {record['id']!r} must be a list")
    return GoldEvent(_text(record["id"], "id"), _text(record["type"], "type"),
                     _optional(record.get("date")), tuple(map(str, participants)))


def _text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field} must be a non-empty string, not {value!r}")
    return value


def _optional(value: object) -> str | None:
    return None if value in (None, "") else str(value)
