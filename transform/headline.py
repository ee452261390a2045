"""The headline: the first line of the release that reads like a title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.dateline import DATE
from transform.lexicon import load_lexicon

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


def find_headline(text: str, stop: int | None) -> HeadlineMatch | None:
    """First title-like line before ``stop`` (the dateline), skipping labels and date lines."""
    offset = 0
    limit = len(text) if stop is None else stop
    for line in text.split("\n"):
        if offset >= limit:
            break
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        if (
            len(stripped.split()) < MIN_WORDS
            or len(stripped) > MAX_CHARS
            or stripped.casefold() in _noise_lines()
            or DATE_ONLY_LINE.match(stripped)
            or LETTERHEAD.search(stripped)
            or (stripped.isupper() and len(stripped.split()) <= 5)  # form labels, not titles
            or not any(ch.isalpha() for ch in stripped)
        ):
            continue
        return HeadlineMatch(stripped, start, start + len(stripped))
    return None
