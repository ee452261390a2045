"""Task runners: where the nightly flow's batches run (threads, processes or a Dask cluster)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prefect.context import FlowRunContext
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.defaults import DEFAULT_TASK_RUNNER, TASK_RUNNERS


class TaskRunnerError(ValueError):
    """A task runner that cannot be built, with the reason."""


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def make_task_runner(
    kind: str, workers: int | None = None, dask_address: str | None = None
) -> TaskRunner[Any]:
    """The task runner of ``kind``.

    processes: a process per core (pure-Python extraction parallelises across processes, not
    threads); threads: one process, for small runs and debugging; dask: a Dask cluster through
    prefect-dask, at ``dask_address`` (tcp://host:8786) or a local cluster of ``workers``.
    """
    workers = workers or default_workers()
    if kind == "processes":
        return ProcessPoolTaskRunner(max_workers=workers, initializer=warm_worker)
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:  # pragma: no cover - prefect-dask is a declared dependency
            raise TaskRunnerError(f"the dask task runner needs prefect-dask: {error}") from None
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
        )
    raise TaskRunnerError(f"unknown task runner {kind!r}; choose one of {', '.join(TASK_RUNNERS)}")


def runner_from_environment() -> TaskRunner[Any]:
    """The task runner named by BIOPRESS_TASK_RUNNER, BIOPRESS_WORKERS and BIOPRESS_DASK_ADDRESS
    (how `biopress serve` passes its choice to the flow runs it starts), else the default."""
    address = os.environ.get("BIOPRESS_DASK_ADDRESS") or None
    kind = "dask" if address else os.environ.get("BIOPRESS_TASK_RUNNER") or DEFAULT_TASK_RUNNER
    workers = os.environ.get("BIOPRESS_WORKERS")
    return make_task_runner(kind, int(workers) if workers else None, address)


def warm_worker() -> None:
    """Load the lexicons and word lists once per worker process, before its first batch."""
    from transform import extractor_version
    from transform.repair import repair_text

    extractor_version()
    repair_text("Warm up.")


@contextmanager
def api_shared_with_workers() -> Iterator[None]:
    """Let worker processes use this process's Prefect API.

    Without a configured PREFECT_API_URL, Prefect starts a temporary server per process, and
    each worker of a process pool would start one of its own (about 15 s each, measured). The
    workers inherit the environment, so pointing it at this process's server avoids that.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        os.environ["PREFECT_API_URL"] = str(client.api_url)
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


def describe_task_runner() -> str:
    """The current flow run's task runner, as recorded in runs.task_runner."""
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if runner is None:
        return "unknown"
    if isinstance(runner, ProcessPoolTaskRunner):
        return f"processes ({runner._max_workers})"
    if isinstance(runner, ThreadPoolTaskRunner):
        return f"threads ({runner._max_workers})"
    return type(runner).__name__
