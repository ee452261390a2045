"""Repair and extraction scored on real OCR: tesseract's reading of printed, degraded releases.

Part of ``make eval-ocr`` (scripts/eval_ocr.py). The texts are the dev corpus and the bundled
samples, cleaned as the pipeline cleans them; each is printed and scanned at the graded levels of
scripts/scans.py. The error model the repair uses is learned from tesseract output
(scripts/learn_ocr_channel.py); here it is cross-fitted: the releases of one company half (the
split of scripts/evaluate.py) are repaired with a model learned on the other half only, so no
text is repaired with statistics of its own scan.

Reported per level: the raw character and word error rates (so a level means something), the share
of character errors the repair removes, per half; what the scan rules change in the releases as
published (every change counted as damage, though some mend the publisher's own typos); and
extraction micro-F1 on the scans against the same gold answers as on clean text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from scripts import scans
from scripts.evaluate import Score, expected_values, gold_pairs, half_of, predicted_values
from scripts.learn_ocr_channel import channel_rows, fold, learn, scanned_pairs
from scripts.ocr_training_texts import training_texts
from transform import clean_document, extract_release
from transform.decode import Rejection
from transform.normalize import normalize_text
from transform.repair import SCAN_ONLY_RULES, repair_text
from transform.repair.channel import LITERATURE, Channel, literature_confusions, using_channel

# Bars of the repair issue: errors removed at each level, damage, fields kept on medium scans.
REMOVAL_BARS = {"light": 0.70, "medium": 0.60, "heavy": 0.45}
DAMAGE_BAR = 0.0001
FIELDS_KEPT_BAR = 0.85


@dataclass
class Release:
    slug: str
    half: str
    text: str  # the clean text, as the pipeline reads the original
    gold: dict[str, Any]


def releases(corpus: Path) -> list[Release]:
    found = []
    for text_path, gold_path in gold_pairs([corpus] if corpus.is_dir() else [], True):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        slug = gold.get("slug", text_path.stem)
        cleaned = clean_document(text_path.read_bytes(), text_path.name)
        if not isinstance(cleaned, Rejection):
            found.append(Release(slug, half_of(slug), cleaned.text, gold))
    return found


def item_paths(corpus: Path) -> list[Path]:
    return [text for text, _ in gold_pairs([corpus] if corpus.is_dir() else [], True)]


def scan_rule_changes(path: Path) -> int:
    """Characters the scan-only rules change in a release as published."""
    cleaned = clean_document(path.read_bytes(), path.name)
    if isinstance(cleaned, Rejection):
        return 0
    return sum(
        Levenshtein.distance(c.original, c.corrected)
        for c in cleaned.corrections
        if c.rule in SCAN_ONLY_RULES
    )


def _channel(pairs: list[tuple[str, str]]) -> Channel:
    """The error model learned from aligned (read, printed) words, as learn_ocr_channel.py
    learns the shipped ones."""
    rows = channel_rows(*learn(pairs))
    learned = Channel.from_counts((r["meant"], r["seen"], r["count"], r["of"]) for r in rows)
    return learned.with_prior(literature_confusions(), LITERATURE)


@cache
def _made_pairs() -> tuple[tuple[str, str], ...]:
    """The aligned words of the texts ocr_training_texts.py makes, read once per run."""
    return tuple(scanned_pairs(training_texts()))


@lru_cache(maxsize=2)
def _held_out_channels(others: tuple[str, ...]) -> tuple[Channel, Channel]:
    """The models learned on one half: for any text, and for scans (with the made texts)."""
    pairs = list(scanned_pairs(list(others)))
    return _channel(pairs), _channel(pairs + list(_made_pairs()))


@contextmanager
def held_out(items: list[Release], half: str) -> Iterator[list[Release]]:
    """The releases of ``half``, repaired with the models learned on the other half."""
    with using_channel(*_held_out_channels(tuple(r.text for r in items if r.half != half))):
        yield [r for r in items if r.half == half]


def errors(candidate: str, reference: str) -> tuple[int, int]:
    """Character and word edit distances, after folding white space, quotes and dashes."""
    a, b = fold(candidate), fold(reference)
    return Levenshtein.distance(a, b), Levenshtein.distance(a.split(" "), b.split(" "))


def fields_f1(items: list[Release], read: dict[str, str] | None) -> float:
    """Extraction micro-F1 over ``items`` from the scans ``read`` (slug -> OCR text; None: the
    clean texts), each half repaired with the model learned on the other."""
    pooled = Score()
    for half in "AB":
        with held_out(items, half) as part:
            for item in part:
                text = read[item.slug] if read else item.text
                cleaned = clean_document(text.encode("utf-8"), f"{item.slug}.txt")
                predicted: dict[str, Counter[Any]] = {}
                if not isinstance(cleaned, Rejection):
                    extraction = extract_release(
                        cleaned.text, "eval", "file:///scan", cleaned.corrections
                    )
                    predicted = predicted_values(extraction)
                for name, expected in expected_values(item.gold).items():
                    pooled.add(item.slug, predicted.get(name, Counter()), expected)
    return pooled.f1


def report(corpus: Path) -> bool:
    """Print the real-OCR figures; True when every bar is met."""
    items = releases(corpus)
    chars = sum(len(fold(r.text)) for r in items)
    words = sum(len(fold(r.text).split(" ")) for r in items)
    print(
        f"\nReal OCR: {len(items)} releases (dev corpus + samples, {chars:,} characters) printed, "
        f"degraded and read by {scans.tesseract_version()} (--psm 6); repair cross-fitted by "
        "company half"
    )
    print(
        f"{'level':>7} {'raw CER':>8} {'raw WER':>8} {'CER after':>10} {'removed':>8}  "
        f"{'half A':>7} {'half B':>7}  bar"
    )
    ok = True
    read_by_level: dict[str, dict[str, str]] = {}
    for level in scans.LEVELS:
        scanned = scans.scan_all([r.text for r in items], level)
        read = {r.slug: text for r, text in zip(items, scanned, strict=True)}
        read_by_level[level.name] = read
        before = Counter[str]()
        after = Counter[str]()
        raw_words = 0
        for half in "AB":
            with held_out(items, half) as part:
                for item in part:
                    raw_chars, wrong_words = errors(read[item.slug], item.text)
                    repaired = repair_text(normalize_text(read[item.slug])).text
                    before[half] += raw_chars
                    after[half] += errors(repaired, item.text)[0]
                    raw_words += wrong_words
        removed = {h: 1 - after[h] / before[h] if before[h] else 1.0 for h in "AB"}
        total = 1 - sum(after.values()) / sum(before.values())
        bar = REMOVAL_BARS[level.name]
        ok &= total >= bar
        print(
            f"{level.name:>7} {sum(before.values()) / chars:>8.2%} {raw_words / words:>8.1%} "
            f"{sum(after.values()) / chars:>10.2%} {total:>8.1%}  {removed['A']:>7.1%} "
            f"{removed['B']:>7.1%}  >= {bar:.0%} {'ok' if total >= bar else 'BELOW'}"
        )
    changed = sum(scan_rule_changes(path) for path in item_paths(corpus))
    damage = changed / chars
    ok &= damage <= DAMAGE_BAR
    print(
        f"changed by the scan rules in the published releases: {changed} characters, "
        f"{damage:.4%} (bar <= {DAMAGE_BAR:.2%}: {'ok' if damage <= DAMAGE_BAR else 'BELOW'})"
    )
    clean_f1 = fields_f1(items, None)
    kept = 0.0
    print(f"\nextraction micro-F1 on the same releases: clean {clean_f1:.2f}", end="")
    for level in scans.LEVELS:
        f1 = fields_f1(items, read_by_level[level.name])
        print(f", {level.name} {f1:.2f} ({f1 / clean_f1:.0%})", end="")
        if level.name == "medium":
            kept = f1 / clean_f1
    ok &= kept >= FIELDS_KEPT_BAR
    print(
        f"\n  medium keeps {kept:.0%} of clean F1 (bar >= {FIELDS_KEPT_BAR:.0%}: "
        f"{'ok' if kept >= FIELDS_KEPT_BAR else 'BELOW'})"
    )
    return ok
