"""`biopress serve`: a schedule a minute away produces a completed run, on a local server that
serve starts itself (Prefect does not schedule on its temporary server)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT, SAMPLES
from tests.helpers import sql

pytestmark = pytest.mark.e2e


def test_serve_fires_a_scheduled_run_that_completes(tmp_path):
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_HOME", "PREFECT_API_URL")}
    serve = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows",
            "serve",
            "--source",
            str(SAMPLES),
            "--warehouse",
            str(warehouse),
            "--cron",
            "* * * * *",
            "--task-runner",
            "threads",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 200  # server start (~25 s fresh) + up to a minute + run
        while not (warehouse.exists() and sql(warehouse, "SELECT count(*) FROM runs")[0][0]):
            assert serve.poll() is None, serve.communicate()[0]
            assert time.monotonic() < deadline, "no scheduled run completed"
            time.sleep(1)
        assert sql(warehouse, "SELECT status, n_new, n_releases FROM runs") == [("completed", 3, 3)]
        # Ctrl-C in a terminal signals the whole foreground process group. While a scheduled
        # run is starting Prefect's runner may not stop on it (seen under load): then SIGTERM.
        os.killpg(serve.pid, signal.SIGINT)
        try:
            output = serve.communicate(timeout=45)[0]
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGTERM)
            output = serve.communicate(timeout=45)[0]
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
    assert "biopress serve: Prefect server http://127.0.0.1:" in output
    assert "schedule '* * * * *' (UTC)" in output
    assert (warehouse.parent / ".prefect" / "server.log").is_file()


def test_prefect_yaml_deploys_the_nightly_flow_once_a_night_one_at_a_time():
    spec = yaml.safe_load((PROJECT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = spec["deployments"]
    path, name = deployment["entrypoint"].split(":")
    assert (PROJECT / path).is_file()
    assert f"def {name}(" in (PROJECT / path).read_text(encoding="utf-8")
    assert deployment["schedules"] == [{"cron": "0 2 * * *", "timezone": "UTC"}]
    assert deployment["concurrency_limit"] == 1
    assert set(deployment["parameters"]) <= {
        "sources",
        "warehouse",
        "web_sources",
        "fetch_settings",
        "batch_size",
        "max_document_bytes",
        "reprocess",
    }
    assert Path(PROJECT / deployment["parameters"]["sources"][0]).is_dir()
