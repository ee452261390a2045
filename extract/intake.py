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
    change: str  # new | updated | unchanged | unreadable
    document_id: str | None = None
    archive_path: str | None = None
    size_bytes: int = 0
    error: str | None = None


def intake_file(
    path: Path, archive_dir: Path, known: dict[str, tuple[str, str]], current_version: str
) -> Intake:
    """Archive one file and compare it with what the warehouse already holds for its source.

    ``known`` maps source_uri to (document_id, extractor_version) of the last load. A source is
    unchanged only when both its bytes and the extractor that read them are the same.
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
            "unreadable",
            error=f"cannot read {path}: {error.strerror or error}",
        )
    previous = known.get(source_uri)
    if previous is None:
        change = "new"
    elif previous == (archived.document_id, current_version):
        change = "unchanged"
    else:
        change = "updated"
    return Intake(
        source_uri,
        path.name,
        fetched_at,
        change,
        archived.document_id,
        str(archived.archive_path),
        archived.size_bytes,
    )
