"""Events a release announces, from cue phrases in its headline and lead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.lexicon import load_lexicon
from transform.text_spans import sentence_bounds


@dataclass(frozen=True)
class EventMatch:
    event_type: str
    sentence: str
    span_start: int
    span_end: int
    rule: str


@cache
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (row["event_type"], re.compile(row["cue"], re.IGNORECASE))
        for row in load_lexicon("event_cues")
    )


def find_events(text: str, lead_end: int) -> list[EventMatch]:
    """Each event type once, with the sentence that announces it (within ``text[:lead_end]``)."""
    found: dict[str, EventMatch] = {}
    for event_type, cue in _cues():
        if event_type in found:
            continue
        match = cue.search(text, 0, lead_end)
        if match:
            left, right = sentence_bounds(text, match.start(), match.end())
            found[event_type] = EventMatch(
                event_type,
                text[left:right].strip(),
                match.start(),
                match.end(),
                f"event_cue:{cue.pattern[:40]}",
            )
    return sorted(found.values(), key=lambda e: e.span_start)


DEAL_TYPES = ("licensing_deal", "collaboration", "acquisition")
SECTION_END = re.compile(
    r"\n\s*(?:About\s+[A-Z]|Forward[- ]Looking Statements|Safe Harbor|Cautionary|Contacts?\b)",
    re.IGNORECASE,
)


def background_start(text: str, start: int) -> int:
    """Where the About, forward-looking or contact sections begin, after ``start``."""
    boundary = SECTION_END.search(text, start)
    return boundary.start() if boundary else len(text)


def find_background_deals(text: str, start: int) -> list[EventMatch]:
    """Deals the body recalls rather than announces ("In 2004, Biogen Idec licensed the
    exclusive right ..."), between ``start`` and the About or forward-looking section."""
    end = background_start(text, start)
    found: dict[tuple[int, int], EventMatch] = {}
    for event_type, cue in _cues():
        if event_type not in DEAL_TYPES:
            continue
        for match in cue.finditer(text, start, end):
            left, right = sentence_bounds(text, match.start(), match.end())
            found.setdefault(
                (left, right),
                EventMatch(
                    event_type,
                    text[left:right].strip(),
                    match.start(),
                    match.end(),
                    f"event_cue_background:{cue.pattern[:40]}",
                ),
            )
    return sorted(found.values(), key=lambda e: e.span_start)
