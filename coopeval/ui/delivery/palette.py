"""The colours of an officer's check on a delivery entry, and of an overdue cell. Colour is never the only signal:
each state also has a mark and a word in the cell ("✓ Accepted", "? Queried", "✗ Rejected", "… Pending",
"! Overdue"). Every pair reaches WCAG AA 4.5:1 (tests/unit/test_palette_contrast.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Swatch:
    background: str
    text: str
    mark: str  # printed before the state's word


CHECKS = {
    "accepted": Swatch("#dff6dd", "#0b3d0b", "✓"),
    "queried": Swatch("#fff4ce", "#3b2f00", "?"),
    "rejected": Swatch("#fde7e9", "#5c0010", "✗"),
    "pending": Swatch("#eef1f6", "#1f2a3d", "…"),
}
OVERDUE = Swatch("#fbe3d3", "#5a1f00", "!")
NOT_DUE = Swatch("#ffffff", "#4d4d4d", "")  # a period not yet ended, nothing reported: plain

# The chart: what was promised (a dashed line) and what was delivered (bars), on the results chart's white.
PROMISED = "#a0410d"
DELIVERED = "#0b5394"
UNCHECKED = "#4d4d4d"  # a figure not yet accepted: drawn hatched in this colour, counted in no total
