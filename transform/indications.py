"""Indications: diseases a release names, from the indication lexicon.

Plural mentions ("gastrointestinal cancers") match their singular entry, and a list that shares
one head noun ("gastric, pancreatic and colorectal cancers") names each of its diseases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.dictionary import DictionaryMatcher
from transform.lexicon import load_lexicon

HEADS = ("cancer", "tumor", "tumour", "carcinoma", "lymphoma", "leukemia", "sarcoma")
SHARED_HEAD = re.compile(
    r"\b((?:[a-z][a-z-]+,\s)+(?:(?:and|or)\s)?(?:other\s|many\s)*)([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)"
    r"\s(cancers|tumors|tumours|carcinomas)\b"
)


@dataclass(frozen=True)
class IndicationMatch:
    name: str
    span_start: int
    span_end: int
    rule: str


@cache
def _terms() -> frozenset[str]:
    return frozenset(row["term"].casefold() for row in load_lexicon("indications"))


@cache
def _lexicon() -> DictionaryMatcher[str]:
    terms = []
    for row in load_lexicon("indications"):
        term = row["term"]
        terms.append((term, term))
        if term.split(" ")[-1] in HEADS:
            terms.append((term + "s", term))  # "solid tumors", "gastrointestinal cancers"
    return DictionaryMatcher(terms)


def find_indications(text: str) -> list[IndicationMatch]:
    """Each indication once, as first printed; acronyms ("SCLC") only in capitals."""
    found: list[IndicationMatch] = []
    seen: set[str] = set()

    def add(name: str, start: int, end: int, rule: str) -> None:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            found.append(IndicationMatch(name, start, end, rule))

    for entry in _lexicon().find(text):
        printed = text[entry.start : entry.end]
        if entry.value.isupper() and printed != entry.value:
            continue
        add(printed, entry.start, entry.end, "indication_lexicon")
    for match in SHARED_HEAD.finditer(text):
        head = match.group(3).rstrip("s")
        listed = re.split(r",\s|\s(?:and|or)\s", match.group(1))
        for adjective in (a.strip() for a in listed):
            adjective = re.sub(r"^(?:and|or|other|many)\s", "", adjective)
            if adjective and f"{adjective} {head}".casefold() in _terms():
                start = match.start(1) + match.group(1).find(adjective)
                add(f"{adjective} {head}", start, start + len(adjective), "indication_shared_head")
    return sorted(found, key=lambda m: m.span_start)
