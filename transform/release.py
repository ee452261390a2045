"""One release document in, typed records out: decode, normalise, repair, screen, extract."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from transform.builders import (
    ReleaseContext,
    assign_roles,
    build_compounds,
    build_contacts,
    build_corrections,
    build_events,
    build_indications,
    build_money,
    build_organizations,
    build_people,
    build_phases,
    build_release,
    build_segments,
    build_tickers,
    build_trial_details,
    earned_milestone_events,
    find_release_segments,
    lead_end,
    link_event_records,
    link_money_records,
    link_phase_records,
)
from transform.dateline import TIME_AFTER_DATE, parse_dateline
from transform.decode import Rejection, decode_document
from transform.headline import find_headline, headline_below, past_teaser
from transform.identity import release_key
from transform.issuer import find_co_issuer, find_issuer, headline_subject, with_full_name
from transform.limits import text_limit_problem
from transform.normalize import normalize_text
from transform.organizations import contact_agencies
from transform.records import Extraction
from transform.repair import RepairCorrection, repair_text
from transform.screen import (
    digest_reason,
    not_a_release_reason,
    not_english_reason,
    other_script_reason,
)
from transform.segments import (
    chrome_line,
    cover_page_end,
    in_spans,
    page_chrome,
    past_chrome_lines,
    past_cover_letter,
)
from transform.version import extractor_version


class _HasSpan(Protocol):
    span_start: int


_Spanned = TypeVar("_Spanned", bound=_HasSpan)


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
    script = other_script_reason(repaired.text)
    if script:
        return Rejection("not_english", script)
    # a table's rows are read before the repair reflows them into one paragraph
    reason = not_a_release_reason(repaired.text) or digest_reason(text)
    if reason:
        return Rejection("not_a_release", reason)
    # read before the repair, which takes foreign words for misread English ("und" -> "and")
    language = not_english_reason(text)
    if language:
        return Rejection("not_english", language)
    return CleanText(
        repaired.text, text, decoded.encoding, decoded.content_type, repaired.corrections
    )


def extract_release(
    text: str,
    document_id: str,
    source_uri: str,
    corrections: Sequence[RepairCorrection] = (),
) -> Extraction:
    """Fields of one release from its repaired text; spans index into ``text``. The anchors
    (dateline, headline, issuer, lead) are read once; one builder per table (transform/builders.py)
    turns each extractor's candidates into records; then records are linked."""
    context = read_anchors(text, document_id, source_uri)
    chrome = page_chrome(text)
    starts = [start for start, _ in chrome]

    def on_the_page(records: list[_Spanned]) -> list[_Spanned]:
        """The records not printed on a line of the page's chrome (other articles' titles)."""
        return [r for r in records if not in_spans(chrome, starts, r.span_start)]

    tickers = build_tickers(context)
    listed = [(t.span_start, t.span_end) for t in tickers]  # a symbol is no drug or disease
    organizations = on_the_page(build_organizations(context, listed))
    compounds = on_the_page(build_compounds(context, listed))
    money = on_the_page(build_money(context, tickers))
    phases = on_the_page(build_phases(context))
    people = on_the_page(build_people(context, organizations))
    # a drug's name inside a person's name is a surname: "Hitoshi Endou"
    compounds = [
        c for c in compounds if not any(p.span_start <= c.span_start < p.span_end for p in people)
    ]
    indications = on_the_page(build_indications(context, organizations, people, listed))
    events = on_the_page(build_events(context))
    segments = find_release_segments(context, people)
    # an agency named only in the contact blocks answers for the release: no party to its news
    # (its contact's organisation is kept on the person)
    agencies = contact_agencies(context.text, [(o.name, o.canonical_name) for o in organizations])
    organizations = [o for o in organizations if o.name not in agencies]
    release = build_release(context, corrections, extractor_version())
    if not tickers:
        release.warnings.append("no ticker found")
    link_money_records(context, money, organizations, compounds)
    events += earned_milestone_events(context, events, money)  # (the amounts linked first)
    link_phase_records(context, phases, compounds)
    link_event_records(context, events, money, phases, indications, organizations, compounds)
    assign_roles(context, organizations, events, money)
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
        corrections=build_corrections(context, corrections),
        segments=build_segments(context, segments),
        contacts=build_contacts(context, segments, people),
        trial_details=build_trial_details(context, segments, compounds),
    )


REPEATED_LINES = 3  # a page prints its title again at most this often below it


def _past_repeats(text: str, at: int, headline: str) -> int:
    """Past the lines after ``at`` that print the headline again, or a page's short chrome
    between them ("300240"): a blog's page prints its title thrice."""
    end = at
    for _ in range(REPEATED_LINES * 2):
        line_end = text.find("\n", end + 1)
        line = text[end + 1 : len(text) if line_end < 0 else line_end].strip()
        if line and line != headline and len(line.split()) >= 4:
            break
        if line == headline:
            at = len(text) if line_end < 0 else line_end
        if line_end < 0:
            break
        end = line_end
    return at


CHROME_LINE_WORDS = 4  # a line of fewer words between a title and its lead is a page's chrome


def _chrome_only(text: str, start: int, end: int) -> bool:
    """Whether the lines of ``text[start:end]`` are all short or chrome ("Print", "Font Size:",
    "Related Business"): no deck nor sentence of the lead."""
    return all(
        len(line.split()) < CHROME_LINE_WORDS or chrome_line(line)
        for line in text[start:end].split("\n")
    )


def _line_ends(text: str, at: int) -> bool:
    """Whether no lead stands between ``at`` and its line's end (or the text's): nothing in lower
    case, as a time's zone (" CET") or a mark, or a time of day ("- 7:00 am CET"); or the
    dateline's own span ended its line ("Paris, France - March 5, 2020" and its line break)."""
    if at > 0 and text[at - 1] == "\n":
        return True
    end = text.find("\n", at)
    rest = text[at : len(text) if end < 0 else end]
    clock = TIME_AFTER_DATE.match(rest)
    return not any(c.islower() for c in rest[clock.end() if clock else 0 :])


def read_anchors(text: str, document_id: str, source_uri: str) -> ReleaseContext:
    """The dateline, headline, issuer and lead of a release: what every builder reads."""
    dateline = parse_dateline(text)
    headline = find_headline(text, dateline.span_start)
    if headline is None and dateline.span_start == 0 and dateline.rule == "dateline_undated":
        # a text that opens on an undated dateline ("NEW YORK — Acme said on Tuesday"), as a
        # news story does, may print its title below the lead, as where no dateline is found
        headline = find_headline(text, None)
    dateline_end = dateline.span_end or 0
    below = headline is None and dateline_end > 0 and _line_ends(text, dateline_end)
    if below:
        headline = headline_below(text, dateline_end)  # the title under its dateline
    after_headline = text.find("\n", headline.span_end) if headline else 0  # past a site's suffix
    if headline and after_headline >= 0:
        after_headline = _past_repeats(text, after_headline, headline.text)
    issuer = find_issuer(
        text, dateline.span_end, len(text) if after_headline < 0 else after_headline
    )
    if issuer is None and headline is not None:
        issuer = headline_subject(text, headline.span_start, headline.span_end)
    issuer = with_full_name(text, issuer)
    release_id = release_key(
        headline.text if headline else None, dateline.published_date, source_uri
    )
    body_start = dateline.span_end or (headline.span_end if headline else 0)
    if below and headline and after_headline > 0:
        body_start = after_headline  # the title under its dateline is of the headline block
    # with no dateline, the lead opens after an SEC form's cover page, if the text has one
    lead_start = dateline.span_start
    if below and headline and after_headline > 0:
        lead_start = after_headline  # the lead opens under the title its dateline stands over
    if lead_start is None:
        # (past an exchange filing's cover letter, to the release it encloses)
        lead_start = past_cover_letter(text, max(body_start, cover_page_end(text)))
        if issuer and issuer.rule == "issuer_lead_subject":
            # no dateline: the lead opens on the line its subject is named on, with no title,
            # or past a page's short lines of chrome under it ("Print", "Related Business")
            subject_line = text.rfind("\n", 0, issuer.span_start) + 1
            if headline is None or _chrome_only(
                text, past_chrome_lines(text, lead_start), subject_line
            ):
                lead_start = max(lead_start, subject_line)
        lead_start = past_teaser(text, past_chrome_lines(text, lead_start))
    return ReleaseContext(
        text=text,
        release_id=release_id,
        document_id=document_id,
        dateline=dateline,
        headline=headline,
        issuer=issuer,
        co_issuer=find_co_issuer(text, issuer),
        body_start=body_start,
        lead=lead_end(text, lead_start),
    )
