"""Indications: diseases a release names, from the indication lexicon.

Plural mentions ("gastrointestinal cancers") match their singular entry, and a list that shares
one head noun ("gastric, pancreatic and colorectal cancers") names each of its diseases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.dictionary import DictionaryMatcher
from transform.disease_vocabulary import disease_names, symptom_names
from transform.lexicon import load_lexicon

HEADS = ("cancer", "tumor", "tumour", "carcinoma", "lymphoma", "leukemia", "leukaemia", "sarcoma")
SHARED_HEAD = re.compile(
    r"\b((?:(?:[a-z][a-z-]+,\s)+(?:[a-z][a-z-]+,?\s(?:and|or)\s|(?:and|or)\s)?"
    r"|[a-z][a-z-]+\s(?:and|or)\s)(?:other\s|many\s)*)"  # "breast, lung and", "breast and"
    r"([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s(cancers|tumors|tumours|carcinomas)\b"
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
def _spellings() -> tuple[tuple[str, str, str], ...]:
    rows = load_lexicon("disease_spellings")
    return tuple((row["printed"], row["vocabulary"], row["where"]) for row in rows)


@cache  # the lexicon and the names a cause may induce both ask, for the same 18,000 names
def spelled_as_printed(term: str) -> frozenset[str]:
    """The ways a release spells ``term``: "hemorrhage" -> "haemorrhage",
    "nonalcoholic steatohepatitis" -> "non-alcoholic steatohepatitis" (disease_spellings.csv)."""
    forms = {term}
    for printed, vocabulary, where in _spellings():
        for form in list(forms):
            words = form.split(" ")
            for index, word in enumerate(words):
                rest = word[len(vocabulary) :] if where == "start" else word[: -len(vocabulary)]
                if printed in word:
                    continue  # spelled that way already
                if where == "start" and word.startswith(vocabulary) and len(rest) > 2:
                    changed = printed + rest
                elif where == "end" and word.endswith(vocabulary) and len(rest) > 2:
                    changed = word[: -len(vocabulary)] + printed
                elif where == "inside" and vocabulary in word[1:]:
                    changed = word[0] + word[1:].replace(vocabulary, printed)
                else:
                    continue
                forms.add(" ".join([*words[:index], changed, *words[index + 1 :]]))
    return frozenset(forms)


@cache
def _known() -> frozenset[str]:
    """Every disease name the lexicon and ICD-10-CM know, case-folded."""
    return _terms() | frozenset(name.casefold() for name in disease_names())


@cache
def _lexicon() -> DictionaryMatcher[str]:
    terms = []
    vocabulary = sorted(disease_names())  # ICD-10-CM's diseases in a release's words
    for term in [row["term"] for row in load_lexicon("indications")] + vocabulary:
        for form in spelled_as_printed(term):
            terms.append((form, term))
            if form.split(" ")[-1] in HEADS:
                terms.append((form + "s", term))  # "solid tumors", "gastrointestinal cancers"
    return DictionaryMatcher(terms)


# A biomarker or stage qualifier printed before a disease is part of the indication:
# "HER2-positive metastatic breast cancer", "folate receptor α-positive ovarian cancer".
MARKER = re.compile(
    r"[\w\u0370-\u03ff]+-(?:positive|negative|expressing|mutated|mutant|amplified|low|high)$",
    re.IGNORECASE,
)
STAGES = frozenset(
    ["metastatic", "advanced", "recurrent", "relapsed", "refractory", "unresectable", "locally"]
)
NOT_QUALIFIERS = frozenset(
    [
        "with",
        "for",
        "of",
        "in",
        "and",
        "or",
        "the",
        "a",
        "an",
        "patients",
        "treatment",
        "treat",
        "treating",
        "women",
        "men",
        "adults",
        "children",
        "people",
        "subjects",
        "as",
        "to",
        "on",
        "including",
        "include",
        "than",
        "other",
        "many",
        "both",
    ]
)


def _qualified_start(text: str, start: int) -> int:
    """Where the indication at ``start`` begins once a marker qualifier before it is included."""
    words = list(re.finditer(r"\S+", text[max(0, start - 80) : start]))
    offset = max(0, start - 80)
    new_start = start
    index = len(words) - 1
    while index >= 0 and words[index].group().casefold() in STAGES:
        index -= 1  # "metastatic", "locally advanced"
    if index < 0 or not MARKER.search(words[index].group()):
        return start
    new_start = offset + words[index].start()
    index -= 1
    for _ in range(2):  # the marker's own words: "folate receptor α-positive"
        if index < 0:
            break
        word = words[index].group()
        if word.casefold() in NOT_QUALIFIERS or not re.fullmatch(r"[\w-]+", word):
            break
        new_start = offset + words[index].start()
        index -= 1
    return new_start


# A symptom is an indication when the release names its cause: "chemotherapy-induced diarrhoea",
# "opioid-induced constipation" (the symptoms of ICD-10-CM's chapter R, and its diseases)
INDUCED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)*-induced\s+(?=(?P<rest>[a-z][a-z' -]{2,80}))")
MAX_SYMPTOM_WORDS = 4


@cache
def _symptom_forms() -> frozenset[str]:
    """Symptoms and diseases as releases spell them: what a cause may induce."""
    terms = symptom_names() | disease_names() | _terms()
    return frozenset(form for term in terms for form in spelled_as_printed(term))


def _induced_symptom(rest: str) -> str | None:
    """The longest symptom that opens ``rest`` ("diarrhoea in patients ..." -> "diarrhoea")."""
    words = re.findall(r"[a-z'-]+", rest)
    for size in range(min(MAX_SYMPTOM_WORDS, len(words)), 0, -1):
        candidate = " ".join(words[:size])
        if candidate in _symptom_forms() and rest.startswith(candidate):
            return candidate
    return None


# The course of a disease printed before it is part of its name: "chronic liver disease"
COURSE = re.compile(r"\b(?:chronic|acute)\s+$", re.IGNORECASE)


@cache
def _broad() -> frozenset[str]:
    return frozenset(row["term"].casefold() for row in load_lexicon("broad_indications"))


def _catch_all(text: str, start: int, name: str) -> bool:
    """ "... and other solid tumors": a broad class after "other" widens a claim."""
    singular = re.sub(r"(ie)?s$", lambda m: "y" if m.group(1) else "", name.casefold())
    return singular in _broad() and text[max(0, start - 6) : start].casefold() == "other "


def _words(name: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in re.findall(r"[\w-]+", name.casefold()))


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
        if _catch_all(text, entry.start, printed):
            continue
        # a plural names its disease: "gastric cancers" -> "gastric cancer"
        end = entry.end - 1 if printed.casefold() == entry.value.casefold() + "s" else entry.end
        start = _qualified_start(text, entry.start)
        course = COURSE.search(text, max(0, start - 12), start)
        if course:
            start = course.start()
        if start < entry.start:
            add(text[start:end], start, end, "indication_lexicon+qualifier")
        else:
            add(text[entry.start : end], entry.start, end, "indication_lexicon")
    for match in INDUCED.finditer(text):
        symptom = _induced_symptom(match["rest"])
        if symptom:
            end = match.start("rest") + len(symptom)
            add(text[match.start() : end], match.start(), end, "indication_induced_symptom")
    for match in SHARED_HEAD.finditer(text):
        head = match.group(3).rstrip("s")
        listed = re.split(r",\s|\s(?:and|or)\s", match.group(1))
        for adjective in (a.strip() for a in listed):
            adjective = re.sub(r"^(?:and|or|other|many)\s", "", adjective)
            if adjective and f"{adjective} {head}".casefold() in _known():
                start = match.start(1) + match.group(1).find(adjective)
                add(f"{adjective} {head}", start, start + len(adjective), "indication_shared_head")
    # "breast cancer" adds nothing when "HER2-positive breast cancer" is named too
    words = {m.name: _words(m.name) for m in found}
    kept = [
        m
        for m in found
        if not any(words[m.name] < words[other.name] for other in found if other is not m)
    ]
    return sorted(kept, key=lambda m: m.span_start)
