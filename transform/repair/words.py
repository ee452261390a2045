"""Word-level repair: split words, OCR character confusions, near-miss names, glued words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from rapidfuzz import fuzz, process

from transform.lexicon import load_lexicon
from transform.repair.buffer import Edit
from transform.repair.vocabulary import RARE, base_form, frequency, is_name, lexicon

DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")
WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
PHASE_NUMERAL = re.compile(r"\b(Phase\s+)([IVl1]{1,3}V?)(?=[\s,.;:)/-]|$)")
AMOUNT_LETTER = re.compile(r"(?<=[$€£])\s?([lIO])(?=[\d.,]\d)|(?<=[$€£]\d)([lIO])(?=[\d.,])")
FUNCTION_WORDS = frozenset(
    [
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
MIN_CONFUSION_LENGTH = 3
SNAP_SIMILARITY = 88.0  # rapidfuzz ratio (0-100) a near-miss needs to snap to a lexicon name
SPLIT_SNAP_SIMILARITY = 85.0  # lower when the stray spaces already prove the word is damaged
SNAP_MARGIN = 8.0  # over the runner-up name


@cache
def _confusions() -> tuple[tuple[str, str], ...]:
    return tuple((row["seen"], row["meant"]) for row in load_lexicon("ocr_confusions"))


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(row["prefix"] for row in load_lexicon("word_prefixes"))


@cache
def _snap_names() -> tuple[str, ...]:
    return tuple(name for name in lexicon().names.values() if " " not in name and len(name) >= 5)


def _chunk_has_code(text: str, start: int, end: int) -> bool:
    """Is the word part of a code, amount, address or URL ("huC242-DM4", "x@y.com")?"""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    chunk = text[left:right]
    return (
        any(ch.isdigit() or ch in "@/\\_=#" for ch in chunk)
        or "www." in chunk
        or DOTTED.search(chunk) is not None  # money.cnn.com, e.g., U.S.
    )


def _words(text: str) -> Iterator[re.Match[str]]:
    for match in WORD.finditer(text):
        if not _chunk_has_code(text, match.start(), match.end()):
            yield match


def _with_case_of(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _lexicon_form(word: str) -> str | None:
    return lexicon().names.get(base_form(word))


def phase_numeral_edits(text: str) -> list[Edit]:
    """ "Phase Il" -> "Phase II", "Phase lll" -> "Phase III": after "Phase" only numerals fit."""
    edits = []
    for match in PHASE_NUMERAL.finditer(text):
        numeral = match.group(2)
        fixed = numeral.replace("l", "I").replace("1", "I")
        if fixed != numeral and re.fullmatch(r"I{1,3}|IV|V", fixed):
            start = match.start(2)
            edits.append(Edit(start, start + len(numeral), fixed, "phase_roman_numeral", 0.95))
    return edits


def amount_digit_edits(text: str) -> list[Edit]:
    """ "$l.5 million" -> "$1.5 million": inside an amount a letter can only be a digit."""
    edits = []
    for match in AMOUNT_LETTER.finditer(text):
        group = 1 if match.group(1) else 2
        letter = match.group(group)
        digit = "0" if letter == "O" else "1"
        edits.append(Edit(match.start(group), match.end(group), digit, "amount_digit", 0.9))
    return edits


def _weak(piece: str) -> bool:
    """A fragment that is not a word of its own (or only a stray letter)."""
    if len(piece) == 1:
        return piece not in ("a", "A", "I")
    return frequency(piece) <= RARE


def _confusion_candidates(word: str, depth: int = 2) -> dict[str, int]:
    """Known words reachable by one or two OCR confusions, with their frequencies."""
    found: dict[str, int] = {}
    frontier = {word}
    for _ in range(depth):
        following = set()
        for current in frontier:
            for seen, meant in _confusions():
                position = current.find(seen)
                while position != -1:
                    candidate = current[:position] + meant + current[position + len(seen) :]
                    following.add(candidate)
                    score = frequency(candidate)
                    if score > RARE:
                        found[candidate] = score
                    position = current.find(seen, position + 1)
        if found:
            break
        frontier = following
    return found


def _best_confusion_fix(word: str, minimum: int) -> str | None:
    candidates = _confusion_candidates(word)
    if not candidates:
        return None
    ranked = sorted(candidates.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    if score < minimum:
        return None
    if len(ranked) > 1 and base_form(ranked[1][0]) != base_form(best) and ranked[1][1] * 10 > score:
        return None  # two readings are plausible: leave it
    return _lexicon_form(best) or best


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


def split_word_edits(text: str) -> list[Edit]:
    """Rejoin words split by stray spaces: "Cor porat e" -> "Corporate", "Medi a" -> "Media"."""
    edits: list[Edit] = []
    words = list(_words(text))
    index = 0
    while index < len(words):
        fixed = None
        for size in (4, 3, 2):
            group = words[index : index + size]
            if len(group) < size or any(
                text[a.end() : b.start()] != " " for a, b in itertools.pairwise(group)
            ):
                continue
            pieces = [m.group() for m in group]
            if not any(_weak(piece) for piece in pieces) or any(is_name(p) for p in pieces):
                continue
            if group[0].start() > 0 and text[group[0].start() - 1] in "’'":
                continue  # the "s" of a possessive, not a fragment
            joined = "".join(pieces)
            repair = _join_repair(joined)
            if repair is not None:
                word, rule, confidence = repair
                fixed = Edit(
                    group[0].start(),
                    group[-1].end(),
                    _with_case_of(pieces[0], word),
                    rule,
                    confidence,
                )
                if _lexicon_form(word):
                    fixed = Edit(fixed.start, fixed.end, word, rule, confidence)
                index += size
                break
        if fixed is None:
            index += 1
        else:
            edits.append(fixed)
    return edits


def _join_repair(joined: str) -> tuple[str, str, float] | None:
    name = _lexicon_form(joined)
    if name:
        return name, "split_word", 0.95
    if frequency(joined) >= COMMON:
        return joined, "split_word", 0.9
    confused = _best_confusion_fix(joined, COMMON)
    if confused:
        return confused, "split_word+ocr_confusion", 0.85
    snapped = _snap(joined, SPLIT_SNAP_SIMILARITY) if len(joined) >= 5 else None
    if snapped:
        return snapped[0], "split_word+lexicon_snap", snapped[1] * 0.95
    return None


def confusion_edits(text: str) -> list[Edit]:
    """Unknown words one or two OCR confusions away from a known word or name."""
    edits = []
    for match in _words(text):
        word = match.group()
        if len(word) < MIN_CONFUSION_LENGTH or frequency(word) > 0 or word.isupper():
            continue
        core = word.split("’")[0].split("'")[0]
        suffix = word[len(core) :]
        minimum = COMMON if core[:1].isupper() else RARE + 1
        fixed = _best_confusion_fix(core, minimum)
        if fixed is None:
            continue
        if not _lexicon_form(fixed):
            fixed = _with_case_of(core, fixed)
        edits.append(Edit(match.start(), match.end(), fixed + suffix, "ocr_confusion", 0.85))
    return edits


def lexicon_snap_edits(text: str) -> list[Edit]:
    """Capitalised unknown words that are a near miss of one lexicon name ("Abgenlx")."""
    edits = []
    for match in _words(text):
        word = match.group()
        core = word.split("’")[0].split("'")[0]
        if len(core) < 5 or not core[:1].isupper() or frequency(core) > 0 or is_name(core):
            continue
        snapped = _snap(core, SNAP_SIMILARITY)
        if snapped:
            edits.append(
                Edit(
                    match.start(), match.start() + len(core), snapped[0], "lexicon_snap", snapped[1]
                )
            )
    return edits


def glued_word_edits(text: str) -> list[Edit]:
    """Split two words run together where one reading is clearly right: "therapycompany"."""
    edits = []
    for match in _words(text):
        word = match.group()
        if (
            len(word) < 5
            or not word.islower()
            or frequency(word) > 0
            or word.startswith(_prefixes())
        ):
            continue
        readings = []
        for cut in range(2, len(word) - 1):
            left, right = word[:cut], word[cut:]
            if any(len(part) < 3 and part not in FUNCTION_WORDS for part in (left, right)):
                continue
            score = min(frequency(left), frequency(right))
            if score >= COMMON:
                readings.append((score, left, right))
        readings.sort(reverse=True)
        if readings and (len(readings) == 1 or readings[1][0] * 20 < readings[0][0]):
            _, left, right = readings[0]
            edits.append(Edit(match.start(), match.end(), f"{left} {right}", "glued_words", 0.8))
    return edits
