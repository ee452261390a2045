"""Release text from an HTML page: known layouts by structure, else a main-content extractor.

Headline, dateline, body, "About" sections and contacts are kept; navigation, share buttons,
cookie banners and related-news lists are dropped. Block elements become paragraphs and inline
elements stay inline, so "(<a>Nasdaq: IMGN</a>)" reads as "(Nasdaq: IMGN)", exactly as in a
plain-text copy of the same release.
"""

from __future__ import annotations

import html
import re
from functools import cache

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction

from transform.lexicon import load_lexicon

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "center",
    ]
)
CELLS = frozenset({"td", "th"})
SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
WHITESPACE = re.compile(r"\s+")
MIN_LAYOUT_WORDS = 40  # a matched layout with less text than this is not the release


@cache
def _layouts() -> tuple[dict[str, str], ...]:
    return load_lexicon("page_layouts")


def block_text(node: Tag) -> str:
    """Text of ``node`` with one line per block element and inline text joined by spaces."""
    parts: list[str] = []

    def walk(element: Tag) -> None:
        for child in element.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, SKIPPED_STRINGS):
                    parts.append(WHITESPACE.sub(" ", str(child)))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                elif child.name == "pre":
                    parts.append("\n\n" + child.get_text() + "\n\n")
                elif child.name in BLOCKS:
                    parts.append("\n\n")
                    walk(child)
                    parts.append("\n\n")
                elif child.name in CELLS:
                    walk(child)
                    parts.append(" | ")
                else:
                    walk(child)

    walk(node)
    lines = (line.strip(" |") for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines)).strip()


# what a simple selector needs printed in the page's markup to match anything: its tag
# ("article" needs "<article"), class or id ("div.bw-release-story" needs "bw-release-story"),
# attribute and value ("[itemprop=articleBody]", "[class*=share]"); a scan of the markup for
# these saves a walk of the whole tree for each selector of each layout
SELECTOR_TAG = re.compile(r"^([a-z][a-z0-9]*)")
SELECTOR_NAMES = re.compile(r"[.#]([\w-]+)|\[([\w-]+)(?:[*^$|~]?=([^\]\s]+)(?:\s+i)?)?\]")


def _may_match(markup: str, selector: str) -> bool:
    """Whether ``markup`` (the page in lower case) prints what ``selector`` needs to match."""
    tag = SELECTOR_TAG.match(selector)
    if tag and f"<{tag[1]}" not in markup:
        return False
    for name in SELECTOR_NAMES.finditer(selector):
        needed = (name[1] or name[3] or name[2]).strip("\"'").lower()
        if needed not in markup:
            return False
    return True


def _select_first(soup: Tag, selectors: str, markup: str | None = None) -> Tag | None:
    for selector in selectors.split("|"):
        if markup is not None and not _may_match(markup, selector):
            continue
        found = soup.select_one(selector)
        if found is not None:
            return found
    return None


def _page_title(soup: BeautifulSoup) -> str:
    heading = soup.find("h1")
    if isinstance(heading, Tag):
        return heading.get_text(" ", strip=True)
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def html_release_text(html: str) -> tuple[str, str]:
    """(text, layout name): the release in a page, headline first, furniture removed."""
    soup = BeautifulSoup(html, "html.parser")
    markup = html.lower()
    layout = next((row for row in _layouts() if _select_first(soup, row["match"], markup)), None)
    # The headline often sits in a <header>, which is furniture everywhere else: read it first.
    headline_tag = _select_first(soup, layout["headline"], markup) if layout else None
    headline = headline_tag.get_text(" ", strip=True) if headline_tag else ""
    noise_selector = ", ".join(
        row["selector"] for row in load_lexicon("page_noise") if _may_match(markup, row["selector"])
    )
    for noise in soup.select(noise_selector) if noise_selector else ():
        if not noise.decomposed:
            noise.decompose()
    body = _select_first(soup, layout["body"], markup) if layout else None
    if layout is None or body is None or len(body.get_text(" ").split()) < MIN_LAYOUT_WORDS:
        return _fallback_text(soup, headline)
    text = block_text(body)
    if headline and not text.startswith(headline):
        text = f"{headline}\n\n{text}"
    return text, layout["name"]


def _fallback_text(soup: BeautifulSoup, headline: str) -> tuple[str, str]:
    import trafilatura  # slow to import; only pages of unknown layout need it

    extracted = trafilatura.extract(
        str(soup), favor_recall=True, include_comments=False, include_tables=True
    )
    title = headline or _page_title(soup)
    if extracted:
        text = extracted if not title or extracted.startswith(title) else f"{title}\n\n{extracted}"
        return text, "trafilatura"
    body = soup.body or soup
    text = block_text(body)
    return (text if not title or text.startswith(title) else f"{title}\n\n{text}"), "whole_page"


# A plain-text copy of a page may keep the page's markup as characters: its character
# references ("Zeta&#8217;s", "Omega &amp; Co."), or the Markdown a converter wrote ("# Title",
# "**BOSTON, Feb. 18, 2025** --", "[jane@zeta.com](mailto:jane@zeta.com)").
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# (never a run of three stars or more: a contract's redaction "[***]")
MARKDOWN_STRONG = re.compile(r"(?<![*\w])(\*\*|__)(?![*\s])([^*_\n]{1,300}?)(?<![\s*])\1(?![*\w])")
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|mailto:|/|#)[^()\s]{0,300}\)")
# a line in italics whole: "*Priority Review granted; PDUFA date set*" (never a footnote's mark)
MARKDOWN_EMPHASIS_LINE = re.compile(r"^([*_])(?=\S)([^*_\n]{1,300})(?<=\S)\1[ \t]*$", re.MULTILINE)
MIN_MARKDOWN_SIGNS = 2  # a heading, strong words or a link: two such signs make a Markdown text


def plain_markup_text(text: str) -> str:
    """``text`` with its character references decoded and, when it is Markdown (two signs of
    it at least), its marks dropped and its links' words kept."""
    if "&" in text:
        text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
    signs = 0
    for sign in (MARKDOWN_HEADING, MARKDOWN_STRONG, MARKDOWN_LINK):
        signs += len(sign.findall(text, 0, MARKDOWN_SCAN_CHARS))
        if signs >= MIN_MARKDOWN_SIGNS:
            break
    if signs < MIN_MARKDOWN_SIGNS:
        return text
    text = MARKDOWN_HEADING.sub("", text)
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = MARKDOWN_STRONG.sub(r"\2", text)
    return MARKDOWN_EMPHASIS_LINE.sub(r"\2", text)


MARKDOWN_SCAN_CHARS = 20_000  # the signs are looked for in the text's opening
