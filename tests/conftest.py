"""Shared fixtures. Prefect is pointed at a throw-away home before anything imports it."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# worker processes a test spawns import this module again: they share the session's home
PREFECT_HOME = Path(
    os.environ.get("BIOPRESS_TEST_PREFECT_HOME")
    or tempfile.mkdtemp(prefix="biopress-test-prefect-")
)
os.environ["BIOPRESS_TEST_PREFECT_HOME"] = str(PREFECT_HOME)
os.environ["PREFECT_HOME"] = str(PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
# vocabularies built once for the session's processes, in a folder of its own (build_cache.py)
CACHE = Path(
    os.environ.get("BIOPRESS_TEST_CACHE") or tempfile.mkdtemp(prefix="biopress-test-cache-")
)
os.environ["BIOPRESS_TEST_CACHE"] = str(CACHE)
os.environ["BIOPRESS_CACHE_DIR"] = str(CACHE)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

pytest_plugins = ["tests.web_server"]

PROJECT = Path(__file__).resolve().parent.parent
SAMPLES = PROJECT / "samples" / "releases"
GOLD = PROJECT / "samples" / "gold"
SEED_2007, SEED_2008, SEED_2011 = (
    "000_0525e066f43c407d",
    "001_3508fe8e9e12d0a8",
    "003_9f871a6aebde5742",
)


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One real local Prefect server (SQLite) for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


def pytest_unconfigure(config: pytest.Config) -> None:
    """The throw-away home and cache go with the session, whether or not a flow test ran."""
    shutil.rmtree(PREFECT_HOME, ignore_errors=True)
    shutil.rmtree(CACHE, ignore_errors=True)


@pytest.fixture
def seed_text() -> dict[str, bytes]:
    return {path.stem: path.read_bytes() for path in sorted(SAMPLES.glob("*.txt"))}


def gold(seed: str) -> dict:
    return json.loads((GOLD / f"{seed}.gold.json").read_text(encoding="utf-8"))
