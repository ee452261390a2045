"""A polite HTTP client: robots.txt, per-host rate limit, timeouts, size cap, retries, caching."""

from __future__ import annotations

import contextlib
import email.utils
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.exceptions

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024
MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB; the rest is ignored


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
    page_timeout_seconds: float = 120.0  # one request, headers and body, start to end
    max_links_per_listing: int = 500  # release links followed per listing source and run
    max_feed_items: int = 500  # items fetched per feed and run
    max_host_failures: int = 3  # timeouts or refused connections in a row before a host waits


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
    failure: str | None = None  # fetch_failed | robots_disallowed | too_large | host_not_allowed
    detail: str = ""
    attempts: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.failure is None and self.status is not None and 200 <= self.status < 300


class FetchError(Exception):
    def __init__(self, failure: str, detail: str, unanswered: bool = False):
        super().__init__(detail)
        self.failure, self.detail = failure, detail
        self.unanswered = unanswered  # no answer at all: a timeout or a refused connection


class _RequestDeadline:
    """Shuts down the sockets of one request when its time is up, so that a server trickling
    its headers or body a byte at a time cannot hold a request past the page time limit."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _RequestDeadline:
        _WATCH.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _WATCH.deadline = None

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


_WATCH = threading.local()


def _watch_new_connection(sock: socket.socket | None) -> None:
    deadline = getattr(_WATCH, "deadline", None)
    if deadline is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watch_new_connection(self.sock)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watch_new_connection(self.sock)


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _DeadlineAdapter(requests.adapters.HTTPAdapter):
    """Connections whose sockets the running request's deadline can shut down."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {  # type: ignore[attr-defined]
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


class PoliteClient:
    """One client per run: shares robots.txt rules and per-host pacing."""

    def __init__(self, settings: FetchSettings, sleep=time.sleep, clock=time.monotonic):
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        # A new connection per request: the deadline watches sockets as they connect.
        self.session.headers["Connection"] = "close"
        adapter = _DeadlineAdapter(max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._next_slot: dict[str, float] = {}
        self._failures: dict[str, int] = {}  # host -> requests in a row that got no answer
        self._lock = threading.Lock()
        self._sleep, self._clock = sleep, clock

    def get(
        self,
        url: str,
        validators: Validators | None = None,
        allowed_hosts: frozenset[str] | None = None,
    ) -> Response:
        """GET ``url`` politely; failures come back as a Response with ``failure`` set.

        Redirects are followed only to http(s) URLs on ``url``'s own host or on one of
        ``allowed_hosts`` (host or host:port), each hop after its host's robots.txt."""
        response = Response(url=url, final_url=url, status=None)
        host = urlsplit(url).netloc.lower()
        allowed = frozenset({host}) | (allowed_hosts or frozenset())
        try:
            self._check_url(url)
            self._check_host(host)
            self._check_robots(url)
            answered = self._get_with_retries(url, validators or Validators(), response, allowed)
        except FetchError as error:
            response.failure, response.detail = error.failure, error.detail
            if error.unanswered:
                self._failures[host] = self._failures.get(host, 0) + 1
            return response
        self._failures[host] = 0
        return answered

    def _check_host(self, host: str) -> None:
        """A host that left max_host_failures requests in a row unanswered (timeouts, refused
        or trickled connections) is not asked again this run: its pages wait for the next."""
        failures = self._failures.get(host, 0)
        if failures >= self.settings.max_host_failures:
            raise FetchError(
                "fetch_failed",
                f"not requested: {host} left {failures} requests in a row unanswered this run "
                "(max_host_failures); tried again next run",
            )

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
        if isinstance(rules, str):
            raise FetchError("robots_disallowed", f"{origin}/robots.txt could not be read: {rules}")
        if not rules.can_fetch(self.settings.user_agent, url):
            raise FetchError("robots_disallowed", f"{origin}/robots.txt disallows {parts.path}")

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        """Rules of a site, read with the page limits (time, size, decompression); a string
        saying why when the site errs (RFC 9309: then fetch nothing from it)."""
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        self._pace(origin)
        try:
            with _RequestDeadline(self.settings.page_timeout_seconds) as deadline:
                try:
                    answer = self.session.get(
                        f"{origin}/robots.txt",
                        timeout=self._timeouts(),
                        allow_redirects=True,
                        stream=True,
                    )
                except requests.RequestException as error:
                    return self._cause(error, deadline)
                with answer:
                    if answer.status_code >= 500:
                        return f"HTTP {answer.status_code} {answer.reason}"
                    if answer.status_code >= 400:
                        rules.parse([])  # no robots.txt: everything is allowed
                        return rules
                    body = self._read_capped(answer, MAX_ROBOTS_BYTES, deadline, truncate=True)
        except FetchError as error:
            return error.detail
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
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

    def _get_with_retries(
        self, url: str, validators: Validators, response: Response, allowed: frozenset[str]
    ) -> Response:
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        last_problem = ""
        for attempt in range(self.settings.retries + 1):
            response.attempts = attempt + 1
            with _RequestDeadline(self.settings.page_timeout_seconds) as deadline:
                try:
                    answer = self._follow(url, headers, allowed, deadline)
                except FetchError:
                    raise
                except (requests.ConnectionError, requests.Timeout) as error:
                    if deadline.expired:
                        raise FetchError(
                            "fetch_failed", self._cause(error, deadline), unanswered=True
                        ) from None
                    last_problem = self._cause(error, deadline)
                    if attempt < self.settings.retries:
                        self._sleep(self._backoff(attempt, None))
                    continue
                except requests.RequestException as error:
                    raise FetchError("fetch_failed", self._cause(error, deadline)) from None
                with answer:
                    if answer.status_code in RETRY_STATUSES:
                        last_problem = f"HTTP {answer.status_code} {answer.reason}"
                        if attempt < self.settings.retries:
                            wait = self._backoff(attempt, answer.headers.get("Retry-After"))
                            self._sleep(wait)
                        continue
                    response.status = answer.status_code
                    response.final_url = answer.url
                    response.headers = dict(answer.headers)
                    if answer.status_code == 304:
                        return response
                    if answer.status_code >= 400:
                        raise FetchError(
                            "fetch_failed", f"HTTP {answer.status_code} {answer.reason}"
                        )
                    response.body = self._read_capped(
                        answer, self.settings.max_page_bytes, deadline
                    )
                    return response
        raise FetchError(
            "fetch_failed",
            f"gave up after {self.settings.retries + 1} attempts: {last_problem}",
            unanswered=not last_problem.startswith("HTTP"),
        )

    def _follow(
        self,
        url: str,
        headers: dict[str, str],
        allowed: frozenset[str],
        deadline: _RequestDeadline,
    ) -> requests.Response:
        """The answer at the end of ``url``'s redirects, each hop checked before it is
        requested: http(s) only, an allowed host, that host's robots.txt."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            self._pace(current)
            answer = self.session.get(
                current,
                headers=headers,
                timeout=self._timeouts(),
                stream=True,
                allow_redirects=False,
            )
            if not answer.is_redirect:
                return answer
            location = urljoin(current, answer.headers.get("Location", ""))
            answer.close()
            parts = urlsplit(location)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise FetchError("fetch_failed", f"redirected to {location!r}, not an http(s) URL")
            if parts.netloc.lower() not in allowed:
                raise FetchError(
                    "host_not_allowed",
                    f"redirected to {location}, on a host the source does not name "
                    "(add it to the source's allowed_hosts to follow it)",
                )
            self._check_robots(location)
            current = location
        raise FetchError(
            "fetch_failed", f"more than {self.settings.max_redirects} redirects (a loop?)"
        )

    def _read_capped(
        self,
        answer: requests.Response,
        limit: int,
        deadline: _RequestDeadline,
        truncate: bool = False,
    ) -> bytes:
        """The body, decompressed, up to ``limit`` bytes: past it the download stops (and
        with ``truncate`` what came so far is kept)."""
        declared = answer.headers.get("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            raise FetchError(
                "too_large", f"{int(declared):,} bytes declared; the limit is {limit:,}"
            )
        body = bytearray()
        try:
            for chunk in answer.iter_content(CHUNK):
                body.extend(chunk)
                if len(body) > limit:
                    if truncate:
                        return bytes(body[:limit])
                    raise FetchError("too_large", f"over {limit:,} bytes; download stopped")
        except requests.RequestException as error:
            raise FetchError(
                "fetch_failed",
                f"body not received: {self._cause(error, deadline)}",
                unanswered=True,
            ) from None
        if deadline.expired:
            raise FetchError("fetch_failed", self._cause(None, deadline), unanswered=True)
        return bytes(body)

    def _cause(self, error: Exception | None, deadline: _RequestDeadline) -> str:
        if deadline.expired:
            return (
                f"timed out: no complete answer within {deadline.seconds:g} s "
                "(page_timeout_seconds)"
            )
        assert error is not None
        return describe_failure(error, self.settings)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        """Seconds to wait: the server's Retry-After when given, else exponential. A server
        that asks for more than max_retry_after_seconds is not waited for: the page fails and
        is tried again by the next run."""
        cap = self.settings.max_retry_after_seconds
        if retry_after:
            wait = _retry_after_seconds(retry_after)
            if wait is not None:
                if wait > cap:
                    raise FetchError(
                        "fetch_failed",
                        f"the server asks to retry after {wait:.0f} s, more than "
                        f"max_retry_after_seconds ({cap:g}); deferred to the next run",
                    )
                return wait
        return min(self.settings.backoff_seconds * (2**attempt), cap)


def _retry_after_seconds(value: str) -> float | None:
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unreadable Retry-After: back off as if none was given
    return max(when.timestamp() - time.time(), 0.0)


def describe_failure(error: Exception, settings: FetchSettings) -> str:
    """The real cause of a failed request, in plain words: DNS, refused, timeout, TLS."""
    if isinstance(error, requests.exceptions.SSLError):
        return f"TLS error: {_innermost(error)}"
    if isinstance(error, requests.ConnectTimeout):
        return f"connection timed out after {settings.connect_timeout_seconds:g} s"
    if isinstance(error, requests.ReadTimeout):
        return f"no answer within {settings.read_timeout_seconds:g} s (read_timeout_seconds)"
    if isinstance(error, requests.ConnectionError):
        reason = getattr(error.args[0], "reason", None) if error.args else None
        cause = (reason.__cause__ or reason.__context__) if reason is not None else None
        if isinstance(reason, urllib3.exceptions.NameResolutionError) or isinstance(
            cause, socket.gaierror
        ):
            host = getattr(reason, "_host", None) or getattr(
                getattr(reason, "conn", None), "host", ""
            )
            return f"DNS lookup failed: no address for {host!r}".replace(" for ''", "")
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset by the server"
        return f"could not connect: {_innermost(error)}"
    return f"{type(error).__name__}: {_innermost(error)}"


def _innermost(error: BaseException) -> str:
    while error.__cause__ or error.__context__:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    text = str(error) or type(error).__name__
    return text.split("\n", 1)[0][:200]
