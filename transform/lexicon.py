"""Domain lexicons shipped as CSV files under ``transform/lexicons/``.

Each file starts with ``#`` comment lines saying where its entries come from, then a CSV header.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from functools import cache
from importlib import resources

LEXICON_PACKAGE = "transform.lexicons"


def _lexicon_text(name: str) -> str:
    return resources.files(LEXICON_PACKAGE).joinpath(f"{name}.csv").read_text(encoding="utf-8")


@cache
def load_lexicon(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.csv`` as dicts, comment lines skipped."""
    lines = [line for line in _lexicon_text(name).splitlines() if not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


@cache
def alias_map(name: str, key: str = "alias", value: str = "canonical") -> dict[str, str]:
    """Case-folded alias -> the value of another column (`canonical` unless told) of a lexicon."""
    return {row[key].casefold(): row[value] for row in load_lexicon(name)}


@cache
def lexicon_digest() -> str:
    """Short hash over every lexicon file, so a lexicon edit changes the extractor version."""
    digest = hashlib.sha256()
    for entry in sorted(resources.files(LEXICON_PACKAGE).iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:8]


@cache
def alternation(name: str, column: str) -> str:
    """A regex alternation of a lexicon column's entries, escaped, longest first."""
    entries = sorted((row[column] for row in load_lexicon(name)), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(entry) for entry in entries) + ")"


# characters of another script that ignoring case equates with a Latin letter ("K", the Kelvin
# sign, is "k"; "ſ" is "s")
CASE_TWINS = ("\u212a", "\u017f")


def by_first_character(entries: list[str], ignore_case: bool = False, space: str = "") -> str:
    """A regex alternation of ``entries`` (tried in their order), grouped by first character:
    "Inc.|Inc|AG" -> "(?:I(?:nc\\.|nc)|A(?:G))". The same matches: two entries of different groups
    never open at one position, and a group keeps its entries' order; but a position whose
    character opens no entry is passed at one test per group, not one per entry.
    ``ignore_case``: the first character as a class of its cases ("[Uu]"), the rest ignoring
    case (an alternation that ignores case is entered entry by entry at every position);
    ``space``: what an entry's space is read as (r"\\s?": "us $" is "us$" too)."""
    groups: dict[str, list[str]] = {}
    for entry in entries:
        groups.setdefault(entry[:1].lower() if ignore_case else entry[:1], []).append(entry)
    alternatives = []
    for first, grouped in groups.items():
        opener = re.escape(first)
        if ignore_case:
            cases = {first, first.upper()} | {
                c for c in CASE_TWINS if re.fullmatch(re.escape(first), c, re.I)
            }
            opener = "[" + "".join(sorted(cases)) + "]" if len(cases) > 1 else opener
        rests = [re.escape(entry[1:]) for entry in grouped]
        if space:
            rests = [rest.replace(r"\ ", space) for rest in rests]
        flags = "?i:" if ignore_case else "?:"
        alternatives.append(opener + (f"({flags}" + "|".join(rests) + ")" if any(rests) else ""))
    return "(?:" + "|".join(alternatives) + ")"


@cache
def company_suffix_pattern() -> str:
    """A legal form that ends a company name ("Inc.", "plc", "AG"), then a boundary: a space,
    a mark (the asterisk a Hong Kong filing puts after an English name given for identification
    only: "TYK Medicines, Inc.*"), a sentence's full stop ("... a dividend from Beta Vac ApS.")
    or a possessive's ending ("JW Therapeutics Co. Ltd.’s relma-cel")."""
    forms = sorted(
        (row["suffix"] for row in load_lexicon("company_suffixes")), key=len, reverse=True
    )
    return by_first_character(forms) + r"(?=[\s,;:()*]|['’]s\b|\.(?:\s|$)|$)"


@cache
def legal_form() -> re.Pattern[str]:
    """``company_suffix_pattern`` compiled: ``legal_form().fullmatch(name)`` asks whether a
    name is a legal form alone ("Inc.")."""
    return re.compile(company_suffix_pattern())


@cache
def legal_form_and_rest() -> re.Pattern[str]:
    """A name's legal form, with the comma or space before it, and all after it: "Amgen Inc.
    (Nasdaq)" -> ", Inc. (Nasdaq)" ... read from the first form on."""
    return re.compile(rf",?\s{company_suffix_pattern()}.*$")


@cache
def legal_form_at_end() -> re.Pattern[str]:
    """A legal form that ends a name, with the comma or space before it: " Inc." of "Amgen
    Inc."."""
    return re.compile(rf",?[ ]{company_suffix_pattern()}$")


@cache
def word_prefixes() -> frozenset[str]:
    """Word-forming prefixes of the domain (word_prefixes.csv: "bio", "immuno", "anti")."""
    return frozenset(row["prefix"] for row in load_lexicon("word_prefixes"))


@cache
def name_openers() -> frozenset[str]:
    """Words that open a sentence or a heading but never a company or person name
    (name_openers.csv: "Today", "About", "For")."""
    return frozenset(row["word"] for row in load_lexicon("name_openers"))


@cache
def organization_head_words() -> frozenset[str]:
    """The last words of organisations that are not companies (organization_heads.csv:
    "Agency", "University", "Partners")."""
    return frozenset(row["word"] for row in load_lexicon("organization_heads"))


@cache
def academic_heads() -> frozenset[str]:
    """The heads of universities, institutes, hospitals and schools (organization_heads.csv's
    `academic`: "University", "Institute", "Universität")."""
    return frozenset(row["word"] for row in load_lexicon("organization_heads") if row["academic"])


@cache
def organization_heads_needing_a_name() -> frozenset[str]:
    """The heads whose names must print a word of their own (organization_heads.csv's `named`:
    "Capital", "Advisors")."""
    return frozenset(row["word"] for row in load_lexicon("organization_heads") if row["named"])


@cache
def company_trade_words() -> frozenset[str]:
    """Words of the trade that end a company's name (company_trade_words.csv: "Pharmaceuticals",
    "Therapeutics"): no surname."""
    return frozenset(row["word"] for row in load_lexicon("company_trade_words"))


@cache
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every word of a person's title, the words a title needs one of), lower case
    (title_words.csv: "chief", "officer", "president", "ceo")."""
    rows = load_lexicon("title_words")
    words = frozenset(r["word"].lower() for r in rows)
    return words, frozenset(r["word"].lower() for r in rows if r["head"] == "yes")


@cache
def phrase_titles() -> frozenset[str]:
    """The titles of more than one word (title_words.csv), lower case: "company secretary"."""
    return frozenset(r["word"].lower() for r in load_lexicon("title_words") if " " in r["word"])


@cache
def title_unit_heads() -> frozenset[str]:
    """Title words a unit may follow after a comma, as listed ("President", "Head", "VP":
    title_words.csv's unit column: "Vice President, Corporate Development")."""
    return frozenset(row["word"] for row in load_lexicon("title_words") if row["unit"] == "yes")


def only_title_words(words: list[str]) -> bool:
    """Whether ``words`` are a person's title and nothing else: title words only, a head among
    them ("General Manager, Corporate Communications Dept.", "Senior Director"; title_words.csv)."""
    every, heads = title_words()
    folded = [w.casefold() for w in words]
    return bool(folded) and all(w in every for w in folded) and any(w in heads for w in folded)


def only_unit_words(words: list[str]) -> bool:
    """Whether ``words`` are title words only, with or without a head: a post ("Managing
    Director") or a company's unit ("Corporate Communications", "Investor Relations";
    title_words.csv)."""
    every = title_words()[0]
    return bool(words) and all(w.casefold() in every for w in words)


@cache
def legal_form_words() -> frozenset[str]:
    """Legal forms of one word, without their full stop: "Inc", "Corp", "AG"
    (company_suffixes.csv)."""
    forms = (row["suffix"].rstrip(".") for row in load_lexicon("company_suffixes"))
    return frozenset(form for form in forms if " " not in form)


@cache
def legal_form_openers() -> frozenset[str]:
    """The first words of legal forms of two words or more, as printed, its stop kept: "Pte.",
    "Sdn.", "Pty." (company_suffixes.csv), whose stop ends no sentence before the rest."""
    forms = (row["suffix"] for row in load_lexicon("company_suffixes"))
    return frozenset(form.split(" ", 1)[0] for form in forms if " " in form)


@cache
def descriptor_words() -> frozenset[str]:
    """Nouns that say what a company is, in lower case (company_descriptors.csv: "firm")."""
    return frozenset(row["word"].casefold() for row in load_lexicon("company_descriptors"))


DEAL_PREPOSITION = re.compile(r"[ ](?:of|in)[ ]")


def deal_words_end(name: str) -> int:
    """Where a name starts after a title's deal words and their preposition ("Proposed
    Acquisition of Lyramid Pty Limited": Lyramid's; context_words.csv role deal_noun); 0 if
    none."""
    preposition = DEAL_PREPOSITION.search(name)
    if preposition is None:
        return 0
    before = set(name[: preposition.start()].split(" "))
    if before & (context_words("deal_noun") | context_words("security")):
        return preposition.end()  # and a security's: "Shares of Soligenix Inc." is Soligenix's
    return 0


@cache
def context_words(role: str) -> frozenset[str]:
    """The words of one role of context_words.csv: a wire's desk ("Health"), a security before
    "of <Company>" ("Shares"), the last word of a law's name ("Act")."""
    words = frozenset(row["word"] for row in load_lexicon("context_words") if row["role"] == role)
    if not words:
        raise KeyError(f"context_words.csv has no role {role!r}")
    return words


def words_alternation(words: frozenset[str]) -> str:
    """A regex alternation of a few words, escaped, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


@cache
def link_cues(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The cues of one kind of link_cues.csv (payer, trigger ...), compiled, with their value."""
    return tuple(
        (re.compile(row["cue"], re.IGNORECASE), row["value"])
        for row in load_lexicon("link_cues")
        if row["kind"] == kind
    )


@cache
def link_cue_scan(kind: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The cues of one kind as one expression, each in a group of its own (``cue0``, ``cue1``
    ...), with each group's value: one search finds the cue nearest the text's start, the first
    listed where two start at one place, as searching for each cue in turn and keeping the
    nearest would."""
    cues = link_cues(kind)
    pattern = "|".join(f"(?P<cue{index}>{cue.pattern})" for index, (cue, _) in enumerate(cues))
    values = {f"cue{index}": value for index, (_, value) in enumerate(cues)}
    return re.compile(pattern or "(?!)", re.IGNORECASE), values


@cache
def us_states() -> tuple[frozenset[str], frozenset[str]]:
    """The US states' and territories' names, casefolded ("new york": places, no companies),
    and their postal codes ("NJ", "CA"), from the `us` package."""
    import us

    states = us.states.STATES_AND_TERRITORIES
    return frozenset(state.name.casefold() for state in states), frozenset(
        state.abbr for state in states
    )


@cache
def us_state_forms() -> frozenset[str]:
    """Every way a dateline prints a US state, casefolded: its name and postal code
    (``us_states``) and its AP abbreviation ("north carolina", "nc", "n.c."), from the `us`
    package."""
    import us

    names, codes = us_states()
    ap = (state.ap_abbr for state in us.states.STATES_AND_TERRITORIES if state.ap_abbr)
    return names | frozenset(form.casefold() for form in (*codes, *ap))


@cache
def place_names() -> frozenset[str]:
    """The world's cities and countries (world_places.csv, from GeoNames), casefolded."""
    return frozenset(row["name"].casefold() for row in load_lexicon("world_places"))


# letters no decomposition takes to ASCII, as their names are printed without them
LETTER_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l"})


def ascii_folded(name: str) -> str:
    """A name casefolded and without its accents: "Hørsholm" -> "horsholm", "Montréal" ->
    "montreal"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(LETTER_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def place_names_folded() -> frozenset[str]:
    """``place_names`` without accents, as pages often print them ("Horsholm", "Montreal")."""
    return frozenset(ascii_folded(name) for name in place_names())


def is_place(name: str) -> bool:
    """Whether ``name`` is a city or country of world_places.csv, accents or not."""
    return name.casefold() in place_names() or ascii_folded(name) in place_names_folded()


@cache
def demonyms() -> frozenset[str]:
    """The words for a country's people and what is theirs, as printed ("Swiss", "Japanese";
    demonyms.csv, from countryinfo)."""
    return frozenset(row["word"] for row in load_lexicon("demonyms"))


# the first part of a compound nationality: "Anglo-Swedish", "Franco-German", "Sino-American"
COMBINING_FORM = re.compile(r"[A-Z][a-z]+o")


def a_nationality(word: str) -> bool:
    """Whether ``word`` says which country's: a demonym ("Swiss"), or demonyms and combining
    forms joined by hyphens, a demonym last ("Anglo-Swedish", "Swiss-American")."""
    if word in demonyms():
        return True
    if "-" not in word:
        return False
    *firsts, last = word.split("-")
    return (
        bool(firsts)
        and last in demonyms()
        and all(part in demonyms() or COMBINING_FORM.fullmatch(part) for part in firsts)
    )


def nationality_before(text: str, name: str) -> int:
    """How many characters open ``name`` with a nationality the release does not print as part
    of it ("Swiss " of "Swiss ADC Therapeutics" where "ADC Therapeutics" is printed on its own
    too); 0 when none do: "Swedish Orphan Biovitrum" and "American Regent" keep theirs."""
    first, _, rest = name.partition(" ")
    if not rest or not a_nationality(first) or not rest[:1].isupper():
        return 0
    if all(word in company_trade_words() for word in rest.split()):
        return 0  # "British Biotech": words of the trade are no name of their own
    printed = len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text))
    return len(first) + 1 if printed > text.count(name) else 0


@cache
def country_names() -> frozenset[str]:
    """The world's countries (world_places.csv, from GeoNames), casefolded."""
    return frozenset(
        row["name"].casefold() for row in load_lexicon("world_places") if row["kind"] == "country"
    )


# a wire's label and the company it names before a feed's title: "DGAP-Adhoc: Zeta AG: Zeta AG
# enters into ..."
WIRE_LABEL = re.compile(
    r"(?P<wire>[A-Z]{2,6})-[A-Za-z-]+:\s+(?P<company>[^:\n]{2,60}?):\s+(?=[A-Z])"
)


def wire_label_before(line: str, at: int = 0) -> re.Match[str] | None:
    """A wire's label and the company before a title at ``at`` of ``line`` ("DGAP-Adhoc: Zeta
    AG: "), the wire one of wires.csv; None otherwise."""
    label = WIRE_LABEL.match(line, at)
    return label if label and label["wire"].casefold() in alias_map("wires") else None
