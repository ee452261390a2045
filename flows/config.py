"""The `biopress.toml` configuration file: warehouse, fetch politeness, and sources."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extract.http import FetchSettings
from extract.web import SOURCE_KINDS, WebSource, is_web_source, parse_source_spec
from flows.defaults import DEFAULT_CRON, DEFAULT_TASK_RUNNER, DEFAULT_TIMEZONE, TASK_RUNNERS

SOURCE_KEYS = {"name", "path", "url", "kind", "max_pages", "link_pattern"}


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
        config.warehouse = (path.parent / str(data["warehouse"])).resolve()
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
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ConfigError(f"{path}: [run] workers must be a whole number of at least 1")
    config.task_runner, config.workers = runner, workers


def schedule_problem(cron: object, timezone: object) -> str | None:
    """Why a cron expression and time zone cannot schedule the job, or None."""
    if not isinstance(cron, str) or len(cron.split()) != 5:
        return f'cron must be five fields, like "0 2 * * *", not {cron!r}'
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


def _fetch_settings(path: Path, table: dict[str, Any]) -> FetchSettings:
    fields = {f.name: f for f in dataclasses.fields(FetchSettings)}
    unknown = set(table) - set(fields)
    if unknown:
        raise ConfigError(f"{path}: [fetch] has unknown settings {sorted(unknown)}")
    values = {}
    for key, value in table.items():
        expected = type(getattr(FetchSettings(), key))
        if expected is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{path}: [fetch] {key} must be a {expected.__name__}")
        values[key] = value
    return FetchSettings(**values)


def _add_source(path: Path, number: int, entry: dict[str, Any], config: Config) -> None:
    where = f"{path}: source #{number}"
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise ConfigError(f"{where} has unknown keys {sorted(unknown)}")
    if ("path" in entry) == ("url" in entry):
        raise ConfigError(f"{where} needs exactly one of `path` or `url`")
    name = str(entry.get("name", entry.get("path", entry.get("url"))))
    if "path" in entry:
        local = str((path.parent / str(entry["path"])).resolve())
        config.local_sources.append(local)
        config.source_names[local] = name
        return
    kind = entry.get("kind")
    if kind is not None and kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}")
    max_pages = entry.get("max_pages", 3)
    if not isinstance(max_pages, int) or max_pages < 1:
        raise ConfigError(f"{where}: max_pages must be a whole number of at least 1")
    url = str(entry["url"])
    if not is_web_source(url):
        raise ConfigError(f"{where}: url must start with http:// or https://")
    config.web_sources.append(
        WebSource(
            url=url,
            kind=kind,
            name=name,
            max_pages=max_pages,
            link_pattern=entry.get("link_pattern"),
        )
    )
    config.source_names[url] = name
