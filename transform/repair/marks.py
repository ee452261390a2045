"""Stray marks of scans: specks and serifs that OCR reads as punctuation.

Two kinds, both measured on tesseract output of printed and degraded releases (make eval-ocr):
- a lone mark between words (" : ", " . ", " * ", " ‘ "), which no printed sentence puts there;
  a lone "~" between words is a dash read badly;
- an opening quote that nothing closes ("‘Agenus Inc. (Nasdaq ..."), most often at a line start:
  a quote the release really prints is closed within the paragraph.
"""

from __future__ import annotations

import re
from functools import cache

from transform.lexicon import load_lexicon
from transform.repair.buffer import Edit

# Marks a page never prints alone between two words (dashes, pipes, bullets, slashes, "&",
# currency signs, footnote "*" and "+" are printed alone, so they are not here).
LONE_MARK = re.compile(
    r"(?<=[\w,.;:)\]]) +([.:;,'‘’“”\"°«»{}_^]{1,3})(?: +(?=[\w(\"“‘'$])|[ \t]*$)", re.M
)
LONE_TILDE = re.compile(r"(?<=[\w.,]) +(~) +(?=\w)")
OPENING = re.compile(r"(?:(?<=\s)|^)([‘“])(?=[^\W\d_])", re.M)
# What closes each opening quote: for "‘", a quote after a word and not inside one ("Amgen’s").
CLOSING = {"‘": re.compile(r"(?<=\S)[’'](?![^\W_])"), "“": re.compile(r"[”\"]")}
PARAGRAPH = re.compile(r"\n\s*\n")


def stray_mark_edits(text: str) -> list[Edit]:
    """Lone marks removed with the space before them, "~" between words read as "-", and
    opening quotes nothing closes in their paragraph removed."""
    edits = [Edit(m.start(), m.end(1), "", "stray_mark", 0.9) for m in LONE_MARK.finditer(text)]
    edits += [
        Edit(m.start(1), m.end(1), "-", "stray_mark", 0.85) for m in LONE_TILDE.finditer(text)
    ]
    taken = [(e.start, e.end) for e in edits]
    for match in OPENING.finditer(text):
        paragraph_end = PARAGRAPH.search(text, match.end())
        stop = paragraph_end.start() if paragraph_end else len(text)
        if CLOSING[match.group(1)].search(text, match.end(), stop):
            continue
        if any(start <= match.start() < end for start, end in taken):
            continue
        edits.append(Edit(match.start(1), match.end(1), "", "stray_mark", 0.85))
    return edits


# A period read as a comma, where a comma cannot stand:
# - after a month's abbreviation before the day ("Feb, 19"), or a middle initial between names
#   ("James J, O'Leary");
# - at a sentence's end, before a word that opens sentences ("costs, Cardiome has" is ambiguous;
#   "costs, The Board" is not) -- only in a text that already shows scan damage.
MONTH_COMMA = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(,)(?= \d{1,2}\b)")
INITIAL_COMMA = re.compile(r"\b[A-Z][a-z]{2,} [A-Z](,)(?= [A-Z]['a-z])")
SENTENCE_COMMA = re.compile(
    r"(?<=[a-z]{3})(,)(?= [\"“]?(?:The|This|These|There|That|In|Under|As|He|She|We|It|Its|Our"
    r"|Should|If|For|With|Based|Pursuant|About|Upon|Following|Since|All|Each)\b)"
)
# A function word read with a capital between two lower-case words ("announced In the").
CAPITAL_FUNCTION_WORD = re.compile(
    r"(?<=[a-z,] )(In|Is|Its|It|The|To|Of|And|For|On|At|As|An|By|Or|With|From)(?= [a-z])"
)
SCAN_SIGNS = 3  # stray marks and OCR confusions a text must show before the guessing rules run


@cache
def _abbreviation_comma() -> re.Pattern[str]:
    """An abbreviation that takes a period, printed with a comma instead ("Calif,", "Inc,")."""
    import us  # AP style abbreviations of the states (BSD); imported when first needed

    stems = {row["abbreviation"] for row in load_lexicon("abbreviations")}
    stems |= {state.ap_abbr for state in us.states.STATES_AND_TERRITORIES if state.ap_abbr}
    stems |= {row["suffix"] for row in load_lexicon("company_suffixes")}
    stems = {stem[:-1] for stem in stems if stem.endswith(".")}
    alternation = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(,,?)(?=\s+(\S)|$)")


def period_edits(text: str, scanned: bool) -> list[Edit]:
    """Periods a scan read as commas (see the patterns above). In a scanned text, an
    abbreviation's comma is its period before a lower-case word ("Inc, today" -> "Inc. today")
    and its lost period otherwise ("Calif, Aug." -> "Calif., Aug."); a double comma is always
    a period and a comma."""
    patterns = [MONTH_COMMA, INITIAL_COMMA] + ([SENTENCE_COMMA] if scanned else [])
    edits = [
        Edit(m.start(1), m.end(1), ".", "period_read_as_comma", 0.8)
        for pattern in patterns
        for m in pattern.finditer(text)
    ]
    if scanned:
        edits += [
            Edit(m.start(1), m.end(1), m.group(1).lower(), "scan_capital", 0.8)
            for m in CAPITAL_FUNCTION_WORD.finditer(text)
        ]
    taken = {e.start for e in edits}
    for match in _abbreviation_comma().finditer(text):
        if match.start(1) in taken:
            continue
        following = match.group(2) or ""
        if match.group(1) == ",,":
            replacement = ".,"
        elif not scanned:
            continue
        else:
            replacement = "." if following.islower() else ".,"
        edits.append(Edit(match.start(1), match.end(1), replacement, "period_read_as_comma", 0.75))
    return edits
