"""Noise repair: mojibake, aggregator junk, hard wraps, broken words, OCR confusions, names.

Precision first: a change is made only when the result is a known word or name and the original
is not, and every change is recorded with its rule, its confidence and its spans in the raw and
the repaired text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from transform.repair.buffer import Edit, RepairBuffer, RepairCorrection
from transform.repair.contacts import contact_edits
from transform.repair.encoding import (
    junk_edits,
    lossy_apostrophe_edits,
    lost_dash_edits,
    mojibake_edits,
)
from transform.repair.layout import dehyphenation_edits, page_break_edits, reflow_edits
from transform.repair.marks import (
    SCAN_SIGNS,
    abbreviation_edits,
    bracketed_to_edits,
    code_edits,
    exchange_edits,
    form_period_edits,
    glued_opening_edits,
    legal_form_edits,
    line_bullet_edits,
    line_quote_edits,
    lost_i_edits,
    misread_to_edits,
    month_edits,
    name_majority_edits,
    period_edits,
    small_capital_edits,
    stray_mark_edits,
    wire_edits,
)
from transform.repair.words import (
    amount_digit_edits,
    capital_misread_edits,
    compound_splits,
    digit_letter_edits,
    lone_misreads,
    phase_numeral_edits,
    scan_edits,
    split_word_edits,
    word_edits,
)

# Passes that move text around without changing a word are not corrections of content.
LAYOUT_RULES = frozenset({"reflow", "hyphen_line_break"})
# Changes only a scan calls for (make eval-ocr counts each on a published release as damage) ...
SCAN_ONLY_RULES = frozenset(
    {
        "ocr_confusion",
        "ocr_confusion_local_name",
        "split_word+ocr_confusion",
        "stray_mark",
        "period_read_as_comma",
        "scan_capital",
        "currency_sign",
    }
)
# ... and the ones that show a text was scanned when it needs several of them
SCAN_RULES = frozenset({"stray_mark", "ocr_confusion", "ocr_confusion_local_name"})


# The guessing passes only a scanned text gets (SCAN_SIGNS misreads or more), in turn
SCAN_PASSES: tuple[Callable[[str], list[Edit]], ...] = (
    legal_form_edits,
    partial(glued_opening_edits, marks="["),
    wire_edits,
    month_edits,
    exchange_edits,
    small_capital_edits,
    form_period_edits,
    code_edits,
    line_quote_edits,
    line_bullet_edits,
    bracketed_to_edits,
    lost_i_edits,
    capital_misread_edits,
    misread_to_edits,
    name_majority_edits,
    abbreviation_edits,
)


@dataclass(frozen=True)
class Repaired:
    text: str
    corrections: list[RepairCorrection]


def repair_text(raw: str) -> Repaired:
    """The repaired text of a decoded, normalised release, and every change made to it."""
    buffer = RepairBuffer(raw)
    for make_edits in (
        mojibake_edits,
        lossy_apostrophe_edits,
        lost_dash_edits,
        junk_edits,
        dehyphenation_edits,
        page_break_edits,
        reflow_edits,
        contact_edits,
        stray_mark_edits,
        phase_numeral_edits,
        amount_digit_edits,
        digit_letter_edits,
        split_word_edits,
    ):
        buffer.apply(make_edits(buffer.text), unrecorded=LAYOUT_RULES)
    edits = word_edits(buffer.text)
    if not any(e.rule in SCAN_RULES for e in edits) and not any(
        c.rule in SCAN_RULES for c in buffer.corrections()
    ):
        # a name near a lexicon's in a text with no misread at all is its own, as printed:
        # "spun out of Seragen" is no "Seagen"; and a lone word of two words of content is a
        # compound the English list lacks: "joint bookrunner" is no "book runner"
        compounds = compound_splits(edits, buffer.text)
        edits = [e for e in edits if e.rule != "lexicon_snap" and e not in compounds]
    misreads = sum(e.rule in SCAN_RULES for e in edits) + sum(
        c.rule in SCAN_RULES for c in buffer.corrections()
    )
    if misreads == 1:
        lone = lone_misreads(edits, buffer.text)  # a release's only misread may be a name
        edits = [e for e in edits if e not in lone]
    elif misreads >= SCAN_SIGNS:
        # a scan's words left unknown, read again with the error model that knows more of the
        # engine's confusions (a clean text's one unknown word is more often a name)
        edits = edits + scan_edits(buffer.text, edits)
    buffer.apply(edits, unrecorded=LAYOUT_RULES)
    signs = sum(1 for c in buffer.corrections() if c.rule in SCAN_RULES)
    buffer.apply(period_edits(buffer.text, scanned=signs >= SCAN_SIGNS))
    if signs >= SCAN_SIGNS:
        for scan_pass in SCAN_PASSES:  # in turn, each on the text the last one left
            buffer.apply(scan_pass(buffer.text))
    return Repaired(buffer.text, buffer.corrections())


__all__ = ["SCAN_ONLY_RULES", "RepairCorrection", "Repaired", "repair_text"]
