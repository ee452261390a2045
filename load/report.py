"""`biopress report`: one self-contained HTML file (inline CSS and SVG, no scripts, no CDN) that
shows what the warehouse knows: money by year and partner, compound timelines, the latest
releases and deals, quarantined documents and the last run's quality checks."""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from transform.text_spans import sentence_bounds

PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
]
PHASE_COLOURS = {
    None: "#9e9e9e",
    "Phase I": "#64b5f6",
    "Phase I/II": "#4db6ac",
    "Phase II": "#ffb74d",
    "Phase II/III": "#ff8a65",
    "Phase III": "#e53935",
    "Phase IV": "#6d4c41",
}
CHART_WIDTH, CHART_HEIGHT = 1000, 320
MAX_COMPOUNDS = 15
TABLE_ROWS = 25

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       color: #1d2733; background: #f6f7f9; }
header { background: #1d3557; color: #fff; padding: 18px 32px; height: 64px;
         box-sizing: border-box; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 2px 0 0; opacity: .8; font-size: 12px; }
main { padding: 16px 32px 40px; max-width: 1100px; }
section { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; margin: 16px 0;
          padding: 12px 18px; }
h2 { font-size: 17px; margin: 4px 0 10px; }
figure { margin: 0; } figcaption { color: #5b6773; font-size: 12px; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eef0f2;
         vertical-align: top; }
th { background: #f0f2f5; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.fail { color: #b3261e; font-weight: 600; } .ok { color: #2e7d32; } .empty { color: #5b6773; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _money(value: float | None) -> str:
    if value is None:
        return ""
    return f"${value / 1e6:,.1f}M" if abs(value) >= 1e5 else f"${value:,.0f}"


def label_step(slot: float, font_size: float) -> int:
    """Every how many slots a year label fits: four digits need about 2.6 font sizes with a
    gap, so with 25 or more years only every second, third... year is labelled."""
    needed = font_size * 2.6 + 6
    return max(1, math.ceil(needed / max(slot, 1e-9)))


def money_chart(rows: list[tuple[int, str, float]]) -> str:
    """Stacked bars: earned milestone and upfront money per year, one colour per partner."""
    if not rows:
        return '<p class="empty" id="chart-money-empty">No milestone or upfront money yet.</p>'
    years = sorted({year for year, _, _ in rows})
    partners = sorted({partner for _, partner, _ in rows})
    colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(partners)}
    totals: dict[int, float] = defaultdict(float)
    for year, _, amount in rows:
        totals[year] += amount
    top = max(totals.values()) or 1.0
    left, bottom, plot_h = 70, 30, CHART_HEIGHT - 50
    slot = (CHART_WIDTH - left - 10) / len(years)
    bar = min(60.0, slot * 0.6)
    parts = [
        f'<svg id="chart-money" xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
        f'height="{CHART_HEIGHT}" role="img" aria-label="Money by year and partner">',
        f'<rect x="0" y="0" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" fill="#ffffff"/>',
    ]
    for step in range(5):
        value = top * step / 4
        y = CHART_HEIGHT - bottom - plot_h * step / 4
        parts.append(
            f'<line x1="{left}" x2="{CHART_WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#e3e6ea"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#5b6773">{_money(value)}</text>'
        )
    stacks: dict[int, float] = defaultdict(float)
    for year, partner, amount in sorted(rows):
        x = left + years.index(year) * slot + (slot - bar) / 2
        height = plot_h * amount / top
        y = CHART_HEIGHT - bottom - stacks[year] - height
        stacks[year] += height
        parts.append(
            f'<a href="#money-{year}"><rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
            f'height="{max(height, 1):.1f}" fill="{colour[partner]}"><title>{_e(year)} '
            f"{_e(partner)}: {_money(amount)}</title></rect></a>"
        )
    step = label_step(slot, 12)
    for index, year in enumerate(years):
        x = left + index * slot + slot / 2
        if index % step == 0:
            parts.append(
                f'<text class="axis-x" x="{x:.1f}" y="{CHART_HEIGHT - 10}" font-size="12" '
                f'text-anchor="middle">{year}</text>'
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{colour[p]}"></i>{_e(p)}</span>' for p in partners
    )
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def timeline_chart(rows: list[tuple[str, dt.date, str | None]]) -> str:
    """One row per compound: a dot per release that names it, coloured by its phase."""
    if not rows:
        return '<p class="empty" id="chart-timeline-empty">No compounds yet.</p>'
    counts: dict[str, int] = defaultdict(int)
    for compound, _, _ in rows:
        counts[compound] += 1
    compounds = sorted(counts, key=lambda c: (-counts[c], c))[:MAX_COMPOUNDS]
    dates = [date for _, date, _ in rows]
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)
    left, right, row_h, top = 190, 30, 20, 20
    height = top + row_h * len(compounds) + 30
    width = CHART_WIDTH

    def x_of(date: dt.date) -> float:
        return left + (width - left - right) * (date - first).days / span

    parts = [
        f'<svg id="chart-timeline" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" role="img" aria-label="Compound timeline">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    step = label_step((width - left - right) * 365 / span, 11)
    for year in range(first.year, last.year + 1):
        x = x_of(max(first, dt.date(year, 1, 1)))
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 8}" y2="{height - 24}" stroke="#eef0f2"/>'
        )
        if (year - first.year) % step == 0:
            parts.append(
                f'<text class="axis-x" x="{x:.1f}" y="{height - 8}" font-size="11" '
                f'text-anchor="middle" fill="#5b6773">{year}</text>'
            )
    for index, compound in enumerate(compounds):
        y = top + row_h * index + row_h / 2
        mine = sorted((d, p) for c, d, p in rows if c == compound)
        parts.append(
            f'<text x="{left - 10}" y="{y + 4:.1f}" font-size="12" text-anchor="end">'
            f"{_e(compound)}</text>"
            f'<line x1="{x_of(mine[0][0]):.1f}" x2="{x_of(mine[-1][0]):.1f}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="#b0b8c1" stroke-width="2"/>'
        )
        for date, phase in mine:
            parts.append(
                f'<circle cx="{x_of(date):.1f}" cy="{y:.1f}" r="6" '
                f'fill="{PHASE_COLOURS.get(phase, "#9e9e9e")}"><title>{_e(compound)} '
                f"{date}: {_e(phase or 'no phase stated')}</title></circle>"
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{c}"></i>{_e(p or "no phase stated")}</span>'
        for p, c in PHASE_COLOURS.items()
    )
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def _table(columns: list[str], rows: list[tuple[Any, ...]], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, float):
                cells.append(f'<td class="num">{_money(value)}</td>')
            elif isinstance(value, int) and not isinstance(value, bool):
                cells.append(f'<td class="num">{value}</td>')
            elif isinstance(value, list):
                cells.append(f"<td>{_e(', '.join(str(v) for v in value if v is not None))}</td>")
            else:
                cells.append(f"<td>{_e(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# The money the chart shows: earned milestones as the milestone_payments view lists them, and
# upfronts on the same terms (announced, each payment once, no parts or prices), in US dollars.
CHARTED_MONEY = """
    SELECT year, coalesce(payer, 'undisclosed') AS partner, 'milestone' AS kind, amount_usd,
           release_id, span_start, span_end, amount_as_printed
    FROM milestone_payments WHERE amount_usd IS NOT NULL
    UNION ALL
    SELECT year(r.published_date),
           coalesce(m.payer, 'undisclosed'), 'upfront', m.amount_usd, m.release_id,
           m.span_start, m.span_end, m.text
    FROM money m JOIN releases r USING (release_id)
    WHERE m.kind = 'upfront' AND NOT m.is_potential AND m.in_totals AND m.amount_usd IS NOT NULL
"""
EVIDENCE_CHARS = 400


def build_report(database: Path) -> str:
    """The report's HTML, read from the warehouse on a read-only connection."""
    with duckdb.connect(str(database), read_only=True) as con:
        charted = _rows(con, f"SELECT * FROM ({CHARTED_MONEY}) ORDER BY year, partner")
        money = [
            (year, partner, amount)
            for year, partner, amount in _rows(
                con,
                f"SELECT year, partner, sum(amount_usd) FROM ({CHARTED_MONEY}) "
                "WHERE year IS NOT NULL GROUP BY ALL",
            )
        ]
        not_charted = _rows(
            con,
            f"SELECT r.guessed_date IS NULL, count(DISTINCT c.release_id), sum(c.amount_usd) "
            f"FROM ({CHARTED_MONEY}) c JOIN releases r USING (release_id) "
            "WHERE c.year IS NULL GROUP BY ALL ORDER BY 1 DESC",
        )
        other_currencies = _rows(
            con,
            "SELECT currency, count(*), sum(amount) FROM money "
            "WHERE kind IN ('milestone', 'upfront') AND NOT is_potential AND in_totals "
            "AND amount_usd IS NULL GROUP BY currency ORDER BY currency",
        )
        evidence = _evidence(con, [row for row in charted if row[0] is not None])
        timeline = _rows(
            con,
            "SELECT compound, date, highest_phase FROM compound_timeline WHERE date IS NOT NULL",
        )
        releases = _rows(
            con,
            "SELECT " + DATE_SHOWN + ", r.issuer, r.headline, "
            "list(DISTINCT e.event_type) FILTER (WHERE e.announced) "
            "FROM releases r LEFT JOIN events e USING (release_id) " + RELEASE_GROUP + " "
            f"ORDER BY {DATE_ORDER} LIMIT {TABLE_ROWS}",
        )
        deals = _rows(
            con,
            "SELECT deal_year, deal_type, company, partner, asset, territory, upfront_usd, "
            "potential_milestones_usd FROM deals WHERE announced "
            f"ORDER BY deal_year DESC NULLS LAST, company LIMIT {TABLE_ROWS}",
        )
        quarantine = _rows(
            con,
            "SELECT quarantined_at, source_uri, reason, detail FROM quarantine "
            f"ORDER BY quarantined_at DESC LIMIT {TABLE_ROWS}",
        )
        last_run = con.execute(
            "SELECT run_id, status, finished_at, n_seen, n_new, n_updated, n_unchanged, "
            "n_quarantined, n_releases FROM runs WHERE status = 'completed' "
            "ORDER BY finished_at DESC LIMIT 1"
        ).fetchone()
        new_since = (
            _rows(
                con,
                "SELECT " + DATE_SHOWN + ", r.issuer, r.headline, "
                "list(DISTINCT e.event_type) FILTER (WHERE e.announced) "
                "FROM releases r LEFT JOIN events e USING (release_id) "
                f"WHERE r.run_id = '{last_run[0]}' " + RELEASE_GROUP + " "
                f"ORDER BY {DATE_ORDER} LIMIT {TABLE_ROWS}",
            )
            if last_run
            else []
        )
        checks = (
            _rows(
                con,
                "SELECT check_name, severity, "
                "CASE WHEN passed THEN 'ok' WHEN NOT passed THEN 'FAILED' ELSE 'skipped' END, "
                f"detail FROM checks WHERE run_id = '{last_run[0]}' "
                "ORDER BY passed NULLS LAST, severity, check_name",
            )
            if last_run
            else []
        )
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    run_line = (
        f"Last run {_e(last_run[0])} {_e(last_run[1])} at {_e(last_run[2])} UTC: "
        f"{last_run[3]} inputs, {last_run[4]} new, {last_run[5]} updated, {last_run[6]} "
        f"unchanged, {last_run[7]} quarantined; {last_run[8]} releases in the warehouse."
        if last_run
        else "No completed run yet."
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>biopress report</title><style>{CSS}</style></head>
<body>
<header><h1>biopress: deals, milestones and compounds</h1>
<p>{_e(database)} · generated {generated}</p></header>
<main>
<section id="new"><h2>New since the last run</h2>
<p>{run_line}</p>
{_table(["date", "issuer", "headline", "events"], new_since, "Nothing new in the last run.")}
</section>
<section id="money"><h2>Milestone and upfront money by year and partner</h2>
<figure>{money_chart(money)}<figcaption>Earned milestone and upfront payments the releases
announce (not potential ones, not payments a release only recalls, each payment once), in US
dollars, by the printed year of the release and the paying partner. Click a bar for the
amounts and the sentences they come from.</figcaption></figure>
{_not_charted(not_charted, other_currencies)}
{_evidence_table(evidence)}
</section>
<section id="timeline"><h2>Compound timeline</h2>
<figure>{timeline_chart(timeline)}<figcaption>Each dot is a release naming the compound (aliases
merged), coloured by the highest phase it states for it; the {MAX_COMPOUNDS} most-mentioned
compounds. Releases whose year is not printed are left out.</figcaption></figure>
</section>
<section id="releases"><h2>Latest releases</h2>
{_table(["date", "issuer", "headline", "events"], releases, "No releases yet.")}
</section>
<section id="deals"><h2>Deals announced</h2>
{
        _table(
            [
                "year",
                "type",
                "company",
                "partner",
                "asset",
                "territory",
                "upfront",
                "potential milestones",
            ],
            deals,
            "No deals yet.",
        )
    }
<p class="empty">Deals a release only recalls are in the <code>deals</code> view with
<code>announced = false</code>.</p>
</section>
<section id="quarantine"><h2>Quarantined documents</h2>
{_table(["when (UTC)", "input", "reason", "detail"], quarantine, "Nothing quarantined.")}
</section>
<section id="checks"><h2>Quality checks of the last run</h2>
{_checks(checks)}
</section>
</main></body></html>
"""


RELEASE_GROUP = "GROUP BY r.release_id, r.published_date, r.guessed_date, r.issuer, r.headline"
# A date as printed, or marked when its year is a guess ("2001-05-21 (year inferred)").
DATE_SHOWN = (
    "coalesce(strftime(r.published_date, '%Y-%m-%d'), "
    "strftime(r.guessed_date, '%Y-%m-%d') || ' (year inferred)')"
)
DATE_ORDER = "coalesce(r.published_date, r.guessed_date) DESC NULLS LAST"


def _evidence(
    con: duckdb.DuckDBPyConnection, charted: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Each charted amount with its release and the sentence it was read from."""
    if not charted:
        return []
    ids = sorted({row[4] for row in charted})
    texts = {
        release_id: (headline, body, source)
        for release_id, headline, body, source in con.execute(
            "SELECT r.release_id, r.headline, r.body_text, d.source_uri FROM releases r "
            "JOIN documents d USING (document_id) WHERE r.release_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    }
    rows = []
    for year, partner, kind, amount, release_id, start, end, printed in charted:
        headline, body, source = texts.get(release_id, (None, "", None))
        left, right = sentence_bounds(body, start, end)
        sentence = " ".join(body[left:right].split())[:EVIDENCE_CHARS]
        rows.append((year, partner, kind, amount, printed, sentence, headline, source))
    return rows


def _evidence_table(rows: list[tuple[Any, ...]]) -> str:
    if not rows:
        return ""
    body = []
    seen_years = set()
    for year, partner, kind, amount, printed, sentence, headline, source in rows:
        anchor = f' id="money-{year}"' if year not in seen_years else ""
        seen_years.add(year)
        body.append(
            f"<tr{anchor}><td>{_e(year)}</td><td>{_e(partner)}</td><td>{_e(kind)}</td>"
            f'<td class="num">{_money(amount)}</td><td>{_e(printed)}</td>'
            f"<td>{_e(sentence)}</td><td>{_e(headline)}<br><small>{_e(source)}</small></td></tr>"
        )
    return (
        "<details open><summary>The charted amounts and their sentences</summary>"
        "<table><thead><tr><th>year</th><th>partner</th><th>kind</th><th>US$</th>"
        "<th>as printed</th><th>sentence</th><th>release</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></details>"
    )


def _not_charted(
    not_charted: list[tuple[Any, ...]], other_currencies: list[tuple[Any, ...]]
) -> str:
    """What the chart leaves out, said in plain words with the totals."""
    lines = []
    for undated, releases, total in not_charted:
        why = "undated releases" if undated else "releases whose year is not printed (inferred)"
        why = why.replace("releases", "release", 1) if releases == 1 else why
        lines.append(
            f'<li class="not-charted">{_money(total)} in {releases} {why}, not charted</li>'
        )
    for currency, count, total in other_currencies:
        lines.append(
            f'<li class="not-charted">{currency} {total / 1e6:,.1f}M in {count} amount'
            f"{'s' if count != 1 else ''} printed in {currency}, not converted, not charted</li>"
        )
    return f'<ul id="not-charted">{"".join(lines)}</ul>' if lines else ""


def _checks(checks: list[tuple[Any, ...]]) -> str:
    """Failures and warnings open, passing and skipped checks folded into one line."""
    passed = [c for c in checks if c[2] == "ok"]
    skipped = [c for c in checks if c[2] == "skipped"]
    failed = [c for c in checks if c[2] == "FAILED"]
    open_rows = "".join(
        f'<tr><td>{_e(n)}</td><td>{_e(sev)}</td><td class="fail">{_e(r)}</td><td>{_e(d)}</td></tr>'
        for n, sev, r, d in failed
    )
    folded_rows = "".join(
        f'<tr><td>{_e(n)}</td><td>{_e(sev)}</td><td class="ok">{_e(r)}</td><td>{_e(d)}</td></tr>'
        for n, sev, r, d in passed + skipped
    )
    failures = (
        "<table><thead><tr><th>check</th><th>severity</th><th>result</th><th>detail</th>"
        f"</tr></thead><tbody>{open_rows}</tbody></table>"
        if failed
        else '<p class="ok">No check failed.</p>'
    )
    summary = f"{len(passed)} checks passed" + (f", {len(skipped)} skipped" if skipped else "")
    return (
        f'{failures}<details id="checks-passed"><summary>{summary}</summary>'
        "<table><thead><tr><th>check</th><th>severity</th><th>result</th><th>detail</th>"
        f"</tr></thead><tbody>{folded_rows}</tbody></table></details>"
    )


def write_report(database: Path, out: Path) -> Path:
    """Write the report to ``out`` (atomically) and return its path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(build_report(database), encoding="utf-8")
    partial.replace(out)
    return out
