"""Extract: acquire raw releases and archive their bytes. Knows nothing of fields."""

from extract.archive import ArchivedBytes, archive_file, archive_path_for
from extract.intake import Intake, archived_intake, failed_intake, intake_file, unchanged_by_stat
from extract.local_files import SourceError, scan_files, source_path

__all__ = [
    "ArchivedBytes",
    "Intake",
    "SourceError",
    "archive_file",
    "archive_path_for",
    "archived_intake",
    "failed_intake",
    "intake_file",
    "scan_files",
    "source_path",
    "unchanged_by_stat",
]
