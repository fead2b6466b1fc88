"""Run a read-only SPARQL query over a graph kg built, and write its results.

Queries see the union of all named graphs as their default graph (so a query works the same
over graph.ttl and graph.trig) and may still use `GRAPH ?g` for per-document graphs.
`SERVICE` (federated queries) is refused: kg never calls other endpoints. Updates cannot
run: the query parser accepts SELECT, ASK, CONSTRUCT and DESCRIBE only.

Result formats are the SPARQL 1.1 ones (JSON, XML, CSV, TSV) plus `table` for a terminal;
CONSTRUCT and DESCRIBE give Turtle (or N-Triples).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import KgError
from ..graph.namespaces import PREFIXES

RESULT_FORMATS = ("table", "csv", "json", "tsv", "xml")
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
_NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                       r"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*")
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass
class Results:
    """The outcome of a query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    variables: list[str]
    rows: list[list[Term | None]] | None = None
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    truncated: bool = False


def execute(store: ox.Store, query: str, *, max_rows: int | None = None,
            default_graph: list[str] | None = None,
            named_graphs: list[str] | None = None) -> Results:
    """Run `query` on `store`; at most `max_rows` rows or triples (then `truncated`).

    default_graph, named_graphs: graph IRIs for the query dataset (SPARQL protocol's
        default-graph-uri and named-graph-uri); by default the union and all named graphs.
    RAISES KgError: for a syntax error, an update, or a SERVICE call.
    """
    if _SERVICE.search(_NOT_CODE.sub(" ", query)):
        raise KgError("SERVICE (federated query) is not allowed: kg queries only its own graph")
    options: dict[str, Any] = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}}
    if default_graph:
        options["default_graph"] = [ox.NamedNode(iri) for iri in default_graph]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    try:
        result = store.query(query, **options)
        if isinstance(result, ox.QueryBoolean):
            return Results([], boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [list(solution) for solution in _limited(result, max_rows)]
            truncated = max_rows is not None and len(rows) > max_rows
            return Results(variables, rows=rows[:max_rows], truncated=truncated)
        triples = list(_limited(result, max_rows))
        truncated = max_rows is not None and len(triples) > max_rows
        return Results([], triples=triples[:max_rows], truncated=truncated)
    except SyntaxError as error:
        raise KgError(f"not a SPARQL query kg can run (SELECT, ASK, CONSTRUCT, DESCRIBE; no "
                      f"updates): {error}") from error


def _limited(items: Iterable[Any], max_rows: int | None) -> Iterable[Any]:
    return items if max_rows is None else islice(items, max_rows + 1)


def render(results: Results, fmt: str = "table") -> str:
    """The results as text: table, csv, json, tsv or xml for SELECT and ASK; turtle or nt
    for CONSTRUCT and DESCRIBE (which give Turtle when a result format is asked for).

    RAISES KgError: for an unknown format.
    """
    if results.triples is None and fmt not in RESULT_FORMATS:
        raise KgError(f"unknown format {fmt!r} for SELECT and ASK results; choose from "
                      f"{', '.join(RESULT_FORMATS)}")
    if results.triples is not None:
        data = ox.serialize(sorted(results.triples, key=str),
                            format=GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE),
                            prefixes={p: str(ns) for p, ns in PREFIXES.items()}
                            if fmt != "nt" else None)
        return (data or b"").decode("utf-8")
    writer = {"table": _table, "csv": _csv, "json": _json, "tsv": _tsv, "xml": _xml}[fmt]
    return writer(results)


def _table(results: Results) -> str:
    if results.boolean is not None:
        return f"{str(results.boolean).lower()}\n"
    header = results.variables
    body = [[_compact(term) for term in row] for row in results.rows or []]
    widths = [max([len(name), *(len(row[i]) for row in body)]) for i, name in enumerate(header)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [header, ["-" * w for w in widths], *body]]
    count = f"{len(body)} row{'s' if len(body) != 1 else ''}"
    return "\n".join([*lines, count + (" (truncated)" if results.truncated else "")]) + "\n"


def _compact(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(str(namespace)):
                return f"{prefix}:{term.value[len(str(namespace)):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _csv(results: Results) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if results.boolean is not None:
        writer.writerows([["boolean"], [str(results.boolean).lower()]])
        return out.getvalue()
    writer.writerow(results.variables)
    for row in results.rows or []:
        writer.writerow(["" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode)
                         else t.value if isinstance(t, ox.NamedNode | ox.Literal) else str(t)
                         for t in row])
    return out.getvalue()


def _tsv(results: Results) -> str:
    if results.boolean is not None:
        return f"?boolean\n{str(results.boolean).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in results.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in results.rows or []]
    return "\n".join(lines) + "\n"


def _json(results: Results) -> str:
    if results.boolean is not None:
        return json.dumps({"head": {}, "boolean": results.boolean}) + "\n"
    bindings = [{name: _json_term(term) for name, term in zip(results.variables, row, strict=True)
                 if term is not None} for row in results.rows or []]
    document = {"head": {"vars": results.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml(results: Results) -> str:
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if results.boolean is not None:
        return f"{head}<head/>\n<boolean>{str(results.boolean).lower()}</boolean>\n</sparql>\n"
    lines = [head + "<head>"]
    lines += [f"<variable name={quoteattr(v)}/>" for v in results.variables]
    lines.append("</head>\n<results>")
    for row in results.rows or []:
        lines.append("<result>")
        lines += [f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                  for name, term in zip(results.variables, row, strict=True) if term is not None]
        lines.append("</result>")
    lines.append("</results>\n</sparql>")
    return "\n".join(lines) + "\n"


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return (f"<literal datatype={quoteattr(term.datatype.value)}>"
                    f"{escape(term.value)}</literal>")
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"
