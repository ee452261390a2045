"""Stray marks of scans: specks and serifs that OCR reads as punctuation.

Two kinds, both measured on tesseract output of printed and degraded releases (make eval-ocr):
- a lone mark between words (" : ", " . ", " * ", " ‘ "), which no printed sentence puts there;
  a lone "~" between words is a dash read badly;
- an opening quote that nothing closes ("‘Agenus Inc. (Nasdaq ..."), most often at a line start:
  a quote the release really prints is closed within the paragraph.
"""

from __future__ import annotations

import re

from transform.repair.buffer import Edit

# Marks a page never prints alone between two words (dashes, pipes, bullets, slashes, "&",
# currency signs, footnote "*" and "+" are printed alone, so they are not here).
LONE_MARK = re.compile(r"(?<=[\w,.;:)\]]) +([.:;,'‘’“”\"°«»{}_^]{1,3}) +(?=[\w(\"“‘'$])")
LONE_TILDE = re.compile(r"(?<=\w) +(~) +(?=\w)")
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
SCAN_SIGNS = 3  # stray marks and OCR confusions a text must show before the guessing rules run


def period_edits(text: str, scanned: bool) -> list[Edit]:
    """Periods a scan read as commas (see the patterns above)."""
    patterns = [MONTH_COMMA, INITIAL_COMMA] + ([SENTENCE_COMMA] if scanned else [])
    return [
        Edit(m.start(1), m.end(1), ".", "period_read_as_comma", 0.8)
        for pattern in patterns
        for m in pattern.finditer(text)
    ]
