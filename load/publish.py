"""Safe publishing: each run loads a private copy of the warehouse and swaps it in atomically.

Analysts keep the live DuckDB file open all day, and DuckDB does not let a writer into a file
another process holds. So a run never opens the live file: it copies it into ``staging/``,
verifies the copy, loads and checks it, and publishes it.

Publishing moves the copy to ``versions/`` and points ``biopress.duckdb`` at it: the warehouse
path is a symbolic link, replaced in one atomic rename. An analyst sees the old warehouse or
the new one, never half of one; sessions already open keep the version they opened. DuckDB
keeps a session's write-ahead log beside the file the link names, so a session that opened
the warehouse read-write (the DuckDB CLI's default) writes into its own version's log, and
nothing it does can reach the version the next run publishes. Versions no session holds any
more are removed. A killed run leaves its copy behind in ``staging/``, which the next run
removes before it copies anything; the live warehouse is untouched.
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


class WarehouseDamaged(RuntimeError):
    """The published warehouse cannot be read whole; the message says where."""


def stage_warehouse(layout: WarehouseLayout, run_id: str) -> Path:
    """The run's private copy of the live warehouse (a new, empty one the first time), read
    whole before anything is built on it: a damaged warehouse stops the run, unchanged."""
    staged = layout.staged_database(run_id)
    staged.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (staged, staged.with_name(staged.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if layout.database.exists():
        partial = staged.with_name(staged.name + ".partial")
        shutil.copyfile(layout.database, partial)
        partial.replace(staged)
        problem = damage(staged)
        if problem:
            discard(staged)
            raise WarehouseDamaged(
                f"{layout.database} is damaged ({problem}); nothing was changed. Restore it from "
                "a backup, or move it aside and run again to rebuild it from the sources"
            )
    with connect_writable(staged) as con:
        ensure_schema(con)
        con.execute("CHECKPOINT")
    return staged


def damage(database: Path) -> str | None:
    """Where a DuckDB file cannot be read, or None when every table reads whole.

    Every row of every table is read (hashed), so DuckDB checks the checksum of every block
    that holds data."""
    try:
        with duckdb.connect(str(database), read_only=True) as con:
            tables = [
                row[0]
                for row in con.execute(
                    "SELECT table_name FROM duckdb_tables() ORDER BY table_name"
                ).fetchall()
            ]
            for table in tables:
                try:
                    con.execute(f'SELECT count(*), sum(hash(t)) FROM "{table}" t').fetchall()
                except duckdb.Error as error:
                    return f"table {table}: {_first_line(error)}"
    except duckdb.Error as error:
        return _first_line(error)
    return None


def _first_line(error: Exception) -> str:
    return str(error).split("\n", 1)[0]


def publish(staged: Path, layout: WarehouseLayout, run_id: str) -> Path:
    """Make ``staged`` the live warehouse, durably: move it to ``versions/`` and point the
    warehouse path at it in one atomic rename. Returns the published version's file."""
    version = layout.version_file(run_id)
    version.parent.mkdir(parents=True, exist_ok=True)
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staged, version)
    pointer = layout.root / f".{layout.database.name}.{run_id}.link"
    pointer.unlink(missing_ok=True)
    pointer.symlink_to(os.path.relpath(version, layout.root))
    os.replace(pointer, layout.database)
    for folder in (layout.root, version.parent):
        _fsync_folder(folder)
    prune_versions(layout)
    return version


def _fsync_folder(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def prune_versions(layout: WarehouseLayout) -> list[Path]:
    """Remove the versions the warehouse path no longer names and no session holds open
    (DuckDB locks the files it opens); a held one is removed by a later run."""
    if not layout.versions_dir.is_dir():
        return []
    current = layout.database.resolve() if layout.database.is_symlink() else None
    removed = []
    for folder in layout.versions_dir.iterdir():
        version = folder / layout.database.name
        if version.resolve() == current or _held(version):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _held(database: Path) -> bool:
    """Whether any process holds DuckDB's lock on the file (a session reading or writing)."""
    try:
        handle = os.open(database, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.lockf(handle, fcntl.LOCK_UN)
        return False
    finally:
        os.close(handle)


def discard(staged: Path) -> None:
    """Remove a run's copy that will not be published."""
    for path in (staged, staged.with_name(staged.name + ".wal")):
        path.unlink(missing_ok=True)


def clear_stale(layout: WarehouseLayout, current_run: str) -> list[Path]:
    """Remove what killed or failed runs left, before this run copies anything (a disk that
    filled up is freed first): staged copies and scratch files, Parquet folders of runs the
    published ledger does not record as completed (they were never published), and versions
    no session holds."""
    removed = []
    if layout.staging_dir.is_dir():
        for path in layout.staging_dir.iterdir():
            if not path.name.startswith(current_run):
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
    if layout.parquet_dir.is_dir() and layout.database.exists():
        try:
            with duckdb.connect(str(layout.database), read_only=True) as con:
                completed = {
                    row[0]
                    for row in con.execute(
                        "SELECT run_id FROM runs WHERE status = 'completed'"
                    ).fetchall()
                }
        except duckdb.Error:
            completed = None  # unreadable: the staging copy's check says precisely why
        for folder in layout.parquet_dir.glob("run_id=*"):
            run_id = folder.name.removeprefix("run_id=")
            if completed is not None and run_id != current_run and run_id not in completed:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    removed.extend(prune_versions(layout))
    return removed
