"""Score extraction against hand-checked gold answers: precision, recall and F1 per field.

Usage: python scripts/evaluate.py --corpus ../shared/dev-corpus [--samples] [--misses N]

A corpus folder holds `<slug>.txt` beside `<slug>.gold.json` (format: the corpus README).
`--samples` adds the bundled seed releases (samples/releases with samples/gold). The texts
go through the same transform code as the nightly flow's batch task.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transform import clean_document, extract_release
from transform.decode import Rejection
from transform.records import Extraction

PROJECT = Path(__file__).resolve().parent.parent
# The extraction issue's bar: every field reaches F1 0.85 on the dev corpus, and the two company
# halves are within HALVES_WITHIN of each other.
FIELDS = (
    "published",
    "dateline_city",
    "dateline_region",
    "wire",
    "issuer",
    "headline",
    "tickers",
    "money_amounts",
    "money_kinds",
    "phases",
    "organizations",
    "people",
    "titles",
    "compounds",
    "indications",
    "events",
)
BARS = dict.fromkeys(FIELDS, 0.85)
SINGLE_VALUED = ("published", "dateline_city", "dateline_region", "wire", "issuer", "headline")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)

    def add(self, slug: str, predicted: Counter[Any], expected: Counter[Any]) -> None:
        self.slugs.add(slug)
        hits = predicted & expected
        self.tp += sum(hits.values())
        spurious, missing = predicted - hits, expected - hits
        self.fp += sum(spurious.values())
        self.fn += sum(missing.values())
        if spurious or missing:
            self.misses.append(
                f"{slug}: missing {sorted(missing.elements(), key=str)} "
                f"spurious {sorted(spurious.elements(), key=str)}"
            )

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def predicted_values(extraction: Extraction) -> dict[str, Counter[Any]]:
    release = extraction.release
    single = {
        # the gold records no date where no year is printed; a guessed year is in guessed_date
        "published": release.published_date.isoformat() if release.published_date else None,
        "dateline_city": release.dateline_city,
        "dateline_region": release.dateline_region,
        "wire": release.wire,
        "issuer": release.issuer,
        "headline": release.headline,
    }
    values: dict[str, Counter[Any]] = {
        name: Counter([value] if value is not None else []) for name, value in single.items()
    }
    values["tickers"] = Counter({(t.exchange.casefold(), t.symbol) for t in extraction.tickers})
    # the gold lists an amount once however often it is printed: restatements are not new money
    dollars = [(m.amount_usd, m.kind) for m in extraction.money if not m.restated]
    values["money_amounts"] = Counter(round(usd, 2) for usd, _ in dollars if usd is not None)
    values["money_kinds"] = Counter(
        (round(usd, 2), kind) for usd, kind in dollars if usd is not None
    )
    values["phases"] = Counter({p.phase for p in extraction.phases})
    values["organizations"] = Counter({o.name for o in extraction.organizations})
    values["people"] = Counter({p.name for p in extraction.people})
    values["titles"] = Counter({(p.name, p.title) for p in extraction.people})
    values["compounds"] = Counter({c.name for c in extraction.compounds})
    values["indications"] = Counter({i.name.casefold() for i in extraction.indications})
    values["events"] = Counter({e.event_type for e in extraction.events if e.announced})
    return values


def expected_values(gold: dict[str, Any]) -> dict[str, Counter[Any]]:
    values: dict[str, Counter[Any]] = {
        name: Counter([gold[name]] if gold.get(name) is not None else []) for name in SINGLE_VALUED
    }
    values["tickers"] = Counter({(t["exchange"].casefold(), t["symbol"]) for t in gold["tickers"]})
    values["money_amounts"] = Counter(round(m["amount_usd"], 2) for m in gold["money"])
    values["money_kinds"] = Counter((round(m["amount_usd"], 2), m["kind"]) for m in gold["money"])
    values["phases"] = Counter(set(gold["phases"]))
    values["organizations"] = Counter(set(gold["organizations"]))
    values["people"] = Counter({p["name"] for p in gold["people"]})
    values["titles"] = Counter({(p["name"], p["title"]) for p in gold["people"]})
    values["compounds"] = Counter(set(gold["compounds"]))
    values["indications"] = Counter({name.casefold() for name in gold["indications"]})
    values["events"] = Counter(set(gold["events"]))
    return values


def gold_pairs(corpora: list[Path], with_samples: bool) -> list[tuple[Path, Path]]:
    pairs = []
    for corpus in corpora:
        for gold in sorted(corpus.glob("*.gold.json")):
            pairs.append((corpus / gold.name.replace(".gold.json", ".txt"), gold))
    if with_samples:
        for gold in sorted((PROJECT / "samples" / "gold").glob("*.gold.json")):
            text = PROJECT / "samples" / "releases" / gold.name.replace(".gold.json", ".txt")
            pairs.append((text, gold))
    return pairs


SLUG_DATE = re.compile(r"-(?:(?:19|20)\d\d-\d\d-\d\d|undated)-")
HALVES_WITHIN = 0.05  # a rule that lifts one half of the companies and not the other is fitted


def company_of(slug: str) -> str:
    """The company a dev release is from: its slug before the date ("immunogen-2011-...")."""
    return SLUG_DATE.split(slug, maxsplit=1)[0]


def half_of(slug: str) -> str:
    """A or B: a fixed split of the companies (by a hash of the name), the same every run, so
    that rules written on one half can be checked on the other."""
    return "AB"[int(hashlib.sha256(company_of(slug).encode()).hexdigest(), 16) % 2]


def evaluate(
    pairs: list[tuple[Path, Path]],
) -> tuple[dict[str, Score], dict[str, dict[str, Score]], list[str]]:
    """Scores per field over all releases and per company half, and the quarantined ones."""
    scores: dict[str, Score] = {}
    halves: dict[str, dict[str, Score]] = {"A": {}, "B": {}}
    rejected = []
    for text_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        slug = gold.get("slug", text_path.stem)
        cleaned = clean_document(text_path.read_bytes(), text_path.name)
        if isinstance(cleaned, Rejection):
            rejected.append(f"{slug}: quarantined as {cleaned.reason}: {cleaned.detail}")
            predicted: dict[str, Counter[Any]] = {}
        else:
            extraction = extract_release(
                cleaned.text, "eval", text_path.resolve().as_uri(), cleaned.corrections
            )
            predicted = predicted_values(extraction)
        for name, expected in expected_values(gold).items():
            found = predicted.get(name, Counter())
            scores.setdefault(name, Score()).add(slug, found, expected)
            halves[half_of(slug)].setdefault(name, Score()).add(slug, found, expected)
    for table in (scores, *halves.values()):
        table["micro"] = micro(table)
    return scores, halves, rejected


def micro(scores: dict[str, Score]) -> Score:
    """Every field's values pooled: the micro-averaged score."""
    pooled = Score()
    for name, score in scores.items():
        if name != "micro":
            pooled.tp += score.tp
            pooled.fp += score.fp
            pooled.fn += score.fn
    return pooled


def report(
    scores: dict[str, Score],
    halves: dict[str, dict[str, Score]],
    rejected: list[str],
    n_docs: int,
    n_misses: int,
) -> str:
    lines = [
        f"{n_docs} releases scored",
        "",
        f"{'field':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}  bar",
    ]
    for name, score in scores.items():
        bar = BARS.get(name)
        verdict = "" if bar is None else f"{bar:.2f} {'ok' if score.f1 >= bar else 'BELOW'}"
        lines.append(
            f"{name:<16}{score.tp:>5}{score.fp:>5}{score.fn:>5}{score.precision:>7.2f}"
            f"{score.recall:>7.2f}{score.f1:>7.2f}  {verdict}"
        )
    sizes = {h: len({slug for s in t.values() for slug in s.slugs}) for h, t in halves.items()}
    lines += [
        "",
        f"by company half (F1; A: {sizes['A']} releases, B: {sizes['B']}; halves fixed by a hash "
        "of the company; tune on one, check the other):",
        f"{'field':<16}{'A':>7}{'B':>7}{'diff':>7}",
    ]
    for name in scores:
        a, b = halves["A"].get(name, Score()).f1, halves["B"].get(name, Score()).f1
        flag = "  apart" if abs(a - b) > HALVES_WITHIN else ""
        lines.append(f"{name:<16}{a:>7.2f}{b:>7.2f}{a - b:>+7.2f}{flag}")
    if rejected:
        lines += ["", "quarantined (scored as extracting nothing):", *rejected]
    if n_misses:
        lines += ["", f"misses (up to {n_misses} per field):"]
        for name, score in scores.items():
            lines.extend(f"  [{name}] {miss}" for miss in score.misses[:n_misses])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="folder of <slug>.txt and <slug>.gold.json; repeat for several",
    )
    parser.add_argument("--samples", action="store_true", help="also score the bundled seeds")
    parser.add_argument(
        "--misses",
        type=int,
        default=3,
        metavar="N",
        help="misses to print per field (default 3; 0 for none)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON")
    args = parser.parse_args()
    missing = [str(c) for c in args.corpus if not c.is_dir()]
    if missing:
        print(f"evaluate: no such corpus folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    pairs = gold_pairs(args.corpus, args.samples)
    scores, halves, rejected = evaluate(pairs)
    print(report(scores, halves, rejected, len(pairs), args.misses))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    name: {
                        "tp": s.tp,
                        "fp": s.fp,
                        "fn": s.fn,
                        "precision": s.precision,
                        "recall": s.recall,
                        "f1": s.f1,
                    }
                    for name, s in scores.items()
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
