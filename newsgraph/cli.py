"""The command line. Each command parses its input, calls one library function, formats the result."""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .config import Settings, load_settings
from .errors import ConfigError, NewsgraphError

app = typer.Typer(
    help="newsgraph: news about armed conflict -> a sourced, geocoded record of who did what to whom.\n\n"
    "Example: newsgraph extract article.html --published 2016-11-10 --json",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXPORT_TABLES = ("articles", "actors", "places", "times", "quotes", "events", "relations")
EXPORT_FORMATS = ("jsonl", "csv", "geojson", "graphml", "plover")


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _settings(config: Optional[Path], **overrides) -> Settings:
    return load_settings(config).replace(**overrides)


def _published(value: Optional[str]) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--published must be a date as YYYY-MM-DD, not {value!r}") from None


def _version(value: bool) -> None:
    if value:
        print(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """newsgraph: news about armed conflict -> a sourced, geocoded record."""


ConfigOpt = typer.Option(None, "--config", help="A TOML file whose keys override the defaults.", exists=False)
ModelOpt = typer.Option(None, "--model", help="spaCy pipeline: sm, md, trf or an installed package name.")
PublishedOpt = typer.Option(None, "--published", help="Publication date YYYY-MM-DD: the reference for relative dates.")
DbOpt = typer.Option(None, "--db", help="Database URL (default: setting db_url, sqlite:///newsgraph.db).")


@app.command()
def extract(
    path: str = typer.Argument(..., help="A file, a directory, a JSONL or RSS file, or - for standard input."),
    published: Optional[str] = PublishedOpt,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON record per article, one per line."),
    model: Optional[str] = ModelOpt,
    n_process: Optional[int] = typer.Option(None, "--n-process", help="Worker processes (each loads the models once)."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Extract the record of each article in PATH and print it (nothing is stored).

    Example: newsgraph extract article.html --published 2016-11-10 --json
    """
    from .ingest import Rejection, read_articles
    from .pipeline import Extractor

    settings = _settings(config, spacy_model=model, n_process=n_process)
    items = read_articles(path, settings, published=_published(published))
    rejected = 0
    with Extractor(settings) as extractor:
        for result in extractor.stream(items):
            if isinstance(result, Rejection):
                rejected += 1
                _err(f"error[{result.reason}]: {result.origin}: {result.message}")
                if as_json:
                    print(json.dumps({"error": {"code": result.reason, "message": result.message, "origin": result.origin}}), flush=True)
            elif as_json:
                print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
            else:
                _print_summary(result)
    if rejected:
        raise typer.Exit(1)


def _print_summary(ex) -> None:
    a = ex.article
    print(f"{a.id}  {a.title or '(no title)'}")
    print(f"  published {a.published or 'unknown'} · {', '.join(a.authors) or 'no byline'} · {a.source or 'no source'} · {a.language}")
    print(f"  {len(a.text):,} characters; {len(a.boilerplate)} boilerplate block(s) removed")
    counts = ", ".join(f"{len(getattr(ex, k))} {k}" for k in ("actors", "places", "times", "quotes", "events", "relations"))
    print(f"  {counts}")
    for w in ex.warnings:
        print(f"  warning[{w.code}]: {w.message}")


@app.command()
def ingest(
    path: str = typer.Argument(..., help="A file, a directory (recursive), a JSONL or RSS file, or - for standard input."),
    db: Optional[str] = DbOpt,
    published: Optional[str] = PublishedOpt,
    replace: bool = typer.Option(False, "--replace", help="Re-extract and overwrite articles already stored."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on standard error."),
    model: Optional[str] = ModelOpt,
    n_process: Optional[int] = typer.Option(None, "--n-process", help="Worker processes (each loads the models once)."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Read, extract and store every article in PATH. Re-running skips what is stored, so an
    interrupted run is finished by running it again.

    Example: newsgraph ingest examples/articles --db sqlite:///newsgraph.db
    """
    from .ingest import read_articles
    from .store import Store
    from .store.ingest import ingest as run_ingest

    settings = _settings(config, spacy_model=model, n_process=n_process, db_url=db)
    with Store(settings.db_url) as store:
        items = read_articles(path, settings, published=_published(published))
        report = run_ingest(items, store, settings, replace=replace, progress=progress, on_reject=lambda r: _err(f"error[{r.reason}]: {r.origin}: {r.message}"))
        counts = store.counts()
    print(
        f"stored {report.stored}, already stored {report.skipped}, rejected {report.rejected}; "
        f"the database now holds {counts['articles']} article(s), {counts['actors']} actor(s), {counts['places']} place(s), "
        f"{counts['quotes']} quote(s), {counts['events']} event(s)"
    )
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def show(
    article_id: Optional[str] = typer.Argument(None, help="An article id (or its first characters). Omit to list articles."),
    db: Optional[str] = DbOpt,
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Full-text search over titles and texts."),
    quotes: bool = typer.Option(False, "--quotes", help="With --search: search the stored quotes instead of the articles."),
    rejected: bool = typer.Option(False, "--rejected", help="List the inputs that could not be stored, and why."),
    limit: int = typer.Option(20, "--limit", "-n", help="How many articles to list."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Show what is stored: a list of articles, a search, or one article's record.

    Example: newsgraph show --search "ceasefire Jeddah" --db sqlite:///newsgraph.db
    """
    from .store import Store

    settings = _settings(config, db_url=db)
    with Store(settings.db_url, must_exist=True) as store:
        if article_id:
            ids = store.find(article_id)
            if len(ids) != 1:
                raise NewsgraphError(
                    f"no stored article with id {article_id!r}" if not ids else f"{article_id!r} matches several articles: {', '.join(ids)}",
                    code="E301",
                )
            ex = store.get(ids[0])
            print(json.dumps(ex.as_dict(), ensure_ascii=False, indent=2)) if as_json else _print_summary(ex)
            return
        if rejected:
            rows = store.rejected()
            for row in rows:
                print(json.dumps(row) if as_json else f"{row['origin']}: {row['message']} [{row['reason']}]")
            return
        if search and quotes:
            for row in store.search_quotes(search, limit=limit):
                print(json.dumps(row, ensure_ascii=False) if as_json else f"{row['article_id']}  {row['speaker_text'] or '?'} ({row['cue'] or row['kind']}): {row['text']}")
            return
        rows = store.search(search, limit=limit) if search else store.articles(limit=limit)
        if as_json:
            for row in rows:
                print(json.dumps(row, default=str, ensure_ascii=False))
            return
        counts = store.counts()
        facts = ", ".join(f"{counts[k]} {k}" for k in ("actors", "places", "times", "quotes", "events", "relations"))
        print(f"{counts['articles']} article(s) stored ({facts}); {counts['rejections']} input(s) rejected" + (f"; {len(rows)} match(es) for {search!r}" if search else ""))
        for row in rows:
            print(f"{row['id']}  {row['published'] or '----------'}  {row['title'] or '(no title)'}")
            if row.get("snippet"):
                print(f"    {row['snippet']}")


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (full records), csv (one row per item of --table), "
                            "geojson (events or places with coordinates), graphml (the actor network) or plover (events as PLOVER-style JSON)."),
    table: str = typer.Option("articles", "--table", help=f"With csv: one of {', '.join(EXPORT_TABLES)}; with geojson: events (default) or places."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Export every stored article: JSONL records, CSV rows of articles, actors, places, times,
    quotes, events or relations, GeoJSON events or places, the actor network as GraphML, or
    PLOVER-style JSON events.

    Example: newsgraph export --format csv --table events -o events.csv
    """
    from .store import Store
    from .store.export import csv_rows, geojson, graphml, plover

    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    if table not in EXPORT_TABLES:
        raise ConfigError(f"--table must be one of {', '.join(EXPORT_TABLES)}, not {table!r}")
    if fmt == "geojson":
        table = "events" if table == "articles" else table
        if table not in ("events", "places"):
            raise ConfigError(f"--format geojson exports --table events or places, not {table!r}")
    settings = _settings(config, db_url=db)
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        with Store(settings.db_url, must_exist=True) as store:
            if fmt == "jsonl":
                for ex in store.iter_extractions():
                    out.write(json.dumps(ex.as_dict(), ensure_ascii=False) + "\n")
            elif fmt == "geojson":
                json.dump(geojson(store.iter_extractions(), table), out, ensure_ascii=False)
                out.write("\n")
            elif fmt == "graphml":
                out.write(graphml(store.iter_extractions()))
            elif fmt == "plover":
                json.dump(plover(store.iter_extractions()), out, ensure_ascii=False, indent=1)
                out.write("\n")
            else:
                header, rows = csv_rows(store.iter_extractions(), table)
                writer = csv.writer(out)
                writer.writerow(header)
                writer.writerows(rows)
    finally:
        if output:
            out.close()


@app.command()
def serve(
    db: Optional[str] = DbOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Serve the API (/api, docs at /docs) and the explorer page (/) over a database.
    POST /api/ingest is on only when the setting ingest_token (NEWSGRAPH_INGEST_TOKEN) is set:
    send it as a bearer token.

    Example: newsgraph serve --db sqlite:///newsgraph.db --port 8000
    """
    import uvicorn

    from .api import create_app
    from .store import Store
    from .web import missing_assets

    settings = _settings(config, db_url=db)
    store = Store(settings.db_url, must_exist=True)
    app_ = create_app(store, ingest_token=settings.ingest_token or None, settings=settings)
    if missing_assets():
        _err("warning: the explorer's front-end files are missing (run bash scripts/install.sh); the API works without them")
    print(f"newsgraph explorer: http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", flush=True)
    try:
        uvicorn.run(app_, host=host, port=port, log_level="warning")
    finally:
        store.close()


@app.command("eval")
def eval_cmd(
    set_name: str = typer.Argument(..., metavar="SET", help="A gold set: a folder name under the data dir, e.g. geo-lgl."),
    split: str = typer.Option("dev", "--split", help="dev to tune and look at errors, test to report."),
    data_dir: Optional[str] = typer.Option(None, "--data-dir", help="Folder of the gold sets (default: setting eval_data_dir, ../shared/eval)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N items (for a quick look)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object: set, split, n and the metrics."),
    model: Optional[str] = ModelOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Score a component against a gold set and print precision/recall/F1 (or the field's metric).

    Example: newsgraph eval geo-lgl --split test --json
    """
    from .evaluate import evaluate

    if split not in ("train", "dev", "test"):
        raise ConfigError(f"--split must be train, dev or test, not {split!r}")
    settings = _settings(config, spacy_model=model)
    result = evaluate(set_name, split, settings, data_dir=data_dir, limit=limit)
    if as_json:
        print(json.dumps(result))
        return
    print(f"{result['set']} ({result['split']}, n={result['n']})")
    width = max(len(k) for k in result)
    for key, value in result.items():
        if key in ("set", "split", "n"):
            continue
        print(f"  {key:<{width}}  {value:.3f}" if isinstance(value, float) else f"  {key:<{width}}  {value}")


@app.command()
def stages(
    model: Optional[str] = ModelOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """List the registered extraction stages and the ones this configuration runs, in order.

    Example: newsgraph stages
    """
    from .extract import register_builtin_stages, registered

    settings = _settings(config, spacy_model=model)
    register_builtin_stages()
    specs = registered()
    print(f"configured: {', '.join(settings.stages) or '(none)'}")
    for name, spec in sorted(specs.items()):
        print(f"  {name}  assigns {', '.join(spec.assigns)}" + (f"; requires {', '.join(spec.requires)}" if spec.requires else ""))
    if not specs:
        print("  no stages are registered yet")


kb_app = typer.Typer(
    help="The actor knowledge base: your own additions on top of the packaged one.\n\n"
    "Example: newsgraph kb import-phoenix ~/petrarch2/dictionaries",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(kb_app, name="kb")


@kb_app.command("import-phoenix")
def kb_import_phoenix(
    directory: Path = typer.Argument(..., help="A folder of Phoenix/PETRARCH dictionaries (*.actors.txt, *agents*.txt)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the KB here instead of the user data dir (NEWSGRAPH_DATA_DIR, else the platform's)."),
) -> None:
    """Import Phoenix/PETRARCH actor and agent dictionaries into your own actor KB, dated roles included.

    Example: newsgraph kb import-phoenix ~/petrarch2/dictionaries
    """
    from .knowledge.actors import import_phoenix

    try:
        counts = import_phoenix(directory, output)
    except FileNotFoundError as exc:
        raise ConfigError(str(exc)) from None
    print(f"imported {counts['actors']} actors and {counts['agents']} agents into {counts['path']}")


gazetteer_app = typer.Typer(
    help="The offline gazetteer that places are resolved against.\n\nExample: newsgraph gazetteer import allCountries.zip",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    path: Path = typer.Argument(..., help="A GeoNames dump you already have: allCountries.zip, cities500.zip, or a country file (IQ.zip, IQ.txt)."),
) -> None:
    """Add a GeoNames dump to the local gazetteer index; it is searched beside the packaged data.

    Example: newsgraph gazetteer import allCountries.zip
    """
    from .knowledge.gazetteer import import_geonames, import_path

    if not path.is_file():
        raise ConfigError(f"no file at {path}: give the path of a GeoNames dump (allCountries.zip, or a country .zip or .txt)")
    n = import_geonames(path)
    print(f"imported {n} places from {path} into {import_path()}")


def main() -> None:
    """Entry point: one clear line and a non-zero exit for every error, never a traceback."""
    try:
        app()
    except NewsgraphError as exc:
        _err(f"error[{exc.code}]: {exc.message}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as exc:  # the last resort: still one line, and the way to see more
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        _err(f"error[E999]: internal error: {exc.__class__.__name__}: {exc} (set NEWSGRAPH_DEBUG=1 to see the traceback)")
        sys.exit(70)
