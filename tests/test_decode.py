import datetime as dt
import re

import pytest

from transform import clean_document, extract_release
from transform.decode import DecodedText, Rejection, decode_document
from transform.normalize import normalize_text
from transform.screen import letters_and_visible, other_script_reason

RELEASE = (
    "Acme Bio Starts Phase II Trial\n\n"
    "BOSTON, Mass., May 2, 2019 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACME) today "
    "announced that it has dosed the first patient in a Phase II trial of AB-101. "
    "“We’re pleased,” said Jane Doe, Chief Executive Officer. The trial will enroll "
    "about 120 patients with gastric cancer at sites in the US and Europe. "
    "About Acme Bio: Acme Bio develops antibody-drug conjugates for solid tumors."
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def test_utf8_release_decodes_as_plain_text():
    decoded = decode_document(RELEASE.encode("utf-8"), "acme.txt")
    assert isinstance(decoded, DecodedText)
    assert (decoded.encoding, decoded.content_type) == ("utf-8", "text/plain")
    assert decoded.text == RELEASE


def test_cp1252_smart_quotes_decode_to_the_same_text():
    decoded = decode_document(RELEASE.encode("cp1252"), "acme.txt")
    assert isinstance(decoded, DecodedText)
    assert decoded.encoding == "cp1252"
    assert "“We’re pleased,”" in decoded.text


def test_utf16_with_bom_decodes():
    decoded = decode_document(RELEASE.encode("utf-16"), "acme.txt")
    assert isinstance(decoded, DecodedText) and decoded.text == RELEASE


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (PNG_HEADER + b"\x00" * 64, "binary"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_non_text_is_rejected_with_its_reason(raw, reason):
    rejection = decode_document(raw, "x.txt")
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason


def test_png_rejection_names_the_format():
    rejection = decode_document(PNG_HEADER, "logo.png")
    assert rejection == Rejection("binary", "PNG image, not a text document")


def test_html_page_becomes_its_visible_text():
    html = (
        "<html><head><title>Acme Bio Starts Phase II Trial</title><style>p{}</style></head>"
        "<body><nav>Home | Investors</nav><p>BOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. "
        "announced a trial.</p><script>var x = 1;</script><p>Second paragraph.</p></body></html>"
    )
    decoded = decode_document(html.encode(), "page.html")
    assert isinstance(decoded, DecodedText) and decoded.content_type == "text/html"
    assert decoded.text == (
        "Acme Bio Starts Phase II Trial\n\nBOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. "
        "announced a trial.\nSecond paragraph."
    )


def test_short_or_tabular_text_is_not_a_release():
    assert clean_document(b"ticker,price\nIMGN,4.10\nAMGN,180.2\n", "prices.csv") == Rejection(
        "not_a_release", "only 4 words; a press release has at least 30"
    )
    numbers = ("12,345 67,890 " * 200).encode()
    rejection = clean_document(numbers, "numbers.txt")
    assert isinstance(rejection, Rejection) and rejection.reason == "not_a_release"


def test_text_of_mostly_digits_or_a_bare_list_is_not_a_release():
    table = " ".join(f"Row{i} 1234567 8901234" for i in range(40)).encode()
    assert clean_document(table, "table.txt") == Rejection(
        "not_a_release", "only 16% of the characters are letters"
    )
    listing = "\n".join(f"Alpha Beta Gamma Delta item {i}" for i in range(12)).encode()
    assert clean_document(listing, "list.txt") == Rejection(
        "not_a_release", "no running sentences; looks like a list, table or data file"
    )


def test_a_wires_brief_in_points_under_its_dateline_is_a_release():
    brief = (
        " date 2020-04 April 23 (Reuters) - Zeta Pharmaceutical Co Ltd:\n\n* OMEGA BIOLOGICS AND "
        "ZETA ENTER GLOBAL LICENSING AGREEMENT TO DEVELOP NOVEL PLASMA-DERIVED THERAPY BASED ON "
        "INHIBITOR PROTEINS (IAIP)\n\n* ZETA PHARMACEUTICAL CO LTD - FINANCIAL TERMS OF LICENSING "
        "AGREEMENT ARE NOT BEING DISCLOSED\n"
    )
    cleaned = clean_document(brief.encode(), "brief.txt")
    assert not isinstance(cleaned, Rejection)
    release = extract_release(cleaned.text, "doc", "brief.txt").release
    assert (release.issuer, release.wire, release.published_date) == (
        "Zeta Pharmaceutical Co Ltd",
        "Reuters",
        dt.date(2020, 4, 23),
    )


def test_news_briefs_each_opening_with_a_company_seated_by_its_city_are_no_release():
    briefs = "Life sciences news briefs (October 27, 2003)\n\n" + "".join(
        f"{title}\n\n{name} ({city}) {rest}\n\n"
        for title, name, city, rest in (
            ("Zeta presents data", "Zeta Pharma", "Laval", "presented the results of its trial."),
            ("Omega signs deal", "Omega Pharma", "Vancouver", "and Sigma announced a partnership."),
            ("Kappa files", "Kappa", "Toronto", "filed for approval of a phase II clinical trial."),
            ("Delta update", "Delta Biotech", "Edmonton", "announced that its drug worked well."),
        )
    )
    assert clean_document(briefs.encode(), "briefs.txt") == Rejection(
        "not_a_release",
        "a table or digest of 4 companies' news (a line opens with each), not one release",
    )
    # or seated after "of", its city printed without its accents ("Horsholm" of "Hørsholm")
    bullets = "".join(
        f"• {name}, of {city}, {rest}\n\n"
        for name, city, rest in (
            ("7ZM Pharma", "Horsholm, Denmark", "received an undisclosed milestone payment."),
            ("Omegeta", "Oslo, Norway", "said its candidate met the primary endpoint."),
            ("Sigmacortech", "Paris", "signed an agreement with Columbia University."),
            ("Kappaenvision", "Edinburgh, UK", "said the EMA adopted a positive opinion."),
        )
    )
    assert clean_document(bullets.encode(), "bullets.txt") == Rejection(
        "not_a_release",
        "a table or digest of 4 companies' news (a line opens with each), not one release",
    )
    # a release names its own company and its city once, and a partner's: it is read
    release = (
        "Zeta Pharma Signs License Agreement\n\nLAVAL, Quebec, May 2, 2019 -- Zeta Pharma "
        "(Laval) and Omega Pharma (Vancouver) today signed an agreement. " + ENGLISH * 2
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_table_or_digest_of_many_companies_deals_is_not_a_release():
    rows = [
        ("Zeta Bio Inc. (ZETA)", "Omega Pharma Corp. (NYSE:OMG)"),
        ("Kappa Therapeutics plc (UK)", "Sigma Labs Ltd.*"),
        ("Delta Genomics AG* (Switzerland)", "Theta Biotech SA (Spain)"),
    ]
    table = "Company* (Country, Symbol)\n\nPartner\n\nTerms/Details (Date)\n\n" + "".join(
        f"{a}\n\n{b}\n\nLicense agreement for a compound to treat a disease; the partner "
        "will pay an up-front fee and milestone payments (11/28)\n\n"
        for a, b in rows
    )
    assert clean_document(table.encode(), "deals.txt") == Rejection(
        "not_a_release",
        "a table or digest of 6 companies' news (a line opens with each), not one release",
    )
    # a release's own contact block and its partner's name open lines too: it is read
    release = (
        "Zeta Bio Inc. and Omega Pharma Corp. Sign License Agreement\n\nBOSTON, May 2, 2019 -- "
        + ENGLISH * 2
        + "\n\nAbout Zeta Bio Inc.\nZeta Bio Inc. develops drugs.\n\nOmega Pharma Corp.\n"
        "Contact: Jane Roe\n"
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)
    # a trade paper's briefs, each under its own city, and a roundup's bulleted items
    briefs = "".join(
        f"{city} – {name} raised $12 million in a series A round to develop its lead drug "
        "candidate for patients with a rare disease.\n"
        for city, name in (
            ("PARIS", "Zeta SAS"),
            ("DUBLIN", "Omega Aps"),
            ("PERTH, Australia", "Kappa Ltd."),
        )
    )
    assert clean_document(briefs.encode(), "briefs.txt") == Rejection(
        "not_a_release", "a digest of 3 briefs, each under its own dateline's city, not one release"
    )
    roundup = "".join(
        f"• {name}, of Boston, said it began a Phase II trial of its lead drug in 120 patients.\n"
        for name in ("Zeta Bio Inc.", "Omega Pharma Corp.", "Kappa Labs Ltd.", "Sigma Bio plc")
    )
    assert clean_document(roundup.encode(), "roundup.txt") == Rejection(
        "not_a_release",
        "a table or digest of 4 companies' news (a line opens with each), not one release",
    )
    # its bullets decoded in the wrong code page: "¿ Zeta Bio Inc., of Boston, ..."
    assert clean_document(roundup.replace("•", "¿").encode(), "roundup.txt") == Rejection(
        "not_a_release",
        "a table or digest of 4 companies' news (a line opens with each), not one release",
    )


def test_a_deal_table_in_columns_is_not_a_release_but_a_releases_financial_table_is():
    table = (
        "Biotech | Pharma | Type/Product Area | Amount | Terms/Details (Month) |\n"
        "Company** | Company | |||\n"
        "Zeta Inc. | Omega Corp. | Series of agreements | ND | Companies will cooperate |\n"
        "Kappa and Co. | License agreement | ND | 3-year agreement; Kappa gets access |\n"
        + ENGLISH
        * 2
    )
    assert clean_document(table.encode(), "deals.txt") == Rejection(
        "not_a_release",
        "a table of deals (a row of columns names the companies and the terms), not one release",
    )
    release = (
        "Zeta Bio Reports First Quarter Results\n\nBOSTON, May 2, 2019 -- "
        + ENGLISH * 2
        + "\n| | Three Months Ended | Amount |\n| Revenue | $5.1 | $4.2 |\n"
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_filings_note_on_its_accounts_is_not_a_release_but_an_earnings_release_is():
    note = (
        "License and Collaboration Agreements | Asset Contribution Agreement with Omega In April "
        "2018, the Company entered into an agreement with Omega pursuant to which the Company "
        "acquired certain assets. The Company is required to make milestone payments upon "
        "completion of regulatory milestones of up to $840.0 million. No milestone or royalty "
        "payments were made in the three and nine months ended September 30, 2024 or 2023. "
        "Omega is also eligible to receive royalties in single-digit percentages on net sales."
    )
    assert clean_document(note.encode(), "note.txt") == Rejection(
        "not_a_release",
        'a filing\'s note on its accounts ("the Company", the periods ended and the '
        "accounting's terms), not a release",
    )
    earnings = "BOSTON, May 2, 2024 -- Zeta Bio Inc. today reported results. " + note
    assert not isinstance(clean_document(earnings.encode(), "release.txt"), Rejection)


def test_a_clause_sites_contract_clauses_are_not_a_release_but_a_release_on_a_deal_is():
    clauses = (
        "Approval Milestone. Zeta shall pay to Supplier a milestone payment equal to $500,000 "
        "upon Zeta receiving the first PMA approval from the FDA to market the Company Product "
        "within the Field in the United States. Approval Milestone. Within thirty (30) days of "
        "the achievement of the Approval Milestone Event (as defined in the Equity Agreement), "
        "Omega will pay to Beta one of the following: (i) cash, or (ii) shares.\n"
    )
    assert clean_document(clauses.encode(), "clauses.txt") == Rejection(
        "not_a_release",
        "a contract's clauses (a party that shall pay, in drafting terms), not a release",
    )
    release = (
        "Zeta Signs Deal\nBOSTON, May 2, 2024 -- Zeta Bio Inc. today announced that Omega shall "
        "pay Zeta $5 million within thirty (30) days of signing. " + ENGLISH
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


GERMAN = (
    "Die Zeta Bio AG gab heute bekannt, dass der erste Patient in der klinischen Studie der "
    "Phase 2 mit dem Wirkstoff ZB-1 behandelt wurde. Die Studie untersucht die Sicherheit und "
    "Wirksamkeit bei Patienten mit Asthma. Der Vorstand erwartet erste Ergebnisse im Jahr 2025. "
)
ENGLISH = (
    "Zeta Bio AG today announced that the first patient has been treated in the Phase 2 "
    "clinical trial of ZB-1. The study will assess the safety and efficacy of the compound in "
    "patients with asthma, and the board expects the first results in 2025. "
)


def test_a_release_in_another_language_is_quarantined_as_not_english():
    assert clean_document(GERMAN.encode() * 2, "de.txt") == Rejection(
        "not_english", "not in English (2.4% of its words are English function words)"
    )
    japanese = (
        "ゼータ製薬株式会社は、本日、第2相臨床試験において最初の患者に投与したと発表しました。" * 5
    )
    rejection = clean_document(japanese.encode(), "ja.txt")
    assert rejection == Rejection(
        "not_english",
        "written mostly in another script than the Latin alphabet; the rules read English",
    )
    # a bilingual release is read: its English is enough
    assert not isinstance(clean_document((ENGLISH + GERMAN).encode() * 2, "en-de.txt"), Rejection)
    # a release in English over its translations is read, however long they run; a release in
    # another language over a line of English is not
    translated = ENGLISH * 2 + "\n" + (GERMAN * 6 + "\n") * 2
    assert not isinstance(clean_document(translated.encode(), "en-translated.txt"), Rejection)
    german_first = GERMAN * 3 + "\n" + ENGLISH + "\n" + GERMAN * 6
    rejection = clean_document(german_first.encode(), "de-en.txt")
    assert isinstance(rejection, Rejection) and rejection.reason == "not_english"


def test_the_script_is_counted_in_letters_whatever_else_is_outside_ascii():
    # Cyrillic letters outnumber the Latin ones, though the text prints Latin words too
    russian = "Компания Zeta Bio сообщила о начале исследования ZB-1 (Phase 2). " * 3
    assert other_script_reason(russian) is not None
    # accented Latin letters, curly quotes and dashes are outside ASCII, and Latin all the same
    french = "« Société Générale » — Genève, Zürich, Montréal, São Paulo: l’été “déjà” " * 3
    assert other_script_reason(french) is None
    assert other_script_reason("Zeta Bio – “ZB-1” … ") is None
    assert other_script_reason("Ζήτα Zeta Ζήτα Zeta") is None  # as many Greek letters as Latin
    assert other_script_reason("Ζήτα Ζ Zeta") is not None


@pytest.mark.parametrize(
    ("item", "share"),
    [
        # German writes "in", "will" and "am" too: 7.9%, under the bar of 10%
        (
            "Zeta Bio will die Kollaboration nutzen, um Therapeutika auf Basis kleiner Moleküle "
            "zu entwickeln. Im Rahmen der Vereinbarung mit Omega erhält Zeta eine Vorauszahlung "
            "von 25 Millionen US-Dollar, wie die Firma am Donnerstag in einer Mitteilung in Basel "
            "schrieb. Darüber hinaus hat das Unternehmen Anspruch auf weitere Zahlungen in Höhe "
            "von 1 Milliarde Dollar. Zeta-Chef Max Muster zeigte sich in der Mitteilung erfreut.\n",
            "7.9%",
        ),
        # the repair reads an unknown "und" as a misread "and": the language is counted before
        # it (this item had passed as English when counted after it)
        (
            "FRANKFURT (Dow Jones)--Der Biotech-Konzern Zeta erweitert seine Partnerschaft mit "
            "Omega und Kappa zum Aufbau einer Pipeline, in der ein erheblicher Bedarf besteht und "
            "bleibt. Die Aktie des im SDAX und TecDAX notierten Konzerns steigt um 5 Prozent und "
            "schliesst fest. October 23, 2024 02:41 ET (06:41 GMT)",
            "2.3%",
        ),
    ],
)
def test_a_german_item_is_not_english_counted_before_the_repair(item, share):
    rejection = clean_document(item.encode(), "de.txt")
    assert isinstance(rejection, Rejection) and rejection.reason == "not_english"
    assert f"({share} of its words" in rejection.detail


def test_a_wires_brief_that_drops_its_function_words_is_english():
    brief = (
        "May 28 (Reuters) - Zeta Bio Ltd:\n\n* QTRLY LOSS ATTRIBUTABLE US$15.3 MILLION VERSUS "
        "LOSS OF US$25 MILLION\n\n* QTRLY REVENUE US$12.2 MILLION VERSUS US$1.2 MILLION\n\n* "
        "EXPECT RESEARCH & DEVELOPMENT EXPENDITURE TO DECREASE OVER NEXT 12 MONTHS\n\n* "
        "ANTICIPATES MAY CONTINUE TO INCUR SIGNIFICANT LOSSES FOR FORESEEABLE FUTURE\n"
    )
    cleaned = clean_document(brief.encode(), "brief.txt")
    assert not isinstance(cleaned, Rejection)
    extraction = extract_release(cleaned.text, "doc", "brief.txt")
    assert extraction.release.issuer == "Zeta Bio Ltd"
    assert [e.event_type for e in extraction.events] == ["earnings"]


def test_letters_and_visible_count_as_the_regexes_do_beyond_ascii():
    # "²" is a letter to [^\W\d_] (not a decimal digit); NBSP and tab are not visible
    text = "Ab 1_\u00e9\u00b2\u00a0\u0416\t\u4e2d\u2019\x1c\x85z"
    assert letters_and_visible(text) == (7, 10)
    assert letters_and_visible(text) == (
        sum(map(len, re.findall(r"[^\W\d_]+", text))),
        sum(map(len, re.findall(r"\S+", text))),
    )


def test_normalisation_unifies_line_ends_spaces_and_blank_lines():
    text = "Title\r\n\r\n\r\n\r\nLine one  with\u00a0spaces   \rLine\u200b two\t end"
    assert normalize_text(text) == "Title\n\nLine one with spaces\nLine two end"
    # the invisible marks that set a text's direction go too
    assert normalize_text("\u202eZeta\u200f Bio \u2066Inc.\u2069") == "Zeta Bio Inc."
    # a roman numeral printed as one sign is its letters: "Phase Ⅲ" (U+2162)
    assert normalize_text("a Phase \u2162 trial and a Phase \u2161b one") == (
        "a Phase III trial and a Phase IIb one"
    )


def test_two_contact_blocks_side_by_side_are_read_one_after_the_other():
    """Under a line of two contact labels a wide gap parts, each column is read whole: the left
    cells, a blank line, the right ones (never "Rebecca Moss Jordan Hale"); a table's two
    columns under no such labels stay as printed."""
    text = (
        "Media Contact:                  Investor Contact:\n"
        "Rebecca Moss                    Jordan Hale\n"
        "Moss Communications             Zeta Bio, Inc.\n"
        "(415) 555-0123                  (650) 555-0190\n\n"
        "Revenue                         3,412\n"
        "Net loss                        1,877"
    )
    assert normalize_text(text) == (
        "Media Contact:\nRebecca Moss\nMoss Communications\n(415) 555-0123\n\n"
        "Investor Contact:\nJordan Hale\nZeta Bio, Inc.\n(650) 555-0190\n\n"
        "Revenue 3,412\nNet loss 1,877"
    )
    people = extract_release("Zeta News\n\n" + normalize_text(text), "d", "x").people
    assert [p.name for p in people] == ["Rebecca Moss", "Jordan Hale"]


def test_a_briefs_points_of_running_text_without_stops_are_a_release():
    brief = (
        " date 2017-04-05 April 5 Zeta Pharmaceutical Co Ltd\n\n"
        "* Beta Therapeutics and Zeta announce global collaboration to develop microbiome "
        "therapeutics in inflammatory bowel disease\n\n"
        "* Zeta Pharmaceutical Co Ltd says under terms of agreement, Zeta will make an upfront "
        "payment of $10 million to Beta\n\n"
        "* Zeta Pharmaceutical Co Ltd says further details of agreement were not disclosed\n"
    )
    assert not isinstance(clean_document(brief.encode(), "brief.txt"), Rejection)


def test_a_contracts_text_is_not_a_release():
    contract = (
        "LICENSE AGREEMENT\n\nTHIS AGREEMENT dated for reference March 10, 2005\n\nBETWEEN:\n\n"
        "ZETA CANCER AGENCY, a branch society having an office at Suite 600, Vancouver\n\nAND:\n\n"
        "BETA BIOSCIENCES INC., a corporation having a registered office in Vancouver\n\n"
        "WHEREAS:\n\nA. The Agency is the owner of various technologies that comprise the "
        "Licensed Technology;\n\nB. The Licensee wishes to develop the Licensed Technology;\n\n"
        "NOW THEREFORE THIS AGREEMENT WITNESSETH that, in consideration of the premises and of "
        "the mutual covenants herein set forth, the parties hereto agree as follows:\n"
    )
    rejection = clean_document(contract.encode(), "ex10.txt")
    assert rejection == Rejection(
        "not_a_release", "a contract's text (recitals and operative clause), not a release"
    )
    # a template's recitals under their heading, its blanks unfilled
    template = (
        "TECHNOLOGY LICENSE AGREEMENT\n\nTHIS AGREEMENT, dated as of this ___ day of ____, by "
        "and between Zeta University, a national university corporation, and [XYZ "
        "Corporation], a corporation duly organized under the laws of ______.\n\nRECITALS\n\n"
        "University has developed proprietary technology relating to ________ and owns "
        "patents. XYZ wishes to obtain licenses under such patents.\n\nNOW, THEREFORE, in "
        "consideration of the mutual covenants set forth herein, the parties agree as follows:\n"
    )
    assert clean_document(template.encode(), "template.txt") == rejection


def test_an_sec_prospectus_is_not_a_release():
    prospectus = (
        "Filed Pursuant to Rule 424(b)(5)\nRegistration No. 333-255576\nPROSPECTUS SUPPLEMENT\n"
        "(To Prospectus dated April 28, 2021)\n14,300,000 Common Shares\nWe are offering "
        "14,300,000 of our common shares as part of this offering. Our common shares trade on "
        "The Nasdaq Global Market under the trading symbol ZETA. Investing in our securities "
        "involves a high degree of risk. See Risk Factors beginning on page S-8.\n"
    )
    rejection = clean_document(prospectus.encode(), "424b5.txt")
    assert rejection == Rejection(
        "not_a_release", "an SEC prospectus (filed under Rule 424(b)), not a release"
    )
    # a release that announces the offering is one
    release = prospectus.replace("Filed Pursuant to Rule 424(b)(5)", "Zeta Prices Offering")
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_job_posting_is_not_a_release():
    posting = (
        "Careers at Zeta Therapeutics\n\nSenior Scientist, Protein Engineering\nLocation: "
        "South San Francisco, CA\nJob ID: 2023-114\n\nZeta Therapeutics is seeking a highly "
        "motivated Senior Scientist to join our Protein Engineering team.\n\nResponsibilities:\n"
        "- Design antibody libraries and lead affinity maturation campaigns\n\nQualifications:\n"
        "- Ph.D. in biochemistry with 3+ years of industry experience\n\nThe base salary range "
        "for this position is $150,000 - $185,000. Zeta is an equal opportunity employer.\n\n"
        "Apply now\n"
    )
    rejection = clean_document(posting.encode(), "job.txt")
    assert rejection == Rejection(
        "not_a_release",
        "a job posting (its duties, qualifications and how to apply), not a release",
    )
    # a release hiring an executive, naming her responsibilities in a sentence, is one
    release = (
        "Zeta Appoints Chief Medical Officer\n\nBOSTON, Feb. 4, 2004 -- Zeta Bio, Inc. today "
        "appointed Jane Roe, M.D., as Chief Medical Officer. Her responsibilities will include "
        "clinical development; her qualifications include 20 years in oncology. Zeta is an "
        "equal opportunity employer of the year.\n"
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_calls_transcript_is_not_a_release():
    transcript = (
        "Operator\nGood morning and welcome, ladies and gentlemen, to the Zeta Bio fourth-quarter "
        "conference call. At this time all participants are in a listen-only mode. I will now "
        "turn the conference over to Jane Roe. Please go ahead.\nJane Roe - IR\nThank you. "
        "Joining us today are John Doe, President and CEO, and Ann Poe, Chief Financial "
        "Officer. Earlier today we released our financial results for the fourth quarter.\n"
    )
    rejection = clean_document(transcript.encode(), "call.txt")
    assert rejection == Rejection(
        "not_a_release",
        "a call's transcript (its operator's lines and the call's terms), not a release",
    )
    # a release announcing its call, or naming an operator in a sentence, is one
    release = (
        "Zeta Bio Reports Fourth Quarter Results\n\nBOSTON, Feb. 4, 2004 -- Zeta Bio, Inc. "
        "reported its results today. Zeta will host a conference call at 8:30 a.m. ET; the "
        "operator will place participants in a listen-only mode. Revenue rose to $5 million "
        "from $3 million a year ago on sales of its products.\n"
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_contract_naming_its_parties_by_letter_is_not_a_release():
    contract = (
        "Collaborative Research Agreement\nNational University Corporation Zeta University "
        '(hereinafter referred to as "Party A") and Omega Foods Co. Ltd. (hereinafter referred '
        'to as "Party B") shall enter into a collaborative research agreement based on the '
        "following conditions. Research subject: cell culture and the evaluation of lab-grown "
        "meat. Research period: from the day the agreement is made until March 31, 2025.\n"
    )
    assert clean_document(contract.encode(), "ex101.txt") == Rejection(
        "not_a_release",
        'a contract\'s text (its parties called "Party A" and "Party B"), not a release',
    )
    release = contract.replace('"Party A"', '"Zeta"').replace('"Party B"', '"Omega"')
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_an_sec_annual_report_or_registration_statement_is_not_a_release():
    rejection = Rejection(
        "not_a_release",
        "an SEC annual or quarterly report or registration statement, not a release",
    )
    cover = (
        "UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 FORM 20-F "
        "(Mark One) REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES "
        "EXCHANGE ACT OF 1934 OR ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
        "EXCHANGE ACT OF 1934 For the fiscal year ended December 31, 2017. Commission file "
        "number 001-38205 ZETA LAB LIMITED (Exact name of Registrant as specified in its "
        "charter). Ordinary shares were issued and outstanding as of December 31, 2017.\n"
    )
    assert clean_document(cover.encode(), "20f.txt") == rejection
    statement = (
        "As filed with the Securities and Exchange Commission on August 15, 2017\nRegistration "
        "No. 333-\nUNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM F-1\nREGISTRATION "
        "STATEMENT\nUNDER\nTHE SECURITIES ACT OF 1933\nZeta Lab Limited\n(Exact name of "
        "registrant as specified in its charter)\nCayman Islands 2834 98-1144595 and the rest "
        "of the cover page of the statement.\n"
    )
    assert clean_document(statement.encode(), "f1.txt") == rejection
    # a form 8-K's cover, its release attached as exhibit 99.1, is a release
    current = cover.replace("FORM 20-F", "FORM 8-K").replace(
        "ANNUAL REPORT PURSUANT TO SECTION 13", "CURRENT REPORT PURSUANT TO SECTION 13"
    )
    assert not isinstance(clean_document(current.encode(), "8k.txt"), Rejection)


def test_an_sec_xbrl_data_page_is_not_a_release():
    page = (
        "|\nLICENSE AGREEMENTS - Zeta License Agreement (Details) - License Agreement - Zeta "
        "Megalith Biopharmaceutical Co., Ltd\n$ in Millions\n|1 Months Ended\n|\nJul. 31, 2022\n"
        "USD ($)\n|Collaborative Arrangement [Line Items]\n|Upfront license fee\n|$ 27.0\n"
        "|Term of agreement (in years)\n|10 years\n|Maximum\n|Collaborative Arrangement "
        "[Line Items]\n|Development and regulatory milestone payments\n|$ 148.0\n|X\n- "
        "Definition\nThe amount of commercial milestone payments under the collaboration "
        "agreement.\n+ Details\nNo definition available.\n|X\n- Definition\nThe amount of "
        "upfront license fee payable under the collaboration agreement.\n"
    )
    assert clean_document(page.encode(), "R55.htm.txt") == Rejection(
        "not_a_release",
        "an SEC filing's XBRL data page (tagged facts and their definitions), not a release",
    )
    # a release that names a line item once is one
    release = (
        "Zeta Reports Results\n\nBOSTON, May 2, 2022 -- Zeta Bio, Inc. today reported revenue "
        "of $27.0 million under its collaboration [Line Items] with Omega, and milestone payments "
        "of $148.0 million under the agreement with Omega for the development of ZB-1 in gout.\n"
    )
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_an_sec_xbrl_notes_page_by_its_text_block_and_period_head_is_not_a_release():
    page = (
        "|\nRevenue\n|12 Months Ended\nJun. 30, 2024\n|Text block [abstract]\n|Revenue\n|\n"
        "Note 6. Revenue\nIn March 2021, the Company entered into an exclusive worldwide license "
        "agreement with Omega Pharmaceutical AB for ZB-1. During fiscal 2021, Omega made an "
        "upfront payment of US$4 million with contingent milestones of up to US$42 million.\n"
    )
    assert clean_document(page.encode(), "R11.htm.txt") == Rejection(
        "not_a_release",
        "an SEC filing's XBRL data page (tagged facts and their definitions), not a release",
    )
    # a release with one such phrase is one
    release = page.replace("|12 Months Ended", "Zeta Licenses ZB-1\n\nBOSTON, May 2, 2022 --")
    assert not isinstance(
        clean_document(release.replace("[abstract]", "").encode(), "r"), Rejection
    )


@pytest.mark.parametrize("head", ["|3 Months Ended", "3 Months Ended |"])
def test_an_sec_note_page_headed_by_its_period_alone_is_not_a_release(head):
    page = (
        f"|\nSignificant Agreements\n{head}\nMar. 31, 2025\n|Significant Agreements\n|\n"
        "12. Significant Agreements\nOn March 14, 2025, we entered into a termination agreement "
        "with Omega Group Ltd. Under it, the Company agreed to pay $6.3 million as a repayment "
        "of a portion of the upfront payment made under the License Agreement.\n"
    )
    assert clean_document(page.encode(), "R19.htm.txt") == Rejection(
        "not_a_release",
        "an SEC filing's XBRL data page (tagged facts and their definitions), not a release",
    )


def test_an_sec_note_page_whose_period_head_the_repair_glued_to_its_title_is_not_a_release():
    """The repair joins "|12 Months Ended" to the title above ("Note 10 - License Agreements
    |12 Months Ended"); the page's "[Text Block]" and "|Notes to Financial Statements" mark it
    still."""
    page = (
        "|\nNote 10 - License, Research and Collaboration Agreements\n|12 Months Ended\n"
        "Dec. 31, 2024\n|Notes to Financial Statements\n|Collaborative Arrangement Disclosure "
        "[Text Block]\n|\nCollaboration Agreements\nIn November 2018, the Company and Omega Bio "
        "entered into a license agreement. Omega Bio received a $5 million upfront payment and a "
        "$6 million development milestone payment.\n"
    )
    assert clean_document(page.encode(), "R17.htm.txt") == Rejection(
        "not_a_release",
        "an SEC filing's XBRL data page (tagged facts and their definitions), not a release",
    )


def test_a_wrapped_copy_with_its_date_glued_to_the_dateline_city_keeps_title_date_and_place():
    # an aggregator's copy, hard-wrapped, its title in title case with a stop, and the date line
    # glued to the dateline where the page dropped a line break
    text = (
        "Zetaphar Group Announces the Formation of a Clinical Advisory Board with Mandate to\n"
        "Guide the Development of Its Botanical Drug Products.\n"
        "May 12, 2021HALIFAX–(BUSINESS WIRE)–Zetaphar Group Inc. (TSXV: ZPG), a clinical stage\n"
        "botanical company focused on prescription drugs and skin care products, announced\n"
        "today that it has formed a Clinical Advisory Board made up of experts in botany,\n"
        "chemistry, immunology and drug development. The board will assist the research and\n"
        "development team of the company in its work on botanical drugs and their trials.\n"
        "- Related: Zetaphar Says Its Botanical Drug Program Is Progressing Ahead Of Plans.\n"
    )
    cleaned = clean_document(text.encode(), "zetaphar.txt")
    release = extract_release(cleaned.text, "a" * 64, "file:///zetaphar.txt", []).release
    assert release.headline == (
        "Zetaphar Group Announces the Formation of a Clinical Advisory Board with Mandate to "
        "Guide the Development of Its Botanical Drug Products."
    )
    assert release.published_date == dt.date(2021, 5, 12)
    assert (release.dateline_city, release.wire) == ("HALIFAX", "BUSINESS WIRE")
    assert release.issuer == "Zetaphar Group Inc."


def test_a_title_case_line_with_a_stop_is_no_title_as_a_lists_point():
    text = (
        "- Zetavist Inc ZVT completed an interim analysis of its second Phase 3 trial.\n"
        "- Related: Zetavist Says Data From Late-Stage Study 'Not Consistent' With Its Prior "
        "Positive Phase 2 Study.\n"
        "- Zetavist Inc expects topline results from the trial in the first half of 2023.\n"
    )
    assert extract_release(text, "b" * 64, "file:///z.txt", []).release.headline is None


def test_a_long_title_in_title_case_is_a_title_where_a_long_sentence_is_none():
    title = (
        "Omega Returns to Zeta Pharmaceutical the Rights to Develop and Market Omegafex®, for Use "
        "As a Part of Conditioning Regimen Prior to Hematopoietic Progenitor Cell Transplantation, "
        "in Japan and in Asian Countries & Regions"
    )
    sentence = (
        "Omega said on Friday that it would return to Zeta the rights to develop and market "
        "Omegafex in Japan and in six other Asian countries and regions where it has sold the "
        "drug since its launch there"
    )
    for line, expected in ((title, title), (sentence, None)):
        text = (
            f"Zeta Pharmaceutical Co., Ltd.\n\nSeptember 14, 2012\n\n{line}\n\nTokyo, September "
            "14, 2012 - Zeta Pharmaceutical Co., Ltd. and Omega Co., Ltd. today announced the "
            "return of the rights to Omegafex."
        )
        assert extract_release(text, "d" * 64, "file:///z.txt", []).release.headline == expected


def test_a_flattened_exhibit_keeps_its_caps_title_apart_from_contacts_and_the_city():
    text = (
        "EX-99.1 3 a1exv99w1.txt EXHIBIT 99.1 EXHIBIT 99.1 CONTACTS: ANN LEE Zetacyclics, Inc. "
        "(408) 555-0330 TOM R. MOE VeraCom Partners (415) 555-5018 ZETACYCLICS ANNOUNCES "
        "INTERIM PHASE 1 DATA WITH ZETRIN FOR ADVANCED HEAD AND NECK CANCER SUNNYVALE, CA, "
        "MARCH 1, 2004 -- Zetacyclics, Inc. (Nasdaq: ZCYC) today announced interim data from "
        "its Phase 1 trial of Zetrin in head and neck cancer."
    )
    cleaned = clean_document(text.encode(), "zetacyclics.txt")
    assert "VeraCom Partners" in cleaned.text  # a firm's name, no glued words
    release = extract_release(cleaned.text, "e" * 64, "file:///z.txt", []).release
    assert release.headline == (
        "ZETACYCLICS ANNOUNCES INTERIM PHASE 1 DATA WITH ZETRIN FOR ADVANCED HEAD AND NECK CANCER"
    )
    assert (release.dateline_city, release.dateline_region) == ("SUNNYVALE", "CA")
    assert release.published_date == dt.date(2004, 3, 1)


def test_a_wrapped_title_ends_at_its_short_last_line_before_a_subheadline():
    text = (
        "EXHIBIT 99.1\nFOR IMMEDIATE RELEASE\n"
        "Zetamos Announces Results of Its Phase IIa Clinical Trial of Zetanabinol for Cognitive\n"
        "Impairment in Coronary Artery Bypass Graft Patients\n"
        "Results Suggest Zetanabinol Preserves Certain Executive Functions of the Brain as Seen\n"
        "by the Stroop Color Word Test\n"
        "Iselin, NJ, November 22, 2004--Zetamos Corp. (NASDAQ: ZTMS) announced today the results "
        "of its Phase IIa study of zetanabinol."
    )
    release = extract_release(text, "f" * 64, "file:///z.txt", []).release
    assert release.headline == (
        "Zetamos Announces Results of Its Phase IIa Clinical Trial of Zetanabinol for Cognitive "
        "Impairment in Coronary Artery Bypass Graft Patients"
    )


def test_a_title_above_a_deck_that_restates_the_lead_is_the_headline():
    lead = (
        "US-based pharmaceutical company Zetafizer has completed its tender offer to purchase "
        "outstanding shares of Omegagen following two extensions, agreeing a price of $6 per "
        "share with the biotechnology firm. The total value of the acquisition will be $56m."
    )
    deck = (
        "Zetafizer has completed its tender offer to purchase outstanding shares of Omegagen "
        "following two extensions"
    )
    text = f"Please login\n\nZetafizer agrees Omegagen acquisition\n\n{deck}\n\n{lead}\n"
    assert extract_release(text, "j" * 64, "file:///z.txt", []).release.headline == (
        "Zetafizer agrees Omegagen acquisition"
    )
    # a title that names one word of its lead only, over a deck that restates most of it
    lead = (
        "As of Nov. 17, Zetaland's biotech and pharma overseas technology transfers for this "
        "year already exceed $9.3 billion. Overseas technology transfers from Zetaland's "
        "biotechs and pharmaceutical manufacturers this year have exceeded 11 trillion won, "
        "already hit a fresh yearly high, as Zeta Biosciences signed an agreement to "
        "transfer its antibody technology to Omega Biotech."
    )
    deck = (
        "Overseas technology transfers from Zetaland biotech and pharmaceutical firms have "
        "already hit a record high in 2021"
    )
    text = "View Market Snapshot\nBio\n\nZ-bio's out-licensing this year reaches $9.3 bn\n\n"
    text += f"{deck}\n\n{lead}\n"
    assert extract_release(text, "j" * 64, "file:///z.txt", []).release.headline == (
        "Z-bio's out-licensing this year reaches $9.3 bn"
    )
    # a title in title case that restates its lead stays the headline under a site's label
    title = "Zeta, Inc. Announces Omega Filing of New Drug Application for Zetamab in Lymphoma"
    text = (
        f"Healthcare Industry News: Zeta\n\n{title}\n\nCAMBRIDGE, Mass., Oct. 5, 2006 -- Zeta, "
        "Inc. today announced that Omega has filed a new drug application for zetamab in "
        "lymphoma, the filing of which triggers a payment to Zeta."
    )
    assert extract_release(text, "k" * 64, "file:///z.txt", []).release.headline == title


def test_a_pdfs_word_file_name_is_no_headline():
    text = (
        "Microsoft Word - FINAL ZTA DRAFT PR ASX FY13 Announcement Zeta Corporation Limited\n\n"
        "25 May 2016, Zeta Corporation (ASX:ZTA), a science-based company developing DHA "
        "emulsions for premature infants, today announced initial results of its ASX trial."
    )
    release = extract_release(text, "m" * 64, "file:///z.txt", []).release
    assert release.headline is None
    assert release.issuer == "Zeta Corporation"


def test_a_trade_press_title_with_a_label_and_a_long_clause_is_a_title_not_a_field():
    title = (
        "Resignation galore: Zetacure CEO resigns, CTO departs, 3 board members exit after "
        "December woes"
    )
    text = (
        f"{title}\n\n{title}\n\nAnn Roe lasted two months in the CEO and president posts before "
        "resigning from the top perch of Zetacure on Feb 4. Her departure comes alongside three "
        "board member resignations and the exit of its chief medical officer.\n"
    )
    assert extract_release(text, "n" * 64, "file:///z.txt", []).release.headline == title
    field = "Head office: 1-1, Nihonbashi, Tokyo\n\nZeta Co., Ltd. announced a licence today."
    assert extract_release(field, "o" * 64, "file:///f.txt", []).release.headline is None


def test_a_photos_caption_of_a_person_and_post_is_no_headline():
    title = (
        "Precision drug + diagnostics biotech scores modest Series A, retrofitting existing drug "
        "for new indication"
    )
    text = (
        f"Jason Moe, Zetapoint Health CEO\n\n{title}\n\nWith $52 million in debt and equity "
        "funds via a Series A, precision therapeutics outfit Zetapoint Health now has the "
        "capital to also consider expanding into autoimmune indications, CEO Jason Moe says.\n"
    )
    assert extract_release(text, "q" * 64, "file:///z.txt", []).release.headline == title


def test_a_contract_with_its_recitals_in_title_case_is_not_a_release():
    contract = (
        "EX-10.1 2 exhibit10-1.htm EXCLUSIVE LICENSE AGREEMENT Zetaplasin Ltd.: Exhibit 10.1\n\n"
        "This Exclusive License Agreement (the “Agreement”) is entered into as of February 7, "
        "2009 by and between Omegaxen Ltd and Zetaplasin Ltd., a Nevada corporation.\n\n"
        "Whereas Omegaxen Ltd wishes to acquire an exclusive license from Zetaplasin Ltd. for the "
        "Territory to make use of Zetaplasin Intellectual Property for therapeutic purposes;\n\n"
        "NOW, THEREFORE, in consideration of the premises and of the covenants and obligations "
        "hereinafter set forth, the Parties hereby agree as follows:\n"
    )
    assert clean_document(contract.encode(), "ex10.txt") == Rejection(
        "not_a_release", "a contract's text (recitals and operative clause), not a release"
    )


def test_an_sec_exhibit_10_without_recitals_is_a_contract_and_an_exhibit_99_a_release():
    details = (
        "COMMERCIAL LICENCE AGREEMENT\n\n(EXCLUSIVE)\n\nZeta Innovations Pty Limited\n\nand"
        "\n\nOmega Pty Ltd\n\nDETAILS\nDATE 21st January 2021\nPARTIES Zeta Innovations Pty "
        "Limited (Zeta)\n\nBACKGROUND (a) Zeta is the owner of certain Intellectual Property "
        "including the Patent set out in Annexure 1. (b) The Licensee wishes to be granted a "
        "licence to Exploit the Licensed IP.\n\nTERRITORY Worldwide.\nLICENCE FEES The Licence "
        "Fee is the issuance of shares in the Licensee to Zeta.\n"
    )
    reason = "an SEC filing's exhibit 10 or 4 (a material contract or instrument), not a release"
    # a 20-F files its material contracts as exhibit 4
    heads = ("EX-10.6 9 ex10-6.htm\n\nExhibit 10.6\n\n", "EXHIBIT 10.12\n", "Exhibit 4.8\n")
    for head in heads:
        rejection = clean_document((head + details).encode(), "ex10.txt")
        assert rejection == Rejection("not_a_release", reason), head
    release = (
        "EX-99.1 2 ex99-1.htm PRESS RELEASE\n\nExhibit 99.1\n\nZeta Signs Licence With "
        "Omega\n\nSYDNEY, Jan. 21, 2021 -- Zeta Innovations Pty Limited today announced that it "
        "has granted Omega Pty Ltd an exclusive licence to its patents in return for shares in "
        "Omega and royalties on the sales of licensed products worldwide.\n"
    )
    assert not isinstance(clean_document(release.encode(), "ex99.txt"), Rejection)


def test_contract_clauses_with_redacted_terms_are_not_a_release():
    clauses = (
        "Payments and Royalties for Licenses. (a) One-Time Fee. Within [***] ([***]) business "
        "days after the Effective Date, Omega shall pay to Zeta a non-refundable, one-time fee "
        "of Three Million Dollars (US$3,000,000) in partial consideration of the rights granted "
        "Omega under this Agreement.\n(b) [***] Upon Company's filing of an NDA with the FDA for "
        "a Licensed Product $200,000 Upon Company's receipt of Marketing Approval in the United "
        "States for a Licensed Product $1,000,000 [***]\n(c) No Royalties. Company shall not be "
        "required to make royalty payments to Zeta during the Term.\n"
    )
    assert clean_document(clauses.encode(), "clauses.txt") == Rejection(
        "not_a_release", 'a contract\'s clauses (terms redacted as "[***]"), not a release'
    )


def test_a_listing_of_products_each_with_its_company_field_is_not_a_release():
    products = [
        ("ZETAMAB", "Zeta Bio LP"),
        ("HELIUM, USP", "Omega Gas Company"),
        ("KAPPRA", "Kappa Ltd."),
    ]
    listing = "Original New Drug Application Approvals (01 - 15 April 2020)\n\n" + "\n\n".join(
        f"{product}\n  • Active Ingredient(s): Not available\n  • Company: {company}\n"
        f"  • Approval Date: 10 April 2020"
        for product, company in products
    )
    assert clean_document(listing.encode(), "list.txt") == Rejection(
        "not_a_release",
        'a listing of 3 companies\' products (a "Company:" field under each), not one release',
    )
    # a joint release names its two companies in such fields
    joint = (
        "Zeta and Omega Sign Licence\n\nTOKYO, April 10, 2020 -- Zeta Co., Ltd. and Omega Inc. "
        "today announced that they have signed a licence agreement for zetamab in Japan, with an "
        "upfront payment of $10 million.\n\nCompany: Zeta Co., Ltd.\nCompany: Omega Inc.\n"
    )
    assert not isinstance(clean_document(joint.encode(), "joint.txt"), Rejection)


def test_a_listing_of_articles_abstracts_is_not_a_release():
    items = [
        ("Drugs to fight cancer near approval", "Zeta Inc. and Omega Inc. won recommendations."),
        ("FDA approves a drug that blocks a gene", "Zetavir has been given approval by the FDA."),
    ]
    listing = "".join(
        f"{title}\nArticle Abstract:\n{abstract} The drug will be marketed by Kappa AG in the "
        "United States and Europe.\nPublication Name: The Daily Paper\nYear: 1998\n"
        for title, abstract in items
    )
    assert clean_document(listing.encode(), "abstracts.txt") == Rejection(
        "not_a_release", "a listing of 2 articles' abstracts, not one release"
    )
    # one article's page with its abstract is read
    one = listing.split("Publication Name")[0] + "Zeta expects a launch in 1999 in the US.\n"
    assert not isinstance(clean_document(one.encode(), "one.txt"), Rejection)


def test_a_news_sites_listing_of_dated_items_is_not_a_release():
    items = [
        ("January 22, 2013", "The Food and Drug Administration approved more doses of Zetaflu."),
        ("January 16, 2013", "The Food and Drug Administration has approved a drug made by Zeta."),
        ("January 9, 2013", "Abuse of legal prescription drugs is a problem the agency targets."),
        ("December 28, 2012", "Omega on Friday announced that its unit has received approval."),
    ]
    listing = "\n\n".join(f"{day}\n\n{item}" for day, item in items) + "\n"
    assert clean_document(listing.encode(), "list.txt") == Rejection(
        "not_a_release", "a news listing of 4 dated items, not one release"
    )
    table = (
        "Zeta Bio Reports Results\n\nBOSTON, March 1, 2013 -- Zeta Bio, Inc. today reported its "
        "results for the year, with revenue up and costs down against the year before it.\n\n"
        + "\n".join(f"December 31, {y}\n\n{y - 2000},000\n" for y in (2012, 2011, 2010, 2009))
    )
    assert not isinstance(clean_document(table.encode(), "table.txt"), Rejection)


def test_a_roundup_of_paragraphs_each_about_another_company_and_its_sum_is_not_a_release():
    paragraphs = [
        "Zeta Peak Therapeutics Inc. has raised $90 million in a series C financing. Proceeds "
        "will advance its lead program into a phase I trial next year.",
        "Three years ago, when Jane Roe pondered a name for a company that would fold in assets "
        "from Omega Pharma AG, she looked out over her backyard and raised $20 million.",
        "Kappa Therapeutics AG has added a further CHF20 million to its series C, bringing the "
        "total for the round to CHF45 million for its phase II trial.",
        "The antibody approach continues to pay off for Sigma Biopharma Inc., which banked an "
        "upsized $200 million series C preferred stock financing led by its investors.",
    ]
    text = "\n".join(paragraphs) + "\n"
    assert clean_document(text.encode(), "roundup.txt") == Rejection(
        "not_a_release",
        "a roundup of 4 companies' news (a paragraph about each, with its own sum), not one "
        "release",
    )
    # one company's release whose paragraphs name its partner with its sum: read
    release = (
        "Zeta Peak Therapeutics Inc. has raised $90 million in a series C financing led by its "
        "investors, to advance its lead program into a phase I trial next year.\n"
        "Under the terms, Omega Pharma AG will pay Zeta Peak Therapeutics Inc. $20 million up "
        "front and up to $200 million in milestone payments over the coming years.\n"
    ) + ENGLISH
    assert not isinstance(clean_document(release.encode(), "release.txt"), Rejection)


def test_a_listing_of_teasers_each_cut_off_is_not_a_release():
    items = [
        ("Zeta Receives European Commission Marketing Authorisation", "Zeta"),
        ("Omega Gains Conditional Approval from EU Commission", "Omega"),
        ("Kappa's GIST Drug Receives European Commission Approval", "Kappa"),
    ]
    text = "".join(
        f"{title}\n\n{name} announced earlier today that the European Commission has approved "
        "its drug for adults with a rare disease who met the inclusion conditions of the\n\n"
        "Continue Reading\n\n"
        for title, name in items
    )
    assert clean_document(text.encode(), "teasers.txt") == Rejection(
        "not_a_release", "a listing of 3 articles' teasers, each cut off, not one release"
    )


def test_a_filings_cover_letter_to_its_exchanges_is_a_release_and_quotes_no_headline():
    title = (
        "Zeta Laboratories announces its launch of Zetaglip and Metformin Hydrochloride "
        "Extended-Release Tablets in the U.S"
    )
    text = (
        "Exhibit 99.1\nZeta Laboratories Ltd.\nAugust 10, 2023\n"
        "National Stock Exchange of India Ltd. (Scrip Code: ZETA-EQ)\n"
        "BSE Limited (Scrip Code: 500999)\n"
        "New York Stock Exchange Inc. (Stock Code: ZTA)\n"
        "NSE IFSC Ltd (Stock Code: ZETA)\n"
        "Dear Sirs,\nSub: Press Release\n"
        f"Please find enclosed a Press Release on “{title}”.\nThis is for your information.\n"
        "Yours faithfully,\nFor Zeta Laboratories Limited\nJane Roe\nCompany Secretary\n"
        "Encl: As above\n|CONTACT\n|\nZETA LABORATORIES LTD.\n|\nInvestor relationS\nANNA LEE\n"
        f"|\nMedia relationS\nMAY CHAN\n{title}.\n"
        "Hyderabad India; August 10, 2023 – Zeta Laboratories Ltd. (BSE: 500999, NYSE: ZTA) "
        "today announced its launch of Zetaglip and Metformin Hydrochloride Extended-Release "
        "Tablets in the U.S. market, a generic version approved by the U.S. Food and Drug "
        "Administration. " + ENGLISH
    )
    cleaned = clean_document(text.encode(), "zeta.txt")
    assert not isinstance(cleaned, Rejection)  # the exchanges it is sent to are no digest
    release = extract_release(cleaned.text, "doc", "zeta.txt").release
    assert release.headline == title + "."  # the title itself, not the letter that quotes it


def test_a_plain_text_copys_character_references_are_decoded():
    raw = "Zeta&#8217;s partner Omega &amp; Co. pays &quot;$10 million&quot;; R&D; AT&T &Co;"
    decoded = decode_document(raw.encode(), "release.txt")
    assert decoded.text == 'Zeta’s partner Omega & Co. pays "$10 million"; R&D; AT&T &Co;'


def test_a_markdown_copys_marks_are_dropped_and_its_links_words_kept():
    raw = (
        "# Zeta Announces FDA Acceptance of BLA for ZT-7\n\n*Priority Review granted*\n\n"
        "**BOSTON, Feb. 18, 2025** -- Zeta Bio, Inc. today announced it.\n\n"
        "Contact: [jane@zeta.com](mailto:jane@zeta.com) *footnote\n"
    )
    decoded = decode_document(raw.encode(), "release.txt")
    assert decoded.text == (
        "Zeta Announces FDA Acceptance of BLA for ZT-7\n\nPriority Review granted\n\n"
        "BOSTON, Feb. 18, 2025 -- Zeta Bio, Inc. today announced it.\n\n"
        "Contact: jane@zeta.com *footnote\n"
    )
    # one sign alone is no Markdown: an old RNS text's pound sign, a footnote's stars
    raw = "# 1 Zeta plc\n\nRevenue was #11.6 million** in 2002.\n"
    assert decode_document(raw.encode(), "release.txt").text == raw
    # a contract's redactions are no strong words
    raw = "# Terms\n\nWithin [***] ([***]) days, [***] **shall** pay $1,000,000 [***].\n"
    assert decode_document(raw.encode(), "release.txt").text == (
        "Terms\n\nWithin [***] ([***]) days, [***] shall pay $1,000,000 [***].\n"
    )
