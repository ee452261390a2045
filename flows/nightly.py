"""The nightly flow: discover -> intake (archive) -> transform in batches -> load -> record."""

import dataclasses
import datetime as dt
import time
import uuid
from typing import TypeVar
from urllib.parse import urlsplit

from prefect import flow, get_run_logger
from prefect.futures import PrefectFuture, as_completed
from prefect.runtime import flow_run

from extract.http import FetchSettings
from extract.web import WebSource, is_web_source, parse_source_spec
from flows.batches import BatchResult, BatchSettings, SourceCounts, merge_counts
from flows.defaults import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_DOCUMENT_BYTES,
    DEFAULT_MAX_DOCUMENT_SECONDS,
)
from flows.progress import Progress
from flows.runners import (
    api_shared_with_workers,
    describe_task_runner,
    release_workers,
    runner_from_environment,
)
from flows.summary import RunSummary, publish_run_artifact
from flows.tasks import (
    archived_documents,
    fetch_web_sources,
    load_warehouse,
    plan_inputs,
    process_batch,
    snapshot_state,
    transform_batch,
    utc_now,
)
from load.layout import WarehouseLayout
from load.publish import clear_stale, discard, run_lock, stage_warehouse
from load.warehouse import RunRecord, record_failed_run
from transform.version import extractor_version

T = TypeVar("T")


@flow(name="biopress-nightly", log_prints=False, task_runner=runner_from_environment())
def nightly_run(
    sources: list[str],
    warehouse: str,
    web_sources: list[WebSource] | None = None,
    fetch_settings: FetchSettings | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    max_document_seconds: float = DEFAULT_MAX_DOCUMENT_SECONDS,
    reprocess: str | None = None,
    backfill_since: str | None = None,
    backfill_max_pages: int = 100,
) -> RunSummary:
    """One run of the nightly job into the DuckDB file ``warehouse``.

    ``sources`` are files, folders or URLs (``KIND:URL`` to name the kind: page, listing,
    feed); ``web_sources`` are web sources with settings of their own (from the config file).
    ``reprocess`` ("all" or "outdated") reads the warehouse's documents again from the raw
    archive instead of reading sources: nothing is fetched. ``backfill_since`` (an ISO date)
    follows listing sources' "next" pages (up to ``backfill_max_pages``) back to that date.

    The run loads a private copy of the warehouse, checks it and publishes it atomically; the
    live file is never written in place, so analysts may keep it open.
    """
    layout = WarehouseLayout.at(warehouse)
    web_sources = web_sources or []
    if backfill_since:
        dt.date.fromisoformat(backfill_since)  # a bad date fails before anything is read
        web_sources = [
            dataclasses.replace(
                source, since=backfill_since, max_pages=max(source.max_pages, backfill_max_pages)
            )
            for source in [parse_source_spec(s) for s in sources if is_web_source(s)] + web_sources
        ]
        sources = [s for s in sources if not is_web_source(s)]
    with run_lock(layout), api_shared_with_workers():
        return _run(
            layout,
            sources,
            web_sources,
            fetch_settings,
            batch_size,
            max_document_bytes,
            max_document_seconds,
            reprocess,
        )


def _run(
    layout: WarehouseLayout,
    sources: list[str],
    web_sources: list[WebSource],
    fetch_settings: FetchSettings | None,
    batch_size: int,
    max_document_bytes: int,
    max_document_seconds: float,
    reprocess: str | None,
) -> RunSummary:
    logger = get_run_logger()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    run_dir = layout.run_dir(run_id)
    version = extractor_version()
    started_at, clock = utc_now(), time.monotonic()
    summary = RunSummary(run_id=run_id, warehouse=str(layout.database), status="running")
    runner = describe_task_runner()
    seconds: dict[str, float] = {}
    local_sources = [s for s in sources if not is_web_source(s)]
    all_web = [parse_source_spec(s) for s in sources if is_web_source(s)] + web_sources
    staged = layout.staged_database(run_id)
    try:
        staging_clock = time.monotonic()
        for stale in clear_stale(layout, run_id):
            logger.info("run %s: removed %s, left by an unfinished run", run_id, stale)
        stage_warehouse(layout, run_id)
        seconds["publish"] = time.monotonic() - staging_clock
        snapshots = snapshot_state(
            staged, layout.state_snapshot(run_id), layout.fetch_snapshot(run_id)
        )
        settings = BatchSettings(
            layout.archive_dir,
            snapshots[0],
            version,
            run_dir,
            run_id,
            max_document_bytes,
            local_sources,
            max_document_seconds,
        )
        transforms: dict[PrefectFuture[BatchResult], int] = {}
        counts: SourceCounts = {}
        n_processed = 0
        if reprocess:
            archived = archived_documents(
                staged, layout.archive_dir, version if reprocess == "outdated" else None
            )
            for chunk in _chunks(archived, batch_size):
                name = f"batch-{len(transforms):06d}"
                future = transform_batch.submit(chunk, name, settings)
                transforms[future] = len(chunk)
        else:
            discovery = plan_inputs(local_sources, settings, layout.own_paths())
            summary.source_errors = list(discovery.source_errors)
            merge_counts(counts, discovery.unchanged)
            if discovery.refused is not None:
                n_processed += _add_batch(summary, counts, seconds, discovery.refused)
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
            for paths in _chunks(discovery.paths, batch_size):
                future = process_batch.submit(paths, f"batch-{len(transforms):06d}", settings)
                transforms[future] = len(paths)
            for fetch in fetches:
                fetched = fetch.result()
                summary.source_errors.extend(fetched.source_errors)
                summary.source_notes.extend(fetched.source_notes)
                summary.n_requests += fetched.n_requests
                summary.n_not_modified += fetched.n_not_modified
                for chunk in _chunks(fetched.intakes, batch_size):
                    name = f"batch-{len(transforms):06d}"
                    future = transform_batch.submit(chunk, name, settings)
                    transforms[future] = len(chunk)
        for error in summary.source_errors:
            logger.error("run %s: source error: %s", run_id, error)
        progress = Progress(sum(transforms.values()))
        for future in as_completed(list(transforms)):
            n_processed += _add_batch(summary, counts, seconds, future.result())
            progress.advance(transforms[future])
        progress.finish()
        release_workers()
        _count_changes(summary, counts)
        summary.status = "completed"
        run = _run_record(summary, started_at, version, sources, runner, seconds, n_processed)
        published = load_warehouse(layout, staged, run_dir, run)
    except BaseException as error:  # a stop (SIGTERM, Ctrl-C) is a failed run too
        summary.status = "failed"
        reason = str(error) or type(error).__name__
        logger.error("run %s failed: %s", run_id, reason)
        discard(staged)  # first: on a full disk it frees the space the ledger row needs
        try:
            record_failed_run(
                layout.failed_runs_dir,
                _run_record(summary, started_at, version, sources, runner, seconds, error=reason),
            )
        except OSError as unrecorded:
            logger.error("run %s: its ledger row could not be written: %s", run_id, unrecorded)
        raise
    finally:
        layout.state_snapshot(run_id).unlink(missing_ok=True)
        layout.fetch_snapshot(run_id).unlink(missing_ok=True)
    summary.total_releases = published.totals.releases
    summary.total_quarantined = published.totals.quarantined
    summary.checks = published.checks
    summary.seconds = time.monotonic() - clock
    summary.stage_seconds = {**seconds, **published.seconds}
    publish_run_artifact(summary)
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


def _add_batch(
    summary: RunSummary, counts: SourceCounts, seconds: dict[str, float], result: BatchResult
) -> int:
    """Add one batch's counts, notes and time to the run's; the inputs it processed."""
    merge_counts(counts, result.counts)
    summary.quarantined.extend(result.quarantined)
    summary.warnings.extend(result.warnings)
    for stage, spent in result.seconds.items():
        seconds[stage] = seconds.get(stage, 0.0) + spent
    return result.n_processed


def _chunks(items: list[T], size: int) -> list[list[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _by_host(sources: list[WebSource]) -> list[list[WebSource]]:
    """Web sources grouped by host: one fetch task per host keeps the per-host pace."""
    groups: dict[str, list[WebSource]] = {}
    for source in sources:
        groups.setdefault(urlsplit(source.url).netloc, []).append(source)
    return list(groups.values())


def _count_changes(summary: RunSummary, counts: SourceCounts) -> None:
    """Seen, new, updated, unchanged and quarantined inputs, in all and per source; a
    quarantined input counts only as quarantined."""
    summary.per_source = counts
    totals: dict[str, int] = {}
    for row in counts.values():
        for key, value in row.items():
            totals[key] = totals.get(key, 0) + value
    summary.n_seen = totals.get("seen", 0)
    summary.n_new = totals.get("new", 0)
    summary.n_updated = totals.get("updated", 0)
    summary.n_unchanged = totals.get("unchanged", 0)
    summary.n_quarantined = len(summary.quarantined)


def _run_record(
    summary: RunSummary,
    started_at: dt.datetime,
    version: str,
    sources: list[str],
    runner: str,
    seconds: dict[str, float],
    n_processed: int = 0,
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
        task_runner=runner,
        seconds=dict(seconds),
        n_processed=n_processed,
    )
