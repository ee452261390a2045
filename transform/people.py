"""People with their titles: quote attributions, appointments and contact blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.lexicon import load_lexicon

HONORIFIC_WORD = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s|Professors?\s)"
HONORIFIC = rf"{HONORIFIC_WORD}?"
# Letters of names, accented ones included ("Sørensen", "Frédéric")
UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
PART = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
NAME = (
    rf"(?P<name>{PART}(?:\s[A-Z]\.)?"
    rf"(?:\s{PART}(?=\s{PART}\b))?"  # a second given name ("Lars Rebien Sørensen")
    rf"(?:\s(?:O['’]|Mc|Mac|De|Van\s|von\s|van\sde\s|van\sder\s|de\s)?{PART}))"
)
DEGREES = r"(?:,?\s(?:PhD|Ph\.D\.|MD|M\.D\.|Jr\.|Sr\.|MBA|DPhil|FRCP|PharmD))*"
# Both an honorific and a name start with a capital: checking that first rejects most positions
# at once (the patterns ran 40% faster, with the same matches, on 1,000 synthetic releases).
STARTS_NAME = r"(?=[A-Z])"
SPEECH = r"(?:said|says|stated|states|commented|comments|added|adds|noted|explained|remarked)"
# What follows a name and its title in apposition ("X, Chief Medical Officer, will retire")
AFTER_APPOSITION = rf"(?:{SPEECH}|who|will|has|had|is|was|joins|joined|brings|leads|led)"


@dataclass(frozen=True)
class PersonMatch:
    name: str
    title: str | None
    span_start: int
    span_end: int
    rule: str
    confidence: float


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every title word, the words a title needs one of), lower case."""
    rows = load_lexicon("title_words")
    words = frozenset(r["word"].lower() for r in rows)
    return words, frozenset(r["word"].lower() for r in rows if r["head"] == "yes")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], float], ...]:
    title = r"(?P<title>[A-Za-z][^.;”\"\n]{1,160})"  # cut to its title words by _clean_title
    return (
        # "... ,” said Daniel Junius, President and CEO." / "commented Mitchel Sayare, Chairman"
        (
            "person_quote_attribution",
            re.compile(rf"\b{SPEECH}\s{HONORIFIC}{NAME}{DEGREES},\s{title}"),
            0.9,
        ),
        # "Mitchel Sayare, Chairman and CEO, commented" / "Dr. Cord Dohrmann, Chief Executive
        # Officer of DeveloGen commented:" / "Nick Rodgers, the Company's Senior Independent
        # Director, will assume"
        (
            "person_title_apposition",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{NAME}{DEGREES},\s{title},?\s{AFTER_APPOSITION}\b"
            ),
            0.85,
        ),
        # "said Acme President and CEO Dan Smith." (the title, then the name)
        (
            "person_speech_title_name",
            re.compile(
                rf"\b{SPEECH}\s+(?P<title>(?:[A-Z][\w&'’.-]*\s+|and\s+|&\s+|of\s+){{1,8}}?)"
                rf"{NAME}(?=\s*[.,;])"
            ),
            0.8,
        ),
        # "Acme’s Managing Director, Dr Brian Smith said" (the title before: the text before)
        (
            "person_title_name_speech",
            re.compile(rf",\s{HONORIFIC}{NAME},?\s{SPEECH}\b(?P<title>)"),
            0.8,
        ),
        # "CONTACT: | Jane Doe |", "Contacts: Jane Doe, (617) 555-0100"
        (
            "person_contact_label",
            re.compile(
                rf"\b(?:CONTACTS?|Contacts?)\s*:\s*\|?\s*{NAME}(?=\s*(?:\||\n|,|\())(?P<title>)"
            ),
            0.7,
        ),
        # "succeeded by Dr Mike McDonald, currently Chief Medical Officer"
        (
            "person_current_title",
            re.compile(rf"{STARTS_NAME}{HONORIFIC}{NAME}{DEGREES},\scurrently\s{title}"),
            0.8,
        ),
        # "(Headquarters: Tokyo, President and CEO: Haruo Naito)"
        (
            "person_title_colon",
            re.compile(rf":\s{NAME}(?=[),;\n])(?P<title>)"),  # the title: the text before
            0.8,
        ),
        # "appointment of Christopher U. Missling, PhD, as Chief Financial Officer"
        (
            "person_appointment",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{NAME}{DEGREES},?(?:\s(?:aged\s\d+,|currently\s[^,]+,))?\s(?:will\s(?:retire|serve|be\sappointed)\s)?as\s{title}"
            ),
            0.85,
        ),
        # contact block: a name alone on a line, the title on the next line(s)
        (
            "person_contact_block",
            re.compile(
                rf"(?m)^{NAME}{DEGREES}\n(?P<title>[A-Z][A-Za-z&,\- ]{{2,80}}"
                rf"(?:\n(?!\(|\d)[A-Z][A-Za-z&,\- ]{{2,60}})?)$"
            ),
            0.75,
        ),
        # contact or signature line: "Daniel Elger, Director of Communications, Antisoma plc"
        (
            "person_contact_line",
            re.compile(rf"(?m)^[|\s]*{HONORIFIC}{NAME}{DEGREES},\s(?P<title>[^\n]{{2,120}})$"),
            0.75,
        ),
        # "discovered by Professors Bruce Baguley and William Denny": an honorific makes a name
        (
            "person_honorific",
            re.compile(rf"\b{HONORIFIC_WORD}{NAME}(?P<title>)"),
            0.7,
        ),
        (
            "person_honorific",
            re.compile(rf"\bProfessors\s{PART}\s{PART}\sand\s{NAME}(?P<title>)"),
            0.7,
        ),
    )


# A company before the title: "Halozyme's President", "the Company's Senior Director", "Nektar
# Chief Operating Officer", "Biogen Idec’s Chief Executive Officer"
MAX_OWNER_WORDS = 4


def _without_owner(title: str, words: frozenset[str]) -> str:
    """The title without the company that owns it, printed before it in capitals or with "'s"."""
    tokens = title.split(" ")
    for index, token in enumerate(tokens[: MAX_OWNER_WORDS + 1]):
        if _is_title_word(token.strip(","), words):
            owner = tokens[:index]
            if owner and all(t == "the" or t[:1].isupper() for t in owner):
                return " ".join(tokens[index:])
            return title
    return title


def _clean_title(raw: str, from_end: bool = False) -> str | None:
    """The title as printed, cut where its words stop being title words; None if no title.
    ``from_end``: the title ends the text ("Headquarters: Tokyo, President and CEO")."""
    words, heads = _title_words()
    title = " ".join(raw.replace("\n", " ").split())
    if not from_end:
        title = _without_owner(title, words)
    tokens = re.findall(r"[A-Za-z&\-]+|,", title)
    if from_end:
        tokens.reverse()
    kept: list[str] = []
    joiners = (",", "and", "of", "&", "the", "for")
    for token in tokens:
        if token in joiners or _is_title_word(token, words):
            kept.append(token)
            continue
        break
    while kept and kept[-1] in joiners:
        kept.pop()
    if from_end:
        kept.reverse()
        while kept and kept[0] in joiners:
            kept.pop(0)
    if not any(part.lower() in heads for token in kept for part in token.split("-")):
        return None
    text = " ".join(kept).replace(" ,", ",")
    return text


def _is_title_word(token: str, words: frozenset[str]) -> bool:
    """A title word, or a hyphenated one made of them ("Vice-President")."""
    return token.lower() in words or (
        "-" in token and all(part.lower() in words for part in token.split("-") if part)
    )


NO_TITLE_NEEDED = frozenset({"person_contact_block", "person_honorific", "person_contact_label"})
TITLE_BEFORE_NAME = frozenset({"person_title_colon", "person_title_name_speech"})
TITLE_BEFORE_CHARS = 100
NEEDS = {"person_current_title": ", currently "}  # a rule runs only on text holding this


def find_people(text: str) -> list[PersonMatch]:
    """Each person once, with the first title found for them."""
    found: dict[str, PersonMatch] = {}
    title_words = _title_words()[0]
    for rule, pattern, confidence in _patterns():
        if rule in NEEDS and NEEDS[rule] not in text:
            continue
        for match in pattern.finditer(text):
            name = match.group("name")
            if any(word.casefold() in title_words for word in name.split(" ")):
                continue  # "Media Relations", "Investor Relations": a desk, not a person
            if rule in TITLE_BEFORE_NAME:
                before = text[max(0, match.start() - TITLE_BEFORE_CHARS) : match.start()]
                title = _clean_title(re.split(r"[(\[;:\n]", before)[-1], from_end=True)
            else:
                title = _clean_title(match.group("title"))
            if title is None and rule not in NO_TITLE_NEEDED:
                continue
            current = found.get(name)
            if current is None or (current.title is None and title is not None):
                found[name] = PersonMatch(
                    name, title, match.start("name"), match.end("name"), rule, confidence
                )
    return sorted(found.values(), key=lambda p: p.span_start)
