"""The issuer: the company whose name opens the lead paragraph right after the dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from transform.dateline import DATE, LEAD_ON_DATE, MONTH, WEEKDAY
from transform.drug_vocabulary import is_drug_name
from transform.headline import DEFINED_COMPANY, PUBLIC_MARK, heading_verb, noise_lines
from transform.lexicon import (
    alias_map,
    alternation,
    company_suffix_pattern,
    company_trade_words,
    context_words,
    descriptor_words,
    legal_form,
    legal_form_at_end,
    legal_form_openers,
    legal_form_words,
    name_openers,
    nationality_before,
    only_title_words,
    place_names,
    title_words,
    us_states,
    wire_label_before,
    words_alternation,
)
from transform.organizations import (
    BARE_INITIALS_AFTER,
    LOWER_CASE_NAME,
    LOWER_OPENER,
    PLACE_DESCRIPTOR,
    PLAIN_WORD_USES,
    common_english,
    is_market,
    is_regulator,
    organization_head_words,
    plain_noun,
    regulator_at,
    without_glued_title,
    without_legal_form,
)
from transform.people import HONORIFIC_WORD, ONE_BREAK
from transform.repair.vocabulary import given_names, is_name, word_counts
from transform.repair.words import FUNCTION_WORDS
from transform.rules import confidence as confidence_of
from transform.segments import past_chrome_lines
from transform.text_spans import (
    ANNOUNCING_VERB,
    BARE_POSSESSIVE,
    LIST_POINT,
    POSSESSIVE,
    WIRE_SLUG,
    ends_with_stop,
    sentence_bounds,
    sentence_end,
)
from transform.tickers import find_tickers

NAME_WORD = r"[A-Z0-9][\w&'’.\-]*[™®]?"  # "Dicerna™ Pharmaceuticals, Inc.", "Dr. Reddy’s"
CAMEL_WORD = rf"{LOWER_OPENER}[A-Z][\w&'’.\-]*"  # "aTyr", "uniQure", "deCODE", "e-Therapeutics"
NAME = rf"{NAME_WORD}(?:[ ](?:{NAME_WORD}|&|and|of|for|de|du|la)){{0,6}}?"
LEAD_FOLLOWER = (  # or the name alone on its line, as a news brief prints it: "... - Acme Co Ltd",
    # or over its points: "April 23 (Reuters) - Acme Co Ltd:\n* ACME ENTERS ..."
    # (or its shares: "(Bloomberg) -- Cassava Sciences Inc. shares plunged after ...")
    r"(?=\s*[(\[,]|\s+(?:[Tt]oday|announce[sd]?|report(?:s|ed)?|and|has|have|is|said|says|will"
    r"|shares|stock|,"
    # (its shares' move after "Shares of": "Shares of Acme Inc. jumped 40% on Tuesday")
    r"|rose|fell|jumped|surged|soared|plunged|tumbled|slumped|dropped|climbed|gained|sank|slid"
    r"|rallied|were|was|are)\b"
    r"|[ \t]*\n[ \t]*\n|[ \t]*:[ \t]*\n"
    # or a page's quote of its share, the bare ticker and the day's change: "Zeta Corporation plc
    # ZETA -0.68% , a clinical stage ..."
    r"|[ \t]+[A-Z]{2,6}[ \t]+[+\-−]\d[\d.]*%)"
)
HEADER_CHARS = 4000  # where a release opens
# "SOURCE Acme Bio, Inc.", "Source: Acme AG via Thomson Reuters ONE"; never a wire's own name
SOURCE_LINE = re.compile(
    r"^(?:SOURCE:?|Source:)[ \t]+(?P<name>[^\n]{2,80}?)(?:[ \t]+via[ \t][^\n]*)?[ \t]*$",
    re.MULTILINE,
)
# "(Nasdaq: ACME", and the numeric codes of Asian exchanges: "(TSE: 4503)", "(KOSDAQ: 145020)"
TICKER_OPEN = re.compile(r"\((?:[A-Za-z][A-Za-z\- ]{0,40}?)\s*:\s*(?:[A-Z]|\d{4,6}\s*[),;])")


@dataclass(frozen=True)
class IssuerMatch:
    name: str
    span_start: int
    span_end: int
    rule: str
    confidence: float


@cache
def _lead_name() -> re.Pattern[str]:
    return re.compile(rf"\s*(?P<name>{NAME}(?:,?[ ]{company_suffix_pattern()})?){LEAD_FOLLOWER}")


@cache
def _possessive_lead(product_after: bool = False) -> re.Pattern[str]:
    """A lead whose subject is the company's news, not the company: "Acme Bio Inc.'s
    fourth-quarter loss swelled ...", "Acme Pharmaceutical's net loss ... improved";
    ``product_after``: its product's code or brand in capitals may follow, as after a
    regulator's verb ("has approved Zeta Bio's ZT-1", "... Zeta Bio's ZETAMAB")."""
    suffix = company_suffix_pattern()
    product = r"|[A-Z][\w-]*\d|[A-Z]{2,}\b" if product_after else ""
    # or with a bare apostrophe after a sibilant: "Zetanex' share price rose ..."
    return re.compile(
        rf"\s*(?P<name>{NAME}(?:,?[ ]{suffix})?)(?:['’]s|(?<=[sxz])['’])[ ](?=[a-z0-9]{product})"
    )


def _possessive_company(name: str) -> bool:
    """Whether a name with a possessive inside is a company's own ("Dr Reddy's Laboratories",
    "Lee's Pharmaceutical"): the lexicon's, or a word of the trade ending it."""
    from transform.dictionary import a_known_organization

    return name.rsplit(" ", 1)[-1] in company_trade_words() or a_known_organization(name)


def _owns_news(name: str, with_form: bool) -> bool:
    """Whether a possessive lead's owner is surely a company: a legal form, a word of the trade
    ending it, or the lexicon's company ("Alzheimer's disease" is none)."""
    from transform.dictionary import a_known_organization

    if with_form or name.rsplit(" ", 1)[-1] in company_trade_words():
        return not is_regulator(name)
    return a_known_organization(name)


@cache
def _lead_name_with_legal_form() -> re.Pattern[str]:
    """A name that ends in its legal form, one or two of them: "Daiichi Sankyo Co., Ltd.",
    "Elan Corporation, plc", "Eli Lilly and Company"; a place in brackets inside it:
    "Hansoh (Shanghai) Healthtech Co., Ltd.", "HUTCHMED (China) Limited"."""
    return re.compile(
        rf"\s*(?P<name>{NAME}(?:[ ]\([A-Z][\w .]{{1,20}}\)(?:[ ]{NAME})?)?"
        rf"(?:,?[ ]{company_suffix_pattern()}){{1,2}}){LEAD_FOLLOWER}"
    )


@cache
def _name_with_form() -> str:
    """A name that ends in its legal form, one or two of them (an expression's text)."""
    return rf"(?P<name>{NAME}(?:,?[ ]{company_suffix_pattern()}){{1,2}})"


@cache
def _named_with_legal_form() -> re.Pattern[str]:
    """A name that ends in its legal form, whatever follows it."""
    return re.compile(_name_with_form())


def _legal_name(text: str, at: int) -> re.Match[str] | None:
    """The lead's company with its whole legal form, unless "and" joins two companies
    ("Acme and Beta Corp.": the issuer is Acme, Beta a co-issuer); "and Company" is a form."""
    match = _lead_name_with_legal_form().match(text, at)
    if match is None:
        return None
    name = match["name"]
    if " and " in name and not re.search(r"\band Company\.?$", name):
        return None
    return match


@cache
def _name_before_ticker() -> re.Pattern[str]:
    # a name may open with a word in lower case with a capital inside: "aTyr Pharma’s (NASDAQ:";
    # or follow a dash it was glued to: "February 4, 2004 –Zeta Pharmaceuticals, Inc. (Nasdaq:"
    return re.compile(
        rf"(?:^|(?<=[\s\"“(*•–—]))(?P<name>(?:{CAMEL_WORD}[ ])?{NAME}"  # "*MorphoSys AG (FSE:"
        rf"(?:,?[ ]{company_suffix_pattern()})?)\s*$"
    )


@cache
def _name_place_form() -> re.Pattern[str]:
    """A name, a place in brackets and a legal form before a ticker: "Hutchmed (China) Limited",
    "Zeta Pharmaceutical (HK) Ltd."."""
    return re.compile(
        rf"(?:^|(?<=[\s\"“(*•]))(?P<name>{NAME}[ ]\([A-Z][\w .]{{1,20}}\)[ ]"
        rf"{company_suffix_pattern()})\s*$"
    )


BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
# a lead that opens with the short name it defines, its ticker after: (“HUTCHMED”) (Nasdaq: HCM)
DEFINED_OPENS_LEAD = re.compile(
    r"\s*\(\s*[“\"](?P<name>[A-Z][\w&.\- ]{1,40}?)[”\"]\s*\)\s*(?=\([^()\n]{1,80}\)\s+[a-z])"
)


@cache
def _company_before_seat() -> re.Pattern[str]:
    """A company with its legal form, then a comma: its seat follows, then its ticker."""
    return re.compile(rf"(?:^|(?<=[\s\"“(]))(?P<name>{NAME},?[ ]{company_suffix_pattern()}),[ ]$")


@cache
def _paragraph_company() -> re.Pattern[str]:
    """A paragraph opening with a company in its legal form, past a page's labelled date; a
    dash may follow it, as a wire's brief prints what the company is: "Hemogenyx
    Pharmaceuticals PLC - London-based biopharmaceutical group ... - Submits ..."."""
    return re.compile(
        rf"^(?:[ \t]*date[ \t]+\d{{4}}-\d\d-\d\d[ \t]+)?(?P<name>{NAME},?[ ]"
        rf"{company_suffix_pattern()})(?:{LEAD_FOLLOWER}|(?=[ \t]+[-–][ \t]+\S))",
        re.MULTILINE,
    )


# a news agency's instrument code after the name: "Geron Corp GERN.O said", "AstraZeneca AZN.L"
INSTRUMENT_CODE = re.compile(r"[ ](?:[A-Z]{1,6}|\d{4})\.[A-Z]{1,2}$")


def _trimmed(name: str) -> str:
    return INSTRUMENT_CODE.sub("", name.strip().rstrip(","))


def _unmarked(name: str) -> str:
    """The name without trademark signs, which are no part of it ("Dicerna™")."""
    return name.replace("™", "").replace("®", "")


# What a page prints before a name, never in it: a year or number ("2020 Regulus ..."), a pipe
# read as "I", and whatever ends with a dash or a colon ("United States- Eisai Co., Ltd.")
SECURITIES = context_words("security")  # "Shares of Acme rose"
# a number or a date ("2022-12-23", "12/23/2022" of a feed's label before the name), or a
# pipe OCR read as "I"
# a development code alone: letters, then digits ("IPH2102", "MK-3475", "BMS-66513")
DEVELOPMENT_CODE = re.compile(r"[A-Z]{2,6}[- ]?\d{3,}[A-Z]?")
NOT_NAME_START = re.compile(r"\d+(?:[\d.,/-]*\d)?[.,]?|[Il|]")
DASH_END = re.compile(r"[-–—:]$")


def _place_possessive(words: list[str]) -> int:
    """How many opening words name a place in the possessive ("Japan's", "South Korea’s":
    world_places.csv; "The UK’s": context_words.csv), 0 when none do."""
    if len(words) > 1 and words[0] in ("The", "the"):
        after_article = _place_possessive(words[1:])
        if after_article:
            return after_article + 1
    for count in (1, 2):
        last = words[count - 1] if len(words) >= count else ""
        owner = POSSESSIVE.sub("", last)
        if owner == last:
            continue
        place = " ".join([*words[: count - 1], owner])
        if place.casefold() in place_names() or place in context_words("country_initials"):
            return count  # "Japan's", "South Korea’s", "The UK’s"
    return 0


def _numbered_name(text: str, words: list[str]) -> bool:
    """Whether a name opens with a number of its own: "454 Life Sciences", printed so at
    least twice; never a year ("2009 I Acme Bio": a date's year, an OCR'd pipe)."""
    return (
        len(words) > 1
        and words[0].isdigit()
        and not YEAR_WORD.fullmatch(words[0])
        and text.count(f"{words[0]} {words[1].rstrip(',.')}") >= NUMBERED_NAME_PRINTS
    )


YEAR_WORD = re.compile(r"(?:19|20)\d\d")
NUMBERED_NAME_PRINTS = 2


def _without_opener(name: str, start: int, numbered: bool = False) -> tuple[str, int]:
    """Drop sentence openers ("Today", "In"), numbers and words cut by a dash or a full stop
    from the front of a name found mid-sentence; a ``numbered`` name keeps its number ("454
    Life Sciences")."""
    words = name.split(" ")
    openers = legal_form_openers()  # (a form's first word: "Zuellig Bioscience Pte. Ltd.")
    cut = max(  # "United States- Eisai", "Mannheim, Germany. Neose Technologies, Inc."
        (
            i + 1
            for i, w in enumerate(words[:-1])
            if DASH_END.search(w) or (ends_with_stop(w) and w not in openers)
        ),
        default=0,
    )
    start += sum(len(w) + 1 for w in words[:cut])
    words = words[cut:]
    # where it is based, in words before it: "Quebec City-based AEterna Zentaris Inc"
    based = max(
        (i + 1 for i, w in enumerate(words[:-1]) if PLACE_DESCRIPTOR.fullmatch(w)), default=0
    )
    start += sum(len(w) + 1 for w in words[:based])
    words = words[based:]
    while len(words) > 1:
        if len(words) > 2 and words[0] in SECURITIES and words[1] == "of":
            start += len(words[0]) + len(words[1]) + 2  # "Shares of Astellas Pharma (TYO: 4503)"
            words = words[2:]
        elif (place := _place_possessive(words)) and len(words) > place:
            start += sum(len(w) + 1 for w in words[:place])  # "South Korea’s Hanmi Pharm Co."
            words = words[place:]
        elif (
            words[0] in name_openers()
            or (NOT_NAME_START.fullmatch(words[0]) and not (numbered and words[0].isdigit()))
            or re.fullmatch(MONTH, words[0])  # a title's date glued before it: "June 2016 Acme"
            or PLACE_DESCRIPTOR.fullmatch(words[0])  # "USA-based Repligen"
            or _described_by_compound(words[0])  # "Privately-held Zeta Therapeutics"
        ):
            start += len(words[0]) + 1
            words = words[1:]
        else:
            break
    return " ".join(words), start


# an adjective of two English words a hyphen joins, the second in lower case, before a name:
# "Privately-held", "Clinical-stage", "Family-owned" (never a name's own: "Sanofi-aventis")
COMPOUND_ADJECTIVE = re.compile(r"([A-Z][a-z]+)-([a-z]+)")


COMPOUND_PART_COUNT = 2000  # an English word this common (pyspellchecker's counts: "privately")


def _described_by_compound(word: str) -> bool:
    from transform.repair.vocabulary import word_counts

    parts = COMPOUND_ADJECTIVE.fullmatch(word)
    return parts is not None and all(
        word_counts().get(part.casefold(), 0) >= COMPOUND_PART_COUNT for part in parts.groups()
    )


# a company's organ or its shares before its name: "Board of Directors of", "The Annual General
# Meeting of", "Shares of"
ORGANS = (
    r"(?:Board\s+of\s+Directors|(?:Supervisory\s+|Management\s+|Executive\s+)?Board|Directors"
    r"|Shares|Stockholders|Shareholders|Management|Nominating\s+Committee"
    r"|(?:(?:Annual|Ordinary|Extraordinary|Special)\s+"
    r"(?:and\s+(?:Annual|Ordinary|Extraordinary|Special)\s+)?)?"
    r"(?:General\s+|Shareholders['’]?\s+|Stockholders['’]?\s+)?Meeting)"
)


# What a lead may print before its company: "Today, Acme ...", "The Board of Directors of Acme
# ...", "Shares of Acme ..."; and a company written in lower case ("bluebird bio, Inc.")
@cache
def _lead_preamble() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:{alternation('name_openers', 'word')},\s+"  # "Today, Acme ..."
        rf"|(?:The\s+)?(?i:{ORGANS})\s+of\s+(?:the\s+)?)"  # ("The board of directors of")
    )


@cache
def _lower_case_name() -> re.Pattern[str]:
    return re.compile(
        # (a number before it too: "2seventy bio, Inc.")
        rf"\s*(?P<name>{LOWER_CASE_NAME},?[ ]{company_suffix_pattern()})"
        rf"{LEAD_FOLLOWER}"
    )


# a writer's byline opening the lead, and the paper or site they write for
BYLINE_OPENS = re.compile(
    r"\s*By\s+(?P<given>[A-Z][a-z]+)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+"
    r"(?:,\s+[A-Z][^.\n]{1,40})?\.\s+"
)


def _without_seat(name: str) -> str:
    """A name without the seat printed after its legal form: "Merck KGaA of Darmstadt"."""
    words = name.split(" ")
    for i, word in enumerate(words[:-2]):
        if words[i + 1] == "of" and legal_form().fullmatch(word):
            return " ".join(words[: i + 1])
    return name


LONE_BREAK = re.compile(r"(?<!\n)\n(?!\s*\n)")
WRAP_CHARS = 160  # the lead's opening read for a name wrapped over a line


# the dash a dateline's date ends with: "Osaka, Japan - November 10, 2008 --- Acme Co., Ltd."
DATE_DASH = re.compile(r"[ \t]*(?:-{1,3}|–|—)(?:[ \t]+|(?=[A-Z][a-z]))")  # "2022 –Takara Bio Inc."


def _lead_company(text: str, at: int, rule: str) -> IssuerMatch | None:
    """The company that opens the lead at ``at``, without what a page prints before a name
    ("2009 I Acme Bio, Inc.": a date's year and an OCR'd pipe; "Today,", "The Board of
    Directors of") or trademark signs."""
    at = _past_subheading(text, _past_page_labels(text, at))
    dash = DATE_DASH.match(text, at)
    if dash:
        at = dash.end()
    preamble = _lead_preamble().match(text, at)
    if preamble:
        at = preamble.end()
    byline = BYLINE_OPENS.match(text, at)
    if byline and byline["given"].casefold() in given_names():
        at = byline.end()  # "(NB) -- By Michael P Bruno, Washtech. Celera Genomics Group ..."
    # a name with its legal form may wrap over a line: "– PROLOR\nBiotech, Inc., (NYSE Amex:"
    # (a single break read as a space, every offset the same)
    wrapped = text[:at] + LONE_BREAK.sub(" ", text[at : at + WRAP_CHARS]) + text[at + WRAP_CHARS :]
    lead = (
        _legal_name(wrapped, at)
        or _lead_name().match(text, at)
        or _lower_case_name().match(text, at)
    )
    if lead is None:
        return _possessive_subject(text, at, len(text), rule)
    if regulator_at(text, lead.start("name")):
        return _regulators_company(text, lead.start("name"), rule)
    name = _without_seat(_trimmed(lead["name"]))
    name = " ".join(_without_bare_ticker(name.split(" ")))  # "Acme Ltd. ACME, +0.45% (tase:"
    numbered = _numbered_name(text, name.split(" "))
    name, start = _without_opener(name, lead.start("name"), numbered)
    name = BARE_POSSESSIVE.sub("", name)  # "Anacor Pharmaceuticals' said"
    owner = FORM_POSSESSIVE.search(name)  # "Biopure Corporation’s (Nasdaq: BPUR) Board of
    if owner and legal_form_at_end().search(name, 0, owner.start()):  # Directors has approved"
        name = name[: owner.start()]  # (never "Dr. Reddy’s": a name's own)
    name, start = _without_stray_abbreviation(text, name, start)
    if not any(char.isalpha() for char in name):
        return None  # "4, 2006--Zeta Bio": a date's figures the dateline left, no company
    if re.match(rf"(?:{WEEKDAY}\s+)?\d{{1,2}}\s+{MONTH}\b|{WEEKDAY}\b", name):
        return None  # "On Thursday 4 July, the General Court ...": a day, no company
    if _a_persons_name(name.split(" "), text):
        return None  # "On July 13, 2021, Anthony A. DiTonno will retire as the Chief Executive
        # Officer of the Company": a person opens the lead, no company
    joined = _joined_name().match(text, start + len(name))
    if joined and _initials_of(name + joined.group(), text[joined.end() :]):
        name += joined.group()  # "Medical and Biological Laboratories Co., Ltd. (MBL)": one name
    return IssuerMatch(_unmarked(name), start, start + len(name), rule, confidence_of(rule))


@cache
def _joined_name() -> re.Pattern[str]:
    """The rest of a name after "and": capitalised words and a legal form ("and Biological
    Laboratories Co., Ltd.")."""
    form = company_suffix_pattern()
    return re.compile(
        rf"[ ](?:and|&)[ ](?:[A-Z][\w&.'’-]*[ ]){{0,4}}[A-Z][\w&.'’-]*(?:,?[ ](?:{form})){{1,2}}"
    )


# a subheading on its own line under the dateline, over the lead: "Molecular Biologist Joins
# Research Team" (a heading's verb in the third person, name_openers.csv, inside a title-case line)
SUBHEADING_LINE = re.compile(r"\s*(?P<line>[A-Z][^\n]{2,120}?)[ \t]*\n(?=[ \t]*[A-Z])")


def _past_subheading(text: str, at: int) -> int:
    """Past a subheading's line between the dateline and the lead, never a company's name."""
    line = SUBHEADING_LINE.match(text, at)
    if line is None or legal_form_at_end().search(line["line"]):
        return at
    words = line["line"].split()
    capitalised = [w for w in words if w[:1].isupper()]
    verb = any(heading_verb(w) for w in words[1:])
    return line.end() if verb and len(capitalised) >= 0.7 * len(words) else at


def _regulators_company(text: str, at: int, rule: str) -> IssuerMatch | None:
    """The company whose product a regulator opening the lead at ``at`` acted on: in the
    possessive ("The U.S. Food and Drug Administration on Thursday approved Zeta Inc's drug"),
    or the one it let sell ("... has granted final approval for the Hyderabad-based Aurobindo
    Pharma Limited to manufacture and market ...")."""
    acted = REGULATOR_ACTED_ON.search(text, at, at + REGULATOR_ACT_CHARS)
    owner = _possessive_lead(product_after=True).match(text, acted.end()) if acted else None
    if owner is None:
        allowed = APPROVAL_FOR.search(text, at, at + REGULATOR_ACT_CHARS)
        owner = _named_with_legal_form().match(text, allowed.end()) if allowed else None
        if owner is None or not TO_SELL.match(text, owner.end("name")):
            return None
    name = _trimmed(owner["name"])
    start = owner.start("name")
    return IssuerMatch(_unmarked(name), start, start + len(name), rule, confidence_of(rule))


REGULATOR_ACT_CHARS = 200
PUBLIC_CHARS = 1500
ORGAN_OF = re.compile(rf"(?:The\s+)?{ORGANS}\s+of\s+")


def _public_company(text: str) -> IssuerMatch | None:
    """With no other cue, the first company the opening prints with its mark of a public
    company, as Swedish and Finnish issuers name themselves: "The following resolutions were
    passed at the annual general meeting of Biovica AB (publ)"."""
    for mark in PUBLIC_MARK.finditer(text, 0, PUBLIC_CHARS):
        named = _name_before_mark().search(text, max(0, mark.start() - 80), mark.start())
        if named is None:
            continue
        organ = ORGAN_OF.match(named["name"])  # "Board of Directors of BioPhausia AB"
        name = _trimmed(named["name"][organ.end() if organ else 0 :])
        rule = "issuer_public_mark"
        start = named.start("name") + (organ.end() if organ else 0)
        return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))
    return None


@cache
def _name_before_mark() -> re.Pattern[str]:
    """A name with its legal form, ending where the text read ends."""
    return re.compile(rf"{_name_with_form()}$")


# a quantifier and a number: "All 19", "Some 80", "Each of 3"
QUANTIFIER_NAME = re.compile(
    r"(?:All|Some|Both|Each|Every|Most|Many|Several|About|Over|Nearly|Almost)(?:\s+of)?\s+[\d,.]+"
)
# what may open a lead before a regulator: a wire in parentheses ("(Reuters) -The U.S. Food
# and Drug Administration has placed ..."), "The"
THE_OPENS = re.compile(r"(?:\([^()\n]{1,30}\)\s*[-–—]*\s*)?(?:The\s+)?")
FORM_POSSESSIVE = re.compile(r"['’]s$")
# what a regulator opening the lead did, before the company whose product it was
REGULATOR_ACTED_ON = re.compile(
    r"\b(?:approved|cleared|accepted|granted|rejected"
    # "has determined that Organon's gepirone ER New Drug Application is 'not approvable'"
    r"|(?:determined|found|concluded|decided)\s+that"
    # "has placed a clinical hold on Iovance Biotherapeutics’ lung cancer therapy trial"
    r"|(?:placed|imposed|lifted|removed)\s+(?:a|an|the)\s+(?:(?:partial|full|complete)\s+)?"
    r"clinical\s+hold\s+on)[ ](?=[A-Z])"
)
ABBREVIATION = re.compile(r"[A-Z]{1,3}")
NAME_OPENING_WORDS = 2  # of the rest of a name, printed elsewhere without the abbreviation
# ... or the approval it gave a company, before its name ...
APPROVAL_FOR = re.compile(
    r"\b(?:granted|given)\s+(?:(?:its|the|an?)\s+)?(?:(?:final|tentative|marketing|regulatory)\s+)*"
    r"approval\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?=[A-Z])"
)
# ... and what the company may do with it
TO_SELL = re.compile(
    r"\s+to\s+(?:manufacture|market|sell|launch|commerciali[sz]e|distribute|import)\b"
)


def _without_stray_abbreviation(text: str, name: str, start: int) -> tuple[str, int]:
    """A name without a short abbreviation printed once before it, where the text prints the
    name elsewhere without it: "pursuant to Art. 53 LR Molecular Partners AG" (a rule book's
    letters), with "Molecular Partners Announces ..." above; never "UCB Pharma", whose "UCB"
    the text prints again."""
    first, _, rest = name.partition(" ")
    opening = " ".join(rest.split(" ")[:NAME_OPENING_WORDS])
    if (
        ABBREVIATION.fullmatch(first) is not None
        and " " in opening
        and len(re.findall(rf"\b{first}\b", text)) == 1
        and _printed_without(text, first, opening)
    ):
        return rest, start + len(first) + 1
    return name, start


# A page's label on its own line after blank lines, perhaps with a date after it: "For Immediate
# Release   19 April 2007" (headline_noise.csv)
LABEL_LINE = re.compile(rf"\s*(?P<label>[^\n]{{1,60}}?)(?:[ \t]+{DATE})?[ \t]*\n")
PAGE_LABEL_LINES = 3
LABEL_WORDS = 4


@cache
def _form_then_colon() -> re.Pattern[str]:
    """A legal form ending a line before its colon, perhaps spaced from it: a wire brief's
    "Zeta Pharma Co Ltd:" or "Zeta Plc :"."""
    return re.compile(rf"\b{company_suffix_pattern()}\s*:$")


def _past_page_labels(text: str, at: int) -> int:
    """Past the page's labels on their own lines between a dateline and the lead: "For
    Immediate Release   19 April 2007" is no company."""
    for _ in range(PAGE_LABEL_LINES):
        line = LABEL_LINE.match(text, at)
        if line is None:
            break
        label = line["label"].strip()
        # or a label that opens what follows on a line of its own: "Regulatory News:" under a
        # Business Wire dateline, over the lead
        opener = (
            label.endswith(":")
            and label[:1].isupper()
            and len(label.split()) <= LABEL_WORDS
            # never a wire brief's company over its points: "Zeta Pharma Co Ltd:"
            and not _form_then_colon().search(label)
        )
        if not opener and label.casefold() not in noise_lines():
            break
        at = line.end()
    return at


# An exchange announcement's letterhead: the issuer's name over "(Incorporated in the Cayman
# Islands with limited liability)", a line in another script between them; and an SEC form's
# registrant over "(Exact name of registrant as specified in its charter)", table rules between
# (what kind of company it is may open the parenthesis: "(A joint stock company incorporated in
# the People's Republic of China with limited liability)")
LETTERHEAD = re.compile(
    r"^[ \t|]*(?P<name>[A-Z][^\n|]{2,80}?)[ \t|]*\n(?:[^\nA-Za-z]{0,40}\n){0,3}[ \t|]*"
    r"\((?:(?:an?[ ][^()\n]{3,60}?[ ])?Incorporated in [^()\n]{3,80}"
    r"|Exact name of registrant as specified in its charter)\)",
    re.MULTILINE | re.IGNORECASE,
)


def _as_printed_in_mixed_case(text: str, name: str, start: int) -> tuple[str, int]:
    """A name in capitals as the release prints it in mixed case, with its legal form or
    without, and where; else the name as it is."""
    if not name.isupper():
        return name, start
    for form in (name, without_legal_form(name)):
        mention = next(
            (
                m
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)
                if not m.group().isupper()
            ),
            None,
        )
        if mention:
            return mention.group(), mention.start()
    return name, start


def _letterhead_issuer(text: str) -> IssuerMatch | None:
    """The issuer of a letterhead, as the text prints it in mixed case if it does
    ("KANGLIN BIOTECH (HOLDINGS) LIMITED" -> "Kanglin Biotech (Holdings) Limited")."""
    head = LETTERHEAD.search(text, 0, HEADER_CHARS)
    if head is None or not head["name"][:1].isupper():
        return None
    name, start = _as_printed_in_mixed_case(text, head["name"], head.start("name"))
    rule = "issuer_letterhead"
    return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))


# a clock's time right before a run of capitals (its meridiem's and zone's words after it:
# context_words.csv's clock_word)
CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d[ \t]*$")
CLOCK_CHARS = 8


# The company a lead without a dateline is about, as its subject: the trade press and aggregators
# print "US clinical-stage biotech firm Boston Pharmaceuticals has appointed ...", "Oxford
# BioMedica, a gene therapy company, announces ...", "Chugai Pharma USA (CPUSA), a wholly-owned
# subsidiary of ..., has announced ..."
# a dash may be glued before it, as a source's ("(Reuters) -Gilead Sciences said"), a hyphen not;
# a name may open with a number: glued to letters ("3M", "4SC AG", "23andMe") or a word of its
# own ("454 Life Sciences": only when the text prints it so again, never a day or a count)
SUBJECT_RUN = re.compile(  # "A/S" is one word: "H. Lundbeck A/S", never a subject "S"
    r"(?<![\w'’.$€£¥/])(?<![\w'’.]-)(?:[A-Z][\w&'’./\-]*|\d+[A-Za-z][\w&'’.\-]*|\d+(?=[ ][A-Z]))"
    r"(?:[ ](?:[A-Z0-9][\w&'’./\-]*|&|of|de))*"
)
WS = ONE_BREAK  # spaces, and a wrapped line's break
# what a company is, in apposition; a short parenthesis may sit in it: ", a research-based
# human health care (hhc) company,"
APPOSITION = r"(?:[^;()]|\([^();]{1,30}\)){1,160}?"
# what opens it: an article, "its", or a place's possessive (", Asia's premier biopharmaceuticals
# company,", ", Japan's largest drugmaker,")
# (an adverb of time may come first: ", once the most promising biotechnology firm in Britain,")
APPOSITION_OPENS = r"(?:(?:once|formerly|previously|long)[ ])?(?:a|an|the|its|[A-Z][\w.-]*['’]s)"
# an adverb between a subject and its verb: "Acme today announced", "Zeta And Beta Earlier
# Announced ..." (a title in capitals)
SUBJECT_ADVERBS = ("today", "yesterday", "also", "now", "recently", "earlier", "hereby", "jointly")
SUBJECT_VERB = (
    # "(CPUSA)", "(Nasdaq: ACME)", a Japanese release's "(Head office: Chuo-ku, Tokyo /
    # Chairman & CEO: Osamu Nagayama, "Chugai")"
    # (a market page's symbol in brackets: "Acme SA ADR [S: acme] rallied"; a Japanese
    # agency's code in angle brackets: "Towa Pharmaceutical Co. <4553> said")
    # (a bracket inside it too: "('GP (HK)' or the 'Company', ..., stock code: 00512)")
    # (two: its short name and its listing, in either order: 'Acme plc ("Acme") (LSE: ACM)')
    rf"(?:(?:{WS})?(?:\((?:[^()\n]|\([^()\n]{{1,20}}\)){{1,160}}\)|\[[^\[\]\n]{{1,40}}\]"
    rf"|<[A-Z0-9.]{{1,12}}>)){{0,2}}"
    # its seat, what it is: ", Schaffhausen, Switzerland,", ", Allschwil (SIX: BSLN), a biotech,"
    rf"(?:(?:,{WS}[A-Z][\w.'’-]*(?:{WS}[A-Z][\w.'’-]*)?){{1,2}}(?:(?:{WS})?\([^()\n]{{1,60}}\))?"
    rf"(?:,{WS}{APPOSITION_OPENS}{WS}{APPOSITION})?,"
    rf"|,{WS}{APPOSITION_OPENS}{WS}{APPOSITION},"  # ", a gene therapy company,"
    # a relative clause: ", which is investigating a liver cell infusion ..., announced"
    rf"|,{WS}(?:which|who){WS}{APPOSITION},)?"
    # "Spectrum Pharmaceuticals of the USA has ...", "Merck KGaA of Darmstadt, Germany, says",
    # set off by commas too: "Aderis Pharmaceuticals, of Hopkinton, Mass., received"
    rf"(?:,?{WS}of{WS}(?:the{WS})?[A-Z][\w.]*(?:,{WS}[A-Z][\w.]*,)?)?"
    rf"(?:{WS}[A-Z]{{2,5}}(?=\n))?"  # a page's ticker line: "Spectrum Pharmaceuticals\nSPPI\n"
    # a joint subject: "Life Technologies and Bristol-Myers Squibb inked ...", "Aurobindo Pharma,
    # Sun Pharma and Glenmark Pharmaceuticals have received ...", the first named
    rf"(?P<joint>(?:,{WS}[A-Z][\w&.'’-]*(?:{WS}[A-Z][\w&.'’-]*){{0,3}}){{0,3}},?"
    # (what the second is may stand before its name: "and Taiwanese company TTY Biopharm have")
    # (or its country's possessive: "and the USA's Regeneron Pharmaceuticals have entered")
    rf"{WS}(?:and|&){WS}(?:(?:the{WS})?[A-Z][\w.]*['’]s{WS})?(?:<DESCRIBED>)?"
    rf"[A-Z][\w&.'’-]*(?:(?:{WS}[A-Z][\w&.'’-]*){{0,4}}"
    rf"(?:,?{WS}Inc\.?)?"
    rf"|(?:{WS}[A-Z][\w&.'’-]*){{0,2}}(?:,?{WS}<FORM>){{1,2}})"  # "and Beta Pharma Co., Ltd."
    rf"(?:(?:{WS})?\([^()\n]{{1,80}}\))?"  # with its own ticker: "and Beta Inc. (TSE: 4503)"
    # and what it is: "and Beta Pharmaceutical, a subsidiary of Gamma Bio (HKG:1177), have"
    rf"(?:,{WS}{APPOSITION_OPENS}{WS}{APPOSITION},)?)?"
    # with its own unit: "Zeta and its subsidiary Medzeta SAS, announced ..."
    rf"(?:,?{WS}and{WS}its{WS}(?:wholly[- ]owned{WS})?(?:subsidiary|subsidiaries|affiliate|unit)"
    rf"{WS}[A-Z][\w&.'’-]*(?:{WS}[A-Z][\w&.'’-]*){{0,3}},?)?"
    # (a comma before a day: "Zydus Cadila (Cadila Healthcare), on Thursday reported")
    rf"(?:,(?={WS}on{WS}(?:{WEEKDAY}|{MONTH})))?"
    # (a company plural as British English has it: "Acme Limited are pleased to announce")
    rf"{WS}(?:(?:{'|'.join(SUBJECT_ADVERBS)}|has|have|had|will|is|was"
    rf"|are|were"
    # "Acme on Tuesday said", "Acme, a biotech, Wednesday said", "Acme late Sunday night said"
    rf"|(?:(?:late|early){WS})?(?:on{WS})?{WEEKDAY}(?:{WS}(?:night|morning|afternoon|evening))?"
    rf"|this{WS}(?:morning|afternoon|evening|week)"  # "Acme this morning said"
    rf"|on{WS}{MONTH}{WS}\d{{1,2}}(?:,{WS}\d{{4}})?,?){WS}){{0,2}}"
)
# (never a word that only ends like one: "starting with Acme Corp.'s IPO this week")
# nor a participle that only describes a company: "a term sheet with Omega PTY Ltd. related to
# the License Agreement", "Zeta Bio based in Perth"
NOT_VERBS = (
    r"(?!(?:this|thus|its|his|hers|ours|theirs|yours|plus|less|unless|across|perhaps"
    r"|related|based|headquartered)\b)"
    # nor a noun a verb's "-s" never ends: "Vaccinia Ankara virus", "analysis", "access", "genetics"
    r"(?![a-z]*(?:us|ss|is|ics)\b)"
    # nor a deal's plural nouns: "Tiered royalties from 5% to 10%", "Upfront payments of ..."
    r"(?!(?:royalties|milestones|payments|revenues|proceeds|fees|deals|agreements)\b)"
)
ANY_VERB = (
    rf"(?:{NOT_VERBS}[a-z]{{2,}}(?:s|ed)|said|signed|won|bought|sold|struck|paid|made|got|took|began|raised"
    r"|led|beat|lost|fell|rose|grew|swung|sank|held|met|cut|saw|hit|set|kept|gave|told"
    r"|(?:(?<=\bis[ ])|(?<=\bwas[ ]))[a-z]{3,}ing"  # "Acme is developing ..."
    r"|(?<=\bwill[ ])[a-z]{3,}"  # "Acme, a subsidiary of Beta, will receive ..."
    r"|(?:(?<=\bis[ ])|(?<=\bare[ ]))to(?=[ ][a-z]{3,})"  # "Acme is to commence ..."
    # a share's move: "Shares of Acme were up 2% after ...", "... are trading higher"
    r"|(?:were|was|are|is)(?=[ ](?:up|down|higher|lower|trading)\b))\b"
)
# after a dateline, the subject of its own release's lead announces: "ZETA (AP) -- Zeta Bio
# yesterday reported ...", not "Partner plc dosed its first patient with our ..."
SUBJECT_CHARS = 400  # the lead's first sentence, at most
SUBJECT_SKIPPED_LINES = 3
SUBJECT_SENTENCES = 12  # read past a list's points, at most


# nothing before a name but the sentence's start or a source's dash: "Newswire.com - Acme's"
OPENS_SENTENCE = re.compile(r"(?:\A|[-–—:])\s*\Z")


# (with the rest of the name after it: "China Grand Pharmaceutical and Healthcare Holdings
# Limited ('GP (HK)' ...) is pleased to announce")
PAIRED_NOUN_AFTER = re.compile(
    r"[ ]and[ ](?P<noun>[A-Z][a-z]+)(?P<rest>(?:[ ][A-Z][\w&'’./\-]*)*)(?=[ ,(]|$)"
)


@cache
def _subject_follower(announcing: bool) -> re.Pattern[str]:
    verb = ANNOUNCING_VERB if announcing else ANY_VERB
    form = company_suffix_pattern()
    # the second of a joint subject's legal forms too: "and Beta Pharmaceutical Co., Ltd."
    described = rf"(?:[A-Z][\w-]*{WS}){{0,2}}{words_alternation(descriptor_words())}{WS}"
    subject_verb = SUBJECT_VERB.replace("<FORM>", f"(?:{form})").replace("<DESCRIBED>", described)
    # a ticker a news site prints bare after the form: "Novavax, Inc. NVAX announced today"
    # (a place in parentheses before the form is part of the name: "Hutchmed (China) Ltd")
    # or a word of the trade in lower case after a name in capitals, as Korean groups style
    # theirs: "SK biopharmaceuticals said", "GC biopharma has" (only after two or three capitals)
    trade = words_alternation(frozenset(w.lower() for w in company_trade_words()))
    return re.compile(
        rf"(?P<form>(?:[ ]\([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\))?,?[ ]{form}"
        rf"|(?P<trade>(?:(?<=\b[A-Z]{{2}})|(?<=\b[A-Z]{{3}}))[ ]{trade}\b))?"
        rf"(?:[ ][A-Z]{{2,5}}(?=[ ]))?{subject_verb}{verb}"
    )


GOVERNING_WORDS = frozenset({"management", "shareholders", "stockholders", "committee"})


def _first_of_two_companies(text: str, name: str) -> str:
    """The first of two companies joined by "&" when the text names the second on its own with
    its word of the trade or legal form ("Nicox & Ocumension" where "Ocumension Therapeutics"
    is printed); "Johnson & Johnson" stays one."""
    first, amp, second = name.partition(" & ")
    if not amp or " " in second or not first:
        return name
    trade = "|".join(re.escape(w) for w in company_trade_words())
    own = re.compile(rf"\b{re.escape(second)}[ ](?:{trade}|{company_suffix_pattern()})")
    return first if own.search(text) else name


def _company_like(name: str, with_form: bool, text: str = "") -> bool:
    """Whether a lead's subject can be the issuing company: no regulator ("The FDA has
    approved"), no institution ("... University"), no drug, no place (world_places.csv), no
    regulatory filing ("... Application"), no English word alone ("Japanese drugmakers ...",
    "Biopharmaceutical group ...") unless a legal form follows it."""
    words = name.split(" ")
    if legal_form().fullmatch(name):
        return False  # a legal form alone: "Inc." of "Novavax, Inc. NVAX announced"
    if is_regulator(name) or not any(ch.isalpha() for ch in name):
        return False  # "The FDA has approved", "On March 17, Acme ...": no date's day
    if any(
        is_regulator(" ".join(words[:cut])) and all(w.isupper() for w in words[cut:])
        for cut in range(1, len(words))
    ):
        return False  # a regulator and its committee's abbreviation: "European Medicines
        # Agency CHMP approves novel drug"
    if len(name.strip(" .")) < 2:
        return False  # a letter alone: "chimeric antigen receptor (CAR) T cells for ..."
    if is_market(name):
        return False  # "successful in KOSDAQ listings are ...": an exchange issues nothing
    if words[-1] in organization_head_words() - {"Group"}:
        return False
    if any(re.fullmatch(WEEKDAY, word) for word in words) or (
        not (with_form or words[-1] in company_trade_words() or without_legal_form(name) != name)
        and any(is_drug_name(word) for word in words)
    ):
        return False  # "Enhertu approved in the EU", "Tuesday said" (a company with its form
        # or its trade word may share a drug's name: "Progen Industries Limited")
    if re.fullmatch(MONTH, name):
        return False  # "Zeta Bio in June expanded": a month alone (a name may open with one)
    if name in SECURITIES:
        return False  # "Two biotechs lodged IPO prospectuses with ASIC": a security, no issuer
    if QUANTIFIER_NAME.fullmatch(name):
        return False  # "All 19 resolutions at Oxford Biomedica were passed": a count, no name
    if DEVELOPMENT_CODE.fullmatch(name):
        return False  # "... cancer candidate IPH2102 landed the firm ...": a drug's code
    if not with_form and (name.casefold() in place_names() or name.casefold() in us_states()[0]):
        return False  # "regulators in the United Kingdom and the United States have approved",
        # "located in upstate New York has managed"
    if words[-1] in context_words("filing_head"):
        return False  # "the Abbreviated New Drug Application (ANDA) filed by Acme"
    if name.isupper() and text:
        defined = re.search(rf"(\w+)\s*\(\s*{re.escape(name)}s?\s*\)", text)
        if defined and defined[1] in context_words("filing_head"):
            return False  # "A Complete Response Letter (CRL) is ...": "what CRL outcomes mean"
    if len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        return False  # a meeting and its year: "Data presented at ASCO 2019 showed ..."
    titles = title_words()[0]
    if all(word.casefold() in titles for word in words) and not (
        len(words) > 1 and words[-1] in company_trade_words()
    ):
        return False  # "President and CEO adds chairman to his roles" (a word of the trade
        # ends a company's name, whatever words a title shares: "Discovery Laboratories has")
    bare = [w.strip("'’‘\"“”").casefold() for w in words]  # "the Company’ has received"
    if all(w in ("the", "board") or w in descriptor_words() for w in bare):
        return False  # "The Company held its AGM", "The Group": what a company calls itself
    if words[0] == "The" and all(
        w.casefold() in titles or w.casefold() in GOVERNING_WORDS for w in words[1:]
    ):
        return False  # "The Directors are pleased to advise", "The Chairman said"
    if re.match(HONORIFIC_WORD, name) and not (with_form or words[-1] in company_trade_words()):
        return False  # "Mr. Honjo said ...", "Dr. Smith has joined": a person, addressed so
        # (a company named for one ends in its trade: "Dr Reddy's Laboratories", "Dr. Falk
        # Pharma")
    while len(words) > 2 and words[0].casefold() in titles:
        words = words[1:]  # "CEO Ian Read has been elected": a person with a title
    if not with_form and _a_persons_name(words, text):
        return False  # "Zeta Bio PLC's (LON:ZB) David Solomon speaks to ..."
    if not with_form and len(words) == 1 and _a_persons_surname(name, text):
        return False  # "Kåss worked for several years ...", of "doctor Anita Kåss"
    # one word alone is a company's name when English hardly uses it ("Interim results for
    # the six months ..." has no subject "Interim")
    return with_form or len(words) > 1 or word_counts().get(name.casefold(), 0) < PLAIN_WORD_USES


def _a_persons_name(words: list[str], text: str = "") -> bool:
    """A given name and a surname, and no company the lexicon knows ("Eli Lilly", "Morgan
    Stanley"). The surname is in the name lists, or a rare word ``text`` also prints alone, as
    a release names a person again ("Garijo, currently CEO of ...") and a company never so."""
    from transform.dictionary import a_known_organization
    from transform.repair.vocabulary import given_names, person_names

    honorific = re.match(HONORIFIC_WORD, " ".join(words))
    if honorific and len(words) > 2:  # "Dr. Jane Roe, CEO of Zeta Bio Inc., today announced"
        words = " ".join(words)[honorific.end() :].split(" ")
    name = " ".join(words)
    if not 2 <= len(words) <= 3 or words[0].casefold() not in given_names():
        return False
    if words[-1] in company_trade_words() or words[-1].rstrip(".,") in legal_form_words():
        return False  # "Forest Hills Lab", "Aurora Bioscience Corp" (a surname list holds "Corp")
    surname = words[-1]
    if surname.casefold() not in person_names() and (
        common_english(surname) or not _printed_alone(text, words)
    ):
        return False
    return not a_known_organization(name)


def _a_persons_surname(name: str, text: str) -> bool:
    """Whether ``text`` names a person with ``name`` as surname after a known given name
    ("Anita Kåss"), and no company the lexicon knows by the two ("Eli Lilly" leaves "Lilly")."""
    from transform.dictionary import a_known_organization
    from transform.repair.vocabulary import given_names

    # (on one line: "By Ian Walker" over "GSK has entered ..." names no "Walker GSK")
    for match in re.finditer(rf"\b([A-Z][a-z]+)[ ]+{re.escape(name)}\b", text):
        if match[1].casefold() in FUNCTION_WORDS:
            continue  # "An Exicure representative stated": an article, though a given name too
        if match[1].casefold() in given_names() and not a_known_organization(match.group()):
            return True
    return False


def _printed_alone(text: str, words: list[str]) -> bool:
    """Whether ``text`` prints a name's last word alone: without the word before it and with
    no capitalised word after it ("Garijo, currently", never "Garijo Pharma")."""
    return _printed_without(text, words[-2], words[-1], r"(?!\s+[A-Z])")


def _printed_without(text: str, before: str, name: str, after: str = "") -> bool:
    """Whether ``text`` prints ``name`` somewhere without ``before`` right before it."""
    pattern = rf"(?<!{re.escape(before)} )\b{re.escape(name)}\b{after}"
    return re.search(pattern, text) is not None


def _a_news_service(name: str) -> bool:
    """A wire or news service of wires.csv, or one of its desks ("Reuters Health News")."""
    folded = name.casefold()
    return any(folded == wire or folded.startswith(wire + " ") for wire in alias_map("wires"))


def _lead_subject(
    text: str, at: int, announcing: bool = False, points: bool = False
) -> IssuerMatch | None:
    """The first company of the lead's first sentence from ``at`` that a verb follows (one that
    announces, with ``announcing``); lines of fewer than four words before it are a page's
    chrome ("Loading...", "logo"), and so is a heading with no subject, a line that ends in no
    stop ("Maxim Gets Some Good News With"); a list's points are a summary above it ("Key
    Points\n- Beta has agreed to pay Acme ..."), never its lead, unless they open the text."""
    skipped = 0
    listed = _company_before_ticker(text)  # the company before the first ticker, read once
    for _ in range(SUBJECT_SENTENCES):
        at = past_chrome_lines(text, at)  # "Archived article", "Please note that tax, ..."
        while at < len(text) and text[at].isspace():
            at += 1
        end = sentence_end(text, at, SUBJECT_CHARS)
        if end <= at or skipped > SUBJECT_SKIPPED_LINES:
            return None
        heading_end = text.find("\n", at, end)
        if (
            not points
            and heading_end != -1
            and LIST_POINT.match(text, heading_end + 1)
            and len(text[at:heading_end].split()) < SHORT_LINE_WORDS
            and text[at:heading_end].rstrip()[-1:] not in SENTENCE_STOPS
        ):
            at = heading_end + 1  # "Zinger Key Points\n- Beta has agreed to pay Acme ...": a
            skipped += 1  # box's heading over its points, read as the points are
            continue
        if (
            not points
            and LIST_POINT.match(text, at)
            and not text[text.rfind("\n", 0, at) + 1 : at].strip()
            and text[:at].strip()  # points that open the text are its news, no summary
        ):
            at = text.find("\n", at) + 1 or len(text)  # the whole point, whatever its stops
            continue
        skipped += 1
        if text[at] in QUOTE_MARKS:  # a speaker's words ("“Beta fulfils all of our ...”")
            at = end
            continue
        if len(text[at:end].split()) >= 4:
            opener = THE_OPENS.match(text, at)
            found = None
            if regulator_at(text, opener.end() if opener else at):
                # "The US Food and Drug Administration (USFDA) has granted final approval for
                # ...": the company the regulator acted for
                found = _regulators_company(text, at, "issuer_lead_subject")
            found = found or _subject_in(text, at, end, announcing)
            if (
                listed is not None
                and listed.span_start == at
                and (found is None or found.span_start != at)
            ):
                return listed  # the sentence opens with a company and its listing: its
                # subject however long its apposition ("Fortress Biotech, Inc. (NASDAQ: FBIO)
                # ("Fortress"), ..., and a company it founded, ..., today announced that
                # AstraZeneca's Alexion notified Caelum ...")
            if found is None and _unnamed_subject().match(text, at):
                at = end  # "The Melbourne-headquartered company sold ...": a deck, no name
                continue
            if found or text[at:end].rstrip()[-1:] in SENTENCE_STOPS:
                return found
        at = end
    return None


SENTENCE_STOPS = tuple(".!?:;\"”'’)")
SHORT_LINE_WORDS = 4  # a line of fewer words is a heading or a page's chrome
QUOTE_MARKS = '"“‘'


def _subject_in(text: str, at: int, end: int, announcing: bool) -> IssuerMatch | None:
    """The first company of ``text[at:end]`` that a verb follows."""
    past = -1  # the end of a regulator's name read whole with "and": none of its words is one
    for run in SUBJECT_RUN.finditer(text, at, end):
        if run.start() < past:
            continue  # "Human Services" of "The Department of Health and Human Services awarded"
        if NAME_GOES_ON_BEFORE.search(text, max(at, run.start() - 40), run.start()):
            continue  # "Committee for Medicinal Products for Human Use (CHMP) has": a longer
            # name's tail, no subject of its own
        if not text[run.start()].isdigit() and PREPOSITION_BEFORE.search(
            text, max(at, run.start() - 12), run.start()
        ):
            continue  # "The demand for NEU has remained strong": a preposition's object
        if DEAL_CLAUSE_BEFORE.search(text, max(at, run.start() - DEAL_CLAUSE_CHARS), run.start()):
            continue  # "Under that deal, Kyocera is tasked with ...": a deal's other side, in a
            # sentence that goes back to a deal the text named before
        slug = WIRE_SLUG.match(text, run.start(), run.end())
        run_start = slug.end() if slug else run.start()  # "BRIEF-FDA grants ...": the slug,
        if run_start >= run.end():  # then the subject
            continue
        words = _without_seat(text[run_start : run.end()]).split(" ")
        numbered = _numbered_name(text, words)
        if words[0].isdigit() and not numbered:
            run_start += len(words[0]) + 1  # "March 3 Zeta Bio said", "12 Zeta sites"
            words = words[1:]
            if not words:
                continue
        if CLOCK_BEFORE.search(text, max(at, run_start - CLOCK_CHARS), run_start):
            # a page's stamp run into its lead: "March 4, 2021 09:00 AM Eastern Standard Time
            # Zeta Bio, Inc. today announced"
            clock_words = context_words("clock_word")
            while words and words[0].rstrip(",") in clock_words:
                run_start += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
        if text[run_start - 1 : run_start] == "(" and BARE_TICKER.fullmatch(" ".join(words)):
            continue  # a ticker in parentheses left open: "Millennium (MLNM posted a loss"
        if len(words) == 1 and PLACE_DESCRIPTOR.fullmatch(words[0]):
            continue  # "founding Sydney-based biomaterials company Avastra": where, not who
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'", "’"))), None)
        if owner is not None:  # a plural's possessive ends the name: "Human Services’ Agency"
            words = words[: owner + 1]
        while len(words) > 1 and (
            words[-1] in ("of", "de", "&") or re.fullmatch(WEEKDAY, words[-1])
        ):
            words.pop()  # (a day after the name: "Indian drug-maker Lupin Wednesday announced")
        name_end = run_start + len(" ".join(words))
        paired = PAIRED_NOUN_AFTER.match(text, name_end)
        if (
            paired
            and len(words) > 1
            and not {"of", "for"} & set(words)  # "Department of Health and Human Services"
            and (plain_noun(words[-1]) or words[-1] in company_trade_words())
            and (plain_noun(paired["noun"]) or paired["noun"] in company_trade_words())
        ):  # two plain nouns "and" pairs inside a name: "Genesis Research and Development
            words += ["and", paired["noun"], *paired["rest"].split()]  # has posted ...",
            # never two names
            name_end = paired.end()
        # a company the lead introduces by what it is does anything: "Australian biotech
        # company Patrys has completed ..." (company_descriptors.csv)
        described = _described_before().search(
            text, max(at, run_start - DESCRIBED_CHARS), run_start
        )
        placed = len(words) > 1 and PLACE_DESCRIPTOR.fullmatch(words[0]) is not None
        follower = _subject_follower(announcing and not (described or placed)).match(
            text, name_end, end
        )  # "Melbourne-based Zeta Pharmaceuticals signed ...": described by its seat
        if follower is None and len(words) > 1 and words[0].casefold() in descriptor_words():
            # what it is, capitalised as its sentence's first word: "Drugmaker Bristol-Myers
            # Squibb Co. on Tuesday completed ..." (so introduced, it may do anything; a name
            # that opens on such a word and announces stays whole: "Partner Zetanica said")
            follower = _subject_follower(False).match(text, name_end, end)
            if follower is not None:
                run_start += len(words[0]) + 1
                words = words[1:]
        if (
            follower is None
            and described is not None
            and described.group().endswith(", ")
            and text.startswith(",", name_end)
        ):  # the name set off by commas after what it is: "drug major, Zetellas, is to ..."
            follower = _subject_follower(False).match(text, name_end + 1, end)
        if follower is not None and _participle_before_company().match(text, name_end, end):
            continue  # "Thinly traded nano cap Neurotrope ... rallies": no subject "Thinly"
        if _adverb_before_participle(words) and ADVERB_PARTICIPLE.match(text, name_end, end):
            continue  # "Thinly traded Myovant Sciences (NYSE:MYOV) is up 9%": the company after
        if (
            follower is None
            and POSSESSIVE.search(words[-1])
            and PARTNER_APPOSITION.match(text, name_end)
            and OPENS_SENTENCE.search(text[at:run_start])
        ):  # "Neuren Pharmaceuticals’ (NEU) US partner, Acadia Pharmaceuticals, completes":
            # the news of the company whose partner acts
            name, start = _without_opener(POSSESSIVE.sub("", " ".join(words)), run_start)
            if _company_like(_unmarked(name), False, text):
                rule = "issuer_lead_subject"
                return IssuerMatch(
                    _unmarked(name), start, start + len(name), rule, confidence_of(rule)
                )
        if follower is None:
            possessive = None
            if OPENS_SENTENCE.search(text[at:run_start]):
                possessive = _possessive_subject(text, run_start, end, "issuer_lead_subject")
            if possessive:
                return possessive
            continue
        name, start = _without_opener(" ".join(_without_bare_ticker(words)), run_start, numbered)
        name, start = _without_title_of(name, start)  # "MD & CEO of Gland Pharma said"
        board = _lead_preamble().match(name)  # "The Supervisory Board of H. Lundbeck A/S"
        if board and 0 < board.end() < len(name):
            name, start = name[board.end() :], start + board.end()
        name, start = without_glued_title(text, name, start)  # a flattened page's headline
        name = POSSESSIVE.sub("", name)  # "Biosceptre’s proposed trial ...": Biosceptre's news
        name = SHARE_CLASS.sub("", name)  # "... Company Limited Class H (HK:0719) has released"
        name = _first_of_two_companies(text, name)  # "Nicox & Ocumension have forged ..."
        name = INSTRUMENT_CODE.sub("", name)  # "Norwegian biotech company Algeta ALGETA.OL said"
        name, start = _without_descriptor(text, name, start)  # "Biotech Argenica Therapeutics"
        owned = _owned_name(text, name)
        if owned:  # "Japan's Oncolys BioPharma has ...", "South Korea's Samsung Bioepis won"
            start += len(name) - len(owned)
            name = owned
        elif INNER_POSSESSIVE.search(name) and not _possessive_company(name):
            continue  # "Fabre-Kramer’s NME Exxua approved ...": the owner's drug, no company
            # (but a company's own name with one: "Dr Reddy's Laboratories on Tuesday said")
        if follower["trade"] and (
            " " in name
            or name.casefold() in place_names()
            or name in context_words("country_initials")
        ):
            continue  # "US oncology focused OncoMed", "A US biotech has bought": a country's
            # letters, no group's name (the group's capitals are its whole name: "SK")
        if follower["form"]:
            name += follower["form"]
        if not _company_like(_unmarked(name), bool(follower["form"]), text):
            continue
        joint = follower["joint"] and re.sub(r"\s*\(.*", "", follower["joint"], flags=re.S)
        if joint and is_regulator(f"{name}{joint}".replace("\n", " ")):
            past = follower.end("joint")
            continue  # "The U.S. Food and Drug Administration (FDA) approved ..."
        if joint and _initials_of(f"{name}{joint}", follower["joint"][len(joint) :]):
            name += joint  # one name: "Medical and Biological Laboratories Co., Ltd. (MBL)"
        # a company in lower case before it is the subject: "aRigen is developing WAP-8294A2,
        # an antibiotic for MRSA (methicillin-resistant Staphylococcus aureus) ..."
        lower = _lower_case_subject(text, at, end, announcing, before=start)
        if lower:
            return lower
        rule = "issuer_lead_subject"
        return IssuerMatch(_unmarked(name), start, start + len(name), rule, confidence_of(rule))
    return _lower_case_subject(text, at, end, announcing)


BARE_TICKER = re.compile(r"[A-Z]{2,5}")


def _initials_of(name: str, after: str) -> bool:
    """Whether the brackets right after a name joined by "and" spell the initials of all its
    capitalised words, the first one's first: "Medical and Biological Laboratories Co., Ltd."
    and "(MBL)" are one company, never two."""
    bracket = BARE_INITIALS_AFTER.match(after)
    if bracket is None:
        return False
    initials = bracket["name"]
    capitals = [word[0] for word in name.split() if word[:1].isupper()]
    letters = iter(capitals)
    return capitals[:1] == [initials[0]] and all(letter in letters for letter in initials)


PARTNER_NOUN = r"(?:partner|licensee|licensor|collaborator)"  # what one company is to another
# what follows an owner's possessive when its partner is the sentence's subject: "(NEU) US
# partner, Acadia Pharmaceuticals, completes"
# (or its unit: "Glenmark Pharmaceuticals' US-based subsidiary, Glenmark Generics has entered")
PARTNER_APPOSITION = re.compile(
    rf"(?:\s*\([^()\n]{{1,30}}\))?(?:\s+[\w-]+){{0,2}}?\s+"
    rf"(?:{PARTNER_NOUN}|subsidiary|unit|arm|affiliate|division)"
    r",\s+[A-Z]"
)
# a company introduced as another's partner: "its North America partner Acadia"
SOMEONES_PARTNER = re.compile(rf"\b(?:its|their|our)\s+(?:[\w-]+\s+){{0,3}}?{PARTNER_NOUN},?\s+$")
# a preposition right before a run: its object, no subject
PREPOSITION_BEFORE = re.compile(
    r"\b[a-z][\w'’-]*\s+(?:for|of|in|with|to|by|from|at|about|against)\s+$"
    r"|,\s+of\s+$"  # a company's seat set off by commas: "Aderis Pharmaceuticals, of Hopkinton,"
)  # (after a word in lower case: "Society of Clinical Oncologists" is one name)
# a sentence's opening that goes back to a deal already named, right before a run: "Under that
# deal, ", "As part of the agreement, ", "In return, "
DEAL_CLAUSE_BEFORE = re.compile(
    r"(?:\A|[.!?\n]\s*|[-•]\s)(?:Under|Per|Pursuant\s+to|As\s+part\s+of|In\s+return\s+for"
    r"|In\s+exchange\s+for)\s+(?:that|the|this|its|their|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|terms|collaboration|partnership|licen[cs]e|pact|arrangement|accord)s?"
    r"[^,.\n]{0,30},\s+$"
    r"|(?:\A|[.!?\n]\s*|[-•]\s)In\s+(?:return|exchange),\s+$"
)
DEAL_CLAUSE_CHARS = 90
# what puts a lower-case name after it in a phrase, never at a subject's place: a preposition,
# an article or an adjective of the trade ("of novel mPGES-1 inhibitors", "the hERG channel")
OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|in|with|to|by|from|at|about|against|on|into|the|an?|novel|new|selective"
    r"|potent|its|their|our)\s+$"
)
OBJECT_CHARS = 12
# a capitalised word and "for" right before a run: the run ends a longer name
NAME_GOES_ON_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*[ ]for[ ]$")
INNER_POSSESSIVE = re.compile(r"['’]s[ ]")  # an owner's word inside a name: "Acme’s NME Zetax"
# a class of shares a market page prints after the legal form: "Acme Company Limited Class H"
SHARE_CLASS = re.compile(
    r"(?<=[a-z.])[ ]Class[ ][A-Z]$|(?<=\w)[ ](?:ADRs?|ADSs?)$"
)  # "Acme SA ADR"


def _without_descriptor(text: str, name: str, start: int) -> tuple[str, int]:
    """A name without the word that says what the company is, capitalised as a sentence's
    first word: "Biotech Argenica Therapeutics (AGN) has reported ..." is Argenica
    Therapeutics when the text goes on to name it without the word ("Argenica administered
    ..."); "Partner Therapeutics", which the text never names by a word of the trade alone, keeps
    it (company_descriptors.csv)."""
    first, _, rest = name.partition(" ")
    if not rest or first.casefold() not in descriptor_words():
        return name, start
    head = rest.split(" ")[0]
    if head in company_trade_words() or not head[:1].isupper():
        return name, start
    after = text[start + len(name) :]
    alone = len(re.findall(rf"(?<![\w-]){re.escape(head)}(?![\w-])", after))
    joined = len(re.findall(rf"(?<![\w-]){re.escape(first)}\s+{re.escape(head)}(?![\w-])", after))
    if alone > joined:
        return rest, start + len(first) + 1
    return name, start


TITLE_OF = re.compile(r"(?P<title>[^ ]+(?: [^ ]+){0,5}?) (?:of|at) (?=[A-Z])")


def _without_title_of(name: str, start: int) -> tuple[str, int]:
    """A name without a person's title before it: "MD & CEO of Gland Pharma" is Gland Pharma's
    (title_words.csv)."""
    match = TITLE_OF.match(name)
    if match and only_title_words([w for w in match["title"].split() if w not in ("&", "and")]):
        return name[match.end() :], start + match.end()
    return name, start


def _without_bare_ticker(words: list[str]) -> list[str]:
    """A name without the ticker a news site prints bare after its legal form: "Vistagen
    Therapeutics Inc VTGN released ..." is "Vistagen Therapeutics Inc"."""
    forms = legal_form_words()
    for index, word in enumerate(words[:-1]):
        rest = words[index + 1 :]
        if word.rstrip(".,") in forms and all(
            BARE_TICKER.fullmatch(w) and w not in forms for w in rest
        ):
            return words[: index + 1]
    return words


@cache
def _described_before() -> re.Pattern[str]:
    """A noun that says what a company is, right before its name: "biotech company Patrys",
    "Global pharmaceutical company, Astellas, is ..."."""
    descriptors = words_alternation(descriptor_words())
    return re.compile(rf"\b{descriptors},?[ ]$")


DESCRIBED_CHARS = 30


@cache
def _unnamed_subject() -> re.Pattern[str]:
    """A sentence whose subject says what the company is without its name: "The
    Melbourne-headquartered company sold ...", "The clinical stage biopharmaceutical company
    fell just shy of ...", "The cancer immunotherapy developer, backed by ..., has closed ..."
    (company_descriptors.csv)."""
    descriptors = words_alternation(descriptor_words())
    return re.compile(rf"The[ ](?:[\w-]+[ ]){{0,4}}?{descriptors},?[ ][a-z]")


# an adverb and its participle before the company they describe: "Thinly traded Myovant
# Sciences", "Privately held Zeta Bio"
ADVERB_PARTICIPLE = re.compile(r"[ ][a-z]+ed[ ]+[A-Z]")
ADVERB_MIN_COUNT = 100  # the adverb is an English word at least this common, no name


def _adverb_before_participle(words: list[str]) -> bool:
    word = words[0]
    return (
        len(words) == 1
        and word.endswith("ly")
        and word_counts().get(word.casefold(), 0) >= ADVERB_MIN_COUNT
        and not is_name(word)
    )


@cache
def _participle_before_company() -> re.Pattern[str]:
    """A participle that describes the company a descriptor names next, never a verb: "Thinly
    traded nano cap Neurotrope", "Privately held biotech firm Acme" (company_descriptors.csv)."""
    descriptors = words_alternation(descriptor_words())
    # (never a verb and its clause: "Acme announced that its partner Beta filed ...")
    clause = r"(?!(?:that|its|their|his|her|the|an?|which|who|to|with)\b)"
    return re.compile(rf"\s+[a-z]+ed(?:\s+{clause}[a-z][\w-]*){{0,3}}?\s+(?:{descriptors})\s+[A-Z]")


@cache
def _lower_case_run() -> re.Pattern[str]:
    """A company that prints its name in lower case: a word with a capital inside it, then
    perhaps a word of the trade ("deCODE genetics", "uniQure"), or a lower-case word and a word
    of the trade ("bluebird bio", a number before it: "2seventy bio"); its legal form after it
    ("e-Therapeutics plc")."""
    trade = "|".join(sorted({w.casefold() for w in company_trade_words()} | {"bio"}))
    return re.compile(
        rf"(?<![\w'’.-])(?:(?P<camel>{CAMEL_WORD})(?:[ ](?:{trade}))?"
        rf"|(?P<word>\d{{0,2}}[a-z]{{3,}})[ ](?:{trade}))"
        rf"(?:,?[ ]{company_suffix_pattern()})?(?![\w-])"
    )


def _lower_case_subject(
    text: str, at: int, end: int, announcing: bool, before: int | None = None
) -> IssuerMatch | None:
    """The lead's subject as a company in lower case writes it, a verb after it ("Icelandic
    biopharmaceutical company deCode genetics says ..."); never an English phrase ("novel
    therapeutics showed"): the lower-case word is one English hardly uses. ``before``: the
    name starts before it."""
    for run in _lower_case_run().finditer(text, at, end if before is None else before):
        if run["word"] and word_counts().get(run["word"], 0) >= PLAIN_WORD_USES:
            continue
        if OBJECT_BEFORE.search(
            text, max(at, run.start() - OBJECT_CHARS), run.start()
        ) and not legal_form_at_end().search(run.group()):
            continue  # "the development of novel mPGES-1 inhibitors to treat": a target's name
            # after a preposition or an adjective, never a subject (a company's legal form
            # keeps it one: "The Directors of zetaMD Limited are pleased")
        if _subject_follower(announcing).match(text, run.end(), end) is None:
            continue
        rule = "issuer_lead_subject"
        return IssuerMatch(run.group(), run.start(), run.end(), rule, confidence_of(rule))
    return None


# a company's name and a dash before its title, as an exchange's feed prints it: "Arctic
# Bioscience – Clinical Trial Application for HRO350 Phase IIb submitted"
HEADLINE_LABEL = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,3})[ ][–—-][ ](?=\S)"
)


# a newspaper's or a news site's name before a colon, as a page labels a title it copies:
# "Wisconsin State Journal: Acme earns $10M from Omega" (context_words' publication heads)
PUBLICATION_LABEL = re.compile(r"(?:[A-Z][\w&.'’-]*[ ]){0,4}(?P<head>[A-Z]\w+):[ ]+(?=[A-Z])")


def _past_publication_label(text: str, start: int, end: int) -> int:
    label = PUBLICATION_LABEL.match(text, start, end)
    if label and label["head"] in context_words("publication_head"):
        return label.end()
    return start


# the verbs of a company's own news in a title, after its name
NEWS_VERB = (
    r"(?:earns?|secures?|inks?|signs?|receives?|wins?|bags?|lands?|nets?|gets?|obtains?"
    r"|completes?|closes?|raises?|licen[cs]es?|acquires?|enters?|begins?|starts?|launches?"
    r"|achieves?|reach(?:es)?|collects?|pockets?)"
)
# ... or a news headline's infinitive: "Millennium Pharmaceuticals to get 40M dollars milestone"
NEWS_VERB_AFTER = re.compile(rf"[ ](?:to[ ])?{NEWS_VERB}\b")


def headline_subject(text: str, start: int, end: int) -> IssuerMatch | None:
    """With no other cue, the company that opens the headline ``text[start:end]`` with an
    announcing verb: "Zeta Announces Financial Results for the First Quarter"."""
    start = _past_publication_label(text, start, end)
    label = HEADLINE_LABEL.match(text, start, end)
    if label and label["name"] in text[end:] and _company_like(label["name"], False, text):
        name = label["name"]  # "Acme Bio – Clinical Trial Application submitted", Acme named
        rule = "issuer_headline_subject"  # again below
        return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))
    run = SUBJECT_RUN.match(text, start, end)
    if run is None:
        return None
    words = run.group().split(" ")
    verb = next(  # a title in capitals runs on into its verb: "Zeta Announces Financial ..."
        (i for i, w in enumerate(words) if i and re.fullmatch(ANNOUNCING_VERB, w, re.I)), None
    )
    news = None
    if verb is None:  # or a verb of its news, the company printed again below: "Arrowhead
        # earns $10M from Amgen", "Arrowhead Pharmaceuticals Inks Deal With Amgen"
        news = next(
            (i for i, w in enumerate(words) if i and re.fullmatch(NEWS_VERB, w, re.I)), None
        )
        if news is None and NEWS_VERB_AFTER.match(text, run.end(), end):
            news = len(words)
        if news is not None and " ".join(words[:news]) in text[end:]:
            verb = news
    with_form = False
    if verb is not None:
        while verb > 1 and words[verb - 1].casefold() in SUBJECT_ADVERBS:
            verb -= 1  # "Ipsen And Day One Earlier Announced ...": no name's word
        name = " ".join(words[:verb])
        # a joint title's first company, as a lead's joint subject: "Zeta And Beta Bio Announce"
        # (a name with "and" in it prints it in lower case: "Research and Development")
        first, joined, _second = name.partition(" And ")
        if joined and _company_like(_unmarked(first), False, text):
            name = first
    else:
        follower = _subject_follower(True).match(text, run.end(), end)
        if follower is None:
            return None
        name, with_form = run.group(), bool(follower["form"])
    name, name_start = _without_opener(name, run.start())
    if not _company_like(_unmarked(name), with_form, text):
        return None
    if (
        not with_form
        and all(word_counts().get(w.casefold(), 0) >= PLAIN_WORD_USES for w in name.split())
        and name not in text[end:]
    ):
        return None  # "Positive Results Announced for ZT-1": English words, named nowhere below
    rule = "issuer_headline_subject"
    return IssuerMatch(name, name_start, name_start + len(name), rule, confidence_of(rule))


def _owned_name(text: str, name: str) -> str | None:
    """The company after an owner's possessive in ``name`` ("Japan's Oncolys BioPharma"), when
    a word of the trade ends it or the text prints it again without its owner."""
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words[:-1]) if POSSESSIVE.search(w)), None)
    if cut is None:
        return None
    rest = " ".join(words[cut + 1 :])
    if all(w in company_trade_words() for w in words[cut + 1 :]):
        return None  # the possessive is the name's own: "Dr Reddy's Laboratories"
    if words[-1] in company_trade_words():
        return rest
    return rest if _printed_without(text, " ".join(words[: cut + 1]), rest) else None


def _possessive_subject(text: str, at: int, end: int, rule: str) -> IssuerMatch | None:
    """The company whose news opens the lead as its subject: "USA-based Acme Pharmaceutical's
    net loss for the fourth quarter ... improved"."""
    lead = _possessive_lead().match(text, at, end)
    if lead is None:
        return None
    bare = without_legal_form(lead["name"])
    name, start = _without_opener(_trimmed(lead["name"]), lead.start("name"))
    if not _owns_news(without_legal_form(name), bare != lead["name"]) and not _acts_elsewhere(
        text, name, lead.end()
    ):
        return None
    return IssuerMatch(_unmarked(name), start, start + len(name), rule, confidence_of(rule))


def _acts_elsewhere(text: str, name: str, after: int) -> bool:
    """Whether the text goes on to print ``name`` as a sentence's subject, a verb after it
    ("ArmaGen’s lead therapeutic is ... ArmaGen has completed"), as a company is and a
    disease's eponym never ("Alzheimer's disease"); and no regulator or plain word."""
    if not _company_like(name, False, text):
        return False
    for match in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])", text[after:]):
        if _subject_follower(False).match(text, after + match.end()):
            return True
    return False


def _on_chrome_line(text: str, at: int) -> bool:
    """Whether ``at`` is on a line of a page's chrome: a message board's header ("Research
    Fix-Corp Int'l (BB:FIXC). -- Ignore unavailable to you") names the board, not the issuer."""
    from transform.headline import chrome

    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = line_end if line_end != -1 else len(text)
    if line_end - line_start > CHROME_LINE_CHARS:  # a page flattened onto one line: the
        line_start, line_end = sentence_bounds(text, at, at)  # ticker's own sentence
    return chrome().search(text, line_start, line_end) is not None


CHROME_LINE_CHARS = 300  # a header line of a board or a site is shorter


PLACE_REGION_AFTER = re.compile(r",\s*[A-Z]")
# the dateline printed again on the lead's line, a dash after its date
# (never a range's dash between two days: "at BIO 2000, March 26-30, in Boston")
DATELINE_AGAIN = re.compile(rf"[^\n]*?\b{DATE}[ \t]*(?:[—–]|--?)(?!\d)[ \t]*")
TITLE_RUN_IN_CHARS = 400


def _a_place_with_region(text: str, found: IssuerMatch) -> bool:
    """A second dateline's place read as a company: "OSAKA, Japan I December 20, 2013 I
    Deerfield, IL and New York, NY, U.S.A., December 19, 2013" (world_places.csv)."""
    return found.name.casefold() in place_names() and bool(
        PLACE_REGION_AFTER.match(text, found.span_end)
    )


def find_issuer(text: str, lead_start: int | None, body_start: int = 0) -> IssuerMatch | None:
    """The issuing company, read from the lead after the dateline, else from other cues
    (``body_start``: where the text goes on after its headline), without a nationality the
    release prints its name without ("Swiss ADC Therapeutics" -> "ADC Therapeutics"), and as
    the release prints it in mixed case where it also does."""
    found = _find_issuer(text, lead_start, body_start)
    if found is not None and (again := _printed_twice(found.name)):
        # a page's source label run into its lead: "... 08:30 ET from Zeta Bio Zeta Bio, Inc.
        # (Nasdaq: ZETA) today announced": the name once, as the lead prints it
        found = replace(found, name=found.name[again:], span_start=found.span_start + again)
    if found is not None and found.name.isupper() and " " in found.name:
        # a name in capitals as the release also prints it in mixed case: "RUA LIFE SCIENCES
        # PLC" over "RUA Life Sciences plc (AIM: RUA.L) is pleased to announce"
        name, start = _as_printed_in_mixed_case(text, found.name, found.span_start)
        found = replace(found, name=name, span_start=start, span_end=start + len(name))
    if found is None or not (cut := nationality_before(text, found.name)):
        return found
    return replace(found, name=found.name[cut:], span_start=found.span_start + cut)


def _printed_twice(name: str) -> int:
    """Where the second printing starts of a name whose first words are printed twice in a row
    ("Zeta Bio Zeta Bio, Inc."), else 0."""
    words = name.split(" ")
    for count in range(1, len(words) // 2 + 1):
        if [w.rstrip(",.") for w in words[count : 2 * count]] == words[:count]:
            return len(" ".join(words[:count])) + 1
    return 0


def _find_issuer(text: str, lead_start: int | None, body_start: int = 0) -> IssuerMatch | None:
    if lead_start is not None:
        found = _lead_company(text, lead_start, "issuer_after_dateline")
        if found and not _a_place_with_region(text, found):
            return found
        again = DATELINE_AGAIN.match(text, lead_start, lead_start + TITLE_RUN_IN_CHARS)
        if found is None and again:  # "Tokyo, April 23, 2012 Top-line results of ... Tokyo,
            # April 23, 2012 — Japan Tobacco Inc. (JT)": the title run in between two datelines
            found = _lead_company(text, again.end(), "issuer_after_dateline")
            if found and not _a_place_with_region(text, found):
                return found
        defined = DEFINED_OPENS_LEAD.match(text, lead_start)
        if defined:  # "(GLOBE NEWSWIRE) -- (“HUTCHMED”) (Nasdaq/AIM:HCM) today announces":
            # a copy that lost the linked name before the short name it defines
            rule = "issuer_after_dateline"
            return IssuerMatch(
                defined["name"],
                defined.start("name"),
                defined.end("name"),
                rule,
                confidence_of(rule),
            )
    letterhead = (
        _letterhead_issuer(text)
        or _defined_company(text)
        or _rns_header(text)
        or _wire_label_company(text)
        or _brief_head(text)
        or _release_label_company(text)
    )
    if letterhead:
        return letterhead
    on_date = LEAD_ON_DATE.search(text, 0, HEADER_CHARS)  # "On May 4, 2012 Acme Bio said"
    if lead_start is None and on_date:
        at = on_date.end("date") + (text[on_date.end("date")] == ",")
        found = _lead_company(text, at, "issuer_after_lead_date")
        if found:
            return found
    if lead_start is None:
        subject = _lead_subject(text, body_start)
    else:
        subject = _lead_subject(text, lead_start, announcing=True)
    if subject:
        return subject
    ticker = _company_before_ticker(text)
    if ticker:
        return ticker
    public = _public_company(text)
    if public:
        return public
    source = next(
        (m for m in SOURCE_LINE.finditer(text) if not _a_news_service(m["name"])),
        None,
    )
    if source:
        return IssuerMatch(
            source["name"],
            source.start("name"),
            source.end("name"),
            "issuer_source_line",
            confidence_of("issuer_source_line"),
        )
    paragraph = next(  # a market is none: "ASX Limited" under "The Manager - Companies"
        (
            m
            for m in _paragraph_company().finditer(text)
            if not is_market(without_legal_form(_trimmed(m["name"])))
        ),
        None,
    )
    if paragraph and paragraph["name"].casefold() not in ("the company", "company"):
        # a news brief's day before it: "Dec 14 Orion Oyj :"
        name, start = _without_opener(_trimmed(paragraph["name"]), paragraph.start("name"))
        if " and " in name and not re.search(r"\band Company\.?$", name):
            name = name.split(" and ", 1)[0]  # "Acme and Beta AG announce": the first named
        return IssuerMatch(
            name,
            start,
            start + len(name),
            "issuer_paragraph_lead",
            confidence_of("issuer_paragraph_lead"),
        )
    if lead_start is None:  # a page whose news is all points under its title: the first
        return _lead_subject(text, body_start, points=True)  # point is its lead
    return None


# An RNS announcement's header: "RNS Number:2390L\nCambridge Antibody Tech Group PLC\n19 May 2003"
RNS_HEADER = re.compile(
    r"^[ \t]*RNS Number\s*:\s*\w+[ \t]*\n[ \t]*(?P<name>[^\n]{2,80}?)[ \t]*$", re.M
)


def _rns_header(text: str) -> IssuerMatch | None:
    """The company an RNS header names on the line under its number, in its legal form."""
    header = RNS_HEADER.search(text, 0, HEADER_CHARS)
    if header is None or not _company_like(_unmarked(header["name"]), True, text):
        return None
    if not re.search(rf"[ ,]{company_suffix_pattern()}\.?$", header["name"]):
        return None  # a name with its legal form: never a date or a heading
    rule = "issuer_rns_header"
    start = header.start("name")
    return IssuerMatch(header["name"], start, header.end("name"), rule, confidence_of(rule))


@cache
def _release_label() -> re.Pattern[str]:
    """A company's name, with its legal form, over or before the label of its release (a
    Nordic exchange's style): "ORION CORPORATION PRESS RELEASE 20 MAY 2020", "Zeta Oyj\nINSIDE
    INFORMATION / STOCK EXCHANGE RELEASE" (headline_noise.csv's labels of two words or more)."""
    labels = sorted((line for line in noise_lines() if " " in line), key=len, reverse=True)
    return re.compile(
        # (a feed's date label may open the line: "date 2020-05-20 ZETA OYJ PRESS RELEASE")
        r"^[ \t]*(?:date[ \t]+[\d-]+[ \t]+)?(?P<name>(?-i:[A-Z])[\w&.,'’/ -]{2,60}?)[ \t]*\n?[ \t]*"
        rf"(?:{'|'.join(map(re.escape, labels))})(?![\w-])",
        re.IGNORECASE | re.MULTILINE,
    )


def _release_label_company(text: str) -> IssuerMatch | None:
    """The company a release's label names (rule ``issuer_release_label``), as the release
    prints it in mixed case if it does ("ORION CORPORATION" -> "Orion Corporation")."""
    for label in _release_label().finditer(text, 0, HEADER_CHARS):
        name = label["name"].rstrip(" ,")
        last = name.rsplit(" ", 1)[-1]
        spellings = (name, name.title(), name.title()[: -len(last)] + last)
        if _a_news_service(name) or not any(legal_form_at_end().search(s) for s in spellings):
            continue  # a name with its legal form: never a heading, a date or a wire
        name, start = _as_printed_in_mixed_case(text, name, label.start("name"))
        rule = "issuer_release_label"
        return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))
    return None


# a feed's title line, its date label before the wire's: "date 2020-04-20 DGAP-Adhoc: Zeta AG: ..."
WIRE_LABEL_LINE = re.compile(r"^[ \t]*(?:date[ \t]+[\d-]+[ \t]+)?(?=[A-Z]{2,6}-)", re.M)


# A wire's news brief: its day and the company alone on a line over bulleted points that open
# with "Says": "Dec 21 BioInvent\n\n* Says announces ... agreement with Pfizer"
BRIEF_HEAD = re.compile(
    rf"^[ \t]*{MONTH}[ \t]+\d{{1,2}}[ \t]+(?:\(Reuters\)[ \t]+-[ \t]+)?"
    rf"(?P<name>{NAME_WORD}(?:[ ](?:{NAME_WORD}|&|and|of)){{0,5}})[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\n)*[ \t]*\*[ \t]+(?:Says|SAYS)\b",
    re.MULTILINE,
)


def _brief_head(text: str) -> IssuerMatch | None:
    """The company a news brief names over its points (rule ``issuer_brief_head``)."""
    head = BRIEF_HEAD.search(text, 0, HEADER_CHARS)
    if head is None or not _company_like(_unmarked(head["name"]), False, text):
        return None
    rule = "issuer_brief_head"
    return IssuerMatch(
        head["name"], head.start("name"), head.end("name"), rule, confidence_of(rule)
    )


def _wire_label_company(text: str) -> IssuerMatch | None:
    """The company a wire's label names before the feed's title ("DGAP-Adhoc: Zeta AG: Zeta AG
    enters into ..."), in its legal form."""
    for line in WIRE_LABEL_LINE.finditer(text, 0, HEADER_CHARS):
        label = wire_label_before(text, line.end())
        if label and _company_like(_unmarked(label["company"]), True, text):
            rule = "issuer_wire_label"
            start, end = label.start("company"), label.end("company")
            return IssuerMatch(label["company"], start, end, rule, confidence_of(rule))
    return None


DEFINED_NAME_CHARS = 160


def _defined_company(text: str) -> IssuerMatch | None:
    """The company the release defines as "the Company" in its opening: "Avacta Group plc
    ("Avacta" or the "Company"), which develops ..., is pleased to announce", an RNS
    announcement's "Adams plc\n("Adams" or the "Company")"."""
    for defined in DEFINED_COMPANY.finditer(text, 0, HEADER_CHARS):
        # (past the mark an exchange's announcement prints after a name "for identification
        # purposes only": "Livzon Pharmaceutical Group Inc.*")
        at = len(text[: defined.start()].rstrip().rstrip("*"))
        before = _name_before_ticker().search(text, max(0, at - DEFINED_NAME_CHARS), at)
        if before is None:
            continue
        name, start = _without_opener(_trimmed(before["name"]), before.start("name"))
        name, start = without_glued_title(text, name, start)
        if not _company_like(_unmarked(name), True, text) or is_market(without_legal_form(name)):
            continue
        rule = "issuer_defined_company"
        return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))
    return None


@lru_cache(maxsize=8)  # read by the lead's subject and again as a fallback of its own
def _company_before_ticker(text: str) -> IssuerMatch | None:
    """The company named before the first ticker off the page's chrome; a market is none ("CC:
    New York Stock Exchange Inc. (Stock Code: RDY)" copies a filing to it)."""
    symbols = [listing.span_start for listing in find_tickers(text)]
    for ticker in TICKER_OPEN.finditer(text):
        if _on_chrome_line(text, ticker.start()):
            continue
        close = text.find(")", ticker.start())
        if text[ticker.start() + 1].islower() and not any(
            ticker.start() < at < (close if close != -1 else len(text)) for at in symbols
        ):
            continue  # a label in lower case and no exchange's listing inside: "ARDS (trial
            # name: ONE BRIDGE)" (a Japanese release's "(Headquarters: Tokyo, ...)" still is)
        window_start = max(0, ticker.start() - 160)
        before = _name_before_ticker().search(text, window_start, ticker.start())
        if before is None:
            return None
        # "Acme Pharmaceutica AG, Allschwil (SIX: ACME)": the company before its town
        seat = _company_before_seat().search(text, window_start, before.start("name"))
        before = seat or before
        name, start = _without_opener(_trimmed(before["name"]), before.start("name"))
        name, start = without_glued_title(text, name, start)
        name = POSSESSIVE.sub("", name)  # "Zeta Bio PLC's (LON:ZB) CEO ..."
        name, start = _without_stray_abbreviation(text, name, start)
        if legal_form().fullmatch(name):
            placed = _name_place_form().search(text, window_start, ticker.start())
            if placed:  # "Hutchmed (China) Limited (NASDAQ: HCM)": a place in brackets inside
                name, start = placed["name"], placed.start("name")
        if BETWEEN_BEFORE.search(text, max(0, start - 12), start) and " and " in name:
            continue  # "the agreement between Hutchmed and AstraZeneca Plc (NASDAQ: AZN)": two
            # companies, neither named as the text's own
        if is_market(without_legal_form(name)) or legal_form().fullmatch(name):
            continue  # a market, or a legal form alone ("AG" of a name glued to a mark)
        if SOMEONES_PARTNER.search(text, max(0, start - 60), start):
            return None  # "its North America partner Acadia Pharmaceuticals (NASDAQ: ACAD)":
            # the partner of the company the text is about
        rule = "issuer_before_first_ticker"
        return IssuerMatch(name, start, start + len(name), rule, confidence_of(rule))
    return None


TICKER_AFTER = re.compile(r"\s*\((?:[^()]|\([^()]*\)){0,80}\)")
JOINED = re.compile(r",?\s+and\s+")


FULL_NAME_OPENING_WORDS = 2  # a name this short may be the opening of a full name


def with_full_name(text: str, issuer: IssuerMatch | None) -> IssuerMatch | None:
    """The issuer by the full name the release prints before its ticker, where it was found by
    the first words of that name alone: "Aurinia will receive ..." over "Aurinia
    Pharmaceuticals Inc. (NASDAQ: AUPH)"."""
    if issuer is None or len(issuer.name.split()) > FULL_NAME_OPENING_WORDS:
        return issuer
    if issuer.name.split()[-1].rstrip(".,") in legal_form_words():
        return issuer
    at = text.find(issuer.name)
    while at != -1:
        rest = _full_name_rest().match(text, at + len(issuer.name))
        if rest and not (at and re.match(r"[\w&.'’-]", text[at - 1])):
            end = rest.end()
            if TICKER_OPEN.match(text, end + (text[end] == " ")):
                # (a title's possessive is no part of it: "Zeta Pharmaceuticals Inc.’s (NASDAQ:
                # ZETA) IND Application Receives FDA Clearance")
                end -= 2 if text[end - 2 : end] in ("’s", "'s") else 0
                name = text[at:end]
                return IssuerMatch(name, at, end, issuer.rule, issuer.confidence)
        at = text.find(issuer.name, at + 1)
    return issuer


@cache
def _full_name_rest() -> re.Pattern[str]:
    """What a full name prints after its first words, up to its ticker's parenthesis: "
    Pharmaceuticals Inc." of "Aurinia Pharmaceuticals Inc. (NASDAQ: AUPH)"."""
    return re.compile(
        rf"(?:[ ][A-Z][\w&.'’-]*){{1,3}}(?:,?[ ](?:{company_suffix_pattern()}))?(?=[ ]?\()"
    )


def find_co_issuer(text: str, issuer: IssuerMatch | None) -> IssuerMatch | None:
    """The second company of a joint release: "Acme, Inc. (Nasdaq: ACME) and Beta AG (FSE: BTA)
    today announced ...". Only right after an issuer read from the lead."""
    if issuer is None or issuer.rule != "issuer_after_dateline":
        return None
    at = issuer.span_end
    ticker = TICKER_AFTER.match(text, at)
    if ticker:
        at = ticker.end()
    joined = JOINED.match(text, at)
    if not joined:
        return None
    second = _lead_name().match(text, joined.end())
    if not second:
        return None
    name = _trimmed(second["name"])
    end = second.start("name") + len(name)
    if not (TICKER_AFTER.match(text, end) or re.match(r",?\s+(?:today\s+)?announced", text[end:])):
        return None  # "Acme and its partners announced": a company must follow
    rule = "co_issuer_after_and"
    return IssuerMatch(name, second.start("name"), end, rule, confidence_of(rule))
