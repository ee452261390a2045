"""Releases from local files and folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_from_bytes, unquote, urlparse


class SourceError(ValueError):
    """A configured source that cannot be read at all (missing path, unsupported scheme)."""


@dataclass(frozen=True)
class FoundFile:
    path: str
    size: int
    mtime_ns: int


def file_uri(path: str) -> str:
    """``Path(path).as_uri()`` for an absolute POSIX path, ten times faster (it runs per file)."""
    return "file://" + quote_from_bytes(os.fsencode(path))


def scan_files(source: str) -> list[FoundFile]:
    """Every regular, non-hidden file a source names (the file itself, or a folder's files,
    recursively, in name order), with its size and modification time from one walk
    (os.scandir: no second stat per file, which counts over 100,000 files).

    No file is filtered by its extension: a stray image in a release folder is still an
    input, and ends up quarantined with its reason."""
    path = source_path(source)
    if path.is_file():
        stat = path.stat()
        return [FoundFile(str(path), stat.st_size, stat.st_mtime_ns)]
    if not path.is_dir():
        raise SourceError(f"{source}: no such file or folder")
    found: list[FoundFile] = []
    folders = [str(path)]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # an unreadable sub-folder: its files cannot be listed
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    folders.append(entry.path)
                elif entry.is_file(follow_symlinks=True):
                    stat = entry.stat(follow_symlinks=True)
                    found.append(FoundFile(entry.path, stat.st_size, stat.st_mtime_ns))
            except OSError:
                continue
    found.sort(key=lambda f: f.path)
    return found


def source_path(source: str) -> Path:
    """The local path a source string names (a plain path or a file:// URI)."""
    parsed = urlparse(source)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path)).resolve()
    if parsed.scheme in ("http", "https"):
        raise SourceError(f"{source}: fetching URLs is not supported yet; give a file or folder")
    if parsed.scheme and len(parsed.scheme) > 1:  # a one-letter scheme is a Windows drive
        raise SourceError(f"{source}: unsupported source scheme {parsed.scheme!r}")
    return Path(source).expanduser().resolve()
