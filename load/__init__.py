"""Load: typed records to Parquet, Parquet to DuckDB, and read-only queries."""

from load.parquet import records_to_table, write_batch, write_file_times, write_table_file
from load.schema import TABLES, TableSpec
from load.warehouse import (
    LoadOutcome,
    RunRecord,
    WarehouseLayout,
    WarehouseTotals,
    connect_writable,
    load_run,
    read_archived_documents,
    read_fetch_state,
    read_known_documents,
    read_known_files,
    record_failed_run,
    run_query,
    snapshot_fetch_state,
    snapshot_known_documents,
    source_statuses,
)

__all__ = [
    "TABLES",
    "LoadOutcome",
    "RunRecord",
    "TableSpec",
    "WarehouseLayout",
    "WarehouseTotals",
    "connect_writable",
    "load_run",
    "read_archived_documents",
    "read_fetch_state",
    "read_known_documents",
    "read_known_files",
    "record_failed_run",
    "records_to_table",
    "run_query",
    "snapshot_fetch_state",
    "snapshot_known_documents",
    "source_statuses",
    "write_batch",
    "write_file_times",
    "write_table_file",
]
