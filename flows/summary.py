"""What a run did, as returned by the flow and printed by the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the run's workers import this module: keep DuckDB out of them
    from load.checks import CheckResult

LISTED = 50  # inputs listed one by one in the printed summary; the rest are counted


@dataclass(frozen=True)
class QuarantineNote:
    source_uri: str
    reason: str
    detail: str


@dataclass(frozen=True)
class WarningNote:
    source_uri: str
    warnings: list[str]


@dataclass
class RunSummary:
    run_id: str
    warehouse: str
    status: str
    n_seen: int = 0
    n_new: int = 0
    n_updated: int = 0
    n_unchanged: int = 0
    n_quarantined: int = 0
    quarantined: list[QuarantineNote] = field(default_factory=list)
    warnings: list[WarningNote] = field(default_factory=list)
    source_errors: list[str] = field(default_factory=list)
    source_notes: list[str] = field(default_factory=list)  # limits reached; not errors
    n_requests: int = 0  # HTTP requests made for web sources, retries included
    n_not_modified: int = 0  # pages the server answered 304 Not Modified
    total_releases: int = 0
    total_quarantined: int = 0
    seconds: float = 0.0
    checks: list[CheckResult] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)  # source -> counts

    def render(self) -> str:
        """Plain-text report of the run for the terminal or a cron mail."""
        lines = [
            f"biopress run {self.run_id}: {self.status} in {self.seconds:.1f} s",
            f"  warehouse   {self.warehouse}",
            f"  inputs      {self.n_seen} seen: {self.n_new} new, {self.n_updated} updated, "
            f"{self.n_unchanged} unchanged, {self.n_quarantined} quarantined",
            f"  warehouse   {self.total_releases} releases; {self.total_quarantined} inputs in "
            "quarantine",
        ]
        if self.n_requests:
            lines.append(
                f"  web         {self.n_requests} requests, {self.n_not_modified} not modified"
            )
        failed = [c for c in self.checks if c.passed is False]
        run = [c for c in self.checks if c.passed is not None]
        if self.checks:
            skipped = len(self.checks) - len(run)
            lines.append(
                f"  checks      {len(run) - len(failed)} of {len(run)} passed"
                + (f"; {skipped} skipped (nothing loaded)" if skipped else "")
            )
        lines.extend(f"  CHECK {c.severity}  {c.name}: {c.detail}" for c in failed)
        for error in self.source_errors:
            lines.append(f"  SOURCE ERROR  {error}")
        for note in self.source_notes:
            lines.append(f"  SOURCE NOTE   {note}")
        if self.quarantined:
            lines.append("  quarantined this run:")
            lines.extend(
                _listed(
                    [f"    {n.source_uri}\n      {n.reason}: {n.detail}" for n in self.quarantined],
                    f"SELECT * FROM quarantine WHERE run_id = '{self.run_id}'",
                )
            )
        if self.warnings:
            lines.append("  loaded with warnings:")
            lines.extend(
                _listed(
                    [f"    {n.source_uri}\n      {'; '.join(n.warnings)}" for n in self.warnings],
                    f"SELECT warnings FROM releases WHERE run_id = '{self.run_id}' "
                    "AND len(warnings) > 0",
                )
            )
        return "\n".join(lines)

    def markdown(self) -> str:
        """The run's report as Markdown, published as a Prefect artifact."""
        out = [
            f"# biopress run `{self.run_id}`: {self.status}",
            "",
            f"{self.n_seen} inputs seen: {self.n_new} new, {self.n_updated} updated, "
            f"{self.n_unchanged} unchanged, {self.n_quarantined} quarantined. The warehouse "
            f"holds {self.total_releases} releases. {self.seconds:.1f} s.",
            "",
            "## Sources",
            "",
            "| source | seen | new | updated | unchanged | quarantined |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for source, counts in sorted(self.per_source.items()):
            out.append(
                f"| {_cell(source)} | {counts.get('seen', 0)} | {counts.get('new', 0)} | "
                f"{counts.get('updated', 0)} | {counts.get('unchanged', 0)} | "
                f"{counts.get('quarantined', 0)} |"
            )
        out += ["", "## Quarantined this run", ""]
        if self.quarantined:
            out += ["| input | reason | detail |", "|---|---|---|"]
            out += [
                f"| {_cell(q.source_uri)} | {q.reason} | {_cell(q.detail)} |"
                for q in self.quarantined[:LISTED]
            ]
            if len(self.quarantined) > LISTED:
                out.append(f"\n... and {len(self.quarantined) - LISTED} more in `quarantine`.")
        else:
            out.append("None.")
        for error in self.source_errors:
            out.append(f"- **source error**: {_cell(error)}")
        for note in self.source_notes:
            out.append(f"- **source note**: {_cell(note)}")
        out += ["", "## Quality checks", "", "| check | severity | result |", "|---|---|---|"]
        out += [
            f"| {c.name} | {c.severity} | {_check_result(c)} |"
            for c in sorted(self.checks, key=lambda c: (c.passed is not False, c.name))
        ]
        return "\n".join(out)


def _listed(lines: list[str], query: str) -> list[str]:
    """At most LISTED lines, then how many more there are and the query that lists them."""
    if len(lines) <= LISTED:
        return lines
    return [*lines[:LISTED], f"    ... and {len(lines) - LISTED} more: {query}"]


def _check_result(check: CheckResult) -> str:
    if check.passed is None:
        return "skipped"
    return "ok" if check.passed else "FAILED: " + _cell(check.detail)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def publish_run_artifact(summary: RunSummary) -> None:
    """Attach the run's Markdown report to its Prefect flow run."""
    from prefect.artifacts import create_markdown_artifact

    create_markdown_artifact(
        summary.markdown(),
        key="biopress-run-report",
        description=f"biopress run {summary.run_id}",
    )
