"""Is a decoded text a press release at all? Cheap checks before extraction."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]{2,}")
LETTERS = re.compile(r"[^\W\d_]+")
VISIBLE = re.compile(r"\S+")
SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$)")
MIN_WORDS = 30
MIN_WORDS_WITHOUT_SENTENCES = 80  # truncated or glued copies may lack sentence ends
MIN_LETTER_SHARE = 0.5


def not_a_release_reason(text: str) -> str | None:
    """Plain-words reason why ``text`` is not a release, or None when it may be one."""
    words = WORD.findall(text)
    if len(words) < MIN_WORDS:
        return f"only {len(words)} words; a press release has at least {MIN_WORDS}"
    visible = sum(map(len, VISIBLE.findall(text)))
    letters = sum(map(len, LETTERS.findall(text)))
    if letters / visible < MIN_LETTER_SHARE:
        return f"only {letters / visible:.0%} of the characters are letters"
    if len(words) < MIN_WORDS_WITHOUT_SENTENCES and not SENTENCE_END.search(text):
        return "no running sentences; looks like a list, table or data file"
    return None
