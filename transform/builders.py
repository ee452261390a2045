"""One small builder per warehouse table: the candidates an extractor found (span, rule,
confidence) in, the table's records out; then the links between records.

``extract_release`` (transform/release.py) reads a release's anchors once (dateline, headline,
issuer, lead) into a ``ReleaseContext`` and calls these in order. Each field's rules live in its
extractor module (money kinds in transform/money.py, events in transform/events.py ...), rule
names and confidences in transform/rules.py, accepted values in load/checks.py.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from transform.compounds import components, find_compounds, payload_of
from transform.dateline import Dateline
from transform.events import (
    EventMatch,
    background_start,
    find_also_announced,
    find_background_deals,
    find_events,
)
from transform.headline import HeadlineMatch
from transform.indications import find_indications
from transform.issuer import IssuerMatch
from transform.lexicon import context_words, only_unit_words
from transform.links import (
    EventLink,
    Mentions,
    Named,
    in_sentence,
    link_event,
    link_money,
    link_phase,
    one_direction,
    organization_roles,
    person_organization,
    title_without_company,
)
from transform.money import (
    PAYMENT_WORDS,
    TO_COME_BEFORE,
    find_money,
    in_totals,
    kind_named_by_headline,
    money_roles,
)
from transform.organizations import company_key, find_organizations
from transform.people import find_people
from transform.phases import find_phases
from transform.records import (
    Compound,
    Contact,
    Correction,
    Event,
    Indication,
    Money,
    Organization,
    Person,
    Phase,
    Release,
    SegmentRecord,
    Ticker,
    TrialDetailRecord,
)
from transform.repair import RepairCorrection
from transform.rules import confidence as confidence_of
from transform.segments import (
    Segment,
    company_profiles,
    find_contact_details,
    find_segments,
    safety_sections,
)
from transform.text_spans import line_bounds, sentence_bounds, sentences_end
from transform.tickers import addressed_markets, approving_markets, find_tickers
from transform.trials import find_trial_details

LEAD_PARAGRAPHS = 1  # the dateline paragraph announces; what follows is background
LEAD_MAX_CHARS = 1500
# A news story printed as one paragraph announces in its first sentences; later ones recall.
# On the 56 dev releases 3 and more read the same events (2 lose one)
LEAD_MAX_SENTENCES = 3
LEAD_MIN_CHARS = 120  # a shorter first paragraph is a dateline or headline alone: read on
DECK_LINES = 2  # lines of a deck under the dateline, no news verb nor stop in them, read past
ONE_SENTENCE_LINE_WORDS = 8  # a line of prose one sentence long, this long at least
CONTACT_NAME_WINDOW = 200  # a contact's name is printed this close before its phone or e-mail


# a stock's move, and a verb of news that would tell its cause
STOCK_MOVE = re.compile(
    r"\b(?:stock|shares)\s+(?:(?:is|are|was|were)\s+)?(?:plung|fall|fell|soar|jump|ris|rose|surg"
    r"|tumbl|slid|climb|sink|sank|spik|rall|sliding|heading\s+(?:lower|higher))\w*",
    re.IGNORECASE,
)
NEWS_VERB = re.compile(
    r"\b(?:announc|report|said|says|disclos|receiv|present|releas|unveil)\w*", re.IGNORECASE
)


def lead_end(text: str, start: int) -> int:
    """End of the lead: the paragraph holding ``start``, and the next one when that paragraph
    is only a dateline or a headline ("MARTINSRIED, GERMANY--(Marketwire - December 10, 2010) -"
    alone on its line), capped at LEAD_MAX_CHARS and LEAD_MAX_SENTENCES."""
    end = start
    paragraphs = 0
    while paragraphs < LEAD_PARAGRAPHS or (end - start < LEAD_MIN_CHARS and end < len(text)):
        following = text.find("\n", end + 1)
        while following != -1 and following + 1 < len(text) and text[following + 1] == "\n":
            following += 1
        end = len(text) if following == -1 else following
        paragraphs += 1
    # a news page printing one sentence a line, no blank line between: its sentences are the
    # paragraph ("... in reaction to results of a Phase 3 trial.\nThe study met its primary
    # endpoint ...")
    # a brief that opens on its stock's move, its news in the next paragraph: "Zeta Inc.
    # (NASDAQ:ZETA) stock is plunging on Wednesday, with a session volume of ..." over "The
    # company announced that the Phase 3 study ... did not achieve its primary endpoint."
    if (
        sentences_end(text, start, 2) >= end
        and STOCK_MOVE.search(text, start, end)
        and not NEWS_VERB.search(text, start, end)
    ):
        following = text.find("\n", end + 1)
        while following != -1 and following + 1 < len(text) and text[following + 1] == "\n":
            following += 1
        end = len(text) if following == -1 else following
    # a deck between the dateline and the lead, no sentence of news: "CAMBRIDGE, Mass.--(BUSINESS
    # WIRE)--Jan. 21, 1997--" over "Procept and British Medical Research Council" / "begin safety
    # evaluation of PRO 2000" over "Procept Inc announced today that it has initiated ..."
    decks = 0
    while (
        decks < DECK_LINES
        and end < len(text)
        and not NEWS_VERB.search(text, start, end)
        and sentences_end(text, start, 1) > end  # no sentence ends in it
    ):
        following = text.find("\n", end + 1)
        end = len(text) if following == -1 else following
        decks += 1
    while (
        end < len(text) - 1
        and text[end - 1] != "\n"  # one line break, no blank line
        and text[end + 1] not in "\n \t"
        and sentences_end(text, start, 2) > end  # the lead so far is one sentence
        and _one_sentence_line(text, end + 1)
    ):
        end = text.find("\n", end + 1) if "\n" in text[end + 1 :] else len(text)
    return min(end, start + LEAD_MAX_CHARS, sentences_end(text, start, LEAD_MAX_SENTENCES))


def _one_sentence_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` is one sentence of prose, ending with its stop."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    line = text[at:line_end].rstrip()
    return (
        line[:1].isupper()
        and line[-1:] in ".!?"
        and len(line.split()) >= ONE_SENTENCE_LINE_WORDS
        and sentences_end(text, at, 1) >= at + len(line)
    )


@dataclass(frozen=True)
class ReleaseContext:
    """What every builder reads: the text and the release's anchors, found once."""

    text: str
    release_id: str
    document_id: str
    dateline: Dateline
    headline: HeadlineMatch | None
    issuer: IssuerMatch | None
    co_issuer: IssuerMatch | None
    body_start: int  # after the dateline (or the headline)
    lead: int  # end of the lead: what the release announces is printed before it

    @property
    def issuer_name(self) -> str | None:
        return self.issuer.name if self.issuer else None

    @property
    def dated(self) -> dt.date | None:
        """The release's printed date; None when there is none or its year is a guess."""
        return self.dateline.published_date if not self.dateline.date_inferred else None

    @property
    def ids(self) -> tuple[str, str]:
        return self.release_id, self.document_id


def build_release(
    context: ReleaseContext, corrections: Sequence[RepairCorrection], version: str
) -> Release:
    """The releases row, with a warning for each anchor not found."""
    dateline, headline = context.dateline, context.headline
    issuer, co_issuer = context.issuer, context.co_issuer
    warnings = [
        warning
        for warning, missing in (
            ("no dateline found", dateline.span_start is None),
            ("no publication date found", dateline.published_date is None),
            ("no year printed for the date: guessed_date holds a guess", dateline.date_inferred),
            ("no issuer found", issuer is None),
            ("no headline found", headline is None),
        )
        if missing
    ]
    return Release(
        release_id=context.release_id,
        document_id=context.document_id,
        # (spaces a typewritten page pads a centred title with read as one: "ANNOUNCES  SECOND
        # QUARTER  RESULTS"; the span keeps the printed text)
        headline=" ".join(headline.text.split()) if headline else None,
        headline_span_start=headline.span_start if headline else None,
        headline_span_end=headline.span_end if headline else None,
        published_date=context.dated,
        dateline_city=dateline.city,
        dateline_region=dateline.region,
        wire=dateline.wire,
        wire_canonical=dateline.wire_canonical,
        dateline_span_start=dateline.span_start,
        dateline_span_end=dateline.span_end,
        dateline_rule=dateline.date_rule or dateline.rule,
        issuer=issuer.name if issuer else None,
        issuer_span_start=issuer.span_start if issuer else None,
        issuer_span_end=issuer.span_end if issuer else None,
        issuer_rule=issuer.rule if issuer else None,
        body_text=context.text,
        n_corrections=len(corrections),
        extractor_version=version,
        warnings=warnings,
        co_issuer=co_issuer.name if co_issuer else None,
        co_issuer_span_start=co_issuer.span_start if co_issuer else None,
        co_issuer_span_end=co_issuer.span_end if co_issuer else None,
        date_inferred=dateline.date_inferred,
        date_confidence=dateline.date_confidence,
        guessed_date=dateline.published_date if dateline.date_inferred else None,
    )


def build_tickers(context: ReleaseContext) -> list[Ticker]:
    return [
        Ticker(
            *context.ids,
            t.exchange,
            t.exchange_canonical,
            t.symbol,
            t.span_start,
            t.span_end,
            t.rule,
            confidence_of(t.rule),
        )
        for t in find_tickers(context.text)
    ]


def build_money(context: ReleaseContext, tickers: Sequence[Ticker] = ()) -> list[Money]:
    """Every amount with its kind (transform/money.py) and its role among the release's money;
    a bare "$" in the dollars of the markets the ``tickers`` list on (with no ticker, of the
    market a letter is addressed to, or whose approval the text awaits), when the release
    declares none and they trade in one other dollar."""
    text = context.text
    markets = (
        {t.exchange_canonical for t in tickers}
        or addressed_markets(text)
        or approving_markets(text)
    )
    headline = context.headline
    amounts = kind_named_by_headline(
        text,
        find_money(text, markets),
        (headline.span_start, headline.span_end) if headline else None,
        context.lead,
    )
    roles = money_roles(
        text, amounts, context.body_start, background_start(text, context.lead), context.dated
    )
    return [
        Money(
            *context.ids,
            m.amount,
            m.currency,
            m.amount if m.currency == "USD" else None,
            m.kind,
            m.is_potential,
            m.text,
            m.span_start,
            m.span_end,
            m.kind_rule,
            confidence_of(m.kind_rule),
            per_unit=m.per_unit,
            restated=role.restated,
            part_of=role.part_of,
            announced=role.announced,
            in_totals=in_totals(m, role),
        )
        for m, role in zip(amounts, roles, strict=True)
    ]


def build_phases(context: ReleaseContext) -> list[Phase]:
    rule = "phase_pattern"
    return [
        Phase(*context.ids, p.phase, p.text, p.span_start, p.span_end, rule, confidence_of(rule))
        for p in find_phases(context.text)
    ]


def build_compounds(
    context: ReleaseContext, listed: Sequence[tuple[int, int]] = ()
) -> list[Compound]:
    """Compounds with the payload, antibody and target of a conjugate where printed; never in a
    ticker's ``listed`` span (a symbol is no drug: "(ASX:PAA)")."""
    compounds = []
    safety = safety_sections(context.text, context.body_start)
    for c in find_compounds(context.text):
        if any(start <= c.span_start < end for start, end in listed):
            continue
        if any(start <= c.span_start < end for start, end in safety):
            continue  # first named in a drug's safety information: another drug it meets
            # ("Avoid use with strong CYP3A4 inducers such as rifampin")
        payload = payload_of(c.canonical_name, c.name)
        # a payload named alone ("DM4") has no antibody or target of its own
        parts = (
            components(context.text, c.name, c.span_start) if payload != c.name else (None, None)
        )
        compounds.append(
            Compound(
                *context.ids,
                c.name,
                c.canonical_name,
                c.span_start,
                c.span_end,
                c.rule,
                c.confidence,
                payload,
                *parts,
            )
        )
    return compounds


def build_organizations(
    context: ReleaseContext, listed: Sequence[tuple[int, int]] = ()
) -> list[Organization]:
    """Organisations besides the issuer (``listed``: where ticker symbols are printed, each
    after its company's name); their roles are set by ``assign_roles``."""
    return [
        Organization(
            *context.ids,
            o.name,
            o.canonical_name,
            None,
            o.span_start,
            o.span_end,
            o.rule,
            o.confidence,
        )
        for o in find_organizations(context.text, context.issuer_name, listed)
    ]


# A sentence of a person's career: "Dr. O'Leary held the position of ... and was the lead
# reviewer on Taxol for breast cancer", "Previously, she served as ..."
CAREER_SUBJECT = re.compile(
    r"\s*(?:He\b|She\b|Prior to\b|Previously\b|Before joining\b|Earlier in (?:his|her) career\b"
    r"|(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+)?))"
)
CAREER_VERB = re.compile(
    r"\b(?:held|served|was|were|led|joined|worked|spent|oversaw|directed|managed|headed)\b"
)


def _in_career(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is in a sentence telling the career of a person the release
    names (``names``: the words of their names)."""
    left, _ = sentence_bounds(text, start, end)
    subject = CAREER_SUBJECT.match(text, left)
    if not subject or (subject["named"] and not names.intersection(subject["named"].split())):
        return False
    return bool(CAREER_VERB.search(text, subject.end(), start))


# A sentence listing a treatment's harms: "The most common side effects were somnolence,
# dizziness, and headache", "adverse events included nausea": what a drug causes, not what it
# treats; never past "patients with", which names the treated again
SAFETY_LIST = re.compile(
    r"\b(?:side[- ]effects?|adverse (?:events?|reactions?|effects?)|(?:TE)?AEs)\b"
    r"(?:(?!patients\s+with\b)[^.;]){0,80}?"
    r"\b(?:were|was|included|includes|including|include|such as|of|consisted of)\b[^.;]*\Z"
    # or a harm the sentence says was not seen: "There was no signal for supine hypertension",
    # "no evidence of liver toxicity", "no cases of hypoglycemia were reported"
    r"|\bno\s+(?:safety\s+)?(?:signals?|evidence|cases?|reports?|incidences?|instances?)\s+"
    r"(?:of|for)\s+(?:[\w-]+\s+){0,3}\Z"
)


INDICATED_FOR = re.compile(r"\bindicated\b(?:[^.;]{0,120})\Z", re.IGNORECASE)


def _indicated_for(text: str, start: int) -> bool:
    """Whether the disease at ``start`` is what its sentence says a drug is indicated for."""
    left, _ = sentence_bounds(text, start, start)
    return INDICATED_FOR.search(text, left, start) is not None


def _in_safety_list(text: str, start: int) -> bool:
    """Whether the disease at ``start`` is a harm its sentence lists."""
    left, _ = sentence_bounds(text, start, start)
    return SAFETY_LIST.search(text[left:start]) is not None and not re.search(
        r"\bpatients\s+with\s+(?:\w+\s+){0,3}\Z", text[left:start]
    )


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` is printed in ``text``."""
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + len(name))
    return found


def _name_and_ends(organization: Organization) -> list[str]:
    """An organisation's name and, an institution's, the ends of two words or more it may be
    named by ("Cancer Institute" of "National Cancer Institute")."""
    if organization.rule != "organization_head":
        return [organization.name]
    words = organization.name.split(" ")
    return [" ".join(words[at:]) for at in range(len(words) - 1)]


def build_indications(
    context: ReleaseContext,
    organizations: list[Organization],
    people: list[Person],
    listed: Sequence[tuple[int, int]] = (),
) -> list[Indication]:
    """Diseases named, except in the profile of a company the release names ("About Zeta Bio"):
    its pipeline, not the release's targets; in a person's career ("was the lead reviewer on
    Taxol for breast cancer"); in a list of a treatment's side effects; and in a ticker's
    ``listed`` span ("(ASX:AML)" is Amrad's, not leukaemia)."""
    companies = ([context.issuer_name] if context.issuer_name else []) + [
        o.name for o in organizations
    ]
    profiles = company_profiles(context.text, context.body_start, companies)
    names = frozenset(word for p in people for word in p.name.split(" ") if len(word) > 2)
    # a disease in an organisation's name is no indication: "Influenza Virus Research Center",
    # "American Heart Association", wherever the name is printed, an institution's by the end of
    # its full name too ("the Cancer Institute" of "National Cancer Institute")
    named = sorted(
        (found, found + len(name))
        for o in organizations
        for name in _name_and_ends(o)
        for found in _occurrences(context.text, name)
    )

    # a page's furniture above the title: a board's category ("Biotech / Medical : Indications
    # -- Sepsis/Acute Inflammation"), a site's menu
    above_title = context.headline.span_start if context.headline else 0

    safety = safety_sections(context.text, context.body_start)

    def excluded(span_start: int, span_end: int) -> bool:
        return (
            span_end <= above_title
            or any(start <= span_start < end for start, end in profiles)
            # a drug's risks in its safety information, never what it is indicated for
            or (
                any(start <= span_start < end for start, end in safety)
                and not _indicated_for(context.text, span_start)
            )
            or any(start <= span_start and span_end <= end for start, end in named)
            or _in_career(context.text, span_start, span_end, names)
            or _in_safety_list(context.text, span_start)
            or any(start <= span_start < end for start, end in listed)
        )

    return [
        Indication(*context.ids, i.name, i.span_start, i.span_end, i.rule, confidence_of(i.rule))
        for i in find_indications(context.text, excluded)
    ]


def build_events(context: ReleaseContext) -> list[Event]:
    """What the lead announces, then the deals the body recalls (``announced`` false)."""
    year = context.dated.year if context.dated else None
    # nothing above the title announces: a site's menu ("FDA Approvals"), a board's category;
    # unless the dateline stands above it, and the lead with it (a story opening on "NEW YORK —
    # Acme said ...", its title below)
    above_title = context.headline.span_start if context.headline else 0
    if context.dateline.span_start is not None:
        above_title = min(above_title, context.dateline.span_start)
    announced = find_events(context.text, context.lead, year, start=above_title)
    announced += find_also_announced(
        context.text, context.lead, year, {e.event_type for e in announced}
    )
    recalled = find_background_deals(context.text, context.lead)
    return [_event(context, e, True) for e in announced] + [
        _event(context, e, False) for e in recalled
    ]


def earned_milestone_events(
    context: ReleaseContext, events: list[Event], money: list[Money]
) -> list[Event]:
    """A milestone payment the release announces, read from its amount where no event cue
    names it: "triggers a 1.0 million euro ($1.3 million) milestone from Zeta", "is due to
    receive a L10.0 million milestone" (an amount linked as a milestone, neither potential nor
    recalled, in a sentence that names it so); none where an event cue already did."""
    if any(e.event_type == "milestone_payment" and e.announced for e in events):
        return []
    for earned in money:
        if earned.kind != "milestone" or earned.is_potential or not earned.announced:
            continue
        left, right = sentence_bounds(context.text, earned.span_start, earned.span_end)
        if TO_COME_BEFORE.search(context.text, left, earned.span_start):
            continue  # a deal's terms, none earned yet: "The Japanese company will pay ...
            # approximately $14 million in license fees and milestone payments"
        # (its sentence names it a milestone: a kind guessed from an event beside the amount
        # announces none)
        if "milestone" in context.text[left:right].casefold():
            break
    else:
        return []
    rule = "event_money_milestone"
    return [
        Event(
            *context.ids,
            "milestone_payment",
            context.text[left:right].strip(),
            earned.span_start,
            earned.span_end,
            rule,
            confidence_of(rule),
        )
    ]


def _event(context: ReleaseContext, found: EventMatch, announced: bool) -> Event:
    return Event(
        *context.ids,
        found.event_type,
        found.sentence,
        found.span_start,
        found.span_end,
        found.rule,
        confidence_of(found.rule),
        announced=announced,
    )


def build_people(context: ReleaseContext, organizations: list[Organization]) -> list[Person]:
    """People with their titles and the organisation each speaks for."""
    named = [Named(o.canonical_name, o.span_start, o.span_end, o.name) for o in organizations]
    # a name the release gives its issuer or an organisation is no person ("The report said
    # Prima Biomed had placed 83 million shares")
    companies = {company_key(o.name) for o in organizations}
    if context.issuer_name:
        companies.add(company_key(context.issuer_name))
    return [
        Person(
            *context.ids,
            p.name,
            title_without_company(context.text, p.title, context.issuer_name, named),
            person_organization(
                context.text, p.span_start, p.span_end, p.title, context.issuer_name, named
            ),
            p.span_start,
            p.span_end,
            p.rule,
            p.confidence,
        )
        for p in find_people(context.text)
        if company_key(p.name) not in companies
    ]


def build_corrections(
    context: ReleaseContext, corrections: Sequence[RepairCorrection]
) -> list[Correction]:
    return [
        Correction(
            *context.ids,
            c.original,
            c.corrected,
            c.rule,
            c.confidence,
            c.raw_start,
            c.raw_end,
            c.start,
            c.end,
        )
        for c in corrections
    ]


def find_release_segments(context: ReleaseContext, people: list[Person]) -> list[Segment]:
    headline, dateline = context.headline, context.dateline
    return find_segments(
        context.text,
        (headline.span_start, headline.span_end) if headline else None,
        (dateline.span_start, dateline.span_end)
        if dateline.span_start is not None and dateline.span_end is not None
        else None,
        [(p.name, p.span_start, p.span_end) for p in people],
    )


def build_segments(context: ReleaseContext, segments: list[Segment]) -> list[SegmentRecord]:
    return [
        SegmentRecord(
            *context.ids,
            s.segment,
            s.title,
            s.span_start,
            s.span_end,
            s.rule,
            confidence_of(s.rule),
        )
        for s in segments
    ]


def build_contacts(
    context: ReleaseContext, segments: list[Segment], people: list[Person]
) -> list[Contact]:
    """Phones and e-mail addresses of the contacts sections, with the person named before."""
    contacts = [s for s in segments if s.segment == "contacts"]
    records = []
    details = find_contact_details(context.text, contacts)
    starts = [d.span_start for d in details]
    for d in details:
        rule = f"contact_{d.kind}"
        # a name before the contacts section is no contact's: the CEO quoted in the last
        # paragraph over "For further information:" and a desk's address
        section = max(
            (s.span_start for s in contacts if s.span_start <= d.span_start < s.span_end),
            default=0,
        )
        person = _person_before(context.text, d.span_start, people, section, starts)
        records.append(
            Contact(
                *context.ids,
                d.kind,
                d.value,
                person,
                d.span_start,
                d.span_end,
                rule,
                confidence_of(rule),
            )
        )
    return records


def _person_before(
    text: str, at: int, people: list[Person], section: int = 0, details: list[int] | None = None
) -> str | None:
    """The person named last before ``at`` within CONTACT_NAME_WINDOW characters, from
    ``section`` on (in the detail's column, if ``details``, the starts of all the details,
    show columns)."""
    best = None
    for person in people:
        position = text.rfind(person.name, max(section, at - CONTACT_NAME_WINDOW), at)
        if position != -1 and (best is None or position > best[0]):
            best = (position, person.name)
    if best and details:
        best = _in_the_details_column(text, at, best, people, details)
    if best and any(
        only_unit_words(entry["desk"].split()) or entry["desk"] in context_words("desk_name")
        for entry in DESK_ENTRY_LINE.finditer(text, best[0], at)
    ):
        return None  # another entry's line between, a desk's with no person: "Nordic Capital:
        # Press Office, press@..." under "Helix: Søren Holm, Head of IR, +45 ..."
    if best and _entry_of_its_own(text, best[0], at):
        return None
    return best[1] if best else None


def _in_the_details_column(
    text: str, at: int, best: tuple[int, str], people: list[Person], details: list[int]
) -> tuple[int, str]:
    """Of two or more names on the line of the last one, the one in the column of the detail at
    ``at``: a block printed in columns (their spaces closed by the cleaner: "Contact: Harold
    Finch Susan Alvarez" over "(617) 555-0100 (212) 555-0123") gives the k-th detail of a line
    of as many details as names the k-th name. ``details``: the details' starts, in order."""
    names_line = line_bounds(text, best[0])
    on_line = sorted(
        (position, person.name)
        for person in people
        if (position := text.find(person.name, *names_line)) != -1
    )
    if len(on_line) < 2:
        return best
    line_start, line_end = line_bounds(text, at)
    in_line = details[bisect_left(details, line_start) : bisect_left(details, line_end)]
    if len(in_line) != len(on_line):
        return best
    return on_line[in_line.index(at)]


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _entry_of_its_own(text: str, name_at: int, at: int) -> bool:
    """Whether a blank line parts the detail at ``at`` from the name at ``name_at`` and a line
    of its own heads it: another entry, a desk or a firm with no person ("Kingsbridge University
    Press Office" over "press@..." under "Fiona Clarke, Head of Communications" and her number)."""
    blanks = list(BLANK_LINE.finditer(text, name_at, at))
    if not blanks:
        return False
    blank = blanks[-1]
    line_start = text.rfind("\n", 0, at) + 1
    return bool(text[blank.end() : line_start].strip())


# a contact entry's line: its owner's label, a colon and what answers (a desk's name, perhaps)
DESK_ENTRY_LINE = re.compile(
    r"\n[ \t]*[A-Z][^\n:]{0,60}:[ \t]*(?P<desk>[A-Z][\w ]{2,40}?)[ \t]*(?=[,\n])"
)


def build_trial_details(
    context: ReleaseContext, segments: list[Segment], compounds: list[Compound]
) -> list[TrialDetailRecord]:
    """Doses, schedules and patient counts of the body, with the compound of their sentence."""
    body = next((s for s in segments if s.segment == "body"), None)
    if body is None:
        return []
    mentions = Mentions(context.text, _compound_mentions(compounds))
    return [
        TrialDetailRecord(
            *context.ids,
            d.kind,
            d.text,
            d.value,
            d.unit,
            link_phase(context.text, d.span_start, d.span_end, mentions),
            d.span_start,
            d.span_end,
            d.rule,
            confidence_of(d.rule),
        )
        for d in find_trial_details(context.text, body.span_start, body.span_end)
    ]


def _compound_mentions(compounds: list[Compound]) -> list[Named]:
    """Compound mentions that can reach a phase or be dosed: a payload named alone ("DM4") is
    not one."""
    payloads = {c.canonical_name for c in compounds if c.payload == c.name}
    return [
        Named(c.canonical_name, c.span_start, c.span_end, c.name)
        for c in compounds
        if c.canonical_name not in payloads
    ]


def _named(records: Sequence[Organization | Compound]) -> list[Named]:
    return [Named(r.canonical_name, r.span_start, r.span_end, r.name) for r in records]


# the rules that leave an amount "other" without naming what it is: it may be a payment an event
# earns ("$3 million upon approval" with no cue)
UNNAMED_OTHER = frozenset({"money_no_cue", "money_phrase_names_no_kind"})


def link_money_records(
    context: ReleaseContext,
    money: list[Money],
    organizations: list[Organization],
    compounds: list[Compound],
) -> None:
    """Payer, payee, compound and trigger of each amount (transform/links.py)."""
    orgs, named_compounds = _named(organizations), Mentions(context.text, _named(compounds))
    amounts = sorted(item.span_start for item in money)
    spans = [(item.span_start, item.span_end) for item in money]
    links = one_direction(
        [
            link_money(
                context.text,
                item.span_start,
                item.span_end,
                item.kind,
                context.issuer_name,
                orgs,
                named_compounds,
                amounts,
                spans,
            )
            for item in money
        ]
    )
    for item, link in zip(money, links, strict=True):
        item.payer, item.payee = link.payer, link.payee
        # a price by the share is paid on no development event: "shares ... at HK$8.29"; nor is
        # a figure the text names as no payment ("a net cash balance of USD38m at completion",
        # "a deal valued at $57.4 million", a market's size)
        unearned = item.per_unit or (item.kind == "other" and item.rule not in UNNAMED_OTHER)
        if item.kind == "other" and not unearned:  # a sum naming no payment in a sentence
            # that speaks of none earns no event: "Revenue: DKK 233.4 million" beside an NDA
            left, right = sentence_bounds(context.text, item.span_start, item.span_end)
            unearned = PAYMENT_WORDS.search(context.text, left, right) is None
        item.compound, item.trigger = link.compound, None if unearned else link.trigger


def link_phase_records(
    context: ReleaseContext, phases: list[Phase], compounds: list[Compound]
) -> None:
    mentions = Mentions(context.text, _compound_mentions(compounds))
    for phase in phases:
        phase.compound = link_phase(context.text, phase.span_start, phase.span_end, mentions)


def link_event_records(
    context: ReleaseContext,
    events: list[Event],
    money: list[Money],
    phases: list[Phase],
    indications: list[Indication],
    organizations: list[Organization],
    compounds: list[Compound],
) -> None:
    """Counterparty, compound, territory and year of each event, and the amount, phase and
    indication its sentence names. A guessed year dates no deal: the sentence's own year, else
    the printed release year."""
    text = context.text
    year = context.dated.year if context.dated else None
    orgs, named_compounds = _named(organizations), Mentions(context.text, _named(compounds))
    money_spans = [(m.span_start, m.span_end) for m in money]
    phase_spans = [(p.span_start, p.span_end) for p in phases]
    indication_spans = [(i.span_start, i.span_end) for i in indications]
    headline_end = context.headline.span_end if context.headline else None
    in_lead: dict[str, EventMatch] | None = None  # each event the lead below the title cues

    def link(event_type: str, start: int, end: int, announced: bool) -> EventLink:
        return link_event(
            text,
            start,
            end,
            event_type,
            context.issuer_name,
            orgs,
            named_compounds,
            year,
            announced,
        )

    for event in events:
        linked = link(event.event_type, event.span_start, event.span_end, event.announced)
        if (
            headline_end is not None
            and event.announced
            and event.span_start < headline_end
            and (linked.counterparty is None or linked.compound is None)
        ):  # a title in capitals names no party the release names: "... EARNS $5 MILLION
            # MILESTONE PAYMENT FROM GENZYME": the lead's sentence that cues it again does
            if in_lead is None:
                in_lead = {
                    e.event_type: e
                    for e in find_events(text, context.lead, year, start=headline_end)
                }
            again = in_lead.get(event.event_type)
            if again is not None:
                lead = link(event.event_type, again.span_start, again.span_end, True)
                linked = EventLink(
                    linked.counterparty or lead.counterparty,
                    linked.compound or lead.compound,
                    linked.territory or lead.territory,
                    linked.deal_year,
                )
        event.counterparty, event.compound = linked.counterparty, linked.compound
        event.territory, event.deal_year = linked.territory, linked.deal_year
        event.amount_usd = _event_amount(context, event, money, money_spans)
        near_phases = in_sentence(text, event.span_start, event.span_end, phase_spans)
        event.phase = phases[near_phases[0]].phase if near_phases else None
        near = in_sentence(text, event.span_start, event.span_end, indication_spans)
        event.indication = indications[near[0]].name if near else None


def _event_amount(
    context: ReleaseContext,
    event: Event,
    money: list[Money],
    money_spans: list[tuple[int, int]],
) -> float | None:
    """The largest US dollar sum of the event's sentence, never a price of one share or warrant
    ("an exercise price of $4.00"); for a milestone payment whose sentence names no sum, the one
    milestone the release reports earned, in whatever currency (a sentence's sum in another
    currency has none: "has received A$2.6 million" is no US dollar sum of the release's)."""
    near = [
        i
        for i in in_sentence(context.text, event.span_start, event.span_end, money_spans)
        if not money[i].per_unit
    ]
    stated = [amount for i in near if (amount := money[i].amount_usd) is not None]
    if not near and event.event_type == "milestone_payment":
        earned = [
            m.amount_usd
            for m in money
            if m.kind == "milestone" and not m.is_potential and not m.restated
        ]
        stated = [a for a in earned if a is not None] if len(earned) == 1 else []
    return max(stated) if stated else None


def assign_roles(
    context: ReleaseContext,
    organizations: list[Organization],
    events: list[Event],
    money: list[Money],
) -> None:
    """Each organisation's role (partner, payer, acquirer ...: transform/links.py)."""
    roles = organization_roles(
        context.text,
        context.issuer_name,
        _named(organizations),
        [(e.event_type, e.counterparty, e.span_start, e.span_end) for e in events],
        [(m.payer, m.payee) for m in money],
    )
    for org in organizations:
        org.role = roles.get(org.canonical_name)
