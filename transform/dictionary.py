"""Dictionary matching with Aho-Corasick: every lexicon term in a text in one pass.

Never a regex alternation of terms: that is hundreds of times slower on a large lexicon.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

import ahocorasick

from transform.build_cache import cached
from transform.lexicon import load_lexicon

T = TypeVar("T")


@dataclass(frozen=True)
class DictionaryMatch(Generic[T]):
    start: int
    end: int
    value: T


class DictionaryMatcher(Generic[T]):
    """Case-insensitive, whole-word matches of terms; the longest wins where matches overlap."""

    def __init__(self, terms: Iterable[tuple[str, T]]):
        self._automaton = ahocorasick.Automaton()
        for term, value in _accented_first(terms):
            key = plain(term)
            if key and len(key) == len(term):
                self._automaton.add_word(key, (len(key), value))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[DictionaryMatch[T]]:
        if self._empty:
            return []
        lowered = _lowered(text)
        hits = [(end, length, value) for end, (length, value) in self._automaton.iter(lowered)]
        return _whole_words(lowered, hits)


def _accent_free() -> dict[int, str]:
    """Each accented Latin letter in lower case -> its letter without the accent, one character
    for one ("é" -> "e", "ö" -> "o", "ł" -> "l"): "Guillain-Barré" and "Sjögren" are found by the
    ASCII names ICD-10-CM prints, and the other way round."""
    table = {}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        base = unicodedata.normalize("NFD", letter)[:1]
        if len(letter) == 1 and letter != base and base.isascii() and base.isalpha():
            table[ord(letter)] = base
    table.update({ord("ø"): "o", ord("ł"): "l", ord("đ"): "d", ord("ı"): "i"})
    return table


ACCENT_FREE = str.maketrans(_accent_free())


def plain(term: str) -> str:
    """A term as the automaton holds it: in lower case, accents off."""
    return term.lower().translate(ACCENT_FREE)


def _accented_first(terms: Iterable[tuple[str, T]]) -> list[tuple[str, T]]:
    """The terms with accents before the rest, each group in its order: where an accented term
    and a plain one are one key, the plain one's value wins ("dexaméthasone" of a French
    synonym never stands for "dexamethasone")."""
    return sorted(terms, key=lambda item: plain(item[0]) == item[0].lower())


def _lowered(text: str) -> str:
    """``text`` in lower case and without accents, each character in one: offsets stay the
    text's."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered.translate(ACCENT_FREE)


def _whole_words(lowered: str, hits: list[tuple[int, int, T]]) -> list[DictionaryMatch[T]]:
    """Of the automaton's hits (end index, length, value), the whole words, the longest where
    they overlap."""
    found = []
    for end_index, length, value in hits:
        start, end = end_index - length + 1, end_index + 1
        if (start > 0 and lowered[start - 1].isalnum()) or (
            end < len(lowered) and lowered[end].isalnum()
        ):
            continue
        found.append(DictionaryMatch(start, end, value))
    return _longest(found)


def _longest(found: list[DictionaryMatch[T]]) -> list[DictionaryMatch[T]]:
    """Of whole-word matches, in order, the longest where they overlap."""
    found = sorted(found, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DictionaryMatch[T]] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


_AHEAD_LOCK = threading.Lock()  # (no attribute: a scan is kept as a pickle, a lock is none)
WALKS_KEPT = 4  # texts whose walk is kept: a release, and the parts of it a rule asks about


class SharedScan:
    """Several vocabularies in one automaton, so that a text is walked once for all of them.

    A large automaton is walked at the speed of memory, not of the processor: within a
    release's extraction, the drug names' (85,000 terms) took about ten times longer than in a
    loop of its own. Each vocabulary keeps its own matches (``view``): what one vocabulary finds
    never hides another's. A text's walk is kept for the next vocabulary that asks."""

    def __init__(self, vocabularies: dict[str, Iterable[tuple[str, str]]]):
        self._automaton = automaton = ahocorasick.Automaton()
        # most terms are of one vocabulary: (length, vocabulary, value), flat, as small as a
        # matcher's own entry; a term of several: (length, "", ((vocabulary, value), ...)). A
        # later term's value wins, as in a matcher of its own.
        for name, terms in vocabularies.items():
            for term, value in _accented_first(terms):
                key = plain(term)
                if not key or len(key) != len(term):
                    continue
                entry = automaton.get(key, None)
                if entry is None or entry[1] == name:
                    automaton.add_word(key, (len(key), name, value))
                    continue
                pairs = dict(entry[2]) if not entry[1] else {entry[1]: entry[2]}
                pairs[name] = value
                automaton.add_word(key, (len(key), "", tuple(pairs.items())))
        self._names = frozenset(vocabularies)
        self._empty = len(automaton) == 0
        if not self._empty:
            automaton.make_automaton()
        # the last texts' walks: the tuple is replaced whole, never changed in place, and a
        # walk only gains a vocabulary's matches (the same for any thread that adds them), so
        # that threads sharing it need no lock
        self._walks: tuple[_Walk, ...] = ()
        # walks made ahead for the texts a batch is about to extract (``walked_ahead``): read
        # without a lock, the dictionary is replaced whole; _AHEAD_LOCK orders the replacements
        self._ahead: dict[str, _Walk] = {}

    def view(self, name: str) -> VocabularyView:
        if name not in self._names:
            raise KeyError(name)
        return VocabularyView(self, name)

    @contextmanager
    def walked_ahead(self, texts: Iterable[str]) -> Iterator[None]:
        """Walk ``texts`` one after another now, and let ``find`` use those walks inside: the
        automaton is walked at the speed of memory, and stays in the processor's cache only
        while nothing else runs between two walks (in one process, 1,000 bench releases walked
        one after another took 0.03 s; walked one at a time amid their extraction, 0.26 s)."""
        walks = {}
        for text in () if self._empty else texts:
            try:
                walks[text] = self._walk(text)
            except Exception:  # its extraction walks it again, and quarantines it if need be
                continue
        with _AHEAD_LOCK:
            self._ahead = {**self._ahead, **walks}
        try:
            yield
        finally:
            with _AHEAD_LOCK:
                self._ahead = {t: w for t, w in self._ahead.items() if t not in walks}

    def find(self, name: str, text: str) -> list[DictionaryMatch[str]]:
        if self._empty:
            return []
        walks = self._walks
        walk = self._ahead.get(text) or next((w for w in walks if w.text == text), None)
        if walk is None:
            walk = self._walk(text)
            self._walks = (*walks[-(WALKS_KEPT - 1) :], walk)
        found = walk.found.get(name)
        if found is None:
            found = _longest(walk.hits.get(name, []))
            walk.found[name] = found
        return list(found)

    def _walk(self, text: str) -> _Walk:
        """The automaton's hits in ``text`` that are whole words, sorted out by vocabulary in
        one pass (every vocabulary asks for its own)."""
        lowered = _lowered(text)
        size = len(lowered)
        hits: dict[str, list[DictionaryMatch[str]]] = {}
        for end_index, (length, vocabulary, value) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if (start > 0 and lowered[start - 1].isalnum()) or (
                end < size and lowered[end].isalnum()
            ):
                continue
            if vocabulary:
                hits.setdefault(vocabulary, []).append(DictionaryMatch(start, end, value))
            else:  # a term of several vocabularies
                for of, each in value:
                    hits.setdefault(of, []).append(DictionaryMatch(start, end, each))
        return _Walk(text, hits, {})


@dataclass(frozen=True)
class _Walk:
    """One text's walk of a shared scan: each vocabulary's whole-word hits, and the matches
    (the longest where hits overlap) of the vocabularies asked for so far."""

    text: str
    hits: dict[str, list[DictionaryMatch[str]]]
    found: dict[str, list[DictionaryMatch[str]]]


@dataclass(frozen=True)
class VocabularyView:
    """One vocabulary of a shared scan, found as a DictionaryMatcher finds its terms."""

    scan: SharedScan
    name: str

    def find(self, text: str) -> list[DictionaryMatch[str]]:
        return self.scan.find(self.name, text)


@dataclass(frozen=True)
class NamedMatch:
    """A name found in a text, with the name it stands for and how it was found."""

    name: str
    canonical_name: str
    span_start: int
    span_end: int
    rule: str
    confidence: float


def name_terms(kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """The domain names (names.csv) of the given kinds, each its own value; a name whose
    capitalised words a hyphen joins is also printed with a space ("Bristol Myers Squibb", as
    the company has spelt itself since 2020, of "Bristol-Myers Squibb")."""
    terms = []
    for row in load_lexicon("names"):
        if row["kind"] in kinds:
            name = row["name"]
            terms.append((name, name))
            spaced = JOINED_CAPITALS.sub(" ", name)
            if spaced != name:
                terms.append((spaced, name))
    if "organization" in kinds:  # (public_bodies.csv: organisations noise repair never reads)
        terms += [(row["name"], row["name"]) for row in load_lexicon("public_bodies")]
    return terms


JOINED_CAPITALS = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")


# names.csv's kinds that whole releases are searched for: walked with the vocabularies
SHARED_NAME_KINDS = (("company", "organization"), ("compound", "payload"))


@cache
def shared_vocabularies() -> SharedScan:
    """The drug names, the disease names and the domain names that every release is searched
    for, in one automaton (about 2 s to build and 100 MB; built once, then read from the cache
    folder in about 0.1 s: build_cache.py)."""
    return cached("shared-vocabularies", _build_shared_vocabularies)


def _build_shared_vocabularies() -> SharedScan:
    from transform.drug_vocabulary import drug_terms
    from transform.indications import disease_terms

    vocabularies: dict[str, Iterable[tuple[str, str]]] = {
        "drugs": drug_terms(),
        "diseases": disease_terms(),
    }
    for kinds in SHARED_NAME_KINDS:
        vocabularies["names:" + ",".join(kinds)] = name_terms(kinds)
    return SharedScan(vocabularies)


@cache
def names_matcher(kinds: tuple[str, ...]) -> DictionaryMatcher[str] | VocabularyView:
    """Matcher over the domain names (names.csv) of the given kinds."""
    if kinds in SHARED_NAME_KINDS:
        return shared_vocabularies().view("names:" + ",".join(kinds))
    return DictionaryMatcher(name_terms(kinds))


def a_known_organization(name: str) -> bool:
    """Whether the lexicon names all of ``name`` (but a trailing mark) as a company or an
    organisation: "Eli Lilly", "Morgan Stanley" look like people's names and are not."""
    found = names_matcher(("company", "organization")).find(name)
    return any(e.start == 0 and e.end >= len(name) - 1 for e in found)
