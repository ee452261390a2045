"""Typed records to Parquet files, one file per table per batch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from load.schema import TABLES


def records_to_table(table: str, records: Iterable[Any], run_id: str) -> pa.Table:
    """Arrow table in the contract's schema for ``table``; every row gets ``run_id``."""
    schema = TABLES[table].schema
    rows = [{**vars(record), "run_id": run_id} for record in records]
    return pa.Table.from_pylist(rows, schema=schema)


def write_batch(
    records_by_table: Mapping[str, Iterable[Any]], out_dir: Path, batch_name: str, run_id: str
) -> dict[str, Path]:
    """Write one Parquet file per table of the contract (empty tables too) for a batch.

    Files land at ``<out_dir>/<table>/<batch_name>.parquet``; writing to a temporary name and
    renaming means a crash never leaves a half-written file under the final name.
    """
    return {
        table: write_table_file(table, records_by_table.get(table, ()), out_dir, batch_name, run_id)
        for table, spec in TABLES.items()
        if spec.scope in ("source", "release")
    }


def write_table_file(
    table: str, records: Iterable[Any], out_dir: Path, batch_name: str, run_id: str
) -> Path:
    """One table's records to ``<out_dir>/<table>/<batch_name>.parquet``, atomically."""
    target = out_dir / table / f"{batch_name}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".parquet.partial")
    pq.write_table(records_to_table(table, records, run_id), partial)
    partial.replace(target)
    return target


FILE_TIMES = "_file_times"  # not a warehouse table: updates of documents.source_mtime_ns
FILE_TIMES_SCHEMA = pa.schema([("source_uri", pa.string()), ("source_mtime_ns", pa.int64())])


def write_file_times(rows: list[tuple[str, int]], out_dir: Path, batch_name: str) -> Path:
    """Modification times of files read again but unchanged, for the load to record."""
    target = out_dir / FILE_TIMES / f"{batch_name}.parquet"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".parquet.partial")
    uris, times = zip(*rows, strict=True)
    pq.write_table(pa.table([list(uris), list(times)], schema=FILE_TIMES_SCHEMA), partial)
    partial.replace(target)
    return target
