"""Where everything of one warehouse lives: all beside the DuckDB file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WarehouseLayout:
    """The paths of one warehouse, from its DuckDB file."""

    database: Path

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
            self.failed_runs_dir,
            self.prefect_home,
            self.lock_file,
            self.report_file,
        ]
        return frozenset(str(path) for path in paths)
