"""People with their titles: quote attributions, appointments and contact blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from transform.lexicon import (
    academic_heads,
    alternation,
    company_trade_words,
    context_words,
    load_lexicon,
    name_openers,
    phrase_titles,
    title_unit_heads,
    title_words,
    words_alternation,
)
from transform.literals import Led
from transform.repair.layout import a_name_alone
from transform.repair.vocabulary import a_given_name, given_names
from transform.rules import confidence as confidence_of
from transform.segments import DESK_LABELS

# "Dr.", "Prof", "Professor Dame", "Sir": a British title of honour goes with the honorific
# (two of them too: "Prof. Dr. Hans-Jürgen Müller"), and a German doctorate's field after "Dr.":
# "Prof. Dr. med. Hans-Jürgen Müller", "Dr. rer. nat. Anna Berg", "Dr. h.c."
HONORIFIC_WORD = (
    r"(?:(?:(?:Drs|Dr|Mr|Ms|Mrs|Prof)\.?\s|Professors?\s){1,2}"
    r"(?:(?:med|rer\.\s?nat|phil|habil|pharm|dent|vet|h\.\s?c)\.\s)*"
    r"(?:Sir\s|Dame\s)?|(?:Sir|Dame)\s)"
)
HONORIFIC = rf"{HONORIFIC_WORD}?"
# Letters of names, accented ones included ("Sørensen", "Frédéric"), and Central European,
# Baltic and Turkish ones inside a name ("Tomáš Dvořák", "Recep Erdoğan", "Ana Ștefan"): Latin
# Extended-A, whose capitals and small letters alternate, so its whole block is in both (most
# rules ask for an ASCII capital first, STARTS_NAME: "Łukasz" opens no name there)
UPPER, LOWER = "A-ZÀ-ÖØ-ÞĀ-ſȘ-ț", "a-zß-öø-ÿĀ-ſȘ-ț"
# a romanised East Asian given name's second syllable is in lower case: "Kim Yong-zu", "Seo
# Jung-jin" (never a compound's word: "Smith-led", "Boston-based")
SYLLABLE = r"(?!(?:led|born|like|run|old|era|made|held|free|based|owned|style|type|wide|only)\b)"
# a name's word, its small letters read whole (never given back: what follows a word is a
# space, a mark or a capital, so a shorter reading could not match where the whole failed)
PART = rf"[{UPPER}][{LOWER}]++(?:-[{UPPER}][{LOWER}]+|-{SYLLABLE}[a-z]{{2,5}}(?![\w-]))?"
# the name a person goes by, in brackets or quotes: "(Bob)", '"Bill"'
GOES_BY = rf"(?:\({PART}\)|[\"“]{PART}[\"”])"


@cache
def _one_word_titles() -> tuple[str, ...]:
    """The one-word title words (title_words.csv), as printed, in the file's order."""
    return tuple(row["word"] for row in load_lexicon("title_words") if " " not in row["word"])


def _title_alternation() -> str:
    """The one-word title words (title_words.csv) as a regex alternation."""
    return "|".join(re.escape(word) for word in _one_word_titles())


# a surname's particle apart: "van der ", "von ", "de la ", "del ", "della ", "dos ", "du ", "ter ",
# "bin ", "ibn " (by first letters, as a trie: a name's next word is tried against few of them;
# a Flemish one in capitals too: "Dirk Van den Broeck", "Els Van Der Meer"; an Irish surname's:
# "Seán Ó Briain", "Áine Ní Bhriain")
SPACED_PARTICLE = (
    r"(?:v(?:an\s(?:der\s|den\s|de\s)?|on\s(?:der\s)?)|Van\s(?:[dD]e[nr]?\s)?"
    r"|d(?:e\s(?:la\s|los\s)?|el(?:la)?\s|[oa]s\s|[aoiu]\s)|te[rn]\s|bin\s|ibn\s"
    r"|Ó\s|Ní\s)"
)


def _name(before_a_title: bool = False, one_line: bool = False) -> str:
    """A person's name. Its parts are apart by spaces, or by the line break of a wrapped line;
    never by a break with a title word after it ("Robert Klein\nDirector, Communications").
    ``before_a_title``: the name runs straight into a title, so no later part of it is a title
    word ("Maria Gonzalez" of "named Maria Gonzalez Chief Operating Officer")."""
    titles = _title_alternation()
    # one space, as printed, or a wrap: never to a title word, nor to a word alone on its line
    # ("Dr Michael Thurn\nCopied": a page's share button), nor to a label ("Kjetil Hestdal\nTel:
    # +47 ..."); ``one_line``: a contact's line holds the name whole, never a label's word on
    # the line above ("Contacts\nAlice Brown")
    gap = (
        r"[ \t\xa0]"
        if one_line
        # (nor to an abbreviated label before its number: "Tel. +49 89 ...")
        else rf"(?:[ \t\xa0]|\n[ \t]*(?!(?:{titles})\b)(?!\S+[ \t]*(?:\n|\Z))(?![\w-]+[ \t]*:)"
        r"(?![\w-]+\.[ \t]*[+(\d]))"
    )
    part = rf"(?!(?:{titles})\b){PART}" if before_a_title else PART
    # "O'Connor", "D'Amelio", "McDonald", "LeBlanc", "DiNardo", and a particle glued on:
    # "deSouza", "d'Alessio"; or a particle apart: "van der Berg", "dos Santos", "de la Cruz"
    glued = r"(?:O['’]|D['’]|Mc|Mac|De|Le|La|Di|Du|Da|de|di|da|du|d['’])"
    spaced = SPACED_PARTICLE
    particle = rf"(?:{spaced}|{glued})"
    space = r"[ \t\xa0]"
    return (
        # initials alone before a surname's particle: "A. J. van der Merwe", "J.P. de Vries"
        # (never before a capitalised word alone: "J.P. Morgan" is a bank)
        rf"(?P<name>(?<![\w.])(?:[A-Z]\.[ \t]?){{1,3}}(?<=[. \t]){SPACED_PARTICLE}{PART}"
        # a first initial before the given name: "C. Boyd Clarke", "W. Michael Gallatin"
        rf"|(?:(?<![\w.])[A-Z]\.[ \t])?{PART}(?:{gap}[A-Z]\.)?"
        # the name the person goes by, after the given name: "Robert (Bob) MacAllister",
        # "William \"Bill\" Harrington" (read past; the name is kept without it)
        rf"(?:[ \t]{GOES_BY})?"
        # a second given name ("Lars Rebien Sørensen"), or a first surname before a particled
        # one ("Hervé Duchesne de Lamotte")
        rf"(?:{gap}{part}(?={gap}{particle}?{part}\b))?"
        # the surname; a name of its particle's is a given name's and a surname goes on after
        # it ("Maria del Carmen García"), and a surname with a particled second one ("Ana María
        # López de Guereñu")
        # (those two on the surname's line: a wrap's checks cost every rule's compile)
        rf"(?:{gap}(?:{spaced}{part}(?:{space}{part})?|{glued}?{part}(?:{space}{spaced}{part})?)))"
    )


# "Ph.D.", "Pharm.D.", "DBE, FRS" after a name (degrees.csv), a stray stop after one too:
# "André Boulet, PhD., President & CEO"
DEGREE = rf",?\s{alternation('degrees', 'degree')}\.?(?![\w.])"
DEGREES = rf"(?:{DEGREE})*"
# Both an honorific and a name start with a capital: checking that first rejects most positions
# at once (the patterns ran 40% faster, with the same matches, on 1,000 synthetic releases).
STARTS_NAME = r"(?=[A-Z])"
SPEECH = r"(?:said|says|stated|states|commented|comments|added|adds|noted|explained|remarked)"
SPEECH_OPENING = r"(?:Said|Commented|Added|Noted|Stated|Explained|Remarked)"
# Desks that head a contact's name: "Investor Relations:\nJane Doe", "Media: Jane Doe"
# what puts a person on a board: "the appointment of", "has appointed", "elects", "welcomes"
# a seat a list's appointees take, in the plural: each holds one ("as independent directors")
ONE_SEAT = re.compile(
    r"\b([Dd]irector|[Mm]ember|[Pp]resident|[Cc]o-[Cc]hair|[Tt]rustee|[Oo]fficer)s\b"
)


# a verb that appoints a list of people, and the title after them: "appointed A, B and C as"
LIST_APPOINTING = (
    r"(?:appointed|appoints|named|names|elected|elects|(?:appointment|election|nomination)"
    r"\s+of)"
)
LIST_TITLE = (
    r"(?:(?:its|our|the|new)\s+)?(?P<title>(?:[Ii]ndependent\s+|[Nn]on-[Ee]xecutive\s+)*"
    r"(?:[Dd]irectors?|[Mm]embers?\s+of\s+(?:the|its)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?"
    r"|[Bb]oard\s+[Mm]embers?|[Vv]ice\s+[Pp]residents?|[Cc]o-[Cc]hairs?))\b"
)
BOARD_VERB = (
    r"(?:(?:appointments?|election|addition)\s+of|appoint(?:s|ed)|elect(?:s|ed)|add(?:s|ed)"
    r"|welcome(?:s|d))"
)
BOARD_VERB_WORDS = ("appoint", "election of", "addition of", "elect", "added", "adds", "welcome")
# A contact's label ("CONTACT:", "Media:"), and what ends the name after it with its title:
# "contact: Mary Black at 617-555-1212", "Media contact: Tom White, Zeta Bio"
# (the company it answers for between: "Contact Perrault Biotech: Jean-Luc Moreau, CFO")
CONTACT_WORD = (  # (French's "Renseignements", its English after a slash too)
    r"(?:CONTACTS?|[Cc]ontacts?|Renseignements(?:[ \t]*/[ \t]*Information)?)"
)
CONTACT_LABEL = (
    rf"\b(?:{CONTACT_WORD}|{DESK_LABELS})"
    r"(?:[ \t](?:presse|investisseurs|m[ée]dias)\b)?"  # French: "Contact presse :"
    r"(?:[ \t](?:at[ \t]|for[ \t])?[A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){0,3})?\s*:"
)
# a contact's company in its own cell before the name, a dash after it: "Contacts: Nurovia -
# Yael Ben-David, +972-3-555-0100; Cascadia - Ethan Park, +1 503 555 0123"
COMPANY_CELL = r"(?:[A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3}[ \t]+[-–—][ \t]+)?"
CONTACT_TAIL = (
    # (or the contact's number on the line: "Media: Tim Foster +44 (0) 20 8047 5502 (London)")
    # (or a semicolon before it: "Contact: Ross Delaney; rdelaney@...; 317-555-2256")
    # (or a dash between: "Contact presse : Marie Dupont – +33 1 23 45 67 89 – ...")
    r"(?=\s*(?:\||\n|,|\(|;)|\s+(?:at|on|via|of)\s"
    r"|[ \t]+(?:[–—-][ \t]+)?(?:\+\d|\d{3}[-./ ]\d))"
    r"(?:,\s(?P<title>[A-Za-z][^.;”\"\n|/]{1,160}))?"
)
# a person's age in apposition after the name: "W. Thomas Amick, age 70, has resigned", "Jane
# Roe, 52, Chief Financial Officer, will"
AGE_WORDS = r"(?:aged?\s)?\d{2}"
AGE = rf"(?:,\s{AGE_WORDS}(?=,))?"
# a relative clause between a name and its verb: "William T. Hatch, who has served on the Board
# since 2012, will retire from the Board"
WHO_CLAUSE = r"(?:,\s(?:who|whose)\s[^,;.\n]{1,80},)?"
# a person leaving a post or the board, after the name: "has resigned", "retired", "is stepping
# down", "will retire"; the words a text must hold for the rules that read it
LEAVES = (
    r"(?:has\s+|had\s+)?(?:(?:is|will)\s+)?(?:resign(?:ed|s|ing)?|retir(?:ed|es|ing|e)"
    r"|st(?:epped|eps|epping|ep)\s+down)"
)
LEAVING_WORDS = ("resign", "retir", "stepped down", "steps down", "stepping down")
# a role held before, introducing a name: "former FDA official Raymond Okafor", "former Pfizer
# executive Jane Roe" (up to three words of it, the name after them)
FORMER_ROLE = r"(?:former\s+(?:[A-Za-z.&-]+\s+){1,3}?)?"
# what the person is, in lower case before the name: "named industry veteran Thomas J.
# Whitfield its new Chief Business Officer", "appointed seasoned biotech executive Jane Roe"
DESCRIBED = (
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:veteran|executive|leader|entrepreneur|expert|pioneer)\s+)?"
)
FORMERLY = r"(?:former|formerly|previously)"  # a post or an employer no longer the person's
# ... in apposition after the name: ", formerly Executive Vice President of Arcturus," (links.py
# reads past it too, to the company whose post the person holds now)
FORMER_POST = r"(?:,\s(?:formerly|previously|most\srecently)\s[^,;.\n]{1,80},)?"
# What follows a name and its title in apposition ("X, Chief Medical Officer, will retire")
AFTER_APPOSITION = rf"(?:{SPEECH}|who|will|has|had|is|was|joins|joined|brings|leads|led)"


@dataclass(frozen=True)
class PersonMatch:
    name: str
    title: str | None
    span_start: int
    span_end: int
    rule: str
    confidence: float


# spaces, and a wrapped line's break at most: words of one paragraph (the issuer's too)
# (optional: "(?:{ONE_BREAK})?", never "{ONE_BREAK}?", which makes only its last spaces optional)
# (possessive: one way only to read a space, never tried again in another split when what
# follows fails, which in a repeated group would cost twice for each word)
ONE_BREAK = r"(?=\s)[ \t]*+\n?+[ \t]*+"
# a role named after the person as a place to fill: "to the newly created position of"
TO_ROLE = r"to\s(?:the|a)\s(?:newly[\s-]created\s|new\s)?(?:position|role|post|office)\sof"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    person = _name()  # the one name pattern every rule below reads
    line_name = _name(one_line=True)  # ... on a contact's line, its words on that line
    title = r"(?P<title>[A-Za-z][^.;”\"\n]{1,160})"  # cut to its title words by _clean_title
    return (
        # "... ,” said Daniel Junius, President and CEO." / "commented Mitchel Sayare, Chairman" /
        # "according to Jane Smith, chief science officer"
        (
            "person_quote_attribution",
            # (a stray comma after the verb too: '" commented, Dr. S. Kumar Chandrasekaran, ...')
            # (the verb opening its sentence too: "Commented Leonard S. Schleifer, M.D., Ph.D.,
            # president and CEO of Regeneron, ...")
            re.compile(
                rf"\b(?:{SPEECH}|{SPEECH_OPENING}|[Aa]ccording\sto),?\s{HONORIFIC}{person}{DEGREES},"
                rf"\s{title}"
            ),
        ),
        # "Mitchel Sayare, Chairman and CEO, commented" / "Dr. Cord Dohrmann, Chief Executive
        # Officer of DeveloGen commented:" / "Nick Rodgers, the Company's Senior Independent
        # Director, will assume"
        (
            "person_title_apposition",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}{AGE},\s{title},?\s{AFTER_APPOSITION}\b"
            ),
        ),
        # "said Acme President and CEO Dan Smith." (the title, then the name)
        (
            "person_speech_title_name",
            re.compile(
                # a title in parts: "Representative Director, President and Chief ..."
                # (never across a paragraph: "said Professor McBride.\n\nCambridge Enterprise,")
                rf"\b{SPEECH}\s+(?P<title>(?:(?:[A-Z][\w&'’.-]*,?|and|&|of){ONE_BREAK}){{0,9}}?"
                # the name opens after the title's last word: "... Operating Officer Tatsuro
                # Kosaka", not "Officer Tatsuro Kosaka"
                rf"[A-Z][\w&'’.-]*),?{ONE_BREAK}{HONORIFIC}(?!(?:{_title_alternation()})\b)"
                # "... in a statement.": where it was said
                rf"{person}{DEGREES}(?=\s*[.,;]|\s+in\s+(?:a|an|the)\s+(?:statement|interview"
                r"|press\s+release|release)\b)"
            ),
        ),
        # "Acme’s Managing Director, Dr Brian Smith said", "Acme's Chief Medical Officer, Dr.
        # Maria Lopez, will present" (the title before: the text before)
        (
            "person_title_name_speech",
            re.compile(rf",\s{HONORIFIC}{person},?\s{AFTER_APPOSITION}\b(?P<title>)"),
        ),
        # "Towa President Itsuro Yoshida told a press conference", "Acme CEO Jane Doe said": a
        # title's word right before the name, speech right after it (the title: the text before)
        (
            "person_title_word_speech",
            re.compile(
                rf"\b(?:{_title_alternation()})\s{HONORIFIC}(?!(?:{_title_alternation()})\b)"
                rf"{_name(before_a_title=True)}{DEGREES}"
                rf"\s(?:{SPEECH}|told)\b(?P<title>)"
            ),
        ),
        # a programme's presenter: "Presenter: Maria Gonzalez-Ruiz, M.D., Children's Hospital
        # of Philadelphia", "Presented by: Dr. Jane Roe" (context_words.csv role speaker_label)
        (
            "person_speaker_label",
            re.compile(
                rf"(?m)^[ \t]*(?:{words_alternation(context_words('speaker_label'))})[ \t]*:"
                rf"[ \t]*{HONORIFIC}{line_name}{DEGREES}(?=[ \t]*(?:[,(;]|$))(?P<title>)"
            ),
        ),
        # "CONTACT: | Jane Doe |", "Contacts: Jane Doe, (617) 555-0100", "Investor Relations:
        # Jane Doe"
        (
            "person_contact_label",
            re.compile(
                # (or a second contact after "or" and its desk: "...; or Media, Karen Wu of Wu &
                # Partners, (415) 555-9900")
                rf"(?:{CONTACT_LABEL}|\bor\s+(?:{DESK_LABELS}),)\s*\|?\s*{COMPANY_CELL}"
                rf"{HONORIFIC}{person}{CONTACT_TAIL}"
            ),
        ),
        # ... and the next on the label's line, after "or" or a semicolon: "Contact: Jane Roe of
        # Zeta Bio, +1-617-555-2200, or Tom Smith of Omega Communications, ...", "CONTACT: Jane
        # Roe, Zeta Bio, 617-555-2200; Tom Smith, 212-555-0000" (read as person_contact_label)
        (
            "person_contact_label/",
            re.compile(
                # (each stretch bounded: a page of one long line is read in linear time)
                rf"(?m)^[^\n]{{0,80}}?{CONTACT_LABEL}[^\n]{{0,200}}?"
                rf"(?:[,;]\s+or|;)\s+{COMPANY_CELL}{HONORIFIC}{line_name}{CONTACT_TAIL}"
            ),
        ),
        # "succeeded by Dr Mike McDonald, currently Chief Medical Officer"
        (
            "person_current_title",
            # (never where the sentence goes on to the post the person takes: "appointed Dan
            # Roe, currently Vice President, Finance, as Interim Chief Financial Officer")
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES},\scurrently\s"
                rf"(?![^.;\n]{{0,80}}?,\sas\s){title}"
            ),
        ),
        # the post the person holds, after "is": "Priya Nandakumar is Vela's Chief Executive
        # Officer", "Jane Roe, formerly of Omega, is the Chief Medical Officer of Zeta"
        (
            "person_copula_title",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}"
                rf"{FORMER_POST}"
                rf"\sis\s(?:(?:the|its|our)\s|[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)?['’]s\s)"
                rf"(?:(?:new|current|interim|acting)\s)?{title}"
            ),
        ),
        # "(Headquarters: Tokyo, President and CEO: Haruo Naito)", "[President: Akira Mori]"
        (
            "person_title_colon",
            re.compile(rf":\s{person}(?=[),;\]\n])(?P<title>)"),  # the title: the text before
        ),
        # "appointment of Christopher U. Missling, PhD, as Chief Financial Officer", "appointed
        # Gilda M. Thomas to the newly created position of senior vice president", "appointment
        # of Peter J. Crowley to its Board of Directors as an independent director"
        (
            "person_appointment",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}{AGE},?(?:\s(?:currently\s[^,]+(?:,\s[^,]+){{0,2}},))?\s(?:will\s(?:retire|serve|be\sappointed)\s)?(?:to\s(?:its|the)\s[Bb]oard(?:\sof\s[Dd]irectors)?\s)?(?:as|{TO_ROLE})\s"
                # "... as its interim chief executive officer", "as the Company's CFO", "as its
                # new chief scientific officer"
                rf"(?:(?:its|our|their|the\s[Cc]ompany['’]s)\s)?(?:(?:new|next|first)\s)?{title}"
            ),
        ),
        # a list of appointees and their one title: "has appointed Anna Schmidt, Peter O'Neill
        # and Ravi Patel as independent non-executive directors" (the last is person_appointment's;
        # the first, and the one before "and")
        (
            "person_appointment_list",
            re.compile(
                rf"\b{LIST_APPOINTING}\s+{HONORIFIC}{person}{DEGREES},?\s+"
                rf"(?:[^;\n]{{1,80}}?,?\s+)?and\s+"
                rf"{HONORIFIC}[A-Z][^;\n,]{{1,40}}?\s+as\s+{LIST_TITLE}"
            ),
        ),
        (
            "person_appointment_list/",
            re.compile(
                rf"\b{LIST_APPOINTING}\s+[^;\n]{{1,80}}?,\s+{HONORIFIC}{person}{DEGREES},?\s+and\s+"
                rf"{HONORIFIC}[A-Z][^;\n,]{{1,40}}?\s+as\s+{LIST_TITLE}"
            ),
        ),
        # "the appointment of Joseph Papa to its Board of Directors" (no title named: a seat on
        # the board), each of two: "of Graham G. Miao, Ph.D. and Dennis H. Langer, M.D., J.D. to",
        # the first of three: "of Susan K. Whitfield, Dr. Raj Malhotra and Jean-Luc Fortier to"
        (
            "person_board_appointment",
            re.compile(
                rf"\b{BOARD_VERB}\s+{FORMER_ROLE}{HONORIFIC}{person}"
                rf"{DEGREES},?(?:(?:\s+[^;\n,]{{1,60}}?,)*(?:\s+[^;\n,]{{1,60}}?)?\s+and\s+[^;\n]{{1,80}}?)?"
                r"\s+to\s+(?:its|the|our)\s+[Bb]oard\b(?P<title>)"
            ),
        ),
        (
            "person_board_appointment/",
            re.compile(
                rf"\b{BOARD_VERB}\s+[^;\n]{{1,80}}?\s+and\s+"
                rf"{FORMER_ROLE}{HONORIFIC}{person}{DEGREES},?\s+to\s+(?:its|the|our)\s+[Bb]oard\b"
                r"(?P<title>)"
            ),
        ),
        # "Zeta named Maria Gonzalez Chief Operating Officer", "appointed John Smith as Chairman",
        # "appointed Dr Craig Basson as its chief medical officer"
        (
            "person_named_title",
            re.compile(
                rf"\b(?:named|names|appointed|appoints|elected|elects|promoted|promotes|hired|hires"
                rf"|welcomed|welcomes|recruited|recruits|tapped|taps)\s+{DESCRIBED}"
                rf"{HONORIFIC}{_name(before_a_title=True)}{DEGREES}{AGE}"
                # a post held before, in apposition: "Jane Roe, former director of ..., as"
                # (a legal form's stop inside it: "formerly of Omega Corp., as")
                rf"(?:,\s(?:an?\s|the\s)?{FORMERLY}\s(?:[^.;\n]|\.(?=,))"
                r"{1,120}?(?=,\sas\s))?"
                r",?\s+"
                # "as its chief medical officer" in lower case too, after "as"
                # "named Jane Doe to become its next chief scientific officer"
                # "promoted John Smith to Chief Operating Officer": "to" before a capital
                rf"(?:(?:as|to\s+(?:become|be|serve\s+as)|to(?=\s+[A-Z]))\s+"
                rf"(?:(?:its|the|an?|new|next|our)\s+){{0,2}}"
                rf"|(?:(?:its|the|new|our)\s+){{0,2}}(?=[A-Z])){title}"
            ),
        ),
        # "Jane Doe has been appointed to the Board", "Jane Doe was named as Chief ...": the
        # title after the verb, if any
        (
            "person_appointed",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}{AGE},?\s+(?:(?:has\s+been|was|is|will\s+be)"
                rf"\s+(?:appointed|named|elected|promoted)\b"
                # a heading's, its verb capitalised and no auxiliary before it: "Sarah Okafor,
                # Ph.D., Appointed President and Chief Executive Officer"
                rf"|(?:Appointed|Named|Elected|Promoted)(?=[ ](?:to[ ]|as[ ])?[A-Z]))"
                rf"(?:\s+(?:to\s+(?:the|its)\s+[Bb]oard\s+)?(?:as\s+|to\s+(?=[A-Z]))?"
                rf"(?:its\s+|the\s+|an?\s+)?"
                rf"{title})?"  # "promoted to the board as an executive director"
            ),
        ),
        # "W. Thomas Amick, age 70, has resigned as Chairman", "Jane Doe retired as chief
        # science officer": the title left
        (
            "person_departed",
            re.compile(
                # (or will: "after Jane Doe retires as head of research", "is stepping down as")
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}{AGE}{WHO_CLAUSE},?\s+{LEAVES}\s+"
                rf"(?:from\s+(?:his|her|the)\s+"
                rf"(?:role|position|post)\s+)?as\s+(?:its\s+|the\s+|an?\s+)?{title}"
            ),
        ),
        # ... or the board left, no title printed: "Thomas O'Brien has retired from the Board"
        (
            "person_left_board",
            re.compile(
                rf"{STARTS_NAME}{HONORIFIC}{person}{DEGREES}{AGE}{WHO_CLAUSE},?\s+{LEAVES}\s+"
                rf"from\s+(?:the|its|our|the\s+company['’]s)"
                rf"\s+[Bb]oard\b(?P<title>)"
            ),
        ),
        # "succeeding Mary Jones, who retires", "to replace Tim Roe, who is retiring": the
        # predecessor, title unknown here
        (
            "person_succeeded",
            re.compile(
                rf"\b(?:succeeding|succeeds|replacing|replaces|to\s+(?:succeed|replace))\s+"
                rf"{HONORIFIC}{person}{DEGREES}"
                rf"(?=[\s,.;])(?P<title>)"
            ),
        ),
        # contact block: a name alone on a line (or with its phone number, or after a contact's
        # label: "Contact: Robert J. Hale"), the title on the next line(s)
        (
            "person_contact_block",
            re.compile(
                # (or its label in a header's right column, a space before it once the cleaner has
                # closed the gap: "FOR RELEASE: IMMEDIATELY
                # CONTACT: Robert L. Jameson", the title below at the name's column)
                rf"(?m)^[ \t]*(?:[^\n]*?[ \t]+(?={CONTACT_WORD}\s*:))?"
                rf"(?:(?:{CONTACT_WORD}|{DESK_LABELS})\s*:[ \t]*)?"
                rf"{HONORIFIC}{person}{DEGREES}"
                rf"(?:[ \t]+\((?i:{DESK_LABELS})\))?"  # the desk it answers: "Susan Ng (media)"
                rf"(?:,\s*\+?[\d(][\d()./ -]{{6,20}}\d)?\n[ \t]*"  # a phone number after it
                # "Sr. Vice President"; a bilingual one: "Leiterin Kommunikation / Head of ..."
                rf"(?P<title>[A-Z][A-Za-z&,.\- ]{{2,80}}(?:[ ]/[ ][A-Z][A-Za-z&,.\- ]{{2,80}})?"
                rf"(?:\n(?!\(|\d)[A-Z][A-Za-z&,\- ]{{2,60}})?)$"
            ),
        ),
        # contact or signature line: "Daniel Elger, Director of Communications, Antisoma plc"
        (
            "person_contact_line",
            re.compile(
                # (its title ends at a semicolon: "Jane Roe, Ph.D., Appointed Chief Executive
                # Officer; Co-Founder John Doe to Become Chairman", a heading, is no title's)
                rf"(?m)^[| \t]*{HONORIFIC}{line_name}{DEGREES},\s(?P<title>[^\n;]{{2,120}})"
                r"(?:;[^\n]*)?$"
            ),
        ),
        # a contact line with no title: "Lisa Wong | LifeSci Advisors | +1 646 555 0102", "Tom
        # Baker, Ten Bridge Communications, tbaker@tenbridge.com" (a given name first)
        (
            "person_contact_entry",
            re.compile(
                # (or a dash or a slash: "Alice Brown – Investor Relations, Zeta – +1 617 ...")
                # (after a label of the desk or region it answers for: "US: Jennifer Wu, +1 212")
                # (or after its company's cell: "Selvana AG | Andrea Kuster | Head Corporate
                # Communications | +41 61 555 55 55")
                # (or dashes: "NewCap – Investor relations – Louis Tilly – +33 1 44 71 00 00")
                rf"(?m)^[| \t]*(?:[A-Z][^|\n]{{1,60}}?[ \t]\|[ \t]+"
                rf"|(?:[A-Z][^|–—\n]{{1,40}}?[ \t][–—][ \t]+){{1,2}}(?!(?i:{DESK_LABELS})\b))?"
                rf"(?:[A-Z][A-Za-z.]{{1,15}}(?:[ ][A-Za-z.]{{2,15}})?:[ \t]+)?"
                rf"{HONORIFIC}{line_name}{DEGREES}(?:,|\s[|/–—-])\s"
                # (a number in pairs after its country's code too: "+45 33 44 55 66")
                # (its area code of one digit too: "+33 1 44 71 00 00")
                # (never the digits inside a code: an ISIN's "FR0012345678")
                rf"[^\n]*?(?:@|(?:\+|(?<!\w))\(?\d{{3}}\)?[ .-]?\d{{3}}"
                rf"|\+\d{{1,3}}(?:[ .-]?\d{{1,4}})?"
                rf"(?:[ .-]?\d{{2,4}}){{3,}})"
                r"[^\n]*$(?P<title>)"
            ),
        ),
        # ... or names a slash parts on a contact's line: "Ben Atwell / Simon Conway", "Jane Roe
        # / Tom White" (a given name each)
        (
            "person_contact_entry/",
            re.compile(
                rf"(?m)(?:^[| \t]*(?=[^\n]*[ \t]/[ \t])|(?<=[ \t]/[ \t])){line_name}"
                # (or a number or an e-mail after the last: "Jane Roe / Tom White  +44 20 7260")
                r"(?=[ \t]+/[ \t]+[A-Z]|[ \t]*$"
                r"|[ \t,]+(?:\+\d|\(?\d{2,}[\d ()./-]{6}|[\w.+-]+@))(?P<title>)"
            ),
        ),
        # ... or a name alone on its line, or in a contact table's cell, over its phone number or
        # e-mail, its company's line or cell and empty cells between: "Sarah McCall\n(212)
        # 362-1200", "John P. Doe, Ph.D.\n+1 212 555 1234", "| Tricia Haugeto |" over "| Array
        # BioPharma Inc. |" over "| (303) 386-1193 |"
        (
            "person_contact_entry",
            re.compile(
                # (its desk after a comma: "Elke De Smet, Investor Relations" over "+32 15 ...")
                rf"(?m)^[| \t]*{HONORIFIC}{line_name}{DEGREES}(?:,[ \t]+(?:{DESK_LABELS}))?"
                r"[ \t]*\|?[ \t]*\n"
                r"(?:[| \t]*\n){0,4}(?:[| \t]*[A-Z][^\n|]{1,60}\|?[ \t]*\n(?:[| \t]*\n){0,4})?"
                r"[| \t]*(?:(?:Tel|Phone|Office|Mobile|Direct|T|P|M)[.:]?[ \t]*)?"
                r"(?:\+?[\d(][\d()./ -]{6,20}\d|[\w.+-]+@[\w-]+\.[\w.]+)[ \t|]*$(?P<title>)"
            ),
        ),
        # ... or a name alone on its line under a contact table's heading that ends in the
        # number: "Ashbury Communications      Tel: +44 (0)20 7555 0300" over "Charlotte Fenwick"
        (
            "person_contact_entry",
            re.compile(
                # (the number's last eight characters read behind its last digit only)
                r"(?m)\d(?<=[\d(][\d()./ -]{6}\d)[ \t|]*\n"
                rf"[| \t]*{HONORIFIC}{line_name}{DEGREES}[ \t|]*$(?P<title>)"
            ),
        ),
        # "discovered by Professors Bruce Baguley and William Denny": an honorific makes a name
        (
            "person_honorific",
            re.compile(rf"(?=[DMPS])\b{HONORIFIC_WORD}{person}(?P<title>)"),  # a capital first
        ),
        (
            "person_honorific",
            re.compile(rf"(?=P)\bProfessors\s{PART}\s{PART}\sand\s{person}(?P<title>)"),
        ),
    )


# A company before the title: "Halozyme's President", "the Company's Senior Director", "Nektar
# Chief Operating Officer", "Biogen Idec’s Chief Executive Officer"
MAX_OWNER_WORDS = 4


OWNER_WORDS = frozenset({"the", "its", "our", "their", "a", "an"})


def _without_owner(title: str, words: frozenset[str]) -> str:
    """The title without the company that owns it, printed before it in capitals or with "'s"."""
    tokens = title.split(" ")
    for index, token in enumerate(tokens[: MAX_OWNER_WORDS + 1]):
        if _is_title_word(token.strip(","), words):
            owner = tokens[:index]
            # (or a possessive in lower case: "the company’s president and CEO", "its CFO")
            if owner and all(
                t in OWNER_WORDS or t[:1].isupper() or t.endswith(("'s", "’s")) for t in owner
            ):
                return " ".join(tokens[index:])
            return title
    return title


# Words that carry a title on into the unit it heads ("Head of the PEGylation Business Unit",
# "vice president of discovery research", "Global Therapeutic Head, Oncology, for Janssen")
UNIT_OPENERS = frozenset({"of", "for", "at", "the", "in"})
JOINERS = frozenset({",", "and", "of", "&", "the", "for"})
UNIT_GLUE = frozenset({",", "and", "&", "the", "in"})  # inside a unit's name
# Words that end a lower-case unit: what follows the title is a clause ("in a statement")
NOT_UNIT_WORDS = frozenset(
    {"a", "an", "said", "says", "who", "which", "that", "will", "is", "was", "has", "had", "to"}
    | {"with", "on", "during", "today", "added", "commented", "stated", "noted", "from"}
)
# (a trial's name with its number whole: "principal investigator of PRISM-2")
TITLE_TOKEN = re.compile(  # "R&D"; a word with accents too: "Vice-présidente"
    r"\([A-Z][A-Za-z]{1,9}\)|[A-Z]&[A-Z]\b|[A-Z]{2,}-\d+\b|[^\W\d_](?:[^\W\d_]|['’\-])*|&|,"
)


def _clean_title(raw: str, from_end: bool = False) -> str | None:
    """The title as printed, cut where it stops being a title; None if no title.
    A title is title words (``title_words.csv``), then the unit a title word heads: capitalised
    words after "of", "for", "at" or "the", lower-case ones when the title itself is printed in
    lower case, or a unit after a comma when a unit-heading word comes before it ("Vice President,
    Corporate Development"; never "Director of Communications, Zeta Bio" or ", Zeta Inc").
    ``from_end``: the title ends the text ("Headquarters: Tokyo, President and CEO"), title
    words only."""
    if "\n" in raw.strip() and not from_end:
        # a title on one line and its company on the next ("Head of Communications" over "Zeta
        # SA"), or a title wrapped over two ("Vice President and Chief" over "Financial
        # Officer"): the longer reading
        first, below = raw.strip().split("\n", 1)
        last = (below.split() or [""])[-1]
        if last.rstrip(".,") in company_trade_words() or _is_legal_form(last):
            return _clean_title(first)  # the line below names a company: "Senior Director,
            # Corporate Communications" over "Sagebrush Biologics"
        readings = [_clean_title(first), _clean_title(" ".join(raw.split()))]
        return max(readings, key=lambda t: len(t.split()) if t else -1)
    words, heads = title_words()
    title = AGE_OPENS.sub("", " ".join(raw.replace("\n", " ").split()))  # "52, Chief ..."
    # "Chief Science Officer", "chief people officer": what a chief officer is chief of
    words = words | {w.lower() for m in CHIEF_OFFICER.finditer(title) for w in m[1].split()}
    # a title of two words one of which is no title word alone: "Company Secretary"
    words = words | {
        w for phrase in phrase_titles() if phrase in title.lower() for w in phrase.split()
    }
    if from_end:
        tokens = re.findall(r"[A-Za-z&]+(?:-[A-Za-z&]+)*|,", title)[::-1]  # never a "--"
        if tokens and tokens[0].lower() in ("of", "and", "the", "or", "to", "for"):
            return None  # "... and president, and of Jane Roe": no title ends at the name
        kept = _title_run(_without_company_unit(tokens, words), words)[::-1]
        while kept and kept[0] in JOINERS:
            kept.pop(0)
    else:
        kept = _title_and_unit(TITLE_TOKEN.findall(_without_owner(title, words)), words)
        if len(kept) > 2 and kept[-1] in NAMELESS_UNITS and kept[-2] in ("the", "of", "at"):
            del kept[-2:]  # "professor of the Department" (of Pediatrics at ...): "professor"
            while kept and kept[-1] in JOINERS | UNIT_OPENERS:
                kept.pop()
    while kept and kept[0].lower() in ("the", "a", "an"):
        kept.pop(0)  # "John Roe, the site investigator": an article is no part of a title
    if not any(part.lower() in heads for token in kept for part in token.split("-")):
        return None
    return " ".join(kept).replace(" ,", ",")


# title words that name no post alone, only with another ("chief executive", "executive
# director")
NO_TITLE_ALONE = frozenset({"executive", "executives"})


# where a title printed before a name may start: never past a sentence's or a clause's end
TITLE_BEFORE_ENDS = re.compile(r"[(\[;:\n.!?\"“”,]")
AGE_OPENS = re.compile(rf"^{AGE_WORDS},\s")  # a person's age before the title
# a post the person held before, its degrees before it: "Jane Roe, MD, former director of the
# FDA's Center for Drug Evaluation and Research, as its new chief medical officer"
PAST_POST = re.compile(
    rf"(?:{alternation('degrees', 'degree')}\.?,\s)*(?P<post>(?:an?\s|the\s)?(?:former|formerly"
    r"|previously)\b)"
)
# ... and the post the sentence gives them after it
AS_POST_AFTER = re.compile(
    r",\s+as\s+(?:(?:its|the|our|their|new|next)\s+){0,2}(?P<title>[^.;:”\"\n()]{2,120})"
)
MAX_UNIT_WORDS = 4
# units that are nothing without their name: a title never ends with one
NAMELESS_UNITS = frozenset(
    {"Department", "Division", "School", "Faculty", "Office", "Institute", "Center", "Centre"}
)
CHIEF_OFFICER = re.compile(
    r"\b[Cc]hief((?:\s(?!(?:of|and|the|at|for)\b)[A-Za-z&-]+){1,3}?)\s[Oo]fficer\b"
)


def _without_company_unit(reversed_tokens: list[str], words: frozenset[str]) -> list[str]:
    """Reversed tokens without a company at their end ("President & CEO of Oncolys BioPharma"
    read backwards): capitalised words that are no title words, back to "of", "at" or "for"."""
    for index, token in enumerate(reversed_tokens[: MAX_UNIT_WORDS + 1]):
        if token in ("of", "at", "for"):
            return reversed_tokens[index + 1 :] if index else reversed_tokens
        if not token[:1].isupper() or _is_title_word(token, words):
            break
    return reversed_tokens


def _title_run(tokens: list[str], words: frozenset[str]) -> list[str]:
    """The leading tokens that are title words or joiners, trailing joiners dropped."""
    kept: list[str] = []
    for token in tokens:
        if token in JOINERS or _is_title_word(token, words):
            kept.append(token)
            continue
        break
    while kept and kept[-1] in JOINERS:
        kept.pop()
    return kept


def _title_and_unit(tokens: list[str], words: frozenset[str]) -> list[str]:
    """Title words, then the units they head (see ``_clean_title``). A unit is kept when it
    holds a title word (a department: "Research", "Business Unit"); a company ("of Genmab",
    "at Seattle Genetics", "for Baxter's BioScience business", ", Zeta Inc") is dropped with
    everything after it."""
    kept: list[str] = []
    lower_title = bool(tokens) and tokens[0].islower()
    unit = ""  # the unit being read: "", "capital" or "lower"
    unit_from, department, company = 0, False, False
    comma_at: int | None = None  # the last comma inside the unit, and whether a title word
    listed_department = False  # follows it ("Microbial, Musculoskeletal ... Diseases Centre")
    index = 0
    while index < len(tokens):
        token = tokens[index]
        previous = kept[-1] if kept else ""
        capital = token[0].isupper() or token[0] == "("
        if unit:
            if unit == "capital":  # ", the Board ...": a new phrase, not the unit's name
                goes_on = (capital or token in UNIT_GLUE) and (token, previous) != ("the", ",")
            else:
                goes_on = not capital and token not in NOT_UNIT_WORDS and token != ","
            listed = token == "," or not goes_on or token in ("of", "for", "at")
            if listed and comma_at is not None and not listed_department:
                del kept[comma_at if department else unit_from :]
                break  # ", Zeta Bio" after a department, or "of Genentech, Inc.": a company
            if comma_at is not None and token in _institution_heads():
                del kept[comma_at:]  # "Professor of Neurology, Massachusetts General Hospital":
                break  # an institution after the field's comma, however its words read
            if goes_on and token not in ("of", "for", "at"):  # "of", "for", "at" open a new unit
                if token == ",":
                    comma_at, listed_department = len(kept), False
                kept.append(token)
                is_department = _is_title_word(token, words)
                department, listed_department = (
                    department or is_department,
                    listed_department or is_department,
                )
                company = company or _is_legal_form(token)
                index += 1
                continue
            if company or not department:
                del kept[unit_from:]
                break
            unit = ""
            continue  # read the token again as part of the title
        opens = previous in UNIT_OPENERS or (previous == "," and _heads_unit(kept[:-1]))
        lower_unit = lower_title and token not in NOT_UNIT_WORDS | JOINERS | UNIT_OPENERS
        if opens and (capital or lower_unit):
            unit = "capital" if capital else "lower"
            unit_from = len(kept)
            while unit_from and kept[unit_from - 1] in JOINERS | UNIT_OPENERS:
                unit_from -= 1
            department, company = False, token.endswith(("'s", "’s"))
            comma_at, listed_department = None, False
            continue
        if not (_is_title_word(token, words) or token in JOINERS or token in UNIT_OPENERS):
            if not lower_title and token[:1].islower():
                _drop_cut_phrase(kept)
            break
        kept.append(token)
        index += 1
    else:
        if unit and comma_at is not None and not listed_department:
            del kept[comma_at if department else unit_from :]
        elif unit and (company or not department):
            del kept[unit_from:]
    while kept and kept[-1] in JOINERS | UNIT_OPENERS:
        kept.pop()
    return kept


@cache
def _institution_heads() -> frozenset[str]:
    """The one-word heads of universities', hospitals' and institutes' names (lexicon's
    academic_heads): "University", "Hospital", "Institute"."""
    return frozenset(head for head in academic_heads() if " " not in head)


def _drop_cut_phrase(kept: list[str]) -> None:
    """A capitalised title read into a phrase in lower case that its next word goes on ("Principal
    Investigator of the clinical" | "trial"): the phrase is cut, from the word that opened it."""
    opener = max((i for i, token in enumerate(kept) if token in UNIT_OPENERS), default=-1)
    tail = kept[opener + 1 :]
    if opener > 0 and tail and all(token[:1].islower() for token in tail):
        del kept[opener:]


def _heads_unit(kept: list[str]) -> bool:
    """Whether the title so far ends with a word that a unit may follow after a comma."""
    return bool(kept) and kept[-1].lower() in _unit_heads()


@cache
def _unit_heads() -> frozenset[str]:
    return frozenset(word.lower() for word in title_unit_heads())


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(r["suffix"].rstrip(".") for r in load_lexicon("company_suffixes"))


def _is_legal_form(token: str) -> bool:
    return token.rstrip(".") in _legal_forms()


def _is_title_word(token: str, words: frozenset[str]) -> bool:
    """A title word, or a hyphenated one made of them ("Vice-President")."""
    return token.lower() in words or (
        "-" in token and all(part.lower() in words for part in token.split("-") if part)
    )


PLAIN_NAME_WORD = 1000  # uses in English at least, and in no list of names: no name's word


def _english_words_only(name: str) -> bool:
    """Whether every word of a name is a common English word that no list of names holds
    ("Partnership Seeks"); a rare word ("Aviv") or a listed name ("Rose Hill") is a name's."""
    from transform.repair.vocabulary import person_names, word_counts

    counts = word_counts()
    return all(
        counts.get(word.casefold(), 0) >= PLAIN_NAME_WORD
        and word.casefold() not in person_names()
        and word.casefold() not in given_names()
        for word in name.split(" ")
    )


NO_TITLE_NEEDED = frozenset(
    {
        "person_contact_block",
        "person_honorific",
        "person_contact_label",
        "person_contact_entry",
        "person_speaker_label",
        "person_appointed",
        "person_left_board",
        "person_succeeded",
        "person_board_appointment",  # a seat on the board, no title named
    }
)
# A line that is only a name, with no title below: a person only when the first word is a given
# name (US Census lists; a title, an honorific or a contact label vouches for other names)
GIVEN_NAME_NEEDED = frozenset(
    {"person_contact_block", "person_contact_entry", "person_board_appointment"}
)


def _given_name_first(name: str, titled: list[str]) -> bool:
    """Whether a name's only title word is its first, a given name too: "Dean Y. Li"."""
    return titled == [name.split(" ", 1)[0]] and " " in name and _given_name(name)


def _given_name(name: str) -> bool:
    return a_given_name(name.split(" ", 1)[0])


TITLE_BEFORE_NAME = frozenset(
    {"person_title_colon", "person_title_name_speech", "person_title_word_speech"}
)
TITLE_WORD_IN_MATCH = frozenset({"person_title_word_speech"})
# what ends the text a title before a name may be read from: a bracket, a colon, a semicolon, a
# line's end, or a sentence's (a word's period: never "Inc." or "Dr.")
TITLE_PART_BREAK = re.compile(r"[(\[;:\n]|(?<=[a-z]{3})\.\s+")
TITLE_BEFORE_CHARS = 100
# A rule runs only on text holding one of these
APPOINTING = ("appointed", "named", "elected", "promoted")
APPOINTED = (
    *(f"{aux} {verb}" for aux in ("been", "was", "is", "be") for verb in APPOINTING),
    *(f" {verb.title()} " for verb in APPOINTING),  # a heading's: "Jane Roe Appointed CEO"
)
NEEDS = {
    "person_speaker_label": (),  # its labels, read from context_words.csv (_needs)
    "person_board_appointment": BOARD_VERB_WORDS,
    "person_board_appointment/": BOARD_VERB_WORDS,
    "person_contact_entry/": (" / ",),  # names a slash parts (read as person_contact_entry)
    # a label's next contact: a label's words on a line with a semicolon or an "or"
    "person_contact_label/": (
        "ontact",
        "CONTACT",
        "Media",
        "Investor",
        "Press",
        "Analyst",
        "Public Relations",
        "Communications",
    ),
    "person_current_title": (", currently ",),
    "person_copula_title": (" is ",),
    "person_named_title": (
        *("named", "names", "appoint", "elect", "promote"),
        *("hire", "welcome", "recruit", "tapped", "taps"),
    ),
    "person_appointed": APPOINTED,
    "person_departed": LEAVING_WORDS,
    "person_left_board": LEAVING_WORDS,
    "person_succeeded": ("succeed", "replac"),
}


# a legal form after a name: "Zeta Bio, Inc." (never a title's first word on the next line:
# "Rakesh Menon" over "Company Secretary")
FORM_AFTER = re.compile(r"(?:,\s|[ \t])([A-Z][\w.]*)")


# rules whose match ends with a speech verb: read only just before each one (few in a text),
# never over the whole text
SPEECH_ANCHORED = frozenset({"person_title_word_speech"})
SPEECH_VERB = re.compile(rf"\s(?:{SPEECH}|told)\b")
SPEAKER_CHARS = 120  # a title's word, a name and its degrees before the verb


def _before_speech(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches that end at a speech verb, each read in the words before it."""
    last = 0
    titles = frozenset(_one_word_titles())
    for verb in SPEECH_VERB.finditer(text):
        words = text[max(last, verb.start() - SPEAKER_CHARS) : verb.start()].split()
        if not any(word in titles for word in words[-6:-2]):
            continue  # no title's word a name's width before the verb: most verbs have none
        at = max(last, verb.start() - SPEAKER_CHARS)
        while (match := pattern.search(text, at, verb.end())) is not None:
            if match.end() == verb.end():
                last = match.end()
                yield match
                break
            at = match.start() + 1  # an earlier verb's speaker: this verb's may follow


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, where a title's second line that is a person's name alone (the
    next contact: "Sr. Vice President and CFO" over "Barbara Krauter") starts the next search
    and is no part of the title."""
    at = 0
    search = _led(pattern).search  # tried where the rule's opening words are printed
    while (match := search(text, at)) is not None:
        match, at = _trimmed(pattern, text, match)
        yield match


@cache
def _led(pattern: re.Pattern[str]) -> Led:
    return Led(pattern)


def _trimmed(
    pattern: re.Pattern[str], text: str, match: re.Match[str]
) -> tuple[re.Match[str], int]:
    """The match without a title's second line that is a name alone, and where the rule's next
    search starts: after that title's first line, or after the name (a title read up to its
    sentence's end may hold the next person: "Matt Angel as its CEO, and of Jane Roe as its
    CFO")."""
    title = match.groupdict().get("title") or ""
    first, _, second = title.partition("\n")
    if second and a_name_alone(second):
        end = match.start("title") + len(first)
        return pattern.fullmatch(text, match.start(), end) or match, end
    return match, max(match.end("name"), match.start() + 1)


# The rules whose matches open with a name, its honorific and its degrees: one scan finds
# where any of them matches (a scan per rule would read every capitalised word for a name
# again), and each rule's own expression is tried only there
GROUP_OPENER = re.compile(r"\(\?P<\w+>")


def _name_first(rules: frozenset[str]) -> dict[str, re.Pattern[str]]:
    """Of the rules given, those whose expression opens with the name every rule reads."""
    return {
        rule: pattern
        for rule, pattern in _patterns()
        if rule in rules and pattern.pattern.startswith(_name_first_opening())
    }


@cache
def _name_first_opening() -> str:
    return rf"{STARTS_NAME}{HONORIFIC}{_name()}{DEGREES}"


@cache
def _family_scan(rules: frozenset[str]) -> re.Pattern[str]:
    """Where any of the name-first ``rules`` matches: their shared opening once, then what
    each asks after it (its groups unnamed: a name may be given once)."""
    opening = _name_first_opening()
    rests = [
        GROUP_OPENER.sub("(?:", pattern.pattern[len(opening) :])
        for pattern in _name_first(rules).values()
    ]
    return re.compile(GROUP_OPENER.sub("(?:", opening) + "(?:" + "|".join(rests) + ")")


def _family_matches(text: str, rules: frozenset[str]) -> dict[str, list[re.Match[str]]]:
    """Each name-first rule's matches, as ``_matches`` finds them: at every place the family's
    scan finds, each rule whose last match has ended is tried."""
    patterns = _name_first(rules)
    found: dict[str, list[re.Match[str]]] = {rule: [] for rule in patterns}
    if not patterns:
        return found
    ready = dict.fromkeys(patterns, 0)  # where each rule's next match may start
    at = 0
    scan = _family_scan(frozenset(patterns))
    while (hit := scan.search(text, at)) is not None:
        start = hit.start()
        for rule, pattern in patterns.items():
            if start < ready[rule] or (match := pattern.match(text, start)) is None:
                continue
            match, ready[rule] = _trimmed(pattern, text, match)
            found[rule].append(match)
        at = start + 1
    return found


@cache
def _needs(rule: str) -> tuple[str, ...]:
    """What a text must print for ``rule`` to run: NEEDS's, or a label list's own words."""
    if rule == "person_speaker_label":
        return tuple(context_words("speaker_label"))
    return tuple(NEEDS[rule])


# the name a person goes by, printed after the given name: "Robert (Bob) MacAllister"
NICKNAME = re.compile(rf"[ \t]{GOES_BY}(?=[ \t\n])")


def find_people(text: str) -> list[PersonMatch]:
    """Each person once, with the first title found for them."""
    found: dict[str, PersonMatch] = {}
    known_titles = title_words()[0]
    cued = frozenset(
        rule
        for rule, _ in _patterns()
        if rule not in NEEDS or any(cue in text for cue in _needs(rule))
    )
    family = _family_matches(text, cued)
    for needed, pattern in _patterns():
        if needed not in cued:
            continue
        rule = needed.rstrip("/")
        matches: Iterable[re.Match[str]]
        if needed in family:
            matches = family[needed]
        elif needed in SPEECH_ANCHORED:
            matches = _before_speech(pattern, text)
        else:
            matches = _matches(pattern, text)
        for match in matches:
            # one line, where it was wrapped; without the name the person goes by
            name = " ".join(NICKNAME.sub("", match.group("name")).split())
            titled = [word for word in name.split(" ") if word.casefold() in known_titles]
            if titled and not _given_name_first(name, titled):
                continue  # "Media Relations", "Investor Relations": a desk, not a person
            start = match.start("name")
            opener, _, rest = name.partition(" ")
            # a word alone on the line above the name: a block's label ("Contact\nJane Doe")
            label = (
                match.group("name").startswith(f"{opener}\n")
                and not text[text.rfind("\n", 0, start) + 1 : start].strip()
            )
            if opener in name_openers() or label:
                if " " not in rest or rest.split(" ", 1)[0].casefold() not in given_names():
                    continue  # "About Zeta Bio", "For Immediate Release": a heading
                # "Appointed Laura Chen, Ph.D."
                start = text.index(rest.split(" ", 1)[0], start + len(opener))
                name = rest
            end = match.end("name")
            head, _, closer = name.rpartition(" ")
            if closer in name_openers() and " " in head:
                # "Dr. Badrul Chowdhury Appointed Chief ...": a heading's verb after the name
                name, end = head, text.rindex(closer, start, end)
                end = len(text[:end].rstrip())
            if rule == "person_honorific" and _english_words_only(name):
                continue  # "Dr. Partnership Seeks to Fuse ...": a title's words, no name
            last = name.rsplit(" ", 1)[-1]
            if last in company_trade_words() or _is_legal_form(last):
                continue  # "Nordlicht Therapeutics", "Genaera Corporation": a company
            if any(word in company_trade_words() for word in name.split(" ")[:-1]):
                continue  # "Pharmaceuticals Group" of "Chief Executive of Shire
                # Pharmaceuticals Group": a company's name's tail
            form_after = FORM_AFTER.match(text, match.end("name"))
            if form_after and _is_legal_form(form_after[1]):
                continue  # "CONTACTS:\nZeta Technologies, Inc.": a company with its legal form

            if rule == "person_speech_title_name" and (
                " ".join(match["title"].split(",", 1)[0].split()) in found
            ):
                continue  # "said Henrik Berg, CEO of Lindqvist Animal Health": the title
                # opens with a person read before, in apposition; "Animal Health" no name
            if rule in TITLE_BEFORE_NAME:
                # (the title's last word inside the match: "Towa President Itsuro Yoshida told")
                cut = match.start("name") if rule in TITLE_WORD_IN_MATCH else match.start()
                before = text[max(0, cut - TITLE_BEFORE_CHARS) : cut]
                # (never past the sentence before: "... led by Frazier Life Sciences. Chief
                # Executive Officer Helena Marsh said")
                title = _clean_title(TITLE_PART_BREAK.split(before)[-1], from_end=True)
            else:
                raw = _before_next_person(match.group("title") or "")
                past = PAST_POST.match(raw)
                # "former director of ..., as its new chief medical officer": the post after
                # "as" is the one the person takes
                now = AS_POST_AFTER.search(raw, past.end()) if past else None
                title = _clean_title(
                    now["title"] if now else raw[past.start("post") :] if past else raw
                )
                if rule.startswith("person_appointment"):
                    # one of a list's appointees holds one seat: "as independent directors"
                    title = _clean_title(ONE_SEAT.sub(r"\1", raw)) or title
            if title is None and rule == "person_honorific":
                # its title before the honorific: "said chief executive officer Dr Alastair Smith"
                before = text[max(0, match.start() - TITLE_BEFORE_CHARS) : match.start()]
                if before.endswith(" "):
                    title = _clean_title(TITLE_BEFORE_ENDS.split(before)[-1], from_end=True)
            if title is None and rule not in NO_TITLE_NEEDED:
                continue
            if title is None and rule in GIVEN_NAME_NEEDED and not _given_name(name):
                continue  # "Navigation Links" alone on a line: no title, no given name
            current = found.get(name)
            if current is None or (current.title is None and title is not None):
                found[name] = PersonMatch(name, title, start, end, rule, confidence_of(rule))
            elif current.title and title and current.title in title and current.title != title:
                # the first title cut short where its line wrapped: "... as Chief Financial
                # Officer, General" over "Counsel", and whole later on
                found[name] = replace(current, title=title)
    _given_name_people(text, found)
    _contact_pair_people(text, found)
    _board_list_middles(text, found)
    if "Title:" in text:
        _signers(text, found)
    _merge_initialled(found)
    _without_run_on_names(text, found)
    _without_cut_names(found)
    if " as " in text:
        _roster_titles(text, found)
    return sorted(found.values(), key=lambda p: p.span_start)


# a filing's signature: "By: /s/ Mette Kjaergaard" / "Name: Mette Kjaergaard" / "Title: Chief
# Financial Officer"
SIGNER = re.compile(
    r"^[ \t]*Name:[ \t]*(?P<name>[^\n]{3,60}?)[ \t]*\n"
    r"[ \t]*Title:[ \t]*(?P<title>[^\n]{2,80}?)[ \t]*$",
    re.MULTILINE,
)


def _signers(text: str, found: dict[str, PersonMatch]) -> None:
    """The people who sign a filing, with the titles the signature prints."""
    item = _list_item_pattern()
    for match in SIGNER.finditer(text):
        named = item.fullmatch(match["name"])
        if named is None or not a_given_name(named["name"].split()[0]):
            continue
        name = " ".join(named["name"].split())
        title = _clean_title(match["title"])
        current = found.get(name)
        if current is not None and (current.title or title is None):
            continue
        start = match.start("name") + match["name"].find(named["name"])
        rule = "person_signature"
        found[name] = PersonMatch(
            name, title, start, start + len(named["name"]), rule, confidence_of(rule)
        )


# what parts the names of a list: a comma, or the "and" before its last
LIST_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
BOARD_LIST_CHARS = 300  # from a list's first appointee to its last, at most


def _board_list_middles(text: str, found: dict[str, PersonMatch]) -> None:
    """The names between a board appointment's first and last appointee, each a person of the
    same rule: "the appointment of Anna Berg, Tom Lee, Raj Singh and Jean Fortier to its Board"
    (the rule reads the first and the last; an item that is no name alone adds no one)."""
    board = sorted(
        (p for p in found.values() if p.rule == "person_board_appointment"),
        key=lambda p: p.span_start,
    )
    item = _list_item_pattern()
    for first, last in pairwise(board):
        between = text[first.span_end : last.span_start]
        if (
            not 0 < len(between) <= BOARD_LIST_CHARS
            or not between.startswith(",")
            or ("\n" in between or ";" in between)
        ):
            continue
        parts = LIST_PARTS.split(between)
        if parts[0].strip(" ,.") == "":  # (the first's degrees before its comma, if any)
            parts = parts[1:]
        at = first.span_end
        for part in parts:
            at = text.find(part, at) if part else at
            named = item.fullmatch(part.strip())
            if not part.strip() or named is None:
                continue
            name = " ".join(named["name"].split())
            start = text.find(named["name"], at)
            if name not in found and start != -1:
                rule = "person_board_appointment"
                found[name] = PersonMatch(
                    name, None, start, start + len(named["name"]), rule, confidence_of(rule)
                )


@cache
def _list_item_pattern() -> re.Pattern[str]:
    """A name alone as a list prints it, its honorific and degrees about it."""
    return re.compile(rf"{HONORIFIC}{_name()}{DEGREES}")


# a board's roster: names listed before "as" and the seat they hold, each the seat's holder
# ("the Board comprises Dr. Li Wenjun and Mr. Wang Jianguo as executive Directors, Mr. Zhang
# Wei and Ms. Chen Xiaoyan as non-executive Directors, and ...", a Hong Kong announcement's)
# (the seat in the plural: "named Ellen Roe as a new director" is one appointment's)
ROSTER_SEAT = re.compile(r"[ \t]+as[ \t]+(?P<title>(?:[a-z][\w-]*[ \t]){0,3}[Dd]irectors)\b")
ROSTER_JOINT = re.compile(rf"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+){HONORIFIC}")
ROSTER_JOINT_CHARS = 20  # ", and Professor " before a name


def _roster_titles(text: str, found: dict[str, PersonMatch]) -> None:
    """Each name of a list before "as <seat>" holds that seat, in the singular: the seat
    read for a name of a roster ("Mr. Zhang Wei" after "... as executive Directors,") is the
    one its own list names."""
    ends = {p.span_end: p for p in found.values()}
    for seat in ROSTER_SEAT.finditer(text):
        person = ends.get(seat.start())
        listed = []
        while person is not None:
            listed.append(person)
            joint = ROSTER_JOINT.search(
                text, max(0, person.span_start - ROSTER_JOINT_CHARS), person.span_start
            )
            if joint is None or joint.end() != person.span_start:
                break
            person = ends.get(joint.start())
        if len(listed) < 2:
            continue  # one name before a plural seat is no roster's
        for person in listed:
            found[person.name] = replace(
                person,
                title=seat["title"].removesuffix("s"),
                rule="person_board_roster",
                confidence=confidence_of("person_board_roster"),
            )


def _without_cut_names(found: dict[str, PersonMatch]) -> None:
    """A name read short where another rule read it whole from the same place, with no title
    of its own, is no second person: "Pieter Van Der" of "Pieter Van Der Meer"."""
    whole = {(p.span_start, p.name) for p in found.values()}
    for name, person in list(found.items()):
        if person.title is None and any(
            start == person.span_start and longer.startswith(f"{name} ") for start, longer in whole
        ):
            del found[name]


def _without_run_on_names(text: str, found: dict[str, PersonMatch]) -> None:
    """A name read on over a line break where the same name ends at that break is found too:
    "Stephanie Carrington" over "Westwicke, an ICR Company" is Stephanie Carrington's line,
    never a person "Stephanie Carrington Westwicke"; nor where the line after the break names a
    company ("Howard Lin" over "Quantis Pharma, Inc.": Howard Lin), or where the name before the
    break is found elsewhere."""
    ends = {(p.span_start, p.span_end) for p in found.values()}
    for name, person in list(found.items()):
        wrapped = text.find("\n", person.span_start, person.span_end)
        if wrapped == -1:
            continue
        before = " ".join(text[person.span_start : wrapped].split())
        if (person.span_start, wrapped) in ends or (before != name and before in found):
            del found[name]
            continue
        line_end = text.find("\n", wrapped + 1)
        below = text[wrapped + 1 : len(text) if line_end < 0 else line_end].split()
        last = below[-1].rstrip(",") if below else ""
        if " " in before and (last in company_trade_words() or _is_legal_form(last)):
            del found[name]
            found[before] = replace(person, name=before, span_end=wrapped)


MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _merge_initialled(found: dict[str, PersonMatch]) -> None:
    """One person printed with and without middle initials is one, by the fuller name and its
    title, else the shorter name's ("Names Robert Kirkman as Chief Executive" over "Robert L.
    Kirkman, MD, as President and Chief Executive Officer")."""
    for name in list(found):
        words = name.split(" ")
        if len(words) < 3 or not all(MIDDLE_INITIAL.fullmatch(w) for w in words[1:-1]):
            continue
        short = found.pop(f"{words[0]} {words[-1]}", None)
        if short is not None and found[name].title is None and short.title is not None:
            found[name] = replace(found[name], title=short.title)


# Anywhere else, a name that opens with a given name of the US Census lists is a person, its
# title read around it: "Acme CEO Jane Smith said", "Jane Smith (CEO)", "Jane Smith – Chief
# Executive Officer", "Jane Smith, the company's chief executive officer, said", "John Doe, 54,
# will become chief financial officer", "Jane Smith, PhD, has joined Acme as Chief Scientific
# Officer". With no title, the text must quote it ("said Jane Smith") or list it for a desk
# ("Carol Hausner (Investors)"), or an honorific precede it: a place or a company may open with
# a given name too ("Santa Clara", "Parker Hannifin"). A given name that is also a common English
# word ("Mark", "Grant", "Hope") needs a title.
GIVEN_NAME_TITLE_AFTER = (
    re.compile(r"\s*\((?P<title>[^()\n]{2,60})\)"),  # "(CEO)"
    re.compile(r"[ \t]+[–—-][ \t]+(?P<title>[^\n]{2,120})"),  # "– Chief Executive Officer"
    re.compile(  # ", the company's chief executive officer,", ", the firm's chairman,", ", Acme's"
        r",\s(?:the\s(?:[Cc]ompany|[a-z]+)['’]s\s|its\s|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s\s)"
        r"(?P<title>[^.;:”\"\n()]{2,120})"
    ),
    re.compile(  # ", 54, will become ...", ", PhD, has joined Acme as ...", "joins Acme as ...",
        # ", M.D. serving as ...", ", M.D. who will be joining Acme from Beta in 2025 as ..."
        rf"(?:,\s{AGE_WORDS},)?{DEGREES},?\s(?:who\s)?(?:will\s(?:become|serve\sas"
        r"|(?:join|succeed)\s[^,.]{1,40}\sas)|(?:will\sbe\s|is\s)?(?:joining\s[^,.]{1,40}\sas"
        r"|serving\sas)|joins(?:\s[^,.]{1,40})?\sas"
        # (the post held now: "Dr. Anil Mehta, who has served as Chief Scientific Officer since
        # 2015, will leave")
        r"|has\sserved\sas|serves\sas"
        r"|has\s(?:joined|rejoined)(?:\s[^,.]{1,40})?\sas|(?:has\sbeen|was|is)\s(?:named|appointed"
        r"|promoted\sto|elected)(?:\sas)?"
        # or hired: "Jonas Ekblom was employed as CEO"
        r"|(?:has\sbeen|was|is)\s(?:employed|hired|recruited|engaged)\sas"
        # or as a list's point or a heading prints it: "John Roe appointed to Vice President of
        # Manufacturing", "Ann Lee, Controller, promoted to Executive Director of Finance"
        r"|(?:appointed|elected)\s(?:to|as)|promoted\sto"
        # who leaves a post: "has decided to step down from his role as", "will retire as"
        r"|(?:has\s(?:decided\sto\s)?|will\s|is\sto\s)(?:step\sdown|retire|resign)"
        r"(?:\sfrom\s(?:his|her|their)\s(?:role|roles|position|positions|post)|\sfrom)?\sas"
        r"|(?:has\s)?(?:stepped\sdown|retired|resigned)(?:\sfrom\s(?:his|her|their)\s"
        r"(?:role|roles|position|positions|post))?\sas)"
        # (the post named as one: "has been promoted to the new position of Executive Vice
        # President of ...")
        r"(?:\s(?:the|a)\s(?:newly[\s-]created\s|new\s)?(?:position|role|post|office)\sof)?"
        # the title, in running text, may wrap onto the next line (never onto a list's next
        # point or a table's bar: "... of Manufacturing\n|•\n|Laura Lee appointed ...")
        r"\s(?P<title>(?:[^.;:”\"\n()]|\n(?![\n|•·▪*])){2,120})"
    ),
    re.compile(r",\s(?P<title>[^.;:”\"\n()]{2,120})"),  # ", chief scientific officer at Acme"
)
NAMED_BEFORE = re.compile(r"\b(?:named|names|appointed|appoints|promoted|elected)\s+$")
COMMON_GIVEN_NAME = 10_000  # occurrences in the English word list: "Mark", "Grant", "Hope"


def _ends_a_line_of_names(text: str, match: re.Match[str]) -> bool:
    """Whether a name read over a line break opens with the last word of a line of capitalised
    words only (a contact table's company: "PondelWilkinson Klein"), and its next line opens with
    a given name and a surname of its own ("Charles Sherwood")."""
    raw = match["name"]
    first_line, _, rest = raw.partition("\n")
    if not rest or " " in first_line.strip():
        return False
    line_start = text.rfind("\n", 0, match.start("name")) + 1
    before = text[line_start : match.start("name")].split()
    rest_words = rest.split()
    return (
        bool(before)
        and all(word[:1].isupper() for word in before)
        and len(rest_words) >= 2
        and rest_words[0].casefold() in given_names()
    )


def _given_name_matches(text: str) -> Iterator[re.Match[str]]:
    """The given-name pattern's matches, as ``finditer`` finds them, but a name read over a
    line break from a line of names is read again from its next line ("PondelWilkinson Klein"
    over "Charles Sherwood, Ph.D., CEO": a contact table's lines)."""
    pattern = _given_name_pattern()
    at = 0
    while (match := pattern.search(text, at)) is not None:
        if _ends_a_line_of_names(text, match):
            at = text.index("\n", match.start("name")) + 1
            continue
        yield match
        at = max(match.end(), match.start() + 1)


DESK_WORD = re.compile(rf"(?:{DESK_LABELS})")
# a given name, an initial, a surname and its particles: "Anne M. Olsen", "Peter van Dyke"
PAIRED_NAME = rf"[A-Z][{LOWER}]+(?:[ ][A-Z]\.)?[ ]{SPACED_PARTICLE}?[{UPPER}][{UPPER}{LOWER}'’-]+"
# two contacts side by side after one label, their columns' gap closed by the cleaner:
# "Contact: Harold Finch                 Susan Alvarez" over their titles and phone numbers
CONTACT_PAIR = re.compile(
    rf"(?m)^[ \t]*(?:{CONTACT_WORD}|{DESK_LABELS})\s*:[ \t]*"
    rf"(?P<first>{PAIRED_NAME})[ ](?P<second>{PAIRED_NAME})[ \t]*$"
)


def _contact_pair_people(text: str, found: dict[str, PersonMatch]) -> None:
    """Two contacts' names on a contact label's line, each a given name and a surname (one an
    English list knows as a name, or no English word): two people, their titles unread (the
    line below holds both, run together). Never "Contact: Investor Relations Department"."""
    from transform.repair.vocabulary import word_counts

    counts = word_counts()
    for match in CONTACT_PAIR.finditer(text):
        halves = [(match[group], match.start(group)) for group in ("first", "second")]
        if not all(_given_and_surname(name, counts) for name, _ in halves):
            continue
        found.pop(f"{halves[0][0]} {halves[1][0]}", None)  # read before as one long name
        rule = "person_contact_pair"
        for name, start in halves:
            if name not in found:
                found[name] = PersonMatch(
                    name, None, start, start + len(name), rule, confidence_of(rule)
                )


def _given_and_surname(name: str, counts: dict[str, int]) -> bool:
    """Whether a name opens with a given name and ends in a surname the lists know or no
    English word, with no title's, company's or desk's word in it."""
    words = name.split(" ")
    first, last = words[0], words[-1]
    if first.casefold() not in given_names() or first in name_openers():
        return False
    if any(
        w.casefold() in title_words()[0] or w in company_trade_words() or DESK_WORD.fullmatch(w)
        for w in words
    ):
        return False  # "Jones Media", "Acme Pharma": a desk or a company, no surname
    return _listed_surname(last) or counts.get(last.split("-")[-1].casefold(), 0) == 0


def _listed_surname(word: str) -> bool:
    """Whether a name's last word (its last part after a hyphen) is a name of the US Census
    lists, which print "O'Neill", "D'Angelo" without the apostrophe."""
    from transform.repair.vocabulary import person_names

    last = word.split("-")[-1].casefold()
    return last in person_names() or APOSTROPHE.sub("", last) in person_names()


def _given_name_people(text: str, found: dict[str, PersonMatch]) -> None:
    from transform.organizations import organization_head_words
    from transform.repair.vocabulary import person_names, word_counts
    from transform.repair.words import FUNCTION_WORDS

    titles = title_words()[0]
    counts = word_counts()
    heads = organization_head_words()
    trade = company_trade_words()
    for match in _given_name_matches(text):
        match = _past_title_words(text, match, titles)  # "... Officer Paul Clancy"
        name = " ".join(NICKNAME.sub("", match["name"]).split())
        words = name.split(" ")
        first = words[0]
        if "\n" in match["name"] and any(
            p.span_start == match.start("name") for p in found.values()
        ):
            continue  # a contact's name found on its line, never run on into the next line's
            # company: "Tom White" over "Ten Bridge Communications"
        known = found.get(name)
        # (a title cut where its line wrapped may be printed whole later: "... as Chief
        # Financial Officer, General" over "Counsel and Secretary")
        if known is not None and known.title is not None and f"{known.title}\n" not in text:
            continue
        # or a romanised East Asian name, its family name first and its given name's second
        # syllable in lower case: "Alteogen CEO Park Soon-jae said"
        east_asian = (
            EAST_ASIAN_NAME.fullmatch(name) is not None and first.casefold() in person_names()
        )
        # (a given name of two joined by a hyphen too: "Jean-François Lefèvre")
        if (not a_given_name(first) and not east_asian) or first in name_openers():
            continue
        if any(w.casefold() in titles or w in heads or w in trade for w in words):
            continue  # "Grace Hospital", "Media Relations", "Isis Pharmaceuticals Earns"
        if any(w.casefold() in FUNCTION_WORDS for w in words[1:]) or words[-1] in context_words(
            "street"
        ):
            continue  # "Barbara Yates\nThe Yates Network", "128 Sidney Street"
        last = words[-1].split("-")[-1].casefold()
        if not east_asian and not _listed_surname(last) and counts.get(last, 0) > 0:
            continue  # a surname, or a word no English list knows: never "Simon Two-Stage Design"
        if _not_a_person(text, match, name):
            continue
        title = _title_around(text, match)
        if known is not None and known.title is not None:
            if title and known.title in title and known.title != title:
                found[name] = replace(known, title=title)
            continue
        if known is not None and title is None:
            continue  # found already, and no title here either
        if title is None and not (
            match["honorific"]
            or _spoken_or_contacted(text, match)
            or _with_a_degree(text, match)
            or _of_an_organization(text, match.end(), heads, trade)
            or _listed_with_a_person(text, match.start("name"), match.end("name"), found)
        ):
            continue  # with no title, a place or a company may open with a given name too
        if title is None and counts.get(first.casefold(), 0) >= COMMON_GIVEN_NAME:
            continue
        if title and title.lower() in NO_TITLE_ALONE:
            title = None  # "appointed pharmaceutical executive Robert B. Clark": what he is,
            # no post
        rule = "person_given_name"
        found[name] = PersonMatch(
            name, title, match.start("name"), match.end("name"), rule, confidence_of(rule)
        )


LIST_REACH = 120  # characters between a name and a person its list names
# ... a list's separators (LIST_PARTS's, an ampersand and a broker's slash too: "Angus Drummond /
# Mary Ferguson"), and what may follow a slashed pair
NAME_LIST_PARTS = re.compile(rf"{LIST_PARTS.pattern}|\s+&\s+|[ \t]+/[ \t]+")
SLASHED_NAME_ENDS = re.compile(r"[ \t]*(?:\n|$|,|;|\(|\+?\d[\d ().-]{6,}|[\w.+-]+@)")


def _listed_with_a_person(text: str, start: int, end: int, found: dict[str, PersonMatch]) -> bool:
    """Whether the name at ``text[start:end]`` is an item of a list that names a person found
    already, only names between them: "Dr. Ingrid Solberg, Marcus T. Hale and Yolanda Pierce"
    (never "Dr. Ingrid Solberg of Omega and Jordan Pharma": a word between that no name is)."""
    if text.startswith(":", end):
        return False  # a label's word run on after the name: "Ben Atwell Tel:"
    item = _list_item_pattern()
    for person in found.values():
        if 0 <= start - person.span_end <= LIST_REACH:
            between = text[person.span_end : start]
        elif 0 <= person.span_start - end <= LIST_REACH:
            between = text[end : person.span_start]
        else:
            continue
        if "\n" in between or not NAME_LIST_PARTS.search(between):
            continue
        if "/" in between and not SLASHED_NAME_ENDS.match(text, max(end, person.span_end)):
            continue  # a slashed pair ends its line or its contact's details follow: never
            # "Jane Roe / Tom White 2019 results"
        # (past the degrees after a name and the honorific before the next: "Marcus T. Hale,
        # Ph.D., and Yolanda Pierce", "Yolanda Pierce and Dr. Ingrid Solberg")
        between = _list_degrees().sub("", re.sub(rf"[ ]{HONORIFIC_WORD}$", " ", between))
        parts = [part.strip() for part in NAME_LIST_PARTS.split(between)]
        if all(not part or item.fullmatch(part) for part in parts):
            return True
    return False


@cache
def _list_degrees() -> re.Pattern[str]:
    """A name's degrees in a list: ", Ph.D." of "Marcus T. Hale, Ph.D., and"."""
    return re.compile(DEGREE)


APOSTROPHE = re.compile("['’]")
EAST_ASIAN_NAME = re.compile(rf"[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+-{SYLLABLE}[a-z]{{2,5}}")


def _title_then_given_name(text: str, at: int, titles: frozenset[str]) -> bool:
    """Whether title words open the text at ``at`` and a given name follows them."""
    words = text[at : at + TITLE_BEFORE_CHARS].split()
    skipped = 0
    while skipped < len(words) and (
        words[skipped].casefold() in titles or words[skipped] in ("and", "&")
    ):
        skipped += 1
    return 0 < skipped < len(words) and a_given_name(words[skipped])


def _past_title_words(text: str, match: re.Match[str], titles: frozenset[str]) -> re.Match[str]:
    """The name after the title words a capitalised run opens with ("Chief Financial Officer
    Paul Clancy" is read in runs of a few words: "Financial Officer Paul" -> "Paul Clancy"), or
    a company's name and its title ("signed by Zeta President John Smith": "Zeta President
    John" -> "John Smith")."""
    for _ in range(MAX_TITLE_WORDS):
        words = match["name"].split()
        if len(words) < 3:
            break
        at = text.index(words[1], match.start("name") + len(words[0]))
        # (a company's name before a title's words, a given name after them: never "Mary
        # Dean Smith")
        if words[0].casefold() not in titles and not _title_then_given_name(text, at, titles):
            break
        match = _given_name_pattern().match(text, at) or match
    return match


MAX_TITLE_WORDS = 6


# what a company's name has after it, or an initial before it ("J.P. Morgan", "Morgan Stanley &
# Co.", "Piper Sandler Companies")
INITIAL_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?|\d\s)$")


SPEAKS_BEFORE = re.compile(
    rf"\b{SPEECH}\s+$|\baccording\s+to\s+$"
    # a desk's label on the line above: "Media contact:\nJane Doe\n+1 555 ..."
    rf"|(?i:\b(?:{DESK_LABELS}|media\s+contacts?|investor\s+contacts?|contacts?))"
    r"\s*:[ \t]*\n[ \t]*$"
)
SPEAKS_AFTER = re.compile(
    rf"(?:\s+and\s+[A-Z][\w'’-]+\s[A-Z][\w'’-]+)?,?\s+{SPEECH}\b"  # (or with one other: "Ann
    rf"|\s*\((?:{DESK_LABELS})\)"  # Lee and Bo Chan said")
    # (or past a relative clause: "Maria Gonzalez, who heads research at Zeta, said")
    rf"|,\s+who\s[^,.;:\"“”\n]{{1,80}},\s+{SPEECH}\b",
    re.IGNORECASE,
)


DEGREE_WORD = re.compile(r"[A-Za-z][\w.]*")


@cache
def _no_proof() -> frozenset[str]:
    """Letters after a name that alone prove no person (degrees.csv's proof "no": "II", "AM")."""
    return frozenset(row["degree"] for row in load_lexicon("degrees") if row.get("proof") == "no")


def _with_a_degree(text: str, match: re.Match[str]) -> bool:
    """Whether a degree or credential is printed after the name ("Jonathan Ashby, M.D.,
    Ph.D., of the Broad Institute"); never a generation's mark alone ("Samuel Abernathy III")."""
    printed = text[match.end("name") : match.end()]
    return any(word.group() not in _no_proof() for word in DEGREE_WORD.finditer(printed))


# the organisation a name is "of": capitalised words up to one that heads an organisation's
# name or is a company's trade word ("of ARCH Venture Partners", "of the Broad Institute")
OF_ORGANIZATION = re.compile(
    r",?[ \t]+of[ \t]+(?:the[ \t]+)?(?P<words>(?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*)"
)


def _of_an_organization(text: str, end: int, heads: frozenset[str], trade: frozenset[str]) -> bool:
    """Whether an organisation's name follows the name after "of": "Robert Nelsen of ARCH
    Venture Partners", "Miriam Goldfarb of Stanford University"; never a place ("of Boston")."""
    printed = OF_ORGANIZATION.match(text, end)
    if printed is None:
        return False
    words = printed["words"].split()[1:]  # a head after the name's first word: never "of Capital"
    return any(w in heads or w in trade for w in words)


def _spoken_or_contacted(text: str, match: re.Match[str]) -> bool:
    """Whether the text quotes the name ("said Jane Smith", "Jane Smith said") or lists it as a
    contact for a desk ("Carol Hausner (Investors)")."""
    before = text[max(0, match.start() - 20) : match.start()]
    return bool(SPEAKS_BEFORE.search(before) or SPEAKS_AFTER.match(text, match.end()))


LINE_CHARS = 200  # of a name's line read for a board's header, either side (lines may be long)


# a place's name after it: "... in San Diego said", "Zeta Inc., of Santa Clara, said"
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from|of)\s+$")


def _not_a_person(text: str, match: re.Match[str], name: str) -> bool:
    """A company, a bank or a dateline's place named like a person, or a message board's user."""
    from transform.dictionary import a_known_organization
    from transform.headline import chrome
    from transform.lexicon import company_suffix_pattern, place_names
    from transform.organizations import dateline_place

    start, end = match.start("name"), match.end("name")
    if INITIAL_BEFORE.search(text, max(0, start - 4), start):
        return True
    if re.match(rf",?\s(?:&|{company_suffix_pattern()})", text[end : end + 30]):
        return True
    if a_known_organization(name):
        return True  # "Eli Lilly", "Morgan Stanley"
    placed = PLACE_PREPOSITION.search(text, max(0, start - 8), start)
    if placed and name.casefold() in place_names():
        return True  # "Maxim Pharmaceuticals Inc. in San Diego said ...": world_places.csv
    line_start = max(text.rfind("\n", 0, start) + 1, start - LINE_CHARS)
    line_end = text.find("\n", end, end + LINE_CHARS)
    line = text[line_start : line_end if line_end != -1 else end + LINE_CHARS]
    return bool(chrome().search(line)) or dateline_place(text, start)


@cache
def _given_name_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’&.-]){STARTS_NAME}(?P<honorific>{HONORIFIC}){_name()}{DEGREES}(?![\w'’&-])"
    )


# a name opening a list's point or a table's cell: a bar or a bullet alone before it on its line
LIST_POINT_OPENS = re.compile(r"(?:^|\n)[ \t]*[|•·▪*][ \t]*$")


NAME_AFTER_TITLE = re.compile(r"\s+(?P<given>[A-Z][a-z]+)\s+[A-Z][a-z]")


def _next_persons_title(printed: str, title: str) -> bool:
    """Whether a title read after a name is followed by another person's given name."""
    at = printed.find(title)
    after = NAME_AFTER_TITLE.match(printed, at + len(title)) if at >= 0 else None
    return after is not None and after["given"].casefold() in given_names()


# another person after a title, joined by "and": "Executive Chairman of the Board and Maria
# Sjöberg CEO after ..." (hers is the next title)
AND_PERSON = re.compile(rf"\s+and\s+(?P<given>[{UPPER}][{LOWER}]+)\s+[{UPPER}]")


def _before_next_person(title: str) -> str:
    """A title's text up to the next person's name after "and", if one follows."""
    for joined in AND_PERSON.finditer(title):
        if joined["given"].casefold() in given_names():
            return title[: joined.start()]
    return title


def _title_around(text: str, match: re.Match[str]) -> str | None:
    """The title printed right after the name (in parentheses, after a dash or a comma, after
    "will become" ...) or right before it ("Acme CEO Jane Smith")."""
    after = text[match.end() : match.end() + 200]
    before = text[max(0, match.start() - TITLE_BEFORE_CHARS) : match.start()]
    if LIST_POINT_OPENS.search(before):  # a list's point ends at its line's end: "|Laura Lee
        after = after.split("\n", 1)[0]  # appointed to Director" over "Mark Hill was ..."
    if NAMED_BEFORE.search(before):  # "The board named Jane Smith president and COO"
        printed = re.match(r"\s(?:as\s)?(?P<title>[^.;:”\"\n()]{2,120})", after)
        title = _clean_title(printed["title"]) if printed else None
        if title:
            return title
    for pattern in GIVEN_NAME_TITLE_AFTER:
        printed = pattern.match(after)
        title = _clean_title(_before_next_person(printed["title"])) if printed else None
        if printed and title and _next_persons_title(printed["title"], title):
            break  # "chief executive Jane Roe, non-executive John Doe and ...": the next
            # person's title, after the comma that ends this one's name
        if title:
            return title
    pair = PAIR_FIRST_BEFORE.search(before)  # "RBC analysts Alistair Campbell and " + the name
    if pair is not None and PLURAL_TITLE_END.search(pair["before"].rstrip()):
        before = pair["before"]  # (a plural's: one title for both)
    else:
        pair = None
    if re.search(r"[A-Za-z]\s$|,\s$", before):
        # (a parenthesis closed before the name is the name before's: "Jacob Roe (chairman),
        # Lars Holm" gives Lars Holm no title)
        tail = re.split(r"[()\[\];:\n.\"“”]", before)[-1]
        if pair is not None or PAIR_SECOND_AFTER.match(text, match.end()):
            tail = PLURAL_TITLE_END.sub("", tail)  # each of two "analysts" is an analyst
        title = _clean_title(tail, from_end=True)
        return title.rstrip(", ") if title else None
    return None


# two people one title before them names: "RBC analysts Alistair Campbell and Charles Weston
# said"; the first of the pair before the second's name, the second after the first's
TWO_WORD_NAME = r"[A-Z][\w'’-]+\s[A-Z][\w'’-]+"  # (links.py reads a pair's owner with it)
PAIR_FIRST_BEFORE = re.compile(rf"(?P<before>.*?\s){TWO_WORD_NAME}\s+and\s+$", re.S)
PAIR_SECOND_AFTER = re.compile(rf"\s+and\s+{TWO_WORD_NAME}\b")
# (never an honorific's plural: "Professors Bruce Baguley and William Denny" are no title)
PLURAL_TITLE_END = re.compile(r"(?<![Pp]rofessor)(?<=[a-z])s(?=\s*$)")
