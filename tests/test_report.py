"""`biopress report`: a self-contained HTML file whose charts render in a real browser."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers import load_samples
from tests.test_cli import biopress

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1200,1600",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    database = load_samples(tmp_path_factory.mktemp("report"))
    out = database.parent / "out" / "report.html"
    result = biopress("report", "--warehouse", str(database), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"biopress report: wrote {out}"
    return out


def test_report_is_self_contained_and_shows_the_warehouse(report):
    text = report.read_text(encoding="utf-8")
    assert "<script" not in text
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text)  # nothing fetched
    assert 'id="chart-money"' in text and 'id="chart-timeline"' in text
    for expected in (
        "Event Triggers $1.5 Million Payment from Biogen Idec",  # latest releases
        "<td>Biogen Idec</td>",  # deals
        "huC242-DM4",  # timeline
        "releases.key_unique",  # the last run's checks
        "Nothing quarantined.",
    ):
        assert expected in text, expected


def test_charts_render_in_headless_chromium(report, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is needed: apt-get install chromium (`make test` installs it)"
    screenshot = tmp_path / "report.png"
    subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={screenshot}",
            report.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pixels = Counter(Image.open(screenshot).convert("RGB").get_flattened_data())

    def count(hex_colour: str) -> int:
        rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return pixels[rgb]

    # Money chart: one bar per paying partner (Amgen and Biogen Idec), each thousands of pixels.
    assert count("#1f77b4") > 3000 and count("#ff7f0e") > 3000
    # Timeline: huC242-DM4 at Phase II (amber), trastuzumab emtansine at Phase III (red), and
    # grey dots for mentions without a phase. A legend square alone is 100 pixels.
    assert count("#ffb74d") > 150 and count("#e53935") > 150 and count("#9e9e9e") > 800


def _release(year: int | None, body: str) -> str:
    date = f"March 3, {year}" if year else "March 3"
    return (
        f"Acme Bio Reports Progress {year or 'Undated'}\n\n"
        f"BOSTON, Mass., {date} (GLOBE NEWSWIRE) -- Acme Bio, Inc. (Nasdaq: ACMB) today "
        f"announced progress in its programs. {body} The company develops antibody-drug "
        "conjugates for solid tumors and works with partners in the US and Europe.\n"
    )


@pytest.fixture(scope="module")
def decades(tmp_path_factory) -> Path:
    """A warehouse of 35 years of milestone releases of our own, one recalled payment, one
    undated release, one whose year is guessed and one amount in Canadian dollars."""
    from load.layout import WarehouseLayout
    from load.warehouse import load_run
    from tests.helpers import run_record, stage_run

    folder = tmp_path_factory.mktemp("decades")
    releases = folder / "in"
    releases.mkdir()
    for number, year in enumerate(range(1990, 2025)):
        partner = ("Pfizer", "Novartis", "Merck")[number % 3]
        (releases / f"{year}.txt").write_text(
            _release(
                year,
                f"Acme Bio earned a ${number + 1} million milestone payment from {partner} as "
                f"AB-{101 + number % 3} entered a Phase II trial.",
            )
        )
    (releases / "recalled.txt").write_text(
        _release(
            2024,
            "Acme Bio earned a $40 million milestone payment from Pfizer. Acme Bio previously "
            "received a $7 million milestone payment from Pfizer in March 2011.",
        ).replace("Progress 2024", "Milestone From Pfizer")
    )
    (releases / "undated.txt").write_text(
        _release(None, "Acme Bio earned a $9 million milestone payment from Merck.")
    )
    (releases / "guessed.txt").write_text(
        _release(
            None, "Acme Bio earned a $5 million milestone payment from Merck, its third since 2019."
        ).replace("Progress Undated", "Third Milestone")
    )
    (releases / "canadian.txt").write_text(
        _release(2020, "Acme Bio earned a C$12 million milestone payment from Merck.").replace(
            "Progress 2020", "Canadian Milestone"
        )
    )
    layout = WarehouseLayout(folder / "biopress.duckdb")
    load_run(
        layout.database,
        stage_run([releases], layout, "r1"),
        run_record("r1"),
        layout.failed_runs_dir,
    )
    out = folder / "report.html"
    assert (
        biopress("report", "--warehouse", str(layout.database), "--out", str(out)).returncode == 0
    )
    return out


def test_the_report_charts_what_the_milestone_view_holds_and_says_what_it_leaves_out(decades):
    from tests.helpers import sql

    database = decades.parent / "biopress.duckdb"
    view = dict(sql(database, "SELECT year, sum(amount_usd) FROM milestone_payments GROUP BY 1"))
    assert view[2024] == 35e6 + 40e6  # the 2011 payment the release recalls is not in it
    assert view[None] == 9e6 + 5e6  # undated, and the year guessed from "since 2019"
    assert sql(
        database,
        "SELECT date, inferred_date, amount_usd FROM milestone_payments WHERE year IS NULL "
        "ORDER BY inferred_date NULLS FIRST",
    ) == [(None, None, 9e6), (None, dt.date(2019, 3, 3), 5e6)]
    text = decades.read_text(encoding="utf-8")
    charted: Counter[int] = Counter()
    for year, total in re.findall(r"<title>(\d{4}) [A-Za-z]+: \$([\d.]+)M</title>", text):
        charted[int(year)] += float(total) * 1e6
    assert charted == {year: total for year, total in view.items() if year is not None}
    assert '<li class="not-charted">$9.0M in 1 undated release, not charted</li>' in text
    assert (
        '<li class="not-charted">$5.0M in 1 release whose year is not printed (inferred), '
        "not charted</li>"
    ) in text
    assert "2019-03-03 (year inferred)" in text
    assert "CAD 12.0M in 1 amount printed in CAD, not converted, not charted" in text
    assert "Acme Bio previously received a $7 million milestone payment" not in text


def test_year_labels_never_overlap_with_decades_of_data(decades, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is needed: apt-get install chromium (`make test` installs it)"
    measured = tmp_path / "measured.html"
    measured.write_text(
        decades.read_text(encoding="utf-8").replace(
            "</body>",
            "<script>document.body.setAttribute('data-boxes', JSON.stringify("
            "[...document.querySelectorAll('svg text.axis-x')].map(t => {"
            "const r = t.getBoundingClientRect();"
            "return [t.closest('svg').id, r.left, r.right, t.textContent]; })));</script></body>",
        ),
        encoding="utf-8",
    )
    dom = subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            measured.as_uri(),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    boxes = json.loads(html.unescape(re.search(r'data-boxes="([^"]*)"', dom).group(1)))
    for chart in ("chart-money", "chart-timeline"):
        labels = sorted((left, right, label) for svg, left, right, label in boxes if svg == chart)
        assert 10 <= len(labels) < 35, (chart, len(labels))  # 35 years: labels thinned out
        assert labels[0][2] == "1990"
        for (_, right, label), (left, _, following) in itertools.pairwise(labels):
            assert right <= left, f"{chart}: {label} overlaps {following}"
