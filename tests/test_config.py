from pathlib import Path

import pytest

from extract.web import WebSource
from flows.config import ConfigError, load_config, split_sources


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "biopress.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_gives_warehouse_fetch_settings_and_sources(tmp_path):
    config = load_config(
        write(
            tmp_path,
            """
warehouse = "data/w.duckdb"
[fetch]
user_agent = "acme-bot/2 (ops@acme.test)"
min_interval_seconds = 2
retries = 1
[[sources]]
path = "releases"
[[sources]]
name = "news"
url = "https://acme.test/news"
kind = "listing"
max_pages = 5
link_pattern = "/news/20"
""",
        )
    )
    assert config.warehouse == tmp_path / "data" / "w.duckdb"
    assert (config.fetch.user_agent, config.fetch.min_interval_seconds, config.fetch.retries) == (
        "acme-bot/2 (ops@acme.test)",
        2.0,
        1,
    )
    assert (config.task_runner, config.workers) == ("processes", None)
    assert (config.cron, config.timezone) == ("0 2 * * *", "UTC")
    assert config.local_sources == [str(tmp_path / "releases")]
    assert config.web_sources == [
        WebSource("https://acme.test/news", "listing", "news", 5, "/news/20")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1", "unknown settings ['colour']"),
        ("[fetch]\nretries = 'many'", "[fetch] retries must be a int"),
        ("[fetch]\nspeed = 1", "[fetch] has unknown settings ['speed']"),
        ("[[sources]]\nname = 'x'", "source #1 needs exactly one of `path` or `url`"),
        ("[[sources]]\nurl = 'https://a.test'\nkind = 'blog'", "kind must be one of page"),
        ("[[sources]]\nurl = 'ftp://a.test'", "url must start with http:// or https://"),
        ("[[sources]]\nurl = 'https://a.test'\nmax_pages = 0", "max_pages must be a whole"),
        ("[[sources]\n", "not valid TOML"),
        ("[run]\ntask_runner = 'gpu'", "[run] task_runner must be one of processes, threads"),
        ("[run]\nworkers = 0", "[run] workers must be a whole number of at least 1"),
        ("[schedule]\ncron = '2am'", "[schedule] cron must be five fields"),
        ("[schedule]\ntimezone = 'Mars/Olympus'", "timezone 'Mars/Olympus' is not a known"),
    ],
)
def test_config_errors_name_the_file_and_the_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)


def test_command_line_sources_split_into_paths_and_urls():
    local, web = split_sources(["releases", "feed:https://a.test/rss", "https://a.test/p"])
    assert local == ["releases"]
    assert web == [WebSource("https://a.test/rss", "feed"), WebSource("https://a.test/p")]


def test_config_gives_the_task_runner_and_the_schedule(tmp_path):
    config = load_config(
        write(
            tmp_path,
            '[run]\ntask_runner = "dask"\nworkers = 4\n'
            '[schedule]\ncron = "30 3 * * 1-5"\ntimezone = "America/New_York"\n',
        )
    )
    assert (config.task_runner, config.workers) == ("dask", 4)
    assert (config.cron, config.timezone) == ("30 3 * * 1-5", "America/New_York")
