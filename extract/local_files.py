"""Releases from local files and folders."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse


class SourceError(ValueError):
    """A configured source that cannot be read at all (missing path, unsupported scheme)."""


def discover_files(source: str) -> list[Path]:
    """Every regular, non-hidden file a source names: the file itself, or a folder's files.

    Folders are walked recursively in name order. No file is filtered by its extension: a stray
    image in a release folder is still an input, and ends up quarantined with its reason.
    """
    path = source_path(source)
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(
            candidate
            for candidate in path.rglob("*")
            if candidate.is_file()
            and not any(part.startswith(".") for part in candidate.relative_to(path).parts)
        )
    raise SourceError(f"{source}: no such file or folder")


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
