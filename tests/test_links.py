"""Who pays whom for what: links between amounts, companies, compounds and triggers."""

from __future__ import annotations

import re

import pytest

from transform.links import Named, short_names
from transform.release import extract_release

LICENSE = (
    "Acme Bio Licenses AB-101 to Northwind Pharma\n\n"
    "BOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
    "announced an exclusive worldwide license agreement with Northwind Pharma, Inc. for AB-101. "
    "Under the terms of the agreement, Northwind Pharma will pay Acme Bio an upfront payment of "
    "$20 "
    "million, and Acme Bio is eligible to receive up to $310 million in development and "
    "regulatory milestone payments, as well as tiered royalties on net sales.\n\n"
    "About Acme Bio\nAcme Bio develops antibody-drug conjugates for solid tumors.\n"
)

MILESTONE = (
    "Acme Bio Earns Milestone Payment from Northwind Pharma\n\n"
    "BOSTON, Mass., June 9, 2016 (BUSINESS WIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
    "announced that Northwind Pharma, Inc. has dosed the first patient in a Phase II trial of "
    "AB-101 in gastric cancer. This event triggers a $5 million milestone payment to Acme Bio.\n\n"
    "In 2012, Northwind Pharma licensed rights to use Acme Bio's linker technology.\n\n"
    "About Acme Bio\nAcme Bio develops antibody-drug conjugates for solid tumors.\n"
)

LICENSEE_PAYS = (
    "Corvane Licenses Rights to CV-701 from Deltagen\n\n"
    "LONDON, England, May 2, 2019 /PRNewswire/ -- Corvane Pharma plc today announced an "
    "exclusive license agreement with Deltagen Oncology, Inc. for CV-701 in Japan. Corvane Pharma "
    "will pay Deltagen Oncology an upfront payment of $12 million for CV-701.\n"
)


def _money(text: str) -> list[tuple]:
    extraction = extract_release(text, "doc", "file:///x.txt")
    return [
        (m.amount_usd, m.kind, m.is_potential, m.payer, m.payee, m.compound, m.trigger)
        for m in extraction.money
    ]


def test_licensee_pays_issuer_upfront_and_potential_milestones():
    assert _money(LICENSE) == [
        (20_000_000.0, "upfront", False, "Northwind Pharma", "Acme Bio", "AB-101", None),
        (310_000_000.0, "milestone", True, "Northwind Pharma", "Acme Bio", "AB-101", None),
    ]
    (deal,) = [
        e
        for e in extract_release(LICENSE, "doc", "file:///x.txt").events
        if e.event_type == "licensing_deal"
    ]
    assert (deal.counterparty, deal.compound, deal.territory, deal.deal_year, deal.announced) == (
        "Northwind Pharma",
        "AB-101",
        "worldwide",
        2015,
        True,
    )


def test_milestone_payer_and_trigger_come_from_the_sentence_before():
    assert _money(MILESTONE) == [
        (5_000_000.0, "milestone", False, "Northwind Pharma", "Acme Bio", "AB-101", "phase_2_start")
    ]
    extraction = extract_release(MILESTONE, "doc", "file:///x.txt")
    background = [
        (e.event_type, e.counterparty, e.deal_year) for e in extraction.events if not e.announced
    ]
    assert background == [("licensing_deal", "Northwind Pharma", 2012)]
    assert [(p.phase, p.compound) for p in extraction.phases] == [("Phase II", "AB-101")]


def test_a_sentence_on_a_separate_matter_borrows_no_trigger_from_the_one_before():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) said the FDA approved AB-1. The approval "
        "has triggered a $22.5 million milestone payment to Acme Bio from Northwind Pharma, "
        "Inc., its partner. Separately, Acme Bio has been paid a $750,000 cash milestone after "
        "a development milestone was hit for AB-2.\n"
    )
    assert [(m[0], m[6]) for m in _money(text)] == [(22_500_000.0, "approval"), (750_000.0, None)]


def test_no_milestone_is_paid_on_signing_and_sales_earn_no_trigger():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) licensed AB-1 to Northwind Pharma, Inc. "
        "Northwind will pay Acme Bio a one-time fee upon signing of $2 million, and up to $118 "
        "million in development and sales milestones. Rival drugs garner $11.5 billion in annual "
        "sales.\n"
    )
    assert [(m[1], m[6]) for m in _money(text)] == [
        ("upfront", None),  # its own words after it name no event
        ("milestone", None),
        ("revenue", None),
    ]


def test_a_milestone_the_first_commercial_sales_trigger_is_earned_by_the_first_sale():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) sold AB-1 in China. Under the terms of the "
        "license agreement between Acme Bio and Northwind Pharma, a US$25 million non-refundable "
        "milestone payment is triggered by the first commercial sales of AB-1 in China.\n"
    )
    assert [(m[1], m[6]) for m in _money(text)] == [("milestone", "first_sale")]


def test_a_payer_after_from_and_where_it_is_based():
    text = (
        "Zeta Ltd has formalised a research and development agreement with Medivra Pharmaceutical "
        "Corporation.\nThe Mumbai-based drug company will get $20 million as upfront payment "
        "from the US-based Medivra for formulating certain products for Medivra, using Zeta's "
        "technologies, a note from the company said.\n"
    )
    assert [m[1:5] for m in _money(text)] == [("upfront", False, "Medivra Pharmaceutical", "Zeta")]


def test_the_issuer_can_be_the_payer():
    assert _money(LICENSEE_PAYS) == [
        (12_000_000.0, "upfront", False, "Corvane Pharma", "Deltagen Oncology", "CV-701", None)
    ]


def test_a_company_by_its_short_name_and_an_upfront_payment_earned_by_no_event():
    text = (
        "Kyowa and Nordlicht Sign License Agreement\n\nTokyo, Japan, 12 March 2019 - Kyowa "
        'Seiyaku Co., Ltd. (TSE: 4599, "Kyowa") and Nordlicht Therapeutics A/S today announced a '
        "license agreement for NT-4410. Under the terms of the agreement, Nordlicht will receive "
        "an upfront payment of USD 20 million and up to USD 185 million in sales milestones.\n"
    )
    assert [m[:5] + m[6:] for m in _money(text)] == [
        (20_000_000.0, "upfront", False, "Kyowa Seiyaku", "Nordlicht Therapeutics", None),
        (
            185_000_000.0,
            "milestone",
            True,
            "Kyowa Seiyaku",
            "Nordlicht Therapeutics",
            "sales_threshold",
        ),
    ]


def test_an_upfront_takes_no_trigger_of_the_fee_it_is_paid_with():
    text = (
        "Omega and Zeta Expand Collaboration\n\nLONDON, UK, 23 October 2018 - Zeta Pharma SA "
        "today announced a new agreement with Omega plc. Omega will pay Zeta $50 million "
        "upfront plus an option exercise fee, milestones and royalties.\n"
    )
    ((amount, kind, *_, trigger),) = _money(text)
    assert (amount, kind, trigger) == (50_000_000.0, "upfront", None)


def test_an_upfront_takes_no_trigger_of_the_next_sentence_nor_of_the_milestones_after_it():
    text = (
        "Zeta Licenses Zetamab to Omega\n\nBASEL, Switzerland, May 24, 2019 - Zeta Bio AG today "
        "agreed to license Zetamab to Omega Farmaceutici SpA for an up-front cash payment of CHF "
        "50 million.\n\nZetamab is approved by the European Medicines Agency for an eye disease. "
        "Omega pays Zeta Bio an upfront payment of CHF 20 million (EUR 18 million) and near- to "
        "mid-term sales milestone payments of up to CHF 55 million.\n"
    )
    assert [(m.text, m.kind, m.trigger) for m in extract_release(text, "d", "u").money] == [
        ("CHF 50 million", "upfront", None),
        ("CHF 20 million", "upfront", None),
        ("EUR 18 million", "upfront", None),
        ("CHF 55 million", "milestone", "sales_threshold"),
    ]


def test_the_initiation_of_the_first_clinical_site_starts_the_clinical_work():
    text = (
        "Zeta Reports Quarterly Progress\nZeta Limited (ASX: ZTA) announced a license agreement "
        "in Japan. Subsequent payments include ¥400 million (AU$4.1 million) upon the initiation "
        "of the first clinical site, anticipated in Q1 2025.\n"
    )
    assert [(m.text, m.kind, m.trigger) for m in extract_release(text, "d", "u").money] == [
        ("¥400 million", "milestone", "clinical_start"),
        ("AU$4.1 million", "milestone", "clinical_start"),
    ]


def test_milestones_of_several_kinds_name_no_one_trigger():
    text = (
        "Zeta and Omega Sign License\n\nBOSTON, March 3, 2017 (GLOBE NEWSWIRE) -- Zeta Bio, Inc. "
        "(Nasdaq: ZETA) today announced a license agreement with Omega Pharma, Inc. for ZB-317. "
        "Zeta will be eligible for up to $980 million in development, regulatory and sales "
        "milestones. Omega will pay up to $35 million in development and regulatory milestones "
        "associated with the initiation of a Phase III trial. Zeta may also receive up to $730 "
        "million in payments related to regulatory approval, development and commercial sales "
        "milestones. Zeta is also eligible for up to 3.5 billion euros in development, "
        "registration and sales milestones. Zeta is eligible to receive development, regulatory, "
        "and first-sales milestones of $95 million.\n"
    )
    assert [(m[0], m[-1]) for m in _money(text)] == [
        (980e6, None),
        (35e6, "phase_3_start"),
        (730e6, None),
        (None, None),
        (95e6, None),  # "first-sales" is one kind of several, no first sale's trigger
    ]


def test_a_companys_backers_are_no_side_of_its_offering():
    text = (
        "Zeta closes IPO\n\nZeta Bio, a cancer drug developer backed by Omega Ventures, Beta "
        "Pharma and Gamma Capital, closed its initial public offering at $138m yesterday after "
        "the underwriters bought another $18m of shares.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.amount_usd, m.payer, m.payee) for m in extraction.money] == [
        (138e6, None, None),
        (18e6, None, None),
    ]
    assert [(e.event_type, e.counterparty) for e in extraction.events] == [("financing", None)]


def test_each_sum_of_a_list_takes_the_event_its_own_kind_names():
    text = (
        "Zeta Licenses ZT-1\n\nZeta Bio, Inc. licensed ZT-1 to Omega Pharma, Inc. with an "
        "upfront payment of $3 million, development milestones of $7.5 million, approval "
        "milestones of $20 million (approximately 27 billion KRW), and sales milestones of $55 "
        "million.\n"
    )
    assert [(m[0], m[1], m[-1]) for m in _money(text)] == [
        (3e6, "upfront", None),
        (7.5e6, "milestone", None),
        (20e6, "milestone", "approval"),
        (None, "milestone", "approval"),  # the same sum in won
        (55e6, "milestone", "sales_threshold"),
    ]


@pytest.mark.parametrize("grant", ["a $250,000 grant", "$250,000 in research grants"])
def test_a_grant_is_no_payment_an_event_earns(grant):
    text = (
        "Zeta Reports 2016 Results\n\nBOSTON, March 3, 2017 (GLOBE NEWSWIRE) -- Zeta Bio, Inc. "
        "(Nasdaq: ZETA) today reported its results. The year brought the commercial launch of "
        f"its first product and {grant} from the state for its filing fees.\n"
    )
    assert [(m[0], m[1], m[-1]) for m in _money(text)] == [(250_000.0, "other", None)]


def test_a_milestones_event_is_never_the_signing_an_upfront_before_it_was_paid_on():
    text = (
        "Zeta Licenses ZB-1 to Omega\n\nBOSTON, Sept. 26, 2007 (Marketwire) -- Zeta Bio (TSX: ZB) "
        "today announced a license agreement with Omega N.V. for ZB-1. Zeta has received an "
        "undisclosed upfront consideration upon signing of the agreement. Furthermore, Omega will "
        "make milestone payments to Zeta that could amount to as much as US$36 million, based on "
        "development, clinical phases and commercialization.\n"
    )
    assert [(m[0], m[1], m[-1]) for m in _money(text)] == [(36e6, "milestone", None)]
    # the sentence before still dates a milestone by its event
    dosed = text.replace(
        "has received an undisclosed upfront consideration upon signing of the agreement",
        "has initiated a Phase II trial of ZB-1",
    )
    assert [(m[0], m[1], m[-1]) for m in _money(dosed)] == [(36e6, "milestone", "phase_2_start")]


def test_a_payment_received_or_earned_by_a_company_is_paid_to_it():
    text = (
        "Zeta to Receive Milestone\n\nHONG KONG, Oct. 31, 2024 (GLOBE NEWSWIRE) -- Zeta Limited "
        "(Nasdaq: ZETA) today announced that it will receive a US$20 million milestone payment "
        "from its partner Omega Pharma, Inc. This US$20 million payment will be the first "
        "commercial milestone payment received by Zeta. Fees earned by Zeta total $22.75 million.\n"
    )
    money = extract_release(text, "d", "z").money
    assert [(m.amount, m.payee) for m in money] == [
        (20e6, "Zeta"),
        (20e6, "Zeta"),
        (22.75e6, "Zeta"),
    ]


def test_a_payee_by_its_short_name_after_to():
    text = (
        "Hoshino and Brightline Collaborate\n\nOsaka, Japan, October 5, 2020 - Hoshino "
        "Pharmaceutical Company Limited (TSE:4599) and Brightline Therapeutics, Inc. (Nasdaq: "
        "BRTX) today announced a strategic collaboration on BRT-310.\n\nUnder the agreement, "
        "Hoshino will make an upfront payment of $90 million to Brightline.\n"
    )
    assert [m[:5] for m in _money(text)] == [
        (90_000_000.0, "upfront", False, "Hoshino Pharmaceutical", "Brightline Therapeutics")
    ]


def test_an_issuer_whose_name_opens_with_an_initial_is_named_by_its_next_word():
    text = (
        "Zeta Buys Rights\n\nCopenhagen, May 22, 2008 - H. Zetabeck A/S and Brightline "
        "Therapeutics, Inc. announced that Zetabeck has acquired European rights to BRT-310.\n\n"
        "Zetabeck has agreed to pay Brightline an initial USD 100 million and will pay up to "
        "USD 250 million in connection with regulatory approvals.\n"
    )
    assert [m[:5] for m in _money(text)] == [
        (100_000_000.0, "other", False, "H. Zetabeck", "Brightline Therapeutics"),
        (250_000_000.0, "milestone", True, "H. Zetabeck", "Brightline Therapeutics"),
    ]


def test_what_an_amount_is_worth_goes_to_the_payer():
    text = (
        "Hoshino Transfers Technology\n\nOsaka, Japan, October 5, 2020 - Hoshino "
        "Pharmaceutical Company Limited (TSE:4599) transfers $43 million worth of technology "
        "to Brightline Therapeutics, Inc.\n"
    )
    assert [m[:5] for m in _money(text)] == [
        (43_000_000.0, "other", False, "Brightline Therapeutics", None)
    ]


def test_a_company_named_in_an_apposition_before_its_verb_receives():
    text = (
        "Omega Pharma inks Asian deal for diabetes drug\n\n01 November 2017 | News\n\n"
        "Japan based Omega Pharma is adding a phase III drug to its pipeline. Zetamab's "
        "developer, the French biopharma Zeta Bio SA, will get an upfront payment of ¥4.75 "
        "billion ($42 million). The licensee, Omega Pharma, will pay royalties.\n"
    )
    headline = (
        "Zeta Bio signs $910 million license deal with Omega Pharma, receives setback from "
        "Sigma\n\nZeta Bio said the license agreement with Omega Pharma could build up to $910 "
        "million.\n"
    )
    assert [(m[1], m[3], m[4]) for m in _money(headline)][:1] == [("other", None, None)]
    assert [(m[1], m[3], m[4]) for m in _money(text)] == [
        ("upfront", "Omega Pharma", "Zeta Bio"),
        ("upfront", "Omega Pharma", "Zeta Bio"),
    ]


PAYING_LEAD = "Acme Bio Announces Payment\n\nBOSTON, March 3, 2011 /PRNewswire/ -- "


@pytest.mark.parametrize(
    ("sentence", "payer", "payee"),
    [
        (  # the issuer, its ticker between its name and the verb
            "Acme Bio, Inc. (Nasdaq: ACMB) will pay Zeta Labs, LLC an upfront fee of $100,000.",
            "Acme Bio",
            "Zeta Labs",
        ),
        (  # an abbreviation between the name and a perfect tense
            "Acme Bio, Inc. (Nasdaq: ACMB) said that Bristol-Myers Squibb Company (BMS) has "
            "paid $3 million as a milestone payment to Acme Bio, following the start of a trial "
            "of a compound which has been licensed to BMS.",
            "Bristol-Myers Squibb",
            "Acme Bio",
        ),
        (  # the issuer as "it", the payer after "from" though a later clause names another
            "Acme Bio, Inc. (Nasdaq: ACMB) said it will receive $8 million from Amgen Inc. for "
            "advancing a candidate, a compound first licensed to Amgen Inc. in 2008.",
            "Amgen",
            "Acme Bio",
        ),
        (  # "the company" after "to"; "S.A. will" is one sentence
            "Acme Bio, Inc. (Nasdaq: ACMB) announced that Sanofi S.A. will make a $7 million "
            "payment to the company.",
            "Sanofi",
            "Acme Bio",
        ),
    ],
)
def test_payer_and_payee_as_the_sentence_states_them(sentence, payer, payee):
    text = PAYING_LEAD + sentence + "\n\nAbout Acme Bio\nAcme Bio develops antibodies.\n"
    assert [m[3:5] for m in _money(text)] == [(payer, payee)]


def test_a_company_that_pays_an_earlier_amount_pays_no_later_one_that_names_its_own_source():
    text = PAYING_LEAD + (
        "Acme Bio, Inc. (Nasdaq: ACMB) said it has received a license fee of $22 million from "
        "Zeta Labs and an equity investment of $8 million in its common stock by Omega Pharma "
        "AG. The $30 million received from Zeta Labs, coupled with $1.7 million that Acme Bio "
        "received from the sale of tax losses to the State, funds its plans.\n\n"
        "About Acme Bio\nAcme Bio develops antibodies.\n"
    )
    assert [(m[0], m[3]) for m in _money(text)] == [
        (22e6, "Zeta Labs"),
        (8e6, "Omega Pharma"),
        (30e6, "Zeta Labs"),
        (1.7e6, None),
    ]


def test_without_an_issuer_no_side_is_guessed():
    """A news item whose subject is no company the release can name: the other companies in the
    paragraph are not the payer, nor the payee."""
    text = (
        "A US biotech has bought an exclusive global licence to develop endothelin agonists from "
        "the privately held firm Chicago Labs. The latter firm had licensed the patents from the "
        "University of Illinois. Under the terms of the deal, the buyer will make an upfront "
        "payment of $100,000, as well as milestones and royalties.\n"
    )
    assert [m[3:5] for m in _money(text)] == [(None, None)]


def test_a_news_item_pays_as_its_subject_and_its_sentence_say():
    """The subject of a news item is its issuer, called by its first word ("Spectrum"); the
    company after "will pay" is the payee, the one named in the sentence before is neither."""
    text = (
        "Spectrum Labs of the USA has bought an exclusive global licence to develop endothelin "
        "agonists from the privately held firm Chicago Labs. The latter firm had licensed the "
        "patents from the University of Illinois. Under the terms of the deal, Spectrum will pay "
        "Chicago Labs an upfront fee of $100,000, as well as milestones and royalties.\n"
    )
    assert [m[3:5] for m in _money(text)] == [("Spectrum Labs", "Chicago Labs")]


def test_a_company_the_text_does_not_know_keeps_the_issuer_from_a_side():
    text = (
        PAYING_LEAD
        + "Acme Bio said that Zetagenix has earned $22 million in milestones from Acme Bio. The "
        "agreement entitles ZGX to receive up to $66 million in further milestone payments.\n"
    )
    assert [m[3:5] for m in _money(text)] == [("Acme Bio", None), (None, None)]


def test_the_issuer_right_before_an_amount_in_its_phrase_is_its_payee():
    text = (
        PAYING_LEAD + "Acme Bio said Omega AG will make payments to Acme Bio of up to $64 "
        "million over five years. Its value to Acme Bio is large, as Acme Bio paid $20 million "
        "in milestones for Omega.\n"
    )
    assert [m[3:5] for m in _money(text)] == [("Omega", "Acme Bio"), ("Acme Bio", "Omega")]


def test_a_company_that_received_a_clearance_received_no_money():
    text = (
        "Zeta Bio Inc. has received clearance from the Food and Drug Administration to begin "
        "trials of ZB-1, triggering a $5.2 million milestone payment from Zeta Bio.\n"
    )
    assert [(m[1], *m[3:5]) for m in _money(text)] == [("milestone", "Zeta Bio", None)]


def test_a_regulator_approves_and_pays_nothing():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) licensed AB-101 to Northwind Pharma, Inc. "
        "Acme Bio will receive a payment of $6 million upon grant of approval from the European "
        "Medicines Agency.\n"
    )
    assert [(m[1], *m[3:5]) for m in _money(text)] == [
        ("milestone", "Northwind Pharma", "Acme Bio")
    ]


def test_a_regulator_that_approves_is_no_payer_of_the_sum_expected_after():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) said the U.S. Food and Drug Administration "
        "(FDA) accepted its filing. If the NDA is approved by the FDA, Acme Bio expects to earn "
        "revenue of $118 million in 2023.\n"
    )
    assert [m[3] for m in _money(text)] == [None]


def test_a_news_items_subject_is_the_company_a_person_belongs_to():
    text = (
        "Zetagen Therapeutics PLC's (LON:ZTG) David Solomon speaks to a reporter after a "
        "milestone in its deal with Omega Pharmaceuticals, triggering a US$2mln payment.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.issuer == "Zetagen Therapeutics PLC"
    assert [(m.payer, m.payee) for m in extraction.money] == [
        ("Omega Pharmaceuticals", "Zetagen Therapeutics")
    ]


def test_a_company_an_apposition_introduces_is_a_partys_and_its_chiefs_company():
    text = (
        "Zeta to Acquire PYXIS to Launch Cancer Tests\n\nBOSTON, Mass., May 2, 2019 -- Zeta "
        "Bio, Inc. (Nasdaq: ZETA) and PYXIS, a healthcare company focused on early detection, "
        'today announced that Zeta will acquire PYXIS for $8 billion.\n\n"Cancer is detected '
        'too late," said Ann Roe, Chief Executive Officer of PYXIS. "We will grow."\n'
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(o.name, o.role) for o in extraction.organizations] == [("PYXIS", "target")]
    assert [(p.name, p.organization) for p in extraction.people] == [("Ann Roe", "PYXIS")]


def test_cash_payments_after_meeting_milestones_are_milestones():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) will receive $12.75 million in additional "
        "cash payments after meeting certain regulatory milestones and sales milestones.\n"
    )
    assert [m[1] for m in _money(text)] == ["milestone"]


def test_a_payment_due_when_an_event_happens_is_a_milestone():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) would receive a $4 million payment from "
        "Omega when the drug gained regulatory approval.\n"
    )
    assert [m[1] for m in _money(text)] == ["milestone"]


def test_the_source_a_figure_is_quoted_from_is_no_payee():
    text = PAYING_LEAD + (
        "Exports are expected to reach $10 billion this year, according to the Omega Pharma "
        "Association. The amount due to Omega Pharma Inc. under the loan was $5 million.\n"
    )
    assert [m[3:5] for m in _money(text)] == [(None, None), (None, "Omega Pharma")]


def test_a_price_in_us_dollars_is_paid_to_nobody():
    text = PAYING_LEAD + "Acme Bio shares were last seen up US$0.02, to US$1.66, in trading.\n"
    assert [m[3:5] for m in _money(text)] == [(None, None), (None, None)]


def test_organisations_get_the_role_the_text_states():
    roles = {
        o.canonical_name: o.role
        for text in (LICENSE, MILESTONE, LICENSEE_PAYS)
        for o in extract_release(text, "doc", "file:///x.txt").organizations
    }
    assert roles == {"Northwind Pharma": "licensee", "Deltagen Oncology": "licensor"}
    acquisition = (
        "Acme Bio to Acquire Northwind Pharma\n\n"
        "BOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
        "announced that it has agreed to acquire Northwind Pharma, Inc. for $400 million.\n"
    )
    (org,) = extract_release(acquisition, "doc", "file:///y.txt").organizations
    assert (org.canonical_name, org.role) == ("Northwind Pharma", "target")


def test_a_company_keeps_its_printed_capitals_as_payer_and_counterparty():
    # title case had made "WY Biotech" "Wy Biotech" and "BioPharma" "Biopharma", and the
    # event's counterparty, compared as printed, was lost
    text = (
        "Acme Bio Signs License Agreement with WY BioPharma\n\n"
        "BOSTON, Mass., March 3, 2024 (BUSINESS WIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) and WY "
        "BioPharma Co., Ltd. today announced a worldwide exclusive license agreement for AB-101. "
        "WY BioPharma Co., Ltd. will pay Acme Bio $7.0 million upfront.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    (org,) = extraction.organizations
    assert (org.canonical_name, org.role) == ("WY BioPharma", "partner")
    assert {(m.payer, m.payee) for m in extraction.money} == {("WY BioPharma", "Acme Bio")}
    assert [e.counterparty for e in extraction.events] == ["WY BioPharma"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # the target by its short name, or by its shares
        (
            "agreed to merge with Northwind Pharma, Inc.; Acme will acquire Northwind for $9",
            "target",
        ),
        (
            "completed its tender offer for the shares of common stock of Northwind Pharma, Inc.",
            "target",
        ),
        # the acquirer as the sentence states it
        ("agreed to be acquired by Northwind Pharma, Inc. in a merger", "acquirer"),
        (
            "entered into a merger agreement with Northwind Pharma, Inc., which will acquire Acme",
            "acquirer",
        ),
        ("agreed with Northwind Pharma, Inc. on the sale of its vaccines business", "acquirer"),
        # the target described as privately held
        ("has acquired all outstanding shares of privately held Northwind Pharma, Inc.", "target"),
        # not stated: no role, rather than a guess
        ("signed a merger agreement with Northwind Pharma, Inc. on terms to come", None),
    ],
)
def test_an_acquisition_gives_the_role_its_sentence_states(sentence, role):
    text = (
        "Acme and Northwind\n\nBOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- Acme Bio, Inc. "
        f"(Nasdaq: ACMB) today announced that it {sentence}.\n"
    )
    extraction = extract_release(text, "doc", "file:///y.txt")
    assert "acquisition" in {e.event_type for e in extraction.events}
    (org,) = extraction.organizations
    assert (org.canonical_name, org.role) == ("Northwind Pharma", role)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # licensed "to" a company's unit: the company takes the licence
        ("is licensing its drug ZX-12 to Northwind Pharma's Omega Bio unit", "licensee"),
        ("is licensing its drug ZX-12 to Northwind Pharma in a deal", "licensee"),
        # a licence to a company's asset: it grants it
        ("signed a license agreement to Northwind Pharma's antibody NW-7", "licensor"),
    ],
)
def test_a_licence_gives_the_role_its_sentence_states(sentence, role):
    text = (
        "Acme and Northwind Pharma, Inc.\n\nBOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- "
        f"Acme Bio, Inc. (Nasdaq: ACMB) today announced that it {sentence}.\n"
    )
    extraction = extract_release(text, "doc", "file:///y.txt")
    assert "licensing_deal" in {e.event_type for e in extraction.events}
    roles = {o.canonical_name: o.role for o in extraction.organizations}
    assert roles["Northwind Pharma"] == role


def test_an_events_amount_is_a_sum_never_a_price_of_one_share():
    text = (
        "Acme and Northwind Sign Agreement\n\nBOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- "
        "Acme Bio, "
        "Inc. (Nasdaq: ACMB) today announced that it will acquire Northwind Pharma, Inc. for "
        "$12.50 per share in cash.\n\nAcme will acquire Northwind Pharma for $12.50 per share, "
        "or approximately $400 million, in cash.\n"
    )
    events = extract_release(text, "doc", "file:///a.txt").events
    assert [(e.amount_usd, e.announced) for e in events] == [
        (None, True),
        (400_000_000.0, False),
    ]


def test_events_carry_the_amount_phase_and_indication_of_their_sentence():
    events = {
        e.event_type: (e.amount_usd, e.phase, e.indication, e.compound, e.counterparty)
        for e in extract_release(MILESTONE, "doc", "file:///x.txt").events
        if e.announced
    }
    # (the title's milestone takes the compound of the lead's: the event that triggers it)
    assert events["milestone_payment"] == (5_000_000.0, None, None, "AB-101", "Northwind Pharma")
    assert events["trial_start"] == (
        None,
        "Phase II",
        "gastric cancer",
        "AB-101",
        "Northwind Pharma",
    )


def test_joint_releases_name_both_issuers():
    joint = (
        "Acme and Northwind Sign Pact\n\n"
        "BOSTON, Mass., March 3, 2015 (BUSINESS WIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) and "
        "Northwind Pharma AG (SIX: NWP) today announced a collaboration on AB-101.\n"
    )
    single = LICENSE
    release = extract_release(joint, "doc", "file:///j.txt").release
    assert (release.issuer, release.co_issuer) == ("Acme Bio, Inc.", "Northwind Pharma AG")
    assert joint[release.co_issuer_span_start : release.co_issuer_span_end] == "Northwind Pharma AG"
    assert extract_release(single, "doc", "file:///s.txt").release.co_issuer is None


def test_mentions_found_once_are_the_mentions_of_each_window():
    from transform.links import Mentions, Named, _inside

    text = (
        "AB-1 and huC242-DM4 entered Phase II. huC242 alone did not; AB-1 did again. "
        "XAB-1 is another code, and AB-1 is named last.\n" * 3
    )
    items = [
        Named("AB-1", 0, 4),
        Named("huC242-DM4", 9, 19),
        Named("huC242", text.index("huC242 alone"), text.index("huC242 alone") + 6),
    ]
    mentions = Mentions(text, items)
    bounds = [0] + [m.end() for m in re.finditer(r"[.;]\s", text)] + [len(text)]
    for start in bounds:  # the windows links read: sentences, never a name cut in two
        for end in (e for e in bounds if e > start):
            assert mentions.within(start, end) == _inside(items, text, start, end)
    assert [m.name for m in mentions.within(0, 80)] == ["AB-1", "huC242-DM4", "huC242", "AB-1"]


def test_a_person_at_an_organisations_initials_and_never_past_the_sentence():
    text = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) announced that the first "
        "patient was dosed at the Omega Cancer Research Center (OCRC) and at Beta Pharma Limited "
        '(BPL). "We are glad," said Jo Lee, M.D., principal investigator of the study at the '
        'OCRC. "It is a good day," said Ann Roe, chief business officer of Zeta Bio. "BPL is a '
        'leader in respiratory disease," she added.\n'
    )
    people = extract_release(text, "doc", "file:///x.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Jo Lee", "Omega Cancer Research Center"),
        ("Ann Roe", "Zeta Bio"),
    ]


def test_a_figure_the_text_names_as_no_payment_is_earned_by_no_event():
    text = (
        "Zeta Bio to Merge With Omega\n\nLONDON, England, May 2, 2019 /PRNewswire/ -- Zeta Bio "
        "plc today announced the merger, subject to approval by shareholders, based upon an "
        "Omega net cash balance of USD38m at completion; the deal is valued at $57.4 million "
        "and needs approval of the FDA.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.text, m.kind, m.trigger) for m in money] == [
        ("USD38m", "other", None),
        ("$57.4 million", "other", None),
    ]


def test_each_sum_of_a_list_of_exports_is_paid_by_its_own_buyer():
    text = (
        "Zeta Pharmaceutical made four technology exports this year.\n\nThe company announced "
        "its first technology transfer worth about 413 billion won for a fibrosis candidate to "
        "Omega Pharmaceuticals in January, followed by export of a diabetes treatment for 110 "
        "billion won to Beta Pharmaceuticals in February. Gamma Biosciences previously "
        "received a 30 billion won payment from Delta Pharmaceuticals.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("413 billion won", "Omega Pharmaceuticals", None),
        ("110 billion won", "Beta Pharmaceuticals", None),
        ("30 billion won", "Delta Pharmaceuticals", "Gamma Biosciences"),
    ]


def test_a_company_that_will_get_a_sum_is_its_payee():
    text = (
        "Zeta and Omega Sign Deal\n\nLONDON, England, May 2, 2019 /PRNewswire/ -- Zeta Bio plc "
        "today announced a collaboration with Omega Pharma Ltd. Omega Pharma will get €1M up "
        "front from Zeta Bio, along with research fees.\n"
    )
    (money,) = extract_release(text, "doc", "file:///x.txt").money
    assert (money.payer, money.payee) == ("Zeta Bio", "Omega Pharma")


def test_the_company_a_licence_goes_to_for_a_sum_pays_it():
    text = (
        "Zeta Bio Out-Licenses ZX Patents\n\nLONDON, England, May 2, 2019 /PRNewswire/ -- Zeta "
        "Bio plc today announced it has entered into an agreement to out-license its ZX patents "
        'to Omega Pharma Ltd ("Omega") in return for up to US$25 million in milestone cash '
        "payments.\n"
    )
    (money,) = extract_release(text, "doc", "file:///x.txt").money
    assert (money.payer, money.payee) == ("Omega Pharma", "Zeta Bio")


def test_the_company_that_appoints_a_person_is_theirs_in_a_digest_of_appointments():
    text = (
        "People on the move\n\nUS-based biotech Zeta Bio has appointed Dr Quill Varnado as its "
        "executive vice president of operations. Drug delivery specialist Omegasphere has "
        "appointed Michael Roe as its senior vice president, regulatory affairs.\n"
    )
    people = extract_release(text, "doc", "file:///x.txt").people
    assert [(p.name, p.organization) for p in people] == [
        ("Quill Varnado", "Zeta Bio"),
        ("Michael Roe", "Omegasphere"),
    ]


def test_where_a_person_studied_is_no_post_of_theirs():
    text = (
        "Zeta Therapeutics Files for IPO\n\nLONDON, England, May 2, 2019 /PRNewswire/ -- Zeta "
        "Therapeutics plc today filed for a listing. Chief Executive Brian Varnado, who earned a "
        "bachelor's in biology from Omega National University, founded Zeta in 2019.\n"
    )
    people = extract_release(text, "doc", "file:///x.txt").people
    assert [(p.name, p.organization) for p in people] == [("Brian Varnado", "Zeta Therapeutics")]


def test_a_company_inside_a_persons_quoted_words_is_no_post_of_theirs():
    text = (
        "Zeta earns $15m milestone payment\n\nZeta has dosed the first patient in Beta "
        "Pharma's phase 2a trial, triggering a milestone payment to Zeta.\n\nCEO Gary Rook said, "
        '"This payment marks the expansion of the Beta Pharma development plan."\n'
    )
    people = extract_release(text, "doc", "file:///x.txt").people
    assert [(p.name, p.organization) for p in people] == [("Gary Rook", "Zeta")]


def test_a_company_after_an_amount_is_in_its_clause_unless_a_break_parts_them():
    from transform.links import Named, _same_clause

    text = (
        "Acme will pay $3 million to Beta, following a trial which Gamma runs; Delta pays "
        "$1 million to Whomever Inc."
    )
    start = text.index("$3")
    end = text.index("million") + len("million")

    def company(name: str) -> Named:
        at = text.index(name)
        return Named(name, at, at + len(name))

    assert _same_clause(text, company("Beta"), end, start)
    assert not _same_clause(text, company("Gamma"), end, start)  # "following", "which" between
    assert _same_clause(text, company("Acme"), end, start)  # before the amount: in its sentence
    second = text.index("million to Whomever") + len("million")
    second_start = text.index("$1")
    assert _same_clause(text, company("Whomever"), second, second_start)  # "whom" in a name
    assert not _same_clause(text, company("Delta"), end, start)  # the semicolon between
    # before the amount, a semicolon parts them too: the second sum is none of Acme's
    assert not _same_clause(text, company("Acme"), second, second_start)
    assert _same_clause(text, company("Delta"), second, second_start)


def test_with_no_issuer_an_acquisitions_counterparty_is_the_company_acquired():
    from transform.links import Named, link_event

    text = (
        "Global pharmaceutical company Zetellas is to commence a tender offer to acquire all "
        "outstanding shares of common stock of Omega Pharmaceuticals."
    )
    organizations = [
        Named(name, text.index(name), text.index(name) + len(name))
        for name in ("Zetellas", "Omega Pharmaceuticals")
    ]
    cue = text.index("to acquire")
    link = link_event(text, cue, cue + 10, "acquisition", None, organizations, [], None)
    assert link.counterparty == "Omega Pharmaceuticals"
    # another event's counterparty is still the first company named
    link = link_event(text, cue, cue + 10, "licensing_deal", None, organizations, [], None)
    assert link.counterparty == "Zetellas"


@pytest.mark.parametrize(
    ("rights", "counterparty"),
    [
        ("worldwide, except Japan, Taiwan and Zetan Economic Community (ZEC) countries", None),
        ("in all territories excluding the Zetan Economic Community", None),
        ("worldwide, except in markets where Zetan Economic Community holds them", "Zetan"),
    ],
)
def test_a_body_of_nations_a_deals_rights_leave_out_is_no_counterparty(rights, counterparty):
    from transform.links import Named, link_event

    text = f"Under the agreement, Omega is granted the rights to develop ZT-41 {rights}."
    name = "Zetan Economic Community"
    organizations = [Named(name, text.index(name), text.index(name) + len(name))]
    cue = text.index("granted")
    link = link_event(text, cue, cue + 7, "licensing_deal", "Zeta", organizations, [], None)
    assert link.counterparty == (name if counterparty else None)


@pytest.mark.parametrize(
    "regulator", ["U.S. Food & Drug Administration", "Food and Drug Administration"]
)
def test_a_regulator_however_its_and_is_printed_pays_nothing(regulator):
    text = (
        "Zeta Bio Awarded Contract\n\nZeta Bio, Inc. ZETA announced today that the contract "
        "could be extended for an option period with $82 million in additional funding to "
        f"support manufacturing scale-up and licensure by the {regulator} (FDA).\n"
    )
    assert [(m[3], m[4]) for m in _money(text)] == [(None, None)]


def test_the_buyers_own_vehicle_is_no_acquisitions_counterparty():
    from transform.links import Named, link_event

    text = (
        "Zetellas acquired Omega through Laurel Acquisition Inc., a wholly owned subsidiary of "
        "Zetellas US Holding, Inc. Laurel made a tender offer for Omega Bio."
    )
    organizations = [
        Named(name, text.index(name), text.index(name) + len(name))
        for name in ("Laurel Acquisition", "Omega Bio")
    ]
    cue = text.index("acquired")
    link = link_event(
        text, cue, cue + 8, "acquisition", "Zetellas Pharma Inc.", organizations, [], None
    )
    assert link.counterparty == "Omega Bio"
    # the issuer's unit sold is the target
    sale = "Zetellas sold Laurel Labs, a wholly owned subsidiary of Zetellas, to Omega Bio."
    organizations = [
        Named(name, sale.index(name), sale.index(name) + len(name))
        for name in ("Laurel Labs", "Omega Bio")
    ]
    link = link_event(sale, 9, 13, "acquisition", "Zetellas Inc.", organizations, [], None)
    assert link.counterparty == "Laurel Labs"
    # a subsidiary of another company is a party
    other = text.replace("of Zetellas US", "of Kappa US")
    organizations = [
        Named(name, other.index(name), other.index(name) + len(name))
        for name in ("Laurel Acquisition", "Omega Bio")
    ]
    link = link_event(
        other, cue, cue + 8, "acquisition", "Zetellas Pharma Inc.", organizations, [], None
    )
    assert link.counterparty == "Laurel Acquisition"
    # the company bought, made the buyer's subsidiary, is still the one bought
    made = "Zetellas completed its acquisition of Omega Bio and made Omega Bio a wholly owned "
    made += "subsidiary of Zetellas."
    organizations = [Named("Omega Bio", made.index("Omega Bio"), made.index("Omega Bio") + 9)]
    cue = made.index("acquisition")
    link = link_event(made, cue, cue + 11, "acquisition", "Zetellas Inc.", organizations, [], None)
    assert link.counterparty == "Omega Bio"


def test_a_companys_results_and_people_have_no_counterparty():
    from transform.links import Named, link_event

    text = "Zeta reported its results; Omega Bio has taken over the RORgamma project."
    organizations = [Named("Omega Bio", text.index("Omega"), text.index("Omega") + 9)]
    for event_type in ("earnings", "executive_change"):
        link = link_event(text, 5, 13, event_type, "Zeta Inc.", organizations, [], None)
        assert link.counterparty is None
    link = link_event(text, 5, 13, "collaboration", "Zeta Inc.", organizations, [], None)
    assert link.counterparty == "Omega Bio"  # a deal's other side is one


def test_a_company_far_after_an_amount_behind_to_is_not_its_payee():
    text = (
        "Zeta Bio (Nasdaq: ZETA) reported its results. Research and development expenses "
        "decreased from $16.9 million in 2005 to $13.8 million in 2006, primarily as a result "
        "of reduced clinical expenditures with the transfer of responsibility for the clinical "
        "development of Zetavax to Omega Pharma. Zeta will pay $2 million to Omega Pharma."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money] == [
        ("$16.9 million", None),
        ("$13.8 million", None),
        ("$2 million", "Omega Pharma"),
    ]


def test_a_to_of_time_or_comparison_names_no_payee():
    text = (
        "Zeta Genomics (Nasdaq: ZGEN) said it agreed to be acquired by Omega Bio.\n"
        "The price is a 54% premium to the $2.04 closing price on June 4, the last trading day "
        "prior to Zeta's announcement of a review. Omega Bio will pay $5 million to Zeta.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money] == [("$2.04", None), ("$5 million", "Zeta Genomics")]


def test_the_issuers_unit_by_its_first_word_receives_for_the_issuer():
    text = (
        "TOKYO, July 16, 2019 -- Zetasei Group Corporation (TSE: 4565) announced a research "
        "collaboration with Omega Bio.\n\nZetasei Heptares is eligible to receive US$26 million "
        "in upfront payments.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [("US$26 million", None, "Zetasei Group")]
    # another company's words before the verb: no side taken for the issuer
    other = text.replace("Zetasei Group Corporation", "Kappa Group Corporation")
    money = extract_release(other, "d", "file:///x", []).money
    assert [(m.payer, m.payee) for m in money] == [(None, None)]


def test_a_pronoun_that_pays_the_issuer_named_after_the_verb_is_another_company():
    text = (
        "Zeta Bio's arthritis drug deal ended\n\nPUBLISHED: January 23, 2019\n\nZeta Bio said "
        "on Jan. 23 that its partner Omega Pharma would hand back its licensed drug candidate.\n\n"
        "In 2015, Omega Pharma got global rights to the molecule, excluding Korea.\n\n"
        "It paid Zeta US$50 million up front and agreed to pay a further US$640 million in "
        "potential development and sales milestones.\n"
    )
    assert [(m[0], m[1], m[3], m[4]) for m in _money(text)] == [
        (50e6, "upfront", None, "Zeta Bio"),
        (640e6, "milestone", None, "Zeta Bio"),
    ]
    # the issuer's own pronoun still pays
    paid = text.replace("It paid Zeta", "It paid Omega").replace("Omega Pharma got", "Zeta got")
    assert [m[3] for m in _money(paid)] == ["Zeta Bio", "Zeta Bio"]


def test_a_deals_closing_condition_is_no_milestones_approval():
    text = (
        "Zeta Bio and Omega Sign License\n\nBOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- Zeta Bio, "
        "Inc. (Nasdaq: ZETA) today announced a license agreement with Omega Pharma, Inc. The "
        "agreement, pending regulatory approval, includes an upfront payment of USD 100 million "
        "and potential milestone payments of up to USD 1.25 billion. Zeta will receive a further "
        "USD 20 million upon approval of ZB-1 in Japan.\n"
    )
    assert [(m[0], m[1], m[-1]) for m in _money(text)] == [
        (100e6, "upfront", None),
        (1.25e9, "milestone", None),
        (20e6, "milestone", "approval"),
    ]


def test_an_amounts_own_to_names_its_payee_over_an_earlier_to_in_its_sentence():
    text = (
        "Zeta announces transition milestone for ZB-91\n\nBasel, Switzerland, December 19, 2022 - "
        "Zeta Pharmaceutica Ltd. (SIX: ZETA) announced today the achievement of a transition "
        "milestone for the oncology asset ZB-91 to Omega, Inc., triggering a pre-defined "
        "milestone payment of USD 4 million to Zeta. Zeta also agreed the export of a gout "
        "treatment for USD 9 million to Beta Pharmaceuticals.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (4e6, "Omega", "Zeta Pharmaceutica"),
        (9e6, "Beta Pharmaceuticals", None),  # what is exported goes to its buyer, who pays
    ]


def test_a_deals_further_payments_after_the_issuer_pays_its_upfront_are_the_issuers_too():
    text = (
        "Zeta Signs Deal\n\nLONDON, July 27, 2020 -- Zeta plc (NYSE: ZETA) has entered into a "
        "global development and commercialization agreement with Omega Sankyo for ZB-1062.\n\n"
        "Under the terms of the agreement, Zeta will pay an upfront payment of $1B, in staged "
        "payments. Contingent payments of up to $5B include $1B for regulatory milestones.\n"
    )
    assert [(m[1], m[3]) for m in _money(text)] == [
        ("upfront", "Zeta"),
        ("milestone", "Zeta"),
        ("milestone", "Zeta"),
    ]


@pytest.mark.parametrize(
    "goes_on, sides",
    [
        # the sentence before has the partner receive: the deal's further payments are its too
        (
            "The agreement also includes approximately $1.7B in potential future milestones.",
            ("Zeta Sciences", "Omega"),
        ),
        ("Contingent payments of up to $1.7B include milestones.", ("Zeta Sciences", "Omega")),
        # a sentence of its own subject: the default (the issuer receives) stands
        ("Zeta itself earned $1.7B in milestones from it last year.", ("Omega", "Zeta Sciences")),
    ],
)
def test_a_deals_further_payments_after_the_partner_receives_its_upfront_are_the_partners(
    goes_on, sides
):
    text = (
        "Zeta and Omega Enter Into Collaboration\n\nFOSTER CITY, Calif., Dec. 20, 2018 -- Zeta "
        "Sciences, Inc. (NASDAQ: ZETA) and Omega Inc. (NASDAQ: OMGA) announced today the "
        "companies have entered into a partnership on ZB-14.\n\n"
        "Under the terms of the agreement, Omega will receive a $120 million upfront cash "
        f"payment. {goes_on}\n"
    )
    assert [(m[1], m[3], m[4]) for m in _money(text)][1] == ("milestone", *sides)


@pytest.mark.parametrize(
    "investors, payer",
    [
        ("led by Omega Ventures with participation from pharmaceutical company Beta Pharma", None),
        ("with participation from Beta Pharma", None),
        ("from pharmaceutical company Beta Pharma", "Beta Pharma"),  # its one investor pays
        # the lead of a syndicate, the firm named by its head ("Ventures"), is one payer of many
        ("led by Omega Ventures", None),
    ],
)
def test_a_co_investor_of_a_round_is_no_payer_of_it(investors, payer):
    text = (
        "Zeta Raises Funds\n\nBOSTON, Dec. 22, 2010 -- Zeta Bio Inc. today announced that it "
        f"has raised $28.5 million in a series B round {investors}.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.kind, m.payer) for m in money] == [("financing", payer)]


@pytest.mark.parametrize(
    "raised",
    [
        "expects gross proceeds of approximately $75 million, led by Omega Capital Management",
        "raised $75 million in a financing co-led by Omega Capital Management",
    ],
)
def test_the_lead_of_a_sum_raised_is_no_payer_of_it(raised):
    text = (
        "Zeta Raises Funds\n\nBOSTON, Dec. 22, 2010 -- Zeta Bio Inc. today announced that it "
        f"{raised} with participation from Beta Advisors and Kappa Capital.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.kind, m.payer) for m in money] == [("financing", None)]


@pytest.mark.parametrize(
    "sentence, found",
    [
        # a person's former employer pays nothing; the sentence's own "previously" recalls
        (
            "Ms. Roe, 45, who joins Zeta from Omega Partners, was previously chief financial "
            "officer of Beta, where she was successful in raising over $100 million in equity "
            "financing.",
            (None, False),
        ),
        # money that comes from a company is its
        (
            "The $100 million in equity financing came from Omega Partners.",
            ("Omega Partners", True),
        ),
    ],
)
def test_a_persons_former_employer_is_no_payer_and_a_closed_clause_no_shelter(sentence, found):
    text = (
        "Zeta Appoints CFO\n\nBOSTON, June 1, 2005 -- Zeta, Inc. (Nasdaq: ZETA) today announced "
        f"that Jane Roe has joined the company as chief financial officer.\n\n{sentence}\n"
    )
    (money,) = extract_release(text, "doc", "file:///x.txt").money
    assert (money.payer, money.announced) == found


@pytest.mark.parametrize(
    "sentence, payee",
    [
        ("Stockholders of Omega Pharmaceuticals will receive $31.00 in cash for each share.", None),
        ("Holders of common stock of Omega Pharmaceuticals will receive $31.00 in cash.", None),
        # the company itself receives
        ("Omega Pharmaceuticals will receive $31 million in cash.", "Omega Pharmaceuticals"),
    ],
)
def test_a_companys_stockholders_are_not_the_company(sentence, payee):
    text = (
        "Zeta Begins Tender Offer\n\nNEW YORK, July 10, 2012 -- Zeta Squibb Company is commencing "
        "today a cash tender offer to purchase all outstanding shares of Omega Pharmaceuticals, "
        f"Inc. {sentence}\n"
    )
    (money,) = extract_release(text, "doc", "file:///x.txt").money
    assert money.payee == payee


@pytest.mark.parametrize(
    "headline, counterparty",
    [
        # the partner its headline names by its short name only
        (
            "Zeta and Kovira Sign a Basic Agreement Regarding Joint Development",
            "Kovira Chemical Industries",
        ),
        # a regulator by its short name is no party
        ("Zeta Signs an Agreement on Joint Development, Tells SEC", None),
    ],
)
def test_a_deals_partner_named_by_its_short_name_is_its_counterparty(headline, counterparty):
    text = (
        f"{headline}\n\nTOKYO, January 25, 2000 -- Zeta Pharmaceutical Co., Ltd. and Kovira "
        "Chemical Industries, Ltd. today announced a new program. Zeta told the U.S. Securities "
        "and Exchange Commission (SEC) of it.\n"
    )
    events = extract_release(text, "doc", "file:///x.txt").events
    assert [(e.event_type, e.counterparty) for e in events][:1] == [("collaboration", counterparty)]


def test_a_camel_case_names_first_word_is_that_company():
    text = (
        "Zeta Gets Milestone\n\nLONDON, Jan. 3, 2024 -- Zeta Discovery Holdings said it has "
        "received a $11 million milestone payment from OmegaZeneca. The payment follows the "
        "selection of a preclinical candidate in its inflammatory disease program.\n\nThe "
        "payment was made under the licensing agreement with Omega under its NRF2 program that "
        "was agreed in November 2022. Omega paid $2 million upfront.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [o.name for o in extraction.organizations] == ["OmegaZeneca"]
    assert [(m.amount, m.payer) for m in extraction.money] == [
        (11e6, "OmegaZeneca"),
        (2e6, "OmegaZeneca"),
    ]
    assert ("licensing_deal", "OmegaZeneca") in [
        (e.event_type, e.counterparty) for e in extraction.events
    ]


def test_a_sum_naming_no_payment_in_a_sentence_of_none_earns_no_event():
    text = (
        "Zeta Reports Results\n\nBOSTON, Aug. 6, 2020 -- Zeta Bio, Inc. (Nasdaq: ZETA) today "
        "announced the FDA acceptance of its New Drug Application submission and a half year "
        "of $233.4 million. Zeta will get a further $3 million upon approval of "
        "ZB-1 in Japan. Another $4 million is payable by Omega on shipment of commercial launch "
        "stock.\n"
    )
    assert [(m[0], m[-1]) for m in _money(text)] == [
        (233.4e6, None),
        (3e6, "approval"),
        (4e6, "first_sale"),
    ]


def test_a_company_named_before_its_own_things_is_no_payee():
    text = (
        "Zeta to add its delivery technology to Omega Therapeutics drugs in deal worth up to "
        "$515M\n\nSAN DIEGO (AP) -- Zeta Bio Inc. said Friday it has reached an agreement with "
        "Omega Therapeutics. Zeta will pay a fee of $2 million to Beta Pharmaceuticals upon "
        "approval.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (515e6, None, None),  # "to Omega drugs": whose drugs, not who is paid
        (2e6, "Zeta Bio", "Beta Pharmaceuticals"),
    ]


def test_a_company_a_payment_is_payable_to_is_its_payee_after_license_fees_too():
    text = (
        "Zeta Announces Licensing\n\nBOSTON, March 29 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: "
        "ZETA) announced today that Omega Pharma AG has exercised its option to license ZB-1. "
        "The remaining $45 million in license fees is payable to Zeta by Omega Pharma upon "
        "the advancement of ZB-1 into phase III trials. Zeta licensed ZB-2 to Beta Bio Inc. for "
        "$5 million.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (45e6, "Omega Pharma", "Zeta Bio"),
        (5e6, "Beta Bio", None),  # licensed to Beta: Beta pays
    ]


def test_the_payer_nearest_before_an_amount_pays_it():
    text = (
        "Zeta Regains Rights\n\nBOSTON, Nov. 3, 2008 -- Zeta Bio, Inc. (Nasdaq: ZETA) today "
        "announced that it has regained rights to ZB-1 from Omega Pharma, Inc. Omega Pharma "
        "will pay Zeta $11 million to cover its share of the losses and Zeta will pay Omega "
        "Pharma $16 million to purchase manufacturing equipment.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (11e6, "Omega Pharma", "Zeta Bio"),
        (16e6, "Zeta Bio", "Omega Pharma"),
    ]


def test_one_company_is_never_both_sides_of_a_sum():
    text = (
        "Boston-based Zeta is getting full rights to ZB-1. Zeta (NASDAQ: ZETA) will receive an "
        "$11 million payment from Omega Pharma, while Zeta will pay Omega Pharma about $16 "
        "million for equipment.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (11e6, "Omega Pharma", "Zeta"),
        (16e6, "Zeta", "Omega Pharma"),
    ]


def test_a_company_that_made_a_payment_paid_it():
    text = (
        "Zeta Licenses ZB-1\n\nBOSTON, Dec. 3, 2009 -- Zeta Bio, Inc. (Nasdaq: ZETA) entered "
        "into an agreement with Omega Pharma, Inc. to license a technology platform. Zeta made "
        "an upfront payment of $2 million. Beta Corp. has made an initial payment of $3 million "
        "to Zeta.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (2e6, "Zeta Bio", "Omega Pharma"),  # the partner the issuer pays
        (3e6, "Beta", "Zeta Bio"),
    ]


def test_a_company_that_may_be_eligible_for_a_sum_receives_it():
    text = (
        " date 2021-02-01 US pharma major Eli Lilly (NYSE: LLY) has signed a license agreement "
        "with Omegatron Kasei Pharma (TYO: 3407) to acquire exclusive rights for OM-1780.\n\n"
        "Lilly will pay Omegatron Kasei an upfront payment of $20 million and Omegatron Kasei "
        "Pharma may be eligible for up to $210 million in potential development and regulatory "
        "milestones.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (20e6, "Eli Lilly", "Omegatron Kasei Pharma"),
        (210e6, "Eli Lilly", "Omegatron Kasei Pharma"),
    ]


def test_the_issuers_name_with_its_word_of_the_trade_shortened_is_the_issuer():
    text = (
        " date 2019-08-15 Indian drug major Sun Pharmaceutical Industries (BSE: 524715) has "
        "entered into a global licensing agreement with the Omega Institute of Chemistry for "
        "patents. Sun Pharma will pay Omega Institute of Chemistry upfront and milestone payments "
        "totaling up to 2.40 billion rupees.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.amount, m.payer) for m in extraction.money] == [
        (2.4e9, "Sun Pharmaceutical Industries")
    ]
    assert "Sun Pharma" not in [o.name for o in extraction.organizations]


def test_an_issuer_that_acquires_what_its_deal_is_about_pays_by_default():
    text = (
        " date 2017-06-02 June 2 Zeta Pharma Sa:\n\n* Zeta Pharma acquires anti-c5ar, a "
        "first-in-class clinical-stage antibody, from Omega Nordisk A/S\n\n* Zeta Pharma SA - "
        "terms of transaction provide for a total upfront payment of EUR 40 million\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.issuer == "Zeta Pharma Sa"  # a Reuters brief's legal form
    assert [(m.amount, m.payer, m.payee) for m in extraction.money] == [(40e6, "Zeta Pharma", None)]
    sold = text.replace("Zeta Pharma acquires", "Omega Nordisk acquires").replace(
        ", from Omega Nordisk A/S", ", from Zeta Pharma"
    )
    assert [(m.payer, m.payee) for m in extract_release(sold, "doc", "x").money] == [
        (None, "Zeta Pharma")
    ]


def test_a_companys_name_without_its_word_of_the_trade_names_it_as_a_side():
    text = (
        "Zeta Bio Inc. said it is licensing a family of antibodies to Omega Genetics Inc. The "
        "deal holds $5 million up front for Nova Prime Therapeutics Inc., which will receive "
        "$2 million more; Nova Prime will receive $3 million in research funding.\n"
    )
    assert [(m[0], m[4]) for m in _money(text)][-1] == (3e6, "Nova Prime Therapeutics")


def test_a_company_committed_to_a_payment_pays_it():
    text = (
        "Zeta Closes Deal\n\nMenlo Park, California, January 20, 2023 – Zeta Therapeutics Inc. "
        "(NASDAQ: ZETA) today announced that it has closed its agreement with Omega Inc. In "
        "exchange for these rights, Zeta committed to an upfront payment of $500 million.\n"
    )
    assert [(m[0], m[3]) for m in _money(text)] == [(500e6, "Zeta Therapeutics")]


def test_a_short_name_a_filing_defines_with_or_names_a_side():
    text = (
        "Item 1.01 Entry into a Material Definitive Agreement.\nOn December 30, 2018, we entered "
        "into a license with Omegatron Junzhuo Pharmaceutical Co., Ltd., or OJ. Our subsidiary "
        "is Zetatron Taihao Pharmaceutical Co., Ltd., or ZT. Under the agreements, OJ agrees to "
        "pay ZT an upfront payment of US$14.5 million.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (14.5e6, "Omegatron Junzhuo Pharmaceutical", "Zetatron Taihao Pharmaceutical")
    ]


def test_a_regulators_act_is_no_payer():
    text = (
        "Zeta Achieves Milestone\n\nCOPENHAGEN, Denmark, April 20, 2010 (GLOBE NEWSWIRE) -- Zeta "
        "A/S (Copenhagen:ZETA) announced today it has reached a milestone under its collaboration "
        "with Omega Pharma. A milestone payment of approximately DKK 87 million was triggered by "
        "the European Commission's granting of a conditional marketing authorization for ZB-1.\n"
    )
    assert [(m[3], m[4]) for m in _money(text)] == [("Omega Pharma", "Zeta")]


def test_a_company_scheduled_or_obliged_to_pay_pays():
    text = (
        "Zeta Completes Milestone\n\nBOSTON, Jan. 23, 2026 -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "completed the first milestone of its agreement with Omega Therapeutics Inc. Zeta Bio is "
        "scheduled to pay Omega Therapeutics 1 million US dollars within 30 days. Beta Corp. is "
        "obligated to pay Zeta Bio a milestone of $2 million.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (1e6, "Zeta Bio", "Omega Therapeutics"),
        (2e6, "Beta", "Zeta Bio"),
    ]


def test_technology_transferred_to_a_company_makes_it_the_payer():
    text = (
        "Zeta Licenses Platform\n\nSEOUL, March 3, 2023 -- Zeta Bio, Inc. said it had "
        "transferred its linker platform technology to Omega Therapeutics Inc. in a deal worth "
        "$1.2 billion.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [(1.2e9, "Omega Therapeutics", None)]


def test_an_event_another_amount_is_paid_on_is_no_trigger_of_this_one():
    text = (
        "Zeta Signs Deal\n\nBOSTON, Dec. 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) will receive "
        "$30 million upfront, a $25 million milestone payment triggered by the FDA acceptance "
        "of the ZB-9 IND, and up to $1.7 billion in additional milestones.\n"
    )
    assert [(m[0], m[1], m[6]) for m in _money(text)] == [
        (30e6, "upfront", None),
        (25e6, "milestone", "ind"),
        (1.7e9, "milestone", None),  # the IND earns the $25 million, not these
    ]


def test_the_event_a_payment_to_a_company_is_made_on_is_no_trigger_of_the_expenses_before():
    text = (
        "Zeta Reports 2013 Results\n\nSEATTLE, March 13, 2014 -- Zeta Inc. (NASDAQ: ZETA) "
        "reported results. Research and development expenses rose to $33.2 million from $22.0 "
        "million, which included a $10.0 million payment to Omega Bio Inc. (Omega) upon "
        "execution of the collaboration agreement with Omega in May 2013.\n"
    )
    assert [(m[0], m[6]) for m in _money(text)] == [(33.2e6, None), (22e6, None), (10e6, None)]


def test_the_clause_that_leads_to_a_later_amount_is_no_trigger_of_an_earlier_one():
    text = (
        "Zeta Signs Deal\n\nBOSTON, Dec. 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) said payments "
        "for the product's development milestones could reach up to $91 million, with potential "
        "milestones based on specified annual sales levels of up to $86 million. Zeta may earn "
        "$5 million upon the start of a Phase 2 trial and $9 million upon approval.\n"
    )
    assert [(m[0], m[1], m[6]) for m in _money(text)] == [
        (91e6, "milestone", None),  # the sales levels bound the $86 million
        (86e6, "milestone", "sales_threshold"),
        (5e6, "milestone", "phase_2_start"),
        (9e6, "milestone", "approval"),
    ]


def test_the_company_new_shares_are_issued_to_pays_for_them():
    text = (
        "Zeta and Omega Extend Deal\n\nLONDON (Wire) - Zeta Pharma SA (ZETA) on Tuesday announced "
        "a new agreement with Omega plc.\nOmega will also acquire a 9.8 percent equity stake in "
        "Zeta Pharma through the issuance of 6.26 million new shares to Omega at 10 euros per "
        "share.\n"
    )
    assert [(m[3], m[4]) for m in _money(text)] == [("Omega", None)]  # never its payee


def test_the_event_an_earlier_amount_is_paid_once_on_is_no_trigger_of_the_next():
    text = (
        "Zeta Signs Deal\n\nBOSTON, Dec. 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) may earn $5 "
        "million once ZT-1 is approved in Europe and $9 million on the first commercial sale.\n"
    )
    assert [(m[0], m[1], m[6]) for m in _money(text)] == [
        (5e6, "milestone", "approval"),
        (9e6, "milestone", "first_sale"),  # the approval earns the $5 million
    ]


def test_a_company_that_will_provide_a_sum_in_total_to_a_short_name_defined_after_its_facts():
    text = (
        "Zeta and Omega Sign a License Agreement\n\nZeta Pharma Co., Ltd. (Head Office: Osaka; "
        'President and CEO: Taro Yamada) ("Zeta") and Omega Pharmaceuticals Co., Ltd. '
        '(Headquarters: Ashiya, Hyogo; Chairman: Shin Ito) ("OPC") announced today that they '
        "signed a license agreement. Zeta will provide up to ¥3.7 billion in total to OPC "
        "including an upfront payment and development milestone payments.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [
        (None, "Zeta Pharma", "Omega Pharmaceuticals")
    ]


def test_a_company_that_will_bring_in_a_sum_receives_it():
    text = (
        "Zeta Bio Inc. will bring in $260m in up front and milestone payments in 2016 alone under "
        "its new partnership with Omega Pharma for ex-US rights to Zetavir.\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [(260e6, None, "Zeta Bio")]


def test_a_joint_title_in_capitals_gives_its_first_company_without_an_adverb():
    text = (
        "Zeta Bio And Quarvia Biopharmaceuticals Earlier Announced Exclusive Licensing "
        "Agreement For Zetatinib\nZeta Bio ((Nasdaq: ZETA) and Quarvia Biopharmaceuticals "
        "(NASDAQ:OMGA) (Quarvia), announced today a new global partnership for zetatinib. "
        "Quarvia will receive an upfront payment of $50 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.issuer == "Zeta Bio"
    assert [(m.payer, m.payee) for m in extraction.money] == [
        ("Zeta Bio", "Quarvia Biopharmaceuticals")
    ]


def test_milestones_of_several_kinds_with_a_manufacturing_one_take_no_event_from_before():
    text = (
        "Zeta Bio Signs License\n\nBOSTON, May 2, 2021 -- Zeta Bio A/S (NASDAQ:ZETA) has entered "
        "into a license agreement with Omega Pharma A/S for Zetavir.\nThe FDA approved Zetavir "
        "for severe hypoglycemia in 2021.\nZeta will receive an upfront payment of DKK 25 million "
        "and is eligible to receive up to DKK 45 million in near-term development, regulatory, "
        "and manufacturing-based milestones.\n"
    )
    assert [(m[1], m[6]) for m in _money(text)] == [("upfront", None), ("milestone", None)]


def test_a_part_paid_upon_an_event_lends_it_to_no_other_sum_of_its_sentence():
    text = (
        "Zeta Signs Licence\n\nLONDON, Jan. 5, 2022 -- Zeta Therapeutics plc said it had "
        "entered into an exclusive licence agreement for Zetavir with Omega Pharmaceuticals in "
        "Canada. Zeta would receive an upfront payment of £150,000 and was eligible to receive "
        "£850,000 in development and sales milestones comprised of a payment of £250,000 upon "
        "regulatory approval of Zetavir by Health Canada and up to £600,000 in milestone "
        "payments upon the achievement of specified calendar net sales targets.\n"
    )
    assert [(m[1], m[6]) for m in _money(text)] == [
        ("upfront", None),
        ("milestone", None),  # the £850,000 of several kinds: none of its parts' events
        ("milestone", "approval"),
        ("milestone", None),  # not the £250,000's approval
    ]


def test_a_company_past_a_long_apposition_or_a_report_still_receives():
    text = (
        "Zeta Licenses ZT-1 From Omega\nZeta Corp. said today it has licensed ZT-1 from "
        "Omega Inc. Under the agreement Omega, a privately held U.S. biotech which discovered "
        "ZT-1 and ran its first trials, is expected to receive an upfront payment of $10 "
        "million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$10 million", "Zeta", "Omega"),
    ]


def test_a_rare_three_letter_first_word_names_its_company_alone():
    text = (
        "Ozu Announces Agreement with Omega Inc.\nOzu Pharmaceutical Co., Ltd. (Osaka, Japan) "
        "today announced an exclusive agreement with Omega Inc. to develop ZT-12 in Japan.\nOzu "
        "will pay Omega an upfront payment of JPY 5 billion at closing. In addition, Ozu will "
        "provide development payments that could potentially be approximately JPY 24 billion.\n"
        "Sun Bio will receive $2 million from Omega.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("JPY 5 billion", "Ozu Pharmaceutical", "Omega"),
        ("JPY 24 billion", "Ozu Pharmaceutical", None),
        # "Sun" is English, no name of Ozu's: "Sun Bio" is a company of its own (a word of the
        # trade ends it)
        ("$2 million", "Omega", "Sun Bio"),
    ]


def test_a_side_taken_by_default_turns_to_the_way_the_release_says_the_money_goes():
    text = (
        "Zeta, Omega Pharma in $1.25-Bn Deal for Eczema Drug\nZeta Bio Inc. and Omega Pharma "
        "Co., Ltd. have entered into an agreement to develop ZT-83, Omega Pharma's antibody for "
        "atopic dermatitis, in a deal worth up to $1.25 billion ($400 million upfront and up to "
        "$850 million in milestone payments).\nZeta will make a $400-million up-front payment "
        "to Omega Pharma and milestone payments worth up to an additional $850 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    sides = {(m.payer, m.payee) for m in money if m.payer or m.payee}
    assert sides == {("Zeta Bio", "Omega Pharma")}
    # where the release names no side, the issuer still receives by default
    alone = text.split("\nZeta will make")[0] + "\n"
    money = extract_release(alone, "d", "file:///x", []).money
    assert {(m.payer, m.payee) for m in money if m.payer or m.payee} == {
        ("Omega Pharma", "Zeta Bio")
    }


def test_a_headlines_sum_whose_sides_no_word_states_goes_the_way_one_named_side_says():
    text = (
        "Pellworth inks $60M upfront pact with Kinross for bispecific antibody\n\nPellworth "
        "Therapeutics has licensed global rights to a bispecific antibody from Kinross Bio for "
        "$60 million upfront, with up to $1.1 billion more tied to milestones.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$60M", "Pellworth Therapeutics", "Kinross Bio"),
        ("$60 million", "Pellworth Therapeutics", "Kinross Bio"),
        ("$1.1 billion", "Pellworth Therapeutics", "Kinross Bio"),
    ]


def test_a_japanese_companys_name_without_its_word_of_the_trade_names_it():
    text = (
        "Omega Buys Rights From Zeta Hakko\nOmega Inc agreed to pay Zeta Hakko Kogyo Co Ltd for "
        "the rights to ZT-61, the companies said.\nZeta Hakko could receive up to $420 million "
        "in additional payments, if the company meets development and sales milestones.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money] == [("$420 million", "Zeta Hakko Kogyo")]


def test_a_contacts_company_is_on_the_line_after_the_desk_they_answer_for():
    text = (
        "Exhibit 99.1\n|Contact:\n|\n|Tiana Roe\nZeta Corporation\n(617) 234-6826\n|\n"
        "|Herb Lee (Investors)\nH.L. Lee Inc.\n(212) 888-4570\nFOR IMMEDIATE RELEASE\n"
        "ZETA APPOINTS DAVID A. HILL INTERIM CFO\nCAMBRIDGE, Mass., December 20, 2007 - Zeta "
        "Corporation (Nasdaq: ZETA) has approved the appointment of David A. Hill as interim "
        "Chief Financial Officer.\n"
    )
    people = extract_release(text, "d", "file:///x", []).people
    assert [(p.name, p.organization) for p in people] == [
        ("Tiana Roe", "Zeta"),
        ("Herb Lee", "H.L. Lee"),
        ("David A. Hill", "Zeta"),
    ]


def test_the_issuers_own_subsidiary_receiving_leaves_the_issuer_no_payer():
    text = (
        "Zeta licenses ZT-5 in Japan\nTORONTO, Aug. 6, 2006 -- Zeta BioSciences Inc. says that "
        "its wholly-owned subsidiary, Beta BioSciences, has licensed Japanese development and "
        "marketing rights for ZT-5 to Omega Pharma Co., Ltd.\nUnder the terms of the deal, Beta "
        "will receive an upfront fee of $14.5 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money] == [("$14.5 million", "Beta BioSciences")]
    assert money[0].payer != "Zeta BioSciences"


def test_a_common_first_word_a_sentence_prints_alone_names_its_company():
    text = (
        "Zeta Soars on Licensing Deal With Summit\nBEIJING, Dec. 7, 2022 -- Zeta Bio Inc. said "
        "it has granted Summit Therapeutics exclusive rights to develop ZT-7 outside China. "
        "Innate Pharma SA develops ZT-9.\nIn return, Summit will make an upfront payment of "
        "USD500 million, Zeta said. Zeta will make an initial payment to Innate of $250 million "
        "for rights to ZT-9.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("USD500 million", "Summit Therapeutics", "Zeta Bio"),
        ("$250 million", "Zeta Bio", "Innate Pharma"),
    ]
    # a word the sentence prints before another word it qualifies names no one
    qualified = text.replace("payment to Innate of", "payment to Innate immune research of")
    money = extract_release(qualified, "d", "file:///x", []).money
    assert "Innate Pharma" not in (money[1].payer, money[1].payee)


def test_a_company_that_has_given_another_a_payment_pays_it_and_a_stake_is_equity():
    text = (
        "Zeta inks deal with Omega for collaboration on cancer therapy\nZeta said that it has "
        "entered a partnership with the biotech firm Omega Inc. to develop ZT-5. Zeta has given "
        "Omega an upfront payment of $80 million cash and has taken a $45 million stake in the "
        "biotech. Zeta gave Omega exclusive rights to ZT-9 in exchange for $5 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.payer, m.payee) for m in money] == [
        ("$80 million", "upfront", "Zeta", "Omega"),
        ("$45 million", "financing", "Zeta", None),
        ("$5 million", "other", None, None),  # rights given, no payment: Zeta pays nothing
    ]


def test_a_founders_surname_names_the_company_and_a_short_name_gives_the_default_payer():
    text = (
        "Zeta Announces Agreement With Lilly\nBOSTON, March 3, 2015 /PRNewswire/ -- Zeta Bio "
        "Inc. (Nasdaq: ZETA) today announced a license agreement with Eli Lilly and Company "
        "(NYSE: LLY). The agreement grants Lilly an exclusive licence to ZT-1. Under the terms "
        "of the agreement, Zeta will receive a USD350m upfront payment. Takeda Pharmaceutical "
        "Company Limited is no party. Takeda and Zeta share an office.\n"
    )
    extraction = extract_release(text, "d", "file:///x", [])
    assert [o.name for o in extraction.organizations] == [
        "Eli Lilly",
        "Takeda Pharmaceutical Company Limited",
    ]
    assert [(m.text, m.payer, m.payee) for m in extraction.money] == [
        ("USD350m", "Eli Lilly", "Zeta Bio")  # "Lilly" in the sentence before
    ]


def test_a_company_that_says_it_expects_to_receive_or_could_earn_a_sum_is_its_payee():
    text = (
        "Zeta and Omega sign licensing deals\nZetagen Pharmaceuticals said it expected to receive "
        "an upfront payment of US$100 million from AstraZeneca, according to a filing on "
        "December 21. Zetagen could also earn up to US$1.92 billion in milestone payments.\n"
        "Glenmark Pharmaceuticals on Monday said it has received a payment of $5 million from "
        "Sanofi.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("US$100 million", "AstraZeneca", "Zetagen Pharmaceuticals"),
        ("US$1.92 billion", "AstraZeneca", "Zetagen Pharmaceuticals"),
        ("$5 million", "Sanofi", "Glenmark Pharmaceuticals"),
    ]


def test_a_given_names_word_before_a_trade_word_names_its_company_alone_never_the_trade_word():
    text = (
        "Roche Holding AG unit Genentech Inc. agreed to pay Pieris Pharmaceuticals Inc. $20 "
        "million up front to discover respiratory therapies. Boston-based biotech Pieris is also "
        "eligible to receive up to $1.5 billion in milestone payments across multiple programs.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payee) for m in money] == [
        ("$20 million", "Pieris Pharmaceuticals"),
        ("$1.5 billion", "Pieris Pharmaceuticals"),
    ]
    shorts = {
        n.printed
        for n in short_names(
            text, [Named("Pieris Pharmaceuticals", 0, 0, "Pieris Pharmaceuticals Inc.")]
        )
    }
    assert "Pieris" in shorts and "Pharmaceuticals" not in shorts


def test_the_issuers_full_name_is_never_the_other_side_of_its_own_payment():
    """A headline names the issuer short ("Kelun-Biotech"), the lead in full ("Sichuan
    Kelun-Biotech Pharmaceutical Co. Ltd."): the full name is the issuer, so the upfront it
    receives is paid by the other company named, never by itself."""
    text = (
        "Kelun-Biotech licenses ADC to Omega in $936M deal\n\nSichuan Kelun-Biotech "
        "Pharmaceutical Co. Ltd. out-licensed an ADC to Omega Corp. in a deal worth up to $936 "
        "million. Sichuan, China-based Kelun-Biotech will receive $35 million up front in the "
        "deal.\n"
    )
    money = {m.text: m for m in extract_release(text, "d", "x", []).money}
    assert (money["$35 million"].payer, money["$35 million"].payee) == ("Omega", "Kelun-Biotech")


def test_one_company_reads_a_short_name_inside_a_full_one():
    from transform.organizations import one_company

    assert one_company("kelun-biotech", "sichuan kelun-biotech pharmaceutical")
    assert one_company("zeta bio", "zeta bio")
    assert not one_company("pharmaceutical", "sichuan kelun-biotech pharmaceutical")
    assert not one_company("omega", "zeta bio")


def test_a_company_that_hands_another_a_payment_pays_it():
    """ "Omega will hand Zeta an upfront payment of $175 million": Omega pays, Zeta receives,
    as when Omega "will give" it."""
    text = (
        "Omega makes a bet on Zeta Bio\n\nOmega Corp. and Zeta Bio Inc. entered into a license. "
        "Omega will hand Zeta an upfront payment of $175 million.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.payer, m.payee) for m in money] == [("Omega", "Zeta Bio")]


def test_a_company_that_could_pay_or_forks_over_a_sum_pays_it():
    """ "Omega could pay another $325 million to Zeta" and "Omega will fork over an up-front
    payment of $50 million to Zeta": Omega pays, as when it "will pay"."""
    text = (
        "Zeta Soars\n\nZeta Bio Inc. and Omega Corp. announced a licensing deal. Omega will fork "
        "over an up-front payment of $50 million to Zeta. After the results, Omega could pay "
        "another $325 million to Zeta if it continues the collaboration.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payer) for m in money] == [
        ("$50 million", "Omega"),
        ("$325 million", "Omega"),
    ]


def test_an_issuer_that_says_it_will_acquire_pays_and_may_also_pay():
    """ "Zeta Corp. today announced that it has agreed to acquire Omega": the issuer buys, so a
    milestone with no side stated is its to pay; "Zeta may also pay" names Zeta the payer; "a
    maximum of" and "a possibility" bound a sum."""
    text = (
        "Zeta Buys Omega\n\nBOSTON, May 2, 2025 /PRNewswire/ -- Zeta Corp. today announced "
        "that it has agreed to acquire Omega Inc., a privately held company. The purchase price "
        "is $190 million. In addition, there is a possibility to pay a maximum of $120 million "
        "as a development milestone.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.is_potential, m.payer, m.payee) for m in money] == [
        ("$190 million", False, None, None),
        ("$120 million", True, "Zeta", None),
    ]
    also = (
        "Zeta Buys Omega\n\nBOSTON, May 2, 2025 /PRNewswire/ -- Zeta Corp. said it will acquire "
        "Omega Inc. for $190 million in cash. Zeta may also pay up to $120 million in "
        "development milestones.\n"
    )
    money = extract_release(also, "d", "x", []).money
    assert [(m.text, m.payer, m.payee) for m in money][1] == ("$120 million", "Zeta", "Omega")


@pytest.mark.parametrize(
    "opening",
    [
        "today announced that it has completed its previously announced acquisition of",
        "has entered into a definitive agreement to acquire",
        "closed the purchase of",
    ],
)
def test_an_issuer_that_closes_or_signs_to_acquire_pays_the_sellers_milestones(opening):
    """The buyer pays a milestone its seller's holders may receive: never the seller the payer
    and the issuer the payee, by the default that has the issuer receive."""
    text = (
        "Zeta Closes Deal\n\nBOSTON, May 2, 2025 /PRNewswire/ -- Zeta Genomics, Inc. (NYSE: "
        f"ZGX) {opening} Omega Diagnostics, Inc. for $310 million. Omega shareholders may "
        "receive up to an additional $90 million upon the achievement of certain commercial "
        "milestones.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.kind, m.payer, m.payee) for m in money][-1] == (
        "$90 million",
        "milestone",
        "Zeta Genomics",
        "Omega Diagnostics",
    )


def test_it_in_a_sentence_that_opens_on_another_company_is_that_company():
    """A trade paper's "Omega has been busy: last year it paid $30 million upfront to Psi" has
    Omega pay, not the issuer."""
    text = (
        "Zeta Inks Pact With Veltrix\n\nMar 3, 2022\n\nZeta Biotech has struck a deal with "
        "Veltrix Pharma. Veltrix is paying $50 million upfront.\n\nVeltrix Pharma has been busy "
        "in the space: last year it paid $30 million upfront to Psi Biologics for an asset.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$50 million", "Veltrix Pharma", "Zeta Biotech"),
        ("$30 million", "Veltrix Pharma", "Psi Biologics"),
    ]


def test_a_payer_with_a_first_verb_of_its_own_before_and_pays():
    """ "Omega will extend the option agreement for two years and will pay Zeta $7.5 million
    each year": Omega pays."""
    text = (
        "Zeta Receives Notice from Omega\n\nSEATTLE--(BUSINESS WIRE)--June 9, 2004-- Zeta "
        "Genetics, Inc. (Nasdaq:ZETA) announced today the receipt of a notice from Omega Nordisk "
        "A/S. Under the terms of this agreement, Omega Nordisk will extend the option agreement "
        "for two years and will pay Zeta Genetics $7.5 million each year.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$7.5 million", "Omega Nordisk", "Zeta Genetics")
    ]


def test_a_regulator_that_approves_pays_nothing_and_a_short_name_is_the_issuer():
    """ "The approval of zetamab by the FDA entitles Zeta to a milestone payment of MEUR 25 from
    Omega": Omega pays, the FDA approves; "milestone payments to Zeta Pharma" are the issuer's
    own, "Zeta Pharma" a short name of "Jiangsu Zeta Pharmaceuticals"."""
    text = (
        "Stockholm, January 6, 2023 – Zeta AB's (publ) (Nasdaq Stockholm: ZETA B) partner Omega "
        "Co., Ltd. announced today that the U.S. Food and Drug Administration (FDA) has approved "
        "zetamab. The approval of zetamab by the FDA entitles Zeta to a milestone payment of MEUR "
        "25 from Omega.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [("MEUR 25", "Omega", "Zeta")]
    short = (
        "Jiangsu Zetacor Pharmaceuticals (SHA: 600999) shares rallied after UK pharma major Omega "
        "(LSE: OMG) announced a deal with the Chinese company. The potential total value of "
        "future milestone payments to Zetacor Pharma is around $12 billion.\n"
    )
    money = extract_release(short, "d", "x", []).money  # (the issuer, by its own name)
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$12 billion", None, "Jiangsu Zetacor Pharmaceuticals")
    ]


def test_a_bare_co_a_headline_infinitive_and_an_issuers_name_in_capitals_name_sides():
    """ "fellow Osaka-based OmegaPep Co": a company, whom "Zeta will pay"; "Omnigen to Make $3.95
    Billion Upfront Payment": Omnigen pays; "ZETA receives ... from Omega": the issuer, printed
    in capitals as a brief prints it, receives."""
    text = (
        "Japanese drugmaker Zetanogi (TYO: 4999) has linked up with fellow Osaka-based OmegaPep "
        "Co regarding the peptide OPP004X.\nIn return, Zetanogi will pay OmegaPep a small "
        "one-time fee upon signing of 300 million yen.\n"
    )
    release = extract_release(text, "d", "x", [])
    assert [o.name for o in release.organizations] == ["OmegaPep Co"]
    assert [(m.payer, m.payee) for m in release.money] == [("Zetanogi", "OmegaPep")]
    deck = (
        " date 2019-07-14 - Omnigen to Make $3.95 Billion Upfront Payment -\n\nFoster City, "
        "Calif. -- July 14, 2019 -- Omnigen Sciences, Inc. (NASDAQ: OMGN) and Zeta NV (NASDAQ: "
        "ZETA) today announced a collaboration.\n"
    )
    money = extract_release(deck, "d", "x", []).money
    assert [(m.text, m.payer) for m in money] == [("$3.95 Billion", "Omnigen Sciences")]
    brief = (
        "Dec 14 (Reuters) - Zetamab Pharmaceutical Co Ltd\n\n* Says it entered into license "
        "agreement with Omega Company (OMG)\n\n* In accordance with this agreement, ZETAMAB "
        "receives an upfront payment of $40 million from OMG\n"
    )
    money = extract_release(brief, "d", "x", []).money
    assert [m.payee for m in money] == ["Zetamab Pharmaceutical"]


def test_the_initiation_of_clinical_trials_in_the_plural_triggers_a_milestone():
    text = (
        "Zeta Pharmaceuticals, Inc. (NASDAQ: ZETA) today announced that it will receive a $3.0 "
        "million milestone payment from Omega Inc. based on the recent initiation of clinical "
        "trials designed to support regulatory approval of the product.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.trigger) for m in money] == [("$3.0 million", "clinical_start")]


def test_a_sum_due_to_a_name_the_issuer_is_not_leaves_the_issuer_no_side():
    """ "an immediate upfront payment of $0.5 million is due to CPF" (the issuer's partner, a
    name the organisations may not hold): the issuer receives nothing by default."""
    text = (
        "UK-based biotech Zeta Holdings (AIM: ZTA) saw its shares gain 18% after it announced "
        "that its co-development partner, the Omega Pioneer Fund (OPF), has entered into a "
        "licence agreement for ZT-737.\nUnder the terms of the accord, an immediate upfront "
        "payment of $0.5 million is due to OPF.\n"
    )
    money = extract_release(text, "d", "x", []).money
    # the fund is the payee; who pays it the text does not say (never the issuer by default)
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$0.5 million", None, "Omega Pioneer Fund")
    ]
    text = text.replace("the Omega Pioneer Fund (OPF)", "Omega Pioneer (OPF)")
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.payer, m.payee) for m in money] == [("$0.5 million", None, None)]


def test_a_regulator_clearing_an_acquisition_is_never_its_counterparty():
    text = (
        "Zeta Pharmaceutical Company Limited (TSE: 4599) announces that it has received "
        "unconditional clearance from the Japan Fair Trade Commission for the proposed "
        "acquisition of Omega plc announced on May 8, 2018.\n"
    )
    events = extract_release(text, "d", "x", []).events
    assert [(e.event_type, e.counterparty) for e in events] == [("acquisition", "Omega")]


def test_an_agency_a_licence_is_made_with_is_its_counterparty():
    text = (
        "Zeta Genetics Enters into Patent License Agreement with the National Cancer Institute\n"
        "\nSEATTLE, Jan. 22, 2018 -- Zeta Genetics, Inc. today announced that it has entered "
        "into an exclusive patent license agreement with the National Cancer Institute (NCI) for "
        "CAR-T technologies targeting mesothelin.\n"
    )
    events = extract_release(text, "d", "x", []).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("licensing_deal", "National Cancer Institute")
    ]


def test_the_issuers_own_unit_pays_for_it_and_the_issuer_is_never_the_payee():
    """An exchange filing: "AlaMab, a subsidiary of the Company, ... pay to the Licensor"; a
    cap's "maximum aggregate amount" bounds the milestones."""
    text = (
        "ZETA PHARMACEUTICAL GROUP LIMITED\n\n(Stock code: 1999) DISCLOSEABLE TRANSACTION\n\n"
        "On 23 June 2017, Betamab, a subsidiary of the Company, as the licensee, entered into the "
        "License Agreements with the Licensor, and Betamab has agreed to pay to the Licensor (i) "
        "the Milestone Fees of a maximum aggregate amount of US$54,250,000; and (ii) the License "
        "Fees of US$2,750,000.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.is_potential, m.payer, m.payee) for m in money] == [
        ("US$54,250,000", True, "Betamab", None),
        ("US$2,750,000", False, "Betamab", None),
    ]


def test_the_issuers_ticker_as_its_name_pays_and_an_option_to_pay_is_potential():
    text = (
        " date 2019-08-01 Zetalixis (NASDAQ:ZTLX) inks an exclusive collaboration, option and "
        "license agreement with Omega Discovery Technologies Limited under which it will have "
        "the option to in-license up to six programs.\\n\\nUnder the terms of the deal, ZTLX will "
        "pay $10M upfront for exclusive options to license three Omega programs. If the compound "
        "works, ZTLX has the option to pay $40 million for an exclusive license.\\n"
    )
    money = extract_release(text, "d", "x", []).money
    first, second = money
    assert (first.text, first.payer, first.payee, first.is_potential) == (
        "$10M",
        "Zetalixis",
        "Omega Discovery Technologies",
        False,
    )
    assert (second.text, second.is_potential) == ("$40 million", True)


@pytest.mark.parametrize(
    "owner", ["a portfolio company of", "a wholly owned subsidiary of", "a wholly owned company of"]
)
def test_the_issuers_owner_named_in_apposition_is_no_party_to_its_deal(owner):
    text = (
        f"BOSTON, May 2, 2013 -- Zetadyne Therapeutics, {owner} Omega Therapeutics, and Kappa "
        "Biologics today announced an exclusive licensing and collaboration agreement.\n"
    )
    release = extract_release(text, "d", "file:///x", [])
    assert release.release.issuer == "Zetadyne Therapeutics"
    assert {e.event_type: e.counterparty for e in release.events} == {
        "licensing_deal": "Kappa Biologics",
        "collaboration": "Kappa Biologics",
    }
    # the owner of the issuer's partner is not the issuer's: the partner stays first
    other = text.replace("Zetadyne Therapeutics, ", "Zetadyne Therapeutics and Beta Bio, ")
    events = extract_release(other, "d", "file:///x", []).events
    assert [e.counterparty for e in events] == ["Beta Bio", "Beta Bio"]


@pytest.mark.parametrize("cue", ["which is due a milestone payment of", "who will receive"])
def test_a_company_a_relative_clause_says_receives_is_the_payee(cue):
    text = (
        "Zeta Bio said the drug was discovered under a collaboration with USA-based Kappa "
        f"(NasdaqGM: KAPA), {cue} $6 million on the approval, as well as royalties.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money] == [("$6 million", "Kappa")]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # a headline's passive: the company is awarded the grant, never its payer
        ("Zeta Bio awarded $2.5 million CPRIT grant to advance ZT-7.", (None, None)),
        ("Zeta Bio awarded a $2.5 million grant to advance ZT-7.", (None, None)),
        # the active with its recipient: the subject pays
        (
            "The Omega Foundation awarded Zeta Bio a $2.5 million grant.",
            ("Omega Foundation", None),
        ),
        (
            "The Omega Foundation has awarded a $2.5 million grant to Zeta Bio.",
            ("Omega Foundation", "Zeta Bio"),
        ),
    ],
)
def test_a_company_awarded_a_grant_without_a_recipient_is_no_payer(sentence, sides):
    text = (
        "Acme News\n\nBOSTON, May 1, 2020 -- Acme Bio, Inc. (NASDAQ: ACME) today announced news "
        f"about its programs. {sentence}\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.payer, m.payee) for m in money] == [sides]


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Zeta Bio Completes Acquisition of Omega", "today announced the completion of its"),
        ("Zeta Bio Closes Deal", "today announced the closing of its"),
        ("Zeta Bio Completes Acquisition of Omega", "today completed its"),
    ],
)
def test_the_issuer_that_completes_an_acquisition_pays_for_it(headline, lead):
    text = (
        f"{headline}\n\nBOSTON, Jan. 3, 2023 -- Zeta Bio, Inc. (NYSE: ZETA) {lead} acquisition "
        "of Omega Therapeutics Limited, a privately held Irish company, for an upfront cash "
        "payment of $240 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.payer, m.payee) for m in money] == [("Zeta Bio", "Omega Therapeutics")]


def test_a_partners_sum_named_by_its_role_is_no_total_before_its_payer():
    """'total revenue of CHF 38.4 million ..., including royalty income of CHF 11.2 million from
    its partner Omega': Omega pays the royalty, never the whole revenue nor last year's."""
    text = (
        "Zeta Reports Results\n\nBASEL, May 3, 2023 -- Zeta Ltd (SIX: ZETA) reported total "
        "revenue of CHF 38.4 million for the first quarter of 2023 (Q1 2022: CHF 31.9 million), "
        "including royalty income of CHF 11.2 million from its partner Omega Pharma Co.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer) for m in money] == [
        ("CHF 38.4 million", None),
        ("CHF 31.9 million", None),
        ("CHF 11.2 million", "Omega Pharma"),
    ]


@pytest.mark.parametrize(
    "verb", ["remains eligible to receive", "retains its rights to", "is still eligible for"]
)
def test_a_company_that_remains_eligible_or_retains_its_rights_is_the_payee(verb):
    text = (
        "Kappa Sells Royalty\n\nNEW YORK, Jan. 10, 2023 -- Zeta Royalty Partners today said it "
        "acquired a royalty interest from Omega Therapeutics, Inc. for $175 million upfront. "
        f"Omega Therapeutics, Inc. {verb} milestone payments of up to $300 million from Pfizer.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.payer, m.payee) for m in money][-1] == (
        "$300 million",
        "Pfizer",
        "Omega Therapeutics",
    )
    # rights to a compound are no payment's: the company pays what it "will pay"
    other = text.replace(
        f"{verb} milestone payments of up to $300 million from Pfizer",
        "retains all rights to ZT-1 and Pfizer will receive $3 million",
    )
    money = extract_release(other, "d", "file:///x", []).money
    assert [(m.text, m.payee) for m in money][-1] == ("$3 million", "Pfizer")


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        (
            "In 2019, Zeta Bio licensed ZT-7 from Omega Pharma Ltd. for an upfront payment of "
            "$20 million.",
            "Zeta Bio",  # an upfront: the issuer pays by default
        ),
        (  # a price, no payment's kind: no side taken by default
            "Zeta Bio acquired the rights to ZT-7 from Omega Pharma Ltd. for $20 million in cash.",
            None,
        ),
    ],
)
def test_what_the_issuer_licenses_or_buys_from_a_company_is_paid_to_that_company(sentence, payer):
    text = (
        "Zeta Reports Results\n\nBOSTON, Jan. 23, 2026 -- Zeta Bio, Inc. (Nasdaq: ZETA) today "
        f"reported results of its trial of ZT-7 in gout. {sentence}\n"
    )
    assert [(m[0], m[3], m[4]) for m in _money(text)] == [(20e6, payer, "Omega Pharma")]
    # a payment's own "from" names its payer: "licensing fees from Omega"
    fees = text.replace(
        sentence,
        "Zeta Bio has earned $20 million in licensing fees from Omega Pharma Ltd. to date.",
    )
    assert [(m[0], m[3], m[4]) for m in _money(fees)] == [(20e6, "Omega Pharma", "Zeta Bio")]


def test_a_company_after_a_preposition_is_no_subject_of_the_verb_after_it():
    text = (
        PAYING_LEAD + "Acme Bio, Inc. (Nasdaq: ACMB) reported its results. Revenue rose on a $5.0 "
        "million milestone payment from Northwind Pharma earned upon the start of a trial. "
        "Acme Bio made a $2 million milestone payment to Kappa Labs received in June.\n"
    )
    assert [(m[0], m[1], *m[3:5]) for m in _money(text)] == [
        (5_000_000, "milestone", "Northwind Pharma", "Acme Bio"),
        (2_000_000, "milestone", "Acme Bio", "Kappa Labs"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Israel Innovation Authority has approved a grant of NIS 4.5 million to support "
        "ZB-302.",
        "The National Institutes of Health awarded Zeta Bio a $2 million grant for ZB-302.",
        # a headline's passive: the body after "from" or "by" gives it, never the subject
        "Zeta Bio Awarded Grant of up to $18.5 Million from The Gates Foundation",
    ],
)
def test_a_grant_approved_or_awarded_is_paid_by_the_body_that_gives_it(sentence):
    text = (
        f"Zeta Bio Receives Grant\n\nBOSTON, May 3, 2021 -- Zeta Bio, Inc. said today: {sentence}\n"
    )
    payers = [m.payer for m in extract_release(text, "doc", "file:///x.txt").money]
    assert payers == [re.search(r"The (.+?)(?: has| awarded|$)", sentence)[1]]


def test_a_company_a_spinout_comes_from_pays_nothing():
    text = (
        "Corvel Raises Seed Round\n\nLONDON, 14 March 2024 -- Corvel Therapeutics, a spinout "
        "from the University of Eastbrook, today announced it has closed a £12 million seed "
        "financing. Corvel also received a £1 million grant from the Wellcome Trust.\n"
    )
    payers = [m.payer for m in extract_release(text, "doc", "file:///x.txt").money]
    assert payers == [None, "Wellcome Trust"]


def test_a_company_that_will_fund_research_pays_for_it():
    text = (
        "Zeta Bio Signs Research Agreement\n\nEDINBURGH, Scotland, 5 October 2022 – Zeta Bio Ltd "
        "today announced a sponsored research agreement with the University of Edinburgh. Zeta "
        "will fund research at the University of up to £2.4 million over three years.\n"
    )
    payers = [m.payer for m in extract_release(text, "doc", "file:///x.txt").money]
    assert payers == ["Zeta Bio"]


def test_a_contact_lines_entry_that_opens_with_its_company_names_the_persons_company():
    text = (
        "Zeta and Omega Enter Co-Development Agreement\n\nOSAKA, Japan, May 2, 2008 -- Zeta "
        "Yakuhin Co., Ltd. (TSE: 4599) and Omega Bio, Inc. (Nasdaq: OMGB) today announced a "
        "co-development agreement for OB-12.\n\nContacts: Zeta, Public Relations, "
        "+81-6-5555-1234; Omega, Dr. Ann Roe, Chief Financial Officer, 650-555-0112\n"
    )
    people = extract_release(text, "d", "file:///x", []).people
    assert [(p.name, p.organization) for p in people] == [("Ann Roe", "Omega Bio")]
    # a company the release never names is none
    text = text.replace("Omega, Dr. Ann Roe", "Kappa, Dr. Ann Roe")
    people = extract_release(text, "d", "file:///x", []).people
    assert [(p.name, p.organization) for p in people] == [("Ann Roe", "Zeta Yakuhin")]


def test_an_event_its_title_cues_takes_the_party_and_compound_its_lead_names_again():
    text = (
        "ZETA BIO EARNS $4 MILLION MILESTONE FROM OMEGA\n\nBOSTON, May 2, 2011 -- Zeta Bio, "
        "Inc. (Nasdaq: ZETA) today announced that it has earned a $4 million milestone payment "
        "from Omega Pharma AG following the start of a Phase 2 trial of zetamab (ZB-12).\n"
    )
    extraction = extract_release(text, "d", "file:///x", [])
    (milestone,) = [e for e in extraction.events if e.event_type == "milestone_payment"]
    assert milestone.span_start < text.index("\n")  # the title's cue, its provenance kept
    assert (milestone.counterparty, milestone.compound) == ("Omega Pharma", "zetamab")


def test_the_group_the_issuer_is_a_member_of_is_no_party_to_its_approval():
    text = (
        "FDA Approves Zeta's Zetavia\n\nSOUTH SAN FRANCISCO, Calif. -- May 2, 2013\n\nZeta, a "
        "member of the Omega Group (SIX: OMG), today announced that the U.S. Food and Drug "
        "Administration (FDA) has approved Zetavia (zetamab) for the treatment of people with "
        "metastatic breast cancer.\n"
    )
    extraction = extract_release(text, "d", "file:///x", [])
    (approval,) = [e for e in extraction.events if e.event_type == "regulatory_approval"]
    assert approval.counterparty == "Food and Drug Administration"  # the canonical name


def test_a_society_whose_meeting_hears_the_data_is_no_party_to_them():
    text = (
        "Zeta Reports Data Showing ZB-4 Reduces Liver Fat\n\nBOSTON, Nov. 11, 2019 -- Zeta "
        "Biosystems, Inc. (Nasdaq: ZETA) today announced 12-week results from a Phase 2a trial "
        "of ZB-4 in patients with NASH, presented at The Liver Meeting 2019, the annual meeting "
        "of the American Association for the Study of Liver Diseases (AASLD).\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [o.name for o in extraction.organizations] == [
        "American Association for the Study of Liver Diseases"
    ]
    assert sorted((e.event_type, e.counterparty) for e in extraction.events) == [
        ("conference_presentation", None),
        ("trial_results", None),
    ]


def test_a_phase_in_a_tables_row_is_that_rows_compounds():
    text = (
        "Velmora Bio, Inc. (NASDAQ: VLMB) pipeline\n\n"
        "| Program | Indication | Stage |\n"
        "| VX-101 | Moderate-to-severe atopic dermatitis | Phase 3 |\n"
        "| VX-204 | Ulcerative colitis | Phase 2 |\n"
        "| VX-310 | Alopecia areata | Phase 1 |\n"
    )
    extraction = extract_release(text, "p" * 64, "file:///z.txt", [])
    assert [(p.phase, p.compound) for p in extraction.phases] == [
        ("Phase III", "VX-101"),
        ("Phase II", "VX-204"),
        ("Phase I", "VX-310"),
    ]


def test_a_contact_under_a_companys_unit_speaks_for_the_company_heading_the_block():
    text = (
        "TOKYO, June 11, 2019 -- Chugen Yakuhin Co., Ltd. and Halvern Therapeutics, Inc. "
        "(NASDAQ: HLVN) today announced a license agreement.\n\nContacts\nChugen Yakuhin Co., "
        "Ltd.\nCorporate Communications\nTEL: +81-3-5555-0100\n\nHalvern Therapeutics, Inc.\n"
        "Investor Relations\nMegan Castell\nir@halverntx.com\n\nNewCap\nInvestor Relations\n"
        "Mathilde Roux\n+33 1 44 71 94 94\n"
    )
    people = extract_release(text, "c" * 64, "file:///x.txt", []).people
    assert {(p.name, p.organization) for p in people} == {
        ("Megan Castell", "Halvern Therapeutics"),  # its name printed again over its unit
        ("Mathilde Roux", "NewCap"),  # a firm no rule names, over its unit
    }


def test_what_a_rule_requires_is_paid_by_no_one_and_a_balance_has_no_drug():
    text = (
        "Zeta News\n\nBOSTON, June 18, 2024 -- Zeta Therapeutics, Inc. (Nasdaq: ZETA) today "
        "announced that it received a letter from The Nasdaq Stock Market LLC notifying it that "
        "its stockholders' equity remained below the $2.5 million minimum required by Nasdaq "
        "Listing Rule 5550(b)(1).\n\nZeta discontinued development of ZT-401 in February 2024. "
        "As of March 31, 2024, the Company had cash and cash equivalents of $6.4 million.\n"
    )
    money = extract_release(text, "d", "f").money
    assert [(m.amount, m.payer, m.payee, m.compound) for m in money] == [
        (2_500_000, None, None, None),
        (6_400_000, None, None, None),
    ]
    # a payment the sentence before names a drug for still takes it
    text = (
        "Zeta News\n\nBOSTON, June 18, 2024 -- Zeta Therapeutics, Inc. (Nasdaq: ZETA) today "
        "announced that Omega Inc. dosed the first patient with ZT-401. The event triggers a "
        "$5 million milestone payment from Omega Inc. to Zeta.\n"
    )
    [milestone] = extract_release(text, "d", "f").money
    assert (milestone.payer, milestone.payee, milestone.compound) == (
        "Omega",
        "Zeta Therapeutics",
        "ZT-401",
    )


def test_a_company_a_semicolon_parts_from_a_sum_is_no_side_of_it():
    """A headline's second clause after a semicolon has its own (unprinted) subject: the
    company the first clause licenses from is no payer of the fee the second names; brackets'
    semicolons part nothing."""
    text = (
        "Omega Exercises Option to License Program from Zeta Bio; Pays $15 Million Fee\n\n"
        "BOSTON, Dec. 1, 2021 -- Zeta Bio, Inc. (NASDAQ: ZETA) today announced that Omega "
        "Therapeutics, Inc. (NYSE: OMG; TSX: OMG) will pay $15 million to exercise its option.\n"
    )
    money = extract_release(text, "d", "x").money
    assert [(m.amount, m.payer) for m in money] == [
        (15_000_000.0, None),
        (15_000_000.0, "Omega Therapeutics"),
    ]


def test_a_line_of_the_companys_results_is_no_drugs_sum():
    """ "Revenue increased to ¥512.3 billion, driven by growth of RIVASTO": the total, no drug's;
    the next line of results borrows no drug from it; a drug's own revenue keeps its drug."""
    text = (
        "Zeta Reports Results\n\nOSAKA, May 11, 2023 - Zeta Pharma Co., Ltd. (TSE: 4521) "
        "today announced its results. Revenue increased 8.4% to ¥512.3 billion, driven by "
        "growth of RIVASTO (edoxalan). Core operating profit was ¥88.1 billion. Net sales of "
        "RIVASTO were ¥120.0 billion.\n"
    )
    money = extract_release(text, "d", "x").money
    assert [(m.amount, m.compound) for m in money] == [
        (512_300_000_000.0, None),
        (88_100_000_000.0, None),
        (120_000_000_000.0, "edoxalan"),
    ]


def test_a_person_speaks_for_the_company_that_will_be_led_by_them():
    """ "Brightwell will be led by Chief Executive Officer Marisol Trent, previously President
    of Talvern's division": Brightwell's; a title ending "at the University of X" names the
    issuer printed "The University of X", never a firm that shares its last word."""
    text = (
        "Zeta Spins Off Corvessa\n\nBOSTON, July 3, 2023 -- Zeta Bio, Inc. (NYSE: ZETA) "
        "completed the separation of its consumer business into Corvessa Health Inc., an "
        "independent company. Corvessa will be led by Chief Executive Officer Marisol Trent, "
        "previously President of Zeta's consumer division.\n"
    )
    people = extract_release(text, "d", "x").people
    assert [(p.name, p.organization) for p in people] == [("Marisol Trent", "Corvessa Health")]
    text = (
        "University of Westbrook Licenses Technology\n\nWESTBROOK, Ore. - March 2, 2020 - The "
        "University of Westbrook today granted a license to Mycova Therapeutics, which raised "
        "$3 million from the Westbrook Innovation Fund.\n\n"
        '"This license matters," said Dr. Paul Whitaker, Vice President for Research at the '
        "University of Westbrook.\n"
    )
    people = extract_release(text, "d", "x").people
    assert [(p.name, p.organization) for p in people] == [
        ("Paul Whitaker", "The University of Westbrook")
    ]


def test_a_sums_own_payment_words_are_no_trigger_of_another_sum():
    """ "up to $550 million in development and regulatory milestones and up to $300 million in
    sales milestones": the sales are the $300 million's trigger only; the first names several
    kinds, so no one trigger."""
    text = (
        "Zeta Licenses ZT-501\n\nSAN DIEGO, Sept. 12, 2022 -- Zeta Bio, Inc. (NASDAQ: ZETA) "
        "today announced a license. For ZT-501, Zeta is eligible to receive up to $550 million "
        "in development and regulatory milestones and up to $300 million in sales milestones.\n"
    )
    money = extract_release(text, "d", "x").money
    assert [(m.amount, m.trigger) for m in money] == [
        (550_000_000.0, None),
        (300_000_000.0, "sales_threshold"),
    ]


def test_a_phase_whose_sentence_names_only_a_comparator_has_no_compound():
    text = (
        "Zeta news\n\nBOSTON, Oct. 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced the "
        "FDA approved Zenteva (ravelitinib) for renal cell carcinoma. The approval is based on the "
        "Phase 3 RENATA trial, in which the combination reduced the risk of progression versus "
        "sunitinib. A Phase 2 trial of ravelitinib versus sunitinib is ongoing.\n"
    )
    phases = extract_release(text, "d", "f").phases
    assert [(p.text, p.compound) for p in phases] == [
        ("Phase 3", None),  # (never sunitinib, what it was compared with)
        ("Phase 2", "ravelitinib"),
    ]
