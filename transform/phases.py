"""Clinical trial phases, normalised to "Phase I", "Phase I/II", "Phase II", "Phase II/III"..."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transform.literals import cued

PHASE = cued(
    # (its word in capitals too, as a title prints it, or a hyphen after it: "PHASE II STUDY",
    # "Phase-3 data")
    # (or its abbreviation, a figure or numeral after it: "a Ph3 trial", "a Ph. II study";
    # never "Ph.D." nor a formula's "Ph3P")
    r"\b(?:(?:[Pp]hase|PHASE)(?:\s+|-)|Ph(?:\.\s?|\s)?(?=(?:IV|I{1,3}|[1-4])(?:[ab])?\b))"
    r"(?:(?P<first>IV|I{1,3}|[1-4])(?:[ab]\b)?"
    r"(?:\s*(?:/|-|–)\s*(?:[Pp]hase\s+)?(?P<second>IV|I{1,3}|[1-4])(?:[ab]\b)?)?\b"
    # or its number in words, a trial's word after it: "a phase two trial of PTX-100" (never
    # "phase two of the expansion")
    r"|(?P<word>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|ONE|TWO|THREE|FOUR)\b"
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|clinical)\b))"
)
# a second phase printed without its word after "and" or "or": "Phase I and II studies", "the
# phase 1 and 2a clinical trials" (never a count: "Phase 2 and 3 patients", "and 2 mg")
ELIDED = re.compile(
    r"\s+(?:and|or|&)\s+(?P<phase>IV|I{1,3}|[1-4])(?:[ab])?\b"
    r"(?!\s*(?:%|percent|per\b|mg\b|patients|subjects|people|years?|months?|weeks?|days?|doses?"
    r"|sites|times|-))"
)
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "I": "I", "II": "II", "III": "III", "IV": "IV"}
ROMAN |= {"one": "I", "two": "II", "three": "III", "four": "IV"}


@dataclass(frozen=True)
class PhaseMatch:
    phase: str
    text: str
    span_start: int
    span_end: int


def find_phases(text: str) -> list[PhaseMatch]:
    """Every phase mention, normalised; "Phase 1b/2" becomes "Phase I/II", and "Phase I and II"
    names both."""
    found = []
    for match in PHASE.finditer(text):
        first = ROMAN[match["word"].lower()] if match["word"] else ROMAN[match["first"]]
        second = ROMAN[match["second"]] if match["second"] else None
        phase = f"Phase {first}/{second}" if second and second != first else f"Phase {first}"
        found.append(PhaseMatch(phase, match.group(), match.start(), match.end()))
        elided = ELIDED.match(text, match.end())
        if elided and not second:
            other = f"Phase {ROMAN[elided['phase']]}"
            start = elided.start("phase")
            found.append(PhaseMatch(other, text[start : elided.end()], start, elided.end()))
    return found
