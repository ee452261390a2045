"""Where everything of one warehouse lives: all beside the DuckDB file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def warehouse_path(path: Path | str) -> Path:
    """The absolute path of a warehouse file: its folder resolved, never the file itself, which
    is a link to the published version (resolving it would name that version instead)."""
    given = Path(path).expanduser()
    return given.parent.resolve() / given.name


@dataclass(frozen=True)
class WarehouseLayout:
    """The paths of one warehouse, from its DuckDB file."""

    database: Path

    @classmethod
    def at(cls, path: Path | str) -> WarehouseLayout:
        """The layout of the warehouse at ``path``, however it is written."""
        return cls(warehouse_path(path))

    @property
    def root(self) -> Path:
        return self.database.parent

    @property
    def archive_dir(self) -> Path:
        return self.root / "raw"

    @property
    def parquet_dir(self) -> Path:
        return self.root / "parquet"

    @property
    def prefect_home(self) -> Path:
        return self.root / ".prefect"

    def run_dir(self, run_id: str) -> Path:
        """The run's Parquet files, kept as the record of what it loaded."""
        return self.parquet_dir / f"run_id={run_id}"

    def state_snapshot(self, run_id: str) -> Path:
        """Scratch copy of the warehouse's document state, read by the run's batch tasks."""
        return self.staging_dir / f"{run_id}-known-documents.parquet"

    def fetch_snapshot(self, run_id: str) -> Path:
        """Scratch copy of the warehouse's fetch state, read by the run's fetch tasks."""
        return self.staging_dir / f"{run_id}-fetch-state.parquet"

    @property
    def staging_dir(self) -> Path:
        return self.root / "staging"

    def staged_database(self, run_id: str) -> Path:
        """The run's private copy of the warehouse: loaded, checked, then published."""
        return self.staging_dir / f"{run_id}.duckdb"

    @property
    def versions_dir(self) -> Path:
        """Published warehouses; the warehouse path is a link to the current one. Named after
        the warehouse, so that two warehouses in one folder keep their versions apart."""
        return self.root / f"{self.database.name}.versions"

    def version_file(self, run_id: str) -> Path:
        """A published warehouse: a folder per run, so the file keeps the warehouse's name
        (DuckDB names the database after the file it opens)."""
        return self.versions_dir / run_id / self.database.name

    @property
    def failed_runs_dir(self) -> Path:
        """Ledger rows of failed runs, added to ``runs`` by the next published run."""
        return self.root / "failed-runs"

    @property
    def lock_file(self) -> Path:
        return self.root / ".biopress.lock"

    @property
    def report_file(self) -> Path:
        return self.root / "report.html"

    def own_paths(self) -> frozenset[str]:
        """Everything biopress writes beside the warehouse: never read as an input, even when
        the warehouse sits inside a source folder."""
        paths = [
            self.database,
            self.database.with_name(self.database.name + ".wal"),
            self.archive_dir,
            self.parquet_dir,
            self.staging_dir,
            self.versions_dir,
            self.failed_runs_dir,
            self.prefect_home,
            self.lock_file,
            self.report_file,
        ]
        return frozenset(str(path) for path in paths)
