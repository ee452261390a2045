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
from flows.summary import QuarantineNote, WarningNote
from load import RunRecord, WarehouseTotals, load_run, read_known_documents, write_batch
from load import snapshot_known_documents as snapshot_documents
from transform.document import DocumentMeta, process_document
from transform.records import Quarantined


@dataclass
class Discovery:
    paths: list[str]
    source_errors: list[str]


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
def snapshot_state(database: Path, out_file: Path) -> Path:
    return snapshot_documents(database, out_file)


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
        if intake.change == "unreadable":
            quarantined = Quarantined(
                intake.source_uri, None, "unreadable", intake.error or "", intake.fetched_at
            )
            tables.setdefault("quarantine", []).append(quarantined)
            result.quarantined.append(
                QuarantineNote(intake.source_uri, "unreadable", quarantined.detail)
            )
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
