"""Noise repair: exact results on the 2011 seed, every rule on text the tests write, no damage."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from tests.conftest import GOLD, SAMPLES, SEED_2007, SEED_2008, SEED_2011
from transform.normalize import normalize_text
from transform.repair import repair_text
from transform.repair.words import _name_shaped

SEED_2011_REPAIR = json.loads((GOLD / f"{SEED_2011}.repair.json").read_text(encoding="utf-8"))


def seed_text(name: str) -> str:
    return normalize_text((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"))


def repaired(text: str) -> str:
    return repair_text(text).text


@pytest.mark.parametrize("expected", SEED_2011_REPAIR["expected"])
def test_2011_seed_reads_as_a_careful_reader_would_write_it(expected):
    text = repair_text(seed_text(SEED_2011)).text
    assert expected in re.sub(r"\s+", " ", text)


def test_2011_seed_noise_is_gone_and_every_change_is_recorded():
    result = repair_text(seed_text(SEED_2011))
    for noise in SEED_2011_REPAIR["noise"]:
        assert noise not in result.text, noise
    assert [(c.original, c.corrected, c.rule) for c in result.corrections] == [
        ("Il", "II", "phase_roman_numeral"),
        ("Ill", "III", "phase_roman_numeral"),
        ("ImnmunoGen", "ImmunoGen", "ocr_confusion_local_name"),
        ("Cor porat e", "Corporate", "split_word"),
        ("Conmuni cati ons", "Communications", "split_word+ocr_confusion"),
        ("I munoCGen", "ImmunoGen", "split_word+lexicon_snap"),
        ("i nf o@ nmmunogen. com", "info@immunogen.com", "broken_email"),
        ("Medi a", "Media", "split_word"),
        ("Bar bara", "Barbara", "split_word"),
    ]


def test_every_correction_points_at_its_text_in_raw_and_repaired():
    raw = seed_text(SEED_2011)
    result = repair_text(raw)
    for correction in result.corrections:
        assert raw[correction.raw_start : correction.raw_end] == correction.original
        assert result.text[correction.start : correction.end] == correction.corrected
        assert 0.5 <= correction.confidence <= 1.0


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008])
def test_clean_releases_are_left_untouched(seed):
    result = repair_text(seed_text(seed))
    assert result.corrections == []
    assert result.text == seed_text(seed)


@pytest.mark.parametrize(
    ("noisy", "clean", "rule"),
    [
        ("ImmunoGenâ€™s technology", "ImmunoGen’s technology", "mojibake_ftfy"),
        ("ImmunoGena?s pipeline", "ImmunoGen’s pipeline", "mojibake_lossy_apostrophe"),
        (
            "December 19, 2013 ? Zeta Pharma Limited",
            "December 19, 2013 – Zeta Pharma Limited",
            "mojibake_lost_dash",
        ),
        (
            "NEW YORK (AP) ¿ Drugmaker Zeta Co. on Tuesday",
            "NEW YORK (AP) – Drugmaker Zeta Co. on Tuesday",
            "mojibake_lost_dash",
        ),
        ("and wea™re pleased", "and we’re pleased", "mojibake_lossy_apostrophe"),
        ("its ADC (News - Alert) technology", "its ADC technology", "aggregator_junk"),
        ("ImmunoGen (Nasdaq:IMGN – News) said", "ImmunoGen (Nasdaq:IMGN) said", "aggregator_junk"),
        # a trademark sign printed as its letters glued to the brand
        (
            "the sale of our rights to ZetalysoTM to Omega",
            "the sale of our rights to Zetalyso™ to Omega",
            "trademark_letters",
        ),
        # a dateline's city glued to the company after it
        (
            "MADISONZetalab, Inc., a radiopharmaceuticals",
            "MADISON -- Zetalab, Inc., a radiopharmaceuticals",
            "glued_words",
        ),
        # a page's label glued to the same name opening the text
        (
            "PfizerPfizer Inc. (NYSE: PFE) announced",
            "Pfizer\nPfizer Inc. (NYSE: PFE) announced",
            "glued_words",
        ),
        # a reprint's mark or symbol between dollar signs
        ("OJEMDA$(TM)$ (tovorafenib)", "OJEMDA(TM) (tovorafenib)", "aggregator_junk"),
        ("Zeta Corporation $(ZETA)$, the", "Zeta Corporation (ZETA), the", "aggregator_junk"),
        ("the develop-\nment of drugs", "the development of drugs", "dehyphenate"),
        # a title in capitals: joined, its line break after the word (the lines keep their
        # lengths)
        ("ZETA INC. AN-\nNOUNCES DEAL", "ZETA INC. ANNOUNCES\nDEAL", "dehyphenate"),
        (
            "a leading gene therapycompany today",
            "a leading gene therapy company today",
            "glued_words",
        ),
        ("announced that theCompany will", "announced that the Company will", "glued_words"),
        ("TheCompany said", "The Company said", "glued_words"),
        ("For Medi a inquiries", "For Media inquiries", "split_word"),
        ("The se results", "These results", "split_word"),
        ("a clinical rnilestone was met", "a clinical milestone was met", "ocr_confusion"),
        ("licensed to Abgenlx in 2000", "licensed to Abgenix in 2000", "ocr_confusion"),
        # (a snap only in a scan: the text misreads a word elsewhere too)
        (
            "a deal with Genentec today; a rnilestone was met",
            "a deal with Genentech today; a milestone was met",
            "lexicon_snap",
        ),
        (
            "a deal with Genetnech today; a rnilestone was met",
            "a deal with Genentech today; a milestone was met",
            "lexicon_snap",
        ),
        ("entered Phase Il testing", "entered Phase II testing", "phase_roman_numeral"),
        # a "1" among Roman phases is a misread "I"
        (
            "its Phase 1 and Phase II studies",
            "its Phase I and Phase II studies",
            "phase_roman_numeral",
        ),
        ("a $l.5 million payment", "a $1.5 million payment", "amount_digit"),
        ("a $5 mil1ion payment", "a $5 million payment", "digit_for_letter"),
        ("a $5 millon payment", "a $5 million payment", "ocr_confusion"),
        ("a $2 bilion deal", "a $2 billion deal", "ocr_confusion"),
        ("RECEIVES $5 MILL1ON FROM", "RECEIVES $5 MILLION FROM", "digit_for_letter"),
        ("offices in B0ston today", "offices in Boston today", "digit_for_letter"),
        (
            "net proceeds of $11. 1 million from",
            "net proceeds of $11.1 million from",
            "amount_decimal_space",
        ),
        (
            "write to i nf o@ nmmunogen. com today",
            "write to info@immunogen.com today",
            "broken_email",
        ),
        ("see www. immunogen. com for more", "see www.immunogen.com for more", "broken_url"),
        ("call (781) 895 - 0600 now", "call (781) 895-0600 now", "broken_phone"),
        ("on March10, 2011 the", "on March 10, 2011 the", "glued_words"),
        ("on Dec. 11,2012 the", "on Dec. 11, 2012 the", "glued_words"),
        ("Zeta Biologics(Nasdaq: ZETA) said", "Zeta Biologics (Nasdaq: ZETA) said", "glued_words"),
    ],
)
def test_each_kind_of_noise_is_repaired_by_its_rule(noisy, clean, rule):
    result = repair_text(noisy)
    assert result.text == clean
    assert rule in {c.rule for c in result.corrections}


@pytest.mark.parametrize(
    "text",
    [
        "ZETA BIO(Nasdaq: ZETA) said",
        "Zeta aB(NYSE: ZB) said",
        "(Nasdaq: ZETA) opens it",
        "in 1,2012",
        "¿Qué es? Zeta dijo",  # Spanish sets "¿" before its word: no dash lost
        "TomTom and BlaBla said",  # a name of a short word twice is its own
    ],
)
def test_a_listing_or_a_year_glued_after_no_word_of_two_small_letters_is_left(text):
    assert repair_text(text).text == text


def test_hard_wrapped_paragraphs_are_reflowed_without_counting_as_corrections():
    paragraph = (
        "ImmunoGen, Inc. develops targeted anticancer therapeutics using the "
        "Company's expertise in tumor biology, monoclonal antibodies, potent "
        "cancer-cell killing agents and engineered linkers. "
    ) * 3
    contact = "CONTACT:\nCarol Hausner\n(781) 895-0600"
    wrapped = "\n".join(textwrap.wrap(paragraph, 80)) + "\n\n" + contact
    result = repair_text(wrapped)
    assert result.corrections == []
    assert result.text == paragraph.strip() + "\n\n" + contact


def test_a_short_typed_exhibit_whose_wrapped_lines_open_with_names_is_reflowed():
    """Few lines, most going on to a capitalised name: lines that end with a comma or a joining
    word were wrapped mid-sentence ("... with Hoechst Marion" / "Roussel, Inc. for ...")."""
    head = (
        " " * 68 + "EXHIBIT 99\n\nFOR IMMEDIATE RELEASE\n\nCONTACT:  Richard T. Obermeyer\n"
        "          Chief Financial Officer\n          (610) 555-3000\n\n"
        + " " * 17
        + "ZETA ANNOUNCES AGREEMENT WITH HOECHST MARION ROUSSEL\n"
        + " " * 27
        + "FOR ALZHEIMER'S DISEASE COMPOUND\n\n"
    )
    body = (
        "     RADNOR, PA, October 14, 1997 -- Zeta Corporation (NASDAQ: ZETA) today\n"
        "announced that it has signed a worldwide license agreement with Hoechst Marion\n"
        "Roussel, Inc. for ZT-267, a muscarinic agonist for the treatment of\n"
        "Alzheimer's disease. Under the agreement, Hoechst Marion Roussel will pay\n"
        "Zeta a license fee of $4 million and will purchase $6 million of Zeta\n"
        "Corporation common stock at a premium to market.\n\n" + " " * 36 + "-more-\n\n"
        '     "This agreement validates our approach," said Dr. Ellen K. Whitfield,\n'
        "President and Chief Executive Officer of Zeta.\n"
    )
    repaired = repair_text(head + body).text
    assert "agreement with Hoechst Marion Roussel, Inc. for ZT-267" in repaired
    assert "Dr. Ellen K. Whitfield, President and Chief Executive Officer" in repaired
    letterhead = head[: head.index(" " * 17 + "ZETA")]
    assert repaired.startswith(letterhead)  # the letterhead's lines stay lines


def test_a_page_of_one_sentence_or_one_title_a_line_is_no_wrapped_text():
    text = (
        "Zeta Bio said the agency has cleared its application for ZT-41 tablets.\n"
        "The product is a selective agonist of a receptor in the liver of adults.\n"
        "The approval allows the firm to begin clinical trials in the United States.\n"
        "Beta Labs completes key data package for its new drug submissions\n"
        "Gamma Bio wins breakthrough status for its biodegradable orthopaedic pin\n"
        "Delta Pharma raises money to advance an antimicrobial wound-care platform\n"
    )
    assert repair_text(text).text == text


def test_a_heading_in_capitals_is_not_glued_to_the_line_above():
    comment = "Cash in bank is good - let's see what they're going to announce first!! Or not?"
    body = "\n".join(textwrap.wrap("Zeta Bio Limited ended the quarter with cash. " * 8, 84))
    text = f"{comment}\nTHE MANAGER\nCOMPANY ANNOUNCEMENTS\n{body}"
    lines = repair_text(text).text.split("\n")
    assert lines[:3] == [comment, "THE MANAGER", "COMPANY ANNOUNCEMENTS"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Monday April 7, 8:00 am ET",
        "07 April 2008 - 10:05PM",  # day first, as a quote page prints it
        "07 Avril 2008 - 22:05",  # in the page's own language
    ],
)
def test_a_date_stamp_under_a_long_headline_stays_on_its_own_line(stamp):
    headline = (
        "Genvira Announces Presentation of Preclinical Data on GV-0411 at AACR Annual Meeting"
    )
    body = "\n".join(
        textwrap.wrap("Genvira Inc. announced today that preclinical data will be shown. " * 6, 84)
    )
    text = f"{headline}\n{stamp}\n\n{body}"
    assert repair_text(text).text.split("\n")[:2] == [headline, stamp]


@pytest.mark.parametrize(
    "text",
    [
        "IMGN901 (huN901-DM1), T-DM1 and SAR3419 carry DM4 or DM1.",
        "A $1.5 million payment on Nov. 3, 2011 (Nasdaq: IMGN; NYSE: DNA).",
        "Abgenix, Biotest, MacroGenics and Oxford BioMedica signed with sanofi-aventis.",
        "Dr. Hausner and Mr. Sayare met Ms. Kingsman in Waltham.",
        "pro forma results; monotherapy with a taxane; the pipeline timelines.",
        # words of disease names, company names with a possessive, Arabic phase numerals
        "Atopic dermatitis and atopic eczema; Brightwater's and Grandview's boards agreed.",
        "a Phase 1/2 trial after a Phase 1 trial and a Phase 2 study.",
        # a name and its legal form, an abbreviation before the number it labels
        "Hanmi Bio Co., Ltd. and Corvexa signed.\nInvestors: Nimish Desai, Tel +91 22 4324 4324",
        # British medical spellings and the trade's own words
        "Paediatric haematological and oesophageal cancers: topline data at two timepoints.",
        "Lifecycle management, onboarding and the counterparty's roadmap.",
        # a name printed twice is the release's own, even next to a short word: never joined
        # into a word it resembles ("Pharmaceutica is" is no "Pharmaceuticals")
        "Zeta Pharmaceutica Ltd. reported. Zeta Pharmaceutica is a biopharmaceutical company.",
        # a company named with its legal form glued on is one word
        "He spent 13 years with PepsiCo Inc and joined ZetaCo before MedCorp.",
        # the singular of a word the domain lists only in the plural ("prostaglandins")
        "Zetaprost is an oral Prostaglandin E1 analogue made by Zeta.",
        # a name printed once as is and twice with a possessive is one name, never misread
        "NovaExcell Bio, a gene therapy firm, dosed NovaExcell's first patient. NovaExcell's "
        "product went first.",
        # an abbreviation ending in one capital, a word formed with "pro"
        "Zeta signs MoU with a foundation for its liver-targeted prodrug ZT-41 in a trial.",
        # a name printed twice in different capitals is the release's own, no lexicon near-miss
        "Med Zetagene Inc. Enters Into an Agreement\nMed ZetaGene Inc. today announced a deal.",
        "Zeta launched DrillPin in May. DrillPin is a device for dentists.",
        # a unit of measure, and a word after "&" in a token: never "sq. it", never "R&Dis"
        "A 60,000 sq. ft facility; our R&D is at the core, as AT&T is for phones.",
        # a financing's words the English lists lack: never "Up sized", "book runners"
        "Zeta Announces Pricing of Upsized Offering; joint bookrunners and prefunded warrants.",
        # a word after "/" in a token: a legal form ("A/S"), never "Senters"
        "Nordlys Pharma A/S enters into license agreement with Tokai for NL-77",
        # a company's name word that English lists lack, printed once ("Pharmaceutica")
        "Zeta Pharmaceutica Ltd. announces that its antibiotic has obtained approval.",
        # a short word of a two-word name the release prints twice, before a short word
        "Zeta plc invests in Motif Bio. The announcement released by Motif Bio on 26 May "
        "2021 says Motif Bio raised money.",
        # a company's name word printed once before a word of the trade, however near an
        # English word ("Neuren" is no misread "Neuron")
        "Neuren Pharmaceuticals (ASX:NEU) is advancing preparations for a trial.",
        # a given name of the world's lists before its surname, however near a word ("Herve"
        # is no misread "Here")
        "In fact, Herve Brailly, CEO of Zeta, said in a press release that it was signed.",
        # a given name before a surname that opens with its particles ("Sanne" is no misread
        # "Same", "Bart" no "Bert")
        "Sanne de Vries, Investor Relations, and Bart van der Linden, CFO, will attend.",
        # an e-mail's domain the release prints as its own name, however near a lexicon name
        # ("ardena" is no misread "arena")
        "Ardena Biologics, Inc. announced it. Contact: Lena Marsh, lena.marsh@ardena.com",
        # a firm's name in lower case before a capital inside, its legal form after it (never
        # "finn Cap")
        "finnCap Ltd (Nominated Adviser and Broker) and uniQure N.V. were named.",
        # a surname after a given name English hardly uses ("Piir" is no misread "Pair")
        "For more information please contact:\n\nRein Piir, EVP Corporate Affairs & IR.",
        # a surname after a given name and a middle initial, however like two words it reads
        # ("Bellweather" is never "Bell weather")
        '"We are pleased," said Marcus T. Bellweather, Chief Medical Officer.',
        # a surname's particle between the given name and the surname ("ter" is no misread "her")
        "For more information please contact:\n\nJan-Willem ter Horst, LifeSpring, or Ahmed "
        "bin Saleh.",
        # a code's digits between its letters read no word: never "HbAlc", "GLPlR", "ILlB"
        "HbA1c fell; GLP1R, IL1B, T1D, H5N1, CD40L, A1c and LY2157299 are codes.",
    ],
)
def test_codes_amounts_names_and_domain_words_are_never_touched(text):
    assert repair_text(text).text == text


def test_a_notices_fields_and_numbered_points_stay_lines_in_wrapped_text():
    """A form's "Label: value" lines and roman-numbered points are no wrapped sentence, though
    the text around them is hard-wrapped; a parenthesis that goes on to the next line joins."""
    wrapped = (
        "Zeta Pharmaceutical Co., Ltd. announces that an arbitration against Zeta has been\n"
        "commenced as follows, under a collaboration agreement dated 15 August, 1990, and\n"
        "that Zeta considers that the claims are without merit. Zeta will defend itself\n"
        "vigorously in the arbitration and expects no change to its financial prospects.\n"
        "Code number: 4599 (1st Section of Tokyo Stock Exchange)\n"
        "Head office: 1-1, Nihonbashi 2-Chome, Chuo-ku, Tokyo and its other offices in Osaka\n"
        "Date of the service of the Request for Arbitration: May 10, 2017, in London, UK\n"
        "ii. Parties Who Requested Arbitration and their counsel, named in the request as\n"
        "filed with the tribunal; the Medical Research Council of the United Kingdom (NYSE\n"
        "Alternext US: ZT) and its partner, who will be named in a later notice as well.\n"
    )
    repaired = repair_text(wrapped).text
    assert "\nCode number: 4599" in repaired and "\nHead office: 1-1" in repaired
    assert "\nDate of the service" in repaired and "\nii. Parties" in repaired
    assert "commenced as follows" in repaired.split("\n")[0]  # the wrapped sentence joined
    assert "(NYSE Alternext US: ZT)" in repaired


def test_a_company_before_its_ticker_is_never_split():
    text = "Nano cap Novan (NASDAQ:NOVN) is poised for a down move after two trials failed."
    assert repair_text(text).text == text


def test_a_misread_function_word_before_a_company_word_is_still_read():
    assert repaired("Thc Company announced results and the Company grew.") == (
        "The Company announced results and the Company grew."
    )


def test_a_word_of_a_company_name_before_its_trade_or_form_is_never_misread():
    # the name's words run on to its legal form: "Neuro" is the company's, never "Neutro"
    text = (
        "Acme recorded a charge for warrants issued to Lumen Neuro Development Company (LNDC), "
        "which funds the trial. The charge was not paid in cash."
    )
    assert repair_text(text).text == text


def test_a_coined_company_name_is_never_split_at_its_inner_capital():
    # a short stem and a word ("Pro" + "Quest"), printed once: a name, not two words run together
    text = "Acme completed the acquisition of ProQuest Pharmaceuticals, Inc., a private company."
    assert repair_text(text).text == text
    assert repaired("Acme said theCompany will grow.") == "Acme said the Company will grow."


def test_a_company_its_legal_form_names_is_never_snapped_to_a_lexicon_name():
    # "Agenix Ltd." is a company of its own, no misread "Abgenix"; "Genentec" alone still is,
    # in a scan (the text misreads "milestone" too)
    text = (
        "Agenix Ltd., of Brisbane, won a grant; a deal with Genentec today; a rnilestone was met."
    )
    assert repaired(text) == (
        "Agenix Ltd., of Brisbane, won a grant; a deal with Genentech today; a milestone was met."
    )


def test_a_name_near_a_lexicon_name_in_a_text_with_no_misread_is_its_own():
    # "Seragen" (Ligand bought it in 1998) is no misread "Seagen" where nothing else is misread
    text = "Omega was spun out of Seragen and later acquired by Ligand in 1999."
    assert repaired(text) == text


def test_a_given_name_is_never_snapped_to_a_lexicon_name():
    # (in a scan: the text misreads "milestone" too)
    text = "Motley Fool contributor Abbie Stokes has no position; a rnilestone was met."
    assert repair_text(text).text == text.replace("rnilestone", "milestone")
    assert repaired("a deal with Genentec today; a rnilestone was met") == (
        "a deal with Genentech today; a milestone was met"
    )


def test_a_word_of_a_place_of_two_words_is_never_repaired():
    for text in (
        "Tel Aviv, Israel - July 7, 2014 --- Zeta Ltd. disclosed today that it has achieved a "
        "milestone.",
        "Zeta is based in Tel Aviv and Omega in Kuala Lumpur.",
    ):
        assert repair_text(text).text == text
    assert repaired("Zeta said it wi ll tell Tel Aviv.") == "Zeta said it will tell Tel Aviv."


def test_another_languages_of_in_a_name_is_never_the_end_of_a_split_word():
    text = (
        "Zeta announces the decision in its dispute with Les Laboratoires Omega and Institut de "
        "Recherches Internationales Omega IRIS SARL, and with Stichting van Oranje."
    )
    assert repair_text(text).text == text
    assert repaired("The Cor porat e office is in Boston.") == "The Corporate office is in Boston."


def test_a_function_word_glued_to_a_name_printed_alone_elsewhere_is_split():
    text = "Zeta signed a deal withOmexa, the leader in generics; medicines,Omexa says, matter."
    assert repaired(text) == (
        "Zeta signed a deal with Omexa, the leader in generics; medicines,Omexa says, matter."
    )
    # a name never printed alone, or a two-letter prefix ("inVentiv"), stays whole
    text = "Zeta signed a deal withOmexa and inVentiv Health; inVentiv is a name."
    assert repaired(text) == text


def test_a_misread_first_word_of_a_name_farther_from_its_form_is_still_read():
    # the name's own first word, two words before its form: read as the lexicon knows it
    assert repaired("Acme signed a license with Ainerican Home Products Corporation.") == (
        "Acme signed a license with American Home Products Corporation."
    )


def test_a_hyphenated_company_name_before_its_legal_form_is_never_misread():
    # "Veri" of "Veri-Q Inc." is the company's, never "Very"
    text = "- Development of antibodies with Veri-Q Inc. is underway.\n"
    assert repair_text(text).text == text


def test_an_undated_dateline_with_its_city_in_capitals_opens_its_own_line_in_wrapped_text():
    title = "Zeta Announces FDA Acceptance of New Drug Application for ZETAPRA"
    lead = (
        "MILTON, Ontario, Zeta Pharmaceuticals Inc., a global specialty pharmaceutical company, "
        "today announced that the U.S. Food and Drug Administration has acknowledged acceptance "
        "of the New Drug Application for its investigational candidate for the secondary "
        "prevention of cardiovascular disease in patients at risk of gastric ulcers."
    )
    text = title + "\n" + "\n".join(textwrap.wrap(lead, 72))
    assert repair_text(text).text == title + "\n" + lead


def test_a_word_with_an_accent_is_never_read_as_an_english_word_it_does_not_bare():
    text = (
        "The appointees are Dr. Ann Roe (Laval University), Prof. Jean Dupont (Université de "
        "Sherbrooke) and Dr. Tom Moe (University of Windsor). The Allé wing of the University "
        "hosts them."
    )
    repaired = repair_text(text).text
    assert "Université de Sherbrooke" in repaired


def test_a_firms_name_before_its_trade_word_or_head_is_never_split_as_glued_words():
    text = (
        "Generic rivals include Zetagenus Pharmaceuticals and Newbury Pharmaceuticals, advised by "
        "VeraCom Partners. The theCompany said so."
    )
    repaired = repair_text(text).text
    assert "Zetagenus Pharmaceuticals" in repaired and "Newbury Pharmaceuticals" in repaired
    assert "VeraCom Partners" in repaired
    assert "the Company said" in repaired


def test_a_word_and_its_suffix_are_one_word_never_two_glued():
    text = (
        "Zeta will commercialize injectable zetavir, a scoreless and painless therapy with "
        "companywide support; it will beable to launch in 2025 and is discloseable."
    )
    repaired = repair_text(text).text
    for word in ("injectable", "painless", "companywide", "discloseable"):
        assert word in repaired
    assert "be able" in repaired  # a short word glued to "able" is two words


def test_words_a_dictionary_prints_whole_or_in_two_stay_as_printed():
    # "drugmaker" is a word and its suffix; "per cent" a spelling in two words; the "R" of
    # "R&D" no fragment of the article before it
    text = (
        "Shares of the drugmaker Zeta rose 6.9 per cent after chipmakers fell; Zeta added a "
        "R&D tax incentive."
    )
    assert repaired(text) == text


def test_a_head_of_names_in_another_language_is_a_word():
    text = "Zeta licensed it to the Instituto Butantan in Brazil and the Universität Wien."
    assert repaired(text) == text  # no misread "Institute"


def test_words_of_another_language_inside_a_name_stay_as_printed():
    # each is a word of another language's list, near an English word ("Transfer",
    # "National", "Investigation"), printed once beside another word of its name
    text = (
        "Zeta signed with Omega Transfert, the Centro Nacional de Zetologia and the Fundacion "
        "Investigacion Omega; it licensed rights from the Karolinska Institutet."
    )
    assert repaired(text) == text
    # alone in running text, or in lower case, such a word is read as usual: a misread
    scanned = "The Zeta Pharrnaceuticals transfert was signed."
    assert repaired(scanned) == "The Zeta Pharmaceuticals transfer was signed."


def test_a_hyphenated_name_broken_over_lines_keeps_its_hyphen_and_a_name_its_form():
    text = "It signed with Warner-\nLambert Company today; rights came from Pharmazeta, Inc. too."
    assert repaired(text) == (
        "It signed with Warner-Lambert Company today; rights came from Pharmazeta, Inc. too."
    )
    # a subhead framed by dashes ends at its dash: the next line is the dateline
    framed = "-Zeta Receives $2,000,000 Milestone Payment from Omega-\nBoulder, Colo., (April 12)"
    assert repaired(framed) == framed
    # a hyphen a wire's plain text carried to the next line joins its word again
    wrapped = (
        "GLOBAL CO-DEVELOPMENT AND COMMERCIALISATION COLLABORATION FOR ZT-22 IN IMMUNO\n"
        "-ONCOLOGY\n\nZeta will accelerate and broaden the development of its proprietary anti\n"
        "-NKG2A antibody."
    )
    assert repaired(wrapped) == (
        "GLOBAL CO-DEVELOPMENT AND COMMERCIALISATION COLLABORATION FOR ZT-22 IN IMMUNO-ONCOLOGY"
        "\n\nZeta will accelerate and broaden the development of its proprietary anti-NKG2A "
        "antibody."
    )
    framed = "ZETA BIO ACHIEVES MILESTONE FOR DOSING ZT-704 IN A PHASE 1 TRIAL\n" + framed
    assert repaired(framed) == framed


def test_a_place_is_never_two_words_glued():
    text = "Bothell, Washington and Andover, Mass. - March 31, 2005 - Zeta and Beta agreed."
    assert repaired(text) == text  # never "Both ell", "And over"


def test_a_surname_after_a_given_name_and_a_brand_with_its_mark_are_never_two_words_glued():
    text = '"It is good," said Kavita Ramanathan, M.D., Chief Executive Officer of Zeta.'
    assert repaired(text) == text  # never "Rama nathan"
    text = "Zeta's portfolio includes RescueFlow®, a resuscitation solution, and ZT-1."
    assert repaired(text) == text  # never "Rescue Flow"
    # in a release that loses spaces, a camel-case word without its mark is glue
    losing = text.replace("®", "") + " Itsstrategic focus andthe board."
    assert "Rescue Flow," in repaired(losing)
    assert (
        repaired("Professor NickRodgers will chair it.") == "Professor Nick Rodgers will chair it."
    )


def test_a_coined_name_in_prose_is_one_word_unless_the_release_loses_spaces():
    text = (
        "NEW YORK (GenomeWeb News) - Zeta said its microbicide VivaGel met its goal, according to"
        " the LinkedIn page of a director of LandCare Research and of SparingVision."
    )
    assert repaired(text) == text  # never "Genome Web", "Viva Gel", "Linked In", "Land Care"
    # a page's chrome glues at its lines' edges: split in any release
    assert repaired("Skip to content\nHomeMedia CenterPress releases\n\n" + text).startswith(
        "Skip to content\nHome Media Center Press releases"
    )
    # a release that loses spaces between small words loses them between names too
    losing = (
        "Zeta is a gene therapycompany with itsstrategic focus on the eye. Professor NickRodgers"
        " will be succeeded as Chief ExecutiveOfficer by Dr Mike Ward."
    )
    assert repaired(losing) == (
        "Zeta is a gene therapy company with its strategic focus on the eye. Professor Nick Rodgers"
        " will be succeeded as Chief Executive Officer by Dr Mike Ward."
    )


def test_a_coined_name_apart_from_other_capitalised_words_is_one_word():
    """A camel-case name in a list or alone on a contact's line is coined ("NewLink",
    "MannKind", "NewCap"); glue is where a run of capitalised words lost a space, where the
    release prints the two words apart, or a function word glued ("TheCompany")."""
    text = (
        "Zeta licensed rights to PharmaMar, NovaBay, NewLink, StemCells, MannKind and VistaGen."
        "\n\nPress\nAnn Roe\nNewCap\n+33 1 44 71 00 00\n"
    )
    assert repaired(text) == text  # never "Pharma Mar", "Mann Kind", "New Cap"
    assert repaired("Zeta named its Chief ExecutiveOfficer.") == (
        "Zeta named its Chief Executive Officer."
    )
    assert repaired("Biogen Idec paid. In 2004, BiogenIdec licensed it.") == (
        "Biogen Idec paid. In 2004, Biogen Idec licensed it."
    )
    assert repaired("Zeta is a biotech company. TheCompany said so.").endswith(
        "The Company said so."
    )


def test_a_name_glued_to_a_word_of_the_trade_is_a_company_not_two_words():
    repaired = repair_text("Its branded division ZetaPharma will sell it. theCompany said.").text
    assert "ZetaPharma will" in repaired and "the Company said" in repaired


def test_a_capital_letter_that_labels_is_never_joined_with_the_function_word_after_it():
    # "hepatitis B and C" is no "Band"; a capital split from its own word still joins
    text = "Zeta treats chronic hepatitis B and hepatitis C, and Part A of the study is done."
    assert repaired(text) == text
    assert repaired("Zeta said: T he study is done.") == "Zeta said: The study is done."


def test_the_first_word_of_a_camel_case_name_printed_on_the_page_is_never_misread():
    # "Astra" is the short form of "AstraZeneca" on the same page, never "Astral"
    text = "AstraZeneca completed its acquisition of Velmora. Astra paid $32 per share."
    assert repaired(text) == text


def test_the_first_word_of_a_firms_name_two_words_before_its_form_is_never_split():
    # "Canaccord" of "Canaccord Genuity Corp." is the firm's, never "Can accord"
    text = "The Offering was led by Omega James Ltd. and Canaccord Genuity Corp. and Beta Inc."
    assert repaired(text) == text


def test_a_scale_or_unit_after_a_number_is_never_joined_to_the_word_after_it():
    # "€254 m in" is 254 million euros, never "€254 min"; "5 g of" a dose, never "gof"
    text = (
        "Zeta received an upfront payment of €5 m and could earn up to €254 m in further "
        "milestones; patients took 5 g of it and 12 k in cash went to the 3 b on the list."
    )
    assert repaired(text) == text
    # a word split after a number is still rejoined: "Phase 2 stu dy"
    assert "Phase 2 study" in repaired("Zeta began a Phase 2 stu dy of it in adults.")


def test_a_word_of_a_company_named_in_another_language_is_never_misread():
    # "Industria" of an Italian company's name, its joining "e" before the legal form
    text = (
        "Zeta Europe has also entered into an agreement with Zetadati Industria Chimica e "
        "Farmaceutica S.p.A., who has a license to commercialize it in Europe."
    )
    assert repaired(text) == text


def test_a_given_name_that_is_a_common_word_still_lets_the_word_after_it_be_read():
    # "Will" and "Mark" are English words first: the misread after them is no surname
    assert repair_text("Zeta Will Rcceive Payment From Omega today.").text == (
        "Zeta Will Receive Payment From Omega today."
    )
    assert repair_text("Zeta said Mark Paymcnt is due.").text == "Zeta said Mark Payment is due."


def test_an_abbreviation_in_capitals_beside_a_word_is_never_joined_to_it():
    text = (
        "Zeta Bio has filed for CE mark approval of its test in Europe, and plans a NDA filing "
        "for its drug in the United States next year."
    )
    repaired = repair_text(text)
    assert repaired.text == text
    # a word split by stray spaces is still joined
    assert "Corporate" in repair_text("Zeta Bio is a Cor porat e partner of Omega.").text


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        # after the letters a dollar is printed with (currencies.csv), and alone
        (
            "Zeta sold the rights for CDNS37.0 million (USS36.2 million) in cash.",
            "Zeta sold the rights for CDN$37.0 million (US$36.2 million) in cash.",
        ),
        (
            "Omega will pay up to S235 million in milestones.",
            "Omega will pay up to $235 million in milestones.",
        ),
        ("Zeta raised A$137m and AS2.8 million.", "Zeta raised A$137m and A$2.8 million."),
        # a price in cents after two letters of a dollar's or more
        (
            "Zeta sold shares at USS3.67 (CDNS4.52) per share.",
            "Zeta sold shares at US$3.67 (CDN$4.52) per share.",
        ),
    ],
)
def test_a_dollar_sign_read_as_an_s_before_an_amount_and_its_scale_is_the_sign(noisy, clean):
    repaired = repair_text(noisy)
    assert repaired.text == clean
    assert {c.rule for c in repaired.corrections} == {"currency_sign"}


@pytest.mark.parametrize(
    "text",
    [
        "Zeta's AS1404 and S1P modulators entered trials.",  # codes: no scale after them
        "Zeta will pay PS2 million.",  # letters no dollar is printed with
        "Zeta paid USS 20 million.",  # a space: no sign glued to the number
        "Zeta's AS1404.00 and S3.67 ratio.",  # a price's cents after one letter or none
    ],
)
def test_an_s_before_a_number_that_is_no_dollar_is_left(text):
    assert repair_text(text).text == text


def test_the_amount_of_a_dollar_read_as_an_s_is_read_in_its_currency():
    from transform import extract_release

    text = repair_text(
        "Zeta Sells Rights\n\nTORONTO, May 4, 2011 /CNW/ - Zeta Pharma Inc. (TSX: ZPI) said it "
        "sold the rights to Omega Bio Ltd. for CDNS37.0 million in cash.\n"
    ).text
    money = extract_release(text, "d", "file:///d").money
    assert [(m.amount, m.currency) for m in money] == [(37_000_000.0, "CAD")]


@pytest.mark.parametrize(
    ("noisy", "clean", "rule"),
    [
        # a speck read as a brace glued to a word nothing closes: dropped
        (
            "Zeta (Nasdaq: ZETA), {today announced a deal.",
            "Zeta (Nasdaq: ZETA), today announced a deal.",
            "stray_mark",
        ),
        (
            "Zeta said so. {In October 2003, Omega paid.",
            "Zeta said so. In October 2003, Omega paid.",
            "stray_mark",
        ),
        # a letter read as a brace: the reading that makes the commonest word
        (
            "a sum derived {rom the discovery work",
            "a sum derived from the discovery work",
            "ocr_confusion",
        ),
        (
            "Zeta's drug {or the treatment of gout",
            "Zeta's drug for the treatment of gout",
            "ocr_confusion",
        ),
    ],
)
def test_a_brace_glued_to_a_word_that_nothing_closes_is_a_misread(noisy, clean, rule):
    repaired = repair_text(noisy)
    assert repaired.text == clean
    assert {c.rule for c in repaired.corrections} == {rule}


@pytest.mark.parametrize(
    "text",
    [
        "Zeta's settings {x: 1} are kept.",  # closed in its paragraph
        "Write to {nfo@zeta.com for more.",  # an address: left to the address rules
        "The {U3 program is Zeta's.",  # a code
        # a bracket in a text with no misread: a note whose close the page lost
        "Zeta Bio said so.\n\n[Please refer to the following notes for the product information",
    ],
)
def test_a_brace_or_bracket_that_is_closed_or_opens_no_word_is_left(text):
    assert repair_text(text).text == text


def test_a_bracket_glued_to_a_word_that_nothing_closes_is_dropped_in_a_scanned_text():
    scanned = (
        "[Zeta Announces Agreement With Omega\n\nZeta said a rnilestone was met ; the "
        "tolerabitity of the drug was good . Omega ' s deal is big.\n"
    )
    repaired = repair_text(scanned)
    assert repaired.text.startswith("Zeta Announces Agreement With Omega\n")
    assert ("[Zeta", "Zeta") in {(c.original, c.corrected) for c in repaired.corrections}


@pytest.mark.parametrize(
    ("noisy", "clean", "rule"),
    [
        # a letter lost: one word the error model reads clearly, never two rarer ones glued
        (
            "a payment of 150 milion euros to Zeta",
            "a payment of 150 million euros to Zeta",
            "ocr_confusion",
        ),
        # an amount's scale split by a stray space
        (
            "a payment of 150 mill on euros to Zeta",
            "a payment of 150 million euros to Zeta",
            "split_word",
        ),
        ("Omega paid $3 bil ion for Zeta.", "Omega paid $3 billion for Zeta.", "split_word"),
    ],
)
def test_an_amounts_scale_with_a_letter_lost_or_a_space_in_it_is_read(noisy, clean, rule):
    repaired = repair_text(noisy)
    assert repaired.text == clean
    assert {c.rule for c in repaired.corrections} == {rule}


def test_two_words_glued_are_still_split_where_no_one_word_reading_is_likelier():
    assert repair_text("Zeta is a therapycompany in Boston.").text == (
        "Zeta is a therapy company in Boston."
    )
    assert repair_text("a 2 mil on deal").text == "a 2 mil on deal"  # two letters lost: left


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("Zeta isa biotech company.", "Zeta is a biotech company."),
        ("the development ofan antibody", "the development of an antibody"),
        ("Zeta signed a deal fora license.", "Zeta signed a deal for a license."),
        ("Omega met Zeta ata meeting.", "Omega met Zeta at a meeting."),
    ],
)
def test_an_article_glued_to_the_word_before_it_is_split(noisy, clean):
    repaired = repair_text(noisy)
    assert repaired.text == clean
    assert {c.rule for c in repaired.corrections} == {"glued_words"}


@pytest.mark.parametrize(
    "text",
    [
        "Zeta grows a bean in Visa, Basa and ISA plots.",  # words, names, capitals
        "the fora of debate",  # no article before "of"
        "Zeta said this isa.",  # no word after it
    ],
)
def test_a_word_ending_in_an_article_that_is_no_glued_pair_is_left(text):
    assert repair_text(text).text == text


def test_a_lone_footnote_or_bullet_mark_between_words_is_a_speck_in_a_scanned_text():
    scanned = (
        "Zeta said a rnilestone was met ; the tolerabitity of the drug was good . We have "
        "clinical * sites open and the efficacy of + first-line drugs is known. *\n"
    )
    repaired = repair_text(scanned).text
    assert "clinical sites open" in repaired
    assert "efficacy of first-line" in repaired
    assert repaired.endswith("is known.\n")
    # in a text with no misread, a page's own marks stay
    clean = "Zeta has clinical * sites open; see the note below. *\n"
    assert repair_text(clean).text == clean


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("Zeta Sankyo Co., Lid. announced a deal.", "Zeta Sankyo Co., Ltd. announced"),
        ("Zeta (NASDAQ:ZETA) and Omega, Ine\n(NASDAQ:OMGA) said", "Omega, Inc\n"),
    ],
)
def test_a_legal_form_misread_after_a_first_form_or_at_a_lines_end_is_read(line, form):
    scanned = f"Zeta said a rnilestone was met ; the tolerabitity of it was good . {line}\n"
    assert form in repair_text(scanned).text


@pytest.mark.parametrize(
    "text",
    [
        "Zeta Securities acted as sole bookrunner for the offering.",  # never "book runner"
        "The eyecare unit of Zeta Bio will sell it.",  # never "eye care"
        "Dr. Ward brings a broad skillset to the board.",  # never "skill set"
        # a wire's name between its dateline's slashes or brackets: never "Issue Wire"
        "SHANGHAI, China, March 3, 2021 /IssueWire/ -- Zeta Bio said today.",
        "SHANGHAI, China, March 3, 2021 /InvestorsHub NewsWire/ -- Zeta Bio said today.",
        "SHANGHAI, China, March 3, 2021 /PRNewswire-AsiaNet/ -- Zeta Bio said today.",
        "BOSTON, March 3, 2021 (NewsDirect) -- Zeta Bio said today.",
    ],
)
def test_a_compound_or_wire_the_word_list_lacks_is_kept_as_printed_in_a_clean_release(text):
    assert repaired(text) == text


def test_a_function_word_glued_or_a_release_losing_spaces_is_split():
    # two words too long for a compound are a lost space in any release
    assert repaired("This pressrelease contains forward-looking statements.") == (
        "This press release contains forward-looking statements."
    )
    # a function word glued is a lost space in any release
    assert (
        repaired("Zeta said treatmentof the eye works.") == "Zeta said treatment of the eye works."
    )
    # in a release that loses spaces, a word of two words of content is glue too
    losing = "Zeta is a gene therapycompany with itsstrategic focus andthe eye."
    assert (
        repaired(losing) == "Zeta is a gene therapy company with its strategic focus and the eye."
    )


def test_a_contraction_with_a_typographic_apostrophe_is_a_word():
    text = "“We didn’t stop, and we couldn’t,” said Ward. Zeta hasn’t and doesn’t."
    assert repaired(text) == text  # never "did’t", "could’t", "has’t", "does’t"


@pytest.mark.parametrize(
    "text",
    [
        "The team included Jonathan Ward and Manpreet Kaur Deol (Students).",  # never "Deal"
        "Zeta will sell a generic of Otsuka's Abilify tablets in India.",  # never "Ability"
        "Zeta Bio Ltd\nTel : +91 40 4900 2900\nEmail: ir@zeta.example",  # never "Tell"
    ],
)
def test_a_clean_releases_only_unknown_word_is_a_name_as_printed(text):
    assert repaired(text) == text


def test_a_clean_releases_only_misread_of_its_own_name_is_still_read():
    text = "Zeta Generon said today that Gereron believes the drug works. Generon Inc."
    assert repaired(text) == text.replace("Gereron", "Generon")
    # in a release that shows other misreads, a capitalised misread is read as a word
    scanned = "Tbe Presideot of Zeta said the additiooal payment was made."
    assert repaired(scanned) == "The President of Zeta said the additional payment was made."


def test_a_scans_words_left_unknown_are_read_again_with_the_model_for_scans():
    scanned = "Tbe Cornpany said tbat tlie synthests will continde as planned."
    assert repair_text(scanned).text == (
        "The Company said that the synthesis will continue as planned."
    )
    # a clean text's unknown words are read with the first model only
    clean = "The Company said that the synthests will continde as planned."
    assert repair_text(clean).text == clean


def test_a_disease_the_indications_name_and_a_trade_term_are_never_two_words_glued():
    text = (
        "Zeta Reports Positive Results in Chronic Rhinosinusitis\n\nZeta today reported results "
        "in chronic rhinosinusitis with nasal polyps, and new data from its kinome platform."
    )
    repaired = repair_text(text).text
    assert "Chronic Rhinosinusitis" in repaired
    assert "chronic rhinosinusitis with nasal polyps" in repaired
    assert "kinome platform" in repaired


@pytest.mark.parametrize(
    "particle",
    [
        *("van", "von", "van der", "van den", "van de", "von der", "de", "de la", "de los"),
        *("del", "della", "dos", "das", "da", "do", "di", "du", "ter", "ten", "bin", "ibn"),
    ],
)
def test_the_surname_particles_people_read_are_the_ones_the_repair_keeps(particle):
    """people.SPACED_PARTICLE and repair's NAME_PARTICLES, one list in two modules that cannot
    import each other: each particle a name is read with, the repair never reads as a misread."""
    from transform.people import find_people
    from transform.repair.words import NAME_PARTICLES

    text = f'"Good," said Dr. Jan {particle} Horst, head of research at Zeta Bio.'
    assert [p.name for p in find_people(text)] == [f"Jan {particle} Horst"]
    assert set(particle.split()) <= NAME_PARTICLES
    assert repair_text(f"Contact Jan {particle} Horst today.").text == (
        f"Contact Jan {particle} Horst today."
    )


def test_a_stretch_of_another_language_is_never_read_as_misread_english():
    # (in a scan: the text misreads "milestone" too, so the repair runs)
    text = (
        "Valdera und Lintrix schliessen Lizenzvereinbarung / Valdera and Lintrix sign licence "
        "agreement\n\nLintrix will pay a rnilestone.\n"
    )
    assert repair_text(text).text == text.replace("rnilestone", "milestone")
    # a word of another language's list with English around it is still a misread
    assert repaired("Zeta und Omega signed a deal; a rnilestone was met") == (
        "Zeta and Omega signed a deal; a milestone was met"
    )


def test_a_word_of_another_languages_stretch_is_never_split_as_two_glued():
    text = (
        "Sylvane Pharma annonce un accord de licence avec Recordati / Sylvane Pharma announces "
        "a licence agreement with Recordati; a rnilestone is due.\n"
    )
    assert repair_text(text).text == text.replace("rnilestone", "milestone")


def test_a_word_of_another_language_beside_an_accented_word_no_english_list_knows_stays():
    """'Valbonne Thérapeutiques annonce / announces': the accented word marks the language;
    an accented name beside a glued pair of English words leaves the pair to be split."""
    text = "Valbonne Thérapeutiques annonce / announces positive results of its trial.\n"
    assert repair_text(text).text == text
    assert repaired("Frédéric Dupré said the companyannounced a deal") == (
        "Frédéric Dupré said the company announced a deal"
    )


def test_a_word_in_lower_case_opens_a_name_only_before_a_capital_and_no_common_word():
    assert [_name_shaped(w) for w in ("finnCap", "uniQure", "Zeta", "picksVernalis")] == [
        True,
        True,
        True,
        False,  # a common word glued to a name: "Endo picksVernalis PLC" is two words
    ]
    assert [_name_shaped(w) for w in ("withPfizer", "andits", "zeta")] == [False, False, False]


def test_two_words_of_a_title_in_capitals_broken_at_a_hyphen_keep_it():
    assert repair_text("IN NON-\nSMALL CELL LUNG CANCER").text == "IN NON-SMALL CELL LUNG CANCER"


def test_a_page_break_inside_a_sentence_goes_and_the_sentence_is_joined():
    text = (
        "Revenues from the collaboration with Omega AG were $2.7 million\n\n"
        "                                     -more-\n\n<PAGE>\n\ncompared with $1.9 million "
        "in the second quarter of 1996.\n\n-more-\n\nThe next paragraph opens a sentence.\n"
    )
    repaired = repair_text(text)
    assert repaired.text == (
        "Revenues from the collaboration with Omega AG were $2.7 million compared with $1.9 "
        "million in the second quarter of 1996.\n\n-more-\n\nThe next paragraph opens a "
        "sentence.\n"
    )  # (a mark between two sentences stays: nothing to join)
    assert [c.rule for c in repaired.corrections] == ["page_break"]
    # a page's number between dashes is a page break's mark too
    numbered = repair_text("Revenues were $2.7 million\n\n- 2 -\n\ncompared with $1.9 million.\n")
    assert numbered.text == "Revenues were $2.7 million compared with $1.9 million.\n"


def test_a_barred_tables_rows_in_a_wrapped_text_stay_one_a_line():
    paragraph = (
        "Zeta Bio develops precision medicines for cardiometabolic disease and will present "
        "updates across its pipeline at its annual research and development day in New York. "
    ) * 3
    table = (
        "| Program | Indication | Stage |\n|---|---|---|\n"
        "| ZT-101 | Cardiovascular disease with elevated Lp(a) in adults | Phase 3 |\n"
        "| ZT-204 | Homozygous familial hypercholesterolemia in children | Phase 2 |"
    )
    wrapped = "\n".join(textwrap.wrap(paragraph, 80)) + "\n\n" + table
    assert repair_text(wrapped).text == paragraph.strip() + "\n\n" + table


def test_a_code_broken_at_its_own_hyphen_keeps_it():
    """A drug's code wrapped at its hyphen, letters over digits, is one token again; words
    broken at a line's end still follow the dehyphenation's rules."""
    text = "ZETA DOSES FIRST PATIENT IN TRIAL OF NGX-\n417 FOR ALS AND COVID-\n19\n"
    assert "NGX-417 FOR" in repair_text(text).text
    assert "COVID-19" in repair_text(text).text
    assert "clinical" in repair_text("its Phase I/II clin-\nical trial of NGX-417\n").text


def test_a_scans_capital_i_or_j_on_a_common_word_between_lower_case_words():
    """The engine reads a lower-case word's first letter as a capital I or J: lower case again
    between words in lower case; never a month, a place, a people's word, a given name, a name
    printed capitalised twice, nor a defined term after an article."""
    from transform.repair.words import capital_misread_edits

    text = (
        "As agreed, the company Issued to Omega its shares, for disorders Including chronic "
        "liver disease. It opened offices in June and in Japan with Irish and Ivy partners. The "
        "Investor will vote. Each Issuer will pay. Zeta Inventions said Inventions grew. Zeta "
        "Announces Initiation of a trial at the Max Planck Institute of Biochemistry."
    )
    fixed = [(text[e.start : e.end], e.replacement) for e in capital_misread_edits(text)]
    assert fixed == [("Issued", "issued"), ("Including", "including")]


def test_a_reading_the_release_prints_is_likelier():
    """An unknown word's readings weigh more when the release prints them intact: "tral" is
    "trial" in a release that prints "trial", undecided ("trail" too) in one that does not."""
    from transform.repair.channel import correct, reading_a_scan

    with reading_a_scan():
        assert correct("tral") is None
        reading = correct("tral", seen={"trial": 2})
        assert reading is not None and reading.word == "trial"
        assert correct("tral", seen={"trail": 2}).word == "trail"
        # a common word printed often hardly gains: "Ine" is never "In" for that
        assert correct("Ine", seen={"in": 40}) is None


def test_a_lone_o_between_words_is_to_or_before_an_article_of():
    from transform.repair.marks import misread_to_edits

    text = "It is designed o alter splicing, and all o the shares were tendered."
    assert [(text[e.start : e.end], e.replacement) for e in misread_to_edits(text)] == [
        ("o", "to"),
        ("o", "of"),
    ]
