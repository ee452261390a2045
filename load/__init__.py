"""Load: typed records to Parquet, Parquet to DuckDB, and read-only queries."""

from load.parquet import records_to_table, write_batch
from load.schema import TABLES, TableSpec
from load.warehouse import (
    RunRecord,
    WarehouseLayout,
    WarehouseTotals,
    load_run,
    read_known_documents,
    record_failed_run,
    run_query,
    snapshot_known_documents,
)

__all__ = [
    "TABLES",
    "RunRecord",
    "TableSpec",
    "WarehouseLayout",
    "WarehouseTotals",
    "load_run",
    "read_known_documents",
    "record_failed_run",
    "records_to_table",
    "run_query",
    "snapshot_known_documents",
    "write_batch",
]
