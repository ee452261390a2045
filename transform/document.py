"""One archived document to the records of every table it feeds, or to quarantine."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from transform.decode import Rejection
from transform.records import Document, Extraction, Quarantined
from transform.release import clean_document, extract_release, extractor_version


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
    version = extractor_version()
    if meta.size_bytes > max_bytes or len(raw) > max_bytes:
        rejection = Rejection(
            "too_large", f"{meta.size_bytes:,} bytes; the limit is {max_bytes:,} bytes"
        )
        return _quarantine(meta, rejection, "application/octet-stream", None, version)
    cleaned = clean_document(raw, meta.filename, meta.http_content_type, clock)
    if isinstance(cleaned, Rejection):
        return _quarantine(meta, cleaned, "application/octet-stream", None, version)
    started = time.perf_counter()
    try:
        extraction = extract_release(
            cleaned.text, meta.document_id, meta.source_uri, cleaned.corrections
        )
    except Exception as error:  # a bug on one document must not stop the run
        rejection = Rejection("extraction_failed", f"{type(error).__name__}: {error}")
        return _quarantine(meta, rejection, cleaned.content_type, cleaned.encoding, version)
    finally:
        if clock is not None:
            clock["extract"] = clock.get("extract", 0.0) + time.perf_counter() - started
    document = _document(
        meta,
        cleaned.content_type,
        cleaned.encoding,
        "loaded",
        extraction.release.release_id,
        version,
    )
    return DocumentOutcome(document, extraction=extraction)


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
