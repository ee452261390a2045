"""Stable identifiers for releases."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

NON_ALNUM = re.compile(r"[^0-9a-z]+")


def release_key(headline: str | None, published_date: dt.date | None, source_uri: str) -> str:
    """Id of a release: the same dated headline from any source is the same release.

    Without both a headline and a date the source decides, so two undated releases that happen
    to share a headline ("Fourth Quarter Results") are never merged.
    """
    if headline and published_date:
        basis = (
            f"release|{published_date.isoformat()}|{NON_ALNUM.sub(' ', headline.lower()).strip()}"
        )
    else:
        basis = f"source|{source_uri}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]
