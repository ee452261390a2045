"""Drug names from a vocabulary the field keeps: the `drug-named-entity-recognition` package
(MIT; about 107,000 names and synonyms of drugs: INNs, brands, combinations, from DrugBank,
MeSH, MedlinePlus and Wikipedia), read offline from the data file it ships.

Only its data is used, matched with our Aho-Corasick matcher: the package's own code loads the
file on import and keeps caches in the home folder. Names that are ordinary English words
("Focus", "Advance") or that not_compounds.csv excludes (molecule classes such as mRNA) are left
out, and so are names of classes of drugs or molecules ("monoclonal antibodies", "growth
hormone": drug_class_words.csv), so that a drug's name is found where no hand list holds it
(olaparib, Keytruda, Symdeko).
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from transform.build_cache import cached
from transform.dictionary import VocabularyView, plain, shared_vocabularies
from transform.lexicon import load_lexicon
from transform.repair.vocabulary import word_counts

DATA_FILE = "drug_ner_dictionary.pkl.bz2"
MIN_LENGTH = 4


@cache
def drug_names() -> tuple[str, ...]:
    """Every drug name and synonym of the vocabulary, lower case (none without the package)."""
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        return ()
    data_file = Path(next(iter(spec.submodule_search_locations))) / DATA_FILE
    with bz2.open(data_file, "rb") as handle:
        data = pickle.load(handle)  # the package's own data file, shipped with it
    return tuple(sorted(data["drug_variant_to_canonical"]))


@cache
def generic_names() -> frozenset[str]:
    """The vocabulary's names that are their own canonical name, lower case: a generic's
    ("tadalafil"), never a brand's ("cialis" is tadalafil's)."""
    return cached("drug-generics", _generic_names)


def _generic_names() -> frozenset[str]:
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    data_file = Path(next(iter(spec.submodule_search_locations))) / DATA_FILE
    with bz2.open(data_file, "rb") as handle:
        data = pickle.load(handle)
    return frozenset(
        name for name, canonical in data["drug_variant_to_canonical"].items() if canonical == [name]
    )


@cache
def _drug_name_set() -> frozenset[str]:
    return cached("drug-names", lambda: frozenset(drug_names()))


def is_drug_name(name: str) -> bool:
    """Whether ``name``, whole, is a drug name or synonym of the vocabulary (any case): a set
    lookup, never a walk of the shared scan, whose kept walks are the release's."""
    return name.casefold() in _drug_name_set()


@cache
def drug_matcher() -> VocabularyView:
    """Whole-word, case-insensitive matcher of the vocabulary's drug names."""
    return shared_vocabularies().view("drugs")


def drug_terms() -> Iterator[tuple[str, str]]:
    """The vocabulary's drug names that are matched, each its own value."""
    from transform.compounds import inn_stems, not_a_compound

    english = word_counts()  # pyspellchecker's English frequencies, not the domain lexicon
    stems = inn_stems()
    names = frozenset(drug_names())
    return (
        (name, name)
        for name in drug_names()
        if len(name) >= MIN_LENGTH
        and any(ch.isalpha() for ch in name)
        # a name the English list holds too is a drug's where an INN stem ends it ("penicillin",
        # "ibuprofen", "diazepam", "amoxicillin", "heparin": 17 of the list's 526 such names)
        # (its accents off too: "dexaméthasone" is found where "dexamethasone" is printed)
        and (" " in name or plain(name) not in english or name.endswith(stems))
        and not is_class_word(re.split(r"[\s-]", name)[-1])
        and not _an_enzyme(name)
        and not not_a_compound(name)
        and not _words_and_a_number(name, english)
        and not ANTI_TARGET.fullmatch(name)
        # (never an index's inverted form, its head first and a comma: "inhibitor, an" of
        # "a proteasome inhibitor, an immunomodulatory agent" is a list in prose)
        and ", " not in name
        # (never a plural whose singular the vocabulary holds: the class of its members,
        # "pyrazoles", "taxanes", "triazoles" as a patent's title prints them)
        and not (name.endswith("s") and name[:-1] in names)
    )


@cache
def word_list_drugs() -> frozenset[str]:
    """The vocabulary's one-word drug names that the English word list holds too, which
    drug_terms leaves out ("aspirin", "tamoxifen", "dexamethasone", "warfarin", "morphine"):
    compounds reads them only where the text prints them as a drug's (beside a drug it found,
    after a comparison, before a dose). Never a plural, a class's adjective or agent noun
    ("analgesics", "antihypertensive", "decongestant", "vasodilator") or a word of four
    letters ("caps", "oats")."""
    return cached("word-list-drugs", _word_list_drugs)


# a class's adjective or agent noun: "antipyretic", "expectorant", "excipient", "vasodilator",
# "antidiarrheal", "carcinogen"
CLASS_ENDING = re.compile(r"(?:ic|ant|ent|or|ive|al|gen|s)$")


def _word_list_drugs() -> frozenset[str]:
    from transform.compounds import inn_stems, not_a_compound

    english = word_counts()
    stems = inn_stems()
    return frozenset(
        name
        for name in drug_names()
        if name.isalpha()
        and len(name) > MIN_LENGTH
        and name in english
        and not name.endswith(stems)  # (matched with the others)
        and not name.startswith("anti")
        and CLASS_ENDING.search(name) is None
        and not is_class_word(name)
        and not _an_enzyme(name)
        and not not_a_compound(name)
    )


# "anti-" before a target's or a class's one word: what a drug acts on, never one drug's name
# ("anti-CD40L", "anti-IL-20", "anti-allergic"); a drug named by its target says more ("anti-CD47
# monoclonal antibody hu5f9-g4")
ANTI_TARGET = re.compile(r"anti-[a-z0-9]+(?:-[a-z0-9]+)?")


ENZYME = re.compile(r"[\s-][a-z]*ases?$")


def _an_enzyme(name: str) -> bool:
    """An enzyme named by what it acts on ("tyrosine kinase", "HMG-CoA reductase"): a target, not
    a drug; a drug that is an enzyme has a name of one word ("alteplase", "urokinase")."""
    return ENZYME.search(name) is not None


def _words_and_a_number(name: str, english: dict[str, int]) -> bool:
    """English words with a number, which prose prints as such: "at 10" (a.m.), "red 40"."""
    words = name.split(" ")
    return any(w.isdigit() for w in words) and all(w.isdigit() or w in english for w in words)


@cache
def _class_words() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = load_lexicon("drug_class_words")
    classes = frozenset(row["word"] for row in rows if row["as"] == "word")
    return classes, tuple(row["word"] for row in rows if row["as"] == "ending")


def is_class_word(word: str) -> bool:
    """A word that names a class of drugs or molecules ("inhibitor", "immunomodulator")."""
    classes, endings = _class_words()
    return word.casefold() in classes or word.casefold().endswith(endings)


# A substance followed by the class of drugs that act on it is their target, not a drug: "a
# GLP-1 receptor agonist", "a GLP-1/glucagon dual agonist", "a TNF-alpha blocker", "a VEGF
# antagonist" (not "insulin glargine therapy": a drug's therapy is the drug); so is one
# followed by the kind of molecule it is: "therapeutics that target galectin proteins"; its
# abbreviation may come between ("a thyroid hormone receptor beta (THR-beta) agonist"), and a
# drug aimed at it may say so: "its mesothelin-targeted ADC"
TARGET_OF = re.compile(
    # (its isoform's number between: "a Claudin 18.2-targeted antibody-drug conjugate")
    r"(?:[ ]\d{1,2}(?:\.\d{1,2})?(?=-)"
    # (or its subtype before "receptor": "an orexin 2 receptor agonist", "dopamine D2 receptor",
    # "a GABA-A receptor modulator", "adenosine-A2A receptor")
    r"|[ ][A-Z]?\d{1,2}[A-Za-z]?(?=\sreceptors?\b)|-[A-Z]{1,2}\d{0,2}[a-z]?(?=\sreceptors?\b))?"
    r"(?:/[\w-]+)*(?:\s(?:dual|receptor|receptors|pathway))*(?:\s\([^()\n]{1,15}\))?[\s-]"
    r"(?:[a-z]*(?:agonists?|antagonists?|inhibitors?|blockers?|modulators?|analogu?es?|analogs?"
    r"|mimetics?|openers?|activators?|potentiators?|stabili[sz]ers?|degraders?|inducers?"
    r"|enhancers?|correctors?)"  # "a potassium channel opener", "a fetal hemoglobin inducer"
    r"|receptors?|pathway|proteins?|enzymes?|antigens?|kinases?|family|ligands?"
    r"|transporters?|channels?"  # "uric acid transporter (URAT1)"
    r"|bispecifics?"  # what a bispecific binds: "a PD-L1/VEGF bispecific antibody" (never
    # "antibody" alone: "the huC242 antibody" is the drug)
    r"|(?<=-)(?:targeted|targeting|directed)"
    r"|[a-z]+ing\s(?:factor|hormone)s?)\b",  # "corticotropin-releasing factor"
    re.IGNORECASE,
)


# or printed after the class: "potent inhibitors of TGF-beta 1 & 3", or after what aims at it:
# "anticancer therapies targeting mesothelin", "an antibody that targets HER2"
TARGET_AFTER = re.compile(
    r"(?:\b(?:inhibitors?|antagonists?|agonists?|blockers?|modulators?|antibod(?:y|ies)"
    r"|conjugates?)\s+"  # "antibody-drug conjugates against Claudin 18.2"
    r"(?:of|to|against)|\btarget(?:ing|s)?)\s+(?:the\s+)?"
    # the next of a list ("targets VEGF-C and VEGF-D") or an abbreviation after the target's
    # name ("existing treatments target the vascular endothelial growth factor A (VEGF-A)")
    r"(?:[\w-]+(?:,\s+|\s+(?:and|or)\s+)){0,3}(?:(?:[\w-]+\s+){1,6}\()?$"
    # what a drug acts on, a verb's object: "shown to specifically inhibit protein tyrosine
    # phosphatases", "blocks the enzyme telomerase"
    r"|\b(?:inhibit|inhibits|inhibited|inhibiting|block|blocks|blocked|blocking)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... or its abbreviation after "or", made of the target's initials: "an inhibitor of Heat Shock
# Protein 90, or HSP90" (never another drug: "an inhibitor of the enzyme, or ZT-0933")
TARGET_OR_BEFORE = re.compile(
    r"\b(?:inhibitors?|antagonists?|agonists?|blockers?|modulators?)\s+(?:of|to|against)\s+"
    r"(?P<target>[^,;.()]{2,50}),\s+or\s+$",
    re.IGNORECASE,
)
# a protein's numbered form and its gene's symbol: "Arginase 1 (ARG1) and Arginase 2 (ARG2)"
ISOFORM = re.compile(r"[ ]\d{1,2}[ ]\([A-Z][A-Z0-9-]{1,9}\)")
# an isoform's number, then the kind of drug that binds it: "a Claudin 18.2 antibody-drug
# conjugate", "a Claudin 6 CAR-T", "a claudin 18.2 monoclonal antibody"
ISOFORM_KIND = re.compile(
    r"[ ]\d{1,2}(?:\.\d{1,2})?[ -](?:(?:monoclonal|bispecific|humani[sz]ed|fully[ -]human)[ -])?"
    r"(?:antibod(?:y|ies)|ADCs?|CAR[ -]?Ts?)\b",
    re.IGNORECASE,
)
TARGET_AFTER_CHARS = 70
LIKE = re.compile(r"-like\b", re.IGNORECASE)


def _abbreviated_target(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` abbreviates the target named before it after "or"."""
    before = TARGET_OR_BEFORE.search(text, max(0, start - TARGET_AFTER_CHARS), start)
    if before is None:
        return False
    initials = "".join(word[0] for word in before["target"].split() if word[0].isalpha())
    letters = "".join(c for c in text[start:end] if c.isalpha())
    return len(letters) >= 2 and initials.upper() == letters.upper()


def names_a_target(text: str, start: int, end: int) -> bool:
    """The substance at ``start:end`` is what a class of drugs or an antibody acts on, not a
    drug; or what one resembles ("a sintilimab-like antibody")."""
    return (
        TARGET_OF.match(text, end) is not None
        # what an antibody is against, glued after "anti-": "an anti-OX40 ligand monoclonal
        # antibody"
        or text[max(0, start - 5) : start].casefold() == "anti-"
        or LIKE.match(text, end) is not None
        or ISOFORM.match(text, end) is not None
        or ISOFORM_KIND.match(text, end) is not None
        or TARGET_AFTER.search(text, max(0, start - TARGET_AFTER_CHARS), start) is not None
        or _abbreviated_target(text, start, end)
        # an enzyme named by its kind after a hyphen: "gamma-secretase", "beta-lactamase" (a
        # drug that is an enzyme is printed alone: "alteplase")
        or (
            ENZYME_GLUED_BEFORE.search(text, max(0, start - 12), start) is not None
            and text[start:end].casefold().endswith(("ase", "ases"))
        )
    )


# a word glued by a hyphen before a name, in lower case: "gamma-" of "gamma-secretase"
ENZYME_GLUED_BEFORE = re.compile(r"(?<![\w-])[a-z]{2,9}-$")
