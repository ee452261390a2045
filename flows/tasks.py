"""Prefect tasks: thin wrappers that call extract/, transform/ and load/ for a whole batch.

One task run per batch of documents, never per document (a task run costs ~10 ms of Prefect's
time). Tasks take and return paths and small records, never document texts.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE

from extract import (
    Intake,
    SourceError,
    archived_intake,
    intake_file,
    unchanged_by_stat,
)
from extract.fetch import FetchRecord, KnownWebState, SourceFetcher
from extract.http import FetchSettings, PoliteClient
from extract.local_files import FoundFile, file_uri, scan_files
from extract.web import WebSource
from flows.summary import QuarantineNote, WarningNote
from load import (
    RunRecord,
    WarehouseLayout,
    WarehouseTotals,
    load_run,
    read_archived_documents,
    read_fetch_state,
    read_known_documents,
    read_known_files,
    snapshot_fetch_state,
    write_batch,
    write_file_times,
    write_table_file,
)
from load import snapshot_known_documents as snapshot_documents
from load.checks import CheckResult
from load.publish import discard, publish
from load.schema import RELEASE_CHILD_TABLES
from transform.document import DocumentMeta, process_document
from transform.records import Quarantined


@dataclass
class Discovery:
    paths: list[str]  # files to read
    source_errors: list[str]
    unchanged: list[Intake] = field(default_factory=list)  # same size, time and extractor


@dataclass
class WebResult:
    intakes: list[Intake] = field(default_factory=list)
    source_errors: list[str] = field(default_factory=list)
    n_requests: int = 0
    n_not_modified: int = 0


@dataclass
class BatchResult:
    intakes: list[Intake] = field(default_factory=list)  # every input of the batch
    n_processed: int = 0
    quarantined: list[QuarantineNote] = field(default_factory=list)
    warnings: list[WarningNote] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds in this batch


@dataclass
class Published:
    totals: WarehouseTotals
    checks: list[CheckResult]
    seconds: dict[str, float]


@task(name="plan-local-inputs", cache_policy=NONE)
def plan_inputs(sources: list[str], known_snapshot: Path, extractor_version: str) -> Discovery:
    """Every input file the sources name, each once, split into those to read and those whose
    size and modification time say they are unchanged (never read). A bad source is reported."""
    seen: dict[str, FoundFile] = {}
    errors = []
    for source in sources:
        try:
            for found in scan_files(source):
                seen.setdefault(found.path, found)
        except SourceError as error:
            errors.append(str(error))
    known = read_known_files(known_snapshot)
    now = utc_now()
    to_read, unchanged = [], []
    for name, found in seen.items():
        uri = file_uri(name)
        same = unchanged_by_stat(
            name, uri, found.size, found.mtime_ns, known.get(uri), extractor_version, now
        )
        if same is None:
            to_read.append(name)
        else:
            unchanged.append(same)
    return Discovery(to_read, errors, unchanged)


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
    write_table_file("fetch_state", records, run_dir, batch_name, run_id)
    return result


@task(name="read-transform-batch", cache_policy=NONE)
def process_batch(
    paths: list[str],
    archive_dir: Path,
    known_snapshot: Path,
    extractor_version: str,
    run_dir: Path,
    batch_name: str,
    run_id: str,
    max_bytes: int,
) -> BatchResult:
    """Archive a batch of files, tell new, updated and unchanged apart by content, and decode,
    repair and extract the changed ones into Parquet: one task run for the whole batch."""
    started = time.perf_counter()
    known = read_known_documents(known_snapshot, [Path(p).as_uri() for p in paths])
    intakes = [intake_file(Path(p), archive_dir, known, extractor_version) for p in paths]
    return transform_intakes(
        intakes, run_dir, batch_name, run_id, max_bytes, time.perf_counter() - started
    )


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
def transform_batch(
    intakes: list[Intake], run_dir: Path, batch_name: str, run_id: str, max_bytes: int
) -> BatchResult:
    """Decode, repair and extract fetched or archived documents into Parquet files."""
    return transform_intakes(intakes, run_dir, batch_name, run_id, max_bytes)


def transform_intakes(
    intakes: list[Intake],
    run_dir: Path,
    batch_name: str,
    run_id: str,
    max_bytes: int,
    seconds_read: float = 0.0,
) -> BatchResult:
    tables: dict[str, list[Any]] = {}
    result = BatchResult(intakes=intakes)
    clock = result.seconds
    clock["read"] = seconds_read
    touched = []  # same bytes, new modification time: remember it, so stat decides next run
    for intake in intakes:
        if intake.change == "unchanged":
            if intake.source_mtime_ns is not None:
                touched.append((intake.source_uri, intake.source_mtime_ns))
            continue
        result.n_processed += 1
        if intake.change == "failed":
            reason = intake.failure or "unreadable"
            quarantined = Quarantined(
                intake.source_uri, intake.document_id, reason, intake.error or "", intake.fetched_at
            )
            tables.setdefault("quarantine", []).append(quarantined)
            result.quarantined.append(QuarantineNote(intake.source_uri, reason, quarantined.detail))
            continue
        assert intake.document_id is not None and intake.archive_path is not None
        started = time.perf_counter()
        with open(intake.archive_path, "rb") as archived:
            raw = archived.read(max_bytes + 1)
        clock["read"] += time.perf_counter() - started
        meta = DocumentMeta(
            intake.document_id,
            intake.source_uri,
            intake.filename,
            intake.fetched_at,
            intake.archive_path,
            intake.size_bytes,
            intake.http_content_type,
            intake.source_mtime_ns,
        )
        outcome = process_document(raw, meta, max_bytes, clock)
        tables.setdefault("documents", []).append(outcome.document)
        if outcome.quarantined:
            tables.setdefault("quarantine", []).append(outcome.quarantined)
            result.quarantined.append(
                QuarantineNote(
                    intake.source_uri, outcome.quarantined.reason, outcome.quarantined.detail
                )
            )
        if outcome.extraction:
            extraction = outcome.extraction
            tables.setdefault("releases", []).append(extraction.release)
            for table in RELEASE_CHILD_TABLES:
                tables.setdefault(table, []).extend(getattr(extraction, table))
            if extraction.release.warnings:
                result.warnings.append(
                    WarningNote(intake.source_uri, list(extraction.release.warnings))
                )
    started = time.perf_counter()
    if result.n_processed:
        write_batch(tables, run_dir, batch_name, run_id)
    if touched:
        write_file_times(touched, run_dir, batch_name)
    clock["parquet"] = time.perf_counter() - started
    return result


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
    publish(staged, layout.database)
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
