"""Releases from local files and folders."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_from_bytes, unquote, urlparse


class SourceError(ValueError):
    """A configured source that cannot be read at all (missing path, unsupported scheme)."""


@dataclass(frozen=True)
class FoundFile:
    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class SkippedInput:
    """Something in a source folder that is not read, and why: it is quarantined, not lost."""

    path: str
    reason: str  # a quarantine reason: not_a_regular_file | outside_source | unreadable
    detail: str


@dataclass
class ScannedSource:
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[SkippedInput] = field(default_factory=list)


def file_uri(path: str) -> str:
    """``Path(path).as_uri()`` for an absolute POSIX path, ten times faster (it runs per file)."""
    return "file://" + quote_from_bytes(os.fsencode(path))


NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def kind_of_special_file(mode: int) -> str:
    """What a file that is neither a regular file nor a folder is, in plain words."""
    return next((name for test, name in NOT_REGULAR if test(mode)), "not a regular file")


def scan_files(source: str, excluded: frozenset[str] = frozenset()) -> ScannedSource:
    """Every regular, non-hidden file a source names (the file itself, or a folder's files,
    recursively, in name order), with its size and modification time from one walk
    (os.scandir: no second stat per file, which counts over 100,000 files).

    No file is filtered by its extension: a stray image in a release folder is still an
    input, and ends up quarantined with its reason. What cannot or must not be read is
    returned as skipped, with the reason: FIFOs, sockets and devices (never opened), symbolic
    links that lead out of the source folder (never followed), folders that cannot be listed.
    A link inside the folder is read as the file or folder it names, once, so links to a
    parent folder never loop. Paths in ``excluded`` (the warehouse's own files and folders,
    when it sits inside a source folder) are not inputs at all.
    """
    path = source_path(source)
    if path.is_file():
        info = path.stat()
        return ScannedSource([FoundFile(str(path), info.st_size, info.st_mtime_ns)])
    if not path.is_dir():
        if path.exists():
            return ScannedSource(
                skipped=[
                    SkippedInput(
                        str(path), "not_a_regular_file", kind_of_special_file(path.stat().st_mode)
                    )
                ]
            )
        raise SourceError(f"{source}: no such file or folder")
    root = str(path)
    scanned = ScannedSource()
    visited_folders = {root}
    seen_files: set[str] = set()
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            if folder == root:
                raise SourceError(f"{source}: cannot list the folder: {_why(error)}") from None
            scanned.skipped.append(
                SkippedInput(folder, "unreadable", f"cannot list the folder: {_why(error)}")
            )
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.path in excluded:
                continue
            _scan_entry(entry, root, excluded, visited_folders, seen_files, folders, scanned)
    scanned.files.sort(key=lambda f: f.path)
    scanned.skipped.sort(key=lambda s: s.path)
    return scanned


def _scan_entry(
    entry: os.DirEntry[str],
    root: str,
    excluded: frozenset[str],
    visited_folders: set[str],
    seen_files: set[str],
    folders: list[str],
    scanned: ScannedSource,
) -> None:
    target = entry.path
    try:
        if entry.is_symlink():
            target = os.path.realpath(entry.path)
            if not _inside(target, root):
                scanned.skipped.append(
                    SkippedInput(
                        entry.path,
                        "outside_source",
                        f"a symbolic link to {target}, outside the source folder {root}",
                    )
                )
                return
            if target in excluded:
                return
        info = os.stat(target, follow_symlinks=False)
    except OSError as error:
        scanned.skipped.append(
            SkippedInput(entry.path, "unreadable", f"cannot read it: {_why(error)}")
        )
        return
    if stat.S_ISDIR(info.st_mode):
        if target not in visited_folders:  # a link to a folder already walked (or to .)
            visited_folders.add(target)
            folders.append(target)
    elif stat.S_ISREG(info.st_mode):
        if target not in seen_files:  # the same file through a link, read once
            seen_files.add(target)
            scanned.files.append(FoundFile(target, info.st_size, info.st_mtime_ns))
    else:
        scanned.skipped.append(
            SkippedInput(entry.path, "not_a_regular_file", kind_of_special_file(info.st_mode))
        )


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def _why(error: OSError) -> str:
    return error.strerror or str(error)


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
