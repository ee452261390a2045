"""Quality checks run in SQL on the staged warehouse before it is published.

An ERROR check that fails blocks publishing: the live warehouse stays as the last good run left
it and the run fails with the checks' messages. A WARN check is recorded and reported only.
Every check counts the rows that break it; its result lands in the ``checks`` table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import duckdb

from load.schema import TABLES
from transform.lexicon import load_lexicon
from transform.records import (
    DETAIL_KINDS,
    EVENT_TYPES,
    MONEY_KINDS,
    QUARANTINE_REASONS,
    ROLE_ORDER,
    SEGMENTS,
)

ERROR, WARN = "ERROR", "WARN"
VOLUME_DROP_SHARE = 0.10  # the warehouse losing more releases than this share is suspicious
QUARANTINE_SHARE = 0.5  # more than this share of a run's processed inputs quarantined
FRESHNESS_HOURS = 48  # no new document for this long: the sources may have stopped


@dataclass(frozen=True)
class Check:
    name: str
    severity: str
    sql: str  # counts the rows that break the check
    message: str  # what a failure means, for the run's error and the report


@dataclass(frozen=True)
class CheckResult:
    name: str
    severity: str
    passed: bool | None  # None: skipped
    n_failing: int
    detail: str


class QualityGateFailed(RuntimeError):
    """ERROR checks failed: the run's warehouse is not published."""

    def __init__(self, failed: tuple[CheckResult, ...]):
        self.failed = failed
        listed = "; ".join(f"{r.name}: {r.detail}" for r in failed)
        super().__init__(f"quality checks failed, warehouse not published: {listed}")


@cache
def accepted_values() -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, column) -> the values a vocabulary column may hold (NULL aside)."""
    return {
        ("documents", "status"): ("loaded", "quarantined"),
        ("quarantine", "reason"): QUARANTINE_REASONS,
        ("money", "kind"): MONEY_KINDS,
        ("events", "event_type"): EVENT_TYPES,
        ("fetch_state", "kind"): ("page", "listing", "feed"),
        ("runs", "status"): ("completed", "failed"),
        ("checks", "severity"): (ERROR, WARN),
        ("organizations", "role"): ROLE_ORDER,
        ("segments", "segment"): SEGMENTS,
        ("contacts", "kind"): ("email", "phone"),
        ("trial_details", "kind"): DETAIL_KINDS,
        ("tickers", "exchange_canonical"): tuple(
            sorted({row["canonical"] for row in load_lexicon("exchanges")})
        ),
        ("releases", "wire_canonical"): tuple(
            sorted({row["canonical"] for row in load_lexicon("wires")})
        ),
    }


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def contract_checks() -> list[Check]:
    """Keys, vocabularies and references: what must hold in every published warehouse."""
    checks = []
    for spec in TABLES.values():
        if spec.name == "checks":
            continue
        key = ", ".join(spec.key)
        nulls = " OR ".join(f"{column} IS NULL" for column in spec.key)
        checks.append(
            Check(
                f"{spec.name}.key_not_null",
                ERROR,
                f"SELECT count(*) FROM {spec.name} WHERE {nulls}",
                f"rows of {spec.name} with a NULL in its key ({key})",
            )
        )
        checks.append(
            Check(
                f"{spec.name}.key_unique",
                ERROR,
                f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {spec.name} "
                f"GROUP BY {key} HAVING count(*) > 1)",
                f"duplicate rows of {spec.name} by ({key})",
            )
        )
    for (table, column), values in accepted_values().items():
        checks.append(
            Check(
                f"{table}.{column}.accepted_values",
                ERROR,
                f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL "
                f"AND {column} NOT IN ({_quoted(values)})",
                f"{table}.{column} values outside its vocabulary",
            )
        )
    for spec in TABLES.values():
        if spec.scope != "release" or spec.name == "releases":
            continue
        checks.append(
            Check(
                f"{spec.name}.release_exists",
                ERROR,
                f"SELECT count(*) FROM {spec.name} c ANTI JOIN releases r USING (release_id)",
                f"{spec.name} rows whose release is not in releases",
            )
        )
        checks.append(
            Check(
                f"{spec.name}.document_exists",
                ERROR,
                f"SELECT count(*) FROM {spec.name} c ANTI JOIN documents d USING (document_id)",
                f"{spec.name} rows whose document is not in documents",
            )
        )
    checks += [
        Check(
            "releases.document_exists",
            ERROR,
            "SELECT count(*) FROM releases r ANTI JOIN documents d USING (document_id)",
            "releases whose document is not in documents",
        ),
        Check(
            "releases.guess_is_no_date",
            ERROR,
            "SELECT count(*) FROM releases WHERE date_inferred IS DISTINCT FROM "
            "(guessed_date IS NOT NULL) OR (date_inferred AND published_date IS NOT NULL)",
            "releases whose guessed year is in published_date or is not marked date_inferred",
        ),
        Check(
            "documents.release_exists",
            ERROR,
            "SELECT count(*) FROM documents d WHERE release_id IS NOT NULL "
            "AND release_id NOT IN (SELECT release_id FROM releases)",
            "loaded documents whose release is not in releases",
        ),
        Check(
            "documents.loaded_have_release",
            ERROR,
            "SELECT count(*) FROM documents WHERE status = 'loaded' AND release_id IS NULL",
            "loaded documents without a release",
        ),
        Check(
            "quarantine.document_marked",
            ERROR,
            "SELECT count(*) FROM quarantine q JOIN documents d USING (source_uri) "
            "WHERE d.status <> 'quarantined'",
            "quarantined inputs whose document row says loaded",
        ),
        Check(
            "rows.run_id_not_null",
            ERROR,
            "SELECT "
            + " + ".join(
                f"(SELECT count(*) FROM {name} WHERE run_id IS NULL)"
                for name in TABLES
                if name != "runs"
            ),
            "rows without the run that loaded them",
        ),
    ]
    return checks


def run_checks(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    previous_releases: int | None,
    n_processed: int,
    n_quarantined: int,
    now: dt.datetime,
    loaded: bool = True,
) -> list[CheckResult]:
    """Every check's result on the staged warehouse ``con`` after this run's load.

    A run that loaded nothing leaves the data exactly as the last published run checked it:
    its contract checks are recorded as skipped (``passed`` NULL), the WARN checks still run."""
    results = []
    if not loaded:
        results = [
            CheckResult(c.name, c.severity, None, 0, "skipped: this run loaded no rows")
            for c in contract_checks()
        ]
    for check in contract_checks() if loaded else []:
        row = con.execute(check.sql).fetchone()
        failing = int(row[0]) if row and row[0] is not None else 0
        results.append(
            CheckResult(
                check.name,
                check.severity,
                failing == 0,
                failing,
                "ok" if failing == 0 else f"{failing} {check.message}",
            )
        )
    results.append(_volume(con, previous_releases))
    results.append(_quarantine_share(n_processed, n_quarantined))
    results.append(_freshness(con, now))
    return results


def _volume(con: duckdb.DuckDBPyConnection, previous: int | None) -> CheckResult:
    row = con.execute("SELECT count(*) FROM releases").fetchone()
    current = int(row[0]) if row else 0
    if not previous or current >= previous * (1 - VOLUME_DROP_SHARE):
        return CheckResult("releases.volume_change", WARN, True, 0, f"{previous} -> {current}")
    return CheckResult(
        "releases.volume_change",
        WARN,
        False,
        previous - current,
        f"releases fell from {previous} to {current} (more than {VOLUME_DROP_SHARE:.0%})",
    )


def _quarantine_share(n_processed: int, n_quarantined: int) -> CheckResult:
    if not n_processed or n_quarantined <= n_processed * QUARANTINE_SHARE:
        return CheckResult(
            "run.quarantine_share", WARN, True, 0, f"{n_quarantined} of {n_processed}"
        )
    return CheckResult(
        "run.quarantine_share",
        WARN,
        False,
        n_quarantined,
        f"{n_quarantined} of {n_processed} inputs processed this run were quarantined",
    )


def _freshness(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> CheckResult:
    row = con.execute("SELECT max(fetched_at) FROM documents WHERE status = 'loaded'").fetchone()
    newest = row[0] if row else None
    if newest is not None and now - newest <= dt.timedelta(hours=FRESHNESS_HOURS):
        return CheckResult("documents.freshness", WARN, True, 0, f"newest read {newest:%Y-%m-%d}")
    return CheckResult(
        "documents.freshness",
        WARN,
        False,
        1,
        f"no release read in the last {FRESHNESS_HOURS} hours (newest: {newest or 'none'})",
    )
