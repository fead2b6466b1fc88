"""Draw a network as one self-contained HTML page (pyvis data, vis-network inlined).

The layout is computed in Python (networkx spring layout, fixed seed) and physics is off,
so the page opens at once, looks the same every time and needs no network: the
vis-network script and style that pyvis ships are copied into the page. Every text from
the documents reaches the page as JSON inside a script (with `<`, `>` and `&` escaped) and
is shown by vis-network as text, never parsed as HTML.
"""

from __future__ import annotations

import html
import json
import math
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..atomic import write_text
from .network import NetworkView

VIS_DIR = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
TYPE_COLOURS = {"PER": "#e15759", "ORG": "#4e79a7", "LOC": "#59a14f", "EVENT": "#f28e2b",
                "WORK": "#b07aa1", "MISC": "#9c755f"}
POLARITY_COLOURS = {"Positive": "#2e9d4a", "Negative": "#d62728", "": "#9a9a9a"}
SCALE = 1000.0
LABELLED_EDGES = 150
SMALL_COMPONENT = 300
LARGE_ITERATIONS = 8
OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 100},
    "nodes": {"font": {"size": 16}, "scaling": {
        "min": 8, "max": 40, "label": {"enabled": True, "min": 14, "max": 30, "drawThreshold": 4}}},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 10, "align": "middle"}},
}


def write_html(view: NetworkView, path: Path, *, title: str = "kg") -> Path:
    """Write the network view to a self-contained HTML page at `path` (atomically)."""
    write_text(path, render_html(view, title=title))
    return path


def render_html(view: NetworkView, *, title: str = "kg") -> str:
    """The HTML page of a network view."""
    graph = view.graph
    nodes, edges = _vis_data(graph)
    kinds = sorted({n["category"] for n in nodes})
    relations = sorted({e["relation"] for e in edges})
    documents = sorted({e["file"] for e in edges if e["file"]})
    return PAGE.format(
        title=html.escape(title),
        css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        nodes=_script_json(nodes), edges=_script_json(edges), options=_script_json(OPTIONS),
        colours=_script_json(TYPE_COLOURS),
        total_nodes=len(nodes), total_edges=len(edges),
        notes="".join(f"<li>{html.escape(note)}</li>" for note in view.notes),
        type_boxes="".join(
            f'<label><input type="checkbox" class="kind" value="{html.escape(k)}" checked>'
            f'<span style="color:{TYPE_COLOURS.get(k, TYPE_COLOURS["EVENT"])}">&#9679;</span> '
            f"{html.escape(k)}</label> " for k in kinds),
        relation_options=_options(relations), document_options=_options(documents),
    )


def _vis_data(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges as vis-network data, built through pyvis, positions from networkx."""
    positions = layout(graph)
    net = Network(directed=True)
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        event = data.get("kind") == "event"
        group = "EVENT" if event else data.get("type", "MISC")
        x, y = positions[node]
        net.add_node(node, label=data.get("label") or node, title=_node_tooltip(node, data),
                     category=group, shape="diamond" if event else "dot",
                     color=TYPE_COLOURS.get(group, TYPE_COLOURS["MISC"]),
                     value=graph.degree(node) + 1, x=round(x, 1), y=round(y, 1),
                     physics=False, date=data.get("date", ""))
    labelled = graph.number_of_edges() <= LABELLED_EDGES
    for index, (a, b, data) in enumerate(sorted(graph.edges(data=True),
                                                key=lambda e: (e[0], e[1], _edge_key(e[2])))):
        relation = data.get("relation", "")
        asserted = data.get("modality", "") in {"", "Asserted"}
        net.add_edge(a, b, id=f"e{index}", title=_edge_tooltip(data),
                     label=relation if labelled and relation != "cooccurs" else "",
                     color=POLARITY_COLOURS.get(data.get("polarity", ""), POLARITY_COLOURS[""]),
                     dashes=not asserted, value=data.get("weight", 1), relation=relation,
                     file=data.get("file", ""), date=data.get("date", ""))
    nodes, edges = net.get_network_data()[:2]
    return nodes, edges


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels: each connected component laid out on its own (spring layout,
    fixed seed, size growing with the component) and the components packed in rows, largest
    first, so that isolated pairs do not push the main component into a corner."""
    simple = nx.Graph(graph.to_undirected(as_view=True))
    components = sorted((sorted(c) for c in nx.connected_components(simple)),
                        key=lambda c: (-len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    row_width = SCALE * max(2.0, math.sqrt(len(simple)) / 2)
    for component in components:
        radius = SCALE * 0.25 * math.sqrt(len(component))
        if len(component) == 1:
            local = {component[0]: (0.0, 0.0)}
        else:
            local = _spring(_ordered_subgraph(simple, component), radius)
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + SCALE * 0.1, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + radius + px, y + radius + py)
        x += 2 * radius + SCALE * 0.1
        row_height = max(row_height, 2 * radius)
    return positions


def _ordered_subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph on `nodes`, in their order: networkx's subgraph views iterate in set order,
    which changes with the hash seed and would make the seeded layout differ between runs."""
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(sorted(tuple(sorted(edge)) for edge in graph.edges(nodes)))
    return sub


def _spring(graph: nx.Graph, radius: float) -> dict[str, tuple[float, float]]:
    """Spring layout; a large component starts from its spectral layout and gets only a few
    spring iterations, which keeps 2,000 nodes to seconds (see benchmarks/viz)."""
    if len(graph) <= SMALL_COMPONENT:
        positions = nx.spring_layout(graph, seed=7, scale=radius)
    else:
        start = nx.spectral_layout(graph)
        positions = nx.spring_layout(graph, pos=start, iterations=LARGE_ITERATIONS, seed=7,
                                     scale=radius)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _edge_key(data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(data.get(k, "")) for k in ("relation", "date", "sentence", "file"))


def _node_tooltip(node: str, data: dict[str, Any]) -> str:
    lines = [str(data.get("label") or node), f"type: {data.get('type', '')}"]
    if data.get("kind") == "event":
        lines += [f"date: {data['date']}" if data.get("date") else "date: unknown",
                  str(data.get("file", ""))]
    else:
        lines.append(f"mentions: {data.get('mentions', 0)} in "
                     f"{data.get('documents', 0)} document(s)")
    if data.get("wikidata"):
        lines.append(str(data["wikidata"]))
    lines.append(node)
    return "\n".join(line for line in lines if line)


def _edge_tooltip(data: dict[str, Any]) -> str:
    relation = data.get("relation", "")
    if relation == "cooccurs":
        return f"named together in {data.get('weight', 1)} sentence(s)"
    qualifiers = ", ".join(v for v in (data.get("polarity"), data.get("modality")) if v)
    lines = [f"{relation} ({qualifiers})" if qualifiers else relation,
             data.get("date", ""), data.get("file", ""), data.get("sentence", "")]
    return "\n".join(line for line in lines if line)


def _options(values: list[str]) -> str:
    return "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values)


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}</style>
<style>
body {{ margin: 0; font-family: sans-serif; font-size: 14px; }}
header {{ padding: 6px 12px; border-bottom: 1px solid #ddd; }}
header label, header select, header input {{ margin-right: 6px; }}
#network {{ width: 100%; height: calc(100vh - 90px); }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 480px; }}
</style>
</head>
<body>
<header>
<strong>{title}</strong> &middot;
<span id="counts" data-nodes="{total_nodes}" data-edges="{total_edges}">{total_nodes} nodes,
{total_edges} edges</span>
<ul id="notes">{notes}</ul>
<div>{type_boxes}
<select id="relation"><option value="">all relations</option>{relation_options}</select>
<select id="document"><option value="">all documents</option>{document_options}</select>
from <input id="from" type="date"> to <input id="to" type="date">
</div>
</header>
<div id="network"></div>
<script>{js}</script>
<script>
const nodes = new vis.DataSet({nodes});
const edges = new vis.DataSet({edges});
const options = {options};
const control = (id) => document.getElementById(id);
function inRange(day) {{
  const from = control("from").value, to = control("to").value;
  if (!from && !to) return true;
  if (!day) return false;
  return (!from || day.slice(0, 10) >= from) && (!to || day.slice(0, 10) <= to);
}}
function kinds() {{
  return new Set([...document.querySelectorAll("input.kind:checked")].map((b) => b.value));
}}
function edgeShown(edge) {{
  const relation = control("relation").value, file = control("document").value;
  const shown = kinds();
  return (!relation || edge.relation === relation) && (!file || edge.file === file)
    && inRange(edge.date) && shown.has(nodes.get(edge.from).category)
    && shown.has(nodes.get(edge.to).category);
}}
function filtering() {{
  return control("relation").value || control("document").value || control("from").value
    || control("to").value;
}}
const edgeView = new vis.DataView(edges, {{ filter: edgeShown }});
const nodeView = new vis.DataView(nodes, {{ filter: (node) => kinds().has(node.category)
  && (!filtering() || edgeView.get({{ filter: (e) => e.from === node.id || e.to === node.id }})
      .length > 0) }});
const network = new vis.Network(control("network"), {{ nodes: nodeView, edges: edgeView }},
                                options);
function refresh() {{
  edgeView.refresh();
  nodeView.refresh();
  const counts = control("counts");
  counts.dataset.nodes = nodeView.length;
  counts.dataset.edges = edgeView.length;
  counts.textContent = nodeView.length + " nodes, " + edgeView.length + " edges";
}}
document.querySelectorAll("header input, header select").forEach(
  (element) => element.addEventListener("change", refresh));
refresh();
network.once("afterDrawing", () => {{ control("counts").dataset.ready = "1"; }});
</script>
</body>
</html>
"""
