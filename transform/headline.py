"""The headline: the first title-like line before the lead that names what the lead is about."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.dateline import DATE
from transform.lexicon import load_lexicon
from transform.repair.words import FUNCTION_WORDS

# Letterhead lines: a postal address, a telephone line
LETTERHEAD = re.compile(
    r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b|^(?:TEL|Tel|Phone|FAX|Fax)\b"
    r"|^\d{1,5} [A-Z][a-z]+ (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Way)\b"
)
DATE_ONLY_LINE = re.compile(rf"^[\[(]?\s*{DATE}.{{0,20}}$|^[\d./\-: |]+$")
MIN_WORDS = 3
MAX_CHARS = 400


@dataclass(frozen=True)
class HeadlineMatch:
    text: str
    span_start: int
    span_end: int


@cache
def _noise_lines() -> frozenset[str]:
    return frozenset(row["line"].casefold() for row in load_lexicon("headline_noise"))


CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")
MIN_SHARED_WORDS = 2  # a headline names what its lead paragraph is about
MAX_CANDIDATES = 40
LEAD_CHARS = 1500
MIN_LEAD_WORDS = 20  # fewer content words after the title lines: judge by the text that follows
PROSE = re.compile(r"(?:[^\W\d_]+[,;:]?\s+){25}")  # a run of 25 words: running text, not chrome
LABEL_PREFIX = re.compile(
    r"^(?:press release|news release|news|exhibit 99\.\d)\s*[:\-–—|]\s*", re.I
)


def _content_words(text: str) -> set[str]:
    return {
        word.casefold().strip("'’-")
        for word in CONTENT_WORD.findall(text)
        if word.casefold() not in FUNCTION_WORDS
    }


def _candidates(text: str, limit: int) -> list[HeadlineMatch]:
    """Title-like lines before ``limit``: no labels, dates, letterheads or form captions."""
    found: list[HeadlineMatch] = []
    offset = 0
    for line in text.split("\n"):
        if offset >= limit or len(found) >= MAX_CANDIDATES:
            break
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        label = LABEL_PREFIX.match(stripped)
        if label:
            start += label.end()
            stripped = stripped[label.end() :]
        if (
            len(stripped.split()) < MIN_WORDS
            or len(stripped) > MAX_CHARS
            or stripped.casefold() in _noise_lines()
            or DATE_ONLY_LINE.match(stripped)
            or LETTERHEAD.search(stripped)
            or (stripped.isupper() and len(stripped.split()) <= 5)  # form labels, not titles
            or not any(ch.isalpha() for ch in stripped)
            or (stripped.startswith("|") and stripped.endswith("|"))  # a table's row
        ):
            continue
        found.append(HeadlineMatch(stripped, start, start + len(stripped)))
    return found


def find_headline(text: str, stop: int | None) -> HeadlineMatch | None:
    """The title line of the release: of the title-like lines before its lead (the dateline,
    else the first run of prose), the one that shares most content words with the lead.
    Page furniture ("Bookmark and Share", "Skip to content", an SEC cover's "Washington, D.C.
    20549") names nothing the lead is about: with no line sharing two words, no headline."""
    if stop is None:
        prose = PROSE.search(text)
        stop = prose.start() if prose else len(text)
    lead = _content_words(text[stop : stop + LEAD_CHARS])
    scored = []
    for candidate in _candidates(text, stop):
        # a short copy may end before its lead: then the text after the line stands for it
        about = (
            lead
            if len(lead) >= MIN_LEAD_WORDS
            else _content_words(text[candidate.span_end : candidate.span_end + LEAD_CHARS])
        )
        shared = len(_content_words(candidate.text) & about)
        if shared >= MIN_SHARED_WORDS:
            scored.append((candidate, shared))
    if not scored:
        return None
    # the first line that names about as much of the lead as the best one does: a subheadline
    # follows its headline, while chrome that names the company ("Industry News: Acme") names
    # less of it
    best = max(shared for _, shared in scored)
    first = next(c for c, shared in scored if shared * 2 >= best)
    for later, _ in scored:
        # the same headline printed again: cut short before ("... for Treating HER2-Positive"),
        # or after navigation ("Home Media Center Press releases Acme Announces ...")
        if later.span_start > first.span_start and (
            later.text.startswith(first.text) or first.text.endswith(" " + later.text)
        ):
            return later
    return first
