"""Is a decoded text a press release at all? Cheap checks before extraction, and one after it
(a text that names no company, date or dateline)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from transform.dateline import DATE
from transform.lexicon import is_place
from transform.literals import cued

if TYPE_CHECKING:
    from transform.records import Release

WORD = re.compile(r"[^\W\d_]{2,}")
LETTERS = re.compile(r"[^\W\d_]+")
VISIBLE = re.compile(r"\S+")
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$)")
MIN_WORDS = 30
MIN_WORDS_WITHOUT_SENTENCES = 80  # truncated or glued copies may lack sentence ends
MIN_LETTER_SHARE = 0.5
# The ASCII characters that are not letters, and the ASCII whitespace (as re's \s sees them)
ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
ASCII_SPACES = bytes(c for c in range(128) if chr(c).isspace())


# English's commonest function words: a release in English prints them as at least one word in
# seven (the dev corpus's least: 15%; a German ad hoc notice: 0.6%); a bilingual text passes
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "for",
        "with",
        "is",
        "that",
        "on",
        "by",
        "as",
        "its",
        "will",
        "has",
        "be",
        "from",
        "an",
        "are",
        "at",
        "this",
        "which",
        "was",
        "were",
    ]
)
# English prose holds at least 16% of these words (the least of 56 dev releases, 3 samples, 86
# real copies and tesseract's heavy scans); German and Danish news items 2-6%, since German
# writes "in", "will" and "am" too
MIN_ENGLISH_SHARE = 0.10
MIN_LATIN_SHARE = 0.5
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
LANGUAGE_SAMPLE = 20_000  # characters read for the language: the top of the text says it


def other_script_reason(text: str) -> str | None:
    """Plain-words reason why ``text`` is not in English, or None: most of its letters are of
    another script than the Latin alphabet (Japanese, Chinese, Cyrillic ...)."""
    sample = text[:LANGUAGE_SAMPLE]
    ascii_part = sample.encode("ascii", "ignore")
    if len(sample) - len(ascii_part) <= len(ascii_part.translate(None, ASCII_NOT_LETTERS)):
        return None  # fewer characters outside ASCII than ASCII letters: Latin is the most
    letters = sum(map(len, LETTERS.findall(sample)))
    if letters and len(LATIN.findall(sample)) / letters < MIN_LATIN_SHARE:
        return "written mostly in another script than the Latin alphabet; the rules read English"
    return None


def not_english_reason(text: str) -> str | None:
    """Plain-words reason why ``text`` (running prose in Latin letters) is not in English, or
    None: its words hold almost none of English's function words. The first paragraph of
    running text that is English says it is, whatever translations follow it."""
    sample = text[:LANGUAGE_SAMPLE]
    opening = next(
        (
            found
            for line in sample.split("\n")
            if len(found := [w.casefold() for w in WORD.findall(line)]) >= MIN_WORDS
        ),
        None,
    )
    if opening and _english_share(opening) >= MIN_ENGLISH_SHARE:
        return None  # the release in English, its translations after it ("ha annunciato ...")
    words = [w.casefold() for w in WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    share = _english_share(words)
    if share < MIN_ENGLISH_SHARE and not (
        share >= TELEGRAPHIC_SHARE and _dictionary_share(words) >= MIN_DICTIONARY_SHARE
    ):
        return f"not in English ({share:.1%} of its words are English function words)"
    return None


# A wire's brief drops most function words ("QTRLY LOSS ATTRIBUTABLE US$15.3 MILLION VERSUS LOSS
# OF US$25 MILLION": 9.8%) but nearly all its words are common English words (seen 1,000 times
# in pyspellchecker's counts): 80% of a Reuters brief's, 69-91% of eight real copies in English
# prose, 24-28% of two German news items', 67% of an SEC filing's coded header (no release)
TELEGRAPHIC_SHARE = 0.05
COMMON_WORD_COUNT = 1000
MIN_DICTIONARY_SHARE = 0.75


def _dictionary_share(words: list[str]) -> float:
    from transform.repair.vocabulary import word_counts  # a 6 MB list: read only when asked

    counts = word_counts()
    return sum(1 for w in words if counts.get(w, 0) >= COMMON_WORD_COUNT) / len(words)


def _english_share(words: list[str]) -> float:
    return sum(1 for w in words if w in ENGLISH_WORDS) / len(words)


def not_a_release_reason(text: str) -> str | None:
    """Plain-words reason why ``text`` is not a release, or None when it may be one."""
    # counting stops where no rule below depends on the number any more
    n_words = sum(1 for _ in islice(WORD.finditer(text), MIN_WORDS_WITHOUT_SENTENCES))
    if n_words < MIN_WORDS:
        return f"only {n_words} words; a press release has at least {MIN_WORDS}"
    letters, visible = letters_and_visible(text)
    if letters / visible < MIN_LETTER_SHARE:
        return f"only {letters / visible:.0%} of the characters are letters"
    if CONTRACT_RECITALS.search(text, 0, CONTRACT_WINDOW) and CONTRACT_OPERATIVE.search(
        text, 0, CONTRACT_WINDOW
    ):
        return "a contract's text (recitals and operative clause), not a release"
    if len(REDACTION.findall(text, 0, CONTRACT_WINDOW)) >= MIN_REDACTIONS and CONTRACT_MODAL.search(
        text, 0, CONTRACT_WINDOW
    ):
        return 'a contract\'s clauses (terms redacted as "[***]"), not a release'
    if CONTRACT_MODAL.search(text, 0, CONTRACT_WINDOW) and (
        len({m.group().casefold() for m in DRAFTING.finditer(text, 0, CONTRACT_WINDOW)})
        >= MIN_DRAFTING
    ):
        return "a contract's clauses (a party that shall pay, in drafting terms), not a release"
    if len(PARTY_LETTER.findall(text, 0, CONTRACT_WINDOW)) >= MIN_PARTY_LETTERS:
        return 'a contract\'s text (its parties called "Party A" and "Party B"), not a release'
    if CONTRACT_EXHIBIT_HEAD.search(text, 0, EXHIBIT_HEAD_WINDOW):
        return "an SEC filing's exhibit 10 or 4 (a material contract or instrument), not a release"
    if PROSPECTUS_HEAD.search(text, 0, PROSPECTUS_WINDOW):
        return "an SEC prospectus (filed under Rule 424(b)), not a release"
    if PERIODIC_REPORT_HEAD.search(text, 0, PERIODIC_REPORT_WINDOW):
        return "an SEC annual or quarterly report or registration statement, not a release"
    if len(XBRL_MARKS.findall(text, 0, XBRL_WINDOW)) >= MIN_XBRL_MARKS or XBRL_PERIOD_HEAD.search(
        text, 0, XBRL_HEAD_WINDOW
    ):
        return "an SEC filing's XBRL data page (tagged facts and their definitions), not a release"
    if _filing_note(text):
        return (
            'a filing\'s note on its accounts ("the Company", the periods ended and the '
            "accounting's terms), not a release"
        )
    if TRANSCRIPT_OPERATOR.search(text, 0, TRANSCRIPT_WINDOW) and (
        len({m.group().casefold() for m in CALL_TERMS.finditer(text, 0, TRANSCRIPT_WINDOW)})
        >= MIN_CALL_TERMS
    ):
        return "a call's transcript (its operator's lines and the call's terms), not a release"
    if (
        len({m.group().casefold() for m in JOB_MARKS.finditer(text, 0, JOB_WINDOW)})
        >= MIN_JOB_MARKS
    ):
        return "a job posting (its duties, qualifications and how to apply), not a release"
    if (
        n_words < MIN_WORDS_WITHOUT_SENTENCES
        and not SENTENCE_END.search(text)
        and not _running_line(text)
        and not _wire_brief(text)
    ):
        return "no running sentences; looks like a list, table or data file"
    return None


# A job posting on a company's careers page: its form's labels and its employer's terms
# ("Job ID:", "Responsibilities:", "Qualifications:", "Apply now", "an equal opportunity
# employer"); a release hiring an executive prints none of them as labels
JOB_MARKS = cued(
    r"^[ \t]*(?:Job (?:ID|Title|Type|Number|Code)|Responsibilities|Key Responsibilities"
    r"|Qualifications|Requirements|Minimum Qualifications|Preferred Qualifications|Education"
    r"|Employment Type|Reports To|What You(?:'|’)ll Do|About the Role)[ \t]*:"
    r"|^[ \t]*Apply(?: now| for this job| here)?[ \t]*$"
    r"|\bequal opportunity employer\b|\b(?:base )?salary range\b",
    re.MULTILINE | re.IGNORECASE,
)
JOB_WINDOW = 8_000
MIN_JOB_MARKS = 3  # distinct


# A transcript of a company's call: its operator speaks on lines of their own ("Operator" over
# "Good morning and welcome ..."), and the call's terms ("listen-only mode", "turn the call
# over"); a release announcing its call prints the terms, never its operator's line
TRANSCRIPT_OPERATOR = cued(r"^[ \t]*Operator[ \t]*:?[ \t]*$", re.MULTILINE)
CALL_TERMS = re.compile(
    r"\b(?:listen-only mode|question[- ]and[- ]answer session|turn (?:the )?(?:call|conference)"
    r" over|conference is being recorded|call is being recorded|(?:conference|earnings) call)\b",
    re.IGNORECASE,
)
TRANSCRIPT_WINDOW = 6_000
MIN_CALL_TERMS = 2  # distinct


# A note of an SEC filing's accounts, printed on a page of its own (a 10-Q's "License and
# Collaboration Agreements", a revenue-recognition policy): the filer as "the Company" again and
# again, the periods its statements cover and the accounting's terms, and no announcement nor
# dateline (an earnings release names "the Company" and "the three months ended" too, under
# its dateline)
THE_COMPANY = re.compile(r"\b[Tt]he Company\b")
MIN_THE_COMPANY = 3
ACCOUNTING_TERMS = re.compile(
    r"\bASC\s?\d{3}\b|\bperformance obligations?\b|\btransaction prices?\b|\bvariable "
    r"consideration\b|\bcontract (?:assets|liabilities)\b|\brevenue recognition\b"
    r"|\b(?:three|six|nine|twelve)(?: and (?:three|six|nine|twelve))? months ended\b"
    r"|\b(?:condensed )?consolidated financial statements\b|\(unaudited\)"
    r"|\bthe Company is (?:required|obligated) to\b",
    re.IGNORECASE,
)
MIN_ACCOUNTING_TERMS = 2  # distinct
ANNOUNCES = re.compile(
    r"\b(?:today|announced|announces|reported|reports|said|says)\b", re.IGNORECASE
)
NOTE_WINDOW = 6_000


def _filing_note(text: str) -> bool:
    sample = text[:NOTE_WINDOW]
    if len(THE_COMPANY.findall(sample)) < MIN_THE_COMPANY:
        return False
    if ANNOUNCES.search(sample):  # first: it is found early, the terms are sought throughout
        return False
    terms = {m.group().casefold() for m in ACCOUNTING_TERMS.finditer(sample)}
    if len(terms) < MIN_ACCOUNTING_TERMS:
        return False
    from transform.dateline import parse_dateline

    return parse_dateline(text).span_start is None


# A contract's opening: its recitals ("WHEREAS:", "Whereas Acme Ltd wishes ...") and the clause
# that binds the parties ("NOW THEREFORE THIS AGREEMENT WITNESSETH", "NOW, THEREFORE, in
# consideration of", "THE PARTIES AGREE AS FOLLOWS"): an SEC exhibit 10, never a release
# (or the heading "RECITALS" over them, as a template prints them)
CONTRACT_RECITALS = cued(r"^\s*(?:WHEREAS|Whereas\b|RECITALS[ \t]*$)", re.MULTILINE)
CONTRACT_OPERATIVE = re.compile(
    r"\bNOW,?\s+THEREFORE\b|\bTHE\s+PARTIES\s+(?:HERETO\s+)?AGREE\s+AS\s+FOLLOWS\b"
)
CONTRACT_WINDOW = 20_000
# A contract's terms kept confidential, as the SEC lets a filer print them ("[***]", "[ ** ]",
# "$[*****]"), in clauses that bind ("Company shall pay to CyDex ..."): a clause site's page or
# an exhibit, never a release, which prints no redaction
REDACTION_MARK = r"\[ ?\*{2,6} ?\]"  # "[***]", "[ ** ]"
REDACTION = cued(REDACTION_MARK)
# ... or a clause site's clauses in a contract's drafting, terms redacted or not ("BioForm shall
# pay to Supplier a milestone payment ...", "within thirty (30) days", "(as defined in the Equity
# Agreement)", "Sublicensees hereunder", "*** REDACTED ***"): two such terms, and a party that
# shall pay, never a release (which reports a deal's terms, never drafts them)
DRAFTING = re.compile(
    r"\b(?:hereunder|hereto|hereof|herein|thereunder|thereof)\b|\(\s*as\s+defined\s+in\b"
    r"|\b(?:five|ten|fifteen|thirty|forty-five|sixty|ninety)\s+\(\d{1,3}\)\s+(?:calendar\s+|business\s+)?days\b"
    r"|\bset\s+forth\s+(?:in|below)\b|\*{3}\s*REDACTED\s*\*{3}|\bSublicensees\b"
    rf"|{REDACTION_MARK}",
    re.IGNORECASE,
)
MIN_DRAFTING = 2  # distinct terms
MIN_REDACTIONS = 2
CONTRACT_MODAL = re.compile(r"\bshall\s+(?:pay|be|not|have|notify|remit|make|within)\b")
# An exhibit the SEC files as a material contract heads its own top: "EX-10.6 9 ex10-6.htm",
# A contract's parties by letter, as translated Asian contracts name them: "Osaka University
# (hereinafter referred to as "Party A") and Zeta Co. Ltd. (... "Party B")"; no release does
PARTY_LETTER = re.compile(r"\bParty\s+[A-D]\b")
MIN_PARTY_LETTERS = 2
# "Exhibit 10.12" on a line of its own (Regulation S-K item 601(b)(10); a release is filed as
# exhibit 99: "Exhibit 99.1"), or as exhibit 4, a 20-F's material contract or a 10-K's instrument
# ("Exhibit 4.8" over "LICENSE AMENDMENT AGREEMENT")
CONTRACT_EXHIBIT_HEAD = cued(
    r"(?m)^[ \t]*(?:EX-(?:10|4)\.\d+\b|Exhibit[ \t]+(?:10|4)\.\d+[ \t]*$)", re.IGNORECASE
)
EXHIBIT_HEAD_WINDOW = 300
# A prospectus as the SEC files it: "Filed Pursuant to Rule 424(b)(5)" heads its first page, as
# no release opens (a release announces an offering; its prospectus is another document)
PROSPECTUS_HEAD = cued(r"\bFiled\s+Pursuant\s+to\s+Rule\s+424\(b\)", re.IGNORECASE)
PROSPECTUS_WINDOW = 600
# An SEC annual or quarterly report, or a registration statement, by its cover page ("FORM 20-F
# ... ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)", "REGISTRATION STATEMENT UNDER THE
# SECURITIES ACT OF 1933"): a release is filed under a form 8-K or 6-K, as its exhibit 99
PERIODIC_REPORT_HEAD = cued(
    r"\bFORM\s+(?:10-K|10-Q|20-F|40-F)\b[\s\S]{0,600}?\b(?:ANNUAL|QUARTERLY|TRANSITION)\s+"
    r"REPORT\s+PURSUANT\s+TO\s+SECTION\s+13"
    r"|\bREGISTRATION\s+STATEMENT\s+UNDER\s+THE\s+SECURITIES\s+ACT\s+OF\s+1933",
    re.IGNORECASE,
)
PERIODIC_REPORT_WINDOW = 3000
# The SEC's viewer of a filing's tagged facts (an "R55.htm" page): its line items, axes and
# members in brackets, each fact's "Definition" and "No definition available."; its figures are
# in the scale its header names ("$ in Millions"), so "$ 27.0" there is no $27 of a release
XBRL_MARKS = cued(
    r"\[(?:Line Items|Table|Abstract|abstract|Axis|Member|Domain|Roll Forward)\]"
    r"|No definition available\.|\bText [Bb]lock\b"
    # a fact's fold-out labels and a period's column head on lines of their own: "- Definition",
    # "+ References", "|12 Months Ended" (its cell's bar may end the line above: "Note 10 -
    # License Agreements |12 Months Ended"), and the statements a note belongs to
    r"|(?m:^[-+] (?:Definition|References|Details)$|\|\s?\d{1,2} Months Ended$"
    r"|^\|?\s?Notes to (?:the )?(?:Condensed )?(?:Consolidated )?Financial Statements\s?\|?$)"
)
XBRL_WINDOW = 20_000
# ... or a note of its financial statements, its period heading its top on a line of its own:
# "|3 Months Ended" or "3 Months Ended |" (a release prints the period inside a sentence)
XBRL_PERIOD_HEAD = cued(r"(?m)^\|?[ \t]?\d{1,2} Months Ended[ \t]?\|?[ \t]*$")
XBRL_HEAD_WINDOW = 300
MIN_XBRL_MARKS = 3
RUNNING_WORDS = 12  # a line of running text without its stop: this many words ...
RUNNING_FUNCTION_WORDS = 3  # ... and this many of English's function words among them


def _running_line(text: str) -> bool:
    """A line of running text that prints no stop, as a brief's points do: "* Zeta Pharma Co
    Ltd says under terms of agreement, Zeta will make an upfront payment of $10 million to
    Beta" (a table's row or a list of names holds few function words)."""
    for line in text.splitlines():
        words = [w.casefold() for w in WORD.findall(line)]
        if len(words) >= RUNNING_WORDS and (
            sum(1 for w in words if w in ENGLISH_WORDS) >= RUNNING_FUNCTION_WORDS
        ):
            return True
    return False


def _wire_brief(text: str) -> bool:
    """A wire's brief in points in capitals, under its dateline: "April 23 (Reuters) - Zeta
    Pharma Co Ltd:\n* ZETA AND BETA ENTER GLOBAL LICENSING AGREEMENT"."""
    from transform.dateline import parse_dateline

    dateline = parse_dateline(text)
    return dateline.wire is not None and dateline.span_start is not None


# A line that opens with a company's name and legal form ("Abgenix Inc. (ABGX)", "Almirall SA
# (Barcelona, Spain)", "Adverum Biotechnologies Inc., of Redwood City, Calif., said ..."): a
# release opens a few with its own name and a partner's (56 dev releases, 3 samples, 400
# synthetic and 145 real copies: at most two houses, by first word); a deal table or a digest of
# other companies' news opens one per row (seven deal tables' first rows: 3 to 11, the three
# of 6 to 11 seen when this was written, four others unseen: 3, 5, 6, 7)
MIN_DIGEST_HOUSES = 4
# a company seated by its city in parentheses opening a line: "Cardiome Pharma (Vancouver), and"
SEATED_OF = re.compile(
    r"(?P<name>[A-Z0-9][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3}),[ ]of[ ](?P<place>[A-Z][^,\n]{2,30}),"
)
SEATED_NAME = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})[ ]\((?P<place>[A-Z][^()\n]{2,30})\)"
)
# a brief under its own city in capitals and a dash ("DUBLIN – Step Pharma SAS closed ...",
# "PERTH, Australia – Chimeric ..."): a release prints one dateline, a digest one per item
PLACE_LED_ITEM = re.compile(
    r"^[ \t]*(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,})*)(?:,[ \t][^\n–—-]{2,30})?[ \t]+[–—][ \t]+[A-Z]"
)
MIN_DIGEST_PLACES = 3
# (and "¿", a bullet a page decoded in the wrong code page: "¿ Antigenics Inc., of New York, ...")
BULLET = re.compile(r"^[ \t]*[•·▪◦*¿][ \t]+")
DIGEST_SAMPLE = 20_000  # characters read: a table shows itself in its first rows
# (nor a letter's "For Zeta Ltd." over its signature, "To Omega plc" or "CC: ...")
NOT_HOUSES = frozenset({"about", "the", "contact", "contacts", "for", "to", "cc"})
LINE_NAME_WORDS = 4  # words of a name before its legal form
NAME_JOINERS = frozenset({"and", "&", "of", "de"})
# a deal table's header row, three columns or more: "Biotech | Pharma | Type/Product Area |
# Amount | Terms/Details (Month) |", "Company (Symbol) | Partner (Country) | Amt. (M) | ..."
DEAL_TABLE_HEADER = re.compile(
    r"^(?=[^\n]*\|[^\n]*\|[^\n]*\|)(?=[^\n]*\b(?:company|biotech|pharma|partner)\b)"
    r"[^\n]*\b(?:terms|details|amount|amt\.)",
    re.IGNORECASE | re.MULTILINE,
)


@cache
def _legal_forms() -> frozenset[str]:
    """The legal forms of company_suffixes.csv as one word each ("Inc.", "plc"; "Pte. Ltd."
    as "Ltd.", its last word)."""
    from transform.lexicon import load_lexicon

    return frozenset(row["suffix"].rsplit(" ", 1)[-1] for row in load_lexicon("company_suffixes"))


POSSESSIVE_END = re.compile(r"['’]s?$")
# a listing of articles' teasers, each cut off over its link to the rest ("Continue Reading"):
# the first right under the top (a release's page lists other articles' teasers only below it)
TEASER_LINK = re.compile(
    r"(?m)^[ \t]*(?:Continue [Rr]eading|Read [Mm]ore|Read the full (?:story|article))[ \t»›.…]*$"
)
MIN_TEASERS = 3
TEASER_FIRST_CHARS = 1500
# a paragraph of a roundup: its opening names a company by its legal form ("Bright Peak
# Therapeutics Inc. has raised $90 million", "Memo Therapeutics AG has added a further CHF20
# million"), and the paragraph prints a sum
SUM_IN_TEXT = re.compile(
    r"[$€£¥][ ]?\d|\b(?:USD|EUR|CHF|GBP|US\$)[ ]?\d|\d[ ](?:million|billion)\b"
)
ROUNDUP_PARAGRAPH_WORDS = 15  # shorter lines are headings, captions or a page's chrome
ROUNDUP_OPENING_WORDS = 30  # the words of a paragraph's opening read for its company


def _paragraph_leads(text: str, forms: frozenset[str]) -> set[str]:
    """The companies, one per paragraph, that the opening of each paragraph printing a sum
    names first by its legal form: four or more different ones make a roundup."""
    leads: set[str] = set()
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if len(words) < ROUNDUP_PARAGRAPH_WORDS or not SUM_IN_TEXT.search(paragraph):
            continue
        for at, word in enumerate(words[:ROUNDUP_OPENING_WORDS]):
            if at and POSSESSIVE_END.sub("", word).rstrip("*,;:") in forms:
                name: list[str] = []
                for before in reversed(words[max(0, at - 4) : at]):
                    if not before[:1].isupper() or before.rstrip(",") in forms:
                        break
                    name.insert(0, before.rstrip(","))
                if name:
                    leads.add(" ".join(name).casefold())
                    break
    return leads


def _a_market(words: Sequence[str]) -> bool:
    """Whether the words before a legal form name a stock exchange ("BSE", "New York Stock
    Exchange", "National Stock Exchange of India")."""
    from transform.organizations import is_market

    return "Exchange" in words or is_market(" ".join(words)) or is_market(words[0])


def digest_reason(text: str) -> str | None:
    """Plain-words reason why ``text`` is a table or digest of many companies' news rather than
    one release, or None: lines open with the names of MIN_DIGEST_HOUSES companies or more, a
    name being capitalised words up to a legal form (a table marks private companies with
    stars: "Sigma Labs Ltd.*")."""
    forms = _legal_forms()
    houses = set()
    places = set()
    for line in text[:DIGEST_SAMPLE].split("\n"):
        placed = PLACE_LED_ITEM.match(line)
        if placed:  # "DUBLIN – Step Pharma SAS closed ...": a brief under its own dateline
            places.add(placed["place"].casefold())
        line = BULLET.sub("", line, count=1)  # "• Arena Pharmaceuticals Inc., of San Diego, ..."
        seated = SEATED_NAME.match(line) or SEATED_OF.match(line)
        if seated and is_place(seated["place"]):
            houses.add(seated["name"].casefold())  # "Labopharm (Laval) presented ...", "7TM
            continue  # Pharma, of Horsholm, Denmark, received ...": a brief that seats its
            # company by its city, as a news digest does
        words = line.split(None, LINE_NAME_WORDS + 1)[: LINE_NAME_WORDS + 1]
        first = words[0] if words else ""
        if len(words) < 2 or not first[:1].isupper() or first.endswith(":"):
            continue  # "DGAP-News: Acme AG": a label, then the company
        if first.casefold() in NOT_HOUSES:
            continue
        for at, word in enumerate(words[1:], 1):
            if POSSESSIVE_END.sub("", word).rstrip("*,;:") in forms:  # "Sionna Inc.’s approach"
                if not _a_market(words[:at]):  # never a filing's list of the exchanges it is
                    houses.add(words[0].casefold())  # sent to: "BSE Limited (Scrip Code: ..."
                break
            if not word[:1].isupper() and word not in NAME_JOINERS:
                break  # (a name's joining word goes on: "Eli Lilly and Co. | EasyAccess ...")
    leads = _paragraph_leads(text[:DIGEST_SAMPLE], forms)
    if len(leads) >= MIN_DIGEST_HOUSES:
        return (
            f"a roundup of {len(leads)} companies' news (a paragraph about each, with its own "
            "sum), not one release"
        )
    if DEAL_TABLE_HEADER.search(text, 0, DIGEST_SAMPLE):
        return (
            "a table of deals (a row of columns names the companies and the terms), not one release"
        )
    if len(houses) >= MIN_DIGEST_HOUSES:
        return (
            f"a table or digest of {len(houses)} companies' news (a line opens with each), not "
            "one release"
        )
    if len(places) >= MIN_DIGEST_PLACES:
        return (
            f"a digest of {len(places)} briefs, each under its own dateline's city, not one release"
        )
    items = DATED_ITEM.findall(text, 0, DIGEST_SAMPLE)
    if len(items) >= MIN_DATED_ITEMS and len(set(items)) >= MIN_DATED_ITEMS - 1:
        return f"a news listing of {len(items)} dated items, not one release"
    teasers = [m.start() for m in TEASER_LINK.finditer(text, 0, DIGEST_SAMPLE)]
    if len(teasers) >= MIN_TEASERS and teasers[0] < TEASER_FIRST_CHARS:
        return f"a listing of {len(teasers)} articles' teasers, each cut off, not one release"
    abstracts = len(ABSTRACT_LABEL.findall(text, 0, DIGEST_SAMPLE))
    if abstracts >= MIN_ABSTRACTS:
        return f"a listing of {abstracts} articles' abstracts, not one release"
    fielded = {name.casefold() for name in COMPANY_FIELD.findall(text, 0, DIGEST_SAMPLE)}
    if len(fielded) >= MIN_FIELDED_COMPANIES:
        return (
            f'a listing of {len(fielded)} companies\' products (a "Company:" field under each), '
            "not one release"
        )
    return None


# A listing of articles' abstracts, each under its label ("Drugs to fight breast cancer near
# approval" over "Article Abstract:" ... "Publication Name: The New York Times"): a release
# prints no such label, a listing one per article
ABSTRACT_LABEL = cued(r"^[ \t]*Article Abstract[ \t]*:", re.MULTILINE)
MIN_ABSTRACTS = 2


# A listing of products, each with its company in a field of its own ("KOSELUGO" over "•
# Company: AstraZeneca LP", "• Approval Date: 10 April 2020"): a release names its own company
# in such a field once (a joint one twice), a listing one per product
COMPANY_FIELD = re.compile(
    r"^[ \t]*(?:[•·▪◦*¿-][ \t]+)?(?:Company|Sponsor|Applicant|Manufacturer)[ \t]*:[ \t]*"
    r"(\S[^\n]{0,80}?)[ \t]*$",
    re.MULTILINE,
)
MIN_FIELDED_COMPANIES = 3


# A news site's listing: a date alone on its line, then a paragraph of one item's news ("January
# 16, 2013\n\nThe Food and Drug Administration has approved ..."), item after item; a release's
# table prints its dates in columns, never each over a sentence of its own
DATED_ITEM = re.compile(
    rf"^[ \t]*({DATE})[ \t]*\n(?:[ \t]*\n)+[ \t]*[A-Z][^\n]{{40,}}?[.!?][\"”’]?[ \t]*$",
    re.MULTILINE,
)
MIN_DATED_ITEMS = 4


def letters_and_visible(text: str) -> tuple[int, int]:
    """How many characters are letters, and how many are not whitespace (as LETTERS and
    VISIBLE count them): the ASCII part by byte deletion, the rest by the regexes."""
    ascii_part = text.encode("ascii", "ignore")
    other = "".join(NON_ASCII.findall(text))
    letters = len(ascii_part.translate(None, ASCII_NOT_LETTERS))
    visible = len(ascii_part.translate(None, ASCII_SPACES))
    return (
        letters + sum(map(len, LETTERS.findall(other))),
        visible + sum(map(len, VISIBLE.findall(other))),
    )


def unattributed_reason(
    release: Release, organizations: Sequence[object], tickers: Sequence[object]
) -> str | None:
    """Why an extracted text is no release, or None: one that names no company (no issuer, no
    organisation, no ticker) and no date nor dateline is a page about the trade ("Royalty and
    Milestone Deals: How Biotech Partnerships Create Value", a glossary), whose sums belong to
    no one. Among 719 texts read so far, only such pages (four) and no release answered so."""
    if release.issuer or organizations or tickers:
        return None
    if release.published_date or release.guessed_date or release.dateline_city:
        return None
    return "names no company, ticker, date or dateline: a page about the trade, not a release"
