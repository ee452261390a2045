"""The docs stay true to the code: every table and column of the contract is documented."""

import argparse
import csv
import dataclasses
import random
import re
from importlib import resources

from load.schema import TABLES
from scripts.rules_table import rules_table
from scripts.synthetic_releases import synthetic_release
from tests.conftest import PROJECT, SAMPLES
from transform import clean_document, extract_release
from transform.lexicon import load_lexicon
from transform.records import EVENT_TYPES, MONEY_KINDS, QUARANTINE_REASONS
from transform.rules import confidence, listed_rule, rules

SCHEMA_DOC = (PROJECT / "warehouse" / "README.md").read_text(encoding="utf-8")


def test_every_table_and_column_is_documented():
    for name, spec in TABLES.items():
        assert f"`{name}`" in SCHEMA_DOC, name
        for column in spec.schema.names:
            assert f"`{column}`" in SCHEMA_DOC, f"{name}.{column}"


def test_every_vocabulary_value_is_documented():
    for value in (*EVENT_TYPES, *MONEY_KINDS, *QUARANTINE_REASONS):
        assert f"`{value}`" in SCHEMA_DOC, value


def test_readme_names_every_cli_option():
    from flows.cli import build_parser

    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in commands.choices.items():
        assert f"biopress {name}" in readme, name
        for option in command._option_string_actions:
            if option.startswith("--") and option != "--help":
                assert option in readme, f"{name} {option}"
    assert re.search(r"biopress query \"SQL\"", readme)


def test_the_rules_table_is_the_rules_file():
    assert rules_table() in SCHEMA_DOC


def test_every_rule_an_extractor_names_is_listed_with_its_confidence():
    rng = random.Random(3)
    texts = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [synthetic_release(rng).encode() for _ in range(40)]
    named = set()
    for number, raw in enumerate(texts):
        clean = clean_document(raw, f"{number}.txt")
        extraction = extract_release(clean.text, str(number), f"{number}.txt")
        for table in dataclasses.fields(extraction):
            records = getattr(extraction, table.name)
            for record in records if isinstance(records, list) else []:
                if table.name != "corrections":  # repair rules: see the corrections table
                    named.add((record.rule, record.confidence))
    assert len(named) > 20
    for rule, value in named:
        assert listed_rule(rule) in rules(), rule
        assert value == confidence(rule), rule


def test_vocabulary_files_name_only_accepted_values():
    assert {row["event_type"] for row in load_lexicon("event_cues")} <= set(EVENT_TYPES)
    assert {row["kind"] for row in load_lexicon("money_kinds")} <= set(MONEY_KINDS)
    assert {rule.table for rule in rules().values()} <= set(TABLES)


def test_every_lexicon_row_has_the_fields_of_its_header():
    # an unquoted comma in a row ("Co., Ltd.", a regex's "{1,2}") silently cuts the value
    for entry in resources.files("transform.lexicons").iterdir():
        if not entry.name.endswith(".csv"):
            continue
        lines = [
            line
            for line in entry.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")
        ]
        header, *rows = list(csv.reader(lines))
        assert all(len(row) == len(header) for row in rows), entry.name
