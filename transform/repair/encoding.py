"""Mojibake and aggregator junk."""

from __future__ import annotations

import difflib
import re
from functools import cache

import ftfy

from transform.lexicon import load_lexicon
from transform.literals import Cued, cued
from transform.repair.buffer import Edit
from transform.repair.vocabulary import is_known

# UTF-8 read as Windows-1252 leaves these pairs ("â€™", "Ã©"); clean text almost never has them.
MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u2122\u0153\u017e\u201a-\u2030]"
)
# A curly apostrophe that went through a lossy re-encoding: "ImmunoGena?s", "wea™re".
LOSSY_APOSTROPHE = cued(r"\b([A-Za-z]+)a(?:™|\?)(s|re|ll|ve|t|d|m)\b")


def mojibake_edits(text: str) -> list[Edit]:
    """ftfy's encoding repair, as edits (only lines that show mojibake are touched)."""
    if not MOJIBAKE_HINT.search(text):
        return []
    edits = []
    offset = 0
    for line in text.split("\n"):
        if MOJIBAKE_HINT.search(line):
            fixed = ftfy.fix_encoding(line)
            matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal":
                    edits.append(
                        Edit(offset + i1, offset + i2, fixed[j1:j2], "mojibake_ftfy", 0.95)
                    )
        offset += len(line) + 1
    return edits


# A dash a lossy re-encoding printed as "?" between spaces, where English never sets one:
# "December 19, 2013 ? Takeda Pharmaceutical ..."; or as "¿", which Spanish sets before a word,
# never alone between spaces: "NEW YORK (AP) ¿ Drugmaker Bristol-Myers Squibb Co. ..."
LOST_DASH = cued(r"(?<=[\w.,)]) [?¿] (?=[A-Z0-9“\"(])")


def lost_dash_edits(text: str) -> list[Edit]:
    """ "December 19, 2013 ? Takeda" -> "December 19, 2013 – Takeda"."""
    return [
        Edit(m.start() + 1, m.end() - 1, "–", "mojibake_lost_dash", 0.9)
        for m in LOST_DASH.finditer(text)
    ]


def lossy_apostrophe_edits(text: str) -> list[Edit]:
    """ "ImmunoGena?s" -> "ImmunoGen’s" when the word without the stray "a" is a known word."""
    edits = []
    for match in LOSSY_APOSTROPHE.finditer(text):
        stem = match.group(1)
        if is_known(stem) and not is_known(stem + "a"):
            edits.append(
                Edit(
                    match.start(),
                    match.end(),
                    f"{stem}’{match.group(2)}",
                    "mojibake_lossy_apostrophe",
                    0.9,
                )
            )
    return edits


@cache
def _junk_patterns() -> tuple[tuple[Cued, str], ...]:
    return tuple(
        (cued(row["pattern"]), row["replacement"] or "") for row in load_lexicon("text_junk")
    )


def junk_edits(text: str) -> list[Edit]:
    """Remove what aggregators insert: "(News - Alert)", "Nasdaq:IMGN – News"."""
    return [
        Edit(match.start(), match.end(), replacement, "aggregator_junk", 0.95)
        for pattern, replacement in _junk_patterns()
        for match in pattern.finditer(text)
    ]
