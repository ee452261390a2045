"""Money amounts ("$1.5 million", "C$30 million", "15 million euros") with their currency and
kind, and the role each plays among the release's money (restated, part of a total, recalled)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from transform.lexicon import (
    alias_map,
    by_first_character,
    company_trade_words,
    context_words,
    legal_form_words,
    link_cues,
    load_lexicon,
    name_openers,
    organization_head_words,
    words_alternation,
)
from transform.literals import cued
from transform.repair.vocabulary import word_counts
from transform.segments import PROSE_LINE, in_spans
from transform.text_spans import (
    EXPECTED_BEFORE,
    FOLLOWS,
    NOT_PAID_AFTER,
    NOT_PAID_BEFORE,
    RELATIVE_OPENS,
    TIME_AGO,
    sentence_bounds,
    web_addresses,
)

# thousands grouped by commas, or by dots as continental Europe prints them when two groups or
# more make it plain ("SEK 23.818.000", "EUR 1.250.000,50")
# (a decimal comma, as Europe prints it: "USD 3,2 million", "EUR 12,5 Mio", "a loss per share
# of SEK 3,65": one or two digits after a comma group no thousands)
DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?![\d,])"
# (or thousands grouped by spaces, as Scandinavia and France print them: "USD 750 000")
SPACE_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
# (or by apostrophes, as Switzerland prints them: "CHF 1'250'000", "CHF 1’250’000.50")
APOSTROPHE_GROUPED = r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])"
NUMBER = (
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    + DECIMAL_COMMA
    + "|"
    + SPACE_GROUPED
    + "|"
    + APOSTROPHE_GROUPED
    + r"|\d+(?:\.\d+)?"
)
DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])")
DOT_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}")  # in every match of DOT_GROUPED; found fast
ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
DECIMAL_COMMA_ONLY = re.compile(r"\d{1,3},\d{1,2}")
# a text whose "#" is the pound sign, as old RNS text printed it: it names the pound's world
# (or a London listing: "(LSE: CTX)", "(AIM: ZTA)", "the London Stock Exchange")
HASH_POUND_TEXT = cued(
    r"\b(?:pence|sterling|plc|Plc|PLC|RNS Number|(?:LSE|AIM|LON):|London Stock Exchange)"
    r"(?:\b|(?<=:))"
)
UK_POUNDS = frozenset({"#", "pounds", "stg"})  # pounds read only in such a text
# (a footnote's number may be glued to a scale's word: "US$2.0 million2")
SCALE = (  # "$3.5 million", "$3.5-million", "CHF 40 mn", "EUR 2.5 Mio", "INR 500 crore", "$12 M"
    # (India's crore and lakh in the plural and abbreviated too: "Rs 500 crores", "Rs. 1,120 Cr")
    # (and in French English's plural: "EUR 3.2 millions")
    # (and in the languages of the releases' countries: "R$ 20 milhões", "EUR 5 Millionen",
    # "USD 12 millones", "EUR 1,2 milliards", "EUR 3 milioni")
    r"(?:[\s-]?(?P<scale_word>millions?|billions?|thousand|trillion|mln|bln|mn|bn|mio|mrd"
    r"|crores?|lakhs?|cr|milh(?:ões|ão)|mill(?:ones|ón)|milion[ei]|[Mm]illionen|[Mm]illiarden"
    r"|milliards?|bilh(?:ões|ão))"
    r"(?:\b|(?=\d{1,2}(?![\d.,])))"
    r"|\s?(?P<scale_letter>MM|M|B|K)\b)?"
)


@cache
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    """Printed currency (case-folded, spaces single) -> ISO code, before and after a number."""
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for row in load_lexicon("currencies"):
        table = prefix if row["position"] in ("prefix", "scaled prefix") else suffix
        table[_folded(row["printed"])] = row["currency"]
    return prefix, suffix


# a currency's code printed again after an amount with its sign: "$180 million USD"
CODE_AFTER = re.compile(r"[ \t]+([A-Z]{3})\b(?!\s*[\d$€£¥])")
THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


# the word or two after an amount's number, where a scan may have garbled its scale: "$5 mll1on",
# "$5 MlLLION", "$5 mill on" (a scale's word two edits away at most, read as a scan reads l and
# o; never an English word: "$5 millet")
AFTER_NUMBER = re.compile(
    r"[ \t]?(?P<word>[A-Za-z][A-Za-z0-9|!]{2,8})(?:[ ](?P<rest>[a-z]{1,3}))?\b"
)
SCAN_LETTERS = str.maketrans({"1": "l", "|": "l", "!": "l", "0": "o"})
SCALE_EDITS = 2


def _garbled_scale(text: str, end: int) -> bool:
    """Whether the word after an amount's number (with a short word after it) is a scale's a scan
    garbled past repair."""
    after = AFTER_NUMBER.match(text, end)
    if after is None or after["word"][0].lower() not in "mbr" or after["word"].lower() in SCALES:
        return False
    word = after["word"].lower()
    printings = [word] + ([word + after["rest"]] if after["rest"] else [])
    return any(
        printed not in word_counts()
        and any(
            Levenshtein.distance(printed.translate(SCAN_LETTERS).replace("rn", "m"), scale)
            <= SCALE_EDITS
            for scale in ("million", "billion")
        )
        for printed in printings
    )


@cache
def _scaled_prefixes() -> frozenset[str]:
    """Signs read only as printed, in capitals, glued to a number with its scale: the trade
    press's "E10 million" for euros (never "E10", a code, nor "Series E 10 ...")."""
    return frozenset(
        row["printed"] for row in load_lexicon("currencies") if row["position"] == "scaled prefix"
    )


@cache
def _scaled_only() -> frozenset[str]:
    """Currency words read only after a number with its scale ("43 billion won") or grouped in
    thousands ("285,000 won"): "won" and "dollars" are also plain words ("in 2015 won
    approval")."""
    return frozenset(
        _folded(row["printed"])
        for row in load_lexicon("currencies")
        if row["position"] == "scaled suffix"
    )


def is_currency_mark(printed: str) -> bool:
    """Whether letters printed before a number are a currency's ("RMB", "USD", "CHF")."""
    return _folded(printed) in _currencies()[0]


# a currency's letters glued to three digits or more, with no separator, decimals or scale
GLUED_CODE = re.compile(r"(?P<letters>[A-Z]{2,4})(?P<digits>\d{3,})")
# ... explained in words in parentheses after it, as a drug's code is: "NIS793 (anti-TGFβ
# antibody)"; never an amount's other currency ("USD150 (about EUR140)")
CODE_EXPLAINED = re.compile(r"[ ]\([a-z][^()\d\n]{2,60}\)")
CODE_PRINTINGS = 2


def glued_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a development code that opens with a currency's letters,
    not an amount: printed so twice or more, or explained in parentheses ("NIS793 (anti-TGFβ
    monoclonal antibody)" is no 793 shekels); never a sum with its scale, decimals or separator
    ("EUR10 million", "HKD37", "RM107.45", "SEK250m")."""
    token = GLUED_CODE.fullmatch(text, start, end)
    if token is None or not is_currency_mark(token["letters"]):
        return False
    if end < len(text) and (text[end].isalnum() or text[end : end + 2] in (".0", ",0")):
        return False
    printed = len(re.findall(rf"(?<![\w-]){re.escape(token.group())}(?![\w-])", text))
    return printed >= CODE_PRINTINGS or CODE_EXPLAINED.match(text, end) is not None


MINOR_UNITS = {"hundredth": 0.01}  # a currency's minor unit: "10 pence" is GBP 0.10


@cache
def _currency_scales() -> dict[str, float]:
    """Printed currency (case-folded) -> the scale its letter gives ("MSEK": 1e6), or its minor
    unit ("pence": 0.01)."""
    return {
        _folded(row["printed"]): SCALES.get(row["scale"]) or MINOR_UNITS[row["scale"]]
        for row in load_lexicon("currencies")
        if row.get("scale")
    }


def _number(printed: str, dot_grouped: bool) -> float:
    """The value of a printed number: "2,071,000", "2.071.000" and "1.250.000,50" group
    thousands; "975.000" does too in a text that groups thousands by dots elsewhere."""
    if printed.count(".") >= 2 or (dot_grouped and ONE_DOT_GROUP.fullmatch(printed)):
        return float(printed.replace(".", "").replace(",", "."))
    if DECIMAL_COMMA_ONLY.fullmatch(printed):
        return float(printed.replace(",", "."))  # "3,2" of "USD 3,2 million"
    printed = re.sub(r"[ \u00a0\u202f'’]", "", printed)  # "750 000" of "USD 750 000", "1'250'000"
    return float(printed.replace(",", ""))


def _folded(printed: str) -> str:
    return " ".join(printed.casefold().split())


def _alternation(entries: dict[str, str]) -> str:
    escaped = (re.escape(e).replace(r"\ ", r"\s?") for e in entries)
    return "|".join(sorted(escaped, key=len, reverse=True))


def _by_first_character(entries: dict[str, str]) -> str:
    """``_alternation`` of the entries (longest first, a space optional), ignoring case, grouped
    by first character (``lexicon.by_first_character``): "[Uu](?i:sd|s\\$)|\\$(?i:us|)"."""
    ordered = sorted(entries, key=lambda e: len(re.escape(e).replace(r"\ ", r"\s?")), reverse=True)
    return by_first_character(ordered, ignore_case=True, space=r"\s?")


@cache
def _amount_before_cue() -> re.Pattern[str]:
    """An amount, its currency before it (currencies.csv), and up to two words, ending where a
    money cue opens: the cue is that amount's own word ("a $10 million milestone")."""
    prefix, _ = _currencies()
    return re.compile(
        rf"(?<![A-Za-z0-9])(?:{_alternation(prefix)})\s?(?:{NUMBER}){SCALE}[\s-]+(?:[a-z]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def _amount_then_from() -> re.Pattern[str]:
    """An amount and the "from" of the figure it grew or fell from, ending where that figure
    opens: "revenues declined to C$109,831 from C$122,254", "were $5,212,000 in 1992, down
    from $6,233,000 in 1991" (the base has the amount's kind)."""
    prefix, _ = _currencies()
    return re.compile(
        rf"(?<![A-Za-z0-9])(?P<amount>(?:{_alternation(prefix)})\s?(?:{NUMBER}){SCALE})"
        rf"(?:\s+in\s+(?:fiscal\s+)?(?:19|20)\d\d)?,?\s+(?:(?:down|up)\s+)?from\s+$",
        re.IGNORECASE,
    )


@cache
def _amount_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An amount with its currency before it ("C$30 million", "DKK 15 million"), and one with
    its currency after it ("15 million euros"). A currency never follows a letter or digit, so
    "C$30" is Canadian and never "$30"; a "$" after unknown letters ("NT$") is no amount (a
    "$" glued to a word in lower case is read by find_money: "more than$600 million")."""
    prefix, suffix = _currencies()
    before = re.compile(
        # (on one line: "Currency in USD" over a quote's "12.34 +0.56" is no amount)
        rf"(?<![A-Za-z0-9])(?P<currency>{_by_first_character(prefix)})[ \t\u00a0\u202f]?"
        rf"(?P<number>{NUMBER})"
        rf"(?i:{SCALE})"
    )
    after = re.compile(
        # (an abbreviated scale's stop before it: "12,5 Mio. EUR")
        rf"(?<![\w$€£¥.,])(?P<number>{NUMBER}){SCALE}(?:(?<=mio|mrd|mln|bln)\.|(?<=mn|bn)\.)?"
        rf"\s+(?P<currency>{_alternation(suffix)})(?!\w)",  # (a sign ends it too: "12,5 M€")
        re.IGNORECASE,
    )
    return before, after


PRICE_DIGITS = 6  # decimals an amount keeps
FLOAT_DIGITS = 15  # significant digits a float holds exactly
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billions": 1e9,
    "mln": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mio": 1e6,  # German "EUR 2.5 Mio."
    "mrd": 1e9,  # German "EUR 1.2 Mrd."
    "lakh": 1e5,  # Indian numbering: "INR 50 lakh" is 5,000,000
    "crore": 1e7,  # "INR 500 crore" is 5,000,000,000
    "crores": 1e7,
    "cr": 1e7,  # "Rs. 1,120 Cr" is 11,200,000,000
    "lakhs": 1e5,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    # the languages of the releases' countries
    "milhões": 1e6,
    "milhão": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "milioni": 1e6,
    "milione": 1e6,
    "millionen": 1e6,
    "milliarden": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "bilhões": 1e9,
    "bilhão": 1e9,
}
# A currency pair's quote: the currency before a slash names the rate's base
# a rate as a pair of currencies ("USD/KRW 1349.5") or an equation ("(EUR1=NOK10.21)")
# (or a pair's second rate after a slash: "(EUR1=JPY157.90/SEK11.29)")
EXCHANGE_RATE_BEFORE = re.compile(
    r"\b[A-Z]{3}(?:\d{0,3}|\d[\d.,]{0,12})/$|\b[A-Z]{3}\s?\d[\d.,]*\s?=\s?$"
)
EXCHANGE_RATE_AFTER = re.compile(r"/[A-Z]{3}\b|\s?=\s?[A-Z]{3}\s?\d")
# a rate in words: "with a March 31, 2000 rate of $1.00 Canadian equaling $0.69 U.S.", "an
# exchange rate of US$1.00 = C$1.35": the amount after "rate of" and the one it equals
RATE_OF_BEFORE = re.compile(r"\brate\s+of\s+(?:approximately\s+|about\s+)?$", re.IGNORECASE)
RATE_EQUALS_AFTER = re.compile(
    r"(?:\s+(?:Canadian|Australian|U\.S\.|US|Cdn|CDN|AUD|CAD|USD))?"
    r"\s*(?:=|equall?ing|equals|is\s+equal\s+to)\s*",
    re.IGNORECASE,
)
RATE_WORDS_CHARS = 30
# ... or the rate's other side after "to": "at a rate of RMB7.1135 to US$1.00"
RATE_TO_AFTER = re.compile(r"\s+(?:to|per|for)\s+")
# The high end of a range printed with one scale: the low end is in it too ("USD 1.41-1.59
# billion", "between $2 and $3 million"); after "to" or "and" the high end carries a currency
# too, and no count follows it ("$8 and 2.5 million shares" is a price and a count)
RANGE_SCALE = re.compile(
    rf"(?:\s?[-–—]\s?(?:[A-Z]{{0,3}}[$€£¥]\s?)?|\s(?:to|and)\s(?:[A-Z]{{0,3}}[$€£¥]\s?|[A-Z]{{3}}\s)"
    rf"|\sto\s)"  # "$21 to 23 million": a range rises, so "$8 to 2.5 million" is none
    rf"(?P<high>{NUMBER})[\s-]?(?P<scale>(?i:million|billion|thousand|trillion|mln|bln|mn|bn|mio|mrd|crores?"
    r"|lakhs?|cr)|MM|M|B|K)\b(?!\s+(?:shares|units|warrants|ADSs|options|patients|subjects|people|doses)\b)"
)
POTENTIAL_CHARS = 60  # the words before an amount that may bound it
PER_SHARE_CUE_RULES = frozenset({"money_cue:earnings per share", "money_cue:eps"})
POTENTIAL_CUES = (
    "up to",
    "potential",
    "eligible",
    "could receive",
    "may receive",
    "as much as",
    "could total",
    "could exceed",
    "contingent",
    "prospect of",  # "for $50 million upfront and the prospect of $680 million in milestones"
    "possibility",  # "there is a possibility to pay a maximum of $120 million"
    "maximum",  # "the Milestone Fees of a maximum aggregate amount of US$54,250,000"
    "not exceeding",  # "milestone payments not exceeding $2.1 billion"
    "not to exceed",
    "option to pay",  # "AstraZeneca had the option to pay $40 million for an exclusive license"
    "maximum of",
    # an event to come that will pay it: "will trigger an additional $2 million milestone"
    "will trigger",
    "would trigger",
    # payments due when their events come, if they come: "additional milestone payments, as and
    # when earned, of $43.0 million"
    "as and when",
    "if and when",
    # what a counterfactual says was never paid: "Seriva would have owed a $25 million milestone
    # upon approval" (under a letter that refused the approval)
    "would have",
)

# the words of an amount's payment right after it: "$5 million [clinical milestone payment]"
PAYMENT_WORDS_AFTER = r"(?:\s+(?:[a-z-]+\s+){0,3}?(?:payments?|fees?|milestones?))?"

# a sum that falls due on an event to come: "a further US$3 million is payable by Chiesi on
# shipment of commercial launch stock" (one due on signing is an upfront: never potential)
# (its payment's noun and its payee may come between: "An additional US$5 million milestone will
# be payable to Zeta upon FDA acceptance"; or a sum made available: "Additional $12.6 million
# available upon achievement of project milestones")
DUE_ON_EVENT_AFTER = re.compile(
    rf"{PAYMENT_WORDS_AFTER}\s+(?:(?:is|are|will\s+be|would\s+be|shall\s+be|becomes?)\s+"
    r"(?:payable|due|available)|available)\s+(?:(?:by|to)\s+(?:[\w.-]+\s+){1,4}?)?(?:on|upon|after"
    r"|following|when"
    r"|once|if)\b",
    re.IGNORECASE,
)

# ... or a condition to come right after it, its payment's words between: "an additional $30
# million once the Phase 2 study begins", "$190 million should the drug receive regulatory
# approval", "$5 million if the trial succeeds" (never a sum a verb before it says was paid:
# "received $5 million once the trial began")
CONDITION_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:[a-z-]+\s+){0,3}?(?:payments?|fees?)\s+)?"
    r"(?:once|if|should(?=\s+(?:the|its?|this|that|these|they|[a-z]+['’]s)\s)"
    r"|in\s+the\s+event\s+(?:that\s+)?)\s",
    re.IGNORECASE,
)

# ... or the time of an event right after it, in a sentence that says the payment is to come:
# "Zeta will receive ¥3.0 billion as the initial payment and ¥8.2 billion at the time of its
# approval in Japan", "will pay $10 million upon approval" (never "earns $5 million upon approval")
EVENT_TIME_AFTER = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?,?{PAYMENT_WORDS_AFTER}\s+(?:at\s+the\s+time\s+of|upon|when)\s",
    re.IGNORECASE,
)
# ... or a condition opening its sentence, the payment to come after it: "Upon approval, Zeta will
# pay its licensor a regulatory milestone of EUR 15 million", "If approved, Zeta would owe ..."
CONDITION_OPENS = re.compile(
    r"\s*(?:upon|once|if|when|should|in\s+the\s+event\s+(?:that|of)|subject\s+to)\s[^,;()]{3,80},\s"
)
TO_COME_BEFORE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:receive|get|pay|earn|be\s+paid|owe)\b"
    # or expected: "The company anticipates a further ¥400 million upon achieving ..."
    r"|\banticipates?\b|\bexpects?\s+to\s+(?:receive|get|earn)\b"
)

# ... or its own words after it: "a further $640 million in potential development and sales
# milestones", "$20 million in contingent payments", "the $30 million potential milestone payments"
POTENTIAL_AFTER = re.compile(
    r"\s+(?:(?:in|of)\s+)?(?:(?:additional|further|future)\s+)?(?:potential|contingent|possible)\b",
    re.IGNORECASE,
)

# a figure a company forecasts, no sum it has: "For fiscal 2023, the company forecasts revenue of
# 430.0 billion yen", "expects full-year revenue of $50 million", "projected sales of" (no other
# sum nor clause between)
GUIDANCE_BEFORE = re.compile(
    r"(?:\b(?:forecasts?|forecasted|projected|guidance|outlook|expects?|anticipates?)\b"
    # ... or a target a strategy sets: "aims to more than double revenue to DKK 60 billion by
    # 2030", "targets revenue of", "its ambition is to reach sales of", "a goal of"
    r"|\b(?:aims?\s+to|ambitions?|aspires?\s+to|goal)\b"
    r"|\btargets?\s+(?:[\w-]+\s+){0,2}(?:revenues?|sales|income|profit|margin|ebit(?:da)?)\b"
    # ... or a result said to be expected: "Revenue is now expected to be DKK 95-105 million",
    # "the operating loss is expected to be" (never an offering's proceeds: those are set)
    r"|\b(?:revenues?|sales|income|loss|result|ebit(?:da)?|costs?|expenses|spend(?:ing)?)\s+"
    r"(?:is|are)\s+(?:now\s+)?(?:expected|forecast|estimated)\s+to\s+(?:be|reach|total)\b)"
    # (a year may name the period: "expects full-year 2021 total revenues of")
    r"(?:[^.;:$€£¥\d]|\b(?:19|20)\d\d\b){0,50}$"
)

# a payment a modal verb makes possible, a few words before the amount: "could funnel $600
# million more", "might bring in $40 million", "may be paid $5 million"
# ... five words at most, none opening a clause of its own: "could net the Danish firm over $1
# billion" (never "could help it and Omega paid $5 million")
MODAL_BEFORE = re.compile(
    r"\b(?:could|may|might)\s+(?:(?!(?:and|or|but|paid|pays|received|receives|earned)\s)[a-z-]+"
    r"\s+){0,6}[a-z-]+\s*$"
)

# Between two sums of one list, the first's own words and "and", no verb nor payment of its
# own: "... potential milestones of US$124 million for this product, and US$93.3 million for
# each subsequent product" (never "... $50 million in milestones and has received $10 million")
COORDINATED_BETWEEN = re.compile(
    r"(?:(?!\b(?:will|would|has|have|had|is|are|was|were|received?|receives|paid|pays?|payable"
    r"|upfront|up-front|signing|already)\b)[^.;:\n]){0,60}?,?\s+(?:and|or)\s+"
    # ... or the next measure a forecast names: "forecasts revenue of ¥430.0 billion and core
    # operating profit of ¥74.0 billion"
    r"(?:(?:(?!(?:will|would|has|have|had|is|are|was|were|received?|reported|ended|paid)\b)"
    r"[\w-]+\s+){1,4}?(?:of|at)\s+)?",
    re.IGNORECASE,
)


@cache
def _wire_mark() -> re.Pattern[str]:
    """A wire's mark closing a dateline, and its dash: what follows opens the lead's first
    sentence ("/PRNewswire-FirstCall/ --", "(BUSINESS WIRE)--"; wires.csv's names)."""
    names = "|".join(
        re.escape(name).replace(r"\ ", r"\s+")
        for name in sorted(alias_map("wires"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?:/(?:{names})[^/\n]{{0,30}}/|\((?:{names})\))\s*[-–—]{{1,2}}\s*", re.IGNORECASE
    )


# a deal's terms before its sums: "The agreement includes ...", "the deal comprises ..."
DEAL_TERMS_BEFORE = re.compile(
    r"\b(?:agreement|deal|contract|transaction|terms)\b[^.;]{0,30}?\b(?:includ(?:es?|ed)"
    r"|compris(?:es?|ed)|consist(?:s|ed)?\s+of|provided?\s+for|provides\s+for|call(?:s|ed)?\s+for)\b",
)
# ... or a sentence that says it states them, a verb to come: "Under the terms of the
# agreement, Zeta will receive an upfront payment of $20 million, besides ... milestone
# payments, totalling $325 million"
TERMS_SENTENCE = re.compile(
    r"\s*under\s+(?:the\s+)?terms\s+of\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|deal|contract|licen[cs]e)\b[^.;]{0,60}?\b(?:will|would|could|may|is\s+eligible)\b"
)
# milestones near at hand are still to be earned: "an upfront payment of US$25 million and
# near-term milestone payments of US$15 million" (never once received: "received a near-term
# milestone of $5 million")
NEAR_TERM_BEFORE = re.compile(r"\bnear[- ]term\s+(?:[a-z-]+\s+)?milestones?\b")
NEAR_TERM_AFTER = re.compile(r"\s+(?:in\s+)?near[- ]term\s+(?:[a-z-]+\s+)?milestones?\b")
RECEIVED_BEFORE = re.compile(
    r"\b(?:received|earned|paid|triggered|achieved|collected)\b", re.IGNORECASE
)
# a sum paid already, told after a sum to come: "... up to $50 million and has received $10 million"
RECEIVED_BETWEEN = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+)?(?:received|earned|been\s+paid|collected)"
    r"|(?:was|were)\s+paid)\b",
    re.IGNORECASE,
)

# what a total's parts follow: "a total of $308 million cash payments consisting of ..."
BREAKDOWN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:consisting\s+of|comprising|comprised\s+of|made\s+up\s+of|including"
    r"|which\s+(?:includes?|comprises?)|broken\s+down\s+into|split\s+into)\b",
    re.IGNORECASE,
)


def _part_of_potential_total(
    text: str, found: list[MoneyMatch], sentence: tuple[int, int], start: int
) -> bool:
    """Whether the sum at ``start`` is one of the parts a potential total of its sentence is
    broken down into, with no verb in the rest of the sentence saying a part was paid."""
    left, right = sentence
    total = next(
        (
            earlier
            for earlier in reversed(found)
            if earlier.sentence_start == left
            and earlier.is_potential
            and BREAKDOWN_AFTER.match(text, earlier.span_end, start)
        ),
        None,
    )
    return total is not None and not RECEIVED_BETWEEN.search(text, total.span_end, right)


# a figure that rose to the amount from another, no bound: "Other revenues were up to $105,000
# from $21,000"
RISE_UP_TO = re.compile(r"\b(?:was|were|is|are|been|came|went)\s+up\s+to\s+$")
RISE_BASE = re.compile(
    r"\b(?:was|were|is|are|been|came|went)\s+up\s+to\s+\S+(?:\s+(?:million|billion|thousand"
    r"|mn|bn|m))?\s+from\s+$"
)
BASE_FROM_AFTER = re.compile(r"\s+from\s+(?:[A-Z]{0,3}[$€£¥]\s?\d|\d)")
# a bound right before an amount: "fees of up to $20 million", "as much as $5 million"
BOUNDED_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as)\s+(?:[a-z]{2,3}\s?)?$")
BOUNDED_CHARS = 20


@dataclass(frozen=True)
class MoneyMatch:
    amount: float
    currency: str
    kind: str
    is_potential: bool
    text: str
    span_start: int
    span_end: int
    kind_rule: str
    per_unit: bool  # the price of one share, unit or warrant, not a sum of money
    sentence_start: int
    sentence_end: int
    tabled: bool = False  # a figure of a financial table's row (its unit declared or a statement's)


@cache
def _kind_cues() -> tuple[tuple[str, str], ...]:
    return tuple((row["cue"].lower(), row["kind"]) for row in load_lexicon("money_kinds"))


def _is_word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


# A cue after an amount belongs to another item once a comma or a conjunction intervenes
# ("up to $170 million and royalties"); before it, only a semicolon or "plus" separates.
BREAK_AFTER = re.compile(r"[,;]|\bplus\b|\band\b|\bas well as\b|\bin addition to\b")
BREAK_BEFORE = re.compile(r";|\bplus\b|\bas well as\b|\band an?\s")  # "..., and a further"
# ... unless the cue heads this amount: "research collaboration funding of $1.1 million", "to
# raise $50 million", "a net loss allocable to common shareholders of $1.9 million"
CUE_HEADS_AMOUNT = re.compile(
    r"\s*(?:(?:[a-z-]+\s+){0,5}?(?:of|to|at|totall?ing|worth|amounting\s+to)\s+"
    r"(?:up\s+to\s+|about\s+|approximately\s+|some\s+|over\s+|more\s+than\s+|nearly\s+"
    r"|almost\s+|around\s+|in\s+excess\s+of\s+|at\s+least\s+)?)?"
)
# A cue's words up to the amount it heads, after this one: "sales" + " revenue of " (never past
# "and", "or", "plus": "up front and up to ¥1.68 billion" names the upfront's kind)
HEADS_LATER_AMOUNT = re.compile(
    r"\s+(?:(?!(?:and|or|plus)\b)[a-z-]+\s+){0,2}?(?:of|at|totall?ing|worth|amounting\s+to)\s+"
    r"(?:about\s+|approximately\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?"
)
# A payment an amount heads, named by its own words: "in exchange for a one-time payment of $6.0
# million", "an upfront payment of $100 million, an exclusive development rights payment of $200
# million": a cue before its article, past a comma or an exchange, names another payment (a cue
# in the words is read as ever; "this milestone triggers a payment of $5 million" and "...,
# triggering an aggregate payment of $10.0 million" are its own)
OWN_PAYMENT_HEAD = re.compile(
    r"\b(?:an?|the|one|its|their)\s+(?!(?:aggregate|total|combined|cash|further|additional"
    r"|related|corresponding|such)\s)(?:[a-z-]+\s+){1,4}?(?:payments?|fees?)\s+"
    r"(?:of|totaling|totalling|amounting\s+to)\s+(?:approximately\s+|about\s+|up\s+to\s+)?$"
)
OWN_PAYMENT_HEAD_CHARS = 80
# what a sum buys, after it: "$150 million at closing in exchange for a portion of its
# royalties" is no royalty
EXCHANGED_FOR = re.compile(r"\bin\s+(?:exchange|return)\s+for\b")
OTHER_PAYMENT_BEFORE = re.compile(rf",|{EXCHANGED_FOR.pattern}")
# payments beyond an upfront one are no upfront: "an upfront payment of $13 million with
# additional payments of up to $1.37 billion" (beyond milestones, they may be more of them)
BEYOND_UPFRONT = re.compile(r"\b(?:additional|further|other)\s+payments?\b")
# ... unless the words between are the cue's own modifiers, listed: "in potential opt-in,
# development and commercial milestones" is one item
MODIFIER_LIST = re.compile(
    # (or after "from": "up to $407 million from development, regulatory and commercial
    # milestone payments")
    r"\s+(?:in|from)\s+(?:potential\s+)?(?:[a-z][a-z-]*,\s+){1,6}[a-z][a-z-]*\s+(?:and|or)\s+[a-z][a-z-]*\s+"
)


# The amount's own noun phrase: "$170 million in sales and commercialization milestones",
# "$357.5 million per target in development, regulatory and commercialization milestone
# payments", "$40 million in shared development expenses". Its last words name the amount.
UPFRONT = r"\bup[- ]?front\b"
UPFRONT_AFTER = re.compile(rf"\s*{UPFRONT}", re.IGNORECASE)  # "$50 million up-front"
PHRASE_STOP = (  # (a verb ends it too: "$434 million in milestone payments and also could
    # receive royalties" is milestones')
    r"(?:including|to|for|a|an|the|of|from|under|which|that|with|per|plus|as|upon|on|by|if"
    r"|over|and|or|also|is|are|was|were|will|would|may|could|can|be|been|has|have"
    # (or a clause of time after it: "$96.5 million in cash and investments, following its
    # follow-on offering" is cash, no offering's)
    r"|following|after|before|since|when|while|its|their)\b"
)
# A sum that bundles an upfront payment with milestones is neither: "up to $385 million in
# milestone payments including a $50 million up-front cash payment", "up to $44 million in
# upfront and milestone payments"
UPFRONT_WORD = re.compile(UPFRONT)
# words that say what kind of milestones they are, never a verb's: "and development and
# regulatory milestone payments", never "and is eligible for milestones"
KIND_WORDS = (
    r"(?:(?!(?:is|are|was|were|will|would|may|could|can|be|been|has|have|eligible|entitled|for"
    r"|to|receive\w*|earn\w*|get|gets)\b)[a-z-]+\s+)"
)
# the brackets right after a sum, and an amount inside them
PARTS_AFTER = re.compile(r"\s*\(([^()\n]{5,200})\)")
AMOUNT_INSIDE = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}\s?)\s?\d")
PART_KIND = re.compile(r"\b(?:up-?front|milestones?|royalt(?:y|ies)|equity|fees?)\b", re.IGNORECASE)
BUNDLE_AFTER = re.compile(
    r"(?:\s*\([^)]{0,40}\))?[^;.]{0,60}?\b(?:including|includes|comprising)\b[^;]{0,60}?"
    + UPFRONT
    # or what it is for: "up to 34.8 billion won from SOTIO soon for upfront fees and near-term
    # milestones"
    + r"|[^;.]{0,40}?\bfor\s+"
    + UPFRONT
    + r"\s+[\w-]+\s+and\s+(?:[\w-]+\s+){0,2}milestones?\b"
    # or what it is paid as: "up to approximately $1.4 billion from Lundbeck as up-front payment
    # and development and regulatory milestone payments"
    # or what it is shared between: "up to US $5 million between an upfront payment and
    # regulatory milestone payments"
    + r"|[^;.]{0,40}?\bbetween\s+(?:an?\s+|the\s+)?"
    + UPFRONT
    + rf"(?:\s+(?:cash\s+)?(?:payments?|fees?))?\s+and\s+{KIND_WORDS}{{0,4}}?milestones?\b"
    # (never further milestones, no part of it: "13.3 billion won as an upfront payment and
    # additional milestone payments")
    + r"|[^;.]{0,40}?\bas\s+(?:an?\s+)?"
    + UPFRONT
    + r"(?:\s+(?:cash\s+)?(?:payments?|fees?))?\s+and\s+(?!(?:additional|further|separate)\b)"
    + rf"{KIND_WORDS}{{0,4}}?milestones?\b"
)
# ... or names the payments it totals before it: "The aggregate amount of upfront, development,
# regulatory and sales milestone payments to the Chinese firm is up to $517.5 million"
BUNDLE_BEFORE = re.compile(
    r"\bup[- ]?front(?:\s+(?:cash\s+)?payments?)?(?:,\s+[a-z-]+)*,?\s+(?:and|or|plus)\s+"
    rf"{KIND_WORDS}{{0,3}}?milestones?\b"
    # (never a sum added after them: "..., in addition to up to US $3 million as ...")
    r"(?![^;$€£\d]*\b(?:in\s+addition|additional(?:ly)?|further|another)\b)[^;$€£\d]{0,80}$"
    # or milestones inside a list of payments an upfront opens: "upfront, milestones and option
    # fees of up to a total of approximately USD 142 million"
    r"|\bup[- ]?front(?:\s+(?:cash\s+)?payments?)?,\s+(?:[a-z-]+\s+){0,2}?milestones?"
    r"(?:\s+payments?)?(?:,\s+[a-z-]+(?:\s+[a-z-]+)?)*,?\s+(?:and|plus)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:fees?|payments?)\b"
    r"(?![^;$€£\d]*\b(?:in\s+addition|additional(?:ly)?|further|another)\b)[^;$€£\d]{0,80}$"
    # or an upfront and other payments named as one sum: "upfront and near-term payments of up
    # to $12 million"
    r"|\bup[- ]?front\s+and\s+(?:[a-z-]+\s+){1,2}?payments?\s+(?:of\s+)?(?:up\s+to\s+|about\s+"
    r"|approximately\s+)?$"
    # or milestones and royalties that total the sum: "potential milestone payments and royalties
    # that could total up to US$590 million"
    r"|\bmilestones?(?:\s+payments?)?,?\s+(?:and|plus)\s+royalt(?:y|ies)\s+(?:that|which)\s+"
    r"(?:could|may|might|would|will)\s+(?:total|amount\s+to|reach)\s+(?:up\s+to\s+|about\s+"
    r"|approximately\s+|more\s+than\s+)?$"
)
BUNDLE_BEFORE_CHARS = 200
# a deal's whole worth, its milestones in it: "The deal, which could be worth up to $1.9 billion
# including milestones"
DEAL_WORTH_BEFORE = re.compile(
    r"\b(?:deal|agreement|pact|collaboration|partnership|alliance|transaction)\b[^.;$€£¥]{0,40}?"
    r"\b(?:worth|valued\s+at)\s+(?:up\s+to\s+|about\s+|approximately\s+|more\s+than\s+"
    r"|as\s+much\s+as\s+|nearly\s+)?$"
)
DEAL_WORTH_CHARS = 80
INCLUDING_MILESTONES_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?,?\s+(?:including|includ(?:es|ing)\s+potential)\s+"
    r"(?:[a-z-]+\s+){0,3}?milestones?\b"
)
UNDISCLOSED_BEFORE = re.compile(r"\b(?:undisclosed|unspecified|unnamed)\s+(?:[a-z-]+\s+)?$")
# a sum with its own kind, a part of the bundle named before it: "$61 million in upfront and
# milestone payments, including a $20 million milestone payment"
# (its own words only: never "$12 million and milestone payments of over $300 million")
MILESTONE_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|plus|in|of|with|to|for|from|as)\b)[a-z-]+\s+){0,2}?milestones?\b"
)
# a sum right before a word: "$100 million up-front" (the scales of SCALES)
SUM_BEFORE = re.compile(rf"(?:\d|\b(?:{'|'.join(SCALES)}))\s*$")
# a month after "in" dates the amount, no phrase of its: "$5 million in October and this
# milestone of $9 million"
MONTH_WORDS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
# an amount's own phrase after "in": up to seven words, none a stop word ("in upfront and
# milestone payments")
PHRASE_WORDS = (
    rf"((?:(?!{PHRASE_STOP})[a-z][a-z-]*(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+))"
    rf"{{0,6}}(?!{PHRASE_STOP})[a-z][a-z-]*)\b"
)
# (past the sum converted in parentheses: "8.9 billion won ($7.25 million) in upfront and
# near-term milestone payments")
CONVERSION_AFTER = r"(?:\s*\([^()]{1,40}\))?"
OWN_PHRASE = re.compile(  # ("in addition to royalties" is another item, no phrase of its)
    rf"{CONVERSION_AFTER}\s+(?:per\s+[a-z]+\s+)?in\s+(?!{MONTH_WORDS}|addition\b){PHRASE_WORDS}"
)
# ... or past an article: "worth up to US$855m in an upfront payment and potential milestones"
ARTICLE_THEN_PHRASE = re.compile(rf"{CONVERSION_AFTER}\s+in\s+(?:an?|the)\s+{PHRASE_WORDS}")


# A second item joined by "and": "in development and regulatory milestones and double-digit
# royalties" (the amount is the milestones'; "sales and commercialization milestones" is one)
NEXT_ITEM = re.compile(
    r"\s+and\s+(?=(?:tiered|double-digit|single-digit|escalating|royalt\w*|an?\s|up\s+to"
    # "in milestones and separate royalties", "... and future sales royalties"
    r"|(?:[a-z-]+\s+){1,3}royalt\w*)\b)"
    # or by a comma, a royalty's rate after it: "$1.7B in additional milestones, low
    # double-digit-to-mid-teen royalties" (never a list of kinds: "development, regulatory
    # and sales milestones")
    r"|,\s+(?=(?:tiered|double-digit|single-digit|escalating|royalt\w*|(?:low|mid|high)\b"
    r"|(?:low|mid|high)-))"
)


def _phrase_kind(phrase: str) -> tuple[str, str] | None:
    """The kind the head of a noun phrase names, if any: its last words that are a cue, read
    from the end ("... milestone payments", "... regulatory milestones associated with"), up to
    a second item it lists ("... milestones and tiered royalties")."""
    phrase = NEXT_ITEM.split(phrase, maxsplit=1)[0]
    words = phrase.strip().rstrip(",").split()
    for end in range(len(words), 0, -1):
        cue = _cue_ending(words[:end])
        if cue:
            return cue[0], f"money_phrase:{cue[1]}"
    return None


def _cue_ending(words: list[str]) -> tuple[str, str] | None:
    """(kind, cue) of the cue the words end with, the longest first ("milestone payments")."""
    cues = dict(_kind_cues())
    for size in (3, 2, 1):
        tail = " ".join(words[-size:]).rstrip(",")
        if len(words) >= size and tail in cues:
            return cues[tail], tail
    return None


# Shares an amount buys: "purchase $15 million of Meridian common stock"
EQUITY_AFTER = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:(?:its|the|newly|issued|[a-z][\w-]*'s)\s+|[a-z][\w-]*\s+){0,2}"
    r"(?:common\s+stock|ordinary\s+shares|common\s+shares|preferred\s+stock|equity)\b"
)
# ... or an investment in a company's shares: "a $1m (£709,000) investment in new Zeta shares"
SHARES_INVESTMENT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s+(?:equity\s+)?investment\s+in\s+(?:(?:new|its|the)\s+)?"
    r"(?:[\w&.-]+\s+){0,3}?(?:shares|stock)\b"
)
# ... or the price of the shares a company sells or issues: "sold 5,000,000 shares at $4.00 per
# share", "placed 83 million shares at A$0.12" (never a quote's: those are read first,
# money_share_price)
SHARES_SOLD_BEFORE = re.compile(
    r"\b(?:sold|sells|sell|selling|issued|issues|issue|issuing|placed|places|allotted)\s+"
    r"(?:(?:a\s+total\s+of|an\s+aggregate\s+of|approximately|about)\s+)?[\d,.]+\s+"
    r"(?:million\s+|m\s+)?(?:new\s+)?(?:(?:ordinary|common|registered)\s+)?(?:shares|units|ADSs)\b"
    r"[^.;$€£¥]{0,60}?\bat\s+(?:an?\s+|the\s+)?(?:(?:offering|issue|subscription|purchase)\s+)?"
    r"(?:price\s+of\s+)?$",
    re.IGNORECASE,
)
SHARES_SOLD_CHARS = 160
# The head of the phrase an amount completes: "an equity investment of $5.0 million in its
# common stock", "a milestone payment totaling $5 million"
HEAD_OF = re.compile(r"\s+(?:of|totaling|totalling|amounting to)\s+(?:approximately\s+|up to\s+)?$")


# A cue printed around its amount: "an initial $25 million payment" (the cue "initial payment")
WORD_BEFORE_AMOUNT = re.compile(r"\b([a-z][a-z-]+)\s+$")
PAYMENT_NOUN_AFTER = re.compile(r"\s+(?:cash\s+)?(payments?|fees?)\b")


def _cue_around(lowered: str, start: int, end: int) -> tuple[str, str] | None:
    """The kind a cue names whose words the amount splits: "an initial $25 million payment"."""
    word = WORD_BEFORE_AMOUNT.search(lowered, max(0, start - 30), start)
    noun = PAYMENT_NOUN_AFTER.match(lowered, end)
    if word is None or noun is None:
        return None
    cue = _cue_ending([word.group(1), noun.group(1)])
    return (cue[0], f"money_cue:{cue[1]}") if cue and " " in cue[1] else None


def _head_before(lowered: str, start: int) -> tuple[str, str] | None:
    """The kind named by the words right before "of $...", when they end in a cue."""
    link = HEAD_OF.search(lowered, max(0, start - 40), start)
    if link is None:
        return None
    cue = _cue_ending(lowered[max(0, link.start() - 60) : link.start()].split())
    return (cue[0], f"money_cue:{cue[1]}") if cue else None


# A payment due on a development event is a milestone: "a $3 million cash payment after filing
# the IND application", "$5 million upon initiation of the Phase 2 trial" (the events of
# link_cues.csv's triggers, not signing or an option's exercise)
PAYMENT_ON_EVENT = re.compile(
    # its own payment's words, never another item's: "$6 million and milestone payments upon
    # ..." leaves the $6 million an upfront payment
    # the sum converted, in parentheses after it: "US$17.5m (AUD$23.6m) upon completion of ...",
    # or summed: "up to $6.75 million in the aggregate upon achievement of ..."
    r"(?:\s*\([^()]{1,40}\)|,\s*or\s+[^,;.()]{1,40},)?(?:,?\s+in\s+(?:the\s+)?(?:aggregate|total))?"
    # (or more of it: "future payments worth up to $850 million more, based on meeting ...")
    r"(?:\s+more)?,?"
    # (never another item's: "an upfront fee of $100,000, as well as payments upon ...")
    # (nor a payment of another kind listed after a comma: "cost reimbursements of up to $3.4
    # million, significant royalty payments upon approval")
    r"\s+(?:(?:(?!(?:and|or|plus)\s|as\s+well\s|along\s+with\s|together\s+with\s"
    r"|royalt|upfront|up-front|licen[cs]e\s|equity\s)[a-z-]+\s+){0,3}?(?:payment|fee)s?,?\s+)?"
    # (its payer after "from" or "by": "owed another $US3 million ($4 million) by Chiesi when
    # Pharmaxis ships its commercial launch stock")
    # (a comma after it: "a $5 million payment from Omega, triggered by the acceptance of")
    # (never a list's "and": "$50 million from Eisai and, upon regulatory approval, ...")
    # (its name in apposition: "from its partner, Bryce Laboratories Inc., upon the start of";
    # the text is read in lower case here)
    # (or its payee after "to": "a one-time payment of $3 million to Zeta upon dosing of")
    r"(?:(?:from|by|to)\s+(?:[\w-]+\s+){0,3}?(?!(?:and|or|plus|but)\b)[\w-]+"
    r"(?:,\s+(?:(?!(?:and|or|plus|but)\b)[\w.&'’-]+\s+){0,3}[\w.&'’-]+,)?,?\s+)?"
    # or said to fall due: "US$3 million is payable by Chiesi on shipment of launch stock"
    r"(?:(?:is|are|will\s+be|would\s+be|shall\s+be|becomes?)\s+(?:payable|due)\s+"
    r"(?:by\s+(?:[\w-]+\s+){1,4}?)?"
    # or to be made: "payments totaling up to $87.0 million to be made upon the achievement of"
    r"|to\s+be\s+(?:made|paid)\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?)?"
    # or for the event itself: "USD 25 million from AbbVie for initiation of Phase 1 studies"
    r"(?:after|upon|on|following|when|once|at\s+the\s+time\s+of"  # "¥8.2 billion at the time of"
    # "up to USD 250 million in connection with regulatory approvals", "tied to approval"
    r"|in\s+connection\s+with|contingent\s+(?:up)?on|tied\s+to|linked\s+to"
    # an event that sets it off or earns it: "$5 million, triggered by the acceptance of the
    # IND", "a $2 million payment earned upon dosing the first patient"
    r"|triggered\s+by|(?:earned|paid|due|payable)\s+(?:up)?on"
    # (a sum based on milestones met, never on a price: "valued at $57.4 million based on
    # Mereo's closing share price")
    r"|based\s+(?:up)?on(?=\s+(?:the\s+)?(?:achiev|attain|meet|reach|complet|satisf))"
    r"|if"  # "if certain regulatory and commercial milestones are achieved"
    # or a condition's inverted "should": "$190 million should the drug receive approval"
    r"|should(?=\s+(?:the|its?|this|that|these|they|[a-z]+['’]s)\s)"
    # (or for a region's: "for U.S. approval")
    r"|for(?=\s+(?:the\s+)?(?:(?:u\.s\.|us|eu|european|japanese|chinese)\s+)?"
    r"(?:initiation|start|achievement|completion|dosing|filing|submission|approval|acceptance)\b))\s+"
    r"(?P<event>(?:the\s+)?(?:u\.s\.\s+)?[^.;]{3,100})"  # ("U.S." keeps its stops)
)
# ... or the milestones named alone: "$80 million in contingent payments tied to regulatory
# milestones", "contingent on development and commercial milestones" (never a signing's or a
# closing's: "upon signing and milestones")
MILESTONES_NAMED = re.compile(
    r"(?:the\s+)?(?:(?!sign|clos|execut|exercis|of\b)[a-z-]+,?\s+(?:(?:and|or)\s+)?){0,5}?milestones?\b"
)
# what an upfront or an option fee is paid on: no milestone's event
NOT_MILESTONE_EVENTS = ("signing", "option_exercise")
# "after meeting certain regulatory milestones", "upon the achievement of development milestones"
MEETING_MILESTONES = re.compile(
    # "completion of four specific near-term manufacturing, regulatory and clinical milestones"
    # (by whom: "if the company meets development, approval and sales milestones")
    r"(?:(?:the\s+)?(?:company|companies|partner|it|they|we)\s+)?"
    r"(?:the\s+)?(?:achiev|attain|meet|reach|complet|satisf)\w*\s+(?:of\s+)?(?:[\w-]+,?\s+){0,7}?"
    r"milestones?\b"
    # "certain regulatory and commercial milestones are achieved"
    r"|(?:[\w-]+,?\s+){0,7}?milestones?\s+(?:are|is|have\s+been|has\s+been)\s+"
    r"(?:achieved|met|reached|attained|satisfied)\b"
    # milestones by other names, achieved: "upon the achievement of specified events", "in
    # connection with the achievement of a development goal"
    # (their words a kind's or a qualifier's: never "after meeting investors at events")
    r"|(?:the\s+)?(?:achiev|attain|meet|reach)\w*\s+(?:of\s+)?(?:(?:the|a|an|certain|specified"
    r"|specific|pre-?defined|pre-?determined|agreed|future|[\w-]+(?:al|ory|ic|ment))"
    r",?\s+(?:(?:and|or)\s+)?){0,5}?(?:goals?|events?|objectives?)\b"
)


@cache
def _milestone_events() -> tuple[re.Pattern[str], ...]:
    return tuple(cue for cue, value in link_cues("trigger") if value not in NOT_MILESTONE_EVENTS)


# a payment an event triggers, the event before it: "acceptance ... will trigger a US$10 million
# payment to Neuren"
TRIGGERED_BEFORE = re.compile(r"\btrigger(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:further\s+|first\s+)?$")
PAYMENT_AFTER = re.compile(r"\s+(?:cash\s+)?payments?\b")
TRIGGERED_CHARS = 40


# a sum subject to milestones met, a few words after it: "Additional payments of up to $289
# million may become payable to CPF under the accord, subject to achievement of certain
# development, regulatory and commercial milestones" (never "subject to regulatory approval":
# a deal's closing condition)
SUBJECT_TO_MILESTONES = re.compile(
    # (its own clause: never another item's, "EUR 6 million, which is due immediately, plus
    # additional future payments subject to achievement of ... milestones"); nor a loan's tranche
    # the milestones make available: "$25 million is available in two tranches subject to the
    # achievement of certain milestones"
    r"(?:(?!\b(?:plus|and|as\s+well\s+as|additional|further|other|payments?|tranches?"
    r"|available)\b)[^.;]){0,60}?"
    r",?\s+subject\s+to\s+(?:the\s+)?(?:achiev|attain|meet|reach|complet|satisf)\w*"
    r"\s+(?:of\s+)?(?:[\w-]+,?\s+){0,7}?milestones?\b"
)


def _paid_on_event(lowered: str, end: int, start: int) -> bool:
    if TRIGGERED_BEFORE.search(lowered, max(0, start - TRIGGERED_CHARS), start) and (
        PAYMENT_AFTER.match(lowered, end)
    ):
        return True
    if SUBJECT_TO_MILESTONES.match(lowered, end):
        return True
    due = PAYMENT_ON_EVENT.match(lowered, end)
    if due is None:
        return False
    event = NEW_CLAUSE.split(due["event"], 1)[0]
    return (
        MEETING_MILESTONES.match(event) is not None
        or MILESTONES_NAMED.match(event) is not None
        or any(cue.search(event) for cue in _milestone_events())
    )


# the event ends where the sentence goes on with a verb of its own: "an upfront payment of USD
# 20 million when the agreement was signed and is eligible for ... milestones" (the milestones
# are the next clause's, the payment the signing's)
NEW_CLAUSE = re.compile(
    r",?\s+and\s+(?:is|are|was|were|will|would|may|could|can|has|have|had|shall|remains?)\b"
)


# A cue the sentence leaves out of the amount names no kind of it: "a potential value,
# excluding royalties, of approximately $19 million"
EXCLUDED_BEFORE = re.compile(
    r"\b(?:excluding|exclusive\s+of|not\s+including|excludes)\s+(?:any\s+)?$"
)

RANKED_BY_BEFORE = re.compile(r"\bby\s+$")
SALES_RIGHTS_AFTER = re.compile(r"\s+(?:and\s+marketing\s+|and\s+distribution\s+)?rights?\b")
# ... nor does a cue that dates a period: "the payments received since signing the agreement"
SINCE_BEFORE = re.compile(r"\bsince\s+$")
ACCOUNTED_AS_BEFORE = re.compile(
    r"\b(?:recogni[sz]ed|recorded|booked|accounted\s+for|treated)\s+as\s+(?:[a-z-]+\s+){0,2}$"
)
# ... nor is the revenue a share of the sum is taken of: "R&D spend at Rs. 198 crore (6.2% of
# revenue)", "$12 million, representing 8% of net sales"
SHARE_OF_BEFORE = re.compile(
    r"\d\s*(?:%|per\s?cent)\s+of\s+(?:(?:the|its|our|their|total|group|consolidated|net|annual"
    r"|quarterly)\s+){0,3}$"
)

# (or the sales a royalty interest is held in: "acquired a royalty interest in sales of ...")
ON_SALES_BEFORE = re.compile(r"\b(?:on|(?:interests?|rights?)\s+in)\s+(?:[a-z-]+\s+){0,2}$")
RESULT_ON_BEFORE = re.compile(
    r"\b(?:loss|losses|income|profit|profits|earnings)\b(?:[^.;]|\.(?=\d)){0,100}?\bon\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
# ... nor a financing verb that raises a bid or a forecast, no money: "raised its earlier
# unsolicited bid from $4 a share", "raising the target price", "raised its sales guidance"
RAISED_NO_MONEY = re.compile(
    r"\s+(?:(?:its|the|their|his|her|our)\s+)?(?:[a-z-]+\s+){0,3}?(?:bid|offer|proposal|price"
    r"|guidance|forecast|outlook|estimate|target|stake|dividend|rating)s?\b"
)
RAISING_CUES = frozenset({"raised", "raising", "to raise"})


BASE_OF_CHARS = 50  # an amount and "from" before the figure it grew or fell from


PLUS_AFTER = re.compile(r"(?:-plus|\+)(?![\w\d])")


# a loan's tranche: a sum a lender funds, advances or makes available, drawn or borrowed, in
# the words after a loan is named ("An additional $35 million will be available subject to
# achievement of certain clinical milestones": the lender's money, no milestone payment)
TRANCHE_AFTER = re.compile(
    r"[ \t]+(?:(?:will|would|may|could|shall)[ \t]+(?:be|become)[ \t]+"
    r"|(?:is|are|was|were|has[ \t]+been|becomes?|became)[ \t]+)?"
    r"(?:available|funded|drawn|advanced|disbursed)\b"
)
DRAWN_BEFORE = re.compile(
    r"\b(?:drew|drawn|draws?|borrowed|borrows?|draw[ \t]+down|drawdown[ \t]+of)[ \t]+"
    # (the rest or another tranche: "may draw the remaining $6 million upon achievement of")
    r"(?:an?[ \t]+|the[ \t]+)?(?:(?:remaining|additional|further|second|third|final|next)[ \t]+)?$"
)
LOAN_NAMED = re.compile(
    r"\b(?:loans?|credit[ \t]+facility|debt[ \t]+facility|loan[ \t]+facility|venture[ \t]+debt"
    r"|debt[ \t]+financing)\b",
    re.IGNORECASE,
)
LOAN_REACH = 400  # characters before the amount's sentence a loan is named in


def _loan_tranche(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` is a loan's tranche: funded, drawn or made available
    (after its amount, or "drew" before it), a loan named in its sentence or just before in its
    paragraph."""
    if not (TRANCHE_AFTER.match(text, end) or DRAWN_BEFORE.search(text, max(0, start - 30), start)):
        return False
    reach = max(0, sentence_start - LOAN_REACH)
    paragraph = max(text.rfind("\n\n", reach, sentence_start), reach)
    return LOAN_NAMED.search(text, paragraph, start) is not None


# the rest of a table's row after a figure, its next row's label opening with a capital
ROW_ENDS = re.compile(r"(?:[ \t]+(?:[$€£][ \t]*)?\(?\d[\d,.]*+\)?)*+[ \t]*\n[ \t]*(?=[A-Z])")


TOTAL_RIGHT_CHARS = 40  # characters before a sum its total's words are read in


def _sum_of_upfront_and_milestones(lowered: str, start: int) -> bool:
    """Whether the sentence names an upfront and milestones before ``start``, each with a sum."""
    before = lowered[:start]
    return (
        UPFRONT_WORD.search(before) is not None
        and "milestone" in before
        and sum(len(p.findall(before)) for p in _amount_patterns()) >= 2
    )


# a buyback's sum right after its verb or noun, before the stock it buys back names its kind
REPURCHASE_BEFORE = re.compile(
    r"\b(?:repurchase|buy[- ]?back|redeem|redemption)s?\s+(?:of\s+)?(?:up\s+to\s+)?"
    r"(?:an?\s+(?:aggregate\s+)?(?:of\s+)?)?(?:approximately\s+)?$"
)
REPURCHASE_CHARS = 50


# a row of a table printed with bars: "| Sales milestones | up to $260 million |"
BARRED_ROW = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*$")


def barred_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of a barred table's row that holds ``text[start:end]``, if it is one (an amount's
    and a phase's sentence there: links.link_phase reads it too)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip(" \t")[:1] != "|":
        return None
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return (line_start, line_end) if BARRED_ROW.match(text, line_start, line_end) else None


def classify_amount(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(kind, rule): the kind named by the amount's own phrase ("$170 million in sales and
    commercialization milestones": milestones; "$40 million in shared development expenses":
    other), else by the nearest cue in its clause of the sentence ("$170 million in
    milestones, plus royalties": the royalties are another item)."""
    code = CODE_AFTER.match(sentence, end)
    if code is not None and is_currency_mark(code[1]):
        end = code.end()  # "$2.71 billion USD (...) in payments based on ... milestones": the
        # code says again what the sign said; the amount's own words follow it
    plus = PLUS_AFTER.match(sentence, end)
    end = plus.end() if plus else end  # "a $45 million-plus upfront payment": a sum's lower bound
    lowered = sentence.lower()
    base_of = _amount_then_from().search(sentence, max(0, start - BASE_OF_CHARS), start)
    if base_of:  # "declined to C$109,831 from C$122,254 ... on lower royalties": revenues both
        return classify_amount(sentence, base_of.start("amount"), base_of.end("amount"))
    before = max(0, start - MARKET_PRICE_CHARS)
    if (
        MARKET_PRICE_BEFORE.search(lowered, before, start)
        or (
            MOVE_TO_PRICE.search(lowered, before, start)
            and not SCALE_WORD.search(sentence, start, end)
        )
        # (a sum with its scale and its growth is no quote: "sales growth to €80m (+12%)")
        or (QUOTE_CHANGE_AFTER.match(lowered, end) and not SCALED.search(lowered, start, end))
        or MARKET_CAP_AFTER.match(lowered, end)
        or TICKER_PRICE_BEFORE.search(sentence, max(0, start - TICKER_PRICE_CHARS), start)
    ):
        return "other", "money_share_price"  # "shares rose 8.6% to $84.05"
    if SALES_LEVEL_BEFORE.search(lowered, max(0, start - SALES_LEVEL_CHARS), start) and (
        TIERED_PAYMENT.search(lowered, 0, start)  # the payment set at the level, before it
    ):
        return "other", "money_sales_level"  # "a 15% royalty on net sales up to USD 75,000,000",
        # "a $25 million milestone when annual net sales exceed $500 million": a level, no sum
    if SALES_CONDITION_AFTER.match(lowered, end):
        return "milestone", "money_cue:sales threshold"  # "an additional $50 million if 2023
        # net sales of Zephra exceed a specified threshold": a sales milestone, no revenue
    if (
        MARKET_SIZE_BEFORE.search(lowered, max(0, start - MARKET_SIZE_CHARS), start)
        or (SCALE_WORD.search(sentence, start, end) and MARKET_SIZE_AFTER.match(lowered, end))
        or _market_source_sales(sentence, lowered)
    ):
        return "other", "money_market_size"  # "Global sales of ... are estimated to exceed $10B",
        # "the OTC $1.2 billion gastrointestinal category"
    if REPURCHASE_BEFORE.search(lowered, max(0, start - REPURCHASE_CHARS), start):
        return "other", "money_cue:repurchase"  # "the repurchase of up to $500 million of the
        # company's common stock": shares bought back, no money raised
    own = OWN_PHRASE.match(lowered, end)
    # (past an article too: "worth up to US$855m in an upfront payment and potential milestones")
    bundled = ARTICLE_THEN_PHRASE.match(lowered, end) or own
    if bundled and UPFRONT_WORD.search(bundled.group(1)) and "milestone" in bundled.group(1):
        return "other", "money_bundle"  # "$44 million in upfront and milestone payments"
    if BUNDLE_AFTER.match(lowered, end):
        return "other", "money_bundle"  # "up to $286 million including upfront, development ..."
    if INCLUDING_MILESTONES_AFTER.match(lowered, end) and DEAL_WORTH_BEFORE.search(
        lowered, max(0, start - DEAL_WORTH_CHARS), start
    ):
        return "other", "money_bundle"  # "The deal, which could be worth up to $1.9 billion
        # including milestones": the deal's whole worth, its upfront in it
    parts = PARTS_AFTER.match(sentence, end)
    # a sum of the sums its brackets name by kind: "worth up to $1.25 billion ($400 million
    # upfront and up to $850 million in milestone payments)" (never last year's figures:
    # "(DKK 19.9 million / USD 3.0 million in the first six months of 2019)")
    if (
        parts
        and len(AMOUNT_INSIDE.findall(parts.group(1))) >= 2
        and PART_KIND.search(parts.group(1))
    ):
        return "other", "money_bundle"
    bundle = (
        None
        if own is not None
        or UPFRONT_AFTER.match(lowered, end)
        or MILESTONE_AFTER.match(lowered, end)
        else BUNDLE_BEFORE.search(lowered, max(0, start - BUNDLE_BEFORE_CHARS), start)
    )
    if (
        bundle
        and not SUM_BEFORE.search(lowered, max(0, bundle.start() - 16), bundle.start())
        # an upfront the text keeps secret is no part of the sum: "an undisclosed additional
        # upfront payment, plus ... milestones totalling $98.5m" are milestones
        and not UNDISCLOSED_BEFORE.search(lowered, max(0, bundle.start() - 30), bundle.start())
    ):
        return "other", "money_bundle"  # "upfront ... and sales milestone payments ... is $X"
        # (never an upfront with its own sum: "US$100 million up-front, plus milestone
        # payments of up to US$427 million")
    if EQUITY_AFTER.match(lowered, end):
        return "financing", "money_cue:common stock"  # "$15 million of Acme common stock"
    if SHARES_SOLD_BEFORE.search(sentence, max(0, start - SHARES_SOLD_CHARS), start):
        return "financing", "money_cue:shares sold"  # "sold 5,000,000 shares at $4.00 per share"
    if SHARES_INVESTMENT_AFTER.match(lowered, end):
        return "financing", "money_cue:investment in shares"  # "a $1m investment in new Zeta
        # shares" (no upfront nor milestone the deal's other words may name)
    if DEAL_VALUE_AFTER.match(lowered, end):
        return "other", "money_deal_value"  # "a sizeable up-front payment of $35 million in a
        # potential $465 million collaboration": the deal's worth, whatever cue is near
    if own:
        named = _phrase_kind(own.group(1))
        if named:
            return named
        head = _head_before(lowered, start)  # "an equity investment of $5.0 million in ..."
        if head is None and _paid_on_event(lowered, end, start):
            return "milestone", "money_paid_on_event"  # "$12 million in cash payments after ..."
        return head or ("other", "money_phrase_names_no_kind")
    if _paid_on_event(lowered, end, start):
        return "milestone", "money_paid_on_event"
    if TOTAL_RIGHT_BEFORE.search(lowered, max(0, start - TOTAL_RIGHT_CHARS), start) and (
        _sum_of_upfront_and_milestones(lowered, start)
    ):
        return "other", "money_bundle"  # "an upfront of KRW 5 billion and up to KRW 45 billion
        # in milestones, for a total of KRW 50 billion": the deal's whole worth
    if REVENUE_FROM_BEFORE.search(lowered, max(0, start - REVENUE_FROM_CHARS), start):
        return "revenue", "money_cue:revenues"  # "Revenues from contract research and
        # licensing fees were $5,212,000": the fees are where the revenue came from
    around = _cue_around(lowered, start, end)
    if around:
        return around
    own_head = OWN_PAYMENT_HEAD.search(lowered, max(0, start - OWN_PAYMENT_HEAD_CHARS), start)
    # a table row's last figure: the next row's label names none of its kind ("Collaboration
    # revenue $ 5,100 $ 2,250" over "Grant revenue 1,300 800")
    row = ROW_ENDS.match(sentence, end)
    row_end = row.end() if row else len(sentence)
    best: tuple[int, int, str, str] | None = None  # (distance, -cue length, kind, cue)
    for cue, kind in _kind_cues():
        position = lowered.find(cue)
        while position != -1:
            cue_end = position + len(cue)
            if position >= end:
                separated = (
                    position >= row_end
                    or BREAK_AFTER.search(lowered, end, position) is not None
                    or EXCHANGED_FOR.search(lowered, end, position) is not None
                )
                if separated and MODIFIER_LIST.fullmatch(lowered, end, position):
                    separated = False  # "$193.8 million in opt-in, development and commercial"
                # a later amount's own head: "the $60 million payment accounts for 2.5 percent
                # of its 2023 consolidated sales revenue of 1.859 trillion won"
                # (never a cue right after the amount, its own: "a $15 million equity
                # investment in Fenrix at $18.50 per share")
                heads = HEADS_LATER_AMOUNT.match(lowered, cue_end)
                separated = separated or bool(
                    heads
                    and lowered[end:position].strip()
                    and any(p.match(lowered, heads.end()) for p in _amount_patterns())
                )
            else:
                separated = bool(
                    BREAK_BEFORE.search(lowered, cue_end, start)
                    or (
                        own_head is not None
                        and position < own_head.start()
                        and OTHER_PAYMENT_BEFORE.search(lowered, cue_end, own_head.start())
                        is not None
                    )
                    or (kind == "upfront" and BEYOND_UPFRONT.search(lowered, cue_end, start))
                    # another amount's own word: "a $10 million milestone for ... and $8 million
                    # to help underwrite a trial"
                    or (
                        _amount_before_cue().search(lowered, max(0, position - 40), position)
                        and not CUE_HEADS_AMOUNT.fullmatch(lowered, cue_end, start)
                    )
                )
            excluded = (
                # (a cue that heads the amount is its own, excluded from a total before it or
                # not: "not including milestone payments of up to USD 30 million")
                (
                    EXCLUDED_BEFORE.search(lowered, max(0, position - 30), position)
                    and not (
                        position < start and CUE_HEADS_AMOUNT.fullmatch(lowered, cue_end, start)
                    )
                )
                # sales an amount is paid on are no revenue of it: "royalties on net sales",
                # "an aggregate of 260 million euros on worldwide sales"
                or (
                    kind == "revenue"
                    and ON_SALES_BEFORE.search(lowered, max(0, position - 30), position)
                    # (never a result's: "a net loss of $7.2 million, or 27 cents a share, on
                    # revenue of $11.5 million")
                    and not RESULT_ON_BEFORE.search(lowered, max(0, position - 120), position)
                )
                or SINCE_BEFORE.search(lowered, max(0, position - 8), position)
                # sales that rank a company or rights to sell are no revenue of a sum: "South
                # Korea's top pharmaceutical company by sales", "the global sales rights of"
                or (
                    kind == "revenue"
                    and (
                        RANKED_BY_BEFORE.search(lowered, max(0, position - 4), position)
                        or SALES_RIGHTS_AFTER.match(lowered, cue_end)
                    )
                )
                # how the books count a sum is no kind of it: "Payments totaled EUR11.3 million
                # which ... will be recognized as immediate revenue"
                or (
                    kind == "revenue"
                    and position >= end
                    and (
                        ACCOUNTED_AS_BEFORE.search(lowered, max(0, position - 40), position)
                        or SHARE_OF_BEFORE.search(lowered, max(end, position - 50), position)
                    )
                )
                or (cue in RAISING_CUES and RAISED_NO_MONEY.match(lowered, cue_end))
                or (cue == "priced" and PRODUCT_PRICED_AT.match(lowered, position))
            )
            if sentence[position].isupper() and _cue_in_name(sentence, position, cue_end):
                excluded = True  # "sold its rights to XOMA Royalty for up to USD 30 million"
            if _is_word_at(lowered, position, cue_end) and not separated and not excluded:
                distance = position - end if position >= end else max(0, start - cue_end)
                candidate = (distance, -len(cue), kind, cue)
                if best is None or candidate < best:
                    best = candidate
            position = lowered.find(cue, position + 1)
    if best is None:
        return "other", "money_no_cue"
    return best[2], f"money_cue:{best[3]}"


# a capitalised word after a cue: a name's next word, or a Title Case run's
NEXT_WORD = re.compile(r"[ ]+(?P<word>[A-Za-z][\w&]*)")
# (never an amount's scale: "HK$1.2 Billion Placing of New H Shares" names no company)
NAME_WORD_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:Million|Billion|Trillion|Thousand|Mln|Bln|Mn|Bn)\b)[A-Z][\w&-]*[ ]+$"
)


def _cue_in_name(sentence: str, start: int, end: int) -> bool:
    """Whether a capitalised cue is a word of a company's name: a word of the trade or a legal
    form after it ("Royalty Pharma", "Milestone Pharmaceuticals Inc."), or a capitalised word
    before it and running text after it ("to XOMA Royalty for up to USD 30 million"); never a
    Title Case headline's ("Receives Milestone Payment From")."""
    after = NEXT_WORD.match(sentence, end)
    if after is not None and (
        after["word"] in company_trade_words()
        or after["word"].rstrip(".") in legal_form_words()
        or after["word"] in organization_head_words()  # "Omega Royalty Partners"
    ):
        return True
    before = NAME_WORD_BEFORE.search(sentence, max(0, start - 40), start)
    return (
        after is not None
        and after["word"][0].islower()
        and before is not None
        # (never a title's verb: "Acquires Royalty Interest in Zetavia for Up to $525 Million")
        and before.group().rstrip() not in name_openers()
    )


# revenue as the sentence's subject, its sources after "from", the amount its complement
REVENUE_FROM_BEFORE = re.compile(
    r"\brevenues?\s+from\s+[a-z][a-z ,&-]{2,80}?\s+(?:were|was|totaled|totalled|amounted\s+to"
    r"|(?:increased|decreased|rose|fell|grew|declined)\s+to)\s+(?:approximately\s+|about\s+)?$"
)
REVENUE_FROM_CHARS = 120


# A market's size or forecast, no money of the issuer's: "The global market for NASH drugs is
# expected to reach $20 billion by 2025", "Global sales of Crohn's disease therapies are
# estimated to exceed $10 billion", "a market valued at $3 billion"; read in the amount's
# sentence before it
MARKET_SIZE_BEFORE = re.compile(
    # (never "to bring two drugs to market ... in a deal worth more than $50 million")
    r"\b(?:(?<!\bto\s)market|(?:global|worldwide|world|annual|total)\s+sales\s+of)\b[^.;$€£¥]{0,80}?"
    r"\b(?:estimated|expected|projected|forecast|forecasted|anticipated|valued|worth|sized?)\b"
    r"[^.;$€£¥]{0,30}$"
    # "the US market size for these two bulk drugs viz. and Montelukast Sodium is approximately
    # Rs 50 billion and Rs 20 billion" (its sentence's abbreviations keep their stops)
    r"|\bmarket\s+size\b[^;$€£¥]{0,120}$"
    # "the respiratory market, with annual sales currently exceeding $10.0 billion"; a company's
    # size where the text says what it is: "a multinational pharmaceutical company based in
    # Bagsvaerd, Denmark, with annual sales of $2.5 billion"
    r"|\b(?:market|company|firm|group|corporation|drugmaker|maker|manufacturer)\b"
    r"[^.;$€£¥]{0,60}?\bwith\s+(?:annual\s+|global\s+|worldwide\s+|total\s+)?"
    r"(?:sales|revenues?)\s+(?:currently\s+|now\s+|already\s+)?(?:exceeding|of|above|over|topping"
    r"|approaching|reaching|in\s+excess\s+of)\s+(?:about\s+|around\s+|approximately\s+|over\s+"
    r"|more\s+than\s+)?$"
    # or what a market came to: "the Japanese market for branded prescription drugs for
    # onychomycosis amounted to $290 million in 2018" (a market the article names, no verb's)
    r"|\b(?:the|a|this|that|its|whose)\s+(?:[\w-]+\s+){0,3}?market\b[^.;$€£¥]{0,80}?"
    r"\b(?:amounted|amounts|amount|totall?ed|totals|stood|reached|reaches|grew|was|is)\s+"
    r"(?:to\s+|at\s+)?(?:about\s+|around\s+|approximately\s+|over\s+|more\s+than\s+"
    r"|nearly\s+|some\s+)?$"
    # a market's trading in the shares: "with a trading volume of HK$1.82 billion", "shares
    # changed hands with a turnover of HK$1.8 billion" (a company's turnover is its revenue:
    # "reported third quarter turnover of £8.1 billion")
    r"|\b(?:trading\s+volume|(?:shares?|stock|scrip|securities|trading)\b[^.;$€£¥]{0,80}?\bturnover)"
    r"\s+(?:of\s+|was\s+|reached\s+|at\s+)?$"
    # "the market potential for amlexanox in the UK could exceed $25 million", "the estimated
    # potential market in the U.S. of $300 million"
    r"|\bmarket\s+potential\b[^.;$€£¥]{0,60}?\b(?:could|would|may|might|will|to)\s+(?:exceed|reach"
    r"|surpass|top|be)\s+(?:about\s+|around\s+|approximately\s+|over\s+|more\s+than\s+)?$"
    r"|\bpotential\s+market\b(?:[^.;$€£¥]|(?<=\b\w)\.){0,60}?\b(?:of|at|exceeding|worth)\s+(?:about\s+"
    r"|around\s+"
    r"|approximately\s+|over\s+|more\s+than\s+)?$"
    # "an addressable market opportunity of about $700 million"
    r"|\bmarket\s+(?:opportunity|potential)\s+(?:of|worth|valued\s+at)\s+(?:about\s+|around\s+"
    r"|approximately\s+|over\s+|more\s+than\s+|up\s+to\s+)?$"
    # a product's forecast: "peak sales potential of over $1 billion", "peak annual sales of"
    r"|\bpeak\s+(?:(?:annual|global|worldwide|u\.?s\.?)\s+){0,2}(?:sales|revenues?)\s+"
    r"(?:potential\s+)?(?:of|estimated\s+at|exceeding|above|in\s+excess\s+of)\s+(?:about\s+|around\s+"
    r"|approximately\s+|over\s+|more\s+than\s+|up\s+to\s+)?$"
    # ... as its sentence's subject: "Peak sales are expected to exceed CHF 400 million"
    r"|\bpeak\s+(?:(?:annual|global|worldwide|u\.?s\.?)\s+){0,2}(?:sales|revenues?)\s+"
    r"(?:(?:are|is|were|was)\s+)?(?:(?:expected|projected|estimated|forecast|anticipated|seen)\s+to\s+"
    r"|could\s+|may\s+|might\s+|would\s+|will\s+)(?:exceed|reach|surpass|top|be)\s+"
    r"(?:about\s+|around\s+|approximately\s+|over\s+|more\s+than\s+|up\s+to\s+)?$"
)

MARKET_SIZE_CHARS = 160  # the words of the amount's sentence read before it
SALES_WORD = re.compile(r"\b(?:sales|market|revenues?|turnover)\b")


@cache
def _market_source() -> re.Pattern[str]:
    """A firm whose data measure a market's sales (context_words.csv role market_source)."""
    return re.compile(rf"(?<![\w.]){words_alternation(context_words('market_source'))}(?!\w)")


def _market_source_sales(sentence: str, lowered: str) -> bool:
    """Whether the sentence speaks of sales and cites a firm that measures them: "The estimated
    sales in 2014 for Telmisartan tablets ... is $233.3 million, as per IMS" is the product's
    market, no revenue of the issuer's."""
    return SALES_WORD.search(lowered) is not None and _market_source().search(sentence) is not None


# The level of sales a royalty's tier or a sales milestone is set at, right before the amount:
# "royalty on net sales up to USD 75,000,000", "when annual net sales exceed $500 million",
# "upon reaching annual sales of $1 billion"; read only in a sentence of royalties or milestones
SALES_LEVEL_BEFORE = re.compile(
    # ("sales levels of up to $86 million" bounds the milestones, no level: "of up to" is none)
    # (of the product named: "royalties on worldwide net sales of Zetavia up to $1.5 billion")
    r"\b(?:sales|revenues?)\s+(?:of\s+(?!up\b)[a-z][\w-]*\s+(?:\([\w-]+\)\s+)?)?(?:levels?\s+)?"
    r"(?:up\s+to|(?:of\s+)?(?:above|below|over|exceed(?:s|ing)?"
    r"|surpass(?:es|ing)?|in\s+excess\s+of|greater\s+than|more\s+than|less\s+than|at\s+least"
    r"|of\s+at\s+least))\s+(?:approximately\s+|about\s+)?$"
    r"|\b(?:reach(?:es|ing)?|achiev(?:es|ing)|exceed(?:s|ing)?)\s+(?:annual\s+|cumulative\s+"
    r"|worldwide\s+|global\s+)*(?:net\s+)?(?:sales|revenues?)\s+(?:levels?\s+)?(?:of\s+)?"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+)?$"
)
SALES_LEVEL_CHARS = 60
# ... and a sum due when sales reach a level, the condition right after it: "an additional $50
# million if 2023 net sales of Zephra exceed a specified threshold"
SALES_CONDITION_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:if|when|once|upon|should)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:annual|cumulative|worldwide|global|(?:19|20)\d\d)\s+)*(?:net\s+)?sales\b"
    r"[^.;$€£¥]{0,60}?\b(?:exceed|exceeds|reach|reaches|surpass|surpasses|top|tops|achieve"
    r"|achieves)\b"
)
TIERED_PAYMENT = re.compile(r"\b(?:royalt(?:y|ies)|milestones?|tiers?|tiered)\b")
# ... or the market the sum measures, right after it: "compete in the OTC $1.2 billion
# gastrointestinal category", "the $20 billion oncology market" (never its capitalisation)
MARKET_SIZE_AFTER = re.compile(
    r"\s+(?:[a-z.-]+\s+){0,3}?(?:market|category|segment|industry)\b"
    r"(?!\s+(?:cap|capitali[sz]ation|value|share|development|research)\b)"
    # or the product's forecast it is: "expected to surpass $100 million of peak sales"
    r"|\s+(?:of|in)\s+(?:annual\s+|global\s+|worldwide\s+)?peak\s+(?:annual\s+)?(?:sales|revenues?)\b"
)


# A price of one share, unit or warrant: "$8.00 per share", "US$3.67 (CDN$4.52) per share",
# "$35.00 net per share", "$31.00 in cash for each share", "an exercise price of $3.75", "one
# option for every two shares, exercisable at A$0.40"; or by the period or the patient: "a
# list price of $480,000 per year", "£77 per month".
PER_UNIT_AFTER = re.compile(
    r"^\)?\s*(?:(?:each|apiece)\b(?!\s+of\b)|"  # "ADSs at $1.75 each", "shares for $75 apiece"
    r"on\s+a\s+per[- ](?:diluted\s+)?share\s+basis\b|"  # "or $0.02 on a per-share basis"
    r"per\s+(?:basic|diluted)\s+(?=and\s+[$€£])|"  # "$0.06 per basic and $0.53 per diluted share"
    r"(?:closing|share|stock)\s+price\b|"  # "a premium to the $2.04 closing price per share"
    r"(?:minimum\s+)?(?:closing\s+)?bid\s+price\b|"  # a listing's "$1.00 minimum bid price"
    # "$92.50/share" too
    r"(?:\([^)]{0,40}\)\s*)?(?:net\s+|in\s+cash\s+)?(?:(?:per|a|each|for each)\s+|/\s?)"
    r"(?:(?-i:[A-Z][\w&'’.-]*)\s+(?=(?:share|ADS)s?\b))?"  # a company's: "per Talis share"
    # "per basic and diluted share"; "$0.06 per basic and $0.53 per diluted share"
    r"(?:(?:basic|diluted)\s+and\s+(?:basic|diluted)\s+"
    r"|(?:fully\s+)?diluted\s+|basic\s+|common\s+|ordinary\s+|equity\s+|consideration\s+"
    r"|new\s+"  # (an Indian company's "Rs. 4 per equity share")
    # a warrant's kind: "$4.9999 per pre-funded warrant", "per accompanying Series A warrant"
    r"|pre-?funded\s+|accompanying\s+|series\s+[a-z0-9]{1,2}\s+|class\s+[a-z]\s+){0,2}"
    r"(?:(?:share|unit|ADS|American Depositary Share|warrant|right)s?\b"
    # a price by the period or by the patient: "a list price of $480,000 per year"
    r"|(?:month|year|annum|patient|dose|treatment|course\s+of\s+treatment)\b"
    r"(?!\s+(?:ago|earlier|before|later|prior|previously)\b)"  # not "$163,000 a year ago"
    # a deal's sum by the compound or target: "up to $66 million per compound", "$8M per target"
    r"|(?<=per\s)(?:compound|product|target|program|programme|molecule|antigen|indication)\b))",
    re.IGNORECASE,
)
# ... or after the sum's noun phrase: "$230 million in development, regulatory and commercial
# milestones per target", "$40 million of milestone payments for each program"
PER_ITEM_AFTER_PHRASE = re.compile(
    r"\s+(?:in|of)\s+(?:potential\s+)?(?:[a-z][a-z,-]*\s+){0,8}?(?:milestones?|payments?)\s+"
    r"(?:per|for\s+each)\s+(?:compound|product|target|program|programme|molecule|antigen"
    r"|indication)\b",
    re.IGNORECASE,
)
PER_ITEM_CHARS = 160
# a medicine's price named right before its sum (never a market's: "a $2 billion market")
LIST_PRICE_BEFORE = re.compile(
    r"\b(?:wholesale\s+acquisition\s+cost|list\s+price|WAC)(?:\s*\(WAC\))?\s+"
    r"(?:(?:of|for)\s+(?:the\s+|its\s+)?[\w-]+(?:\s[\w-]+)?\s+)?"
    r"(?:(?:will\s+be|is|was|of|at|set\s+at)\s+)(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
LIST_PRICE_CHARS = 80
# a contingent value right named before a sum of its sentence: what one right pays
CVR_BEFORE = re.compile(r"\b(?:contingent\s+value\s+rights?|CVRs?)\b[^.;$€£¥]*$", re.IGNORECASE)
CVR_CHARS = 120
# A share's market price, read before the amount: "Shares of Zeta (Nasdaq: ZETA) rose 8.6% to
# $84.05", "Zeta closed down 7.67% at $163.65", "Zeta's shares were up 12% at HK$8.29", "its
# closing price of $4.82"; never "sales rose 12% to $1.2 billion" (no share, no close)
# how a share's price moved, in the past: "shares slipped 32 cents to $25.11"
PRICE_MOVED = (
    "rose|fell|gained|lost|dropped|declined|jumped|climbed|slid|slumped|surged|soared|plunged"
    "|tumbled|leapt|leaped|advanced|zoomed|rallied|slipped|dipped|sank|crashed|rebounded"
    "|rocketed|skyrocketed|spiked"
)
MARKET_PRICE_BEFORE = re.compile(
    # "closed Tuesday's trading up", "closed Monday's regular trading session at"
    r"(?:\b(?:closed|closing|ended|finished|opened|traded)"
    r"(?:\s+[A-Z][a-z]+day['’]s(?:\s+regular)?\s+trading(?:\s+session)?)?"
    # "closed Tuesday's trading up 6.5 percent at $2.47", "closed flat at €1.33"
    r"(?:\s+(?:up|down|higher|lower|flat|unchanged|steady))?"
    rf"|\b(?:shares?|stock|ADSs?)\b(?:[^.;$€£]|\.(?=\d)){{0,80}}?\b(?:{PRICE_MOVED}"
    # or moving: "sending the firm's share leaping 15% to $3.07"
    r"|rising|falling|gaining|losing|dropping|declining|jumping|climbing|sliding|slumping"
    r"|surging|soaring|plunging|tumbling|leaping|slipping|dipping|sinking|rallying"
    r"|rocketing|skyrocketing|spiking"
    r"|(?:were|was|are|is)\s+(?:up|down)))"
    # by how much, then the price: "8.6% to", "more than 12% at", "70 cents to"; or "closed at";
    # the move in money ("fell $1.08 to $3.82") and when ("down 14 percent in pre-market on
    # Monday to $10.20"); or, below, the move alone in money: "Shares fell $2.16"
    r"(?:\s+(?:by\s+)?(?:(?:nearly|about|almost|around|some|over|more\s+than)\s+)?"
    r"(?:(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:%|percent|per\s+cent|cents?|pence|points?)"
    r"|[$€£]\d[\d.,]*(?:,?\s+or\s+\d[\d.,]*\s*(?:%|percent),?)?)"
    r"(?:\s+in\s+(?:pre-?market|after-?hours|early|late|morning|afternoon)(?:\s+trad(?:e|ing))?)?"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"  # "soared by around 30 percent Friday to reach"
    # "down 13 percent from previous session at 539,000 won"
    r"(?:\s+from\s+(?:the\s+)?(?:previous|prior|last|[A-Z][a-z]+day['’]s)\s+"
    # "rose 5 points to", "to reach"
    r"(?:session|close|closing|day|trading)(?:\s+price)?)?)?\s+(?:at|to(?:\s+reach)?)\s+$"
    # "after slipping to as low as 504,000 won", "rising to as high as $12"
    r"|\b(?:slipp|fall|fell|dropp|sink|sank|plung|slid|ris|rose|climb|jump|surg|soar)\w*\s+"
    r"(?:to\s+)?as\s+(?:low|high)\s+as\s+$"
    r"|\b(?:shares?|stock|ADSs?)\b(?:[^.;$€£]|\.(?=\d)){0,80}?\b(?:rose|fell|gained|lost|dropped"
    r"|declined|jumped|climbed|slid|slumped|surged|soared|plunged|tumbled|(?:are|is|were|was)\s+(?:up|down))"
    r"\s+(?:by\s+)?$"
    # "a premium of 89% over Tuesday's closing price of $4.82", "a share price of $3.03",
    # "raising the target price to 1 million won", "a price target of $40"
    # (a London quote's mid-market or middle market price: "the closing mid-market price of 12
    # pence")
    r"|\b(?:closing|share|stock|target)\s+(?:(?:mid-market|middle[\s-]market|bid|offer)\s+)?"
    r"price\s+(?:of\s+|was\s+|at\s+|to\s+)?$"
    # "pushing Innovent's stock up as much as 6% to a near one-month high of HK$86.30"
    r"|\b(?:shares?|stock|ADSs?)\b[^.;$€£]{0,100}?\b(?:to|at|hit|hits|reached|touched)\s+"
    r"(?:a|an|its)\s+(?:near\s+|new\s+|fresh\s+)?(?:[\w-]+\s+){0,2}?(?:high|low)\s+of\s+$"
    r"|\bprice\s+target\s+(?:of\s+|to\s+|at\s+)?$"
    r"|\bprice\s*\([a-z]{3}\)\s*:\s*$"  # a quote box's "Price (HKD): $13.98"
    # "the stock was trading at Rs 128", "shares were losing 38 percent to trade at $5", "the
    # 52-week high was recorded at Rs 135.85"
    # "trading 24% lower at $7.06", "changing hands at $1.98", "fell $2.16 to close the day at
    # $6.90", "trading in the range of $9.35 - $21.00"
    # "were trading today at Rs 308.30", "is quoting at Rs 285", "closed Monday 11.5 per cent
    # higher at Rs 306"
    r"|\b(?:trad|quot)(?:e|es|ing|ed)\s+(?:(?:today|now|currently)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:lower|higher)\s+)?at\s+$"
    r"|\b(?:closed|ended|finished|opened)\s+(?:[A-Z][a-z]+day\s+)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent)\s+(?:lower|higher|up|down)\s+at\s+$"
    r"|\bchang(?:ing|ed|es)\s+hands\s+(?:at|for)\s+$|\bto\s+close(?:\s+the\s+day)?\s+at\s+$"
    # "kept on climbing, ending the day at $45.50"
    r"|\b(?:end|ended|ending|clos(?:e|ed|ing)|finish(?:ed|ing)?)\s+the\s+(?:day|session)\s+at\s+$"
    # "Zeta shares will open this morning at $1.20"
    r"|\b(?:shares?|stock)\b[^.;$€£]{0,30}\b(?:open|close)\s+(?:this\s+morning\s+|today\s+)?at\s+$"
    r"|\btrad(?:e|es|ing|ed)\s+in\s+(?:the|a)\s+range\s+of\s+(?:[$€£]\d[\d.,]*\s*[-–]\s*)?$"
    # "They had traded between $12.10 and $31.00 over the past year", "has ranged from $4 to $9"
    r"|\b(?:(?:shares?|stock|ADSs?)\b[^.;$€£]{0,40}?\b(?:trad(?:e|es|ed|ing)|rang(?:e|es|ed|ing))"
    r"|\b(?:they|it)\s+(?:had\s+|has\s+|have\s+)?traded)"
    r"\s+(?:between|from)\s+(?:[$€£]\d[\d.,]*\s*(?:[-–]|to|and)\s*)?$"
    r"|\b52-week\s+(?:high|low)\b[^.;$€£]{0,30}\b(?:at|of)\s+$"
    # "trade in a 52-week range of $48.30 to $56.73"
    r"|\b52-week\s+range\s+(?:of|from|between)\s+(?:[$€£]\d[\d.,]*\s*(?:[-–]|to|and)\s*)?$"
    # an exchange's day: "last trading in BSE at Rs.321.85 as compared to the previous close of
    # Rs. 321.45", "an intraday high of Rs. 327", "a high and low of Rs129", "the net turnover
    # during the day was Rs. 34222048", "the current market cap of the company is Rs3,231.49cr"
    r"|\btrad(?:ing|ed)\s+(?:in|on)\s+(?:the\s+)?[A-Z]{2,8}\s+at\s+$"
    r"|\bprevious\s+clos(?:e|ing)(?:\s+price)?\s+(?:of\s+)?$"
    r"|\b(?:intraday|day's|touched\s+a)\s+(?:high|low)(?:\s+and\s+(?:a\s+)?(?:high|low))?\s+of\s+$"
    r"|\bturnover\s+during\s+the\s+day\s+(?:was\s+|of\s+)$"
    # "Hanmi's market capitalization reached 7.3 trillion won"
    r"|\bmarket\s+cap(?:itali[sz]ation)?\b[^.;$€£]{0,40}?\b(?:is|was|of|at|reached|hit|topped"
    r"|to|stood\s+at)\s+(?:(?:about|approximately|around|roughly|nearly|some|over|more\s+than)\s+)?$"
    # a quote box's field on its own line: "Market Cap $245,652,048", "Enterprise Value $139.7M"
    r"|(?<![^\n])[ \t]*(?:market\s+cap(?:itali[sz]ation)?|enterprise\s+value"
    r"|prev(?:ious|\.)?\s+close"
    r"|open|day['’]?s?\s+(?:high|low|range)|52[- ](?:week|wk)\s+(?:high|low))[ \t]*:?[ \t]*$"
    # the day's move after the price: "closed ... at $22.81 down $1.75 or 7.13%"
    r"|[$€£]\d[\d.,]*,?\s+(?:up|down)\s+$"
    # a board's quote line, the ticker, the day's move and the price: "NEU 3.15% $21.27 neuren
    # pharmaceuticals limited", "AZN -4.0% premarket to $55.17"
    r"|(?<![^\n])[ \t]*[A-Z]{2,6}[ \t]+[+\-−]?\d[\d.,]*%[ \t]+"
    r"(?:(?:pre-?market|after-?hours|intraday)[ \t]+)?(?:(?:to|at)[ \t]+)?$"
    # a headline's shorthand, the move and its size: "CSL shares up 6.61% to $259.07"
    r"|\b(?:shares?|stock|ADSs?)\s+(?:up|down)\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:at|to)\s+$",
    re.IGNORECASE,
)
SCALED = re.compile(rf"\d\s*(?:{'|'.join(SCALES)})\b")  # the amount's own scale
# A quote and its day's change, as a page's ticker bar prints it: "Nasdaq:US$18.83 (+0.67)"
QUOTE_CHANGE_AFTER = re.compile(r"\s*\(\s*[+\-−–]\s?\d[\d.,]*\s*%?\s*\)")
# ... or a company's worth on the market after the sum: "a company with $80M market cap",
# "erased $1.2 billion in market capitalization" (no money paid)
MARKET_CAP_AFTER = re.compile(r"\s+(?:in\s+|of\s+)?market\s+cap(?:itali[sz]ation)?\b")
# A move by a percentage to an amount without a scale is a price, whoever moved: "Unichem
# Laboratories rose 3.40% to Rs 154.95" (never "net sales rose 20% to Rs 844.51 crore")
MOVE_TO_PRICE = re.compile(
    # (or a move's direction after its verb: "is trading higher by nearly 3% to Rs 1,116",
    # "has moved higher by 6% to Rs 632")
    rf"\b(?:{PRICE_MOVED}|(?:was|were)\s+(?:up|down)"
    r"|(?:mov(?:ed|es|ing)|trad(?:ed|es|ing)|edg(?:ed|es|ing)|inch(?:ed|es|ing))\s+"
    r"(?:higher|lower|up|down))\s+(?:by\s+)?"
    r"(?:\d[\d.,]*\s*(?:c|cents?|p|pence),?\s+or\s+)?"  # "fell 24c, or 17.6 per cent, to $1.12"
    r"(?:(?:nearly|about|almost|around|some|over|more\s+than)\s+)?"
    # "advanced by 6.61% to end at Rs103.15"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent),?\s+"
    # "jumped 30 percent, or 164,000 won, to 711,000 won", "surged 26 percent, or $1.45, to"
    r"(?:or\s+(?:[^;.()]|\.(?=\d)){1,25}?,\s+)?"
    r"(?:(?:to\s+(?:end|close|settle|finish)\s+at|to|at)\s+$|or\s+$)"  # the move in money too
    r"|\bunchanged\s+at\s+$"  # "Shares of Beta were unchanged at $21.69"
    # the news moved them: "The news pushed Zeta's shares 10.4% to 109.70 Danish kroner"
    r"|\b(?:pushed|sent|lifted|drove|dragged|knocked|propelled|boosted)\s+(?:[\w'’.&-]+\s+){0,3}?"
    r"(?:shares?|stock|ADSs?)\s+(?:(?:up|down|higher|lower)\s+)?(?:by\s+)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent),?\s+(?:higher\s+|lower\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
SCALE_WORD = re.compile(rf"\b(?:{'|'.join(SCALES)})\b", re.IGNORECASE)
# a deal's worth printed before the deal: "a potential $465 million collaboration", "an $800
# million licensing deal"
DEAL_VALUE_AFTER = re.compile(
    r"\s+(?:worth\s+)?(?:(?:global|worldwide|licensing|license|licence|research|development|co-development"
    r"|strategic|drug|commercialization|commercialisation)\s+){0,2}(?:collaboration|deal|agreement"
    r"|partnership|alliance|pact|transaction|contract)s?\b"  # "a $26 million contract with ..."
)
MARKET_PRICE_CHARS = 160
# a price printed with its ticker, as newspapers print them: "Shares of Array (Nasdaq: ARRY,
# $4.99) closed up 26 cents"
TICKER_PRICE_BEFORE = re.compile(r"\(\s*[A-Za-z][\w .-]{1,25}:\s*[A-Z][A-Z.]{0,7},\s*$")
TICKER_PRICE_CHARS = 40
# a product priced by its unit, no offering's price: "the agency priced the tablets at ¥4,403.30"
PRODUCT_PRICED = (
    r"priced\s+(?:the\s+|its\s+|each\s+)?(?:[a-z-]+\s+)?(?:tablets?|capsules?|vials?|doses?"
    r"|pills?|injections?|pens?|syringes?|packs?|bottles?|drugs?|products?|treatments?)\s+at\s+"
)
PRODUCT_PRICED_AT = re.compile(PRODUCT_PRICED)
PER_UNIT_BEFORE = re.compile(
    # (a share's or a unit's own price too: "at a unit price of €8.00", "a share price of 95p")
    r"\b(?:(?:exercise|conversion|strike|offering|subscription|purchase|issue|unit|share|placing"
    r"|placement)\s+price\s+"
    r"(?:of\s+|from\s+|to\s+|at\s+|(?:is|was|will\s+be)\s+)?(?:approximately\s+|about\s+)?"
    r"|(?:exercisable|convertible|exercised)\s+at\s+(?:a\s+price\s+of\s+)?"  # an option's
    # a listing's bid price: "the closing bid price of our common stock was below $1.00"
    r"|\bbid\s+price\b[^.;$€£]{0,40}?\s(?:of|below|above|under|at\s+least|to|was|is)\s+"
    # a warrant's: "a warrant to purchase an additional common share for C$1.26"
    r"|\b(?:purchase|acquire|buy)\s+(?:one|an?)\s+(?:additional\s+)?(?:common\s+|ordinary\s+)?"
    r"share\s+(?:for|at)\s+(?:a\s+price\s+of\s+)?"
    # a rate's denominator: "33.1991 shares per $1,000 principal amount of notes"
    r"|\b(?:per|for\s+every|for\s+each)\s+"
    # a product's unit price: "priced the tablets at ¥4,403.30 ($30.75) for the 80mg version"
    rf"|\b{PRODUCT_PRICED}"
    # earnings by the share: "Q4 EPS of $0.08", "earnings per share (EPS) were $0.10"
    r"|\b(?:EPS|(?:earnings|loss)\s+per\s+(?:diluted\s+|basic\s+)?share(?:\s+\(EPS\))?)\s+"
    r"(?:of\s+|was\s+|were\s+|at\s+|rose\s+to\s+|fell\s+to\s+)?)$",
    re.IGNORECASE,
)

PRICED_AT_BEFORE = re.compile(
    r"\b(?:priced|placement|placed|offering|offered|issued|sold|SPP|shares|units)\s+"
    r"(?:(?:of|for)\s+[^.;$€£]{1,30}?\s+)?at\s+(?:a\s+price\s+of\s+)?$",
    re.IGNORECASE,
)
# What each share turns into in a merger, told before the sum: "each outstanding share of Zeta
# common stock has been cancelled and converted into the right to receive $32.00, in cash"
# (or what each right a share comes with pays: "one contingent value right (CVR) per share
# entitling the holder to receive up to $4.00 in cash", "each CVR entitles its holder to receive")
EACH_SHARE_BEFORE = re.compile(
    r"(?:\beach\s+(?:(?:issued|outstanding|remaining)\s+(?:and\s+outstanding\s+)?)?"
    r"(?:share|ADS)\b[^.;$€£]{0,120}?\bright\s+to\s+receive\s+"
    r"|\b(?:each\s+(?:CVR|contingent\s+value\s+right)|per\s+(?:share|ADS))\b[^.;$€£]{0,80}?"
    r"\b(?:its|the)\s+holders?\s+to\s+receive\s+(?:up\s+to\s+)?(?:an?\s+)?(?:additional\s+)?"
    r"|\beach\s+(?:CVR|contingent\s+value\s+right)\s+(?:\w+\s+){0,2}?(?:entitles|represents)"
    r"\s+(?:the\s+right\s+to\s+receive|(?:its|the)\s+holders?\s+to\s+receive)\s+(?:up\s+to\s+)?)$",
    re.IGNORECASE,
)
EACH_SHARE_CHARS = 160

# A release that says which dollars a bare "$" is: "All amounts, unless specified otherwise,
# are in Canadian dollars", "(in thousands of Australian dollars)", "expressed in Canadian
# dollars"; the dollars are those of currencies.csv ("Canadian dollars": CAD)
# a bare "$" sum printed again in a named dollar in parentheses right after it declares what
# "$" is: "Patrys has completed $3.4 million (AU$3.4 million) capital raising"
SAME_SUM_NAMED = cued(
    r"(?<![\w$])\$\s?(?P<sum>\d[\d.,]*(?:\s?(?:million|billion|m|bn)\b)?)\s*\(\s*"
    r"(?:approximately\s+|about\s+)?(?P<dollar>[A-Z]{1,3}\$)\s?(?P=sum)\s*\)"
)
DOLLARS_DECLARED = cued(
    r"(?:\b(?:are|is|were|expressed|stated|reported|presented|denominated)\s+|\(\s*)in\s+"
    r"(?:thousands\s+of\s+|millions\s+of\s+)?"
    r"(?P<currency>(?:[A-Z][\w.]*\s+){1,2}dollars)\b"
)


def declared_dollars(text: str, markets: Iterable[str] = ()) -> str:
    """The currency a bare "$" is in ``text``: the dollars the release declares; else those of
    the markets its tickers list on (``markets``, exchange names) when all of them trade in one
    dollar other than the US one (market_dollars.csv: an ASX-only company's "$" is AUD); else
    USD."""
    prefix, suffix = _currencies()
    for match in DOLLARS_DECLARED.finditer(text):
        currency = suffix.get(_folded(match["currency"]))
        if currency:
            return currency
    named = SAME_SUM_NAMED.search(text)  # "$3.4 million (AU$3.4 million)"
    if named and prefix.get(_folded(named["dollar"])):
        return prefix[_folded(named["dollar"])]
    readers = _readers_dollar(text)
    if readers:
        return readers
    by_market, secondary = _market_dollars(), _secondary_markets()
    listed = [m.casefold() for m in markets if m.casefold() in by_market]
    primary = [m for m in listed if m not in secondary]  # (an OTC quotation beside a home market
    # sets no dollar: "(TSXV: CRP) (OTCQB: CRPHF)" prints Canadian dollars)
    dollars = {by_market[m] for m in primary or listed}
    return dollars.pop() if len(dollars) == 1 else "USD"


# A sum converted, in parentheses, into a named dollar: "100 million Japanese yen (around A$1.3
# million)", "US$19 million (approximately A$27 million)"; the parenthesis is found first, then
# the sum before it (its sign, or the words after its number)
CONVERTED_INTO = cued(
    r"\(\s*(?:(?:around|approximately|approx\.|about|some|circa|~)\s*)?(?P<dollar>[A-Z]{1,3}\$)\s?\d"
)
CONVERTED_SOURCE = re.compile(
    r"(?P<source>(?:[A-Z]{0,3}\$|€|£|¥)?\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn)\b)?"
    r"(?:\s[A-Za-z]+){0,2})\s*$"
)
CONVERTED_SOURCE_CHARS = 60


def _readers_dollar(text: str) -> str | None:
    """The dollar a text converts its other sums into, for its readers, when it converts into
    one only and never from a bare "$": an Australian paper's "$5.6 million" beside "100
    million Japanese yen (around A$1.3 million)" is in A$; never a US release's "$10 million
    (C$13 million)"."""
    prefix = _currencies()[0]
    targets = set()
    for match in CONVERTED_INTO.finditer(text):
        before = text[max(0, match.start() - CONVERTED_SOURCE_CHARS) : match.start()]
        source = CONVERTED_SOURCE.search(before)
        if source is None:
            continue  # no sum before the parenthesis: no conversion
        if source["source"].startswith("$"):
            return None  # a bare "$" converted into another dollar: it is not that one
        targets.add(prefix.get(_folded(match["dollar"])))
    if len(targets) == 1 and None not in targets and "USD" not in targets:
        return targets.pop()
    return None


# a label that names the code of the "$" after it: "Price (HKD): $13.98"
CODE_LABEL_BEFORE = re.compile(r"\((?P<code>[A-Z]{3})\)[ \t]*:[ \t]*$")
CODE_LABEL_CHARS = 12


def _named_after(text: str, end: int) -> str | None:
    """The dollar a bare "$" amount names right after it: "$177 million Australian dollars"
    (currencies.csv's dollars printed after an amount)."""
    named = DOLLAR_NAMED_AFTER.match(text, end)
    if named is None:
        return None
    return _currencies()[1].get(_folded(named["name"]))


DOLLAR_NAMED_AFTER = re.compile(
    r"\s+(?P<name>(?:U\.S\.|US|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+dollars)\b"
)


def _labelled_code(text: str, start: int) -> str | None:
    """The currency code a label prints right before a bare "$" (currencies.csv)."""
    label = CODE_LABEL_BEFORE.search(text, max(0, start - CODE_LABEL_CHARS), start)
    if label is None:
        return None
    prefix, suffix = _currencies()
    codes = set(prefix.values()) | set(suffix.values())
    return label["code"] if label["code"] in codes else None


@cache
def _market_dollars() -> dict[str, str]:
    """Case-folded exchange -> the dollar it trades in (market_dollars.csv)."""
    return {row["exchange"].casefold(): row["dollar"] for row in load_lexicon("market_dollars")}


@cache
def _secondary_markets() -> frozenset[str]:
    """Case-folded US over-the-counter quotations (market_dollars.csv's secondary)."""
    return frozenset(
        row["exchange"].casefold() for row in load_lexicon("market_dollars") if row["secondary"]
    )


@cache
def _market_names(role: str) -> re.Pattern[str]:
    """What names a market (context_words.csv roles yuan_market, yen_market, dkk_market,
    nok_market), as whole words."""
    return re.compile(rf"(?<![\w.]){words_alternation(context_words(role))}(?!\w)")


def _named_alone(text: str, market: str, other: str) -> bool:
    """Whether ``text`` names the one market and never the other."""
    return bool(_market_names(market).search(text)) and not _market_names(other).search(text)


def _yen_sign(text: str, end: int) -> str:
    """The currency a bare "¥" is: the Chinese yuan where the text up to ``end`` (the amount's
    sentence's) names China and the text never names Japan, else the Japanese yen (China named
    only later, in passing, says nothing of it: "licensing opportunities in ... the US and
    China")."""
    named = _named_alone(text[:end], "yuan_market", "yen_market")
    return "CNY" if named and not _market_names("yen_market").search(text) else "JPY"


def _kroner(text: str) -> str | None:
    """The currency a bare "kroner" is: the Danish krone in a text that names Denmark and never
    Norway, the Norwegian in one that names Norway and never Denmark, else none known."""
    if _named_alone(text, "dkk_market", "nok_market"):
        return "DKK"
    return "NOK" if _named_alone(text, "nok_market", "dkk_market") else None


# a dollar named by its country's letters: "US$3 million", "A$2.4m", "C$13 million"
NAMED_DOLLAR = re.compile(r"(?:[A-Z]{1,3})\$")


def _named_dollar_before(text: str, found: list[MoneyMatch], start: int) -> str | None:
    """The dollar an earlier sum of the sentence names by its letters, for a bare "$" after it
    ("a second US$3 million milestone payment ..., bringing the total to $11 million" is in US
    dollars); never for a bare "$" in parentheses nor from a named one there: conversions
    ("C$13 million ($10 million)", "$10 million (C$13 million)")."""
    if not found or text[max(0, start - 1) : start] == "(":
        return None
    left, _ = sentence_bounds(text, start, start + 1)
    for item in reversed(found):
        if item.span_start < left:
            return None
        if NAMED_DOLLAR.match(item.text) and text[item.span_start - 1 : item.span_start] != "(":
            return item.currency  # (never a conversion's: "$10 million (C$13 million) upfront,
            # and $5 million later" keeps the bare dollar)
    return None


# a sum in a dollar named by its letters, in a conversion's parenthesis (CONVERTED_OPENS)
NAMED_SUM = re.compile(r"(?P<dollar>[A-Z]{1,3}\$)\s?(?P<number>\d[\d.,]*)")
SCALE_AFTER = re.compile(r"\s?(?:million|billion|m|bn|mln)\b")
NAMED_SCALE_AFTER = re.compile(r"\s?(?P<scale>million|billion|m|bn|mln)\b", re.IGNORECASE)


def _same_sum_named(text: str, match: re.Match[str], prefixes: dict[str, str]) -> str | None:
    """The dollar that the very same scaled sum names by its letters elsewhere in the text, for
    a bare "$": a headline's "Triggering $35 Million Option Fee" over the body's "a US$35
    million payment" (one dollar only: a figure printed in two is left to the text's)."""
    scale = match["scale_word"] or match["scale_letter"]
    if not scale:
        return None
    dollars = _named_scaled_sums(text).get((match["number"], SCALES[scale.lower()]), ())
    named = {prefixes.get(dollar) for dollar in dollars}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=4)
def _named_scaled_sums(text: str) -> dict[tuple[str, float], frozenset[str]]:
    """The text's sums in a dollar named by its letters with their scale, read once per text:
    (figure as printed, scale) -> the dollars' letters, folded ("US$35 million" ->
    ("35", 1e6): {"us$"})."""
    sums: dict[tuple[str, float], set[str]] = {}
    for other in NAMED_SUM.finditer(text):
        after = NAMED_SCALE_AFTER.match(text, other.end())
        if after is not None:
            key = (other["number"], SCALES[after["scale"].lower()])
            sums.setdefault(key, set()).add(_folded(other["dollar"]))
    return {key: frozenset(dollars) for key, dollars in sums.items()}


NUMBER_OF = re.compile(r"\d[\d.,]*")


def _other_than_converted(
    text: str, found: list[MoneyMatch], match: re.Match[str], dollars: str
) -> str | None:
    """US dollars for a bare "$" that converts, or is converted into, a sum in the very dollar
    the text's bare "$" would otherwise be: a conversion never repeats its currency ("C$11
    million ($10.4 million)" in a Toronto-listed company's story)."""
    if dollars == "USD":
        return None
    start = match.start()
    before = found[-1] if found else None
    own = NUMBER_OF.search(match.group())
    number = own.group() if own else None
    theirs = NUMBER_OF.search(before.text) if before is not None else None
    if (
        before is not None
        and before.currency == dollars
        and NAMED_DOLLAR.match(before.text)
        and CONVERTED_OPENS.fullmatch(text, before.span_end, start)
        and theirs is not None
        and theirs.group() != number  # the same sum named again is no conversion
    ):
        return "USD"
    scale = SCALE_AFTER.match(text, match.end())
    opens = CONVERTED_OPENS.match(text, scale.end() if scale else match.end())
    after = NAMED_SUM.match(text, opens.end()) if opens else None
    if (
        after
        and _currencies()[0].get(_folded(after["dollar"])) == dollars
        and after["number"] != number  # the same sum named: its dollar
    ):
        return "USD"
    return None


# ... or a "$" glued after a word in lower case, where a page lost the space: "more than$600
# million" (read only in a text that prints one: the pattern above stays one pass)
GLUED_DOLLAR = re.compile(r"[a-z]{3}\$\s?\d")


@cache
def _glued_dollar_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?-i:(?<=[a-z]{{3}}))(?P<currency>\$)\s?(?P<number>{NUMBER}){SCALE}", re.IGNORECASE
    )


def find_money(text: str, markets: Iterable[str] = ()) -> list[MoneyMatch]:
    """Every currency amount in ``text``, in text order, in the currency it is printed in (a
    bare "$" in the dollars the release declares, or those of the ``markets`` it lists on: see
    ``declared_dollars``)."""
    prefix_currencies, suffix_currencies = _currencies()
    dollars = declared_dollars(text, markets)
    before, after = _amount_patterns()
    # where two readings overlap, the one printed first: "20 million euros 2010" is 20 million
    # euros, not "euros 2010"; at the same start, the currency before the number
    matches: list[re.Match[str]] = []
    glued = _glued_dollar_pattern().finditer(text) if GLUED_DOLLAR.search(text) else ()
    readings = sorted(
        [*before.finditer(text), *after.finditer(text), *glued],
        key=lambda m: (m.start(), m.re is after),
    )
    for match in readings:
        if not matches or match.start() >= matches[-1].end():
            matches.append(match)
    found: list[MoneyMatch] = []
    rate_equals = -1  # where an amount a rate equals starts
    dot_grouped = DOT_GROUPS.search(text) is not None and DOT_GROUPED.search(text) is not None
    hash_pound = "£" not in text and HASH_POUND_TEXT.search(text) is not None
    tables = _scaled_tables(text)
    scaled_folded = {_folded(p) for p in _scaled_prefixes()}
    addresses = web_addresses(text)  # "...-bags-eur19m-milestone-payment.html": no amount
    address_starts = [start for start, _ in addresses]
    cut_at = len(text.rstrip())  # a copy cut short mid-sentence: "... placement of A$3"
    cut_short = bool(cut_at) and text[cut_at - 1].isalnum()
    # ... or at a number's decimal point: "milestone payments totaling up to $9." of "$9.3
    # billion" (a release ends with its contacts or its boilerplate, never a bare sum; a price by
    # the share may end a brief: "... to trade at $5.")
    cut_at_point = cut_at >= 2 and text[cut_at - 1] == "." and text[cut_at - 2].isdigit()
    for match in sorted(matches, key=lambda m: m.start()):
        if addresses and in_spans(addresses, address_starts, match.start()):
            continue
        if (
            cut_short
            and match.end() >= cut_at
            and not (match["scale_word"] or match["scale_letter"])
            and not re.search(r"[.,]\d", match["number"])
        ):
            continue  # its last amount may be cut too ("A$3" of "A$3 million"): none beats a
            # wrong one (a price with its cents ends a line whole: "AZN -4.0% to $55.17")
        number = _number(match["number"], dot_grouped)
        scale_text = (match["scale_word"] or match["scale_letter"] or "").lower()
        shared = None if scale_text else RANGE_SCALE.match(text, match.end())
        if shared and _number(shared["high"], dot_grouped) < number:
            shared = None  # no range: "at $8 to 2.5 million investors"
        if shared:
            scale_text = shared["scale"].lower()  # "$1.41-1.59 billion": 1.41 billion
        if not scale_text and _garbled_scale(text, match.end()):
            continue  # "$5 mll1on", "$5 MlLLION": a scale no repair could read; none beats $5
        # "$8.2 million" is 8,200,000, not 8199999.999999999, and "¥8.2 billion" 8,200,000,000,
        # not 8199999999.999999 (the product read to the digits a float holds); a price below a
        # cent keeps its digits ("$0.033 per share", not 0.03)
        printed = _folded(match["currency"])
        if printed in UK_POUNDS and not hash_pound:
            continue  # "#1", "Item #2": a number, no pound; "10 million pounds" in a text of
            # no British company: another country's pound, perhaps
        if (
            match.re is before
            and printed in scaled_folded
            and (
                match["currency"] not in _scaled_prefixes()
                or not scale_text
                or text[match.end("currency") : match.start("number")]
                not in ("", " " * (len(printed) > 1))
            )
        ):
            continue  # "E10", "e10 million", "Series E 10 million": no euros (a sign of two
            # letters may stand one space before its number: "DM 10 million")
        if not scale_text and glued_code(text, match.start(), match.end()):
            continue  # "NIS793 (anti-TGFβ antibody)": a drug's code, no shekels
        scale = SCALES[scale_text] if scale_text else _currency_scales().get(printed, 1.0)
        # a table's figure in the unit its header declares: "(in thousands, except per share
        # data)" over "Collaboration revenue $ 12,345" is $12,345,000; a row by the share never
        table_scale, share_row, table_line = (
            _table_row(text, tables, match.start()) if tables else (1.0, False, None)
        )
        own_scale = bool(scale_text or printed in _currency_scales())
        if own_scale:
            table_scale = 1.0  # its own scale: "$12.3 million" in a table is $12.3 million
        scale *= table_scale
        amount = round(float(f"{number * scale:.{FLOAT_DIGITS}g}"), PRICE_DIGITS)
        # "285,000 won", a number grouped in thousands, is money too; "in 2015 won" never
        if (
            match.re is after
            and printed in _scaled_only()
            and not scale_text
            and not THOUSANDS_GROUPED.fullmatch(match["number"])
        ):
            continue
        if EXCHANGE_RATE_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ) or EXCHANGE_RATE_AFTER.match(text, match.end()):
            continue  # a rate, no amount: "USD/KRW 1349.5", "JPY100/KRW 891.79"
        one_equals = RATE_EQUALS_AFTER.match(text, match.end()) if number == 1 else None
        if one_equals and not scale_text:
            rate_equals = one_equals.end()
            continue  # a rate's note: "$1=$1.16 Canadian", "($1 = 1.0866 Canadian Dollars)"
        if match.start() == rate_equals or RATE_OF_BEFORE.search(
            text, max(0, match.start() - RATE_WORDS_CHARS), match.start()
        ):
            equals = RATE_EQUALS_AFTER.match(text, match.end()) or RATE_TO_AFTER.match(
                text, match.end()
            )
            rate_equals = equals.end() if equals else -1
            continue  # "a rate of $1.00 Canadian equaling $0.69 U.S.": a rate, no amounts
        currency = prefix_currencies.get(printed) or suffix_currencies.get(printed, "USD")
        if printed in ("$", "dollars"):
            currency = (
                _named_after(text, match.end())  # "$177 million Australian dollars"
                or _labelled_code(text, match.start())
                or _named_dollar_before(text, found, match.start())
                or _same_sum_named(text, match, prefix_currencies)
                or _other_than_converted(text, found, match, dollars)
                or dollars
            )
        elif printed == "¥":
            currency = _yen_sign(text, sentence_bounds(text, match.start(), match.end())[1])
        elif printed == "kroner":
            kroner = _kroner(text)
            if kroner is None:
                continue  # "80 million kroner" in a text naming neither Denmark nor Norway
            currency = kroner
        left, right = sentence_bounds(text, match.start(), match.end())
        row = barred_row(text, match.start(), match.end()) or table_line
        if row is not None:  # a table's row is the amount's sentence: its label the cell before,
            left, right = max(left, row[0]), min(right, row[1])  # never the next row's
        for wire in _wire_mark().finditer(text, left, match.start()):
            left = wire.end()  # a deck glued before the dateline is no part of the lead's
            # sentence: "Earns Milestone Payment of Additional $2.5 Million CRANBURY, N.J., Feb.
            # 12 /PRNewswire-FirstCall/ -- Zeta ... has received $4.1 million from Omega"
        sentence = text[left:right]
        kind, rule = classify_amount(sentence, match.start() - left, match.end() - left)
        if _loan_tranche(text, left, match.start(), match.end()):
            kind, rule = "financing", "money_loan_tranche"
        preceding = sentence[: match.start() - left].lower()
        window = preceding[-POTENTIAL_CHARS:]
        if found and found[-1].sentence_start == left:
            # the last sum's own "in contingent payments" bounds it, not the next sum
            owned = POTENTIAL_AFTER.match(text, found[-1].span_end, match.start())
            if owned:
                window = preceding[max(len(preceding) - POTENTIAL_CHARS, owned.end() - left) :]
        rise = (
            RISE_UP_TO.search(preceding) and BASE_FROM_AFTER.match(sentence, match.end() - left)
        ) or RISE_BASE.search(preceding)
        if rise:  # "Other revenues were up to $105,000 from $21,000": a rise and its base
            window = window[: window.rfind("up to")]
        is_potential = (
            any(cue in window for cue in POTENTIAL_CUES)
            or DUE_ON_EVENT_AFTER.match(sentence, match.end() - left) is not None
            or POTENTIAL_AFTER.match(sentence, match.end() - left) is not None
            or MODAL_BEFORE.search(window) is not None
            or (
                (
                    NEAR_TERM_BEFORE.search(window)
                    or NEAR_TERM_AFTER.match(sentence, match.end() - left)
                )
                and not RECEIVED_BEFORE.search(preceding)
            )
            or EXPECTED_BEFORE.search(window) is not None
            or GUIDANCE_BEFORE.search(window) is not None
            or (
                CONDITION_AFTER.match(sentence, match.end() - left) is not None
                and not RECEIVED_BEFORE.search(preceding)
            )
            or (
                (
                    EVENT_TIME_AFTER.match(sentence, match.end() - left) is not None
                    or CONDITION_OPENS.match(preceding) is not None
                )
                and TO_COME_BEFORE.search(preceding) is not None
                and not RECEIVED_BEFORE.search(preceding)
            )
        )
        # its own words only: "up to 480 million euros, comprising upfront cash payment of 120
        # million euros" bounds the total, never the upfront after it
        own_from = 0
        if found and found[-1].sentence_start == left:
            own_from = max(0, found[-1].span_end - left)
        own_window = preceding[max(own_from, len(preceding) - POTENTIAL_CHARS) :]
        if rise:
            own_window = own_window[: own_window.rfind("up to")]
        own_potential = any(cue in own_window for cue in POTENTIAL_CUES)
        # "$50 million up-front", "$280 million in upfront payments": the amount's own words
        named_upfront = UPFRONT_AFTER.match(sentence, match.end() - left) is not None or (
            kind == "upfront"
            and (
                rule.startswith("money_phrase:")
                # or its head: "is eligible to receive ... an upfront payment of $100 million"
                or _head_before(sentence.lower(), match.start() - left) is not None
            )
        )
        if (
            own_potential
            and kind == "upfront"
            and "milestone" in sentence.lower()
            and not named_upfront
        ):
            kind, rule = (
                "milestone",
                "money_potential_is_not_upfront",
            )  # upfront is never contingent
        if (
            not is_potential
            and kind == "milestone"
            and (
                DEAL_TERMS_BEFORE.search(preceding)
                # (a sentence saying it states the terms bounds milestones named in the
                # plural, never one payment it names: "Under the terms of the agreement with
                # Omega, Zeta will receive a milestone payment of EUR 15 million" on approval)
                or (TERMS_SENTENCE.match(preceding) and rule.endswith("s"))
            )
            and not RECEIVED_BEFORE.search(preceding)
        ):
            is_potential = True  # a deal's terms: "The agreement includes a non-refundable
            # upfront payment of $2.5 million and milestones of $32 million"
        if (
            is_potential
            and not own_potential
            and found
            and found[-1].sentence_start == left
            and RECEIVED_BETWEEN.search(text, found[-1].span_end, match.start())
        ):
            is_potential = False  # a sum a verb of its own says was paid, past the last sum's
            # bound: "may earn up to $50 million in milestones and has received $10 million"
        if (
            not is_potential
            and found
            and found[-1].sentence_start == left
            and found[-1].is_potential
            and (
                COORDINATED_BETWEEN.fullmatch(text, found[-1].span_end, match.start())
                # or a range's high end: "expects revenues of $55 million to $60 million"
                or RANGE_BETWEEN.fullmatch(text, found[-1].span_end, match.start())
            )
            # (a cue before the list bounds it, never the last sum's own words: "$20 million in
            # contingent payments, and $3 million in research funding")
            and not POTENTIAL_AFTER.match(text, found[-1].span_end)
        ):
            is_potential = True  # the next of a list its cue bounds: "eligible to receive
            # potential milestones of US$124 million for this product, and US$93.3 million"
        if not is_potential and _part_of_potential_total(text, found, (left, right), match.start()):
            is_potential = True  # a part of a total to come: "eligible to receive a total of
            # USD 308 mn consisting of the USD 130 mn upfront ..., USD 35 mn in development
            # milestones" (its upfront is paid at signing: below)
        if kind == "upfront" and not BOUNDED_BEFORE.search(preceding[-BOUNDED_CHARS:]):
            is_potential = False  # "up to $455 million, with $280 million in upfront payments":
            # an upfront is paid at signing; only its own "up to" bounds it
        per_unit = (
            rule == "money_share_price"
            or share_row
            # named by earnings per share: "earnings per share grew 18.4 percent to 2.78 euros"
            or (not scale_text and rule in PER_SHARE_CUE_RULES)
            or bool(
                PER_UNIT_AFTER.match(text[match.end() : match.end() + 60])
                # a deal's sum by the target after its noun phrase: "up to $230 million in
                # development, regulatory and commercial milestones per target"
                or PER_ITEM_AFTER_PHRASE.match(text, match.end(), match.end() + PER_ITEM_CHARS)
                # a price by the unit prints no scale: "the purchase price is $10.4 billion" is all
                or (
                    not scale_text
                    and PER_UNIT_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
                )
                or EACH_SHARE_BEFORE.search(
                    text[max(0, match.start() - EACH_SHARE_CHARS) : match.start()]
                )
                # a price range without a scale: "the midpoint of its $11 to $13 target range"
                or (not scale_text and PRICE_RANGE_AFTER.match(text, match.end()))
                # a share's price in a placement, without a scale: "an institutional placement at
                # $0.51", "also priced at $0.51", "placed 83 million shares at $0.12"
                or (
                    not scale_text
                    and PRICED_AT_BEFORE.search(text, max(0, match.start() - 40), match.start())
                )
                # a medicine's price, whatever its scale: "The wholesale acquisition cost (WAC) of
                # ZELVORA will be $2.9 million", "a list price of $2.1 million"
                or LIST_PRICE_BEFORE.search(
                    text, max(0, match.start() - LIST_PRICE_CHARS), match.start()
                )
                # a contingent value right's, with no scale: "plus one contingent value right
                # (CVR) per share, which represents the right to receive up to $4.00 in cash"
                or (
                    not scale_text
                    and CVR_BEFORE.search(text, max(0, match.start() - CVR_CHARS), match.start())
                )
                # a quote beside its symbol: "Neuren Pharmaceuticals (NEU: $5.45) has ..."
                or (
                    TICKER_QUOTE_BEFORE.search(text, max(0, match.start() - 20), match.start())
                    and text.startswith(")", match.end())
                )
            )
        )
        if (
            cut_at_point
            and not per_unit
            and match.end() == cut_at - 1
            and not (match["scale_word"] or match["scale_letter"])
            and not re.search(r"[.,]\d", match["number"])  # "USD 500,000." is whole
        ):
            continue
        item = MoneyMatch(
            amount,
            currency,
            kind,
            is_potential,
            match.group(),
            match.start(),
            match.end(),
            rule,
            per_unit,
            left,
            right,
            tabled=table_line is not None and not own_scale,
        )
        if found and _converted(text, found[-1], item):  # the same sum: its kind and role
            original = found[-1]
            item = replace(
                item,
                kind=original.kind,
                kind_rule=original.kind_rule,
                is_potential=original.is_potential,
                per_unit=original.per_unit,
            )
        if (
            item.per_unit
            and found
            and not found[-1].per_unit
            and found[-1].amount <= item.amount
            and not SCALE_WORD.search(found[-1].text)
            and RANGE_BETWEEN.fullmatch(text, found[-1].span_end, item.span_start)
        ):  # a range's low end is priced as its high end: "$14 to $16 per share" (never
            # "$5 million and $3 per share")
            found[-1] = replace(found[-1], per_unit=True)
        elif (
            found
            and found[-1].per_unit
            and not item.per_unit
            and found[-1].amount <= item.amount
            and found[-1].currency == item.currency
            and not SCALE_WORD.search(item.text)
            and RANGE_BETWEEN.fullmatch(text, found[-1].span_end, item.span_start)
        ):  # ... and its high end as its low end: "an offering price of 16,000 won–20,000 won"
            item = replace(item, per_unit=True)
        elif (
            found
            and found[-1].kind_rule == "money_market_size"
            and item.kind_rule != "money_market_size"
            and found[-1].amount <= item.amount
            and found[-1].currency == item.currency
            and RANGE_BETWEEN.fullmatch(text, found[-1].span_end, item.span_start)
        ):  # a forecast's high end: "peak annual global sales of $1.3-$1.9 billion"
            item = replace(item, kind=found[-1].kind, kind_rule=found[-1].kind_rule)
        found.append(item)
    return _shared_nouns(text, _kinds_printed_before(text, _respective_kinds(text, found)))


# A sum whose noun the next sum of its sentence names for both: "receives from Omega a EUR 20
# million and from the first commercial sales in Japan a EUR 8 million milestone" (an article
# before it, "and" right after it: it names no noun of its own)
ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
AND_AFTER = re.compile(r"\s+and\b")
SHARED_NOUN_CHARS = 120  # from the one sum to the next


def _named_right_after(text: str, item: MoneyMatch) -> bool:
    """Whether the words that name a sum's kind come right after it ("$5 million milestone")."""
    if item.kind_rule.startswith("money_phrase:"):
        return True
    cue = item.kind_rule.removeprefix("money_cue:")
    after = text[item.span_end : item.span_end + len(cue) + 2].lstrip(" -").casefold()
    return item.kind_rule.startswith("money_cue:") and after.startswith(cue)


def _shared_nouns(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if (
            first.sentence_start == second.sentence_start
            and second.span_start - first.span_end <= SHARED_NOUN_CHARS
            and ARTICLE_BEFORE.search(text, max(0, first.span_start - 4), first.span_start)
            and AND_AFTER.match(text, first.span_end)
            and _named_right_after(text, second)
            and first.kind != second.kind
        ):
            found[index] = replace(first, kind=second.kind, kind_rule="money_shared_noun")
    return found


# Two sums named by two nouns before them, "respectively" after: "reported sales and profit of
# Rs 2,949 crore and Rs 457 crore respectively" (the profit is no sales)
RESPECTIVE_NOUNS = re.compile(
    r"(?P<first>[a-z][\w-]*(?:[ ][a-z][\w-]*){0,2})[ ]and[ ]"
    r"(?P<second>[a-z][\w-]*(?:[ ][a-z][\w-]*){0,2})"
    r"\s+(?:of|were|was|at|totall?ing|amounting\s+to|stood\s+at|came\s+in\s+at)\s+$",
    re.IGNORECASE,
)
RESPECTIVE_BETWEEN = re.compile(r"\s*,?\s*and\s+")
RESPECTIVELY_AFTER = re.compile(r",?\s+respectively\b", re.IGNORECASE)


def _noun_kind(noun: str) -> str:
    """The kind a noun names by the money cues ("sales": revenue), "other" for none
    ("profit")."""
    lowered = f" {noun.lower()} "
    named = [
        (lowered.find(f" {cue} "), kind) for cue, kind in _kind_cues() if f" {cue} " in lowered
    ]
    return min(named)[1] if named else "other"


def _respective_kinds(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not (
            first.sentence_start == second.sentence_start
            and RESPECTIVE_BETWEEN.fullmatch(text, first.span_end, second.span_start)
            and RESPECTIVELY_AFTER.match(text, second.span_end)
        ):
            continue
        nouns = RESPECTIVE_NOUNS.search(text, first.sentence_start, first.span_start)
        if nouns is None:
            continue
        for at, noun in ((index, nouns["first"]), (index + 1, nouns["second"])):
            kind = _noun_kind(noun)
            if kind != found[at].kind:
                found[at] = replace(found[at], kind=kind, kind_rule="money_respectively")
    return found


PAYMENT_KINDS = frozenset({"milestone", "upfront", "royalty"})
# words of a sentence that speaks of a payment ("payable", "due", "owed", "upon ...")
PAYMENT_WORDS = re.compile(
    r"\b(?:payments?|paid|pays?|paying|payable|fees?|milestones?|receiv\w*|receipt|earn\w*"
    r"|trigger\w*|due|upon|gets?|owed|owes|owing)\b",
    re.IGNORECASE,
)


# A financial table's unit, declared in its header: "(in thousands, except per share data)",
# "(Dollars in millions)", "($ in thousands)", "(€ thousands)", "(in US$'000)", "$ in Millions",
# "(Thousand Australian $’s)"
TABLE_SCALE = re.compile(
    r"\(\s*(?:(?:amounts|figures|dollars|u\.?s\.?\s+dollars)\s+)?(?:(?:expressed\s+)?in\s+)?"
    r"(?:u\.?s\.?\s*\$|us\$|\$|€|£|¥|usd|eur|gbp|chf|cad|aud|sek|dkk|nok|jpy)?\s*(?:in\s+)?"
    r"(?P<scale>thousands?|millions?|['’]?000['’]?s?)\b[^()\n]{0,80}\)"  # "(Thousand A$’s)"
    r"|^[ \t]*(?:\$|us\$|€|£)\s+in\s+(?P<scale_line>thousands|millions)\b",
    re.IGNORECASE | re.MULTILINE,
)
PER_SHARE_ROW = re.compile(
    r"\bper\s+(?:basic\s+|diluted\s+|common\s+|ordinary\s+|weighted[- ]average\s+)*"
    r"(?:share|unit|ADS|ADR)s?\b|\bEPS\b",
    re.IGNORECASE,
)


def _scaled_tables(text: str) -> list[tuple[int, int, float]]:
    """Where a financial table declares its unit, and how far it runs: (start, end, scale); a
    statement's heading with no unit opens a table of whole figures (scale 1.0)."""
    lowered = text.lower()
    tables = []
    if "thousand" in lowered or "million" in lowered or "000" in text:
        for declared in TABLE_SCALE.finditer(text):
            word = (declared["scale"] or declared["scale_line"]).lower()
            scale = 1e6 if word.startswith("million") else 1e3  # "thousands", "'000", "000s"
            prose = PROSE_LINE.search(text, declared.end())  # (running text resumes)
            tables.append((declared.end(), prose.start() if prose else len(text), scale))
    if "statement" in lowered or "balance sheet" in lowered or "financial data" in lowered:
        scaled = [start for start, _, _ in tables]
        for heading in STATEMENT_HEADING.finditer(text):
            if any(start <= heading.start() < end for start, end, _ in tables):
                continue
            prose = PROSE_LINE.search(text, heading.end())
            end = prose.start() if prose else len(text)
            # (a unit declared under the heading scales the table from there on)
            end = min([end] + [start for start in scaled if start > heading.end()])
            tables.append((heading.end(), end, 1.0))
    return sorted(tables)


# a financial statement's heading alone on its line: "CONDENSED STATEMENTS OF OPERATIONS",
# "Consolidated Balance Sheets", "Selected Financial Data"; its figures restate the text's
STATEMENT_HEADING = re.compile(
    r"^[ \t]*(?:(?:condensed|consolidated|unaudited|interim|selected|summary)[ \t]+)*"
    r"(?:statements?[ \t]+of[ \t]+(?:(?:consolidated|comprehensive)[ \t]+)*(?:operations|income"
    r"|loss|comprehensive[ \t]+(?:income|loss)|cash[ \t]+flows|financial[ \t]+position)"
    r"|balance[ \t]+sheets?(?:[ \t]+data)?|financial[ \t]+data)"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


ROW_REACH = 400  # characters of a table row's line read either side of a figure


def _table_row(
    text: str, tables: list[tuple[int, int, float]], at: int
) -> tuple[float, bool, tuple[int, int] | None]:
    """The scale of the table a figure at ``at`` sits in (1.0 outside any), whether its row
    is by the share ("Net loss per share", "EPS": never scaled; "Proceeds from issuance of
    common shares" is a sum), and the row's line (None outside a table)."""
    for start, end, scale in tables:
        if start <= at < end:
            # (a row's line, read at most ROW_REACH characters each way)
            line_start = text.rfind("\n", max(start, at - ROW_REACH), at) + 1
            line_start = max(line_start, at - ROW_REACH)
            line_end = text.find("\n", at, at + ROW_REACH)
            line_end = line_end if line_end != -1 else min(len(text), at + ROW_REACH)
            line = text[line_start:line_end].rstrip(" \t|")
            if line.endswith((".", "!", "?")):
                return 1.0, False, None  # a sentence, no row: "Grant income of $500,000 in May."
            if PER_SHARE_ROW.search(text, line_start, at):
                return 1.0, True, (line_start, line_end)
            return scale, False, (line_start, line_end)
    return 1.0, False, None


# A sum the text says is another of its size, no printing again of the first: "an initial
# payment to Seragen of $5 million ... upon the payment to Seragen of an additional $5 million"
ANOTHER_SUM_BEFORE = re.compile(
    r"\b(?:additional|another|further|second|third|fourth|fifth|subsequent)\s+"
    r"(?:(?:cash|one-time|lump-sum)\s+)?(?:US|USD|EUR|€|£|\$)?\s*$",
    re.IGNORECASE,
)
ANOTHER_SUM_CHARS = 30


def _another_sum(text: str, item: MoneyMatch) -> bool:
    return (
        ANOTHER_SUM_BEFORE.search(
            text, max(0, item.span_start - ANOTHER_SUM_CHARS), item.span_start
        )
        is not None
    )


def _printed_elsewhere_with_kind(text: str, item: MoneyMatch, other: MoneyMatch) -> bool:
    """Whether ``item``, a payment with no cue of its own whose sentence still speaks of a
    payment, is printed in another sentence as ``other``, which names its kind."""
    return (
        item.kind_rule == "money_no_cue"
        and other.sentence_start != item.sentence_start
        and not item.per_unit
        and PAYMENT_WORDS.search(text, item.sentence_start, item.sentence_end) is not None
    )


def _kinds_printed_before(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """A payment printed again with no cue of its own, its sentence still speaking of a payment,
    is of the kind its first printing names: the headline's "EUR11.3m Milestone Payments" over
    the body's "Payments totaled EUR11.3 million" (rule ``money_kind_printed_before``); never a
    cost that happens to match a revenue figure."""
    named: dict[tuple[float, str], MoneyMatch] = {}
    for index, item in enumerate(found):
        key = (item.amount, item.currency)
        first = named.get(key)
        if (
            first is not None
            and _printed_elsewhere_with_kind(text, item, first)
            and not _another_sum(text, item)
        ):
            found[index] = replace(item, kind=first.kind, kind_rule="money_kind_printed_before")
        elif item.kind in PAYMENT_KINDS and not item.per_unit and key not in named:
            named[key] = item
    return _kinds_printed_after(text, found)


def _kinds_printed_after(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """A payment printed first with no cue of its own, its sentence speaking of a payment, is of
    the kind the next printing of the same sum names: "Zeta receives a payment of 45 million US
    dollars ..." over "... receives an upfront payment of 45 million US dollars" (rule
    ``money_kind_printed_after``), so that the printing that counts carries the kind."""
    named: dict[tuple[float, str], MoneyMatch] = {}
    for index in range(len(found) - 1, -1, -1):
        item = found[index]
        key = (item.amount, item.currency)
        if item.kind in PAYMENT_KINDS and not item.per_unit and not _another_sum(text, item):
            named[key] = item  # the nearest later printing that names a kind
            continue
        later = named.get(key)
        if later is not None and _printed_elsewhere_with_kind(text, item, later):
            found[index] = replace(item, kind=later.kind, kind_rule="money_kind_printed_after")
    return found


# a symbol and its colon right before a quote in parentheses: "(NEU: $5.45)"
TICKER_QUOTE_BEFORE = re.compile(r"\(\s*[A-Z]{1,6}(?:\.[A-Z]{1,3})?\s*:\s*$")
# the words between a range's two ends: "$14 to $16", "$9.35 - $21.00", "between $2 and $3"
RANGE_BETWEEN = re.compile(r"\s*(?:to|-|–|—|and)\s*")
# a range named as one after its high end: "$11 to $13 target range", "$14 to $16 range"
PRICE_RANGE_AFTER = re.compile(
    r"\s+(?:(?:target|price|expected|filing|proposed|marketing)\s+)?range\b", re.IGNORECASE
)


# a headline's payment of one kind ("Zeta Gains Milestone Payment"), its sum left to the lead
HEADLINE_PAYMENT = re.compile(
    r"\b(?:milestone|upfront|up-front|up\s+front|royalty)\s+payments?\b", re.IGNORECASE
)
# ... and every kind it names: "Upfront and Milestone Payments" names two
HEADLINE_KIND = re.compile(
    r"\b(?P<kind>milestones?|upfront|up-front|up\s+front|royalty|royalties)\b", re.IGNORECASE
)


def _headline_kind(word: str) -> str:
    """The kind money_kinds.csv gives a headline's word ("Milestone", "Up-Front")."""
    return dict(_kind_cues())[" ".join(word.lower().split())]


def kind_named_by_headline(
    text: str, found: list[MoneyMatch], headline: tuple[int, int] | None, lead: int
) -> list[MoneyMatch]:
    """The lead's one payment with no cue of its own is of the one kind of payment the headline
    names without a sum: "Evotec Gains Milestone Payment" over "Evotec has received a $6 million
    payment from Omega" (rule ``money_kind_named_by_headline``); never where the headline prints
    a sum (its kind goes to its own printing) or names two kinds, nor a sum sharing its
    sentence with another."""
    if headline is None or any(headline[0] <= m.span_start < headline[1] for m in found):
        return found
    kinds = {_headline_kind(m["kind"]) for m in HEADLINE_KIND.finditer(text, *headline)}
    body = [(i, m) for i, m in enumerate(found) if m.span_start >= headline[1]]
    if len(kinds) != 1 or not body or HEADLINE_PAYMENT.search(text, *headline) is None:
        return found
    index, item = body[0]
    if (
        item.span_start >= lead
        or item.kind_rule != "money_no_cue"
        or item.per_unit
        or any(m.sentence_start == item.sentence_start for _, m in body[1:])
        or PAYMENT_WORDS.search(text, item.sentence_start, item.sentence_end) is None
    ):
        return found
    found = list(found)
    found[index] = replace(item, kind=kinds.pop(), kind_rule="money_kind_named_by_headline")
    return found


@dataclass(frozen=True)
class MoneyRole:
    """What one amount is among the release's money: a sum to count, or not."""

    restated: bool  # the same amount and currency was printed in an earlier sentence
    part_of: int | None  # span start of the stated total it is a part of
    announced: bool  # False: the release recalls it (paid before, background, About)


def in_totals(item: MoneyMatch, role: MoneyRole) -> bool:
    """Whether a sum may add the amount: announced, first printed, not a part of a stated
    total, not the price of one share."""
    return role.announced and not role.restated and role.part_of is None and not item.per_unit


# "a US$30 million upfront payment which includes a US$22 million licence fee"; "up to $385
# million including a $50 million up-front payment"; "$2 million, $0.5 million of which".
PARTS_FOLLOW = re.compile(
    r"\b(?:including|includes|include|included|comprising|comprises|comprise|comprised of"
    r"|consisting of|consists of|made up of|composed of|split into|divided into|of which"
    r"|in the form of)\b",  # "an aggregate of $10.0 million ... in the form of a $4.5 million ..."
    re.IGNORECASE,
)
PART_OF_PREVIOUS = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*of which\b", re.IGNORECASE)
# the base a figure grew or fell from, right before a recall cue that dates it ("from £572,000
# last year")
BASE_BEFORE_CUE = re.compile(
    # (its qualifier and its period's article too: "rose to $14.5 million from nearly $12
    # million in the year-earlier period")
    r"\bfrom\s+(?:(?:nearly|about|approximately|around|roughly|almost|over|more\s+than"
    r"|less\s+than|just\s+(?:over|under))\s+)?\S{0,4}\d[\d.,]*(?:\s?(?:k|m|bn|million|billion))?"
    r"\s+(?:(?:in|for|during)\s+the\s+)?(?:[a-z]+-)?$"  # ("the year-earlier period")
)
BASE_BEFORE_CHARS = 60
# Money the sentence places in the past: "has already received", "to date", "previously".
# A prior period's figure set beside the current one
COMPARED_REACH = 60
CURRENCY_MARK = r"(?:Rs\.?|INR|₹|US\$|\$|€|£|¥)"  # what prints before a figure compared
COMPARED = re.compile(
    r"\b(?:compar(?:ed|es) (?:to|with)|relative to|versus|vs\.?|as against)\s"
    # "... to Rs 639.5 crore against Rs 611.4 crore", "up 22 per cent from Rs 499 crore"
    rf"|\bagainst\s(?={CURRENCY_MARK}?\s?\d|$)"
    # "up 22 per cent from", "a 38% increase from the previous quarter", "up 5% on last year"
    r"|\d\s*(?:%|per\s?cent|percent)\s+(?:(?:increase|decrease|rise|growth|gain|decline|drop"
    r"|jump|improvement|reduction)\s+)?(?:from|on)\s"
    # a figure it grew or fell from: "grew to Rs 1,720 crore ..., from Rs 1,578 crore", "up from
    # Rs 1501 crore", "increased from $1.2 million to $2.5 million" (never a range's floor)
    # (past its qualifier: "rose to $14.5 million from nearly $12 million")
    rf"|(?<!ranging )(?<!range )\b(?P<base>from)\s(?:(?:nearly|about|approximately|around|roughly"
    rf"|almost)\s)?(?={CURRENCY_MARK}\s?\d|$)"
    # or the result it swung from, named: "swung to net finance income of £161,355 from net
    # finance expense of £160,301", "narrowed to £1.1m from a loss of £1.8m"
    rf"|\b(?P<named_base>from)\s(?:an?\s)?(?:net\s)?(?:finance\s|operating\s)?"
    rf"(?:income|expense|loss|profit)\sof\s(?={CURRENCY_MARK}\s?\d|$)"
    # or the period it labels: "a 24% increase over the previous year's revenues of $1.2 million"
    r"|\bover\s(?=(?:the\s)?(?:previous|prior|preceding|last|same|year-ago)\b)",
    re.IGNORECASE,
)
# what ties a sum to the deal named after it: "as part of", "under", "pursuant to"
PART_OF_BEFORE_CUE = re.compile(
    r"\b(?:as\s+part\s+of|under|pursuant\s+to|in\s+connection\s+with)\s+(?:(?:the|its|their)\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}$"
)
# an event the sum came after, dated by the cue: "has closed a $12.8 million placement tranche
# after receiving shareholder approval at the company's AGM last month" (the approval's date)
AFTER_EVENT_BEFORE_CUE = re.compile(r"\b(?:after|following)\s+[^,;]*$")
# an offering priced now that was announced before: its price and proceeds are the news ("has
# priced its previously announced underwritten public offering ..., resulting in gross
# proceeds of $14.0 million")
PRICED_BEFORE_CUE = re.compile(
    r"\b(?:priced|prices|upsized|upsizes|(?:pricing|upsizing)\s+of)\s+(?:(?:the|its|their)\s+)?$"
)
PRICED_CHARS = 30
WENT_TO_BEFORE = re.compile(r"\s(?:to|at)\s+(?:approximately\s+|about\s+|around\s+)?$")
# or labelled with its year in parentheses, as British results print it: "Revenue up 20 per cent
# to GBP14.6 million (2011: GBP12.2 million)", "£0.5m (2007: £2.6m)"
PRIOR_PERIOD_LABEL = re.compile(  # also a span of quarters or a day: "(Q1-Q2 2018: € 10.9
    # million)", "(December 31, 2018: € 454.7 million)", "(30 June 2022: £3,154k)", and a fiscal
    # year of two digits: "(H1 FY22: £22k)"
    r"\(\s*(?:(?:FY\s?|H[12]\s|Q[1-4](?:\s?[-–]\s?Q[1-4])?\s|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s"
    r"|\d{1,2}\s[A-Z][a-z]{2,8}\s)?(?:19|20)\d\d(?:/\d\d)?|(?:H[12]\s)?FY\s?\d\d)\s*:\s*$"
    # a half's, quarter's or fiscal year's label needs no colon: "Revenue of £4.4 million (H1
    # 2011 £5.0 million)"
    r"|\(\s*(?:H[12]|Q[1-4]|FY)\s?(?:19|20)\d\d(?:/\d\d)?\s+$",
    re.IGNORECASE,
)
# ... or labelled after it, inside its parenthesis: "£1.3m (£1.0m FY16)", "£77k (£22k H1 FY22)"
PRIOR_PERIOD_AFTER = re.compile(
    r"\s*(?:(?:H[12]|Q[1-4])\s)?(?:FY\s?\d{2,4}|(?:19|20)\d\d)\s*\)", re.IGNORECASE
)
# a share's quote that a date after it dates, not the sentence's money
QUOTE_BEFORE_DATE = re.compile(
    r"(?:\b(?:closing|share|stock)\s+price\b[^.;]{0,40}|\bper\s+share\s*"
    r"|\bclosed\s+at\s+\S+\s*)$",
    re.IGNORECASE,
)
QUOTE_REACH = 60
CUE_LABEL_CHARS = 12  # "vs. prior year", "compared to the prior year": a comparison's own label
# a superlative and the date it holds since: the date is the record's
RECORD_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|first|most|best|greatest|strongest)\b[^.;]{0,80}?"
    r"\bsince\b",
    re.IGNORECASE,
)
RECALL_CUES = re.compile(
    # ("previously agreed levels" are terms, not money paid: "on achieving sales at previously
    # agreed levels")
    r"\b(?:previously(?!\s+(?:agreed|negotiated|set|specified|established|defined|determined)\b)"
    # (never a milestone's cumulative sales: "upon the achievement of specified cumulative
    # sales targets")
    r"|to date|already|originally|since inception"
    r"|cumulative(?:ly)?(?!\s+(?:(?:net|annual|worldwide|global|product)\s+)?(?:sales|revenues?)\b)|"
    # (never an alternative date or a bound: "beginning January 1, 2029, or earlier under certain
    # circumstances", "no earlier than 2029", "earlier than expected")
    r"(?<!\bor )earlier(?![- ]stage| than\b)|last year|last fiscal|last month|previous fiscal|"
    rf"{TIME_AGO}|"  # "a deal three years ago", "two months ago"
    # what the news comes a while after: "The deal comes a year after Zeta raised $150 million"
    r"(?:comes?|came|coming|arrives?|arrived)\s+(?:(?:just|only|nearly|almost|about|roughly"
    r"|more\s+than|less\s+than)\s+)?(?:a|an|one|two|three|four|five|six|\d{1,2}|several"
    r"|a\s+few)\s+(?:days?|weeks?|months?|years?|decades?)\s+after|"
    # "As announced last December", "signed last spring"
    rf"last (?:week|quarter|spring|summer|autumn|fall|winter|{MONTH_WORDS})|"
    r"year-ago|"
    # "Back in May, Merck paid $47 million upfront", "back in 2019"
    rf"back in (?:{MONTH_WORDS}|(?:19|20)\d\d)\b|"
    r"(?:previous|prior|preceding)[ -](?:year|quarter|period)|a quarter ago|"
    r"in the past|"
    r"(?:bringing|brings|brought|taking|takes|took) (?:the |its )?(?:[a-z-]+ )?totals?\b|"
    # "Protherics will have received a total of GBP26.3 million in milestone payments since the
    # deal was signed": all paid so far
    r"will have (?:received|earned|been paid)|"
    # "With this payment, the company has received a total of $100 million in 2007"
    r"(?:has|have) (?:now |so far |thus far )?(?:received|earned|been paid) a total of|"
    # "This brought to a total of $48.4 million the amount raised"
    r"(?:brought|brings|bringing|took|takes|taking) (?:it )?to a total\b|"
    # "The US$3 million payment brings to US$8 million the payments received"
    r"(?:brought|brings|bringing) to(?= \S*\d)|"
    r"had (?:paid|received|earned)|"
    # what was due before a deal changed: "replaces the U.S.$5 million milestone that Beta
    # would have been required to pay"
    r"would\s+have\s+(?:been\s+)?(?:required\s+to\s+pay|paid|received|earned|due|payable)|"
    # the terms of the deal before it changed: "As part of the original agreement, Zeta received"
    r"(?:under|in|as part of|per|according to) the (?:original|initial) (?:agreement|deal|contract"
    r"|licen[cs]e(?: agreement)?|collaboration|partnership|terms))\b",
    re.IGNORECASE,
)
# the news's verb of coming after something, the sum its object: "The deal follows a $40
# million Series B", "comes on the heels of Zeta's $50 million IPO"
FOLLOWS_BEFORE = re.compile(
    rf"{FOLLOWS}(?:(?:a|an|the|its|their|his|her|[A-Z][\w-]*['’]s)\s+)?(?:[\w.,-]+\s+){{0,2}}?"
    r"[$€£]?$",
    re.IGNORECASE,
)
FOLLOWS_CHARS = 80
CUMULATIVE_CUE = re.compile(
    r"(?:bringing|taking|brought|brings|took|takes|has|have)\b", re.IGNORECASE
)
# a clause of its own opening after a sum: "..., and will no longer be eligible for", "; the"
LATER_CLAUSE = re.compile(
    r"[;]\s|,\s+(?:and|but|while|whereas)\s|\s(?:and|but|while|whereas)\s+(?:it\s+|they\s+)?"
    r"(?:will|would|is|are|was|were|has|have|had|no\s+longer|also)\b",
    re.IGNORECASE,
)
COUNTERFACTUAL_CUE = re.compile(r"would\s+have\b", re.IGNORECASE)
SUM_PRINTED = re.compile(r"[$€£¥]\s?\d|\d\s?(?:million|billion|m|bn)\b", re.IGNORECASE)
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A date the sentence puts its money at: "in March 2011", "on July 2, 2012", "in 2009".
ANNOUNCED_BEFORE_DATE = re.compile(
    r"\b(?:announcement|announcements|release|notice|circular)\s+"
    r"(?:(?:made|dated|published|issued|released)\s+)?$",
    re.IGNORECASE,
)
SENTENCE_DATE = re.compile(
    # (its day before its month too: "expected to take place on 5 October 2021"; "During 2003,
    # Zeta received ..." in a 2004 release)
    rf"\b(?:in|on|during)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{MONTH})\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:(?:H[12]|[12]H|Q[1-4]|[1-4]Q|FY)\s?)?"  # a period's label: "(... CHF 533 mn in H1 2022)"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


TITLE_LINE_WORDS = 16  # a title's line is at most this long
# a demonstrative before a payment's word and "of": the sum named before ("this milestone of
# A$9 million", "the same payment of $5 million")
THIS_SUM_BEFORE = re.compile(
    r"\b(?:this|that|these|those|the\s+same|the\s+said|the\s+above)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:payments?|milestones?|fees?|sums?|amounts?)\s+of\s+(?:approximately\s+|about\s+|~)?$",
    re.IGNORECASE,
)
THIS_SUM_CHARS = 60


def _on_a_title_line(text: str, item: MoneyMatch) -> bool:
    """Whether ``item`` stands on a line of its own set as a title: short, most words
    capitalised, no stop at its end ("Pharmaxis Receives US$7m Milestone")."""
    from transform.headline import title_like  # headline reads money's cues: import when asked

    start = text.rfind("\n", 0, item.span_start) + 1
    end = text.find("\n", item.span_end)
    line = text[start : len(text) if end == -1 else end].strip()
    return (
        # (split no further than a title's words: a run-on line of thousands of sums is read
        # once per sum)
        len(line.split(maxsplit=TITLE_LINE_WORDS)) <= TITLE_LINE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and title_like(line)
    )


def money_roles(
    text: str,
    amounts: list[MoneyMatch],
    body_start: int,
    background_start: int,
    published: dt.date | None,
) -> list[MoneyRole]:
    """The role of each amount (see MoneyRole). The headline block (before ``body_start``)
    restates what the body prints, so there the body's mention counts; in the body the first.
    ``background_start`` is where the About, forward-looking or contact sections begin;
    ``published`` dates the release, so that a sentence dated before it ("paid $25 million in
    October 2012") is recalled history."""
    announced = [_announced(text, item, background_start, published) for item in amounts]
    for index in range(1, len(amounts)):
        if _prior_figure_in_parenthesis(text, amounts[index - 1], amounts[index]):
            announced[index] = False  # "Operating loss of NOK 45.2 million (NOK 38.9 million)"
    printed: dict[tuple[float, str], list[int]] = {}  # each sum's mentions, found once
    for index, item in enumerate(amounts):
        printed.setdefault((item.amount, item.currency), []).append(index)
    roles = []
    for index, item in enumerate(amounts):
        same = [
            (amounts[other], announced[other])
            for other in printed[(item.amount, item.currency)]
            if other != index
        ]
        if item.span_start < body_start:  # the headline block restates the body
            restated = any(
                a.span_start >= body_start or a.span_start < item.span_start for a, _ in same
            ) or (  # a figure the body does not print sums the body's ("Zeta raises $15m" over
                # "$12 million ... and an additional $3 million"): the body's sums count
                not item.per_unit
                and any(
                    a.span_start >= body_start
                    and not a.per_unit
                    and a.currency == item.currency
                    # (a part is smaller than its sum: "$210 million in cash at closing" is no
                    # part of a subheading's "$100 million private placement")
                    and a.amount < item.amount
                    for a in amounts
                )
            )
        elif _on_a_title_line(text, item):  # the title printed again in the body, over its
            # lead ("Pharmaxis Receives US$7m Milestone"): the lead's sum counts
            restated = any(
                a.span_start > item.span_start and a.currency == item.currency for a, _ in same
            )
        else:  # the same sum printed again; a past payment of the same size is another one,
            # but a price per share is the same price wherever it is printed; "an additional $5
            # million" is another
            restated = not _another_sum(text, item) and any(
                body_start <= a.span_start < item.span_start
                and a.sentence_start != item.sentence_start
                and (a_announced == announced[index] or a.per_unit or item.per_unit)
                # an upfront and a milestone of one size are two sums, never one printed twice
                and (a.kind == item.kind or "other" in (a.kind, item.kind))
                for a, a_announced in same
            )
        # a sum the text points back to, of a kind an earlier sum of the body is: "... received
        # a US$7 million (~A$9.2 million) milestone ... and this milestone of A$9 million"
        restated = restated or (
            item.span_start >= body_start
            and THIS_SUM_BEFORE.search(
                text, max(0, item.span_start - THIS_SUM_CHARS), item.span_start
            )
            is not None
            and any(
                body_start <= a.span_start < item.span_start and a.kind == item.kind
                for a in amounts[:index]
            )
        )
        # the same sum converted, in parentheses after it: "400 million euros ($434 million)"
        restated = restated or (index > 0 and _converted(text, amounts[index - 1], item))
        # a financial table's figure: the statements restate the periods the text reports (and
        # print the year before beside them), never new money to add
        restated = restated or item.tabled
        part_of = _part_of(text, item, amounts[:index])
        roles.append(MoneyRole(restated, part_of, announced[index]))
    roles = _parts_said_to_be_included(text, amounts, _parts_in_next_sentence(text, amounts, roles))
    roles = _net_of_gross(text, amounts, _totals_of_sums_before(text, amounts, roles))
    return _tranches_of_facility(amounts, roles)


def _tranches_of_facility(amounts: list[MoneyMatch], roles: list[MoneyRole]) -> list[MoneyRole]:
    """A loan's tranche is a part of the facility printed before it, the last larger sum of
    financing in its currency: "up to $50 million in term loans. Zeta drew $15 million at
    closing. An additional $35 million will be available ..." adds $50 million, never $100."""
    for index, item in enumerate(amounts):
        if item.kind_rule != "money_loan_tranche" or roles[index].part_of is not None:
            continue
        facility = [
            a
            for a in amounts[:index]
            if a.kind == "financing"
            and a.kind_rule != "money_loan_tranche"
            and a.currency == item.currency
            and not a.per_unit
            and item.amount < a.amount
        ]
        if facility:
            roles[index] = replace(roles[index], part_of=facility[-1].span_start)
    return roles


# what an offering's net proceeds are called before their amount, in its clause: "the net
# proceeds from the offering will be approximately $290.6 million", "net proceeds of"
NET_PROCEEDS_BEFORE = re.compile(r"\bnet\s+proceeds\b[^.;,$€£¥]{0,80}$", re.IGNORECASE)
NET_SHARE = 0.75  # net proceeds are at least this share of the gross (fees of a few per cent)
# what the proceeds pay for: "intends to use a portion of the net proceeds to pay the cost of the
# capped call transactions, approximately $33.6 million", "$20 million of the net proceeds"
USES_PROCEEDS_BEFORE = re.compile(
    r"\b(?:use|uses|used|using|apply|applies|applied)\b[^.;]{0,100}\bproceeds\b[^.;]{0,120}$",
    re.IGNORECASE,
)
OF_THE_PROCEEDS_AFTER = re.compile(
    r"\s+of\s+(?:the|its|such|these|those)\s+(?:(?:net|gross)\s+)?proceeds\b", re.IGNORECASE
)


def _net_of_gross(text: str, amounts: list[MoneyMatch], roles: list[MoneyRole]) -> list[MoneyRole]:
    """An offering's net proceeds are a part of its gross sum printed before them, never a second
    sum to add: "$300 million aggregate principal amount ... the net proceeds from the offering
    will be approximately $290.6 million"; so is what the proceeds pay for ("to use a portion of
    the net proceeds to pay the cost of the capped call transactions, approximately $33.6
    million": a part of the $290.6 million)."""
    for index, item in enumerate(amounts):
        if roles[index].part_of is not None or item.per_unit or item.kind != "financing":
            continue
        net = NET_PROCEEDS_BEFORE.search(text, item.sentence_start, item.span_start)
        spent = OF_THE_PROCEEDS_AFTER.match(text, item.span_end) or USES_PROCEEDS_BEFORE.search(
            text, item.sentence_start, item.span_start
        )  # a sum the proceeds pay is a part of them too
        if net is None and spent is None:
            continue
        gross = [
            a
            for a, role in zip(amounts[:index], roles, strict=False)
            if a.kind == "financing"
            and a.currency == item.currency
            and not a.per_unit
            and role.announced == roles[index].announced
            and (spent is not None or NET_SHARE * a.amount <= item.amount)
            and item.amount < a.amount
        ]
        if gross:
            roles[index] = replace(roles[index], part_of=gross[-1].span_start)
    return roles


TOTAL_OF_REACH = 8  # earlier sums a total after them may add up
SUM_TOLERANCE = 0.005  # parts that add up to a total within half a per cent (rounding)


def _totals_of_sums_before(
    text: str, amounts: list[MoneyMatch], roles: list[MoneyRole]
) -> list[MoneyRole]:
    """A total named after the sums it adds up: "... an upfront payment of $1.35 billion.
    Contingent payments of up to $5.55 billion ... Total payments under the agreement have the
    potential to reach up to $6.90 billion" (a sum of sums counted: restated)."""
    for index, total in enumerate(amounts):
        role = roles[index]
        if (
            total.per_unit
            or role.restated
            or role.part_of is not None
            or not (
                TOTAL_WORD.search(text, total.sentence_start, total.span_start)
                # a sum the text points back to with its article: "The $6.6 million received
                # or to be received from AstraZeneca" after $4.1 million and $2.5 million
                or THE_SUM_BEFORE.search(
                    text, max(total.sentence_start, total.span_start - 8), total.span_start
                )
            )
        ):
            continue
        added, count = 0.0, 0
        # its own sentence's sums too when the total is named right before it: "Arrowhead will
        # get $35 million ... and Amgen will invest $21.5 million ... for a total of $56.5 million"
        own_sentence = (
            TOTAL_RIGHT_BEFORE.search(
                text,
                max(total.sentence_start, total.span_start - TOTAL_WORD_CHARS),
                total.span_start,
            )
            is not None
        )
        for other in range(index - 1, max(-1, index - 1 - TOTAL_OF_REACH), -1):
            part, part_role = amounts[other], roles[other]
            if part.sentence_start == total.sentence_start and not own_sentence:
                continue
            if (
                part.currency != total.currency
                or part.per_unit
                or part_role.restated
                or part_role.part_of is not None
                or not part_role.announced
            ):
                continue
            added += part.amount
            count += 1
            if added >= total.amount * (1 - SUM_TOLERANCE):
                break
        if count >= 2 and abs(added - total.amount) <= SUM_TOLERANCE * total.amount:
            roles[index] = replace(role, restated=True)
    return roles


# A sentence that says the sum before it includes its own: "... a $1.2 billion upfront payment
# to Innovent. The payment includes a $100 million equity investment ..."
INCLUDED_OPENS = re.compile(
    r"\W*(?:The|This|That|Such)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:payments?|sum|amount|consideration"
    r"|fees?|deal|transaction|price|proceeds|financing|round|offering|placement)\s+"
    r"(?:includes|include|included|comprises|consists\s+of"
    r"|is\s+made\s+up\s+of)\b"
)


def _parts_said_to_be_included(
    text: str, amounts: list[MoneyMatch], roles: list[MoneyRole]
) -> list[MoneyRole]:
    for index, part in enumerate(amounts):
        if roles[index].part_of is not None or part.per_unit:
            continue
        if INCLUDED_OPENS.match(text, part.sentence_start, part.span_start) is None:
            continue
        before = [
            (other, amount)
            for other, amount in enumerate(amounts[:index])
            if amount.sentence_end <= part.sentence_start
            and not text[amount.sentence_end : part.sentence_start].strip()
            and amount.currency == part.currency
            and amount.amount > part.amount
            and not amount.per_unit
        ]
        if not before:
            before = _total_further_back(amounts, index)
        if len(before) == 1:
            roles[index] = replace(roles[index], part_of=before[0][1].span_start)
    return roles


INCLUDED_REACH = 1_000  # the characters back to a total a later sentence says is made up of parts


def _total_further_back(amounts: list[MoneyMatch], index: int) -> list[tuple[int, MoneyMatch]]:
    """The sum a sentence's parts make up, when a sentence or paragraph without money stands
    between them ("Acme received $40 million ... The payment comprises a $20 million fee and a
    $20 million equity purchase"): the last sum before within reach, and only when the parts
    add up to it, as "the payment" may name one that printed no sum."""
    part = amounts[index]
    parts = [
        other
        for other in amounts
        if other.sentence_start == part.sentence_start
        and other.currency == part.currency
        and not other.per_unit
    ]
    earlier = [
        (other, amount)
        for other, amount in enumerate(amounts[:index])
        if amount.sentence_end <= part.sentence_start
    ]
    if not earlier:
        return []
    other, total = earlier[-1]
    if (
        part.sentence_start - total.sentence_end > INCLUDED_REACH
        or total.currency != part.currency
        or total.per_unit
        or abs(sum(p.amount for p in parts) - total.amount) > SUM_TOLERANCE * total.amount
    ):
        return []
    return [(other, total)]


# a sum named as a whole: "The total contract value is $34.5 million", "a deal worth $50 million"
TOTAL_WORD = re.compile(
    r"\b(?:total|totals|totalling|totaling|aggregate|worth|valued|value|in\s+all|combined)\b",
    re.IGNORECASE,
)
TOTAL_WORD_CHARS = 60
THE_SUM_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")
# a total named right before its amount: "for a total of", "totaling", "in total", "combined"
# (or a deal's total size: "for a total deal size of approximately", "a combined value of")
TOTAL_RIGHT_BEFORE = re.compile(
    r"\b(?:(?:for|to|at)\s+)?(?:a\s+(?:total|combined)\s+(?:(?:deal|transaction|contract)\s+)?"
    r"(?:(?:value|size|worth)\s+)?(?:of\s+)?|totall?ing\s+|in\s+total\s+"
    r"|an?\s+aggregate\s+of\s+)(?:up\s+to\s+|about\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)


def _parts_in_next_sentence(
    text: str, amounts: list[MoneyMatch], roles: list[MoneyRole]
) -> list[MoneyRole]:
    """A total a sentence names, printed in parts the next sentence adds up to exactly: "The
    total contract value is $34.5 million. The agreement includes an upfront payment of $2.5
    million and milestones of $32 million" (the parts count, the total is their sum); or a
    deal's worth, printed in parts by the next sentence that prints money, sentences without
    any between: "... signed a $26 million contract with Omega ... Zeta will receive $2
    million of upfront and up to $24 million of milestone payments"."""
    for index, total in enumerate(amounts):
        deal_value = total.kind_rule == "money_deal_value"
        if (
            total.per_unit
            or roles[index].restated
            or roles[index].part_of is not None
            or not (
                deal_value
                or TOTAL_WORD.search(
                    text,
                    max(total.sentence_start, total.span_start - TOTAL_WORD_CHARS),
                    total.span_end,
                )
            )
        ):
            continue
        parts: list[int] = []
        added = 0.0
        for other in range(index + 1, len(amounts)):
            part = amounts[other]
            if part.sentence_start < total.sentence_end:
                continue  # its own sentence's: a bundle's parts are read there
            if parts and part.sentence_start != amounts[parts[0]].sentence_start:
                break  # the parts are one sentence's
            if (
                text[total.sentence_end : part.sentence_start].strip()
                if not deal_value
                else part.sentence_start - total.sentence_end > INCLUDED_REACH
            ):
                break  # only the very next sentence (a deal's worth: the next with money)
            if part.currency != total.currency or part.per_unit or roles[other].restated:
                continue
            parts.append(other)
            added += part.amount
            if added >= total.amount:
                break
        if len(parts) >= 2 and abs(added - total.amount) <= SUM_TOLERANCE * total.amount:
            for other in parts:
                roles[other] = replace(roles[other], part_of=total.span_start)
    return roles


# what opens a converted sum's parentheses: "(about $434 million)", "(or US$4.31 billion)",
# after the first sum's code too: "$4.5 million USD (approximately 36.5 MSEK)"
CONVERTED_OPENS = re.compile(
    # (the sum's kind may stand between: "€12m upfront (approx. $13m)", "$5 million in cash")
    r"(?:\s+[A-Z]{3}\b)?(?:\s+(?:up-?front|in\s+cash|cash))?\s*\(\s*"
    r"(?:(?:approximately|approx\.|about|around|roughly|some|c\.|ca\.|c(?=\s)|or|"
    r"equivalent\s+to|equal\s+to|~|≈|over|nearly|almost|just\s+(?:over|under)|more\s+than"
    r"|less\s+than)\s*)?"
)
# (with the rate's date or source: "(approx. DKK 21 million on the date of the agreement)",
# "(EUR 9 million at current exchange rates)")
# (or a footnote's mark on the rate: "(28.03 billion JPY*1)")
CONVERTED_CLOSES = re.compile(
    r"\s*(?:\*+\d{0,2})?(?:,?\s*(?:on|at|as\s+of|based\s+on|using)\s+[^()\n$€£¥]{1,60}?)?\)"
)


CONVERTED_OR = re.compile(r",\s*or\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?")
# (its currency's name after it: "..., or around $177 million Australian dollars for the ...")
CONVERTED_OR_CLOSES = re.compile(
    r"\s*(?:,|\.(?!\d)|;|$)|\s+(?:[A-Z][a-z]+\s+){1,2}(?:dollars|euros|pounds|francs|yen|yuan)\b"
)


def _converted(text: str, before: MoneyMatch, item: MoneyMatch) -> bool:
    """Whether ``item`` is ``before`` converted into another currency, in parentheses right
    after it: "400 million euros ($434 million)", "US$105 million (116 billion won)", or printed
    again in its named dollar: "$3.4 million (AU$3.4 million)"."""
    if item.currency == before.currency and item.amount != before.amount:
        return False
    return (
        CONVERTED_OPENS.fullmatch(text, before.span_end, item.span_start) is not None
        and CONVERTED_CLOSES.match(text, item.span_end) is not None
    ) or (  # between commas: "4 million euros, or about $5 million, upon approval"
        item.currency != before.currency
        and CONVERTED_OR.fullmatch(text, before.span_end, item.span_start) is not None
        and CONVERTED_OR_CLOSES.match(text, item.span_end) is not None
    )


def _may_hold(total: str, part: str) -> bool:
    """Whether a total of kind ``total`` may hold a part of kind ``part``: the same kind, a
    bundle or a kind not named, an upfront or a milestone paid partly as an equity investment
    ("$10.0 million ... in the form of a $4.5 million payment in cash and a $5.5 million equity
    investment"), or milestones said to include what is paid at signing ("up to USD 50 million in
    milestone payments, including USD 5 million paid at signing")."""
    return total == part or "other" in (total, part) or (total, part) in MAY_HOLD


MAY_HOLD = frozenset(
    {("upfront", "financing"), ("milestone", "financing"), ("milestone", "upfront")}
)


def _part_of(text: str, item: MoneyMatch, earlier: list[MoneyMatch]) -> int | None:
    # ("of which" names the part of the sum right before it, whatever kind its own words give
    # it: "a $10 million upfront payment, $5 million of which is creditable against royalties")
    of_which = PART_OF_PREVIOUS.match(text[item.span_end : item.sentence_end]) is not None
    totals = [
        a
        for a in earlier
        if a.sentence_start == item.sentence_start
        and a.currency == item.currency
        and a.amount > item.amount
        and not a.per_unit
        # a part is of its total's kind, or the total bundles kinds: "$200m upfront payment and
        # ... regulatory milestones, including $60m upon approval" (no part of the upfront)
        and (of_which or _may_hold(a.kind, item.kind))
    ]
    if item.per_unit or not totals:
        return None
    if of_which:
        return totals[-1].span_start
    for total in reversed(totals):
        if PARTS_FOLLOW.search(text, total.span_end, item.span_start):
            return total.span_start
    return None


# An analysts' estimate is no money of the issuer's: "the $14.74 million consensus analyst
# estimate", "The consensus estimate ... was a net loss of $0.25", "the $1 loss per share analysts
# expected" (in the amount's phrase: never past a comma, "$5 million, above the consensus ...")
ESTIMATE = (
    # (the figure it estimates between: "the average analysts' revenue estimate of $480.7 million")
    # (or who polled them: "Five analysts surveyed by Zacks expected $3.4 million")
    r"(?:consensus|analysts?['’]?\s+(?:(?:surveyed|polled)\s+by\s+(?:[A-Z][\w&.]*\s+){1,4})?"
    r"(?:had\s+)?(?:(?:revenue|sales|earnings|eps|profit|loss"
    r"|average|mean|median)\s+){0,2}(?:estimat|expect|forecast|project|predict)\w*"
    # a research house's own valuation: "We value Basilea at CHF921.7m or CHF77.8/share"
    r"|we\s+(?:now\s+)?value|our\s+(?:valuation|price\s+target|target\s+price)"
    # an analyst's price target: "upgraded Acme's stock and raised his price target to $7"
    r"|(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:price\s+target|target\s+price))"
)
# (never past a comparison, which the actual figure makes: "revenue of $6 million trounced the
# average analysts' revenue estimate")
COMPARED_TO = (
    r"(?:above|below|beat|beats|beating|topped|tops|trounced|missed|misses|versus|vs|compared"
    r"|against|exceed\w*|surpass\w*|ahead|short)"
)
ESTIMATE_AFTER = re.compile(rf"(?:(?!\b{COMPARED_TO}\b)[^,;.]){{0,60}}?\b{ESTIMATE}", re.IGNORECASE)
ESTIMATE_BEFORE = re.compile(rf"\b{ESTIMATE}\b[^,;.]{{0,80}}$", re.IGNORECASE)


RELATIVE_CHARS = 160


def _in_relative_clause(
    sentence: str, cue_start: int, cue_end: int, amount_start: int, amount_end: int
) -> bool:
    """Whether a cue sits in a relative clause set off by commas before the amount, about
    something other than money: "the trial, which follows ... an IND earlier this year," before
    "triggers a $1 million milestone" (never "the milestone, which Zeta received earlier,")."""
    opens = [
        m for m in RELATIVE_OPENS.finditer(sentence, max(0, cue_start - RELATIVE_CHARS), cue_start)
    ]
    if not opens:
        return False
    opened = opens[-1].start()
    if sentence.find(",", opens[-1].end(), cue_start) != -1:
        return False  # the clause closed before the cue: "Ms. Roe, who joins Zeta from Omega,
        # was previously CFO of Beta, where she raised $100 million" (the sentence's own cue)
    closed = sentence.find(",", cue_end)
    if closed == -1 or closed > amount_start or amount_end <= opened:
        return False  # the amount inside the clause, or before it
    antecedent = sentence[:opened].rsplit(" ", 1)[-1].casefold().rstrip(")")
    return antecedent not in context_words("payer_noun") | context_words("money_noun")


def _in_named_ones_clause(sentence: str, amount_end: int, at: int) -> bool:
    """Whether ``at`` (a date) sits in a relative clause after the amount about a company or a
    person, the word before its comma a name or a ticker's bracket ("from Pfizer Inc.
    (NYSE:PFE), which acquired Pharmacia in 2003,"); never the sum's own ("a $5 million
    payment, which Omega paid in 2019")."""
    opens = list(RELATIVE_OPENS.finditer(sentence, amount_end, at))
    if not opens or sentence.find(",", opens[-1].end(), at) != -1:
        return False
    before = sentence[: opens[-1].start()].rstrip()
    last = before.rsplit(" ", 1)[-1]
    return last.endswith(")") or (last[:1].isupper() and not SUM_PRINTED.search(last))


def _estimated(sentence: str, start: int, end: int) -> bool:
    return bool(ESTIMATE_AFTER.match(sentence, end) or ESTIMATE_BEFORE.search(sentence, 0, start))


# a market's size and a level of sales a payment is set at: no money of the issuer's
NO_MONEY_OF_ITS_OWN = frozenset({"money_market_size", "money_sales_level"})


NOT_PAID_CHARS = 80  # the words before a sum read for a payment refused or sent back


def _announced(
    text: str, item: MoneyMatch, background_start: int, published: dt.date | None
) -> bool:
    if item.span_start >= background_start or item.kind_rule in NO_MONEY_OF_ITS_OWN:
        return False  # the About section's money, or a market's size: no money of the issuer's
    sentence = text[item.sentence_start : item.sentence_end]
    amount_start = item.span_start - item.sentence_start
    amount_end = item.span_end - item.sentence_start
    if _estimated(sentence, amount_start, amount_end):
        return False  # analysts' figure, not the issuer's
    if NOT_PAID_AFTER.match(sentence, amount_end) or NOT_PAID_BEFORE.search(
        sentence, max(0, amount_start - NOT_PAID_CHARS), amount_start
    ):
        return False  # a sum the text says will not be paid: "the $15 million milestone payment
        # ... that was due upon approval will not be paid in 2020"
    if FOLLOWS_BEFORE.search(sentence, max(0, amount_start - FOLLOWS_CHARS), amount_start):
        return False  # what the news follows: "The deal follows a $40 million Series B that
        # Zeta closed in March" (never "followed by $10 million upon approval")
    for cue in RECALL_CUES.finditer(sentence):
        if (
            cue.start() >= amount_end
            and COUNTERFACTUAL_CUE.match(cue.group())
            and SUM_PRINTED.search(sentence, amount_end, cue.start())
        ):
            continue  # "an upfront payment of €5 million, which replaces the U.S.$5 million
            # milestone that Beta would have been required to pay": the later sum's clause
        if cue.start() >= amount_end and (
            (later := SUM_PRINTED.search(sentence, amount_end, cue.start()))
            and LATER_CLAUSE.search(sentence, amount_end, later.start())
        ):
            continue  # a later clause's sum the cue recalls: "a one-time payment of $35 million
            # to Zeta and will no longer be eligible for the remaining $120 million in milestones
            # under the original agreement" (the $35 million is the news)
        if cue.start() >= amount_end and CUMULATIVE_CUE.match(cue.group()):
            continue  # the new sum before the running total: "received a $5 million milestone,
            # bringing the total received to $20 million" (the $20 million is recalled)
        if cue.start() >= amount_end and any(
            CUMULATIVE_CUE.match(other.group())
            for other in RECALL_CUES.finditer(sentence, amount_end, cue.start())
        ):
            continue  # ... and the running total's own words after it: "bringing the total
            # payments under the agreement to $11 million to date"
        if cue.start() >= amount_end and PART_OF_BEFORE_CUE.search(
            sentence, amount_end, cue.start()
        ):
            continue  # the deal the sum belongs to, recalled, not the sum: "has received $4
            # million from Celtic Pharma as part of the previously announced sale of ..."
        if cue.start() >= amount_end and AFTER_EVENT_BEFORE_CUE.search(
            sentence, amount_end, cue.start()
        ):
            continue  # the event it came after: "... tranche after receiving shareholder
            # approval at the company's AGM last month"
        if cue.start() >= amount_end and RECORD_SINCE.search(sentence, amount_end, cue.start()):
            continue  # a record's date, not the sum's: "$376.7 million, the largest offering
            # ... since the sector began a significant selloff nearly a year ago"
        labels = COMPARED.finditer(sentence, max(0, cue.start() - CUE_LABEL_CHARS), cue.end())
        if any(label.start() < cue.start() for label in labels):
            continue  # the compared figure's label: "Revenues were $543 million vs. prior year"
        if cue.end() <= amount_start and BASE_BEFORE_CUE.search(
            sentence, max(0, cue.start() - BASE_BEFORE_CHARS), cue.start()
        ):
            continue  # another base's date: "losses widened to £651,000 from £572,000 last year,
            # while revenue increased to £2.4 million": the £2.4 million is this year's
        if _in_relative_clause(sentence, cue.start(), cue.end(), amount_start, amount_end):
            continue  # another thing's time: "the trial, which follows the FDA's acceptance of
            # an IND earlier this year, triggers a 1.0 million euro milestone"
        if PRICED_BEFORE_CUE.search(sentence, max(0, cue.start() - PRICED_CHARS), cue.start()):
            continue  # an offering announced before, priced now: its sums are the news
        if _in_later_parenthesis(sentence, amount_end, cue.start()):
            continue  # another figure's: "a loss of CHF 13 mn (loss of CHF 233 mn in the
            # corresponding period of the previous year)"
        comparison = COMPARED.search(sentence, amount_end, cue.start())
        if comparison is None:
            return False  # a cue after a comparison recalls the compared figure, not this one:
            # "net loss ... was $3,250,000, compared to $2,736,000 for the same period last year"
    # "..., compared to a net loss of $41.0 million, or $0.98 per share": the prior period's
    # figures, within a few words of the comparison (not "vs. prior year (...), driven by ...")
    before = text[max(item.sentence_start, item.span_start - COMPARED_REACH) : item.span_start]
    if PRIOR_PERIOD_LABEL.search(before):
        return False
    if text[item.span_start - 1 : item.span_start] == "(" and PRIOR_PERIOD_AFTER.match(
        text, item.span_end
    ):
        return False
    compared = [  # "from" is the base of the figure right after it only ("from $90m to $104m")
        m
        for m in COMPARED.finditer(before)
        if not (m["base"] or m["named_base"]) or m.end() == len(before)
    ]
    if (
        compared
        and not re.search(r"[);]", before[compared[-1].end() :])
        # (the figure it went to after the comparison is this period's: "decreased 56.8% from
        # the prior-year quarter to $6.2 million")
        and not WENT_TO_BEFORE.search(before, compared[-1].end())
    ):
        return False
    if _earlier_year_paired(sentence, amount_start):
        return False  # "Revenues for the fourth quarter of 2000 and 1999 were $110,000 and
        # $2,477,000 respectively": the second is 1999's
    if published is None:
        return True
    comparison = COMPARED.search(sentence)
    for match in SENTENCE_DATE.finditer(sentence):
        if comparison and comparison.start() < match.start():
            continue  # "..., compared to $8.1 million in 2021": the comparison's date
        if _in_later_parenthesis(sentence, amount_end, match.start()):
            continue  # "CHF 267 mn (loss of CHF 533 mn in H1 2022)": the figure in brackets'
        quote = QUOTE_BEFORE_DATE.search(
            sentence, max(0, match.start() - QUOTE_REACH), match.start()
        )
        if quote:  # "the closing price ... of $37.02 per share on February 26, 2010" dates the
            continue  # quote, not the sentence's money
        if match.start() > amount_end and _in_named_ones_clause(
            sentence, amount_end, match.start()
        ):
            continue  # the payer's history: "a $7.5 million milestone payment from Pfizer Inc.
            # (NYSE:PFE), which acquired Pharmacia in 2003, upon initiation of ..."
        if ANNOUNCED_BEFORE_DATE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # an earlier announcement's date: "Further to the announcement made on 30
            # November 2023 regarding a proposed placing, ... it has raised £4.0 million"
        if match.start() > amount_end and SIGNED_BEFORE_DATE.search(
            sentence, max(0, match.start() - SIGNED_REACH), match.start()
        ):  # "triggered a US$10 million milestone payment ... under the terms of the agreement
            continue  # with AstraZeneca PLC signed in December 2011": the deal's date
        month = _month_number(match["month"]) if match["month"] else 12
        if (int(match["year"]), month) < (published.year, published.month):
            return False
    dated_deal = DATED_DEAL_PAID.search(sentence, 0, amount_start)
    if dated_deal and int(dated_deal["year"] or dated_deal["month_year"]) < published.year:
        return False  # "Amgen's first milestone payment from a 2016 agreement that gave
        # Arrowhead $56.5 million upfront" (in a 2018 article): what the old deal paid
    if SENTENCE_DATE.search(sentence) is None and not NOW_WORDS.search(sentence):
        # a paragraph of history: "In June 2017, Basilea signed a license agreement with
        # Pfizer ... Basilea received a CHF 70 million upfront payment" (in a 2018 release)
        reach = max(0, item.sentence_start - PARAGRAPH_REACH)  # a hostile text's one paragraph
        paragraph = max(text.rfind("\n\n", reach, item.sentence_start), reach)  # is read once
        if PAST_PAYMENT.search(sentence):
            paragraph = _one_sentence_paragraphs_before(text, paragraph, reach)
        for opener in PARAGRAPH_DATED.finditer(text, paragraph, item.sentence_start):
            month = _month_number(opener["month"]) if opener["month"] else 12
            if (int(opener["year"]), month) < (published.year, published.month):
                return False
    return True


# a payment told in the past tense: a story's next sentence may go on with what a dated one began
PAST_PAYMENT = re.compile(
    r"\b(?:paid|received|got|gave|earned|collected|agreed\s+to\s+pay)\b", re.IGNORECASE
)
ONE_SENTENCE_PARAGRAPHS = 3  # a wire's paragraphs of one sentence each, read back as one


def _one_sentence_paragraphs_before(text: str, paragraph: int, reach: int) -> int:
    """Where the story a wire tells in paragraphs of one sentence each opens, read back from
    the paragraph at ``paragraph`` ("In 2015, Zeta struck a deal with Omega." / "Omega got
    global rights." / "Omega paid Zeta $50 million up front.": one story of 2015)."""
    for _ in range(ONE_SENTENCE_PARAGRAPHS):
        if paragraph <= reach:
            break
        previous = max(text.rfind("\n\n", reach, paragraph - 1), reach)
        chunk = text[previous:paragraph]
        body_start = previous + len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        last_sentence_start = sentence_bounds(text, paragraph - 2, paragraph - 1)[0]
        if not body or "\n" in body or last_sentence_start > body_start:
            break  # a paragraph of several sentences, or of several lines
        paragraph = previous
    return paragraph


# years listed, and as many sums listed after them, paired "respectively"
YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:19|20)\d\d)+\b")
YEAR = re.compile(r"(?:19|20)\d\d")
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
SUM_MARK = re.compile(r"(?:[$€£¥]|\b[A-Z]{3}[ ]?)\d")


def _earlier_year_paired(sentence: str, amount_start: int) -> bool:
    """Whether a sentence pairs the sum at ``amount_start`` "respectively" with a year before
    the latest it lists: the sums it lists after its years, as many as the years, in order."""
    if "respectively" not in sentence.lower():
        return False
    closing = RESPECTIVELY.search(sentence, amount_start)
    years = None
    for found in YEAR_LIST.finditer(sentence, 0, amount_start):
        years = found
    if closing is None or years is None:
        return False
    sums = [m.start() for m in SUM_MARK.finditer(sentence, years.end(), closing.start())]
    listed = [int(y) for y in YEAR.findall(years.group())]
    if len(sums) != len(listed) or amount_start not in sums:
        return False
    return listed[sums.index(amount_start)] < max(listed)


# the verb that dates an agreement named after the amount: "... under the agreement with Beta
# signed in December 2011", "... the collaboration, which began in 2016"
SIGNED_BEFORE_DATE = re.compile(
    r"\b(?:signed|entered\s+into|executed|dated|concluded|initiated|formed|established|began"
    r"|started|inked|struck)\s*$",
    re.IGNORECASE,
)
SIGNED_REACH = 30
# a deal its year names, and what it paid, in the past tense, before the amount: "a 2016
# agreement that gave Arrowhead $56.5 million", "the 2011 deal, which paid Zeta"
DEAL_NOUNS = (
    r"(?:agreements?|deals?|pacts?|licen[cs]es?|collaborations?|partnerships?|alliances?"
    r"|contracts?|transactions?)"
)
DATED_DEAL_PAID = re.compile(
    rf"\b(?:a|an|the|its|their|our|his|her)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,3}}?"
    # (or under which a party paid it: "a 1996 collaboration under which Omega paid Zeta $10
    # million up front")
    rf"{DEAL_NOUNS}\s*,?\s+(?:(?:that|which)\s+|(?:under|by|through|in)\s+which\s+"
    r"(?:[\w&.'-]+\s+){1,4}?)(?:had\s+)?(?:gave|given|paid|brought"
    r"|provided|generated|earned|yielded|included|netted)\b(?:[^.;]|\.(?=\d))*$"
    # or under whose terms the company received it: "Under the terms of the November 2022
    # licensing agreement, C4XD received an initial $2 million upfront payment" (never a later
    # clause's sum: "... and is potentially entitled to receive up to $400 million")
    # (or paid under it: "Under a 2015 agreement, Omega paid Zeta $10 million upfront", "Under
    # the companies' 2015 license agreement, Omega made a $10 million payment")
    rf"|\b(?:the|its|their|a|an)\s+(?:[\w-]+['’]s?\s+)?(?:{MONTH}\s+)?"
    rf"(?P<month_year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{DEAL_NOUNS}\b[^.;]{{0,60}}?\b(?:received|was\s+paid|were\s+paid|got|collected|obtained"
    r"|paid|made|gave)\b"
    r"(?:(?!\band\s+(?:is|are|was|will|may|could|can|would)\b)(?:[^.;]|\.(?=\d)))*$",
    re.IGNORECASE,
)


# a sentence of the paragraph that opens with a date: "In June 2017, Basilea signed ..."
PARAGRAPH_DATED = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?][ ]))[ \t]*(?:In|On|During)\s+(?:(?P<month>{MONTH})\s+"
    r"(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d),",
    re.IGNORECASE,
)
PARAGRAPH_REACH = 3000  # characters of its paragraph read back from an amount's sentence
NOW_WORDS = re.compile(r"\b(?:today|now|this\s+(?:week|month|quarter|year))\b", re.IGNORECASE)


# the words between a figure and a prior period's figure in parentheses right after it, and
# after that figure: nothing but the bracket ("Revenues of SEK 12.4 million (SEK 8.1 million)")
OPENS_PRIOR_FIGURE = re.compile(r"[ \t]*\([ \t]*[-–−]?[ \t]*")
CLOSES_PRIOR_FIGURE = re.compile(r"[ \t]*\)")


def _prior_figure_in_parenthesis(text: str, figure: MoneyMatch, other: MoneyMatch) -> bool:
    """Whether ``other`` stands alone in a parenthesis right after ``figure``, in its currency:
    the prior period's figure a results release sets beside it, with no label ("Operating loss
    of NOK 45.2 million (NOK 38.9 million)"); a sum in another currency there converts it."""
    return (
        other.currency == figure.currency
        and other.amount != figure.amount
        and not other.per_unit
        and OPENS_PRIOR_FIGURE.fullmatch(text, figure.span_end, other.span_start) is not None
        and CLOSES_PRIOR_FIGURE.match(text, other.span_end) is not None
    )


def _in_later_parenthesis(sentence: str, amount_end: int, position: int) -> bool:
    """Whether ``position`` lies in a parenthesis opened after the amount ending at
    ``amount_end``: what it says is said of the figure inside it."""
    opened = sentence.rfind("(", amount_end, position)
    return opened != -1 and ")" not in sentence[opened:position]


def _month_number(text: str) -> int:
    prefix = text.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(prefix))
