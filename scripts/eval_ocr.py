"""Score noise repair: character error rate before and after, on real OCR, on synthetic noise,
and damage.

Usage: python scripts/eval_ocr.py [--texts N] [--seed S] [--corpus DIR] [--show N]

Real OCR (scripts/eval_real_ocr.py): the dev corpus and the samples printed, degraded at three
levels and read by tesseract; needs `make system-deps`. Synthetic noise: clean texts are the
clean seed releases and synthetic releases of our own; the noise simulator
(scripts/ocr_noise.py) damages 2%, 6% and 12% of their words. CER is the edit distance to the
clean text over its length, with white space folded on both sides. Damage is the CER that repair
adds to clean text. Bars from the repair issue are printed beside each figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.eval_real_ocr import report as real_ocr_report
from scripts.ocr_noise import add_noise
from scripts.scans import tesseract_available
from scripts.synthetic_releases import synthetic_release
from transform import extract_release
from transform.normalize import normalize_text
from transform.repair import repair_text

PROJECT = Path(__file__).resolve().parent.parent
CLEAN_SEEDS = ("000_0525e066f43c407d", "001_3508fe8e9e12d0a8")
NOISY_SEED = "003_9f871a6aebde5742"
RATES = ((0.02, 0.90), (0.06, 0.90), (0.12, 0.75))  # (share of words damaged, errors to remove)
DAMAGE_BAR = 0.0001
SEED_2011_REPAIR = PROJECT / "samples" / "gold" / f"{NOISY_SEED}.repair.json"


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(candidate: str, reference: str) -> tuple[int, int]:
    reference = fold(reference)
    return Levenshtein.distance(fold(candidate), reference), len(reference)


def clean_texts(count: int, seed: int) -> list[str]:
    seeds = [
        (PROJECT / "samples" / "releases" / f"{name}.txt").read_text(encoding="utf-8")
        for name in CLEAN_SEEDS
    ]
    rng = random.Random(seed)
    return [normalize_text(t) for t in seeds + [synthetic_release(rng) for _ in range(count)]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=60, help="synthetic releases (default 60)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="print N residual differences per noise rate",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=PROJECT.parent / "shared" / "dev-corpus",
        help="releases with gold answers to scan (default ../shared/dev-corpus)",
    )
    args = parser.parse_args()
    if not tesseract_available():
        print("tesseract is not installed: run `make system-deps`", file=sys.stderr)
        return 2
    texts = clean_texts(args.texts, args.seed)
    chars = sum(len(fold(t)) for t in texts)
    print(
        f"{len(texts)} clean texts ({chars:,} characters): 2 clean seeds + {args.texts} "
        "synthetic releases\n"
    )
    print(f"{'noise':>6} {'CER before':>11} {'CER after':>10} {'removed':>8}  bar")
    failed = False
    for rate, bar in RATES:
        before = after = 0
        shown = 0
        for index, clean in enumerate(texts):
            noisy = add_noise(clean, rate, seed=args.seed * 1000 + index)
            repaired = repair_text(normalize_text(noisy)).text
            before += cer(noisy, clean)[0]
            errors = cer(repaired, clean)[0]
            after += errors
            if errors and shown < args.show:
                shown += 1
                _show_residue(repaired, clean)
        removed = 1 - after / before if before else 1.0
        failed |= removed < bar
        print(
            f"{rate:>6.0%} {before / chars:>11.3%} {after / chars:>10.3%} {removed:>8.1%}  "
            f">= {bar:.0%} {'ok' if removed >= bar else 'BELOW'}"
        )
    damage = sum(cer(repair_text(t).text, t)[0] for t in texts) / chars
    failed |= damage >= DAMAGE_BAR
    print(
        f"\ndamage on clean text: {damage:.4%} CER (bar < {DAMAGE_BAR:.2%}: "
        f"{'ok' if damage < DAMAGE_BAR else 'BELOW'})"
    )

    raw = (PROJECT / "samples" / "releases" / f"{NOISY_SEED}.txt").read_text(encoding="utf-8")
    repaired_seed = fold(repair_text(normalize_text(raw)).text)
    check = json.loads(SEED_2011_REPAIR.read_text(encoding="utf-8"))
    missing = [s for s in check["expected"] if s not in repaired_seed]
    left = [s for s in check["noise"] if s in repaired_seed]
    failed |= bool(missing or left)
    print(
        f"2011 seed: {len(check['expected']) - len(missing)}/{len(check['expected'])} "
        f"expected strings exact; noise left: {left or 'none'}; missing: {missing or 'none'}"
    )

    # warm first: the vocabularies' cache is built (seconds) on a run after a rules change
    extract_release(repair_text(texts[0]).text, "d", "file:///x")
    started = time.perf_counter()
    repaired_texts = [repair_text(t).text for t in texts]
    repair_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in repaired_texts:
        extract_release(text, "d", "file:///x")
    extract_seconds = time.perf_counter() - started
    print(
        f"\nthroughput on one core: repair {len(texts) / repair_seconds:,.0f} releases/s, "
        f"extraction {len(texts) / extract_seconds:,.0f} releases/s"
    )
    failed |= not real_ocr_report(args.corpus)
    return 1 if failed else 0


def _show_residue(repaired: str, clean: str) -> None:
    a, b = fold(repaired).split(" "), fold(clean).split(" ")
    import difflib

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag != "equal":
            print(f"    got {' '.join(a[i1:i2])!r} want {' '.join(b[j1:j2])!r}")


if __name__ == "__main__":
    sys.exit(main())
