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
from .viz import Filters, draw

app = typer.Typer(help="Build knowledge graphs from Dutch parliamentary documents.",
                  no_args_is_help=True, add_completion=False)
console = Console(stderr=True)


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
                           formats=fmt or ("turtle", "trig"), progress=progress)
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


@app.command("version")
def version() -> None:
    """Print kg's version."""
    typer.echo(__version__)
