"""Publishing that no session can alter, and a warehouse that checks itself before a run
builds on it."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import pytest

from load.layout import WarehouseLayout
from tests.conftest import SAMPLES
from tests.helpers import row_counts, sql
from tests.test_nightly_flow import run

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_server")]

ANALYST = """
import duckdb, sys
con = duckdb.connect(sys.argv[1])  # read-write, as the DuckDB CLI opens a file by default
con.execute("CREATE TABLE scratch AS SELECT 42 AS answer")
con.execute("UPDATE money SET amount_usd = 1")
con.execute("DELETE FROM releases")
print("changed", flush=True)
sys.stdin.read()  # keep the session (and its write-ahead log) open until told to stop
con.execute("INSERT INTO scratch VALUES (43)")
con.close()
"""


def test_a_read_write_session_cannot_change_what_the_next_run_publishes(tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    run([SAMPLES], warehouse)
    published = row_counts(warehouse)
    amounts = sql(warehouse, "SELECT amount_usd FROM money ORDER BY 1")
    analyst = subprocess.Popen(
        [sys.executable, "-c", ANALYST, str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert analyst.stdout.readline() == "changed\n"
        again = run([SAMPLES], warehouse)
        assert again.status == "completed"
        # readers of the published warehouse see exactly what the run published
        assert row_counts(warehouse) == published
        assert sql(warehouse, "SELECT amount_usd FROM money ORDER BY 1") == amounts
        assert "scratch" not in {
            table for (table,) in sql(warehouse, "SELECT table_name FROM duckdb_tables()")
        }
        assert sql(warehouse, "SELECT current_database()") == [("biopress",)]
        analyst.communicate("done\n", timeout=60)
    finally:
        analyst.kill()
    assert analyst.returncode == 0  # the analyst's own session went on undisturbed
    layout = WarehouseLayout(warehouse)
    run([SAMPLES], warehouse)  # the analyst's version is no longer held: it is removed
    assert [p.name for p in layout.versions_dir.iterdir()] == [warehouse.resolve().parent.name]
    assert not list(tmp_path.glob("*.wal"))


def test_a_damaged_warehouse_stops_the_run_and_says_where(tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    run([SAMPLES], warehouse)
    version = warehouse.resolve()
    size = version.stat().st_size
    with open(version, "r+b") as out:
        out.seek(size // 2)
        out.write(os.urandom(65_536))
    damaged = version.read_bytes()

    with pytest.raises(Exception, match="is damaged") as failure:
        run([SAMPLES], warehouse)

    message = str(failure.value)
    assert message.startswith(f"{warehouse} is damaged (")
    assert "Corrupt database file" in message
    assert message.endswith(
        "nothing was changed. Restore it from a backup, or move it aside and run again to "
        "rebuild it from the sources"
    )
    assert warehouse.resolve() == version and version.read_bytes() == damaged
    layout = WarehouseLayout(warehouse)
    assert not any(layout.staging_dir.iterdir())
    (failed,) = layout.failed_runs_dir.glob("*.parquet")
    with duckdb.connect() as con:
        (error,) = con.execute(f"SELECT error FROM read_parquet('{failed}')").fetchone()
    assert error == message
