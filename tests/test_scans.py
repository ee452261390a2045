"""Scans: real tesseract output of pages the tests print, the learned error model, stray marks."""

from __future__ import annotations

import random
import time
from collections import Counter

import pytest

from scripts import scans
from scripts.learn_ocr_channel import aligned_words, channel_rows, fold, learn, word_edits
from tests.conftest import SAMPLES, SEED_2007
from transform.normalize import normalize_text
from transform.repair import repair_text
from transform.repair.channel import Channel, correct, default_channel, using_channel
from transform.repair.marks import stray_mark_edits


def _cer(candidate: str, reference: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(fold(candidate), fold(reference))


@pytest.fixture
def scan_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(scans, "CACHE", tmp_path / "scans")
    return tmp_path / "scans"


def test_tesseract_is_installed_for_the_scan_tests():
    # `make test` installs it (make system-deps); a missing engine fails here, never skips
    assert scans.tesseract_available()
    assert scans.tesseract_version().startswith("tesseract 5")


def test_a_printed_seed_read_by_tesseract_is_repaired_without_new_errors(scan_cache):
    text = normalize_text((SAMPLES / f"{SEED_2007}.txt").read_text(encoding="utf-8"))
    text = repair_text(text).text  # the clean reading the page is printed from
    read = scans.scan(text, scans.LEVELS[1])
    raw = _cer(read, text)
    assert 0.005 < raw / len(text) < 0.15  # the medium level damages the page, it does not erase it
    repaired = repair_text(normalize_text(read))
    assert _cer(repaired.text, text) < raw
    assert any(c.rule == "ocr_confusion" for c in repaired.corrections)
    # the scan is cached: the second reading costs no OCR and gives the same text
    assert len(list(scan_cache.iterdir())) == 1
    assert scans.scan(text, scans.LEVELS[1]) == read


def test_a_scan_is_the_same_every_time_and_worse_at_each_level():
    text = "ImmunoGen announced the completion of the agreement. " * 3
    rng = random.Random(1)
    pages = scans.pages(text)
    assert len(pages) == 1
    darker = [scans.degrade(pages[0], level, random.Random(1)) for level in scans.LEVELS]
    assert [image.size[0] for image in darker] == sorted(
        (image.size[0] for image in darker), reverse=True
    )
    assert rng.random() == random.Random(1).random()


def test_edits_are_runs_of_changed_characters():
    assert word_edits("cornpany", "company") == [("m", "rn")]
    assert word_edits("tolerabitity", "tolerability") == [("l", "t")]
    assert word_edits("thhe", "the") == [("", "h")]


def test_the_error_model_is_learned_from_aligned_words():
    printed = "the company announced the milestone and the company earned it"
    read = "the cornpany announced tbe milestone and the cornpany earned it"
    pairs = list(aligned_words(read, printed))
    assert ("cornpany", "company") in pairs
    edits, occurrences = learn(pairs)
    assert edits[("m", "rn")] == 2
    assert edits[("h", "b")] == 1
    rows = channel_rows(edits, occurrences)
    assert {(r["meant"], r["seen"]) for r in rows} == {("m", "rn")}  # seen once is no habit
    assert rows[0]["of"] == occurrences["m"] == 3  # "company" twice, "milestone" once


def test_the_corrector_reads_unknown_words_as_the_likeliest_known_word():
    assert correct("commitinent").word == "commitment"  # m read as "in"
    assert correct("tolerabitity").word == "tolerability"
    assert correct("wih").word == "with"
    assert correct("f0r").word == "for"


def test_the_corrector_leaves_names_codes_and_abbreviations():
    for word in ("hoc", "Sutro", "Deltagen", "topline", "Xyzzyx"):
        assert correct(word) is None, word


def test_a_name_the_release_prints_wins_over_the_vocabulary():
    reading = correct("ImnmunoGen", frozenset({"ImmunoGen"}))
    assert reading is not None and reading.word == "ImmunoGen" and reading.local_name


def test_another_error_model_changes_the_readings():
    # a model where "x" is often read for "t" and "q" for "h": only with it is "xqerapy" therapy
    learned = Channel.from_counts([("t", "x", 50, 100), ("h", "q", 50, 100)])
    with using_channel(learned):
        assert correct("xqerapy").word == "therapy"
    assert correct("xqerapy") is None
    assert default_channel().longest >= 2  # the shipped model has multi-letter edits ("rn")


@pytest.mark.parametrize(
    ("scanned", "clean"),
    [
        ("the offering ° The shares", "the offering The shares"),
        ("signed the deal . with Amgen", "signed the deal with Amgen"),
        ("‘Agenus Inc. announced today", "Agenus Inc. announced today"),
        ("growth ~ and more", "growth - and more"),
    ],
)
def test_stray_marks_of_scans_are_removed(scanned, clean):
    assert repair_text(scanned).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "He said ‘this is a good day’ for us.",
        "“We are pleased,” said the CEO.",
        "Amgen’s ‘Phase III’ program - and more | Nasdaq: AMGN",
        "Revenue was $5 million * excluding items",
    ],
)
def test_marks_a_page_prints_are_kept(text):
    assert stray_mark_edits(text) == [] or repair_text(text).text == text


def test_a_period_read_as_a_comma_is_restored_where_a_comma_cannot_stand():
    assert repair_text("DEERFIELD, IL, Feb, 19 /CNW/ - today").text.startswith(
        "DEERFIELD, IL, Feb. 19"
    )
    assert "James J. O'Leary" in repair_text("Appoints James J, O'Leary as CFO").text


def test_clean_seed_releases_are_not_changed_by_the_scan_rules():
    for name in SAMPLES.glob("*.txt"):
        if name.stem.startswith("003"):
            continue  # the 2011 seed is itself an OCR'd copy
        text = normalize_text(name.read_text(encoding="utf-8"))
        rules = Counter(c.rule for c in repair_text(text).corrections)
        assert not {"stray_mark", "ocr_confusion", "period_read_as_comma"} & set(rules), name


def test_letters_a_scan_drops_are_put_back_from_the_word_skeleton():
    assert correct("millon").word == "million"
    assert correct("additonal").word == "additional"
    assert correct("commercalization").word == "commercialization"


SCANNED_PAGE = (
    "Acme Bio, Inc. (Nasdaq: ACMB) today announced that the cornpany earned a milestone : The\n"
    "payment follows the start of a trial Of the drug in Canada . Acme Bio, Inc. said the\n"
    "trial is on track. ‘Acme Bio, Inc. will report data later.\n"
)


def test_a_scanned_page_gets_the_scan_only_rules():
    page = SCANNED_PAGE + "SOUTH SAN FRANCISCO, Calif, Aug. 25, 2013 -- Acme Bio, Inc, today"
    repaired = " ".join(repair_text(page).text.split())
    assert "company earned a milestone The payment" in repaired
    assert "a trial of the drug in Canada Acme" in repaired  # capital read for "of"
    assert "Calif., Aug. 25" in repaired  # the state's lost period (AP style, `us`)
    assert "Acme Bio, Inc. today" in repaired  # before a lower-case word: the period
    assert "‘" not in repaired  # an opening quote nothing closes


@pytest.mark.parametrize("opener", ["The", "As"])
def test_a_word_that_opens_sentences_keeps_its_capital_where_a_scan_lost_the_period(opener):
    # "... the drug in Canada The company": the period lost, never "the" read with a capital
    page = SCANNED_PAGE + f"Acme sells the drug in Canada {opener} company grows.\n"
    assert f"in Canada {opener} company grows" in repair_text(page).text


def test_a_clean_page_does_not_get_the_scan_only_rules():
    text = "Amgen, Inc, The Medicines Company and Acme In Vivo signed in Boston, Mass, on May 2."
    assert repair_text(text).text == text


def test_a_lone_mark_at_a_line_end_and_a_misread_phase_numeral():
    assert repair_text("Acme Completes Offering .\n\nBody text here.").text.startswith(
        "Acme Completes Offering\n"
    )
    assert "Phase II trial" in repair_text("the Phase It trial began").text


@pytest.mark.parametrize(
    ("scanned", "clean"),
    [
        ("Nov. 14,2011 (GLOBE NEWSWIRE) ~ Acme", "Nov. 14, 2011 (GLOBE NEWSWIRE) - Acme"),
        ("LEXINGTON, Mass.~(BUSINESS WIRE)--Acme", "LEXINGTON, Mass.-(BUSINESS WIRE)--Acme"),
        ("about ~50% of patients", "about ~50% of patients"),
    ],
)
def test_dashes_read_as_tildes_and_a_year_glued_to_its_day(scanned, clean):
    assert repair_text(scanned).text == clean


def test_a_misread_legal_form_after_a_name_in_a_scanned_text():
    page = SCANNED_PAGE + "Nuvelo. Inc. said that Halozyme Therapeutics, Ine. (Amex: HT). In. 2"
    repaired = " ".join(repair_text(page).text.split())
    assert "Nuvelo, Inc. said that Halozyme Therapeutics, Inc. (Amex: HT). In. 2" in repaired
    clean = "Nuvelo. Inc. said that Halozyme Therapeutics, Ine. (Amex: HT) and"
    assert repair_text(clean).text == clean  # no scan signs: left alone


@pytest.mark.parametrize(
    "text",
    [
        "Acme plans the commercialisation of its licence in the centre.",
        "Acme has a pre-clinical program. Tel: (617) 555-0100",
        "Novo Allé, 2880 Bagsvaerd, Denmark. Source : money.cnn.com",
        "Acme develops ADCs with partners and will report progres",
        "Acme, Inc. , the company, said.\n\n“We are pleased.\n\n“We expect more,” he said.",
    ],
)
def test_words_and_marks_a_clean_page_prints_are_left_as_printed(text):
    assert repair_text(text).text == text


def test_a_census_surname_is_never_read_as_a_word_or_name_near_it():
    # a model where "o" is often read as "a": the corrector alone reads "Rager" as "Roger"
    with using_channel(Channel.from_counts([("o", "a", 60, 100)])):
        assert correct("Rager").word == "Roger"
        text = "Contacts: Andrew Rager, Acme Bio"
        assert repair_text(text).text == text


@pytest.mark.parametrize(
    ("dateline", "wire"),
    [
        ("SAN CARLOS, Calif., Dec. 20 /PRNewswire-FitstCall’ — Zeta", "/PRNewswire-FirstCall/"),
        ("BRIDGEWATER, N.J., March 6 /PRNewswire-Fist Call/ - Zeta", "/PRNewswire-FirstCall/"),
        ("WALTHAM, Mass. (BUSINESS WIRE}--Nov. 19, 2009--Zeta", "(BUSINESS WIRE)"),
        ("MONTREAL, CANADA~{MARKET WIRE)-Dec 16, 2008 -Zeta", "(MARKET WIRE)"),  # its marks
    ],
)
def test_a_wire_misread_in_a_scanned_dateline_is_read_as_its_name(dateline, wire):
    repaired = repair_text(SCANNED_PAGE + "\n" + dateline + " Inc. said so.\n").text
    assert wire in repaired


def test_a_dated_wire_and_a_wire_as_printed_are_left():
    for dateline in ("(Marketwire - August 24, 2009)", "(Businesswire)", "(Biotech Wire)"):
        assert dateline in repair_text(SCANNED_PAGE + "\n" + dateline + " Zeta said so.\n").text


@pytest.mark.parametrize(
    ("date", "read"),
    [
        ("[Sanuary 25, 2016]", "[January 25, 2016]"),
        ("Decernber 3, 2009 - Zeta", "December 3, 2009 - Zeta"),  # two letters in a long name
        ("as of Apri! 14, 2008, were", "as of April 14, 2008, were"),  # a thin letter as a mark
    ],
)
def test_a_month_misread_before_a_day_and_a_year_in_a_scanned_text_is_read(date, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + date + "\n").text


def test_a_word_near_a_month_that_dates_nothing_or_a_short_month_is_left():
    for text in ("Marcy 3 patients", "Jnne 3, 2009", "Marco Polo, 2009", "Zeta! 14, 2008"):
        assert text in repair_text(SCANNED_PAGE + "\n" + text + "\n").text


def test_a_tilde_after_a_dash_is_the_dashs_second_half():
    assert repair_text("LIESTAL, SWITZERLAND-~(Marketwire - August 24, 2009)").text == (
        "LIESTAL, SWITZERLAND--(Marketwire - August 24, 2009)"
    )


@pytest.mark.parametrize(
    ("listing", "read"),
    [
        ("Zeta Corp. (Nasdag: ZETA) said", "Zeta Corp. (Nasdaq: ZETA) said"),
        ("Zeta, Inc. (Nasa: ZETA) said", "Zeta, Inc. (Nasdaq: ZETA) said"),  # its own name
        ("Zeta SA (Parls: ZETA) said", "Zeta SA (Paris: ZETA) said"),  # the name it misses
    ],
)
def test_an_exchange_misread_before_a_ticker_in_a_scanned_text_is_read(listing, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + listing + " so.\n").text


def test_a_label_near_a_short_exchange_name_before_capitals_is_left():
    for text in ("(Note: FDA)", "(Source: ACME)", "(asd: ZETA)"):
        assert text in repair_text(SCANNED_PAGE + "\n" + text + " said so.\n").text


def test_a_name_and_its_form_read_small_in_a_scanned_text_get_their_capitals_back():
    page = SCANNED_PAGE + (
        "\nzetaGen, inc. (Nasdaq: ZGEN) said so. ZetaGen, Inc. is in Boston; ZetaGen grows.\n"
    )
    assert "ZetaGen, Inc. (Nasdaq: ZGEN) said so." in repair_text(page).text
    # so is Quebec's "inc." in a scan: a capital read small far more often than a small form
    page = SCANNED_PAGE.replace("Inc.", "Corp.") + "\nZeta Pharma, inc. (TSX: ZP) said so.\n"
    assert "Zeta Pharma, Inc. (TSX: ZP)" in repair_text(page).text


@pytest.mark.parametrize(
    "text",
    [
        "inVentiv Health said so; inVentiv grows.",  # a name that opens small throughout
        "Vernalis, plc. said so.",  # a form the list spells small
        "Omega sold the dog, inc. and all.",  # no name before the comma
    ],
)
def test_a_name_or_form_printed_small_as_its_own_is_left(text):
    assert text in repair_text(SCANNED_PAGE + "\n" + text + "\n").text


def test_a_forms_lost_period_is_put_back_where_the_release_prints_it_with_one():
    page = SCANNED_PAGE + (
        "\nZeta, Inc. said Amgen Inc has licensed it. Omega, Inc. agreed; Beta, Inc. too.\n"
    )
    assert "Amgen Inc. has licensed" in repair_text(page).text
    # a release that prints the form without its period throughout keeps it so
    wire_style = SCANNED_PAGE + "\nPfizer Inc said Zeta Inc and Omega Inc agreed.\n"
    assert "Pfizer Inc said Zeta Inc and Omega Inc agreed." in repair_text(wire_style).text


def test_a_codes_letter_read_between_its_digits_is_the_digit_the_release_prints():
    page = SCANNED_PAGE + (
        "\nZetaGen said ZGN9O1 works; the ZGN901 trial and ZGN9O1-DMI, a form of ZGN901-DM1.\n"
    )
    repaired = repair_text(page).text
    assert "said ZGN901 works" in repaired
    assert "ZGN901-DM1, a form" in repaired


def test_a_code_whose_readings_are_as_plausible_is_left():
    # a letter or digit on the boundary of a code's letters and digits may be either
    text = "Zeta said ZGAO12 works; ZGAO12 and ZGA012 are one."
    assert text in repair_text(SCANNED_PAGE + "\n" + text + "\n").text


def test_a_single_quote_opening_a_scanned_line_that_nothing_closes_on_it_is_a_speck():
    # (a misread possessive later in the paragraph closes nothing on the quote's line)
    page = SCANNED_PAGE + "\n‘Zeta Expands Its Deal With Omega\nThe deal is Omega’ biggest.\n"
    repaired = repair_text(page).text
    assert "\nZeta Expands Its Deal With Omega\n" in repaired
    quoted = SCANNED_PAGE + "\n‘Zeta’ is the name it uses.\n"  # closed on its line
    assert "‘Zeta’ is the name" in repair_text(quoted).text


def test_a_bullets_dash_read_as_an_equals_sign_or_tilde_opens_its_line_again():
    page = (
        SCANNED_PAGE
        + "\n= Product shows the power of Zeta's platform\n~ Patients had fewer doses\n"
    )
    repaired = repair_text(page).text
    assert "\n- Product shows the power" in repaired
    assert "\n- Patients had fewer doses" in repaired
    assert "\n= 4 patients\n" in repair_text(SCANNED_PAGE + "\n= 4 patients\n").text  # no capital


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # (with its period: the page prints "Inc." more often)
        ("NEW YORK, April 13 - Zeta Ine said today", "Zeta Inc. said today"),
        ("Ann Roe, Communications, Zetasoma ple\n", "Zetasoma plc\n"),
    ],
)
def test_a_legal_form_misread_after_a_name_with_no_comma_is_read(line, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + line + "\n").text


def test_a_misread_word_near_a_form_after_a_name_is_left():
    # "has" read "bas" is no "SAS", "Idec" read "lec" no "LLC", "Zeta Inn" a word
    text = "Zeta bas the right; Omega lec for the trial; Zeta Inn said; Zeta EPS were up."
    assert text in repair_text(SCANNED_PAGE + "\n" + text + "\n").text


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("warrants (o purchase shares", "warrants to purchase shares"),
        ("was previously referred (0 as ZT-01", "was previously referred to as ZT-01"),
    ],
)
def test_to_read_as_a_bracket_and_an_o_in_a_scanned_text_is_read(line, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + line + "\n").text


def test_a_bracketed_zero_of_a_phone_number_or_a_list_is_left():
    for text in ("call +44 (0)20 8799 8200 now", "items (o) and (p) apply"):
        assert text in repair_text(SCANNED_PAGE + "\n" + text + "\n").text


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("The offering ts expected to close.", "The offering is expected to close."),
        ("Zeta, ts currently in a trial.", "Zeta, is currently in a trial."),
        ("holders of ts common stock", "holders of its common stock"),  # after a preposition
        ("Zeta reported ts third quarter", "Zeta reported its third quarter"),  # after a past verb
    ],
)
def test_is_or_its_with_its_i_lost_in_a_scanned_text_is_read(line, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + line + "\n").text


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Zeta signed an agreement wo discover drugs", "an agreement to discover drugs"),
        ("Zeta expects io cause the merger", "Zeta expects to cause the merger"),
        ("prior ta joining Zeta", "prior to joining Zeta"),
        ("cancers within the past wo years", "within the past two years"),  # after a counting word
    ],
)
def test_to_misread_between_words_in_a_scanned_text_is_read(line, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + line + "\n").text


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("adults with unresectable oF metastatic cancer", "unresectable or metastatic cancer"),
        ("Pursuant to Rule 13a-16 oF 15d-16 of the Act", "Rule 13a-16 or 15d-16 of the Act"),
        ("SECTION 13 OR 15(d)\noF\nTHE SECURITIES ACT", "\nOF\nTHE SECURITIES ACT"),  # capitals
    ],
)
def test_or_read_with_a_capital_f_in_a_scanned_text_is_read(line, read):
    assert read in repair_text(SCANNED_PAGE + "\n" + line + "\n").text


def test_a_name_misread_the_same_way_twice_is_the_listed_name_printed_more_often():
    body = "Biogen paid. " * 4 + "Blogen agreed and Blogen said so."
    assert (
        "Biogen agreed and Biogen said so." in repair_text(SCANNED_PAGE + "\n" + body + "\n").text
    )


def test_a_name_a_scan_misreads_as_often_as_it_prints_it_is_the_listed_name_it_reads_as():
    # "Opdlvo" twice beside "Opdivo" twice: no majority, but the channel reads it as the listed
    # name the release prints too
    body = "Zeta Bio tested Opdivo. Opdlvo was given with Opdivo. Opdlvo is approved."
    repaired = repair_text(SCANNED_PAGE + "\n" + body + "\n").text
    assert "Opdivo was given with Opdivo. Opdivo is approved." in repaired


@pytest.mark.parametrize(
    "body",
    [
        "Zeta Bio tested Opdlvo. Opdlvo was given. Opdlvo is approved.",  # the name not printed
        "Zetagen tested Omegavo. Zetagen and Omegavo agreed.",  # no reading at all
    ],
)
def test_a_name_printed_twice_with_no_listed_reading_printed_beside_it_stays(body):
    assert body in repair_text(SCANNED_PAGE + "\n" + body + "\n").text


def test_an_abbreviation_defined_with_a_letter_misread_is_the_one_its_name_spells():
    body = "The Zeta Omega Agency (ZPA) approved Zetamab. The ZOA said so."
    assert "Zeta Omega Agency (ZOA) approved" in repair_text(SCANNED_PAGE + "\n" + body + "\n").text


@pytest.mark.parametrize(
    "body",
    [
        "Zeta HealthCare AG (ZHC) grew. ZHC said so.",  # printed again: the release's own
        "The Zeta Omega Agency (ZPA) approved Zetamab.",  # the initials' spelling printed nowhere
        "The Zeta-Omega Agency (ZOA) approved it. ZOA said so.",  # spelled right
    ],
)
def test_an_abbreviation_its_release_prints_again_or_alone_stays(body):
    assert body in repair_text(SCANNED_PAGE + "\n" + body + "\n").text


def test_a_page_of_defined_abbreviations_is_read_in_one_pass():
    # each candidate once counted the whole page's words: 480,000 characters took 154 s
    from transform.repair.marks import abbreviation_edits

    page = "Zeta Omega Agency (ZPA) " * 20_000
    started = time.perf_counter()
    assert abbreviation_edits(page) == []  # "ZPA" printed 20,000 times: the release's own
    assert time.perf_counter() - started < 5


def test_a_page_of_unknown_names_is_read_without_a_channel_search_each():
    # the channel was asked about every unknown capitalised word: 0.5 ms each, 10 s a page
    from transform.repair.marks import name_majority_edits

    rng = random.Random(3)
    letters = "abcdefghijklmnoprstuvy"
    names = {"Z" + "".join(rng.choice(letters) for _ in range(8)) for _ in range(20_000)}
    page = " ".join(sorted(names)) + " Biogen paid, Pfizer paid." * 3
    started = time.perf_counter()
    assert name_majority_edits(page) == []
    assert time.perf_counter() - started < 5


def test_of_two_unlisted_spellings_the_commoner_is_no_reading():
    # "Dicema" printed more often than "Dicerna" may be the scan's steady misread
    body = "Zetacerna paid, Zetacerna too. Zetacema agreed. Zetacema said. Zetacema grew. "
    body += "Zetacema won. Zetacema lost."
    assert body in repair_text(SCANNED_PAGE + "\n" + body + "\n").text


def test_the_texts_made_to_teach_the_model_for_scans_are_words_and_the_same_each_time():
    from scripts.ocr_training_texts import training_texts

    first, again = training_texts(3), training_texts(3)
    assert first == again and len(first) == 3
    words = first[0].replace(",", " ").replace(".", " ").split()
    assert len(words) == 320 and all(word.isalpha() and word.isascii() for word in words)
