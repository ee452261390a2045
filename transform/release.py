"""One release document in, typed records out: decode, normalise, repair, screen, extract."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from transform.compounds import components, find_compounds, payload_of
from transform.dateline import parse_dateline
from transform.decode import Rejection, decode_document
from transform.drug_vocabulary import vocabulary_version
from transform.events import background_start, find_background_deals, find_events
from transform.headline import find_headline
from transform.identity import release_key
from transform.indications import find_indications
from transform.issuer import find_co_issuer, find_issuer
from transform.lexicon import lexicon_digest
from transform.limits import text_limit_problem
from transform.links import (
    Named,
    in_sentence,
    link_event,
    link_money,
    link_phase,
    organization_roles,
    person_organization,
)
from transform.money import find_money, in_totals, money_roles
from transform.normalize import normalize_text
from transform.organizations import find_organizations
from transform.people import find_people
from transform.phases import find_phases
from transform.records import (
    Compound,
    Contact,
    Correction,
    Event,
    Extraction,
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
from transform.repair import RepairCorrection, repair_text
from transform.screen import not_a_release_reason
from transform.segments import (
    company_profiles,
    cover_page_end,
    find_contact_details,
    find_segments,
)
from transform.tickers import find_tickers
from transform.trials import find_trial_details

RULES_VERSION = "0.14.0"  # bump when an extraction rule changes


def extractor_version() -> str:
    """Rules version, a digest of the lexicons and the drug vocabulary's version: a change to
    any of them re-processes releases."""
    return f"{RULES_VERSION}+{lexicon_digest()}+drugs{vocabulary_version()}"


@dataclass(frozen=True)
class CleanText:
    """A release's repaired text, the text before repair, and the repairs between the two."""

    text: str
    raw_text: str  # decoded and normalised; the raw spans of corrections point here
    encoding: str
    content_type: str
    corrections: list[RepairCorrection]


def clean_document(
    raw: bytes,
    filename: str,
    content_type: str | None = None,
    clock: dict[str, float] | None = None,
) -> CleanText | Rejection:
    """Decoded, normalised, repaired text of a raw document, or why it is not a release.

    ``clock``, when given, accumulates the seconds spent decoding and repairing."""
    started = time.perf_counter()
    decoded = decode_document(raw, filename, content_type)
    if isinstance(decoded, Rejection):
        return decoded
    too_much = text_limit_problem(decoded.text)
    if too_much:
        return Rejection("too_complex", too_much)
    text = normalize_text(decoded.text)
    decoded_at = time.perf_counter()
    repaired = repair_text(text)
    if clock is not None:
        repaired_at = time.perf_counter()
        clock["decode"] = clock.get("decode", 0.0) + decoded_at - started
        clock["repair"] = clock.get("repair", 0.0) + repaired_at - decoded_at
    reason = not_a_release_reason(repaired.text)
    if reason:
        return Rejection("not_a_release", reason)
    return CleanText(
        repaired.text, text, decoded.encoding, decoded.content_type, repaired.corrections
    )


LEAD_PARAGRAPHS = 1  # the dateline paragraph announces; what follows is background
LEAD_MAX_CHARS = 1500


LEAD_MIN_CHARS = 120  # a shorter first paragraph is a dateline or headline alone: read on


def lead_end(text: str, start: int) -> int:
    """End of the lead: the paragraph holding ``start``, and the next one when that paragraph
    is only a dateline or a headline ("MARTINSRIED, GERMANY--(Marketwire - December 10, 2010) -"
    alone on its line), capped."""
    end = start
    paragraphs = 0
    while paragraphs < LEAD_PARAGRAPHS or (end - start < LEAD_MIN_CHARS and end < len(text)):
        following = text.find("\n", end + 1)
        while following != -1 and following + 1 < len(text) and text[following + 1] == "\n":
            following += 1
        end = len(text) if following == -1 else following
        paragraphs += 1
    return min(end, start + LEAD_MAX_CHARS)


def _person_before(at: int, people: list[tuple[str, int, int]], text: str) -> str | None:
    """The person named last before ``at`` within 200 characters (a contact's name)."""
    best = None
    for name, _, _ in people:
        position = text.rfind(name, max(0, at - 200), at)
        if position != -1 and (best is None or position > best[0]):
            best = (position, name)
    return best[1] if best else None


def extract_release(
    text: str,
    document_id: str,
    source_uri: str,
    corrections: Sequence[RepairCorrection] = (),
) -> Extraction:
    """Fields of one release from its repaired text; spans index into ``text``."""
    dateline = parse_dateline(text)
    headline = find_headline(text, dateline.span_start)
    issuer = find_issuer(text, dateline.span_end)
    co_issuer = find_co_issuer(text, issuer)
    release_id = release_key(
        headline.text if headline else None, dateline.published_date, source_uri
    )
    body_start = dateline.span_end or (headline.span_end if headline else 0)

    warnings = []
    if dateline.span_start is None:
        warnings.append("no dateline found")
    if dateline.published_date is None:
        warnings.append("no publication date found")
    if issuer is None:
        warnings.append("no issuer found")
    if headline is None:
        warnings.append("no headline found")

    release = Release(
        release_id=release_id,
        document_id=document_id,
        headline=headline.text if headline else None,
        headline_span_start=headline.span_start if headline else None,
        headline_span_end=headline.span_end if headline else None,
        published_date=dateline.published_date,
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
        body_text=text,
        n_corrections=len(corrections),
        extractor_version=extractor_version(),
        warnings=warnings,
        co_issuer=co_issuer.name if co_issuer else None,
        co_issuer_span_start=co_issuer.span_start if co_issuer else None,
        co_issuer_span_end=co_issuer.span_end if co_issuer else None,
        date_inferred=dateline.date_inferred,
        date_confidence=dateline.date_confidence,
    )
    tickers = [
        Ticker(
            release_id,
            document_id,
            t.exchange,
            t.exchange_canonical,
            t.symbol,
            t.span_start,
            t.span_end,
            "ticker_parenthetical",
            0.95,
        )
        for t in find_tickers(text)
    ]
    if not tickers:
        warnings.append("no ticker found")
    amounts = find_money(text)
    # with no dateline, the lead opens after an SEC form's cover page, if the text has one
    lead_start = dateline.span_start
    if lead_start is None:
        lead_start = max(body_start, cover_page_end(text))
    lead = lead_end(text, lead_start)
    dated = dateline.published_date if not dateline.date_inferred else None
    money_role = money_roles(text, amounts, body_start, background_start(text, lead), dated)
    money = [
        Money(
            release_id,
            document_id,
            m.amount,
            m.currency,
            m.amount if m.currency == "USD" else None,
            m.kind,
            m.is_potential,
            m.text,
            m.span_start,
            m.span_end,
            m.kind_rule,
            0.9 if m.kind_rule != "money_no_cue" else 0.6,
            per_unit=m.per_unit,
            restated=role.restated,
            part_of=role.part_of,
            announced=role.announced,
            in_totals=in_totals(m, role),
        )
        for m, role in zip(amounts, money_role, strict=True)
    ]
    phases = [
        Phase(
            release_id,
            document_id,
            p.phase,
            p.text,
            p.span_start,
            p.span_end,
            "phase_pattern",
            0.95,
        )
        for p in find_phases(text)
    ]
    compounds = []
    for c in find_compounds(text):
        payload = payload_of(c.canonical_name, c.name)
        # a payload named alone ("DM4") has no antibody or target of its own
        parts = components(text, c.name, c.span_start) if payload != c.name else (None, None)
        compounds.append(
            Compound(
                release_id,
                document_id,
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
    organizations = [
        Organization(
            release_id,
            document_id,
            o.name,
            o.canonical_name,
            None,
            o.span_start,
            o.span_end,
            o.rule,
            o.confidence,
        )
        for o in find_organizations(text, issuer.name if issuer else None)
    ]
    # the diseases of a company's profile ("About Array BioPharma") are its pipeline, not the
    # release's targets
    profiles = company_profiles(
        text, body_start, ([issuer.name] if issuer else []) + [o.name for o in organizations]
    )
    indications = [
        Indication(release_id, document_id, i.name, i.span_start, i.span_end, i.rule, 0.9)
        for i in find_indications(text)
        if not any(start <= i.span_start < end for start, end in profiles)
    ]
    events = [
        Event(
            release_id, document_id, e.event_type, e.sentence, e.span_start, e.span_end, e.rule, 0.8
        )
        for e in find_events(text, lead, dated.year if dated else None)
    ] + [
        Event(
            release_id,
            document_id,
            e.event_type,
            e.sentence,
            e.span_start,
            e.span_end,
            e.rule,
            0.7,
            announced=False,
        )
        for e in find_background_deals(text, lead)
    ]
    org_names = [Named(o.canonical_name, o.span_start, o.span_end, o.name) for o in organizations]
    people = [
        Person(
            release_id,
            document_id,
            p.name,
            p.title,
            person_organization(
                text,
                p.span_start,
                p.span_end,
                p.title,
                issuer.name if issuer else None,
                org_names,
            ),
            p.span_start,
            p.span_end,
            p.rule,
            p.confidence,
        )
        for p in find_people(text)
    ]
    repairs = [
        Correction(
            release_id,
            document_id,
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
    named_orgs = [Named(o.canonical_name, o.span_start, o.span_end, o.name) for o in organizations]
    named_compounds = [Named(c.canonical_name, c.span_start, c.span_end, c.name) for c in compounds]
    issuer_name = issuer.name if issuer else None
    for item in money:
        link = link_money(
            text,
            item.span_start,
            item.span_end,
            item.kind,
            issuer_name,
            named_orgs,
            named_compounds,
        )
        item.payer, item.payee = link.payer, link.payee
        item.compound, item.trigger = link.compound, link.trigger
    payloads = {c.canonical_name for c in compounds if c.payload == c.name}
    # a payload alone ("DM4") is not what reaches a phase or is dosed
    compound_mentions = [c for c in named_compounds if c.name not in payloads]
    for phase in phases:
        phase.compound = link_phase(text, phase.span_start, phase.span_end, compound_mentions)
    # a guessed year dates no deal: the sentence's own year, else the printed release year
    year = dated.year if dated else None
    money_spans = [(m.span_start, m.span_end) for m in money]
    phase_spans = [(p.span_start, p.span_end) for p in phases]
    indication_spans = [(i.span_start, i.span_end) for i in indications]
    for event in events:
        linked = link_event(
            text,
            event.span_start,
            event.span_end,
            event.event_type,
            issuer_name,
            named_orgs,
            named_compounds,
            year,
            event.announced,
        )
        event.counterparty, event.compound = linked.counterparty, linked.compound
        event.territory, event.deal_year = linked.territory, linked.deal_year
        stated: list[float] = [
            amount
            for i in in_sentence(text, event.span_start, event.span_end, money_spans)
            if (amount := money[i].amount_usd) is not None
        ]
        if not stated and event.event_type == "milestone_payment":
            earned = [
                m.amount_usd
                for m in money
                if m.kind == "milestone" and not m.is_potential and m.amount_usd is not None
            ]
            stated = earned if len(earned) == 1 else []  # the one milestone the release reports
        event.amount_usd = max(stated) if stated else None
        near_phases = in_sentence(text, event.span_start, event.span_end, phase_spans)
        event.phase = phases[near_phases[0]].phase if near_phases else None
        near = in_sentence(text, event.span_start, event.span_end, indication_spans)
        event.indication = indications[near[0]].name if near else None
    people_mentions = [(p.name, p.span_start, p.span_end) for p in people]
    found_segments = find_segments(
        text,
        (headline.span_start, headline.span_end) if headline else None,
        (dateline.span_start, dateline.span_end)
        if dateline.span_start is not None and dateline.span_end is not None
        else None,
        people_mentions,
    )
    segments = [
        SegmentRecord(
            release_id, document_id, s.segment, s.title, s.span_start, s.span_end, s.rule, 0.8
        )
        for s in found_segments
    ]
    contacts = [
        Contact(
            release_id,
            document_id,
            d.kind,
            d.value,
            _person_before(d.span_start, people_mentions, text),
            d.span_start,
            d.span_end,
            f"contact_{d.kind}",
            0.9,
        )
        for d in find_contact_details(text, [s for s in found_segments if s.segment == "contacts"])
    ]
    body = next((s for s in found_segments if s.segment == "body"), None)
    trial_details = [
        TrialDetailRecord(
            release_id,
            document_id,
            d.kind,
            d.text,
            d.value,
            d.unit,
            link_phase(text, d.span_start, d.span_end, compound_mentions),
            d.span_start,
            d.span_end,
            d.rule,
            0.8,
        )
        for d in (find_trial_details(text, body.span_start, body.span_end) if body else [])
    ]
    roles = organization_roles(
        text,
        issuer_name,
        named_orgs,
        [(e.event_type, e.counterparty, e.span_start, e.span_end) for e in events],
        [(m.payer, m.payee) for m in money],
    )
    for org in organizations:
        org.role = roles.get(org.canonical_name)
    return Extraction(
        release=release,
        tickers=tickers,
        money=money,
        phases=phases,
        organizations=organizations,
        people=people,
        compounds=compounds,
        indications=indications,
        events=events,
        corrections=repairs,
        segments=segments,
        contacts=contacts,
        trial_details=trial_details,
    )
