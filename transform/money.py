"""Money amounts ("$1.5 million", "US$ 10.4 billion", "EUR 20 million") with their kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.lexicon import load_lexicon
from transform.text_spans import sentence_bounds

AMOUNT = re.compile(
    r"(?P<currency>US\$|U\.S\.\s?\$|\$|€|£|\b(?:USD|EUR|GBP|CHF)\s?)"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale_word>million|billion|thousand|trillion|mln|bn)\b|(?P<scale_letter>MM|M|B|K)\b)?",
    re.IGNORECASE,
)
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
}
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
POTENTIAL_CUES = (
    "up to",
    "potential",
    "eligible",
    "could receive",
    "may receive",
    "as much as",
    "could total",
    "could exceed",
    "contingent",
)


@dataclass(frozen=True)
class MoneyMatch:
    amount: float
    currency: str
    kind: str
    is_potential: bool
    text: str
    span_start: int
    span_end: int
    kind_rule: str


@cache
def _kind_cues() -> tuple[tuple[str, str], ...]:
    return tuple((row["cue"].lower(), row["kind"]) for row in load_lexicon("money_kinds"))


def _is_word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


# A cue after an amount belongs to another item once a comma or a conjunction intervenes
# ("up to $170 million and royalties"); before it, only a semicolon or "plus" separates.
BREAK_AFTER = re.compile(r"[,;]|\bplus\b|\band\b|\bas well as\b")
BREAK_BEFORE = re.compile(r";|\bplus\b|\bas well as\b")


def classify_amount(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(kind, rule): the kind named by the nearest cue in the amount's own clause of its
    sentence ("$170 million in milestones, plus royalties": the royalties are another item)."""
    lowered = sentence.lower()
    best: tuple[int, int, str, str] | None = None  # (distance, -cue length, kind, cue)
    for cue, kind in _kind_cues():
        position = lowered.find(cue)
        while position != -1:
            cue_end = position + len(cue)
            if position >= end:
                separated = BREAK_AFTER.search(lowered, end, position) is not None
            else:
                separated = BREAK_BEFORE.search(lowered, cue_end, start) is not None
            if _is_word_at(lowered, position, cue_end) and not separated:
                distance = position - end if position >= end else max(0, start - cue_end)
                candidate = (distance, -len(cue), kind, cue)
                if best is None or candidate < best:
                    best = candidate
            position = lowered.find(cue, position + 1)
    if best is None:
        return "other", "money_no_cue"
    return best[2], f"money_cue:{best[3]}"


def find_money(text: str) -> list[MoneyMatch]:
    """Every currency amount in ``text``, in text order."""
    found = []
    for match in AMOUNT.finditer(text):
        number = float(match["number"].replace(",", ""))
        scale_text = (match["scale_word"] or match["scale_letter"] or "").lower()
        amount = number * SCALES.get(scale_text, 1.0)
        currency_text = match["currency"].strip().lower().replace("u.s.", "us").replace(" ", "")
        currency = CURRENCIES.get(currency_text, "USD")
        left, right = sentence_bounds(text, match.start(), match.end())
        sentence = text[left:right]
        kind, rule = classify_amount(sentence, match.start() - left, match.end() - left)
        before = sentence[: match.start() - left].lower()
        is_potential = any(cue in before[-60:] for cue in POTENTIAL_CUES)
        if is_potential and kind == "upfront" and "milestone" in sentence.lower():
            kind, rule = (
                "milestone",
                "money_potential_is_not_upfront",
            )  # upfront is never contingent
        found.append(
            MoneyMatch(
                amount,
                currency,
                kind,
                is_potential,
                match.group(),
                match.start(),
                match.end(),
                rule,
            )
        )
    return found
