"""A one-line progress display for long runs: on a terminal only, silent in CI and logs."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    """Documents done, rate and time left, redrawn in place on stderr."""

    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        if enabled is None:
            enabled = self.stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled and total > 0

    def advance(self, documents: int) -> None:
        self.done += documents
        if self.enabled:
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (
            f"{self.done:,}/{self.total:,} documents  {rate:,.0f}/s  "
            f"{int(left) // 60}:{int(left) % 60:02d} left "
        )

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
