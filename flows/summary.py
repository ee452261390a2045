"""What a run did, as returned by the flow and printed by the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    n_requests: int = 0  # HTTP requests made for web sources, retries included
    n_not_modified: int = 0  # pages the server answered 304 Not Modified
    total_releases: int = 0
    total_quarantined: int = 0
    seconds: float = 0.0

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
        for error in self.source_errors:
            lines.append(f"  SOURCE ERROR  {error}")
        if self.quarantined:
            lines.append("  quarantined this run:")
            lines.extend(
                f"    {note.source_uri}\n      {note.reason}: {note.detail}"
                for note in self.quarantined
            )
        if self.warnings:
            lines.append("  loaded with warnings:")
            lines.extend(
                f"    {note.source_uri}\n      {'; '.join(note.warnings)}" for note in self.warnings
            )
        return "\n".join(lines)
