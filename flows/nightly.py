"""The nightly flow: discover -> intake (archive) -> transform in batches -> load -> record."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from prefect import flow, get_run_logger
from prefect.futures import as_completed
from prefect.runtime import flow_run

from extract import Intake
from extract.http import FetchSettings
from extract.web import WebSource, is_web_source, parse_source_spec
from flows.progress import Progress
from flows.summary import RunSummary
from flows.tasks import (
    discover_sources,
    fetch_web_sources,
    intake_batch,
    load_warehouse,
    snapshot_state,
    transform_batch,
    utc_now,
)
from load import RunRecord, WarehouseLayout, record_failed_run
from transform import extractor_version

T = TypeVar("T")
DEFAULT_BATCH_SIZE = 250
DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


@flow(name="biopress-nightly", log_prints=False)
def nightly_run(
    sources: list[str],
    warehouse: str,
    web_sources: list[WebSource] | None = None,
    fetch_settings: FetchSettings | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
) -> RunSummary:
    """One run of the nightly job into the DuckDB file ``warehouse``.

    ``sources`` are files, folders or URLs (``KIND:URL`` to name the kind: page, listing,
    feed); ``web_sources`` are web sources with settings of their own (from the config file).
    """
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    layout = WarehouseLayout(Path(warehouse).resolve())
    run_dir = layout.run_dir(run_id)
    version = extractor_version()
    started_at, clock = utc_now(), time.monotonic()
    summary = RunSummary(run_id=run_id, warehouse=str(layout.database), status="running")
    local_sources = [s for s in sources if not is_web_source(s)]
    all_web = [parse_source_spec(s) for s in sources if is_web_source(s)] + (web_sources or [])
    try:
        discovery = discover_sources(local_sources)
        summary.source_errors = list(discovery.source_errors)
        snapshots = snapshot_state(
            layout.database, layout.state_snapshot(run_id), layout.fetch_snapshot(run_id)
        )
        fetches = [
            fetch_web_sources.submit(
                host_sources,
                fetch_settings or FetchSettings(),
                layout.archive_dir,
                snapshots,
                version,
                run_dir,
                f"fetch-{number:04d}",
                run_id,
            )
            for number, host_sources in enumerate(_by_host(all_web))
        ]
        batches = _chunks(discovery.paths, batch_size)
        intakes = [
            intake_batch.submit(batch, layout.archive_dir, snapshots[0], version)
            for batch in batches
        ]
        # Each transform takes its intake's future: Prefect resolves it and orders the two.
        transforms = {
            transform_batch.submit(  # type: ignore[call-overload]
                intake, run_dir, f"batch-{number:06d}", run_id, max_document_bytes
            ): len(batch)
            for number, (intake, batch) in enumerate(zip(intakes, batches, strict=True))
        }
        all_intakes = [item for intake in intakes for item in intake.result()]
        for fetch in fetches:
            fetched = fetch.result()
            summary.source_errors.extend(fetched.source_errors)
            summary.n_requests += fetched.n_requests
            summary.n_not_modified += fetched.n_not_modified
            all_intakes.extend(fetched.intakes)
            for chunk in _chunks(fetched.intakes, batch_size):
                name = f"batch-{len(transforms):06d}"
                future = transform_batch.submit(chunk, run_dir, name, run_id, max_document_bytes)
                transforms[future] = len(chunk)
        for error in summary.source_errors:
            logger.error("run %s: source error: %s", run_id, error)
        summary.n_seen = len(all_intakes)
        progress = Progress(summary.n_seen)
        for future in as_completed(list(transforms)):
            result = future.result()
            summary.quarantined.extend(result.quarantined)
            summary.warnings.extend(result.warnings)
            progress.advance(transforms[future])
        progress.finish()
        summary.n_quarantined = len(summary.quarantined)
        _count_changes(summary, all_intakes)
        summary.status = "completed"
        run = _run_record(summary, started_at, version, sources)
        totals = load_warehouse(layout.database, run_dir, run)
    except Exception as error:
        summary.status = "failed"
        logger.error("run %s failed: %s", run_id, error)
        record_failed_run(
            layout.database, _run_record(summary, started_at, version, sources, error=str(error))
        )
        raise
    finally:
        layout.state_snapshot(run_id).unlink(missing_ok=True)
        layout.fetch_snapshot(run_id).unlink(missing_ok=True)
    summary.total_releases, summary.total_quarantined = totals.releases, totals.quarantined
    summary.seconds = time.monotonic() - clock
    logger.info(
        "run %s completed: %d seen, %d new, %d updated, %d unchanged, %d quarantined",
        run_id,
        summary.n_seen,
        summary.n_new,
        summary.n_updated,
        summary.n_unchanged,
        summary.n_quarantined,
    )
    return summary


def _chunks(items: list[T], size: int) -> list[list[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _by_host(sources: list[WebSource]) -> list[list[WebSource]]:
    """Web sources grouped by host: one fetch task per host keeps the per-host pace."""
    groups: dict[str, list[WebSource]] = {}
    for source in sources:
        groups.setdefault(urlsplit(source.url).netloc, []).append(source)
    return list(groups.values())


def _count_changes(summary: RunSummary, intakes: list[Intake]) -> None:
    """New, updated and unchanged inputs; a quarantined input counts only as quarantined."""
    quarantined = {note.source_uri for note in summary.quarantined}
    for item in intakes:
        if item.source_uri in quarantined:
            continue
        if item.change == "new":
            summary.n_new += 1
        elif item.change == "updated":
            summary.n_updated += 1
        elif item.change == "unchanged":
            summary.n_unchanged += 1


def _run_record(
    summary: RunSummary,
    started_at: dt.datetime,
    version: str,
    sources: list[str],
    error: str | None = None,
) -> RunRecord:
    return RunRecord(
        run_id=summary.run_id,
        started_at=started_at,
        status=summary.status,
        n_seen=summary.n_seen,
        n_new=summary.n_new,
        n_updated=summary.n_updated,
        n_unchanged=summary.n_unchanged,
        n_quarantined=summary.n_quarantined,
        extractor_version=version,
        sources=list(sources),
        error=error,
    )
