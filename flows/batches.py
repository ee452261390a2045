"""The work of one batch, wherever it runs: archive the files, tell new, updated and unchanged
apart, decode, repair and extract, and write Parquet.

No Prefect and no DuckDB here: the worker processes of the default task runner import only this
module (about 110 MB each, against about 245 MB for a worker running Prefect's task engine).
Batches return counts and notes, never the documents or one record per input.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import multiprocessing.forkserver
import os
import select
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from extract import Intake, failed_intake, intake_file
from flows.defaults import DEFAULT_MAX_DOCUMENT_SECONDS
from flows.summary import QuarantineNote, WarningNote
from load.parquet import write_batch, write_file_times
from load.schema import RELEASE_CHILD_TABLES
from load.snapshots import read_known_documents
from transform.records import Quarantined

if TYPE_CHECKING:
    from transform.document import DocumentMeta, DocumentOutcome
    from transform.release import CleanText

SourceCounts = dict[str, dict[str, int]]  # source -> seen, new, updated, unchanged, quarantined


@dataclass
class BatchResult:
    counts: SourceCounts = field(default_factory=dict)
    n_processed: int = 0  # inputs transformed (new, updated, failed)
    quarantined: list[QuarantineNote] = field(default_factory=list)
    warnings: list[WarningNote] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds in this batch


@dataclass(frozen=True)
class BatchSettings:
    """What every batch of one run shares: where it archives and writes, which run and
    extractor it belongs to, and its limits."""

    archive_dir: Path
    known_snapshot: Path  # the warehouse's document state when the run started
    extractor_version: str
    run_dir: Path
    run_id: str
    max_bytes: int
    local_sources: list[str]
    max_document_seconds: float = DEFAULT_MAX_DOCUMENT_SECONDS


class DocumentTimedOut(BaseException):
    """One document took longer than its limit. A BaseException, so that the extractors'
    own ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the work inside after ``seconds`` (SIGALRM, which also stops a runaway regex).

    Signals reach only the main thread: in worker processes (the default task runner) that is
    where documents are processed; on the threads and Dask runners the limit does not apply.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_transform_batch(paths: list[str], batch_name: str, run: BatchSettings) -> BatchResult:
    """Archive a batch of files, tell new, updated and unchanged apart by content, and decode,
    repair and extract the changed ones into Parquet."""
    started = time.perf_counter()
    known = read_known_documents(run.known_snapshot, [Path(p).as_uri() for p in paths])
    intakes = [
        intake_file(Path(p), run.archive_dir, known, run.extractor_version, run.max_bytes)
        for p in paths
    ]
    return transform_intakes(intakes, batch_name, run, time.perf_counter() - started)


def transform_intakes(
    intakes: list[Intake], batch_name: str, run: BatchSettings, seconds_read: float = 0.0
) -> BatchResult:
    """Decode, repair and extract fetched, archived or read documents into Parquet files."""
    # (imported here: the flow process, which imports this module to hand its functions to
    # the workers, never compiles the extraction's rules)
    from transform.document import (
        DocumentMeta,
        DocumentOutcome,
        clean_stage,
        extract_stage,
        walked_ahead,
    )
    from transform.release import CleanText

    tables: dict[str, list[Any]] = {}
    result = BatchResult()
    clock = result.seconds
    clock["read"] = seconds_read
    touched = []  # same bytes, new modification time: remember it, so stat decides next run
    # documents are cleaned a group at a time, then the group is extracted: each stage's
    # vocabularies stay in the processor's cache from one document to the next (the extraction's
    # automaton of drug and disease names is 100 MB: walked amid other work it ran about eight
    # times slower than walked in a row, which walked_ahead does for the group). A group ends
    # at PHASE_CHARS of cleaned text, so memory stays bounded.
    group: list[tuple[DocumentMeta, CleanText | DocumentOutcome, float]] = []
    held = 0

    def record(outcome: DocumentOutcome) -> None:
        tables.setdefault("documents", []).append(outcome.document)
        if outcome.quarantined:
            tables.setdefault("quarantine", []).append(outcome.quarantined)
            result.quarantined.append(
                QuarantineNote(
                    outcome.document.source_uri,
                    outcome.quarantined.reason,
                    outcome.quarantined.detail,
                )
            )
        if outcome.extraction:
            extraction = outcome.extraction
            tables.setdefault("releases", []).append(extraction.release)
            for table in RELEASE_CHILD_TABLES:
                tables.setdefault(table, []).extend(getattr(extraction, table))
            if extraction.release.warnings:
                result.warnings.append(
                    WarningNote(outcome.document.source_uri, list(extraction.release.warnings))
                )

    def extract_group() -> None:
        started = time.perf_counter()
        with walked_ahead([c.text for _, c, _ in group if isinstance(c, CleanText)]):
            clock["extract"] = clock.get("extract", 0.0) + time.perf_counter() - started
            for meta, cleaned, used in group:
                if isinstance(cleaned, DocumentOutcome):
                    record(cleaned)
                    continue
                try:  # what is left of the document's limit after its cleaning
                    with time_limit(_left(run.max_document_seconds, used)):
                        outcome = extract_stage(cleaned, meta, clock)
                except DocumentTimedOut:
                    outcome = _timed_out(meta, run)
                record(outcome)
        group.clear()

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
            raw = archived.read(run.max_bytes + 1)
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
        started = time.perf_counter()
        cleaned: CleanText | DocumentOutcome
        try:
            with time_limit(run.max_document_seconds):
                cleaned = clean_stage(raw, meta, run.max_bytes, clock)
        except DocumentTimedOut:
            cleaned = _timed_out(meta, run)
        group.append((meta, cleaned, time.perf_counter() - started))
        if isinstance(cleaned, CleanText):
            held += len(cleaned.text) + len(cleaned.raw_text)
        if held >= PHASE_CHARS:
            extract_group()
            held = 0
    extract_group()
    started = time.perf_counter()
    if result.n_processed:
        write_batch(tables, run.run_dir, batch_name, run.run_id)
    if touched:
        write_file_times(touched, run.run_dir, batch_name)
    clock["parquet"] = time.perf_counter() - started
    result.counts = source_counts(
        intakes, {note.source_uri for note in result.quarantined}, run.local_sources
    )
    return result


PHASE_CHARS = 20_000_000  # cleaned characters a batch holds before it extracts them


def _left(limit: float, used: float) -> float:
    """Seconds left of a document's limit (0: none) after ``used``; never 0 where there is a
    limit, which would lift it."""
    return max(limit - used, 0.001) if limit > 0 else 0.0


def _timed_out(meta: DocumentMeta, run: BatchSettings) -> DocumentOutcome:
    from transform.document import rejected

    return rejected(
        meta,
        "timed_out",
        f"stopped after {run.max_document_seconds:g} s; the limit per document",
    )


def source_counts(
    intakes: Iterable[Intake], quarantined: set[str], local_sources: list[str]
) -> SourceCounts:
    """Inputs seen per source and change: a local file counts under the source path given that
    holds it (else its folder), a web page under its host. A quarantined input counts only as
    quarantined."""
    prefixes = [(Path(s).resolve().as_uri(), s) for s in local_sources]
    counts: SourceCounts = {}
    for item in intakes:
        source = _source_of(item.source_uri, prefixes)
        row = counts.setdefault(source, {})
        row["seen"] = row.get("seen", 0) + 1
        change = "quarantined" if item.source_uri in quarantined else item.change
        row[change] = row.get(change, 0) + 1
    return counts


def merge_counts(into: SourceCounts, counts: SourceCounts) -> None:
    for source, row in counts.items():
        total = into.setdefault(source, {})
        for key, value in row.items():
            total[key] = total.get(key, 0) + value


def _source_of(uri: str, prefixes: list[tuple[str, str]]) -> str:
    if uri.startswith("file:"):
        for prefix, name in prefixes:
            if uri == prefix or uri.startswith(prefix.rstrip("/") + "/"):
                return name
        return uri.rsplit("/", 1)[0] + "/"  # re-read from the archive: counted by folder
    return urlsplit(uri).netloc or uri


def worker_died(item: str | Intake, batch_name: str, run: BatchSettings) -> BatchResult:
    """Quarantine an input whose worker process died twice, the second time with it alone."""
    detail = "the worker process reading it died (a crash or the memory limit), twice"
    if isinstance(item, Intake):
        failed = dataclasses.replace(item, change="failed", failure="worker_died", error=detail)
    else:
        failed = failed_intake(item, "worker_died", detail)
    return transform_intakes([failed], batch_name, run)


def merge_results(into: BatchResult, part: BatchResult) -> None:
    merge_counts(into.counts, part.counts)
    into.n_processed += part.n_processed
    into.quarantined.extend(part.quarantined)
    into.warnings.extend(part.warnings)
    for stage, spent in part.seconds.items():
        into.seconds[stage] = into.seconds.get(stage, 0.0) + spent


WATCH_FLOW_SECONDS = 0.5


def warm_worker() -> None:
    """Load the lexicons, word lists and vocabularies (build every matcher)."""
    from transform import extract_release, extractor_version
    from transform.repair import repair_text
    from transform.repair.channel import warm_up

    extractor_version()
    warm_up()
    warm = (
        "Acme Starts Trial\n\nBOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. (Nasdaq: ACMB) today "
        "started a Phase II trial of olaparib in breast cancer and earned a $1 million milestone."
    )
    extract_release(repair_text(warm).text, "warm-up", "file:///warm-up", [])  # every matcher


WARM_MODULE = "flows.warm"  # imported once by the fork server: every matcher built


def worker_context() -> multiprocessing.context.BaseContext:
    """Workers forked from one server process that has imported the extraction and built its
    matchers (flows/warm.py), itself a fresh process (no Prefect, no threads): each worker starts
    warm, sharing the matchers' memory with it."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([WARM_MODULE])
    return context


def start_warming_workers() -> None:
    """Start the workers' server now, so that it imports and warms while this process does
    other work (the Prefect server's start-up); the workers fork from it later, warm."""
    worker_context()
    multiprocessing.forkserver.ensure_running()


def stop_warm_server() -> None:
    """Stop the workers' fork server, and free its matchers' memory, once the batches are done
    (the load needs the memory); a later pool starts and warms a new one. (Python's forkserver
    module stops its server only at exit or by this method, which its own tests use.)"""
    stop = getattr(multiprocessing.forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()


def watch_flow(flow_pid: int) -> None:
    """End this worker as soon as the flow process that asked for it is gone (even by
    SIGKILL). Workers are forked by the fork server, not by the flow, so the flow is watched by
    its pid; and the fork server itself lives as long as a worker does."""
    threading.Thread(
        target=_exit_with_flow, args=(flow_pid,), name="watch-flow", daemon=True
    ).start()


def _exit_with_flow(flow_pid: int) -> None:
    try:
        handle = os.pidfd_open(flow_pid)  # readable once the process has ended (Linux 5.3)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd here: ask for the process every half second
        while _alive(flow_pid):
            time.sleep(WATCH_FLOW_SECONDS)
        os._exit(1)
    select.select([handle], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
