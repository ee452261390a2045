"""The warehouse contract: one Arrow schema per table, declared once.

Parquet files are written with these schemas and the DuckDB tables are created from them, so
column names and types are the same in the records (``transform/records.py``), the Parquet
files, the DuckDB tables and ``warehouse/README.md``. Columns are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SPAN = [("span_start", pa.int32()), ("span_end", pa.int32())]
PROVENANCE = [*SPAN, ("rule", pa.string()), ("confidence", pa.float64())]
RELEASE_CHILD = [("release_id", pa.string()), ("document_id", pa.string())]
RUN = [("run_id", pa.string())]


# Where a run's time goes, as recorded in runs.seconds_<stage>. read, decode, repair, extract
# and parquet are summed over batches (they run in parallel); the others are wall time.
STAGES = ("read", "decode", "repair", "extract", "parquet", "load", "checks", "publish")


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: pa.Schema
    key: tuple[str, ...]  # unique, not null
    scope: str  # what a load replaces rows by: source | release | url | run


def _schema(*columns: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, dtype) for name, dtype in columns])


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "documents",
            _schema(
                ("document_id", pa.string()),
                ("source_uri", pa.string()),
                ("fetched_at", pa.timestamp("us")),
                ("content_type", pa.string()),
                ("size_bytes", pa.int64()),
                ("encoding", pa.string()),
                ("archive_path", pa.string()),
                ("http_content_type", pa.string()),
                ("status", pa.string()),
                ("release_id", pa.string()),
                ("extractor_version", pa.string()),
                ("source_mtime_ns", pa.int64()),
                *RUN,
            ),
            key=("source_uri",),
            scope="source",
        ),
        TableSpec(
            "quarantine",
            _schema(
                ("source_uri", pa.string()),
                ("document_id", pa.string()),
                ("reason", pa.string()),
                ("detail", pa.string()),
                ("quarantined_at", pa.timestamp("us")),
                *RUN,
            ),
            key=("source_uri",),
            scope="source",
        ),
        TableSpec(
            "releases",
            _schema(
                ("release_id", pa.string()),
                ("document_id", pa.string()),
                ("headline", pa.string()),
                ("headline_span_start", pa.int32()),
                ("headline_span_end", pa.int32()),
                ("published_date", pa.date32()),
                ("dateline_city", pa.string()),
                ("dateline_region", pa.string()),
                ("wire", pa.string()),
                ("wire_canonical", pa.string()),
                ("dateline_span_start", pa.int32()),
                ("dateline_span_end", pa.int32()),
                ("dateline_rule", pa.string()),
                ("issuer", pa.string()),
                ("issuer_span_start", pa.int32()),
                ("issuer_span_end", pa.int32()),
                ("issuer_rule", pa.string()),
                ("body_text", pa.string()),
                ("n_corrections", pa.int32()),
                ("extractor_version", pa.string()),
                ("warnings", pa.list_(pa.string())),
                ("co_issuer", pa.string()),
                ("co_issuer_span_start", pa.int32()),
                ("co_issuer_span_end", pa.int32()),
                ("date_inferred", pa.bool_()),
                ("date_confidence", pa.float64()),
                ("guessed_date", pa.date32()),
                *RUN,
            ),
            key=("release_id",),
            scope="release",
        ),
        TableSpec(
            "tickers",
            _schema(
                *RELEASE_CHILD,
                ("exchange", pa.string()),
                ("exchange_canonical", pa.string()),
                ("symbol", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "exchange_canonical", "symbol"),
            scope="release",
        ),
        TableSpec(
            "money",
            _schema(
                *RELEASE_CHILD,
                ("amount", pa.float64()),
                ("currency", pa.string()),
                ("amount_usd", pa.float64()),
                ("kind", pa.string()),
                ("is_potential", pa.bool_()),
                ("text", pa.string()),
                *PROVENANCE,
                ("payer", pa.string()),
                ("payee", pa.string()),
                ("compound", pa.string()),
                ("trigger", pa.string()),
                ("per_unit", pa.bool_()),
                ("restated", pa.bool_()),
                ("part_of", pa.int32()),
                ("announced", pa.bool_()),
                ("in_totals", pa.bool_()),
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "organizations",
            _schema(
                *RELEASE_CHILD,
                ("name", pa.string()),
                ("canonical_name", pa.string()),
                ("role", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "people",
            _schema(
                *RELEASE_CHILD,
                ("name", pa.string()),
                ("title", pa.string()),
                ("organization", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "compounds",
            _schema(
                *RELEASE_CHILD,
                ("name", pa.string()),
                ("canonical_name", pa.string()),
                *PROVENANCE,
                ("payload", pa.string()),
                ("antibody", pa.string()),
                ("target", pa.string()),
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "indications",
            _schema(
                *RELEASE_CHILD,
                ("name", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "phases",
            _schema(
                *RELEASE_CHILD,
                ("phase", pa.string()),
                ("text", pa.string()),
                *PROVENANCE,
                ("compound", pa.string()),
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "events",
            _schema(
                *RELEASE_CHILD,
                ("event_type", pa.string()),
                ("sentence", pa.string()),
                *PROVENANCE,
                ("counterparty", pa.string()),
                ("compound", pa.string()),
                ("territory", pa.string()),
                ("deal_year", pa.int32()),
                ("announced", pa.bool_()),
                ("amount_usd", pa.float64()),
                ("phase", pa.string()),
                ("indication", pa.string()),
                *RUN,
            ),
            key=("release_id", "event_type", "span_start"),
            scope="release",
        ),
        TableSpec(
            "segments",
            _schema(
                *RELEASE_CHILD,
                ("segment", pa.string()),
                ("title", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "segment", "span_start"),
            scope="release",
        ),
        TableSpec(
            "contacts",
            _schema(
                *RELEASE_CHILD,
                ("kind", pa.string()),
                ("value", pa.string()),
                ("person", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "span_start"),
            scope="release",
        ),
        TableSpec(
            "trial_details",
            _schema(
                *RELEASE_CHILD,
                ("kind", pa.string()),
                ("text", pa.string()),
                ("value", pa.float64()),
                ("unit", pa.string()),
                ("compound", pa.string()),
                *PROVENANCE,
                *RUN,
            ),
            key=("release_id", "kind", "span_start"),
            scope="release",
        ),
        TableSpec(
            "corrections",
            _schema(
                *RELEASE_CHILD,
                ("original", pa.string()),
                ("corrected", pa.string()),
                ("rule", pa.string()),
                ("confidence", pa.float64()),
                ("raw_span_start", pa.int32()),
                ("raw_span_end", pa.int32()),
                *SPAN,
                *RUN,
            ),
            key=("release_id", "raw_span_start"),
            scope="release",
        ),
        TableSpec(
            "fetch_state",
            _schema(
                ("url", pa.string()),
                ("source_url", pa.string()),
                ("kind", pa.string()),
                ("final_url", pa.string()),
                ("last_status", pa.int32()),
                ("etag", pa.string()),
                ("last_modified", pa.string()),
                ("document_id", pa.string()),
                ("content_type", pa.string()),
                ("last_fetched_at", pa.timestamp("us")),
                ("last_success_at", pa.timestamp("us")),
                ("last_error", pa.string()),
                *RUN,
            ),
            key=("url",),
            scope="url",
        ),
        TableSpec(
            "runs",
            _schema(
                ("run_id", pa.string()),
                ("started_at", pa.timestamp("us")),
                ("finished_at", pa.timestamp("us")),
                ("status", pa.string()),
                ("n_seen", pa.int64()),
                ("n_new", pa.int64()),
                ("n_updated", pa.int64()),
                ("n_unchanged", pa.int64()),
                ("n_quarantined", pa.int64()),
                ("n_releases", pa.int64()),
                ("extractor_version", pa.string()),
                ("sources", pa.list_(pa.string())),
                ("error", pa.string()),
                ("task_runner", pa.string()),
                ("n_check_errors", pa.int64()),
                ("n_check_warnings", pa.int64()),
                ("seconds_total", pa.float64()),
                *[(f"seconds_{stage}", pa.float64()) for stage in STAGES],
            ),
            key=("run_id",),
            scope="run",
        ),
        TableSpec(
            "checks",
            _schema(
                ("run_id", pa.string()),
                ("check_name", pa.string()),
                ("severity", pa.string()),
                ("passed", pa.bool_()),
                ("n_failing", pa.int64()),
                ("detail", pa.string()),
                ("checked_at", pa.timestamp("us")),
            ),
            key=("run_id", "check_name"),
            scope="run",
        ),
    )
}

RELEASE_CHILD_TABLES = tuple(
    name for name, spec in TABLES.items() if spec.scope == "release" and name != "releases"
)

DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us"): "TIMESTAMP",
    pa.list_(pa.string()): "VARCHAR[]",
}


def duckdb_type(dtype: pa.DataType) -> str:
    """DuckDB column type for an Arrow type of the contract."""
    return DUCKDB_TYPES[dtype]
