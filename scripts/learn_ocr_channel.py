"""Estimate the repair's OCR error model from real tesseract output of known texts.

Usage: python scripts/learn_ocr_channel.py [--corpus ../shared/dev-corpus] [--out CSV]
    [--out-scans CSV]

Each text (the dev corpus and the bundled samples, cleaned as the pipeline cleans them) is printed,
scanned at every level of scripts/scans.py and read by tesseract. The OCR words are aligned with
the printed words, and each pair of words of the same length in tokens is aligned by characters:
every run of changed characters is one edit, printed -> read ("m" -> "rn", "l" -> "1", "e" -> "",
"" -> "h"). The table written (transform/lexicons/ocr_channel.csv) holds, for each edit seen at
least twice, how often it happened and how often its printed side occurred in the aligned words:
P(read | printed) is their ratio. Only statistics of confusions are kept, never the texts.

A second table (transform/lexicons/ocr_channel_scans.csv) is learned from those texts and the
texts of English and domain words scripts/ocr_training_texts.py makes: nine times the letters,
so it knows many more of the engine's confusions. The repair reads with it only a text that
shows itself scanned (a second pass over the words the first left unknown), as a clean
release's one unknown word is more often a name than a misread.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import scans
from scripts.ocr_training_texts import training_texts
from transform import clean_document
from transform.decode import Rejection
from transform.repair.channel import edit_runs

PROJECT = Path(__file__).resolve().parent.parent
OUT = PROJECT / "transform" / "lexicons" / "ocr_channel.csv"
OUT_SCANS = PROJECT / "transform" / "lexicons" / "ocr_channel_scans.csv"
MAX_SIDE = 3  # longest printed or read side of one edit
MIN_COUNT = 2  # an edit seen once is as likely a one-off as a habit of the engine
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


HEADER = """\
# OCR edits learned by scripts/learn_ocr_channel.py from {engine} (--psm 6) reading {texts}
# texts (dev corpus + samples){made} printed and degraded at scripts/scans.py's levels:
# `meant` printed, `seen` read, `count` times, of `of` occurrences of `meant` in the aligned
# words. Regenerate with `python scripts/learn_ocr_channel.py`; statistics only, no text.
"""
MADE = (
    " and {count} texts of English and domain words made for it\n# (scripts/ocr_training_texts.py),"
)


def fold(text: str) -> str:
    """White space, quote and dash styles folded ("--" is a typed dash): the form errors are
    counted in."""
    return re.sub(r"\s+", " ", re.sub(r"-{2,}", "-", text.translate(FOLD))).strip()


def cleaned_texts(paths: Iterable[Path]) -> list[str]:
    texts = []
    for path in paths:
        cleaned = clean_document(path.read_bytes(), path.name)
        if not isinstance(cleaned, Rejection):
            texts.append(cleaned.text)
    return texts


def aligned_words(read: str, printed: str) -> Iterable[tuple[str, str]]:
    """(read word, printed word) pairs of two texts: the words themselves, stripped of the
    punctuation around them, where the alignment pairs one word with one word."""
    a, b = fold(read).split(" "), fold(printed).split(" ")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in ("equal", "replace") or i2 - i1 != j2 - j1:
            continue
        for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
            wx, wy = WORD.search(x), WORD.search(y)
            if wx and wy and not any(c.isdigit() for c in wy.group()):
                yield wx.group(), wy.group()


def word_edits(read: str, printed: str) -> list[tuple[str, str]]:
    """The edits that turn the printed word into the read one: runs of changed characters."""
    return [
        ("".join(p for p, _ in run), "".join(r for _, r in run)) for run in edit_runs(printed, read)
    ]


def learn(pairs: Iterable[tuple[str, str]]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Edit counts and printed-side occurrences over (read, printed) word pairs."""
    edits: Counter[tuple[str, str]] = Counter()
    printed_words: Counter[str] = Counter()
    for read, printed in pairs:
        printed_words[printed] += 1
        if read == printed:
            continue
        found = word_edits(read, printed)
        if len(found) > 2 or any(max(len(m), len(s)) > MAX_SIDE for m, s in found):
            continue  # a misalignment or a word lost wholesale, not confusions
        for meant, seen in found:
            edits[(meant, seen)] += 1
    occurrences: Counter[str] = Counter()
    sides = {meant for meant, _ in edits}
    for word, count in printed_words.items():
        for side in sides:
            if side:
                occurrences[side] += word.count(side) * count
    occurrences[""] = sum((len(w) + 1) * c for w, c in printed_words.items())
    return edits, occurrences


def channel_rows(
    edits: Counter[tuple[str, str]], occurrences: Counter[str]
) -> list[dict[str, str | int]]:
    rows = []
    for (meant, seen), count in sorted(edits.items(), key=lambda item: (-item[1], item[0])):
        if count >= MIN_COUNT and occurrences[meant]:
            rows.append({"meant": meant, "seen": seen, "count": count, "of": occurrences[meant]})
    return rows


def scanned_pairs(texts: list[str]) -> Iterable[tuple[str, str]]:
    for level in scans.LEVELS:
        for read, printed in zip(scans.scan_all(texts, level), texts, strict=True):
            yield from aligned_words(read, printed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "dev-corpus")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--out-scans", type=Path, default=OUT_SCANS)
    args = parser.parse_args()
    if not scans.tesseract_available():
        print("tesseract is not installed: run `make system-deps`", file=sys.stderr)
        return 2
    paths = sorted(args.corpus.glob("*.txt")) + sorted(
        (PROJECT / "samples" / "releases").glob("*.txt")
    )
    texts, made = cleaned_texts(paths), training_texts()
    for out, learned_from, note in (
        (args.out, texts, ""),
        (args.out_scans, texts + made, MADE.format(count=len(made))),
    ):
        rows = channel_rows(*learn(scanned_pairs(learned_from)))
        with out.open("w", encoding="utf-8", newline="") as handle:
            engine = scans.tesseract_version()
            handle.write(HEADER.format(texts=len(paths), made=note, engine=engine))
            writer = csv.DictWriter(
                handle, fieldnames=["meant", "seen", "count", "of"], lineterminator="\n"
            )
            writer.writeheader()
            writer.writerows(rows)
        levels = len(scans.LEVELS)
        print(f"{len(rows)} edits from {len(learned_from)} texts at {levels} levels -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
