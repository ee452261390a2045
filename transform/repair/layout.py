"""Hard-wrapped lines back into paragraphs, and words broken across lines."""

from __future__ import annotations

import itertools
import re

from transform.dateline import DATE, MONTH, YEAR
from transform.literals import cued
from transform.repair.buffer import Edit
from transform.repair.vocabulary import given_names, is_known
from transform.repair.words import local_names

# (a capital after the break is a hyphenated name's: "Warner-\nLambert" keeps its hyphen)
# (a title in capitals breaks its words too: "ALPINE BIOTECHNOLOGY, INC. AN-\nNOUNCES")
BROKEN_WORD = cued(r"\b([A-Za-z]{2,})-\n([a-z]{2,}|[A-Z][a-z]+|[A-Z]{2,})\b")
# ... or with its hyphen carried to the next line, as a wire's plain text wraps it: "GLOBAL
# COLLABORATION ... IN IMMUNO\n-ONCOLOGY", "proprietary anti\n-NKG2A antibody"
HYPHEN_OPENS_LINE = re.compile(r"(?<=[A-Za-z0-9][A-Za-z0-9])\n-(?=[A-Za-z][A-Za-z0-9])")
WRAPPED_LINE_CHARS = 50  # the line above was wrapped: this long at least
# ... or a drug's code broken at its own hyphen, its letters in capitals over its digits: "TRIAL
# OF NGX-\n417 FOR ALS", "COVID-\n19" (the hyphen stays, the break goes)
CODE_BROKEN = re.compile(r"\b([A-Z]{2,6})-\n(\d{2,6})\b")
LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|\(?[a-z]\)|\(?(?:[ivx]{1,4}|[IVX]{1,4})[.)])\s")
# a field of a form or notice, a label and its value: "Code number: 4519", "Head office: 1-1,
# Nihonbashi ...", "Date of appointment of the Arbitrator: August 9, 2017"
FIELD_LINE = re.compile(r"^\s*[A-Z][\w&'’./-]*(?:[ ][\w&'’./-]+){0,9}:[ \t]+\S")
MIN_LINES = 5
LONG_SHARE = 0.3  # of lines near the wrap width, for a text to count as hard-wrapped
NEAR_WIDTH = 0.7  # a line this close to the width was wrapped, not ended
GOES_ON_SHARE = 0.2  # of those lines, going on in lower case or a figure, for wrapped text
# A page's date stamp under its headline starts a line of its own: "Monday April 7, 8:00 am ET",
# "Jun 2, 2003, 08:30 ET", and day first in any language, "09 Novembre 2005 - 10:05PM"
DATE_STAMP = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+(?:19|20)\d\d\b"
    r"|\d{1,2}:\d\d\b).{0,50}(?<![.!?,;])$"  # a sentence's last line ends in a stop
)


# A dateline opening a line: a place, its region and a date ("Horsham, PA, April 29, 2003.",
# "Jerusalem and Ashdod, Israel, September 20, 2006 -"): a release's lead, never a title's end
DATELINE_OPENS = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*(?:[ ](?:and[ ])?[A-Z][\w.'’-]*){0,3},[ ](?:[A-Z][\w.]*[ ]?){1,3},[ ]"
    rf"(?:{DATE})"
    # or undated, its city in capitals: "MILTON, Ontario, Aralez Pharmaceuticals Inc., a ..."
    r"|[A-Z]{2}[A-Z.'’-]*(?:[ ][A-Z]{2}[A-Z.'’-]*){0,3},"
    r"[ ][A-Z][a-z][\w.]*(?:[ ][A-Z][\w.]*){0,2},[ ]"
    # or the date first, its city in capitals after it, glued where a page dropped a line break:
    # "April 10, 2019QUEBEC–(BUSINESS WIRE)–Devonian ..."
    rf"|(?:{DATE}|{MONTH}\s+\d{{1,2}},?\s*{YEAR}),?[ ]?"
    r"[A-Z]{2}[A-Z.'’-]*(?:[ ][A-Z]{2}[A-Z.'’-]*){0,3}(?:,|[ ]?[-–—(]))"
)
# A person's name alone on a line, no stop after it: "Barbara Krauter", "Robert I. Kriebel"
NAME_ALONE = re.compile(r"^\s*(?P<given>[A-Z][a-z]+)(?:[ ][A-Z]\.)?(?:[ ][A-Z][\w'’-]+){1,2}\s*$")


def a_name_alone(line: str) -> bool:
    """A person's name alone on a line, opening with a known given name."""
    name = NAME_ALONE.match(line)
    return name is not None and name["given"].casefold() in given_names()


# A page break an SEC exhibit or a wire's printout prints inside a sentence: "were $2.7 million"
# over "-more-" over "<PAGE>" over "compared with $1.9 million in ...": the marks' lines between
# a line that ends without a stop and one that goes on in lower case
# (a page's number between dashes too: "- 2 -"; a form feed is a space once normalised)
PAGE_MARK = r"[ \t]*(?:-+[ \t]*more[ \t]*-+|\(more\)|<PAGE>|-[ \t]*\d{1,3}[ \t]*-)[ \t]*"
PAGE_BREAK = cued(
    rf"(?<=[\w,%)$])[ \t]*\n(?:[ \t]*\n)*(?:{PAGE_MARK}\n(?:[ \t]*\n)*)+[ \t]*(?=[a-z])",
    re.IGNORECASE,
)


def page_break_edits(text: str) -> list[Edit]:
    """A sentence a page break cuts, joined: the marks between its halves go (one mark at least:
    blank lines alone are a paragraph's end)."""
    return [
        Edit(match.start(), match.end(), " ", "page_break", 0.95)
        for match in PAGE_BREAK.finditer(text)
    ]


def dehyphenation_edits(text: str) -> list[Edit]:
    """ "develop-\\nment" -> "development" when the joined word is known and the halves are not
    a hyphenated compound; otherwise only the line break goes ("anti-\\nHER2" stays hyphenated)."""
    edits = []
    names: frozenset[str] | None = None
    for match in BROKEN_WORD.finditer(text):
        names = local_names(text) if names is None else names
        left, right = match.group(1), match.group(2)
        joined = left + right
        compound = is_known(left) and is_known(right)
        if right.isupper():
            edits.append(_broken_in_capitals(text, match, left, right))
        elif right[0].isupper():  # "Warner-\nLambert Company": a name's hyphen stays
            line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].lstrip()
            if left[0].isupper() and not line.startswith(("-", "–", "—")):  # never a subhead
                # framed by dashes: "-Array Receives ... from AstraZeneca-" over "Boulder, ..."
                edits.append(
                    Edit(match.start(), match.end(), f"{left}-{right}", "hyphen_line_break", 1.0)
                )
        elif is_known(joined) or joined in names or not compound:
            edits.append(Edit(match.start(), match.end(), joined, "dehyphenate", 0.9))
        else:
            edits.append(
                Edit(match.start(), match.end(), f"{left}-{right}", "hyphen_line_break", 1.0)
            )
    for match in CODE_BROKEN.finditer(text) if "-\n" in text else ():
        edits.append(
            Edit(match.start(), match.end(), f"{match[1]}-{match[2]}", "hyphen_line_break", 1.0)
        )
    for match in HYPHEN_OPENS_LINE.finditer(text):
        above = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        line_end = text.find("\n", match.end())
        line = text[match.end() : len(text) if line_end == -1 else line_end].rstrip()
        # (never a subhead framed by dashes under a title: "-Zeta Receives ... from Omega-")
        if len(above) >= WRAPPED_LINE_CHARS and not line.endswith(("-", "–", "—")):
            edits.append(Edit(match.start(), match.end(), "-", "hyphen_line_break", 1.0))
    return sorted(edits, key=lambda edit: edit.start)


def _broken_in_capitals(text: str, match: re.Match[str], left: str, right: str) -> Edit:
    """A word of a title in capitals broken at its line's end: joined when the whole is a word
    its halves are not ("AN-\nNOUNCES" -> "ANNOUNCES"), its line break moved after it so the
    lines keep their lengths (the wrap's width is read from them); else the hyphen stays and the
    break goes ("NON-\nSMALL CELL")."""
    joined = left + right
    if (
        left.isupper()
        and is_known(joined.lower())
        and not (is_known(left.lower()) and is_known(right.lower()))
    ):
        if text.startswith(" ", match.end()):
            return Edit(match.start(), match.end() + 1, joined + "\n", "dehyphenate", 0.9)
        return Edit(match.start(), match.end(), joined, "dehyphenate", 0.9)
    return Edit(match.start(), match.end(), f"{left}-{right}", "hyphen_line_break", 1.0)


JOINING_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "for",
        "in",
        "with",
        "by",
        "on",
        "at",
        "from",
        "as",
        "that",
    ]
)


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it was not wrapped: its lines near one
    width, and some of them going on mid-sentence on the next line (a page of one sentence or
    one title a line, all of a length, "The approval allows ...\nNicox completes ...", is no
    wrapped text)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < MIN_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for length in lengths if length >= NEAR_WIDTH * width)
    if not 30 <= width <= 200 or near / len(lengths) < LONG_SHARE:
        return None
    ends = [
        (line.rstrip(), following.lstrip()[:1])
        for line, following in itertools.pairwise(lines)
        if len(line) >= NEAR_WIDTH * width and following.strip()
    ]
    # (a line goes on where the next opens in lower case, or where it ends with a comma or a
    # joining word before a capital: "... license agreement with Hoechst Marion" / "Roussel,
    # Inc. for NGX-267, a muscarinic agonist for the treatment of" / "Alzheimer's disease")
    going_on = sum(
        1
        for line, first in ends
        if (not first.isupper() and first not in "\"“'‘([•·*-–—")
        or line.endswith((",", ";"))
        or line.rsplit(" ", 1)[-1] in JOINING_WORDS
    )
    if ends and going_on / len(ends) < GOES_ON_SHARE:
        return None
    return width


def _table_rows(line: str, following: str) -> bool:
    """Whether two lines are a barred table's rows, each with its cells' bars ("| ZT-1 | Phase 3
    |"; never a stray bar a scan's OCR reads for an "l" or an "I")."""
    return (
        line.rstrip().endswith("|")
        and following.lstrip().startswith("|")
        and line.count("|") >= TABLE_ROW_BARS
        and following.count("|") >= TABLE_ROW_BARS
    )


TABLE_ROW_BARS = 3


def reflow_edits(text: str) -> list[Edit]:
    """Join the lines of a hard-wrapped paragraph; short lines (contacts, headings) stay."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return []
    edits, offset = [], 0
    for line, following in itertools.pairwise(lines):
        offset += len(line)
        if (
            len(line) >= NEAR_WIDTH * width
            and following.strip()
            and not line.rstrip().endswith(":")
            and not any(mark in line.rsplit(" ", 1)[-1] for mark in ("://", "@"))
            and not LIST_ITEM.match(following)
            # a table's row under another: "| ZT-1 | Phase 3 |" / "| ZT-2 | Phase 2 |"
            and not _table_rows(line, following)
            # (inside a parenthesis it goes on: "(NYSE\nAlternext US: PTN)")
            and not (FIELD_LINE.match(following) and line.count("(") <= line.count(")"))
            and not DATE_STAMP.match(following)
            and not DATELINE_OPENS.match(following)  # "Horsham, PA, April 29, 2003. Neose ..."
            and not a_name_alone(following)  # a contact's name under a title: "Barbara Krauter"
            # a heading in capitals under a line in mixed case: "THE MANAGER", "QUARTERLY REPORT",
            # or over one: "... AGREEMENT FOR THE DEVELOPMENT OF BIOPHARMACEUTICALS" over the
            # dateline "Jerusalem and Ashdod, Israel, September 20, 2006 - Teva ..."
            and line.isupper() == following.isupper()
            and following.strip().casefold() not in line.casefold()  # a title printed twice
        ):
            edits.append(Edit(offset, offset + 1, " ", "reflow", 1.0))
        offset += 1
    return edits
