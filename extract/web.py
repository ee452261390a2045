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
    # other hosts (host or host:port) whose pages, feed items and redirects may be fetched
    allowed_hosts: tuple[str, ...] = ()


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
        if node is not anchor and len(node.find_all("a", href=True, limit=2)) > 1:
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


DIGITS = re.compile(r"\d+")
SLUG_SEPARATORS = re.compile(r"[-_]")


@dataclass
class _Link:
    url: str
    anchor: Tag
    words: int


def _structure(anchor: Tag) -> tuple[str, ...]:
    """Where a link sits: its item's tags, and the list it belongs to by tag, id and class.

    Links in one list of items share it; odd/even or "first" classes on the items do not
    split them, since the item levels are compared by tag name alone."""
    parts: list[str] = []
    node = anchor.parent
    for level in range(4):
        if not isinstance(node, Tag):
            break
        if level < 2:
            parts.append(node.name)
        else:
            classes = " ".join(sorted(node.get("class") or []))
            parts.append(f"{node.name}#{node.get('id') or ''}.{DIGITS.sub('#', classes)}")
        node = node.parent
    return tuple(parts)


def _url_shape(url: str) -> tuple[str, tuple[str, ...]]:
    """What the URLs of one kind of page share: the folder, numbers generalised, and the
    names of the query's parameters (/news/2011/a-b -> /news/#/)."""
    parts = urlsplit(url)
    folder = parts.path.rsplit("/", 1)[0] + "/"
    keys = tuple(sorted({pair.split("=", 1)[0] for pair in parts.query.split("&") if pair}))
    return DIGITS.sub("#", folder), keys


def _release_likeness(link: _Link) -> float:
    """How much one link looks like a release: a headline's words, a printed date, an id or
    slug in its path, a path below the site's top."""
    path = urlsplit(link.url).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    score = 2.0 if link.words >= MIN_HEADLINE_WORDS else 0.0
    if _item_date(link.anchor):
        score += 2.0
    if DIGITS.search(path) or len(SLUG_SEPARATORS.findall(last)) >= 2:
        score += 1.0
    if path.strip("/").count("/") >= 1:
        score += 1.0
    return score


def _release_links_by_structure(links: list[_Link]) -> list[_Link]:
    """The links of a listing's list of releases, whatever their anchor text.

    Links are grouped by where they sit (_structure) and what their URLs share (_url_shape);
    the group that looks most like releases wins, with any other group of links to the same
    kind of URL (a featured release above the list, "Read more" links beside headlines).
    Navigation sits in other lists and points at other kinds of URLs."""
    groups: dict[tuple[tuple[str, ...], tuple[str, tuple[str, ...]]], list[_Link]] = {}
    for link in links:
        groups.setdefault((_structure(link.anchor), _url_shape(link.url)), []).append(link)
    if not groups:
        return []

    def score(members: list[_Link]) -> float:
        distinct = {link.url: link for link in members}.values()
        return sum(_release_likeness(link) + 0.5 for link in distinct)

    best_key = max(groups, key=lambda key: score(groups[key]))
    best_shape = best_key[1]
    at_top = best_shape == ("/", ())
    return [
        link
        for key, members in groups.items()
        if key == best_key or (key[1] == best_shape and not at_top)
        for link in members
    ]


def listing_items(
    html: str, base_url: str, link_pattern: str | None
) -> tuple[list[tuple[str, dt.date | None]], str | None]:
    """Release links of a newsroom listing page, in page order, and its next page if any.

    Release links stay on the listing's site. With a configured ``link_pattern`` they are the
    links whose URL matches it; otherwise they are found by structure, not by anchor text:
    the links that sit in one list of items and point at one kind of URL (see
    _release_links_by_structure), so "Read more", "Exhibit 99.1" or a date is followed and
    navigation is not."""
    soup = BeautifulSoup(html, "html.parser")
    # pagination often sits in <nav>: found before the furniture goes
    rel_next = [
        urljoin(base_url, str(a["href"]))
        for a in soup.find_all(["a", "link"], href=True)
        if "next" in (a.get("rel") or [])
    ]
    text_next = [
        urljoin(base_url, str(a["href"]))
        for a in soup.find_all("a", href=True)
        if NEXT_PAGE_TEXT.match(a.get_text(" "))
    ]
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    host = urlsplit(base_url).netloc
    here = urldefrag(base_url)[0]
    pattern = re.compile(link_pattern) if link_pattern else None
    links = []
    for anchor in soup.find_all("a", href=True):
        href = urldefrag(urljoin(base_url, str(anchor["href"])))[0]
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https") or parts.netloc != host or href == here:
            continue
        if href in rel_next[:1] or (pattern is not None and not pattern.search(href)):
            continue
        links.append(_Link(href, anchor, len(anchor.get_text(" ", strip=True).split())))
    chosen = links if pattern is not None else _release_links_by_structure(links)
    keep = {id(link) for link in chosen}
    items: dict[str, dt.date | None] = {}
    for link in links:
        if id(link) in keep and link.url not in items:
            items[link.url] = _item_date(link.anchor)
    # "Next" or "»" names the next page unless it is one of the releases ("»" as a headline)
    next_page = next(iter(rel_next + [url for url in text_next if url not in items]), None)
    items.pop(next_page or "", None)
    return list(items.items()), next_page
