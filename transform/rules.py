"""Every extraction rule in one place: its name, the table it fills, how sure a value it reads
is, and what it reads (lexicons/extraction_rules.csv). Extractors name their rules and ask
``confidence(rule)``; no confidence is typed in an extractor."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from transform.lexicon import load_lexicon


@dataclass(frozen=True)
class Rule:
    name: str
    table: str
    confidence: float
    meaning: str


@cache
def rules() -> dict[str, Rule]:
    """Rule name -> its row of extraction_rules.csv."""
    return {
        row["rule"]: Rule(row["rule"], row["table"], float(row["confidence"]), row["meaning"])
        for row in load_lexicon("extraction_rules")
    }


def listed_rule(rule: str) -> str:
    """The listed rule a rule name stands for: itself, or the first part of
    "event_cue:<cue>" and "drug_vocabulary+compound_aliases"."""
    if rule in rules():
        return rule
    return rule.split(":", 1)[0].split("+", 1)[0]


def confidence(rule: str) -> float:
    """How sure a value the rule reads is; a KeyError names a rule missing from the list."""
    return rules()[listed_rule(rule)].confidence
