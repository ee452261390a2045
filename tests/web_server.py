"""A real HTTP server on 127.0.0.1 serving pages the tests write, with scripted failures."""

from __future__ import annotations

import dataclasses
import html
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    send_length: bool = True  # False: no Content-Length, the body ends when the connection does
    trickle: float = 0.0  # seconds between single bytes of the whole answer, headers included


@dataclass
class Route:
    replies: list[Reply]  # served in order; the last one repeats
    etag: str | None = None  # answer 304 when the client sends it back
    served: int = 0

    def next_reply(self) -> Reply:
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


class Site:
    """Routes by path, and a log of every request (path, If-None-Match, status sent)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str | None, int]] = []
        self.base = ""

    def page(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        etag: str | None = None,
        **headers: str,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(
            [Reply(200, data, {"Content-Type": content_type, **headers})], etag=etag
        )

    def script(self, path: str, *replies: Reply) -> None:
        self.routes[path] = Route(list(replies))

    def url(self, path: str) -> str:
        return self.base + path

    def statuses(self, path: str) -> list[int]:
        return [status for logged, _, status in self.log if logged == path]


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            route = site.routes.get(self.path)
            sent_etag = self.headers.get("If-None-Match")
            if route is None:
                reply = Reply(
                    404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}
                )
            elif route.etag and sent_etag == route.etag:
                reply = Reply(304, b"", {"ETag": route.etag})
            else:
                reply = route.next_reply()
                if route.etag:
                    reply = dataclasses.replace(
                        reply, headers={**reply.headers, "ETag": route.etag}
                    )
            site.log.append((self.path, sent_etag, reply.status))
            if reply.delay:
                time.sleep(reply.delay)
            if reply.trickle:
                self._trickle(reply)
                return
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.status != 304 and reply.send_length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.status != 304:
                    self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def _trickle(self, reply: Reply) -> None:
            head = f"HTTP/1.1 {reply.status} OK\r\nContent-Length: {len(reply.body)}\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items()) + "\r\n"
            try:
                for byte in head.encode("latin-1") + reply.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            except OSError:
                pass  # the client gave up, as it should
            self.close_connection = True

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    """A fresh site per test, on a free port of 127.0.0.1; robots.txt absent unless set."""
    yield from _serve()


@pytest.fixture
def other_site() -> Iterator[Site]:
    """A second site, on another port of 127.0.0.1: another host, as far as a URL goes."""
    yield from _serve()


def _serve() -> Iterator[Site]:
    pages = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(pages))
    server.daemon_threads = True
    pages.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield pages
    server.shutdown()
    server.server_close()


def wire_page(text: str, sidebar_headlines: list[str]) -> str:
    """A Business Wire-style page for a release: headline, story, share bar, related news."""
    headline, _, rest = text.strip().partition("\n")
    paragraphs = "\n".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in rest.strip().split("\n\n")
    )
    related = "".join(
        f'<li><a href="/news/{i}">{html.escape(h)}</a></li>'
        for i, h in enumerate(sidebar_headlines)
    )
    return f"""<!DOCTYPE html><html><head><title>{html.escape(headline)} | Business Wire</title>
<script>window.dataLayer = [];</script></head><body>
<header><nav><a href="/">Home</a> <a href="/newsroom">Newsroom</a></nav></header>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article>
<h1 class="epr-headline">{html.escape(headline)}</h1>
<div class="bw-share">Share: <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>
<div class="bw-release-story">{paragraphs}</div>
</article>
<aside class="related-news"><h3>More News From Business Wire</h3><ul>{related}</ul></aside>
</main><footer>&copy; 2026 Business Wire</footer></body></html>"""
