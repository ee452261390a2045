"""Fetching web sources from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from extract.fetch import KnownWebState, SourceFetcher, WebFetch
from extract.http import FetchSettings, PoliteClient
from extract.web import WebSource, parse_source_spec
from tests.conftest import SAMPLES, SEED_2008
from tests.helpers import CP1252_RELEASE
from tests.web_server import Reply, Site, wire_page
from transform import CleanText, clean_document, extract_release
from transform.document import DocumentMeta, process_document

FAST = FetchSettings(
    user_agent="biopress-test/1.0",
    min_interval_seconds=0.0,
    connect_timeout_seconds=2.0,
    read_timeout_seconds=2.0,
    max_page_bytes=200_000,
    retries=2,
    backoff_seconds=0.05,
    max_retry_after_seconds=5.0,
)
RELATED = ["Rival Corp Reports Q2 Results, July 9, 2015", "Other Bio Gets FDA Nod (NYSE: OTHR)"]


def fetch(
    site: Site,
    tmp_path: Path,
    source: WebSource,
    known: KnownWebState | None = None,
    settings: FetchSettings = FAST,
) -> WebFetch:
    fetcher = SourceFetcher(
        PoliteClient(settings), tmp_path / "raw", known or KnownWebState({}, {}), "v1"
    )
    return fetcher.fetch(source)


def known_after(result: WebFetch) -> KnownWebState:
    """What the warehouse would know after loading ``result``."""
    return KnownWebState(
        documents={i.source_uri: (i.document_id, "v1") for i in result.intakes if i.document_id},
        fetches={record.url: record for record in result.records},
    )


def release_text(raw: bytes, name: str, content_type: str | None) -> str:
    cleaned = clean_document(raw, name, content_type)
    assert isinstance(cleaned, CleanText), cleaned
    return cleaned.text


def release_page(site: Site, path: str, seed: str = SEED_2008, **options: str) -> str:
    text = (SAMPLES / f"{seed}.txt").read_text(encoding="utf-8")
    site.page(path, wire_page(text, RELATED), **options)
    return site.url(path)


def test_wire_page_gives_the_same_fields_as_the_release_text(site, tmp_path):
    url = release_page(site, "/news/home/20080201/biogen-ind")
    result = fetch(site, tmp_path, WebSource(url, kind="page"))
    (intake,) = result.intakes
    assert (intake.change, intake.http_content_type) == ("new", "text/html; charset=utf-8")

    page_text = release_text(
        Path(intake.archive_path).read_bytes(), "biogen-ind", intake.http_content_type
    )
    from_page = extract_release(page_text, "d", url)
    seed_raw = (SAMPLES / f"{SEED_2008}.txt").read_bytes()
    from_text = extract_release(release_text(seed_raw, "seed.txt", None), "d", url)
    release_fields = (
        "headline",
        "published_date",
        "dateline_city",
        "dateline_region",
        "wire",
        "issuer",
    )
    for name in release_fields:
        assert getattr(from_page.release, name) == getattr(from_text.release, name), name
    assert [(t.exchange, t.symbol) for t in from_page.tickers] == [
        ("Nasdaq", "IMGN"),
        ("Nasdaq", "BIIB"),
    ]
    assert [(m.amount_usd, m.kind) for m in from_page.money if m.in_totals] == [
        (1_500_000, "milestone")
    ]
    for furniture in ("Rival Corp", "OTHR", "cookies", "LinkedIn", "Newsroom", "Business Wire"):
        assert furniture not in page_text, furniture
    assert "About ImmunoGen, Inc." in page_text and "SOURCE: ImmunoGen, Inc." in page_text


def test_listing_pages_are_followed_to_the_configured_depth(site, tmp_path):
    for n in range(3):
        release_page(site, f"/news/release-{n}")
    site.page(
        "/newsroom",
        '<html><body><nav><a href="/">Home</a></nav><ul>'
        '<li><a href="/news/release-0">ImmunoGen Earns Milestone From Biogen Idec</a></li>'
        '<li><a href="/news/release-1">ImmunoGen Starts a Phase II Study Today</a></li>'
        '<li><a href="https://elsewhere.example/x">Another Site Story About Drugs</a></li>'
        '</ul><nav class="pager"><a rel="next" href="/newsroom?page=2">Next</a></nav>'
        "</body></html>",
    )
    site.page(
        "/newsroom?page=2",
        '<html><body><ul><li><a href="/news/release-2">ImmunoGen '
        'Reports Results for the Quarter</a></li></ul><a href="/newsroom?page=3">Next »</a>'
        "</body></html>",
    )

    deep = fetch(site, tmp_path, WebSource(site.url("/newsroom"), kind="listing", max_pages=2))
    assert [Path(i.source_uri).name for i in deep.intakes] == [
        "release-0",
        "release-1",
        "release-2",
    ]
    assert site.statuses("/newsroom?page=3") == []
    shallow = fetch(
        site, tmp_path / "b", WebSource(site.url("/newsroom"), kind="listing", max_pages=1)
    )
    assert len(shallow.intakes) == 2
    kinds = {record.url.rsplit("/", 1)[1]: record.kind for record in deep.records}
    assert kinds == {
        "newsroom": "listing",
        "newsroom?page=2": "listing",
        "release-0": "page",
        "release-1": "page",
        "release-2": "page",
    }


def test_kind_is_detected_when_not_given(site, tmp_path):
    release_page(site, "/news/a")
    site.page(
        "/feed.xml",
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>News"
        f"</title><item><title>A</title><link>{site.url('/news/a')}</link></item>"
        "</channel></rss>",
        content_type="application/rss+xml",
    )
    site.page(
        "/list",
        '<html><body><a href="/news/a">ImmunoGen Earns a Milestone Payment '
        "From Biogen</a></body></html>",
    )
    for path, kind in (("/feed.xml", "feed"), ("/list", "listing"), ("/news/a", "page")):
        result = fetch(site, tmp_path / kind, WebSource(site.url(path)))
        assert result.records[0].kind == kind
        assert [i.source_uri for i in result.intakes] == [site.url("/news/a")]


def test_rss_and_atom_feeds_list_their_items(site, tmp_path):
    release_page(site, "/news/one")
    release_page(site, "/news/two")
    site.page(
        "/atom",
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<entry><title>One</title><link rel="alternate" href="/news/one"/></entry>'
        '<entry><title>Two</title><link href="/news/two"/></entry></feed>',
        content_type="application/atom+xml",
    )
    result = fetch(site, tmp_path, WebSource(site.url("/atom"), kind="feed"))
    assert [i.source_uri for i in result.intakes] == [site.url("/news/one"), site.url("/news/two")]
    assert all(i.change == "new" for i in result.intakes)


def test_second_fetch_sends_validators_and_downloads_nothing(site, tmp_path):
    release_page(site, "/news/r", etag='"v1"')
    site.page(
        "/feed",
        f"<rss><channel><item><link>{site.url('/news/r')}</link></item></channel></rss>",
        content_type="application/rss+xml",
        etag='"f1"',
    )
    first = fetch(site, tmp_path, WebSource(site.url("/feed"), kind="feed"))
    second = fetch(site, tmp_path, WebSource(site.url("/feed"), kind="feed"), known_after(first))

    assert [i.change for i in second.intakes] == ["unchanged"]
    assert (second.n_requests, second.n_not_modified) == (2, 2)
    assert site.statuses("/feed") == [200, 304] and site.statuses("/news/r") == [200, 304]
    assert [etag for path, etag, _ in site.log if path == "/news/r"] == [None, '"v1"']


def test_http_failures_become_quarantine_reasons(site, tmp_path):
    site.script("/flaky", Reply(500), Reply(200, b"x" * 10, {"Content-Type": "text/plain"}))
    site.script(
        "/busy",
        Reply(429, headers={"Retry-After": "1"}),
        Reply(200, b"ok", {"Content-Type": "text/plain"}),
    )
    site.script("/slow", Reply(200, b"late", {"Content-Type": "text/plain"}, delay=1.5))
    site.script("/loop", Reply(302, headers={"Location": "/loop"}))
    site.page("/huge", b"<html>" + b"a" * 300_000, content_type="text/html")
    client = PoliteClient(
        FetchSettings(**{**vars(FAST), "read_timeout_seconds": 0.5, "retries": 1})
    )

    flaky = client.get(site.url("/flaky"))
    assert (flaky.ok, flaky.attempts, site.statuses("/flaky")) == (True, 2, [500, 200])
    started = time.monotonic()
    busy = client.get(site.url("/busy"))
    assert busy.ok and time.monotonic() - started >= 1.0  # Retry-After honoured
    slow = client.get(site.url("/slow"))
    assert (slow.failure, slow.detail) == (
        "fetch_failed",
        "gave up after 2 attempts: no answer within 0.5 s (read_timeout_seconds)",
    )
    loop = client.get(site.url("/loop"))
    assert (loop.failure, loop.detail) == ("fetch_failed", "more than 5 redirects (a loop?)")
    huge = client.get(site.url("/huge"))
    assert (huge.failure, huge.detail) == (
        "too_large",
        "300,006 bytes declared; the limit is 200,000",
    )
    missing = client.get(site.url("/nowhere"))
    assert (missing.failure, missing.detail) == ("fetch_failed", "HTTP 404 Not Found")
    assert (
        client.get("ftp://127.0.0.1/x").detail == "only http(s) URLs are fetched, not "
        "'ftp://127.0.0.1/x'"
    )


def test_failed_release_links_are_returned_as_failed_intakes(site, tmp_path):
    release_page(site, "/news/ok")
    site.page(
        "/feed",
        f"<rss><channel><item><link>{site.url('/news/ok')}</link></item>"
        f"<item><link>{site.url('/news/gone')}</link></item></channel></rss>",
        content_type="application/rss+xml",
    )
    result = fetch(site, tmp_path, WebSource(site.url("/feed"), kind="feed"))
    assert [(i.change, i.failure, i.error) for i in result.intakes] == [
        ("new", None, None),
        ("failed", "fetch_failed", "HTTP 404 Not Found"),
    ]
    assert result.source_error is None
    broken = fetch(site, tmp_path, WebSource(site.url("/no-feed"), kind="feed"))
    assert broken.source_error == f"{site.url('/no-feed')}: HTTP 404 Not Found"


def test_robots_txt_is_honoured(site, tmp_path):
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    release_page(site, "/private/release")
    release_page(site, "/public/release")
    client = PoliteClient(FAST)
    private = client.get(site.url("/private/release"))
    assert (private.failure, private.detail) == (
        "robots_disallowed",
        f"{site.base}/robots.txt disallows /private/release",
    )
    assert site.statuses("/private/release") == []
    assert client.get(site.url("/public/release")).ok
    assert site.statuses("/robots.txt") == [200]  # read once per site


def test_requests_to_one_host_are_paced(site, tmp_path):
    site.page("/a", "a", content_type="text/plain")
    client = PoliteClient(FetchSettings(**{**vars(FAST), "min_interval_seconds": 0.4}))
    started = time.monotonic()
    for _ in range(3):
        assert client.get(site.url("/a")).ok
    assert time.monotonic() - started >= 0.8  # robots.txt, then three pages: 3 waits of 0.4


def test_non_utf8_pages_decode_by_header_meta_or_detection(site, tmp_path):
    page = wire_page(CP1252_RELEASE, []).encode("cp1252")
    for content_type in (
        "text/html; charset=windows-1252",
        "text/html; charset=ISO-8859-1",
        "text/html",
    ):
        text = release_text(page, "page", content_type)
        assert "“We’re pleased with the progress,”" in text, content_type
    with_meta = page.replace(b"<head>", b'<head><meta charset="windows-1252">')
    assert "“We’re" in release_text(with_meta, "page", "text/html")


def test_wrong_content_type_is_kept_and_quarantined(site, tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    site.page("/news/image", png, content_type="image/png")
    (intake,) = fetch(site, tmp_path, WebSource(site.url("/news/image"), kind="page")).intakes
    assert Path(intake.archive_path).read_bytes() == png  # kept
    meta = DocumentMeta(
        intake.document_id,
        intake.source_uri,
        intake.filename,
        dt.datetime(2026, 1, 1),
        intake.archive_path,
        intake.size_bytes,
        intake.http_content_type,
    )
    outcome = process_document(png, meta, 1_000_000)
    assert outcome.quarantined is not None
    assert (outcome.quarantined.reason, outcome.quarantined.detail) == (
        "binary",
        "PNG image, not a text document",
    )


@pytest.mark.parametrize(
    ("spec", "url", "kind"),
    [
        ("https://x.test/news", "https://x.test/news", None),
        ("feed:https://x.test/rss", "https://x.test/rss", "feed"),
        ("listing:http://x.test/n", "http://x.test/n", "listing"),
    ],
)
def test_source_spec_names_the_kind(spec, url, kind):
    assert (parse_source_spec(spec).url, parse_source_spec(spec).kind) == (url, kind)


def test_page_without_declared_length_is_cut_at_the_size_limit(site, tmp_path):
    site.script(
        "/stream",
        Reply(200, b"<p>" + b"b" * 300_000, {"Content-Type": "text/html"}, send_length=False),
    )
    result = PoliteClient(FAST).get(site.url("/stream"))
    assert (result.failure, result.detail) == ("too_large", "over 200,000 bytes; download stopped")


def test_site_whose_robots_txt_errs_is_not_fetched(site, tmp_path):
    site.script("/robots.txt", Reply(503))
    release_page(site, "/news/r")
    result = PoliteClient(FetchSettings(**{**vars(FAST), "retries": 0})).get(site.url("/news/r"))
    assert (result.failure, result.detail) == (
        "robots_disallowed",
        f"{site.base}/robots.txt could not be read: HTTP 503 Service Unavailable",
    )
    assert site.statuses("/news/r") == []


def _dated_listing(site: Site) -> None:
    """Four listing pages, newest first, each release dated as newsrooms print it."""
    dates = [
        ("<time datetime='2012-05-01'>May 1, 2012</time>", "2012"),
        ("Nov. 3, 2011", "2011b"),
        ("2011-02-10", "2011a"),
        ("14 August 2009", "2009"),
        ("06/30/2005", "2005"),
        ("March 2, 2004", "2004"),
    ]
    for _, key in dates:
        release_page(site, f"/news/{key}")
    pages = [dates[0:2], dates[2:4], dates[4:5], dates[5:6]]
    for number, page in enumerate(pages, start=1):
        items = "".join(
            f'<li><span class="date">{date}</span> <a href="/news/{key}">ImmunoGen Release '
            f"Headline Number {key}</a></li>"
            for date, key in page
        )
        pager = f'<a rel="next" href="/newsroom?page={number + 1}">Next</a>' if number < 4 else ""
        path = "/newsroom" if number == 1 else f"/newsroom?page={number}"
        site.page(path, f"<html><body><ul>{items}</ul>{pager}</body></html>")


def test_backfill_follows_listing_pages_back_to_a_date_and_no_further(site, tmp_path):
    _dated_listing(site)
    source = WebSource(site.url("/newsroom"), kind="listing", max_pages=100, since="2009-08-14")
    result = fetch(site, tmp_path, source)
    assert [Path(i.source_uri).name for i in result.intakes] == ["2012", "2011b", "2011a", "2009"]
    # page 3 lists only a 2005 release: older than the date, so page 4 is never requested
    assert site.statuses("/newsroom?page=3") == [200]
    assert site.statuses("/newsroom?page=4") == []
    assert site.statuses("/news/2005") == []


def test_listing_dates_in_the_forms_newsrooms_print():
    from extract.web import listing_date

    assert [
        listing_date(text)
        for text in ("Nov. 3, 2011", "2011-11-03", "3 November 2011", "11/03/2011", "no date")
    ] == [dt.date(2011, 11, 3)] * 4 + [None]
