"""Intake of local inputs: archive each file's bytes and say whether it is new, changed or known."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from extract.archive import InputRefused, archive_file, archive_path_for


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
    source_mtime_ns: int | None = None  # a local file's modification time


def classify_change(
    previous: tuple[str, str] | None, document_id: str, current_version: str
) -> str:
    """new, updated or unchanged: unchanged needs the same bytes read by the same extractor."""
    if previous is None:
        return "new"
    return "unchanged" if previous == (document_id, current_version) else "updated"


def intake_file(
    path: Path,
    archive_dir: Path,
    known: dict[str, tuple[str, str]],
    current_version: str,
    max_bytes: int | None = None,
) -> Intake:
    """Archive one file and compare it with what the warehouse already holds for its source.

    ``known`` maps source_uri to (document_id, extractor_version) of the last load. A file
    that changes while it is archived is read once more; a file that is refused (not a
    regular file, over ``max_bytes``, changing twice) or unreadable is a failed intake.
    """
    source_uri = path.as_uri()
    fetched_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for attempt in range(2):
        try:
            mtime_ns: int | None = path.stat().st_mtime_ns
            archived = archive_file(path, archive_dir, max_bytes)
            break
        except InputRefused as refused:
            if refused.reason == "changed_while_read" and attempt == 0:
                continue
            return _failed(source_uri, path, fetched_at, refused.reason, refused.detail)
        except OSError as error:
            detail = f"cannot read {path}: {error.strerror or error}"
            return _failed(source_uri, path, fetched_at, "unreadable", detail)
    return Intake(
        source_uri=source_uri,
        filename=path.name,
        fetched_at=fetched_at,
        change=classify_change(known.get(source_uri), archived.document_id, current_version),
        document_id=archived.document_id,
        archive_path=str(archived.archive_path),
        size_bytes=archived.size_bytes,
        source_mtime_ns=mtime_ns,
    )


def failed_intake(path: str, reason: str, detail: str) -> Intake:
    """An input that was not read, to be quarantined with its reason."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return _failed(Path(path).as_uri(), Path(path), now, reason, detail)


def _failed(
    source_uri: str, path: Path, fetched_at: dt.datetime, reason: str, detail: str
) -> Intake:
    return Intake(source_uri, path.name, fetched_at, "failed", failure=reason, error=detail)


def archived_intake(
    source_uri: str,
    document_id: str,
    fetched_at: dt.datetime,
    size_bytes: int,
    http_content_type: str | None,
    archive_dir: Path,
) -> Intake:
    """A document read again from the raw archive, never refetched: for reprocessing."""
    target = archive_path_for(archive_dir, document_id)
    filename = unquote(PurePosixPath(urlsplit(source_uri).path).name) or "index.html"
    if not target.is_file():
        return Intake(
            source_uri,
            filename,
            fetched_at,
            "failed",
            document_id=document_id,
            failure="unreadable",
            error=f"archived copy {target} is missing",
        )
    return Intake(
        source_uri=source_uri,
        filename=filename,
        fetched_at=fetched_at,
        change="updated",
        document_id=document_id,
        archive_path=str(target),
        size_bytes=size_bytes,
        http_content_type=http_content_type,
    )


def unchanged_by_stat(
    path: str,
    uri: str,
    size: int,
    mtime_ns: int,
    known: tuple[int | None, int | None, str] | None,
    current_version: str,
    now: dt.datetime,
) -> Intake | None:
    """An unchanged intake when the file's size and modification time are what the last load
    recorded and the extractor is the same: the file is not read at all. None: read it."""
    if known is None:
        return None
    known_size, known_mtime, version = known
    if version != current_version or known_size != size or known_mtime != mtime_ns:
        return None
    file_path = Path(path)
    return Intake(
        file_path.as_uri(),
        file_path.name,
        now,
        "unchanged",
        size_bytes=size,
        source_mtime_ns=mtime_ns,
    )
