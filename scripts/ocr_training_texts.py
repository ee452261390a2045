"""Texts of English words, made only to teach the repair's error model for scans how tesseract
misreads letters: each is printed, degraded and read like a release (scripts/scans.py), and only
the confusions counted in it are kept (scripts/learn_ocr_channel.py). Words are drawn by
frequency from pyspellchecker's English list and the domain's own vocabularies (lexicon names,
ICD-10-CM's disease words), in sentences with capitals, commas and periods, so letters are seen
in the contexts a release prints them in. Never a release's text: the held-out evaluation
(scripts/eval_real_ocr.py) scores the dev corpus, which these never copy."""

from __future__ import annotations

import random
from functools import cache

from transform.repair.vocabulary import lexicon, word_counts

TEXTS = 360  # texts made
WORDS_PER_TEXT = 320
COMMONEST = 40_000  # English words drawn from, commonest first
FLATTEN = 0.7  # a word is drawn by its count to this power: rarer words are seen too
DOMAIN_SHARE = 0.15  # of the words, drawn from the domain's vocabularies
SENTENCE_WORDS = (8, 22)
COMMA, CAPITAL = 0.08, 0.1  # a word's chance of a comma after it, of a capital
SEED = 20261205


@cache
def _vocabulary() -> tuple[list[str], list[float], list[str]]:
    counts = word_counts()
    english = sorted(
        (w for w in counts if w.isalpha() and w.isascii() and len(w) > 1),
        key=counts.__getitem__,
        reverse=True,
    )[:COMMONEST]
    weights = [counts[w] ** FLATTEN for w in english]
    domain = sorted(t for t in lexicon().common if t.isalpha() and t.isascii())
    return english, weights, domain


def training_texts(count: int = TEXTS, seed: int = SEED) -> list[str]:
    """``count`` texts of sentences of English and domain words, the same for a seed."""
    english, weights, domain = _vocabulary()
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [
            rng.choice(domain) if rng.random() < DOMAIN_SHARE else word
            for word in rng.choices(english, weights, k=WORDS_PER_TEXT)
        ]
        sentences, at = [], 0
        while at < len(words):
            length = rng.randint(*SENTENCE_WORDS)
            sentence = words[at : at + length]
            at += length
            sentence[0] = sentence[0].capitalize()
            for i in range(1, len(sentence) - 1):
                if rng.random() < COMMA:
                    sentence[i] += ","
                elif rng.random() < CAPITAL:
                    sentence[i] = sentence[i].capitalize()
            sentences.append(" ".join(sentence) + ".")
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        texts.append("\n\n".join(paragraphs) + "\n")
    return texts
