"""The DuckDB warehouse: schema, incremental state, the one-transaction load, read-only queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from load.checks import ERROR, WARN, CheckResult, QualityGateFailed, run_checks
from load.comments import comment_everything
from load.parquet import FILE_TIMES
from load.schema import RELEASE_CHILD_TABLES, STAGES, TABLES, duckdb_type
from load.snapshots import KNOWN_DOCUMENTS_SCHEMA
from load.views import create_views


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: dt.datetime
    status: str
    n_seen: int
    n_new: int
    n_updated: int
    n_unchanged: int
    n_quarantined: int
    extractor_version: str
    sources: list[str]
    error: str | None = None
    task_runner: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds (STAGES)
    n_processed: int = 0  # inputs transformed this run (new, updated, failed)


@dataclass(frozen=True)
class WarehouseTotals:
    releases: int
    documents: int
    quarantined: int


@dataclass(frozen=True)
class LoadOutcome:
    totals: WarehouseTotals
    checks: list[CheckResult]
    seconds_load: float
    seconds_checks: float


# Files are written in DuckDB's v1.0.0 storage format, which every DuckDB since 1.0 (the
# command-line client, Python, R, JDBC, ODBC) can open; newer formats lock older clients out.
STORAGE_VERSION = "v1.0.0"


# The load runs beside the worker processes and Prefect's server: DuckDB keeps to this much
# memory and spills the rest to disk beside the staged file. Measured on a 100,000-release load
# with DuckDB's default row groups: unbounded 1.8 GB peak in 11.8 s; 400MB 667 MB in 13.5 s;
# 200MB 579 MB in 13.6 s. With the settings below, 200MB peaks at 351-414 MB.
LOAD_MEMORY_LIMIT = "200MB"

# Rows per row group of the tables this connection writes (DuckDB's default: 122,880). A
# commit checkpoints whole row groups, so a 100,000-release load held a whole table's column
# in memory at once: measured on that load, the default peaked at 588-596 MB and 16,384 rows
# at 445-476 MB, for a file 13% larger (183 -> 207 MB). Readers need no setting: row groups
# of any size below the default are what every DuckDB file holds after deletes.
ROW_GROUP_SIZE = 16_384


def connect_writable(database: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection; a new file gets the storage format every client can read."""
    con = duckdb.connect(
        config={
            "memory_limit": LOAD_MEMORY_LIMIT,
            # DuckDB keeps what it read of Parquet files in memory for the next read; a run
            # reads each staged file once or twice. Measured on a 100,000-release load: the
            # cache held 70 MB; without it the load peaked at 351-414 MB against 445-456 MB,
            # and took 11-12 s against 13-15 s.
            "enable_external_file_cache": False,
            "preserve_insertion_order": False,
            "temp_directory": str(database.parent / f"{database.name}.tmp"),
        },
    )
    path = str(database).replace("'", "''")
    con.execute(
        f"ATTACH '{path}' AS warehouse "
        f"(STORAGE_VERSION '{STORAGE_VERSION}', ROW_GROUP_SIZE {ROW_GROUP_SIZE})"
    )
    con.execute("USE warehouse")
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and add missing columns; existing columns are never touched."""
    for spec in TABLES.values():
        columns = ", ".join(f'"{f.name}" {duckdb_type(f.type)}' for f in spec.schema)
        con.execute(f'CREATE TABLE IF NOT EXISTS "{spec.name}" ({columns})')
        existing = {
            row[0]
            for row in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                [spec.name],
            ).fetchall()
        }
        for col in spec.schema:
            if col.name not in existing:
                con.execute(
                    f'ALTER TABLE "{spec.name}" ADD COLUMN "{col.name}" {duckdb_type(col.type)}'
                )


def snapshot_known_documents(database: Path, out_file: Path) -> Path:
    """Write what the warehouse knows of each source (hash, extractor version) to Parquet.

    Batch tasks read this small file to tell new, updated and unchanged inputs apart without
    each opening the database.
    """
    out_file.parent.mkdir(parents=True, exist_ok=True)
    if not database.exists():
        pq.write_table(KNOWN_DOCUMENTS_SCHEMA.empty_table(), out_file)
        return out_file
    with duckdb.connect(str(database), read_only=True) as con:
        has_table = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
        ).fetchone()
        if not has_table or not has_table[0]:
            pq.write_table(KNOWN_DOCUMENTS_SCHEMA.empty_table(), out_file)
            return out_file
        known = con.execute(
            "SELECT source_uri, document_id, extractor_version, status, size_bytes, "
            "source_mtime_ns FROM documents"
        ).to_arrow_table()
    pq.write_table(known.cast(KNOWN_DOCUMENTS_SCHEMA), out_file)
    return out_file


def read_archived_documents(database: Path, only_outdated: str | None) -> list[dict[str, Any]]:
    """Documents of the warehouse with archived bytes (all, or those another extractor
    version read): source_uri, document_id, fetched_at, size_bytes, http_content_type."""
    with duckdb.connect(str(database), read_only=True) as con:
        return (
            con.execute(
                "SELECT source_uri, document_id, fetched_at, size_bytes, http_content_type "
                "FROM documents WHERE document_id IS NOT NULL "
                "AND (?::VARCHAR IS NULL OR extractor_version IS DISTINCT FROM ?) "
                "ORDER BY source_uri",
                [only_outdated, only_outdated],
            )
            .to_arrow_table()
            .to_pylist()
        )


def run_row(
    run: RunRecord, n_releases: int, checks: list[CheckResult] | None = None
) -> dict[str, Any]:
    """The ledger row of a run, in the ``runs`` table's columns."""
    failed = [c for c in checks or [] if c.passed is False]
    finished = _utc_now()
    return {
        "run_id": run.run_id,
        "started_at": run.started_at,
        "finished_at": finished,
        "status": run.status,
        "n_seen": run.n_seen,
        "n_new": run.n_new,
        "n_updated": run.n_updated,
        "n_unchanged": run.n_unchanged,
        "n_quarantined": run.n_quarantined,
        "n_releases": n_releases,
        "extractor_version": run.extractor_version,
        "sources": list(run.sources),
        "error": run.error,
        "task_runner": run.task_runner,
        "n_check_errors": sum(c.severity == ERROR for c in failed) if checks else None,
        "n_check_warnings": sum(c.severity == WARN for c in failed) if checks else None,
        "seconds_total": (finished - run.started_at).total_seconds(),
        **{f"seconds_{stage}": run.seconds.get(stage) for stage in STAGES},
    }


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    incoming = pa.Table.from_pylist(rows, schema=TABLES[table].schema)  # noqa: F841 (scanned)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _parquet_glob(run_dir: Path, table: str) -> str:
    return str(run_dir / table / "*.parquet")


def load_run(database: Path, run_dir: Path, run: RunRecord, failed_runs_dir: Path) -> LoadOutcome:
    """Load the run's Parquet files into ``database`` (the run's staged copy), check it, and
    record the run, all in one transaction: nothing is kept unless every ERROR check passes.

    Rows are keyed by source (documents, quarantine) and by release (releases and their child
    tables): a re-run replaces them instead of adding copies, and a release no document points
    to any more is removed with its children. Failed runs recorded since the last published
    run join the ledger here.
    """
    database.parent.mkdir(parents=True, exist_ok=True)
    clock = time.monotonic()
    has_batches = (run_dir / "documents").is_dir() and any((run_dir / "documents").iterdir())
    has_fetches = (run_dir / "fetch_state").is_dir() and any((run_dir / "fetch_state").iterdir())
    with connect_writable(database) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            ensure_schema(con)
            create_views(con)
            comment_everything(con)
            previous = con.execute(
                "SELECT n_releases FROM runs WHERE status = 'completed' "
                "ORDER BY finished_at DESC LIMIT 1"
            ).fetchone()
            if has_batches:
                _replace_rows(con, run_dir)
            if has_fetches:
                _replace_fetch_state(con, run_dir)
            if (run_dir / FILE_TIMES).is_dir():
                times = str(run_dir / FILE_TIMES / "*.parquet").replace("'", "''")
                con.execute(
                    "UPDATE documents SET source_mtime_ns = t.source_mtime_ns "
                    f"FROM read_parquet('{times}') AS t WHERE documents.source_uri = t.source_uri"
                )
            _add_failed_runs(con, failed_runs_dir)
            totals = warehouse_totals(con)
            seconds_load = time.monotonic() - clock
            clock = time.monotonic()
            checks = run_checks(
                con,
                run.run_id,
                previous[0] if previous else None,
                run.n_processed,
                run.n_quarantined,
                _utc_now(),
                loaded=has_batches or has_fetches,
            )
            seconds_checks = time.monotonic() - clock
            errors = [c for c in checks if c.passed is False and c.severity == ERROR]
            if errors:
                raise QualityGateFailed(tuple(errors))
            now = _utc_now()
            _insert_rows(
                con,
                "checks",
                [
                    {
                        "run_id": run.run_id,
                        "check_name": c.name,
                        "severity": c.severity,
                        "passed": c.passed,
                        "n_failing": c.n_failing,
                        "detail": c.detail,
                        "checked_at": now,
                    }
                    for c in checks
                ],
            )
            seconds = {**run.seconds, "load": seconds_load, "checks": seconds_checks}
            timed = dataclasses.replace(run, seconds=seconds)
            _insert_rows(con, "runs", [run_row(timed, totals.releases, checks)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("CHECKPOINT")
    return LoadOutcome(totals, checks, seconds_load, seconds_checks)


def _add_failed_runs(con: duckdb.DuckDBPyConnection, failed_runs_dir: Path) -> None:
    files = sorted(failed_runs_dir.glob("*.parquet")) if failed_runs_dir.is_dir() else []
    if files:
        listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
        con.execute(
            f"INSERT INTO runs BY NAME SELECT * FROM read_parquet([{listed}], union_by_name=true) "
            "WHERE run_id NOT IN (SELECT run_id FROM runs)"
        )


def _replace_rows(con: duckdb.DuckDBPyConnection, run_dir: Path) -> None:
    def staged(table: str) -> str:
        return "read_parquet('" + _parquet_glob(run_dir, table).replace("'", "''") + "')"

    con.execute(f"CREATE TEMP TABLE incoming_documents AS SELECT * FROM {staged('documents')}")
    con.execute(f"CREATE TEMP TABLE incoming_quarantine AS SELECT * FROM {staged('quarantine')}")
    con.execute(
        "CREATE TEMP TABLE processed_sources AS SELECT source_uri FROM incoming_documents "
        "UNION SELECT source_uri FROM incoming_quarantine"
    )
    con.execute(
        "CREATE TEMP TABLE previous_releases AS SELECT DISTINCT release_id FROM documents "
        "WHERE release_id IS NOT NULL AND source_uri IN (SELECT source_uri FROM processed_sources)"
    )
    # One extraction per release, even when two sources carry the same release.
    con.execute(
        f"CREATE TEMP TABLE incoming_releases AS SELECT * FROM {staged('releases')} "
        "QUALIFY row_number() OVER (PARTITION BY release_id ORDER BY document_id) = 1"
    )
    for table in ("documents", "quarantine"):
        con.execute(
            f"DELETE FROM {table} WHERE source_uri IN (SELECT source_uri FROM processed_sources)"
        )
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_{table}")
    replaced = (
        "release_id IN (SELECT release_id FROM incoming_releases) OR ("
        "release_id IN (SELECT release_id FROM previous_releases) AND release_id NOT IN "
        "(SELECT release_id FROM documents WHERE release_id IS NOT NULL))"
    )
    for table in ("releases", *RELEASE_CHILD_TABLES):
        con.execute(f"DELETE FROM {table} WHERE {replaced}")
    con.execute("INSERT INTO releases BY NAME SELECT * FROM incoming_releases")
    for table in RELEASE_CHILD_TABLES:
        if not (run_dir / table).is_dir():
            continue  # written by a version that did not have this table yet
        con.execute(
            # DISTINCT: two sources with identical bytes share a document_id and their rows.
            f"INSERT INTO {table} BY NAME SELECT DISTINCT staged.* FROM {staged(table)} AS staged "
            "SEMI JOIN incoming_releases AS kept "
            "ON staged.release_id = kept.release_id AND staged.document_id = kept.document_id"
        )
    for temporary in (
        "incoming_documents",
        "incoming_quarantine",
        "processed_sources",
        "previous_releases",
        "incoming_releases",
    ):
        con.execute(f"DROP TABLE {temporary}")


def _replace_fetch_state(con: duckdb.DuckDBPyConnection, run_dir: Path) -> None:
    staged = _parquet_glob(run_dir, "fetch_state").replace("'", "''")
    # The last fetch of a URL in this run wins (a listing page can also be a feed's item).
    con.execute(
        f"CREATE TEMP TABLE incoming_fetches AS SELECT * FROM read_parquet('{staged}') "
        "QUALIFY row_number() OVER (PARTITION BY url ORDER BY last_fetched_at DESC) = 1"
    )
    con.execute("DELETE FROM fetch_state WHERE url IN (SELECT url FROM incoming_fetches)")
    con.execute("INSERT INTO fetch_state BY NAME SELECT * FROM incoming_fetches")
    con.execute("DROP TABLE incoming_fetches")


def snapshot_fetch_state(database: Path, out_file: Path) -> Path:
    """Write the warehouse's fetch_state (validators per URL) to Parquet for the fetch tasks."""
    out_file.parent.mkdir(parents=True, exist_ok=True)
    schema = TABLES["fetch_state"].schema
    if database.exists():
        with duckdb.connect(str(database), read_only=True) as con:
            if con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'fetch_state'"
            ).fetchone() == (1,):
                columns = ", ".join(schema.names)
                known = con.execute(f"SELECT {columns} FROM fetch_state").to_arrow_table()
                pq.write_table(known.cast(schema), out_file)
                return out_file
    pq.write_table(schema.empty_table(), out_file)
    return out_file


def record_failed_run(failed_runs_dir: Path, run: RunRecord) -> Path:
    """Keep a failed run's ledger row beside the warehouse, which is left untouched; the next
    published run adds it to ``runs``."""
    failed_runs_dir.mkdir(parents=True, exist_ok=True)
    target = failed_runs_dir / f"{run.run_id}.parquet"
    row = run_row(run, n_releases=0)
    row["n_releases"] = None
    partial = target.with_suffix(".partial")
    pq.write_table(pa.Table.from_pylist([row], schema=TABLES["runs"].schema), partial)
    partial.replace(target)
    return target


def warehouse_totals(con: duckdb.DuckDBPyConnection) -> WarehouseTotals:
    """How many releases, loaded documents and quarantined inputs the warehouse holds."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM releases), "
        "(SELECT count(*) FROM documents WHERE status = 'loaded'), "
        "(SELECT count(*) FROM quarantine)"
    ).fetchone()
    assert row is not None
    return WarehouseTotals(releases=row[0], documents=row[1], quarantined=row[2])


class QueryRefused(ValueError):
    """A query `biopress query` will not run (empty, or more than one statement)."""


# DuckDB's own guards, not a parse of the SQL: no file outside the warehouse can be read or
# written (COPY ... TO, EXPORT DATABASE, read_text, ATTACH, INSTALL and LOAD all fail), and the
# query cannot switch them back on (lock_configuration).
READ_ONLY_QUERY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}


def run_query(database: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of the one statement ``sql``, run on a read-only connection that
    can read nothing but the warehouse and write nothing at all."""
    if not sql.strip():
        raise QueryRefused("the query is empty; give one SQL statement")
    statements = duckdb.extract_statements(sql)
    if len(statements) != 1:
        raise QueryRefused(
            f"the query holds {len(statements)} statements; give exactly one"
            if statements
            else "the query holds no SQL statement; give one"
        )
    if not database.exists():
        raise FileNotFoundError(f"{database}: no warehouse here yet; run `biopress run` first")
    with duckdb.connect(str(database), read_only=True, config=READ_ONLY_QUERY_CONFIG) as con:
        cursor = con.execute(statements[0])
        columns = [column[0] for column in cursor.description or []]
        return columns, cursor.fetchall()


@dataclass(frozen=True)
class SourceStatus:
    source: str
    last_fetched_at: dt.datetime | None
    last_status: str | None
    documents: int


def source_statuses(
    database: Path, local_paths: list[Path], web_urls: list[str]
) -> list[SourceStatus]:
    """When each source was last read, how that went, and how many documents it has loaded."""
    if not database.exists():
        return [SourceStatus(str(p), None, "never run", 0) for p in local_paths] + [
            SourceStatus(url, None, "never run", 0) for url in web_urls
        ]
    statuses = []
    with duckdb.connect(str(database), read_only=True) as con:
        tables = {
            row[0]
            for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        for path in local_paths:
            prefix = path.as_uri() + ("/" if path.is_dir() else "")
            row = con.execute(
                "SELECT max(fetched_at), count(*) FILTER (WHERE status = 'loaded') "
                "FROM documents WHERE starts_with(source_uri, ?) OR source_uri = ?",
                [prefix, path.as_uri()],
            ).fetchone()
            assert row is not None
            statuses.append(
                SourceStatus(str(path), row[0], "read" if row[0] else "never read", row[1])
            )
        for url in web_urls:
            fetched = None
            if "fetch_state" in tables:
                fetched = con.execute(
                    "SELECT last_fetched_at, coalesce(last_error, 'HTTP ' || last_status), "
                    "(SELECT count(*) FROM documents d WHERE d.status = 'loaded' "
                    " AND d.source_uri IN (SELECT url FROM fetch_state p "
                    "  WHERE p.source_url = ? AND p.kind = 'page')) "
                    "FROM fetch_state WHERE url = ?",
                    [url, url],
                ).fetchone()
            statuses.append(
                SourceStatus(url, fetched[0], fetched[1], fetched[2])
                if fetched
                else SourceStatus(url, None, "never fetched", 0)
            )
    return statuses
