"""The load step alone: one transaction, replace by key, a failure changes nothing."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from load.layout import WarehouseLayout
from load.warehouse import load_run, record_failed_run
from tests.conftest import SAMPLES, SEED_2008
from tests.helpers import load_samples, row_counts, run_record, sql, stage_run


def test_same_release_from_two_sources_is_one_release_with_two_documents(tmp_path):
    wire, aggregator = tmp_path / "wire", tmp_path / "aggregator"
    for folder in (wire, aggregator):
        folder.mkdir()
        shutil.copy(SAMPLES / f"{SEED_2008}.txt", folder / "release.txt")
    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    load_run(
        layout.database,
        stage_run([wire, aggregator], layout, "r1"),
        run_record("r1"),
        layout.failed_runs_dir,
    )

    assert sql(layout.database, "SELECT count(*), count(DISTINCT release_id) FROM documents") == [
        (2, 1)
    ]
    assert row_counts(layout.database)["releases"] == 1
    assert sql(layout.database, "SELECT amount_usd FROM money WHERE in_totals") == [(1_500_000.0,)]


def test_failed_load_leaves_the_last_good_warehouse_and_is_recorded(tmp_path):
    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    load_run(
        layout.database,
        stage_run([SAMPLES], layout, "good"),
        run_record("good"),
        layout.failed_runs_dir,
    )
    before = row_counts(layout.database)

    edited = tmp_path / "edited"
    shutil.copytree(SAMPLES, edited)
    for release in edited.glob("*.txt"):
        release.write_bytes(release.read_bytes() + b"\nAn added line.\n")
    broken_run = stage_run([edited], layout, "broken")
    (broken_run / "money" / "batch-000000.parquet").write_bytes(b"not parquet at all")

    with pytest.raises(duckdb.Error):
        load_run(layout.database, broken_run, run_record("broken"), layout.failed_runs_dir)
    assert row_counts(layout.database) == before
    assert sql(layout.database, "SELECT DISTINCT run_id FROM documents") == [("good",)]

    # The failed run is kept beside the warehouse, which stays as it was ...
    record_failed_run(
        layout.failed_runs_dir, run_record("broken", "failed", "money file unreadable")
    )
    assert row_counts(layout.database) == before
    assert sql(layout.database, "SELECT run_id FROM runs") == [("good",)]
    # ... and the next published run adds it to the ledger.
    load_run(
        layout.database,
        stage_run([SAMPLES], layout, "next"),
        run_record("next"),
        layout.failed_runs_dir,
    )
    assert sql(
        layout.database, "SELECT run_id, status, error FROM runs ORDER BY started_at, run_id"
    ) == [
        ("broken", "failed", "money file unreadable"),
        ("good", "completed", None),
        ("next", "completed", None),
    ]


def test_release_that_no_document_points_to_any_more_is_removed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    release = folder / "release.txt"
    shutil.copy(SAMPLES / f"{SEED_2008}.txt", release)
    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    load_run(
        layout.database, stage_run([folder], layout, "r1"), run_record("r1"), layout.failed_runs_dir
    )
    (old_id,) = sql(layout.database, "SELECT release_id FROM releases")[0]

    # A corrected headline makes it a different release; the old one must not linger.
    release.write_bytes(release.read_bytes().replace(b"Event Triggers", b"IND Triggers", 1))
    load_run(
        layout.database, stage_run([folder], layout, "r2"), run_record("r2"), layout.failed_runs_dir
    )

    assert sql(layout.database, "SELECT headline FROM releases") == [
        ("IND Triggers $1.5 Million Payment from Biogen Idec",)
    ]
    for table in ("releases", "tickers", "money", "phases"):
        assert sql(
            layout.database, f"SELECT count(*) FROM {table} WHERE release_id = ?", [old_id]
        ) == [(0,)]


def test_every_table_view_and_column_says_what_it_means(tmp_path):
    from load.comments import documented

    database = load_samples(tmp_path)
    assert sql(
        database, "SELECT count(*) FROM duckdb_columns() WHERE comment IS NULL AND NOT internal"
    ) == [(0,)]
    assert sql(database, "SELECT count(*) FROM duckdb_tables() WHERE comment IS NULL") == [(0,)]
    assert sql(
        database, "SELECT count(*) FROM duckdb_views() WHERE comment IS NULL AND NOT internal"
    ) == [(0,)]
    assert sql(
        database,
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'money' "
        "AND column_name = 'in_totals'",
    ) == [(documented()["money"].columns["in_totals"],)]
    assert documented()["money"].columns["in_totals"].startswith("whether a sum may add it")
