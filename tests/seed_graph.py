"""The graph of the five sample documents, built once per test session (blank pipeline)."""

from __future__ import annotations

import atexit
import functools
import shutil
import sys
import tempfile
from pathlib import Path

from conftest import CORPUS
from kg.api import build
from kg.export.rdf import FORMATS


@functools.cache
def seed_graph_dir() -> Path:
    """A folder with graph.ttl, graph.trig, graph.nt, graph.nq and graph.jsonld of the seeds."""
    out = Path(tempfile.mkdtemp(prefix="kg-seed-graph-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    build([CORPUS], out, model="blank", workers=1, html=False, formats=list(FORMATS))
    return out


def kg_command() -> list[str]:
    """The argv prefix that runs the `kg` CLI of this environment in a subprocess."""
    script = Path(sys.executable).with_name("kg")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from kg.cli import app; app()"]
