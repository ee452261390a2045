"""Money an analyst can sum: the printed currency, and what each amount is among a release's
money (restated, part of a total, a price per share, recalled history). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from transform import extract_release
from transform.links import DEAL_YEAR
from transform.money import find_money, money_roles

LEAD = (
    "Acme Bio Reports Progress\n\n"
    "BOSTON, Mass., May 2, 2014 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
    "announced progress with its partners in its antibody-drug conjugate programs. "
)


@pytest.mark.parametrize(
    ("printed", "currency", "amount"),
    [
        ("C$13.30", "CAD", 13.3),
        ("CDN$37.0 million", "CAD", 37e6),
        ("Cdn $1.5 million", "CAD", 1.5e6),  # a space after the country's mark
        ("CDN $2.0million", "CAD", 2e6),
        ("A$492m", "AUD", 492e6),
        ("DKK 21 million", "DKK", 21e6),
        ("15 million euros", "EUR", 15e6),
        ("€20 million", "EUR", 20e6),
        ("£5.5 million", "GBP", 5.5e6),
        ("CHF 10 million", "CHF", 10e6),
        ("¥1.2 billion", "JPY", 1.2e9),
        ("US$30 million", "USD", 30e6),
        ("$1.5 million", "USD", 1.5e6),
        # scales as other markets and styles print them
        ("CHF 40 mn", "CHF", 40e6),
        ("EUR 2.5 Mio", "EUR", 2.5e6),
        ("Rs 500 crore", "INR", 5e9),
        ("INR 50 lakh", "INR", 5e6),
        # ... in the plural and abbreviated
        ("Rs. 1,120 Cr", "INR", 11.2e9),
        ("Rs 96 crores", "INR", 960e6),
        ("INR 50 lakhs", "INR", 5e6),
        # Swiss thousands by apostrophes; French English's plural scale
        ("CHF 1'250'000", "CHF", 1_250_000),
        ("CHF 1’250’000.50", "CHF", 1_250_000.5),
        ("€ 3,2 millions", "EUR", 3.2e6),
        ("EUR 1.5 billions", "EUR", 1.5e9),
        ("$3.5-million", "USD", 3.5e6),
        ("$12 M", "USD", 12e6),
        # the wires' words for the Nordic crowns
        ("30 million Danish crowns", "DKK", 30e6),
        ("1.48 billion Swedish crowns", "SEK", 1.48e9),
        ("45 million kronor", "SEK", 45e6),
        # Israel's new shekel
        ("NIS20 million", "ILS", 20e6),
        ("40 million shekels", "ILS", 40e6),
        # a price below a cent keeps its digits
        ("A$0.033", "AUD", 0.033),
        ("$0.1293", "USD", 0.1293),
    ],
)
def test_amounts_keep_the_currency_they_are_printed_in(printed, currency, amount):
    (found,) = find_money(f"The company will receive {printed} from its partner.")
    assert (found.text, found.currency, found.amount) == (printed, currency, amount)


def test_euros_before_the_number_and_the_reading_printed_first():
    text = (
        "Zeta will pay an upfront payment of Euros 24 million; Omega raised 20 million euros "
        "2010 and 30 million USD 2011."
    )
    assert [(m.text, m.currency, m.amount) for m in find_money(text)] == [
        ("Euros 24 million", "EUR", 24e6),
        ("20 million euros", "EUR", 20e6),
        ("30 million USD", "USD", 30e6),
    ]


def test_payments_beyond_an_upfront_one_are_no_upfront():
    text = (
        "In 2019, Zeta signed a deal for an upfront payment of $13 million with additional "
        "payments of up to $1.37 billion. It may earn up to $66 million per compound in "
        "milestone payments and additional payments of up to $22 million per compound."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$13 million", "upfront"),
        ("$1.37 billion", "other"),
        ("$66 million", "milestone"),
        ("$22 million", "milestone"),
    ]


def test_a_lump_sum_is_paid_up_front_unless_an_event_earns_it():
    text = (
        "Omega will pay Zeta a lump-sum amount of US $50 million and a lump sum of $10 million "
        "upon approval in Japan."
    )
    assert [(m.amount, m.kind) for m in find_money(text)] == [
        (50e6, "upfront"),
        (10e6, "milestone"),
    ]


def test_a_quote_boxs_fields_are_no_sums():
    text = (
        "ZETA Zeta Ltd.\n\nPrevious Close 5.78\nMarket Cap $245,652,048\n"
        "Enterprise Value $139,698,941\n"
    )
    found = find_money(text)
    assert [(m.text, m.per_unit) for m in found] == [("$245,652,048", True), ("$139,698,941", True)]


def test_a_cue_right_after_another_amount_is_that_amounts():
    text = (
        "The payments consist of a $10 million milestone for completing the first trial and $8 "
        "million to help underwrite a Phase III trial, an upfront payment of $7.0 million and "
        "research collaboration funding of $1.1 million, and 10 million shares at $5 per share to "
        "raise $50 million."
    )
    assert [(m.amount, m.kind) for m in find_money(text)] == [
        (10e6, "milestone"),
        (8e6, "other"),
        (7e6, "upfront"),
        (1.1e6, "other"),
        (5.0, "financing"),
        (50e6, "financing"),
    ]


def test_a_bare_crown_names_no_currency():
    assert find_money("Its loss was 30 million crowns, against a profit of 35 million.") == []


def test_a_bare_dollar_is_in_the_dollars_the_release_declares():
    declared = (
        "Zeta Bio announced its results. All amounts, unless specified otherwise, are in "
        "Canadian dollars. It lost $6,366,000, or $0.09 (US$0.07) per share."
    )
    assert [(m.text, m.currency) for m in find_money(declared)] == [
        ("$6,366,000", "CAD"),
        ("$0.09", "CAD"),
        ("US$0.07", "USD"),
    ]
    table = "Revenue (in thousands of Australian dollars) rose to $1,200 in the year."
    assert [m.currency for m in find_money(table)] == ["AUD"]
    undeclared = "Zeta lost $6.2 million; its partner reports in Canadian dollars."
    assert [(m.currency, m.amount) for m in find_money(undeclared)] == [("USD", 6_200_000.0)]
    # a quote box's label names the code of the "$" after it
    quote = "Shares rose 1% in Hong Kong.\nPrice (HKD): $13.98, Change: $+0.16, Percent Change: +1%"
    assert [(m.text, m.currency, m.per_unit) for m in find_money(quote)] == [
        ("$13.98", "HKD", True)
    ]


def test_a_bare_dollar_of_a_company_listed_only_on_a_market_of_another_dollar_is_that_dollar():
    text = "Zeta Bio (ASX: ZTA) raised $2.4 million at an issue price of $0.20."
    assert [m.currency for m in find_money(text, {"ASX"})] == ["AUD", "AUD"]
    assert [m.currency for m in find_money(text, {"TSX", "TSX Venture"})] == ["CAD", "CAD"]
    # listed on a US market too, or on none that prints a bare "$": US dollars
    assert [m.currency for m in find_money(text, {"ASX", "NASDAQ"})] == ["USD", "USD"]
    assert [m.currency for m in find_money(text, {"LSE"})] == ["USD", "USD"]
    # a US over-the-counter quotation beside a home market sets no dollar; alone it is US
    assert [m.currency for m in find_money(text, {"TSX Venture", "OTCQB"})] == ["CAD", "CAD"]
    assert [m.currency for m in find_money(text, {"OTCQB"})] == ["USD", "USD"]
    assert [m.currency for m in find_money(text, {"TSX", "OTCQX", "NYSE"})] == ["USD", "USD"]
    declared = text + " All amounts are in Canadian dollars."
    assert [m.currency for m in find_money(declared, {"ASX"})] == ["CAD", "CAD"]
    # a conversion never repeats its currency: the bare "$" beside a sum in that dollar is US
    text = "Zeta Labs (TSX: ZTA) product sales were C$11 million ($10.4 million) in 2012."
    assert [m.currency for m in find_money(text, {"TSX"})] == ["CAD", "USD"]
    text = "Zeta Labs (TSX: ZTA) will pay $10.4 million (C$11 million) and $2 million more."
    assert [m.currency for m in find_money(text, {"TSX"})] == ["USD", "CAD", "CAD"]


def test_a_releases_tickers_say_which_dollars_its_bare_dollar_is():
    text = (
        "Zeta Bio raises $10m\n\nZeta Bio (ASX: ZTA) has called a trading halt as it finalises "
        "a $10 million capital raising.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.currency, m.amount, m.amount_usd) for m in money] == [
        ("AUD", 10_000_000.0, None),
        ("AUD", 10_000_000.0, None),
    ]


def test_the_currencies_the_euro_replaced_are_read_and_a_payload_is_no_amount():
    text = (
        "Zeta lost FFr28.9 million (US$5.2 million), DEM 12 million and Dfl 3.5 million, and "
        "40 million French francs; its huC242-DM4 and DM1 conjugates advanced."
    )
    assert [(m.currency, m.amount) for m in find_money(text)] == [
        ("FRF", 28_900_000.0),
        ("USD", 5_200_000.0),
        ("DEM", 12_000_000.0),
        ("NLG", 3_500_000.0),
        ("FRF", 40_000_000.0),
    ]


def test_won_and_dollars_after_a_number_count_only_with_its_scale_or_grouped_in_thousands():
    text = (
        "Zeta signed a contract worth 32 million dollars (about 43 billion won); in 2015 won "
        "approval; it will receive $15 million as a down payment. Zeta shares rose 3.26 percent "
        "to close at 285,000 won ($238.89) on Monday; in 1,998 trials 2015 won."
    )
    assert [(m.currency, m.amount, m.kind, m.per_unit) for m in find_money(text)] == [
        ("USD", 32_000_000.0, "other", False),
        ("KRW", 43_000_000_000.0, "other", False),
        ("USD", 15_000_000.0, "upfront", False),
        ("KRW", 285_000.0, "other", True),
        ("USD", 238.89, "other", True),
    ]


def test_a_share_price_after_its_move_from_the_previous_session_or_as_low_as():
    text = (
        "As of 1:20 p.m., Zeta stock was down 13 percent from previous session at 539,000 won "
        "($488.93) after slipping to as low as 504,000 won. Zeta receives $80 million upfront."
    )
    assert [(m.amount, m.per_unit, m.kind) for m in find_money(text)] == [
        (539_000.0, True, "other"),
        (488.93, True, "other"),
        (504_000.0, True, "other"),
        (80_000_000.0, False, "upfront"),
    ]
    moved = "They jumped 30 percent, or 164,000 won, to 711,000 won on the KOSPI."
    assert [(m.amount, m.per_unit) for m in find_money(moved)] == [
        (164_000.0, True),
        (711_000.0, True),
    ]


def test_an_offering_prices_range_is_by_the_share_at_both_ends():
    text = (
        "It plans to offer 2 million shares. The desired offering price is 16,000 won–20,000 won, "
        "with an expected offering size of 32 billion won–40 billion won. The purchase price is "
        "$10.4 billion."
    )
    assert [(m.amount, m.per_unit) for m in find_money(text)] == [
        (16_000.0, True),
        (20_000.0, True),
        (32e9, False),
        (40e9, False),
        (10.4e9, False),
    ]


def test_an_amount_is_exact_to_the_cent():
    assert [m.amount for m in find_money("It cost $8.2 million and $16.4 million.")] == [
        8_200_000.0,
        16_400_000.0,
    ]


def test_a_footnotes_number_glued_to_a_scale_leaves_the_scale_read():
    found = find_money("Royalties grew from US$2.0 million2 to US$2.4 billion1 and $300 million.")
    assert [(m.text, m.amount) for m in found] == [
        ("US$2.0 million", 2_000_000.0),
        ("US$2.4 billion", 2_400_000_000.0),
        ("$300 million", 300_000_000.0),
    ]


def test_revenue_sharing_notes_are_no_revenue():
    (found,) = find_money(
        "Zeta agreed to pay $6.6 million to the holders of its revenue-sharing notes."
    )
    assert found.kind == "other"


def test_an_amount_a_year_ago_is_a_sum():
    (found,) = find_money("Revenue was $47,000, down from $163,000 a year ago.")[1:]
    assert (found.text, found.per_unit) == ("$163,000", False)


def test_a_dollar_sign_after_unknown_letters_is_no_amount():
    assert find_money("Sales reached Z$500 million in Zimbabwe.") == []


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Sales reached NT$500 million in Taiwan.", "TWD", 500e6),
        ("Zeta will receive R$10 million from Omega.", "BRL", 10e6),
        ("Revenue was 20 million reais.", "BRL", 20e6),
        ("Zeta will receive 100 million yuan from Omega.", "CNY", 100e6),
        ("Zeta will receive ₹50 crore from Omega.", "INR", 500e6),
        ("Zeta will receive PLN 12 million from Omega.", "PLN", 12e6),
    ],
)
def test_currencies_of_more_markets_keep_their_code(text, currency, amount):
    assert [(m.currency, m.amount) for m in find_money(text)] == [(currency, amount)]


def test_thousands_grouped_by_dots_and_a_codes_scale_letter():
    text = (
        "Sales amounted to SEK 2.071.000 (SEK 975.000). The net loss was EUR 1.250.000,50. "
        "The share issue provides approximately MSEK 30 and TEUR 450 came from grants."
    )
    assert [(m.currency, m.amount) for m in find_money(text)] == [
        ("SEK", 2_071_000.0),
        ("SEK", 975_000.0),
        ("EUR", 1_250_000.5),
        ("SEK", 30_000_000.0),
        ("EUR", 450_000.0),
    ]
    # a scale's letters after the code, as Nordic reports print them
    nordic = (
        "Revenue was DKKm 1,412 (DKKm 1,197); a milestone of EURm 15; cash of DKKbn 1.1 in all."
    )
    assert [(m.currency, m.amount) for m in find_money(nordic)] == [
        ("DKK", 1_412_000_000.0),
        ("DKK", 1_197_000_000.0),
        ("EUR", 15_000_000.0),
        ("DKK", 1_100_000_000.0),
    ]
    # one group of three after a dot is a decimal where the text groups thousands by commas
    plain = "The dividend is $1.250 per share; sales $2,071,000."
    assert [m.amount for m in find_money(plain)] == [1.25, 2_071_000.0]


def test_a_barred_tables_row_is_its_amounts_sentence():
    text = LEAD + (
        "Key financial terms:\n\n| Term | Amount |\n| --- | --- |\n| Upfront payment | $45 "
        "million |\n| Development and regulatory milestones | up to $110 million |\n| Sales "
        "milestones | up to $260 million |\n| Royalties | low double-digit |\n\nAcme will "
        "acquire Omega for an equity value of approximately $2.3 billion.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.kind, m.trigger) for m in money] == [
        (45_000_000, "upfront", None),
        (110_000_000, "milestone", None),  # never the next row's sales or royalties
        (260_000_000, "milestone", "sales_threshold"),
        (2_300_000_000, "other", None),
    ]
    assert money[-1].rule == "money_cue:equity value"


def test_a_pound_sign_as_edgar_and_old_rns_text_print_it():
    edgar = (
        "Zeta incurred a loss of\n(pound)18.8 million (2002: (pound)9.1 million) and "
        "(euro)3 million."
    )
    assert [(m.currency, m.amount) for m in find_money(edgar)] == [
        ("GBP", 18_800_000.0),
        ("GBP", 9_100_000.0),
        ("EUR", 3_000_000.0),
    ]
    rns = "RNS Number:4888H\nZeta plc\nCash balances of #11.6 million; loss per share 2.1 pence."
    assert [(m.currency, m.amount) for m in find_money(rns)] == [
        ("GBP", 11_600_000.0),
        ("GBP", 0.021),  # (pence spelt out: a hundredth of a pound)
    ]
    # elsewhere "#" numbers a thing
    assert find_money("Zeta ranked #1 with #2 million users.") == []


def test_a_sum_converted_in_parentheses_after_its_code_is_restated():
    text = LEAD + "Acme will receive $4.5 million USD (approximately 36.5 MSEK) up front."
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.currency, m.amount, m.restated) for m in money] == [
        ("USD", 4.5e6, False),
        ("SEK", 36.5e6, True),
    ]


def test_a_sum_converted_at_a_dated_rate_is_restated():
    text = LEAD + (
        "Acme received an upfront payment of $3.5 million (approx. DKK 21 million on the date "
        "of the agreement) and may earn up to $175 million (EUR 130 million at current exchange "
        "rates) in milestones, and a tax refund of €2,173,454 (~ US$2,407,817)."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.currency, m.amount, m.restated) for m in money] == [
        ("USD", 3.5e6, False),
        ("DKK", 21e6, True),
        ("USD", 175e6, False),
        ("EUR", 130e6, True),
        ("EUR", 2_173_454.0, False),
        ("USD", 2_407_817.0, True),
    ]


def test_only_us_dollars_fill_amount_usd():
    text = LEAD + "Acme will receive an upfront payment of C$30 million (US$22 million)."
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.currency, m.amount, m.amount_usd) for m in money] == [
        ("CAD", 30e6, None),
        ("USD", 22e6, 22e6),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The offering of 9,000,000 shares was priced at $8.00 per share.",
        "Investors received warrants with an exercise price of $3.75.",
        "Merck bought stock at a price of US$3.67 (CDN$4.52) per share.",
        "Each option is exercisable at A$0.40 and expires on 31 March 2022.",
        "Acme earned $0.41 per diluted share in the quarter.",
        "Net loss was $0.19 per basic and diluted share, against $0.06 per basic and $0.53 per "
        "diluted share.",
        # a price range, named as one or priced by its high end; an offering price cut "to"
        "Zeta priced its IPO 25 percent above the midpoint of its $11 to $13 target range.",
        "Zeta planned a 4m share IPO at $14 to $16 each.",
        "Zeta trimmed its offering price to $10 from its hoped for $14 to $16 range.",
        "Holders will receive $31.00 in cash for each share, or $35.00 net per share.",
        "Zetamab has a list price of about $480,000 per year.",
        "Acme sold 5.14 million ADSs at $1.75 each in a registered direct offering.",
        # a deal's sum by the compound or target
        "Zeta is eligible to receive up to $66 million per compound in milestone payments.",
        "Omega will pay up to $357.5 million per target in milestone payments.",
        # ... after the sum's noun phrase
        "Zeta may receive up to $230 million in development, regulatory and commercial "
        "milestones per target.",
        # a warrant's price for one share, a rate's denominator
        "Each unit held a warrant to purchase an additional common share for C$1.26.",
        "The notes convert at a rate of 33.1991 shares per $1,000 principal amount of notes.",
        "Acme made a tender offer for all of the shares of Zeta Inc. for $75 apiece.",
        # what each share turns into in a merger, told before the sum
        "Each outstanding share of Zeta common stock has been cancelled and converted into "
        "the right to receive $32.00, in cash, without interest.",
        # what the right each share comes with pays, told before the sum
        "Omega will acquire Zeta for $18.50 per share plus one contingent value right (CVR) per "
        "share entitling the holder to receive up to $4.00 upon approval of ZT-301.",
        "Each CVR entitles its holder to receive $2.25 in cash upon the first sale of ZT-301.",
        # earnings per share by their abbreviation
        "Acme Reports First Profitable Quarter With Q4 EPS of $0.08",
        "Diluted EPS was $1.12 in the year.",
        "On a GAAP basis, earnings per share (EPS) were $0.10 in the quarter.",
    ],
)
def test_prices_per_share_are_never_sums(sentence):
    money = extract_release(LEAD + sentence, "d", "file:///x", []).money
    assert money and all(m.per_unit and not m.in_totals for m in money)


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("Sales reached USD 1.41-1.59 billion in 2023.", [1.41e9]),
        ("Anticipate 2004 Revenues of $88 to $91 Million", [88e6, 91e6]),  # a title's capitals
        ("Acme expects to raise between $2 and $3 million.", [2e6, 3e6]),
        ("The deal is worth $1.5 to $2 billion.", [1.5e9, 2e9]),
        # a price and a count, never a range
        ("Acme sold shares at $8 and 2.5 million shares were sold to insiders.", [8.0]),
        # the high end without its currency after "to": a range rises, or it is none
        ("Acme expects net sales of $21 to 23 million in Q2 2023.", [21e6]),
        ("Acme sold shares at $8 to 2.5 million investors.", [8.0]),
    ],
)
def test_a_ranges_low_end_is_in_the_scale_printed_after_its_high_end(sentence, amounts):
    assert [m.amount for m in find_money(sentence)] == amounts


def test_a_currency_pairs_quote_is_no_amount():
    text = "USD/KRW 1349.5 -1.5 -0.11%\nJPY100/KRW 891.79 -0.93\nZeta will pay KRW 3.5 billion."
    assert [(m.amount, m.currency) for m in find_money(text)] == [(3.5e9, "KRW")]


def test_an_amount_each_of_several_parties_receive_is_no_price():
    text = LEAD + "Acme will pay $10 million each of the next two years to Omega Pharma."
    assert [(m.amount, m.per_unit) for m in extract_release(text, "d", "file:///x", []).money] == [
        (10e6, False)
    ]


def test_the_parts_of_a_stated_total_are_linked_to_it():
    text = LEAD + (
        "Acme has received an upfront payment of US$30 million which includes a license fee of "
        "US$22 million and an equity investment of US$8 million. Acme will receive $2 million in "
        "research funding, $0.5 million of which it will receive this month. Acme is eligible "
        "for up to EUR 140 million, of which EUR 10 million is due on signing."
    )
    money = extract_release(text, "d", "file:///x", []).money
    total = next(m for m in money if m.amount == 30e6)
    two = next(m for m in money if m.amount == 2e6)
    assert [(m.amount, m.part_of, m.in_totals) for m in money] == [
        (30e6, None, True),
        (22e6, total.span_start, False),
        (8e6, total.span_start, False),
        (2e6, None, True),
        (0.5e6, two.span_start, False),
        (140e6, None, True),
        (10e6, next(m for m in money if m.amount == 140e6).span_start, False),
    ]


def test_an_amount_printed_again_is_counted_once():
    text = (
        "Acme Bio Earns $5 Million Milestone From Pfizer\n\n"
        "BOSTON, Mass., May 2, 2014 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
        "announced that it has earned a $5 million milestone payment from Pfizer. The $5 million "
        "payment follows the start of a Phase II trial."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.kind, m.restated, m.in_totals) for m in money] == [
        (5e6, "milestone", True, False),  # the headline restates the body
        (5e6, "milestone", False, True),
        (5e6, "milestone", True, False),  # "The $5 million payment": the milestone again
    ]


def test_money_the_release_only_recalls_is_kept_but_not_added():
    text = LEAD + (
        "Pfizer will pay Acme an upfront fee of $25 million for the new rights. "
        "Abbott made an upfront payment of $8 million to enter the original deal in March 2011, "
        "and paid an additional $25 million to expand it in October 2012. "
        "Acme has previously received $3 million in milestone payments. "
        "Under the terms of the parties' June 2003 agreement, Pfizer will pay Acme $4 million. "
        "Last month, Acme raised $5 million from investors. As announced last December, Acme "
        "and Omega agreed to end their deal for an early termination fee of USD 7 million."
        "\n\nAbout Acme Bio\nAcme Bio has raised $100 million from investors."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.announced, m.restated, m.in_totals) for m in money] == [
        (25e6, True, False, True),
        (8e6, False, False, False),
        (25e6, False, False, False),  # a past payment of the same size is not a restatement
        (3e6, False, False, False),
        (4e6, True, False, True),  # the agreement is dated, not the payment
        (5e6, False, False, False),  # last month's
        (7e6, False, False, False),  # last December's
        (100e6, False, False, False),  # the About section is background
    ]


def test_an_alternative_date_or_a_bound_is_no_recall():
    text = LEAD + (
        "Under the settlement, Omega will pay Zeta $45 million and Zeta will grant Omega a "
        "licence beginning January 1, 2029, or earlier under certain circumstances. Omega may "
        "pay a further $5 million no earlier than 2027. Earlier, Zeta had received $2 million."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.announced) for m in money] == [(45e6, True), (5e6, True), (2e6, False)]


def test_a_prior_periods_figure_beside_the_current_one_is_recalled():
    text = LEAD + (
        "Collaboration revenue was $12.5 million for the quarter, compared to $8.1 million for "
        "the same period in 2018. Net loss was $52.6 million, or $1.21 per share, compared to a "
        "net loss of $41.0 million, or $0.98 per share. Revenues were $543 million vs. prior "
        "year (adjusted pro forma of $477 million), driven by product sales of $346 million."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.announced) for m in money] == [
        (12.5e6, True),
        (8.1e6, False),
        (52.6e6, True),
        (1.21, True),
        (41e6, False),
        (0.98, False),
        (543e6, True),
        (477e6, False),
        (346e6, True),
    ]
    # or labelled with its year in parentheses, as British results print it
    text = LEAD + (
        "Revenue up 20 per cent to GBP14.6 million (2011: GBP12.2 million), with royalty income "
        "of GBP5.7 million (FY 2011: GBP6.5 million) and cash of £2.9m (2008/09: £0.5m)."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.announced) for m in money] == [
        (14.6e6, True),
        (12.2e6, False),
        (5.7e6, True),
        (6.5e6, False),
        (2.9e6, True),
        (0.5e6, False),
    ]
    # a span of quarters or a day as the label, and a range whose ends print the sign apart
    text = LEAD + (
        "Group revenue totaled € 48.2 million (Q1-Q2 2018: € 10.9 million) and cash was € 409.2 "
        "million (December 31, 2018: € 454.7 million); revenues of € 65 to € 72 million expected."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.amount, m.announced) for m in money] == [
        (48.2e6, True),
        (10.9e6, False),
        (409.2e6, True),
        (454.7e6, False),
        (65e6, True),
        (72e6, True),
    ]


def test_without_a_printed_year_dates_in_sentences_decide_nothing():
    amounts = find_money("Acme received $8 million in March 2011.")
    (role,) = money_roles("Acme received $8 million in March 2011.", amounts, 0, 10_000, None)
    assert role.announced
    (dated,) = money_roles(
        "Acme received $8 million in March 2011.", amounts, 0, 10_000, dt.date(2014, 5, 2)
    )
    assert not dated.announced


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Acme licensed the compound to Pfizer in 2004.", ["2004"]),
        ("The companies signed the agreement on March 3, 2009.", ["2009"]),
        ("Acme entered into the deal in June 2010 with Merck.", ["2010"]),
        ("Under the Orphan Drug Act of 1976, Acme licensed the rights.", []),
        ("Acme's 2007 agreement with Merck covers Japan.", []),
    ],
)
def test_a_deal_year_is_a_date_the_sentence_gives(sentence, years):
    assert DEAL_YEAR.findall(sentence) == years


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Acme agreed to sell $10 million of its common stock to investors.", "financing"),
        (
            "Acme may receive up to $193.8 million in opt-in, development and commercial "
            "milestones.",
            "milestone",
        ),
        # a list is one item only when it is a list of the cue's modifiers
        (
            "Acme will receive up to $30 million in research payments as well as milestone fees.",
            "other",
        ),
        ("Beta will buy all shares of common stock of Acme for $20.00 per share.", "other"),
        # the amount's own phrase names it by its last words
        ("Acme may earn $170 million in sales and commercialization milestones.", "milestone"),
        ("Acme expects $40 million in shared development expenses this year.", "other"),
        ("Acme may receive up to $9 million up-front once milestones are met.", "upfront"),
        # the phrase's head, read from its end, not its last word
        ("Beta will pay up to $35 million in regulatory milestones tied to approval.", "milestone"),
        (
            "Acme may receive up to $340 million in clinical, regulatory, and commercial "
            "milestone payments.",
            "milestone",
        ),
        # a sum that bundles an upfront payment with milestones is neither
        ("Acme may receive up to $44 million in upfront and milestone payments.", "other"),
        (
            "Acme may receive up to $286 million including upfront, development and sales "
            "milestone payments.",
            "other",
        ),
        (
            "The aggregate of upfront, development, regulatory and sales milestone payments to "
            "the Dutch firm is up to $517.5 million.",
            "other",
        ),
        ("Acme will receive upfront and milestone payments, with $20 million upfront.", "upfront"),
        # a share's market price is no financing, however near the offering it is printed
        ("Shares of Acme (Nasdaq: ACME) rose 8.6% to $84.05 after it priced an offering.", "other"),
        ("Acme closed down 7.67% at $163.65 after it announced a public offering.", "other"),
        ("Shares rose after Beta agreed to pay up to $300 million in milestones.", "milestone"),
        ("Acme priced its public offering below Friday's closing price of $4.82.", "other"),
        ("Sales rose 12% to $1.2 billion in the year.", "revenue"),
        # whoever moved by a percentage to an amount with no scale: a price, and where it traded
        ("Zeta Labs rose 3.40% to Rs 154.95 after it received approval of its ANDA.", "other"),
        ("Net sales rose 20% to Rs 844.51 crore in the quarter.", "revenue"),
        ("The stock was trading at Rs 128 after the company won its first milestone.", "other"),
        ("The 52-week high was recorded at Rs 135.85 before the milestone.", "other"),
        # a loan's balance is no new financing; a sales threshold is no revenue
        ("The balance on the loan was approximately $56 million.", "other"),
        ("Acme entered into a loan facility of $25 million with a bank.", "financing"),
        ("Acme placed CHF 150 million of senior unsecured convertible bonds.", "financing"),
        # what a sum buys names no kind of it; a sum paid if sales pass a level is a milestone
        (
            "Beta will pay Acme $150 million at closing in exchange for a portion of Acme's "
            "royalties on net sales of AB-1.",
            "other",
        ),
        (
            "Acme will receive an additional $50 million if AB-1 net sales exceed a level.",
            "milestone",
        ),
        ("Royalties stop until net sales exceed a threshold of $85 million.", "other"),
        ("Beta will pay a nonrefundable licensing fee of $1.0 million.", "upfront"),
        ("Beta will pay Acme an initial fee of GBP 4 million and royalties.", "upfront"),
        # a price per share is financing when shares are sold, the price of a company otherwise
        ("Acme announced the pricing of 5,000,000 shares at $4.00 per share.", "financing"),
        ("Beta will acquire Acme for $125 per share in cash.", "other"),
        # the head of the phrase an amount completes names it; research funding is no financing
        (
            "Beta will make an equity investment of $5.0 million in Acme common stock at a "
            "premium.",
            "financing",
        ),
        ("Beta will make an equity investment and fund research of $2.5 million a year.", "other"),
        # shares an amount buys; a second item the phrase lists is not the amount's
        ("Beta will purchase $15 million of Acme common stock at a 20% premium.", "financing"),
        (
            "Acme may receive up to $310 million in development and regulatory milestones and "
            "double-digit royalties on worldwide sales.",
            "milestone",
        ),
        # wordings beyond the first cue list: a payment on signing, an access fee, a note, a
        # payment a clinical event triggers
        ("Beta will make a one-time payment of $10 million upon signing.", "upfront"),
        ("Acme will receive an $18 million technology access fee.", "upfront"),
        ("Beta will pay Acme an entry fee of €1.5 million.", "upfront"),  # a distributor's
        # a cue right after the amount is its own, though a price follows it
        (
            "Beta will make a $15 million equity investment in Acme at $0.95 per share.",
            "financing",
        ),
        ("Beta committed to minimum purchase commitments of €12 million.", "other"),
        ("Acme issued a $5 million convertible note to Beta.", "financing"),
        (
            "Acme will receive a $7.5 million payment triggered by the first patient dosed.",
            "milestone",
        ),
        # a payment due on a development event is a milestone; on signing or closing it is not
        ("Beta will pay Acme a $3 million cash payment after filing the IND.", "milestone"),
        ("Acme will receive $5 million upon initiation of the Phase 2 trial.", "milestone"),
        ("Acme will receive $50 million upon closing of the merger.", "other"),
        # ... after its payer and a comma, or earned on the event
        (
            "Acme has received a $5 million payment from Beta, triggered by the acceptance of "
            "the IND for AC-202.",
            "milestone",
        ),
        (
            "Acme recorded a $2 million payment earned upon dosing of the first patient.",
            "milestone",
        ),
        ("Acme received $4 million from Beta, due on signing of the agreement.", "other"),
        # a sum's lower bound: its words go on after "-plus"
        ("Beta paid Acme a $45 million-plus upfront payment.", "upfront"),
        (
            "Acme will receive an upfront payment of $50 million from Beta and, upon approval, "
            "further milestone payments.",
            "upfront",
        ),
        # an Australian placement raises money too
        (
            "Acme completed a placement of new shares, raising A$12 million before costs.",
            "financing",
        ),
        # a buyback returns money, raises none; nor does a dividend
        (
            "The Board also authorized the repurchase of up to $500 million of the company's "
            "common stock.",
            "other",
        ),
        # a strategy's target is revenue to come
        ("Zeta aims to more than double revenue to DKK 60 billion by 2030.", "revenue"),
        # an at-the-market program sells shares: financing
        ("Zeta Secures Term Loan and Establishes $75 Million At-The-Market Program", "financing"),
        ("Zeta filed a prospectus for a $50 million ATM program with Jefferies.", "financing"),
        # what the sales cost is no revenue
        ("Cost of sales in 2004 was $5.6 million, up from the year before.", "other"),
        ("Net sales grew while cost of goods sold was $3.1 million.", "other"),
        # a loss or an income is no revenue
        ("Net loss for the quarter was $14.5 million, compared to a net loss in 2015.", "other"),
        # a payment due on approvals, in the plural; another item after "and" is not its own
        ("Acme will receive US$25M on achievement of regulatory approvals in China.", "milestone"),
        (
            "Beta is obligated to make payments of up to $6.75 million in the aggregate upon "
            "achievement of certain regulatory and commercial milestones.",
            "milestone",
        ),
        (
            "Acme will receive an upfront payment of $6 million and milestone payments upon "
            "successful clinical trials and approval of commercialization from Beta.",
            "upfront",
        ),
    ],
)
def test_an_amount_takes_the_kind_of_its_own_item(sentence, kind):
    [amount] = [m for m in find_money(sentence) if m.amount >= 1]
    assert amount.kind == kind


def test_a_shares_market_price_is_a_price_per_share():
    texts = [
        "Shares of Acme (Nasdaq: ACME) rose 8.6% to $84.05 after it priced an offering.",
        "Acme priced its public offering below Friday's closing price of $4.82.",
        # a move in points or words, an analyst's target, a ticker bar's quote and its change
        "Acme' share price rose five points to $64.75 after the deal.",
        "Analysts raised the target price to 1 million won.",
        "Nasdaq:US$18.83 (+0.67) | HKEX:HK$31.00 (-0.65)",
        "The market responded well, with Acme shares up 6.61% to $259.07.",
        "In pre-market activity, Acme shares were losing around 38 percent to trade at $5.",
        "The deal sent Acme's share leaping 15% to $3.07 in morning trading.",
        # trade-press quotes: a move in money and a close, a move's time, a range, a change of hands
        "Shares fell $2.16 to close the day at $6.90.",
        "The shares were down more than 14 percent in pre-market on Monday to $10.20.",
        "The stock has been trading in the range of $9.35 - $21.00 in the last year.",
        "Acme shares were recently changing hands at $1.98, down 19%.",
        "At 1:05 p.m. ET, the company's shares were trading 24% lower at $7.06.",
        "Acme closed Tuesday's trading up 6.5 percent at $2.47",
        "Shares of Acme are up $13.10, or 780%, to $14.78 after the data.",
        # a scrip's move to its end, a 52-week range
        "The scrip advanced by 6.61% to end at Rs103.15 on BSE. Intra-day, it zoomed 10.18% to "
        "Rs106.60.",
        "The American depositary shares trade in a 52-week range of $48.30 to $56.73.",
        # a year's range in a news story's words
        "Shares of Acme rose. They had traded between $12.10 and $31.00 over the past year.",
        "Acme stock has ranged from $4 to $9 this year.",
        # a move in cents and per cent, a parcel's price, an opening price
        "Zeta shares will open this morning at $1.20. On Wednesday they fell 24c, or 17.6 per "
        "cent, to $1.12 after a parcel of 1.17 million shares changed hands for $1.10.",
        "Zeta shares kept on climbing, ending the day at $45.50, up 203.3 percent.",
        # a session's close and its move in money after it; a quote beside its symbol
        "ZETA closed Monday's regular trading session at $22.81 down $1.75 or 7.13%.",
        "Zeta Pharmaceuticals (ZET: $5.45) has some very clear objectives.",
    ]
    assert [(m.kind, m.per_unit) for t in texts for m in find_money(t)] == [("other", True)] * 34
    # a range no share trades in is none: "it ranged from" sums
    ranged = find_money("Revenue was strong; it ranged from $5 million to $10 million.")
    assert [m.per_unit for m in ranged] == [False, False]
    # a sum and a price by the share are no range
    [sum_, price] = find_money("Zeta will receive $5 million and $3 per share of Omega stock.")
    assert (sum_.per_unit, price.per_unit) == (False, True)
    # a price by the share after a slash, and a closing price named after the amount
    text = (
        "Zeta won with a cash offer of $92.50/share, a 54% premium to the $2.04 closing price "
        "per share, and will pay a $54-million termination fee."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("$92.50", True),
        ("$2.04", True),
        ("$54-million", False),
    ]
    # never an offering's ceiling: "shares up to $50 million", nor a financing closed
    [offering] = find_money("Acme may sell shares up to $50 million in an offering.")
    assert not offering.per_unit
    [closed] = find_money("Acme closed $50 million of new shares, which rose 5% to $3.")[:1]
    assert not closed.per_unit


def test_a_share_price_is_earned_by_no_milestone():
    text = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. (Nasdaq: ZETA) will receive up to $50 "
        "million in sales milestone payments from Beta, and Zeta's shares were up 12% at $8.29 "
        "after the approval of AB-1.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.trigger) for m in money] == [
        ("$50 million", "sales_threshold"),
        ("$8.29", None),
    ]


def test_a_cue_before_an_amount_belongs_to_the_item_it_opens():
    sentence = "Acme gets an upfront payment of $8 million and a further payment of $4 million."
    assert [m.kind for m in find_money(sentence)] == ["upfront", "other"]


def test_a_kind_the_sentence_excludes_names_no_amount():
    from transform.money import classify_amount

    sentence = "The deal had a potential value, excluding royalties, of approximately $19 million."
    start = sentence.index("$")
    assert classify_amount(sentence, start, start + len("$19 million"))[0] == "other"
    sentence = "The deal included royalties of approximately $19 million."
    start = sentence.index("$")
    assert classify_amount(sentence, start, start + len("$19 million"))[0] == "royalty"


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        ("in contingent payments tied to regulatory milestones", "milestone"),
        ("in deferred payments contingent on development and commercial milestones", "milestone"),
        # a signing's payment, or a deal's worth once all is done, names no milestone's sum
        ("in payments upon signing and milestones", "other"),
        ("in payments following the successful completion of all program milestones", "other"),
    ],
)
def test_a_payment_tied_to_milestones_named_alone_is_a_milestone(after, kind):
    from transform.money import classify_amount

    sentence = f"Zeta acquired Omega for $120 million in cash plus up to $80 million {after}."
    start = sentence.index("$80")
    assert classify_amount(sentence, start, start + len("$80 million"))[0] == kind


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Zeta sold 5,000,000 shares at $4.00 per share.", ["financing"]),
        ("Zeta is issuing 11.5 million common shares at $24 apiece.", ["financing"]),
        ("Zeta placed 83 million shares at A$0.12, a discount to the last close.", ["financing"]),
        # a quote, or a price after the sale's sentence, is none
        ("Zeta sold 5,000,000 shares. The stock closed at $4.00.", ["other"]),
    ],
)
def test_the_price_of_the_shares_a_company_sells_is_financing(sentence, kinds):
    assert [m.kind for m in find_money(sentence)] == kinds


def test_milestones_and_royalties_after_an_amount_are_its_milestones():
    from transform.money import classify_amount

    sentence = "It includes a further US$5 million in development milestone payments and royalties."
    start = sentence.index("US$")
    assert classify_amount(sentence, start, start + len("US$5 million"))[0] == "milestone"


def test_a_sum_converted_into_another_currency_in_parentheses_is_counted_once():
    text = (
        "Zeta will receive an upfront payment of 400 million euros ($434 million) and up to "
        "US$810 million (930 billion won) in milestones, and $5 million (CHF 4 million) "
        "now."
    )
    amounts = find_money(text)
    roles = money_roles(text, amounts, 0, len(text), None)
    assert [(m.text, r.restated) for m, r in zip(amounts, roles, strict=True)] == [
        ("400 million euros", False),
        ("$434 million", True),
        ("US$810 million", False),
        ("930 billion won", True),
        ("$5 million", False),
        ("CHF 4 million", True),
    ]


def test_a_dollar_after_its_iso_code_and_a_conversion_takes_its_sums_kind():
    text = (
        "Zeta will receive an upfront cash payment of US$10m (AUD $13.5m) and additional cash "
        "payments totalling US$17.5m (AUD$23.6m) upon completion of four specific near-term "
        "manufacturing, regulatory and clinical milestones."
    )
    assert [(m.text, m.currency, m.kind) for m in find_money(text)] == [
        ("US$10m", "USD", "upfront"),
        ("AUD $13.5m", "AUD", "upfront"),
        ("US$17.5m", "USD", "milestone"),
        ("AUD$23.6m", "AUD", "milestone"),
    ]


def test_an_exchange_rate_in_words_is_no_money_and_cash_is_no_milestone():
    text = (
        "Results are reported in Canadian dollars with a March 31, 2000 rate of $1.00 Canadian "
        "equaling $0.69 U.S. At an exchange rate of US$1.00 = C$1.35, the fee is C$5 million."
    )
    assert [(m.text, m.currency) for m in find_money(text, ["TSX"])] == [("C$5 million", "CAD")]
    # a rate of royalty is a percentage: the amounts around it stay
    royalty = "It pays royalties at a rate of 5% and a $3 million upfront payment."
    assert [m.text for m in find_money(royalty)] == ["$3 million"]
    cash = "- quarter-end cash of $13.4 million before milestone -"
    assert [(m.kind, m.kind_rule) for m in find_money(cash)] == [("other", "money_cue:cash of")]


def test_an_exchanges_day_is_no_money_of_the_company():
    text = (
        "Shares of ZETA PHARMA LTD. was last trading in BSE at Rs.321.85 as compared to the "
        "previous close of Rs. 321.45. The stock hit an intraday high of Rs. 327. The net "
        "turnover during the day was Rs. 34222048. The scrip has touched a high and low of "
        "Rs129 and Rs126.90. The current market cap of the company is Rs3,231.49cr."
    )
    found = find_money(text)
    assert [m.text for m in found if m.kind_rule == "money_share_price"] == [
        "Rs.321.85",
        "Rs. 321.45",
        "Rs. 327",
        "Rs. 34222048",
        "Rs129",
        "Rs3,231.49cr",  # in crore, abbreviated: 32,314,900,000
    ]
    assert found[-1].amount == 32_314_900_000
    assert all(m.per_unit for m in found if m.kind_rule == "money_share_price")
    # a company's turnover for a year is its revenue, no market's; shares' turnover is one
    text = (
        "Turnover for the year was £5 million. Zeta plc today reported third quarter turnover of "
        "£8.1 billion. Zeta shares changed hands with a turnover of HK$1.8 billion."
    )
    assert [(m.kind, m.kind_rule) for m in find_money(text)] == [
        ("revenue", "money_cue:turnover"),
        ("revenue", "money_cue:turnover"),
        ("other", "money_market_size"),
    ]


def test_up_front_in_two_words_contributions_and_an_iso_code_after_a_scaled_number():
    text = (
        "Under the terms of the deal, Beta will pay $20.0 million up front and will make up to "
        "five additional annual contributions of $20.0 million. Zeta also gets research "
        "collaboration funding of $1.1 million. With the start of the trial, Zeta will receive "
        "10 million USD from Beta."
    )
    found = find_money(text)
    assert [(m.text, m.currency, m.kind) for m in found] == [
        ("$20.0 million", "USD", "upfront"),
        ("$20.0 million", "USD", "other"),
        ("$1.1 million", "USD", "other"),
        ("10 million USD", "USD", "other"),
    ]
    # an ISO code after a number needs its scale; before it, none
    assert [m.text for m in find_money("In 2015 USD rates rose; it paid USD 500,000.")] == [
        "USD 500,000"
    ]


def test_a_possessives_receipt_names_the_payee_and_sales_based_payments_are_milestones():
    text = (
        "Hørsholm, Denmark, 23 April 2024 - Zeta Biotech Holding AB today announced a "
        "dividend from Beta Vac ApS. The dividend follows Beta Vac's receipt of a EUR 10 "
        "million milestone payment from Gamma Nordic A/S for the completion of a Phase III "
        "trial of its vaccine.\n"
    )
    money = extract_release(text, "doc", "file:///x.txt").money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("EUR 10 million", "Gamma Nordic", "Beta Vac")
    ]
    options = (
        "Should Beta exercise its option, Zeta would be eligible for approval and sales-based "
        "payments of up to CHF479 million, and tiered royalties on future sales."
    )
    assert [m.kind for m in find_money(options)] == ["milestone"]


def test_a_date_after_a_share_quote_dates_the_quote_and_a_raised_offer_is_no_financing():
    text = (
        "Acquirer Rises\n\nTOKYO, March 1, 2010 -- Zeta Pharma today said it plans to acquire "
        "Beta Pharmaceuticals for $52.00 per share in cash, or an aggregate of some $3.5 billion, "
        "a premium of over 40% on the closing price of Beta's common stock of $37.02 per share "
        "on February 26, 2010.\n"
    )
    money = {m.text: m for m in extract_release(text, "doc", "file:///x.txt").money}
    assert money["$3.5 billion"].announced and money["$3.5 billion"].in_totals
    # a sentence dated before the release is still recalled history
    past = text.replace("today said it plans", "said in January 2009 it planned")
    assert not {m.text: m for m in extract_release(past, "d", "f").money}["$3.5 billion"].announced
    raised = "Zeta secures acquisition of Beta Pharma, raising its offer to $4 billion"
    assert [(m.kind, m.kind_rule) for m in find_money(raised)] == [
        ("other", "money_cue:its offer to")
    ]


def test_a_recall_cue_after_a_comparison_recalls_only_the_compared_figure():
    text = (
        "Zeta Reports Results\n\nBIRMINGHAM, Ala., Feb. 4, 2004 /PRNewswire/ -- Zeta Bio, Inc. "
        "today announced financial results for the year. The net loss for the quarter ended "
        "December 31, 2003 was $3,250,000, compared to a net loss of $2,736,000 for the same "
        "period last year. This compares to a net loss of $3.9 million in the comparable "
        "quarter. Zeta has already received $1.0 million of its grant. Fourth quarter results "
        "show royalties of $97 million, representing a 38% increase from the previous quarter.\n"
    )
    money = {m.text: m.announced for m in extract_release(text, "doc", "f").money}
    assert money == {
        "$3,250,000": True,
        "$2,736,000": False,
        "$3.9 million": False,
        "$1.0 million": False,
        "$97 million": True,  # the change named, the prior figure not printed
    }


def test_a_deals_potential_value_is_no_upfront():
    text = (
        "The transactions come with almost $200 million of upfront payments, and have a "
        "combined potential value of up to around $4 billion, plus royalties."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$200 million", "upfront"),
        ("$4 billion", "other"),
    ]


def test_an_upfront_its_own_words_name_inside_a_potential_total_is_paid_upfront():
    text = (
        "Zeta may receive up to $455 million in total, with $280 million in upfront payments "
        "and up to $175 million in potential milestone payments. Beta pays an up-front fee of up "
        "to $20 million."
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("$455 million", "other", True),
        ("$280 million", "upfront", False),
        ("$175 million", "milestone", True),
        ("$20 million", "upfront", True),
    ]


def test_a_sum_of_the_sums_its_brackets_name_by_kind_is_a_bundle():
    text = (
        "Zeta and Omega agreed to develop ZT-8, in a deal worth up to $1.25 billion ($400 million "
        "upfront and up to $850 million in milestone payments). Revenue: DKK 233.4 million "
        "(DKK 19.9 million / USD 3.0 million in the first half of 2019). Zeta may earn milestones "
        "of up to US$53.3 million (A$76 million)."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$1.25 billion", "other"),  # never the upfront or the milestones it bundles
        ("$400 million", "upfront"),
        ("$850 million", "milestone"),
        ("DKK 233.4 million", "revenue"),
        ("DKK 19.9 million", "revenue"),
        ("USD 3.0 million", "revenue"),
        ("US$53.3 million", "milestone"),  # one sum, converted
        ("A$76 million", "milestone"),
    ]


def test_a_sum_paid_if_or_as_milestones_are_met_is_a_milestone():
    text = (
        "Omega will make a $400 million up-front payment to Zeta and future payments worth up to "
        "$850 million more, based on meeting certain milestones. Zeta could receive up to $420 "
        "million in additional payments, if the company meets development, approval and sales "
        "milestones. Omega will pay an upfront fee of $100,000, as well as payments upon the "
        "attainment of certain milestones. The all-stock deal was valued at $57.4 million based "
        "on Zeta's closing share price, and approved by both boards. Terms include $5 million as "
        "a licensing fee upon approval of the product."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$400 million", "upfront"),
        ("$850 million", "milestone"),
        ("$420 million", "milestone"),
        ("$100,000", "upfront"),  # the payments after it are another item
        ("$57.4 million", "other"),  # a price's basis, no milestone
        ("$5 million", "milestone"),
    ]
    text = (
        "Omega will pay a $0.5 million license issue fee, with additional payments totaling up "
        "to approximately $87.0 million to be made upon the achievement of certain sales and "
        "regulatory milestones."
    )
    assert [(m.text, m.kind) for m in find_money(text)][1] == (
        "$87.0 million",
        "milestone",  # never revenue for its "sales"
    )


def test_a_cue_that_dates_a_period_names_no_kind():
    text = (
        "The $3 million payment brings to $8 million the payments received since signing the "
        "agreement. Beta pays Zeta $2 million upon signing the agreement."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$3 million", "other"),
        ("$8 million", "other"),
        ("$2 million", "upfront"),
    ]


def test_a_raised_bid_a_valuation_a_tax_credit_and_cash_in_hand_are_no_deal_money():
    # a bid raised is no money raised; "in October" dates a sum, no phrase naming its kind
    text = (
        "Beta raised its earlier unsolicited bid from the original $4 a share to $5.50, valuing "
        "Zeta at some $212 million. Zeta reported cash funds of $10 million, to which it added "
        "a R&D tax incentive of $5 million in October and this milestone of $9 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$4", "other"),
        ("$5.50", "other"),
        ("$212 million", "other"),
        ("$10 million", "other"),
        ("$5 million", "other"),
        ("$9 million", "milestone"),
    ]


def test_a_sum_a_partner_pays_on_sales_reached_at_agreed_levels_is_a_new_milestone():
    text = (
        LEAD + "Acme said it will receive $40 million from Omega Biotech Products after "
        "achieving certain sales of Zetavir at previously agreed levels.\n"
    )
    (money,) = extract_release(text, "h", "u").money
    assert (money.kind, money.trigger, money.announced, money.in_totals) == (
        "milestone",
        "sales_threshold",
        True,
        True,
    )


def test_analysts_estimates_are_no_money_of_the_issuers():
    text = (
        LEAD + "Revenue was $5 million, above the $4.5 million consensus analyst estimate. The "
        "consensus estimate for the bottom line was a net loss of $0.25. Net loss was $2.6 "
        "million, or $0.02 on a per-share basis, against the $3 million analysts expected. "
        "Q4 revenue of $6 million trounced the average analysts' revenue estimate of $5.5 "
        "million.\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.announced, m.per_unit) for m in money] == [
        ("$5 million", True, False),
        ("$4.5 million", False, False),
        ("$0.25", False, False),
        ("$2.6 million", True, False),
        ("$0.02", True, True),
        ("$3 million", False, False),
        ("$6 million", True, False),
        ("$5.5 million", False, False),
    ]


def test_a_headlines_sum_the_body_prints_in_parts_counts_once_and_a_placements_price_never():
    text = (
        "Zeta raises $15m\nTuesday, 15 November, 2005\nMelbourne drug developer Zeta (ASX:ZTA) "
        "has successfully raised AUD$12 million through an institutional placement at $0.51 "
        "and an additional $3 million following an underwritten share purchase plan. Directors "
        "are subscribing for 1.3 million shares worth a further $104,000, and Omega took a $2.5 "
        "million equity stake in Zeta.\n"
    )
    extraction = extract_release(text, "h", "u")
    assert extraction.release.headline == "Zeta raises $15m"
    assert [(m.text, m.kind, m.per_unit, m.in_totals) for m in extraction.money] == [
        ("$15m", "financing", False, False),  # what it raised in all, counted once
        ("AUD$12 million", "financing", False, True),
        ("$0.51", "financing", True, False),
        ("$3 million", "financing", False, True),
        ("$104,000", "financing", False, True),
        ("$2.5 million", "financing", False, True),
    ]


def test_a_sum_converted_between_commas_is_restated_and_shares_the_event_that_earns_it():
    text = "Zeta will receive 4 million euros, or about $5 million, upon approval in Europe."
    found = find_money(text)
    assert [(m.text, m.kind) for m in found] == [
        ("4 million euros", "milestone"),
        ("$5 million", "milestone"),
    ]
    assert [role.restated for role in money_roles(text, found, 0, len(text), None)] == [
        False,
        True,
    ]
    # a price per share in the same currency is no conversion
    text = "Zeta raised $10 million, or $0.50 per share, in the placement."
    roles = money_roles(text, find_money(text), 0, len(text), None)
    assert [role.restated for role in roles] == [False, False]


def test_prior_periods_labelled_by_fiscal_year_or_day_first_and_a_bases_own_date():
    text = (
        LEAD + "Revenues totalled £77k (H1 FY22: £22k). Cash was £766k (30 June 2022: £3,154k). "
        "Half year revenues increased 20% to £1.3m (£1.0m FY16). Pre-tax losses widened to "
        "£651,000 from £572,000 last year, while revenue increased to £2.4 million.\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.announced) for m in money] == [
        ("£77k", True),
        ("£22k", False),
        ("£766k", True),
        ("£3,154k", False),
        ("£1.3m", True),
        ("£1.0m", False),
        ("£651,000", True),
        ("£572,000", False),
        ("£2.4 million", True),
    ]


def test_a_price_a_share_closed_at_is_per_share():
    text = (
        "Zeta Bio will receive an upfront payment. Shares in Zeta rose 7.5% in premarket "
        "activity after closing at $9.65 on the day of the announcement, January 9."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [("$9.65", True)]


def test_a_sum_for_upfront_fees_and_milestones_bundles_both():
    text = (
        "Zeta will receive up to 34.8 billion won from Omega soon for upfront fees and near-term "
        "milestones."
    )
    assert [(m.kind, m.kind_rule) for m in find_money(text)] == [("other", "money_bundle")]


@pytest.mark.parametrize(
    "text",
    [
        "Zeta is eligible to receive upfront, milestones and option fees of up to a total of "
        "approximately USD 90 million.",
        "Zeta may receive upfront payments, development milestones, and research fees totalling "
        "EUR 40 million.",
        # "up front" in two words
        "Above up front and milestone payments will be up to a maximum total amount of around "
        "6.3 billion yen.",
    ],
)
def test_a_list_of_payments_an_upfront_and_milestones_open_is_a_bundle(text):
    assert [(m.kind, m.kind_rule) for m in find_money(text)] == [("other", "money_bundle")]


def test_the_sales_a_sum_is_paid_on_name_no_revenue():
    text = (
        "Total potential payments including research, development, regulatory and sales "
        "milestones may add up to an aggregate of 260 million euros on worldwide sales."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [("260 million euros", "milestone")]


def test_the_market_a_sum_measures_after_it_is_no_money_of_the_issuers():
    text = "The product will compete in the OTC $1.2 billion gastrointestinal category."
    assert [(m.kind, m.kind_rule) for m in find_money(text)] == [("other", "money_market_size")]
    # a sum without a scale, or a market's capitalisation, is no market's size
    text = "Zeta paid $5 million in its market development program."
    assert find_money(text)[0].kind_rule != "money_market_size"


def test_a_bare_yen_sign_is_the_yuan_where_the_text_names_china_and_never_japan():
    deal = "Zeta Healthtech of Beijing will pay ¥12 million (US$1.8 million) up front."
    assert [m.currency for m in find_money(deal)] == ["CNY", "USD"]
    japan = deal.replace("Beijing", "Tokyo")
    assert [m.currency for m in find_money(japan)] == ["JPY", "USD"]
    both = deal + " It sells in Japan."
    assert find_money(both)[0].currency == "JPY"
    # China named only after the amount, in passing, says nothing of it
    later = (
        "Zeta Limited received an upfront payment of ¥300 million from Fuso Pharmaceutical "
        "Industries, Ltd.\n\nZeta pursues licensing opportunities in the US and China."
    )
    assert find_money(later)[0].currency == "JPY"


def test_the_figure_a_sum_grew_or_fell_from_has_the_sums_kind():
    text = "Its revenues declined to C$109,831 from C$122,254 year over year on lower royalties."
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("C$109,831", "revenue"),
        ("C$122,254", "revenue"),
    ]


def test_revenue_from_its_sources_is_revenue_and_so_is_last_years_figure():
    """ "Revenues from contract research and licensing fees were $5,212,000 in 1992, down from
    $6,233,000 in 1991": the fees are where the revenue came from, no upfront payment."""
    text = (
        "Revenues from contract research and licensing fees were $5,212,000 in 1992, down from "
        "$6,233,000 in 1991 due to the completion of certain contracts."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$5,212,000", "revenue"),
        ("$6,233,000", "revenue"),
    ]
    # a fee with its own sum is the fee's
    fee = "Zeta received licensing fees of $2 million from Omega, and revenues rose."
    assert [(m.text, m.kind) for m in find_money(fee)] == [("$2 million", "upfront")]


def test_a_bare_dollar_is_the_one_the_text_converts_other_sums_into():
    text = (
        "Zeta is $5.6 million richer after a milestone payment from Beta, which sent it 100 "
        "million Japanese yen (around A$1.3 million) in August, of US$19 million (approximately "
        "A$27 million) in milestones."
    )
    assert [(m.text, m.currency) for m in find_money(text)][:2] == [
        ("$5.6 million", "AUD"),
        ("A$1.3 million", "AUD"),
    ]
    # a bare "$" converted into another dollar is not that one
    text = "Zeta pays $10 million (C$13 million) upfront, and $5 million later."
    assert [m.currency for m in find_money(text)] == ["USD", "CAD", "USD"]


def test_a_sale_to_a_buyer_makes_the_buyer_payer_and_what_is_sold_the_target():
    text = (
        "LONDON, UK, May 2, 2019 -- Zeta Therapeutics plc (LSE: ZETA) announced the sale of its "
        "subsidiary Lyra Pty Ltd to Omega Pharma Ltd for up to USD10.8m in cash.\n"
    )
    extraction = extract_release(text, "d", "file:///x", [])
    assert [(m.payer, m.payee) for m in extraction.money] == [("Omega Pharma", None)]
    roles = {o.name: o.role for o in extraction.organizations}
    assert roles == {"Lyra Pty Ltd": "target", "Omega Pharma Ltd": "acquirer"}
    # rights handed over "to" a company for a sum: it pays; who holds them is no payer
    text = LEAD + (
        "On August 14, 2018, the two companies signed a contract to transfer all rights of "
        "Zetanib held by Northwind Pharmaceutical to Omega LifeScience for 40 billion KRW."
    )
    extraction = extract_release(text, "d", "file:///x", [])
    assert [(m.payer, m.payee) for m in extraction.money] == [("Omega LifeScience", None)]


def test_a_warrant_exercise_is_financing_and_an_exercise_price_from_is_per_share():
    text = (
        "Zeta Announces Exercise of Warrants for $1.26 Million Gross Proceeds\n\nPITTSBURGH, "
        "July 26, 2024 (GLOBE NEWSWIRE) -- Zeta Oncology Inc. (NASDAQ: ZETA) today announced "
        "that it has entered into a definitive agreement for the exercise of certain existing "
        "warrants to purchase 958,117 shares, reducing their exercise price from $14.00 to $1.32 "
        "per share. The gross proceeds are expected to be approximately $1.26 million.\n"
    )
    extraction = extract_release(text, "d", "f")
    assert "financing" in {e.event_type for e in extraction.events}
    assert {m.text: m.per_unit for m in extraction.money}["$14.00"] is True


def test_a_comments_section_and_what_follows_it_are_no_part_of_the_release():
    text = (
        "Thursday 9th November 2017\nASX-listed Kiwi biotech firm Zeta Cell Technologies is in a "
        "trading halt until tomorrow, when it expects to announce the results of a clinical "
        "trial of its treatment for Parkinson's disease. Its shares last traded at 20.5 cents.\n"
        "No comments yet\nBeta Quarterly Market Update - Dec 2024\nScott Secures NZ$18 million "
        "in Global Contracts for Protein\nJanuary 14th Morning Report\nAFT - NEW YEAR LETTER\n"
    )
    assert [m.text for m in extract_release(text, "d", "f").money] == []


def test_indian_results_rupees_against_and_year_ago_figures():
    text = (
        "Zeta Pharma net up 4.6% at Rs 639.5 crore in Q2\n\nHyderabad, Nov 12, 2019 (PTI): Zeta "
        "Pharma Limited on Tuesday said its net profit was up by 4.6 percent to Rs 639.5 crore "
        "against Rs 611.4 crore in the Q2 FY 19. Exports were at Rs 611 crore during the period, "
        "up 22 per cent from Rs 499 crore in the year-ago period. The company reported profit of "
        "3.91 billion rupees ($59.9 million) against 2.78 billion rupees a year ago.\n"
    )
    money = {m.text: m for m in extract_release(text, "d", "f").money}
    assert money["3.91 billion rupees"].currency == "INR"
    assert {t: m.announced for t, m in money.items() if m.span_start > 60} == {
        "Rs 639.5 crore": True,
        "Rs 611.4 crore": False,
        "Rs 611 crore": True,
        "Rs 499 crore": False,
        "3.91 billion rupees": True,
        "$59.9 million": True,
        "2.78 billion rupees": False,
    }


def test_a_price_unchanged_at_is_a_share_price_and_sales_unchanged_at_are_not():
    text = (
        "Shares of Zeta were unchanged at $21.69 in aftermarket trading. Sales were unchanged at "
        "$5 million."
    )
    assert [(m.text, m.kind_rule) for m in find_money(text)] == [
        ("$21.69", "money_share_price"),
        ("$5 million", "money_cue:sales"),
    ]


def test_a_price_the_news_pushed_shares_to_is_a_share_price():
    text = (
        "The news pushed Zeta's shares 10.4% to 109.70 Danish kroner in early trading. The deal "
        "sent Omega stock up 5 percent to $12.10. It pushed sales 20% to $50 million."
    )
    assert [(m.text, m.kind_rule) for m in find_money(text)] == [
        ("109.70 Danish kroner", "money_share_price"),
        ("$12.10", "money_share_price"),
        ("$50 million", "money_cue:sales"),  # no shares moved
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The estimated sales in 2014 for Zetasartan tablets is $233.3 million, as per IMS.",
        "According to IQVIA data, Zetasartan tablets had annual sales of $172 million in the US.",
        "Zetasartan tablets had US sales of $98 million (IQVIA MAT March 2020).",
    ],
)
def test_sales_a_market_data_firm_measures_are_the_markets(sentence):
    text = (
        "Zeta Pharma Ltd has received final approval from the USFDA to market Zetasartan "
        f"tablets. {sentence} Zeta Pharma's own sales rose to $50 million in the quarter.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.kind, m.rule, m.announced) for m in money] == [
        ("other", "money_market_size", False),
        ("revenue", "money_cue:sales", True),  # no firm cited: the issuer's own
    ]


def test_a_market_with_annual_sales_exceeding_a_sum_is_its_size():
    text = LEAD + (
        "Combination therapy is the fastest-growing sector of the respiratory market, with "
        "annual sales currently exceeding $10.0 billion. Acme's product sales were $5 million "
        "in the quarter, with sales of $2 million in Europe.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.rule, m.in_totals) for m in money] == [
        ("$10.0 billion", "money_market_size", False),
        ("$5 million", "money_cue:product sales", True),
        ("$2 million", "money_cue:sales", True),
    ]


def test_a_boards_quote_line_prints_a_share_price():
    text = (
        "NEU 3.15% $21.27 zeta pharmaceuticals limited\nAZN -4.0% premarket to $55.17\n"
        "ZETA said NEU paid 3.15% $21 million."
    )
    assert [(m.text, m.kind_rule) for m in find_money(text)] == [
        ("$21.27", "money_share_price"),
        ("$55.17", "money_share_price"),
        ("$21 million", "money_no_cue"),  # a line of prose, no quote
    ]


def test_a_quote_boxs_previous_close_abbreviated_is_a_share_price():
    text = "Change (% chg)\n¥-16 (-1.10%)\nPrev Close\n¥1,457\nOpen\n¥1,450\nZeta paid ¥1,200."
    assert [(m.text, m.kind_rule) for m in find_money(text)][:3] == [
        ("¥1,457", "money_share_price"),
        ("¥1,450", "money_share_price"),
        ("¥1,200", "money_no_cue"),
    ]


def test_a_markets_size_is_no_money_of_the_issuers():
    text = (
        "Zeta Bio, Inc. said its Phase 3 trial of ZB-104 met its goals. Global sales of Crohn's "
        "disease therapies are estimated to exceed $10 billion in 2024. The market for "
        "ZB-104 is expected to reach $2 billion. Zeta expects product sales of $50 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind, m.announced, m.in_totals) for m in extraction.money] == [
        ("$10 billion", "other", False, False),
        ("$2 billion", "other", False, False),
        ("$50 million", "revenue", True, True),  # the issuer's own forecast stays its money
    ]
    # a market's size, in a sentence whose "viz." is no sentence's end
    text = (
        "Zeta Bio, Inc. said its plant was approved. It is significant to note here that the US "
        "market size for these two bulk drugs viz. Zetastatin and Zetalukast is approximately "
        "Rs 50 billion and Rs 20 billion respectively.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.announced, m.in_totals) for m in extraction.money] == [
        ("Rs 50 billion", False, False),
        ("Rs 20 billion", False, False),
    ]
    # a market's opportunity
    text = (
        "Zeta Biologics has licensed two biosimilar assets to Omega Inc. in Japan. Zeta developed "
        "these assets for an addressable market opportunity of about $700 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.announced, m.in_totals) for m in extraction.money] == [
        ("$700 million", False, False)
    ]
    # a product's peak sales, a forecast of years ahead
    text = (
        "Zeta Bio will make an upfront payment of $3.5 million. ZB-001 is expected to surpass "
        "$100 million of peak sales in the US, and analysts see peak annual sales of over $1 "
        "billion for ZB-002. Zeta expects peak annual global sales of $1.3-$1.9 billion for "
        "ZB-003.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind, m.announced, m.in_totals) for m in extraction.money] == [
        ("$3.5 million", "upfront", True, True),
        ("$100 million", "other", False, False),
        ("$1 billion", "other", False, False),
        ("$1.3", "other", False, False),  # a range's two ends, both forecast
        ("$1.9 billion", "other", False, False),
    ]


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        (  # the figure a sum grew from is the prior period's, whatever recalls it after
            "Revenue grew to $1.72 billion in the quarter, from $1.58 billion in the "
            "corresponding period of the previous fiscal.",
            [("$1.72 billion", True), ("$1.58 billion", False)],
        ),
        (
            "Zeta boosted its offering from $90 million to $104 million.",
            [("$90 million", False), ("$104 million", True)],
        ),
        (  # a range's floor is none
            "Zeta will pay amounts ranging from $5 million to $10 million.",
            [("$5 million", True), ("$10 million", True)],
        ),
        (  # the period "over" labels
            "Revenues were $1.4 million, a 24% increase over the previous year's revenues of "
            "$1.2 million.",
            [("$1.4 million", True), ("$1.2 million", False)],
        ),
        (  # a comparison's own label recalls nothing of the sentence
            "Revenues were $543 million vs. prior year (adjusted, $477 million), driven by "
            "sales of Zetavir up 16% to $346 million.",
            [("$543 million", True), ("$477 million", False), ("$346 million", True)],
        ),
        (  # the period a change is "relative to" labels the change, not the figure before it
            "Revenue amounted to DKK 2,612 million, a 19% increase relative to the year-earlier "
            "period. Sales were DKK 300 million relative to DKK 250 million a year earlier.",
            [("DKK 2,612 million", True), ("DKK 300 million", True), ("DKK 250 million", False)],
        ),
        (  # what a parenthesis after an amount says, it says of the figure inside it
            "The net loss amounted to CHF 267 million (loss of CHF 533 million in H1 2022). In "
            "the second quarter a loss of CHF 13 million (loss of CHF 233 million in the "
            "corresponding period of the previous year) was incurred.",
            [
                ("CHF 267 million", True),
                ("CHF 533 million", False),
                ("CHF 13 million", True),
                ("CHF 233 million", False),
            ],
        ),
        (  # a prior period's figure alone in a parenthesis in the figure's currency, no label
            "Revenues of NOK 12.4 million (NOK 8.1 million). Operating loss of EUR 4.5m "
            "( –EUR 3.9m ). Zeta received $5 million (€4.6 million) and $7 million ($3 million "
            "upfront).",
            [
                ("NOK 12.4 million", True),
                ("NOK 8.1 million", False),
                ("EUR 4.5m", True),
                ("EUR 3.9m", False),
                ("$5 million", True),
                ("€4.6 million", True),  # converted, another currency
                ("$7 million", True),
                ("$3 million", True),  # part of it: words follow in the parenthesis
            ],
        ),
    ],
)
def test_a_prior_periods_figure_is_recalled_and_the_current_one_announced(text, announced):
    amounts = find_money(text)
    roles = money_roles(text, amounts, 0, len(text), dt.date(2023, 7, 21))
    assert [(m.text, r.announced) for m, r in zip(amounts, roles, strict=True)] == announced


def test_a_bare_dollar_is_the_one_its_parenthesis_names_and_a_papers_dollar_prefix():
    text = (
        "Zeta completes raising of $3.4 million\n\nSingapore, Dec 06, 2011: Australian biotech "
        "Zeta has completed a $3.4 million (AU$3.4 million) capital raising. Omega raised "
        "$A2.8 million and $NZ1.5 million, and Beta $US2 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.currency, m.in_totals) for m in extraction.money] == [
        ("$3.4 million", "AUD", False),  # the headline's, printed again below
        ("$3.4 million", "AUD", True),
        ("AU$3.4 million", "AUD", False),  # the same sum again, in its named dollar
        ("$A2.8 million", "AUD", True),
        ("$NZ1.5 million", "NZD", True),
        ("$US2 million", "USD", True),
    ]


def test_an_amount_in_billions_is_exact_and_a_payment_at_the_time_of_approval_is_a_milestone():
    text = (
        "In return, Zeta will receive ¥3.0 billion from Omega as the initial payment and "
        "¥8.2 billion at the time of its approval in Japan, and Omega raised $4.1 billion."
    )
    found = find_money(text)
    assert [(m.amount, m.currency, m.kind) for m in found] == [
        (3_000_000_000.0, "JPY", "upfront"),
        (8_200_000_000.0, "JPY", "milestone"),
        (4_100_000_000.0, "USD", "financing"),
    ]


def test_a_venture_round_is_financing():
    found = find_money(
        "Zetabio has closed an oversubscribed $37.5m series B round featuring Omega Capital. "
        "It had raised a $12 million seed round in 2019."
    )
    assert [(m.amount, m.kind) for m in found] == [
        (37_500_000.0, "financing"),
        (12_000_000.0, "financing"),
    ]


def test_an_exchange_rate_printed_as_an_equation_is_no_amount():
    found = find_money("The agreement is worth NOK75m.\n(EUR1=NOK10.21)\n")
    assert [(m.text, m.currency) for m in found] == [("NOK75m", "NOK")]


def test_a_payment_on_executing_the_agreement_is_upfront_and_one_on_a_trials_start_a_milestone():
    text = (
        "Zetarix will receive a payment of 300 million yen within 40 days of executing the "
        "agreement and 400 million yen on the start of the first clinical trial site in Japan."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("300 million yen", "upfront"),
        ("400 million yen", "milestone"),
    ]


def test_a_sum_to_raise_is_financing():
    [price, proceeds] = find_money(
        "Zeta sold 10 million shares at $5 per share to raise $50 million."
    )
    assert (price.kind, price.per_unit, proceeds.kind, proceeds.per_unit) == (
        "financing",
        True,
        "financing",
        False,
    )


def test_an_upfront_with_its_own_sum_leaves_the_milestones_after_it_theirs():
    text = (
        "Acme to receive US$100 million up-front, plus additional potential milestone payments "
        "of up to US$427 million, plus royalties"
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("US$100 million", "upfront"),
        ("US$427 million", "milestone"),
    ]


def test_the_parts_a_sum_is_said_to_include_are_out_of_totals():
    text = LEAD + (
        "Omega will pay Acme an upfront payment of $1.35 billion. Contingent payments of up to "
        "$5.55 billion include $3.8 billion for regulatory milestones and other contingencies, "
        "as well as sales-related milestones of up to $1.75 billion."
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.in_totals) for m in money] == [
        ("$1.35 billion", True),
        ("$5.55 billion", True),
        ("$3.8 billion", False),
        ("$1.75 billion", False),
    ]


def test_a_total_the_next_sentence_prints_in_parts_counts_once():
    text = LEAD + (
        "The total contract value is $34.5 million (approximately KRW 48.3 billion). The agreement "
        "includes a non-refundable upfront payment of $2.5 million and milestones of $32 million. "
        "Revenue was $10 million. R&D cost $4 million and G&A $6 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.part_of is not None, m.in_totals) for m in money] == [
        ("$34.5 million", False, True),
        ("KRW 48.3 billion", False, False),  # its conversion
        ("$2.5 million", True, False),
        ("$32 million", True, False),
        # no total named: sums that happen to add up are each their own
        ("$10 million", False, True),
        ("$4 million", False, True),
        ("$6 million", False, True),
    ]


def test_a_payment_printed_again_without_its_cue_keeps_the_kind_printed_first():
    text = (
        "Zeta Receives EUR11.3m Milestone Payments for US Approval of Zetadago\n\nMilan, Italy, "
        "May 12, 2017 - Zeta S.p.A. today announced the receipt of milestone payments. Payments "
        "totaled EUR11.3 million which will be recognized as immediate revenue. Half year "
        "revenues rose to EUR2.5m, a royalty of EUR2.5m; research costs were EUR11.3m.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.in_totals) for m in money] == [
        ("EUR11.3m", "milestone", False),  # the headline restates the body
        ("EUR11.3 million", "milestone", True),
        ("EUR2.5m", "revenue", True),
        ("EUR2.5m", "royalty", True),
        ("EUR11.3m", "other", False),  # a cost of the same size, no payment: no kind taken
    ]


def test_a_financial_tables_figures_are_in_the_unit_its_header_declares():
    text = (
        "Zeta Bio Reports Second Quarter 2019 Financial Results\n\nBOSTON, Aug. 6, 2019 (GLOBE "
        "NEWSWIRE) -- Zeta Bio, Inc. (Nasdaq: ZETA) today reported revenue of $12.3 million and "
        "a net loss of $5.7 million, or $0.12 per share, for the second quarter.\n\n"
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share data)\n"
        "                                   2019          2018\n"
        "Collaboration revenue            $ 12,345      $ 10,234\n"
        "Net loss per share               $ 0.12        $ 0.10\n"
        "Proceeds from issuance of shares $ 45,000      $ 0\n"
        "Grant income of $400,000 was received.\n\n"
        "Zeta also said it received a grant of $500,000 from the Omega Foundation for its work "
        "in gout this quarter.\n\n"
        "BALANCE SHEET DATA\n($ in millions)\n| Cash and cash equivalents | $ 27.5 | $ 31.0 |\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.amount, m.per_unit, m.in_totals) for m in money] == [
        ("$12.3 million", 12.3e6, False, True),
        ("$5.7 million", 5.7e6, False, True),
        ("$0.12", 0.12, True, False),
        # the table's figures in thousands, restating the period the text reports
        ("$ 12,345", 12_345_000.0, False, False),
        ("$ 10,234", 10_234_000.0, False, False),
        ("$ 0.12", 0.12, True, False),  # a row by the share is never scaled
        ("$ 0.10", 0.10, True, False),
        ("$ 45,000", 45e6, False, False),  # a sum from selling shares is no price by the share
        ("$ 0", 0.0, False, False),
        ("$400,000", 400_000.0, False, True),  # a sentence in the table: no row
        ("$500,000", 500_000.0, False, True),  # running text again: no table's unit
        ("$ 27.5", 27.5e6, False, False),
        ("$ 31.0", 31e6, False, False),
    ]


def test_payments_due_as_and_when_earned_are_potential():
    text = (
        "Zeta has received $10.0 million to date. The agreement calls for additional milestone "
        "payments, as and when earned, of $43.0 million. Omega will owe royalties and, if and "
        "when achieved, $8 million in sales milestones."
    )
    assert [(m.text, m.is_potential) for m in find_money(text)] == [
        ("$10.0 million", False),
        ("$43.0 million", True),
        ("$8 million", True),
    ]


def test_a_tables_unit_in_the_singular_with_its_currency_named_scales_its_figures():
    text = (
        "Zeta Medical Reports Second Quarter Results\n\nMELBOURNE, Australia--(BUSINESS WIRE)--"
        "Zeta Medical Limited (ASX: ZTM) reported results for the quarter ended 31 December "
        "2019 today.\nProduct sales for the quarter were as follows (unaudited):\n"
        "(Thousand Australian $’s) |\nU.S. product sales |\nA$4,661 |\nA$1,102 |\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.amount) for m in money] == [
        ("A$4,661", 4_661_000.0),
        ("A$1,102", 1_102_000.0),
    ]


def test_share_prices_quoted_traded_today_or_closed_higher():
    text = (
        "Zeta is quoting at Rs 285, higher by 5.8%, on the BSE. Zeta shares were trading today "
        "at Rs 308.30 on the BSE. The stock price closed Monday 11.5 per cent higher at Rs 306. "
        "Zeta will receive Rs 110 crore."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("Rs 285", True),
        ("Rs 308.30", True),
        ("Rs 306", True),
        ("Rs 110 crore", False),
    ]


def test_a_new_sum_before_the_running_total_it_brings_is_announced():
    text = LEAD + (
        "Acme has received a $5 million milestone payment from Omega, bringing the total "
        "milestones received to $20 million. Acme also received Rs 110 crore from Omega, taking "
        "the total upfront receipts to about Rs 220 crore.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$5 million", True),
        ("$20 million", False),
        ("Rs 110 crore", True),
        ("Rs 220 crore", False),
    ]


def test_sums_named_respectively_take_each_its_nouns_kind():
    text = (
        "The company had reported a consolidated sales and profit of Rs 2,949 crore and Rs 457 "
        "crore respectively for the March 2011 fiscal. Omega paid royalties and milestones of "
        "$4 million and $6 million, respectively."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("Rs 2,949 crore", "revenue"),
        ("Rs 457 crore", "other"),
        ("$4 million", "royalty"),
        ("$6 million", "milestone"),
    ]


def test_a_sentence_saying_the_sum_before_includes_its_own_makes_it_a_part():
    text = LEAD + (
        "Omega will license ZB-363 in exchange for a $1.2 billion upfront payment to Acme upon "
        "closing. The payment includes a $100 million equity investment in Acme. Acme also "
        "raised $50 million. The proceeds include $20 million from Omega.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.part_of is not None, m.in_totals) for m in money] == [
        ("$1.2 billion", False, True),
        ("$100 million", True, False),
        ("$50 million", False, True),
        ("$20 million", True, False),
    ]


def test_conversions_with_c_or_a_currency_name_after_and_a_research_houses_valuation():
    text = LEAD + (
        "Acme will receive milestones totaling up to USD$124 million, or around $177 million "
        "Australian dollars for the first product. Acme may receive up to c US$320m (c CHF297m). "
        "We value Acme at CHF921.7m. An analyst upgraded Acme and raised his price target to $7.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert money[1].currency == "AUD"
    assert [(m.text, m.restated, m.announced) for m in money] == [
        ("USD$124 million", False, True),
        ("$177 million", True, True),  # AUD: named after it
        ("US$320m", False, True),
        ("CHF297m", True, True),
        ("CHF921.7m", False, False),  # the analysts' figure, no money of the issuer's
        ("$7", False, False),  # an analyst's price target
    ]


def test_a_paragraph_that_opens_with_a_past_date_recalls_its_sums():
    text = (
        "Zeta Extends License\n\nBasel, Switzerland, January 10, 2018 - Zeta Pharmaceutica Ltd. "
        "(SIX: ZETA) reported today the extension of its license with Omega. Zeta will receive "
        "an upfront payment of USD 3 million.\n\nIn June 2017, Zeta signed a license agreement "
        "with Omega for Europe. Zeta received a CHF 70 million upfront payment and is eligible "
        "for milestone payments of up to USD 427 million.\n\nZeta now expects to receive USD 5 "
        "million more this year.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("USD 3 million", True),
        ("CHF 70 million", False),
        ("USD 427 million", False),
        ("USD 5 million", True),  # a paragraph of its own, of this year
    ]


def test_a_deck_glued_before_the_dateline_names_no_kind_of_the_leads_sums():
    text = (
        "Earns Milestone Payment of Additional $2.5 Million CRANBURY, N.J., Feb. 12 "
        "/PRNewswire-FirstCall/ -- Zeta Technologies, Inc. today announced it has received $4.1 "
        "million from Omega relating to an extension of its research agreement."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$2.5 Million", "milestone"),
        ("$4.1 million", "other"),  # never the deck's milestone
    ]


def test_an_investment_in_a_companys_shares_is_financing():
    text = (
        "Zeta is to pay for the agreement in three ways. It will make a $1m (£709,000) investment "
        "in new Omega shares, bear the cost of the studies necessary to obtain regulatory approval "
        "for ZT-21, and also make upfront and milestone payments of $7m once ZT-21 is approved."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$1m", "financing"),
        ("£709,000", "financing"),  # the same sum, converted
        ("$7m", "other"),  # upfront and milestones together
    ]


def test_a_sum_paired_respectively_with_an_earlier_year_is_recalled():
    text = (
        "Zeta reports results\nBOSTON, March 12 /PRNewswire/ -- Zeta Inc. reported results. "
        "Revenues for the fourth quarter of 2000 and 1999 were $110,000 and $2,477,000 "
        "respectively. Its net loss was $4,271,000 and $2,213,000, or $0.36 and $0.26 per share, "
        "in 2000 and 1999, respectively.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money][:2] == [
        ("$110,000", True),
        ("$2,477,000", False),
    ]


def test_a_records_date_after_a_sum_recalls_no_sum():
    text = (
        "Zeta prices offering\nShares of Zeta rose. The gross proceeds from the offering will be "
        "around $376.7 million, the largest offering by a US biotech firm since the sector began "
        "a selloff nearly a year ago. Zeta had $40 million in cash a year ago.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$376.7 million", True),
        ("$40 million", False),
    ]


def test_a_cue_dating_the_event_a_sum_came_after_recalls_no_sum():
    text = (
        "Zeta closes placement\nZeta has closed a $9.5 million placement tranche after "
        "shareholders approved it at the company's meeting last month. Zeta raised $4 million, "
        "following $2 million raised last month.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$9.5 million", True),
        ("$4 million", True),
        ("$2 million", False),
    ]


def test_the_result_a_sum_swung_from_named_before_it_is_recalled():
    text = (
        "Zeta results\nZeta swung to net finance income of £161,355 from net finance expense of "
        "£160,301. Its loss narrowed to £1.1m from a loss of £1.8m. It received $5 million from "
        "Omega.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("£161,355", True),
        ("£160,301", False),
        ("£1.1m", True),
        ("£1.8m", False),
        ("$5 million", True),
    ]


def test_a_wires_one_sentence_paragraphs_after_a_dated_one_tell_its_history():
    text = (
        "Zeta's arthritis drug deal nixed\n\nSEOUL, Jan. 23, 2019 (Wire) -- Zeta said Wednesday "
        "that its partner Omega would hand back its licensed drug.\n\nIn 2015, Zeta struck a "
        "US$700 million licensing deal with Omega.\n\nOmega got global rights to the molecule."
        "\n\nOmega paid Zeta $50 million up front and agreed to pay a further $640 million in "
        "development milestones.\n\nZeta will receive $5 million from Beta for ZT-2.\n\n"
        "Zeta signed with Gamma. The deal is new.\n\nGamma paid Zeta $7 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("US$700 million", False),
        ("$50 million", False),  # paid, as the dated paragraph's story goes on
        ("$640 million", False),
        ("$5 million", True),  # a payment to come
        ("$7 million", True),  # a paragraph of two sentences ends the story read back
    ]


def test_a_deals_total_size_named_right_before_it_adds_the_sums_of_its_sentence():
    text = LEAD + (
        "Acme will receive an upfront payment of USD 20 million and is eligible for milestones of "
        "up to USD 325 million, for a total deal size of approximately USD 345 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.restated, m.in_totals) for m in money] == [
        ("USD 20 million", "upfront", False, True),
        ("USD 325 million", "milestone", False, True),
        ("USD 345 million", "other", True, False),  # the two before it, added
    ]


def test_a_total_after_the_sums_it_adds_and_sums_of_one_size_but_two_kinds():
    text = LEAD + (
        "Under the terms of the agreement, Omega will pay Acme an upfront payment of $1 billion. "
        "Contingent payments of up to $5 billion include $1 billion for achievement of future "
        "regulatory milestones, and $4 billion for sales-related milestones. Total payments "
        "under the agreement have the potential to reach up to $6 billion.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.restated, m.in_totals) for m in money] == [
        ("$1 billion", "upfront", False, True),
        ("$5 billion", "milestone", False, True),
        ("$1 billion", "milestone", False, False),  # an upfront's size, another sum: a part
        ("$4 billion", "milestone", False, False),
        ("$6 billion", "other", True, False),  # the sums before it, added
    ]


def test_an_upfront_inside_a_bounded_total_and_parts_of_their_totals_kind():
    text = LEAD + (
        "Omega will pay Acme up to 480 million euros, comprising upfront cash payment of 120 "
        "million euros, and regulatory, commercial, and sales-based milestone payments up to 360 "
        "million euros. Acme will receive a $200m upfront payment and is eligible to receive "
        "regulatory milestones, including $60m upon the approval of ZB-1 in Europe. The upfront "
        "payment of about $111 million would comprise about $71 million in cash as well as a $40 "
        "million equity investment. Beta bought rights to ZB-2 in an agreement worth up to "
        "US$855m in an upfront payment and potential milestones. IFRS earnings per share grew "
        "18.4 percent to 2.78 euros.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.part_of is not None, m.per_unit) for m in money] == [
        ("480 million euros", "other", False, False),
        ("120 million euros", "upfront", True, False),  # "up to" bounds the total, not it
        ("360 million euros", "milestone", True, False),
        ("$200m", "upfront", False, False),
        ("$60m", "milestone", False, False),  # the milestones' part, not the upfront's
        ("$111 million", "upfront", False, False),
        ("$71 million", "other", True, False),
        ("$40 million", "financing", True, False),
        ("US$855m", "other", False, False),
        ("2.78 euros", "other", False, True),
    ]


def test_profit_measures_equity_purchases_and_a_deals_overall_value_name_their_kind():
    text = (
        "Zeta now expects revenue of DKK 15 billion and EBIT of DKK 2.4 billion this year. Omega "
        "made an equity purchase of US$20 million. Zeta may earn royalties on net sales, for a "
        "potential overall value up to $1 billion. Operating profit was EUR 3 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("DKK 15 billion", "revenue"),
        ("DKK 2.4 billion", "other"),  # a profit, never sales
        ("US$20 million", "financing"),
        ("$1 billion", "other"),  # the deal's value, never royalties
        ("EUR 3 million", "other"),
    ]


def test_a_later_sentence_saying_the_sum_comprises_parts_that_add_up_makes_them_parts():
    text = LEAD + (
        "Acme received $40 million from Omega after completing a collaboration in China.\n\n"
        "As part of the partnership, Omega has received exclusive rights in China for ZB-150.\n\n"
        "The payment comprises a $20 million up-front technology access fee and a $20 million "
        "equity purchase. Acme raised $50 million in May.\n\nAcme will receive a payment from "
        "Omega soon. The payment includes $10 million in stock.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.part_of is not None, m.in_totals) for m in money] == [
        ("$40 million", "other", False, True),
        ("$20 million", "upfront", True, False),
        ("$20 million", "financing", True, False),
        ("$50 million", "financing", False, True),
        ("$10 million", "other", False, True),  # adds to no sum before: its own
    ]


def test_the_terms_of_the_original_agreement_are_recalled_history():
    text = LEAD + (
        "Acme expanded its collaboration with Omega and earned a milestone payment of €0.5 m. "
        "As part of the original agreement, Acme received an upfront payment of €5 m and could "
        "earn up to €254 m in further milestones. Under the amended agreement Acme will receive "
        "€3 m more.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("€0.5 m", True),
        ("€5 m", False),
        ("€254 m", False),
        ("€3 m", True),
    ]


def test_a_sum_paid_in_connection_with_or_tied_to_an_event_is_a_milestone():
    text = (
        "Zeta will pay up to USD 250 million in connection with regulatory approvals. Omega may "
        "receive $40 million tied to the first commercial sale. Zeta paid $3 million in "
        "connection with the offering."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("USD 250 million", "milestone"),
        ("$40 million", "milestone"),
        ("$3 million", "other"),  # an offering is no milestone's event
    ]


def test_a_payment_an_event_triggers_and_sums_subject_to_sales_thresholds_are_milestones():
    text = (
        "Acceptance of the filing will trigger a US$10 million payment to Zeta from Omega. The "
        "milestones consist of $105 million in development milestones and up to $350 million "
        "subject to achieving certain sales thresholds. The merger triggered a $5 million "
        "impairment charge."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("US$10 million", "milestone"),
        ("$105 million", "milestone"),
        ("$350 million", "milestone"),  # never the issuer's sales
        ("$5 million", "other"),  # a charge, no payment
    ]


def test_the_date_an_agreement_after_the_amount_was_signed_on_dates_no_payment():
    text = (
        "Zeta Triggers Milestone\n\nJun. 20, 2016\n\nZeta Pharma Limited has announced the start "
        "of a Phase II trial. The start has triggered a US$10 million milestone payment to Zeta "
        "under the terms of the agreement with Omega PLC signed in December 2011. Zeta received "
        "$5 million in December 2011 too.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("US$10 million", True),
        ("$5 million", False),  # the date the amount's own
    ]


def test_a_sum_paid_as_an_upfront_and_milestones_bundles_them_and_a_verb_ends_a_kind_list():
    text = (
        "Otsuka will in total receive up to approximately $1.4 billion from Zeta as up-front "
        "payment and development and regulatory milestone payments. Zeta will receive $20 "
        "million as an upfront payment, and is eligible for milestones of $50 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$1.4 billion", "other"),  # an upfront and milestones together
        ("$20 million", "upfront"),
        ("$50 million", "milestone"),  # "and is eligible for milestones": no list of kinds
    ]


def test_a_sum_shared_between_an_upfront_and_milestones_and_sales_milestone_payments():
    text = (
        "Zeta is eligible to receive up to US $5 million between an upfront payment and "
        "regulatory milestone payments in Canada. Zeta is also eligible to receive royalties, "
        "in addition to up to US $3 million as potential sales milestone payments."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("US $5 million", "other"),  # both kinds
        ("US $3 million", "milestone"),  # never the issuer's sales
    ]


def test_a_sum_added_after_a_bundle_of_upfront_and_milestones_is_its_own():
    text = (
        "Zeta may receive up to US $5 million between an upfront payment and regulatory "
        "milestone payments in Canada, in addition to up to US $3 million as potential sales "
        "milestone payments. The upfront and milestone payments total $90 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("US $5 million", "other"),
        ("US $3 million", "milestone"),  # added after the bundle, no part of it
        ("$90 million", "other"),
    ]


def test_the_sales_level_a_royalty_tier_or_a_milestone_is_set_at_is_no_sum():
    text = LEAD + (
        "Acme will be entitled to a 15% royalty on net sales up to USD 75,000,000 and an 18% "
        "royalty on net sales above USD 75,000,000. Acme will receive a $25 million milestone "
        "when annual net sales exceed $500 million. Revenue of more than $2 million came from "
        "royalties. Acme may earn milestones based on annual sales levels of up to $86 "
        "million. Acme will receive 40% of Omega's royalties on net sales of Zetavia up to $1.5 "
        "billion annually.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.in_totals) for m in money] == [
        ("USD 75,000,000", "other", False),
        ("USD 75,000,000", "other", False),
        ("$25 million", "milestone", True),
        ("$500 million", "other", False),  # the level that earns it
        ("$2 million", "royalty", True),  # royalties after it: a sum of them
        ("$86 million", "milestone", True),  # "of up to" bounds the milestones
        ("$1.5 billion", "other", False),  # the sales of the product named
    ]


def test_a_royalty_interest_bought_is_a_price_paid_to_its_seller():
    text = (
        "Zeta Acquires Royalty Interest in Omega's Zetavia for Up to $525 Million\n\n"
        "BOSTON, Jan. 10, 2022 -- Zeta Royalty, Inc. (Nasdaq: ZRTY) today announced that it has "
        "acquired a royalty interest in Zetavia from Omega Bio, Inc. for an upfront payment of "
        "$400 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.payer, m.payee) for m in money] == [
        ("$525 Million", "other", None, None),
        ("$400 million", "upfront", "Zeta Royalty", "Omega Bio"),
    ]


def test_a_sum_due_if_milestones_are_met_is_a_milestone_and_one_replaced_is_no_more_due():
    text = LEAD + (
        "Omega will pay Acme $30 million up front with the potential for an additional $135 "
        "million if certain regulatory and commercial milestones are achieved. Omega will pay "
        "$5 million if the deal closes. Omega will make an upfront payment of €5 million, which "
        "replaces the U.S.$4 million approval milestone that Omega would have been required to "
        "pay.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.announced) for m in money] == [
        ("$30 million", "upfront", True),
        ("$135 million", "milestone", True),
        ("$5 million", "other", True),  # a closing is no milestone
        ("€5 million", "upfront", True),
        ("U.S.$4 million", "milestone", False),  # replaced: no longer due
    ]


def test_a_sum_a_new_one_brought_to_a_total_is_the_running_total():
    text = LEAD + (
        "Acme raised an additional $23 million in a third tranche of its Series B financing. "
        "This brought to a total of $48.4 million the amount raised from the Series B.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$23 million", True),
        ("$48.4 million", False),  # the running total, recalled
    ]


def test_an_investment_in_preferred_equity_is_financing():
    text = (
        "Terms include an investment of $4 million in preferred equity and $5 million as a "
        "licensing fee upon approval. Beta bought $2 million of convertible preferred stock."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$4 million", "financing"),
        ("$5 million", "milestone"),
        ("$2 million", "financing"),
    ]


def test_an_about_section_run_into_the_text_is_background():
    text = LEAD + (
        "Acme has received $4.1 million from Omega under its license agreement. About Acme Bio, "
        "Inc. Acme Bio, Inc. is a biopharmaceutical company. About Omega Omega is a major "
        "healthcare business with healthcare sales of US$ 31.6 billion.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$4.1 million", True),
        ("US$ 31.6 billion", False),  # Omega's sales, in an About section
    ]


def test_the_total_a_company_will_have_received_so_far_is_recalled():
    text = LEAD + (
        "A GBP10 million milestone payment from Omega has been triggered. On receipt of this "
        "milestone, Acme will have received a total of GBP26.3 million in milestone payments "
        "from Omega since the deal was signed.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("GBP10 million", True),
        ("GBP26.3 million", False),
    ]


def test_the_total_a_company_has_received_with_a_new_payment_is_recalled_and_the_payment_not():
    text = LEAD + (
        "With this milestone payment of $25 million, Acme has received a total of $100 million "
        "under the contract. Acme has received $5 million from Beta.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("$25 million", True),
        ("$100 million", False),
        ("$5 million", True),  # a payment received, no total of them
    ]


def test_success_payments_are_milestones_and_a_sum_a_payment_brings_to_is_a_running_total():
    text = LEAD + (
        "Acme could receive success payments of up to US$564 million. The US$3 million payment "
        "brings to US$8 million the payments received by Acme since signing the agreement.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.announced) for m in money] == [
        ("US$564 million", "milestone", True),
        ("US$3 million", "other", True),
        ("US$8 million", "other", False),  # the running total
    ]


def test_an_upfront_named_with_other_payments_is_a_bundle_and_a_cue_heads_an_amount_over_it():
    text = (
        "Zeta is eligible to receive upfront and near-term payments of up to $12 million and "
        "milestone payments of over $300 million, as well as royalty payments."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$12 million", "other"),  # an upfront and near-term payments together
        ("$300 million", "milestone"),  # "milestone payments of over": its own cue
    ]


def test_the_trade_presss_e_before_a_scaled_sum_is_the_euro_and_alone_nothing():
    text = (
        "Zeta received E10 million upfront and E2.5m more. Code E10 is an additive; Series E 10 "
        "million shares; Vitamin E 400 mg; e10 million."
    )
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [
        ("E10 million", 10e6, "EUR"),
        ("E2.5m", 2.5e6, "EUR"),
    ]


def test_the_deutsche_mark_as_dm_is_read_only_before_a_scaled_sum():
    text = (
        "Omega will pay Zeta an upfront fee of DM 10 million and up to DM25 million in milestones; "
        "the DM1 and DM4 payloads, DM 12,500 and E 10 million are no sums."
    )
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [
        ("DM 10 million", 10e6, "DEM"),
        ("DM25 million", 25e6, "DEM"),
    ]


def test_a_share_price_after_a_move_in_dollars_and_cents_or_after_slipping():
    text = (
        "Shares of Zeta surged 26 percent, or $1.45, to $6.97 in midday trading Friday. Omega "
        "shares slipped 32 cents to $25.11 as markets declined; Omega shares dipped 2% to $9.10. "
        "Zeta receives $8 million upfront; its sales slipped 5% to $40 million."
    )
    assert [(m.amount, m.per_unit, m.kind) for m in find_money(text)] == [
        (1.45, True, "other"),
        (6.97, True, "other"),
        (25.11, True, "other"),
        (9.10, True, "other"),
        (8_000_000.0, False, "upfront"),
        (40_000_000.0, False, "revenue"),
    ]


def test_a_bare_kroner_is_the_krone_of_the_one_nordic_country_the_text_names():
    deal = "Zeta is entitled to an upfront payment of 80 million kroner and up to 1,200,000 kroner."
    danish = "Copenhagen-based " + deal
    norwegian = "Oslo, Norway: " + deal
    for text, currency in ((danish, "DKK"), (norwegian, "NOK")):
        assert [(m.amount, m.currency) for m in find_money(text)] == [
            (80e6, currency),
            (1.2e6, currency),
        ]
    for text in (deal, "Danish and Norwegian investors: " + deal, "Oslo: 312 kroner a share."):
        assert find_money(text) == []  # neither or both named, or no scale: no amount


def test_a_cue_printed_around_its_amount_names_its_kind():
    text = (
        "Zeta will receive an initial $25 million payment, followed by milestone payments of up "
        "to $160 million. Omega gets an initial $2 million cash payment and an additional $3 "
        "million payment."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$25 million", "upfront"),
        ("$160 million", "milestone"),
        ("$2 million", "upfront"),
        ("$3 million", "other"),  # "additional payment" names no kind
    ]


def test_an_amounts_own_phrase_ends_at_a_verb():
    text = (
        "Zeta could receive up to $434 million in milestone payments and also could receive "
        "royalties on any sales. Omega pays $5 million in royalties."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$434 million", "milestone"),
        ("$5 million", "royalty"),
    ]


def test_a_share_price_a_move_in_euros_after_its_percent_or_a_rocketing_share_reached():
    text = (
        "News of the deal sent the shares of Zeta rocketing more than 40% to 7.56 euros in "
        "morning trading. Omega stock gained 5.8%, or 2.26 euros, to 41.2 euros on Wednesday. "
        "Sales rose 12%, or 20 million euros, to 300 million euros.\n"
    )
    assert [(m.amount, m.per_unit, m.kind) for m in find_money(text)] == [
        (7.56, True, "other"),
        (2.26, True, "other"),
        (41.2, True, "other"),
        (20_000_000.0, False, "revenue"),
        (300_000_000.0, False, "revenue"),
    ]


def test_thousands_grouped_by_spaces():
    text = (
        "Zeta announces a milestone payment of USD 750 000 from its partner, and has received "
        "so far USD 250 000. It raised SEK 12 345 678 from 2 000 investors.\n"
    )
    assert [(m.text, m.amount) for m in find_money(text)] == [
        ("USD 750 000", 750_000.0),
        ("USD 250 000", 250_000.0),
        ("SEK 12 345 678", 12_345_678.0),
    ]


def test_bln_abbreviates_billion():
    text = "Zeta Signs Licence with Omega, with Up to $1.7 Bln Payment; it raised USD 1.2 bln.\n"
    assert [(m.text, m.amount) for m in find_money(text)] == [
        ("$1.7 Bln", 1_700_000_000.0),
        ("USD 1.2 bln", 1_200_000_000.0),
    ]


def test_a_decimal_comma_before_a_scale_and_a_price_per_treatment():
    text = (
        "Zeta will receive a payment of EUR 1,5 million and EUR 2,75 billion in milestones; its "
        "sales were 3,200 million euros. The therapy is priced at USD 3,2 million per treatment.\n"
    )
    assert [(m.text, m.amount, m.per_unit) for m in find_money(text)] == [
        ("EUR 1,5 million", 1_500_000.0, False),
        ("EUR 2,75 billion", 2_750_000_000.0, False),
        ("3,200 million euros", 3_200_000_000.0, False),
        ("USD 3,2 million", 3_200_000.0, True),
    ]


def test_a_decimal_comma_without_a_scale_is_read_whole():
    text = "Zeta Pharma AB reported a loss per share of SEK 3,65 (3,57); it paid EUR 1,500 in fees."
    assert [(m.text, m.amount) for m in find_money(text)] == [
        ("SEK 3,65", 3.65),
        ("EUR 1,500", 1500.0),  # three digits after the comma: thousands
    ]


def test_a_price_printed_with_its_ticker_is_a_share_price():
    text = "Shares of Zeta (Nasdaq: ZETA, $4.99) closed up 26 cents. Zeta got $5 million upfront."
    assert [(m.text, m.per_unit, m.kind) for m in find_money(text)] == [
        ("$4.99", True, "other"),
        ("$5 million", False, "upfront"),
    ]


def test_a_companys_size_where_the_text_says_what_it_is_is_background():
    text = LEAD + (
        "Omega Pharma is a multinational pharmaceutical company based in Bagsvaerd, Denmark, with "
        "annual sales of $2.5 billion. Zeta received $5 million from Omega Pharma.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.announced) for m in money] == [
        ("$2.5 billion", "other", False),
        ("$5 million", "other", True),
    ]


def test_a_deals_worth_printed_before_the_deal_is_no_upfront_and_a_flat_close_a_price():
    text = (
        "Zeta landed a sizeable up-front payment of $35 million in a potential $465 million "
        "collaboration with Omega. Shares of Zeta closed flat at €1.33 Wednesday."
    )
    assert [(m.text, m.kind, m.per_unit) for m in find_money(text)] == [
        ("$35 million", "upfront", False),
        ("$465 million", "other", False),
        ("€1.33", "other", True),
    ]


def test_a_bare_dollar_after_a_named_one_in_its_sentence_is_in_that_dollar():
    text = (
        "Zeta (ASX: ZTA) has received a second US$3 million milestone payment from Omega, bringing "
        "the total payments under the agreement to $11 million to date out of a possible $112 "
        "million. Zeta sold shares at C$13.30 ($10.20)."
    )
    assert [(m.text, m.currency) for m in find_money(text)] == [
        ("US$3 million", "USD"),
        ("$11 million", "USD"),
        ("$112 million", "USD"),
        ("C$13.30", "CAD"),
        ("$10.20", "USD"),  # a conversion in parentheses: never the named dollar before it
    ]
    money = extract_release(LEAD + text + "\n", "d", "file:///x", []).money
    assert [(m.text, m.currency, m.announced) for m in money][:2] == [
        ("US$3 million", "USD", True),  # the running total's "to date" recalls only the total
        ("$11 million", "USD", False),  # never the ASX listing's dollar: the sentence names one
    ]


def test_a_price_per_consideration_share_is_by_the_share():
    text = (
        "US$25.1 million in 10,000,000 consideration shares issued for US$2.51 per "
        "consideration share."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("US$25.1 million", False),
        ("US$2.51", True),
    ]


def test_a_payment_an_amount_heads_with_words_of_its_own_takes_no_earlier_cue():
    text = (
        "Zeta will receive an upfront payment of $40 million, an exclusive option rights payment "
        "of $90 million and tiered royalties. Omega ends its royalty on net sales in exchange "
        "for a one-time payment of $3.0 million. Completion of the study, the first milestone, "
        "triggers an aggregate payment of $7 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$40 million", "upfront"),
        ("$90 million", "other"),  # never the upfront's kind past the comma
        ("$3.0 million", "other"),  # never the royalty it buys out
        ("$7 million", "milestone"),  # "aggregate" names nothing of its own
    ]


def test_a_cue_list_after_from_and_a_royalty_rate_after_a_comma():
    text = (
        "Zeta could earn up to $300 million from development, regulatory and commercial "
        "milestone payments, as well as royalties. Omega will pay $20M upfront, up to $1.1B in "
        "additional milestones, low double-digit royalties on sales."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$300 million", "milestone"),
        ("$20M", "upfront"),
        ("$1.1B", "milestone"),  # the royalties after the comma are another item
    ]


def test_a_royalty_sold_or_bought_is_no_royalty_paid_nor_a_royalty_firms_name_a_cue():
    text = (
        "Zeta sold its royalty and milestone rights for ZT-41 to Omega Capital for up to USD 30 "
        "million. Beta acquired a royalty interest in sales of ZT-7 for $315 million. Gamma "
        "sold its ZT-9 program to Kappa Royalty for up to $40 million. Omega pays Zeta royalties "
        "of $5 million a year. Delta Receives $2 Million Royalty Payment From Epsilon. Eta "
        "sold Theta a royalty revenue stream in consideration of a cash payment of $3,000,000. "
        "Iota Completes HK$1.2 Billion Placing of New H Shares."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("USD 30 million", "other"),
        ("$315 million", "other"),
        ("$40 million", "other"),  # "Royalty" names a firm, no payment
        ("$5 million", "royalty"),
        ("$2 Million", "royalty"),  # a Title Case headline's cue is a cue
        ("$3,000,000", "other"),  # a revenue stream's price, no revenue
        ("HK$1.2 Billion", "financing"),  # ... after its scale too, however a name it reads
    ]


def test_parts_in_the_form_of_and_a_signing_payment_milestones_include():
    text = (
        LEAD + "Omega will pay Acme Bio an aggregate of $10.0 million in the form of a $4.5 "
        "million payment in cash and a $5.5 million equity investment. Acme Bio is eligible to "
        "receive up to USD 60 million in milestone payments, including USD 6 million paid at "
        "signing. The Japanese market for such drugs amounted to $290 million in 2018.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.part_of is not None, m.announced) for m in money] == [
        ("$10.0 million", "other", False, True),
        ("$4.5 million", "other", True, True),
        ("$5.5 million", "financing", True, True),  # an equity investment in the total
        ("USD 60 million", "milestone", False, True),
        ("USD 6 million", "upfront", True, True),
        ("$290 million", "other", False, False),  # a market's size, no money of Acme's
    ]


def test_an_amounts_own_phrase_past_its_conversion_in_parentheses():
    text = (
        "Zeta received 8.9 billion won ($7.25 million) in upfront and near-term milestone "
        "payments. Zeta will receive up to 426.5 billion won ($363 million) in milestones and "
        "separate royalties according to the agreed standards."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("8.9 billion won", "other"),  # a bundle of an upfront and milestones
        ("$7.25 million", "other"),
        ("426.5 billion won", "milestone"),  # the royalties are another item
        ("$363 million", "milestone"),
    ]


def test_an_additional_sum_of_the_same_size_is_another_and_in_addition_to_ends_a_phrase():
    text = (
        LEAD + "Omega acquired an option in exchange for an initial payment to Acme Bio of $5 "
        "million. Omega may acquire a license upon the payment to Acme Bio of an additional $5 "
        "million. Milestone payments to Acme Bio by Omega could amount to $22.5 million in "
        "addition to royalties upon commercial sales.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.restated) for m in money] == [
        ("$5 million", "upfront", False),
        ("$5 million", "other", False),  # another $5 million, never the first printed again
        ("$22.5 million", "milestone", False),  # the royalties are another item
    ]


def test_a_deals_worth_printed_in_parts_by_the_next_sentence_with_money():
    text = (
        LEAD + "Acme Bio has signed a $26 million contract with Omega Biopharma to license out "
        "AB-122 in Asia. Omega will be responsible for its development. Acme Bio will receive "
        "$2 million of upfront and up to $24 million of milestone payments.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.part_of is not None) for m in money] == [
        ("$26 million", "other", False),  # the deal's worth, its parts printed later
        ("$2 million", "upfront", True),
        ("$24 million", "milestone", True),
    ]


def test_an_upfront_its_own_head_names_stays_an_upfront_where_a_company_is_eligible():
    text = (
        "Zeta is eligible to receive from Omega an upfront payment of $100 million in connection "
        "with the effectiveness of the agreement, as well as certain milestone payments. Zeta "
        "is eligible to receive up to $30 million upfront and milestone payments of $90 million."
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$100 million", "upfront"),  # never a milestone for the "eligible" before it
        ("$30 million", "upfront"),
        ("$90 million", "milestone"),
    ]


def test_a_title_printed_again_over_its_lead_and_a_sum_pointed_back_to_are_counted_once():
    text = (
        "29-Dec-2020: Zeta Receives US$7m milestone from Omega\n"
        "Also: Zeta email communication to those on their email list about today's news\n"
        "Zeta Receives US$7m Milestone\n"
        "Biotech company Zeta Ltd (ASX: ZTA) has today received a US$7 million (~A$9.2 million) "
        "milestone payment from its US licensee Omega Pharma S.p.A. (Omega) following the FDA's "
        "approval of Zetavir.\nA further US$3 million is payable by Omega on shipment by Zeta of "
        "commercial launch stock, scheduled for the first quarter of 2021.\nZeta reported cash "
        "of A$10 million at 30 September 2020 to which it has since added this milestone of A$9 "
        "million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.is_potential, m.restated, m.in_totals) for m in money] == [
        ("US$7m", "milestone", False, True, False),  # the headline
        ("US$7m", "milestone", False, True, False),  # the headline printed again
        ("US$7 million", "milestone", False, False, True),
        ("A$9.2 million", "milestone", False, True, False),
        ("US$3 million", "milestone", True, False, True),  # due on an event to come
        ("A$10 million", "other", False, False, True),
        ("A$9 million", "milestone", False, True, False),  # "this milestone of"
    ]


def test_a_payment_again_a_products_unit_price_a_contract_fee_and_a_sum_for_us_approval():
    text = (
        "Zeta to receive $60 million milestone from Omega for lung cancer drug zetatinib\n"
        "Zeta Corp. said Wednesday that it expects to receive a $60 million milestone payment "
        "from Omega Pharmaceuticals for the commercialization of zetatinib.\nZeta said that the "
        "$60 million payment accounts for more than 2.5 percent of its 2023 consolidated sales "
        "revenue of 1.859 trillion won ($1.39 billion).\nJapan's agency priced the tablets at "
        "¥4,403.30 ($30.75) for the 80mg version.\nUnder the 2018 deal Zeta received a contract "
        "fee of $50 million. The company has already received $70 million for U.S. approval in "
        "August 2024.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.per_unit, m.restated) for m in money] == [
        ("$60 million", "milestone", False, True),  # the headline
        ("$60 million", "milestone", False, False),
        ("$60 million", "milestone", False, True),  # "the $60 million payment": no revenue
        ("1.859 trillion won", "revenue", False, False),
        ("$1.39 billion", "revenue", False, True),
        ("¥4,403.30", "other", True, False),  # a tablet's price, no offering's
        ("$30.75", "other", True, True),
        ("$50 million", "upfront", False, False),  # a contract fee is paid at signing
        ("$70 million", "milestone", False, False),  # paid for U.S. approval
    ]


def test_a_shares_high_a_trading_volume_and_a_transaction_value_are_no_new_money():
    text = (
        "Zeta Bio Inc (HK:1801) shares surged on Monday after it announced a partnership with "
        "Omega, pushing Zeta's stock up as much as 6% to a near one-month high of HK$86.30. "
        "Zeta traded at a volume, with a trading volume of HK$1.82 billion. Zeta will receive an "
        "upfront payment of $350 million and potential milestone payments, with a total "
        "transaction value of up to $8.5 billion.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.per_unit, m.in_totals) for m in money] == [
        ("HK$86.30", "other", True, False),  # a share's price
        ("HK$1.82 billion", "other", False, False),  # the market's trading
        ("$350 million", "upfront", False, True),
        ("$8.5 billion", "other", False, True),  # the deal's worth, no milestones
    ]


def test_an_amount_that_ends_a_copy_cut_short_is_left_out():
    text = (
        "ZETA RECEIVES $A2.3 MILLION ROYALTY PAYMENT FROM OMEGA.\nPharmaceutical company, Zeta "
        "Limited, today announced receipt of a milestone royalty payment from Omega.\nUnder the "
        "licence agreement, Zeta received initial consideration of A$15.7 million, and an "
        "additional payment by way of equity placement of A$3"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [m.text for m in money] == ["$A2.3 MILLION", "A$15.7 million"]  # no "A$3"
    # a price with its cents ends a line whole
    price = (
        "Zeta signed a licence with Omega for its drug in China.\nZETA -4.0% premarket to $55.17"
    )
    assert [m.amount for m in extract_release(price, "d", "file:///x", []).money] == [55.17]


def test_a_sum_an_event_will_trigger_a_sum_in_a_web_address_and_a_scaled_sum_with_its_growth():
    text = (
        "Zeta Gets $1 Million Milestone\n\nTampa, Fla., June 14, 2006 - Zeta Bio, Inc. has "
        "received a $1 million payment from its partner Omega Pharma A/S. Final authorization "
        "by the European Commission will trigger an additional $2 million milestone payment "
        "from Omega Pharma. Zetavir sales growth to €80m (+12%) in 2005 was hampered by supply "
        "issues.\nhttp://www.example-biotech-news.com/news/zeta-bags-eur19m-milestone.html\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.is_potential, m.per_unit, m.payer) for m in money] == [
        ("$1 Million", "milestone", False, False, None),  # the headline names no payer
        ("$1 million", "milestone", False, False, "Omega Pharma"),  # "from its partner Omega"
        ("$2 million", "milestone", True, False, "Omega Pharma"),  # "will trigger": to come
        ("€80m", "revenue", False, False, None),  # a sum and its growth, no quote
    ]  # and nothing from the web address's "eur19m"


def test_a_rates_note_after_a_story_holds_no_amounts():
    text = (
        "Zeta inks licensing agreement with Omega\n\nTORONTO, July 10, 2009 (Reuters) - Zeta "
        "Life Sciences Inc said Omega will pay it an upfront cash payment of $20 million.\n"
        "Shares of Zeta rose 21.7 percent to 56 Canadian cents.\n$1=$1.16 Canadian Reporting by "
        "Ann Roe; editing by Bob Poe\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [m.text for m in money] == ["$20 million"]


def test_a_sum_printed_first_without_a_kind_takes_the_kind_its_next_printing_names():
    text = (
        "Zeta receives payment of 45 million US dollars\n"
        "The Basel-based company Zeta receives a payment of 45 million US dollars as part of its "
        "agreement with Omega Biosciences.\nOmega has exercised its option to license ZT-7781. "
        "Zeta receives an upfront payment of 45 million US dollars. Zeta is also eligible for "
        "milestone payments of up to 365 million US dollars.\nIn 2018 Omega had paid Zeta "
        "$10 million. Zeta will receive an additional $10 million milestone payment upon the "
        "start of a Phase 3 trial.\n"
    )
    release = extract_release(text, "d", "file:///x", [])
    assert [(m.text, m.kind, m.restated, m.rule) for m in release.money] == [
        ("45 million US dollars", "upfront", True, "money_kind_printed_after"),  # the title
        ("45 million US dollars", "upfront", False, "money_kind_printed_after"),
        ("45 million US dollars", "upfront", True, "money_cue:upfront payment"),
        ("365 million US dollars", "milestone", False, "money_cue:milestone payments"),
        # "an additional $10 million" is another sum: the first keeps its own (no) kind
        ("$10 million", "other", False, "money_no_cue"),
        ("$10 million", "milestone", False, "money_paid_on_event"),
    ]


def test_a_total_named_right_before_it_adds_its_own_sentences_sums():
    text = (
        "Zeta Signs Deal With Omega\nZeta Corp. said Omega Inc. will bring two drugs to market "
        "in a deal worth more than $50 million.\nZeta will get $35 million from Omega and Omega "
        "will invest $21.5 million in Zeta stock, about 3 million shares at $7.16 per share, for "
        "a total of $56.5 million. Zeta will pay $10 million and $5 million in fees and $20 "
        "million for its plant.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.rule, m.in_totals) for m in money] == [
        ("$50 million", "money_no_cue", True),  # a deal's worth: "to market" names no market
        ("$35 million", "money_no_cue", True),
        ("$21.5 million", "money_phrase_names_no_kind", True),
        ("$7.16", "money_no_cue", False),
        ("$56.5 million", "money_no_cue", False),  # the two sums before it, added
        ("$10 million", "money_no_cue", True),
        ("$5 million", "money_phrase_names_no_kind", True),
        ("$20 million", "money_no_cue", True),  # no total word: a third sum, never their total
    ]


def test_what_a_dated_old_deal_paid_is_recalled_and_a_modal_sum_is_potential():
    text = (
        "Zeta earns $10M from Omega\nAugust 2, 2018\nZeta Corp. has received $10 million from "
        "Omega Inc. for starting a trial. It is Omega's first milestone payment from a 2016 "
        "agreement that gave Zeta $56.5 million upfront and eventually could funnel $600 million "
        "more to the company. Under the 2018 agreement that gave Zeta its rights, Zeta might "
        "bring in $40 million in milestones.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced, m.is_potential) for m in money] == [
        ("$10M", True, False),
        ("$10 million", True, False),
        ("$56.5 million", False, False),  # what the 2016 deal paid, recalled in 2018
        ("$600 million", False, True),
        ("$40 million", True, True),  # this year's deal: no recall
    ]


def test_a_sum_four_words_after_a_modal_verb_is_potential():
    text = (
        "Zeta signs deal with Omega\nZeta Corp. would be eligible for future payments related to "
        "milestones, which could amount to more than $0.5 billion. The deal could be worth "
        "more than $2 billion. Omega paid $3 million, which may be used for research.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.is_potential) for m in money] == [
        ("$0.5 billion", True),
        ("$2 billion", True),
        ("$3 million", False),  # the modal verb after it says what it buys
    ]


def test_a_sum_five_words_after_a_modal_verb_of_its_clause_is_potential():
    text = (
        "Zeta licensed ZB-1 to Omega in a deal that could net the Danish firm over $1 billion. "
        "Zeta said the pact could help it and Omega paid $5 million on signing.\n"
    )
    assert [(m.text, m.is_potential) for m in find_money(text)] == [
        ("$1 billion", True),
        ("$5 million", False),
    ]


def test_a_sum_due_at_the_time_of_an_event_to_come_is_potential():
    text = (
        "Omega will receive ¥3.0 billion from Zeta as the initial payment and ¥8.2 billion at the "
        "time of its approval in Japan. Zeta earns a $5 million milestone payment upon approval "
        "of ZB-1. Omega will pay Zeta $7 million when the first patient is dosed.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("¥3.0 billion", "upfront", False),
        ("¥8.2 billion", "milestone", True),
        ("$5 million", "milestone", False),  # earned now
        ("$7 million", "milestone", True),
    ]


def test_a_sum_its_payments_words_then_due_to_its_payee_on_an_event_is_potential():
    text = (
        "A US$10 million milestone has now been paid to Zeta. An additional US$5 million "
        "milestone will be payable to Zeta upon FDA acceptance of the BLA. Zeta would earn a $60 "
        "million clinical milestone payment upon first patient dosed in the study. Omega earned "
        "a $5 million milestone payment upon first patient dosed.\n"
    )
    assert [(m.text, m.is_potential) for m in find_money(text)] == [
        ("US$10 million", False),
        ("US$5 million", True),
        ("$60 million", True),
        ("$5 million", False),
    ]


def test_milestones_and_royalties_that_could_total_a_sum_bundle_it_and_an_expected_sum_to_come():
    text = (
        "The deal includes an upfront payment of US$30 million, and potential milestone payments "
        "and royalties that could total up to US$590 million. The company anticipates a further "
        "¥400 million upon achieving the first development milestone. Omega earned a $5 million "
        "milestone payment upon first patient dosed.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("US$30 million", "upfront", False),
        ("US$590 million", "other", True),
        ("¥400 million", "milestone", True),
        ("$5 million", "milestone", False),
    ]


def test_a_sum_its_own_words_call_potential_or_contingent_is_potential():
    text = (
        "Omega paid Zeta $50 million and agreed to pay a further $640 million in potential "
        "development and sales milestones, plus $20 million in contingent payments, and $3 "
        "million in research funding. Beta sold the rights for $8 million upfront and the "
        "prospect of $680 million in milestones."
    )
    assert [(m.text, m.is_potential) for m in find_money(text)] == [
        ("$50 million", False),
        ("$640 million", True),
        ("$20 million", True),
        ("$3 million", False),
        ("$8 million", False),
        ("$680 million", True),  # a prospect
    ]


def test_milestones_a_deal_included_are_potential():
    text = (
        "The deal included an upfront payment of 6.8 billion won and 13.6 billion won in milestone "
        "payments, the company added. Zeta received a milestone of $3 million under the agreement, "
        "which included royalties.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("6.8 billion won", "upfront", False),
        ("13.6 billion won", "milestone", True),
        ("$3 million", "milestone", False),  # received
    ]


def test_milestones_a_deals_terms_include_are_potential():
    text = (
        "The agreement includes a non-refundable upfront payment of $2.5 million and milestones "
        "of $32 million. Terms of the agreement include $5 million as a licensing fee upon "
        "approval. Zeta received a milestone of $3 million under the agreement, which includes "
        "royalties."
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("$2.5 million", "upfront", False),
        ("$32 million", "milestone", True),
        ("$5 million", "milestone", True),
        ("$3 million", "milestone", False),  # received
    ]


def test_the_parts_of_a_potential_total_are_potential_but_its_upfront():
    text = (
        "Zeta and Omega\nZeta is eligible to receive a total of USD 308 mn cash payments "
        "consisting of the USD 130 mn upfront payment described above, USD 35 mn in development "
        "milestones and USD 143 mn in early commercialization milestones. Omega agreed to pay a "
        "total of $90 million consisting of $10 million in milestones.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("USD 308 mn", "milestone", True),
        ("USD 130 mn", "upfront", False),
        ("USD 35 mn", "milestone", True),
        ("USD 143 mn", "milestone", True),
        ("$90 million", "milestone", False),  # no total to come: agreed to pay
        ("$10 million", "milestone", False),
    ]


def test_a_sum_a_cue_excludes_from_a_total_keeps_the_cue_that_heads_it():
    text = (
        "Zeta will receive an upfront payment of USD 10 million, and is eligible to receive over "
        "USD 500 million in potential milestone payments, not including milestone payments of up "
        "to USD 30 million associated with preclinical activities. Zeta will receive a $1.2 "
        "million payment out of the $30 million potential milestone payments.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("USD 10 million", "upfront", False),
        ("USD 500 million", "milestone", True),
        ("USD 30 million", "milestone", True),
        ("$1.2 million", "milestone", False),
        ("$30 million", "milestone", True),
    ]


def test_a_sum_that_names_no_noun_of_its_own_takes_the_next_sums():
    text = (
        "From the first commercial sales in the EU Zeta receives from Omega a EUR 20 million and "
        "from the first commercial sales in Japan a EUR 8 million milestone. Zeta receives a $10 "
        "million upfront and a $5 million milestone.\n"
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("EUR 20 million", "milestone"),
        ("EUR 8 million", "milestone"),
        ("$10 million", "upfront"),
        ("$5 million", "milestone"),
    ]


def test_a_balance_sheet_a_milestone_strengthens_is_no_milestone():
    text = (
        "The receipt of this milestone payment strengthens our debt-free balance sheet to more "
        "than €38 million as of today. Zeta received a $5 million milestone payment, "
        "strengthening its balance sheet.\n"
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("€38 million", "other"),
        ("$5 million", "milestone"),
    ]


def test_a_total_consideration_is_no_upfront_its_part_is():
    text = (
        "As per the agreement, Omega has in-licensed Zetamab and the initial payment of EUR 44 "
        "million of the total consideration of up to EUR 93 million became due.\n"
    )
    assert [(m.text, m.kind, m.is_potential) for m in find_money(text)] == [
        ("EUR 44 million", "upfront", False),
        ("EUR 93 million", "other", True),
    ]


def test_the_next_sum_of_a_list_its_cue_bounds_is_potential():
    text = (
        "Zeta and Omega\nUnder the licence Zeta is eligible to receive potential development, "
        "launch and sales milestones of US$124 million for this initial Omega product, and "
        "US$93.3 million for each subsequent qualifying product. Contingent payments of up to "
        "$5 billion include $1 billion for approval, and $4 billion for sales milestones. Zeta "
        "may earn up to $50 million in milestones and has received $10 million. Omega could pay "
        "up to $20 million in milestones and $5 million upfront.\n"
    )
    money = find_money(text)
    assert [(m.text, m.is_potential) for m in money] == [
        ("US$124 million", True),
        ("US$93.3 million", True),
        ("$5 billion", True),
        ("$1 billion", True),
        ("$4 billion", True),
        ("$50 million", True),
        ("$10 million", False),  # a verb of its own: received
        ("$20 million", True),
        ("$5 million", False),  # an upfront is paid at signing
    ]


def test_a_price_reached_after_a_move_and_its_day_and_a_market_value_reached_are_no_money():
    text = (
        "Zeta Bio shares soar\nZeta Bio shares soared by around 30 percent Friday to reach "
        "711,000 won ($624.3), lifted by a 4.9 trillion won licensing deal with Omega. Zeta's "
        "market capitalization reached 7.3 trillion won.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.per_unit, m.in_totals) for m in money] == [
        ("711,000 won", True, False),
        ("$624.3", True, False),
        ("4.9 trillion won", False, True),  # the deal's worth
        ("7.3 trillion won", True, False),
    ]


def test_a_conversion_in_parentheses_after_a_bound_word_restates_the_sum():
    text = (
        "Zeta gets payment\nZeta Ltd said it has received a payment of $5 million (over Rs 24 "
        "crore) from Omega Inc. It also expects $2 million (nearly €1.9 million) from Beta "
        "Corp. and $1 million (Rs 8 crore) from Gamma Inc.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.restated) for m in money] == [
        ("$5 million", False),
        ("Rs 24 crore", True),
        ("$2 million", False),
        ("€1.9 million", True),
        ("$1 million", False),
        ("Rs 8 crore", True),
    ]


def test_a_dollar_sum_glued_to_a_word_in_lower_case_is_read_never_after_capitals():
    text = (
        "Zeta gets $5 million\nZeta Ltd has received $5 million from Omega Inc. The total "
        "payments under the agreement could reach more than$600 million. Beta paid Z$100 "
        "million to Gamma.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.currency, m.is_potential) for m in money] == [
        ("$5 million", "USD", False),
        ("$5 million", "USD", False),
        ("$600 million", "USD", True),  # "could reach more than": potential
        # no "Z$100 million": a dollar no list knows is no amount
    ]


def test_a_sum_the_text_points_back_to_that_adds_up_earlier_sums_is_their_total():
    text = (
        "Zeta Receives $4.1 Million from Omega\nZeta Inc. today announced it has received $4.1 "
        "million from Omega Corp. for an extension of its research agreement. Zeta also earned a "
        "milestone payment of $2.5 million. The $6.6 million received or to be received from "
        "Omega gives Zeta cash into 2010. The $7 million loan from Beta stays due.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.restated, m.in_totals) for m in money] == [
        ("$4.1 Million", True, False),
        ("$4.1 million", False, True),
        ("$2.5 million", False, True),
        ("$6.6 million", True, False),  # $4.1 million and $2.5 million
        ("$7 million", False, True),  # adds up nothing before it: its own sum
    ]


def test_a_quote_boxs_52_week_fields_abbreviated_are_share_prices():
    text = "Volume\n2,280,600\n52-wk High\n¥2,056\n52-wk Low\n¥1,356\nZeta paid ¥1,200 million."
    assert [(m.text, m.kind_rule) for m in find_money(text)] == [
        ("¥2,056", "money_share_price"),
        ("¥1,356", "money_share_price"),
        ("¥1,200 million", "money_no_cue"),
    ]


def test_sales_that_rank_a_company_or_rights_to_sell_give_no_revenue_and_a_worth_deal_is_one():
    text = (
        "Zeta stock flies upon signing deal with Omega\nZeta Corp., South Korea's top "
        "pharmaceutical company by sales, announced Monday that it has signed a $1.25 billion "
        "worth deal with Omega Biotech Inc. to license out its lung cancer drug. Zeta licensed "
        "out the global sales rights of ZT-18 to Beta Biopharma for USD 218 million. Zeta's "
        "net sales were USD 900 million.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.rule) for m in money] == [
        ("$1.25 billion", "other", "money_deal_value"),
        ("USD 218 million", "other", "money_no_cue"),
        ("USD 900 million", "revenue", "money_cue:net sales"),
    ]


def test_currencies_grouped_by_first_character_match_as_the_plain_alternation_ignoring_case():
    """The currency before an amount is sought by its first character's class, then the rest
    ignoring case: the same matches, in every case, as an alternation that ignores case."""
    import re

    from transform.money import NUMBER, SCALE, _alternation, _by_first_character, _currencies

    prefix, _ = _currencies()
    plain = re.compile(
        rf"(?<![A-Za-z0-9])(?P<currency>{_alternation(prefix)})\s?(?P<number>{NUMBER}){SCALE}",
        re.IGNORECASE,
    )
    grouped = re.compile(
        rf"(?<![A-Za-z0-9])(?P<currency>{_by_first_character(prefix)})\s?(?P<number>{NUMBER})"
        rf"(?i:{SCALE})"
    )
    text = (
        "Usd 5 million, EUR5m, eur 2.5 Mio., Rs. 500 crore, rs 40 lakh, $US16 million, e10 "
        "million, E 3 bn, ksek 5, KSEK 12, CDN$4, cdn$ 4, US $ 7 billion, u.s. $3, (Pound)20, "
        "(euro) 9, HK$1.2bn, hk$ 3, NT$5, A$3M, a$ 3 k, xUSD 5, 5USD, \u212aSEK 6, \u017fek 7"
    )
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in grouped.finditer(text)] == expected
    assert [m["currency"] for m in grouped.finditer(text)][:6] == [
        "Usd",
        "EUR",
        "eur",
        "Rs.",
        "rs",
        "$US",
    ]
    assert "\u212aSEK" in [m["currency"] for m in grouped.finditer(text)]


def test_a_copy_cut_at_a_numbers_decimal_point_loads_no_sum_for_it():
    """A copy that stops at a sum's decimal point ("totaling up to $9." of "$9.3 billion") loads
    no $9 milestone; a sum whole before it stays, and so does a price with its cents."""
    text = (
        "Zeta Signs Deal\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. will receive an "
        "upfront payment of $175 million from Omega Corp. Zeta is also eligible to receive "
        "milestone payments totaling up to $9."
    )
    assert [m.text for m in extract_release(text, "d", "x", []).money] == ["$175 million"]
    whole = text.replace("up to $9.", "up to $9.3 billion.")
    assert [m.amount for m in extract_release(whole, "d", "x", []).money] == [175e6, 9.3e9]


def test_a_sum_paid_back_in_an_earlier_month_is_recalled():
    """ "Back in May, Omega paid $47 million upfront" recalls an earlier deal's money; the
    release's own upfront stays announced."""
    text = (
        "Omega Bets On Zeta\nBOSTON, Dec. 22, 2022 /PRNewswire/ -- Omega Corp. will pay Zeta Bio "
        "an upfront payment of $175 million. The partners had inked two other deals this year. "
        "Back in May, Omega paid $47 million upfront for rights to Zeta's first ADC.\n"
    )
    announced = {m.text: m.announced for m in extract_release(text, "d", "x", []).money}
    assert announced == {"$175 million": True, "$47 million": False}


@pytest.mark.parametrize(
    "when, announced",
    [
        ("less than two years before.", False),
        ("two years before, in a round led by Beta.", False),
        ("two years before the patent expires.", True),  # a date ahead, no recall
    ],
)
def test_a_sum_a_span_of_time_before_dates_is_recalled(when, announced):
    text = (
        "Zeta Earns Milestone\nBOSTON, Dec. 22, 2010 /PRNewswire/ -- Zeta Bio earned $4 million "
        "in milestone payments from Omega Corp. on Monday. Sofinnova and Abingworth each "
        f"contributed to Zeta's $12.5 million series A round {when}\n"
    )
    found = {m.text: m.announced for m in extract_release(text, "d", "x", []).money}
    assert found == {"$4 million": True, "$12.5 million": announced}


@pytest.mark.parametrize(
    "sentence, announced",
    [
        ("The deal comes a year after Zeta raised $150 million in a series C round.", False),
        ("It arrived just two months after Zeta raised $150 million.", False),
        ("Zeta raised $150 million in a series C round a year after its founding.", True),
        # what the news follows, the sum the verb's object: history too
        ("The deal follows a $150 million Series C that Zeta closed in March.", False),
        ("It comes on the heels of Zeta's $150 million series C round.", False),
        # ... never a sum to come after the news's own
        ("Omega will pay a further $150 million, followed by royalties.", True),
    ],
)
def test_what_the_news_comes_a_while_after_is_recalled(sentence, announced):
    """A trade paper's "The deal comes a year after Zeta raised $150 million": the round is
    history, not money of the news; a span after something else dates no sum."""
    text = (
        "Zeta Inks Pact\n\nMar 3, 2022\n\nZeta Bio has struck a deal with Omega Corp., which "
        f"is paying $50 million upfront. {sentence}\n"
    )
    found = {m.text: m.announced for m in extract_release(text, "d", "x", []).money}
    assert found == {"$50 million": True, "$150 million": announced}


@pytest.mark.parametrize("code", [" USD", ""])
def test_a_currency_code_printed_again_after_a_sum_hides_none_of_its_words(code):
    text = (
        "Zeta Expands Pact\nTOKYO, April 30, 2024 -- Zeta Inc. will receive an upfront payment "
        f"of $180 million{code} (28.03 billion JPY*1) from Omega. Zeta is eligible to receive up "
        f"to $2.71 billion{code} (422.03 billion JPY*1) in payments based on the achievement of "
        "specified development, regulatory and commercial milestones.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.amount, m.kind, m.restated) for m in money] == [
        (180e6, "upfront", False),
        (28.03e9, "upfront", True),  # the sum converted, its rate's footnote marked
        (2.71e9, "milestone", False),
        (422.03e9, "milestone", True),
    ]


def test_revenue_a_result_is_reported_on_is_revenue():
    text = "The company reported a net loss of $7.2 million, or 27 cents a share, on revenue of "
    text += "$11.5 million."
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$7.2 million", "other"),
        ("$11.5 million", "revenue"),
    ]
    # the sales a sum is paid on stay no revenue of it
    text = "Zeta will receive 260 million euros on worldwide sales."
    assert [m.kind for m in find_money(text)] == ["other"]


@pytest.mark.parametrize("base", ["from nearly $12 million", "from $12 million"])
def test_a_base_with_its_qualifier_and_period_recalls_only_itself(base):
    text = (
        "Zeta Q3\n\nBOSTON, Oct. 30, 2001 -- Zeta Inc. said its loss narrowed.\n\nIn the quarter, "
        f"research and development costs rose to $14.5 million {base} in the year-earlier period "
        "while selling, general and administrative costs remained roughly flat at $4.7 million.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(14.5e6, True), (12e6, False), (4.7e6, True)]


@pytest.mark.parametrize(
    "awaits, currency",
    [
        ("remains subject to approval by the TSX Venture Exchange (the “TSXV“)", "CAD"),
        ("is subject to final acceptance by the TSX", "CAD"),
        ("is subject to approval by the ASX", "AUD"),
        ("is subject to approval by the shareholders", "USD"),  # no market: the US dollar
    ],
)
def test_a_bare_dollar_is_the_dollar_of_the_exchange_a_placement_awaits(awaits, currency):
    text = (
        "Zeta Bio-Pharma Inc. is pleased to announce a private placement of 870,000 units at a "
        f"price of $0.30 per unit for gross proceeds of $261,000. The placement {awaits}.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert {m.currency for m in money} == {currency}


@pytest.mark.parametrize("heading", ["Note for the editor", "Notes to Editors:"])
def test_money_in_a_note_for_editors_is_background(heading):
    text = (
        "Zeta Wins\n\nARNHEM, Netherlands--(BUSINESS WIRE)--June 24, 2004--Zeta N.V. said its "
        "partner paid it a EUR 5 million milestone. The payment follows the first approval of "
        "Zetamab in Europe, where the drug will be sold by the partner from the third quarter.\n\n"
        "Zeta plans to use the payment to fund its second trial of Zetamab in Japan.\n\n"
        f"{heading}\nOmega, based in the Netherlands, serves customers throughout the world. "
        "Consolidated sales for 2003 totaled EUR 13 billion.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(5e6, True), (13e9, False)]


def test_a_markets_potential_is_its_size():
    text = (
        "Market surveys indicate the market potential for zetanox in the UK could exceed $25 "
        "million which is proportionate in size to the estimated potential market in the U.S. of "
        "$300 million. Zeta will receive $2 million upon signing."
    )
    assert [(m.text, m.kind_rule) for m in find_money(text)] == [
        ("$25 million", "money_market_size"),
        ("$300 million", "money_market_size"),
        ("$2 million", "money_cue:upon signing"),
    ]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # milestones, the royalties a later item of their own however many words they take
        (
            "Zeta could receive up to $400 million in milestone payments and future sales "
            "royalties.",
            "milestone",
        ),
        # a payment owed by a payer on an event is a milestone
        (
            "Zeta will be owed another $US3 million by Chiesi when Zeta ships its commercial "
            "launch stock.",
            "milestone",
        ),
        # an upfront the text keeps secret is no part of a bundle
        (
            "The expansion includes an undisclosed additional upfront payment, plus near-term "
            "pre-clinical milestones and clinical development milestones totalling $98.5m.",
            "milestone",
        ),
        (
            "The expansion includes an upfront payment, plus near-term milestones totalling "
            "$98.5m.",
            "other",
        ),
    ],
)
def test_kinds_of_milestones_beside_other_items(sentence, kind):
    assert [m.kind for m in find_money(sentence)][:1] == [kind]


def test_what_a_dated_deal_paid_the_company_under_its_terms_is_recalled():
    text = (
        "Zeta Gets Milestone\n\nLONDON, Jan. 3, 2024 -- Zeta Discovery Holdings (AIM: ZETA) has "
        "received a milestone payment of $11 million from Omega (LSE: OMG).\n\nUnder the terms of "
        "the November 2022 licensing agreement, Zeta received an initial $2 million upfront "
        "payment and is potentially entitled to receive up to $400 million in milestones.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(11e6, True), (2e6, False), (400e6, True)]


@pytest.mark.parametrize(
    "when, announced",
    [("During 2003", False), ("During 2004", True), ("In 2003", False), ("Today", True)],
)
def test_a_sentence_opened_by_a_year_before_the_release_recalls_its_sum(when, announced):
    text = (
        "TORONTO, ON, March 3, 2004 /CNW/ - Zeta Biosciences Inc. (TSX: ZB) today reported its "
        f"results for 2003.\n\n{when}, Zeta received a $5 million milestone payment from Omega "
        "Pharma upon the start of a Phase III trial.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(5e6, announced)]


@pytest.mark.parametrize(
    "clause, announced",
    [
        ("a 1996 collaboration under which Omega paid Zeta $10 million up front", False),
        ("the 2019 agreement, through which Omega Pharma AG paid $10 million", False),
        ("a 2024 collaboration under which Omega paid Zeta $10 million up front", True),  # new
        ("a 1996 collaboration under which Omega will pay Zeta $10 million", True),  # to come
    ],
)
def test_what_an_earlier_years_deal_paid_under_it_is_recalled(clause, announced):
    text = (
        "Zeta Gets Milestone\n\nBOSTON, Jan. 3, 2024 -- Zeta Inc. said Omega has made a $3 "
        f"million milestone payment.\n\nThe milestone is part of {clause}.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(3e6, True), (10e6, announced)]


@pytest.mark.parametrize(
    "when, announced",
    [
        ("which is expected to take place on 5 October 2021", True),  # ahead: the news
        ("which took place on 5 October 2019", False),  # before the article: history
        # an earlier announcement's date dates the announcement, never the sum
        ("further to the announcement made on 20 September 2021", True),
    ],
)
def test_a_sentence_dated_day_first_dates_its_sum(when, announced):
    text = (
        "Zeta Exercises Option\n\nLONDON, Sept. 29, 2021 -- Zeta said it had exercised its option "
        "to acquire Omega Biosciences.\nIn 2019, Omega first entered into a collaboration with "
        f"Zeta.\nUpon closing the acquisition, {when}, Zeta would pay Omega the agreed option "
        "exercise price of approximately $150m.\n"
    )
    found = [(m.amount, m.announced) for m in extract_release(text, "d", "x", []).money]
    assert found == [(150e6, announced)]


def test_a_part_of_a_bundle_that_names_its_own_kind_keeps_it():
    """ "$61 million in upfront and milestone payments, including a $20 million milestone
    payment": the bundle is no one kind, its part a milestone."""
    text = (
        "Zeta News\n\nBOSTON, May 2, 2025 /PRNewswire/ -- Zeta Bio Inc. announced an approval. "
        "Under its agreement with Omega Ltd., Zeta has received $61 million in upfront and "
        "milestone payments, including a $20 million milestone payment in connection with the "
        "approval.\n"
    )
    kinds = {m.text: m.kind for m in extract_release(text, "d", "x", []).money}
    assert kinds == {"$61 million": "other", "$20 million": "milestone"}
    # a bundle's sum before another kind's stays the bundle's
    text = text.replace(
        "has received $61 million in upfront and milestone payments, including a $20 million "
        "milestone payment in connection with the approval",
        "is eligible to receive upfront and near-term payments of up to $12 million and "
        "milestone payments of over $300 million",
    )
    kinds = {m.text: m.kind for m in extract_release(text, "d", "x", []).money}
    assert kinds == {"$12 million": "other", "$300 million": "milestone"}


def test_a_sum_due_once_or_should_an_event_come_is_a_potential_milestone():
    """ "an additional $30 million once the Phase 2 study begins", "$190 million should the drug
    receive regulatory approval": milestones to come; a sum a verb says was paid stays paid."""
    text = (
        "Omega Licenses Zeta Drug\n\nBOSTON, May 2, 2025 /PRNewswire/ -- Omega Corp. will make "
        "an upfront payment to Zeta Bio of $120 million. Zeta stands to earn an additional $30 "
        "million once the Phase 2 study begins. In addition, Omega will pay $190 million should "
        "the drug receive regulatory approval.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.kind, m.is_potential, m.trigger) for m in money] == [
        ("$120 million", "upfront", False, None),
        ("$30 million", "milestone", True, "phase_2_start"),
        ("$190 million", "milestone", True, "approval"),
    ]
    paid = text.replace("stands to earn an additional", "received an additional").replace(
        "begins", "began"
    )
    money = extract_release(paid, "d", "x", []).money
    assert [(m.text, m.kind, m.is_potential) for m in money][1] == (
        "$30 million",
        "milestone",
        False,
    )
    # "should" that opens no condition is none: "$5 million should fund the trial"
    plain = "Zeta Bio said the $5 million should fund the trial through 2026."
    assert [(m.kind, m.is_potential) for m in find_money(plain)] == [("other", False)]


def test_a_headline_naming_one_kind_of_payment_names_the_leads_bare_payment():
    """ "Zeta Gains Milestone Payment" over "Zeta has received a $6 million payment": a
    milestone, and the event; never where the headline prints a sum or the lead two sums."""
    text = (
        "Zeta, Omega Expand Partnership; Zeta Gains Milestone Payment\n\n"
        "Zeta Bio SE has received a $6 million payment from Omega Corp. following the decision "
        "to expand the portfolio by another project. The companies started the collaboration in "
        "2016.\n"
    )
    release = extract_release(text, "d", "x", [])
    assert [(m.text, m.kind, m.rule) for m in release.money] == [
        ("$6 million", "milestone", "money_kind_named_by_headline")
    ]
    assert [e.event_type for e in release.events] == ["milestone_payment"]
    two = text.replace("a $6 million payment", "a $6 million payment and $2 million in funding")
    assert [m.kind for m in extract_release(two, "d", "x", []).money] == ["other", "other"]
    upfront = text.replace("Gains Milestone Payment", "Gains Upfront Payment")
    assert [m.kind for m in extract_release(upfront, "d", "x", []).money] == ["upfront"]
    both = text.replace("Gains Milestone Payment", "Gains Upfront and Milestone Payments")
    assert [m.kind for m in extract_release(both, "d", "x", []).money] == ["other"]


def test_milestones_in_the_plural_of_a_sentence_stating_a_deals_terms_are_potential():
    """ "Under the terms of the agreement, Zeta will receive ... milestone payments, totalling
    $325 million": contingent; one milestone payment it names is no bound ("... will receive a
    milestone payment of EUR 15 million" on an approval)."""
    text = (
        "Under the terms of the agreement, Zeta will receive an upfront payment of $20 million, "
        "besides development, regulatory and commercial milestone payments, totalling $325 "
        "million in all."
    )
    assert [(m.kind, m.is_potential) for m in find_money(text)] == [
        ("upfront", False),
        ("milestone", True),
    ]
    one = (
        "Under the terms of the agreement with Omega, Zeta will receive a milestone payment of "
        "EUR 15 million."
    )
    assert [(m.kind, m.is_potential) for m in find_money(one)] == [("milestone", False)]


def test_a_rate_notes_second_currency_after_a_slash_is_no_sum():
    """ "(EUR1=JPY157.90/SEK11.29)" under a story: the rates of a conversion, no money."""
    text = "Zeta earned SEK96.7m in royalties.\n(EUR1=JPY157.90/SEK11.29)\n"
    assert [m.text for m in find_money(text)] == ["SEK96.7m"]


def test_a_payment_of_another_kind_listed_after_a_comma_lends_no_event():
    """ "cost reimbursements of up to $3.4 million, significant royalty payments upon approval":
    the reimbursements are no milestone (money_kinds.csv: "cost reimbursements"); the
    agreement "calls for" its milestones: potential; "$4 million is in the form of equity": a
    financing."""
    text = (
        "The agreement calls for additional milestone payments of $43.0 million, cost "
        "reimbursements of up to $3.4 million, significant royalty payments upon approval."
    )
    assert [(m.kind, m.is_potential) for m in find_money(text)] == [
        ("milestone", True),
        ("other", True),
    ]
    text = "Zeta has received an $8 million milestone payment. $4 million is in the form of equity."
    assert [m.kind for m in find_money(text)] == ["milestone", "financing"]


def test_a_halfs_label_in_parentheses_needs_no_colon_to_recall_its_figure():
    """ "Revenue of £4.4 million (H1 2011 £5.0 million)": last year's half, recalled."""
    text = "FINANCIAL HIGHLIGHTS:\n· Revenue of £4.4 million (H1 2011 £5.0 million)\n"
    money = extract_release(text, "d", "x", []).money
    assert [(m.text, m.announced) for m in money] == [
        ("£4.4 million", True),
        ("£5.0 million", False),
    ]


def test_a_sum_subject_to_milestones_met_is_a_milestone_and_cumulative_sales_recall_nothing():
    """ "up to $289 million may become payable to CPF under the accord, subject to achievement
    of certain ... milestones": milestones; "upon ... specified cumulative sales targets" is a
    milestone's target, no running total; a later item's "subject to" lends its sum nothing."""
    text = (
        "Additional payments of up to $289 million may become payable to Omega under the accord, "
        "subject to achievement of certain development, regulatory and commercial milestones."
    )
    assert [(m.kind, m.is_potential) for m in find_money(text)] == [("milestone", True)]
    text = (
        "Zeta will also receive up to £4.0 million in milestone payments upon the achievement of "
        "specified cumulative sales targets."
    )
    assert [m.announced for m in extract_release(text, "d", "x", []).money] == [True]
    text = (
        "Omega will make an upfront payment to Zeta AG in the amount of EUR 6 million, which is "
        "due immediately, plus additional future payments subject to achievement of certain "
        "regulatory and sales milestones."
    )
    assert [m.kind for m in find_money(text)] == ["upfront"]


def test_sales_related_payments_are_milestones():
    text = (
        "Zeta is eligible to receive up to $75 million in development, regulatory and "
        "sales-related payments from Omega."
    )
    assert [(m.kind, m.is_potential) for m in find_money(text)] == [("milestone", True)]


def test_a_rise_up_to_a_figure_from_another_is_no_bound_and_a_figure_gone_to_is_this_periods():
    text = (
        LEAD + "Other revenues were up to $105,000 from $21,000. Collaboration revenues in the "
        "quarter decreased 56.8% from the prior-year quarter to $6.2 million. Five analysts "
        "surveyed by Zacks expected $3.4 million.\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.is_potential, m.announced) for m in money] == [
        ("$105,000", False, True),
        ("$21,000", False, False),
        ("$6.2 million", False, True),
        ("$3.4 million", False, False),
    ]


def test_a_bare_pounds_or_stg_is_sterling_only_in_a_british_companys_text():
    text = (
        "May 29 (Reuters) - Zeta Biomedica Plc :\n\n* Fundraising of 20 million stg and open "
        "offer\n\n* Intends to raise gross proceeds of 25.7 million pounds through a firm "
        "fundraising\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.currency) for m in money] == [
        ("20 million stg", "GBP"),
        ("25.7 million pounds", "GBP"),
    ]
    text = LEAD + "Zeta Egypt said it raised 5 million pounds from local banks.\n"
    assert [m.text for m in extract_release(text, "h", "u").money] == []


def test_a_legal_form_ends_a_company_never_a_persons_name_and_far_modals_and_caps_bound_sums():
    """ "Aurora Bioscience Corp" (a given name, and "Corp" in a surname list) is the issuer;
    "may realize milestone payments totaling more than $40 million" and "milestone payments not
    exceeding $2.1 billion" are potential."""
    text = (
        "US companies Aurora Zeta Corp and Omega-Lambert have entered into a collaborative "
        "research and licensing deal.\nIn addition, Aurora may realize milestone payments "
        "totaling more than $40 million for compounds developed using its technology. Aurora is "
        "eligible to receive development and sales milestone payments not exceeding $2.1 "
        "billion.\n"
    )
    extraction = extract_release(text, "h", "u")
    assert extraction.release.issuer == "Aurora Zeta Corp"
    assert [(m.text, m.is_potential) for m in extraction.money] == [
        ("$40 million", True),
        ("$2.1 billion", True),
    ]


def test_a_sum_received_as_part_of_a_previously_announced_deal_is_announced():
    text = (
        "EMERYVILLE, Calif., June 19 /PRNewswire/ -- Zeta Technologies, Inc. (ZETA) today "
        "announced it has received $4 million from Omega Holdings L.P. as part of Zeta "
        "Technologies' previously announced sale of worldwide rights to Omega for ZETACEPT.\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.announced) for m in money] == [("$4 million", True)]


def test_a_development_code_opening_with_a_currencys_letters_is_no_amount():
    text = (
        "Omega began a Phase 3 study with NIS793 (anti-TGFb monoclonal antibody) in May, and "
        "Kappa a study with NIS512. Zeta expects NIS512 data in 2022.\n"
    )
    release = extract_release(text, "d", "x.txt")
    assert [m.text for m in release.money] == []
    assert [c.name for c in release.compounds] == ["NIS793", "NIS512"]
    # an amount glued to its currency's letters stays one: a scale, decimals, a sum printed once,
    # or another currency in the parentheses after it
    text = (
        "Zeta will receive EUR10 million and pay EUR250 to each holder; it closed at HKD37 "
        "(USD4.75). The price is USD150 (about EUR140) per share.\n"
    )
    assert [m.text for m in find_money(text)] == [
        "EUR10 million",
        "EUR250",
        "HKD37",
        "USD4.75",
        "USD150",
        "EUR140",
    ]


def test_an_offering_announced_before_and_priced_now_is_the_news():
    text = (
        "ZETA PRICES $14.0 MILLION PUBLIC OFFERING OF\nCOMMON STOCK\nBOSTON, February 22, 2013 "
        "— Zeta Bio, Inc. (Nasdaq: ZETA) today announced that it has priced its previously "
        "announced underwritten public offering of 6,086,956 shares of common stock, resulting "
        "in gross proceeds of $14.0 million.\n"
    )
    money = extract_release(text, "d", "x.txt").money
    assert [(m.text, m.announced) for m in money] == [
        ("$14.0 MILLION", True),
        ("$14.0 million", True),
    ]
    # an offering closed that was announced before stays recalled
    closed = text.replace("it has priced its", "it has closed its")
    assert [m.announced for m in extract_release(closed, "d", "x.txt").money] == [False, False]


@pytest.mark.parametrize(
    "lead",
    [
        "Zeta Pharma is trading higher by nearly 3% to Rs 1,116 on NSE in early morning trade "
        "after the drug maker said it has received final approval from the USFDA.",
        "Zeta Pharma has moved higher by 6% to Rs 632 on the BSE in intra-day trade after the "
        "company said it has received final approval from the USFDA.",
    ],
)
def test_a_share_price_after_its_move_and_direction_is_no_payment(lead):
    money = extract_release(lead + "\n", "d", "x.txt").money
    assert [(m.kind, m.rule) for m in money] == [("other", "money_share_price")]
    assert "milestone_payment" not in [
        e.event_type for e in extract_release(lead + "\n", "d", "x.txt").events
    ]


def test_a_recall_cue_in_a_relative_clause_about_something_else_recalls_no_amount():
    text = (
        "Zeta SA said Kappaxis has initiated the trial. The initiation of the trial, which follows "
        "the FDA's acceptance of an IND application earlier this year, triggers a 1.0 million "
        "euro ($1.3 million) milestone from Kappaxis.\n"
    )
    release = extract_release(text, "d", "x.txt")
    assert [(m.text, m.announced) for m in release.money] == [
        ("1.0 million euro", True),
        ("$1.3 million", True),
    ]
    # a milestone no regulator pays: its counterparty is the payer
    events = {e.event_type: e.counterparty for e in release.events}
    assert events["milestone_payment"] == "Kappaxis"
    # a clause about the money itself still recalls it
    text = "Zeta said the milestone, which it received earlier this year, was $5 million.\n"
    assert [m.announced for m in extract_release(text, "d", "x.txt").money] == [False]


@pytest.mark.parametrize("verb", ["brings", "brought", "takes"])
def test_a_running_total_a_payment_brings_the_total_to_is_recalled(verb):
    text = (
        "Zeta Bio today announced that it received a $1.5 million milestone payment from Kappaxis. "
        f"This {verb} the total payments under this collaboration to $3 million.\n"
    )
    money = extract_release(text, "d", "x.txt").money
    assert [(m.text, m.announced) for m in money] == [("$1.5 million", True), ("$3 million", False)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Zeta is entitled to a $12 million payment upon FDA acceptance of the filing.",
            "milestone",
        ),
        ("Omega will pay $8 million upon acceptance of the regulatory submission.", "milestone"),
        ("Zeta will receive $8 million upon the filing of its annual report.", "other"),
    ],
)
def test_a_payment_upon_a_regulatory_filings_acceptance_is_a_milestone(sentence, kind):
    assert [m.kind for m in find_money(sentence)] == [kind]


def test_a_partner_buying_shares_for_a_sum_is_a_financing():
    lead = (
        "Zeta Bio\n\nBOSTON, May 2, 2024 -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced that "
        "Omega Corp. will purchase $20 million of Zeta common stock at a premium to its price.\n"
    )
    extraction = extract_release(lead, "d", "x.txt")
    assert [(m.amount, m.kind) for m in extraction.money] == [(20_000_000, "financing")]
    assert [e.event_type for e in extraction.events] == ["financing"]


def test_a_german_amount_with_its_scales_stop_before_the_currencys_code():
    sentence = "Zeta will receive an upfront payment of 12,5 Mio. EUR from Omega."
    assert [(m.amount, m.currency, m.kind) for m in find_money(sentence)] == [
        (12_500_000, "EUR", "upfront")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta ended the year with $96.5 million in cash and investments, following its "
        "follow-on offering in June.",
        "Zeta had $96.5 million in cash and short-term investments after its offering.",
        "Zeta had cash and investments of $96.5 million at year end after its offering.",
    ],
)
def test_cash_held_after_an_offering_is_no_financing(sentence):
    assert [(m.amount, m.kind) for m in find_money(sentence)] == [(96_500_000, "other")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Zeta secured a $50 million non-dilutive royalty financing from Omega Capital.",
            "financing",
        ),
        ("Zeta received $50 million in a royalty monetization with Omega Capital.", "financing"),
        # a cue that is a word of a firm's name names no kind
        ("Zeta sold its royalty interest to Omega Royalty Partners for $300 million.", "other"),
    ],
)
def test_a_royalty_financing_is_a_financing_and_a_firms_royalty_no_royalty(sentence, kind):
    assert [m.kind for m in find_money(sentence)] == [kind]


def test_an_ipos_sum_is_a_financing():
    text = (
        "Zeta Signs Deal\n\nBOSTON, March 3, 2022 -- Zeta Bio, Inc. today announced a licence "
        "agreement with Omega Pharma. Zeta's $50 million IPO was a record for the sector.\n"
    )
    money = extract_release(text, "d", "x", []).money
    assert [(m.amount, m.kind) for m in money] == [(50_000_000, "financing")]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Zeta received an upfront payment of USD 20 million when the agreement was signed and "
            "is eligible for development and sales milestones of up to USD 310 million.",
            [(20_000_000, "upfront"), (310_000_000, "milestone")],
        ),
        # a milestone's own event still makes one
        (
            "Zeta will receive $5 million when the first patient is dosed, and will also share "
            "profits.",
            [(5_000_000, "milestone")],
        ),
    ],
)
def test_a_payment_on_signing_stays_upfront_though_the_next_clause_names_milestones(
    sentence, kinds
):
    assert [(m.amount, m.kind) for m in find_money(sentence)] == kinds


def test_notes_sold_by_their_principal_amount_are_a_financing():
    sentence = (
        "Zeta also granted the initial purchasers an option to purchase up to an additional "
        "$37.5 million principal amount of its 2.50% senior notes."
    )
    assert [(m.amount, m.kind) for m in find_money(sentence)] == [(37_500_000, "financing")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta issued 2,312,500 new ordinary shares at a unit price of €8.00.",
        "The placement price of A$0.42 represents a 12.5% discount to the last close.",
        "Zeta placed 30,000,000 new H Shares at a placing price of HK$40.00 to six placees.",
    ],
)
def test_a_shares_or_units_own_price_is_by_the_unit(sentence):
    assert [m.per_unit for m in find_money(sentence)][:1] == [True]


def test_peak_sales_as_their_sentences_subject_are_a_forecast():
    text = (
        "Zeta AG will launch Zetavia in France in 2024. Peak sales are expected to exceed EUR "
        "250 million, and peak annual revenues could reach CHF 90 million in Switzerland. "
        "Zeta's sales were EUR 12 million in the year.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind, m.announced) for m in extraction.money] == [
        ("EUR 250 million", "other", False),
        ("CHF 90 million", "other", False),
        ("EUR 12 million", "revenue", True),
    ]


def test_a_loans_tranche_that_milestones_make_available_is_financing():
    text = (
        "Zeta Bio, Inc. entered into a term loan facility of up to $50 million with Omega "
        "Capital. The remaining $30 million is available in two tranches subject to the "
        "achievement of certain clinical milestones. Zeta will receive $5 million subject to the "
        "achievement of a regulatory milestone under its licence with Kappa.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind) for m in extraction.money] == [
        ("$50 million", "financing"),
        ("$30 million", "financing"),
        ("$5 million", "milestone"),
    ]


def test_a_deals_whole_worth_including_its_milestones_is_no_milestone_sum():
    text = (
        "Omega has agreed to pay Zeta Bio $50 million upfront for rights to ZB-7. The pact, "
        "which could be worth up to $900 million including milestones, gives Omega global "
        "rights. Zeta is eligible for up to $850 million in milestones.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind) for m in extraction.money] == [
        ("$50 million", "upfront"),
        ("$900 million", "other"),
        ("$850 million", "milestone"),
    ]


def test_a_sum_due_if_sales_exceed_a_level_is_a_sales_milestone():
    text = (
        "Omega will pay Zeta Bio $100 million upfront. Zeta may receive an additional $40 "
        "million if 2025 net sales of Zetavia exceed a specified threshold. Zeta's net sales "
        "were $12 million in the year.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert [(m.text, m.kind) for m in extraction.money] == [
        ("$100 million", "upfront"),
        ("$40 million", "milestone"),
        ("$12 million", "revenue"),
    ]


def test_an_amount_before_a_scale_a_scan_garbled_past_repair_is_none():
    text = (
        "Zeta received $5 mll1on from Omega, $7 MlLLION from Beta and $2 bi1iion from Gamma. "
        "Zeta paid $5 more, $6 by mail, $4 millet and $9 million to Delta."
    )
    assert [(m.text, m.amount) for m in find_money(text)] == [
        ("$5", 5.0),
        ("$6", 6.0),
        ("$4", 4.0),
        ("$9 million", 9e6),
    ]


@pytest.mark.parametrize(
    ("lead", "payer"),
    [
        (
            "Zeta Group plc today announced that it has received a payment of $2 million from "
            "its partner, Omega Laboratories Inc., upon the start of Phase II clinical trials of "
            "ZX-5118.",
            "Omega Laboratories",
        ),
        (  # in capitals, with no dateline, no issuer is read: no parties either
            "ZETA GROUP PLC TODAY ANNOUNCED THAT IT HAS RECEIVED A PAYMENT OF $2 MILLION FROM "
            "ITS PARTNER, OMEGA LABORATORIES INC., UPON THE START OF PHASE II CLINICAL TRIALS OF "
            "ZX-5118.",
            None,
        ),
        (  # or its payee after "to"
            "Zeta Group plc today announced that Omega Laboratories Inc. will make a one-time "
            "payment of $2 million to Zeta upon the start of Phase II clinical trials of ZX-5118.",
            "Omega Laboratories",
        ),
    ],
)
def test_a_payment_from_a_payer_named_in_apposition_upon_an_event_is_a_milestone(lead, payer):
    release = extract_release(lead, "d", "file:///x", [])
    assert [(m.kind, m.rule, m.trigger, m.payer) for m in release.money] == [
        ("milestone", "money_paid_on_event", "phase_2_start", payer)
    ]


def test_an_offerings_net_proceeds_and_what_they_pay_for_are_parts_of_its_gross_sum():
    text = LEAD + (
        "Acme today announced the pricing of $300 million aggregate principal amount of 1.25% "
        "convertible senior notes due 2027. Acme estimates that the net proceeds from the "
        "offering will be approximately $290.6 million. Acme intends to use a portion of the net "
        "proceeds to pay the cost of the capped call transactions, approximately $33.6 million, "
        "and $150 million of the net proceeds to fund its Phase 3 trial. Separately, Acme "
        "closed a $20 million loan facility."
    )
    money = extract_release(text, "d", "file:///x", []).money
    start = {m.amount: m.span_start for m in money}
    assert [(m.amount, m.part_of, m.in_totals) for m in money] == [
        (300e6, None, True),
        (290.6e6, start[300e6], False),  # net of the gross: one sum, never two
        (33.6e6, start[290.6e6], False),  # what the proceeds pay for
        (150e6, start[290.6e6], False),
        (20e6, None, True),  # a sum of its own
    ]


def test_a_subheadings_sum_the_body_never_prints_counts_when_the_body_prints_only_larger_sums():
    text = (
        "Merger of Zeta and Omega to Create a Neuroscience Company\n\nConcurrent $100 million "
        "private placement from a syndicate of healthcare investors\n\nBOSTON, Jan. 9, 2024 -- "
        "Zeta, Inc. (Nasdaq: ZETA) and Omega Bio, Inc. today announced a merger agreement. The "
        "combined company is expected to have approximately $210 million in cash at closing.\n"
    )
    money = extract_release(text, "h", "u").money
    assert [(m.text, m.restated, m.in_totals) for m in money] == [
        ("$100 million", False, True),  # no part of "$210 million", which is larger
        ("$210 million", False, True),
    ]


def test_a_sum_the_release_says_will_not_be_paid_is_no_news_nor_a_payments_event():
    text = (
        "BOSTON, May 1, 2020 -- Zeta Bio, Inc. today announced that the FDA issued a Complete "
        "Response Letter. As a result, the $15 million milestone payment from Omega that was due "
        "upon approval will not be paid in 2020. Zeta will not receive the $5 million launch "
        "milestone payment either. Zeta received a $2 million milestone payment; the next one "
        "will not be paid until 2022.\n"
    )
    extraction = extract_release(text, "d", "file:///x", [])
    assert [(m.amount, m.announced, m.in_totals) for m in extraction.money] == [
        (15e6, False, False),
        (5e6, False, False),
        (2e6, True, True),  # a semicolon ends its clause
    ]
    events = [e.event_type for e in extraction.events if e.announced]
    assert events.count("milestone_payment") == 1
    # a party's choice not to pay, and money going back (never "in return for" a sum, nor a
    # company "returned to growth")
    sentences = {
        "Omega elected not to pay the $12 million milestone.": False,
        "Omega declined to exercise its option, forgoing the $20 million option fee.": False,
        "Omega ended the deal, and Zeta will return the $10 million upfront payment.": False,
        "Zeta repaid the $30 million loan in full.": False,
        "Zeta granted rights in return for a payment of $5 million.": True,
        "Zeta returned to growth with $5 million in sales.": True,
    }
    for sentence, announced in sentences.items():
        money = extract_release(LEAD + sentence, "d", "file:///x", []).money
        assert [m.announced for m in money] == [announced], sentence


@pytest.mark.parametrize(
    ("sentence", "potential", "events"),
    [
        ("Zeta expects to receive a $5 million milestone payment in 2021.", True, []),
        ("Zeta anticipates a $10 million milestone payment upon approval.", True, []),
        ("Zeta hopes to raise $50 million later this year.", True, []),
        ("Zeta filed for a proposed $75 million IPO.", True, []),
        # what the deal is expected to do, and a sum received as expected, are no hopes
        ("The gross proceeds are expected to be approximately $40 million.", False, []),
        (
            "Zeta received a $5 million milestone payment, as expected.",
            False,
            ["milestone_payment"],
        ),
    ],
)
def test_a_sum_a_company_only_expects_hopes_or_plans_to_get_is_potential(
    sentence, potential, events
):
    extraction = extract_release(LEAD + sentence + "\n", "d", "file:///x", [])
    assert [m.is_potential for m in extraction.money] == [potential]
    assert [
        e.event_type for e in extraction.events if e.event_type == "milestone_payment"
    ] == events


def test_a_loans_tranches_are_financing_and_parts_of_the_facility():
    text = (
        "Zeta Enters into $50 Million Term Loan Facility\n\nSAN MATEO, Calif., Jan. 9, 2020 -- "
        "Zeta Oncology, Inc. today announced that it has entered into a loan and security "
        "agreement with Omega Capital, Inc. for up to $50 million in term loans. Zeta drew $15 "
        "million at closing. An additional $35 million will be available subject to achievement "
        "of certain clinical milestones.\n\nA $5 million grant will be funded by the state.\n"
    )
    found = [(m.amount, m.kind, m.in_totals) for m in extract_release(text, "d", "x", []).money]
    assert found == [
        (50e6, "financing", False),  # the headline's, printed again below
        (50e6, "financing", True),
        (15e6, "financing", False),  # drawn: a part of the facility
        (35e6, "financing", False),  # available on milestones: the lender's money
        (5e6, "other", True),  # no loan in its paragraph: a grant
    ]


@pytest.mark.parametrize(
    "sentence, potential",
    [
        ("For fiscal 2023, the company forecasts revenue of 430.0 billion yen.", True),
        (
            "Zeta confirmed its full-year guidance of revenue between EUR 0.83bn and EUR 0.9bn.",
            True,
        ),
        ("Zeta expects full-year revenue of $50 million.", True),
        ("Revenue was $50 million, as the company had forecast in May.", False),
        ("Zeta reported revenue of $50 million for the year.", False),
    ],
)
def test_a_figure_a_company_forecasts_is_potential(sentence, potential):
    assert {m.is_potential for m in find_money(sentence)} == {potential}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("R&D spend at Rs. 198 crore (6.2% of revenue).", "other"),
        ("Research and development expenses were $45.1 million, or 12% of revenue.", "other"),
        ("Selling expenses were $12 million, representing 8% of total net sales.", "other"),
        # a revenue's own share of the whole is still revenue
        ("Product sales of $40 million represented 60% of total revenue.", "revenue"),
        ("Revenue was $40 million, up 12% from the year before.", "revenue"),
    ],
)
def test_the_revenue_a_share_of_the_sum_is_taken_of_names_no_kind(sentence, kind):
    assert [m.kind for m in find_money(sentence)] == [kind]


def test_a_dividend_per_equity_share_is_a_price_per_unit_in_no_total():
    text = (
        "Zeta Q1 results\n\nMumbai, India, 11 August 2021 -- Zeta Lifesciences Limited (NSE: "
        "ZETA) today announced its results.\n\nThe Board declared an interim dividend of Rs. 4 "
        "per equity share.\n"
    )
    [money] = extract_release(text, "d", "f").money
    assert (money.amount, money.per_unit, money.in_totals) == (4.0, True, False)


@pytest.mark.parametrize(
    "sentence, potential",
    [
        ("Upon approval, Zeta will pay its licensor Omega AB a milestone of EUR 15 million.", True),
        ("If approved, Zeta would owe Omega a EUR 15 million milestone.", True),
        ("Once the trial starts, Omega will pay Zeta a $5 million milestone.", True),
        # paid already, or a date's clause: no condition to come
        ("Upon approval, Zeta received a $10 million milestone from Omega.", False),
        ("Upon closing, Omega paid Zeta $5 million.", False),
    ],
)
def test_a_condition_opening_the_sentence_makes_a_sum_to_come_potential(sentence, potential):
    assert [m.is_potential for m in find_money(sentence)] == [potential]


def test_a_company_that_will_owe_a_sum_pays_it():
    text = (
        "Zeta Receives Opinion\n\nAMSTERDAM, 26 May 2023 -- Zeta Bio N.V. today announced a "
        "positive opinion.\n\nIf approved, Zeta will owe Omega Pharma AB a EUR 15 million "
        "milestone.\n"
    )
    [money] = extract_release(text, "d", "f").money
    assert (money.payer, money.payee, money.is_potential) == ("Zeta Bio", "Omega Pharma", True)


@pytest.mark.parametrize(
    "sentence, potential",
    [
        ("Zeta expects revenues of $55 million to $60 million.", [True, True]),
        ("Zeta expects revenues of $55 million - $60 million in 2005.", [True, True]),
        # a rise from a base to a figure had: neither is to come
        ("Revenue rose from $5 million to $6 million.", [False, False]),
    ],
)
def test_a_forecast_ranges_high_end_is_potential_as_its_low_end(sentence, potential):
    assert [m.is_potential for m in find_money(sentence)] == potential


def test_a_table_rows_last_figure_takes_no_kind_from_the_next_rows_label():
    text = (
        "Collaboration revenue $ 5,100 $ 2,250\nGrant revenue 1,300 800\n"
        "Zeta will receive $5 million\nas an upfront payment.\n"
    )
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$ 5,100", "revenue"),
        ("$ 2,250", "revenue"),  # never the grant of the row below
        ("$5 million", "upfront"),  # a wrapped sentence's cue on its next line is its own
    ]


def test_seed_funding_is_financing():
    sentence = "Quorix has raised £4.2 million in seed funding led by Oxford Science Enterprises."
    assert [m.kind for m in find_money(sentence)] == ["financing"]


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        (
            "Omega will pay an upfront of KRW 5 billion and up to KRW 45 billion in milestones, "
            "for a total of KRW 50 billion, plus royalties.",
            ["upfront", "milestone", "other"],
        ),
        # a total of one kind's sums is of that kind
        ("Revenue was $10 million and $8 million, for a total of $18 million.", ["revenue"] * 3),
    ],
)
def test_a_total_of_an_upfront_and_milestones_is_the_deals_worth_no_upfront(sentence, kinds):
    assert [m.kind for m in find_money(sentence)] == kinds


@pytest.mark.parametrize(
    "text, amount",
    [
        ("an upfront payment of 12,5 M€ at signing.", 12.5e6),
        ("revenue of 1,2 Md€ in 2019.", 1.2e9),
        ("a grant of 450 k€ from Bpifrance.", 450e3),
        ("an upfront payment of TCHF 450 at signing.", 450e3),
    ],
)
def test_a_scaled_sign_or_code_after_or_before_the_number_scales_it(text, amount):
    [money] = find_money(text)
    assert (money.amount, money.currency) == (amount, "EUR" if "€" in text else "CHF")


def test_a_row_of_many_figures_with_no_line_break_is_read_once_through():
    # (a figure's row is read in one pass: each column's spaces have one reading, so a long row
    # that never reaches a line break fails at once)
    text = "Collaboration revenue $ 5,100" + "   1" * 40 + " x, and a $5 million upfront payment."
    assert [(m.text, m.kind) for m in find_money(text)] == [
        ("$ 5,100", "revenue"),
        ("$5 million", "upfront"),
    ]


@pytest.mark.parametrize(
    "sentence, per_unit",
    [
        (
            "at a purchase price of $5.00 per share (or $4.9999 per pre-funded warrant).",
            [True, True],
        ),
        (
            "$1.25 per accompanying Series A warrant, for gross proceeds of $30 million.",
            [True, False],
        ),
    ],
)
def test_a_warrants_price_by_its_kind_is_a_price_by_the_unit(sentence, per_unit):
    assert [m.per_unit for m in find_money(sentence)] == per_unit


@pytest.mark.parametrize(
    "sentence, potential",
    [
        (
            "Omega shall pay an upfront payment of US$25 million and near-term milestone "
            "payments of US$15 million.",
            [False, True],
        ),
        (
            "Omega will pay $30 million upfront and $20 million in near-term milestones.",
            [False, True],
        ),
        # once received, a near-term milestone is money had
        ("Zeta has received a near-term development milestone payment of $5 million.", [False]),
        ("Zeta received $20 million in near-term milestones in 2020.", [False]),
    ],
)
def test_near_term_milestones_are_still_to_be_earned(sentence, potential):
    assert [m.is_potential for m in find_money(sentence)] == potential


def test_a_contingent_value_rights_sum_is_by_the_right():
    text = (
        "at a price of $38.50 per share in cash, plus one contingent value right (CVR) per share, "
        "which represents the right to receive up to $4.00 in cash upon approval. The CVRs "
        "could pay up to $160 million in aggregate."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("$38.50", True),
        ("$4.00", True),
        ("$160 million", False),  # a scale: all the rights' worth
    ]


def test_an_exchange_rates_two_sides_are_no_money():
    text = (
        "All translations from RMB to U.S. dollars are made at a rate of RMB7.1135 to US$1.00. "
        "Revenue was US$58.0 million."
    )
    assert [m.text for m in find_money(text)] == ["US$58.0 million"]


def test_a_result_said_to_be_expected_is_a_forecast_but_an_offerings_proceeds_are_set():
    text = (
        "Revenue is now expected to be DKK 95-105 million, and the operating loss is expected to "
        "be DKK 140-160 million. The gross proceeds are expected to be approximately $40 million."
    )
    assert [m.is_potential for m in find_money(text)] == [True, True, False]


def test_a_price_per_a_companys_share_is_by_the_unit():
    text = (
        "representing an implied value of $12.50 per Talis share and an equity value of "
        "approximately $350 million."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("$12.50", True),
        ("$350 million", False),
    ]


def test_what_is_licensed_from_a_company_its_kind_between_pays_that_company():
    text = (
        "Kestrel Pharmaceuticals Inc said it licensed rights to a cancer drug from Swedish biotech "
        "Lindqvist Oncology AB in a deal worth up to $410 million."
    )
    [money] = extract_release(text, "doc", "x.txt").money
    assert (money.payer, money.payee) == (None, "Lindqvist Oncology")


def test_a_forecasts_next_measure_is_forecast_too():
    text = (
        "For fiscal 2023, Mizuhara forecasts revenue of ¥430.0 billion and core operating profit "
        "of ¥74.0 billion. Zeta expects revenue of $10 million in 2021 and reported cash of $50 "
        "million."
    )
    assert [m.is_potential for m in find_money(text)] == [True, True, True, False]


def test_a_licensor_named_by_its_countrys_possessive_is_paid():
    text = (
        "Zentara has been chasing rivals, where Novo Nordisk and Eli Lilly dominate. Last year, "
        "Zentara Pharma licensed a dual agonist from China's Huaxin Pharma for $150 million "
        "upfront."
    )
    [money] = extract_release(text, "doc", "x.txt").money
    assert money.payee == "Huaxin Pharma"  # never the payer, nor a payer of the sentence before


def test_a_medicines_list_price_is_by_the_unit_whatever_its_scale():
    text = (
        "The wholesale acquisition cost (WAC) of ZELVORA will be $2.9 million. Zeta set a list "
        "price of $2.1 million for the therapy. Sales were $3 million."
    )
    assert [(m.text, m.per_unit) for m in find_money(text)] == [
        ("$2.9 million", True),
        ("$2.1 million", True),
        ("$3 million", False),
    ]


def test_a_forecast_naming_its_year_is_a_forecast():
    text = (
        "Corvatek now expects full-year 2021 total revenues of $540 million to $555 million. "
        "Revenue for 2021 was $540 million, and the company expects growth."
    )
    assert [m.is_potential for m in find_money(text)] == [True, True, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta aims to more than double revenue to DKK 60 billion by 2030.",
        "Zeta targets net sales of DKK 60 billion in 2030.",
        "The company's ambition is to reach sales of DKK 60 billion in 2030.",
    ],
)
def test_a_strategys_target_is_potential(sentence):
    [amount] = find_money(sentence)
    assert amount.is_potential
    # ... never a drug that targets something before a sum
    [upfront] = find_money("ZB-1 targets CD20 and Zeta will receive $5 million upfront.")
    assert not upfront.is_potential


def test_a_conversion_after_the_sums_kind_word_is_the_sum_again():
    text = LEAD + (
        "Zeta will receive €12m upfront (approx. $13m) and is eligible for up to €400m in "
        "milestones.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.kind, m.restated, m.in_totals) for m in money] == [
        ("€12m", "upfront", False, True),
        ("$13m", "upfront", True, False),  # the upfront in dollars, never new money
        ("€400m", "milestone", False, True),
    ]


def test_a_currency_at_a_lines_end_and_a_figure_below_it_are_no_amount():
    """A quote box: "Currency in USD" over the price "12.34 +0.56 (+4.75%)"."""
    assert find_money("NasdaqGS Real Time Price. Currency in USD\n12.34 +0.56 (+4.75%)") == []
    [amount] = find_money("Revenue was USD 12.3 million in the quarter.")
    assert (amount.currency, amount.amount) == ("USD", 12_300_000)


def test_a_recall_after_a_later_clauses_sum_recalls_only_that_sum():
    text = LEAD + (
        "Omega will make a one-time payment of $35 million to Acme and will no longer be eligible "
        "for the remaining $120 million in milestones under the original agreement.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.announced, m.in_totals) for m in money] == [
        ("$35 million", True, True),  # the news
        ("$120 million", False, False),  # the old terms' milestones, recalled
    ]
    # one clause: the sum the cue follows is recalled
    text = LEAD + "Acme received $60 million upfront under the original agreement.\n"
    [money] = extract_release(text, "d", "file:///x", []).money
    assert (money.announced, money.in_totals) == (False, False)


def test_a_sums_part_named_by_of_which_is_part_of_it_whatever_its_own_kind():
    text = LEAD + (
        "Acme will receive a $10 million upfront payment, $5 million of which is creditable "
        "against future royalties.\n"
    )
    money = extract_release(text, "d", "file:///x", []).money
    assert [(m.text, m.in_totals, m.part_of) for m in money] == [
        ("$10 million", True, None),
        ("$5 million", False, money[0].span_start),  # never added twice
    ]


def test_a_listings_bid_price_is_a_price_by_the_share():
    texts = [
        "The reverse split is intended to regain compliance with the $1.00 minimum bid price "
        "requirement of Nasdaq.",
        "The closing bid price of our common stock was below $1.00 for 30 consecutive days.",
        "Acme regained compliance with the minimum bid price requirement of $1.00.",
    ]
    assert [(m.text, m.per_unit) for t in texts for m in find_money(t)] == [("$1.00", True)] * 3
    # a sum with a scale after the words is none
    [raised] = find_money("Acme raised $1.5 million, below its bid price, in a placement.")
    assert not raised.per_unit


def test_a_sum_due_on_goals_events_or_objectives_achieved_is_a_milestone():
    texts = [
        "Zeta received $5 million in connection with the achievement of a development goal.",
        "Zeta could receive up to $400 million upon the achievement of specified events.",
        "Zeta will receive $10 million upon reaching certain development and regulatory "
        "objectives.",
    ]
    assert [find_money(t)[0].kind for t in texts] == ["milestone"] * 3
    # an event that is no goal of a deal's
    [raised] = find_money("Zeta raised $10 million after meeting investors at events.")
    assert raised.kind == "financing"


def test_a_scale_in_the_language_of_the_releases_country():
    texts = [
        "Zeta received an upfront payment of R$ 20 milhões.",
        "Zeta will receive EUR 5 Millionen.",
        "Zeta will receive USD 12 millones.",
        "Zeta will receive EUR 3 milioni upfront.",
        "Zeta will receive an upfront of EUR 1,5 Milliarden.",
    ]
    assert [(m.amount, m.currency) for t in texts for m in find_money(t)] == [
        (20_000_000, "BRL"),
        (5_000_000, "EUR"),
        (12_000_000, "USD"),
        (3_000_000, "EUR"),
        (1_500_000_000, "EUR"),
    ]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "Zeta has secured a ZAR 180 million development finance facility from the IDC.",
            "financing",
        ),
        ("Zeta raised $15 million in venture debt from Silicon Valley Bank.", "financing"),
        ("Zeta drew $10 million under its revolving facility.", "financing"),
        ("Zeta secured a $20 million debt facility.", "financing"),
        # a loan the company makes stays other, and so does what remains due under a loan
        ("Zeta made a $2 million loan to Omega.", "other"),
        ("The payment reduces the principal due under the term loan to $4.7 million.", "other"),
    ],
)
def test_a_debt_facility_or_term_loan_is_financing(sentence, kind):
    text = f"Zeta news\n\nBOSTON, May 4, 2021 -- {sentence}\n"
    [money] = extract_release(text, "d", "f").money
    assert money.kind == kind


def test_the_companys_own_revenue_takes_no_drug_from_the_sentence_before():
    text = (
        "Zeta news\n\nSAO PAULO, July 22, 2024 -- Zeta S.A. (B3: ZETA3) announced that ANVISA "
        "approved ZIRTEVA (zirvotinib).\n\nZeta expects to launch zirvotinib in Brazil in the "
        "fourth quarter. The company reported net revenue of R$ 1.8 billion in 2023.\n"
    )
    [revenue] = extract_release(text, "d", "f").money
    assert (revenue.kind, revenue.compound) == ("revenue", None)
    # a drug's own sales the sentence names keep it
    text = text.replace("The company reported net revenue", "Zirvotinib sales reached revenue")
    [revenue] = extract_release(text, "d", "f").money
    assert (revenue.kind, revenue.compound) == ("revenue", "zirvotinib")


def test_a_financial_statement_with_no_unit_restates_the_text_and_its_rows_give_the_kinds():
    text = (
        "ZETA REPORTS FIRST QUARTER 1997 RESULTS\n\n   WOBURN, Mass., April 24, 1997 /PRNewswire/ "
        "-- Zeta Corporation (Nasdaq: ZETA) today reported a net loss of $3,412,000 for the first "
        "quarter, compared with a net loss of $2,874,000 for the same period in 1996.\n\n"
        "   Revenues for the quarter were $1,205,000, consisting primarily of contract research "
        "revenue from the Company's collaboration with Omega Pharma Ltd.\n\n"
        "                  ZETA CORPORATION\n            CONDENSED STATEMENTS OF OPERATIONS\n"
        "                                     1997          1996\n"
        "   Revenues                      $1,205,000      $987,000\n"
        "   Net loss                     ($3,412,000)   ($2,874,000)\n"
    )
    money = extract_release(text, "d", "f").money
    table = [m for m in money if m.span_start > text.index("STATEMENTS")]
    assert [(m.amount, m.kind, m.restated) for m in table] == [
        (1_205_000, "revenue", True),
        (987_000, "revenue", True),
        (3_412_000, "other", True),
        (2_874_000, "other", True),
    ]
    # the issuer earns its revenue, never pays it ("from the Company's collaboration")
    [revenue] = [
        m for m in money if m.span_start < text.index("STATEMENTS") and m.kind == "revenue"
    ]
    assert (revenue.payer, revenue.payee) == (None, None)


def test_a_preferential_allotment_is_financing_and_the_issuers_revenue_borrows_no_drug():
    text = (
        "Lumora news\n\nMUMBAI, India, 12 August 2024 -- Lumora Pharma Limited (NSE: LUMORA) "
        "announced that Healthbridge Capital will invest Rs 250 crore in the company through a "
        "preferential allotment of equity shares.\n\nThe proceeds will fund LMR-21, a biosimilar. "
        "Lumora reported revenue from operations of Rs 1,240 crore for fiscal 2024.\n"
    )
    money = extract_release(text, "d", "f").money
    assert [(m.amount, m.kind, m.compound) for m in money] == [
        (2_500_000_000, "financing", None),
        (12_400_000_000, "revenue", None),
    ]


def test_a_list_items_sums_are_their_own_and_from_pays_the_nearest_sum():
    text = (
        "Zeta Reports Results\n\nBOSTON, Nov. 6, 2024 -- Zeta Therapeutics, Inc. (Nasdaq: ZETA) "
        "reported results.\n\n- Total revenue was $52.7 million and consisted of ZETAVIA "
        "(zetaparin) net product revenue of $48.2 million and collaboration revenue of $4.5 "
        "million from Kiyomi Pharma.\n- Research and development expenses were $31.4 million.\n"
    )
    money = extract_release(text, "d", "f").money
    assert [(m.amount, m.payer, m.compound) for m in money] == [
        (52_700_000, None, "zetaparin"),
        (48_200_000, None, "zetaparin"),
        (4_500_000, "Kiyomi Pharma", "zetaparin"),
        (31_400_000, None, None),
    ]
    # a sum converted in brackets between is the same sum: its payer stays
    text = (
        "Zeta news\n\nTEL AVIV, Israel, May 1, 2023 -- Zeta Bio Ltd. (TASE: ZETA) has been "
        "awarded a grant of NIS 12 million (approximately US$3.5 million) from the Israel "
        "Innovation Authority.\n"
    )
    assert extract_release(text, "d", "f").money[0].payer == "Israel Innovation Authority"


def test_a_milestone_the_company_would_have_owed_is_its_to_pay_and_never_earned():
    text = (
        "Zeta Receives Complete Response Letter\n\nCAMBRIDGE, Mass., July 29, 2024 -- Zeta "
        "Pharmaceuticals, Inc. (Nasdaq: ZETA) today announced that the FDA issued a Complete "
        "Response Letter for its NDA.\n\nUnder its 2021 license agreement with Kanto Pharma Co., "
        "Ltd., Zeta would have owed a $25 million milestone upon approval.\n"
    )
    extraction = extract_release(text, "d", "f")
    [milestone] = extraction.money
    assert (milestone.payer, milestone.payee, milestone.is_potential) == (
        "Zeta Pharmaceuticals",
        "Kanto Pharma",
        True,
    )
    assert "milestone_payment" not in [e.event_type for e in extraction.events]


def test_a_deals_total_potential_consideration_is_no_milestone():
    """A total named after a milestone's cue ("total potential consideration", "merger
    consideration") is the deal's whole value: kind other, never the milestone's."""
    sentence = (
        "Omega will acquire Zeta for $18.00 per share in cash plus one contingent value right "
        "entitling the holder to up to $4.00 in cash upon specified regulatory milestones for "
        "ZT-901, for a total potential consideration of up to $1.4 billion."
    )
    found = {m.amount: m.kind for m in find_money(sentence)}
    assert found[1_400_000_000] == "other"


def test_a_sum_made_available_on_an_event_to_come_is_potential():
    """ "$12.6 million available upon achievement of project milestones" waits on its events:
    potential, as a sum "payable upon" one is; a sum available today is not."""
    found = find_money(
        "Zeta received an award of $8.4 million. An additional $12.6 million is available upon "
        "achievement of project milestones, and $3 million remains available under the facility."
    )
    assert [(m.amount, m.is_potential) for m in found] == [
        (8_400_000.0, False),
        (12_600_000.0, True),
        (3_000_000.0, False),
    ]


def test_a_pipe_is_financing():
    """A PIPE (private investment in public equity) raises money: financing."""
    found = find_money(
        "The transaction includes an $85 million fully committed PIPE anchored by Omega Capital."
    )
    assert [(m.amount, m.kind) for m in found] == [(85_000_000.0, "financing")]


def test_a_sum_a_partner_paid_under_an_older_dated_deal_is_recalled():
    """ "Under a 2015 agreement, Omega paid Zeta $10 million upfront" in a 2020 release recalls
    what the old deal paid: no new money; a payment still to come under it, or one paid under
    this year's deal, stays the news."""
    lead = "Zeta News\n\nBOSTON, May 1, 2020 -- Zeta Bio, Inc. (NASDAQ: ZETA) announced news. "
    cases = [
        ("Under a 2015 agreement, Omega paid Zeta $10 million upfront.", False),
        (
            "Under the companies' 2015 license agreement, Omega made a $10 million payment.",
            False,
        ),
        ("Under the 2015 agreement, Omega will make a $10 million payment upon approval.", True),
        ("Under the 2020 agreement, Omega paid Zeta $10 million upfront today.", True),
    ]
    for sentence, announced in cases:
        money = extract_release(lead + sentence + "\n", "d", "x").money
        assert [m.in_totals for m in money] == [announced], sentence


def test_a_sum_subscribed_for_in_shares_is_financing():
    """Shares subscribed for raise money: a shareholder's commitment in a placement."""
    found = find_money(
        "Its largest shareholder, Fjord Invest, has pre-committed to subscribe for shares for "
        "NOK 60 million."
    )
    assert [(m.amount, m.currency, m.kind) for m in found] == [(60_000_000.0, "NOK", "financing")]


def test_pence_spelt_out_are_a_hundredth_of_a_pound():
    """ "10 pence" is GBP 0.10 (a placing's price by the share); a quote's mid-market price is a
    share price; "10p" is never read (a chromosome's arm prints so: "17p")."""
    found = find_money(
        "Zeta raised £12.5 million through a placing at a price of 10 pence per share, a "
        "discount to the closing mid-market price of 12 pence. Patients with 10p deletion."
    )
    assert [(m.amount, m.currency, m.kind, m.per_unit) for m in found] == [
        (12_500_000.0, "GBP", "financing", False),
        (0.1, "GBP", "financing", True),
        (0.12, "GBP", "other", True),
    ]
    assert found[2].kind_rule == "money_share_price"


def test_a_sum_before_market_cap_is_no_money_paid():
    for text in (
        "a $50 million upfront for a company with $80M market cap",
        "The offer gives Zeta a market cap of about $2.1 billion, with a $50 million upfront.",
    ):
        found = find_money(text)
        assert [m.kind_rule for m in found if m.amount != 50_000_000.0] == ["money_share_price"]


def test_a_bare_dollar_takes_the_dollar_the_same_sum_names_elsewhere():
    """A Toronto-listed company's headline "$35 Million" is the body's "US$35 million"; a sum
    printed in two named dollars leaves the bare one to the text's dollar."""
    text = (
        "Zeta Triggers $35 Million Option Fee\n\nVANCOUVER, March 3, 2021 -- Zeta Bio Inc. (TSX: "
        "ZBI) said the option exercise triggers a US$35 million payment to Zeta.\n"
    )
    assert [m.currency for m in find_money(text, ["TSX"])] == ["USD", "USD"]
    both = text.replace("payment to Zeta.", "payment to Zeta (C$35 million in 2019 too).")
    assert [m.currency for m in find_money(both, ["TSX"])] == ["CAD", "USD", "CAD"]


def test_a_sum_paid_as_an_upfront_beside_further_milestones_is_the_upfront():
    """'as an upfront payment and additional milestone payments': the milestones come on top;
    'as up-front payment and development ... milestone payments' bundles both."""
    found = find_money(
        "Zeta will receive 13.3 billion won as an upfront payment and additional milestone "
        "payments depending on development progress."
    )
    assert [(m.kind, m.kind_rule) for m in found] == [("upfront", "money_cue:upfront payment")]
    found = find_money(
        "Zeta could receive up to $1.4 billion from Omega as up-front payment and development "
        "and regulatory milestone payments."
    )
    assert [(m.kind, m.kind_rule) for m in found] == [("other", "money_bundle")]


def test_a_revenue_interest_financing_is_financing():
    """A revenue interest financing sells a share of future revenue for cash: financing, never
    revenue; revenue beside it stays revenue."""
    found = find_money(
        "Zeta entered into a $75 million revenue interest financing agreement with Oberland "
        "Capital, and product revenue was $40 million."
    )
    assert [(m.amount, m.kind) for m in found] == [
        (75_000_000.0, "financing"),
        (40_000_000.0, "revenue"),
    ]


def test_a_profit_or_an_expense_is_no_revenue_beside_it():
    """'revenue of X and net profit of Y': the profit is its own line (other), as are a quarter's
    expenses; the deductions of net proceeds ('after ... expenses') name no kind of their own."""
    found = find_money(
        "Consolidated revenue was Rs 1,236.4 crore, and net profit of Rs 142.7 crore, while "
        "research and development expenses were $12.3 million and net earnings $2.0 million."
    )
    assert [(m.amount, m.kind) for m in found] == [
        (12_364_000_000.0, "revenue"),
        (1_427_000_000.0, "other"),
        (12_300_000.0, "other"),
        (2_000_000.0, "other"),
    ]
    found = find_money(
        "Zeta priced its public offering. Net proceeds, after underwriting discounts and "
        "commissions and expenses, will be approximately $67.4 million."
    )
    assert [(m.amount, m.kind) for m in found] == [(67_400_000.0, "financing")]


def test_the_rest_of_a_loan_drawn_on_a_milestone_is_its_tranche():
    """'may draw the remaining $6 million upon achievement of certain clinical milestones': the
    lender's money, no milestone payment."""
    found = find_money(
        "Zeta obtained a $12 million secured term loan facility from Omega Bank. The company "
        "drew $6 million at closing and may draw the remaining $6 million upon achievement of "
        "certain clinical milestones."
    )
    assert [(m.amount, m.kind, m.kind_rule) for m in found] == [
        (12_000_000.0, "financing", "money_cue:term loan facility"),
        (6_000_000.0, "financing", "money_loan_tranche"),
        (6_000_000.0, "financing", "money_loan_tranche"),
    ]


def test_a_convertible_loan_is_financing_and_a_plain_loan_stays_other():
    found = find_money(
        "Zeta signed a term sheet with Omega Fund AS for a convertible loan of NOK 150 million. "
        "Zeta repaid a loan of NOK 20 million."
    )
    assert [(m.amount, m.kind) for m in found] == [
        (150_000_000.0, "financing"),
        (20_000_000.0, "other"),
    ]
