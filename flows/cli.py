"""The `biopress` command: run the nightly flow, clean one release, query the warehouse."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.web import WebSource, is_web_source
from flows.config import Config, ConfigError, load_config, schedule_problem
from flows.defaults import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CRON,
    DEFAULT_MAX_DOCUMENT_BYTES,
    DEFAULT_MAX_DOCUMENT_SECONDS,
    DEFAULT_TASK_RUNNER,
    DEFAULT_TIMEZONE,
    MAX_WORKERS,
    TASK_RUNNERS,
)
from load.layout import WarehouseLayout

DEFAULT_WAREHOUSE = "warehouse/biopress.duckdb"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SOURCE_ERRORS = 0, 1, 2, 3
MAX_CELL = 60

DESCRIPTION = f"""\
biopress turns biopharma press releases into a DuckDB analytics warehouse.

commands:
  run        one run of the nightly job: read releases, extract fields, load the warehouse
  reprocess  extract and load again from the raw archive (after an upgrade), fetching nothing
  backfill   fetch older releases from paginated newsroom listings, back to a date
  serve      run the nightly job on a cron schedule (default 02:00) against a Prefect server
  clean      print the cleaned text of one release file
  extract    print the fields of one release file with their provenance
  query      run SQL read-only against the warehouse
  report     write a self-contained HTML report (charts, deals, releases, checks)
  sources    list the configured sources and when each was last read

configuration: biopress.toml in the current folder, or --config FILE, or $BIOPRESS_CONFIG
(warehouse, [fetch] politeness settings, [[sources]]); see README.md.

environment:
  BIOPRESS_WAREHOUSE  warehouse file when --warehouse is not given (default {DEFAULT_WAREHOUSE})
  BIOPRESS_SOURCES    sources when neither --source nor a config file names any,
                      separated by '{os.pathsep}'
  BIOPRESS_CONFIG     the configuration file when --config is not given
  PREFECT_HOME        Prefect's state; default: .prefect beside the warehouse file
  BIOPRESS_CACHE_DIR  where built vocabularies are kept between runs ('off': nowhere);
                      default $XDG_CACHE_HOME/biopress, else ~/.cache/biopress
"""

RUN_EPILOG = """\
exit status: 0 the run completed (quarantined documents are listed in the summary, not errors);
1 the run failed and the warehouse was left as the last good run left it; 2 usage error;
3 the run completed but a source could not be read (missing folder, a listing or feed that
failed to load).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biopress",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="one run of the nightly job",
        epilog=RUN_EPILOG,
        description="Read every release the sources name, archive the raw bytes, extract fields "
        "and load them into the warehouse in one transaction. Unchanged inputs are skipped; "
        "changed inputs replace their rows; unreadable or non-release inputs are quarantined.",
    )
    run.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="PATH",
        help="a release file, a folder of releases (searched recursively), or a URL of a "
        "release page, newsroom listing or RSS/Atom feed (KIND:URL names the kind: page, "
        "listing or feed; otherwise it is detected); repeat for several. Default: the config "
        "file's sources, else $BIOPRESS_SOURCES",
    )
    _add_warehouse_option(run)
    _add_config_option(run)
    _add_runner_options(run)
    run.set_defaults(handler=command_run)

    reprocess = commands.add_parser(
        "reprocess",
        help="transform and load again from the raw archive, fetching nothing",
        epilog=RUN_EPILOG,
        description="Read every document the warehouse holds again from its raw archive "
        "(warehouse/raw/) and extract and load it with the current extractor, as after an "
        "extractor upgrade. Nothing is fetched and no source is read. By default only "
        "documents an older extractor version read are processed; --all processes every one.",
    )
    reprocess.add_argument(
        "--all", action="store_true", help="every document, not only the outdated ones"
    )
    _add_warehouse_option(reprocess)
    _add_config_option(reprocess)
    _add_runner_options(reprocess)
    reprocess.set_defaults(handler=command_reprocess)

    backfill = commands.add_parser(
        "backfill",
        help="fetch older releases from paginated listing sources, back to a date",
        epilog=RUN_EPILOG,
        description='A run whose newsroom listing sources follow their "next" pages past '
        "their max_pages, until a listing page shows only releases dated before --since (or "
        "--max-pages is reached); listed releases older than --since are not fetched. Listing "
        "pages are the sources that support it: feeds only carry recent items and are read as "
        "usual, as are pages and local files. Everything else is as `biopress run`.",
    )
    backfill.add_argument(
        "--since",
        required=True,
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the oldest release date to fetch",
    )
    backfill.add_argument(
        "--max-pages",
        type=_positive_int,
        default=100,
        metavar="N",
        help="listing pages to follow at most, per source (default 100)",
    )
    backfill.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="PATH",
        help="as for `biopress run`; default: the config file's sources",
    )
    _add_warehouse_option(backfill)
    _add_config_option(backfill)
    _add_runner_options(backfill)
    backfill.set_defaults(handler=command_backfill)

    serve = commands.add_parser(
        "serve",
        help="run the nightly job on a schedule, against a Prefect server",
        description="Serve the nightly deployment: a run of `biopress run` (same sources, "
        "warehouse and options) on a cron schedule, at most one at a time, until stopped "
        "(Ctrl-C or SIGTERM). With PREFECT_API_URL set, that Prefect server schedules it; "
        "otherwise a local one is started beside the warehouse (state in its .prefect/ "
        "folder, log in .prefect/server.log) and stopped with serve.",
    )
    serve.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="PATH",
        help="as for `biopress run`; default: the config file's sources",
    )
    serve.add_argument(
        "--cron",
        default=None,
        metavar="EXPR",
        help="when to run, five cron fields (default: the config file's [schedule] cron, "
        f'else "{DEFAULT_CRON}")',
    )
    serve.add_argument(
        "--timezone",
        default=None,
        metavar="TZ",
        help="the cron's time zone, e.g. Europe/Berlin (default: the config file's [schedule] "
        f"timezone, else {DEFAULT_TIMEZONE})",
    )
    _add_warehouse_option(serve)
    _add_config_option(serve)
    _add_runner_options(serve)
    serve.set_defaults(handler=command_serve)

    clean = commands.add_parser(
        "clean",
        help="print the repaired text of one release file",
        description="Decode one release file (UTF-8, UTF-16, cp1252 or detected; HTML to text), "
        "repair its noise (mojibake, OCR confusions, split and glued words, hard wraps, broken "
        "e-mails, aggregator junk) and print the text exactly as the extractors and "
        "releases.body_text see it.",
    )
    clean.add_argument("file", type=Path, metavar="FILE")
    shown = clean.add_mutually_exclusive_group()
    shown.add_argument(
        "--diff",
        action="store_true",
        help="print each change instead: its spans in the raw and the repaired "
        "text, its rule and confidence, the text before and after",
    )
    shown.add_argument(
        "--no-repair",
        action="store_true",
        help="print the decoded text before repair (what raw spans point into)",
    )
    clean.set_defaults(handler=command_clean)

    extract = commands.add_parser(
        "extract",
        help="print the fields of one release with their provenance",
        description="Decode, repair and extract one release file, without a warehouse, and print "
        "every value with its provenance: the text at its span of the repaired text, the span, "
        "the rule and the confidence. For checking a value or a rule.",
    )
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument(
        "--json",
        action="store_true",
        help="print every record as JSON, one object per warehouse table, as the warehouse would "
        "hold it (without run_id)",
    )
    extract.set_defaults(handler=command_extract)

    query = commands.add_parser(
        "query",
        help="run SQL read-only against the warehouse",
        description="Run one SQL statement on a read-only connection to the warehouse and print "
        "the result. Writing statements, a second statement, and anything that reads or writes "
        "a file outside the warehouse (COPY ... TO, EXPORT, ATTACH, INSTALL/LOAD, read_csv and "
        "other file functions) are refused. Exit status 2 for an empty query or several "
        "statements, 1 for a refused or failing one.",
    )
    query.add_argument("sql", metavar="SQL")
    _add_warehouse_option(query)
    _add_config_option(query)
    query.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default table)",
    )
    query.set_defaults(handler=command_query)

    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report of the warehouse",
        description="Write one HTML file that works offline (no scripts, no CDN): charts of "
        "milestone and upfront money by year and partner and of compound timelines, tables of "
        "the latest releases, deals and quarantined documents, and the last run's quality "
        "checks. Reads the warehouse read-only.",
    )
    report.add_argument(
        "--out",
        type=Path,
        metavar="FILE.html",
        help="where to write it (default: report.html beside the warehouse)",
    )
    _add_warehouse_option(report)
    _add_config_option(report)
    report.set_defaults(handler=command_report)

    sources = commands.add_parser(
        "sources",
        help="list the configured sources and when each was last read",
        description="List the sources of the configuration file with when each was last read "
        "or fetched, how that went, and how many documents it has loaded.",
    )
    _add_config_option(sources)
    _add_warehouse_option(sources)
    sources.set_defaults(handler=command_sources)
    return parser


def _add_runner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--batch-size",
        type=_positive_int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"documents per Prefect task run (default {DEFAULT_BATCH_SIZE})",
    )
    parser.add_argument(
        "--max-document-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_DOCUMENT_BYTES,
        metavar="N",
        help="larger documents are quarantined as too_large "
        f"(default {DEFAULT_MAX_DOCUMENT_BYTES})",
    )
    parser.add_argument(
        "--max-document-seconds",
        type=_positive_float,
        default=DEFAULT_MAX_DOCUMENT_SECONDS,
        metavar="S",
        help="a document whose decoding, repair and extraction take longer is stopped and "
        "quarantined as timed_out (processes task runner only; default "
        f"{DEFAULT_MAX_DOCUMENT_SECONDS:g})",
    )
    parser.add_argument(
        "--task-runner",
        choices=TASK_RUNNERS,
        default=None,
        help="where batches run: processes (one per core), threads (one process), or dask "
        "(a Dask cluster, local unless --dask-address). Default: the config file's "
        f"task_runner, else {DEFAULT_TASK_RUNNER}",
    )
    parser.add_argument(
        "--workers",
        type=_worker_count,
        default=None,
        metavar="N",
        help="processes, threads or local Dask workers (default: one per core)",
    )
    parser.add_argument(
        "--dask-address",
        metavar="URL",
        default=None,
        help="scheduler of a running Dask cluster, e.g. tcp://10.0.0.5:8786 (implies "
        "--task-runner dask)",
    )
    parser.add_argument("--verbose", action="store_true", help="show Prefect's INFO logs")


def _add_warehouse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--warehouse",
        type=Path,
        metavar="FILE",
        help="the DuckDB warehouse file (default: $BIOPRESS_WAREHOUSE, else the config file's "
        f"warehouse, else {DEFAULT_WAREHOUSE})",
    )


def _add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="configuration file (default: $BIOPRESS_CONFIG, else ./biopress.toml if present)",
    )


def _config(args: argparse.Namespace) -> Config:
    """The configuration file the user named, or the default one if it exists, or none."""
    named = args.config or (
        Path(os.environ["BIOPRESS_CONFIG"]) if os.environ.get("BIOPRESS_CONFIG") else None
    )
    if named is not None:
        return load_config(named)
    default = Path("biopress.toml")
    return load_config(default.resolve()) if default.is_file() else Config()


def _config_or_none(args: argparse.Namespace, command: str) -> Config | None:
    """The configuration, or None after saying on stderr what is wrong with it."""
    try:
        return _config(args)
    except ConfigError as error:
        print(f"biopress {command}: {error}", file=sys.stderr)
        return None


def _sources(args: argparse.Namespace, config: Config) -> tuple[list[str], list[WebSource]]:
    """--source, else the config file's sources, else $BIOPRESS_SOURCES."""
    if args.source:
        return list(args.source), []
    if config.local_sources or config.web_sources:
        return list(config.local_sources), list(config.web_sources)
    return [s for s in os.environ.get("BIOPRESS_SOURCES", "").split(os.pathsep) if s], []


def _sources_or_usage(
    args: argparse.Namespace, config: Config, command: str
) -> tuple[list[str], list[WebSource]] | None:
    """The sources to read, or None after saying on stderr that there are none."""
    sources, web_sources = _sources(args, config)
    if sources or web_sources:
        return sources, web_sources
    print(
        f"biopress {command}: no sources; give --source PATH_OR_URL, list [[sources]] in "
        "biopress.toml, or set BIOPRESS_SOURCES",
        file=sys.stderr,
    )
    return None


def _warehouse(args: argparse.Namespace, config: Config) -> Path:
    if args.warehouse is not None:
        return Path(args.warehouse)
    if os.environ.get("BIOPRESS_WAREHOUSE"):
        return Path(os.environ["BIOPRESS_WAREHOUSE"])
    return config.warehouse or Path(DEFAULT_WAREHOUSE)


def _iso_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2005-01-31, not {text}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text}")
    return value


def _worker_count(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_WORKERS}, not {text}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return value


def configure_prefect(layout: WarehouseLayout, verbose: bool) -> None:
    """Local, account-free Prefect with its state beside the warehouse, unless the user set one.

    Must run before Prefect is imported: Prefect reads its settings at import time.
    """
    os.environ.setdefault("PREFECT_HOME", str(layout.prefect_home))
    # Prefect's SQLite database cannot be created inside a folder that does not exist yet.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    # The first flow on a fresh PREFECT_HOME builds Prefect's database (21-25 s measured here);
    # Prefect's own default wait of 20 s is too short for that.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")


def command_run(args: argparse.Namespace) -> int:
    config = _config_or_none(args, "run")
    if config is None:
        return EXIT_USAGE
    found = _sources_or_usage(args, config, "run")
    if found is None:
        return EXIT_USAGE
    sources, web_sources = found
    return _run_flow(args, config, "run", sources=sources, web_sources=web_sources)


def command_backfill(args: argparse.Namespace) -> int:
    config = _config_or_none(args, "backfill")
    if config is None:
        return EXIT_USAGE
    sources, web_sources = _sources(args, config)
    if not any(is_web_source(s) for s in sources) and not web_sources:
        print(
            "biopress backfill: no web sources to backfill; give --source URL or list web "
            "[[sources]] in biopress.toml",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return _run_flow(
        args,
        config,
        "backfill",
        sources=sources,
        web_sources=web_sources,
        backfill_since=args.since,
        backfill_max_pages=args.max_pages,
    )


def command_reprocess(args: argparse.Namespace) -> int:
    config = _config_or_none(args, "reprocess")
    if config is None:
        return EXIT_USAGE
    if not _warehouse(args, config).exists():
        print(
            f"biopress reprocess: {_warehouse(args, config)}: no warehouse here yet; "
            "run `biopress run` first",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return _run_flow(
        args, config, "reprocess", sources=[], reprocess="all" if args.all else "outdated"
    )


def _run_flow(args: argparse.Namespace, config: Config, command: str, **params: Any) -> int:
    """Take the warehouse, then run the nightly flow with the command line's settings and
    print its report. A second run at the same time fails here, before Prefect starts."""
    from load.publish import WarehouseBusy, run_lock

    layout = WarehouseLayout.at(_warehouse(args, config))
    problem = _warehouse_path_problem(layout)
    if problem:
        print(f"biopress {command}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with run_lock(layout):
            return _run_locked_flow(args, config, command, layout, **params)
    except WarehouseBusy as error:
        print(f"biopress {command}: {error}; try again when it has finished", file=sys.stderr)
        return EXIT_FAILED


def _warehouse_path_problem(layout: WarehouseLayout) -> str | None:
    """Why the warehouse cannot live at its path (its folder cannot be made, it is a folder)."""
    blocking = next((p for p in (layout.root, *layout.root.parents) if p.is_file()), None)
    if blocking is not None:
        return f"cannot use {layout.database} as the warehouse: {blocking} is a file, not a folder"
    try:
        layout.root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"cannot use {layout.database} as the warehouse: {error.strerror or error}"
    if layout.database.is_dir():
        return f"cannot use {layout.database} as the warehouse: it is a folder"
    if not os.access(layout.root, os.W_OK | os.X_OK):
        return f"cannot use {layout.database} as the warehouse: {layout.root} is not writable"
    return None


def _run_locked_flow(
    args: argparse.Namespace,
    config: Config,
    command: str,
    layout: WarehouseLayout,
    **params: Any,
) -> int:
    """The run, against a Prefect server that ends with this process (see prefect_server),
    with SIGTERM stopping it as Ctrl-C does: the run is recorded as failed, nothing is left."""
    configure_prefect(layout, args.verbose)
    from flows.serve import ServerError, prefect_server

    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    if not args.dask_address and (args.task_runner or config.task_runner) == "processes":
        from flows.batches import start_warming_workers

        start_warming_workers()
    try:
        with prefect_server(Path(os.environ["PREFECT_HOME"]) / "server.log"):
            return _run_prepared_flow(args, config, command, layout, **params)
    except ServerError as error:
        print(f"biopress {command}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"biopress {command}: stopped; {layout.database} is unchanged", file=sys.stderr)
        return EXIT_FAILED


def _stop_on_sigterm(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _run_prepared_flow(
    args: argparse.Namespace,
    config: Config,
    command: str,
    layout: WarehouseLayout,
    **params: Any,
) -> int:
    # after configure_prefect: Prefect reads its settings on import
    from flows.nightly import nightly_run
    from flows.runners import TaskRunnerError, make_task_runner

    kind = "dask" if args.dask_address else args.task_runner or config.task_runner
    try:
        runner = make_task_runner(kind, args.workers or config.workers, args.dask_address)
    except TaskRunnerError as error:
        print(f"biopress {command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = nightly_run.with_options(task_runner=runner)(
            warehouse=str(layout.database),
            fetch_settings=config.fetch,
            batch_size=args.batch_size,
            max_document_bytes=args.max_document_bytes,
            max_document_seconds=args.max_document_seconds,
            **params,
        )
    except Exception as error:
        print(f"biopress {command}: the run failed: {error}", file=sys.stderr)
        print(
            f"biopress {command}: {layout.database} still holds the last good run",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(summary.render())
    return EXIT_SOURCE_ERRORS if summary.source_errors else EXIT_OK


def command_serve(args: argparse.Namespace) -> int:
    import dataclasses

    config = _config_or_none(args, "serve")
    if config is None:
        return EXIT_USAGE
    found = _sources_or_usage(args, config, "serve")
    if found is None:
        return EXIT_USAGE
    sources, web_sources = found
    cron, timezone = args.cron or config.cron, args.timezone or config.timezone
    problem = schedule_problem(cron, timezone)
    if problem:
        print(f"biopress serve: {problem}", file=sys.stderr)
        return EXIT_USAGE
    layout = WarehouseLayout.at(_warehouse(args, config))
    problem = _warehouse_path_problem(layout)
    if problem:
        print(f"biopress serve: {problem}", file=sys.stderr)
        return EXIT_USAGE
    configure_prefect(layout, args.verbose)
    # The flow runs serve starts are new processes: they read the runner from the environment.
    kind = "dask" if args.dask_address else args.task_runner or config.task_runner
    os.environ["BIOPRESS_TASK_RUNNER"] = kind
    if args.workers or config.workers:
        os.environ["BIOPRESS_WORKERS"] = str(args.workers or config.workers)
    if args.dask_address:
        os.environ["BIOPRESS_DASK_ADDRESS"] = args.dask_address
    from flows.serve import ServerError, prefect_server, serve_nightly

    parameters = {
        "sources": sources,
        "warehouse": str(layout.database),
        "web_sources": [dataclasses.asdict(source) for source in web_sources],
        "fetch_settings": dataclasses.asdict(config.fetch),
        "batch_size": args.batch_size,
        "max_document_bytes": args.max_document_bytes,
        "max_document_seconds": args.max_document_seconds,
    }
    try:
        with prefect_server(Path(os.environ["PREFECT_HOME"]) / "server.log") as url:
            print(f"biopress serve: Prefect server {url}; schedule {cron!r} ({timezone})")
            sys.stdout.flush()
            serve_nightly(cron, timezone, parameters)
    except ServerError as error:
        print(f"biopress serve: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _read_release_file(path: Path, command: str) -> bytes | None:
    """The bytes of a release file, or None after saying on stderr why it cannot be read."""
    if not path.is_file():  # a FIFO or device would block the read
        what = "no such file" if not path.exists() else "not a regular file"
        print(f"biopress {command}: cannot read {path}: {what}", file=sys.stderr)
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        print(f"biopress {command}: cannot read {path}: {error.strerror}", file=sys.stderr)
        return None


def _cleaned_release(path: Path, command: str) -> tuple[bytes, Any] | None:
    """The bytes and the cleaned text of a release file, or None after saying on stderr why it
    cannot be read or would be quarantined."""
    from transform import clean_document
    from transform.decode import Rejection

    raw = _read_release_file(path, command)
    if raw is None:
        return None
    cleaned = clean_document(raw, path.name)
    if isinstance(cleaned, Rejection):
        print(
            f"biopress {command}: {path}: would be quarantined: {cleaned.reason}: {cleaned.detail}",
            file=sys.stderr,
        )
        return None
    return raw, cleaned


def command_extract(args: argparse.Namespace) -> int:
    import dataclasses
    import hashlib

    from load.schema import RELEASE_CHILD_TABLES
    from transform import extract_release
    from transform.screen import unattributed_reason

    read = _cleaned_release(args.file, "extract")
    if read is None:
        return EXIT_FAILED
    raw, cleaned = read
    extraction = extract_release(
        cleaned.text,
        hashlib.sha256(raw).hexdigest(),
        args.file.resolve().as_uri(),
        cleaned.corrections,
    )
    unattributed = unattributed_reason(
        extraction.release, extraction.organizations, extraction.tickers
    )
    if unattributed:
        print(
            f"biopress extract: {args.file}: would be quarantined: not_a_release: {unattributed}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    text = extraction.release.body_text
    tables = {
        table: [dataclasses.asdict(record) for record in getattr(extraction, table)]
        for table in RELEASE_CHILD_TABLES
    }
    release = dataclasses.asdict(extraction.release)
    if args.json:
        for rows in tables.values():
            for row in rows:
                if row.get("span_start") is not None and row.get("span_end") is not None:
                    row["printed"] = text[row["span_start"] : row["span_end"]]
        print(
            json.dumps(
                {"releases": [release], **tables},
                default=_json_value,
                indent=2,
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    for name in (
        "headline",
        "published_date",
        "dateline_city",
        "dateline_region",
        "wire",
        "issuer",
    ):
        print(f"{name:<16}{release[name] if release[name] is not None else 'NULL'}")
    if release["guessed_date"] is not None:
        print(f"{'guessed_date':<16}{release['guessed_date']} (no year printed for the release)")
    print(f"{'date':<16}rule {release['dateline_rule']}, confidence {release['date_confidence']}")
    if release["warnings"]:
        print(f"{'warnings':<16}{'; '.join(release['warnings'])}")
    for table, rows in tables.items():
        if table in ("corrections", "segments") or not rows:
            continue
        print(f"\n{table} ({len(rows)})")
        for row in rows:
            print("  " + _provenance_line(row, text))
    print(f"\n{len(tables['corrections'])} noise repair(s); `biopress clean --diff` lists them")
    return EXIT_OK


PROVENANCE_COLUMNS = {"release_id", "document_id", "span_start", "span_end", "rule", "confidence"}


def _provenance_line(row: dict[str, Any], text: str) -> str:
    """One record: its values, then the printed text at its span, the rule and confidence."""
    values = "  ".join(
        f"{key}={value}"
        for key, value in row.items()
        if key not in PROVENANCE_COLUMNS and value not in (None, "", [], False)
    )
    start, end = row.get("span_start"), row.get("span_end")
    where = f"  [{start}-{end}] {text[start:end]!r}" if start is not None and end else ""
    rule = f"  {row['rule']} ({row['confidence']:.2f})" if row.get("rule") else ""
    return f"{values}{where}{rule}"


def command_clean(args: argparse.Namespace) -> int:
    read = _cleaned_release(args.file, "clean")
    if read is None:
        return EXIT_FAILED
    cleaned = read[1]
    if args.diff:
        for c in cleaned.corrections:
            print(
                f"raw {c.raw_start}-{c.raw_end}  repaired {c.start}-{c.end}  "
                f"{c.rule} ({c.confidence:.2f})  {c.original!r} -> {c.corrected!r}"
            )
        print(f"{len(cleaned.corrections)} change(s)")
    elif args.no_repair:
        print(cleaned.raw_text)
    else:
        print(cleaned.text)
    return EXIT_OK


def command_query(args: argparse.Namespace) -> int:
    import duckdb

    from load.warehouse import QueryRefused, run_query

    config = _config_or_none(args, "query")
    if config is None:
        return EXIT_USAGE
    try:
        columns, rows = run_query(_warehouse(args, config), args.sql)
    except (QueryRefused, duckdb.ParserException) as error:
        print(f"biopress query: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    except (FileNotFoundError, duckdb.Error) as error:
        print(f"biopress query: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif args.format == "json":
        print(
            json.dumps(
                [dict(zip(columns, row, strict=True)) for row in rows],
                default=_json_value,
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print(format_table(columns, rows))
    return EXIT_OK


def command_report(args: argparse.Namespace) -> int:
    import duckdb

    from load.report import write_report

    config = _config_or_none(args, "report")
    if config is None:
        return EXIT_USAGE
    database = _warehouse(args, config)
    if not database.exists():
        print(
            f"biopress report: {database}: no warehouse here yet; run `biopress run` first",
            file=sys.stderr,
        )
        return EXIT_FAILED
    out = args.out or database.parent / "report.html"
    try:
        written = write_report(database, out)
    except (duckdb.Error, OSError) as error:
        print(f"biopress report: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"biopress report: wrote {written}")
    return EXIT_OK


def command_sources(args: argparse.Namespace) -> int:
    from load.warehouse import source_statuses

    config = _config_or_none(args, "sources")
    if config is None:
        return EXIT_USAGE
    if not config.local_sources and not config.web_sources:
        print(
            "biopress sources: no configuration file with [[sources]] found (looked for "
            f"{args.config or os.environ.get('BIOPRESS_CONFIG') or './biopress.toml'})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    statuses = source_statuses(
        _warehouse(args, config),
        [Path(p) for p in config.local_sources],
        [source.url for source in config.web_sources],
    )
    kinds = {source.url: source.kind or "auto" for source in config.web_sources}
    rows = [
        (
            config.source_names.get(s.source, s.source),
            kinds.get(s.source, "path"),
            s.source,
            s.last_fetched_at,
            s.last_status,
            s.documents,
        )
        for s in statuses
    ]
    print(
        format_table(["name", "kind", "source", "last_read_utc", "last_result", "documents"], rows)
    )
    return EXIT_OK


def _one_line(error: BaseException) -> str:
    """An error message on one line (DuckDB's carry a caret diagram and hints below)."""
    return " ".join(str(error).split("\n", 1)[0].split())


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _cell(value: Any) -> str:
    text = "NULL" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Rows as an aligned text table, long cells cut at 60 characters; numbers right-aligned."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(columns)]
    numeric = [
        bool(rows) and all(isinstance(row[i], int | float) or row[i] is None for row in rows)
        for i in range(len(columns))
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            value.rjust(width) if is_number else value.ljust(width)
            for value, width, is_number in zip(values, widths, numeric, strict=True)
        ).rstrip()

    out = [line(list(columns)), "  ".join("-" * width for width in widths)]
    out.extend(line(row) for row in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # the reader went away (`biopress extract FILE | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
