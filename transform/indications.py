"""Indications: diseases a release names, from the indication lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from transform.dictionary import DictionaryMatcher
from transform.lexicon import load_lexicon


@dataclass(frozen=True)
class IndicationMatch:
    name: str
    span_start: int
    span_end: int


@cache
def _lexicon() -> DictionaryMatcher[str]:
    return DictionaryMatcher((row["term"], row["term"]) for row in load_lexicon("indications"))


def find_indications(text: str) -> list[IndicationMatch]:
    """Each indication once, as first printed; acronyms ("SCLC") only in capitals."""
    found, seen = [], set()
    for match in _lexicon().find(text):
        printed = text[match.start : match.end]
        if match.value.isupper() and printed != match.value:
            continue
        if printed.casefold() in seen:
            continue
        seen.add(printed.casefold())
        found.append(IndicationMatch(printed, match.start, match.end))
    return found
