"""Small span helpers shared by the field extractors."""

from __future__ import annotations

SENTENCE_BREAKS = (". ", "! ", "? ", ".\n", "\n\n", '." ', ".” ")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the sentence (or paragraph line) around ``text[start:end]``."""
    left = 0
    for mark in SENTENCE_BREAKS:
        found = text.rfind(mark, 0, start)
        if found != -1:
            left = max(left, found + len(mark))
    right = len(text)
    for mark in SENTENCE_BREAKS:
        found = text.find(mark, end)
        if found != -1:
            right = min(right, found + 1)
    return left, right
