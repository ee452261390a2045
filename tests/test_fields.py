import datetime as dt

import pytest

from flows.batches import time_limit
from transform import clean_document, extract_release
from transform.dateline import parse_dateline
from transform.decode import Rejection
from transform.headline import find_headline
from transform.issuer import find_issuer
from transform.money import find_money
from transform.phases import find_phases
from transform.tickers import find_tickers


def test_tickers_with_several_exchanges_and_symbols():
    text = "Genentech, a member of the Roche Group (SIX: RO, ROG; OTCQX: RHHBY), today said"
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("SIX", "SIX", "RO"), ("SIX", "SIX", "ROG"), ("OTCQX", "OTCQX", "RHHBY")]
    assert [text[t.span_start : t.span_end] for t in find_tickers(text)] == ["RO", "ROG", "RHHBY"]


def test_two_exchanges_joined_by_and_share_their_symbol():
    text = "Zeta Ltd. (NASDAQ and TASE: ZETA), a company, said; (Research and Development: RD)"
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("Nasdaq", "ZETA"), ("TASE", "ZETA")]  # no exchange "Research"


def test_the_over_the_counter_markets_as_news_sites_print_them():
    text = "Zeta A/S (OTC:ZETSF)(OTCPK:ZETAY) and Omega Ltd (OTCMKTS: OMGLF) rose"
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("OTC", "OTC", "ZETSF"),
        ("OTCPK", "OTC", "ZETAY"),
        ("OTCMKTS", "OTC", "OMGLF"),
    ]


def test_a_ticker_wrapped_over_two_lines_and_the_names_of_the_american_exchange():
    text = "Zeta Bio, Inc. (NYSE\nAlternext US: ZTB) and Beta Corp. (NYSE Amex: BTA) said"
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("NYSE Alternext US", "NYSE American", "ZTB"),
        ("NYSE Amex", "NYSE American", "BTA"),
    ]
    assert [text[t.span_start : t.span_end] for t in find_tickers(text)] == ["ZTB", "BTA"]
    assert find_tickers("Zeta (a\nb\nc: ZTB)") == []  # one break, never a paragraph


def test_ticker_spellings_from_wires_and_aggregators():
    text = (
        "Amgen (NASDAQ:AMGN) and Acme (Nasdaq:ACME – News) and Genentech, Inc. (NYSE: DNA) "
        "and Oxford BioMedica (LSE: OXB) but not ADC (News - Alert) or (see: Table 1), and "
        "Zeta Inc. (NASD:ZETA) (TSE:ZTA) as a wire printed Nasdaq in 2001; Omega NV (Euronext & "
        "NASDAQ: OMG)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("NASDAQ", "Nasdaq", "AMGN"),
        ("Nasdaq", "Nasdaq", "ACME"),
        ("NYSE", "NYSE", "DNA"),
        ("LSE", "LSE", "OXB"),
        ("NASD", "Nasdaq", "ZETA"),
        ("TSE", "TSX", "ZTA"),
        ("Euronext", "Euronext", "OMG"),
        ("NASDAQ", "Nasdaq", "OMG"),
    ]


def test_euronexts_names_of_2007_to_2014_and_its_markets_codes():
    text = (
        "Zeta Group NV (NYSE Euronext: ZETA) and Omega N.V. (AMS:OMG), Sigma SA (EPA: SIGMA) "
        "and Kappa NV (EBR:KAP)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("NYSE Euronext", "Euronext", "ZETA"),
        ("AMS", "Euronext", "OMG"),
        ("EPA", "Euronext", "SIGMA"),
        ("EBR", "Euronext", "KAP"),
    ]


def test_tickers_of_asian_exchanges_and_two_exchanges_split_by_a_comma():
    text = (
        "Antisoma plc (LSE: ASM, US OTC: ATSMY), Daiichi Sankyo (TSE: 4568), Zeta (HKEX: 2269) "
        "and Omega (Tokyo Stock Exchange: 4519) but not (Study: 1234); Beta (TSE Prime: 4502) and "
        "Gamma (BSE code: 532523, NSE: GAMMA)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("LSE", "LSE", "ASM"),
        ("US OTC", "OTC", "ATSMY"),
        ("TSE", "Tokyo", "4568"),
        ("HKEX", "HKEX", "2269"),
        ("Tokyo Stock Exchange", "Tokyo", "4519"),
        ("TSE Prime", "Tokyo", "4502"),  # Tokyo's market since 2022
        ("BSE code", "BSE", "532523"),  # Bombay's scrip code by its label
        ("NSE", "NSE", "GAMMA"),
    ]
    # two listings parted by a bar
    found = [(t.exchange, t.symbol) for t in find_tickers("Zeta (BSE: 500124 | NSE: ZETA)")]
    assert found == [("BSE", "500124"), ("NSE", "ZETA")]
    # a number with its market's suffix, as a data vendor prints it: the number
    text = "Zeta (SEHK: 2269.HK) and Omega (TSE: 4519.T) but Beta (TSX: TH.TO)"
    found = [
        (t.exchange_canonical, t.symbol, text[t.span_start : t.span_end])
        for t in find_tickers(text)
    ]
    assert found == [("HKEX", "2269", "2269"), ("Tokyo", "4519", "4519"), ("TSX", "TH.TO", "TH.TO")]


def test_the_growth_markets_and_segments_european_and_asian_issuers_print():
    text = (
        "Zeta SA (Euronext Growth Paris: ALZTA), Zeta AB (Nasdaq First North Growth Market: "
        "ZETA), Zeta Co (TSE Mothers: 4592), Zeta SE (ETR: ZTA), Zeta Co (KOSPI: 068270)"
    )
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Euronext Growth", "ALZTA"),
        ("Nasdaq First North", "ZETA"),
        ("Tokyo", "4592"),
        ("Xetra", "ZTA"),
        ("KRX", "068270"),
    ]


def test_a_bare_symbol_after_a_listing_is_that_exchanges():
    text = (
        "Zeta (NASDAQ: ZETA; ZETAW), Omega (NYSE: OMG; OMGU; OMGW), Kappa (TSE: 4502; TAK), "
        "Beta (NASDAQ: BETA; TSX) and Delta (Nasdaq: DLTA; the Company)"
    )
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Nasdaq", "ZETA"),
        ("Nasdaq", "ZETAW"),  # a warrant's symbol
        ("NYSE", "OMG"),
        ("NYSE", "OMGU"),
        ("NYSE", "OMGW"),
        ("Tokyo", "4502"),  # never letters after a number's exchange
        ("Nasdaq", "BETA"),  # nor an exchange's name alone
        ("Nasdaq", "DLTA"),
    ]


def test_tickers_of_european_exchanges_in_their_own_spelling_and_a_german_code():
    text = (
        "Zeta ASA (Oslo Børs: ZETA) and Omega AG (FWB: OMG) with Kappa Corp. (CSE: KAP) "
        "(OTCQB: KAPPF) (FSE: 1KP) and Sigma ASA (Oslo Bors: SIG)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Oslo Børs", "Oslo Bors", "ZETA"),
        ("FWB", "Frankfurt", "OMG"),
        ("CSE", "CSE", "KAP"),
        ("OTCQB", "OTCQB", "KAPPF"),
        ("FSE", "Frankfurt", "1KP"),
        ("Oslo Bors", "Oslo Bors", "SIG"),
    ]


def test_tse_is_tokyo_before_a_number_and_toronto_before_letters():
    # Toronto's exchange printed "TSE" until 2002: "(TSE:ZBP - news)" in a 2002 wire copy
    text = "Zeta Biopharma Inc. (TSE:ZBP - news) and Omega Co., Ltd. (TSE: 4519) agreed."
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("TSE", "TSX", "ZBP"), ("TSE", "Tokyo", "4519")]


def test_a_ticker_in_square_brackets_as_a_market_report_prints_it():
    text = "At 8:56am: [LON:ZTB] Zeta PLC share price was +6.5p, as ISIS-SMN[Rx] data came out."
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("LON", "LSE", "ZTB")]


def test_exchanges_sharing_a_symbol_and_exchanges_that_list_by_number():
    text = (
        "ZETAMED (China) Limited (Nasdaq/AIM:ZMD; HKEX:13) today said so. CC:- New York Stock "
        "Exchange Inc.(Stock Code :ZMD), (Nasdaq: 13)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Nasdaq", "Nasdaq", "ZMD"),
        ("AIM", "LSE AIM", "ZMD"),
        ("HKEX", "HKEX", "13"),
    ]


def test_a_japanese_notices_securities_code_is_listed_on_the_market_named_after_it():
    """A Japanese notice prints its securities code and then the market: the code is that
    market's listing, never Hong Kong's for the "Stock Code" label; a code with no market
    after it stays a Hong Kong one."""
    text = (
        "Zeta Co., Ltd. (Code number: 4577, Prime Market of the Tokyo Stock Exchange), Omega "
        "Inc. (Stock code: 4506, TSE Prime) and Beta Holdings Limited (Stock Code: 2891)"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Tokyo Stock Exchange", "Tokyo", "4577"),
        ("TSE Prime", "Tokyo", "4506"),  # the market as printed
        ("Stock Code", "HKEX", "2891"),
    ]
    first = find_tickers(text)[0]
    assert (first.span_start, first.span_end) == (text.find("4577"), text.find("4577") + 4)


def test_tickers_of_indian_and_1990s_european_exchanges_among_news_codes():
    text = (
        "Sun Pharmaceutical Industries Ltd. (Reuters: SUN.BO, Bloomberg: SUNP IN, NSE: "
        'SUNPHARMA, BSE: 524715, "Sun Pharma") and MorphoSys AG (Neuer Markt: MOR)'
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("NSE", "NSE", "SUNPHARMA"),
        ("BSE", "BSE", "524715"),
        ("Neuer Markt", "Frankfurt", "MOR"),
    ]


def test_listings_split_by_a_slash_or_a_dash():
    text = (
        "Hoshino (TSE:4599/NYSE:HSP), Cardio (NASDAQ:CRME / TSX:COM) and Cellvane (Euronext "
        "Growth: ALCVN - Nasdaq: CLVN) (Paris:ALCVN)"
    )
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [
        ("Tokyo", "4599"),
        ("NYSE", "HSP"),
        ("Nasdaq", "CRME"),
        ("TSX", "COM"),
        ("Euronext Growth", "ALCVN"),
        ("Nasdaq", "CLVN"),
        ("Euronext", "ALCVN"),
    ]
    text = "Novagen A/S (Nasdaq Copenhagen: NOVG B; NYSE: NVG)"
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("Nasdaq Copenhagen", "NOVG B"), ("NYSE", "NVG")]  # a share class


def test_repeated_ticker_is_reported_once():
    text = "Acme (Nasdaq: ACME) ... later again Acme (Nasdaq: ACME)."
    assert [t.symbol for t in find_tickers(text)] == ["ACME"]


def test_money_amounts_scales_and_kinds():
    text = (
        "This event triggers a $1.5 million milestone payment to Acme. Acme will receive an "
        "up-front payment of $2 million. Net proceeds will be approximately $67.4 million from "
        "the public offering. Revenues were $543 million. The price is $10.4 billion, or "
        "EUR 20 million."
    )
    found = [(m.amount, m.currency, m.kind) for m in find_money(text)]
    assert found == [
        (1_500_000, "USD", "milestone"),
        (2_000_000, "USD", "upfront"),
        (67_400_000, "USD", "financing"),
        (543_000_000, "USD", "revenue"),
        (10_400_000_000, "USD", "other"),
        (20_000_000, "EUR", "other"),
    ]
    assert [text[m.span_start : m.span_end] for m in find_money(text)][:2] == [
        "$1.5 million",
        "$2 million",
    ]


def test_potential_amounts_are_marked():
    text = (
        "Acme could receive up to $255 million in potential milestone payments. "
        "Acme earned a $1 million milestone payment."
    )
    assert [(m.amount, m.kind, m.is_potential) for m in find_money(text)] == [
        (255_000_000, "milestone", True),
        (1_000_000, "milestone", False),
    ]


def test_phases_are_normalised():
    text = "a Phase 1b/2 study, Phase II, a phase 3 trial, Phase I/II, Phase IV and Phase III"
    assert [p.phase for p in find_phases(text)] == [
        "Phase I/II",
        "Phase II",
        "Phase III",
        "Phase I/II",
        "Phase IV",
        "Phase III",
    ]
    # a phase's number in words before a trial's word, never a project's phase
    text = "a phase two trial of PTX-100, a Phase Three clinical study, phase two of the expansion"
    assert [p.phase for p in find_phases(text)] == ["Phase II", "Phase III"]


def test_issuer_is_the_company_opening_the_lead():
    for lead, expected in [
        (" ImmunoGen, Inc. (Nasdaq: IMGN), a biotechnology company", "ImmunoGen, Inc."),
        (" Biogen Idec Inc. , the world's third largest", "Biogen Idec Inc."),
        (" Amgen (NASDAQ:AMGN) and Onyx Pharmaceuticals, Inc. today", "Amgen"),
        (" Genentech, a member of the Roche Group", "Genentech"),
        (" Oxford BioMedica plc today announces", "Oxford BioMedica plc"),
        # a company in its legal form in the possessive: its board announces
        (" Zeta Corporation’s (Nasdaq: ZETA) Board of Directors has", "Zeta Corporation"),
        (" Dr. Reddy’s (NYSE: RDY) today announced", "Dr. Reddy’s"),  # the name's own
    ]:
        text = "BOSTON, Mass., May 2, 2019 --" + lead
        issuer = find_issuer(text, text.index("--") + 2)
        assert issuer is not None and issuer.name == expected
        assert text[issuer.span_start : issuer.span_end] == expected
        assert issuer.rule == "issuer_after_dateline"


def test_an_apposition_opening_with_an_adverb_of_time_leaves_the_subject_the_issuer():
    for apposition in ("once the most promising biotechnology firm in Britain", "formerly a unit"):
        text = (
            f"Deal gives Zeta a chance\n\nZeta Biotech, {apposition}, won a chance to redeem "
            "itself yesterday in a deal with Omega Pharma.\n"
        )
        issuer = find_issuer(text, None)
        assert issuer is not None and issuer.name == "Zeta Biotech"


def test_the_company_whose_shares_were_up_is_the_issuer():
    for move in ("were up 2% at Rs 910 per share", "are trading higher"):
        text = (
            f"Zeta up on partnership with Omega\n\nShares of Zetafarm {move} on the BSE after "
            "the company said it has partnered with Omega to commercialize ZT-5.\n"
        )
        issuer = find_issuer(text, None)
        assert issuer is not None and issuer.name == "Zetafarm"


def test_a_legislature_opening_the_lead_is_no_issuer():
    text = (
        "FDA 101: What Does 'Orphan Drug Designation' Mean?\n\nIt has been more than three "
        "decades since the U.S. Congress passed a bill encouraging pharmaceutical companies to "
        "develop new drugs to treat rare diseases.\n\nThe FDA granted orphan designation for Zeta "
        "Therapeutics Inc ZETA's therapy ZT-51 for the treatment of Duchenne muscular dystrophy.\n"
    )
    issuer = extract_release(text, "d", "x.txt").release.issuer
    assert issuer is None or "Congress" not in issuer


def test_a_regulators_first_words_opening_the_lead_are_no_issuer():
    text = (
        "Aug 30 (Reuters) - The U.S. Food and Drug Administration on Thursday approved Zeta "
        "Pharmaceuticals Inc's drug to treat chronic constipation.\n"
    )
    issuer = find_issuer(text, text.index(" - ") + 3)
    assert issuer is not None and issuer.name == "Zeta Pharmaceuticals Inc"  # its drug's
    assert text[issuer.span_start : issuer.span_end] == issuer.name
    # nothing in the possessive after the verb: no issuer
    plain = text.replace("approved Zeta Pharmaceuticals Inc's drug", "approved a drug")
    assert find_issuer(plain, plain.index(" - ") + 3) is None
    # its product's code or brand in capitals after the possessive
    for product in ("ZT-1", "ZETAMAB"):
        coded = text.replace("Zeta Pharmaceuticals Inc's drug", f"Zeta Bio's {product}")
        issuer = find_issuer(coded, coded.index(" - ") + 3)
        assert issuer is not None and issuer.name == "Zeta Bio"


@pytest.mark.parametrize("lead_start", [True, False])
def test_the_company_a_regulator_opening_the_lead_let_sell_is_the_issuer(lead_start):
    lead = (
        "The US Food and Drug Administration (USFDA) has granted final approval for the "
        "Hyderabad-based Zeta Pharma Limited to manufacture and market amoxicillin for oral "
        "suspension, the company said in a press release.\n"
    )
    text = ("HYDERABAD, Sept. 17, 2014 -- " if lead_start else "") + lead
    issuer = find_issuer(text, 29 if lead_start else None)
    assert issuer is not None and issuer.name == "Zeta Pharma Limited"
    assert text[issuer.span_start : issuer.span_end] == issuer.name
    # an approval for a product, no company after it: none
    plain = text.replace("for the Hyderabad-based Zeta Pharma Limited to", "for Zetacillin to")
    assert find_issuer(plain, 29 if lead_start else None) is None


@pytest.mark.parametrize(
    ("headline", "company", "issuer"),
    [
        # a rule book's letters printed once before a name printed without them above
        ("Zeta Partners Announces Pricing", "LR Zeta Partners AG", "Zeta Partners AG"),
        ("Zeta Announces Pricing", "LR Zeta Partners AG", "LR Zeta Partners AG"),  # never seen
        ("UCB Pharma Announces Pricing", "UCB Pharma SA", "UCB Pharma SA"),  # printed again
    ],
)
def test_a_stray_abbreviation_before_the_issuer_is_no_part_of_it(headline, company, issuer):
    text = (
        f"{headline}\n\nZURICH, Switzerland, Oct. 25, 2024 (GLOBE NEWSWIRE) -- Ad hoc "
        f"announcement pursuant to Art. 53 {company} (SIX: UCB), a company, today announced "
        "the pricing of an offering."
    )
    assert extract_release(text, "doc", "f").release.issuer == issuer


def test_the_directors_and_the_company_in_quotes_are_no_issuer():
    text = (
        "POSITIVE FDA GUIDANCE FOR ZETA PROGRAM\nThe Directors are pleased to advise that Zeta "
        "Limited (‘Zeta’ or ‘the Company’ has received guidance from the FDA.\n"
    )
    assert extract_release(text, "doc", "f").release.issuer is None  # no guess: a NULL
    text = "Results\nThe Chairman said the year was good for Zeta Limited.\n"
    assert extract_release(text, "doc", "f").release.issuer is None


def test_a_label_on_its_own_line_under_the_dateline_is_no_issuer():
    text = (
        "Zeta: 2013 Half-Year Results\n\nPARIS--(BUSINESS WIRE)-- Regulatory News:\n\n\nThe "
        "Board of Directors of Zeta (Euronext: ZETA) met on 29 August 2013 to approve the "
        "financial statements for the first half 2013, published today.\n"
    )
    assert extract_release(text, "doc", "f").release.issuer == "Zeta"


def test_a_news_agencys_instrument_code_is_no_part_of_the_issuer():
    text = (
        "(Recasts)\nMay 14 (Reuters) - Zeta Corp ZETA.O said U.S. regulators placed a clinical "
        "hold on its trial, sending its shares down 22 percent.\n"
    )
    assert extract_release(text, "doc", "f").release.issuer == "Zeta Corp"


def test_an_undated_news_items_subject_that_saw_its_stock_fall_is_the_issuer():
    text = (
        "Zeta Research Corp. saw its stock plummet 24 percent Monday after the FDA placed a hold "
        "on one of its drugs.\n“We will work closely with the FDA,” said President and Chief "
        "Executive Dr. Carl Anzio in a statement.\n"
    )
    release = extract_release(text, "doc", "f")
    assert release.release.issuer == "Zeta Research Corp."
    assert [(p.name, p.title) for p in release.people] == [
        ("Carl Anzio", "President and Chief Executive")
    ]


def test_an_owners_drug_as_the_subject_is_no_issuer():
    text = (
        "Zeta-Kramer’s NME Zetaxa approved in US for MDD\n\nIt has been a long time coming, "
        "but Zeta-Kramer Pharmaceuticals Inc. finally received FDA approval for Zetaxa.\n"
    )
    release = extract_release(text, "doc", "f").release
    assert release.issuer is None  # never the drug
    # the owner's name in its possessive is the name the lead prints: the title shares it
    assert release.headline == "Zeta-Kramer’s NME Zetaxa approved in US for MDD"


def test_a_name_with_a_place_in_brackets_before_its_ticker_and_two_between_it():
    from transform.issuer import _company_before_ticker

    text = (
        "Zeta Gets $25M\n- Zeta (China) Limited (NASDAQ: ZCM) sold ZB-1.\n- It triggered a "
        "milestone under the agreement between Zeta and Omega Plc (NASDAQ: OMG).\n"
    )
    issuer = _company_before_ticker(text)
    assert issuer is not None and issuer.name == "Zeta (China) Limited"
    text = "A deal between Zeta and Omega Plc (NASDAQ: OMG) was done; Zeta said it had news."
    assert _company_before_ticker(text) is None  # two companies, neither the text's own


def test_a_lead_that_opens_with_the_short_name_it_defines_names_the_issuer():
    text = (
        "ZETA Receives a US$15 million Milestone\n\nHONG KONG, March 07, 2022 (GLOBE NEWSWIRE) "
        "-- (“ZETA”) (Nasdaq/AIM:ZCM; HKEX:13) today announces that it has received a US$15 "
        "million milestone payment from Omega PLC (“Omega”).\n"
    )
    found = find_issuer(text, parse_dateline(text).span_end)
    assert found is not None and found.name == "ZETA"


def test_issuer_without_dateline_comes_from_the_first_ticker_or_source_line():
    text = "Headline Here\n\nNews from Acme Therapeutics, Inc. (Nasdaq: ACME): it had news."
    issuer = find_issuer(text, None)
    assert issuer is not None
    assert (issuer.name, issuer.rule) == ("Acme Therapeutics, Inc.", "issuer_before_first_ticker")
    text = "Headline Here\n\nIn Mannheim, Germany. Acme Technologies, Inc. (Nasdaq NM: ACME): news."
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Acme Technologies, Inc."  # past a full stop
    text = "Headline Here\n\nnews.\nAcme Pharmaceutica AG, Allschwil (SIX: ACME), a biotech, said."
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Acme Pharmaceutica AG"  # not its town
    text = "Headline Here\n\nToday Acme Therapeutics, Inc. (Nasdaq: ACME) said it had news."
    issuer = find_issuer(text, None)
    assert issuer is not None
    assert (issuer.name, issuer.rule) == ("Acme Therapeutics, Inc.", "issuer_lead_subject")
    issuer = find_issuer("Headline Here\n\nnews text only.\n\nSOURCE: Acme Bio Ltd.\n", None)
    assert issuer is not None and (issuer.name, issuer.rule) == (
        "Acme Bio Ltd.",
        "issuer_source_line",
    )
    text = "Headline Here\n\nnews only.\nSource: Globenewswire\nSource: Acme AG via Reuters ONE\n"
    issuer = find_issuer(text, None)
    assert issuer is not None and (issuer.name, issuer.rule) == ("Acme AG", "issuer_source_line")
    text = (
        "On May 4, 2012 Acme Therapeutics said it had agreed to be acquired by Beta plc (LSE: B)."
    )
    issuer = find_issuer(text, None)
    assert issuer is not None
    assert (issuer.name, issuer.rule) == ("Acme Therapeutics", "issuer_after_lead_date")


LEAD_SENTENCE = (
    "BOSTON, Mass. -- Acme Bio and Beta Pharma today signed a license agreement under which "
    "Beta will develop AB-101 for gastric cancer."
)


def test_a_title_line_ending_in_its_goes_on_below():
    from transform.release import read_anchors

    text = (
        "Acme Announces Agreement to License its\nDelivery Technology to Zeta\n\nBOSTON, Mass., "
        "May 2, 2019 -- Acme Bio, Inc. today announced it licensed its technology to Zeta.\n"
    )
    headline = read_anchors(text, "doc", "file:///x.txt").headline
    assert headline is not None
    assert headline.text == "Acme Announces Agreement to License its Delivery Technology to Zeta"
    # ... and so does one ending in any preposition
    text = (
        "Acme Raises $27 Million Through\nPrivate Placement of Common Equity\nBOSTON, Mass. -- "
        "April 26, 2005 -- Acme Bio, Inc. today announced a private placement raising $27 "
        "million.\n"
    )
    headline = read_anchors(text, "doc", "file:///x.txt").headline
    assert headline is not None
    assert headline.text == "Acme Raises $27 Million Through Private Placement of Common Equity"
    # ... and one ending in a comma: no title ends so
    text = (
        "Acme to Initiate Phase 3 Trials of AC-861, an Oral Orexin Agonist,\nin Narcolepsy "
        "Type 1 in 2024\nBOSTON, Mass. -- February 8, 2024 -- Acme Bio, Inc. today announced "
        "positive results of AC-861 in narcolepsy.\n"
    )
    headline = read_anchors(text, "doc", "file:///x.txt").headline
    assert headline is not None
    assert headline.text == (
        "Acme to Initiate Phase 3 Trials of AC-861, an Oral Orexin Agonist, in Narcolepsy Type 1 "
        "in 2024"
    )
    # ... also before a line in title case
    text = (
        "Acme and Beta Reach Agreement on the Development,\nManufacture and Marketing of the "
        "New Drug, AB-101\nTokyo, August 31, 2006 – Acme Co., Ltd. reached an agreement with "
        "Beta Co., Ltd. on AB-101.\n"
    )
    headline = read_anchors(text, "doc", "file:///x.txt").headline
    assert headline is not None
    assert headline.text == (
        "Acme and Beta Reach Agreement on the Development, Manufacture and Marketing of the New "
        "Drug, AB-101"
    )


def test_a_links_new_window_note_glued_after_the_title_is_no_part_of_it():
    text = (
        " date 2019-11-28 Zeta : Annual General Meeting Results Opens in a new Window\n0\n"
        "Melbourne, Australia; 28 November 2019: Zeta Limited (ASX:ZTA) held its 2019 Annual "
        "General Meeting today and the results of the meeting are set out below.\n"
    )
    headline = extract_release(text, "d", "f").release.headline
    assert headline is not None and headline.endswith("Annual General Meeting Results")


def test_a_contacts_line_with_an_email_address_is_no_headline():
    text = (
        "Exhibit 99.1\nFOR IMMEDIATE RELEASE\nContact: Investors:\nAnn B. Roe, Executive Vice "
        "President and Chief Financial Officer of ZETA BIO INCORPORATED, 781-555-4274 or "
        "ann.roe@zetabio.com.\nWaltham, MA — April 28, 2004 — ZETA BIO INCORPORATED (NASDAQ: "
        "ZETA) today announced that it has entered into a license agreement with Omega AG.\n"
    )
    assert extract_release(text, "d", "f").release.headline is None


def test_headline_skips_page_labels_and_date_lines():
    text = "News\n\nMay 04, 2000\nAcme and Beta Sign License Agreement\n\n" + LEAD_SENTENCE
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == "Acme and Beta Sign License Agreement"
    assert text[headline.span_start : headline.span_end] == headline.text


def test_a_translations_disclaimer_above_the_title_is_no_lead():
    text = (
        "This material is an English translation of the press release announced on October 22, "
        "2018 in Japanese, and the Japanese release is given priority about the content and the "
        "interpretation.\n\nOctober 22, 2018\n\nNotification of the commencement of the Phase "
        "II clinical study of ZP-5070 in Japan\n\nZeta Pharmaceutical Co., Inc. (Head Office: "
        "Tosu city, Japan; CEO: Ken Mori) hereby announces that it has commenced the Phase II "
        "clinical study of ZP-5070 in Japan. In the Phase II clinical study, the efficacy and "
        "safety of the product will be compared with a placebo in patients with hyperhidrosis.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None
    assert headline.text == (
        "Notification of the commencement of the Phase II clinical study of ZP-5070 in Japan"
    )
    # the company's name on a line between the disclaimer and the title, which the title names
    # too: the disclaimer's paragraph alone is read as a lead above
    text = (
        "This is an English translation of a press release originally issued in Japanese. In "
        "the event of any discrepancy, the Japanese original shall prevail.\n\nNovember 10, "
        "2022\n\nZeta Pharmaceutical Co., Ltd.\n\nZeta Pharmaceutical Announces "
        "License Agreement with Omega Therapeutics for ZP-12\n\nZeta Pharmaceutical Co., Ltd. "
        "(Head Office: Osaka, Japan) announced today that it has entered into a license "
        "agreement with Omega Therapeutics, Inc. for ZP-12 in narcolepsy.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None
    assert headline.text.startswith("Zeta Pharmaceutical Announces License Agreement")


def test_a_subheading_under_a_title_less_items_lead_is_no_headline():
    text = (
        "Zeta Bio said on Monday that its Phase 2 trial of zetamab in severe asthma met its "
        "primary endpoint, sending its shares up nine percent in early trading on the Nasdaq "
        "market today.\n\nZetamab Asthma Trial Results\n\nThe Phase 2 trial of zetamab enrolled "
        "three hundred patients with severe asthma at forty sites in the United States and "
        "Europe, and the company plans to start a Phase 3 trial next year.\n"
    )
    assert find_headline(text, None) is None


def test_a_news_pages_lead_of_short_paragraphs_follows_its_headline_and_standfirst():
    # a one-sentence paragraph of 15 words or more opens the lead: the headline is sought
    # before it, not before the first paragraph of 25 words
    text = (
        "Sign in\n\nAnn Roe elected chair of Zeta Bio\n\n"
        "Current chief executive adds the role of board chair to her duties at the Boston "
        "drug company\n\n"
        "Zeta Bio's chief executive Ann Roe has been elected chair of the company's board of "
        "directors.\n\n"
        "The board said the new role recognises her work since she became chief executive in "
        "May.\n\n"
        "The Boston drug company has ten new medicines in late trials, among them two for the "
        "heart, and its board expects its chief executive to bring the first of them to patients "
        "within the next three years.\n\n"
        "Two professors of medicine will also join the board, the company said, to advise its "
        "chief executive on the science behind its medicines and on its duties to patients.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None and headline.text == "Ann Roe elected chair of Zeta Bio"


@pytest.mark.parametrize(
    "lead",
    [
        "CEO Ann Roe has been elected chair of the board of directors.",
        "President and CEO adds chair of the board to her list of roles.",
        # a person addressed by an honorific
        "Mr. Honjo, a professor at Kyoto University, has been insisting that the fee is low.",
    ],
)
def test_a_title_or_a_person_with_a_title_is_no_issuer(lead):
    text = f"Sign in\n\n{lead} Ann Roe joined in May.\n"
    assert find_issuer(text, None, 0) is None


def test_a_news_services_desk_on_a_source_line_is_no_issuer():
    text = (
        "(Reuters) - The FDA on Friday approved Zeta Bio's treatment.\n"
        "Source: Reuters Health News\n"
    )
    found = find_issuer(text, None, 0)
    assert found is not None and found.name == "Zeta Bio"  # whose treatment the FDA approved
    plain = text.replace("Zeta Bio's treatment", "a treatment")
    assert find_issuer(plain, None, 0) is None  # never the desk


def test_a_dash_glued_to_the_name_after_the_datelines_date_opens_the_lead():
    text = (
        "Kusatsu/Shiga Japan – November 10, 2022 –Zeta Bio Inc. (Zeta Bio), announces today "
        "that it has decided jointly with Omega Pharmaceutical Co., Ltd. to end a deal.\n"
    )
    assert extract_release(text, "d", "f").release.issuer == "Zeta Bio Inc."


@pytest.mark.parametrize(
    ("text", "lead_line", "name"),
    [
        # a weekday between a subject's apposition and its verb
        (
            "Zeta Study Fails\n(RTTNews) - Zeta Bio, Inc. (ZETA), a company focused on kidney "
            "medicines, Wednesday said its Phase 3 study did not meet the primary endpoint.\n",
            1,
            "Zeta Bio, Inc.",
        ),
        # ... and between a name and its verb, no apposition between
        (
            "Indian drug-maker Zeta Wednesday announced it has signed a strategic licensing "
            "agreement with Omega Laboratories for exclusive rights to market ZT-1 in the US.\n",
            0,
            "Zeta",
        ),
        # a date's day is no issuer
        (
            "On March 17, Zetagen, the largest company on the Kosdaq, announced a $1.35 billion "
            "licensing agreement with Omega.\n",
            0,
            "Zetagen",
        ),
        # a company's shares are no part of its name
        (
            " date 2019-09-02 Shares of Zeta Pharma (TYO: 4599) closed up 2.6% at 1,510 yen after "
            "it today revealed a worldwide licensing agreement with a research institute.\n",
            0,
            "Zeta Pharma",
        ),
        # a verb and its clause naming a partner: no participle describing the company after it
        (
            "Zeta Announces Partner Omega Filed NDA in Japan\n\nZeta Pharmaceuticals Inc. "
            "announced that its partner Omega Pharmaceutical filed an NDA in Japan for ZETAVIR.\n",
            2,
            "Zeta Pharmaceuticals Inc.",
        ),
        # a place in parentheses before the legal form is part of the name
        (
            " date 2023-01-23 By Jane Roe\n\nZetaMed (China) Ltd. said Monday it will receive "
            "up to $1.13 billion after entering into an exclusive license agreement with Omega.\n",
            2,
            "ZetaMed (China) Ltd.",
        ),
        # a subject that "will" do something after its apposition
        (
            "Zeta MediPharma, a subsidiary of Zeta China MediTech, will receive $18 million in "
            "payments from Omega this quarter as part of Omega's in-licensing of zetatinib.\n",
            0,
            "Zeta MediPharma",
        ),
        # nor its depositary receipts, nor a market page's symbol in brackets
        (
            " date 2022-12-19 Shares of Zeta Pharma SA ADR [S: zeta] rallied 35.2% in premarket "
            "trading on Monday after the company said Omega licensed its antibody program.\n",
            0,
            "Zeta Pharma SA",
        ),
    ],
)
def test_the_issuer_is_the_company_past_what_opens_a_news_items_lead(text, lead_line, name):
    at = sum(len(line) + 1 for line in text.split("\n")[:lead_line])
    issuer = find_issuer(text, None, at)
    assert issuer is not None and issuer.name == name


def test_a_label_after_a_flattened_exhibits_contact_is_no_part_of_the_headline():
    text = (
        "EX-99.2 3 a20293zex-99_2.txt PRESS RELEASE EXHIBIT 99.2 CONTACT: JANE ROE 610-555-0193 "
        "FOR IMMEDIATE RELEASE ZETA RETIRES ROYALTY OBLIGATION UNDER REVENUE-SHARING NOTES West "
        "Chester, PA -- November 2, 2000 -- Zeta, Inc. (NASDAQ: ZETA) today announced that it "
        "has agreed to pay in full $6.6 million to the noteholders of its revenue-sharing notes."
    )
    headline = find_headline(text, text.index("West Chester"))
    assert headline is not None
    assert headline.text == "ZETA RETIRES ROYALTY OBLIGATION UNDER REVENUE-SHARING NOTES"


def test_a_title_goes_on_in_a_line_that_opens_with_regarding():
    text = (
        "Zeta & Co., Ltd.\nLicense agreements with Omega\nregarding sublingual allergen "
        "immunotherapy tablets\nOsaka, September 7, 2010 – Zeta & Co., Ltd. and Omega SA today "
        "announced that they have entered into license agreements to develop two sublingual "
        "allergen immunotherapy tablets of Omega in Japan.\n"
    )
    headline = find_headline(text, text.index("Osaka"))
    assert headline is not None
    assert headline.text == (
        "License agreements with Omega regarding sublingual allergen immunotherapy tablets"
    )


def test_a_ticker_a_market_page_prints_bare_after_the_lead_companys_legal_form():
    text = (
        "Zeta Extends Agreement with Omega\n\nNESS ZIONA, Israel, Sep 29, 2014 (BUSINESS WIRE) -- "
        "Zeta Ltd. ZETA, +0.45% (tase:ZETA), a plasma-derived protein therapeutics company, "
        "announced today the second extension of its agreement with Omega.\n"
    )
    issuer = find_issuer(text, text.index("Zeta Ltd."))
    assert issuer is not None and issuer.name == "Zeta Ltd."


def test_a_capitalised_today_after_the_lead_companys_legal_form_ends_the_name():
    """A translated release's "Zeta Pharmaceutical Co., Ltd. Today announced": the whole
    legal form, never "Zeta Pharmaceutical Co."."""
    text = (
        "Zeta Files Application\n\n(Tokyo, Japan, May 30, 2013) - Zeta Pharmaceutical Co., Ltd. "
        "Today announced it filed an application in Japan.\n"
    )
    issuer = find_issuer(text, text.index("Zeta Pharmaceutical"))
    assert issuer is not None and issuer.name == "Zeta Pharmaceutical Co., Ltd."


def test_a_title_run_in_between_two_datelines_leaves_the_issuer_after_the_second():
    """A copy prints the dateline, the title, then the dateline again with its lead: "Tokyo,
    April 23, 2012 Top-line results of ZB-1 ... Tokyo, April 23, 2012 — Zeta Inc. (ZT)"."""
    text = (
        "FOR IMMEDIATE RELEASE\n\nTokyo, April 23, 2012 Top-line results of the ZB-1 Phase 3 "
        "study in Japan Tokyo, April 23, 2012 — Zeta Inc. (ZT) (TSE:2914) and Omega Co., Ltd. "
        "(Omega) (TSE:4551) have announced the top-line results.\n"
    )
    extraction = extract_release(text, "d", "x")
    assert extraction.release.issuer == "Zeta Inc."
    # a lead of its own after one dateline reads nothing further
    lead = "Tokyo, April 23, 2012 — Zeta Inc. (TSE:2914) reported results.\n"
    assert extract_release(lead, "d", "x").release.issuer == "Zeta Inc."


def test_a_filing_viewers_title_is_no_headline_and_a_name_glued_to_a_dash_is_whole():
    """A filing viewer's page: "Zeta Bio (ZETA) 8-KOther events" is its title, no headline;
    its exhibit's text glued together ("...RESULTSBoston, Massachusetts – February 4, 2004
    –Zeta Pharmaceuticals, Inc. (Nasdaq NM: ZETA)") still names the whole company."""
    text = (
        "8-K Filing\nZeta Pharmaceuticals (ZETA) 8-KOther events\nFiled: 4 Feb 04, 12:00am\n"
        "Exhibit 99.2 |\nFOR IMMEDIATE RELEASEZETA REPORTS FOURTH QUARTER RESULTSBoston, "
        "Massachusetts – February 4, 2004 –Zeta Pharmaceuticals, Inc. (Nasdaq NM: ZETA) today "
        "announced financial results for the quarter ended December 31, 2003.\n"
    )
    release = extract_release(text, "d", "x").release
    assert release.headline is None
    assert release.issuer == "Zeta Pharmaceuticals, Inc."


def test_a_word_of_the_trade_in_lower_case_after_a_groups_capitals_is_the_name():
    """Korean groups style their companies "SK biopharmaceuticals", "GC biopharma": the word of
    the trade in lower case is the name's, after two or three capitals only."""
    lead = (
        "ZT biopharmaceuticals said Thursday it has signed a technology transfer agreement with "
        "Omega Therapeutics for a pain treatment candidate worth $58 million.\n"
    )
    assert extract_release(lead, "d", "x").release.issuer == "ZT biopharmaceuticals"
    longer = lead.replace("ZT biopharmaceuticals", "Zeta biopharmaceuticals")
    assert extract_release(longer, "d", "x").release.issuer != "Zeta biopharmaceuticals"
    # a country's letters are none: "US oncology focused Omega Pharmaceuticals"
    country = (
        "UK-based specialist Zeta BioPharma (AIM: ZPH) and US oncology focused Omega "
        "Pharmaceuticals (Nasdaq: OMGA) today announce the proposed combination of the companies.\n"
    )
    assert extract_release(country, "d", "x").release.issuer == "Zeta BioPharma"
    # a legal form in lower case is no word of the trade: "Zeta Therapeutics plc"
    plc = (
        "Biotechnology company Zeta Therapeutics plc (LSE: ZTA) announced on Monday that it has "
        "signed an out-licensing agreement with Omega Pharma Ltd for its MK Cell patents.\n"
    )
    assert extract_release(plc, "d", "x").release.issuer == "Zeta Therapeutics plc"


def test_a_news_desks_line_under_a_long_title_is_no_part_of_it():
    text = (
        "Zeta Pharmaceuticals Announces Collaboration Partner Omega Filed New Drug Application "
        "(NDA) for ZETAVIR in Japan\nPortfolio Pulse from Gamma Newsdesk\nZeta Pharmaceuticals "
        "Inc. announced that its partner Omega Pharmaceutical filed an NDA in Japan for ZETAVIR "
        "for lupus nephritis treatment.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None
    assert headline.text.endswith("for ZETAVIR in Japan")


def test_a_news_services_source_line_is_no_headline():
    from transform import extract_release

    text = (
        "Source - Omega News\n\nZeta (China) Ltd on Thursday announced that the Tokyo-based drug "
        "maker, Beta Pharmaceutical Co Ltd, has received US approval of zetatinib for a form of "
        "colorectal cancer.\n\nZeta, a Hong Kong-based developer of treatments for cancer, said "
        "the approval triggers a first milestone payment from Beta of $35 million to Zeta.\n\n"
        "Zeta shares fell 3.3% to 307.87 pence each on Thursday morning in London.\n\n"
        "Copyright 2023 Omega News Ltd. All Rights Reserved.\n"
    )
    assert extract_release(text, "d", "z").release.headline is None


def test_the_issuer_by_the_full_name_printed_before_its_ticker():
    from transform import extract_release

    text = (
        " date 2020-12-17 As part of the agreement, Zeta will receive an upfront cash payment of "
        "$50 million and up to $50 million in regulatory milestone payments.\n\nZeta "
        "Pharmaceuticals Inc. (NASDAQ: ZETA / TSX:ZET) today announced it has entered into a "
        "collaboration and license agreement with Omega Pharmaceutical Co., Ltd.\n"
    )
    assert extract_release(text, "d", "z").release.issuer == "Zeta Pharmaceuticals Inc."
    # a title's possessive before the ticker is no part of the full name
    titled = (
        "News \u2013 Zeta Pharmaceuticals Inc.\u2019s (NASDAQ: ZETA) IND Application Receives "
        "FDA Clearance\nZeta Pharmaceuticals (NASDAQ: ZETA), a clinical-stage company, today "
        "announced that it has received clearance of its IND.\n"
    )
    assert extract_release(titled, "d", "z").release.issuer == "Zeta Pharmaceuticals Inc."


def test_a_fact_boxs_field_is_no_headline():
    text = (
        "Zetaxin\n\nDrug: Zetaxin\nGeneric molecule: zetactant\nCompany: Omega Laboratories\n"
        "Approval date: March 6\n\nThe scoop: It was a long, hard haul for the specialty drug "
        "company to get this one approved. The FDA several times asked Omega Laboratories for "
        "more data.\n"
    )
    assert find_headline(text, None) is None


def test_a_feeds_wire_code_short_title_and_desk_line_are_no_part_of_the_headline():
    text = (
        "(BSNS WIRE) Zeta Bio, Inc. Reports 1998 Fourth Quarter and Year-End Zeta Bio, Inc. "
        "Reports 1998 Fourth Quarter and Year-End Financial Results Health/Medical Writers, "
        "Business Editors PORTLAND, Ore.--(BW HealthWire)--March 9, 1999--Zeta Bio, Inc. "
        "(Nasdaq NM:ZETA) today reported financial results for the fourth quarter.\n"
    )
    headline = find_headline(text, text.index("PORTLAND"))
    assert headline is not None
    assert (
        headline.text == "Zeta Bio, Inc. Reports 1998 Fourth Quarter and Year-End Financial Results"
    )
    assert text[headline.span_start : headline.span_end] == headline.text
    assert [(t.exchange_canonical, t.symbol) for t in find_tickers(text)] == [("Nasdaq", "ZETA")]
    # a feed's run of codes: the wire, its state and company slug, the ticker
    text = (
        "( BW)(CA-ZETA-PHARMACEUTICALS)(ZETA) Zeta Receives Second Milestone from Kappaxis\n\n"
        "SAN DIEGO--(BW HealthWire)--Jan. 4, 2000--Zeta Pharmaceuticals Incorporated "
        "(Nasdaq:ZETA) announced today that it has received a milestone payment from Kappaxis.\n"
    )
    headline = find_headline(text, text.index("SAN DIEGO"))
    assert headline is not None
    assert headline.text == "Zeta Receives Second Milestone from Kappaxis"


def test_a_wire_desk_line_alone_under_a_title_is_no_part_of_the_headline():
    # the desk line on its own line, its desks joined by slashes: no continuation of the title
    text = (
        "Zeta Bioscience, Inc. Announces Fourth Quarter and Fiscal Year End\n"
        "Business Editors/Health/Medical Writers\n"
        "PORTLAND, Ore.--(BUSINESS WIRE)--March 9, 2005--Zeta Bio, Inc. (Nasdaq:ZETA) today "
        "announced its financial results for the fourth quarter.\n"
    )
    headline = find_headline(text, text.index("PORTLAND"))
    assert headline is not None
    assert headline.text == "Zeta Bioscience, Inc. Announces Fourth Quarter and Fiscal Year End"


def test_a_wires_note_to_its_editors_is_no_part_of_the_headline():
    for note in ("Attention Business Editors:", "Attention Health/Medical Editors:"):
        text = (
            f"{note} Zeta Licenses U.S. Marketing Rights for ZB-1 to Omega\nMONTREAL, Jan. 4 "
            "/CNW/ - Zeta Biopharma Inc. (TSE:ZBP) announced today the signing of a licensing "
            "agreement with Omega Corporation for the marketing rights to ZB-1.\n"
        )
        headline = find_headline(text, text.index("MONTREAL"))
        assert headline is not None
        assert headline.text == "Zeta Licenses U.S. Marketing Rights for ZB-1 to Omega"


def test_a_pages_path_from_home_is_no_part_of_the_headline():
    for path in ("Home > News > ", "Home > "):
        text = (
            f"{path}Zeta Licenses ZB-1 to Omega\n\nBOSTON, May 2, 2019 -- Zeta Bio, Inc. "
            "(Nasdaq: ZETA) today announced that it licensed ZB-1 to Omega Pharma for Europe.\n"
        )
        headline = find_headline(text, text.index("BOSTON"))
        assert headline is not None and headline.text == "Zeta Licenses ZB-1 to Omega"


def test_an_rns_pages_company_and_day_opening_a_flattened_line_are_no_part_of_the_headline():
    text = (
        "Final Results\n\nZeta PLC 29 June 2006 Zeta: Preliminary Announcement for the year ended "
        "31 March 2006 Edinburgh, UK, 29 June, 2006; Zeta plc (LSE: ZTA) today announces its "
        "Preliminary Results for the year ended 31 March 2006. Zeta is an emerging company.\n"
    )
    release = extract_release(text, "e" * 64, "file:///x.txt").release
    assert release.headline == "Zeta: Preliminary Announcement for the year ended 31 March 2006"
    assert release.published_date == dt.date(2006, 6, 29)


def test_a_boards_quote_line_and_thread_labels_are_no_part_of_the_headline():
    text = (
        "ZTX 1.49% 33.0¢ zetamerix limited\n\n"
        "Ann: Successful Completion of 2nd Safety Review of Kidney Trial, page-2\n\n"
        "  1. 2,097 Posts.\n"
        "    MELBOURNE, Australia, 08 August 2023: Zetamerix Limited (ASX: ZTX) today confirmed "
        "that the independent safety board has successfully concluded a second review of its "
        "kidney trial.\n"
    )
    release = extract_release(text, "e" * 64, "file:///x.txt").release
    assert release.headline == "Successful Completion of 2nd Safety Review of Kidney Trial"


def test_a_subheadline_framed_by_dashes_is_no_headline():
    text = "Exhibit 99.1\n— Acme Advances Development of AB-101 Toward Its Pivotal Trial —\n\n"
    assert find_headline(text + LEAD_SENTENCE, len(text)) is None


ZETA_LETTER = (
    "Level 2, 66 Hunter Street\nSydney NSW 2000\n\n29 August 2019\n\nThe Manager - Companies"
    "\n\nASX Limited\n\n20 Bridge Street\n\nSYDNEY NSW 2000\n\nDear Madam,\n\n"
    "QUARTERLY ACTIVITIES REPORT AND APPENDIX 4C\n\n"
    "Zeta Bio Limited is pleased to attach its quarterly activities report. The company ended "
    "the quarter with $1.4m cash on hand and completed recruitment into its quarterly trial.\n"
)


def test_a_guessed_year_loads_no_published_date_but_a_guessed_date_and_a_warning():
    text = (
        "Zeta Bio Signs Deal\n\nCAMBRIDGE, Mass., May 4 /PRNewswire/ -- Zeta Bio, Inc. said its "
        "results for 2001 will be presented at a meeting. The company develops antibodies.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert (release.published_date, release.guessed_date) == (None, dt.date(2001, 5, 4))
    assert (release.date_inferred, release.date_confidence) == (True, 0.3)
    assert "no year printed for the date: guessed_date holds a guess" in release.warnings
    printed = extract_release(text.replace("May 4", "May 4, 2011"), "doc", "zeta.txt").release
    assert (printed.published_date, printed.guessed_date) == (dt.date(2011, 5, 4), None)
    assert not [w for w in printed.warnings if "date" in w]


def test_an_exchange_announcements_letter_gives_its_title_date_issuer_and_dollars():
    # the addressee block under the date is no dateline ("The Manager"), no headline (an
    # address) and no issuer (the exchange); its market says which dollars "$" is
    extraction = extract_release(ZETA_LETTER, "doc", "zeta.txt")
    release = extraction.release
    assert release.headline == "QUARTERLY ACTIVITIES REPORT AND APPENDIX 4C"
    assert (release.published_date, release.dateline_city) == (dt.date(2019, 8, 29), None)
    assert release.issuer == "Zeta Bio Limited"
    assert [(m.amount, m.currency, m.amount_usd) for m in extraction.money] == [
        (1.4e6, "AUD", None)
    ]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a page label with its number, and a line that opens what follows, are no title
        (
            "Company announcement 8/2019\n\nThe board of directors of Zeta Bio A/S hereby "
            "convenes an ordinary general meeting of Zeta Bio A/S, to be held on:\n\nThursday 25 "
            "April 2019 at 14:00 CET\n\n  1. Election of chairman of the general meeting of Zeta "
            "Bio A/S.\n  2. Report on the activities of Zeta Bio A/S in the past year.\n",
            None,
        ),
        # a title in capitals wrapped over two lines is one title
        (
            "Exhibit 99.1\nFor Immediate Release\nZETA BIO ANNOUNCES SECOND QUARTER 2004\n"
            "FINANCIAL RESULTS\nFremont, Calif., August 3, 2004 – Zeta Bio, Inc. (Nasdaq: ZETA) "
            "today reported second quarter 2004 financial results and a net loss of $12.5 "
            "million.\n",
            "ZETA BIO ANNOUNCES SECOND QUARTER 2004 FINANCIAL RESULTS",
        ),
        # ... its second line opening with a figure, both centred
        (
            "FOR IMMEDIATE RELEASE\n\n                  ZETA BIO REPORTS SECOND QUARTER\n"
            "                          2004 FINANCIAL RESULTS\n\nPRINCETON, N.J., August 5, "
            "2004 -- Zeta Bio, Inc. (Nasdaq: ZETA) today reported financial results for the "
            "second quarter ended June 30, 2004.\n",
            "ZETA BIO REPORTS SECOND QUARTER 2004 FINANCIAL RESULTS",
        ),
        # ... or over four, as a flattened exhibit breaks it
        (
            "Exhibit 99.1\nFOR IMMEDIATE RELEASE:\nZETABIO\nPROVIDES CORPORATE UPDATE AND REPORTS"
            "\nFIRST\nQUARTER 2010 FINANCIAL RESULTS\nROCKVILLE, MD – May 18, 2010 – Zeta Bio, "
            "Inc. (NASDAQ: ZETA) today is reporting its financial results for the first quarter "
            "2010 and a corporate update.\n",
            "ZETABIO PROVIDES CORPORATE UPDATE AND REPORTS FIRST QUARTER 2010 FINANCIAL RESULTS",
        ),
        # a reporter's byline alone on its line is none
        (
            "By Colin Roe\n\n\nZeta Biotech Inc. on Wednesday said the U.S. Food and Drug "
            "Administration granted fast-track designation to its ZB-1122 candidate.\n",
            None,
        ),
        # ... labelled too, under the text
        (
            "Boston-based Zeta Biotech will receive an $11 million payment from Omega to cover "
            "estimated losses from commercializing ZB-1122.\nAuthor: Colin Roe\nColin is an "
            "award-winning journalist specializing in life sciences. He has served as national "
            "biotechnology editor for Zeta News and national biotechnology reporter for Omega "
            "News.\nView all posts by Colin Roe\n",
            None,
        ),
    ],
)
def test_the_headline_of_a_page_past_its_labels_and_bylines(text, headline):
    assert extract_release(text, "doc", "zeta.txt").release.headline == headline


def test_a_name_before_a_ticker_keeps_a_first_word_with_a_capital_inside():
    text = (
        "The FDA has granted Fast Track designation to zeTa Pharma’s (NASDAQ: ZETA) lead "
        "candidate, zetafimod, for the treatment of pulmonary sarcoidosis.\n"
    )
    assert extract_release(text, "doc", "zeta.txt").release.issuer == "zeTa Pharma"


def test_a_bulleted_point_is_no_headline():
    text = (
        "Key Points\n- In addition, Acme Bio will share a portion of the proceeds of any sale\n\n"
    )
    assert find_headline(text + LEAD_SENTENCE, len(text)) is None


def test_page_furniture_is_no_headline_and_the_title_precedes_its_subheadline():
    text = (
        "Skip to content\nBookmark and Share\nWashington, D.C. 20549\n"
        "Press Release: Acme and Beta Sign License Agreement for AB-101\n"
        "Beta to develop AB-101 for gastric cancer under the new license agreement\n\n"
        + LEAD_SENTENCE
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None
    assert headline.text == "Acme and Beta Sign License Agreement for AB-101"
    assert text[headline.span_start : headline.span_end] == headline.text
    chrome = "Skip to content\nLess Ads, More Data, More Tools Register for FREE\n\n"
    assert find_headline(chrome + LEAD_SENTENCE, len(chrome)) is None  # none beats a wrong one


def test_money_kind_cues_stay_in_the_amounts_own_clause():
    text = (
        "ImmunoGen is entitled to receive milestone payments potentially totaling up to $170 "
        "million and royalties on sales. Revenues were $543 million vs. prior year (adjusted "
        "pro forma of $477 million). Net proceeds, after discounts and expenses, will be about "
        "$67.4 million. It could receive up to $255 million in potential license fees and "
        "milestone payments."
    )
    assert [(m.amount, m.kind) for m in find_money(text)] == [
        (170_000_000, "milestone"),
        (543_000_000, "revenue"),
        (477_000_000, "revenue"),
        (67_400_000, "financing"),
        (255_000_000, "milestone"),
    ]


def test_amounts_only_in_the_headline_block_count_once():
    from transform import extract_release

    text = (
        "Acme Earns Milestone\n- FDA approval triggers $10.5 million milestone payment to Acme.\n"
        "- Royalties follow.\n\nBOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. (Nasdaq: ACMB) "
        "announced that Beta will pay a $2 million milestone payment. The $2 million milestone "
        "is the second.\n"
    )
    amounts = [m.amount_usd for m in extract_release(text, "d", "u").money]
    assert amounts == [10_500_000, 2_000_000, 2_000_000]


def test_an_issuer_before_its_ticker_loses_the_years_and_places_printed_before_it():
    """And where it is based ("USA-based"); its ticker may be numeric ("TSE: 4503")."""
    for text in (
        "Nov. 2, 2020 Zeta Therapeutics Inc. (Nasdaq: ZETA) said",
        "Osaka, Japan- Zeta Therapeutics Inc. (Nasdaq: ZETA) said",
        "USA-based Zeta Therapeutics Inc. (Nasdaq: ZETA) said",
        # the first ticker may be an Asian exchange's numeric code, before the target's ticker
        "Zeta Therapeutics Inc. (TSE: 4503) said it completed its acquisition of Acme Bio, "
        "Inc. (Nasdaq: ACME)",
    ):
        issuer = find_issuer(text, None)
        assert issuer is not None and issuer.name == "Zeta Therapeutics Inc."
        assert text[issuer.span_start : issuer.span_end] == issuer.name


def test_the_headline_names_most_of_the_lead_and_is_printed_whole():
    lead = (
        "BOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. today announced that its partner Beta "
        "Pharma dosed the first patient in a Phase II trial of AB-101 in gastric cancer, "
        "triggering a milestone payment to Acme from Beta Pharma under their agreement."
    )
    text = (
        "Healthcare Industry News: Acme Bio\n"
        "| Acme Bio, Inc. |\n"
        "Home News Releases Acme Bio Earns Milestone as Beta Pharma Doses First Patient in "
        "Phase II Gastric Cancer Trial of AB-101\n"
        "Acme Bio Earns Milestone as Beta Pharma Doses First Patient in Phase II Gastric Cancer "
        "Trial of AB-101\n\n" + lead
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None
    assert headline.text == (
        "Acme Bio Earns Milestone as Beta Pharma Doses First Patient in Phase II Gastric Cancer "
        "Trial of AB-101"
    )


def test_a_headline_printed_in_the_page_title_and_again_below_it():
    from transform.repair import repair_text

    page = (
        "Orvenix Therapeutics - Orvenix Reports Positive Phase 2 Results for OVX-9 in Gout | "
        "BioSpace\nOrvenix Reports Positive Phase 2 Results for OVX-9 in Gout\n\nPublished: Jun "
        "12, 2017\n\nWALTHAM, Mass., June 12, 2017 (GLOBE NEWSWIRE) -- Orvenix Therapeutics, "
        "Inc. (NASDAQ:ORVX) today announced positive results from its Phase 2 trial of OVX-9 in "
        "patients with chronic gout.\n"
    )
    for text in (page, repair_text(page).text):  # as printed, and as repair reflows it
        headline = find_headline(text, text.index("WALTHAM"))
        assert headline is not None
        assert headline.text == "Orvenix Reports Positive Phase 2 Results for OVX-9 in Gout"


def test_the_headline_of_a_page_flattened_onto_one_line_is_its_run_of_capitals():
    text = (
        "Zeta Bio PLC 3 March 2015 For Immediate Release 3 MARCH 2015 ZETA BIO ANNOUNCES "
        "POSITIVE PHASE II RESULTS FOR ZB-12 - Strong efficacy in moderate to severe plaque "
        "psoriasis - Cambridge, UK - 3 March 2015: Zeta Bio plc (LSE: ZTB), the biotechnology "
        "company, today announces positive results from its Phase II trial of ZB-12 in 240 "
        "patients with moderate to severe plaque psoriasis."
    )
    headline = find_headline(text, text.index("Cambridge, UK"))
    assert headline is not None
    assert headline.text == "ZETA BIO ANNOUNCES POSITIVE PHASE II RESULTS FOR ZB-12"
    assert text[headline.span_start : headline.span_end] == headline.text
    # a long headline with a name in capitals and no date before it is kept whole
    title = (
        "Acme Bio Announces Transfer of Its Stock Listing to the NEW YORK STOCK EXCHANGE and "
        "Plans to Expand Its Commercial Footprint Across North America in 2016"
    )
    text = (
        f"{title}\nBOSTON, March 3, 2015 /PRNewswire/ -- Acme Bio, Inc. today announced the "
        "transfer of its stock listing to the New York Stock Exchange and plans to expand its "
        "commercial footprint."
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == title


def test_a_posts_own_words_and_a_sites_login_chrome_are_no_headline():
    post = (
        "Great news for longs, Zeta approved by FDA!!\nLoaded up more at $4.10 this morning.\n"
        "=======================================\nZeta Bio Receives FDA Approval for ZB-12 in "
        "Plaque Psoriasis\nBOSTON, March 3, 2015 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "today announced that the FDA has approved ZB-12 for adults with plaque psoriasis."
    )
    headline = find_headline(post, post.index("BOSTON"))
    assert headline is not None
    assert headline.text == "Zeta Bio Receives FDA Approval for ZB-12 in Plaque Psoriasis"
    page = (
        "Zeta Bio PLC Regulatory News (ZTB)\n\nLogin to your account to see Zeta Bio alerts\n\n"
        "Zeta Bio plc (LSE:ZTB) today announces that Zeta Bio has repaid its loan and its "
        "account with the bank is closed.\n"
    )
    assert find_headline(page, None) is None


def test_a_news_items_title_in_the_present_over_its_lead_in_the_past():
    text = (
        "Zeta founder resigns as MD\nTuesday, 20 December, 2005\nFive years after founding "
        "Sydney-based biomaterials company Zeta (ASX:ZTA), managing director Paul Ralph has "
        'resigned.\n"It\'s not an unfriendly move," said Ralph.\n'
    )
    release = extract_release(text, "f" * 64, "file:///x.txt").release
    assert (release.headline, release.issuer) == ("Zeta founder resigns as MD", "Zeta")
    # a feed's stamp opening a line, its day and time, is no title
    stamped = (
        "Wed, 26 Jan, 2022, 08:15 – English – Quarterly Report I 21/22\n\nOn January 26, 2022 "
        "Zeta Medical reported its quarterly report for the period.\n"
    )
    assert extract_release(stamped, "g" * 64, "file:///x.txt").release.headline is None


def test_the_subject_a_relative_clause_stands_between_it_and_its_verb():
    text = (
        "May 18 2011\nInternational biotechnology firm Zetanet, which is investigating a liver "
        "cell infusion for the treatment of urea cycle disorders (UCD) in young children, "
        "announced it has been granted orphan drug designation by the FDA.\n"
    )
    assert extract_release(text, "c" * 64, "file:///x.txt").release.issuer == "Zetanet"
    # under a deck whose subject says what the company is, a comma after it
    deck = (
        "The cancer immunotherapy developer, backed by Omega and Beta Ventures, has closed the "
        "offering.\nUS-based cancer treatment developer Zeta Biosciences, which counts several "
        "corporates among its investors, closed its initial public offering at $138m yesterday.\n"
    )
    assert extract_release(deck, "e" * 64, "file:///x.txt").release.issuer == "Zeta Biosciences"


def test_a_feeds_title_after_its_wire_label_and_company_in_sentence_case():
    text = (
        " date 2020-04-20 DGAP-Adhoc: Zeta AG: Zeta AG enters into exclusive license agreement "
        "with Omega Co., Ltd.\nDGAP-Ad-hoc: Zeta AG / Key word(s): Contract\nAd-hoc Release "
        "pursuant to Art. 17 MAR\nUnder the terms of the Agreement, Omega will obtain exclusive "
        "development and commercialization rights for Zetalux in Japan and will make an upfront "
        "payment to Zeta AG in the amount of EUR 6 million.\n"
    )
    release = extract_release(text, "w" * 64, "file:///x.txt").release
    assert (release.headline, release.issuer, release.issuer_rule) == (
        "Zeta AG enters into exclusive license agreement with Omega Co., Ltd.",
        "Zeta AG",
        "issuer_wire_label",
    )


def test_a_companys_board_before_it_and_its_a_s_form_are_no_subject():
    text = (
        "Interim report for the second quarter of 2007\n\nThe Supervisory Board of H. Zeta A/S "
        "today approved the Group's interim report for the second quarter of 2007. Revenue "
        "amounted to DKK 2,612 million.\n"
    )
    assert extract_release(text, "h" * 64, "file:///x.txt").release.issuer == "H. Zeta A/S"


def test_a_shareholders_meeting_before_a_company_is_no_part_of_it():
    text = (
        "Zeta Pharma S.p.A.: the Shareholders' Meeting approves the dividend\n\nMilan, 28 April "
        "2023 - The Ordinary Shareholders' Meeting of Zeta Pharma S.p.A. (Euronext Milan: ZET) "
        "held today approved a dividend of EUR 0.18 per share.\n"
    )
    assert extract_release(text, "h" * 64, "file:///x.txt").release.issuer == "Zeta Pharma S.p.A."
    special = text.replace("The Ordinary", "The Ordinary and Extraordinary")
    assert extract_release(special, "h" * 64, "file:///x.txt").release.issuer == (
        "Zeta Pharma S.p.A."
    )


def test_an_rns_header_names_the_issuer_under_its_number():
    text = (
        "RNS Number:2390L\nZeta Antibody Tech Group PLC\n19 May 2003\n\nFOR IMMEDIATE RELEASE\n\n"
        "ZETA ANTIBODY TECHNOLOGY\nINTERIM RESULTS FOR THE SIX MONTHS ENDED 31 MARCH 2003\n\n"
        "*      Clinical trials of ZB-12 commenced in US\n*      Loss for the six months of "
        "#18.8 million\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert (release.issuer, release.published_date) == (
        "Zeta Antibody Tech Group PLC",
        dt.date(2003, 5, 19),
    )


@pytest.mark.parametrize(
    "header",
    [
        "ZETA CORPORATION PRESS RELEASE 20 MAY 2020 at 12.00 EEST\n\n",
        " date 2020-05-20 ZETA CORPORATION PRESS RELEASE 20 MAY 2020 at 12.00 EEST\n\n",
        "Thursday, 17.02.2022\nXetra\n54,08 Euro\n\nZETA CORPORATION\nINSIDE INFORMATION / STOCK "
        "EXCHANGE RELEASE\n17 FEBRUARY 2022 at 23.32 EET\n\n",
    ],
)
def test_a_company_named_before_or_over_its_releases_label_is_the_issuer(header):
    text = header + (
        "Zeta's collaboration partner Omega Pharma upgrades estimate on Zetamab's sales\n\n"
        "Zeta's collaboration partner Omega Pharma has upgraded its estimate of Zetamab's peak "
        "sales. Zeta Corporation is entitled to receive milestone payments from Omega Pharma "
        "that may total EUR 280 million.\n\nPublisher:\nZeta Corporation\nCommunications\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert (release.issuer, release.issuer_rule) == ("Zeta Corporation", "issuer_release_label")


def test_a_regulator_and_its_committees_abbreviation_are_no_issuer():
    text = (
        "About ZETA\n\nMonday, 27 October 2014 09:52\n\nZETAMAB attains European Marketing "
        "Authorisation\n\nZeta's Logo\n\nEuropean Medicines Agency CHMP approves novel drug "
        "for erythropoietic protoporphyria patients under exceptional circumstances (ART 14 (8) "
        "OF REGULATION (EC) NO 726/2004)\n\nZeta Pharmaceuticals Limited (ASX: ZTA) is proud to "
        "announce that the CHMP has voted in favour of marketing authorisation of Zetamab.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.issuer == "Zeta Pharmaceuticals Limited"


def test_a_pages_quote_of_the_share_after_the_leads_company_is_no_part_of_it():
    text = (
        "Zeta to Receive $30 Million Upfront Payment from Omega\n\nDUBLIN, Ireland, Jan 23, 2014 "
        "(GLOBE NEWSWIRE via COMTEX) -- Zeta Corporation plc ZETA -0.68% , a clinical stage "
        "biotechnology company, announced today that it will receive the $30 million upfront "
        "payment from Omega.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert (release.issuer, release.issuer_rule) == (
        "Zeta Corporation plc",
        "issuer_after_dateline",
    )


def test_an_exchanges_disclaimer_is_no_issuer_the_company_it_defines_with_its_group_is():
    disclaimer = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take "
        "no responsibility for the contents of this announcement, make no representation as to "
        "its accuracy or completeness.\n\nVOLUNTARY ANNOUNCEMENT\n\nENTERING INTO A LICENSING "
        "AGREEMENT\n\n"
    )
    text = disclaimer + (
        'On 31 August 2020, 澤塔醫藥 Zeta Pharmaceutical Group Inc.* (the "Company", together with '
        'its subsidiaries, the "Group") entered into the Licensing Agreement with Omega '
        "Medicines, Inc., pursuant to which Omega agreed to grant to the Company an exclusive "
        "right to develop ZB2136b in the People's Republic of China.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.issuer == "Zeta Pharmaceutical Group Inc."
    unnamed = disclaimer + (
        "In accordance with prior approval by the Board, the Company announces that on 3 "
        "December 2019, its subsidiary entered into a tenancy agreement for its offices.\n"
    )
    assert extract_release(unnamed, "r" * 64, "file:///x.txt").release.issuer is None


def test_a_bylines_surname_over_the_leads_company_makes_it_no_persons_surname():
    text = (
        " date 2023-12-20 By Ian Walker\n\nZTA has entered into an exclusive license agreement "
        "with Omega Pharmaceutical Group for its ZB-20093 antibody-drug cancer treatment.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.issuer == "ZTA"


def test_a_ticker_in_parentheses_left_open_is_no_issuer():
    text = (
        "Zeta (ZETA posted a fourth-quarter net loss of $67 million, or 30 cents per share, "
        "compared with a net loss of $37.5 million in the 2000 fourth quarter.\n"
    )
    assert extract_release(text, "m" * 64, "file:///x.txt").release.issuer is None


def test_the_company_after_a_dash_that_ends_the_dateline_is_the_issuer():
    text = (
        "Zeta Compound Enters Phase II\n\nNumazu and Osaka, Japan - November 10, 2008 --- Zeta "
        'Co., Ltd. (Numazu, Shizuoka, "Zeta") and Omega Pharmaceutical Company Limited (Osaka, '
        '"Omega") together with its subsidiary Beta: The Omega Oncology Company (Cambridge, '
        '"Beta") today announced the advancement of ZT-501 into Phase II trials.\n'
    )
    release = extract_release(text, "z" * 64, "file:///x.txt").release
    assert (release.issuer, release.dateline_city) == ("Zeta Co., Ltd.", "Numazu")


def test_a_pages_counters_breadcrumb_tags_and_credit_are_no_headline():
    lead = (
        "BOSTON, March 3, 2015 (GLOBE NEWSWIRE) -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced "
        "the pricing of a registered direct offering of 2,000,000 shares at $2.00 per share."
    )
    title = "Zeta Bio Announces Pricing of Registered Direct Offering"
    counted = f"checkAd\n\n  212  3 Comments {title}\n\n{lead}"
    headline = find_headline(counted, counted.index("BOSTON"))
    assert headline is not None
    assert headline.text == title
    crumb = f"Biotech / Medical : Zeta Bio (ZETA)\nTo: a reader who wrote (12)\n{lead}"
    assert find_headline(crumb, crumb.index("BOSTON")) is None
    tagged = (
        "zetanewsMarch 3, 2015\nTag: Biotech Company , Zeta Bio , Offering\nZeta Bio, Inc. "
        "(Nasdaq: ZETA) today announced the pricing of a registered direct offering of 2,000,000 "
        "shares of its common stock at a price of $2.00 per share to several investors.\n"
    )
    release = extract_release(tagged, "t" * 64, "file:///x.txt").release
    assert (release.headline, release.published_date) == (None, dt.date(2015, 3, 3))
    cut = (
        "Zeta Bio Enters Phase II Trials for the Treatment of Powered By Docstoc\nNews Release\n"
        f"  Zeta Bio Enters Phase II Trials for the Treatment of Pleural Mesothelioma\n\n{lead}"
    )
    headline = find_headline(cut, cut.index("BOSTON"))
    assert headline is not None
    assert headline.text == (
        "Zeta Bio Enters Phase II Trials for the Treatment of Pleural Mesothelioma"
    )


def test_a_news_items_title_over_a_date_and_a_lead_with_a_ticker_and_a_label_printed_twice():
    lead = (
        "Melbourne's Zeta Therapeutics (ASX:ZTA) has raised $3.6 million through a private "
        "placement to Australian and professional investors to fund the phase IIa trial of its "
        "compound ZT-1102 for patients with relapsing remitting multiple sclerosis.\n"
        '"This provides us with the funding to pursue our plans for the trials of our drug in '
        'the coming year," said the chief executive of the company in a statement. Enrolment '
        "at eight hospitals in Germany will start in the first quarter, and results are expected "
        "by the end of the year, assuming recruitment proceeds at the anticipated rate.\n"
    )
    text = "Zeta raises $3.6m in private placement\nFriday, 17 February, 2006\n" + lead
    assert find_headline(text, None).text == "Zeta raises $3.6m in private placement"
    text = (
        "Zeta's oversubscribed $3.6m private placement funds its trial\nHealth & Biotech\n"
        "Health & Biotech\n" + lead
    )
    assert find_headline(text, None).text == (
        "Zeta's oversubscribed $3.6m private placement funds its trial"
    )


LEAD_OF_A_LICENCE = (
    "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. and Beta Pharma AG today announced a research "
    "and licence agreement for Zeta Bio's sequencing technology in whole genome analysis."
)


def test_a_title_wrapped_between_the_words_of_a_payments_name():
    text = (
        "Exhibit 99.2\nFOR IMMEDIATE RELEASE\nZeta will be Eligible to Receive $10 Million "
        "Milestone\nPayment upon Dosing of First Patient in Omega Phase 3\nZetamab Trial in "
        "Biliary Tract Cancer\n|•\n|\nDosing of first patient in Phase 3 trial of zetamab will "
        "trigger $10 million milestone payment from Omega\nHOLON, ISRAEL, December 19, 2023 - "
        "Zeta Ltd. (Nasdaq: ZETA) today announced it will be eligible to receive a milestone "
        "payment of $10 million from Omega when the first patient is dosed in Omega's trial.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.headline == (
        "Zeta will be Eligible to Receive $10 Million Milestone Payment upon Dosing of First "
        "Patient in Omega Phase 3 Zetamab Trial in Biliary Tract Cancer"
    )


def test_an_authors_name_alone_under_a_title_is_a_byline():
    text = (
        "Omega Licenses Zeta Pharma’s Drug Candidates for Type 2 Diabetes and Obesity\n"
        "Heather Cartwright\nAbstract\nOmega has licensed the global rights to Zeta Pharma’s "
        "dual-acting agonists for the treatment of type 2 diabetes and obesity.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.headline == (
        "Omega Licenses Zeta Pharma’s Drug Candidates for Type 2 Diabetes and Obesity"
    )


def test_a_labelled_byline_under_a_long_title_in_sentence_case_is_no_part_of_it():
    text = (
        "Biotech\nZeta snags $85M series B to push Parkinson's gene therapy into the clinic\n"
        "By Jane Doe\nMar 3, 2022 10:15am\n\nZeta Bio has raised $85 million in a series B "
        "round to bring its gene therapy for Parkinson's disease into a Phase 1 trial, the "
        "Boston biotech said Thursday.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.headline == (
        "Zeta snags $85M series B to push Parkinson's gene therapy into the clinic"
    )


def test_a_title_printed_again_with_a_gloss_is_read_once():
    text = (
        "Zeta Biopharma DMD partner Omega wins FDA approval for Zetamab\n"
        "Zeta Biopharma DMD (Duchenne Muscular Dystrophy )partner Omega wins FDA approval for "
        "Zetamab\nWhy is this so important? Zeta Biopharma will start a study of zetafidase.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.headline == "Zeta Biopharma DMD partner Omega wins FDA approval for Zetamab"


def test_a_title_wrapped_over_three_lines_the_second_opening_in_lower_case():
    text = (
        "Exhibit 99.1\nZETA BIO, INC.\n12 Harbor Road, Boston, MA 02110\nZeta Bio\n"
        "and Beta Pharma Announce Research, Licence and Marketing\n"
        "Agreement for Whole Genome Sequencing Technology\n" + LEAD_OF_A_LICENCE
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == (
        "Zeta Bio and Beta Pharma Announce Research, Licence and Marketing Agreement for Whole "
        "Genome Sequencing Technology"
    )


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Zeta Biopharmaceuticals\nCompletes License for\nAlzheimer's Disease Imaging Agent",
            "Zeta Biopharmaceuticals Completes License for Alzheimer's Disease Imaging Agent",
        ),
        (
            "Zeta Bio, Inc.\nReceives Orphan Drug Designation",
            "Zeta Bio, Inc. Receives Orphan Drug Designation",
        ),
        # a letterhead over a title with its own subject stays a letterhead
        ("Zeta Therapeutics\n\nZeta Announces Phase 2 Results", "Zeta Announces Phase 2 Results"),
    ],
)
def test_a_company_alone_on_its_line_over_its_verb_opens_the_title(title, headline):
    lead = (
        "BOSTON, Mass., May 2, 2019 -- Zeta Bio, Inc. today announced a license for an imaging "
        "agent in Alzheimer's disease, its orphan drug designation and Phase 2 results."
    )
    text = f"Exhibit 99.1\n{title}\n" + lead
    found = find_headline(text, text.index("BOSTON"))
    assert found is not None and found.text == headline


def test_a_title_glued_to_its_subheadline_then_printed_alone_is_the_title():
    title = "Zeta Biotechnology General Reports Interim Phase II Results of Zetamab"
    text = (
        f"From: Elvis Jones\n{title}\n"
        "Initiation of Phase III Study Planned for Third Quarter\n\nCompany Press Release\n\n"
        f"{title}\n\nInitiation of Phase III Study Planned for Third Quarter\n\n"
        "ISELIN, N.J.--(BUSINESS WIRE)--June 30, 1999--Zeta Bio Corp. today announced interim "
        "results of the Phase II study of Zetamab, presented at a meeting.\n"
    )
    found = find_headline(text, text.index("ISELIN"))
    assert found is not None
    assert found.text == title


def test_a_title_with_its_dateline_glued_on_and_a_name_over_its_verb_in_capitals():
    page = (
        "Navigation Links\nZeta Bio to Dual List on Tel Aviv Stock Exchange\nDate:8/30/2010\n\n"
        "Zeta Bio to Dual List on Tel Aviv Stock Exchange -- CARMIEL, Israel, Aug. 30 "
        "/PRNewswire-FirstCall/ --\n\nAdvanced Search Search\n\n"
        "CARMIEL, Israel, Aug. 30 /PRNewswire-FirstCall/ -- Zeta Bio, Inc., (NYSE Amex: ZBX), a "
        "biopharmaceutical company, today announced that its common stock will list in Tel Aviv."
        "\n"
    )
    release = extract_release(page, "p" * 64, "file:///x.txt").release
    assert release.headline == "Zeta Bio to Dual List on Tel Aviv Stock Exchange"
    exhibit = (
        "ZETALOR\nBIOTECH ANNOUNCES NEW LISTING ON TEL AVIV STOCK EXCHANGE\n-\n"
        "Nes-Ziona, Israel – May 26, 2010 – ZETALOR\nBiotech, Inc., (NYSE Amex: ZBTH), a company "
        "developing therapeutic proteins, today announced that the exchange has approved the "
        "new listing of its common stock.\n"
    )
    release = extract_release(exhibit, "q" * 64, "file:///x.txt").release
    assert (release.headline, release.issuer) == (
        "ZETALOR BIOTECH ANNOUNCES NEW LISTING ON TEL AVIV STOCK EXCHANGE",
        "ZETALOR Biotech, Inc.",
    )


def test_a_sites_name_after_the_title_printed_again_and_a_bylines_date_without_its_writer():
    text = (
        "Zeta and Omega Lead the Deals | Be Korea-savvy\n\nZeta and Omega Lead the Deals\n\n"
        "By Nov 18, 2021 (Gmt+09:00)\n\nZeta Bio and Omega Pharma signed licensing deals worth "
        "up to 1.2 trillion won this year, leading Korea's deals, industry data show.\n"
    )
    release = extract_release(text, "k" * 64, "file:///x.txt").release
    assert (release.headline, release.published_date) == (
        "Zeta and Omega Lead the Deals",
        dt.date(2021, 11, 18),
    )
    # a site's label of the company before a spaced colon, the title naming it again
    labelled = (
        "H. ZETA (ZTA)\nH Zeta : Zeta divests preclinical research programs\n\nValby, 22 May "
        "2018\n\nH. Zeta A/S further focuses its preclinical research pipeline with the "
        "divestment of two research programs to biotech company Omega Therapeutics, Inc.\n"
    )
    release = extract_release(labelled, "l" * 64, "file:///x.txt").release
    assert release.headline == "Zeta divests preclinical research programs"


def test_a_page_title_cut_short_before_a_sites_name_gives_way_to_the_whole_title():
    text = (
        "Zeta Bio Announces FDA Approval of ZEVIA - Yahoo Finance\n\nZeta Bio Announces FDA "
        "Approval of ZEVIA (zetamab) for Adults with Lupus\nBusiness Wire Wed, Mar 3, 2021, 7:00 "
        "AM\n\nBOSTON--(BUSINESS WIRE)--Zeta Bio, Inc. (Nasdaq: ZETA) today announced that the "
        "U.S. Food and Drug Administration (FDA) has approved ZEVIA (zetamab) for adults with "
        "active lupus nephritis.\n"
    )
    release = extract_release(text, "k" * 64, "file:///x.txt").release
    assert release.headline == (
        "Zeta Bio Announces FDA Approval of ZEVIA (zetamab) for Adults with Lupus"
    )


def test_a_share_boxs_caption_and_table_are_no_title_and_name_no_organisation():
    text = (
        "Hot Features\n\nOMGA Omega Holdings Inc. (MM)\n\n57.49\n0.00 (0.00%)\n"
        "07 Jun 2024 - Closed\nDelayed by 15 minutes\nShare Name Share Symbol Market Type\n"
        "Omega Holdings Inc. (MM) NASDAQ:OMGA NASDAQ Common Stock\n"
        "  Price Change % Change Share Price Bid Price Offer Price\n  0.00 0.00% 57.49 0\n\n"
        "Zeta Announces Successful Completion of Tender Offer for Shares of Omega\n\n"
        "08/06/2010 8:09am\n\nTOKYO, June 8, 2010 /PRNewswire/ -- Zeta Pharma Inc. today "
        "announced the successful completion of its tender offer for all outstanding shares "
        "of Omega Holdings, Inc.\n"
    )
    extraction = extract_release(text, "s" * 64, "file:///x.txt")
    assert extraction.release.headline == (
        "Zeta Announces Successful Completion of Tender Offer for Shares of Omega"
    )
    assert [o.name for o in extraction.organizations] == ["Omega Holdings, Inc."]


def test_a_title_ending_in_its_verb_goes_on_but_not_into_the_subheadlines_below():
    text = (
        "Exhibit 99.1\nFOR IMMEDIATE RELEASE\nNASDAQ: ZETA\nZeta Pharmaceuticals Announces\n"
        "Adjournment of Its Stockholders Meeting Until April 12, 2013\n"
        "Zeta Announces Approval and Declaration of Contingent Value Rights Distribution\n"
        "Omega Announces Approval of Merger by Its Stockholders\n"
        "BOSTON, Mass. (March 15, 2013) — Zeta Pharmaceuticals, Inc. (NASDAQ: ZETA) and Omega "
        "announced today that Omega stockholders have approved the merger and that Zeta has "
        "adjourned its stockholders meeting.\n"
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None
    assert headline.text == (
        "Zeta Pharmaceuticals Announces Adjournment of Its Stockholders Meeting Until "
        "April 12, 2013"
    )


def test_a_page_label_and_its_date_after_an_rns_stamp_are_no_part_of_the_title():
    text = (
        "Research Agreement\n\nZeta Biomedica PLC 06 January 2003 For Immediate release 6 "
        "January 2003 ZETA BIOMEDICA PLC - RESEARCH & DEVELOPMENT AGREEMENT WITH OMEGA PHARMA "
        "Oxford, United Kingdom- 6 January 2003. Zeta Biomedica plc ('Zeta') and Omega Pharma R&D "
        "SA ('Omega') announced today that they had signed a research agreement for ZT-9.\n"
    )
    headline = extract_release(text, "d", "x.txt").release.headline
    assert headline is not None and not headline.startswith("For Immediate")
    assert "RESEARCH & DEVELOPMENT AGREEMENT WITH OMEGA PHARMA" in headline


def test_a_title_ending_in_its_verb_goes_on_over_a_blank_line():
    text = (
        "OMEGA AND Zeta Pharma ANNOUNCE\n\n"
        "GLOBAL CO-DEVELOPMENT AND COMMERCIALISATION COLLABORATION FOR ZT-22 IN IMMUNO\n"
        "-ONCOLOGY\n\nOmega and its research arm today announced that they have entered into a "
        "collaboration to accelerate the development of Zeta Pharma SA's antibody.\n"
    )
    clean = clean_document(text.encode(), "zeta.txt")
    assert not isinstance(clean, Rejection)
    headline = find_headline(clean.text, None)
    assert headline is not None and headline.text == (
        "OMEGA AND Zeta Pharma ANNOUNCE GLOBAL CO-DEVELOPMENT AND COMMERCIALISATION "
        "COLLABORATION FOR ZT-22 IN IMMUNO-ONCOLOGY"
    )
    # a title with its object ends at its blank line
    ended = clean.text.replace("Pharma ANNOUNCE\n", "Pharma ANNOUNCE DEAL\n")
    headline = find_headline(ended, None)
    assert headline is not None and headline.text == "OMEGA AND Zeta Pharma ANNOUNCE DEAL"


def test_a_double_spaced_header_wraps_its_title_over_a_blank_line():
    header = "".join(
        f"{line}\n\n"
        for line in (
            "Exhibit 99.1",
            "[ZETA BIO LOGO]",
            "Zeta Bio Contact:",
            "Beta Pharma Contact:",
            "Jo Lee",
            "Ann Roe",
            "President and CEO",
            "CEO",
            "FOR IMMEDIATE RELEASE",
            "Zeta Bio Obtains Exclusive Licence from Beta Pharma AG to Next Generation",
            "Sequencing Technology for Whole Genome Applications",
        )
    )
    text = header + LEAD_OF_A_LICENCE
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == (
        "Zeta Bio Obtains Exclusive Licence from Beta Pharma AG to Next Generation Sequencing "
        "Technology for Whole Genome Applications"
    )
    # a header with a blank line after a few lines only parts its title from a subheading
    text = "".join(f"{line}\n\n" for line in header.split("\n\n")[-3:]) + LEAD_OF_A_LICENCE
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == (
        "Zeta Bio Obtains Exclusive Licence from Beta Pharma AG to Next Generation"
    )


def test_headlines_wrapped_glued_to_a_dateline_or_after_a_ticker():
    wrapped = (
        "Exhibit 99.1\nAcme Bio Announces Expansion of Its Respiratory Diseases Research\n"
        "Collaboration and License Agreement with Beta Pharma\nBOSTON, Mass., May 2, 2019 -- "
        "Acme Bio, Inc. today announced an expansion of its respiratory research "
        "collaboration and license agreement with Beta Pharma, which adds two targets."
    )
    headline = find_headline(wrapped, wrapped.index("BOSTON"))
    assert headline is not None and headline.text == (
        "Acme Bio Announces Expansion of Its Respiratory Diseases Research Collaboration and "
        "License Agreement with Beta Pharma"
    )
    caps = (
        "FOR IMMEDIATE RELEASE\n\n      ACME ANNOUNCES AGREEMENT WITH BETA AG\n"
        "      FOR DEVELOPMENT OF AB-200 IN RHEUMATOID ARTHRITIS\n\nBOSTON, MA, March 4, 1997 -- "
        "Acme Corporation today announced an agreement with Beta AG for the development of "
        "AB-200 in rheumatoid arthritis."
    )
    headline = find_headline(caps, caps.index("BOSTON"))
    assert headline is not None and headline.text == (
        "ACME ANNOUNCES AGREEMENT WITH BETA AG FOR DEVELOPMENT OF AB-200 IN RHEUMATOID ARTHRITIS"
    )
    # a short line ending in "FOR" goes on below, figures and all
    caps = caps.replace("WITH BETA AG\n      FOR", "WITH BETA AG FOR\n      THE")
    headline = find_headline(caps, caps.index("BOSTON"))
    assert headline is not None and headline.text == (
        "ACME ANNOUNCES AGREEMENT WITH BETA AG FOR THE DEVELOPMENT OF AB-200 IN RHEUMATOID "
        "ARTHRITIS"
    )
    glued = (
        "ACMB - Acme Bio and Beta Pharma Sign License Agreement for AB-101 LYON, France, "
        "May 4, 2012 /PRNewswire/ -- Acme Bio and Beta Pharma today signed a license agreement "
        "for AB-101 in gastric cancer."
    )
    headline = find_headline(glued, glued.index("LYON"))
    assert headline is not None
    assert headline.text == "Acme Bio and Beta Pharma Sign License Agreement for AB-101"
    cover = "Report of Foreign Issuer Pursuant to Rule 13a-16 or 15d-16 of the Acme Act\n\n" + glued
    headline = find_headline(cover, cover.index("LYON"))
    assert headline is not None and not headline.text.startswith("Report")


def test_headlines_in_sentence_case_after_a_cover_page_or_a_posters_comment():
    lead = (
        "Acme Bio today said the FDA approved zetamab in newly diagnosed gout, with superior "
        "efficacy and a favorable safety and tolerability profile in its Phase III study."
    )
    filing = (
        "SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 6-K\n"
        "Indicate by check mark whether the registrant files or will file annual reports under "
        "cover of Form 20-F or Form 40-F, and whether it furnishes the information to the "
        "Commission pursuant to the rules of the Act of 1934 as amended.\n|\n"
        "MEDIA RELEASE\nAcme Bio zetamab FDA approved in newly diagnosed gout, offering superior "
        "efficacy, and\nfavorable safety and tolerability profile\nBasel, May 2, 2024 - " + lead
    )
    headline = find_headline(filing, filing.index("Basel"))
    assert headline is not None and headline.text == (
        "Acme Bio zetamab FDA approved in newly diagnosed gout, offering superior efficacy, and "
        "favorable safety and tolerability profile"
    )
    board = (
        "To: Jo who wrote (429) 7/27/1999\nMore good news: Acme and Beta Enter into License "
        "Agreement for Zetamab in Gout BOSTON, July 27 /PRNewswire/ -- " + lead
    )
    headline = find_headline(board, board.index("BOSTON"))
    assert headline is not None
    assert headline.text == "Acme and Beta Enter into License Agreement for Zetamab in Gout"
    company = "Acme Bio: Zetamab Approved in Gout\nBOSTON, July 27 /PRNewswire/ -- " + lead
    headline = find_headline(company, company.index("BOSTON"))
    assert headline is not None and headline.text == "Acme Bio: Zetamab Approved in Gout"


def test_a_sites_name_glued_after_the_headline_is_dropped():
    lead = "Zeta Bio said the FDA approved zetamab in gout after a Phase III study of 300 patients."
    for site in (" - BioSpace", " | Reuters", " | Fierce Biotech"):
        text = f"Home | News\nZeta Bio Wins FDA Approval of Zetamab in Gout{site}\nBOSTON, Mass., "
        text += "May 2, 2019 -- " + lead
        headline = find_headline(text, text.index("BOSTON"))
        assert headline is not None
        assert headline.text == "Zeta Bio Wins FDA Approval of Zetamab in Gout"
    kept = "Zeta Bio Wins Approval - Zetamab First in Gout\nBOSTON, Mass., May 2, 2019 -- " + lead
    assert find_headline(kept, kept.index("BOSTON")).text.endswith("- Zetamab First in Gout")
    # a period's end after a dash is no site's name
    kept = "Zeta Bio AB: Interim report January - September 2015\nBOSTON, May 2, 2019 -- " + lead
    assert find_headline(kept, kept.index("BOSTON")).text.endswith("January - September 2015")


def test_a_wires_media_tag_after_the_title_and_its_resend_label_before_it_are_dropped():
    lead = "Zeta Bio said the FDA approved zetamab in gout after a Phase III study of 300 patients."
    title = "Zeta Bio Wins FDA Approval of Zetamab in Gout"
    for printed in (
        f"{title} (Photo)",
        f"{title} [VIDEO]",
        f"{title} (with video)",
        f"CORRECTING and REPLACING {title}",
        f"UPDATE -- {title}",
        f"Correction: {title}",
        f"UPDATED: {title}",  # never a page's "Updated: March 3, 2020" line
    ):
        text = f"{printed}\nBOSTON, Mass., May 2, 2019 -- " + lead
        assert find_headline(text, text.index("BOSTON")).text == title, printed
    # a page's update stamp stays chrome, no title
    stamp = "Updated: May 2, 2019 10:05 ET\nBOSTON, Mass., May 2, 2019 -- " + lead
    assert find_headline(stamp, stamp.index("BOSTON")) is None
    # a title's own word: "Update on", a photo in its words
    for kept in ("Update on Zetamab: FDA Approves It in Gout", "Zeta Bio Publishes Photo Atlas"):
        text = f"{kept}\nBOSTON, Mass., May 2, 2019 -- " + lead
        assert find_headline(text, text.index("BOSTON")).text == kept


def test_the_companys_own_name_after_a_bar_is_its_sites_though_the_lead_names_it():
    lead = "Zeta Therapeutics, Inc. reported results for the fourth quarter of 2023 and a loss."
    title = "Zeta Reports Fourth Quarter 2023 Results and Provides Corporate Update"
    for site in (" | Zeta Therapeutics", " | Zeta Bio"):
        text = f"{title}{site}\nPRINCETON, N.J., March 14, 2024 -- " + lead
        assert find_headline(text, text.index("PRINCETON")).text == title
    # a dash before the name, or words of no trade after the bar: the lead's words are kept
    for kept in (" - Zeta Therapeutics", " | Zeta Fourth Quarter"):
        text = f"{title}{kept}\nPRINCETON, N.J., March 14, 2024 -- " + lead
        assert find_headline(text, text.index("PRINCETON")).text == title + kept


def test_a_feeds_label_of_the_company_and_its_ticker_before_a_dash_is_no_part_of_the_title():
    lead = "Zeta Bio closed a placement of units for C$6.5 million, to fund its trials in gout."
    text = (
        "Zeta Bio Inc. (TSX-V: ZTB) - Zeta Closes C$6.5 Million Private Placement\n"
        "VANCOUVER, British Columbia, June 22, 2021 -- " + lead
    )
    headline = find_headline(text, text.index("VANCOUVER"))
    assert headline is not None and headline.text == "Zeta Closes C$6.5 Million Private Placement"


def test_a_feeds_label_of_the_company_before_its_own_name_is_no_part_of_the_title():
    text = (
        "Zeta AG: Zeta AG to hold its Ordinary General Meeting of Shareholders on 29 May 2019\n\n"
        "DGAP-News: Zeta AG / Key word(s): AGM/EGM\n\nHALLE, Germany, 18 April 2019 – Zeta AG "
        "(Euronext Amsterdam: ZTA) invites all shareholders to its ordinary general meeting.\n"
    )
    headline = find_headline(text, text.index("HALLE"))
    assert headline is not None
    assert (
        headline.text
        == "Zeta AG to hold its Ordinary General Meeting of Shareholders on 29 May 2019"
    )


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Stellmark Pharma Inc. - Stellmark Pharma Reports Positive Phase 3 Results | "
            "MarketScreener",
            "Stellmark Pharma Reports Positive Phase 3 Results",
        ),
        # (a colon glued to the name opens the title's own words, as Swiss releases print them)
        (
            "Solvaro AG: Solvaro Announces Positive Phase 2 Data in Gout",
            "Solvaro AG: Solvaro Announces Positive Phase 2 Data in Gout",
        ),
        (
            "ZETA BIO INC : Zeta Bio Reports Third Quarter 2020 Results",
            "Zeta Bio Reports Third Quarter 2020 Results",
        ),
        # a title whose words before the colon name another company: kept whole
        (
            "Omega AG: Zeta Bio Acquires Rights to ZT-1 From Omega",
            "Omega AG: Zeta Bio Acquires Rights to ZT-1 From Omega",
        ),
        # a filings site's label of the filer and its form, whatever its title names
        (
            "ZETA BIO INC - 8-K - Omega Pharma Licenses Gout Drug to Zeta Bio",
            "Omega Pharma Licenses Gout Drug to Zeta Bio",
        ),
    ],
)
def test_a_pages_label_of_the_company_before_a_title_naming_it_is_no_part_of_it(line, title):
    text = (
        f"{line}\n\nBOSTON, March 3, 2020 -- Zeta Bio, Inc. (NASDAQ: ZETA) announced results of "
        "a trial of its drug in adults with gout.\n"
    )
    headline = find_headline(text, text.index("BOSTON"))
    assert headline is not None and headline.text == title


def test_a_brands_generic_name_glossed_on_the_line_below_goes_on_the_title():
    lead = (
        "Boston, USA – May 1, 2014 - Zeta Bio Inc. (TSX: ZB) today announced the closing of the "
        "transaction in which Zeta Bio regained all rights to ZETAMAB® in the United States.\n"
    )
    text = (
        "Exhibit 99.1\nZETA BIO REGAINS RIGHTS TO ZETAMAB®\n(zetamab for injection) IN THE UNITED "
        "STATES\nCLOSING OF TRANSACTION MARKS NEW ERA FOR ZETA BIO\n" + lead
    )
    headline = find_headline(text, text.index("Boston"))
    assert headline is not None
    assert (
        headline.text
        == "ZETA BIO REGAINS RIGHTS TO ZETAMAB® (zetamab for injection) IN THE UNITED STATES"
    )
    # the gloss's line is never a title of its own
    alone = "Exhibit 99.1\n(zetamab for injection) IN THE UNITED STATES\n" + lead
    assert find_headline(alone, alone.index("Boston")) is None


def test_a_label_ending_in_a_colon_under_a_double_spaced_title_is_no_part_of_it():
    text = (
        "Unlock stock picks and a broker-level newsfeed that powers Wall Street.\n\n"
        "Zeta and Omega Pharma Announce License Agreement for Zetamide in Japan\n\n"
        "In This Article:\n\nAd hoc announcement pursuant to Art. 53 LR\n\n"
        "  • Zeta will receive up to €117 million from an upfront payment and milestones\n\n"
        "  • Zetamide is a unique modulator of the excessive release of glutamate\n\n"
        "  • Zeta expects to begin a pivotal Phase III trial in H1 2025 for zetamide\n\n"
        "  • Zeta continues to pursue further development opportunities for zetamide\n\n"
        "MILAN, December 13, 2024--(BUSINESS WIRE)--Zeta S.p.A. and Omega Pharma Co., Ltd. today "
        "announced that they have entered into a license agreement for zetamide in Japan.\n"
    )
    headline = find_headline(text, text.index("MILAN"))
    assert headline is not None
    assert headline.text == "Zeta and Omega Pharma Announce License Agreement for Zetamide in Japan"


def test_an_sec_filings_signature_is_no_headline():
    text = (
        "FORM 6-K\nZeta Pharma A/S\nFurnished as Exhibit 99.1 to this Report on Form 6-K is a "
        "press release of Zeta Pharma A/S announcing that Omega plans to initiate Phase 2 "
        "development of ZB-906, which has been in-licensed from Zeta Pharma.\nSIGNATURE\n"
        "Zeta Pharma A/S\nBy:\n/s/ Ivan M. Moller\nName:\nIvan M. Moller\n"
    )
    assert extract_release(text, "d", "f").release.headline is None


def test_a_copyright_line_closing_a_page_is_no_headline():
    text = (
        "Printer Friendly\n\nZeta Bio reports Q1 EPS (15c), one est. (16c).\n\nJane Roe, "
        'president and CEO of Zeta Bio, commented, "Our ZETA Phase 3 trials in patients with '
        "severe hypertriglyceridemia continue to progress, and we remain on track to report "
        "topline results in December 2019. Both of our studies have achieved full "
        'randomization, and most of the patients have now completed their plan."\n\n'
        "COPYRIGHT 2019 The Daily Zeta\nNo portion of this article can be reproduced without "
        "the express written permission from the copyright holder.\n"
        "Copyright 2019 Gale, Cengage Learning. All rights reserved.\n\nArticle Details\n"
        "Printer friendly Cite/link Email Feedback\nPublication:The Daily Zeta\nArticle Type:"
        "Financial report\nDate:Aug 14, 2019\nWords:242\nPrevious Article:Omega upgraded to "
        "Equal Weight at Beta Bank after 65% year-to-date slide.\n"
    )
    release = extract_release(text, "doc", "file:///x.txt").release
    assert (release.headline, release.issuer) == (None, "Zeta Bio")


def test_a_news_agencys_credit_closes_the_article_and_what_follows_is_another():
    story = (
        "Zeta Bio Inc named Jane Roe chief financial officer, effective July 31, the company "
        "said on Tuesday in a statement to investors and analysts. "
    )
    text = (
        story * 6 + "\nBy Ann Lee\nSource: Reuters\n"
        "In 2017, Omega partnered with Beta to develop an antibody for lupus. The agreement "
        "involved milestone payments of up to $500 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.money == [] and extraction.indications == []


def test_a_wires_routing_line_names_no_compound_and_rights_acquired_are_a_licence():
    text = (
        "ZETA ANNOUNCES FILING OF NEW DRUG APPLICATION\n\n NEW YORK, Jan. 3 /PRNewswire/ -- Zeta "
        "Laboratories, Inc. (AMEX: ZLB) announced today that a New Drug Application for its "
        "pessary had been filed. Zeta acquired the exclusive U.S. marketing rights to the "
        "pessary from Omegasciences, Inc. of Pennsylvania.\n -0- 1/3/94\n\nGK -- NY047 -- "
        "8543 01/03/94 14:12 EST\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert "NY047" not in [c.name for c in extraction.compounds]
    assert [e.event_type for e in extraction.events] == ["regulatory_submission", "licensing_deal"]


def test_a_wires_brief_that_opens_with_the_company_a_dash_and_what_it_is():
    text = (
        " date 2023-05-09 Zetagenyx Pharmaceuticals PLC - London-based biopharmaceutical group "
        "developing new therapies for blood diseases - Submits investigational new drug "
        "application seeking authorisation from the US Food & Drug Administration to begin a "
        "phase 1 clinical trial of its lead product for acute myeloid leukemia.\n\nBy Ann Lee, "
        "Alliance News reporter\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.issuer == "Zetagenyx Pharmaceuticals PLC"
    assert [e.event_type for e in extraction.events] == ["ind_filing"]


def test_a_pages_stamp_and_byline_name_no_company():
    text = (
        "Zeta Biologics announces FDA clearance to start Phase 1 trial in solid tumors\n"
        "Jan. 24, 2022 7:53 AM ETZeta Biologics Inc. (ZETB)By: Dulan Roe, SA News Editor\n"
        "- Zeta Biologics (NASDAQ:ZETB) has added 11.4% in the pre-market after the FDA cleared "
        "its lead drug candidate, ZB9218, for a Phase 1 trial in patients with solid tumors.\n"
    )
    from transform import clean_document

    cleaned = clean_document(text.encode(), "zeta.txt")  # the page's repair, then extraction
    extraction = extract_release(cleaned.text, "doc", "file:///x.txt", cleaned.corrections)
    names = [o.name for o in extraction.organizations]
    assert not any("Roe" in name or name.startswith("AM ") for name in names)


def test_a_message_board_header_or_a_letterhead_is_no_headline():
    lead = (
        "Zeta Bio, Inc. (Nasdaq: ZETA) today announced that the FDA approved zetamab for adults "
        "with gout after a Phase III study of 300 patients."
    )
    title = "Zeta Bio Receives FDA Approval for Zetamab in Gout"
    for chrome in (
        "Zeta Bio (ZETA) Message Board\nPosted by: investor99 | Views: 100\n",
        "Contact:\nJane Doe\nZeta Bio, Inc.\n(617) 555-0100\n\nFOR IMMEDIATE RELEASE\n\n",
        # an RNS page's number, company and day flattened onto one line
        "RNS Number : 8172F Zeta Bio PLC 03 November 2025\n3 November 2025\nZeta Bio plc\n",
    ):
        text = f"{chrome}{title}\nBOSTON, Mass., May 2, 2019 -- {lead}"
        headline = find_headline(text, text.index("BOSTON"))
        assert headline is not None and headline.text == title


def test_a_posts_subject_is_no_headline_where_no_dateline_follows():
    from transform import extract_release

    text = (
        "Re: ZETA News Today -- Big Approval!!\nPosted by: investor99 on 6/14/2011 9:41 AM\n"
        "Post # 3321 of 8890\n\nZeta Bio Receives FDA Approval for Zetamab in Gout\n\n"
        "Zeta Bio, Inc. (Nasdaq: ZETA) announced today that the FDA approved zetamab.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert release.headline == "Zeta Bio Receives FDA Approval for Zetamab in Gout"


def test_a_sentence_of_the_lead_is_no_headline():
    from transform import extract_release
    from transform.headline import _candidates

    on_date = (
        "On May 4, 2012 Brightwater Therapeutics said it had agreed to be acquired by Grandview "
        "Pharma plc for $18.50 per share in cash, or approximately $1.2 billion.\n\n"
        "The transaction, which was unanimously approved by the boards of both companies, is "
        "expected to close in the third quarter of 2012. Brightwater's lead product, BRW-77, is "
        "approved in the U.S. for the treatment of hepatic encephalopathy.\n\n"
        '"This combination creates a leader in liver disease," said Thomas Reilly, Grandview\'s '
        "chief executive.\n\nGoldman, Sachs & Co. is acting as financial advisor to Brightwater.\n"
    )
    assert extract_release(on_date, "doc", "zeta.txt").release.headline is None
    wrapped = (
        "December 11, 2006, Zeta Bio, Inc. (Nasdaq: ZETA) issued a press release to announce\n"
        "the presentation of initial findings from a Phase I study evaluating zetamab in\n"
        "relapsed or refractory multiple myeloma that expresses the CD56-antigen. To qualify,\n"
        "patients must have failed two prior lines of therapy, and the study is ongoing now.\n"
    )
    assert _candidates(wrapped, len(wrapped)) == []  # every line is part of one sentence
    glued = (  # a sentence's stop after a year, glued to the next sentence
        "Zeta Bio rose 1.9% to Rs 145 on BSE after its partner got ANDA approval for a tablet.\n"
        "The news came after market hours on 18 October 2017.Meanwhile, the Sensex was down "
        "40.21 points\n"
    )
    assert _candidates(glued, len(glued)) == []
    news = (  # a news item without its title: short sentences on lines of their own
        "Northwind Pharma has paid $3m as a milestone payment to Zeta Bio.\n"
        "Subscribe to our email newsletter\n"
        "Originally, the licensing agreement was signed between Northwind and Zeta in 2005.\n"
        "Grandview Pharma Inc. completed its $2.7 billion acquisition of Zeta Bio Inc.\n"
        "The trial is overseen by Dr Susan Mathers of Calvary Health Care in Melbourne.\n"
        "Under the agreement, Zeta has licensed Northwind its technology around reuptake "
        "inhibitors as potential treatments for depression and diseases of the CNS.\n"
    )
    assert _candidates(news, len(news)) == []
    # a relative clause after a comma is a sentence's, whatever its last word
    news = (
        "Zeta raised money in a placement of units.\n"
        "Beta Securities Corp. led the financing, which included G.F. Gamma & Company Ltd.\n"
        "Proceeds will be used.\n"
    )
    assert _candidates(news, len(news)) == []
    titles = "Zeta Bio and Northwind Sign Agreement in the U.S.\nZeta Wins Approval!\n"
    assert [c.text for c in _candidates(titles, len(titles))] == [
        "Zeta Bio and Northwind Sign Agreement in the U.S.",
        "Zeta Wins Approval!",
    ]


def test_a_sites_menu_and_market_table_are_no_headline():
    from transform import clean_document, extract_release

    page = (
        "Skip to main content\nHome | Markets | Biotech | Pharma | Subscribe\n"
        "ZETA 14.52 +1.23 (+9.2%)   NASDAQ   Vol 2.1M\nShare | Tweet | Email | Print\n"
        "Related Stories\n\nZeta Bio Closes $150 Million Public Offering\n\nBy Business Wire\n\n"
        "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Zeta Bio, Inc. (NASDAQ: ZETA) today announced the "
        "closing of its underwritten public offering of 10,000,000 shares of common stock at "
        "$15.00 per share. The gross proceeds to Zeta Bio were $150 million.\n"
    )
    cleaned = clean_document(page.encode(), "zeta.txt")
    release = extract_release(cleaned.text, "doc", "zeta.txt").release
    assert release.headline == "Zeta Bio Closes $150 Million Public Offering"


def test_a_menu_line_that_skips_to_the_content_is_no_headline():
    from transform import clean_document, extract_release

    page = (
        "peopleInnovationCareers RarePipelineFinance treatment Skip to main contentSkip to "
        "search\nZeta Bio\nZETA (, %) SEK\n\n30 Jul 2009, 08:00\nRegulatory information\n\n"
        "Zeta Bio is a preclinical company focused on inflammatory diseases. Net sales for the "
        "Group amounted to SEK 2.8 M and the loss for the Group was SEK 6.2 M in the period.\n"
    )
    cleaned = clean_document(page.encode(), "zeta.txt")
    assert extract_release(cleaned.text, "doc", "zeta.txt").release.headline is None


def test_a_newsletters_and_an_adverts_prompts_are_no_headline():
    from transform import clean_document, extract_release

    page = (
        "Northwind said it had completed its acquisition of Zeta Bio.\n"
        "Northwind paid $32 per share in the all-cash deal, a premium of 55%.\n"
        "Don't miss the latest investment news, market analysis and money tips in our free "
        "twice-daily newsletter\n"
        "With the takeover complete, each outstanding share of Zeta Bio common stock has been "
        "cancelled and converted into the right to receive $32.00 in cash, without interest.\n"
        "Get the latest financial news, insights and expert analysis from our award-winning "
        "team, to help you understand what really matters when it comes to your money.\n"
    )
    cleaned = clean_document(page.encode(), "zeta.txt")
    release = extract_release(cleaned.text, "doc", "zeta.txt").release
    assert release.headline is None
    assert release.issuer == "Northwind"
    # an advert's lines between the lead and the rest of the page
    page = (
        'On May 22, 2020 Zeta Bio-Pharma Inc. ("Zeta" or the "Corporation") (TSXV: ZBP), a '
        "leader in peptide drug discovery and development, reported it has closed its "
        'previously announced public offering of units (the "Units") of the Corporation, '
        "including the partial exercise of the Agents’ over-allotment option (Press release, "
        "Zeta Bio Pharma, MAY 22, 2020, View Source [SID1234561075]). A total of 35,191,000 "
        "Units of the Corporation were sold at a price of $0.26 per Unit, for aggregate gross "
        'proceeds of $9,149,660 (the "Offering").\n'
        "Schedule your 30 min Free Zetalytics Demo!\n"
        "Discover why more than 1,500 members use Zetalytics™ to excel in:\n"
        "Early/Late Stage Pipeline Development - Target Scouting - Clinical Biomarkers - "
        "Indication Selection & Expansion - BD&L Contacts - Deals & Licensing\n"
        "Schedule Your 30 min Free Demo!\n"
        "The Offering was led by Omega Capital Ltd. and Gamma Genuity Corp. and included Delta "
        'Wealth Partners Inc. (collectively the "Agents").\n'
    )
    cleaned = clean_document(page.encode(), "zeta.txt")
    assert extract_release(cleaned.text, "doc", "zeta.txt").release.headline is None


def test_a_machine_translation_notice_names_no_organisation():
    from transform import clean_document, extract_release

    page = (
        "Zeta Bio transfers 43 billion won worth of technology to Omega Pharma\n"
        "This article is translated by AI company Lingofy and neural machine translation\n"
        "Zeta Bio announced on the 2nd that it has signed a technology transfer contract worth "
        "32 million dollars with Omega Pharma Regenerative Medicine Center.\n"
    )
    cleaned = clean_document(page.encode(), "zeta.txt")
    extraction = extract_release(cleaned.text, "doc", "zeta.txt")
    assert "Lingofy" not in [o.name for o in extraction.organizations]
    assert all(e.counterparty != "Lingofy" for e in extraction.events)


def test_a_teaser_of_the_lead_cut_inside_a_word_is_no_headline():
    lead = (
        "Health-care giant Zeta Bio and biotechnology company Omega said the European Medicines "
        "Agency’s Committee for Medicinal Products for Human Use issued a positive opinion "
        "recommending a variation to the marketing authorization for Zetamab to treat patients "
        "with chronic lymphocytic leukemia."
    )
    text = lead[: lead.index("positive op") + 11].replace("’", "'") + "\n\n" + lead + "\n"
    assert text.split("\n")[0].endswith("positive op")
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.headline is None
    assert [(e.event_type, e.announced) for e in extraction.events] == [("other", True)]


HKEX_ANNOUNCEMENT = """Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong
Limited take no responsibility for the contents of this announcement.

KANGLIN BIOTECH (HOLDINGS) LIMITED
康霖生物
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 2297)

VOLUNTARY ANNOUNCEMENT
APPROVAL OF THE NEW DRUG APPLICATION FOR KL-128 BY THE NMPA

This announcement is made by Kanglin Biotech (Holdings) Limited (the "Company") on a voluntary
basis. The board is pleased to announce that the NMPA has approved KL-128 (a sintilimab-like
anti-PD-1 antibody) for relapsed or refractory classical Hodgkin's lymphoma.

By order of the Board
Kanglin Biotech (Holdings) Limited
Dr. Wei Zhang
Chairman

Hong Kong, 18 June 2020
"""


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("Today, Zeta Bio, Inc. (NASDAQ: ZETA) announced approval.", "Zeta Bio, Inc."),
        (
            "The Board of Directors of Zeta Bio, Inc. (NASDAQ: ZETA) today announced a dividend.",
            "Zeta Bio, Inc.",
        ),
        ("Shares of Zeta Bio, Inc. (NASDAQ: ZETA) rose after approval.", "Zeta Bio, Inc."),
        (
            "The Annual General Meeting of Zeta Pharma ASA (OSE: ZETA) was held today.",
            "Zeta Pharma ASA",
        ),
        (
            "The Extraordinary General Meeting of Zeta AB (Nasdaq Stockholm: ZETA) approved it.",
            "Zeta AB",
        ),
        (
            "The Directors of Zeta Bio Limited (ASX: ZTA) are pleased to provide an update.",
            "Zeta Bio Limited",
        ),
        ("bluebird bio, Inc. (NASDAQ: BLUE) today announced approval.", "bluebird bio, Inc."),
        # a number before it
        ("2seventy bio, Inc. (Nasdaq: TSVT) today announced approval.", "2seventy bio, Inc."),
        # a place in brackets inside the name
        (
            "Hansoh (Shanghai) Healthtech Co., Ltd. (HKEX: 3692) today announced approval.",
            "Hansoh (Shanghai) Healthtech Co., Ltd.",
        ),
        (
            'ZETA (China) Limited ("ZETA") (HKEX: 13) today announced approval.',
            "ZETA (China) Limited",
        ),
        ("2seventy bio (Nasdaq: TSVT) today announced approval.", "2seventy bio"),
        # a seat after the legal form
        ("Zeta KGaA of Darmstadt, Germany, says its partner met a goal.", "Zeta KGaA"),
        # a plural's possessive, as a news brief misprints it
        ("Zeta Pharmaceuticals' said its drug met its goal.", "Zeta Pharmaceuticals"),
    ],
)
def test_the_issuer_after_a_leads_preamble_or_in_lower_case(lead, issuer):
    text = f"Zeta Wins Approval\n\nBOSTON, May 2, 2019 /PRNewswire/ -- {lead}"
    dateline = parse_dateline(text)
    found = find_issuer(text, dateline.span_end)
    assert found is not None and found.name == issuer


def test_a_security_and_a_place_descriptor_are_no_part_of_a_name_before_its_ticker():
    from transform.issuer import _without_opener

    assert _without_opener("Shares of Toronto-based Zeta", 10) == ("Zeta", 34)
    assert _without_opener("Toronto-based Shares of Zeta", 0) == ("Zeta", 24)


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        # a source's dash glued to the name
        ("(Reuters) -Zeta Sciences said on Thursday it has appointed a new CFO.", "Zeta Sciences"),
        # the time of day between the name and its verb
        ("Japanese drug major Zeta Pharma late Sunday night said it agreed terms.", "Zeta Pharma"),
        # a company that writes its name in lower case
        ("Icelandic biotech company zeTA genetics says that its loss rose.", "zeTA genetics"),
        ("US biotech firm zetabird bio closed down 7% at $16 on Tuesday.", "zetabird bio"),
        ("deZETA today reported results for the quarter.", "deZETA"),
        # the first of a list of companies
        (
            "Zeta Pharma, Beta Labs and Gamma Bio have received approval for a generic.",
            "Zeta Pharma",
        ),
        # before a capitalised word that a lower-case word follows ("Staphylococcus aureus")
        (
            "zeTArgen is developing ZT-101, an antibiotic for MRSA (methicillin-resistant "
            "Staphylococcus aureus) with a partner.",
            "zeTArgen",
        ),
        # a joint subject whose second company has two legal forms, each with its seat and chief
        (
            "Zeta Pharmaceutical Co., Ltd. (Toyama, Japan; President and CEO: Ken Mori, 'Zeta') "
            "and Beta Pharmaceutical Co., Ltd. (Osaka, Japan; President, Representative "
            "Director: Aiko Sato; 'BETA') announced that the Companies have entered into a "
            "license agreement.",
            "Zeta Pharmaceutical Co., Ltd.",
        ),
        # a joint subject whose second company is described in apposition
        (
            "Privately-held US drug developer Zeta Bioscience and Beta Pharmaceutical, a "
            "subsidiary of Gamma Biopharmaceutical (HKG:1234), have signed an exclusive license "
            "agreement for ZT01.",
            "Zeta Bioscience",
        ),
        # ... or described before its name
        (
            "Spanish drugmaker Zeta (MC: ZTA) and Taiwanese company TTY Beta have announced an "
            "exclusive licensing agreement for ZB-1 in Taiwan.",
            "Zeta",
        ),
        # where it is based, in two words
        (
            "Quebec City-based Zeta Zentaris Inc has entered a major collaborative agreement "
            "with Omega to develop ZB-1.",
            "Zeta Zentaris Inc",
        ),
        # a descriptor capitalised as the sentence's first word, the name then used without it
        (
            "Biotech Zetanica Therapeutics (ZTA) has reported no safety issues in its trial. "
            "Zetanica dosed one volunteer first.",
            "Zetanica Therapeutics",
        ),
        # a name that opens with such a word, which the text never drops
        (
            "Partner Zetanica said it has started a trial. Partner Zetanica dosed one volunteer.",
            "Partner Zetanica",
        ),
        # a share class after the legal form; a place's name that opens the name, printed
        # with it again
        (
            "Shandong Zetahua Pharmaceutical Company Limited Class H (HK:0719) has released an "
            "update. Shandong Zetahua Pharmaceutical announced that its injection passed.",
            "Shandong Zetahua Pharmaceutical Company Limited",
        ),
        # the time of day between the name and its verb, "this morning" too
        ("Drugs company Zetalan this morning reported a narrowing of its losses.", "Zetalan"),
        # a public body named with "and" is none of its words: no "Human Services"
        (
            "The Department of Health and Human Services today awarded a $122.7 million "
            "contract to Zetaport Corporation for the delivery of 5 million doses.",
            None,
        ),
        # a US state is a place, no company; a word that only ends like a verb is none
        (
            "A small biotechnology service company located in upstate New York has managed "
            "to close its offering.",
            None,
        ),
        (
            "Two biotechnology companies will launch public offerings this fall, starting "
            "with Zetamica Corp.'s IPO this week.",
            None,
        ),
        # a seat and chief in brackets after the legal forms
        (
            "Zeta Pharmaceutical Co., Ltd. [Main Office: Chuo-ku, Tokyo. Chairman & CEO: Ken "
            'Mori (hereafter, "Zeta")] announced today that it has amended its arrangements.',
            "Zeta Pharmaceutical Co., Ltd.",
        ),
        # a country in the possessive is no part of the name
        (
            "South Korea’s Zeta Pharmaceutical Co. said Thursday it signed a license agreement.",
            "Zeta Pharmaceutical Co.",
        ),
        # ... after "The", by its initials too (context_words.csv)
        (
            "The UK’s Zeta Group, which specialises in inhaled products, has posted a strong set "
            "of financials for the year, helped by a £4.5 million payment from partner Omega.",
            "Zeta Group",
        ),
        # a possessive written with a bare apostrophe after a sibilant
        (
            "Zetanex' share price rose five points after the deal. Zetanex has the rights.",
            "Zetanex",
        ),
        # a quoted sentence is a speaker's words, no subject of the lead
        (
            "“Beta fulfils all of our objectives,” said Jane Roe, CEO of Zeta. Under the terms "
            "of this agreement, Zeta granted Beta rights to develop its product in Europe.",
            "Zeta",
        ),
        # a name glued to a mark before its ticker, never its legal form alone
        (
            "for Zetamab13-Jan-2020 /CET *Zeta AG (FSE: ZTA; NASDAQ: ZTA)announces that it today "
            "has entered into a global collaboration and licensing agreement with Beta.",
            "Zeta AG",
        ),
        # an apposition opened by a place's possessive, before a subsidiary the lead names
        (
            "Zeta Ltd (BSE code: 532523, NSE: ZETA), Asia's premier biopharmaceuticals company, "
            "announced today that its subsidiary Zeta Biologics India Ltd. has received a "
            "certificate.",
            "Zeta Ltd",
        ),
        # never an English phrase in lower case
        ("Few novel therapeutics showed a benefit, the trial's doctors said.", None),
        # nor what a company calls itself
        ("The Company held its AGM in Perth on 29 November 2006.", None),
    ],
)
def test_the_issuer_as_the_press_writes_the_leads_subject(lead, issuer):
    found = find_issuer(lead + " The company gave no further details.", None)
    assert (found.name if found else None) == issuer


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        # a possessive opening the lead names the company that the text shows acting
        (
            "Zetagen’s lead therapeutic is a fusion protein. Zetagen has completed its study.",
            "Zetagen",
        ),
        # a disease's eponym never acts
        (
            "Alzheimer's disease affects millions. Patients with Alzheimer's disease need care.",
            None,
        ),
    ],
)
def test_a_possessive_after_the_dateline_is_the_issuer_when_the_text_shows_it_acting(lead, issuer):
    text = f"Zetagen Plans Trial\n\nBOSTON, MA, USA I April 10, 2009 I {lead}"
    found = find_issuer(text, parse_dateline(text).span_end)
    assert (found.name if found else None) == issuer


def test_a_subject_its_seat_describes_after_a_dateline_is_the_issuer_whatever_it_did():
    text = (
        "PERTH, Australia – Melbourne-based Zeta Pharmaceuticals signed a development and "
        "commercialization deal with Omega Inc. worth up to $465 million for rights to ZB-1.\n"
    )
    found = find_issuer(text, parse_dateline(text).span_end)
    assert found is not None and found.name == "Zeta Pharmaceuticals"
    # a partner acting in another's release, no seat before it, stays no subject
    text = "BOSTON, May 2, 2011 -- Omega plc dosed its first patient with our drug, Zeta said.\n"
    found = find_issuer(text, parse_dateline(text).span_end)
    assert found is None or found.name != "Omega plc"


def test_a_pages_archive_notice_above_the_lead_is_no_lead():
    text = (
        "Archived article\nPlease note that tax, investment, pension and ISA rules can change "
        "and the views contained in this article may now be inaccurate.\nZeta (China) Ltd on "
        "Monday said it has received $15 million from Omega PLC as start-up activities began.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta (China) Ltd"


def test_a_page_whose_news_is_all_points_under_its_title_takes_its_subject_from_them():
    text = (
        "Zeta Pharmaceuticals: Receives US$10m milestone payment\n\n"
        "  • Zeta Pharmaceuticals (ZTA) receives a US$10 million milestone payment from its "
        "partner, Omega Pharmaceuticals\n"
        "  • The payment follows the FDA's acceptance for review of the new drug application\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Pharmaceuticals"


def test_a_key_points_box_under_its_heading_is_no_lead_when_prose_follows():
    text = (
        "Zinger Key Points\n- WY Beta has agreed to pay Zeta Biologics $7.0 million upfront.\n"
        "- In addition, Zeta Biologics will share the proceeds of a sale\n"
        "Zeta Biologics Inc ZETA stock is trading higher during Monday premarket.\n"
        "Zeta Biologics and WY Beta Co., Ltd., a China-based company, have entered into a "
        "worldwide exclusive license agreement.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Biologics"


def test_a_lists_points_above_the_lead_are_no_subject():
    text = (
        "Key Points\n- Beta Bio has agreed to pay Zeta Biologics $7.0 million upfront.\n"
        "- In addition, Zeta Biologics will share the proceeds of a sale.\n"
        "Zeta Biologics announced today that it has entered into a worldwide license agreement "
        "with Beta Bio Co., Ltd.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Biologics"


def test_a_pages_date_stamp_is_no_dateline_and_a_heading_above_the_lead_no_subject():
    text = (
        "55.7 F\nSan Diego\nTuesday, Mar 19, 2024\n-Advertisement-\n\n"
        "Zeta Gets Some Good News With\n\n$200,000 Grant\n\n"
        "San Diego-based biotech firm Zeta Pharmaceuticals Inc. said net loss for the year fell "
        "by 8.9 percent to $54.7 million.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert release.dateline_city is None  # "Tuesday" is no city
    assert release.issuer == "Zeta Pharmaceuticals Inc."


def test_an_exchange_a_filing_is_copied_to_is_no_issuer_and_a_curly_possessive_is_in_a_name():
    text = (
        "Exhibit 99.1\nDear Sirs,\nSub: Press Release\nCC:- New York Stock Exchange Inc.(Stock "
        "Code :ZRL)\n\nSome words here about a launch of a product in the market today.\n"
        "Zeta Labs, India. May 2, 2020 - Dr. Zeta’s Laboratories Ltd. (NSE: ZETALAB, NYSE: ZRL) "
        "today announced the launch of a generic drug.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Dr. Zeta’s Laboratories Ltd."


def test_an_interim_report_is_dated_date_first_and_issued_by_its_headlines_subject():
    text = (
        "EXHIBIT INDEX\nExhibit | Description of Exhibit |\n99.1 | Interim Report Dated May "
        "11, 2022 |\nExhibit 99.1\nZetamab Announces Financial Results for the First Quarter "
        "of 2022\nMay 11, 2022 Copenhagen, Denmark;\nInterim Report for the First Quarter "
        "Ended March 31, 2022\nHighlights\n|●\n|Net sales of ZETAMAB as reported by Omega & "
        "Omega increased 36% to USD 1,856 million\n"
    )
    extraction = extract_release(text, "doc", "zetamab.txt")
    release = extraction.release
    assert (release.dateline_city, release.dateline_region, release.published_date) == (
        "Copenhagen",
        "Denmark",
        dt.date(2022, 5, 11),
    )
    assert release.headline == "Zetamab Announces Financial Results for the First Quarter of 2022"
    assert (release.issuer, release.issuer_rule) == ("Zetamab", "issuer_headline_subject")
    semicolons = parse_dateline("November 10, 2021; Copenhagen, Denmark;\nInterim Report\n")
    assert (semicolons.city, semicolons.published_date) == ("Copenhagen", dt.date(2021, 11, 10))


def test_the_issuer_of_an_sec_form_is_its_registrant_as_the_release_prints_it():
    text = (
        "SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 6-K\n|\nZETA BIO A/S\n"
        "|\n|\n(Exact name of Registrant as specified in its charter)\n|\nZeta Allé\n\n"
        "Zeta Bio continues to make progress with ZB-7 in Europe\n\nZeta Bio today announced "
        "that it has filed ZB-7 with the European Medicines Agency.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None
    assert (issuer.name, issuer.rule) == ("Zeta Bio", "issuer_letterhead")
    assert text[issuer.span_start : issuer.span_end] == "Zeta Bio"


def test_a_headline_glued_before_the_issuer_on_a_flattened_page_is_no_part_of_it():
    text = (
        "Zeta Bio PLC20 February 2008 Zeta Settles Its Loan and Undertakes Major Business "
        "Restructuring Zetagen plc (LSE:ZTG) today announces that Zetagen has settled its loan."
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Zetagen plc"
    # a long name of common words, with no coined word the release repeats, stays whole
    text = "American Medical Alert Systems Services Corp. (Nasdaq: AMAC) today announced results."
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "American Medical Alert Systems Services Corp."


def test_an_exchange_announcement_read_from_its_letterhead_stock_code_and_sign_off():
    from transform.release import extract_release

    extraction = extract_release(HKEX_ANNOUNCEMENT, "doc", "file:///hkex.txt")
    release = extraction.release
    assert (release.issuer, release.issuer_rule) == (
        "Kanglin Biotech (Holdings) Limited",
        "issuer_letterhead",
    )
    assert (release.published_date, release.dateline_city, release.dateline_rule) == (
        dt.date(2020, 6, 18),
        "Hong Kong",
        "closing_place_date",
    )
    assert release.headline == "APPROVAL OF THE NEW DRUG APPLICATION FOR KL-128 BY THE NMPA"
    # a sign-off with its country after the place
    for country in ("the PRC", "People's Republic of China"):
        text = HKEX_ANNOUNCEMENT.replace("Hong Kong, 18 June", f"Chengdu, {country}, 18 June")
        release = extract_release(text, "doc", "file:///hkex.txt").release
        assert (release.published_date, release.dateline_city) == (
            dt.date(2020, 6, 18),
            "Chengdu",
        )
    assert [(t.exchange_canonical, t.symbol) for t in extraction.tickers] == [("HKEX", "2297")]
    # the exchanges' legend names no parties; "sintilimab-like" is no compound
    assert [o.name for o in extraction.organizations] == []
    assert [c.name for c in extraction.compounds] == ["KL-128"]
    assert [(p.name, p.title) for p in extraction.people] == [("Wei Zhang", "Chairman")]


def test_a_letterheads_kind_of_company_before_incorporated_and_its_name_with_its_form():
    """ "(A joint stock company incorporated in the People's Republic of China with limited
    liability)" under the name in capitals; the sign-off prints the name with its legal form."""
    text = HKEX_ANNOUNCEMENT.replace(
        "(Incorporated in the Cayman Islands with limited liability)",
        "(A joint stock company incorporated in the People's Republic of China with limited "
        "liability)",
    ).replace(
        'This announcement is made by Kanglin Biotech (Holdings) Limited (the "Company") on a '
        "voluntary\nbasis. The board is pleased to announce",
        "The Board announces that the Company entered into a placing agreement, pursuant to "
        "which the Placing Agent agreed to place shares; the board is also pleased to announce",
    )
    assert "Placing Agent" in text
    release = extract_release(text, "doc", "file:///hkex.txt").release
    assert (release.issuer, release.issuer_rule) == (
        "Kanglin Biotech (Holdings) Limited",
        "issuer_letterhead",
    )


def test_a_title_in_sentence_case_naming_a_meeting_by_its_year_is_no_address():
    lead = (
        "BASEL, 2022-11-03 — Aurelis AG (SIX: AURE) today announced that new clinical data for "
        "AUR-18 will be presented at the 64th ASH Annual Meeting in New Orleans.\n"
    )
    for title in (
        "Aurelis AG: Aurelis to present new data for AUR-18 at ASH 2022",
        "Aurelis presents new data for AUR-18 at ASH 2022",
    ):
        release = extract_release(title + "\n\n" + lead, "doc", "file:///x.txt").release
        assert release.headline == title
    # an address's postcode line is still none
    text = "Level 4, 20 Bridge Street\nSydney NSW 2000\n\n" + lead
    assert extract_release(text, "doc", "file:///x.txt").release.headline is None


def test_a_page_label_is_no_part_of_the_title_above_or_after_it():
    # a label line under the title is not its second line
    text = (
        "Exhibit 99.1\nZeta Announces Resolution of Its Arbitration Under License Agreement with "
        "Beta\nCompany Announcement\nCOPENHAGEN, Denmark; April 21, 2023 – Zeta A/S announced "
        "today an award in the arbitration under its license agreement with Beta Biotech, Inc.\n"
    )
    headline = find_headline(text, text.index("COPENHAGEN"))
    assert headline is not None
    assert headline.text.endswith("License Agreement with Beta")
    # nor is the legal form of the company that ends the title
    from transform.organizations import find_organizations

    names = [o.name for o in find_organizations(text, None)]
    assert "Beta Biotech, Inc." in names and not any("\n" in name for name in names)
    # a label glued before the title with no mark between them goes
    text = (
        " date 2019-06-23 Press Release Zeta Concludes Licensing Agreements with Beta Pharma for "
        "Zetamab OSAKA, Japan, June 24, 2019 - Zeta & Co., Ltd. announces that it has concluded "
        "an agreement with Beta Pharma to license-out zetamab in China.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.headline == (
        "Zeta Concludes Licensing Agreements with Beta Pharma for Zetamab"
    )


def test_a_title_a_page_prints_several_times_beats_a_subheadline_describing_the_lead():
    title = "Zeta Biologics Expands its R&D Footprint Through Acquisition"
    text = (
        f"Logo\n\n{title}\n\nShare this\n{title}\n\n{title}\n\n  Press Release  \n"
        "60,000 sq. ft World-class Integrated R&D Facility at Nova Bio Park to House 250 "
        "scientists\nPune, India: September 24, 2019: Zeta Ltd (NSE: ZETA) today announced that "
        "its subsidiary Zeta Biologics has acquired R&D assets for a 60,000 sq. ft facility at "
        "Nova Bio Park in Chennai. Its R&D is at the core of the plan.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.headline == title
    # the repair leaves a unit and a token like "R&D" alone: "sq. ft", "R&D is"
    assert "60,000 sq. ft facility" in extraction.release.body_text
    assert "R&D is at the core" in extraction.release.body_text


NOTICE = (
    "Aug 10, 2017\n\n"
    "Name of listed company:   Zeta Pharmaceutical Co., Ltd.\n"
    "Code number: 4599 (1st Section of Tokyo Stock Exchange)\n"
    "Head office: 1-1, Nihonbashi 2-Chome, Chuo-ku, Tokyo\n"
    "Chairman & CEO: Ken Mori\n"
    "Inquiries to: Aiko Sato,\n"
    "General Manager, Corporate Communications Dept.\n\n"
    "Announcement of a Commencement of Arbitration against Zeta\n\n"
    'Zeta Pharmaceutical Co., Ltd. (Head office: Chuo-ku, Tokyo / Chairman & CEO: Ken Mori, "Zeta")'
    " announces that an arbitration against Zeta has been commenced as follows.\n\n"
    "1. Description of the Arbitration\n"
    "i. Location of Arbitration etc.\n"
    "Location: The United Kingdom\n"
    "Governing Law: English law\n"
    "Date of the service of the Request for Arbitration: May 10, 2017\n"
    "Date of appointment of the Arbitrator: August 9, 2017\n"
    "ii. Parties Who Requested Arbitration\n"
    "Name: Medical Research Council\n"
    "Zeta considers that the claims are without merit and Zeta will vigorously defend itself.\n\n"
    "For Media\nZeta Pharmaceutical Co., Ltd.\n"
    "Media Relations Group, Corporate Communications Dept.\nKen Ito\nTel: +81-3-3273-0881\n"
)


def test_a_japanese_notice_its_fields_title_and_issuer():
    """A notice to the Tokyo exchange: its label lines stay lines, a contact's title is no
    headline, and the issuer's long parenthesis of seat and chief is read past."""
    extraction = extract_release(NOTICE, "doc", "file:///x.txt")
    release = extraction.release
    assert release.headline == "Announcement of a Commencement of Arbitration against Zeta"
    assert release.issuer == "Zeta Pharmaceutical Co., Ltd."
    assert "Code number: 4599 (1st Section of Tokyo Stock Exchange)\nHead office:" in (
        release.body_text
    )
    # a unit of the company is no organisation; a council is
    assert [o.name for o in extraction.organizations] == ["Medical Research Council"]


def test_a_japanese_newsrooms_dateline_city_in_parentheses_and_its_issuer_in_brackets():
    text = (
        "August 28, 2014 (Osaka) - Zeta Pharmaceutical Co., Ltd. [Main Office: Chuo-ku, Osaka. "
        'Chairman & CEO: Ken Mori (hereafter, "Zeta")] announced today that it has amended the '
        "business arrangements with Beta AG regarding the out-licensing of Zeta products.\n"
    )
    release = extract_release(text, "doc", "file:///x.txt").release
    assert (release.dateline_city, release.wire) == ("Osaka", None)
    assert (release.issuer, release.issuer_rule) == (
        "Zeta Pharmaceutical Co., Ltd.",
        "issuer_after_dateline",
    )


def test_a_photo_caption_and_its_credit_is_no_headline():
    text = (
        "Researchers at Zeta Pharmaceutical carry out a drug test using its own technology. / "
        "Korea Times file |\nBy Kim Jae-won\nZeta Pharmaceutical shares jumped 30 percent a "
        "day after the company said it had signed a license agreement with Beta for its drug "
        "technology.\n"
    )
    assert find_headline(text, None) is None
    # a post then a name after a comma, the company before a dash; a picture's source
    text = (
        "Zeta Pharmaceuticals (ASX:ZTA) - CEO, Jon Pilcher\nCEO, Jon Pilcher\nSource: Zeta "
        "Pharmaceuticals\n\n  • Zeta Pharmaceuticals’ US partner, Omega Pharmaceuticals, "
        "completes the enrolment of patients into its phase 3 trial of zetafinetide for Rett "
        "Syndrome, a neurodevelopmental disorder of childhood that Zeta Pharmaceuticals targets\n"
    )
    assert find_headline(text, None) is None
    # or its credit in parentheses before the pipe
    text = (
        "Zeta Pharmaceutical's headquarters in Daejeon (Zeta Pharmaceutical) |\n"
        "Zeta Pharmaceutical, a South Korean drug company, announced on Friday that the company "
        "signed a technology transfer agreement with Beta to transfer its drug technology.\n"
    )
    assert find_headline(text, None) is None
    # or in parentheses after the caption's stop
    text = (
        "Zeta has signed a $3.87 billion tech transfer contract with a global pharmaceutical "
        "company. (Zeta)\n\nBiobetter developer Zeta said Wednesday it has signed a $3.87 billion "
        "contract with a top-10 global pharmaceutical to transfer technology.\n"
    )
    assert find_headline(text, None) is None
    # a company's name before its news is no form's field
    text = (
        "Zeta plc: Announcement of Results for year ended 31/12/12\n\nZeta plc today announces "
        "its results for the year ended 31 December 2012, with revenue of GBP 12 million.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None
    assert headline.text == "Zeta plc: Announcement of Results for year ended 31/12/12"


def test_an_isin_before_a_symbol_is_no_ticker_and_gives_the_symbol_its_exchange():
    text = "Zeta (Euronext: FR0010259150; ZTA) and Beta (Nasdaq: BETA) signed."
    assert [(t.exchange_canonical, t.symbol) for t in find_tickers(text)] == [
        ("Euronext", "ZTA"),
        ("Nasdaq", "BETA"),
    ]
    assert [text[t.span_start : t.span_end] for t in find_tickers(text)] == ["ZTA", "BETA"]
    assert find_tickers("(Euronext Paris: FR0000120578)") == []
    text = "Zeta BioGene Inc. (TSX VENTURE: ZBG) today announced a settlement."
    assert [(t.exchange_canonical, t.symbol) for t in find_tickers(text)] == [
        ("TSX Venture", "ZBG")
    ]


EXHIBIT_PAGE = (
    "Exhibit 99.1\n"
    "ZETA TECHNOLOGIES, INC.\n"
    "102 Witmer Road, Horsham, PA 19044 215.315.9000\n"
    "email: info@zeta.com www.zeta.com\n"
    "Zeta Technologies Signs License Agreement with GSK\n"
    "Horsham, PA, April 29, 2003. Zeta Technologies, Inc.\n"
    "(Nasdaq NM: ZETA) announced today that it has entered\n"
    "into an agreement with GlaxoSmithKline to license some\n"
    "intellectual property rights of Zeta. GSK has a license\n"
    "to develop, make and sell certain human vaccines for\n"
    "the prevention, control or treatment of diseases and\n"
    "Zeta will receive $25 million from GSK for initiation\n"
    "of Phase 1 clinical studies of the vaccines it makes.\n"
    "CONTACTS:\n"
    "Zeta Technologies, Inc.\n"
    "Robert I. Kriebel\n"
    "Sr. Vice President and Chief Financial Officer\n"
    "Barbara Krauter\n"
    "Manager, Investor Relations\n"
    "(215) 315-9000\n"
)


def test_an_exhibit_page_its_title_dateline_and_contacts():
    """A title above a dateline line and a contact's name under a long title stay lines; an
    address or web line is no title's first line; a company in a contact label is no person."""
    from transform.release import clean_document

    cleaned = clean_document(EXHIBIT_PAGE.encode(), "x.txt")
    assert not isinstance(cleaned, type(None)) and hasattr(cleaned, "text")
    extraction = extract_release(cleaned.text, "doc", "file:///x.txt")
    release = extraction.release
    assert release.headline == "Zeta Technologies Signs License Agreement with GSK"
    assert (release.dateline_city, release.published_date) == ("Horsham", dt.date(2003, 4, 29))
    assert [(p.name, p.title) for p in extraction.people] == [
        ("Robert I. Kriebel", "Vice President and Chief Financial Officer"),
        ("Barbara Krauter", "Manager, Investor Relations"),
    ]
    # a payment for a development event is a milestone
    assert [(m.text, m.kind) for m in extraction.money] == [("$25 million", "milestone")]
    # a filing flattened onto one line: its exhibit labels are no part of the title
    text = (
        "EX-99.1 2 a46ex991.txt ZETA, INC. EXHIBIT 99.1 Exhibit 99.1 Zeta Receives Notice from "
        "Beta to Extend Option Agreement SEATTLE--(BUSINESS WIRE)--June 9, 2004-- Zeta, Inc. "
        "(Nasdaq:ZETA) announced today the receipt of a notice from Beta extending the option."
    )
    assert extract_release(text, "doc", "file:///x.txt").release.headline == (
        "Zeta Receives Notice from Beta to Extend Option Agreement"
    )


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("Zeta Bio, Inc.", "Zeta Bio Signs Third Agreement With Beta Pharma"),
        ("Zetagen", "Zetagen Signs Third Agreement With Beta Pharma"),
    ],
)
def test_a_portals_header_flattened_onto_the_title_line_is_no_part_of_it(source, title):
    text = (
        "Tuesday May 2, 9:00 am Eastern Time Company Press Release SOURCE: "
        f"{source} {title} BOSTON, Mass., May 2 /PRNewswire/ -- {source} announced today "
        "that it has signed a third agreement with Beta Pharma to make proteins.\n"
    )
    assert extract_release(text, "doc", "file:///x.txt").release.headline == title


def test_a_clocks_zone_before_a_pages_label_is_no_company():
    from transform.organizations import find_organizations

    text = (
        "Monday January 10, 6:37 am Eastern Time Company Press Release Zeta Announces Patent "
        "NEW YORK--(BW HealthWire)--Jan. 10, 2000--Zeta Systems Incorporated announced a "
        "milestone payment from Abbott Laboratories."
    )
    names = [o.name for o in find_organizations(text, "Zeta Systems Incorporated")]
    assert names and not any("Eastern" in name or "Time" in name for name in names)


def test_a_second_datelines_place_is_no_issuer():
    text = (
        "OSAKA, Japan I December 20, 2013 I Deerfield, IL and New York, NY, U.S.A., December 19, "
        "2013 – Zeta Pharmaceutical Company Limited (“Zeta”) and Beta Therapeutics International, "
        "Inc. (“Beta”) jointly announced today an agreement whereby Zeta will acquire a license.\n"
    )
    release = extract_release(text, "doc", "file:///x.txt").release
    assert (release.dateline_city, release.issuer) == (
        "OSAKA",
        "Zeta Pharmaceutical Company Limited",
    )


def test_a_quote_boxs_lines_are_no_headline():
    text = (
        "Share Price Information for Zeta (ZTA)\n\nLondon Stock Exchange\n"
        "Share Price is delayed by 15 minutes\nGet Live Data\nShare Price: 7.30\nBid: 7.25\n"
        "Change: 0.00 (0.00%)\nPrev. Close: 7.30\nZTA Live Price Last checked at -\n\n"
        "Zeta Pharma plc, the pharmaceutical development company, today announces that it "
        "proposes to raise approximately £8.6 million by way of a Placing and Open Offer at "
        "22p per share to develop the share price of its pipeline.\n"
    )
    headline = find_headline(text, None)
    assert headline is None  # the quote box names the share price the lead names too


def test_a_symbol_glued_to_the_next_exchanges_name_is_cut_before_it():
    # a flattened page's links: "(NASDAQ:ZTBNASDAQ:TSX: ZTB)" lists ZTB on Nasdaq and the TSX
    text = "Zeta Bio Corp. (NASDAQ:ZTBINASDAQ:TSX: ZTB) today announced results."
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("Nasdaq", "ZTBI"), ("TSX", "ZTB")]
    assert [text[t.span_start : t.span_end] for t in find_tickers(text)] == ["ZTBI", "ZTB"]
    # a symbol that only ends in an exchange's letters, no colon after it, stays whole
    assert [t.symbol for t in find_tickers("Zeta (NYSE: ZTBNYSE) said")] == ["ZTBNYSE"]


def test_a_company_printed_with_a_lower_case_opener_and_no_place_as_issuer():
    text = (
        "March 29, 2012\n\n"
        "e-Zetagen plc announces that regulatory agencies in the United Kingdom and the "
        "United States have approved plans for Phase 1 trials of its drug ZG-101, and that "
        "enrolment of patients in both countries will begin shortly.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "e-Zetagen plc"
    # a place is no company, whatever verb follows it
    text = (
        "Regulators act\n\nAfter a long review, the United States has approved the "
        "first gene therapy for a rare eye disease made by a small biotech in Boston.\n"
    )
    found = find_issuer(text, None)
    assert found is None or found.name != "United States"
    extraction = extract_release(
        "Zeta Bio, Inc. said its partner iZeta Pharma, Inc. will run the Phase 2 trial of "
        "ZB-101 in asthma, which begins this year at sites in Europe and the United States.",
        "doc",
        "file:///x.txt",
    )
    assert [o.name for o in extraction.organizations] == ["iZeta Pharma, Inc."]


def test_a_line_printed_above_the_title_and_glued_before_it_is_no_part_of_it():
    text = (
        "Post by member42\n\nHere is the news!\n\n"
        "Here is the news!Zeta Reports First Quarter Results and First Milestone\n\n"
        "BELLEVILLE, ON, Nov. 6, 2009 /CNW/ - Zeta Life Sciences Inc. (TSX: ZLS) today "
        "reported first quarter results and the first milestone of its licence with Beta.\n"
    )
    headline = find_headline(text, text.index("BELLEVILLE"))
    assert headline is not None
    assert headline.text == "Zeta Reports First Quarter Results and First Milestone"
    assert text[headline.span_start : headline.span_end] == headline.text


def test_the_company_a_notice_defines_as_the_company_is_its_issuer():
    text = (
        "RNS Number : 1234A\nZetagen PLC\n27 May 2021\nZetagen plc\n"
        '("Zetagen" or the "Company")\nInvestment in Beta Bio Plc\n'
        "The Directors announce that, further to the announcement made on 26 May 2021 by "
        "Beta Bio, Zetagen has committed to subscribe for new ordinary shares in Beta Bio.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None
    assert (issuer.name, issuer.rule) == ("Zetagen plc", "issuer_defined_company")
    assert text[issuer.span_start : issuer.span_end] == "Zetagen plc"
    inline = (
        "Acquisition of Beta Limited\n\n15 Jan 2009 09:24\n\n"
        "Zeta Group plc Acquisition of Beta Limited\n\n"
        'Zeta Group plc ("Zeta" or the "Company"), which develops detection and analysis '
        "technology aimed primarily at the pharmaceutical and healthcare markets, with "
        "additional applications in the industrial and security sectors, is pleased to "
        'announce the acquisition of Beta Limited ("Beta") ("the Acquisition").\n'
    )
    extraction = extract_release(inline, "doc", "file:///x.txt")
    assert (extraction.release.issuer, extraction.release.issuer_rule) == (
        "Zeta Group plc",
        "issuer_defined_company",
    )
    # the title printed alone above its copy with the company's name glued before it; a
    # title may end in a legal form
    assert extraction.release.headline == "Acquisition of Beta Limited"
    assert [o.name for o in extraction.organizations] == ["Beta Limited"]


def test_a_titles_deal_words_are_no_part_of_the_company_it_names():
    text = (
        "18 November 2021\n\nZeta Investments plc\n\nProposed Acquisition of Lyra Pty Limited\n\n"
        "Proposed Placing of up to 30,000,000 Ordinary Shares\n\n"
        "Zeta Investments plc (LSE:ZIP) is pleased to announce that it has agreed to acquire "
        "the entire issued share capital of Lyra Pty Limited for GBP1 million.\n"
    )
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.headline == "Proposed Acquisition of Lyra Pty Limited"
    assert [o.name for o in extraction.organizations] == ["Lyra Pty Limited"]


def test_a_regulatory_filing_is_no_issuer_and_a_licensee_pays():
    text = (
        "The US Food & Drug Administration (USFDA) has approved the Abbreviated New Drug "
        "Application (ANDA) filed by Zeta India Ltd., for Zetadine Tablets USP, 10 mg (OTC).\n"
        "Zeta India Ltd is currently trading at Rs128.20, up by Rs1.1 from its previous "
        "closing of Rs127.10 on the BSE.\n"
    )
    release = extract_release(text, "doc", "file:///x.txt").release
    assert release.issuer is not None and release.issuer.startswith("Zeta India")
    deal = (
        " date 2006-07-16 Glasgow-based Zeta Group has exclusively licensed its renal drug "
        "candidates to USA-based Beta Biotech Inc.\n\nUnder the terms of the deal, Beta "
        "Biotech receives an "
        "exclusive worldwide licence for the compounds in exchange for an initial upfront "
        "payment of $7.0 million.\n"
    )
    money = extract_release(deal, "doc", "file:///x.txt").money
    assert [(m.text, m.payer, m.payee) for m in money] == [
        ("$7.0 million", "Beta Biotech", "Zeta Group")
    ]


def test_news_site_leads_participles_bare_tickers_and_points_that_open_the_text():
    # a participle describing the company a descriptor names, never a verb of "Thinly"
    text = (
        "Thinly traded nano cap Zetatrope (ZTRP +113.1%) rallies on a surge in volume in "
        "reaction to data from a Phase 2 trial of its lead candidate in Alzheimer's disease.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Zetatrope"
    # ... or an adverb and its participle right before the company's name
    text = (
        "Thinly traded Zetavant Sciences (NYSE:ZVNT) is up 9% premarket on light volume "
        "following its announcement of positive results from a Phase 3 trial.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Zetavant Sciences"
    # an exchange is no subject: "successful in KOSDAQ listings are ..."
    text = (
        "Many of the corporations deemed successful in KOSDAQ listings last year are companies "
        "with next-generation anticancer drug technology, analysts said on Monday.\n"
    )
    assert find_issuer(text, None) is None
    # a ticker printed bare after the legal form is no part of the name
    text = (
        "Zetagen Therapeutics Inc ZTGN released topline results from its Phase 3 trial of "
        "zetadienol nasal spray in adults with social anxiety disorder.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Zetagen Therapeutics Inc"
    # points that open the text are its news; the publisher's lines after them are not
    text = (
        "- Zetagen Therapeutics Inc ZTGN completed an interim analysis of its second Phase 3 "
        "trial in adults with social anxiety disorder.\n- The analysis concluded that the "
        "trial should continue as planned.\n© 2024 Newsco.com. Newsco does not provide "
        "investment advice.\nNewsco simplifies the market for smarter investing.\n"
    )
    issuer = find_issuer(text, None)
    assert issuer is not None and issuer.name == "Zetagen Therapeutics Inc"


def test_a_short_title_in_capitals_with_its_verb_and_a_dateline_with_no_mark_after_its_year():
    text = (
        "EXHIBIT 99.1\n\nZeta Medical Technologies Inc.\n\nJohn Doe, Chief Financial Officer\n\n"
        "ZETA REPORTS THIRD-QUARTER 2003 RESULTS\n\nRevenues Increase 24% over 2002\n\n"
        "BEDMINSTER, NJ,  Oct 27, 2003 Zeta Medical Technologies Inc. (Nasdaq: ZMTI), a "
        "developer of needle-free drug delivery systems, today announced financial results for "
        "the third quarter of 2003.\n"
    )
    release = extract_release(text, "doc", "f").release
    assert release.headline == "ZETA REPORTS THIRD-QUARTER 2003 RESULTS"
    assert (release.dateline_city, release.published_date) == ("BEDMINSTER", dt.date(2003, 10, 27))
    # a form's label in capitals stays no title
    assert find_headline("FORM 8-K\n\nCURRENT REPORT\n\nZeta Corp. said it grew.", None) is None


def test_a_sentences_line_that_runs_on_below_is_no_headline():
    text = (
        "Amsterdam-based zetaQure said it would sell 5.4\nmillion shares at an initial public "
        "offering price of $17.00 each,\nnetting it $81.9 million after expenses. It had "
        "previously indicated\na price range of $13.00 to $15.00.\nThe stock was trading just "
        "below the issue price at $16.80 by 1600\nGMT.\nZetaQure won approval in November 2012 "
        "to sell its drug Zetabera in\nEurope.\n"
    )
    release = extract_release(text, "doc", "f").release
    assert (release.headline, release.issuer) == (None, "zetaQure")


def test_a_posts_quote_marks_and_a_date_and_time_closing_the_title_line_are_no_part_of_it():
    text = (
        "Worst outcome yet.\n<<Zeta Reports Results of ZETACYTA(R) ASSIST-1 Trial Sunday June 3, "
        "7:00 pm ET\nPALO ALTO, Calif., June 3, 2007 /PRNewswire-FirstCall/ -- Zeta, Inc. "
        "(Nasdaq: ZETA - News) reported results of the ZETACYTA ASSIST-1 trial today at a "
        "meeting of oncologists.\n"
    )
    assert extract_release(text, "d", "f").release.headline == (
        "Zeta Reports Results of ZETACYTA(R) ASSIST-1 Trial"
    )
    # a post quoting an announcement's title: its opening quotation mark, never closed
    text = (
        "RE: Revenue27 May 2020 22:15\nWith reference to the number of milestones, I think the "
        "wording of some parts of the RNS does not help. So I do think there has been one "
        "milestone payment, but not any others.\nLooking at the section in detail again....\n"
        '"Zeta Tech Strategic Collaboration Update\nWe are pleased to confirm that as a result '
        "of on-going development activities under the strategic collaboration with Zeta Tech, a "
        "further "
        'patent filing has been made. This filing triggers an undisclosed milestone payment."\n'
    )
    assert extract_release(text, "d", "f").release.headline == (
        "Zeta Tech Strategic Collaboration Update"
    )


def test_a_meeting_and_its_year_is_no_issuer_nor_a_wrapped_subheading_a_title():
    text = (
        "Data presented at ZSCO 2019 showed 57% of patients\nalive at three years vs. 43.5% on "
        "placebo\nZeta Pharma has presented three-year overall survival results from the "
        "Phase III PACIFIC trial of Zetafinzi in unresectable non-small cell lung cancer.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.headline, release.issuer) == (None, "Zeta Pharma")


def test_a_bare_ticker_after_the_form_and_a_plurals_possessive_end_names():
    text = (
        "ZETAVAX Awarded Contract Valued at up to $179 Million\n\nZetavax, Inc. ZVAX announced "
        "today that it has been awarded a contract valued at up to $179 million for the "
        "development of recombinant vaccines for the prevention of seasonal influenza.\n"
    )
    assert extract_release(text, "d", "f").release.issuer == "Zetavax, Inc."
    agency = (
        "News Release\n\nAgency awards $51 million contract for anthrax vaccine\n\nThe U.S. "
        "Department of Health and Human Services’ Biomedical Advanced Research and Development "
        "Authority (BARDA) awarded a $51 million contract to Zeta BioSolutions, Inc., of "
        "Rockville, Md., for the development of a new anthrax vaccine.\n"
    )
    extraction = extract_release(agency, "d", "f")
    assert extraction.release.issuer is None or "’" not in extraction.release.issuer
    assert "Biomedical Advanced Research and Development Authority" in {
        o.name for o in extraction.organizations
    }


def test_a_ce_mark_obtained_is_a_regulatory_approval():
    text = (
        "Jun 30 2015\nZeta Life Sciences Ltd. (TASE: ZETA), a firm that develops cancer "
        "diagnostics, announced today that its ZetaDetect non-invasive test for detecting "
        "bladder cancer in urine has obtained CE Marking, enabling the product to be marketed "
        "and sold in Europe.\n"
    )
    events = {e.event_type for e in extract_release(text, "d", "f").events}
    assert "regulatory_approval" in events


def test_a_filing_that_seeks_approval_is_no_approval():
    text = (
        "ZETA FILES NDA FOR ZETAVIR\nNEW YORK, July 31, 1992 /PRNewswire/ -- Zeta Company "
        "(NYSE: ZTA) today announced that it has filed a new drug application (NDA) with the "
        "Food and Drug Administration (FDA) seeking approval to market Zetavir.\n"
    )
    events = {e.event_type for e in extract_release(text, "d", "f").events}
    assert events == {"regulatory_submission"}


def test_a_persons_title_before_the_company_and_a_comma_before_the_day():
    text = (
        "Commenting on the results, Mr. Ravi Rao, MD & CEO of Zeta Pharma said “We closed this "
        "quarter with a revenue of ₹10,444 Mn and completed six ANDA filings during the quarter "
        "as we continue to invest in research and development.”\n"
    )
    extraction = extract_release(text, "d", "f")
    assert extraction.release.issuer == "Zeta Pharma"
    assert [(p.name, p.title, p.organization) for p in extraction.people] == [
        ("Ravi Rao", "MD & CEO", "Zeta Pharma")
    ]
    text = (
        "India-based healthcare company Zeta Cadila (Zeta Healthcare), on Thursday reported a "
        "41% year on year rise in second quarter net profit, helped by its US business.\n"
    )
    assert find_issuer(text, None).name == "Zeta Cadila"


def test_a_wire_sites_slogan_is_no_headline():
    text = (
        "Deliver Your News to the World\n\nSwiss Regulator Grants Accelerated Assessment of "
        "Planned Application for Zetabiprole\n\nWEBWIRE\n\nZeta Pharmaceutica Ltd. (SWX:ZETA) "
        "announced today that Swissmedic granted its partner accelerated assessment of the "
        "planned market authorization application for zetabiprole in the treatment of "
        "complicated skin infections.\n\nDr. Jo Lee, CEO of Zeta said, “We want to deliver "
        "zetabiprole to patients around the world, and this news shows the way.”\n"
    )
    release = extract_release(text, "d", "f").release
    assert release.headline == (
        "Swiss Regulator Grants Accelerated Assessment of Planned Application for Zetabiprole"
    )
    assert release.issuer == "Zeta Pharmaceutica Ltd."


def test_a_titles_descriptor_nouns_before_a_company_are_no_part_of_its_name():
    text = (
        "Beta Sankyo Co., Ltd. Announces Acquisition of Biotech Firm Zeta Pharma AG\n\nTokyo, "
        "May 21, 2008 - Beta Sankyo Co., Ltd. announced today that it has agreed to acquire all "
        "shares of Zeta Pharma AG, a German biotech company.\n"
    )
    names = [o.name for o in extract_release(text, "d", "f").organizations]
    assert "Zeta Pharma AG" in names and not any("Firm" in n for n in names)


def test_a_long_line_of_punctuated_words_that_fails_at_its_end_is_read_at_once():
    # a word like "Alpha.," may keep its stop and comma inside it or after it: a line of 40 such
    # words that is no sentence after all (a mark at its end) was tried every way, 2**40 reads
    line = " ".join(f"Alpha{i}.," for i in range(40)) + " ©"
    text = (
        "Zeta Bio Starts Phase 2 Trial of ZB-101 in Gout\n\n"
        f"{line}\n\n"
        "Zeta Bio, Inc. said today that it started a Phase 2 trial of ZB-101 in patients with "
        "gout, the first trial of the compound in patients, at ten sites in the United States.\n"
    )
    with time_limit(10):  # the limit a document has in a batch is 60 s
        headline = find_headline(text, None)
    assert headline is not None
    assert headline.text == "Zeta Bio Starts Phase 2 Trial of ZB-101 in Gout"


def test_a_page_label_with_its_date_between_dateline_and_lead_is_no_issuer():
    text = (
        "Zeta Bio PLC - Preliminary Results\n\n"
        "Cambridgeshire -- (MARKET WIRE) -- April 19, 2007 --\n\n"
        "For Immediate Release 19 April 2007\n\n"
        "Zeta Bio plc\n"
        '("Zeta", the "Company" or the "Group")\n\n'
        "Preliminary Results for the year ended 31 December 2006\n\n"
        "London, UK, 19 April 2007: Zeta Bio plc (AIM: ZETA), the specialty pharmaceutical "
        "company, is pleased to announce its preliminary results for the year.\n"
    )
    release = extract_release(text, "e" * 64, "file:///x.txt").release
    assert release.issuer == "Zeta Bio plc"


def test_a_news_briefs_day_before_the_company_is_no_part_of_the_issuer():
    text = (
        "Dec 14 Zeta Oyj :\n\n* Zeta and University of Wisconsin-Madison to start strategic "
        "collaboration\n\n* Parties to cover their own costs throughout collaboration\n"
    )
    assert extract_release(text, "e" * 64, "file:///x.txt").release.issuer == "Zeta Oyj"


def test_a_feeds_date_label_before_a_company_with_two_tickers_is_no_part_of_the_issuer():
    tail = (
        " announced a new agreement with Omega Corp for the development of a vaccine candidate "
        "against a rare virus. The agreement has a total value of up to $83M."
    )
    for label, issuer in [
        (" date 2022-12-23 Zeta Biologics A/S (OTCPK:ZBIOY) (OTCPK:ZBIOF)", "Zeta Biologics A/S"),
        ("12/23/2022 Zeta Biologics Inc. (NASDAQ:ZBIO) (TSX:ZB)", "Zeta Biologics Inc."),
    ]:
        release = extract_release(label + tail, "e" * 64, "file:///x.txt").release
        assert release.issuer == issuer


def test_a_news_agencys_instrument_codes_are_no_part_of_the_names():
    text = (
        "UPDATE 2-Zeta soars on $800 million Omega drug alliance\n\nFRANKFURT, Sept 3 (Reuters) - "
        "Norwegian biotech company Zeta ZETA.OL clinched an $800 million licensing deal for its "
        "main experimental drug with German drugmaker Omegatron OMGG.DE, sending its shares "
        "soaring on Thursday.\n"
    )
    extraction = extract_release(text, "e" * 64, "file:///x.txt")
    assert extraction.release.issuer == "Zeta"
    assert [o.name for o in extraction.organizations] == ["Omegatron"]


def test_a_development_code_before_a_verb_is_no_issuer():
    text = (
        "Zeta Pharma SA's Phase I-stage cancer candidate ZPH2102 landed the firm a sizeable "
        "up-front payment of $35 million. Shares of Zeta (PARIS:ZPH) closed flat at €1.33.\n"
    )
    assert extract_release(text, "e" * 64, "file:///x.txt").release.issuer != "ZPH2102"


def test_a_deals_plural_noun_is_no_verb_and_the_first_of_two_companies_joined_by_and_sign_leads():
    text = (
        "Zeta signs agreement for ZB-4251 in China with Omegamed Therapeutics for up to €12 "
        "million in milestones\nJuly 2, 2019\nUpfront payment of €2 million\nTiered royalties "
        "from 5% to 10%\nWith 3 partnered programs Zeta & Omegamed have forged a strong "
        "partnership in China\n"
    )
    assert extract_release(text, "e" * 64, "file:///x.txt").release.issuer == "Zeta"
    joint = "With 3 programs Johnson & Johnson has forged a strong partnership in China.\n"
    assert extract_release(joint, "e" * 64, "file:///x.txt").release.issuer == "Johnson & Johnson"


def test_a_title_goes_on_from_a_companys_first_word_broken_off_its_trade_word():
    text = (
        "Zetachem\nBiosciences and Omega enter License Agreement\nfor Antibody Drug Conjugate "
        "program\n- DAEJEON, Apr 28, 2020 -\nZetachem Biosciences, Inc. announced today a "
        "worldwide license agreement with Omega Therapeutics.\n"
    )
    headline = find_headline(text, text.index("- DAEJEON"))
    assert headline is not None
    assert headline.text == (
        "Zetachem Biosciences and Omega enter License Agreement for Antibody Drug Conjugate program"
    )


def test_a_title_goes_on_into_no_line_that_makes_it_prose():
    text = (
        "January 7, 2025\nSub-licensing Agreement for the Oral Kinase Inhibitor ZETAVIA® with "
        "Omega Pharmaceuticals in Taiwan\nZeta Pharmaceutical Co., Ltd. (Head Office: Matsumoto, "
        'Nagano, Japan; Chairman and CEO: Taro Yamada; "Zeta") announced that it has entered '
        "into a sub-license agreement with Omega Pharmaceuticals Co., Ltd. (Head Office: Taiwan, "
        'General Manager: Tony Chu; "Omega"), a consolidated subsidiary of Beta Pharma '
        "Corporation, to license development and commercialization rights in Taiwan for "
        "Zetavia.\nBy executing this agreement, Omega will gain the rights to develop it.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None
    assert headline.text == (
        "Sub-licensing Agreement for the Oral Kinase Inhibitor ZETAVIA® with Omega "
        "Pharmaceuticals in Taiwan"
    )


def test_a_lead_with_a_templates_doubled_brackets_is_prose_and_a_companys_table_cell_no_title():
    text = (
        "Zeta Nabs $25M From Omega\n\nZeta Pharmaceuticals (NASDAQ: [[ticker:ZETA]]), the South "
        "San Francisco-based biotech company, said today it has received a $25 million milestone "
        "payment from its partner, Omega, in connection with development of the experimental "
        "drug zetamab for rheumatoid arthritis.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None and headline.text == "Zeta Nabs $25M From Omega"
    text = (
        "Signed for the registrant.\nZeta Limited |\nBy: |\n2023 |\nZeta Limited |\n"
        "Director's Report\nIn accordance with the Corporations Act 2001, the directors of Zeta "
        'Limited ("Zeta" or "Company") report on the Company and the consolidated entity for '
        "the year ended 30 June 2023.\n"
    )
    assert find_headline(text, None) is None


def test_a_wires_name_day_and_time_after_at_close_no_title():
    text = (
        "Zeta Receives Second Milestone Payment From Omega for Progress in Oncology PR Newswire, "
        "Wednesday, April 02, 2003 at 20:00\nSOUTH SAN FRANCISCO, Calif., Apr 2, 2003 "
        "/PRNewswire-FirstCall via COMTEX/ -- Zeta Pharmaceuticals, Inc. (Nasdaq: ZETA) announced "
        "that it has received a second milestone payment from Omega Pharmaceuticals.\n"
    )
    headline = find_headline(text, text.index("SOUTH SAN"))
    assert headline is not None
    assert headline.text == (
        "Zeta Receives Second Milestone Payment From Omega for Progress in Oncology"
    )


def test_an_approval_a_company_awaits_or_expects_is_no_approval():
    for waiting in ("awaits both US and EU approvals", "expects FDA approval"):
        text = (
            "Zeta Bio Inc. will receive $20m from Omega Pharma for the rights to Zetavir, while "
            f"the company {waiting} of the drug for a form of kidney cancer.\n"
        )
        events = {e.event_type for e in extract_release(text, "d", "f").events}
        assert "regulatory_approval" not in events, waiting


def test_a_short_title_in_capitals_wrapped_over_three_lines_is_read_whole():
    text = (
        "Exhibit 99.1\nPress Release\nFOR IMMEDIATE RELEASE\nCONTACT:\nAnn Roe\nZeta Bio Inc.\n"
        "(303) 386-1193\naroe@zetabio.com\nZETA BIO ACHIEVES RESEARCH\nMILESTONE IN\n"
        "OMEGA COLLABORATION\nBoulder, Colo., (April 17, 2006) — Zeta Bio Inc. (NASDAQ: ZETA) "
        "announced today that a research milestone was achieved in its collaboration with Omega "
        "Pharma, Inc. (NYSE: OMG).\n"
    )
    assert extract_release(text, "d", "f").release.headline == (
        "ZETA BIO ACHIEVES RESEARCH MILESTONE IN OMEGA COLLABORATION"
    )


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("Zeta earns $10M from Omega", "Zeta"),
        ("Zeta Biologics Inks Deal With Omega Worth Up To $673 Million", "Zeta Biologics"),
        ("Zeta Biologics secures $10m milestone payment from Omega", "Zeta Biologics"),
        ("Quarter earns praise as markets rally", None),  # no company printed again below
    ],
)
def test_a_title_opening_with_a_company_and_the_verb_of_its_news_names_the_issuer(title, issuer):
    text = (
        f"{title}\n\nWhen one door closes, another opens. The company Zeta Biologics has "
        "received $10 million from Omega Inc. for advancing one of two drug prospects it "
        "licensed.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert release.issuer == issuer


@pytest.mark.parametrize("label", ["INQUIRIES:", "Media Contact:", "Investor Relations:"])
def test_a_letterheads_contact_line_is_no_part_of_the_title_under_it(label):
    text = (
        "September 8, 2010\nZETA PHARMACEUTICAL CO., LTD.\nPresident and Representative "
        f"Director: Jiro Sato,\n{label} Kinya Mori, Managing Director, Corporate Communications\n"
        "Zeta Announces Development\nand Commercialization Agreement with Omega Inc. for Japan\n"
        "Zeta Pharmaceutical Co., Ltd. (Osaka, Japan) today announced that it has entered into "
        "an exclusive agreement with Omega Inc. to develop two compounds in Japan.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert release.headline == (
        "Zeta Announces Development and Commercialization Agreement with Omega Inc. for Japan"
    )


def test_a_news_briefs_company_over_its_says_points_is_the_issuer():
    text = (
        "Dec 21 Zetagen\n\n* Says announces research collaboration and license agreement with "
        "Omega Inc.\n\n* Says Omega makes a $6 million equity investment in new shares in "
        "Zetagen\n\n* Says Omega will pay Zetagen approximately $10 million in early payments\n"
    )
    release = extract_release(text, "doc", "brief.txt").release
    assert (release.issuer, release.issuer_rule) == ("Zetagen", "issuer_brief_head")
    # no bulleted "* Says" points under it: no brief
    plain = text.replace("Dec 21 Zetagen\n\n* Says", "Dec 21 Zetagen\n\nIt says")
    assert extract_release(plain, "doc", "brief.txt").release.issuer_rule != "issuer_brief_head"


def test_a_joint_subjects_second_after_its_countrys_possessive_leaves_the_first_the_issuer():
    text = (
        "Japanese drug major Zeta Pharma and the USA's Omega Pharmaceuticals have entered into "
        "a non-exclusive license agreement for Omega's antibody technology. Zeta will pay $20.0 "
        "million up front. The firm will report the $80.0 million license fee for the initial "
        "four years as an R&D expense.\n"
    )
    extraction = extract_release(text, "doc", "zeta.txt")
    assert extraction.release.issuer == "Zeta Pharma"
    # a sum the issuer books as its expense is its to pay
    assert [(m.text, m.payer) for m in extraction.money][-1] == ("$80.0 million", "Zeta Pharma")


def test_a_letter_alone_is_never_the_issuer():
    text = (
        "In April 2018, the firm entered into an agreement with Omega Inc. pursuant to which it "
        "acquired certain assets for the development of chimeric antigen receptor (CAR) T cells "
        "for the treatment of cancer. Omega will receive $5 million.\n"
    )
    assert extract_release(text, "doc", "note.txt").release.issuer is None


def test_a_title_broken_after_its_amount_goes_on_to_the_noun_it_counts():
    body = (
        "BOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio Inc. today announced it received a $5 "
        "million milestone payment from Omega Corp.\n"
    )
    broken = "NEWS RELEASE\nZeta Receives $5 Million\nMilestone From Omega\n" + body
    assert extract_release(broken, "d", "x", []).release.headline == (
        "Zeta Receives $5 Million Milestone From Omega"
    )
    # a deck in sentence case ends the title
    deck = "Zeta Receives $5 Million\nThe payment follows the start of a trial\n" + body
    assert extract_release(deck, "d", "x", []).release.headline == "Zeta Receives $5 Million"


def test_a_milestone_received_unspecified_or_with_its_sum_restated_is_a_milestone_payment():
    """ "received an unspecified milestone payment" and "received a US$7 million ($9.2
    million) milestone payment" announce a milestone payment, as "received a $7 million
    milestone payment" does."""
    for sentence in (
        "Zeta Bio received an unspecified milestone payment from Omega Corp.",
        "Zeta Bio shares rose after it received a US$7 million ($9.2 million) milestone "
        "payment from its partner.",
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == ["milestone_payment"], sentence


def test_a_titles_kicker_with_its_verb_before_a_colon_is_no_forms_field():
    """ "The check has arrived: Pharmaxis gets $9.2 million payday" is a title with its kicker;
    "Head office: 1-1, Nihonbashi" stays a form's field."""
    lead = (
        "\n\nZeta Bio shares are up eight per cent after the company received a US$7 million "
        "milestone payment from its partner.\n"
    )
    title = "The check has arrived: Zeta gets $9.2 million payday"
    assert extract_release(title + lead, "d", "x").release.headline == title
    field = "Head office: 1-1, Nihonbashi"
    assert extract_release(field + lead, "d", "x").release.headline != field


def test_money_in_return_for_the_right_to_develop_a_drug_announces_a_licensing_deal():
    text = (
        "Zeta News\n\nZeta Bio will receive $350 million from Omega Corp. in return for the right "
        "to develop and commercialize its lead drug candidate, zetamab, in the U.S.\n"
    )
    events = [e.event_type for e in extract_release(text, "d", "x").events]
    assert "licensing_deal" in events


@pytest.mark.parametrize(
    "title",
    ["Zeta Achieves $1.5M Milestone from Omega", "Zeta Bio to get 40M dollars milestone payment"],
)
def test_a_headline_opening_with_its_company_and_a_news_verb_names_the_issuer(title):
    """ "Zeta Achieves ...", "Zeta Bio to get ..." (a news headline's infinitive): with a deck
    for a lead, the headline's company, printed again below, is the issuer."""
    text = (
        f"{title}\n\nAdvancement of compound into preclinical development triggered the fee.\n\n"
        "Zeta Bio will receive $1.5 million from Omega Corp. for advancing a candidate.\n"
    )
    assert extract_release(text, "d", "x").release.issuer in ("Zeta", "Zeta Bio")


def test_a_trigger_of_a_companys_first_milestone_is_a_milestone_payment():
    text = (
        "Zeta News\n\nSAN DIEGO--(BUSINESS WIRE)--Nov. 21, 1997--Zeta Bio Corp. today announced "
        "an acceptance. This acceptance will trigger Zeta's first milestone payment.\n"
    )
    assert [e.event_type for e in extract_release(text, "d", "x").events] == ["milestone_payment"]


def test_a_newspapers_label_before_a_copied_title_is_no_subject_of_it():
    """ "Wisconsin State Journal: Zeta earns $10M from Omega": the title's subject follows the
    publication's label (context_words' publication heads); a company's label stays one."""
    text = (
        "Springfield Daily Journal: Zetacor earns $10M from Omega\n\n"
        "When one door closes, another opens.\n\nAt least, that is the case for Zetacor "
        "Pharmaceuticals, a Pasadena company. The company has received $10 million from Omega.\n"
    )
    release = extract_release(text, "d", "x").release
    assert (release.issuer, release.issuer_rule) == ("Zetacor", "issuer_headline_subject")
    # a label whose last word heads no publication's name is read as before: no subject
    company = text.replace("Springfield Daily Journal", "Zetacor Holdings")
    assert extract_release(company, "d", "x").release.issuer is None


def test_a_pages_short_chrome_under_its_title_is_no_lead():
    """A newspaper page's "Print", "Font Size:" and "Posted: ... | Updated: ..." lines under its
    title: the lead opens on its subject's line, and the subject's words a title could share
    ("Discovery", "Laboratories") end in a word of the trade: a company."""
    text = (
        "Welcome to the site! Login or Signup below.\n\n"
        "Discovery Labs receives FDA nod\n\nPrint\nFont Size:\nDefault font size\n"
        "Larger font size\n\nRelated Business\n\n"
        "Posted: Sunday, October 6, 2013 12:15 am | Updated: 8:04 am, Sun Oct 6, 2013.\n\n"
        "Discovery Laboratories has received Food and Drug Administration approval of its lung "
        "drug Surfaxin.\n\nThe drug has been approved to treat respiratory distress syndrome.\n"
    )
    extraction = extract_release(text, "d", "x")
    release = extraction.release
    assert (release.headline, release.published_date) == (
        "Discovery Labs receives FDA nod",
        dt.date(2013, 10, 6),
    )
    assert (release.issuer, release.issuer_rule) == (
        "Discovery Laboratories",
        "issuer_lead_subject",
    )
    assert [e.event_type for e in extraction.events] == ["regulatory_approval"]
    # a title's words alone are no company: "President and CEO adds chairman to his roles"
    assert extract_release("President and CEO adds a new role.", "d", "x").release.issuer is None


def test_a_writers_byline_opens_no_lead_and_a_boards_date_ends_no_title():
    """ "(NB) -- By Ann P Roe, Washtech. Zeta Genomics Group ... said": the issuer follows the
    byline; "Zeta Inks Pact With Omega 06/27/00": the board's date is no part of the title."""
    text = (
        "Whaddya mean no news?\nZeta Inks 5-Year Genomics Pact With Omega 06/27/00\n"
        "====\nROCKVILLE, MARYLAND, U.S.A., 2000 JUN 27 (NB) -- By Ann P Roe, Washtech. Zeta "
        "Genomics Group [NYSE:ZGG] said it inked a five-year genomics pact with Seattle-based "
        "Omega Corp. [NASDAQ:OMGA].\n"
    )
    release = extract_release(text, "d", "x").release
    assert (release.headline, release.issuer, release.published_date) == (
        "Zeta Inks 5-Year Genomics Pact With Omega",
        "Zeta Genomics Group",
        dt.date(2000, 6, 27),
    )


def test_a_newsroom_links_file_size_ends_no_title():
    """A newsroom listing copies a release's link with its file's label: "... for
    hyperphosphatemiaPDF:45.5kb", "... Results (PDF, 120 KB)"."""
    for label in ("PDF:45.5kb", " (PDF, 120 KB)", " [pdf 1.2MB]"):
        text = (
            f"Zeta Reports Top-line Results of ZB-1 in Hyperphosphatemia{label}\n\n"
            "BOSTON, May 1, 2012 -- Zeta Bio, Inc. reported top-line results of ZB-1.\n"
        )
        release = extract_release(text, "d", "x").release
        assert release.headline == "Zeta Reports Top-line Results of ZB-1 in Hyperphosphatemia"


def test_a_feeds_title_run_into_the_dateline_on_one_line_is_the_headline():
    """ "... Eastern Time Company Press Release Zeta Announces Completion of First Stage of Its
    Screening System for Omega SAN DIEGO--(BUSINESS WIRE)--Nov. 21, 1997--": the title between
    the feed's label and the dateline, as a board copies it."""
    text = (
        "To: joe who wrote (42 ) 11/23/1997 7:17:00 PM From: sylvan Read Replies (1)\n"
        "Friday November 21, 4:19 pm Eastern Time Company Press Release Zeta Biosciences "
        "Announces Completion of First Stage of Screening System for Omega SAN DIEGO--(BUSINESS "
        "WIRE)--Nov. 21, 1997--Zeta Biosciences Corp. (NASDAQ:ZBSC) announced it has received "
        "acceptance by Omega of the first stage of the screening system. This acceptance will "
        "trigger Zeta's first milestone payment.\n"
    )
    release = extract_release(text, "d", "x").release
    assert release.headline == (
        "Zeta Biosciences Announces Completion of First Stage of Screening System for Omega"
    )
    assert release.dateline_city == "SAN DIEGO"


def test_a_sum_received_after_sales_were_reached_is_a_milestone_payment():
    """ "would receive $40 million from X after achieving certain sales of Y": the sales level
    was reached, the payment announced; "upon achieving" a target is none yet."""
    for sentence, expected in (
        (
            "Zeta Bio said Friday that it would receive $40 million from Omega Products after "
            "achieving certain material sales of Zetamab.",
            ["milestone_payment"],
        ),
        (
            "Zeta Bio received $5 million following reaching agreed sales targets.",
            ["milestone_payment"],
        ),
        ("Zeta Bio will receive $40 million upon achieving certain sales of Zetamab.", []),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_ceo_pushed_out_or_a_cfo_tapped_as_interim_ceo_is_an_executive_change():
    for sentence, expected in (
        ("Zeta Bio announced that CEO Jane Roe had been unceremoniously pushed out.", True),
        ("CFO Omar Reyes was hastily tapped as interim CEO of Zeta Bio.", True),
        ("Zeta Bio said its chairman was dismissed with cause on Monday.", True),
        ("Zeta Bio tapped the market for $5 million.", False),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert (events == ["executive_change"]) is expected, sentence


def test_preliminary_revenue_announced_ahead_of_the_results_is_earnings():
    for sentence, expected in (
        ("Zeta Bio Announces Preliminary Unaudited 2023 Revenue and 2024 Outlook", ["earnings"]),
        (
            "Zeta Bio today announced preliminary unaudited net product revenue for the fourth "
            "quarter and full year 2023.",
            ["earnings"],
        ),
        ("Zeta Bio announced preliminary results from its Phase 2 trial.", ["trial_results"]),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_generics_launch_is_news_and_its_earlier_approval_in_the_past_perfect_none():
    for sentence, expected in (
        (
            "Zeta Pharma Ltd. today announced the launch of Tolvaptan Tablets, 15 mg and 30 mg, "
            "a generic version of Samsca Tablets, in the United States market. The Company had "
            "received final approval from the USFDA for this product in March 2022.",
            ["other"],
        ),
        ("Zeta Pharma launches generic Tolvaptan Tablets in the US", ["other"]),
        ("Zeta Pharma plans to launch generic Tolvaptan in the US.", []),
        ("Zeta Pharma had received FDA approval for ZT-1.", []),
        # reported speech keeps its past perfect: an 8-K's item on the release it attaches
        (
            "On May 2, 2022, Zeta Pharma announced that it had received FDA approval for ZT-1.",
            ["regulatory_approval"],
        ),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_first_cohort_dosed_or_dosing_underway_starts_a_trial():
    for sentence, expected in (
        (
            "Zeta Bio announces that a first cohort of eight healthy volunteers has been dosed "
            "in a Phase 1 study of ZB-12.",
            ["trial_start"],
        ),
        ("Dosing underway in Phase 1 study of Zeta Bio's ZB-12.", ["trial_start"]),
        (  # reported speech: an 8-K's item on the release it attaches
            "On February 6, 2019, Zeta Bio announced that the first patient had been dosed in its "
            "Phase 1/2 trial of ZB-12.",
            ["trial_start"],
        ),
        ("Zeta Bio said the first cohort will be dosed in a Phase 1 study of ZB-12 next year.", []),
        # a deal's term paid on a trial's start, never the start itself; a sum received on it is
        ("Development payment: $25 million upon initiation of a Phase 3 trial of ZB-12.", []),
        ("Zeta Bio will receive $25 million upon the start of a Phase 3 trial of ZB-12.", []),
        (
            "Zeta Bio has received a payment of $2 million from Omega Inc., upon the start of "
            "Phase II clinical trials of ZB-12.",
            ["trial_start"],
        ),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_filing_for_ce_mark_approval_is_a_submission_and_its_receipt_an_approval():
    for sentence, expected in (
        (
            "Zeta Dx has filed for CE mark approval of its appendicitis test.",
            ["regulatory_submission"],
        ),
        ("Zeta Dx received CE mark approval for its appendicitis test.", ["regulatory_approval"]),
        ("Zeta Dx expects to receive CE mark approval by the end of the year.", []),
        # an emergency use authorisation granted, never one sought
        (
            "The FDA has granted Emergency Use Authorization (EUA) for ZV-2.",
            ["regulatory_approval"],
        ),
        ("Zeta Dx received Emergency Use Authorization from the FDA.", ["regulatory_approval"]),
        ("Zeta Dx submitted a request for Emergency Use Authorization.", []),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_devices_clearance_granted_is_a_regulatory_approval_and_one_sought_none():
    for sentence, expected in (
        (
            "The U.S. Food and Drug Administration (FDA) has granted 510(k) clearance for the "
            "Zeta OmniPort catheter.",
            ["regulatory_approval"],
        ),
        ("Zeta Medical receives FDA clearance for its OmniPort catheter.", ["regulatory_approval"]),
        ("Zeta Medical obtained De Novo clearance for the OmniPort.", ["regulatory_approval"]),
        ("Zeta Medical plans to seek 510(k) clearance for the OmniPort in 2024.", []),
        ("Zeta Medical has not yet received FDA clearance for the OmniPort.", []),
        ("Zeta Medical expects to receive FDA clearance in 2025.", []),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_japanese_agencys_code_in_angle_brackets_after_the_subject_keeps_its_issuer():
    text = (
        "Tokyo, Dec. 23 (Jiji Press)--Japan's Zeta Pharmaceutical Co. <4599> said Monday it will "
        "spend 320 million euros to acquire the generic division of Spain's Omega.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer == "Zeta Pharmaceutical Co."


def test_a_sum_got_as_a_milestone_or_a_milestone_achieved_with_its_payment_is_a_payment():
    for sentence, expected in (
        (
            "Zeta AB gets 3 MUSD as a milestone payment for its antiviral ZT-150 following a "
            "decision by Omega Corporation to start trials.",
            ["milestone_payment"],
        ),
        (
            "Zeta Corp. announced today that it has achieved a development milestone supporting "
            "a $1.5 million payment from Omega, following completion of program objectives.",
            ["milestone_payment"],
        ),
        ("Zeta Corp. has achieved a key enrollment milestone in its Phase 2 trial.", []),
    ):
        text = f"Zeta News\n\n{sentence}\n"
        events = [e.event_type for e in extract_release(text, "d", "x", []).events]
        assert events == expected, sentence


def test_a_deals_other_side_after_under_that_deal_is_never_the_issuer():
    text = (
        "- Zetagen (ZTG) is $5.6 million richer after banking a milestone payment from Japanese "
        "electronics business Kyocera\n- Under that deal, Kyocera is tasked with developing "
        "Zetagen's knee osteoarthritis treatment\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer is None
    # a sentence that opens with a day is still the lead's own
    text = "On Monday, Kyocera said it has agreed to develop a knee osteoarthritis treatment.\n"
    assert extract_release(text, "d", "x", []).release.issuer == "Kyocera"


def test_a_targets_lower_case_name_is_no_subject_and_a_units_owner_issues_its_news():
    text = (
        "The partner had made a $6 million upfront payment to Zeta and an additional $3 million "
        "to support the development of novel mPGES-1 inhibitors to treat chronic pain.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer is None
    text = (
        "Zeta Pharmaceuticals' US-based subsidiary, Zeta Generics has entered into an exclusive "
        "license and supply agreement with Omega Pharmaceuticals, USA, a subsidiary of Omega "
        "Industries.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert extraction.release.issuer == "Zeta Pharmaceuticals"
    assert "USA" not in [o.name for o in extraction.organizations]


def test_a_date_range_in_the_lead_is_no_second_dateline():
    text = (
        "Zeta Study To Be Released At BIO 2000\n\nWASHINGTON, DC (March 23, 2000) The Alliance "
        "for Aging Research will release a profile of biotechnology companies at BIO 2000, "
        "March 26-30, in Boston.\n"
    )
    # (the lead's subject is the issuer, its name over "for": never "30" after the range's dash)
    issuer = extract_release(text, "d", "x", []).release.issuer
    assert issuer == "The Alliance for Aging Research"


def test_a_second_phase_printed_without_its_word_after_and_is_a_phase():
    text = (
        "Zeta will end the phase 1 and 2a clinical trials early, before future Phase II and III "
        "trials; Phase 2 and 3 patients were dosed at Phase 3 and 2 mg.\n"
    )
    assert [p.phase for p in find_phases(text)] == [
        "Phase I",
        "Phase II",
        "Phase II",
        "Phase III",
        "Phase II",
        "Phase III",
    ]


def test_a_subjects_name_paired_by_and_with_a_bracket_inside_its_parenthesis_is_the_issuer():
    text = (
        "Hong Kong - Zeta Grand Pharmaceutical and Healthcare Holdings Limited ('GP (HK)' or the "
        "'Company', together with its subsidiaries, the 'Group', stock code: 00999) is pleased "
        "to announce that, further to the investment in Belgium based eOmegaRNA Therapeutics NV "
        "('eOmegaRNA') in May, the Group has entered into a licensing agreement with eOmegaRNA.\n"
    )
    issuer = extract_release(text, "d", "x", []).release.issuer
    assert issuer == "Zeta Grand Pharmaceutical and Healthcare Holdings Limited"


def test_a_person_opening_a_lead_after_its_date_is_never_the_issuer():
    text = (
        "Item 5.02 Departure of Directors or Certain Officers.\n\nOn July 13, 2021, Anthony A. "
        "Roeman will retire as the Chief Executive Officer of the Company. Under the agreement, "
        "Mr. Roeman is entitled to receive severance.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer is None


def test_an_ind_a_regulator_clears_for_a_company_is_active():
    """(With no dateline, a regulator's lead names no issuer, as for an approval.)"""
    text = (
        "The U.S. Food and Drug Administration (FDA) has announced clearance to Zeta "
        "Therapeutics’ ZTP Investigational New Drug (IND) application for a Phase 1 trial of "
        "Decoy9 in patients with advanced solid tumors.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [e.event_type for e in extraction.events] == ["ind_active"]
    for sentence in (
        "The FDA cleared Omega Pharma’s (NASDAQ:OMGA) Investigational New Drug Application (IND) "
        "for OX800.",
        "Omega said the FDA accepted its investigational new drug application for OX-101.",
    ):
        events = extract_release(f"Omega News\n\n{sentence}\n", "d", "x", []).events
        assert [e.event_type for e in events] == ["ind_active"], sentence


def test_a_news_agencys_lead_opening_on_what_the_company_is_names_the_issuer():
    text = (
        "NEW YORK (AP) ¿ Drugmaker Zeta Pharma Co. on Tuesday completed its $2.1 billion "
        "acquisition of Omega Inc., a biotech drugmaker developing treatments for cancer.\n\n"
        "Omega is now a wholly owned unit of Zeta, and its shares will no longer trade.\n"
    )
    cleaned = clean_document(text.encode(), "zeta.txt")  # the lost dash restored first
    release = extract_release(cleaned.text, "d", "file:///x.txt").release
    assert (release.dateline_city, release.wire, release.issuer) == (
        "NEW YORK",
        "AP",
        "Zeta Pharma Co.",
    )


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "Pharma major Dr Zetaddy's Laboratories on Tuesday said it has launched a generic "
            "version of an injection, used in the treatment of cancer, in the US market.",
            "Dr Zetaddy's Laboratories",
        ),
        # a person addressed so, and an owner's drug, are none
        ("Dr. Smith has joined the board of directors of the company, it said on Tuesday.", None),
        ("Omega’s NME Zetaxa approved by FDA for depression in adults, it said on Tuesday.", None),
    ],
)
def test_a_company_named_for_a_person_with_a_possessive_is_the_leads_subject(lead, issuer):
    assert extract_release(lead + "\n", "d", "x.txt").release.issuer == issuer


def test_a_link_label_wrapping_the_only_title_line_is_cut_off():
    text = (
        'Download "On May 4, Zeta Bio appointed Jane Roe Chief Executive Officer of the group"\n\n'
        "1 YEAR-END REPORT 2014 Net sales amounted to MSEK 30.1 (47.0). On May 4, Zeta Bio "
        "appointed Jane Roe Chief Executive Officer of the group after a long search.\n"
    )
    headline = find_headline(text, None)
    assert headline is not None and headline.text.startswith("On May 4, Zeta Bio appointed")


def test_a_feeds_day_time_and_label_before_the_title_are_no_part_of_the_headline():
    text = (
        "To: Ottoman who wrote (981 ) 11/11/1999 8:10:00 PM From: Ottoman Read Replies (1)\n"
        "NEWS!!!! Thursday November 11, 5:24 pm Eastern Time Company Press Release Zeta Vision "
        "Licenses ZV-900 Technology to Omega for Diagnostic Applications in Glaucoma ALAMEDA, "
        "Calif.--(BW HealthWire)--Nov. 11, 1999--Zeta Vision Incorporated (AMEX:ZV) today "
        "announced it has granted an exclusive license to Omega for its ZV-900 technology for "
        "diagnostic applications in glaucoma.\n"
    )
    release = extract_release(text, "d", "x.txt").release
    assert release.headline == (
        "Zeta Vision Licenses ZV-900 Technology to Omega for Diagnostic Applications in Glaucoma"
    )


@pytest.mark.parametrize(
    "header",
    [
        # a site's chrome above the announcement, its defined terms on their own line
        "Log In / Register\n\nRNS Number : 1234A\n\nZeta Bio PLC\n\n31 October 2016\n\n"
        'Zeta Bio plc\n\n("Zeta Bio or the "Company")\n\n',
        # glued to the company's line in capitals
        'THIS ANNOUNCEMENT IS NOT FOR RELEASE IN THE UNITED STATES.\nZETA BIO PLC("Zeta" or '
        'the "Company")\n',
    ],
)
def test_a_uk_announcements_title_is_the_line_under_its_defined_terms(header):
    text = (
        header + "Placing and Subscription to raise £3.3 million\n\nThe Company announces that "
        "it has successfully raised gross proceeds of £3.3 million (USD $4.1 million) from "
        "new and existing investors.\n"
    )
    release = extract_release(text, "d", "x.txt")
    assert release.release.headline == "Placing and Subscription to raise £3.3 million"
    assert [e.event_type for e in release.events] == ["financing"]
    # a sentence under the defined terms is the lead, no title
    lead = text.replace("Placing and Subscription to raise £3.3 million\n\n", "")
    assert find_headline(lead, None) is None


def test_an_issuer_in_capitals_is_read_as_the_release_prints_it_in_mixed_case():
    text = (
        'ZETA LIFE SCIENCES PLC("Zeta" or the "Company")\nResult of Placing\nThe Company '
        "announces that Zeta Life Sciences plc (AIM: ZLS) has raised gross proceeds of £4.0 "
        "million.\n"
    )
    assert extract_release(text, "d", "x.txt").release.issuer == "Zeta Life Sciences plc"
    # printed in capitals alone, it stays so
    caps = text.replace("Zeta Life Sciences plc (AIM: ZLS)", "it")
    assert extract_release(caps, "d", "x.txt").release.issuer == "ZETA LIFE SCIENCES PLC"


@pytest.mark.parametrize(
    "lead, issuer",
    [
        (
            "(Reuters) -The U.S. Food and Drug Administration has placed a clinical hold on Zeta "
            "Biotherapeutics’ lung cancer therapy trial after a patient death, the company said on "
            "Wednesday.",
            "Zeta Biotherapeutics",
        ),
        (
            "The FDA has lifted the partial clinical hold on Zeta Bio Inc.'s trial of ZB-11, the "
            "company said.",
            "Zeta Bio Inc.",
        ),
        # a hold on a product in no company's possessive: no issuer
        (
            "(Reuters) -The U.S. Food and Drug Administration has placed a clinical hold on a gene "
            "therapy trial after a patient death, the agency said.",
            None,
        ),
    ],
)
def test_the_company_whose_trial_a_regulator_held_is_the_issuer(lead, issuer):
    found = find_issuer(lead + "\n", None)
    assert (found.name if found else None) == issuer


@pytest.mark.parametrize("comma", [" ,", ","])
def test_a_datelines_city_with_a_space_before_its_comma(comma):
    text = (
        f"Zeta Q3 Revenues Plummet\n\nNEW YORK{comma} Nov. 4 (GenomeWeb News) - Zeta Scale "
        "Biology, owner of Omega Diagnostics, today said that third-quarter revenue fell.\n"
    )
    dateline = parse_dateline(text)
    assert dateline is not None and dateline.city == "NEW YORK"
    found = find_issuer(text, dateline.span_end)
    assert found is not None and found.name == "Zeta Scale Biology"


def test_a_line_closing_a_parenthesis_opened_above_is_no_headline():
    text = (
        "Zeta Bio-Pharma Inc. (“Zeta” or\nthe\n“Corporation”) is pleased to announce\n"
        "that, after successfully completing a prospectus offering for\naggregate gross "
        "proceeds of $8,050,000 on July 12, 2019 (the “Unit\nOffering“), it now intends to "
        "complete a non-brokered private\nplacement offering of units for aggregate gross "
        "proceeds of $261,000.\n"
    )
    assert find_headline(text, None) is None
    # a title with its own parenthesis stays one
    titled = "Zeta (ZETA) Announces Private Placement\n\n" + text.replace("Zeta Bio", "Zeta", 1)
    headline = find_headline(titled, None)
    assert headline is not None and headline.text == "Zeta (ZETA) Announces Private Placement"


def test_the_company_a_regulator_determined_of_is_the_issuer():
    text = (
        "FDA Finds Zetapirone 'Not Approvable'\nARNHEM, Netherlands--(BUSINESS WIRE)--June 24, "
        "2004--The U.S. Food and Drug Administration has determined that Zeta's zetapirone ER New "
        'Drug Application is "not approvable."\n'
    )
    dateline = parse_dateline(text)
    found = find_issuer(text, dateline.span_end)
    assert found is not None and found.name == "Zeta"


@pytest.mark.parametrize("label", ["Also Read:", "See also:", "Related link"])
def test_a_link_to_another_article_under_a_label_is_no_headline(label):
    text = (
        "Zeta Group (LON: ZETA) shares are up almost 4% Wednesday after a pre-clinical "
        "development milestone was achieved in the therapeutics development partnership with "
        "Omega Chem Life Sciences.\nOmega Chem has completed specific pre-clinical in-vivo models "
        "in the PD-L1/XT programme, triggering an undisclosed milestone payment.\n"
        f"{label} Zeta Stock Price Forecast\n"
        "“I am delighted with the progress in our partnership with Omega Chem,” commented Dr "
        "Jane Roe, CEO of Zeta Group.\nZeta's share price is currently up 3.85% at 117.4p.\n"
    )
    assert find_headline(text, None) is None  # the lead's page prints no title of its own


@pytest.mark.parametrize(
    "text, issuer",
    [
        (
            "Bulletin from the annual general meeting in Zeta\n\n2020-08-27 17:10\n\nThe following "
            "resolutions were passed at the annual general meeting of Zeta AB (publ) on 27 August "
            "2020 in Uppsala.\n",
            "Zeta AB",
        ),
        (
            "Decisions at the Annual General Meeting The Zeta Annual General Meeting on April 26 "
            "1999 authorized the Board of Directors of Zeta AB (publ) to decide on a new issue.\n",
            "Zeta AB",
        ),
        # a count opening the lead is no company
        (
            "StockMarketWire.com - All 19 resolutions at Zeta Biomedica were passed by "
            "shareholders at the company's AGM on 27 May.\n",
            "Zeta Biomedica",
        ),
    ],
)
def test_a_nordic_public_companys_mark_names_the_issuer_and_a_count_none(text, issuer):
    found = find_issuer(text, None)
    assert found is not None and found.name == issuer
    assert text[found.span_start : found.span_end] == issuer


def test_a_name_with_and_whose_initials_follow_in_brackets_is_one_company():
    text = (
        "Zeta Concludes License Agreement\n\nNAGOYA, Japan - May 11, 2020 - Medical and "
        "Zetalogical Laboratories Co., Ltd. (MZL), a Kappa company, announces today that MZL "
        "has concluded a license agreement with Omega Group Co., Ltd. (OGC).\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert extraction.release.issuer == "Medical and Zetalogical Laboratories Co., Ltd."
    names = [o.name for o in extraction.organizations]
    assert "Zetalogical Laboratories Co., Ltd." not in names
    assert "Omega Group Co., Ltd." in names


def test_a_labelled_parenthesis_in_lower_case_with_no_listing_names_no_company_before_it():
    text = (
        "ZETA K.K. and its subsidiary Omegacure Inc. are developing a treatment for patients "
        "with pneumonia induced ARDS (trial name: ONE BRIDGE) using ZT-051. Zeta will receive "
        "an upfront payment from Kappapharma.\n"
    )
    found = find_issuer(text, None)
    assert found is None or found.name != "ARDS"
    # a Japanese release's head office in brackets still marks its company
    text = "Zeta Co., Ltd. (Headquarters: Tokyo, President: Taro Zeta) today announced results.\n"
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Co., Ltd."


def test_a_company_after_an_article_that_is_also_a_given_name_is_no_persons_surname():
    text = (
        "On January 23, US-based biotech company Ozacure announced that it had completed the "
        "first milestone of its agreement with Omega Therapeutics Inc.\nAn Ozacure "
        'representative stated, "This reflects progress."\n'
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Ozacure"


def test_a_national_markets_abbreviation_glued_to_nasdaq_is_its_exchange():
    text = (
        "Zeta Signs License Agreements\nHORSHAM, PA, November 17, 2003. Zeta Technologies, Inc. "
        "(NasdaqNM: ZETA) announced today that it has entered into two agreements with Omega "
        "A/S (NYSE: OMG).\n"
    )
    symbols = [t.symbol for t in extract_release(text, "d", "x.txt").tickers]
    assert symbols == ["ZETA", "OMG"]


def test_a_company_with_its_seat_set_off_by_commas_after_of_is_the_lead_subject():
    text = (
        "• Zeta Pharmaceuticals, of Zetaville, Mass., received a $2 million milestone payment "
        "from Omega Healthcare Inc., of Deerfield, Ill., for a Phase II study.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Pharmaceuticals"


@pytest.mark.parametrize("security", ["IPO", "IPOs"])
def test_a_security_before_a_word_ending_like_a_verb_is_no_issuer(security):
    # a round-up of two companies: the lead's subject is a count, and its security no company
    text = (
        "Two more biotechs to list\nTwo Zetan biotech companies lodged "
        f"{security} prospectuses with the regulator this week, both looking to list soon.\n"
    )
    assert find_issuer(text, None) is None


def test_a_company_opening_the_lead_with_its_listing_is_the_issuer_past_a_long_apposition():
    text = (
        'Zeta Biotech, Inc. (NASDAQ: ZETA) ("Zeta"), an innovative biopharmaceutical company '
        "focused on acquiring and developing promising product candidates, and a company it "
        'founded, Beta Biosciences, Inc. ("Beta"), a clinical-stage biotechnology company, today '
        "announced that Omega's Gamma notified Beta that it has exercised its option to acquire "
        "Beta.\n"
    )
    found = find_issuer(text, None)
    assert found is not None and found.name == "Zeta Biotech, Inc."
    assert text[found.span_start : found.span_end] == found.name


@pytest.mark.parametrize(
    "dateline",
    [
        "Leiden, the Netherlands; 4 May 2012; 07.30 CET",
        "Leiden, the Netherlands, 4 May 2012, 8:00 a.m. CET",
        "Leiden, the Netherlands, 4 May 2012",
    ],
)
def test_a_dateline_on_a_line_of_its_own_dates_the_release_and_the_title_under_it_is_read(
    dateline,
):
    text = (
        f"{dateline}\n\nZeta Biologics and Omega Sign Research Collaboration on Antibodies\n\n"
        "Zeta Biologics N.V. (Euronext: ZETA) and Omega GmbH today announced a research "
        "collaboration to develop antibodies for gastric cancer, under which Omega will pay an "
        "upfront fee of EUR 8 million.\n"
    )
    extraction = extract_release(text, "doc", "f")
    release = extraction.release
    assert (release.published_date, release.dateline_city) == (dt.date(2012, 5, 4), "Leiden")
    assert release.headline == "Zeta Biologics and Omega Sign Research Collaboration on Antibodies"
    # the lead opens under the title: its sum and its deal are announced, none recalled
    assert [(m.amount, m.kind, m.announced) for m in extraction.money] == [
        (8_000_000, "upfront", True)
    ]
    assert [(e.event_type, e.announced) for e in extraction.events] == [("collaboration", True)]
    # the title under the dateline is of the headline block: its sum restates the lead's, which
    # counts once
    priced = text.replace("Sign Research Collaboration on Antibodies", "Sign EUR 8 Million Pact")
    money = extract_release(priced, "doc", "f").money
    assert [(m.amount, m.restated, m.in_totals) for m in money] == [
        (8_000_000, True, False),
        (8_000_000, False, True),
    ]
    # a line under the dateline that names nothing of the lead is no title
    chrome = text.replace("Zeta Biologics and Omega Sign", "Print this page | Share | More of")
    assert extract_release(chrome, "doc", "f").release.headline is None


def test_a_long_title_in_sentence_case_under_a_dateline_line_is_the_title_not_the_lead():
    """A European title in sentence case of fifteen words and more, with no full stop, under a
    label and a dateline on lines of their own, is the headline; a line of one sentence ending
    in its full stop there is the lead, and no title."""
    title = (
        "Zeta Therapeutics reports positive topline results from Phase 3 ALPINE study of "
        "zetalimod in ulcerative colitis"
    )
    lead = (
        "Zeta Therapeutics AG (SIX: ZETA) today announced that the Phase 3 ALPINE study of "
        "zetalimod met its primary endpoint of clinical remission at week 52 in adults with "
        "ulcerative colitis."
    )
    label = "Ad hoc announcement pursuant to Art. 53 LR\n\nBasel, 12 January 2022\n\n"
    text = f"{label}{title}\n\n{lead}\n"
    assert extract_release(text, "doc", "f").release.headline == title
    sentence = title + " after the study met its endpoint."
    text = f"{label}{sentence}\n"
    assert extract_release(text, "doc", "f").release.headline is None
    # an EU issuer's label under its market-abuse rule, over a title its company's name opens,
    # and its end printed after the release
    title = (
        "Zeta Therapeutics AG: Phase 3 ALPINE study of zetalimod in ulcerative colitis meets "
        "primary endpoint"
    )
    lead = (
        "Basel, Switzerland, 12 January 2022 – Zeta Therapeutics AG (SIX: ZETA) announced today "
        "that the pivotal Phase 3 ALPINE study of zetalimod, its oral S1P modulator, met its "
        "primary endpoint in patients with ulcerative colitis."
    )
    for label in ("Ad hoc announcement pursuant to Art. 17 MAR", "Inside information"):
        text = (
            f"{label}\n\n{title}\n\n{lead}\n\nContact: Dr. Katharina Brenner\n\n"
            "End of ad hoc announcement\n"
        )
        assert extract_release(text, "doc", "f").release.headline == title


@pytest.mark.parametrize(
    "dateline",
    [
        "Paris, France - March 5, 2020",  # a dash before the date
        "Paris, France - March 5, 2020 - 7:00 am CET",  # and a time of day in lower case
        "Basel, 12 January 2022, 07:00",
    ],
)
def test_a_title_in_sentence_case_under_a_dateline_line_with_a_dash_or_a_time(dateline):
    """The dateline's line, its date after a dash or a time of day after it, ends there: the
    title under it is the headline."""
    title = (
        "Zeta Bio announces positive topline results from Phase 3 LUMIERE trial of zetaparant "
        "in atopic dermatitis"
    )
    lead = (
        "Zeta Bio (Euronext Paris: ZETA) today announced positive topline results from "
        "LUMIERE, its Phase 3 trial of zetaparant in adults with atopic dermatitis."
    )
    text = f"PRESS RELEASE\n{dateline}\n\n{title}\n\n{lead}\n"
    assert extract_release(text, "doc", "f").release.headline == title


def test_quebecs_legal_forms_end_a_company_name_as_printed():
    text = (
        "Zeta Names Chief Financial Officer\n\nMONTRÉAL, March 5, 2010 /CNW Telbec/ - Zeta Pharma "
        "inc. (TSX: ZP) announced today that it has signed a supply agreement with Omega Ltée.\n"
    )
    extraction = extract_release(text, "doc", "f")
    assert extraction.release.issuer == "Zeta Pharma inc."
    assert [o.name for o in extraction.organizations] == ["Omega Ltée"]


def test_a_title_broken_inside_a_phrase_its_lead_prints_goes_on_over_the_break():
    lead = (
        "\n\nBOSTON, May 4, 2012 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced "
        "positive results from its Phase 2 trial of zetamab in patients with moderate asthma.\n"
    )
    title = "Zeta Bio Announces Positive Results from Phase 2\nTrial of Zetamab in Moderate Asthma"
    headline = extract_release(title + lead, "d", "f").release.headline
    assert headline == title.replace("\n", " ")
    # a line the lead does not go on into is no part of the title
    chrome = "Zeta Bio Announces Positive Results from Phase 2\nInvestor Relations Contact"
    assert extract_release(chrome + lead, "d", "f").release.headline == chrome.split("\n")[0]
    # nor is the title part of the date's line above it, whatever the dateline repeats
    dated = (
        "May 4, 2012\nZeta Bio, Inc. Reports Positive Results in Moderate Asthma"
        + lead.replace("/PRNewswire/ ", "")
    )  # ("... 2012 -- Zeta Bio, Inc. ...": the date's line and the title's words in a row)
    assert extract_release(dated, "d", "f").release.headline == (
        "Zeta Bio, Inc. Reports Positive Results in Moderate Asthma"
    )


def test_a_uk_announcements_defined_terms_with_the_article_quoted_are_never_its_title():
    text = (
        'Zeta Pharma Ltd ("Zeta" or "the Company")\n\nZeta Receives £2.5 Million Milestone '
        "Payment from Omega Therapeutics\n\nCambridge, UK, 3 March 2015 - Zeta Pharma Ltd (AIM: "
        "ZTA), the specialty pharmaceutical company, is pleased to announce that it has received "
        "a milestone payment of £2.5 million from its partner Omega Therapeutics.\n"
    )
    headline = extract_release(text, "d", "f").release.headline
    assert headline == "Zeta Receives £2.5 Million Milestone Payment from Omega Therapeutics"
    # a title in a sentence's form under them leaves no title: never the terms' line
    stopped = text.replace("Omega Therapeutics\n\nCambridge", "Omega Therapeutics.\n\nCambridge")
    assert extract_release(stopped, "d", "f").release.headline is None


def test_a_tender_offers_cover_names_no_party_and_a_signature_is_no_title():
    text = (
        "SC 14D9-C 1 d123.htm SC 14D9-C\n\nUNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\n"
        "Zeta Bio, Inc.\n(Name of Subject Company)\n\n"
        "Omega Pharma AG to Acquire Zeta Bio for $12.50 per Share\n\n"
        "BOSTON and BASEL, March 12, 2014 -- Omega Pharma AG (SIX: OMG) and Zeta Bio, Inc. "
        "(NASDAQ: ZETA) today announced that Omega will acquire Zeta for $12.50 per share.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert [o.name for o in extraction.organizations] == ["Zeta Bio, Inc."]
    signed = (
        "Zeta Bio Inc. /DE/ - 8-K - Current Report\n\nItem 7.01 Regulation FD Disclosure.\n\n"
        "On March 12, 2014, Zeta Bio, Inc. issued a press release announcing that it had dosed "
        "the first patient in its Phase 2 trial.\n\nSIGNATURES\n\nZETA BIO, INC.\n"
        "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Chief Financial Officer\n"
    )
    assert extract_release(signed, "d", "x.txt").release.headline is None


def test_a_title_in_sentence_case_over_a_trade_papers_byline_is_the_headline():
    text = (
        "Fierce Biotech\nBiotech\n\nMerevo signs $600M pact with Astellas for eye gene therapy\n"
        "by John Carroll | Jan 5, 2022 9:04am\n\nAstellas has struck a deal with Merevo "
        "Therapeutics worth up to $600 million for rights to MRV-4, a gene therapy for "
        "geographic atrophy.\n\nThe Japanese drugmaker will pay $50 million upfront, Merevo said "
        "in a release.\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert extraction.release.headline == (
        "Merevo signs $600M pact with Astellas for eye gene therapy"
    )
    assert [e.event_type for e in extraction.events] == ["licensing_deal"]


@pytest.mark.parametrize(
    ("line", "city", "wire"),
    [
        ("(BUSINESS WIRE)--Oct. 4, 2006--", None, "BUSINESS WIRE"),
        ("(PRNewswire) - Oct. 4, 2006 -", None, "PRNewswire"),
        ("ZÜRICH (dpa-AFX) - April 7, 2016 -", "ZÜRICH", "dpa-AFX"),
        # the date inside the wire's parentheses, no city before them
        ("(Marketwire - Oct. 4, 2006) -", None, "Marketwire"),
        ("(Marketwired - October 4, 2006) --", None, "Marketwired"),
    ],
)
def test_a_date_between_dashes_after_a_wires_parentheses_dates_the_release(line, city, wire):
    """The date after the wire's tag is the release's, and the lead opens after it: never an
    issuer read from the date ("4" of "Oct. 4, 2006--Zeta Bio, Inc.")."""
    text = (
        f"Zeta Bio Reports Positive Data\n\n{line} Zeta Bio, Inc. (Nasdaq: ZETA) today "
        "announced positive results from its Phase 2 trial of ZT-101 in patients with gout.\n"
    )
    release = extract_release(text, "d", "x.txt").release
    assert (release.published_date, release.dateline_city, release.wire) == (
        dt.date(2006, 10, 4) if "2006" in line else dt.date(2016, 4, 7),
        city,
        wire,
    )
    assert release.issuer == "Zeta Bio, Inc."


def test_a_lead_that_opens_on_a_dates_figures_names_no_issuer_from_them():
    text = "Zeta Data\n\n(Acme Wire) Oct. 4, 2006--Zeta Bio, Inc. (Nasdaq: ZETA) today said so.\n"
    found = find_issuer(text, text.index("4, 2006"))
    assert found is not None and found.name == "Zeta Bio, Inc."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Basel, 3rd of March 2015 -", dt.date(2015, 3, 3)),
        ("LONDON, 21st of June, 2016 --", dt.date(2016, 6, 21)),
    ],
)
def test_a_dateline_with_an_ordinal_day_of_a_month_is_dated(line, day):
    text = (
        f"Zeta Bio Reports Data\n\n{line} Zeta Bio AG (SIX: ZETA) today announced positive "
        "results from its Phase 2 trial of ZT-101 in patients with gout.\n"
    )
    assert parse_dateline(text).published_date == day


def test_a_wires_closing_stamp_in_figures_gives_the_datelines_day_its_year():
    text = (
        "Zeta Signs Agreement for Oral Insulin\n\nSOUTH SAN FRANCISCO, Calif., Nov. 9 "
        "/PRNewswire/ -- Zeta Pharmaceuticals, Inc. (Nasdaq: ZETA) today announced that it has "
        "signed an agreement with Omega Laboratories, Inc., a subsidiary of Omega Group plc "
        "(London: OMG), to co-develop an oral formulation of insulin.\n\n"
        "SOURCE Zeta Pharmaceuticals, Inc.\n\n11/09/1999 08:30 EST http://www.prnewswire.com\n"
    )
    extraction = extract_release(text, "d", "x.txt")
    assert extraction.release.published_date == dt.date(1999, 11, 9)
    assert extraction.release.guessed_date is None
    assert [e.event_type for e in extraction.events] == ["collaboration"]


def test_a_news_archives_labelled_fields_give_the_headline_date_place_and_wire():
    text = (
        "Business Wire\n\nFebruary 14, 2001, Wednesday\n\nHEADLINE: Zeta Licenses ZT-12 to "
        "Omega AG\n\nDATELINE: CAMBRIDGE, Mass.\n\nBODY:\nZeta Inc. (Nasdaq:ZETA) today "
        "announced that it has licensed ZT-12 to Omega AG for the treatment of multiple "
        "sclerosis in Europe and Japan under an exclusive agreement.\n"
    )
    release = extract_release(text, "d", "x.txt").release
    assert (release.headline, release.published_date) == (
        "Zeta Licenses ZT-12 to Omega AG",
        dt.date(2001, 2, 14),
    )
    assert (release.dateline_city, release.dateline_region, release.wire) == (
        "CAMBRIDGE",
        "Mass.",
        "Business Wire",
    )


@pytest.mark.parametrize("mark", ["|", "-"])
def test_a_companys_own_site_name_after_its_title_is_no_part_of_the_headline(mark):
    text = (
        f"Zeta Bio Announces Positive Results from Phase 2 Trial of ZT-101 in Gout {mark} Zeta "
        "Bio, Inc.\n\nBOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) today "
        "announced positive results from its Phase 2 trial of ZT-101 in patients with gout.\n"
    )
    assert extract_release(text, "d", "x.txt").release.headline == (
        "Zeta Bio Announces Positive Results from Phase 2 Trial of ZT-101 in Gout"
    )


@pytest.mark.parametrize(
    "suffix",
    [
        " :: Zeta Bio, Inc. (ZETA)",  # a company site's, with its ticker
        " | News Release | Zeta Bio",  # the page's kind and the site
        " - Press Release - Digital Journal",
    ],
)
def test_a_page_titles_kind_and_site_after_the_title_are_no_part_of_the_headline(suffix):
    text = (
        f"Zeta Bio Announces Positive Results from Phase 2 Trial of ZT-101 in Gout{suffix}\n\n"
        "BOSTON, May 2, 2024 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced "
        "positive results from its Phase 2 trial of ZT-101 in patients with gout.\n"
    )
    assert extract_release(text, "d", "x.txt").release.headline == (
        "Zeta Bio Announces Positive Results from Phase 2 Trial of ZT-101 in Gout"
    )
    # a site's path in slashes, its company's legal form before its ticker, is no title
    text = "Stocks (A to Z) / Stocks Z / Zeta Bio, Inc. (ZETA)\n\n" + text.split("\n\n", 1)[1]
    assert extract_release(text, "d", "x.txt").release.headline is None


@pytest.mark.parametrize(
    ("printed", "phase"),
    [
        ("completing Phase-3 clinical trials", "Phase III"),
        ("a phase-1 clinical study", "Phase I"),
        ("ACME REPORTS FAVORABLE RESULTS OF PHASE II STUDY", "Phase II"),
        # its abbreviation, a figure or numeral after it
        ("a Ph3 trial", "Phase III"),
        ("a Ph. II study", "Phase II"),
        ("Ph2/3 data", "Phase II/III"),
    ],
)
def test_a_phase_with_a_hyphen_or_in_capitals_is_read(printed, phase):
    assert [p.phase for p in find_phases(f"Zeta said {printed} of ZT-101.")] == [phase]


def test_a_doctorate_a_formula_and_acidity_name_no_phase():
    text = "John Doe, Ph.D., used a Ph3P catalyst at pH 7 in the Phase 1 trial."
    assert [p.phase for p in find_phases(text)] == ["Phase I"]  # the trial's alone


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        ("LEIDEN, The Netherlands, 4 May 2012 / 07:30 CET —", "LEIDEN", "The Netherlands"),
        ("LONDON, UK, 4 May 2012 / 7:30 am -", "LONDON", "UK"),
    ],
)
def test_a_time_after_a_slash_closes_the_dateline(line, city, region):
    text = (
        f"Zeta Bio Reports Positive Data\n\n{line} Zeta Bio N.V. (Euronext: ZETA) today "
        "announced positive results from its Phase 2 trial of ZT-101 in patients with gout.\n"
    )
    release = extract_release(text, "d", "x.txt").release
    assert (release.published_date, release.dateline_city, release.dateline_region) == (
        dt.date(2012, 5, 4),
        city,
        region,
    )
    assert release.issuer == "Zeta Bio N.V."


def test_a_title_wrapped_after_its_verbs_clause_is_read_whole():
    def headline(title: str) -> str | None:
        text = (
            f"{title}\nLA JOLLA, Calif., April 4, 2019 /PRNewswire/ -- Lambdagen Inc. (NASDAQ: "
            "LMGN) today announced that Susan Park, its Chief Commercial Officer, presents "
            "results. Ms. Park joins Lambdagen from Merck & Co.\n"
        )
        return extract_release(text, "r" * 64, "file:///x.txt").release.headline

    # the lower line names more of the lead (its person and post) than the upper
    assert headline(
        "Share  Tweet  Email\nLambdagen Appoints Former Merck Executive\nSusan Park as Chief "
        "Commercial Officer\nPublished: Apr 04, 2019"
    ) == ("Lambdagen Appoints Former Merck Executive Susan Park as Chief Commercial Officer")
    # a line with its own verb under a title is never joined to it
    assert "Data Susan" not in (
        headline("Lambdagen Reports Data\nSusan Park Presents Chief Commercial Officer Results")
        or ""
    )
    # an appointment's post alone on the line under it goes on it
    assert headline("Lambdagen Names Susan Park\nChief Commercial Officer") == (
        "Lambdagen Names Susan Park Chief Commercial Officer"
    )
    assert headline(
        "Lambdagen Appoints Susan Park\nSenior Vice President and Chief Commercial Officer"
    ) == ("Lambdagen Appoints Susan Park Senior Vice President and Chief Commercial Officer")


def test_a_typewritten_title_in_capitals_its_company_on_a_line_above_its_verb():
    text = (
        "                              PSI GENETICS INC.\n"
        "                     ANNOUNCES  SECOND  QUARTER  RESULTS\n\n"
        "     SALT LAKE CITY,  Utah,  August 5, 1998 -- Psi Genetics Inc. (Nasdaq: PSIG) today "
        "reported results for the second quarter ended June 30, 1998.\n"
    )
    release = extract_release(text, "r" * 64, "file:///x.txt").release
    assert release.headline == "PSI GENETICS INC. ANNOUNCES SECOND QUARTER RESULTS"
    assert text[release.headline_span_start : release.headline_span_end].startswith("PSI")


def test_a_regulators_approval_of_an_ind_or_a_trial_application_is_no_market_approval():
    """An agency outside the US that approves an IND or CTA lets a trial start: the event is an
    active IND, never a regulatory (marketing) approval; in the headline as in the lead."""
    text = (
        "Zeta Holdings Limited\n\n"
        "APPROVAL OF IND APPLICATION BY THE NMPA FOR ZT-1207 IN LIVER CANCER\n\n"
        "The board of directors of Zeta Holdings Limited is pleased to announce that the "
        'National Medical Products Administration (the "NMPA") has approved the '
        "Investigational New Drug application of ZT-1207.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [e.event_type for e in extraction.events] == ["ind_active"]
    for sentence in (
        "Health Canada has approved the clinical trial application for ZT-88.",
        "The PMDA approved the IND for ZT-88 in adults.",
    ):
        events = extract_release(f"Zeta News\n\n{sentence}\n", "d", "x", []).events
        assert [e.event_type for e in events] == ["ind_active"], sentence
    # the agency's approval of a medicine stays one
    events = extract_release(
        "Zeta News\n\nHealth Canada has approved ZT-88 for adults with gout.\n", "d", "x", []
    ).events
    assert [e.event_type for e in events] == ["regulatory_approval"]


def test_the_host_of_a_meeting_is_no_party_to_what_is_presented_there():
    """The society that holds a meeting names where data are shown, never the company's partner
    in them; a partner named in the same sentence stays one."""
    text = (
        "CHICAGO, June 5, 2022 -- Zeta Bio, Inc. (NASDAQ: ZETA) today presented updated results "
        "from the Phase 1b trial of ZT-305 in an oral presentation at the 2022 American Society "
        "of Clinical Oncology (ASCO) Annual Meeting.\n"
    )
    events = extract_release(text, "d", "x", []).events
    assert [(e.event_type, e.counterparty) for e in events] == [
        ("trial_results", None),
        ("conference_presentation", None),
    ]
    text = (
        "BOSTON, Dec. 9, 2023 -- Zeta Bio, Inc. and its partner Omega Pharma Inc. today "
        "presented results from the Phase 2 trial of ZT-305 at the European Hematology "
        "Association Congress.\n"
    )
    events = extract_release(text, "d", "x", []).events
    assert {e.counterparty for e in events} == {"Omega Pharma"}


def test_a_japanese_notices_header_names_its_listing_and_no_title_as_a_company():
    """The header block of a Japanese notice: the representative's title over the code's
    parenthesis is no company of the ticker's; the code is the Tokyo listing."""
    text = (
        "May 10, 2021\n\nCompany name: Zeta Pharmaceutical Co., Ltd.\n"
        "Representative: Kenji Nakamura, President and CEO\n"
        "(Code number: 4577, Prime Market of the Tokyo Stock Exchange)\n\n"
        "Notice Concerning Conclusion of License Agreement for ZP-1109 with Omega Bio\n\n"
        "Zeta Pharmaceutical Co., Ltd. announced today that it has concluded a license agreement "
        "with Omega Bio, Inc. for ZP-1109.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert [(t.exchange_canonical, t.symbol) for t in extraction.tickers] == [("Tokyo", "4577")]
    assert "CEO" not in [o.name for o in extraction.organizations]
    assert [(p.name, p.title, p.organization) for p in extraction.people] == [
        ("Kenji Nakamura", "President and CEO", "Zeta Pharmaceutical")
    ]


def test_the_frankfurt_exchange_by_its_german_name_beside_an_isin():
    text = "Zeta AG (Frankfurter Wertpapierbörse: ZTA; ISIN: DE000A1X3WW8) today announced"
    found = [(t.exchange_canonical, t.symbol) for t in find_tickers(text)]
    assert found == [("Frankfurt", "ZTA")]


def test_a_symbol_a_sentence_names_after_its_exchange_is_a_listing():
    """An offering's release names the symbol its shares will trade under in words, after the
    exchange; with no exchange in its sentence the symbol lists nowhere."""
    text = (
        "Zeta Announces Pricing of Initial Public Offering\n\nSAN DIEGO, June 16, 2021 -- Zeta "
        "Therapeutics, Inc. today announced the pricing of its initial public offering. The "
        "shares are expected to begin trading on the Nasdaq Global Select Market on June 17, "
        'under the ticker symbol "ZETA." Its warrants will trade under the symbol "ZETAW".\n'
    )
    tickers = extract_release(text, "d", "x", []).tickers
    assert [(t.exchange, t.exchange_canonical, t.symbol, t.rule) for t in tickers] == [
        ("Nasdaq Global Select Market", "Nasdaq", "ZETA", "ticker_symbol_named")
    ]
    assert text[tickers[0].span_start : tickers[0].span_end] == "ZETA"


def test_a_feeds_labelled_ticker_and_exchange_lines_are_a_listing():
    """ "Ticker: ZNTH" over "Exchange: NASDAQ" in a feed's header is Nasdaq ZNTH; an exchange
    no list knows, or a symbol line alone, lists nothing."""
    found = find_tickers("Ticker: ZNTH\nExchange: NASDAQ\nRelease date: 2015-06-02\n\nZenith ...")
    assert [(t.exchange_canonical, t.symbol, t.rule) for t in found] == [
        ("Nasdaq", "ZNTH", "ticker_labelled_lines")
    ]
    assert find_tickers("Ticker: ZNTH\nExchange: Moon Board\n") == []
    assert find_tickers("Symbol: ZNTH\n\nZenith Biologics today announced ...") == []


def test_a_story_opening_on_its_undated_dateline_keeps_the_title_below_its_lead():
    text = (
        "NEW YORK — Zeta Pharmaceuticals Inc. (NYSE: ZETA) said on Tuesday that its chief "
        "financial officer, Mark Olsen, will resign effective March 31 to pursue other "
        "opportunities, and that the company has begun a search for his successor.\n\n"
        "Zeta CFO Mark Olsen to Step Down\n\n"
        "Olsen joined Zeta in 2016. Controller Anita Rao will serve as interim CFO.\n"
    )
    extraction = extract_release(text, "d", "x", [])
    assert extraction.release.dateline_city == "NEW YORK"
    assert extraction.release.headline == "Zeta CFO Mark Olsen to Step Down"
    assert "executive_change" in [e.event_type for e in extraction.events]


def test_an_exchange_whose_name_holds_a_digit_lists_its_symbol():
    found = find_tickers("Farmacia Nova S.A. (B3: FNVA3) today reported ...")
    assert [(t.exchange_canonical, t.symbol) for t in found] == [("B3", "FNVA3")]
    found = find_tickers("Zeta S.A.B. (BMV: ZETA, Bovespa: ZETA4) said ...")
    assert [(t.exchange_canonical, t.symbol) for t in found] == [("BMV", "ZETA"), ("B3", "ZETA4")]
    assert find_tickers("in the trial (Phase 3: ZETA-301) the drug ...") == []


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Q2 2023 financial results", "revenue of EUR 8.1 million for the second quarter of 2023"),
        ("Interim report 1H 2022", "a net loss of SEK 40 million for the first half of 2022"),
    ],
)
def test_a_reports_title_by_its_periods_abbreviation_names_its_lead(title, lead):
    text = (
        f"{title}\n\nUppsala, Sweden; 9 August 2023; 08.00 CET - Norrvik Bio AB (Nasdaq "
        f"Stockholm: NORR) today reported {lead}, and its cash position at the end of the "
        "period was unchanged from the previous one.\n"
    )
    assert extract_release(text, "d", "x", []).release.headline == title


def test_a_line_of_a_period_that_names_no_lead_is_no_title():
    text = (
        "Q3 2024\n\nUppsala, Sweden; 9 August 2023; 08.00 CET - Norrvik Bio AB (Nasdaq "
        "Stockholm: NORR) today announced the appointment of Karin Ek as its chief "
        "medical officer, effective on the first of September of this year.\n"
    )
    assert extract_release(text, "d", "x", []).release.headline is None


def test_a_pages_title_framed_by_the_company_and_day_yields_the_bare_title_printed_below():
    title = "Zeta Announces Strategic Collaboration with Omega to Co-Develop T-cell Therapies"
    text = (
        f"Zeta Ltd. - {title} - Jan 14, 2020\n\n{title}\n\nPHILADELPHIA, Jan. 14, 2020 "
        "(GLOBE NEWSWIRE) -- Zeta Therapeutics plc (Nasdaq: ZETA) today announced a strategic "
        "collaboration with Omega Pharma Inc. to co-develop T-cell therapies.\n"
    )
    assert extract_release(text, "d", "x", []).release.headline == title
    # a line inside the title that no mark sets apart is no reprint of it
    text = (
        "Zeta Bio and Omega Pharma Sign License Agreement for ZB-1 in Japan\n\n"
        "Omega Pharma Sign License Agreement for ZB-1\n\n"
        "BOSTON, Jan. 14, 2020 -- Zeta Bio, Inc. (Nasdaq: ZETA) and Omega Pharma Inc. today "
        "announced a license agreement for ZB-1 in Japan.\n"
    )
    assert (
        extract_release(text, "d", "x", []).release.headline
        == "Zeta Bio and Omega Pharma Sign License Agreement for ZB-1 in Japan"
    )


def test_a_title_ending_in_a_spaced_code_is_no_address_line():
    text = (
        "Zeta Begins Dosing of ZB 0611 in Healthy Volunteers\n\nBOSTON, Jan. 4, 2024 -- Zeta "
        "Bio, Inc. today announced it has begun dosing ZB 0611 in healthy volunteers.\n"
    )
    assert extract_release(text, "d", "x", []).release.headline == (
        "Zeta Begins Dosing of ZB 0611 in Healthy Volunteers"
    )
    text = text.replace(" in Healthy Volunteers\n", "\n")  # the code ends the line
    assert extract_release(text, "d", "x", []).release.headline == "Zeta Begins Dosing of ZB 0611"


def test_latin_american_and_central_european_exchanges_list_their_symbols():
    found = find_tickers("Andino S.A. (BVC: GFAND) and Ostrava a.s. (Prague Stock Exchange: OSTB)")
    assert [(t.exchange_canonical, t.symbol) for t in found] == [
        ("BVC", "GFAND"),
        ("Prague", "OSTB"),
    ]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        # a title with its heading's verb over a longer deck that names more of the lead
        (
            "Zeta Oncology Announces CEO Transition\n\nDr. Harold Roe to retire; Board appoints "
            "President and Chief Operating Officer Lauren M. Doe as next Chief Executive Officer",
            "Zeta Oncology Announces CEO Transition",
        ),
        # an EQS page's line of key words over the title is chrome
        (
            "Zeta Pharma AG / Key word(s): Study results\n\nZeta Pharma AG: Phase III study "
            "ZETA-1 of zetarelin in endometriosis-associated pain meets primary endpoint",
            "Zeta Pharma AG: Phase III study ZETA-1 of zetarelin in endometriosis-associated pain "
            "meets primary endpoint",
        ),
    ],
)
def test_a_title_over_its_long_deck_and_an_eqs_key_word_line(top, headline):
    lead = (
        "NORFOLK, Va., March 1, 2024 -- Zeta Pharma AG and Zeta Oncology, Inc. (Nasdaq: ZETA) "
        "today announced that Harold Roe, Ph.D., will retire as Chief Executive Officer effective "
        "April 30, 2024. The Board has appointed Lauren M. Doe, currently President and Chief "
        "Operating Officer, to succeed Dr. Roe as Chief Executive Officer. The Phase III study "
        "ZETA-1 of zetarelin met its primary endpoint in endometriosis-associated pain.\n"
    )
    text = f"{top}\n\n{lead}"
    assert extract_release(text, "d", "f").release.headline == headline


def test_an_exchange_filings_cover_letter_opens_the_lead_past_its_salutation():
    text = (
        "Zeta Sciences Ltd.\nCorporate Office: 14 Marine Drive, Mumbai 400020\n\n"
        "BSE Limited\nScrip Code: 524999\n\nSub: Press Release\n\nDear Sir/Madam,\n\n"
        'Please find enclosed the press release titled "Zeta receives USFDA approval for '
        'Apixaban Tablets".\n\nZeta Sciences Ltd. has received final approval from the United '
        "States Food and Drug Administration (USFDA) to market Apixaban Tablets, 2.5 mg and 5 "
        "mg.\n\nThanking you,\nFor Zeta Sciences Ltd.\nRakesh Menon\nCompany Secretary\n"
    )
    extraction = extract_release(text, "d", "f")
    assert [(e.event_type, e.compound) for e in extraction.events] == [
        ("regulatory_approval", "apixaban")  # the generic, in lower case
    ]
    # the signatory over a title whose first word is a legal form's ("Company") is a person
    assert [p.name for p in extraction.people] == ["Rakesh Menon"]


def test_a_letterheads_company_with_its_listing_is_no_headline():
    text = (
        "Zeta Pharma Limited (ASX:ZTA)\nASX ANNOUNCEMENT\n\nZeta receives Notice of Allowance for "
        "key US patent covering ZT-3\n\n21 July 2020\n\nZeta Pharma Limited (ASX: ZTA) is pleased "
        "to advise that the USPTO has issued a Notice of Allowance for a patent covering ZT-3.\n"
    )
    assert extract_release(text, "d", "f").release.headline == (
        "Zeta receives Notice of Allowance for key US patent covering ZT-3"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zeta Bio announced that its IND for ZB-12 is now in effect.", ["ind_active"]),
        ("Zeta Bio said it expects the IND for ZB-12 to be in effect by year-end.", []),
        # a trial's permit approved is no drug's approval, named before the verb or after it
        (
            "Zeta Bio announced that its CTA for ZB-12 has been approved by the MHRA.",
            ["ind_active"],
        ),
        (
            "Zeta Bio has sold its royalty interest in ZB-12 to Omega for $100 million.",
            ["financing"],
        ),
        ("Zeta Bio plans to sell royalty rights only if its cash runs low.", []),
        # a clause its year dates is the sentence's history
        (
            "Zeta Bio reported revenue for the quarter; in 2014 it sold its royalty interest in "
            "ZB-12 to Omega.",
            ["earnings"],
        ),
        (
            "Zeta Bio announced a reverse merger with Omega Corp., a private company.",
            ["acquisition"],
        ),
        ("Zeta Bio announced the closing of its upsized IPO.", ["financing"]),
        (
            "Zeta Bio announced the retirement of Chief Executive Officer John Doe.",
            ["executive_change"],
        ),
        (
            "Zeta Bio has filed a New Drug Submission with Health Canada for ZB-12.",
            ["regulatory_submission"],
        ),
    ],
)
def test_permits_royalty_sales_reverse_mergers_ipos_retirements_and_canadian_filings(
    sentence, expected
):
    text = f"Zeta News\n\nBOSTON, May 4, 2016 /PRNewswire/ -- {sentence}\n"
    events = sorted(
        {e.event_type for e in extract_release(text, "d", "x", []).events if e.announced}
    )
    assert events == expected


def test_a_contacts_address_takes_no_person_named_before_the_contacts_section():
    text = (
        "Velmora Appoints Chief Scientific Officer\n\nLEIDEN, The Netherlands, 2 September 2019 "
        "- Velmora N.V. (Euronext Amsterdam: VLM) today announces the appointment of Dr. Marta "
        'Lindqvist as Chief Scientific Officer.\n\n"Marta brings deep expertise," said Johan van '
        "Rijn, CEO of Velmora.\n\nFor further information:\nVelmora N.V.\nInvestor Relations\n"
        "ir@velmora.nl\n\nMedia:\nAnna Smit\nanna.smit@velmora.nl\n"
    )
    contacts = extract_release(text, "p" * 64, "file:///z.txt", []).contacts
    assert [(c.value, c.person) for c in contacts] == [
        ("ir@velmora.nl", None),
        ("anna.smit@velmora.nl", "Anna Smit"),  # a name inside the section still is
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
        "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION IN WHOLE OR IN PART IN AUSTRALIA",
        "EMBARGOED UNTIL 07:00 CET ON MONDAY 17 MAY 2021",
    ],
)
def test_a_distribution_or_embargo_legend_over_the_title_is_no_headline(legend):
    text = (
        f"{legend}\n\nZeta Bio Announces C$12 Million Bought Deal Financing\n\nVANCOUVER, "
        "British Columbia, May 17, 2021 (GLOBE NEWSWIRE) -- Zeta Bio Inc. (TSX-V: ZTA) (OTCQB: "
        'ZTAF) ("Zeta" or the "Company") is pleased to announce that it has entered into an '
        "agreement with Canaccord Genuity Corp. under which the underwriters have agreed to "
        "purchase units.\n"
    )
    release = extract_release(text, "l" * 64, "file:///x.txt").release
    assert release.headline == "Zeta Bio Announces C$12 Million Bought Deal Financing"


@pytest.mark.parametrize(
    "stamp, published",
    [
        # a wire page's stamp, run in
        ("March 4, 2021 09:00 AM Eastern Standard Time ", dt.date(2021, 3, 4)),
        # a page's stamp and its source label, run in
        ("Jun 2, 2003, 08:30 ET from Zeta Bio ", dt.date(2003, 6, 2)),
    ],
)
def test_a_page_stamp_run_into_the_lead_is_no_part_of_the_issuer(stamp, published):
    text = (
        "Zeta Bio Announces Positive Results From Its Phase 2 Trial Of ZB-101\n\n"
        f"{stamp}Zeta Bio, Inc. (Nasdaq: ZETA) today announced positive results from its Phase 2 "
        "trial of ZB-101 in patients with asthma, the company said.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.issuer, release.published_date) == ("Zeta Bio, Inc.", published)


@pytest.mark.parametrize(
    "lead, issuer",
    [
        (
            "SINGAPORE, 21 February 2017 - Zuellig Bioscience Pte. Ltd., a Singapore-based "
            "company, has signed an option agreement.",
            "Zuellig Bioscience Pte. Ltd.",
        ),
        (
            "KUALA LUMPUR, 21 February 2017 - Zuellig Bioscience Sdn. Bhd. has signed an option "
            "agreement.",
            "Zuellig Bioscience Sdn. Bhd.",
        ),
    ],
)
def test_a_legal_forms_first_word_and_its_stop_end_no_sentence_before_the_name(lead, issuer):
    found = find_issuer(lead, lead.index(" - ") + 3)
    assert found is not None and found.name == issuer


def test_a_german_article_before_a_bilingual_leads_company_is_no_part_of_its_name():
    lead = (
        "Leipzig, 14. Oktober 2022 / Leipzig, October 14, 2022 - Die Medelin Biotech SE (FSE: "
        "MDB) gibt bekannt / Medelin Biotech SE (FSE: MDB) today announced an approval."
    )
    found = find_issuer(lead, lead.index(" - ") + 3)
    assert found is not None and found.name == "Medelin Biotech SE"


@pytest.mark.parametrize(
    "chrome",
    [
        "2021-05-04 | Zeta Bio Licenses ZT-1 to Omega",
        "May 4, 2021 – Zeta Bio Licenses ZT-1 to Omega",
        "05/04/2021 | Zeta Bio Licenses ZT-1 to Omega",
        "News provided by\nZeta Bio, Inc.\nMay 04, 2021, 08:00 ET\nZeta Bio Licenses ZT-1 to Omega",
    ],
)
def test_a_pages_date_before_the_title_and_its_provider_line_are_no_part_of_it(chrome):
    text = chrome + (
        "\n\nBOSTON, May 4, 2021 /PRNewswire/ -- Zeta Bio, Inc. (Nasdaq: ZETA) today announced "
        "that it has entered into a license agreement with Omega Corp. for ZT-1 in oncology.\n"
    )
    release = extract_release(text, "doc", "file:///x.txt").release
    assert release.headline == "Zeta Bio Licenses ZT-1 to Omega"


def test_a_nordic_reports_title_over_its_company_and_period_headings():
    text = (
        "Interim report January–March 2023\n\nOrexa AB (publ)\n\nFirst quarter 2023\n"
        "• Net sales amounted to SEK 48.2 million (31.6)\n"
        "• Operating loss amounted to SEK -22.4 million (-35.1)\n\n"
        "Significant events during the quarter\n"
        "• Orexa signed a licensing agreement with Hikari Pharma for OX-12 in Japan.\n\n"
        "Stockholm, 27 April 2023\nOrexa AB (publ)\n"
    )
    release = extract_release(text, "d", "x.txt").release
    assert release.headline == "Interim report January–March 2023"
    # a company's line with its mark and a period's heading are never the title
    from transform.headline import PERIOD_HEADING, _company_line

    assert PERIOD_HEADING.fullmatch("Second quarter (April - June 2023)")
    assert not PERIOD_HEADING.fullmatch("First Quarter 2023 Financial Results")
    from transform.headline import LISTING_ENDS

    assert _company_line(LISTING_ENDS.sub("", "Orexa AB (publ)"))


@pytest.mark.parametrize(
    "sentence",
    [
        "the Ministry of Food and Drug Safety (MFDS) has granted approval for ZT-88 in gout.",
        "the Brazilian Health Regulatory Agency (ANVISA) has approved ZT-88 for gout.",
        "COFEPRIS approved ZT-88 for adults with gout.",
        "the Central Drugs Standard Control Organisation granted marketing authorisation to ZT-88.",
    ],
)
def test_a_national_medicines_regulators_approval_is_a_regulatory_approval(sentence):
    """Any medicines regulator regulators.csv marks, by its name or its initials, approves a
    medicine as the FDA does; a legislature's or a competition authority's approval is none."""
    text = f"Zeta News\n\nSEOUL, June 3, 2021 -- Zeta Bio Co., Ltd. announced that {sentence}\n"
    events = extract_release(text, "d", "x", []).events
    assert [e.event_type for e in events] == ["regulatory_approval"]
    for other in (
        "the Korea Fair Trade Commission approved the merger of Zeta and Omega.",
        "the U.S. Congress approved funding for ZT-88.",
    ):
        text = f"Zeta News\n\nSEOUL, June 3, 2021 -- Zeta Bio Co., Ltd. announced that {other}\n"
        events = extract_release(text, "d", "x", []).events
        assert "regulatory_approval" not in [e.event_type for e in events], other


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("it received IND approval from the NMPA for ZT-1201 in gastric cancer.", ["ind_active"]),
        (
            "the investigational new drug application for ZT-1201, a Claudin 18.2-targeted "
            "antibody-drug conjugate, has been approved by the National Medical Products "
            "Administration.",
            ["ind_active"],
        ),
        ("the IND for ZT-1201 was approved by the PMDA.", ["ind_active"]),
        # an approval sought or expected is none yet; a drug's approval stays one
        ("it is seeking IND approval from the FDA for ZT-1201.", []),
        ("it expects IND approval from the NMPA in 2023.", []),
        ("ZT-1201 has been approved by the FDA for gastric cancer.", ["regulatory_approval"]),
    ],
)
def test_an_ind_approved_by_a_regulator_is_an_active_ind(sentence, expected):
    """An IND "approval" (China's and Japan's word for an IND the regulator lets run), named
    before the regulator or with the drug described between, is an active IND, never a
    marketing approval."""
    text = f"Zeta News\n\nSHANGHAI, June 8, 2022 -- Zeta Bio Ltd. announced that {sentence}\n"
    assert [e.event_type for e in extract_release(text, "d", "x", []).events] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("reported results for its third fiscal quarter ended March 31, 1999.", ["earnings"]),
        ("reported results for its fiscal 2020 fourth quarter.", ["earnings"]),
        ("reported positive results from its Phase 2 trial of ZT-1.", ["trial_results"]),
    ],
)
def test_results_for_a_fiscal_period_are_earnings_never_a_trials(sentence, expected):
    """ "results for its third fiscal quarter" are the company's, in any order of the period's
    words: earnings, never trial results."""
    text = f"Zeta News\n\nBOSTON, May 12, 1999 -- Zeta Bio, Inc. (NASDAQ: ZETA) today {sentence}\n"
    assert [e.event_type for e in extract_release(text, "d", "x", []).events] == expected


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        # a page's title with the wire's name glued on, though the dateline names the wire
        (
            "Zeta Receives Orphan Drug Designation for ZT-19 in Duchenne Muscular Dystrophy\n"
            "Zeta Receives Orphan Drug Designation for ZT-19 in Duchenne Muscular Dystrophy | "
            "Business Wire\n\n",
            "Zeta Receives Orphan Drug Designation for ZT-19 in Duchenne Muscular Dystrophy",
        ),
        # a forwarded mail's subject, cut short, over the release's own title
        (
            "From: desk@wire.example\nSubject: FW: Zeta Receives Orphan Drug Designation\n\n"
            "-----Original Message-----\n\n"
            "Zeta Receives Orphan Drug Designation for ZT-19 in Duchenne Muscular Dystrophy\n\n",
            "Zeta Receives Orphan Drug Designation for ZT-19 in Duchenne Muscular Dystrophy",
        ),
        # a title over three lines, a drug's code in the last (no figure that ends a title)
        (
            "Exhibit 99.1\n\nZeta Bio and\nOmega Pharma Announce Global Licensing\n"
            "Agreement for ZT-1120\n\n",
            "Zeta Bio and Omega Pharma Announce Global Licensing Agreement for ZT-1120",
        ),
    ],
)
def test_a_headline_without_the_wire_a_mails_marks_or_its_last_line_cut(header, headline):
    text = header + (
        "BOSTON--(BUSINESS WIRE)--Feb. 14, 2023-- Zeta Bio, Inc. (Nasdaq: ZETA) today announced "
        "that the FDA granted Orphan Drug Designation to ZT-19, licensed from Omega Pharma in "
        "2017, for the treatment of Duchenne muscular dystrophy.\n"
    )
    assert extract_release(text, "doc", "zeta.txt").release.headline == headline


def test_a_lead_of_the_board_in_lower_case_names_its_company_and_english_words_none():
    """ "The board of directors of Zeta Bio Limited is pleased to announce": the company, in lower
    case as in title case; a headline's passive subject of English words ("Positive Results
    Announced for ZT-1") named nowhere below is no issuer."""
    text = (
        "Positive Results Announced for ZT-1 in Gout\n\nBOSTON, May 12, 2021 -- The board of "
        "directors of Zeta Bio Limited (the Company) is pleased to announce positive results "
        "from its Phase 2 trial of ZT-1 in gout.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer == "Zeta Bio Limited"
    text = (
        "Positive Results Announced for ZT-1 in Gout\n\nBOSTON, May 12, 2021 -- the Board "
        "announced positive results from the Phase 2 trial of ZT-1 in gout and thanked the "
        "investigators and all of the patients.\n"
    )
    assert extract_release(text, "d", "x", []).release.issuer is None
    # a company of English words named again below stays the issuer
    text = (
        "Second Sight Announces Results for ZT-1 in Gout\n\nBOSTON, May 12, 2021 -- Second "
        "Sight Medical Products, Inc. today announced results from its Phase 2 trial of ZT-1 "
        "in gout, and Second Sight will present them in June.\n"
    )
    assert (
        extract_release(text, "d", "x", []).release.issuer == "Second Sight Medical Products, Inc."
    )


def test_a_vendors_instrument_code_names_the_market_by_its_suffix():
    text = (
        "Shares of Merrow Biotech Inc. (MRWB.O) rose after a report that Penrose Pharmaceuticals "
        "(PNRS.N) and Astellas (4503.T) bid; in the US (U.S) Zeta (ZT.QQ) is listed nowhere.\n"
    )
    found = [(t.exchange, t.exchange_canonical, t.symbol, t.rule) for t in find_tickers(text)]
    assert found == [
        (".O", "Nasdaq", "MRWB", "ticker_vendor_code"),
        (".N", "NYSE", "PNRS", "ticker_vendor_code"),
        (".T", "Tokyo", "4503", "ticker_vendor_code"),
    ]
