"""Vocabularies built once and kept on disk between processes.

The shared scan of drug, disease and domain names (dictionary.py) takes about 2 s to build
from its sources: every worker of every run built it again before its first release. Built
once, it is kept in a cache folder as a pickle and read back in about 0.1 s.

A kept value is read only when it was built by this very code from this very data: its file
name carries a digest of every source and lexicon file of ``transform/``, of the versions of
the packages whose data the vocabularies read, and of Python's version. Any change to any of
them builds the value again (and writes it under the new digest); nothing is ever read stale.

The folder is ``$BIOPRESS_CACHE_DIR``, else ``$XDG_CACHE_HOME/biopress``, else
``~/.cache/biopress``, made readable by its owner only (a pickle is code to whoever can write
it). ``BIOPRESS_CACHE_DIR=off`` keeps nothing. A folder that cannot be written, or a file that
cannot be read, costs only the build: the value is built as if no cache existed.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

LOG = logging.getLogger(__name__)
ENVIRONMENT = "BIOPRESS_CACHE_DIR"
OFF = "off"
# the packages whose data the kept vocabularies are built from, and the automaton's own
DATA_PACKAGES = ("drug-named-entity-recognition", "pyspellchecker", "names", "us", "pyahocorasick")
KEPT_PER_NAME = 1  # a value's files under other digests kept (another checkout's: 50 MB each)
SOURCE_ROOT = Path(__file__).resolve().parent


def cache_folder() -> Path | None:
    """Where kept values live, or None when keeping is switched off."""
    chosen = os.environ.get(ENVIRONMENT, "").strip()
    if chosen.lower() == OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "biopress"


def source_digest(root: Path = SOURCE_ROOT) -> str:
    """A digest of every Python and lexicon file under ``root``, by path and content, with the
    data packages' versions and Python's."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".csv") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    for package in DATA_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "none"
        digest.update(f"{package}=={version}\0".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


@cache
def _digest() -> str:
    return source_digest()


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``'s value, read from the cache folder when this code built it before, else
    built and written there for the next process."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest()}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception as error:  # a truncated or foreign file: built again, written over
        LOG.warning("cache file %s unreadable (%s); building it again", path, error)
    value = build()
    _write(folder, path, value)
    return value


def _write(folder: Path, path: Path, value: object) -> None:
    """Write ``value`` whole or not at all (a temporary file renamed over), then drop the
    oldest files of the same name beyond KEPT_PER_NAME."""
    name = path.name.rsplit("-", 1)[0]
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        LOG.warning("cannot keep %s in %s (%s); it is built in every process", name, folder, error)
        return
    others = []
    for other in folder.glob(f"{name}-*.pickle"):
        try:
            others.append((other.stat().st_mtime, other))
        except OSError:
            continue  # removed by another process meanwhile
    others.sort(reverse=True)
    for _, stale in others[KEPT_PER_NAME + 1 :]:
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
