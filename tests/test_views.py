"""The analyst views answer the example questions on the bundled sample releases.

Each question is a file in warehouse/queries/, run here exactly as an analyst would run it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.helpers import load_samples, sql

QUERIES = PROJECT / "warehouse" / "queries"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return load_samples(tmp_path_factory.mktemp("views"))


def ask(warehouse: Path, question: str) -> list[tuple]:
    return sql(warehouse, (QUERIES / question).read_text(encoding="utf-8"))


def test_every_milestone_payment_immunogen_earned_by_partner_and_year(warehouse):
    assert ask(warehouse, "milestone_payments.sql") == [
        ("Biogen Idec", 2008, 1_500_000.0, ["ind"], ["BIIB015"]),
        ("Amgen", 2011, 1_000_000.0, ["ind"], [None]),
    ]


def test_which_dm4_compounds_reached_phase_2_and_when(warehouse):
    assert ask(warehouse, "dm4_compounds.sql") == [
        ("huC242-DM4", dt.date(2007, 8, 1), ["ImmunoGen, Inc."])
    ]


def test_licensing_deals_since_2005_and_before(warehouse):
    # The samples announce no licensing deal; they recall two, made in 2000 and 2004.
    assert ask(warehouse, "licensing_deals.sql") == []
    assert sql(
        warehouse,
        "SELECT deal_year, company, partner, announced, royalties FROM deals ORDER BY deal_year",
    ) == [
        (2000, "ImmunoGen, Inc.", "Amgen", False, False),
        (2004, "ImmunoGen, Inc.", "Biogen Idec", False, False),
    ]


def test_what_happened_to_huc242_dm4_over_time_under_all_its_names(warehouse):
    rows = ask(warehouse, "compound_history.sql")
    assert [row[:4] for row in rows] == [
        (dt.date(2007, 8, 1), ["huC242-DM4"], ["trial_start"], ["Phase II"]),
        (dt.date(2008, 2, 1), ["IMGN242", "huC242-DM4"], None, None),
    ]


def test_company_activity_per_company_and_year(warehouse):
    assert ask(warehouse, "company_activity.sql") == [
        ("Amgen", 2011, 0, 0, 0.0, 1_000_000.0),
        ("Biogen Idec", 2008, 0, 0, 0.0, 1_500_000.0),
        ("ImmunoGen", 2007, 1, 0, 0.0, 0.0),
        ("ImmunoGen", 2008, 1, 0, 1_500_000.0, 0.0),
        ("ImmunoGen", 2011, 1, 0, 1_000_000.0, 0.0),
    ]
