"""Typed records that the transform stage produces, one class per warehouse table.

Field names are the column names of the Parquet files and DuckDB tables (see ``load/schema.py``,
which adds ``run_id``). Spans are character offsets into ``releases.body_text``: the value is
``body_text[span_start:span_end]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Document:
    document_id: str  # sha256 of the raw bytes
    source_uri: str
    fetched_at: dt.datetime
    content_type: str
    size_bytes: int
    encoding: str | None
    archive_path: str
    http_content_type: str | None  # the Content-Type header of a fetched page
    status: str  # loaded | quarantined
    release_id: str | None
    extractor_version: str
    source_mtime_ns: int | None = None  # a local file's modification time when it was read


@dataclass
class Release:
    release_id: str
    document_id: str
    headline: str | None
    headline_span_start: int | None
    headline_span_end: int | None
    published_date: dt.date | None
    dateline_city: str | None
    dateline_region: str | None
    wire: str | None
    wire_canonical: str | None
    dateline_span_start: int | None
    dateline_span_end: int | None
    dateline_rule: str | None
    issuer: str | None
    issuer_span_start: int | None
    issuer_span_end: int | None
    issuer_rule: str | None
    body_text: str
    n_corrections: int
    extractor_version: str
    warnings: list[str] = field(default_factory=list)
    co_issuer: str | None = None  # the second company of a joint release
    co_issuer_span_start: int | None = None
    co_issuer_span_end: int | None = None
    date_inferred: bool = False  # no year printed for the release: guessed_date holds a guess
    date_confidence: float | None = None  # how sure the date is (the guess's, when guessed)
    guessed_date: dt.date | None = None  # the guess when date_inferred; published_date is NULL


@dataclass
class Ticker:
    release_id: str
    document_id: str
    exchange: str  # as printed
    exchange_canonical: str
    symbol: str
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Money:
    release_id: str
    document_id: str
    amount: float  # in the printed currency
    currency: str  # ISO 4217
    amount_usd: float | None  # null when the currency is not USD
    kind: str  # milestone | upfront | royalty | revenue | financing | other
    is_potential: bool  # "up to $170.5 million" is potential, "earned $1 million" is not
    text: str  # as printed, e.g. "$1.5 million"
    span_start: int
    span_end: int
    rule: str
    confidence: float
    payer: str | None = None  # who pays (milestone, upfront, royalty), as the release names it
    payee: str | None = None  # who receives
    compound: str | None = None  # canonical name of the compound the money is for
    trigger: str | None = None  # what earned it: ind, phase_2_start, approval ... (link_cues.csv)
    per_unit: bool = False  # the price of one share, unit or warrant
    restated: bool = False  # the same amount was printed in another sentence first
    part_of: int | None = None  # span_start of the stated total it is a part of
    announced: bool = True  # False: the release recalls it (paid before, background)
    in_totals: bool = True  # sums may add it: announced, first printed, no part, no price


@dataclass
class Organization:
    release_id: str
    document_id: str
    name: str
    canonical_name: str
    role: str | None
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Person:
    release_id: str
    document_id: str
    name: str
    title: str | None
    organization: str | None
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Compound:
    release_id: str
    document_id: str
    name: str
    canonical_name: str
    span_start: int
    span_end: int
    rule: str
    confidence: float
    payload: str | None = None  # the cytotoxic agent it carries (compound_aliases.csv or its name)
    antibody: str | None = None  # the antibody of a conjugate, where the release names it
    target: str | None = None  # the antigen it targets, where the release names it


@dataclass
class Indication:
    release_id: str
    document_id: str
    name: str
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Phase:
    release_id: str
    document_id: str
    phase: str  # Phase I | Phase I/II | Phase II | Phase II/III | Phase III | Phase IV
    text: str
    span_start: int
    span_end: int
    rule: str
    confidence: float
    compound: str | None = None  # canonical name of the compound its sentence names


@dataclass
class Event:
    release_id: str
    document_id: str
    event_type: str  # see EVENT_TYPES
    sentence: str
    span_start: int
    span_end: int
    rule: str
    confidence: float
    counterparty: str | None = None  # the other company: partner, licensee, acquirer or target
    compound: str | None = None  # canonical name of the compound the event is about
    territory: str | None = None  # where a deal applies, when stated
    deal_year: int | None = None  # the year a deal was made: stated ("in 2004"), else the release's
    announced: bool = True  # False: a deal the body recalls as background, not news
    amount_usd: float | None = None  # the amount its sentence states (the largest, if several)
    phase: str | None = None  # the phase its sentence names
    indication: str | None = None  # the indication its sentence names


@dataclass
class Correction:
    release_id: str
    document_id: str
    original: str
    corrected: str
    rule: str
    confidence: float
    raw_span_start: int
    raw_span_end: int
    span_start: int
    span_end: int


@dataclass
class Quarantined:
    source_uri: str
    document_id: str | None  # null when the bytes could not be read at all
    reason: str  # see QUARANTINE_REASONS
    detail: str
    quarantined_at: dt.datetime


EVENT_TYPES = (
    "milestone_payment",
    "ind_filing",
    "ind_active",
    "trial_start",
    "trial_results",
    "licensing_deal",
    "collaboration",
    "acquisition",
    "regulatory_submission",
    "regulatory_approval",
    "financing",
    "earnings",
    "executive_change",
    "conference_presentation",
    "other",
)
MONEY_KINDS = ("milestone", "upfront", "royalty", "revenue", "financing", "other")
ROLE_ORDER = ("acquirer", "target", "licensee", "licensor", "partner", "payer", "payee")
SEGMENTS = (
    "headline",
    "subheadline",
    "dateline",
    "body",
    "quote",
    "about",
    "forward_looking",
    "contacts",
)
DETAIL_KINDS = ("dose", "schedule", "patients")
QUARANTINE_REASONS = (
    "unreadable",
    "fetch_failed",
    "robots_disallowed",
    "empty",
    "too_large",
    "binary",
    "undecodable",
    "not_a_release",
    "not_english",  # a release in another language: the rules read English
    "too_complex",  # past a hard limit (text size, lines, HTML nesting)
    "timed_out",  # took longer than the limit per document
    "processing_failed",  # an error while decoding, repairing or extracting (detail: where)
    "extraction_failed",  # written by runs before processing_failed existed
    "worker_died",  # the process reading it died twice, the second time with it alone
    "not_a_regular_file",  # a FIFO, socket or device in a source folder; never opened
    "outside_source",  # a symbolic link to a file outside its source folder; not followed
    "changed_while_read",  # the file changed while it was archived, twice
    "host_not_allowed",  # a link or redirect to a host the web source does not name
)


@dataclass
class SegmentRecord:
    release_id: str
    document_id: str
    segment: str  # one of SEGMENTS
    title: str | None  # an About section's heading, a quote's speaker
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Contact:
    release_id: str
    document_id: str
    kind: str  # email | phone
    value: str
    person: str | None  # the person named nearest before it in the contacts section
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class TrialDetailRecord:
    release_id: str
    document_id: str
    kind: str  # dose | schedule | patients
    text: str
    value: float | None
    unit: str | None
    compound: str | None  # the compound its sentence names
    span_start: int
    span_end: int
    rule: str
    confidence: float


@dataclass
class Extraction:
    """Everything extracted from one release document."""

    release: Release
    tickers: list[Ticker] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    compounds: list[Compound] = field(default_factory=list)
    indications: list[Indication] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    segments: list[SegmentRecord] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    trial_details: list[TrialDetailRecord] = field(default_factory=list)
