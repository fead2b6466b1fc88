"""The interactive network: filters, focus, cap, escaping, and the page in a real browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, ROOT
from kg.api import build
from kg.cli import app
from kg.viz import Filters, NetworkView, draw, knowledge_network, read_graph
from kg.viz.html import VIS_DIR, render_html

ARTIFACTS = ROOT / "test-artifacts"
PAYLOADS = ['<img src=x onerror="document.body.dataset.pwned=1">',
            '</script><script>document.body.dataset.pwned=1</script>',
            '"onmouseover=document.body.dataset.pwned=1 x="']


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    build([CORPUS], out, model="blank", workers=1, html=False)
    return out / "graph.trig"


def hostile_view() -> NetworkView:
    """A network whose labels, sentences and file names try to inject HTML and script."""
    graph = nx.MultiDiGraph()
    for index, payload in enumerate(PAYLOADS):
        graph.add_node(f"n{index}", label=payload, type="PER", kind="entity")
    graph.add_node("e", label=PAYLOADS[1], type="Protest", kind="event", date="2020-08-10")
    graph.add_edge("n0", "n1", relation="condemns", polarity="Positive", modality="Asserted",
                   date="2020-09-01", sentence=PAYLOADS[0], file=PAYLOADS[2], weight=1)
    graph.add_edge("n2", "e", relation="participatesIn", polarity="", modality="",
                   date="2020-08-10", sentence=PAYLOADS[1], file="doc.txt", weight=1)
    return NetworkView(graph, notes=[PAYLOADS[0]])


def test_network_of_the_sample_graph(graph_file: Path) -> None:
    view = knowledge_network(read_graph(graph_file))
    labels = {d["label"] for _, d in view.graph.nodes(data=True)}
    assert {"Wit-Rusland", "Europese Unie", "Alexander Loekasjenko"} <= labels
    assert view.graph.number_of_edges() > 0
    assert all(d.get("kind") in {"entity", "event"} for _, d in view.graph.nodes(data=True))


def test_focus_keeps_the_neighbourhood(graph_file: Path) -> None:
    dataset = read_graph(graph_file)
    whole = knowledge_network(dataset).graph
    view = knowledge_network(dataset, Filters(focus="Wit-Rusland", hops=1))
    centre = next(n for n, d in view.graph.nodes(data=True) if d["label"] == "Wit-Rusland")
    assert set(view.graph) == {centre, *nx.all_neighbors(whole, centre)}
    assert "focus on Wit-Rusland" in view.notes[0]
    with pytest.raises(ValueError, match="no node is called"):
        knowledge_network(dataset, Filters(focus="Atlantis"))


def test_type_filter_and_node_cap(graph_file: Path) -> None:
    dataset = read_graph(graph_file)
    places = knowledge_network(dataset, Filters(node_types=frozenset({"LOC"}))).graph
    assert places and {d["type"] for _, d in places.nodes(data=True)} == {"LOC"}
    capped = knowledge_network(dataset, Filters(max_nodes=5))
    assert capped.graph.number_of_nodes() == 5
    assert re.match(r"showing the 5 most connected of \d+ nodes", capped.notes[-1])


def test_document_text_is_never_markup() -> None:
    page = render_html(hostile_view(), title='<b>"titel"</b>')
    page = page.replace((VIS_DIR / "vis-network.min.js").read_text("utf-8"), "")
    scripts = page.count("<script>")
    assert scripts == 2 and page.count("</script>") == 2
    assert "<img src=x" not in page
    assert "&lt;b&gt;&quot;titel&quot;&lt;/b&gt;" in page


def test_page_is_self_contained(tmp_path: Path, graph_file: Path) -> None:
    draw(graph_file, tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text("utf-8")
    assert not re.search(r"https?://[^\s\"'<>]*\.(?:js|css)\b|<script src|<link", page)
    assert "default-src 'none'" in page


def test_cli_viz(tmp_path: Path, graph_file: Path) -> None:
    runner = CliRunner()
    out = tmp_path / ("a-long-folder-name-" * 4) / "focus.html"  # the message is one line
    out.parent.mkdir()
    result = runner.invoke(app, ["viz", str(graph_file), "-o", str(out), "--focus",
                                 "Loekasjenko", "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert "focus on Alexander Loekasjenko" in result.output and out.is_file()
    missing = runner.invoke(app, ["viz", str(tmp_path / "nope.trig")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad_date = runner.invoke(app, ["viz", str(graph_file), "--from", "gisteren"])
    assert bad_date.exit_code == 1 and "not a date" in bad_date.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFFLINE_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--proxy-server=127.0.0.1:9",
                 "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND"]


def chromium(page: Path, profile: Path, *extra: str) -> str:
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, *OFFLINE_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
         *extra, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_page_draws_offline_in_chromium(tmp_path: Path, graph_file: Path) -> None:
    page = tmp_path / "graph.html"
    view = draw(graph_file, page)
    dom = chromium(page, tmp_path / "profile", "--dump-dom")
    counts = re.search(r'<span id="counts"[^>]*>', dom)
    assert counts is not None
    tag = counts.group()
    assert 'data-ready="1"' in tag, "vis-network did not draw"
    assert f'data-nodes="{view.graph.number_of_nodes()}"' in tag
    assert f'data-edges="{view.graph.number_of_edges()}"' in tag
    ARTIFACTS.mkdir(exist_ok=True)
    chromium(page, tmp_path / "profile", f"--screenshot={ARTIFACTS / 'graph.png'}",
             "--window-size=1280,900")
    assert (ARTIFACTS / "graph.png").stat().st_size > 10_000


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_hostile_text_does_not_run_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_view()), "utf-8")
    dom = chromium(page, tmp_path / "profile", "--dump-dom")
    assert "data-pwned" not in dom
    assert 'data-ready="1"' in dom and 'data-nodes="4"' in dom and 'data-edges="2"' in dom


def test_turtle_and_trig_give_the_same_network(graph_file: Path) -> None:
    turtle = graph_file.with_suffix(".ttl")
    from_trig = knowledge_network(read_graph(graph_file)).graph
    from_turtle = knowledge_network(read_graph(turtle)).graph
    assert sorted(from_trig.nodes(data=True)) == sorted(from_turtle.nodes(data=True))
    assert sorted(from_trig.edges) == sorted(from_turtle.edges)


def test_layout_does_not_depend_on_the_hash_seed(tmp_path: Path, graph_file: Path) -> None:
    script = ("import sys; from pathlib import Path; from kg.viz import draw; "
              "draw(Path(sys.argv[1]), Path(sys.argv[2]))")
    pages = []
    for seed in ("1", "2"):
        page = tmp_path / f"seed-{seed}.html"
        subprocess.run([sys.executable, "-c", script, str(graph_file), str(page)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]
