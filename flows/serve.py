"""`biopress serve`: the nightly deployment on a cron schedule, against a Prefect server.

Prefect schedules runs only on a real server, not on the temporary one a plain `biopress run`
starts. With PREFECT_API_URL set, that server is used; otherwise a local one is started beside
the warehouse (its state in the same PREFECT_HOME) and stopped when serving stops.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

DEPLOYMENT_NAME = "nightly"
PR_SET_PDEATHSIG = 1
SERVER_START_SECONDS = 120  # a fresh PREFECT_HOME builds Prefect's database first (~25 s here)


class ServerError(RuntimeError):
    """The local Prefect server did not start."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _die_with(parent_pid: int) -> Callable[[], None]:
    """For a child process: end it when ``parent_pid`` ends, even by SIGKILL (Linux's
    PR_SET_PDEATHSIG; the starting thread is the main thread, which lives as long as we do)."""

    def arrange() -> None:
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent_pid:  # the parent died before the request took effect
            os._exit(1)

    return arrange


@contextmanager
def prefect_server(log_file: Path) -> Iterator[str]:
    """The API URL of the configured Prefect server, or of a local one started for the duration.

    The local server ends with this process, even when it is killed: no run leaves a server
    behind."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PREFECT_UI_ENABLED": "false"},
            preexec_fn=_die_with(os.getpid()),
        )
    try:
        _wait_until_healthy(url, server, log_file)
        os.environ["PREFECT_API_URL"] = url
        yield url
    finally:
        _send_what_prefect_holds()
        os.environ.pop("PREFECT_API_URL", None)
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


SEND_SECONDS = 10  # for Prefect's queued logs and events to reach the server before it stops


def _send_what_prefect_holds() -> None:
    """Send the logs and events Prefect still holds while its server is up. Left for Prefect's
    own exit handler, they would go to a stopped server, which it retries for about 70 s
    (measured: a `--verbose` run's process outlived its work by that much)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=SEND_SECONDS)
    EventsWorker.drain_all(timeout=SEND_SECONDS)


def _wait_until_healthy(url: str, server: subprocess.Popen[bytes], log_file: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerError(f"the local Prefect server exited; see {log_file}")
        try:
            if requests.get(f"{url}/health", timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise ServerError(f"the local Prefect server did not answer in {SERVER_START_SECONDS} s")


def serve_nightly(cron: str, timezone: str, parameters: dict[str, Any]) -> None:
    """Serve the nightly flow on ``cron`` in ``timezone``, one run at a time, until stopped."""
    from prefect.schedules import Cron

    from flows.nightly import nightly_run

    nightly_run.serve(
        name=DEPLOYMENT_NAME,
        schedule=Cron(cron, timezone=timezone),
        parameters=parameters,
        global_limit=1,  # the deployment's concurrency limit: a late run waits for the last
        limit=1,  # this process starts at most one run at a time
        description="biopress nightly run: read the sources, extract, load, check, publish",
        pause_on_shutdown=False,
        print_starting_message=True,
    )
