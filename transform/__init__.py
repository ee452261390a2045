"""Transform: raw bytes to clean text to typed records. Pure functions, no I/O, no Prefect.

The package's names are loaded on first use: importing a light module of it (the records, the
version) does not compile the extraction's rules, which only the processes that extract need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transform.release import CleanText, clean_document, extract_release
    from transform.version import extractor_version

__all__ = ["CleanText", "clean_document", "extract_release", "extractor_version"]
_HOMES = {
    "CleanText": "transform.release",
    "clean_document": "transform.release",
    "extract_release": "transform.release",
    "extractor_version": "transform.version",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
