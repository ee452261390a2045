"""Noisy-channel correction of OCR'd words.

An unknown word ``w`` is read as the known word ``c`` that maximises P(c) * P(w | c):
- P(c), the prior, is the word's frequency in English (pyspellchecker's list, domain words and
  lexicon names boosted: vocabulary.frequency), or a high one for a name the release itself
  prints intact twice or more;
- P(w | c), the error model, is the product of the probabilities of the edits that turn the
  printed ``c`` into the read ``w``. Edits and their probabilities are learned from aligned
  tesseract output (lexicons/ocr_channel.csv, written by scripts/learn_ocr_channel.py); an edit
  the table never saw (one letter dropped, added or read as another) gets a floor probability.

Against the best reading stands the reading "the word is right as printed" (a name, a code, a rare
word). A change is made only when the best reading holds at least ``POSTERIOR`` of the probability
of all readings, that one included: precision first, a right word changed is worse than a wrong
word left.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from transform.lexicon import load_lexicon
from transform.repair.vocabulary import candidate_frequency

FLOOR = 2e-5  # P(read | printed) of a one-letter edit the learned table never saw
MIN_COUNT = 2  # a learned edit needs this many observations (the table holds no fewer)
TWO_EDITS = 6  # words at least this long are searched two misreads deep
LITERATURE = 1e-3  # the least probability of a confusion the literature lists
KEEP = 3.0  # the prior of "right as printed" of a four-letter word, in word-frequency units
KEEP_DECAY = 0.6  # each letter more makes a word that no list knows less likely right as printed
SHORT, SHORT_KEEP = 3, 30  # words this short are often abbreviations ("hoc"): a higher prior
POSTERIOR = 0.9  # the share of probability a reading needs to replace the word
LOCAL_NAME = 10_000_000  # the prior of a name the release prints intact (the commonest words: ~1e7)
LETTERS = string.ascii_lowercase


@dataclass(frozen=True)
class Channel:
    """P(read | printed) of OCR edits, indexed by what the scan shows."""

    reverse: Mapping[str, tuple[tuple[str, float], ...]]  # read side -> (printed side, log P)
    longest: int  # longest read side in the table

    @classmethod
    def from_counts(cls, rows: Iterable[tuple[str, str, int, int]]) -> Channel:
        """From (printed, read, times seen, occurrences of the printed side) rows."""
        reverse: dict[str, list[tuple[str, float]]] = {}
        for meant, seen, count, of in rows:
            if count >= MIN_COUNT and of > 0 and meant != seen:
                probability = max(count / of, FLOOR)
                reverse.setdefault(seen, []).append((meant, math.log(probability)))
        longest = max((len(seen) for seen in reverse), default=0)
        return cls({k: tuple(v) for k, v in reverse.items()}, longest)

    def with_prior(self, pairs: Iterable[tuple[str, str]], probability: float) -> Channel:
        """This channel with each (printed, read) pair at least ``probability`` likely."""
        reverse = {seen: dict(entries) for seen, entries in self.reverse.items()}
        for meant, seen in pairs:
            entries = reverse.setdefault(seen, {})
            entries[meant] = max(entries.get(meant, -math.inf), math.log(probability))
        longest = max((len(seen) for seen in reverse), default=0)
        return Channel({k: tuple(v.items()) for k, v in reverse.items()}, longest)


@cache
def default_channel() -> Channel:
    """The learned table, with the confusions the post-OCR literature lists for other engines
    and fonts (lexicons/ocr_confusions.csv) as a prior: each at least ``LITERATURE`` likely."""
    return Channel.from_counts(
        (row["meant"], row["seen"], int(row["count"]), int(row["of"]))
        for row in load_lexicon("ocr_channel")
    ).with_prior(literature_confusions(), LITERATURE)


def literature_confusions() -> tuple[tuple[str, str], ...]:
    """(printed, read) pairs of lexicons/ocr_confusions.csv."""
    return tuple((row["meant"], row["seen"]) for row in load_lexicon("ocr_confusions"))


LOG_FLOOR = math.log(FLOOR)


def _learned(word: str, channel: Channel, insertions: bool = True) -> dict[str, float]:
    """Spellings one learned edit away, with the edit's log probability; ``insertions=False``
    leaves out the letters the scan may have dropped (the costliest kind to enumerate)."""
    found: dict[str, float] = {}
    for start in range(len(word) + 1):
        for size in range(0 if insertions else 1, min(channel.longest, len(word) - start) + 1):
            seen = word[start : start + size]
            for meant, logp in channel.reverse.get(seen, ()):
                variant = word[:start] + meant + word[start + size :]
                if found.get(variant, -math.inf) < logp:
                    found[variant] = logp
    return found


def _generic(word: str) -> Iterable[str]:
    """Spellings one edit away that the table may not know: a letter dropped, added or swapped,
    a character read as a letter, a letter's case."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        for letter in LETTERS:
            yield left + letter + right
        if right:
            yield left + right[1:]
            yield left + right[0].swapcase() + right[1:]
            for letter in LETTERS:
                yield left + letter + right[1:]


def variants(word: str, channel: Channel) -> dict[str, float]:
    """Spellings ``word`` may have been printed as, with log P(word | spelling): one learned edit
    or two (the second one a misread, not a dropped letter), or one edit of any kind."""
    first = _learned(word, channel)
    found = dict(first)
    for variant, logp in _learned(word, channel, insertions=False).items():
        if len(word) < TWO_EDITS:
            break  # two misreads in a short word leave too many readings to choose from
        for second, logq in _learned(variant, channel, insertions=False).items():
            if found.get(second, -math.inf) < logp + logq:
                found[second] = logp + logq
    for variant in _generic(word):
        if variant not in found:
            found[variant] = LOG_FLOOR
    found.pop(word, None)
    return found


_active: list[Channel] = []


def active_channel() -> Channel:
    return _active[-1] if _active else default_channel()


@contextmanager
def using_channel(channel: Channel) -> Iterator[None]:
    """Repair with another error model for a while (the evaluation's held-out halves)."""
    _active.append(channel)
    _known_readings.cache_clear()
    try:
        yield
    finally:
        _active.pop()
        _known_readings.cache_clear()


# Called for every unknown word of every release; bounded, as OCR noise makes new words
# without end (like vocabulary.frequency).
@lru_cache(maxsize=16_384)
def _known_readings(word: str) -> tuple[tuple[float, str], ...]:
    """(P(word | reading) * P(reading), reading) for every reading the vocabulary knows."""
    best_of: dict[str, tuple[float, str]] = {}  # one score per word, whatever its case
    for variant, logp in variants(word, active_channel()).items():
        if not _plausible_case(variant) or variant.casefold() == word.casefold():
            continue
        weight = candidate_frequency(variant)
        if weight <= 0:
            continue
        score = math.exp(logp) * weight
        key = variant.casefold()
        if score > best_of.get(key, (0.0, ""))[0]:
            best_of[key] = (score, variant)
    return tuple(best_of.values())


@dataclass(frozen=True)
class Reading:
    word: str
    share: float  # the reading's share of the probability of all readings
    local_name: bool  # a name the release prints intact


def correct(word: str, names: frozenset[str] = frozenset()) -> Reading | None:
    """The reading of an unknown ``word`` when one reading clearly wins; ``names`` are the
    release's own names (printed intact), which may carry inner capitals ("ImmunoGen")."""
    readings = {variant.casefold(): (score, variant) for score, variant in _known_readings(word)}
    local = set()
    near = [n for n in names if Levenshtein.distance(word, n, score_cutoff=2) <= 2]
    if near and word[:1].isupper():
        for variant, logp in variants(word, active_channel()).items():
            if variant in names:
                score = math.exp(logp) * LOCAL_NAME
                if score > readings.get(variant.casefold(), (0.0, ""))[0]:
                    readings[variant.casefold()] = (score, variant)
                    local.add(variant)
    if not readings:
        return None
    keep = KEEP * (SHORT_KEEP if len(word) <= SHORT else KEEP_DECAY ** (len(word) - 4))
    best_score, best = max(readings.values())
    share = best_score / (sum(score for score, _ in readings.values()) + keep)
    return Reading(best, share, best in local) if share >= POSTERIOR else None


def _plausible_case(word: str) -> bool:
    """lower, Capitalised or UPPER, as words are printed (a name's inner capitals aside)."""
    core = word[1:]
    return core.islower() or word.isupper() or not any(c.isalpha() for c in core)
