"""Draw a network as one self-contained HTML page (pyvis data, vis-network inlined).

The layout is computed in Python (networkx spring layout, fixed seed) and physics is off, so
the page opens instantly, looks the same every time and needs no network: the vis-network
script and style that pyvis ships are copied into the page.
"""

from __future__ import annotations

import html
import json
from importlib.resources import files
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from ..atomic import write_text

VIS_DIR = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
COLOURS = {"PER": "#e15759", "ORG": "#4e79a7", "LOC": "#59a14f", "EVENT": "#f28e2b",
           "WORK": "#b07aa1", "MISC": "#9c755f"}
SCALE = 1000.0
OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 100, "navigationButtons": False},
    "nodes": {"shape": "dot", "font": {"size": 14}},
    "edges": {"smooth": False, "color": {"opacity": 0.4}},
}


def write_html(network: nx.Graph, path: Path, *, title: str = "kg") -> Path:
    """Write `network` (nodes with label/type/mentions, edges with weight) to an HTML page."""
    write_text(path, render_html(network, title=title))
    return path


def render_html(network: nx.Graph, *, title: str = "kg") -> str:
    """The HTML page for `network`, with positions fixed by a seeded spring layout."""
    positions = nx.spring_layout(network, seed=7, weight="weight") if network else {}
    net = Network(directed=False)
    for node in sorted(network.nodes):
        data = network.nodes[node]
        x, y = positions[node]
        kind = data.get("type", "MISC")
        net.add_node(node, label=data.get("label", node), title=_tooltip(node, data),
                     color=COLOURS.get(kind, COLOURS["MISC"]), value=data.get("mentions", 1),
                     x=round(float(x) * SCALE, 1), y=round(float(y) * SCALE, 1), physics=False,
                     group=kind)
    for a, b in sorted(tuple(sorted(edge)) for edge in network.edges):
        weight = network.edges[a, b].get("weight", 1)
        net.add_edge(a, b, value=weight, title=f"{weight} gedeelde zin(nen)")
    nodes, edges = net.get_network_data()[:2]
    return PAGE.format(
        title=html.escape(title),
        css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        nodes=_script_json(nodes), edges=_script_json(edges), options=_script_json(OPTIONS),
        summary=html.escape(f"{network.number_of_nodes()} entities, "
                            f"{network.number_of_edges()} links"),
        legend="".join(f'<span style="color:{c}">&#9679; {k}</span> ' for k, c in COLOURS.items()),
    )


def _tooltip(node: str, data: dict[str, object]) -> str:
    lines = [str(data.get("label", node)), f"type: {data.get('type', '')}",
             f"mentions: {data.get('mentions', 0)} in {data.get('documents', 0)} document(s)",
             node]
    if data.get("wikidata"):
        lines.append(str(data["wikidata"]))
    return "\n".join(lines)


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{css}</style>
<style>
body {{ margin: 0; font-family: sans-serif; }}
header {{ padding: 6px 12px; border-bottom: 1px solid #ddd; }}
#network {{ width: 100%; height: calc(100vh - 40px); }}
</style>
</head>
<body>
<header><strong>{title}</strong> &middot; {summary} &middot; {legend}</header>
<div id="network"></div>
<script>{js}</script>
<script>
const nodes = new vis.DataSet({nodes});
const edges = new vis.DataSet({edges});
new vis.Network(document.getElementById("network"), {{nodes: nodes, edges: edges}}, {options});
</script>
</body>
</html>
"""
