"""E-mail addresses, web addresses and phone numbers broken by stray spaces."""

from __future__ import annotations

import re

from transform.literals import LineCued, cued
from transform.repair.buffer import Edit
from transform.repair.vocabulary import lexicon
from transform.repair.words import FUNCTION_WORDS

TLD = r"(?:com|org|net|edu|gov|biz|info|io|co|uk|de|fr|ch|jp|ca|au|eu|us)"
# Up to four fragments before "@" (OCR splits "info" into "i nf o"), spaces around "@" and dots.
BROKEN_EMAIL = LineCued(
    re.compile(
        rf"(?<![\w@.])((?:[A-Za-z0-9._%+-]{{1,3}} ){{0,4}}[A-Za-z0-9._%+-]+) ?@ ?"
        rf"((?:[A-Za-z0-9-]+ ?\. ?)+{TLD})\b"
    ),
    needs=frozenset({"@"}),  # read only on the lines that print one
)
BROKEN_WEB = cued(rf"\b(www ?\. ?(?:[A-Za-z0-9-]+ ?\. ?)+{TLD})\b")
BROKEN_PHONE = re.compile(r"(\(\d{3}\) ?\d{3}) - (\d{4})\b|(\(\d{3}\)) (\d{3}) ?- ?(\d{4})\b")
# "at i nf o@": a short word before the fragments is a word of the sentence, not of the address
COMMON_SHORT_WORDS = frozenset(word for word in FUNCTION_WORDS if len(word) == 2)


def _domain_fixed(domain: str, text: str) -> str:
    """Snap a domain's first label to a lexicon name one OCR confusion away ("nmmunogen"),
    unless the release prints the label as a name of its own ("Ardena Biologics" over
    "lena.marsh@ardena.com" is never Arena's)."""
    from rapidfuzz.distance import Levenshtein

    label, _, rest = domain.partition(".")
    if label and re.search(rf"(?<![\w@.-]){re.escape(label.capitalize())}(?![\w@])", text):
        return domain
    candidates = [name for name in lexicon().tokens if name.isalpha() and len(name) >= 5]
    scored = sorted((Levenshtein.distance(label.lower(), c), c) for c in candidates)
    if scored and scored[0][0] == 1 and (len(scored) < 2 or scored[1][0] > 1) and len(label) >= 6:
        return f"{scored[0][1]}.{rest}"
    return domain


def contact_edits(text: str) -> list[Edit]:
    edits = []
    for match in BROKEN_EMAIL.finditer(text):
        fragments = match.group(1).split(" ")
        while len(fragments) > 1 and fragments[0].lower() in COMMON_SHORT_WORDS:
            fragments = fragments[1:]  # "at i nf o@" keeps its "at"
        local = "".join(fragments)
        start = match.end(1) - len(" ".join(fragments))
        domain = _domain_fixed(re.sub(r"\s+", "", match.group(2)), text)
        fixed = f"{local}@{domain}"
        if text[start : match.end()] != fixed:
            edits.append(Edit(start, match.end(), fixed, "broken_email", 0.9))
    for match in BROKEN_WEB.finditer(text):
        fixed = re.sub(r"\s+", "", match.group(1))
        if fixed != match.group(1):
            edits.append(Edit(match.start(1), match.end(1), fixed, "broken_url", 0.9))
    for match in BROKEN_PHONE.finditer(text):
        if match.group(1):
            fixed = f"{match.group(1)}-{match.group(2)}"
        else:
            fixed = f"{match.group(3)} {match.group(4)}-{match.group(5)}"
        if fixed != match.group():
            edits.append(Edit(match.start(), match.end(), fixed, "broken_phone", 0.9))
    return edits
