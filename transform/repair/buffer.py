"""Text under repair: edits applied pass by pass, every change traceable to the raw text."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the current text with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str
    confidence: float


@dataclass
class RepairCorrection:
    original: str  # as in the raw text
    corrected: str  # as in the repaired text
    rule: str
    confidence: float
    raw_start: int
    raw_end: int
    start: int
    end: int


@dataclass
class _Applied:
    rule: str
    confidence: float
    raw_start: int
    raw_end: int
    start: int
    end: int


class RepairBuffer:
    """The raw text, the current text, and a map from current offsets back to raw offsets."""

    def __init__(self, raw: str):
        self.raw = raw
        self.text = raw
        # raw_at[i]: raw offset of current position i (len(text) + 1 entries, non-decreasing)
        self.raw_at = list(range(len(raw) + 1))
        self._applied: list[_Applied] = []

    def apply(self, edits: list[Edit], unrecorded: frozenset[str] = frozenset()) -> None:
        """Apply non-overlapping edits (any order) made on the current text; edits whose rule
        is in ``unrecorded`` (layout-only changes) move text without being corrections."""
        edits = sorted(
            (e for e in edits if self.text[e.start : e.end] != e.replacement), key=lambda e: e.start
        )
        if not edits:
            return
        pieces: list[str] = []
        raw_at: list[int] = []
        cursor, delta = 0, 0
        starts: list[int] = []  # old spans of the edits applied, in order
        ends: list[int] = []
        deltas: list[int] = []  # cumulative length change after each edit
        new_spans: list[tuple[int, int]] = []
        new_applied: list[_Applied] = []
        for edit in edits:
            if edit.start < cursor:
                continue  # overlaps the previous edit: the first one wins
            pieces.append(self.text[cursor : edit.start])
            raw_at.extend(self.raw_at[cursor : edit.start])
            raw_start, raw_end = self.raw_at[edit.start], self.raw_at[edit.end]
            new_start = edit.start + delta
            pieces.append(edit.replacement)
            raw_at.extend([raw_start] * len(edit.replacement))
            delta += len(edit.replacement) - (edit.end - edit.start)
            starts.append(edit.start)
            ends.append(edit.end)
            deltas.append(delta)
            new_spans.append((new_start, new_start + len(edit.replacement)))
            if edit.rule not in unrecorded:
                new_applied.append(
                    _Applied(
                        edit.rule,
                        edit.confidence,
                        raw_start,
                        raw_end,
                        new_start,
                        new_start + len(edit.replacement),
                    )
                )
            cursor = edit.end
        pieces.append(self.text[cursor:])
        raw_at.extend(self.raw_at[cursor:])
        self.text = "".join(pieces)
        self.raw_at = raw_at

        def moved(position: int, is_end: bool) -> int:
            done = bisect_right(ends, position)  # edits that end at or before `position`
            if done < len(starts) and starts[done] < position:  # inside an edit
                return new_spans[done][1 if is_end else 0]
            return position + (deltas[done - 1] if done else 0)

        kept = []
        for applied in self._applied:
            start, end = moved(applied.start, False), moved(applied.end, True)
            overlapping = [n for n in new_applied if n.start < end and start < n.end]
            if overlapping:  # a later fix rewrote this one: one record covers both
                for later in overlapping:
                    later.raw_start = min(later.raw_start, applied.raw_start)
                    later.raw_end = max(later.raw_end, applied.raw_end)
                    later.start, later.end = min(later.start, start), max(later.end, end)
                continue
            applied.start, applied.end = start, end
            kept.append(applied)
        self._applied = sorted(kept + new_applied, key=lambda a: a.start)

    def corrections(self) -> list[RepairCorrection]:
        """Every recorded change, with its span in the raw and in the repaired text."""
        return [
            RepairCorrection(
                self.raw[a.raw_start : a.raw_end],
                self.text[a.start : a.end],
                a.rule,
                a.confidence,
                a.raw_start,
                a.raw_end,
                a.start,
                a.end,
            )
            for a in self._applied
        ]
