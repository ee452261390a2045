"""Test helpers that read the warehouse the way an analyst would: SQL on the DuckDB file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb

from flows.batches import BatchSettings, read_transform_batch
from load.layout import WarehouseLayout
from load.schema import TABLES
from load.warehouse import RunRecord, load_run, snapshot_known_documents
from tests.conftest import SAMPLES
from transform import extractor_version

CP1252_RELEASE = (
    "Acme Bio Starts Phase II Trial of AB-101\n\n"
    "BOSTON, Mass., May 2, 2019 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
    "announced that it has dosed the first patient in a Phase II trial of AB-101 and earned "
    "a $3 million milestone payment from its partner. “We’re pleased with the progress,” said "
    "Jane Doe, Chief Executive Officer. The trial will enroll about 120 patients with gastric "
    "cancer at sites in the US and Europe.\n\n"
    "About Acme Bio\nAcme Bio develops antibody-drug conjugates for solid tumors.\n"
)


def sql(database: Path, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def row_counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table, spec in TABLES.items()
            if spec.scope != "run"
        }


def stage_run(sources: list[Path], layout: WarehouseLayout, run_id: str) -> Path:
    """Intake and transform the files as the flow's batch tasks do (their plain function)."""
    snapshot = snapshot_known_documents(layout.database, layout.state_snapshot(run_id))
    paths = [str(p) for source in sources for p in sorted(source.rglob("*")) if p.is_file()]
    run_dir = layout.run_dir(run_id)
    settings = BatchSettings(
        layout.archive_dir,
        snapshot,
        extractor_version(),
        run_dir,
        run_id,
        10_000_000,
        [str(source) for source in sources],
    )
    read_transform_batch(paths, "batch-000000", settings)
    return run_dir


def run_record(run_id: str, status: str = "completed", error: str | None = None) -> RunRecord:
    return RunRecord(
        run_id,
        dt.datetime(2026, 1, 1),
        status,
        3,
        3,
        0,
        0,
        0,
        extractor_version(),
        ["samples"],
        error,
    )


def load_samples(folder: Path) -> Path:
    """A warehouse in ``folder`` loaded with the bundled samples by the load step itself (no
    Prefect start-up): for tests that only read a warehouse."""
    layout = WarehouseLayout(folder / "biopress.duckdb")
    load_run(
        layout.database,
        stage_run([SAMPLES], layout, "r1"),
        run_record("r1"),
        layout.failed_runs_dir,
    )
    return layout.database
