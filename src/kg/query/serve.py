"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built graph, and a query page.

GET /sparql?query=… and POST /sparql (form-encoded `query=…` or an
application/sparql-query body), with `default-graph-uri` and `named-graph-uri`. Results
in the media type the client accepts: SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT
and DESCRIBE in Turtle (default) or N-Triples. GET / is a query page that works offline.

Safe by construction: bound to 127.0.0.1 unless told otherwise, no update operation (the
parser takes queries only, and `update=` or application/sparql-update is refused), no
SERVICE calls, at most `max_rows` results (the header X-SPARQL-MaxRows says when a result
was cut), and every query runs in a forked process that is killed after `timeout` seconds.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from ..errors import KgError
from ..graph.store import open_store
from .results import execute, render
from .sparql import canned_queries

MEDIA_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}  # fmt: skip
GRAPH_MEDIA_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt"}
CONTENT_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "nt": "application/n-triples",
}  # fmt: skip
MAX_QUERY_BYTES = 1_000_000


@dataclass(frozen=True)
class Settings:
    """What every request is limited to."""

    timeout: float = 30.0
    max_rows: int = 10_000


def serve(graph: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          max_rows: int = 10_000, ready: Callable[[str], None] | None = None) -> None:
    """Serve `graph` (an RDF file kg wrote or an on-disk store) until interrupted.

    ready: called with the endpoint URL once the server listens (port 0 picks a free port).
    RAISES KgError: when the graph cannot be read or the limits make no sense.
    """
    server = make_server(graph, host=host, port=port, timeout=timeout, max_rows=max_rows)
    if ready:
        ready(f"http://{host}:{server.server_address[1]}/sparql")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def make_server(graph: Path, *, host: str = "127.0.0.1", port: int = 7878,
                timeout: float = 30.0, max_rows: int = 10_000) -> ThreadingHTTPServer:
    """The HTTP server for `serve`, bound but not yet serving."""
    if timeout <= 0 or max_rows < 1:
        raise KgError("the query timeout must be positive and the result cap at least 1")
    store = open_store(graph)
    settings = Settings(timeout, max_rows)

    class Handler(_Handler):
        pass

    Handler.store, Handler.settings, Handler.page = store, settings, query_page()
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    store: ox.Store
    settings: Settings
    page: bytes
    server_version = "kg-sparql"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.page)
        elif url.path == "/sparql":
            self._answer(parse_qs(url.query))
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint: {url.path}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        elif media == "application/sparql-query":
            self._answer({**params, "query": [body]})
        elif media == "application/x-www-form-urlencoded":
            self._answer({**params, **parse_qs(body)})
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST application/sparql-query or application/x-www-form-urlencoded")

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
            return
        status, content_type, body, truncated = _run_isolated(
            self.store, queries[0], self.headers.get("Accept", ""), params, self.settings)
        headers = {"X-SPARQL-MaxRows": str(self.settings.max_rows)} if truncated else {}
        self._send(status, content_type, body, headers)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, content_type: str, body: bytes,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


Reply = tuple[HTTPStatus, str, bytes, bool]


def _run_isolated(store: ox.Store, query: str, accept: str, params: dict[str, list[str]],
                  settings: Settings) -> Reply:
    """Run the query in a forked child; kill it when it outlives the timeout."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, store, query, accept, params,
                                                 settings.max_rows), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(settings.timeout):
            reply: Reply = receive.recv()
            return reply
        return (HTTPStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8",
                f"query timed out after {settings.timeout:g} s\n".encode(), False)
    except EOFError:
        return (HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                b"the query process died\n", False)
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()


def _child(send: Connection, store: ox.Store, query: str, accept: str,
           params: dict[str, list[str]], max_rows: int) -> None:
    send.send(_reply(store, query, accept, params, max_rows))
    send.close()


def _reply(store: ox.Store, query: str, accept: str, params: dict[str, list[str]],
           max_rows: int) -> Reply:
    try:
        results = execute(store, query, max_rows=max_rows,
                          default_graph=params.get("default-graph-uri"),
                          named_graphs=params.get("named-graph-uri"))
    except KgError as error:
        return HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", f"{error}\n".encode(), False
    fmt = _negotiate(accept, GRAPH_MEDIA_TYPES if results.triples is not None else MEDIA_TYPES)
    if fmt is None:
        return (HTTPStatus.NOT_ACCEPTABLE, "text/plain; charset=utf-8",
                f"cannot answer in {accept}\n".encode(), False)
    return HTTPStatus.OK, CONTENT_TYPES[fmt], render(results, fmt).encode(), results.truncated


def _negotiate(accept: str, offered: dict[str, str]) -> str | None:
    """The format of the best media type in an Accept header among `offered` (first is default)."""
    choices: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        media, *options = (part.strip().lower() for part in item.split(";"))
        quality = next((float(o[2:]) for o in options if o.startswith("q=")), 1.0)
        if media in offered:
            choices.append((quality, -index, offered[media]))
        elif media in ("*/*", "", "application/*", "text/*"):
            choices.append((quality - 0.001, -index, next(iter(offered.values()))))
    choices = [c for c in choices if c[0] > 0]
    if not accept.strip():
        return next(iter(offered.values()))
    return max(choices)[2] if choices else None


def query_page() -> bytes:
    """The query page, with the canned queries of ontology/queries to pick from."""
    canned = {name: path.read_text("utf-8") for name, path in canned_queries().items()}
    # JSON inside <script>: escape "<" so no query text can close the element.
    data = json.dumps(canned, ensure_ascii=False).replace("<", "\\u003c")
    return QUERY_PAGE.replace("/*CANNED*/{}", data).encode("utf-8")


QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body{font:15px system-ui,sans-serif;margin:1.5rem;max-width:90rem}
textarea{width:100%;height:14rem;font:13px monospace}
table{border-collapse:collapse;margin-top:1rem;font-size:13px}
td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
#status{margin-left:1rem;color:#555}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>Read-only. The default graph is the union of all named graphs (one per document, plus
<code>…/graph/entities</code> and <code>…/graph/provenance</code>). Endpoint:
<code>/sparql</code>.</p>
<textarea id="query">PREFIX kg: <https://w3id.org/kg-nl/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?doc ?title ?date WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc dct:title ?title }
  OPTIONAL { ?doc dct:date ?date }
} ORDER BY ?date</textarea>
<p><select id="canned"><option value="">canned queries…</option></select>
<button id="run">Run</button><span id="status"></span></p>
<div id="out"></div>
<script>
const run = async () => {
  const status = document.getElementById("status"), out = document.getElementById("out");
  status.textContent = "running…"; out.textContent = "";
  const response = await fetch("sparql", {method: "POST",
    headers: {"Content-Type": "application/sparql-query",
              "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    body: document.getElementById("query").value});
  const text = await response.text();
  if (!response.ok || !(response.headers.get("Content-Type") || "").includes("json")) {
    status.textContent = response.status + " " + response.statusText;
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
    return;
  }
  const data = JSON.parse(text);
  if ("boolean" in data) { status.textContent = String(data.boolean); return; }
  const vars = data.head.vars, rows = data.results.bindings;
  status.textContent = rows.length + " row(s)" +
    (response.headers.get("X-SPARQL-MaxRows") ? " (cut at the result cap)" : "");
  const table = document.createElement("table"), head = table.insertRow();
  vars.forEach(v => { const th = document.createElement("th"); th.textContent = v;
                      head.appendChild(th); });
  rows.forEach(row => { const tr = table.insertRow();
    vars.forEach(v => { tr.insertCell().textContent = row[v] ? row[v].value : ""; }); });
  out.appendChild(table);
};
const canned = /*CANNED*/{};
const picker = document.getElementById("canned");
Object.keys(canned).forEach(name => picker.add(new Option(name, name)));
picker.addEventListener("change", () => {
  if (picker.value) document.getElementById("query").value = canned[picker.value];
});
document.getElementById("run").addEventListener("click", run);
if (location.hash === "#run") run();
</script></body></html>
"""
