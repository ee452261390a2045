"""The parts of a release: headline, subheadline, dateline, body, quotes with their speaker,
"About ..." boilerplate, forward-looking statements, contacts; and the contacts' phones and
e-mail addresses."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from transform.lexicon import alternation, load_lexicon
from transform.literals import cued
from transform.records import SEGMENTS
from transform.text_spans import printings

ABOUT = re.compile(r"^[ \t]*About\s+\S[^\n]{0,100}$", re.MULTILINE)
FORWARD_LOOKING = re.compile(
    r"^[ \t]*(?:(?:Cautionary\s+(?:Note|Statement)s?[^\n]{0,60})|(?:Safe\s+Harbor[^\n]{0,60})|"
    r"(?:(?:Note\s+Regarding\s+)?Forward[- ]Looking\s+Statements?[^\n]{0,60})|"
    r"(?:This\s+(?:press\s+)?release\s+(?:contains|includes|may\s+contain)\s+forward-looking))",
    re.MULTILINE | re.IGNORECASE,
)
CONTACTS = re.compile(
    r"^[ \t]*(?:(?:Media|Investor|Investors|Press|Company)\s+(?:and\s+\w+\s+)?Contacts?|"
    r"Contacts?(?:[ \t]+(?:presse|investisseurs))?|CONTACTS?"  # (French: "Contact presse :")
    r"|For\s+(?:further|more)\s+information[^\n]{0,40}"
    # another language's label, its English after a slash: "Kontakt / Contact:", "Contacto",
    # "Ansprechpartner:", "Pressekontakt", "Per informazioni:",
    # "Renseignements / Information:"
    r"|(?:Kontakte?|KONTAKTE?|Contactos?|Contatti"
    r"|Relations[ \t]+(?:presse|investisseurs)|Ansprechpartner(?:in)?|Pressekontakte?"
    r"|Per[ \t]+informazioni|Para[ \t]+m[áa]s[ \t]+informaci[óo]n|Renseignements)"
    r"(?:[ \t]*/[ \t]*(?:Contacts?|CONTACTS?|Information|INFORMATION))?"
    # a British heading, a label alone on its line: "Enquiries:", "Media enquiries", "INQUIRIES"
    r"|(?:(?:Further|Media|Investor|Press|Analyst)\s+)?(?:[EeIi]nquiries|ENQUIRIES|INQUIRIES)"
    r"(?=[ \t]*(?::|$)))\s*:?",
    re.MULTILINE,
)
# a desk's label and a name after its colon, with no contacts heading above (a joint release's
# company before it): "Media: Greta Lindqvist, +1 617-555-0199", "Ventrix Investors: Jonah
# Feldstein"; under a contacts heading, part of its section
# a contacts desk's label: "Media", "Investor Relations" (people.py and links.py read it too)
DESK_LABELS = r"Media|Investors?|Investor Relations|Press|Analysts?|Public Relations|Communications"
DESK_CONTACT = re.compile(
    rf"^[ \t]*(?:[A-Z][\w&.-]*[ \t]){{0,3}}(?:(?:{DESK_LABELS})(?:[ \t][Cc]ontacts?)?"
    r"|(?<=[ \t])Contacts?)"  # ... or a company's own: "Vireo Contact: Beth Almeida, ..."
    r"[ \t]*:(?=[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?[A-Z][\w'’.-]+[ \t]+[A-Z])",
    re.MULTILINE,
)
# a desk's label alone on its line, a contact's e-mail or phone within the next lines: the
# heading of a block with no "Contacts" ("Media\nTen Bridge Communications\nDan Quinn\n
# dan@...", "Investors:\nArgot Partners\nJane Doe\n212-555-0100")
DESK_HEADING = re.compile(
    rf"^[ \t]*(?:{DESK_LABELS})(?:[ \t]+[Cc]ontacts?)?[ \t]*:?[ \t]*$", re.MULTILINE
)
DESK_DETAIL_CHARS = 200  # below the label, where its entry's e-mail or phone is printed


# A drug's safety information, as a US release prints it after the news: "IMPORTANT SAFETY
# INFORMATION", "Indication and Important Safety Information", "Selected Safety Information", a
# boxed warning's "WARNING: SERIOUS INFECTIONS ..."
SAFETY_HEADING = re.compile(
    r"^[ \t]*(?:(?:(?i:indications?)(?:[ \t]+(?i:and)[ \t]+|[ \t]*&[ \t]*)(?:(?i:usage)[ \t]+"
    r"(?i:and)[ \t]+)?)?(?i:important|selected)[ \t]+(?i:safety)[ \t]+(?i:information)\b"
    r"|(?:BOXED[ \t]+)?WARNING:[ \t]+[A-Z][A-Z ,()/-]{10,})",
    re.MULTILINE,
)


@lru_cache(maxsize=4)  # the compounds and the indications of a release both ask
def safety_sections(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """Where a drug's safety information is printed (from ``start``): from its heading to the
    next About, forward-looking or contacts section, or the text's end. Its diseases are the
    drug's risks and its drugs another's it meets, no news of the release."""
    spans: list[tuple[int, int]] = []
    sections = [at for _, at, _ in _sections(text, start)]
    for match in SAFETY_HEADING.finditer(text, start):
        if spans and match.start() < spans[-1][1]:
            continue  # a boxed warning inside the section its heading opened
        end = next((at for at in sections if at > match.start()), len(text))
        spans.append((match.start(), end))
    return tuple(spans)


QUOTE = re.compile(r"[“\"]([^”\"\n]{40,}?)[”\"]")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b")
# an international number in the groups its country prints: "+44 (0) 20 8047 5502", "+41 61 555 55
# 55", "+81-3-5555-0100", "+33 1 44 71 94 94" (eight to fifteen digits)
INTERNATIONAL_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:(?:[ .-]|[ ]?/[ ]?)?\(?\d{1,5}\)?){2,6}(?![\w])"
)
PHONE_DIGITS = (8, 15)
# a national number its label names, its trunk's "0" first: "Tel: 01223 555 210", "Phone: (03)
# 9555 0199", "T: 020 7213 0880" (the label tells it from a figure)
LABELLED_PHONE = re.compile(
    r"\b(?:Tel|Telephone|Phone|Ph|Mobile|Mob|Direct|Office|T|M|P)\.?[ \t]*:?[ \t]*"
    r"(?P<number>\(?0\d[\d ()./-]{6,18}\d)(?![\w])"
)
SPEAKER_WINDOW = 160


@dataclass(frozen=True)
class Segment:
    segment: str
    title: str | None  # the About heading, or a quote's speaker
    span_start: int
    span_end: int
    rule: str


@dataclass(frozen=True)
class ContactDetail:
    kind: str  # email | phone
    value: str
    span_start: int
    span_end: int


@lru_cache(maxsize=4)  # the segments and the company profiles of a release both ask
def _sections(text: str, start: int) -> tuple[tuple[str, int, str | None], ...]:
    """Where each About, forward-looking and contacts section begins (at or after ``start``)."""
    found: dict[int, tuple[str, int, str | None]] = {}
    for kind, pattern in (
        ("about", ABOUT),
        ("forward_looking", FORWARD_LOOKING),
        ("contacts", CONTACTS),
    ):
        for match in pattern.finditer(text, start):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if text[line_start : match.start()].strip():
                continue  # not at the start of a line
            if line_start > 0 and text[line_start - 1] != "\n":
                continue
            title = match.group().strip() if kind == "about" else None
            found.setdefault(match.start(), (kind, match.start(), title))
    headed = [found[key] for key in sorted(found)]
    starts = [section[1] for section in headed]
    desks = list(DESK_CONTACT.finditer(text, start))
    desks += [  # a label alone on its line, over an entry's e-mail or phone
        m
        for m in DESK_HEADING.finditer(text, start)
        if EMAIL.search(text, m.end(), m.end() + DESK_DETAIL_CHARS)
        or PHONE.search(text, m.end(), m.end() + DESK_DETAIL_CHARS)
    ]
    for match in sorted(desks, key=lambda m: m.start()):
        before = bisect.bisect_right(starts, match.start())
        if before and headed[before - 1][0] == "contacts":
            continue  # under a contacts heading (or a desk's label above)
        found[match.start()] = ("contacts", match.start(), None)
        headed.insert(before, found[match.start()])
        starts.insert(before, match.start())
    return tuple(headed)


def find_segments(
    text: str,
    headline: tuple[int, int] | None,
    dateline: tuple[int, int] | None,
    people: list[tuple[str, int, int]],
) -> list[Segment]:
    """The release's segments in reading order; ``people`` are (name, start, end) mentions."""
    segments: list[Segment] = []
    if headline:
        segments.append(Segment("headline", None, *headline, "headline"))
    if headline and dateline and dateline[0] > headline[1]:
        between = text[headline[1] : dateline[0]]
        stripped = between.strip()
        if stripped and "\n\n" not in stripped and len(stripped) < 300:
            start = headline[1] + between.index(stripped)
            segments.append(
                Segment("subheadline", None, start, start + len(stripped), "between_headline")
            )
    if headline:
        leading = _leading_contacts(text, headline[0])
        if leading:
            segments.append(Segment("contacts", None, *leading, "contacts_heading"))
    if dateline:
        segments.append(Segment("dateline", None, *dateline, "dateline"))
    body_start = dateline[1] if dateline else (headline[1] if headline else 0)
    sections = _sections(text, body_start)
    body_end = sections[0][1] if sections else len(text)
    if body_end > body_start:
        segments.append(Segment("body", None, body_start, body_end, "before_first_section"))
    for index, (kind, start, title) in enumerate(sections):
        end = sections[index + 1][1] if index + 1 < len(sections) else len(text)
        segments.append(Segment(kind, title, start, len(text[:end].rstrip()), f"{kind}_heading"))
    for match in QUOTE.finditer(text, body_start, body_end):
        segments.append(
            Segment(
                "quote",
                _speaker(text, match.start(), match.end(), people),
                match.start(1),
                match.end(1),
                "quotation_marks",
            )
        )
    return sorted(segments, key=lambda s: (s.span_start, SEGMENTS.index(s.segment)))


def _leading_contacts(text: str, headline_start: int) -> tuple[int, int] | None:
    """A contacts block printed above the headline, as releases of the 1990s open ("Contact:
    Robert L. Whitcomb / Vice President, Finance / (206) 555-0119" over the headline): from its
    heading, a label alone or before a colon (never a page's "Contact Us"), to the headline."""
    for match in CONTACTS.finditer(text, 0, headline_start):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].strip():
            continue
        line_end = text.find("\n", match.end())
        rest = text[match.end() : headline_start if line_end == -1 else line_end]
        if match.group().rstrip().endswith(":") or not rest.strip():
            return match.start(), len(text[:headline_start].rstrip())
    return None


# An SEC form's cover page, printed before the release it carries: "SECURITIES AND EXCHANGE
# COMMISSION / Washington, D.C. 20549 / FORM 6-K ... (Exact name of registrant ...)"
COVER_MARK = re.compile(
    r"(?=[wfrsceait(])(?:"  # a mark's first letter: a position without one fails at once
    r"Washington,\s+D\.C\.\s+20549"
    # the marks that open a word, checked once for all of them (inside a word, all fail at once)
    r"|(?<!\w)(?:form\s+(?:8-k|6-k|10-k|10-q|20-f)\b|registrant\b"
    r"|securities\s+exchange\s+act\b|commission\s+file\s+number\b"
    # its check boxes and the item the form reports, which ends it: "ITEM 8.01 - OTHER EVENTS"
    r"|(?:securities|exchange)\s+act\b|appropriate\s+box\b|item\s+\d{1,2}\.\d\d\b"
    # a tender offer's forms: "SC 14D9-C", "(Name of Subject Company)", "(Name of Filing Persons)"
    r"|subject\s+company\b|filing\s+persons?\b|sc\s+(?:14d-?9|to-[a-z])\b"
    # an exchange announcement's heading (Hong Kong, Singapore): the exchange's legend, the
    # issuer's letterhead and its stock code
    r"|take\s+no\s+responsibility\s+for\s+the\s+contents\b)"
    r"|\(incorporated\s+in\s+[^()]{3,80}\)"
    r"|\(stock\s+code\s*:[^()]{1,20}\)"
    r"(?:[\s-]+(?:other|events|regulation|fd|disclosure|results|of|operations|and|financial"
    r"|condition|statements|exhibits))*)",
    re.IGNORECASE,
)
COVER_WINDOW = 6000  # a cover page is read within the text's first characters
# a paragraph's line: twelve words or more, a stop at its end (money.py ends a financial table at
# one too)
PROSE_LINE = re.compile(r"^[ \t]*(?:\S+[ \t]+){11,}\S*[.!?][\"”’)]?[ \t]*$", re.MULTILINE)
COVER_GAP = 800  # cover marks closer than this belong to one cover page


@lru_cache(maxsize=4)  # the dateline, headline, lead and organisations of a release all ask
def cover_page_end(text: str) -> int:
    """Where an SEC form's cover page, or an exchange announcement's heading, ends (0 when the
    text opens with none): the end of the line of its last mark, marks following each other
    within COVER_GAP characters."""
    end = 0
    if COVER_MARK.search(text, 0, COVER_GAP + 200) is None:
        return 0  # most releases: no mark where a cover page would open
    for mark in COVER_MARK.finditer(text, 0, COVER_WINDOW):
        if end == 0 and mark.start() > COVER_GAP:
            break
        if end and mark.start() - end > COVER_GAP:
            break
        if end and PROSE_LINE.search(text, end, mark.start()):
            break  # a release's paragraph between: the mark is its own filing's signature
            # ("Pursuant to the requirements of the Securities Exchange Act of 1934, the
            # registrant has duly caused ..." under a 6-K's short release)
        line_end = text.find("\n", mark.end())
        end = len(text) if line_end == -1 else line_end
        if ITEM_MARK.match(mark.group()):
            break  # the item the form reports ends the cover: a later item ("Item 9.01
            # Financial Statements and Exhibits") closes the report's body, no cover of it
    return end


ITEM_MARK = re.compile(r"item\s+\d", re.IGNORECASE)


def company_profiles(text: str, start: int, companies: list[str]) -> list[tuple[int, int]]:
    """Spans of the "About <company>" sections after ``start``: the boilerplate that profiles a
    company named in the release (``companies``: the issuer and the organisations found), not
    an "About <drug>" or "About the trial" section. A heading names a company when it holds a
    company's first word ("About Array BioPharma", "About ImmunoGen, Inc.")."""
    first_words = {name.split()[0].casefold() for name in companies if name.split()}
    sections = _sections(text, start)
    spans = []
    for index, (kind, section_start, title) in enumerate(sections):
        heading = (title or "").split()[1:]
        if kind == "about" and any(w.strip(",.:").casefold() in first_words for w in heading):
            end = sections[index + 1][1] if index + 1 < len(sections) else len(text)
            spans.append((section_start, end))
    return spans


def _speaker(text: str, start: int, end: int, people: list[tuple[str, int, int]]) -> str | None:
    """The person named nearest a quote within its paragraph ("... ,” said Jane Doe")."""
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    near = []
    for name, name_start, _ in people:
        for at in [*printings(text, name), name_start]:
            if paragraph_start <= at < paragraph_end:
                distance = at - end if at >= end else start - at
                if distance <= SPEAKER_WINDOW:
                    near.append((distance, name))
    return min(near)[1] if near else None


def find_contact_details(text: str, contacts: list[Segment]) -> list[ContactDetail]:
    """E-mail addresses and phone numbers printed in the contacts sections."""
    details = []
    for section in contacts:
        for kind, pattern in (("email", EMAIL), ("phone", PHONE)):
            for match in pattern.finditer(text, section.span_start, section.span_end):
                details.append(ContactDetail(kind, match.group(), match.start(), match.end()))
        read = [(d.span_start, d.span_end) for d in details]
        numbers = [
            _closed(match)
            for match in INTERNATIONAL_PHONE.finditer(text, section.span_start, section.span_end)
        ] + [
            match.span("number")
            for match in LABELLED_PHONE.finditer(text, section.span_start, section.span_end)
        ]
        for start, end in sorted(numbers):
            digits = sum(ch.isdigit() for ch in text[start:end])
            if not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
                continue
            overlapping = [(s, e) for s, e in read if s < end and start < e]
            # a national number read inside the whole one, its country's code and trunk
            # before it: "131 555 0199" of "+44 (0)131 555 0199"
            inside = [
                d
                for d in details
                if d.kind == "phone" and start <= d.span_start < d.span_end <= end
            ]
            if overlapping and len(inside) == len(overlapping):
                details = [d for d in details if d not in inside]
                read = [r for r in read if r not in overlapping]
            elif overlapping:
                continue
            details.append(ContactDetail("phone", text[start:end], start, end))
            read.append((start, end))
    return sorted(details, key=lambda d: d.span_start)


def _closed(number: re.Match[str]) -> tuple[int, int]:
    """A number's span without the parenthesis that closes the text around it: "+81-3-5555-1200"
    of "(TEL: +81-3-5555-1200)"."""
    start, end = number.span()
    printed = number.group()
    if printed.endswith(")") and printed.count(")") > printed.count("("):
        end -= 1
    return start, end


@cache
def _chrome_line() -> re.Pattern[str]:
    openers = alternation("page_chrome_lines", "opener")
    # after a list's bullet; the link's title may be glued on ("Next articleZeta Signs ...")
    return re.compile(
        rf"^[ \t]*(?:[-•*·–][ \t]*)?(?:{openers})(?-i:(?![a-z]))", re.IGNORECASE | re.MULTILINE
    )


# An exchange filing's cover letter before the release it encloses (India's BSE and NSE): its
# salutation on a line of its own ("Dear Sir/Madam,"), and the paragraph that encloses the
# release after it ("Please find enclosed the press release titled ...")
SALUTATION = re.compile(
    r"^[ \t]*Dear[ \t]+(?:Sirs?|Madam|Sir[ \t]*/[ \t]*Madam|Sir[ \t]+or[ \t]+Madam)"
    r"[ \t]*[,:]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
ENCLOSING = re.compile(
    r"[ \t]*(?:Please[ \t]+find|Enclosed[ \t]+(?:please[ \t]+find|is|herewith)|We[ \t]+(?:enclose"
    r"|are[ \t]+enclosing|wish[ \t]+to[ \t]+inform|hereby[ \t]+inform))\b",
    re.IGNORECASE,
)
COVER_LETTER_CHARS = 1500  # a salutation this near the text's start opens its letter's body


def past_cover_letter(text: str, at: int) -> int:
    """Where the release a cover letter encloses opens, past the letter's salutation and its
    paragraph that encloses the release ("Dear Sir/Madam," over "Please find enclosed the press
    release ..."); ``at`` where no salutation opens a letter near it."""
    salutation = SALUTATION.search(text, at, at + COVER_LETTER_CHARS)
    if salutation is None:
        return at
    start = salutation.end()
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if ENCLOSING.match(text, start):
        paragraph_end = text.find("\n\n", start)
        start = len(text) if paragraph_end == -1 else paragraph_end
    return start


def past_chrome_lines(text: str, at: int) -> int:
    """Where the text goes on past the lines of a page's chrome that open at ``at`` ("News
    Alert: Omega Receives FDA Approval ... Click to Read More." under a title): a lead opens
    there."""
    while True:
        line_start = at
        while line_start < len(text) and text[line_start] in " \t\n":
            line_start += 1
        if not _chrome_line().match(text, line_start):
            return at
        line_end = text.find("\n", line_start)
        if line_end == -1:
            return at
        at = line_end + 1


@cache
def _rest_of_page(extent: str = "rest") -> re.Pattern[str]:
    openers = "|".join(
        re.escape(row["opener"])
        for row in load_lexicon("page_chrome_lines")
        if row["extent"] == extent
    )
    return re.compile(rf"^[ \t]*(?:{openers})(?-i:(?![a-z]))", re.IGNORECASE | re.MULTILINE)


BODY_WORDS = 100  # running words before a list's heading that make it close the page


def _page_end(text: str) -> int | None:
    """Where the page's chrome takes the rest of the text: a paywall or a comments section
    ("rest"), a list of other articles after the text's body ("end": "Related News"), or the
    next of the releases a page prints one after another."""
    rest = _rest_of_page().search(text)
    ends = (
        match.start()
        for match in _rest_of_page("end").finditer(text)
        if len(WORD_OR_FIGURE.findall(text, 0, match.start())) >= BODY_WORDS
    )
    found = [
        at
        for at in (rest.start() if rest else None, next(ends, None), _next_release(text))
        if at is not None
    ]
    return min(found) if found else None


# a release as a page that prints several prints each: its title on a line of its own, then a
# lead that opens with its date and its company ("Arbutus to Participate in ...\n\nOn September
# 6, 2022 Arbutus Biopharma Corporation (Nasdaq: ABUS) ... reported that ...")
TITLED_DATED_LEAD = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?P<title>[^\n]{20,200})\n[ \t]*\n[ \t]*On[ ]"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ ]\d{1,2},[ ](?:19|20)\d\d,?[ ](?P<company>[A-Z][\w&.’'-]*)"
)
FIRST_RELEASE_CHARS = 400  # the page's first release opens this near its top


def _next_release(text: str) -> int | None:
    """Where the second of the releases a page prints one after another starts, each a title
    over a lead that opens with its date and its company, another company's than the first's:
    its title's line. A release's own later paragraph that opens with a date follows no title
    of its own on a line between blank lines, nor names the first's company."""
    shaped = list(TITLED_DATED_LEAD.finditer(text))
    if len(shaped) < 2 or shaped[0].start("title") > FIRST_RELEASE_CHARS:
        return None
    first = shaped[0]["company"]
    for match in shaped[1:]:
        if match["company"] != first and _headline_like(match["title"].strip()):
            return match.start("title")
    return None


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def chrome_blocks(text: str, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of a page's tables of chrome (page_chrome_lines.csv, extent "block"): the opening
    line and the lines under it up to the next blank line, a share box's rows ("Delayed by 15
    minutes" over "Groupe Crit EU:CEN Euronext Ordinary Share" and its prices), opening before
    ``end``."""
    spans = []
    for match in _rest_of_page("block").finditer(text, 0, len(text) if end is None else end):
        blank = BLANK_LINE.search(text, match.end())
        block = (match.start(), blank.start() if blank else len(text))
        spans.extend(_captions(text, block))
        spans.append(block)
    return spans


CAPTION_LINES = 8  # a box's caption stands this near above its table
BOX_WORD = re.compile(r"[A-Za-z0-9]+")


def _captions(text: str, block: tuple[int, int]) -> list[tuple[int, int]]:
    """The lines just above a box's table printed with its row's words alone: its caption
    ("OSIP Osi Pharmaceuticals Inc. (MM)" over "Osi Pharmaceuticals Inc. (MM) NASDAQ:OSIP
    NASDAQ Common Stock"), another company's name when the box quotes another's shares."""
    boxed = set(BOX_WORD.findall(text, *block))
    spans = []
    line_end = block[0] - 1
    for _ in range(CAPTION_LINES):
        if line_end <= 0:
            break
        line_start = text.rfind("\n", 0, line_end) + 1
        words = BOX_WORD.findall(text, line_start, line_end)
        if len(words) >= 2 and set(words) <= boxed:
            spans.append((line_start, line_end))
        line_end = line_start - 1
    return spans


def chrome_line(line: str) -> bool:
    """Whether ``line`` is a line of a page's chrome (page_chrome_lines.csv)."""
    return _chrome_line().match(line) is not None


# a message board post's header: "To: musicguy who wrote (26006)6/17/1998 11:39:00 AM", "From:
# Lupus  Respond to of 34592" (its posters' names are no people, diseases or companies)
POST_HEADER = cued(
    r"^[ \t]*(?:To|From):[ \t][^\n]{1,80}?\b(?:who wrote|Respond to|Read Replies|Reply to)\b"
    r"(?:[ \t]*\(\s*\d+\s*\))?(?:[ \t]*of[ \t]+\d+)?",
    re.MULTILINE,
)


def page_chrome(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a page's chrome ("Previous article ...", "Price Action: ...":
    page_chrome_lines.csv; and the other articles' headlines listed below the text), in order;
    nothing printed on them is part of the release."""
    spans = [
        (match.start(), (text.find("\n", match.end()) + 1 or len(text) + 1) - 1)
        for match in _chrome_line().finditer(text)
    ]
    spans += [(m.start(), m.end()) for m in POST_HEADER.finditer(text)]
    spans = sorted(spans + chrome_blocks(text))
    listed = _headlines_below(text)
    # a paywall, or the page's other articles: nothing after it is the release's
    rest = _page_end(text)
    if rest is not None and (listed is None or rest < listed[0]):
        listed = (rest, len(text))
    if listed:
        spans = [span for span in spans if span[1] <= listed[0]] + [listed]
    return spans


HEADLINE_LIST_MIN_LINES = 3
HEADLINE_WORDS = (4, 20)
HEADLINE_LIST_CHARS = 3000  # the end of a text read for it
WORD_OR_FIGURE = re.compile(r"\S+")
FIGURE = re.compile(r"[$€£]?[\d.,%()+-]*\d[\d.,%()+-]*[kmbKMB]?")


def _headline_like(line: str, figure_first: bool = False) -> bool:
    """A line of another article's headline: a few words, a verb or a preposition in lower case
    among them, no stop or colon at its end, next to no figures ("ScinoPharm Taiwan secures
    first US FDA approval for ..."); over its teaser, it may open with its figure ("$780m
    Sydney Biomedical Accelerator gains its founding Executive Director")."""
    words = WORD_OR_FIGURE.findall(line)
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] or line[-1:] in ".!?:;,":
        return False
    # a figure is a number alone; a code's digits ("TYRA-300", "COVID-19") name something
    figures = sum(FIGURE.fullmatch(word) is not None for word in words)
    lower = sum(word.isalpha() and word.islower() and len(word) >= 3 for word in words)
    # (a company's name that opens in a figure or in lower case opens one too: "4basebio
    # synthetic DNA used in ...", "uniQure receives ...")
    first = words[0]
    named = FIGURE.fullmatch(first) is None and any(c.isupper() or c.isdigit() for c in first)
    opens = named or (figure_first and FIGURE.fullmatch(first) is not None)
    return figures <= 1 and lower >= 1 and opens


def _title_cased_headline(line: str) -> bool:
    """A headline in Title Case: a few words, each capitalised or a short function word, no
    stop at its end."""
    words = WORD_OR_FIGURE.findall(line)
    if not HEADLINE_WORDS[0] - 1 <= len(words) <= HEADLINE_WORDS[1] or line[-1:] in ".!?:;,":
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in TITLE_CASE_LOWER_WORDS for w in words
    )


# the short words a Title Case headline leaves in lower case
TITLE_CASE_LOWER_WORDS = frozenset(
    {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "with", "by", "as", "vs"}
)


# another article's teaser under its headline: its opening words, cut ("Professor Victoria
# Cogger has been appointed as founding Executive Director of the Sydney...")
TEASER_CUT = re.compile(r"\w(?:\.\.\.|…)$")
TEASER_WORDS = 6


def _headlines_below(text: str) -> tuple[int, int] | None:
    """The span of a list of other articles' headlines closing a page: three lines or more like
    headlines after its last sentence, up to the end; or one headline or more, each over its
    cut teaser, after the text's body."""
    tail_start = max(0, len(text) - HEADLINE_LIST_CHARS)
    lines = text[tail_start:].rstrip().split("\n")
    count = teasers = 0
    teaser = False  # the line below was a teaser: this one must be its headline
    for line in reversed(lines):
        if not line.strip():
            if count or teaser:
                break
            continue
        stripped = line.strip()
        if (
            not teaser
            and TEASER_CUT.search(stripped)
            and len(WORD_OR_FIGURE.findall(stripped)) >= TEASER_WORDS
        ):
            teaser = True
            count += 1
            continue
        if not _headline_like(stripped, figure_first=teaser) and not (
            count and _title_cased_headline(stripped)
        ):
            break  # (a title in Title Case inside the list is one of it: "Perrigo Announces
            # Quarterly Dividend" among "... sells US Priority Review Voucher for USD160m")
        teasers += teaser
        teaser = False
        count += 1
    if teaser and not teasers:
        count -= 1  # a cut line alone is no teaser; over a list of them it is one whose
        # headline the page ran into the text above ("... disease.\n$780m Sydney ...")
    listed = count - teasers >= HEADLINE_LIST_MIN_LINES
    if not listed and not teasers:
        return None  # most pages: no list, nothing more to count
    kept = lines[: len(lines) - count]
    start = tail_start + sum(len(line) + 1 for line in kept)
    # teasers close a page only after a body of text (counted up to the bar, not the whole text)
    if (
        not listed
        and sum(1 for _ in islice(WORD_OR_FIGURE.finditer(text, 0, start), BODY_WORDS)) < BODY_WORDS
    ):
        return None
    return start, len(text)


def in_spans(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int) -> bool:
    """Whether offset ``at`` lies in one of ``spans`` (sorted, not overlapping; ``starts``
    their starts)."""
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and at < spans[index][1]
