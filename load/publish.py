"""Safe publishing: each run loads a private copy of the warehouse and swaps it in atomically.

Analysts keep the live DuckDB file open all day, and DuckDB does not let a writer into a file
another process holds. So a run never opens the live file: it copies it into ``staging/``,
loads and checks the copy, and renames the copy over the live file. A rename is atomic: an
analyst sees the old warehouse or the new one, never half of one, and sessions already open
keep reading the version they opened. A killed run leaves its copy behind in ``staging/``,
which the next run removes; the live file is untouched.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from load.layout import WarehouseLayout
from load.warehouse import connect_writable, ensure_schema


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


_HELD_LOCKS: dict[Path, int] = {}  # lock file -> how many holders in this process


@contextmanager
def run_lock(layout: WarehouseLayout) -> Iterator[None]:
    """Hold the warehouse for one run; a second run at the same time fails at once.

    The lock is the kernel's (flock): it is released when the process ends, even by SIGKILL.
    Within one process it may be taken again (the CLI takes it before Prefect starts, the
    flow again when it runs).
    """
    lock_file = layout.lock_file
    if _HELD_LOCKS.get(lock_file):
        _HELD_LOCKS[lock_file] += 1
        try:
            yield
        finally:
            _HELD_LOCKS[lock_file] -= 1
        return
    layout.root.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseBusy(
                f"another biopress run is using {layout.database} (lock {lock_file})"
            ) from None
        _HELD_LOCKS[lock_file] = 1
        try:
            yield
        finally:
            del _HELD_LOCKS[lock_file]
            fcntl.flock(handle, fcntl.LOCK_UN)


def stage_warehouse(layout: WarehouseLayout, run_id: str) -> Path:
    """The run's private copy of the live warehouse (a new, empty one the first time)."""
    staged = layout.staged_database(run_id)
    staged.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (staged, staged.with_name(staged.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if layout.database.exists():
        partial = staged.with_name(staged.name + ".partial")
        shutil.copyfile(layout.database, partial)
        partial.replace(staged)
    with connect_writable(staged) as con:
        ensure_schema(con)
        con.execute("CHECKPOINT")
    return staged


def publish(staged: Path, live: Path) -> None:
    """Make ``staged`` the live warehouse in one atomic rename, durably."""
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staged, live)
    directory = os.open(live.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard(staged: Path) -> None:
    """Remove a run's copy that will not be published."""
    for path in (staged, staged.with_name(staged.name + ".wal")):
        path.unlink(missing_ok=True)


def clear_stale(layout: WarehouseLayout, staged: Path, current_run: str) -> list[Path]:
    """Remove what killed or failed runs left: staged copies and scratch files, and Parquet
    folders of runs the ledger does not record as completed (they were never published)."""
    removed = []
    if layout.staging_dir.is_dir():
        for path in layout.staging_dir.iterdir():
            if not path.name.startswith(current_run):
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
    if layout.parquet_dir.is_dir():
        with duckdb.connect(str(staged), read_only=True) as con:
            completed = {
                row[0]
                for row in con.execute(
                    "SELECT run_id FROM runs WHERE status = 'completed'"
                ).fetchall()
            }
        for folder in layout.parquet_dir.glob("run_id=*"):
            run_id = folder.name.removeprefix("run_id=")
            if run_id != current_run and run_id not in completed:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed
