"""The extractor's version: what a release was extracted with, and what re-processes it.

Kept apart from the extraction code so that the flow process, which only orchestrates,
names the version without importing (and compiling) every rule.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache

from transform.lexicon import lexicon_digest

RULES_VERSION = "0.1345.0"  # bump when an extraction rule changes
DRUG_PACKAGE = "drug-named-entity-recognition"  # the drug vocabulary's package


@cache  # reading package metadata costs 1.7 ms: a quarter of a release's extraction
def vocabulary_version() -> str:
    """The drug vocabulary package's version: a new vocabulary re-processes."""
    try:
        return importlib.metadata.version(DRUG_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def extractor_version() -> str:
    """Rules version, a digest of the lexicons and the drug vocabulary's version: a change to
    any of them re-processes releases."""
    return f"{RULES_VERSION}+{lexicon_digest()}+drugs{vocabulary_version()}"
