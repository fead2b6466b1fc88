"""Time the network page for synthetic scale-free networks: layout + HTML in Python, and,
when Debian's chromium is installed, until vis-network has drawn the page.

    .venv/bin/python benchmarks/viz/render.py [--sizes 500 2000 5000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.viz.html import render_html
from kg.viz.network import NetworkView

TYPES = ("PER", "ORG", "LOC")


def synthetic(size: int) -> NetworkView:
    """A Barabási–Albert network shaped like an actor graph (two links per new node)."""
    graph = nx.MultiDiGraph()
    base = nx.barabasi_albert_graph(size, 2, seed=1)
    for node in base:
        graph.add_node(f"n{node}", label=f"Entiteit {node}", type=TYPES[node % 3],
                       kind="entity")
    for a, b in base.edges:
        graph.add_edge(f"n{a}", f"n{b}", relation="supports", polarity="Positive",
                       modality="Asserted", date="", sentence="", file="", weight=1)
    return NetworkView(graph)


def browser_seconds(page: Path) -> float | None:
    chromium = shutil.which("chromium")
    if chromium is None:
        return None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}",
             "--virtual-time-budget=60000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=600, check=True).stdout
    if 'data-ready="1"' not in dom:
        raise RuntimeError(f"{page}: vis-network did not draw")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    sizes = parser.parse_args().sizes
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            view = synthetic(size)
            started = time.perf_counter()
            page = render_html(view)
            python = time.perf_counter() - started
            path = Path(folder) / f"network-{size}.html"
            path.write_text(page, encoding="utf-8")
            browser = browser_seconds(path)
            shown = f"{browser:.1f} s" if browser is not None else "no chromium"
            print(f"{size:>6} nodes  python {python:5.1f} s  page {len(page) // 1024:>5} KB  "
                  f"chromium (start + draw) {shown}")


if __name__ == "__main__":
    main()
