"""Shared text helpers: the words an expression needs, and sentences found once per text."""

from __future__ import annotations

import random
import re

import pytest

from tests.conftest import SAMPLES
from transform import (
    compounds,
    dateline,
    indications,
    money,
    organizations,
    phases,
    screen,
    segments,
    trials,
)
from transform.events import _cues, _led_cues
from transform.links import _led_scan
from transform.literals import (
    Cued,
    Led,
    LineCued,
    Prefilter,
    cued,
    fold,
    leading_strings,
    required_strings,
    required_words,
)
from transform.people import _led, _patterns
from transform.repair import contacts, encoding, layout, marks, words
from transform.text_spans import SENTENCE_END, SENTENCE_WINDOW, _ends_sentence, sentence_bounds


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bearn(?:s|ed)?\b.{0,60}?\bmilestone", {"milestone"}),
        (r"\blicen[cs]e agreement", {"licence agreement", "license agreement"}),
        (r"\b(?:to|will) acquire\b", {"to acquire", "will acquire"}),
        (r"(?<!\bwith )\bacquir(?:es|ed)\b", {"acquires", "acquired"}),
        (r"(?:Phase )?\d results", {" results"}),
        (r"[A-Za-z]+ing\b", {"ing"}),
        (
            r"(?:first|second)[- ]quarter",
            {"first-quarter", "first quarter", "second-quarter", "second quarter"},
        ),
        (r"MILESTONE", {"milestone"}),  # folded: read case-insensitively
    ],
)
def test_the_words_every_match_of_an_expression_contains(pattern, words):
    assert required_words(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [r"[A-Z]\d{3}", r"\w+", r"foo|\d", r"(?:earn)?\s+"])
def test_an_expression_that_needs_no_literal_is_always_run(pattern):
    assert required_words(re.compile(pattern)) is None
    assert Prefilter([re.compile(pattern)]).possible("nothing here at all") == [0]


def test_folding_reads_letters_as_a_case_insensitive_expression_does():
    assert fold("LICENSE") == "license"
    assert fold("ſale") == "sale"  # the long s
    assert fold("lıcense") == "license"  # the dotless i
    assert fold("LİCENSE") == "license"  # the dotted capital I


FRAGMENTS = [
    "Acme Bio",
    "announced today",
    "that it has",
    "earned a",
    "$5 million",
    "milestone payment",
    "from Zeta",
    "under its",
    "license agreement",
    "LICENCE AGREEMENT",
    "entered into",
    "a global",
    "collaboration",
    "to develop",
    "has acquired",
    "Omega Inc.",
    "the first patient",
    "was dosed",
    "in its Phase 2 trial",
    "results from the",
    "study",
    "FDA approval",
    "of Zetavir",
    "filed an",
    "IND",
    "reported",
    "fourth-quarter",
    "net loss",
    "swelled",
    "priced a",
    "public offering",
    "appointed",
    "Jane Doe",
    "as Chief Executive Officer",
    "will present",
    "at the ASCO meeting",
    "Ltd.",
    "and",
    ",",
    ".",
    "\n\n",
    "(Nasdaq: ACME)",
    "tender offer for",
    "sale of its",
    "diagnostics business",
    "complete response letter",
    "resigned",
    "ſale",
    "in-licensed",
]


def test_the_prefilter_never_drops_an_event_cue_that_matches():
    cues = [cue for _, cue in _cues()]
    prefilter = Prefilter(cues)
    rng = random.Random(5)
    ruled_out = 0
    for _ in range(400):
        text = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(3, 40)))
        possible = set(prefilter.possible(text))
        matching = {i for i, cue in enumerate(cues) if cue.search(text)}
        assert matching <= possible, text
        ruled_out += len(cues) - len(possible)
    assert ruled_out > 400 * len(cues) // 2  # most cues are never run


def test_the_prefilter_reads_only_the_stretch_it_is_given():
    prefilter = Prefilter([re.compile(r"\bmilestone\b"), re.compile(r"offering")])
    text = "A public offering. Later, a milestone."
    assert prefilter.possible(text, 0, 18) == [1]
    assert prefilter.possible(text, 18) == [0]


# Sentences of the constructions the cued expressions look for, and of none of them
CUED_FRAGMENTS = [
    "Patients with cisplatin-induced neuropathy and treatment-related fatigue were enrolled.",
    "The figures are expressed in Canadian dollars (all amounts in US dollars).",
    "Zeta Bio plc raised 4.5 million sterling at 12 pence a share.",
    "The Phase 2 trial and a phase I/II study of ZB-1 at 10 mg/kg and 5 mcg.",
    "On Friday, May 4 the company reported results for the quarter ended Dec. 31, 2003.",
    "The agreement, announced in June 1999, was signed in March 2001.",
    "Date of Report (Date of earliest event reported): May 4, 2012",
    "  -0-  05/04/2012",
    "Product code: ZB-123 and compound code ZB 45.",
    "Received $3.4 million (AU$3.4 million) upfront.",
    "Reply to this post. Who wrote this? Read replies.",
    "Release date: March 3, 2009",
    "WHEREAS Zeta wishes to license; Filed Pursuant to Rule 424(b)(5)",
    "A release of no such construction: Acme Bio AG announced results today.",
    "Visit www . acme . com or ImmunoGena?s site; December 19, 2013 ? Takeda Pharmaceutical.",
    "Waltham, Mass.~(BUSINESS WIRE) ~ ‘Agenus Inc. (Nasdaq: AGEN) on Feb, 19 began a develop-",
    "ment programme in Phase Il (News - Alert) and IMGN – News",
    "It comprises Zeta's huZB7 antibody, which binds specifically to CanAg, a Cripto-targeting "
    "drug that targets the HER2 receptor on cells that express the MUC1 antigen.",
]


def _cued_expressions() -> list[tuple[str, Cued]]:
    modules = (compounds, dateline, indications, money, phases, screen, segments, trials)
    modules += (contacts, encoding, layout, marks, words)
    found = [
        (f"text_junk {n}", pattern) for n, (pattern, _) in enumerate(encoding._junk_patterns())
    ]
    for module in modules:
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            found += [(f"{module.__name__}.{name}", v) for v in values if isinstance(v, Cued)]
    return found


def test_a_cued_expression_finds_what_its_expression_finds():
    expressions = _cued_expressions()
    assert len(expressions) >= 20
    texts = [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
    rng = random.Random(7)
    texts += [
        "\n".join(rng.choice(CUED_FRAGMENTS) for _ in range(rng.randint(1, 8))) for _ in range(60)
    ]
    skipped = 0
    for name, expression in expressions:
        assert expression.words, name  # an expression with no word to look for is never cued
        for text in texts:
            spans = [m.span() for m in expression.finditer(text)]
            assert spans == [m.span() for m in expression.pattern.finditer(text)], name
            assert (expression.search(text) is None) == (not spans), name
            assert expression.findall(text) == expression.pattern.findall(text), name
            skipped += not expression.possible(text)
    assert skipped > len(texts)  # texts without an expression's words are not scanned


def test_a_cued_expression_is_not_run_on_a_text_without_its_words():
    expression = cued(r"\b(?:said|stated)\s+Dr\.")
    assert expression.words == frozenset({"stated", "said"})
    assert not expression.possible("Dr. Smith spoke.")
    # one walk of a text serves every expression, a later one's words too
    other = cued(r"\bannounced\s+(?:today\s+)?that\b")
    assert other.possible("Zeta announced today that it said Dr. Roe joined")
    assert expression.possible("Zeta announced today that it said Dr. Roe joined")
    assert not other.possible("Dr. Smith spoke.")
    assert expression.possible("she SAID it")  # the words are looked for folded
    assert expression.search("STATED Dr.") is None  # the expression keeps its own case
    assert expression.search("Zeta stated Dr. Smith", 5).span() == (5, 15)
    assert expression.match("said Dr. Roe") is not None


ORGANIZATION_LINES = [
    "Zeta Bio, Inc. and the University of Oslo",
    "signed with Acme Pharmaceuticals, Inc.",
    "Beta Therapeutics AG, a company focused on",
    "the drugmaker Gamma Labs and the firm Delta",
    "Pharmaceuticals",
    "Inc.",
    "Omega State University School of Medicine",
    "agreement with NOVA, a healthcare company",
    "no name on this line at all",
    "",
    "x.Acme Corp",
    "write to i nf o @ zeta bio . com or jane.roe@acme.co.uk today",
    "E-mail: ir@ zeta.com",
]


def test_an_expression_read_line_by_line_finds_what_it_finds_in_the_whole_text():
    expressions = [
        getattr(organizations, name)()
        for name in ("_company", "_organization", "_trade_name", "_described_company")
    ] + [organizations._apposed_company(), contacts.BROKEN_EMAIL]
    assert all(isinstance(e, LineCued) and e.words for e in expressions)
    texts = [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
    rng = random.Random(3)
    texts += [
        rng.choice(["", "\n"]) + "\n".join(rng.choice(ORGANIZATION_LINES) for _ in range(9))
        for _ in range(80)
    ]
    found = 0
    for expression in expressions:
        for text in texts:
            spans = [m.span() for m in expression.finditer(text)]
            assert spans == [m.span() for m in expression.pattern.finditer(text)], text
            found += len(spans)
    assert found > 200


def test_a_line_cued_expression_reads_only_the_lines_that_print_its_strings():
    expression = LineCued(re.compile(r"(?<![\w.])[A-Z]\w+ Inc\."))
    assert expression.words == frozenset({" Inc."})
    text = "Acme Inc.\ninc. Beta inc.\nx.Gamma Inc. and Delta Inc."
    assert [m.group() for m in expression.finditer(text)] == ["Acme Inc.", "Delta Inc."]
    with pytest.raises(ValueError):
        required_strings(re.compile("inc", re.IGNORECASE))


def test_a_line_cued_expression_made_after_a_walk_finds_its_own_lines():
    text = "Acme Inc.\nZeta Quuxworks sold\n"
    first = LineCued(re.compile(r"[A-Z]\w+ Inc\."))
    assert [m.group() for m in first.finditer(text)] == ["Acme Inc."]
    later = LineCued(re.compile(r"[A-Z]\w+ Quuxworks"))
    assert [m.group() for m in later.finditer(text)] == ["Zeta Quuxworks"]
    assert [m.group() for m in first.finditer(text)] == ["Acme Inc."]


def test_the_strings_an_expression_opens_with():
    assert leading_strings(re.compile(r"\b(?:said|Stated)\s+Dr\.")) == {"said", "stated"}
    # an optional opening: the match opens with it or with what follows
    assert leading_strings(re.compile(r"\b(?:has |have )?raise[sd]\b")) == {
        "has ",
        "have ",
        "raises",
        "raised",
    }
    assert leading_strings(re.compile(r"(?<![\w.])(?:Dr\.? )?[A-Z][a-z]+")) is None
    assert leading_strings(re.compile(r"[A-Z]\w+ Inc\.")) is None  # a capital: any of 26
    assert leading_strings(re.compile(r"(?:ab|)cd")) == {"abcd", "cd"}  # an empty branch too
    assert leading_strings(re.compile(r"(?:ab|)[a-z]")) is None
    assert Led(re.compile(r"\bor\s+Media")).leads is None  # too short to be worth a walk


LED_FRAGMENTS = [
    ', said Jane Roe, Chief Executive Officer of Zeta. "We',
    "Zeta Bio, Inc. (Nasdaq: ZETA) today announced the appointment of Dr. Ann Lee as CFO.",
    "Zeta has raised $40 million and will receive a milestone payment from Omega AG.",
    "The unsaid part: SAID JOHN DOE, PRESIDENT. Commented Mark Smith, CEO.",
    "Straße said Hans Groß, Vorstand. İstanbul-based Zeta said",  # folding moves offsets
    "According to Mary-Jane O'Neill, head of R&D, the trial in breast cancer started.",
    "Investors: Jane Roe\nMedia: John Doe, +1 555 0100, or Media, Tom Lee",
]


def test_an_expression_tried_at_its_openings_finds_what_its_search_finds():
    expressions = [_led(p) for _, p in _patterns()] + list(_led_cues())
    expressions += [_led_scan(kind) for kind in ("trigger", "issuer_pays", "territory")]
    expressions.append(indications._broad_head())
    assert sum(e.leads is not None for e in expressions) >= 150  # most are tried at openings
    texts = [path.read_text() for path in sorted(SAMPLES.glob("*.txt"))]
    rng = random.Random(5)
    texts += [
        rng.choice(["", " "]) + "\n".join(rng.choice(LED_FRAGMENTS) for _ in range(6))
        for _ in range(40)
    ]
    found = 0
    for expression in expressions:
        pattern = expression.pattern
        for text in texts:
            spans = [m.span() for m in expression.finditer(text)]
            assert spans == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]
            window = (7, len(text) - 9)  # a search from inside the text, up to before its end
            mine, theirs = expression.search(text, *window), pattern.search(text, *window)
            assert (mine and mine.span()) == (theirs and theirs.span()), pattern.pattern[:60]
            found += len(spans)
    assert found > 300


def test_an_expression_tried_at_its_openings_sees_the_text_before_them():
    expression = Led(re.compile(r"\bsaid\s+(?P<name>[A-Z][a-z]+)"))
    assert expression.leads == {"said"}
    text = "unsaid Roe; SAID Lee; it said Doe and said Kim"
    assert [m["name"] for m in expression.finditer(text)] == ["Doe", "Kim"]
    assert expression.search(text, 30).group("name") == "Kim"  # from a position on
    assert expression.search(text, 0, 33).span() == (25, 33)
    assert expression.search(text, 0, 31) is None  # "said Doe" cut by the end given
    # a text whose folding moves offsets ("ß" folds to "ss") is searched as a whole
    assert expression.search("Groß said Ann").span() == (5, 13)


def _scanned_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention, read by scanning from it (how it was read before the
    breaks were found once per text)."""
    left = max(0, start - SENTENCE_WINDOW)
    for match in SENTENCE_END.finditer(text, left, start):
        if _ends_sentence(text, match):
            left = match.end()
    right = min(len(text), end + SENTENCE_WINDOW)
    for match in SENTENCE_END.finditer(text, end, right):
        if _ends_sentence(text, match):
            return left, match.start() + 1
    return left, right


def test_sentences_found_once_are_the_sentences_a_scan_finds():
    text = (
        "Acme Inc. (Nasdaq: ACME) announced today that Zeta Co. will pay $5 million. The U.S. "
        "FDA approved it! Was it approx. two years?\n\nResults:\n· Revenue of £4.4 million\n"
        "-- Loss before tax of GBP1.4m\n* A third point. “Quoted.” Dr. Jane Doe said."
    )
    # mentions open and close words; none opens with a bullet (the scan's look for the point
    # after a line break stops at the mention, so it read "· Revenue" as no sentence of its own)
    words = [m.span() for m in re.finditer(r"[^\s·*-]\S*", text)]
    for start, _ in words:
        for _, end in words:
            if end >= start:
                assert sentence_bounds(text, start, end) == _scanned_bounds(text, start, end)
    assert text[slice(*sentence_bounds(text, 20, 25))].startswith("Acme Inc. (Nasdaq")


def test_a_text_without_sentence_ends_bounds_a_sentence_by_the_window():
    text = "word " * 2000
    assert sentence_bounds(text, 5000, 5004) == (5000 - SENTENCE_WINDOW, 5004 + SENTENCE_WINDOW)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a company's abbreviation ending a paragraph: the next line opens a sentence
        (
            "Funding came from Kyowa Hakko Kogyo Co.\nGeron's stock rose to $19.06 on Nasdaq.",
            "Geron's stock rose to $19.06 on Nasdaq.",
        ),
        # a name wrapped over its legal forms stays one sentence
        (
            "Zeta signed with Kyowa Hakko Kogyo Co.\nLtd. for $5 million upfront.",
            "Zeta signed with Kyowa Hakko Kogyo Co.\nLtd. for $5 million upfront.",
        ),
        (
            "Zeta signed with Omega Holdings Co.\nLLC for $5 million upfront.",
            "Zeta signed with Omega Holdings Co.\nLLC for $5 million upfront.",
        ),
        # a list's points whose line breaks a page lost: each point is a sentence
        (
            "Financial information• Net sales were SEK 2.8 M• The loss was $6.2 M• The loss per",
            "• The loss was $6.2 M",
        ),
        # a point that opens its line is one sentence, not two
        (
            "Results\n  • Zeta reported a loss of $6.2 M for the year",
            "• Zeta reported a loss of $6.2 M for the year",
        ),
        # an abbreviation ending a paragraph ends its sentence too
        (
            "Zeta will sell it outside the U.S.\n\nFor the half year, profit rose to $5 million.",
            "For the half year, profit rose to $5 million.",
        ),
        # a month's abbreviation glued after a dash and a bracket ends no sentence
        (
            "MONTREAL, CANADA-(Oct. 19, 2011) - Zeta Inc. today received $5 million. More.",
            "MONTREAL, CANADA-(Oct. 19, 2011) - Zeta Inc. today received $5 million.",
        ),
        # a scale's letter after its number ends a sentence: no initial
        (
            "Zeta achieved a milestone payment of $0.5 m. The milestone triggers a license.",
            "Zeta achieved a milestone payment of $0.5 m.",
        ),
        # a company's abbreviation before a word only a sentence opens with ends its sentence
        (
            "Zeta received a $1,000,000 payment from Omega Inc. The payment resulted from a deal.",
            "Zeta received a $1,000,000 payment from Omega Inc.",
        ),
        (
            "Omega Inc. Chief Executive John Roe said Zeta got $2 million. More.",
            "Omega Inc. Chief Executive John Roe said Zeta got $2 million.",
        ),
        # nor does a dotted abbreviation before a bracket: a sentence opens in capitals
        (
            "Omega Pharma S.A. (OMGA) said it will receive $5 million from Zeta. More.",
            "Omega Pharma S.A. (OMGA) said it will receive $5 million from Zeta.",
        ),
        # any abbreviation before a word only a sentence opens with ends its sentence
        (
            "It treats diseases of fewer than 200,000 people in the U.S. It pays $5 million.",
            "It pays $5 million.",
        ),
        (
            "Zeta develops ZT-1 for hepatitis C. Under the deal Zeta gets $9 million. More.",
            "Under the deal Zeta gets $9 million.",
        ),
        # a name's dotted initials before the rest of it end no sentence; a state's do before
        # a word only a sentence opens with
        (
            "Zeta hired H.L. Roe Inc. to raise $5 million. More.",
            "Zeta hired H.L. Roe Inc. to raise $5 million.",
        ),
        (
            "Zeta is in Madison, N.J. The payment of $5 million came. More.",
            "The payment of $5 million came.",
        ),
        # an initial stays one: "John F. Kennedy"
        (
            "Zeta paid $5 million to the John F. Kennedy Foundation today.",
            "Zeta paid $5 million to the John F. Kennedy Foundation today.",
        ),
    ],
)
def test_a_companys_abbreviation_at_a_lines_end_closes_its_paragraph(text, sentence):
    at = text.index("$")
    left, right = sentence_bounds(text, at, at + 1)
    assert text[left:right].strip() == sentence
