"""Shared fixtures: the sample corpus, self-written documents, a small gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.link.kb import KnowledgeBase
from kg.paths import GAZETTEER_DIR

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
GAZETTEER = GAZETTEER_DIR
GOLD = ROOT.parent / "shared" / "eval" / "seeds-gold"


def seed(prefix: str) -> Path:
    """The sample document whose file name starts with `prefix` (`000` … `004`)."""
    (path,) = CORPUS.glob(f"{prefix}_*")
    return path


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The gazetteer shipped in data/gazetteer."""
    return KnowledgeBase.from_dir(GAZETTEER)


@pytest.fixture()
def small_gazetteer(tmp_path: Path) -> Path:
    """A gazetteer folder with a handful of entities and roles, independent of data/."""
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    records = {
        "places.jsonl": [
            {"id": "wit-rusland", "label": "Wit-Rusland", "type": "LOC", "qid": "Q184",
             "aliases": ["Belarus"], "adjectives": ["Wit-Russische", "Wit-Russisch"]},
        ],
        "organisations.jsonl": [
            {"id": "ovse", "label": "Organisatie voor Veiligheid en Samenwerking in Europa",
             "type": "ORG", "aliases": ["OVSE"]},
        ],
        "persons.jsonl": [
            {"id": "stef-blok", "label": "Stef Blok", "type": "PER",
             "offices": [{"role": "nl-bz", "start": "2018-03-07", "end": "2021-05-25"}]},
            {"id": "sigrid-kaag", "label": "Sigrid Kaag", "type": "PER",
             "offices": [{"role": "nl-bz", "start": "2021-05-25", "end": "2021-09-17"}]},
        ],
        "roles.jsonl": [
            {"id": "nl-bz", "label": "Minister van Buitenlandse Zaken", "org": "nederland",
             "jurisdiction": "nederland"},
        ],
    }
    for name, lines in records.items():
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in lines), "utf-8")
    return folder
