import datetime as dt

import pytest

from transform.dateline import parse_date, parse_dateline, prose_line_before
from transform.headline import find_headline
from transform.release import extract_release

LEAD = " Acme Bio, Inc. (Nasdaq: ACME) today announced results of a study in 120 patients."


@pytest.mark.parametrize(
    ("text", "city", "region", "date", "wire", "rule"),
    [
        (
            "CAMBRIDGE, MA, USA | August 1, 2007 |" + LEAD,
            "CAMBRIDGE",
            "MA, USA",
            dt.date(2007, 8, 1),
            None,
            "dateline_pipe",
        ),
        (
            "WALTHAM, Mass., Nov. 3, 2011 (GLOBE NEWSWIRE) --" + LEAD,
            "WALTHAM",
            "Mass.",
            dt.date(2011, 11, 3),
            "GLOBE NEWSWIRE",
            "dateline_date_first",
        ),
        (
            "WALTHAM, Mass.--(BUSINESS WIRE)--Nov. 19, 2009--" + LEAD,
            "WALTHAM",
            "Mass.",
            dt.date(2009, 11, 19),
            "BUSINESS WIRE",
            "dateline_wire_first",
        ),
        (
            "BOTHELL, Wash.--([ BUSINESS WIRE ])--Jan. 8, 2014--" + LEAD,
            "BOTHELL",
            "Wash.",
            dt.date(2014, 1, 8),
            "BUSINESS WIRE",
            "dateline_wire_first",
        ),
        (
            "THOUSAND OAKS, Calif. and SOUTH SAN FRANCISCO, Calif., Aug. 25, 2013 /PRNewswire/ --"
            + LEAD,
            "THOUSAND OAKS",
            "Calif.",
            dt.date(2013, 8, 25),
            "PRNewswire",
            "dateline_date_first",
        ),
        (
            "CAMBRIDGE, MA, October 25, 2004 –" + LEAD,
            "CAMBRIDGE",
            "MA",
            dt.date(2004, 10, 25),
            None,
            "dateline_date_first",
        ),
        (
            "SOUTH SAN FRANCISCO, Calif. -- February 22, 2013\n\n" + LEAD,
            "SOUTH SAN FRANCISCO",
            "Calif.",
            dt.date(2013, 2, 22),
            None,
            "dateline_dash_date",
        ),
        (
            "Board changes - Oxford, UK - 15 April 2008:" + LEAD,
            "Oxford",
            "UK",
            dt.date(2008, 4, 15),
            None,
            "dateline_dash_date",
        ),
        (
            "Boulder, Colo., (April 12, 2017) - " + LEAD,
            "Boulder",
            "Colo.",
            dt.date(2017, 4, 12),
            None,
            "dateline_date_first",
        ),
        (
            "WINNERSH, UK -- (Marketwired) -- 04/10/13 --" + LEAD,
            "WINNERSH",
            "UK",
            dt.date(2013, 4, 10),
            "Marketwired",
            "dateline_wire_first",
        ),
        (
            "SAN DIEGO, CA / ACCESSWIRE / June 2, 2016 /" + LEAD,
            "SAN DIEGO",
            "CA",
            dt.date(2016, 6, 2),
            "ACCESSWIRE",
            "dateline_wire_slashed",
        ),
        (
            "Perth, Australia — 19/03/2015" + LEAD,
            "Perth",
            "Australia",
            dt.date(2015, 3, 19),
            None,
            "dateline_dash_date",
        ),
        (
            "LIESTAL, SWITZERLAND--(Marketwire - May 4, 2012) -" + LEAD,
            "LIESTAL",
            "SWITZERLAND",
            dt.date(2012, 5, 4),
            "Marketwire",
            "dateline_wire_first",
        ),
        (
            "TOKYO, Japan, Nov 13, 2018 -(JCN Newswire)-" + LEAD,
            "TOKYO",
            "Japan",
            dt.date(2018, 11, 13),
            "JCN Newswire",
            "dateline_date_first",
        ),
        (
            "SOUTH SAN FRANCISCO, Calif., Oct. 23, 2014, (GLOBE NEWSWIRE) —" + LEAD,
            "SOUTH SAN FRANCISCO",
            "Calif.",
            dt.date(2014, 10, 23),
            "GLOBE NEWSWIRE",
            "dateline_date_first",
        ),
        (
            "ALBANY, N.Y., and DENVER, Colo., March 3, 2016 /PRNewswire/ --" + LEAD,
            "ALBANY",
            "N.Y.",
            dt.date(2016, 3, 3),
            "PRNewswire",
            "dateline_date_first",
        ),
        (
            # after a headline on the same line, a city in capitals starts the dateline
            "Acme and Beta Enter Into License Agreement LYON, France, May 4, 2012 /PRNewswire/ --"
            + LEAD,
            "LYON",
            "France",
            dt.date(2012, 5, 4),
            "PRNewswire",
            "dateline_date_first",
        ),
        # no year and no mark between the day and the company's name and legal form
        (
            "LEUVEN, Belgium, September 19 ZetaGenics NV(Euronext Brussels: ZTA), a "
            "biotechnology company, announces today its promotion to the index. It was 2008.",
            "LEUVEN",
            "Belgium",
            dt.date(2008, 9, 19),
            None,
            "dateline_date_first",
        ),
        # a message board's quote marks before the dateline
        (
            ">>EXTON, Pa., July 26, 2001 /PRNewswire/ -- Zeta Pharmaceuticals, Inc. today "
            "announced results.",
            "EXTON",
            "Pa.",
            dt.date(2001, 7, 26),
            "PRNewswire",
            "dateline_date_first",
        ),
        # a semicolon after the year, a comma between month and year
        (
            "Edinburgh, UK, 29 June, 2006; Zeta plc (LSE: ZTA) today announces its results.",
            "Edinburgh",
            "UK",
            dt.date(2006, 6, 29),
            None,
            "dateline_date_first",
        ),
        # two places joined by a slash, each with its region
        (
            "Leeds, West Yorkshire/Durham, North Carolina, March 2, 2006 – Zeta Bio, Inc. "
            "announced today that it has signed a license.",
            "Leeds",
            "West Yorkshire",
            dt.date(2006, 3, 2),
            None,
            "dateline_date_first",
        ),
        # two places a slash joins, then their country with no comma between
        (
            "Kusatsu/Shiga Japan – April 9, 2018 – Zeta Bio Inc (Zeta Bio), announced today "
            "that it has entered into an agreement.",
            "Kusatsu/Shiga",
            "Japan",
            dt.date(2018, 4, 9),
            None,
            "dateline_dash_date",
        ),
        # a city in capitals, no comma before its day: the wire or the lead's words after it
        (
            "OSLO Mar 9 (Reuters) - Zeta ASA said on Monday it named a new chief executive. 2015.",
            "OSLO",
            None,
            dt.date(2015, 3, 9),
            "Reuters",
            "dateline_date_first",
        ),
        (
            "NEW YORK Oct 2 Drugmaker Zeta Inc said on Monday it named a new chief. 2017 news.",
            "NEW YORK",
            None,
            dt.date(2017, 10, 2),
            None,
            "dateline_date_first",
        ),
        (
            "BASEL, Switzerland, 3rd March 2015 /PRNewswire/ --" + LEAD,
            "BASEL",
            "Switzerland",
            dt.date(2015, 3, 3),
            "PRNewswire",
            "dateline_date_first",
        ),
        (  # a time's zone in brackets is no wire
            "Helsinki, Finland, March 2, 2015 at 9:00 a.m. (EET) -" + LEAD,
            "Helsinki",
            "Finland",
            dt.date(2015, 3, 2),
            None,
            "dateline_date_first",
        ),
        (
            "Mumbai, March 2, 2015 10:00 AM (IANS) -" + LEAD,
            "Mumbai",
            None,
            dt.date(2015, 3, 2),
            "IANS",
            "dateline_date_first",
        ),
    ],
)
def test_dateline_styles(text, city, region, date, wire, rule):
    dateline = parse_dateline("A Headline About Results\n\n" + text)
    assert (dateline.city, dateline.region, dateline.published_date, dateline.wire) == (
        city,
        region,
        date,
        wire,
    )
    assert dateline.rule == rule


def test_dateline_span_points_at_the_dateline():
    text = "Acme Wins\n\nBOSTON, Mass., May 2, 2019 (GLOBE NEWSWIRE) --" + LEAD
    dateline = parse_dateline(text)
    assert text[dateline.span_start : dateline.span_end].startswith("BOSTON, Mass., May 2, 2019")


def test_dateline_without_year_takes_the_year_of_the_header_date():
    text = "May 04, 2000\nAcme Signs Deal\n\nCAMBRIDGE, Mass., May 4 /PRNewswire/ --" + LEAD
    dateline = parse_dateline(text)
    assert dateline.published_date == dt.date(2000, 5, 4)
    assert dateline.date_rule == "dateline_date_first_year_header"
    assert (dateline.date_inferred, dateline.date_confidence) == (False, 0.8)


def test_a_year_guessed_from_the_text_is_marked_inferred_with_low_confidence():
    text = "Acme Signs Deal\n\nCAMBRIDGE, Mass., May 4 /PRNewswire/ -- Acme Bio, Inc. said its " + (
        "results for 2001 will be presented. " + LEAD
    )
    dateline = parse_dateline(text)
    assert dateline.published_date == dt.date(2001, 5, 4)
    assert dateline.date_rule == "dateline_date_first_year_inferred"
    assert (dateline.date_inferred, dateline.date_confidence) == (True, 0.3)
    printed = parse_dateline("Acme Signs Deal\n\nCAMBRIDGE, Mass., May 4, 2011 -- " + LEAD)
    assert (printed.date_inferred, printed.date_confidence) == (False, 0.95)


def test_a_guessed_year_comes_after_the_period_the_release_reports_on():
    text = (
        "NEW YORK, Feb. 24 (GenomeWeb News) - Zeta Bio today reported lower revenues. Revenues "
        "for the fourth quarter ended Dec. 31, 2003, were $8.5 million.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2004, 2, 24), True)
    # without a period reported as ended, the first year printed after the dateline is the guess
    text = text.replace("the fourth quarter ended Dec. 31, 2003, were", "2003 are expected at")
    assert parse_dateline(text).published_date == dt.date(2003, 2, 24)


def test_a_guessed_year_comes_after_a_month_the_text_recalls_as_past():
    text = (
        "EDISON, N.J., March 9 /PRNewswire/ -- Zeta Bio today announced that Omega has expanded "
        "its research agreement. The original agreement, announced in June 1999, provided "
        "licensing fees.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2000, 3, 9), True)
    # a month still to come is no past: the first year printed stays the guess
    text = text.replace("announced in June 1999, provided", "expected to close in June 1999,")
    assert parse_dateline(text).published_date == dt.date(1999, 3, 9)


def test_a_guessed_year_comes_after_a_day_the_text_recalls_as_past_whatever_was_guessed_first():
    text = (
        "SOUTH SAN FRANCISCO, Calif., March 29 /PRNewswire/ -- Zeta Bio (Nasdaq: ZETA) today "
        "announced the expiration of the waiting period under the Hart-Scott-Rodino Antitrust "
        "Improvements Act of 1976. The licensing agreement, which was announced on February 16, "
        "2010, grants Omega an exclusive license.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2010, 3, 29), True)
    text = (
        "SOUTH SAN FRANCISCO, Calif., Jan. 26 /PRNewswire/ -- Zeta Bio will receive a $5 million "
        "milestone payment from Omega, which licensed rights to ZB-763 in October 2005.\n\nOn "
        "October 25, 2005, Zeta announced that it had granted Omega an exclusive license.\n"
    )
    assert parse_dateline(text).published_date == dt.date(2006, 1, 26)


def test_a_year_the_dateline_prints_is_never_moved_by_a_day_the_text_recalls():
    text = (
        "WILMINGTON, Del., Dec. 2, 2020 /PRNewswire/ -- Zeta Bio today announced the completion "
        "of its acquisition by Omega. The tender offer expired on December 1, 2020.\n\nThe "
        "acquisition was completed on December 2, 2020 through a merger.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2020, 12, 2), False)
    # a guessed year is not moved by the release's own day recalled as done either
    undated = text.replace("Dec. 2, 2020", "Dec. 2")
    assert parse_dateline(undated).published_date == dt.date(2020, 12, 2)


def test_a_guessed_year_puts_the_day_on_the_weekday_the_page_prints():
    text = (
        "Tuesday October 27, 8:01 am Eastern Time\nCompany Press Release\nZeta Signs Deal\n"
        "PRINCETON, N.J., Oct. 27 /PRNewswire/ -- Zeta Bio, Inc. today announced a deal. Zeta "
        "signed a first one in February, 1995, and a second in January, 1997; in August, 1998, "
        "the partner added funding.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(1998, 10, 27), True)
    # no printed year puts it on a Tuesday: the first year after the dateline stays the guess
    text = text.replace("1998", "1996")
    assert parse_dateline(text).published_date == dt.date(1995, 10, 27)


def test_a_weekday_and_date_under_a_news_items_title_date_it_and_name_no_place():
    text = (
        "US$1m milestone payment for Zeta\nTuesday, 29 November, 2005\nMelbourne-based Zeta "
        "(ASX:ZTA) has received a payment of US$1 million from Omega.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2005, 11, 29))
    assert dateline.date_rule == "header_date_line"


def test_a_dateline_with_its_date_first_and_two_places():
    text = (
        "Zeta and Omega Announce a Second Agreement\nJanuary 28, 2005, Horsham, PA and Mannheim, "
        "Germany. Zeta Technologies, Inc. (Nasdaq: ZETA) and Omega AG today announced a deal.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "Horsham",
        "PA",
        dt.date(2005, 1, 28),
    )


@pytest.mark.parametrize(
    "line, place",
    [
        ("3 March 2021 | Oxford, UK |", ("Oxford", "UK")),
        ("Wednesday, March 3, 2021, 7:00 AM ET — BOSTON —", ("BOSTON", None)),
        ("March 3, 2021, 8:30 a.m. EST -- Cambridge, MA --", ("Cambridge", "MA")),
        ("March 3, 2021|By Jane Roe | Jane Roe, STAFF", (None, None)),  # a byline, no place
    ],
)
def test_a_date_first_dateline_with_a_weekday_a_time_or_pipes(line, place):
    text = f"Zeta Doses First Patient\n\n{line} Zeta Bio, Inc. (Nasdaq: ZETA) today announced.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == place


@pytest.mark.parametrize(
    "line, place",
    [
        ("12 March 2019, Seoul (Korea Bizwire) --", ("Seoul", None, "Korea Bizwire")),
        ("March 12, 2019, Tokyo (JCN Newswire) -", ("Tokyo", None, "JCN Newswire")),
        # a country in the parentheses is the city's
        ("12 March 2019, Seoul (South Korea) --", ("Seoul", "South Korea", None)),
    ],
)
def test_a_date_first_dateline_with_a_wire_after_its_place(line, place):
    text = f"Zeta Doses First Patient\n\n{line} Zeta Bio, Inc. (KOSDAQ: 123456) announced.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.wire) == place
    assert dateline.published_date == dt.date(2019, 3, 12)


def test_a_dateline_whose_year_a_comma_ends_inside_a_flattened_header():
    text = (
        "Zeta AB Reports Year End Results\n\nZeta AB Reports Year End Results -- Sales grow "
        "-- Lund, Sweden, February 18, 2002, Zeta AB (Stockholm: ZETA B) today reported its "
        "results for the year.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "Lund",
        "Sweden",
        dt.date(2002, 2, 18),
    )
    # a date in running text with a comma after its year is no dateline
    prose = "Zeta AB Reports\n\nSales in March 3, 2015, Were Strong said the company today.\n"
    assert parse_dateline(prose).city is None


def test_a_day_first_date_after_the_region_with_no_comma_and_a_dash_after_it():
    text = (
        "Zeta Reports 2003 Interim Results\n\nCambridge, UK 30 September 2003 - Zeta plc "
        "(AIM: ZETA) today announced its interim results.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "Cambridge",
        "UK",
        dt.date(2003, 9, 30),
    )


def test_an_aggregators_citation_dates_the_release_it_retells():
    text = (
        "Zeta Announces Exercise of Warrants\n\nOn January 17, 2019 Zeta Bio, Inc. (Nasdaq: ZETA) "
        "reported the exercise of warrants issued on July 30, 2019 (Press release, Zeta Bio, "
        "JAN 17, 2020, View Source [SID1234553313]).\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2020, 1, 17),
        "press_release_citation",
    )


def test_a_pages_day_over_an_article_on_years_long_past_dates_nothing():
    text = (
        "61.2 F\nPortland\nFriday, Apr 5, 2024\n-Advertisement-\n\n"
        "Zeta reports 2003 losses\n\nZeta Inc. said its net loss for 2003 fell to $4 million "
        "from $6 million in 2002 and $7 million in 2001. Revenues for 2003 rose.\n"
    )
    assert parse_dateline(text).published_date is None
    current = text.replace("2003", "2023").replace("2002", "2022").replace("2001", "2021")
    assert parse_dateline(current).published_date == dt.date(2024, 4, 5)
    # a biography's years in an article of its day are the background, not the page's age
    biography = text.replace("2003", "2018").replace("2002", "2017").replace("2001", "2016")
    assert parse_dateline(biography).published_date == dt.date(2024, 4, 5)


def test_a_date_on_its_own_line_over_a_title_is_no_dateline_with_the_title_as_place():
    from transform.release import extract_release

    text = (
        "Zeta Pharma Co., Ltd.\n\nPharmaceuticals\nMarch 3, 2017\n\n"
        "Zeta Signs Korea-Exclusive License Agreement with Omega Bio for ZT-7\n\n"
        "Zeta Pharma Co., Ltd. (Zeta) and Omega Bio Inc. entered into a license agreement on "
        "March 3 for the development of ZT-7 in Korea.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2017, 3, 3))
    release = extract_release(text, "d" * 64, "file:///x.txt").release
    title = "Zeta Signs Korea-Exclusive License Agreement with Omega Bio for ZT-7"
    assert release.headline == title
    wrapped = "June 2, 2011,\nHorsham, PA - Zeta Inc. today announced a deal.\n"
    assert (parse_dateline(wrapped).city, parse_dateline(wrapped).region) == ("Horsham", "PA")


def test_an_undated_dateline_in_capitals_inside_a_flattened_post():
    from transform.release import extract_release

    text = (
        "To: a reader who wrote (223) From: a reader\nZeta Inc. and Omega Corporation FEBRUARY 7, "
        '2000 -- Announce a Licensing Agreement MONTREAL, QUEBEC--Zeta BioPharma Inc. ("Zeta") '
        "and Omega Corporation announced today an agreement by which Omega will acquire rights.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == ("MONTREAL", "QUEBEC")
    extraction = extract_release(text, "doc", "file:///x.txt")
    assert extraction.release.issuer == "Zeta BioPharma Inc."
    assert extraction.release.headline is None  # the run-on line, with its date inside, is none
    assert [o.name for o in extraction.organizations] == ["Omega Corporation"]


def test_wire_named_on_its_own_line_is_the_wire():
    text = "Acme Approval\n\nBusiness Wire\n\nSOUTH SAN FRANCISCO, Calif. -- February 22, 2013\n"
    assert parse_dateline(text + LEAD).wire == "Business Wire"
    assert parse_dateline(text + LEAD).wire_canonical == "Business Wire"


def test_no_dateline_falls_back_to_a_header_date_line():
    dateline = parse_dateline("News\n[January 26, 2016]\n\nAcme earns a milestone." + LEAD)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2016, 1, 26))
    assert dateline.date_rule == "header_date_line"


@pytest.mark.parametrize(
    "line",
    [
        "Tue January 24, 2012",
        "9:47 AM EST, Tue January 24, 2012",
        "08:30 ET, January 24, 2012",
        "By Staff Writer | 9:47 AM EST, Tue January 24, 2012",
    ],
)
def test_a_header_date_line_with_its_hour_weekday_or_byline_before_it(line):
    """A news page's stamp: its hour and zone, a weekday in three letters, a writer and a bar
    before the date."""
    dateline = parse_dateline(f"News\n{line}\n\nAcme earns a milestone." + LEAD)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2012, 1, 24),
        "header_date_line",
    )
    # a byline's bar with words after the date is a line of prose, no stamp
    prose = parse_dateline("News\nBy Staff | Acme said on January 24, 2012 it won\n\n" + LEAD)
    assert prose.date_rule != "header_date_line"


def test_sec_form_report_date_is_used_when_nothing_else_dates_the_release():
    dateline = parse_dateline(
        "FORM 8-K\nDate of Report (Date of earliest event reported): December 11, 2006\nAcme, Inc."
    )
    assert dateline.published_date == dt.date(2006, 12, 11)
    assert dateline.date_rule == "sec_report_date"


def test_release_without_any_date_has_a_null_date():
    dateline = parse_dateline("Acme Announces Something\n\nAcme, Inc. said things today.")
    assert dateline.published_date is None and dateline.city is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov. 3, 2011", dt.date(2011, 11, 3)),
        ("3 November 2011", dt.date(2011, 11, 3)),
        ("Sept. 30, 2010", dt.date(2010, 9, 30)),
        ("08.25.2013", dt.date(2013, 8, 25)),
        ("19/01/2005", dt.date(2005, 1, 19)),  # day first: only one reading
        ("03/04/2005", dt.date(2005, 3, 4)),  # both readings possible: month first, as before
        ("2011-11-03", dt.date(2011, 11, 3)),
        ("2023.12.20", dt.date(2023, 12, 20)),  # year first, as East Asian pages print it
        ("2023/12/4", dt.date(2023, 12, 4)),
        ("24-Sep-2008", dt.date(2008, 9, 24)),  # the day first, hyphenated
        ("10. July 2018", dt.date(2018, 7, 10)),  # the day's stop, as German pages print it
        ("Published on 10. July 2018 in News", dt.date(2018, 7, 10)),
        # another language's month, day first and before its year (CLDR's names)
        ("3. März 2020", dt.date(2020, 3, 3)),
        ("5 de mayo de 2020", dt.date(2020, 5, 5)),
        ("12 maart 2021", dt.date(2021, 3, 12)),
        ("Feb. 30, 2011", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_pages_date_above_the_articles_own_stamp_is_not_the_articles_date():
    text = (
        "Friday, December 13, 2019\nZeta Exports Its Technology\n  • By Jo Lee\n"
        "  • November 6, 2018, 15:38\n\nZeta Corp. said it has signed a licence deal worth "
        "US$1.2 billion with Beta Biotech for its lung cancer treatment.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2018, 11, 6),
        "header_page_stamp",
    )
    # a stamp no older than the date line leaves the date line
    later = text.replace("November 6, 2018", "December 13, 2019")
    assert parse_dateline(later).date_rule == "header_date_line"


@pytest.mark.parametrize(
    "text",
    [
        "March 27, 2016 | The US Food and Drug Administration has approved Zetavir for asthma.",
        "27 March 2016 - Zeta Bio said the FDA has approved Zetavir for asthma.",
    ],
)
def test_a_date_opening_a_line_before_a_bar_or_a_dash_dates_the_release(text):
    assert parse_dateline(text).published_date == dt.date(2016, 3, 27)


@pytest.mark.parametrize("day", ["27-Mar-2016", "27 March 2016", "March 27, 2016", "2016-03-27"])
def test_a_date_and_a_colon_before_the_title_date_the_release_and_leave_the_title(day):
    text = f"{day}: Zeta Receives US$7m Milestone from Omega\nZeta Bio Ltd has received it.\n"
    assert parse_dateline(text).published_date == dt.date(2016, 3, 27)
    title = find_headline(text, text.index("Zeta Bio"))
    assert title is not None and title.text == "Zeta Receives US$7m Milestone from Omega"


def test_a_period_heading_a_quarters_figures_never_dates_the_release():
    text = (
        "Quarterly Report Q1\n\nOn March 2, 2023 Zeta Bio AB reported its first quarter.\n\n"
        "October 1, 2022 – December 31, 2022\n\nNet result: MSEK -12.5 (-9.1)\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (dt.date(2023, 3, 2), "lead_on_date")


def test_a_papers_masthead_inside_a_line_is_no_dateline_city():
    text = (
        "date 2023-05-02 PharmaWeekly - Tuesday, May 2, 2023\nZeta wins approval in Japan\n\n"
        "Zeta Bio Inc. said Japan approved Zetavir for asthma.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2023, 5, 2))
    # a place of the world's is one there, with or without its region
    for place in ("Hyderabad", "Oxford, UK"):
        placed = text.replace("PharmaWeekly", place)
        assert parse_dateline(placed).city == place.split(",")[0]


def test_a_wire_on_a_header_line_is_no_dateline_city():
    text = "PR Newswire, March 20, 1997 -- news\n\nMOUNTAIN VIEW, Calif., March 20, 1997 --" + LEAD
    assert parse_dateline(text).city == "MOUNTAIN VIEW"


@pytest.mark.parametrize("service", ["KORSAR-NEWS", "Baltic Press", "VISTA NEWS AGENCY"])
def test_a_news_service_where_the_city_stands_is_the_wire_and_its_date_dates_the_release(service):
    dateline = parse_dateline(f"Zeta Expands Research\n{service}. April 23, 2012." + LEAD)
    assert (dateline.city, dateline.region, dateline.wire) == (None, None, service)
    assert dateline.published_date == dt.date(2012, 4, 23)


def test_an_old_presswires_header_is_no_city():
    text = (
        "M2 PRESSWIRE-3 March 1999-Zeta Biosciences plc: Zeta signs licensing deal with Omega "
        "Pharma(C)1994-99 M2 COMMUNICATIONS LTD\n\nRDATE:030399\n\nZeta Biosciences plc today "
        "announced a licence."
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.wire) == (None, "PRESSWIRE")
    assert dateline.published_date == dt.date(1999, 3, 3)


def test_a_feeds_template_tag_glued_before_the_city_leaves_the_city_its_own():
    text = "Zeta Gets Clearance for Trial\n\n[#item_full_content]DURHAM, N.C.–(BUSINESS WIRE)–"
    dateline = parse_dateline(text + LEAD)
    assert (dateline.city, dateline.region, dateline.wire) == ("DURHAM", "N.C.", "BUSINESS WIRE")


def test_a_news_agencys_tag_alone_opens_the_lead_and_a_labelled_date_dates_it():
    from transform import extract_release

    text = (
        "(RTTNews) - Shares of Zeta Bio, Inc. (ZETA) are falling more than 15% Monday morning "
        "after the company said it received a Complete Response Letter from the FDA.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.wire, release.issuer, release.dateline_city) == (
        "RTTNews",
        "Zeta Bio, Inc.",
        None,
    )
    text = (
        " date 2024-07-17 (Bloomberg) -- Zeta Sciences Inc. shares plunged after its chief "
        "executive officer resigned, the latest turmoil at the biotech company.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.wire, release.issuer, release.published_date) == (
        "Bloomberg",
        "Zeta Sciences Inc.",
        dt.date(2024, 7, 17),
    )
    # a tag no news agency's is none: "(Photo) - ..."
    assert parse_dateline("(Photo) - Zeta Bio, Inc. said it won.").wire is None


def test_a_day_opening_the_lead_after_the_dateline_is_no_issuer():
    from transform import extract_release

    text = (
        "Brussels, 04/07/2013 (Agence Europe) - On Thursday 4 July, the General Court of the "
        "European Union annulled the Commission's decision refusing to grant a marketing "
        "authorisation for Zetacol.\n"
    )
    assert extract_release(text, "d", "f").release.issuer is None


def test_a_page_label_is_no_dateline_city_but_its_date_dates_the_release():
    text = "News Release - October 5, 2006\nAcme Wins\nCAMBRIDGE, Mass.--(HSMN News Feed)--"
    dateline = parse_dateline(text + LEAD)
    assert (dateline.city, dateline.published_date) == ("CAMBRIDGE", dt.date(2006, 10, 5))
    # ... or before a bar, with no dateline below
    text = "News | October 27, 1997\n\nAcme Names New VP\n\nAcme Bio, Inc. has appointed Ann Roe."
    assert parse_dateline(text).published_date == dt.date(1997, 10, 27)


@pytest.mark.parametrize(
    ("header", "year"),
    [
        ("Date:5/21/2008", 2008),
        ("Date: May 21, 2009", 2009),
        ("date 2019-05-21", 2019),
        # other labels of a page's or a wire's date, a day-first number
        ("Released: May 21, 2014", 2014),
        ("Publication date: 21.05.2006", 2006),
        ("Issued on 21 May 2010", 2010),
        # a release's own label of its day, its weekday too
        ("FOR RELEASE: Wednesday, May 21, 1997", 1997),
        ("For Immediate Release: May 21, 2003", 2003),
    ],
)
def test_a_labelled_header_date_gives_a_dateline_its_year(header, year):
    text = f"Acme Wins\n{header}\n\nTOKYO, May 21 /PRNewswire/ --" + LEAD
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(year, 5, 21), False)
    assert parse_dateline(f"Acme Wins\n{header}\n\nAcme said it won.").published_date == (
        dt.date(year, 5, 21)
    )


def test_a_labelled_date_that_opens_the_title_line_dates_the_release():
    from transform import extract_release

    text = (
        " date 2021-06-08 Zeta Bio Wins FDA Approval of Zetamab\n"
        "Zeta Bio Inc (NASDAQ: ZETA) said the FDA approved zetamab for adults with severe "
        "asthma, the company's first approved medicine, and shares rose in early trading.\n"
    )
    release = extract_release(text, "doc", "zeta.txt").release
    assert (release.published_date, release.headline) == (
        dt.date(2021, 6, 8),
        "Zeta Bio Wins FDA Approval of Zetamab",
    )


def test_an_sec_cover_page_dates_the_filing_not_the_release():
    text = (
        "SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 6-K\n1 January 2005\n"
        "(Exact name of registrant as specified in its charter)\n\nStock Exchange Announcement\n"
        "3 January 2005\nAcme continues to make progress in Europe\n" + LEAD
    )
    assert parse_dateline(text).published_date == dt.date(2005, 1, 3)
    # a cover page longer than the header window is read past too
    checks = "Indicate by check mark whether the registrant files annual reports.\n|\n" * 20
    long_cover = text.replace("charter)\n", "charter)\n" + checks)
    assert parse_dateline(long_cover).published_date == dt.date(2005, 1, 3)


def test_a_page_stamp_with_a_time_dates_a_dateline_without_its_year():
    text = "Acme Wins\nPR Newswire - March 20, 1997 08:36\nBOSTON, Mass., March 20 /PRNewswire/ --"
    dateline = parse_dateline(text + LEAD)
    assert dateline.published_date == dt.date(1997, 3, 20)
    assert dateline.date_rule == "dateline_date_first_year_header"
    board = "To: Jo who wrote 7/27/1999 1:31:00 PM\nLYON, France, July 27 /PRNewswire/ --" + LEAD
    assert parse_dateline(board).published_date == dt.date(1999, 7, 27)


def test_a_release_that_opens_with_its_date():
    dateline = parse_dateline("On November 2, 2020 Acme Bio, Inc. reported a milestone.")
    assert (dateline.published_date, dateline.date_rule) == (dt.date(2020, 11, 2), "lead_on_date")
    # the board that acted, after the comma: a filing's "On November 17, 2023, the Board ..."
    text = "Appointment of a Committee Member\n\nOn November 17, 2023, the Board of Acme appointed."
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (dt.date(2023, 11, 17), "lead_on_date")


@pytest.mark.parametrize(
    ("line", "city", "region", "date"),
    [
        ("MONTRÉAL, Québec, May 4, 2012 /CNW/ --", "MONTRÉAL", "Québec", dt.date(2012, 5, 4)),
        ("São Paulo, Brazil, May 4, 2012 --", "São Paulo", "Brazil", dt.date(2012, 5, 4)),
        (
            "Martinsried/Munich, Germany, 4 May 2012 -",
            "Martinsried/Munich",
            "Germany",
            dt.date(2012, 5, 4),
        ),
        ("BOSTON, MA,USA I March 3, 2009 I", "BOSTON", "MA,USA", dt.date(2009, 3, 3)),
        ("BOSTON, Mass., 14/03/2006 --", "BOSTON", "Mass.", dt.date(2006, 3, 14)),
        ("BOSTON, Mass., 03/14/06 --", "BOSTON", "Mass.", dt.date(2006, 3, 14)),
        ("COPENHAGEN, Denmark, 2012-05-04 --", "COPENHAGEN", "Denmark", dt.date(2012, 5, 4)),
        (
            "Leiden, the Netherlands; 4 May 2012; 07.30 CET -",
            "Leiden",
            "the Netherlands",
            dt.date(2012, 5, 4),
        ),
        # an EU issuer's "regulated information" label after the time
        (
            "Mechelen, Belgium; 18 November 2019; 22:01 CET; regulated information –",
            "Mechelen",
            "Belgium",
            dt.date(2019, 11, 18),
        ),
        ("Tokyo: Monday, May 7, 2012:", "Tokyo", None, dt.date(2012, 5, 7)),
        ("Tokyo, Japan, Monday, May 7, 2012 --", "Tokyo", "Japan", dt.date(2012, 5, 7)),
        ("Melbourne, Australia; 19 January 2005:", "Melbourne", "Australia", dt.date(2005, 1, 19)),
        # two places between semicolons: the first is the dateline's, never the second
        ("Oxford, UK; Austin, TX, US; 12 March 2007 -", "Oxford", "UK", dt.date(2007, 3, 12)),
        ("LYON, France; DENVER, CO; March 12, 2007 -", "LYON", "France", dt.date(2007, 3, 12)),
        ("Perth, Australia; May 4, 2012 -", "Perth", "Australia", dt.date(2012, 5, 4)),
        # a period after the date, a date in parentheses, a region in parentheses
        ("Düsseldorf, 15 March 2022.", "Düsseldorf", None, dt.date(2022, 3, 15)),
        ("Cambridge, MA – (15 March 2022) –", "Cambridge", "MA", dt.date(2022, 3, 15)),
        ("Oslo (Norway), 15 March 2022 –", "Oslo", "Norway", dt.date(2022, 3, 15)),
        # a date after the place's full stop
        (
            "Hyderabad, India and Princeton, NJ, USA. September 25, 2020 -",
            "Hyderabad",
            "India",
            dt.date(2020, 9, 25),
        ),
        # a city's own qualifier in brackets
        (
            "HALLE (SAALE), Germany, 18 April 2019 –",
            "HALLE (SAALE)",
            "Germany",
            dt.date(2019, 4, 18),
        ),
        ("TOKYO, Japan (May 1, 2019) –", "TOKYO", "Japan", dt.date(2019, 5, 1)),
    ],
)
def test_datelines_of_other_countries_styles_and_scans(line, city, region, date):
    dateline = parse_dateline(f"Acme Wins Approval\n\n{line}{LEAD}")
    assert (dateline.city, dateline.region, dateline.published_date) == (city, region, date)
    assert not dateline.date_inferred


def test_a_pages_label_of_its_date_is_no_dateline_city():
    text = (
        "(Total Views: 495)\nPosted On: 07/08/2021 12:25:19 PM\nPost# of 148884\nI think the "
        "discussion of the patent has dominated the board for awhile, and Zeta Bio would "
        "benefit from a deal with a big pharma.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2021, 7, 8))


def test_a_board_posts_stamp_never_dates_the_release_it_quotes():
    text = (
        "Re: knulp post# 1236034\n\nThursday, April 17, 2008 8:28:25 AM\n\nPlease read the news"
        "\n\nZeta Bio Announces Results of Phase III Trial\nThursday 04/10/2008 8:00 AM ET - "
        "Market Wire\n\nZeta Bio, Inc. (OTCBB: ZETA) today announced the results of a Phase III "
        "clinical trial of zetagen in 142 patients with cyclic breast pain.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2008, 4, 10),
        "header_page_stamp",
    )


def test_an_undated_dateline_takes_its_date_from_the_page_stamp():
    text = "Jun 2, 2003, 08:30 ET from Acme Bio\n\nAcme Wins\n\nBOSTON, Mass. --" + LEAD
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "BOSTON",
        "Mass.",
        dt.date(2003, 6, 2),
    )
    assert dateline.date_rule == "header_page_stamp"


def test_a_wires_time_stamp_before_the_date_is_no_city():
    text = "01:00 PM EDT, 03/19/2024 (MT Newswires) -- Zeta Pharma (ZETA) on Tuesday said so.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == (None, None)
    assert (dateline.published_date, dateline.wire) == (dt.date(2024, 3, 19), "MT Newswires")


def test_a_month_and_year_print_no_day():
    text = (
        "Thursday 9th November 2017 |\nZeta Bio Ltd is in a trading halt pending results.\n"
        "No comments yet\nAIA - December 2024 Monthly traffic update\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2017, 11, 9))


def test_an_undated_dateline_with_a_wire_in_lower_case():
    dateline = parse_dateline("NEW DELHI (dpa-AFX) - Zeta Labs Ltd. (ZLB) announced it.\n")
    assert (dateline.city, dateline.wire, dateline.published_date) == ("NEW DELHI", "dpa-AFX", None)


def test_a_place_in_the_parentheses_after_a_date_is_the_city_and_a_news_agency_the_wire():
    # a Japanese newsroom's "date (city) -": the place is no wire (world_places.csv)
    line = parse_dateline("August 28, 2014 (Osaka) - Zeta Pharmaceutical Co., Ltd. announced.")
    assert (line.city, line.wire, line.published_date) == ("Osaka", None, dt.date(2014, 8, 28))
    # a news agency stays the wire, even one named like a town ("Xinhua")
    for agency, canonical in (("Xinhua", "Xinhua"), ("Kyodo", "Kyodo News")):
        line = parse_dateline(f"Dec 14, 2019 ({agency}) - Zeta Pharmaceutical Co Ltd said.")
        assert (line.city, line.wire, line.wire_canonical) == (None, agency, canonical)


def test_a_dateline_on_a_line_of_its_own_and_a_page_header_over_a_full_dateline():
    text = (
        "Acme to Acquire Beta for $16 Billion\n\nTHOUSAND OAKS, Calif. and SEATTLE, Dec. 17, 2001"
        "\n\nAcme (Nasdaq: ACME) and Beta Corporation jointly announced today an agreement."
    )
    line = parse_dateline(text)
    assert (line.city, line.region, line.published_date, line.rule) == (
        "THOUSAND OAKS",
        "Calif.",
        dt.date(2001, 12, 17),
        "dateline_line_end",
    )
    # the same line as a page's header over the release's own dateline: the dateline wins
    text = (
        "PR Newswire\n\nCARLSBAD, Calif., May 9, 2013\n\nCARLSBAD, Calif., May 9, 2013 "
        "/PRNewswire/ -- Acme Pharmaceuticals, Inc. announced today a milestone payment."
    )
    line = parse_dateline(text)
    assert (line.city, line.wire, line.rule) == ("CARLSBAD", "PRNewswire", "dateline_date_first")
    # a labelled date or stamp on its own line is none: "Updated: 2019-04-10 09:28"
    text = "China Daily | Updated: 2019-04-10 09:28\n\nIn mid-December, Zeta raised $394 million."
    assert parse_dateline(text).city is None
    assert parse_dateline("Date: 3 January 2005\n\nZeta A/S has filed for approval.").city is None


def test_a_stop_before_the_dash_and_a_heading_in_capitals_over_the_dateline():
    line = parse_dateline("Montreal, October 4, 2019. – Zeta, with Beta, will grant $1.7M.")
    assert (line.city, line.published_date) == ("Montreal", dt.date(2019, 10, 4))
    from transform.repair import repair_text

    text = (
        "FOR IMMEDIATE RELEASE\n"
        "ZETA AND BETA (ISRAEL) LTD. SIGN AN EXCLUSIVE COLLABORATION AGREEMENT FOR THE DEVELOPMENT "
        "OF BIOPHARMACEUTICALS\n"
        "Jerusalem and Ashdod, Israel, September 20, 2006 - Zeta Pharmaceutical Industries Ltd. "
        "(Nasdaq: ZETA) and Beta (Israel) Ltd. announced today that they have signed an exclusive\n"
        "collaboration agreement for the development of biopharmaceuticals using Beta's glycan\n"
        "analysis technology, which the companies will develop together over the next three\n"
        "years in Israel and elsewhere, as the parties to the agreement said in their joint\n"
        "statement to the press, adding that further terms of the deal were not disclosed.\n"
    )
    repaired = repair_text(text).text
    assert "BIOPHARMACEUTICALS\nJerusalem and Ashdod" in repaired
    line = parse_dateline(repaired)
    assert (line.city, line.published_date) == ("Jerusalem", dt.date(2006, 9, 20))


def test_a_city_in_capitals_on_a_flattened_line_never_takes_the_wires_dash():
    text = (
        "Zeta Receives Notice from Beta to Extend Option and License Agreement "
        "SEATTLE--(BUSINESS WIRE)--June 9, 2004-- Zeta, Inc. announced."
    )
    line = parse_dateline(text)
    assert (line.city, line.wire, line.published_date) == (
        "SEATTLE",
        "BUSINESS WIRE",
        dt.date(2004, 6, 9),
    )
    assert parse_dateline("WINSTON-SALEM, N.C., May 2, 2019 -- Zeta Inc. said.").city == (
        "WINSTON-SALEM"
    )


LONG_LEAD_PARAGRAPH = (
    "The trial will enrol about sixty patients whose disease progressed after two lines of "
    "treatment, and its first results are expected in the second half of next year, the "
    "company said, adding that its cash will fund the study through its readout. "
)
# a message board's chrome over a post, longer than a page header
BOARD_CHROME = "Sign In | Join | Forgot Password? | Quote | Bullboard | News | Profile\n" * 12


def test_a_feeds_stamp_closing_the_text_dates_it_and_a_weekday_is_no_city():
    text = (
        "Zeta Bio has announced that the first patient has been dosed in its Phase I trial of "
        "ZB-101 in patients with advanced gastric cancer, a study run with a cooperative group "
        "at sites across the United States.\n" + LONG_LEAD_PARAGRAPH * 4 + "\n"
        "Thu, 02 Nov 2023 06:00:00 GMT | Newsfeed.example\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date, dateline.date_rule) == (
        None,
        dt.date(2023, 11, 2),
        "closing_page_stamp",
    )
    wire_style = text.replace(
        "Thu, 02 Nov 2023 06:00:00 GMT | Newsfeed.example",
        "(END) Wire Newswires\nDecember 04, 2024 07:50 ET (12:50 GMT)",
    )
    assert parse_dateline(wire_style).published_date == dt.date(2024, 12, 4)
    # a date with no time and zone in the closing lines is no stamp: a closing remark's date
    remark = text.replace("Thu, 02 Nov 2023 06:00:00 GMT", "Updated 02 Nov 2023")
    assert parse_dateline(remark).published_date is None


@pytest.mark.parametrize(
    "footer",
    [
        "Article Details\nPublication:Newsfeed\nDate:Aug 14, 2019\nWords:242",
        "Source:\nZeta Bio press release 14 August 2019\nCopyright Example Publishing 2019",
        # a page's list of details, each with its bullet
        "- Published: 14 August 2019\n- Written by Editor",
        "• Posted on: Aug 14, 2019\n• Category: News",
    ],
)
def test_a_footer_that_labels_the_date_or_names_the_release_dates_it(footer):
    text = (
        "Zeta Bio has appointed Jo Lee as its new chief medical officer, the company said, "
        "after a search of six months.\n" + LONG_LEAD_PARAGRAPH * 4 + "\n" + footer + "\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2019, 8, 14),
        "closing_page_stamp",
    )


def test_a_news_agencys_dateline_with_no_mark_after_its_parentheses():
    text = (
        "Mumbai, Feb 7 (IANS) Drug major Zeta Pharma on Wednesday reported a net profit of "
        "Rs 403 crore for the third quarter of fiscal 2017-18.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.wire) == ("Mumbai", "IANS")


def test_a_dateline_in_parentheses():
    text = (
        "Boston Selected For Biotech Meeting\n\n(WASHINGTON, D.C., July 6, 1998)...The Zeta "
        "Industry Association will hold its annual meeting in Boston next year.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "WASHINGTON",
        "D.C.",
        dt.date(1998, 7, 6),
    )
    dashed = text.replace(")...The", ") - The")
    assert parse_dateline(dashed).city == "WASHINGTON"


@pytest.mark.parametrize(
    "footer",
    [
        " -0- 7/31/92",
        "-0-\n     7/31/92",  # (the date on the line under the mark)
        "Publication:PR Newswire\nDate:Jul 31, 1992",
    ],
)
def test_a_wires_end_mark_or_a_footer_below_a_dateline_without_a_year_gives_its_year(footer):
    text = (
        "ZETA FILES NDA FOR ZETAVIR\nNEW YORK, July 31 /PRNewswire/ -- Zeta Company (NYSE: ZTA) "
        "today announced that it has filed a new drug application for Zetavir in 1991's "
        "indication.\n" + footer + "\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(1992, 7, 31), False)
    # a footer months later dates the page, not the release: the year stays a guess
    late = text.replace("7/31/92", "12/31/92").replace("Jul 31, 1992", "Dec 31, 1992")
    assert parse_dateline(late).date_inferred


def test_a_share_boxs_day_dates_no_release_and_a_day_first_stamp_gives_the_year():
    text = (
        "ZETA Zeta Pharmaceuticals Inc.\n57.49\n07 Jun 2024 - Closed\nDelayed by 15 minutes\n\n"
        + BOARD_CHROME  # the page's chrome: the stamp below stands past the page header
        + "Omega Completes Tender Offer for Shares of Zeta\n\n08/06/2010 8:09am\n\nPR Newswire\n\n"
        "TOKYO, June 8 /PRNewswire/ -- Omega Pharma Inc. (TSE: 4599) announced today the "
        "completion of its tender offer for all shares of Zeta Pharmaceuticals, Inc.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2010, 6, 8), False)


def test_a_posts_stamp_above_a_dateline_without_a_year_gives_its_year():
    text = BOARD_CHROME + (
        "Bullboard Posts\nPost by member42 Nov 06, 2009 8:24am\n351 Views\n\n"
        "Zeta Reports First Quarter Results\n\n"
        "BELLEVILLE, ON, Nov. 6 /CNW/ - Zeta Life Sciences Inc. (TSX: ZLS) today announced "
        "financial results for its Fiscal 2010 first quarter, ended September 30, 2009.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule, dateline.date_inferred) == (
        dt.date(2009, 11, 6),
        "dateline_date_first_year_header",
        False,
    )
    # a stamp months after the date dates the post, not the release: the year stays a guess
    late = text.replace("Nov 06, 2009", "Mar 06, 2010")
    assert parse_dateline(late).date_inferred


def test_a_line_of_running_text_before_a_place_is_read_line_by_line():
    header = "Zeta Bio Reports Results\nBOSTON, May 2, 2019\n"
    prose = "Zeta Bio said today that it has started a trial in gout.  \n"
    assert not prose_line_before(header, len(header))  # a title: no stop, too few words
    assert prose_line_before(prose + header, len(prose + header))
    # seven words and the stop after them, but the stop ends no line: no running text
    assert not prose_line_before("one two three four five six seven eight. nine\n", 46)
    # the line counts up to where the search stops: the stop past it is not read
    assert not prose_line_before(prose, prose.index("gout") + 4)
    # a long line of words with no stop, the kind whose pattern took cubic time, is none
    assert not prose_line_before(" ".join(["word"] * 150) + "\nBOSTON", 760)


def test_a_title_in_capitals_glued_before_a_city_in_capitals_is_no_part_of_it():
    text = (
        "EX-99.1 EXHIBIT 99.1 FOR IMMEDIATE RELEASE ZETA LOSES ARBITRATION WITH ACME COMPANY "
        "BELIEVES RULING INCONSISTENT WITH PATENT OFFICE ACTION THE WOODLANDS, TX -- MARCH 9, "
        "2001 -- Zeta Biotechnology Corporation (NASDAQ: ZETA) announced today that it lost."
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "THE WOODLANDS",
        "TX",
        dt.date(2001, 3, 9),
    )
    # a city is never cut to one word: "Hanover" is a place, "EAST HANOVER" keeps its "EAST"
    # (and loses the title's words no place prints)
    text = "ZETA REPORTS RESULTS EAST HANOVER, NJ -- MARCH 9, 2001 -- Zeta Corp. announced."
    assert parse_dateline(text).city == "EAST HANOVER"
    # a company's name in capitals glued before its city: words no place prints
    text = (
        "ZETA SIGNS SECOND LICENSE AGREEMENT WITH OMEGA FOR USE OF A RECEPTOR IDENTIFIED BY ITS "
        "ZETAGENE TECHNOLOGIES SUBSIDIARY IRVINE, Calif., December 20, 2001 -- Zeta, Inc. "
        "(NASDAQ: ZETA) announced today that it signed."
    )
    assert (parse_dateline(text).city, parse_dateline(text).region) == ("IRVINE", "Calif.")


def test_an_undated_dateline_with_a_comma_before_its_wire():
    text = "WASHINGTON, (Reuters) – The federal government announced three vaccine contracts."
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.wire, dateline.published_date) == (
        "WASHINGTON",
        "Reuters",
        None,
    )


def test_a_state_code_printed_after_its_city_without_a_comma_is_the_region():
    dateline = parse_dateline(
        "Zetamos Announces Results\nIselin NJ, November 19, 2008 - Zetamos Corporation (Nasdaq: "
        "ZTMS) today announced results."
    )
    assert (dateline.city, dateline.region) == ("Iselin", "NJ")
    assert dateline.published_date == dt.date(2008, 11, 19)


@pytest.mark.parametrize(
    "line",
    [
        "Dallas, Texas 11/26/2013 (Financialstrend) – Zeta Therapeutics, Inc. (NASDAQ:ZTGX) said",
        "Dallas, Texas November 26, 2013 – Zeta Therapeutics, Inc. (NASDAQ:ZTGX) said",
    ],
)
def test_a_date_after_the_region_without_a_comma_before_a_dash(line):
    dateline = parse_dateline(f"Zeta Starts a Trial\n{line} it started a trial.")
    assert (dateline.city, dateline.region) == ("Dallas", "Texas")
    assert dateline.published_date == dt.date(2013, 11, 26)


def test_a_known_city_and_a_colon_open_an_undated_lead_and_a_label_does_not():
    dateline = parse_dateline(
        "Zeta signs a licensing pact\n\nMumbai: Drugmaker Zeta Pharmaceuticals Ltd announced a "
        "licensing pact this week."
    )
    assert (dateline.city, dateline.rule) == ("Mumbai", "dateline_undated")
    assert parse_dateline("Zeta signs\n\nNote: Drugmaker Zeta Ltd announced a pact.").city is None


def test_a_published_stamp_with_a_dash_before_its_time_beats_the_pages_today():
    text = (
        "THE INVESTOR\nMarch 29, 2024\n\nZeta Pharma's arthritis drug deal nixed\n\n"
        "  • PUBLISHED :January 23, 2019 - 10:49\n\nZeta Pharmaceutical said on Jan. 23 that its "
        "partner would hand back its licensed drug candidate."
    )
    assert parse_dateline(text).published_date == dt.date(2019, 1, 23)


@pytest.mark.parametrize(
    ("line", "city", "day"),
    [
        (
            "Brisbane, Australia 4 March 2016\n\nZeta Limited (ASX: ZTA) today announced",
            "Brisbane",
            dt.date(2016, 3, 4),
        ),
        (
            "Toronto, ON December 3, 2003 DNA-based diagnostics company Zeta Bioscience says",
            "Toronto",
            dt.date(2003, 12, 3),
        ),
        (
            "5 October 2016 – Sydney, Australia & Auckland, New Zealand – Zeta Cell Limited has",
            "Sydney",
            dt.date(2016, 10, 5),
        ),
    ],
)
def test_datelines_with_a_space_or_a_dash_between_place_and_date(line, city, day):
    dateline = parse_dateline(f"Zeta Reports Interim Data\n\n{line} completed a trial.")
    assert (dateline.city, dateline.published_date) == (city, day)


def test_a_word_or_a_period_before_a_spaced_date_is_no_place():
    on = parse_dateline("Zeta Splits Its Stock\n\nOn July 14, 2022 Zeta Biosciences, Inc. said.")
    assert (on.city, on.published_date) == (None, dt.date(2022, 7, 14))
    period = parse_dateline(
        "ZETA PLC\nFOR THE YEAR ENDED 31 December 2006\n\nZeta plc today reports results."
    )
    assert period.city is None


def test_a_lead_opening_with_its_date_and_a_comma_dates_the_release():
    text = (
        "ASX ANNOUNCEMENT\n\n25 May 2016, Zeta Corporation (ASX:ZTA), a science-based company, "
        "today announced the release of initial results."
    )
    assert parse_dateline(text).published_date == dt.date(2016, 5, 25)


def test_a_title_in_capitals_with_a_comma_is_no_undated_dateline():
    text = (
        "ZETA, OMEGA TO CO-DEVELOP TRANSPLANT DRUG\n\nJanuary 25, 2007\n\nZeta Brewery and Omega "
        "Pharma, both based in Japan, announced that they have entered into a license agreement.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        None,
        None,
        dt.date(2007, 1, 25),
    )
    # an undated dateline of a place and its region still reads
    text = "BOSTON, Mass. -- Zeta Bio, Inc. today announced that it has entered into a license.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == ("BOSTON", "Mass.", None)


def test_the_earliest_of_a_headers_date_lines_dates_the_release():
    text = (
        "Sunday 24 November 2024\n\nZeta Bio to get $400 million upfront in ZB-83 licensing deal\n"
        "\nBiotechnology\n2 June 2021\nShares of Japanese drugmaker Zeta Bio (TYO: 4151) were up "
        "8% at 3,560 yen on news of a licensing deal with long-time partner Omega, which have "
        "partnered since 1984.\n"
    )
    assert parse_dateline(text).published_date == dt.date(2021, 6, 2)


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("22-05-2008 - ", dt.date(2008, 5, 22)),  # day first, dashes: one reading
        ("22.05.2008 - ", dt.date(2008, 5, 22)),
        ("14/03/2006 -- ", dt.date(2006, 3, 14)),
        ("05-06-2008 - ", None),  # May 6 or 5 June: no guess
    ],
)
def test_a_numeric_date_opening_a_blogs_copy_before_a_dash_dates_it(opening, date):
    text = (
        f"{opening}Zeta Pharma A/S and Omega Genetics, Inc. announced that Zeta has acquired "
        "European rights to Omega's drug. Zeta will pay Omega an initial USD 100 million.\n"
    )
    assert parse_dateline(text).published_date == date


def test_a_dashed_date_reads_only_when_one_reading_fits():
    assert parse_date("22-05-2008") == dt.date(2008, 5, 22)
    assert parse_date("05-05-2008") == dt.date(2008, 5, 5)
    assert parse_date("05-06-2008") is None
    assert parse_date("05/06/2008") == dt.date(2008, 5, 6)  # slashes: the American order


def test_a_dotted_date_reads_only_when_one_reading_fits():
    # dots are the European order ("12.05.2020", a Swiss page's 12 May) as often as the
    # American ("08.25.2013"): no guess where both fit
    assert parse_date("12.05.2020") is None
    assert parse_date("25.05.2020") == dt.date(2020, 5, 25)
    assert parse_date("08.25.2013") == dt.date(2013, 8, 25)
    assert parse_date("07.07.2019") == dt.date(2019, 7, 7)
    assert parse_date("2020.05.12") == dt.date(2020, 5, 12)  # the year first: one reading
    text = (
        "| News\nZeta receives payment of 45 million US dollars\n12.05.2020\n"
        "The Basel-based company Zeta receives a payment of 45 million US dollars from "
        "Omega Biosciences under their licence agreement.\n"
    )
    assert parse_dateline(text).published_date is None
    assert parse_dateline(text.replace("12.05.2020", "13.05.2020")).published_date == (
        dt.date(2020, 5, 13)
    )


@pytest.mark.parametrize(
    ("place", "city", "region"),
    [
        ("Osaka Japan", "Osaka", "Japan"),
        ("São Paulo Brazil", "São Paulo", "Brazil"),
        ("Leiden The Netherlands", "Leiden", "The Netherlands"),
        ("Oxford UK", "Oxford", "UK"),  # a country's initials, which GeoNames does not list
        ("Boston USA", "Boston", "USA"),
        ("Mexico City", "Mexico City", None),  # a city whose name opens with a country's
        ("Dublin Ohio", "Dublin", "Ohio"),  # a US state spelled out
        ("Kansas City", "Kansas City", None),  # a city whose name opens with a state's
    ],
)
def test_a_city_and_its_country_printed_without_a_comma_are_split(place, city, region):
    text = (
        f"Zeta and Omega Sign Licensing Agreement\n\nApril 15, 2009, {place}-- Zeta Pharma Co., "
        "Ltd. announced that Zeta and Omega signed a worldwide licensing agreement for ZB-1.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == (city, region)
    assert dateline.published_date == dt.date(2009, 4, 15)


def test_a_dateline_whose_date_a_slash_ends():
    text = (
        "Zeta Licenses ZB-1\n\nPlanegg/Munich, Germany, August 5, 2021 / Zeta AG (FSE: ZTA) "
        "today announced that it has signed a license agreement with Omega Inc. for ZB-1.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "Planegg/Munich",
        "Germany",
        dt.date(2021, 8, 5),
    )
    # a slash opening the next line is a page's label, no dateline's end
    page = (
        "Zeta Soars on Up to USD5 Billion Licensing Deal\nDATE:  Dec 07 2022\n/ SOURCE:  Yicai\n\n"
        "(Yicai Global) Dec. 7 -- Shares in Zeta surged as much as 40 percent today.\n"
    )
    assert parse_dateline(page).rule != "dateline_date_first"


def test_a_posts_title_naming_its_weekday_before_a_dashed_date_is_no_place():
    text = (
        "Monday Deal Review - January 12, 2015\n\nWelcome to your Monday Biotech Deal Review. "
        "Zeta Bio Inc. (TSX: ZB) announced that it has closed its acquisition of Omega Corp.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2015, 1, 12))
    placed = "SAN DIEGO - January 12, 2015 - Zeta Bio Inc. (TSX: ZB) announced its results.\n"
    assert parse_dateline(placed).city == "SAN DIEGO"


def test_a_mail_forwarded_to_a_board_its_subject_the_title_and_its_date_the_year():
    from transform.release import extract_release

    text = (
        "Back from the dead!!! The new CEO rules.\nSubj: Zeta Grants License Option to Omega "
        "for Restenosis Program Date: 97-07-31 21:03:49 EDT From: AOL News BCC: ROVER41\n"
        "HOPKINTON, Mass., July 31 /PRNewswire/ -- Zeta, Inc. (Nasdaq: ZETA) announced today "
        "that it has granted Omega Corporation an option on worldwide rights to ZB-389.\n"
    )
    release = extract_release(text, "d", "file:///x")
    assert release.release.headline == "Zeta Grants License Option to Omega for Restenosis Program"
    assert release.release.published_date == dt.date(1997, 7, 31)
    assert [c.name for c in release.compounds] == ["ZB-389"]  # never the mail's "BCC: ROVER41"


def test_a_date_in_a_tables_cell_dates_the_release_and_a_signatures_date_does_not():
    from transform import extract_release

    text = (
        "Form 6-K\nFor the month of December, 2002\nZeta Limited\n(Translation of registrant's "
        "name into English)\nSIGNATURES\nZeta Limited\n(Registrant)\n|Date 9 December, 2002\n|By"
        "\n|/s/ Ann Roe\n|Company secretary\n2\n|ASX & MEDIA RELEASE\n|6 JANUARY 2003\nZETA "
        "RECEIVES $A2.3 MILLION ROYALTY PAYMENT FROM OMEGA.\nPharmaceutical company, Zeta "
        "Limited, today announced receipt of a milestone royalty payment from Omega.\n"
    )
    assert extract_release(text, "d", "f").release.published_date == dt.date(2003, 1, 6)


def test_a_published_on_label_without_a_colon_dates_the_release():
    from transform import extract_release

    text = (
        "Published on 6/14/2006 in the Biotech Daily.\n\nZeta gets $1 million milestone payment "
        "from Omega\n\nTampa, Fla., June 14 - Zeta Bio, Inc. has received a $1 million payment "
        "from Omega Pharma A/S for achieving a milestone. In November 2005, Zeta and Omega "
        "entered into a collaboration.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.published_date, release.guessed_date) == (dt.date(2006, 6, 14), None)


@pytest.mark.parametrize(
    ("notice", "date"),
    [
        (
            "The information was submitted for publication at 13.55 CET on 15 April 2014.",
            dt.date(2014, 4, 15),
        ),
        (
            "The information was submitted for publication, through the agency of the contact "
            "persons set out above, at 11.30 CET on 10 December 2017.",
            dt.date(2017, 12, 10),
        ),
        ("Zeta will publish its first quarter report on May 8, 2014.", None),  # no notice
    ],
)
def test_a_listed_companys_publication_notice_dates_an_undated_release(notice, date):
    text = (
        "Good market uptake for Zetavir during the first quarter\n\nStockholm, Sweden — Zeta "
        "AB (OMX: ZETA) announces strong sales of zetavir.\n\nFor more information please "
        f"contact:\n\nAnn Berg, EVP Corporate Affairs & IR, mobile: +46 708 537 292\n\n{notice}\n"
    )
    dateline = parse_dateline(text)
    assert dateline.published_date == date
    assert dateline.date_rule == ("publication_notice" if date else None)
    # the undated dateline in mixed case, a known place before its dash
    assert (dateline.city, dateline.region) == ("Stockholm", "Sweden")


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Munich, 04.05.2012 – ", dt.date(2012, 5, 4)),  # a place outside the Americas
        ("Zurich, Switzerland, 4.5.2012 - ", dt.date(2012, 5, 4)),
        ("Munich, 25.05.2012 – ", dt.date(2012, 5, 25)),
        ("Austin, Texas, 04.05.2012 - ", None),  # an American place: no guess
        ("Toronto, Canada, 04.05.2012 - ", None),
        ("Toronto, 04.05.2012 - ", None),  # an American city alone, by the world's cities
        # a slashed date both orders fit, with no wire: the place's own order may be either
        ("Paris, 03/04/2020 – ", None),
        ("Paris, France, 03/04/2020 – ", None),
        ("Paris, 13/04/2020 – ", dt.date(2020, 4, 13)),  # one reading
        ("BOSTON, 03/04/2020 – ", dt.date(2020, 3, 4)),  # month first in the US
        ("LONDON, UK -- (Marketwired) -- 04/10/13 -- ", dt.date(2013, 4, 10)),  # a US wire's
    ],
)
def test_a_dotted_date_in_a_dateline_outside_the_americas_is_read_day_first(opening, date):
    text = f"Zeta Signs Deal\n{opening}Zeta AG today announced a licence agreement with Omega.\n"
    assert parse_dateline(text).published_date == date


@pytest.mark.parametrize(
    ("opening", "date", "rule"),
    [
        (
            "Zeta Inc. announced on May 4, 2012 that it signed a deal.",
            dt.date(2012, 5, 4),
            "lead_on_date",
        ),
        (
            "Zeta Inc. (Nasdaq: ZETA) on Friday, May 4, 2012, announced a deal.",
            dt.date(2012, 5, 4),
            "lead_on_date",
        ),
        (
            "by Jo Lee | May 4, 2012\nZeta Inc. today announced a deal.",
            dt.date(2012, 5, 4),
            "header_date_line",
        ),
        (
            "2012-05-04T07:00:00Z\nZeta Inc. today announced a deal.",
            dt.date(2012, 5, 4),
            "header_date_line",
        ),
    ],
)
def test_a_lead_that_states_its_day_a_bylines_date_and_a_feeds_timestamp_date_a_release(
    opening, date, rule
):
    dateline = parse_dateline(f"Zeta Signs Deal With Omega\n{opening}\n")
    assert (dateline.published_date, dateline.date_rule) == (date, rule)


def test_a_lead_opening_with_its_date_and_a_stop_is_dated():
    """Science & Enterprise opens its lead with the day and a full stop: "27 Dec. 2022. A
    discoverer of ..." dates the story as "25 May 2016, Acme ..." does."""
    from transform.release import extract_release

    text = (
        "Peptide Company to Gain $3.3B in Licensing Deals\n\nTest tubes in a lab\n\n27 Dec. 2022. "
        "A discoverer of peptides signed licensing deals. Zeta Inc. announced yesterday a deal.\n"
    )
    release = extract_release(text, "d", "x", []).release
    assert release.published_date == dt.date(2022, 12, 27)
    assert release.dateline_rule == "lead_on_date"


def test_a_pages_last_update_yields_to_the_day_it_was_first_published():
    """ "Last Updated : Jan 21 2013 | 2:54 AM IST" over a story whose foot prints "First
    Published: May 03 2010 | 9:16 AM IST": the story is of 2010."""
    text = (
        "Zeta zooms on drug development plans\n\nSI Reporter Mumbai\n"
        "Last Updated : Jan 21 2013 | 2:54 AM IST\n\nZeta Pharmaceuticals has entered into an "
        "agreement with Omega to grant it a licence.\n\n"
        + "Zeta is quoting at Rs 285, higher by 5.8%, on the BSE.\n\n" * 40
        + "First Published: May 03 2010 | 9:16 AM IST\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2010, 5, 3),
        "header_page_stamp",
    )
    # an update alone still dates the page
    alone = text.replace("First Published: May 03 2010 | 9:16 AM IST\n", "")
    assert parse_dateline(alone).published_date == dt.date(2013, 1, 21)


def test_a_wires_year_first_date_in_words_dates_its_dateline():
    """ "ROCKVILLE, MARYLAND, U.S.A., 2000 JUN 27 (NB) --": the year first, the month in words."""
    assert parse_date("2000 JUN 27") == dt.date(2000, 6, 27)
    text = (
        "Zeta Inks Pact\n\nROCKVILLE, MARYLAND, U.S.A., 2000 JUN 27 (NB) -- By Ann P Roe, "
        "Washtech. Zeta Genomics Group [NYSE:ZGG] said it inked a five-year pact.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == ("ROCKVILLE", dt.date(2000, 6, 27))


def test_a_list_of_dated_items_under_the_title_dates_nothing():
    """An annual information update lists its announcements by date under its title: the
    release's day is the one its header prints, never the earliest of the list's."""
    items = "".join(f"{day} April 2009\n\nHolding(s) in Company\n\n" for day in (14, 17, 29))
    text = (
        "Annual Information Update\n\nRNS Number : 6727J\nZeta Biomedica PLC\n01 April 2010\n\n"
        "For Immediate Release\n\n1 April 2010\n\nZeta Biomedica plc\n\nAnnual Information Update "
        "for the Twelve Months to 1 April 2010\n\n1. Announcements\n\nDate\n\nAnnouncement\n\n"
        + items
    )
    assert parse_dateline(text).published_date == dt.date(2010, 4, 1)


def test_the_paper_that_printed_a_story_dates_it_at_its_end():
    lead = (
        "Zeta hires general counsel\nWednesday January 10, 2:40 pm ET\nChapel Hill drug firm "
        "Zeta Inc. said Wednesday it has appointed Jane Roe as general counsel.\n"
    )
    byline = parse_dateline(lead + "Published January 10, 2007 by the Triangle Business Journal\n")
    assert byline.published_date == dt.date(2007, 1, 10)
    # a paper's publication in a journal is no date of the story
    journal = "Published January 10, 2007 in the New England Journal of Medicine\n"
    assert parse_dateline(lead + journal).published_date is None


@pytest.mark.parametrize(
    "stamp",
    [
        "By Michael Chen\nMarch 22, 2024 at 10:42 AM EDT\n",  # a time after "at"
        "Published March 22, 2024\n",  # a byline's label, the date alone after it
        "By Michael Chen\nUpdated 22 March 2024\n",
        "Posted by Editorial Team on 22 Mar 2024\n",  # the author between, the date after "on"
        "By Michael Chen on March 22, 2024\n",
    ],
)
def test_a_news_storys_byline_date_dates_it(stamp):
    """A news story without a dateline is dated by its byline's date: after "at" its time, or
    labelled "Published" or "Updated" with the date alone on the line."""
    text = (
        "Zeta Stock Soars After FDA Approval\n\n" + stamp + "\nShares of Zeta Bio (NASDAQ:ZETA) "
        "jumped 34% on Friday after the Food and Drug Administration granted accelerated "
        "approval to Zetavix, its gene therapy for a fatal disorder of children.\n"
    )
    assert parse_dateline(text).published_date == dt.date(2024, 3, 22)


def test_a_dateline_after_the_pages_own_date_takes_an_earlier_year_as_a_guess():
    """A board's post dated 5/8/1998 quotes a release of "Oct. 17": October 1998 is after the
    post, so the year is the one printed before the dateline, marked as guessed."""
    text = (
        "To: Roe who wrote (3591) 5/8/1998 7:03:00 PM From: Jane Doe\n"
        "Look back at this post from October of 1996: Safety Study Results ITHACA, N.Y., Oct. 17 "
        "/PRNewswire/ --" + LEAD
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(1996, 10, 17), True)
    # no year printed before it: the year before the page's
    text = "May 04, 2000\nAcme Signs Deal\n\nCAMBRIDGE, Mass., Dec. 4 /PRNewswire/ --" + LEAD
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(1999, 12, 4), True)


def test_a_pages_date_label_opening_an_undated_datelines_line_dates_it():
    text = (
        " date 2020-04-29 OSLO (Reuters) – Shares of Norwegian pharmaceutical company Zeta rose "
        "nearly 160% on Wednesday after news that its drug was selected for a trial.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.wire, dateline.published_date) == (
        "OSLO",
        "Reuters",
        dt.date(2020, 4, 29),
    )


def test_a_dateline_of_its_own_under_a_decks_sentence_opens_the_lead_below_it():
    text = (
        "February 12, 2012\n\nZeta Announces Primary Endpoints Met for Phase 3 Trial\n\nZETA-1 "
        "Trial Met Primary Endpoints of Improvements in Clinical Response. \n\nOSAKA, Japan, "
        "February 21, 2012 \nZeta Pharmaceutical Company Limited (TSE:9999) today announced "
        "top-line results.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == ("OSAKA", dt.date(2012, 2, 21))
    # a place and date under running text, with no lead below, signs it off
    signed = text.replace(
        "Zeta Pharmaceutical Company Limited (TSE:9999) today announced top-line results.\n", ""
    )
    assert parse_dateline(signed).city is None


def test_a_second_city_after_a_comma_and_a_time_without_minutes():
    text = (
        "Paris (France), Cambridge (Massachusetts, U.S.), January 19th, 2023, 8am CET – Zeta SA "
        "(NasdaqCM: ZETA) today announces a decision.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        "Paris",
        "France",
        dt.date(2023, 1, 19),
    )
    assert text[dateline.span_end :].lstrip().startswith("Zeta SA")
    # a city's own qualifier in brackets stays the city's
    text = "HALLE (SAALE), Germany, May 4, 2012, 7 am CET -- Zeta AG today announced a deal.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == ("HALLE (SAALE)", "Germany")


def test_a_posts_labelled_date_above_a_dateline_without_a_year_gives_its_year():
    # a board's post header labels its date mid-line, with no time after it
    text = (
        "Posted by: zetafan   Date: 3/14/2006   Msg #: 4821   Reply | Post Message\n\n"
        "Zeta Bio Closes $45 Million Private Placement\n\n"
        "CAMBRIDGE, Mass., March 14 /PRNewswire-FirstCall/ -- Zeta Bio, Inc. (Nasdaq: ZETA) "
        "today announced the closing of a private placement of common stock.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.published_date, dateline.date_inferred) == (dt.date(2006, 3, 14), False)
    # a label weeks into the next year still fits ("Date: 01/09/2007" over "Dec. 28")
    turn = text.replace("3/14/2006", "01/09/2007").replace("March 14", "Dec. 28")
    assert parse_dateline(turn).published_date == dt.date(2006, 12, 28)
    # a labelled date months after the dateline's day dates the post, not the release
    late = text.replace("3/14/2006", "9/14/2006")
    assert parse_dateline(late).published_date is None


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        (
            "RESEARCH TRIANGLE PARK, N.C., March 12, 2014 /PRNewswire/ --",
            "RESEARCH TRIANGLE PARK",
            "N.C.",
        ),
        ("CENTER VALLEY, Pa., March 12, 2014 /PRNewswire/ --", "CENTER VALLEY", "Pa."),
        ("Medical Center, Texas, March 12, 2014 --", "Medical Center", "Texas"),
    ],
)
def test_a_city_with_words_of_a_title_is_a_place_before_a_state_or_a_country(line, city, region):
    text = f"{line} Zeta Bio, Inc. today announced that the first patient was dosed.\n"
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region, dateline.published_date) == (
        city,
        region,
        dt.date(2014, 3, 12),
    )


def test_a_title_over_a_date_with_no_state_or_country_is_no_place():
    text = (
        "April 25, 2019\n\nThe Manager - Companies\nZeta Ltd today announced a deal with Omega.\n"
    )
    assert parse_dateline(text).city is None


@pytest.mark.parametrize("between", [" ", ""])
def test_a_title_printed_twice_on_its_line_is_read_once(between):
    title = "Zeta Bio Announces Positive Phase 2 Results for ZT-101"
    text = (
        f"{title}{between}{title}\n\nBOSTON, March 12, 2014 /PRNewswire/ -- Zeta Bio, Inc. today "
        "announced positive results from its Phase 2 trial of ZT-101.\n"
    )
    found = find_headline(text, text.index("BOSTON"))
    assert found is not None and found.text == title
    assert text[found.span_start : found.span_end] == title


def test_a_known_place_and_its_region_before_a_colon_open_an_undated_lead():
    dateline = parse_dateline(
        "ASX ANNOUNCEMENT\n14 August 2018\n\nZeta receives a refund\n\nMelbourne, Australia: "
        "Zeta Biologics Limited (ASX: ZBL) is pleased to announce a refund."
    )
    assert (dateline.city, dateline.region) == ("Melbourne", "Australia")
    assert dateline.published_date == dt.date(2018, 8, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Gothenburg, Sweden, 3 March 2014 at 08.00 CET. Zeta AB (publ) announced",
        "Gothenburg, Sweden, March 3, 2014 at 8:00 a.m. CET – Zeta AB (publ) announced",
    ],
)
def test_a_time_after_at_closes_a_dateline(line):
    dateline = parse_dateline(f"Zeta Starts a Trial\n\n{line} that it started a trial.")
    assert (dateline.city, dateline.region) == ("Gothenburg", "Sweden")
    assert dateline.published_date == dt.date(2014, 3, 3)


def test_a_dateline_in_its_own_language_over_an_english_text_dates_the_release():
    text = (
        "München, 3. März 2020 – Zeta AG (FSE: ZTA) today announced that it has received a "
        "milestone payment of EUR 4.2 million from its partner.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == ("München", dt.date(2020, 3, 3))
    # with the date's article of its language before the day: "le", "den"
    for line, city, day in (
        ("Lyon, France, le 5 mars 2020 – Zeta SA (Euronext: ZTA) today announced", "Lyon", 5),
        ("München, den 3. März 2020 – Zeta AG (FSE: ZTA) today announced", "München", 3),
        # and the same date in English after a slash
        ("München, 3. März 2020 / 3 March 2020 – Zeta AG (FSE: ZTA) announced", "München", 3),
        ("Lyon, le 5 mars 2020 / March 5, 2020 – Zeta SA (Euronext: ZTA) announced", "Lyon", 5),
    ):
        dateline = parse_dateline(f"{line} that it has received a milestone payment.\n")
        assert (dateline.city, dateline.published_date) == (city, dt.date(2020, 3, day))
    # a month's name of another language needs its day and year: "Mai" alone is no date
    assert (
        parse_dateline("Zeta and Mai 2020 Partners said today it had a deal.\n").published_date
        is None
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Published: 03/14/2006\n\nZeta Genomics Reports 2005 Results\n\nSEATTLE -- Zeta "
            "Genomics, Inc. (Nasdaq: ZGEN) today reported results for 2005.",
            "SEATTLE",
        ),
        ("Zeta Reports Results\n\nNEW YORK - Zeta Bio, Inc. reported results today.", "NEW YORK"),
        # a word no place's name is, before a dash, is no dateline
        ("Zeta Reports Results\n\nUPDATE -- Zeta Bio, Inc. reported results today.", None),
    ],
)
def test_a_city_of_the_worlds_alone_in_capitals_and_a_dash_open_an_undated_lead(text, city):
    assert parse_dateline(text).city == city


def test_a_date_glued_to_a_word_by_a_hyphen_is_a_labels_identifier_not_a_dateline():
    text = (
        "Ref: 2011-09-14-oncology  Source: PR Newswire\n\nZeta Reports Data\n\n"
        "AUSTIN, Texas, Sept. 14 -- Zeta Bio, Inc. (Nasdaq: ZETA) today reported data.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.region) == ("AUSTIN", "Texas")
    # a date the lead follows after a hyphen stays a dateline's
    text = "Austin, Texas, September 14, 2011-Zeta Bio, Inc. today reported data.\n"
    assert parse_dateline(text).city == "Austin"


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Dated: 17 February 2017", dt.date(2017, 2, 17)),
        ("Dated 17 February 2017", dt.date(2017, 2, 17)),
        ("DATED: March 3, 2009", dt.date(2009, 3, 3)),
        # the word in a sentence dates nothing: the agreement's day is no release's
        ("Under the agreement dated 17 February 2015, Zeta may opt in.", None),
    ],
)
def test_a_dated_label_over_an_undated_dateline_dates_the_release(label, date):
    from transform import extract_release

    text = (
        f"{label}\n\nZETA THERAPEUTICS LIMITED\n(ASX: ZTA)\n\nZETA COMPLETES ENROLMENT IN PHASE "
        "2 STUDY OF ZT-201\n\nSydney, Australia - Zeta Therapeutics Limited (ASX: ZTA) is "
        "pleased to announce that it has completed enrolment of its Phase 2 study.\n"
    )
    assert extract_release(text, "d", "f").release.published_date == date


def test_a_posts_label_of_its_date_gives_way_to_the_releases_own_dateline():
    from transform import extract_release

    text = (
        "iHub > Biotech > ZETA Message Board\n\nPosted On: 08/14/2014 7:31:10 AM\nPosted By: "
        "ChartWatcher\n\nZeta Therapeutics Announces Positive Results of Phase 2b Trial\n\n"
        "WALTHAM, Mass., Aug. 14, 2014 (GLOBE NEWSWIRE) -- Zeta Therapeutics, Inc. "
        "(Nasdaq:ZETA) today announced positive results from its Phase 2b trial of ZT-17.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (
        release.dateline_city,
        release.wire,
        release.published_date,
        release.headline,
    ) == (
        "WALTHAM",
        "GLOBE NEWSWIRE",
        dt.date(2014, 8, 14),
        "Zeta Therapeutics Announces Positive Results of Phase 2b Trial",
    )
    # with no dateline of its own, the label still dates the post
    alone = "Posted On: 08/14/2014 7:31:10 AM\n\nZeta rose 40% today on its trial's results.\n"
    assert extract_release(alone, "d", "f").release.published_date == dt.date(2014, 8, 14)


def test_a_labelled_date_with_the_next_columns_label_after_it_dates_the_release():
    from transform import extract_release

    text = (
        "ZETA PHARMACEUTICALS INC.\n500 Technology Square, Cambridge, MA 02139\n\n"
        "FOR RELEASE: Monday, September 8, 1997 CONTACT: Nancy Wheeler\n(617) 555-0199\n\n"
        "ZETA AND OMEGA ENTER RESEARCH COLLABORATION\n\nCAMBRIDGE, Mass. -- Zeta "
        "Pharmaceuticals Inc. (NASDAQ: ZETA) announced today a research collaboration.\n"
    )
    assert extract_release(text, "d", "f").release.published_date == dt.date(1997, 9, 8)


def test_a_letters_labelled_date_ending_its_reference_line_dates_the_filing():
    from transform import extract_release

    text = (
        "Zeta Sciences Ltd.\nCorporate Office: 14 Marine Drive, Mumbai 400020\n\n"
        "Ref: ZSL/SEC/2021/112 Date: 12th April, 2021\n\nBSE Limited\nScrip Code: 524999\n\n"
        "Sub: Press Release\n\nDear Sir/Madam,\n\nZeta Sciences Ltd. has received final "
        "approval from the USFDA to market Apixaban Tablets.\n"
    )
    assert extract_release(text, "d", "f").release.published_date == dt.date(2021, 4, 12)
    # a date inside a sentence ends no header line's label
    text = "Zeta Sciences Ltd.\n\nThe agreement is effective as of the Date: of signing.\n"
    assert extract_release(text, "d", "f").release.published_date is None


def test_a_day_results_will_be_announced_on_dates_no_release():
    from transform import extract_release

    text = (
        'Zeta Pharma plc\n("Zeta" or "the Company")\n\nTrading Update\n\nZeta Pharma plc (LSE: '
        "ZTA), the speciality pharmaceutical company, provides a trading update for the year "
        "ended 31 December 2021 ahead of its full-year results, which will be announced on 22 "
        "March 2022.\n"
    )
    assert extract_release(text, "d", "f").release.published_date is None


@pytest.mark.parametrize(
    "header",
    [
        # a weekday in capitals, as an old typed release prints it
        "FOR IMMEDIATE RELEASE\nTUESDAY, JANUARY 16, 1996",
        # a two-column header: the contact's number the date line's right column
        "FOR RELEASE: 7:00 A.M. EST                CONTACT: Harold Greene\n"
        "TUESDAY, JANUARY 16, 1996                          (617) 555-0143",
        "FOR RELEASE: 7:00 A.M. EST\nJanuary 16, 1996      617-555-0143",
    ],
)
def test_a_typed_headers_date_line_in_capitals_or_beside_a_phone_dates_the_release(header):
    from transform import extract_release

    text = (
        f"{header}\n\nZETA GENETICS FORMS ALLIANCE\n\nCAMBRIDGE, Mass.--Zeta Genetics, Inc. "
        "(NASDAQ:ZETA) today announced a five-year research collaboration.\n"
    )
    assert extract_release(text, "d", "f").release.published_date == dt.date(1996, 1, 16)


def test_a_figure_after_a_header_lines_date_is_no_phones_column():
    from transform import extract_release

    text = (
        "FOR RELEASE: 7:00 A.M. EST\nJanuary 16, 1996 1,234.5\n\nZETA GENETICS FORMS ALLIANCE"
        "\n\nCAMBRIDGE, Mass.--Zeta Genetics, Inc. (NASDAQ:ZETA) today announced a five-year "
        "research collaboration.\n"
    )
    assert extract_release(text, "d", "f").release.published_date is None


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        ("Mumbai, India | 11 August 2021", "Mumbai", "India"),
        ("MUMBAI, INDIA | August 11, 2021", "MUMBAI", "INDIA"),
        ("Basel | 11 August 2021", "Basel", None),
    ],
)
def test_a_place_and_date_a_bar_parts_over_the_headline_are_the_dateline(line, city, region):
    from transform import extract_release

    text = (
        f"{line}\n\nZeta Lifesciences Q1 FY22 results: Revenue up 18%\n\nZeta Lifesciences "
        "Limited (NSE: ZETA) today announced its results for the quarter ended June 30, 2021.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.published_date, release.dateline_city, release.dateline_region) == (
        dt.date(2021, 8, 11),
        city,
        region,
    )


def test_a_bylines_writer_before_a_bar_and_the_date_is_no_place():
    from transform import extract_release

    text = (
        "Zeta Licenses Drug\n\nBy Staff Writer | March 5, 2019\n\nZeta Therapeutics today "
        "announced a licence agreement with Omega Pharma.\n"
    )
    release = extract_release(text, "d", "f").release
    assert (release.published_date, release.dateline_city) == (dt.date(2019, 3, 5), None)


def test_a_footers_released_label_dates_a_release_without_a_dateline():
    text = (
        "Zeta Bio Completes Enrollment in Phase 3 Trial of ZB-900\n\nZeta Bio, Inc. (NASDAQ: "
        "ZETA) today announced the completion of enrollment in its Phase 3 trial of ZB-900 in "
        "356 patients with lupus nephritis.\n\n###\n\nSource: Zeta Bio, Inc.\n"
    )
    for footer, day in (
        ("Released October 14, 2024\n", dt.date(2024, 10, 14)),
        ("Issued 14 October 2024\n", dt.date(2024, 10, 14)),
        ("Released October 14, 2024 to 40 outlets\n", None),  # no date alone on its line
    ):
        assert parse_dateline(text + footer).published_date == day


def test_a_media_advisorys_event_day_and_labels_date_nothing_and_name_no_place():
    text = (
        "MEDIA ADVISORY\n\nZeta Vaccines to Hold Press Conference on Phase 3 Results\n\n"
        "WHAT: Zeta Vaccines, Inc. (NYSE: ZVAX) will hold a press conference to discuss topline "
        "results from the Phase 3 trial of ZV-210.\n\nWHEN: Thursday, September 14, 2023, "
        "10:00 a.m. EDT\n\nWHERE: National Press Club, Washington, D.C.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == (None, None)
    extraction = extract_release(text, "d", "file:///x.txt", [])
    assert extraction.release.issuer == "Zeta Vaccines, Inc."  # never the zone "EDT"
    assert [e.event_type for e in extraction.events] == []  # results to discuss: none yet


@pytest.mark.parametrize("clock", ["8:00 HKT", "9 a.m. EST", "07.30 CET"])
def test_a_time_in_a_wires_parentheses_is_no_wire(clock):
    text = (
        f"Zeta Signs Agreement\n\nHong Kong, 3 March 2015 ({clock}) -- Zeta Bio Ltd (HKEX: 1234) "
        "today announced that it has signed an agreement with Omega Inc. for its antibody.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date, dateline.wire) == (
        "Hong Kong",
        dt.date(2015, 3, 3),
        None,
    )
    wired = parse_dateline(text.replace(f"({clock})", "(Xinhua)"))
    assert wired.wire == "Xinhua"


def test_a_news_services_public_release_label_dates_the_story():
    text = (
        "Public Release: 3-Mar-2015\n\nScientists discover how a gut bacterium protects against "
        "colitis\n\nUniversity of Wexford\n\nWEXFORD, Ireland -- Researchers at the University "
        "of Wexford have identified a protein that reduces intestinal inflammation.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == ("WEXFORD", dt.date(2015, 3, 3))


def test_a_listing_where_a_wires_name_is_printed_is_no_wire():
    text = (
        "Zeta Doses First Patient\n\nSingapore, 14 March 2023 (SGX: ZTA) – Zeta Bio Ltd "
        "today announced that it dosed the first patient.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.wire, dateline.published_date) == (
        "Singapore",
        None,
        dt.date(2023, 3, 14),
    )


@pytest.mark.parametrize(
    "line, city",
    [
        (
            "Frankfurt am Main, Germany, 19 September 2024 – Zeta GmbH today announced",
            "Frankfurt am Main",
        ),
        (
            "Freiburg im Breisgau, Germany, 19 September 2024 – Zeta GmbH today said",
            "Freiburg im Breisgau",
        ),
        ("Newcastle upon Tyne, UK, 3 May 2022 – Zeta plc today announced", "Newcastle upon Tyne"),
        ("RIO DE JANEIRO, Brazil, May 3, 2022 -- Zeta SA today announced", "RIO DE JANEIRO"),
        ("Alphen aan den Rijn, the Netherlands, 4 May 2012 – Zeta BV said", "Alphen aan den Rijn"),
    ],
)
def test_a_citys_joining_words_are_part_of_its_name(line, city):
    assert parse_dateline("Zeta Signs Agreement\n\n" + line + " that it signed.\n").city == city


def test_a_wires_dashes_opening_the_text_date_it_and_a_headline_above_is_no_city():
    lead = (
        "--(BUSINESS WIRE)--Oct. 3, 2001--Zeta Pharmaceuticals Inc. (Nasdaq:ZETA) today announced "
        "that it has entered into an agreement.\n"
    )
    dateline = parse_dateline(lead)
    assert (dateline.city, dateline.published_date, dateline.wire) == (
        None,
        dt.date(2001, 10, 3),
        "BUSINESS WIRE",
    )
    dateline = parse_dateline("Zeta Signs Deal\n\n" + lead)
    assert (dateline.city, dateline.published_date) == (None, dt.date(2001, 10, 3))
    # a city wrapped onto the line above its wire still is one
    dateline = parse_dateline("Zeta Signs Deal\n\nPALO ALTO, Calif.\n" + lead)
    assert dateline.city == "PALO ALTO"


def test_an_rns_footer_dates_the_announcement():
    """The London Stock Exchange's footer: the RNS number, the company and the date on lines
    of their own; a date in running text beside it does not."""
    body = (
        "Zeta Bio plc\n\nPlacing to raise £12.5 million\n\nZeta Bio plc (AIM: ZETA) announces "
        "a placing at a discount to the closing price of 12 pence on 21 March 2021.\n"
        + LONG_LEAD_PARAGRAPH
        * 4
    )
    dateline = parse_dateline(body + "\nRNS Number : 4821T\nZeta Bio plc\n22 March 2021\n")
    assert (dateline.published_date, dateline.date_rule) == (
        dt.date(2021, 3, 22),
        "closing_page_stamp",
    )
    assert parse_dateline(body + "\nRNS Number : 4821T\n").published_date is None


def test_a_release_labels_hour_is_no_city_and_its_day_dates_the_release():
    """ "FOR RELEASE: 4:05 PM EDT, Tuesday, April 30, 2013": the hour's "PM EDT" is no city in
    capitals (it hid the headline and the undated dateline below), and the day dates it."""
    text = (
        "ZETA BIO, INC.\nNEWS RELEASE\n\nFOR RELEASE: 4:05 PM EDT, Tuesday, April 30, 2013\n\n"
        "CONTACT: Mark Penn, Chief Financial Officer, (858) 555-0134\n\n"
        "ZETA BIO REPORTS FIRST QUARTER 2013 RESULTS\n\n"
        "SAN DIEGO - Zeta Bio, Inc. (NASDAQ: ZETA) today reported a net loss of $6.1 million.\n"
    )
    dateline = parse_dateline(text)
    assert (dateline.city, dateline.published_date) == ("SAN DIEGO", dt.date(2013, 4, 30))
    headline = extract_release(text, "d", "f").release.headline
    assert headline == "ZETA BIO REPORTS FIRST QUARTER 2013 RESULTS"
