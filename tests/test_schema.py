"""One contract: record fields, Parquet schema and DuckDB columns carry the same names."""

import dataclasses

import duckdb
import pytest

from extract.fetch import FetchRecord
from load.schema import TABLES
from load.warehouse import ensure_schema
from transform import records

RECORD_FOR_TABLE = {
    "documents": records.Document,
    "releases": records.Release,
    "tickers": records.Ticker,
    "money": records.Money,
    "organizations": records.Organization,
    "people": records.Person,
    "compounds": records.Compound,
    "indications": records.Indication,
    "phases": records.Phase,
    "events": records.Event,
    "corrections": records.Correction,
    "quarantine": records.Quarantined,
    "fetch_state": FetchRecord,
}


@pytest.mark.parametrize("table", sorted(RECORD_FOR_TABLE))
def test_record_fields_are_the_table_columns_plus_run_id(table):
    fields = [f.name for f in dataclasses.fields(RECORD_FOR_TABLE[table])]
    assert sorted([*fields, "run_id"]) == sorted(TABLES[table].schema.names)


def test_every_table_has_run_id_and_child_tables_have_release_id():
    for name, spec in TABLES.items():
        assert "run_id" in spec.schema.names, name
        if spec.scope == "release":
            assert "release_id" in spec.schema.names, name


def test_contract_v1_minimum_columns_exist():
    minimum = {
        "documents": {"document_id", "source_uri", "fetched_at", "content_type", "release_id"},
        "releases": {
            "release_id",
            "headline",
            "published_date",
            "dateline_city",
            "dateline_region",
            "wire",
            "issuer",
            "body_text",
            "n_corrections",
        },
        "tickers": {"exchange", "symbol"},
        "organizations": {"name", "canonical_name"},
        "people": {"name", "title"},
        "compounds": {"name", "canonical_name"},
        "indications": {"name"},
        "phases": {"phase"},
        "money": {"amount_usd", "kind"},
        "events": {"event_type"},
        "corrections": {"original", "corrected", "rule"},
        "quarantine": {"source_uri", "reason", "detail"},
        "runs": {
            "run_id",
            "started_at",
            "finished_at",
            "status",
            "n_seen",
            "n_new",
            "n_updated",
            "n_quarantined",
        },
    }
    for table, columns in minimum.items():
        assert columns <= set(TABLES[table].schema.names), table


def test_duckdb_tables_are_created_from_the_contract_and_columns_added_later(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("CREATE TABLE tickers (release_id VARCHAR, symbol VARCHAR)")
        ensure_schema(con)
        for name, spec in TABLES.items():
            columns = [row[0] for row in con.execute(f"DESCRIBE {name}").fetchall()]
            assert sorted(columns) == sorted(spec.schema.names), name
        published = con.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'releases' AND column_name = 'published_date'"
        ).fetchone()
        assert published == ("DATE",)
