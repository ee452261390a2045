"""The `biopress.toml` configuration file: warehouse, fetch politeness, and sources."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extract.http import FetchSettings
from extract.web import SOURCE_KINDS, WebSource, is_web_source, parse_source_spec
from flows.defaults import (
    DEFAULT_CRON,
    DEFAULT_TASK_RUNNER,
    DEFAULT_TIMEZONE,
    MAX_WORKERS,
    TASK_RUNNERS,
)
from load.layout import warehouse_path

SOURCE_KEYS = {"name", "path", "url", "kind", "max_pages", "link_pattern", "allowed_hosts"}


class ConfigError(ValueError):
    """A configuration file that cannot be used, with the file and the reason."""


@dataclass
class Config:
    warehouse: Path | None = None
    task_runner: str = DEFAULT_TASK_RUNNER
    workers: int | None = None
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE
    fetch: FetchSettings = field(default_factory=FetchSettings)
    local_sources: list[str] = field(default_factory=list)
    web_sources: list[WebSource] = field(default_factory=list)
    source_names: dict[str, str] = field(default_factory=dict)  # path or url -> name


def split_sources(specs: list[str]) -> tuple[list[str], list[WebSource]]:
    """Command-line sources into local paths and web sources (``URL`` or ``KIND:URL``)."""
    local = [spec for spec in specs if not is_web_source(spec)]
    web = [parse_source_spec(spec) for spec in specs if is_web_source(spec)]
    return local, web


def load_config(path: Path) -> Config:
    """Read and check a configuration file; every problem names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    unknown = set(data) - {"warehouse", "fetch", "sources", "run", "schedule"}
    if unknown:
        raise ConfigError(f"{path}: unknown settings {sorted(unknown)}")
    config = Config()
    if "warehouse" in data:
        if not isinstance(data["warehouse"], str) or not data["warehouse"].strip():
            raise ConfigError(f"{path}: warehouse must be a file path (a string)")
        config.warehouse = warehouse_path(path.parent / data["warehouse"])
    for table in ("run", "schedule"):
        if not isinstance(data.get(table, {}), dict):
            raise ConfigError(f"{path}: [{table}] must be a table of settings")
    if not isinstance(data.get("sources", []), list):
        raise ConfigError(f"{path}: sources must be written as [[sources]] tables")
    config.fetch = _fetch_settings(path, data.get("fetch", {}))
    _run_settings(path, data.get("run", {}), config)
    _schedule(path, data.get("schedule", {}), config)
    for number, entry in enumerate(data.get("sources", []), start=1):
        _add_source(path, number, entry, config)
    return config


def _run_settings(path: Path, table: dict[str, Any], config: Config) -> None:
    unknown = set(table) - {"task_runner", "workers"}
    if unknown:
        raise ConfigError(f"{path}: [run] has unknown settings {sorted(unknown)}")
    runner = table.get("task_runner", config.task_runner)
    if runner not in TASK_RUNNERS:
        raise ConfigError(f"{path}: [run] task_runner must be one of {', '.join(TASK_RUNNERS)}")
    workers = table.get("workers")
    if workers is not None and (
        not isinstance(workers, int) or isinstance(workers, bool) or not 1 <= workers <= MAX_WORKERS
    ):
        raise ConfigError(f"{path}: [run] workers must be a whole number from 1 to {MAX_WORKERS}")
    config.task_runner, config.workers = runner, workers


CRON_FIELDS = (  # name, lowest, highest, names
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    (
        "month",
        1,
        12,
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    ),
    ("day of week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)
CRON_ITEM = re.compile(r"^(\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/([0-9]+))?$")


def _cron_field_problem(text: str, name: str, low: int, high: int, names: list[str]) -> str:
    """Why one field of a cron expression is not valid, or ""."""
    for item in text.lower().split(","):
        match = CRON_ITEM.match(item)
        if not match or (match.group(2) is not None and int(match.group(2)) == 0):
            return f"{name} {text!r} is not a value, range, list or step"
        if match.group(1) == "*":
            continue
        for bound in match.group(1).split("-"):
            value = names.index(bound) + (1 if low == 1 else 0) if bound in names else None
            if value is None and not bound.isdigit():
                return f"{name} {bound!r} is not a number"
            value = int(bound) if value is None else value
            if not low <= value <= high:
                return f"{name} {value} is out of range {low}-{high}"
    return ""


def schedule_problem(cron: object, timezone: object) -> str | None:
    """Why a cron expression and time zone cannot schedule the job, or None."""
    if not isinstance(cron, str) or len(cron.split()) != 5:
        return f'cron must be five fields, like "0 2 * * *", not {cron!r}'
    for text, (name, low, high, names) in zip(cron.split(), CRON_FIELDS, strict=True):
        problem = _cron_field_problem(text, name, low, high, list(names))
        if problem:
            return f"cron {cron!r}: {problem}"
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return f"timezone {timezone!r} is not a known time zone"
    return None


def _schedule(path: Path, table: dict[str, Any], config: Config) -> None:
    unknown = set(table) - {"cron", "timezone"}
    if unknown:
        raise ConfigError(f"{path}: [schedule] has unknown settings {sorted(unknown)}")
    cron, timezone = table.get("cron", config.cron), table.get("timezone", config.timezone)
    problem = schedule_problem(cron, timezone)
    if problem:
        raise ConfigError(f"{path}: [schedule] {problem}")
    config.cron, config.timezone = cron, str(timezone)


# (lowest allowed, whether the lowest itself is allowed) per numeric [fetch] setting
FETCH_RANGES: dict[str, tuple[float, bool]] = {
    "min_interval_seconds": (0, True),
    "connect_timeout_seconds": (0, False),
    "read_timeout_seconds": (0, False),
    "page_timeout_seconds": (0, False),
    "max_page_bytes": (0, False),
    "max_redirects": (0, True),
    "retries": (0, True),
    "backoff_seconds": (0, True),
    "max_retry_after_seconds": (0, True),
    "max_links_per_listing": (0, False),
    "max_feed_items": (0, False),
    "max_host_failures": (0, False),
}


def _fetch_settings(path: Path, table: dict[str, Any]) -> FetchSettings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [fetch] must be a table of settings")
    fields = {f.name: f for f in dataclasses.fields(FetchSettings)}
    unknown = set(table) - set(fields)
    if unknown:
        raise ConfigError(f"{path}: [fetch] has unknown settings {sorted(unknown)}")
    values = {}
    for key, value in table.items():
        expected = type(getattr(FetchSettings(), key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{path}: [fetch] {key} must be a {_type_name(expected)}")
        if key in FETCH_RANGES:
            lowest, allowed = FETCH_RANGES[key]
            if value < lowest or (value == lowest and not allowed) or value != value:
                relation = "at least" if allowed else "more than"
                raise ConfigError(f"{path}: [fetch] {key} must be {relation} {lowest}, not {value}")
        if key == "user_agent" and not value.strip():
            raise ConfigError(f"{path}: [fetch] user_agent must not be empty")
        values[key] = value
    return FetchSettings(**values)


def _type_name(expected: type) -> str:
    return {
        float: "number",
        int: "whole number",
        str: "string",
    }.get(expected, expected.__name__)


def _add_source(path: Path, number: int, entry: Any, config: Config) -> None:
    where = f"{path}: source #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a table: write it as [[sources]] with path or url")
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise ConfigError(f"{where} has unknown keys {sorted(unknown)}")
    if ("path" in entry) == ("url" in entry):
        raise ConfigError(f"{where} needs exactly one of `path` or `url`")
    name = str(entry.get("name", entry.get("path", entry.get("url"))))
    if "path" in entry:
        if not isinstance(entry["path"], str) or not entry["path"].strip():
            raise ConfigError(f"{where}: path must be a file or folder path (a string)")
        local = str((path.parent / entry["path"]).resolve())
        config.local_sources.append(local)
        config.source_names[local] = name
        return
    kind = entry.get("kind")
    if kind is not None and kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}")
    max_pages = entry.get("max_pages", 3)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise ConfigError(f"{where}: max_pages must be a whole number of at least 1")
    url = entry["url"]
    if not isinstance(url, str) or not is_web_source(url):
        raise ConfigError(f"{where}: url must start with http:// or https://")
    link_pattern = entry.get("link_pattern")
    if link_pattern is not None:
        if not isinstance(link_pattern, str):
            raise ConfigError(f"{where}: link_pattern must be a string (a regular expression)")
        try:
            re.compile(link_pattern)
        except re.error as error:
            raise ConfigError(
                f"{where}: link_pattern {link_pattern!r} is not a regular expression: {error}"
            ) from None
    allowed_hosts = entry.get("allowed_hosts", [])
    if not isinstance(allowed_hosts, list) or not all(
        isinstance(host, str) and host for host in allowed_hosts
    ):
        raise ConfigError(f"{where}: allowed_hosts must be a list of host names")
    config.web_sources.append(
        WebSource(
            url=url,
            kind=kind,
            name=name,
            max_pages=max_pages,
            link_pattern=link_pattern,
            allowed_hosts=tuple(host.lower() for host in allowed_hosts),
        )
    )
    config.source_names[url] = name
