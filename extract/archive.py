"""Content-addressed archive of raw inputs: every document's bytes, kept under their sha256."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchivedBytes:
    document_id: str  # sha256 hex of the bytes
    archive_path: Path
    size_bytes: int


def archive_path_for(archive_dir: Path, document_id: str) -> Path:
    """Where the bytes with this sha256 live: ``<archive>/<first two hex>/<sha256>``."""
    return archive_dir / document_id[:2] / document_id


def archive_bytes(data: bytes, archive_dir: Path) -> ArchivedBytes:
    """Keep ``data`` in the archive under its sha256 (written once, atomically)."""
    document_id = hashlib.sha256(data).hexdigest()
    target = archive_path_for(archive_dir, document_id)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    return ArchivedBytes(document_id, target, len(data))


def record_response(archive_dir: Path, document_id: str, response: dict[str, object]) -> None:
    """Append the HTTP response that delivered these bytes (URL, status, headers) to its log.

    ``<sha256>.responses.jsonl`` sits beside the bytes, so re-processing knows the declared
    charset and content type without fetching again.
    """
    log = archive_path_for(archive_dir, document_id).with_suffix(".responses.jsonl")
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps(response, sort_keys=True, default=str) + "\n")


def archive_file(path: Path, archive_dir: Path) -> ArchivedBytes:
    """Copy ``path`` into the archive (streaming, so huge files are fine) and hash it.

    The copy is written to a temporary file and renamed into place, so the archive never holds
    a partial document, and a document already archived is not written again.
    """
    archive_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=archive_dir, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, path.open("rb") as source:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        document_id = digest.hexdigest()
        target = archive_path_for(archive_dir, document_id)
        if target.exists():
            os.unlink(temporary)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return ArchivedBytes(document_id, target, size)
