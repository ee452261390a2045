"""Write transform/lexicons/month_names.csv: the months' names in the languages of Europe whose
releases print an English text under a dateline in their own language ("München, 3. März 2020",
"Paris, le 5 mars 2020", "Milano, 5 maggio 2020"), from the Unicode CLDR data the babel package
ships (BSD-3-Clause), as a date's month (format) and alone (stand-alone), English's left out.

The pipeline reads this file, never the package. Run it again after upgrading the package:

    .venv/bin/python scripts/build_month_names.py
"""

from __future__ import annotations

import csv
import sys
from importlib import metadata, util
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "transform" / "lexicons" / "month_names.csv"
LOCALES = ("de", "fr", "it", "es", "pt", "nl", "sv", "da", "nb", "fi", "pl")


def main() -> int:
    if util.find_spec("babel") is None:
        print("babel is not installed: pip install babel")
        return 1
    from babel.dates import get_month_names

    english = {name.casefold() for name in get_month_names("wide", locale="en").values()}
    rows: dict[str, int] = {}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context=context, locale=locale).items():
                folded = name.casefold()
                if folded not in english:
                    rows.setdefault(folded, month)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# The months' names in the languages of Europe a dateline may print over an English\n"
            '# release ("München, 3. März 2020"), English\'s left out, read only day first and\n'
            "# before a year. Source: Unicode CLDR via babel "
            f"{metadata.version('babel')} (scripts/build_month_names.py; locales "
            f"{', '.join(LOCALES)}).\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "month"])
        for name, month in sorted(rows.items(), key=lambda row: (row[1], row[0])):
            writer.writerow([name, month])
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
