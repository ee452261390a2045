"""Stray marks of scans: specks and serifs that OCR reads as punctuation.

Two kinds, both measured on tesseract output of printed and degraded releases (make eval-ocr):
- a lone mark between words (" : ", " . ", " * ", " ‘ "), which no printed sentence puts there;
  a lone "~" between words is a dash read badly;
- an opening quote that nothing closes ("‘Agenus Inc. (Nasdaq ..."), most often at a line start:
  a quote the release really prints is closed within the paragraph.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from functools import cache

from transform.dateline import MONTH
from transform.lexicon import alias_map, load_lexicon, place_names
from transform.literals import Cued, cued
from transform.repair.buffer import Edit
from transform.repair.vocabulary import frequency

# Marks a page never prints alone between two words (dashes, pipes, bullets, slashes, "&",
# currency signs, footnote "*" and "+" are printed alone, so they are not here).
LONE_MARK = re.compile(
    r"(?<=[\w,.;:)\]]) +([.'‘’“”\"°«»{}_^]{1,3})(?: +(?=[\w(\"“‘'$])|[ \t]*$)", re.M
)
# ... and those a page may print alone ("Source : Acme", "Inc. , the"): removed only in a scanned
# text
LONE_SEPARATOR = re.compile(r"(?<=[\w,.;:)\]]) +([:;,]{1,2})(?: +(?=[\w(\"“‘'$])|[ \t]*$)", re.M)
# ... and the specks a scan reads as a footnote's or a bullet's mark ("*", "+", "="), alone between
# two words in lower case or at a line's end: "clinical * sites", "efficacy of + first-line",
# "this announcement. *" (removed only in a scanned text; a page's own bullet opens its line)
LONE_SPECK = re.compile(r"(?<=[\w,.]) +([*+=])(?: +(?=[a-z])|[ \t]*$)", re.M)
# A "~" a page prints stands before a number ("~50%"); elsewhere between words or marks it is a
# dash ("Mass.~(BUSINESS WIRE)", "(GLOBE NEWSWIRE) ~ ImmunoGen"), the second of two after one
# ("SWITZERLAND-~(Marketwire").
LONE_TILDE = cued(r"(?<=[\w.,)/-]) *(~)(?! *[\d$€£])(?= *[\w(“\"])")
# An opening single quote nothing closes: a page prints one only with its closing quote. (A quote
# of several paragraphs opens each with "“" and closes only the last: double quotes are left.)
OPENING = cued(r"(?:(?<=\s)|^)(‘)(?=[^\W\d_])", re.M)
# What closes it: a quote after a word and not inside one ("Amgen’s").
CLOSING = re.compile(r"(?<=\S)[’'](?![^\W_])")
# A brace or bracket glued to the start of a word that nothing closes after it: a speck read as a
# mark ("{today announced", "[Nektar Announces"), or a letter read as one ("{rom" for "from",
# "{or" for "for"). A page prints a brace only around something, in its paragraph; a bracket's
# close may come paragraphs later ("[Please refer to the following ... ]"), so any close after
# it keeps a bracket. Never before an address or a code ("{nfo@...", "[U3").
GLUED_OPENING = re.compile(r"(?P<mark>[{\[])(?P<word>[^\W\d_]+)(?![\w@]|\.\w)")  # after a space
CLOSE_OF = {"{": "}", "[": "]"}
MARK_LETTERS = {"{": "fti", "[": ""}  # the letters tesseract reads as the mark (make eval-ocr)
PARAGRAPH = re.compile(r"\n\s*\n")
TRADEMARK_LETTERS = cued(r"(?<![\w-])[A-Z][A-Za-z]{2,}[a-z](?P<mark>TM)(?![\w-])")
CITY_GLUED = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z]{3,})(?=[A-Z][a-z]{2,})")
# a page's label glued to the same name opening the text after it: "PfizerPfizer Inc. (NYSE:
# PFE) announced ..." (the label "Pfizer" on its own line, flattened onto the next)
LABEL_GLUED = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][a-z]{3,})(?=(?P=label)\b)")
CLOCK_ZONE_GLUED = re.compile(
    r"(?<=\d:\d\d [AP]M )(?P<zone>E[SD]?T|P[SD]?T|C[SD]?T|GMT)(?=[A-Z][A-Za-z]{2,})"
)


def stray_mark_edits(text: str) -> list[Edit]:
    """Lone marks removed with the space before them, "~" between words read as "-", and
    opening quotes nothing closes in their paragraph removed."""
    edits = [Edit(m.start(), m.end(1), "", "stray_mark", 0.9) for m in LONE_MARK.finditer(text)]
    edits += [
        Edit(m.start(1), m.end(1), "-", "stray_mark", 0.85) for m in LONE_TILDE.finditer(text)
    ]
    if GLUED_YEAR.search(text):
        edits += [
            Edit(m.start(1), m.end(1), " ", "glued_words", 0.9) for m in DATE_COMMA.finditer(text)
        ]
    # a dateline's city in capitals glued to the company opening its line, the dash between
    # lost: "MADISONCellectar, Inc., a ... company, today announced" (world_places.csv)
    edits += [
        Edit(m.end("city"), m.end("city"), " -- ", "glued_words", 0.85)
        for m in CITY_GLUED.finditer(text)
        if m["city"].casefold() in place_names()
    ]
    # a brand's trademark sign printed as its letters glued on: "ElelysoTM", "CytoFabTM"
    edits += [
        Edit(m.start("mark"), m.end("mark"), "™", "trademark_letters", 0.85)
        for m in TRADEMARK_LETTERS.finditer(text)
    ]
    edits += [
        Edit(m.end("label"), m.end("label"), "\n", "glued_words", 0.85)
        for m in LABEL_GLUED.finditer(text)
    ]
    # a clock's zone glued to the name after it: "7:53 AM ETHCW Biologics Inc." (a page's stamp)
    edits += [
        Edit(m.end("zone"), m.end("zone"), " ", "glued_words", 0.9)
        for m in CLOCK_ZONE_GLUED.finditer(text)
    ]
    edits += glued_opening_edits(text, "{")
    taken = [(e.start, e.end) for e in edits]
    for match in OPENING.finditer(text):
        paragraph_end = PARAGRAPH.search(text, match.end())
        stop = paragraph_end.start() if paragraph_end else len(text)
        if CLOSING.search(text, match.end(), stop):
            continue
        if any(start <= match.start() < end for start, end in taken):
            continue
        edits.append(Edit(match.start(1), match.end(1), "", "stray_mark", 0.85))
    return edits


def glued_opening_edits(text: str, marks: str) -> list[Edit]:
    """An unclosed brace or bracket (of ``marks``) glued to a word: dropped, or read as the
    letter that makes the commonest word ("{or the treatment" -> "for the treatment", "{In
    October" -> "In October"); left where no reading is a known word. A bracket only in a
    scanned text: a published page may lose a note's close ("[Please refer to the following
    notes ..." cut off)."""
    edits = []
    for match in GLUED_OPENING.finditer(text):
        mark, word = match["mark"], match["word"]
        if mark not in marks or (match.start() > 0 and not text[match.start() - 1].isspace()):
            continue
        if mark == "{":
            paragraph_end = PARAGRAPH.search(text, match.end())
            stop = paragraph_end.start() if paragraph_end else len(text)
        else:
            stop = len(text)
        if text.find(CLOSE_OF[mark], match.end(), stop) != -1:
            continue
        readings = [word] + [
            (letter.upper() if word[:1].isupper() else letter) + word
            for letter in MARK_LETTERS[mark]
        ]
        best = max(readings, key=frequency)
        if frequency(best) == 0:
            continue
        rule = "stray_mark" if best == word else "ocr_confusion"
        edits.append(Edit(match.start("mark"), match.end("word"), best, rule, 0.85))
    return edits


# A month's name read with a letter wrong before a day and a year: "Sanuary 25, 2016", two in a
# name of seven letters or more: "Decernber 3, 2009" (a full name of five letters or more: never
# "Mav", "Jun"); a thin letter may be read as a mark: "Apri! 14, 2008"
NEAR_MONTH = re.compile(r"(?<![\w-])(?P<month>[A-Z][a-z!|]{4,9})(?= \d{1,2}, (?:19|20)\d\d\b)")
FULL_MONTHS = tuple(calendar.month_name[1:])


def month_edits(text: str) -> list[Edit]:
    """In a scanned text: a near miss of exactly one month's full name before a day and a year."""
    from rapidfuzz.distance import Levenshtein

    edits = []
    for match in NEAR_MONTH.finditer(text):
        printed = match["month"]
        if printed in FULL_MONTHS:
            continue
        near = [
            m
            for m in FULL_MONTHS
            if len(m) >= 5 and Levenshtein.distance(printed, m) <= (2 if len(m) >= 7 else 1)
        ]
        if len(near) == 1:
            edits.append(Edit(match.start(), match.end(), near[0], "ocr_confusion", 0.8))
    return edits


# A date's year glued to its day's comma ("Dec. 11,2012"): a space lost.
DATE_COMMA = re.compile(rf"\b{MONTH} \d{{1,2}},()(?=(?:19|20)\d\d\b)")
GLUED_YEAR = re.compile(r"\d,(?:19|20)\d\d\b")  # in every match of DATE_COMMA; found fast
# A period read as a comma, where a comma cannot stand:
# - after a month's abbreviation before the day ("Feb, 19"), or a middle initial between names
#   ("James J, O'Leary");
# - at a sentence's end, before a word that opens sentences ("costs, Cardiome has" is ambiguous;
#   "costs, The Board" is not) -- only in a text that already shows scan damage.
MONTH_COMMA = cued(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(,)(?= \d{1,2}\b)")
INITIAL_COMMA = re.compile(r"(?=[A-Z])\b[A-Z][a-z]{2,} [A-Z](,)(?= [A-Z]['a-z])")
SENTENCE_COMMA = re.compile(
    r"(?<=[a-z]{3})(,)(?= [\"“]?(?:The|This|These|There|That|In|Under|As|He|She|We|It|Its|Our"
    r"|Should|If|For|With|Based|Pursuant|About|Upon|Following|Since|All|Each)\b)"
)
# A function word read with a capital between two lower-case words ("engaged In the"); never
# "The" or "As", which open sentences: a scan loses a sentence's period ("results The company")
# more often than it reads these with a capital (make eval-ocr: light 34.8 -> 35.5%).
CAPITAL_FUNCTION_WORD = re.compile(
    r"(?<=[a-z,] )(In|Is|Its|It|To|Of|And|For|On|At|An|By|Or|With|From)(?= [a-z])"
)
SCAN_SIGNS = 3  # stray marks and OCR confusions a text must show before the guessing rules run


# A word with a comma or two after it, where an abbreviation may have lost its period ("Calif,").
WORD_COMMA = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]{0,7})(,,?)(?=\s+(\S)|$)")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviations that take a period, without it: states and legal forms (which lists of
    places and names follow), and the rest."""
    import us  # AP style abbreviations of the states (BSD); imported when first needed

    listed = {state.ap_abbr for state in us.states.STATES_AND_TERRITORIES if state.ap_abbr}
    listed |= {row["suffix"] for row in load_lexicon("company_suffixes")}
    alone = {row["abbreviation"] for row in load_lexicon("abbreviations")} - listed
    return tuple(  # type: ignore[return-value]
        frozenset(stem[:-1] for stem in stems if stem.endswith(".")) for stems in (listed, alone)
    )


def period_edits(text: str, scanned: bool) -> list[Edit]:
    """Periods a scan read as commas (see the patterns above). In a scanned text, an
    abbreviation's comma is its period before a lower-case word ("Inc, today" -> "Inc. today")
    and its lost period otherwise ("Calif, Aug." -> "Calif., Aug."); a double comma is always
    a period and a comma."""
    patterns: list[Cued | re.Pattern[str]] = [MONTH_COMMA, INITIAL_COMMA]
    patterns += [SENTENCE_COMMA] if scanned else []
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
        edits += [
            Edit(m.start(), m.end(1), "", "stray_mark", 0.8)
            for pattern in (LONE_SEPARATOR, LONE_SPECK)
            for m in pattern.finditer(text)
        ]
    taken = {e.start for e in edits}
    listed, alone = _abbreviations()
    for match in WORD_COMMA.finditer(text):
        stem = match.group(1)
        if match.start(2) in taken or (stem not in listed and stem not in alone):
            continue
        following = match.group(3) or ""
        if match.group(2) == ",,":
            replacement = ".,"
        elif not scanned:
            continue
        else:
            # "Calif, Aug." -> "Calif., Aug."; "Inc, today", "a.m, EDT" -> "Inc. today", "a.m. EDT"
            replacement = ".," if stem in listed and not following.islower() else "."
        edits.append(Edit(match.start(2), match.end(2), replacement, "period_read_as_comma", 0.75))
    return edits


# A legal form misread after a company's name ("Nuvelo, Ine.", "Curis, In.", "Acme. Inc."), or
# after its first form ("Sankyo Co., Lid."), or at its line's end ("MacroGenics, Ine"): the short
# token after "<Name>, " one letter from exactly one legal form (company_suffixes.csv) is that
# form; a period before a legal form is a comma read badly.
AFTER_NAME = re.compile(r"(?<=[A-Za-z\d).])([,.]) ([A-Za-z]{1,5})(?=[.,;]|[ \t]*$)", re.M)


@cache
def _legal_forms() -> dict[str, str]:
    """Casefolded legal form without its periods -> the form as printed ("inc" -> "Inc")."""
    forms: dict[str, str] = {}
    for row in load_lexicon("company_suffixes"):
        bare = row["suffix"].rstrip(".")
        if bare.isalpha() and len(bare) >= 2:
            forms.setdefault(bare.casefold(), bare)
    return forms


def legal_form_edits(text: str) -> list[Edit]:
    """In a scanned text: a near miss of a legal form after a name, and the period before it."""
    from rapidfuzz.distance import Levenshtein

    forms = _legal_forms()
    edits = []
    for match in AFTER_NAME.finditer(text):
        token = match.group(2)
        form = forms.get(token.casefold())
        # a form in lower case other than its listed spelling ("immunoGen, inc.", "Zeta, ine."):
        # a capital read small, after a capitalised name only
        lowered = token.islower() and len(token) >= 3 and _name_before(text, match.start())
        if (
            form is None
            and match.group(1) == ","
            and len(token) >= 2
            and (lowered or not token.islower())
        ):
            near = [
                f for key, f in forms.items() if Levenshtein.distance(token.casefold(), key) == 1
            ]
            if len(near) == 1 and len(near[0]) >= 3:
                form = near[0]
                edits.append(Edit(match.start(2), match.end(2), form, "ocr_confusion", 0.8))
        elif (
            form is not None and lowered and match.group(1) == "," and token != form
        ):  # (Quebec's "inc." too: in a scan, a capital read small far more often)
            edits.append(Edit(match.start(2), match.end(2), form, "ocr_confusion", 0.8))
        elif form is not None and match.group(1) == "." and form.casefold() in COMMA_FORMS:
            edits.append(Edit(match.start(1), match.end(1), ",", "period_read_as_comma", 0.75))
    # with no comma before it: "Pfizer Ine said", "Antisoma ple", "Elan Corporation, ple (NYSE"
    for match in FORM_AFTER_SPACE.finditer(text):
        token = match["form"]
        if frequency(token) or token.isupper() or not _name_before(text, match.start() - 1):
            continue  # a word ("Zeta Inn said"), a code ("EPS"), or no name before it
        near = [
            form
            for form in BARE_FORMS
            if form[0].islower() == token[0].islower()
            and Levenshtein.distance(token.casefold(), form.casefold()) == 1
        ]
        if len(near) == 1:
            edits.append(Edit(match.start(), match.end(), near[0], "ocr_confusion", 0.8))
    return edits


# A wire's name in a dateline, between slashes or brackets, read with a letter or two wrong:
# "/PRNewswire-FlrstCall/", "/PRNewswire-Fist Call/", "(BUSINESS WIRE}", "{MARKET WIRE)"; the
# closing slash read as a quote too ("/PRNewswire-FitstCall’ —")
WIRE_IN_SLASHES = re.compile(r"(?<=\s)/(?P<wire>[A-Za-z][A-Za-z -]{3,38}[A-Za-z])[/’']")
WIRE_IN_BRACKETS = re.compile(r"[({\[](?P<wire>[A-Za-z][A-Za-z -]{3,38}[A-Za-z])[)}\]]")
WIRE_SIMILARITY = 85  # rapidfuzz ratio (0-100) to the nearest wire name
WIRE_MARGIN = 5  # ... and over the next nearest wire name


def wire_edits(text: str) -> list[Edit]:
    """In a scanned text: a near miss of one wire name of wires.csv between a dateline's slashes
    or brackets, read as that name (and its marks as a slash's or a parenthesis')."""
    from rapidfuzz import fuzz, process

    names = _wire_names()
    edits = []
    for pattern, opening, closing in ((WIRE_IN_SLASHES, "/", "/"), (WIRE_IN_BRACKETS, "(", ")")):
        for match in pattern.finditer(text):
            printed = match["wire"]
            best = process.extract(
                printed, list(names), scorer=fuzz.ratio, limit=2, processor=str.casefold
            )
            if not best or best[0][1] < WIRE_SIMILARITY:
                continue
            canonical = alias_map("wires")
            if (
                len(best) > 1
                and best[0][1] - best[1][1] < WIRE_MARGIN
                and canonical[best[0][0]] != canonical[best[1][0]]
            ):
                continue  # two wires as near: "Marketwire" and "Marketwired" are one
            wire = names[best[0][0]]
            if _unspaced(wire) == _unspaced(printed):
                wire = (
                    printed  # the name as printed ("MARKET WIRE", "Businesswire"): its marks only
                )
            elif printed.isupper():
                wire = wire.upper()
            replacement = f"{opening}{wire}{closing}"
            if replacement != match.group():
                edits.append(Edit(match.start(), match.end(), replacement, "ocr_confusion", 0.8))
    return edits


def _unspaced(name: str) -> str:
    return name.casefold().replace(" ", "")


@cache
def _wire_names() -> dict[str, str]:
    """Each wire name of wires.csv, case-folded -> as printed (its mixed-case spelling first)."""
    names: dict[str, str] = {}
    for row in load_lexicon("wires"):
        folded = row["alias"].casefold()
        if folded not in names or not row["alias"].isupper():
            names[folded] = row["alias"]
    return names


# An exchange's name misread in a ticker's parentheses: "(Nasdag: IDPH)", "(Nasa: IMGN)",
# "(Nasiag: DRNA)"
EXCHANGE_BEFORE_TICKER = re.compile(r"\((?P<exchange>[A-Za-z]{4,8}) ?: ?(?=[A-Z]{1,5}\))")


def exchange_edits(text: str) -> list[Edit]:
    """In a scanned text: a near miss of the names of one exchange only (exchanges.csv, names of
    four letters or more; one letter wrong, two in a name of six letters or more; the nearest
    names all of one exchange) before a ticker in parentheses, read as that exchange's own name
    where it is near, else as the name it misses ("(Parls: ZETA)" -> "(Paris: ZETA)", never
    "(Note: FDA)" -> "(NYSE: FDA)")."""
    from rapidfuzz.distance import Levenshtein

    names = alias_map("exchanges", value="alias")  # case-folded -> as printed
    edits = []
    for match in EXCHANGE_BEFORE_TICKER.finditer(text):
        printed = match["exchange"]
        folded = printed.casefold()
        if folded in names:
            continue
        allowed = 2 if len(printed) >= 6 else 1
        near = {
            alias: Levenshtein.distance(folded, alias.casefold())
            for alias in names.values()
            if len(alias) >= 4 and alias.isalpha()
        }
        nearest = min(near.values(), default=allowed + 1)
        near = {alias: d for alias, d in near.items() if d == nearest <= allowed}
        exchanges = {_exchange_of(alias) for alias in near}
        if len(exchanges) != 1:
            continue
        exchange = exchanges.pop()
        if exchange not in near and Levenshtein.distance(folded, exchange.casefold()) > 2:
            exchange = min(near, key=near.__getitem__)  # "Paris", not its "Euronext"
        exchange = exchange.upper() if printed.isupper() else exchange
        edits.append(Edit(match.start(1), match.end(1), exchange, "ocr_confusion", 0.8))
    return edits


def _exchange_of(name: str) -> str:
    return alias_map("exchanges")[name.casefold()]


# A name's capital read small, its inner capital kept: "immunoGen" where the text prints
# "ImmunoGen" (a name that opens in lower case, "inVentiv", is printed so throughout)
SMALL_CAPITAL_NAME = re.compile(r"(?<![\w-])[a-z]{2,}[A-Z][A-Za-z]*")
LETTER_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


def small_capital_edits(text: str) -> list[Edit]:
    """In a scanned text: a camel-case name whose first capital was read small, where the text
    prints it with that capital too."""
    edits = []
    printed: set[str] | None = None  # the text's words of letters, read once
    for match in SMALL_CAPITAL_NAME.finditer(text):
        if printed is None:
            printed = set(LETTER_WORD.findall(text))
        word = match.group()
        if word[0].upper() + word[1:] in printed:
            edits.append(
                Edit(match.start(), match.start() + 1, word[0].upper(), "ocr_confusion", 0.8)
            )
    return edits


# A legal form's period lost after a name: "Amgen Inc has licensed", "MacroGenics, Inc\n"
FORM_WITHOUT_PERIOD = re.compile(
    r"(?<=[A-Za-z,] )(?P<form>[A-Z][a-z]{1,3})(?=[ \t]*$|[ )\]])", re.M
)


def form_period_edits(text: str) -> list[Edit]:
    """In a scanned text: a legal form that company_suffixes.csv spells with a period, printed
    without it, where the release prints it with its period more often (twice at least):
    "Amgen Inc has" in a release of "ImmunoGen, Inc." -> "Amgen Inc. has"; never in one that
    prints "Pfizer Inc said" throughout."""
    dotted = _dotted_forms()
    counts: dict[str, tuple[int, int]] = {}
    edits = []
    for match in FORM_WITHOUT_PERIOD.finditer(text):
        form = match["form"]
        if form not in dotted:
            continue
        if form not in counts:
            counts[form] = (
                len(re.findall(rf"\b{form}\.", text)),
                len(re.findall(rf"\b{form}\b(?!\.)", text)),
            )
        with_period, without = counts[form]
        if with_period >= 2 and with_period > without:
            edits.append(Edit(match.end(), match.end(), ".", "period_read_as_comma", 0.75))
    return edits


@cache
def _dotted_forms() -> frozenset[str]:
    """Legal forms company_suffixes.csv spells with a period after letters ("Inc", "Ltd")."""
    return frozenset(
        row["suffix"][:-1]
        for row in load_lexicon("company_suffixes")
        if row["suffix"].endswith(".") and row["suffix"][:-1].isalpha()
    )


# A code's letters and digits a scan reads for one another ("IMGN9O1", "MGAO12", "PC1-32765")
CODE_TOKEN = re.compile(
    r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d][\w-]{2,}[A-Za-z\d](?![\w-])"
)
CODE_CONFUSIONS = str.maketrans("OoIl|SBZG", "001115826")
CONFUSABLE = frozenset("OoIl|SBZG001115826")


def code_edits(text: str) -> list[Edit]:
    """In a scanned text: a code with a letter read for a digit between two digits, or a digit
    for a letter between two letters, where the release prints the code so read right too
    ("IMGN9O1" beside "IMGN901"); never where either reading is as plausible ("MGAO12" beside
    "MGA012": the letter or digit on a boundary may be either)."""
    codes = Counter(m.group() for m in CODE_TOKEN.finditer(text))
    plausible: dict[str, str] = {}
    for code, _ in codes.most_common():
        key = _code_key(code)
        if key not in plausible or _misplaced(code) < _misplaced(plausible[key]):
            plausible[key] = code
    edits = []
    for match in CODE_TOKEN.finditer(text):
        code = match.group()
        best = plausible[_code_key(code)]
        if _misplaced(best) < _misplaced(code):
            edits.append(Edit(match.start(), match.end(), best, "ocr_confusion", 0.8))
    return edits


def _misplaced(code: str) -> int:
    """Characters a scan confuses that are a letter between two digits or a digit between two
    letters ("O" of "IMGN9O1")."""
    return sum(
        1
        for before, char, after in zip(code, code[1:], code[2:], strict=False)
        if char in CONFUSABLE
        and before.isdigit() == after.isdigit()
        and before.isalnum()
        and after.isalnum()
        and char.isdigit() != before.isdigit()
    )


def _code_key(code: str) -> str:
    return code.upper().translate(CODE_CONFUSIONS)


# A single opening quote at a line's start before a capital: a speck at a scanned page's margin
# ("‘Seattle Genetics Further Expands ...", "‘Daniel Elger, Director of Communications")
LINE_OPENING_QUOTE = re.compile(r"(?m)^[ \t]*(‘)(?=[A-Z])")


# A bullet's dash read as "=" or "~" at a line's start, before a capital: "= Product
# demonstrates ...", "~ Patients on Scemblix ..." (a scan reads "- " so)
LINE_BULLET = re.compile(r"(?m)^[ \t]*([=~])(?= [A-Z])")


def line_bullet_edits(text: str) -> list[Edit]:
    """In a scanned text: "=" or "~" opening a line before a capital is a bullet's dash."""
    return [Edit(m.start(1), m.end(1), "-", "stray_mark", 0.8) for m in LINE_BULLET.finditer(text)]


# "to" with its "t" read as a bracket and its "o" perhaps as a zero: "warrants (o purchase",
# "referred (0 as T-DM1", "access {0 potential"
BRACKETED_TO = re.compile(r"(?<![\w)])[(\[{][o0](?= [a-z])")


def bracketed_to_edits(text: str) -> list[Edit]:
    """In a scanned text: "(o" or "(0" before a word in lower case is "to"."""
    return [
        Edit(m.start(), m.end(), "to", "ocr_confusion", 0.8) for m in BRACKETED_TO.finditer(text)
    ]


# "is" or "its" with its "i" lost: "The offering ts expected", "shares of ts common stock"
LOST_I = re.compile(r"(?<= )ts(?= [A-Za-z])")
WORD_BEFORE = re.compile(r"[A-Za-z]+[,.]?$")
PREPOSITIONS = frozenset(
    [
        "of",
        "with",
        "at",
        "to",
        "within",
        "in",
        "upon",
        "on",
        "for",
        "from",
        "by",
        "into",
        "about",
        "through",
        "under",
        "over",
        "across",
        "throughout",
        "via",
        "without",
    ]
)


def lost_i_edits(text: str) -> list[Edit]:
    """In a scanned text: "ts" is "its" after a preposition or a verb in the past ("of ts
    common stock", "reported ts third quarter"), else "is" ("The offering ts expected")."""
    edits = []
    for match in LOST_I.finditer(text):
        word = WORD_BEFORE.search(text, max(0, match.start() - 25), match.start() - 1)
        if word is None or (word.start() > 0 and text[word.start() - 1].isalnum()):
            continue
        before = word.group()
        owner = before.casefold() in PREPOSITIONS or (before.endswith("ed") and before.islower())
        edits.append(
            Edit(match.start(), match.end(), "its" if owner else "is", "ocr_confusion", 0.75)
        )
    return edits


# "to" read as "wo", "ta" or "io" between words in lower case ("an agreement wo discover",
# "prior ta joining"); "wo" is "two" after a word that counts ("the past wo years")
MISREAD_TO = re.compile(r"(?<=[a-z,] )(?:wo|ta|io|o)(?= [a-z])")
# ... a lone "o" (its "t" lost) is "of" before an article or a possessive ("all o the shares")
ARTICLE_AFTER = re.compile(r" (?:the|a|an|its|their|our|this|these|those)\b")
COUNTED_AFTER = frozenset(["the", "past", "next", "first", "last", "these", "those", "other"])
MISREAD_OR = re.compile(r"(?<![\w-])oF(?![\w-])")
NEXT_TOKEN = re.compile(r"\s+(?P<token>[A-Za-z]{2,})\b")  # the next token, a word


def misread_to_edits(text: str) -> list[Edit]:
    """In a scanned text: "wo", "ta", "io" or a lone "o" between words in lower case is "to" (or
    "two"; a lone "o" before an article is "of"), and "oF" is "or"."""
    edits = []
    for match in MISREAD_TO.finditer(text):
        before = text[text.rfind(" ", 0, match.start() - 1) + 1 : match.start() - 1]
        counted = match.group() == "wo" and before in COUNTED_AFTER
        word = "two" if counted else "to"
        if match.group() == "o" and ARTICLE_AFTER.match(text, match.end()):
            word = "of"  # "all o the shares", never "to"
        edits.append(Edit(match.start(), match.end(), word, "ocr_confusion", 0.75))
    # "or" with its "r" read as a capital F: "unresectable oF metastatic", "Gilead oF a
    # subsidiary" (no word prints a small letter before a capital so); "OF" among capitals
    for match in MISREAD_OR.finditer(text):
        following = NEXT_TOKEN.match(text, match.end())
        capitals = following is not None and following["token"].isupper()
        edits.append(
            Edit(match.start(), match.end(), "OF" if capitals else "or", "ocr_confusion", 0.75)
        )
    return edits


# A name a scan misreads the same way more than once ("Blogen" twice beside "Biogen" six times):
# the release prints it intact more often than misread, and a list knows it (of two unknown
# spellings, the commoner may be the misread: "Dicema" beside "Dicerna")
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]{4,}(?![\w-])")
NAME_MAJORITY = 2  # the intact name is printed at least this many times as often as the misread


def name_majority_edits(text: str) -> list[Edit]:
    """In a scanned text: a capitalised word no list knows, one or two letters from a
    capitalised word a list knows that the release prints at least twice as often, is that
    word; so is one the OCR channel reads clearly as a capitalised word a list knows that the
    release also prints, however often each is printed ("Kadeyla" five times beside "Kadcyla"
    five times: a scan misreads a word the same way on every page, and a release's own name
    printed intact twice is otherwise never corrected)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    from transform.repair.channel import correct

    counts = Counter(m.group() for m in CAPITALISED.finditer(text))
    known = [word for word in counts if frequency(word)]
    listed = [word for word in known if counts[word] >= NAME_MAJORITY]
    readings: dict[str, str] = {}
    for word, count in counts.items():
        if not known or frequency(word):
            continue
        # (the channel is asked only where a known word the release prints is near: a page of
        # unknown names costs a lookup each, not a search of the channel each)
        near_known = process.extract(
            word, known, scorer=Levenshtein.distance, score_cutoff=2, limit=None
        )
        reading = correct(word) if near_known else None
        if reading is not None and reading.word in {other for other, _, _ in near_known}:
            readings[word] = reading.word
            continue
        if not listed:
            continue
        near = [
            other
            for other, _, _ in process.extract(
                word, listed, scorer=Levenshtein.distance, score_cutoff=2, limit=None
            )
            if counts[other] >= NAME_MAJORITY * count and other != word
        ]
        if len(near) == 1:
            readings[word] = near[0]
    return [
        Edit(m.start(), m.end(), readings[m.group()], "ocr_confusion_local_name", 0.75)
        for m in CAPITALISED.finditer(text)
        if m.group() in readings
    ]


# An abbreviation defined in parentheses after its name ("Food and Drug Administration (FDA)",
# "Tumor-Activated Prodrug (TAP)"): the capitals that open the name's words and their hyphened
# parts spell it
DEFINED_ABBREVIATION = re.compile(
    r"(?P<name>(?:[A-Z][\w-]*[ \t\n]+(?:(?:and|of|for|the|on|in|&)[ \t\n]+)*){2,7})"
    r"\((?P<abbr>[A-Z]{2,6})\)"
)


def abbreviation_edits(text: str) -> list[Edit]:
    """In a scanned text: an abbreviation defined after its name with one letter other than the
    name's initials spell, where the release prints the initials' spelling elsewhere and the
    printed one nowhere else, is the initials' ("Food and Drug Administration (PDA)" beside "the
    FDA"; never "Bayer HealthCare AG (BHC)" where the release goes on to print "BHC")."""
    edits = []
    printed_words: Counter[str] | None = None
    for match in DEFINED_ABBREVIATION.finditer(text):
        printed = match["abbr"]
        initials = "".join(
            part[0]
            for word in match["name"].split()
            for part in word.split("-")
            if part[:1].isupper()
        )
        spelled = initials[-len(printed) :]
        if (
            len(spelled) < len(printed)
            or sum(a != b for a, b in zip(spelled, printed, strict=True)) != 1
        ):
            continue
        if printed_words is None:  # counted once, for every candidate
            printed_words = Counter(CAPITALS_WORD.findall(text))
        if printed_words[spelled] >= 1 and printed_words[printed] == 1:
            edits.append(
                Edit(match.start("abbr"), match.end("abbr"), spelled, "ocr_confusion", 0.75)
            )
    return edits


CAPITALS_WORD = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


def line_quote_edits(text: str) -> list[Edit]:
    """In a scanned text: a single opening quote at a line's start that nothing closes on its
    line (a scan's lines are a page's: a quote it prints closes on its line or the page's
    paragraph runs on, unlike a published release's)."""
    edits = []
    for match in LINE_OPENING_QUOTE.finditer(text):
        line_end = text.find("\n", match.end())
        stop = len(text) if line_end == -1 else line_end
        if not CLOSING.search(text, match.end(), stop):
            edits.append(Edit(match.start(1), match.end(1), "", "stray_mark", 0.8))
    return edits


def _name_before(text: str, comma: int) -> bool:
    """Whether the word before ``comma`` has a capital ("ImmunoGen, inc.", "immunoGen, inc."),
    as a name has."""
    word = text[text.rfind(" ", 0, comma) + 1 : comma]
    return any(c.isupper() for c in word)


# a legal form's near miss after a name and a space, before punctuation, a line's end, a listing
# or a word in lower case; only the forms English releases print so, in their case ("bas" is no
# "SAS", "lec" no "LLC": a misread word)
BARE_FORMS = ("Inc", "Ltd", "Corp", "plc")
FORM_AFTER_SPACE = re.compile(
    r"(?<=[\w)] )(?P<form>[A-Za-z]{3,4})(?=[.,;]|[ \t]*$| \(| [a-z])", re.M
)
COMMA_FORMS = frozenset({"inc", "ltd", "llc"})  # forms printed after a comma ("Acme, Inc.")
