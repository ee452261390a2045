"""Links between the fields of one release: who pays whom for what, and who a deal is with.

An amount's payer, payee, compound and trigger, and an event's counterparty, compound, territory
and the year a deal was made, are read from the amount's (or event's) sentence, then from the
sentence before it in the same paragraph ("Amgen submitted an IND ... This event triggers a $1
million milestone payment to ImmunoGen."). Cue words live in lexicons/link_cues.csv.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import ahocorasick

from transform.compounds import DOSE_WORD
from transform.drug_vocabulary import word_list_drugs
from transform.headline import CONTACT_WORDS
from transform.lexicon import (
    academic_heads,
    alias_map,
    company_trade_words,
    descriptor_words,
    link_cue_scan,
    link_cues,
    name_openers,
    only_unit_words,
    phrase_titles,
    place_names,
    title_words,
    words_alternation,
)
from transform.literals import Led
from transform.money import CONVERTED_OPENS, NOT_MILESTONE_EVENTS, barred_row
from transform.organizations import (
    DEFINED_NAME,
    LOWER_OPENER,
    a_person,
    company_key,
    founder_surname,
    is_regulator,
    one_company,
    without_legal_form,
)
from transform.people import DESK_LABELS, FORMER_POST, FORMERLY, HONORIFIC, TWO_WORD_NAME
from transform.records import ROLE_ORDER
from transform.repair.vocabulary import given_names, word_counts
from transform.repair.words import CAMEL_STEM, FUNCTION_WORDS
from transform.text_spans import LIST_POINT, PARENTHESIS, printings, sentence_bounds

PAID_KINDS = frozenset({"milestone", "upfront", "royalty"})
# Kinds no event earns: an upfront payment, royalties, revenue and financing take a trigger only
# from the words right after them ("an upfront payment of $20 million upon signing"), never from
# the milestones their sentence lists next
UNTRIGGERED_KINDS = frozenset({"upfront", "royalty", "revenue", "financing"})
UNEARNED_KINDS = frozenset({"revenue", "financing"})  # no event earns them: no trigger
OWN_WORDS_CHARS = 40
# milestones of several kinds named together: what earns each is not said
MILESTONE_KIND = (  # ("regulatory approval", "commercial sales": one kind each)
    r"(?:development(?:al)?|clinical|regulatory(?:\s+approval)?"
    r"|(?:first[- ])?(?:commercial(?:\s+sales)?|sales)"  # "development and first-sales"
    r"|registration|approval|launch|commerciali[sz]ation"
    r"|manufacturing|technical|research|discovery|performance)"  # "... and manufacturing-based"
    r"(?:[- ]based)?"
)
MILESTONE_KINDS = re.compile(
    rf"\b{MILESTONE_KIND}(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+){MILESTONE_KIND})+"
    r"\s+milestones?\b",
    re.I,
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# The event another amount of the sentence is paid on, printed right after it: "XENE will
# receive ..., a $25M milestone payment triggered by the FDA acceptance of the XEN901 IND ..., up
# to $1.7B in additional milestones" (the IND earns the $25M, not the $1.7B)
OWN_EVENT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:[a-z-]+\s+){0,3}?(?:payments?|fees?)\s+"
    r"(?:(?:that\s+(?:was|is|will\s+be)\s+)?triggered\s+by|payable\s+(?:up)?on|due\s+(?:up)?on)"
    # or right after it: "comprised of a payment of £250,000 upon regulatory approval of ..."
    r"|(?:in\s+(?:[a-z-]+\s+){0,2}?(?:payments?|milestones?)\s+"
    # ... past its payee: "a $10.0 million upfront payment to Omega Inc. (Omega) upon execution"
    r"|(?:[a-z-]+\s+){0,2}?(?:payments?|fees?)\s+to\s+[^,;]{1,60}?\s+)?"
    r"(?:upon|following|once|when))"
    r"\s+[^,;.()]{3,100}",
    re.I,
)


# ... or the clause that leads to a later amount: "milestones could reach up to $91 million,
# with potential milestones based on specified annual sales levels of up to $86 million" (the
# sales levels bound the $86 million, not the $91 million)
OWN_CLAUSE_BEFORE = re.compile(
    r"(?:,\s*(?:with|and|plus|while|including)|;|\band|\bplus)\b(?P<own>[^,;.()]{3,150})$", re.I
)


# ... or the payments another amount names right after it: "up to $300 million in sales
# milestones" (the sales are only the $300 million's trigger)
OWN_PAYMENT_AFTER = re.compile(
    r"\s+in\s+(?:[a-z-]+,?\s+){0,4}?(?:milestones?|milestone\s+payments?|payments?)\b", re.I
)


# ... or another amount's kind of payment after a comma, in a list of sums each with its own:
# "development milestones of $7.5 million, approval milestones of $20 million, and sales
# milestones of $55 million" (the approval is only the $20 million's)
OWN_KIND_BEFORE = re.compile(
    r",\s*(?P<own>(?:[a-z-]+\s+){1,3}?(?:milestones?|payments?|fees?)\s+(?:of\s+)?(?:up\s+to\s+)?)$",
    re.I,
)


def _others_events_blanked(
    text: str, left: int, right: int, span: tuple[int, int], spans: Sequence[tuple[int, int]]
) -> str:
    """The sentence ``text[left:right]`` with the events other amounts are paid on blanked."""
    sentence = text[left:right]
    for start, end in spans:
        if left <= start < right and (start, end) != span:
            # (never past this amount: "$5 million upon the start of a Phase 2 trial and $9
            # million upon approval")
            own = OWN_EVENT_AFTER.match(text, end, span[0] if end <= span[0] else right)
            if own:
                a, b = own.start() - left, own.end() - left
                sentence = sentence[:a] + " " * (b - a) + sentence[b:]
            named = OWN_PAYMENT_AFTER.match(text, end, right)
            if named:  # "... and up to $300 million in sales milestones": that sum's kind
                a, b = named.start() - left, named.end() - left
                sentence = sentence[:a] + " " * (b - a) + sentence[b:]
            if CONVERTED_OPENS.fullmatch(text, end, span[0]) or CONVERTED_OPENS.fullmatch(
                text, span[1], start
            ):
                continue  # one sum in two currencies: "CHF479 million ($604 million)"
            lead_in = (
                OWN_CLAUSE_BEFORE.search(text, span[1], start) if start >= span[1] else None
            ) or OWN_KIND_BEFORE.search(text, span[1] if start >= span[1] else left, start)
            if lead_in:
                a, b = lead_in.start("own") - left, lead_in.end("own") - left
                sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


NEXT_PAYMENT = re.compile(r"\b(?:plus|and|as well as|along with|in addition to)\b", re.I)
DEAL_EVENTS = frozenset({"licensing_deal", "collaboration", "acquisition"})
# events of the company alone, whatever other company their sentence names: its results, its
# people (a former employer is no party to them)
PARTYLESS_EVENTS = frozenset({"earnings", "executive_change"})
TRIAL_EVENTS = frozenset({"trial_start", "trial_results"})
# The year a sentence dates its deal by: "in 2004", "since 2007", "on March 3, 2009", "signed
# in June 2010". Four digits elsewhere ("the Act of 1976", "2007 agreement") are no deal year.
DEAL_YEAR = re.compile(
    r"\b(?:in|since|during|on)\s+(?:(?:early|mid|late)[- ]?)?"
    r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Named:
    """A name found in the release, with its span: an organisation or a compound."""

    name: str
    span_start: int
    span_end: int
    printed: str | None = None  # the name as the release prints it, when it differs


@dataclass(frozen=True)
class MoneyLink:
    payer: str | None
    payee: str | None
    compound: str | None
    trigger: str | None
    by_default: bool = False  # a side taken for the issuer or the company near, not read
    read: tuple[str | None, str | None] = (None, None)  # the sides the sentence states


@dataclass(frozen=True)
class EventLink:
    counterparty: str | None
    compound: str | None
    territory: str | None
    deal_year: int | None


def _issuer_name(issuer: str | None, organizations: list[Named]) -> str | None:
    """The issuer as the organisations table names it ("ImmunoGen, Inc." -> "ImmunoGen")."""
    if issuer is None:
        return None
    key = company_key(issuer)
    known = next((o.name for o in organizations if company_key(o.name) == key), None)
    return known or without_legal_form(issuer)


# A short name the release defines: 'Kyowa Seiyaku Co., Ltd. (TSE: 4599, "Kyowa")'
DEFINED_SHORT = re.compile(rf"\s*{DEFINED_NAME.pattern}")  # right after the company's name
# ... or as SEC filings define it: "Chongqing Jingdong Junzhuo Pharmaceutical Co., Ltd., or CJ."
OR_DEFINED = re.compile(r",?\s+or\s+(?P<name>[A-Z][\w&-]{1,15})(?=[,.;]\s)")
INITIALS_AFTER = re.compile(r"\s*\((?P<initials>[A-Z]{2,6})\)")  # never an exchange: "(NYSE)"
FACTS_AFTER = re.compile(r"\s*\([^()\"“”]{3,200}\)")  # "(Head Office: Osaka; CEO: ...)"


def _initials_after(text: str, name: str) -> str | None:
    """The initials the text gives ``name`` in parentheses where it prints it ("Bristol-Myers
    Squibb (BMS)"); never an exchange's ("Zeta Bio (NYSE)")."""
    for at in printings(text, name):
        initials = INITIALS_AFTER.match(text, at + len(name))
        if initials and initials["initials"].casefold() not in alias_map("exchanges"):
            return initials["initials"]
    return None


SHORT_FIRST_WORD_MIN = 4  # letters
LEADING_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+(?=[A-Z][a-z])")  # "H. Lundbeck A/S"


def _after_initials(name: str) -> str:
    """A name without the initials it opens with: "Lundbeck A/S" of "H. Lundbeck A/S"."""
    initials = LEADING_INITIALS.match(name)
    return name[initials.end() :] if initials else name


SHORT_FIRST_WORD_RARER = 300  # occurrences in the English word list: "Bayer" 50, "Seattle" 992


def short_names(text: str, companies: list[Named]) -> list[Named]:
    """Other ways a release names its companies: a short name it defines in parentheses, or the
    first word of the name when that word is no common English word nor a given name
    ("Nordlicht" of "Nordlicht Therapeutics"; never "Seattle" or "Eli")."""
    return list(_short_names(text, tuple(companies)))


def _issuer_aliases(text: str, issuer: str | None, printed: str | None) -> list[Named]:
    """Other names the issuer's own release calls it by: the first word of its name even when
    the word is common English ("Spectrum" of "Spectrum Pharmaceuticals"; never a given name),
    and initials it defines in parentheses ("Bristol-Myers Squibb (BMS)")."""
    return list(_issuer_aliases_of(text, issuer, printed))  # read once for every amount


@lru_cache(maxsize=8)
def _issuer_aliases_of(text: str, issuer: str | None, printed: str | None) -> tuple[Named, ...]:
    if not issuer:
        return ()
    aliases = []
    first, *rest = _after_initials(issuer).split(" ")
    if (
        rest
        and _short_enough(first)
        and first.isalpha()
        and first[:1].isupper()
        and first.casefold() not in given_names()
    ):
        aliases.append(Named(issuer, -1, -1, first))
        capitals = first.upper()
        if (
            capitals != first
            and capitals in text
            and re.search(rf"\b{re.escape(capitals)}\b", text)
        ):
            aliases.append(Named(issuer, -1, -1, first.upper()))  # "ONO receives" of "Ono
            # Pharmaceutical Co Ltd", as a brief prints its name in capitals
    for name in dict.fromkeys((printed or issuer, issuer)):  # in a fixed order
        initials = _initials_after(text, name)
        if initials:
            aliases.append(Named(issuer, -1, -1, initials))
            break
    symbol = _own_ticker_as_name(text, printed or issuer)
    if symbol:
        aliases.append(Named(issuer, -1, -1, symbol))  # "Exelixis (NASDAQ:EXEL) inks ... EXEL
        # will pay $10M upfront": a news page calls the company by its ticker
    if rest and first.isalpha() and len(rest[0]) >= SHORT_FIRST_WORD_MIN:
        # its first word with its word of the trade shortened or spelt out: "Sun Pharma will
        # pay" of "Sun Pharmaceutical Industries"
        second = rest[0].casefold()
        for other in re.finditer(rf"\b{re.escape(first)}\s+([A-Z][a-z]{{3,}})\b", text):
            word = other[1].casefold()
            if word != second and (second.startswith(word) or word.startswith(second)):
                aliases.append(Named(issuer, -1, -1, f"{first} {other[1]}"))
                break
    return tuple(aliases)


# the issuer's ticker in parentheses right after its name: "Exelixis (NASDAQ:EXEL)"
OWN_TICKER = re.compile(
    r"\s*\((?:[A-Za-z .]{2,20}:\s*)?(?P<symbol>[A-Z]{2,5})(?:\s*[-–,;][^)]{0,30})?\)"
)


def _own_ticker_as_name(text: str, name: str) -> str | None:
    """The issuer's ticker, printed after its name, when the text also calls the company by it
    alone ("EXEL will pay"), outside its parentheses."""
    at = text.find(name)
    ticker = OWN_TICKER.match(text, at + len(name)) if at >= 0 else None
    if ticker is None:
        return None
    symbol = ticker["symbol"]
    alone = [
        m.start()
        for m in re.finditer(rf"(?<![\w:(-]){re.escape(symbol)}(?![\w)-])", text)
        if not ticker.start() <= m.start() < ticker.end()
    ]
    return symbol if alone else None


def _short_enough(first: str) -> bool:
    """Whether a name's first word is long enough to name it alone: four letters, or three that
    English hardly uses ("Ono" of "Ono Pharmaceutical"; never "Sun" or "New")."""
    return len(first) >= SHORT_FIRST_WORD_MIN or (
        len(first) == SHORT_FIRST_WORD_MIN - 1
        and word_counts().get(first.casefold(), 0) < SHORT_FIRST_WORD_RARER
    )


# a release's amounts and people all ask, with the same companies
@lru_cache(maxsize=8)
def _short_names(text: str, companies: tuple[Named, ...]) -> tuple[Named, ...]:
    shorts = []
    for company in companies:
        printed = company.printed or company.name
        at = text.find(printed)
        described = FACTS_AFTER.match(text, at + len(printed)) if at >= 0 else None
        defined = (
            DEFINED_SHORT.match(text, at + len(printed))
            or OR_DEFINED.match(text, at + len(printed))
            # after the company's facts in parentheses, as Japanese releases print them: "JCR
            # Pharmaceuticals Co., Ltd. (Headquarters: Ashiya, Hyogo; ...) ("JCR")"
            or (DEFINED_SHORT.match(text, described.end()) if described else None)
            if at >= 0
            else None
        )
        if defined:
            shorts.append(Named(company.name, -1, -1, defined["name"]))
        initials = _initials_after(text, printed)
        if initials:  # "Cancer Therapy & Research Center (CTRC)": "at the CTRC" names it
            shorts.append(Named(company.name, -1, -1, initials))
        bare = without_legal_form(printed)  # "BioMS Medical will receive" of "BioMS Medical Corp."
        if bare != printed and " " in bare:
            shorts.append(Named(company.name, -1, -1, bare))
        *own_words, trade = bare.split(" ")  # "$5 million up front for Five Prime" of "Five
        if len(own_words) >= 2 and trade in company_trade_words():  # Prime Therapeutics Inc."
            shorts.append(Named(company.name, -1, -1, " ".join(own_words)))
        surname = founder_surname(bare)
        if surname:
            shorts.append(Named(company.name, -1, -1, surname))  # "Lilly" of "Eli Lilly"
        first, *rest = _after_initials(printed).split(" ")  # as printed: "DeveloGen" of
        # "DeveloGen AG", "Lundbeck" of "H. Lundbeck A/S"
        folded = first.casefold()
        if (
            rest
            and _short_enough(first)
            and first[:1].isupper()
            and first.isalpha()
            and (
                word_counts().get(folded, 0) < SHORT_FIRST_WORD_RARER
                or _named_alone(text, first, rest[0])
            )
            # a given name only before words of the trade: "Pieris" of "Pieris
            # Pharmaceuticals Inc.", never "Eli" of "Eli Lilly"
            and (folded not in given_names() or _trade_words_only(bare))
        ):
            shorts.append(Named(company.name, -1, -1, first))
        stem = CAMEL_STEM.match(first)  # "Astra" of "AstraZeneca", "Glaxo" of "GlaxoSmithKline"
        if stem and re.search(rf"\b{stem['stem']}(?![\w-])", text):  # printed alone too
            shorts.append(Named(company.name, -1, -1, stem["stem"]))
    return tuple(shorts)


# the word before a name a sentence prints inside it: a lower-case word, a comma or a colon
MID_SENTENCE_BEFORE = re.compile(r"(?:\b[a-z][a-z-]*|[,:;])[ \t]$")
# ... and after it a possessive, a mark, or a word of a sentence's frame, never one the word
# would qualify ("Innate will", "to Innate of $250 million", "Innate's"; never "Innate immune")
NAME_ALONE_AFTER = re.compile(
    r"['’]s\b|[,.;:)]|[ \t]+(?:of|and|or|to|for|in|on|at|with|from|as|by|will|would|shall|may"
    r"|might|can|could|has|had|have|is|was|are|were|said|says|announced|received|receives"
    r"|pays?|paid)\b"
)


def _named_alone(text: str, first: str, second: str) -> bool:
    """Whether a release names a company by its first word alone though the word is common
    English: the word in capitals inside a sentence, then a word of the sentence's frame, never
    the name's next word ("a payment to Innate of $250 million" of "Innate Pharma SA"; never
    "Spectrum" of "the Spectrum Health system", nor "Innate immune")."""
    for at in printings(text, first):
        end = at + len(first)
        if (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'’")) or (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            continue  # inside a word
        if text.startswith(f" {second}", end) or not NAME_ALONE_AFTER.match(text, end):
            continue
        if MID_SENTENCE_BEFORE.search(text, max(0, at - 30), at):
            return True
    return False


def _trade_words_only(bare: str) -> bool:
    """Whether a name's words after its first are words of the trade ("Pieris Pharmaceuticals",
    its legal form left out already)."""
    rest = bare.split(" ")[1:]
    return bool(rest) and all(word in company_trade_words() for word in rest)


def _window(text: str, start: int, end: int) -> tuple[int, int, int]:
    """The sentence around ``text[start:end]``, and the start of the sentence before it when
    both are in one paragraph."""
    left, right = sentence_bounds(text, start, end)
    row = barred_row(text, start, end)
    if row is not None:  # a table's row alone: "| Development milestones | up to $110 million |"
        return max(left, row[0]), max(left, row[0]), min(right, row[1])  # (never the next row's
        # "Sales milestones")
    paragraph = text.rfind("\n\n", 0, left)
    before = left
    if left > 0:
        previous_left, _ = sentence_bounds(text, max(0, left - 2), max(0, left - 1))
        if previous_left > paragraph:
            before = previous_left
    return before, left, right


class Mentions:
    """Every mention of some names in a text, found once with Aho-Corasick: what ``_inside``
    reads for each of many windows (a release may print thousands of phases or amounts). A name
    printed in lower case is found in a title's capitals too ("ravolimab", "Ravolimab")."""

    def __init__(self, text: str, items: list[Named]):
        self.items = items
        printed_names: dict[str, str] = {}
        for item in items:
            for printed in (item.printed or item.name, item.name):
                printed_names.setdefault(printed, item.name)
                if printed[:1].islower():  # an INN printed in lower case in the text, with
                    # capitals in a title: "Trial of Tolvicept in Generalized Myasthenia Gravis"
                    printed_names.setdefault(printed[0].upper() + printed[1:], item.name)
                    printed_names.setdefault(printed.upper(), item.name)
        found: dict[tuple[int, int], Named] = {(i.span_start, i.span_end): i for i in items}
        if printed_names:
            automaton = ahocorasick.Automaton()
            for printed in printed_names:
                automaton.add_word(printed, printed)
            automaton.make_automaton()
            for last, printed in automaton.iter(text):
                start = last - len(printed) + 1
                found.setdefault((start, last + 1), Named(printed_names[printed], start, last + 1))
        self._spans = _whole_mentions(text, found)
        self._starts = [span[0] for span, _ in self._spans]

    def within(self, start: int, end: int) -> list[Named]:
        """The mentions inside ``[start, end)``, in reading order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [named for span, named in self._spans[first:last] if span[1] <= end]


def _whole_mentions(
    text: str, found: dict[tuple[int, int], Named]
) -> list[tuple[tuple[int, int], Named]]:
    """Mentions in reading order, none inside a longer one ("huC242" in "huC242-DM4") or inside
    a word."""
    kept: list[tuple[int, int]] = []
    for span in sorted(found, key=lambda span: (span[0], -span[1])):
        if kept and span[0] < kept[-1][1]:
            continue
        if (span[0] > 0 and text[span[0] - 1].isalnum()) or (
            span[1] < len(text) and text[span[1]].isalnum()
        ):
            continue
        kept.append(span)
    return [(span, found[span]) for span in kept]


def _inside(items: list[Named] | Mentions, text: str, start: int, end: int) -> list[Named]:
    """Every mention of the items' names in ``text[start:end]``, in reading order (extractors
    report a name once; it may be printed again where a link is made)."""
    if isinstance(items, Mentions):
        return items.within(start, end)
    found: dict[tuple[int, int], Named] = {}
    for item in items:
        if start <= item.span_start and item.span_end <= end:
            found.setdefault((item.span_start, item.span_end), item)
        for printed in {item.printed or item.name, item.name}:
            at = text.find(printed, start, end)
            while at != -1:
                found.setdefault((at, at + len(printed)), Named(item.name, at, at + len(printed)))
                at = text.find(printed, at + len(printed), end)
    return [named for _, named in _whole_mentions(text, found)]


@cache
def _led_scan(kind: str) -> Led:
    """The cues of ``kind``, tried only where their opening words are printed."""
    return Led(link_cue_scan(kind)[0])


def _first_match(kind: str, text: str) -> str | None:
    """The value of the cue of ``kind`` nearest the start of ``text``."""
    values = link_cue_scan(kind)[1]
    match = _led_scan(kind).search(text)
    if match is None:
        return None
    return next(values[name] for name, found in match.groupdict().items() if found is not None)


VERB_CHARS = 200  # how far after a company its paying or receiving verb is read
ISSUERS_UNIT_AFTER = re.compile(r"(?:[ ][A-Z][a-z][\w-]*){1,2}(?=[ ,])")
# an apposition a comma opens right before a company's name: ", the French biopharma " + "Zeta
# SA, will get", "The licensee, " + "Omega Pharma, will pay"
APPOSITION_OPENED = re.compile(r",\s+(?:(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,4})?$")
APPOSITION_CHARS = 60


@cache
def _verb(kind: str, after_name: bool = False) -> re.Pattern[str]:
    """What follows a company that pays or receives: "will pay", "is eligible to receive", its
    possessive's "receipt of", past an apposition or a parenthesis ("Bristol-Myers Squibb (BMS)
    has paid", "Acme (Nasdaq: ACME) will pay"), a perfect tense's auxiliary and an adverb;
    ``after_name``, read right after the company's name, also past a first verb of its own."""
    cues = [pattern.pattern for pattern, _ in link_cues(kind)]
    # a first verb of its own before "and": "Novo Nordisk will extend the option agreement for
    # two years and will pay ZymoGenetics $7.5 million each year" (only where the company's
    # name is known to end: a scan of every position would try it at each)
    first_verb = r"(?:\s+(?:will|would|shall)\s+[a-z]+\b[^.;,:\n]{0,80}?\s+and(?=\s))?"
    return re.compile(
        r"(?:,[^,]{0,40},|\s*\([^()]{1,40}\)"
        # an apposition an article or a relative pronoun opens: "Halozyme, a U.S. firm that
        # developed the technology first and dominated the market, is known to receive"
        r"|,\s+(?:an?|the|which|who|whose)\s(?:[^,;.()\n]|\.(?!\s+(?-i:[A-Z])|\s*$)){1,110},"
        # or a relative pronoun whose verb it is: "Kappa (Nasdaq: KAPA), which is due a
        # milestone payment of $6 million"
        r"|(?:\s*\([^()]{1,40}\))?,\s+(?:which|who)(?=\s))?"
        + (first_verb if after_name else "")
        + r"(?:\s+|(?=['’]s\s))(?:(?:has|have|had)\s+)?"
        # a report of it: "is known to receive", "are said to receive", "is expected to pay"
        r"(?:(?:is|are|was|were)\s+(?:known|said|reported|understood|expected|set|likely)\s+"
        r"(?=to\s))?"
        # an adverb before the verb: "ArQule previously received", "Acme also will pay", "Zeta
        # itself earned"
        r"(?:(?:previously|already|also|recently|subsequently|then|now|itself|alone)\s+)?(?:"
        + "|".join(cues)
        + ")",
        re.IGNORECASE,
    )


# The issuer named by a pronoun before a paying or receiving verb: "it will receive $8 million",
# "we have made a $4 million payment"
ISSUER_PRONOUN = re.compile(r"\b(?:it|we|the company)$", re.IGNORECASE)
# ... but "it" in a sentence that opens on another company is that company: "Omega has been
# busy in the space: last year it paid $30 million upfront to Psi"
FIRST_PERSON_PRONOUN = re.compile(r"\b(?:we|the company)$", re.IGNORECASE)
# A company after "to" or "from" printed after the amount is the payee or payer in the amount's
# clause ("a $10 million milestone payment to Acme", "$25 million from Takeda"), not in a clause
# of its own ("$3 million to AMRI, following the start of a trial of a compound which has been
# licensed to BMS")
CLAUSE_BREAK = re.compile(
    r"\b(?:which|who|whom|whose|where|when|while|whereas|following|after|before|because"
    r"|although|since)\b|;",
    re.IGNORECASE,
)
# The issuer after "to" or "from" within this many characters after the amount: "a $7 million
# payment to the Company"
NEAR_AMOUNT_CHARS = 80
# an amount's own payee right after it: "USD 4 million to Zeta", "$5 million payment to the"
AMOUNT_TO = re.compile(  # (summed first: "up to ¥3.7 billion in total to JCR")
    r"\s+(?:in\s+(?:total|all|the\s+aggregate|aggregate)\s+)?(?:(?:[a-z-]+\s+){0,2}payments?\s+)?"
    r"to\s+(?:the\s+)?",
    re.IGNORECASE,
)
PAID_TO_CHARS = 100  # a company after "to" this far after an amount at most is its payee
# The issuer before an amount, this close, in the amount's phrase: "payments to Acme of up to
# $64 million"
ISSUER_BEFORE_CHARS = 30
ISSUER_OBJECT = re.compile(  # "us" in lower case: "to US$1.66" is a price
    r"\b(?:(?P<to>to)|from)\s+(?:the\s+company\b|(?-i:us)\b(?![$\d]))", re.IGNORECASE
)


def _after(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(text[max(0, start - 24) : start]))


# an amount's own source after it: "$1.7 million that Acme received from the sale of ...",
# "an equity investment of US$8 million ... by Merck KGaA"
OWN_SOURCE = re.compile(r"\b(?:from|by)\s")
OWN_SOURCE_CHARS = 120


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each clause break of ``text`` starts and ends, found once per text: words and
    semicolons, which never overlap, so one pass finds every break a search would."""
    starts, ends = [], []
    for match in CLAUSE_BREAK.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _same_clause(text: str, org: Named, span_end: int, span_start: int) -> bool:
    """Whether a company printed after the amount ending at ``span_end`` is in its clause (no
    break between them; searched per amount and company, a long text of amounts and names
    took time in the cube of its length); one printed before the amount at ``span_start`` is,
    unless a semicolon outside brackets parts them ("... License Second Program from Omega; Pays
    $15 Million Option Exercise Fee": the headline's subject pays)."""
    if org.span_start < span_end:
        if org.span_end > span_start:
            return True
        # (a parenthesis's semicolon ends no clause: "(NYSE: OMG; TSX: OMG)")
        return ";" not in PARENTHESIS.sub("", text[org.span_end : span_start])
    starts, ends = _clause_breaks(text)
    index = bisect.bisect_left(starts, span_end)
    return not (index < len(starts) and ends[index] <= org.span_start)


def _issuer_pronoun(
    text: str,
    left: int,
    span_start: int,
    own: frozenset[str] = frozenset(),
    another_subject: bool = False,
) -> str | None:
    """ "pays" or "receives" when a pronoun for the issuer pays or receives the amount at
    ``span_start``: "it will receive $8 million", "we made a $4 million payment". A pronoun
    that pays the issuer, named by one of the words ``own`` right after the verb, is another
    company: "It paid Hanmi US$50 million" (the issuer receives); so is "it" where
    ``another_subject`` (the sentence opens on another company)."""
    clause = text[left:span_start]
    pronoun = FIRST_PERSON_PRONOUN if another_subject else ISSUER_PRONOUN
    for kind in ("pays", "receives"):
        for match in _overlapping(_verb(kind), clause):
            if pronoun.search(clause[: match.start()].rstrip()) and not re.search(
                r"[;:]", clause[match.end() :]
            ):
                object_word = clause[match.end() :].split(None, 1)[:1]
                if kind == "pays" and object_word and object_word[0] in own:
                    return "receives"
                return kind
    return None


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, one from each start: "said it has received" and its "has
    received" both."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start() + 1


PAID_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying)\s+$", re.IGNORECASE)
ISSUER_WORDS = frozenset({"It", "We", "Company", "Group"})  # "It will receive", "The Company"
# a sum said to fall due to a name: "an immediate upfront payment of $0.5 million is due to CPF"
DUE_TO_NAME = re.compile(r"\b(?:due|payable|paid)\s+to\s+(?:the\s+)?(?P<word>[A-Z][\w&.'’-]*)")
DUE_TO_CHARS = 60  # after the amount


def _due_to_another(text: str, span_start: int, right: int, own: set[str]) -> bool:
    """Whether the amount's clause says it falls due to a name that is not the issuer's (one
    the organisations may not hold: "$0.5 million is due to CPF"): then the issuer receives
    nothing by default."""
    due = DUE_TO_NAME.search(text, span_start, min(right, span_start + DUE_TO_CHARS))
    return (
        due is not None
        and due["word"] not in own | ISSUER_WORDS
        and (due["word"] not in name_openers())
    )


CAPITALISED_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w&.’'-]*)$")


def _party_before_verb(text: str, left: int, span_start: int, kind: str, own: set[str]) -> bool:
    """Whether a name the organisations do not hold, and not the issuer's, pays or receives the
    amount at ``span_start`` ("The agreement entitles AMRO to receive up to $66m"): then the
    issuer takes no side by default."""
    clause = text[left:span_start]
    for match in _verb(kind).finditer(clause):
        word = CAPITALISED_BEFORE.search(clause, 0, match.start())
        name = word["word"] if word else None
        if name and name not in own | ISSUER_WORDS and name not in name_openers():
            return True
    return False


# "according to X" and "thanks to X" name a source or a cause, never a payee ("the amount
# due to Endo" does)
# (never a "to" of time or comparison: "prior to Zeta's announcement", "compared to Omega")
TO_BEFORE = re.compile(
    r"\b(?<!according )(?<!thanks )(?<!prior )(?<!compared )(?<!relative )(?<!similar )"
    r"(?:to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a company named before the things of its own, no side of a payment: "to contribute its
# technology to Pfizer drugs in a deal worth up to $515M"
OWNER_AFTER = re.compile(
    r"\s+(?!(?:as|is|was|has|its|this|plus|thus|less|unless|across|besides|whereas)\b)[a-z]+s\b"
)
# (where it is based may stand between: "from the US-based Medicis")
# one of a round's investors, none its payer: "a series B round led by Omega Ventures with
# participation from pharmaceutical company Beta Bio, venture capital firms ..."
# a company spun out of the one named before it, the party in its place: "from University of
# Edinburgh spin-out", "from the University of Edinburgh's spin-out Caledon Ltd."
SPUN_OUT_AFTER = re.compile(r"(?:['’]s)?[ -](?:spin-?(?:out|off)|start-?up)s?\b", re.IGNORECASE)
CO_INVESTOR_BEFORE = re.compile(
    # (each of a list: "participation from existing investors Omega Enterprises and Beta
    # Capital")
    r"\bparticipation\s+(?:from|by)\s+(?:[\w.,&'’-]+\s+){0,8}$"
    # a round's lead investor: one of the syndicate it leads ("a series B round led by Omega
    # Ventures with participation from ...")
    # (or the sum it raised: "gross proceeds of $75 million, led by Omega Capital"; co-led)
    r"|(?:\b(?:round|financing|offering|placement|placing|million|billion)|\d)\s*,?\s+"
    r"(?:(?:was|is)\s+)?(?:co-)?led\s+by\s+(?:the\s+)?$"
    # or the company's backers, what it is: "developer, backed by GV, Celgene, Novartis and Taiho
    # Ventures, has closed the offering" (each of them)
    r"|\b(?:backed|funded|financed)\s+by\s+(?:[\w.,&'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
CO_INVESTOR_CHARS = 100
# the holders of a company's securities, not the company
HOLDERS_OF = re.compile(
    r"\b(?:stockholders|shareholders|holders|unitholders|securityholders|security\s+holders"
    r"|owners)\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:common|ordinary|preferred)\s+"
    r"(?:stock|shares)\s+of\s+)?$",
    re.IGNORECASE,
)
HOLDERS_CHARS = 60
# a person's former employer: "Ms. Tetlow, 45, who joins Cell Genesys from Apax Partners"
JOINED_FROM = re.compile(
    r"\b(?:joins|joined|joining|hired|recruited)\b[^.;,]{0,60}?"
    r"\bfrom\s+(?:[\w.-]+\s+){0,3}$"
)
# a company's origin: "Corvel, a spinout from the University of Eastbrook" pays nothing
SPUN_FROM = re.compile(
    r"\b(?:spin[- ]?(?:out|off)s?|spun[- ](?:out|off)|carve[- ]?outs?|carved[- ]out)"
    r"(?:\s+company)?\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a company after a preposition, the object of it: no verb after it is the company's
OBJECT_OF_BEFORE = re.compile(r"\b(?:from|by|to|with)\s+(?:the\s+)?$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:[\w.-]+-based\s+)?$", re.IGNORECASE)
# what is licensed or bought from a company: its seller, paid for it ("licensed sunrozumab from",
# "in-licensed the rights to ZT-1 from", "acquired the program from"). Beside LICENSED_FROM
# (below, a licensing deal's licensor): a sum's payee needs a verb of a deal done, never the
# gerund nor a payment's own words between ("licensing fees from BMS" names BMS the payer)
BOUGHT_FROM = re.compile(
    r"\b(?:(?:in-?)?licen[cs]e[ds]|acquire[ds]|purchase[ds]|bought|buys)\b"
    # (never a payment's own "from": "licensing fees from BMS", "acquired ... milestones from";
    # a royalty's interest or rights bought are a thing: "acquired a royalty interest in Zetavia
    # from Omega")
    r"(?:(?!fees?\b|payments?\b|royalt(?!y[ -](?:interests?|rights?|streams?)\b)|milestone"
    r"|revenue)[^.;]){0,60}\bfrom\s+(?:the\s+)?"
    # (what the seller is, between: "licensed rights to ... from Swedish biotech Lindqvist")
    r"(?:(?:its|[A-Z][\w-]*(?:['’]s)?|[a-z-]+)\s+){0,2}$",  # ... "from China's Huaxin"
    re.IGNORECASE,
)
BOUGHT_FROM_CHARS = 110


# ... or past what the payer is to the payee (company_descriptors.csv): "from its partner
# Janssen", "from Yondelis (trabectedin) ex-Europe partner Janssen"
@cache
def _from_role_before() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:from|by)\s+(?:(?!(?:and|or)\s)[\w.()’'-]+\s+){0,4}?"
        rf"{words_alternation(descriptor_words())}s?\s+$",
        re.IGNORECASE,
    )


# what a regulator grants is no payment: "upon grant of approval from the European Medicines
# Agency" names who approves, not who pays
GRANTED_FROM = re.compile(
    r"\b(?:approval|clearance|authori[sz]ation|designation|opinion|guidance|feedback|acceptance"
    r"|permission|consent|waiver|review"
    # what a letter says: "received a letter from The Nasdaq Stock Market LLC notifying it"
    r"|letter|notice|notification|correspondence|inquiry|subpoena|request"
    # "If the NDA is approved by the FDA, Zeta expects revenue of ...": who approves
    r"|approved|cleared|accepted|authori[sz]ed|granted|designated|reviewed|recommended"
    # what a rule requires: "the $2.5 million minimum required by Nasdaq Listing Rule 5550(b)(1)"
    r"|required|mandated|imposed|prescribed|set)"
    r"\s+(?:from|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# who receives a payment is its payee, whatever "by" says: "a milestone payment received by Acme"
RECEIVED_BY = re.compile(
    r"\b(?:received|receivable|earned|collected|recogni[sz]ed)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
# who holds or made a thing is no payer: "all rights of Zetamab held by Acme to Beta for $40m"
OWNED_BY = re.compile(
    r"\b(?:held|owned|developed|discovered|invented|created|originated|manufactured|marketed)"
    r"\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Issuer:
    """The issuer as one amount's links read it."""

    name: str  # as the organisations table names it ("ImmunoGen")
    full: str  # as the release prints it first ("ImmunoGen, Inc.")
    printed: str | None  # the full name, when it differs
    key: str
    aliases: list[Named]  # its first word, its initials
    buys: bool = False  # the release's deal has the issuer acquire or in-license: it pays

    @property
    def words(self) -> set[str]:
        own = {w for n in (self.name, self.full) for w in n.split(" ")}
        return own | {a.printed or "" for a in self.aliases}


def link_money(
    text: str,
    span_start: int,
    span_end: int,
    kind: str,
    issuer: str | None,
    organizations: list[Named],
    compounds: list[Named] | Mentions,
    amounts: Sequence[int] = (),
    spans: Sequence[tuple[int, int]] = (),
) -> MoneyLink:
    """Payer, payee, compound and trigger of the amount at ``text[span_start:span_end]``;
    ``amounts``: where the release's amounts start, in order; ``spans``: their spans."""
    before, left, right = _window(text, span_start, span_end)
    # (by a short name too: "Lilly" of "Eli Lilly and Company")
    window_orgs = _inside(organizations + short_names(text, organizations), text, before, right)
    own = None
    if issuer:
        name = _issuer_name(issuer, organizations) or issuer
        aliases = _issuer_aliases(text, name, issuer)
        own = _Issuer(
            name,
            issuer,
            issuer if issuer != name else None,  # "Acme Biologics, Inc. (Nasdaq: ACME) will pay"
            company_key(issuer),
            aliases,
            _issuer_buys(text, tuple({name, issuer, *(a.printed or "" for a in aliases)} - {""})),
        )
    payer, payee = _stated_sides(
        text, (span_start, span_end), (left, right), own, organizations, window_orgs, amounts
    )
    if own is not None:  # "a $7 million payment to the Company"
        said = ISSUER_OBJECT.search(text, span_end, min(right, span_end + NEAR_AMOUNT_CHARS))
        if said and said["to"] and payee is None and payer != own.name:
            payee = own.name
        elif said and not said["to"] and payer is None and payee != own.name:
            payer = own.name
    # a sentence of the same deal's payments, no other company in it, takes its sides from the
    # sentence before
    if (
        own is not None
        and kind in PAID_KINDS
        and payer is None
        and payee is None
        and not any(
            company_key(o.name) != own.key for o in _inside(organizations, text, left, right)
        )
    ):
        if PAYMENTS_OPEN.match(text, left, span_start) and _issuer_paid_before(
            text, before, left, own
        ):  # "AstraZeneca will pay an upfront payment of $1B, in staged payments. Contingent
            payer = own.name  # payments of up to $5B include ...": the issuer pays these too
        elif DEAL_GOES_ON.match(text, left, span_start) and (
            receiver := _other_received_before(text, before, left, own, window_orgs)
        ):  # "Agenus will receive $150 million upon closing ... The agreement also includes
            payer, payee = own.name, receiver  # approximately $1.7 billion in potential
            # future fees and milestones" in Gilead's release: Agenus receives these too
    if kind == "revenue" and own is not None and payer == own.name:
        payer = None  # revenue is what the issuer earns, never pays: "contract research revenue
        # from the Company's collaboration with Sandoz" (the possessive names no payer)
    read = (payer, payee)
    if kind in PAID_KINDS and own is not None:  # with no issuer, no side is taken for it
        payer, payee = _sides_by_default(
            text, (left, right, span_start), own, window_orgs, payer, payee
        )
    inside = _inside(compounds, text, left, right)
    if inside and kind not in PAID_KINDS and RESULTS_LINE_OPENS.match(text, left, right):
        driver = DRIVEN_BY.search(text, span_end, right)  # "Revenue increased 8.4% to ¥512.3
        if driver:  # billion, driven by growth of RIVASTO": the total, no drug's
            inside = [c for c in inside if c.span_start < driver.start()]
    compound = next(
        iter(
            inside
            or (
                []
                if _companys_own_sum(text, (left, right), kind, own)
                else _inside(compounds, text, before, right)
            )
        ),
        None,
    )
    if kind in UNTRIGGERED_KINDS:  # paid on signing or on sales: only its own words say when
        # up to its sentence's end, and to the next payment its sentence names: "$50 million
        # upfront plus an option exercise fee", "CHF 50 million (EUR 44 million) and sales
        # milestone payments" name the fee's and the milestones' triggers, not the upfront's
        own_words = text[span_end : min(right, span_end + OWN_WORDS_CHARS)]
        joined = NEXT_PAYMENT.search(own_words)
        trigger = _first_match("trigger", own_words[: joined.start() if joined else None])
    elif MILESTONE_KINDS.search(text, left, right):
        # "development, regulatory and sales milestones" name no one trigger; only the rest of
        # the sentence may ("... associated with the initiation of a Phase III trial")
        sentence = _others_events_blanked(text, left, right, (span_start, span_end), spans)
        trigger = _first_match("trigger", MILESTONE_KINDS.sub(_blank, sentence))
    else:
        sentence = _others_events_blanked(text, left, right, (span_start, span_end), spans)
        trigger = _first_match("trigger", sentence)
        earlier = _first_match("trigger", text[before:left])
        # the sentence before dates this amount by its event ("Acme dosed the first patient.
        # The milestone triggers $5 million"), never by the signing or option exercise its
        # upfront or fee was paid on ("... an upfront consideration upon signing. Furthermore,
        # Beta will make milestone payments ...")
        if (
            trigger is None
            and not (kind == "milestone" and earlier in NOT_MILESTONE_EVENTS)
            and not SEPARATE_MATTER.match(text, left, span_start)
        ):
            trigger = earlier
    if (kind == "milestone" and trigger == "signing") or kind in UNEARNED_KINDS:
        trigger = None  # "a fee upon signing ..., and up to 17.8 billion yen in development and
        # sales milestones": no milestone is paid on signing; sales and financing earn nothing
    return MoneyLink(
        payer, payee, compound.name if compound else None, trigger, (payer, payee) != read, read
    )


# a sum that stands at a date: a balance, a total to date ("As of March 31, 2024", "at the end of
# the quarter")
AT_A_DATE = re.compile(r"\b(?:as\s+of|at\s+the\s+end\s+of)\b", re.IGNORECASE)
LIST_ITEM_OPENS = re.compile(rf"[ \t]*{LIST_POINT.pattern}")  # a list's point opens the item
# a sentence whose subject is the company itself
COMPANY_SUBJECT = re.compile(r"\W*(?:The\s+(?:[Cc]ompany|Group)|We|It|(?P<name>[A-Z][\w-]+))\b")
# what a results line's sum is owed to, after it: no drug's own sum
DRIVEN_BY = re.compile(
    r"\b(?:driven|led|boosted|offset|helped|supported)\s+(?:\w+ly\s+)?by\b"
    r"|\b(?:due|owing)\s+(?:\w+ly\s+)?to\b|\breflect(?:s|ing|ed)\b|\b(?:\w+ly\s+)?from\s+(?:the\s+)?growth\b",
    re.IGNORECASE,
)
# ... or whose subject is a line of the company's own results, no product's: "Core operating
# profit was ¥88.1 billion", "Revenue increased 8.4% to", "Research and development expenses
# were" (never "Product revenue", "Net product sales" or "Royalty revenue": a drug's)
RESULTS_LINE_OPENS = re.compile(
    r"\W*(?:(?:total|net|consolidated|core|adjusted|group|reported|gross|non-GAAP|GAAP)\s+)*"
    r"(?:revenues?|(?:operating\s+)?(?:profit|income|loss|earnings)|EBITDA"
    r"|(?:research\s+and\s+development|R&D|(?:selling,\s+)?general\s+and\s+administrative|SG&A"
    r"|G&A|operating)\s+expenses)\b(?:\s+(?:attributable|for|in)\b[^.\d]{0,60}?)?\s+"
    r"(?:was|were|is|are|increased|decreased|rose|fell|grew|declined|totaled|totalled|amounted"
    r"|reached)\b",
    re.IGNORECASE,
)


def _companys_own_sum(text: str, sentence: tuple[int, int], kind: str, own: _Issuer | None) -> bool:
    """Whether a sum is the company's own, no drug's the sentence before names: a balance at a
    date ("As of March 31, 2024, the Company had cash and cash equivalents of"), revenue or
    financing the company's own sentence states ("The company reported net revenue of R$ 1.8
    billion") or a line of its results opens ("Core operating profit was ¥88.1 billion"), or a
    list item's sum that no deal pays ("- Research and development expenses were
    $31.4 million" under "- ORVELZA net product revenue of $48.2 million"; a deal's payment goes
    on with the item before: "- The first patient was dosed with LQ-4410" / "- ... a milestone
    payment of EUR 3 million following the start")."""
    left, right = sentence
    return bool(
        AT_A_DATE.search(text, left, right)
        or (kind in UNEARNED_KINDS and _company_subject(text, left, right, own))
        or (kind not in PAID_KINDS and RESULTS_LINE_OPENS.match(text, left, right) is not None)
        or (kind not in PAID_KINDS and LIST_ITEM_OPENS.match(text, left, right))
    )


def _company_subject(text: str, left: int, right: int, own: _Issuer | None) -> bool:
    """Whether the sentence at ``left`` opens on the issuer: "The company reported ...", "We
    ...", or its own name's first word ("Lumora reported revenue from operations of ...")."""
    subject = COMPANY_SUBJECT.match(text, left, right)
    if subject is None:
        return False
    if subject["name"] is None:
        return True
    return own is not None and subject["name"] == own.name.split(" ", 1)[0]


def one_direction(links: Sequence[MoneyLink]) -> list[MoneyLink]:
    """The links with a side taken by default turned round where every amount whose two sides
    the release names says the money goes the other way between the same two companies ("in a
    deal worth up to $1.25 billion", the issuer taken to receive, beside "Amgen will make a $400
    million up-front payment to Kyowa Kirin": Amgen pays the deal's sums too). A sentence that
    names one side, the other the issuer's by default, names the way too ("Pellworth has
    licensed ... from Kinross Bio for $60 million upfront": Kinross is paid, so Pellworth pays
    the headline's "$60M upfront pact with Kinross", whose sides no word states)."""
    read = {
        (link.payer, link.payee)
        for link in links
        if link.payer and link.payee and (not link.by_default or any(link.read))
    }
    return [
        replace(link, payer=link.payee, payee=link.payer)
        if link.by_default
        and not any(link.read)
        and link.payer
        and link.payee
        and (link.payee, link.payer) in read
        and (link.payer, link.payee) not in read
        else link
        for link in links
    ]


# a sentence that turns to another matter borrows no event from the one before: "The approval
# has triggered a USD22.5 million milestone payment. Separately, Acme has been paid ..."
SEPARATE_MATTER = re.compile(
    r"\W*(?:Separately|Meanwhile|Elsewhere|In\s+a\s+separate\s+[a-z]+|In\s+other\s+news)\b"
)


# An amount that is the value of what changes hands: "transfers 43 billion won worth of
# technology to Astellas" (the technology goes to Astellas, the money comes from it)
WORTH_OF = re.compile(r"\s+worth\s+of\b")


def _stated_sides(
    text: str,
    amount: tuple[int, int],
    sentence: tuple[int, int],
    own: _Issuer | None,
    organizations: list[Named],
    window_orgs: list[Named],
    amounts: Sequence[int] = (),
) -> tuple[str | None, str | None]:
    """Payer and payee as the amount's sentence states them: a company before a paying or
    receiving verb, the issuer as a pronoun, a company after "to", "from" or "will pay".
    ``amounts``: where the release's amounts start, in order."""
    (span_start, span_end), (left, right) = amount, sentence
    payer = payee = None
    issuer = own.name if own else None
    speakers = organizations + ([Named(own.name, -1, -1, own.printed)] if own else [])
    speakers += short_names(text, speakers)  # "Nordlicht will receive ..."
    speakers += own.aliases if own else []  # "Spectrum will pay" of "Spectrum Pharmaceuticals"
    mentioned = _inside(speakers, text, left, right)
    # the nearest before the amount first: "Cephalon will pay Alkermes $11 million ... and
    # Alkermes will pay Cephalon $16 million" (the $16 million is Alkermes's to pay)
    before_amount = [org for org in mentioned if org.span_end <= span_start]
    for org in before_amount[::-1] + [org for org in mentioned if org.span_end > span_start]:
        if HOLDERS_OF.search(text, max(left, org.span_start - HOLDERS_CHARS), org.span_start):
            continue  # its holders, not the company: "stockholders of Amylin will receive
            # $31.00 in cash for each share"
        if _after(text, org.span_start, OBJECT_OF_BEFORE):
            continue  # a preposition's object, no verb's subject: "a $5.0 million milestone
            # payment from Takeda earned upon the start of a trial" (the payment was earned)
        following = [text[org.span_end : org.span_end + VERB_CHARS]]
        if following[0].startswith(",") and APPOSITION_OPENED.search(
            text, max(left, org.span_start - APPOSITION_CHARS), org.span_start
        ):
            following.append(following[0][1:])  # the comma that closes an apposition the
            # company's name ends: "Zetamab's developer, the French biopharma Zeta SA, will
            # get" (never a second verb of a headline's subject: "Acme signs deal with Omega,
            # receives")
        unit = ISSUERS_UNIT_AFTER.match(following[0]) if own and org.name == own.name else None
        if unit and not any(
            o.span_start == org.span_start and o.name != org.name for o in mentioned
        ):  # the issuer's unit or brand by the issuer's first word: "Sosei Heptares is eligible
            following.append(following[0][unit.end() :])  # to receive" of Sosei Group
            # Corporation (never another company the words name: "Merck Sharp & Dohme")
        if (
            payer is None
            and org.name != payee
            and any(_verb("pays", True).match(f) for f in following)
        ):
            payer = org.name  # "Incyte will pay MacroGenics ..."
        elif (
            payee is None
            and org.name != payer
            and any(_verb("receives", True).match(f) for f in following)
        ):
            payee = org.name  # "ImmunoGen is eligible to receive ..." (never both sides)
    if issuer and (payer is None or payee is None):
        # (a sentence that opens on another company: its "it" is that company)
        opener = next(
            (
                org
                for org in mentioned
                if not text[left : org.span_start].strip(" \t\n\"“'‘")
                and own is not None
                and not one_company(company_key(org.name), own.key)
            ),
            None,
        )
        words = frozenset(own.words) if own else frozenset()
        pronoun = _issuer_pronoun(text, left, span_start, words, opener is not None)
        if pronoun == "pays" and payer is None and payee != issuer:
            payer = issuer
        elif pronoun == "receives" and payee is None and payer != issuer:
            payee = issuer
        elif pronoun is None and opener is not None:
            its = _issuer_pronoun(text, left, span_start)
            if its == "pays" and payer is None and payee != opener.name:
                payer = opener.name  # "Omega has been busy: last year it paid $30 million"
            elif its == "receives" and payee is None and payer != opener.name:
                payee = opener.name
    goods = WORTH_OF.match(text, span_end) is not None  # what the amount buys goes "to"
    partners = organizations + short_names(text, organizations)
    if own:  # "$22m ... from BMS", the issuer printed after the amount, by its initials too
        partners += [Named(own.name, -1, -1, own.printed), *own.aliases]
    inside = _inside(partners, text, left, right)
    if payee is None and not goods:  # the amount's own "to": "... asset ZB-91 to Omega, Inc.,
        # triggering a milestone payment of USD 4 million to Zeta" is Zeta's, not Omega's
        own_to = next(
            (
                org
                for org in inside
                if org.span_start >= span_end
                and AMOUNT_TO.fullmatch(text, span_end, org.span_start)
                and not OWNER_AFTER.match(text, org.span_end)
            ),
            None,
        )
        bought = own_to is not None and _buyer_after_to(text, left, own_to.span_start)
        # "export of a diabetes treatment for 110 billion won to M8": M8 buys, it pays
        if own_to is not None and own_to.name != payer and not bought:
            payee = own_to.name
    for org in inside:  # "a payment of $90 million to Brightline"
        if not _same_clause(text, org, span_end, span_start):
            continue
        if (
            org.span_start < span_start
            and bisect.bisect_left(amounts, left) < bisect.bisect_left(amounts, org.span_start)
            and OWN_SOURCE.search(text, span_end, min(right, span_end + OWN_SOURCE_CHARS))
        ):
            continue  # "The $6.6 million received from Beta, coupled with $1.7 million that
            # Acme received from the sale of ...": the company is the earlier amount's
        if org.name == issuer and org.span_start < span_end and org not in window_orgs:
            between = text[org.span_end : span_start]
            if len(between) > ISSUER_BEFORE_CHARS or "." in between:
                continue  # "its value to Acme ... purchased for $20m": in another phrase
        paid = (  # "Spectrum will pay Chicago Labs an upfront fee of $100,000"
            _after(text, org.span_start, PAID_BEFORE)
            and 0 <= span_start - org.span_end <= NEAR_AMOUNT_CHARS
        )
        earlier_amount = org.span_start < span_start and bisect.bisect_left(
            amounts, left
        ) < bisect.bisect_left(amounts, org.span_start)
        to = (
            _after(text, org.span_start, TO_BEFORE)
            and not OWNER_AFTER.match(text, org.span_end)
            # an earlier amount's "to X" in a list: "... for 413 billion won ... to CS, followed
            # by ... for 110 billion won to M8": CS is no side of the second sum
            and not earlier_amount
            and (org.span_start < span_start or org.span_start - span_end <= PAID_TO_CHARS)
        )  # "$13.8 million in 2006, ... with the transfer of ... Stimuvax to Merck": far on,
        # "to" names where something else goes
        sold = to and _buyer_after_to(text, left, org.span_start)
        if to and (goods or sold) and payer is None and org.name != payee:
            payer = org.name  # "sold $5 million worth of shares to Omega", "the sale of its
            # subsidiary Lyramid to Pleiades for up to $10.8m": the buyer pays
        elif payee is None and org.name != payer and (paid or to) and not goods:
            payee = org.name
        elif (
            payee is None
            and org.name != payer
            and RECEIVED_BY.search(text, max(0, org.span_start - 40), org.span_start)
        ):
            payee = org.name  # "the first milestone payment received by Hutchmed"
        elif (
            payee is None
            and org.name != payer
            and BOUGHT_FROM.search(text, max(0, org.span_start - BOUGHT_FROM_CHARS), org.span_start)
        ):
            payee = org.name  # "Zeta licensed ZT-1 from Omega for an upfront payment of $20
            # million", "acquired the rights from Omega for $5 million": the seller is paid
        elif (
            payer is None
            and org.name != payee
            # (another sum between: "revenue of $48.2 million and collaboration revenue of
            # $4.5 million from Kiyomi": Kiyomi pays the $4.5 million alone)
            and not (
                org.span_start > span_end
                and (
                    FROM_ONLY_BEFORE.search(text, max(0, org.span_start - 12), org.span_start)
                    # "... of CHF 11.2 million from its partner Kyowa Kirin": the role's too
                    or _from_role_before().search(text, max(0, org.span_start - 60), org.span_start)
                )
                and _amount_between(text, amounts, span_end, org)
            )
            and (
                _after(text, org.span_start, FROM_BEFORE)
                or _from_role_before().search(text, max(0, org.span_start - 60), org.span_start)
            )
            and not GRANTED_FROM.search(text, max(0, org.span_start - 40), org.span_start)
            and not OWNED_BY.search(text, max(0, org.span_start - 40), org.span_start)
            and not CO_INVESTOR_BEFORE.search(text, max(0, org.span_start - 60), org.span_start)
            and not JOINED_FROM.search(text, max(0, org.span_start - 80), org.span_start)
            and not SPUN_FROM.search(text, max(0, org.span_start - 40), org.span_start)
            and not (
                is_regulator(org.name)
                and (
                    POSSESSIVE_AFTER.match(text, org.span_end)
                    or BY_BEFORE.search(text, max(0, org.span_start - 10), org.span_start)
                )
            )
        ):  # (never a regulator's act: "triggered by the European Commission's granting of",
            # "The approval of lecanemab by the FDA entitles Zeta to a milestone payment")
            payer = org.name
    return payer, payee


FROM_ONLY_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _amount_between(text: str, amounts: Sequence[int], after: int, org: Named) -> bool:
    """Whether a sum of the release starts between ``after`` and the company's name (never
    the same sum converted in brackets: "NIS 12 million (approximately US$3.5 million) from
    the Israel Innovation Authority")."""
    at = bisect.bisect_right(amounts, after)
    while at < len(amounts) and amounts[at] < org.span_start:
        between = text[after : amounts[at]]
        if not ("(" in between and ")" not in between):
            return True
        at += 1
    return False


POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


# a sentence that goes on with a deal's payments: "Contingent payments of up to $5B include ..."
PAYMENTS_OPEN = re.compile(
    r"\W*(?:The\s+|These\s+|Such\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:payments?|milestones?|fees?"
    r"|royalties)\b"
)


# ... or that goes on with the deal's terms: "The agreement also includes approximately $1.7
# billion in potential future fees and milestones"
DEAL_GOES_ON = re.compile(
    rf"{PAYMENTS_OPEN.pattern}|\W*(?:The|This|Under\s+the)\s+(?:agreement|deal|transaction"
    r"|collaboration|partnership|license|licence)\s+(?:also\s+)?(?:includes?|provides?|calls)\b"
)


def _other_received_before(
    text: str, before: int, left: int, own: _Issuer, companies: list[Named]
) -> str | None:
    """The company other than the issuer that the sentence before (``text[before:left]``, in
    the amount's paragraph) says receives ("Agenus will receive $150 million upon closing"),
    where it names no other one."""
    if before >= left:
        return None
    verb = _verb("receives")
    named = _inside(companies, text, before, left)
    if (
        any(company_key(c.name) == own.key for c in named)
        or len({company_key(c.name) for c in named}) != 1
    ):
        return None  # the issuer in it, or two others: whose sentence it is stays open
    company = named[0]
    at = text.find(company.printed or company.name, before, left)
    while at != -1:
        end = at + len(company.printed or company.name)
        if verb.match(text, end, min(left, end + 60)):
            return company.name
        at = text.find(company.printed or company.name, end, left)
    return None


def _issuer_paid_before(text: str, before: int, left: int, own: _Issuer) -> bool:
    """Whether the sentence before (``text[before:left]``, in the amount's paragraph) says the
    issuer pays: by name ("AstraZeneca will pay") or as "it" or "we"."""
    if before >= left:
        return False
    verb = _verb("pays")
    for name in {own.full, own.name, *(a.printed or a.name for a in own.aliases)}:
        at = text.find(name, before, left)
        while at != -1:
            if verb.match(text, at + len(name), min(left, at + len(name) + 60)):
                return True
            at = text.find(name, at + 1, left)
    return _issuer_pronoun(text, before, left) == "pays"


# the issuer as the buyer of the release's deal, in its opening: "Innate Pharma acquires
# anti-C5aR ... from Novo Nordisk A/S", "Zeta has in-licensed ..."
BUYS_AFTER_NAME = (
    r"(?:\s*\([^()\n]{1,40}\))?\s+"
    # (or says it does: "Zeta Corp. today announced that it has agreed to acquire Omega")
    r"(?:(?:today\s+)?(?:announced|announces|said|says)\s+(?:today\s+)?(?:that\s+)?it\s+)?"
    r"(?:has\s+|have\s+|will\s+|would\s+|is\s+to\s+|to\s+)?"
    # (by a deal signed to do so: "has entered into a definitive agreement to acquire")
    r"(?:agreed\s+to\s+|(?:signed|entered\s+into)\s+(?:a\s+)?(?:definitive\s+)?"
    r"(?:merger\s+)?agreement\s+to\s+)?"
    r"(?:(?:acquires?|acquired|acquire|in-?licen[cs]e[sd]?|buys|bought|buy)\b"
    # or by closing it: "has completed its previously announced acquisition of Omega"
    r"|(?:complete[sd]?|close[sd]?)\s+(?:the\s+|its\s+)?(?:previously\s+announced\s+)?"
    r"(?:acquisition|purchase)\s+of\b"
    # ... or announcing it closed: "today announced the completion of its acquisition of Omega"
    r"|(?:today\s+)?(?:announced|announces|reported|reports)\s+(?:today\s+)?the\s+"
    r"(?:completion|closing)\s+of"
    r"\s+(?:the\s+|its\s+)?(?:previously\s+announced\s+)?(?:acquisition|purchase)\s+of\b"
    # ... or a headline's, in title case: "Kinsale Biologics Completes Acquisition of Ardmore"
    r"|(?:Completes|Closes)\s+(?:the\s+|The\s+|Its\s+)?Acquisition\s+of\b|(?:Acquires|Buys)\b)"
)
BUYER_CHARS = 1500  # the opening read for it


@lru_cache(maxsize=8)
def _issuer_buys(text: str, names: tuple[str, ...]) -> bool:
    """Whether the opening of ``text`` has the issuer (by any of its ``names``) acquire or
    in-license what its deal is about."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.search(rf"\b(?:{alternatives}){BUYS_AFTER_NAME}", text[:BUYER_CHARS]) is not None


def _sides_by_default(
    text: str,
    where: tuple[int, int, int],
    own: _Issuer,
    window_orgs: list[Named],
    payer: str | None,
    payee: str | None,
) -> tuple[str | None, str | None]:
    """The sides the sentence leaves open, taken for the issuer and the other company named
    near the amount: the issuer receives unless it is said to pay, and takes no side that a
    company the text does not know is said to take ("entitles AMRO to receive")."""
    left, right, span_start = where
    issuer_pays = (
        _first_match("issuer_pays", text[left:right]) is not None
        or payer == own.name
        or (own.buys and payee != own.name)
    )
    # (the issuer's full name is the issuer: "Sichuan Kelun-Biotech Pharmaceutical Co. Ltd." of
    # "Kelun-Biotech will receive")
    others = [o.name for o in window_orgs if not one_company(company_key(o.name), own.key)]
    # a regulator approves and is paid by no one: never a side taken by default
    counterparty = next(
        (o for o in others if o not in (payer, payee) and not is_regulator(o)), None
    )
    due_to_another = _due_to_another(text, span_start, right, own.words)
    someone_receives = (
        _party_before_verb(text, left, span_start, "receives", own.words) or due_to_another
    )
    someone_pays = _party_before_verb(text, left, span_start, "pays", own.words)
    if payee is None and payer is None:
        if issuer_pays:
            return own.name, counterparty
        if not someone_receives:
            return counterparty, own.name
        return None, None
    if payee is None:
        if payer and not one_company(company_key(payer), own.key) and not _issuer_unit(text, payer):
            return payer, None if someone_receives else own.name
        return payer, counterparty  # (the issuer's own unit pays for it: the other receives)
    if payer is None:
        # (the issuer by a short name is the issuer: "Hengrui Pharma" of "Jiangsu Hengrui
        # Pharmaceuticals" pays itself nothing)
        # (a sum said due to the payee names no payer: "an upfront payment of $0.5 million is
        # due to OPF", the partner's licence with someone)
        if not one_company(company_key(payee), own.key) and not _issuer_unit(text, payee):
            return None if someone_pays or due_to_another else own.name, payee
        return counterparty, payee  # (the issuer's own unit receives for it: the other pays)
    return payer, payee


# the issuer's own unit named in apposition: "Zeta says that its wholly-owned subsidiary, Beta
# Bio, has licensed ..." (Beta Bio is on Zeta's side of the deal)
UNIT_BEFORE = re.compile(
    r"\b(?:its|our|the\s+company['’]s)\s+(?:(?:wholly[- ]owned|majority[- ]owned|own)\s+)?"
    r"(?:subsidiary|unit|affiliate|division|subsidiaries)\s*,?\s+$",
    re.IGNORECASE,
)
UNIT_REACH = 50
# ... or after it: "AlaMab, a subsidiary of the Company, as the licensee, entered into"
UNIT_APPOSITION = (
    r"(?:a|an|the|its)\s+(?:(?:wholly[- ]owned|majority[- ]owned|indirect|direct"
    r"|non-wholly[- ]owned)\s+)*"
    r"(?:subsidiary|unit|affiliate|division|member|portfolio\s+company|(?<=owned\s)company)\s+of\s+"
)
UNIT_AFTER = re.compile(rf",?\s+{UNIT_APPOSITION}(?:the\s+)?(?:Company|Group)\b", re.IGNORECASE)


# ... or of the issuer by its name: "acquired Zeta through Laurel Acquisition Inc., a wholly owned
# subsidiary of Astellas US Holding, Inc." (the buyer's vehicle, on the buyer's side)
UNIT_OF_NAMED = re.compile(
    r"(?:,?\s+[A-Z][A-Za-z.]{0,7})?"  # its legal form, where the table's name leaves it out
    rf",\s+(?i:{UNIT_APPOSITION})(?P<owner>[A-Z][\w&-]*)"
)  # (set off by its comma: never "made Nycomed a wholly owned subsidiary of Takeda", the target)


def _unit_of(text: str, name: str, issuer: str) -> bool:
    """Whether the text names ``name``, after it, a subsidiary or unit of the issuer, by its
    first word ("Astellas" of "Astellas Pharma Inc.") or as "the Company"."""
    first = issuer.split(" ", 1)[0].rstrip(",").casefold()
    for at in printings(text, name):
        owned = UNIT_OF_NAMED.match(text, at + len(name))
        if owned and owned["owner"].casefold() in (first, "company", "group"):
            return True
    return False


# the issuer's owner named in apposition after it: "Zeta, a portfolio company of Omega
# Holdings, and Beta today announced ...", "Zeta, a wholly owned company of Omega, announced"
# (Omega is Zeta's, no party to the deal)
OWNER_AFTER_UNIT = rf"[^,\n]{{0,40}},\s+(?i:{UNIT_APPOSITION})(?:the\s+)?$"
ISSUERS_OWNER_REACH = 120


def _issuers_owner(text: str, name: str, issuer: str) -> bool:
    """Whether the text names ``name`` as the owner of the issuer, in an apposition after the
    issuer's name: "Zeta Bio, a subsidiary of Omega", "Zeta, a portfolio company of Omega",
    "Genentech, a member of the Roche Group"."""
    first = issuer.split(" ", 1)[0].rstrip(",")
    for at in printings(text, name):
        window = text[max(0, at - ISSUERS_OWNER_REACH) : at]
        if first in window and re.search(rf"\b{re.escape(first)}{OWNER_AFTER_UNIT}", window):
            return True
    return False


def _issuer_unit(text: str, name: str) -> bool:
    """Whether the text names ``name`` as the issuer's own subsidiary or unit."""
    return any(
        UNIT_BEFORE.search(text, max(0, at - UNIT_REACH), at)
        or UNIT_AFTER.match(text, at + len(name))
        for at in printings(text, name)
    )


# the events a regulator may be the other party of: it approves, accepts or clears
REGULATOR_EVENTS = frozenset(
    {"regulatory_submission", "regulatory_approval", "ind_filing", "ind_active", "other"}
)
# ... and the agreements an agency is a party of, where the agreement is made "with" it
AGREEMENT_EVENTS = frozenset({"licensing_deal", "collaboration"})
AGREED_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


# places a deal's rights leave out: "worldwide, except Japan, South Korea, China and
# Association of South-East Asian Nations (ASEAN) countries"
EXCEPTED = re.compile(r"\b(?:except|excluding|outside|other\s+than)\s+(?:of\s+)?(?:for\s+)?")
EXCEPTED_CHARS = 160
LIST_WORD = re.compile(r"[A-Z][\w.'’-]*|\([A-Z]+\)|and|or|the|,")


def _excepted(text: str, start: int, left: int) -> bool:
    """Whether the name at ``start`` is one of the places a list after "except" leaves out:
    between the two, only capitalised words, commas, "and", "or" and abbreviations."""
    window = max(left, start - EXCEPTED_CHARS)
    cue = next(reversed(list(EXCEPTED.finditer(text, window, start))), None)  # the nearest
    if cue is None:
        return False
    between = (word.strip(",(") for word in text[cue.end() : start].split())
    return all(not word or LIST_WORD.fullmatch(word) for word in between)  # ", ... (ZEC"


# what follows the society or body that hosts a meeting: "American Society of Clinical Oncology
# (ASCO) Annual Meeting", "European Society for Medical Oncology Congress 2022"
MEETING_NOUNS = r"(?:Meetings?|Congress|Symposium|Conference|Summit|Sessions|Convention|Workshop)"
MEETING_AFTER = re.compile(
    r"[ \t]*(?:\([A-Z][\w&-]{1,15}\)[ \t]*)?(?:(?:19|20)\d\d[ \t]+)?"
    r"(?:(?:Annual|Scientific|International|World|Global|Clinical|Winter|Summer|Spring|Fall)"
    rf"[ \t]+)*{MEETING_NOUNS}\b"
)


def _meeting_host(text: str, org: Named) -> bool:
    """Whether the organisation is named as the host of a meeting ("at the 2022 American Society
    of Clinical Oncology (ASCO) Annual Meeting"): no party to what is presented there."""
    return (
        MEETING_AFTER.match(text, org.span_end) is not None
        or MEETING_OF_BEFORE.search(text, max(0, org.span_start - 60), org.span_start) is not None
    )


# ... or before it: "the annual meeting of the American Association for the Study of Liver
# Diseases", "at the Congress of the European Society of Cardiology"
MEETING_OF_BEFORE = re.compile(rf"\b{MEETING_NOUNS}[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def link_event(
    text: str,
    span_start: int,
    span_end: int,
    event_type: str,
    issuer: str | None,
    organizations: list[Named],
    compounds: list[Named] | Mentions,
    release_year: int | None,
    announced: bool = True,
) -> EventLink:
    """Counterparty, compound, territory and deal year of the event cued at the span: the
    year the sentence states, else (for a deal the release announces) the release's year."""
    before, left, right = _window(text, span_start, span_end)
    issuer_key = company_key(issuer) if issuer else None
    named = _inside(organizations, text, left, right)
    if not named and not (
        event_type in TRIAL_EVENTS and LIST_ITEM_OPENS.match(text, left, right)
    ):  # (a trial's list item is a fact of its own: "- First patient dosed in Phase 1b trial of
        # KTX-05" under "- A$3.2 million refund ... under the Australian Government's program";
        # a payment's item goes on with the deal above it: "- Compound to be marketed by
        # Genentech" / "- FDA approval triggers $10.5 million in milestone payments")
        named = _inside(organizations, text, before, right)
    if event_type not in REGULATOR_EVENTS:
        # a regulator clears a deal, never buys nor is bought: "received clearance from the Japan
        # Fair Trade Commission for the proposed acquisition of Shire plc"; nor pays a milestone
        # ("the trial, which follows the FDA's acceptance of an IND, triggers a milestone from
        # Pfizer") or starts a trial
        # (but an agency a licence or a research agreement is made "with": "an exclusive patent
        # license agreement with the National Cancer Institute (NCI)", "a CRADA with the NIH")
        named = [
            o
            for o in named
            if not is_regulator(o.name)
            or (
                event_type in AGREEMENT_EVENTS
                and AGREED_WITH_BEFORE.search(text, max(0, o.span_start - 12), o.span_start)
            )
        ]
    # (the issuer's unit is its vehicle, where nothing is sold: sold, it is the target)
    sold = re.search(SALE_VERB, text[left:right], re.I) is not None
    others = [
        o.name
        for o in named
        if company_key(o.name) != issuer_key
        and not (issuer and not sold and _unit_of(text, o.name, issuer))
        and not (issuer and _issuers_owner(text, o.name, issuer))
        and not _excepted(text, o.span_start, left)
        and not _meeting_host(text, o)
        # (a company spun out of it is the party: "in-licenses ... from University of Edinburgh
        # spin-out", "from Novartis spin-off Sandoz")
        and not SPUN_OUT_AFTER.match(text, o.span_end)
        # (the issuer's backers, what it is: "backed by Celgene and Sorrento, closed its IPO")
        and not CO_INVESTOR_BEFORE.search(
            text, max(0, o.span_start - CO_INVESTOR_CHARS), o.span_start
        )
    ]
    if not others and event_type in DEAL_EVENTS:
        # a company its sentence names only by its short name: "Taisho and Takeda Sign a Basic
        # Agreement Regarding Joint Development" over "Takeda Chemical Industries, Ltd."
        others = [
            o.name
            for o in _inside(short_names(text, organizations), text, left, right)
            if company_key(o.name) != issuer_key
            and not is_regulator(o.name)
            and not _excepted(text, o.span_start, left)
        ]
    if event_type in PARTYLESS_EVENTS:
        others = []  # a company's results or people: no other party
    if issuer is None and event_type == "acquisition":
        # with no issuer to leave out, the company acquired, not its buyer named first: "Zeta
        # is to commence a tender offer to acquire all outstanding shares of Omega"
        bought = [
            o.name for o in named if ACQUIRES.search(text, max(0, o.span_start - 80), o.span_start)
        ]
        others = bought[:1] + [o for o in others if o not in bought[:1]]
    compound = next(
        iter(_inside(compounds, text, left, right) or _inside(compounds, text, before, right)), None
    )
    sentence = text[left:right]
    territory = _first_match("territory", sentence) if event_type in DEAL_EVENTS else None
    deal_year = None
    if event_type in DEAL_EVENTS:
        years = [int(y) for y in DEAL_YEAR.findall(sentence)]
        stated = [y for y in years if release_year is None or y <= release_year]
        deal_year = stated[0] if stated else (release_year if announced else None)
    return EventLink(
        others[0] if others else None, compound.name if compound else None, territory, deal_year
    )


def link_phase(
    text: str, span_start: int, span_end: int, compounds: list[Named] | Mentions
) -> str | None:
    """The compound a phase mention (or a dose, a count of patients) is about: the one printed
    right before it ("dexamethasone 40 mg"), else the nearest its sentence names, never one it is
    compared with or an everyday drug given with it while it names another ("comparing velnoxaban
    with warfarin in 9,120 patients", "HLC-501 and dexamethasone into a Phase 3 trial":
    velnoxaban's, HLC-501's)."""
    left, right = sentence_bounds(text, span_start, span_end)
    row = barred_row(text, span_start, span_end)
    if row is not None:  # a table's row: "| ZX-101 | Atopic dermatitis | Phase 3 |" is ZX-101's,
        left, right = max(left, row[0]), min(right, row[1])  # never the next row's drug's
    named = _inside(compounds, text, left, right)
    if not named:
        return None
    for c in named:
        if c.span_end <= span_start and not text[c.span_end : span_start].strip():
            return c.name
    everyday = word_list_drugs()
    # (a comparator never: "the Phase 3 trial, in which it ... versus sunitinib" is none's
    # when the sentence names no other drug)
    given = [
        c
        for c in named
        if not COMPARATOR_BEFORE.search(text, max(left, c.span_start - 80), c.span_start)
    ]
    tested = [c for c in given if c.name.casefold() not in everyday]
    if not (tested or given):
        return None
    return min(tested or given, key=lambda c: abs(c.span_start - span_start)).name


# what a trial compares its drug with, after the drug: "versus warfarin", "compared to aspirin",
# "comparing velnoxaban with warfarin", "more active than tamoxifen"
COMPARATOR_BEFORE = re.compile(
    r"(?:\bversus|\bvs\.?|\bcompar(?:ed|ing|es|e)\b[^.;]{0,60}?\b(?:with|to)|\bagainst|\bthan)"
    rf"\s+{DOSE_WORD}$",
    re.IGNORECASE,
)


ACQUIRES = re.compile(
    r"\b(?:to acquire|will acquire|has acquired|acquired|acquisition of"
    r"|(?:shares|stock) of(?: common stock of)?)\s+"  # a tender offer for the shares of X
    r"(?:(?:privately|closely)[- ](?:held|owned)\s+)?$",  # "... of privately held NeuroVia GmbH"
    re.I,
)
SALE_VERB = r"\b(?:sale|sell|sells|sold|selling|divest\w*)"  # a sale, whatever the verb's form
SELLS = re.compile(rf"{SALE_VERB} (?:of )?(?:its|their)\b", re.I)
# a sale to the company after "to": "the sale of its subsidiary Lyramid Pty Ltd to Pleiades"
SOLD_TO = re.compile(rf"{SALE_VERB}\b[^.;]*\bto\s+(?:the\s+)?$", re.I)
SOLD_TO_CHARS = 120
LICENSED_TO_CHARS = 180
# rights handed over to the company after "to", which pays for them: "a contract to transfer all
# rights of Zetanib held by Acme to Beta for 40 billion KRW"
RIGHTS_TO = re.compile(
    r"\btransfer\w*\b[^.;$€£]{0,80}\b(?:rights?|technology|technologies|platform|know-how)\b"
    r"[^.;$€£]{0,80}\bto\s+(?:the\s+)?$",  # "transferred its ADC platform technology to Amgen"
    re.I,
)
# ... or licensed to it: "an agreement to out-license its MK Cell patents to Pleiades Pharma Ltd
# in return for up to US$25 million" (the licensee pays)
# ... never a payment's payee: "The remaining $45 million in license fees is payable to Zeta"
PAYABLE_TO = re.compile(r"\b(?:payable|paid|due|owed|owing)\s+to\s+(?:the\s+)?$", re.I)
PAYABLE_TO_CHARS = 24


def _buyer_after_to(text: str, left: int, at: int) -> bool:
    """Whether the company at ``at``, after "to", is one something is sold, transferred or
    licensed to, and so pays for it; never one a payment is payable to."""
    if PAYABLE_TO.search(text, max(left, at - PAYABLE_TO_CHARS), at):
        return False
    return any(
        cue.search(text, max(left, at - reach), at)
        for cue, reach in (
            (SOLD_TO, SOLD_TO_CHARS),
            (RIGHTS_TO, SOLD_TO_CHARS),
            (LICENSED_TO_PAYER, LICENSED_TO_CHARS),
            (SHARES_ISSUED_TO, SOLD_TO_CHARS),
        )
    )


# shares issued or allotted to the company after "to", which buys them: "through the issuance
# of 6.26 million new shares to AstraZeneca at 10 euros per share"
SHARES_ISSUED_TO = re.compile(
    r"\b(?:issu\w*|allot\w*|plac(?:e|es|ed|ing|ement))\b(?:[^.;$€£]|\.(?=\d)){0,80}\b"
    r"(?:shares|stock|ADSs?)\b"
    r"[^.;$€£]{0,40}\bto\s+(?:the\s+)?$",
    re.I,
)


LICENSED_TO_PAYER = re.compile(
    r"\b(?:out-?)?licen[cs](?:e|es|ed|ing)\b[^.;$€£]{0,80}\bto\s+(?:the\s+)?$"
    # or its technology exported to it: "a technology transfer worth about 413 billion won for
    # an IPF candidate to CS Pharmaceuticals", "export of a diabetes treatment for 110 billion
    # won to M8 Pharmaceuticals"
    r"|\b(?:technology\s+(?:transfer|export)|export\s+of)\b[^.;]{0,140}\bto\s+(?:the\s+)?$",
    re.I,
)
# what is sold, right after the verb: "the sale of its subsidiary Lyramid Pty Ltd to Pleiades"
SOLD_BEFORE = re.compile(rf"{SALE_VERB}\s+(?:of\s+)?(?:its|their)\s+(?:[a-z-]+\s+){{0,3}}$", re.I)

ACQUIRED_BY = re.compile(  # (a country's possessive may stand before: "by China’s BGI")
    r"\b(?:acquired|bought|purchased|acquisition)\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?$",
    re.I,
)
WILL_ACQUIRE = re.compile(
    r"^(?:’s?|'s?)?,?\s+(?:(?:will|is to|has agreed to|agreed to|plans to|intends to|is)\s+)?"
    r"(?:acquire|acquires|acquiring|to acquire)\b",
    re.I,
)
LICENSED_TO = re.compile(
    r"\b(?:licen[cs](?:e[ds]?|ing)|granted)\b[^.]{0,60}\bto\s+(?:the\s+)?$", re.I
)
LICENSED_FROM = re.compile(
    r"\b(?:licen[cs](?:e[ds]?|ing)|in-licen[cs](?:e[ds]?|ing))\b[^.]{0,60}\bfrom\s+$", re.I
)
LICENSES = re.compile(
    r"^,?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:licen[cs]ed|in-licensed|obtained)\b", re.I
)
# ... but licensed out, to a company named after: "Kelun-Biotech licensed seven ADCs to Merck"
LICENSES_OUT = re.compile(
    r"^,?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:out-)?licen[cs]ed\b[^.;]{0,40}?\bto\s+(?:the\s+)?"
    r"(?-i:[A-Z])",
    re.I,
)
OWNS = re.compile(r"^(?:’s?|'s?)\s", re.I)  # "a license to MacroGenics’ MGA012": its asset
# but no asset: its unit ("licensing its drug to Johnson & Johnson's Janssen Biotech unit")
OWNS_UNIT = re.compile(
    r"^(?:’s?|'s?)\s+(?:[A-Z][\w&.-]*\s+){1,4}(?:unit|subsidiary|division|affiliate|arm)\b"
)


def organization_roles(
    text: str,
    issuer: str | None,
    organizations: list[Named],
    events: list[tuple[str, str | None, int, int]],
    payments: list[tuple[str | None, str | None]],
) -> dict[str, str]:
    """The role each organisation plays in the release, where the text states it: acquirer or
    target, licensee or licensor, partner, payer or payee. ``events`` are (type, counterparty,
    span) and ``payments`` (payer, payee). The issuer has no role: it is the release's subject."""
    issuer_key = company_key(issuer) if issuer else None
    roles: dict[str, set[str]] = {}

    def give(name: str | None, role: str) -> None:
        if name and company_key(name) != issuer_key:
            roles.setdefault(name, set()).add(role)

    everyone = organizations + short_names(text, organizations)  # "Tessaract" of "... Inc."
    subject = [Named(issuer, -1, -1)] if issuer else []
    subject += short_names(text, subject)
    for event_type, counterparty, start, end in events:
        if not counterparty:
            continue
        left, right = sentence_bounds(text, start, end)
        mentions = [m for m in _inside(everyone, text, left, right) if m.name == counterparty]
        before = [text[max(left, m.span_start - 80) : m.span_start] for m in mentions]
        after = [text[m.span_end : m.span_end + 40] for m in mentions]
        if event_type == "acquisition":
            # as the sentence states it: "will acquire Tessaract", "tender offer for the shares
            # of Tessaract", "acquired by Valmont", "Valmont will acquire", "to acquire <the
            # issuer>", "the sale of its business to Valmont"; else no role
            issuer_before = [
                text[max(left, m.span_start - 80) : m.span_start]
                for m in _inside(subject, text, left, right)
            ]
            if any(ACQUIRES.search(b) or SOLD_BEFORE.search(b) for b in before):
                give(counterparty, "target")  # "acquisition of X", "the sale of its unit X to"
                for buyer in _inside(everyone, text, left, right):  # "... X to Omega": Omega
                    if SOLD_TO.search(
                        text, max(left, buyer.span_start - SOLD_TO_CHARS), buyer.span_start
                    ):
                        give(buyer.name, "acquirer")
            elif (
                any(ACQUIRED_BY.search(b) for b in before)
                or any(WILL_ACQUIRE.match(a) for a in after)
                or any(ACQUIRES.search(b) for b in issuer_before)
                or SELLS.search(text, left, right)  # "the sale of its JRH business to X"
            ):
                give(counterparty, "acquirer")
        elif event_type == "licensing_deal":
            if (
                any(LICENSED_FROM.search(b) for b in before)
                or any(OWNS.match(a) and not OWNS_UNIT.match(a) for a in after)
                or any(LICENSES_OUT.match(a) for a in after)
            ):
                give(counterparty, "licensor")
            elif any(LICENSED_TO.search(b) for b in before) or any(
                LICENSES.match(a) for a in after
            ):
                give(counterparty, "licensee")
            else:
                give(counterparty, "partner")
        elif event_type == "collaboration":
            give(counterparty, "partner")
    for payer, payee in payments:
        give(payer, "payer")
        give(payee, "payee")
    return {
        name: next(role for role in ROLE_ORDER if role in found) for name, found in roles.items()
    }


def in_sentence(
    text: str, span_start: int, span_end: int, spans: list[tuple[int, int]]
) -> list[int]:
    """Indexes of the ``spans`` that lie in the sentence around ``text[span_start:span_end]``."""
    left, right = sentence_bounds(text, span_start, span_end)
    return [i for i, (start, end) in enumerate(spans) if left <= start and end <= right]


def _companies(text: str, issuer: str | None, organizations: list[Named]) -> list[Named]:
    """The organisations a person may speak for: those found, the issuer, and their short
    names ("Head of Research at Omura")."""
    issuer_name = _issuer_name(issuer, organizations)
    everyone = organizations + ([Named(issuer_name, -1, -1)] if issuer_name else [])
    if issuer_name and issuer_name.startswith("The "):  # "at the University of Westbrook" is
        everyone.append(Named(issuer_name, -1, -1, issuer_name[4:]))  # "The University of ..."
    return everyone + short_names(text, everyone)


# what joins a title to the company that ends it: "CEO of Beta", "Head of Research at Beta"
TITLE_COMPANY_JOIN = re.compile(r",?\s+(?:of|at|for)\s+(?:the\s+)?$")


def title_without_company(
    text: str, title: str | None, issuer: str | None, organizations: list[Named]
) -> str | None:
    """A title without the company that ends it, which the person's organisation names:
    "President and CEO of BioMS Medical" is "President and CEO" (its unit, "Medical", had
    kept it)."""
    if not title:
        return title
    in_title = _inside(_companies(text, issuer, organizations), title, 0, len(title))
    if not in_title or title[in_title[-1].span_end :].strip(" .,"):
        return title
    join = TITLE_COMPANY_JOIN.search(title, 0, in_title[-1].span_start)
    return (title[: join.start()] or None) if join else title


PARENTHESIS_REACH = 160
# the capitalised words before a title printed before its name: "MSD managing director",
# "Beta's Chief Executive Officer", a plural's "Beta Therapeutics' chief executive" (never a
# sentence's end: "... results. Chief ...")
OWNER_BEFORE = re.compile(
    r"(?<![\w.,;:])((?:[A-Z][\w&-]*\s){0,3}[A-Z][\w&-]*)(?:['’]s|(?<=s)['’])?\s+$"
)
BETWEEN_TITLE_AND_NAME = re.compile(r",?\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?")
OWNER_REACH = 60


PAIR_SECOND = re.compile(rf"(?<![\w'’-]){TWO_WORD_NAME}\s+and\s+$")
PAIR_REACH = 80


def _owner_before_title(text: str, span_start: int, title: str | None) -> str | None:
    """The company printed right before a title that is printed right before the name, if any:
    "MSD managing director Will Delaat" -> "MSD", "Beta's CEO Ann Lee" -> "Beta"."""
    if not title:
        return None
    before = text[max(0, span_start - len(title) - OWNER_REACH) : span_start]
    at = before.rfind(title)
    if at == -1 or not BETWEEN_TITLE_AND_NAME.fullmatch(before, at + len(title)):
        return None
    owner = OWNER_BEFORE.search(before, 0, at)
    first = owner.group(1).split(" ")[0] if owner else ""
    if owner is None or first in name_openers() or first.casefold() in FUNCTION_WORDS:
        return None  # "The CEO and chairwoman Martine Rothblatt"
    return owner.group(1)


QUOTE_OPENS = re.compile(r"[“\"]")
EDUCATED = re.compile(
    r"\b(?:earned|received|holds|obtained|graduated|studied|completed)\b[^.;]*\b(?:degree|"
    r"bachelor|master|doctorate|Ph\.?D|M\.?D|M\.?B\.?A|diploma|studies|training|residency)",
    re.I,
)
# a company's verb of appointing right before the person's name: "Acusphere has appointed "
APPOINTS_BEFORE = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:appointed|appoints|named|names|hired|hires|promoted|promotes)"
    r"\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$"
)
APPOINTS_REACH = 40
# ... or that the person will lead, a title between: "Brightwell will be led by Chief Executive
# Officer Marisol Trent, previously President of Talvern's consumer health division"
LED_BY_BEFORE = re.compile(
    r"\s+(?:will\s+be|is|are|to\s+be|shall\s+be)\s+(?:led|headed)\s+by\s+(?:its\s+)?"
    r"(?:(?:[A-Z][\w&-]*|and|of)\s+){0,6}(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$"
)
LED_BY_REACH = 100
# the company a person joins, right after the verb: "will be joining Acme", "joins the Acme"
JOINS_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$")
JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\b")
FORMERLY_BEFORE = re.compile(rf"\b(?:{FORMERLY}|most\s+recently)\b", re.I)


# a name's apposition of short comma-separated phrases (degrees, title, unit) up to a company:
# ", MD, senior vice president and general manager, neuroscience and ophthalmology, "
TITLE_APPOSITION = re.compile(r",(?:\s*[^,;\"“”()\n]{1,60},){1,4}\s*")


# a contact's number or e-mail, which ends its entry
NUMBER_OR_MAIL = re.compile(r"@|\d[\d()./ -]{6,}\d")
# what may open a contact's line before the name: a table's pipe, a desk's label ("Investors: "
# of a joint release's second company, its name on the line above), an honorific ("Dr. "), the
# names before it that a slash parts ("Freddie Barnfield / ")
LINE_OPENING = re.compile(
    rf"[| \t]*(?:(?:(?:{DESK_LABELS})(?:[ \t][Cc]ontacts?)?|Contacts?|CONTACTS?)[ \t]*:[ \t]*)?"
    rf"(?:[^\n/]{{2,40}}[ \t]/[ \t]+)*{HONORIFIC}"
)


OWNER_CONTACTS_HEADING = re.compile(
    rf"(?P<owner>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){{0,3}}?)(?:[ ](?:{DESK_LABELS}))?"
    r"[ ](?:Contacts?|Enquiries|Inquiries)[ \t]*:?[ \t]*"
)


def _heading_organization(
    text: str, span_start: int, everyone: list[Named], issuer: str | None, issuer_name: str | None
) -> str | None:
    """The organisation a contact table's entry is under: the line above a name that opens its
    line is that organisation alone ("Numis Securities Limited (Nominated Adviser)" over
    "Freddie Barnfield / Duncan Monteith  +44 20 ...")."""
    line_start = text.rfind("\n", 0, span_start) + 1
    if line_start < 2 or not LINE_OPENING.fullmatch(text, line_start, span_start):
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    under_unit = False
    if above_start >= 2 and only_unit_words(above.strip(" \t|:").split()):
        # the company's unit between its name and the contact's: "Hallbrook Therapeutics, Inc."
        # over "Investor Relations" over "Megan Castellano"
        under_unit = True
        line_start = above_start
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
    at = above_start + len(above) - len(above.lstrip(" \t|"))
    for org in everyone:
        if org.span_start == at and HEADING_REST.fullmatch(text, org.span_end, line_start - 1):
            return org.name
    for org in everyone:  # printed again as the heading: its first printing is in the lead
        printed = org.printed or org.name
        if text.startswith(printed, at) and HEADING_REST.fullmatch(
            text, at + len(printed), line_start - 1
        ):
            return org.name
    if (
        issuer
        and text.startswith(issuer, at)
        and HEADING_REST.fullmatch(text, at + len(issuer), line_start - 1)
    ):
        return issuer_name
    # a company's contacts headed by its name, the company's short name too: "Ferrante Contact"
    # over "Karen Wu, 650-555-0123" (never a desk's alone: "Media Contacts")
    # (unnamed elsewhere, a name of its own, never English words: "Company Contact:")
    labelled = OWNER_CONTACTS_HEADING.fullmatch(text, at, line_start - 1)
    if labelled and not re.fullmatch(DESK_LABELS, labelled["owner"]):
        owner = labelled["owner"]
        named = _short_named_company(owner, text, everyone, issuer, issuer_name)
        counts = word_counts()
        if named or any(
            counts.get(w.casefold(), 0) < SHORT_FIRST_WORD_RARER for w in owner.split()
        ):
            return named or owner
    # a firm no rule names an organisation, with its role or number as a table's heading: "Cairn
    # Capital Markets (Nominated Adviser)     Tel: +44 (0)20 7555 0200" over "Tom Pritchard"
    # (or its role alone: "Singer Capital Markets (Nominated Adviser and Broker)" over "Aubrey
    # Powell / Tom Salvesen   +44 (0)20 7555 0202")
    firm = FIRM_HEADING.match(text, at, line_start - 1)
    if (
        firm
        and HEADING_REST.fullmatch(text, firm.end("firm"), line_start - 1)
        and (
            NUMBER_OR_MAIL.search(text, firm.end("firm"), line_start - 1)
            or ROLE_IN_BRACKETS.match(text, firm.end("firm"), line_start - 1)
        )
    ):
        return _firm_line(text, at, firm.end("firm"))
    # a firm no rule names an organisation, alone on its line over a contact's entry: the agency
    # of an old wire's contact block ("Burns McClellan" over "Lisa Burns, 212/555-8800")
    line_end = text.find("\n", span_start)
    if under_unit and line_end >= 0:
        line_end = text.find("\n", line_end + 1)  # (under a unit, on the line after it too:
        # "NewCap" over "Investor Relations" over "Mathilde Roux" over "+33 1 44 71 94 94")
    if NUMBER_OR_MAIL.search(text, span_start, len(text) if line_end < 0 else line_end):
        return _firm_line(text, above_start, line_start - 1)
    return None


def _firm_line(text: str, start: int, end: int) -> str | None:
    """The firm a line between ``start`` and ``end`` names alone, which no rule reads as an
    organisation: never a person, a post or a company's unit ("Corporate Communications"), nor a
    place."""
    firm = FIRM_LINE.fullmatch(text, start, end)
    if (
        firm is None
        or a_person(firm["firm"])
        or only_unit_words(firm["firm"].split())
        or firm["firm"].casefold() in phrase_titles()  # "Company Secretary": a post
        # a post's head word in it: "Head of Investor Relations", "Managing Director and CEO"
        or any(word.casefold() in title_words()[1] for word in firm["firm"].split(" "))
        or firm["firm"].casefold() in place_names()
    ):
        return None
    return firm["firm"]


def _firm_below(text: str, span_start: int, span_end: int) -> str | None:
    """The firm on the line under a contact's name that has its line alone, with the contact's
    number or e-mail on the line after it: "Tom Hargreaves" over "WE Communications" over
    "+61 400 123 456"; or the firm after the name and a comma on its line, the number or e-mail
    after the next comma: "Lena Ortiz, Ten Bridge Communications, lena@tenbridge.com"."""
    line_start = text.rfind("\n", 0, span_start) + 1
    if not LINE_OPENING.fullmatch(text, line_start, span_start):
        return None
    if text.startswith(", ", span_end):
        line_end = text.find("\n", span_end)
        line_end = len(text) if line_end < 0 else line_end
        comma = text.find(",", span_end + 2, line_end)
        after = text.find(",", comma + 1, line_end) if comma >= 0 else -1
        if comma < 0 or not NUMBER_OR_MAIL.search(
            text, comma + 1, line_end if after < 0 else after
        ):
            return None
        return _firm_line(text, span_end + 2, comma)
    if not text.startswith("\n", span_end):
        return None
    below_start = span_end + 1
    below_end = text.find("\n", below_start)
    if below_end < 0:
        return None
    after_end = text.find("\n", below_end + 1)
    if not NUMBER_OR_MAIL.search(text, below_end + 1, len(text) if after_end < 0 else after_end):
        return None
    return _firm_line(text, below_start, below_end)


# a line of a firm's name alone: two to five capitalised words ("Burns McClellan", "Lazar
# Partners Ltd.", the first perhaps in lower case before a capital inside: "finnCap Ltd") or a
# camel-case word ("NewCap"), never a desk's or contact's label
FIRM_WORDS = (
    rf"(?:{LOWER_OPENER})?[A-Z][\w&'’.-]*(?:[ ](?:(?:&|of|for|and)[ ])?[A-Z][\w&'’.-]*){{1,4}}"
)
FIRM_LINE = re.compile(
    rf"[| \t]*(?!(?:{DESK_LABELS}|Contacts?|CONTACTS?)\b)"
    rf"(?P<firm>{FIRM_WORDS}"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]+)[ \t|]*"  # or one camel-case word: "NewCap"
)


FIRM_HEADING = re.compile(rf"(?P<firm>{FIRM_WORDS})")


# a contact's line that opens on the company it answers for, and a colon: "Polaris
# Therapeutics: Marie-Claire Dubois, mdubois@..."
OWNER_LABEL = re.compile(rf"[| \t]*(?P<owner>[A-Z][^\n:]{{0,60}}?)[ \t]*:[ \t]*{HONORIFIC}")


OWNER_ENTRY = re.compile(
    rf"(?:^|;|\n)[ \t]*(?:{CONTACT_WORDS}:[ \t]*)?(?P<owner>[A-Z][^\n:;,]{{0,60}}?),[ \t]*"
    rf"{HONORIFIC}$"
)
OWNER_ENTRY_CHARS = 90
OWNER_CELL = re.compile(  # (a hyphen between spaces too, after a label or a semicolon:
    # "Contacts: Nurovia - Yael Ben-David, ...; Cascadia - Ethan Park, ...")
    rf"(?:^|\n|;)[ \t|]*(?:{CONTACT_WORDS}:[ \t]*)?(?P<owner>[A-Z][^\n|–—;:]{{0,40}}?)"
    rf"[ \t]+[|–—-][ \t]+(?:(?i:{DESK_LABELS})[ \t]+[|–—-][ \t]+)?{HONORIFIC}$"
)


def _labelled_organization(
    text: str, span_start: int, everyone: list[Named], issuer: str | None, issuer_name: str | None
) -> str | None:
    """The company a contact's line opens with before its name and a colon, if the release names
    that company ("Polaris Therapeutics: Marie-Claire Dubois, ..."); a desk's or a region's
    label ("Media: ", "US: ") names none."""
    line_start = text.rfind("\n", 0, span_start) + 1
    label = OWNER_LABEL.fullmatch(text, line_start, span_start)
    if label is None:
        return None
    named = _named_company(label["owner"], text, everyone, issuer, issuer_name)
    desk = OWNER_DESK.fullmatch(label["owner"]) or OWNER_CONTACTS_HEADING.fullmatch(label["owner"])
    if named is None and desk and not re.fullmatch(DESK_LABELS, desk["owner"]):
        # the company's short name before a desk's label in a joint release: "Ventrix
        # Investors: Jonah Feldstein" of Ventrix Pharmaceuticals, "Talis Contact: Darnell
        # Brooks" of Talis Therapeutics (never a desk's alone)
        named = _short_named_company(desk["owner"], text, everyone, issuer, issuer_name)
    return named


def _short_named_company(
    owner: str, text: str, everyone: list[Named], issuer: str | None, issuer_name: str | None
) -> str | None:
    """The company a contact's heading or label names, by its name or by its first words, a
    common word too ("Omega Contact" of "Omega Pharma", "Ventrix Investors" of "Ventrix
    Pharmaceuticals")."""
    return _named_company(owner, text, everyone, issuer, issuer_name) or next(
        (org.name for org in everyone if org.name.removeprefix("The ").startswith(f"{owner} ")),
        None,
    )


# a company's name and a desk's label after it: "Halcyon Media", "Ventrix Investor Relations"
OWNER_DESK = re.compile(
    rf"(?P<owner>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){{0,3}}?)[ ](?:{DESK_LABELS})"
    r"(?:[ ](?:[Cc]ontacts?|[Rr]elations))?"
)


def _named_company(
    printed: str, text: str, everyone: list[Named], issuer: str | None, issuer_name: str | None
) -> str | None:
    """The organisation (or the issuer, by a name it goes by) that ``printed`` names, if the
    release names it: one key for "Beta", "Beta Inc." and "Beta, Inc."."""
    key = company_key(printed)
    named = [
        org
        for org in everyone + _issuer_aliases(text, issuer_name, issuer)
        if key in (company_key(org.name), company_key(org.printed or org.name))
    ]
    return named[0].name if named else None


# what may follow the organisation on a heading line: its role in brackets, a table's pipe, its
# phone number ("Numis Securities Limited (Nominated Adviser)   +44 (0)20 7555 0200")
HEADING_REST = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t|:]*"
    r"(?:(?:(?:Tel|Phone|T)\b\.?:?[ \t]*)?\+?[\d(][\d()./ -]{6,20}\d[ \t|]*)?"
)


ROLE_IN_BRACKETS = re.compile(r"[ \t]*\([A-Z][^()\n]{1,60}\)")
CONTACT_DESK_AFTER = re.compile(r"[ \t]*\([A-Za-z][^()\n]{0,30}\)(?=[ \t]*\n)")


# a company's possessive right before a person, an honorific between: "Frazier's Dr. James Topper"
POSSESSIVE_OWNER_BEFORE = re.compile(
    r"(?<![\w.&-])(?P<owner>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3})['’]s[ ]+"
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ]+)?$"
)


# the company whose post the person holds, after "is": "... is Vela's Chief Executive Officer"
# (past an apposition: ", formerly Executive Vice President of Arcturus,")
COPULA_OWNER_AFTER = re.compile(
    rf"{FORMER_POST}[ ]is[ ](?P<owner>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){{0,3}})['’]s[ ]"
)


# the laboratory or group a person heads, named before them: "in the laboratory of Professor"
LAB_OF_BEFORE = re.compile(
    r"\b(?:laborator(?:y|ies)|lab|research\s+group|group)\s+of\s+"
    r"(?:(?:Professor|Prof\.|Dr\.?)\s+)?$",
    re.IGNORECASE,
)
LAB_OF_CHARS = 40


@cache
def _academic() -> re.Pattern[str]:
    """A head of an academic institution in a name (organization_heads.csv's `academic`)."""
    return re.compile(rf"(?<!\w)(?:{words_alternation(academic_heads())})(?!\w)")


# a firm a clause engages, after the person: "ratified the appointment of Ernst & Young LLP"
FIRM_ENGAGED_BEFORE = re.compile(
    r"\b(?:appointment|engagement|selection|retention|election)\s+of\s+(?:the\s+)?$"
)
CLAUSE_VERB = re.compile(r"\b(?:has|have|had|is|was|were|will|would|raised|led|said)\b")


def person_organization(
    text: str,
    span_start: int,
    span_end: int,
    title: str | None,
    issuer: str | None,
    organizations: list[Named],
) -> str | None:
    """The organisation a person speaks for: one named in the title ("Chief Executive Officer of
    Beta"), else the company whose parenthesis names the person ("Beta Co., Ltd. (Osaka;
    President: Ken Mori)"), else one named right after the person in the sentence ("..., CEO of
    Beta, said"), else the issuer, whose release it is."""
    issuer_name = _issuer_name(issuer, organizations)
    everyone = _companies(text, issuer, organizations)
    if title:
        in_title = _inside(everyone, title, 0, len(title))
        if in_title:
            return in_title[-1].name
    # a parenthesis after a company that names its people: "Ono Pharmaceutical Co., Ltd.
    # (Osaka, Japan; President, Representative Director: Gyo Sagara; 'ONO')"
    opened = text.rfind("(", max(0, span_start - PARENTHESIS_REACH), span_start)
    if opened != -1 and ")" not in text[opened:span_start]:
        owner = [
            org
            for org in _inside(everyone, text, max(0, opened - PARENTHESIS_REACH), opened)
            if not text[org.span_end : opened].strip()
        ]
        if owner:
            return owner[-1].name
        if issuer and issuer_name and text[:opened].rstrip().endswith(issuer):
            return issuer_name
    # the company that appoints the person: "Drug delivery specialist Acusphere has appointed
    # Michael Slater as its senior vice president"
    appointer = APPOINTS_BEFORE.search(text, max(0, span_start - APPOINTS_REACH), span_start)
    if appointer:
        at = appointer.start()
        named = [org for org in everyone if org.span_end >= 0 and org.span_end == at]
        if named:
            return named[-1].name
    led = LED_BY_BEFORE.search(text, max(0, span_start - LED_BY_REACH), span_start)
    if led:  # (by its name or its short name, printed right before the verb)
        at = led.start()
        for org in everyone:
            printed = org.printed or org.name
            if (
                text.endswith(printed, 0, at)
                and not text[at - len(printed) - 1 : at - len(printed)].isalnum()
            ):
                return org.name
    # "Chairman of Tasly Pharmaceutical Group Mr Yan Kaijing said": the company that ends a
    # title printed before the name
    titled = [
        org
        for org in _inside(everyone, text, max(0, span_start - OWNER_REACH - 20), span_start)
        if BETWEEN_TITLE_AND_NAME.fullmatch(text, org.span_end, span_start)
        and TITLE_COMPANY_JOIN.search(text, max(0, org.span_start - 12), org.span_start)
    ]
    if titled:
        return titled[-1].name
    # the second of a pair one title introduces: its owner is before the first ("RBC analysts
    # Alistair Campbell and Charles Weston said")
    pair = PAIR_SECOND.search(text, max(0, span_start - PAIR_REACH), span_start)
    first_of_pair = pair.start() if pair else span_start
    before_title = _owner_before_title(text, first_of_pair, title)
    if before_title is None and title and first_of_pair != span_start:
        before_title = _owner_before_title(text, first_of_pair, title + "s")
    if before_title is None and title:
        before_title = _owner_before_title(text, span_start, title + "s")
    if before_title is not None:  # "MSD managing director Will Delaat", "Beta's CEO Ann Lee"
        # (a company the release never names: unknown)
        return _named_company(before_title, text, everyone, issuer, issuer_name)
    copula = COPULA_OWNER_AFTER.match(text, span_end)
    if copula:  # "Priya Nandakumar, formerly of Arcturus, is Vela's Chief Executive Officer"
        company = _short_named_company(copula["owner"], text, everyone, issuer, issuer_name)
        if company is not None:
            return company
    possessive = POSSESSIVE_OWNER_BEFORE.search(text, max(0, span_start - OWNER_REACH), span_start)
    if possessive:  # "Frazier's Dr. James Topper and Venrock's Dr. Nimish Shah will join"
        company = _short_named_company(possessive["owner"], text, everyone, issuer, issuer_name)
        if company is not None:
            return company
    _, right = sentence_bounds(text, span_start, span_end)
    following = _inside(everyone, text, span_end, min(right, span_end + 120))
    for org in following:
        between = text[span_end : org.span_start]
        if QUOTE_OPENS.search(between):
            break  # the person's words, no post of theirs: 'Jane Roe said, "... of Beta ..."'
        if EDUCATED.search(between):
            break  # "Lee Byung-chul, who earned a bachelor's in biology from Seoul National
            # University": where the person studied, no post
        if FORMERLY_BEFORE.search(between):
            break  # "Anna Berg, formerly of Omega, as ...": where she was, no post of hers now
        if JOINS_BEFORE.search(between):
            return org.name  # "Jane Doe, M.D. who will be joining Acme from Beta as ...": Acme
        if FIRM_ENGAGED_BEFORE.search(between):
            break  # "... elected Jane Roe as a director, ratified the appointment of Ernst &
            # Young LLP": the firm another clause engages, no post of hers
        if re.search(r"\b(?:of|at|from)\s+(?:the\s+)?$", between[-12:]) and not (
            JOINED_BEFORE.search(between)  # "joins Acme from Beta": Beta was before
        ):
            return org.name
        if title and title in between and TITLE_APPOSITION.fullmatch(between):
            return org.name  # "Vlad Hogenhuis, MD, senior vice president and general manager,
            # neuroscience and ophthalmology, Merck & Co., Inc."
    heading = _heading_organization(text, span_start, everyone, issuer, issuer_name)
    if heading is not None:
        return heading
    labelled = _labelled_organization(text, span_start, everyone, issuer, issuer_name)
    if labelled is not None:
        return labelled
    # a contact line's entry that opens with its company, a comma before the name: "Contacts:
    # Acme, Public Relations, +81-3-5555-1234; Beta, Ed Roe, Chief Financial Officer"
    # ... or its first cell, a dash or a bar after it, a desk's cell between: "NewCap –
    # Investor relations – Louis Tilly – +33 1 44 71 00 00" (a firm no rule reads too)
    for pattern in (OWNER_ENTRY, OWNER_CELL):
        entry = pattern.search(text, max(0, span_start - OWNER_ENTRY_CHARS), span_start)
        if entry is None:
            continue
        firm = _named_company(entry["owner"], text, everyone, issuer, issuer_name)
        if firm is None and pattern is OWNER_CELL:
            firm = _firm_line(text, entry.start("owner"), entry.end("owner"))
        if firm is not None:
            return firm
    # a contact block: "Barbara Yates\nThe Yates Network" or "Barbara Yates, The Yates Network",
    # past the desk the contact answers for: "Herb Roe (Investors)\nH.L. Roe Inc."
    desk = CONTACT_DESK_AFTER.match(text, span_end)
    span_end = desk.end() if desk else span_end
    block_end = text.find("\n\n", span_end)
    block_end = min(block_end if block_end != -1 else len(text), span_end + 80)
    if right > span_end:  # never past the sentence's end: "... officer of Five Prime. “GSK’s"
        block_end = min(block_end, right)
    block = text[span_end:block_end]
    if block.startswith(("\n", ", ", " |")):
        nearby = _inside(everyone, text, span_end, span_end + len(block))
        if (
            nearby
            and "\n" not in text[span_end + 1 : nearby[0].span_start].strip("\n ,|")
            and not EDUCATED.search(text, span_end, nearby[0].span_start)
            and not JOINED_BEFORE.search(text, span_end, nearby[0].span_start)
            and not QUOTE_OPENS.search(text, span_end, nearby[0].span_start)  # 'Dan Roe,
            # Executive Chairman, said, "We look forward to working with Beta': his words
            # (a company on the line after the contact's number heads the next entry:
            # "Jane Roe, CEO   +44 20 5555 0101" over "Numis Securities Limited")
            and not NUMBER_OR_MAIL.search(text, span_end, nearby[0].span_start)
            and not FORMERLY_BEFORE.search(text, span_end, nearby[0].span_start)
            # a clause of the sentence, no contact's line: "... by Dr. Tom Hendry, has raised
            # £8.5 million in a seed round led by Oxford Science Enterprises"
            and not CLAUSE_VERB.search(text, span_end, nearby[0].span_start)
        ):
            return nearby[0].name
    firm = _firm_below(text, span_start, span_end)
    if firm is not None:  # (the name the release gives it elsewhere, by its first words too:
        # "Calloway Institute" of "The Calloway Institute for Cancer Research", if any)
        return _short_named_company(firm, text, everyone, issuer, issuer_name) or firm
    if LAB_OF_BEFORE.search(text, max(0, span_start - LAB_OF_CHARS), span_start):
        # a laboratory's head: the institution its sentence names, never the issuer ("a
        # technology developed in the laboratory of Professor Helen Marsh" at a university)
        left, right = sentence_bounds(text, span_start, span_end)
        academic = [o for o in _inside(everyone, text, left, right) if _academic().search(o.name)]
        if academic:
            return academic[0].name
        # (the issuer when it is an institution itself: a university's own release)
        return issuer_name if issuer_name and _academic().search(issuer_name) else None
    return issuer_name
