"""Hard limits on one document: past them, work could grow without bound, so the document is
quarantined as ``too_complex`` before the expensive passes run.

The longest release among the dev corpus and the samples has 90 lines (most dev texts are cut at
about 2,000 bytes); whole releases and SEC exhibits run to a few hundred lines. The limits sit
far above real releases and far below what makes one document cost minutes (a generated file of
20,000 short lines took 50 s before sentence windows were bounded, 2 s after).
"""

from __future__ import annotations

import re

MAX_TEXT_CHARACTERS = 2_000_000  # decoded text
MAX_LINES = 20_000
# Each amount is linked to its payer, payee and compound by reading its sentence: a text of
# thousands of amounts (a data dump, not a release) costs about 15 ms each, a minute for 4,000.
# Whole earnings releases with their tables print a few hundred.
MAX_CURRENCY_AMOUNTS = 3_000
AMOUNT_CHARACTERS = 2  # the fewest a match of CURRENCY_AMOUNT takes: "$1"
CURRENCY_AMOUNT = re.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|DKK|SEK|NOK)\b)\s?\d")
MAX_HTML_DEPTH = 400  # open elements at once; browsers stop nesting at 512

# Elements whose end tag HTML lets authors leave out, and void elements: neither deepens a
# page however often it repeats, so neither is counted.
UNCOUNTED_ELEMENTS = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "td",
        "th",
        "tr",
        "tbody",
        "thead",
        "tfoot",
        "option",
        "optgroup",
        "rb",
        "rt",
        "rp",
        "colgroup",
        "caption",
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "html",
        "head",
        "body",
    ]
)
TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})[^>]{0,2000}?(/?)>")


def html_depth(raw: bytes, stop_at: int = MAX_HTML_DEPTH) -> int:
    """How deeply a page nests its elements (counting stops past ``stop_at``)."""
    depth = deepest = 0
    for match in TAG.finditer(raw):
        closing, name, self_closing = match.groups()
        if name.lower().decode("ascii") in UNCOUNTED_ELEMENTS or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest > stop_at:
                break
    return deepest


def text_limit_problem(text: str) -> str | None:
    """Why a decoded text is past the limits, in plain words, or None."""
    if len(text) > MAX_TEXT_CHARACTERS:
        return f"{len(text):,} characters of text; the limit is {MAX_TEXT_CHARACTERS:,}"
    lines = text.count("\n") + (not text.endswith("\n"))
    if lines > MAX_LINES:
        return f"{lines:,} lines; the limit is {MAX_LINES:,}"
    if len(text) <= AMOUNT_CHARACTERS * MAX_CURRENCY_AMOUNTS:
        return None  # too short to print more amounts than the limit
    amounts = sum(1 for _ in CURRENCY_AMOUNT.finditer(text))
    if amounts > MAX_CURRENCY_AMOUNTS:
        return f"{amounts:,} currency amounts; the limit is {MAX_CURRENCY_AMOUNTS:,}"
    return None
