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
        ("[fetch]\nretries = 'many'", "[fetch] retries must be a whole number"),
        ("[fetch]\nspeed = 1", "[fetch] has unknown settings ['speed']"),
        ("[[sources]]\nname = 'x'", "source #1 needs exactly one of `path` or `url`"),
        ("[[sources]]\nurl = 'https://a.test'\nkind = 'blog'", "kind must be one of page"),
        ("[[sources]]\nurl = 'ftp://a.test'", "url must start with http:// or https://"),
        ("[[sources]]\nurl = 'https://a.test'\nmax_pages = 0", "max_pages must be a whole"),
        ("[[sources]\n", "not valid TOML"),
        ("[run]\ntask_runner = 'gpu'", "[run] task_runner must be one of processes, threads"),
        ("[run]\nworkers = 0", "[run] workers must be a whole number from 1 to 256"),
        ("[run]\nworkers = 10000", "[run] workers must be a whole number from 1 to 256"),
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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[sources]]\nurl = "https://a.test/n"\nlink_pattern = "("',
            "source #1: link_pattern '('",
        ),
        ("[fetch]\nread_timeout_seconds = 0", "[fetch] read_timeout_seconds must be more than 0"),
        ("[fetch]\npage_timeout_seconds = -1", "[fetch] page_timeout_seconds must be more than 0"),
        ("[fetch]\nretries = -1", "[fetch] retries must be at least 0, not -1"),
        ("[fetch]\nmin_interval_seconds = -5", "[fetch] min_interval_seconds must be at least 0"),
        ("[fetch]\nmax_feed_items = 0", "[fetch] max_feed_items must be more than 0, not 0"),
        ("[fetch]\nretries = true", "[fetch] retries must be a whole number"),
        ('[fetch]\nuser_agent = " "', "[fetch] user_agent must not be empty"),
        ("sources = [1]", "source #1 must be a table"),
        ("sources = 3", "sources must be written as [[sources]] tables"),
        ("warehouse = 5", "warehouse must be a file path"),
        ("run = 1", "[run] must be a table of settings"),
        ('[schedule]\ncron = "61 * * * *"', "cron '61 * * * *': minute 61 is out of range 0-59"),
        ('[schedule]\ncron = "0 2 31 13 *"', "month 13 is out of range 1-12"),
        ('[schedule]\ncron = "0 2 * * mon-fri/0"', "day of week 'mon-fri/0' is not a value"),
        (
            '[[sources]]\nurl = "https://a.test/n"\nallowed_hosts = "b.test"',
            "allowed_hosts must be",
        ),
    ],
)
def test_every_setting_is_checked_before_anything_starts(tmp_path, text, message):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert str(error.value).startswith(str(tmp_path / "biopress.toml"))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_cron_names_steps_and_ranges_that_cron_accepts_are_accepted(tmp_path):
    for cron in ("0 2 * * *", "*/15 0-6 1,15 jan-mar mon-fri", "5 4 * * sun", "0 0 1 * 7"):
        assert load_config(write(tmp_path, f'[schedule]\ncron = "{cron}"')).cron == cron
