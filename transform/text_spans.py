"""Small span helpers shared by the field extractors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# a full stop, a blank line, or a line that opens a bulleted point ("· Revenue of £4.4 million",
# "-- Loss before tax of GBP1.4m"): each point of a list is a sentence of its own
# (the mark first, as one character class: the engine then skips to the marks, where an
# alternation would be tried at every character)
SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"”’)]?\s+|(?<=\n)\n|(?<=\n)(?=[ \t]*(?:[·•▪◦‣∙]|--?[ \t]|\*[ \t])))"
)
# and a bullet inside a line, where a page lost the breaks of its list: "SEK 2.8 M• The loss"
# (read only in a text that prints one: the expression tries every character)
INLINE_BULLETS = "•▪‣"
SENTENCE_OR_POINT_END = re.compile(
    rf"{SENTENCE_END.pattern}|\S(?=[ \t]*[{INLINE_BULLETS}][ \t]*[A-Z0-9])"
)


def _ends_in(text: str) -> re.Pattern[str]:
    """The expression of ``text``'s sentence ends: with its list's points where it has any."""
    return SENTENCE_OR_POINT_END if any(b in text for b in INLINE_BULLETS) else SENTENCE_END


# A period after these does not end a sentence ("vs. prior year", "Inc. (Nasdaq", "U.S. FDA").
ABBREVIATIONS = frozenset(
    [
        "vs",
        "v",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "nos",
        "approx",
        "e.g",
        "i.e",
        "viz",
        "cf",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "fig",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mass",
        "calif",
        "wash",
        "del",
        "conn",
        "penn",
    ]
)


def _abbreviation(word: str) -> bool:
    """Whether ``word`` (lower case, without its final period) is an abbreviation's: "inc",
    "u.s", a single letter."""
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# a name's initials before the rest of it, on its line: "H.L. Lanzet Inc.", "J.P. Morgan"
DOTTED_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
NAME_WORD_AFTER = re.compile(r"[A-Z][a-z]+\b")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    # a paragraph's end ends its sentence, an abbreviation's stop too: "... outside the U.S."
    # over "For the half year, ..."
    if "\n\n" in match.group() or text[match.start()] != ".":
        return True
    word_start = match.start()
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    # the word after a bracket or a dash glued before it too: "CANADA-(Oct. 19, 2011)"
    word = WORD_OPENER.split(text[word_start : match.start()].lower())[-1]
    if _abbreviation(word) and not _scale_after_number(text, word_start, word):
        # a word only a sentence opens with ends the sentence after any abbreviation: "... from
        # Amgen Inc. The payment resulted from ...", "... 200,000 people in the U.S. It
        # encourages ..." (never "Pfizer Inc. Chief Executive Ian Read said", "U.S. FDA")
        if SENTENCE_OPENER.match(text, match.end()) is not None:
            return True
        # a company's abbreviation ends its paragraph when a line opens after it: "... from
        # Kyowa Hakko Kogyo Co.\nGeron's stock rocketed" (never "Co.\nLtd." or "Co.\nLLC")
        return word in COMPANY_ABBREVIATIONS and _line_opens(text, match.end(), match.group())
    if (
        DOTTED_INITIALS.fullmatch(word)
        and match.group() == ". "
        and NAME_WORD_AFTER.match(text, match.end())
        and not SENTENCE_OPENER.match(text, match.end())  # "of Madison, N.J. The milestone"
    ):
        return False  # "H.L. Lanzet Inc.": initials, then the name they open
    # a sentence opens in capitals: a period before a lower-case word closes an abbreviation
    # ("Sanofi S.A. will pay", "approx. two years"), not a sentence; nor does one open with the
    # bracket after a dotted abbreviation ("Innate Pharma S.A. (IPHA) said")
    following = text[match.end() : match.end() + 1]
    return not ((following.islower() or following == "(") and "." in word)


def _scale_after_number(text: str, word_start: int, word: str) -> bool:
    """A letter a space after a number is its scale or unit, no initial: "... of €0.5 m. The
    milestone triggers ..." ends its sentence."""
    return len(word) == 1 and word_start > 1 and text[word_start - 2 : word_start - 1].isdigit()


COMPANY_ABBREVIATIONS = frozenset(["inc", "co", "corp", "ltd"])
# words only a sentence opens with after a company's name
SENTENCE_OPENER = re.compile(
    r"(?:The|This|These|Those|It|Its|We|Our|He|She|They|Their|Under|Following|Pursuant"
    r"|Today|Separately|Additionally|However|Meanwhile)\b(?![.’'-])"
)
WORD_OPENER = re.compile(r"[(\[\"“/–—-]")
OPENING_WORD = re.compile(r"[A-Z][\w'’-]*(?![\w.])")  # no abbreviation: "Ltd.", no "LLC"


def _line_opens(text: str, at: int, space: str) -> bool:
    """Whether a line break in ``space`` leads to a word in capitals at ``at`` that no legal
    form or abbreviation is."""
    word = OPENING_WORD.match(text, at)
    return "\n" in space and word is not None and not word.group().isupper()


def ends_with_stop(line: str) -> bool:
    """Whether ``line`` ends with a sentence's full stop, not an abbreviation's ("... in
    Melbourne." does; "... Sign Agreement in the U.S." and "... with Zeta Co." do not)."""
    if not line.endswith("."):
        return False
    word = line[:-1].rsplit(None, 1)[-1].lower().strip('("“') if line[:-1].strip() else ""
    return not (_abbreviation(word) or "." in word)


# A wire's slug glued to its story's title: "BRIEF-FDA grants ...", "UPDATE 2-Acme ..." (Reuters)
WIRE_SLUG = re.compile(r"(?:BRIEF|UPDATE \d+|EXCLUSIVE|CORRECTED|REFILE|WRAPUP \d+|RPT)-(?=[A-Z])")
# A list's point opening a line: "- In addition, ...", "• Revenue of £4.4 million"
LIST_POINT = re.compile(r"[-–*•·▪●][ \t]")
# a drug's code: letters, perhaps a hyphen, digits ("TCT-301", "HB-1120", "MK3475"); a title's
# line may end in one, and a company noun before one names no company
DRUG_CODE = re.compile(r"\b[A-Z]{1,6}-?\d{2,6}[A-Za-z]?\b")
# a parenthesis with no other inside it: "(NYSE: OMG; TSX: OMG)", a gloss in a title
PARENTHESIS = re.compile(r"\([^()]*\)")
# A verb a company announces its news with: "Acme Announces ...", "Acme reported", "said"
ANNOUNCING_VERB = r"(?:announce[sd]?|report(?:s|ed)?|sa(?:id|ys)|post(?:s|ed)|unveil(?:s|ed))\b"
# a sum a company only expects, hopes or plans to get ("Zeta expects to receive a $5 million
# milestone payment in 2021", "hopes to raise $50 million", "anticipates a $10 million
# milestone", "a proposed $75 million IPO"): to come, if at all (never what the sum's deal is
# expected to do: "the offering is expected to close")
EXPECTED_BEFORE = re.compile(
    r"\b(?:(?:expects?|expected|anticipates?|anticipated|hopes?|plans?|intends?|aims?|seeks?"
    r"|seeking)\s+to\s+(?:receive|raise|earn|collect|get|obtain|secure|be\s+paid)\b[^.;]{0,60}"
    r"|(?:expects?|anticipates?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}|proposed\s+)$",
    re.IGNORECASE,
)
# a payment its sentence says will not be made, after the sum or its cue ("the $15 million
# milestone payment ... that was due upon approval will not be paid in 2020") or before it ("will
# not receive the $15 million approval milestone")
NOT_PAID_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:will|would|shall|is|are|was|were|has|have)\s+(?:not|no\s+longer)\s+"
    r"(?:be\s+|been\s+)?(?:paid|payable|received|due|triggered|earned)\b",
    re.IGNORECASE,
)
# (or a party's choice not to pay it: "Omega elected not to pay the $12 million milestone",
# "forgoing the $20 million option fee"; or money going back: "will return the $10 million
# upfront payment it received", "repaid the $30 million loan"; never "in return for")
NOT_PAID_BEFORE = re.compile(
    r"\b(?:(?:will|would|did|does|shall)\s+not\s+(?:receive|earn|be\s+paid|get|trigger)"
    r"|(?:elected|elects|decided|decides|chose|chooses)\s+not\s+to\s+(?:pay|make|exercise)"
    r"|(?:declined|declines|refused|refuses|failed|fails)\s+to\s+(?:pay|make)"
    r"|forgo(?:es|ing)?|forfeit(?:s|ed|ing)?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}$"
    # (what goes back names its sum with an article: never "returned to growth with")
    r"|\b(?<!\bin\s)(?:(?:return|refund|repay)(?:s|ed|ing)?|repaid)\s+(?:the|its|their)\s+"
    r"(?:[\w$.,-]+\s+){0,3}$",
    re.IGNORECASE,
)
# the news's verb of coming after something: "The deal follows a $40 million Series B",
# "Approval follows positive CHMP opinion" (money's and events' object after it)
FOLLOWS = r"\b(?:follows|comes\s+after|came\s+after|builds\s+on|comes\s+on\s+the\s+heels\s+of)\s+"
# a relative clause set off by a comma: "Pfizer Inc., which acquired Pharmacia in 2003,"
RELATIVE_OPENS = re.compile(r",\s+(?:which|who|whose)\s")
# a time ago, which dates what its sentence tells before the release: "a deal three years ago"
TIME_AGO = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|some|many"
    r"|a\s+few)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago\b|before(?=\s*(?:[.;,)]|$)))"
)  # (or "before" that ends its clause: "less than two years before."; never "two years before
# the patent expires")

# A possessive ending a word: "Japan's", "NeuExcell’s", a bare apostrophe after a plural's or
# a sibilant's end: "Pharmaceuticals'", "Immunex' share price"
BARE_POSSESSIVE = re.compile(r"(?<=[sxzSXZ])['’]$")
POSSESSIVE = re.compile(rf"['’]s$|{BARE_POSSESSIVE.pattern}")


SENTENCE_WINDOW = 2000  # a sentence reaches at most this far either side of a mention


@dataclass(frozen=True)
class _Breaks:
    """Where each sentence end of a text starts and ends (sorted), and the spans of every match
    of SENTENCE_END, sentence end or not ("Inc. "), to tell a position inside one."""

    starts: list[int]
    ends: list[int]
    match_starts: list[int]
    match_ends: list[int]

    def inside_a_match(self, at: int) -> bool:
        index = bisect.bisect_right(self.match_starts, at) - 1
        return index >= 0 and self.match_starts[index] < at < self.match_ends[index]


@lru_cache(maxsize=4)
def _sentence_breaks(text: str) -> _Breaks:
    """The sentence ends of ``text``, found once per text and shared by every extractor that
    asks for a sentence."""
    breaks = _Breaks([], [], [], [])
    for match in _ends_in(text).finditer(text):
        breaks.match_starts.append(match.start())
        breaks.match_ends.append(match.end())
        if _ends_sentence(text, match):
            breaks.starts.append(match.start())
            breaks.ends.append(match.end())
    return breaks


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence (or paragraph) around ``text[start:end]``, at most
    SENTENCE_WINDOW characters either side: text without sentence ends (lists, tables, hostile
    files) would otherwise make a sentence the whole text."""
    window_start = max(0, start - SENTENCE_WINDOW)
    breaks = _sentence_breaks(text)
    if breaks.inside_a_match(start) or breaks.inside_a_match(window_start):
        left = window_start  # a mention or the window cuts a break: read it as cut
        for match in _ends_in(text).finditer(text, window_start, start):
            if _ends_sentence(text, match):
                left = match.end()
    else:
        before = bisect.bisect_right(breaks.ends, start) - 1  # the last break before ``start``
        found = before >= 0 and breaks.starts[before] >= window_start
        left = breaks.ends[before] if found else window_start
    return left, sentence_end(text, end)


def sentence_end(text: str, at: int, window: int = SENTENCE_WINDOW) -> int:
    """End offset of the sentence that goes on at ``at``, at most ``window`` characters on."""
    right = min(len(text), at + window)
    breaks = _sentence_breaks(text)
    if breaks.inside_a_match(at) or breaks.inside_a_match(right):
        for match in _ends_in(text).finditer(text, at, right):  # a break cut: read it as cut
            if _ends_sentence(text, match):
                return match.start() + 1
        return right
    after = bisect.bisect_left(breaks.starts, at)  # the first break from ``at`` on
    if after < len(breaks.starts) and breaks.ends[after] <= right:
        return breaks.starts[after] + 1
    return right


def sentences_end(text: str, start: int, count: int) -> int:
    """Where the ``count``-th sentence from ``start`` ends (the text's end if it has fewer);
    the blank lines before its first word end no sentence."""
    breaks = _sentence_breaks(text)
    while start < len(text) and text[start].isspace():
        start += 1
    index = bisect.bisect_left(breaks.starts, start) + count - 1
    return breaks.starts[index] + 1 if index < len(breaks.starts) else len(text)


# A web or mail address: its words name a page, not what the release names ("https://x.com/
# news/fda-approves-zetavir-104500801.html" names no compound). Read token by token from each
# token's start, so a long text costs one pass.
WEB_ADDRESS = re.compile(r"(?<![^\s()<>\"'])[^\s()<>\"']*?(?:://|www\.|@)[^\s()<>\"']*")


@lru_cache(maxsize=4)
def web_addresses(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the web and mail addresses ``text`` prints (read once per text)."""
    if "://" not in text and "www." not in text and "@" not in text:
        return ()
    return tuple(m.span() for m in WEB_ADDRESS.finditer(text))


def printings(text: str, name: str) -> Iterator[int]:
    """Where ``name`` is printed in ``text``, each printing after the last one's end (as a
    search of the name would find them, with no expression compiled per name)."""
    at = text.find(name) if name else -1
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))
