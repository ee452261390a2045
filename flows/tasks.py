"""Prefect tasks: thin wrappers that call extract/, transform/ and load/ for a whole batch.

One task run per batch of documents, never per document (a task run costs ~10 ms of Prefect's
time). Tasks take and return paths and small records, never document texts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE

from extract import Intake, SourceError, discover_files, intake_file
from extract.fetch import FetchRecord, KnownWebState, SourceFetcher
from extract.http import FetchSettings, PoliteClient
from extract.web import WebSource
from flows.summary import QuarantineNote, WarningNote
from load import (
    RunRecord,
    WarehouseTotals,
    load_run,
    read_fetch_state,
    read_known_documents,
    snapshot_fetch_state,
    write_batch,
    write_table_file,
)
from load import snapshot_known_documents as snapshot_documents
from transform.document import DocumentMeta, process_document
from transform.records import Quarantined


@dataclass
class Discovery:
    paths: list[str]
    source_errors: list[str]


@dataclass
class WebResult:
    intakes: list[Intake] = field(default_factory=list)
    source_errors: list[str] = field(default_factory=list)
    n_requests: int = 0
    n_not_modified: int = 0


@dataclass
class BatchResult:
    n_processed: int = 0
    quarantined: list[QuarantineNote] = field(default_factory=list)
    warnings: list[WarningNote] = field(default_factory=list)


@task(name="discover-sources", cache_policy=NONE)
def discover_sources(sources: list[str]) -> Discovery:
    """Every input file the sources name, each once; a bad source is reported, not fatal."""
    seen: dict[str, None] = {}
    errors = []
    for source in sources:
        try:
            for path in discover_files(source):
                seen.setdefault(str(path), None)
        except SourceError as error:
            errors.append(str(error))
    return Discovery(list(seen), errors)


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


@task(name="intake-batch", cache_policy=NONE)
def intake_batch(
    paths: list[str], archive_dir: Path, known_snapshot: Path, extractor_version: str
) -> list[Intake]:
    """Archive a batch of files and mark each new, updated, unchanged or unreadable."""
    known = read_known_documents(known_snapshot, [Path(p).as_uri() for p in paths])
    return [intake_file(Path(p), archive_dir, known, extractor_version) for p in paths]


@task(name="transform-batch", cache_policy=NONE)
def transform_batch(
    intakes: list[Intake], run_dir: Path, batch_name: str, run_id: str, max_bytes: int
) -> BatchResult:
    """Decode, screen and extract the changed documents of a batch into Parquet files."""
    tables: dict[str, list[Any]] = {}
    result = BatchResult()
    for intake in intakes:
        if intake.change == "unchanged":
            continue
        result.n_processed += 1
        if intake.change == "failed":
            reason = intake.failure or "unreadable"
            quarantined = Quarantined(
                intake.source_uri, None, reason, intake.error or "", intake.fetched_at
            )
            tables.setdefault("quarantine", []).append(quarantined)
            result.quarantined.append(QuarantineNote(intake.source_uri, reason, quarantined.detail))
            continue
        assert intake.document_id is not None and intake.archive_path is not None
        with open(intake.archive_path, "rb") as archived:
            raw = archived.read(max_bytes + 1)
        meta = DocumentMeta(
            intake.document_id,
            intake.source_uri,
            intake.filename,
            intake.fetched_at,
            intake.archive_path,
            intake.size_bytes,
            intake.http_content_type,
        )
        outcome = process_document(raw, meta, max_bytes)
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
            for table in (
                "tickers",
                "money",
                "organizations",
                "people",
                "compounds",
                "indications",
                "phases",
                "events",
                "corrections",
            ):
                tables.setdefault(table, []).extend(getattr(extraction, table))
            if extraction.release.warnings:
                result.warnings.append(
                    WarningNote(intake.source_uri, list(extraction.release.warnings))
                )
    if result.n_processed:
        write_batch(tables, run_dir, batch_name, run_id)
    return result


@task(name="load-warehouse", cache_policy=NONE)
def load_warehouse(database: Path, run_dir: Path, run: RunRecord) -> WarehouseTotals:
    """Publish the run's Parquet files into DuckDB in one transaction and record the run."""
    return load_run(database, run_dir, run)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
