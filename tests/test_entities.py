"""Compounds, indications and events on text the tests write, and on the seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SAMPLES, SEED_2007, SEED_2008, SEED_2011, gold
from transform import CleanText, clean_document, extract_release
from transform.compounds import find_compounds
from transform.events import find_events
from transform.indications import find_indications
from transform.organizations import find_organizations
from transform.people import find_people


def extracted(seed: str):
    cleaned = clean_document((SAMPLES / f"{seed}.txt").read_bytes(), f"{seed}.txt")
    assert isinstance(cleaned, CleanText)
    return extract_release(cleaned.text, "d", f"file:///{seed}.txt", cleaned.corrections)


def test_the_targets_a_bispecific_binds_are_no_compounds():
    text = "JH-1023, a PD-L1/VEGF bispecific antibody, and the huC242 antibody in lung cancer."
    assert [c.name for c in find_compounds(text)] == ["JH-1023", "huC242"]


def test_compounds_by_lexicon_code_shape_inn_stem_and_brand():
    text = (
        "Zentrova® (lorbizumab) and ACME901 (huX901-DM1) with BAY 94-9343, SGN-CD33A and "
        "anetumab ravtansine; the huC242 antibody carries DM4. Form 10-K, CD33, HER2 and "
        "ASCO 2011 are not compounds; nor is the maytansinoid TAP technology."
    )
    found = {(c.name, c.canonical_name, c.rule) for c in find_compounds(text)}
    assert found == {
        ("Zentrova", "lorbizumab", "brand_with_inn+alias_parenthetical"),
        ("lorbizumab", "lorbizumab", "inn_stem"),
        ("ACME901", "ACME901", "development_code"),
        ("huX901-DM1", "ACME901", "development_code+alias_parenthetical"),
        ("BAY 94-9343", "anetumab ravtansine", "development_code+compound_aliases"),
        ("SGN-CD33A", "SGN-CD33A", "development_code"),
        ("anetumab ravtansine", "anetumab ravtansine", "compound_lexicon"),
        ("huC242", "huC242", "development_code"),
        ("DM4", "DM4", "compound_lexicon"),
    }
    for compound in find_compounds(text):
        assert text[compound.span_start : compound.span_end] == compound.name


def test_codes_with_a_space_or_an_rx_mark_and_what_only_looks_like_one():
    text = (
        "Zeta tests MK 3475, XYZ 0123, ABC- 12345 and ISIS-XYZ[Rx] under NDA 22-123 and BLA "
        "125514; write to Waltham, MA 02451 or CH-4002 Basel; see 17 CFR 230 and EUR 150 million "
        "for the Phase III 301 study, filed as EX-99.1 with the Form 8-K; LY3009104, "
        "JNJ-64041757 and mRNA-1273 in NCT04470427; cleared under FDA 510(k) and ACT 505(b)(2)."
    )
    assert [c.name for c in find_compounds(text)] == [
        "MK 3475",
        "XYZ 0123",
        "ABC- 12345",
        "ISIS-XYZ[Rx]",
        "LY3009104",
        "JNJ-64041757",
        "mRNA-1273",
    ]


def test_codes_with_a_companys_short_prefix_or_a_bare_rx_mark():
    text = (
        "Zeta tests Lu AE58054, Ro 5-3335, Sch 58235 and ISIS-SMNRx. In 12345 patients and At "
        "AB1234 sites, Dr 12345 and Mr 5-1234 saw no change."
    )
    assert [c.name for c in find_compounds(text)] == [
        "Lu AE58054",
        "Ro 5-3335",
        "Sch 58235",
        "ISIS-SMNRx",
        "AB1234",  # a code after a word of the sentence stands alone
    ]


def test_a_compound_is_named_as_the_body_spells_it():
    text = "Acme Files IND for Milatuzumab\n\nBOSTON -- Acme said milatuzumab entered the clinic."
    assert [c.name for c in find_compounds(text)] == ["milatuzumab"]


def test_indications_from_the_lexicon_acronyms_only_in_capitals():
    text = (
        "patients with multiple myeloma, HER2-positive metastatic breast cancer and SCLC; all sclc"
    )
    assert [(i.name, text[i.span_start : i.span_end]) for i in find_indications(text)] == [
        ("multiple myeloma", "multiple myeloma"),
        ("HER2-positive metastatic breast cancer", "HER2-positive metastatic breast cancer"),
        ("SCLC", "SCLC"),
    ]


def test_an_analysts_rating_is_no_indication():
    text = (
        'Cantor raised its price target for Zeta shares, while maintaining its "overweight" '
        "rating on the stock; another bank kept an overweight rating. Zetamab treats obesity "
        "in overweight adults.\n"
    )
    assert [i.name for i in find_indications(text)] == ["obesity", "overweight"]


def test_a_disease_named_in_a_scale_or_index_is_no_indication():
    """A rating scale or index named after what it measures is an endpoint, no indication; the
    disease printed on its own stays one, as does a word like "index" elsewhere."""
    text = (
        "ZT-417 did not meet its primary endpoint, the change in the Montgomery-Åsberg "
        "Depression Rating Scale (MADRS), in adults with major depressive disorder. A second "
        "trial used the Psoriasis Area and Severity Index and the depression rating scale; "
        "asthma patients in the index study had psoriasis. The Hamilton Rating Scale for "
        "Depression and the Multiple Sclerosis Functional Composite were secondary endpoints; "
        "a score for anxiety was not.\n"
    )
    assert [i.name for i in find_indications(text)] == [
        "major depressive disorder",
        "asthma",
        "psoriasis",
        "anxiety",
    ]


def test_indications_keep_their_marker_qualifier_and_drop_catch_alls():
    text = (
        "a treatment for folate receptor α-positive ovarian cancers and other solid tumors. "
        "Patients with KRAS-mutated advanced colorectal cancer; colorectal cancer is common."
    )
    assert [(i.name, i.rule) for i in find_indications(text)] == [
        # a plural is kept as printed
        ("folate receptor α-positive ovarian cancers", "indication_lexicon+qualifier"),
        ("KRAS-mutated advanced colorectal cancer", "indication_lexicon+qualifier"),
    ]
    assert [i.name for i in find_indications("patients with solid tumors")] == ["solid tumors"]
    # a resistance or a prior treatment is a marker too
    text = "treatment-resistant depression and metastatic castration-resistant prostate cancer"
    assert [i.name for i in find_indications(text)] == [
        "treatment-resistant depression",
        "metastatic castration-resistant prostate cancer",
    ]
    # the course of a disease is part of its name
    assert [i.name for i in find_indications("a drug for chronic liver disease")] == [
        "chronic liver disease"
    ]


def test_an_eponym_with_or_without_its_apostrophe_s():
    text = "classical Hodgkin's lymphoma, Alzheimer’s disease, Parkinson disease and Bell’s palsy"
    assert [i.name for i in find_indications(text)] == [
        "classical Hodgkin's lymphoma",
        "Alzheimer’s disease",
        "Parkinson disease",
        "Bell’s palsy",
    ]
    # a surname ICD prints with letters outside ASCII, as releases print it too
    text = "rheumatoid arthritis, Sjogren's syndrome, Behcet's disease and Sjögren syndrome"
    assert [i.name for i in find_indications(text)] == [
        "rheumatoid arthritis",
        "Sjogren's syndrome",
        "Behcet's disease",
        "Sjögren syndrome",
    ]


def test_a_site_or_cell_type_before_a_disease_is_part_of_its_name():
    # ICD-10-CM's qualifiers ("atrial", "T-cell"), as printed; a route or a treatment's
    # qualifier ("oral", "total", "previous") is no part of the disease
    text = (
        "Acme Atrial Arrhythmia Drug Meets Endpoint. In patients with paroxysmal atrial "
        "arrhythmia and relapsed T-cell lymphomas. An oral diabetes therapy; previous heart "
        "failure patients."
    )
    assert [(i.name, i.rule) for i in find_indications(text)] == [
        ("Atrial Arrhythmia", "indication_lexicon+qualifier"),
        ("paroxysmal atrial arrhythmia", "indication_lexicon+qualifier"),
        ("T-cell lymphomas", "indication_lexicon+qualifier"),
        ("diabetes", "indication_lexicon"),
        ("heart failure", "indication_lexicon"),
    ]
    text = "AB-1 in Generalized Myasthenia Gravis. In adults with generalized myasthenia gravis."
    assert [i.name for i in find_indications(text)] == ["generalized myasthenia gravis"]


@pytest.mark.parametrize(
    ("lead", "events"),
    [
        ("Acme earned a $5 million milestone payment from Beta.", ["milestone_payment"]),
        ("Acme is eligible for potential milestone payments of up to $50 million.", []),
        (
            "Beta has submitted an Investigational New Drug (IND) application for AB-1.",
            ["ind_filing"],
        ),
        # a licence of several parts, a deal whose partner's name holds abbreviations' stops,
        # agreements covering a co-promotion
        (
            "Acme has entered into a license, supply and distribution agreement with Beta AG.",
            ["licensing_deal"],
        ),
        (
            "Acme announced a deal to license antibody program AB-1 to Beta Corp.",
            ["licensing_deal"],
        ),
        (
            "Acme has entered into an Agreement with Beta, Inc. of Melville, N.Y. (''Beta''), for "
            "the development and marketing of a topical ointment.",
            ["licensing_deal"],
        ),
        (
            "Acme and Beta entered into definitive agreements covering the co-promotion and "
            "development of AB-1.",
            ["collaboration"],
        ),
        (
            "Acme has entered into an agreement with Beta Co., Ltd. (Beta) for domestic "
            "co-development and exclusive sales of AB-1.",
            ["collaboration"],
        ),
        # its gerund, never one ahead: "prior to filing an IND"
        ("Beta soared after filing an IND application with the FDA for AB-1.", ["ind_filing"]),
        ("Beta ran toxicology studies prior to filing an IND for AB-1 next year.", []),
        ("Acme has initiated a Phase II clinical trial of AB-1.", ["trial_start"]),
        ("Acme appointed James J. Doe, MD, as Chief Medical Officer.", ["executive_change"]),
        ("Acme announced the pricing of an underwritten public offering.", ["financing"]),
        (
            "Acme and Beta entered into a collaboration and license agreement.",
            ["collaboration", "licensing_deal"],
        ),
        ("Amgen will acquire Onyx for $125 per share.", ["acquisition"]),
        ("The FDA has approved Kadcyla for metastatic breast cancer.", ["regulatory_approval"]),
        ("Acme said it has achieved the remaining $5 million milestone.", ["milestone_payment"]),
        ("Beta dosed its first cancer patient in a Phase I trial of AB-1.", ["trial_start"]),
        ("Acme signed a new agreement with Beta to develop PEGylated drugs.", ["collaboration"]),
        ("Acme and Beta signed a license agreement to develop AB-1.", ["licensing_deal"]),
        ("Beta will pay $25 million for additional rights to use Acme's ADCs.", ["licensing_deal"]),
        ("Acme closed its agreement to sell $10 million of shares of its stock.", []),
        # a deal the news happens under, an approval only expected; a letter is no approval
        ("Acme earned a payment under its Collaboration and License Agreement.", []),
        # ... but an article names a new one
        (
            "Beta will market AB-1 under the terms of a marketing and supply agreement with Acme.",
            ["licensing_deal"],
        ),
        ("Beta will market AB-1 following U.S. FDA approval of it.", []),
        ("Acme received an approvable letter from the FDA for AB-1.", ["other"]),
        ("Acme today reported financial results for the fourth quarter of 2016.", ["earnings"]),
        ("Acme Reports Fourth Quarter and Full Year 2016 Financial Results.", ["earnings"]),
        # the trade press's and the ad hoc notices' words for results
        ("Acme reported a 71 percent drop in revenues for its fourth quarter.", ["earnings"]),
        ("Acme reported that its fourth quarter revenues declined to $1 million.", ["earnings"]),
        ("Acme AG today published its interim report as at June 30, 2023.", ["earnings"]),
        ("Acme reported a 30% reduction in triglycerides in its Phase 3 trial.", []),
        # the trade press's words for deals
        ("Acme has agreed to buy Beta Therapeutics for $1.2 billion in cash.", ["acquisition"]),
        ("Acme snapped up Beta Therapeutics in a $300 million deal.", ["acquisition"]),
        ("Acme has completed its merger with Beta Therapeutics.", ["acquisition"]),
        ("This release is no offer to buy the securities of Acme.", []),
        ("Acme has bought an exclusive global licence to AB-1 from Beta.", ["licensing_deal"]),
        (
            "Acme has inked a deal worth up to $500 million with Beta to develop antibodies.",
            ["collaboration"],
        ),
        ("Acme and Beta have formed a joint venture to make vaccines.", ["collaboration"]),
        # an option to license is a licence's first step
        (
            "Acme and Beta announced that they have entered into an option agreement which "
            "grants Beta rights of evaluation and first negotiation for Acme's compounds.",
            ["licensing_deal"],
        ),
        ("Beta acquired an exclusive option to license AB-1 from Acme.", ["licensing_deal"]),
        ("Acme holds an option to buy back shares.", []),
        # a milestone received, its words between: "additional", "two", "regulatory and sales"
        (
            "Acme Receives Additional Milestone Payment Under Supply Agreement.",
            ["milestone_payment"],
        ),
        (
            "Acme announces receipt of two milestone payments under its agreements with Beta.",
            ["milestone_payment"],
        ),
        (
            "Acme received regulatory and sales milestones under the agreement.",
            ["milestone_payment"],
        ),
        # results released on a day; a start far from its trial's phase in one sentence
        ("Results released Monday from a Phase 2 study of AB-1 beat forecasts.", ["trial_results"]),
        (
            "Acme announced today that it has initiated dosing in a multicenter (USA), "
            "randomized, placebo and active comparator controlled Phase 2b study of AB-1.",
            ["trial_start"],
        ),
        # milestones a company could earn are a deal's terms, no milestone earned
        ("Acme said it could earn up to $12 billion in milestone payments.", []),
        ("Acme is eligible to earn milestone payments of up to $50 million.", []),
        # a cue read across two sentences starts nothing
        (
            "Acme was paid as start-up work for Saffron commenced.\nSaffron is Acme's Phase 3 "
            "trial of AB-1.",
            [],
        ),
        # what the company is, in apposition before the lead's verb, is no news
        (
            "Acme Bio, Inc. (Nasdaq: ACME), a clinical stage company focused on drugs, some of "
            "which are based on license agreements with Beta University, announced that the "
            "FDA has approved AB-1.",
            ["regulatory_approval"],
        ),
        ("Acme has completed a placement of 40 million new shares at A$0.30.", ["financing"]),
        ("The FDA has cleared the Company's Investigational New Drug application.", ["ind_active"]),
        (
            "Acme announces that it has signed an exclusive licence agreement with Beta.",
            ["licensing_deal"],
        ),
        # wordings beyond the first cue lists: a first patient enrolled, topline data, a filing
        # accepted, approvals by other agencies, mergers, venture rounds and loans, departures,
        # designations
        ("Acme has enrolled the first patient in a Phase 3 study of AB-1.", ["trial_start"]),
        ("Acme today announced topline data from its Phase 2b trial of AB-1.", ["trial_results"]),
        ("The Phase 3 trial of AB-1 met its primary endpoint.", ["trial_results"]),
        (
            "The FDA accepted for filing Acme's Biologics License Application.",
            ["regulatory_submission"],
        ),
        ("Health Canada has approved AB-1 for adults with gout.", ["regulatory_approval"]),
        ("Acme and Beta signed a merger agreement: Beta will merge with Acme.", ["acquisition"]),
        ("Acme announced the closing of a $50 million Series B financing.", ["financing"]),
        ("Acme has entered into a $25 million term loan with Hercules Capital.", ["financing"]),
        # a loan facility "up to" its sum, a placement secured or committed, "before costs"
        ("Acme Secures Up to $100 Million Term Loan Facility from Hercules Capital", ["financing"]),
        ("Acme entered into a loan and security agreement with Hercules Capital.", ["financing"]),
        ("Acme secures A$35 million placement to fund its Phase 2b trial", ["financing"]),
        ("Acme AG successfully places CHF 150 million convertible bonds due 2028", ["financing"]),
        ("Acme repaid its convertible notes in 2019.", []),
        # a government's contract or grant, or an award of money, is news of its own
        (
            "BARDA has awarded the company a contract valued at up to $212 million to advance "
            "AB-1.",
            ["other"],
        ),
        ("Acme has been awarded a $2.5 million grant from the NIH.", ["other"]),
        ("Acme received a $3 million award from CARB-X.", ["other"]),
        ("Acme said its CEO received an award for leadership.", []),
        (
            "Acme has received firm commitments to raise A$35 million (before costs) via a "
            "placement of 83.3 million new shares.",
            ["financing"],
        ),
        ("Acme said its CEO Jane Roe will step down at the end of the year.", ["executive_change"]),
        (
            "Acme announced that Jane Roe, Chief Operating Officer, will depart the company on "
            "March 31.",
            ["executive_change"],
        ),
        ("Acme said its CFO Jane Roe has left the company to join Beta.", ["executive_change"]),
        ("Acme's CEO will leave for the conference on Monday.", []),
        (
            "Acme has tapped former Omega research leader Dr. Jane Roe as its new chief "
            "scientific officer.",
            ["executive_change"],
        ),
        ("Acme hired Omega Partners as its financial adviser for the review.", []),
        # what the news comes after is no news of its own
        (
            "Acme received EU approval for AB-1. Approval follows positive CHMP opinion in "
            "October.",
            ["regulatory_approval"],
        ),
        (
            "Acme and Beta signed a license agreement. The deal builds on a research collaboration "
            "between the companies.",
            ["licensing_deal"],
        ),
        ("Acme will present new data at the AACR Annual Meeting.", ["conference_presentation"]),
        (
            "Acme announced the presentation of new clinical data from its Phase 1b/2 trial of "
            "AB-1 with pembrolizumab at the 2022 ASCO Annual Meeting.",
            ["conference_presentation", "trial_results"],
        ),
        ("Acme received Orphan Drug Designation from the FDA for AB-1.", ["other"]),
        # an IND approved, which is no marketing approval
        ("Acme announced the approval by the U.S. FDA of its IND for AB-1.", ["ind_active"]),
        ("The FDA approved the IND for AB-1.", ["ind_active"]),
        ("AB-1 was approved in 2019; its IND for AB-2 is pending.", []),
        (
            "Acme and Beta entered into a co-development and co-commercialization agreement.",
            ["collaboration"],
        ),
        # more wordings: a first participant, a launched programme, a rolling submission, an
        # at-the-market programme, a retirement, a milestone achieved, a trial that failed, and
        # what is `other` (a Complete Response Letter, a CHMP opinion, a completed enrolment)
        ("Acme has dosed the first participant in its Phase 1 trial of AB-1.", ["trial_start"]),
        ("Acme has launched a pivotal Phase 3 program for AB-1.", ["trial_start"]),
        ("Acme completed the rolling submission of its BLA for AB-1.", ["regulatory_submission"]),
        ("Acme entered into an at-the-market equity offering program.", ["financing"]),
        (
            "Acme announced the agreement by several investors to exercise certain warrants to "
            "purchase 2,000,000 shares at a reduced exercise price of $1.10 per share.",
            ["financing"],
        ),
        ("Acme announced that CEO John Doe will retire.", ["executive_change"]),
        ("Acme has achieved a $10 million development milestone.", ["milestone_payment"]),
        # ... in any currency printed before its amount
        ("A GBP10 million milestone payment from Beta has been triggered.", ["milestone_payment"]),
        ("Acme has achieved a €5m regulatory milestone.", ["milestone_payment"]),
        ("Acme receives a DKK 20 million milestone from Beta.", ["milestone_payment"]),
        # interim results presented at a meeting are a trial's, a phase between verb and results
        (
            "Investigators presented their interim results of the AB-1 study at the ASH Meeting.",
            ["conference_presentation", "trial_results"],
        ),
        ("Acme reports interim Phase II results of AB-1.", ["trial_results"]),
        ("Acme plc announces its interim results for the six months.", ["earnings"]),
        # a Nordic issuer's reports, its share issues; an opinion that recommends approval
        ("Acme A/S today released its year-end report for 2020.", ["earnings"]),
        ("Acme A/S today announced its half-year report for the six months.", ["earnings"]),
        ("Acme AB announced a directed issue of 5 million new shares.", ["financing"]),
        (
            "The CHMP of the European Medicines Agency has adopted a positive opinion "
            "recommending approval of AB-1.",
            ["other"],
        ),
        # ... and a trial's interim results from, of or showing its data; a company's results of
        # operations are its earnings
        ("Acme Reports Positive Interim Results From Phase II Study of AB-1.", ["trial_results"]),
        # rights handed to a partner are licensed, whatever the deal is called; a rights plan's
        # rights handed to shareholders are not
        (
            "Acme has struck a deal with Beta, handing the big pharma rights to two antibodies.",
            ["licensing_deal"],
        ),
        ("Acme grants Beta exclusive worldwide rights to AB-1 in Japan.", ["licensing_deal"]),
        ("The plan gives shareholders rights to buy stock at a discount.", []),
        # (nor the rights a deal gave before, nor a sale's "given")
        ("The 2015 agreement gave Beta the exclusive rights to AB-1.", []),
        ("Given the sale of our rights to AB-1 to Beta, we are well capitalised.", []),
        ("Acme Announces Interim Results Showing AB-1 Lowered LDL.", ["trial_results"]),
        ("Acme announced its first quarter results of operations.", ["earnings"]),
        # a start only planned, and a start with what is planned after it
        ("Acme expects the initiation of a Phase 3 trial in the third quarter.", []),
        ("Initiation of Phase III Study Planned for Third Quarter.", []),
        ("Acme initiated a Phase 3 trial of AB-1; results are expected in 2021.", ["trial_start"]),
        ("The first subjects have been dosed in the Phase I trial of AB-1.", ["trial_start"]),
        # a person's earlier career
        (
            "Acme appoints board member David Mims as interim CEO. Mims previously served as "
            "president of Beta Pharma, when it was acquired by Omega Laboratories.",
            ["executive_change"],
        ),
        ("The Phase 2 trial did not meet its primary endpoint.", ["trial_results"]),
        ("Acme received a Complete Response Letter from the FDA for AB-1.", ["other"]),
        ("The CHMP adopted a positive opinion recommending AB-1.", ["other"]),
        ("Acme completed enrollment in its Phase 3 trial of AB-1.", ["other"]),
        # the trade press's wordings: a payment for a development step, a licence bought, a
        # nomination to the board
        (
            "Acme earned a $1 million first payment tied to achieving an undisclosed milestone.",
            ["milestone_payment"],
        ),
        (
            "Acme will receive $1.5 million from Beta for advancing a candidate into preclinical "
            "development.",
            ["milestone_payment"],
        ),
        (
            "Acme has purchased an exclusive global license to develop AB-1 from Beta Labs.",
            ["licensing_deal"],
        ),
        (
            "Acme is nominating Jane Roe and John Doe for election to the Board of Directors.",
            ["executive_change"],
        ),
        # an FDA clearance of an IND, or to proceed with a trial, is the IND's (a device's
        # clearance is an approval)
        ("Acme receives FDA clearance of IND application for AB-1.", ["ind_active"]),
        (
            "Acme has received FDA clearance to proceed with its Phase 1 trial of AB-1.",
            ["ind_active"],
        ),
        ("Acme has received FDA clearance for its AB-1 glucose monitor.", ["regulatory_approval"]),
        # a regulator that approved the company's own drug, in a news story
        (
            "Shares of Acme soared 45% after the U.S. Food and Drug Administration approved its "
            "drug AB-1 for lupus nephritis.",
            ["regulatory_approval"],
        ),
        ("The FDA approved drugs for lupus nephritis in 2011 and 2020.", []),
        # a research alliance signed or announced; a sum paid for a region's rights
        ("Acme and Beta sign research alliance in kidney disease.", ["collaboration"]),
        ("Acme announced a five-year research alliance to identify targets.", ["collaboration"]),
        ("Acme plans to sign a research alliance.", []),
        (
            "Beta will pay $300 million upfront for ex-China rights to AB-1.",
            ["licensing_deal"],
        ),
        # a trial that failed its main goal, as a news story words it
        (
            "Acme said its drug failed to meet the main goal of a late-stage study.",
            ["trial_results"],
        ),
        # partners that expand or extend their collaboration (a plan to is none)
        ("Acme and the Beta Foundation Expand Collaboration.", ["collaboration"]),
        ("Acme plans to expand the collaboration.", []),
        # results a horizon names, none reported yet
        (
            "Acme announced an $85 million private placement to fund operations through "
            "topline data from its Phase 2b trial of AB-1.",
            ["financing"],
        ),
        ("Acme expects cash to last until results from the Phase 3 trial.", []),
        # results only scheduled
        ("Acme will host a webcast to discuss its second quarter results.", []),
        # ... and what is background
        ("Interim data were reported at ASCO in June.", []),
        ("Acme will use the proceeds to repay its term loan.", []),
    ],
)
def test_events_announced_in_the_lead(lead, events):
    text = f"Headline\n\nBOSTON, Mass., May 2, 2019 -- {lead}\n\nIn 2004 Acme licensed rights to X."
    assert sorted(e.event_type for e in find_events(text, text.index("\n\nIn 2004"))) == sorted(
        events
    )


@pytest.mark.parametrize(
    "title",
    [
        "Acme AB Year-End Report 2020",
        "Acme AB: Interim Report for the First Nine Months of 2021",
        "Acme A/S - Q3 2021 Interim Report",
        "Acme AB Interim Report January-June 2021",
    ],
)
def test_a_report_of_a_period_in_the_headline_is_earnings(title):
    text = f"{title}\n\nSTOCKHOLM, May 2, 2021 -- Acme AB today said sales grew.\n\nMore."
    assert [e.event_type for e in find_events(text, text.index("\n\nMore"))] == ["earnings"]


def test_a_sentence_dated_before_the_release_announces_no_deal():
    text = "BOSTON, May 2, 2021 -- Acme won. In July 2018, Acme entered into a collaboration."
    assert [e.event_type for e in find_events(text, len(text), 2021)] == []
    assert [e.event_type for e in find_events(text, len(text), 2018)] == ["collaboration"]


def test_a_news_page_of_one_sentence_a_line_leads_with_its_first_sentences():
    text = (
        "Zeta Pharmaceuticals (NASDAQ:ZETA) is up 68% premarket on results of a Phase 3 trial of "
        "its lead drug ZT-41 in psychosis, the company told investors on Monday.\n"
        "The study met the primary endpoint of a longer time "
        "to relapse compared to placebo.\nThe data will be presented at a medical meeting.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [e.event_type for e in extraction.events if e.announced] == ["trial_results"]
    # the lead reads the lines of one sentence, never past a blank line
    from transform.release import lead_end

    assert text[: lead_end(text, 0)].endswith("compared to placebo.")
    apart = text.replace(".\nThe study", ".\n\nThe study")
    assert apart[: lead_end(apart, 0)].rstrip().endswith("told investors on Monday.")


def test_the_lead_reads_on_past_a_dateline_alone_on_its_line():
    from transform.release import lead_end

    lead = "Acme earned a milestone payment from Beta for the start of a Phase II trial. " * 2
    text = f"MUNICH, GERMANY--(Marketwire - December 10, 2010) -\n\n{lead}\n\nAbout Acme."
    assert text[: lead_end(text, 0)].rstrip().endswith(lead.rstrip())


def test_a_news_pages_byline_is_no_sentence_of_its_lead():
    """The blank line after a title and a byline's "S.A. (OMGA)" end no sentence of the lead:
    its three sentences reach the first point of a news page's list."""
    text = (
        "Omega stock rises on upcoming $20M from partner Zeta\n\n"
        "Mar. 3, 2021 6:47 AM ET Omega Pharma S.A. (OMGA), ZETABy: Jane Roe, News Editor\n\n"
        "  • Omega Pharma said it will receive a $20M milestone payment from Zeta as Zeta dosed "
        "the first patient in a phase 3 trial.\n"
        "  • Zeta reported its results earlier in the day.\n"
    )
    extraction = extract_release(text, "doc", "omega.txt")
    assert "milestone_payment" in [e.event_type for e in extraction.events if e.announced]


@pytest.mark.parametrize(
    ("lead", "events"),
    [
        ("Zeta Bio received approval from the agency to start a Phase 1 trial.", ["ind_active"]),
        (
            "Zeta received approval from Canadian and US regulatory authorities to proceed with "
            "enrollment of healthy adults in the Phase 3 portion of the trial.",
            ["ind_active"],
        ),
        ("Zeta and Omega start Phase 3 trial of their vaccine candidate", ["trial_start"]),
        ("Zeta plans to start a Phase 3 trial of its vaccine candidate next year.", []),
        ("Zeta Completes Dosing in the Phase 2 START-UP Trial of ZB-01", []),
        # a cue wrapped over a line, a tender offer completed
        ("OMEGA SUCCESSFULLY COMPLETES TENDER OFFER\nFOR SHARES OF ZETA", ["acquisition"]),
        (
            "Omega announced the successful completion of the tender offer by its unit.",
            ["acquisition"],
        ),
        ("The agency approved the clinical trial application (CTA) for ZB-01.", ["ind_active"]),
        ("Zeta Bio received approval from the FDA for Zetavir in adults.", ["regulatory_approval"]),
        (
            "Zeta AG announces that Zetacef has obtained regulatory approval from the agency.",
            ["regulatory_approval"],
        ),
        (
            "Zeta Labs received ANDA approval for its Zetavir Tablets from the agency.",
            ["regulatory_approval"],
        ),
        (
            "Zeta said the US Food & Drug Administration (USFDA) has approved its ANDA.",
            ["regulatory_approval"],
        ),
        (
            "Omega said its former CFO Jo Li will serve as interim chief executive.",
            ["executive_change"],
        ),
        ("Jo Li takes the reins from Bo Chen, who is on medical leave.", ["executive_change"]),
    ],
)
def test_a_trials_authorisation_is_no_marketing_approval_and_an_interim_chief_is_news(lead, events):
    assert [e.event_type for e in find_events(lead, len(lead))] == events


def test_a_signed_term_sheet_for_a_collaboration_announces_it():
    lead = (
        "The board of Zeta AG today signed a binding term sheet that defines the framework for "
        "the collaboration between Zeta and Omega."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["collaboration"]


def test_the_outcome_of_a_trial_is_its_results():
    lead = "Zeta (NYSE: ZT) announces the successful outcome of a Phase 3 clinical trial, CONFIRM."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["trial_results"]


def test_a_technology_transfer_contract_is_a_licensing_deal():
    lead = "Zeta Bio said it has signed a technology transfer contract worth 43 billion won."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    # a contract "to export" a technology: the Korean trade press's word for an out-licence
    lead = (
        "Zeta Bio has signed a contract with Omega and Company to export its autoimmune disease "
        "technology and cooperate for the development of ZB-71224."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    # goods exported are no licence
    lead = "Zeta Bio has signed a contract with Omega to export its generic tablets to Europe."
    assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_a_public_stock_offering_is_a_financing():
    lead = "Zeta Bio said it expects net proceeds of $42.1 million from a public stock offering."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["financing"]


def test_leave_to_begin_a_phased_trial_is_no_marketing_approval():
    lead = (
        "Zeta BioSciences has announced that it has received authorization from the Therapeutic "
        "Products Directorate of Health Canada to begin a Phase Ib/II clinical trial of ZB-1402."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["ind_active"]


def test_results_only_supposed_are_no_trial_results():
    lead = (
        "If the results from the trial are positive and approved by the FDA, Zeta could earn "
        "revenue of up to $111 million."
    )
    assert find_events(lead, len(lead)) == []
    lead = (  # results a payment waits on
        "The upfront payment is EUR7.5m and milestones are up to EUR191.5m, depending on the "
        "results of the Denali Phase 3 clinical trial expected in mid-2025."
    )
    assert "trial_results" not in [e.event_type for e in find_events(lead, len(lead))]
    lead = (  # money that comes upon results
        "Zeta drew $25 million at closing; an additional $25 million will become available upon "
        "positive topline data from the Phase 2 trial of ZB-22."
    )
    assert "trial_results" not in [e.event_type for e in find_events(lead, len(lead))]
    lead = "Zeta reported positive top-line results from the trial."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["trial_results"]


def test_an_exchanges_or_shareholders_approval_is_no_regulatory_approval():
    for lead in (
        "Zeta Bio announced that it has received conditional approval from the Toronto Stock "
        "Exchange to extend the exercise period of its warrants.",
        "Zeta Bio said it received approval from shareholders for the merger.",
    ):
        assert find_events(lead, len(lead)) == []
    lead = "Zeta Bio has received marketing approval from the European Commission for Zetamab."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["regulatory_approval"]


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta Bio plc announced plans to raise up to £15m through a placing and subscription.",
        "CONDITIONAL PLACING TO RAISE £25.5 MILLION",
        "Zeta Bio plc announces that it has raised £2.0 million (before expenses) by way of a "
        "placing of ordinary shares.",
        "Zeta Bio plc announced that it had raised £10 million (the Fundraising).",
        # a sale of the company's own shares: "Tercica sells 5M shares to raise $30M"
        "Zeta Bio has said that it is selling five million shares of its common stock for "
        "$30 million.",
        "Zeta sells 5M shares to raise $30M",
        # a sum raised from investors, a placement completed, shares the company sold
        "Zeta Bio has raised A$4.1 million from New Zealand investors to fund its trial.",
        "Zeta Bio announced the successful completion of a $55 million placement.",
        "Zeta raises $2.2m",
        # two qualifiers before the sum, a share placing, an open offer
        "Zeta plc detailed plans to raise up to approximately £8.0 million through a placing.",
        "Zeta plc announced a share placing and a retail offer to raise just under £2 million.",
        "Zeta plc raised £3.1 million in a placing and open offer, as announced today.",
        # an Australian placement, named before its sum
        "Zeta Ltd has received firm commitments for a placement to raise A$18 million.",
        "Zeta Ltd announces a conditional placement to raise $12 million from investors.",
        # a bought deal (an underwriter buys the whole issue): no company bought
        "Zeta Pharma Closes $12 Million Bought Deal Financing",
        "Zeta Inc. has closed its bought deal offering for gross proceeds of $12,000,000.",
        # royalties sold for cash: a financing, no royalty earned
        "Zeta Bio entered into a royalty purchase agreement with Omega Royalty for $250 million.",
        "Zeta Bio announced a $150 million synthetic royalty financing with Omega Partners.",
    ],
)
def test_a_placing_or_a_fundraising_is_a_financing(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["financing"]
    kinds = {m.kind for m in extract_release(lead, "d", "x").money}
    assert kinds == {"financing"}


def test_shares_the_company_sold_are_a_financing():
    lead = "The Perth-based company sold 31.5 million shares at A$0.06 apiece."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["financing"]


def test_a_story_printed_as_one_paragraph_announces_only_in_its_first_sentences():
    text = (
        "Zeta Bio Inc. said Monday its finance chief Ann Roe will retire. Roe also ran its "
        "supply unit. The company named Bo Li as chief supply officer, effective Jan. 1. Roe "
        "joined Zeta in 2007. She steered the company through its acquisition of Omega Corp."
    )
    events = extract_release(text, "doc", "file:///x.txt").events
    assert [(e.event_type, e.announced) for e in events] == [
        ("executive_change", True),
        ("acquisition", False),
    ]


def test_background_after_the_lead_announces_nothing():
    text = "Headline\n\nBOSTON -- Acme said things.\n\nAcme earned a milestone in 2009."
    assert [e.event_type for e in find_events(text, text.index("\n\nAcme earned"))] == []


def test_a_body_sentence_that_also_announces_adds_its_events():
    text = (
        "Cellvane Cleared to Start CVN-19 Trial\n\nPARIS, France, Dec. 1, 2020 -- Cellvane SA "
        "today announced the FDA's clearance of its IND for CVN-19.\n\nThe Phase 1 study will "
        "start in 2021. Cellvane also announced the appointment of Dr. Marie Roy as Chief "
        "Scientific Officer. She joined Zeta Bio as its licensee in 2015.\n\nAbout Cellvane\n"
        "Cellvane also announces licensing deals it signs with partners.\n"
    )
    events = extract_release(text, "doc", "file:///x.txt").events
    assert [(e.event_type, e.announced) for e in events] == [
        ("ind_active", True),
        ("executive_change", True),
    ]


def test_a_tickers_symbol_and_a_currencys_letters_are_no_disease_or_compound():
    text = (
        "Avexa ready for market\n\nAmrad (ASX:AML) spin-out Avexa is ready to list. Its "
        "valuation grew from $US16 million to $US35 million, and ZB-101 enters a trial in acute "
        "myeloid leukemia (AML).\n"
    )
    extraction = extract_release(text, "a" * 64, "file:///x.txt")
    assert [c.name for c in extraction.compounds] == ["ZB-101"]
    # a currency's code glued to its sum: "RMB315 million"
    glued = "Zeta will pay around RMB315 million upfront for ZB-202, and up to RMB700 million."
    assert [c.name for c in find_compounds(glued)] == ["ZB-202"]
    assert [(i.name, text[i.span_start - 1]) for i in extraction.indications] == [
        ("acute myeloid leukemia", " ")
    ]


def test_a_markets_index_is_no_compound_and_a_security_of_a_company_no_organisation():
    text = (
        "Zeta expects its stock to join the TA-75, TA-100, Tel-Tech 15 and Biomed indexes.\n"
        "KOSPI200 373.22 -0.86 -0.23%\nZX-4411 is listed in an index of drugs. Shares of Omega "
        "Bio Inc. gained 17%.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["ZX-4411"]
    assert [o.name for o in find_organizations(text, None)] == ["Omega Bio Inc."]


def test_a_security_number_a_target_after_anti_a_hormone_an_isotype_a_regulation_no_compounds():
    text = (
        "WKN: BAY001 ISIN: DE000BAY0017\nZeta's anti-CD40L drug candidate dapirolizumab pegol, "
        "an IgG1 antibody, beside a GLP-1 (glucagon-like peptide-1) agonist, approved under "
        "REGULATION (EC) NO 726/2004; "
        "and the anti-CD47 monoclonal antibody Hu5F9-G4 and ZB-101.\n"
    )
    assert [c.name for c in find_compounds(text)] == [
        "dapirolizumab pegol",
        "anti-CD47 monoclonal antibody Hu5F9-G4",
        "ZB-101",
    ]


def test_what_a_drug_acts_on_and_a_trials_endpoints_are_no_compounds():
    text = (
        "At week 12, 55% of patients on ZB-310 achieved ACR20, 35% reached PASI 90 and 48% "
        "EASI-75; DAS28-CRP fell by 2.1 and the HAM-D17, ADAS-Cog13 and SF-36 scores improved. "
        "ZB-310 binds IL-17A and TNF-alpha, spares CYP3A4 and hERG, and was tested in HLA-B27 "
        "carriers with BRCA1/2 mutations; its partner vaccine BNT162b2 served as a control.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["ZB-310", "BNT162b2"]


def test_a_brand_after_its_code_a_biologics_suffixed_name_and_an_inns_second_word():
    text = (
        "Zeta reported data for ZB-101 (Zetavia®) in lupus and for Lumexa® (zetamab-abcd) in "
        "asthma; the study of zetacept alfa continues, as does ZB-202 (Lupus) work with a "
        "sintilimab-like antibody.\n"
    )
    assert [c.name for c in find_compounds(text)] == [
        "ZB-101",
        "Zetavia",
        "Lumexa",
        "zetamab",  # (as the vocabulary's "lecanemab-irmb" is read "lecanemab")
        "zetacept alfa",
        "ZB-202",
    ]


def test_a_code_printed_with_and_without_its_space_is_one_compound():
    text = (
        "ZB501 Enters Phase II Trials\n\nZeta today announced the advancement of ZB501 into "
        "Phase II trials. ZB 501 induces cancer cell death. Data show ZB501 enhances activity, "
        "and ZB-701 and ZB701 are one backup compound.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["ZB501", "ZB-701"]


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008, SEED_2011])
def test_seed_compounds_and_events_match_gold(seed):
    extraction = extracted(seed)
    assert sorted(c.name for c in extraction.compounds) == sorted(gold(seed)["compounds"])
    announced = sorted(e.event_type for e in extraction.events if e.announced)
    assert announced == sorted(gold(seed)["events"])


def test_seed_aliases_are_linked_across_releases():
    canonical = {c.name: c.canonical_name for c in extracted(SEED_2008).compounds}
    # "IMGN901 (huN901-DM1)" in the release, and the INN from compound_aliases.csv
    assert canonical["huN901-DM1"] == canonical["IMGN901"] == "lorvotuzumab mertansine"
    assert canonical["huC242-DM4"] == canonical["IMGN242"] == "huC242-DM4"
    assert canonical["trastuzumab-DM1"] == canonical["T-DM1"] == "trastuzumab emtansine"
    payloads = {c.canonical_name: c.payload for c in extracted(SEED_2008).compounds}
    assert payloads["huC242-DM4"] == payloads["BIIB015"] == "DM4"
    assert payloads["trastuzumab emtansine"] == "DM1"
    in_2007 = {c.name: c.canonical_name for c in extracted(SEED_2007).compounds}
    assert in_2007["huC242-DM4"] == "huC242-DM4"


def test_background_deals_are_kept_apart_from_the_news():
    background = [e for e in extracted(SEED_2008).events if not e.announced]
    assert [(e.event_type, e.counterparty, e.deal_year) for e in background] == [
        ("licensing_deal", "Biogen Idec", 2004)
    ]
    assert background[0].sentence.startswith("In 2004, Biogen Idec licensed the exclusive right")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zeta Bio said its current CFO Anna D'Souza will retire.", ("Anna D'Souza", "CFO")),
        (
            "Tom Reed, the firm's chairman and chief executive, said the plan was sound.",
            ("Tom Reed", "chairman and chief executive"),
        ),
        # two surnames, the second with its particle, after an accented given name
        (
            'Aimé Durand de Rivière, Deputy General Manager, says: "We are pleased."',
            ("Aimé Durand de Rivière", "Deputy General Manager"),
        ),
        # a first initial before the given name; a capital particle inside the surname
        (
            '"We are pleased," said C. Quill Varnado, Zeta\'s chairman.',
            ("C. Quill Varnado", "chairman"),
        ),
        (
            "Quill LeVarnado, Zeta's EVP and Chief Operating Officer stated it.",
            ("Quill LeVarnado", "EVP and Chief Operating Officer"),
        ),
    ],
)
def test_a_surname_with_a_capital_particle_and_a_title_after_the_firms(text, person):
    assert [(p.name, p.title) for p in find_people(text)] == [person]


def test_a_name_the_release_gives_its_issuer_is_no_person():
    text = (
        "Gloria Biomed raises $10m\n\nGloria Biomed (ASX: GBM) has called a trading halt as it "
        "finalises a $10 million capital raising.\n\nThe report said Gloria Biomed had placed 83 "
        "million shares at $0.12.\n"
    )
    assert extract_release(text, "doc", "file:///x.txt").people == []


def test_a_place_after_in_is_no_person_though_it_opens_with_a_given_name():
    text = (
        "Grants: Zeta Pharmaceuticals Inc. in San Diego said it received two grants. "
        '"We are pleased," said Diego Alvarez, chief executive of Zeta.\n'
    )
    assert [p.name for p in find_people(text)] == ["Diego Alvarez"]
    # ... or its seat after "of", set off by commas: "Zeta Inc., of Santa Clara, said"
    text = "Omega Tissue Sciences Inc., of Santa Clara, said the court confirmed the plan.\n"
    assert find_people(text) == []


def test_a_list_of_appointments_names_each_point_with_its_own_title():
    text = (
        "Zeta Announces Management Appointments\nBOSTON, July 26, 2004 -- Zeta Corporation "
        "(NASDAQ: ZETA) today announced the following executive appointments:\n|•\n"
        "|John J. Roe appointed to Vice President of Manufacturing\n|•\n"
        "|Laura Lee appointed to Executive Director of Regulatory Affairs\n"
        "Mark Hill was elected to the Board.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("John J. Roe", "Vice President of Manufacturing"),
        ("Laura Lee", "Executive Director of Regulatory Affairs"),
    ]


def test_a_title_cut_where_its_line_wrapped_takes_the_whole_title_printed_later():
    text = (
        "Zeta Corporation Appoints John A. Roe as Chief Financial Officer, General\n"
        "Counsel and Secretary\nBOSTON, October 21, 2003 -- Zeta Corporation (NASDAQ: ZETA) "
        "today announced that John A. Roe has joined the Company as Senior Vice President, Chief "
        "Financial Officer, General Counsel and Secretary.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        (
            "John A. Roe",
            "Senior Vice President, Chief Financial Officer, General Counsel and Secretary",
        )
    ]


def test_a_title_its_owner_names_in_a_lower_case_possessive_is_a_title():
    text = (
        "“This agreement is a milestone,” says Tazdin Roe, the company’s president and CEO. "
        "Mike will work with Patrick Lee, our Chief Strategy Officer, on it.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Tazdin Roe", "president and CEO"),
        ("Patrick Lee", "Chief Strategy Officer"),
    ]


def test_an_analyst_quoted_has_the_title_an_article_opens():
    text = (
        '"Investors can bet on them, too," said Koo Wan-seong, an analyst at HI Investment & '
        "Securities, in a report. Zeta Capital analyst Gary Roe wrote in a research note that "
        "sales grow.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Koo Wan-seong", "analyst"),
        ("Gary Roe", "analyst"),
    ]


def test_drs_before_names_is_an_honorific():
    text = "The inventors, Drs. John Roe and Jean Lee from Omega University, published it."
    assert [p.name for p in find_people(text)] == ["John Roe", "Jean Lee"]  # (listed with him)
    # (the second, with no title, is a person for the university's name after "of")
    text = "The inventors are Drs Sam Roe and John Isaacs of Zeta University."
    assert [p.name for p in find_people(text)] == ["Sam Roe", "John Isaacs"]


def test_a_controller_is_a_title():
    text = (
        "The company announced promotions:\n|Leanne Roe, Controller and Director of Finance, "
        "promoted to Executive Director of Finance.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Leanne Roe", "Controller and Director of Finance")
    ]


def test_a_vice_presidents_abbreviation_heads_a_title():
    text = (
        'Dr. Chris Paige, VP Research at Omega University, stated "We are very pleased." "We are '
        'pleased," said Ann Roe, VP, Corporate Development of Zeta.\n'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Chris Paige", "VP Research"),
        ("Ann Roe", "VP, Corporate Development"),
    ]


def test_a_former_or_founding_title_is_a_title():
    text = (
        "Ann B. Roe, the company’s former CFO, retired on December 14, 2007. Jo Lee, Zeta's "
        "founding Chief Executive Officer, will chair the board.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ann B. Roe", "former CFO"),
        ("Jo Lee", "founding Chief Executive Officer"),
    ]


def test_a_person_printed_with_and_without_a_middle_initial_is_one():
    text = (
        "Zeta Inc. Names Robert Kirkman as Chief Executive\n\nEDMONTON, Aug. 30, 2006 /PRNewswire/"
        " - Zeta Inc. (Nasdaq: ZETA) today announced the appointment of Robert L. Kirkman, MD, "
        "as President and Chief Executive Officer. Dr. Kirkman was also elected to the Board. "
        '"We are pleased," said Ann Roe, chair of Zeta. "It is a good day," said Ann B. Roe.\n'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Robert L. Kirkman", "President and Chief Executive Officer"),
        ("Ann B. Roe", "chair"),  # the fuller name, the shorter one's title
    ]


def test_people_from_quotes_appointments_and_contact_blocks():
    text = (
        "“We are pleased,” said Jane Q. Doe, Senior Vice President of Research at Acme. "
        "Acme announced the appointment of Rajiv Patel, PhD, as Chief Financial Officer. "
        "Tom Lee, Chairman and CEO, commented on the results. "
        "Robert A. Smith, chairman and chief executive officer of Beta, said so.\n\n"
        "CONTACT:\nMaria Gomez\nVice President, Investor Relations\n(617) 555-0100"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Jane Q. Doe", "Senior Vice President of Research", "person_quote_attribution"),
        ("Rajiv Patel", "Chief Financial Officer", "person_appointment"),
        ("Tom Lee", "Chairman and CEO", "person_title_apposition"),
        ("Robert A. Smith", "chairman and chief executive officer", "person_title_apposition"),
        ("Maria Gomez", "Vice President, Investor Relations", "person_contact_block"),
    ]
    for person in find_people(text):
        assert text[person.span_start : person.span_end] == person.name


def test_people_in_signatures_colon_titles_honorifics_and_owned_titles():
    text = (
        "Zeta Bio (Headquarters: Osaka, President and CEO: Kenji Mori) today said. "
        "“We are glad,” said Ana Lund, MD, Zeta's Senior Vice-President and CFO. "
        "Dr. Omar Haddad, Chief Executive Officer of Beta commented: “Good.” "
        "Paul Stein, the Company's Chief Medical Officer, will retire. "
        "He is succeeded by Dr Iris Vos, currently Vice President, Research. "
        "The compound was found by Professors Hugo Berg and Nils Frederik Åström.\n\n"
        "Enquiries:\nEmma Frédérique Dupré, Director of Communications, Zeta Bio\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Kenji Mori", "President and CEO", "person_title_colon"),
        ("Ana Lund", "Senior Vice-President and CFO", "person_quote_attribution"),
        ("Omar Haddad", "Chief Executive Officer", "person_title_apposition"),
        ("Paul Stein", "Chief Medical Officer", "person_title_apposition"),
        ("Iris Vos", "Vice President, Research", "person_current_title"),
        ("Hugo Berg", None, "person_honorific"),
        ("Nils Frederik Åström", None, "person_honorific"),
        ("Emma Frédérique Dupré", "Director of Communications", "person_contact_line"),
    ]
    # no person from a colon label that is no title, or a desk named like a person
    assert find_people("Source: Acme Bio, Inc. Contact: Media Relations, Acme") == []


def test_people_whose_title_comes_first_and_contacts_by_label():
    text = (
        "“It works,” said Zeta President and CEO Dan Moss. "
        "Zeta’s Managing Director, Dr Lena Park said, “We agree.” "
        "“Good,” said Omar Reyes, Beta Bio’s Chief Executive Officer.\n\n"
        "CONTACT: | Nora Quist |\n| (617) 555-0100 |\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Dan Moss", "President and CEO", "person_speech_title_name"),
        ("Lena Park", "Managing Director", "person_title_name_speech"),
        ("Omar Reyes", "Chief Executive Officer", "person_quote_attribution"),
        ("Nora Quist", None, "person_contact_label"),
    ]


def test_a_speech_verb_opening_its_sentence_attributes_the_quote_after_it():
    text = (
        'Commented Leo S. Brandt, M.D., Ph.D., president and CEO of Zeta, "We are pleased." '
        'Added Mira Holm, Zeta\'s chief financial officer: "Good." The United States, Canada.'
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Leo S. Brandt", "president and CEO", "person_quote_attribution"),
        ("Mira Holm", "chief financial officer", "person_quote_attribution"),
    ]


def test_a_companys_name_after_a_title_is_no_person():
    text = (
        '"We are very pleased," said Lars Holm, Chief Executive of Zeta Pharmaceuticals Group. '
        '"Our unit has a broad portfolio."'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [("Lars Holm", "Chief Executive")]


def test_an_executive_alone_before_a_name_is_what_the_person_is_no_title():
    text = (
        "Zeta Bio, Inc. appointed pharmaceutical executive Ann B. Roe to the board of "
        "directors, and named biotech veteran and chief executive Lars Holm its chairman."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ann B. Roe", None),
        ("Lars Holm", "chief executive"),
    ]


def test_a_dateline_dash_is_no_part_of_a_title_before_a_name():
    from transform import extract_release

    text = (
        "Zeta Bio Wins\n\nBOSTON, May 1, 2012 -- Chief Executive Officer John Walker said the "
        "trial was positive. Zeta Bio, Inc. (Nasdaq: ZETA) develops drugs.\n"
    )
    people = extract_release(text, "d", "x.txt").people
    assert [(p.name, p.title) for p in people] == [("John Walker", "Chief Executive Officer")]


def test_a_title_never_ends_with_a_unit_without_its_name():
    text = (
        "The FDA approved the request made by Dr Tobey Ward, professor of the Department of "
        "Pediatrics at Emory University School of Medicine, who leads the trial."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [("Tobey Ward", "professor")]


def test_titles_keep_the_department_they_head_and_drop_the_company():
    text = (
        "“Yes,” said Ana Lind, Vice President, Head of the Tumour Immunology Research Unit (TIRU) "
        "at Zeta Bio. “Fine,” said Ben Ode, Senior Vice President of Research at Beta, Inc. "
        "“Good,” said Cy Park, vice president of discovery research and clinical pharmacology "
        "for Gamma's vaccines business. “Done,” said Di Roe, Chief Executive Officer of Delta "
        "Therapeutics, in a statement. Eve Nash, Senior Vice President, Research & Development, "
        "will join.\n"
        "Fay Gold, Head of Investor Relations, Zeta Bio Inc\n"
        "President & CEO of Omega Pharma, Mr. Gil Tan said, “We agree.”\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ana Lind", "Vice President, Head of the Tumour Immunology Research Unit (TIRU)"),
        ("Ben Ode", "Senior Vice President of Research"),
        ("Cy Park", "vice president of discovery research and clinical pharmacology"),
        ("Di Roe", "Chief Executive Officer"),
        ("Eve Nash", "Senior Vice President, Research & Development"),
        ("Fay Gold", "Head of Investor Relations"),
        ("Gil Tan", "President & CEO"),
    ]


def test_a_company_named_like_a_department_still_leaves_the_title():
    # "Medical" and "Oncology" head departments too; the company is known, so the title drops it
    text = (
        "EDMONTON, Sept. 22 /PRNewswire/ - Zeta Medical Corp. (TSX: ZM) today announced a "
        "payment from Beta Oncology Inc. “We are pleased,” said Ann Roe, President and CEO of "
        "Zeta Medical. “So are we,” said Bo Lee, Chief Medical Officer of Beta Oncology.\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Ann Roe", "President and CEO", "Zeta Medical"),
        ("Bo Lee", "Chief Medical Officer", "Beta Oncology"),
    ]


def test_a_title_a_person_joins_serves_or_succeeds_as_and_the_company_joined():
    text = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced changes. "
        "Roger Dane, M.D. serving as Interim Chief Oncology Officer, will report to the CEO. "
        "Julia Bend, M.D. who will be joining Zeta Bio from Omega Pharma in 2020 as Chief "
        "Development Officer, will lead trials. Nina Park joins Zeta Bio as Chief Medical "
        "Officer from Omega Pharma. Omar Reyes will succeed Tom Lee as Chief Executive Officer.\n"
        "\nMedia contact:\nJane Roe\n+1 555 123 4567\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Roger Dane", "Interim Chief Oncology Officer", "Zeta Bio"),
        ("Julia Bend", "Chief Development Officer", "Zeta Bio"),
        ("Nina Park", "Chief Medical Officer", "Zeta Bio"),
        ("Omar Reyes", "Chief Executive Officer", "Zeta Bio"),
        ("Tom Lee", "Chief Executive Officer", "Zeta Bio"),
        ("Jane Roe", None, "Zeta Bio"),
    ]


def test_an_appointment_as_its_title_gives_the_title():
    text = (
        "Zeta (NASDAQ:ZETA) on Monday has announced the appointment of Matt Angel as its interim "
        "chief executive officer and president, and of Jane Roe as the Company's CFO. Zeta "
        "has tapped former Omega research leader Dr. Ann Lee as its new chief scientific officer."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Matt Angel", "interim chief executive officer and president"),
        ("Jane Roe", "CFO"),
        ("Ann Lee", "chief scientific officer"),
    ]


def test_the_company_before_a_title_before_the_name_is_the_persons_or_unknown():
    text = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) today received a milestone "
        'from Merck. Omega managing director Will Dent said the milestone was due. "Great," said '
        'Zeta CEO Ann Lee. "Fine," said Merck President Dan Roe. The CEO and chair Mia Holt '
        "said so too."
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Will Dent", None),  # Omega, which the release names nowhere else
        ("Ann Lee", "Zeta Bio"),
        ("Dan Roe", "Merck"),
        ("Mia Holt", "Zeta Bio"),
    ]


def test_a_title_of_a_company_before_the_name_and_a_long_title_before_the_company_after_it():
    text = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) today completed its deal "
        "with Omega Pharmaceutical Group. Chairman of Omega Pharmaceutical Group Mr Yan Kai "
        'said: "We are pleased." "Glaucoma is common," said Vlad Hoge, MD, senior vice '
        "president and general manager, neuroscience and ophthalmology, Beta & Co., Inc. "
        '"It is a fine drug," said Ann Lee, chief executive officer, who joined from Beta & '
        "Co., Inc.\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Yan Kai", "Omega Pharmaceutical Group"),
        ("Vlad Hoge", "Beta"),
        ("Ann Lee", "Zeta Bio"),  # a company after a verb is no post of hers
    ]


def test_a_company_in_the_words_a_person_says_after_a_short_title_is_no_post_of_theirs():
    text = (
        "Zeta Expands License\n\nMERIDEN, Conn., Nov. 9, 2010 /PRNewswire/ -- Zeta Sciences "
        "Corporation (ZSC) announced that it has expanded its agreement with Omega Pharma, Inc. "
        '(OPI).\nDaniel Adams, Executive Chairman, said, "We look forward to working with OPI in '
        'Japan."\n'
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.organization) for p in people] == [("Daniel Adams", "Zeta Sciences")]


def test_biobucks_are_milestones_and_big_pharma_is_no_company():
    text = (
        "Zeta Therapeutics has lined up Big Pharma licensing deals for years. The deal includes a "
        "$17.5 million upfront from Omega Pharmaceuticals, Inc., with a backloaded $1.35 billion "
        "in biobucks on the line, Zeta said Wednesday.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [o.name for o in extraction.organizations] == ["Omega Pharmaceuticals, Inc."]
    assert [(m.amount, m.kind, m.payer) for m in extraction.money] == [
        (17.5e6, "upfront", "Omega Pharmaceuticals"),
        (1.35e9, "milestone", "Omega Pharmaceuticals"),
    ]


def test_a_company_in_a_title_in_capitals_is_the_one_the_text_names_in_full():
    from transform.organizations import find_organizations

    text = "ZETA AND NOVARTIS SIGN AGREEMENT\n\nZeta Pharma Co., Ltd. and Novartis AG agreed."
    assert [o.name for o in find_organizations(text, "Zeta Pharma Co., Ltd.")] == ["Novartis AG"]


def test_an_irregular_plurals_possessive_names_an_institution_and_owns_none():
    from transform.organizations import find_organizations

    text = "Zeta Pharma signed a license agreement with Children's Hospital of Omaha."
    assert [o.name for o in find_organizations(text, "Zeta Pharma")] == [
        "Children's Hospital of Omaha"
    ]


def test_a_company_named_in_italian_or_spanish_keeps_its_joining_words():
    from transform.organizations import find_organizations

    text = (
        "Zeta has also entered into an agreement with Zetadati Industria Chimica e Farmaceutica "
        "S.p.A. (Zetadati). It licensed ZB-1 to Laboratorios del Dr. Omegate S.A. in Spain. Zeta "
        "and Omega Ltd signed."
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "Zetadati Industria Chimica e Farmaceutica S.p.A.",
        "Laboratorios del Dr. Omegate S.A.",
        "Omega Ltd",  # English "and" joins two names, never one
    ]


def test_a_possessive_before_a_company_is_no_part_of_its_name():
    from transform.organizations import find_organizations

    text = "Zeta Bio Inc., a wholly-owned subsidiary of Japan's Omega Pharmaceutical, said so."
    assert [o.name for o in find_organizations(text, None)] == [
        "Zeta Bio Inc.",
        "Omega Pharmaceutical",
    ]
    # a country in capitals or initials is an owner too
    for country in ("the UK’s", "the U.S.'s"):
        text = (
            f"Before then, Zeta Bio in June expanded a contract with {country} Omega "
            "Therapeutics by granting rights for global development, the company said."
        )
        assert [o.name for o in find_organizations(text, "Zeta Bio")] == ["Omega Therapeutics"]
    # ... opening a sentence, before a name its head word closes
    text = "The UK’s Omega Group, which makes inhalers, has posted a strong set of financials."
    assert [o.name for o in find_organizations(text, None)] == ["Omega Group"]


def test_a_day_after_a_name_a_legal_form_alone_and_an_ipo_are_no_organisations():
    from transform.organizations import find_organizations

    text = (
        "New Delhi: Shares of drug firm Zeta India Thursday soared nearly 7% after approval of "
        "its tablets. Copies of the prospectus are available under the Corporation’s profile on "
        "SEDAR, the company said in a statement. It was the largest opening day gain of any "
        "biotech IPO in at least nine years.\n2. Joint Venture Company: Planned Overview\n"
    )
    assert [o.name for o in find_organizations(text, None)] == ["Zeta India"]


@pytest.mark.parametrize(
    "title",
    [
        "Zeta Pharma to Spin Off Generics Business as Independent Public Company",
        "Zeta Pharma Names New Holding Company Board Chair",
        "Zeta Pharma Names Leadership of the Combined Company",
        "Zeta Pharma Spin-Off to Trade as Separate Listed Company",
    ],
)
def test_what_kind_of_company_one_is_names_no_organisation(title):
    from transform.organizations import find_organizations

    text = f"{title}\n\nZeta Pharma said Kestrel Generics Company and Omega Bio Corporation agreed."
    assert [o.name for o in find_organizations(text, None)] == [
        "Kestrel Generics Company",
        "Omega Bio Corporation",
    ]


def test_a_headlines_subject_and_verb_are_no_part_of_the_company_after_them():
    from transform.organizations import find_organizations

    text = "Omega Pharma Acquires Zeta Bio Corporation\n\nSelect Medical Corporation agreed.\n"
    assert [o.name for o in find_organizations(text, None)] == [
        "Zeta Bio Corporation",
        "Select Medical Corporation",
    ]


def test_a_headlines_words_around_its_verb_are_no_organisation():
    text = (
        "Zeta BioPharma and Omega Biotechnology Enters Strategic Alliance and\nLicense Agreement "
        "to Develop ZT-301\nTokyo, Japan - March 06, 2008 - Zeta BioPharma, Inc. and the Gamma "
        "Research Foundation signed an alliance.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert not any("Alliance" in name for name in names)
    assert "Gamma Research Foundation" in names


def test_the_people_named_before_an_institutions_of_are_no_part_of_it():
    text = (
        "The inventors are Dr Tom Roe, a professor at the University of Victoria, and Drs Sam "
        "Lee and John Isaacs of Zeta Hopkins University. Lady Davis Institute of Medical "
        "Research joined.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "Zeta Hopkins University" in names
    assert not any("Isaacs" in name for name in names)


def test_a_companys_constitution_is_no_organisation():
    text = (
        "The Board of Directors of Zeta A/S proposes to amend the Articles of Association of the "
        "Company and its Certificate of Incorporation, as the Danish Medicines Agency asked.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "Articles of Association" not in names
    assert "Certificate of Incorporation" not in names
    assert "Zeta A/S" in names


def test_an_organisations_head_word_alone_names_no_organisation():
    text = (
        "Mr. Roe most recently served as Vice President, Finance and Administration at the Zeta "
        "Group, a consulting company, and advised the Food and Drug Administration.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert names == ["Zeta Group", "Food and Drug Administration"]


def test_a_clocks_meridiem_and_zone_glued_before_a_company_are_no_part_of_it():
    text = (
        "Jun. 01, 2021 8:17 AM ETZeta Pharma Co., Ltd. (ZTAKF), OMGNBy: Ann Roe, News Editor\n"
        "Omega Inc. and Zeta Pharma announced an agreement to develop ZT-9 in atopic dermatitis. "
        "At 9:30 EST Zeta Bio Inc. opened higher.\n"
    )
    repaired = clean_document(text.encode(), "zeta.txt")
    assert isinstance(repaired, CleanText)
    names = [o.name for o in find_organizations(repaired.text, None)]
    assert names == ["Zeta Pharma Co., Ltd.", "Omega Inc.", "Zeta Bio Inc."]


def test_organizations_keep_both_legal_forms_and_lose_titles_and_meetings():
    text = (
        "Zeta licensed rights to Kiso Pharmaceutical Co., Ltd. and Nara Yakuhin Company, "
        "Limited, said the Chief Executive Officer of Omni Bio Inc. And Beta Health AG will "
        "present at the American Society of Clinical Oncology Annual Meeting."
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == [
        "Kiso Pharmaceutical Co., Ltd.",
        "Nara Yakuhin Company, Limited",
        "Omni Bio Inc.",
        "Beta Health AG",
        "American Society of Clinical Oncology",
    ]
    # a limited partnership on shares and its general partner's form, one form
    text = 'The offer made by Kiso GmbH & Co. KGaA ("Kiso") and Nara SE & Co. KGaA closed.'
    assert [o.name for o in find_organizations(text, None)] == [
        "Kiso GmbH & Co. KGaA",
        "Nara SE & Co. KGaA",
    ]
    # "Co Ltd" printed without its stops, as wires print Japanese companies: one form
    text = (
        "Zeta agreed to pay Japan's Kiso Hakko Kogyo Co Ltd and Nara Co, Ltd. up to $520 million."
    )
    assert [(o.name, o.canonical_name) for o in find_organizations(text, None)] == [
        ("Kiso Hakko Kogyo Co Ltd", "Kiso Hakko Kogyo"),
        ("Nara Co, Ltd.", "Nara"),
    ]


def test_a_head_word_a_number_or_a_letter_labels_is_no_organisation():
    """'PAH (WHO Group 1)', 'the Zeta Group 2 cohort': a class, never a body; a year after a
    society's name leaves it one."""
    text = (
        "Zeta Approval\n\nTOKYO, 25 March 2022 -- Zeta Co., Ltd. today announced approval for "
        "pulmonary arterial hypertension (PAH; WHO Group 1). Patients in the Omega Group 2 "
        "cohort and in Group A did well, as shown at the American Society of Hematology 2023 "
        "Annual Meeting and by the Roche Group.\n"
    )
    names = [o.name for o in extract_release(text, "d", "file:///x", []).organizations]
    assert names == ["American Society of Hematology", "Roche Group"]


def test_organizations_by_lexicon_legal_form_and_organisation_head():
    text = (
        "Acme Bio, Inc. licensed its platform to Zeta Pharmaceuticals, Inc. and Amgen Inc. after "
        "review by the European Medicines Agency and the U.S. Food and Drug Administration. "
        "About Acme Bio, Inc.: the Company works with Nasdaq and the American Society of "
        "Hematology."
    )
    found = [(o.name, o.rule) for o in find_organizations(text, "Acme Bio, Inc.")]
    assert found == [
        ("Zeta Pharmaceuticals, Inc.", "company_suffix"),
        ("Amgen Inc.", "organization_lexicon"),
        ("European Medicines Agency", "organization_lexicon"),
        ("U.S. Food and Drug Administration", "organization_lexicon"),
        ("American Society of Hematology", "organization_head"),
    ]


def test_a_title_word_opens_an_institutions_name_unless_a_title_closes_on_it():
    text = (
        "Discovery Laboratories Inc. and the Senior Vice President of Kappa Bio Ltd. agreed. "
        "Zeta awaits a decision from the Medical Products Agency, said the Chief Medical "
        "Officer of the Omega Research Institute, Bo Li."
    )
    found = sorted(o.name for o in find_organizations(text, "Zeta Bio, Inc."))
    assert found == [
        "Discovery Laboratories Inc.",
        "Kappa Bio Ltd.",
        "Medical Products Agency",
        "Omega Research Institute",
    ]


def test_a_laws_name_and_a_securitys_number_name_no_organisation_or_compound():
    text = (
        "Omega Bio Inc. holds 20% of Zeta Bio AG (ISIN DE0006046113, SIN 663720, WKN 604611) "
        "within the meaning of Section 111a of the German Stock Corporation Act."
    )
    assert [o.name for o in find_organizations(text, "Zeta Bio AG")] == ["Omega Bio Inc."]
    assert [c.name for c in find_compounds(text)] == []


def test_a_companys_registration_number_is_no_compound():
    text = (
        "Zeta Therapeutics Limited (ACN 634 333 387) and Omega Pty Ltd (ABN 25 000 263 025), "
        "with Kappa GmbH (HRB 12345), signed an exclusive licence for ZT-101."
    )
    assert [c.name for c in find_compounds(text)] == ["ZT-101"]


def test_letters_a_space_and_a_measured_number_are_no_code_name():
    text = (
        "Zeta won approval for its generic of Omegacol, a brand with sales of US 861 million "
        "dollars, in tablets of EQ 250 mg base and 12 %; MK 3475 and BI 1015550 are codes. "
        "Revenues stood at RS 1714 crore, up from RS 1501 Crore. G-202 is a code, S-1 a form."
    )
    assert [c.name for c in find_compounds(text)] == ["MK 3475", "BI 1015550", "G-202"]


def test_a_preposition_opens_no_company_name():
    from transform.issuer import _without_opener

    assert _without_opener("To Zeta Bio", 0) == ("Zeta Bio", 3)


def test_an_organism_named_before_the_infection_it_causes_is_no_compound():
    text = "Murepavadin treats Pseudomonas aeruginosa infections in people with cystic fibrosis."
    assert [c.name for c in find_compounds(text)] == ["Murepavadin"]


def test_a_plural_noun_or_an_adjective_of_icd_is_no_disease():
    text = "It treats asthma in adults with a history of severe attacks and cardiac events."
    assert [i.name for i in find_indications(text)] == ["asthma"]


def test_the_issuers_name_with_a_word_glued_before_it_is_the_issuer():
    text = "Zeta Bio, Inc. Reports Year-End Zeta Bio, Inc. Results; Omega Bio Inc. agreed."
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == ["Omega Bio Inc."]


def test_companies_named_by_a_word_of_the_trade_without_a_legal_form():
    text = (
        "Zeta has licensed its lead antibody to Ligand Pharmaceuticals and has sold the unit "
        "that makes it, JRH Biosciences, to Omni Healthcare for cash. This release holds "
        "statements made under the Private Securities Litigation Reform Act, and our new head "
        "of the clinic for Oncology joined us.\nZeta Bio Partners With Delta Therapeutics\n"
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == ["Ligand Pharmaceuticals", "JRH Biosciences", "Omni Healthcare"]
    text = (  # more words of the trade: a generics maker, a sciences firm
        "Zeta settled its patent litigation with Merrow Generics, under which Merrow will pay "
        "Zeta $12.5 million; Frazier Life Sciences and Halden BioMed joined the round."
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == ["Merrow Generics", "Frazier Life Sciences", "Halden BioMed"]
    text = (
        "Zeta raised $8 million in seed funding from Gates Venture Partners and Novartis "
        "Venture Fund."
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == ["Gates Venture Partners", "Novartis Venture Fund"]  # never "Novartis Venture"


def test_a_college_academy_authority_or_trust_is_an_organisation_not_a_person():
    # "Royal" is a given name: "the Royal College" had loaded as a person titled "member of the"
    text = (
        "He is a member of the Royal College of Physicians in London and a fellow of the Omega "
        "Academy of Sciences. The Swedish Ethical Review Authority and the Wellcome Trust agreed."
    )
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == [
        "Royal College of Physicians",
        "Omega Academy of Sciences",
        "Swedish Ethical Review Authority",
        "Wellcome Trust",
    ]
    assert [p.name for p in find_people(text)] == []


def test_an_organisation_named_head_first():
    text = "It was found at the University of Auckland and licensed from the Ministry of Health."
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == ["University of Auckland", "Ministry of Health"]
    # a second head with its own field: a school of a university
    text = (
        "It is led by Jo Lee of the University of Zetania School of Medicine and Ann Roe of "
        "Omega State University School of Medicine.\n"
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert found == [
        "University of Zetania School of Medicine",
        "Omega State University School of Medicine",
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("It bought the rights from US privately-held firm Chicago Labs.", ["Chicago Labs"]),
        ("It will pay Anglo-Swedish drugmaker Zetazeneca a fee.", ["Zetazeneca"]),
        # a legal form's stop ends the sentence, and the name
        ("It sold its subsidiary Oncozeta Ltd. Further details will follow.", ["Oncozeta Ltd."]),
        ("Respiratory drug developer Synairgenix said it began dosing.", ["Synairgenix"]),
        (
            "It signed with its partner Omega Biologics and with partner Zetavia.",
            ["Omega Biologics", "Zetavia"],
        ),
        # a headline's verb is no part of the name after it
        ("Acme Begins Trials in Poland; Selects Omega SA as Its CRO\n", ["Omega SA"]),
        # a person after a title, a weekday and a common word are no company
        ("The company CEO Jane Roe spoke; the company Monday said the company Board met.", []),
    ],
)
def test_a_company_named_after_a_noun_that_says_what_it_is(sentence, names):
    from transform.organizations import find_organizations

    found = find_organizations("Headline\n\n" + sentence + "\n", None)
    assert [org.name for org in found] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Zeta and PYXIS, a healthcare company focused on early detection, agreed.", ["PYXIS"]),
        ("It works with OrganoZeta, a developer of patient-derived organoids.", ["OrganoZeta"]),
        (
            "Zeta said Beta Omega Labs, an Irish drug delivery start-up, joined.",
            ["Beta Omega Labs"],
        ),
        # the issuer's legal form, the company itself, a person and a place are none
        ("Zeta Bio, Inc., a biotech company, and the Company, a Delaware company, met.", []),
        ("Jane Roe, a company veteran, moved to Boston, a city of biotech companies.", []),
        ('"Yes," said Dr. Quill Varnado, a member of the company\'s board of directors.', []),
    ],
)
def test_a_company_an_apposition_says_is_one(sentence, names):
    found = find_organizations("Headline\n\n" + sentence + "\n", "Zeta Bio, Inc.")
    assert [org.name for org in found] == names


def test_a_place_in_parentheses_before_the_form_a_possessive_name_and_a_code_after_a_head():
    text = (
        "Zeta's Pharmaceutical (HK) Ltd. and its affiliate, Omega Pharmaceutical (Hefei) Co. "
        "Ltd., signed with an affiliate of Beta Group for ZX148.\n"
    )
    found = [(o.name, o.canonical_name) for o in find_organizations(text, None)]
    assert found == [
        ("Zeta's Pharmaceutical (HK) Ltd.", "Zeta's Pharmaceutical"),
        ("Omega Pharmaceutical (Hefei) Co. Ltd.", "Omega Pharmaceutical"),
        ("Beta Group", "Beta Group"),
    ]


def test_a_drug_name_the_text_calls_a_partner_and_a_route_of_administration_are_no_names():
    from transform.compounds import find_compounds

    text = (
        "Zeta Resources, Inc. and its partners Genpharm and Omega Health received a ruling. "
        "Genpharm licensed the product. Zetabal Gel for Intranasal Administration ships soon.\n"
    )
    assert "Genpharm" not in [c.name for c in find_compounds(text)]
    found = [o.name for o in find_organizations(text, "Zeta Resources, Inc.")]
    assert "Genpharm" in found
    assert not any(name.endswith("Administration") for name in found)


def test_two_plain_nouns_paired_by_and_inside_a_name_and_two_names_paired():
    text = (
        "Zeta signed agreements with Omega General Hospital and with Zetania Research and "
        "Development Company Ltd., and Beta Sachs and Gamma Partners LLC advised Zeta.\n"
    )
    found = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert "Zetania Research and Development Company Ltd." in found
    assert "Gamma Partners LLC" in found  # two names: never "Beta Sachs and Gamma ..."
    assert not any(name.startswith("Beta Sachs and") for name in found)


def test_a_companys_noun_after_an_indefinite_article_names_no_company():
    text = (
        "Zeta Biopharma Inc. is a publicly listed, Biopharmaceutical Company focused on cancer. "
        "Beta Labs, Inc. (a subsidiary of Omega Home Products Corporation) is an Omega Group "
        "member.\n"
    )
    found = [o.name for o in find_organizations(text, "Zeta Biopharma Inc.")]
    assert found == ["Beta Labs, Inc.", "Omega Home Products Corporation", "Omega Group"]


def test_organizations_leave_out_the_issuer_by_any_name_and_an_sec_cover_page():
    text = (
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 6-K\n"
        "ZETA BIO A/S\n(Exact name of registrant as specified in its charter)\n\n"
        "EDMONTON, AB, Dec. 17 /CNW/ -- Eli Lilly and Company and GlaxoSmithKline, or GSK, "
        "said Lilly will pay Omni Bio Inc. once sales pass a threshold, as Business Wire "
        "reported.\n"
    )
    found = [o.name for o in find_organizations(text, "Eli Lilly and Company")]
    assert found == ["GlaxoSmithKline", "Omni Bio Inc."]
    # the issuer spelt with and without its initials' dots, and its defined term alone
    text = (
        'KS Zeta Holdings plc ("KSZ" or "the Group") announces its results. The Group '
        "signed with Omni Bio Inc.\n"
    )
    found = [o.name for o in find_organizations(text, "K.S. Zeta Holdings PLC")]
    assert found == ["Omni Bio Inc."]
    # a known organisation and what it granted something for: no longer name
    text = (
        "Zeta has Orphan Drug Designation from the European Medicines Agency for Zetalux in "
        "cystic fibrosis, and a grant from the Agency for Healthcare Research and Quality."
    )
    assert [o.name for o in find_organizations(text, "Zeta")] == [
        "European Medicines Agency",
        "Agency for Healthcare Research and Quality",
    ]


def test_partnerships_list_their_partners_and_legal_forms_of_other_countries():
    text = (
        "Goldman, Sachs & Co. is advisor to Valmont and Skadden, Arps, Slate, Meagher & Flom LLP "
        "is counsel; Hanmi Pharmaceutical Pte. Ltd. and Orion Oy agreed. In New York, Smith & "
        "Co. said so."
    )
    assert [o.name for o in find_organizations(text, "Valmont Inc.")] == [
        "Goldman, Sachs & Co.",
        "Skadden, Arps, Slate, Meagher & Flom LLP",
        "Hanmi Pharmaceutical Pte. Ltd.",
        "Orion Oy",
        "Smith & Co.",
    ]
    text = "Jefferies LLC and Cowen and Company, LLC are acting as joint book-running managers."
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == [
        "Jefferies LLC",
        "Cowen and Company, LLC",
    ]


@pytest.mark.parametrize(
    "role, firms",
    [
        # a role of the securities trade is a firm's, whatever its name looks like (Morgan
        # Keegan: a firm no lexicon lists)
        ("book-running managers", ["Morgan Keegan", "Cowen", "Jefferies"]),
        ("underwriters", ["Morgan Keegan", "Cowen", "Jefferies"]),
        # counsel may be a person: a name like one's stays out (the banks names.csv lists stay)
        ("legal counsel", ["Cowen", "Jefferies"]),
    ],
)
def test_firms_of_the_securities_trade_named_like_people(role, firms):
    text = f"Morgan Keegan, Cowen and Jefferies are acting as {role} for the offering."
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == firms


def test_an_academic_degree_is_no_organisation():
    text = (
        "Ms. Roe holds a Master of Business Administration from the Graduate School of Business, "
        "Stanford University, and a Bachelor of Science from the University of Delaware."
    )
    names = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert "Master of Business Administration" not in names
    assert "Stanford University" in names and "University of Delaware" in names


@pytest.mark.parametrize(
    "defined, name",
    [
        # the short name spells a word before the name the trade words found: it is the name's
        ('(hereinafter "GNT")', "Global Neurotech Pharma"),
        ('("GNP")', "Global Neurotech Pharma"),
        # a short name of the words found alone keeps them alone
        ('(hereinafter "NP")', "Neurotech Pharma"),
        ("", "Neurotech Pharma"),
    ],
)
def test_a_defined_short_name_keeps_a_common_word_opening_the_name(defined, name):
    text = (
        f"Zeta concluded an exclusive agency agreement with Global Neurotech Pharma {defined}, a "
    )
    text += "Korean venture business."
    assert [o.name for o in find_organizations(text, "Zeta Tsusho")] == [name]


def test_an_organisation_head_with_what_it_is_for():
    text = (
        "at the Annual Meeting of the American Association for Cancer Research (AACR); the "
        "Center for Drug Evaluation and Research and the Society for Immunotherapy of Cancer "
        "Annual Meeting."
    )
    assert [o.name for o in find_organizations(text, "Genvira Inc.")] == [
        "American Association for Cancer Research",
        "Center for Drug Evaluation and Research",
        "Society for Immunotherapy of Cancer",
    ]


def test_a_companys_name_before_a_kind_of_molecule_names_the_substance():
    text = (
        "Zeta Pharma regains the Amylin analog program and an Amylin receptor agonist from "
        "Boehringer Ingelheim.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Pharma A/S")] == ["Boehringer Ingelheim"]
    assert [o.name for o in find_organizations("Amylin said it would appeal.", None)] == ["Amylin"]


def test_a_companys_name_after_a_given_name_is_a_persons_surname():
    text = (
        "Please send the good word to Max Bayer or Gabrielle Masson. Zeta signed with Bayer and "
        "Eli Lilly in May. In May Pfizer said it would pay.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Pharma Inc.")] == [
        "Bayer",
        "Eli Lilly",
        "Pfizer",
    ]
    assert find_organizations("Send it to Max Bayer.", None) == []


def test_a_partner_named_by_its_word_of_the_trade_leaves_its_seat_after_of():
    text = (
        "Cadila Healthcare Ltd. entered into a manufacturing license agreement with Zetachem "
        "Lifesciences of Republic of Korea, and a research collaboration with the University of "
        "Oslo.\n"
    )
    assert [o.name for o in find_organizations(text, "Cadila Healthcare Ltd.")] == [
        "Zetachem Lifesciences",
        "University of Oslo",
    ]


def test_a_countrys_initials_before_a_partners_description_are_no_partner():
    text = (
        "Zeta signed a US$430 million license-out deal with U.S. pharmaceutical venture firm "
        "Omegagastrx Inc. and a research collaboration with Sigmabio.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Co.")] == [
        "Omegagastrx Inc.",
        "Sigmabio",
    ]


def test_a_deals_drug_after_for_is_no_part_of_an_organisations_name():
    text = (
        "Zeta Closes Licensing Transaction with Omega Group for Zetalone® in LHON\n"
        "Zeta signs with the Sigma Group for Keytruda in Europe, beside the Foundation for "
        "Research and the Agency for Healthcare Research.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Bio AG")] == [
        "Omega Group",
        "Sigma Group",
        "Foundation for Research",
        "Agency for Healthcare Research",
    ]


def test_a_headline_or_a_place_glued_before_a_company_is_no_part_of_it():
    text = (
        "Zeta PLC20 February 2008 Zeta Settles Its Loan and Undertakes Major Business "
        "Restructuring Zetagen plc (LSE:ZTG) today announces that Zetagen has settled. "
        "United States- Kestrel Co., Ltd. agreed. It works with New Jersey, USA-headquartered "
        "Northwind Corp."
    )
    assert [o.name for o in find_organizations(text, "Acme Inc.")] == [
        "Zetagen plc",
        "Kestrel Co., Ltd.",
        "Northwind Corp.",
    ]


def test_a_datelines_city_is_no_company_of_that_name():
    for text in (
        "SEATTLE--(BUSINESS WIRE)--April 7, 2003--Genvira Inc. and Seattle Genetics signed.",
        "Page chrome SEATTLE, April 7, 2003 (BUSINESS WIRE) -- Genvira Inc. and Seattle Genetics",
    ):
        assert [o.name for o in find_organizations(text, "Genvira Inc.")] == ["Seattle Genetics"]


def test_a_name_a_parenthesis_defines_is_the_company_before_it():
    text = (
        'Sun Pharmaceutical Industries Ltd. (NSE: SUNPHARMA, "Sun Pharma") and Kyowa Seiyaku '
        'Co., Ltd. (TSE: 4599, "Kyowa Pharma") agreed with Omni Bio Inc.\n\nSun Pharma is a '
        "generics maker. Kyowa Pharma is a partner."
    )
    found = [o.name for o in find_organizations(text, "Sun Pharmaceutical Industries Ltd.")]
    assert found == ["Kyowa Seiyaku Co., Ltd.", "Omni Bio Inc."]


def test_contacts_under_a_desks_label():
    text = (
        "Contacts:\nInvestor Relations:\nJane Doe\n+1 617 555 0100\n\nMedia:\n"
        "Kenji Watanabe, Corporate Communications\n+81 3 1234 5678\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Jane Doe", None, "person_contact_label"),
        ("Kenji Watanabe", None, "person_contact_label"),
    ]
    # an indented block under the company: the name with its phone, the title below
    text = (
        "Contact:\n     Genvira Inc.\n     Peter Halvorsen, 206/555-0188\n"
        "     Chief Financial Officer\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Peter Halvorsen", "Chief Financial Officer", "person_contact_block")
    ]
    # a title after the name, less its company
    text = "/CONTACT: Susan Lee, Director of Investor Relations of Novex Corporation, 801-555-1200/"
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Susan Lee", "Director of Investor Relations")
    ]


def test_no_person_from_a_heading_and_a_title_before_an_apposition():
    text = (
        "About Zeta Bio\nNavigation Links\n\nZeta's Chief Medical Officer, Dr. Maria Lopez, "
        "will present the data.\n\nContacts:\nKaren Holt\nMedia Relations\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Maria Lopez", "Chief Medical Officer"),
        ("Karen Holt", None),
    ]


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008, SEED_2011])
def test_seed_people_match_gold(seed):
    people = {(p.name, p.title) for p in extracted(seed).people}
    assert people == {(p["name"], p["title"]) for p in gold(seed)["people"]}


def test_a_list_sharing_one_head_noun_names_each_disease():
    text = (
        "cancers that express CanAg, which include gastric, pancreatic, colorectal, other "
        "gastrointestinal cancers and lymphoma."
    )
    assert [(i.name, i.rule) for i in find_indications(text)] == [
        ("gastric cancer", "indication_shared_head"),
        ("pancreatic cancer", "indication_shared_head"),
        ("colorectal cancer", "indication_shared_head"),
        # "other ... cancers" names a class, as printed
        ("gastrointestinal cancers", "indication_lexicon"),
        ("lymphoma", "indication_lexicon"),
    ]


def test_a_disease_printed_singular_and_plural_is_one_indication():
    text = "ovarian cancers are common; the trial enrols women with ovarian cancer."
    assert [i.name for i in find_indications(text)] == ["ovarian cancers"]


def test_a_subtype_leaves_its_class_but_a_stage_or_marker_does_not():
    text = (
        "for diabetes, including type 2 diabetes, and hemophilia A; hemophilia is rare. "
        "metastatic breast cancer and breast cancer; HER2-positive gastric cancer, gastric cancer"
    )
    assert [i.name for i in find_indications(text)] == [
        "diabetes",
        "type 2 diabetes",
        "hemophilia A",
        "hemophilia",
        "metastatic breast cancer",
        "HER2-positive gastric cancer",
    ]


def test_a_name_the_release_abbreviates_is_a_disease_when_it_ends_like_one():
    text = (
        "Lead programme in multiple sclerosis: trials in secondary progressive MS (SPMS) and in "
        "Duchenne muscular dystrophy (DMD) and Halvard-Brandt disease (HBD), under a Rare "
        "Pediatric Disease (RPD) designation and an Investigational New Drug (IND) application."
    )
    assert [(i.name, i.rule) for i in find_indications(text)] == [
        ("multiple sclerosis", "indication_lexicon"),
        ("secondary progressive MS", "indication_abbreviated"),
        ("Duchenne muscular dystrophy", "indication_lexicon"),  # not "muscular dystrophy"
        ("Halvard-Brandt disease", "indication_abbreviated"),  # (no row of indications.csv)
    ]


def test_an_abbreviation_the_release_defines_is_the_disease_it_abbreviates():
    text = "non-small cell lung cancer (NSCLC). In NSCLC, and in SCLC, the drug was active."
    assert [i.name for i in find_indications(text)] == ["non-small cell lung cancer", "SCLC"]
    text = "for relapsed or refractory acute myeloid leukemia (r/r AML). In AML, it was active."
    assert [i.name for i in find_indications(text)] == ["acute myeloid leukemia"]


def test_a_disease_as_an_adjective_or_as_another_name_is_no_new_indication():
    text = (
        "a presence in HIV-associated disorders and cancer-related fatigue, and in other "
        "insulin resistance associated disorders. BPH, commonly known as enlarged prostate, "
        "affects men; so does benign prostatic hyperplasia, also called prostate gland "
        "enlargement."
    )
    assert [i.name for i in find_indications(text)] == ["benign prostatic hyperplasia"]


def test_a_procedure_on_a_disease_or_a_drug_taken_by_mouth_names_no_indication():
    text = (
        "Zetamab treats pain following cataract surgery in 750 subjects; it is a new oral cancer "
        "drug, and Omegafex treats oral cancer. Zetacor, a potassium channel opener, treats "
        "epilepsy."
    )
    assert [i.name for i in find_indications(text)] == ["oral cancer", "epilepsy"]
    assert "potassium channel" not in [c.name for c in find_compounds(text)]


def test_a_list_without_a_serial_comma_shares_its_head_too():
    text = "therapies for breast, lung and colorectal cancers, and for skin and bone cancers."
    assert [i.name for i in find_indications(text)] == [
        "breast cancer",
        "lung cancer",
        "colorectal cancer",
        "skin cancer",
        "bone cancer",
    ]


def test_conjugate_components_where_the_release_states_them():
    def parts(seed: str) -> dict[str, tuple]:
        return {c.name: (c.payload, c.antibody, c.target) for c in extracted(seed).compounds}

    # "comprises ImmunoGen's huC242 antibody, which binds specifically to CanAg"
    assert parts(SEED_2007)["huC242-DM4"] == ("DM4", "huC242", "CanAg")
    assert parts(SEED_2008)["BIIB015"] == ("DM4", None, "Cripto")  # "Cripto-targeting antibody"
    assert parts(SEED_2011)["trastuzumab emtansine"] == ("DM1", "trastuzumab", None)  # its INN
    assert parts(SEED_2008)["DM4"] == ("DM4", None, None)  # a payload named alone


def test_an_anti_antibodys_antigen_is_its_target_and_no_neighbours_antibody():
    text = (
        "Zeta Wins Rights\n\nBOSTON, March 3, 2017 (GLOBE NEWSWIRE) -- Zeta Bio, Inc. (Nasdaq: "
        "ZETA) today announced it has acquired Omega's operations in China and its approved "
        "therapy Zetaxane and pipeline agent ZB-122. Omega has received rights to Zeta's "
        "humanised anti-PD1 antibody, ZB-A317, outside of Asia.\n"
    )
    parts = {c.name: (c.antibody, c.target) for c in extract_release(text, "d", "z").compounds}
    assert parts["ZB-A317"] == (None, "PD1")
    assert parts["ZB-122"] == (None, None)


def test_an_antibody_of_a_kind_names_its_target_never_its_antibody():
    lead = "Zeta News\n\nBOSTON, May 1, 2020 -- Zeta Inc. today announced approval of "
    for described, parts in (
        ("JB-201, a PD-L1 monoclonal antibody, for NSCLC.", (None, "PD-L1")),  # never "L1"
        ("JB-201, a HER2 monoclonal antibody, for NSCLC.", (None, "HER2")),
        ("JB-201, an EGFR antibody, for NSCLC.", (None, "EGFR")),
        ("JB-201, made by a US antibody maker.", (None, None)),
        ("JB-201, which comprises the huC242 antibody.", ("huC242", None)),  # named
    ):
        compounds = extract_release(lead + described + "\n", "d", "z").compounds
        assert {c.name: (c.antibody, c.target) for c in compounds}["JB-201"] == parts


def test_drug_names_no_hand_list_holds_come_from_the_drug_vocabulary():
    from transform.compounds import find_compounds

    text = (
        "Acme Bio will test olaparib with Orgovyx in a Phase II trial; its partner sells "
        "Symdeko and lopinavir/ritonavir. Acme accepts the terms; monoclonal antibodies, "
        "growth hormone, messenger RNA and insulin are not compounds here, nor is a selective "
        "immunomodulator, a bronchodilator or a 5-HT3 antagonist, an ion channel, a proton "
        "pump or an allogeneic mesenchymal precursor cell."
    )
    found = {(m.name, m.rule) for m in find_compounds(text)}
    assert found == {
        ("olaparib", "drug_vocabulary"),
        ("Orgovyx", "drug_vocabulary"),
        ("Symdeko", "drug_vocabulary"),
        ("lopinavir/ritonavir", "drug_vocabulary"),
    }


def test_a_new_brand_before_its_inn_with_the_fdas_suffix():
    found = [
        (m.name, m.canonical_name, m.rule)
        for m in find_compounds("Leqembi (lecanemab-irmb) was approved.")
    ]
    assert found == [
        ("Leqembi", "lecanemab", "brand_with_inn+alias_parenthetical"),
        ("lecanemab", "lecanemab", "drug_vocabulary"),
    ]


def test_a_new_brand_before_its_inn_and_salt():
    """A brand's brackets may print its INN with the salt after it: the INN the words open on
    makes it a brand; a word of English there makes none."""
    text = (
        "Glutavir (tenofovir alafenamide fumarate) tablets were approved. Zetaquel (quetiapine "
        "fumarate) too; Omegacare (patient support program) is a service."
    )
    assert [(m.name, m.rule) for m in find_compounds(text)][:2] == [
        ("Glutavir", "brand_with_inn+alias_parenthetical"),
        ("tenofovir alafenamide", "drug_vocabulary"),
    ]
    assert "Zetaquel" in [m.name for m in find_compounds(text)]
    assert "Omegacare" not in [m.name for m in find_compounds(text)]


def test_an_enzyme_inhibitors_inn_ends_in_stat():
    """WHO's stem -stat (enzyme inhibitors: "orlistat", "tazemetostat") marks an INN no list
    holds yet, and its brand before it; English words in -stat ("thermostat") stay words."""
    text = (
        "Tavoxa (relavostat) is marketed for pulmonary arterial hypertension. The device's "
        "thermostat failed."
    )
    assert [m.name for m in find_compounds(text)] == ["Tavoxa", "relavostat"]


def test_a_surname_or_a_company_ending_like_an_inn_stem_is_no_compound():
    """Scandinavian surnames end in the antisense stem -rsen: a company's name before its word
    of the trade and a sentence's stop, or a surname of the census lists, is no compound; an
    INN with that stem opening a sentence is one."""
    text = (
        "Revenue came from the collaboration with Halvorsen Pharma. Mr. Pedersen chairs it. "
        "Tofersen is approved."
    )
    assert [m.name for m in find_compounds(text)] == ["Tofersen"]


def test_a_name_a_drug_is_sold_under_is_a_brand():
    text = (
        "The FDA approved Zeta's drug. The drug, to be sold under the brand name Nephrava, is "
        'the first of its kind; in Japan it is marketed under the trade name "Zetaquel", and '
        "branded as Omegara®. Omega sells tablets, sold as Tablets, under the brand name Pfizer."
    )
    assert [(m.name, m.rule) for m in find_compounds(text)] == [
        ("Nephrava", "brand_named"),
        ("Zetaquel", "brand_named"),
        ("Omegara", "brand_named"),
    ]


def test_a_code_of_one_digit_is_a_compound_only_where_the_text_says_so():
    """Capitals, a hyphen and one digit name targets as often as drugs: a compound where the text
    calls it one, by an apposition, a noun before it or its patients after it."""
    text = (
        "Zeta will advance ORC-5, Zeta's menin inhibitor, and its lead candidate ZTB-9 into a "
        "trial of ZB-3 in patients with gout. Anti-PD-1 antibodies, PD-1 inhibitors, high PD-1 "
        "expression, IL-6, a cytokine, blocking PD-1 in patients with melanoma and the COX-2 "
        "inhibitor name no compound of one digit. Phase III trials of MRB-2 in chronic pain and "
        "patients treated with ABC-7 do; a study of LAG-3 does not. Its COVID-19 vaccine VNT-2 "
        "does too, and so does ARD-9, its oral fetal hemoglobin inducer."
    )
    assert [(m.name, m.rule) for m in find_compounds(text)] == [
        ("ORC-5", "development_code"),
        ("ZTB-9", "development_code"),
        ("ZB-3", "development_code"),
        ("MRB-2", "development_code"),
        ("ABC-7", "development_code"),
        ("VNT-2", "development_code"),
        ("ARD-9", "development_code"),  # (never "fetal hemoglobin": what it induces)
    ]


def test_a_name_the_sentence_gives_to_patients_is_a_compound():
    text = (
        "The Phase 3 study of Zolvanta for the treatment of gout met its goal. Tolerability of "
        "MyoPrex in patients with severe asthma was good; patients treated with Zolvanta versus "
        "placebo did better. The trial of Evolve in patients, a study of PRIMA in patients with "
        "cancer and a trial of Zeta Therapeutics in adults name no drug."
    )
    assert [(m.name, m.rule) for m in find_compounds(text)] == [
        ("Zolvanta", "brand_in_context"),
        ("MyoPrex", "brand_in_context"),
    ]


def test_a_word_a_compounds_code_follows_in_parentheses_is_its_name():
    text = (
        "Zeta reported Phase 3 results of zetadienol (ZT94B) nasal spray; the trial (ZT-1201) "
        "and the program (ZT-1202) name no drug."
    )
    found = [(m.name, m.canonical_name, m.rule) for m in find_compounds(text)]
    assert found[:2] == [
        ("zetadienol", "zetadienol", "name_before_code"),
        ("ZT94B", "zetadienol", "development_code+alias_parenthetical"),
    ]
    assert [name for name, _, _ in found[2:]] == ["ZT-1201", "ZT-1202"]


def test_english_words_with_a_number_are_no_drug_name():
    text = "Acme hosts a call at 10:00 a.m. ET on interferon beta-1a and insulin glargine."
    assert [m.name for m in find_compounds(text)] == ["interferon beta-1a", "insulin glargine"]


def test_program_numbers_that_look_like_years_and_vaccine_codes():
    text = (
        "Zeta develops NTLA-2001, BNT162b2 and EG-1962, with data at ASCO2019 and AB2019 and in "
        "FY-2019 and CY-2020."
    )
    assert [m.name for m in find_compounds(text)] == ["NTLA-2001", "BNT162b2", "EG-1962"]
    text = "Zeta develops BI 1015550 and DS-8201a; see NCT04470427, MA 02139 and FY 2021."
    assert [m.name for m in find_compounds(text)] == ["BI 1015550", "DS-8201a"]
    # a platform's prefix in mixed case before the number
    text = "Zeta licensed XmAb5871 and XmAb7195 to Omega; McKinsey advised in 2019."
    assert [m.name for m in find_compounds(text)] == ["XmAb5871", "XmAb7195"]


def test_an_english_word_ending_in_an_inn_stem_is_no_compound():
    from transform.compounds import find_compounds

    names = {m.name for m in find_compounds("Shareholders accept the offer for etanercept.")}
    assert names == {"etanercept"}


def test_an_english_word_after_an_inn_with_a_stems_ending_is_no_part_of_it():
    from transform.compounds import find_compounds

    text = (
        "Omega gained all rights to zetaceranib except in China, and to betamab concept "
        "studies; Zeta keeps zetatuzumab emtansine."
    )
    names = [m.name for m in find_compounds(text)]
    assert names == ["zetaceranib", "betamab", "zetatuzumab emtansine"]


def test_more_of_the_who_stems_mark_an_inn_no_english_word_has():
    from transform.compounds import find_compounds

    text = (
        "Costs worsen. Zeta licensed zetaquidar, an oral absorption enhancer, with "
        "omegagliflozin, betasiran and zetarsen in the program; a risk of yuletide penalties."
    )
    found = [(m.name, m.rule) for m in find_compounds(text)]
    assert found == [
        ("zetaquidar", "inn_stem"),
        ("omegagliflozin", "inn_stem"),
        ("betasiran", "inn_stem"),
        ("zetarsen", "inn_stem"),
    ]
    # immunomodulators, CGRP antagonists, CFTR modulators, HIF inhibitors, orexin antagonists,
    # guanylate cyclase stimulators, gene therapy vectors, cell therapies and fusion proteins
    text = (
        "Zeta develops zetagartigimod, omegepant, betacaftor, gammadustat, deltorexant, "
        "zetaciguat, zetaparvovec, betagene autotemcel and zetafusp; parcel, excel, transgene and "
        "oncogene are words."
    )
    assert [m.name for m in find_compounds(text)] == [
        "zetagartigimod",
        "omegepant",
        "betacaftor",
        "gammadustat",
        "deltorexant",
        "zetaciguat",
        "zetaparvovec",
        "betagene autotemcel",  # a cell therapy's two words, the gene's first
        "zetafusp",
    ]


def test_an_enzyme_a_drug_inhibits_or_numbered_with_its_gene_is_no_compound():
    from transform.compounds import find_compounds

    text = (
        "ZT-41 was shown to specifically inhibit protein tyrosine phosphatases; ZT-7001 blocks the "
        "enzyme telomerase. Arginase 1 (ARG1) and Arginase 2 (ARG2) are validated targets. "
        "Patients then received alteplase."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-41", "ZT-7001", "alteplase"]


def test_a_targets_abbreviation_after_or_is_no_compound_and_another_drug_is():
    from transform.compounds import find_compounds

    text = (
        "Zeta licensed ZT-0932, a small molecule inhibitor of Heat Shock Protein 90, or HSP90, "
        "to Omega. ZT-0940 is an inhibitor of the same enzyme, or ZT-0941, its backup."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-0932", "ZT-0940", "ZT-0941"]


def test_a_substance_named_as_a_drug_class_target_is_no_compound():
    from transform.compounds import find_compounds

    text = (
        "HMB-22, a GLP-1/glucagon dual agonist; semaglutide, a GLP-1 receptor agonist; a VEGF "
        "antagonist; insulin glargine therapy."
    )
    assert [m.name for m in find_compounds(text)] == ["HMB-22", "semaglutide", "insulin glargine"]
    # the abbreviation between, a drug said to aim at it
    text = (
        "ZT-41, a thyroid hormone receptor beta (THR-beta) agonist; ZT-9033, a mesothelin-"
        "targeted ADC; therapies targeting mesothelin; and semaglutide."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-41", "ZT-9033", "semaglutide"]
    # what a treatment targets: its abbreviation after its name, the next of a list
    text = (
        "Existing treatments target the vascular endothelial growth factor A (VEGF-A) protein, "
        "ZT-302 targets VEGF-C and VEGF-D, unlike semaglutide."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-302", "semaglutide"]
    # a class of drugs as an adjective, a fiscal period
    text = "its anti-hypertensive tablets and antihyperlipidemic drugs grew in Q3 FY21 and FY2020."
    assert [m.name for m in find_compounds(text)] == []
    # a class the drug vocabulary holds, printed after a brand
    assert [m.name for m in find_compounds("Zeta sold (calcium channel blocker) rights.")] == []
    # a class, a family of molecules: "the first-in-class cephalosporin", "integrin inhibitors"
    text = (
        "ceftobiprole, the first-in-class cephalosporin; its radiopharmaceutical manufacturing "
        "facility; oral integrin therapies."
    )
    assert [m.name for m in find_compounds(text)] == ["ceftobiprole"]
    # laboratory reagents' classes, a company named after one: "Molecular Probes Inc."
    text = (
        "Acme bought Molecular Probes Inc. for its fluorescent probes, DNA probes and "
        "crosslinking reagents, and sells ceftobiprole."
    )
    assert [m.name for m in find_compounds(text)] == ["ceftobiprole"]


def test_icd_wording_becomes_a_releases_wording():
    from transform.disease_vocabulary import release_wordings

    assert "breast cancer" in release_wordings("Malignant neoplasm of breast")
    assert "type 2 diabetes" in release_wordings("Type 2 diabetes mellitus without complications")
    assert "atrial fibrillation" in release_wordings("Unspecified atrial fibrillation")
    assert release_wordings("Metabolic syndrome and other insulin resistance") == {
        "metabolic syndrome"
    }


def test_a_milestone_payment_announced_with_its_sum_is_a_milestone_payment():
    lead = (
        "Zeta AB (publ) today announce a milestone payment of USD 750 000 from the partner Omega "
        "Therapeutics under the terms of license agreement on zetamab."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["milestone_payment"]


@pytest.mark.parametrize(
    "lead",
    [
        # a loss per share with a decimal point between the loss and its quarter
        "Zeta Corp. today reported a net loss of $1,127,542, or $0.03 per share for the fourth "
        "quarter ended December 31, 1998.",
        "Zeta reports Q4 loss on lower sales",
        "Zeta Announces Preliminary Full Year 2018 Unaudited Financial Results",
        "Zeta reported preliminary and unaudited financial results for the full year 2018.",
        "Zeta Pharma Inc.'s fourth-quarter loss swelled as it spent on a trial.",
        "Zeta's net loss for the fourth quarter ended December 31, 2005, improved 45%.",
        "Zeta Genetics says that its loss for the third quarter 2006 were $23.6 million.",
        "Zeta Corp. said its losses widened slightly in the third quarter to $2.8 million.",
        "Zeta Corp. yesterday beat estimates but still reported a $19.5 million loss.",
        "Listed biotech company Zeta Research has posted a full-year loss of $10.68 million.",
        # results for a period, with the highlights they come with; never a trial's results
        "Zeta today reported financial results and operational highlights for the period "
        "ended March 31, 2022.",
        "Zeta Financial and Operational Highlights for Quarter Ended March 31, 2023",
        "Zeta Inc. today announced results for the second quarter ended June 30, 2001.",
        "Zeta Reports Results for the Third Quarter of 2019",
        # and what else it did on the day, at some length
        "Zeta reported financial results and provided an update on corporate activities for "
        "the fourth quarter and year-ended December 31, 2019.",
        # a British company's year's results: its "final" or "preliminary" results
        "Zeta plc reported net assets of £12.1m in its final results on Tuesday.",
        "Zeta plc announces its preliminary results for the year ended 31 March 2019.",
        "Zeta plc today announces final results for the year ended 31 December 2018.",
        # a loss with its kind before it
        "Zeta PLC reported a narrowed loss in the first half of the year on reduced expenses.",
        "Zeta PLC reported a pretax loss of £1.1 million in the six months that ended June 30.",
    ],
)
def test_a_quarters_loss_in_the_words_of_the_press_is_earnings(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["earnings"]


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta today presented its final results from the Phase 2 trial of ZB-1.",
        "Zeta announced its preliminary results showing a response in 40% of patients.",
    ],
)
def test_a_trials_final_or_preliminary_results_are_no_earnings(lead):
    assert "earnings" not in [e.event_type for e in find_events(lead, len(lead))]


def test_results_announced_today_are_earnings_and_a_company_in_a_contact_table_no_person():
    from transform import extract_release

    text = (
        "Exhibit 99.1\nContact:\n|\nZeta Corporation\n|\nJane Doe\n|\n(610) 555-0100\n"
        "Zeta Reports Second Quarter Results\nBOSTON, August 5, 2004 - Zeta Corporation "
        "(Nasdaq: ZETA) announced today financial results for the second quarter ended June 30, "
        "2004.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert [e.event_type for e in extraction.events] == ["earnings"]
    assert "Zeta Corporation" not in [p.name for p in extraction.people]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (  # licences, rights or options acquired
            "Zeta announced an alliance providing Omega with option rights to acquire worldwide, "
            "commercial licenses to novel small molecules. Zeta has agreed to acquire Beta Bio.",
            "agreed to acquire",
        ),
        (  # securities acquired, by underwriters or a warrant's holder
            "Zeta Bio sold 5,307,693 units at C$1.30 apiece, inclusive of the 692,307 units the "
            "offering's underwriters acquired as part of their overallotment option. Each Warrant "
            "entitles the holder thereof to acquire one Common Share at $0.32. Zeta will acquire "
            "all outstanding shares of Omega Bio for $5 per share.",
            "will acquire",
        ),
        (  # rights described at length, or one right
            "Zeta and Omega agreed for Zeta to acquire exclusive development and marketing rights "
            "to Omega's drug. The partner acquired the right to develop injections. Zeta has "
            "acquired Beta Bio.",
            "has acquired",
        ),
        (  # rights bought, a company bought
            "Zeta Buys Rights From Omega Hakko. Zeta also bought exclusive rights to ZB-1. Zeta "
            "buys Beta Bio for $5 million.",
            "buys Beta ",
        ),
        (  # what an offering's proceeds may go to, a company bought
            "Zeta may also use a portion of the proceeds to acquire or invest in businesses or "
            "technologies. Zeta buys Beta Bio for $5 million.",
            "buys Beta ",
        ),
        (  # a royalty on a drug's sales bought, a company bought
            "Zeta acquired a royalty interest in sales of ZT-7 for $315 million. Zeta buys "
            "Beta Bio for $5 million.",
            "buys Beta ",
        ),
        (  # a part of a company's royalty, past its possessive; a stake
            "Omega will acquire a portion of Zeta's royalty interest in net sales of ZT-7. "
            "Omega has acquired a 20% stake in Kappa. Zeta buys Beta Bio for $5 million.",
            "buys Beta ",
        ),
        (  # a controlling stake is a company bought
            "Omega has acquired a 20% stake in Kappa. Zeta will acquire a majority stake in Beta.",
            "will acquire",
        ),
    ],
)
def test_licences_rights_or_securities_acquired_are_no_acquisition(text, cue):
    from transform.events import find_background_deals

    for events in (find_events(text, len(text)), find_background_deals(text, 0)):
        assert [
            (e.event_type, text[e.span_start : e.span_end])
            for e in events
            if e.event_type == "acquisition"
        ] == [("acquisition", cue)]


def test_rights_bought_are_a_licence():
    text = "Zeta Buys Rights From Omega Hakko. Zeta will pay Omega $100 million upfront."
    assert [e.event_type for e in find_events(text, len(text))] == ["licensing_deal"]


def test_a_disease_called_acquired_is_no_acquisition():
    text = (
        "Zeta Bio said its Phase 3 trial of zetamab to treat acquired hypothalamic obesity met "
        "its primary endpoint; a study in hospital-acquired pneumonia, one in Hospital Acquired "
        "Bacterial Pneumonia and one in patients with acquired hemophilia follow. Zeta acquired "
        "Omega Therapeutics in 2019."
    )
    assert [e.event_type for e in find_events(text, text.index(" Zeta acquired"))] == [
        "trial_results"
    ]
    assert [e.event_type for e in find_events(text, len(text))] == [
        "trial_results",
        "acquisition",
    ]


def test_a_symptom_or_disease_named_with_the_disease_it_comes_with():
    from transform.indications import find_indications

    text = (
        "ZB-1 treats dementia-related psychosis and HIV-associated neuropathy; a relapse of "
        "psychosis ended the study early; there were no treatment-related deaths."
    )
    assert [(m.name, m.rule) for m in find_indications(text)] == [
        ("dementia-related psychosis", "indication_induced_symptom"),
        ("HIV-associated neuropathy", "indication_induced_symptom"),
    ]


def test_enzymes_protein_families_and_company_names_are_no_compounds():
    from transform.compounds import find_compounds

    text = (
        "Zeta Announces Phase 1 Trial Of GR-MD-02\n\nZeta's BTK inhibitor targets Bruton's "
        "tyrosine kinase and HMG-CoA reductase; Galectin Therapeutics develops drugs that target "
        "galectin proteins. Alteplase and urokinase were given with GR-MD-02, and potent "
        "inhibitors of TGF-beta 1 & 3."
    )
    assert [m.name for m in find_compounds(text)] == ["GR-MD-02", "Alteplase", "urokinase"]


def test_a_japanese_companys_release_with_its_letterhead_and_bracketed_headquarters():
    from transform import extract_release

    text = (
        "News Releases HOME\n\nApril 25, 2019\nZeta Pharma Co., Ltd.\n\n"
        "Zeta Announces Commencement of Phase I Study of Antidepressant/Antianxiety drug, ZP-041"
        "\n\nZeta Pharma Co., Ltd. [Headquarters: Toshima, Tokyo, Japan, President: Akira "
        "Mori, Executive Chairman: Hitoshi Endou] (hereinafter, Zeta) today announces the "
        "commencement of a phase I study of ZP-041 and a licensing and joint development "
        "contract with Omega Pharmaceutical Co., Ltd.\n\nThe compound is a corticotropin-"
        "releasing factor (CRF) receptor antagonist. CRF, an endogenous neuropeptide, binds "
        "the L-type Amino Acid Transporter 1 of many cells in the brain of most patients.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    release = extraction.release
    assert release.headline == (
        "Zeta Announces Commencement of Phase I Study of Antidepressant/Antianxiety drug, ZP-041"
    )
    assert (release.dateline_city, str(release.published_date)) == (None, "2019-04-25")
    assert [c.name for c in extraction.compounds] == ["ZP-041"]
    assert {e.event_type for e in extraction.events if e.announced} >= {
        "trial_start",
        "licensing_deal",
        "collaboration",
    }


def test_a_time_and_date_closing_the_title_line_dates_the_release_and_is_no_title():
    from transform import extract_release

    text = (
        "Zeta Bio Signs Agreements With American Manufacturers 09:27 GMT-04:00 Thursday, "
        "July 26, 2001\nMONTREAL, QUEBEC--Zeta Bio Inc. announced today that it signs "
        "agreements with American manufacturers, Omega Biotechnology Inc. among them, for the "
        "cGMP production of ZB-3145, its lead peptide candidate for prostate cancer therapy, "
        "ahead of Phase I/II trials.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    release = extraction.release
    assert release.headline == "Zeta Bio Signs Agreements With American Manufacturers"
    assert str(release.published_date) == "2001-07-26"
    assert [c.name for c in extraction.compounds] == ["ZB-3145"]


def test_a_blogs_title_printed_thrice_and_a_cut_header_line():
    from transform import extract_release

    title = "Phase 2 Trial Planned for ZB-301 in Treating Early Stage Parkinson's"
    text = (
        f"{title}\n\n{title}\n\n300240\n\n{title}\n\nForest Hills Lab announced that it has "
        "FDA permission to open a Phase 2 trial of ZB-301, a nasal spray, in people in the early "
        "stages of Parkinson's disease, and will enrol patients for 52 weeks.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert (extraction.release.headline, extraction.release.issuer) == (title, "Forest Hills Lab")
    assert [c.name for c in extraction.compounds] == ["ZB-301"]
    cut = "NetworkNewsBreaks — Zeta Therapeutics Inc. (\nPost# of 130\n" + text.split("\n\n")[-1]
    assert extract_release(cut, "d", "x.txt").release.headline is None


def test_icd_descriptions_give_the_names_releases_print():
    from transform.disease_vocabulary import release_wordings

    assert "tuberculosis" in release_wordings("Tuberculosis of lung")
    assert "fabry disease" in release_wordings("Fabry (-Anderson) disease")
    assert "herpes zoster" in release_wordings("Zoster [herpes zoster]")
    assert "diabetic nephropathy" in release_wordings(
        "Type 2 diabetes mellitus with diabetic nephropathy"
    )
    assert {"duchenne muscular dystrophy", "becker muscular dystrophy"} <= release_wordings(
        "Duchenne or Becker muscular dystrophy"
    )
    assert {"sickle-cell disease", "sickle cell disease"} <= release_wordings(
        "Sickle-cell disease without crisis"
    )
    assert "gastroesophageal reflux disease" in release_wordings(
        "Gastro-esophageal reflux disease with esophagitis, without bleeding"
    )
    assert "infertility" in release_wordings("Male infertility")
    # optional words in parentheses: "fatty liver", never "fatty" alone
    assert release_wordings("Fatty (change of) liver, not elsewhere classified") == {"fatty liver"}
    # a head that needs its qualifier, a finding and ICD's own abbreviation name nothing alone
    assert "deficiency" not in release_wordings("Deficiency of other specified B group vitamins")
    assert "hypoxia" not in release_wordings("Hypoxia of newborn")
    assert "all" not in release_wordings("Acute lymphoblastic leukemia [ALL]")


def test_everyday_indications_are_in_the_vocabulary():
    from transform.indications import find_indications

    text = (
        "Zeta's pipeline targets tuberculosis, sickle cell disease, Fabry disease, herpes zoster, "
        "Duchenne muscular dystrophy, diabetic retinopathy, gastroesophageal reflux disease, "
        "coronary artery disease and osteosarcoma; its anti-tumor necrosis factor antibody is "
        "in a Phase 2 trial."
    )
    assert [m.name for m in find_indications(text)] == [
        "tuberculosis",
        "sickle cell disease",
        "Fabry disease",
        "herpes zoster",
        "Duchenne muscular dystrophy",
        "diabetic retinopathy",
        "gastroesophageal reflux disease",
        "coronary artery disease",
        "osteosarcoma",
    ]
    # COVID-19's lasting condition by either of its names
    text = "ZT-950 is in Phase 1 for long COVID; ZT-951 for post-COVID-19 condition."
    assert [m.name for m in find_indications(text)] == ["long COVID", "post-COVID-19 condition"]
    # an adjective alone is none: "the endocrine system", and "endocrine disorders" is one
    text = "Zetacort acts on the endocrine system and treats chronic endocrine disorders."
    assert [m.name for m in find_indications(text)] == ["chronic endocrine disorders"]


def test_the_anti_infectives_everyday_indications_are_in_the_vocabulary():
    from transform.indications import find_indications

    text = (
        "Zetacef is approved for complicated urinary tract infections and complicated "
        "intra-abdominal infections, and in trials for diabetic foot infections, skin and soft "
        "tissue infections, bacteremia, candidemia and gonorrhea."
    )
    assert [m.name for m in find_indications(text)] == [
        "urinary tract infections",
        "intra-abdominal infections",
        "diabetic foot infections",
        "skin and soft tissue infections",
        "bacteremia",
        "candidemia",
        "gonorrhea",
    ]


def test_a_message_boards_post_header_names_no_person_or_disease():
    text = (
        "To: Dr. John M. Smith who wrote (544 ) 1/21/1998 4:13:00 PM\nFrom: Lupus  Respond to "
        "of 34592\nZeta & Omega Announce Phase III Results of ZetaGel\nMISSISSAUGA, Ont., June "
        "17 /CNW-PRN/ - Zeta Pharmaceutical Corporation (NASDAQ:ZETAF) announced today the "
        "results of its Phase III study of ZetaGel for the topical treatment of acne.\n"
    )
    extraction = extract_release(text, "b" * 64, "file:///x.txt")
    assert [i.name for i in extraction.indications] == ["acne"]
    assert [p.name for p in extraction.people] == []


def test_rare_diseases_everyday_names_are_indications_whole():
    from transform.indications import find_indications

    text = (
        "Zeta's programmes target urea cycle disorders, neurofibromatosis type 2, IgA "
        "nephropathy, geographic atrophy, immune thrombocytopenia and Friedreich's ataxia."
    )
    assert [m.name for m in find_indications(text)] == [
        "urea cycle disorders",
        "neurofibromatosis type 2",
        "IgA nephropathy",
        "geographic atrophy",
        "immune thrombocytopenia",
        "Friedreich's ataxia",
    ]
    amyloidoses = (
        "ZB-9 is for hereditary ATTR amyloidosis with polyneuropathy, ATTR amyloidosis, primary "
        "hyperoxaluria type 1 and spinocerebellar ataxia."
    )
    assert [m.name for m in find_indications(amyloidoses)] == [
        "hereditary ATTR amyloidosis",
        "polyneuropathy",
        "ATTR amyloidosis",
        "primary hyperoxaluria type 1",
        "spinocerebellar ataxia",
    ]


def test_a_site_or_cell_type_narrows_a_broad_class_to_an_indication():
    from transform.indications import find_indications

    text = (
        "ZB-1 is studied in B-cell malignancy disorders, in myeloid malignancies and in thyroid "
        "cancer; patients with B-cell malignancies, a myeloid malignancy, cancer and other "
        "cancers may enrol."
    )
    assert [(m.name, m.rule) for m in find_indications(text)] == [
        ("myeloid malignancies", "indication_site+broad"),
        ("thyroid cancer", "indication_site+broad"),
        ("B-cell malignancies", "indication_site+broad"),
    ]


def test_an_abbreviation_defined_after_a_disease_is_that_disease():
    from transform.indications import find_indications

    text = (
        "ZB-1 treats non-alcoholic steatohepatitis (NASH) and hepatocellular carcinoma (HCC); "
        "NASH and HCC patients, and lung cancer (NSCLC), come next."
    )
    assert [m.name for m in find_indications(text)] == [
        "non-alcoholic steatohepatitis",
        "hepatocellular carcinoma",
        "lung cancer",
        "NSCLC",
    ]


def test_everyday_diseases_no_hand_list_holds_are_indications():
    from transform.indications import find_indications

    text = (
        "The trial enrolls patients with type 2 diabetes, chronic obstructive pulmonary disease "
        "or spinal muscular atrophy; other disorders and delivery by caesarean are excluded."
    )
    assert {m.name for m in find_indications(text)} == {
        "type 2 diabetes",
        "chronic obstructive pulmonary disease",
        "spinal muscular atrophy",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # everyday names ICD-10-CM words otherwise
        (
            "Zetacel is studied in inflammatory bowel disease, COPD, acromegaly and dengue, and "
            "Zetavir in respiratory syncytial virus and peripheral artery disease.",
            [
                "inflammatory bowel disease",
                "COPD",
                "acromegaly",
                "dengue",
                "respiratory syncytial virus",
                "peripheral artery disease",
            ],
        ),
        # a disease's hyphens printed as spaces (never between a word and a number)
        (
            "Zetacel for steroid-refractory acute graft versus host disease, non small cell lung "
            "cancer and diffuse large B cell lymphoma; COVID 19 is no disease name here.",
            [
                "steroid-refractory acute graft versus host disease",
                "non small cell lung cancer",
                "diffuse large B cell lymphoma",
            ],
        ),
        # ... and a space before a participle printed as a hyphen
        (
            "Zetacel for ANCA-associated vasculitis and a rare disease of the liver.",
            ["ANCA-associated vasculitis"],
        ),
        # a head whose plural names the disease too: polyps, ulcers, cysts (the polyps' disease
        # by its everyday name, indications.csv)
        (
            "Zetacel for chronic rhinosinusitis with nasal polyps, diabetic foot ulcers and "
            "ovarian cysts.",
            ["chronic rhinosinusitis with nasal polyps", "diabetic foot ulcers", "ovarian cysts"],
        ),
        ("Zetacel for nasal polyps.", ["nasal polyps"]),
        # an abbreviation is the disease it abbreviates, before or after its definition
        (
            "Zeta Licenses Its HIV-1 and HCV Patents\n\nZeta licensed its human immunodeficiency "
            "virus type 1 (HIV-1) and hepatitis C virus (HCV) patents to Beta; HCV tests follow.",
            ["human immunodeficiency virus", "hepatitis C"],
        ),
    ],
)
def test_diseases_as_releases_print_them(text, names):
    assert [i.name for i in find_indications(text)] == names


def test_a_categorys_other_names_are_diseases_and_its_sites_and_substances_are_not():
    """ICD-10-CM prints "hypertension" and "uterine myoma" only in its categories' "includes"
    notes, beside sites and substances ("anal canal", "caffeine") that name no disease."""
    from transform.disease_vocabulary import disease_names
    from transform.indications import find_indications

    names = disease_names()
    assert {"hypertension", "uterine myoma", "hiatus hernia"} <= names
    assert not {"anal canal", "caffeine", "the listed conditions"} & names
    text = "ZB-1 is in a Phase 2 trial in hypertension and one in women with uterine fibroids."
    assert [i.name for i in find_indications(text)] == ["hypertension", "uterine fibroids"]


def test_injuries_drugs_are_developed_for_are_indications():
    text = "patients with severe traumatic brain injury (TBI) or acute spinal cord injury"
    assert [i.name for i in find_indications(text)] == [
        "traumatic brain injury",
        "acute spinal cord injury",
    ]
    # the injuries, poisonings and a transplant's rejection, by their everyday names
    text = (
        "ZT-1 is developed for severe burns, frostbite, hip fractures, cyanide poisoning, "
        "anaphylaxis and kidney transplant rejection; and heat stroke."
    )
    assert [i.name for i in find_indications(text)] == [
        "severe burns",
        "frostbite",
        "hip fractures",
        "cyanide poisoning",
        "anaphylaxis",
        "kidney transplant rejection",
        "heat stroke",
    ]
    # psychiatric, neurological and eye indications, by their names and abbreviations
    text = "ZT-2 treats retinal vein occlusion, dry eye, PTSD, ADHD and CIDP."
    assert [i.name for i in find_indications(text)] == [
        "retinal vein occlusion",
        "dry eye",
        "PTSD",
        "ADHD",
        "CIDP",
    ]
    # tumours by their histology, which ICD-10-CM files under the organ's neoplasm
    text = (
        "ZT-3 is studied in high-grade glioma, anaplastic astrocytoma, ependymoma, thymoma, "
        "chordoma, leiomyosarcoma, germ cell tumors, Sézary syndrome and bone metastases."
    )
    assert [i.name for i in find_indications(text)] == [
        "high-grade glioma",
        "anaplastic astrocytoma",
        "ependymoma",
        "thymoma",
        "chordoma",
        "leiomyosarcoma",
        "germ cell tumors",
        "Sézary syndrome",
        "bone metastases",
    ]


def test_diseases_in_british_spelling_and_icd_inclusion_terms():
    from transform.disease_vocabulary import disease_names, release_wordings
    from transform.indications import find_indications

    assert release_wordings("Stroke NOS") == {"stroke"}
    assert "amelia" not in disease_names()  # a given name before a rare malformation
    text = (
        "Zeta treats intracerebral haemorrhage, haemophilia and non-alcoholic steatohepatitis; "
        "Amelia Hart said acute myeloid leukaemia and oesophageal cancer come next, then iron "
        "deficiency anaemia and diabetic macular oedema."
    )
    assert [m.name for m in find_indications(text)] == [
        "intracerebral haemorrhage",
        "haemophilia",
        "non-alcoholic steatohepatitis",
        "acute myeloid leukaemia",
        "oesophageal cancer",
        "iron deficiency anaemia",
        "diabetic macular oedema",
    ]


def test_a_company_profile_names_no_indication_of_the_release():
    from transform import extract_release

    text = (
        "Zeta Wins Approval\n\nBOSTON, May 1, 2012 -- Zeta Bio, Inc. (Nasdaq: ZETA) won approval "
        "for zetamab in asthma.\n\nAbout zetamab\nZetamab treats severe asthma and psoriasis."
        "\n\nAbout Zeta Bio\nZeta Bio develops medicines for melanoma and gout.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == ["asthma", "psoriasis"]


def test_the_disease_file_is_what_the_icd_package_yields():
    from transform.disease_vocabulary import (
        derive_disease_names,
        derive_symptom_names,
        disease_names,
        symptom_names,
    )

    assert disease_names() == derive_disease_names()
    assert len(disease_names()) > 15_000
    from transform.lexicon import load_lexicon

    in_file = {row["term"] for row in load_lexicon("icd10cm_symptoms")}
    assert in_file == derive_symptom_names()
    plain = {row["word"] for row in load_lexicon("not_symptoms")}  # "finding", read as English
    assert plain <= in_file and symptom_names() == in_file - plain
    assert {"diarrhea", "nausea", "fatigue"} <= symptom_names()


def test_a_symptom_is_an_indication_when_the_release_names_its_cause():
    from transform.indications import find_indications

    text = (
        "Zeta treats chemotherapy-induced diarrhoea and opioid-induced constipation; nausea "
        "and fatigue were side effects, and drug-induced effects were mild."
    )
    assert [(m.name, m.rule) for m in find_indications(text)] == [
        ("chemotherapy-induced diarrhoea", "indication_induced_symptom"),
        ("opioid-induced constipation", "indication_induced_symptom"),
    ]


@pytest.mark.parametrize(
    ("lead", "issuer", "co_issuer"),
    [
        ("Daiichi Sankyo Co., Ltd. (TSE: 4568) today announced", "Daiichi Sankyo Co., Ltd.", None),
        ("Elan Corporation, plc (NYSE: ELN) today announced", "Elan Corporation, plc", None),
        ("Eli Lilly and Company (NYSE: LLY) today announced", "Eli Lilly and Company", None),
        ("Acme Bio and Beta Corp. (NYSE: BETA) today announced", "Acme Bio", "Beta Corp."),
        ("Zeta announces that all conditions are met", "Zeta", None),
        ("Zeta™ Pharma, Inc. (Nasdaq: ZETA) today said", "Zeta Pharma, Inc.", None),
        ("2009 I Zeta Bio, Inc. (Nasdaq: ZETA) today said", "Zeta Bio, Inc.", None),
        ("ZETA BIO, INC. (NASDAQ: ZETA) today said", "ZETA BIO, INC.", None),
    ],
)
def test_the_issuer_keeps_its_whole_legal_form(lead, issuer, co_issuer):
    from transform.issuer import find_co_issuer, find_issuer

    text = "Headline\n\nBOSTON, Mass., May 2, 2019 -- " + lead
    found = find_issuer(text, text.index("--") + 3)
    co = find_co_issuer(text, found)
    assert (found.name if found else None, co.name if co else None) == (issuer, co_issuer)


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        # a number of its own opens the name the text prints so again
        (
            "-- 808 Therapeutics, an RNA company, today announced a deal. 808 Therapeutics will "
            "lead it.",
            "808 Therapeutics",
        ),
        (
            "808 Therapeutics, Inc. (Nasdaq: ZETA) today said 808 Therapeutics will grow.",
            "808 Therapeutics, Inc.",
        ),
        ("-- 7Z Bio today announced a deal with Beta.", "7Z Bio"),  # glued to its letters
        # a number printed once is none of it (a note's mark, a count)
        ("-- 5 Zeta Bio, Inc. (Nasdaq: ZETA) today said it will grow.", "Zeta Bio, Inc."),
    ],
)
def test_a_company_name_may_open_with_a_number(lead, issuer):
    from transform.issuer import find_issuer

    text = "Headline\n\nBOSTON, Mass., May 2, 2019 " + lead
    assert find_issuer(text, text.index("2019 ") + 5).name == issuer


def test_a_company_the_lead_introduces_by_what_it_is_and_a_deck_with_no_name():
    from transform.issuer import find_issuer

    text = "Singapore, Dec 06, 2011: Australian biotech company Zetrys has completed a raising."
    assert find_issuer(text, text.index(": ") + 2).name == "Zetrys"
    deck = (
        "Zeta Cell raises $A2.8m for trial\n"
        "The Melbourne-headquartered company sold 54.6 million shares at 5.1c apiece.\n"
        "ASX-listed biotech company Zeta Cell Technologies has raised $A2.8 million from "
        "investors to fund the next phase of its trial.\n"
    )
    assert find_issuer(deck, None, deck.index("\n") + 1).name == "Zeta Cell Technologies"


def test_a_joint_release_without_a_dateline_is_issued_by_the_first_company_named():
    from transform.issuer import find_issuer

    text = "Acme Bio and Beta AG announce agreement\n\nThe two companies signed it.\n"
    assert find_issuer(text, None).name == "Acme Bio"


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "US clinical-stage biotech firm Zeta Therapeutics has appointed Dr Jane Roe as CMO.",
            "Zeta Therapeutics",
        ),
        ("Zeta Bio, a gene therapy company, announces that John Doe joins its board.", "Zeta Bio"),
        (
            "Zeta Pharma USA (ZPU), a subsidiary of Japan's Omega Corp., has announced a deal.",
            "Zeta Pharma USA",
        ),
        ("Zeta Bio, Inc. on Tuesday said it had raised $10 million.", "Zeta Bio, Inc."),
        (
            "Zeta Pharmaceuticals of the USA has bought rights to a drug from Omega Labs.",
            "Zeta Pharmaceuticals",
        ),
        ("Drugmaker Zeta Bio Co. completed its acquisition of Omega Inc.", "Zeta Bio Co."),
        ("Respiratory drug developer Zetagen said it had dosed its first patient.", "Zetagen"),
        ("Canadian firm ZetaCure yesterday reported lower revenues for its quarter.", "ZetaCure"),
        (
            "Zeta Biotech AG, Schaffhausen, Switzerland, hereby reports that it holds shares.",
            "Zeta Biotech AG",
        ),
        (
            "Zeta Pharmaceuticals\nZETA\ntoday announced that its trial did not meet its goal.",
            "Zeta Pharmaceuticals",
        ),
        # a short parenthesis inside the apposition
        (
            "Zeta Co., Ltd., a research-based human health care (hhc) company, announced a deal.",
            "Zeta Co., Ltd.",
        ),
        # a joint subject: the first named
        (
            "Zetagen Technologies and Omega-Myers Squibb inked a development agreement.",
            "Zetagen Technologies",
        ),
        # the joint subject's partner with its own ticker; a regulator's name joined by "and"
        (
            "Zetagen Inc. (NYSE: ZTG) and Omega Pharma Inc. (TSE: 4503, President and CEO: Ken "
            'Oda, "Omega") today announced a filing.',
            "Zetagen Inc.",
        ),
        ("The U.S. Food and Drug Administration (FDA) approved Zeta Bio's pill for acne.", None),
        # an owner's possessive before a company the text names again alone
        (
            "South Korea's Zeta Bioepis won approval for a copy of Enbrel. The approval is a "
            "milestone for Zeta Bioepis.",
            "Zeta Bioepis",
        ),
        # a country's possessive before the company is no part of its name
        ("Japan's Zeta BioPharma has started a Phase I trial of ZB-1.", "Zeta BioPharma"),
        # the name set off by commas after what the company is; "is to" as its verb
        (
            "Global pharmaceutical company, Zetellas, is to commence a tender offer to acquire "
            "all outstanding shares of common stock of Omega Pharmaceuticals.",
            "Zetellas",
        ),
        # the company whose partner acts, in apposition after its possessive
        (
            "Zeta Pharmaceuticals’ (ZTA) US partner, Omega Pharmaceuticals, has completed the "
            "enrolment of patients into its phase 3 trial of zetafinetide in Rett Syndrome.",
            "Zeta Pharmaceuticals",
        ),
        # a preposition's object is no subject; nor a partner named before its ticker
        ("The demand for ZTA has remained quite strong during the general selloffs.", None),
        (
            "The demand has remained strong. ZTA reported that its North America partner Omega "
            "Pharmaceuticals (NASDAQ: OMGA) has announced that Zetabue is now available.",
            None,
        ),
        # a noun ending in "-us", "-ss", "-is" or "-ics" is no verb after a name
        ("Imvanex - modified Vaccinia Ankara virus\nThe CHMP adopted a positive opinion.", None),
        # a longer name's tail after "for" is no subject of its own
        (
            "Following its May meetings, the European Committee for Medicinal Products for "
            "Human Use (CHMP) has issued a batch of positive opinions.",
            None,
        ),
        # a month alone is no company: "in June expanded" names when, not who
        ("Before then, Zeta Bio in June expanded a contract with Omega Therapeutics.", None),
        # a possessive names the company the news is about, never with its "'s"
        ("Zetagen’s proposed Phase I trial of ZB-1 was granted approval.", "Zetagen"),
        # a possessive subject with no verb after the name: the company's news is the subject
        (
            "USA-based Zeta Pharmaceutical's net loss for the fourth quarter ended December 31, "
            "2005, improved 45% to $6.0 million.",
            "Zeta Pharmaceutical",
        ),
        ("Alzheimer's disease patients improved on Zetavir in a trial.", None),
        # a plain English word is no company's name alone; a title's date glued before a name
        # is none of it
        (
            "Interim results for the six months to 30 June 2016 Zeta Pharmascience Group Plc "
            "(AIM: ZPG) is pleased to announce its results.",
            "Zeta Pharmascience Group Plc",
        ),
        # a person the text names again by the surname alone is no company
        ("Mara Zetovic has been named CEO of Omega. Zetovic, now CFO, succeeds a founder.", None),
        # a regulator, an institution, a drug or an English word is no issuer
        ("The FDA has approved Zetavir for hepatitis C, Zeta Bio said.", "Zeta Bio"),
        ("The U.S. FDA has approved a new drug for hepatitis C in adults.", None),
        ("Harvard University has licensed a patent to two start-ups.", None),
        ("Keytruda showed a benefit in a Phase III trial.", None),
        ("Japanese drugmakers reported higher sales.", None),
    ],
)
def test_a_lead_without_a_dateline_is_issued_by_the_company_its_first_sentence_is_about(
    lead, issuer
):
    from transform.issuer import find_issuer

    text = " date 2021-10-13 Newswire.com - " + lead + " Omega (NYSE: OMG) was not.\n"
    found = find_issuer(text, None)
    assert (
        (found.name, found.rule) == (issuer, "issuer_lead_subject")
        if issuer
        else (found is None or found.rule != "issuer_lead_subject")
    )


def test_a_dateline_lead_whose_subject_is_the_companys_news_names_the_company():
    from transform.issuer import find_issuer

    text = "ZETA, N.J. -- Zeta Pharma Inc.'s fourth-quarter loss swelled as it spent on a trial.\n"
    found = find_issuer(text, len("ZETA, N.J. -- "))
    assert (found.name, found.rule) == ("Zeta Pharma Inc.", "issuer_after_dateline")
    text = "ZETA, N.J. -- Alzheimer's disease drugs failed again, a study says.\n"
    assert find_issuer(text, len("ZETA, N.J. -- ")) is None


def test_a_message_boards_header_names_no_issuer():
    from transform.issuer import find_issuer

    text = (
        "Microcap Stocks : Zeta Holdings Int'l (BB:ZETA). -- Ignore unavailable to you. Want "
        "to Upgrade?\n\nTo: Jim who wrote (1687)3/31/1998 12:27:00 PM\n\nOmega seeks early "
        "flu drug OK\n\nThe core venture of the developer Omega Holdings (ASX: OMH) is a flu "
        "treatment.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Omega Holdings"


def test_a_news_items_subject_is_read_past_the_headlines_site_and_the_pages_chrome():
    from transform.release import read_anchors

    text = (
        "logo\n\nZeta Pharma Says Its Phase 3 Study Did Not Meet Its Primary Endpoint - Quick "
        "Facts\n\nLoading...\nLoading...\nBiopharmaceutical company Zeta Pharma Inc. (ZPH) "
        "announced Monday top-line results from its 278-patient Phase 3 study of ZP-1 in severe "
        "hypertriglyceridemia. The study did not meet its primary endpoint.\n\nThe Company "
        "reported a 30.4% median reduction in triglycerides.\n"
    )
    anchors = read_anchors(text, "doc", "file:///x.txt")
    assert anchors.headline is not None
    assert anchors.headline.text.startswith("Zeta Pharma Says Its Phase 3 Study")
    assert anchors.issuer is not None
    assert (anchors.issuer.name, anchors.issuer.rule) == ("Zeta Pharma Inc.", "issuer_lead_subject")


@pytest.mark.parametrize(
    ("lead", "city", "wire", "issuer"),
    [
        (
            "NEW YORK (GenomeWeb News) – Canadian life sciences company ZetaCure yesterday "
            "reported lower revenues for its fourth quarter.",
            "NEW YORK",
            "GenomeWeb News",
            "ZetaCure",
        ),
        (
            "BOSTON (AP) -- Zeta Bio Inc. said on Tuesday it had completed its acquisition.",
            "BOSTON",
            "AP",
            "Zeta Bio Inc.",
        ),
        # the subject of a lead after a dateline announces: a partner dosing is none
        (
            "Boulder, Colo., (April 12, 2007) - Omega PLC dosed its first patient with our "
            "inhibitor, triggering a payment to Zeta Bio Inc. (NASDAQ: ZETA).",
            "Boulder",
            None,
            "Zeta Bio Inc.",
        ),
    ],
)
def test_a_dateline_with_its_wire_and_no_date_and_the_company_its_lead_announces(
    lead, city, wire, issuer
):
    from transform.release import read_anchors

    anchors = read_anchors(lead + "\n", "doc", "file:///x.txt")
    assert (anchors.dateline.city, anchors.dateline.wire) == (city, wire)
    assert anchors.issuer is not None and anchors.issuer.name == issuer


def test_the_start_of_a_news_items_first_sentence_is_no_headline():
    from transform.release import read_anchors

    text = (
        " date 2006-09-24 San Diego, USA-based ZetaBridge, a specialist contract research "
        "organization, and ZetaBridge Research Laboratories, a provider of chemistry solutions for "
        "use in drug discovery, say they have signed a multi-year collaboration with Omega.\n"
    )
    assert read_anchors(text, "doc", "file:///x.txt").headline is None


def test_a_blogs_chrome_after_a_news_item_is_no_headline():
    from transform.release import read_anchors

    text = (
        "Zeta Bio announced top-line results from Terra, the second of two pivotal Phase III "
        "trials of Zetamab in chronic obstructive pulmonary disease. The trial did not meet the "
        "primary endpoint, Zeta Bio pointed out.\nNo comments:\nPost a Comment\nNote: Only a "
        "member of this blog may post a comment.\n"
    )
    anchors = read_anchors(text, "doc", "file:///x.txt")
    assert anchors.headline is None
    assert anchors.issuer is not None and anchors.issuer.name == "Zeta Bio"


def test_a_substance_once_named_as_a_target_is_the_target_wherever_printed():
    text = (
        "Zeta and Omega Develop Antibody-Drug Conjugates Against Claudin 18.2\n\n"
        "The partners will discover ADCs targeting Claudin 18.2 for gastric cancer.\n\n"
        '"Claudin 18.2 is one of the most promising targets," said Ann Lee. ZT-301, an ADC '
        "carrying an exatecan payload, is in a Phase 1 trial."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-301", "exatecan"]


def test_a_disease_in_a_persons_career_is_no_target_of_the_release():
    text = (
        "Zeta Bio Appoints Chief Medical Officer\n\n"
        "BOSTON, March 3, 2015 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced that Anne "
        "Kowalski, M.D., has been appointed Chief Medical Officer. Dr. Kowalski will lead the "
        "development of ZB-101 for ovarian cancer.\n\n"
        "Prior to joining Zeta, Dr. Kowalski held the position of medical reviewer at the FDA "
        "and was the lead reviewer on a drug for breast cancer. She also served on the board of "
        "a charity for asthma.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == ["ovarian cancer"]


def test_a_side_effect_and_the_word_naming_a_disease_are_no_indication():
    text = (
        "BOSTON, March 3, 2015 -- Zeta Bio, Inc. (Nasdaq: ZETA) today reported Phase 2 results "
        "of ZB-101 in patients with a blood cancer called Philadelphia chromosome-positive acute "
        "lymphoblastic leukemia and in patients with metastatic epidermal growth factor "
        "receptor mutation-positive lung cancer, and in head and neck cancer. The most common "
        "side effects were somnolence, "
        "dizziness, and "
        "headache. Adverse events in patients with psoriasis were mild. There was no signal for "
        "supine hypertension and no evidence of liver injury.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [i.name for i in extraction.indications] == [
        "Philadelphia chromosome-positive acute lymphoblastic leukemia",
        "epidermal growth factor receptor mutation-positive lung cancer",
        "head and neck cancer",
        "psoriasis",
    ]


def test_a_disease_in_the_page_furniture_above_the_title_is_no_indication():
    text = (
        "Biotech / Medical : Indications -- Sepsis/Acute Inflammation\n\nFrom: nigel bates\n\n"
        "Zeta Bio announces GBP10m milestone from Beta\n\nLondon, UK; 12 March 2007 - Zeta Bio "
        'plc ("Zeta"), the company focused on critical care, today announces that a GBP10 '
        "million milestone payment from Beta for its drug for severe sepsis has been "
        "triggered.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.headline == "Zeta Bio announces GBP10m milestone from Beta"
    assert [i.name for i in extraction.indications] == ["sepsis"]  # the lead's, not "Sepsis"


def test_a_company_a_japanese_release_seats_in_brackets_is_an_organisation():
    text = (
        "Zeta Licenses Zetapag to Omegapharm\n\nOSAKA, Japan, June 24, 2019 - Zeta & Co., Ltd. "
        '(Head Office: Osaka, Japan; President and CEO: Ken Mori, Ph.D.; hereafter "Zeta") '
        "announces that it has concluded an agreement with Omegapharm (Head Office: Shanghai, "
        'People\'s Republic of China; Chief Executive Officer: Li Wei; hereafter "Omegapharm") '
        "to license-out zetapag.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [o.name for o in extraction.organizations] == ["Omegapharm"]
    people = {p.name: p.organization for p in extraction.people}
    assert people == {"Ken Mori": "Zeta", "Li Wei": "Omegapharm"}


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta's scrip gained 6 per cent after the company announced a global partnership "
            "with Omega to develop biosimilars.",
            ["collaboration"],
        ),
        ("Zeta has signed a strategic alliance with Omega for its antibody.", ["collaboration"]),
        # an alliance it belongs to, a financing partnership, an alliance's milestones: none
        ("Zetalexin forms part of Zeta's distribution alliance with Omega.", []),
        (
            "Zeta announced it had raised $72.5 million through a private partnership.",
            ["financing"],
        ),
    ],
)
def test_a_partnership_or_alliance_formed_with_a_company_is_a_collaboration(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # a deal's sum with a decimal point between the deal and its purpose
        (
            "Pelagos has signed a deal worth up to $1.2 billion with Rhone Pharma to co-develop "
            "PLG-401.",
            ["collaboration"],
        ),
        ("Pelagos inks $1.2B pact with Rhone to co-develop KRAS drug", ["collaboration"]),
        ("Zeta and Omega will co-develop and co-commercialize ZT-1.", ["collaboration"]),
        # a drug developed with a partner before: no collaboration announced
        ("ZT-1, co-developed with Omega, is sold in Japan.", []),
        ("Zeta signed a $5.5 million deal. Omega plans to develop ZT-1.", []),
    ],
)
def test_a_deal_or_pact_to_co_develop_is_a_collaboration(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_title_before_a_name_never_runs_past_a_paragraph():
    text = (
        '"It brings our biology to patients," said Professor McBride.\n\nCambridge Enterprise, '
        "its commercialisation arm, negotiated the agreement."
    )
    assert find_people(text) == []
    # a wrapped line inside the title and the name is one paragraph's
    [person] = find_people('"It is ours," said Zeta President and CEO\nDan Smith.')
    assert (person.name, person.title) == ("Dan Smith", "President and CEO")


def test_a_sites_menu_above_the_title_announces_nothing():
    text = (
        "Live Feeds\n  • Press Releases\n  • FDA Approvals\n  • Acquisitions\n  • Alerts\n\n"
        "Zeta Reports Results for the Quarter Ended March 31, 2022\n\n"
        "BOSTON, May 31, 2022 (GLOBE NEWSWIRE) -- Zeta Limited (Nasdaq: ZETA) today reported "
        "financial results and operational highlights for the quarter ended March 31, 2022.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert (
        extraction.release.headline == "Zeta Reports Results for the Quarter Ended March 31, 2022"
    )
    assert [e.event_type for e in extraction.events] == ["earnings"]


def test_a_blogs_footer_is_no_headline_and_a_web_address_names_no_compound():
    text = (
        "Zeta Inc. (NYSE: ZT) today announced that the FDA has accepted and granted Priority "
        "Review for the companies' application for XTANDI® in prostate cancer.\nhttps://news.example.com/fda-grants-review-xtandi-and-olaparib-1045.html\n"
        "No comments:\nPost a Comment\nNote: Only a member of this blog may post a comment.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.headline is None
    assert [c.name for c in extraction.compounds] == ["XTANDI"]
    assert [e.event_type for e in extraction.events] == ["regulatory_submission"]


def test_each_bullet_is_a_sentence_and_a_share_price_box_or_defined_terms_no_headline():
    text = (
        "Share Price Information for Zeta Bio (ZTB)\n\nZETA BIO PLC\n"
        '("Zeta" or the "Company")\n\nINTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2012\n'
        "Oxford, UK - 31 August 2012: Zeta Bio plc (LSE: ZTB) today announces its interim "
        "results for the six months ended 30 June 2012.\nHIGHLIGHTS:\n"
        "· Presentations of the ZB-1 programme by Omega Pharma at conferences\n"
        "· Revenue of £4.4 million (H1 2011 £5.0 million)\n"
        "· Research & Development costs of £6.9 million\n"
        "- Net loss of £4.9 million\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.headline == "INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2012"
    assert [(m.text, m.kind, m.payer) for m in extraction.money] == [
        ("£4.4 million", "revenue", None),
        ("£5.0 million", "revenue", None),
        ("£6.9 million", "other", None),
        ("£4.9 million", "other", None),
    ]


def test_a_news_items_byline_month_label_and_ringgit_are_no_title_or_compound():
    text = (
        " date 2025-05 Zeta to Acquire Omega Therapeutics Article By JANE ROE\n\n"
        "Zeta Pharma Co. said it will buy all shares in Omega Therapeutics for US$24.00 "
        "(RM107.45) per share. Omega develops drugs to treat prostate, lung and ovarian cancer.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.headline == "Zeta to Acquire Omega Therapeutics"
    assert extraction.release.published_date is None
    assert extraction.compounds == []
    assert [i.name for i in extraction.indications] == [
        "prostate cancer",
        "lung cancer",
        "ovarian cancer",
    ]


def test_two_names_joined_before_a_head_word_are_two_names():
    text = (
        "BOSTON, May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) closed its offering. Citigroup, "
        "Goldman Sachs and Leerink Partners were joint book-running managers. It filed with "
        "the U.S. Securities and Exchange Commission and the Aflac Cancer and Blood Disorders "
        "Center.\n"
    )
    names = [o.name for o in extract_release(text, "doc", "zeta.txt").organizations]
    assert "Leerink Partners" in names
    assert "U.S. Securities and Exchange Commission" in names
    assert "Aflac Cancer and Blood Disorders Center" in names
    assert not any(" and Leerink" in name for name in names)


def test_a_news_brief_is_dated_by_its_wire_line_and_issued_by_the_company_below_it():
    text = (
        "BRIEF-Zeta Pharmaceutical enters into license agreement with Omega for antagonists\n"
        "December 14, 2017 / 1:58 AM / a day ago\n\nDec 14 (Reuters) - Zeta Pharmaceutical Co "
        "Ltd\n\n* Says it entered into license agreement with Omega Squibb Company\n\n"
        "* Zeta will license-out ZP-4578 and receives an upfront payment of $40 million; "
        "Omega also bought a platelet transfusion unit and eye drop lines\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    release = extraction.release
    assert (release.published_date, release.wire, release.dateline_city) == (
        dt.date(2017, 12, 14),
        "Reuters",
        None,
    )
    assert release.issuer == "Zeta Pharmaceutical Co Ltd"
    assert [c.name for c in extraction.compounds] == ["ZP-4578"]


def test_a_news_briefs_company_spaced_from_its_colon_is_the_issuer():
    text = (
        "March 19 (Reuters) - Zeta Plc :\n\n* Collaboration with Omega Biologics on antibody "
        "discovery\n\n* Zeta will receive an upfront payment of $12 million\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert (release.issuer, release.wire) == ("Zeta Plc", "Reuters")


def test_a_title_less_leads_news_is_read_from_the_line_of_its_subject():
    text = (
        "TIDMZPG\nRNS Number : 6364R\nZetamedica Pharmascience Group PLC\n25 September 2017\n"
        'Zetamedica Pharmascience Group plc\n("Zetamedica Pharmascience" or the "Company")\n'
        "Interim results for the six months to 30 June 2017 Zetamedica Pharmascience Group Plc "
        "(AIM: ZPG) is pleased to announce its unaudited interim results for the six months to "
        "30 June 2017.\n-- Revenue of GBP425k\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    # the company the notice defines as "the Company", as that line prints it
    assert (extraction.release.issuer, extraction.release.issuer_rule) == (
        "Zetamedica Pharmascience Group plc",
        "issuer_defined_company",
    )
    assert [e.event_type for e in extraction.events] == ["earnings"]


def test_the_issuers_first_word_in_capitals_is_the_issuer_however_short():
    text = (
        "Dec 14 (Reuters) - Ono Pharmaceutical Co Ltd\n\n* Says it entered into license "
        "agreement with Omega Squibb Company\n\n* ONO receives an upfront payment of $40 "
        "million\n"
    )
    names = [o.name for o in extract_release(text, "doc", "ono.txt").organizations]
    assert names == ["Omega Squibb Company"]


def test_a_company_above_a_contact_is_no_person_and_a_japanese_title_is_whole():
    text = (
        'Hiroshi Tanaka, President and Representative Director of Kyowa Seiyaku, added: "We '
        'look forward to it."\n\nContacts:\nNordlicht Therapeutics\nLars Holm, CFO\n+45 1234 5678\n'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Hiroshi Tanaka", "President and Representative Director"),
        ("Lars Holm", "CFO"),
    ]


def test_a_name_may_wrap_over_a_line_but_never_takes_the_title_below_it():
    text = (
        '"We agree," said Dr. Walter H.\nBurke, President and Chief Executive Officer of Zeta.'
        "\n\nCONTACT: Robert Klein\n         Director, Corporate Communications\n\n"
        "Contact:\nZeta Bio AG\nDr. Sabine Vogt\nHead of Investor Relations\n"
        "Tags: biotech, appointments, Dr Maria Lind\nCopied\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Walter H. Burke", "President and Chief Executive Officer"),
        # the name whole, its title the line under it (read since the contact block's rule
        # reads a name after a contact's label)
        ("Robert Klein", "Director, Corporate Communications"),
        ("Sabine Vogt", "Head of Investor Relations"),  # an honorific's contact block
        ("Maria Lind", None),  # never "Maria Lind Copied": a word alone on the next line
    ]


def test_a_contact_line_with_a_phone_or_an_address_and_no_title():
    text = (
        "Media Contacts:\nTom Baker, Ten Bridge Communications, tbaker@tenbridge.com\n"
        "Lisa Wong | LifeSci Advisors | +1 646 555 0102\nNavigation Links | Home | 555 0100\n"
        "Selvana AG | Andrea Kuster | Head Corporate Communications | +41 61 555 55 55\n"
        "Phase 2 | Solid Tumors | Breast Cancer | 555 0199\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Tom Baker", None, "person_contact_label"),
        ("Lisa Wong", None, "person_contact_entry"),
        ("Andrea Kuster", None, "person_contact_entry"),  # after her company's cell
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Acme CEO Jane Smith said the deal was good.", ("Jane Smith", "CEO")),
        ("Jane Smith (CEO) and the board will host the call.", ("Jane Smith", "CEO")),
        (
            "Jane Smith – Chief Executive Officer, Acme Bio",
            ("Jane Smith", "Chief Executive Officer"),
        ),
        (
            "Jane Smith, the company's chief executive officer, said the deal was good.",
            ("Jane Smith", "chief executive officer"),
        ),
        (
            '"We are pleased," said Acme\'s chief executive officer, Jane Smith.',
            ("Jane Smith", "chief executive officer"),
        ),
        (
            "John Doe, 54, will become chief financial officer on May 1.",
            ("John Doe", "chief financial officer"),
        ),
        (
            "Jane Smith, PhD, has joined Acme as Chief Scientific Officer.",
            ("Jane Smith", "Chief Scientific Officer"),
        ),
        # the post one leaves, its title wrapped in running text
        (
            "Acme announced today that Norbert\nZetberger, PhD, has decided to step down from his"
            " role as Executive\nVice President, Research and Chief Scientific Officer,\n"
            "effective at the end of April 2018.",
            (
                "Norbert Zetberger",
                "Executive Vice President, Research and Chief Scientific Officer",
            ),
        ),
        (
            "The board named Jane Smith president and chief operating officer.",
            ("Jane Smith", "president and chief operating officer"),
        ),
        (
            '"This is key," according to Dr. Jane Smith, chief scientific officer at Acme.',
            ("Jane Smith", "chief scientific officer"),
        ),
        ('"We are pleased," said Jane Smith, who heads Acme oncology.', ("Jane Smith", None)),
        ("Carol Hausner (Investors)\n|\nTony Loke (Media)\n", ("Tony Loke", None)),
        ('"Good," commented Jane Smith, Head of R&D.', ("Jane Smith", "Head of R&D")),
        (
            '"Good," said Jane Smith, EVP, R&D and Chief Scientific Officer.',
            ("Jane Smith", "EVP, R&D and Chief Scientific Officer"),
        ),
        # given names of the world, not only of the US census (world_given_names.csv)
        ('"We grew," Zetagene CEO Antonius Schuh said in a statement.', ("Antonius Schuh", "CEO")),
        ('"We grew," Zeta CFO Mads Krogsgaard said.', ("Mads Krogsgaard", "CFO")),
        # a romanised given name's second syllable in lower case
        ("Zetachem Biosciences CEO Kim Yong-zu said he is pleased.", ("Kim Yong-zu", "CEO")),
        # a particle glued to a surname
        (
            '"A new era," said Francis deSouza, Zeta\'s President and Chief Executive Officer.',
            ("Francis deSouza", "President and Chief Executive Officer"),
        ),
        # a title in lower case after "as its", or after "to the board as an"
        (
            "Zeta has appointed Dr Craig Basson as its chief medical officer.",
            ("Craig Basson", "chief medical officer"),
        ),
        (
            "Mike Donald has been promoted to the board as an executive director.",
            ("Mike Donald", "executive director"),
        ),
        # the title words before the name, however the capitalised run is cut
        (
            "Omega named long-time Zeta Inc Chief Financial Officer Paul Clancy to the role.",
            ("Paul Clancy", "Chief Financial Officer"),
        ),
        (
            "Executive Vice President Maria Lopez said it works.",
            ("Maria Lopez", "Executive Vice President"),
        ),
        # what a chief officer is chief of; "according to" quotes too; ", the Board" is no unit
        (
            "It works, according to Mads Thomsen, chief science officer at Omega.",
            ("Mads Thomsen", "chief science officer"),
        ),
        (  # ... at a sentence's start too, a hyphenated given name and surname
            "According to Paul-Henri Ferrand-Lefebvre, CEO of Zeta, the data are strong.",
            ("Paul-Henri Ferrand-Lefebvre", "CEO"),
        ),
        (
            "With Lena Berg, Chief People Officer at Omega, the Board of Zeta grows.",
            ("Lena Berg", "Chief People Officer"),
        ),
        # a given name the world's lists print with its accent, printed without it
        (
            "CEO Remi Zetanne will be succeeded by board member Jo Omegal, it said.",
            ("Remi Zetanne", "CEO"),
        ),
        (
            "CEO Jerome Zetanne will be succeeded by board member Jo Omegal, it said.",
            ("Jerome Zetanne", "CEO"),
        ),
    ],
)
def test_a_given_name_makes_a_person_wherever_the_text_prints_a_title_or_quotes_it(text, person):
    assert person in [(p.name, p.title) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # the article before a title in apposition, the employer after "from"
            "According to Dr. John T. Zetanne, the site investigator from Omega Cancer "
            "Institute, trials like this have led to improvements.",
            ("John T. Zetanne", "site investigator"),
        ),
        (  # a capitalised title read into a lower-case phrase its next word goes on
            "“There is a need for novel therapies,” noted Dr. Melissa A. Zetanne, Principal "
            "Investigator of the clinical trial.",
            ("Melissa A. Zetanne", "Principal Investigator"),
        ),
        (  # a lower-case unit of title words stays whole
            "“It works,” said Jane Zetanne, Head of clinical development, at the meeting.",
            ("Jane Zetanne", "Head of clinical development"),
        ),
    ],
)
def test_a_title_drops_its_article_and_a_phrase_cut_short(text, person):
    assert person in [(p.name, p.title) for p in find_people(text)]


def test_a_name_never_runs_on_from_a_line_of_names_into_the_next_lines_name():
    text = (
        "Contacts:\nZeta Therapeutics, Inc.\nOmegaPartners Klein\nCharles Zetwood, Ph.D., CEO\n"
        "Susan Klein (508) 358-4315\n\nZeta announced results.\n"
    )
    names = [p.name for p in find_people(text)]
    assert "Klein Charles Zetwood" not in names
    assert "Charles Zetwood" in names


def test_people_appointed_to_the_board_are_people_with_no_title_named():
    text = (
        "Zeta today announced the appointment of Graham G. Zetao, Ph.D. and Dennis H. Omegan, "
        "M.D., J.D. to its Board of Directors, effective immediately. Omega announced the "
        "election of Joseph Kappan to the Board. Beta appointed Mark Lowell and Sara Kimball to "
        "its Board of Directors, and Gamma has appointed Mark Li to its Board. Delta welcomes "
        "Dr. Anne Roe to its Board. Epsilon added 5 patients to the Board study. Kappa announced "
        "the appointment of Susan K. Whitfield, Dr. Raj Malhotra and Jean-Luc Fortier to its "
        "Board of Directors.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Graham G. Zetao", None),
        ("Dennis H. Omegan", None),
        ("Joseph Kappan", None),
        # the verb too: "appointed", "welcomes"
        ("Mark Lowell", None),
        ("Sara Kimball", None),
        ("Mark Li", None),
        ("Anne Roe", None),
        # the first of three, the others between a comma and "and"
        ("Susan K. Whitfield", None),
        ("Raj Malhotra", None),
        ("Jean-Luc Fortier", None),
    ]
    # every name between a list's first and last appointee, past their degrees; never an item
    # that is no name alone
    text = (
        "Zeta appointed Anna Berg, Ph.D., Tom Lee, M.D., Raj Singh and Jean Fortier to its "
        "Board. Omega appointed Mark Hale, its former auditor, and Sara Kimball to its Board."
    )
    assert [p.name for p in find_people(text)] == [
        "Anna Berg",
        "Tom Lee",
        "Raj Singh",
        "Jean Fortier",
        "Mark Hale",
        "Sara Kimball",
    ]


def test_a_programmes_presenter_after_its_label_is_a_person_of_the_place_after_the_name():
    text = (
        "Zeta Bio to Present Data at ASH\n\nDURHAM, N.C., Nov. 4, 2020 -- Zeta Bio, Inc. (Nasdaq: "
        "ZETA) today announced that data of ZT-12 will be presented at the meeting.\n\n"
        "Presentation details:\nTitle: Durable Responses Following ZT-12 in Sickle Cell Disease\n"
        "Presenter: Maria Gonzalez-Ruiz, M.D., Children's Hospital of Philadelphia\n"
        "Session: 801. Gene Therapies\nPresented by: Dr. Alan Brook\nSpeaker: To be announced\n"
    )
    extraction = extract_release(text, "d", "x")
    assert [(p.name, p.title, p.organization, p.rule) for p in extraction.people] == [
        (
            "Maria Gonzalez-Ruiz",
            None,
            "Children's Hospital of Philadelphia",
            "person_speaker_label",
        ),
        ("Alan Brook", None, "Zeta Bio", "person_speaker_label"),
    ]


def test_each_name_of_a_boards_roster_holds_the_seat_its_own_list_names():
    text = (
        "Hong Kong, 15 November 2021\n\nAs at the date of this announcement, the Board comprises "
        "Dr. Li Wenjun and Mr. Wang Jianguo as executive Directors, Mr. Zhang Wei and Ms. Chen "
        "Xiaoyan as non-executive Directors, and Dr. Robert Hui, Mr. Lau Chi Ming and Professor "
        "Susan Walker as independent non-executive Directors.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Li Wenjun", "executive Director"),
        ("Wang Jianguo", "executive Director"),
        ("Zhang Wei", "non-executive Director"),
        ("Chen Xiaoyan", "non-executive Director"),
        ("Robert Hui", "independent non-executive Director"),
        ("Lau Chi Ming", "independent non-executive Director"),
        ("Susan Walker", "independent non-executive Director"),
    ]


def test_people_elected_to_the_board_with_degrees_and_a_former_role_before_them():
    text = (
        "Zeta today announced the election of Patricia A. Zetacroix-Wu, M.B.A., and former FDA "
        "official Raymond T. Omegafor, M.D., M.P.H., to its Board of Directors. It also "
        "announced the addition of Jane Kappan, Ph.D., to the Board.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Patricia A. Zetacroix-Wu", None),
        ("Raymond T. Omegafor", None),
        ("Jane Kappan", None),
    ]


@pytest.mark.parametrize("mark", ["III", "Jr.", "IV"])
def test_a_generations_mark_after_a_name_is_no_part_of_it_and_the_title_follows_it(mark):
    text = f'"It is good," said Samuel J. Zetanathy {mark}, President and CEO of Zeta.'
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Samuel J. Zetanathy", "President and CEO")
    ]


@pytest.mark.parametrize(
    "disease",
    [
        "polycystic kidney disease",  # no "polycystic kidney" cut short
        "chronic hepatitis D",
        "preeclampsia",
        "septic shock",
        "pancreatic ductal adenocarcinoma",
        "AL amyloidosis",
    ],
)
def test_everyday_indications_the_vocabulary_words_otherwise_are_read_whole(disease):
    text = f"Zeta Bio is developing ZT-1 for the treatment of {disease} in adults."
    assert [i.name for i in find_indications(text)] == [disease]


@pytest.mark.parametrize(
    ("block", "people"),
    [
        # a title on its line and the company on the next: the title whole
        (
            "Contact:\nDr. Frédéric Zetaupré\nHead of Communications\nZeta SA\n+33 1 00 00 00\n",
            [("Frédéric Zetaupré", "Head of Communications")],
        ),
        # a title wrapped over two lines: read over both
        (
            "Contact:\nJane Roe\nVice President and Chief\nFinancial Officer\n",
            [("Jane Roe", "Vice President and Chief Financial Officer")],
        ),
        # names a slash parts, a number or an e-mail after the last ("2019 results" is none)
        (
            "Enquiries:\nNumis Securities\nJames Zeta / Paul Omegam    +44 (0)20 7260 1000\n",
            [("James Zeta", None), ("Paul Omegam", None)],
        ),
        ("Jane Roe / Tom White, jroe@zeta.com\n", [("Jane Roe", None), ("Tom White", None)]),
        ("Jane Roe / Tom White 2019 results\n", [("Jane Roe", None)]),
        # a region's or a desk's label before a contact, a number in pairs after it
        (
            "Contacts\nUS: Jennifer Wu, +1 212 555 0101\nEurope: Lars Omegasen, +45 33 44 55 66\n",
            [("Jennifer Wu", None), ("Lars Omegasen", None)],
        ),
    ],
)
def test_contact_blocks_as_european_and_american_releases_print_them(block, people):
    assert [(p.name, p.title) for p in find_people(block)] == people


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Zeta Bio licensed ZT-1 to Zorvana, which will commercialize it.", ["Zorvana"]),
        ("Zeta Bio sold its unit to Omegati for EUR 100 million.", ["Omegati"]),
        ("Zeta Bio licensed the rights in Asia to Sigma Tobacco.", ["Sigma Tobacco"]),
        # a purpose, a place or a crowd after "to" is no buyer
        ("Zeta Bio licensed its drug to treat Parkinson disease.", []),
        ("Zeta Bio sold its drug in pharmacies to Americans.", []),
        # nor the drug whose rights go "to" it
        ("Zeta Bio licensed North American rights to Rivasta in 2002.", []),
        # the payer of a sum received or earned, after "from"
        ("Zeta Bio will receive $10 million from Zorvana under the deal.", ["Zorvana"]),
        ("Zeta Bio earned EUR 5 million in milestones from Omegati this year.", ["Omegati"]),
        ("Zeta Bio received feedback from Investigators in 2019.", []),  # no sum received
    ],
)
def test_the_buyer_of_what_is_sold_and_the_payer_of_what_is_received_are_organizations(
    sentence, names
):
    assert [o.name for o in find_organizations(sentence, "Zeta Bio")] == names


def test_a_person_named_as_a_new_director_has_that_title():
    text = "Zeta said it had named Ellen M. Zetanne as a new director, effective April 15."
    assert [(p.name, p.title) for p in find_people(text)] == [("Ellen M. Zetanne", "director")]


def test_places_companies_and_designs_that_open_with_a_given_name_are_no_people():
    text = (
        "The study ran at sites in Ann Arbor and Santa Clara; Parker Hannifin and Morgan "
        "Stanley & Co. LLC advised J.P. Morgan Securities LLC. Sales in Virginia Beach rose. It "
        "used the Simon Two-Stage Design at 128 Sidney Street; Eli Lilly and Company said so.\n"
        "To: William Partmann who wrote (429) From: Ski Respond to of 10345\n"
        "Barbara Yates\nThe Yates Network\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [("Barbara Yates", None)]
    # a compound's word after a hyphen is no syllable of a name
    text = '"We grew," said Zeta CEO Mary Smith-based. The Jane Smith-led team said so.'
    assert [p.name for p in find_people(text)] == []


def test_degrees_of_every_kind_and_academic_titles():
    text = (
        '"We thank the patients," said Rebecca Liu, Pharm.D., Chief Executive Officer of Pyralis. '
        '"Yes," said Mary Jones, Ph.D., Associate Professor of Medicine, University of Utah. '
        '"Indeed," said Tom Ford, M.P.H., lead investigator of the trial.'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Rebecca Liu", "Chief Executive Officer"),
        ("Mary Jones", "Associate Professor of Medicine"),
        ("Tom Ford", "lead investigator"),
    ]


def test_a_name_with_a_degree_or_of_an_organisation_is_a_person_with_no_title():
    text = (
        "Zeta was founded on research from the laboratories of Jonathan Ashby, M.D., Ph.D., of "
        "the Broad Institute. Robert Nelsen of ARCH Venture Partners and Vikram Bajaj of "
        "Foresite Capital have joined the board."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Jonathan Ashby", None),
        ("Robert Nelsen", None),
        ("Vikram Bajaj", None),
    ]
    # a generation's mark proves no person, nor a place after "of", nor a head word first
    text = "Talks with Jordan Whitfield of Boston and Samuel Abernathy III of Capital went well."
    assert find_people(text) == []


def test_a_british_title_of_honour_is_no_part_of_a_name():
    text = (
        "said Sir Andrew Walsh, Chief Executive of Zeta. Dame Kate Byrne, Chair of Zeta, said so. "
        "Zeta appointed Professor Dame Eleanor Marsh, DBE, FRS."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Andrew Walsh", "Chief Executive"),
        ("Kate Byrne", "Chair"),
        ("Eleanor Marsh", None),
    ]


def test_australian_and_canadian_honours_are_no_part_of_a_title():
    text = (
        '"We agree," said John Morton, AO, MD, Chief Scientific Officer of Zeta. '
        '"So do we," said Ann Kerr, GAICD, Chair of Zeta.'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("John Morton", "Chief Scientific Officer"),
        ("Ann Kerr", "Chair"),
    ]


@pytest.mark.parametrize(
    "appointed, title",
    [
        # the post after "as", never the one the person held before
        (
            "Jane Roe, MD, former director of the FDA's drug center, as its new chief medical "
            "officer",
            "chief medical officer",
        ),
        (
            "Jane Roe, previously head of research at Omega, as Chief Scientific Officer",
            "Chief Scientific Officer",
        ),
        ("Jane Roe, MD, as its new chief medical officer", "chief medical officer"),
        ("Jane Roe, MD, former director of the FDA's drug center", "former director"),
    ],
)
def test_a_former_post_in_apposition_gives_way_to_the_post_after_as(appointed, title):
    text = f"Zeta Bio has appointed {appointed}. Dr. Roe will oversee safety at Zeta."
    assert [(p.name, p.title) for p in find_people(text)] == [("Jane Roe", title)]


def test_a_list_items_verb_is_no_part_of_a_name():
    text = "Recent Highlights\n- Appointed Laura Chen, Ph.D., as Chief Development Officer.\n"
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Laura Chen", "Chief Development Officer")
    ]
    # an opener before no given name is a heading, no person
    assert find_people("About Zeta Bio\nAbout Zeta Bio, Chairman of the Board") == []


def test_a_headings_verb_after_a_name_is_no_part_of_it():
    text = (
        "Dr. Jane Doe Appointed Chief Medical Officer\nMr. Ken Mori Joins Board of Directors\n"
        "Prof. Anna Berg Named Head of Research\n\nZeta Bio, Inc. announced three changes."
    )
    people = find_people(text)
    assert [p.name for p in people] == ["Jane Doe", "Ken Mori", "Anna Berg"]
    assert [text[p.span_start : p.span_end] for p in people] == [p.name for p in people]


def test_a_title_then_a_comma_before_the_name_after_a_speech_verb():
    text = '"We are excited," said Reston\'s President and CEO, Michael J. Donnelly, Ph.D.'
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Michael J. Donnelly", "President and CEO")
    ]


def test_a_british_chief_executive_is_a_title():
    text = 'Dr Alan Whitfield, Chief Executive of Peregrine, said: "This is a landmark deal."'
    assert [(p.name, p.title) for p in find_people(text)] == [("Alan Whitfield", "Chief Executive")]


def test_people_named_appointed_and_succeeded():
    text = (
        "Zeta named Maria Gonzalez Chief Operating Officer, effective immediately. Acme Bio "
        "named Dr. Karen Holt, Ph.D., as its new Chief Scientific Officer, succeeding Mary "
        "Jones, who retires. Jean-Luc Picard has been appointed to the Board of Directors. "
        "Zeta appointed Deloitte as auditor."
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("Maria Gonzalez", "Chief Operating Officer", "person_named_title"),
        ("Karen Holt", "Chief Scientific Officer", "person_appointment"),
        ("Mary Jones", None, "person_succeeded"),
        ("Jean-Luc Picard", None, "person_appointed"),
    ]


def test_a_company_without_its_legal_form_keeps_no_dangling_ampersand():
    from transform.organizations import without_legal_form

    assert without_legal_form("H.C. Wainwright & Co., LLC") == "H.C. Wainwright"
    assert without_legal_form("Merck & Co., Inc.") == "Merck"
    assert without_legal_form("Eli Lilly and Company") == "Eli Lilly"
    assert without_legal_form("Johnson & Johnson") == "Johnson & Johnson"


def test_an_icd_name_cut_before_what_it_asks_for_is_no_disease():
    from transform.disease_vocabulary import release_wordings
    from transform.indications import find_indications

    # "Pain associated [with ...]", "Aphasia following [...]": the word asks for what was cut
    assert "pain associated" not in release_wordings("Pain associated with micturition")
    assert "aphasia following" not in release_wordings("Aphasia following cerebral infarction")
    text = (
        "ZT-1 is in Phase III for moderate to severe pain associated with knee osteoarthritis "
        "and for anemia associated with chronic kidney disease."
    )
    names = [m.name for m in find_indications(text)]
    assert "pain associated" not in names and "anemia associated" not in names
    assert "osteoarthritis" in names and "chronic kidney disease" in names


def test_a_disease_in_an_organisations_name_and_a_drug_class_are_neither_indication_nor_drug():
    text = (
        "TOKYO, April 14, 2020 - Zeta & Co., Ltd. is working with the Tokai University Influenza "
        "Virus Research Center and the American Heart Association on a vaccine for COVID-19. "
        "Zeta markets Zetadine (naldemedine) for opioid-induced constipation in patients on "
        "opioid analgesics; non-opioid analgesics, local anesthetics and laxatives are no drug "
        "names. The Influenza Virus Research Center will test it.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [i.name for i in extraction.indications] == [
        "COVID-19",
        "opioid-induced constipation",
    ]
    # (the brand over its drug is a compound too: "Zetadine (naldemedine)")
    assert [c.name for c in extraction.compounds] == ["Zetadine", "naldemedine"]


def test_a_title_in_parts_before_a_name_the_word_lists_lack():
    # "said <Company>'s <title, in parts>, <name>": the name opens after the title's last word
    for said, title in (
        (
            "said Zeta's Representative Director, President and Chief Operating Officer, "
            "Tatsuro Kosaka.",
            "Representative Director, President and Chief Operating Officer",
        ),
        (
            "said Zeta President and Chief Operating Officer Tatsuro Kosaka.",
            "President and Chief Operating Officer",
        ),
    ):
        people = find_people(f'"We are pleased to sign the agreement," {said} "We hope so."')
        assert [(p.name, p.title) for p in people] == [("Tatsuro Kosaka", title)]


def test_a_name_in_apposition_after_said_opens_no_title_before_a_name():
    # "said <name>, <title> of <company of three words>": the company's last words are no
    # person with the words before them as a title
    for company in ("Lindqvist Animal Health", "Berg Consumer Health", "Norrland Vision Care"):
        people = find_people(f'"It is our first," said Henrik Sjöberg, CEO of {company}.')
        assert [(p.name, p.title) for p in people] == [("Henrik Sjöberg", "CEO")]


def test_a_title_with_a_legal_forms_abbreviation_is_no_company_and_a_code_keeps_its_suffix():
    text = (
        "Investors: | Media: |\nPalle Olesen | Mads Kronborg |\nVice President, Investor Relations "
        "| Senior Director, Corp. Communication |\nZeta sold its stake to Investor AB in May.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "Investor AB" in names and not any(n.startswith("Senior Director") for n in names)
    text = "Zeta's candidates MPC-150-IM for heart failure and MPC-25-IC for heart attacks."
    assert [c.name for c in find_compounds(text)] == ["MPC-150-IM", "MPC-25-IC"]


def test_a_meeting_and_the_issuer_glued_after_a_society_are_no_part_of_its_name():
    text = (
        "Zetamed, Inc. Announces Trial Sites ROCKVILLE, Md.--(BW HealthWire)--May 17, 1999-- "
        "Sites Named at 35th Annual Meeting of American Society of Clinical Oncologists Zetamed, "
        "Inc. (NASDAQ:ZMED) today announced the sites.\n"
    )
    assert [o.name for o in find_organizations(text, "Zetamed, Inc.")] == [
        "American Society of Clinical Oncologists"
    ]


def test_a_head_before_and_ends_a_name_and_a_name_without_its_initial_is_its_short_form():
    text = (
        "Paris (France) and Lausanne (Switzerland), 7 September 2009 – Zeta (Euronext: ZTA), "
        "a specialty pharmaceutical Group and Omega Group (Omega), announced an agreement; "
        "F. Gamma-La Delta Ltd. signed with Zeta, which will co-promote with Gamma-La Delta.\n"
    )
    names = [o.name for o in find_organizations(text, "Zeta")]
    assert names == ["Omega Group", "F. Gamma-La Delta Ltd."]
    release = extract_release(text, "doc", "file:///x.txt").release
    assert (release.dateline_city, release.dateline_region) == ("Paris", "France")


def test_a_person_named_in_a_companys_parenthesis_speaks_for_that_company():
    text = (
        "Zeta Pharmaceutical Co., Ltd. (Toyama, Japan; President and CEO: Taro Yamada, 'Zeta') "
        "and Beta Pharmaceutical Co., Ltd. (Osaka, Japan; President, Representative Director: "
        "Ken Mori; 'BETA') announced that the Companies have entered into a license agreement "
        "on Zetamon (generic name: zetaprost) Tablet 5 microg, an oral analogue marketed by "
        "Beta in Japan.\n"
    )
    people = {p.name: p.organization for p in extract_release(text, "doc", "f").people}
    assert people == {"Taro Yamada": "Zeta Pharmaceutical", "Ken Mori": "Beta Pharmaceutical"}


def test_a_sites_font_size_widget_is_no_headline():
    text = (
        "Japanese\n\nChange Font Size small medium large\n\n  1. HOME\n  2. Message from Our "
        "CEO\n  3. Overview\n\nMessage from Our CEO\n\nToday, on October 31, "
        "2017, we have announced the results for the first nine months of fiscal year 2017 and "
        "a capital and business alliance with Beta & Co., Ltd (hereinafter referred to as "
        "Beta).\n\nDuring the change in our business since January 2017, we have pursued our "
        "own development business, based on a new policy of moving from large scale production "
        "to small scale review work and the new medium-term management plan disclosed in "
        "February 2017.\n"
    )
    assert extract_release(text, "doc", "f").release.headline is None


def test_a_chief_business_officer_by_initials_is_a_title():
    text = (
        "Zeta Genetics received a $1.5 million milestone payment from Beta through their "
        "antibody-drug conjugate alliance, triggered by Beta's exercise of its option.\n\n"
        "“Beta has made substantial progress with its first program,” said Eric L. Domeier, CBO "
        "of Zeta Genetics.\n"
    )
    people = {(p.name, p.title) for p in extract_release(text, "d", "f").people}
    assert ("Eric L. Domeier", "CBO") in people


def test_a_regulatory_filings_name_is_no_company_of_the_trade():
    from transform.organizations import find_organizations

    text = (
        "The FDA extended the action date for its Zetapara Biologics License Application by "
        "three months, Zeta Biologics said. Omega Biologics Inc. supplies the drug."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert "Zetapara Biologics" not in names
    assert "Zeta Biologics" in names and "Omega Biologics Inc." in names


def test_a_things_name_after_a_word_of_the_trade_is_no_company():
    from transform.organizations import find_organizations

    text = (
        "The firm said it sells Active Pharmaceutical Ingredients to the Indian Pharmaceutical "
        "Industry, and that its buyers include Zeta Pharmaceutical and other companies."
    )
    assert [m.name for m in find_organizations(text, None)] == ["Zeta Pharmaceutical"]


def test_a_company_named_with_a_number_and_a_hyphen_keeps_them():
    from transform.organizations import find_organizations

    text = (
        "Revenue came from a collaboration with 3-Zetamensional Pharmaceuticals, Inc. (Nasdaq: "
        "ZDDP), signed in 2000. SAN DIEGO--(BUSINESS WIRE)--March 16, 2005--Omega Bio, Inc. said."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert names == ["3-Zetamensional Pharmaceuticals, Inc.", "Omega Bio, Inc."]


def test_an_abbreviation_in_the_plural_after_a_company_noun_is_no_company():
    from transform.organizations import find_organizations

    text = (
        "It was the first biotech IPO on Nasdaq in seven months; other biotech IPOs waited. "
        "Biotech firm NOVA Labs and drugmaker ZETA said they would list too."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert "IPO" not in names and "IPOs" not in names
    assert "ZETA" in names


def test_a_public_bodys_name_with_and_in_it_is_read_whole():
    from transform.organizations import find_organizations

    text = (
        "The contracts, to PaxZeta Inc of San Diego, support vaccines against dengue, the "
        "National Institute of Allergy and Infectious Diseases said."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert "National Institute of Allergy and Infectious Diseases" in names
    assert "National Institute of Allergy" not in names


def test_a_listed_name_printed_as_the_end_of_a_longer_name_is_no_organisation_of_its_own():
    from transform.organizations import find_organizations

    text = (
        "Zeta Pharma and Nagano Hakko Kirin announce an alliance\n\n"
        "TOKYO, June 2, 2012 -- Zeta Pharma Co., Ltd. and Nagano Hakko Kirin Co., Ltd. today "
        "announced an alliance. Nagano Hakko Kirin will pay Zeta. Kirin, the brewer, is not a "
        "party."
    )
    names = [m.name for m in find_organizations(text, "Zeta Pharma Co., Ltd.")]
    assert names == ["Nagano Hakko Kirin Co., Ltd.", "Kirin"]
    assert next(m for m in find_organizations(text, None) if m.name == "Kirin").span_start > 160


def test_an_institution_named_by_the_end_of_its_full_name_is_one():
    from transform.organizations import find_organizations

    text = (
        "Gates Foundation Awards Zeta Bio Grant\n\nZeta Bio received a grant from the Bill & "
        "Melinda Gates Foundation and a contract from the National Cancer Institute; the Cancer "
        "Institute said the Omega Research Foundation joined."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert names == [
        "Bill & Melinda Gates Foundation",
        "National Cancer Institute",
        "Omega Research Foundation",
    ]


def test_a_university_or_institute_named_in_french_spanish_or_italian_is_an_organisation():
    from transform.organizations import find_organizations

    text = (
        "The board members are Dr. Ann Roe (Université de Sherbrooke), Dr. Luis Gil (Universidad "
        "de Navarra) and Dr. Pia Neri (Istituto di Ricerche Farmacologiche)."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert names == [
        "Université de Sherbrooke",
        "Universidad de Navarra",
        "Istituto di Ricerche Farmacologiche",
    ]


def test_a_stray_stop_after_a_degree_leaves_the_title_after_it():
    text = (
        "Zeta Bio forms an advisory board\nBOSTON, May 1, 2019 -- Zeta Bio Inc. (Nasdaq: ZTAB) "
        'announced today that it formed a board. "We are glad," said Dr. Anne P. Quill, PhD., '
        "President & CEO of Zeta Bio."
    )
    people = extract_release(text, "c" * 64, "file:///z.txt", []).people
    assert [(p.name, p.title) for p in people] == [("Anne P. Quill", "President & CEO")]


def test_exclusive_rights_received_and_a_strategic_alliance_are_a_licence_and_a_collaboration():
    text = (
        "TOKYO, June 2, 2012 -- Zeta Pharma Co., Ltd. and Omega Kirin Co., Ltd. today announced "
        "an agreement to pursue a strategic alliance in oncology. Omega Kirin will receive "
        "exclusive development and marketing rights in Japan to zetagliptin."
    )
    assert sorted(e.event_type for e in find_events(text, len(text), 2012)) == [
        "collaboration",
        "licensing_deal",
    ]


def test_a_short_code_labelled_as_a_compounds_or_in_parentheses_after_one_is_a_compound():
    from transform.compounds import find_compounds

    text = (
        'Agreement for Kinase Inhibitor "Imatinib (R788)" with Omega. Omega gets rights to a '
        "zeta inhibitor (Product Code: Z512), while Keytruda (FY2020) sales grew and the R&D "
        "unit R789 team met in room B12."
    )
    names = {m.name: m.canonical_name for m in find_compounds(text)}
    assert names == {
        "Imatinib": "imatinib",  # a generic's own name, in lower case
        "R788": "imatinib",
        "Z512": "Z512",
        "Keytruda": "Keytruda",
    }


def test_a_trial_that_met_its_objective_reports_results():
    text = (
        "VANCOUVER, April 23, 2020 -- Zeta Pharmaceuticals Inc. provided an update. The phase 1 "
        "trial met its objective of demonstrating the safety of Zetamycin."
    )
    assert [e.event_type for e in find_events(text, len(text), 2020)] == ["trial_results"]


def test_a_drugs_effect_named_in_the_vocabulary_is_no_compound():
    from transform.compounds import find_compounds

    text = "The trial supports the neuroprotective effect and anabolic effects of imatinib."
    assert [m.name for m in find_compounds(text)] == ["imatinib"]


def test_a_plural_the_vocabulary_holds_beside_its_singular_is_a_class_no_compound():
    from transform.compounds import find_compounds

    text = (
        'The patent, titled "Substituted Pyrazoles and Uses Thereof," covers ZT-90 and its use '
        "with imatinib."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-90", "imatinib"]


def test_an_indexs_inverted_name_is_never_read_across_a_list_in_prose():
    from transform.compounds import find_compounds

    text = (
        "Patients had received a proteasome inhibitor, an immunomodulatory agent and an "
        "anti-CD38 antibody before ZT-88."
    )
    assert [m.name for m in find_compounds(text)] == ["ZT-88"]  # never "inhibitor, an"


def test_a_board_post_flattened_onto_one_line_names_its_issuer_before_the_ticker():
    text = (
        "To: ann roe who wrote (1360 ) 12/20/2004 9:56:10 AM From: zk01 Respond to of 1386 from "
        "Globes; Zetamos Phase III: Zetanabinol not effective against TBI. Zetamos shares "
        "plunged in pre-market trading. Globes correspondent 20 Dec 04 14:13 Zetamos "
        "(Nasdaq:ZTMS) announced today top line results of its pivotal Phase III trial of "
        "zetanabinol to treat severe traumatic brain injury. " + "The trial ran in 86 centers. " * 8
    )
    assert extract_release(text, "g" * 64, "file:///z.txt", []).release.issuer == "Zetamos"


def test_a_persons_surname_alone_is_no_issuer():
    text = (
        "Rights sold to arthritis medicine\n\nA Japanese drug company has bought the rights to a "
        "medicine developed by Norwegian doctor Anita Zetvik that showed promising results.\n\n"
        "Zetvik worked for several years on the project, which is based on hormones.\n"
    )
    assert extract_release(text, "h" * 64, "file:///z.txt", []).release.issuer is None
    lilly = "Eli Lilly and Co. sold a unit.\n\nLilly said on Friday it sold its animal health unit."
    assert extract_release(lilly, "i" * 64, "file:///l.txt", []).release.issuer is not None


def test_a_completed_tender_offer_with_an_article_is_an_acquisition():
    text = (
        "Drug developer Zeta & Co. said Friday it completed a tender offer worth about $6 billion "
        "for Omega Systems Inc."
    )
    assert [e.event_type for e in find_events(text, len(text), 2008)] == ["acquisition"]


def test_a_licensing_pact_is_a_licensing_deal():
    text = (
        "Mumbai: Drugmaker Zeta Pharmaceuticals Ltd announced its third licensing pact this week."
    )
    assert [e.event_type for e in find_events(text, len(text), 2010)] == ["licensing_deal"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "The Directors of zetaMD Limited are pleased to announce that the Company has "
            "finalised an agreement to acquire half of Omegacel Pty Ltd.",
            "zetaMD Limited",
        ),
        (
            "ZETASENIC and its subsidiary Medzeta SAS, announced the signature of a binding term "
            "sheet with Omega PTY Ltd. related to the licence agreement.",
            "ZETASENIC",
        ),
    ],
)
def test_a_plural_verb_or_a_subsidiary_after_the_subject_keeps_it_the_issuer(text, issuer):
    assert extract_release(text, "p" * 64, "file:///z.txt", []).release.issuer == issuer


def test_an_australian_state_and_postcode_is_no_compound():
    from transform.compounds import find_compounds

    text = "Suite 21, 320 Adelaide Street Brisbane QLD 4000, home of ZT-1234 research."
    assert [m.name for m in find_compounds(text)] == ["ZT-1234"]


def test_a_term_defined_in_a_pages_left_quotes_is_no_organisation_and_licensed_rights_a_deal():
    from transform.organizations import find_organizations

    text = (
        "The Company negotiated with a global pharmaceutical company (the “Pharmaceutical "
        "Company“) and with Omega Bio Inc. Zeta Biopharm has licensed the rights to Omega."
    )
    assert [m.name for m in find_organizations(text, None)] == ["Omega Bio Inc."]
    assert [e.event_type for e in find_events(text, len(text), 2023)] == ["licensing_deal"]


def test_a_described_companys_name_ends_before_a_deals_purpose():
    from transform.organizations import find_organizations

    text = (
        "It signed a deal with Spanish manufacturer Zetafols for Antithrombin III and with the "
        "nonprofit Center for Omega Research."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert "Zetafols" in names and "Zetafols for Antithrombin III" not in names


def test_an_honorific_before_common_english_words_names_no_person():
    from transform.people import find_people

    text = (
        "Dr. Partnership Seeks to Fuse Antigen-Free Technology\n\nDr. Haim Zeviv, the "
        "chairman, and Dr. Rose Hill said so."
    )
    names = [p.name for p in find_people(text)]
    assert "Partnership Seeks" not in names
    assert "Haim Zeviv" in names and "Rose Hill" in names


def test_a_title_glued_before_a_company_ends_at_its_capitalised_preposition():
    from transform.organizations import find_organizations

    text = (
        "SOURCE: Zetasol, Inc. Zetasol, Inc. to Partner Gene Target Validation Technology With "
        "Omegazer, Inc.; Company's First Contract. Bank Of Zeta Corp. advised."
    )
    names = [m.name for m in find_organizations(text, "Zetasol, Inc.")]
    assert "Omegazer, Inc." in names and "Bank Of Zeta Corp." in names
    assert not any("With" in name for name in names)


def test_a_company_before_a_dash_heading_its_title_and_named_again_is_the_issuer():
    text = (
        "Zetarctic Bioscience – Clinical Trial Application for ZRO350 Phase IIb submitted\n"
        "Reference is made to the stock exchange release from 3 October 2022 where Zetarctic "
        "Bioscience gave a status update.\nZetarctic Bioscience is pleased to announce that the "
        "CTA has been submitted.\n"
    )
    release = extract_release(text, "r" * 64, "file:///z.txt", []).release
    assert release.issuer == "Zetarctic Bioscience"
    plain = "Phase 2 Data – A New Hope for Patients\nThe data showed benefit in 20 patients.\n"
    assert extract_release(plain, "s" * 64, "file:///p.txt", []).release.issuer is None


def test_japans_drug_agency_named_with_and_is_read_whole():
    from transform.organizations import find_organizations

    text = "Zeta will keep its dossier with Japan's Pharmaceuticals and Medical Devices Agency."
    assert [m.name for m in find_organizations(text, None)] == [
        "Pharmaceuticals and Medical Devices Agency"
    ]


def test_a_wires_slug_and_a_briefs_says_are_no_part_of_a_name():
    from transform.organizations import find_organizations

    text = (
        " date 2015-08-11 BRIEF-FDA grants fast track designation for Zetad's therapy\n"
        "Aug 11 Zeta Lundbeck A/S :\n* Says US Food and Drug Administration (FDA) has accepted "
        "a supplemental New Drug Application for review\n"
    )
    release = extract_release(text, "t" * 64, "file:///z.txt", []).release
    assert release.issuer != "BRIEF-FDA"
    names = [m.name for m in find_organizations(text, release.issuer)]
    assert "US Food and Drug Administration" in names
    assert not any(name.startswith("Says") for name in names)


def test_a_deal_ended_or_dated_before_the_release_is_no_deal_announced():
    text = (
        "On April 17, 2014 Zeta Kirin reported that Zeta and Omega will terminate their licensing "
        "agreement in relation to zetamab. Under the licensing agreement entered into on March 6, "
        "2008, Omega was granted exclusive rights to develop zetamab worldwide.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert [(e.event_type, e.announced) for e in extraction.events if e.announced] == []
    # a deal made this year still counts
    made = text.replace("will terminate their", "entered into a").replace("2008", "2014")
    extraction = extract_release(made, "d", "x.txt")
    assert [e.event_type for e in extraction.events if e.announced][:1] == ["licensing_deal"]


def test_a_disease_a_title_prints_in_capitals_is_named_as_the_text_prints_it():
    text = (
        "NMPA APPROVAL OF ZT-301 FOR RELAPSED OR REFRACTORY MULTIPLE MYELOMA\n"
        "Zeta Reports Data in Chronic Spontaneous Urticaria, Melanoma and Psoriasis\n\n"
        "Zeta's ZT-301 treats relapsed or refractory multiple myeloma and chronic spontaneous "
        "urticaria. Melanoma is treated too: advanced melanoma. Psoriasis Area data were shown.\n"
    )
    found = [(i.name, text[i.span_start : i.span_end]) for i in find_indications(text)]
    assert found == [
        ("multiple myeloma", "MULTIPLE MYELOMA"),  # the first printing its span
        ("chronic spontaneous urticaria", "Chronic Spontaneous Urticaria"),
        ("melanoma", "Melanoma"),
        ("Psoriasis", "Psoriasis"),  # never printed in running text: as printed
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("patients receiving Rivasta 80 mg achieved the goal", ["Rivasta"]),
        ("Zetavia 0.5 mg/kg was well tolerated", ["Zetavia"]),
        # an English word, a given name, a place or the company before a dose is no drug
        ("Cohort 3 mg/kg and Group 10 mg arms", []),
        ("Michael 20 mg and Boston 5 mg", []),
        ("Zeta Pharmaceuticals 10 mg", []),
    ],
)
def test_a_capitalised_word_before_a_dose_is_a_drug(sentence, names):
    assert [c.name for c in find_compounds(f"In the trial, {sentence}.")] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zeta AB (publ)\nScheelevägen 22, SE-223 63 Lund, Sweden", []),
        ("Zeta AG, Grenzacherstrasse 124, CH-4070 Basel\n", []),
        ("DK-2100 Copenhagen", []),
        # a code before a town in a sentence is a drug's
        ("Zeta dosed ZT-1001, ZT-2002 Boston patients", ["ZT-1001", "ZT-2002"]),
        ("ZT-1001 London study", ["ZT-1001"]),
    ],
)
def test_a_postcode_before_its_town_is_no_drugs_code(text, names):
    assert [c.name for c in find_compounds(text)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Relvonex (generic name: tezacorsen)", ["Relvonex", "tezacorsen"]),
        ("Relvonex (INN: tezacorsen)", ["Relvonex", "tezacorsen"]),
        ("tezacorsen (brand name: Relvonex)", ["tezacorsen", "Relvonex"]),
        ("tezacorsen (Relvonex)", ["tezacorsen", "Relvonex"]),
        ("tezacorsen (RELVONEX®)", ["tezacorsen", "RELVONEX"]),
        ("lecanemab (Leqembi)", ["lecanemab", "Leqembi"]),  # a drug the vocabulary names
        # an abbreviation, a company, a place or a word in brackets is no brand
        ("tezacorsen (TZC)", ["tezacorsen"]),
        ("tezacorsen (AstraZeneca)", ["tezacorsen"]),
        ("tezacorsen (Japan)", ["tezacorsen"]),
        ("tezacorsen (Tablets)", ["tezacorsen"]),
        ("the proof-of-concept (PoC) trial of tezacorsen", ["tezacorsen"]),
        # a label names an INN no stem knows, and the brand before it counts with it
        ("ZX-17 (generic name: amizepran)", ["ZX-17", "amizepran"]),
        ("Kovalin (generic name: tresoparin sodium)", ["Kovalin", "tresoparin"]),
        ("Amizel (INN: amizepran)", ["Amizel", "amizepran"]),
        ("ZX-17 (generic name: pending)", ["ZX-17"]),
        # later WHO stems: a heparin, a triptan, an antiestrogen
        (
            "Lorvana (velaparin) and dovatriptan and lasomifene",
            ["Lorvana", "velaparin", "dovatriptan", "lasomifene"],
        ),
    ],
)
def test_a_brand_and_its_inn_either_way_round_and_after_a_label(sentence, names):
    text = f"Zeta Pharma received approval for {sentence} for chronic heart failure."
    assert [c.name for c in find_compounds(text)] == names


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta Pharma and Omega Bio Complete Merger", ["acquisition"]),
        (
            "Zeta announced the completion of its previously announced merger with Omega.",
            ["acquisition"],
        ),
        ("Zeta to merge with Omega in all-stock deal", ["acquisition"]),
        # the merger's effect, or a merger to come, announces none
        ("Upon completion of the merger, Omega will become a unit of Zeta.", []),
        ("As a result of the completion of the merger, Omega's stock will be delisted.", []),
    ],
)
def test_a_merger_completed_or_agreed_is_an_acquisition(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2019)] == types


@pytest.mark.parametrize(
    ("title", "types"),
    [
        ("Zeta Bio Announces First Half 2019 Results", ["earnings"]),
        ("Zeta Bio Secures $30 Million Debt Facility from Omega Capital", ["financing"]),
        ("Jane Roe Joins Zeta Bio as Chief Medical Officer", ["executive_change"]),
        ("Zeta Bio Doses First Patient in Phase 2 Trial of ZT-1", ["trial_start"]),
        ("ZT-1 Meets Primary Endpoint in Phase 3 Trial", ["trial_results"]),
        ("Zeta Bio Phase 3 trial fails to meet primary endpoint", ["trial_results"]),
        ("Zeta Bio Gains Japanese Approval for Zetamab", ["regulatory_approval"]),
        ("Zeta Bio Announces Departure of Its Long-Serving CFO", ["executive_change"]),
        ("Zeta Bio Enrolls First Patient in Phase 3 Study", ["trial_start"]),
        # a market sought, a product's departure announce none
        ("Zeta Bio Seeks Japanese Approval for Zetamab", []),
        ("Zeta Bio Announces the Departure of a Product from Its Chief Markets", []),
        ("FDA Accepts Zeta Bio BLA for ZT-1", ["regulatory_submission"]),  # no possessive
        # a career's step, or an endpoint hoped for, announces nothing
        ("She joined the company as a scientist in 2001.", []),
        ("Zeta expects the trial to meet primary endpoints.", []),
    ],
)
def test_titles_in_the_present_tense_announce_their_events(title, types):
    assert [e.event_type for e in find_events(title, len(title), 2019)] == types


def test_a_radioligands_code_opens_with_its_isotope():
    text = "Zeta is developing 177Lu-PSMA-617 and 131I-ZLR1404, imaged with 68Ga-DOTATATE."
    assert [c.name for c in find_compounds(text)] == [
        "177Lu-PSMA-617",
        "131I-ZLR1404",
        "68Ga-DOTATATE",
    ]
    # a form's or a plan's number is none
    assert find_compounds("Zeta filed its 10K-Form; its 401K-Plan pays fees.") == []


def test_a_deal_its_year_names_before_the_release_is_recalled():
    lead = "Zeta had previously received EUR 4 million from Omega under a 2010 option agreement."
    assert [e.event_type for e in find_events(lead, len(lead), 2012)] == []
    assert [e.event_type for e in find_events(lead, len(lead), 2010)] == ["licensing_deal"]
    # a year that names no deal leaves it: "2013 revenue" is no deal's year
    lead = "Zeta entered into a license agreement with Omega that will add to its 2013 revenue."
    assert [e.event_type for e in find_events(lead, len(lead), 2012)] == ["licensing_deal"]


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta AG: Partner terminates license agreement for ZT-204; Management Board revises "
        "guidance",
        "Zeta AG today announced that Omega S.A.S. has given notice of termination of the "
        "license agreement for ZT-204 dated 3 March 2017.",
        "Omega notified Zeta of its decision to terminate the 2020 license and collaboration "
        "agreement for ZT-3.",
    ],
)
def test_a_partners_termination_of_a_deal_is_news(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["other"]


def test_a_deals_right_to_terminate_is_no_news():
    lead = "Zeta licensed ZT-3 to Omega. Either party may terminate the license agreement."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]


def test_a_deal_a_company_terminates_by_its_date_is_no_deal():
    lead = (
        "In February 2015, Zeta entered into a transition agreement with Omega S.A. to "
        "terminate the August 5, 2009 license agreement between Zeta and Omega."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == []


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta has again snubbed Omega, rejecting its fully financed offer to acquire all of "
        "the company's shares for $6.00 per share in cash.",
        "Zeta's board turned down the offer to acquire Zeta made by Omega last week.",
    ],
)
def test_a_deal_offered_and_rejected_is_no_deal(lead):
    assert "acquisition" not in [e.event_type for e in find_events(lead, len(lead))]


def test_milestones_that_trigger_a_payment_are_a_milestone_payment():
    for lead in (
        "Zeta NV announced today achievement of multiple milestones under its alliance. The "
        "milestones trigger a cash payment of EUR 10.2 million to Zeta.",
        "Zeta NV today announced the achievement of milestones in the alliances with Omega. These "
        "milestones triggered payments to Zeta totaling €7.5 million.",
    ):
        assert [e.event_type for e in find_events(lead, len(lead))] == ["milestone_payment"]
    lead = "Zeta NV said the milestones of the deal remain unchanged and pay no royalties."
    assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_rights_licensed_are_a_licence_and_one_its_sentence_dates_before_the_release_recalled():
    lead = (
        "Zeta BioSciences says its subsidiary has licensed Japanese development and marketing "
        "rights for ZT-5 to Omega Pharmaceutical."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    # the infinitive: "has agreed to license the global rights of its ZT-9 drug to Omega"
    lead = (
        "Zeta Pharmaceuticals said on Monday it has agreed to license the global rights of its "
        "ZT-9 drug and 11 other programmes to Omega for $500 million upfront."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    lead = (
        "Omega licensed development and commercialization rights to Zeta's kinase program, "
        "including ZT-763 for cancer, in October 2005."
    )
    assert [e.event_type for e in find_events(lead, len(lead), 2006)] == []
    assert [e.event_type for e in find_events(lead, len(lead), 2005)] == ["licensing_deal"]


def test_a_collaboration_renewed_or_extended_is_a_collaboration():
    for lead in (
        # announced with its article: a new one ("announced a two-year collaboration")
        "Zeta Inc. and the Omega Cancer Institute today announced a two-year collaboration to "
        "study the role of genes.",
        "Shares of Zeta rose after the company said it has partnered with Omega to commercialize "
        "its proposed etanercept biosimilar in Europe.",
        "Zeta partnered with Omega to co-develop ZT-5.",
        "Zeta Life Sciences today announced that it has renewed its collaboration with Omega.",
        "Zeta extends its research collaboration with Omega to 2025.",
    ):
        assert [e.event_type for e in find_events(lead, len(lead))] == ["collaboration"]


def test_access_or_an_option_acquired_is_no_acquisition():
    for lead in (
        "ZETA BIOMEDICA ACQUIRES ACCESS TO ANTIBODY TECHNOLOGY",
        "Zeta and Omega signed a research agreement. This will include an option to acquire a "
        "number of other veterinary cancer products.",
    ):
        assert "acquisition" not in [e.event_type for e in find_events(lead, len(lead))]
    text = (
        "Zeta Signs Deal\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. signed a research agreement "
        "with Omega.\n\nThe deal includes an option to acquire other products of Omega.\n"
    )
    assert [e.event_type for e in extract_release(text, "d", "x.txt").events] == ["collaboration"]
    lead = "Zeta Bio agreed to acquire Omega Pharma for $5 billion."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["acquisition"]


def test_results_of_operations_are_earnings_never_a_trials():
    lead = (
        "Martinsried (Germany), March 16, 2001 - Zeta Biotech AG today announced results of "
        "operations for the fiscal year ending December 31, 2000."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["earnings"]


def test_a_heading_of_management_appointments_or_a_ceo_transition_is_an_executive_change():
    for lead in (
        "Zeta Announces Management Appointments and Promotions",
        "Zeta Bio Group Announces CEO Transition",
        "Zeta Corporation today announced the following executive appointments:",
    ):
        assert [e.event_type for e in find_events(lead, len(lead))] == ["executive_change"]
    lead = "Zeta said the changes to its board's charter leave its management structure intact."
    assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_a_sum_received_for_a_milestone_achieved_is_a_milestone_payment():
    for lead in (
        "Zeta Ltd today announced it has received A$2.6 million from Omega following the "
        "achievement of the final preclinical milestone for its first candidate.",
        "Zeta earned EUR 4 million upon attainment of a development milestone by Omega.",
    ):
        assert [e.event_type for e in find_events(lead, len(lead))] == ["milestone_payment"]
    # the payer named between the verb and the payment
    lead = (
        "Zeta Scientific announces today that it received from Omega (now Beta) a milestone "
        "payment of US $ 430,000 as part of an IND submission."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["milestone_payment"]
    # a sum the achievement will pay is no payment received
    for lead in (
        "Zeta will be eligible for $4 million upon achievement of a development milestone.",
        "Zeta may receive up to $300 million upon the achievement of development milestones.",
    ):
        assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_a_milestone_payments_sum_in_another_currency_is_no_us_dollar_sum():
    """A milestone's event takes a US dollar sum its sentence does not print only when the
    release reports one milestone earned, in any currency."""
    text = (
        "Zeta receives milestone from Omega\n\n"
        "SYDNEY, Australia; 11 February 2020: Zeta Ltd (ASX: ZTA) today announced it has "
        "received A$2.6 million from Omega following the achievement of the final preclinical "
        "milestone for its first candidate.\n\n"
        "Zeta also earned a US$3 million milestone from Beta for the start of a trial of ZT-1.\n"
    )
    events = extract_release(text, "d", "x.txt").events
    assert [(e.event_type, e.amount_usd) for e in events] == [("milestone_payment", None)]
    one = text.replace("Zeta also earned a US$3 million milestone", "Zeta met a goal")
    events = extract_release(one, "d", "x.txt").events
    assert [(e.event_type, e.amount_usd) for e in events] == [("milestone_payment", None)]
    dollars = one.replace("A$2.6 million", "US$2.6 million")
    events = extract_release(dollars, "d", "x.txt").events
    assert [(e.event_type, e.amount_usd) for e in events] == [("milestone_payment", 2600000.0)]


def test_a_symptom_a_treatment_targets_is_an_indication_and_a_symptom_alone_none():
    text = (
        "Zeta Bio Announces Results\n\nBOSTON, May 2, 2019 -- Results released Monday from a "
        "Phase 2 study of a chronic cough treatment being developed by Zeta Bio beat forecasts. "
        "Omega develops ZB-2 for the treatment of nausea. Patients reported fatigue. Beta "
        "develops ZB-3 for the treatment of hepatitis C.\n"
    )
    indications = extract_release(text, "doc", "zeta.txt").indications
    assert [(i.name, i.rule) for i in indications] == [
        ("chronic cough", "indication_treated_symptom"),
        ("nausea", "indication_treated_symptom"),
        ("hepatitis C", "indication_lexicon"),  # no "hepatitis" inside it besides
    ]  # "fatigue", a side effect, is none
    # a disease printed twice holds no symptom the second time either: "chronic hepatitis" of
    # "chronic hepatitis B"
    twice = (
        "Zeta Gets Approval for ZB-9 in Chronic Hepatitis B\n\nPUNE, Aug. 22, 2022 -- Zeta Ltd. "
        "received approval of ZB-9 tablets for the treatment of chronic hepatitis B in adults.\n"
    )
    indications = extract_release(twice, "doc", "zeta.txt").indications
    assert [i.name.casefold() for i in indications] == ["chronic hepatitis b"]


def test_a_contact_name_alone_on_its_line_over_its_phone_or_email_is_a_person():
    text = (
        "Zeta Bio Announces Results\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "today announced positive results from its Phase 2 trial of ZB-1 in gout.\n\n"
        "Contacts:\nMedia:\nPure Communications\nJohn P. Doe, Ph.D.\n+1 212 555 1234\n"
        "Investors:\nStern Investor Relations, Inc.\nSarah McCall\n(212) 362-1200\n"
        "Omega Partners\nsarah@omega.com\nZeta Bio\nElke De Smet, Investor Relations\n"
        "+32 15 55 55 55\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [p.name for p in people] == [
        "John P. Doe",
        "Sarah McCall",  # never "Omega Partners"
        "Elke De Smet",  # her desk after a comma
    ]


def test_a_contact_after_a_label_in_lower_case_or_before_at_and_a_professors_university():
    text = (
        "Zeta Bio Announces Results\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "today announced positive results from its Phase 2 trial of ZB-1 in gout. The trial was "
        "led by Professor Hiroshi Tanaka of Osaka University.\n\nFor more information, "
        "contact: Mary Black at 617-555-1212 or mblack@zetabio.com.\nMedia contact: Tom White, "
        "Zeta Bio, (617) 555-1213\nContact: Ross Delaney; rdelaney@zetabio.com; 617-555-2256\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Hiroshi Tanaka", "Osaka University"),
        ("Mary Black", "Zeta Bio"),
        ("Tom White", "Zeta Bio"),
        ("Ross Delaney", "Zeta Bio"),  # a semicolon after the name
    ]
    assert [o.name for o in extraction.organizations] == ["Osaka University"]


def test_a_contact_line_of_dashed_cells_names_its_firm_person_and_number():
    text = (
        "Zeta Signs Deal\n\nLyon, France – January 15, 2020 – Zeta SA (Euronext Growth: ALZTA) "
        "announces the signing of a distribution agreement with Omega Santé SAS.\n\nContacts\n"
        "Zeta – Jean-Luc Moreau – investors@zeta.example\n"
        "NewCap – Investor relations – Louis Tilly – +33 1 44 71 00 00\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Jean-Luc Moreau", "Zeta"),
        ("Louis Tilly", "NewCap"),
    ]
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("investors@zeta.example", "Jean-Luc Moreau"),
        ("+33 1 44 71 00 00", "Louis Tilly"),  # never the person above's
    ]


def test_a_contact_line_split_by_dashes_or_slashes_under_a_label_line():
    text = (
        "Zeta Bio Announces Results\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "today announced positive results from its Phase 2 trial of ZB-1 in gout.\n\nContacts\n"
        "Alice Brown – Investor Relations, Zeta Bio – +1 617 555 0100\n"
        "David Clark / Zeta Bio / +1 617 555 0101\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [p.name for p in people] == ["Alice Brown", "David Clark"]  # never "Contacts Alice"


def test_a_name_never_runs_on_to_a_label_on_the_next_line():
    text = (
        "Zeta Bio Ends Deal\n\nOslo, Norway, 18 August 2014: Zeta Bio ASA (OSE: ZETA) announces "
        "today the end of its licensing agreement.\n\nFor further information, please contact:\n"
        "President & CEO Kjetil Hestdal\nTel: + 47 913 19 535, Email: kh@zeta.no\nCFO Erik Dahl\n"
        "E-mail: ed@zeta.no\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.title) for p in people] == [
        ("Kjetil Hestdal", "President & CEO"),
        ("Erik Dahl", "CFO"),
    ]


def test_a_wires_slug_and_a_place_joined_by_and_are_no_part_of_an_organisation():
    from transform.organizations import find_organizations

    text = (
        "BRIEF-Omegatron Pharmaceutical enters into license agreement with Zeta Bio\n\n"
        "* Zeta Bio gets rights worldwide except Japan, Taiwan, China and Association of "
        "South-East Asian Nations countries\n"
    )
    names = [m.name for m in find_organizations(text, None)]
    assert "Omegatron Pharmaceutical" in names
    assert "Association of South-East Asian Nations" in names
    assert not any(n.startswith(("BRIEF", "China")) for n in names)


def test_a_name_that_shortens_the_issuers_word_of_the_trade_is_the_issuer_but_a_longer_is_not():
    from transform.organizations import find_organizations

    text = (
        "Star Pharma Advanced Research Company (SPARC) and Star Pharmaceutical Industries have "
        "entered into a worldwide license agreement. Star Pharma will pay SPARC an upfront "
        "payment of $20 million.\n"
    )
    names = [m.name for m in find_organizations(text, "Star Pharmaceutical Industries")]
    assert "Star Pharma" not in names and "Star Pharmaceutical" not in names
    alone = (
        "Star Pharmaceutical Industries has entered into a worldwide license agreement with "
        "Omega. Under the agreement, Star Pharma will pay Omega an upfront payment of $20 million."
    )
    assert find_organizations(alone, "Star Pharmaceutical Industries") == []
    names = [m.name for m in find_organizations(text, "Star Pharma Advanced Research Company")]
    assert "Star Pharmaceutical" in names  # another company: two more words of its own


def test_a_heads_field_in_two_common_parts_is_read_whole_and_a_name_after_and_is_none_of_it():
    from transform.organizations import find_organizations

    text = (
        "ZB-1 was found under the Council of Scientific and Industrial Research Indian (CSIR). "
        "Zeta signed with the University of Oxford and Omega Corp. today. Dr Jane Roe is a "
        "Professor at the Omega University of Medicine and Director of the trial."
    )
    assert [m.name for m in find_organizations(text, None)] == [
        "Council of Scientific and Industrial Research",
        "University of Oxford",
        "Omega Corp.",
        "Omega University of Medicine",  # a title's head after "and": hers, no field's
    ]


def test_a_ministrys_portfolio_listed_with_commas_is_read_whole_and_names_after_it_are_not():
    from transform.organizations import find_organizations, is_regulator

    text = (
        "Zeta won approval from the Ministry of Health, Labour and Welfare for Zetamab. It had "
        "the backing of the Ministry of Economy, Trade and Industry."
    )
    names = [m.name for m in find_organizations(text, None)]
    assert names == [
        "Ministry of Health, Labour and Welfare",  # a British spelling is as English
        "Ministry of Economy, Trade and Industry",
    ]
    # companies after the commas are none of its field
    others = "Zeta won approval from the Ministry of Health, Omegatron and Sigmagen for Zetamab."
    assert [m.name for m in find_organizations(others, None)] == ["Ministry of Health"]
    assert is_regulator("Ministry of Health, Labour and Welfare")


def test_a_month_after_a_descriptor_noun_is_no_company():
    from transform.organizations import find_organizations

    text = (
        "The collaboration agreement, previously announced by both companies Nov. 8, 2004, has "
        "become effective; drugmaker Omegatron will pay."
    )
    assert [m.name for m in find_organizations(text, None)] == ["Omegatron"]


def test_a_hyphened_names_end_before_a_ticker_and_a_sum_in_a_currencys_letters_are_no_compounds():
    from transform.compounds import find_compounds

    text = (
        "Shares of Zeta-Mab (ZMAB) jumped after its deal for zetaparlimab. Zeta closed up 18.7 "
        "percent today at HKD37 (USD4.75)."
    )
    assert [c.name for c in find_compounds(text)] == ["zetaparlimab"]


def test_a_conjugates_code_with_its_payload_after_it_is_one_compound():
    text = "ZT-101-MMAE, ZT-202-vcMMAE and ZT-303-DXd carry payloads; SN-38 is one alone."
    assert [m.name for m in find_compounds(text)] == [
        "ZT-101-MMAE",
        "ZT-202-vcMMAE",
        "ZT-303-DXd",
        "SN-38",
    ]
    extraction = extract_release("BOSTON, May 1, 2020 -- Zeta said ZT-101-MMAE works.\n", "c", "x")
    assert [(c.name, c.payload) for c in extraction.compounds] == [("ZT-101-MMAE", "MMAE")]


def test_the_bodys_own_substance_measured_or_made_is_no_compound():
    from transform.compounds import find_compounds

    text = (
        "ZB-1151 reduces serum uric acid levels by inhibiting xanthine oxidase, which regulates "
        "uric acid production, and the uric acid transporter, which governs the reabsorption of "
        "uric acid; testosterone concentrations fell. Omega expands the Production of "
        "Keytruda® while olaparib is given. ZB-53 raised dystrophin expression to 28% of "
        "normal in boys whose dystrophin gene lacks exon 53; insulin deficiency persists. "
        "ZB-440 treats hereditary transthyretin amyloidosis and transthyretin-mediated "
        "cardiomyopathy."
    )
    assert [m.name for m in find_compounds(text)] == [
        "ZB-1151",
        "Keytruda",
        "olaparib",
        "ZB-53",
        "ZB-440",  # never "transthyretin": the protein a disease's name is of
    ]


def test_a_heads_field_goes_on_in_a_discipline_never_in_a_place():
    from transform.organizations import find_organizations

    text = (
        "Zeta Bio signed an agreement with the Institute for Research in Immunology and Cancer, "
        "the Centre for Drug Research in Boston and the Center of Excellence in Neuroscience."
    )
    assert [m.name for m in find_organizations(text, None)] == [
        "Institute for Research in Immunology and Cancer",
        "Centre for Drug Research",
        "Center of Excellence in Neuroscience",
    ]


def test_a_universitys_campus_is_its_name_and_its_short_name_receives():
    text = (
        "Exhibit 99.1\n|Contacts:\n|Zeta\n|University of Alabama in Huntsville\n"
        "|Ann Roe (650) 631-3138\nZeta and University of Alabama in Huntsville Announce "
        "Agreement to Settle Litigation\nSan Carlos, Calif., July 7, 2006 – Zeta Therapeutics "
        "(Nasdaq:ZETA) and the University of Alabama in Huntsville (UAH) today announced the "
        "settlement of UAH's litigation against Zeta.\nUnder the terms of the agreement, Zeta "
        "and Dr. Harris, have jointly made an upfront payment totaling $15 million to UAH.\n"
    )
    extraction = extract_release(text, "d", "f")
    assert extraction.release.headline == (
        "Zeta and University of Alabama in Huntsville Announce Agreement to Settle Litigation"
    )  # never the contact table's cell "|University of Alabama in Huntsville"
    assert [o.name for o in extraction.organizations] == ["University of Alabama in Huntsville"]
    assert [(m.payer, m.payee) for m in extraction.money] == [
        ("Zeta Therapeutics", "University of Alabama in Huntsville")
    ]


def test_a_place_inside_a_name_a_legal_form_ending_the_name_before_and_and_an_exchanges_seat():
    text = (
        "The Stock Exchange of Hong Kong Limited takes no responsibility. Zeta (Suzhou) Biotech "
        "Co., Ltd. and Omega Pharmaceutical Group Company Ltd. signed a deal with Beta (Nasdaq) "
        "Holdings Inc."
    )
    assert [m.name for m in find_organizations(text, None)] == [
        "Zeta (Suzhou) Biotech Co., Ltd.",
        "Omega Pharmaceutical Group Company Ltd.",
    ]  # never "Beta (Nasdaq) Holdings Inc.": no place in its brackets
    # an exchange's mark after an English name given for identification only
    text = "Zeta Pharmaceutical Group Inc.* licensed ZT-1 from TYK Medicines, Inc.* (浙江)."
    assert [m.name for m in find_organizations(text, None)] == [
        "Zeta Pharmaceutical Group Inc.",
        "TYK Medicines, Inc.",
    ]


def test_a_universitys_country_after_in_is_no_part_of_its_name():
    text = (
        "The trial runs at the University of Heidelberg in Germany, the University of Padua in "
        "Italy and the University of Texas at Austin."
    )
    assert [m.name for m in find_organizations(text, None)] == [
        "University of Heidelberg",
        "University of Padua",
        "University of Texas at Austin",
    ]


def test_a_code_a_class_of_drugs_acts_on_is_no_compound():
    text = (
        "Zeta has achieved a milestone in its collaboration with Omega focused on the "
        "development of PDE10 inhibitors and of small molecule agonists of GPR35, and ZB-101."
    )
    assert [c.name for c in find_compounds(text)] == ["ZB-101"]


def test_a_plural_descriptor_names_each_of_its_companies():
    from transform.organizations import find_organizations

    text = (
        "Swiss drugmakers Zetarix and Omegatide have entered into a collaboration, and the "
        "biotechs Kappagen, Sigmatek and Deltavir Bio signed another. The drugmaker Thetanor "
        "and Omegatide's partner met."
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "Zetarix",
        "Omegatide",
        "Kappagen",
        "Sigmatek",
        "Deltavir Bio",
        "Thetanor",  # a singular names one
    ]


def test_a_company_sharing_a_drugs_name_and_a_contract_named_like_an_alliance():
    text = (
        "Progen Industries Limited (ASX: PGL, NASDAQ: PGLA) and Omegagen Biotechnology "
        "Corporation (Omegagen) today announced they have agreed terms to conclude the Agreement "
        "of Strategic Alliance (Strategic Alliance) between the two companies.\nThe Strategic "
        "Alliance, which was signed in May 2000, required Omegagen to complete certain clinical "
        "trials of PI-88. Omegagen was entitled to a 15% royalty on PI-88 proceeds received by "
        "Progen.\n"
    )
    extraction = extract_release(text, "d", "f")
    assert extraction.release.issuer == "Progen Industries Limited"  # "Progen" is a drug too
    assert [c.name for c in extraction.compounds] == ["PI-88"]  # the company's, wherever printed
    assert [o.name for o in extraction.organizations] == ["Omegagen Biotechnology Corporation"]


def test_a_drugs_name_the_text_gives_a_word_of_the_trade_is_the_companys_everywhere():
    text = (
        "Protox signs licence with Omega University\nVancouver, BC – Protox Therapeutics says it "
        "has signed an exclusive licence agreement with Omega University for PSA-PA1 in prostate "
        "cancer. Omega patients take Humira.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["PSA-PA1", "Humira"]


def test_a_dollars_letters_glued_to_its_sign_are_no_part_of_a_companys_name():
    text = (
        "Zeta to pay US$295m to extend Omega licence\nTokyo-based Zeta Pharma Co., Ltd. will "
        "pay US-based biopharmaceutical firm Zymeron US$165m upfront and a further US$130m in "
        "June 2018.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [o.name for o in extraction.organizations] == ["Zymeron"]
    assert [(m.text, m.payee) for m in extraction.money][1] == ("US$165m", "Zymeron")


def test_a_contact_tables_name_cell_over_its_company_and_phone_is_a_person_of_that_company():
    text = (
        "Exhibit 99.1\nFOR IMMEDIATE RELEASE\nCONTACTS: | Robin Fox |\n| Zeta, Inc. |\n"
        "| (919) 419-6050 |\n| |\n| Tricia Hale |\n| Omega BioPharma Inc. |\n| (303) 386-1193 |\n"
        "| thale@omegabio.com |\nZETA AND OMEGA EXTEND DRUG DISCOVERY AGREEMENT\nDURHAM, N.C., "
        "(June 3, 2004) — Zeta, Inc. (Nasdaq: ZETA) and Omega BioPharma Inc. (Nasdaq: OMGA) "
        "today announced the renewal of an agreement.\n| Navigation Links |\n| Home |\n"
        "| (303) 386-1193 |\n"
    )
    people = extract_release(text, "doc", "zeta.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Robin Fox", "Zeta"),
        ("Tricia Hale", "Omega BioPharma"),
    ]


@pytest.mark.parametrize(
    "name",
    ["olomorasib", "divarasib", "SHR-A1811", "SHR-A2102"],  # a KRAS stem; a code's letter
)
def test_a_ras_inhibitors_stem_and_a_code_of_a_letter_and_four_digits_are_compounds(name):
    text = (
        "Zeta News\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. today announced new data "
        f"for {name} in patients with lung cancer. GMT-0500 is no code.\n"
    )
    assert [c.name for c in extract_release(text, "d", "x", []).compounds] == [name]


def test_a_name_approved_or_given_data_for_patients_is_a_compound():
    text = (
        "The FDA approved Kisunla for the treatment of early Alzheimer's disease. Zeta reported "
        "new data for Winrevair in patients with pulmonary arterial hypertension. The agency "
        "approved Tuesday for the treatment of asthma, and funding for Research in patients "
        "is scarce."
    )
    assert [(m.name, m.rule) for m in find_compounds(text)] == [
        ("Kisunla", "brand_in_context"),
        ("Winrevair", "brand_in_context"),
    ]


@pytest.mark.parametrize(
    "disease",
    [
        "MASH",
        "metabolic dysfunction-associated steatohepatitis",
        "Clostridioides difficile infection",
        "heart failure with preserved ejection fraction",
        "transthyretin amyloid cardiomyopathy",
    ],
)
def test_an_indications_new_or_spelt_out_name_is_read_whole(disease):
    text = (
        "Zeta News\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. today announced a Phase 2 "
        f"trial of ZT-1 in patients with {disease}.\n"
    )
    assert [i.name for i in extract_release(text, "d", "x", []).indications] == [disease]


def test_a_romanised_east_asian_name_and_two_honorifics_name_a_person():
    text = (
        "Zeta News\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. today announced a deal. "
        '"We are pleased," Zeta CEO Park Soon-jae said. "Good," said Prof. Dr. Hans-Jürgen '
        "Müller, Chief Scientific Officer. The Boston-based Smith-led team and a Park Kim-based "
        "lab are no people.\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title) for p in people] == [
        ("Park Soon-jae", "CEO"),
        ("Hans-Jürgen Müller", "Chief Scientific Officer"),
    ]


def test_a_contacts_name_runs_on_into_no_company_line_and_takes_of_its_company():
    body = (
        "Zeta Signs Deal\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. today announced a "
        "licence deal with Omega Corp.\n\n"
    )
    block = (
        "Contacts\nInvestors:\nJane Roe\nZeta Bio Inc.\n617-555-0100\n\nMedia:\nTom White\n"
        "Ten Bridge Communications\ntom@tenbridge.com\n"
    )
    people = extract_release(body + block, "d", "x", []).people
    assert [p.name for p in people] == ["Jane Roe", "Tom White"]
    line = "CONTACT: Ann Lee of Zeta Bio Inc., +1-617-555-0100, alee@zetabio.com\n"
    assert [p.name for p in extract_release(body + line, "d", "x", []).people] == ["Ann Lee"]


def test_names_a_slash_parts_on_a_contacts_line_are_people_and_no_other_slash_line_is():
    text = (
        "Zeta Signs Deal\nLONDON, 2 May 2024 -- Zeta Bio plc today announced a licence deal with "
        "Omega Corp.\n\nMedia enquiries:\nFTI Consulting\nBen Atwell / Simon Conway\n"
        "+44 20 3727 1000\nResearch / Development / Sales\nLondon / New York\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [p.name for p in people] == ["Ben Atwell", "Simon Conway"]


def test_a_plain_word_of_the_symptom_chapter_names_no_indication():
    """ICD-10-CM's chapter R heads with "finding" and lists moods ("worries"): before "drug" or
    "treatment" they are English ("finding drug candidates"), while a symptom stays one."""
    text = (
        "Zeta Signs Deal\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. said its efforts at "
        "finding drug candidates attract attention. Its nausea treatment entered Phase 2.\n"
    )
    names = [i.name for i in extract_release(text, "d", "x", []).indications]
    assert "finding" not in names
    assert "nausea" in names


def test_plural_chemical_classes_and_cd_markers_are_no_compounds():
    """MeSH's class headings in the plural ("amino acids", "antibody fragments") and a CD
    marker with a small letter ("CD32b") name no compound; a drug named in the singular and a
    code still do."""
    text = (
        "Zeta Signs Deal\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. said peptides are "
        "chains of amino acids; its antibody fragments bind CD32b. ZB-1234 is given with "
        "folic acid.\n"
    )
    names = [c.name for c in extract_release(text, "d", "x", []).compounds]
    assert not {"amino acids", "antibody fragments", "CD32b"} & set(names)
    assert "ZB-1234" in names and "folic acid" in names


def test_a_name_joined_to_its_word_of_the_trade_by_a_hyphen_is_a_company():
    """ "Kelun-Biotech" is a company, and the one its chief executive speaks for; a prefix an
    English word or a word-forming prefix is joined so ("Pan-Oncology", "Immuno-Oncology") names
    none."""
    text = (
        "Omega and Kelun-Biotech Sign Deal\nRAHWAY, N.J.--(BUSINESS WIRE)--Dec. 22, 2022-- Omega "
        "Corp. and Kelun-Biotech today announced a license. Its Pan-Oncology and Immuno-Oncology "
        'programs grow. "We are grateful," said Dr. Junyou Ge, chief executive officer of '
        "Kelun-Biotech.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert "Kelun-Biotech" in [o.name for o in extraction.organizations]
    assert not {"Pan-Oncology", "Immuno-Oncology"} & {o.name for o in extraction.organizations}
    person = next(p for p in extraction.people if p.name == "Junyou Ge")
    assert person.organization == "Kelun-Biotech"


def test_a_lead_subjects_ticker_glued_to_its_legal_form_keeps_it_the_issuer():
    """RTTNews glues the ticker to the legal form ("Merck & Co Inc.(MRK) and Beta have
    entered"): the first-named company is still the issuer, as with a space before it."""
    text = (
        "Omega, Beta Collaborate On ADCs\n\n(RTTNews) - Omega Pharma Inc.(OMG) and Beta have "
        "entered into an exclusive license agreement, Omega said in a statement.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer == "Omega Pharma Inc."


def test_a_company_printed_with_and_without_its_legal_forms_stop_is_one_organisation():
    text = (
        "Omega and Zeta Announce Deal\n\nJanuary 9, 2023\n\nThe deal is subject to approvals by "
        "the shareholders of Zeta-Biotech and Sichuan Kelun Pharmaceutical Co., Ltd.\n\n"
        "Zeta-Biotech is a clinical-stage company, a controlled subsidiary of Sichuan Kelun "
        "Pharmaceutical Co., Ltd, engaged in biologics.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names.count("Sichuan Kelun Pharmaceutical Co., Ltd.") == 1
    assert "Sichuan Kelun Pharmaceutical Co., Ltd" not in names


def test_a_given_name_that_is_also_a_title_word_opens_a_persons_name():
    """ "said Dr. Dean Y. Li, president, ..." names Dean Y. Li ("Dean" a given name and a title
    word); "Investor Relations" stays a desk, no person."""
    text = (
        "Zeta News\nRAHWAY, N.J.--(BUSINESS WIRE)-- Zeta Bio Inc. today announced a deal.\n\n"
        '"We continue to augment our pipeline," said Dr. Dean Y. Li, president, Zeta Research '
        "Laboratories. Contact: Investor Relations, (555) 555-1212.\n"
    )
    people = {p.name: p.title for p in extract_release(text, "d", "x", []).people}
    assert people == {"Dean Y. Li": "president, Zeta Research Laboratories"}


def test_a_brief_opening_on_its_stocks_move_announces_in_its_next_paragraph():
    """ "Zeta Inc. (NASDAQ:ZETA) stock is plunging on Wednesday, with a session volume of ..."
    over "The company announced that the Phase 3 study ... did not achieve its primary
    endpoint": the next paragraph is the lead's news; a study "stopped for futility" reports a
    result."""
    text = (
        "Zeta Inc. (NASDAQ:ZETA) stock is plunging on Wednesday, with a session volume of 20.91 "
        "million compared to the average volume of 711,000, as per data from a data vendor.\n\n"
        "The clinical-stage biopharmaceutical company announced that the PALISADE-3 Phase 3 "
        "study of ZT-5 for social anxiety disorder did not achieve its primary endpoint.\n\n"
        "The company implemented cash preservation measures.\n"
    )
    events = extract_release(text, "d", "x").events
    assert [(e.event_type, e.announced) for e in events] == [("trial_results", True)]
    lead = (
        "Zeta Medicines said Friday it received a recommendation from an independent data "
        'monitoring committee that the study be "stopped for futility."'
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["trial_results"]


def test_a_diseases_abbreviation_printed_alone_names_it_and_a_drug_code_does_not():
    """ "patients suffering from IPF": the indication, abbreviated (indications.csv); "CKD-510"
    is a drug's code; where the release defines an abbreviation, the name it abbreviates is the
    disease ("metastatic castration-resistant prostate cancer (mCRPC)")."""
    text = "The study failed in patients suffering from IPF and in those with ADPKD."
    assert [m.name for m in find_indications(text)] == ["IPF", "ADPKD"]
    assert [m.name for m in find_indications("Zeta licensed CKD-510 to Omega.")] == []
    text = (
        "Zeta started a Phase 1 study of ZT-209 in patients with metastatic "
        "castration-resistant prostate cancer (mCRPC). The mCRPC cohort is enrolling."
    )
    assert [m.name for m in find_indications(text)] == [
        "metastatic castration-resistant prostate cancer"
    ]
    # printed before it is defined, the abbreviation stays the name: "HIV" in a headline
    text = "Zeta Signs HIV Deal\nZeta develops drugs for human immunodeficiency virus (HIV)."
    assert [m.name for m in find_indications(text)] == ["HIV"]


def test_a_managing_director_who_resigned_is_an_executive_change():
    lead = (
        "Five years after founding Sydney-based Zeta (ASX:ZTA), managing director Ann Roe has "
        "resigned."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["executive_change"]
    # a deal's milestone in a collaboration the company has is no new collaboration
    lead = "Zeta announced that it has achieved another milestone in its research collaboration."
    assert "collaboration" not in [e.event_type for e in find_events(lead, len(lead))]


def test_a_person_appointed_to_a_named_position_has_its_title():
    text = (
        "Zeta Inc. said Wednesday it has appointed Gilda M. Thomas to the newly created position "
        "of senior vice president and general counsel. The company also announced the "
        "appointment of Omar Reyes to the role of Chief Business Officer."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Gilda M. Thomas", "senior vice president and general counsel"),
        ("Omar Reyes", "Chief Business Officer"),
    ]
    # no person from a place's "to the ... of"
    assert find_people("The grant goes to the University of Texas for its new position.") == []


def test_a_persons_age_in_apposition_and_a_departure_keep_the_title():
    text = (
        "- W. Thomas Amick, age 70, has resigned as Chairman of the board of directors and CEO.\n"
        "- John R. Leone, 65, has been appointed Chairman of the board.\n"
        "Zeta also appointed Jane Roe, 52, as Chief Financial Officer. Omar Reyes, 61, Chief "
        "Medical Officer, will leave the company. Zeta announced the appointment of Ann Poe to "
        "its Board of Directors as an independent director, and that company founder Paul Doe, "
        "M.D., has retired as chief science officer.\n"
    )
    assert [(p.name, p.title, p.rule) for p in find_people(text)] == [
        ("W. Thomas Amick", "Chairman of the board of directors and CEO", "person_departed"),
        ("John R. Leone", "Chairman of the board", "person_appointed"),
        ("Jane Roe", "Chief Financial Officer", "person_appointment"),
        ("Omar Reyes", "Chief Medical Officer", "person_title_apposition"),
        ("Ann Poe", "independent director", "person_appointment"),
        ("Paul Doe", "chief science officer", "person_departed"),
    ]
    retired = "Zeta announced that founder Paul Doe has retired as chief science officer."
    assert [e.event_type for e in find_events(retired, len(retired))] == ["executive_change"]
    # a career's end in a biography is no departure from a title
    bio = "Mr. Crowley, 49, retired last year from a career at a bank, where he was a director."
    assert find_events(bio, len(bio)) == []


def test_a_place_of_several_words_before_based_is_no_part_of_the_company():
    text = (
        "Zeta Inc. acquired San Diego-based Omega Biologics, Inc. for cash. Jane Roe worked for "
        "years at the Research Triangle Park-based Kappa Wellcome Co., which later merged."
    )
    names = [o.name for o in extract_release(text, "doc", "zeta.txt").organizations]
    assert "Omega Biologics, Inc." in names
    assert "Kappa Wellcome Co." in names
    assert not any("based" in name for name in names)


def test_a_name_with_an_ampersand_before_paired_nouns_is_whole():
    text = (
        "Zeta Inc. signed with Kappa & Lambda Pharmaceutical Research and Development LLC and "
        "Yeda Research and Development Company Ltd. today."
    )
    names = [o.name for o in extract_release(text, "doc", "zeta.txt").organizations]
    assert names == [
        "Kappa & Lambda Pharmaceutical Research and Development LLC",
        "Yeda Research and Development Company Ltd.",
    ]


def test_a_plural_noun_paired_inside_a_name_keeps_it_whole():
    text = "Zeta Inc. is a subsidiary of Omega Exchanges and Clearing Limited, which said so."
    names = [o.name for o in extract_release(text, "doc", "zeta.txt").organizations]
    assert names == ["Omega Exchanges and Clearing Limited"]
    # two companies are two, a plural or not
    two = "Zeta Inc. was advised by Omega Systems and Kappa Biosciences Inc. in the deal."
    names = [o.name for o in extract_release(two, "doc", "zeta.txt").organizations]
    assert "Omega Systems and Kappa Biosciences Inc." not in names


def test_a_subheading_between_the_dateline_and_the_lead_is_no_part_of_the_issuer():
    text = (
        "Zeta Bio Findings Accepted for Presentation\n"
        "VIRGINIA BEACH, Va.--(BW HealthWire)--Feb. 23, 1999--\n"
        "Molecular Biologist Joins Research Team\n"
        "Zeta Bio, Inc. (OTC BB:ZETA) announced today that its results were accepted.\n"
    )
    assert extract_release(text, "doc", "zeta.txt").release.issuer == "Zeta Bio, Inc."
    # a name wrapped over the line stays whole
    wrapped = text.replace(
        "Molecular Biologist Joins Research Team\nZeta Bio, Inc.", "Zeta Bio\nTherapeutics, Inc."
    )
    assert (
        extract_release(wrapped, "doc", "zeta.txt").release.issuer == "Zeta Bio Therapeutics, Inc."
    )


def test_a_deals_partner_after_with_is_an_organisation():
    text = (
        "Zeta signs deal with Shionogi for antibiotics research\n\n"
        "Zeta AG said on Wednesday it signed a research collaboration with Kappagen for its "
        "antibiotics, and extended its discovery collaboration with New Jersey, USA-headquartered "
        "Lambda Corp. It has also signed an agreement with Jane Roe and a contract with Boston.\n"
    )
    names = [(o.name, o.rule) for o in extract_release(text, "doc", "zeta.txt").organizations]
    assert names == [
        ("Shionogi", "company_deal_partner"),
        ("Kappagen", "company_deal_partner"),
        ("Lambda Corp.", "company_suffix"),
    ]


def test_the_person_an_appointee_is_to_replace_is_a_person():
    text = (
        "Zeta Bio Inc. announced that its board has appointed Jane Roe as interim CEO, effective "
        "Friday, to replace Tim Mayleben, who is retiring."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Jane Roe", "interim CEO"),
        ("Tim Mayleben", None),
    ]


def test_a_name_given_in_combination_with_a_known_drug_is_a_compound():
    text = (
        "Zeta will assess ZETAVAX in combination with PBS-listed KEYTRUDA in melanoma, and "
        "Keytruda combined with Omegalon in bladder cancer."
    )
    found = [(c.name, c.rule) for c in find_compounds(text)]
    assert ("ZETAVAX", "compound_in_combination") in found
    assert ("Omegalon", "compound_in_combination") in found
    # neither side a drug the text names: nothing is read; a plain word or a company is none
    assert find_compounds("Zeta tests ZETAVAX in combination with OMEGAVIR.") == []
    plain = "Merck studies Keytruda in combination with Standard chemotherapy, with Pfizer Inc."
    assert [c.name for c in find_compounds(plain)] == ["Keytruda"]
    company = "Keytruda in combination with Pfizer Inc.'s product was tested."
    assert [c.name for c in find_compounds(company)] == ["Keytruda"]


def test_a_brand_printed_with_its_class_in_brackets_is_a_compound():
    text = (
        "Zeta Pharma Inc. will transfer its rights to “Zetasea (5HT3 receptor antagonist-type "
        "antiemetic)” and “Zetadipine (calcium channel blocker)” to Omega Co., Ltd. Omega "
        "(a drug company) and Boston (a new drug) are not compounds."
    )
    assert [c.name for c in find_compounds(text)] == ["Zetasea", "Zetadipine"]


def test_two_plain_nouns_and_pairs_inside_the_lead_subjects_name_are_one_name():
    for lead, issuer in (
        (
            "Listed biotech company Zeta Research and Development has posted a full-year loss.",
            "Zeta Research and Development",
        ),
        (
            "Zeta Research and Development Ltd has posted a loss.",
            "Zeta Research and Development Ltd",
        ),
        ("Zeta Research and Omega Pharma have signed a deal.", "Zeta Research"),
    ):
        text = f"Another big loss\n\n{lead}\n"
        assert extract_release(text, "doc", "zeta.txt").release.issuer == issuer, lead


def test_a_fusion_proteins_code_with_letters_around_its_number_is_a_compound():
    text = "Zeta granted Omega an option on Zeta's DAB389EGF (EGF Fusion Protein) for restenosis."
    assert [c.name for c in find_compounds(text)] == ["DAB389EGF"]


def test_two_conditions_icd_files_under_one_code_are_each_a_name():
    from transform.disease_vocabulary import release_wordings

    assert {"hypernatremia", "hyperosmolality"} <= release_wordings(
        "Hyperosmolality and hypernatremia"
    )
    assert {"synovitis", "tenosynovitis"} <= release_wordings("Synovitis and tenosynovitis")
    # a phrase of two words that are no condition names neither ("pins and needles")
    assert release_wordings("Pins and needles") == {"pins and needles"}


def test_metabolic_and_blood_conditions_are_indications():
    text = (
        "Zeta is developing ZB-1 for hyperphosphatemia in patients on dialysis, ZB-2 for "
        "hyponatremia, ZB-3 to prevent febrile neutropenia and ZB-4 for adrenal insufficiency."
    )
    assert [i.name for i in find_indications(text)] == [
        "hyperphosphatemia",
        "hyponatremia",
        "febrile neutropenia",
        "adrenal insufficiency",
    ]


def test_complications_of_procedures_and_care_are_indications():
    text = (
        "Zeta is developing ZB-1 to prevent restenosis following angioplasty, ZB-2 for "
        "postoperative nausea and vomiting and ZB-3 for delayed graft function after a kidney "
        "transplant."
    )
    assert [i.name for i in find_indications(text)] == [
        "restenosis",
        "postoperative nausea and vomiting",
        "delayed graft function",
    ]


def test_a_second_legal_form_after_a_comma_without_its_space_stays_in_the_name():
    text = (
        "Zeta Therapeutics plc has entered into a licence agreement for Zetafer with OMEGA "
        "PHARMA CO.,LTD in the Republic of Korea, and a supply agreement with Beta Bio Co.,Ltd. "
        "in Taiwan.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Therapeutics plc")] == [
        "OMEGA PHARMA CO.,LTD",
        "Beta Bio Co.,Ltd.",
    ]


def test_a_title_word_before_a_name_and_speech_after_it_name_a_person():
    """A news agency's "Zeta President Itsuro Yoshida told" (a given name no list holds)."""
    text = (
        "TOKYO, Dec. 3 -- Zeta Pharmaceutical Co. said Monday it will acquire the generic unit "
        "of Omega.\nIt will be a bridgehead for us, Zeta President Itsuro Yoshida told a press "
        "conference. Omega Chief Executive Officer Hanako Sato said the price was fair.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Itsuro Yoshida", "President"),
        ("Hanako Sato", "Chief Executive Officer"),
    ]
    # a title's words before a name are never the name's own
    people = find_people("The plant will open in May, Omega Senior Vice President Mary Jones told.")
    assert [(p.name, p.title) for p in people] == [("Mary Jones", "Senior Vice President")]


def test_named_to_become_a_title_and_a_departure_in_the_present_tense_name_people():
    text = (
        "U.S. drugmaker Zeta Co said on Sunday it has named Francis Roe to become its next chief "
        "scientific officer after Elliott Doe retires as head of research and development on "
        "June 30. Mary Poe is stepping down as Chief Financial Officer.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Francis Roe", "chief scientific officer"),
        ("Elliott Doe", "head of research and development"),
        ("Mary Poe", "Chief Financial Officer"),
    ]


def test_a_director_who_leaves_the_board_and_an_officer_who_has_served_are_people():
    text = (
        "With these appointments, the Board expands to nine members. In addition, Thomas "
        "O'Brien has retired from the Board. Dr. Anil Mehta, who has served as Chief Scientific "
        "Officer since 2015, will leave the company on April 1.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Thomas O'Brien", None),
        ("Anil Mehta", "Chief Scientific Officer"),
    ]


def test_an_agency_named_only_in_the_contact_blocks_is_no_organisation_of_the_news():
    """The firms that answer for a release (investor relations, media) are no party to its
    news: never organisations, their contacts' companies kept; a partner in the news stays,
    though its contact is listed too, and so does a company named in prose before a phone."""
    text = (
        "CONTACT: Richard T. Olsen, Vice President, Finance, of Zeta Bio, (510) 555-2100; or "
        "Media, Karen Wu of Wu & Partners, (415) 555-9900\n\n"
        "Zeta Bio Signs License With Omega Pharma\n\nBOSTON, March 3, 2021 /PRNewswire/ -- Zeta "
        "Bio, Inc. (Nasdaq: ZETA) today announced a license agreement with Omega Pharma GmbH for "
        "ZT-101 in Europe, where Omega will run the Phase 3 trial and seek approval, with "
        "support from Kappa Research Ltd. in its laboratories. Analysts may join the call at "
        "800-555-0100.\n\n"
        "Investor Contact:\nAnn Lee\nArgot Partners\n212-555-0100\n\n"
        "Omega Pharma Contact:\nJohn Doe\nOmega Pharma GmbH\n+49 89 5555 0100\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [o.name for o in extraction.organizations] == [
        "Omega Pharma GmbH",
        "Kappa Research Ltd.",
    ]
    assert [
        (p.name, p.organization) for p in extraction.people if p.name in ("Ann Lee", "Karen Wu")
    ] == [("Karen Wu", "Wu & Partners"), ("Ann Lee", "Argot Partners")]


def test_a_count_of_head_words_is_no_organisation_and_a_name_a_count_opens_is():
    text = (
        "Three Partners Bring Zeta Antibodies into Clinical Trials\n\nZeta AG announced that "
        "Five Prime Therapeutics, Inc. and Two Rivers Group filed applications.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta AG")] == [
        "Five Prime Therapeutics, Inc.",
        "Two Rivers Group",
    ]


def test_the_other_members_of_a_list_of_companies_are_organisations():
    text = (
        "He has held senior positions in research and development at Novartis, Omecell, Bavarian "
        "Zeta, Cyclazen, Merck Serono and Clavis Pharma, and he studied in Basel, Oxford and "
        "Boston before that.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "Novartis",
        "Omecell",
        "Bavarian Zeta",
        "Cyclazen",
        "Merck Serono",
        "Clavis Pharma",
    ]
    # fewer than half found: a list of names, no company's
    text = "The drug was tested in Novartis, Omecell, Bavarian Zeta and Cyclazen last year.\n"
    assert [o.name for o in find_organizations(text, None)] == ["Novartis"]
    # a department's name whose last members a head names as one
    text = "He heads the Microbial, Musculoskeletal and Proliferative Diseases Centre at Zeta.\n"
    assert "Microbial" not in [o.name for o in find_organizations(text, None)]


def test_a_name_ending_in_bio_is_a_company():
    text = (
        "Readouts are due in 2025, including zetatinib from Gossamer Bio and omegamab from Zeta "
        "Bio, which the company licensed last year.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == ["Gossamer Bio", "Zeta Bio"]


def test_the_company_a_payment_comes_from_is_an_organisation():
    text = (
        "Zeta has earned a $1.5 million payment from Omegasanto, and a milestone from "
        "Anglo-Swedish drugmaker AstraZeneca, but no royalties from Japan.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == ["Omegasanto", "AstraZeneca"]


def test_a_marked_name_called_a_compound_or_tolerated_is_a_compound():
    text = (
        "Zeta today announced completion of Phase I trials of the anti-angiogenesis cancer "
        "compound, ZETAZYME(TM). Results indicated that OmegaCar(TM) was generally well tolerated "
        "in safety studies of promising microbicides, and XpressZT® is our platform. Betaneuron®, "
        "a non-opioid treatment for neuropathic pain, and GammaCF®, a platform for proteins.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["ZETAZYME", "OmegaCar", "Betaneuron"]


def test_a_place_right_after_an_organisations_head_word_ends_its_name():
    text = (
        "The trial was run with University College Dublin and funded by a Science Foundation "
        "Ireland grant; the Karolinska Institute Monday said it would join.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "University College Dublin",
        "Science Foundation Ireland",
        "Karolinska Institute",
    ]


def test_a_byline_given_name_is_no_drug_and_a_next_persons_title_is_not_this_ones():
    text = (
        "Zeta plans to raise GBP8.1 million in a discounted placing.\nBy Hana Stewart-Smith; "
        "@HanaSSAllNews\n"
    )
    assert [c.name for c in find_compounds(text)] == []
    assert [e.event_type for e in find_events(text, len(text))] == ["financing"]
    text = (
        "The shares were bought by chief executive Jeremy Roe, non-executive Roger Doe and "
        "existing major shareholder Omega Life Science Fund.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Jeremy Roe", "chief executive"),
        ("Roger Doe", "non-executive"),
    ]


def test_a_brand_over_a_vocabulary_drug_in_lower_case_is_a_compound():
    text = (
        "The European Commission has granted a marketing authorisation for Zetagrexal "
        "(cangrelor), and messenger RNA (mRNA) therapeutics are the company's platform.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["Zetagrexal", "cangrelor"]
    assert [e.event_type for e in find_events(text, len(text))] == ["regulatory_approval"]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # an approval granted, told after "after": the regulator approved, with its object
        (
            "Shares of Zeta jumped 10% today after the U.S. Food and Drug Administration (FDA) "
            "approved the company's New Drug Application for zetamab.",
            ["regulatory_approval"],
        ),
        ("Zeta rose after the FDA approved Zetavix for gout.", ["regulatory_approval"]),
        (
            "Shares of Zeta jumped 34% after the Food and Drug Administration granted "
            "accelerated approval to Zetavix.",
            ["regulatory_approval"],
        ),
        # ... never one still to come, nor an adjective
        ("Zeta will launch zetamab after the FDA approves it.", []),
        ("Zeta will launch zetamab after the FDA grants accelerated approval to it.", []),
        ("Zeta will launch zetamab following FDA approval.", []),
        ("Zeta will print new labels following FDA approved labeling changes.", []),
        # a regulator that accepted an application has it under review
        (
            "Zeta said the U.S. Food and Drug Administration accepted its application seeking "
            "approval of zetamab for gastroparesis.",
            ["regulatory_submission"],
        ),
        (
            "The FDA has accepted Zeta's supplemental new drug application.",
            ["regulatory_submission"],
        ),
        # ... but an IND accepted is an IND now active, no marketing application
        (
            "The FDA accepted the company's investigational new drug application for zetamab.",
            ["ind_active"],
        ),
        # an appointment in the progressive
        (
            "Zeta announced that the company is appointing Jane Roe, M.D., as Chief Scientific "
            "Officer effective January 1.",
            ["executive_change"],
        ),
    ],
)
def test_an_approval_after_after_an_application_accepted_and_an_appointment_under_way(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # a deal struck with a company for a drug, or paid for its rights, licenses it
        (
            "Zeta has signed a deal worth up to $600 million with Omega Pharma for ZB-2201, a "
            "bispecific antibody.",
            ["licensing_deal"],
        ),
        (
            "Omega has agreed to pay $25 million upfront for exclusive rights to ZB-101 in Europe.",
            ["licensing_deal"],
        ),
        # ... never a deal to make or supply it, nor one for a sum alone
        ("Zeta has signed a supply deal with Lonza for the manufacture of ZB-101.", []),
        ("Zeta has signed a deal with Lonza for the manufacture of ZB-101.", []),
        ("Zeta has struck a deal with Omega Pharma for $5 million in cash.", []),
        # a merger closed, a partnership to develop, data at a society's scientific sessions
        ("Zeta has closed its previously announced merger with Omega Pharma.", ["acquisition"]),
        (
            "Zeta and Omega announced a strategic partnership to co-develop ZB-101.",
            ["collaboration"],
        ),
        (
            "Zeta will present new data on ZB-101 at the American Diabetes Association's 81st "
            "Scientific Sessions.",
            ["conference_presentation"],
        ),
        # a patent issued or allowed is news of its own; a patent application filed is no
        # regulatory submission, and a licence under patents stays a licence
        ("The USPTO has issued U.S. Patent No. 11,384,221 covering ZB-12.", ["other"]),
        ("Zeta received a Notice of Allowance from the USPTO for ZB-12.", ["other"]),
        ("Zeta has filed a patent application for ZB-12.", []),
        ("Zeta grants a license under its antibody patents to Omega.", ["licensing_deal"]),
    ],
)
def test_deals_for_a_drug_or_its_rights_a_merger_closed_and_scientific_sessions(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_dateline_city_with_no_dash_is_no_part_of_the_organisation_after_it():
    text = (
        "Agency clears Zeta drug\n"
        "BETHESDA The National Cancer Institute has chosen Zetamab for a trial.\n"
        "SAN DIEGO The Scripps Research Institute joined it.\n"
        "ZRX Research Institute said the same.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "National Cancer Institute" in names
    assert "Scripps Research Institute" in names
    assert "ZRX Research Institute" in names  # capitals before no "The": the name's own
    assert not [n for n in names if n.startswith(("BETHESDA", "SAN DIEGO"))]


def test_a_known_companys_possessive_before_words_of_the_trade_is_its_unit():
    text = (
        "Zetagen Inc. said Zetagen’s Oncology R&D organization will stay whole, as will "
        "Pfizer's Oncology arm. Lee's Pharmaceutical will sell the drug in China.\n"
    )
    names = [o.name for o in find_organizations(text, "Zetagen Inc.")]
    assert "Zetagen’s Oncology" not in names
    assert "Pfizer's Oncology" not in names
    assert "Lee's Pharmaceutical" in names  # no company's possessive: the name's own


def test_two_people_one_title_introduces_share_it_and_its_owner():
    text = (
        "Zeta Bio said the FDA panel backed zetamab.\n"
        "RBC analysts Michael Campbell and Charles Weston said approval now seems likely.\n"
        "Zeta directors Anna Berg and Paul Stone said the same.\n"
        "Professors Mary Lane and Tom Hart said so too.\n"
        "Director Jane Hill and Dr. Ruth Moss said it first.\n"
    )
    people = {p.name: (p.title, p.organization) for p in extract_release(text, "d", "x").people}
    assert people == {
        "Michael Campbell": ("analyst", None),  # RBC's, a company the text never names
        "Charles Weston": ("analyst", None),
        "Anna Berg": ("director", "Zeta Bio"),
        "Paul Stone": ("director", "Zeta Bio"),
        "Mary Lane": (None, "Zeta Bio"),  # an honorific's plural: no title
        "Tom Hart": (None, "Zeta Bio"),
        "Jane Hill": ("Director", "Zeta Bio"),
        "Ruth Moss": (None, "Zeta Bio"),  # one title, no plural: the first's alone
    }


def test_a_buyer_after_acquired_by_is_an_organisation():
    text = (
        "Zeta Genomics (Nasdaq: ZGEN) said it agreed to be acquired by China’s Kappa-Shenzhen for "
        "$117.6 million. Its unit was bought by Jane Roe last year and its site purchased by "
        "Boston in 2001.\n"
    )
    names = [
        (o.name, o.rule, o.role) for o in extract_release(text, "doc", "zeta.txt").organizations
    ]  # no person, no place
    assert names == [("Kappa-Shenzhen", "company_deal_partner", "acquirer")]


def test_a_name_right_before_its_ticker_is_a_listed_company():
    text = (
        "BOSTON, July 2, 2015 -- Zeta Bio (NASDAQ: ZETA) and OMGA (NASDAQ: OMGA) today announced a "
        "collaboration to develop gene therapies for OMGA’s programs. OMGA to receive $124M "
        "upfront. Shares of Kappa Labs, Inc. (NYSE: KAP) and of Jane Roe (NYSE: JR) rose.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    names = {o.name: (o.rule, o.role) for o in extraction.organizations}
    # (the issuer left out; a name with a legal form read by its own rule; no person)
    assert names == {
        "OMGA": ("company_ticker", "partner"),
        "Kappa Labs, Inc.": ("company_suffix", None),
    }
    assert [(m.payer, m.payee) for m in extraction.money] == [("Zeta Bio", "OMGA")]


def test_a_legal_form_with_a_possessive_ends_its_name_and_a_hyphens_first_part_is_none():
    text = (
        "China’s NMPA has approved Zeta Therapeutics Co. Ltd.’s zetacel and Kappa Inc's drug. "
        "The deal could bring South Korea’s Bio-Pharm more than $40 million.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "Zeta Therapeutics Co. Ltd." in names
    assert "Kappa Inc" in names
    assert not [n for n in names if n.endswith(("Co.", "Bio"))]


def test_an_inn_capitalised_as_its_sentence_opens_is_a_compound_and_a_company_so_ending_none():
    text = (
        "Zeta said the NMPA approved its antibody for psoriasis. Zetakibart injection is the "
        "first of its kind; Omegatug follows. The Hobart site ran the trial with Zetacept Inc. "
        "and Kappacept (NASDAQ:KAPP), while Hamburg-based Lambdamab advised. Tommy Pedersen, "
        "who has served on the board, will step down.\n"
    )
    # (a surname after a given name ends like a stem too: "-sen" of "Pedersen")
    assert [c.name for c in find_compounds(text)] == ["Zetakibart", "Omegatug"]


def test_a_name_that_opens_with_digits_glued_to_a_capital_is_whole():
    text = (
        "Zeta received a milestone payment from its licensee, 3D Omegacines Inc., and signed "
        "with 4D Kappa Therapeutics.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "3D Omegacines Inc.",
        "4D Kappa Therapeutics",
    ]


def test_a_headline_in_capitals_opens_no_name_with_its_preposition():
    text = (
        "MAJOR TRANSACTION DISPOSAL OF EQUITY INTEREST IN ZETAJIN INSTITUTE OF PHARMACEUTICAL "
        "RESEARCH CO., LTD.\n\nCEO OMEGA BIO INC. SAID IT AGREED.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "ZETAJIN INSTITUTE OF PHARMACEUTICAL RESEARCH CO., LTD.",
        "OMEGA BIO INC.",
    ]


def test_a_quantifier_before_a_legal_form_names_no_company():
    text = (
        "ZetaNews.com - All Company Technology News Since 1996\n\nEvery Company in the index "
        "rose; Omega Bio Inc. fell.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == ["Omega Bio Inc."]


def test_a_name_ending_like_a_stem_that_reports_or_announces_is_a_companys():
    text = (
        "Zetacept Reports 2021 Fourth Quarter Results\nZetacept reported net revenues of $61.2 "
        "million for 2021. Patients given omegacept reported fewer flares; Kappacept was well "
        "tolerated.\n"
    )
    assert [c.name for c in find_compounds(text)] == ["omegacept", "Kappacept"]


def test_the_issuers_name_without_its_first_word_is_the_issuer():
    text = (
        "Shandong Zetahua Pharmaceutical (HKG:0719) obtained approval from the National Medical "
        "Products Administration for its tablets. Zetahua Pharma's shares closed higher; Kappa "
        "Pharma's did not.\n"
    )
    names = [o.name for o in find_organizations(text, "Shandong Zetahua Pharmaceutical")]
    assert "Zetahua Pharma" not in names
    assert "Kappa Pharma" in names
    # (the next word a plain English one: another company's name)
    assert "Golden Pharma" in [
        o.name
        for o in find_organizations("Golden Pharma said so.", "Shandong Golden Pharmaceutical")
    ]


def test_firms_acting_in_a_deal_or_an_offering_are_organisations():
    text = (
        "Zeta Bio priced its offering. Lazard Capital Markets is acting as the sole book-running "
        "manager for the offering, Stifel Nicolaus Weisel is acting as co-lead manager, and "
        "Needham & Company, Lambdex BHF SCA, Kappa & Co. Inc., Chardan and Roth Capital Partners "
        "are acting as co-managers. Citigroup is acting as exclusive financial advisor to Zeta and "
        "Morrison & Foerster LLP is acting as legal counsel. Jane Roe is acting as interim CEO.\n"
    )
    names = [(o.name, o.rule) for o in find_organizations(text, "Zeta Bio")]
    assert names == [
        ("Lazard Capital Markets", "organization_head"),  # a firm's head (organization_heads.csv)
        ("Stifel Nicolaus Weisel", "company_adviser"),
        ("Needham & Company", "company_suffix"),
        ("Lambdex BHF SCA", "company_adviser"),
        ("Kappa & Co. Inc.", "company_suffix"),
        ("Chardan", "company_adviser"),
        ("Roth Capital Partners", "company_adviser"),
        ("Citigroup", "company_adviser"),
        ("Morrison & Foerster LLP", "company_suffix"),
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("A fund allegedly bought Zeta shares in March with inside information.", []),
        ("A fund acquired Zeta Bio stock last week.", []),
        ("Omega bought Zeta Bio Inc. in a deal worth $5 billion.", ["acquisition"]),
        ("Omega has acquired Zeta Bio for $5 billion.", ["acquisition"]),
    ],
)
def test_a_companys_shares_bought_by_its_name_are_no_acquisition(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_lexicon_name_joined_by_a_hyphen_is_read_with_a_space_too():
    text = (
        "Bristol Myers Squibb triggered a $15 million payment to Zeta, as Bristol-Myers Squibb "
        "said."
    )
    found = [(o.name, o.canonical_name) for o in find_organizations(text, "Zeta Inc.")]
    assert found == [
        ("Bristol Myers Squibb", "Bristol-Myers Squibb"),
        ("Bristol-Myers Squibb", "Bristol-Myers Squibb"),
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta said its gel achieved its primary endpoint in the trial.", ["trial_results"]),
        ("The primary efficacy endpoint was met with high significance.", ["trial_results"]),
        ("Zetamab hit all co-primary endpoints, Zeta said.", ["trial_results"]),
        ("Zeta achieved its primary objective of raising $5 million.", []),
    ],
)
def test_an_endpoint_achieved_or_met_in_the_passive_is_a_trials_results(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_persons_age_with_aged_and_a_post_named_as_a_new_position_give_the_title():
    text = (
        "Zeta Bio announced leadership changes.\n"
        "Mark Smith, aged 50, will become chief executive officer of the company. "
        "In addition, John G. Cox has been promoted to the new position of Executive Vice "
        "President of Operations. Mr. Cox joined in 2003.\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Mark Smith", "chief executive officer"),
        ("John G. Cox", "Executive Vice President of Operations"),
    ]


def test_a_place_of_several_words_in_the_possessive_is_no_part_of_the_company():
    text = (
        "Jane Roe plans to retire as chairman of New Haven’s Zetaxion Pharmaceuticals, "
        "effective May 10."
    )
    assert [o.name for o in find_organizations(text, None)] == ["Zetaxion Pharmaceuticals"]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # an approval told in the passive, by its regulator or its market
        (
            "Zetavix has been approved in the US by the Food and Drug Administration.",
            ["regulatory_approval"],
        ),
        (
            "Zeta said Zetavix has been approved in the EU for kidney disease.",
            ["regulatory_approval"],
        ),
        # ... never one recalled, nor one sought with a word between
        ("Zetavix, which was approved in the US in 2014, is sold widely.", []),
        (
            "Zeta has won U.S. Food and Drug Administration priority review for its application "
            "seeking expanded approval of zetamab.",
            ["regulatory_submission"],
        ),
    ],
)
def test_an_approval_in_the_passive_and_one_sought_with_words_between(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_diseases_type_and_number_joined_by_a_hyphen_are_read():
    text = "Zetaxiga is approved for type-2 diabetes and Type-1 diabetes in adults."
    assert [i.name for i in find_indications(text)] == ["type-2 diabetes", "Type-1 diabetes"]


def test_a_diseases_versus_shortened_is_read():
    text = "Zetaleukin treats graft-vs-host disease; graft vs. host disease is rare in children."
    assert [i.name for i in find_indications(text)] == [
        "graft-vs-host disease",
        "graft vs. host disease",
    ]


def test_a_title_stops_before_the_next_person_and_employed_as_names_one():
    text = (
        "On February 4, Anders Lönnberg was appointed Executive Chairman of the Board and Maria "
        "Sjöberg CEO after Per Bengtsson. Marianne Lind was elected new board member Jonas "
        "Ekblom was employed as CEO. He was previously a consultant.\n"
    )
    titles = {p.name: p.title for p in find_people(text)}
    assert titles["Anders Lönnberg"] == "Executive Chairman of the Board"
    assert titles["Jonas Ekblom"] == "CEO"


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta is pleased to announce that the CTA has been submitted.", ["ind_filing"]),
        (
            "Zeta submitted a Clinical Trial Application (CTA) for its Phase IIb trial.",
            ["ind_filing"],
        ),
        (
            "Zeta submitted a marketing authorisation application to the EMA.",
            ["regulatory_submission"],
        ),
    ],
)
def test_a_clinical_trial_application_submitted_is_a_trials_filing(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_speech_verb_with_a_stray_comma_before_the_speaker_gives_the_title():
    text = (
        'Zeta said so. "The completion underscores our progress," commented, Dr. S. Kumar '
        'Zetasekaran, Chairman and CEO of Zeta. "We are excited."\n'
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("S. Kumar Zetasekaran", "Chairman and CEO")
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # a request approved is no marketing approval
        ("The US FDA has approved the request made by Dr Jane Roe, the trial's investigator.", []),
        # a trial approved by an ethics committee or a regulator may start
        (
            "Zeta said the Human Research Ethics Committee has approved the company's Phase 1 "
            "clinical trial of ZT-3247.",
            ["ind_active"],
        ),
        (
            "The FDA approved Zetavix based on the results of the Phase 3 trial.",
            ["regulatory_approval", "trial_results"],
        ),
        # ... and so may one the company received approval for
        (
            "Zeta received the approval for Phase II of the study from the Nova Scotia Health "
            "Authority Research Ethics Board.",
            ["ind_active"],
        ),
        ("Zeta Technologies granted approval for bladder cancer trial", ["ind_active"]),
    ],
)
def test_a_request_approved_is_no_approval_and_a_trial_approved_may_start(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_drug_name_before_platform_names_a_platform():
    text = (
        "HCW9302 was developed using the company's proprietary TOBI platform technology; "
        "TOBI inhalation solution treats infections."
    )
    found = [(c.name, c.span_start) for c in find_compounds(text)]
    assert ("TOBI", text.index("TOBI")) not in found
    assert ("TOBI", text.index("TOBI inhalation")) in found


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta is scrapping a drug it acquired in a $710M deal three years ago.", []),
        ("Zeta acquired Omega Bio for $710M, the companies said.", ["acquisition"]),
    ],
)
def test_a_deal_told_as_a_time_ago_is_recalled(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types
    money = extract_release(lead + "\n", "d", "x.txt").money
    assert [m.announced for m in money] == [bool(types)]


def test_an_adjective_a_hyphen_glues_to_a_names_end_is_no_part_of_it():
    text = (
        "It highlights the role of the National Institutes of Health-supported research. "
        "Then a Kappa University-affiliated team joined."
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "National Institutes of Health",
        "Kappa University",
    ]


def test_an_indefinite_article_opening_a_sentence_is_no_part_of_an_organisation():
    text = "A University of Zetaford study found that. An Omega Institute report agreed."
    assert [o.name for o in find_organizations(text, None)] == [
        "University of Zetaford",
        "Omega Institute",
    ]
    assert [o.name for o in find_organizations("A. Kappanini Group signed it.", None)] == [
        "A. Kappanini Group"
    ]


def test_a_nationality_before_a_company_is_no_part_of_its_name():
    text = (
        "Swiss Zetadyne Therapeutics, a portfolio company of Omega Holdings, and Kappa Bio "
        "today announced a licensing agreement. Zetadyne Therapeutics will lead it. It earned a "
        "milestone from Anglo-Swedish drug major Zetazeneca (LSE: ZZN)."
    )
    issuer = extract_release(text + "\n", "d", "x.txt").release.issuer
    assert issuer == "Zetadyne Therapeutics"
    names = [o.name for o in find_organizations(text, None)]
    assert "Zetadyne Therapeutics" in names
    assert not [n for n in names if n.startswith(("Swiss", "Anglo"))]
    # a nationality the release never drops from the name is the name's own
    kept = "Swedish Zetavitrum AB said it will grow. Swedish Zetavitrum AB leads."
    assert [o.name for o in find_organizations(kept, None)] == ["Swedish Zetavitrum AB"]
    assert extract_release(kept + "\n", "d", "x.txt").release.issuer == "Swedish Zetavitrum AB"


def test_a_function_word_before_a_marker_qualifier_ends_the_indication():
    text = (
        "an antibody against PSMA-positive prostate cancers, a drug from EGFR-mutated lung "
        "cancer work, and human epidermal growth factor receptor-positive breast cancer"
    )
    assert [i.name for i in find_indications(text)] == [
        "PSMA-positive prostate cancers",
        "EGFR-mutated lung cancer",
        # a marker's own words are kept, a common one among them ("human")
        "human epidermal growth factor receptor-positive breast cancer",
    ]
    # ... and a verb or a compound's code before the marker is neither
    verb = "ZB-915 targets KRAS-mutant pancreatic cancer and ZB-916 BRAF V600E-mutant melanoma"
    assert [i.name for i in find_indications(verb)] == [
        "KRAS-mutant pancreatic cancer",
        "BRAF V600E-mutant melanoma",
    ]
    # ... nor a line of therapy
    lines = (
        "in first-line HER2-low metastatic breast cancer and as 2L EGFR-mutant NSCLC, and in "
        "previously untreated BRAF-mutant melanoma"
    )
    assert [i.name for i in find_indications(lines)] == [
        "HER2-low metastatic breast cancer",
        "EGFR-mutant NSCLC",
        "BRAF-mutant melanoma",
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        # an earned milestone no event cue names: read from its amount
        (
            "Zetox SA said that Omega has initiated a trial, which triggers a 1.0 million euro "
            "($1.3 million) milestone from Omega.",
            ["trial_start", "milestone_payment"],
        ),
        (
            "Zetox is due to receive a L10.0 million ($19.3 million) milestone from Omega.",
            ["milestone_payment"],
        ),
        # a potential one announces nothing
        ("Zetox may receive up to EUR 32 million in milestones from Omega.", []),
        # nor a new deal's terms, to be paid, nor one expected
        (
            "Zetox signed a supply agreement with Omega. Omega will pay Zetox approximately $14 "
            "million in license fees and milestone payments.",
            [],
        ),
        (
            "Zetox expects to receive sales milestone payments of approximately 25 billion yen "
            "from Omega.",
            [],
        ),
    ],
)
def test_an_earned_milestone_amount_announces_a_milestone_payment(lead, types):
    events = extract_release(lead + "\n", "d", "x.txt").events
    assert [e.event_type for e in events if e.announced] == types


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta Bio, Inc. today announced that it has received approval from the U.S. Food and Drug "
        "Administration (\u201cFDA\u201d) for its Investigational New Drug (\u201cIND\u201d) "
        "application.",
        "Zeta Bio Inc announced on Tuesday that it has received approval from the US Food and Drug "
        "Administration (FDA) for its Investigational New Drug (IND) application for ZB-101.",
    ],
)
def test_approval_from_a_regulator_for_an_ind_is_an_active_ind(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["ind_active"]
    # approval from the regulator for a drug stays a marketing approval
    drug = lead.split(" for its ")[0] + " for ZB-101 tablets."
    assert [e.event_type for e in find_events(drug, len(drug))] == ["regulatory_approval"]


def test_a_code_with_a_letter_between_its_numbers():
    text = "Zeta's oral KRAS inhibitor JAB-23E73 and Omega's ZB-4C7 are in Phase 1; see COVID-19."
    assert [m.name for m in find_compounds(text)] == ["JAB-23E73", "ZB-4C7"]


def test_a_regulator_that_granted_the_marketing_authorisation_approves():
    lead = (
        "Following a positive recommendation in May, the European Commission (EC) has now "
        "granted the conditional marketing authorization (CMA) for Zetavir, the lead product of "
        "German biotech Zeta Pharmaceuticals."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["regulatory_approval"]
    sought = lead.replace("has now granted the", "may grant the")
    assert [e.event_type for e in find_events(sought, len(sought))] == []


def test_a_regulators_name_ends_before_the_drug_it_acts_for():
    text = (
        "The recommendation for approval from the European Commission for Zetavian, also known "
        "as zetocogene, would pave the way. The Kappa Foundation for Cancer Research agreed.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "European Commission",
        "Kappa Foundation for Cancer Research",
    ]


def test_firms_that_acted_as_advisers_in_the_past_tense():
    text = (
        "The price is $23.90. Kappa Investment Bank and Zeta World Markets acted as joint "
        "book-running managers for the offering. Zetard Capital Markets served as the sole "
        "placement agent. Dr. Roe served as chief executive officer of Beta.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert names == ["Kappa Investment Bank", "Zeta World Markets", "Zetard Capital Markets"]


def test_a_list_of_adverse_events_names_no_indication():
    text = (
        "Zetamab met its endpoints in ulcerative colitis. The most common adverse events (>10 "
        "percent) were; colitis, headache and nasopharyngitis. Side effects included nausea and "
        "migraine. Zetamab is also studied in psoriasis.\n"
    )
    assert [i.name for i in find_indications(text)] == ["ulcerative colitis", "psoriasis"]
    # adverse events of the patients a disease names stay the population's disease
    text = "Adverse events in patients with Crohn's disease were mild."
    assert [i.name for i in find_indications(text)] == ["Crohn's disease"]
    # ... and one the text says occurred in a share of its patients is none
    text = (
        "Zetacel was studied in multiple myeloma. Cytokine release syndrome occurred in 84% of "
        "patients; neutropenia (grade 3) was reported in 12 patients. Psoriasis developed in the "
        "mouse model."
    )
    assert [i.name for i in find_indications(text)] == ["multiple myeloma", "Psoriasis"]


@pytest.mark.parametrize("kind", ["final", "tentative", "the final", "a tentative"])
def test_a_final_or_tentative_approval_received_from_a_regulator(kind):
    lead = (
        f"Zeta Pharma said it has received {kind} approval from US health regulator to sell a "
        "generic version of Zetasartan tablets."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["regulatory_approval"]


@pytest.mark.parametrize(
    ("verb", "types"),
    [
        ("has announced receiving market approval", ["regulatory_approval"]),
        (
            "announces that it has received marketing authorization approval",
            ["regulatory_approval"],
        ),
        ("announced obtaining marketing approval", ["regulatory_approval"]),
        ("looks forward to receiving market approval", []),
        ("is on track for obtaining marketing approval", []),
    ],
)
def test_an_approval_the_lead_says_the_company_is_receiving(verb, types):
    lead = (
        f"Omega Zeta Holdings Ltd (HKG: 0999) {verb} from the National Medical Products "
        "Administration (NMPA) for its drug Zetalin (zetaride) in gout."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta Bio plans to out-license the device to makers abroad.", []),
        ("Zeta Bio is seeking to enter a collaboration with a larger company.", []),
        ("Zeta Bio aims to further out-license its platform in Asia.", []),
        ("Zeta Bio has out-licensed the device to Omega Corp.", ["licensing_deal"]),
    ],
)
def test_a_deal_the_company_plans_or_seeks_is_no_deal(lead, types):
    from transform.events import find_background_deals

    assert [e.event_type for e in find_events(lead, len(lead))] == types
    # nor a deal the body recalls
    body = f"Zeta Bio listed its shares on Monday. {lead}"
    assert [e.event_type for e in find_background_deals(body, 0)] == types


def test_a_known_name_before_a_hyphen_and_a_capital_is_a_longer_names_first_part():
    text = (
        "Zeta Reports $1.5M Milestone Payment From Wyeth-Ayerst Collaboration\nIts collaboration "
        "is with Wyeth-Ayerst Laboratories, a division of Kappaxis Corporation. Pfizer-led "
        "research continues.\n"
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "Wyeth-Ayerst Laboratories",
        "Kappaxis Corporation",
        "Pfizer",
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta will receive additional milestone payments and royalties if ZB-910 continues "
            "through IND filing and development and receives marketing approval.",
            [],
        ),
        ("Unless Kappaxis acquires the rights, Zeta keeps them.", []),
        # the clause a comma closes leaves the main clause's event
        (
            "If approved, the drug will be marketed; Zeta received FDA approval for ZB-1.",
            ["regulatory_approval"],
        ),
    ],
)
def test_a_cue_in_a_conditional_clause_announces_nothing(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_the_parties_between_which_a_case_or_deal_stands_are_two():
    text = (
        "Zeta SA today announced a decision in the case between Zeta and Kappaxis Group Ltd on "
        "the subject of an agreement. A deal between Johnson & Johnson and Bayer was signed.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta SA")] == [
        "Kappaxis Group Ltd",
        "Johnson & Johnson",
        "Bayer",
    ]


def test_a_title_in_parentheses_closed_before_a_name_is_the_name_befores():
    text = (
        "The other members of the Zeta board are Jacob Tolstrup (chairman), Lars Christensen, "
        "and Martin Holst Lange. Chief Executive Officer Anna Berg said the board is complete.\n"
    )
    people = {p.name: p.title for p in find_people(text)}
    assert people.get("Lars Christensen") is None
    assert people["Anna Berg"] == "Chief Executive Officer"


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta A/S Announces Changes to its Board of Directors and Updates to its Executive Team",
        "Zeta announces changes in the management of its US unit.",
    ],
)
def test_changes_to_a_board_or_management_are_an_executive_change(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["executive_change"]


def test_a_deck_under_a_dateline_of_its_own_leaves_the_lead_below_it():
    text = (
        "Zeta Bio and Kappa Council Gel Study in London\nCAMBRIDGE, Mass.--(BUSINESS "
        "WIRE)--Jan. 21, 1997--\nZeta and the Kappa Medical Research Council of Great Britain\n"
        "begin a safety evaluation of ZB 2000 gel to prevent infection in women\nZeta Inc "
        "announced today that it has initiated a Phase I "
        "clinical trial of its ZB 2000 gel in London, England. The gel is meant to protect "
        "women.\nThe trial is designed to assess safety.\n"
    )
    events = extract_release(text, "d", "x.txt").events
    assert [(e.event_type, e.announced) for e in events] == [("trial_start", True)]


def test_an_approval_received_from_a_regulator_quoted_in_the_lead():
    lead = (
        '"The company has received the final approval from the US Food and Drug Administration '
        '(USFDA) to manufacture and market Zetasartan tablets," Zeta Pharma said today.'
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["regulatory_approval"]
    # an approval the company still awaits is no event
    lead = "Zeta Pharma expects to receive the final approval from the USFDA next year."
    assert find_events(lead, len(lead)) == []


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "Zeta Inc. today announced an expansion of its peptide discovery collaboration with "
            "Omega Pharma AG.",
            ["collaboration"],
        ),
        (
            "Zeta Inc. today announced the renewal of the research collaboration with Omega.",
            ["collaboration"],
        ),
        # the size of a plant is no collaboration
        ("Zeta Inc. today announced an expansion of its manufacturing plant in Osaka.", []),
    ],
)
def test_a_collaborations_expansion_or_renewal_is_a_collaboration(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_title_printed_before_an_honorific_is_the_persons():
    text = (
        '"A key milestone," said chief executive officer Dr Alastair Smith. The board named a '
        "new Chief Executive Officer. Dr Ann Lee agreed. Zeta CEO Dr. Tom Fox said so."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Alastair Smith", "chief executive officer"),
        ("Ann Lee", None),  # the sentence before's title is no one's here
        ("Tom Fox", "CEO"),
    ]


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "The FDA has placed a clinical hold on Zeta Bio's lung cancer therapy trial after a "
            "patient death, the company said.",
            ["other"],
        ),
        (
            "Zeta Inc. said the Food and Drug Administration issued a clinical hold against one of "
            "its drugs affecting four studies.",
            ["other"],
        ),
        ("Zeta Bio said the FDA lifted the partial clinical hold on ZB-11.", ["other"]),
        # a hold on something else is no regulator's act on a trial
        ("Zeta Bio said it will hold on to its stake in Omega.", []),
    ],
)
def test_a_clinical_hold_placed_or_lifted_is_an_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_doctor_of_science_is_a_degree():
    text = (
        "''We are eager to have this module installed in our facility.'' Timothy J. Rink, M.D., "
        "Sc.D., Zeta's chairman, chief executive officer and president, praised Zeta's staff."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Timothy J. Rink", "chairman, chief executive officer and president")
    ]


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "The FDA has determined that Zeta's gepirone ER New Drug Application is \"not "
            'approvable."',
            ["other"],
        ),
        ("Zeta expects the FDA to approve the application.", []),
    ],
)
def test_an_application_found_not_approvable_is_an_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "Zeta Pharmaceutical Co., Ltd. and Omega Chemical Industries, Ltd. today announced "
            "that they signed a basic agreement regarding joint development of Zeta's drugs.",
            ["collaboration"],
        ),
        (
            "Zeta signed an agreement on the joint research of new antibodies with Omega.",
            ["collaboration"],
        ),
        # a committee of a deal's terms is no deal
        ("Zeta said the joint development committee met in May.", []),
    ],
)
def test_an_agreement_on_joint_development_is_a_collaboration(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "Zeta, Inc. today announced that it has signed a Letter of Intent to license "
            "zetanox 5% paste to Laboratorios Omega, S.A. for Italy and Spain.",
            ["licensing_deal"],
        ),
        (
            "Zeta, Inc. Agrees to License Zetanox for Four Additional European Markets",
            ["licensing_deal"],
        ),
        (
            "Zeta, Inc. today announced that it has signed an agreement to license from Omega Drug "
            "Company the rights to zetanox oral paste 5%.",
            ["licensing_deal"],
        ),
        # a license a company is free to grant is no deal
        ("Zeta, Inc. said it is free to license zetanox to others.", []),
    ],
)
def test_an_agreement_or_letter_of_intent_to_license_is_a_licensing_deal(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    "lead, types",
    [
        # what the FDA approved before, an adjective of a product, is no approval now
        (
            "Zetanox, marketed in the U.S. by Omega Drug Company, is the only FDA approved product "
            "for the treatment of canker sores.",
            [],
        ),
        ("Zeta sells the first FDA-approved treatment for canker sores.", []),
        (
            "Zeta said the FDA approved Zetanox for the treatment of canker sores.",
            ["regulatory_approval"],
        ),
    ],
)
def test_an_fda_approved_product_is_no_approval_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    "lead, types",
    [
        ("Zeta Bio and Omega Corp. agreed to merge in an all-stock deal.", ["acquisition"]),
        # activities merged are no company bought
        (
            "At a meeting on Friday, the alliance agreed to merge its activities with those of the "
            "EU Commission.",
            [],
        ),
    ],
)
def test_activities_merged_are_no_acquisition(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "Zeta Corporation is pleased to announce that the FDA has completed the review of the "
            "company’s Investigational New Drug (IND) application for Zetavin, and has informed "
            "Zeta that “we have completed the review of your submission, and have concluded that "
            "you may proceed with the proposed study.”",
            ["ind_active"],
        ),
        # a trial that may go on after its data's review is no IND cleared
        ("Zeta said the monitoring board concluded that the trial may proceed as planned.", []),
    ],
)
def test_an_ind_the_fda_lets_proceed_is_active(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_people_joining_with_no_company_named_and_promoted_to_a_title():
    text = (
        "Zeta also announced that Ruth Okafor has joined as General Counsel. Zeta has promoted "
        "Daniel Weiss to Chief Operating Officer. Zeta named Omega Partners to advise it."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ruth Okafor", "General Counsel"),
        ("Daniel Weiss", "Chief Operating Officer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zeta tests LY3298176 (tirzepatide) in adults.",
        "Zeta tests tirzepatide (LY3298176) in adults.",
        "Zeta tests Mounjaro (tirzepatide) in adults.",
        "Zeta tests tirzepatide (Mounjaro) in adults.",
    ],
)
def test_a_compounds_names_share_its_inn_whichever_order_a_release_prints_them(text):
    assert {m.canonical_name for m in find_compounds(text)} == {"tirzepatide"}


def test_a_brand_and_a_code_share_the_brand_and_two_codes_the_first():
    found = find_compounds("Zeta tests ZT-101 (Symdeko) in adults.")
    assert {m.canonical_name for m in found} == {"Symdeko"}
    found = find_compounds("Zeta tests ZT-101 (ZB-17) in adults.")
    assert {m.canonical_name for m in found} == {"ZT-101"}


def _announced_events(title: str) -> list[str]:
    text = (
        f"{title}\n\nBOSTON, March 12, 2014 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: ZETA) today "
        "announced news about its program. The company said more details would follow.\n"
    )
    return sorted({e.event_type for e in extract_release(text, "d", "x.txt").events if e.announced})


@pytest.mark.parametrize(
    ("title", "events"),
    [
        # a deal's ending inside the cue's words is no deal made
        ("Zeta Announces Termination of Collaboration with Omega", []),
        ("Zeta Announces Discontinuation of License Agreement with Omega", []),
        ("Zeta Enters into Collaboration with Omega", ["collaboration"]),
        # an agency validates an application in the present tense, after a possessive
        (
            "EMA Validates Zeta's Marketing Authorisation Application for ZT-101",
            ["regulatory_submission"],
        ),
        # a joint venture formed is a collaboration; one a company leaves is none
        ("Zeta and Omega Establish a 50/50 Joint Venture in China", ["collaboration"]),
        ("Zeta Sells Its Stake in Joint Venture with Omega", []),
    ],
)
def test_deals_ended_inside_their_cue_validations_and_joint_ventures(title, events):
    assert _announced_events(title) == events


def test_a_financings_investors_are_read_from_the_list_its_cue_names():
    text = (
        "Zeta Bio, Inc. today announced a $50 million Series B financing led by OrbiMed, with "
        "participation from Venrock, RA Capital Management and existing investors. "
        "The IPO was led by Azure Capital. The study was led by Dr. Ann Roe.\n"
    )
    names = [(m.name, m.rule) for m in find_organizations(text, "Zeta Bio, Inc.")]
    assert names == [
        ("OrbiMed", "company_investor"),
        ("Venrock", "company_investor"),  # one word, no word of the trade: the list names it
        ("RA Capital Management", "organization_head"),  # its head: "Capital Management"
        ("Azure Capital", "organization_head"),  # an IPO's leader: a firm, no investor
    ]


def test_two_investors_a_financings_list_joins_by_and_are_two_and_neither_its_counterparty():
    text = (
        "Zeta Bio has raised GBP 18.5m in a Series B round led by Meridian Ventures, with "
        "participation from existing investors Oxford Science Enterprises and Redpath Capital.\n"
    )
    names = [m.name for m in find_organizations(text, "Zeta Bio")]
    assert names == ["Meridian Ventures", "Oxford Science Enterprises", "Redpath Capital"]
    events = extract_release(text, "p" * 64, "file:///z.txt", []).events
    assert [(e.event_type, e.counterparty) for e in events] == [("financing", None)]


def test_a_uk_contact_tables_entries_belong_to_the_firm_above_and_hyphenated_names_are_given():
    """An RNS contact table heads each firm's entries with its name; the company on the line
    after a contact's number heads the next entry, never that contact's. A given name of two
    halves ("Mary-Jane", "Jean-Luc") is a given name as each half is."""
    text = (
        "Zeta Bio plc\n14 February 2019\n\nAppointment of Chief Financial Officer\n\n"
        "Zeta Bio plc (AIM: ZETA) announces the appointment of Ann Roe as Chief Financial "
        "Officer.\n\nFor further information:\nZeta Bio plc\n"
        "Dr. James Hartley, Chief Executive Officer      +44 (0)20 5555 0101\n"
        "Numis Securities Limited (Nominated Adviser and Broker)\n"
        "Freddie Barnfield / Duncan Monteith              +44 (0)20 5555 0102\n"
        "Consilium Strategic Communications Ltd\n"
        "Mary-Jane Elliott / Jean-Luc Petit               +44 (0)20 5555 0103\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Ann Roe", "Zeta Bio"),
        ("James Hartley", "Zeta Bio"),
        ("Freddie Barnfield", "Numis Securities"),
        ("Duncan Monteith", "Numis Securities"),
        ("Mary-Jane Elliott", "Consilium Strategic Communications"),
        ("Jean-Luc Petit", "Consilium Strategic Communications"),
    ]


def test_a_firm_alone_on_its_line_over_a_contacts_entry_is_that_contacts_organisation():
    """An old wire's contact block: the agency's name alone on its line heads its contact's
    entry, though no rule reads it as an organisation; a desk's label, a place or a person on
    that line names no firm."""
    text = (
        "SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--Jan. 5, 1996--Zeta Corp. (NASDAQ:ZETA) "
        "announced a research collaboration with Omega Pharma Ltd. for Alzheimer's disease.\n\n"
        "CONTACT: Zeta Corp.\n         Harold B. Weiss, 415/555-7000\n              or\n"
        "         Burns McClellan\n         Lisa Burns, 212/555-8800\n"
        "         Investor Relations\n         Tom Reed, 212/555-8801\n"
        "         Europe\n         Ann Lee, +44 20 5555 0100\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Harold B. Weiss", "Zeta"),
        ("Lisa Burns", "Burns McClellan"),
        ("Tom Reed", "Zeta"),
        ("Ann Lee", "Zeta"),
    ]


def test_a_firm_alone_on_its_line_under_a_contacts_name_is_that_contacts_organisation():
    """A contact's name alone on its line, the agency's name on the next, the number or e-mail
    after it (or the three on one line, parted by commas): the agency answers for the contact;
    a post ("Managing Director and CEO") or a company's unit ("Corporate Communications") there
    names no firm, nor the issuer's own short name another company."""
    text = (
        "Melbourne, Australia, 12 March 2021: Zeta Therapeutics Limited (ASX: ZTA) is pleased "
        "to announce a placement.\n\n"
        "For more information:\nDr Fiona McAllister\nManaging Director and CEO\n+61 3 9000 1234\n\n"
        "Investor enquiries:\nTom Hargreaves\nWE Communications\n+61 400 123 456\n\n"
        "Media:\nAnn Lee\nCorporate Communications\nmedia@zeta.com.au\n\n"
        "Press:\nBenoît Lefèvre\nNewCap\n+33 1 44 71 00 00\n\n"
        "Ji-ho Park\nZeta Therapeutics\npr@zeta.com.au\n\n"
        "Lena Ortiz, Ten Bridge Communications, lena@tenbridge.com\n"
        "Jane Roe, Corporate Communications, +61 3 9000 1235\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Fiona McAllister", "Zeta Therapeutics"),
        ("Tom Hargreaves", "WE Communications"),
        ("Ann Lee", "Zeta Therapeutics"),
        ("Benoît Lefèvre", "NewCap"),
        ("Ji-ho Park", "Zeta Therapeutics"),
        ("Lena Ortiz", "Ten Bridge Communications"),
        ("Jane Roe", "Zeta Therapeutics"),
    ]


def test_a_contact_line_opening_on_a_company_and_a_colon_is_that_companys_contact():
    """A joint release lists each company's contact after its name and a colon; a desk's label
    ("Media:") names no company, and the contact under it stays the issuer's."""
    text = (
        "Zeta Bio and Omega Therapeutics to Combine\n\n"
        "BOSTON, Feb. 22, 2022 -- Zeta Bio, Inc. (Nasdaq: ZETA) and Omega Therapeutics, Inc. "
        "(Nasdaq: OMGA) today announced a merger agreement.\n\n"
        "Contacts:\n"
        "Zeta Bio: Kevin Doyle, kdoyle@zetabio.example\n"
        "Omega Therapeutics: Marie-Claire Dubois, mdubois@omegatx.example\n"
        "Media: Ann Roe, aroe@zetabio.example\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Kevin Doyle", "Zeta Bio"),
        ("Marie-Claire Dubois", "Omega Therapeutics"),
        ("Ann Roe", "Zeta Bio"),
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta and Omega entered into a definitive agreement under which Omega will merge "
            "with Zeta.",
            ["acquisition"],
        ),
        (
            "Zeta announced a definitive agreement pursuant to which it will acquire Omega for "
            "$300 million.",
            ["acquisition"],
        ),
        (
            "Zeta signed an agreement under which Omega will license ZT-101 in Japan.",
            ["licensing_deal"],
        ),
        # the deal a release works under is still none of its news
        ("Under its license agreement with Omega, Zeta will receive $5 million.", []),
    ],
)
def test_the_terms_of_a_deal_under_which_a_party_acts_announce_it(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2019)] == types


def test_a_diseases_subtype_printed_after_it_is_part_of_its_name():
    text = (
        "Zeta received Orphan Drug Designation for ZT-101 in myotonic dystrophy type 1 and for "
        "ZT-2 in mucopolysaccharidosis type IIIA, obesity type 2 diabetes and spinocerebellar "
        "ataxia type 3 patients."
    )
    assert [i.name for i in find_indications(text)] == [
        "myotonic dystrophy type 1",
        "mucopolysaccharidosis type IIIA",
        "obesity",
        "type 2 diabetes",
        "spinocerebellar ataxia type 3",
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Health Canada has issued a Notice of Compliance for ZT-101 in psoriasis.",
            ["regulatory_approval"],
        ),
        (
            "Zeta received a Notice of Compliance with conditions (NOC/c) for ZT-101.",
            ["regulatory_approval"],
        ),
        ("Zeta expects to receive a Notice of Compliance for ZT-101 in 2025.", []),
    ],
)
def test_a_canadian_notice_of_compliance_is_an_approval(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2019)] == types


@pytest.mark.parametrize("surname", ["O'Neill", "O’Brien", "D'Angelo"])
def test_a_surname_with_an_apostrophe_after_a_title_names_a_person(surname):
    text = (
        "Zeta News\n\nBOSTON, May 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced a "
        f"licence agreement with Omega Corp. Omega chief executive Sarah {surname} said the "
        "deal fits its strategy.\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title) for p in people] == [(f"Sarah {surname}", "chief executive")]


@pytest.mark.parametrize(
    ("disease", "names"),
    [
        ("chikungunya", ["chikungunya"]),
        ("cytomegalovirus", ["cytomegalovirus"]),
        ("invasive pneumococcal disease", ["invasive pneumococcal disease"]),
        ("uveal melanoma", ["uveal melanoma"]),
        # a marker inside a qualified disease is none of its own
        ("HPV-positive head and neck cancer", ["HPV-positive head and neck cancer"]),
    ],
)
def test_infections_named_by_their_pathogen_and_everyday_names_are_indications(disease, names):
    text = f"Zeta develops ZT-1 for patients with {disease} in a trial."
    assert [i.name for i in find_indications(text)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Trials will run at Massachusetts General Hospital and Johns Hopkins University.",
            ["Massachusetts General Hospital", "Johns Hopkins University"],
        ),
        (
            "Novartis and Memorial Sloan Kettering Cancer Center will run studies.",
            ["Novartis", "Memorial Sloan Kettering Cancer Center"],
        ),
        (
            "Kovira and Memorial Sloan Kettering Cancer Center will run studies.",
            ["Memorial Sloan Kettering Cancer Center"],
        ),
        # one name whose words "and" joins stays one
        (
            "The U.S. Food and Drug Administration approved it.",
            ["U.S. Food and Drug Administration"],
        ),
    ],
)
def test_two_institutions_joined_by_and_are_two_and_a_company_before_and_is_no_word_of_one(
    sentence, names
):
    assert [o.name for o in find_organizations(sentence, "Kovira Bio")] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Studies will run at Institut Pasteur in Paris.", ["Institut Pasteur"]),
        ("It partnered with Instituto Butantan in Brazil.", ["Instituto Butantan"]),
        ("It partnered with Université Paris-Saclay.", ["Université Paris-Saclay"]),
        ("The Institut will grow.", []),  # a head alone names none
        # with its joining words and elisions, as the name's language prints them
        ("It runs at the Università degli Studi di Milano.", ["Università degli Studi di Milano"]),
        ("It runs at the Hôpital de la Pitié-Salpêtrière.", ["Hôpital de la Pitié-Salpêtrière"]),
        ("It runs at the Institut d'Oncologie de Lyon.", ["Institut d'Oncologie de Lyon"]),
        (
            "It runs at Vall d'Hebron Institute of Oncology.",
            ["Vall d'Hebron Institute of Oncology"],
        ),
        ("It runs at the Universitätsklinikum Heidelberg.", ["Universitätsklinikum Heidelberg"]),
        ("It runs at the Universiteit Leiden.", ["Universiteit Leiden"]),
        # never the end of a word a hyphen joins: "Ludwig-Maximilians-Universität München"
        ("It is a spin-off of Ludwig-Maximilians-Universität München.", []),
    ],
)
def test_a_head_a_language_prints_first_opens_an_institutions_name(sentence, names):
    assert [o.name for o in find_organizations(sentence, "Kovira Bio")] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta appointed Anna Berg, formerly of Omega Corp., as Chief Medical Officer.",
        "Zeta welcomed Anna Berg as its new Chief Medical Officer.",
        "Zeta has hired Anna Berg as Chief Medical Officer.",
    ],
)
def test_a_hire_is_an_appointment_and_a_former_employer_is_no_organisation_of_the_person(
    sentence,
):
    text = (
        "Zeta News\n\nBOSTON, May 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced a "
        f"licence agreement with Omega Corp. {sentence}\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Anna Berg", "Chief Medical Officer", "Zeta Bio")
    ]


@pytest.mark.parametrize(
    "what",
    [
        "an inhaled anti-TSLP antibody fragment",
        "an antisense oligonucleotide",
        "a Fab fragment",
    ],
)
def test_a_class_of_molecule_in_the_singular_is_no_compound(what):
    text = f"Zeta develops ZT-101, {what}, for patients with asthma."
    assert [c.name for c in find_compounds(text)] == ["ZT-101"]


def test_a_contacts_name_never_runs_on_into_the_agency_on_the_next_line():
    text = (
        "Zeta Reports Data\n\nBOSTON, May 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today "
        "announced positive results from its Phase 2 trial of ZT-101 in gout.\n\n"
        "Investor Contact:\nStephanie Carrington\nWestwicke, an ICR Company\n(646) 555-0180\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [p.name for p in people] == ["Stephanie Carrington"]


def test_an_8k_items_body_is_read_though_a_later_item_closes_it():
    """The item the form reports ends its cover; "Item 9.01" after the body is no cover mark
    that hides the body's partner."""
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\nOn March 3, 2015, Quillon "
        'Therapeutics, Inc. (the "Company") entered into a License Agreement with Meridale '
        'Pharma AG ("Meridale"), pursuant to which the Company granted Meridale an exclusive '
        "license to develop QT-44 in Europe.\n\nItem 9.01 Financial Statements and Exhibits.\n"
    )
    assert [o.name for o in extract_release(text, "d", "x", []).organizations] == [
        "Meridale Pharma AG"
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta plc today announces its unaudited results for the six months ended 30 June 2023.",
            ["earnings"],
        ),
        (
            "Zeta plc announces its interim results for the 6 months ended 30 June 2023.",
            ["earnings"],
        ),
    ],
)
def test_results_for_months_ended_are_earnings(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2023)] == types


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        ("Type 1 and Type 2 diabetes", ["Type 1 diabetes", "Type 2 diabetes"]),
        (
            "small cell and non-small cell lung cancer",
            ["small cell lung cancer", "non-small cell lung cancer"],
        ),
        ("hepatitis B and C", ["hepatitis B", "hepatitis C"]),
        (
            "HER2-positive and triple-negative breast cancer",
            ["HER2-positive breast cancer", "triple-negative breast cancer"],
        ),
        # people paired before a disease are none
        ("adults and children with atopic dermatitis", ["atopic dermatitis"]),
    ],
)
def test_a_disease_a_list_names_by_its_first_words_or_its_letter_alone_is_named(listed, names):
    text = f"Zeta develops ZT-1 for patients with {listed} in a trial."
    assert [i.name for i in find_indications(text)] == names


def test_a_list_member_with_a_particle_in_lower_case_counts_for_the_list():
    text = (
        "Omega's investors include Birch Partners, Kestrel Venture, P. de Vries Capital "
        "Partners, Harbor Life Partners and Anna Roe, as well as private individuals."
    )
    assert [o.name for o in find_organizations(text, "Zeta Bio")] == [
        "Birch Partners",
        "Kestrel Venture",
        "P. de Vries Capital Partners",
        "Harbor Life Partners",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("It signed with Van der Berg Holding B.V. last year.", "Van der Berg Holding B.V."),
        (
            "Its investor J. van Dijk Capital Partners led the round.",
            "J. van Dijk Capital Partners",
        ),
        ("The deal with Gerhard von Bergen Pharma GmbH closed.", "Gerhard von Bergen Pharma GmbH"),
    ],
)
def test_a_dutch_or_german_particle_inside_a_companys_name_keeps_it_whole(sentence, name):
    assert [o.name for o in find_organizations(sentence, "Zeta Bio")] == [name]


def test_taking_part_in_a_named_conference_is_a_presentation_and_the_conference_no_company():
    text = (
        "Zeta News\n\nBOSTON, May 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced that "
        "management will participate in the Jefferies Healthcare Conference in New York.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [e.event_type for e in extraction.events] == ["conference_presentation"]
    assert extraction.organizations == []
    lead = "Zeta participated in a conference call with analysts."
    assert find_events(lead, len(lead), 2024) == []


def test_regulators_whose_names_have_no_head_word_are_organizations():
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced that Health Canada has approved ZT-101 "
        "for migraine, and that Swissmedic and the Therapeutic Goods Administration are "
        "reviewing it."
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == ["Health Canada", "Swissmedic", "Therapeutic Goods Administration"]


@pytest.mark.parametrize(
    ("line", "organizations", "people"),
    [
        # an agency's name in a contact block is its contact's organisation
        (
            "Media Contact:\nTom Brennan\nBrennan Communications\ntom@brennancomms.com",
            [],
            [("Tom Brennan", None, "Brennan Communications")],
        ),
        (
            "Investor Contact:\nJane Roe\nLifeSci Advisors\njane@lifesciadvisors.com",
            [],
            [("Jane Roe", None, "LifeSci Advisors")],
        ),
        (
            "Zeta hired Ogilvy Health Communications and Stern Advisors for its launch.",
            ["Ogilvy Health Communications", "Stern Advisors"],
            [],
        ),
        # investment firms: a head of the trade's money after a name of their own
        (
            "The round was led by Orbimed, with new investors Sofinnova Investments and Cormorant "
            "Asset Management, Polaris Capital and Omega Ventures.",
            [
                "Orbimed",
                "Sofinnova Investments",
                "Cormorant Asset Management",
                "Polaris Capital",
                "Omega Ventures",
            ],
            [],
        ),
        # never common words before it, nor a company's legal form before "and"
        ("Zeta Raises Venture Capital to Fund Growth and Working Capital Needs", [], []),
        (
            "Proceeds will fund working capital, including Research and Development Investments.",
            [],
            [],
        ),
        (
            "Piper Sandler & Co. and Barclays Capital are acting as book-running managers.",
            ["Piper Sandler & Co.", "Barclays Capital"],
            [],
        ),
        (  # ... a legal form with a slash too
            "Investors include Novo Holdings A/S and Sunstone Life Science Ventures.",
            ["Novo Holdings A/S", "Sunstone Life Science Ventures"],
            [],
        ),
        # a company's unit, a title's words before the head: no organisation
        (
            "Ann Lee, Head of Global Communications at Zeta, said the trial went well.",
            [],
            [("Ann Lee", "Head of Global Communications", "Zeta Bio")],
        ),
        (
            "Jane Roe, Vice President, Corporate Communications, said the trial went well.",
            [],
            [("Jane Roe", "Vice President, Corporate Communications", "Zeta Bio")],
        ),
    ],
)
def test_an_agencys_head_word_names_it_and_a_units_does_not(line, organizations, people):
    text = (
        "Zeta Bio Update\n\nBOSTON, March 3, 2020 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: ZETA) "
        "announced results. The company develops medicines for patients with serious diseases "
        f"and expects to report more data later this year.\n\n{line}\n"
    )
    extraction = extract_release(text, "d", "x")
    assert [o.name for o in extraction.organizations] == organizations
    assert [(p.name, p.title, p.organization) for p in extraction.people] == people


def test_a_name_in_apposition_with_how_it_acts_is_a_compound():
    text = (
        "The trial evaluated ferocardin, an oral soluble guanylate cyclase stimulator, in 4,812 "
        "patients. Zetaglipron, a once-daily oral GLP-1 receptor agonist. Omeracept is paired "
        "with halvumab, a humanized anti-TIGIT antibody that blocks the receptor, and with "
        "velunomod, an immunomodulator.\n"
        "Kappagen, a company developing kinase inhibitors, and Zorvex, an emerging leader in "
        "antibody conjugates, signed on. Boston, a city of inhibitors. The placebo, an inactive "
        "inhibitor. Sarah, a student of agonists."
    )
    found = [(c.name, c.rule) for c in find_compounds(text)]
    assert ("ferocardin", "compound_with_mechanism") in found
    assert ("Zetaglipron", "compound_with_mechanism") in found
    assert ("velunomod", "compound_with_mechanism") in found
    assert ("halvumab", "inn_stem") in found  # (a stem's word before its own rule)
    names = {name for name, _ in found}
    assert not names & {"Kappagen", "Zorvex", "Boston", "placebo", "Sarah"}


def test_a_name_in_lower_case_between_commas_after_the_noun_for_a_drug_is_a_compound():
    text = (
        "Zeta's lead candidate, zelnecirnon, is in Phase 2. The drug, which is oral, works; the "
        "therapy, alongside others, too. The investigational therapy, obexelimab, and the "
        "candidate, boston, follow."
    )
    found = [(c.name, c.rule) for c in find_compounds(text)]
    assert found == [("zelnecirnon", "compound_after_noun"), ("obexelimab", "drug_vocabulary")]


def test_a_name_in_apposition_with_its_owners_gene_therapy_or_vaccine_is_a_compound():
    """The apposition may open on its owner ("the company's", "Zeta's", "its") and end in a
    gene or cell therapy or a vaccine; never a company's unit or partner so described."""
    text = (
        "The FDA granted accelerated approval to Velnoria, the company's gene therapy for "
        "Sanfilippo syndrome. Zeta's Corvalix, its vaccine against RSV, and Omnivex, Zeta's cell "
        "therapy, follow. Zeta partnered with Omega, the company's vaccine partner; Novavax, a "
        "vaccine maker, too."
    )
    names = [c.name for c in find_compounds(text)]
    assert names == ["Velnoria", "Corvalix", "Omnivex"]


@pytest.mark.parametrize(
    ("block", "people"),
    [
        # the name after the label, the title on the line under it, indented as typed
        (
            "Contact: Robert J. Hale\n         Vice President, Finance\n         Zeta Bio, Inc.\n",
            [("Robert J. Hale", "Vice President, Finance")],
        ),
        ("Media: Robert Hale\nOmega Communications\n", [("Robert Hale", None)]),
        # the next contact on the label's line, after "or" or a semicolon
        (
            "Contact: Jane Roe of Zeta Bio, +1-617-555-2200, or Tom Smith of Omega "
            "Communications, +1-212-555-0000\n",
            [("Jane Roe", None), ("Tom Smith", None)],
        ),
        (
            "CONTACT: Jane Roe, Zeta Bio, 617-555-2200; Tom Smith, 212-555-0000\n",
            [("Jane Roe", None), ("Tom Smith", None)],
        ),
        # never a desk or a place after it
        (
            "Contacts: Jane Roe at Zeta Bio; or New Jersey offices; Investors, Omega Partners\n",
            [("Jane Roe", None)],
        ),
    ],
)
def test_a_contact_labels_line_names_its_contacts_and_the_next_line_the_title(block, people):
    text = (
        "Zeta Bio Update\n\nBOSTON, March 3, 2020 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: ZETA) "
        f"today announced results from its trial of ZT-1 in patients.\n\n{block}"
    )
    found = [(p.name, p.title) for p in extract_release(text, "d", "u").people]
    assert found == people


def test_a_contact_tables_firm_with_its_phone_on_its_line_heads_the_entries_below():
    text = (
        "Zeta Bio plc\n14 February 2019\n\nPositive Phase IIa Results for ZT-22\n\n"
        "Zeta Bio plc (AIM: ZETA) is pleased to announce positive results from its Phase IIa "
        "trial of ZT-22.\n\nFor further information, please contact:\n"
        "Zeta Bio plc                                      +44 (0)20 5555 0100\n"
        "Dr. James Hartley, Chief Executive Officer\n"
        "Numis Securities Limited (Nominated Adviser)      +44 (0)20 5555 0200\n"
        "Freddie Barnfield / Duncan Monteith\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("James Hartley", "Zeta Bio"),
        ("Freddie Barnfield", "Numis Securities"),
        ("Duncan Monteith", "Numis Securities"),
    ]
    # a firm no rule names an organisation, and a name alone under its heading
    text = text.replace("Numis Securities Limited", "Cairn Capital Markets") + (
        "Ashbury Communications                            Tel: +44 (0)20 5555 0300\n"
        "Charlotte Fenwick\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("James Hartley", "Zeta Bio"),
        ("Freddie Barnfield", "Cairn Capital Markets"),
        ("Duncan Monteith", "Cairn Capital Markets"),
        ("Charlotte Fenwick", "Ashbury Communications"),
    ]
    # its role in brackets alone on its line, the number on the contacts' line below
    text = text.replace(
        "Ashbury Communications                            Tel: +44 (0)20 5555 0300\n"
        "Charlotte Fenwick\n",
        "Singer Capital Markets (Nominated Adviser and Broker)\n"
        "Aubrey Powell / Tom Salvesen              +44 (0)20 7555 0202\n",
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people][-2:] == [
        ("Aubrey Powell", "Singer Capital Markets"),
        ("Tom Salvesen", "Singer Capital Markets"),
    ]

    # a firm whose name opens in lower case, as the repair leaves it ("finnCap", never "finn Cap")
    cleaned = clean_document(
        text.replace("Singer Capital Markets (", "finnCap Ltd (").encode(), "x.txt"
    )
    assert isinstance(cleaned, CleanText)
    people = extract_release(cleaned.text, "d", "x", cleaned.corrections).people
    assert [(p.name, p.organization) for p in people][-2:] == [
        ("Aubrey Powell", "finnCap"),
        ("Tom Salvesen", "finnCap"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Pedro dos Santos",
        "Maria de la Cruz",
        "Jan van Dijk",
        "Maria del Carmen García",  # a given name of its particle's, the surname after it
        "Ana María López de Guereñu",  # a surname with a particled second one
        "Ludwig van der Berg",
        "Dirk Van den Broeck",  # a Flemish particle in capitals
        "Pieter Van Der Meer",
        "Tom McDonald",
        "A. J. van der Merwe",  # initials alone before a particle
        "J.P. de Vries",
    ],
)
def test_a_name_with_its_particles_apart_is_read_whole(name):
    text = f'"Exciting," said Dr. {name}, head of research at Zeta Bio.'
    assert [(p.name, p.title) for p in find_people(text)] == [(name, "head of research")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a cancer's site a known name gives ("endometrial cancer") names its carcinoma too
        ("Zeta studies ZT-1 in endometrial carcinoma.", ["endometrial carcinoma"]),
        (
            "Zeta studies ZT-1 in ovarian carcinoma and breast carcinoma.",
            ["ovarian carcinoma", "breast carcinoma"],
        ),
        # never a word that counts them
        ("Zeta studies ZT-1 in multiple solid tumors.", ["solid tumors"]),
    ],
)
def test_a_cancers_site_from_a_known_name_reads_its_carcinoma_whole(sentence, names):
    found = [i.name for i in find_indications(sentence)]
    assert found == names


def test_a_candidate_named_in_apposition_before_its_patients_is_a_compound():
    text = (
        "Zeta reported data for its lead candidate, Zetavex, in adults with psoriasis, and for "
        "the drug, Boston, in patients with lupus."
    )
    assert [(c.name, c.rule) for c in find_compounds(text)] == [("Zetavex", "brand_in_context")]


@pytest.mark.parametrize(
    ("lead", "events"),
    [
        # an agency's approval of a grant or a loan is no marketing approval
        (
            "Zeta Ltd. has received approval from the Israel Innovation Authority for a grant of "
            "NIS 3.2 million to support ZT-44.",
            [],
        ),
        ("Zeta Ltd. has received approval from the state for a $1,500,000 loan.", []),
        # a drug's is, whatever the sentence says of money after it
        (
            "Zeta Ltd. has received marketing authorization from the European Commission for "
            "Zetamab, funding permitting.",
            ["regulatory_approval"],
        ),
    ],
)
def test_an_approval_of_a_grant_or_a_loan_is_no_regulatory_approval(lead, events):
    assert [e.event_type for e in find_events(lead, len(lead))] == events


def test_a_head_word_read_inside_the_second_of_two_names_joined_by_and_ends_no_pair():
    """ "led by Orbimed and RA Capital Management": the investor lexicon's firm after "and" is
    one name, never a head word's "Orbimed and RA Capital"."""
    text = (
        "BOSTON, Feb. 27, 2023 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced a merger. "
        "Concurrently, Zeta has secured commitments for a $90 million private financing from a "
        "syndicate of investors led by Orbimed and RA Capital Management.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert "RA Capital Management" in names
    assert not any(" and " in name for name in names)


def test_a_companys_name_of_one_english_word_in_capitals_in_prose_is_a_trials_name():
    """Trials are named by English words in capitals ("HORIZON", "ATLAS"): a lexicon company
    of that word printed so in a line of prose is the trial; in a title in capitals, or as the
    lexicon prints it, it is the company."""
    lead = (
        "BOSTON, Aug. 4, 2022 -- Zeta Bio, Inc. (Nasdaq: ZETA) completed enrollment in its "
        "Phase 3 HORIZON trial and will report data from HORIZON in 2023.\n"
    )
    text = "Zeta Completes Enrollment\n\n" + lead
    assert [o.name for o in extract_release(text, "d", "x", []).organizations] == []
    text = "ZETA LICENSES ZB-1 TO HORIZON\n\n" + lead
    assert [o.name for o in extract_release(text, "d", "x", []).organizations] == ["HORIZON"]


def test_an_honorific_without_its_stop_after_a_contact_label_is_no_part_of_the_name():
    """ "For further information please contact:" over "Dr Michael Smith": one person, Michael
    Smith, with the title on the line below; never a second "Dr Michael Smith"."""
    text = (
        "Zeta Bio Signs Deal\n\nBOSTON, March 3, 2022 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: "
        "ZETA) today announced a licence agreement with Omega Pharma for ZB-1 in gout.\n\n"
        "For further information please contact:\nDr Michael Smith\nChief Executive Officer\n"
        "info@zeta.com\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title) for p in people] == [("Michael Smith", "Chief Executive Officer")]


def test_a_joint_titles_verb_in_the_plural_is_no_word_of_an_organisations_name():
    """ "Zeta Pharmaceuticals and Omega Seiyaku Announce Strategic Alliance": the plural verb
    of a joint release's title ends the names, as "Enters" does; no "... Announce Strategic
    Alliance" is an organisation."""
    text = (
        "Zeta Pharmaceuticals and Omega Seiyaku Announce Strategic Alliance for ZB-801 in Japan"
        "\n\nLONDON and TOKYO, 9 May 2017 - Zeta Pharmaceuticals plc (AIM: ZETA) and Omega "
        "Seiyaku Co., Ltd. (TSE: 4591) today announced an exclusive licence agreement for "
        "ZB-801 in Alzheimer's disease in Japan.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names == ["Omega Seiyaku Co., Ltd."]


def test_a_virus_and_the_inflammation_it_causes_are_one_disease():
    """ "cytomegalovirus (CMV) retinitis" is one disease, its abbreviation in brackets no second;
    a virus and a disease listed apart stay two."""
    lead = (
        "Zeta Bio Signs Deal\n\nBOSTON, March 3, 2022 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: "
        "ZETA) today announced a licence agreement with Omega Pharma to develop ZB-1 for the "
        "treatment of {}. The company develops medicines for patients with serious diseases.\n"
    )
    for disease, names in [
        ("cytomegalovirus (CMV) retinitis", ["cytomegalovirus retinitis"]),
        ("RSV bronchiolitis in infants", ["RSV bronchiolitis"]),
        ("HIV and hepatitis", ["HIV", "hepatitis"]),
    ]:
        indications = extract_release(lead.format(disease), "d", "x", []).indications
        assert [i.name for i in indications] == names


def test_a_relative_clauses_history_of_a_company_is_no_date_of_the_news():
    """ "a $7.5 million milestone payment from Pfizer Inc. (NYSE:PFE), which acquired Pharmacia
    in 2003, upon initiation of ...": the milestone is news, and Pfizer's acquisition of 2003
    no event of the release; a deal with a company "which was founded in 1999" is news too."""
    lead = (
        "Zeta Bio News\n\nBOSTON, March 14, 2006 /PRNewswire/ -- {} The company develops "
        "medicines for patients with serious diseases.\n"
    )
    text = lead.format(
        "Zeta Bio, Inc. (NASDAQ: ZETA) announced today that it has received a $7.5 million "
        "milestone payment from Pfizer Inc. (NYSE:PFE), which acquired Pharmacia in 2003, upon "
        "initiation of a Phase III clinical trial of ZB-110."
    )
    extraction = extract_release(text, "d", "x", [])
    assert [(m.amount, m.kind, m.announced) for m in extraction.money] == [
        (7_500_000, "milestone", True)
    ]
    # (both of the one sentence: in the order their cues open, "received ... upon initiation"
    # before "$7.5 million milestone payment from")
    assert [e.event_type for e in extraction.events] == ["trial_start", "milestone_payment"]
    text = lead.format("Zeta Bio has agreed to acquire Omega, which was founded in 1999.")
    assert [e.event_type for e in extract_release(text, "d", "x", []).events] == ["acquisition"]


def test_immunology_ends_a_companys_name_as_a_word_of_the_trade():
    """ "Kestrel Immunology" (company_trade_words.csv), as "Kestrel Oncology" is."""
    text = (
        "Zeta Bio News\n\nBOSTON, March 14, 2016 /PRNewswire/ -- Zeta Bio, Inc. (NASDAQ: ZETA) "
        "completed enrollment in its Phase 3 trial of zenarimab. Zeta licensed zenarimab from "
        "Kestrel Immunology in 2013 for $20 million upfront.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names == ["Kestrel Immunology"]


def test_a_name_a_rule_reads_from_inside_another_after_a_lists_comma_starts_after_it():
    """ "J.P. Morgan, Goldman Sachs & Co. LLC and Jefferies": three firms, never "Morgan, Goldman
    Sachs & Co. LLC"; a firm whose name holds commas stays whole."""
    text = (
        "Zeta Prices Offering\n\nWALTHAM, Mass., March 2, 2021 (GLOBE NEWSWIRE) -- Zeta Bio, Inc. "
        "(Nasdaq: ZETA) today announced the pricing of its public offering. J.P. Morgan, Goldman "
        "Sachs & Co. LLC and Jefferies are acting as joint book-running managers. Skadden, Arps, "
        "Slate, Meagher & Flom LLP is serving as legal counsel.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names == [
        "J.P. Morgan",
        "Goldman Sachs & Co. LLC",
        "Jefferies",
        "Skadden, Arps, Slate, Meagher & Flom LLP",
    ]


def test_a_disease_non_negates_is_no_indication_but_qualifies_the_next():
    """ "non-cystic fibrosis bronchiectasis" is a bronchiectasis, never cystic fibrosis; a
    negated disease alone names nothing; "non-Hodgkin lymphoma" is read whole as before."""
    lead = "Zeta develops ZB-1 for the treatment of {}."
    for disease, names in [
        ("non-cystic fibrosis bronchiectasis", ["non-cystic fibrosis bronchiectasis"]),
        ("non-cystic fibrosis patients", []),
        ("non-Hodgkin lymphoma", ["non-Hodgkin lymphoma"]),
    ]:
        assert [m.name for m in find_indications(lead.format(disease))] == names


def test_a_repeat_of_a_disease_a_title_names_first_adds_no_broader_one():
    text = (
        "Trial in Non-Small Cell Lung Cancer\n\nZeta tests ZT-1 in patients with advanced "
        "non-small cell lung cancer (NSCLC) and in chronic hepatitis C."
    )
    assert [i.name for i in find_indications(text)] == [
        "non-small cell lung cancer",
        "chronic hepatitis C",
    ]


def test_a_use_of_drugs_is_no_compound():
    text = "Zeta markets emtricitabine/tenofovir tablets for pre-exposure prophylaxis of HIV."
    assert [c.name for c in find_compounds(text)] == ["emtricitabine/tenofovir"]


def test_an_organisation_named_with_its_portfolio_ends_before_a_month():
    text = (
        "Kobe, Japan, June 1, 2018 - Zeta Seiyaku Co., Ltd. said that it filed an application "
        "with the Ministry of Health, Labour and Welfare in March for its drug ZS-12, and "
        "won a grant from the Ministry of Economy, Trade and Industry in May.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "Ministry of Health, Labour and Welfare" in names
    assert "Ministry of Economy, Trade and Industry" in names
    assert not [n for n in names if n.endswith(("March", "May"))]


def test_a_known_companys_name_in_capitals_takes_no_legal_form_from_the_next_line():
    text = (
        "OMEGA BIO SIGNS LICENSE WITH ASTELLAS\nCompany to receive $5 million upfront\n\n"
        "TOKYO, Jan. 5, 2010 -- Omega Bio, Inc. signed a license with Daiichi Sankyo\nCo., "
        "Ltd. for its lead compound.\n"
    )
    names = [o.name for o in find_organizations(text, None)]
    assert "ASTELLAS\nCompany" not in names
    assert "Daiichi Sankyo\nCo., Ltd." in names  # a wrapped line keeps its case


def test_a_payment_an_options_exercise_triggers_is_no_milestone_payment():
    lead = (
        "Zeta AG today announced that Omega Inc. has exercised its option to license ZT-12. The "
        "option exercise triggers a payment of EUR 20 million to Zeta."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    lead = "Zeta AG said the acceptance of the filing triggers a payment of EUR 5 million."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["milestone_payment"]


def test_a_compound_in_lower_case_is_the_compound_of_a_title_that_capitalises_it():
    text = (
        "Zeta Bio Reports Topline Results from Phase 2 Trial of Ravolimab in Lupus Nephritis\n\n"
        "BOSTON, May 2, 2023 -- Zeta Bio, Inc. (Nasdaq: ZETA) today reported results from a "
        "Phase 2 trial evaluating ravolimab, an anti-CD40L antibody, in 120 adults.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [(e.event_type, e.compound) for e in extraction.events] == [
        ("trial_results", "ravolimab")
    ]
    assert {(p.phase, p.compound) for p in extraction.phases} == {("Phase II", "ravolimab")}


@pytest.mark.parametrize(
    "disease",
    [
        "erosive esophagitis",
        "irritable bowel syndrome with constipation",
        "Helicobacter pylori infection",
        "polycystic ovary syndrome",
        "partial-onset seizures",
        "neovascular age-related macular degeneration",
    ],
)
def test_everyday_indications_are_read_whole(disease):
    text = f"Zeta Bio, Inc. said its drug ZB-4 met its endpoint in adults with {disease} today."
    assert [i.name for i in find_indications(text)] == [disease]


def test_a_venture_firm_before_and_is_a_name_of_its_own():
    text = "Zeta Bio was founded in 2019 with funds from Atlas Venture and Polaris Partners.\n"
    assert [o.name for o in find_organizations(text, None)] == ["Atlas Venture", "Polaris Partners"]
    text = "Zeta Bio formed a joint venture and Polaris Partners funded it.\n"
    assert [o.name for o in find_organizations(text, "Zeta Bio")] == ["Polaris Partners"]


def test_a_sum_paid_for_rights_to_a_drug_is_a_licence():
    lead = "Omega has agreed to pay Zeta Bio $210 million upfront for rights to two candidates."
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    lead = "Omega has agreed to pay Zeta Bio $5 million for the shares it holds."
    assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_a_contact_blocks_title_ends_above_the_company_on_the_line_below():
    text = (
        "Contact:\nJane Q. Roe\nSenior Director, Corporate Communications\nZeta Biologics\n"
        "(650) 555-0145\n\nZeta Biologics Names CFO\n\nBOSTON, May 2, 2018 -- Zeta Biologics, "
        "Inc. today named Ann Lee as Chief Financial Officer.\n"
    )
    people = {p.name: p.title for p in find_people(text)}
    assert people["Jane Q. Roe"] == "Senior Director, Corporate Communications"
    # a title wrapped over two lines stays whole
    text = text.replace(
        "Senior Director, Corporate Communications\nZeta Biologics",
        "Senior Vice President and Chief\nFinancial Officer",
    )
    people = {p.name: p.title for p in find_people(text)}
    assert people["Jane Q. Roe"] == "Senior Vice President and Chief Financial Officer"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "in adults with Wilson disease, a rare genetic disorder of copper metabolism.",
            ["Wilson disease"],
        ),
        (
            "in boys with Duchenne muscular dystrophy (DMD), a rare genetic muscle-wasting "
            "disease that affects",
            ["Duchenne muscular dystrophy"],
        ),
        (
            "in patients with hemophilia A, a rare bleeding disorder, and hemophilia B.",
            ["hemophilia A", "hemophilia B"],
        ),
        # a second disease after "and a", no apposition: both
        ("for psoriasis, and a trial in atopic dermatitis.", ["psoriasis", "atopic dermatitis"]),
    ],
)
def test_a_diseases_description_in_an_apposition_is_no_indication_of_its_own(text, names):
    assert [i.name for i in find_indications(text)] == names


def test_a_persons_employer_of_the_trade_in_a_paragraph_of_many_capitals_is_read():
    text = (
        "Zeta Bio Names Two Directors\n\nMs. Roe is the former Chief Financial Officer of "
        "Kestrel Pharmaceuticals, and Dr. Lee served as Executive Vice President, Research and "
        "Development, at Omega Biologics.\n"
    )
    names = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert names == ["Kestrel Pharmaceuticals", "Omega Biologics"]
    # a title in title case stays unread for such names ("With Omega Therapeutics" is no name)
    text = "Zeta Bio Announces Research Collaboration With Omega Therapeutics\n\nZeta said so.\n"
    names = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert "Collaboration With Omega Therapeutics" not in names


def test_a_code_right_after_trial_with_the_drug_it_tests_after_it_is_the_trials_name():
    text = "results from its Phase 2 trial ZT-AIR-007 with ZB101 in patients with leukemia"
    assert [c.name for c in find_compounds(text)] == ["ZB101"]
    text = "the Phase 3 study ZB-301 of zetamab in adults, and a Phase 1 study ZB-44 in patients"
    assert [c.name for c in find_compounds(text)] == ["zetamab", "ZB-44"]


def test_a_drug_product_of_its_maker_is_no_part_of_the_makers_name():
    text = (
        "final approval for Tofacitinib Tablets, a generic version of Xeljanz Tablets of Pfizer "
        "Inc. Separately, Zeta signed a loan with Bank of America Corporation.\n"
    )
    names = [o.name for o in find_organizations(text, "Zeta Pharma Ltd")]
    assert names == ["Pfizer Inc.", "Bank of America Corporation"]
    # the product's form alone where a mark cut its name: "Samsca® Tablets of ..."
    text = "a generic version of Samsca® Tablets of Otsuka Pharmaceutical Co., Ltd., in the US."
    names = [o.name for o in find_organizations(text, "Zeta Pharma Ltd")]
    assert names == ["Otsuka Pharmaceutical Co., Ltd."]


def test_a_companys_name_over_its_contacts_heads_them_and_a_label_alone_is_no_name():
    """A joint release heads each company's contacts with its name ("Omega Contact"), by the
    short name the release gives it; a desk's heading or "Company Contact" names no company; a
    label alone on the line above a name ("Contact") is no part of the name."""
    text = (
        "Zeta Biologics and Omega Pharma Announce Collaboration\n\n"
        "BASEL, Switzerland, May 16, 2022 -- Zeta Biologics AG (SIX: ZETA) and Omega Pharma, "
        "Inc. (NASDAQ: OMGA) today announced a research collaboration.\n\n"
        "Zeta Contact\nUrsula Brandt, +41 61 555 0101\n\n"
        "Omega Contact\nKaren Wu, 650-555-0123\n\n"
        "Media Contacts\nTom Reed, 212-555-0188\n\n"
        "Company Contact:\nRonen Azoulay\nChief Financial Officer\n\n"
        "Contact\nJennifer Castillo\nChief Business Officer\njc@zeta.example\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Ursula Brandt", None, "Zeta Biologics"),
        ("Karen Wu", None, "Omega Pharma"),
        ("Tom Reed", None, "Zeta Biologics"),
        ("Ronen Azoulay", "Chief Financial Officer", "Zeta Biologics"),
        ("Jennifer Castillo", "Chief Business Officer", "Zeta Biologics"),
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("ZB-1 is in Phase 3 development for refractory chronic cough.", ["chronic cough"]),
        (
            "ZB-1 is indicated for the treatment of refractory or unexplained chronic cough.",
            ["chronic cough"],
        ),
        ("ZB-1 was approved for the treatment of nocturia in adults.", ["nocturia"]),
        ("ZB-1 is approved for the relief of heartburn in adults.", ["heartburn"]),
        # ... or the patients a study of a drug enrols have
        (
            "Its Phase 2b study of ZB-1, a P2X3 antagonist, in patients with refractory chronic "
            "cough met its goal.",
            ["chronic cough"],
        ),
        # a symptom no treatment targets stays none: one a trial's patients report
        ("Patients reported chronic cough and nocturia.", []),
        ("In the study, nocturia was reported in patients with gout.", ["gout"]),
    ],
)
def test_a_symptom_a_drug_is_developed_or_indicated_for_is_an_indication(sentence, names):
    assert [i.name for i in find_indications(sentence)] == names


@pytest.mark.parametrize(
    "name",
    [
        "multiple system atrophy",
        "nosocomial pneumonia",
        "axial spondyloarthritis",
        "chronic hand eczema",
        "dystrophic epidermolysis bullosa",
        "familial chylomicronemia syndrome",
    ],
)
def test_everyday_indications_found_missing_or_cut_short_are_read_whole(name):
    text = f"Zeta Bio is testing ZB-1 in adults with {name} in the United States."
    assert [i.name for i in find_indications(text)] == [name]


def test_an_exchanges_market_is_no_firm_and_a_firms_capital_markets_ends_its_name():
    text = (
        "Zeta regained compliance for continued listing on The Nasdaq Capital Market. Cairn "
        "Capital Markets and Ridgeback Capital acted as placement agents.\n"
    )
    names = [o.name for o in find_organizations(text, "Zeta Bio, Inc.")]
    assert names == ["Cairn Capital Markets", "Ridgeback Capital"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("in patients with gastric adenocarcinoma.", ["gastric adenocarcinoma"]),
        (
            "in breast carcinoma and lung adenocarcinoma",
            ["breast carcinoma", "lung adenocarcinoma"],
        ),
        (
            "in FGFR2b-overexpressing gastric and gastroesophageal junction adenocarcinoma.",
            ["gastric adenocarcinoma", "gastroesophageal junction adenocarcinoma"],
        ),
        (
            "a trial in rhabdomyosarcoma and medulloblastoma",
            ["rhabdomyosarcoma", "medulloblastoma"],
        ),
        # a histology alone names no site's cancer
        ("the tumour's adenocarcinoma cells", []),
    ],
)
def test_a_cancer_by_its_site_is_read_by_its_histology_too(text, names):
    assert [i.name for i in find_indications(text)] == names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            'Professor Seán Ó Briain, Chairman of Zeta, said: "This is good."',
            [("Seán Ó Briain", "Chairman")],
        ),
        ("said Áine Ní Bhriain, CEO of Zeta.", [("Áine Ní Bhriain", "CEO")]),
        # a company between the contact's label and its colon
        (
            "Contact Zeta Biotech: Jean-Luc Moreau, CFO, +41 22 555 0100",
            [("Jean-Luc Moreau", "CFO")],
        ),
        # a relative clause between the name and its leaving
        (
            "William T. Hatch, who has served on the Board since 2012, will retire from the Board "
            "at the end of the year.",
            [("William T. Hatch", None)],
        ),
        (
            "Jane Roe, who joined Zeta in 2015, has resigned as Chief Financial Officer.",
            [("Jane Roe", "Chief Financial Officer")],
        ),
    ],
)
def test_irish_names_a_contact_labelled_with_its_company_and_a_leaving_after_a_clause(text, people):
    assert [(p.name, p.title) for p in find_people(text)] == people


def test_a_cancer_centre_of_a_degrees_letters_keeps_them():
    text = "The first patient was dosed at MD Anderson Cancer Center in Houston.\n"
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == [
        "MD Anderson Cancer Center"
    ]


def test_an_exchanges_name_after_a_head_word_names_no_firm():
    text = (
        "Zeta closed its placement.\n\nNeither TSX Venture Exchange nor its Regulation Services "
        "Provider accepts responsibility for the adequacy or accuracy of this release.\n"
    )
    assert [o.name for o in find_organizations(text, "Zeta Pharmaceuticals Inc.")] == []


def test_a_media_release_label_under_the_dateline_is_no_issuer():
    text = (
        "Zurich, 4 June 2019\n\nMedia Release\n\nZeta Biotech and Omega sign research alliance "
        "in rare kidney disease\n\nZeta Biotech AG, a privately held biopharmaceutical company, "
        "and Omega today announced a five-year research alliance.\n"
    )
    release = extract_release(text, "d", "x").release
    assert release.issuer != "Media Release"
    assert release.issuer.startswith("Zeta Biotech")


def test_a_loan_facilitys_sums_in_term_loans_are_financing():
    text = (
        "Zeta Secures $40 Million Term Loan Facility\n\nSAN DIEGO, Jan. 10, 2022 -- Zeta Bio, Inc. "
        "today announced that it has entered into a loan and security agreement with Hercules "
        "Capital, Inc. for up to $40 million in term loans. The payment will reduce the "
        "remaining principal due under the term loan to approximately $4.7 million.\n"
    )
    money = extract_release(text, "d", "x").money
    assert [(m.text, m.kind) for m in money] == [
        ("$40 Million", "financing"),
        ("$40 million", "financing"),
        ("$4.7 million", "other"),  # what an earlier loan leaves owed: no new money
    ]


def test_a_ten_q_headings_capital_resources_names_no_firm():
    text = (
        "Zeta BioPharma Inc. - 10-Q Quarterly Report Excerpt\n\nLiquidity and Capital Resources"
        "\n\nAs of September 30, 2016, we had cash of $31.7 million. Ridgeback Capital bought "
        "shares.\n"
    )
    names = [o.name for o in find_organizations(text, "Zeta BioPharma Inc.")]
    assert names == ["Ridgeback Capital"]


def test_diseases_read_with_their_alpha():
    text = "in patients with alpha-mannosidosis and alpha-thalassemia."
    assert [i.name for i in find_indications(text)] == ["alpha-mannosidosis", "alpha-thalassemia"]


def test_drugs_the_english_list_holds_too_are_read_by_their_stem_and_classes_are_none():
    text = (
        "Patients received penicillin, amoxicillin, ibuprofen or diazepam; ZB-5 is an intranasal "
        "benzodiazepine given with a statin, a triptan and a bisphosphonate.\n"
    )
    assert [c.name for c in find_compounds(text)] == [
        "penicillin",
        "amoxicillin",
        "ibuprofen",
        "diazepam",
    ]


def test_drugs_the_english_list_holds_too_are_read_where_printed_as_drugs():
    text = (
        "Zeta studies ZX-12 plus low-dose dexamethasone and ZX-12/thalidomide. In mice ZX-12 was "
        "more active than tamoxifen, and a trial compares velnoxaban versus warfarin. Patients "
        "took lidocaine 2 mg daily.\n"
        # no drug beside it, a hyphened word, the body's own substance, a person's name: none
        "Patients taking aspirin or with a history of heroin use were excluded; ZX-12 and "
        "aspirin-containing products; ZX-12 and insulin secretion; ZX-12 and Angelica Smith.\n"
    )
    found = [(c.name, c.rule) for c in find_compounds(text)]
    assert found == [
        ("ZX-12", "development_code"),
        ("dexamethasone", "drug_in_drug_context"),
        ("thalidomide", "drug_in_drug_context"),
        ("tamoxifen", "drug_in_drug_context"),
        ("velnoxaban", "inn_stem"),
        ("warfarin", "drug_in_drug_context"),
        ("lidocaine", "drug_in_drug_context"),
    ]


def test_a_trial_detail_or_phase_is_its_tested_drugs_not_its_comparators():
    text = (
        "Zeta Bio Reports Phase 3 Results\n\n"
        "BOSTON, March 2, 2015 /PRNewswire/ -- Zeta Bio Inc. today reported results from a "
        "Phase 3 trial comparing velnoxaban with warfarin in 9,120 patients. Patients received "
        "ZX-12 once daily and dexamethasone 40 mg weekly. These data support moving ZX-12 and "
        "dexamethasone into a Phase 3 trial against pomalidomide.\n"
    )
    extraction = extract_release(text, "d", "u")
    details = {(d.kind, d.text): d.compound for d in extraction.trial_details}
    assert details[("patients", "9,120 patients")] == "velnoxaban"
    assert details[("dose", "40 mg")] == "dexamethasone"
    phases = [(p.phase, p.compound) for p in extraction.phases]
    assert phases == [("Phase III", None), ("Phase III", "velnoxaban"), ("Phase III", "ZX-12")]


def test_a_code_a_company_makes_of_its_name_is_a_compound():
    text = (
        "Debiopharm tests Debio 1143 in head and neck cancer. Symphogen licensed Sym004 to "
        "Servier. Velora said Velora-101 works.\n"
        # an English word, a year, an index, a count or a dose after a name: none
        "Study 301 enrolled; the Velora 2019 report; the Nasdaq 100 rose; Velora 300 patients "
        "and Velora 500 million shares; Windows 10.\n"
    )
    found = [(c.name, c.rule) for c in find_compounds(text)]
    assert found == [
        ("Debio 1143", "company_name_code"),
        ("Sym004", "company_name_code"),
        ("Velora-101", "company_name_code"),
    ]
    # a name's code is read only where the name is printed without a number too
    assert find_compounds("Patients took Nervia-12 daily.") == []


def test_everyday_names_once_cut_short_are_read_whole():
    text = (
        "ZB-1 is tested in granulomatosis with polyangiitis, systemic juvenile idiopathic "
        "arthritis, Takayasu arteritis, complex regional pain syndrome and Alzheimer's dementia."
    )
    assert [i.name for i in find_indications(text)] == [
        "granulomatosis with polyangiitis",
        "systemic juvenile idiopathic arthritis",
        "Takayasu arteritis",
        "complex regional pain syndrome",
        "Alzheimer's dementia",
    ]


def test_an_onset_or_inheritance_before_a_disease_is_part_of_its_name():
    text = (
        "ZB-1 is tested in late-onset Pompe disease, X-linked retinitis pigmentosa and "
        "early-onset Alzheimer's disease; ZB-2 in relapsing multiple sclerosis."
    )
    assert [i.name for i in find_indications(text)] == [
        "late-onset Pompe disease",
        "X-linked retinitis pigmentosa",
        "early-onset Alzheimer's disease",
        "relapsing multiple sclerosis",
    ]


def test_a_disease_printed_with_a_hyphen_and_with_a_space_is_one():
    text = (
        "ZB-1 in relapsing-remitting MS. Relapsing remitting MS affects many; graft versus host "
        "disease and graft-versus-host disease; Crohn’s disease and Crohn's disease."
    )
    assert [i.name for i in find_indications(text)] == [
        "relapsing-remitting MS",
        "graft versus host disease",
        "Crohn’s disease",
    ]


def test_a_contacts_title_below_its_label_in_a_headers_right_column_is_read():
    text = (
        "FOR RELEASE: IMMEDIATELY                        CONTACT: Robert L. Jameson\n"
        "                                                         Vice President, Finance\n"
        "                                                         (617) 555-2200\n\n"
        "ZETA RECEIVES MILESTONE\n\nCAMBRIDGE, MA -- March 11, 1997 -- Zeta Inc. (NASDAQ:ZETA) "
        "today announced that it has received a $2.5 million milestone payment from Omega plc.\n"
    )
    clean = clean_document(text.encode(), "x.txt")
    people = extract_release(clean.text, "d", "u", clean.corrections).people
    assert [(p.name, p.title) for p in people] == [("Robert L. Jameson", "Vice President, Finance")]


@pytest.mark.parametrize(
    "lead",
    [
        '03/15/2005 - Velmora Pharmaceuticals plc ("Velmora") (LSE: VLM) announces that its '
        "partner Tarrant Inc. has initiated a Phase IIb trial of VLM-88.",
        '12 May 2011 - Velmora Pharmaceuticals plc (LSE: VLM) ("Velmora") today announced that '
        "Tarrant Inc. will pay it a milestone.",
    ],
)
def test_a_lead_subjects_short_name_and_listing_both_after_it_keep_it_the_issuer(lead):
    release = extract_release(lead, "p" * 64, "file:///z.txt", []).release
    assert release.issuer == "Velmora Pharmaceuticals plc"


@pytest.mark.parametrize(
    ("heading", "name", "title"),
    [
        (
            "Maren Ostby, Ph.D., Appointed President and Chief Executive Officer; Co-Founder "
            "Tobias Wren to Become Executive Chairman",
            "Maren Ostby",
            "President and Chief Executive Officer",
        ),
        ("Dr. Anil Kapoor Named Chief Medical Officer", "Anil Kapoor", "Chief Medical Officer"),
        (
            "Helen Varga Promoted to Chief Operating Officer",
            "Helen Varga",
            "Chief Operating Officer",
        ),
    ],
)
def test_a_headings_appointment_gives_the_title_after_its_verb_up_to_a_semicolon(
    heading, name, title
):
    text = f"{heading}\n\nBOSTON, Sept. 1, 2022 -- Velmora Bio, Inc. today announced a change."
    people = {p.name: p.title for p in extract_release(text, "p" * 64, "file:///z.txt", []).people}
    assert people[name] == title


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contact: Harold Finch Susan Alvarez", ["Harold Finch", "Susan Alvarez"]),
        ("CONTACTS: Anne M. Olsen Peter van Dyke", ["Anne M. Olsen", "Peter van Dyke"]),
        ("Contact: Tomáš Dvořák Jana Nováková", ["Tomáš Dvořák", "Jana Nováková"]),
        ("Contact: Karen Lee Acme Pharma", []),  # a contact and a company: no second person
        ("Contact: Investor Relations Department", []),
    ],
)
def test_two_contacts_side_by_side_after_one_label_are_two_people(line, names):
    from transform.people import find_people

    text = f"{line}\nChief Financial Officer Feinstein Communications\n(617) 555-0100\n"
    found = [p for p in find_people(text) if p.rule == "person_contact_pair"]
    assert [p.name for p in found] == names
    assert all(p.title is None for p in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Enrollment in the Phase 3 ZEN-AD1 trial of ZX-101 was completed.", ["ZX-101"]),
        ("the ZEN-AD1 trial evaluating velnoxaban in atopic dermatitis", ["velnoxaban"]),
        # a title's capitals
        ("Results from Phase 3 PINE-301 Study of Pinlitinib in NSCLC", ["Pinlitinib"]),
        # given with another drug, the code is the tested drug's own
        ("the Phase 1b ZX-12 study with nivolumab", ["ZX-12", "nivolumab"]),
        ("the ZX-12 trial of 40 patients", ["ZX-12"]),
    ],
)
def test_a_trials_code_before_trial_of_and_its_drug_is_no_compound(text, names):
    assert [c.name for c in find_compounds(text)] == names


def test_a_central_european_issuers_legal_form_and_its_peoples_letters_are_read():
    text = (
        "PRAGUE, Czech Republic, February 7, 2022 – Velmora Biologics a.s. (Prague Stock "
        "Exchange: VLMB) today announced the election of Prof. Jiří Novák, MD, PhD, to its "
        'Board of Directors.\n\n"We are fortunate," said Tomáš Dvořák, Chairman of the Board.\n'
    )
    extraction = extract_release(text, "p" * 64, "file:///z.txt", [])
    assert extraction.release.issuer == "Velmora Biologics a.s."
    people = {p.name: p.title for p in extraction.people}
    assert people["Jiří Novák"] is None
    assert people["Tomáš Dvořák"] == "Chairman of the Board"


@pytest.mark.parametrize(
    "text",
    [
        "Kelmora Biopharma has granted Merrow Pharmaceuticals global rights outside Greater China "
        "to its antibody-drug conjugate KM-026X in a deal worth up to $1.2 billion.",
        "Zeta Bio has granted Omega Pharma exclusive rights in Japan to ZX-12.",
    ],
)
def test_rights_granted_for_a_territory_before_to_are_a_licence(text):
    assert [e.event_type for e in find_events(text, len(text), 2024)] == ["licensing_deal"]


def test_rights_given_to_shareholders_in_a_company_are_no_licence():
    text = "The board has given shareholders rights in the company to vote on the merger."
    assert [e.event_type for e in find_events(text, len(text), 2024)] == []


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Zeta seals collaboration with Omega to develop ZX-12.", ["collaboration"]),
        ("Zeta nabs FDA nod for Zetavix in lupus.", ["regulatory_approval"]),
        ("Zeta gets FDA green light for Zetavix.", ["regulatory_approval"]),
        ("FDA clears Zeta's Zetavix for lupus.", ["regulatory_approval"]),
        ("Zeta scoops up Omega for $300 million.", ["acquisition"]),
        ("Zeta submits BLA to FDA for ZX-12.", ["regulatory_submission"]),
        ("Zeta files NDA for ZX-12.", ["regulatory_submission"]),
        ("Zeta prices upsized $150 million IPO.", ["financing"]),
        ("Zeta secures $25 million in venture debt from Hercules.", ["financing"]),
        ("Zeta's Phase 3 trial of ZX-12 misses primary endpoint.", ["trial_results"]),
        ("Zeta may submit an NDA next year.", []),  # a filing to come: none yet
        # a shareholders' nod, a trial cleared: no drug approved
        ("Zeta wins shareholder nod for merger terms.", []),
        ("FDA clears Zeta to begin Phase 1 trial of ZX-12.", []),
    ],
)
def test_a_news_headlines_verbs_of_deals_and_approvals_are_read(text, events):
    assert [e.event_type for e in find_events(text, len(text), 2024)] == events


@pytest.mark.parametrize(
    ("text", "counterparty"),
    [
        (
            "Biovant Sciences in-licenses TYK2 degrader from University of Edinburgh spin-out\n\n"
            "BOSTON, Jan. 15, 2024 -- Biovant Sciences, Inc. (Nasdaq: BVNT) today announced that "
            "it has exclusively in-licensed global rights to BVT-911 from Caledon Therapeutics "
            "Ltd, a spin-out of the University of Edinburgh.\n",
            "Caledon Therapeutics",
        ),
        (
            "BOSTON, Jan. 15, 2024 -- Zeta Bio, Inc. has in-licensed ZX-9 from the University of "
            "Edinburgh's spin-out Caledon Ltd.\n",
            "Caledon",
        ),
    ],
)
def test_the_parent_a_partner_was_spun_out_of_is_no_counterparty(text, counterparty):
    events = extract_release(text, "p" * 64, "file:///z.txt", []).events
    assert [(e.event_type, e.counterparty) for e in events] == [("licensing_deal", counterparty)]


def test_a_compound_licensed_from_or_to_a_company_is_a_licence_and_its_licensor_is_named():
    text = (
        "BOSTON, Jan. 15, 2024 -- Zeta Bio, Inc. today announced that it has licensed ZX-9 from "
        "Omega Pharma AG for $10 million upfront.\n\nZeta was founded in 2015. Last year, Kelmar "
        "Biotech licensed seven ADCs to Merrow Pharmaceuticals Inc. for $175 million upfront.\n"
    )
    extraction = extract_release(text, "p" * 64, "file:///z.txt", [])
    assert [(e.event_type, e.counterparty, e.announced) for e in extraction.events] == [
        ("licensing_deal", "Omega Pharma", True),
        ("licensing_deal", "Kelmar Biotech", False),  # recalled, another company's
    ]
    roles = {o.canonical_name: o.role for o in extraction.organizations}
    assert roles["Omega Pharma"] == "licensor"
    assert roles["Kelmar Biotech"] == "licensor"  # it licensed out, "to" Merrow
    # a person licensed to practise is no licence
    practice = "Dr. Roe is licensed to practice medicine in Texas."
    assert find_events(practice, len(practice), 2024) == []


def test_a_title_case_headlines_verb_ends_or_opens_an_institutions_name():
    text = (
        "Calloway Institute for Cancer Research Receives $12 Million Grant to Study KRAS-Mutant "
        "Pancreatic Cancer\n\nZeta Enters Strategic Alliance\n\nHOUSTON, Oct. 6, "
        "2017 -- The Calloway Institute for Cancer Research today announced that it has been "
        "awarded a $12 million grant from the National Cancer Institute.\n"
    )
    extraction = extract_release(text, "o" * 64, "file:///x.txt", [])
    # the lead's name after the dateline runs over "for"
    assert extraction.release.issuer == "The Calloway Institute for Cancer Research"
    names = {o.name for o in extraction.organizations}
    assert names == {"National Cancer Institute"}  # never "... Enters Strategic Alliance"
    # an infinitive's verb before a marker is no word of the marker's
    assert [i.name for i in extraction.indications] == ["KRAS-Mutant Pancreatic Cancer"]


def test_a_capital_increase_is_a_financing_and_its_named_investors_each_an_organisation():
    text = (
        "Paris, France, October 2, 2023 - Valmera SA (Euronext Paris: VLMA) today announced "
        "that it has completed a capital increase of EUR 42.5 million by way of an accelerated "
        "bookbuilding offering. The offering was led by new and existing institutional "
        "investors, including Sofinnova Partners, Bpifrance and Andera Partners.\n"
    )
    extraction = extract_release(text, "k" * 64, "file:///x.txt", [])
    assert [(m.amount, m.kind) for m in extraction.money] == [(42_500_000, "financing")]
    assert [e.event_type for e in extraction.events] == ["financing"]
    names = {o.name for o in extraction.organizations}
    # (never "Bpifrance and Andera Partners"; a given name may open a firm's: "Andera")
    assert names == {"Sofinnova Partners", "Bpifrance", "Andera Partners"}


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # a regulator's abbreviation in parentheses before its verb
        (
            "Zeta announced that the Center for Drug Evaluation (CDE) of China's National Medical "
            "Products Administration (NMPA) has accepted the New Drug Application (NDA) for ZT-1.",
            ["regulatory_submission"],
        ),
        # a news story's "main goal" of a study
        (
            "Shares of Zeta Inc. jumped 40% after the company said its drug for chronic kidney "
            "disease met its main goal in a late-stage study.",
            ["trial_results"],
        ),
        ("The company met its main goal of raising cash in the study period.", []),
        # results to come are no results
        (
            "- Topline data from Phase 2b ASCEND trial of ZT-310 in primary biliary cholangitis "
            "expected in Q1 2023",
            [],
        ),
        ("First efficacy results from the Phase 3 program are expected during 2009.", []),
        (
            "Zeta reported results from the Phase 3 trial, which were better than expected in all "
            "arms.",
            ["trial_results"],
        ),
    ],
)
def test_news_wording_of_a_filings_acceptance_and_a_trials_goal_and_results_to_come(
    sentence, events
):
    text = sentence + "\n"
    assert [e.event_type for e in find_events(text, len(text), 2022)] == events


def test_a_news_stories_lead_on_a_companys_shares_names_it_the_issuer():
    text = (
        "Zeta shares jump 40% on positive Phase 3 data\n\nNEW YORK (AP) — Shares of Zeta Biotech "
        "Inc. jumped 40% on Tuesday after the company said its drug met its main goal in a "
        "late-stage study.\n"
    )
    release = extract_release(text, "n" * 64, "file:///x.txt", []).release
    assert (release.issuer, release.issuer_rule) == ("Zeta Biotech Inc.", "issuer_after_dateline")
    assert release.published_date is None  # no year printed: none guessed


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        # an adjective of two English words before the name is no word of it
        ("Privately-held Zeta Therapeutics today announced a financing.", "Zeta Therapeutics"),
        ("Venture-backed Zeta Pharma today announced a deal.", "Zeta Pharma"),
        ("Sanofi-aventis U.S. today announced a deal.", "Sanofi-aventis U.S."),
        # a person with an honorific opening the lead is no issuer
        ("Dr. Jane Roe, CEO of Zeta Bio Inc., today announced a deal.", None),
        ("Dr. Reddy's Laboratories Ltd. today announced a deal.", "Dr. Reddy's Laboratories Ltd."),
    ],
)
def test_what_opens_the_lead_before_the_company_is_no_part_of_its_name(lead, issuer):
    text = f"Zeta news\n\nBOSTON, May 1, 2020 -- {lead}\n"
    assert extract_release(text, "a" * 64, "file:///x").release.issuer == issuer


def test_a_laboratorys_head_is_of_the_institution_its_sentence_names_never_the_issuer():
    text = (
        "Zeta Licenses Technology\n\nAUSTIN, Texas, Feb. 11, 2021 -- Zeta Therapeutics, Inc. "
        "today announced an exclusive license with the University of Northfield for a technology "
        "developed in the laboratory of Professor Helen Marsh. A method came from the research "
        "group of Dr. Alan Brook.\n"
    )
    extraction = extract_release(text, "d", "x")
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Helen Marsh", "University of Northfield"),
        ("Alan Brook", None),  # no institution in its sentence: unknown, never the issuer
    ]
    # an institution's own release: its laboratory's head is its own
    own = text.replace("Zeta Therapeutics, Inc.", "The University of Westbrook")
    assert [(p.name, p.organization) for p in extract_release(own, "d", "x").people][-1] == (
        "Alan Brook",
        "The University of Westbrook",
    )


def test_a_contact_whose_given_name_is_printed_with_accents_the_lists_hold_bare():
    text = (
        "Zeta Receives Designation\n\nMONTRÉAL, QUEBEC--(BUSINESS WIRE)--March 30, 2022--Zeta "
        "Therapeutics Inc. (TSX: ZETA) today announced that the FDA has granted Fast Track "
        "designation to ZT-1.\n\nContact\nÉtienne Roy\nZeta Therapeutics Inc.\n514-555-0142\n\n"
        "Contact\nZoë Martin\n514-555-0143\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert [p.name for p in extraction.people] == ["Étienne Roy", "Zoë Martin"]
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("514-555-0142", "Étienne Roy"),
        ("514-555-0143", "Zoë Martin"),
    ]


def test_a_joint_releases_desk_labels_name_each_contacts_company_with_no_heading_above():
    text = (
        "Halcyon and Ventrix to Combine\n\nBOSTON, Nov. 2, 2020 /PRNewswire/ -- Halcyon Bio, Inc. "
        "(NYSE: HLCB) and Ventrix Pharmaceuticals, Inc. (NASDAQ: VTRX) today announced a "
        "definitive merger agreement.\n\nHalcyon Media: Greta Lindqvist, +1 617-555-0199\n"
        "Ventrix Investors: Jonah Feldstein, +1 919-555-0123\n"
    )
    extraction = extract_release(text, "doc", "x.txt")
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Greta Lindqvist", "Halcyon Bio"),
        ("Jonah Feldstein", "Ventrix Pharmaceuticals"),  # never the issuer
    ]
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("+1 617-555-0199", "Greta Lindqvist"),
        ("+1 919-555-0123", "Jonah Feldstein"),
    ]
    # one contacts section from the first label on
    assert [s.span_start for s in extraction.segments if s.segment == "contacts"] == [
        text.index("Halcyon Media")
    ]


def test_global_health_bodies_that_buy_or_fund_medicines_are_organisations():
    text = (
        "Zeta Vaccines Awarded UNICEF Supply Agreement\n\nGENEVA, 4 October 2022 -- Zeta "
        "Vaccines SA today announced that UNICEF has awarded it a long-term agreement to supply "
        "Gavi-supported countries, with funding from CEPI and the Wellcome Trust.\n"
    )
    names = [o.name for o in extract_release(text, "d", "f").organizations]
    assert names == ["UNICEF", "Gavi", "CEPI", "Wellcome Trust"]


@pytest.mark.parametrize("name", ["GSK", "UCB", "CSL"])
def test_a_listed_company_in_capitals_printed_alone_is_an_organisation(name):
    text = f"Zeta Signs Deal\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. signed a deal with {name}.\n"
    assert [o.name for o in extract_release(text, "d", "f").organizations] == [name]


def test_a_companys_capitals_are_not_read_again_where_its_full_name_is_printed():
    text = (
        "Zeta Signs Deal\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. signed a deal with "
        "GlaxoSmithKline plc (GSK). GSK will pay Zeta $5 million.\n"
    )
    names = [o.name for o in extract_release(text, "d", "f").organizations]
    assert names == ["GlaxoSmithKline plc"]


def test_a_substance_glued_after_anti_is_an_antibodys_target_no_compound():
    from transform.compounds import find_compounds

    text = (
        "MRV-301, an anti-OX40 ligand monoclonal antibody, and an Anti-OX40 ligand antibody; "
        "OX40 ligand was measured."
    )
    assert [m.name for m in find_compounds(text)] == ["MRV-301"]


def test_the_last_of_a_titles_units_is_no_company():
    from transform.organizations import find_organizations

    text = (
        "He joins from Omega Pharma, where he served as Vice President, Clinical Development, "
        "Thoracic Oncology, and led its lung cancer programs. Zeta signed with Halden Oncology."
    )
    assert [o.name for o in find_organizations(text, None)] == ["Omega Pharma", "Halden Oncology"]


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "Zeta and Omega today announced a settlement agreement resolving all patent "
            "litigation relating to Omega's generic version of Zetaprex.",
            ["other"],
        ),
        ("Zeta has settled its patent dispute with Omega.", ["other"]),
        # a settlement of trades is none
        ("The offering is expected to settle on May 4, 2021.", []),
    ],
)
def test_litigation_settled_is_an_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_substance_before_its_isoforms_number_and_targeted_is_a_target():
    from transform.compounds import find_compounds

    text = "ZH-1021, a Claudin 18.2-targeted antibody-drug conjugate, in gastric cancer."
    assert [m.name for m in find_compounds(text)] == ["ZH-1021"]
    # ... or its isoform's number, then the kind of drug that binds it
    for kind in ("antibody-drug conjugate", "monoclonal antibody", "CAR-T", "ADC"):
        text = f"HX-1108, a Claudin 18.2 {kind}, outside Greater China."
        assert [m.name for m in find_compounds(text)] == ["HX-1108"]


def test_a_code_with_a_targets_letters_and_a_chemistrys_in_lower_case():
    from transform.compounds import find_compounds

    text = "Zeta's siRNA therapeutic, ALN-TTRsc04, entered Phase 3; SARS-CoV2 is no code."
    assert [m.name for m in find_compounds(text)] == ["ALN-TTRsc04"]


def test_a_marked_name_said_to_treat_a_disease_is_a_compound():
    from transform.compounds import find_compounds

    text = "Midori will market SomatoKine(R) in Japan for the treatment of osteoporosis."
    assert [m.name for m in find_compounds(text)] == ["SomatoKine"]
    # a platform's mark: no compound
    assert find_compounds("Zeta built the XpressCF® platform for the discovery of drugs.") == []


@pytest.mark.parametrize(
    "lead, types",
    [
        ("Zeta Announces Discontinuation of ZT-88 Program and Restructuring", ["other"]),
        ("Zeta will discontinue development of ZT-1 in lung cancer.", ["other"]),
        ("Zeta will reduce its workforce by approximately 40%.", ["other"]),
        ("Biotech layoffs: Orrin cuts 40% of staff after lupus drug flop", ["other"]),
        ("Orrin is laying off about 85 employees.", ["other"]),
        ("Zeta will eliminate approximately 120 positions.", ["other"]),
        # cut costs or prices: no staff
        ("Zeta cut its operating expenses by 12% and lowered prices.", []),
        # patients who stop a study drug: no decision of the company's
        ("3% of patients discontinued the study due to adverse events.", []),
        ("Adverse events led to discontinuation of study drug in 4% of patients.", []),
    ],
)
def test_a_programme_discontinued_or_a_workforce_reduced_is_an_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_drugs_safety_information_names_no_indication_nor_compound_but_its_indication():
    text = (
        "Zeta Announces FDA Approval of Zelvara (trovacitinib) for Rheumatoid Arthritis\n\n"
        "PRINCETON, N.J., May 22, 2024 -- Zeta Pharma, Inc. today announced the approval of "
        "Zelvara (trovacitinib) for adults with rheumatoid arthritis.\n\n"
        "INDICATION AND IMPORTANT SAFETY INFORMATION\n\nZelvara is indicated for adults with "
        "psoriatic arthritis.\n\nWARNING: SERIOUS INFECTIONS, MALIGNANCY, AND THROMBOSIS\n\n"
        "Serious infections including tuberculosis have occurred. Lymphoma has been observed. "
        "Avoid use with strong CYP3A4 inducers such as rifampin.\n\nAbout Zeta Pharma\n"
        "Zeta Pharma develops medicines for gout.\n"
    )
    extraction = extract_release(text, "d", "f")
    assert [i.name for i in extraction.indications] == [
        "rheumatoid arthritis",
        "psoriatic arthritis",  # what the section says the drug is indicated for
    ]
    assert [c.name for c in extraction.compounds] == ["Zelvara", "trovacitinib"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The trial is led by Professor Shen Lin of Peking University Cancer Hospital.",
            "Peking University Cancer Hospital",
        ),
        (
            "The trial is led by Dr. Ann Roe of Seoul National University Hospital.",
            "Seoul National University Hospital",
        ),
    ],
)
def test_a_second_head_its_own_words_open_after_an_institution_is_one_name(sentence, name):
    from transform.organizations import find_organizations

    assert [o.name for o in find_organizations(sentence, None)] == [name]


def test_a_scaled_currency_code_before_a_number_is_no_development_code():
    from transform.compounds import find_compounds

    text = "Brisa is entitled to milestones of up to MSEK 310 and USD 250 for BRS-11."
    assert [m.name for m in find_compounds(text)] == ["BRS-11"]


def test_a_lexicon_company_printed_inside_its_name_with_an_initial_is_that_company():
    from transform.organizations import find_organizations

    text = "Option Exercised by Lundbeck. H. Lundbeck A/S has exercised its option."
    assert [o.name for o in find_organizations(text, None)] == ["H. Lundbeck A/S"]


def test_a_short_word_of_another_language_ending_like_a_stem_is_no_inn():
    from transform.compounds import find_compounds

    text = "Zeta annonce un accord de licence avec Omega pour ZT-02 et talimogene laherparepvec."
    assert [m.name for m in find_compounds(text)] == ["ZT-02", "talimogene laherparepvec"]


def test_a_one_digit_code_an_apposition_calls_an_oligonucleotide_is_a_compound():
    from transform.compounds import find_compounds

    text = (
        "The FDA granted Orphan Drug Designation to DLF-5, an exon-skipping antisense "
        "oligonucleotide. IL-6, a cytokine, was measured."
    )
    assert [m.name for m in find_compounds(text)] == ["DLF-5"]


@pytest.mark.parametrize(
    "lead, title",
    [
        (
            "The Board has appointed Daniel Okafor, currently Vice President, Finance, as "
            "Interim Chief Financial Officer.",
            "Interim Chief Financial Officer",  # the post taken, never the one held
        ),
        (
            "Daniel Okafor, currently Vice President, Finance, will lead the team.",
            "Vice President, Finance",
        ),
    ],
)
def test_a_person_appointed_while_holding_a_post_takes_the_new_post(lead, title):
    text = f"Zeta News\n\nDURHAM, N.C., Feb. 1, 2021 -- Zeta Bio, Inc. today said: {lead}\n"
    assert [p.title for p in extract_release(text, "d", "f").people] == [title]


def test_a_desks_entry_line_between_gives_its_e_mail_no_person_above():
    text = (
        "Helix and Nordic Form Joint Venture\n\nCOPENHAGEN, Denmark, 8 November 2022 -- Helix "
        "Gene Therapy A/S (Nasdaq Copenhagen: HLX) today announced a joint venture.\n\n"
        "Contacts\nHelix Gene Therapy: Søren Holm, Head of IR, +45 70 55 55 10\n"
        "Nordic Capital: Press Office, press@nordiccapital.com\n"
    )
    contacts = extract_release(text, "d", "f").contacts
    assert [(c.value, c.person) for c in contacts] == [
        ("+45 70 55 55 10", "Søren Holm"),
        ("press@nordiccapital.com", None),  # the press office's, never Søren Holm's
    ]


def test_investor_relations_abbreviated_is_a_titles_unit():
    text = (
        "Helix Forms Joint Venture\n\nCOPENHAGEN, Denmark, 8 November 2022 -- Helix Gene "
        "Therapy A/S today announced a joint venture.\n\nContacts\nHelix Gene Therapy: Søren "
        "Holm, Head of IR, +45 70 55 55 10\n"
    )
    assert [p.title for p in extract_release(text, "d", "f").people] == ["Head of IR"]


def test_a_desk_labelled_contact_under_a_companys_name_line_is_that_companys():
    text = (
        "Kanzaki and Brightwater Enter into License Agreement\n\nOSAKA, Japan and SAN DIEGO, "
        "June 3, 2019 -- Kanzaki Pharmaceutical Co., Ltd. (TSE: 4591) and Brightwater "
        "Therapeutics, Inc. (NASDAQ: BWTX) today announced a license agreement.\n\nContacts\n"
        "Kanzaki Pharmaceutical Co., Ltd.\nCorporate Communications Department\n"
        "Tel: +81-6-6123-4567\n\nBrightwater Therapeutics\n"
        "Investors: Megan Castillo, +1 858-555-0142\n"
    )
    extraction = extract_release(text, "doc", "x.txt")
    assert [(p.name, p.organization) for p in extraction.people] == [
        ("Megan Castillo", "Brightwater Therapeutics")  # never the issuer
    ]


def test_a_contacts_firm_printed_by_its_first_words_is_the_issuer_it_names():
    text = (
        "Calloway Institute Receives Grant\n\nHOUSTON, Oct. 6, 2017 -- The Calloway Institute "
        "for Cancer Research today announced that it has been awarded a grant to study "
        "pancreatic cancer.\n\nMedia contact: Rachel Ames, Calloway Institute, 713-555-0168\n"
    )
    [person] = extract_release(text, "doc", "x.txt").people
    assert person.organization == "The Calloway Institute for Cancer Research"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "the BLA for HGT-101 (tavrogene elparvovec) in Duchenne muscular dystrophy.",
            [
                ("HGT-101", "tavrogene elparvovec", "development_code+alias_parenthetical"),
                ("tavrogene elparvovec", "tavrogene elparvovec", "inn_stem"),
            ],
        ),
        (
            "Zeta's CAR-T cell therapy zumicabtagene autoleucel is in Phase 2.",
            [("zumicabtagene autoleucel", "zumicabtagene autoleucel", "inn_stem")],
        ),
    ],
)
def test_a_gene_or_cell_therapys_inn_is_its_two_words(text, expected):
    assert [(m.name, m.canonical_name, m.rule) for m in find_compounds(text)] == expected


def test_a_heading_capitalising_a_compounds_name_links_the_same_compound():
    text = (
        "Zeta licensed ZT-2207 (velonstat), an oral JAK1 inhibitor, to Omega.\n\n"
        "About Velonstat (ZT-2207)\nVelonstat is an investigational JAK1 inhibitor.\n"
    )
    found = {(m.name, m.canonical_name) for m in find_compounds(text)}
    assert found == {("ZT-2207", "velonstat"), ("velonstat", "velonstat")}


def test_a_joint_headlines_verb_after_its_subjects_opens_no_organisation():
    text = (
        "Aurelis Pharma and Kingsbridge University Launch Joint Research Institute for "
        "Neurodegeneration\n\nEDINBURGH, Scotland, 9 January 2020 -- Aurelis Pharma plc and "
        "Kingsbridge University today announced the Aurelis-Kingsbridge Institute for "
        "Neurodegeneration."
    )
    assert [o.name for o in find_organizations(text, "Aurelis Pharma plc")] == [
        "Kingsbridge University",
        "Aurelis-Kingsbridge Institute for Neurodegeneration",
    ]


def test_the_name_the_issuer_takes_is_no_other_organisation():
    text = (
        'DURHAM, N.C., Aug. 3, 2023 -- Cardiovia, Inc. (Nasdaq: CDVA) (the "Company") today '
        "announced that it will change its corporate name to Venturis Biosciences, Inc., "
        "effective August 7, after the in-license of VB-220 from Telmar Pharma AG."
    )
    assert [o.name for o in find_organizations(text, "Cardiovia, Inc.")] == ["Telmar Pharma AG"]
    # another company's new name is that company's
    text = (
        "Zeta Bio, Inc. today said that its partner Omega Pharma AG, which changed its name to "
        "Beta Biologics AG in March, dosed the first patient."
    )
    assert [o.name for o in find_organizations(text, "Zeta Bio, Inc.")] == [
        "Omega Pharma AG",
        "Beta Biologics AG",
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        ("The study was supported by NICHD grant HD036801 and award number U01AI123456.", []),
        ("BARDA contract HHSO100201800012C funds ZT-101.", ["ZT-101"]),
        ("Zeta signed a grant agreement for ZT-200 with CARB-X.", ["ZT-200"]),
        # a recalled product's lot numbers, a list of them too
        ("The affected lots (Lot No. MT22041 and MT22042, Exp. 04/2024) were shipped.", []),
        ("Batch numbers AB1234, AB1235 and AB1236 of ZT-101 are affected.", ["ZT-101"]),
        ("The study tested ZT-101 and MT22042 in lots of patients.", ["ZT-101", "MT22042"]),
    ],
)
def test_a_grants_or_contracts_number_is_no_compound(text, names):
    assert [m.name for m in find_compounds(text)] == names


def test_a_generic_a_products_title_capitalises_is_named_in_lower_case():
    text = (
        "Zeta received approval for its ANDA for Tadalafil Tablets USP, the generic of Cialis "
        "Tablets."
    )
    found = [(m.name, m.canonical_name) for m in find_compounds(text)]
    assert found == [("Tadalafil", "tadalafil"), ("Cialis", "Cialis")]  # a brand keeps its own


def test_a_company_secretary_is_titled_whole():
    text = (
        "For further information please contact:\nAnil Deshpande\nCompany Secretary\n"
        "Sunrise Generics Limited\nTel: +91 22 6655 1234\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Anil Deshpande", "Company Secretary")
    ]
    # a post on the line under a contact's name is no firm of theirs
    text = (
        "Thornfield Appoints a New Chief Executive Officer From July\n\nBRISBANE, Australia, 2 May "
        "2022 -- Thornfield Pharmaceuticals Limited (ASX: TFP) is pleased to announce the "
        "appointment of a new CEO.\n\nFor more information:\nSophie Marchetti\nCompany Secretary"
        "\n+61 7 3555 0190\n"
    )
    [person] = extract_release(text, "d", "f").people
    assert (person.title, person.organization) == (
        "Company Secretary",
        "Thornfield Pharmaceuticals",
    )


def test_a_uk_number_is_read_whole_and_an_entry_of_its_own_keeps_its_address():
    text = (
        "Aurelis Launches Institute\n\nEDINBURGH, Scotland, 9 January 2020 -- Aurelis Pharma plc "
        "(LSE: AURP) today announced the launch of an institute.\n\nEnquiries:\nAurelis Pharma plc"
        "\nFiona Clarke, Head of Communications\n+44 (0)131 555 0199\n\nKingsbridge University "
        "Press Office\npress@kingsbridge.ac.uk\n"
    )
    extraction = extract_release(text, "doc", "x.txt")
    assert [(c.value, c.person) for c in extraction.contacts] == [
        ("+44 (0)131 555 0199", "Fiona Clarke"),
        ("press@kingsbridge.ac.uk", None),  # another entry's, a blank line and its heading between
    ]


def test_a_time_range_glued_to_its_meridiem_is_no_code():
    text = "Date and Time: June 3, 2023, 8:00 AM-11:00 AM CDT, for VLC-402 and PM-3:30."
    assert [m.name for m in find_compounds(text)] == ["VLC-402"]


@pytest.mark.parametrize(
    "lead, types",
    [
        ("FDA Advisory Committee Votes 10-2 in Favor of Zeta's Ostelin", ["other"]),
        # a spin-off completed
        ("Medivale Pharma Completes Spin-Off of Dermatology Business as Skyra", ["other"]),
        (
            "Zeta announced the completion of the previously announced spin-off of its unit.",
            ["other"],
        ),
        ("Zeta plans to complete the spin-off of its unit in 2022.", []),
        ("ODAC voted 8 to 5 against the application.", ["other"]),
        # a vote to come, or a meeting, is no event yet
        ("The Oncologic Drugs Advisory Committee will vote on the sNDA.", []),
        ("The FDA Advisory Committee meeting is scheduled for May 4, 2021.", []),
    ],
)
def test_an_advisory_committees_vote_or_a_spin_off_completed_is_an_event(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_company_contact_label_names_a_joint_releases_second_company():
    text = (
        "Brennan Bio to Acquire Talis Therapeutics\n\nSAN FRANCISCO, March 6, 2019 -- Brennan "
        "Bio, Inc. (NASDAQ: BRNB) and Talis Therapeutics, Inc. (NASDAQ: TALS) today announced a "
        "merger agreement.\n\nBrennan Contact: Ruth Kaminski, 415-555-0133\n"
        "Talis Contact: Darnell Brooks, 206-555-0150\nMedia Contact: Ann Roe, 415-555-0100\n"
    )
    people = extract_release(text, "doc", "x.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Ruth Kaminski", "Brennan Bio"),
        ("Darnell Brooks", "Talis Therapeutics"),
        ("Ann Roe", "Brennan Bio"),  # a desk's contact: the issuer's
    ]


def test_a_trials_name_with_its_number_stays_whole_in_a_title():
    text = (
        '"These results matter," said Kenji Morimoto, M.D., principal investigator of PRISM-2 '
        "and Professor of Medicine at Kyoto University."
    )
    assert [p.title for p in find_people(text)] == [
        "principal investigator of PRISM-2 and Professor of Medicine"
    ]


def test_an_investment_bank_named_like_a_person_is_an_organisation():
    text = (
        "NEW YORK, Sept 15 (Reuters) - Kestrel Pharmaceuticals Inc said on Monday it licensed a "
        'drug. Analysts at Merrill Lynch said the deal was "small but sensible." Jefferies analyst '
        "Akash Tewari wrote that it was prudent."
    )
    extraction = extract_release(text, "doc", "x.txt")
    assert [o.name for o in extraction.organizations] == ["Merrill Lynch", "Jefferies"]
    assert [(p.name, p.organization) for p in extraction.people] == [("Akash Tewari", "Jefferies")]


@pytest.mark.parametrize(
    "lead, types",
    [
        (
            "SAN DIEGO -- Kelpie Bio, a biotech developing small molecules for inflammatory bowel "
            "disease, has raised $85 million, the company said Wednesday.",
            ["financing"],
        ),
        # a cue inside the company's description is what it is
        (
            "Zeta Bio, a company that has raised $50 million in a Series B financing since 2019, "
            "today said its trial began.",
            [],
        ),
    ],
)
def test_a_cue_after_the_apposition_closes_is_the_sentences_news(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2021)] == types


def test_a_companys_possessive_before_a_person_is_their_organisation():
    text = (
        "SAN DIEGO -- Kelpie Bio has raised $85 million in a Series B round co-led by Venrock and "
        "Frazier Life Sciences, the company said. Frazier's Dr. James Topper and Venrock's Dr. "
        "Nimish Shah will join Kelpie's board of directors."
    )
    people = extract_release(text, "doc", "x.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("James Topper", "Frazier Life Sciences"),
        ("Nimish Shah", "Venrock"),
    ]


def test_a_name_wrapped_onto_a_companys_line_stops_at_the_break():
    text = (
        "Quantis Pharma Gets Patent for Its Lead Product Candidate Today\n\nNEWARK, Del., June 27, "
        "2018 -- Quantis Pharma, Inc. (OTCQB: QNTP) today announced the issue of a patent.\n\n"
        '"This patent matters," said Howard Lin, Chief Executive Officer of Quantis.\n\n'
        "Contact:\nHoward Lin\nQuantis Pharma, Inc.\n302-555-0166\nhlin@quantispharma.com\n"
    )
    extraction = extract_release(text, "doc", "x.txt")
    assert [p.name for p in extraction.people] == ["Howard Lin"]
    assert [c.person for c in extraction.contacts] == ["Howard Lin", "Howard Lin"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"This matters," said Prof. Dr. med. Hans-Jürgen Müller, Chairman of the Board.',
            ("Hans-Jürgen Müller", "Chairman of the Board"),
        ),
        (
            '"This matters," said Dr. rer. nat. Anna Berg, Chief Scientific Officer.',
            ("Anna Berg", "Chief Scientific Officer"),
        ),
    ],
)
def test_a_german_doctorates_field_after_the_honorific_is_no_part_of_the_name(text, expected):
    assert [(p.name, p.title) for p in find_people(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Symdeko (tezacaftor/ivacaftor) is approved.",
            [("Symdeko", "tezacaftor/ivacaftor"), ("tezacaftor/ivacaftor", "tezacaftor/ivacaftor")],
        ),
        (
            "the nivolumab/ipilimumab combination",
            [("nivolumab/ipilimumab", "nivolumab/ipilimumab")],
        ),
        # codes and brands a slash parts stay apart
        (
            "ZB-101/ZB-202 and Keytruda/Yervoy",
            [(n, n) for n in ("ZB-101", "ZB-202", "Keytruda", "Yervoy")],
        ),
    ],
)
def test_drugs_a_slash_joins_are_one_combination(text, expected):
    assert [(m.name, m.canonical_name) for m in find_compounds(text)] == expected


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Despite the COVID-19 context, sales held up well in all markets.", []),
        ("Due to the COVID-19 pandemic, enrollment slowed in the first half.", []),
        # what a product is for stays its indication
        ("Zeta develops a vaccine against COVID-19 in adults and children.", ["COVID-19"]),
        ("The influenza pandemic vaccine ZB-9 is in Phase 1 now.", ["influenza"]),
    ],
)
def test_a_disease_as_the_times_a_business_goes_through_is_no_indication(sentence, names):
    assert [m.name for m in find_indications(sentence)] == names


@pytest.mark.parametrize(
    "lead, types",
    [
        ("Valmont Therapeutics reports H1 2020 revenue and cash position", ["earnings"]),
        ("Zeta Bio SA today reported its revenue for the first half of 2020.", ["earnings"]),
        # a report to come
        ("Zeta expects to report second quarter 2020 revenue on July 28.", []),
        ("Zeta plans to report fourth-quarter net loss figures next week.", []),
    ],
)
def test_a_half_years_revenue_reported_is_earnings_but_one_to_come_is_none(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead), 2020)] == types


def test_a_gene_therapys_inn_with_the_fdas_four_letters_is_its_two_words():
    text = "the FDA approved ZELVORA (fidanacogene veruparvovec-kkrq), a one-time gene therapy."
    assert [(m.name, m.canonical_name) for m in find_compounds(text)] == [
        ("ZELVORA", "fidanacogene veruparvovec"),
        ("fidanacogene veruparvovec", "fidanacogene veruparvovec"),
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        ("active against carbapenem-resistant Enterobacteriaceae (CRE)", []),
        ("imatinib-resistant CML; imatinib is approved", ["imatinib"]),  # printed alone, it is
        ("cisplatin-based chemotherapy", ["cisplatin"]),  # a regimen's drug
    ],
)
def test_a_drug_describing_patients_or_germs_is_no_compound(text, names):
    assert [m.name for m in find_compounds(text)] == names


def test_a_joint_headlines_plural_verb_after_the_subjects_ends_their_names():
    text = (
        "Tri-Party Alliance: Cordant, Yamane and Hexalis Form Consortium to Develop Universal "
        "Influenza Vaccine\n\nBASEL, TOKYO and BOSTON, Oct. 3, 2022 -- Cordant Vaccines AG, Yamane "
        "Pharmaceutical Co., Ltd. (TSE: 4555) and Hexalis Biologics, Inc. (Nasdaq: HXLS) today "
        "jointly announced the formation of a consortium to develop a universal influenza vaccine."
    )
    extraction = extract_release(text, "d", "f")
    names = [o.name for o in extraction.organizations]
    assert "Yamane and Hexalis Form Consortium" not in names
    assert {"Yamane Pharmaceutical Co., Ltd.", "Hexalis Biologics, Inc."} <= set(names)
    assert [e.event_type for e in extraction.events] == ["collaboration"]
    # a list of cities names no region
    assert (extraction.release.dateline_city, extraction.release.dateline_region) == ("BASEL", None)


@pytest.mark.parametrize(
    "headline, types",
    [
        ("Zeta teams up with Omega on obesity drugs", ["collaboration"]),
        ("Zeta joins forces with Omega to develop ADCs", ["collaboration"]),
        ("FDA greenlights Zeta's gene therapy", ["regulatory_approval"]),
        ("Japan approves Zeta drug", ["regulatory_approval"]),
        ("Zeta gets CE mark", ["regulatory_approval"]),
        ("EMA validates Zeta MAA for ZB-101", ["regulatory_submission"]),
        ("Zeta takes over Omega for $300 million", ["acquisition"]),
        ("Zeta nabs rights to Omega antibody", ["licensing_deal"]),
        ("Zeta bags $100M Series C", ["financing"]),
        ("Zeta closes $60M crossover round", ["financing"]),
        # the same verbs with no such object announce none
        ("FDA approves Zeta IND for trial", []),
        ("Zeta CEO takes over as chairman", []),
        ("Zeta takes over development from Omega", []),
    ],
)
def test_the_trade_presss_verbs_announce_events(headline, types):
    assert [e.event_type for e in find_events(headline, len(headline), 2022)] == types


def test_a_person_a_relative_clause_parts_from_the_speech_verb_speaks():
    text = "Maria Gonzalez, who heads research at Zeta, said the data were strong."
    assert [p.name for p in find_people(text)] == ["Maria Gonzalez"]


def test_what_a_headlines_infinitive_creates_is_no_company():
    text = (
        "Sentira Bio and Halberd Acquisition Corp. Announce Business Combination to Create "
        "Publicly Traded Precision Immunology Company\n\nBOSTON, June 22, 2021 -- Sentira Bio, "
        "Inc. and Halberd Acquisition Corp. (NASDAQ: HALB) today announced a business combination."
    )
    assert [o.name for o in find_organizations(text, "Sentira Bio, Inc.")] == [
        "Halberd Acquisition Corp."
    ]


def test_each_drug_of_a_sentence_takes_the_target_printed_nearest_it():
    text = (
        "Peregrine will evaluate PRG-404, Peregrine's CD47-targeting fusion protein, in "
        "combination with Kestrel's anti-PD-1 therapy KEYNADA (tolimab) in lymphoma."
    )
    compounds = extract_release(text, "d", "f").compounds
    assert [(m.name, m.target) for m in compounds] == [
        ("PRG-404", "CD47"),
        ("KEYNADA", "PD-1"),
        ("tolimab", "PD-1"),
    ]
    # never a target printed beyond the word that joins another drug to it; a title's
    # "Anti-PD-1 Monoclonal Antibody" and "that inhibits ... (PD-1)" name a target too
    text = (
        "The FDA approved KEYTRUDA, Merck's anti-PD-1 therapy, plus LENVIMA, the orally "
        "available multiple receptor tyrosine kinase inhibitor discovered by Eisai. Zeta and "
        "Omega Sign Licence for Anti-PD-1 Monoclonal Antibody ZB-012. ZB-044 is an antibody "
        "that inhibits lymphocyte activation gene 3 (LAG-3)."
    )
    compounds = extract_release(text, "d", "f").compounds
    assert [(m.name, m.target) for m in compounds] == [
        ("KEYTRUDA", "PD-1"),
        ("LENVIMA", None),
        ("ZB-012", "PD-1"),
        ("ZB-044", "LAG-3"),
    ]


def test_each_of_a_list_of_appointees_holds_one_seat_of_the_title_after_them():
    from transform.people import find_people

    text = (
        "The Board has also appointed Anna Schmidt, Peter O'Neill and Ravi Patel as independent "
        "non-executive directors. It announces the election of Dr. Jane Roe and Mark Poe as "
        "members of the Board. Zeta named Omega, Beta and Gamma as partners."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Anna Schmidt", "independent non-executive director"),
        ("Peter O'Neill", "independent non-executive director"),
        ("Ravi Patel", "independent non-executive director"),
        ("Jane Roe", "member of the Board"),
        ("Mark Poe", "member of the Board"),
    ]


def test_a_given_name_of_two_joined_by_a_hyphen_opens_a_name_with_degrees():
    from transform.people import find_people

    text = (
        "In addition, Jean-François Lefèvre, Ph.D., M.B.A., has joined the Company as EVP & "
        "Chief Financial Officer."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Jean-François Lefèvre", "EVP & Chief Financial Officer")
    ]


def test_a_combinations_brands_in_parentheses_alias_none_of_its_drugs_alone():
    from transform.compounds import find_compounds

    text = "The combination of nivolumab + ipilimumab (Opdivo + Yervoy) was studied."
    assert [(c.name, c.canonical_name) for c in find_compounds(text)] == [
        ("nivolumab", "nivolumab"),
        ("ipilimumab", "ipilimumab"),
        ("Opdivo", "Opdivo"),  # never ipilimumab's
        ("Yervoy", "Yervoy"),
    ]
    text = "Symdeko (tezacaftor/ivacaftor) and KEYTRUDA (pembrolizumab) were sold."
    assert [(c.name, c.canonical_name) for c in find_compounds(text)][::2] == [
        ("Symdeko", "tezacaftor/ivacaftor"),
        ("KEYTRUDA", "pembrolizumab"),
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta Bio today announced it has regained worldwide rights to ZT-1 from Omega.",
            ["other"],
        ),
        ("Zeta Bio today announced the launch of ZT-1 in Germany.", ["other"]),
        (
            "Zeta Bio today announced that its shareholders approved the merger with Omega.",
            ["acquisition"],
        ),
        (
            "Zeta Bio today announced the voluntary withdrawal of ZT-1 from the U.S. market.",
            ["other"],
        ),
        # a launch only planned, a trial's launch, a market study: none
        ("Zeta Bio today announced plans to launch ZT-1 in Germany next year.", []),
        ("Zeta Bio today announced the launch of a Phase 3 trial in patients.", []),
        ("Zeta Bio today announced that it withdrew from the market study.", []),
    ],
)
def test_a_launch_rights_regained_a_withdrawal_and_a_merger_vote_are_events(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_title_in_french_or_german_is_read_with_its_accents():
    from transform.people import find_people

    text = (
        "Contacts:\nGeneviève Lapointe, Vice-présidente, Communications\n514-555-0145\n\n"
        "Marc Lefèvre, Directeur Général, +33 1 44 71 94 94\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Geneviève Lapointe", "Vice-présidente, Communications"),
        ("Marc Lefèvre", "Directeur Général"),
    ]


def test_a_companys_name_and_title_before_a_person_in_running_text():
    text = (
        "The agreement was signed by Zeta President Ana Souza and Omega President and CEO "
        "Rolf Meier in Basel."
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ana Souza", "President"),
        ("Rolf Meier", "President and CEO"),
    ]
    # a title's word inside a name, no given name after it: no person cut from it
    assert "Dean Smith" not in [p.name for p in find_people("It was led by Mary Dean Smith.")]


def test_what_an_appointee_is_before_the_name():
    for said in (
        "Zeta has named industry veteran Thomas J. Whitfield its new Chief Business Officer.",
        "Zeta appointed seasoned biotech executive Thomas J. Whitfield as Chief Business Officer.",
    ):
        people = find_people(said)
        assert [(p.name, p.title) for p in people] == [
            ("Thomas J. Whitfield", "Chief Business Officer")
        ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Zeta will host a virtual R&D day on March 5.", ["conference_presentation"]),
        ("Zeta to Host Key Opinion Leader Webinar on ZT-1", ["conference_presentation"]),
        ("Zeta Hosts 2023 Investor Day", ["conference_presentation"]),
        # a results call is the results' news, no presentation
        ("Zeta will host a conference call at 8:30 a.m.", []),
    ],
)
def test_an_investor_or_research_day_hosted_is_a_presentation(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_company_in_lower_case_before_its_legal_form_is_an_organization():
    text = (
        "Zeta signed license agreements with bluebird bio, Inc., 89bio, Inc. and 2seventy bio, "
        "Inc. for ZT-1; its partner, Inc. magazine said."
    )
    assert [o.name for o in find_organizations(text, None)] == [
        "bluebird bio, Inc.",
        "89bio, Inc.",
        "2seventy bio, Inc.",
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        ("Tiberon Biosciences Announces $30 Million Rights Offering", ["financing"]),
        (
            "Drugmaker Calder Pharmaceuticals Inc said on Thursday it would buy privately held "
            "Morrow Therapeutics for $640 million in cash.",
            ["acquisition"],
        ),
        ("Zeta would buy time with the financing.", []),
    ],
)
def test_a_rights_offering_and_a_reported_purchase(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_plural_companys_possessive_before_a_title_owns_the_person():
    text = (
        "Q&A\n\nNexora Therapeutics' chief executive, Dr. Isabel Moreau, spoke with us about "
        "the company's deal with Sakura Seiyaku, Inc. for NXR-5 in Japan and in Korea.\n"
    )
    [person] = extract_release(text, "d", "file:///x").people
    assert (person.name, person.organization) == ("Isabel Moreau", "Nexora Therapeutics")


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Kairo today announced the appointments of Elena Vasquez, Ph.D., as Chief Scientific "
            "Officer; Michael O'Brien as Chief Financial Officer.",
            ["executive_change"],
        ),
        ("Kairo Strengthens Leadership Team with Three Appointments", ["executive_change"]),
        ("Kairo Expands Board of Directors", ["executive_change"]),
        # a team or a board of another kind: none
        ("Kairo expands its manufacturing team in Ireland.", []),
        ("Kairo expands its board game portfolio", []),
    ],
)
def test_appointments_and_a_leadership_team_or_board_strengthened(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_an_old_wires_text_in_capitals_gives_its_partner_and_its_pounds():
    text = (
        "CORTECS LTD SIGNS AGREEMENT WITH ASTRA AB\n\nLONDON, ENGLAND, MARCH 3, 1997 -- CORTECS "
        "LTD (LSE: CTX) TODAY ANNOUNCED THAT IT HAS SIGNED A LICENSE AGREEMENT WITH ASTRA AB OF "
        "SWEDEN FOR CTX-410. UNDER THE AGREEMENT, ASTRA WILL PAY CORTECS AN INITIAL FEE OF 5 "
        "MILLION POUNDS.\n"
    )
    extraction = extract_release(text, "d", "file:///x")
    assert [o.name for o in extraction.organizations] == ["ASTRA AB"]
    assert [(m.amount, m.currency, m.kind) for m in extraction.money] == [
        (5_000_000, "GBP", "upfront")
    ]


@pytest.mark.parametrize(
    ("lead", "types"),
    [
        (
            "Zeta signed an exclusive distribution agreement with Omega for ZT-1.",
            ["licensing_deal"],
        ),
        ("Zeta signed a commercialization agreement with Omega for ZT-1.", ["licensing_deal"]),
        ("Zeta signed a distribution and license agreement with Omega.", ["licensing_deal"]),
        # a network, or an agreement ended: no deal announced (an ending is news of its own)
        ("Zeta expanded its distribution network in Asia.", []),
        ("Zeta terminated its distribution agreement with Omega.", ["other"]),
        # a partners' shared commercialisation is a collaboration
        (
            "Zeta and Omega announced a co-development and co-commercialization agreement.",
            ["collaboration"],
        ),
    ],
)
def test_a_distribution_or_commercialization_agreement_is_a_licensing_deal(lead, types):
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_the_post_a_person_holds_after_is():
    for text, title in (
        ("Priya Nandakumar is Vela's Chief Executive Officer.", "Chief Executive Officer"),
        ("Jane Roe is the new President.", "President"),
    ):
        assert [(p.name, p.title) for p in find_people(text)] == [(text.split(" is")[0], title)]
    # no post after "is": none
    assert find_people("John Smith is the author of the study.") == []
    assert find_people("Zeta Bio is the world's leading developer of antibodies.") == []
    # the company whose post it is, past an apposition of a former post
    text = (
        "Arcturus Health Completes Spin-Off of Vela Therapeutics\n\nCHICAGO, Oct. 2, 2023 -- "
        "Arcturus Health Corporation (NYSE: ARH) today completed the spin-off of Vela "
        "Therapeutics, Inc.\n\nDr. Priya Nandakumar, formerly Executive Vice President of "
        "Arcturus, is Vela's Chief Executive Officer.\n"
    )
    [person] = extract_release(text, "d", "file:///x").people
    assert (person.name, person.title, person.organization) == (
        "Priya Nandakumar",
        "Chief Executive Officer",
        "Vela Therapeutics",
    )


@pytest.mark.parametrize(
    "text, names",
    [
        # courts by their head word, with what they are of and for
        (
            "Solvex may appeal the decision to the U.S. Court of Appeals for the Federal Circuit.",
            ["U.S. Court of Appeals for the Federal Circuit"],
        ),
        (
            "Zeta sued Omega Pharma Inc. in the U.S. District Court for the District of Delaware.",
            ["Omega Pharma Inc.", "U.S. District Court for the District of Delaware"],
        ),
        ("The Tokyo District Court ruled for Zeta.", ["Tokyo District Court"]),
        # patent offices and boards, with the country printed before them, once with initials
        (
            "The U.S. Patent Trial and Appeal Board (PTAB) upheld the claims.",
            ["U.S. Patent Trial and Appeal Board"],
        ),
        (
            "The U.S. Patent and Trademark Office (USPTO) issued the patent.",
            ["U.S. Patent and Trademark Office"],
        ),
        ("the European Patent Office granted it", ["European Patent Office"]),
        # a regulator printed with and without its country: one organisation
        (
            "the U.S. Department of Health and Human Services funds it. The Department of "
            "Health and Human Services said more.",
            ["U.S. Department of Health and Human Services"],
        ),
        # a lower-case prefix glued to a name's first word
        (
            "Kestrin will seek reimbursement through the pan-Canadian Pharmaceutical Alliance.",
            ["pan-Canadian Pharmaceutical Alliance"],
        ),
        # a street's name in a postal address names no organisation
        ("Zeta Pharma, 12 Kendall Court, Cambridge, MA 02139", []),
        ("Zeta, 1 Research Foundation Drive, Suite 100", []),
        # ... but a count before a name does not make it one
        (
            "Zeta received 3 National Institutes of Health grants.",
            ["National Institutes of Health"],
        ),
    ],
)
def test_courts_patent_offices_and_street_addresses(text, names):
    assert sorted(o.name for o in find_organizations(text, "Zeta Pharma")) == sorted(names)


def test_a_drug_name_no_list_holds_in_a_brands_brackets():
    for text, brand, inn in (
        ("It covers using LUMZELA (bralumide) for hepatic encephalopathy.", "LUMZELA", "bralumide"),
        ("Zolmira® (dapazine) tablets are approved.", "Zolmira", "dapazine"),
    ):
        found = {(c.name, c.rule) for c in find_compounds(text)}
        assert (inn, "inn_after_brand") in found
        assert (brand, "brand_with_inn+alias_parenthetical") in found
    # English words, a former name or a brand not in capitals name no drug
    for text in (
        "ACME (placebo) arm",
        "the TRIAL (randomized) study",
        "NOVA (formerly Zeta) said",
        "Trelva (dapazine) tablets",
    ):
        assert find_compounds(text) == [], text


def test_a_company_to_be_named_is_no_executive_change():
    lead = (
        "Aldrith and Corvanta to Combine\n\nSAN DIEGO, Feb. 26, 2025 -- Combined company to be "
        "named Aldrith Corvanta Therapeutics and led by Corvanta CEO Dana Whitfield.\n"
    )
    assert "executive_change" not in [e.event_type for e in find_events(lead, len(lead))]
    lead = "Zeta news\n\nBOSTON, May 4, 2021 -- Jane Doe will be named Chief Executive Officer.\n"
    assert [e.event_type for e in find_events(lead, len(lead))] == ["executive_change"]


def test_a_bispecifics_second_target_is_no_antibodys_name():
    text = (
        "Zeta news\n\nPARIS, March 3, 2015 -- Zeta SA (Euronext: ZETA) said patients may benefit "
        "from HLD-505, Halden's bispecific HER2/HER3 antibody.\n"
    )
    [compound] = extract_release(text, "d", "f").compounds
    assert (compound.name, compound.antibody) == ("HLD-505", None)
    # a named antibody still is one: "the huC242 antibody"
    text = text.replace("bispecific HER2/HER3 antibody", "conjugate of the huC242 antibody")
    assert [(c.name, c.antibody) for c in extract_release(text, "d", "f").compounds][-1] == (
        "HLD-505",
        "huC242",
    )


def test_a_table_rows_antibody_is_its_own_compounds_and_a_name_in_capitals_is_a_target():
    text = (
        "Zeta news\n\nNEW YORK, Dec. 10, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) hosts its R&D Day."
        "\n\n| Program | Mechanism | Stage |\n|---|---|---|\n| ZT-101 | Lp(a) siRNA | Phase 3 |\n"
        "| ZT-204 | ANGPTL3 antibody | Phase 2 |\n"
    )
    extraction = extract_release(text, "d", "f")
    assert [(c.name, c.antibody, c.target) for c in extraction.compounds] == [
        ("ZT-101", None, None),
        ("ZT-204", None, "ANGPTL3"),
    ]
    assert [(p.phase, p.compound) for p in extraction.phases] == [
        ("Phase III", "ZT-101"),
        ("Phase II", "ZT-204"),
    ]


def test_a_substance_before_its_receptors_subtype_is_a_target_and_a_long_field_is_one_name():
    text = "ZT-330, an oral selective orexin 2 receptor agonist, is in Phase 2."
    assert [c.name for c in find_compounds(text)] == ["ZT-330"]
    assert "orexin" not in [c.name for c in find_compounds("an orexin 2 receptor agonist, ZT-3")]
    assert "dopamine" not in [c.name for c in find_compounds("a dopamine D2 receptor antagonist")]
    text = "It negotiates with the National Association of Statutory Health Insurance Funds."
    assert [o.name for o in find_organizations(text, "Zeta GmbH")] == [
        "National Association of Statutory Health Insurance Funds"
    ]


def test_a_possessive_after_an_institution_is_no_part_of_its_name():
    text = "Zeta Innovation is the University of Eastmoor's wholly owned company."
    assert [o.name for o in find_organizations(text, "Omega Inc.")] == ["University of Eastmoor"]
    text = "Omega works with the Dana-Farber Cancer Institute's team."
    assert [o.name for o in find_organizations(text, "Omega Inc.")] == [
        "Dana-Farber Cancer Institute"
    ]
    # a name's own apostrophe stays: "Institut d'Oncologie", "O'Higgins"
    text = "the Institut d'Oncologie and the Universidad O'Higgins"
    assert [o.name for o in find_organizations(text, "Omega Inc.")] == [
        "Institut d'Oncologie",
        "Universidad O'Higgins",
    ]


def test_a_founders_sentence_names_no_organisation_of_his_after_its_verb():
    text = (
        "Zeta news\n\nPARIS, March 3, 2015 -- Zeta Pharma SA (Euronext: ZETA) today announced a "
        "licence.\n\nBrightfield, founded in 2022 by Dr. Tom Hendry, has raised £8.5 million in a "
        "seed round led by Oxford Science Enterprises.\n"
    )
    [person] = extract_release(text, "d", "f").people
    assert (person.name, person.organization) == ("Tom Hendry", "Zeta Pharma")
    # a contact's line still names the firm after the comma
    text = (
        text + "\nContacts:\nJane Roe, Vice President, Communications, Omega Inc.\njane@o.example\n"
    )
    people = extract_release(text, "d", "f").people
    assert ("Jane Roe", "Omega") in [(p.name, p.organization) for p in people]


def test_an_officer_leaving_the_company_is_an_executive_change():
    lead = (
        "Zeta news\n\nBOSTON, May 4, 2021 -- Zeta Bio said Jane Doe, Chief Financial Officer, is "
        "leaving the Company to pursue other opportunities.\n"
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["executive_change"]
    lead = "Zeta news\n\nBOSTON, May 4, 2021 -- The President is leaving the board meeting early.\n"
    assert [e.event_type for e in find_events(lead, len(lead))] == []


def test_names_listed_with_a_person_are_people():
    text = (
        "Zeta news\n\nPRINCETON, N.J., June 12, 2024 -- Zeta Pharma, Inc. (NYSE: ZETA) announced "
        "that the panel will hear Dr. Ingrid Solberg, Marcus T. Hale, Ph.D., and Yolanda Pierce "
        "at the symposium.\n"
    )
    assert [p.name for p in extract_release(text, "d", "f").people] == [
        "Ingrid Solberg",
        "Marcus T. Hale",
        "Yolanda Pierce",
    ]
    # the person last in the list vouches for those before
    text = text.replace(
        "Dr. Ingrid Solberg, Marcus T. Hale, Ph.D., and Yolanda Pierce",
        ("Marcus Hale, Yolanda Pierce and Dr. Ingrid Solberg"),
    )
    assert [p.name for p in extract_release(text, "d", "f").people] == [
        "Marcus Hale",
        "Yolanda Pierce",
        "Ingrid Solberg",
    ]
    # a word of the list no name is breaks it: "of Omega and Jordan Pharma"
    text = text.replace(
        "Marcus Hale, Yolanda Pierce and Dr. Ingrid Solberg",
        ("Dr. Ingrid Solberg of Omega and Jordan Pharma"),
    )
    assert [p.name for p in extract_release(text, "d", "f").people] == ["Ingrid Solberg"]


def test_a_government_is_an_organisation():
    for text, name in (
        ("Zeta was awarded a contract by the Government of Canada.", "Government of Canada"),
        ("the Australian Government funds it", "Australian Government"),
    ):
        assert [o.name for o in find_organizations(text, "Zeta Inc.")] == [name]
    # a title's "Government Affairs" names none
    assert find_organizations("Jane Roe, Vice President, Government Affairs, said", None) == []


def test_an_announcement_a_trading_halt_awaits_is_no_event():
    lead = (
        "Request for Trading Halt\n\nMelbourne, Australia; 14 March 2022: Zeta Bioscience Limited "
        "(ASX: ZBS) requests an immediate trading halt in its securities pending an announcement "
        "regarding a proposed capital raising.\n"
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == []
    lead = lead.replace(
        "requests an immediate trading halt in its securities pending an "
        "announcement regarding a proposed capital raising",
        "announced a proposed capital raising",
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["financing"]


def test_a_brokers_slashed_pair_and_a_contacts_company_cell():
    text = (
        "Zeta news\n\nEdinburgh, UK, 2nd March 2021 – Zeta plc (AIM: ZETA) announces results.\n\n"
        "For further information, please contact:\nCairn Capital Markets (Nominated Adviser)\n"
        "Angus Drummond / Mary Ferguson\nTel: +44 (0)20 7555 0102\n"
    )
    assert [p.name for p in extract_release(text, "d", "f").people] == [
        "Angus Drummond",
        "Mary Ferguson",
    ]
    text = (
        "Zeta news\n\nTEL AVIV, Israel, May 20, 2024 -- Zeta Ltd. (TASE: ZETA) and Cascadia "
        "Neuro, Inc. announced a merger.\n\nContacts: Zeta - Yael Ben-David, +972-3-555-0100; "
        "Cascadia - Ethan Park, +1 503 555 0123\n"
    )
    people = extract_release(text, "d", "f").people
    assert [(p.name, p.organization) for p in people] == [
        ("Yael Ben-David", "Zeta"),
        ("Ethan Park", "Cascadia Neuro"),
    ]


def test_initials_bracketed_after_an_organisation_are_that_organisation():
    """Initials a text defines in brackets right after a name are that body's, whatever language
    they spell (AIFA: Agenzia Italiana del Farmaco), so it is listed once; a body named by its
    initials alone, and one a lexicon lists without a head word, is listed."""
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced that the Italian Medicines Agency (AIFA) "
        "and the Brazilian Health Regulatory Agency (ANVISA) approved ZT-101. AIFA set its price. "
        "Filings with COFEPRIS, Medsafe and the U.S. Department of Justice are pending."
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == [
        "Italian Medicines Agency",
        "Brazilian Health Regulatory Agency",
        "COFEPRIS",
        "Medsafe",
        "U.S. Department of Justice",
    ]


def test_a_unit_an_institution_or_company_owns_is_no_organisation_of_its_own():
    """ "Radcliffe University's Nuffield Laboratory" is the university's laboratory: never one
    name from the owner's first word; a name that holds a possessive of its own stays one."""
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced a sponsored research agreement with "
        "Radcliffe University's Nuffield Laboratory of Ophthalmology to develop gene therapies, "
        "and an agreement with Omega Pharma's Nuffield Laboratory to develop vectors. Brigham "
        "and Women's Hospital will run the trials with Boston Children's Hospital."
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == [
        "Radcliffe University",
        "Brigham and Women's Hospital",
        "Boston Children's Hospital",
    ]


def test_a_receptors_lettered_subtype_names_a_target_no_compound():
    """ "GABA-A receptor" names the receptor a drug acts on: its ligand's name is no compound
    there, as "dopamine D2 receptor" is none; GABA given as a supplement is one."""
    found = find_compounds(
        "ZT-401, an oral GABA-A receptor positive allosteric modulator, and ZT-402, a GABA-B "
        "receptor agonist, were compared."
    )
    assert [c.name for c in found] == ["ZT-401", "ZT-402"]
    found = find_compounds("ZT-401 was compared with GABA supplements in 40 adults.")
    assert [c.name for c in found] == ["ZT-401", "GABA"]


def test_blood_cancers_by_their_everyday_names():
    """The lymphomas' and neoplasms' names releases print, read whole: "large B-cell lymphoma"
    (the CAR-T labels' group) never cut to "B-cell lymphoma", and the diffuse kind kept."""
    text = (
        "ZT-701 is a CAR-T for relapsed/refractory large B-cell lymphoma (LBCL), diffuse large "
        "B-cell lymphoma, small lymphocytic lymphoma, primary CNS lymphoma and "
        "myeloproliferative neoplasms."
    )
    assert [i.name for i in find_indications(text)] == [
        "large B-cell lymphoma",
        "diffuse large B-cell lymphoma",
        "small lymphocytic lymphoma",
        "primary CNS lymphoma",
        "myeloproliferative neoplasms",
    ]


def test_a_headline_in_capitals_with_an_infinitive_names_no_company_from_its_verb():
    """ "GENVAULT INC TO ACQUIRE PEPTIDYNE CORP": the verb after "TO" opens no name, in
    capitals as in title case; the company acquired is read where the text names it."""
    text = (
        "GENVAULT INC TO ACQUIRE PEPTIDYNE CORP IN STOCK DEAL\n\n"
        "NEW YORK--(BUSINESS WIRE)--March 3, 1998--GenVault Inc. (Nasdaq:GNVT) said it signed "
        "a definitive agreement under which it will acquire Peptidyne Corp.\n"
    )
    assert [o.name for o in extract_release(text, "d", "x").organizations] == ["Peptidyne Corp."]


def test_two_investment_firms_joined_by_and_are_two_organisations():
    """A firm's whole name before "and" ("RA Capital Management", a head of the trade's money
    after its first word) ends there; names a head word joins across "and" stay one."""
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced an $85 million PIPE anchored by RA "
        "Capital Management and Perceptive Advisors, with Omega Fund Partners and Vivo "
        "Capital. Brigham and Women's Hospital will run the trial."
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == [
        "RA Capital Management",
        "Perceptive Advisors",
        "Omega Fund Partners",
        "Vivo Capital",
        "Brigham and Women's Hospital",
    ]


def test_an_exchange_and_its_offices_are_no_organisations():
    """The Nasdaq Stock Market LLC, and its Listing Qualifications Department, name the
    exchange (exchanges.csv), never a party to the news."""
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced that it received a letter from the "
        "Listing Qualifications Department of The Nasdaq Stock Market LLC, and a second from "
        "The Nasdaq Stock Market LLC itself, and one from Omega Capital Management."
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == ["Omega Capital Management"]


def test_a_dosage_form_and_a_verbs_drug_code_are_no_compound_nor_company():
    """ "ophthalmic solution" and "ophthalmic emulsion" are forms a drug takes (the vocabulary
    lists them among drug names), and "partner TCT-301 with" makes no company of the code."""
    found = find_compounds(
        "ZT-33, a Phase 3-ready ophthalmic solution, and ZT-34, an ophthalmic emulsion, with "
        "XIIDRA (lifitegrast ophthalmic solution)."
    )
    assert [c.name for c in found] == ["ZT-33", "ZT-34", "XIIDRA", "lifitegrast"]
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) today announced a licence with Ardmore Pharmaceuticals "
        'Limited. "We are pleased to partner TCT-301 with Ardmore," said its chief executive.'
    )
    names = [o.name for o in extract_release(lead, "d", "x").organizations]
    assert names == ["Ardmore Pharmaceuticals Limited"]


def test_a_title_before_a_name_is_read_within_its_sentence():
    """ "... led by Frazier Life Sciences. Chief Executive Officer Helena Marsh said": the title
    starts after the sentence before ends, never with its last word."""
    lead = (
        "Zeta Bio, Inc. (NASDAQ: ZETA) cut staff after a round led by Frazier Life Sciences. "
        "Chief Executive Officer Helena Marsh said the runway extends into 2027."
    )
    people = extract_release(lead, "d", "x").people
    assert [(p.name, p.title) for p in people] == [("Helena Marsh", "Chief Executive Officer")]


def test_a_drug_name_no_list_holds_after_a_brand_in_title_case_given_for_a_disease():
    text = "The FDA approved Vebrelta (ulotaront) for the treatment of schizophrenia."
    found = {(c.name, c.rule) for c in find_compounds(text)}
    assert ("ulotaront", "inn_after_brand") in found
    assert ("Vebrelta", "brand_with_inn+alias_parenthetical") in found
    assert ("Orvexa", "brand_with_inn+alias_parenthetical") in {
        (c.name, c.rule) for c in find_compounds("the NDA for Orvexa (tabrimide) in adults with")
    }
    # an English word before the brackets, or no disease or patients after them, names none
    for text in ("Kestrel (benzotrilam) in patients", "Trelva (dapazine) tablets are sold."):
        assert find_compounds(text) == [], text


def test_a_heads_second_for_opens_a_purpose_and_a_legal_forms_of_opens_a_seat():
    text = "Zeta received approval from the FDA Center for Veterinary Medicine for Felivex."
    assert [o.name for o in find_organizations(text, None)] == [
        "FDA Center for Veterinary Medicine"
    ]
    text = "a grant from the Coalition for Epidemic Preparedness Innovations for the study"
    assert [o.name for o in find_organizations(text, None)] == [
        "Coalition for Epidemic Preparedness Innovations"
    ]
    text = "Zeta entered into a license agreement with Meridia Pharma GmbH of Germany for ZT-1."
    assert [o.name for o in find_organizations(text, None)] == ["Meridia Pharma GmbH"]
    text = "Zeta entered into a license agreement with the University of Oslo for ZT-1."
    assert [o.name for o in find_organizations(text, None)] == ["University of Oslo"]


def test_public_and_human_relations_in_a_title():
    text = "Media Contact\nKim Soo-yeon, Head of PR\nZeta Bio Co., Ltd.\n+82-2-3456-7890\n"
    assert [(p.name, p.title) for p in find_people(text)] == [("Kim Soo-yeon", "Head of PR")]
    text = "Jane Smith, Head of HR at Zeta, said the company will hire."
    assert [(p.name, p.title) for p in find_people(text)] == [("Jane Smith", "Head of HR")]


def test_a_disease_naming_an_instrument_of_daily_life_is_no_indication():
    text = (
        "Zeta treated adults with generalized myasthenia gravis (gMG), who improved in "
        "Myasthenia Gravis-Activities of Daily Living (MG-ADL) total score and in the "
        "Myasthenia Gravis Quality of Life 15r."
    )
    assert [i.name for i in find_indications(text)] == ["generalized myasthenia gravis"]


def test_a_chairs_field_before_an_institutions_comma_is_no_organisation_nor_title():
    text = (
        "The advisers are:\n- Dr. Ana Restrepo, Associate Professor of Neurology, Massachusetts "
        "General Hospital and Harvard Medical School\n- Professor Kay Ward, FRS, Professor of "
        "Neuroscience, University College London (Chair)\n"
    )
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ana Restrepo", "Associate Professor of Neurology"),
        ("Kay Ward", "Professor of Neuroscience"),
    ]
    names = [o.name for o in find_organizations(text, None)]
    assert "Neurology" not in names
    assert "Massachusetts General Hospital" in names
    # a department's comma-listed fields still make one title
    text = "John Roe, Vice President, Research and Development, said the trial will start."
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("John Roe", "Vice President, Research and Development")
    ]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Zeta priced $300 million of 2.25% convertible senior notes due 2028.", ["financing"]),
        ("Zeta has received a Study May Proceed letter from the FDA for ZT-1.", ["ind_active"]),
        ('Zeta received a "study may proceed" letter for ZT-1.', ["ind_active"]),
        ("Zeta expects to receive a Study May Proceed letter for ZT-1.", []),
        ("Zeta has begun enrolling patients in the Phase 2 ZEPHYR study of ZT-1.", ["trial_start"]),
        ("Zeta has not begun enrolling patients in the Phase 2 trial of ZT-1.", []),
        ("Zeta has not yet started the Phase 2 trial of ZT-1.", []),
        ("Zeta is yet to initiate the Phase 3 trial of ZT-1.", []),
    ],
)
def test_notes_priced_a_study_may_proceed_letter_and_a_start_denied(sentence, types):
    lead = f"Zeta news\n\nBOSTON, May 4, 2021 -- {sentence}\n"
    assert [e.event_type for e in find_events(lead, len(lead))] == types


def test_a_one_digit_code_given_for_a_disease_or_to_adult_patients_is_a_compound():
    """What a code is given for or to whom says it is a drug: the treatment cue the title-case
    brand's rule reads too ("for the prevention of", "in adult patients")."""
    for text in (
        "Zeta is developing ORC-5 for the prevention of migraine.",
        "Zeta is developing ORC-5 in adult patients with gout.",
        "Zeta is developing ORC-5 for the treatment of gout.",
    ):
        assert [c.name for c in find_compounds(text)] == ["ORC-5"], text
    assert find_compounds("Zeta is developing ORC-5 in 2021.") == []


def test_an_accounting_abbreviation_the_drug_vocabulary_lists_is_no_compound():
    text = (
        "Zeta Receives Approval for Generic Tenofovir Tablets; Board Approves Rs 450 Crore "
        "Capex Plan"
    )
    assert [c.name for c in find_compounds(text)] == ["Tenofovir"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Zeta also announced that Dr. Robert (Bob) MacAllister, founder and Chief Scientific "
            "Officer since 2009, will retire.",
            ("Robert MacAllister", "founder and Chief Scientific Officer"),
        ),
        (
            '"We are pleased," said William "Bill" Harrington, Chief Executive Officer of Zeta.',
            ("William Harrington", "Chief Executive Officer"),
        ),
        (
            "Zeta named Katherine (Kate) O'Donnell as Chief Financial Officer.",
            ("Katherine O'Donnell", "Chief Financial Officer"),
        ),
        (
            "Jonathan R. (Jack) Smith, CEO of Zeta, said the deal is good.",
            ("Jonathan R. Smith", "CEO"),
        ),
    ],
)
def test_the_name_a_person_goes_by_is_read_past_and_left_out(sentence, person):
    """A nickname between the given name and the surname: the person is found once, named
    without it, the span the whole name as printed; a parenthesis after a whole name is none."""
    text = (
        "Zeta News\n\nBOSTON, May 1, 2020 -- Zeta Bio, Inc. (NASDAQ: ZETA) today announced a "
        f"deal. {sentence}\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.title) for p in people] == [person]
    printed = text[people[0].span_start : people[0].span_end]
    assert printed.startswith(person[0].split()[0]) and printed.endswith(person[0].split()[-1])
    assert [p.name for p in find_people("said Jane Doe (CEO) of Zeta.")] == ["Jane Doe"]


def test_the_digits_inside_a_code_are_no_contacts_number():
    """A dateline's ISIN ('FR0012345678') is no phone: the city before it is no contact's
    name; a number apart on a contact's line still is one."""
    text = (
        "Zeta annonce / announces results\n\nSophia Antipolis, France, 15 January 2020 – Zeta SA "
        "(Euronext Paris: ZETA – ISIN: FR0012345678) today announces results.\n\nContacts\n"
        "Marie Dupont, Zeta, 0012 345 678\n"
    )
    assert [p.name for p in find_people(text)] == ["Marie Dupont"]


def test_a_headlines_amount_in_title_case_opens_no_organisation():
    text = (
        "Zeta and Omega Collaborate\n\nOmega to Make $10 Million Equity Investment and Fund "
        "Research\n\nBOSTON, Oct. 14, 1997 -- Zeta Bio, Inc. said Omega Growth Fund invests.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names == ["Omega Growth Fund"]


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta Pharm signs 1.2 tln-won deal to export obesity drug candidate",
        "Zeta said it signed a deal worth up to 1.2 trillion won (US$912 million) to export its "
        "obesity drug candidate ZT-2201 to a global pharmaceutical company.",
    ],
)
def test_a_deal_to_export_a_drug_candidate_is_a_licensing_deal(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == ["licensing_deal"]
    sale = "Zeta has a contract to export vaccines to Brazil."
    assert [e.event_type for e in find_events(sale, len(sale))] == []


def test_an_enzyme_named_after_a_hyphen_is_a_target_and_an_enzyme_drug_alone_a_compound():
    text = (
        "Zeta will seek modulators of gamma-secretase and beta-lactamase inhibitors; patients "
        "received alteplase."
    )
    assert [c.name for c in find_compounds(text)] == ["alteplase"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Net product revenue of QUINVEXA® was $24.3 million.",
        "Net sales of Quinvexa® rose 12%.",
        "QUINVEXA® is approved for the treatment of gout.",
        "QUINVEXA® is indicated in the U.S. for the treatment of gout.",
    ],
)
def test_a_marked_brand_whose_sales_or_approval_the_text_reports_is_a_compound(sentence):
    assert [(c.name.upper(), c.rule) for c in find_compounds(sentence)] == [
        ("QUINVEXA", "brand_mark_in_context")
    ]
    device = sentence.replace("®", "® kits")
    assert find_compounds(device) == []


def test_a_committee_recommending_the_approval_is_no_approval():
    lead = (
        "Zeta AG announced today that the CHMP of the European Medicines Agency (EMA) has adopted "
        "a positive opinion recommending the approval of Ravexa (dormalimab)."
    )
    assert [e.event_type for e in find_events(lead, len(lead))] == ["other"]


def test_a_contacts_office_after_its_label_and_a_comma_is_the_contacts_firm():
    """'Contact: Dana Whitfield, U-M Office of Technology Transfer, 734-555-0199': an office's
    name with its 'of' is the contact's firm; a post's ('Head of Investor Relations') never."""
    text = (
        "ANN ARBOR, Mich., Aug. 15, 2018 -- Zeta Health and the University of Michigan today "
        "announced an exclusive license agreement.\n\n"
        "Contact: Dana Whitfield, U-M Office of Technology Transfer, 734-555-0199\n\n"
        "Contact:\nKatrin Roe\nHead of Investor Relations\nTel.: +49 89 8992 7730\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Dana Whitfield", "U-M Office of Technology Transfer"),
        ("Katrin Roe", "Zeta Health"),
    ]


def test_a_toxicitys_grade_makes_its_disease_an_adverse_event_and_a_tumours_grade_keeps_it():
    text = (
        "The FDA placed a hold on the trial of ZT-5 in advanced solid tumors following a Grade 5 "
        "cytokine release syndrome event; Grade 3 or higher neutropenia occurred. ZT-6 is "
        "studied in WHO grade II astrocytoma and grade 3 follicular lymphoma."
    )
    assert [i.name for i in find_indications(text)] == [
        "solid tumors",
        "astrocytoma",
        "follicular lymphoma",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Penrose was in advanced talks to acquire the company for about $3.4 billion.",
        "Zeta is in discussions with Omega Pharma about licensing ZT-1.",
    ],
)
def test_a_deal_talked_of_is_no_deal(lead):
    assert [e.event_type for e in find_events(lead, len(lead))] == []
    made = "Zeta entered into exclusive talks with Omega and today agreed to acquire Omega."
    assert [e.event_type for e in find_events(made, len(made))] == ["acquisition"]


def test_a_headlines_preposition_in_title_case_is_no_part_of_the_body_after_it():
    text = (
        "Zeta Obtains $12 Million Credit Facility From Silicon Valley Bank\n\nSEATTLE, Sept. 21, "
        "2006 -- Zeta Genomics, Inc. said today it obtained a loan from Silicon Valley Bank and "
        "the Bank of America.\n"
    )
    names = [o.name for o in extract_release(text, "d", "x", []).organizations]
    assert names == ["Silicon Valley Bank", "Bank of America"]


@pytest.mark.parametrize(
    "lead",
    [
        "GENOVA THERAPEUTICS ANNOUNCES RESULTS OF ANNUAL MEETING OF STOCKHOLDERS",
        "Zeta announces results of its tender offer for Omega shares.",
        "Zeta reported the results of the 2017 special meeting.",
    ],
)
def test_the_results_of_a_meeting_or_an_offer_are_no_trials(lead):
    assert "trial_results" not in [e.event_type for e in find_events(lead, len(lead))]
    trial = "Zeta announces positive results of its Phase 2 trial."
    assert [e.event_type for e in find_events(trial, len(trial))] == ["trial_results"]


def test_a_firm_another_clause_engages_after_a_person_is_no_post_of_theirs():
    text = (
        "Zeta Announces Results of Annual Meeting\n\nBOSTON, June 16, 2017 -- Zeta Therapeutics, "
        "Inc. (NASDAQ: ZETA) announced today that stockholders elected Patricia A. Lindqvist, "
        "M.D. and Robert J. Roe as Class II directors, ratified the appointment of Ernst & Young "
        "LLP as the Company's auditor.\n"
    )
    people = extract_release(text, "d", "x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Patricia A. Lindqvist", "Zeta Therapeutics"),
        ("Robert J. Roe", "Zeta Therapeutics"),
    ]
