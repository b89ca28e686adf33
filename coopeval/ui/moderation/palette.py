"""The agreement levels' look: a symbol (colour is never the only signal) and a background/text
colour pair chosen to meet WCAG AA contrast (4.5:1) with each other. Plain data, no Qt, so a unit
test can check the contrast."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Swatch:
    symbol: str
    background: str  # "#rrggbb"
    text: str


LEVELS: dict[str, Swatch] = {
    "agree": Swatch("✓", "#dff6dd", "#0e3b0e"),
    "discuss": Swatch("?", "#fff4ce", "#3b2f00"),
    "split": Swatch("✗", "#fde7e9", "#5c0011"),
    "none": Swatch("–", "#f3f2f1", "#323130"),
    "quantitative": Swatch("#", "#e8f1fb", "#0b2a4a"),
}
SELECTED = Swatch("", "#0f6cbd", "#ffffff")  # the grid's current cell
CONSENSUS_MARK = "✔"  # a consensus is recorded
DRAFTS_MARK = "⚠"  # drafts on the item are still to be submitted or withdrawn
CONFLICT_STYLE = ("#fde7e9", "#5c0011")


def swatch(level: str) -> Swatch:
    return LEVELS.get(level, LEVELS["none"])


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
