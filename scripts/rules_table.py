"""Print the rules table of warehouse/README.md from transform/lexicons/extraction_rules.csv, the
one home of extraction rule names and confidences (tests/test_docs.py checks the two agree):

    .venv/bin/python scripts/rules_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transform.rules import rules


def rules_table() -> str:
    rows = ["| rule | table | confidence | what it reads |", "| --- | --- | --- | --- |"]
    for rule in rules().values():
        rows.append(f"| `{rule.name}` | `{rule.table}` | {rule.confidence:g} | {rule.meaning} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(rules_table())
