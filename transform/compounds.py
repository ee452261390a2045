"""Compounds: development codes, INNs, brand names and payloads, with stated aliases linked.

Sources of a match, each its own rule: the domain lexicon (`compound_lexicon`), a drug
vocabulary the field keeps (`drug_vocabulary`: drug-named-entity-recognition's names), the WHO INN
stems (`inn_stem`), development-code shapes (`development_code`: IMGN901, BAY 94-9343,
huN901-DM1, SGN-CD33A, T-DM1), and brand marks (`brand_mark`: Kyprolis®, AVONEX(R)).
"X (Y)" with two compounds links them: both get one canonical name, the INN of the two, else
the brand, else X (`alias_parenthetical`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache

from transform.dictionary import NamedMatch, a_known_organization, names_matcher
from transform.drug_vocabulary import (
    drug_matcher,
    generic_names,
    is_class_word,
    is_drug_name,
    names_a_target,
    word_list_drugs,
)
from transform.lexicon import (
    company_suffix_pattern,
    company_trade_words,
    context_words,
    descriptor_words,
    load_lexicon,
    place_names,
    words_alternation,
)
from transform.literals import Led, cued
from transform.money import SCALES, barred_row, glued_code, is_currency_mark
from transform.organizations import GIVEN_NAME_BEFORE, GIVEN_NAME_CHARS
from transform.repair.vocabulary import (
    foreign_vocabulary,
    given_names,
    is_known,
    person_names,
    word_counts,
)
from transform.rules import confidence as confidence_of
from transform.segments import in_spans
from transform.text_spans import sentence_bounds, web_addresses

# a conjugate's payload printed after its code: "ZT-101-MMAE", "huZT1-DM4", "ZT-101-vcMMAE"
# (names.csv's payloads in capitals and figures: "DM4", "MMAE", "DXd", "SN-38")
PAYLOAD_SUFFIX = "(?:-(?:vc|mc)?(?:{}))?".format(
    "|".join(
        sorted(
            (
                re.escape(row["name"])
                for row in load_lexicon("names")
                if row["kind"] == "payload" and not row["name"].islower()
            ),
            key=len,
            reverse=True,
        )
    )
)
CODE = re.compile(
    r"(?<![\w$€£¥-])(?!(?:GMT|UTC)[-+]?\d)(?:"  # never a currency's letters after its sign:
    # "$US16 million", nor a time zone's offset: "GMT-0500"
    r"[a-z]{1,3}[A-Z]\d{2,4}(?:-[A-Z]{2,4}\d)?"  # huN901-DM1, huC242-DM4, huC242
    r"|[a-z]{4,}mab-[A-Z]{2,4}\d"  # trastuzumab-DM1
    r"|[A-Z]-[A-Z]{2,3}\d"  # T-DM1
    r"|[A-Z]-\d{3,5}"  # G-202, E-7080: one letter, three digits or more
    r"|[A-Z]{2,5}-[A-Z]{2,5}-\d{2,4}[A-Za-z]?"  # GR-MD-02
    r"|[A-Z]{2,5}-[A-Z]{1,3}\d{1,4}[A-Z]?"  # SGN-CD33A, SHR-A1811
    r"|[A-Z]{2,5} \d{2}-\d{3,5}"  # BAY 94-9343
    r"|[A-Z]{2,5}-[A-Z]{2,5}\d{0,4}(?:\[Rx\]|Rx)"  # ISIS-SMN[Rx], ISIS-SMNRx
    # a company's short prefix in capital and small letters: "Lu AE58054", "Ro 5-3335", "Sch 58235"
    r"|(?P<prefix>[A-Z][a-z]{1,2}) (?P<prefixed>[A-Z]{1,3}\d{3,6}|\d{1,2}-\d{3,5}|\d{5,6})"
    r"|[A-Z]{2,5}-?\d{2,8}-[A-Z]{1,3}"  # a route or form after the number: MPC-150-IM
    r"|[A-Z]{2,5}\d{3,4}[A-Z]{2,4}"  # a fusion's code, its parts' letters around: DAB389EGF
    r"|[A-Z]{2,5}-\d{1,4}[A-Z]\d{1,4}"  # a letter between the numbers: JAB-23E73
    r"|[A-Z]{2,5}-?\d{2,8}[A-Za-z]?"  # IMGN901, SAR3419, SN-38, CPT-11, LY3009104, DS-8201a
    r"|[a-z]{1,2}[A-Z]{2,4}-\d{3,5}"  # mRNA-1273
    r"|[A-Z]{2,5}\d{2,4}[a-z]\d{1,2}"  # BNT162b2
    r"|[A-Z]{2,5}-[A-Z]{2,4}[a-z]{1,3}\d{1,3}"  # a target's letters, a chemistry's, a version:
    # ALN-TTRsc04
    r"|[A-Z][a-z][A-Z][a-z]{0,2}\d{3,6}"  # a platform's mixed-case prefix: XmAb5871
    r"|[A-Z]{2,5}-? \d{3,8}[A-Z]?"  # MK 3475, BI 1015550, and OCR's "ABC- 12345"
    # a radioligand, its isotope's mass and symbol before the ligand: "177Lu-PSMA-617",
    # "68Ga-DOTATATE", "99mTc-MIP-1404"
    r"|\d{2,3}m?[A-Z][a-z]?-[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*(?:-\d{1,4}[A-Za-z]?)?"
    # (never a law's section, its letter in brackets after it: "FDA 510(k) clearance")
    rf"){PAYLOAD_SUFFIX}(?![\w-]|\([a-z]\))"
)
PREFIX_WORD_COUNT = 5000  # a word this common before a code is the sentence's: "In 12345"
HONORIFIC_PREFIXES = frozenset({"Mr", "Dr", "Ms", "St", "Jr", "Co", "No"})
# A code of one letter or more, labelled as a compound's code ("Product Code: R788",
# "development code: NIK-333") or in parentheses after a compound's name ("Fostamatinib (R788)")
SHORT_CODE = r"(?P<code>[A-Z]{1,5}-?\d{2,6}[A-Za-z]?)(?![\w-])"
LABELLED_CODE = cued(
    rf"\b(?i:(?:product|development|compound|research|drug)\s+code(?:\s+name)?)\s*[:=]?\s*"
    rf"{SHORT_CODE}"
)
CODE_AFTER_NAME = re.compile(rf"\s*(?:®|™)?\s*\({SHORT_CODE}\)")
FISCAL_CODE = re.compile(r"(?:FY|Q[1-4]|H[12])\d+")  # "(FY2020)", "(Q32)": a period, no code
# A market's index, named in a list of indexes or quoted with its move: "TASE's TA-75, TA-100,
# Tel-Tech 15 and Biomed indexes", "KOSPI200 373.22 -0.86 -0.23%"
INDEX_AFTER = re.compile(r"(?:(?:,|\s+and)\s+[A-Z][\w-]*(?:\s\d+)?){0,6}\s+ind(?:ex|exes|ices)\b")
QUOTE_AFTER = re.compile(r"\s+\d[\d,]*\.\d+\s+[-+−]\d")
# a time of day a range's dash glues to a meridiem: "8:00 AM-11:00 AM CDT" is no "AM-11"
CLOCK_AFTER = re.compile(r":\d\d(?!\d)")
# a story's number in a wire's routing line, between double dashes before its day and time
ROUTING_BEFORE = re.compile(r"--\s$")
ROUTING_AFTER = re.compile(r"\s--\s\d{3,5}\s+\d\d?/\d\d?/\d\d")
# a drug's name as the first half of what describes patients or germs: "carbapenem-resistant",
# "methotrexate-naive", "platinum-refractory" (never a regimen's: "cisplatin-based")
PATIENTS_DESCRIBED_AFTER = re.compile(
    r"-(?:resistant|refractory|naive|naïve|intolerant|experienced|ineligible|eligible|sensitive"
    r"|pretreated|pre-treated|exposed|relapsed)\b",
    re.IGNORECASE,
)
# A substance the body makes, measured or made there, no drug given: "reduces serum uric acid
# levels", "uric acid production", "blood glucose", "testosterone concentrations"
# (made there: only a name in lower case, never a product's: "Production of IMVAMUNE®")
MEASURED_BEFORE = re.compile(
    r"\b(?:serum|plasma|blood|urinary|urine|circulating)\s+$"
    r"|\b(?:levels?|concentrations?|secretion|reabsorption|excretion)\s+of\s+$",
    re.I,
)
MEASURED_AFTER = re.compile(r"\s+(?:levels?|concentrations?|secretion|reabsorption|excretion)\b")
# (or expressed, lacking, or its gene: "dystrophin expression of 28% of normal", "insulin
# deficiency", "the dystrophin gene"; or the protein a disease's name is of: "hereditary
# transthyretin amyloidosis", "transthyretin-mediated amyloidosis", "... cardiomyopathy")
MADE_AFTER = re.compile(
    r"(?:\s+(?:production|synthesis|expression|deficiency|genes?|mRNA|amyloidosis"
    r"|cardiomyopathy|polyneuropathy)|-mediated)\b"
)
# an e-mail's header field, a forwarded mail flattened on a board: "From: AOL News BCC: MAPLE41"
MAIL_FIELD_BEFORE = re.compile(r"\b(?:From|To|Cc|CC|BCC|Bcc|Reply-To|Sender):\s*$")
# a security's identification number after its label: "WKN: BAY001", "ISIN: DE000BAY0017"
SECURITY_ID_BEFORE = re.compile(r"\b(?:ISIN|WKN|CUSIP|SEDOL|Valor|CIK|LEI)\s*[:#]?\s*$")
# a grant's, a contract's or a product lot's number, and the next ones of its list: "supported
# by NICHD grant HD036801", "under award number U01AI123456", "BARDA contract
# HHSO100201800012C", a recall's "(Lot No. MT22041 and MT22042, Exp. 04/2024)"
FUNDING_NUMBER_BEFORE = re.compile(
    r"\b(?:grants?|awards?|contracts?|lots?|batch(?:es)?)\s*(?:(?:numbers?|no\.|nos\.|#)\s*)?:?\s*"
    r"(?:[A-Z0-9][A-Z0-9-]{3,}(?:,\s|,?\sand\s)){0,3}$",
    re.IGNORECASE,
)
FUNDING_NUMBER_CHARS = 64
# A brand counts when its INN follows in parentheses: "Kyprolis® (carfilzomib)"; a mark alone
# also sits on platform names ("XpressCF®").
# (its letters read whole, never given back: a mark or a bracket follows them)
BRAND = re.compile(  # a capital first: a position without one fails at once
    r"(?=[A-Z])\b([A-Z][A-Za-z]{2,}+|[A-Z]{3,}+)\s?\^?(?:®|™|\(R\)|\(TM\))?\s?\^?(?:®|™)?\s?"
    # (after a label too: "Relvonex (generic name: tezacorsen)", "(INN: tezacorsen)")
    r"\((?:(?:[a-z-]+ )*[a-zA-Z-]+:[ ]?)?(?:[a-z-]+ )*(?P<inn>[a-zA-Z-]{4,}(?: [a-z]+-?\w*)?)\)"
)
# ... or a brand in parentheses after its INN: "tezacorsen (Relvonex)", "tezacorsen (brand
# name: Relvonex)", "tezacorsen (RELVONEX®)"; a name in capitals only with its mark
# (else an abbreviation: "tezacorsen (TZC)")
BRAND_AFTER_INN = re.compile(  # (the brackets found first, the INN before them read there)
    r"\((?P<label>(?:brand|trade)[ ]?name:?[ ]|marketed[ ]as[ ])?"
    r"(?P<brand>[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{3,}(?=®|™|\(R\)))(?:®|™|\(R\))?\)"
)
# a label that says the word after it is a drug's nonproprietary name: "ROK-12 (generic name:
# amizepran)", "INN: tezacorsen", "(nonproprietary name: zetafoxin)" (what the label names is an
# INN, stem or none; never an English word: "generic name: pending")
INN_LABEL = re.compile(
    r"\b(?:(?:generic|(?:international\s+)?non-?proprietary)\s+name|INN|USAN)\s?:\s?"
    r"(?P<inn>[a-z][a-z-]{3,}[a-z])\b(?![-/])"
)
INN_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?P<inn>[a-z][a-z-]{3,}[a-z])[ ]?$")
INN_BEFORE_CHARS = 40
# The second words of the WHO's nomenclature that a name goes on with: a glycoprotein's Greek
# letter ("epoetin alfa", "efgartigimod alfa", "interferon beta") and a PEG's "pegol"
# ("certolizumab pegol")
INN_SECOND_WORDS = frozenset({"alfa", "beta", "gamma", "delta", "pegol"})
# a gene or cell therapy's INN is two words, the gene's first ("-gene"), then the vector's or
# the cells' stem: "tavrogene elparvovec", "idecabtagene vicleucel" (never an English word's:
# "the transgene")
GENE_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]{4,}gene) $")
GENE_WORD_CHARS = 30
GENE_PARTNER_STEMS = ("vec", "cel")
# the four letters the FDA adds to a biologic's name: "lecanemab-irmb", "donanemab-azbt"
BIOLOGIC_SUFFIX = re.compile(r"-[a-z]{4}$")
SUFFIX_CHARS = len("-irmb")
ALIAS_BETWEEN = re.compile(
    r"\s*(?:®|™|\(R\)|\(TM\)|\^)*\s*[(\[]\s*(?:also known as |or |formerly |previously )?",
    re.IGNORECASE,
)
# a platform's name printed like a brand: "TOBI platform technology" (no tobramycin)
PLATFORM_AFTER = re.compile(r"[ ](?:platform|technology|technologies)\b", re.IGNORECASE)
WORD = re.compile(r"(?<![\w-])(?:[a-z]+-)?[a-z]{4,}(?![\w-])")
CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")
INN_WORD = re.compile(rf"{WORD.pattern}|{CAPITALISED_WORD.pattern}")
# A word in lower case a compound's code follows in parentheses: "fasedienol (PH94B) nasal
# spray" (a new INN, its code known): never a word of English ("the trial (ABC-123)")
NAME_BEFORE_CODE = re.compile(r"(?<![\w-])(?P<name>[a-z][a-z-]{5,}[a-z])\s*(?:®|™)?\s*\($")
NAME_BEFORE_CHARS = 40
CODE_CLOSES = re.compile(r"\s*[),;]")
# A name no vocabulary holds where the sentence gives it to patients or tests it against a
# disease: "a Phase 3 study of Sollpura for the treatment of EPI", "tolerability of CaPre in
# patients with", "patients treated with Zetafex versus placebo". A capital and lower case
# ("CaPre" too), never a word of English, a company's name or a run of capitals (a trial's
# acronym: "results of PRIMA in patients").
BRAND_IN_CONTEXT = cued(  # what follows the name, found first: few texts print it often
    r"(?=[fitv])(?<=\s)(?:for\s+the\s+treatment\s+of"
    r"|in\s+(?:patients|adults|children|women|men|subjects)\b|to\s+treat\b|versus\b)"
)
NAME_GIVEN = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|evaluating|of|receiving|treated\s+with|for|approved|approves"
    # or the candidate named in apposition: "its lead candidate, Zetavex, in adults with"
    r"|(?:candidate|compound|drug|medicine|vaccine),)\s+"
    r"(?P<name>[A-Z][a-z]*[A-Z]?[a-z]{2,})(?:®|™)?(?:(?<=[a-z®™]),)?$"
)
NAME_GIVEN_CHARS = 60
# a brand a sentence says a drug is sold under: "to be sold under the brand name Nephrava",
# "marketed under the trade name Zetaquel", "branded as Omegara"
BRAND_NAMED = cued(
    r"\b(?:under|with)[ ]the[ ](?:brand|trade|proprietary)[ ]names?[ ]|\bbranded[ ]as[ ]"
    r"|\b(?:sold|marketed)[ ]as[ ](?=[A-Z])"
)
BRAND_NAME_AFTER = re.compile(r"[\"“]?(?P<name>[A-Z][A-Za-z]*[a-z][A-Za-z]*)(?:®|™)?[\"”]?\b")
# a name with its mark that the sentence calls a compound in apposition ("the anti-angiogenesis
# cancer compound, ANGIOZYME(TM)", "Halneuron®, a non-opioid treatment for") or says patients
# tolerated ("AndroCar(TM) was generally well tolerated"); a mark alone also sits on a platform's
# name ("XpressCF®"), so never without these
# (the marks found first, the name before each and its context read only there)
MARK = cued(r"(?:®|™|\(R\)|\(TM\))")
NAME_BEFORE_MARK = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Za-z]*[A-Za-z0-9]{2,})[ ]?$")
MARK_NAME_CHARS = 40
# what a marked name is when no medicine: "AcmeTest® kits", "the Impella® system"
DEVICE_AFTER = re.compile(
    r"[ ](?:kits?|tests?|assays?|systems?|devices?|platforms?|instruments?|pumps?|analy[sz]ers?)\b"
)
CALLED_BEFORE = re.compile(
    r"\b(?:compound|drug|candidate|therapeutic|agent|vaccine|antibody|medicine)s?,?[ ]"
    r"(?:called[ ]|named[ ])?$"
    # or a medicine's own sales: "Net product revenue of QUINVEXA® was $24.3 million"
    r"|\b(?i:product|net)[ ](?:revenues?|sales)[ ](?:of|from)[ ]$"
)
TOLERATED_AFTER = re.compile(
    r"[ ](?:was|were|is|has[ ]been)[ ](?:(?:generally|very|also)[ ])?well[- ]tolerated\b"
    # or what it is in apposition: "Halneuron®, a non-opioid treatment for chemotherapy-induced
    # neuropathic pain" (never a platform's: "XpressCF®, a platform for ...")
    r"|,[ ](?:a|an|the|our|its)[ ](?:[\w-]+[ ]){0,5}?(?:treatment|therapy|therapeutic|drug"
    r"|compound|vaccine|inhibitor|antibody|formulation|(?:product|drug)[ ]candidate)\b"
    # or what it treats, a territory between: "marketing of SomatoKine(R) in Japan for the
    # treatment of osteoporosis"
    r"|(?:[ ]in[ ](?:the[ ])?[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?[ ]for[ ]the[ ]"
    r"(?:treatment|management|prevention)[ ]of\b"
    # or what it is approved or indicated for: "QUINVEXA® is approved for the treatment of"
    r"|[ ](?:is|was|are|were)[ ](?:(?:currently|now|also)[ ])?(?:approved|indicated)[ ]"
    r"(?:in[ ][\w.]+(?:[ ][A-Z][\w.]*)?[ ])?for[ ](?:the[ ])?(?:treatment|management"
    r"|prevention|use)\b"
)
# a brand and its class in brackets: "Perdipine (calcium channel blocker)", "Nasea (5HT3
# receptor antagonist-type antiemetic)"; two words of the class at least, its last a class of
# drugs (drug_class_words.csv), never a single generic word ("Zeta (a new drug)")
# (the bracket found first, the name before it read only there: a scan of every capitalised
# word would cost more than the rule finds)
CLASS_IN_BRACKETS = cued(r"[ ]\((?:an?[ ])?(?P<class>[\w-]+(?:[ ][\w-]+){1,6})\)")
NAME_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]*[A-Z]?[a-z]{2,})(?:®|™)?$")
NAME_BEFORE_CHARS = 40
# a name no vocabulary holds given with a drug the text names: "CAVATAK in combination with
# KEYTRUDA", "Keytruda combined with Zetavax" (the cue found first, the names beside it read
# only there); one word with a capital first, never a word of English, a company or a place
COMBINED = cued(r"(?=[ic])(?:in[ ]combination|combined)[ ]with[ ]")
NAME_BEFORE_COMBINED = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Za-z]*[a-zA-Z]{2,})(?:®|™)?[ ]$")
NAME_AFTER_COMBINED = re.compile(
    r"(?:[A-Za-z]+-[a-z]+[ ]|the[ ])?(?P<name>[A-Z][A-Za-z]*[a-zA-Z]{2,})(?:®|™)?(?![\w-])"
)

CURRENCY_LETTERS = 3  # a currency's letters before a number a space parts ("SEK", "MSEK")
# a drug's name the English word list holds too (drug_vocabulary.word_list_drugs: "aspirin",
# "dexamethasone", "warfarin"), read where the text prints it as a drug's: given with a drug it
# found ("pomalidomide plus low-dose dexamethasone", "tamoxifen and ORB-22", "HLC-501/
# dexamethasone"), compared with one ("versus warfarin", "more active than tamoxifen") or before a
# dose ("dexamethasone 40 mg")
GIVEN_WITH = r"(?:\s*[+/]\s*|,?[ ](?:plus|and|or|with|in[ ]combination[ ]with|combined[ ]with)[ ])"
DOSE_WORD = r"(?:(?:low|high|standard|reduced)[- ]dose[ ])?"
PAIRED_AFTER = re.compile(rf"(?:®|™)?{GIVEN_WITH}{DOSE_WORD}(?P<name>[A-Za-z][a-z]{{4,}})(?![\w-])")
PAIRED_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>[A-Za-z][a-z]{{4,}})(?:®|™)?{GIVEN_WITH}{DOSE_WORD}$"
)
PAIRED_CHARS = 60
COMPARED = cued(
    r"(?:(?<![\w-])versus|(?<![\w-])vs\.?|compared[ ](?:with|to)|[ ]than|in[ ]combination[ ]with"
    rf"|combined[ ]with)[ ]{DOSE_WORD}(?P<name>[A-Za-z][a-z]{{4,}})(?![\w-])"
)
NAME_BEFORE_DOSE = re.compile(r"(?<![\w-])(?P<name>[A-Za-z][a-z]{4,})[ ][\d.,]*$")
DOSE_CHARS = 30

# a code a company makes of its own name, or of that name's start, in capital and small letters:
# "Velora-101" by Velora, "Tonix-102" by Tonix, "Sym004" by Symphogen, "Debio 1143" by Debiopharm
# (the word no English one, and printed elsewhere as a name without a number after it: "Study
# 301", "Windows 10", "Nasdaq 100" and a year, "Velora 2019", are none)
NAME_CODE = re.compile(
    # (the capital found first, then what precedes it: a scan of every position costs twice)
    r"(?P<word>[A-Z](?<![\w$€£¥-].)[a-z]{2,11})(?:-|[ ](?=\d{3})|)"
    r"(?!(?:19|20)\d\d(?![\w-]))(?P<digits>\d{2,6}[A-Za-z]?)"  # (a year, "May 2016", none)
    r"(?![\w-]|[.,]\d)"
)
COUNTED_AFTER = re.compile(r"\s+(?:patients|subjects|participants|people|shares|employees|sites)\b")
NAME_WITHOUT_NUMBER = r"(?<![\w-]){word}[a-z]*(?![\w-]|[ ]?\d)"


# a name no vocabulary holds, a drug by the apposition after it that says how it acts:
# "ferocardin, an oral soluble guanylate cyclase stimulator, in", "danuglipron, an oral GLP-1
# receptor agonist." (the apposition's last word, a mechanism_noun of context_words.csv, found
# first and the name before it read only there); the apposition ends with that word, and none
# of its words says a company ("Zeta, a company developing kinase inhibitors") or is a verb's
# "-ing" ("Zeta, an emerging leader in antibody ...")
APPOSITION_ENDS = (
    r"(?=[,;:)]|\.(?!\w)|[ ](?:for|of|that|which|in|to|with|being|currently|designed|developed"
    r"|discovered|targeting|against|and|is|was|under|from|by|as|at|on)\b|\s*$)"
)
NAME_APPOSED = re.compile(
    # (or its owner's: "Velnoria, the company's gene therapy for", "Zetavix, Zeta's antibody")
    r"(?<![\w-])(?P<name>[A-Za-z][a-z]{4,}[a-z0-9]*)(?:®|™)?,[ ]"
    r"(?:an?|the|its|(?:the[ ]company|[A-Z][\w-]*)['’]s)[ ]"
    r"(?P<apposition>(?:[\w/()+-]+,?[ ]){0,7}?[\w/()+-]*)$"
)
APPOSITION_CHARS = 120
VERB_ING = re.compile(r"(?<![\w-])[a-z]+ing(?![\w-])")
# ... or the other way: the noun for a drug, then its name in lower case between commas ("its
# lead candidate, zelnecirnon, is in Phase 2", "the investigational therapy, obexelimab,")
NOUN_THEN_NAME = cued(
    r"\b(?:candidate|compound|drug|medicine|molecule|therapy|therapeutic|asset),[ ]"
    r"(?P<name>[a-z][a-z]{5,}),[ ]"
)


@cache
def _company_nouns() -> frozenset[str]:
    """Words that say an apposition is a company's ("company", "developer", "firm")."""
    return context_words("apposition_noun") | descriptor_words()


@cache
def _mechanism() -> Led:
    """The mechanism words, each tried only where one walk of the text finds it printed."""
    words = sorted(context_words("mechanism_noun"), key=len, reverse=True)
    return Led(re.compile(rf"(?:{'|'.join(map(re.escape, words))}){APPOSITION_ENDS}", re.I))


# a company's ticker after its name, or its seat before it: "Targacept (NASDAQ:TRGT)",
# "North Carolina-based Targacept"
TICKER_AFTER = re.compile(r"\s?\([A-Za-z][A-Za-z ]{1,20}:\s?[A-Z0-9]")
SEAT_BEFORE = re.compile(r"-based\s$")


def _no_unlisted_drug(text: str, name: str, start: int, printed: re.Match[str]) -> bool:
    """Whether a word a sentence gives a drug's place (in apposition with how it acts, after the
    noun for a drug) is no drug's own name no vocabulary holds: an English word, a class of
    drugs ("a selective immunomodulator, a bronchodilator or a ..."), a known name, a company,
    a place, a given name or a target."""
    return bool(
        name.casefold() in word_counts()
        or is_class_word(name)
        or is_known(name)
        or not_a_compound(name)
        or a_known_organization(name)
        or name.casefold() in place_names()
        or name.casefold() in given_names()
        or _a_companys(text, INN_WORD.match(text, start) or printed)
        or names_a_target(text, start, start + len(name))
    )


def _a_companys(text: str, name: re.Match[str]) -> bool:
    """Whether the name printed at ``name`` is a company's: a legal form or a word of the trade
    after it, its ticker after it, its seat before it, or a verb only a company does after it
    ("Biocept reported a strong financial performance": no drug reports or announces)."""
    return bool(
        _names_a_company(text, name.end())
        or TICKER_AFTER.match(text, name.end())
        or COMPANY_VERB_AFTER.match(text, name.end())
        or SEAT_BEFORE.search(text, max(0, name.start() - 8), name.start())
    )


COMPANY_VERB_AFTER = re.compile(
    r"[ ](?:today[ ])?(?:reports|reported|announces|announced|said|says|posted|posts)\b"
)


def _names_a_company(text: str, end: int) -> bool:
    """The name before ``end`` opens a company's name: "Galectin Therapeutics Inc.", "Progen
    Industries Limited" (capitalised words up to a legal form)."""
    following = re.match(r"\s([A-Z][\w&.-]*)", text[end : end + 40])
    return following is not None and (
        following[1].rstrip(".") in company_trade_words()  # (a sentence's stop after it)
        or _form_follows().match(text, end) is not None
    )


@cache
def _form_follows() -> re.Pattern[str]:
    return re.compile(rf"(?:[ ][A-Z][\w&-]*){{0,2}},?[ ](?:{company_suffix_pattern()})(?![\w])")


@cache
def _descriptor_before() -> re.Pattern[str]:
    """A noun that says what a company is, right before a name: "its partners Genpharm and
    Leiner" (company_descriptors.csv, in the plural too)."""
    return re.compile(rf"\b{words_alternation(descriptor_words())}s?,?\s+$")


DESCRIPTOR_CHARS = 40


def _described_as_company(text: str, start: int) -> bool:
    return _descriptor_before().search(text, max(0, start - DESCRIPTOR_CHARS), start) is not None


@cache
def inn_stems() -> tuple[str, ...]:
    """The endings of the INN stems (inn_stems.csv): "mab", "tinib", "cillin"."""
    return tuple(row["stem"] for row in load_lexicon("inn_stems"))


@cache
def _not_compounds() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in load_lexicon("not_compounds")))


def not_a_compound(name: str) -> bool:
    """Whether not_compounds.csv excludes the name (case-insensitively)."""
    return _not_compounds_ignoring_case().fullmatch(name) is not None


@cache
def _not_compounds_ignoring_case() -> re.Pattern[str]:
    return re.compile(_not_compounds().pattern, re.IGNORECASE)


# what an organism causes or is: the vocabulary names allergen extracts after their organism
PATHOGEN_OF = re.compile(r"\s+(?:infections?|bacteri(?:a|um|al)|strains?|isolates?)\b")
# a unit or a money scale after a number (money.py's scales of two letters or more: "RS 1714
# crore", "US 861 million"): letters, a space and this number measure something
QUANTITY_AFTER = re.compile(
    r"\s*(?:%|(?:mg|mcg|µg|g|kg|ml|mL|IU|units?|percent|"
    + "|".join(sorted((s for s in SCALES if len(s) > 1), key=len, reverse=True))
    + r")(?!\w))",
    re.IGNORECASE,
)
# a drug's dose after a capitalised word that is no English word: "patients receiving Rivasta
# 80 mg", "Zetavia 0.5 mg/kg" (a dose first, the names before it read only where one is printed;
# the INN's labels too: the scans cost 0.08 ms a release where nothing gates them)
DOSE_UNITS = ("mg", "mcg", "µg", "μg")
DOSE = re.compile(rf"\d\s?(?:{'|'.join(DOSE_UNITS)})\b")
BRAND_DOSE = re.compile(
    rf"(?<![\w-])([A-Z][a-z]{{3,}}+)[ ](?=\d+(?:\.\d+)?[ ]?(?:{'|'.join(DOSE_UNITS)})\b)"
)
# the town after a postcode (the Swedish code's second group of digits too: "SE-223 63 Lund")
POSTAL_OPENS = re.compile(r"(?:^|\n|,[ ]?)[ \t]*$")  # an address's line or its comma before
POSTAL_PLACE_AFTER = re.compile(
    r"(?:[ ]\d{2})?,?[ ](?P<place>[A-ZÅÄÖÉÜØ][^\W\d_]+)(?=[ \t]*(?:[,|]|\n|$))"
)
# "NTLA-2001", "EG-1962": a program's number, no year (never a fiscal year's "FY-2020")
HYPHENATED_CODE = re.compile(r"(?!FY|CY|HY)[A-Z]{2,5}-\d{4}")


def _year_like(code: str) -> bool:
    """A year with letters ("ASCO2019", "FY 2020"), not a program's hyphenated number."""
    digits = "".join(ch for ch in code if ch.isdigit())
    if HYPHENATED_CODE.fullmatch(code):
        return False
    return len(digits) == 4 and digits[:2] in ("19", "20")


DECIMALS = re.compile(r"[.,]\d")


def _after_given_name(text: str, start: int) -> bool:
    """Whether a capitalised word follows a given name, as a surname does: "Tommy Pedersen"
    (the organisations' own test of a surname: "Max Bayer")."""
    given = GIVEN_NAME_BEFORE.search(text, max(0, start - GIVEN_NAME_CHARS), start)
    return given is not None and given[1].casefold() in given_names()


SURNAME_AFTER = re.compile(r"[ ](?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?![ ]?[®™(])")


def _a_persons_given_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised name is a given name with a surname after it (the given-name
    lists), never one whose next word is a drug's, a class's or a word of English: "Hana
    Stewart-Smith" is a person, "Hana Injection" no one."""
    name = text[start:end]
    if not name[:1].isupper() or name.casefold() not in given_names():
        return False
    surname = SURNAME_AFTER.match(text, end)
    if surname is None:
        return False
    word = surname.group().strip()
    return not (is_known(word) or is_drug_name(word) or is_class_word(word))


def _a_drugs_own_name(text: str, name: str, start: int) -> bool:
    """Whether a capitalised name the context gives a drug is no word of English, nor a
    compound's stop word, a company's, an organisation's or a place's name."""
    return not (
        is_known(name)
        or not_a_compound(name)
        or _names_a_company(text, start + len(name))
        or a_known_organization(name)
        or name.casefold() in place_names()
    )


def _an_inn(printed: str) -> bool:
    """Whether the words a brand's brackets print are its INN: a stem of the WHO's, a compound
    of the lexicon, or a drug the vocabulary names in lower case ("Kengrexal (cangrelor)")."""
    inn = BIOLOGIC_SUFFIX.sub("", printed.lower())  # "lecanemab-irmb"
    first, _, second = inn.partition(" ")
    return bool(
        first.endswith(inn_stems())
        or (first.endswith("gene") and second.endswith(GENE_PARTNER_STEMS))  # "tavrogene
        # elparvovec": a gene therapy's two words
        or names_matcher(("compound", "payload")).find(inn)
        or (printed.islower() and is_drug_name(inn) and not is_known(inn))
    )


UNLISTED_INN_MIN = 6  # letters of a nonproprietary name no list holds: "bralumide"
# what says a brand in title case names a drug: its brackets given for a disease or to
# patients after them ("Vebrelta (ulotaront) for the treatment of schizophrenia")
TREATED_AFTER = re.compile(
    r"[ ](?:in[ ](?:adult[ ]|pediatric[ ]|paediatric[ ])?(?:patients|adults|children|subjects)"
    r"|for[ ](?:the[ ])?(?:treatment|prevention|management)[ ]of)\b"
)


def _unlisted_inn(match: re.Match[str], printed: str) -> bool:
    """Whether a brand in capitals or with its mark prints a drug's name no list holds in its
    brackets ("LUMZELA (bralumide)", "Zolmira® (dapazine)"), or one in title case whose
    brackets are given for a disease ("Vebrelta (ulotaront) for the treatment of"): one word
    in lower case, no English word, no class of drug ("ZETA (placebo)", "NOVA (formerly Zeta)"
    name none)."""
    brand, inn = match.group(1), BIOLOGIC_SUFFIX.sub("", printed)
    marked = any(mark in match.group(0) for mark in ("®", "™", "(R)", "(TM)"))
    return (
        (
            brand.isupper()
            or marked
            or (
                brand.lower() not in word_counts()
                and TREATED_AFTER.match(match.string, match.end()) is not None
            )
        )
        and inn.isalpha()
        and inn.islower()
        and len(inn) >= UNLISTED_INN_MIN
        and inn not in word_counts()
        and not is_class_word(inn)
        and not not_a_compound(inn)
        and not is_known(brand)
    )


# a company's code of two to five capitals and one digit: "ORC-5", "PLR-9"
ONE_DIGIT_CODE = re.compile(r"(?<![\w$€£¥/-])[A-Z]{2,5}-\d(?![\w-]|\.\d)")
# what says such a code is a compound: a noun for one before it ("its lead candidate ORC-5"; a
# trial of it: "trials of ORC-5"),
# an apposition after it that ends in one ("ORC-5, Orinoco's menin inhibitor"), or its patients
# or the treatment it is given for after it ("ORC-5 in patients with", "ORC-5 for the treatment
# of")
COMPOUND_NOUN_BEFORE = re.compile(
    r"\b(?:candidates?|compounds?|drugs?|medicines?|molecules?|programs?|programmes?|vaccines?)"
    r",?[ ]$"  # (a vaccine's too: "its COVID-19 vaccine VNT-2")
    # ... or a trial of it, or patients given it: "Phase III trials of MRB-2 in chronic pain",
    # "patients treated with ORC-5"
    # (never a study's: "a study of PD-1 expression" may measure a target)
    r"|\btrials?[ ]of[ ]$|\b(?:treated|dosed)[ ]with[ ]$"
)
COMPOUND_NOUN_CHARS = 14
COMPOUND_AFTER = re.compile(
    r",[ ](?:an?|the|its|our|[A-Z][\w-]*['’]s)[ ](?:[\w/-]+[ ]){0,5}?(?:inhibitor|antibody"
    r"|agonist|antagonist|modulator|degrader|conjugate|vaccine|therapy|therapeutic|candidate"
    r"|inducer|activator|stabili[sz]er|corrector|potentiator|enhancer|blocker|analogu?e?"
    r"|compound|drug|medicine|molecule|oligonucleotide|siRNA|ASO|prodrug|biologic|bispecific)s?\b"
    rf"|{TREATED_AFTER.pattern}"  # ... or what it is given for, or to whom
)


def _said_to_be_a_compound(text: str, start: int, end: int) -> bool:
    return (
        COMPOUND_AFTER.match(text, end) is not None
        or COMPOUND_NOUN_BEFORE.search(text, max(0, start - COMPOUND_NOUN_CHARS), start) is not None
    )


# a code right after "trial" or "study", the drug it tests after the code
TRIAL_BEFORE = re.compile(r"\b(?:trial|study)[ \t]+$", re.IGNORECASE)
TRIAL_BEFORE_CHARS = 8
TRIAL_OBJECT_AFTER = re.compile(
    r",?[ \t]+(?:with|of|evaluating|testing|investigating|comparing|assessing)[ \t]+(?![\d(])"
)


def find_compounds(text: str) -> list[NamedMatch]:
    """Every compound mention, first mention of each name kept, aliases linked."""
    found: dict[tuple[int, int], NamedMatch] = {}
    addresses = web_addresses(text)
    address_starts = [start for start, _ in addresses]
    # the kept spans' starts in order and each one's end (no two kept spans share a start: one
    # would hold the other), and the longest kept: a span holding another starts that far
    # before it at most (a page of thousands of names is read in n log n, never n squared)
    starts: list[int] = []
    end_at: dict[int, int] = {}
    longest = [0]

    def add(start: int, end: int, rule: str) -> None:
        if in_spans(addresses, address_starts, start):
            return  # a web address
        first = bisect.bisect_left(starts, start - longest[0])
        if any(end <= end_at[s] for s in starts[first : bisect.bisect_right(starts, start)]):
            return  # inside a longer match
        inside = starts[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
        for s in inside:
            if end_at[s] <= end:
                del found[(s, end_at.pop(s))]
                del starts[bisect.bisect_left(starts, s)]
        name = text[start:end]
        found[(start, end)] = NamedMatch(name, name, start, end, rule, confidence_of(rule))
        bisect.insort(starts, start)
        end_at[start] = end
        longest[0] = max(longest[0], end - start)

    for entry in names_matcher(("compound", "payload")).find(text):
        add(entry.start, entry.end, "compound_lexicon")
    drugs = drug_matcher().find(text)
    # a name the text once says is a company, after a noun that says so ("its partners
    # Genpharm and Leiner"), is the company's wherever it is printed
    # (or heads with its legal form or a word of the trade: "Progen Industries Limited" ...
    # "received by Progen", "Protox Therapeutics says" ... "Protox signs licence")
    companies = {
        entry.value
        for entry in drugs
        if text[entry.start].isupper()
        and (_described_as_company(text, entry.start) or _names_a_company(text, entry.end))
    }
    # ... and a name the text once says is what a drug acts on is that target wherever printed:
    # "ADCs targeting Claudin 18.2" ... '"Claudin 18.2 is one of the most promising targets'
    targets = {entry.value for entry in drugs if names_a_target(text, entry.start, entry.end)}
    for entry in drugs:
        if entry.value in companies or entry.value in targets:
            continue
        if PATHOGEN_OF.match(text, entry.end):
            continue  # "Pseudomonas aeruginosa infections": the germ (an allergen extract's name)
        if _a_persons_given_name(text, entry.start, entry.end):
            continue  # "By Hana Stewart-Smith": a byline's given name, no drug
        if text[entry.start].isupper() and PLATFORM_AFTER.match(text, entry.end):
            continue  # "its proprietary TOBI platform technology": a platform's name
        if (
            MEASURED_BEFORE.search(text, max(0, entry.start - 20), entry.start)
            or MEASURED_AFTER.match(text, entry.end)
            or (text[entry.start : entry.end].islower() and MADE_AFTER.match(text, entry.end))
        ):
            continue  # the body's own substance, measured: "serum uric acid levels"
        if not _names_a_company(text, entry.end):  # (a target's name was left out above)
            add(entry.start, entry.end, "drug_vocabulary")
    for match in CODE.finditer(text):
        code = match.group()
        if _not_compounds().fullmatch(code) or _year_like(code):
            continue
        postal = POSTAL_PLACE_AFTER.match(text, match.end())
        if (
            postal
            and POSTAL_OPENS.search(text, max(0, match.start() - 2), match.start())
            and postal["place"].casefold() in place_names()
        ):
            continue  # a postcode before its town: "Scheelevägen 22, SE-223 63 Lund", "CH-4002
            # Basel", "DK-2100 Copenhagen"
        if match["prefix"] and (
            word_counts().get(match["prefix"].lower(), 0) >= PREFIX_WORD_COUNT
            or match["prefix"] in HONORIFIC_PREFIXES
        ):
            # "In 12-2019", "At AB1234": a word of the sentence, no company's prefix; the code
            # after it stands alone, if it is one
            alone = CODE.fullmatch(match["prefixed"])
            if alone and not alone["prefix"] and not _year_like(alone.group()):
                add(match.start("prefixed"), match.end(), "development_code")
            continue
        if DECIMALS.match(text, match.end()) or (
            " " not in code
            and "-" not in code
            and is_currency_mark(code.rstrip("0123456789"))
            and not glued_code(text, match.start(), match.end())
        ):
            continue  # an amount in a currency's letters: "(RM107.45) per share", "closed up
            # 18.7 percent today at HKD37 (USD4.75)"
        letters, _, number = code.partition(" ")
        if number.isdigit() and len(letters) >= CURRENCY_LETTERS and is_currency_mark(letters):
            continue  # a scaled currency's amount: "milestones of up to MSEK 310", "USD 250"
        if QUANTITY_AFTER.match(text, match.end()) and (
            " " in code or is_currency_mark(code.rstrip("0123456789"))
        ):
            continue  # a quantity: "US 861 million dollars", "EQ 250 mg base", "RMB315 million"
        if INDEX_AFTER.match(text, match.end()) or QUOTE_AFTER.match(text, match.end()):
            continue  # a market's index: "TA-75 and Biomed indexes", "KOSPI200 373.22 -0.86"
        if CLOCK_AFTER.match(text, match.end()):
            continue  # a time: "8:00 AM-11:00 AM CDT", "PM-2:30"
        if ROUTING_BEFORE.search(text, max(0, match.start() - 4), match.start()) and (
            ROUTING_AFTER.match(text, match.end())
        ):
            continue  # a wire's routing line: "GK -- NY047 -- 8543 01/03/94 14:12 EST"
        if MAIL_FIELD_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # a mail's sender or recipient: "BCC: MAPLE41"
        if SECURITY_ID_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # a security's number: "WKN: BAY001"
        if FUNDING_NUMBER_BEFORE.search(
            text, max(0, match.start() - FUNDING_NUMBER_CHARS), match.start()
        ):
            continue  # a grant's or a lot's number: "supported by NICHD grant HD036801"
        if names_a_target(text, match.start(), match.end()):
            continue  # what a class of drugs acts on: "the development of PDE10 inhibitors"
        if TRIAL_BEFORE.search(
            text, max(0, match.start() - TRIAL_BEFORE_CHARS), match.start()
        ) and (TRIAL_OBJECT_AFTER.match(text, match.end())):
            continue  # a trial's own code, its drug after it: "its Phase 2 trial CR-AIR-007 with
            # ATIR101", "the Phase 3 study ZB-301 of zetamab"
        add(match.start(), match.end(), "development_code")
    # a code of one digit ("ORC-5") is mostly a target's ("PD-1", "IL-6"): a compound only where
    # the text says it is one
    one_digit = [
        m for m in ONE_DIGIT_CODE.finditer(text) if not names_a_target(text, m.start(), m.end())
    ]
    said = {m.group() for m in one_digit if _said_to_be_a_compound(text, m.start(), m.end())}
    for match in one_digit:
        if match.group() in said:
            add(match.start(), match.end(), "development_code")
    labelled = list(LABELLED_CODE.finditer(text))
    for known in list(found.values()):  # "Fostamatinib (R788)": a drug's code, however short
        after = CODE_AFTER_NAME.match(text, known.span_end)
        labelled += [after] if after else []
    for match in labelled:
        if not _year_like(match["code"]) and not FISCAL_CODE.fullmatch(match["code"]):
            add(match.start("code"), match.end("code"), "labelled_code")
    for known in [m for m in found.values() if m.rule in ("development_code", "drug_vocabulary")]:
        named = NAME_BEFORE_CODE.search(
            text, max(0, known.span_start - NAME_BEFORE_CHARS), known.span_start
        )
        if named and CODE_CLOSES.match(text, known.span_end):
            word = named["name"]
            if not (
                is_known(word)
                or not_a_compound(word)
                or names_a_target(text, named.start("name"), named.end("name"))
            ):
                add(named.start("name"), named.end("name"), "name_before_code")
    words = set(INN_WORD.findall(text))  # (one pass: the words in lower case and capitalised)
    # (a biologic's name with the four letters the FDA adds: "zetamab-abcd", read as "zetamab"
    # as the vocabulary's "lecanemab-irmb" is; never a word's "sintilimab-like")
    suffixed = {word for word in words if "-" in word and _fda_suffixed(word)}
    inn_like = {word for word in words if word[0].islower() and _inn_like(word)} | suffixed
    # ... or capitalised, as a sentence opens on it ("Picankibart injection is ..."); never a
    # place, a person's or a company's name that ends like a stem ("Hobart", "Bart", "Genmab",
    # "Targacept Inc."), nor a surname of the census lists ("Halvorsen", "Pedersen" end in the
    # antisense stem -rsen)
    inn_like |= {
        word
        for word in words
        if word[0].isupper()
        and _inn_like(word.lower())
        and not _a_name_of_no_drug(word)
        and not any(
            _a_companys(text, m) or _after_given_name(text, m.start())
            for m in re.finditer(rf"\b{word}\b", text)
        )
    }
    for match in INN_WORD.finditer(text) if inn_like else ():
        word = match.group()
        if word in inn_like:
            start, end = match.start(), match.end() - (SUFFIX_CHARS if word in suffixed else 0)
            following = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if following and (
                _inn_like(following.group().lower()) or following.group() in INN_SECOND_WORDS
            ):
                end = following.end()  # "trastuzumab emtansine", "anetumab ravtansine",
                # "efgartigimod alfa"; never an English word with a stem's ending
                # ("Rivoceranib except China")
            stem_word = text[start:end].lower()  # (without a biologic's four letters)
            gene = (
                GENE_WORD_BEFORE.search(text, max(0, start - GENE_WORD_CHARS), start)
                if stem_word.endswith(GENE_PARTNER_STEMS)
                else None
            )
            if gene and not is_known(gene[1]):
                start = gene.start(1)
            add(start, end, "inn_stem")
    for mark in MARK.finditer(text):
        named = NAME_BEFORE_MARK.search(text, max(0, mark.start() - MARK_NAME_CHARS), mark.start())
        if named is None:
            continue
        name, start = named["name"], named.start("name")
        if not (
            CALLED_BEFORE.search(text, max(0, start - MARK_NAME_CHARS), start)
            or TOLERATED_AFTER.match(text, mark.end())
        ):
            continue
        if DEVICE_AFTER.match(text, mark.end()):
            continue  # a device's or a test's name: "Net product revenue of AcmeTest® kits"
        if not (
            is_known(name)
            or not_a_compound(name)
            or _names_a_company(text, start + len(name))
            or a_known_organization(name)
        ):
            add(start, start + len(name), "brand_mark_in_context")
    for tail in BRAND_IN_CONTEXT.finditer(text):
        window = max(0, tail.start() - NAME_GIVEN_CHARS)
        given = NAME_GIVEN.search(text[window : tail.start()].rstrip())
        if given is None:
            continue
        name, start = given["name"], window + given.start("name")
        if _a_drugs_own_name(text, name, start):
            add(start, start + len(name), "brand_in_context")
    for cue in BRAND_NAMED.finditer(text):
        named = BRAND_NAME_AFTER.match(text, cue.end())
        if named is None:
            continue
        name, start = named["name"], named.start("name")
        if _a_drugs_own_name(text, name, start):
            add(start, start + len(name), "brand_named")
    for match in CLASS_IN_BRACKETS.finditer(text):
        if not is_class_word(match["class"].rsplit(" ", 1)[-1]):
            continue
        window = max(0, match.start() - NAME_BEFORE_CHARS)
        named = NAME_BEFORE_BRACKET.search(text, window, match.start())
        if named is None:
            continue
        name, start = named["name"], named.start("name")
        if _a_drugs_own_name(text, name, start):
            add(start, start + len(name), "brand_with_class")
    for match in _mechanism().finditer(text):
        named = NAME_APPOSED.search(text, max(0, match.start() - APPOSITION_CHARS), match.start())
        if named is None or VERB_ING.search(named["apposition"]):
            continue
        if not _company_nouns().isdisjoint(named["apposition"].casefold().split()):
            continue  # a company's apposition: "Zeta, a biotech company and antibody developer"
        name, start = named["name"], named.start("name")
        if _no_unlisted_drug(text, name, start, named):
            continue
        add(start, start + len(name), "compound_with_mechanism")
    for match in NOUN_THEN_NAME.finditer(text):
        name, start = match["name"], match.start("name")
        if _no_unlisted_drug(text, name, start, match):
            continue
        add(start, start + len(name), "compound_after_noun")
    for match in COMBINED.finditer(text):
        window = max(0, match.start() - NAME_BEFORE_CHARS)
        before = NAME_BEFORE_COMBINED.search(text, window, match.start())
        after = NAME_AFTER_COMBINED.match(text, match.end())
        sides = [side for side in (before, after) if side is not None]
        drugs_beside = [s for s in sides if (s.start("name"), s.end("name")) in found]
        for side in sides if drugs_beside else ():
            name, start = side["name"], side.start("name")
            if side in drugs_beside or is_known(name) or not_a_compound(name):
                continue
            if _names_a_company(text, side.end("name")) or a_known_organization(name):
                continue
            if name.casefold() not in place_names():
                add(start, start + len(name), "compound_in_combination")
    inn_labelled: set[int] = set()
    labels = "name:" in text or "name :" in text or "INN" in text or "USAN" in text
    for match in INN_LABEL.finditer(text) if labels else ():
        inn = match["inn"]
        if inn not in word_counts() and not is_class_word(inn) and not not_a_compound(inn):
            inn_labelled.add(match.start("inn"))
            add(match.start("inn"), match.end("inn"), "labelled_inn")
    for match in BRAND.finditer(text):
        if match.group("inn").isupper() or text[match.start(1) - 1 : match.start(1)] == "-":
            continue  # a ticker in capitals, a hyphened name's end: "I-Mab (IMAB)"
        # the INN, or the words it opens, with its salt after them: "Glutavir (tenofovir
        # alafenamide fumarate)"
        printed = text[match.start("inn") : match.end("inn")]
        opened = text.rfind("(", 0, match.start("inn")) + 1
        inside = text[opened : match.end("inn")]
        opening = inside.rsplit(":", 1)[-1].split()  # past a label: "(generic name: ...)"
        readings = [printed] + [" ".join(opening[:n]) for n in (1, 2) if n < len(opening)]
        if any(_an_inn(reading) for reading in readings) or (
            any(opened < at < match.end("inn") for at in inn_labelled)
            and not is_known(match.group(1))
        ):
            add(match.start(1), match.end(1), "brand_with_inn")
        elif _unlisted_inn(match, printed):
            add(match.start("inn"), match.end("inn"), "inn_after_brand")
            add(match.start(1), match.end(1), "brand_with_inn")
    code_ends = {
        m.span_end for m in found.values() if m.rule in ("development_code", "labelled_code")
    }
    for match in BRAND_AFTER_INN.finditer(text):
        before = INN_BEFORE_BRACKET.search(
            text, max(0, match.start() - INN_BEFORE_CHARS), match.start()
        )
        rule = "brand_after_inn"
        if before is None:
            # ... or its code, the brand with its mark: "ZT-101 (Zetavia®)" (a word in brackets
            # after a code without one may be anything: "ZT-101 (Lupus)")
            if not (code_ends & {match.start(), match.start() - 1} and MARK.search(match.group())):
                continue
            rule = "brand_after_code"
        else:
            inn = BIOLOGIC_SUFFIX.sub("", before["inn"])  # "lecanemab-irmb"
            if not (_inn_like(inn) or (is_drug_name(inn) and not is_known(inn))) or "-" in inn:
                continue  # no INN before the brackets ("proof-of-concept (PoC)" ends in -cept)
        name = match["brand"]
        start = match.start("brand")
        if (
            is_known(name)
            or not_a_compound(name)
            or a_known_organization(name)
            or name.casefold() in place_names()
            or _names_a_company(text, start + len(name))
        ):
            continue
        add(start, start + len(name), rule)
    dosed = any(unit in text for unit in ("mg", "µg", "μg")) and DOSE.search(text)  # ("mcg")
    _add_word_list_drugs(text, found, add, bool(dosed))
    _add_company_name_codes(text, add)
    for match in BRAND_DOSE.finditer(text) if dosed else ():
        name = match[1]
        if (
            name.casefold() in word_counts()
            or _a_name_of_no_drug(name)
            or is_known(name)
            or not_a_compound(name)
            or _names_a_company(text, match.end(1))
        ):
            continue  # an English word, a person, a place or a company: "Cohort 3 mg/kg"
        add(match.start(1), match.end(1), "brand_with_dose")
    _without_trial_codes(text, found)
    for span in [s for s, m in found.items() if PATIENTS_DESCRIBED_AFTER.match(text, m.span_end)]:
        del found[span]  # "carbapenem-resistant Enterobacteriaceae", "imatinib-refractory": what
        # patients or germs withstood or had, no drug of the news (printed alone, it is one)
    matches = _combinations(text, sorted(found.values(), key=lambda m: m.span_start))
    return _link_aliases(text, matches)


def _combinations(text: str, matches: list[NamedMatch]) -> list[NamedMatch]:
    """Drugs a slash joins with no space, each its INN in lower case, as one combination:
    "tezacaftor/ivacaftor", "nivolumab/ipilimumab" (the vocabulary holds some whole:
    "lopinavir/ritonavir")."""
    result: list[NamedMatch] = []
    for match in matches:
        last = result[-1] if result else None
        if (
            last is not None
            and text[last.span_end : match.span_start] == "/"
            and last.name[:1].islower()
            and match.name[:1].islower()
        ):
            name = text[last.span_start : match.span_end]
            rule = "compound_combination"
            result[-1] = NamedMatch(
                name, name, last.span_start, match.span_end, rule, confidence_of(rule)
            )
            continue
        result.append(match)
    return result


# a trial's code before its word and the drug it tests: "the Phase 3 ZEN-AD1 trial of ZX-101"
# (never "with": "the ZX-12 study with nivolumab" tests ZX-12 given with nivolumab)
TRIAL_OF_AFTER = re.compile(  # (a title's capitals too: "Phase 3 PINE-301 Study of Pinlitinib")
    r"[ \t]+(?:trial|study)[ \t]+(?:of|evaluating|testing|investigating|assessing)[ \t]+",
    re.IGNORECASE,
)


def _without_trial_codes(text: str, found: dict[tuple[int, int], NamedMatch]) -> None:
    """A code printed before "trial of" and a compound found right after it names the trial,
    not a drug: "Enrollment in the Phase 3 ZEN-AD1 trial of ZX-101" tests ZX-101."""
    starts = {m.span_start for m in found.values()}
    for key, match in list(found.items()):
        after = (
            TRIAL_OF_AFTER.match(text, match.span_end) if match.rule == "development_code" else None
        )
        if after is not None and after.end() in starts:
            del found[key]


def _add_company_name_codes(text: str, add: Callable[[int, int, str], None]) -> None:
    """The codes companies make of their names (NAME_CODE): the word no English one, no place's,
    person's or known organisation's, and printed alone elsewhere; never a year, an index's
    number ("Nasdaq 100") or a count after a spaced number ("Velora 300 patients")."""
    named_alone: dict[str, bool] = {}  # each word's search of the text made once
    for match in NAME_CODE.finditer(text):
        word, code = match["word"], match.group()
        if word.casefold() in word_counts() or _year_like(match["digits"]):
            continue
        if word not in named_alone:
            named_alone[word] = bool(re.search(NAME_WITHOUT_NUMBER.format(word=word), text))
        if (
            not named_alone[word]
            or not_a_compound(code)
            or _a_name_of_no_drug(word)
            or (
                " " in code
                and (
                    QUANTITY_AFTER.match(text, match.end())
                    or COUNTED_AFTER.match(text, match.end())
                )
            )
        ):
            continue
        add(match.start(), match.end(), "company_name_code")


def _add_word_list_drugs(
    text: str,
    found: dict[tuple[int, int], NamedMatch],
    add: Callable[[int, int, str], None],
    dosed: bool,
) -> None:
    """The drugs of the English word list the text prints as drugs (PAIRED_AFTER, COMPARED):
    beside a drug found, after a comparison, before a dose; a capitalised one never a person's,
    a place's or a company's name ("Fargo", "Angelica")."""
    drugs = word_list_drugs()
    sides: list[re.Match[str] | None] = []
    for start, end in list(found):
        sides.append(PAIRED_AFTER.match(text, end))
        sides.append(PAIRED_BEFORE.search(text, max(0, start - PAIRED_CHARS), start))
    sides.extend(COMPARED.finditer(text))
    for match in DOSE.finditer(text) if dosed else ():
        sides.append(
            NAME_BEFORE_DOSE.search(text, max(0, match.start() - DOSE_CHARS), match.start())
        )
    for side in sides:
        if side is None or side["name"].casefold() not in drugs:
            continue
        name, start, end = side["name"], side.start("name"), side.end("name")
        if name[0].isupper() and (_a_name_of_no_drug(name) or _names_a_company(text, end)):
            continue
        if (
            MEASURED_BEFORE.search(text, max(0, start - 20), start)
            or MEASURED_AFTER.match(text, end)
            or MADE_AFTER.match(text, end)
            or names_a_target(text, start, end)
        ):
            continue  # the body's own substance or a target: "metformin and insulin secretion"
        add(start, end, "drug_in_drug_context")


def _a_name_of_no_drug(word: str) -> bool:
    """Whether a capitalised word is a place's, a given name, a surname of the census lists or a
    known organisation's ("Hobart", "Halvorsen", "Genmab"): no drug's, whatever follows it."""
    folded = word.casefold()
    return (
        folded in place_names()
        or folded in given_names()
        or folded in person_names()
        or a_known_organization(word)
    )


def _fda_suffixed(word: str) -> bool:
    """Whether ``word`` is an INN and the four letters of no word the FDA adds to a biologic's
    name ("zetamab-abcd"; never "sintilimab-like")."""
    return (
        word[:1].islower()
        and BIOLOGIC_SUFFIX.search(word) is not None
        and not is_known(word[1 - SUFFIX_CHARS :])
        and _inn_like(word[:-SUFFIX_CHARS])
    )


@lru_cache(maxsize=16_384)  # a release's words recur, and so do a worker's releases
def _inn_like(word: str) -> bool:
    """A word with an INN's stem that is no English word and names no class of molecules
    ("accept" ends in -cept: no INN; "neuropeptide" names a class of molecules), nor a short
    word of another language's ("avec" ends in -vec)."""
    # (the word list first: one lookup turns most words away, the 82 stems' test costs eight)
    return (
        word not in word_counts()
        and word.endswith(inn_stems())
        and not is_class_word(word)
        and not (len(word) < SHORT_FOREIGN_WORD and word in foreign_vocabulary())
    )


SHORT_FOREIGN_WORD = 7  # letters: an INN is longer than the other languages' words it ends like


@cache
def compound_aliases() -> dict[str, tuple[str, str | None]]:
    """Casefolded name -> (canonical name, payload) from lexicons/compound_aliases.csv."""
    return {
        row["name"].casefold(): (row["canonical"], row["payload"] or None)
        for row in load_lexicon("compound_aliases")
    }


def payload_of(canonical_name: str, name: str) -> str | None:
    """The payload a compound carries: from the alias table, else printed in its name
    ("huC242-DM4")."""
    for key in (canonical_name.casefold(), name.casefold()):
        known = compound_aliases().get(key)
        if known and known[1]:
            return known[1]
    for part in reversed(re.split(r"[-\s]", name)):
        found = names_matcher(("payload",)).find(part)
        if found and found[0].start == 0 and found[0].end == len(part):
            return part
    return None


CODE_MARKS = re.compile(r"[\s-]")


def _compound_key(name: str) -> str:
    """One key for a name however it is spelt: a code with or without its space or hyphen
    ("CBP 501", "CBP501", "CBP-501") is one compound."""
    folded = name.casefold()
    return CODE_MARKS.sub("", folded) if any(ch.isdigit() for ch in folded) else folded


def _name_rank(name: str) -> int:
    """How lasting a compound's name is: an INN, printed in lower case ("tirzepatide"), then a
    brand ("Mounjaro"), then a code ("LY3298176")."""
    if any(ch.isdigit() for ch in name):
        return 2
    return 0 if name.islower() else 1


COMBINED_BEFORE = re.compile(r"(?:\+|/|&|\band)\s*$")
COMBINED_AFTER = re.compile(r"\s*(?:\+|/|&|and\b)")
COMBINED_CHARS = 6


def _link_aliases(text: str, matches: list[NamedMatch]) -> list[NamedMatch]:
    """ "IMGN901 (huN901-DM1)": both are one compound, named after its INN if one of its names
    is one, else its brand, else the first printed: "LY3298176 (tirzepatide)" and "tirzepatide
    (LY3298176)" are both tirzepatide, whichever order a release prints them in."""
    # the names an alias links, whatever their capitals (a heading's "About Velonstat
    # (KZP-2207)" and the lead's "KZP-2207 (velonstat)" are one compound), in linked groups
    parent: dict[str, str] = {}

    def group_of(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for first, second in itertools.pairwise(matches):
        between = text[first.span_end : second.span_start]
        if ALIAS_BETWEEN.fullmatch(between) and not (
            # a combination's last drug before the parenthesis of the combination's brands:
            # "nivolumab + ipilimumab (Opdivo + Yervoy)" links no "ipilimumab" to "Opdivo"
            COMBINED_BEFORE.search(
                text, max(0, first.span_start - COMBINED_CHARS), first.span_start
            )
            and COMBINED_AFTER.match(text, second.span_end)
        ):
            one, other = first.name.casefold(), second.name.casefold()
            parent.setdefault(one, one)
            parent.setdefault(other, other)
            one, other = group_of(one), group_of(other)
            if one != other:
                parent[other] = one
    groups: dict[str, list[str]] = {}
    for match in matches:  # in the order printed
        folded = match.name.casefold()
        if folded in parent and match.name not in groups.get(group_of(folded), []):
            groups.setdefault(group_of(folded), []).append(match.name)
    canonical: dict[str, str] = {}
    for names in groups.values():
        best = min(names, key=_name_rank)  # the first printed of the best rank
        canonical.update((name, best) for name in names)
    # one entry per compound, spelt as the body spells it ("Milatuzumab" in a title-case
    # headline is "milatuzumab"), a code as the release prints it most ("CBP501" printed five
    # times, "CBP 501" once)
    printed = Counter(match.name.casefold() for match in matches)
    preferred: dict[str, NamedMatch] = {}
    for match in matches:
        key = _compound_key(match.name)
        kept = preferred.get(key)
        if kept is None:
            preferred[key] = match
        elif kept.name.casefold() == match.name.casefold():
            if kept.name != match.name and match.name.islower():
                preferred[key] = match
        elif printed[match.name.casefold()] > printed[kept.name.casefold()]:
            preferred[key] = match
    result, seen = [], set()
    for match in matches:
        key = _compound_key(match.name)
        if key in seen:
            continue
        seen.add(key)
        match = preferred[key]
        root = canonical.get(match.name, match.name)
        rule = match.rule if root == match.name else f"{match.rule}+alias_parenthetical"
        if root[:1].isupper() and not root.isupper() and root.casefold() in generic_names():
            root = root.lower()  # a generic's name a product's title capitalises: "Tadalafil
            # Tablets USP" is tadalafil (never a brand's: "Cialis")
        known = compound_aliases().get(root.casefold()) or compound_aliases().get(
            match.name.casefold()
        )
        if known and known[0] != root:
            root, rule = known[0], f"{rule}+compound_aliases"
        result.append(
            NamedMatch(match.name, root, match.span_start, match.span_end, rule, match.confidence)
        )
    return result


# What a conjugate is made of, where a release says so: "comprises ImmunoGen's huC242 antibody,
# which binds specifically to CanAg", "linked to Biogen Idec's Cripto-targeting antibody".
TARGET_PATTERNS = (
    cued(r"\b(?P<t>[A-Z][A-Za-z0-9]{1,14}(?:-[A-Za-z0-9]+)?)-(?:targeting|targeted|directed)\s"),
    cued(r"\bbinds?\s+(?:specifically\s+|selectively\s+)?to\s+(?:the\s+)?(?P<t>[A-Z][\w-]{1,15})"),
    cued(
        r"\bexpress(?:es|ing)?\s+(?:the\s+)?(?P<t>[A-Z][\w-]{1,15})\s+(?:antigen|receptor|protein)"
    ),
    cued(r"\b(?:that|which)\s+targets?\s+(?:the\s+)?(?P<t>[A-Z][\w-]{1,15})"),
    # what an antibody is against: "a humanised anti-NKG2A antibody", "anti-CD20 monoclonal
    # antibody"
    # (in a title's capitals too: "Anti-PD-1 Monoclonal Antibody MGA012")
    cued(
        r"\b[Aa]nti-(?P<t>[A-Z][A-Za-z0-9]{0,14}(?:-[A-Za-z0-9]+)?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:[Aa]ntibod|[Tt]herap)"  # ... or a therapy: "Kestrel's anti-PD-1 therapy KEYNADA"
    ),
    # what it inhibits or blocks, spelled out and abbreviated: "an investigational monoclonal
    # antibody that inhibits programmed cell death protein 1 (PD-1)"
    cued(
        r"\b(?:that|which)\s+(?:inhibits|blocks|binds\s+to|targets)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){1,6}?\((?P<t>[A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]{1,4})?)\)"
    ),
    # ... or an antibody of a kind, its target in capitals before it: "JB-201, a PD-L1
    # monoclonal antibody", "an EGFR antibody"
    # (three characters at least or a figure: never "a US antibody maker")
    cued(
        r"\ban?\s+(?P<t>(?=[A-Z0-9-]*\d|[A-Z]{3})[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,5})?)\s+"
        r"(?:(?:monoclonal|humani[sz]ed|fully\s+human|bispecific)\s+)?antibod(?:y|ies)\b"
        r"(?!\s+(?:makers?|compan(?:y|ies)|developers?|firms?|specialists?|platforms?)\b)"
    ),
)
ANTIBODY = cued(  # (never what an "anti-PD1 antibody" binds: its target; nor a name's end
    # after a hyphen: "L1" of "PD-L1")
    r"(?<![\w/-])(?P<a>[a-z]{0,3}[A-Z][A-Za-z]*\d[\w-]*|[a-z]+(?:zu|xi|u|o)mab)"
    r"\s+(?:monoclonal\s+)?antibody"
)
# ... and an antibody of a kind is one against the target before it: "JB-201, a HER2 monoclonal
# antibody", "a BDCA2-targeting antibody" (never "ImmunoGen's huC242 antibody", named)
KIND_OF_ANTIBODY = re.compile(r"\ban?\s+$", re.IGNORECASE)
# the sentence after a compound's describes it too when it refers back to it: "It binds to
# CanAg", "The conjugate comprises ...", "This antibody ..."
REFERS_BACK = re.compile(
    r"\s*(?:It|Its|This|These|The\s+(?:antibody|conjugate|compound|drug|candidate|molecule|ADC"
    r"|product|agent))\b"
)


def components(text: str, name: str, first_at: int) -> tuple[str | None, str | None]:
    """(antibody, target antigen) a release states for the compound printed as ``name``."""
    antibody = target = None
    words = name.lower().split(" ")
    if len(words) == 2 and words[0].endswith("mab"):
        # an ADC's INN names its antibody: "(ado-)trastuzumab emtansine" -> trastuzumab
        antibody = words[0].rsplit("-", 1)[-1]
    # a window can only print what the whole text prints: the expressions its words rule out
    # are not run on any of them
    antibody_named = ANTIBODY.possible(text)
    target_patterns = [pattern.pattern for pattern in TARGET_PATTERNS if pattern.possible(text)]
    at = text.find(name, first_at)
    while at != -1 and (
        (antibody is None and antibody_named) or (target is None and target_patterns)
    ):
        left, right = sentence_bounds(text, at, at + len(name))
        row = barred_row(text, at, at + len(name))
        if row is not None:  # a table's row is the compound's sentence: "| ZT-2 | ANGPTL3
            left, right = max(left, row[0]), min(right, row[1])  # antibody |" is ZT-2's alone
        paragraph_end = text.find("\n\n", right)
        _, after = sentence_bounds(text, right, right + 1)
        window_end = (
            after
            if (paragraph_end == -1 or after <= paragraph_end)
            and (REFERS_BACK.match(text, right) or text.startswith(name, right + 1))
            else right
        )
        window = text[left:window_end]
        if antibody is None and antibody_named:
            found = ANTIBODY.pattern.search(window)
            # (an antibody of a kind names its target, read below: no antibody's name)
            if (
                found
                and found.group("a") != name
                and not KIND_OF_ANTIBODY.search(window, max(0, found.start() - 4), found.start())
            ):
                if found.group("a").isupper():  # a target's name in capitals ("an ANGPTL3
                    target = target or found.group("a")  # antibody" with no article too),
                    # never an antibody's own ("huC242", "trastuzumab")
                else:
                    antibody = found.group("a")
        if target is None:
            # the target printed nearest the compound, where its sentence names two drugs'
            # ("PRG-404, Peregrine's CD47-targeting fusion protein, with Kestrel's anti-PD-1
            # therapy KEYNADA": KEYNADA's is PD-1)
            # never one a drug combined with it is printed with: "KEYTRUDA, Merck's anti-PD-1
            # therapy, plus LENVIMA" (PD-1 is KEYTRUDA's, never LENVIMA's)
            named = [
                found
                for pattern in target_patterns
                for found in pattern.finditer(window)
                if found.group("t").casefold() not in NOT_TARGETS
                and not COMBINED_BETWEEN.search(
                    text,
                    min(at + len(name), left + found.end()),
                    max(at, left + found.start()),
                )
            ]
            if named:
                nearest = min(named, key=lambda f: abs(left + f.start() - at))
                target = nearest.group("t")
        at = text.find(name, at + len(name))
    return antibody, target


NOT_TARGETS = frozenset(["the", "tumor", "tumour", "cancer", "antibody", "cells", "company"])
# the words that join two drugs given together, or compared (between a target and a compound)
COMBINED_BETWEEN = re.compile(
    r"\b(?:plus|with|and|or|versus|vs\.?|in\s+combination\s+with|combined\s+with)\b"
)
