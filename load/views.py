"""Analyst-facing views: deals, milestones, compounds and companies instead of extraction tables.

Created (or replaced) with the schema on every load, so they always match the tables.
Documented with example questions in warehouse/README.md.
"""

from __future__ import annotations

import duckdb

from transform.lexicon import alternation

VIEWS: dict[str, str] = {
    # Every milestone payment a release announces as earned (not potential, not recalled, each
    # payment once), with who paid whom, for which compound and what triggered it. Dates are
    # the printed ones; a guessed year is in inferred_date, never in date or year.
    "milestone_payments": """
        SELECT r.published_date AS date,
               year(r.published_date) AS year,
               r.guessed_date AS inferred_date,
               m.payee,
               m.payer,
               m.compound,
               m.trigger,
               m.amount_usd,
               m.amount,
               m.currency,
               m.text AS amount_as_printed,
               r.issuer,
               r.headline,
               m.release_id,
               m.document_id,
               m.span_start,
               m.span_end
        FROM money m
        JOIN releases r USING (release_id)
        WHERE m.kind = 'milestone' AND NOT m.is_potential AND m.in_totals
    """,
    # Licensing, collaboration and acquisition deals, announced or recalled as background, one
    # row per release and partner, with the money terms the release states.
    "deals": """
        WITH terms AS (
            SELECT release_id,
                   sum(amount_usd) FILTER (WHERE kind = 'upfront' AND in_totals) AS upfront_usd,
                   sum(amount_usd) FILTER (WHERE kind = 'milestone' AND is_potential AND in_totals)
                       AS potential_milestones_usd,
                   sum(amount_usd) FILTER (
                       WHERE kind = 'milestone' AND NOT is_potential AND in_totals
                   ) AS milestones_earned_usd
            FROM money GROUP BY release_id
        ),
        ranked AS (
            SELECT e.*,
                   row_number() OVER (
                       PARTITION BY e.release_id, coalesce(e.counterparty, ''),
                                    coalesce(e.deal_year, 0)
                       ORDER BY e.announced DESC,
                                CASE e.event_type WHEN 'acquisition' THEN 0
                                    WHEN 'licensing_deal' THEN 1 ELSE 2 END,
                                e.span_start
                   ) AS rank
            FROM events e
            WHERE e.event_type IN ('licensing_deal', 'collaboration', 'acquisition')
        )
        SELECT coalesce(d.deal_year, year(r.published_date))
                   AS deal_year,
               r.published_date AS reported_on,
               d.event_type AS deal_type,
               d.announced,
               r.issuer AS company,
               d.counterparty AS partner,
               d.compound AS asset,
               d.territory,
               CASE WHEN d.announced THEN t.upfront_usd END AS upfront_usd,
               CASE WHEN d.announced THEN t.potential_milestones_usd END
                   AS potential_milestones_usd,
               regexp_matches(d.sentence, '(?i)royalt')
                   OR (d.announced AND regexp_matches(r.body_text, '(?i)\\broyalt'))
                   AS royalties,
               nullif(regexp_extract(
                   CASE WHEN d.announced THEN r.body_text ELSE d.sentence END,
                   '(?i)((?:tiered|single[- ]digit|double[- ]digit|low|mid|high)'
                   || '[^.;]{0,40}royalt\\w*)',
                   1), '') AS royalty_terms,
               d.sentence,
               r.headline,
               d.release_id
        FROM ranked d
        JOIN releases r USING (release_id)
        LEFT JOIN terms t USING (release_id)
        WHERE d.rank = 1
    """,
    # Every release that names a compound, under its canonical name (aliases merged by
    # compound_aliases.csv), with the events, phases and money of that release around it.
    "compound_timeline": """
        WITH mentions AS (
            SELECT DISTINCT release_id, canonical_name AS compound,
                   first(payload) OVER (PARTITION BY canonical_name
                       ORDER BY payload NULLS LAST) AS payload
            FROM compounds
            WHERE canonical_name NOT IN (SELECT name FROM compounds WHERE payload = name)
        ),
        names AS (
            SELECT release_id, canonical_name AS compound, list(DISTINCT name ORDER BY name)
                AS names_printed
            FROM compounds GROUP BY ALL
        ),
        release_events AS (
            SELECT release_id, list(DISTINCT event_type ORDER BY event_type)
                FILTER (WHERE announced) AS events
            FROM events GROUP BY release_id
        ),
        compound_events AS (
            SELECT release_id, compound, list(DISTINCT event_type ORDER BY event_type)
                AS compound_events
            FROM events WHERE compound IS NOT NULL GROUP BY ALL
        ),
        compound_phases AS (
            SELECT release_id, compound, list(DISTINCT phase ORDER BY phase) AS phases,
                   max(phase) AS highest_phase
            FROM phases WHERE compound IS NOT NULL GROUP BY ALL
        )
        SELECT m.compound,
               m.payload,
               r.published_date AS date,
               r.guessed_date AS inferred_date,
               n.names_printed,
               ce.compound_events,
               e.events AS release_events,
               p.phases,
               p.highest_phase,
               r.issuer,
               r.headline,
               m.release_id
        FROM mentions m
        JOIN releases r USING (release_id)
        LEFT JOIN names n USING (release_id, compound)
        LEFT JOIN compound_events ce USING (release_id, compound)
        LEFT JOIN release_events e USING (release_id)
        LEFT JOIN compound_phases p USING (release_id, compound)
    """,
    # Per company and year: releases issued, deals made (as issuer or partner), and money
    # received and paid (milestones, upfronts, royalties). Companies are matched without their
    # legal form ("ImmunoGen, Inc." = "ImmunoGen"; the forms of lexicons/company_suffixes.csv).
    "company_activity": """
        WITH dated AS (
            SELECT *, year(published_date) AS printed_year
            FROM releases
        ),
        facts AS (
            SELECT issuer AS name, printed_year AS year, 'release' AS what,
                   release_id, NULL::DOUBLE AS usd
            FROM dated WHERE issuer IS NOT NULL
            UNION ALL
            SELECT company, deal_year, 'deal', release_id || coalesce(partner, ''), NULL
            FROM deals WHERE announced
            UNION ALL
            SELECT partner, deal_year, 'deal', release_id || company, NULL
            FROM deals WHERE announced AND partner IS NOT NULL
            UNION ALL
            SELECT m.payee, r.printed_year, 'in', m.release_id, m.amount_usd
            FROM money m JOIN dated r USING (release_id)
            WHERE NOT m.is_potential AND m.in_totals AND m.payee IS NOT NULL
              AND m.kind IN ('milestone', 'upfront', 'royalty')
            UNION ALL
            SELECT m.payer, r.printed_year, 'out', m.release_id, m.amount_usd
            FROM money m JOIN dated r USING (release_id)
            WHERE NOT m.is_potential AND m.in_totals AND m.payer IS NOT NULL
              AND m.kind IN ('milestone', 'upfront', 'royalty')
        ),
        keyed AS (
            SELECT *, lower(regexp_replace(trim(name), '{legal_form}', '')) AS company_key
            FROM facts
        ),
        named AS (
            SELECT *, arg_min(name, length(name)) OVER (PARTITION BY company_key) AS display
            FROM keyed
        )
        SELECT any_value(display) AS company,
               year,
               count(DISTINCT release_id) FILTER (WHERE what = 'release') AS releases,
               count(DISTINCT release_id) FILTER (WHERE what = 'deal') AS deals,
               coalesce(sum(usd) FILTER (WHERE what = 'in'), 0) AS money_in_usd,
               coalesce(sum(usd) FILTER (WHERE what = 'out'), 0) AS money_out_usd
        FROM named
        GROUP BY company_key, year
    """,
}


def _legal_form() -> str:
    """A legal form ending a company name, as a SQL string body (company_suffixes.csv)."""
    return (r"(?i),?\s+" + alternation("company_suffixes", "suffix") + r"\.?$").replace("'", "''")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create or replace every analyst view (the tables must exist)."""
    legal_form = _legal_form()
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql.replace('{legal_form}', legal_form)}")
