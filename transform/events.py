"""Events a release announces, from cue phrases in its headline and lead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transform.lexicon import load_lexicon
from transform.literals import Led, Prefilter
from transform.text_spans import (
    EXPECTED_BEFORE,
    FOLLOWS,
    NOT_PAID_AFTER,
    NOT_PAID_BEFORE,
    RELATIVE_OPENS,
    TIME_AGO,
    sentence_bounds,
)


@dataclass(frozen=True)
class EventMatch:
    event_type: str
    sentence: str
    span_start: int
    span_end: int
    rule: str


@cache
def _led_cues() -> tuple[Led, ...]:
    """The cues, each tried only where its opening words are printed (literals.Led)."""
    return tuple(Led(cue) for _, cue in _cues())


@cache
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cues of event_cues.csv, "{CURRENCY}" in one read as any currency printed before its
    amount (currencies.csv: "$", "US$", "GBP", "€", "DKK "): a milestone of "GBP10 million" is
    one as "$10 million" is; "{APPROVING_REGULATOR}" as any medicines regulator's name."""
    currency = _currency_before()
    regulator = _approving_regulator()
    return tuple(
        (
            row["event_type"],
            re.compile(
                row["cue"]
                .replace("{CURRENCY}", currency)
                .replace("{APPROVING_REGULATOR}", regulator),
                re.IGNORECASE,
            ),
        )
        for row in load_lexicon("event_cues")
    )


def _approving_regulator() -> str:
    """The medicines regulators regulators.csv marks, longest first ("Ministry of Health, Labour
    and Welfare" before "Ministry of Health")."""
    names = sorted(
        (row["name"] for row in load_lexicon("regulators") if row["approval_cue"] == "yes"),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(name) for name in names)


@cache
def _cue_names() -> tuple[str, ...]:
    """Each cue as event_cues.csv writes it, for its rule's name (its braces unexpanded)."""
    return tuple(row["cue"] for row in load_lexicon("event_cues"))


def _currency_before() -> str:
    printed = sorted(  # never "#", a pound only in old RNS text ("#1 milestone" is a rank)
        (
            row["printed"]
            for row in load_lexicon("currencies")
            if row["position"] == "prefix" and row["printed"] != "#"
        ),
        key=len,
        reverse=True,
    )
    # a code is a word of its own ("GBP10", never the "GBP" of "XGBP"); a sign stands anywhere
    codes = "|".join(re.escape(p) for p in printed if p.isalpha())
    signs = "|".join(re.escape(p) for p in printed if not p.isalpha())
    # a sign or code starts no word's middle and is a few letters or marks before a digit: that is
    # checked first, and fails at once at most of a text's positions
    return rf"(?<![\w.,])(?=[^\s\d]{{1,9}}\s?\d)(?:{signs}|\b(?:{codes}) ?)"


@cache
def _cue_filter() -> Prefilter:
    """Which cues can match in a stretch, by one pass over the words each cue needs: most cues
    need a word the lead does not print, and are never run (output unchanged)."""
    return Prefilter([cue for _, cue in _cues()])


# A deal named as the frame of what is announced, not announced itself: "under its Collaboration
# and License Agreement", "as part of its license agreement", "under the parties' June 2003
# collaboration agreement", "the first program in its collaboration" (never "under a new ...",
# "under the terms of a marketing and supply agreement": an article names a new one)
UNDER_EXISTING = re.compile(
    # (never "under which": the terms of the deal just named, "a definitive agreement under
    # which Omega will acquire Zeta")
    r"\b(?:(?:under|as\s+part\s+of|pursuant\s+to)\s+(?!which\b)(?:the\s+terms\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+|our\s+)?|in\s+(?:the|its|their|our)\s+)"
    r"(?:(?!an?\s)[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A deal ended is no deal made: "KHK and Amgen will terminate their licensing agreement",
# "announced it was ending exclusive license agreement with Hanmi", "termination of the
# collaboration"
ENDED_BEFORE = re.compile(
    r"\b(?:terminat\w*|end(?:s|ed|ing)?|discontinu\w*|cancel\w*|dissolv\w*|exit(?:s|ed|ing)?)\s+"
    r"(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+|his\s+|a\s+|an\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s+)?"  # "the August 5, 2009 license agreement"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... the ending may stand inside the cue's words too: "announces termination of collaboration"
ENDED_WITHIN = re.compile(
    r"\b(?:terminat\w*|discontinu\w*|cancel\w*|dissolv\w*|dissolution)\b", re.IGNORECASE
)
# ... nor is a deal offered and rejected: "has once again snubbed ..., rejecting its fully
# financed offer to acquire all of the company's outstanding common stock"
REJECTED_BEFORE = re.compile(
    r"\b(?:reject\w*|snub\w*|rebuff\w*|spurn\w*|turn(?:s|ed|ing)?\s+down)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A start denied: "has not begun enrolling", "has not yet started", "is yet to initiate"
NOT_STARTED_BEFORE = re.compile(r"\b(?:not|never)(?:\s+yet)?\s+$|\byet\s+to\s+$", re.IGNORECASE)


# An approval the release expects, not one granted: "following FDA approval", "upon approval",
# "while the company awaits both US and EU approvals", "expects FDA approval"
CONDITIONAL = re.compile(
    r"\b(?:following|upon|after|subject\s+to|pending|before|prior\s+to|if|once|until"
    r"|awaits?|awaiting|seeks?|seeking|expects?|expecting|anticipates?|anticipating)\s+"
    r"(?:the\s+|a\s+|an\s+|both\s+)?(?:(?:U\.S\.|US|EU)\s+(?:and\s+)?){0,2}$",
    re.IGNORECASE,
)
# ... but a regulator that approved something, told after "after": "Shares of Zeta jumped after
# the U.S. Food and Drug Administration (FDA) approved the company's New Drug Application" (a
# verb in the past with its object; never "following FDA approved labeling", an adjective)
TEMPORAL_BEFORE = re.compile(r"\b(?:after|following|before|prior\s+to|once|until)\s", re.IGNORECASE)
APPROVED_OBJECT = re.compile(r"ed\s+(?:(?:the|its|a|an|their|our|his|her)\b|[A-Z])")
# ... or granted it, in the past: "jumped after the FDA granted accelerated approval to Zetavia"
GRANTED_WITHIN = re.compile(r"\b(?:granted|gave|issued)\s", re.IGNORECASE)


# an approval sought, with a word or two between: "its application seeking expanded approval"
SOUGHT_APPROVAL = re.compile(
    r"\b(?:seek(?:s|ing)?|pending|awaiting|potential|possible|expected|anticipated)\s+"
    r"(?:[\w-]+\s+){1,2}approv\w*$",
    re.IGNORECASE,
)


def _only_expected(before: str, text: str, cue_end: int, cue_start: int = 0) -> bool:
    """Whether an approval's cue follows words that make it one the release only expects."""
    if SOUGHT_APPROVAL.search(text, cue_start, cue_end):
        return True
    expected = CONDITIONAL.search(before)
    if expected is None:
        return False
    done = TEMPORAL_BEFORE.match(expected.group()) and (
        APPROVED_OBJECT.match(text, cue_end) or GRANTED_WITHIN.search(text, cue_start, cue_end)
    )
    return not done


REQUEST_APPROVED = re.compile(
    r"\w*\s+(?:the|its|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:request|petition)\b", re.IGNORECASE
)


# Results a release only schedules: "to discuss its second quarter results", "will report ..."
# (a trial's too: "will hold a press conference to discuss topline results from the Phase 3
# trial"; never "issued a press release to announce the presentation of initial findings
# from", an 8-K's: a trial's findings so announced are out)
RESULTS_TO_COME = r"\b(?:to discuss|will discuss|will report|to report|will announce)\b[^.]{0,40}$"
FUTURE_REPORT = re.compile(
    rf"{RESULTS_TO_COME}|\b(?:to announce|will release|to release|in advance of)\b[^.]{{0,40}}$"
    r"|\b(?:to|will|would|shall)\s+$",  # ... the cue's own verb to come: "expects to report"
    re.IGNORECASE,
)
TRIAL_RESULTS_TO_COME = re.compile(RESULTS_TO_COME, re.IGNORECASE)
# Results a horizon names, none reported yet: "cash to fund operations through topline data from
# the Phase 2b trial", "ahead of data from", "pending results of"
RESULTS_AHEAD_BEFORE = re.compile(
    r"\b(?:through|until|into|ahead\s+of|pending|awaiting|await)\s+(?:(?:the|its|our)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A person's earlier career, told before the cue in its sentence: "Mims previously served as
# president of Aptalis Pharma during 2011-14, when it was acquired by Forest Laboratories"
# a past before the past the release tells, no news of its own: "The Company had received
# final approval from the USFDA for this product in March 2022" (in a launch's release); never
# reported speech: "Zeta announced that the first patient had been dosed"
# what a later announcement will tell: "a trading halt ... pending an announcement regarding a
# proposed capital raising"
PENDING_ANNOUNCEMENT_BEFORE = re.compile(
    r"\b(?:pending|ahead\s+of|until)\s+(?:an?|the|its)\s+(?:announcement|release)\s+"
    r"(?:regarding|in\s+relation\s+to|about|of|concerning|on|in\s+respect\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
PAST_PERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:previously\s+|already\s+|earlier\s+)?(?:[\w.-]+\s+){0,3}$", re.IGNORECASE
)
REPORTED_BEFORE = re.compile(
    r"\b(?:announced|announces|said|says|reported|reports|disclosed|stated|confirmed)\b",
    re.IGNORECASE,
)
CAREER_BEFORE = re.compile(
    r"\b(?:previously\s+(?:served|was|held|led|worked|headed)|prior\s+to\s+joining"
    r"|(?:he|she)\s+(?:previously\s+)?(?:served|worked|was)\s+(?:as|at|for)|before\s+joining)\b",
    re.IGNORECASE,
)
# Results presented at a meeting are a trial's, never the books: "presented their interim results"
PRESENTED_BEFORE = re.compile(r"\bpresent(?:ed|s|ing)?\s+(?:(?:their|its|the)\s+)?$", re.IGNORECASE)
# A start the release only plans: "Acme expects the initiation of a Phase 3 trial", "Initiation
# of Phase III Study Planned for Third Quarter", "the initiation ... is scheduled for 2020"
PLANNED_BEFORE = re.compile(
    r"\b(?:expects?|expected|plans?|planned|intends?|anticipates?|anticipated|will|would)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a deal a company means to make, none made: "The company plans to out-license the device",
# "Zeta is seeking to partner the program"
INTENDED_BEFORE = re.compile(
    r"\b(?:plans?|planning|intends?|intending|aims?|aiming|seeks?|seeking|hopes?|hoping"
    r"|looks?|looking|wants?|wishes)\s+to\s+(?:[\w-]+\s+)?(?:(?:in|out)-)?$",
    re.IGNORECASE,
)
INTENDED_TYPES = ("licensing_deal", "collaboration")
# talks of a deal, none made yet (a rumour's or a report's): "was in advanced talks to acquire"
TALKS_BEFORE = re.compile(
    # (the party by its capitalised name: "talks with Omega Pharma about")
    r"\b(?:talks|negotiations|discussions)\s+"
    r"(?:with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,4})?"
    r"(?:(?:about|on|over|regarding|for)\s+(?:(?:a|an|the|possible|potential|its)\s+)?"
    r"(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
PLANNED_AFTER = re.compile(
    r"[^.;,\n]{0,60}?\b(?:(?:is|are)\s+)?(?:planned|scheduled|expected)\s+(?:for|in|to\s+(?:begin|start"
    r"|commence))\b",
    re.IGNORECASE,
)
# results to come: "Topline data from Phase 2b ASCEND trial of NVT-310 ... expected in Q1 2023",
# "results from the study are anticipated by year-end" (never "better than expected in")
RESULTS_EXPECTED_AFTER = re.compile(
    r"[^.;,\n]{0,100}?\b(?:(?:is|are)\s+)?(?<!than\s)(?:expected|anticipated|planned|scheduled|due)"
    r"\s+(?:in|by|for|before|during|around|mid|early|late|later|next|at"
    r"|(?:to\s+be\s+)?(?:reported|announced|available|released|presented))\b",
    re.IGNORECASE,
)
# A sentence that dates itself before the release: "In July 2018, Sutro entered into ..."
DATED_BEFORE = re.compile(
    r"\W*(?:[Ii]n|[Oo]n)\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)  # read with .match at the sentence's start
# ... or a deal its sentence dates: "the licensing agreement entered into on March 6, 2008"
DEAL_DATED = re.compile(
    r"\b(?:entered\s+into|signed|concluded|executed|dated)\s+(?:on|in|as\s+of)\s+"
    r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# ... or a date closing the deal's sentence: "Serono licensed development and commercialization
# rights to Zeta's program, including ZT-763 for cancer, in October 2005."
DATED_AT_END = re.compile(
    r"\bin\s+(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\s*[.!]?\s*$"
)
# ... or a time ago: "acquired in a $710M deal three years ago"
AGO = re.compile(rf"\b{TIME_AGO}", re.IGNORECASE)
# ... or a deal its year names: "under a 2010 option agreement", "the 1998 collaboration"
YEAR_NAMED = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:\s+[\w'’-]+){0,2}\s+$")
EVENT_WINDOW = 60  # characters before a cue read for "under its", "following"
# An approval to run a trial, not to market a drug: "received approval from the relevant
# authorities to start a clinical phase 1 trial", "authorization ... to begin a Phase Ib/II
# clinical trial", "approval of its clinical trial application"
# (an ind_active cue reads it)
# ("... regulatory authorities to proceed with enrollment of healthy adults in the Phase 3
# portion of the trial")
TRIAL_PERMIT = re.compile(
    r"[^.]{0,80}?\bto\s(?:start|begin|initiate|commence|conduct|run)\s(?:(?:a|an|the|its|our)\s)?"
    r"(?:[\w/-]+\s){0,4}?(?:trial|study)\b"
    r"|[^.]{0,80}?\bto\sproceed\swith\s[^.]{0,80}?\b(?:trial|study)\b"
    r"|[^.]{0,40}?\b(?:clinical\strial\sapplication|CTA)\b",
    re.IGNORECASE,
)

# ... or the permit named before its approval: "its CTA for ZB-12 has been approved by the MHRA",
# "the IND application for ZB-12, a Claudin 18.2-targeted antibody-drug conjugate, has been
# approved by the National Medical Products Administration"
TRIAL_PERMIT_BEFORE = re.compile(
    r"\b(?:clinical\strial\sapplications?|investigational\snew\sdrug(?:\sapplications?)?"
    r"|(?-i:CTAs?|INDs?))\b(?:[^.;]|\.(?=\d)){0,100}$",  # (a number's point: "Claudin 18.2")
    re.IGNORECASE,
)
PERMIT_CHARS = 120  # the permit's name and what the sentence says of its drug before the cue


def _frames_or_recalls(
    text: str,
    match: re.Match[str],
    sentence: tuple[int, int],
    event_type: str,
    year: int | None,
) -> bool:
    """Whether a cue names a deal the release works under, an approval it only expects, what a
    company is, or something its sentence dates before the release's year: no event of this
    release."""
    left, right = sentence
    before = text[max(left, match.start() - EVENT_WINDOW) : match.start()]
    if PENDING_ANNOUNCEMENT_BEFORE.search(before):
        return True  # an announcement to come: "requests an immediate trading halt ... pending
        # an announcement regarding a proposed capital raising"
    if FOLLOWS_BEFORE.search(before):
        return True  # what the news comes after: "Approval follows positive CHMP opinion in
        # October 2024", "The deal builds on a 2019 collaboration"
    if event_type in DEAL_TYPES and (
        UNDER_EXISTING.search(before)
        or ENDED_BEFORE.search(before)
        or ENDED_WITHIN.search(match.group())
        or REJECTED_BEFORE.search(before)
    ):
        return True  # a deal worked under, or one ended: "will terminate their licensing
        # agreement", or one rejected: "rejecting its fully financed offer to acquire"
    if event_type in INTENDED_TYPES and INTENDED_BEFORE.search(before):
        return True  # a deal meant, none made: "plans to out-license the device"
    if event_type in DEAL_TYPES and TALKS_BEFORE.search(before):
        return True  # a deal talked of, none made: "was in advanced talks to acquire the
        # company", "in discussions with Omega about licensing"
    if event_type == "regulatory_approval" and (
        _only_expected(before, text, match.end(), match.start())
        or TRIAL_PERMIT.match(text, match.end(), right)
        or TRIAL_PERMIT_BEFORE.search(text, max(left, match.start() - PERMIT_CHARS), match.start())
        or REQUEST_APPROVED.match(text, match.end(), right)
    ):
        return True  # (a request approved is no drug's: "The US FDA has approved the request
        # made by Dr Tobey MacDonald, ... the trial's principal investigator")
    if event_type == "earnings" and FUTURE_REPORT.search(before):
        return True  # "will host a webcast to discuss its second quarter results": not yet
    if event_type == "trial_results" and TRIAL_RESULTS_TO_COME.search(before):
        return True  # "will hold a press conference to discuss topline results from the Phase 3
        # trial": not yet
    if event_type == "earnings" and PRESENTED_BEFORE.search(before):
        return True  # "investigators presented their interim results at the meeting": a trial's
    if event_type == "trial_start" and (
        PLANNED_BEFORE.search(before)
        or PLANNED_AFTER.match(text, match.end(), right)
        or NOT_STARTED_BEFORE.search(before)
    ):
        return True  # "expects the initiation of ...", "Initiation of Phase III Study Planned",
        # "has not yet begun enrolling"
    if event_type == "acquisition" and _securities_acquired(text, match, left, right):
        return True
    if event_type == "acquisition" and (
        OPTION_BEFORE.search(before) or PROCEEDS_BEFORE.search(before)
    ):
        return True  # "an option to acquire a number of other veterinary cancer products",
        # "to use the proceeds to acquire businesses"
    if event_type == "trial_results" and IF_BEFORE.search(before):
        return True  # "If the results from the trial are positive, Acme could earn ...": none yet
    if event_type == "trial_results" and RESULTS_AHEAD_BEFORE.search(before):
        return True  # "to fund operations through topline data from its Phase 2b trial": to come
    if event_type == "milestone_payment" and (
        NOT_PAID_AFTER.match(text, match.end(), right)
        or NOT_PAID_BEFORE.search(before)
        or EXPECTED_BEFORE.search(before)
    ):
        return True  # "the $15 million milestone payment ... will not be paid in 2020", "Zeta
        # expects to receive a $5 million milestone payment in 2021": none earned
    if event_type == "trial_results" and RESULTS_EXPECTED_AFTER.match(text, match.end(), right):
        return True  # "Topline data from Phase 2b ASCEND trial ... expected in Q1 2023": to come
    if IF_CLAUSE.search(text, max(left, match.start() - IF_CLAUSE_CHARS), match.start()):
        return True  # a condition, no event: "Ligand will receive additional milestone payments
        # if WAY160910 continues through IND filing and development and receives marketing
        # approval"
    if _in_description(text, match, (left, right)):
        return True
    if PAST_PERFECT_BEFORE.search(before) and not REPORTED_BEFORE.search(text, left, match.start()):
        return True
    if CAREER_BEFORE.search(text, left, match.start()):
        return True  # "Mims previously served as president of Aptalis, when it was acquired by"
    if event_type in DEAL_TYPES and AGO.search(text, left, right):
        return True  # "a late-stage drug it acquired in a $710M deal three years ago"
    dated = DATED_BEFORE.match(text, left, match.start())
    semicolon = text.rfind(";", left, match.start())
    if not dated and semicolon != -1:  # "... revenue; in 2014 the company sold its royalty ..."
        dated = DATED_BEFORE.match(text, semicolon + 1, match.start())
    if event_type in DEAL_TYPES and not dated:  # "Under the licensing agreement entered into
        dated = DEAL_DATED.search(text, left, right)  # on March 6, 2008, Amgen was granted ..."
    if event_type in DEAL_TYPES and not dated:  # "Serono licensed development and
        dated = DATED_AT_END.search(text, match.end(), right)  # ... rights ..., in October 2005."
        clause = RELATIVE_OPENS.search(text, match.end(), dated.start()) if dated else None
        if dated and clause and text.find(",", clause.end(), dated.start()) == -1:
            dated = None  # a relative clause's history of what the deal names: "agreed to
            # acquire Omega, which was founded in 1999."
    if event_type in DEAL_TYPES and not dated:
        dated = YEAR_NAMED.search(before)  # "received EUR 4 million under a 2010 option agreement"
    if event_type in DEAL_TYPES and not dated and RELATIVE_BEFORE.search(before):
        # a relative clause's history of a company the sentence names: "from Pfizer Inc.
        # (NYSE:PFE), which acquired Pharmacia in 2003, upon initiation of ..."
        dated = CLAUSE_YEAR.match(text, match.end(), right)
    return bool(dated and year and int(dated["year"]) < year)


# the news's verb of coming after something, the event its object
FOLLOWS_BEFORE = re.compile(
    rf"{FOLLOWS}(?:(?:a|an|the|its|their|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
# a relative clause opening right before a cue, and the year in that clause after it
RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:\w+\s+){0,2}$")
CLAUSE_YEAR = re.compile(r"[^,;.()]{0,80}?\b(?:in|since)\s+(?P<year>(?:19|20)\d\d)\b")


# results only supposed: "If the results from the trial are positive", "once data from"
IF_BEFORE = re.compile(
    # or results a payment waits on: "milestone payments of up to EUR191.5m, depending on the
    # results of the Denali Phase 3 clinical trial expected between mid-August and ..."
    # ... or money that comes upon them: "$25 million will become available upon positive
    # topline data from the Phase 2 trial"
    r"\b(?:if|whether|once|should|unless|upon|depending\s+on|depend(?:s|ent)?\s+on|pending"
    r"|contingent\s+(?:on|upon)|subject\s+to|awaiting|await)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# a clause a condition opens, the cue in it: no comma, semicolon or parenthesis between
IF_CLAUSE = re.compile(r"\b(?:if|unless)\s[^,;:()\n]{0,160}$", re.IGNORECASE)
IF_CLAUSE_CHARS = 170
# an option or a right to acquire: no acquisition made
OPTION_BEFORE = re.compile(r"\b(?:options?|rights?)\s+$", re.IGNORECASE)
# ... nor what an offering's proceeds may go to: "may also use a portion of the proceeds to
# acquire or invest in businesses, technologies, product candidates"
PROCEEDS_BEFORE = re.compile(r"\bproceeds\b[^.;]{0,40}$", re.IGNORECASE)
# Securities, not a company, acquired: "to acquire one Common Share", "acquired 692,307 units"
SECURITIES_AFTER = re.compile(
    r"\s+(?:one|an?|\d[\d,.]*(?:\s+million)?)\s+(?:additional\s+)?(?:common\s+|ordinary\s+)?"
    r"(?:shares?|units?|warrants?|ADSs?)\b"
    # or a company's shares by its name: "a fund that allegedly bought Hanmi shares in March"
    r"|\s+(?-i:[A-Z][\w&.'’-]*\s+){1,3}(?:shares|stock|ADSs)\b(?!\s+of\b)"
    # or a royalty on a drug's sales: "acquired a royalty interest in sales of ..."
    r"|\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?royalty\s+(?:interests?|rights?"
    r"|streams?)\b",
    re.IGNORECASE,
)
# who acquires securities: "the units the offering's underwriters acquired as part of their
# overallotment option", "entitles the holder thereof to acquire"
HOLDERS_BEFORE = re.compile(
    r"\b(?:underwriters?|holders?|warrantholders?)(?:\s+thereof)?\s+(?:have\s+|had\s+)?"
    r"(?:to\s+)?$",
    re.IGNORECASE,
)


def _securities_acquired(text: str, match: re.Match[str], left: int, right: int) -> bool:
    """Whether an acquisition's cue names securities changing hands, no company: "entitles the
    holder to acquire one Common Share", "the units the underwriters acquired"."""
    before = text[max(left, match.start() - EVENT_WINDOW) : match.start()]
    return bool(SECURITIES_AFTER.match(text, match.end(), right) or HOLDERS_BEFORE.search(before))


# What a company is, in apposition before the lead's verb: "Acme Bio, Inc. (Nasdaq: ACME), a
# clinical stage company focused on ..., some of which are based on license agreements with ...,
# announced that ...": nothing in it is news
DESCRIPTION_OPENS = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}?(?:company|companies|firm|developer|leader|biotech)\b"
)
LEAD_VERB = re.compile(r"\b(?:today\s+)?(?:announced|announces|reported|reports|said|says)\b")
DESCRIPTION_CHARS = 400
# a comma, then the subject's verb, the cue in its clause
APPOSITION_CLOSED = re.compile(
    r",\s+(?:has|have|had|is|was|will|today|raised|raises|closed|closes|completed|completes"
    r"|signed|signs|entered|enters|secured|secures|received|receives|won|wins|agreed|agrees)\b"
    r"[^,;]*$"
)


def _in_description(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """Whether a cue lies in the apposition describing a company, before its sentence's verb."""
    left, right = sentence
    opens = DESCRIPTION_OPENS.search(
        text, max(left, match.start() - DESCRIPTION_CHARS), match.start()
    )
    if opens is None or LEAD_VERB.search(text, opens.end(), match.start()):
        return False
    if APPOSITION_CLOSED.search(text, opens.end(), match.end()):
        return False  # the apposition closed by a comma and the sentence's own verb: "Kelpie
        # Bio, a biotech developing ..., has raised $85 million ..., the company said"
    return LEAD_VERB.search(text, match.end(), right) is not None


def find_events(
    text: str, lead_end: int, year: int | None = None, start: int = 0
) -> list[EventMatch]:
    """Each event type once, with the sentence that announces it (within
    ``text[start:lead_end]``). ``year``: the release's printed year, to tell what a sentence
    dates before it."""
    found: dict[str, EventMatch] = {}
    cues = _cues()
    # a cue read over a wrapped line as over a space: "COMPLETES TENDER OFFER\nFOR SHARES"
    # (the same length, so every offset holds; a paragraph's break is two spaces, no cue's)
    flat = text.replace("\n", " ")
    for index in _cue_filter().possible(flat, start, lead_end):
        event_type = cues[index][0]
        if event_type in found:
            continue
        match = None
        at = start
        while (candidate := _led_cues()[index].search(flat, at, lead_end)) is not None:
            at = candidate.end()
            left, right = sentence_bounds(text, candidate.start(), candidate.start() + 1)
            if candidate.end() > right:
                at = candidate.start() + 1  # a cue read across two sentences: "... for Saffron
                continue  # commenced.\nSaffron is Zeta's phase three study" starts no trial
            if not _frames_or_recalls(text, candidate, (left, right), event_type, year):
                match = candidate
                break
        if match:
            left, right = sentence_bounds(text, match.start(), match.end())
            found[event_type] = EventMatch(
                event_type,
                text[left:right].strip(),
                match.start(),
                match.end(),
                f"event_cue:{_cue_names()[index][:40]}",
            )
    return sorted(found.values(), key=lambda e: e.span_start)


# A sentence after the lead that announces too: "Cellvane also announced the appointment of
# ...", "In addition, Acme today announced ..."
ALSO_ANNOUNCED = re.compile(
    r"\b(?:also|additionally|further|separately)\s+(?:today\s+)?(?:announced|announces|reported"
    r"|reports)\b|\bIn\s+(?:addition|a\s+separate\s+announcement),\s+[^.]{0,80}?\b(?:announced|announces)\b"
)


MAX_SENTENCE_CHARS = 1500
MAX_ALSO_SENTENCES = 20


def find_also_announced(
    text: str, lead_end: int, year: int | None, known: set[str]
) -> list[EventMatch]:
    """Events of types not in ``known`` that a body sentence announces "also", before the About
    or forward-looking sections."""
    found: list[EventMatch] = []
    end = background_start(text, lead_end)
    read: set[int] = set()
    for number, also in enumerate(ALSO_ANNOUNCED.finditer(text, lead_end, end)):
        if number >= MAX_ALSO_SENTENCES:
            break  # a page of nothing else is no release's news
        left, right = sentence_bounds(text, also.start(), also.end())
        if left in read or right - left > MAX_SENTENCE_CHARS:
            continue  # each sentence once; no run-on "sentence" of a page without stops
        read.add(left)
        for event in find_events(text, right, year, start=left):
            if event.event_type not in known:
                known.add(event.event_type)
                found.append(event)
    return found


DEAL_TYPES = ("licensing_deal", "collaboration", "acquisition")
SECTION_END = re.compile(
    # (or a note for editors: "Note for the editor", "Notes to Editors")
    r"\n\s*(?:About\s+[A-Z]|Forward[- ]Looking Statements|Safe Harbor|Cautionary|Contacts?\b"
    r"|Notes?\s+(?:to|for)\s+(?:the\s+)?editors?\b)",
    re.IGNORECASE,
)


# an About section a flattened page ran into the text: ". About Palatin Technologies, Inc.
# Palatin Technologies, Inc. is a biopharmaceutical company ..." (its heading, the name again)
INLINE_ABOUT = re.compile(
    r"(?<=[.!?])[\"”]?\s+About\s+(?P<name>[A-Z][\w.&,'’ -]{1,60}?)\s+(?P=name)\s+(?:is|was|has)\b"
)


def background_start(text: str, start: int) -> int:
    """Where the About, forward-looking or contact sections begin, after ``start``."""
    boundary = SECTION_END.search(text, start)
    end = boundary.start() if boundary else len(text)
    inline = INLINE_ABOUT.search(text, start, end)
    return inline.start() if inline else end


def find_background_deals(text: str, start: int) -> list[EventMatch]:
    """Deals the body recalls rather than announces ("In 2004, Biogen Idec licensed the
    exclusive right ..."), between ``start`` and the About or forward-looking section."""
    end = background_start(text, start)
    found: dict[tuple[int, int], EventMatch] = {}
    cues = _cues()
    for index in _cue_filter().possible(text, start, end):
        event_type = cues[index][0]
        if event_type not in DEAL_TYPES:
            continue
        for match in _led_cues()[index].finditer(text, start, end):
            left, right = sentence_bounds(text, match.start(), match.end())
            window = max(left, match.start() - EVENT_WINDOW)
            if event_type == "acquisition" and (
                _securities_acquired(text, match, left, right)
                or OPTION_BEFORE.search(text, window, match.start())
                or PROCEEDS_BEFORE.search(text, window, match.start())
            ):
                continue  # securities, or an option to acquire: no company bought
            if event_type in INTENDED_TYPES and INTENDED_BEFORE.search(text, window, match.start()):
                continue  # a deal meant, none made: "The company plans to out-license ..."
            found.setdefault(
                (left, right),
                EventMatch(
                    event_type,
                    text[left:right].strip(),
                    match.start(),
                    match.end(),
                    f"event_cue_background:{_cue_names()[index][:40]}",
                ),
            )
    return sorted(found.values(), key=lambda e: e.span_start)
