"""Write the name lists behind the NER's name-list feature (``kg.NameListEmbed.v1``).

Usage::

    python training/scripts/name_lists.py --out training/corpus/name-lists.tsv

Sources: the first-name, family-name and place-name lists Frog's NER uses (Debian package
``frogdata``, in ``/usr/share/frog/nld``: Dutch first and family names, GeoNames places of
the Netherlands and Belgium, Dutch places, European countries) and the Dutch CLDR names of
every country and territory (``scripts/gazetteer/sources/cldr_territories.tsv``). The output
is a ``list<TAB>name`` file (git-ignored; the trained model stores the table it makes).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

FROG_LISTS = {
    "first_name": ["voornamen.ner"],
    "family_name": ["familienamen.ner"],
    "place": ["geonames-be.ner", "geonames-nl.ner", "plaatsen-nld.ner", "landen-europa.ner"],
}
CLDR = Path(__file__).resolve().parents[2] / "scripts/gazetteer/sources/cldr_territories.tsv"


def frog_names(folder: Path) -> Iterator[tuple[str, str]]:
    """(list, name) pairs of Frog's name lists, one name a line."""
    for list_name, files in FROG_LISTS.items():
        for file in files:
            with (folder / file).open(encoding="utf8") as fh:
                for line in fh:
                    name = line.strip()
                    if any(ch.isalpha() for ch in name):
                        yield list_name, name


def cldr_places(path: Path) -> Iterator[tuple[str, str]]:
    """("place", Dutch name) of each CLDR territory."""
    with path.open(encoding="utf8") as fh:
        for line in fh:
            if not line.startswith("#") and line.strip():
                yield "place", line.rstrip("\n").split("\t")[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frog", type=Path, default=Path("/usr/share/frog/nld"))
    parser.add_argument("--cldr", type=Path, default=CLDR)
    parser.add_argument("--out", type=Path, default=Path("training/corpus/name-lists.tsv"))
    args = parser.parse_args()
    if not (args.frog / FROG_LISTS["first_name"][0]).is_file():
        raise SystemExit(f"no Frog name lists in {args.frog}: install the Debian package frogdata")
    pairs = sorted(set(frog_names(args.frog)) | set(cldr_places(args.cldr)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text("".join(f"{a}\t{b}\n" for a, b in pairs), encoding="utf8")
    tmp.replace(args.out)
    print(f"{len(pairs)} names -> {args.out}")


if __name__ == "__main__":
    main()
