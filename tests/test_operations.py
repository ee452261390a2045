"""Nightly operations: safe publishing, quality gates, the run ledger, reprocessing, crash safety.

Runs go through the real flow and, where a second process matters, through the real CLI in its
own process against the session's Prefect server.
"""

from __future__ import annotations

import fcntl
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from load.layout import WarehouseLayout
from load.publish import WarehouseBusy
from load.warehouse import ROW_GROUP_SIZE, connect_writable
from scripts.synthetic_releases import synthetic_release
from tests.conftest import PROJECT, SAMPLES
from tests.helpers import row_counts, sql

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_server")]


def run(sources: list[Path], warehouse: Path, runner: str = "threads", **options):
    from flows.nightly import nightly_run
    from flows.runners import make_task_runner

    flow = nightly_run.with_options(task_runner=make_task_runner(runner, 2))
    return flow(sources=[str(s) for s in sources], warehouse=str(warehouse), **options)


def cli_env() -> dict[str, str]:
    """The CLI in another process, talking to this session's Prefect server."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "CI": "1"}


def cli(*args: str, env: dict[str, str] | None = None, **popen) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "flows", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or cli_env(),
        cwd=PROJECT / "tests",
        **popen,
    )


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    """Forty synthetic releases of our own (scripts/synthetic_releases.py)."""
    folder = tmp_path / "synthetic"
    folder.mkdir()
    rng = random.Random(11)
    for number in range(40):
        (folder / f"release-{number:03d}.txt").write_text(synthetic_release(rng), encoding="utf-8")
    return folder


HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print(con.execute("SELECT count(*) FROM releases").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("SELECT count(*) FROM releases").fetchone()[0], flush=True)
"""


@pytest.mark.parametrize("mode", ["ro", "rw"])
def test_a_run_publishes_while_an_analyst_holds_the_warehouse_open(mode, tmp_path, synthetic):
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    run([SAMPLES], warehouse)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(warehouse), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "3"

        summary = run([SAMPLES, synthetic], warehouse)
        assert (summary.status, summary.n_new) == ("completed", 40)

        # The open session still sees the version it opened, whole; a new one sees the new one.
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "3"
    finally:
        holder.kill()
        holder.wait()
    assert sql(warehouse, "SELECT count(*) FROM releases") == [(43,)]
    assert not any((warehouse.parent / "staging").iterdir())


def test_the_warehouse_file_opens_in_duckdb_1_0_storage_format(tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    run([SAMPLES], warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (tags,) = con.execute(
            "SELECT tags FROM duckdb_databases() WHERE database_name = 'biopress'"
        ).fetchone()
    assert tags["storage_version"] == "v1.0.0+"


def test_the_load_connection_writes_small_row_groups_into_a_1_0_file(tmp_path):
    # A commit checkpoints whole row groups: small ones keep a big load's memory down.
    database = tmp_path / "w.duckdb"
    with connect_writable(database) as con:
        con.execute(f"CREATE TABLE t AS SELECT range AS i FROM range({2 * ROW_GROUP_SIZE + 1})")
    with duckdb.connect(str(database), read_only=True) as con:
        (groups,) = con.execute(
            "SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('t')"
        ).fetchone()
        (tags,) = con.execute(
            "SELECT tags FROM duckdb_databases() WHERE database_name = 'w'"
        ).fetchone()
    assert ROW_GROUP_SIZE < 122_880
    assert groups == 3
    assert tags["storage_version"] == "v1.0.0+"


def test_the_load_connection_keeps_no_copy_of_the_parquet_files_it_reads(tmp_path):
    # DuckDB caches the Parquet files it reads; a load reads each staged file once or twice.
    pq.write_table(pa.table({"i": list(range(1000))}), tmp_path / "t.parquet")
    with connect_writable(tmp_path / "w.duckdb") as con:
        (n,) = con.execute(f"SELECT count(*) FROM '{tmp_path / 't.parquet'}'").fetchone()
        (cached,) = con.execute(
            "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
            "WHERE tag = 'EXTERNAL_FILE_CACHE'"
        ).fetchone()
    assert n == 1000
    assert cached == 0


def test_runs_ledger_records_stages_checks_and_runner(tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    summary = run([SAMPLES], warehouse)
    (row,) = sql(
        warehouse,
        "SELECT status, n_new, n_releases, task_runner, n_check_errors, n_check_warnings, "
        "seconds_total > 0, seconds_repair > 0, seconds_extract > 0, seconds_load > 0, "
        "seconds_checks > 0, seconds_publish > 0 FROM runs",
    )
    assert row == ("completed", 3, 3, "threads (2)", 0, 0, *[True] * 6)
    assert sql(warehouse, "SELECT check_name FROM checks WHERE NOT passed") == []
    checks = dict(sql(warehouse, "SELECT check_name, passed FROM checks"))
    for name in (
        "releases.key_unique",
        "money.kind.accepted_values",
        "events.event_type.accepted_values",
        "money.release_exists",
        "documents.loaded_have_release",
        "releases.volume_change",
        "run.quarantine_share",
    ):
        assert checks[name] is True, name
    assert {c.name for c in summary.checks} == set(checks)
    assert sql(warehouse, "SELECT DISTINCT run_id FROM documents") == [(summary.run_id,)]


@pytest.mark.parametrize(
    ("damage", "check", "message"),
    [
        # a money row with a kind outside the vocabulary
        (
            "UPDATE money SET kind = 'bonus' WHERE amount_usd = 1000000 AND in_totals",
            "money.kind.accepted_values",
            "1 money.kind values outside its vocabulary",
        ),
        # a guessed year written into published_date
        (
            "UPDATE releases SET date_inferred = true, guessed_date = published_date "
            "WHERE published_date = DATE '2011-11-03'",
            "releases.guess_is_no_date",
            "1 releases whose guessed year is in published_date",
        ),
    ],
)
def test_a_failed_error_check_blocks_publishing_and_names_the_check(
    tmp_path, synthetic, damage, check, message
):
    warehouse = tmp_path / "biopress.duckdb"
    run([SAMPLES], warehouse)
    # Someone wrote a row that breaks the warehouse's contract.
    with duckdb.connect(str(warehouse)) as con:
        con.execute(damage)
    before = row_counts(warehouse)

    with pytest.raises(Exception, match=re.escape(f"{check}: {message}")):
        run([synthetic], warehouse)

    assert row_counts(warehouse) == before  # not published
    layout = WarehouseLayout(warehouse)
    assert not any(layout.staging_dir.iterdir())
    (failed,) = list(layout.failed_runs_dir.glob("*.parquet"))
    assert check in sql(warehouse, f"SELECT error FROM read_parquet('{failed}')")[0][0]


def test_a_second_run_at_the_same_time_is_refused(tmp_path):
    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    with open(layout.lock_file, "a+") as other_run:  # the lock as another process holds it
        fcntl.flock(other_run, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(WarehouseBusy, match="another biopress run"):
            run([SAMPLES], layout.database)


def test_reprocess_reads_the_archive_and_never_the_sources(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    for path in SAMPLES.glob("*.txt"):
        (sources / path.name).write_bytes(path.read_bytes())
    warehouse = tmp_path / "biopress.duckdb"
    run([sources], warehouse)
    before = row_counts(warehouse)
    for path in sources.iterdir():
        path.unlink()
    sources.rmdir()

    outdated = run([], warehouse, reprocess="outdated")  # same extractor: nothing to do
    assert (outdated.n_seen, outdated.n_updated) == (0, 0)
    everything = run([], warehouse, reprocess="all")
    assert (everything.n_seen, everything.n_updated, everything.n_quarantined) == (3, 3, 0)
    assert row_counts(warehouse) == before
    assert sql(warehouse, "SELECT count(DISTINCT run_id) FROM releases") == [(1,)]
    assert sql(warehouse, "SELECT run_id FROM releases LIMIT 1") == [(everything.run_id,)]


def test_each_run_attaches_a_markdown_report_to_its_flow_run(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    summary = run([SAMPLES], tmp_path / "biopress.duckdb")
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["biopress-run-report"]))
        )
    reports = [a for a in artifacts if str(a.flow_run_id) == summary.run_id]
    assert len(reports) == 1
    text = str(reports[0].data)
    assert f"biopress run `{summary.run_id}`: completed" in text
    assert f"| {SAMPLES} | 3 | 3 | 0 | 0 | 0 |" in text
    assert "releases.key_unique | ERROR | ok" in text


@pytest.mark.parametrize("runner", ["processes", "dask"])
def test_batches_run_in_worker_processes_with_the_same_result(runner, tmp_path, synthetic):
    on_threads = run([SAMPLES, synthetic], tmp_path / "threads.duckdb", batch_size=10)
    elsewhere = run([SAMPLES, synthetic], tmp_path / f"{runner}.duckdb", runner, batch_size=10)
    assert elsewhere.n_new == on_threads.n_new == 43
    assert row_counts(tmp_path / f"{runner}.duckdb") == row_counts(tmp_path / "threads.duckdb")
    expected = "processes (2)" if runner == "processes" else "DaskTaskRunner"
    assert sql(tmp_path / f"{runner}.duckdb", "SELECT task_runner FROM runs") == [(expected,)]


HEAVY_MODULES = "sorted(m for m in ('prefect', 'duckdb') if m in __import__('sys').modules)"
# the extraction, imported by the worker's server before the worker was forked
WARM_MODULES = (
    "sorted(m for m in ('transform.builders', 'transform.release') "
    "if m in __import__('sys').modules)"
)


def test_batch_workers_hold_no_prefect_nor_duckdb_start_lazily_and_stop_when_released():
    from flows.runners import WorkerPoolTaskRunner, release_workers, run_in_workers

    assert run_in_workers(os.getpid) == os.getpid()  # no pool: the task's own thread
    with WorkerPoolTaskRunner(2):
        worker = run_in_workers(os.getpid)
        assert worker != os.getpid()
        server = psutil.Process(worker).parent()  # forked from the warm server, ours
        assert server.parent().pid == os.getpid() and "forkserver" in " ".join(server.cmdline())
        assert run_in_workers(eval, HEAVY_MODULES) == []
        assert run_in_workers(eval, WARM_MODULES) == ["transform.builders", "transform.release"]
        release_workers()
        assert not psutil.pid_exists(worker)
        assert not psutil.pid_exists(server.pid)  # its memory freed for the load
        assert run_in_workers(os.getpid) not in (worker, os.getpid())  # a new pool
    assert run_in_workers(os.getpid) == os.getpid()


def test_the_flow_process_does_not_compile_the_extraction_rules():
    """Only the workers extract: the flow's own modules, its checks and its report name the
    extractor's version and the tables' values without importing the rules (about 1.3 s of
    regular expressions compiled, in the flow's critical path, measured)."""
    probe = (
        "import sys, flows.cli, flows.nightly, flows.tasks, flows.runners, load.checks, "
        "load.report, load.views, transform; from transform import extractor_version; "
        "print(extractor_version()); "
        "print(sorted(m for m in ('transform.release', 'transform.builders', 'transform.repair') "
        "if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    from transform.release import extractor_version

    assert found == [extractor_version(), "[]"]


def _wait_for(condition, process: subprocess.Popen[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run never reached the stage"
        time.sleep(0.02)


@pytest.mark.parametrize("stage", ["staged", "transform"])
def test_sigkill_at_any_stage_leaves_the_last_good_warehouse_and_the_next_run_finishes(
    stage, tmp_path, synthetic
):
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    layout = WarehouseLayout(warehouse)
    run([SAMPLES], warehouse)
    good = row_counts(warehouse)
    good_bytes = warehouse.read_bytes()

    process = cli(
        "run",
        "--source",
        str(SAMPLES),
        "--source",
        str(synthetic),
        "--warehouse",
        str(warehouse),
        "--task-runner",
        "threads",
        "--batch-size",
        "5",
    )

    def reached() -> bool:
        if stage == "staged":
            return any(layout.staging_dir.glob("*.duckdb"))
        return (
            any(layout.parquet_dir.glob("run_id=*/documents/batch-*.parquet"))
            and len(list(layout.parquet_dir.glob("run_id=*"))) == 2
        )

    _wait_for(reached, process)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert warehouse.read_bytes() == good_bytes  # the published file was never touched
    assert row_counts(warehouse) == good

    summary = run([SAMPLES, synthetic], warehouse)
    assert (summary.n_new, summary.n_unchanged) == (40, 3)
    counts = row_counts(warehouse)
    assert counts["releases"] == 43 and counts["documents"] == 43
    assert sql(warehouse, "SELECT count(*) FROM (SELECT DISTINCT * FROM money)") == sql(
        warehouse, "SELECT count(*) FROM money"
    )
    assert not any(layout.staging_dir.iterdir())
    assert sorted(p.name for p in layout.parquet_dir.iterdir()) == sorted(
        f"run_id={run_id}" for (run_id,) in sql(warehouse, "SELECT run_id FROM runs")
    )


def test_backfill_reads_listing_pages_past_max_pages_back_to_the_date(site, tmp_path):
    from extract.http import FetchSettings
    from extract.web import WebSource
    from tests.test_fetch import _dated_listing

    _dated_listing(site)
    warehouse = tmp_path / "biopress.duckdb"
    settings = FetchSettings(min_interval_seconds=0.0, retries=0, user_agent="biopress-test")
    listing = [WebSource(site.url("/newsroom"), kind="listing", max_pages=1)]
    nightly = run([], warehouse, web_sources=listing, fetch_settings=settings)
    assert (nightly.n_new, site.statuses("/newsroom?page=2")) == (2, [])

    backfill = run(
        [], warehouse, web_sources=listing, fetch_settings=settings, backfill_since="2009-08-14"
    )
    assert (backfill.n_new, backfill.n_unchanged) == (2, 2)
    assert site.statuses("/newsroom?page=4") == []
    assert sql(warehouse, "SELECT count(*) FROM documents WHERE source_uri LIKE '%/news/%'") == [
        (4,)
    ]


def test_a_run_that_loads_nothing_skips_the_contract_checks_but_not_the_warnings(tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    run([SAMPLES], warehouse)
    again = run([SAMPLES], warehouse)
    assert again.n_unchanged == 3
    rows = sql(
        warehouse,
        "SELECT severity, passed, count(*) FROM checks WHERE run_id = ? GROUP BY ALL ORDER BY 1",
        [again.run_id],
    )
    (errors, warnings) = rows
    assert errors[:2] == ("ERROR", None) and errors[2] > 50
    assert warnings == ("WARN", True, 3)
    assert "skipped (nothing loaded)" in again.render()


def test_sigkill_of_a_run_leaves_no_process_behind(tmp_path, synthetic):
    """The run's own Prefect server and its worker processes end with it."""
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    layout = WarehouseLayout(warehouse)
    env = {k: v for k, v in cli_env().items() if k != "PREFECT_API_URL"}  # a server of its own
    for number in range(40, 400):
        shutil.copy(synthetic / f"release-{number % 40:03d}.txt", synthetic / f"copy-{number}.txt")
        with (synthetic / f"copy-{number}.txt").open("a") as out:
            out.write(f"\nReference {number}.\n")
    process = cli(
        "run",
        "--source",
        str(synthetic),
        "--warehouse",
        str(warehouse),
        "--task-runner",
        "processes",
        "--workers",
        "2",
        "--batch-size",
        "20",
        env=env,
    )
    tree = psutil.Process(process.pid)

    def transforming() -> bool:
        names = [_cmdline(p) for p in tree.children(recursive=True)]
        return (
            any("prefect" in n and "server" in n for n in names)
            and any("multiprocessing" in n for n in names)
            and any(layout.parquet_dir.glob("run_id=*/documents/batch-*.parquet"))
        )

    _wait_for(transforming, process, timeout=180)
    descendants = tree.children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait()
    gone, alive = psutil.wait_procs(descendants, timeout=15)
    assert alive == [], [_cmdline(p) for p in alive]
    assert len(gone) >= 4  # the Prefect server, two workers, multiprocessing's tracker


def test_a_verbose_run_on_a_server_of_its_own_ends_with_its_work(tmp_path):
    """The logs a verbose run sends to its own Prefect server reach it before it stops: left
    for Prefect's exit handler, they went to the stopped server, retried for about 70 s after
    the summary (measured). The process now ends within seconds of printing it."""
    # a server of its own, and Prefect's logging as --verbose sets it (not the tests' WARNING)
    env = {
        k: v for k, v in cli_env().items() if k not in ("PREFECT_API_URL", "PREFECT_LOGGING_LEVEL")
    }
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    command = ["run", "--verbose", "--source", str(SAMPLES), "--warehouse", str(warehouse)]
    process = subprocess.Popen(
        [sys.executable, "-m", "flows", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=PROJECT / "tests",
    )
    assert process.stdout is not None
    summary = next(line for line in process.stdout if " completed in " in line)
    printed = time.monotonic()
    assert summary.startswith("biopress run ")
    process.stdout.read()
    assert process.wait(timeout=120) == 0
    assert time.monotonic() - printed < 15


def _cmdline(process: psutil.Process) -> str:
    """A process's command line; "" for one that ended while the tree was read (a short-lived
    child of the run)."""
    try:
        return " ".join(process.cmdline())
    except psutil.NoSuchProcess:
        return ""
