"""The committed gazetteer (data/gazetteer/*.jsonl): schema, references, alias hygiene, and
that it is exactly what scripts/gazetteer/build.py makes from the curated sources."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.link.kb import KnowledgeBase, normalise

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "gazetteer"
BUILD = ROOT / "scripts" / "gazetteer" / "build.py"
ENTITY_FIELDS = ["id", "label", "label_en", "type", "qid", "aliases", "adjectives", "offices",
                 "party", "part_of", "source"]
ROLE_FIELDS = ["id", "label", "aliases", "org", "jurisdiction", "source"]
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
QID = re.compile(r"^Q[1-9]\d*$")
# Countries whose only adjective is shared with another country and so left out on purpose
# (marked "!" in curated/countries.tsv): Congolees (both Congos), Dominicaans (Dominica and
# the Dominican Republic).
NO_ADJECTIVE = {"congo-brazzaville", "dominica"}


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


FILES = {path.name: _records(path) for path in sorted(DATA.glob("*.jsonl"))}
ENTITIES = [r for name, rs in FILES.items() if name != "roles.jsonl" for r in rs]
ROLES = FILES.get("roles.jsonl", [])
IDS = {r["id"] for r in ENTITIES}


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gazetteer_build", BUILD)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_expected_files_exist() -> None:
    assert {"countries.jsonl", "organisations.jsonl", "persons.jsonl", "roles.jsonl",
            "government.jsonl", "parties.jsonl", "places.jsonl", "collectives.jsonl"} <= set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_schema_and_sorted(name: str) -> None:
    records = FILES[name]
    fields = ROLE_FIELDS if name == "roles.jsonl" else ENTITY_FIELDS
    for record in records:
        keys = [k for k in record if k != "case_sensitive"]
        assert keys == fields, record["id"]
        assert SLUG.match(record["id"]), record["id"]
        assert isinstance(record["label"], str) and record["label"].strip()
        assert all(isinstance(a, str) and a.strip() == a and a for a in record["aliases"])
        assert record["source"]
    ids = [r["id"] for r in records]
    assert ids == sorted(ids), f"{name} is not sorted by id"


def test_entity_fields() -> None:
    for record in ENTITIES:
        assert record["type"] in {"PER", "ORG", "LOC", "EVENT", "WORK", "MISC"}
        assert record["qid"] is None or QID.match(record["qid"]), record["id"]
        assert record.get("case_sensitive", True) is True
        for office in record["offices"]:
            assert set(office) == {"role", "start", "end"}
            start = date.fromisoformat(office["start"])
            assert office["end"] is None or date.fromisoformat(office["end"]) >= start


def test_ids_unique_over_all_files() -> None:
    ids = [r["id"] for r in ENTITIES]
    assert len(ids) == len(set(ids))
    assert len({r["id"] for r in ROLES}) == len(ROLES)


def test_references_resolve() -> None:
    role_ids = {r["id"] for r in ROLES}
    for record in ENTITIES:
        assert record["party"] is None or record["party"] in IDS, record["id"]
        assert record["part_of"] is None or record["part_of"] in IDS, record["id"]
        assert all(o["role"] in role_ids for o in record["offices"]), record["id"]
        if record["party"]:
            assert record["type"] == "PER"
    for role in ROLES:
        assert role["org"] is None or role["org"] in IDS, role["id"]
        assert role["jurisdiction"] is None or role["jurisdiction"] in IDS, role["id"]


def test_jurisdictions_used_by_code_exist() -> None:
    assert {"nederland", "vlaanderen", "belgie", "eu"} <= IDS


def test_no_name_shared_by_two_entities() -> None:
    owners: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)
    for record in ENTITIES:
        for name in (record["label"], *record["aliases"], *record["adjectives"]):
            owners[normalise(name)].add((record["id"], name, record.get("case_sensitive", False)))
    shared = []
    for key, found in owners.items():
        for a in found:
            for b in found:
                if a[0] < b[0] and (a[1] == b[1] or not (a[2] or b[2])):
                    shared.append((key, a[0], b[0]))
    assert not shared


def test_countries_have_adjectives_and_qids() -> None:
    countries = FILES["countries.jsonl"]
    assert len(countries) >= 195
    for record in countries:
        assert record["type"] == "LOC"
        assert record["label_en"]
        if record["id"] not in NO_ADJECTIVE:
            assert record["adjectives"], record["id"]
    assert sum(r["qid"] is not None for r in countries) >= 195


def test_every_qid_has_a_recorded_source() -> None:
    for record in ENTITIES:
        if record["qid"]:
            assert "qid:" in record["source"] and "qid:none" not in record["source"], record["id"]


def test_loader_reads_the_gazetteer() -> None:
    kb = KnowledgeBase.from_dir(DATA)
    assert len(kb.entities) == len(ENTITIES) and len(kb.roles) == len(ROLES)
    assert [e.id for e in kb.lookup("Wit-Russische")] == ["wit-rusland"]
    assert [e.id for e in kb.lookup("Belarussische")] == ["wit-rusland"]
    assert [e.id for e in kb.lookup("Nederlandse")] == ["nederland"]
    assert [e.id for e in kb.lookup("OVSE")] == ["ovse"]
    assert [e.id for e in kb.lookup("Tsikhanouskaya")] == ["svetlana-tichanovskaja"]
    assert [e.id for e in kb.lookup("Lukashenko")] == ["alexander-loekasjenko"]


def test_roles_resolve_by_jurisdiction_and_date() -> None:
    kb = KnowledgeBase.from_dir(DATA)

    def holders(title: str, jurisdiction: str, day: str) -> list[str]:
        found = {e.id for role in kb.roles_named(title, jurisdiction)
                 for e in kb.holders(role.id, date.fromisoformat(day))}
        return sorted(found)

    assert holders("Minister van Buitenlandse Zaken", "nederland", "2020-09-17") == ["stef-blok"]
    assert holders("minister-president", "vlaanderen", "2021-02-19") == ["jan-jambon"]
    assert holders("MINISTER-PRESIDENT VAN DE VLAAMSE REGERING", "vlaanderen",
                   "2021-02-19") == ["jan-jambon"]
    assert holders("de minister-president", "nederland", "2021-02-19") == ["mark-rutte"]
    assert holders("Hoge Vertegenwoordiger", "eu", "2021-03-08") == ["josep-borrell"]
    # Hoekstra left on 1 September 2023, Bruins Slot started on the 5th; in between the
    # minister for Foreign Trade held the portfolio (rijksoverheid.nl, 2023-09-04).
    assert holders("minister van Buitenlandse Zaken", "nederland",
                   "2023-09-03") == ["liesje-schreinemacher"]
    assert holders("minister van Buitenlandse Zaken", "nederland",
                   "2023-10-01") == ["hanke-bruins-slot"]


def test_build_reproduces_committed_files() -> None:
    rendered = _build_module().render()
    assert sorted(rendered) == sorted(FILES)
    for name, text in rendered.items():
        assert (DATA / name).read_text(encoding="utf-8") == text, f"{name}: run build.py"
