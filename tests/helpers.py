"""Test helpers that read the warehouse the way an analyst would: SQL on the DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from load.schema import TABLES

CP1252_RELEASE = (
    "Acme Bio Starts Phase II Trial of AB-101\n\n"
    "BOSTON, Mass., May 2, 2019 (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
    "announced that it has dosed the first patient in a Phase II trial of AB-101 and earned "
    "a $3 million milestone payment from its partner. “We’re pleased with the progress,” said "
    "Jane Doe, Chief Executive Officer. The trial will enroll about 120 patients with gastric "
    "cancer at sites in the US and Europe.\n\n"
    "About Acme Bio\nAcme Bio develops antibody-drug conjugates for solid tumors.\n"
)


def sql(database: Path, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def row_counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table, spec in TABLES.items()
            if spec.scope != "run"
        }
