"""Web sources: a release page, a newsroom listing (with pagination) or an RSS/Atom feed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

SOURCE_KINDS = ("page", "listing", "feed")
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")
NEXT_PAGE_TEXT = re.compile(r"^\s*(next|older|more|»|›|next page|older news)\s*[»›>]*\s*$", re.I)
MIN_HEADLINE_WORDS = 4
LISTING_LINK_SHARE = 0.5  # a page whose words are mostly link text is a listing


@dataclass(frozen=True)
class WebSource:
    url: str
    kind: str | None = None  # page | listing | feed; None: decided from the first response
    name: str | None = None
    max_pages: int = 3  # listing pages followed through "next" links
    link_pattern: str | None = None  # a release link's URL must match this regex


def parse_source_spec(spec: str) -> WebSource:
    """``URL`` or ``KIND:URL`` (``feed:https://...``) as given on the command line."""
    kind, _, rest = spec.partition(":")
    if kind in SOURCE_KINDS and rest.startswith(("http://", "https://")):
        return WebSource(url=rest, kind=kind)
    return WebSource(url=spec)


def is_web_source(spec: str) -> bool:
    kind, _, rest = spec.partition(":")
    target = rest if kind in SOURCE_KINDS else spec
    return target.startswith(("http://", "https://"))


def looks_like_feed(body: bytes, content_type: str) -> bool:
    if any(t in content_type for t in ("rss", "atom", "/xml")):
        return True
    return any(marker in body[:2048] for marker in FEED_MARKERS)


def feed_links(body: bytes, base_url: str) -> list[str]:
    """Item links of an RSS 2.0, RSS 1.0 or Atom feed, in feed order."""
    root = ElementTree.fromstring(body)
    links: list[str] = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "item":
            link = next((c.text for c in element if c.tag.rsplit("}", 1)[-1] == "link"), None)
            if link and link.strip():
                links.append(urljoin(base_url, link.strip()))
        elif tag == "entry":
            for child in element:
                if child.tag.rsplit("}", 1)[-1] == "link" and child.get("rel", "alternate") in (
                    "alternate",
                    "",
                ):
                    links.append(urljoin(base_url, child.get("href", "")))
                    break
    return _unique(links)


def _unique(links: list[str]) -> list[str]:
    return list(dict.fromkeys(urldefrag(link).url for link in links if link))


def _link_words(soup: BeautifulSoup) -> tuple[int, int]:
    link_words = sum(len(a.get_text(" ", strip=True).split()) for a in soup.find_all("a"))
    all_words = len(soup.get_text(" ", strip=True).split())
    return link_words, all_words


def looks_like_listing(html: str) -> bool:
    """A page whose words are mostly link text (headlines to click) rather than running prose."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    link_words, all_words = _link_words(soup)
    return all_words > 0 and link_words / all_words >= LISTING_LINK_SHARE


def listing_links(
    html: str, base_url: str, link_pattern: str | None
) -> tuple[list[str], str | None]:
    """Release links of a newsroom listing page, and the URL of its next page if any.

    A release link stays on the listing's site and reads like a headline (four words or more),
    or matches the source's ``link_pattern`` when one is configured.
    """
    soup = BeautifulSoup(html, "html.parser")
    next_page = None
    for anchor in soup.find_all(["a", "link"], href=True):  # pagination often sits in <nav>
        if "next" in (anchor.get("rel") or []) or NEXT_PAGE_TEXT.match(anchor.get_text(" ")):
            next_page = urljoin(base_url, str(anchor["href"]))
            anchor.decompose()
            break
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    host = urlsplit(base_url).netloc
    pattern = re.compile(link_pattern) if link_pattern else None
    links = []
    for anchor in soup.find_all("a", href=True):
        href = urljoin(base_url, str(anchor["href"]))
        text = anchor.get_text(" ", strip=True)
        if urlsplit(href).scheme not in ("http", "https") or urlsplit(href).netloc != host:
            continue
        if pattern is not None:
            if pattern.search(href):
                links.append(href)
        elif len(text.split()) >= MIN_HEADLINE_WORDS:
            links.append(href)
    return _unique(links), next_page
