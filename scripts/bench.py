"""`make bench`: the real pipeline end to end on synthetic releases, against the floor any
extractor pays, with memory, Prefect's share, reruns and growth. Writes bench/RESULTS.md.

Never a timed test: run it on a quiet machine and read ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import psutil

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from scripts.ocr_noise import add_noise  # noqa: E402
from scripts.synthetic_releases import synthetic_release  # noqa: E402

NOISY_SHARE = 0.15  # releases with OCR noise (6% of words)
HTML_SHARE = 0.10  # releases saved as web pages
FILES_PER_FOLDER = 1000
STAGES = ("read", "decode", "repair", "extract", "parquet", "load", "checks", "publish")

# About ten field regexes: what the cheapest possible extractor runs over every release.
FLOOR_PATTERNS = [
    re.compile(p)
    for p in (
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December) \d{1,2}, (?:19|20)\d\d",
        r"\((?:Nasdaq|NYSE|NASDAQ)\s*:\s*[A-Z]{2,5}\)",
        r"\$\s?\d[\d,.]*\s*(?:million|billion)?",
        r"Phase\s+(?:I{1,3}|IV|[1-4])(?:/I{1,3})?",
        r"\b[A-Z]{2,5}-?\d{2,4}\b",
        r"[\w.+-]+@[\w-]+\.[\w.]+",
        r"https?://\S+|www\.\S+",
        r"\((?:GLOBE NEWSWIRE|BUSINESS WIRE|PRNewswire)\)|/PRNewswire/",
        r"^[A-Z][A-Z .]{2,30},",
        r"\d+(?:\.\d+)?%",
    )
]


def generate(folder: Path, n: int, seed: int) -> int:
    """N synthetic releases of our own under ``folder`` (reused when already there)."""
    marker = folder / ".complete"
    if marker.exists():
        return sum(p.stat().st_size for p in folder.rglob("*.*") if p.is_file())
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    total = 0
    for number in range(n):
        text = synthetic_release(rng)
        if rng.random() < NOISY_SHARE:
            text = add_noise(text, 0.06, seed * 1_000_003 + number)
        sub = folder / f"{number // FILES_PER_FOLDER:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < HTML_SHARE:
            headline, *paragraphs = text.split("\n\n")
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            data = (
                f"<!doctype html><html><head><title>{headline}</title></head><body>"
                f"<nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{body}</article>"
                "</body></html>"
            ).encode()
            path = sub / f"release-{number:06d}.html"
        else:
            data = text.encode("utf-8")
            path = sub / f"release-{number:06d}.txt"
        path.write_bytes(data)
        total += len(data)
    marker.touch()
    return total


def _floor_chunk(paths: list[str]) -> int:
    found = 0
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        for pattern in FLOOR_PATTERNS:
            found += len(pattern.findall(text))
    return found


def floor(folder: Path, workers: int) -> float:
    """Seconds to read, decode and run ten regexes over every file, on all cores."""
    paths = sorted(str(p) for p in folder.rglob("release-*"))
    chunks = [paths[i : i + 500] for i in range(0, len(paths), 500)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        sum(pool.map(_floor_chunk, chunks))
    return time.perf_counter() - started


@dataclass
class Measured:
    wall: float
    peak_rss_mb: float
    returncode: int
    output: str
    run: dict[str, float | None] = field(default_factory=dict)


def measure(command: list[str], env: dict[str, str]) -> Measured:
    """Wall time and peak RSS of the whole process tree of ``command``."""
    started = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as log:  # a pipe nobody reads would block the child
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, text=True
        )
        root = psutil.Process(process.pid)
        peak = 0
        while process.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)
        log.seek(0)
        output = log.read()
    return Measured(time.perf_counter() - started, peak / 2**20, process.returncode, output)


def last_run(warehouse: Path) -> dict[str, float | None]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        columns = ["n_seen", "n_new", "n_unchanged", "n_quarantined", "seconds_total"] + [
            f"seconds_{s}" for s in STAGES
        ]
        row = con.execute(
            f"SELECT {', '.join(columns)} FROM runs WHERE status = 'completed' "
            "ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
    assert row is not None
    return dict(zip(columns, row, strict=True))


def biopress(*args: str) -> list[str]:
    return [str(PROJECT / ".venv" / "bin" / "biopress"), *args]


TRIVIAL_FLOW = "from prefect import flow\n@flow\ndef trivial():\n    return 1\ntrivial()\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="N values, comma-separated")
    parser.add_argument("--out", type=Path, default=PROJECT / "bench" / "RESULTS.md")
    parser.add_argument("--work", type=Path, default=PROJECT / "bench" / "work")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    prefect_home = work / ".prefect"
    prefect_home.mkdir(exist_ok=True)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "CI": "1",  # no progress line
    }
    python = str(PROJECT / ".venv" / "bin" / "python")
    first = measure([python, "-c", TRIVIAL_FLOW], env)
    trivial = measure([python, "-c", TRIVIAL_FLOW], env)
    print(
        f"cold trivial flow: {trivial.wall:.1f} s "
        f"(first ever on this PREFECT_HOME {first.wall:.1f} s)"
    )

    rows = []
    for n in sizes:
        corpus = work / f"corpus-{n}"
        print(f"N={n}: generating ...", flush=True)
        size = generate(corpus, n, seed=n)
        floor_seconds = floor(corpus, args.workers)
        warehouse = work / f"wh-{n}" / "biopress.duckdb"
        shutil.rmtree(warehouse.parent, ignore_errors=True)
        warehouse.parent.mkdir(parents=True)
        run_args = ["run", "--source", str(corpus), "--warehouse", str(warehouse)]
        print(f"N={n}: floor {n / floor_seconds:,.0f} rel/s; running the pipeline ...", flush=True)
        full = measure(biopress(*run_args), env)
        if full.returncode != 0:
            print(full.output)
            return 1
        full.run = last_run(warehouse)
        row = {"n": n, "bytes": size, "floor": floor_seconds, "full": full}
        if n == max(sizes):
            noop = measure(biopress(*run_args), env)
            noop.run = last_run(warehouse)
            extra = corpus.parent / f"new-{n}"
            shutil.rmtree(extra, ignore_errors=True)
            generate(extra, n // 100, seed=n + 1)
            target = corpus / "new"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(extra, target)
            one_percent = measure(biopress(*run_args), env)
            one_percent.run = last_run(warehouse)
            shutil.rmtree(target)
            row.update(noop=noop, one_percent=one_percent)
        rows.append(row)
        print(
            f"N={n}: {n / full.wall:,.0f} rel/s in {full.wall:.1f} s, "
            f"peak {full.peak_rss_mb:,.0f} MB",
            flush=True,
        )
    report = render(rows, trivial, first, args.workers)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


def _commit() -> str:
    """ ", commit abc1234" for the checked-out commit ("+ changes" if the tree is dirty)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=PROJECT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return ""  # no git: a release tarball
    if head.returncode != 0:
        return ""
    return f", commit {head.stdout.strip()}" + (" + changes" if dirty.stdout.strip() else "")


def render(rows: list[dict], trivial: Measured, first: Measured, workers: int) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = cpu
    memory = psutil.virtual_memory().total / 2**30
    out = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} by `make bench` (scripts/bench.py{_commit()}) "
        f"on {model}, "
        f"{workers} cores usable, {memory:.0f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        "",
        f"Synthetic releases of our own: varied companies, six dateline styles, amounts, codes, "
        f"phases, quotes, About and safe-harbour boilerplate; {NOISY_SHARE:.0%} with OCR noise "
        f"(6% of words), {HTML_SHARE:.0%} as HTML pages. Each N runs `biopress run` cold (a new "
        "process) into a fresh warehouse, with the default task runner (a process per core). "
        "The floor reads every file, decodes it and runs ten field regexes over it on all cores.",
        "",
        "| N | MB | pipeline rel/s | MB/s | wall s | floor rel/s | pipeline / floor "
        "| peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        n, full = row["n"], row["full"]
        out.append(
            f"| {n:,} | {row['bytes'] / 1e6:,.1f} | {n / full.wall:,.0f} | "
            f"{row['bytes'] / 1e6 / full.wall:,.2f} | {full.wall:,.1f} | "
            f"{n / row['floor']:,.0f} | {row['floor'] / full.wall:.1%} | {full.peak_rss_mb:,.0f} |"
        )
    out += [
        "",
        "## Where the time goes",
        "",
        "Per stage, from the `runs` ledger. read, decode, repair, extract and parquet are summed "
        f"over batches running on {workers} workers; load, checks and publish are wall time. "
        "Outside the flow: process start, imports, Prefect's local server and flow start-up.",
        "",
        "| N | " + " | ".join(STAGES) + " | flow wall | outside the flow | Prefect's share |",
        "|---:|" + "---:|" * (len(STAGES) + 3),
    ]
    for row in rows:
        full = row["full"]
        run = full.run
        flow_wall = run["seconds_total"] or 0.0
        outside = full.wall - flow_wall
        ours = sum(run[f"seconds_{s}"] or 0.0 for s in STAGES[:5]) / workers + sum(
            run[f"seconds_{s}"] or 0.0 for s in STAGES[5:]
        )
        prefect = max(0.0, full.wall - ours)
        out.append(
            f"| {row['n']:,} | "
            + " | ".join(f"{run[f'seconds_{s}'] or 0.0:,.1f}" for s in STAGES)
            + f" | {flow_wall:,.1f} | {outside:,.1f} | {prefect / full.wall:.0%} |"
        )
    out += [
        "",
        "Prefect's share counts everything that is not our stages' work spread over the workers: "
        "process and server start-up, task orchestration, and workers waiting for one another.",
        "",
        "## Reruns and growth",
        "",
        f"- Cold trivial Prefect flow (new process, existing PREFECT_HOME): {trivial.wall:.1f} s "
        "(the very first flow on a new PREFECT_HOME builds Prefect's database: "
        f"{first.wall:.1f} s).",
    ]
    biggest = rows[-1]
    if "noop" in biggest:
        noop, one = biggest["noop"], biggest["one_percent"]
        out += [
            f"- No-op nightly rerun over the {biggest['n']:,}-release warehouse: {noop.wall:.1f} s "
            f"= {noop.wall / trivial.wall:.2f}x the trivial flow (bar: at most 1.5x); "
            f"peak {noop.peak_rss_mb:,.0f} MB.",
            f"- Rerun with 1% new releases ({biggest['n'] // 100:,}): {one.wall:.1f} s = "
            f"{one.wall / noop.wall:.2f}x the no-op (bar: at most 2x).",
        ]
    by_n = {row["n"]: row["full"].wall for row in rows}
    if 10_000 in by_n and 100_000 in by_n:
        out.append(
            f"- Growth: time(100k) / time(10k) = {by_n[100_000] / by_n[10_000]:.1f} "
            "(bar: at most 11)."
        )
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
