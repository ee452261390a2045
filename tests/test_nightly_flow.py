"""End to end: the real Prefect flow on a real DuckDB file in a temporary directory."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, SEED_2008
from tests.helpers import CP1252_RELEASE, row_counts, sql

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_server")]


def run(sources: list[Path], warehouse: Path, **options):
    """The flow on threads: a process pool costs seconds to start, and its own tests cover it."""
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.nightly import nightly_run

    flow = nightly_run.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))
    return flow(sources=[str(s) for s in sources], warehouse=str(warehouse), **options)


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    shutil.copytree(SAMPLES, folder)
    return folder


def test_seeds_load_with_dates_cities_issuers_tickers_and_amounts(releases, tmp_path):
    warehouse = tmp_path / "wh" / "biopress.duckdb"
    summary = run([releases], warehouse)

    assert (summary.status, summary.n_seen, summary.n_new, summary.n_quarantined) == (
        "completed",
        3,
        3,
        0,
    )
    assert sql(
        warehouse,
        "SELECT published_date, dateline_city, issuer FROM releases ORDER BY published_date",
    ) == [
        (dt.date(2007, 8, 1), "CAMBRIDGE", "ImmunoGen, Inc."),
        (dt.date(2008, 2, 1), "CAMBRIDGE", "ImmunoGen, Inc."),
        (dt.date(2011, 11, 3), "WALTHAM", "ImmunoGen, Inc."),
    ]
    assert sql(
        warehouse,
        "SELECT r.published_date, t.exchange, t.symbol FROM tickers t "
        "JOIN releases r USING (release_id) ORDER BY 1, 3",
    ) == [
        (dt.date(2007, 8, 1), "Nasdaq", "IMGN"),
        (dt.date(2008, 2, 1), "Nasdaq", "BIIB"),
        (dt.date(2008, 2, 1), "Nasdaq", "IMGN"),
        (dt.date(2011, 11, 3), "Nasdaq", "IMGN"),
    ]
    assert sql(
        warehouse, "SELECT amount_usd, kind FROM money WHERE in_totals ORDER BY amount_usd"
    ) == [
        (1_000_000.0, "milestone"),
        (1_500_000.0, "milestone"),
    ]
    # Provenance: every money value is the text at its span of the release's body_text.
    assert sql(
        warehouse,
        "SELECT count(*) FROM money m JOIN releases r USING (release_id) "
        "WHERE substring(r.body_text, m.span_start + 1, "
        "m.span_end - m.span_start) <> m.text",
    ) == [(0,)]
    # Noise repairs of the 2011 scan are in `corrections`, traceable into body_text.
    assert sql(
        warehouse,
        "SELECT r.published_date, r.n_corrections, count(c.rule) "
        "FROM releases r LEFT JOIN corrections c USING (release_id) "
        "GROUP BY ALL ORDER BY 1",
    ) == [
        (dt.date(2007, 8, 1), 0, 0),
        (dt.date(2008, 2, 1), 0, 0),
        (dt.date(2011, 11, 3), 9, 9),
    ]
    assert sql(
        warehouse,
        "SELECT count(*) FROM corrections c JOIN releases r USING (release_id) "
        "WHERE substring(r.body_text, c.span_start + 1, "
        "c.span_end - c.span_start) <> c.corrected",
    ) == [(0,)]
    assert sql(
        warehouse, "SELECT original, corrected FROM corrections WHERE rule = 'broken_email'"
    ) == [("i nf o@ nmmunogen. com", "info@immunogen.com")]
    # Raw bytes are archived under their sha256, and each run's Parquet files are kept.
    for document_id, archive_path in sql(
        warehouse, "SELECT document_id, archive_path FROM documents"
    ):
        assert Path(archive_path).name == document_id and Path(archive_path).is_file()
    assert sql(warehouse, "SELECT run_id, status, n_seen, n_new, n_releases FROM runs") == [
        (summary.run_id, "completed", 3, 3, 3)
    ]
    assert len(list((warehouse.parent / "parquet").glob("run_id=*/releases/*.parquet"))) == 1
    assert sql(warehouse, "SELECT count(DISTINCT run_id) FROM releases") == [(1,)]


def test_rerun_changes_nothing_and_an_edited_input_replaces_its_rows(releases, tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    run([releases], warehouse)
    first = row_counts(warehouse)

    again = run([releases], warehouse)
    assert (again.n_new, again.n_updated, again.n_unchanged) == (0, 0, 3)
    assert row_counts(warehouse) == first

    edited = releases / f"{SEED_2008}.txt"
    edited.write_bytes(edited.read_bytes().replace(b"$1.5", b"$2.5"))  # headline and body
    updated = run([releases], warehouse)
    assert (updated.n_new, updated.n_updated, updated.n_unchanged) == (0, 1, 2)
    assert row_counts(warehouse) == first
    assert sql(warehouse, "SELECT amount_usd FROM money WHERE in_totals ORDER BY 1") == [
        (1e6,),
        (2.5e6,),
    ]
    assert sql(warehouse, "SELECT count(*), count(DISTINCT run_id) FROM runs") == [(3, 3)]


def test_bad_inputs_are_quarantined_and_every_input_is_accounted_for(releases, tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(releases / f"{SEED_2008}.txt", mixed / "good.txt")
    (mixed / "empty.txt").write_bytes(b"")
    (mixed / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (mixed / "windows.txt").write_bytes(CP1252_RELEASE.encode("cp1252"))
    (mixed / "prices.csv").write_bytes(b"symbol,price\nIMGN,4.10\n")
    (mixed / "huge.txt").write_bytes(b"Acme word " * 5_000)
    warehouse = tmp_path / "biopress.duckdb"

    summary = run([mixed], warehouse, max_document_bytes=20_000)

    assert summary.status == "completed"
    assert (summary.n_seen, summary.n_new, summary.n_quarantined) == (6, 2, 4)
    assert sorted((Path(n.source_uri).name, n.reason) for n in summary.quarantined) == [
        ("empty.txt", "empty"),
        ("huge.txt", "too_large"),
        ("logo.png", "binary"),
        ("prices.csv", "not_a_release"),
    ]
    assert sql(warehouse, "SELECT reason, detail FROM quarantine WHERE source_uri LIKE '%png'") == [
        ("binary", "PNG image, not a text document")
    ]
    loaded = sql(warehouse, "SELECT count(*) FROM documents WHERE status = 'loaded'")[0][0]
    quarantined = sql(warehouse, "SELECT count(*) FROM quarantine")[0][0]
    assert loaded + quarantined == 6
    assert sql(
        warehouse,
        "SELECT d.encoding, r.issuer, r.published_date, "
        "r.body_text LIKE '%“We’re pleased with the progress,”%' "
        "FROM releases r JOIN documents d USING (document_id) "
        "WHERE d.source_uri LIKE '%windows.txt'",
    ) == [("cp1252", "Acme Bio, Inc.", dt.date(2019, 5, 2), True)]
    # Quarantined inputs are kept: their bytes are in the archive too.
    assert all(
        Path(p).is_file()
        for (p,) in sql(
            warehouse, "SELECT archive_path FROM documents WHERE status = 'quarantined'"
        )
    )


def test_release_with_missing_fields_loads_with_nulls_and_warnings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    undated = CP1252_RELEASE.replace("BOSTON, Mass., May 2, 2019 (GLOBE NEWSWIRE) -- ", "")
    (folder / "undated.txt").write_text(undated.replace(" (Nasdaq: ACMB)", ""), encoding="utf-8")
    warehouse = tmp_path / "biopress.duckdb"

    summary = run([folder], warehouse)

    assert (summary.n_new, summary.n_quarantined) == (1, 0)
    assert [note.warnings for note in summary.warnings] == [
        ["no dateline found", "no publication date found", "no ticker found"]
    ]
    assert sql(
        warehouse, "SELECT published_date, dateline_city, issuer, warnings FROM releases"
    ) == [
        (
            None,
            None,
            "Acme Bio, Inc.",
            ["no dateline found", "no publication date found", "no ticker found"],
        )
    ]


def test_missing_source_is_reported_and_other_sources_still_load(releases, tmp_path):
    warehouse = tmp_path / "biopress.duckdb"
    summary = run([tmp_path / "nowhere", releases], warehouse)
    assert summary.source_errors == [f"{tmp_path / 'nowhere'}: no such file or folder"]
    assert summary.n_new == 3


def test_web_sources_load_and_a_second_run_fetches_nothing_new(site, tmp_path):
    from extract.http import FetchSettings
    from extract.web import WebSource
    from tests.web_server import wire_page

    seeds = sorted(SAMPLES.glob("*.txt"))
    for number, seed in enumerate(seeds):
        site.page(
            f"/news/{number}",
            wire_page(seed.read_text(encoding="utf-8"), ["Other News"]),
            etag=f'"r{number}"',
        )
    site.page(
        "/newsroom",
        '<html><body><ul><li><a href="/news/0">ImmunoGen Starts Phase II '
        'Study In Gastric Cancer</a></li><li><a href="/news/1">Event Triggers Payment From '
        'Biogen Idec Today</a></li><li><a href="/news/missing">A Release That Was Taken '
        "Down Since</a></li></ul></body></html>",
        etag='"l1"',
    )
    site.page(
        "/feed.xml",
        f"<rss><channel><item><link>{site.url('/news/2')}</link></item></channel></rss>",
        content_type="application/rss+xml",
        etag='"f1"',
    )
    settings = FetchSettings(min_interval_seconds=0.0, retries=0, user_agent="biopress-test")
    warehouse = tmp_path / "biopress.duckdb"
    sources = [f"feed:{site.url('/feed.xml')}", f"feed:{site.url('/gone.xml')}"]
    listing = [WebSource(site.url("/newsroom"), kind="listing", name="newsroom")]

    first = run(sources, warehouse, web_sources=listing, fetch_settings=settings)

    assert (first.n_seen, first.n_new, first.n_quarantined) == (4, 3, 1)
    assert first.source_errors == [f"{site.url('/gone.xml')}: HTTP 404 Not Found"]
    assert [(n.source_uri, n.reason, n.detail) for n in first.quarantined] == [
        (site.url("/news/missing"), "fetch_failed", "HTTP 404 Not Found")
    ]
    assert sql(warehouse, "SELECT published_date, issuer FROM releases ORDER BY 1") == [
        (dt.date(2007, 8, 1), "ImmunoGen, Inc."),
        (dt.date(2008, 2, 1), "ImmunoGen, Inc."),
        (dt.date(2011, 11, 3), "ImmunoGen, Inc."),
    ]
    assert sql(warehouse, "SELECT amount_usd FROM money WHERE in_totals ORDER BY 1") == [
        (1e6,),
        (1.5e6,),
    ]
    assert sql(warehouse, "SELECT kind, count(*) FROM fetch_state GROUP BY kind ORDER BY 1") == [
        ("feed", 2),
        ("listing", 1),
        ("page", 4),
    ]

    second = run(sources, warehouse, web_sources=listing, fetch_settings=settings)

    assert (second.n_new, second.n_updated, second.n_unchanged) == (0, 0, 3)
    assert second.n_not_modified == 5  # feed, listing and three release pages: all 304
    for path in ("/feed.xml", "/newsroom", "/news/0", "/news/1", "/news/2"):
        assert site.statuses(path) == [200, 304], path
    assert row_counts(warehouse)["releases"] == 3


def test_a_warehouse_inside_its_source_folder_never_reads_itself(releases, tmp_path):
    (releases / "passwd.txt").symlink_to("/etc/passwd")
    (releases / "loop").symlink_to(".")
    os.mkfifo(releases / "pipe.txt")
    warehouse = releases / "biopress.duckdb"

    first = run([releases], warehouse)
    report = warehouse.parent / "report.html"
    report.write_text("<html><body>" + "report " * 100 + "</body></html>")
    second = run([releases], warehouse)

    assert (first.n_seen, first.n_new, first.n_quarantined) == (5, 3, 2)
    assert (second.n_seen, second.n_unchanged, second.n_quarantined) == (5, 3, 2)
    assert sql(warehouse, "SELECT reason, detail FROM quarantine ORDER BY reason") == [
        ("not_a_regular_file", "a FIFO (named pipe)"),
        (
            "outside_source",
            f"a symbolic link to /etc/passwd, outside the source folder {releases}",
        ),
    ]
    assert sql(warehouse, "SELECT count(*) FROM documents") == [(3,)]
    assert sql(
        warehouse,
        "SELECT count(*) FROM documents WHERE source_uri LIKE '%/raw/%' "
        "OR source_uri LIKE '%/parquet/%' OR source_uri LIKE '%report.html'",
    ) == [(0,)]
