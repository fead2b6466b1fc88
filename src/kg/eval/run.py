"""`kg eval`: build the graph of the gold documents with `kg build` and score what it wrote."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..api import build
from ..graph.store import new_dataset
from .gold import GoldError, load_gold
from .predicted import read_predictions
from .score import Scores, score


def evaluate(gold_dir: Path, docs_dir: Path, *, model: str | None = None) -> Scores:
    """Build the documents the gold files name (found in `docs_dir`) and score the graph.

    gold_dir (Path): folder of gold `*.json` files.
    docs_dir (Path): folder holding the documents (searched recursively by file name).
    model (str | None): spaCy pipeline, as for `kg build`.
    RETURNS (Scores): entity, link, event and relation scores.
    RAISES GoldError: a missing folder, a malformed gold file or a document not found.
    """
    gold = load_gold(gold_dir)
    paths = [find_document(g.doc, docs_dir, g.path) for g in gold]
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        report = build(list(dict.fromkeys(paths)), Path(tmp), model=model, formats=("trig",),
                       html=False)
        dataset = new_dataset()
        dataset.parse(report.outputs["trig"], format="trig")
    return score(gold, read_predictions(dataset))


def find_document(name: str, docs_dir: Path, gold_path: Path) -> Path:
    """The file called `name` in `docs_dir` or below it.

    RAISES GoldError: when the folder or the file does not exist, or the name is ambiguous.
    """
    if not docs_dir.is_dir():
        raise GoldError(f"documents folder {docs_dir} does not exist")
    direct = docs_dir / name
    if direct.is_file():
        return direct
    found = sorted(p for p in docs_dir.rglob(name) if p.is_file())
    if len(found) != 1:
        problem = "not found" if not found else f"found {len(found)} times"
        raise GoldError(f"{gold_path}: document {name!r} {problem} in {docs_dir}")
    return found[0]
