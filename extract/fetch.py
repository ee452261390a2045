"""Fetch one web source (a page, a listing with its pages, or a feed) into intakes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from extract.archive import archive_bytes, archive_path_for, record_response
from extract.http import PoliteClient, Response, Validators
from extract.intake import Intake, classify_change
from extract.web import WebSource, feed_links, listing_items, looks_like_feed, looks_like_listing


@dataclass(frozen=True)
class FetchRecord:
    """What the last fetch of one URL gave; one row of the warehouse's ``fetch_state``."""

    url: str
    source_url: str
    kind: str | None  # page | listing | feed; None for a source that failed before its kind showed
    final_url: str | None
    last_status: int | None
    etag: str | None
    last_modified: str | None
    document_id: str | None  # the bytes of the last good response
    content_type: str | None  # the Content-Type header of the last good response
    last_fetched_at: dt.datetime
    last_success_at: dt.datetime | None
    last_error: str | None


@dataclass
class WebFetch:
    intakes: list[Intake] = field(default_factory=list)
    records: list[FetchRecord] = field(default_factory=list)
    source_error: str | None = None
    notes: list[str] = field(default_factory=list)  # limits reached, links not followed
    n_requests: int = 0
    n_not_modified: int = 0


@dataclass(frozen=True)
class KnownWebState:
    documents: dict[str, tuple[str, str]]  # source_uri -> (document_id, extractor_version)
    fetches: dict[str, FetchRecord]  # url -> last fetch


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SourceFetcher:
    """Fetches a web source's pages conditionally and archives every response body."""

    def __init__(
        self, client: PoliteClient, archive_dir: Path, known: KnownWebState, extractor_version: str
    ):
        self.client, self.archive_dir, self.known = client, archive_dir, known
        self.extractor_version = extractor_version

    def fetch(self, source: WebSource) -> WebFetch:
        """Every release the source names, each as an intake; the source's own pages recorded."""
        result = WebFetch()
        first, body = self._get(source.url, source, source.kind, result)
        if body is None:
            if source.kind == "page":
                result.intakes.append(self._failed_intake(source.url, first))
            else:
                result.source_error = f"{source.url}: {first.detail}"
            return result
        content_type = first.headers.get("Content-Type", "")
        kind = source.kind or self._detect_kind(body, content_type)
        if kind == "page":
            self._relabel(result, source.url, "page")
            result.intakes.append(self._page_intake(source.url, first, body))
            return result
        try:
            links = self._release_links(source, kind, body, first, result)
        except (ValueError, SyntaxError) as error:  # ElementTree.ParseError is a SyntaxError
            result.source_error = f"{source.url}: not a readable {kind}: {error}"
            return result
        cap = (
            self.client.settings.max_feed_items
            if kind == "feed"
            else (self.client.settings.max_links_per_listing)
        )
        if len(links) > cap:
            setting = "max_feed_items" if kind == "feed" else "max_links_per_listing"
            result.notes.append(
                f"{source.url}: {len(links):,} release links; the first {cap:,} were fetched "
                f"({setting}), the rest wait for a later run"
            )
            links = links[:cap]
        allowed = _allowed_hosts(source)
        for link in links:
            if urlsplit(link).netloc.lower() not in allowed:
                result.intakes.append(self._refused_intake(link, source))
                continue
            response, page_body = self._get(link, source, "page", result)
            if page_body is None:
                result.intakes.append(self._failed_intake(link, response))
            else:
                result.intakes.append(self._page_intake(link, response, page_body))
        return result

    def _detect_kind(self, body: bytes, content_type: str) -> str:
        if looks_like_feed(body, content_type):
            return "feed"
        text = body.decode("utf-8", errors="replace")
        return "listing" if looks_like_listing(text) else "page"

    def _release_links(
        self, source: WebSource, kind: str, body: bytes, first: Response, result: WebFetch
    ) -> list[str]:
        self._relabel(result, source.url, kind)
        if kind == "feed":
            return feed_links(body, first.final_url)
        since = dt.date.fromisoformat(source.since) if source.since else None
        items, next_page = listing_items(
            body.decode("utf-8", errors="replace"), first.final_url, source.link_pattern
        )
        links = dict.fromkeys(_since(items, since))
        seen_pages = {source.url}
        for _ in range(source.max_pages - 1):
            if next_page is None or next_page in seen_pages or _all_older(items, since):
                break  # a backfill stops at the first page dated wholly before its date
            seen_pages.add(next_page)
            response, page_body = self._get(next_page, source, "listing", result)
            if page_body is None:
                break
            items, next_page = listing_items(
                page_body.decode("utf-8", errors="replace"), response.final_url, source.link_pattern
            )
            links.update(dict.fromkeys(_since(items, since)))
            if len(links) > self.client.settings.max_links_per_listing:
                break  # enough for this run; the cap is reported by the caller
        return list(links)

    def _relabel(self, result: WebFetch, url: str, kind: str) -> None:
        result.records = [
            FetchRecord(**{**vars(r), "kind": kind}) if r.url == url else r for r in result.records
        ]

    def _get(
        self, url: str, source: WebSource, kind: str | None, result: WebFetch
    ) -> tuple[Response, bytes | None]:
        """Conditional GET; the body comes from the archive when the server says 304."""
        previous = self.known.fetches.get(url)
        archived = (
            archive_path_for(self.archive_dir, previous.document_id)
            if previous and previous.document_id
            else None
        )
        validators = Validators()
        if previous and archived is not None and archived.exists():
            validators = Validators(previous.etag, previous.last_modified)
        response = self.client.get(url, validators, _allowed_hosts(source))
        result.n_requests += response.attempts
        now = _utc_now()
        body: bytes | None = None
        document_id = previous.document_id if previous else None
        if response.not_modified and archived is not None:
            result.n_not_modified += 1
            body = archived.read_bytes()
        elif response.ok:
            body = response.body
            stored = archive_bytes(body, self.archive_dir)
            document_id = stored.document_id
            record_response(
                self.archive_dir,
                document_id,
                {
                    "url": url,
                    "final_url": response.final_url,
                    "status": response.status,
                    "headers": response.headers,
                    "fetched_at": now.isoformat(),
                },
            )
        succeeded = body is not None
        content_type = response.headers.get("Content-Type") if response.ok else None
        if response.not_modified and previous is not None:
            content_type = previous.content_type
        response.headers.setdefault("Content-Type", content_type or "")
        if response.ok:
            etag, last_modified = (
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )
        else:  # a 304 or a failure keeps the validators of the last good response
            etag = previous.etag if previous else None
            last_modified = previous.last_modified if previous else None
        last_success = now if succeeded else (previous.last_success_at if previous else None)
        result.records.append(
            FetchRecord(
                url=url,
                source_url=source.url,
                kind=kind,
                final_url=response.final_url,
                last_status=response.status,
                etag=etag,
                last_modified=last_modified,
                document_id=document_id,
                content_type=content_type,
                last_fetched_at=now,
                last_success_at=last_success,
                last_error=None if succeeded else response.detail or f"HTTP {response.status}",
            )
        )
        return response, body

    def _page_intake(self, url: str, response: Response, body: bytes) -> Intake:
        stored = archive_bytes(body, self.archive_dir)  # already there: only hashes
        content_type = response.headers.get("Content-Type") or None
        change = classify_change(
            self.known.documents.get(url), stored.document_id, self.extractor_version
        )
        return Intake(
            source_uri=url,
            filename=_filename(url),
            fetched_at=_utc_now(),
            change=change,
            document_id=stored.document_id,
            archive_path=str(stored.archive_path),
            size_bytes=stored.size_bytes,
            http_content_type=content_type,
        )

    def _refused_intake(self, url: str, source: WebSource) -> Intake:
        host = urlsplit(url).netloc
        return Intake(
            source_uri=url,
            filename=_filename(url),
            fetched_at=_utc_now(),
            change="failed",
            failure="host_not_allowed",
            error=f"on {host}, a host the source {source.url} does not name (add it to the "
            "source's allowed_hosts to fetch it); not requested",
        )

    def _failed_intake(self, url: str, response: Response) -> Intake:
        return Intake(
            source_uri=url,
            filename=_filename(url),
            fetched_at=_utc_now(),
            change="failed",
            failure=response.failure or "fetch_failed",
            error=response.detail or f"HTTP {response.status}",
        )


def _allowed_hosts(source: WebSource) -> frozenset[str]:
    """The hosts (host or host:port) a source's pages may come from: its own and those it
    names in allowed_hosts."""
    return frozenset({urlsplit(source.url).netloc.lower(), *source.allowed_hosts})


def _filename(url: str) -> str:
    return PurePosixPath(urlsplit(url).path).name or "index.html"


def _since(items: list[tuple[str, dt.date | None]], since: dt.date | None) -> list[str]:
    """Listing links dated on or after ``since`` (undated links are kept)."""
    return [url for url, date in items if since is None or date is None or date >= since]


def _all_older(items: list[tuple[str, dt.date | None]], since: dt.date | None) -> bool:
    dates = [date for _, date in items if date is not None]
    return since is not None and bool(dates) and all(date < since for date in dates)
