"""The nightly flow: discover -> intake (archive) -> transform in batches -> load -> record."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.futures import as_completed
from prefect.runtime import flow_run

from extract import Intake
from flows.progress import Progress
from flows.summary import RunSummary
from flows.tasks import (
    discover_sources,
    intake_batch,
    load_warehouse,
    snapshot_state,
    transform_batch,
    utc_now,
)
from load import RunRecord, WarehouseLayout, record_failed_run
from transform import extractor_version

DEFAULT_BATCH_SIZE = 250
DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


@flow(name="biopress-nightly", log_prints=False)
def nightly_run(
    sources: list[str],
    warehouse: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
) -> RunSummary:
    """One run of the nightly job over ``sources`` into the DuckDB file ``warehouse``."""
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    layout = WarehouseLayout(Path(warehouse).resolve())
    run_dir = layout.run_dir(run_id)
    version = extractor_version()
    started_at, clock = utc_now(), time.monotonic()
    summary = RunSummary(run_id=run_id, warehouse=str(layout.database), status="running")
    try:
        discovery = discover_sources(sources)
        summary.source_errors = discovery.source_errors
        summary.n_seen = len(discovery.paths)
        for error in discovery.source_errors:
            logger.error("run %s: source error: %s", run_id, error)
        snapshot = snapshot_state(layout.database, layout.state_snapshot(run_id))
        batches = [
            discovery.paths[start : start + batch_size]
            for start in range(0, len(discovery.paths), batch_size)
        ]
        intakes = [
            intake_batch.submit(batch, layout.archive_dir, snapshot, version) for batch in batches
        ]
        # Each transform takes its intake's future: Prefect resolves it and orders the two.
        transforms = {
            transform_batch.submit(  # type: ignore[call-overload]
                intake, run_dir, f"batch-{number:06d}", run_id, max_document_bytes
            ): len(batch)
            for number, (intake, batch) in enumerate(zip(intakes, batches, strict=True))
        }
        progress = Progress(summary.n_seen)
        for future in as_completed(list(transforms)):
            result = future.result()
            summary.quarantined.extend(result.quarantined)
            summary.warnings.extend(result.warnings)
            progress.advance(transforms[future])
        progress.finish()
        summary.n_quarantined = len(summary.quarantined)
        _count_changes(summary, [item for intake in intakes for item in intake.result()])
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
