"""Content-addressed archive of raw inputs: every document's bytes, kept under their sha256."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from extract.local_files import kind_of_special_file

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


class InputRefused(Exception):
    """A local input that is not archived, with its quarantine reason and the detail."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def archive_file(path: Path, archive_dir: Path, max_bytes: int | None = None) -> ArchivedBytes:
    """Copy ``path`` into the archive (streaming, so huge files are fine) and hash it.

    The copy is written to a temporary file and renamed into place, so the archive never holds
    a partial document, and a document already archived is not written again. Only a regular
    file is read: the path is opened without following a symbolic link and without blocking,
    so a FIFO or device swapped in after discovery is refused, never read. A file over
    ``max_bytes`` is refused before a byte is copied (or as soon as it grows past it), and a
    file that changes while it is copied is refused as ``changed_while_read``.
    """
    archive_dir.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    source = os.open(path, flags)
    try:
        before = os.fstat(source)
        if not stat.S_ISREG(before.st_mode):
            raise InputRefused("not_a_regular_file", kind_of_special_file(before.st_mode))
        if max_bytes is not None and before.st_size > max_bytes:
            raise InputRefused(
                "too_large", f"{before.st_size:,} bytes; the limit is {max_bytes:,} bytes"
            )
        return _copy_into_archive(source, before, archive_dir, max_bytes)
    finally:
        os.close(source)


def _copy_into_archive(
    source: int, before: os.stat_result, archive_dir: Path, max_bytes: int | None
) -> ArchivedBytes:
    """Copy an open file into the archive; refused, and nothing archived, if it changed."""
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=archive_dir, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out:
            while chunk := os.read(source, CHUNK):
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise InputRefused(
                        "too_large", f"grew past {max_bytes:,} bytes while it was read"
                    )
                digest.update(chunk)
                out.write(chunk)
        after = os.fstat(source)
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or (
            size != after.st_size
        ):
            raise InputRefused(
                "changed_while_read",
                f"{size:,} bytes read while the file changed "
                f"({before.st_size:,} -> {after.st_size:,} bytes)",
            )
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
