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
from functools import cache, cached_property, lru_cache

from rapidfuzz.distance import Levenshtein

from transform.build_cache import cached
from transform.lexicon import load_lexicon
from transform.repair.vocabulary import candidate_table, frequency, known_words, person_names

FLOOR = 2e-5  # P(read | printed) of a one-letter edit the learned table never saw
MIN_COUNT = 2  # a learned edit needs this many observations (the table holds no fewer)
# Occurrences added to each printed side: an edit seen 2 times in 9 ("itl" lost) is not 22% likely
SUPPORT = 1_000
# Words this long are searched two misreads deep: shorter ones have too many readings at that
# depth, and longer ones (names run together, up to 2 ms a letter) cost too much.
TWO_EDITS, LONGEST_DEEP = 6, 16
LIKELY = 3e-3  # ... through edits at least this likely (of the learned ones, about a third)
# Letters scans lose most (i, t, l, r in the learned table, each dropped more than 1 time in 100):
# a word is also looked up by its skeleton without them, at least this long.
THIN_LETTERS = str.maketrans("", "", "itlrI")
MIN_SKELETON = 4
LITERATURE = 1e-3  # the least probability of a confusion the literature lists
KEEP = 3.0  # the prior of "right as printed" of a four-letter word, in word-frequency units
KEEP_DECAY = 0.6  # each letter more makes a word that no list knows less likely right as printed
SHORT, SHORT_KEEP = 3, 30  # words this short are often abbreviations ("hoc"): a higher prior
POSTERIOR = 0.9  # the share of probability a reading needs to replace the word
SEEN_WEIGHT = 300_000  # each printing of a reading in the release adds this to its frequency
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
                probability = max(count / (of + SUPPORT), FLOOR)
                reverse.setdefault(seen, []).append((meant, math.log(probability)))
        longest = max((len(seen) for seen in reverse), default=0)
        return cls({k: _likeliest_first(v) for k, v in reverse.items()}, longest)

    @cached_property
    def forward(self) -> dict[tuple[str, str], float]:
        """(printed, read) -> log P, for scoring an alignment."""
        return {
            (meant, seen): logp for seen, entries in self.reverse.items() for meant, logp in entries
        }

    def alignment_logp(self, printed: str, read: str) -> float:
        """log P(read | printed) along the cheapest alignment: each run of changed characters is
        one learned edit if the table has it, else one edit per character (learned or at the
        floor)."""
        total = 0.0
        for pieces in edit_runs(printed, read):
            whole = ("".join(p for p, _ in pieces), "".join(r for _, r in pieces))
            if whole in self.forward:
                total += self.forward[whole]
            else:
                total += sum(self.forward.get(piece, LOG_FLOOR) for piece in pieces)
        return total

    def with_prior(self, pairs: Iterable[tuple[str, str]], probability: float) -> Channel:
        """This channel with each (printed, read) pair at least ``probability`` likely."""
        reverse = {seen: dict(entries) for seen, entries in self.reverse.items()}
        for meant, seen in pairs:
            entries = reverse.setdefault(seen, {})
            entries[meant] = max(entries.get(meant, -math.inf), math.log(probability))
        longest = max((len(seen) for seen in reverse), default=0)
        return Channel({k: _likeliest_first(v.items()) for k, v in reverse.items()}, longest)


def edit_runs(printed: str, read: str) -> list[list[tuple[str, str]]]:
    """The edits that turn ``printed`` into ``read``: runs of changed characters along the
    cheapest alignment ("m" read as "r" + "n" is one run), each as (printed, read) characters."""
    runs: list[list[tuple[str, str]]] = []
    last_end = (-1, -1)
    for block in Levenshtein.opcodes(printed, read):
        if block.tag == "equal":
            continue
        a, b = printed[block.src_start : block.src_end], read[block.dest_start : block.dest_end]
        if block.tag == "replace":
            pieces = list(zip(a, b, strict=True))
        else:
            pieces = [(c, "") for c in a] or [("", c) for c in b]
        if runs and last_end == (block.src_start, block.dest_start):
            runs[-1].extend(pieces)
        else:
            runs.append(pieces)
        last_end = (block.src_end, block.dest_end)
    return runs


def _likeliest_first(entries: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted(entries, key=lambda entry: -entry[1]))


@cache
def default_channel() -> Channel:
    """The learned table, with the confusions the post-OCR literature lists for other engines
    and fonts (lexicons/ocr_confusions.csv) as a prior: each at least ``LITERATURE`` likely."""
    return Channel.from_counts(
        (row["meant"], row["seen"], int(row["count"]), int(row["of"]))
        for row in load_lexicon("ocr_channel")
    ).with_prior(literature_confusions(), LITERATURE)


@cache
def scan_channel() -> Channel:
    """The table learned from nine times the letters (lexicons/ocr_channel_scans.csv: the
    releases and texts of words made for it, scripts/ocr_training_texts.py), with the same prior:
    many more of the engine's confusions, read only in a text that shows itself scanned."""
    return Channel.from_counts(
        (row["meant"], row["seen"], int(row["count"]), int(row["of"]))
        for row in load_lexicon("ocr_channel_scans")
    ).with_prior(literature_confusions(), LITERATURE)


def literature_confusions() -> tuple[tuple[str, str], ...]:
    """(printed, read) pairs of lexicons/ocr_confusions.csv."""
    return tuple((row["meant"], row["seen"]) for row in load_lexicon("ocr_confusions"))


LOG_FLOOR = math.log(FLOOR)
LOG_LIKELY = math.log(LIKELY)
LOG_LITERATURE = math.log(LITERATURE)


def _learned(word: str, channel: Channel) -> dict[str, float]:
    """Spellings one learned edit away, with the edit's log probability."""
    found = _misreads(word, channel)
    for start in range(len(word) + 1):
        for meant, logp in channel.reverse.get("", ()):
            if logp < LOG_LIKELY:
                break  # rarer losses are left to the generic edits (likeliest first)
            variant = word[:start] + meant + word[start:]
            if found.get(variant, -math.inf) < logp:
                found[variant] = logp
    return found


def _generic(word: str) -> Iterable[str]:
    """Spellings one edit away that the table may not know: a letter dropped, added or swapped,
    a character read as a letter (the case is the caller's)."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        for letter in LETTERS:
            yield left + letter + right
        if right:
            yield left + right[1:]
            for letter in LETTERS:
                yield left + letter + right[1:]


def variants(
    word: str, channel: Channel, deep: bool = True, generic: bool = True
) -> dict[str, float]:
    """Spellings ``word`` may have been printed as, with log P(word | spelling): one learned edit,
    or in a longer word two misreads (no dropped letter: ``thin_readings`` finds those), or one
    edit of any kind."""
    found = _learned(word, channel)
    if deep and TWO_EDITS <= len(word) <= LONGEST_DEEP:
        for variant, logp in _misreads(word, channel, LOG_LIKELY).items():
            for second, logq in _misreads(variant, channel, LOG_LIKELY).items():
                if found.get(second, -math.inf) < logp + logq:
                    found[second] = logp + logq
    if generic:
        for variant in _generic(word):
            if variant not in found:
                found[variant] = LOG_FLOOR
    found.pop(word, None)
    return found


def _misreads(word: str, channel: Channel, least: float = -math.inf) -> dict[str, float]:
    """Spellings one learned edit away that replace what the scan shows (no dropped letter),
    with edits at least ``least`` likely (log)."""
    found: dict[str, float] = {}
    for start in range(len(word)):
        for size in range(1, min(channel.longest, len(word) - start) + 1):
            for meant, logp in channel.reverse.get(word[start : start + size], ()):
                if logp < least:
                    break  # likeliest first
                variant = word[:start] + meant + word[start + size :]
                if found.get(variant, -math.inf) < logp:
                    found[variant] = logp
    return found


_active: list[tuple[Channel, Channel]] = []  # (for any text, for a scanned one)
_scanned: list[bool] = [False]


def active_channel() -> Channel:
    if _active:
        return _active[-1][1 if _scanned[-1] else 0]
    return scan_channel() if _scanned[-1] else default_channel()


@contextmanager
def using_channel(channel: Channel, scans: Channel | None = None) -> Iterator[None]:
    """Repair with other error models for a while (the evaluation's held-out halves): ``channel``
    for any text, ``scans`` (else ``channel``) for one read as a scan."""
    _active.append((channel, scans or channel))
    _readings_by_model.cache_clear()
    try:
        yield
    finally:
        _active.pop()
        _readings_by_model.cache_clear()


@contextmanager
def reading_a_scan() -> Iterator[None]:
    """Read unknown words with the error model for scans for a while."""
    _scanned.append(True)
    try:
        yield
    finally:
        _scanned.pop()


# Called for every unknown word of every release; bounded, as OCR noise makes new words
# without end (like vocabulary.frequency).
def _known_readings(word: str, deep: bool = True) -> tuple[tuple[float, str], ...]:
    """(P(word | reading) * P(reading), reading) for every reading the vocabulary knows."""
    return _readings_by_model(word, deep, _scanned[-1])


@lru_cache(maxsize=16_384)
def _readings_by_model(word: str, deep: bool, scanned: bool) -> tuple[tuple[float, str], ...]:
    """_known_readings under the error model for any text or for a scan (the cache's key)."""
    best_of: dict[str, tuple[float, str]] = {}  # one score per word, whatever its case
    channel = active_channel()
    table = candidate_table()
    readings = variants(word, channel, deep, generic=False)
    if deep:
        for thin in _thin_readings(word, channel):
            readings.setdefault(thin, channel.alignment_logp(thin, word))
    folded = word.casefold()
    for variant, logp in readings.items():
        weight = table.get(variant.casefold(), 0)
        if weight <= 0 or not _plausible_case(variant) or variant.casefold() == folded:
            continue
        _keep_best(best_of, variant, math.exp(logp) * weight)
    # one edit of any kind, looked up in lower case (most of the spellings weighed): the reading
    # takes the word's case
    floor = math.exp(LOG_FLOOR)
    for variant in _generic(folded):
        weight = table.get(variant, 0)
        if weight > 0 and variant != folded and floor * weight > best_of.get(variant, (0.0,))[0]:
            _keep_best(best_of, _with_case(word, variant), floor * weight)
    return tuple(best_of.values())


def _keep_best(best_of: dict[str, tuple[float, str]], variant: str, score: float) -> None:
    key = variant.casefold()
    if score > best_of.get(key, (0.0, ""))[0]:
        best_of[key] = (score, variant)


def _skeleton(word: str) -> str:
    return word.casefold().translate(THIN_LETTERS)


@cache
def _skeletons() -> dict[str, tuple[str, ...]]:
    """Known words by their skeleton: the word without the thin letters scans lose most (kept
    in the cache folder: build_cache.py)."""
    return cached("skeletons", _build_skeletons)


def _build_skeletons() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in known_words():
        skeleton = _skeleton(word)
        if len(skeleton) >= MIN_SKELETON:
            index.setdefault(skeleton, []).append(word)
    return {skeleton: tuple(words) for skeleton, words in index.items()}


def _thin_readings(word: str, channel: Channel) -> set[str]:
    """Known words that ``word`` reads as once thin letters are put back, after at most one
    misread: "Acqulston" -> "acquisition" ("i" read as "l", then "i" and "t" lost)."""
    if len(word) < TWO_EDITS:
        return set()
    index = _skeletons()
    found: set[str] = set()
    for source in (word, *_misreads(word, channel)):
        skeleton = _skeleton(source)
        for known in index.get(skeleton, ()):
            if len(known) > len(word):
                found.add(_with_case(word, known))
    return found


def _with_case(original: str, word: str) -> str:
    if original.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass(frozen=True)
class Reading:
    word: str
    share: float  # the reading's share of the probability of all readings
    local_name: bool  # a name the release prints intact


def correct(
    word: str,
    names: frozenset[str] = frozenset(),
    deep: bool = True,
    seen: Mapping[str, int] | None = None,
) -> Reading | None:
    """The reading of an unknown ``word`` when one reading clearly wins; ``names`` are the
    release's own names (printed intact), which may carry inner capitals ("ImmunoGen").
    ``deep=False`` searches one edit only (words rejoined from pieces). ``seen``: the release's
    own words (case-folded) and how often it prints each intact; a reading it prints is likelier
    in it ("tral" in a release that prints "trial" twice is "trial", never "trail"), a common
    word hardly so ("Ine" stays "Inc" however often the release prints "in")."""
    readings = {
        variant.casefold(): (score, variant) for score, variant in _known_readings(word, deep)
    }
    if seen:
        # (its prior grows by SEEN_WEIGHT per printing, in word-frequency units: a cache of the
        # page's words beside the list's, which lifts a rare reading a lot and "in" not at all)
        readings = {
            key: (score * (1 + SEEN_WEIGHT * seen.get(key, 0) / max(frequency(key), 1)), variant)
            for key, (score, variant) in readings.items()
        }
    local = set()
    if names and word[:1].isupper():  # a lower-case word is no misread of a name
        channel = active_channel()
        for name in names:
            if Levenshtein.distance(word, name, score_cutoff=2) > 2:
                continue
            score = math.exp(channel.alignment_logp(name, word)) * LOCAL_NAME
            if score > readings.get(name.casefold(), (0.0, ""))[0]:
                readings[name.casefold()] = (score, name)
                local.add(name)
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


def warm_up() -> None:
    """Build the error model and the skeleton index (about 0.5 s) before the first release."""
    default_channel()
    _skeletons()
    person_names()
