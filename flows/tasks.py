"""Prefect tasks: thin wrappers that call extract/, transform/ and load/ for a whole batch.

One task run per batch of documents, never per document (a task run costs ~10 ms of Prefect's
time). Tasks take and return paths and small records, never document texts.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from extract import (
    Intake,
    SourceError,
    archived_intake,
    failed_intake,
    unchanged_by_stat,
)
from extract.fetch import FetchRecord, KnownWebState, SourceFetcher
from extract.http import FetchSettings, PoliteClient
from extract.local_files import FoundFile, file_uri, scan_files
from extract.web import WebSource
from flows.batches import (
    BatchResult,
    BatchSettings,
    SourceCounts,
    read_transform_batch,
    source_counts,
    transform_intakes,
)
from flows.runners import run_batch_in_workers
from load.checks import CheckResult
from load.layout import WarehouseLayout
from load.parquet import write_table_file
from load.publish import discard, publish
from load.snapshots import read_fetch_state, read_known_documents, read_known_files
from load.warehouse import (
    RunRecord,
    WarehouseTotals,
    load_run,
    read_archived_documents,
    snapshot_fetch_state,
)
from load.warehouse import snapshot_known_documents as snapshot_documents


@dataclass
class Discovery:
    paths: list[str]  # files to read
    source_errors: list[str]
    unchanged: SourceCounts = field(default_factory=dict)  # same size, time and extractor
    refused: BatchResult | None = None  # quarantined without being read (FIFOs, links out)


@dataclass
class WebResult:
    intakes: list[Intake] = field(default_factory=list)
    source_errors: list[str] = field(default_factory=list)
    source_notes: list[str] = field(default_factory=list)
    n_requests: int = 0
    n_not_modified: int = 0


@dataclass
class Published:
    totals: WarehouseTotals
    checks: list[CheckResult]
    seconds: dict[str, float]


@task(name="plan-local-inputs", cache_policy=NONE)
def plan_inputs(sources: list[str], run: BatchSettings, excluded: frozenset[str]) -> Discovery:
    """Every input file the sources name, each once, split into those to read and those whose
    size and modification time say they are unchanged (never read). A bad source is reported;
    what a folder holds that cannot or must not be read (FIFOs, devices, links out of the
    folder, unreadable folders) is quarantined with its reason. ``excluded`` are the
    warehouse's own files and folders, never inputs."""
    seen: dict[str, FoundFile] = {}
    errors = []
    skipped: dict[str, Intake] = {}
    for source in sources:
        try:
            scanned = scan_files(source, excluded)
        except SourceError as error:
            errors.append(str(error))
            continue
        for found in scanned.files:
            seen.setdefault(found.path, found)
        for item in scanned.skipped:
            skipped.setdefault(item.path, failed_intake(item.path, item.reason, item.detail))
    known = read_known_files(run.known_snapshot)
    now = utc_now()
    to_read, unchanged = [], []
    for name, found in seen.items():
        uri = file_uri(name)
        same = unchanged_by_stat(
            name, uri, found.size, found.mtime_ns, known.get(uri), run.extractor_version, now
        )
        if same is None:
            to_read.append(name)
        else:
            unchanged.append(same)
    refused = transform_intakes(list(skipped.values()), "batch-skipped", run) if skipped else None
    return Discovery(to_read, errors, source_counts(unchanged, set(), sources), refused)


@task(name="snapshot-warehouse-state", cache_policy=NONE)
def snapshot_state(database: Path, documents_file: Path, fetches_file: Path) -> tuple[Path, Path]:
    """Copy what the warehouse knows (documents, fetch validators) to files the tasks read."""
    return snapshot_documents(database, documents_file), snapshot_fetch_state(
        database, fetches_file
    )


@task(name="fetch-web-sources", cache_policy=NONE, retries=1, retry_delay_seconds=30)
def fetch_web_sources(
    sources: list[WebSource],
    settings: FetchSettings,
    archive_dir: Path,
    snapshots: tuple[Path, Path],
    extractor_version: str,
    run_dir: Path,
    batch_name: str,
    run_id: str,
) -> WebResult:
    """Fetch the web sources of one host, one after another, sharing its politeness budget.

    A source that fails (its listing or feed cannot be read) is reported and the next one is
    fetched; pages that fail are returned as failed intakes, to be quarantined.
    """
    documents_snapshot, fetches_snapshot = snapshots
    known = KnownWebState(
        documents=read_known_documents(documents_snapshot, None),
        fetches={row["url"]: FetchRecord(**row) for row in read_fetch_state(fetches_snapshot)},
    )
    fetcher = SourceFetcher(PoliteClient(settings), archive_dir, known, extractor_version)
    result, records = WebResult(), []
    for source in sources:
        fetched = fetcher.fetch(source)
        result.intakes.extend(fetched.intakes)
        records.extend(fetched.records)
        result.n_requests += fetched.n_requests
        result.n_not_modified += fetched.n_not_modified
        if fetched.source_error:
            result.source_errors.append(fetched.source_error)
        result.source_notes.extend(fetched.notes)
    write_table_file("fetch_state", records, run_dir, batch_name, run_id)
    return result


@task(name="read-transform-batch", cache_policy=NONE)
def process_batch(paths: list[str], batch_name: str, run: BatchSettings) -> BatchResult:
    """Archive a batch of files, tell new, updated and unchanged apart by content, and decode,
    repair and extract the changed ones into Parquet: one task run for the whole batch, its
    work done by a worker process when the task runner has them."""
    return run_batch_in_workers(read_transform_batch, paths, batch_name, run)


@task(name="archived-documents", cache_policy=NONE)
def archived_documents(
    database: Path, archive_dir: Path, only_outdated: str | None
) -> list[Intake]:
    """Every document the warehouse holds, to be read again from the raw archive.

    With ``only_outdated`` (the current extractor version), only documents another version
    read. Inputs that were never archived (unreadable files, failed fetches) are left alone.
    """
    rows = read_archived_documents(database, only_outdated)
    return [
        archived_intake(
            row["source_uri"],
            row["document_id"],
            row["fetched_at"],
            row["size_bytes"] or 0,
            row["http_content_type"],
            archive_dir,
        )
        for row in rows
    ]


@task(name="transform-batch", cache_policy=NONE)
def transform_batch(intakes: list[Intake], batch_name: str, run: BatchSettings) -> BatchResult:
    """Decode, repair and extract fetched or archived documents into Parquet files."""
    return run_batch_in_workers(transform_intakes, intakes, batch_name, run)


@task(name="load-check-publish", cache_policy=NONE)
def load_warehouse(
    layout: WarehouseLayout, staged: Path, run_dir: Path, run: RunRecord
) -> Published:
    """Load the run's Parquet files into its staged copy in one transaction, run the quality
    checks, and publish the copy over the live warehouse if no ERROR check failed."""
    try:
        outcome = load_run(staged, run_dir, run, layout.failed_runs_dir)
    except BaseException:
        discard(staged)
        raise
    started = time.perf_counter()
    publish(staged, layout, run.run_id)
    for recorded in layout.failed_runs_dir.glob("*.parquet"):
        recorded.unlink(missing_ok=True)  # now in the published ledger
    seconds = {
        "load": outcome.seconds_load,
        "checks": outcome.seconds_checks,
        "publish": run.seconds.get("publish", 0.0) + time.perf_counter() - started,
    }
    return Published(outcome.totals, outcome.checks, seconds)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
