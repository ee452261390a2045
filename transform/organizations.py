"""Organisations a release names besides its issuer: companies, agencies, universities.

Rules: `organization_lexicon` (companies and organisations of names.csv, extended by a legal
suffix printed after them: "Amgen Inc."), `company_suffix` (capitalised words ending in a legal
form: "Onyx Pharmaceuticals, Inc.", "Oppenheimer & Co. Inc."), `organization_head`
(capitalised words ending in Agency, Administration, Society, University ...:
"European Medicines Agency", "American Society of Hematology"), `company_trade_word` ("Ligand
Pharmaceuticals") `company_descriptor` (the name after "firm", "drugmaker", "partner" ...:
"US privately-held firm Chicago Labs") and `company_apposition` (a name an apposition says is a
company: "GRAIL, a healthcare company focused on ...").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import islice, pairwise

from transform.dateline import TIME_ZONE
from transform.dictionary import NamedMatch, a_known_organization, names_matcher
from transform.drug_vocabulary import is_class_word, is_drug_name
from transform.headline import CONTACT_WORDS, heading_verb, noise_lines, title_like
from transform.lexicon import (
    a_nationality,
    alias_map,
    alternation,
    company_suffix_pattern,
    company_trade_words,
    context_words,
    country_names,
    deal_words_end,
    descriptor_words,
    legal_form,
    legal_form_and_rest,
    legal_form_at_end,
    legal_form_words,
    load_lexicon,
    name_openers,
    nationality_before,
    only_title_words,
    organization_head_words,
    organization_heads_needing_a_name,
    place_names,
    title_unit_heads,
    title_words,
    us_states,
    word_prefixes,
    words_alternation,
)
from transform.literals import LineCued
from transform.people import DESK_LABELS, HONORIFIC_WORD
from transform.repair.vocabulary import american_count, given_names, is_known, word_counts
from transform.repair.words import FUNCTION_WORDS
from transform.rules import confidence as confidence_of
from transform.segments import cover_page_end
from transform.text_spans import DRUG_CODE, WIRE_SLUG, line_bounds, sentence_bounds

# A capitalised word, or an abbreviation ("U.S.", "J.P.", "Co."): never a word that ends a
# sentence ("Administration. About ..."), nor a plural's possessive ("Human Services’").
# (a word read whole, never given back: what follows a word opens with a space, a comma or a
# bracket, never inside it, so a shorter reading could not match where the whole failed)
CAPITALISED = r"(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,2}\.|[A-Z][\w’'&-]*+(?<![’'])|&)"
# What opens a name printed in lower case before its capital: "uniQure", "iBio", "e-Therapeutics"
LOWER_OPENER = r"(?:[a-z]++|[a-z]-)(?=[A-Z])"
CONNECTOR = r"(?:[ ](?:of|for|de|&)[ ]|[ ])"  # names never cross a line; "and" joins two names
# "Securities and Exchange Commission"; a name's particle: "J. van Dijk Capital Partners"
# (or an elided article or "de" before a capital, as French, Catalan and Italian print them:
# "Vall d'Hebron Institute of Oncology")
HEAD_CONNECTOR = r"(?:[ ](?:of|and|for|de|van|von|der|den|&)[ ]|[ ](?:d|l)['’](?=[A-Z])|[ ])"
# before a legal form, the joining words of the languages whose companies a release names too:
# "Recordati Industria Chimica e Farmaceutica S.p.A.", "Laboratorios del Dr. Esteve S.A."
FORM_CONNECTOR = (
    r"(?:[ ](?:of|for|de|van|von|der|den|&|e|y|et|und|di|del|della|da|do|du|des)[ ]|[ ])"
)


@cache
def _company() -> LineCued:
    return LineCued(
        re.compile(
            # (digits may open it, before a hyphen or glued to a capital: "3-Dimensional
            # Pharmaceuticals Inc.", "3D Medicines Inc.")
            rf"(?<![\w.])(?P<name>(?:{LOWER_OPENER}|\d{{1,3}}-|\d{{1,2}}(?=[A-Z]))?{CAPITALISED}"
            # a place in parentheses after its first word: "Hansoh (Shanghai) Healthtech Co., Ltd."
            rf"(?:[ ]\((?P<inner>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\)(?=[ ][A-Z]))?"
            rf"(?:{FORM_CONNECTOR}{CAPITALISED}){{0,5}}?"
            # the place a name prints in parentheses before its form: "Zhaoke Pharmaceutical
            # (Hefei) Co. Ltd.", "Lee's Pharmaceutical (HK) Ltd."
            rf"(?:[ ]\([A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?\))?,?[ ]"
            # a second form, after a comma with or without its space: "CO.,LTD", "Co., Ltd."
            rf"{company_suffix_pattern()}(?:(?:,[ ]?|[ ]){company_suffix_pattern()})?)"
        ),
        # read only on the lines that print a legal form after a space, as a word's end
        needs=_after_space("company_suffixes", "suffix"),
        whole=True,
    )


# A name printed in lower case, a number before it perhaps: "bluebird bio", "89bio", "2seventy
# bio" (the issuer's lead reads it too)
LOWER_CASE_NAME = r"(?P<first>\d{0,2}[a-z][A-Za-z0-9-]+)(?:[ ][a-z][A-Za-z0-9-]+)?"


@cache
def _lower_case_company() -> LineCued:
    """A company that prints its name in lower case before its legal form: "bluebird bio,
    Inc.", "89bio, Inc.", "2seventy bio, Inc." (its first word one English hardly uses)."""
    return LineCued(
        re.compile(
            rf"(?<![\w'’.&-])(?P<name>{LOWER_CASE_NAME},?[ ]{company_suffix_pattern()})(?![\w-])"
        ),
        needs=_after_space("company_suffixes", "suffix"),
        whole=True,
    )


LEGAL_FORM_OPENS = re.compile(r"(?P<form>[A-Z][A-Za-z]*\.?)[ ](?:and|&)[ ]")


GLUED_BEFORE = re.compile(r"[A-Za-z]*[/.]$")  # a legal form's first letters: "A/" of "A/S"
GLUED_CHARS = 6


def _glued_before(text: str, start: int) -> str:
    """The letters glued by a slash or a full stop before ``start``: "A/" before the "S" of
    "Novo Holdings A/S and ..." (a legal form a name's pattern reads from its second part)."""
    glued = GLUED_BEFORE.search(text, max(0, start - GLUED_CHARS), start)
    return glued.group() if glued else ""


def _place_with_form(name: str) -> bool:
    """Whether ``name`` is a place and a legal form alone ("Hong Kong Limited")."""
    form = legal_form_and_rest().search(name)
    return form is not None and _a_place(name[: form.start()])


def _after_space(lexicon: str, column: str) -> frozenset[str]:
    """A lexicon column's entries, each after a space: what a name's last word is printed as."""
    return frozenset(" " + row[column] for row in load_lexicon(lexicon))


# A company's noun as its legal form after an indefinite article says what a company is: "is a
# publicly listed, Biopharmaceutical Company focused on ...", "a Delaware Corporation"
DESCRIBED_FORM = re.compile(r"\s(?:Company|Corporation|Group)$")
INDEFINITE_BEFORE = re.compile(  # adjectives between, never "a subsidiary of"
    r"\b(?:a|an)\s+(?:(?!(?:of|by|to|for|from|with|and|in|at)\b)[a-z][\w-]*,?\s+){0,3}$"
)
INDEFINITE_CHARS = 60


# Words of a meeting an organisation holds, not of its name ("... of Clinical Oncology Annual
# Meeting")
GATHERINGS = r"(?:Meeting|Congress|Conference|Symposium|Summit)"
MEETING_WORDS = rf"(?:Annual|{GATHERINGS})\b"
# a word of an organisation's name after its head, never a meeting's; a plural's possessive ends
# the name
# "of" in the languages whose universities and institutes a release names: "Université de
# Sherbrooke", "Universidad de Navarra", "Istituto di Ricerche", "Universidade do Porto"
FOREIGN_OF = r"(?:de|di|do|da|du|des|del|della|degli)"
HEAD_WORD = rf"[ ](?!{MEETING_WORDS})[A-Z][\w’'-]*(?<![’'])"
# a word of a name a head opens, its joining words too: "Università degli Studi di Milano",
# "Institut d'Investigacions Biomèdiques", "Hôpital de la Pitié-Salpêtrière", "Universiteit
# van Amsterdam"
OPENED_WORD = (
    rf"(?:[ ](?:{FOREIGN_OF}|dei|delle|de[ ]la|van|voor|y|e|i))?[ ](?!{MEETING_WORDS})"
    r"(?:[dl]['’])?[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?![\w’'-])"
)
# a lower-case prefix glued to a name's first word: "pan-" of "pan-Canadian Pharmaceutical Alliance"
PREFIXED = r"(?:[a-z]{2,5}-(?=[A-Z]))?"
# a word of what a head is of or for, never a code with digits ("Group for RC148")
PLACE_WORD = (  # (a possessive after it is no part of it: "University of Eastmoor's")
    rf"[ ](?!{MEETING_WORDS})[A-Z][^\W\d_]*(?:['’-](?![sS]\b)[^\W\d_]+)*"
    r"(?![\w-]|['’](?![sS]\b))"
)
# what a second head of a name is of: "University of Pennsylvania School of Medicine"
HEAD_OF_MORE = re.compile(rf"[ ]of(?:{HEAD_WORD}){{1,3}}\b")
HEAD_THEN_HEAD = re.compile(r"(?:[ ][A-Z][a-z][\w’'-]*){0,2}[ ](?P<head>[A-Z][a-z]+)\b")
# (or a list of them, as a ministry's portfolio: "Ministry of Health" + ", Labour and Welfare",
# "Ministry of Economy" + ", Trade and Industry")
FIELD_AND_MORE = re.compile(
    r"((?:,[ ][A-Z][a-z]+){0,4},?[ ]and[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b"
)
FIELD_WORD = re.compile(r"[A-Z][a-z]+")
# a head's field narrowed by "in" a discipline: "Institute for Research" + " in Immunology and
# Cancer", "Centre for Excellence" + " in Drug Discovery"; never a place ("... in Boston")
FIELD_IN_MORE = re.compile(r"[ ]in[ ]([A-Z][a-z]+(?:[ ](?:(?:and|&)[ ])?[A-Z][a-z]+){0,3})\b")
# a university's campus by its city: "University of Alabama in Huntsville", "University of
# Texas at Austin" (a place of world_places.csv)
CAMPUS_MORE = re.compile(r"[ ](?:in|at)[ ]([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b")
# a place right after the head word ("University College Dublin", "Science Foundation Ireland"):
# one capitalised word, no more words of a name after it
SEAT_AFTER_HEAD = re.compile(r"[ ]([A-Z][a-z]+|UK)(?![\w’'-]|[ ][A-Z])")
UNIVERSITY_OF = re.compile(r"(?:The[ ])?(?:State[ ])?University[ ]of[ ][A-Z]")
BRAND_MARKS = ("®", "™")  # after a brand's name: "Raxone®"
NEXT_WORD = re.compile(r"[ \t]+([a-zA-Z]+)\b")
GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.&-])([A-Z][a-z]+)[ ]$")  # "Max " before "Bayer"
GIVEN_NAME_CHARS = 20
DISCIPLINE_ENDS = ("ology", "ogy", "ics", "ine", "ence", "ery")


@cache
def _organization() -> LineCued:
    head = alternation("organization_heads", "word")
    # "University of Auckland", "American Association for Cancer Research", "Center for Drug
    # Evaluation and Research"
    word = PLACE_WORD  # never a code: "an affiliate of AbbVie Group for RC148"
    of_place = (
        rf"(?:[ ](?:of|{FOREIGN_OF})(?:{word}){{1,4}}"
        # (with its article: "American Association for the Study of Liver Diseases")
        rf"|[ ]for(?:[ ]the)?(?:{word}){{1,3}}(?:[ ]and(?:{word}){{1,2}})?"
        rf"(?:[ ]of(?:{word}){{1,2}})?)"
    )
    # a head that opens its name, the name's words after it: "Institut Pasteur", "Université
    # Paris-Saclay" (never a head's own "of": that is of_place's)
    opening = words_alternation(
        frozenset(row["word"] for row in load_lexicon("organization_heads") if row["first"])
    )
    return LineCued(
        re.compile(
            rf"(?<![\w.-])(?P<name>(?:The[ ])?(?:{PREFIXED}(?:{CAPITALISED}{HEAD_CONNECTOR}){{1,5}}"
            rf"{head}(?:{of_place}){{0,2}}|{opening}(?:{OPENED_WORD}){{1,4}}|{head}{of_place}))\b"
            # "... Agency", "Institut Pasteur", "University of Auckland"
        ),
        needs=frozenset(row["word"] for row in load_lexicon("organization_heads")),
        whole=True,  # a head ends its word: "Center", never "Centers"
    )


# a house number before a street's name: "12 " of "12 Kendall Court" (never a count's "1,500 ")
HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,5}[A-Za-z]?[ ]$")
HOUSE_NUMBER_CHARS = 8


@cache
def _street_after() -> re.Pattern[str]:
    """A street's word after a name, the word ending it (context_words.csv role street):
    " Drive" of "Research Foundation Drive"."""
    return re.compile(rf"[ ]{words_alternation(context_words('street'))}(?![\w])")


def _in_street_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a street's name in a postal address: a house number
    before it and a street's word ending it or after it, or a comma after it ("12 Kendall
    Court, Cambridge"); never a count before a name ("3 National Institutes of Health grants")."""
    if not HOUSE_NUMBER_BEFORE.search(text, max(0, start - HOUSE_NUMBER_CHARS), start):
        return False
    last = text[start:end].rsplit(" ", 1)[-1]
    return (
        last in context_words("street")
        or _street_after().match(text, end) is not None
        or text.startswith(",", end)
    )


@cache
def _filing_after() -> re.Pattern[str]:
    """The rest of a regulatory filing's name after a word of the trade: " License
    Application" of "Biologics License Application" (context_words.csv role filing_head), or of
    a thing's: " Ingredients" of "Active Pharmaceutical Ingredients" (role thing_head)."""
    heads = words_alternation(context_words("filing_head") | context_words("thing_head"))
    return re.compile(rf"(?:[ ][A-Z][a-z]+){{0,2}}[ ]{heads}\b")


@cache
def _trade_name() -> LineCued:
    """One to three capitalised words ending in a word of the trade: "Ligand Pharmaceuticals";
    or one word joined to it by a hyphen: "Kelun-Biotech"."""
    trade = alternation("company_trade_words", "word")
    return LineCued(
        re.compile(
            rf"(?<![\w.])(?P<name>(?:\d{{1,2}}(?=[A-Z]))?(?:[A-Z][\w’'&-]*[ ]){{1,3}}{trade}"
            rf"|(?P<joined>[A-Z][a-z]{{2,}})-{trade})\b(?!-\w)"  # never a hyphen's first part:
            # "South Korea’s Bio" of "Bio-Pharm"
        ),
        needs=_after_space("company_trade_words", "word")
        | frozenset("-" + row["word"] for row in load_lexicon("company_trade_words")),
        whole=True,
    )


# the parties of a dispute or a deal: "between Biophytis and Negma Group Ltd"
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
BETWEEN_CHARS = 14
# a hyphen and a capitalised word after a known name: a longer name's first part ("Wyeth" of
# "Wyeth-Ayerst"), never an adjective's ("Pfizer-led") nor a list's ("Merck-, Pfizer-")
HYPHENED_NAME_GOES_ON = re.compile(r"-[A-Z][a-z]")
JOINED_NAME_WORD_RARER = 300  # uses in English: "Kelun" of "Kelun-Biotech", never "Anti-" words


MONTH_NAMES = frozenset([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"])
# the days' names, as a set: ``in calendar.day_name`` formats each day again at every test
WEEKDAY_NAMES = frozenset(calendar.day_name)
# the market suffix of a news agency's instrument code after a company's name: ".DE" of "Bayer
# BAYG.DE"
INSTRUMENT_SUFFIX = re.compile(r"(?<=[A-Z0-9])\.[A-Z]{1,2}\b")


# a contract named like an organisation ("Agreement of Strategic Alliance"), and its defined
# name in parentheses after it
DOCUMENT_NAME = re.compile(r"(?:Agreement|Contract|Deed|Memorandum|Letter)[ ](?:of|for|on)[ ]")
DEFINED_AFTER = re.compile(r"[ ]?\([\"“]?")
# the next of the companies a plural descriptor names: "drugmakers Roche" + " and Actelion"
NEXT_NAMED = re.compile(
    rf"(?:,[ ](?:and[ ])?|[ ]and[ ])(?P<name>{CAPITALISED}(?:{CONNECTOR}{CAPITALISED}){{0,3}})"
    r"(?![\w’'-])"
)


@cache
def _described_company() -> LineCued:
    """Capitalised words after a noun that says what a company is: "firm Chicago Labs", "its
    partners Genpharm and ..."."""
    nouns = alternation("company_descriptors", "word")
    return LineCued(
        re.compile(
            rf"(?<![\w-]){nouns}s?[ ](?P<name>{CAPITALISED}(?:{CONNECTOR}{CAPITALISED}){{0,3}})"
            r"(?![\w’'-])"
        )
    )


@cache
def _apposed_company() -> LineCued:
    """Capitalised words an apposition says are a company: "NOVA, a healthcare company focused
    on ...", "OrganoTherapeutics, a developer of organoids" (context_words.csv role
    ``apposition_noun``), or a Japanese release's bracket of its seat and officers:
    "Eddingpharm (Head Office: Shanghai, ...; Chief Executive Officer: ...)"."""
    nouns = words_alternation(context_words("apposition_noun"))
    return LineCued(
        re.compile(
            rf"(?<![\w.’'-])(?P<name>{CAPITALISED}(?:{CONNECTOR}{CAPITALISED}){{0,3}})"
            rf"(?:,[ ]an?[ ](?:[\w-]+[ ]){{0,5}}?{nouns}\b"
            r"|[ ]\((?:Head[ ]Office|Headquarters)[ ]?:)"
        )
    )


@cache
def _deal_partner() -> LineCued:
    """Capitalised words a deal's "with" names its partner by: "a research collaboration with
    Shionogi", "signs deal with Omegapharm" (context_words.csv role ``partner_noun``), a
    payment's "from" its payer: "a $1.5 million payment from Monsanto" (role ``payer_noun``), or
    a purchase's "by" its buyer: "agreed to be acquired by BGI-Shenzhen" (role ``buyer_verb``)."""
    nouns = words_alternation(context_words("partner_noun"))
    payers = words_alternation(context_words("payer_noun"))
    buyers = words_alternation(context_words("buyer_verb"))
    sellers = words_alternation(context_words("seller_verb"))
    receivers = words_alternation(context_words("receiver_verb"))
    return LineCued(
        re.compile(
            # or a payment's "from": "a $1.5 million payment from Monsanto"; or a buyer's "by":
            # "to be acquired by China’s BGI-Shenzhen" (role ``buyer_verb``); or the buyer of
            # what is sold or licensed out, its "to" after the thing: "licensed ZT-1 to Hikma",
            # "sold its unit to Recordati" (role ``seller_verb``; up to six words between)
            rf"(?<![\w-])(?:{nouns}[ ]with|{payers}[ ]from|{buyers}[ ]by"
            # (never the thing whose rights are licensed: "licensed North American rights to
            # Rivasta from Mitsuba")
            rf"|{sellers}[ ](?:(?!to[ ])[\w’'.-]+[ ]){{1,6}}?(?<!rights[ ])to"
            # or the payer of a sum received: "will receive $10 million from Zorvana" (a sum:
            # a figure in the 40 characters after the verb)
            rf"|{receivers}[ ](?=[^.;\n]{{0,40}}?\d)"
            rf"(?:(?!from[ ])[\w’'.,$€£¥-]+[ ]){{1,8}}?from)[ ]"
            rf"(?P<name>{CAPITALISED}(?:{CONNECTOR}{CAPITALISED}){{0,3}})(?![\w’'-])"
        )
    )


INVESTORS_CUE = re.compile(
    r"\b(?:(?:co-)?led[ ]by|joined[ ]by|(?:with[ ])?(?:the[ ])?participation[ ](?:from|of|by)"
    # (the investors' kind between: "participation from existing investors Omega Capital and")
    r"(?:[ ](?:new|existing|institutional|other)[ ]investors(?:[ ](?:including|such[ ]as))?)?"
    # (investors named so need no round before them: "led by new and existing institutional
    # investors, including Sofinnova Partners, Bpifrance and Andera Partners" of an offering)
    r"|(?P<named>(?:new|existing|institutional)[ ]investors,?[ ](?:including|such[ ]as)))"
    r"[ ](?:the[ ])?"
)
INVESTORS_WORDS = ("led by", "joined by", "participation", "investors")  # one is in every cue
ROUND_REACH = 120  # characters of its sentence a financing's round is read in before its cue


@cache
def _round() -> re.Pattern[str]:
    """A financing's round (context_words.csv role ``round_noun``): "Series B financing"."""
    return re.compile(rf"\b(?i:{words_alternation(context_words('round_noun'))})\b")


INVESTOR = re.compile(rf"{CAPITALISED}(?:{CONNECTOR}{CAPITALISED}){{0,4}}(?![\w’'-])")
INVESTOR_JOINT = re.compile(r",?[ ](?:and|as[ ]well[ ]as)[ ](?:the[ ])?|,[ ](?:the[ ])?")


def _investors(text: str) -> Iterator[tuple[int, int]]:
    """The spans of a financing's investors its cue names in a list, a round before it in its
    sentence: "a Series B financing led by OrbiMed, with participation from Frazier Life
    Sciences, RA Capital Management and existing investors" (a list ends at its first word in
    lower case)."""
    if not any(word in text for word in INVESTORS_WORDS):
        return  # most releases print none of the cue's words: no expression run over them
    for cue in INVESTORS_CUE.finditer(text):
        left = max(sentence_bounds(text, cue.start(), cue.end())[0], cue.start() - ROUND_REACH)
        if not cue["named"] and not _round().search(text, left, cue.start()):
            continue
        at = cue.end()
        while (name := INVESTOR.match(text, at)) is not None:
            yield name.span()
            joint = INVESTOR_JOINT.match(text, name.end())
            if joint is None:
                break
            at = joint.end()


# a firm's part in a deal or an offering after its name: "Stifel is acting as co-lead manager"
ACTING_AS = re.compile(
    r"[ ](?:(?P<verb>is|are|was|were|will[ ]be|has[ ]been|have[ ]been)[ ](?:acting|serving)"
    r"|(?P<past>acted|served))[ ]as[ ]"
    r"(?:the[ ]|a[ ]|an[ ]|its[ ]|their[ ]|[A-Z][\w’'-]*['’]s[ ])?"
    r"(?:(?:sole|exclusive|joint|lead|co-lead|global|senior|lead[ ]left|independent)[ ]){0,3}"
)
PLURAL_VERBS = frozenset({"are", "were", "have been"})
NAME_BEFORE_ACTING = re.compile(
    rf"(?<![\w’'.-])(?P<name>{CAPITALISED}"
    rf"(?:(?:{CONNECTOR}|,[ ]|,?[ ]and[ ]){CAPITALISED}){{0,15}})$"
)
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&.-]*,?[ ]$")
ACTING_NAME_CHARS = 200
LIST_SPLIT = re.compile(r",[ ](?:and[ ])?|[ ]and[ ]")


CAPITALISED_WORDS = re.compile(r"[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}")
SECURITIES_ROLE = re.compile(
    r"book|underwriter|placement|lead manager|co-manager|dealer|arranger|sales agent", re.IGNORECASE
)


@cache
def _adviser_role() -> re.Pattern[str]:
    """A firm's role after "acting as" (context_words.csv role ``adviser_role``)."""
    return re.compile(rf"{words_alternation(context_words('adviser_role'))}\b", re.IGNORECASE)


# a listed company's name right before its ticker's parenthesis: "AGTC (NASDAQ: AGTC)"
NAME_BEFORE_TICKER = re.compile(
    rf"(?<![\w’'.-])(?P<name>{CAPITALISED}(?:[ ]{CAPITALISED}){{0,4}})[ ]?$"
)  # (never across "of": "one of the Janssen Pharmaceutical Companies of Johnson & Johnson")
TICKER_OPEN_CHARS = 40  # the parenthesis opens this close before the symbol
TICKER_NAME_CHARS = 80


# a list of three names or more: "at Novartis, Crucell, Bavarian Nordic, Cyclacel, Merck Serono
# and Clavis Pharma"
# (a name's particle in lower case between its capitalised words: "E. de Rothschild Investment
# Partners", "Van den Berg Capital")
LIST_MEMBER = (
    rf"{CAPITALISED}(?:[ ](?:(?:de|van|von|der|den|du|la|di|da|del)[ ])?{CAPITALISED}){{0,3}}"
)
ENUMERATION = re.compile(
    rf"(?<![\w’'.-]){LIST_MEMBER}(?:,[ ]{LIST_MEMBER}){{1,}},?[ ](?:and|or)[ ]{LIST_MEMBER}"
    r"(?![\w’'-]|[ ][A-Z])"  # the last member whole
)
LIST_JOINT = re.compile(r"(?<=[\w.)]),?[ ](?:and|or)[ ](?=[A-Z])")
LIST_CHARS = 300  # a list's members read this far before its "and"
LIST_TAIL = 80  # ... and its last member this far after it
MEMBER = re.compile(
    rf"(?:^|(?<=,[ ])|(?<=[ ]and[ ])|(?<=[ ]or[ ])){LIST_MEMBER}(?=,|[ ](?:and|or)[ ]|$)"
)


def _add_list_members(
    text: str,
    match: re.Match[str],
    spans: dict[tuple[int, int], NamedMatch],
    add: Callable[[int, int, str], None],
) -> None:
    """The other members of a list at least half of whose members are organisations already
    found, each of them neither a person, a place, a drug, a legal form nor a common word:
    "senior positions at Novartis, Crucell, Bavarian Nordic, Cyclacel, Merck Serono and Clavis
    Pharma" names Crucell, Bavarian Nordic and Cyclacel too."""
    listed = match.group()
    members = [
        (match.start() + m.start(), match.start() + m.end()) for m in MEMBER.finditer(listed)
    ]
    if len(members) < LIST_MEMBERS:
        return

    def found(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    # (each found whole: "the Microbial, Musculoskeletal and Proliferative Diseases Centre" is
    # one centre's name, its last members read as one)
    if 2 * sum((start, end) in spans for start, end in members) < len(members):
        return
    for start, end in members:
        name = text[start:end]
        if FIELD_OF_BEFORE.search(text, max(0, start - FIELD_OF_CHARS), start):
            continue  # "Associate Professor of Neurology, Massachusetts General Hospital and
            # Harvard Medical School": a chair's field, no organisation
        if not found(start, end) and not a_person(name) and _a_companys_name(name, text):
            add(start, end, "company_list_member")


# an academic post's or unit's "of", the field after it: "Professor of Neurology", "Department of
# Medicine", "Head of Oncology"
FIELD_OF_BEFORE = re.compile(
    r"\b(?:Professor|Lecturer|Reader|Chair|Head|Dean|Department|Faculty|Division|School)"
    r"[ ]of[ ]$"
)
FIELD_OF_CHARS = 16


def _a_companys_name(name: str, text: str, listed: bool = False) -> bool:
    """Whether capitalised words a company's context names can be its name: none of a person
    after a company noun, a legal form alone, a place, a country's letters ("with U.S.
    pharmaceutical firm"), a US state, a drug ("in combination with Keytruda") nor a common
    noun's abbreviation in the plural."""
    return (
        bool(name)
        and _described_name(name)
        and not legal_form().fullmatch(name)
        and name.casefold() not in place_names()
        and name not in context_words("country_initials")
        and name.casefold() not in us_states()[0]
        and not is_drug_name(name)
        # (with its own ticker, capitals with an "s" after them are its possessive: "AGTC’s")
        and (listed or not _plural_abbreviation(name, text))
    )


LIST_MEMBERS = 3  # a list of fewer names is a pair, which "and" may join inside one name


def _without_purpose(name: str) -> str:
    """A name without a deal's purpose after "for" ("Grifols for Antithrombin III"), unless a
    head word goes on with it ("Center for Drug Evaluation")."""
    named, purpose, _ = name.partition(" for ")
    if purpose and named.rsplit(" ", 1)[-1] not in organization_head_words():
        return named
    return name


def _without_seat_of(name: str) -> str:
    """A company's name without its seat after "of", its word of the trade or its legal form
    before it ("Enzychem Lifesciences of Republic of Korea", "Meridia Pharma GmbH of
    Germany"); an institution's "of" stays its name's ("University of Oslo")."""
    named, of, _ = name.partition(" of ")
    last = named.rsplit(" ", 1)[-1]
    if of and (last in company_trade_words() or last.rstrip(".") in legal_form_words()):
        return named
    return name


# a legal form's initial after a partner's words: "Luxembourg S.à r.l."
FORM_INITIAL_AFTER = re.compile(r"(?<=[ ][A-Z])\.")
# a possessive inside a partner's words ends its name: "with Roche's Genentech unit"
POSSESSIVE_IN_NAME = re.compile(r"['’]s\b")


# two nouns of plain English that "and" pairs inside a name: "Yeda Research and Development
# Company", never two names ("Goldman Sachs and Leerink Partners"); the words before may hold an
# "&" ("Johnson & Johnson Pharmaceutical Research and Development LLC")
PAIRED_CHARS = 60
PAIRED_BEFORE = re.compile(
    r"(?<![\w.&])((?:[A-Z][\w’'-]*[ ](?:&[ ])?){0,3}(?P<noun>[A-Z][a-z]+))[ ]and[ ]$"
)


def _nouns_paired_before(text: str, start: int) -> int:
    """Where a legal form's name starts once the plain nouns "and" pairs inside it are in."""
    first = text[start:].split(" ", 1)[0]
    paired = PAIRED_BEFORE.search(text, max(0, start - PAIRED_CHARS), start)
    if paired and plain_noun(paired["noun"]) and plain_noun(first):
        return paired.start(1)
    return start


def plain_noun(word: str) -> bool:
    """A common English noun, or the plural of one ("Exchanges" of "Hong Kong Exchanges and
    Clearing Limited"): what "and" may pair inside a name."""
    return common_english(word) or (word.endswith("s") and common_english(word[:-1]))


INITIALS_MAX = 3  # letters of a word in capitals that is initials, never a given name: "RA"


def _given_name(word: str) -> bool:
    """Whether a word is a given name of the lists, never initials in capitals ("RA Capital",
    "GE Healthcare", "BD": a given name "Ra", "Ge", "Bd" to the lists)."""
    return word.casefold() in given_names() and not (word.isupper() and len(word) <= INITIALS_MAX)


def a_person(words: str) -> bool:
    """Two or three capitalised words a given name opens, none a head of an organisation's
    name: "Ann Roe" (of "Ann Roe of Omega State University")."""
    parts = words.split(" ")
    return (
        2 <= len(parts) <= 3
        and _given_name(parts[0])
        and all(p[:1].isupper() and p not in organization_head_words() for p in parts)
    )


@cache
def _route_of_administration() -> re.Pattern[str]:
    """A route before "Administration" (context_words.csv role route_word)."""
    return re.compile(rf"\b{words_alternation(context_words('route_word'))}[ ]Administration$")


def _ended_by_form(name: str) -> str:
    """A name cut after its legal form and the stop it ends a sentence with: "subsidiary
    Oncogeni Ltd. Further details ..." names "Oncogeni Ltd.", never "Oncogeni Ltd. Further"."""
    words = name.split(" ")
    for index, word in enumerate(words[:-1]):
        if word.endswith(".") and word.rstrip(".") in legal_form_words():
            return " ".join(words[: index + 1])
    return name


def _described_name(name: str) -> bool:
    """Whether the words after a company noun name one: not a person ("company CEO Jane Roe"
    once its title is dropped, "Dr. David Roe, a member of the company's board"), a weekday or
    month, a drug's code ("TCT-301"), nor one common English word ("company Board")."""
    first = name.split(" ", 1)[0]
    if _given_name(first) or first in _calendar_words():
        return False
    if re.match(HONORIFIC_WORD, name):
        return False
    if DRUG_CODE.fullmatch(name):
        return False  # "to partner TCT-301 with Ardmore": a verb's drug code, no company
    return " " in name or not common_english(name)


def _plural_abbreviation(name: str, text: str) -> bool:
    """An abbreviation in capitals in the plural, or that the text also puts in the plural, is a
    common noun, no company's name: "the first biotech IPO ... biotech IPOs" ("NDAs", "CROs")."""
    if " " in name:
        return False
    if len(name) > 2 and name.endswith("s") and name[:-1].isupper():
        return True  # "IPOs"
    return name.isupper() and re.search(rf"(?<![\w-]){re.escape(name)}['’]?s\b", text) is not None


@cache
def _calendar_words() -> frozenset[str]:
    names = (*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:])
    return frozenset(names)


@cache
def _dateline_after() -> re.Pattern[str]:
    """What follows a dateline's place: its date and wire ("STYLES" of the dateline module)."""
    from transform.dateline import STYLES

    return re.compile(STYLES)


def _opens_label(text: str, end: int) -> bool:
    """Whether the legal form ending at ``end`` opens a page's label of two words or more
    ("Company Press Release": headline_noise.csv)."""
    start = text.rfind(" ", 0, end) + 1
    line_end = text.find("\n", end)
    rest = text[start : line_end if line_end != -1 else len(text)].casefold()
    return any(
        rest == label or rest.startswith(label + " ") for label in noise_lines() if " " in label
    )


def _a_title(name: str) -> bool:
    """A person's title read with a legal form: "Senior Director, Corp." (title_words.csv; a
    title's head among its words: "Investor AB" is a company)."""
    return only_title_words(legal_form_and_rest().sub("", name.strip()).split(" "))


def _department(name: str) -> bool:
    """A company's unit: words of a job's title before the head ("Media Relations Group",
    "Corporate Communications Department"; title_words.csv)."""
    words = name.split(" ")
    titles = title_words()[0]
    return (
        len(words) > 1
        and words[-1] in context_words("unit_head")
        and all(w.casefold() in titles for w in words[:-1])
    )


def _label_line_below(text: str, legal: re.Match[str]) -> bool:
    """A legal form read on the next line is a page's label there, not the name's: "...
    Agreement with Janssen" over "Company Announcement" (headline_noise.csv)."""
    if "\n" not in legal.group():
        return False
    line_start = text.rfind("\n", 0, legal.end()) + 1
    line_end = text.find("\n", legal.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip().casefold() in noise_lines()


def dateline_place(text: str, start: int) -> bool:
    """Whether a dateline opens at ``start``: a place with its region, date or wire after it."""
    from transform.dateline import DATELINE_AT_LINE_START, DATELINE_IN_LINE_CAPS

    return bool(
        DATELINE_AT_LINE_START.match(text, start) or DATELINE_IN_LINE_CAPS.match(text, start)
    )


@cache
def _not_organizations() -> frozenset[str]:
    """Wires and exchanges name themselves in datelines and tickers: they are not parties."""
    return frozenset(alias_map("wires")) | frozenset(alias_map("exchanges"))


def is_market(name: str) -> bool:
    """Whether ``name`` is a wire's or an exchange's ("New York Stock Exchange")."""
    return name.casefold() in _not_organizations()


@cache
def _regulators() -> frozenset[str]:
    return frozenset(row["name"].casefold() for row in load_lexicon("regulators"))


def is_regulator(name: str) -> bool:
    """Whether ``name`` is a regulator or public health body ("the FDA", "European Medicines
    Agency": regulators.csv): the subject of many a lead, never an issuer, payer or payee."""
    folded = name.casefold().removeprefix("the ").replace(" & ", " and ")  # "Food & Drug"
    # (its country before it too: "U.S. Securities and Exchange Commission")
    return folded in _regulators() or COUNTRY_OPENS.sub("", folded) in _regulators()


COUNTRY_OPENS = re.compile(r"^(?:u\.s\.|us|united states)\s+")
# ... as printed before a regulator's name ("U.S. " of "U.S. Patent and Trademark Office")
COUNTRY_BEFORE = re.compile(r"(?<![\w.])(?:U\.S\.|US|United[ ]States)[ ]$")
COUNTRY_CHARS = 16


# a person and "of" before an institution: "Drs Sam Roe and John Isaacs of Zeta University"
PERSON_OF = re.compile(
    r"\b(?P<given>[A-Z][a-z]+)[ ](?:[A-Z]\.[ ])?(?P<family>[A-Z][a-z'’-]+)[ ]of[ ]"
)


@cache
def _title_verbs() -> frozenset[str]:
    """A headline's verbs in the third person ("Enters", "Announces": name_openers.csv's), and
    in the plural of a joint release's title ("Zeta and Omega Announce", "Enter", "Launch"),
    never inside an organisation's name."""
    singular = [w for w in name_openers() if w.endswith("s") and w.casefold() not in ("as", "this")]
    plural = [w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-1] for w in singular]
    return frozenset(singular + plural)


def _past_person_of(text: str, start: int, end: int) -> int:
    """Where an institution's name starts past a person named before its "of"."""
    for person in PERSON_OF.finditer(text, start, end):
        if (
            person["given"].casefold() in given_names()
            and person["family"] not in organization_head_words()
            and person["family"] not in company_trade_words()
        ):
            start = person.end()
    return start


# a company's constitution, named as its head word's organisation would be
CONSTITUTION = re.compile(
    r"(?:Articles|Memorandum|Certificate|Deed|Bylaws|By-laws)\s+of\s+(?:Association|Incorporation"
    r"|Organi[sz]ation|Continuance|Amalgamation)\b"
)
ACADEMIC_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Associate)['’]?s?\s+of\s+[A-Z]")
REGULATOR_CHARS = 80  # the longest regulator's name and an article


def regulator_at(text: str, at: int) -> bool:
    """Whether a regulator's name opens at ``at`` ("The U.S. Food and Drug Administration on
    Thursday approved ...": a name of its first words would be "The U.S. Food")."""
    opening = text[at : at + REGULATOR_CHARS].casefold().removeprefix("the ")
    return any(
        opening.startswith(name) and not opening[len(name) : len(name) + 1].isalnum()
        for name in _regulators()
    )


NAME_CACHE = 8192  # names a worker keeps keyed (a release asks for each name many times)


BYLINE_AFTER = re.compile(
    r"[ ](?:News[ ])?(?:Editor|Reporter|Writer|Contributor|Correspondent|Staff)\b"
)
PLACE_BEFORE_FORM = re.compile(r"\s\([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)$")


@lru_cache(maxsize=NAME_CACHE)
def without_legal_form(name: str) -> str:
    """A company name without its legal form and what follows: "Amgen Inc. (Nasdaq)" -> "Amgen";
    and without the place in parentheses before the form: "Zhaoke Pharmaceutical (Hefei) Co.
    Ltd." -> "Zhaoke Pharmaceutical"."""
    bare = legal_form_and_rest().sub("", name.strip()).strip()
    if bare != name.strip():
        bare = PLACE_BEFORE_FORM.sub("", bare)
    if bare.endswith((" &", " and")):  # "H.C. Wainwright & Co." -> "H.C. Wainwright"
        return bare.rsplit(" ", 1)[0].rstrip()
    return bare


LAW_AFTER = re.compile(rf"\s+{words_alternation(context_words('law_head'))}\b")


NAME_WORD = re.compile(r"\b(?!(?:the|The)\b)\w+")  # a word of a name, never its article
INITIAL_DOT = re.compile(r"\b(\w)\.(?:\s(?=\w\.))?")


@lru_cache(maxsize=NAME_CACHE)
def company_key(name: str) -> str:
    """A company name for comparing: no legal form, no case, no dots after its initials
    ("ImmunoGen, Inc." -> "immunogen"; "K.S. Biomedix Holdings PLC" and "KS Biomedix Holdings
    plc" -> "ks biomedix holdings")."""
    return INITIAL_DOT.sub(r"\1", without_legal_form(name).casefold())


# a meeting before the organisation that holds it: "35th Annual Meeting of American Society of ..."
MEETING_OF = re.compile(r"(?:\d+(?:st|nd|rd|th)\s+)?(?:Annual\s+)?Meeting\s+of\s+(?:the\s+)?")
MIN_ISSUER_WORD = 4


# A count before a head word, no name: "Three Partners", "Several Institutes" (never "Five
# Prime Therapeutics", whose count opens a longer name)
COUNT_WORDS = frozenset(
    {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several"}
    | {"Multiple", "Many", "Both", "All"}
)
# a preposition a title-case headline capitalises, which no organisation's name holds ("Of",
# "For" and "And" do: "Bank Of America", "Center For Drug Evaluation")
TITLE_PREPOSITION = re.compile(r"(?<= )(?:From|With|By|To|Via|Into|Over|Under|After)[ ]")
# a number's scale, which no organisation's name opens with
SCALE_FIRST = re.compile(r"(?i:million|billion|thousand|trillion|mln|bln|mn|bn)\b")
# a label's number or letter after a head word: "WHO Group 1", "the Zeta Group 2 cohort",
# "Group A" (never a year: "American Society of Hematology 2023 Annual Meeting")
LABEL_AFTER = re.compile(r" (?:\d{1,2}\b(?![.,]\d)|(?:II|III|IV|VI{0,3}|IX)\b|[A-H]\b(?![.&'’]))")


def find_organizations(
    text: str, issuer: str | None, symbols: Sequence[tuple[int, int]] = ()
) -> list[NamedMatch]:
    """Each organisation once, as printed, the issuer and wires left out (``symbols``: the spans
    of ticker symbols, whose parentheses follow their companies' names)."""
    issuer_core = company_key(issuer) if issuer else None
    issuer_house = _house_name(issuer_core)
    # the issuer's first word, where it names the issuer alone ("EntreMed" of "EntreMed, Inc.")
    first = issuer.split()[0].rstrip(",") if issuer else ""
    issuer_first = first if len(first) >= MIN_ISSUER_WORD and not is_known(first) else ""
    cover_end = cover_page_end(text)
    spans: dict[tuple[int, int], NamedMatch] = {}

    def add(start: int, end: int, rule: str, canonical: str | None = None):
        if LAW_AFTER.match(text, end):
            return  # "the German Stock Corporation Act": a law's name, no organisation
        if canonical is None:  # a lexicon name is whole: "Business Wire" keeps "Business"
            start = _after_dash(text, start, end)
            start = _without_leading_words(text, start, end, rule in NAMED_BY_FORM_OR_HEAD)
            # a nationality the release prints the name without: "Swiss ADC Therapeutics"
            start += nationality_before(text, text[start:end])
        meeting = MEETING_OF.match(text, start, end)  # "Annual Meeting of American Society ..."
        start = meeting.end() if meeting else start
        if issuer_first and rule == "organization_head":
            glued = re.search(rf"\s{re.escape(issuer_first)}\b", text[start:end])
            cut = start + glued.start() if glued else end
            kept = text[start:cut].split() if glued else []
            if kept and kept[-1][:1].isupper() and set(kept) & organization_head_words():
                end = cut  # a flattened line's next sentence: "American
                # Society of Clinical Oncologists EntreMed, Inc. (NASDAQ:ENMD) today announced"
        adjective = (
            HYPHENED_ADJECTIVE.search(text, start, end)
            if canonical is None and text.find("-", start, end) != -1
            else None
        )
        if adjective:
            end = adjective.start()  # "the National Institutes of Health-supported research"
        last = text.rfind(" ", start, end)
        if last > start and text[last + 1 : end] in WEEKDAY_NAMES:
            end = last  # "drug firm Zeta India Thursday soared": the day the news names
        elif last > start and text[end : end + 1] == "$" and canonical is None:
            end = last  # "firm Regeneron US$165m upfront": the dollar's letters, no name's
        if start >= end or a_nationality(text[start:end]):
            return  # "a milestone from Anglo-Swedish drug major AstraZeneca": whose, not who
        joint = text.find(" and ", start, end)
        if joint != -1 and BETWEEN_BEFORE.search(text, max(0, start - BETWEEN_CHARS), start):
            # "the case between Biophytis and Negma Group Ltd": two parties, never one name
            add(joint + len(" and "), end, rule, canonical)
            if _a_companys_name(text[start:joint], text):
                add(start, joint, rule)
            return
        if rule == "organization_head" and " " not in text[start:end].strip():
            return  # a head alone names no one: "Vice President, Finance and Administration"
        if rule == "organization_head":
            if LABEL_AFTER.match(text, end):
                return  # a class or a cohort the head word labels: "PAH (WHO Group 1)"
            # a headline's preposition in title case, which no body's name holds: "Credit
            # Facility From Silicon Valley Bank" is the bank's
            inner = [m.end() for m in TITLE_PREPOSITION.finditer(text, start, end)]
            start = inner[-1] if inner else start
            if SCALE_FIRST.match(text, start, end):
                return  # a headline's amount in title case: "to Make $10 Million Equity
                # Investment and Fund Research"
        if (
            rule == "organization_head"
            and text[start:end].split(" ", 1)[0] in COUNT_WORDS
            and text.count(" ", start, end) == 1
        ):
            return  # a count of heads: "Three Partners Bring HuCAL Antibodies into ..."
        if CONSTITUTION.match(text, start, end):
            return  # a company's own document: "the Articles of Association of the Company"
        if ACADEMIC_DEGREE.match(text, start, end):
            return  # a degree: "holds a Master of Business Administration from ..."
        if rule == "organization_head":
            start = _past_person_of(text, start, end)
            if _department(text[start:end]):
                return  # "Media Relations Group": a unit of the company (in a contact block),
                # also once a title's "of" is cut: "Head of Global Communications"
            if any(w in _title_verbs() for w in text[start:end].split()[1:-1]):
                return  # a title's words: "Zeta BioPharma and Omega Biotechnology Enters
                # Strategic Alliance and License Agreement ..."
        # a name read from inside another a rule read before, after a comma: "J.P. Morgan,
        # Goldman Sachs & Co. LLC" is never "Morgan, Goldman Sachs & Co. LLC"
        # (each scan only where a list's comma could part the names: most names hold none)
        inside = (
            [span for span in spans if span[0] < start < span[1] < end]
            if "," in text[start:end]
            else []
        )
        for _, e in inside:
            after = LIST_SEPARATOR.match(text, e)
            if after and after.end() < end and text[after.end()].isupper():
                start = after.end()
                break
        listed = LIST_SEPARATOR.match(text, end)
        next_name = listed.end() if listed else -1
        for s, e in [span for span in spans if start < span[0] < end < span[1]] if listed else []:
            if next_name < e and text[next_name].isupper():
                rule_after = spans.pop((s, e)).rule  # ... whichever rule read first
                add(next_name, e, rule_after)
        # two names an "and" joins, a head word read inside the second: "led by Orbimed and
        # RA Capital Management" is never one "Orbimed and RA Capital"
        after_and = text.endswith(" and ", 0, start)  # (most names follow no "and")
        for s, e in (
            [span for span in spans if span[0] < start < span[1] < end] if after_and else ()
        ):
            if spans[(s, e)].rule == "organization_head" and text.endswith(" and ", s, start):
                rule_before = spans.pop((s, e)).rule
                add(s, start - len(" and "), rule_before)
        if rule == "organization_head" and text.find(" and ", start, end) != -1:
            joined = [
                s for s, e in spans if start < s < end < e and text.endswith(" and ", start, s)
            ]
            end = min(joined, default=end + len(" and ")) - len(" and ")
            if " " not in text[start:end].strip():
                return
        if any(s <= start and end <= e for s, e in spans):
            return
        for span in [span for span in spans if start <= span[0] and span[1] <= end]:
            del spans[span]
        name = text[start:end].rstrip(",")
        spans[(start, start + len(name))] = NamedMatch(
            name,
            canonical or without_legal_form(name),
            start,
            start + len(name),
            rule,
            confidence_of(rule),
        )

    suffix_after = re.compile(rf",?\s{company_suffix_pattern()}")
    for entry in names_matcher(("company", "organization")).find(text):
        end = entry.end
        if HYPHENED_NAME_GOES_ON.match(text, end):
            continue  # "Wyeth-Ayerst Laboratories": the first part of a longer name
        if not _capitalised_as_listed(text[entry.start : entry.end], entry.value):
            continue  # "threshold" is a word, "Threshold" a company
        if _trial_acronym(text, entry.start, entry.end, entry.value):
            continue  # "the Phase 3 HORIZON trial": a trial's name, never Horizon the company
        if dateline_place(text, entry.start):
            continue  # "SEATTLE--(BUSINESS WIRE)--": the dateline's city, not "Seattle" Genetics
        if GATHERING_NAMED_AFTER.match(text, entry.end):
            continue  # "the Jefferies Healthcare Conference": a gathering's name, no party
        following = NEXT_WORD.match(text, entry.end)
        if following and following[1].casefold() in context_words("molecule_noun"):
            continue  # "the Amylin analog program": the hormone, not Amylin Pharmaceuticals
        given = GIVEN_NAME_BEFORE.search(text, max(0, entry.start - GIVEN_NAME_CHARS), entry.start)
        if (
            given
            and " " not in text[entry.start : entry.end]
            and given[1].casefold() in given_names()
            and given[1] not in _calendar_words()  # "In May Bayer said"
        ):
            continue  # "from your shop to Max Bayer or Gabrielle Masson": a person's surname
        legal = suffix_after.match(text, end)
        if (
            legal
            and not _label_line_below(text, legal)
            and not _next_line_case(text[entry.start : entry.end], legal)
        ):
            end = legal.end()
        start = entry.start
        country = COUNTRY_BEFORE.search(text, max(0, start - COUNTRY_CHARS), start)
        if country and is_regulator(entry.value):
            start = country.start()  # "U.S. Patent Trial and Appeal Board": its country printed
        add(start, end, "organization_lexicon", entry.value)
    for match in _company().finditer(text):
        if match["inner"] and not _a_place(match["inner"]):
            continue  # "Zeta (Nasdaq) Holdings Inc.": no place inside the name
        if _dateline_after().match(text, match.end("name")):
            continue  # "EDMONTON, AB, Dec. 17 /CNW/": a place and its region, not "AB" the form
        if _a_title(match.group("name")):
            continue  # "Senior Director, Corp. Communication": a title, its unit abbreviated
        if _opens_label(text, match.end("name")):
            continue  # "6:37 am Eastern Time Company Press Release": a page's label, no form
        if BYLINE_AFTER.match(text, match.end("name")):
            continue  # "By: Dulan Lokuwithana, SA News Editor": a desk's name, no legal form
        if DESCRIBED_FORM.search(match.group("name")) and INDEFINITE_BEFORE.search(
            text, max(0, match.start("name") - INDEFINITE_CHARS), match.start("name")
        ):
            continue  # "a publicly listed, Biopharmaceutical Company": what it is, no name
        start = _past_title_verb(match.group("name"), match.start("name"))
        start = _past_title_preposition(text[start : match.end("name")], start)
        start = _past_deal_nouns(text[start : match.end("name")], start)
        start = _nouns_paired_before(text, start)
        start = _partners_before(text, start, text[start : match.end("name")])
        _, start = without_glued_title(text, text[start : match.end("name")], start)
        start = _past_product_of(text, start, match.end("name"))
        if _place_with_form(text[start : match.end("name")]) and text[:start].endswith(" of "):
            continue  # "The Stock Exchange of Hong Kong Limited": no "Hong Kong Limited"
        to, verb = _infinitive_opening(text, start)
        if to and verb in _title_verbs():
            continue  # "... Business Combination to Create Publicly Traded Precision Immunology
            # Company": what the deal makes, a headline's infinitive before it ("GENVAULT INC TO
            # ACQUIRE PEPTIDYNE CORP": the company acquired is named again in the text)
        add(_after_dash(text, start, match.end("name")), match.end("name"), "company_suffix")
    for match in _lower_case_company().finditer(text):
        if word_counts().get(match["first"], 0) >= PLAIN_WORD_USES:
            continue  # "the company Inc." or "with partners Ltd.": English words, no name
        add(match.start("name"), match.end("name"), "company_suffix")
    document_end = -1  # where the last document named like an organisation ends
    documents: set[str] = set()
    for match in _organization().finditer(text):
        if DOCUMENT_NAME.match(match.group("name")):
            document_end = match.end("name")
            continue  # "the Agreement of Strategic Alliance": a contract, no alliance of firms
        if DEFINED_AFTER.fullmatch(text, document_end, match.start("name")):
            documents.add(match.group("name"))
            continue  # '(Strategic Alliance)': the contract's defined name, wherever printed
        if match.group("name").removeprefix("The ") in documents:
            continue
        head_start, end = _without_heading_verb(match)
        if head_start is None:
            continue
        head_name = text[head_start:end]
        named, _, purpose = head_name.partition(" for ")
        if purpose and (text[end : end + 1] in BRAND_MARKS or is_drug_name(purpose)):
            end = head_start + len(named)  # a deal's drug after "for", no field of
            # the head: "Licensing Transaction with Chiesi Group for Raxone® in LHON"
        elif " for " in purpose:
            end = head_start + len(named) + len(" for ") + purpose.index(" for ")  # a head's
            # field is after its first "for"; a second opens a purpose: "the FDA Center for
            # Veterinary Medicine for Felivex"
        if head_name.rsplit(" ", 1)[-1] in organization_head_words():
            more = HEAD_OF_MORE.match(text, end)  # "University of Pennsylvania School" + " of
            end = more.end() if more else end  # Medicine": a second head with its own field
            # ... or a second head its own words open, the first's institution its name: "Peking
            # University" + " Cancer Hospital", "Seoul National University" + " Hospital"
            second = HEAD_THEN_HEAD.match(text, end)
            if second and second["head"] in organization_head_words():
                end = second.end()
        field = FIELD_AND_MORE.match(text, end)
        if (
            field
            and " of " in head_name
            and all(
                common_english(w)
                for w in [text[:end].rsplit(" ", 1)[-1], *FIELD_WORD.findall(field[1])]
            )
            and not any(w.casefold() in title_words()[1] for w in FIELD_WORD.findall(field[1]))
        ):  # a head's field in two parts: "Council of Scientific" + " and Industrial Research";
            end = field.end()  # never a name after "and": "University of Oxford and Omega",
            # nor a title's head: "a Professor at the University of Medicine and Director of"
        start = max(head_start, _second_of_pair(match))
        pair_first, pair_and, _ = head_name.partition(" and ")
        if start == head_start and pair_and and " " not in pair_first:
            if pair_first == issuer_first or a_known_organization(pair_first):
                start += len(pair_first) + len(pair_and)  # "Novartis and Memorial Sloan Kettering
                # Cancer Center": a company before "and", never a word of the centre's name
        elif (
            start == head_start
            and pair_and
            and pair_first.rsplit(" ", 1)[-1].rstrip(".,") in legal_form_words()
        ):
            start += len(pair_first) + len(pair_and)  # "Piper Sandler & Co. and Barclays Capital":
            # a company's legal form ends its name before "and"
        elif start == head_start and pair_and and _investors_name(pair_first):
            add(head_start, head_start + len(pair_first), "organization_head")
            start += len(pair_first) + len(pair_and)  # "RA Capital Management and Perceptive
            # Advisors": a firm's name of its own before "and"
        elif start > head_start and _capitalised_name(pair_first):
            # the first of two names a head word ends each: "Massachusetts General Hospital"
            # of "... Hospital and Johns Hopkins University"
            add(head_start, head_start + len(pair_first), "organization_head")
        opening = LEGAL_FORM_OPENS.match(text, start, end)
        if (
            opening
            and (_glued_before(text, start) + opening["form"]).rstrip(".") in legal_form_words()
        ):
            start = opening.end()  # "Co., Ltd. and Zeta Pharmaceutical Group Company Ltd.": an
            # earlier name's legal form ends it, the next name starts after "and"
        person, of, rest = text[start:end].partition(" of ")
        honorific = re.match(HONORIFIC_WORD, person)  # "Professor Hiroshi Tanaka of Osaka ..."
        if of and rest and a_person(person[honorific.end() :] if honorific else person):
            start += len(person) + len(of)  # "Ann Roe of Omega State University": her place
        if len(NAME_WORD.findall(text, start, end)) < 2:
            continue  # a head alone names nothing: '("KSB" or "the Group")' is the issuer's
        if _route_of_administration().search(text, start, end):
            continue  # "Gel for Intranasal Administration": a drug's form, no agency
        known, purpose, _ = text[start:end].partition(" for ")
        if purpose and (a_known_organization(known) or is_regulator(known)):
            end = start + len(known)  # "the European Medicines Agency for Bronchitol": the agency
            # ("the European Commission for Roctavian": a regulator of regulators.csv too)
        discipline = FIELD_IN_MORE.match(text, end)
        if discipline and re.search(r" (?:of|for) ", text[start:end]):
            end = discipline.end() if _disciplines(discipline[1]) else end
        campus = CAMPUS_MORE.match(text, end)
        if (
            campus
            and UNIVERSITY_OF.match(text, start, end)
            and _a_place(campus[1])
            and campus[1].casefold() not in country_names()
        ):
            end = campus.end()  # "University of Alabama" + " in Huntsville": one university
            # (a campus is a city: "University of Würzburg" + " in Germany" is where it is)
        if not _named_enough(text[start:end]):
            continue  # "Fund Growth and Working Capital": common words before a finance head
        seat = SEAT_AFTER_HEAD.match(text, end)
        if seat and " of " not in text[start:end] and _a_place(seat[1]):
            end = seat.end()  # "University College" + " Dublin", "Science Foundation" + "
            # Ireland": a place right after the head word, no comma between, ends the name
        if MARKET_AFTER.match(text, end):
            continue  # "The Nasdaq Capital Market": an exchange's market, no "Nasdaq Capital"
        if _in_street_address(text, start, end):
            continue  # "12 Kendall Court, Cambridge", "1 Research Foundation Drive": a street
        add(start, end, "organization_head")
    for match in _trade_name().finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        start = _without_leading_words(text, match.start("name"), match.end("name"))
        joined = match["joined"]
        if joined and (
            word_counts().get(joined.casefold(), 0) >= JOINED_NAME_WORD_RARER
            or joined.casefold() in word_prefixes()
        ):
            continue  # "Pan-Oncology", "Immuno-Oncology": a word or a word-forming prefix
            # (word_prefixes.csv), no company's own
        if " " not in text[start : match.end("name")] and not joined:
            continue  # "Oncology", "Therapeutics": a word of the trade alone names no company
        if _filing_after().match(text, match.end("name")):
            continue  # "Natpara Biologics License Application": a filing's name, no company
        if GATHERING_AFTER.match(text, match.end("name")):
            continue  # "the Jefferies Healthcare Conference": a gathering's name, no company
        if _a_units_words(text[start : match.end("name")], issuer_first):
            continue  # "Pfizer’s Oncology R&D organization": a known company's unit
        if _titles_units().search(text, max(0, start - TITLE_UNITS_CHARS), start):
            continue  # "served as Vice President, Clinical Development, Thoracic Oncology,
            # and": the last of a title's units, no company
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if not title_like(line) or (
            _sentence_line(line) and EMPLOYER_BEFORE.search(text, max(0, start - 6), start)
        ):
            add(start, match.end("name"), "company_trade_word")
    for match in _described_company().finditer(text):
        start = _without_leading_words(text, match.start("name"), match.end("name"))
        name = _ended_by_form(text[start : match.end("name")].rstrip(" &"))
        name = _without_purpose(name)  # "manufacturer Grifols for Antithrombin III"
        if INSTRUMENT_SUFFIX.match(text, start + len(name)) and " " in name:
            name = name.rsplit(" ", 1)[0]  # "drugmaker Bayer BAYG.DE": a news agency's code
        if name.split(" ", 1)[0].rstrip(".") in MONTH_NAMES:
            continue  # "previously announced by both companies Nov. 8, 2004": a date
        if name and _described_name(name) and not _plural_abbreviation(name, text):
            add(start, start + len(name), "company_descriptor")
            # a plural names each of its companies: "Swiss drugmakers Roche and Actelion"
            descriptor = text[max(0, match.start("name") - 2) : match.start("name")]
            end = start + len(name)
            more = NEXT_NAMED.match(text, end) if descriptor.startswith("s") else None
            while more is not None and _described_name(more["name"]):
                add(more.start("name"), more.end("name"), "company_descriptor")
                more = NEXT_NAMED.match(text, more.end("name"))

    for match in _apposed_company().finditer(text):
        start = _without_leading_words(text, match.start("name"), match.end("name"))
        name = text[start : match.end("name")]
        if (
            name
            and _described_name(name)
            and not legal_form().fullmatch(name)  # "Zeta Bio, Inc., a ..."
            and name.casefold() not in place_names()
            # a company's country after its name: "Taro Pharmaceuticals, USA, a subsidiary of"
            and name not in context_words("country_initials")
        ):
            add(start, start + len(name), "company_apposition")

    for symbol_start, _ in symbols:  # "Biogen (NASDAQ: BIIB) and AGTC (NASDAQ: AGTC) today"
        opened = text.rfind("(", max(0, symbol_start - TICKER_OPEN_CHARS), symbol_start)
        if opened == -1 or ")" in text[opened:symbol_start]:
            continue
        before = NAME_BEFORE_TICKER.search(text, max(0, opened - TICKER_NAME_CHARS), opened)
        if before is None:
            continue
        start = _without_leading_words(text, before.start("name"), before.end("name"))
        name = text[start : before.end("name")]
        if any(s <= start < e for s, e in spans):
            continue  # found whole already: "Johnson & Johnson (NYSE:JNJ)"
        if (
            _a_companys_name(name, text, listed=True)
            and not a_person(name)
            and not only_title_words(name.split())  # "President and CEO" over "(Code: 4577, ..."
        ):
            add(start, start + len(name), "company_ticker")
    # "Lazard Capital Markets is acting as the sole book-running manager" (most texts print no
    # "acting as", "serving as": read only where one is)
    acts = any(f" {verb} as " in text for verb in ("acting", "serving", "acted", "served"))
    for acting in ACTING_AS.finditer(text) if acts else ():
        role = _adviser_role().match(text, acting.end())
        if not role:
            continue
        # (a past verb says nothing of number: the role does, "acted as joint book-running
        # managers" for each of a list)
        plural = acting["verb"] in PLURAL_VERBS or (
            acting["past"] is not None and role.group().endswith("s")
        )
        before = NAME_BEFORE_ACTING.search(
            text, max(0, acting.start() - ACTING_NAME_CHARS), acting.start()
        )
        if before is None:
            continue
        # several firms "are" acting: each of the list ("X, Y and Z are acting as ..."); one
        # "is": its name whole, commas and all ("Merrill Lynch, Pierce, Fenner & Smith is")
        # (one after "and": "financial advisor to Astellas and Morrison & Foerster LLP is")
        parts = (
            LIST_SPLIT.split(before["name"]) if plural else [before["name"].rsplit(" and ", 1)[-1]]
        )
        at = before.start("name")
        if CAPITALISED_BEFORE.search(text, max(0, at - 40), at):
            parts = parts[1:]  # a list longer than is read: its first name read in part
        if len(parts) > 1:  # two of the list read as one: "Chardan and Roth Capital Partners"
            for span in [  # (never one name: "Cowen and Company, LLC")
                (s, e)
                for s, e in spans
                if at <= s
                and e <= before.end("name")
                and " and " in text[s:e]
                and all(
                    _a_companys_name(p, text) and not legal_form().search(p)
                    for p in text[s:e].split(" and ")
                )
            ]:
                del spans[span]
        for part in parts:  # (each in turn, as printed)
            part_start = text.index(part, at)
            at = part_start + len(part)
            start = _without_leading_words(text, part_start, at)
            name = text[start:at]
            # (a role of the securities trade is a firm's: "Morgan Stanley, Cowen and
            # Jefferies are acting as book-running managers", never a person's)
            if (_a_companys_name(name, text) and not a_person(name)) or (
                SECURITIES_ROLE.search(role.group()) and CAPITALISED_WORDS.fullmatch(name)
            ):
                add(start, at, "company_adviser")
    for match in _deal_partner().finditer(text):
        start = _without_leading_words(text, match.start("name"), match.end("name"))
        name = _ended_by_form(text[start : match.end("name")].rstrip(" &"))
        owner = POSSESSIVE_IN_NAME.search(name)
        name = name[: owner.start()] if owner else name
        name = _without_purpose(name)  # "with Norgine for MuGard"
        name = _without_seat_of(name)  # "with Enzychem Lifesciences of Republic of Korea"
        if FORM_INITIAL_AFTER.match(text, start + len(name)):
            continue  # "Valeant Pharmaceuticals Luxembourg S.à r.l.": a form read in part
        after = NEXT_WORD.match(text, start + len(name))
        if after and after[1].casefold() in descriptor_words():
            continue  # "a milestone from Anglo-Swedish drugmaker AstraZeneca": what it is
        if _a_companys_name(name, text):
            add(start, start + len(name), "company_deal_partner")

    investors = list(_investors(text))
    for (start, _), (_, end) in pairwise(investors):
        joined = spans.get((start, end))
        if joined is not None and joined.rule == "organization_head":
            del spans[(start, end)]  # two investors a financing's list joins by "and", read
            # as one name before the second's head: "participation from existing investors
            # Oxford Science Enterprises and Redpath Capital"
    for start, end in investors:
        name = _ended_by_form(text[start:end])
        headed = " " in name and name.rsplit(" ", 1)[-1] in organization_head_words()
        if (headed or _a_companys_name(name, text)) and not a_person(name):
            add(start, start + len(name), "company_investor")  # (a firm a given name opens
            # and a head word ends: "Andera Partners", "Hadley Capital")

    listed: set[tuple[int, int]] = set()
    # (each list read only around a capitalised word's "and" or "or": most texts hold few)
    for joint in LIST_JOINT.finditer(text):
        window = ENUMERATION.finditer(
            text, max(0, joint.start() - LIST_CHARS), min(len(text), joint.end() + LIST_TAIL)
        )
        for match in window:
            if match.start() < joint.start() < match.end() and match.span() not in listed:
                listed.add(match.span())
                _add_list_members(text, match, spans, add)

    names = {m.name for m in spans.values()}
    cores = {company_key(name) for name in names}
    # each name's ends after a space, and each key's, read once (a name asked against every
    # other name took time in the square of their number)
    name_tails = {tail for name in names for tail in _tails(name)}
    core_tails: dict[str, list[str]] = {}
    for other in cores | {issuer_core or ""}:
        for tail in _tails(other):
            core_tails.setdefault(tail, []).append(other)
    fuller = _FullerNames(names)
    found: list[NamedMatch] = []
    seen: set[str] = set()
    defined = {match["name"] for match in DEFINED_NAME.finditer(text)}
    # (and the initials bracketed right after a name found: "the Italian Medicines Agency (AIFA)",
    # whatever language its letters are of)
    defined |= {
        initials["name"]
        for match in spans.values()
        if (initials := BARE_INITIALS_AFTER.match(text, match.span_end))
        and initials["name"] != match.name
    }
    for candidate in sorted(spans.values(), key=lambda m: m.span_start):
        if candidate.name in seen or candidate.name.casefold() in _not_organizations():
            continue
        if candidate.canonical_name.casefold() in _not_organizations():
            continue
        unit, _, market = candidate.canonical_name.partition(" of ")
        market = market.removeprefix("The ").removeprefix("the ")
        if unit and " " in market and is_market(market):
            continue  # "Listing Qualifications Department of The Nasdaq Stock Market LLC": an
            # exchange's office, no party (by the exchange's name of words: "University of
            # Oslo" is no office of Oslo Børs)
        if _a_kind_of_company(candidate.name):
            continue  # "as Independent Public Company", "the Combined Company": no name
        if legal_form().fullmatch(candidate.name):
            continue  # "the Corporation’s profile": a legal form alone names no one
        if candidate.name in context_words("security"):
            continue  # "the largest opening day gain of any biotech IPO": a security, no one
        if in_cover_page(text, candidate.name, cover_end):
            continue  # an SEC form's cover: the Commission and the registrant, no parties
        if candidate.name in defined:
            continue  # '(NSE: SUNPHARMA, "Sun Pharma")', "(AIFA)": the name before it, wherever
            # printed
        if (
            candidate.rule == "organization_head"
            and " " in candidate.name
            and candidate.name in name_tails
        ):
            continue  # "Gates Foundation" in a title over "the Bill & Melinda Gates Foundation":
            # the end of an institution's full name is the same one
        core = company_key(candidate.name)
        if issuer_core and (
            core == issuer_core
            or _short_name_of(core, issuer_core)
            or (candidate.name.isupper() and core == issuer_core.split(" ", 1)[0])
            or (" " in issuer_core and core.endswith(" " + issuer_core))
        ):
            continue  # the issuer, its short name ("Sutro", "Lilly" of "Eli Lilly and Co."),
            # its first word in capitals however short ("ONO" of "Ono Pharmaceutical"), or its
            # name of two words or more with a word glued before ("Year-End AVI BioPharma, Inc.")
        if _tail_of_a_longer_name(text, candidate, core_tails):
            continue  # "Kirin" (a listed company) printed as the end of "Kyowa Hakko Kirin"
        if ACRONYM.fullmatch(candidate.name) and any(
            _acronym_of(candidate.name, other)
            for other in cores | {issuer_core or ""}
            if other != core  # (never its own: "GSK" alone is GSK's)
        ):
            continue  # "GSK" where "GlaxoSmithKline" is named, or is the issuer
        if issuer_house and core.split(" ", 1)[0] == issuer_house:
            continue  # the issuer's own group ("Eisai Inc." of "Eisai Co., Ltd.")
        if issuer and _issuers_new_name(text, candidate, issuer, spans):
            continue  # "Cardiovia, Inc. ... will change its corporate name to Venturis
            # Biosciences, Inc.": the issuer by its new name, no party
        if fuller.names(candidate.name, core):
            continue  # "Onyx" where "Onyx Pharmaceuticals, Inc." is printed too, "EISAI" (a
            # title in capitals) where "Eisai Co., Ltd." is, "Hoffmann-La Roche" where "F.
            # Hoffmann-La Roche Ltd." is, "Lilly" where "Eli Lilly and Company" is
        seen.add(candidate.name)
        found.append(candidate)
    return found


class _FullerNames:
    """The names a text prints, read once for what a shorter name may stand for: one that goes
    on after it ("Onyx" of "Onyx Pharmaceuticals, Inc."), its legal form's stop, a camel-case
    name it opens ("Astra" of "AstraZeneca"), the same name not in capitals ("EISAI" of "Eisai
    Co., Ltd."), a name without its initials ("Hoffmann-La Roche" of "F. Hoffmann-La Roche
    Ltd.") or without its founder's given name ("Lilly" of "Eli Lilly and Company"). Each name
    is keyed once, and a name's longer forms are found in the sorted names, never by a pass
    over all of them (a text of thousands of companies would compare every pair)."""

    def __init__(self, names: set[str]):
        self._sorted = sorted(names)
        keys = [(name, company_key(name)) for name in names]
        self._not_in_capitals = {key for name, key in keys if not name.isupper()}
        self._without_initials = {INITIALS.sub("", key) for _, key in keys if INITIALS.match(key)}
        # ... or without its country ("Department of Health and Human Services" of "U.S.
        # Department of Health and Human Services")
        self._without_initials |= {
            COUNTRY_OPENS.sub("", k) for _, k in keys if COUNTRY_OPENS.match(k)
        }
        self._founders = {founder_surname(key) for _, key in keys} - {None}

    def names(self, name: str, core: str) -> bool:
        """Whether a fuller name the text prints names ``name`` (its key ``core``)."""
        if (name.isupper() and core in self._not_in_capitals) or core in self._without_initials:
            return True
        if core in self._founders:
            return True
        camel = name.isalpha() and name[-1:].islower()
        for at in range(bisect_left(self._sorted, name), len(self._sorted)):
            other = self._sorted[at]
            if not other.startswith(name):
                break
            rest = other[len(name) :]
            if rest[:1] in (" ", ",") or rest == "." or (camel and rest[:1].isupper()):
                return True
        return False


FOUNDER_WORD_RARER = 5000  # a founder's surname names the company alone if English hardly uses it


def founder_surname(name: str) -> str | None:
    """The surname a company named for its founder goes by alone: "Lilly" of "Eli Lilly" (a
    given name of the world's lists, then one word no word of the trade and English hardly
    uses; never "Pharmaceuticals" of "Pieris Pharmaceuticals"), as ``name`` prints it."""
    words = without_legal_form(name).split(" ")
    if len(words) != 2 or words[0].casefold() not in given_names():
        return None
    surname = words[1]
    if surname.casefold() in _trade_words_folded():
        return None
    return surname if word_counts().get(surname.casefold(), 0) < FOUNDER_WORD_RARER else None


OWN_WORD_CHARS = 4  # a word that names a company alone: "Kelun-Biotech", never "Bio" or "Co"


def one_company(key: str, other: str) -> bool:
    """Whether two company keys (``company_key``) name one company: the same, or one the whole
    of the other's words in a run, one of them a word of its own, no word of the trade
    ("kelun-biotech" of "sichuan kelun-biotech pharmaceutical"; never "pharmaceutical" of
    it)."""
    if key == other:
        return True
    short, long = sorted((key.split(" "), other.split(" ")), key=len)
    if not short or len(short) == len(long):
        return False
    if not any(len(word) >= OWN_WORD_CHARS and word not in _trade_words_folded() for word in short):
        return False
    starts = range(len(long) - len(short) + 1)
    if any(long[at : at + len(short)] == short for at in starts):
        return True
    trade = _trade_words_folded()
    return any(word in trade for word in short) and any(
        all(_same_word(a, b) for a, b in zip(short, long[at : at + len(short)], strict=True))
        for at in starts
    )


def _same_word(word: str, other: str) -> bool:
    """One word of a name, or a word of the trade and its short form ("pharma" of
    "pharmaceuticals": "Hengrui Pharma" of "Jiangsu Hengrui Pharmaceuticals")."""
    if word == other:
        return True
    trade = _trade_words_folded()
    return word in trade and other in trade and (other.startswith(word) or word.startswith(other))


@cache
def _trade_words_folded() -> frozenset[str]:
    return frozenset(word.casefold() for word in company_trade_words())


WHITESPACE = re.compile(r"\s+")
TAIL_CONTEXT = 80  # characters before a name to look for the rest of a longer one


def _tails(name: str) -> list[str]:
    """The ends of ``name`` after each of its spaces: "Bill & Melinda Gates Foundation" ->
    "& Melinda Gates Foundation", ..., "Foundation"."""
    return [name[at + 1 :] for at, char in enumerate(name) if char == " "]


def _tail_of_a_longer_name(
    text: str, candidate: NamedMatch, core_tails: dict[str, list[str]]
) -> bool:
    """Whether a name is printed here as the last words of a longer name the text holds too:
    "Kirin" (a listed company) in "Kyowa Hakko Kirin announce", where "Kyowa Hakko Kirin Co.,
    Ltd." is named; the longer name is the organisation, its tail none of its own
    (``core_tails``: the keys that end in each tail after a space)."""
    core = company_key(candidate.name)
    longer = core_tails.get(core)
    if not longer:
        return False
    before = text[max(0, candidate.span_start - TAIL_CONTEXT) : candidate.span_start]
    before = WHITESPACE.sub(" ", before).casefold()
    return any(other != core and before.endswith(other[: -len(core)]) for other in longer)


# a preposition a title capitalises, never a company's word: "... Validation Technology With
# Pfizer, Inc." is Pfizer's ("Of" and "And" stand in names: "Bank Of America Corp")
# (in capitals too, as a title or an old wire's text prints it: "LICENSE AGREEMENT WITH ASTRA AB")
TITLE_PREPOSITION = re.compile(
    r".*[ ](?:With|To|From|For|On|In|At|By|Into|Against|After|Before"
    r"|WITH|TO|FROM|ON|IN|AT|BY|INTO|AGAINST|AFTER|BEFORE)[ ](?=[A-Z])"
)


@cache
def _title_verb_before() -> re.Pattern[str]:
    """A headline's verb in the third person glued before a company's name, its last one: "Zeta
    Pharma Acquires Omega Bio Corporation" (never a plural form: "Select Medical Corporation")."""
    verbs = sorted((w for w in _title_verbs() if w.endswith("s")), key=len, reverse=True)
    return re.compile(rf".*[ ](?:{'|'.join(verbs)})[ ](?=[A-Z])")


# a name a company takes, right before the new one: "will change its corporate name to",
# "has been renamed", "rebranded as"
RENAMED_BEFORE = re.compile(
    r"\b(?:(?:change[sd]?|changing)\s+(?:its|our)\s+(?:corporate\s+|company\s+|legal\s+)?name"
    r"(?:\s+from\s+[^,.;]{1,60}?)?\s+to|renamed(?:\s+itself)?(?:\s+(?:as|to))?"
    r"|rebrand(?:s|ed|ing)?(?:\s+itself)?\s+as)\s+[\"“]?$",
    re.IGNORECASE,
)
RENAMED_CHARS = 80


def _issuers_new_name(
    text: str, candidate: NamedMatch, issuer: str, spans: dict[tuple[int, int], NamedMatch]
) -> bool:
    """Whether ``candidate`` is the name the issuer takes: printed after "change its name to"
    in a sentence that names the issuer (or "the Company"), no organisation between."""
    start = candidate.span_start
    if not RENAMED_BEFORE.search(text, max(0, start - RENAMED_CHARS), start):
        return False
    left, _ = sentence_bounds(text, start, candidate.span_end)
    first = issuer.split(" ", 1)[0].rstrip(",")
    subjects = list(re.finditer(rf"\b(?:{re.escape(first)}|Company|We)\b", text[left:start]))
    if not subjects:
        return False
    named = subjects[-1]
    # (another organisation after the issuer is the one renamed: "Zeta said Omega, which
    # changed its name to Beta")
    return not any(left + named.end() < s < start for s, _ in spans)


# a capitalised word (a subject's) right before, on the same line
SUBJECT_BEFORE = re.compile(r"[A-Z][\w.&'’-]*[ ]$")
SUBJECT_CHARS = 40


def _without_heading_verb(match: re.Match[str]) -> tuple[int | None, int]:
    """A head's name without a Title Case headline's verb inside it and what follows the verb:
    "Calloway Institute for Cancer Research" of "... Research Receives $12 Million Grant"
    (name_openers.csv's verbs in the third person). None when no head is left before the verb:
    "Zeta Enters Strategic Alliance" names no organisation."""
    start, end = match.span("name")
    first, _, rest = match.group("name").partition(" ")
    if (
        rest
        and first in _title_verbs()
        and SUBJECT_BEFORE.search(match.string, max(0, start - SUBJECT_CHARS), start)
    ):
        return None, end  # a joint headline's verb after its subjects, and what they do, as
        # the verb inside a name: "Aurelis Pharma and Kingsbridge University Launch Joint
        # Research Institute for Neurodegeneration"
    at = start
    joint = False  # a joint subject before: "Yamane and Hexalis Form Consortium"
    for word in match.group("name").split(" "):
        if at > start and (heading_verb(word) or (joint and word in _title_verbs())):
            if _organization().pattern.fullmatch(match.string, start, at - 1):
                return start, at - 1
            return None, end
        joint = joint or word in ("and", "&")
        at += len(word) + 1
    return start, end


def _investors_name(name: str) -> bool:
    """Whether ``name`` is a whole firm's name: two words or more, a head of the trade's money
    after its first ("RA Capital Management", "Omega Fund Partners"), no "of" or "for" in it."""
    words = name.split(" ")
    return (
        len(words) >= 2
        and "of" not in words
        and "for" not in words
        and any(word in organization_heads_needing_a_name() for word in words[1:])
    )


def _infinitive_opening(text: str, start: int) -> tuple[bool, str]:
    """Whether "to" is printed before the word at ``start`` (or opens there, in a headline in
    capitals: "TO ACQUIRE PEPTIDYNE CORP"), and that word after it, in title case."""
    words = text[start : start + INFINITIVE_CHARS].split(" ", 2)
    to = text[max(0, start - 4) : start].casefold() == " to "
    if not to and len(words) > 1 and words[0] in ("to", "TO", "To"):
        to, words = True, words[1:]
    verb = words[0]
    return to, verb.capitalize() if verb.isupper() else verb


INFINITIVE_CHARS = 40  # "to" and a verb after it


def _past_title_verb(name: str, start: int) -> int:
    """Where a company's name starts after a headline's subject and verb glued before it."""
    glued = _title_verb_before().match(name) if " " in name else None
    return start + glued.end() if glued else start


def _past_title_preposition(name: str, start: int) -> int:
    """Where a company's name starts after the title words glued before it, cut at the last
    preposition in title case: "Gene Target Validation Technology With Pfizer, Inc."."""
    glued = TITLE_PREPOSITION.match(name)
    return start + glued.end() if glued else start


# A name a parenthesis defines in quotes for the company before it: 'Sun Pharmaceutical
# Industries Ltd. (NSE: SUNPHARMA, "Sun Pharma")', 'Kyowa Seiyaku Co., Ltd. ("Kyowa")'.
# links.py reads it too, for a company's short name.
DEFINED_NAME = re.compile(
    r"\((?:[^()]{0,60}?[,;]\s*)?(?:the\s+|hereinafter\s+)?[\"“']"
    r"(?P<name>[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+)?)[\"”“']\)"  # a page's “...“ too
)


# A partnership's name lists its partners: "Goldman, Sachs & Co.", "Skadden, Arps, Slate,
# Meagher & Flom LLP"
PARTNER_BEFORE = re.compile(r"(?<![\w.,&])([A-Z][a-z’'-]+), $")
PARTNERS_OPEN = re.compile(r"(?:^|[.:;!?(\n]\s*|\b[a-z]+\s)$")


INITIALS = re.compile(r"^(?:[a-z](?:\.\s?|\s))+")  # a name's initials, as company_key prints them
# (their stops dropped: "h lundbeck" of "H. Lundbeck A/S")
AND_COMPANY = re.compile(r"(?<![\w.])((?:[A-Z][\w'’.-]*[ ]){1,3})and[ ]$")


# Two names joined by "and" before the last one's head: "Goldman Sachs and Leerink Partners"
PLAIN_WORD_USES = 1000  # this frequent in English, a word is plain: no surname, no name alone
PAIR_BEFORE_HEAD = re.compile(
    r"^(?:[A-Z][\w’'&.-]*[ ]){1,3}(?P<last>[A-Z][\w’'&.-]*)[ ]and[ ](?=[A-Z]\S*[ ][A-Z])"
)


# a gathering's word after a name of the trade: "Jefferies Healthcare Conference", "BIO
# International Convention", "Biotech Showcase"
GATHERING_AFTER = re.compile(rf"[ ](?:{GATHERINGS}|Forum|Convention|Showcase|Week|Day)\b")
# ... a few words of the gathering's own between: "J.P. Morgan Healthcare Conference", "Goldman
# Sachs 44th Annual Global Healthcare Conference"
GATHERING_NAMED_AFTER = re.compile(
    rf"(?:[ ](?:\d+(?:st|nd|rd|th)|[A-Z][\w’'&.-]*)){{0,4}}?[ ](?:{GATHERINGS}|Forum|Convention)\b"
)


def _capitalised_name(words: str) -> bool:
    """Whether words are a name of two words or more, each capitalised but its joining words
    ("Massachusetts General Hospital", "University of Oxford")."""
    parts = words.split(" ")
    return (
        len(parts) >= 2
        and all(p[:1].isupper() or p in ("of", "for", "the", "de", "&") for p in parts)
        and _ends_on_head(words)
    )


def _ends_on_head(words: str) -> bool:
    """Whether words end on a head word, of one word or two ("Group", "Capital Markets")."""
    heads = organization_head_words()
    return words.rsplit(" ", 1)[-1] in heads or " ".join(words.split(" ")[-2:]) in heads


def _second_of_pair(match: re.Match[str]) -> int:
    """Where an organisation named with a head word starts: after the "and" that joins a name
    of two words or more to a name of two words or more, the one its head word ends. A name
    whose word before "and" is an English word goes on past it ("U.S. Food and Drug
    Administration", "Acme Cancer and Blood Disorders Center")."""
    name = match.group("name")
    before, joined, _ = name.partition(" and ")
    if joined and (
        _ends_on_head(before) or before.casefold() in place_names()
    ):  # a head ends a name before "and": "... pharmaceutical Group and Debiopharm Group"; a
        # place is none: "Taiwan, China and Association of South-East Asian Nations countries"
        return match.start("name") + len(before) + len(joined)
    if " of " in name or " for " in name:
        return match.start("name")  # "Department of Health and Human Services"
    pair = PAIR_BEFORE_HEAD.match(name)
    if pair is None or word_counts().get(pair["last"].casefold(), 0) >= PLAIN_WORD_USES:
        return match.start("name")
    return match.start("name") + pair.end()


def _past_deal_nouns(name: str, start: int) -> int:
    """Where a name starts past a title's deal words before it: "Proposed Acquisition of Lyramid
    Pty Limited" is Lyramid's (context_words.csv role deal_noun), and past a descriptor's nouns."""
    past = deal_words_end(name)
    start += past
    name = name[past:]
    # and past the nouns that say what it is, as a title writes them: "Acquisition of Biotech
    # Firm U3 Pharma AG" is U3 Pharma's (company_descriptors.csv)
    words = name.split(" ")
    skipped = 0
    while len(words) - skipped > 2 and words[skipped].casefold() in descriptor_words():
        skipped += 1
    return start + len(" ".join(words[:skipped])) + (1 if skipped else 0)


def _partners_before(text: str, start: int, name: str) -> int:
    """Where a name with "&" starts once the partners listed before it are included: only
    capitalised words that are no company of the lexicon, after a sentence's or a phrase's
    opening ("... advisor and Skadden, Arps ..."), never a place's ("New York, Smith & Co.").
    A name that opens with "Company" or "Co." takes the names before its "and" ("Cowen and
    Company, LLC", "Eli Lilly and Company")."""
    if name.startswith(("Company", "Co.")):
        founders = AND_COMPANY.search(text, max(0, start - 60), start)
        return founders.start(1) if founders else start
    if "&" not in name:
        return start
    new_start = start
    while True:
        partner = PARTNER_BEFORE.search(text, max(0, new_start - 40), new_start)
        if not partner or names_matcher(("company", "organization")).find(partner.group(1)):
            break
        new_start = partner.start(1)
    if new_start < start and PARTNERS_OPEN.search(text, max(0, new_start - 40), new_start):
        return new_start
    return start


# "United States- Eisai Co., Ltd.", "QUEBEC--Procyon BioPharma Inc." (never "Sigma-Tau")
GLUED_DASH = re.compile(r"\S[-–—]\s|--|—")


def _after_dash(text: str, start: int, end: int) -> int:
    """Where a name starts past a word a dash ends, glued before it by a page's layout."""
    glued = list(GLUED_DASH.finditer(text, start, end))
    return glued[-1].end() if glued else start


GLUED_TITLE_WORDS = 5  # words before the legal form: a company's name is rarely this long


def without_glued_title(text: str, name: str, start: int) -> tuple[str, int]:
    """A name with the end of a headline glued before it, on a page flattened onto one line
    ("... Loan and Undertakes Major Business Restructuring Vernalis plc"): it starts at the
    first word no English list knows that the release prints again (the company's coined
    name), unless the text prints the word before it with it again ("Shandong Xinhua
    Pharmaceutical Company Limited ... Shandong Xinhua announced"); without one the name stays
    whole."""
    legal = legal_form_at_end().search(name)
    words = (name[: legal.start()] if legal else name).split(" ")
    if len(words) < GLUED_TITLE_WORDS:
        return name, start
    counts = word_counts()
    for cut in range(1, len(words)):
        word = words[cut]
        coined = word[:1].isupper() and word.replace("-", "").isalnum()
        if coined and counts.get(word.casefold(), 0) == 0 and text.count(word) >= 2:
            if text.count(f"{words[cut - 1]} {word}") >= 2:
                return name, start  # "Shandong Xinhua", printed again so: the name's own word
            dropped = sum(len(w) + 1 for w in words[:cut])
            return name[dropped:], start + dropped
    return name, start


# what any company is called, no name: "Joint Venture Company: Planned Overview", "Spin Off
# ... as Independent Public Company" (context_words.csv's company_kind words before the form)
KIND_HEADS = frozenset({"company", "companies", "corporation", "group", "entity"})


def _a_kind_of_company(name: str) -> bool:
    *kind, head = name.casefold().split()
    return head in KIND_HEADS and all(word in context_words("company_kind") for word in kind)


SHORT_NAME_MIN = 4  # letters of a short name ("Lilly"); shorter ones are initials or words


def _short_name_of(core: str, issuer_core: str) -> bool:
    """A name made of the issuer's own words in a row ("sutro" of "sutro biopharma", "lilly" of
    "eli lilly and company"), or its words from the first with a word of the trade shortened or
    spelt out, and one more word at most left out ("sun pharma" of "sun pharmaceutical
    industries", "sun pharmaceutical" of "sun pharma"; never "sun pharmaceutical" of "sun pharma
    advanced research company"); its first word may be left out too, where its second is no
    English word ("xinhua pharma" of "shandong xinhua pharmaceutical")."""
    if len(core) < SHORT_NAME_MIN or core == issuer_core:
        return False
    if f" {core} " in f" {issuer_core} ":
        return True
    words, own = core.split(), issuer_core.split()
    if len(own) > 2 and words[0] != own[0] and words[0] == own[1] and not common_english(own[1]):
        own = own[1:]  # its first word left out, the next its own: "xinhua pharma" of
        # "shandong xinhua pharmaceutical"
    if len(words) < 2 or not 0 <= len(own) - len(words) <= 1 or words[0] != own[0]:
        return False
    return all(
        word == word_of_own
        or (min(len(word), len(word_of_own)) >= SHORT_NAME_MIN and word_of_own.startswith(word))
        or (min(len(word), len(word_of_own)) >= SHORT_NAME_MIN and word.startswith(word_of_own))
        for word, word_of_own in zip(words[1:], own[1:], strict=False)
    )


ACRONYM = re.compile(r"[A-Z]{2,5}")


def _acronym_of(name: str, core: str) -> bool:
    """``name`` is the initials of ``core``'s words or of its capitals: "GSK" of "GlaxoSmithKline",
    "BMS" of "Bristol-Myers Squibb" (``core`` is a company key, in lower case)."""
    if not ACRONYM.fullmatch(name) or not core:
        return False
    country = COUNTRY_OPENS.match(core)  # "USPTO" of "U.S. Patent and Trademark Office",
    # "PTAB" of "U.S. Patent Trial and Appeal Board": with its country's initials or without
    rest = core[country.end() :] if country else core
    words = [w for w in re.split(r"[\s-]+", rest) if w and w not in ("and", "of", "&")]
    initials = "".join(w[0] for w in words).upper()
    if name in (initials, "US" + initials if country else initials):
        return True
    printed = _printed_capitals().get(core)
    return printed == name


@cache
def _printed_capitals() -> dict[str, str]:
    """Company key -> the capitals of its name as listed ("glaxosmithkline" -> "GSK")."""
    capitals = {}
    for row in load_lexicon("names"):
        if row["kind"] in ("company", "organization"):
            caps = "".join(c for c in row["name"] if c.isupper())
            if 2 <= len(caps) <= 5:
                capitals[company_key(row["name"])] = caps
    return capitals


def _capitalised_as_listed(printed: str, listed: str) -> bool:
    """A lexicon name matches only with its capitals where the list has them."""
    pairs = zip(printed, listed, strict=True)
    return all(letter.isupper() for letter, as_listed in pairs if as_listed.isupper())


LIST_SEPARATOR = re.compile(r",[ ]+(?:and[ ]+)?")  # a list's comma after a name
ACRONYM_WORD_USES = 500  # an English word ("horizon", "atlas"), as trials are named


def _trial_acronym(text: str, start: int, end: int, listed: str) -> bool:
    """Whether a lexicon name of one English word, listed in mixed case, is printed in capitals
    in a line that is not all capitals: a trial's name ("the Phase 3 HORIZON trial", "data
    from HORIZON"), as trials are named; a title in capitals prints its companies so."""
    printed = text[start:end]
    if (
        " " in printed
        or not printed.isupper()
        or listed.isupper()
        or word_counts().get(listed.casefold(), 0) < ACRONYM_WORD_USES
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(c.islower() for c in line)


def in_cover_page(text: str, name: str, cover_end: int) -> bool:
    """Whether every mention of ``name`` is on the cover page."""
    return cover_end > 0 and text.find(name, cover_end) == -1


HOUSE_WORD_RARITY = 5_000  # a first word rarer than this in English names one house ("Eisai")


def _a_place(words: str) -> bool:
    return words.casefold() in place_names()


SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”’]?\s*$")


def _sentence_line(line: str) -> bool:
    """Whether a line whose words are mostly capitalised is still a paragraph: long, a full stop
    after a word in lower case, some word of it in lower case ("Ms. Carrington is the former Chief
    Financial Officer of Pacira Pharmaceuticals, and Dr. Roe served as ... at Alkermes plc."),
    never a title printed in title case with or without a stop."""
    words = line.split()
    return (
        len(words) > SENTENCE_LINE_WORDS
        and SENTENCE_END.search(line) is not None
        and any(word[:1].islower() and word.casefold() not in FUNCTION_WORDS for word in words)
    )


SENTENCE_LINE_WORDS = 20  # a title is shorter: a line this long and stopped is a paragraph
# a person's employer after their post: "... Officer of Pacira Pharmaceuticals", "... at Northgate
# Pharmaceuticals"
EMPLOYER_BEFORE = re.compile(r"\b(?:of|at|from)\s+$")


def _next_line_case(name: str, legal: re.Match[str]) -> bool:
    """Whether a legal form after a line break is printed in another case than the name: a
    title's last words in capitals and the next line's first word ("DAIICHI SANKYO" over "Company
    to receive ..."), no one name (a wrapped line keeps its case: "Daiichi Sankyo Co.," over
    "Ltd.")."""
    if "\n" not in legal.group():
        return False
    return name.isupper() != legal.group().isupper()


def _disciplines(words: str) -> bool:
    """Whether the capitalised words of ``words`` name fields of knowledge ("Immunology and
    Cancer", "Neuroscience"), not a place ("Boston and Cambridge") nor a time ("Ministry of
    Health, Labour and Welfare" + " in March")."""
    places = place_names()
    return all(
        w.casefold() not in places
        and w not in MONTH_NAMES
        and w not in WEEKDAY_NAMES
        and (common_english(w) or w.endswith(DISCIPLINE_ENDS))
        for w in re.findall(r"[A-Z][a-z]+", words)
    )


def _named_enough(name: str) -> bool:
    """Whether a name that ends with a head needing a name ("Capital", "Advisors") prints a word
    no common English word is before it: "Polaris Capital", never "Working Capital"."""
    head = next((h for h in organization_heads_needing_a_name() if name.endswith(" " + h)), None)
    if head is None:
        return True
    return any(not common_english(word) for word in name[: -len(head)].split())


def common_english(word: str) -> bool:
    """Whether ``word`` is an English word as common as any company name's own words may not be
    ("Biopharmaceutical", "Board", "Centre"; not "Eisai", "Amgen")."""
    folded = word.casefold().strip(".'’")
    return (word_counts().get(folded, 0) or american_count(folded)) >= HOUSE_WORD_RARITY


def _house_name(issuer_core: str | None) -> str | None:
    """The first word of the issuer's name when no English word shares it: every organisation
    named with it is the issuer's group ("Novartis International AG" of "Novartis AG")."""
    if not issuer_core:
        return None
    first = issuer_core.split(" ", 1)[0]
    if len(first) < 4 or common_english(first):
        return None
    return first


@cache
def _leading_words() -> frozenset[str]:
    """Words that open a sentence or a title, never an organisation: "About", "Chairman of"."""
    titles = {row["word"] for row in load_lexicon("title_words")}
    return frozenset(_openers() | titles)


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence, never an organisation: "About", "The", "A", "of"."""
    return frozenset(name_openers() | {"The", "A", "An", "and", "And", "of", "&"})


# Where a company is based, printed before its name: "USA-based Repligen", "New Jersey,
# USA-headquartered Celgene Corp.", "Nasdaq-listed Zeta Bio"; never part of the name
PLACE_DESCRIPTOR = re.compile(r"[\w.]+-(?:based|headquartered|listed|registered)")
# ... of several words: "Research Triangle Park-based Burroughs Wellcome Co."
PLACE_OF_WORDS = re.compile(r"\b[A-Z][\w.]*-(?:based|headquartered|listed|registered)[ \t]+(?=\S)")


# an adjective a hyphen glues to a name's end: "Health-supported", "Pfizer-led", "NIH-funded"
HYPHENED_ADJECTIVE = re.compile(
    r"(?<=[A-Za-z])-(?:supported|funded|led|backed|sponsored|owned|based|run|affiliated)$"
)


# a dateline's city in capitals opening a line, its sentence after it with no dash or comma:
# "WASHINGTON The Food and Drug Administration has announced ..."
PLACE_BEFORE_SENTENCE = re.compile(r"(?:[A-Z]{2,}[.]?[ ]){1,3}(?=The[ ][A-Z])")


# a place of several words in the possessive before a company: "New Haven’s Alexion"
PLACE_OWNER = re.compile(r"(?P<place>(?:[A-Z][a-z]+[ ]){1,2}[A-Z][a-z]+)['’]s[ ](?=[A-Z])")


# a possessive before a company: "Japan's", "Pfizer's"; never an irregular plural's, which
# names an institution: "Children's Hospital Boston", "Women's College"
OWNER = re.compile(
    r"(?!(?:Children|Women|Men|People)['’]s)(?:[A-Z][a-z]+|[A-Z]{2,3}|(?:[A-Z]\.){2,3})['’]s"
)  # "Japan's", "the UK’s", "the U.S.'s"


# Names a legal form or an institution's head word closes: a title's words are cut from before
# them only where a title's head word closes the title ("Discovery Laboratories Inc." keeps
# "Discovery" and "Laboratories", words that also make titles)
NAMED_BY_FORM_OR_HEAD = frozenset({"organization_head", "company_suffix"})


TITLE_UNITS_CHARS = 160  # characters a title's head and its units are read back


@cache
def _titles_units() -> re.Pattern[str]:
    """A title's head that a unit may follow (title_words.csv's unit column: "Vice President",
    "Head") and one to three units after commas, a comma ending them: what a title's next unit
    follows ("Vice President, Clinical Development, " before "Thoracic Oncology")."""
    heads = title_unit_heads()
    unit = r"[A-Z][\w&/'’-]*(?:[ \t]+(?:&|and|of|[A-Z][\w&/'’-]*)){0,4}"
    return re.compile(
        rf"\b(?:{words_alternation(heads)}),[ \t]+{unit}(?:,[ \t]+{unit}){{0,2}},[ \t]+$"
    )


# a name of two words or more, in the possessive, before another's: "Radcliffe University's"
OWNED_UNIT = re.compile(r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*)*[ ](?P<head>[A-Z][\w-]*)['’]s[ ]")


def _a_units_words(name: str, issuer_first: str) -> bool:
    """Whether ``name`` is a known company's possessive before words of the trade alone:
    "Pfizer’s Oncology" (its unit), never "Lee's Pharmaceutical" (a company's own name); or an
    institution's or a company's, by its own head word or word of the trade, before any words:
    "Radcliffe University's Nuffield Laboratory", "Omega Pharma’s Nuffield Laboratory" (never
    "Boston Children's Hospital")."""
    owned = OWNED_UNIT.match(name)
    if owned and (
        owned["head"] in organization_head_words() or owned["head"] in company_trade_words()
    ):
        return True
    owner, _, rest = name.partition(" ")
    if not OWNER.fullmatch(owner) or not _trade_words_only(rest):
        return False
    owner = owner[:-2]
    return owner == issuer_first or a_known_organization(owner)


# a market's word right after a head word: "The Nasdaq Capital Market", "the TSX Venture
# Exchange", a 10-Q's "Liquidity and Capital Resources" (a firm's "Capital Markets" is a head of
# its own: organization_heads.csv)
MARKET_AFTER = re.compile(r" (?:Market|Exchange|Resources)\b")


# a product named "of" its maker before the maker's legal form: "a generic version of Xeljanz
# Tablets of Pfizer Inc." (a drug's name opens it, or its form where a mark cut the name off:
# "Samsca® Tablets of Otsuka Pharmaceutical Co., Ltd."; "Bank of America Corp" opens with none)
PRODUCT_OF = re.compile(r"(?P<first>[\w-]+)(?:[ ][\w-]+){0,3}?[ ]of[ ](?=[A-Z])")


def _past_product_of(text: str, start: int, end: int) -> int:
    """Move ``start`` past a drug product "of" its maker: "Xeljanz Tablets of Pfizer Inc."."""
    product = PRODUCT_OF.match(text, start, end)
    if product is None:
        return start
    first = product["first"]
    return product.end() if is_drug_name(first) or is_class_word(first) else start


def _trade_words_only(name: str) -> bool:
    """Whether a name is words of the trade alone ("Pharmaceutical"), no name of its own."""
    words = name.split()
    return bool(words) and all(word in company_trade_words() for word in words)


# a clock's time before a name, and its meridiem and zone opening it: a page's stamp glued to
# the company ("Jun. 01, 2021 8:17 AM ETKyowa Kirin Co., Ltd. (KYKOF)")
CLOCK_BEFORE = re.compile(r"\b\d{1,2}:\d\d[ \t]*$")
CLOCK_AFTER_TIME = re.compile(rf"(?:[AP]M[ \t]*)?(?:{TIME_ZONE}[ \t]*)?(?=[A-Z])")


def _without_leading_words(text: str, start: int, end: int, institution: bool = False) -> int:
    """Move ``start`` past openers and titles ("Chairman and CEO of ImmunoGen, Inc."), not past
    a head its name goes on from ("Center for Drug Evaluation and Research"). Before an
    institution's head word or a legal form (``institution``), past a title's words only where a
    title's head word closes them: "the Medical Products Agency" is a name ("Medical" alone is
    no title), while a unit's words before a word of the trade are read as a title ("Vice
    President, General Therapeutics Business Unit")."""
    slug = WIRE_SLUG.match(text, start, end)  # "BRIEF-Ono Pharmaceutical enters ...": the
    start = slug.end() if slug else start  # wire's slug glued to its story's title
    if start == 0 or text[start - 1] == "\n":
        place = PLACE_BEFORE_SENTENCE.match(text, start, end)  # "WASHINGTON The Food and Drug
        start = place.end() if place else start  # Administration ...": a dateline, no dash
    if CLOCK_BEFORE.search(text, max(0, start - 8), start):
        clock = CLOCK_AFTER_TIME.match(text, start, end)  # "8:17 AM ET Kyowa Kirin Co., Ltd."
        start = clock.end() if clock else start
    # a place of several words before its "-based": "San Diego-based Omega Biologics, Inc."
    for place in PLACE_OF_WORDS.finditer(text, start, end):
        start = place.end()
    # ... or in the possessive: "New Haven’s Alexion Pharmaceuticals"
    possessive = text.find("’s ", start, end) != -1 or text.find("'s ", start, end) != -1
    placed = PLACE_OWNER.match(text, start, end) if possessive else None
    if placed and placed["place"].casefold() in place_names():
        start = placed.end()
    first = start
    heads = title_words()[1]
    cut = start  # past the last word surely not of the name
    while True:
        word_end = text.find(" ", start, end)
        if word_end == -1:
            break
        word = text[start:word_end]
        if word not in _leading_words() and len(word) > 1 and word.isupper() and word.isalpha():
            word = word.capitalize()  # a headline in capitals: "... INTEREST IN TIANJIN ..."
        # "Japan's Oncolys ...", "The UK’s Vectura Group"
        opening = start == first or text[first:start].strip().casefold() == "the"
        owner = opening and OWNER.fullmatch(word) is not None
        if owner and _trade_words_only(without_legal_form(text[word_end + 1 : end])):
            break  # "Lee's Pharmaceutical Ltd.": the possessive is the name's own
        if word not in _leading_words() and not PLACE_DESCRIPTOR.fullmatch(word) and not owner:
            break
        prior = text[first:start].split()
        if word == "of" and prior and prior[-1] in organization_head_words():
            break  # a head its name goes on from: "Center" + " of Excellence", never a title's
        start = word_end + 1
        if (
            not institution
            or word in _openers()
            or word.casefold() in heads
            or owner
            or PLACE_DESCRIPTOR.fullmatch(word)
        ):
            cut = start
    cut = cut if cut == first or not text[cut].islower() else first
    return _initials_kept(text, cut, end)


# the short name a text defines right after a name: '(hereinafter "GNT")', '("GNT")'
DEFINED_RIGHT_AFTER = re.compile(rf"\s*{DEFINED_NAME.pattern}")
SHORT_INITIALS = re.compile(r"[A-Z]{2,6}")
BARE_INITIALS_AFTER = re.compile(r"\s*\((?P<name>[A-Z]{2,6})\)")


# (with "and" between two of them: "Medical and Biological Laboratories Co., Ltd. (MBL)")
CAPITALISED_BEFORE_NAME = re.compile(r"(?:[A-Z][\w&-]*[ ](?:(?:and|&)[ ])?){1,3}$")


def _initials_kept(text: str, cut: int, end: int) -> int:
    """Where the name starts when the short name defined right after it spells the initials of
    capitalised words before ``cut`` too: "Global Neurotech Pharma (hereinafter "GNT")" keeps
    "Global"."""
    # (or its initials in brackets, unquoted: "Medical and Biological Laboratories Co., Ltd.
    # (MBL)")
    defined = DEFINED_RIGHT_AFTER.match(text, end) or BARE_INITIALS_AFTER.match(text, end)
    if defined is None or not SHORT_INITIALS.fullmatch(defined["name"]):
        return cut
    before = CAPITALISED_BEFORE_NAME.search(text, max(0, cut - 40), cut)
    if before is None:
        return cut
    short = defined["name"]
    words = text[before.start() : end].split()
    kept = len(text[cut:end].split())
    for size in range(kept + 1, len(words) + 1):
        name = words[-size:]
        # the short name opens with this word's initial (never the kept name's own) and spells
        # its letters in order: "GNT" of "Global NeuroTech Pharma"
        if name[0][0] == short[0] != words[-kept][0] and _spelled_in(short, " ".join(name)):
            return end - len(" ".join(name))
    return cut


def _spelled_in(short: str, name: str) -> bool:
    """Whether the letters of ``short`` appear in ``name`` in order (case aside)."""
    letters = iter(name.casefold())
    return all(letter in letters for letter in short.casefold())


# A contact block's marks: a phone number, an e-mail, a phone's or a contact's label, a desk
# after a name ("(617) 555-0100", "ann@argot.com", "Tel: +41 61 555 12 34", "Media Contact:",
# "INQUIRIES:", "Carol Hausner (Investors)"); found from their digits, "@", ":" and ")" (a scan
# of one alternation for all of them cost ten times as much)
PHONE_MARK = re.compile(r"\d\d\d[\s.-]\d\d\d\d(?!\d)|\+\d[\d ().-]{7,}\d")
EMAIL_AFTER_AT = re.compile(r"[\w-]+\.[\w-]")
LABEL_BEFORE_COLON = re.compile(
    rf"(?:\b(?:Tel|Phone|Fax|Mobile|Cell)\b\.?|{CONTACT_WORDS})[ \t]*$", re.IGNORECASE
)
DESK_BEFORE_PAREN = re.compile(rf"\((?:{DESK_LABELS}|IR)$", re.IGNORECASE)  # people.py's desks
LABEL_CHARS = 20  # the longest label before its colon or bracket ("(Investor Relations")


def _contact_marks(text: str, limit: int) -> list[int]:
    """Where a contact's marks are printed, up to ``limit`` and one more."""
    marks = [m.start() for m in islice(PHONE_MARK.finditer(text), limit + 1)]
    for char in "@:)":
        at = text.find(char)
        while at >= 0 and len(marks) <= limit:
            if (
                (char == "@" and text[at - 1 : at].isalnum() and EMAIL_AFTER_AT.match(text, at + 1))
                or (char == ":" and LABEL_BEFORE_COLON.search(text, max(0, at - LABEL_CHARS), at))
                or (char == ")" and DESK_BEFORE_PAREN.search(text, max(0, at - LABEL_CHARS), at))
            ):
                marks.append(at)
            at = text.find(char, at + 1)
    return marks


CONTACT_REACH_LINES = 3  # a contact's lines: its name, company, phone and e-mail
CONTACT_LINE_WORDS = 8  # a line of a contact block is short (a lead's paragraph is long)
CONTACT_MARKED_WORDS = 30  # a contact block flattened onto one line is no longer
CONTACT_MARK_CHARS = 120  # in prose, the words of its sentence this near a phone or e-mail
MAX_CONTACT_MARKS = 200


def contact_agencies(text: str, names: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The organisations a release names only in its contact blocks: the agencies that answer
    for it ("Investor Contact: Ann Lee / Argot Partners / 212-555-0100", "or Media, Karen Wu of
    Wu & Partners, (415) 555-9900"), no party to its news. A contact block's line holds a
    contact's mark, or is a short line a few lines from one, with no prose nor two blank lines
    between (a double-spaced block has one between each of its lines); in a paragraph of prose,
    only the words of the mark's sentence near it are the contact's. ``names``: each
    organisation's name as printed and its canonical name."""
    if not names:
        return frozenset()
    marks = _contact_marks(text, MAX_CONTACT_MARKS)
    if not marks or len(marks) > MAX_CONTACT_MARKS:
        return frozenset()  # none, or a directory's list: no release's contact blocks
    blocks: list[tuple[int, int]] = []
    for at in marks:
        start, end = line_bounds(text, at)
        if len(text[start:end].split()) > CONTACT_MARKED_WORDS:  # prose that holds a phone:
            left, right = sentence_bounds(text, at, at)  # its sentence, near the mark
            blocks.append(
                (
                    max(start, left, at - CONTACT_MARK_CHARS),
                    min(end, right, at + CONTACT_MARK_CHARS),
                )
            )
            continue
        blocks.append((start, end))
        for step in (-1, 1):
            line, reach, blanks = (start, end), 0, 0
            while reach < CONTACT_REACH_LINES:
                edge = line[0] - 1 if step < 0 else line[1] + 1
                if not 0 <= edge < len(text):
                    break
                line = line_bounds(text, edge)
                printed = text[line[0] : line[1]]
                if printed.strip() == "|":
                    continue  # a table's cell mark between a flattened table's cells
                words = len(printed.split())
                blanks = 0 if words else blanks + 1
                if blanks > 1 or words > CONTACT_LINE_WORDS:
                    break  # two blank lines, or prose: the block's end
                if words:
                    blocks.append(line)
                    reach += 1
    agencies = set()
    for printed, canonical in names:
        name = canonical or printed
        first = name.split(" ", 1)[0]
        forms = [name]
        if len(first) >= MIN_ISSUER_WORD and first[:1].isupper() and " " in name:
            forms.append(first)  # its short name: "Argot" of "Argot Partners"
        found = [at for form in forms for at in _printed_at(text, form)]
        if found and all(any(s <= at < e for s, e in blocks) for at in found):
            agencies.add(printed)
    return frozenset(agencies)


def _printed_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is printed as a word of its own (never inside a longer word)."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or after.isalnum()):
            yield at
        at = text.find(word, at + 1)
