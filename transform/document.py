"""One archived document to the records of every table it feeds, or to quarantine."""

from __future__ import annotations

import datetime as dt
import time
import traceback
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from transform.decode import Rejection
from transform.dictionary import shared_vocabularies
from transform.records import Document, Extraction, Quarantined
from transform.release import CleanText, clean_document, extract_release, extractor_version
from transform.screen import unattributed_reason


@dataclass(frozen=True)
class DocumentMeta:
    document_id: str
    source_uri: str
    filename: str
    fetched_at: dt.datetime
    archive_path: str
    size_bytes: int
    http_content_type: str | None = None
    source_mtime_ns: int | None = None


@dataclass
class DocumentOutcome:
    document: Document
    extraction: Extraction | None = None
    quarantined: Quarantined | None = None


def process_document(
    raw: bytes, meta: DocumentMeta, max_bytes: int, clock: dict[str, float] | None = None
) -> DocumentOutcome:
    """Decode, screen and extract one document; never raises for a bad document.

    ``raw`` may be cut at ``max_bytes + 1`` bytes by the caller: a longer document is
    quarantined as too large without being decoded. ``clock``, when given, accumulates the
    seconds spent per stage (decode, repair, extract).
    """
    cleaned = clean_stage(raw, meta, max_bytes, clock)
    if isinstance(cleaned, DocumentOutcome):
        return cleaned
    return extract_stage(cleaned, meta, clock)


def clean_stage(
    raw: bytes, meta: DocumentMeta, max_bytes: int, clock: dict[str, float] | None = None
) -> CleanText | DocumentOutcome:
    """The first half of ``process_document``: the document's repaired text, or its outcome
    if it is quarantined before extraction (too large, undecodable, not a release). A batch
    cleans several documents before it extracts them: each stage's vocabularies and tables
    then stay in the processor's cache from one document to the next."""
    version = extractor_version()
    if meta.size_bytes > max_bytes or len(raw) > max_bytes:
        rejection = Rejection(
            "too_large", f"{meta.size_bytes:,} bytes; the limit is {max_bytes:,} bytes"
        )
        return _quarantine(meta, rejection, "application/octet-stream", None, version)
    try:  # a bug or a pathological input in one document must not stop the run
        cleaned = clean_document(raw, meta.filename, meta.http_content_type, clock)
    except Exception as error:
        return _quarantine(meta, _failure("decode and repair", error), OCTET, None, version)
    if isinstance(cleaned, Rejection):
        return _quarantine(meta, cleaned, OCTET, None, version)
    return cleaned


def walked_ahead(texts: list[str]) -> AbstractContextManager[None]:
    """Inside, the extraction of these cleaned texts finds the drug, disease and domain names
    walked for all of them at once (see SharedScan.walked_ahead): a batch's extractions,
    one after another, take about 7% less time."""
    return shared_vocabularies().walked_ahead(texts)


def extract_stage(
    cleaned: CleanText, meta: DocumentMeta, clock: dict[str, float] | None = None
) -> DocumentOutcome:
    """The second half of ``process_document``: a cleaned document's fields, or its quarantine
    (extraction failed, or the text names no company)."""
    version = extractor_version()
    started = time.perf_counter()
    try:
        extraction = extract_release(
            cleaned.text, meta.document_id, meta.source_uri, cleaned.corrections
        )
    except Exception as error:
        rejection = _failure("extraction", error)
        return _quarantine(meta, rejection, cleaned.content_type, cleaned.encoding, version)
    finally:
        if clock is not None:
            clock["extract"] = clock.get("extract", 0.0) + time.perf_counter() - started
    unattributed = unattributed_reason(
        extraction.release, extraction.organizations, extraction.tickers
    )
    if unattributed:
        rejection = Rejection("not_a_release", unattributed)
        return _quarantine(meta, rejection, cleaned.content_type, cleaned.encoding, version)
    document = _document(
        meta,
        cleaned.content_type,
        cleaned.encoding,
        "loaded",
        extraction.release.release_id,
        version,
    )
    return DocumentOutcome(document, extraction=extraction)


OCTET = "application/octet-stream"


def _failure(stage: str, error: Exception) -> Rejection:
    """A document that raised: the stage, the error and the line it was raised at."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}"
    message = " ".join(str(error).split())[:300]
    return Rejection("processing_failed", f"{stage}: {type(error).__name__}{where}: {message}")


def _document(
    meta: DocumentMeta,
    content_type: str,
    encoding: str | None,
    status: str,
    release_id: str | None,
    version: str,
) -> Document:
    return Document(
        document_id=meta.document_id,
        source_uri=meta.source_uri,
        fetched_at=meta.fetched_at,
        content_type=content_type,
        size_bytes=meta.size_bytes,
        encoding=encoding,
        archive_path=meta.archive_path,
        http_content_type=meta.http_content_type,
        status=status,
        release_id=release_id,
        extractor_version=version,
        source_mtime_ns=meta.source_mtime_ns,
    )


def rejected(meta: DocumentMeta, reason: str, detail: str) -> DocumentOutcome:
    """The outcome of a document that was stopped from outside (time limit), quarantined."""
    return _quarantine(meta, Rejection(reason, detail), OCTET, None, extractor_version())


def _quarantine(
    meta: DocumentMeta,
    rejection: Rejection,
    content_type: str,
    encoding: str | None,
    version: str,
) -> DocumentOutcome:
    document = _document(meta, content_type, encoding, "quarantined", None, version)
    quarantined = Quarantined(
        meta.source_uri,
        meta.document_id,
        rejection.reason,
        rejection.detail,
        dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    return DocumentOutcome(document, quarantined=quarantined)
