"""A noise simulator: inject the noise of OCR'd scans and re-encoded web copies into clean text.

Kinds, each applied to a chosen share of the words: OCR character confusions (the reverse of
transform/lexicons/ocr_confusions.csv: "m" printed, "rn" scanned), words split by stray spaces,
words glued to the next one, hyphenated line breaks, and lossy mojibake of apostrophes ("we’re"
-> "wea™re"). The text is also hard-wrapped, which repair must undo without counting.
"""

from __future__ import annotations

import random
import re
import textwrap

from transform.lexicon import load_lexicon

KINDS = ("confusion", "split", "glue", "hyphen_break", "mojibake")
TOKEN = re.compile(r"(\s+)")
WORD = re.compile(r"^[A-Za-z][a-z]{2,}[,.;:]?$")


def _confusions() -> list[tuple[str, str]]:
    # (printed, scanned): the table lists what a scan shows for what was printed
    return [
        (row["meant"], row["seen"])
        for row in load_lexicon("ocr_confusions")
        if row["meant"].isalpha() and row["seen"].isalpha()
    ]


def _confuse(word: str, rng: random.Random) -> str | None:
    options = [
        (printed, scanned, i)
        for printed, scanned in _confusions()
        for i in range(1, len(word))
        if word.startswith(printed, i)
    ]
    if not options:
        return None
    printed, scanned, at = rng.choice(options)
    return word[:at] + scanned + word[at + len(printed) :]


def add_noise(text: str, rate: float, seed: int, wrap: int = 90) -> str:
    """``text`` with about ``rate`` of its words damaged, then hard-wrapped at ``wrap``."""
    rng = random.Random(seed)
    parts = TOKEN.split(text)
    for index in range(0, len(parts), 2):
        word = parts[index]
        apostrophe = "’" in word
        if not (WORD.match(word) or apostrophe) or rng.random() >= rate:
            continue
        kind = "mojibake" if apostrophe else rng.choice(KINDS[:4])
        core = word.rstrip(",.;:")
        tail = word[len(core) :]
        if kind == "mojibake":
            parts[index] = word.replace("’", rng.choice(("a™", "a?")), 1)
        elif kind == "confusion":
            parts[index] = (_confuse(core, rng) or core) + tail
        elif kind == "split" and len(core) >= 4:
            cut = rng.randrange(2, len(core) - 1)
            parts[index] = core[:cut] + " " + core[cut:] + tail
        elif kind == "glue" and not tail and index + 2 < len(parts) and parts[index + 1] == " ":
            parts[index + 1] = ""
        elif kind == "hyphen_break" and len(core) >= 6:
            cut = rng.randrange(3, len(core) - 2)
            parts[index] = core[:cut] + "-\n" + core[cut:] + tail
    noisy = "".join(parts)
    return "\n\n".join(_wrap(paragraph, wrap) for paragraph in noisy.split("\n\n"))


def _wrap(paragraph: str, width: int) -> str:
    """Hard-wrap a paragraph, keeping the line breaks the noise put after hyphens."""
    pieces = paragraph.split("-\n")
    wrapped = [
        "\n".join(textwrap.wrap(piece, width, break_long_words=False, break_on_hyphens=False))
        if len(piece) > width
        else piece
        for piece in pieces
    ]
    return "-\n".join(wrapped)
