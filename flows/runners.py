"""Task runners: where the nightly flow's batches run (threads, processes or a Dask cluster)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, ParamSpec, Self, TypeVar

from prefect.context import FlowRunContext
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.batches import (
    BatchResult,
    BatchSettings,
    merge_results,
    stop_warm_server,
    watch_flow,
    worker_context,
    worker_died,
)
from flows.defaults import DEFAULT_TASK_RUNNER, TASK_RUNNERS

P = ParamSpec("P")
R = TypeVar("R")
IO_THREADS = 4  # task threads beyond the workers, for fetch tasks that wait on the network


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
        return WorkerPoolTaskRunner(workers)
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


class WorkerPoolTaskRunner(ThreadPoolTaskRunner):  # type: ignore[type-arg]
    """Tasks run on threads of the flow process; the CPU work of each batch runs in a pool of
    ``workers`` processes that import only the batch code (flows/batches.py).

    Prefect's own process pool runs its task engine in every worker (about 245 MB each,
    measured); these workers hold no Prefect and no DuckDB (about 110 MB each), start only
    when the first batch needs them (a run with nothing to read starts none), and stop as soon
    as the flow calls release_workers(), before the load. They are forked, warm, from a server
    process that has imported the extraction and built its matchers once (flows/warm.py);
    `biopress run` starts that server before Prefect's, so that its warm-up (about 3.5 s)
    overlaps Prefect's start-up instead of delaying the first batch.
    """

    def __init__(self, workers: int | None = None):
        self.workers = workers or default_workers()
        super().__init__(max_workers=self.workers + IO_THREADS)

    def duplicate(self) -> WorkerPoolTaskRunner:
        return type(self)(self.workers)

    def __enter__(self) -> Self:
        super().__enter__()
        _POOL.open(self.workers)
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        _POOL.close()
        super().__exit__(exc_type, exc_value, traceback)


class _WorkerPool:
    """The process pool of the running flow, if its task runner has one; started lazily."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._workers = 0
        self._executor: ProcessPoolExecutor | None = None

    def open(self, workers: int) -> None:
        with self._lock:
            self._workers = workers

    def executor(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._workers and self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self._workers,
                    mp_context=worker_context(),
                    initializer=watch_flow,
                    initargs=(os.getpid(),),
                )
            return self._executor

    def discard(self, broken: ProcessPoolExecutor) -> None:
        """Drop a pool a dead worker broke; the next batch starts a new one. Batches that
        shared the broken pool each call this: only the first drops it."""
        with self._lock:
            if self._executor is broken:
                self._executor = None
        broken.shutdown(wait=False, cancel_futures=True)

    def release(self) -> None:
        """Stop the worker processes; a later batch of the same flow starts them again."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        stop_warm_server()

    def close(self) -> None:
        self.release()
        with self._lock:
            self._workers = 0


_POOL = _WorkerPool()


def run_in_workers(function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``function(*args)`` in a worker process of the flow's pool, else right here (threads
    and Dask runners run it in the task's own thread or process)."""
    executor = _POOL.executor()
    if executor is None:
        return function(*args, **kwargs)
    try:
        return executor.submit(function, *args, **kwargs).result()
    except BrokenProcessPool:
        _POOL.discard(executor)
        raise


Item = TypeVar("Item")


def run_batch_in_workers(
    function: Callable[[list[Item], str, BatchSettings], BatchResult],
    items: list[Item],
    batch_name: str,
    run: BatchSettings,
) -> BatchResult:
    """``function(items, batch_name, run)`` in a worker process. When a worker dies (a crash,
    the kernel's out-of-memory killer), the batch's inputs are tried again one by one, each
    in a worker of its own batch; an input whose worker dies again is quarantined
    (``worker_died``) and the others load."""
    try:
        return run_in_workers(function, items, batch_name, run)
    except BrokenProcessPool:
        pass
    result = BatchResult()
    for number, item in enumerate(items):
        name = f"{batch_name}-{number:04d}"
        try:
            part = run_in_workers(function, [item], name, run)
        except BrokenProcessPool:
            part = worker_died(item, name, run)  # type: ignore[arg-type]
        merge_results(result, part)
    return result


def release_workers() -> None:
    """Stop the flow's worker processes once every batch is done: the load that follows needs
    their memory."""
    _POOL.release()


@contextmanager
def api_shared_with_workers() -> Iterator[None]:
    """Let worker processes use this process's Prefect API.

    Without a configured PREFECT_API_URL, Prefect starts a temporary server per process, and
    each worker of a local Dask cluster, which runs Prefect's task engine, would start one of
    its own (about 15 s each, measured). The workers inherit the environment, so pointing it at
    this process's server avoids that.
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
    if isinstance(runner, WorkerPoolTaskRunner):
        return f"processes ({runner.workers})"
    if isinstance(runner, ThreadPoolTaskRunner):
        return f"threads ({runner._max_workers})"
    return type(runner).__name__
