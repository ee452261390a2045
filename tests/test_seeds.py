"""The three seed releases the product was specified from, checked against their gold answers."""

import datetime as dt
import hashlib

import pytest

from tests.conftest import SEED_2007, SEED_2008, SEED_2011, gold
from transform import CleanText, clean_document, extract_release
from transform.records import Extraction


def extract_seed(raw: bytes, name: str) -> Extraction:
    cleaned = clean_document(raw, f"{name}.txt")
    assert isinstance(cleaned, CleanText)
    return extract_release(
        cleaned.text, hashlib.sha256(raw).hexdigest(), f"file:///{name}.txt", cleaned.corrections
    )


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008, SEED_2011])
def test_seed_release_fields_match_gold(seed, seed_text):
    expected = gold(seed)
    release = extract_seed(seed_text[seed], seed).release
    assert release.published_date == dt.date.fromisoformat(expected["published"])
    assert release.dateline_city == expected["dateline_city"]
    assert release.dateline_region == expected["dateline_region"]
    assert release.wire == expected["wire"]
    assert release.issuer == expected["issuer"]
    assert release.headline == expected["headline"]


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008, SEED_2011])
def test_seed_tickers_match_gold(seed, seed_text):
    extraction = extract_seed(seed_text[seed], seed)
    found = [{"exchange": t.exchange, "symbol": t.symbol} for t in extraction.tickers]
    assert found == gold(seed)["tickers"]


def test_2008_seed_names_biogen_idec_ticker_and_the_milestone(seed_text):
    extraction = extract_seed(seed_text[SEED_2008], SEED_2008)
    assert [t.symbol for t in extraction.tickers] == ["IMGN", "BIIB"]
    assert [
        (m.amount_usd, m.kind, m.is_potential, m.text, m.in_totals) for m in extraction.money
    ] == [
        # the headline restates the body, and takes the kind the body's printing names
        (1_500_000, "milestone", False, "$1.5 Million", False),
        (1_500_000, "milestone", False, "$1.5 million", True),
    ]


def test_2011_seed_has_the_one_million_milestone(seed_text):
    extraction = extract_seed(seed_text[SEED_2011], SEED_2011)
    # the subheadline restates the body's amount: kept, flagged, and never counted twice
    assert [(m.amount_usd, m.kind, m.restated, m.in_totals) for m in extraction.money] == [
        (1_000_000, "milestone", True, False),
        (1_000_000, "milestone", False, True),
    ]


def test_2007_seed_has_no_money(seed_text):
    assert extract_seed(seed_text[SEED_2007], SEED_2007).money == []


@pytest.mark.parametrize("seed", [SEED_2007, SEED_2008, SEED_2011])
def test_every_span_points_at_its_value(seed, seed_text):
    extraction = extract_seed(seed_text[seed], seed)
    body = extraction.release.body_text
    release = extraction.release
    assert body[release.issuer_span_start : release.issuer_span_end] == release.issuer
    assert body[release.headline_span_start : release.headline_span_end] == release.headline
    for ticker in extraction.tickers:
        assert body[ticker.span_start : ticker.span_end] == ticker.symbol
    for money in extraction.money:
        assert body[money.span_start : money.span_end] == money.text
    for phase in extraction.phases:
        assert body[phase.span_start : phase.span_end] == phase.text
