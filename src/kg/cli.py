"""The `kg` command line: each command is a thin layer over a function of the Python API."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from .api import BuildReport, build
from .errors import KgError
from .eval.report import score_table
from .eval.run import evaluate
from .export.rdf import FORMATS
from .graph.namespaces import DEFAULT_BASE
from .graph.validate import validate
from .query import query
from .query.results import GRAPH_FORMATS, RESULT_FORMATS
from .query.serve import serve
from .viz import Filters, draw

app = typer.Typer(help="Build knowledge graphs from Dutch parliamentary documents.",
                  no_args_is_help=True, add_completion=False)
console = Console(stderr=True, soft_wrap=True)  # messages stay one line when piped


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more detail.")] = False,
) -> None:
    """kg: Dutch parliamentary documents in, an RDF knowledge graph out."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=console, show_time=False, show_path=False)])


@app.command("build")
def build_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .pdf, .html).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    model: Annotated[str | None, typer.Option(
        help="spaCy pipeline name or path (default: the model shipped with kg; 'blank' for "
             "tokenizer and gazetteer only).")] = None,
    fmt: Annotated[list[str] | None, typer.Option(
        "--format", "-f", help=f"RDF formats to write: {', '.join(FORMATS)} "
                               "(repeatable; default turtle and trig).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI for the IRIs kg mints.")] = DEFAULT_BASE,
    workers: Annotated[int | None, typer.Option(
        help="Worker processes (default: by corpus size and cores).")] = None,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write graph.html.")] = True,
    store: Annotated[Path | None, typer.Option(
        help="Keep the graph in an on-disk Oxigraph store in this folder (for big corpora; "
             "replaced on each build; kg query/serve/validate read it).")] = None,
    record_time: Annotated[bool, typer.Option(
        help="Record the build's start time in the provenance graph (the output is then no "
             "longer byte-identical between runs).")] = False,
) -> None:
    """Build the graph of PATHS into OUT: graph.ttl, graph.trig, graph.html, report.json."""
    with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, object] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)  # type: ignore[arg-type]

        try:
            report = build(paths, out, model=model, base=base, workers=workers, html=html,
                           formats=fmt or ("turtle", "trig"), progress=progress, store=store,
                           record_time=record_time)
        except KgError as error:
            bar.stop()
            console.print(f"[red]Error:[/red] {error}")
            raise typer.Exit(1) from error
    _print_report(report)


def _print_report(report: BuildReport) -> None:
    console.print(
        f"Read {len(report.documents)} document(s), skipped {len(report.skipped)}; "
        f"{report.entities} entities, {report.triples} triples ({report.quads} quads) "
        f"in {report.seconds:.1f} s with {report.model} ({report.workers} worker(s)).")
    for skipped in report.skipped:
        console.print(f"  [yellow]skipped[/yellow] {skipped.path}: {skipped.reason}")
    for name, path in report.outputs.items():
        console.print(f"  {name:<8} {path}")


@app.command("viz")
def viz_command(
    graph: Annotated[Path, typer.Argument(help="A graph kg wrote: .trig, .nq, .ttl or .nt.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "graph.html"),
    focus: Annotated[str | None, typer.Option(help="Show only this node's neighbourhood.")] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood radius for --focus.")] = 2,
    node_type: Annotated[list[str] | None, typer.Option(
        "--type", help="Node types to keep (PER ORG LOC EVENT WORK MISC); repeatable.")] = None,
    relation: Annotated[list[str] | None, typer.Option(
        help="Stance types to keep (e.g. Condemns); repeatable.")] = None,
    document: Annotated[list[str] | None, typer.Option(
        help="Keep facts from files whose name contains this; repeatable.")] = None,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="Earliest date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date, YYYY-MM-DD.")] = None,
    max_nodes: Annotated[int, typer.Option(help="Draw at most this many nodes.")] = 2000,
) -> None:
    """Draw GRAPH as an interactive network that works offline."""
    try:
        filters = Filters(
            node_types=frozenset(node_type or ()), stance_types=frozenset(relation or ()),
            documents=frozenset(document or ()), date_from=_day(date_from),
            date_to=_day(date_to), focus=focus, hops=hops, max_nodes=max_nodes)
        view = draw(graph, out, filters, title=f"kg: {graph.name}")
    except KgError as error:
        console.print(f"[red]Error:[/red] {error}")
        raise typer.Exit(1) from error
    console.print(f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges "
                  f"-> {out}" + "".join(f"; {note}" for note in view.notes))


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise KgError(f"{text!r} is not a date (YYYY-MM-DD)") from error


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Folder of gold annotation files (*.json).")],
    docs: Annotated[Path, typer.Option(help="Folder with the documents the gold files name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: Annotated[str | None, typer.Option(
        help="spaCy pipeline, as for kg build (default: the shipped model).")] = None,
) -> None:
    """Build the documents named in GOLD and score the graph: entities, links, events, relations."""
    try:
        scores = evaluate(gold, docs, model=model)
    except KgError as error:
        console.print(f"[red]Error:[/red] {error}")
        raise typer.Exit(1) from error
    for note in scores.notes:
        logging.getLogger(__name__).info(note)
    typer.echo(json.dumps(scores.to_dict()) if as_json else score_table(scores.to_dict()))


GraphOption = Annotated[Path, typer.Option(
    "--graph", "-g", help="A graph kg built: .trig, .ttl, .nq, .nt, .jsonld, or a --store folder.")]


@app.command("query")
def query_command(
    text: Annotated[str, typer.Argument(
        help="A SPARQL query, a .rq file, or the name of a query in ontology/queries.")],
    graph: GraphOption = Path("out/graph.trig"),
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help=f"{'|'.join(RESULT_FORMATS)} (SELECT, ASK); "
                               f"{'|'.join(GRAPH_FORMATS)} (CONSTRUCT, DESCRIBE).")] = "table",
) -> None:
    """Run a read-only SPARQL query over GRAPH; the default graph is the union of all graphs."""
    try:
        typer.echo(query(text, graph, fmt), nl=False)
    except KgError as error:
        console.print(f"[red]Error:[/red] {error}")
        raise typer.Exit(1) from error


@app.command("validate")
def validate_command(
    graph: Annotated[Path, typer.Argument(help="A graph kg built (file or --store folder).")],
    sources: Annotated[list[Path] | None, typer.Option(
        "--sources", "-s", help="Folder(s) with the original files: check every quote "
                                "against them (repeatable).")] = None,
) -> None:
    """Check GRAPH against ontology/shapes.ttl (SHACL) and its quotes against the originals."""
    try:
        report = validate(graph, sources=sources or ())
    except KgError as error:
        console.print(f"[red]Error:[/red] {error}")
        raise typer.Exit(1) from error
    for problem in report.problems:
        typer.echo(problem)
    for note in report.notes:
        console.print(f"note: {note}")
    checked = f"; {report.checked_quotes} quotes match the original files" if sources else ""
    if not report.conforms:
        typer.echo(f"{len(report.problems)} problem(s) in {graph}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{graph} conforms to the shapes{checked}.", err=True)


@app.command("serve")
def serve_command(
    graph: GraphOption = Path("out/graph.trig"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 7878,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
    max_rows: Annotated[int, typer.Option(help="Most rows (or triples) in a result.")] = 10_000,
) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint (/sparql) with a query page (/)."""
    try:
        serve(graph, host=host, port=port, timeout=timeout, max_rows=max_rows,
              ready=lambda url: typer.echo(f"SPARQL endpoint: {url}", err=True))
    except (KgError, OSError) as error:
        console.print(f"[red]Error:[/red] {error}")
        raise typer.Exit(1) from error


@app.command("version")
def version() -> None:
    """Print kg's version."""
    typer.echo(__version__)
