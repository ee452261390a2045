"""What every table, view and column means, read from the warehouse doc (warehouse/README.md)
and written into the file with COMMENT ON, so DuckDB's CLI, harlequin and notebooks show it.

The doc is the one source: a section "### `name`" opens a table or view, its first paragraph
says what the table holds, and its rows "| `column`, `column` | ... | meaning |" say what each
column means. The Conventions section's table gives the meaning of shared columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb

SCHEMA_DOC = Path(__file__).resolve().parent.parent / "warehouse" / "README.md"
SECTION = re.compile(r"^### `(?P<name>\w+)`\s*$")
ROW = re.compile(r"^\|\s*(?P<columns>`\w+`(?:\s*,\s*`\w+`)*)\s*\|(?P<rest>.*)\|\s*$")
CONVENTIONS = "conventions"


@dataclass
class Documented:
    comment: str = ""
    columns: dict[str, str] = field(default_factory=dict)


def _plain(markdown: str) -> str:
    return " ".join(markdown.replace("`", "").replace("**", "").split())


@cache
def documented(doc: Path = SCHEMA_DOC) -> dict[str, Documented]:
    """Table or view name -> its description and its columns' meanings (shared columns under
    the key "conventions")."""
    sections: dict[str, Documented] = {}
    current: Documented | None = None
    paragraph: list[str] = []
    for line in doc.read_text(encoding="utf-8").splitlines():
        heading = SECTION.match(line)
        if heading:
            current = sections.setdefault(heading["name"], Documented())
            paragraph = []
            continue
        if line.startswith("## "):
            current = (
                sections.setdefault(CONVENTIONS, Documented()) if "Conventions" in line else None
            )
            paragraph = []
            continue
        if current is None:
            continue
        row = ROW.match(line)
        if row:
            meaning = _plain(row["rest"].rsplit("|", 1)[-1])
            for column in re.findall(r"`(\w+)`", row["columns"]):
                current.columns[column] = meaning
        elif line.strip() and not line.startswith("|") and not current.comment:
            paragraph.append(line.strip())
        elif paragraph and not current.comment:
            current.comment = _plain(" ".join(paragraph))
    return sections


def column_comment(sections: dict[str, Documented], table: str, column: str) -> str | None:
    """A column's meaning: its table's row, with the shared meaning where the row only points
    to the conventions ("see conventions", "provenance")."""
    shared = sections.get(CONVENTIONS, Documented()).columns.get(column)
    own = sections.get(table, Documented()).columns.get(column)
    if own is None or own == "see conventions":
        return shared
    if shared and own.startswith("provenance"):
        return f"{shared} ({own})"
    return own


def comment_everything(con: duckdb.DuckDBPyConnection, doc: Path = SCHEMA_DOC) -> None:
    """COMMENT ON every table, view and column the doc describes."""
    if not doc.is_file():
        return  # an installed copy without the repository's doc: no comments to write
    sections = documented(doc)
    objects = con.execute(
        "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE NOT internal "
        "UNION ALL SELECT view_name, 'VIEW' FROM duckdb_views() WHERE NOT internal"
    ).fetchall()
    for name, kind in objects:
        section = sections.get(name)
        if section and section.comment:
            con.execute(f"COMMENT ON {kind} \"{name}\" IS '{_sql(section.comment)}'")
        for (column,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [name]
        ).fetchall():
            meaning = column_comment(sections, name, column)
            if meaning:
                con.execute(f'COMMENT ON COLUMN "{name}"."{column}" IS \'{_sql(meaning)}\'')


def _sql(text: str) -> str:
    return text.replace("'", "''")
