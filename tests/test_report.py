"""`biopress report`: a self-contained HTML file whose charts render in a real browser."""

from __future__ import annotations

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
