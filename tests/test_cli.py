"""The `biopress` command as a user runs it: a real process, a real warehouse file."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES, SEED_2011
from tests.helpers import CP1252_RELEASE, load_samples

MILESTONES = "SELECT amount_usd, kind FROM money WHERE in_totals ORDER BY amount_usd"


def biopress(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """The CLI in a real process, run from an empty folder unless told otherwise (the project's
    own biopress.toml would otherwise apply)."""
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        cwd=cwd or Path(tempfile.gettempdir()),
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def loaded_warehouse(tmp_path_factory) -> Path:
    """A warehouse loaded with the seeds by the load step directly (no Prefect start-up)."""
    return load_samples(tmp_path_factory.mktemp("wh"))


@pytest.mark.e2e
def test_run_keeps_prefect_state_beside_the_warehouse_and_reports_source_errors(tmp_path):
    releases = tmp_path / "releases"
    shutil.copytree(SAMPLES, releases)
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_HOME"}

    first = biopress("run", "--source", str(releases), "--warehouse", str(warehouse), env=env)
    assert first.returncode == 0, first.stderr
    assert "3 seen: 3 new, 0 updated, 0 unchanged, 0 quarantined" in first.stdout
    assert (warehouse.parent / ".prefect").is_dir()

    missing = tmp_path / "not-there"
    second = biopress(
        "run",
        "--source",
        str(missing),
        "--source",
        str(releases),
        "--warehouse",
        str(warehouse),
        env=env,
    )
    assert second.returncode == 3, second.stderr
    assert f"SOURCE ERROR  {missing}: no such file or folder" in second.stdout
    assert "3 seen: 0 new, 0 updated, 3 unchanged, 0 quarantined" in second.stdout


def test_run_without_sources_is_a_usage_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "BIOPRESS_SOURCES"}
    result = biopress("run", "--warehouse", str(tmp_path / "w.duckdb"), env=env)
    assert result.returncode == 2
    assert (
        "no sources; give --source PATH_OR_URL, list [[sources]] in biopress.toml, or set "
        "BIOPRESS_SOURCES" in result.stderr
    )


def test_query_prints_a_table_csv_and_json(loaded_warehouse):
    table = biopress("query", MILESTONES, "--warehouse", str(loaded_warehouse))
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines() == [
        "amount_usd  kind",
        "----------  ---------",
        " 1000000.0  milestone",
        " 1500000.0  milestone",
        "(2 rows)",
    ]
    as_csv = biopress("query", MILESTONES, "--warehouse", str(loaded_warehouse), "--format", "csv")
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [
        ["amount_usd", "kind"],
        ["1000000.0", "milestone"],
        ["1500000.0", "milestone"],
    ]
    as_json = biopress(
        "query",
        "SELECT published_date, issuer FROM releases ORDER BY 1 LIMIT 1",
        "--warehouse",
        str(loaded_warehouse),
        "--format",
        "json",
    )
    assert json.loads(as_json.stdout) == [
        {"published_date": "2007-08-01", "issuer": "ImmunoGen, Inc."}
    ]


def test_query_is_read_only_and_errors_are_plain(loaded_warehouse, tmp_path):
    write = biopress("query", "DELETE FROM releases", "--warehouse", str(loaded_warehouse))
    assert write.returncode == 1
    assert "read-only" in write.stderr
    missing = biopress("query", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1
    assert "no warehouse here yet; run `biopress run` first" in missing.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "COPY (SELECT 'x') TO '{warehouse}' (FORMAT csv)",
        "COPY releases TO '{out}' (FORMAT csv)",
        "EXPORT DATABASE '{out}'",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_csv('{out}')",
        "ATTACH '{out}' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
    ],
)
def test_query_cannot_read_or_write_files_outside_the_warehouse(
    statement, loaded_warehouse, tmp_path
):
    from load.warehouse import run_query

    before = loaded_warehouse.read_bytes()
    out = tmp_path / "out.csv"
    out.write_text("a\n1\n")
    with pytest.raises(duckdb.Error):
        run_query(loaded_warehouse, statement.format(warehouse=loaded_warehouse, out=out))
    assert loaded_warehouse.read_bytes() == before
    assert out.read_text() == "a\n1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_query_runs_exactly_one_statement_and_says_so_in_one_line(loaded_warehouse):
    second = biopress(
        "query", "SELECT 1; DROP TABLE releases", "--warehouse", str(loaded_warehouse)
    )
    assert (second.returncode, second.stdout) == (2, "")
    assert second.stderr == "biopress query: the query holds 2 statements; give exactly one\n"
    for empty in ("", "   ", ";"):
        result = biopress("query", empty, "--warehouse", str(loaded_warehouse))
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1
        assert "give one" in result.stderr
    copy = biopress(
        "query",
        f"COPY (SELECT 'x') TO '{loaded_warehouse}' (FORMAT csv)",
        "--warehouse",
        str(loaded_warehouse),
    )
    assert copy.returncode == 1
    assert copy.stderr.startswith("biopress query: Permission Error: Cannot access file")
    assert len(copy.stderr.splitlines()) == 1
    count = biopress(
        "query", "SELECT count(*) AS n FROM releases", "--warehouse", str(loaded_warehouse)
    )
    assert count.stdout.splitlines()[2].strip() == "3"


def test_clean_prints_the_text_the_extractors_see(tmp_path):
    release = tmp_path / "windows.txt"
    release.write_bytes(CP1252_RELEASE.encode("cp1252").replace(b"\n", b"\r\n"))
    result = biopress("clean", str(release))
    assert result.returncode == 0
    assert result.stdout == CP1252_RELEASE.strip() + "\n"

    seed = biopress("clean", str(SAMPLES / f"{SEED_2011}.txt"))
    assert seed.stdout.startswith(
        "ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement\n"
    )

    image = tmp_path / "logo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    rejected = biopress("clean", str(image))
    assert rejected.returncode == 1
    assert "would be quarantined: binary: PNG image, not a text document" in rejected.stderr


def test_console_script_is_installed_and_explains_each_command():
    script = Path(sys.executable).parent / "biopress"
    assert script.is_file()
    for command in ("run", "clean", "query", "sources"):
        result = subprocess.run([str(script), command, "--help"], capture_output=True, text=True)
        assert result.returncode == 0
        assert f"usage: biopress {command}" in result.stdout


def test_sources_lists_each_configured_source_with_its_last_read(loaded_warehouse, tmp_path):
    config = tmp_path / "biopress.toml"
    config.write_text(
        f'warehouse = "{loaded_warehouse}"\n'
        f'[[sources]]\nname = "samples"\npath = "{SAMPLES}"\n'
        '[[sources]]\nname = "wire"\nurl = "https://news.example.test/rss"\nkind = "feed"\n',
        encoding="utf-8",
    )
    result = biopress("sources", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "name",
        "kind",
        "source",
        "last_read_utc",
        "last_result",
        "documents",
    ]
    samples = lines[2].split()
    assert samples[:3] == ["samples", "path", str(SAMPLES)] and samples[-2:] == ["read", "3"]
    assert lines[3].split() == [
        "wire",
        "feed",
        "https://news.example.test/rss",
        "NULL",
        "never",
        "fetched",
        "0",
    ]
    # query finds the warehouse through the same config file
    count = biopress("query", "SELECT count(*) AS n FROM releases", cwd=tmp_path)
    assert count.stdout.splitlines()[2].strip() == "3"


def test_bad_config_is_a_usage_error_naming_file_and_key(tmp_path):
    config = tmp_path / "biopress.toml"
    config.write_text('[[sources]]\npath = "x"\nurl = "https://x.test"\n', encoding="utf-8")
    result = biopress("run", cwd=tmp_path)
    assert result.returncode == 2
    assert f"{config}: source #1 needs exactly one of `path` or `url`" in result.stderr


def test_clean_diff_lists_each_change_with_its_rule_and_spans():
    result = biopress("clean", "--diff", str(SAMPLES / f"{SEED_2011}.txt"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == "9 change(s)"
    assert "ocr_confusion_local_name (0.95)  'ImnmunoGen' -> 'ImmunoGen'" in lines[2]
    assert lines[2].startswith("raw 2697-2707  repaired 2697-2706  ")
    raw = biopress("clean", "--no-repair", str(SAMPLES / f"{SEED_2011}.txt")).stdout
    assert raw[2697:2707] == "ImnmunoGen"


def test_a_second_run_at_the_same_time_fails_at_once_in_one_line(tmp_path):
    import fcntl

    from load.layout import WarehouseLayout

    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    with open(layout.lock_file, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a run in progress
        # a run that waited for the lock would wait for this test to let it go: past the
        # timeout (no bar on seconds: a loaded machine starts Python slowly)
        second = biopress(
            "run", "--source", str(SAMPLES), "--warehouse", str(layout.database), timeout=120
        )
    assert not layout.database.exists()  # nothing started: no warehouse, no Prefect flow
    assert second.returncode == 1
    assert second.stderr == (
        f"biopress run: another biopress run is using {layout.database} "
        f"(lock {layout.lock_file}); try again when it has finished\n"
    )
    assert not (tmp_path / ".prefect").exists()  # Prefect never started


def test_unusable_warehouse_paths_and_bad_schedules_are_one_line_usage_errors(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    under_file = biopress(
        "run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "file" / "w.duckdb")
    )
    assert (under_file.returncode, under_file.stderr) == (
        2,
        f"biopress run: cannot use {tmp_path / 'file' / 'w.duckdb'} as the warehouse: "
        f"{tmp_path / 'file'} is a file, not a folder\n",
    )
    cron = biopress(
        "serve",
        "--source",
        str(SAMPLES),
        "--cron",
        "61 * * * *",
        "--warehouse",
        str(tmp_path / "w"),
    )
    assert (cron.returncode, cron.stderr) == (
        2,
        "biopress serve: cron '61 * * * *': minute 61 is out of range 0-59\n",
    )
    (tmp_path / "biopress.toml").write_text(
        '[[sources]]\nurl = "https://a.test/"\nlink_pattern = "("\n'
    )
    config = biopress("run", cwd=tmp_path)
    assert config.returncode == 2
    assert len(config.stderr.splitlines()) == 1
    assert "source #1: link_pattern '(' is not a regular expression" in config.stderr


def test_extract_prints_every_value_with_its_provenance(tmp_path):
    seed = SAMPLES / f"{SEED_2011}.txt"
    shown = biopress("extract", str(seed))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert (
        lines[0]
        == "headline        ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement"
    )
    assert "published_date  2011-11-03" in lines
    assert any(
        "kind=milestone" in line
        and "in_totals=True" in line
        and "'$1 million'  money_cue:milestone payment (0.90)" in line
        for line in lines
    )

    as_json = json.loads(biopress("extract", str(seed), "--json").stdout)
    (release,) = as_json["releases"]
    assert (release["published_date"], release["issuer"]) == ("2011-11-03", "ImmunoGen, Inc.")
    counted = [m for m in as_json["money"] if m["in_totals"]]
    assert [(m["printed"], m["amount_usd"], m["kind"], m["rule"]) for m in counted] == [
        ("$1 million", 1_000_000.0, "milestone", "money_cue:milestone payment")
    ]
    body = release["body_text"]
    assert all(
        body[row["span_start"] : row["span_end"]] == row["printed"]
        for table in ("tickers", "money", "people", "compounds", "phases")
        for row in as_json[table]
    )

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    refused = biopress("extract", str(empty))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"biopress extract: {empty}: would be quarantined: empty: the document has no content\n"
    )

    essay = tmp_path / "essay.txt"  # a page about the trade: no company, date or dateline
    essay.write_text(
        "How Biotech Partnerships Create Value\nPartnerships and licensing deals are among the "
        "most important ways a biotech creates value. When a larger pharma company licenses a "
        "smaller company's drug, the structure of that deal tells you how the asset is valued. A "
        'headline "deal worth up to $1.2 billion" usually bundles a modest upfront with a long '
        "tail of milestones that only pay out if everything goes right.\n"
    )
    refused = biopress("extract", str(essay))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"biopress extract: {essay}: would be quarantined: not_a_release: names no company, "
        "ticker, date or dateline: a page about the trade, not a release\n"
    )


def test_extraction_does_not_depend_on_the_process_hash_seed(tmp_path):
    """Re-running is idempotent only if nothing iterates a set of strings into a value: the
    same release read under several hash seeds gives the same records."""
    release = tmp_path / "deal.txt"
    release.write_text(
        "Acme Biologics Signs Deal With Zeta\n\n"
        "BOSTON, May 2, 2019 /PRNewswire/ -- Acme Biologics, Inc. (ABX) today announced a "
        "license agreement with Zeta Pharma AG. Acme Biologics (ACB) is a biotech.\n\nUnder "
        'the deal, ABX will receive up to $310 million in milestones. "We are pleased," said '
        "Jane Roe, CEO of Acme.\n",
        encoding="utf-8",
    )
    outputs = {
        biopress(
            "extract", str(release), "--json", env={**os.environ, "PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1
    (output,) = outputs
    # the initials the release defines after its issuer's full name: "ABX will receive"
    assert json.loads(output)["money"][0]["payee"] == "Acme Biologics"
