"""Word-level repair: split words, OCR character confusions, near-miss names, glued words."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from string import ascii_lowercase

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# (as a module: drug_vocabulary imports this package's word list, a name imported would be circular)
import transform.drug_vocabulary as drugs
from transform.lexicon import (
    ascii_folded,
    company_trade_words,
    demonyms,
    is_place,
    legal_form_words,
    load_lexicon,
    organization_head_words,
    place_names,
    word_prefixes,
)
from transform.literals import cued
from transform.repair.buffer import Edit
from transform.repair.channel import correct, reading_a_scan
from transform.repair.marks import FULL_MONTHS, WIRE_IN_BRACKETS, WIRE_IN_SLASHES
from transform.repair.vocabulary import (
    COMMON_WORD,
    RARE,
    base_form,
    foreign_vocabulary,
    foreign_words,
    frequency,
    given_names,
    is_known,
    is_name,
    lexicon,
    open_compounds,
    person_names,
    word_counts,
)
from transform.text_spans import POSSESSIVE

WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
NUMERAL_READINGS = str.maketrans({"l": "I", "1": "I", "|": "I", "t": "I"})
ROMAN_PHASE = cued(r"\bPhase\s+(?:II|III|IV)\b")
ARABIC_AFTER = re.compile(r"\s*[/-]\s*\d")
PHASE_NUMERAL = cued(r"\b(Phase\s+)([IVl1|][IVl1|t]{0,2}V?)(?=[\s,.;:)/-]|$)")
# a space after an amount's decimal point, before its decimals and its scale: "$11. 1 million"
AMOUNT_DECIMAL_SPACE = re.compile(
    r"[$€£][ ]?\d{1,4}\.([ ])\d{1,3}[ ]?(?:million|billion|thousand|mn|bn)\b", re.IGNORECASE
)
AMOUNT_LETTER = re.compile(r"(?<=[$€£])\s?([lIO])(?=[\d.,]\d)|(?<=[$€£]\d)([lIO])(?=[\d.,])")
# a scale split by a stray space after an amount's number, a letter lost or not: "150 mill on",
# "3 mil ion", "2 bill ion"; or only a letter lost: "5 millon", "2 bilion"
SPLIT_SCALE = re.compile(r"il{1,2} ?i? ?on(?![\w-])")  # after "<digit> m" or "<digit> b"
SCALES = ("million", "billion")
# a dollar sign read as "S" before an amount with its scale, after the letters a dollar is
# printed with (currencies.csv) or none: "USS36.2 million", "CDNS37.0 million", "(S235 million"
# ("AS1404", a code, has no scale after it)
DOLLAR_READ_AS_S = re.compile(
    r"S(?=(?P<scaled>\d[\d,.]*\s?(?:million|billion|thousand|mn|bn|m)\b)|\d{1,6}\.\d\d(?![\d.]))"
)
DOLLAR_LETTERS = 4  # letters a dollar sign is printed after at most ("CDN$")
FUNCTION_WORDS = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "with",
        "from",
        "into",
        "under",
        "over",
        "will",
        "which",
        "their",
        "been",
        "have",
        "also",
        "more",
        "than",
        "such",
        "other",
        "about",
        "after",
        "before",
        "while",
        "were",
        "there",
        "they",
        "them",
        "then",
        "when",
        "where",
        "would",
        "could",
        "should",
        "all",
        "any",
        "each",
        "both",
        "can",
        "may",
        "his",
        "her",
        "who",
        "how",
        "out",
        "one",
        "two",
        "new",
        "a",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "the",
        "and",
        "for",
        "its",
        "our",
        "has",
        "was",
        "are",
        "but",
        "not",
    ]
)
COMMON = 1_000  # a word at least this frequent is a confident repair target
RARE_PIECE = 10_000  # a split fragment that happens to be a word is at most this common
RARE_PIECE_RATIO = 4  # ... and the whole word is this many times more common
JOIN_MINIMUM = 80  # a word rejoined from a fragment that is no word at all may be this rare
GLUED_PART_MINIMUM = 100  # each word of a split glued pair must be at least this frequent
MIN_CONFUSION_LENGTH = 3
SNAP_SIMILARITY = 88.0  # rapidfuzz ratio (0-100) a near-miss needs to snap to a lexicon name
SPLIT_SNAP_SIMILARITY = 85.0  # lower when the stray spaces already prove the word is damaged
SNAP_MARGIN = 8.0  # over the runner-up name


@cache
def _snap_names() -> tuple[str, ...]:
    return tuple(name for name in lexicon().names.values() if " " not in name and len(name) >= 5)


# A whole chunk that holds a code mark is skipped; elsewhere, words. One pass over the text.
TOKENS = re.compile(
    # a code holds a digit or one of "@\_=#" (read up to the first, never back), or a dotted
    # form, looked for only in a token with a dot or a colon
    r"(?P<code>(?:(?<=\s)|^)(?=[^\s\d@\\_=#]*+[\d@\\_=#]"
    r"|(?=[^\s.:]*+[.:])\S*?(?:www\.|://|[^\W\d_]\.[^\W\d_]))[^\s]+)"
    r"|(?P<word>[^\W\d_]+(?:[’'][^\W\d_]+)?)"
)


def _words(text: str) -> list[re.Match[str]]:
    """Words outside codes, amounts, addresses and URLs ("huC242-DM4", "money.cnn.com")."""
    return _words_cached(text)


@lru_cache(maxsize=8)
def _words_cached(text: str) -> list[re.Match[str]]:
    return [match for match in TOKENS.finditer(text) if match.lastgroup == "word"]


@lru_cache(maxsize=8)
def _unknown_words(text: str) -> list[re.Match[str]]:
    """The words no word list knows: the only ones a confusion, snap or glue may touch."""
    return [match for match in _words(text) if frequency(match.group()) == 0]


# the first word of a camel-case name, four letters or more: "Astra" of "AstraZeneca"
CAMEL_STEM = re.compile(r"(?P<stem>[A-Z][a-z]{3,})[A-Z][a-z]")


@lru_cache(maxsize=8)
def local_names(text: str) -> frozenset[str]:
    """Capitalised words a release prints intact at least twice: its own names ("Deltagen"), and
    shorter words of the lexicon's names ("Inc") or of a name of two words ("Motif Bio"). A
    possessive counts as its name: "NeuExcell's" twice and "NeuExcell" once is the name
    "NeuExcell" three times, never a misread of it. A camel-case name's first word is a name
    however often it is printed alone ("Astra" of "AstraZeneca": never "Astral")."""
    words = [m for m in _words(text) if m.group()[:1].isupper()]
    counts = Counter(_without_possessive(m.group()) for m in words)
    # a camel-case name's first word is its short form, printed once or not at all:
    # "AstraZeneca" names "Astra", "GlaxoSmithKline" names "Glaxo"
    counts.update({m["stem"]: 2 for m in map(CAMEL_STEM.match, counts) if m is not None})
    # a short word of a name of two the release prints twice: "Motif Bio", "Motif Bio on ..."
    pairs = Counter(
        (first.group(), _without_possessive(second.group()))
        for first, second in itertools.pairwise(words)
        if second.start() == first.end() + 1 and text[first.end()] == " "
    )
    return frozenset(
        word
        for word, count in counts.items()
        if count >= 2
        and (len(word) >= 4 or (len(word) == 3 and word.casefold() in lexicon().tokens))
    ) | frozenset(second for (_, second), count in pairs.items() if count >= 2 and len(second) >= 3)


def _without_possessive(word: str) -> str:
    """A word without its possessive ("NeuExcell's" -> "NeuExcell"); most words print no
    apostrophe, and keep theirs unread by the expression."""
    return POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


def _with_case_of(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _lexicon_form(word: str) -> str | None:
    return lexicon().names.get(base_form(word))


def phase_numeral_edits(text: str) -> list[Edit]:
    """ "Phase Il" -> "Phase II", "Phase lll" -> "Phase III": after "Phase" only numerals fit.
    A "1" is a misread "I" only where the release writes its phases in Roman numerals ("Phase
    II" elsewhere), never before another Arabic one ("Phase 1/2")."""
    edits = []
    roman = ROMAN_PHASE.search(text) is not None
    for match in PHASE_NUMERAL.finditer(text):
        numeral = match.group(2)
        if numeral == "1" and (not roman or ARABIC_AFTER.match(text, match.end(2))):
            continue
        fixed = numeral.translate(NUMERAL_READINGS)
        if fixed != numeral and re.fullmatch(r"I{1,3}|IV|V", fixed):
            start = match.start(2)
            edits.append(Edit(start, start + len(numeral), fixed, "phase_roman_numeral", 0.95))
    return edits


# a word a scan printed with a digit for a letter inside it: "mil1ion", "MILL1ON", "B0ston",
# "bus1ness" (a digit between letters on both sides; a code ends or opens with its digits or
# reads no word: "H5N1", "HbA1c", "GLP1R")
DIGIT_IN_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?:[015]{1,2}[^\W\d_]+)+(?![\w-])")
# found first, the digit before the letter behind it (a scan for a letter's class at every
# position costs seven times more): most texts print none
LETTER_THEN_DIGIT = re.compile(r"[015](?<=[A-Za-z][015])")
LETTERS_FOR_DIGIT = {"1": ("l", "i"), "0": ("o",), "5": ("s",)}
DIGIT_WORD_LETTERS = 4  # letters a word keeps at least around its digits: "A1c" is a code's


def digit_letter_edits(text: str) -> list[Edit]:
    """ "$5 mil1ion" -> "$5 million", "MILL1ON" -> "MILLION": a digit between a word's letters
    where the letter a scan mistakes it for makes a known word (in the case of the letters
    around it)."""
    edits = []
    for match in DIGIT_IN_WORD.finditer(text) if LETTER_THEN_DIGIT.search(text) else ():
        printed = match.group()
        if sum(ch.isalpha() for ch in printed) < DIGIT_WORD_LETTERS:
            continue
        upper = printed.isupper()  # (its letters all capitals: "MILL1ON")
        readings = [""]
        for ch in printed:
            options = LETTERS_FOR_DIGIT.get(ch, (ch,))
            if upper:
                options = tuple(o.upper() for o in options)
            readings = [r + o for r in readings for o in options]
        fixed = next((r for r in readings if is_known(r.casefold())), None)
        if fixed is not None:
            edits.append(Edit(match.start(), match.end(), fixed, "digit_for_letter", 0.85))
    return edits


def amount_digit_edits(text: str) -> list[Edit]:
    """ "$l.5 million" -> "$1.5 million": inside an amount a letter can only be a digit; and
    before one with its scale, an "S" where a dollar sign is printed is that sign."""
    edits = []
    for match in AMOUNT_LETTER.finditer(text):
        group = 1 if match.group(1) else 2
        letter = match.group(group)
        digit = "0" if letter == "O" else "1"
        edits.append(Edit(match.start(group), match.end(group), digit, "amount_digit", 0.9))
    for match in AMOUNT_DECIMAL_SPACE.finditer(text):  # "$11. 1 million" -> "$11.1 million"
        edits.append(Edit(match.start(1), match.end(1), "", "amount_decimal_space", 0.9))
    for match in SPLIT_SCALE.finditer(text):
        start = match.start() - 1  # the scale's "m" or "b", after a number and a space
        if start < 2 or text[start] not in "mb" or text[start - 2 : start] != text[start - 2] + " ":
            continue
        if not text[start - 2].isdigit():
            continue
        printed = text[start : match.end()]
        joined = printed.replace(" ", "")
        scale = next((w for w in SCALES if w[0] == joined[0] and len(w) - len(joined) <= 1), None)
        if " " in printed and scale is not None:
            edits.append(Edit(start, match.end(), scale, "split_word", 0.85))
        elif scale is not None and joined != scale:  # a letter lost: "$5 millon", "2 bilion"
            edits.append(Edit(start, match.end(), scale, "ocr_confusion", 0.85))
    for match in DOLLAR_READ_AS_S.finditer(text):  # "USS36.2 million" -> "US$36.2 million"
        letters = _letters_before(text, match.start())
        # a price in cents only after two letters of a dollar's or more: "USS3.67 (CDNS4.52)
        # per share" (never "AS1404.00", a code's letters)
        if letters in _dollar_letters() and (match["scaled"] or len(letters or "") >= 2):
            edits.append(Edit(match.start(), match.end(), "$", "currency_sign", 0.9))
    return edits


def _letters_before(text: str, at: int) -> str | None:
    """The letters (and periods: "U.S.") right before ``at``, a word of their own, at most
    DOLLAR_LETTERS of them; None where more, or a digit, "_" or "$", run on before them."""
    start = at
    while (
        start > 0
        and at - start <= DOLLAR_LETTERS
        and (text[start - 1].isalpha() or text[start - 1] == ".")
    ):
        start -= 1
    if at - start > DOLLAR_LETTERS or (
        start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$")
    ):
        return None
    return text[start:at]


@cache
def _dollar_letters() -> frozenset[str]:
    """The letters a dollar sign is printed after (currencies.csv: "US" of "US$", "CDN" of
    "CDN$", none of "$")."""
    return frozenset(
        row["printed"][:-1]
        for row in load_lexicon("currencies")
        if row["position"] == "prefix" and row["printed"].endswith("$")
    )


def _weak(piece: str) -> bool:
    """A fragment that is not a word of its own (or only a stray letter)."""
    if len(piece) == 1:
        return piece not in ("a", "A", "I")
    return frequency(piece) <= RARE


@lru_cache(maxsize=65_536)
def _snap(word: str, threshold: float) -> tuple[str, float] | None:
    """The lexicon name ``word`` is a near miss of, with a margin over the runner-up."""
    matches = process.extract(
        word, _snap_names(), scorer=fuzz.ratio, limit=2, processor=str.casefold
    )
    if not matches or matches[0][1] < threshold:
        return None
    if len(matches) > 1 and matches[0][1] - matches[1][1] < SNAP_MARGIN:
        return None
    return matches[0][0], matches[0][1] / 100


def _mixed_case(group: list[str]) -> bool:
    """Pieces of which some are in capitals (two letters or more) and some in lower case: an
    abbreviation beside a word ("for CE"), never the parts of one word split by stray spaces
    ("Cor porat e", "COR PORATE")."""
    capitals = any(len(piece) > 1 and piece.isupper() for piece in group)
    return capitals and any(piece.islower() for piece in group)


def split_word_edits(text: str) -> list[Edit]:
    """Rejoin words split by stray spaces: "Cor porat e" -> "Corporate", "Medi a" -> "Media"."""
    edits: list[Edit] = []
    counts = word_counts()
    words = _words(text)
    pieces = [m.group() for m in words]
    lowered = [p.lower() for p in pieces]
    spans = [m.span() for m in words]
    weak_of = {p: _weak(p) for p in set(pieces)}  # each distinct word once
    weak = [weak_of[p] for p in pieces]
    rare_of = {p: w or frequency(p) <= RARE_PIECE for p, w in weak_of.items()}
    rare = [rare_of[p] for p in pieces]
    # reach[i]: the end of the run of words joined by single spaces that word i starts
    reach = list(range(1, len(pieces) + 1))
    for i in range(len(pieces) - 2, -1, -1):
        if spans[i][1] + 1 == spans[i + 1][0] and text[spans[i][1]] == " ":
            reach[i] = reach[i + 1]
    # rares[i], weaks[i]: rare and weak words before word i
    rares = [0, *itertools.accumulate(rare)]
    weaks = [0, *itertools.accumulate(weak)]
    # only windows that hold a rare or broken piece can need a join (a window of common
    # words fails _rare_piece)
    starts = sorted({i for r, w in enumerate(rare) if w for i in range(max(0, r - 3), r + 1)})
    names: frozenset[str] | None = None
    next_free = 0  # words before this were consumed by a join
    for index in starts:
        if index < next_free:
            continue
        for size in (4, 3, 2):
            stop = index + size
            if stop > reach[index] or rares[stop] == rares[index]:
                continue
            if weaks[stop] == weaks[index]:
                # real words only: the join must be a common word (one lookup decides most)
                if counts.get("".join(lowered[index:stop]), 0) < COMMON:
                    continue
                if not _rare_piece(pieces[index:stop], counts):
                    continue
            group = pieces[index:stop]
            if any(is_name(piece) for piece in group):
                continue
            if _mixed_case(group):
                continue  # "for CE mark": an abbreviation in capitals after a word, never "force"
            if lowered[stop - 1] in NAME_PARTICLES and NEXT_CAPITAL.match(text, spans[stop - 1][1]):
                continue  # "Institut de Recherches": another language's "of" in a name, never
                # the end of a split word ("Institutde" read as "Institute")
            if names is None:
                names = local_names(text)
            if group[0] in names:
                continue  # a name the release prints intact twice: "Pharmaceutica is", "Acme in"
            if _letter_label(group):
                continue  # "hepatitis B and C", "Part A of": a letter that labels, not a fragment
            first = spans[index][0]
            if first > 0 and text[first - 1] in "’'":
                continue  # the "s" of a possessive, not a fragment
            if first > 0 and text[first - 1] in "&/":
                continue  # the end of a token like "R&D" ("R&D is") or "A/S" ("A/S enters",
                # "w/o any"), not a fragment
            if _unit_after_number(group[0], text, first):
                continue  # "€254 m in": a scale after its number, never "min"
            if text[spans[stop - 1][1] : spans[stop - 1][1] + 1] in ("-", "&"):
                continue  # the first part of a compound ("a pre-clinical") or of a token like
                # "R&D" ("a R&D tax incentive"), not a fragment
            if " ".join(lowered[index:stop]) in open_compounds():
                continue  # "per cent": a dictionary's spelling in two words, not a split one
            if _abbreviation(pieces[stop - 1], text, spans[stop - 1][1]):
                continue  # "Bio Co., Ltd.": a name and its legal form, not "Biocon"
            joined = "".join(group)
            # confusions and snapping only for runs of fragments: "Conmuni cati ons"
            fragments = all(w or len(p) <= 2 for w, p in zip(weak[index:stop], group, strict=True))
            repair = (
                (joined, "split_word", 0.9)
                if joined in names
                else _join_repair(joined, fragments and any(frequency(p) == 0 for p in group))
            )
            if repair is not None and not in_place_name(text, first, spans[stop - 1][1]):
                word, rule, confidence = repair
                if not _lexicon_form(word):
                    word = _with_case_of(group[0], word)
                edits.append(Edit(first, spans[stop - 1][1], word, rule, confidence))
                next_free = stop
                break
    return edits


# another language's "of" inside a name, before the name's next word ("Institut de Recherches"),
# and a surname's particles in lower case (people.SPACED_PARTICLE's words, which people.py cannot
# lend here, as it imports the repair; a test keeps the two alike): "Jan-Willem ter Horst"
NAME_PARTICLES = frozenset(
    {"de", "di", "da", "do", "du", "des", "del", "della", "degli", "van", "von", "der", "den"}
    | {"la", "los", "dos", "das", "ter", "ten", "bin", "ibn"}
)
NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")

PLACE_REACH = 30  # characters read either side of an edit for the place it may be part of
PRINTED_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def in_place_name(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` belong to a place of two or three words
    (world_places.csv), printed on one line: "Tel Aviv" is never "Tell Aviv", "in Tel Aviv"
    never "inTel Aviv"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = PRINTED_WORD.findall(text, max(line_start, start - PLACE_REACH), start)[-2:]
    own = PRINTED_WORD.findall(text, start, end)
    after = PRINTED_WORD.findall(text, end, min(line_end, end + PLACE_REACH))[:2]
    words = [w.rstrip(".") for w in (*before, *own, *after)]
    first_own, last_own = len(before), len(before) + len(own) - 1
    return any(
        is_place(" ".join(words[i : i + size]))  # accents or not: "Sao Paulo"
        for size in (2, 3)
        for i in range(max(0, first_own - size + 1), min(last_own, len(words) - size) + 1)
    )


# scales and units printed after a number as a word of their own ("€254 m", "12 k", "5 g")
NUMBER_UNITS = frozenset({"m", "k", "b", "bn", "mn", "mm", "g", "mg", "kg", "ml", "l", "h"})


def _unit_after_number(piece: str, text: str, start: int) -> bool:
    """A scale or unit a space after a digit: "€254 m in" is 254 million euros, "5 g of" a
    dose; never the first fragment of a split word."""
    return (
        piece.lower() in NUMBER_UNITS
        and start > 1
        and text[start - 1] == " "
        and text[start - 2].isdigit()
    )


def _letter_label(group: list[str]) -> bool:
    """A capital letter alone before a function word, whose join is no function word: the
    letter labels ("hepatitis B and C" is no "Band"); a capital split from its own word
    joins into one ("T he", "W here")."""
    return (
        len(group) == 2
        and len(group[0]) == 1
        and group[0].isupper()
        and group[1].lower() in FUNCTION_WORDS
        and "".join(group).lower() not in FUNCTION_WORDS
    )


def _rare_piece(pieces: list[str], counts: dict[str, int]) -> bool:
    """Two real words whose concatenation is far more common than the rarer: "The se", "mo re"."""
    joined = counts.get("".join(pieces).lower(), 0)  # exact words only: this runs often
    if joined < COMMON:
        return False  # most pairs of words join into no word at all: decided by one lookup
    content = [frequency(p) for p in pieces if p.lower() not in FUNCTION_WORDS]
    if not content or min(content) > RARE_PIECE:
        return False
    return joined >= RARE_PIECE_RATIO * min(content)


@lru_cache(maxsize=65_536)
def _join_repair(joined: str, unknown_piece: bool = False) -> tuple[str, str, float] | None:
    name = _lexicon_form(joined)
    if name:
        return name, "split_word", 0.95
    if frequency(joined) >= (JOIN_MINIMUM if unknown_piece else COMMON):
        return joined, "split_word", 0.9
    if not unknown_piece:
        return None  # real words on both sides: only an exact, common join is safe
    confused = correct(joined, deep=False)
    if confused:
        word = _lexicon_form(confused.word) or confused.word
        return word, "split_word+ocr_confusion", round(confused.share * 0.95, 3)
    snapped = _snap(joined, SPLIT_SNAP_SIMILARITY) if len(joined) >= 5 else None
    if snapped:
        return snapped[0], "split_word+lexicon_snap", snapped[1] * 0.95
    return None


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


ABBREVIATION_MAX = 4  # letters
# what follows a short abbreviation: its period or colon ("Co.", "Tel:"), or the number it
# labels ("Tel +91 22", "Fax 555-0100")
ABBREVIATED = re.compile(r"[.:]| ?[+(]?\d")


def _abbreviation(word: str, text: str, end: int) -> bool:
    """A short capitalised word printed as an abbreviation: "Co.", "Ltd.", "Tel:", "Tel +91"."""
    return (
        len(word) <= ABBREVIATION_MAX
        and word[:1].isupper()
        and ABBREVIATED.match(text, end) is not None
    )


def _printed_as_is(match: re.Match[str], text: str) -> bool:
    """Words a page prints that no list knows, which a misread must not be taken for: the last
    word of a text cut short ("progres"), a prefix before its hyphen ("pre-clinical"), a short
    abbreviation before its period or colon ("Tel:") or a number ("Tel +91"), a plural acronym
    ("ADCs")."""
    word, end = match.group(), match.end()
    following = text[end : end + 1]
    if end >= len(text.rstrip()):
        return True
    if following == "-" and word.casefold() in word_prefixes():
        return True
    if following in (".", ":") and len(word) <= ABBREVIATION_MAX:
        return True
    if _abbreviation(word, text, end):
        return True
    return PLURAL_ACRONYM.fullmatch(word) is not None


# a word of the trade or a legal form after a capitalised word: "Neuren Pharmaceuticals", "Zeta
# Inc." (company_trade_words.csv, company_suffixes.csv)
# (past the rest of a hyphenated name: "Veri-Q Inc.")
COMPANY_WORD_AFTER = re.compile(  # "Acme, Inc."; past another language's joining word:
    # "Industria Chimica e Farmaceutica S.p.A."
    r"(?:-\w+)*,?[ \t]+(?:(?:e|y|et|und|di|del|della|de|da|do|du|des)[ \t]+)?"
    r"(?P<word>[A-Z][\w.]*)"
)
# a capitalised word right before, on the same line: the word is inside a name, not its first
COMPANY_WORD_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-Z]\w*)[ \t]+$")
NAME_WORDS_BEFORE_FORM = 2  # capitalised words of a name between an inner word and its form
NAME_WORD_REACH = 40  # characters looked back for the word before


@cache
def _organization_heads() -> frozenset[str]:
    """One-word heads of organisations' names (organization_heads.csv: "Partners", "Group")."""
    return frozenset(word for word in organization_head_words() if " " not in word)


def _foreign_in_name(word: str, text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is a word of another language's list (vocabulary.py) beside
    another capitalised word on its line, past that language's joining word: a word of a name
    as its institution prints it ("Centre de Recherche", "Fundacion Investigacion Sanitaria"),
    however near an English word."""
    if not word[:1].isupper() or ascii_folded(word) not in foreign_words():
        return False
    before = COMPANY_WORD_BEFORE.search(text, max(0, start - NAME_WORD_REACH), start)
    return before is not None or COMPANY_WORD_AFTER.match(text, end) is not None


def _in_another_language(word: str, text: str, start: int, end: int) -> bool:
    """Whether a word of another language's list (vocabulary.foreign_vocabulary) has another on
    its line within LANGUAGE_REACH characters: a stretch of that language (a bilingual title's
    "Valdera und Lintrix schliessen ..."), no English word misread. A word with an accent no
    English list knows counts as one ("Valbonne Thérapeutiques annonce / announces")."""
    vocabulary = foreign_vocabulary()
    if ascii_folded(word.casefold()) not in vocabulary:
        return False
    line_start = text.rfind("\n", max(0, start - LANGUAGE_REACH), start) + 1
    line_end = text.find("\n", end, end + LANGUAGE_REACH)
    window_start = max(line_start, start - LANGUAGE_REACH)
    window_end = min(end + LANGUAGE_REACH, len(text)) if line_end < 0 else line_end
    english = word_counts()
    for other in LETTERS.finditer(text, window_start, window_end):
        if other.start() == start:
            continue
        folded = ascii_folded(other.group().casefold())
        if folded in vocabulary or (not other.group().isascii() and folded not in english):
            return True
    return False


LANGUAGE_REACH = 60  # characters either side of a word read for its language's other words
LETTERS = re.compile(r"[^\W\d_]{2,}")


def _names_a_company(word: str, text: str, start: int, end: int, first: bool = False) -> bool:
    """Whether a capitalised word (or a camel-case one, "finnCap") is of a company's name: a
    word of the trade or a legal form follows it ("Neuren Pharmaceuticals"), or, for a word
    inside a name (a capitalised word before it, no function word), follows at most two
    capitalised words on, none a function word ("Symphony Neuro Development Company"). Its
    letters are the company's, however near an English word. A name's first word farther from
    its form is read as usual: it is the name's own, the word the lexicon knows ("Dalichl Sankyo
    Company" is Daiichi's); with ``first``, it is the company's too ("Canaccord Genuity Corp."
    is never "Can accord")."""
    if not _name_shaped(word):
        return False
    before = COMPANY_WORD_BEFORE.search(text, max(0, start - NAME_WORD_REACH), start)
    inner = before is not None and before["word"].lower() not in FUNCTION_WORDS
    for _ in range(NAME_WORDS_BEFORE_FORM + 1 if inner or first else 1):
        after = COMPANY_WORD_AFTER.match(text, end)
        if after is None:
            return False
        following = after["word"].rstrip(".,")
        if following in company_trade_words() or following in legal_form_words():
            return True
        if following in _organization_heads():
            return True  # "WeissCom Partners", "Kingsman Group": a firm named with its head
        if following.lower() in FUNCTION_WORDS or following != after["word"]:
            return False  # "From", "For": a title's words; a mark ends the name
        end = after.end()
    return False


def _base_letter(char: str) -> str:
    return unicodedata.normalize("NFKD", char)[:1]


def _accents_kept(word: str, reading: str) -> bool:
    """Whether a reading keeps each accented letter of a word, or its bare letter: OCR drops
    an accent or misreads around one ("Allé" for "Alle"), never turns "é" into "y"
    ("Université" is French, no misread "University")."""
    for op in Levenshtein.opcodes(word, reading):
        if op.tag == "equal":
            continue
        for k in range(op.src_start, op.src_end):
            if word[k].isascii():
                continue
            if op.tag != "replace" or op.src_end - op.src_start != op.dest_end - op.dest_start:
                return False  # an accented letter dropped, or replaced by more or fewer
            if reading[op.dest_start + k - op.src_start] != _base_letter(word[k]):
                return False
    return True


# a surname after a given name, its particles (NAME_PARTICLES) first: "Herve Brailly", "Sanne
# de Vries", "Jan van der Berg"
SURNAME_AFTER = re.compile(r"[ \t]+(?P<particles>(?:[a-z]{2,4}[ \t]+){0,2})[A-Z][a-z]")
# a capitalised given name right before a word, on its line: "Rein Piir"
# a given name, and a middle initial if printed: "Rein Piir", "Marcus T. Bellweather"
GIVEN_NAME_BEFORE = re.compile(
    r"(?<![\w.-])(?P<given>[A-Z][a-z]+)[ \t]+(?P<initial>[A-Z]\.[ \t]+)?$"
)
GIVEN_NAME_REACH = 30  # characters looked back for it
GIVEN_NAME_WORD_MAX = 5000  # a given name this rare as an English word names a person


def _after_given_name(text: str, start: int) -> bool:
    """Whether a given name of the world's lists stands right before ``start``, alone or with a
    middle initial: the word there is a surname ("Rein Piir", "Kavita Ramanathan", "Marcus T.
    Bellweather"). Alone, the given name must be one English hardly uses as a word ("Grant
    Thornton" may be words); before an initial, any given name is one ("Grant T. Wells")."""
    before = GIVEN_NAME_BEFORE.search(text, max(0, start - GIVEN_NAME_REACH), start)
    return (
        before is not None
        and before["given"].casefold() in given_names()
        and (
            before["initial"] is not None
            or word_counts().get(before["given"].casefold(), 0) < GIVEN_NAME_WORD_MAX
        )
    )


# a surname's particle (NAME_PARTICLES) between a given name and a surname is no misread
CAPITALISED_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'’-]*[ \t]+(?:[a-z]{2,4}[ \t]+)?$")
CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[a-z]{2,4})?[ \t]+[A-Z]")
PARTICLE_REACH = 40


def _surname_after(text: str, end: int) -> bool:
    """Whether a capitalised surname follows ``end``, after a surname's particles if printed."""
    surname = SURNAME_AFTER.match(text, end)
    return surname is not None and all(
        particle in NAME_PARTICLES for particle in surname["particles"].split()
    )


def _particle_in_name(word: str, text: str, start: int, end: int) -> bool:
    """Whether a word is a surname's particle between a capitalised word and a capitalised
    surname ("Jan ter Horst", "Ahmed bin Saleh")."""
    return (
        word in NAME_PARTICLES
        and CAPITALISED_BEFORE.search(text, max(0, start - PARTICLE_REACH), start) is not None
        and CAPITALISED_AFTER.match(text, end) is not None
    )


def _before_apostrophe(word: str) -> str:
    """A word without what follows its apostrophe: "Zeta" of "Zeta's", "We" of "We’ve"."""
    return word.split("’")[0].split("'")[0]


def _confusion_edit(
    match: re.Match[str],
    names: frozenset[str],
    text: str,
    seen: Mapping[str, int] | None = None,
) -> Edit | None:
    """An unknown word read as the word the OCR error model and the vocabulary make likeliest
    (channel.py); a name the release prints intact elsewhere counts as a word. A word with
    letters outside ASCII ("Allé") is read only as a name of the release."""
    word = match.group()
    if len(word) < 2 or (word.isupper() and len(word) > 1) or word in names:
        return None
    if _printed_as_is(match, text) or _particle_in_name(word, text, match.start(), match.end()):
        return None
    core = _before_apostrophe(word)
    suffix = word[len(core) :]
    if suffix and frequency(core) > 0:
        return None  # a known word with an ending no list spells out ("We’ve")
    if core[:1].isupper() and core.casefold() in person_names():
        return None  # a person's name as printed ("Rager"), however near a word ("Roger")
    if (
        core[:1].isupper()
        and core.casefold() in given_names()
        and _surname_after(text, match.end())
    ):
        return None  # a given name of the world's lists before a surname: "Herve Brailly",
        # never "Here Brailly"
    if core[:1].isupper() and _after_given_name(text, match.start()):
        return None  # a surname after a given name English hardly uses: "Rein Piir, EVP
        # Corporate Affairs", never "Rein Pair" (a given name that is a common word, "Will" or
        # "May", names no one: "Will Recieve" is still read)
    if core in _organization_heads():
        return None  # a head of names in another language: "Instituto", "Universität"
    if _foreign_in_name(core, text, match.start(), match.end()):
        return None  # "Inserm Transfert", "Instituto Nacional": never "Transfer", "National"
    reading = correct(core, names, seen=seen)
    if reading is None or (
        not core.isascii() and (not reading.local_name or not _accents_kept(core, reading.word))
    ):
        return None
    if not reading.local_name and _in_another_language(core, text, match.start(), match.end()):
        return None  # "Valdera und Lintrix schliessen Lizenzvereinbarung": never "and"
    if (
        not reading.local_name
        and reading.word.lower() not in FUNCTION_WORDS
        and _names_a_company(core, text, match.start(), match.end())
    ):
        return None  # "Neuren Pharmaceuticals (ASX:NEU)" is no misread "Neuron"; "Thc Company" is
    if reading.local_name:
        fixed, rule = reading.word, "ocr_confusion_local_name"
    else:
        fixed = _lexicon_form(reading.word) or _with_case_of(core, reading.word.lower())
        rule = "ocr_confusion"
    return Edit(match.start(), match.end(), fixed + suffix, rule, round(reading.share * 0.95, 3))


# a capitalised word this short is one letter from an English word as often by chance as by a
# misread ("Deol", "Tel", "Ong"); a longer one so near a word is a misread ("Chalrman")
LONE_NAME_MAX = 4


def lone_misreads(edits: list[Edit], text: str) -> list[Edit]:
    """The misread of a release that shows no other (a clean release's word no list knows) where
    the word is a name as printed: a capitalised word of four letters or fewer read as an
    English word ("Manpreet Kaur Deol", "Tel :" never "Deal", "Tell") or a drug of the
    vocabulary ("Otsuka's Abilify" never "Ability"; "Forxiga" beside "Farxiga"). A capitalised word
    read as a name the release prints or the lexicon holds (or opens), or as a function word,
    stays read ("Millenium's" -> "Millennium's", "Gereron" beside "Generon", "Ainerican Home
    Products", "Thc Company")."""
    confusions = [edit for edit in edits if edit.rule.startswith("ocr_confusion")]
    if len(confusions) != 1:
        return []
    edit = confusions[0]
    word = _before_apostrophe(text[edit.start : edit.end])
    reading = _before_apostrophe(edit.replacement)
    if drugs.is_drug_name(word) or (
        word[:1].isupper()
        and len(word) <= LONE_NAME_MAX
        and reading.casefold() not in FUNCTION_WORDS
        and reading.casefold() not in lexicon().names
        and reading not in local_names(text)
        and not _opens_a_lexicon_name(reading, text, edit.end)
    ):
        return [edit]
    return []


NAME_WORDS_AFTER = re.compile(r"(?:[ ]+[A-Z][\w&.-]*){1,4}")  # a name's next words, capitalised


def _opens_a_lexicon_name(reading: str, text: str, end: int) -> bool:
    """Whether a reading and the capitalised words after it are a lexicon name: "Ainerican
    Home Products Corporation" read as "American Home Products"."""
    after = NAME_WORDS_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group().split()
    names = lexicon().names
    return any(
        " ".join([reading, *words[:count]]).casefold() in names
        for count in range(1, len(words) + 1)
    )


def _snap_edit(match: re.Match[str], text: str) -> Edit | None:
    """A capitalised unknown word that is a near miss of one lexicon name ("Abgenlx"), unless
    a legal form or a word of the trade names it a company as printed ("Agenix Ltd." is no
    misread "Abgenix")."""
    word = match.group()
    core = _before_apostrophe(word)
    if len(core) < 5 or not core[:1].isupper() or frequency(core) > 0 or is_name(core):
        return None
    if core.casefold() in given_names():
        return None  # a person's given name: "Abbie Stokes" is never "AbbVie Stokes"
    if _names_a_company(core, text, match.start(), match.start() + len(core)):
        return None
    snapped = _snap(core, SNAP_SIMILARITY)
    if snapped is None:
        return None
    return Edit(match.start(), match.start() + len(core), snapped[0], "lexicon_snap", snapped[1])


GLUED_MARGIN = 5  # a reading must be this many times likelier than the next
# "plc(Nasdaq:", "March10, 2011": a word run into a parenthesis or a month into its day
# a listing glued to the word before it ("ImmunoGen(Nasdaq"), found by its parenthesis: the two
# letters before it must be lower-case
GLUED_TICKER = re.compile(r"\((?:Nasdaq|NASDAQ|NYSE|LSE)\b")
# a word that goes before an article glued to it, the space lost: "isa biotech company", "ofan
# antibody", "fora license" (a rare word at most: never "bean"; before a word an article opens)
GLUED_ARTICLE = re.compile(r"an? (?=[a-z]+\b)")  # the article, then the word before it
ARTICLE_AFTER = frozenset(
    [
        "is",
        "of",
        "to",
        "at",
        "in",
        "on",
        "by",
        "for",
        "as",
        "with",
        "from",
        "into",
        "was",
        "has",
        "and",
        "or",
        "that",
        "be",
    ]
)  # words that go before an article
NEXT_WORD_AFTER = re.compile(r"[a-z]+\b")
ARTICLE_GLUED_MAX = 5_000  # a glued pair no commoner than this in the English list ("fora")
# a month glued to its day ("March5"); only a capital can open it, checked first
GLUED_MONTH = re.compile(
    r"(?=[JFMASOND])\b((?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?=\d{1,2}\b)"
)
CAMEL = re.compile(r"^([A-Za-z][a-z]+)([A-Z][A-Za-z]*)$")
BRAND_MARK_AFTER = re.compile(r"[ ]?(?:®|™|\(R\)|\(TM\))")
GLUED_TRADE_CHARS = 6  # a word of the trade this short is glued into names ("Pharma")
COINED_STEM = 3  # letters of the capitalised stem a coined name opens with ("Pro", "Bio")
# a ticker's parenthesis after a name: "(NASDAQ:NOVN)", "(Nasdaq: ACME)", "(TSX Venture: AB)"
TICKER_AFTER = re.compile(r"['’]?s?\s*\([A-Za-z][A-Za-z .-]{0,30}:")


def _camel_split(word: str, names: frozenset[str]) -> str | None:
    """ "theCompany" -> "the Company": a lost space before a capital, between two known words."""
    possessive = next((e for e in ("’s", "'s") if word.endswith(e)), "")
    word = word[: len(word) - len(possessive)]
    match = CAMEL.match(word)
    if match is None or word in names or is_name(word) or frequency(word) > 0:
        return None
    left, right = match.groups()
    if len(right) < 2 or (not right[1:].islower() and not right.isupper()):
        return None  # "MacroGenics"-like inner capitals, an abbreviation's "MoU": a name
    if left[0].isupper() and len(left) <= COINED_STEM and left.lower() not in FUNCTION_WORDS:
        return None  # a coined name's stem and a word: "ProQuest", "BioCryst", "MedImmune"
    if (
        left[0].isupper()
        and left.lower() not in FUNCTION_WORDS
        and (
            right in legal_form_words()
            or (right in company_trade_words() and len(right) <= GLUED_TRADE_CHARS)
        )
    ):
        return None  # "PepsiCo", "PharmaCo", "TaroPharma": a company named with its form or a
        # short word of its trade ("AcmePharmaceuticals" is OCR's glue, split as before)
    known_left = left.lower() in FUNCTION_WORDS or frequency(left) >= GLUED_PART_MINIMUM
    known_right = right in names or is_name(right) or frequency(right) >= GLUED_PART_MINIMUM
    return f"{left} {right}{possessive}" if known_left and known_right else None


# words that a lost space glues to the name after them: "agreement withSandoz"
GLUE_WORDS = frozenset({"with", "and", "from", "for", "the", "into", "between", "versus"})


def _glued_to_a_name(match: re.Match[str], text: str) -> str | None:
    """ "withSandoz" -> "with Sandoz": a function word of three letters or more glued to a
    capitalised name the text prints alone elsewhere ("... medicines, Sandoz is ...")."""
    camel = CAMEL.match(match.group())
    if camel is None or camel.group(1) not in GLUE_WORDS:
        return None
    name = camel.group(2)
    if len(name) < 4 or not name[1:].islower():
        return None
    alone = re.compile(rf"(?<![A-Za-z]){re.escape(name)}\b")
    if alone.search(text, 0, match.start()) or alone.search(text, match.end()):
        return f"{camel.group(1)} {name}"
    return None


def _opens_a_wire_marker(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens (or follows a wire's hyphen in) the name a dateline
    prints between slashes or brackets."""
    opening = start - 1
    if text[opening:start] == "-":  # "PRNewswire-AsiaNet": the name's second part
        opening = max(text.rfind("/", 0, start), text.rfind("(", 0, start))
        if opening < 0 or start - opening > WIRE_NAME_CHARS:
            return False
    return opening >= 0 and (
        WIRE_IN_SLASHES.match(text, opening) is not None
        or WIRE_IN_BRACKETS.match(text, opening) is not None
    )


WIRE_NAME_CHARS = 40
# Suffixes that are words too: a word of four letters or more before one is one word with it
# ("injectable", "painless", "drugmaker"), never two glued ("be able" glued is "beable": a short
# word)
WORD_SUFFIXES = frozenset(["able", "less", "ship", "wide", "like", "maker", "makers"])
MIN_SUFFIXED_STEM = 4


# function words that open coined names: "NewLink", "OneMedNet", "UpToDate"
COINED_OPENERS = frozenset({"new", "one", "two", "all", "out", "up"})
# a capitalised word right after the camel-case one, with one space between (the one before it
# is COMPANY_WORD_BEFORE's)
CAPITAL_WORD_AFTER = re.compile(r"[ ](?:of[ ])?(?P<word>[A-Z][\w&'’-]*)")  # "Society of Clinical"


def _capitals_glued(
    left: str, right: str, text: str, start: int, end: int, names: frozenset[str]
) -> bool:
    """Whether two capitalised words read in one camel-case word were glued, not coined as one
    name: glued where a run of capitalised words lost a space ("Chief ExecutiveOfficer",
    "Halcyon MedicinesAnnounces Results"), where the text prints the two words apart ("In 2004,
    BiogenIdec" of a release that prints "Biogen Idec"), a given name glued to a surname the
    release prints alone ("NickRodgers"), or a function word glued to a word ("TheCompany";
    never "NewLink")."""
    if not left[:1].isupper() or left.lower() in FUNCTION_WORDS - COINED_OPENERS:
        return True
    beside = (
        COMPANY_WORD_BEFORE.search(text, max(0, start - NAME_WORD_REACH), start),
        CAPITAL_WORD_AFTER.match(text, end),
    )
    if any(m is not None and m["word"].lower() not in FUNCTION_WORDS for m in beside):
        return True  # never "The MannKind deal"
    if re.search(rf"\b{re.escape(left)} {re.escape(right)}\b", text):
        return True
    return left.casefold() in given_names() and right in names


def _name_shaped(word: str) -> bool:
    """Whether a word may open a name: capitalised, or in lower case before a capital inside,
    no common English word before it ("finnCap", "uniQure"; never "withPfizer", "picksVernalis")."""
    if word[:1].isupper():
        return True
    camel = CAMEL.match(word)
    return (
        camel is not None
        and camel.group(1).lower() not in FUNCTION_WORDS
        and frequency(camel.group(1)) < COMMON_WORD
    )


def _glued_edit(match: re.Match[str], text: str, names: frozenset[str]) -> Edit | None:
    """Two words run together where one reading is clearly right: "therapycompany"."""
    word = match.group()
    if word[:1].islower() and word[:1].upper() + word[1:] in names:
        return None  # "zetaGen" of a release that prints "ZetaGen": its capital read small
    if _names_a_company(word, text, match.start(), match.end(), first=True):
        return None  # "WeissCom Partners", "PaySauce Ltd", "Canaccord Genuity Corp.", "finnCap
        # Ltd": a firm's name, however glued it looks
    if word[:1].isupper() and BRAND_MARK_AFTER.match(text, match.end()):
        return None  # a brand with its mark: "RescueFlow®", never "Rescue Flow"
    if word[:1].isupper() and _opens_a_wire_marker(text, match.start()):
        return None  # a wire's name between a dateline's slashes or brackets: "/IssueWire/",
        # "/InvestorsHub NewsWire/", "/PRNewswire-AsiaNet/"
    camel = _camel_split(word, names) or _glued_to_a_name(match, text)
    if camel:
        return Edit(match.start(), match.end(), camel, "glued_words", 0.8)
    possessive = next((e for e in ("’s", "'s") if word.endswith(e)), "")
    word = word[: len(word) - len(possessive)]  # "Brightwater's": the word is "Brightwater"
    if len(word) < 5 or not word[1:].islower() or word in names:
        return None
    if word[0].isupper() and word.casefold() in place_names():
        return None  # a place of GeoNames' ("Bothell", "Woburn"), never two words glued
    if word[0].isupper() and TICKER_AFTER.match(text, match.end()):
        return None  # a company before its ticker: "nano cap Novan (NASDAQ:NOVN)", no "No van"
    if word[0].isupper() and _after_given_name(text, match.start()):
        return None  # a surname: "Kavita Ramanathan", never "Kavita Rama nathan"
    if match.end() >= len(text.rstrip()):
        return None  # the last word of a text cut short ("pipelin") is not two words
    lowered = word.lower()
    readings = []
    for cut in range(1, len(word)):
        left, right = lowered[:cut], lowered[cut:]
        if left in word_prefixes() or any(
            len(part) < 3 and part not in FUNCTION_WORDS for part in (left, right)
        ):
            continue
        if right in WORD_SUFFIXES and len(left) >= MIN_SUFFIXED_STEM:
            continue  # "injectable", "scoreless": a word and its suffix make one word
        function_part = left in FUNCTION_WORDS or right in FUNCTION_WORDS
        if word[0].isupper() and (
            len(left) == 1
            or (
                left not in FUNCTION_WORDS
                and (right in FUNCTION_WORDS or len(left) < 4 or len(right) < 6)
            )
        ):
            continue  # "Sayare", "Broadridge", "Atopic" are names; "Formore", "Drugapplication" not
        score = min(frequency(left), frequency(right))
        short = any(len(p) == 3 and p not in FUNCTION_WORDS for p in (left, right))
        if score >= (COMMON if short else GLUED_PART_MINIMUM):
            # a reading with a function word ("risks|and") beats one without ("risk|sand")
            readings.append((function_part, score, cut))
    readings.sort(reverse=True)
    if readings and (
        len(readings) == 1
        or readings[0][0] > readings[1][0]
        or readings[1][1] * GLUED_MARGIN < readings[0][1]
    ):
        if not readings[0][0] and _one_word_likelier(word, readings[0][1], names):
            return None  # "milion": "million" with a letter lost, never "mil ion"
        if _in_another_language(word, text, match.start(), match.end()):
            return None  # "Sylvane Pharma annonce un accord de licence": never "an nonce"
        cut = readings[0][2]
        split = f"{word[:cut]} {word[cut:]}{possessive}"
        return Edit(match.start(), match.end(), split, "glued_words", 0.8)
    return None


def _glued_article_edits(text: str) -> list[Edit]:
    """ "isa biotech company" -> "is a biotech company": an article glued to the word before it."""
    edits = []
    for match in GLUED_ARTICLE.finditer(text):
        article = match.group().rstrip()
        start = match.start()
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        word = text[start : match.start()]
        if word not in ARTICLE_AFTER or (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            continue
        following = NEXT_WORD_AFTER.match(text, match.end())
        if following is None or following.group() in FUNCTION_WORDS:
            continue  # "the fora of debate": no article before "of"
        if frequency(word + article) >= ARTICLE_GLUED_MAX:
            continue  # a word: "bean", "was" + "a" never
        edits.append(
            Edit(start, match.start() + len(article), f"{word} {article}", "glued_words", 0.85)
        )
    return edits


def _one_word_likelier(word: str, split_score: int, names: frozenset[str]) -> bool:
    """Whether the error model reads ``word`` as one word clearly, and that word is far commoner
    than the rarer word of its split: a letter lost ("milion") or misread, no space."""
    reading = correct(word, names)
    return reading is not None and frequency(reading.word) > GLUED_MARGIN * split_score


# a camel-case word in prose: after a small word on its line or an opening bracket or quote
# ("her LinkedIn page", "director of SparingVision", "(GenomeWeb News)")
PROSE_BEFORE = re.compile(r"(?:(?<![\w.-])[a-z]{2,}[ ]|[(\"“‘])$")
PROSE_REACH = 30  # characters looked back for it
# small words split in a release that loses spaces: one is as often a compound the word list
# lacks ("skillset", "bookrunner") as a lost space
SPACE_LOSING_RELEASE = 2
COMPOUND_PIECE_MAX = 5  # letters of a compound's short word: "book", "eye", "skill", "trade"
COMPOUND_MAX = 10  # letters of a compound: two short words ("mouthrinse"; "pressrelease" is two)


def _coined_in_prose(match: re.Match[str], text: str, names: frozenset[str]) -> bool:
    """Whether a capitalised camel-case word ("VivaGel", "LandCare") stands in prose, where a
    lost space would be a release's only one, or stands apart from other capitalised words (in
    a list, "NewLink, VistaGen and StemCells", or alone on a contact's line, "NewCap"); a page's
    chrome glues at its lines' and cells' edges ("Skip to content\nHomeMedia Center", "Public
    ReplyPrvt ReplyMark as")."""
    camel = CAMEL.match(_without_possessive(match.group()))
    return (
        camel is not None
        and match.group()[:1].isupper()
        and camel.group(2)[1:].islower()
        and (
            PROSE_BEFORE.search(text, max(0, match.start() - PROSE_REACH), match.start())
            is not None
            or not _capitals_glued(
                camel.group(1), camel.group(2), text, match.start(), match.end(), names
            )
        )
    )


def _small_glues(edits: list[Edit], text: str) -> int:
    """The distinct small words split as glued: "itsstrategic", "Hehas", never a camel case."""
    return len(
        {
            text[edit.start : edit.end]
            for edit in edits
            if edit.rule == "glued_words" and text[edit.start + 1 : edit.end].islower()
        }
    )


def compound_splits(edits: list[Edit], text: str) -> list[Edit]:
    """The splits of a small word of ten letters or fewer into two words of content, one of them
    short ("bookrunner" -> "book runner", "eyecare", "skillset", "mouthrinse"), in a release
    that splits no other small word: a compound the English list lacks as often as a lost
    space, which a clean release keeps as printed. Two long words ("therapycompany",
    "pressrelease") and a function word glued ("treatmentof", "andthe") are a lost space in
    any release."""
    if _small_glues(edits, text) >= SPACE_LOSING_RELEASE:
        return []
    return [
        edit
        for edit in edits
        if edit.rule == "glued_words"
        and text[edit.start : edit.end].isalpha()
        and text[edit.start : edit.end].islower()
        and not any(piece in FUNCTION_WORDS for piece in edit.replacement.split())
        and min(map(len, edit.replacement.split())) <= COMPOUND_PIECE_MAX
        and edit.end - edit.start <= COMPOUND_MAX
    ]


@lru_cache(maxsize=4)
def _capitalised_counts(text: str) -> Counter[str]:
    return Counter(m.group().casefold() for m in _words(text) if m.group()[:1].isupper())


def _printed_twice(match: re.Match[str], text: str) -> bool:
    """A capitalised word printed more than once in any capitals is the release's own name: "Med
    BioGene Inc." in the lead and "Med Biogene Inc." in the title are no misread "Biogen"."""
    word = match.group()
    return word[:1].isupper() and _capitalised_counts(text)[word.casefold()] >= 2


def scan_edits(text: str, edits: list[Edit]) -> list[Edit]:
    """In a text that shows itself scanned, the unknown words ``edits`` leave untouched, read
    with the error model that knows more of the engine's confusions (channel.scan_channel): a
    clean text's one unknown word is more often a name, so only a scan's meet that model."""
    found = []
    names = local_names(text)
    seen = _known_words_printed(text)
    with reading_a_scan():
        for match in _unknown_words(text):
            if _printed_twice(match, text) or any(
                edit.start < match.end() and match.start() < max(edit.end, edit.start + 1)
                for edit in edits
            ):
                continue
            edit = _confusion_edit(match, names, text, seen)
            if edit is not None and not in_place_name(text, edit.start, edit.end):
                found.append(edit)
    return found


# a word opening in a capital "I" or "J" between words in lower case, the rest of it in lower
# case: the engine's commonest misread of a lower-case word's first letter ("the Company Issued
# to Novo Nordisk", "disorders Including chronic liver disease"); function words of any letter
# are marks.CAPITAL_FUNCTION_WORD's ("engaged In the")
CAPITAL_MISREAD = re.compile(r"(?<=[a-z,] )[IJ][a-z]+(?= [a-z0-9(])")
# ... never a defined term or a name after an article or a determiner ("the Investor", "each
# Issuer")
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "such", "each", "any", "its", "our"}
    | {"their", "his", "her", "every", "no"}
)


def capital_misread_edits(text: str) -> list[Edit]:
    """In a scanned text: a common word read with a capital "I" or "J" for its first letter
    between words in lower case is that word in lower case ("Issued" -> "issued", "Its" ->
    "its"); never a month, a place, a people's word, a given name, a name the release prints
    capitalised twice, nor a word after an article or a determiner (a defined term)."""
    edits: list[Edit] = []
    names: frozenset[str] | None = None
    for match in CAPITAL_MISREAD.finditer(text):
        word = match.group()
        lowered = word.lower()
        if frequency(lowered) < COMMON or _a_proper_word(word):
            continue
        before = text[text.rfind(" ", 0, match.start() - 1) + 1 : match.start() - 1]
        if not before[:1].islower() or before.rstrip(",") in DETERMINERS:
            continue  # a title's word after a capitalised one ("Announces Initiation of",
            # "Max Planck Institute of"), or a defined term after an article
        names = local_names(text) if names is None else names
        if word in names:
            continue
        edits.append(Edit(match.start(), match.end(), lowered, "scan_capital", 0.75))
    return edits


def _a_proper_word(word: str) -> bool:
    """Whether a capitalised word is printed so by right: a month, a place, a people's word or
    a given name ("June", "Japan", "Irish", "Ivy")."""
    folded = word.casefold()
    return folded in MONTH_WORDS or is_place(word) or word in demonyms() or folded in given_names()


MONTH_WORDS = frozenset(m.casefold() for m in FULL_MONTHS)


def _known_words_printed(text: str) -> Counter[str]:
    """The words a list knows that the text prints, case-folded, each with its count: a scan's
    own vocabulary, which makes a reading it prints likelier (channel.correct's ``seen``)."""
    return Counter(
        word for word in (m.group().casefold() for m in _words(text)) if frequency(word) > 0
    )


def word_edits(text: str) -> list[Edit]:
    """Each unknown word, once: split if glued, else fixed if OCR-confused, else snapped to a
    near-miss lexicon name; then spaces lost before a parenthesis or a day ("March10").

    A capitalised camel-case word in prose is split only in a release that loses spaces between
    small words twice or more ("itsstrategic", "Professor NickRodgers"); a release that loses
    none or one prints its coined names whole ("her LinkedIn page", "the microbicide VivaGel")."""
    edits = _glued_article_edits(text)
    split = {edit.start for edit in edits}
    unknown = [m for m in _unknown_words(text) if m.start() not in split]
    coined: list[Edit] = []  # camel-case words in prose, split only if small words are too
    if unknown:  # most clean releases have none: no names to count
        names = local_names(text)
        for match in unknown:
            if _printed_twice(match, text):
                continue
            edit = _glued_edit(match, text, names)
            if edit is not None and _coined_in_prose(match, text, names):
                coined.append(edit)
                continue
            edit = edit or _confusion_edit(match, names, text) or _snap_edit(match, text)
            if edit is not None and not in_place_name(text, edit.start, edit.end):
                edits.append(edit)
    if _small_glues(edits, text) >= SPACE_LOSING_RELEASE:
        edits += [edit for edit in coined if not in_place_name(text, edit.start, edit.end)]
    glued = [m.end(1) for m in GLUED_MONTH.finditer(text)]
    glued += [
        m.start()
        for m in GLUED_TICKER.finditer(text)
        if m.start() >= 2 and all(c in ascii_lowercase for c in text[m.start() - 2 : m.start()])
    ]
    edits += [Edit(at, at, " ", "glued_words", 0.85) for at in sorted(glued)]
    return edits
