"""One bad document never ends the run: hostile inputs this file writes itself are quarantined
with a reason, and the documents beside them load."""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.batches import BatchResult, BatchSettings, read_transform_batch
from flows.runners import _POOL, run_batch_in_workers
from load.layout import WarehouseLayout
from load.warehouse import snapshot_known_documents
from tests.conftest import SAMPLES, SEED_2011
from tests.helpers import CP1252_RELEASE
from transform import extractor_version
from transform.decode import decode_document
from transform.document import DocumentMeta, process_document
from transform.limits import MAX_CURRENCY_AMOUNTS, MAX_HTML_DEPTH, MAX_LINES, html_depth

LEAD = "BOSTON, Mass., May 2, 2019 -- Acme Bio, Inc. announced Phase II data today.\n"


def _meta(name: str, raw: bytes) -> DocumentMeta:
    return DocumentMeta("d" * 64, f"file:///{name}", name, dt.datetime(2026, 1, 1), name, len(raw))


def _outcome(name: str, raw: bytes) -> tuple[str | None, str]:
    outcome = process_document(raw, _meta(name, raw), 10_000_000)
    if outcome.quarantined is None:
        return None, ""
    return outcome.quarantined.reason, outcome.quarantined.detail


@pytest.mark.parametrize("label", ["rot13", "base64", "zlib", "hex", "uu", "bz2", "quopri"])
def test_charset_labels_that_name_no_text_encoding_are_ignored(label):
    page = f'<html><head><meta charset="{label}"></head><body><p>{CP1252_RELEASE}</p></body>'
    decoded = decode_document(page.encode(), "page.html", f"text/html; charset={label}")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Acme Bio Starts Phase II Trial of AB-101")


def test_deeply_nested_html_is_too_complex_not_a_crash():
    page = "<html><body>" + "<div>" * 200_000 + LEAD + "</div>" * 200_000 + "</body></html>"
    assert _outcome("nested.html", page.encode()) == (
        "too_complex",
        f"HTML nested more than {MAX_HTML_DEPTH} elements deep",
    )


def test_html_depth_ignores_elements_whose_end_tag_may_be_left_out():
    page = "<html><body><table>" + "<tr><td><p>cell" * 2000 + "</table></body></html>"
    assert html_depth(page.encode()) == 1
    assert html_depth(b"<div><span><b>x</b></span><div><i>y</i></div></div>") == 3


def test_a_million_short_lines_are_too_complex():
    text = LEAD + "".join(f"Ph {i % 10}\n" for i in range(1_000_000))  # 6 MB
    reason, detail = _outcome("lines.txt", text.encode())
    assert reason == "too_complex"
    assert detail == f"{len(text):,} characters of text; the limit is 2,000,000"
    lines = LEAD + "Phase II\n" * (MAX_LINES + 5)
    assert _outcome("lines.txt", lines.encode()) == (
        "too_complex",
        f"{MAX_LINES + 6:,} lines; the limit is {MAX_LINES:,}",
    )


def test_a_text_of_thousands_of_amounts_is_too_complex():
    text = LEAD + "Alpha will receive Beta will pay $1 million milestone " * (
        MAX_CURRENCY_AMOUNTS + 1
    )
    assert _outcome("amounts.txt", text.encode()) == (
        "too_complex",
        f"{MAX_CURRENCY_AMOUNTS + 1:,} currency amounts; the limit is {MAX_CURRENCY_AMOUNTS:,}",
    )


def test_many_lines_without_sentence_ends_take_linear_time():
    # 20,000 phase mentions with no sentence end took 50 s when every mention's sentence ran
    # to the end of the text; bounded sentence windows make it a few seconds at most.
    # (words of English among them, or the text is quarantined as not English before extraction)
    text = LEAD + "".join(f"Phase II of the {i}\n" for i in range(MAX_LINES - 10))
    raw = text.encode()
    started = dt.datetime.now()
    assert _outcome("phases.txt", raw)[0] is None
    assert (dt.datetime.now() - started).total_seconds() < 20


def test_a_page_that_says_also_announced_without_end_stays_linear():
    # 20,000 "also announced" in one run-on sentence took 126 s when each read the sentence's
    # events again; each sentence is read once, and only the first few
    text = LEAD + "\n\n" + "Acme also announced that " * 20_000
    started = dt.datetime.now()
    assert _outcome("also.txt", text.encode())[0] is None
    assert (dt.datetime.now() - started).total_seconds() < 20


def test_a_page_of_given_names_on_one_line_stays_linear():
    # 50,000 given names on one line ran for minutes when each candidate read its whole line
    # for a message board's header; a name's line is read 200 characters either side
    text = LEAD + "\n\nAcme Inc. said " + "Mary Anne of " * 25_000
    started = dt.datetime.now()
    assert _outcome("names.txt", text.encode())[0] is None
    assert (dt.datetime.now() - started).total_seconds() < 30


def test_an_error_in_one_document_is_quarantined_with_where_it_happened(monkeypatch):
    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("transform.document.extract_release", broken)
    raw = (SAMPLES / f"{SEED_2011}.txt").read_bytes()
    reason, detail = _outcome("seed.txt", raw)
    assert reason == "processing_failed"
    assert detail.startswith("extraction: RecursionError at test_hostile_documents.py:")
    assert detail.endswith("in broken: maximum recursion depth exceeded")


def _settings(tmp_path: Path, **limits) -> BatchSettings:
    layout = WarehouseLayout(tmp_path / "wh" / "biopress.duckdb")
    snapshot = snapshot_known_documents(layout.database, layout.state_snapshot("r1"))
    return BatchSettings(
        layout.archive_dir,
        snapshot,
        extractor_version(),
        layout.run_dir("r1"),
        "r1",
        10_000_000,
        [str(tmp_path / "in")],
        **limits,
    )


def _quarantine_rows(run: BatchSettings) -> dict[str, tuple[str, str]]:
    rows = {}
    for path in run.run_dir.glob("quarantine/*.parquet"):
        for row in pq.read_table(path).to_pylist():
            rows[Path(row["source_uri"]).name] = (row["reason"], row["detail"])
    return rows


def _loaded(run: BatchSettings) -> set[str]:
    return {
        Path(row["source_uri"]).name
        for path in run.run_dir.glob("documents/*.parquet")
        for row in pq.read_table(path).to_pylist()
        if row["status"] == "loaded"
    }


def test_a_document_past_its_time_limit_is_quarantined_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-seed.txt").write_bytes((SAMPLES / f"{SEED_2011}.txt").read_bytes())
    words = ["Acme", "Bio", "Inc.", "Phase", "II", "$5", "million", "milestone", "Pfizer", "the"]
    rng = random.Random(7)
    slow = LEAD + "\n" + " ".join(rng.choice(words) for _ in range(12_000))
    (folder / "b-slow.txt").write_text(slow)
    read_transform_batch([str(folder / "a-seed.txt")], "warm-up", _settings(tmp_path / "warm"))

    run = _settings(tmp_path, max_document_seconds=1.0)
    started = dt.datetime.now()
    result = read_transform_batch(sorted(str(p) for p in folder.iterdir()), "batch-0", run)
    assert (dt.datetime.now() - started).total_seconds() < 10
    assert result.n_processed == 2
    assert _quarantine_rows(run) == {
        "b-slow.txt": ("timed_out", "stopped after 1 s; the limit per document")
    }
    assert _loaded(run) == {"a-seed.txt"}


def test_a_documents_time_limit_spans_its_cleaning_and_its_extraction(tmp_path, monkeypatch):
    # a batch cleans its documents before it extracts them: the extraction has only what the
    # cleaning left of the document's limit (0.6 s + 0.6 s is past a limit of 1 s)
    import transform.document as document

    def slowed(real):
        def run(*args, **kwargs):
            if "Slow" in str(args[:2]):
                time.sleep(0.6)
            return real(*args, **kwargs)

        return run

    monkeypatch.setattr(document, "clean_document", slowed(document.clean_document))
    monkeypatch.setattr(document, "extract_release", slowed(document.extract_release))
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (SAMPLES / f"{SEED_2011}.txt").read_bytes()
    (folder / "a-seed.txt").write_bytes(seed)
    (folder / "b-Slow.txt").write_bytes(seed.replace(b"Amgen", b"Slow"))
    run = _settings(tmp_path, max_document_seconds=1.0)
    result = read_transform_batch(sorted(str(p) for p in folder.iterdir()), "batch-0", run)
    assert result.n_processed == 2
    assert _quarantine_rows(run) == {
        "b-Slow.txt": ("timed_out", "stopped after 1 s; the limit per document")
    }
    assert _loaded(run) == {"a-seed.txt"}


@pytest.mark.parametrize("group_chars", [1, 20_000_000])
def test_a_batch_records_its_documents_in_order_whatever_its_groups(
    tmp_path, monkeypatch, group_chars
):
    # documents are cleaned a group at a time, then extracted: one document per group (1) or
    # the whole batch in one, the rows keep the inputs' order, quarantined ones among them
    monkeypatch.setattr("flows.batches.PHASE_CHARS", group_chars)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((SAMPLES / f"{SEED_2011}.txt").read_bytes())
    (folder / "b.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "c.txt").write_bytes(CP1252_RELEASE.encode("cp1252"))
    (folder / "d.txt").write_bytes(b"")
    run = _settings(tmp_path)
    read_transform_batch(sorted(str(p) for p in folder.iterdir()), "batch-0", run)
    rows = [
        (Path(row["source_uri"]).name, row["status"], row["release_id"] is not None)
        for path in sorted(run.run_dir.glob("documents/*.parquet"))
        for row in pq.read_table(path).to_pylist()
    ]
    assert rows == [
        ("a.txt", "loaded", True),
        ("b.bin", "quarantined", False),
        ("c.txt", "loaded", True),
        ("d.txt", "quarantined", False),
    ]
    assert set(_quarantine_rows(run)) == {"b.bin", "d.txt"}


def read_or_die(paths: list[str], batch_name: str, run: BatchSettings) -> BatchResult:
    """The batch function, except that a worker reading a file named poison* dies at once."""
    if any(Path(p).name.startswith("poison") for p in paths):
        os._exit(3)
    return read_transform_batch(paths, batch_name, run)


def test_a_worker_that_dies_takes_only_its_document_with_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (SAMPLES / f"{SEED_2011}.txt").read_bytes()
    (folder / "a.txt").write_bytes(seed)
    (folder / "poison.txt").write_bytes(seed.replace(b"Amgen", b"Pfizer"))
    (folder / "z.txt").write_bytes(CP1252_RELEASE.encode("cp1252"))
    run = _settings(tmp_path)
    _POOL.open(1)
    try:
        result = run_batch_in_workers(
            read_or_die, sorted(str(p) for p in folder.iterdir()), "batch-0", run
        )
        assert _POOL.executor() is not None  # a new pool after the broken one
    finally:
        _POOL.close()
    assert result.n_processed == 3
    assert [(Path(q.source_uri).name, q.reason) for q in result.quarantined] == [
        ("poison.txt", "worker_died")
    ]
    assert _loaded(run) == {"a.txt", "z.txt"}
    assert _quarantine_rows(run)["poison.txt"][0] == "worker_died"


def test_a_page_about_the_trade_naming_no_company_or_date_is_quarantined():
    essay = (
        b"The Compounded Risk Of Early-Stage Biopharma Licensing Deals\nThe scientific "
        b"contributions emerging biopharma brings to big pharma can't be understated. Deals in "
        b"which large pharma companies purchase the drug development rights from a small biotech "
        b"are big business: the potential total value of strategic alliance payments reached "
        b"nearly $58 billion, and even up-front payments are no drop in the bucket.\n"
    )
    assert _outcome("essay.txt", essay) == (
        "not_a_release",
        "names no company, ticker, date or dateline: a page about the trade, not a release",
    )
    release = (SAMPLES / f"{SEED_2011}.txt").read_bytes()
    assert _outcome("seed.txt", release) == (None, "")
    # an explainer whose abbreviation of a regulator's letter reads like a company
    explainer = (
        b"FDA Complete Response Letters (CRLs): What They Mean for Biotech Investors\n\nLearn what "
        b"a Complete Response Letter is, why the FDA issues CRLs, and what CRL outcomes mean for "
        b"biotech stock prices and timelines.\n\nWhat Is a Complete Response Letter?\n\nA "
        b"Complete Response Letter (CRL) is an official communication from the FDA indicating "
        b"that a drug application cannot be approved in its current form.\n"
    )
    assert _outcome("explainer.txt", explainer) == (
        "not_a_release",
        "names no company, ticker, date or dateline: a page about the trade, not a release",
    )
