"""The docs stay true to the code: every table and column of the contract is documented."""

import argparse
import re

from load.schema import TABLES
from tests.conftest import PROJECT
from transform.records import EVENT_TYPES, MONEY_KINDS, QUARANTINE_REASONS

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
