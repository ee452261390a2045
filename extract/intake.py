"""Intake of local inputs: archive each file's bytes and say whether it is new, changed or known."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from extract.archive import archive_file


@dataclass(frozen=True)
class Intake:
    source_uri: str
    filename: str
    fetched_at: dt.datetime  # UTC
    change: str  # new | updated | unchanged | failed
    document_id: str | None = None
    archive_path: str | None = None
    size_bytes: int = 0
    http_content_type: str | None = None  # the Content-Type header of a fetched page
    failure: str | None = None  # the quarantine reason when change is "failed"
    error: str | None = None


def classify_change(
    previous: tuple[str, str] | None, document_id: str, current_version: str
) -> str:
    """new, updated or unchanged: unchanged needs the same bytes read by the same extractor."""
    if previous is None:
        return "new"
    return "unchanged" if previous == (document_id, current_version) else "updated"


def intake_file(
    path: Path, archive_dir: Path, known: dict[str, tuple[str, str]], current_version: str
) -> Intake:
    """Archive one file and compare it with what the warehouse already holds for its source.

    ``known`` maps source_uri to (document_id, extractor_version) of the last load.
    """
    source_uri = path.as_uri()
    fetched_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        archived = archive_file(path, archive_dir)
    except OSError as error:
        return Intake(
            source_uri,
            path.name,
            fetched_at,
            "failed",
            failure="unreadable",
            error=f"cannot read {path}: {error.strerror or error}",
        )
    return Intake(
        source_uri=source_uri,
        filename=path.name,
        fetched_at=fetched_at,
        change=classify_change(known.get(source_uri), archived.document_id, current_version),
        document_id=archived.document_id,
        archive_path=str(archived.archive_path),
        size_bytes=archived.size_bytes,
    )
