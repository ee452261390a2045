"""A polite HTTP client: robots.txt, per-host rate limit, timeouts, size cap, retries, caching."""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "biopress/0.1 (press-release ETL; +https://github.com/biopress/biopress)"
    min_interval_seconds: float = 1.0  # between two requests to the same host
    connect_timeout_seconds: float = 10.0
    read_timeout_seconds: float = 30.0
    max_page_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff_seconds: float = 2.0
    max_retry_after_seconds: float = 120.0


@dataclass(frozen=True)
class Validators:
    """What the last good response said, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Response:
    url: str
    final_url: str
    status: int | None  # None when no HTTP answer came at all
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    failure: str | None = None  # fetch_failed | robots_disallowed | too_large
    detail: str = ""
    attempts: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.failure is None and self.status is not None and 200 <= self.status < 300


class FetchError(Exception):
    def __init__(self, failure: str, detail: str):
        super().__init__(detail)
        self.failure, self.detail = failure, detail


class PoliteClient:
    """One client per run: shares connections, robots.txt rules and per-host pacing."""

    def __init__(self, settings: FetchSettings, sleep=time.sleep, clock=time.monotonic):
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        self.session.max_redirects = settings.max_redirects
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()
        self._sleep, self._clock = sleep, clock

    def get(self, url: str, validators: Validators | None = None) -> Response:
        """GET ``url`` politely; failures come back as a Response with ``failure`` set."""
        response = Response(url=url, final_url=url, status=None)
        try:
            self._check_url(url)
            self._check_robots(url)
            return self._get_with_retries(url, validators or Validators(), response)
        except FetchError as error:
            response.failure, response.detail = error.failure, error.detail
            return response

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError("fetch_failed", f"only http(s) URLs are fetched, not {url!r}")

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if rules is None:
            raise FetchError("robots_disallowed", f"{origin}/robots.txt could not be read")
        if not rules.can_fetch(self.settings.user_agent, url):
            raise FetchError("robots_disallowed", f"{origin}/robots.txt disallows {parts.path}")

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """Rules of a site; None when the site errs (RFC 9309: then fetch nothing from it)."""
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            self._pace(origin)
            answer = self.session.get(
                f"{origin}/robots.txt", timeout=self._timeouts(), allow_redirects=True
            )
        except requests.RequestException:
            return None
        if answer.status_code >= 500:
            return None
        if answer.status_code >= 400:
            rules.parse([])  # no robots.txt: everything is allowed
        else:
            rules.parse(answer.text.splitlines())
        return rules

    def _timeouts(self) -> tuple[float, float]:
        return (self.settings.connect_timeout_seconds, self.settings.read_timeout_seconds)

    def _pace(self, url: str) -> None:
        """Wait for this host's next slot: at most one request per min_interval per host."""
        host = urlsplit(url).netloc
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.settings.min_interval_seconds
        if slot > now:
            self._sleep(slot - now)

    def _get_with_retries(self, url: str, validators: Validators, response: Response) -> Response:
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        last_problem = ""
        for attempt in range(self.settings.retries + 1):
            response.attempts = attempt + 1
            self._pace(url)
            try:
                answer = self.session.get(
                    url,
                    headers=headers,
                    timeout=self._timeouts(),
                    stream=True,
                    allow_redirects=True,
                )
            except requests.TooManyRedirects:
                raise FetchError(
                    "fetch_failed", f"more than {self.settings.max_redirects} redirects (a loop?)"
                ) from None
            except (requests.ConnectionError, requests.Timeout) as error:
                last_problem = _describe(error)
                if attempt < self.settings.retries:
                    self._sleep(self._backoff(attempt, None))
                continue
            except requests.RequestException as error:
                raise FetchError("fetch_failed", _describe(error)) from None
            with answer:
                if answer.status_code in RETRY_STATUSES:
                    last_problem = f"HTTP {answer.status_code} {answer.reason}"
                    if attempt < self.settings.retries:
                        self._sleep(self._backoff(attempt, answer.headers.get("Retry-After")))
                    continue
                response.status = answer.status_code
                response.final_url = answer.url
                response.headers = dict(answer.headers)
                if answer.status_code == 304:
                    return response
                if answer.status_code >= 400:
                    raise FetchError("fetch_failed", f"HTTP {answer.status_code} {answer.reason}")
                response.body = self._read_capped(answer)
                return response
        raise FetchError(
            "fetch_failed", f"gave up after {self.settings.retries + 1} attempts: {last_problem}"
        )

    def _read_capped(self, answer: requests.Response) -> bytes:
        limit = self.settings.max_page_bytes
        declared = answer.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                "too_large", f"{int(declared):,} bytes declared; the limit is {limit:,}"
            )
        body = bytearray()
        try:
            for chunk in answer.iter_content(CHUNK):
                body.extend(chunk)
                if len(body) > limit:
                    raise FetchError("too_large", f"over {limit:,} bytes; download stopped")
        except requests.RequestException as error:
            raise FetchError("fetch_failed", f"body not received: {_describe(error)}") from None
        return bytes(body)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        """Seconds to wait: the server's Retry-After when given (capped), else exponential."""
        cap = self.settings.max_retry_after_seconds
        if retry_after:
            if retry_after.strip().isdigit():
                return min(float(retry_after), cap)
            try:
                when = email.utils.parsedate_to_datetime(retry_after)
                return min(max(when.timestamp() - time.time(), 0.0), cap)
            except (TypeError, ValueError):
                pass  # unreadable Retry-After: back off as if none was given
        return min(self.settings.backoff_seconds * (2**attempt), cap)


def _describe(error: Exception) -> str:
    if isinstance(error, requests.Timeout):
        return "timed out"
    if isinstance(error, requests.ConnectionError):
        return "could not connect"
    return f"{type(error).__name__}: {error}"
