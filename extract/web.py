"""Web sources: a release page, a newsroom listing (with pagination) or an RSS/Atom feed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

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
    since: str | None = None  # backfill: ISO date; older listing items are not fetched


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


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
LISTING_DATES = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{MONTH}\s+(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d)\s+{MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<m>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
]


def listing_date(text: str) -> dt.date | None:
    """The first date printed in a listing item ("Nov 3, 2011", "2011-11-03", "11/03/2011")."""
    for pattern in LISTING_DATES:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = MONTHS.get(parts["month"].lower()) if parts.get("month") else int(parts["m"])
            try:
                return dt.date(int(parts["year"]), month or 0, int(parts["day"]))
            except (TypeError, ValueError):
                continue
    return None


def _item_date(anchor: Tag) -> dt.date | None:
    """The date printed with a listing link: in its <time>, or its list item's text."""
    node: Tag | None = anchor
    for _ in range(3):
        if node is None:
            return None
        if node is not anchor and len(node.find_all("a", href=True)) > 1:
            return None  # the container holds other releases too
        time_tag = node.find("time") if node is not anchor else None
        if isinstance(time_tag, Tag):
            found = listing_date(str(time_tag.get("datetime") or "")) or listing_date(
                time_tag.get_text(" ")
            )
            if found:
                return found
        found = listing_date(node.get_text(" "))
        if found:
            return found
        parent = node.parent
        node = parent if isinstance(parent, Tag) else None
    return None


def listing_items(
    html: str, base_url: str, link_pattern: str | None
) -> tuple[list[tuple[str, dt.date | None]], str | None]:
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
    items: dict[str, dt.date | None] = {}
    for anchor in soup.find_all("a", href=True):
        href = urljoin(base_url, str(anchor["href"]))
        text = anchor.get_text(" ", strip=True)
        if urlsplit(href).scheme not in ("http", "https") or urlsplit(href).netloc != host:
            continue
        if (pattern is not None and pattern.search(href)) or (
            pattern is None and len(text.split()) >= MIN_HEADLINE_WORDS
        ):
            href = urldefrag(href)[0]
            if href not in items:
                items[href] = _item_date(anchor)
    return list(items.items()), next_page
