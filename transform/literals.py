"""Words a regular expression cannot match without, and a prefilter built on them.

A list of cue expressions (event cues: alternations with lookbehinds and lazy gaps) costs a
scan of the text per expression, most of which find nothing; so does many an extractor's
expression that looks for a rare construction ("cisplatin-induced", "in Canadian dollars").
Each expression needs some literal text to match: "\\bearn(?:s|ed)?\\b.{0,60}?\\bmilestone"
cannot match where "milestone" is absent. One Aho-Corasick pass over the text finds which of
those words occur, and only the expressions whose word occurs are run. The answer is the same
as running all of them: a word is taken only where every match must contain it. ``Cued`` does
the same for one expression scanned over a whole release: it is run only on a text that holds
one of its words.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own parse of a pattern
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

_LITERAL = sre_parse.LITERAL
_IN = sre_parse.IN
_BRANCH = sre_parse.BRANCH
_SUBPATTERN = sre_parse.SUBPATTERN
_ATOMIC_GROUP = sre_parse.ATOMIC_GROUP
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)  # consume no text
LINE_BREAK = re.compile("\n")
MAX_ALTERNATIVES = 64  # spellings of one literal stretch ("licen[cs]e": 2)


def fold(text: str) -> str:
    """Case-folded as a case-insensitive expression compares letters ("ſ" is "s", the dotless
    "ı" and "İ" are "i"); may be longer than ``text`` ("ß" folds to "ss")."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """Every string one parsed item matches, when it is literal through and through: a letter,
    a set of letters ("[cs]"), or a group or alternation of such."""
    if op is _LITERAL:
        return frozenset({chr(av)})
    if op is _IN:
        if all(kind is _LITERAL for kind, _ in av):
            return frozenset(chr(code) for _, code in av)
        return None
    if op is _BRANCH:
        strings: set[str] = set()
        for branch in av[1]:
            spelled = _spelled(branch)
            if spelled is None:
                return None
            strings |= spelled
        return frozenset(strings)
    if op is _SUBPATTERN:
        return _spelled(av[3])
    return None


def _spelled(items: Any) -> frozenset[str] | None:
    """Every string a parsed sequence matches, or None if it is not literal through and through
    or has more than MAX_ALTERNATIVES spellings."""
    strings = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        parts = _exact(op, av)
        if parts is None:
            return None
        strings = frozenset(left + right for left in strings for right in parts)
        if len(strings) > MAX_ALTERNATIVES:
            return None
    return strings


def _required(items: Any, folding: bool = True) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence contains (folded, unless
    ``folding`` is off), chosen to be as long as possible; None when no literal is certain."""
    options: list[frozenset[str]] = []
    run = frozenset({""})  # the spellings of the literal stretch being read

    def close_run() -> None:
        if min(len(s) for s in run) > 0:
            options.append(frozenset(fold(s) if folding else s for s in run))

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # "\\b", lookarounds: the stretch goes on
        parts = _exact(op, av)
        if parts is not None and len(run) * len(parts) <= MAX_ALTERNATIVES:
            run = frozenset(left + right for left in run for right in parts)
            continue
        close_run()
        run = frozenset({""})
        inner: frozenset[str] | None = None
        if op is _SUBPATTERN:
            inner = _required(av[3], folding)
        elif op is _ATOMIC_GROUP:
            inner = _required(av, folding)
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(av[2], folding)
        elif op is _BRANCH:
            branches = [_required(branch, folding) for branch in av[1]]
            if all(branch is not None for branch in branches):
                inner = frozenset().union(*(b for b in branches if b is not None))
        if inner:
            options.append(inner)
    close_run()
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains; None when there is no
    such literal (the pattern must then always be run)."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings, as printed, one of which every match of a case-sensitive ``pattern`` contains
    ("Inc." of a legal form, never "inc." of "Incyte"); None when there is none."""
    if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern:
        raise ValueError("a pattern that ignores case needs required_words")
    return _required(sre_parse.parse(pattern.pattern, pattern.flags), folding=False)


class Prefilter:
    """Which of a list of expressions can match in a stretch of text, by one Aho-Corasick pass
    over the words they require."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        self._count = len(patterns)
        self._always: list[int] = []
        self._automaton = ahocorasick.Automaton()
        needing: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            words = required_words(pattern)
            if words is None:
                self._always.append(index)
                continue
            for word in words:
                needing.setdefault(word, []).append(index)
        for word, indexes in needing.items():
            self._automaton.add_word(word, tuple(indexes))
        self._empty = not needing
        if not self._empty:
            self._automaton.make_automaton()

    def possible(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Indexes, in order, of the expressions that may match within ``text[start:end]``."""
        if self._empty:
            return list(self._always)
        found = set(self._always)
        for _, indexes in self._automaton.iter(fold(text[start:end])):
            found.update(indexes)
        return sorted(found)


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """A text folded once for every expression that asks (a release, and its lines and windows)."""
    return fold(text)


class _Registry:
    """Strings several expressions registered, in one Aho-Corasick automaton made when first
    asked for after a change. The set is replaced, never changed in place: whatever remembers the
    set it was made for (an automaton, a walk of a text) knows it by identity."""

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self._built: tuple[frozenset[str], ahocorasick.Automaton] | None = None

    def add(self, words: frozenset[str]) -> None:
        if not words <= self.words:
            self.words = self.words | words

    def automaton(self) -> ahocorasick.Automaton:
        """The automaton of the strings registered now (each string its own value)."""
        built = self._built
        if built is None or built[0] is not self.words:
            automaton = ahocorasick.Automaton()
            for word in self.words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            built = self._built = (self.words, automaton)
        return built[1]


class _CuedWords(_Registry):
    """Every Cued expression's words in one automaton: a text (folded) is walked once for all
    of them, and the words it holds are kept for the last texts asked about. The set of words
    is replaced, never changed in place; an automaton made before a new expression's words
    came is made again."""

    KEPT = 8  # texts whose words are kept: a release, and the lines and windows read in it

    def __init__(self) -> None:
        super().__init__()
        self._present: dict[str, frozenset[str]] = {}
        self._present_of: frozenset[str] = self.words  # the set the kept answers are of

    def present(self, folded: str) -> frozenset[str]:
        """The registered words ``folded`` holds, anywhere."""
        if self._present_of is not self.words:
            self._present, self._present_of = {}, self.words
        found = self._present.get(folded)
        if found is not None:
            return found
        found = frozenset(word for _, word in self.automaton().iter(folded))
        present = self._present
        if len(present) >= self.KEPT:
            present = {}
        present[folded] = found
        self._present = present
        return found


_CUED_WORDS = _CuedWords()


class Cued:
    """A compiled expression that is run only on a text holding one of the words it cannot match
    without: on any other text it finds nothing, as it would have found nothing. A search for a
    few words costs far less than a scan by an expression that opens with a lookbehind or a word
    boundary (the regular-expression engine then tries every position of the text); one walk of
    an automaton finds every such expression's words in a text."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        words = required_words(pattern)
        self.words = frozenset(words) if words else None
        if self.words:
            _CUED_WORDS.add(self.words)

    def possible(self, text: str) -> bool:
        """Whether the expression may match somewhere in ``text``."""
        if self.words is None:
            return True
        return not self.words.isdisjoint(_CUED_WORDS.present(_folded(text)))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.possible(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self.possible(text) else []

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)  # anchored: as cheap as the check


def cued(pattern: str, flags: int = 0) -> Cued:
    """``re.compile(pattern, flags)``, run only on texts holding one of its required words."""
    return Cued(re.compile(pattern, flags))


class _LineWords(_Registry):
    """Every LineCued expression's strings in one automaton: a text is walked once for all of
    them, and each string's lines are kept for the text last asked about (and, apart, the lines
    where it ends a word: no letter or digit after it). The set of strings is replaced, never
    changed in place, and the automaton and the last walk remember the set they were made for:
    one made before a new expression's strings came is made again."""

    def __init__(self) -> None:
        super().__init__()
        self._last: tuple[str, frozenset[str], _Walk] | None = None

    def lines(self, text: str) -> _Walk:
        """Each registered string found in ``text``, with the numbers of its lines, anywhere
        and where it ends a word; and where each line of ``text`` starts."""
        words = self.words
        last = self._last
        if last is not None and last[0] is text and last[1] is words:
            return last[2]
        automaton = self.automaton()
        breaks = [match.start() for match in LINE_BREAK.finditer(text)]
        found: dict[str, set[int]] = {}
        whole: dict[str, set[int]] = {}
        size = len(text)
        for end, word in automaton.iter(text):
            line = bisect_right(breaks, end)
            found.setdefault(word, set()).add(line)
            if end + 1 >= size or not text[end + 1].isalnum():
                whole.setdefault(word, set()).add(line)
        walk = _Walk(found, whole, [0] + [at + 1 for at in breaks])
        self._last = (text, words, walk)
        return walk


@dataclass(frozen=True)
class _Walk:
    found: dict[str, set[int]]  # a string's lines
    whole: dict[str, set[int]]  # ... where it ends a word
    starts: list[int]  # where each line starts


_LINE_WORDS = _LineWords()


class LineCued:
    """A compiled, case-sensitive expression whose matches never cross a line (its words are
    apart by spaces, never by a line break), run only on the lines that print one of the
    strings it cannot match without: "Acme Pharmaceuticals, Inc." needs a legal form on its
    line, "University of Oslo" a word that heads an organisation's name. Its matches are those
    of ``finditer`` over the whole text: each line is read with the character that ends it, and
    what an expression looks at before a line (a lookbehind, a word boundary) is the text's
    own. What it looks at after the line is not: an expression may ask for the text's end
    (``$``) only where the line's break would answer the same (a legal form's "(?=\\s|$)"), and
    never looks past that break. One walk of an automaton finds the lines of every such
    expression's strings."""

    __slots__ = ("pattern", "whole", "words")

    def __init__(
        self,
        pattern: re.Pattern[str],
        needs: frozenset[str] | None = None,
        whole: bool = False,
    ):
        """``needs``: strings one of which every match prints, rarer than the ones
        required_strings would choose (it prefers the longest: "com", "org" of an e-mail
        address's domain over its "@"). ``whole``: every match prints one of them with no
        letter or digit after it (a legal form's " Ab" of "Zeta Ab", never of " About")."""
        self.pattern = pattern
        words = needs or required_strings(pattern)
        self.words = words if words and not any("\n" in word for word in words) else None
        self.whole = whole
        if self.words:
            _LINE_WORDS.add(self.words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.words is None:
            yield from self.pattern.finditer(text)
            return
        walk = _LINE_WORDS.lines(text)
        found = walk.whole if self.whole else walk.found
        lines: set[int] = set()
        words = self.words
        for word in found:  # (``found.keys() & words`` would walk every one of ``words``)
            if word in words:
                lines |= found[word]
        starts = walk.starts
        for line in sorted(lines):
            end = starts[line + 1] if line + 1 < len(starts) else len(text)
            yield from self.pattern.finditer(text, starts[line], end)


def _leading(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence starts with (None when its
    first character may be any of many: a name's capital, a digit)."""
    strings = frozenset({""})
    items = list(items)
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # "\\b", lookarounds: the match has not started printing yet
        parts = _exact(op, av)
        if parts is not None:
            grown = frozenset(left + right for left in strings for right in parts)
            if len(grown) > MAX_ALTERNATIVES:
                break
            strings = grown
            continue
        inner: frozenset[str] | None = None
        if op is _SUBPATTERN:
            inner = _leading(av[3])
        elif op is _ATOMIC_GROUP:
            inner = _leading(av)
        elif op is _BRANCH:
            branches = [_leading(branch) for branch in av[1]]
            if all(branches):
                inner = frozenset().union(*(b for b in branches if b))
        elif op in _REPEATS and av[0] >= 1:
            inner = _leading(av[2])
        elif op in _REPEATS:  # optional: the match opens with it or with what follows it
            optional, rest = _leading(av[2]), _leading(items[index + 1 :])
            inner = optional | rest if optional and rest else None
        if inner:
            grown = frozenset(left + right for left in strings for right in inner)
            strings = grown if len(grown) <= MAX_LEADS else strings
        break
    if min(len(s) for s in strings) == 0:
        return None
    return strings


MAX_LEADS = 256  # opening strings of one expression (a currency's spellings: "US$", "€", ...)
MIN_LEAD_CHARS = 3  # shorter openings ("or", ",") are printed too often to be worth a walk


def leading_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings, folded, one of which every match of ``pattern`` opens with; None when there is
    no such list."""
    found = _leading(sre_parse.parse(pattern.pattern, pattern.flags))
    return frozenset(fold(s) for s in found) if found else None


class _LeadWords(_Registry):
    """Every Led expression's opening strings (folded) in one automaton: a text is folded and
    walked once for all of them, and where each string starts is kept for the last texts asked
    about (a release, and the release read as one line). As with _LineWords, the set of strings
    is replaced, never changed in place."""

    KEPT = 4

    def __init__(self) -> None:
        super().__init__()
        self._walks: dict[str, tuple[frozenset[str], dict[str, list[int]] | None]] = {}

    def starts(self, text: str) -> dict[str, list[int]] | None:
        """Where each registered string starts in ``text`` folded, in order; None when folding
        moves the text's characters ("ß" folds to "ss"): offsets would not be the text's."""
        words = self.words
        walked = self._walks.get(text)
        if walked is not None and walked[0] is words:
            return walked[1]
        folded = _folded(text)
        found: dict[str, list[int]] | None = None
        if len(folded) == len(text) and "\u0307" not in text:  # (no letter folds to 0 or 2)
            found = {}
            for end, word in self.automaton().iter(folded):
                found.setdefault(word, []).append(end - len(word) + 1)
        if len(self._walks) >= self.KEPT:
            self._walks = {}
        self._walks[text] = (words, found)
        return found


_LEAD_WORDS = _LeadWords()


class Led:
    """A compiled expression tried only where one of the strings every match opens with is
    printed ("said", "appointment of"), found for every such expression by one walk of the text.
    Python's engine skips ahead by an expression's first character only when nothing comes
    before it: one that opens with a word boundary ("\\bsaid") is tried at every position of
    the text. Its matches are those of the expression's own search: each opening is tried in
    order with ``match``, which sees the text before it (a lookbehind, a word boundary) as a
    search does. An expression with no such strings, or with short ones (", "), is searched."""

    __slots__ = ("_last", "leads", "pattern")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        leads = leading_strings(pattern)
        usable = leads is not None and min(len(lead) for lead in leads) >= MIN_LEAD_CHARS
        self.leads = leads if usable else None
        self._last: tuple[str, list[int]] | None = None
        if self.leads:
            _LEAD_WORDS.add(self.leads)

    def _starts(self, text: str) -> list[int] | None:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = _LEAD_WORDS.starts(text)
        starts = None
        if found is not None and self.leads is not None:
            leads = self.leads
            starts = sorted({at for word in found if word in leads for at in found[word]})
        self._last = (text, starts) if starts is not None else None
        return starts

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        starts = self._starts(text) if self.leads is not None else None
        if starts is None:
            return self.pattern.search(text, pos, endpos)
        for index in range(bisect_left(starts, pos), len(starts)):
            at = starts[index]
            if at >= endpos:
                break
            match = self.pattern.match(text, at, endpos)
            if match is not None:
                return match
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer`` finds (none is empty: each prints its opening)."""
        if self.leads is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)
