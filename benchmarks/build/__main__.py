"""Measure `kg build` on a corpus many times the size of the sample: time, memory, and that
every copy of a document yields the same mentions as the others.

Usage::

    .venv/bin/python -m benchmarks.build [--copies 20] [--workers 1 2] [--out FILE]

The corpus is `--copies` copies of the documents in data/corpus under other file names (so
other document IRIs). Each configuration runs in a process of its own, so its peak memory
(of the largest process: the build's own or one of its workers) is its own. Writes
results.json and results.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from kg.paths import PROJECT_DIR

HERE = Path(__file__).parent
SAMPLE = PROJECT_DIR / "data" / "corpus"
RUN = """
import json, resource, sys, time
from pathlib import Path
from kg.api import build
started = time.perf_counter()
report = build([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]), html=False,
               formats=["trig"])
seconds = time.perf_counter() - started
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "peak_rss_mb": peak / 1024, "quads": report.quads,
                  "entities": report.entities, "workers": report.workers,
                  "mentions": {str(d.path): d.mentions for d in report.documents}}))
"""


def make_corpus(folder: Path, copies: int) -> tuple[int, int]:
    """Write `copies` copies of the sample documents into `folder`; their number and words."""
    documents = words = 0
    for copy in range(copies):
        for path in sorted(SAMPLE.iterdir()):
            data = path.read_bytes()
            (folder / f"{path.stem}_copy{copy:04d}{path.suffix}").write_bytes(data)
            documents += 1
            words += len(data.decode("utf8", errors="replace").split())
    return documents, words


def run(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    """One build in a process of its own."""
    done = subprocess.run([sys.executable, "-c", RUN, str(corpus), str(out), str(workers)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def same_mentions_per_copy(mentions: dict[str, int]) -> bool:
    """Whether every copy of a sample document has the same number of mentions."""
    by_original: dict[str, set[int]] = defaultdict(set)
    for path, count in mentions.items():
        by_original[Path(path).stem.rsplit("_copy", 1)[0]].add(count)
    return all(len(counts) == 1 for counts in by_original.values())


def markdown(results: dict[str, Any]) -> str:
    rows = ["| workers | documents | words | seconds | documents/s | words/s | largest process |"
            " quads | same mentions in every copy |", "|---|---|---|---|---|---|---|---|---|"]
    for result in results["runs"]:
        rows.append(
            f"| {result['workers']} | {results['documents']:,} | {results['words']:,} | "
            f"{result['seconds']:.1f} | {results['documents'] / result['seconds']:.2f} | "
            f"{results['words'] / result['seconds']:,.0f} | {result['peak_rss_mb']:,.0f} MB | "
            f"{result['quads']:,} | {'yes' if result['same_mentions'] else 'NO'} |")
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        documents, words = make_corpus(corpus, args.copies)
        runs = []
        for workers in args.workers:
            result = run(corpus, Path(tmp) / f"out{workers}", workers)
            result["same_mentions"] = same_mentions_per_copy(result.pop("mentions"))
            runs.append(result)
            print(json.dumps(result), flush=True)
    results = {"copies": args.copies, "documents": documents, "words": words, "runs": runs}
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    args.out.with_suffix(".md").write_text(markdown(results), encoding="utf8")
    print(markdown(results))


if __name__ == "__main__":
    main()
