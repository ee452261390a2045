"""Clinical trial phases, normalised to "Phase I", "Phase I/II", "Phase II", "Phase II/III"..."""

from __future__ import annotations

from dataclasses import dataclass

from transform.literals import cued

PHASE = cued(
    r"\b[Pp]hase\s+(?P<first>IV|I{1,3}|[1-4])(?:[ab]\b)?"
    r"(?:\s*(?:/|-|–)\s*(?:[Pp]hase\s+)?(?P<second>IV|I{1,3}|[1-4])(?:[ab]\b)?)?\b"
)
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "I": "I", "II": "II", "III": "III", "IV": "IV"}


@dataclass(frozen=True)
class PhaseMatch:
    phase: str
    text: str
    span_start: int
    span_end: int


def find_phases(text: str) -> list[PhaseMatch]:
    """Every phase mention, normalised; "Phase 1b/2" becomes "Phase I/II"."""
    found = []
    for match in PHASE.finditer(text):
        first = ROMAN[match["first"]]
        second = ROMAN[match["second"]] if match["second"] else None
        phase = f"Phase {first}/{second}" if second and second != first else f"Phase {first}"
        found.append(PhaseMatch(phase, match.group(), match.start(), match.end()))
    return found
