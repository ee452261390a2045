"""Trial details a release states: doses, dosing schedules and patient counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.lexicon import context_words, words_alternation
from transform.literals import cued

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "eight": 8,
    "ten": 10,
    "twelve": 12,
}
DOSE = cued(
    r"(?<![\w.])(?P<number>\d+(?:\.\d+)?)\s?(?P<unit>mg/m2|mg/m²|mg/kg|µg/kg|mcg/kg|mg|µg|mcg)"
    r"(?![\w/])"
)
SCHEDULE = cued(
    r"\b(?:(?:once|twice|three times)\s+(?:a|per|each|every)\s+"
    r"(?:day|week|month|(?:two|three|four|six|\d+)\s+(?:weeks|days|months))"
    r"|every\s+(?:two|three|four|six|\d+)\s+(?:weeks|days|months)"
    r"|(?:once|twice)\s+(?:daily|weekly|monthly)"
    r"|Q[1-6]W)\b",
    re.IGNORECASE,
)
# A count of patients: "up to 40 response-evaluable patients"; not a code's digits ("AVX-12 in
# patients") nor a number a preposition parts from them ("NT-4410 to patients")
PATIENTS = re.compile(
    r"\b(?P<qualifier>up to (?:approximately |about )?|approximately |about |more than |over "
    r"|at least )?(?<![\w.\-/])(?P<number>\d{1,3}(?:,\d{3})*|\d+)\s+"
    # never a population's size: "has benefited over 900 million patients worldwide"
    r"(?:(?!(?:in|to|of|with|for|and|or|the|from|at|on|by|as|million|billion|thousand)\s)"
    r"[a-z]+-?[a-z]+\s+){0,2}?"
    r"(?:patients|subjects|participants|people|women|men|adults|children|volunteers)\b",
    re.IGNORECASE,
)
# What every count of patients prints, found fast from its last digit: most texts print none
PATIENTS_HINT = re.compile(
    r"\d\s+(?:\S+\s+){0,2}?(?:patients|subjects|participants|people|women|men|adults|children"
    r"|volunteers)\b",
    re.IGNORECASE,
)


BURDEN_REACH = 40  # characters before a count its toll's verb is read in


@cache
def _burden() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A disease's toll around a count of people: its verb before ("kills more than 110,000
    people"), its words after ("30,000 people each year"): context_words.csv's burden_verb and
    burden_after."""
    verbs = words_alternation(context_words("burden_verb"))
    after = words_alternation(context_words("burden_after"))
    return (
        re.compile(rf"\b(?:{verbs})\s+(?:an\s+estimated\s+)?$", re.IGNORECASE),
        re.compile(rf"\s+(?:who\s+(?:are\s+)?)?(?:{after})\b", re.IGNORECASE),
    )


def _a_toll(text: str, match: re.Match[str]) -> bool:
    """Whether a count of people is the people a disease strikes, no trial's patients."""
    before, after = _burden()
    return (
        before.search(text, max(0, match.start() - BURDEN_REACH), match.start()) is not None
        or after.match(text, match.end()) is not None
    )


@dataclass(frozen=True)
class TrialDetail:
    kind: str  # dose | schedule | patients
    text: str  # as printed
    value: float | None  # the dose or the number of patients
    unit: str | None  # mg/m2, mg/kg ... for doses
    span_start: int
    span_end: int
    rule: str


def find_trial_details(text: str, start: int, end: int) -> list[TrialDetail]:
    """Doses, schedules and patient counts printed in ``text[start:end]`` (the body)."""
    details = []
    for match in DOSE.finditer(text, start, end):
        unit = match.group("unit").replace("²", "2").replace("µg", "mcg")
        details.append(
            TrialDetail(
                "dose",
                match.group(),
                float(match.group("number")),
                unit,
                match.start(),
                match.end(),
                "dose_pattern",
            )
        )
    for match in SCHEDULE.finditer(text, start, end):
        details.append(
            TrialDetail(
                "schedule",
                match.group(),
                None,
                None,
                match.start(),
                match.end(),
                "schedule_pattern",
            )
        )
    counts = PATIENTS_HINT.search(text, start, end) is not None
    for match in PATIENTS.finditer(text, start, end) if counts else ():
        number = float(match.group("number").replace(",", ""))
        if 1900 <= number <= 2100 and "," not in match.group("number"):
            continue  # a year ("in 2007 patients ...") is not a count
        if _a_toll(text, match):
            continue  # "Typhoid fever still kills more than 110,000 people every year"
        details.append(
            TrialDetail(
                "patients",
                match.group().strip(),
                number,
                None,
                match.start(),
                match.end(),
                "patient_count_pattern",
            )
        )
    return sorted(details, key=lambda d: d.span_start)
