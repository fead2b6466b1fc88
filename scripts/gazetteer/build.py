"""Build data/gazetteer/*.jsonl from the reviewable sources under scripts/gazetteer/.

    python scripts/gazetteer/build.py            # (re)write data/gazetteer/*.jsonl
    python scripts/gazetteer/build.py --check    # exit 1 when the committed files differ

Inputs (see the header of each file):
    curated/countries.tsv     countries: Dutch names, adjectives, demonyms, aliases
    curated/*.yaml            places, organisations, government, parties, persons, roles,
                              collectives (templates instantiated per country)
    sources/cldr_territories.tsv   CLDR Dutch and English territory names (made by cldr.py)
    sources/country_qids.tsv  ISO2 -> QID, transcribed from two public files
    sources/qids.tsv          every other QID, each with the public file it was read from

Only PyYAML is needed, so CI can check that the committed files are the build's output.
The output is deterministic: records sorted by id, keys in schema order, names deduplicated.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "data" / "gazetteer"
CURATED = HERE / "curated"
SOURCES = HERE / "sources"

TYPES = {"PER", "ORG", "LOC", "EVENT", "WORK", "MISC"}
ENTITY_KEYS = {"id", "label", "label_en", "type", "qid", "aliases", "adjectives", "offices",
               "party", "part_of", "case_sensitive"}
ROLE_KEYS = {"id", "label", "aliases", "org", "jurisdiction"}
ENTITY_FILES = ("places", "organisations", "government", "parties", "persons")
QID = re.compile(r"^Q[1-9]\d*$")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# English country names that are also everyday names of people or other things in Dutch
# texts; they stay English labels but are not aliases.
EN_NOT_ALIAS = {"Chad", "Georgia", "Jordan"}


class BuildError(Exception):
    """A curated source that breaks a rule of the gazetteer."""


@dataclass
class Record:
    """One entity record, in the order of data/gazetteer/README.md."""

    id: str
    label: str
    type: str
    label_en: str | None = None
    qid: str | None = None
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    offices: list[dict[str, str | None]] = field(default_factory=list)
    party: str | None = None
    part_of: str | None = None
    source: str = ""
    case_sensitive: bool = False

    def names(self) -> list[str]:
        return [self.label, *self.aliases]

    def as_json(self) -> str:
        fields: dict[str, Any] = {
            "id": self.id, "label": self.label, "label_en": self.label_en, "type": self.type,
            "qid": self.qid, "aliases": self.aliases, "adjectives": self.adjectives,
            "offices": self.offices, "party": self.party, "part_of": self.part_of,
        }
        if self.case_sensitive:
            fields["case_sensitive"] = True
        fields["source"] = self.source
        return json.dumps(fields, ensure_ascii=False)


def key(name: str) -> str:
    """Comparison key for names: case-, width- and spacing-insensitive."""
    name = unicodedata.normalize("NFC", name).replace("’", "'")
    return " ".join(name.split()).casefold()


def slug(text: str) -> str:
    """`Bosnië en Herzegovina` -> `bosnie-en-herzegovina`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _tsv(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _items(cell: str) -> tuple[list[str], list[str]]:
    """Comma-separated names: (kept, deliberately omitted with a leading "!")."""
    names = [n.strip() for n in cell.split(",") if n.strip()]
    return [n for n in names if not n.startswith("!")], [n[1:] for n in names if n.startswith("!")]


def _unique(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Names in order, without repeats (by key) and without those in `taken`."""
    seen = {key(n) for n in taken}
    out = []
    for name in names:
        if key(name) not in seen:
            seen.add(key(name))
            out.append(name)
    return out


# --- sources ----------------------------------------------------------------------------------

def verified_qids() -> dict[str, str]:
    """QID -> source key, from sources/qids.tsv."""
    qids: dict[str, str] = {}
    for qid, _name, source in _tsv(SOURCES / "qids.tsv"):
        if not QID.match(qid):
            raise BuildError(f"qids.tsv: {qid!r} is not a QID")
        qids[qid] = source
    return qids


def country_qids() -> dict[str, tuple[str, str]]:
    """ISO2 -> (QID, which sources agree), following the rule in country_qids.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for row in _tsv(SOURCES / "country_qids.tsv"):
        iso, owid, conzept = row[0], row[1], row[2]
        resolved = row[3].split()[0] if len(row) > 3 and row[3].strip() else None
        listed = {name: q for name, q in (("owid", owid), ("conzept", conzept)) if QID.match(q)}
        if resolved:
            out[iso] = (resolved, row[3].split(" ", 1)[1].strip("()"))
        elif len(set(listed.values())) == 1:
            out[iso] = (next(iter(listed.values())), "+".join(sorted(listed)))
    return out


def cldr_names() -> tuple[dict[str, tuple[str, str]], str]:
    """ISO2 -> (Dutch, English) CLDR names, and the version line of the export."""
    path = SOURCES / "cldr_territories.tsv"
    version = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.search(r"babel (\S+)", version)
    names = {row[0]: (row[1], row[2]) for row in _tsv(path)}
    return names, f"cldr:babel-{match[1] if match else '?'}"


# --- countries --------------------------------------------------------------------------------

@dataclass
class Country:
    record: Record
    inflected: list[str]
    uninflected: list[str]
    people: list[str]


def countries() -> list[Country]:
    """Country records from curated/countries.tsv, CLDR names and the country QIDs."""
    cldr, cldr_source = cldr_names()
    qids = country_qids()
    out = []
    for row in _tsv(CURATED / "countries.tsv"):
        iso, label, adjectives, demonym, people, aliases, label_en = (row + [""] * 7)[:7]
        adjs, _ = _items(adjectives)
        singular, _ = _items(demonym)
        plural, _ = _items(people)
        names, _ = _items(aliases)
        nl_name, en_name = cldr.get(iso, ("", ""))
        label_en = label_en.strip() or en_name
        extra = [nl_name] + ([label_en] if label_en not in EN_NOT_ALIAS else [])
        qid, qid_source = qids.get(iso, (None, ""))
        source = f"curated:countries.tsv; {cldr_source}"
        source += f"; qid:{qid_source} (country_qids.tsv)" if qid else "; qid:none"
        record = Record(id=slug(label), label=label, type="LOC", label_en=label_en or None,
                        qid=qid, aliases=[n for n in names + extra if n], source=source)
        record.adjectives = adjs + singular
        out.append(Country(record, [a for a in adjs if a.endswith("e")],
                           [a for a in adjs if not a.endswith("e")], plural))
    return out


# --- curated YAML -----------------------------------------------------------------------------

def _yaml(name: str) -> dict[str, Any]:
    data = yaml.safe_load((CURATED / f"{name}.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise BuildError(f"{name}.yaml: expected a mapping at the top")
    return data


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BuildError(f"{where}: expected a list of strings, got {value!r}")
    return list(value)


def _day(value: object, where: str) -> str | None:
    if value is None:
        return None
    text = str(value)  # YAML reads 2018-03-07 as a date
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise BuildError(f"{where}: {value!r} is not YYYY-MM-DD")
    return text


def curated_entities(name: str, qids: dict[str, str]) -> list[Record]:
    """Records of one curated YAML file; QIDs must be listed in sources/qids.tsv."""
    data = _yaml(name)
    default_type = data.get("type")
    out = []
    for raw in data["entities"]:
        where = f"{name}.yaml:{raw.get('id')}"
        unknown = set(raw) - ENTITY_KEYS
        if unknown:
            raise BuildError(f"{where}: unknown keys {sorted(unknown)} (an unquoted comma?)")
        qid = raw.get("qid")
        source = data["source"]
        if qid is not None:
            if qid not in qids:
                raise BuildError(f"{where}: {qid} is not verified in sources/qids.tsv")
            source += f"; qid:{qids[qid]} (qids.tsv)"
        offices = [{"role": str(o[0]), "start": _day(o[1], where), "end": _day(o[2], where)}
                   for o in raw.get("offices") or []]
        out.append(Record(
            id=str(raw["id"]), label=str(raw["label"]), type=str(raw.get("type", default_type)),
            label_en=raw.get("label_en", raw["label"] if default_type == "PER" else None),
            qid=qid, aliases=_strings(raw.get("aliases"), where),
            adjectives=_strings(raw.get("adjectives"), where), offices=offices,
            party=raw.get("party"), part_of=raw.get("part_of"), source=source,
            case_sensitive=bool(raw.get("case_sensitive", False))))
    return out


def roles() -> list[dict[str, Any]]:
    data = _yaml("roles")
    out = []
    for raw in data["roles"]:
        unknown = set(raw) - ROLE_KEYS
        if unknown:
            raise BuildError(f"roles.yaml:{raw.get('id')}: unknown keys {sorted(unknown)}")
        label = str(raw["label"])
        out.append({"id": str(raw["id"]), "label": label,
                    "aliases": _unique(_strings(raw.get("aliases"), raw["id"]), [label]),
                    "org": raw.get("org"), "jurisdiction": raw.get("jurisdiction"),
                    "source": data["source"]})
    return sorted(out, key=lambda r: r["id"])


def collectives(countries_: list[Country]) -> list[Record]:
    """The collective-actor templates of collectives.yaml, instantiated per country."""
    data = _yaml("collectives")
    out = []
    for template in data["templates"]:
        for country in countries_:
            if not country.inflected:
                continue
            values = {"en": country.record.label_en or country.record.label}

            def fill(pattern: str, values: dict[str, str] = values,
                     country: Country = country) -> list[str]:
                if "{adj_e}" in pattern:
                    return [pattern.format(adj_e=a, **values) for a in country.inflected]
                if "{adj}" in pattern:
                    return [pattern.format(adj=a, **values) for a in country.uninflected]
                return [pattern.format(**values)]

            label = fill(template["label"])
            if not label:
                continue
            aliases = [n for pattern in template["aliases"] for n in fill(pattern)]
            if template.get("people"):
                aliases += country.people
            out.append(Record(
                id=f"{country.record.id}-{template['suffix']}", label=label[0],
                type=template["type"], label_en=template["label_en"].format(**values),
                aliases=aliases, part_of=country.record.id,
                source=f"{data['source']} (template {template['suffix']})"))
    return out


# --- assembling -------------------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Owner:
    """An entity that has a name, as written, and whether it is matched case-sensitively."""

    id: str
    name: str
    case_sensitive: bool


def _clash(owners: set[Owner]) -> bool:
    """Two entities share a name unless one of them is case-sensitive and the spellings differ
    (PvdA, the Dutch party, and PVDA, the Belgian one)."""
    return any(a.id != b.id and (a.name == b.name or not (a.case_sensitive or b.case_sensitive))
               for a in owners for b in owners)


def _tidy(record: Record) -> None:
    record.aliases = _unique(record.aliases, [record.label])
    record.adjectives = _unique(record.adjectives, record.names())


def _check_refs(records: list[Record], role_records: list[dict[str, Any]]) -> None:
    ids = {r.id for r in records}
    role_ids = {r["id"] for r in role_records}
    problems = []
    for r in records:
        if not ID.match(r.id):
            problems.append(f"{r.id}: id is not a slug")
        if r.type not in TYPES:
            problems.append(f"{r.id}: type {r.type}")
        for ref in (r.party, r.part_of):
            if ref is not None and ref not in ids:
                problems.append(f"{r.id}: unknown id {ref}")
        problems += [f"{r.id}: unknown role {o['role']}" for o in r.offices
                     if o["role"] not in role_ids]
    for role in role_records:
        for ref in (role["org"], role["jurisdiction"]):
            if ref is not None and ref not in ids:
                problems.append(f"role {role['id']}: unknown id {ref}")
    if problems:
        raise BuildError("\n".join(problems))


def assemble() -> tuple[dict[str, list[Record]], list[dict[str, Any]]]:
    """All records by output file (without .jsonl), and the roles."""
    qids = verified_qids()
    country_list = countries()
    files: dict[str, list[Record]] = {"countries": [c.record for c in country_list]}
    for name in ENTITY_FILES:
        files[name] = curated_entities(name, qids)
    for record in (r for group in files.values() for r in group):
        _tidy(record)
    owner: dict[str, set[Owner]] = defaultdict(set)
    for record in (r for group in files.values() for r in group):
        for name in (*record.names(), *record.adjectives):
            owner[key(name)].add(Owner(record.id, name, record.case_sensitive))
    clashes = {name: sorted(o.id for o in owners) for name, owners in owner.items()
               if _clash(owners)}
    if clashes:
        listing = "\n".join(f"  {n!r}: {i}" for n, i in sorted(clashes.items()))
        raise BuildError(f"names shared by different entities:\n{listing}")
    generated = []
    for record in collectives(country_list):
        _tidy(record)
        if key(record.label) in owner:
            continue  # a curated entity already is this actor (Nederlandse regering)
        record.aliases = [a for a in record.aliases if key(a) not in owner]
        for name in record.names():
            owner[key(name)].add(Owner(record.id, name, False))
        generated.append(record)
    files["collectives"] = generated
    ids = [r.id for group in files.values() for r in group]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise BuildError(f"duplicate ids: {duplicates}")
    role_records = roles()
    _check_refs([r for group in files.values() for r in group], role_records)
    return files, role_records


def render() -> dict[str, str]:
    """File name -> content of every data/gazetteer/*.jsonl file."""
    files, role_records = assemble()
    out = {f"{name}.jsonl": "".join(r.as_json() + "\n" for r in sorted(group, key=lambda r: r.id))
           for name, group in files.items()}
    out["roles.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in role_records)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with data/gazetteer")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        rendered = render()
    except BuildError as error:
        print(f"gazetteer build failed: {error}", file=sys.stderr)
        return 2
    if args.check:
        stale = [n for n, text in rendered.items()
                 if not (args.out / n).is_file() or (args.out / n).read_text("utf-8") != text]
        for name in stale:
            print(f"out of date: {args.out / name}", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in sorted(rendered.items()):
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10))} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
