"""Indications: diseases a release names, from the indication lexicon and ICD-10-CM.

A disease is kept as first printed, a plural too ("gastrointestinal cancers"); a list that
shares one head noun ("gastric, pancreatic and colorectal cancers") names each of its diseases
in the singular; a name the release abbreviates is a disease when it ends like one ("secondary
progressive MS (SPMS)"); a site or cell type printed before a disease is part of its
name ("paroxysmal atrial arrhythmia", "T-cell lymphomas"), so is a marker with its stage
("HER2-positive metastatic breast cancer"). One disease is one row: its abbreviation, another
name the release gives it, or the same disease without its stage or marker add none.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from transform.build_cache import cached
from transform.compounds import CODE
from transform.dictionary import VocabularyView, shared_vocabularies
from transform.disease_vocabulary import disease_names, symptom_names
from transform.lexicon import context_words, load_lexicon, words_alternation
from transform.literals import Led, cued
from transform.organizations import common_english
from transform.repair.vocabulary import person_names, word_counts
from transform.segments import in_spans
from transform.text_spans import sentence_end, web_addresses


@cache
def _plurals() -> dict[str, str]:
    """A disease head's plural -> the head ("cancers" -> "cancer"; disease_heads.csv)."""
    return {row["plural"]: row["head"] for row in load_lexicon("disease_heads") if row["plural"]}


@cache
def _heads() -> frozenset[str]:
    return frozenset(row["head"] for row in load_lexicon("disease_heads")) | frozenset(_plurals())


# (each word read whole, never given back: a comma or a space follows it)
SHARED_HEAD = cued(
    r"\b((?:(?:[a-z][a-z-]++,\s)+(?:[a-z][a-z-]++,?\s(?:and|or)\s|(?:and|or)\s)?"
    r"|[a-z][a-z-]++\s(?:and|or)\s)(?:other\s|many\s)*)"  # "breast, lung and", "breast and"
    r"([a-z][a-z-]++(?:\s[a-z][a-z-]++)?)\s(cancers?|tumors?|tumours?|(?:adeno)?carcinomas?)\b"
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
                if where == "start" and word.startswith(vocabulary) and len(word) > 4:
                    # (a whole word of five letters or more: "anemia" -> "anaemia", "edema" ->
                    # "oedema", never a short word as "heme")
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


def _known_at_site(site: str, head: str) -> bool:
    """Whether a site's disease is known, by its histology too: "gastric adenocarcinoma" as
    "gastric cancer" is."""
    return f"{site} {head}".casefold() in _known() or (
        head in HISTOLOGY_NOUNS and f"{site} cancer".casefold() in _known()
    )


EPONYM_HEADS = frozenset(["disease", "syndrome", "sarcoma", "lymphoma", "palsy", "anemia"])


def _eponym_forms(form: str) -> set[str]:
    """An eponym as releases print it: with a straight or curly apostrophe, with or without its
    "'s" ("Alzheimer’s disease", "Hodgkin's lymphoma" of ICD's "hodgkin lymphoma", "Sjogren's
    syndrome" of "sjogren syndrome"); a surname of the US Census lists names the eponym."""
    forms = {form}
    # a surname's letters outside ASCII, as releases also print it: "Sjogren syndrome" of
    # "sjögren syndrome", "Behcet disease" of "behçet disease"
    folded = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    # a surname: of the US Census lists, or printed with letters no English word has
    surname = not form.split(" ", 1)[0].isascii()
    for spelled in {form, folded}:
        forms.add(spelled)
        words = spelled.split(" ")
        if len(words) >= 2 and words[1] in EPONYM_HEADS:
            first = words[0]
            if first.endswith("'s"):
                forms.add(" ".join([first[:-2], *words[1:]]))
            elif first.isalpha() and (surname or first in person_names()):
                forms.add(" ".join([first + "'s", *words[1:]]))
    return forms | {f.replace("'", "’") for f in forms if "'" in f}


@cache
def _lexicon() -> VocabularyView:
    return shared_vocabularies().view("diseases")


def disease_terms() -> list[tuple[str, str]]:
    """The indications lexicon's terms and ICD-10-CM's disease names as releases print them
    (spellings, eponyms, plurals), each with the term it stands for."""
    terms = []
    vocabulary = sorted(disease_names())  # ICD-10-CM's diseases in a release's words
    plurals = {head: plural for plural, head in _plurals().items()}
    for term in [row["term"] for row in load_lexicon("indications")] + vocabulary:
        forms = {e for f in spelled_as_printed(term) for e in _eponym_forms(f)}
        spaced = {WORD_HYPHEN.sub(" ", f) for f in forms}
        joined = {JOINED_AFTER.sub(r"-\1", f) for f in spaced}
        typed = {TYPE_NUMBER.sub("-", f) for f in spaced}  # "type-2 diabetes"
        # "versus" shortened: "graft-vs-host disease", "graft vs. host disease"
        shortened = {
            f.replace(versus, short)
            for f in forms | spaced
            for versus, short in VERSUS_FORMS
            if versus in f
        }
        # a cancer by its site named by its histology too: "gastric adenocarcinoma", "lung
        # carcinoma" of "gastric cancer", "lung cancer"
        histology = {
            f"{f[: -len(' cancer')]} {noun}"
            for f in forms | spaced
            if f.endswith(" cancer") and SITE_WORDS.fullmatch(f[: -len(" cancer")])
            for noun in HISTOLOGY_NOUNS
        }
        for form in forms | spaced | joined | typed | shortened | histology:
            terms.append((form, term))
            *words, last = form.split(" ")
            plural = plurals.get(last)
            if plural:  # "solid tumors", "gastrointestinal cancers", "liver diseases"
                terms.append((" ".join([*words, plural]), term))
    return terms


# the words of a cancer's site (one to three, no "and" or "or"), and the histology nouns a
# release names that site's cancer by
SITE_WORDS = re.compile(r"(?!.*\b(?:and|or|of|with)\b)[a-z-]+(?: [a-z-]+){0,2}")
HISTOLOGY_NOUNS = ("adenocarcinoma", "carcinoma")


# ... and a space before a participle or an adjective of these is often printed as a hyphen:
# "ANCA-associated vasculitis" of ICD's "ANCA associated vasculitis", "drug-induced liver
# injury", "IgE-mediated food allergy", "late-onset Pompe disease"
JOINED_AFTER = re.compile(
    r"(?<=[^\W\d_]) (associated|related|induced|mediated|dependent|resistant|refractory|onset)\b"
)
VERSUS_FORMS = (("-versus-", "-vs-"), (" versus ", " vs "), (" versus ", " vs. "))
# ... and the space between "type" and its number: "type-2 diabetes", "type-1 diabetes"
TYPE_NUMBER = re.compile(r"(?<=\btype) (?=\d\b)", re.IGNORECASE)
# A hyphen between two words of a disease's name is often printed as a space: "graft versus
# host disease", "non small cell lung cancer", "B cell lymphoma" (never between a word and a
# number: "COVID 19" is not read)
WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


# A biomarker or stage qualifier printed before a disease is part of the indication:
# "HER2-positive metastatic breast cancer", "folate receptor α-positive ovarian cancer".
MARKER = re.compile(
    r"[\w\u0370-\u03ff]+-(?:positive|negative|expressing|mutated|mutant|amplified|low|high"
    r"|resistant|refractory|naive|naïve|sensitive|dependent|intolerant|ineligible)$",
    re.IGNORECASE,
)
# ... and so is the age its onset names or its inheritance, a word of its own: "late-onset Pompe
# disease", "infantile-onset", "X-linked retinitis pigmentosa", "autosomal-dominant"
ONSET_OR_INHERITANCE = re.compile(
    r"(?:[A-Za-z]+-onset|[XY]-linked|autosomal-(?:dominant|recessive))", re.IGNORECASE
)
MARKER_WORDS = 4  # words before a marker's "-positive" that name what is positive
# a treatment's line, no word of what is positive: "first-line", "2L", "front-line"
LINE_OF_THERAPY = re.compile(
    r"(?:first|second|third|fourth|front|later|late|early)-?lines?|[1-4]L|frontline"
    r"|previously|heavily|(?:un|pre)treated",  # "previously untreated", "heavily pretreated"
    re.IGNORECASE,
)
FUNCTION_WORD_COUNT = 500_000  # an English word this common is a function word ("against",
# "from", "by"; pyspellchecker's counts), never one of a marker's own ("human" 277,627)
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


# A site or cell type printed before a disease names a narrower disease: "atrial arrhythmia",
# "B-cell malignancies", "T-cell lymphoma". The qualifiers are the adjectives ICD-10-CM's own
# disease names put before another word at least QUALIFIER_MIN_USES times ("atrial", "generalized",
# "b-cell"), less the routes and other words that qualify a treatment, not a disease
# (not_qualifiers.csv).
QUALIFIER_FORM = re.compile(r"[a-z]+(?:al|ic|ous|ary|ive|ar|oid|ized|ised)|[a-z]-cell")
QUALIFIER_MIN_USES = 5
MAX_SITE_WORDS = 2


@cache
def _site_qualifiers() -> frozenset[str]:
    """Words that name where a disease is, before its head: an adjective's form that ICD-10-CM's
    names use five times or more ("gastric", "renal"), or the word of a known name of two words
    before a cancer's head (disease_heads.csv's `malignant`: indications.csv's "ovarian cancer",
    "breast cancer" make "ovarian carcinoma" and "breast carcinoma" whole; of ICD-10-CM's names
    an adjective's form only)."""
    uses: dict[str, int] = {}
    for name in disease_names():
        for word in name.split(" ")[:-1]:
            if QUALIFIER_FORM.fullmatch(word):
                uses[word] = uses.get(word, 0) + 1
    malignant = {row["head"] for row in load_lexicon("disease_heads") if row["malignant"]}
    for source, any_form in ((disease_names(), False), (_terms(), True)):
        for name in source:
            words = name.casefold().split(" ")
            if len(words) != 2 or words[-1] not in malignant or words[0] in STAGES:
                continue  # (never a stage: "metastatic cancer")
            if words[0].isalpha() and (any_form or QUALIFIER_FORM.fullmatch(words[0])):
                uses[words[0]] = QUALIFIER_MIN_USES  # (ICD-10-CM's adjectives only: never
                # "benign", "back" of "benign tumor", "back tumor")
    not_qualifiers = {row["word"] for row in load_lexicon("not_qualifiers")}
    return frozenset(
        w for w, n in uses.items() if n >= QUALIFIER_MIN_USES and w not in not_qualifiers
    )


WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+(?:-[A-Za-z]+)?) $")  # "non-small cell "


def _site_start(text: str, start: int) -> int:
    """Where the indication at ``start`` begins with the site qualifiers printed before it."""
    new_start = start
    for _ in range(MAX_SITE_WORDS):
        word = WORD_BEFORE.search(text[max(0, new_start - 40) : new_start])
        if not word or word.group(1).casefold() not in _site_qualifiers():
            break
        new_start -= len(word.group(1)) + 1
    return new_start


def _qualified_start(text: str, start: int) -> int:
    """Where the indication at ``start`` begins once a marker qualifier before it is included."""
    start = _site_start(text, start)
    words = list(re.finditer(r"\S+", text[max(0, start - 80) : start]))
    offset = max(0, start - 80)
    if words and ONSET_OR_INHERITANCE.fullmatch(words[-1].group()):
        return offset + words[-1].start()  # "late-onset Pompe disease", "X-linked ..."
    new_start = start
    index = len(words) - 1
    while index >= 0 and words[index].group().casefold() in STAGES:
        index -= 1  # "metastatic", "locally advanced"
    if index < 0 or not MARKER.search(words[index].group()):
        return start
    new_start = offset + words[index].start()
    index -= 1
    for _ in range(MARKER_WORDS):  # its own words: "epidermal growth factor receptor-positive"
        if index < 0:
            break
        word = words[index].group()
        if word.casefold() in NOT_QUALIFIERS or not re.fullmatch(r"[\w-]+", word):
            break
        if word_counts().get(word.casefold(), 0) >= FUNCTION_WORD_COUNT:
            break  # a word as common as "against" names no marker: "an antibody against
            # PSMA-positive prostate cancers" is of "PSMA-positive prostate cancers"
        if word.endswith("ed") and common_english(word):
            break  # a verb naming it: "a blood cancer called Philadelphia chromosome-positive"
        if word.endswith("s") and not word.endswith("ss") and common_english(word):
            break  # a verb in the present or a plural, no marker's own word: "ZT-1 targets
            # KRAS-mutant pancreatic cancer"
        if CODE.fullmatch(word):
            break  # a compound's code: "ZT-1 KRAS-mutant ..." names the drug, not the marker
        if LINE_OF_THERAPY.fullmatch(word):
            break  # a line of therapy, no marker's word: "first-line HER2-low ... breast cancer"
        if index > 0 and words[index - 1].group().casefold() == "to" and common_english(word):
            break  # an infinitive's verb, no marker's own word: "a grant to Study KRAS-Mutant
            # Pancreatic Cancer", "to target HER2-low breast cancer"
        new_start = offset + words[index].start()
        index -= 1
    return new_start


# A symptom is an indication when the release names its cause: "chemotherapy-induced diarrhoea",
# "opioid-induced constipation" (the symptoms of ICD-10-CM's chapter R, and its diseases); or
# the disease it comes with: "dementia-related psychosis", "HIV-associated lipodystrophy" (not
# "treatment-related deaths": a treatment is no disease)
INDUCED = cued(
    r"\b(?P<cause>[A-Za-z]+(?:-[A-Za-z]+)*)-(?P<link>induced|related|associated)"
    r"\s+(?=(?P<rest>[a-z][a-z' -]{2,80}))"
)
CAUSE_LINKS = ("-induced", "-related", "-associated")
# ... or when a treatment targets it: "for the treatment of chronic cough", "a chronic cough
# treatment being developed by Zeta", "in Phase 3 development for refractory chronic cough",
# "indicated for the relief of moderate to severe hot flashes" (past its severity: the symptom)
TREATS_SYMPTOM = cued(
    r"\b(?:(?:treatment|treating|treat|therapy|relief)\s+(?:of|for)"
    r"|(?:development|developed|developing|indicated|approved)\s+for"
    r"(?:\s+the\s+(?:(?:acute|chronic)\s+)?(?:treatment|relief)\s+of)?"
    # or the patients a study of a drug enrols: "its Phase 2b study of DRX-55, a P2X3
    # antagonist, in patients with refractory chronic cough"
    r"|(?:study|trial)\b[^.;\n]{0,100}?\bin(?=\s+(?:adult\s+)?(?:patients|adults|subjects)\s))"
    r"\s+(?:(?:adult\s+)?(?:patients|adults|subjects)\s+with\s+)?"
    r"(?:(?:refractory|unexplained|persistent|severe|moderate(?:\s+to\s+|-to-)severe)"
    r"(?:\s+(?:or|and/or)\s+(?:refractory|unexplained))?\s+)?"
    r"(?=(?P<rest>[a-z][a-z' -]{2,80}))"
)
SYMPTOM_TREATMENT = cued(r"(?<=[a-z])\s+(?:treatment|therapy|drug)\b")
SYMPTOM_WORD = re.compile(r"[a-z'-]+")
MAX_SYMPTOM_WORDS = 4


@cache
def _acronyms() -> frozenset[str]:
    """The lexicon's diseases printed in capitals ("HIV", "NASH")."""
    return frozenset(t for t in (row["term"] for row in load_lexicon("indications")) if t.isupper())


@cache
def _symptom_forms() -> frozenset[str]:
    """Symptoms and diseases as releases spell them: what a cause may induce (about 1 s to
    build: kept in the cache folder, build_cache.py)."""
    return cached("symptom-forms", _build_symptom_forms)


def _build_symptom_forms() -> frozenset[str]:
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


def _symptom_before(text: str, end: int) -> int | None:
    """Where the longest symptom that ends at ``end`` starts ("a chronic cough treatment" ->
    "chronic cough"), None when none does."""
    words = list(SYMPTOM_WORD.finditer(text, max(0, end - 60), end))
    for size in range(min(MAX_SYMPTOM_WORDS, len(words)), 0, -1):
        first = words[-size]
        if text[first.start() : end] in _symptom_forms():
            return first.start()
    return None


# The course of a disease printed before it is part of its name: "chronic liver disease"
COURSE = re.compile(r"\b(?:chronic|acute)\s+$", re.IGNORECASE)


@cache
def _broad() -> frozenset[str]:
    return frozenset(row["term"].casefold() for row in load_lexicon("broad_indications"))


# A broad class is no indication ("cancer", "malignancies"), but a site or cell type narrows it
# to one: "B-cell malignancies", "myeloid malignancies", "ocular tumors"
NOUN_ADJUNCT = re.compile(r"\s+(?:disorders?|diseases?|conditions?)\b")


@cache
def _broad_head() -> Led:
    """The broad classes of one word (broad_indications.csv) and their plurals (disease_heads.csv):
    "cancer", "cancers", "malignancies" (tried only where one is printed: literals.Led)."""
    heads = {term for term in _broad() if " " not in term}
    forms = heads | {plural for plural, head in _plurals().items() if head in heads}
    words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return Led(re.compile(rf"\b(?:{words})\b", re.IGNORECASE))


def _site_narrowed(
    text: str, found: list[IndicationMatch], printed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of broad classes narrowed by a site qualifier, outside every disease found and
    every printing of a known one (a repeat the first printing names: "lung cancer" of the
    text's "non-small cell lung cancer" under a title's "Non-Small Cell Lung Cancer")."""
    spans = []
    for match in _broad_head().finditer(text):
        start = _site_start(text, match.start())
        if NOUN_ADJUNCT.match(text, match.end()):
            continue  # "B-cell malignancy disorders": a class of disorders
        if (
            start < match.start()
            and not any(f.span_start < match.end() and start < f.span_end for f in found)
            and not any(s <= start and match.end() <= e for s, e in printed)
        ):
            spans.append((start, match.end()))
    return spans


def _catch_all(text: str, start: int, name: str) -> bool:
    """ "... and other solid tumors": a broad class after "other" widens a claim."""
    singular = re.sub(r"(ie)?s$", lambda m: "y" if m.group(1) else "", name.casefold())
    return singular in _broad() and text[max(0, start - 6) : start].casefold() == "other "


def _singular(name: str) -> str:
    """One key for a disease printed singular and plural ("ovarian cancers", "ovarian cancer"),
    with a hyphen or a space between its words ("relapsing remitting MS", "graft versus host
    disease") and either apostrophe."""
    *words, last = WORD_HYPHEN.sub(" ", name.casefold().replace("’", "'")).split(" ")
    return " ".join([*words, _plurals().get(last, last)])


# A name the release abbreviates: "secondary progressive MS (SPMS)", "Dravet syndrome (DS)"
# (a stage's own abbreviation may open the parentheses: "(r/r AML)")
ABBREVIATED = re.compile(
    r"\((?:[a-zA-Z]{1,2}/[a-zA-Z]{1,2}\s)?"
    r"(?P<abbreviation>[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)"
)
NAME_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
SKIPPABLE = frozenset(["of", "and", "the", "with", "in", "to", "for", "or", "a", "an"])
MAX_NAME_WORDS = 8


def _spellings_of(word: str) -> set[str]:
    """What a word may give its name's abbreviation: "non-small" -> "n", "ns"; "MS" -> "ms"."""
    folded = word.casefold()
    options = {folded[0]}
    if "-" in word:
        options.add("".join(part[0] for part in folded.split("-") if part))
    if word.isupper() or word.isdigit():
        options.add(folded.replace("-", ""))
    if folded in SKIPPABLE:
        options.add("")
    return options


def _abbreviated_words(words: list[str], abbreviation: str) -> int:
    """How many of the last ``words`` spell ``abbreviation`` (0: they do not)."""
    target = abbreviation.casefold()

    def spell(count: int, remaining: str) -> int:
        if not remaining:
            return count if words[-count].casefold() not in SKIPPABLE else 0
        if count == len(words) or count == MAX_NAME_WORDS:
            return 0
        word = words[-count - 1]
        for option in sorted(_spellings_of(word), key=len, reverse=True):
            if remaining.endswith(option):
                found = spell(count + 1, remaining[: len(remaining) - len(option)])
                if found:
                    return found
        return 0

    return spell(0, target)


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", name.casefold()) if word)


# A disease name joined to a participle is an adjective of something else: "HIV-associated
# disorders", "cancer-related fatigue", "diabetes-induced" (what a cause induces is read apart)
# an analyst's rating of a stock, in quotes or not: 'maintaining its "overweight" rating'
RATING_AFTER = re.compile(r"[\"”'’]?\s+rating\b")


@cache
def _backdrop_after() -> re.Pattern[str]:
    """A word after a disease that makes it the backdrop of the business, no target: "the
    COVID-19 pandemic", "Despite the COVID-19 context" (context_words.csv's backdrop_after)."""
    words = words_alternation(context_words("backdrop_after"))
    # (never what a product is for: "the influenza pandemic vaccine", "outbreak strains")
    product = r"(?![ \t]+(?:vaccines?|preparedness|strains?|response\s+products?))"
    return re.compile(rf"[ \t]+{words}\b{product}", re.IGNORECASE)


# the rest of a named scale or index the disease's name opens or stands in: "Montgomery-Åsberg
# Depression Rating Scale", "Psoriasis Area and Severity Index", "depression rating scale"
SCALE_AFTER = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|area|and|of|for|severity|activity|rating|symptoms?|impact)){0,4}?"
    r"[ \t]+(?:[Rr]ating[ \t]+)?(?:[Ss]cales?|[Ss]cores?|[Ii]ndex|[Ii]nventory|[Qq]uestionnaire"
    r"|[Cc]omposite)\b"
    # ... or a named instrument of daily life or its quality, in a title's capitals, after a
    # hyphen too: "Myasthenia Gravis-Activities of Daily Living", "Myasthenia Gravis Quality of
    # Life 15"
    r"|[ \t-](?:Activities[ \t]+of[ \t]+Daily[ \t]+Living|Quality[ \t]+of[ \t]+Life)\b"
)
# ... or the named scale the disease's name closes: "Hamilton Rating Scale for Depression", "the
# Scale for the Assessment of Negative Symptoms" (a title's capitals: "a score for depression" is
# no name)
SCALE_BEFORE = re.compile(
    r"\b(?:Scale|Index|Inventory|Questionnaire|Score)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+(?:of[ \t]+)?){0,2}$"
)
SCALE_CHARS = 60  # a scale's head and the words between it and the disease
MODIFIER = re.compile(
    # a procedure on what the disease names, not the disease: "following cataract surgery"
    r"\s(?:surgery|surgeries|surgical|operations?|extraction|removal|repair)\b"
    r"|-(?:associated|related|induced|mediated|like|free|specific|derived)\b"
    # unhyphenated before what it qualifies: "insulin resistance associated disorders"
    r"|\s(?:associated|related)\s(?:[a-z]+\s){0,2}?(?:disorders?|diseases?|conditions?"
    r"|complications?|symptoms?|deaths?)\b"
)
# a drug's form after "oral <disease>": "oral" is its route ("a new oral cancer drug")
ORAL_DRUG_AFTER = re.compile(r"\s(?:drugs?|medicines?|pills?|tablets?)\b")
# Another name for a disease just named is the same disease: "BPH, commonly known as enlarged
# prostate", "hemophilia (also called ...)"
ANOTHER_NAME = re.compile(
    r"(?:,|\()\s*(?:(?:also|commonly|sometimes|often)\s+)?(?:known as|called|referred to as)\s+$",
    re.IGNORECASE,
)


def _another_name(text: str, start: int, found: list[IndicationMatch]) -> bool:
    """Whether the disease at ``start`` is printed as another name of the one named before."""
    lead = ANOTHER_NAME.search(text, max(0, start - 40), start)
    if not lead:
        return False
    before = text[max(0, lead.start() - 60) : lead.start()]
    return any(before.endswith(text[m.span_start : m.span_end]) for m in found) or bool(
        re.search(r"\b[A-Z]{2,}$", before)
    )


@cache
def _generic() -> frozenset[str]:
    return frozenset(row["word"] for row in load_lexicon("generic_disease_words"))


@dataclass(frozen=True)
class Abbreviated:
    name: str
    start: int
    end: int
    abbreviation: str


def _abbreviated_names(text: str, named: list[str]) -> list[Abbreviated]:
    """Names the release abbreviates that end in a disease's head, a disease's name or a
    disease's abbreviation ("MS" where "multiple sclerosis" is named); not a class of diseases
    ("Rare Pediatric Disease (RPD)")."""
    # (a name ending in the lexicon's own acronym, "chronic-phase CML", is a known ending)
    abbreviations = {_initials(name) for name in named}
    found = []
    for match in ABBREVIATED.finditer(text):
        offset = max(0, match.start() - 200)
        before = text[offset : match.start()]
        words = list(NAME_WORD.finditer(before))
        size = _abbreviated_words([w.group() for w in words], match["abbreviation"])
        if not size or before[words[-1].end() :].strip():
            continue
        start, end = offset + words[-size].start(), offset + words[-1].end()
        name = text[start:end]
        *qualifiers, last = name.casefold().split(" ")
        if last in _heads() and all(q in _generic() for q in qualifiers):
            continue
        if (
            last in _heads()
            or (words[-1].group().isupper() and last in abbreviations)
            or _known_endings(name)
        ):
            found.append(Abbreviated(name, start, end, match["abbreviation"]))
    return found


# a code's number after an abbreviation: "CKD-510" is a drug's code, no chronic kidney disease
DRUG_CODE_AFTER = re.compile(r"-?\d")

DEFINED_GAP = re.compile(r"(?:\s+(?:virus|infection))?(?:\s+type\s+\d)?\s*\(", re.IGNORECASE)


def _defined_as(text: str, named: IndicationMatch, start: int) -> bool:
    """Whether the abbreviation at ``start`` opens the parentheses just after ``named`` (or after
    the virus, infection or type it names: "hepatitis C virus (HCV)", "human immunodeficiency
    virus type 1 (HIV-1)") and begins with its first letter (not "lung cancer (NSCLC)": a
    narrower disease)."""
    return (
        DEFINED_GAP.fullmatch(text[named.span_end : start]) is not None
        and text[start : start + 1].casefold() == named.name[:1].casefold()
    )


def _inside_longer(names: list[Abbreviated], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a longer abbreviated name (``starts``: theirs, in
    order; the names never overlap, so the last one starting before ``start`` is the one)."""
    index = bisect.bisect_right(starts, start) - 1
    if index < 0:
        return False
    name = names[index]
    return end <= name.end and name.end - name.start > end - start


def _known_endings(name: str) -> list[str]:
    words = name.casefold().split(" ")
    return [" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in _known()]


def _words(name: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in re.findall(r"[\w-]+", name.casefold()))


# A list of adverse events: what a drug's patients suffered, never what it treats ("The most
# common adverse events (>10 percent) ... were; colitis, headache and nasopharyngitis", "side
# effects included nausea"); the list runs from its verb to the sentence's end
# (run only on a text that prints one of its words: ``cued``)
ADVERSE_LIST = cued(
    r"\b(?:adverse[ ](?:events?|reactions?|effects?|drug[ ]reactions?)|side[- ]effects?|AEs"
    r"|TEAEs|toxicities)\b[^.;:]{0,120}?(?:\b(?:were|was|included|includes|include|including"
    r"|such[ ]as|consisted[ ]of|are|is)\b[;:]?|:)",
    re.IGNORECASE,
)


# ... or one the text says occurred in a share of its patients: "Cytokine release syndrome
# occurred in 84% of patients", "neutropenia was reported in 12 patients"
OCCURRED_IN_PATIENTS = re.compile(
    r"(?:[ \t]+\([^()\n]{0,30}\))?[ \t]+"
    r"(?:occurred|(?:was|were)[ \t]+(?:reported|observed|seen|noted)|developed)[ \t]+in[ \t]+"
    r"(?:\d|one|two|three|four|five|a[ \t]+(?:total|minority|majority)|most|some|few)",
    re.IGNORECASE,
)


# ... or one its toxicity grade opens: "a Grade 5 cytokine release syndrome event", "Grade 3 or
# higher neutropenia" (a grade before a tumour is the tumour's: "WHO grade II astrocytoma")
GRADE_BEFORE = re.compile(
    r"\b[Gg]rade[ ](?:[1-5]|I{1,3}|IV|V)(?:[ ]or[ ](?:higher|greater|above|[1-5]))?"
    r"(?:[ ]\(?[\w-]+\)?)?[ ]$"
)
GRADE_CHARS = 40
EVENT_AFTER = re.compile(r"[ ](?:events?|toxicit(?:y|ies)|adverse)\b")
GRADED_TUMOURS = ("oma", "omas", "cancer", "cancers", "tumor", "tumors", "tumour", "tumours")


def _adverse_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lists of adverse events (``ADVERSE_LIST``)."""
    return [(m.end(), sentence_end(text, m.end())) for m in ADVERSE_LIST.finditer(text)]


# A disease's numbered or lettered subtype printed after it: "myotonic dystrophy type 1",
# "spinocerebellar ataxia type 3", "mucopolysaccharidosis type IIIA", "Gaucher disease type 1"
SUBTYPE_AFTER = re.compile(
    r" type (?:[1-9]\d?[a-d]?|[1-9]?[A-D]|I{1,3}[A-D]?|IV|VI{0,3})(?![\w/-])"
)


def _past_subtype(text: str, end: int) -> int:
    """Where a disease ends with its subtype printed after it, unless the subtype opens the next
    disease ("obesity type 2 diabetes": a list missing its comma) or is a virus's type, which
    its abbreviation carries ("human immunodeficiency virus type 1 (HIV-1)")."""
    subtype = SUBTYPE_AFTER.match(text, end)
    if subtype is None or text[max(0, end - 5) : end].casefold() == "virus":
        return end
    following = re.match(r" ([a-z]+)", text[subtype.end() : subtype.end() + 30])
    if following and f"{subtype.group().strip()} {following[1]}".casefold() in _known():
        return end
    return subtype.end()


# the words paired before a disease by "and" or "or": "Type 1 and" of "Type 1 and Type 2
# diabetes"; or a letter after a disease's own: "and C" of "hepatitis B and C"
PAIRED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[\w'’-]+ ){0,2}[\w'’-]+) (?:and|or|and/or) $")
LETTER_AFTER = re.compile(r" (?:and|or) ([A-E])\b")
PAIRED_CHARS = 40


def _paired_before(text: str, found: list[IndicationMatch]) -> list[tuple[str, int, int]]:
    """The diseases a list names by their first words alone before a disease named whole: the
    words before "and" take the place of as many of its first words ("small cell and non-small
    cell lung cancer" names "small cell lung cancer"; "acute and chronic graft-versus-host
    disease", "acute graft-versus-host disease"; a marker, "HER2-positive and triple-negative
    breast cancer", "HER2-positive breast cancer"), or a letter after it its last ("hepatitis B
    and C")."""
    paired = []
    for match in list(found):
        words = match.name.split(" ")
        before = PAIRED_BEFORE.search(
            text, max(0, match.span_start - PAIRED_CHARS), match.span_start
        )
        if before:
            printed = before.group(1).split(" ")
            for count in range(1, min(len(printed), len(words) - 1) + 1):
                own = printed[-count:]
                name = " ".join(own + words[count:])
                rest = " ".join(words[count:])
                if name.casefold() in _known() or (
                    count == 1 and MARKER.search(own[0]) and rest.casefold() in _known()
                ):
                    start = before.end(1) - len(" ".join(own))
                    paired.append((name, start, before.end(1)))
                    break
        letter = LETTER_AFTER.match(text, match.span_end)
        if letter and len(words) > 1 and len(words[-1]) == 1:
            name = " ".join([*words[:-1], letter[1]])
            if name.casefold() in _known():
                paired.append((name, letter.start(1), letter.end(1)))
    return paired


# what may part a virus from the disease it causes: a space, or its abbreviation in brackets
ORGANISM_THEN_EFFECT = re.compile(r"[ ](?:\([A-Z]{2,5}\)[ ])?|\n")
VIRUS_ACRONYM = re.compile(r"[A-Z]{1,4}V")  # "CMV", "RSV", "HSV"
# an organ's inflammation or an infection's named form: "retinitis", "bronchiolitis", "pneumonia"
EFFECT_OF_AN_ORGANISM = re.compile(r"(?i:[a-z]+itis|pneumonia|infections?)")


def _inside_organism_effect(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is a virus's abbreviation in brackets between the virus and
    the disease it causes ("cytomegalovirus (CMV) retinitis")."""
    return (
        text[start - 1 : start] == "("
        and text[end : end + 2] == ") "
        and text[: start - 1].rstrip().casefold().endswith("virus")
        and EFFECT_OF_AN_ORGANISM.match(text, end + 2) is not None
    )


def _capitals(name: str) -> int:
    """How many capitals a disease's printing has: a title's ("MULTIPLE MYELOMA", "Chronic
    Spontaneous Urticaria", "Advanced Melanoma") or a sentence's first word ("Psoriasis
    affects") has more than the text's running printing."""
    return sum(c.isupper() for c in name)


def find_indications(
    text: str, excluded: Callable[[int, int], bool] | None = None
) -> list[IndicationMatch]:
    """Each indication once, as first printed outside the ``excluded`` spans and outside a list
    of adverse events; acronyms ("SCLC") only in capitals."""
    found: list[IndicationMatch] = []
    seen: dict[str, int] = {}  # each disease's key, where it is in ``found``

    aliases: dict[str, str] = {}

    addresses = web_addresses(text)
    address_starts = [start for start, _ in addresses]
    adverse = _adverse_lists(text)

    def add(name: str, start: int, end: int, rule: str) -> None:
        key = aliases.get(name) or _singular(name)
        if in_spans(addresses, address_starts, start):
            return  # "https://x.com/zetavir-for-breast-cancer": a page's address
        if adverse and any(s <= start < e for s, e in adverse):
            return  # "adverse events ... were nausea and headache": no indication
        if OCCURRED_IN_PATIENTS.match(text, end):
            return  # "Cytokine release syndrome occurred in 84% of patients": an adverse event
        if GRADE_BEFORE.search(text, max(0, start - GRADE_CHARS), start) and (
            EVENT_AFTER.match(text, end) or not name.casefold().endswith(GRADED_TUMOURS)
        ):
            return  # "a Grade 5 cytokine release syndrome event": a toxicity's grade (a
            # tumour's grade leaves it one: "grade 3 follicular lymphoma")
        if excluded and excluded(start, end):
            return
        if key not in seen:
            seen[key] = len(found)
            found.append(IndicationMatch(name, start, end, rule))
        elif name.casefold() == found[seen[key]].name.casefold() and _capitals(name) < _capitals(
            found[seen[key]].name
        ):  # (the same words only: an abbreviation printed first stays, "HIV" in a title)
            # a title's capitals are no disease's name: "RELAPSED OR REFRACTORY MULTIPLE
            # MYELOMA" or "... in Chronic Spontaneous Urticaria" over "multiple myeloma" in the
            # text: named as the text prints it
            first = found[seen[key]]  # (the first printing still its span)
            found[seen[key]] = IndicationMatch(name, first.span_start, first.span_end, first.rule)

    shared: list[tuple[str, int, int]] = []  # a list names each disease once, singular
    for match in SHARED_HEAD.finditer(text):
        head = match.group(3).rstrip("s")
        whole = f"{match.group(1)}{match.group(2)} {head}".casefold()
        if whole in _known():
            continue  # "head and neck cancer" is one disease
        listed = re.split(r",\s|\s(?:and|or)\s", match.group(1))
        for adjective in (a.strip() for a in listed):
            adjective = re.sub(r"^(?:and|or|other|many)\s", "", adjective)
            if adjective and _known_at_site(adjective, head):
                start = match.start(1) + match.group(1).find(adjective)
                shared.append((f"{adjective} {head}", start, start + len(adjective)))
        # (a tail by its histology is read whole by the lexicon's site forms, head and all)
        tail = match.group(2)
        if f"{tail} {match.group(3)}".casefold() in _known():
            continue  # "thymoma, germ cell tumors": the last a disease of its own, read whole by
            # the lexicon, no site sharing a head
        if not match.group(1).endswith("other ") and head not in HISTOLOGY_NOUNS:
            # "other gastrointestinal cancers": a class
            shared.append((f"{tail} {head}", match.start(2), match.end(2)))
    for name, start, end in shared:
        site, _, head = name.rpartition(" ")
        if _known_at_site(site, head):
            add(name, start, end, "indication_shared_head")
    entries = _lexicon().find(text)
    abbreviated = _abbreviated_names(text, [text[e.start : e.end] for e in entries])
    # an abbreviation the release defines is the name it abbreviates: "NSCLC" after
    # "non-small cell lung cancer (NSCLC)" adds no second disease
    aliases.update((a.abbreviation, _singular(a.name)) for a in abbreviated)
    starts = [a.start for a in abbreviated]  # in text order
    defined: dict[str, int] = {}  # each abbreviation, where the name it abbreviates ends
    for a in abbreviated:
        defined.setdefault(a.abbreviation, a.end)
    negated = (-1, -1)  # a disease "non-" negates: "non-cystic fibrosis" of a bronchiectasis
    for entry in entries:
        printed = text[entry.start : entry.end]
        if entry.value.isupper() and printed != entry.value:
            continue
        if text[max(0, entry.start - 4) : entry.start].casefold() == "non-":
            negated = (entry.start - 4, entry.end)  # never the disease it says it is not:
            continue  # "non-cystic fibrosis bronchiectasis" is a bronchiectasis
        if negated[1] > 0 and text[negated[1] : entry.start] == " ":
            end = _past_subtype(text, entry.end)
            add(text[negated[0] : end], negated[0], end, "indication_lexicon+qualifier")
            negated = (-1, -1)
            continue
        if entry.start >= defined.get(printed, len(text)):
            continue  # "metastatic castration-resistant prostate cancer (mCRPC)": the name the
            # release abbreviates is the disease, there and after, however the vocabulary knows
            # its abbreviation (printed before, the abbreviation stays: "HIV" in a headline)
        if DRUG_CODE_AFTER.match(text, entry.end) and printed.upper() == printed:
            continue  # "CKD-510": a company's drug code, no disease
        if entry.value.isupper() and found and _defined_as(text, found[-1], entry.start):
            aliases[printed] = aliases.get(found[-1].name) or _singular(found[-1].name)
            continue  # "non-alcoholic steatohepatitis (NASH)": the name's abbreviation
        if _catch_all(text, entry.start, printed):
            continue
        if MODIFIER.match(text, entry.end):
            continue  # "HIV-associated disorders", "cancer-related fatigue": an adjective
        if RATING_AFTER.match(text, entry.end):
            continue  # 'its "overweight" rating on the stock': an analyst's rating
        if SCALE_AFTER.match(text, entry.end) or SCALE_BEFORE.search(
            text, max(0, entry.start - SCALE_CHARS), entry.start
        ):
            continue  # "Montgomery-Åsberg Depression Rating Scale", "Hamilton Rating Scale for
            # Depression": a measure, no indication
        if _backdrop_after().match(text, entry.end):
            continue  # "Due to the COVID-19 pandemic, enrolment slowed": the times, no target
        if printed.casefold().startswith("oral ") and ORAL_DRUG_AFTER.match(text, entry.end):
            continue  # "a new oral cancer drug": taken by mouth, for cancer
        if _another_name(text, entry.start, found):
            continue  # "BPH, commonly known as enlarged prostate"
        if _inside_longer(abbreviated, starts, entry.start, entry.end):
            continue  # "muscular dystrophy" inside "Duchenne muscular dystrophy (DMD)"
        end = entry.end  # a plural as printed: "gastrointestinal cancers"
        end = _past_subtype(text, end)  # "myotonic dystrophy type 1"
        start = _qualified_start(text, entry.start)
        course = COURSE.search(text, max(0, start - 12), start)
        if course:
            start = course.start()
        if start < entry.start:
            add(text[start:end], start, end, "indication_lexicon+qualifier")
        else:
            add(text[entry.start : end], entry.start, end, "indication_lexicon")
    for a in abbreviated:
        add(a.name, a.start, a.end, "indication_abbreviated")
    pairs = [(e, f) for i, e in enumerate(entries) for f in entries[i + 1 : i + 3]]
    for first, second in pairs:  # (the next entry, or the one after an abbreviation's)
        # a virus and the inflammation it causes, one disease: "cytomegalovirus (CMV)
        # retinitis", "RSV bronchiolitis", "CYTOMEGALOVIRUS RETINITIS"
        between = text[first.end : second.start]
        organism = text[first.start : first.end]
        effect = text[second.start : second.end]
        if (
            ORGANISM_THEN_EFFECT.fullmatch(between)
            and (organism.casefold().endswith("virus") or VIRUS_ACRONYM.fullmatch(organism))
            and EFFECT_OF_AN_ORGANISM.fullmatch(effect)
        ):
            add(f"{organism} {effect}", first.start, second.end, "indication_organism_effect")
    for name, start, end in _paired_before(text, found):
        add(name, start, end, "indication_shared_head")
    # every printing of a disease, a repeat too: "chronic hepatitis" of the second "chronic
    # hepatitis B" (its first printing is the one named)
    printings = [(e.start, e.end) for e in entries]
    for start, end in _site_narrowed(text, found, printings):
        add(text[start:end], start, end, "indication_site+broad")
    for match in INDUCED.finditer(text):
        cause = match["cause"]
        if match["link"] != "induced" and not (
            cause.casefold() in _known() or (cause.isupper() and cause in _acronyms())
        ):
            continue
        symptom = _induced_symptom(match["rest"])
        if symptom:
            end = match.start("rest") + len(symptom)
            add(text[match.start() : end], match.start(), end, "indication_induced_symptom")
    named = [(m.span_start, m.span_end) for m in found]

    def inside_named(start: int, end: int) -> bool:  # "hepatitis" of "hepatitis C"
        return any(s <= start and end <= e for s, e in named) or any(
            s < end < e for s, e in printings
        )

    for match in TREATS_SYMPTOM.finditer(text):
        symptom = _induced_symptom(match["rest"])
        if symptom and not inside_named(match.start("rest"), match.start("rest") + len(symptom)):
            end = match.start("rest") + len(symptom)
            add(
                text[match.start("rest") : end],
                match.start("rest"),
                end,
                "indication_treated_symptom",
            )
    for match in SYMPTOM_TREATMENT.finditer(text):
        opens = _symptom_before(text, match.start())
        if opens is not None and not inside_named(opens, match.start()):
            add(text[opens : match.start()], opens, match.start(), "indication_treated_symptom")
    # "breast cancer" adds nothing when "HER2-positive breast cancer" is named too, nor
    # "constipation" beside "opioid-induced constipation"; a subtype the vocabulary names itself
    # ("type 2 diabetes", "hemophilia A") leaves its class standing
    # an abbreviation printed before the release defines it ("HCV" in a headline, "hepatitis C
    # virus (HCV)" in its text) is the disease it defines
    # a marker read inside a qualified disease is no disease of its own: "HPV" of
    # "HPV-positive head and neck cancer"
    found = [
        m
        for m in found
        if not any(
            o.span_start <= m.span_start
            and m.span_end <= o.span_end
            and o.span_end - o.span_start > m.span_end - m.span_start
            for o in found
        )
    ]
    keys = {aliases.get(m.name) or _singular(m.name) for m in found if m.name not in aliases}
    found = [m for m in found if aliases.get(m.name) not in keys]
    # ... nor a virus's abbreviation in brackets inside the disease it causes: "CMV" of
    # "cytomegalovirus (CMV) retinitis"
    found = [m for m in found if not _inside_organism_effect(text, m.span_start, m.span_end)]
    words = {m.name: _words(m.name) for m in found}

    def qualifies(general: IndicationMatch, specific: IndicationMatch) -> bool:
        extra = words[specific.name] - words[general.name]
        return words[general.name] < words[specific.name] and all(
            w in STAGES or w in ("chronic", "acute") or MARKER.search(w) or w.endswith(CAUSE_LINKS)
            for w in extra
        )

    kept = [m for m in found if not any(qualifies(m, other) for other in found if other is not m)]
    # ... nor a disease's description in an apposition after it: "Wilson disease, a rare genetic
    # disorder of copper metabolism", "Duchenne muscular dystrophy (DMD), a rare genetic
    # muscle-wasting disease"
    names = [m.name.casefold() for m in kept]
    kept = [m for m in kept if not _describes(text, m, names)]
    return sorted(kept, key=lambda m: m.span_start)


# an apposition's opening after a disease's name: its abbreviation, a comma, an article and a
# few adjectives
APPOSITION_BEFORE = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?,\s+(?:a|an)\s+"
    r"(?:(?!(?:of|from|for|with|in|to|by|on|at|and|or|that|which)\b)[\w'’-]+\s+){0,4}?"
    r"(?:[\w'’]+-)?$"
)  # (adjectives only, never "a drug from"; the last word joined to the disease's: "muscle-" of
# "muscle-wasting disease")
APPOSITION_CHARS = 80


def _describes(text: str, match: IndicationMatch, names: list[str]) -> bool:
    """Whether ``match`` is printed in an apposition right after another disease of ``names``,
    describing it."""
    opening = APPOSITION_BEFORE.search(
        text, max(0, match.span_start - APPOSITION_CHARS), match.span_start
    )
    if opening is None:
        return False
    before = text[max(0, opening.start() - APPOSITION_CHARS) : opening.start()].casefold()
    own = match.name.casefold()
    return any(before.endswith(name) for name in names if name != own)
