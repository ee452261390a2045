"""Segments of a release (headline to contacts), quotes with their speaker, contact details."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_2007, SEED_2011
from tests.test_entities import extracted
from transform import CleanText, clean_document, extract_release
from transform.segments import page_chrome


def _segments(seed: str) -> list[tuple[str, str | None, str]]:
    extraction = extracted(seed)
    text = extraction.release.body_text
    return [(s.segment, s.title, text[s.span_start : s.span_end][:40]) for s in extraction.segments]


def test_the_2011_seed_in_segments_with_subheadline_quotes_and_contacts():
    assert _segments(SEED_2011) == [
        ("headline", None, "ImmunoGen, Inc. Earns Milestone From Amg"),
        ("subheadline", None, "Active IND for New TAP Compound Triggers"),
        ("dateline", None, "WALTHAM, Mass., Nov. 3, 2011 (GLOBE NEWS"),
        ("body", None, " ImmunoGen, Inc. (Nasdaq:IMGN), a biotec"),
        ("quote", "Daniel Junius", "This is the first TAP compound to advanc"),
        ("quote", "Daniel Junius", "We remain on track for as many as eleven"),
        (
            "about",
            "About ImmunoGen's Targeted Antibody Payload (TAP) Technology",
            "About ImmunoGen's Targeted Antibody Payl",
        ),
        ("about", "About ImmunoGen, Inc.", "About ImmunoGen, Inc.\n\nImmunoGen, Inc. d"),
        ("forward_looking", None, "This press release includes forward-look"),
        ("contacts", None, "CONTACT: For Investors:\nCarol Hausner\nEx"),
    ]
    contacts = [(c.kind, c.value, c.person) for c in extracted(SEED_2011).contacts]
    assert contacts == [
        ("phone", "(781) 895-0600", "Carol Hausner"),
        ("email", "info@immunogen.com", "Carol Hausner"),
        ("phone", "(781) 258-6153", "Barbara Yates"),
    ]


def test_the_body_ends_where_the_boilerplate_begins():
    segments = _segments(SEED_2007)
    kinds = [kind for kind, _, _ in segments]
    assert kinds == [
        "headline",
        "dateline",
        "body",
        "quote",
        "about",
        "about",
        "about",
        "forward_looking",
    ]
    assert [title for kind, title, _ in segments if kind == "about"] == [
        "About Stomach Cancer",
        "About HuC242-DM4",
        "About ImmunoGen, Inc.",
    ]


def test_dose_schedule_and_patient_count_of_the_2007_seed():
    details = [
        (d.kind, d.text, d.value, d.unit, d.compound) for d in extracted(SEED_2007).trial_details
    ]
    assert details == [
        ("dose", "168 mg/m2", 168.0, "mg/m2", "huC242-DM4"),
        ("schedule", "once every three weeks", None, None, "huC242-DM4"),
        ("patients", "up to approximately 40 response-evaluable patients", 40.0, None, None),
    ]


def test_trial_details_in_other_forms_and_years_are_not_counts():
    from transform.trials import find_trial_details

    text = (
        "Patients received 2.4 mg/kg Q3W; the study enrolled 1,250 subjects. In 2007 patients "
        "took AVX-12 in patients with colitis; bringing NT-4410 to patients; 30 adult patients; "
        "Zeta has served over 900 million patients and more than 20 million men"
    )
    assert [(d.kind, d.value) for d in find_trial_details(text, 0, len(text))] == [
        ("dose", 2.4),
        ("schedule", None),
        ("patients", 1250.0),
        ("patients", 30.0),  # not the digits of a code, nor a number a preposition parts
    ]  # nor a population in millions


def test_the_people_a_disease_strikes_are_no_trials_patients():
    from transform.trials import find_trial_details

    text = (
        "Typhoid fever still kills more than 110,000 people every year. The disease affects "
        "an estimated 30,000 patients in Europe; 5,000 patients living with it die. The Phase "
        "3 trial enrolled 412 patients; 60 participants each received the vaccine."
    )
    assert [(d.kind, d.value) for d in find_trial_details(text, 0, len(text))] == [
        ("patients", 412.0),
        ("patients", 60.0),  # "each received" is no toll's "each year"
    ]


def test_people_speak_for_the_organisation_the_text_places_them_in():
    people = [(p.name, p.organization) for p in extracted(SEED_2011).people]
    assert people == [
        ("Daniel Junius", "ImmunoGen"),  # quoted in ImmunoGen's release
        ("Carol Hausner", "ImmunoGen"),
        ("Barbara Yates", "Yates Network"),  # her contact block names her agency
    ]


def test_an_sec_cover_page_ends_after_its_check_boxes_and_the_item_it_reports():
    from transform.segments import cover_page_end

    text = (
        "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 8-K\n"
        "Zeta Bio, Inc.\n(Exact name of registrant as specified in its charter)\n"
        "Check the appropriate box below if the Form 8-K filing is intended to satisfy:\n"
        "o Written communications pursuant to Rule 425 under the Securities Act\n"
        "o Soliciting material pursuant to Rule 14a-12 under the Exchange Act\n"
        "ITEM 8.01 - OTHER EVENTS\n"
        "On December 11, 2006, Zeta Bio, Inc. issued a press release.\n"
    )
    assert text[cover_page_end(text) :].lstrip().startswith("On December 11, 2006")


def test_nothing_on_a_line_of_the_pages_chrome_is_part_of_the_release():
    from transform import extract_release

    text = (
        "Zeta Bio Earns $2 Million Milestone from Northwind Pharma\n\n"
        "BOSTON, March 3, 2011 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced a "
        "$2 million milestone payment from Northwind Pharma, Inc. for the start of a Phase II "
        "trial of ZB-101 in ulcerative colitis.\n\n"
        "Previous articleAcme Ally to Advance Therapy for Traumatic Brain Injury\n"
        "Next article: Grandview Pharma Inc. to Develop GV-300 for Breast Cancer\n"
        "- Price Action: ZETA shares rose 14.2% to $0.45 in premarket trading.\n"
        "Read more about the previously announced agreement.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == ["ulcerative colitis"]
    assert [c.name for c in extraction.compounds] == ["ZB-101"]
    assert [o.name for o in extraction.organizations] == ["Northwind Pharma, Inc."]
    assert [m.amount_usd for m in extraction.money] == [2_000_000.0, 2_000_000.0]
    # a line that only opens like chrome stays: "Previously, ..." is prose
    assert page_chrome("Previously, Zeta signed.\nNext articles\nRead more\n") == [(39, 48)]


def test_a_filing_sites_links_to_the_previous_and_next_filings_are_chrome():
    from transform import extract_release

    text = (
        "ZETA BIO INC\n8-K, EX-99.1, 2000-11-28\nPHARMACEUTICAL PREPARATIONS\n"
        "Previous: ZETA BIO INC, 8-K, 2000-11-28\n"
        "Next: NORTHERN RAILWAY TRANSPORTATION CORP, DFAN14A, 2000-11-28\n\n"
        "Zeta and Omega Establish Collaboration\n\nWest Chester, PA - November 27, 2000 - Zeta "
        "Bio, Inc. (NASDAQ: ZETA) and Omega Pharma AG announced today that they have entered "
        "into a collaboration agreement for four Omega products.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [o.name for o in extraction.organizations] == ["Omega Pharma AG"]
    assert extraction.compounds == []


def test_a_news_alert_for_another_article_is_chrome_and_no_lead():
    from transform import extract_release

    text = (
        "Zeta Bio Inc. (NASDAQ:ZETA) Enters Agreement with Omega Pharma for Zetasporin\n\n"
        "News Alert: Gamma Pharmaceuticals Receives FDA Approval For GAMMIR (Gammaleukin) For "
        "The Treatment Of Adults With Cutaneous T-Cell Lymphoma. Click to Read More.\n\n"
        "Zeta Bio Inc. (NASDAQ:ZETA) has announced the signing of a license agreement with "
        "Omega Pharma Co. Ltd. for the development of zetasporin in lupus nephritis in Japan.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert {(e.event_type, e.announced) for e in extraction.events} == {("licensing_deal", True)}
    assert [i.name for i in extraction.indications] == ["lupus nephritis"]


def test_a_paywall_and_what_follows_it_and_an_advert_line_are_chrome():
    from transform import extract_release

    text = (
        "Seattle biotechnology company Zeta Bio Corp. yesterday beat estimates and reported a "
        "$19.5 million loss for the first quarter.\nAdvertisement\nArticle continues below "
        "this ad\nZeta ended the quarter with $175 million in cash.\nThis article is accessible "
        "to registered users, to continue reading please register for free.\nBecome a "
        "subscriber\n£820\nOr £77 per month\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [m.amount for m in extraction.money] == [19.5e6, 175e6]
    assert extraction.release.issuer == "Zeta Bio Corp."
    assert extraction.release.headline is None  # no advert line for a title
    assert [o.name for o in extraction.organizations] == []  # no company "Seattle"
    paywall = text.index("This article")
    assert page_chrome(text)[-1] == (paywall, len(text))


def test_a_related_news_list_after_the_text_closes_the_page_and_at_its_top_is_a_line():
    from transform import extract_release

    body = (
        "Zeta Bio (ASX:ZTB) has completed the share purchase plan of a capital raising worth "
        "$2.85 million, to fund its phase I trial of ZB-101 in multiple myeloma. "
    ) * 6 + "\n"
    related = (
        "Related News\n\nCommon arthritis drug also lowers blood pressure\n\nScientists have "
        "known for a while that methotrexate helps with inflammation, but it may also...\n"
    )
    extraction = extract_release(body + related, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == ["multiple myeloma"]
    assert [c.name for c in extraction.compounds] == ["ZB-101"]
    assert page_chrome(body + related)[-1] == (len(body), len(body + related))
    # a sidebar's heading above the text takes its own line only
    top = "Related News\n" + body
    assert page_chrome(top) == [(0, len("Related News"))]
    # a document site's list of other documents under the text
    for heading in ("Similar documents", "Recommended for you", "Most read", "Top stories"):
        others = f"{heading}\n\nOmega Biotech Group Interim Report January March 2004\n"
        assert page_chrome(body + others)[-1] == (len(body), len(body + others)), heading


def test_an_aggregators_most_read_list_under_the_release_gives_no_amounts_or_events():
    from transform import extract_release

    lead = (
        "COPENHAGEN, Denmark, March 12, 2019 -- Velnora A/S today announced that it has "
        "received a milestone payment of EUR 25 million from Kelbrook Pharma plc following "
        "approval of VN-204 in chronic hand eczema. "
    )
    body = lead + "Velnora is eligible for further milestones under the 2016 agreement. " * 12
    body += "\n\n"
    most_read = (
        "Most read\n1. Zelvane slides after FDA complete response letter for ZV-44\n"
        "2. Orvane raises $120 million in Series C\n3. Vantrix to acquire Holloway Bio for $1.1 "
        "billion\n"
    )
    extraction = extract_release(body + most_read, "doc", "velnora.txt")
    assert [(m.text, m.kind) for m in extraction.money] == [("EUR 25 million", "milestone")]
    assert [c.name for c in extraction.compounds] == ["VN-204"]
    assert [e.event_type for e in extraction.events] == ["milestone_payment"]


def test_other_articles_headlines_listed_below_a_news_item_are_chrome():
    from transform import extract_release

    body = (
        "Zeta, a Japan-based pharmaceutical company, announced yesterday that it has signed a "
        "licensing agreement for zetagolix with Omega Pharmaceutical Co. for uterine fibroids. "
        "Further details have not been disclosed.\n"
    )
    listed = (
        "Northwind Taiwan secures first US FDA approval for complex multiple sclerosis generic\n"
        "Isotopes Inc to change name to Radnostix Inc\n"
        "Galway Pharmaceuticals reports topline results for combination of Aramchol and metformin\n"
    )
    extraction = extract_release(body + listed, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == ["uterine fibroids"]
    assert [o.name for o in extraction.organizations] == ["Omega Pharmaceutical Co."]
    assert page_chrome(body + listed) == [(len(body), len(body + listed))]
    # a contact block's short lines, or two such lines alone, are no list of headlines
    contacts = "Media contact\nJane Roe, Zeta Pharma\n+1 617 555 0100\n"
    assert page_chrome(body + contacts) == []
    assert page_chrome(body + "".join(listed.splitlines(keepends=True)[:2])) == []
    # a headline naming a code and its phase is one too; a table's row of figures is not
    coded = listed + "Tyra Zeta doses first patient in ZT-300 Phase 2 study for bladder cancer\n"
    assert page_chrome(body + coded) == [(len(body), len(body + coded))]
    table = "Net loss per share 0.45 0.32\n" * 3
    assert page_chrome(body + table) == []


def test_a_title_cased_headline_inside_a_list_of_other_articles_is_one_of_it():
    body = (
        "The European Commission said on Thursday that it has signed a contract with Zeta for "
        "the supply of at least 300 million doses of a vaccine against COVID-19.\n"
    )
    listed = (
        "Omega Pharma and Beta secure European approval for aflibercept biosimilar Mynzepli\n"
        "GSK to receive USD370m and future royalties in CureVac/BioNTech settlement\n"
        "Perrigo Announces Quarterly Dividend\n"
        "Ridgetech reports net income of USD10.20m in fiscal year 2025\n"
        "Bavarian Nordic sells US Priority Review Voucher for USD160m\n"
    )
    assert page_chrome(body + listed) == [(len(body), len(body + listed))]
    # a line in Title Case alone under the text opens no list
    alone = "Zeta Announces Quarterly Dividend\n"
    assert page_chrome(body + alone) == []


def test_other_articles_headlines_over_their_cut_teasers_below_a_story_are_chrome():
    from transform import extract_release

    body = (
        "Zeta Bio (ASX: ZTA) has raised $10 million in a placement to institutional investors "
        "to fund its Phase II trial of ZB-1 in psoriasis. "
        + "The company said the placement was well supported by new and existing holders. " * 8
        + "\n"
    )
    one = (
        "Babies of stressed mothers likely to get their teeth earlier\n"
        "Maternal stress during pregnancy can speed up the timing of teeth eruption, which may...\n"
    )
    assert page_chrome(body + one) == [(len(body), len(body + one))]
    # a teaser whose headline the page ran into the text above, over a list of them
    two = (
        "Professor Jane Roe has been appointed as founding Executive Director of the Omega...\n"
        "Portable point-of-care test detects four common infections in under an hour\n"
        "Australian researchers have developed a portable point-of-care test that detects...\n"
    )
    extraction = extract_release("Zeta raises $10m\n\n" + body + two, "doc", "zeta.txt")
    assert extraction.people == []
    assert page_chrome(body + two) == [(len(body), len(body + two))]
    # a story's own last line cut short, with no headline over it, is the story's
    cut = "Zeta expects to report the trial's results in the first half of the year and...\n"
    assert page_chrome(body + cut) == []
    # nor a short text's: one teaser after a few words is no list
    assert page_chrome("Zeta Bio has raised $10 million.\n" + one) == []


def test_a_pictures_caption_line_is_chrome_never_the_lead():
    from transform import extract_release

    text = (
        "Zeta Bio secures $10m milestone payment from Omega\n\nImage: Omega headquarters in "
        "Thousand Oaks, California. Photo: courtesy of Jo Lee.\n\nZeta Bio Corp. said it has "
        "received a $10 million milestone payment from Omega Inc. for the start of a trial.\n"
        "Photo: Zeta chief executive Ann Berg at the company's laboratory.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.issuer == "Zeta Bio Corp."
    caption = text.index("Image:")
    assert (caption, text.index("\n", caption)) in page_chrome(text)
    assert [p.name for p in extraction.people] == []  # nobody quoted, only pictured


def test_the_next_of_the_releases_a_page_prints_one_after_another_is_none_of_the_firsts():
    text = (
        "Zeta to Participate in September Investor Conferences\n\nOn September 6, 2022 Zeta "
        "Biopharma Corporation (Nasdaq: ZETA), a clinical-stage company, reported that it will "
        "participate in two investor conferences in New York.\n\nPresenter: Jane Roe, Chief "
        "Executive Officer\n\nOmega Sciences and Beta University strengthen collaboration with "
        "prestigious grant\n\nOn September 6, 2022 Omega Sciences, a member of the Omega Group, "
        "and Beta University reported that they have been awarded a grant.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert extraction.release.issuer == "Zeta Biopharma Corporation"
    assert [o.name for o in extraction.organizations] == []
    assert [p.name for p in extraction.people] == ["Jane Roe"]


def test_other_articles_headlines_may_open_on_a_name_in_lower_case_or_a_figure():
    body = "Zeta Bio has entered into an agreement for a new clinical study on psoriasis.\n"
    listed = (
        "Kappa Labs to add a bioconjugation suite in Bengaluru\n"
        "4omegabio synthetic DNA used in Phase I/II mRNA therapy trial\n"
        "uniLambda receives Health Canada authorisation for its drug\n"
    )
    assert page_chrome(body + listed)[-1] == (len(body), len(body + listed))
    # a line in lower case that names no one is the text's own
    plain = listed.replace("uniLambda receives", "and then receives")
    assert page_chrome(body + plain) == []


def test_a_british_enquiries_heading_opens_the_contacts_and_international_numbers_are_read():
    text = (
        "LONDON, 25 October 2023 -- Zeta plc (LSE: ZTA) today reported third quarter results.\n\n"
        "Enquiries:\nMedia: Tim Forde +44 (0) 20 8047 5502 (London)\nInvestor Relations: Nick "
        "Stoke +44 (0) 7717 618834 (London)\nZurich: +41 61 555 55 55 | Tokyo: +81-3-5555-0100"
        "\nParis: +33 1 44 71 94 94 (ref. +1 2)\nTel: 01223 555 210 | Phone: (03) 9555 0199 | "
        "Figure: 0.5 12345 678\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.kind, c.value) for c in extraction.contacts] == [
        ("phone", "+44 (0) 20 8047 5502"),
        ("phone", "+44 (0) 7717 618834"),
        ("phone", "+41 61 555 55 55"),
        ("phone", "+81-3-5555-0100"),
        ("phone", "+33 1 44 71 94 94"),  # never "+1 2": too few digits
        ("phone", "01223 555 210"),  # a national number its label names
        ("phone", "(03) 9555 0199"),  # (never a figure without a label)
    ]
    assert [c.person for c in extraction.contacts[:2]] == ["Tim Forde", "Nick Stoke"]
    # a contact's label, the name and the number on one line
    assert [p.name for p in extraction.people] == ["Tim Forde", "Nick Stoke"]


def test_a_desks_label_alone_on_its_line_heads_the_contacts_below_it():
    text = (
        "BOSTON, April 11, 2023 -- Zeta Bio, Inc. (Nasdaq: ZETA) today launched a financing.\n\n"
        "Media\nTen Bridge Communications\nDan Quinn\ndan@tenbridge.example\n\n"
        "Investor Relations:\nArgot Partners\nJane Doe\n212-555-0100\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.kind, c.value, c.person) for c in extraction.contacts] == [
        ("email", "dan@tenbridge.example", "Dan Quinn"),
        ("phone", "212-555-0100", "Jane Doe"),
    ]
    # a label with no e-mail or phone below it heads nothing: "Media" over a sentence
    text = "BOSTON, April 11, 2023 -- Zeta Bio, Inc. said so.\n\nMedia\nThe media wrote 555.\n"
    assert [s.segment for s in extract_release(text, "e" * 64, "x", []).segments] == [
        "dateline",
        "body",
    ]


def test_a_contacts_heading_in_another_language_opens_the_contacts_and_its_label_ends_a_name():
    text = (
        "München, 12. März 2019 – Zeta Biotech AG (FSE: ZTA1) today announced a research "
        "collaboration with Omega Pharma GmbH to discover conjugates against solid tumors.\n\n"
        "Kontakt / Contact:\nZeta Biotech AG\nDr. Katrin Vogelsang\nTel. +49 89 555 1234\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.kind, c.value, c.person) for c in extraction.contacts] == [
        ("phone", "+49 89 555 1234", "Katrin Vogelsang")
    ]
    # the name never runs on to the abbreviated label on the next line ("Katrin Vogelsang Tel")
    assert [p.name for p in extraction.people] == ["Katrin Vogelsang"]


def test_adults_children_and_volunteers_a_trial_enrols_are_its_patients():
    from transform.trials import find_trial_details

    text = (
        "The trial enrolled 312 adults with depression; a study in 24 children; 60 healthy "
        "volunteers were dosed. Depression affects 21 million adults in the United States."
    )
    assert [(d.kind, d.value) for d in find_trial_details(text, 0, len(text))] == [
        ("patients", 312.0),
        ("patients", 24.0),
        ("patients", 60.0),
    ]


def test_a_contacts_block_over_the_headline_gives_its_people_and_numbers():
    """A 1990s release opens with its contacts, a desk's label after a name, the headline below."""
    text = (
        "FOR IMMEDIATE RELEASE\n\nContact: Robert L. Whitcomb\n         Vice President, Finance\n"
        "         (206) 555-0119\n\n         Susan Ng (media)\n         Feinstein Communications\n"
        "         (212) 555-0160\n\nZETA INC. COMPLETES $18 MILLION PRIVATE PLACEMENT\n\n"
        "SEATTLE, Wash. -- March 4, 1997 -- Zeta Inc. (NASDAQ: ZETA) today announced that it has "
        "completed a private placement of its common stock for gross proceeds of $18 million.\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("(206) 555-0119", "Robert L. Whitcomb"),
        ("(212) 555-0160", "Susan Ng"),
    ]
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Robert L. Whitcomb", "Zeta"),
        ("Susan Ng", "Feinstein Communications"),
    ]
    # a page's "Contact Us" over a headline opens no contacts
    page = "Home | News\nContact Us\n(800) 555-0100\n\n" + text.split("\n\n", 3)[3]
    extraction = extract_release(page, "e" * 64, "file:///x.txt", [])
    assert extraction.release.headline == "ZETA INC. COMPLETES $18 MILLION PRIVATE PLACEMENT"
    assert extraction.contacts == []


def test_a_contacts_block_in_two_columns_gives_each_number_the_name_above_it():
    text = (
        "FOR IMMEDIATE RELEASE\n\nContact: Harold Finch                 Susan Alvarez\n"
        "         Chief Financial Officer      Feinstein Communications\n"
        "         (617) 555-0100               (212) 555-0123\n\n"
        "ZETA BIOSCIENCES SIGNS RESEARCH AGREEMENT\n\nCAMBRIDGE, Mass., February 24, 1997 -- "
        "Zeta Biosciences Corporation (NASDAQ: ZETA) announced today that it has signed a "
        "three-year research collaboration with Omega S.A. to discover antisense drugs.\n"
    )
    cleaned = clean_document(text.encode(), "x.txt")  # the cleaner closes the columns' gaps
    assert isinstance(cleaned, CleanText)
    extraction = extract_release(cleaned.text, "e" * 64, "file:///x.txt", cleaned.corrections)
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("(617) 555-0100", "Harold Finch"),
        ("(212) 555-0123", "Susan Alvarez"),
    ]
    # a short title in capitals, its verb between subject and object, is the headline
    assert extraction.release.headline == "ZETA BIOSCIENCES SIGNS RESEARCH AGREEMENT"


def test_an_international_number_ends_before_the_parenthesis_closing_its_label():
    text = (
        "April 25, 2019\nCompany name: Zeta Pharmaceutical Co., Ltd.\n"
        "Contact: Yuki Sato, General Manager, Corporate Communications Department\n"
        "(TEL: +81-3-5555-1200)\n\nNotice Regarding Conclusion of a License Agreement\n\n"
        "Zeta Pharmaceutical Co., Ltd. announced today that it has concluded a license "
        "agreement with Omega Inc. for ZP-101 in Japan.\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.value, c.person) for c in extraction.contacts] == [("+81-3-5555-1200", "Yuki Sato")]


def test_a_contacts_title_in_two_languages_never_joins_the_name_above_it():
    text = (
        "Mainz, 21 June 2021 - Rhenova Pharma AG (Frankfurt: RHN) announced today that it has "
        "received a milestone payment of EUR 7.5 million from its partner Lindholm A/S.\n\n"
        "Kontakt / Contact:\nRhenova Pharma AG\nDr. Sabine Hoffmann\nLeiterin "
        "Unternehmenskommunikation / Head of Corporate Communications\nTel.: +49 6131 555 2200\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [p.name for p in extraction.people] == ["Sabine Hoffmann"]  # never "... Leiterin"
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("+49 6131 555 2200", "Sabine Hoffmann")
    ]


@pytest.mark.parametrize(
    ("contacts", "expected"),
    [
        (
            "Contact presse : Marie Dupont – +33 1 23 45 67 89 – marie.dupont@zeta.fr",
            [("+33 1 23 45 67 89", "Marie Dupont"), ("marie.dupont@zeta.fr", "Marie Dupont")],
        ),
        (
            "Ansprechpartner:\nDr. Klaus Weber\nTel. +49 89 555 1234",
            [("+49 89 555 1234", "Klaus Weber")],
        ),
        (
            "Per informazioni:\nGiulia Rossi, Investor Relations\ngiulia.rossi@zeta.it",
            [("giulia.rossi@zeta.it", "Giulia Rossi")],
        ),
        (
            "Renseignements / Information:\nGeneviève Lapointe, Vice-présidente, Communications"
            "\n514-555-0145",
            [("514-555-0145", "Geneviève Lapointe")],
        ),
    ],
)
def test_a_contacts_label_in_another_language_opens_the_contacts(contacts, expected):
    text = (
        "Zeta Signs Agreement\n\nPARIS, March 3, 2015 -- Zeta Pharma SA (Euronext: ZETA) today "
        "announced that it has signed an agreement with Omega Inc. for its antibody ZT-1.\n\n"
        + contacts
        + "\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.value, c.person) for c in extraction.contacts] == expected


def test_a_companys_own_contact_label_after_its_about_section_opens_the_contacts():
    text = (
        "BOSTON, April 2, 2025 -- Vireo Dx, Inc. (NYSE: VRDX) and Halden plc (LSE: HLDN) today "
        "announced a companion diagnostic agreement.\n\n"
        "About Vireo Dx\nVireo Dx develops genomic tests for oncology.\n\n"
        "Vireo Contact: Beth Almeida, balmeida@vireodx.example\n"
        "Halden Contact: Fiona Drummond, +44 (0)1865 555 010\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.kind, c.value, c.person) for c in extraction.contacts] == [
        ("email", "balmeida@vireodx.example", "Beth Almeida"),
        ("phone", "+44 (0)1865 555 010", "Fiona Drummond"),
    ]
    # a sentence with "contact" in it opens nothing
    text = (
        "BOSTON, April 2, 2025 -- Vireo Dx, Inc. said so.\n\nAbout Vireo Dx\nVireo Dx tests.\n"
        "Patients may Contact: Their Doctors for advice.\n"
    )
    assert "contacts" not in [s.segment for s in extract_release(text, "e", "x", []).segments]


def test_a_6k_cover_ends_before_its_release_and_its_signature_names_the_signer():
    text = (
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 6-K\n\n"
        "Commission File Number: 001-39876\n\nZETA BIO A/S\n(Translation of registrant's name "
        "into English)\n\nIndicate by check mark whether the registrant files or will file annual "
        "reports under cover of Form 20-F or Form 40-F.\nForm 20-F [X] Form 40-F [ ]\n\n"
        "Zeta Bio Doses First Patient in Phase 1 Trial of ZB-140\n\nCOPENHAGEN, Denmark, March 18, "
        "2024 – Zeta Bio A/S (Nasdaq: ZETA) today announced that the first patient has been dosed "
        "in its Phase 1 trial of ZB-140. The achievement triggers a milestone payment of DKK 20 "
        "million from Aurora Oncology Inc. under the companies' 2022 licence agreement.\n\n"
        "SIGNATURE\nPursuant to the requirements of the Securities Exchange Act of 1934, the "
        "registrant has duly caused this report to be signed on its behalf.\n\nZETA BIO A/S\n"
        "By: /s/ Mette Kjaergaard\nName: Mette Kjaergaard\nTitle: Chief Financial Officer\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [o.name for o in extraction.organizations] == ["Aurora Oncology Inc."]
    [milestone] = extraction.money
    assert milestone.payer == "Aurora Oncology"
    assert [(p.name, p.title) for p in extraction.people] == [
        ("Mette Kjaergaard", "Chief Financial Officer")
    ]


def test_a_french_information_label_opens_a_contact_line():
    text = (
        "MONTREAL, April 4, 2024 /CNW/ - Zeta Biopharma Inc. (TSX: ZET) today announced a licence."
        "\n\nRenseignements / Information: Marie-Claude Vachon, 514-555-0199\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt", [])
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("514-555-0199", "Marie-Claude Vachon")
    ]


def test_a_job_boards_and_a_wires_lists_after_the_release_close_the_page():
    """ "Similar Jobs", "Back to news" and "More from Business Wire" under a release's body
    open the page's own lists: nothing after them is the release's (no "Similar Jobs" person);
    at the page's top, the line alone is chrome."""
    body = "Zeta Bio announced data from its trial of ZT-88 in adults with hemophilia B. " * 12
    text = body + "\n\nBack to news\nSimilar Jobs\nSenior Scientist, Gene Therapy\n"
    assert page_chrome(text) == [(len(body) + 2, len(text))]
    top = "Back to news\n" + body
    assert page_chrome(top) == [(0, len("Back to news"))]
