"""Whitespace and Unicode normalisation: the text every extractor reads."""

from __future__ import annotations

import re
import unicodedata

# Character classes, not str.translate with a dict: a regex scans a release about 10x faster.
# (and the marks that set a text's direction, invisible too: "\u202e" before a title)
ZERO_WIDTH = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
SPACE_LIKE = re.compile(
    "[\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v]"
)
RUN_OF_SPACES = re.compile(r" {2,}")
BLANK_LINES = re.compile(r"\n{3,}")
# a roman numeral printed as one sign, as Japanese and Chinese releases do: "Phase Ⅲ" is "Phase
# III" (its compatibility form)
ROMAN_NUMERAL = re.compile("[\u2160-\u217f]")


def _roman_letters(sign: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", sign.group())


def normalize_text(text: str) -> str:
    """NFC text with unified line ends, plain spaces, no trailing blanks, at most one empty line.

    Line structure is kept (hard-wrap reflow belongs to noise repair), so extractors can rely
    on a paragraph or a dateline starting at the beginning of a line.
    """
    text = unicodedata.normalize("NFC", text)
    text = ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = SPACE_LIKE.sub(" ", text)
    text = ROMAN_NUMERAL.sub(_roman_letters, text)
    lines = text.split("\n")
    if "    " in text:
        lines = _columns_unfolded(lines)
    lines = [RUN_OF_SPACES.sub(" ", line).strip() for line in lines]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# Two contact blocks printed side by side, a wide gap between them: "Media Contact:     Investor
# Contact:" over "Rebecca Moss     Jordan Hale". Read as printed, each line would join the two
# people's names ("Rebecca Moss Jordan Hale"); the block is read column by column instead: the
# left cells, a blank line, the right cells. Only under a line of two contact labels (a table's
# two columns of figures or words stay as printed).
COLUMN_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")
COLUMN_LABEL = re.compile(
    r"(?:(?:media|press|investors?|analysts?|company|corporate|financial)"
    r"(?:[ ](?:contacts?|relations|inquiries|enquiries))?|contacts?|for[ ]\w+(?:[ ]\w+)?)[ ]?:?",
    re.IGNORECASE,
)
COLUMN_DRIFT = 3  # characters a right column's cells may start apart


def _two_cells(line: str) -> tuple[str, str, int] | None:
    """A line's two cells and where the right one starts, when one wide gap parts them."""
    gaps = list(COLUMN_GAP.finditer(line))
    if len(gaps) != 1:
        return None
    return line[: gaps[0].start()].strip(), line[gaps[0].end() :].strip(), gaps[0].end()


def _columns_unfolded(lines: list[str]) -> list[str]:
    out: list[str] = []
    at = 0
    while at < len(lines):
        head = _two_cells(lines[at])
        if head is None or not all(COLUMN_LABEL.fullmatch(cell) for cell in head[:2]):
            out.append(lines[at])
            at += 1
            continue
        rows = [head]
        at += 1
        while at < len(lines):
            cells = _two_cells(lines[at])
            if cells is None or abs(cells[2] - head[2]) > COLUMN_DRIFT:
                break
            rows.append(cells)
            at += 1
        out += [row[0] for row in rows] + [""] + [row[1] for row in rows] + [""]
    return out
