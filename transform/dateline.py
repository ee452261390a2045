"""Datelines ("WALTHAM, Mass., Nov. 3, 2011 (GLOBE NEWSWIRE) --") and release dates.

Styles understood, each with the rule name it reports:
- ``dateline_pipe``:  ``CAMBRIDGE, MA, USA | August 1, 2007 |``
- ``dateline_wire_first``: ``WALTHAM, Mass.--(BUSINESS WIRE)--Nov. 19, 2009--`` (date optional)
- ``dateline_date_first``: ``WALTHAM, Mass., Nov. 3, 2011 (GLOBE NEWSWIRE) --``,
  ``..., May 4 /PRNewswire/ --``, ``CAMBRIDGE, MA, October 25, 2004 –``; and the date before
  the place, a weekday and a time around it or pipes between (``Wednesday, March 3, 2021, 7:00
  AM ET — BOSTON —``, ``3 March 2021 | Oxford, UK |``; never a byline's ``| By Jo Lee |``)
- ``dateline_dash_date``: ``SOUTH SAN FRANCISCO, Calif. -- February 22, 2013``,
  ``Oxford, UK - 15 April 2008:``, ``Melbourne, Australia — 19/01/2005``
- ``dateline_wire_slashed``: ``SAN FRANCISCO, CA / ACCESSWIRE / March 16, 2015 /``
- ``dateline_line_end``: a line of its own, the date after a comma (``THOUSAND OAKS, Calif. and
  SEATTLE, Dec. 17, 2001``); a full dateline just below it (a page header over the release's
  own) wins
Also: a date in parentheses (``Boulder, Colo., (April 12, 2007) -``, ``TOKYO, Japan (May 1, 2019)
–``) or the whole dateline (``(WASHINGTON, D.C., July 6, 1998)...The ...``), a comma before the wire
(``Oct. 23, 2014, (GLOBE NEWSWIRE)``), a date inside the wire's parentheses (``--(Marketwire -
August 24, 2009)``), two cities (``NUTLEY, N.J., and MORRISVILLE, N.C.,``, ``London, UK; Austin,
TX;``: the first is the city), and, inside a line, a city in capitals (``... License Agreement
DUBLIN, Ireland, July 27 /PRNewswire/``). A line-start match whose "city" is a wire or a page label
("News Release") is page furniture, not a dateline. Places may carry accents (``MONTRÉAL, Québec``,
``São Paulo``); a weekday may precede the date (``Tokyo: Monday, May 7, 2012:``) and a time follow
it (``Leiden, the Netherlands; 4 May 2012; 07.30 CET -``); numeric dates may be ISO (``2012-05-04``)
or have two-digit years (``03/14/06``: 2006; from 70 on, 19xx); an OCR'd pipe may read ``I``
(``BOSTON, MA,USA I March 3, 2009 I``); a period may end the date (``Düsseldorf, 15 March 2022. Zeta
AG``), a dash and parentheses enclose it (``Cambridge, MA – (15 March 2022) –``) and parentheses the
region (``Oslo (Norway), 15 March 2022 –``, also a second city's: ``Paris (France) and Lausanne
(Switzerland), 7 September 2009 –``). With no date at all, a line opening with a city in capitals,
its region and a dash (``BOSTON, Mass. --``) is the dateline (``dateline_undated``) and the page
header dates it. When the dateline has no date (or no year), a date line in the page header (``May
04, 2000``, ``[January 26, 2016]``, ``08.25.2013 |``, ``News Release - October 5, 2006``), a page
stamp with a time (``PR Newswire - March 20, 1997 08:36``) or an SEC form's "Date of Report"
supplies it; with no dateline at all, also a release that opens with its date (``On November 2, 2020
Acme ...``). A place in parentheses after a date, with no place before it, is the city, not a wire
(``August 28, 2014 (Tokyo) -``; the world's cities and countries of ``world_places.csv``, from
GeoNames); a wire's name wins (``(Xinhua)``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from transform.lexicon import (
    alias_map,
    company_suffix_pattern,
    context_words,
    country_names,
    load_lexicon,
    place_names,
    title_words,
    us_state_forms,
    us_states,
    words_alternation,
)
from transform.literals import cued
from transform.rules import confidence as confidence_of
from transform.segments import PHONE, cover_page_end
from transform.text_spans import ANNOUNCING_VERB
from transform.tickers import LISTING

MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
YEAR = r"(?:19|20)\d\d"
# a month in another language of Europe, day first and before its year only, as a dateline
# over an English text may print it: "München, 3. März 2020", "Milano, 5 maggio 2020", "5 de
# mayo de 2020" (month_names.csv, from CLDR)
FOREIGN_MONTH = (
    "(?i:"
    + "|".join(
        re.escape(row["name"])
        for row in sorted(load_lexicon("month_names"), key=lambda r: -len(r["name"]))
    )
    + r")(?![^\W\d_])"
)
# a day is never the start of a year: "December 2024" prints no day
# the day first may be hyphenated too: "24-Sep-2008"
DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s*{YEAR}\b)?"
    # (a day's stop, as German and Nordic pages print it: "10. July 2018")
    # (or an ordinal's "of": "3rd of March 2015")
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?{MONTH},?\s+|-{MONTH}-){YEAR}\b"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{FOREIGN_MONTH}\s+(?:de\s+)?{YEAR}\b"
    # (the year first, the month in words, as a wire of the 1990s printed it: "ROCKVILLE,
    # MARYLAND, U.S.A., 2000 JUN 27 (NB) --")
    rf"|{YEAR}\s+{MONTH}\s+\d{{1,2}}(?!\d))"
)


@cache
def _foreign_months() -> dict[str, int]:
    """Each month's name in another language (case-folded) and its number (month_names.csv)."""
    return {row["name"].casefold(): int(row["month"]) for row in load_lexicon("month_names")}


DATE_PARTS = re.compile(
    rf"(?P<y3>{YEAR})\s+(?P<m4>{MONTH})\s+(?P<d3>\d{{1,2}})(?!\d)"
    rf"|(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s*(?P<y1>{YEAR})\b)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+|-(?P<m3>{MONTH})-)"
    rf"(?P<y2>{YEAR})\b"
    rf"|(?P<d4>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m5>{FOREIGN_MONTH})\s+(?:de\s+)?(?P<y4>{YEAR})\b"
)
# year first too, as East Asian pages print it: "2023.12.20", "2023/12/20"
YEAR_FIRST = rf"{YEAR}(?:-[01]\d-[0-3]\d|\.[01]?\d\.[0-3]?\d|/[01]?\d/[0-3]?\d)"
# dashes with a year of four digits: "22-05-2008" ("10-12-08" may be a code)
NUMERIC = rf"(?:[0-3]?\d[./][0-3]?\d[./](?:{YEAR}|\d\d)|[0-3]?\d-[0-3]?\d-{YEAR}|{YEAR_FIRST})\b"
NUMERIC_DATE = re.compile(rf"\b(?P<m>[0-3]?\d)[./](?P<d>[0-3]?\d)[./](?P<y>{YEAR}|\d\d)\b")
DASHED_DATE = re.compile(rf"\b(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<y>{YEAR})\b")
TWO_DIGIT_PIVOT = 70  # "03/14/06" is 2006, "12/01/97" 1997: releases are from 1970 on
ISO_DATE = re.compile(
    rf"\b(?P<y>{YEAR})(?:-(?P<m>[01]\d)-(?P<d>[0-3]\d)|\.(?P<m2>[01]?\d)\.(?P<d2>[0-3]?\d)"
    rf"|/(?P<m3>[01]?\d)/(?P<d3>[0-3]?\d))\b"
)

# Letters of place names, accented ones included ("MONTRÉAL", "Düsseldorf", "São Paulo")
UPPER, LETTER = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"
WORD = rf"[{UPPER}][{LETTER}.']*(?:-[{LETTER}][{LETTER}.']*)*"
# (or in capitals, as an old release's header prints it: "TUESDAY, JANUARY 16, 1996")
WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
)
# A weekday's name or its abbreviation ("Thu, 02 Nov 2023 06:00:00 GMT": a feed's stamp)
WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY}\b")
ANY_WEEKDAY = rf"(?:{WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
# a joining word inside a city's name: "Frankfurt am Main", "Freiburg im Breisgau", "Newcastle
# upon Tyne", "Rio de Janeiro", "Alphen aan den Rijn"
CITY_JOINER = r"(?:am|an[ ]der|im|bei|upon|sur|de|del|da|do|di|aan[ ]de[nr]?)"
CITY = rf"{WORD}(?:[ /]{WORD}|[ ]{CITY_JOINER}[ ]{WORD}){{0,3}}"  # "SOUTH SAN FRANCISCO",
# "Martinsried/Munich"
REGION_PART = rf"(?!{MONTH}\b|{WEEKDAY}\b)(?:the[ ])?{WORD}(?:[ ]{WORD}){{0,2}}"
REGION = rf"{REGION_PART}(?:,[ ]?{REGION_PART})?"
# a city's own qualifier in brackets before its region: "HALLE (SAALE), Germany"
CITY_QUALIFIER = rf"[ ]\({WORD}\)(?=,\s*(?!{MONTH}\b|{WEEKDAY}\b)[{UPPER}])"
LOCATION = (  # "Oslo (Norway)" too
    rf"(?P<city>{CITY}(?:{CITY_QUALIFIER})?)"
    rf"(?:,\s*(?P<region>{REGION})|\s\((?P<region_paren>{REGION})\))?"
    # a second city, its region in parentheses too: "Paris (France) and Lausanne (Switzerland)",
    # or after a semicolon: "London, UK; Brentwood, TN, US; 12 March 2007" (never a date's month)
    # or a slash: "Newark, New Jersey/Morrisville, North Carolina, January 20, 2005"
    rf"(?:(?:,?\s+(?:and|&)\s+|;[ \t]+(?!{MONTH}\b|{WEEKDAY}\b)|[ \t]?/[ \t]?(?=[{UPPER}]))"
    rf"{CITY}(?:,\s*{REGION}|\s\({REGION}\))?"
    # or after a comma, its region in parentheses: "Paris (France), Cambridge (Massachusetts,
    # U.S.), January 19th, 2023"
    rf"|,\s+{CITY}\s\({REGION}\))*"
)
# In the middle of a line (after a headline or page furniture) only a city in capitals starts a
# dateline: "... License Agreement DUBLIN, Ireland, July 27 /PRNewswire/ --"
# never ending in a hyphen: "SEATTLE--(BUSINESS WIRE)--" is SEATTLE's, "WINSTON-SALEM" one word
CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]*[A-ZÀ-ÖØ-Þ.']"
CAPS_LOCATION = (
    rf"(?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}})(?:,\s*(?P<region>{REGION}))?"
    rf"(?:(?:,?\s+(?:and|&)\s+|;[ \t]+(?!{MONTH}\b|{WEEKDAY}\b))"
    rf"{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}}(?:,\s*{REGION})?)*"
)
DASH = r"(?:--|–|—|-)"
# A weekday before the date ("Tokyo, Monday, May 7, 2012"), a time after it ("4 May 2012; 07.30
# CET"), and a pipe read as "I" or "l" by OCR ("BOSTON, MA,USA I March 3, 2009 I")
# (a French or German date's article before its day: "Lyon, le 5 mars 2020", "München, den 3.
# März 2020")
ON_DAY = rf"(?:{WEEKDAY},?\s+)?(?:(?:le|den)[ \t]+(?=\d))?"
TIME_ZONE = (
    r"(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|HST|CET|CEST|WET|WEST|EET|EEST|BST"
    r"|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|SAST)"
)
AT_TIME = (  # "09:00 CET", "8:00 a.m. ET", "8am CET", "4 May 2012 / 07:30 CET", "at 08.00 CET"
    r"(?:(?:[,;]|[ \t]/|[ \t]at(?=[ \t]))?\s*"
    r"(?:\d{1,2}[.:]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)"
    # (its zone in brackets, no wire's: "at 9:00 a.m. (EET)")
    rf"(?:\s+[A-Z]{{2,4}}\b|\s*\({TIME_ZONE}\))?)?"
)
LINE_CLOCK = r"(?:\d{1,2}[.:]\d\d(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]?[ap]\.?m\.?)"
LINE_TIME = (  # the same on the date's line: "; 07.30 CET", ", 8:00 a.m. ET"
    rf"(?:(?:[ \t]*[,;]|[ \t]at(?=[ \t]))[ \t]*{LINE_CLOCK}(?:[ \t]+[A-Z]{{2,4}}\b)?)?"
)
# ... or after a dash, a bar or a slash, as a regulated announcement's line prints it after the
# date: "Paris, France - March 5, 2020 - 7:00 am CET"
TIME_AFTER_DATE = re.compile(rf"[ \t]*[-–—,;|/]?[ \t]*{LINE_CLOCK}(?=[ \t]|$)")
PIPE = r"(?:\||(?<=\s)[Il](?=\s))"
# the label an EU issuer prints after its dateline under the Transparency Directive: "regulated
# information", "Regulated information - inside information"
INFO_LABEL = (
    r"(?i:(?:regulated|privileged|inside)\s+information"
    rf"(?:\s*{DASH}\s*(?:regulated|privileged|inside)\s+information)?)"
)
STYLES = (
    rf"(?P<pipe>\s*{PIPE}\s*(?P<date_pipe>{DATE})\s*{PIPE})"
    # (never across a blank line: a headline over "--(BUSINESS WIRE)--Oct. 3, 2001--" is no city)
    rf"|(?P<wire_first>[ \t]*(?:\n[ \t]*)?{DASH}\s*\(\s*\[?\s*(?!{ON_DAY}(?:{DATE}|{NUMERIC})\s*\))"
    rf"(?P<wire_bw>[^()\[\]\n]*?)"  # a wire, never a date: "– (15 March 2022) –" is dash_date
    rf"(?:\s*{DASH}\s*(?P<date_in>{DATE}))?\s*\]?\s*\)\s*{DASH}"
    rf"\s*(?:(?P<date_bw>{DATE}|{NUMERIC})\s*{DASH})?)"  # "-- (Marketwired) -- 04/10/13 --"
    # "Japan (May 1", "Princeton, NJ, USA. September 25, 2020 -"
    # or a space before a day-first date a dash ends: "Cambridge, UK 30 September 2003 - Acme"
    # (a space before its comma too: "NEW YORK , Nov. 4 (GenomeWeb News) - Large ...")
    rf"|(?P<date_first>(?:[ \t]?[,;:]\s*|\.[ ](?={MONTH})"
    rf"|\s+(?=\(\s*{ON_DAY}(?:{DATE}|{NUMERIC})\s*\))"
    rf"|[ \t]+(?=\d{{1,2}}[ \t]+{MONTH}[ \t]+{YEAR}[ \t]*{DASH})"
    # or, after a city in capitals, a space before a day of a month and the wire or the lead:
    # "LONDON Aug 24 (Reuters) - ...", "LONDON Aug 24 British drugmaker ...",
    # "NEW YORK Oct 2 Drugmaker Zeta ..."
    rf"|(?P<caps_space>(?<=[A-Z]{{2}})[ \t]+"
    rf"(?={MONTH}\.?[ \t]+\d{{1,2}}[ \t]+(?:\(|[A-Z][a-z]+[ \t]+[A-Za-z])))"
    # or a space before a dated day, a source and a dash after it: "Dallas, Texas 11/26/2013
    # (Financialstrend) – Acme ...", "Dallas, Texas November 26, 2013 – Acme ..."
    rf"|[ \t]+(?=(?:{MONTH}\s+\d{{1,2}},?\s+{YEAR}|{NUMERIC})[ \t]*"
    rf"(?:\([^()\n]{{2,40}}\)[ \t]*)?{DASH})"
    # or before a full date the lead follows: "Toronto, ON December 3, 2003 DNA-based ..."
    rf"|[ \t]+(?={MONTH}\s+\d{{1,2}},?\s+{YEAR}[ \t]+[A-Z]))"
    rf"{ON_DAY}\(?(?P<date_std>{DATE}|{NUMERIC})\)?{AT_TIME},?;?\s*"
    rf"(?:\((?P<wire_par>[^()\n]{{2,40}})\)|/(?P<wire_sl>[^/\n]{{2,40}})/"
    rf"|{DASH}\s*\((?P<wire_dp>[^()\n]{{2,40}})\))?"
    # "Mechelen, Belgium; 18 November 2019; 22:01 CET; regulated information –"
    rf"(?:\s*{INFO_LABEL})?"
    # "2018 -(JCN Newswire)-", "Düsseldorf, 15 March 2022. Zeta AG ...", "October 4, 2019. –",
    # or no mark after the year: "BEDMINSTER, NJ,  Oct 27, 2003 Bioject Medical ..."
    # or a capital right after the wire's parentheses: "Mumbai, Feb 7 (IANS) Drug major ...",
    # or a comma after the year: "Uppsala, Sweden, February 18, 2002, Pyrosequencing AB ..."
    # or a slash: "Planegg/Munich, Germany, August 5, 2021 / MorphoSys AG ..."
    # (on the date's line: "DATE: Dec 07 2022\n/ SOURCE: Yicai" is a page's labels)
    # (or the same date in another language after the slash: "München, 12. März 2019 / 12
    # March 2019 – Zeta AG ...", "PARIS, le 4 avril 2022 / April 4, 2022 –")
    rf"\s*(?:\.?\s*{DASH}|:|(?<!\n)/[ \t]*(?:{DATE}|{NUMERIC})[ \t]*{DASH}"
    rf"|(?<!\n)/(?=[ \t]+[A-Z])|\.(?=\s+[A-Z])|(?<=\))(?:\.{{3}}|…)"
    rf"|(?<=\)[ ])(?=[A-Z][a-z])"
    rf"|(?<=\d{{4}}),(?=[ \t]+[{UPPER}][a-z])"
    # or a semicolon after the year: "Edinburgh, UK, 29 June, 2006; Ardana plc (LSE: ARA) ..."
    rf"|(?<=\d{{4}};[ \t])(?=[{UPPER}][a-z])"
    rf"|(?:(?<=\d{{4}}[ \t])|(?<=\d{{4}}[ \t]{{2}}))(?=[A-Z][a-z]|[A-Z]{{2,}}-[a-z])"
    # or no year and no mark: "LEUVEN, Belgium, September 19 ThromboGenics NV(Euronext ...)"
    rf"|(?<=\d[ \t])(?=[A-Z][a-z]+[A-Z]?[a-z]*[ \t]?(?:[A-Z]{{2,}}\b|\())"
    # or, after such a city and day, the lead's first word: "LONDON Aug 24 British drugmaker ..."
    rf"|(?(caps_space)(?<=\d[ \t])(?=[A-Z][a-z]+[ \t]+[A-Za-z])|(?!))))"
    # a line of its own, the date after a comma: "THOUSAND OAKS, Calif. and SEATTLE, Dec. 17, 2001"
    # or a space before a date with its year: "Brisbane, Australia 4 March 2016"
    # or a semicolon before it and its time after it: "Leiden, the Netherlands; 4 May 2012; 07.30
    # CET" (a time on the line alone: a time on the next line is the page's)
    # or a bar between: "Mumbai, India | 11 August 2021" over the headline
    rf"|(?P<line_end>(?:[ \t]?[,;][ \t]*|[ \t]*\|[ \t]*|[ \t]+(?=[^\n]*{YEAR}[ \t]*\n)){ON_DAY}"
    rf"(?P<date_eol>{DATE}){LINE_TIME}[ \t]*(?=\n))"
    rf"|(?P<dash_date>\s*{DASH}\s*\(?{ON_DAY}(?P<date_dash>{DATE}|{NUMERIC})\)?)\s*:?"
    # the wire and the date between slashes: "SAN FRANCISCO, CA / ACCESSWIRE / March 16, 2015 /"
    rf"|(?P<wire_slashed>\s*/\s*(?P<wire_sl_first>[A-Za-z][^/\n]{{1,40}}?)\s*/\s*"
    rf"(?P<date_slashed>{DATE})\s*/)"
)
# the whole dateline may stand in parentheses: "(WASHINGTON, D.C., July 6, 1998)...The ...";
# a message board's quote marks may open its line: ">>EXTON, Pa., July 26 /PRNewswire/ --"
DATELINE_AT_LINE_START = re.compile(
    rf"^(?:>+[ \t]*)?(?:\((?=[^()\n]{{4,80}}\)))?(?:{LOCATION})(?:{STYLES})", re.MULTILINE
)
# (a date between dashes after the wire's parentheses: "(BUSINESS WIRE)--Oct. 4, 2006--Acme",
# "ZÜRICH (dpa-AFX) - April 7, 2016 - Acme")
WIRE_THEN_DATE = rf"(?:(?P<dash_date>\s*{DASH}\s*(?P<date_dash>{DATE}))(?=\s*{DASH}))?"
# No date at all, at a line's start, a city in capitals with its region: "BOSTON, Mass. -- Acme"
# or with the wire or paper in parentheses: "NEW YORK (AP) -- Drugmaker ...", "NEW YORK (GenomeWeb
# News) – Acme reported ..."
DATELINE_UNDATED = re.compile(
    # (after a page's label of the date on its line: "date 2020-04-29 OSLO (Reuters) – Shares")
    rf"^(?:[ \t]*date[ \t]+\d{{4}}-\d\d(?:-\d\d)?[ \t]+)?"
    rf"(?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}})"
    rf"(?:,\s*(?P<region>{REGION})|,?\s+\((?P<wire_undated>[A-Za-z][^()\n]{{1,40}})\))"
    rf"{WIRE_THEN_DATE}(?P<undated>\s*{DASH}\s*)(?=[A-Z])",
    re.MULTILINE,
)
# ... or in mixed case, a known place and its region before a dash or a colon: "Stockholm, Sweden —
# Medivir AB (OMX: MVIR) announces ...", "Melbourne, Australia: Zeta Limited (ASX: ZTA) is
# pleased ..." (the city one of world_places.csv)
DATELINE_UNDATED_MIXED = re.compile(
    rf"^(?P<city>{WORD}(?:[ ]{WORD}){{0,2}}),[ ]?(?P<region>{REGION})"
    rf"(?P<undated>[ ]+{DASH}[ ]+|:[ \t]+)(?=[A-Z])",
    re.MULTILINE,
)
# A date and a wire, no place: a news brief's "Dec 14 (Reuters) - Acme Pharma Co Ltd", after a
# page's label too: "date 2020-04 April 23 (Reuters) - ..."
DATELINE_DATE_WIRE = re.compile(
    rf"^(?:[ \t]*date[ \t]+{YEAR}(?:-\d\d){{0,2}}[ \t]+)?"
    rf"(?P<city>(?!))?(?P<region>(?!))?(?P<date_lead>{MONTH}\s+\d{{1,2}}(?!\d)(?:,\s*{YEAR})?)"
    rf"\s+\((?P<wire_par>[A-Z][^()\n]{{1,30}})\)(?P<date_first>\s*{DASH}\s*)(?=[A-Z])",
    re.MULTILINE,
)
# ... or a news agency's tag alone opening the text: "(RTTNews) - Shares of Acme, Inc. (ACME)
# are falling ..." (a wire of wires.csv only)
DATELINE_WIRE_ONLY = re.compile(
    # (after a page's label of the date on its line too, which then dates the release)
    rf"(?:^[ \t]*|(?<=\d\d\d\d-\d\d-\d\d[ ])|(?<=\d\d\d\d-\d\d[ ]))"
    rf"(?P<city>(?!))?(?P<region>(?!))?(?:{DASH})?\((?P<wire_par>[A-Z][^()\n]{{1,30}}?)"
    rf"(?:\s*{DASH}\s*(?P<date_in>{DATE}))?\)"  # its date inside: "(Marketwire - Oct. 3, 2011) -"
    rf"{WIRE_THEN_DATE}(?P<undated>\s*{DASH}\s*)(?=[A-Z])",
    re.MULTILINE,
)
# The date first, then the place: "January 28, 2005, Horsham, PA and Mannheim, Germany. Acme ...";
# the place on the date's line or wrapped after its comma (a date on a line of its own heads the
# title below it: "December 15, 2016\n\nAcme Signs Japan-Exclusive ..."), and a hyphen inside a
# word is no dash
DATELINE_DATE_FIRST = re.compile(
    # (a weekday before the date and a time after it: "Wednesday, March 3, 2021, 7:00 AM ET —
    # BOSTON —"; pipes around the place: "3 March 2021 | Oxford, UK |")
    rf"^{ON_DAY}(?P<date_lead>{DATE})"
    rf"(?:,?[ \t]+\d{{1,2}}[.:]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{{2,4}}\b)?)?"
    rf"(?:[,;]?[ \t]+|[,;]\s+|[ \t]*(?:–|—|--?|\|)[ \t]*)"
    rf"(?!By\s)(?P<city>{CITY})(?:,\s*(?P<region>{REGION}))?"  # (never a byline's "By Jo Lee |")
    rf"(?:\s+(?:and|&)\s+{CITY}(?:,\s*{REGION})?)*"
    # a wire after the place: "12 March 2019, Seoul (Korea Bizwire) --"
    rf"(?:[ \t]+\((?P<wire_after_place>[A-Z][^()\n]{{1,30}})\))?"
    rf"(?P<place_last>\.\s+|\s*(?:--|–|—|\|)\s*|\s+-\s*|-\s+|[:;]\s*)"
    rf"(?=[A-Z])",
    re.MULTILINE,
)
# Undated, a city of the world's alone and a colon opening the lead: "Mumbai: Drugmaker Acme
# Pharmaceuticals Ltd announced ..." (world_places.csv)
DATELINE_PLACE_COLON = re.compile(
    rf"^(?P<city>{WORD}(?:[ ]{WORD}){{0,2}})(?P<region>(?!))?(?P<undated>:[ \t]+)(?=[A-Z][a-z])",
    re.MULTILINE,
)
# ... or a city of the world's alone in capitals and a dash opening the lead: "SEATTLE -- Halvard
# Genomics, Inc. (Nasdaq: HLVD) today reported" (never a word no place's name is: "UPDATE --")
DATELINE_CITY_DASH = re.compile(
    rf"^(?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}})(?P<region>(?!))?"
    rf"(?P<undated>[ \t]*(?:--|—|–)[ \t]*|[ \t]+-[ \t]+)(?=[A-Z][a-z])",
    re.MULTILINE,
)
# Undated in the middle of a flattened page: a city and its region in capitals before a double
# dash: "... Licensing Agreement MONTREAL, QUEBEC--Procyon BioPharma Inc. ..."
DATELINE_UNDATED_IN_LINE = re.compile(
    rf"(?<=\s)(?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}}),[ ]?"
    rf"(?P<region>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}})(?P<undated>[ ]?(?:--|—)[ ]?)(?=[A-Z][a-z])"
)
# never a region after its city ("CARY, N.C.–(BUSINESS WIRE)–" is CARY's); a feed's template
# tag may be glued before the city: "[#item_full_content]CARY, N.C.–(BUSINESS WIRE)–", and so
# may the date line's year where a page dropped the line break: "April 10, 2019QUEBEC–(BUSINESS
# WIRE)–"
GLUED_YEAR = r"(?<=19\d\d)(?<=[^\d]\d{4})|(?<=20\d\d)(?<=[^\d]\d{4})"
DATELINE_IN_LINE = re.compile(rf"(?:(?<=[\s:])|{GLUED_YEAR})(?<!,\s)(?:{LOCATION})(?:{STYLES})")
CAPS_DATELINE = rf"(?:{CAPS_LOCATION})(?:{STYLES})"
DATELINE_IN_LINE_CAPS = re.compile(rf"(?:(?<=[\s:\]])|{GLUED_YEAR})(?<!,\s){CAPS_DATELINE}")
SEC_REPORT_DATE = cued(rf"Date\s+of\s+Report[^:\n]{{0,80}}:\s*(?P<date>{DATE})", re.I)
# an hour and its zone a page prints before its date: "9:47 AM EST", "08:30 ET"
STAMP_CLOCK = rf"\d{{1,2}}[:.]\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+{TIME_ZONE})?"
HEADER_DATE_LINE = re.compile(
    # (its weekday after it, as a news archive prints it: "February 14, 2001 Wednesday")
    # (or its hour and zone before it, a weekday in three letters, a byline's writer and a bar
    # before all: "By Staff Writer | 9:47 AM EST, Tue January 24, 2012")
    rf"^(?:By[ \t][^|\n]{{2,40}}?[ \t]*\|[ \t]*)?[\[(]?\s*(?:{STAMP_CLOCK},?\s+)?"
    rf"(?:{ANY_WEEKDAY},?\s+)?{ON_DAY}(?P<date>{DATE})\s*[\])]?"
    rf"(?:,?\s+{WEEKDAY})?(?:\s+\d\d:\d\d.*)?\s*\|?$"
)
# a phone number ending a header's line: its right column
PHONE_COLUMN = re.compile(rf"[ \t]+(?:{PHONE.pattern})[ \t]*$")
NUMERIC_DATE_LINE = re.compile(rf"^(?P<date>{NUMERIC})\s*\|?$")  # "08.25.2013 |", "2019-04-02"
# a byline whose writer's name the page dropped, its date and zone left: "By Nov 18, 2021
# (Gmt+09:00)"
BYLINE_DATE_LINE = re.compile(
    rf"^By\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*[|·•,]\s*)?(?P<date>{DATE})\s*"
    rf"(?:\([^()\n]{{1,20}}\))?\s*$",  # or with the writer's name: "by Jo Lee | May 4, 2012"
    re.IGNORECASE,
)
# a feed's timestamp on its own line: "2012-05-04T07:00:00Z"
ISO_STAMP_LINE = re.compile(
    r"^(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?"
    r"(?:Z|[+-]\d\d:?\d\d)?\s*$"
)
# a site's name or label glued to the date by a page flattened without spaces:
# "firstwordpharmaJanuary 11, 2020", "UpdatedMarch 3, 2021"
GLUED_DATE_LINE = re.compile(rf"^[A-Za-z][\w.-]{{1,40}}?(?<=[a-z])(?P<date>{DATE})\s*$")


# a date that opens a header line before a bar or a dash: "March 27, 2016 | The US Food and
# Drug Administration has approved ...", "27 March 2016 - Acme ..."; never a period's first day
# ("September 1, 2021 – November 30, 2021" heads a quarter's figures), never a quote's day
# ("07 Jun 2024 - Closed" in a share box: context_words.csv role market_status)
@cache
def _header_date_opens() -> re.Pattern[str]:
    status = words_alternation(context_words("market_status"))
    return re.compile(
        rf"^{ON_DAY}(?P<date>{DATE}|{NUMERIC})\s+(?:\||[-–—]{{1,2}})\s+(?!{ON_DAY}{DATE})"
        rf"(?!{status}\b)\S"
    )


# a date and a colon opening a header line, the title after: "29-Dec-2020: Acme Receives ..."
DATE_BEFORE_TITLE = re.compile(rf"^{ON_DAY}(?P<date>{DATE}|{NUMERIC})[ \t]*:[ \t]+(?=\S)")


ANY_YEAR = re.compile(rf"(?=[12])\b{YEAR}\b")  # a year's first digit first: most positions fail
# A page's stamp: a date with its year and a time ("PR Newswire - March 20, 1997 08:36",
# "7/27/1999 1:31:00 PM")
# a two-digit year before its month and day, as an e-mail's header printed it ("Date: 97-07-31
# 21:03:49 EDT"): read only where the first number can be no month nor day
SHORT_YEAR_FIRST = re.compile(r"\b(?P<y>[3-9]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
PAGE_STAMP = re.compile(
    rf"(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR}|{NUMERIC}"
    rf"|{SHORT_YEAR_FIRST.pattern})"
    # "December 14, 2017 / 1:58 AM", "PUBLISHED :January 23, 2019 - 10:49"
    # "March 22, 2024 at 10:42 AM EDT"
    rf"(?:,?\s+|\s+[/|]\s+|[ \t]+[-–][ \t]+|[ \t]+at[ \t]+)\d{{1,2}}:\d\d"
)
# what a clock prints after its time, never a place: "01:00 PM EDT, 03/19/2024 (MT Newswires)"
CLOCK_WORDS = re.compile(rf"(?:[AaPp]\.?[Mm]\.?\s*)?{TIME_ZONE}?")
# or a time, its zone and a date closing a line ("... Manufacturers 09:27 GMT-04:00 Thursday,
# July 26, 2001"): the headline is the line before it
TIME_THEN_DATE = re.compile(
    r"\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"(?:\s+{TIME_ZONE}(?:[-+]\d{{1,2}}(?::?\d\d)?)?)?"
    rf"\s+(?:{WEEKDAY},?\s+)?(?P<date>{DATE})\s*$"
)
# A release that opens with its date: "On November 2, 2020 Acme Bio, Inc. ... reported"
LEAD_ON_DATE = re.compile(
    rf"^(?P<on>On\s+)?(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR})"
    # or no "On", a comma or a stop after the date: "25 May 2016, Acme", "27 Dec. 2022. A ..."
    rf"(?(on),?|[,.])\s+(?:the\s+)?[A-Z]",
    re.M,
)
# ... or whose first sentence states the day it announces: "Acme Inc. announced on May 4, 2012
# that ...", "Acme Inc. (Nasdaq: ACME) on Friday, May 4, 2012, announced ..."
LEAD_STATES_DATE = re.compile(
    # (never a day to come: "its full-year results, which will be announced on 22 March 2022")
    rf"\b(?<!\bbe )(?:announced|said|reported|disclosed)\s+on\s+(?:{WEEKDAY},?\s+)?"
    rf"(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR})"
    rf"|\bon\s+(?:{WEEKDAY},?\s+)?(?P<date2>{MONTH}\s+\d{{1,2}},?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+"
    rf"{YEAR}),?\s+(?:announced|said|reported|disclosed)\b"
)
LEAD_STATES_CHARS = 600  # the text's opening: a title and the lead's first sentence

# an aggregator's citation of the release it retells, the source's own date: "(Press release,
# Seneca Biopharma, JAN 17, 2020, View Source [SID1234553313])" after its "On January 17, 2019"
PRESS_RELEASE_CITATION = re.compile(
    rf"\(Press release,\s+[^,()\n]{{2,80}},\s+(?P<date>{DATE})", re.IGNORECASE
)

# a line of running text: eight words or more ending in a stop (seven words, each with the
# space after it, before the line's last mark; read line by line: as one pattern over a line
# that ends in no stop, it took time in the cube of the line's length)
PROSE_WORDS = re.compile(r"(?:\S+[ \t]+){7}")


def prose_line_before(text: str, end: int) -> bool:
    """Whether a line of ``text`` before ``end`` is running text ending in a stop."""
    for line in text[:end].split("\n"):
        core = line.rstrip(" \t")
        if core[-1:] in (".", "!", "?") and PROSE_WORDS.search(core, 0, len(core) - 1):
            return True
    return False


LINE_END_REACH = 200  # a dateline this near below a dateline line of its own replaces it
SEARCH_WINDOW = 4000  # datelines sit near the top; never scan a whole release for one
HEADER_WINDOW = 800


@dataclass(frozen=True)
class Dateline:
    city: str | None
    region: str | None
    published_date: dt.date | None
    wire: str | None
    wire_canonical: str | None
    span_start: int | None
    span_end: int | None
    rule: str | None
    date_rule: str | None
    confidence: float
    date_inferred: bool = False  # the year is not printed for this release: guessed nearby
    date_confidence: float | None = None  # how sure the date is (None: no date)


def parse_date(
    text: str, default_year: int | None = None, day_first: bool = False, local: bool = False
) -> dt.date | None:
    """Date from "Nov. 3, 2011", "3 November 2011", "08.25.2013", "2011-11-03"; None if invalid.
    ``day_first``: a dotted date both orders fit is read day first, as a dateline outside the
    Americas prints it ("Munich, 04.05.2012 –" is 4 May). ``local``: the dateline prints no
    wire, so a slashed date both orders fit may be the place's own day first ("Paris,
    03/04/2020 –"): no date rather than a guess."""
    match = DATE_PARTS.search(text)
    if match:
        day = int(match["d1"] or match["d2"] or match["d3"] or match["d4"])
        year_text = match["y1"] or match["y2"] or match["y3"] or match["y4"]
        year = int(year_text) if year_text else default_year
        if match["m5"]:
            month = _foreign_months()[match["m5"].casefold()]
        else:
            month_name = match["m1"] or match["m2"] or match["m3"] or match["m4"]
            month = MONTH_NUMBERS[month_name[:3].lower()]
    else:
        numeric = (
            ISO_DATE.search(text)
            or NUMERIC_DATE.search(text)
            or DASHED_DATE.search(text)
            or SHORT_YEAR_FIRST.search(text)
        )
        if not numeric:
            return None
        parts = numeric.groupdict()
        year = int(parts["y"])
        month = int(parts["m"] or parts.get("m2") or parts.get("m3") or 0)
        day = int(parts["d"] or parts.get("d2") or parts.get("d3") or 0)
        if year < 100:
            year += 1900 if year >= TWO_DIGIT_PIVOT else 2000
        if month > 12 >= day:
            month, day = day, month  # day first, and only one reading: "19/01/2005"
        elif (
            day_first
            and "." in numeric.group()
            and numeric.re is not ISO_DATE
            and max(month, day) <= 12
        ):
            month, day = day, month  # "Munich, 04.05.2012 –": the place's order (never a
            # slashed date: US wires print "WINNERSH, UK -- (Marketwired) -- 04/10/13" month first)
        elif (
            day_first
            and local
            and "/" in numeric.group()
            and month != day
            and max(month, day) <= 12
        ):
            return None  # "Paris, 03/04/2020 –" with no wire: 3 April there, 4 March on a US
            # wire; either may be printed
        elif (
            (numeric.re is DASHED_DATE or "." in numeric.group())
            and numeric.re is not ISO_DATE
            and month != day
            and max(month, day) <= 12
        ):
            return None  # "05-06-2008", "12.05.2020": May in America, June/December in Europe
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


AMERICAS = frozenset({"usa", "u.s.a.", "us", "u.s.", "united states", "america", "canada"})


def _outside_americas(city: str | None, region: str | None) -> bool:
    """Whether a dateline places the release outside the Americas' month-first dates: a region
    that is no US state nor the US or Canada ("Zurich, Switzerland"), or a city alone that is
    none of them ("Munich")."""
    if not city:
        return False
    names, codes = us_states()
    for place in (region, city):
        if place is None:
            continue
        last = place.rsplit(",", 1)[-1].strip().rstrip(".")
        if last in codes or last.casefold() in names or last.casefold().rstrip(".") in AMERICAS:
            return False
    return region is not None or (
        city.casefold() not in names and _city_country(city) not in MONTH_FIRST_COUNTRIES
    )


MONTH_FIRST_COUNTRIES = frozenset({"US", "CA"})


def _a_known_place(city: str | None, region: str | None) -> bool:
    """Whether the dateline names a place: a region, or a city of the world's (never a page's
    label where the city stands: "Posted On: 07/08/2021")."""
    return region is not None or (city is not None and _city_country(city) is not None)


def _city_country(city: str) -> str | None:
    """The country of the most populous city of the world so named (world_places.csv): "Boston"
    is in the US, "Paris" in France."""
    return _city_countries().get(city.casefold())


@cache
def _city_countries() -> dict[str, str]:
    largest: dict[str, tuple[int, str]] = {}
    for row in load_lexicon("world_places"):
        if row["kind"] != "city":
            continue
        name, people = row["name"].casefold(), int(row["population"] or 0)
        if people > largest.get(name, (-1, ""))[0]:
            largest[name] = (people, row["country"])
    return {name: country for name, (_, country) in largest.items()}


SIGNATURE = re.compile(r"(?m)^[ \t|]*(?:/s/|By:?[ \t]*$)")
SIGNATURE_LINES = 3


def _header_date(text: str, before: int) -> tuple[dt.date | None, str | None]:
    """A date standing alone on a line in the page header, or an SEC form's report date."""
    cover = cover_page_end(text)  # an SEC form's cover dates the filing, not the release
    opens = cover if cover < before else 0  # the header follows a cover page, however long
    header = text[opens : min(before, opens + HEADER_WINDOW)]
    dated = None
    lines = header.split("\n")
    listed = _listed_dates(lines)
    for number, line in enumerate(lines):
        if number in listed:
            continue  # a list of dated items ("14 April 2009" over "Holding(s) in Company", ...)
        if EVENT_TIME_LABEL.match(line):
            continue  # the day of an event the text announces, not of the text
        if SIGNATURE.search("\n".join(lines[number + 1 : number + 1 + SIGNATURE_LINES])):
            continue  # an SEC form's signature dates the filing: "|Date 9 December, 2002" over
            # "|By" and "|/s/ Ronald Lea Erratt"
        # (a table's bar around a date's cell: "|6 JANUARY 2003" under "|ASX & MEDIA RELEASE")
        cell = line.strip().strip("|").strip()
        label = DATE_LABEL.match(cell)
        beside = NEXT_LABEL.search(cell, label.end()) if label else None
        if beside:  # a two-column header's left cell, the next column's label after it: "FOR
            cell = cell[: beside.start()]  # RELEASE: Monday, September 8, 1997 CONTACT: Ann Lee"
        stripped = DATE_LABEL.sub("", _without_page_label(cell))
        match = (
            HEADER_DATE_LINE.match(stripped)
            or NUMERIC_DATE_LINE.match(stripped)
            or _header_date_opens().match(stripped)
            or DATE_BEFORE_TITLE.match(stripped)
            or LABELLED_DATE.match(line.strip())
            or GLUED_DATE_LINE.match(stripped)
            or BYLINE_DATE_LINE.match(stripped)
            or ISO_STAMP_LINE.match(stripped)
            or DATE_LABEL_ENDS_LINE.search(stripped)
        )
        phone = PHONE_COLUMN.search(stripped)
        if match is None and phone:
            # a two-column header's left cell, the contact's number its right column (the
            # cleaner closed the gap): "TUESDAY, JANUARY 16, 1996 (617) 555-0143" under "FOR
            # RELEASE: 7:00 A.M. EST CONTACT: Harold Greene"
            match = HEADER_DATE_LINE.match(stripped, 0, phone.start())
        if match:
            found = parse_date(match["date"])
            if found and not _page_today(text, found):
                # a page prints today's date above the article's, and an update's after the
                # first: the earliest of the header's date lines dates the release ("Sunday 24
                # November 2024" over a title over "2 June 2021")
                dated = (
                    min(dated, (found, "header_date_line"))
                    if dated
                    else (found, "header_date_line")
                )
    stamps = []
    updates = 0  # stamps labelled as the page's last update
    for line in text[: min(before, HEADER_WINDOW)].split("\n"):
        if EVENT_TIME_LABEL.match(line):
            continue  # a media advisory's event: "WHEN: Thursday, September 14, 2023, 10:00 a.m."
        stamp = PAGE_STAMP.search(line) or TIME_THEN_DATE.search(line)
        found = parse_date(stamp["date"]) if stamp else None
        if found:
            stamps.append(found)
            updates += bool(stamp and UPDATED_LABEL.search(line, 0, stamp.start()))
    if stamps and updates == len(stamps):
        # a page's last update is no release's day where the page prints when it was first
        # published: "Last Updated : Jan 21 2013 | 2:54 AM IST" over "First Published: May 03
        # 2010 | 9:16 AM IST" at its foot
        published = PUBLISHED_STAMP.search(text)
        first = parse_date(published["date"]) if published else None
        if first is not None and first <= min(stamps):
            stamps = [first]
    if stamps:
        # a page's "today" over the article's own stamp: the page is never the older
        # ("Friday, December 13, 2019" above "By ... November 6, 2018, 15:38"), nor is a
        # board post's over the release it quotes ("Thursday, April 17, 2008 8:28:25 AM" above
        # "Thursday 04/10/2008 8:00 AM ET - Market Wire")
        stamped = (min(stamps), "header_page_stamp")
        return stamped if dated is None or stamped[0] < dated[0] else dated
    if dated:
        return dated
    sec = SEC_REPORT_DATE.search(text, 0, SEARCH_WINDOW)
    if sec:
        return parse_date(sec["date"]), "sec_report_date"
    return None, None


# a media advisory's label of the event it announces, never the day it is published: "WHEN:
# Thursday, September 14, 2023, 10:00 a.m. EDT", "Date and time: ..."
EVENT_TIME_LABEL = re.compile(
    r"[ \t]*(?:when|date\s+(?:and|&)\s+time|event\s+date|time)[ \t]*:", re.IGNORECASE
)
CLOCK_IN_PARENTHESES = re.compile(rf"{LINE_CLOCK}(?:\s|$)", re.IGNORECASE)  # "8:00 HKT"
UPDATED_LABEL = re.compile(r"\b(?:last\s+)?updated\b", re.IGNORECASE)
PUBLISHED_STAMP = re.compile(
    rf"^[ \t]*(?:first\s+)?published(?:\s+on)?[ \t]*:?[ \t]*"
    rf"(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR})",
    re.IGNORECASE | re.MULTILINE,
)

LISTED_DATES = 3  # date lines a line or two apart: a list of dated items, no header's date
LISTED_GAP = 3  # printed lines from one listed date to the next at most


def _listed_dates(lines: list[str]) -> set[int]:
    """The numbers of the lines that are a list's dates: three or more lines printing different
    dates alone, each within a few lines of the next ("14 April 2009" over "Holding(s) in
    Company" over "17 April 2009" ...), as an annual information update lists its
    announcements."""
    printed = [number for number, line in enumerate(lines) if line.strip()]  # blank lines apart
    dated = [
        at
        for at, number in enumerate(printed)
        if HEADER_DATE_LINE.match(lines[number].strip().strip("|").strip())
    ]
    runs: list[list[int]] = []
    for at in dated:
        if runs and at - runs[-1][-1] <= LISTED_GAP:
            runs[-1].append(at)
        else:
            runs.append([at])
    # (the same day printed three times over an RNS page's title is its date, no list)
    return {
        printed[at]
        for run in runs
        if len({lines[printed[at]].strip() for at in run}) >= LISTED_DATES
        for at in run
    }


PAGE_TODAY_YEARS = 3  # years the text prints, none of them the header's
# and all of them at least this many years before it: a decade, as a crawl's day is years after
# an old article's, while a release's background (a chairman's past posts "(2002-6)" in a 2010
# article) lies nearer
PAGE_TODAY_GAP = 10


def _page_today(text: str, day: dt.date) -> bool:
    """Whether a header line's date is the page's day, not the text's: its year printed nowhere
    else while the text prints several others, all years before it (a paper's "Tuesday, Mar 19,
    2024" over an article on a company's 2000 results and 1999's)."""
    years = [int(year) for year in ANY_YEAR.findall(text)]
    others = [year for year in years if year != day.year]
    return (
        years.count(day.year) == 1
        and len(others) >= PAGE_TODAY_YEARS
        and max(others) <= day.year - PAGE_TODAY_GAP
    )


# a page's label of a month: "date 2020-04 April 23 (Reuters) - ..."
LABELLED_MONTH = re.compile(rf"^[ \t]*date[ \t]+(?P<year>{YEAR})-(?P<month>[01]\d)\b", re.M)


def _labelled_year(text: str, date_text: str) -> int | None:
    """The year of a month a page labels in its header, when the dateline's date is in that
    month ("date 2020-04" over "April 23 (Reuters)" is 2020)."""
    label = LABELLED_MONTH.search(text, 0, HEADER_WINDOW)
    day = parse_date(date_text, 2000)
    if label and day and day.month == int(label["month"]):
        return int(label["year"])
    return None


# or a date a post's header labels mid-line, with no time: "Posted by: x   Date: 3/14/2006   Msg #"
LABELLED_STAMP = re.compile(
    rf"\b(?:date|posted(?:\s+on)?|published(?:\s+on)?)[ \t]*:[ \t]*(?:{ANY_WEEKDAY},?[ \t]+)?"
    rf"(?P<date>{NUMERIC}|{DATE})",
    re.IGNORECASE,
)
STAMP_REACH = 2500  # a post's stamp stands above the release it quotes
STAMP_AFTER_DAYS = 31  # and dates it on its day or within the month after


def _stamped_year(text: str, before: int, date_text: str) -> int | None:
    """The year of a date printed without one, from the nearest page stamp (a date and its time,
    or a labelled date) above it that dates the same day or the weeks after ("Post by ... Nov 06,
    2009 8:24am" over "BELLEVILLE, ON, Nov. 6 /CNW/" is 2009); None if no stamp fits."""
    start = max(0, before - STAMP_REACH)
    stamps = sorted(
        [*PAGE_STAMP.finditer(text, start, before), *LABELLED_STAMP.finditer(text, start, before)],
        key=lambda stamp: stamp.start(),
    )
    for stamp in reversed(stamps):
        stamped = parse_date(stamp["date"])
        if stamped is None:
            continue
        fitting = _fitting_year(stamped, date_text)
        if fitting is None and stamped.day <= 12 and NUMERIC_DATE.fullmatch(stamp["date"]):
            # a numeric stamp read the other way round: "08/06/2010 8:09am" over "June 8"
            fitting = _fitting_year(
                stamped.replace(month=stamped.day, day=stamped.month), date_text
            )
        return fitting
    return None


def _fitting_year(stamped: dt.date, date_text: str) -> int | None:
    """The year that puts ``date_text`` on the day ``stamped`` or in the weeks before it."""
    for year in (stamped.year, stamped.year - 1):
        day = parse_date(date_text, year)
        if day and 0 <= (stamped - day).days <= STAMP_AFTER_DAYS:
            return year
    return None


# A wire's end mark dates its release: "-0- 7/31/92" (PR Newswire)
# (or on the line under it: "-0-" over "10/12/1999")
END_MARK_DATE = cued(
    rf"^[ \t]*-0-(?:[ \t]+|[ \t]*\n[ \t]*)(?P<date>{NUMERIC}|{DATE})", re.MULTILINE
)


def _footer_year(text: str, after: int, date_text: str) -> int | None:
    """The year of a dateline's date printed without one, from a date printed after it for the
    same day or the weeks after: a wire's end mark ("-0- 7/31/92"), a page's footer ("Date:Jul
    31, 1992") or a feed's closing stamp; None if none fits."""
    for pattern in (END_MARK_DATE, CLOSING_LABELLED_DATE, CLOSING_STAMP, NUMERIC_STAMP):
        for found in pattern.finditer(text, after):
            stamped = parse_date(found["date"])
            year = _fitting_year(stamped, date_text) if stamped else None
            if year:
                return year
    return None


# a news archive's dateline field: "DATELINE: SEATTLE", "DATELINE: CAMBRIDGE, Mass."
LABELLED_PLACE = re.compile(
    rf"^DATELINE:[ \t]+(?P<city>{CITY})(?:,[ \t]*(?P<region>{REGION}))?[ \t]*$", re.MULTILINE
)


def _standalone_wire(text: str, before: int) -> str | None:
    """A wire named alone on a header line ("Business Wire"), as printed."""
    wires = alias_map("wires")
    for line in text[:before].split("\n"):
        if line.strip().casefold() in wires:
            return line.strip()
    return None


@cache
def _page_labels() -> frozenset[str]:
    return frozenset(row["line"].casefold() for row in load_lexicon("headline_noise"))


# A labelled date: "Date: 3/14/2006", "Date:5/21/2008", "date 2019-04-02"
# "Date:", "date", "Release date:", "Publication date:", a post's "Posted On:", a page's
# "Published:", "Released:", "Issued:"
DATE_LABEL_TEXT = (  # "Published on 6/14/2006 in the Prospect News Biotech Daily." too
    r"(?:(?:release\s+|publication\s+|issue\s+)?date\s*:?\s*"
    r"|(?:posted|published|updated|released|issued|dated)(?:\s+on)?\s*:\s*"
    r"|public\s+release\s*:\s*"  # a news service's: "Public Release: 3-Mar-2015"
    r"|(?:posted|published|released|issued)\s+on\s+"
    # a release's own label of its day: "FOR RELEASE: Monday, March 2, 1998", "For Immediate
    # Release: March 2, 1998", its hour before the day too: "FOR RELEASE: 4:05 PM EDT, Tuesday,
    # April 30, 2013"
    r"|for\s+(?:immediate\s+)?release\s*:\s*"
    rf"(?:\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:{TIME_ZONE}\s*)?,?\s*)?"
    # a byline's "Published March 22, 2024", "Updated 22 March 2024", a footer's "Released
    # October 14, 2024": the date alone after it on its line (never "Published January 10, 2007
    # in the New England Journal of Medicine")
    rf"|(?:posted|published|updated|dated|released|issued)[ \t]+(?=(?:{DATE})[ \t]*(?:\n|$))"
    # a byline's author between, the date alone after "on": "Posted by Editorial Team on 14 Nov
    # 2023", "By Jane Roe on November 14, 2023"
    rf"|(?:(?:posted|published|written|submitted)[ \t]+)?by[ \t]+[^\n,|:]{{1,40}}?[ \t]+on[ \t]+"
    rf"(?=(?:{DATE})[ \t]*(?:\n|$)))"
)
DATE_LABEL_WORDS = rf"^{DATE_LABEL_TEXT}"
LABEL_AS_CITY = re.compile(
    r"(?:release\s+|publication\s+|issue\s+)?date"
    r"|(?:posted|published|updated|released|issued|dated)(?:\s+on)?",
    re.I,
)
DATE_LABEL = re.compile(rf"{DATE_LABEL_WORDS}(?=\d|[A-Za-z]{{3}})", re.IGNORECASE)
# A labelled date that opens a line the title goes on: "date 2022-01-04 FDA Approves ..."
# (or a month alone, "date 2025-05 Acme to acquire ...": no day, so no date, but no title either)
LABELLED_DATE = re.compile(
    rf"{DATE_LABEL_WORDS}(?P<date>{NUMERIC}|{DATE}|{YEAR}-[01]\d)(?:\s+|$)", re.IGNORECASE
)
# a letter's labelled date ending a header's line after its reference: "Ref: MSL/SEC/2021/112
# Date: 12th April, 2021" (an exchange filing's cover letter)
DATE_LABEL_ENDS_LINE = re.compile(rf"\s(?:Date|DATE|Dated|DATED)\s*:\s*(?P<date>{DATE})\s*$")
# the label of a header's next column, after a labelled date: " CONTACT:", " Media Contact:"
NEXT_LABEL = re.compile(r"\s+(?=[A-Z][A-Za-z]+(?:[ ][A-Za-z]+)?:)")
LABEL_DASH = re.compile(rf"^(?P<label>[A-Za-z][A-Za-z ]{{1,30}}?)\s*(?:{DASH}|\|)\s*")


def _without_page_label(line: str) -> str:
    """A header line without a page label before a dash or a bar ("News Release - October 5,
    2006", "News | October 27, 1997")."""
    label = LABEL_DASH.match(line)
    if label and label["label"].casefold() in _page_labels():
        return line[label.end() :]
    return line


def _only_spaced(match: re.Match[str]) -> bool:
    """Whether a dateline's city, with no region, meets its date across spaces alone ("Toronto
    December 3, 2003 ..."): a place then only where it is a city of the world's."""
    found = match.groupdict()
    if found.get("region") or found.get("region_paren"):
        return False
    date = next((name for name in ("date_std", "date_eol") if found.get(name)), None)
    between = match.string[match.end("city") : match.start(date)] if date else "x"
    return re.fullmatch(rf"\s*(?:{ANY_WEEKDAY},?\s+)?", between, re.IGNORECASE) is not None


# the lead under a dateline of its own: a company, its ticker perhaps, and an announcing verb
LEAD_BELOW = re.compile(rf"[ \t]*\n[ \t]*[A-Z][^\n]{{0,160}}?\b(?:today[ \t]+)?{ANNOUNCING_VERB}")


GLUED_TO_WORD = re.compile(r"\d-$")
BYLINE_CITY = re.compile(r"(?i:by)[ \t]")


def _is_place(match: re.Match[str]) -> bool:
    """A dateline's city is no wire ("PR Newswire, March 20, 1997 --" is a page header), no
    page label ("News Release - October 5, 2006": headline_noise.csv), no company and no
    person's title (a letter's addressee under its date: "The Manager - Companies")."""
    city = match["city"].casefold()
    weekday = re.fullmatch(ANY_WEEKDAY, match["city"], re.IGNORECASE) is not None
    if (
        match.groupdict().get("line_end")
        and (match.start() > HEADER_WINDOW or prose_line_before(match.string, match.start()))
        and not LEAD_BELOW.match(match.string, match.end())
    ):
        return False  # a place and date on a line of their own below running text: a sign-off
        # (never one the lead opens under: a deck's sentence above "OSAKA, Japan, February 21,
        # 2012" over "Takeda Pharmaceutical Company Limited (TSE:4502) today announced")
    if BYLINE_CITY.match(match["city"]):
        return False  # a byline's writer before a bar and the date: "By Staff Writer | March
        # 5, 2019"
    if CLOCK_WORDS.fullmatch(match["city"]) and not match.groupdict().get("wire_par"):
        return False  # a clock's half of the day and its zone: "FOR RELEASE: 4:05 PM EDT,
        # Tuesday, April 30, 2013" names no place (a wire's stamp is kept for its date and wire,
        # its "city" dropped: "01:00 PM EDT, 03/19/2024 (MT Newswires) --")
    if _only_spaced(match) and city not in place_names():
        return False  # "On July 14, 2022 Acme", "FOR THE YEAR ENDED 31 December 2006": no place
    if (
        GLUED_TO_WORD.search(match.group())
        and match.string[match.end() : match.end() + 1].islower()
    ):
        return False  # a date glued to a word by a hyphen is an identifier's: a page's label
        # "Doc: 2003-06-02-biotech"
    return (
        city not in alias_map("wires")
        and city not in _page_labels()
        and not weekday
        and not _a_company(match)
        and (
            not any(word in title_words()[0] for word in city.split())
            or _state_or_country_after(match)
        )
    )


def _state_or_country_after(match: re.Match[str]) -> bool:
    """Whether a dateline's region is a US state or a country: its city is a place however
    like a title its words are ("RESEARCH TRIANGLE PARK, N.C.", "CENTER VALLEY, Pa.")."""
    region = (match.groupdict().get("region") or "").split(",")[0].strip().casefold()
    return region in us_state_forms() or region in country_names()


def _title_words_in_region(match: re.Match[str]) -> bool:
    """Whether a dateline's "region" holds a title's function word no region's name holds
    ("ISLE OF WIGHT", "TRINIDAD AND TOBAGO" do hold "of" and "and")."""
    region = match.groupdict().get("region") or ""
    return any(word in NOT_REGION_WORDS for word in region.casefold().split())


# words of a title that no city's name holds ("ISLE OF WIGHT" is read whole before any cut)
TITLE_FUNCTION_WORDS = frozenset({"and", "for", "with", "of", "in", "to", "on", "from", "by"})
NOT_REGION_WORDS = TITLE_FUNCTION_WORDS - {"and", "of"}
TITLE_WORDS_BEFORE_CITY = 2  # at least: one word before a city may be its own ("NEW YORK")
CITY_WORDS_KEPT = 2  # at least: a word alone may end a longer city ("YORK" of "NEW YORK")


def _known_place_end(city: str | None) -> str | None:
    """A city in capitals without the end of a title in capitals glued before it: "OFFICE
    ACTION THE WOODLANDS" is THE WOODLANDS when the city is no place of the world's and its
    last words are (world_places.csv); two words or more are cut, never one, and two or more
    are kept ("... RESULTS EAST HANOVER" keeps its "EAST", since "Hanover" alone is a place),
    unless a function word shows the words before are a title's ("... AND NECK CANCER
    SUNNYVALE")."""
    if not city or city.casefold() in place_names():
        return city
    words = city.split(" ")
    for cut in range(TITLE_WORDS_BEFORE_CITY, len(words) - CITY_WORDS_KEPT + 1):
        rest = " ".join(words[cut:])
        if rest.casefold() in place_names():
            return rest
    # a title's last words with a function word among them ("... HEAD AND NECK CANCER
    # SUNNYVALE"): no city's, so the place may be its last word alone
    if (
        len(words) > 1
        and words[-1].casefold() in place_names()
        and any(word.casefold() in TITLE_FUNCTION_WORDS for word in words[:-1])
    ):
        return words[-1]
    # ... or with a word no place of the world's prints: the city is the words after it, all
    # words of places ("... BY ITS NEOGENE TECHNOLOGIES SUBSIDIARY IRVINE" is IRVINE, "ZETA
    # REPORTS RESULTS EAST HANOVER" is EAST HANOVER); never a country after its city, no
    # comma between: "Kusatsu/Shiga Japan" is a city and its country
    if len(words) > 1 and words[-1].casefold() in country_names():
        return city
    if len(words) > 1 and words[-1].casefold() in place_names():
        kept = len(words) - 1
        while kept > 0 and words[kept - 1].casefold() in _place_words():
            kept -= 1
        if kept > 0:
            return " ".join(words[kept:])
    return city


@cache
def _place_words() -> frozenset[str]:
    """Every word of the world's places' names, casefolded ("new", "san", "east", "york")."""
    return frozenset(word for place in place_names() for word in place.split())


BRACKETED_COUNTRY = re.compile(r"(?P<city>.+?) \((?P<country>[^()]+)\)")


def _city_and_country(place: str) -> tuple[str, str | None]:
    """A place printed as a city and its country or US state without a comma ("Osaka Japan",
    "Leiden The Netherlands", "Oxford UK", "DUBLIN OHIO"), both places of the world's, split;
    else the place whole."""
    bracketed = BRACKETED_COUNTRY.fullmatch(place)  # "Paris (France)", read as a qualifier
    if bracketed and bracketed["country"].casefold() in country_names():  # before ", Cambridge"
        return bracketed["city"], bracketed["country"]
    words = place.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        city, country = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            country.casefold() in country_names()
            or country in context_words("country_initials")
            or country.casefold() in us_states()[0]  # "DUBLIN OHIO", a US state spelled out
        ) and any(part.casefold() in place_names() for part in city.split("/")):
            return city, country  # (of two places a slash joins, one known: "Kusatsu/Shiga")
    return place, None


def _placed(match: re.Match[str]) -> bool:
    """Whether a dateline read inside a line names a place: its region printed ("Oxford, UK -
    15 April 2008:") or a city of the world's (``world_places.csv``: "Hyderabad, Nov 12 (PTI):");
    a paper's masthead is none ("BioWorld - Tuesday, October 4, 2022")."""
    return bool(match["region"] or match["region_paren"]) or (
        match["city"].casefold() in place_names()
    )


@cache
def _news_words() -> frozenset[str]:
    """Words of a news service's name (context_words.csv): "News", "Press" ..."""
    return frozenset(word.casefold() for word in context_words("news_word"))


def _words(name: str) -> list[str]:
    return re.split(r"[\s-]+", name.casefold())


def _a_company(match: re.Match[str]) -> bool:
    """A letterhead's company under its date ("April 25, 2019\nJ-Pharma Co., Ltd."): no place."""
    city, after = match["city"], match.string[match.end("city") : match.end("city") + 40]
    form_ends, form_opens = _form_around()
    return bool(form_ends.search(city) or form_opens.match(after))


@cache
def _form_around() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A legal form ending a place's words, and one right after them."""
    legal_form = company_suffix_pattern()
    return re.compile(rf"(?:^|\s){legal_form}$"), re.compile(rf",?\s*{legal_form}")


# An exchange announcement signs off with its place and date on a line of their own, after
# "By order of the Board": "Hong Kong, 18 June 2020"
CLOSING_LINE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){{0,2}}),[ \t]*"
    # its country after it: "Chengdu, the PRC, 19 June 2023", "Beijing, People's Republic of
    # China, 19 June 2023"
    r"(?:(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t](?:of[ \t])?[A-Z][\w.'’-]*){0,3},[ \t]*)?"
    rf"(?P<date>{DATE})"
    r"[ \t]*$",
    re.MULTILINE,
)
CLOSING_CHARS = 2000  # a sign-off is read within the text's last characters


# A feed's or a wire's stamp closing the text, a date with its time and zone on a line of its
# own: "Thu, 02 Nov 2023 06:00:00 GMT | Marketscreener.com", "December 04, 2024 07:50 ET (12:50
# GMT)" under "(END) Dow Jones Newswires"
# a date at its time, a weekday before it: "Thu, 02 Nov 2023 06:00:00", "Sunday June 3, 7:00 pm"
DATE_AT_CLOCK = (
    rf"(?:{ANY_WEEKDAY},?[ \t]+)?(?P<date>{DATE})[ \t]*,?[ \t]+\d{{1,2}}:\d\d(?::\d\d)?"
    rf"[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?"
)
CLOSING_STAMP = re.compile(rf"^[ \t]*{DATE_AT_CLOCK}{TIME_ZONE}\b[^\n]*$", re.MULTILINE)
# ... or in figures, as a wire's feed closed its items: "11/09/1999 08:30 EST
# http://www.prnewswire.com"
NUMERIC_STAMP = re.compile(
    rf"^[ \t]*(?P<date>{NUMERIC})[ \t]+\d{{1,2}}:\d\d(?::\d\d)?[ \t]*"
    rf"(?:[AaPp]\.?[Mm]\.?[ \t]*)?{TIME_ZONE}\b[^\n]*$",
    re.MULTILINE,
)
STAMP_CHARS = 400  # a closing stamp is among the text's last lines
# ... or the London Stock Exchange's footer of an RNS announcement: its number, the company and
# the date, each on a line of its own ("RNS Number : 4821T / Rookwood Therapeutics plc / 22
# March 2021")
RNS_FOOTER = re.compile(
    rf"^[ \t]*RNS[ \t]+Number[ \t]*:[ \t]*\w+[ \t]*\n(?:[^\n]{{1,80}}\n)?"
    rf"[ \t]*(?P<date>{DATE})[ \t]*$",
    re.MULTILINE,
)


# or a page's footer that labels the article's date or names the release it reports: "Date:Aug
# 14, 2019" under "Publication:The Fly", "Source: / MediGene press release 21 May 2008", or the
# paper that printed it: "Published January 10, 2007 by the Triangle Business Journal"
CLOSING_LABELLED_DATE = cued(
    rf"^[ \t]*(?:[-•*·][ \t]+)?"  # a list's bullet: "- Published: 08 August 2008"
    rf"(?:{DATE_LABEL_TEXT}|[^\n]{{0,60}}\bpress release(?:[ \t]+dated)?"
    rf"|(?P<byline>published[ \t]+))[ \t]*(?P<date>{DATE})"
    rf"(?(byline)[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][^\n]{{1,80}}|[ \t]*)$",
    re.MULTILINE | re.IGNORECASE,
)


# A listed company's notice of when it published the release, as Nordic and other European
# releases close: "The information was submitted for publication at 13.55 CET on 15 April 2014",
# "... for publication, through the agency of the contact persons set out above, at 11.30 CET on
# 10 December 2017" (rule ``publication_notice``)
PUBLICATION_NOTICE = re.compile(
    r"\b(?:submitted|released|provided|made\s+public)\s+for\s+(?:publication|public\s+release"
    rf"|disclosure)\b(?:[^.\n]|\.(?=\d)){{0,160}}?\bon\s+(?:{ANY_WEEKDAY},?\s+)?(?P<date>{DATE})",
    re.IGNORECASE,
)


def _publication_notice(text: str) -> dt.date | None:
    """The date of the last publication notice in the text, when it prints a year."""
    dates = [
        parse_date(m["date"])
        for m in PUBLICATION_NOTICE.finditer(text)
        if ANY_YEAR.search(m["date"])
    ]
    dates = [d for d in dates if d is not None]
    return dates[-1] if dates else None


def _closing_stamp(text: str) -> re.Match[str] | None:
    """The last feed stamp or footer's date of the text's end whose date has a year."""
    found = None
    tail = max(0, len(text) - STAMP_CHARS)
    footers = RNS_FOOTER.finditer(text, tail) if "RNS" in text else ()
    for line in [
        *CLOSING_STAMP.finditer(text, tail),
        *CLOSING_LABELLED_DATE.finditer(text, tail),
        *footers,
    ]:
        if ANY_YEAR.search(line["date"]) and (found is None or line.start() > found.start()):
            found = line
    return found


def _closing_line(text: str) -> re.Match[str] | None:
    """The last "Place, date" line of the text's end, when its date has a year and its place
    is no weekday ("Tuesday, 29 November, 2005" heads a short page: a date, no place)."""
    found = None
    for line in CLOSING_LINE.finditer(text, max(0, len(text) - CLOSING_CHARS)):
        if ANY_YEAR.search(line["date"]) and not re.fullmatch(WEEKDAY, line["place"]):
            found = line
    return found


# A period the release reports on has ended before it is published: "the fourth quarter ended
# Dec. 31, 2003" in a release dated "Feb. 24" with no year puts it in 2004
PERIOD_ENDED = cued(
    rf"\b(?:quarter|year|period|months|weeks)\s+ended\s+(?P<date>{DATE})", re.IGNORECASE
)


# A month the text places in the past: "The original research agreement, announced in June
# 1999, provided ..." (the release comes after it)
PAST_VERB = (
    r"\b(?:announced|signed|entered|began|started|completed|received|reported|launched|"
    r"initiated|filed|granted|approved|formed|founded|established|closed)\b"
)
# Each is read from its date, the rarer part, back to its verb: a scan that opens with the
# verbs' alternation tries every position of the text
PAST_MONTH = re.compile(rf"in(?<=\bin)\s+(?P<date>{MONTH}\s+{YEAR})\b")
# ... or a day: "The licensing agreement, which was announced on February 16, 2010, ...", "On
# October 25, 2005, Rigel announced that it had granted Serono an exclusive license"
PAST_DAY = re.compile(rf"on(?<=\bon)\s+(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR})\b")
VERB_BEFORE = re.compile(rf"{PAST_VERB}[^.;]{{0,40}}\Z")  # the verb, up to 40 characters before
VERB_BEFORE_CHARS = 60
# "On" opening a sentence or a line (read from the word on, the lookbehind after it)
PAST_DAY_OPENER = re.compile(
    rf"On(?:(?<=[.!?]\sOn)|(?<=\nOn)|(?<![\s\S]{{3}}))"
    rf"\s+(?P<date>{MONTH}\s+\d{{1,2}},?\s+{YEAR}),\s+[^.;]{{0,60}}?{PAST_VERB}"
)


def _recalled_dates(text: str) -> Iterator[str]:
    """The months and days the text's first part recalls as past: "announced in June 1999",
    "signed on February 16, 2010", "On October 25, 2005, Rigel announced"."""
    for pattern, day in ((PAST_MONTH, "1 "), (PAST_DAY, "")):
        for match in pattern.finditer(text, 0, SEARCH_WINDOW):
            start = match.start()
            if VERB_BEFORE.search(text, max(0, start - VERB_BEFORE_CHARS), start):
                yield day + match["date"]
    for match in PAST_DAY_OPENER.finditer(text, 0, SEARCH_WINDOW):
        yield match["date"]


def _after_periods_ended(text: str, guessed: dt.date) -> dt.date:
    """A guessed date moved on to the first year that puts it after every period the text
    reports as ended and every month or day it recalls as past ("announced in June 1999" under
    "March 9" is 2000; "announced on February 16, 2010" under "March 29" is 2010, whatever year
    was guessed first, never an "Act of 1976")."""
    ended = [parse_date(m["date"]) for m in PERIOD_ENDED.finditer(text, 0, SEARCH_WINDOW)]
    ended += [parse_date(date) for date in _recalled_dates(text)]
    latest = max((d for d in ended if d is not None), default=None)
    if latest is None or guessed >= latest:
        return guessed  # (a day recalled as past may be the release's own: "was completed on
        # December 2" under "Dec. 2")
    for year in (latest.year, latest.year + 1):
        try:
            moved = guessed.replace(year=year)
        except ValueError:  # 29 February
            return guessed
        if moved > latest:
            return moved
    return guessed


# A weekday the page prints with the release's month and day: "Tuesday October 27, 8:01 am"
WEEKDAY_DATE = cued(rf"\b(?P<weekday>{WEEKDAY}),?\s+(?P<date>{MONTH}\s+\d{{1,2}})\b")
YEARS_WINDOW = 20_000  # the years a text prints, read this far
WEEKDAYS = tuple(calendar.day_name)  # Monday first, as date.weekday() counts


def _on_its_weekday(text: str, guessed: dt.date) -> dt.date:
    """A guessed date on the weekday the page prints for it: of the years the text prints, the
    one nearest the guess that puts the day on that weekday ("Tuesday October 27" in a text
    that prints 1995, 1997 and 1998 is 1998-10-27); the guess as it is without one."""
    for match in WEEKDAY_DATE.finditer(text, 0, SEARCH_WINDOW):
        day = parse_date(match["date"], guessed.year)
        if day is None or (day.month, day.day) != (guessed.month, guessed.day):
            continue
        weekday = WEEKDAYS.index(match["weekday"].capitalize())
        years = {int(y) for y in ANY_YEAR.findall(text, 0, YEARS_WINDOW)}
        fitting = []
        for year in years:
            try:
                if guessed.replace(year=year).weekday() == weekday:
                    fitting.append(year)
            except ValueError:  # 29 February
                continue
        if fitting:
            return guessed.replace(year=min(fitting, key=lambda y: abs(y - guessed.year)))
    return guessed


def parse_dateline(text: str) -> Dateline:
    """The dateline of a release: city, region, date, wire, with the span it was read from."""
    places = (m for m in DATELINE_AT_LINE_START.finditer(text, 0, SEARCH_WINDOW) if _is_place(m))
    match = next(places, None)
    if match and match["city"] and LABEL_AS_CITY.fullmatch(match["city"].strip()):
        # a page's label of its date over the release's own dateline: "Posted On: 08/14/2014
        # 7:31:10 AM" over a post's "WALTHAM, Mass., Aug. 14, 2014 (GLOBE NEWSWIRE) --"
        match = next(places, match)
    if match and match["line_end"]:  # a page's header line over the dateline that prints it
        match = next((m for m in places if m.start() - match.end() < LINE_END_REACH), match)
    confidence = confidence_of("dateline_at_line_start")
    if match is None:
        match = next(
            (m for m in DATELINE_IN_LINE_CAPS.finditer(text, 0, SEARCH_WINDOW) if _is_place(m)),
            None,
        )
        confidence = confidence_of("dateline_in_line_caps")
    if match is None:  # a page's date stamp is none: "San Diego\nTuesday, Mar 19, 2024\n-Ad-"
        match = next(
            (
                m
                for m in DATELINE_IN_LINE.finditer(text, 0, SEARCH_WINDOW)
                if _is_place(m) and _placed(m)
            ),
            None,
        )
        confidence = confidence_of("dateline_in_line")
    if match is None:
        match = next(
            (m for m in DATELINE_DATE_FIRST.finditer(text, 0, SEARCH_WINDOW) if _is_place(m)),
            None,
        )
        confidence = confidence_of("dateline_at_line_start")
    if match is None:
        # a title in capitals with a comma is no place: "KIRIN, ASTELLAS TO CO-DEVELOP ..."
        match = next(
            (
                m
                for pattern in (DATELINE_UNDATED, DATELINE_UNDATED_IN_LINE)
                for m in pattern.finditer(text, 0, SEARCH_WINDOW)
                if _is_place(m) and not _title_words_in_region(m)
            ),
            None,
        )
        match = match or next(
            (
                m
                for pattern in (DATELINE_PLACE_COLON, DATELINE_UNDATED_MIXED, DATELINE_CITY_DASH)
                for m in pattern.finditer(text, 0, SEARCH_WINDOW)
                if m["city"].casefold() in place_names()
            ),
            None,
        )
        confidence = confidence_of("dateline_undated")
    if match is None:
        match = DATELINE_DATE_WIRE.search(text, 0, SEARCH_WINDOW)
        confidence = confidence_of("dateline_at_line_start")
    if match is None:
        match = next(
            (
                m
                for m in DATELINE_WIRE_ONLY.finditer(text, 0, SEARCH_WINDOW)
                if m["wire_par"].casefold() in alias_map("wires")
            ),
            None,
        )
        confidence = confidence_of("dateline_undated")
    if match is None:
        header_date, header_rule = _header_date(text, len(text))
        cited = PRESS_RELEASE_CITATION.search(text, 0, SEARCH_WINDOW)
        if header_date is None and cited and parse_date(cited["date"]):
            header_date, header_rule = parse_date(cited["date"]), "press_release_citation"
        lead_on = (
            LEAD_ON_DATE.search(text, 0, SEARCH_WINDOW)
            or LEAD_STATES_DATE.search(text, 0, LEAD_STATES_CHARS)
            if header_date is None
            else None
        )
        if lead_on:
            header_date, header_rule = (
                parse_date(lead_on["date"] or lead_on["date2"]),
                "lead_on_date",
            )
        notice = _publication_notice(text) if header_date is None else None
        if notice:
            header_date, header_rule = notice, "publication_notice"
        closing = _closing_line(text) if header_date is None else None
        if closing:
            header_date, header_rule = parse_date(closing["date"]), "closing_place_date"
        stamp = _closing_stamp(text) if header_date is None else None
        if stamp:
            header_date, header_rule = parse_date(stamp["date"]), "closing_page_stamp"
        # a news archive's labelled fields: "DATELINE: SEATTLE", the wire named alone on a
        # line above ("Business Wire")
        labelled = None if closing else LABELLED_PLACE.search(text, 0, SEARCH_WINDOW)
        wire = _standalone_wire(text, labelled.start() if labelled else 0)
        return Dateline(
            closing["place"] if closing else labelled["city"] if labelled else None,
            labelled["region"] if labelled else None,
            header_date,
            wire,
            alias_map("wires").get(wire.casefold()) if wire else None,
            labelled.start() if labelled else None,
            labelled.end() if labelled else None,
            "dateline_labelled" if labelled else None,
            header_rule,
            confidence_of("dateline_labelled" if labelled else "no_dateline"),
            date_confidence=confidence_of("date_header_line") if header_date else None,
        )

    found = match.groupdict()
    style = next(
        name
        for name in (
            "pipe",
            "wire_first",
            "date_first",
            "dash_date",
            "wire_slashed",
            "line_end",
            "place_last",
            "undated",
        )
        if found.get(name)
    )
    date_text = next(
        (
            found[name]
            for name in (
                "date_pipe",
                "date_bw",
                "date_in",
                "date_std",
                "date_dash",
                "date_slashed",
                "date_eol",
                "date_lead",
            )
            if found.get(name)
        ),
        None,
    )
    wire = next(
        (
            found[n]
            for n in (
                "wire_bw",
                "wire_par",
                "wire_sl",
                "wire_dp",
                "wire_sl_first",
                "wire_undated",
                "wire_after_place",
            )
            if found.get(n)
        ),
        "",
    )
    wire = wire.strip() or None
    if wire and CLOCK_IN_PARENTHESES.match(wire):
        wire = None  # a time in the wire's place: "Hong Kong, 3 March 2015 (8:00 HKT) --"
    if wire and LISTING.fullmatch(wire):
        wire = None  # a listing in the wire's place: "Singapore, 14 March 2023 (SGX: ABC) –"
    # a place in a wire's parentheses, no place before it, is the city: "August 28, 2014
    # (Tokyo) - Acme ..." (world_places.csv; a known wire stays one: "(Reuters)", "(Xinhua)")
    city = _known_place_end(match["city"])
    region = match["region"] or match.groupdict().get("region_paren")
    if wire and wire == found.get("wire_after_place") and wire.casefold() in country_names():
        region, wire = wire, None  # a country after the city: "12 March 2019, Seoul (Korea) --"
    if (
        match["region"]
        and match.string.startswith(" and ", match.end("region"))
        and match["region"].casefold() not in us_state_forms() | country_names()
    ):
        region = None  # a list of cities, no region: "BASEL, TOKYO and BOSTON, Oct. 3, 2022"
    if city and not region:  # "Iselin NJ, November 19, 2008": a state's code after its city
        *place, code = city.split(" ")
        if place and code in us_states()[1]:
            city, region = " ".join(place), code
        else:  # "Osaka Japan--": a city, then its country without a comma
            city, region = _city_and_country(city)
    if (
        not city
        and wire
        and wire.casefold() not in alias_map("wires")
        and wire.casefold() in place_names()
    ):
        city, wire = wire, None
    if wire is None:
        wire = _standalone_wire(text, match.start())
    # (up to the city: a page's label of the date may open the dateline's line)
    header_date, header_rule = _header_date(
        text, match.start("city") if match["city"] else match.start()
    )
    date_rule: str | None = f"dateline_{style}"
    published = None
    date_confidence: float | None = confidence
    inferred = False
    if date_text:
        default_year = header_date.year if header_date else _labelled_year(text, date_text)
        default_year = default_year or _stamped_year(text, match.start(), date_text)
        default_year = default_year or _footer_year(text, match.end(), date_text)
        year_from = "header"
        if default_year is None:  # no year printed for the release: the nearest one is a guess
            year_after = ANY_YEAR.search(text, match.end(), match.end() + SEARCH_WINDOW)
            default_year = int(year_after.group()) if year_after else None
            year_from = "inferred"
        published = parse_date(
            date_text,
            default_year,
            day_first=_outside_americas(city, region),
            local=wire is None and _a_known_place(city, region),
        )
        if published and header_date and year_from == "header" and published > header_date:
            # a release dated after the page that quotes it ("5/8/1998 ... Look back at this
            # post from October of 1996: ... ITHACA, N.Y., Oct. 17"): from an earlier year, the
            # nearest printed before its dateline, else the year before; a guess either way
            before = max(0, match.start() - SEARCH_WINDOW)
            earlier = [
                int(y)
                for y in ANY_YEAR.findall(text, before, match.start())
                if int(y) < header_date.year
            ]
            default_year = earlier[-1] if earlier else header_date.year - 1
            published = parse_date(
                date_text,
                default_year,
                day_first=_outside_americas(city, region),
                local=wire is None and _a_known_place(city, region),
            )
            year_from = "inferred"
        printed_year = ANY_YEAR.search(date_text) or NUMERIC_DATE.search(date_text)
        if published and year_from == "inferred" and not printed_year:
            # (a year the dateline prints is never moved: "Dec. 2, 2020" stays 2020 whatever
            # the text recalls)
            published = _on_its_weekday(text, _after_periods_ended(text, published))
        if published and not printed_year:
            date_rule = f"dateline_{style}_year_{year_from}"
            inferred = year_from == "inferred"
            date_confidence = confidence_of("date_guessed_year" if inferred else "date_header_year")
    if published is None:
        published, date_rule = header_date, header_rule
        date_confidence = confidence_of("date_header_line")
    if published is None:
        published = _publication_notice(text)
        date_rule = "publication_notice" if published else date_rule
    # a time, or a page's label of its date ("Posted On: 07/08/2021"), or a post's title naming
    # its day ("Monday Deal Review - January 12, 2015"): no place
    clock = bool(
        city
        and (
            CLOCK_WORDS.fullmatch(city)
            or LABEL_AS_CITY.fullmatch(city)
            or (" " in city and WEEKDAY_WORD.search(city))
        )
    )
    # a news service where the city stands: "OREANDA-NEWS. April 23, 2012. Acme ..."
    service = bool(city and _news_words().intersection(_words(city)))
    if service and wire is None:
        wire = city
    return Dateline(
        city=None if clock or service else city,
        region=None if clock or service else region,
        published_date=published,
        wire=wire,
        wire_canonical=alias_map("wires").get(wire.casefold()) if wire else None,
        # a title's words cut off the city are the title's: the dateline starts at the city
        span_start=match.start("city") + len(match["city"]) - len(city)
        if city and match["city"] and city != match["city"]
        else match.start(),
        span_end=match.end(),
        rule=f"dateline_{style}",
        date_rule=date_rule,
        confidence=confidence,
        date_inferred=inferred,
        date_confidence=date_confidence if published else None,
    )
