"""The headline: the first title-like line before the lead that names what the lead is about."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from transform.dateline import (
    ANY_WEEKDAY,
    CAPS_DATELINE,
    DASH,
    DATE,
    DATE_AT_CLOCK,
    DATE_BEFORE_TITLE,
    LABELLED_DATE,
    MONTH,
    TIME_THEN_DATE,
    TIME_ZONE,
    YEAR,
)
from transform.lexicon import (
    alias_map,
    company_suffix_pattern,
    company_trade_words,
    context_words,
    deal_words_end,
    load_lexicon,
    name_openers,
    only_title_words,
    title_words,
    wire_label_before,
    words_alternation,
)
from transform.repair.layout import a_name_alone
from transform.repair.vocabulary import given_names
from transform.repair.words import FUNCTION_WORDS
from transform.segments import (
    BLANK_LINE,
    EMAIL,
    PHONE,
    chrome_blocks,
    chrome_line,
    cover_page_end,
)
from transform.text_spans import (
    ANNOUNCING_VERB,
    DRUG_CODE,
    LIST_POINT,
    PARENTHESIS,
    POSSESSIVE,
    WIRE_SLUG,
    ends_with_stop,
)


@cache
def _letterhead() -> re.Pattern[str]:
    """Letterhead lines: a postal address (a street's word of context_words.csv role street),
    a telephone line."""
    street = words_alternation(context_words("street"))
    return re.compile(
        r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b|^(?:TEL|Tel|Phone|FAX|Fax)\b"
        rf"|^\d{{1,5}} [A-Z][a-z]+ {street}(?!\w)"
    )


DATE_OR_TIME = re.compile(
    rf"{DATE}|\b\d{{1,2}}[:.]\d\d\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
)
DATE_ONLY_LINE = re.compile(rf"^[\[(]?\s*{DATE}.{{0,20}}$|^[\d./\-: |]+$")
MIN_WORDS = 3
MIN_TITLE_CHARS = 20  # a line this long printed inside the line above repeats it
MAX_CHARS = 400
# Headlines run to 21 words in the dev corpus; a longer line is prose ("On May 4, 2012 Acme said
# it had agreed to be acquired by ... for $18.50 per share in cash, or ...")
MAX_WORDS = 30
# a title in title case may run longer: "Kyowa Hakko Kirin Returns to Otsuka Pharmaceutical the
# Rights to Develop and Market Busulfex®, for Use As a Part of Conditioning Regimen Prior to
# Hematopoietic Progenitor Cell Transplantation, in Japan and in Asian Countries & Regions"
MAX_TITLE_CASE_WORDS = 45
NAVIGATION_PIPES = 2  # a line of menu items, not a title
# One sentence ending and another beginning inside a line: prose ("Inc. Announces" is no end),
# also after a year, the stop glued to the next sentence as pages run lines together ("... 18
# October 2017.Meanwhile, the S&P BSE Sensex was down")
SENTENCE_BREAK = re.compile(
    r"\b(?:[a-z]{3,}|(?:19|20)\d\d)[.!?](?:\s+|(?=[A-Z][a-z]{3,},\s))[A-Z][a-z]+,?\s+[a-z]"
)
# ... as is a long line opening with its date: "December 11, 2006, ImmunoGen, Inc. issued a
# press release to announce ...", "On May 4, 2012 Acme said ..."
MAX_DATED_WORDS = 12
DATED_SENTENCE = re.compile(rf"^(?:On\s+)?{DATE},?\s+\S")
# a feed's stamp opening a line, its day and time: "Wed, 26 Jan, 2022, 08:15 – English – ..."
STAMP_OPENS = re.compile(rf"^(?:{ANY_WEEKDAY},?\s+)?{DATE},?\s+\d{{1,2}}[:.]\d\d\b")


@cache
def _form_ends_line() -> re.Pattern[str]:
    """A legal form that ends a line: "Zeta Bio, Inc."."""
    return re.compile(company_suffix_pattern() + r"\s*$")


@dataclass(frozen=True)
class HeadlineMatch:
    text: str
    span_start: int
    span_end: int


@cache
def noise_lines() -> frozenset[str]:
    return frozenset(row["line"].casefold() for row in load_lexicon("headline_noise"))


@cache
def _noise_prefix() -> re.Pattern[str]:
    """A page label of two words or more glued before a title with no mark between them
    ("Press Release Acme Concludes ..."): one word alone ("News") may open a title."""
    labels = sorted((line for line in noise_lines() if " " in line), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, labels))})\s+(?=[A-Z])", re.IGNORECASE)


@cache
def _dated_noise_prefix() -> re.Pattern[str]:
    """A page label of two words or more and the date after it, before a title."""
    labels = sorted((line for line in noise_lines() if " " in line), key=len, reverse=True)
    return re.compile(
        rf"^(?:{'|'.join(map(re.escape, labels))})\s+{DATE}\s+(?=[A-Z])", re.IGNORECASE
    )


CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")
MIN_SHARED_WORDS = 2  # a headline names what its lead paragraph is about
MAX_CANDIDATES = 40
LEAD_CHARS = 1500
MIN_LEAD_WORDS = 20  # fewer content words after the title lines: judge by the text that follows
# a run of 25 words, across wrapped lines but not a blank line: running text, not chrome
PROSE = re.compile(r"(?:[^\W\d_]+[,;:]?(?:[ \t]+|\n(?![ \t]*\n)[ \t]*)){25}")
# else, a line of 25 words of running text at least, across sentence ends: words with hyphens,
# periods and figures ("top-line", "U.S.", "HER2", "$1.5", "AUD$12", "30.4%"), between quotes or
# parentheses, a ticker's colon ("(ASX:ANP)")
# (atomic: a word is matched once, its way only; read in parts again, a long line that fails
# near its end took exponential time)
# (a template's markup a page left in, brackets doubled: "(NASDAQ: [[ticker:RIGL]]),")
PROSE_WORD = r"(?>[\"“(\[]{0,2}[$€£]?[^\W_][\w'’./,%:$-]*[\"”)\]]{0,3}[,;:.]?)"
PROSE_LINE = re.compile(rf"^[ \t]*(?:{PROSE_WORD}[ \t]+){{24}}{PROSE_WORD}", re.MULTILINE)
# else, a line that is one sentence of 15 words at least, ending in its full stop: a news
# site's short paragraph ("Ian Read Pfizer's president and CEO Ian Read has been elected
# chairman of the company's board of directors.")
PROSE_SENTENCE = re.compile(
    rf"^[ \t]*[A-Z“\"](?:{PROSE_WORD}[ \t]+){{14,}}{PROSE_WORD}"
    r"(?:(?<=[.!?])|(?<=[.!?][\"”]))[ \t]*$",
    re.MULTILINE,
)
# An aggregator's ticker before the headline ("AIOAF - Antisoma receives ...")
TICKER_PREFIX = re.compile(r"^[A-Z]{2,6}\s+[-–—]\s+(?=[A-Z])")
# An SEC form's cover page: no headline ("Report of Foreign Issuer Pursuant to Rule 13a-16");
# nor a filing viewer's title, the filer's ticker then the form and its item ("Zeta Bio (ZETA)
# 8-KOther events")
FORM_CAPTION = re.compile(
    r"\bpursuant to rule\b|\bform (?:8-k|6-k|10-k|10-q|20-f)\b|\bcommission file number\b"
    r"|\bappropriate box\b|\bsecurities exchange act\b"
    r"|\([a-z][a-z.]{0,5}\)\s+(?:8|6|10|20|40)-[kqf]",
    re.IGNORECASE,
)
# Words no title ends with: a line ending with one goes on below ("..., offering superior
# efficacy, and / favorable safety and tolerability profile")
TITLE_VERBS = frozenset(word.casefold() for word in context_words("title_verb"))
OPEN_ENDS = frozenset(
    {
        "and",
        "or",
        "of",
        "for",
        "in",
        "into",
        "with",
        "the",
        "to",
        "a",
        "an",
        "on",
        "at",
        "by",
        "from",
        # (the rest of the prepositions: "Zeta Raises $27 Million Through" over "Private
        # Placement of Common Equity")
        "through",
        "via",
        "over",
        "under",
        "upon",
        "against",
        "after",
        "between",
        "within",
        "without",
        "across",
        "during",
        "toward",
        "towards",
        "versus",
        "its",  # "Acme Announces Agreement to License its\nDelivery Technology to Zeta"
        "their",
        "our",
    }
    # a verb that wants its object: "BioSante Pharmaceuticals Announces\nAdjournment of ..."
    | TITLE_VERBS
)
AMOUNT_ENDS = frozenset({"million", "billion", "mln", "bn", "dollar", "dollars"})
NEAR_WRAP_WIDTH = 0.7  # of a wrapped title's longest line: a last line this long goes on
WRAPPED_MIN_CHARS = 60  # a title line this long that ends without a stop may go on below
SENTENCE_LINE_CHARS = 40  # a line of a sentence in sentence case this long may go on below
# A line that opens with one of these goes on the line above, however short that is:
# "CELLTRAX ANNOUNCES AGREEMENT WITH SCHERING AG\nFOR DEVELOPMENT OF CTX-200 IN ..."
CONTINUATIONS = frozenset(
    [
        "for",
        "of",
        "in",
        "to",
        "with",
        "and",
        "as",
        "from",
        "on",
        "at",
        "by",
        "regarding",
        "concerning",
        "between",
        "into",
        "under",
        "against",
        "via",
    ]
)
# an SEC filing flattened onto one line, its exhibit's labels before the title: "EX-99.1 2
# a4659894ex991.txt ZYMOGENETICS, INC. EXHIBIT 99.1 Exhibit 99.1 ZymoGenetics Receives ..."
EXHIBIT_RUN = re.compile(r"^.*\bexhibit\s+99\.\d+\s+(?=[A-Z])", re.IGNORECASE)


@cache
def _source_run() -> re.Pattern[str]:
    """A portal's header flattened onto the title's line, up to the company it names as the
    source: "Tuesday November 30, 3:30 pm Eastern Time Company Press Release SOURCE: Acme
    Corporation Acme Signs ..." (the name ends in its legal form, or is printed again as the
    title opens)."""
    return re.compile(
        rf"^.*?\bSOURCE:\s+(?:[A-Z][^:\n]{{0,60}}?,?\s{company_suffix_pattern()}\.?\s+"
        r"|(?P<name>(?:[A-Z][\w.&'’-]*\s+){1,5}?)(?=(?P=name)))(?=[A-Z])"
    )


# a page's counters before a title: "165  0 Kommentare Acme Announces ..." (context_words.csv,
# role counter_word)
COUNTER_PREFIX = re.compile(
    rf"^(?:\d[\d,.]*\s+){{0,3}}\d[\d,.]*\s+{words_alternation(context_words('counter_word'))}"
    r"\s+(?=[A-Z])",
    re.IGNORECASE,
)
# a forum's or a site's path to the page, before its subject: "Biotech / Medical : Acme(ACME)"
BREADCRUMB = re.compile(r"^[^/:\n]{2,40}(?:\s[/>]\s[^/:\n]{2,40}){1,4}\s:\s")


LABEL_PREFIX = re.compile(
    r"^(?:press release|news release|news|exhibit 99\.\d)\s*[:\-–—|]\s*"
    r"|^Ann(?:ouncement)?:\s+"  # a board's thread on an announcement: "Ann: Acme Completes ..."
    r"|^Subj(?:ect)?:\s+(?:(?:FWD?|RE|TR|AW|WG)\s*:\s*)*"  # a forwarded mail's subject:
    # "Subj: Acme Grants License ...", "Subject: FW: Acme Announces ..." (a board's "Re: ..."
    # alone is a reply's subject, no title)
    r"|^HEADLINE:\s+"  # a news archive's field: "HEADLINE: Acme Reports Fourth Quarter ..."
    # a wire's note to its desks: "Attention Business Editors: Acme Licenses ...",
    # "Attention Health/Medical Editors:"
    r"|^Attention\s+(?:[\w&/]+\s+){1,3}Editors?\s*[:\-–—/]\s*"
    # a page's date and a bar before the title: "2021-05-04 | Acme Licenses ...", "May 4, 2021
    # – Acme Licenses ..." (never a hyphen alone: a date's own)
    rf"|^(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{DATE})\s*[|–—]\s*(?=[A-Z])"
    # a page's path from its home before the title: "Home > News > Acme Licenses ..."
    r"|^Home\s*[>»›](?:[^>»›\n]{1,40}[>»›])*\s*"
    rf"|^{WIRE_SLUG.pattern}"  # a wire's slug glued to its story's title: "BRIEF-FDA grants"
    # a wire's label of a release sent again: "UPDATED: Acme ...", "CORRECTING and REPLACING
    # Acme ...", "Correction -- Acme ..." (in capitals, or with its mark)
    r"|^(?-i:UPDATED?|CORRECTED|CORRECTION|CORRECTING and REPLACING|REPEAT)"
    r"(?:\s*[:\-–—]+\s*|\s+(?=(?-i:[A-Z])))"
    r"|^(?:Updated?|Corrected|Correction)\s*[:\-–—]+\s*",
    re.I,
)
# a thread's page after its title: "..., page-2"
THREAD_PAGE = re.compile(r",\s*page[- ]\d+$", re.I)


# A poster's words before a title on a message board: "More good news: Merck and Elan Enter ..."
COMMENT = re.compile(r"^(?P<comment>[^:|]{3,40}):\s+(?=[A-Z])")


def _comment_prefix(line: str) -> re.Match[str] | None:
    """A comment of two words or more in sentence case before a colon, when what follows is a
    title in title case; never a company ("Acme Bio: Phase 3 ...")."""
    comment = COMMENT.match(line)
    if comment is None or len(comment["comment"].split()) < 2:
        return None
    if title_like(comment["comment"]) or not title_like(line[comment.end() :]):
        return None
    return comment


@cache
def chrome() -> re.Pattern[str]:
    """A phrase of a page's chrome (headline_chrome.csv): "Message Board", "Posted by"."""
    phrases = (re.escape(row["phrase"]) for row in load_lexicon("headline_chrome"))
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", re.IGNORECASE)


COMPANY_LINE_WORDS = 6


# a photo's caption, a sentence and its credit after a slash or in parentheses: "Researchers
# at Acme carry out a test. / Korea Times file", "Zeta has signed a $3.9 billion contract.
# (Zeta)"
# (never a legal form's stop before a ticker: "... :: Zeta Bio, Inc. (ZETA)")
CAPTION_CREDIT = re.compile(
    r"(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)[.!?]\s+(?:/\s+[A-Z][^/]{0,40}|\([A-Z][^()]{1,40}\))$"
)
# or its credit in parentheses before the pipe that parts it from the article: "Zeta's
# headquarters in Daejeon (Zeta Bio) |", "Workers at a plant in Incheon (Yonhap) |"
CAPTION_PAREN_CREDIT = re.compile(r"\s\([A-Z][^()]{1,40}\)\s*\|$")
# a relative clause after a comma: a sentence's, never a title's, whatever its last word ("Beta
# Securities Corp. led the financing, which included Gamma & Company Ltd.")
RELATIVE_CLAUSE = re.compile(r",[ ](?:which|who|whose|whom)[ ][a-z]")
# a market-data field and its figure: "Share Price: 7.30", "Prev. Close: 7.30", "Change: -0.40
# (-1.12%)"
NUMBER_FIELD = re.compile(r"[A-Z][\w .'’-]{0,30}:\s*[-+]?[\d.,]+%?(?:\s*\([-+]?[\d.,]+%?\))?")
# a field's label in sentence case before its value, as a notice or form prints it ("Head
# office:", "Name of listed company:"); a title's label is capitalised ("Zeta Bio: Positive ...")
FIELD_LABEL = re.compile(
    r"[A-Z][a-z]+(?:[ ][a-z][\w-]*)+:\s"
    # or one word a fact box labels its fields with: "Company: Discovery Laboratories", "Drug:"
    r"|(?:Company|Drug|Product|Indication|Sponsor|Status|Partner|Location|Founded|Website"
    r"|Sector|Industry|Ticker|Date|Molecule):\s"
)


def _field_line(line: str) -> bool:
    """A form's field and its value ("Head office: 1-1, Nihonbashi"), not a company's name
    before its news ("Zeta plc: Announcement of Results")."""
    label = FIELD_LABEL.match(line)
    if label is None or len(line[label.end() :].split()) >= FIELD_VALUE_WORDS:
        return False  # a value this long is a title's clause: "Resignation galore: Acme CEO
        # resigns, CTO departs, 3 board members exit after December woes"
    if AUXILIARIES.intersection(label.group().split()):
        return False  # a clause, no field's name: a title's kicker, "The check has arrived:
        # Pharmaxis gets $9.2 million payday"
    # (a label of one word is a fact box's, "Company:" too; a legal form ends a name's label)
    return " " not in label.group().strip() or not re.search(
        rf"\b{company_suffix_pattern()}:\s$", label.group()
    )


FIELD_VALUE_WORDS = 8  # words at least of a title's clause after a label; a field's are fewer
AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "can"})


TITLE_CONNECTORS = frozenset({"of", "and", "&", "for", "the"})


# a person and, after a comma, the post: a photo's caption over an article ("Jason Springs,
# Endpoint Health CEO"), never a title
PERSON_CAPTION = re.compile(
    r"(?P<given>[A-Z][a-z]+)(?:[ ][A-Z]\.)?(?:[ ][A-Z][\w'’-]+){1,2},[ ]"
    r"(?:[\w&.'’-]+[ ]){0,6}(?P<last>[\w&.-]+)"
)


# or the post first, the person after a comma, the company before a dash: "Zeta Bio (ASX:ZTA)
# - CEO, Jon Pilcher", "CEO, Jon Pilcher"
TITLE_NAME_CAPTION = re.compile(
    r"(?:.*[ ][-–—|][ ])?(?P<title>[A-Za-z&. ]{2,40}),[ ](?P<given>[A-Z][a-z]+)[ ][A-Z][\w'’-]+"
)


def _person_caption(line: str) -> bool:
    caption = PERSON_CAPTION.fullmatch(line)
    if caption is not None:
        return (
            caption["given"].casefold() in given_names()
            and caption["last"].casefold() in title_words()[0]
        )
    caption = TITLE_NAME_CAPTION.fullmatch(line)
    return (
        caption is not None
        and caption["given"].casefold() in given_names()
        and _title_line(caption["title"])
    )


def _title_line(line: str) -> bool:
    """A person's title on a line of its own, as a contact block prints it: "General Manager,
    Corporate Communications Dept." (title_words.csv), no headline."""
    printed = re.findall(r"[A-Za-z&]+", line)
    return only_title_words([w for w in printed if w.lower() not in TITLE_CONNECTORS])


def _company_line(line: str) -> bool:
    """A letterhead's company name: a few words ending in a legal form ("Zeta Bio, Inc."), not
    what is done to one ("Proposed Acquisition of Lyramid Pty Limited", "Investment in Motif
    Bio Plc": a title)."""
    return (
        len(line.split()) <= COMPANY_LINE_WORDS
        and _form_ends_line().search(line) is not None
        and not deal_words_end(line)
        # a title's preposition joins a deal's parties, never a name's words: "Zeta Licenses
        # ZT-12 to Omega AG", "Zeta Merges with Omega Inc."
        and TITLE_PREPOSITION.search(line) is None
    )


# a Nordic company's own mark of a public company after its name: "Biovica AB (publ)"
PUBLIC_MARK = re.compile(r"\s*\((?i:publ)\.?\)")
# a company's listing in brackets ending its line: " (ASX:RVP)", " (NASDAQ: ZETA; TSX: ZT)", or
# its mark of a public company: "Orexa AB (publ)"
LISTING_ENDS = re.compile(
    rf"\s*\((?:[A-Za-z][A-Za-z .]{{1,30}}:\s?[A-Z0-9.]{{1,10}}[;, ]*)+\)$|{PUBLIC_MARK.pattern}$"
)
TITLE_PREPOSITION = re.compile(r" (?:to|with|from|by|into|on) ")


CAPS_TITLE_WORDS = 4  # a title in capitals this long may go on in capitals on the line below


def _caps_goes_on(line: str, following: str) -> bool:
    """A title set in capitals and wrapped: "PROTEIN DESIGN LABS ANNOUNCES SECOND QUARTER 2004"
    over "FINANCIAL RESULTS", or its subject over its verb ("PROLOR" over "BIOTECH ANNOUNCES
    ...")."""
    return (
        line.isupper()
        and following.isupper()
        and (
            len(line.split()) >= CAPS_TITLE_WORDS
            # a company's name over its verb: "PROLOR" over "BIOTECH ANNOUNCES NEW LISTING ..."
            or re.search(rf"\b{ANNOUNCING_VERB}", following, re.IGNORECASE) is not None
        )
    )


TITLE_WITH_STOP_WORDS = 8  # a line in title case this long may end in a stop and be a title


def _capitalised_title(line: str) -> bool:
    """A long line with every word but function words capitalised, a stop after it, as some
    pages print a title: "Acme Announces the Formation of a Scientific Advisory Board with
    Mandate to Assist in the Development of Its Products." (a sentence leaves words in lower
    case). Read so only on the line just above the lead's, never as a list's point."""
    words = _title_case_words(line)
    return len(words) >= TITLE_WITH_STOP_WORDS and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=256)  # asked again for each name on a line (a paragraph is one line)
def title_like(line: str) -> bool:
    """Most words capitalised, as in a headline set in title case."""
    words = _title_case_words(line)
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _title_case_words(line: str) -> list[str]:
    """The words a title capitalises: those opening with a letter, no function word."""
    return [w for w in line.split() if w[:1].isalpha() and w.casefold() not in FUNCTION_WORDS]


# a word's inflection: a title's present "resigns" is its lead's past "has resigned"
INFLECTION = re.compile(r"(?:ing|ed|es|s|er|ers)$")
STEM_CHARS = 4  # a stem keeps at least this many letters


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that name something, each by its stem ("resigns", "resigned":
    "resign"); a period's abbreviation by its words ("Q3": "third", "quarter")."""
    stems = {_content_stem(word) for word in set(CONTENT_WORD.findall(text))}
    for period in PERIOD.finditer(text):
        unit, number = (period[1], period[2]) if period[1] else (period[4], period[3])
        stems |= {_content_stem(ORDINALS[int(number) - 1]), _content_stem(PERIOD_UNITS[unit])}
    stems.discard("")
    return stems


# a reporting period's abbreviation ("Q3 2024 financial results", "1H 2023"): the words a lead
# prints it in ("the third quarter of 2024")
PERIOD = re.compile(r"\b(?:([QH])([1-4])|([1-4])([QH]))\b")
PERIOD_UNITS = {"Q": "quarter", "H": "half"}
ORDINALS = ("first", "second", "third", "fourth")


@lru_cache(maxsize=16384)  # a release's words recur, and so do a worker's releases
def _content_stem(word: str) -> str:
    """A printed word's stem, or "" for a function word."""
    word = POSSESSIVE.sub("", word.casefold()).strip("'’-")  # "Fabre-Kramer’s": its owner
    return "" if word in FUNCTION_WORDS else _stem(word)


@lru_cache(maxsize=16384)  # a release's words recur, and so do a worker's releases
def _stem(word: str) -> str:
    stem = INFLECTION.sub("", word)
    return stem if len(stem) >= STEM_CHARS else word


def _double_spaced(lines: list[str]) -> bool:
    """Whether a page's header prints a blank line after every line (an SEC exhibit's HTML
    flattened to text): there, a blank line parts no paragraphs."""
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    spaced = [  # one blank line after it, no more
        i for i in filled if not lines[i + 1].strip() and "".join(lines[i + 2 : i + 3]).strip()
    ]
    return len(filled) >= DOUBLE_SPACED_MIN_LINES and len(spaced) >= DOUBLE_SPACED_SHARE * len(
        filled
    )


DOUBLE_SPACED_MIN_LINES = 8
DOUBLE_SPACED_SHARE = 0.8
MAX_TITLE_LINES = 3  # "Neose" / "and BioGeneriX Announce Research, ..." / "Agreement for ..."


def _subject_line(line: str) -> bool:
    """A company's name alone: a few capitalised words ending in a trade word or a legal form
    ("Navidea Biopharmaceuticals", "Zeta Bio, Inc.")."""
    words = line.split()
    return (
        0 < len(words) <= COMPANY_LINE_WORDS
        and all(word[:1].isupper() for word in words)
        and (words[-1] in company_trade_words() or _form_ends_line().search(line) is not None)
    )


def _opens_with_verb(line: str) -> bool:
    """A line opening with a heading's verb in the third person, in capitals too ("ANNOUNCES")."""
    word = line.split(" ", 1)[0]
    return heading_verb(word.capitalize() if word.isupper() and len(word) > 1 else word)


def heading_verb(word: str) -> bool:
    """A heading's verb in the third person (name_openers.csv: "Completes", "Announces",
    "Joins"), never a function word ("This", "Those")."""
    return word in name_openers() and word.endswith("s") and word.casefold() not in FUNCTION_WORDS


# a line opening with a generic name's gloss of the brand ending the line above: "(zetamab for
# injection) IN THE UNITED STATES" goes on "ZETA REGAINS RIGHTS TO ZETAMAB®"; never a title
GLOSS_LINE = re.compile(r"\([a-z][^()\n]{0,60}\)[ \t]+\S")
BRAND_MARKS = "®™"


@cache
def _two_word_money_cues() -> frozenset[str]:
    """The names of a kind of money in two words: "milestone payment", "license fee"."""
    return frozenset(
        row["cue"].casefold() for row in load_lexicon("money_kinds") if row["cue"].count(" ") == 1
    )


COMMA_TITLE_WORDS = 5  # a salutation's "Dear Sir or Madam," is shorter
# a title's verb of appointing, whose post may wrap to the next line
APPOINTS_IN_TITLE = re.compile(
    r"\b(?:Names|Appoints|Promotes|Hires|Elects|Welcomes|Taps|Adds)\b|\bAppointment\s+of\b"
)


def _goes_on(
    title: str,
    following: str,
    after_following: str,
    last: str = "",
    width: int = 0,
    lead_words: Callable[[], str] = str,
) -> bool:
    """Whether a title-like line ``title`` goes on in the line ``following`` it (the line after
    that: ``after_following``). Where the title runs over lines already, ``last`` is its last
    line and ``width`` its longest: a last line much shorter than the longest ended it ("...
    for Cognitive" / "Impairment in Coronary Artery Bypass Graft Patients" ends before its
    subheadline "Results Suggest ...")."""
    brand = title.rstrip(BRAND_MARKS).rsplit(" ", 1)[-1]
    if GLOSS_LINE.match(following) and brand.isalpha() and brand[:1].isupper():
        return True  # "ZETA REGAINS RIGHTS TO ZETAMAB®" over "(zetamab injection) IN EUROPE"
    # "..., and"; or a comma, no title's end, before a word in lower case: "... of TAK-861, an
    # Oral Orexin Agonist," over "in Narcolepsy Type 1 in First Half of Fiscal Year 2024" (never
    # a letter's "Dear Madam," over its title in capitals)
    comma_end = title.endswith(",") and following[:1].islower()
    # or a title of five words or more in title case over a line in title case: "Zeta and Omega
    # Reach Agreement on the Development," over "Manufacture and Marketing of ZT-101"
    comma_end = comma_end or (
        title.endswith(",")
        and len(title.split()) >= COMMA_TITLE_WORDS
        and title_like(title.rstrip(","))
        and title_like(following)
    )
    open_end = title.rsplit(" ", 1)[-1].casefold() in OPEN_ENDS or comma_end
    continues = following.split(" ", 1)[0].casefold() in CONTINUATIONS
    # a company alone on its line over the verb it is the subject of: "Navidea
    # Biopharmaceuticals" over "Completes License for"
    subject = _subject_line(title) and _opens_with_verb(following)
    # a company's name broken after its first word: "LegoChem" over "Biosciences and Iksuda
    # enter Licensing Agreement"
    name_broken = (
        last in ("", title)
        and " " not in title
        and title[:1].isupper()
        and following.split(" ", 1)[0] in company_trade_words()
    )
    # an amount broken from the noun it counts: "Zeta Receives $5 Million" over "Milestone
    # From Omega" (a line in title case below; a deck in sentence case ends the title)
    amount_broken = (
        title.rsplit(" ", 1)[-1].casefold() in AMOUNT_ENDS
        and title_like(following)
        and not _opens_with_verb(following)
    )
    # a payment's name broken between its words: "... Receive $10 Million Milestone" over
    # "Payment upon Dosing ..." (a cue of two words of money_kinds.csv)
    payment_broken = (
        title_like(following)
        and f"{title.rsplit(' ', 1)[-1]} {following.split(' ', 1)[0]}".casefold()
        in _two_word_money_cues()
    )
    # a phrase of the lead broken at the line's end: "... Results from Phase 2" over "Trial of
    # Zetamab in Asthma" where the lead says "its Phase 2 trial of zetamab" (the title's last
    # word and the next line's first two, in a row; ``lead_words``: the lead's words, spaced,
    # read only when asked)
    # an appointment's title broken before the post: "Lambdagen Names Susan Park" over "Chief
    # Commercial Officer" (a line of title words alone)
    post_broken = APPOINTS_IN_TITLE.search(title) is not None and _title_line(following)
    continues = continues or subject or name_broken or amount_broken or payment_broken
    continues = continues or post_broken
    if not continues:
        broken = _title_words(title)[-1:] + _title_words(following)[:2]
        # (never a date's line over the title: "November 10, 2008" over "Zeta, Inc. Appoints")
        continues = (
            len(broken) == 3
            and f" {' '.join(broken)} " in lead_words()
            and not DATE_OR_TIME.search(title)
        )
    if last and GLOSS_LINE.match(last):
        wrapped = False  # after a gloss's line a title goes on only as a continuation does
    elif last and last != title:
        wrapped = len(last) >= NEAR_WRAP_WIDTH * width
    else:
        wrapped = len(title) >= WRAPPED_MIN_CHARS
    caps = _caps_goes_on(title, following)
    return bool(
        (wrapped or continues or open_end or caps)
        # "Zeta Bio, Inc." over "Receives ..." too
        and (title[-1:].isalnum() or subject or comma_end)
        # an address, e-mail or web line is no title's first line ("... www.neose.com")
        and not any(mark in title for mark in ("@", "://", "www."))
        # a line that opens with a continuation goes on the line above in lower case too:
        # "Neose" over "and BioGeneriX Announce Research, ..."
        # (a title in capitals goes on over a line in capitals that opens with a figure: "...
        # REPORTS SECOND QUARTER" over "2004 FINANCIAL RESULTS")
        and (
            following[:1].isupper()
            or ((open_end or continues) and following[:1].isalpha())
            or (caps and following[:1].isdigit())
        )
        and (title_like(following) or open_end or continues or caps)
        # a date or time line is no title; a line with figures goes on only as a
        # continuation ("FOR DEVELOPMENT OF AB-200 ...") or after a word that wants more
        and (open_end or not DATE_OR_TIME.search(following))
        # a line with its own subject and verb under a title with its verb is a title of its
        # own: a subheadline ("BioSante Pharmaceuticals Announces" / "Adjournment of ..." over
        # "BioSante Announces Approval of ...")
        and (
            continues
            or not re.search(rf"\b{ANNOUNCING_VERB}", following, re.IGNORECASE)
            or not re.search(rf"\b{ANNOUNCING_VERB}", title, re.IGNORECASE)
        )
        and not COMMENT.match(following)  # a line of its own: "DGAP-Ad-hoc: Zeta AG / ..."
        # a label that opens what follows it: "In This Article:" under the title
        and not following.endswith(":")
        # (a title in capitals goes on in capitals: "... REPORTS FIRST" over "QUARTER 2010
        # FINANCIAL RESULTS")
        # (a drug's code is no figure: "... Announce Global Licensing" over "Agreement for
        # HB-1120")
        and (
            continues
            or open_end
            or caps
            or not any(ch.isdigit() for ch in DRUG_CODE.sub("", following))
        )
        # a label a page prints twice ("Health & Biotech" under the title, twice) is chrome
        and after_following != following
        and following.casefold() not in noise_lines()  # "Company Announcement" under it
        and not chrome().search(following)  # "Portfolio Pulse from Benzinga Newsdesk"
        # a wire's desk line on its own line: "Business Editors/Health/Medical Writers"
        and not DESK_LINE.match(" " + following)
        # a byline: an author's name alone under the title ("Heather Cartwright")
        and (open_end or not a_name_alone(following))
        # ... or labelled: "By Jane Doe", "Author: Jane Doe" under a title in sentence case
        and not (
            (label := BYLINE_LABEL.match(following)) and a_name_alone(following[label.end() :])
        )
        # the title printed again, a gloss in parentheses added: "... DMD partner Sarepta
        # wins ..." over "... DMD (Duchenne Muscular Dystrophy )partner Sarepta wins ..."
        and _title_words(following) != _title_words(title)
    )


TITLE_WORD = re.compile(r"\w+")


def _title_words(line: str) -> list[str]:
    """A line's words without what it says in parentheses, case-folded."""
    return TITLE_WORD.findall(PARENTHESIS.sub(" ", line).casefold())


# a page's line that prints the title and then the dateline after a double dash
GLUED_DATELINE = re.compile(rf"\s+(?:--|—)\s+(?={CAPS_DATELINE})")


# a site's label of the company before a spaced colon, the title opening with its name again
COMPANY_LABEL = re.compile(r"^(?P<label>[^:|\n]{2,40}?)[ \t]:[ \t]+(?P<first>[A-Z][\w&.'’-]*)")
LABEL_REPEATED = re.compile(r"^(?P<label>[A-Z][^:|\n]{1,40}?):[ \t]+(?P<title>(?P=label)[ \t]+\S)")


# a contact's label opening a line: "INQUIRIES:", "Media Contact:", "Investor Relations:"
CONTACT_WORDS = r"(?:Contacts?|Inquiries|Enquiries|Queries|Relations)"
CONTACT_LINE = re.compile(
    r"(?:(?:Media|Investors?|Press|Company|Public|Corporate)\s+(?:and\s+\w+\s+)?)?"
    rf"{CONTACT_WORDS}\s*:",
    re.IGNORECASE,
)


def _after_contacts(line: str) -> int:
    """Where a title starts after a contact block flattened onto its line, names and phone
    numbers first: "CONTACTS: Ann Lee Acme, Inc. (408) 774-0330 ACME ANNOUNCES ..." (0: none)."""
    phones = list(PHONE.finditer(line))
    if not phones:
        return 0
    rest = line[phones[-1].end() :]
    if len(rest.split()) < MIN_WORDS:
        return 0  # the phone number ends the line: a contact's line, no title after it
    return len(line) - len(rest.lstrip())


# a trade paper's byline on its own line under the title, a name alone or before a bar, a
# comma or a dash: "by John Carroll | Jan 5, 2022 9:04am", "By Jane Roe, Reuters", "by Ann Lee"
BYLINE_UNDER = re.compile(r"[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*(?:[|,·•–—-]|$)")


def _candidates(text: str, limit: int, begin: int = 0) -> list[HeadlineMatch]:
    """Title-like lines from ``begin`` to ``limit``: no labels, dates, letterheads or form
    captions."""
    found: list[HeadlineMatch] = []
    offset = 0
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    header_lines = bisect.bisect_right(starts, limit)
    step = 2 if _double_spaced(lines[:header_lines]) else 1
    skip_through = -1  # the last line of a title joined over lines
    blocks = chrome_blocks(text, limit)  # a share box's table and caption: no title
    lead_words = cache(lambda: f" {' '.join(_title_words(text[limit : limit + LEAD_CHARS]))} ")
    for number, line in enumerate(lines):
        if offset >= limit or len(found) >= MAX_CANDIDATES:
            break
        line_start = offset
        offset += len(line) + 1
        if line_start < begin or number <= skip_through:
            continue
        if any(start <= line_start < end for start, end in blocks):
            continue
        if line_start + len(line) > limit:
            line = line[: limit - line_start]  # a headline glued to its dateline ends there
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        stripped = line.strip()
        start = line_start + (len(line) - len(line.lstrip()))
        if len(following) >= MIN_TITLE_CHARS and following.casefold() in stripped.casefold()[1:]:
            continue  # a page's title with the headline in it, printed again on the next line
        if DEFINED_TERMS_CLOSE.search(stripped):
            continue  # 'Zeta Pharma Ltd ("Zeta" or "the Company")': the company's defined terms
        if CONTACT_LINE.match(stripped) and not _after_contacts(stripped):
            continue  # a letterhead's contact: "INQUIRIES: Kinya Morimoto, Managing Director,
            # Corporate Communications" over the title, never a title's first line
        last = number  # a headline wrapped over lines (and a blank line after each, if so spaced)
        # a title in capitals a flattened page breaks into short lines may take one more
        while last - number < (MAX_TITLE_LINES - (0 if stripped.isupper() else 1)) * step:
            after = last + 1
            if (
                after < len(lines)
                and not lines[after].strip()
                and (step > 1 or stripped.rsplit(" ", 1)[-1].casefold() in TITLE_VERBS)
            ):
                after += 1  # the blank line a double-spaced header prints after each line, or
                # one after a verb that wants its object ("ASTRAZENECA AND Zeta ANNOUNCE" over
                # a blank line over "GLOBAL COLLABORATION FOR ...")
            if after >= len(lines) or starts[after + 1] - 1 > limit:
                break
            after_following = lines[after + 1].strip() if after + 1 < len(lines) else ""
            width = max(len(line.strip()) for line in lines[number : last + 1])
            if not _goes_on(
                stripped,
                lines[after].strip(),
                after_following,
                lines[last].strip(),
                width,
                lead_words,
            ):
                break
            joined = f"{stripped} {lines[after].strip()}"
            if len(joined) > MAX_CHARS or len(joined.split()) > MAX_TITLE_CASE_WORDS:
                break  # no title goes on into a line that makes it prose: "... in Taiwan" over
                # "Kissei Pharmaceutical Co., Ltd. (Head Office: ...) announced that ..."
            stripped = joined
            last = after
        skip_through = last
        joined_into_previous = last > number
        # a sentence's line that runs on into a line in lower case or a short line that ends it:
        # "Amsterdam-based uniQure said it would sell 5.4" over "million shares at ...", "...
        # by 1600" over "GMT."
        runs_on = (
            not joined_into_previous
            and (
                following[:1].islower()
                or (following.endswith((".", "!", "?")) and len(following) <= 12)
            )
            and len(stripped) >= SENTENCE_LINE_CHARS
            and stripped[-1:] not in ".!?:\"”'’)"
            and not title_like(stripped)
            # (a byline under a title in sentence case: "by John Carroll | Jan 5, 2022")
            and not BYLINE_UNDER.match(following)
        )
        stamp = _company_day().match(stripped)  # "Ardana PLC 29 June 2006 Ardana: Preliminary"
        if stamp:
            start += stamp.end()
            stripped = stripped[stamp.end() :]
        # "date 2019-11-20 DGAP-Adhoc: Zeta AG: ...", "29-Dec-2020: Zeta Receives ..."
        dated = LABELLED_DATE.match(stripped) or DATE_BEFORE_TITLE.match(stripped)
        if dated:
            start += dated.end()
            stripped = stripped[dated.end() :]
        # a wire's label and the company before a title, the feed's own title line: what
        # follows is a title, in sentence case too ("DGAP-Adhoc: Zeta AG: Zeta AG enters into
        # exclusive license agreement with Omega Co., Ltd.")
        wire_label = wire_label_before(stripped)
        if wire_label:
            start += wire_label.end()
            stripped = stripped[wire_label.end() :]
        named = COMPANY_LABEL.match(stripped)  # "H Lundbeck : Lundbeck divests ...": a site's
        if named and named["label"].split()[-1] == named["first"]:  # label, the company again
            start += named.start("first")
            stripped = stripped[named.start("first") :]
        # a feed's label of the company, the company's own name again after it: "Probiodrug
        # AG: Probiodrug AG to hold its Ordinary General Meeting ..."
        repeated = LABEL_REPEATED.match(stripped)
        if repeated:
            start += repeated.start("title")
            stripped = stripped[repeated.start("title") :]
        # "... Manufacturers 09:27 GMT-04:00 ...", "... ASSIST-1 Trial Sunday June 3, 7:00 pm ET"
        stamped = (
            TIME_THEN_DATE.search(stripped)
            or DATE_THEN_TIME.search(stripped)
            or MAIL_DATE_FIELD.search(stripped)
            or WIRE_DAY_AT.search(stripped)
        )
        if stamped:
            stripped = stripped[: stamped.start()]
        quoted = QUOTE_MARKS.match(stripped)  # a board post's quote marks: "<<Telik Reports ..."
        if quoted:
            start += quoted.end()
            stripped = stripped[quoted.end() :]
        new_window = NEW_WINDOW.search(stripped)  # "... Meeting Results Opens in a new Window"
        if new_window:
            stripped = stripped[: new_window.start()]
        byline = BYLINE.search(stripped)  # "... CV Therapeutics Article By HIROYUKI KACHI"
        if byline:
            stripped = stripped[: byline.start()]
        desk = DESK_LINE.search(stripped)  # "... Results Health/Medical Writers, Business Editors"
        if desk:
            stripped = stripped[: desk.start()]
        wire = WIRE_CODE.match(stripped)  # "(BSNS WIRE) Acme Reports ..."
        if wire:
            start += wire.end()
            stripped = stripped[wire.end() :]
        again = _printed_again(stripped)  # a feed's short title, then the title in full
        if again:
            start += again
            stripped = stripped[again:]
        glued = _line_above_glued(stripped, lines[max(0, number - GLUED_LINES_ABOVE) : number])
        if glued:  # a post's subject line, or the company, glued before the title printed above
            start += glued
            stripped = stripped[glued:]
        exhibit = EXHIBIT_RUN.match(stripped)  # "EX-99.1 2 a46.txt ACME, INC. EXHIBIT 99.1 ..."
        exhibit = exhibit or _source_run().match(stripped)  # "... SOURCE: Acme Corp. Acme ..."
        if exhibit:
            start += exhibit.end()
            stripped = stripped[exhibit.end() :]
        wire_labelled = LABEL_PREFIX.match(stripped)
        label = (
            wire_labelled
            or COUNTER_PREFIX.match(stripped)
            or _noise_prefix().match(stripped)
            or TICKER_PREFIX.match(stripped)
            or _comment_prefix(stripped)
        )
        if label:
            start += label.end()
            stripped = stripped[label.end() :]
        contact = _after_contacts(stripped)  # "CONTACTS: ... (415) 362-5018 ACME ANNOUNCES ..."
        if contact:
            start += contact
            stripped = stripped[contact:]
            label = _noise_prefix().match(stripped)  # "... 610-738-6493 FOR IMMEDIATE RELEASE
            if label:  # ACME RETIRES ...": the label after the contact
                start += label.end()
                stripped = stripped[label.end() :]
        page = THREAD_PAGE.search(stripped)
        if page:
            stripped = stripped[: page.start()]
        glued_dateline = GLUED_DATELINE.search(stripped)
        if glued_dateline:  # "Acme to Dual List on ... -- CARMIEL, Israel, Aug. 30 /PRNewswire/ --"
            stripped = stripped[: glued_dateline.start()]
        run = _caps_run(stripped)
        if run:  # "... For Immediate Release 15 APRIL 2008 OXFORD BIOMEDICA ANNOUNCES ... - ..."
            start += run[0]
            stripped = stripped[run[0] : run[0] + run[1]]
        else:  # a label and its date, no one run of capitals after them: "For Immediate
            label = _dated_noise_prefix().match(stripped)  # release 6 January 2003 ZETA PLC -
            if label:  # AGREEMENT WITH OMEGA PHARMA Oxford, United Kingdom- 6 January 2003."
                start += label.end()
                stripped = stripped[label.end() :]
        words = len(stripped.split())
        above = lines[number - 1].strip() if number > 0 else ""
        # a line in lower case under a line that runs on: the rest of a wrapped sentence
        continues_above = above[-1:] not in ".!?:" and (
            len(above) >= WRAPPED_MIN_CHARS
            or (len(above) >= SENTENCE_LINE_CHARS and not title_like(above))
        )
        if (
            words < MIN_WORDS
            or len(stripped) > MAX_CHARS
            # a sentence of the lead, not a title, unless every word of it is capitalised
            or words > (MAX_TITLE_CASE_WORDS if _capitalised_title(stripped) else MAX_WORDS)
            or (DATED_SENTENCE.match(stripped) and words > MAX_DATED_WORDS)
            or STAMP_OPENS.match(stripped)
            # a wrapped sentence's next line: "the Company's compound for ..." (a company
            # may start in lower case, "bluebird bio Announces ...", a function word not)
            or stripped.split(" ", 1)[0] in FUNCTION_WORDS
            or (stripped[:1].islower() and continues_above)
            or runs_on
            or SENTENCE_BREAK.search(stripped)  # "... multiple myeloma. To qualify, ..."
            # a dated dash inside: a post's run-on line, "Acme Inc. and Beta Corp. FEBRUARY 7,
            # 2000 -- Announce ...", no title as printed
            or INNER_DATED_DASH.search(stripped)
            or FRAMED_BY_DASHES.fullmatch(stripped)  # "— Company Advances HspE7 —": a subhead
            or LIST_POINT.match(stripped)  # "- In addition, Acme will share ...": a list's point
            or BYLINE_LINE.fullmatch(stripped)
            # a line cut short: "... VistaGen Therapeutics Inc. ("; or one that opens what
            # follows: "..., to be held on:"
            or stripped.endswith(("(", "[", ":"))
            # or one that closes a parenthesis the line above opened: "“Corporation”) is
            # pleased to announce" under "Zeta Bio-Pharma Inc. (“Zeta” or" over "the"
            or line.count(")") > line.count("(")
            # a sentence of the text: no title ends with a full stop, nor does one in sentence
            # case with an abbreviation's ("... acquisition of ArQule Inc.")
            or (
                ends_with_stop(stripped.rstrip(" '\"’”"))
                and not (
                    _capitalised_title(stripped)
                    and not LIST_POINT.match(line.lstrip())
                    and "\n" not in text[line_start + len(line) + 1 : limit]
                )
            )
            or (stripped.endswith(".") and not title_like(stripped) and not wire_label)
            or REFERENCE_NUMBER.sub("", stripped).casefold() in noise_lines()  # "... 8/2019"
            # "Sydney NSW 2000", "Level 4, 20 Bridge Street"; never a title's code with its verb
            # ("Helixon Begins Dosing of HLX 0611")
            or (
                ADDRESS_LINE.search(stripped)
                and not any(heading_verb(word.capitalize()) for word in stripped.split())
                # nor a title in sentence case naming a meeting by its year ("Zeta to present
                # new data for ZB-18 at ASH 2022"): an address has hardly a word in lower case
                and sum(word.islower() for word in stripped.split()) < PROSE_LOWER_WORDS
            )
            or DATE_ONLY_LINE.match(stripped)
            or PERIOD_HEADING.fullmatch(stripped)  # a report's section: "First quarter 2023"
            or _letterhead().search(stripped)
            or (  # a form's labels, never a title with its verb: "ACME REPORTS 2003 RESULTS"
                stripped.isupper()
                and len(stripped.split()) <= 5
                and not run
                and not re.search(ANNOUNCING_VERB, stripped, re.IGNORECASE)
                # nor a title's verb between its subject and object: "ZETA SIGNS RESEARCH DEAL"
                and not any(heading_verb(word.capitalize()) for word in stripped.split()[1:-1])
                # nor one wrapped in capitals: "ARRAY BIOPHARMA ACHIEVES RESEARCH" over
                # "MILESTONE IN" over "GENENTECH COLLABORATION"
                and not (
                    number + 1 < len(lines) and _caps_goes_on(stripped, lines[number + 1].strip())
                )
            )
            or not any(ch.isalpha() for ch in stripped)
            or (stripped.endswith("|") and " | " in stripped)  # "99.1 | Interim Report ... |"
            # a line of defined terms under the company: '("Zeta" or the "Company")'
            or (stripped.startswith("(") and stripped.endswith(")"))
            or GLOSS_LINE.match(stripped)  # "(zetamab for injection) IN EUROPE": a title's end
            or stripped.startswith("/s/")  # an SEC filing's signature: "/s/ Ivan M. Moller"
            # a contact's line: "Ann Roe, Chief Financial Officer, 781-795-4274 or ann@acme.com."
            or EMAIL.search(stripped)
            or _navigation(stripped)  # "Home | Markets | Biotech | ..."
            or FORM_CAPTION.search(stripped)
            or chrome().search(stripped)
            or BREADCRUMB.match(stripped)
            # "Subscribe to our newsletter", "Next article ...", a label read past above: "Also
            # Read: Zeta Stock Price Forecast"
            or chrome_line(stripped)
            # (never a wire's label of a release sent again: "UPDATED: Zeta Announces ..." is
            # no page's "Updated: March 3, 2020")
            or (chrome_line(line.strip()) and not wire_labelled)
            # a title may end in a legal form (a table's cell too: "Bionomics Limited |")
            # (its listing after it too: "Ravensbourne Pharma Limited (ASX:RVP)")
            or (_company_line(LISTING_ENDS.sub("", stripped.rstrip(" \t|"))) and not glued)
            # a table's row or cell, its bar opening the line: "|University of Alabama in
            # Huntsville" under "|Contacts:" (a title never opens with one)
            or stripped.startswith("|")
            or _title_line(stripped.split(":", 1)[0])  # "Chairman & CEO: Ken Mori" too
            or _person_caption(stripped)  # a photo's caption: "Ann Roe, Acme Health CEO"
            or _field_line(stripped)  # a form's field: "Head office: 1-1, Nihonbashi"
            or NUMBER_FIELD.fullmatch(stripped)  # a quote's field: "Share Price: 7.30"
            or QUOTE_LINE.match(stripped)  # a board's quote: "DXB 1.49% 33.0¢ dimerix limited"
            or CAPTION_CREDIT.search(stripped.rstrip(" |"))  # "... the body. / Korea Times file"
            or CAPTION_PAREN_CREDIT.search(stripped)  # "Zeta's headquarters (Zeta Bio) |"
            or RELATIVE_CLAUSE.search(stripped)  # "Dundee led the financing, which included ..."
            or SIGNED.search(stripped)  # a form's signature: "By: /s/ Jane Roe"
        ):
            continue
        found.append(HeadlineMatch(stripped, start, start + len(stripped)))
    return found


def _navigation(line: str) -> bool:
    """Whether ``line`` is a menu's items or a site's path between bars, slashes or arrows
    ("Stocks (A to Z) / Stocks N / Acme Inc. (ACME)"), never a page's title with its kind and
    site after it ("Zeta Signs License Agreement With Omega | News Release | Zeta Bio")."""
    items = MENU_BAR.split(line)
    if len(items) - 1 < NAVIGATION_PIPES:
        return False
    return not (
        len(items[0].split()) >= MIN_PAGE_TITLE_WORDS
        and all(len(item.split()) <= MAX_SITE_WORDS for item in items[1:])
    )


MIN_PAGE_TITLE_WORDS = 6
MENU_BAR = re.compile(r"[ ][|/>»][ ]")


# a report's section heading naming its period alone: "First quarter 2023", "Second quarter
# (April - June 2023)", "Q3 2022", "Full year 2021"
PERIOD_HEADING = re.compile(
    r"(?:(?:first|second|third|fourth)[ ]quarter|Q[1-4]|(?:first|second)[ ]half(?:[- ]year)?|H[12]"
    r"|full[- ]year|the[ ](?:quarter|period))(?:[ ](?:of[ ])?(?:19|20)\d\d)?"
    r"(?:[ ]?\([^()]{3,40}\))?",
    re.IGNORECASE,
)


# a form's signature line: "By: /s/ Jane Roe", "/s/ Jane Roe"
SIGNED = re.compile(r"(?:^|[ \t])/s/[ \t]|^By:[ \t]")
# a share's quote opening a line: its symbol, its move and its price ("DXB 1.49% 33.0¢
# dimerix limited", "ACME -2.3% $4.10")
QUOTE_LINE = re.compile(r"[A-Z0-9]{2,6}\s+[+\-−]?\d[\d.,]*%\s+[$€£]?\d[\d.,]*\s?[¢p$]?(?:\s|$)")


# a reporter's byline on a line of its own: "By Colin Kellaher", "By: Kristin Brooks", "Author:
# Luke Timmerman" (its label alone: what a title's next line may open with)
BYLINE_LABEL = re.compile(r"(?:[Bb]y|Author|Written\s+by|Reporting\s+by)\s*:?\s+")
BYLINE_LINE = re.compile(BYLINE_LABEL.pattern + r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# a reporter's byline glued to the end of a title, the name in capitals
BYLINE = re.compile(r"\s+(?:Article\s+)?By\s+(?:[A-Z][A-Z.'’-]+\s+){1,3}[A-Z][A-Z'’-]+$")
# A wire's desk line glued after the title: "... Results Health/Medical Writers, Business Editors"
DESK = words_alternation(context_words("wire_desk"))
DESK_GROUP = rf"{DESK}(?:/{DESK})*\s+(?:Editors|Writers)"  # "Health/Medical Writers"
# "Business Editors/Health/Medical Writers", "Health/Medical Writers, Business Editors"
DESK_LINE = re.compile(rf"\s+{DESK_GROUP}(?:(?:,?\s+|/){DESK_GROUP})*,?$")
# A wire's code in parentheses before the title: "(BSNS WIRE) Acme Reports ...", "(PRN) ...";
# a feed's run of them, its state and company slug and ticker too: "( BW)(CA-LIGAND-
# PHARMACEUTICALS)(LGND) Ligand Receives ..."
WIRE_CODE = re.compile(r"(?:\(\s?(?:[A-Z]{2,}(?:-[A-Z]+)*\s?){1,3}\)){1,4}\s+")
TITLE_OPENING_WORDS = 4  # words of a title's opening that a feed prints again in full


def _printed_again(title: str) -> int:
    """Where a title printed twice on one line starts again, the second time in full ("Acme
    Reports 1998 Fourth Quarter and Year-End Acme Reports 1998 Fourth Quarter and Year-End
    Financial Results", or glued on: "... for ZT-101Zeta Bio Announces ..."); 0 when it is
    printed once."""
    opening = " ".join(title.split(" ")[:TITLE_OPENING_WORDS])
    if len(opening) < MIN_TITLE_CHARS:
        return 0
    again = title.find(opening, len(opening))  # after a space, or glued on: "...ZT-101Zeta Bio"
    if again == -1 or not title[again:].startswith(title[:again].strip()):
        return 0
    return again


# a date, a time and its zone closing a title's line: "... Trial Sunday June 3, 7:00 pm ET"
# a forwarded mail's header fields after its subject: "... Date: 97-07-31 21:03:49 EDT From: AOL
# News BCC: ..."
MAIL_DATE_FIELD = re.compile(r"\s+Date:\s+[\w./-]+\s+\d{1,2}:\d\d(?::\d\d)?\b.*$")
DATE_THEN_TIME = re.compile(rf"[ \t]+{DATE_AT_CLOCK}(?:{TIME_ZONE})?[ \t]*$")
# ... or a wire's name, its day and "at" its time, as a board copies a feed's line: "... in
# Oncology PR Newswire, Wednesday, April 02, 2003 at 20:00"
WIRE_NAMES = words_alternation(frozenset(row["alias"] for row in load_lexicon("wires")))
WIRE_DAY_AT = re.compile(
    rf"[ \t]+(?:(?i:{WIRE_NAMES}),[ \t]+)?(?:{ANY_WEEKDAY},?[ \t]+)?{DATE}"
    rf"[ \t]+at[ \t]+\d{{1,2}}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    rf"(?:[ \t]*{TIME_ZONE})?[ \t]*$"
)
# (or a quotation's opening mark, never closed on the line: a post quoting an announcement's
# title, '"Ebers Tech Strategic Cannabinoid Collaboration Update')
# a link's note a page glued after its text: "Acrux : Annual General Meeting Results Opens in a
# new Window"
NEW_WINDOW = re.compile(
    r"\s*\(?\b(?:Opens?|Open) in (?:a )?new (?:window|tab)\)?\s*$", re.IGNORECASE
)
QUOTE_MARKS = re.compile(r"^(?:<<|>>|>|[\"“](?=[^\"”\n]*$))\s*(?=[A-Z])")
GLUED_LINES_ABOVE = 4
MIN_GLUED_CHARS = 8


def _line_above_glued(title: str, above: list[str]) -> int:
    """Where a title starts after a line printed just above it and glued before it again ("And
    here comes the News!" over "And here comes the News!Bioniche Reports ..."), or after the
    company's name glued before the title printed above ("Acquisition of Theragenetics
    Limited" over "Avacta Group plc Acquisition of Theragenetics Limited"); 0 if none."""
    for line in above:
        line = line.strip()
        if len(line) < MIN_GLUED_CHARS:
            continue
        if title.startswith(line) and title[len(line) : len(line) + 1].isupper():
            return len(line)
        company = title[: len(title) - len(line)]
        if title.endswith(" " + line) and _company_line(company.rstrip()):
            return len(company)
    return 0


LEADS = 3  # runs of prose tried as the lead, in order


# The name a release defines as "the Company": '("Avacta" or the "Company")', '(the
# "Company")', '("Realm Therapeutics", "Realm" or the "Company")'; a term's closing quote may be
# lost before "or the": '("Proteome Sciences or the "Company")'
QUOTED_TERM = r"(?:the\s+)?[\"“][^\"“”()\n]{1,40}(?:[\"”]|(?=\s+or\s+the\s+[\"“]))"


def defined_terms(heads: str) -> str:
    """The parenthesis of quoted terms that defines the company as one of ``heads``."""
    return (
        # (the article inside the quotes too: '("Zeta" or "the Company")')
        rf"\(\s*(?:{QUOTED_TERM}\s*(?:,|\bor\b|\band\b)\s*)*(?:the\s+)?[\"“](?:the\s+)?"
        rf"(?:{heads})[\"”]"
        # and its group after it: '(the "Company", together with its subsidiaries, the "Group")'
        r"(?:\s*,[^()\n]{0,80})?\s*\)"
    )


DEFINED_COMPANY = re.compile(defined_terms("Company"))
# A UK announcement's line of defined terms under the company, its title on the next line:
# 'Zeta plc\n("Zeta" or the "Company")\n\nResult of Placing' (glued to the company's line too:
# 'ZETA PLC("Zeta" or the "Company")')
DEFINED_TERMS_LINE = re.compile(
    defined_terms("Company|Group") + r"[ \t]*\n\s*(?P<title>[^\n]{5,200}?)[ \t]*(?=\n|$)"
)
DEFINED_TERMS_CLOSE = re.compile(defined_terms("Company|Group") + r"\s*$")  # ending a line
DEFINED_TERMS_REACH = 3000  # an announcement's header: its notices in capitals may come first
TITLE_MAX_WORDS = 20


def _title_under_defined_terms(text: str, stop: int | None) -> HeadlineMatch | None:
    """The title on the line under an announcement's defined terms, before its lead: a line of
    twenty words at most, no sentence, no date (its own words decide: "Placing and
    Subscription to raise £3.3 million" is in sentence case)."""
    head = text[:DEFINED_TERMS_REACH]
    if "Company" not in head and "Group" not in head:
        return None
    found = DEFINED_TERMS_LINE.search(text, 0, min(len(text), DEFINED_TERMS_REACH))
    if found is None or (stop is not None and found.start("title") >= stop):
        return None
    title = found["title"]
    if (
        len(title.split()) > TITLE_MAX_WORDS
        or ends_with_stop(title)
        or DATE_ONLY_LINE.match(title)
        or not any(ch.isalpha() for ch in title)
    ):
        return None
    return HeadlineMatch(title, found.start("title"), found.end("title"))


def find_headline(text: str, stop: int | None) -> HeadlineMatch | None:
    """The title line of the release: of the title-like lines before its lead (the dateline,
    else the first run of prose), the one that shares most content words with the lead.
    Page furniture ("Bookmark and Share", "Skip to content", an SEC cover's "Washington, D.C.
    20549") names nothing the lead is about: with no line sharing two words, no headline; an
    SEC form's cover page is read past. A UK announcement's title under its line of defined
    terms comes first."""
    defined = _title_under_defined_terms(text, stop)
    if defined is not None:
        return defined
    cover = cover_page_end(text)
    if stop is not None:
        return (
            _headline_before(text, stop, cover)
            or _title_before_dateline(text, stop)
            or _report_title(text, stop)
        )
    return _headline_before_prose(text, cover) or _report_title(text, len(text))


def _headline_before_prose(text: str, cover: int) -> HeadlineMatch | None:
    """``find_headline``'s title where no dateline marks the lead: above its first prose."""
    # running text of words alone, or a line of running text of any words: the earlier first
    # (a line with brackets and figures opens a lead), the later when no title precedes the
    # earlier (a translation's disclaimer above the title)
    found = sorted(
        {m.start() for p in (PROSE, PROSE_LINE) for m in islice(p.finditer(text, cover), LEADS)}
        | {
            m.start()
            for m in islice(PROSE_SENTENCE.finditer(text, cover), LEADS)
            if ends_with_stop(m.group().rstrip())
        }
    )
    for start in found[:LEADS]:
        # running text from the middle of a line: the line's start opens the sentence
        headline = _headline_before(text, text.rfind("\n", 0, start) + 1, cover)
        if headline and start > found[0]:
            # (the earlier running text's own paragraph: never the lines under it, a company's
            # name over its title: "Kitamura Pharmaceutical Co., Ltd." under a translation's
            # disclaimer)
            paragraph = BLANK_LINE.search(text, found[0], headline.span_start)
            above = _content_words(
                text[found[0] : paragraph.start() if paragraph else headline.span_start]
            )
            if len(_content_words(headline.text) & above) >= MIN_SHARED_WORDS:
                return None  # a subheading under a title-less item's lead, which names it too
        if headline:
            return headline
    return None if found else _headline_before(text, len(text), cover)


def headline_below(text: str, start: int) -> HeadlineMatch | None:
    """The title under a dateline that stands on a line of its own, above the lead ("Leiden, the
    Netherlands; 4 May 2012; 07.30 CET", then the title, then the lead): of the title-like lines
    from ``start`` (the dateline's end) to the first running text, the one that names the lead
    (as ``find_headline`` scores them); None with no running text after it."""
    leads = [
        found.start()
        for pattern in (PROSE, PROSE_LINE, PROSE_SENTENCE)
        if (found := pattern.search(text, start)) is not None
    ]
    if not leads:
        return None
    return _headline_before(text, text.rfind("\n", 0, min(leads)) + 1, start)


# a news feed's label and the title run into the dateline on one line, as a board copies it:
# "... 4:19 pm Eastern Time Company Press Release Aurora Biosciences Announces Completion of
# First Stage ... SAN DIEGO--(BUSINESS WIRE)--Nov. 21, 1997--"
INLINE_TITLE = re.compile(r"\b(?:Company\s+)?Press\s+Release:?\s+(?P<title>[^\n]{15,300}?)\s*$")


def _title_before_dateline(text: str, stop: int) -> HeadlineMatch | None:
    """The title a feed's label opens on the dateline's own line, when no line above is one."""
    line_start = text.rfind("\n", 0, stop) + 1
    inline = INLINE_TITLE.search(text, line_start, stop)
    if inline is None or not title_like(inline["title"]):
        return None
    lead = _content_words(text[stop : stop + LEAD_CHARS])
    if len(_content_words(inline["title"]) & lead) < MIN_SHARED_WORDS:
        return None
    return HeadlineMatch(inline["title"], inline.start("title"), inline.end("title"))


# a periodic report's own title, its period after it: "Interim report January–March 2023",
# "Year-end report 2022", "Half-year Report Q2 2021"
REPORT_TITLE = re.compile(
    r"[ \t]*(?P<title>(?:Interim|Half[- ]year(?:ly)?|Quarterly|Year[- ]end|Annual)[ ][Rr]eport"
    r"(?:[ ](?:for[ ])?(?:the[ ])?(?:[A-Z][a-z]+[ ]?[–—-][ ]?[A-Z][a-z]+|Q[1-4]|H[12]"
    r"|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[ ]quarter))?(?:[ ](?:19|20)\d\d))[ \t]*$",
    re.MULTILINE,
)


def _report_title(text: str, stop: int) -> HeadlineMatch | None:
    """A periodic report's title on the text's first line, when no line above the lead names
    it (a Nordic report's "Interim report January–March 2023" over its company and figures)."""
    first = REPORT_TITLE.match(text, len(text) - len(text.lstrip()), stop)
    if first is None:
        return None
    return HeadlineMatch(first["title"], first.start("title"), first.end("title"))


QUOTE_OPENS = "“\"‘'"


def _quotes(line: str, title: str) -> bool:
    """Whether ``line`` quotes ``title`` (its stop aside) inside it."""
    at = line.find(title.rstrip(". "))
    return at > 0 and line[at - 1] in QUOTE_OPENS


def _headline_before(text: str, stop: int, cover: int) -> HeadlineMatch | None:
    """The title line before ``stop``, the lead's start (see ``find_headline``)."""
    lead = _content_words(text[stop : stop + LEAD_CHARS])
    scored = []
    candidates = _candidates(text, stop, cover if cover < stop else 0)
    separators = list(SEPARATOR.finditer(text, 0, stop))
    if separators:  # a post quoting a release below its own words: the release's lines only
        quoted = separators[-1].end()
        candidates = [c for c in candidates if c.span_start > quoted] or candidates
    for candidate in candidates:
        if _teaser_of(text, candidate, stop):
            continue
        # a short copy may end before its lead: then the text after the line stands for it
        about = (
            lead
            if len(lead) >= MIN_LEAD_WORDS
            else _content_words(text[candidate.span_end : candidate.span_end + LEAD_CHARS])
        )
        shared = len(_content_words(candidate.text) & about)
        if shared >= MIN_SHARED_WORDS:
            scored.append((candidate, shared))
    if not scored:
        return None
    # the first line that names about as much of the lead as the best one does: a subheadline
    # follows its headline, while chrome that names the company ("Industry News: Acme") names
    # less of it
    best = max(shared for _, shared in scored)
    first = next(c for c, shared in scored if shared * 2 >= best)
    first = _title_above_deck(text, first, candidates, lead) or first
    first = _clause_above(text, first, [c for c, _ in scored]) or first
    first = _title_over_long_deck(text, first, [c for c, _ in scored]) or first
    # a line a page prints more than once above its lead (its title, heading and share bar)
    # is the title, however few words it shares next to a subheadline that describes the lead
    printed = Counter(c.text for c, _ in scored)
    first = next(
        (c for c, _ in scored if printed[c.text] > 1 and c.span_start < first.span_start), first
    )
    # (a page's title without its site's name: "Acme Announces Approval of Zetamab - Yahoo
    # Finance" over "Acme Announces Approval of Zetamab (zetamab-abcd) for Adults with Lupus")
    bare = _without_site(first, lead).text
    for later, _ in scored:
        # the same headline printed again: cut short before ("... for Treating HER2-Positive"),
        # or after navigation ("Home Media Center Press releases Acme Announces ...")
        if (
            later.span_start > first.span_start
            and later.span_start >= first.span_end  # (never a line of its own wrapped title)
            and (
                later.text.startswith(first.text)
                or (bare != first.text and later.text.startswith(bare + " "))
                # a title joined with its subheadline's line, printed again alone: "Acme Reports
                # Interim Results" over "Initiation of Phase III Planned" (one line each, twice)
                or (
                    first.text.startswith(later.text + " ")
                    and text[
                        first.span_start + len(later.text) : first.span_start + len(later.text) + 1
                    ]
                    == "\n"
                )
                or first.text.endswith(" " + later.text)
                # a filing's cover letter that quotes the title: "Please find enclosed a Press
                # Release on “Acme announces ...”." over the release's own title line
                or _quotes(first.text, later.text)
                # a page's title, the site's name after it: "<headline> | Be Korea-savvy"
                or (
                    first.text.startswith(later.text)
                    and SITE_AFTER.match(first.text, len(later.text)) is not None
                )
                # or a page's title framed by the company and the day: "Acme Ltd. - <headline>
                # - Jan 14, 2020"
                or _framed(first.text, later.text)
            )
        ):
            return _without_site(later, lead)
    return _without_site(first, lead)


# the marks a page's title frames a headline with before it: "Acme Ltd. - ", "Acme | ", ": "
# (after it, a site's: SITE_AFTER)
FRAME_BEFORE = re.compile(r"\s[|\-–—:]\s$")


def _framed(title: str, inner: str) -> bool:
    """Whether ``title`` is ``inner`` with words before it that a mark sets apart, and maybe
    words after it that a mark sets apart ("Acme Ltd. - Acme Announces ... - Jan 14, 2020")."""
    at = title.find(inner)
    if at <= 0 or len(inner) < MIN_TITLE_CHARS or not FRAME_BEFORE.search(title, 0, at):
        return False
    return at + len(inner) == len(title) or SITE_AFTER.match(title, at + len(inner)) is not None


def _title_over_long_deck(
    text: str, best: HeadlineMatch, scored: list[HeadlineMatch]
) -> HeadlineMatch | None:
    """The title right above a longer deck that names more of the lead: "Tidewater Oncology
    Announces CEO Transition" over "Dr. Harold Fitch to retire; Board appoints President and
    Chief Operating Officer Lauren M. Oduya as next Chief Executive Officer". The line above,
    with blank lines only between, names the lead too (it is scored), is a title with a
    heading's verb ("Announces"), and is the shorter of the two; chrome that names the company
    ("Industry News: Acme") has no such verb."""
    above = [
        c
        for c in scored
        if c.span_end < best.span_start and not text[c.span_end : best.span_start].strip()
    ]
    if not above or text[above[-1].span_end : best.span_start].count("\n") > 2:
        return None
    title = above[-1]
    words = title.text.split()
    if (
        len(words) >= len(best.text.split())
        or not title_like(title.text)
        or not any(heading_verb(word) for word in words)
    ):
        return None
    return title


def _clause_above(
    text: str, best: HeadlineMatch, scored: list[HeadlineMatch]
) -> HeadlineMatch | None:
    """The title wrapped after its verb's clause, read whole: "Lambdagen Appoints Former Merck
    Executive" over "Susan Park as Chief Commercial Officer", where the lower line names more of
    the lead (its person and post) than the upper (its company). The line right above, a title
    with a heading's verb ("Appoints") that names the lead too, goes on into a line with none;
    a line with its own verb is a subheadline ("Zeta Reports Results" over "Data Support
    Phase 3")."""
    above = next((c for c in scored if c.span_end + 1 == best.span_start), None)
    if (
        above is None
        or above.text[-1:] in ".!?:;"
        or not best.text[:1].isupper()
        or not title_like(above.text)
        or not title_like(best.text)
        or not any(heading_verb(word) for word in above.text.split())
        or any(heading_verb(word) for word in best.text.split())
        or len(above.text) + len(best.text) + 1 > MAX_CHARS
    ):
        return None
    return HeadlineMatch(f"{above.text} {best.text}", above.span_start, best.span_end)


DECK_WORDS = 10  # content words at least of a deck that restates the lead
DECK_SHARE = 0.8  # of its words the lead holds


def _title_above_deck(
    text: str, best: HeadlineMatch, candidates: list[HeadlineMatch], lead: set[str]
) -> HeadlineMatch | None:
    """The title printed right above a deck that restates the lead ("Pfizer agrees Icagen
    acquisition" over "Pfizer has completed its tender offer to purchase outstanding shares
    of Icagen following two extensions"): a deck, a sentence in sentence case, names most of
    the lead, as its title names less of it, one word of it at least ("K-bio's out-licensing
    this year reaches $9.3 bn"); the line above the deck, with no other line between, is the
    title."""
    words = _content_words(best.text)
    if title_like(best.text) or len(words) < DECK_WORDS:
        return None  # a title in title case names its lead as much: no deck
    if len(words & lead) < DECK_SHARE * len(words):
        return None
    above = [c for c in candidates if c.span_end <= best.span_start]
    if not above:
        return None
    title = above[-1]
    if text[title.span_end : best.span_start].count("\n") > 2:
        return None  # lines between: no title right above the deck
    if not _content_words(title.text) & (lead | words):
        return None  # a page's label ("View Market Snapshot"), naming nothing of the news
    return title


TEASER_WORDS = 12  # a line this long that the lead opens with is its teaser, cut or not
QUOTES = str.maketrans("’‘“”", "''\"\"")


def _teaser_of(text: str, candidate: HeadlineMatch, stop: int) -> bool:
    """Whether a line above the lead is the lead's own opening, printed as a teaser: cut inside
    a word ("... issued a positive op" over "... issued a positive opinion recommending ..."),
    or a dozen words or more of it."""
    line = candidate.text.translate(QUOTES)
    lead = text[stop : stop + len(line) + 1].translate(QUOTES)
    if candidate.span_start >= stop or not lead.startswith(line):
        return False
    cut = lead[len(line) : len(line) + 1]
    return cut.isalnum() or len(line.split()) >= TEASER_WORDS


def past_teaser(text: str, start: int) -> int:
    """Where the lead opens when the line at ``start`` is a teaser of it: the paragraph after,
    which opens with the line's words ("... issued a positive op" over "... issued a positive
    opinion recommending ...")."""
    line_end = text.find("\n", start)
    if line_end == -1:
        return start
    following = line_end
    while following < len(text) and text[following].isspace():
        following += 1
    line = text[start:line_end].strip()
    if line and _teaser_of(text, HeadlineMatch(line, start, start + len(line)), following):
        return following
    return start


SITE_AFTER = re.compile(r"\s+[|\-–—]\s+\S")
# A line of one repeated mark: on a message board, where a post's own words end and the release
# it quotes begins ("++++++++++++++++")
SEPARATOR = re.compile(r"^[ \t]*([+=*#~_-])\1{5,}[ \t]*$", re.MULTILINE)


@cache
def _company_day() -> re.Pattern[str]:
    """An RNS page's stamp opening a flattened line: the company in its legal form and the day,
    then the title ("Ardana PLC 29 June 2006 Ardana: Preliminary Announcement ...",
    "Skyepharma PLC26 April 2007 SkyePharma PLC Preliminary statement ...")."""
    return re.compile(
        rf"(?:[A-Z][\w&.'’-]*[ \t]+){{1,5}}{company_suffix_pattern()}[ \t]*{DATE}[ \t]+(?=[A-Z])"
    )


# A page flattened onto one line: "Oxford Biomedica PLC15 April 2008 For Immediate Release 15
# APRIL 2008 OXFORD BIOMEDICA ANNOUNCES BOARD CHANGES - New Appointments ...": in a run-on line
# that prints a date first, the one run of words in capitals is the headline (a date before
# them is none of it)
CAPS_TOKEN = r"[A-Z][A-Z0-9&'’.,/-]*"
CAPS_RUN = re.compile(rf"(?<![\w'’])(?:{CAPS_TOKEN}\s+){{3,}}{CAPS_TOKEN}(?![\w'’])")
CAPS_DATE = re.compile(rf"^(?:\d{{1,2}}(?:ST|ND|RD|TH)?\s+)?{DATE}\s+|^\d{{1,2}}\s+")
RUN_ON_WORDS = 20


def _caps_run(line: str) -> tuple[int, int] | None:
    """The span of the run of capitals inside a run-on, mixed-case line that prints a date
    before it, when there is exactly one."""
    if len(line.split()) <= RUN_ON_WORDS or line.isupper():
        return None
    runs = [m for m in CAPS_RUN.finditer(line) if not any(c.islower() for c in m.group())]
    runs = [m for m in runs if sum(w.isalpha() for w in m.group().split()) >= MIN_WORDS]
    if len(runs) != 1 or not re.search(DATE, line[: runs[0].start()]):
        return None  # a flattened header dates itself before its headline
    run = runs[0]
    date = CAPS_DATE.match(run.group())
    start = run.start() + (date.end() if date else 0)
    return start, len(line[start : run.end()].rstrip(" ,-"))


# a label's number: "Company announcement 8/2019", "Announcement No. 12"
REFERENCE_NUMBER = re.compile(r"\s+(?:no\.?\s*|#\s*)?\d+(?:[/.-]\d+)*$", re.IGNORECASE)
# a line of a postal address: a state or region's code and a postcode ending it ("Sydney NSW
# 2000", "Cambridge, MA 02139"), or a building's level or suite opening it
PROSE_LOWER_WORDS = 3  # words in lower case that make a line prose, never an address
ADDRESS_LINE = re.compile(
    r"(?:^|[\s,])[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?$|^(?i:level|suite|floor)\s+\d+\b"
)
# a subheadline framed by dashes ("— Company Advances Development of HspE7 —", "-Conference
# call to include update -"): the title is elsewhere
FRAMED_BY_DASHES = re.compile(r"[-–—]+\s*\w.*\S\s*[-–—]+")
INNER_DATED_DASH = re.compile(rf"\S\s+(?:{DATE})\s*{DASH}\s*\S")


# A site's name glued after the headline: "Acme Wins Approval - BioSpace", "... | Reuters"
# (a company's site with its ticker after a double colon too: ":: Zeta Bio, Inc. (ZETA)")
SITE_SUFFIX = re.compile(
    r"\s+(?:[|\-–—]|::)\s+(?P<site>[A-Z][\w.,&'’ ]{1,40}?)(?:\s\([A-Z][A-Z.:]{0,9}\))?$"
)
# ... and the page's kind before the site: "... With Omega - Press Release - Digital Journal"
PAGE_KIND_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?:(?:Press|News|Media)\s+Releases?|News)$")
MAX_SITE_WORDS = 3
# ... never the end of a period the title names: "Interim report January - September 2015"
RANGE_END = re.compile(rf"{MONTH}(?:\s+{YEAR})?$")


# a board's or feed's date after the title: "Celera Inks 5-Year Genomics Pact With Immunex
# 06/27/00"
TRAILING_DATE = re.compile(r"\s+(?:[01]?\d/[0-3]?\d/(?:\d\d|(?:19|20)\d\d))\s*$")
# a wire's tag of the media sent with the release: "... Plaque Psoriasis (Photo)", "[VIDEO]",
# "(with video)", "(PRNewsfoto)"
MEDIA_TAG = re.compile(
    r"\s*[(\[](?:with\s+)?(?:photos?|videos?|infographics?|audio|multimedia|graphics?"
    r"|PRNewsfoto)[)\]]\s*$",
    re.IGNORECASE,
)
# a newsroom listing's link label after the title, glued or not: "... hyperphosphatemiaPDF:45.5kb",
# "... Results (PDF, 120 KB)", "... [pdf 1.2MB]"
TRAILING_FILE = re.compile(r"\s*[(\[]?(?:PDF|pdf|Pdf)[\s:,]*\d+(?:[.,]\d+)?\s*[KkMm][Bb][)\]]?\s*$")


# a feed's label, and what precedes it on the title's line: "... 5:24 pm Eastern Time Company
# Press Release <title>"
FEED_LABEL_BEFORE = re.compile(r".*?\b(?:Company\s+)?Press\s+Release:?\s+(?=[A-Z])")
MIN_TITLE_AFTER_LABEL = 4
# ... or a company with its ticker and a dash before the title
TICKERED_COMPANY_BEFORE = re.compile(
    r"[A-Z][^()\n]{2,80}?[ ]\([A-Za-z][\w .-]{0,24}:[ ]?[A-Z0-9][A-Z0-9.]{0,7}\)"
    r"[ ]*[-–—|][ ]+(?=[A-Z])"
)
# ... or a company with its legal form and a dash, a bar or a spaced colon, the title naming it
# again: "Zeta Bio Inc. - Zeta Bio Reports ...", "ZETA BIO INC : Zeta Bio Reports ..." (an
# aggregator's label; a colon glued to the name is the title's own: "Zeta AG: Zeta and Omega
# Enter into ...", as Swiss releases print their titles)
COMPANY_LABEL_BEFORE = re.compile(r"(?P<company>[A-Z][^\n:|]{1,80}?)[ ]+[-–—|:][ ]+(?=[A-Z])")
# a filings site's label of the filer and the form before the exhibit's title: "ZETA BIO INC -
# 8-K - Zeta Bio Announces ...", "Zeta Bio, Inc. | Form 6-K | Zeta Bio Reports ..."
FILING_LABEL_BEFORE = re.compile(
    r"[A-Z][^\n:|]{1,80}?[ ]+[-–—|][ ]+(?:Form[ ])?(?:8-K|6-K|10-Q|10-K|20-F|40-F|425|S-1|F-1"
    r"|DEFA14A|424B\d)(?:/A)?[ ]+[-–—|:][ ]+(?=[A-Z])"
)
# a link's label around a title in quotes: 'Download "Interim report January-March 2017"'
LINK_LABEL = re.compile(r"(?:Download|View|Read|Open)\s+[\"“](?P<title>[^\"“”]{10,}?)[\"”]")


def _trade_name_site(site: re.Match[str]) -> bool:
    """Whether a page title's bar is followed by a company's name without its legal form: a few
    capitalised words, the last a word of the trade ("| Krenova Therapeutics", "| Zeta Bio")."""
    words = site["site"].split()
    return (
        site.group().lstrip().startswith("|")
        and len(words) <= MAX_SITE_WORDS
        and all(word[:1].isupper() for word in words)
        and words[-1] in company_trade_words()
    )


def _a_wire(site: str) -> bool:
    return site.casefold() in alias_map("wires")


def _without_site(headline: HeadlineMatch, lead: set[str]) -> HeadlineMatch:
    """The headline without a site's name after " | " or " - ": a few words the lead never
    uses; nor a date or a file's size printed after it ("... Pact With Immunex 06/27/00",
    "... hyperphosphatemiaPDF:45.5kb"), nor a link's label around it in quotes."""
    label = FEED_LABEL_BEFORE.match(headline.text)
    if label and len(headline.text[label.end() :].split()) >= MIN_TITLE_AFTER_LABEL:
        # a feed's day, time and label run into the title: "NEWS!!!! Thursday November 11, 5:24
        # pm Eastern Time Company Press Release InSite Vision Licenses ISV-900 Technology ..."
        text = headline.text[label.end() :]
        headline = HeadlineMatch(text, headline.span_end - len(text), headline.span_end)
    tickered = TICKERED_COMPANY_BEFORE.match(headline.text)
    if tickered and len(headline.text[tickered.end() :].split()) >= MIN_TITLE_AFTER_LABEL:
        # a feed's label of the company with its ticker: "Polaris BioVentures Inc. (TSX-V:
        # PBV) - Polaris Closes ... Private Placement"
        text = headline.text[tickered.end() :]
        headline = HeadlineMatch(text, headline.span_end - len(text), headline.span_end)
    filing = FILING_LABEL_BEFORE.match(headline.text)
    if filing and len(headline.text[filing.end() :].split()) >= MIN_TITLE_AFTER_LABEL:
        text = headline.text[filing.end() :]
        headline = HeadlineMatch(text, headline.span_end - len(text), headline.span_end)
    labelled = COMPANY_LABEL_BEFORE.match(headline.text)
    if (
        labelled
        and len(headline.text[labelled.end() :].split()) >= MIN_TITLE_AFTER_LABEL
        and _company_line(labelled["company"])
        and headline.text[labelled.end() :].split()[0].casefold()
        == labelled["company"].split()[0].casefold()
    ):  # a page's label of the company before a title naming it: "Stellmark Pharma Inc. -
        # Stellmark Pharma Reports Positive Phase 3 Results ... | MarketScreener"
        text = headline.text[labelled.end() :]
        headline = HeadlineMatch(text, headline.span_end - len(text), headline.span_end)
    linked = LINK_LABEL.fullmatch(headline.text)
    if linked:  # a document site's link to the text: 'Download "Zeta Reports Results"'
        start = headline.span_start + linked.start("title")
        headline = HeadlineMatch(linked["title"], start, start + len(linked["title"]))
    dated = (
        TRAILING_DATE.search(headline.text)
        or TRAILING_FILE.search(headline.text)
        or MEDIA_TAG.search(headline.text)
    )
    if dated:
        text = headline.text[: dated.start()]
        headline = HeadlineMatch(text, headline.span_start, headline.span_start + len(text))
    site = SITE_SUFFIX.search(headline.text)
    if site is not None and RANGE_END.match(site["site"]):
        site = None  # a period's end, no site: "Interim report January - September 2015"
    if (
        site is None
        or len(site["site"].split()) > MAX_SITE_WORDS
        or _content_words(site["site"]) & lead
    ) and not (
        site is not None
        and (_company_line(site["site"]) or _trade_name_site(site) or _a_wire(site["site"]))
    ):
        return headline  # (a company's own site names it with its legal form: "... | Zeta Bio,
        # Inc.", though the lead names the company too; or after a bar with its trade's word:
        # "... Provides Corporate Update | Krenova Therapeutics"; or a wire's name: "... |
        # Business Wire", though the dateline names it)
    text = headline.text[: site.start()]
    kind = PAGE_KIND_SUFFIX.search(text)
    if kind is not None:
        text = text[: kind.start()]
    return HeadlineMatch(text, headline.span_start, headline.span_start + len(text))
