"""Known words: English frequencies from pyspellchecker's offline list, plus the domain lexicons."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from transform.build_cache import cached
from transform.disease_vocabulary import disease_names
from transform.lexicon import ascii_folded, load_lexicon

# pyspellchecker (MIT) ships word frequencies counted on a large English corpus.
WORD_LIST = ("spellchecker", "resources/en.json.gz")
RARE = 50  # the list's floor count: words seen this rarely may be noise in the list itself


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, str]  # casefolded name -> name as the lexicon prints it
    tokens: frozenset[str]  # casefolded single words of all names, and company suffixes
    common: frozenset[str]  # the longer of those words: as common as any English word


@cache
def word_counts() -> dict[str, int]:
    package, path = WORD_LIST
    with resources.files(package).joinpath(path).open("rb") as handle:
        return dict(json.loads(gzip.decompress(handle.read())))


# pyspellchecker's lists of the other languages written in the Latin alphabet whose words
# English releases print inside names: "Inserm Transfert", "Instituto Nacional de Cancerologia",
# "Fundacion Investigacion Sanitaria". Each list's commonest words, long enough to be no misread
# of a short English word.
FOREIGN_LISTS = tuple(f"resources/{code}.json.gz" for code in ("de", "es", "fr", "it", "nl", "pt"))
FOREIGN_RANK = 20_000  # the words of each list kept, commonest first
FOREIGN_MIN = 5  # letters


@cache
def foreign_words() -> frozenset[str]:
    """Words of other languages' lists that no English list knows, casefolded and without
    accents ("investigacion" of "Investigación"); kept in the cache folder (build_cache.py)."""
    return cached("foreign_words", _build_foreign_words)


def _foreign_counts() -> Iterator[dict[str, int]]:
    """Each other language's word list (FOREIGN_LISTS): word -> occurrences."""
    for path in FOREIGN_LISTS:
        with resources.files(WORD_LIST[0]).joinpath(path).open("rb") as handle:
            yield json.loads(gzip.decompress(handle.read()))


def _build_foreign_words() -> frozenset[str]:
    english = word_counts()
    found: set[str] = set()
    for counts in _foreign_counts():
        commonest = sorted((w for w in counts if len(w) >= FOREIGN_MIN), key=counts.__getitem__)
        for word in commonest[-FOREIGN_RANK:]:
            bare = ascii_folded(word)
            if bare.isalpha() and bare not in english:
                found.add(bare)
    return frozenset(found)


FOREIGN_SHORT_RANK = 150  # the commonest words of each list whose short words are kept


@cache
def foreign_vocabulary() -> frozenset[str]:
    """foreign_words() and the short words of each list's commonest (FOREIGN_SHORT_RANK) that no
    English list knows ("und", "der", "het", "avec", "los"): the words that tell a stretch of
    another language, casefolded and without accents."""
    return cached("foreign_vocabulary", _build_foreign_vocabulary)


def _build_foreign_vocabulary() -> frozenset[str]:
    english = word_counts()
    found: set[str] = set(foreign_words())
    for counts in _foreign_counts():
        for word in sorted(counts, key=counts.__getitem__)[-FOREIGN_SHORT_RANK:]:
            bare = ascii_folded(word)
            if len(bare) >= 2 and bare.isalpha() and bare not in english:
                found.add(bare)
    return frozenset(found)


# The 1990 US Census name lists (88,799 surnames, 5,494 given names), shipped by the `names`
# package (MIT): a capitalised word on them is a person's name as printed, never a misread.
CENSUS_NAMES = ("names", ("dist.all.last", "dist.male.first", "dist.female.first"))


@cache
def person_names() -> frozenset[str]:
    """Casefolded surnames and given names of the US Census lists (about 6 MB)."""
    package, files = CENSUS_NAMES
    found: set[str] = set()
    for name in files:
        text = resources.files(package).joinpath(name).read_text(encoding="ascii")
        found.update(line.split(" ", 1)[0].casefold() for line in text.splitlines() if line)
    return frozenset(found)


@cache
def given_names() -> frozenset[str]:
    """Casefolded given names: the US Census lists' and the world's most frequent ones
    (world_given_names.csv, from names-dataset: "Mads", "Tanja", "Yasuo")."""
    world = {row["name"].casefold() for row in load_lexicon("world_given_names")}
    # ... also printed without their accents ("Remi Barbier" of "Rémi"), unless that spelling
    # is a common English word as the list's own names never are ("Sóme" is no "some")
    english = word_counts()
    bare = {ascii_folded(name) for name in world if not name.isascii()}
    world |= {name for name in bare if english.get(name, 0) < COMMON_WORD}
    return census_given_names() | frozenset(world)


COMMON_WORD = 5_000  # occurrences in the English list: a word, no given name


def a_given_name(word: str) -> bool:
    """Whether a word is a given name of the lists, or a compound of two joined by a hyphen
    ("Mary-Jane", "Jean-Luc", "Ann-Marie": the lists hold each half, rarely the pair), or a
    romanised East Asian given name of two syllables, its second in lower case, its first a
    given name no common English word ("Ji-woo", "Hyun-woo", "Mei-ling"; never "Long-acting",
    "Young-onset"). A name printed with accents the lists hold bare is one too ("Étienne",
    "Renée", "Zoë" of the Census's "Etienne", "Renee", "Zoe")."""
    folded = word.casefold()
    if not folded.isascii():
        folded = ascii_folded(folded)
    if folded in given_names():
        return True
    halves = folded.split("-")
    if len(halves) != 2:
        return False
    if all(half in given_names() for half in halves):
        return True
    return (
        ROMANISED_GIVEN_NAME.fullmatch(word) is not None
        and halves[0] in given_names()
        and word_counts().get(halves[0], 0) < COMMON_WORD
    )


# a romanised given name of two syllables: "Ji-woo", "Seo-yeon", "Jae-hyun"
ROMANISED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]*[aeiouy][a-z]{0,3}")


@cache
def census_given_names() -> frozenset[str]:
    """Casefolded given names of the US Census lists (male and female first names)."""
    package, files = CENSUS_NAMES
    found: set[str] = set()
    for name in files:
        if name.endswith(".first"):
            text = resources.files(package).joinpath(name).read_text(encoding="ascii")
            found.update(line.split(" ", 1)[0].casefold() for line in text.splitlines() if line)
    return frozenset(found)


@cache
def _spelling_variants() -> tuple[tuple[str, str], ...]:
    return tuple((row["british"], row["american"]) for row in load_lexicon("spelling_variants"))


@cache
def _medical_spellings() -> tuple[tuple[str, str, str], ...]:
    """British medical spellings at a word's start or inside it ("paediatric", "haematological",
    "oesophageal"): disease_spellings.csv, which the indications read too."""
    rows = load_lexicon("disease_spellings")
    return tuple(
        (row["printed"], row["vocabulary"], row["where"])
        for row in rows
        if row["printed"].isalpha() and row["where"] in ("start", "inside")
    )


def _american(folded: str) -> str | None:
    """The American spelling of a British medical word, when it starts or holds one."""
    for printed, american, where in _medical_spellings():
        if where == "start" and folded.startswith(printed):
            return american + folded[len(printed) :]
        if where == "inside" and printed in folded[1:]:
            return folded[0] + folded[1:].replace(printed, american)
    return None


@cache
def open_compounds() -> frozenset[str]:
    """Two-word spellings a dictionary gives ("per cent"), casefolded (open_compounds.csv)."""
    return frozenset(row["words"].casefold() for row in load_lexicon("open_compounds"))


@cache
def domain_words() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in load_lexicon("domain_words"))


@cache
def lexicon() -> Lexicon:
    names = {row["name"].casefold(): row["name"] for row in load_lexicon("names")}
    for table, column in (("wires", "alias"), ("exchanges", "alias")):
        for row in load_lexicon(table):
            names.setdefault(row[column].casefold(), row[column])
    tokens = frozenset(token for name in names for token in name.replace("-", " ").split())
    # the words of ICD-10-CM's disease names are words, not misreads ("atopic", "myelodysplastic")
    tokens |= _disease_words()
    suffixes = frozenset(
        row["suffix"].casefold().rstrip(".") for row in load_lexicon("company_suffixes")
    )
    every = tokens | frozenset(names) | suffixes
    # Short tokens ("Inc", "Co", "SE", "Eli") are also word fragments: known, but not common.
    common = frozenset(token for token in tokens | frozenset(names) if len(token) >= MIN_STEM)
    return Lexicon(names, every, common)


DISEASE_WORD_MIN = 6  # shorter ones ("lait", "siwe") collide with misreads of common words


def _disease_words() -> frozenset[str]:
    """Words of the extraction's own disease vocabularies (ICD-10-CM's and indications.csv's
    everyday names: "rhinosinusitis" is no "rhino sinusitis"), long enough to trust."""
    names = disease_names() | {row["term"] for row in load_lexicon("indications")}
    return frozenset(
        word
        for name in names
        for word in re.split(r"[\s-]+", name.casefold())
        if len(word) >= DISEASE_WORD_MIN and word.isalpha()
    )


def base_form(word: str) -> str:
    """The word without a possessive ending, casefolded, its apostrophe the list's straight one
    ("didn’t" is the list's "didn't")."""
    folded = word.casefold().replace("’", "'")
    for ending in ("'s", "'"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded


# Inflections the word list may lack: "timelines" is known when "timeline" is.
INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
)
MIN_STEM = 4
PLURAL_MIN = 6  # a shorter word whose plural is listed is as likely a misread ("Janu" of "Janus")
BOOSTED = 100_000  # the frequency given to domain words and longer lexicon names


def american_count(folded: str) -> int:
    """How common the American spelling of a British word is by its ending ("labour" is as
    common as "labor", "centre" as "center": spelling_variants.csv); 0 if none is listed."""
    counts = word_counts()
    for british, american in _spelling_variants():
        if folded.endswith(british) and len(folded) - len(british) >= MIN_STEM - 1:
            found = counts.get(folded[: -len(british)] + american, 0)
            if found:
                return found
    return 0


# Called for every word of every release. Bounded, because OCR noise makes new words without end:
# measured over 20,000 synthetic releases (99.4% hits at this size), a worker grew 7 MB with
# 16,384 entries, 12 MB with 262,144 (and 19 MB when two caches were stacked here by mistake).
@lru_cache(maxsize=16_384)
def frequency(word: str) -> int:
    """How common a word is (0 for unknown); domain words and lexicon names count as common."""
    folded = base_form(word)
    counts = word_counts()
    found = counts.get(folded, 0)
    if folded in domain_words() or folded in lexicon().common:
        return max(found, BOOSTED)
    if found:
        return found
    if folded in lexicon().tokens:
        return RARE + 1
    found = american_count(folded)
    if found:
        return found
    medical = _american(folded)  # "paediatric" -> "pediatric"
    if medical and medical != folded:
        found = frequency(medical)
        if found:
            return found
    for ending, replacement in INFLECTIONS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            stem = folded[: -len(ending)] + replacement
            if stem in counts or stem in domain_words():
                return counts.get(stem, RARE)
    plural = folded + "s"  # "prostaglandin" where only the domain's "prostaglandins" is listed
    if len(folded) >= PLURAL_MIN and (plural in domain_words() or plural in lexicon().common):
        return RARE
    return 0


@cache
def candidate_table() -> dict[str, int]:
    """Every known word's frequency, domain words and lexicon names boosted (about 15 MB)."""
    table = dict(word_counts())
    for word in lexicon().tokens:
        table.setdefault(word, RARE + 1)
    for word in domain_words() | lexicon().common:
        table[word] = max(table.get(word, 0), BOOSTED)
    return table


def known_words() -> Iterable[str]:
    """Every word ``candidate_table`` knows, casefolded."""
    return candidate_table().keys()


def is_known(word: str) -> bool:
    return frequency(word) > 0


@lru_cache(maxsize=65_536)
def is_name(word: str) -> bool:
    """A name of the domain lexicon (company, compound, payload, wire ...), not a fragment of
    one ("Inc", "Eli" are words of names but also common fragments of split words)."""
    folded = base_form(word)
    return folded in lexicon().names or folded in lexicon().common
