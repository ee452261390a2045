"""Synthetic press releases of our own, for measurement: varied companies, datelines, amounts,
codes, phases and boilerplate. Never a copy of a real release."""

from __future__ import annotations

import random

COMPANIES = [
    ("Arclight Therapeutics, Inc.", "ARCL"),
    ("Bellwether Biosciences Corp.", "BLWB"),
    ("Corvane Pharma plc", "CRVP"),
    ("Deltagen Oncology, Inc.", "DGON"),
    ("Everline Bio Ltd.", "EVLB"),
    ("Fairmont Biologics, Inc.", "FMBI"),
    ("Granite Peak Pharmaceuticals, Inc.", "GPPH"),
    ("Halcyon Medicines AG", "HLCY"),
]
PARTNERS = [
    "Amgen",
    "Novartis",
    "Sanofi",
    "Bayer",
    "Roche",
    "Merck",
    "Pfizer",
    "AbbVie",
    "Takeda",
    "Eisai",
    "Genentech",
    "AstraZeneca",
]
CITIES = [
    ("WALTHAM", "Mass."),
    ("SOUTH SAN FRANCISCO", "Calif."),
    ("CAMBRIDGE", "Mass."),
    ("SAN DIEGO", "Calif."),
    ("PRINCETON", "N.J."),
    ("BOTHELL", "Wash."),
    ("BASEL", "Switzerland"),
    ("OXFORD", "England"),
]
WIRES = ["GLOBE NEWSWIRE", "BUSINESS WIRE", "PRNewswire"]
INDICATIONS = [
    "metastatic breast cancer",
    "non-small cell lung cancer",
    "ovarian cancer",
    "multiple myeloma",
    "diffuse large B-cell lymphoma",
    "gastric cancer",
    "pancreatic cancer",
    "acute myeloid leukemia",
    "colorectal cancer",
]
PAYLOADS = ["DM1", "DM4", "MMAE", "SN-38", "PBD"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EVENTS = [
    "announced today that it has initiated a {phase} clinical trial of {code} in patients with "
    "{indication}. The first patient was dosed earlier this week.",
    "today announced that {partner} has exercised its option to license {code}, triggering a "
    "${m1} million milestone payment to the Company.",
    "announced that it has entered into a collaboration and license agreement with {partner}. "
    "Under the terms of the agreement, the Company will receive an upfront payment of ${m2} "
    "million and is eligible to receive up to ${m3} million in development, regulatory and "
    "sales milestones, as well as tiered royalties on net sales.",
    "today reported positive results from the {phase} study of {code} in {indication}, "
    "presented at the annual meeting of the American Society of Clinical Oncology.",
    "announced that the U.S. Food and Drug Administration has accepted its Investigational "
    "New Drug application for {code}, an antibody-drug conjugate carrying the {payload} "
    "payload, for the treatment of {indication}.",
]
QUOTES = [
    "We are pleased with the progress of our development programs and look forward to "
    "reporting additional data later this year.",
    "This agreement validates our technology platform and provides significant resources to "
    "advance our pipeline of targeted therapies.",
    "These results support our decision to move forward into a registration study, and we "
    "believe this approach could become an important treatment option for patients.",
]
TITLES = [
    "President and Chief Executive Officer",
    "Chief Medical Officer",
    "Executive Vice President, Research and Development",
    "Chairman and CEO",
]
PEOPLE = [
    "Jennifer Walsh",
    "Robert Chen",
    "Maria Gonzalez",
    "David Okafor",
    "Susan Miller",
    "Thomas Becker",
    "Laura Fischer",
    "Michael Brandt",
]
ABOUT = (
    "About {short}\n{short} is a clinical-stage biotechnology company developing targeted "
    "anticancer therapeutics. The Company’s proprietary platform links potent cell-killing "
    "agents to monoclonal antibodies that bind antigens found on tumor cells. For more "
    "information, please visit the Company’s website."
)
SAFE_HARBOR = (
    "This press release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995. These statements involve risks and "
    "uncertainties, including the timing and results of clinical trials, the receipt of "
    "regulatory approvals and the Company’s ability to raise additional capital. Actual results "
    "may differ materially from those described. The Company undertakes no obligation to update "
    "these statements."
)


# Datelines as wires and newsrooms print them.
DATELINE_STYLES = [
    "{place}, {date} ({wire}) --",
    "{place}, {date} /{wire}/ --",
    "{place}--({wire})--{date}--",
    "{place}, {date} --",
    "{place} | {date} |",
    "{place} - {date}:",
]


def synthetic_release(rng: random.Random) -> str:
    """One release as plain text: headline, dateline, lead, quote, About, safe harbor."""
    company, ticker = rng.choice(COMPANIES)
    short = company.split(",")[0].replace(" plc", "").replace(" AG", "").replace(" Ltd.", "")
    city, region = rng.choice(CITIES)
    year, month, day = rng.randint(1998, 2024), rng.choice(MONTHS), rng.randint(1, 28)
    slots = {
        "phase": rng.choice(["Phase I", "Phase I/II", "Phase II", "Phase III"]),
        "code": f"{ticker[:2]}-{rng.randint(100, 999)}",
        "partner": rng.choice(PARTNERS),
        "indication": rng.choice(INDICATIONS),
        "payload": rng.choice(PAYLOADS),
        "m1": rng.choice(["1", "2.5", "5", "10", "15"]),
        "m2": rng.choice(["20", "35", "50"]),
        "m3": rng.choice(["250", "410", "1,200"]),
    }
    event = rng.choice(EVENTS).format(**slots)
    person, title = rng.choice(PEOPLE), rng.choice(TITLES)
    headline = (
        f"{short} Announces {rng.choice(['Milestone', 'Agreement', 'Progress', 'Results'])} "
        f"for {slots['code']}"
    )
    date = f"{month} {day}, {year}"
    place = f"{city}, {region}"
    style = rng.choice(DATELINE_STYLES)
    dateline = style.format(place=place, date=date, wire=rng.choice(WIRES)) + (
        f" {company} (Nasdaq: {ticker}) {event}"
    )
    quote = f"“{rng.choice(QUOTES)}” said {person}, {title} of {short}."
    return "\n\n".join([headline, dateline, quote, ABOUT.format(short=short), SAFE_HARBOR])
