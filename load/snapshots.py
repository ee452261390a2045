"""Snapshots of what the warehouse knows, as Parquet files the batch tasks read.

Reading them needs pyarrow only, never DuckDB: worker processes stay small.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

KNOWN_DOCUMENTS_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),
        ("document_id", pa.string()),
        ("extractor_version", pa.string()),
        ("status", pa.string()),
        ("size_bytes", pa.int64()),
        ("source_mtime_ns", pa.int64()),
    ]
)


def read_known_files(snapshot: Path) -> dict[str, tuple[int | None, int | None, str]]:
    """source_uri -> (size, modification time, extractor version) of local files last loaded."""
    table = pq.read_table(
        snapshot, columns=["source_uri", "size_bytes", "source_mtime_ns", "extractor_version"]
    )
    uris, sizes, mtimes, versions = (table.column(i).to_pylist() for i in range(4))
    return {
        uri: (size, mtime, version)
        for uri, size, mtime, version in zip(uris, sizes, mtimes, versions, strict=True)
        if mtime is not None
    }


def read_known_documents(
    snapshot: Path, source_uris: list[str] | None
) -> dict[str, tuple[str, str]]:
    """source_uri -> (document_id, extractor_version) for the given sources (None: all)."""
    filters = [("source_uri", "in", source_uris)] if source_uris is not None else None
    table = pq.read_table(snapshot, filters=filters)
    return {
        row["source_uri"]: (row["document_id"], row["extractor_version"])
        for row in table.to_pylist()
    }


def read_fetch_state(snapshot: Path) -> list[dict[str, Any]]:
    """Rows of a fetch_state snapshot, without the run_id."""
    return [
        {k: v for k, v in row.items() if k != "run_id"}
        for row in pq.read_table(snapshot).to_pylist()
    ]
