"""The bar chart's colours, and the WCAG contrast arithmetic that checks them (pure Python, so a
unit test can hold the palette to WCAG AA without Qt).

The chart draws on its own white background whatever the desktop theme, so the ratios below hold
everywhere. Every bar colour reaches 4.5:1 against white: more than the 3:1 AA asks of graphics,
and enough for the white value labels drawn inside the bars. Colour is never the only signal:
each theme also has a letter, printed in its bar segments and in the legend.
"""

from __future__ import annotations

BACKGROUND = "#ffffff"
TEXT = "#1a1a1a"  # axis, names and totals
LABEL_ON_BAR = "#ffffff"  # value labels inside a bar segment
GRID = "#767676"  # the 0 / 50 / 100 guide lines (4.5:1 on white)
THEME_COLOURS = (
    "#0b5394",  # blue
    "#a0410d",  # burnt orange
    "#1e6b3a",  # green
    "#6b3fa0",  # purple
    "#00677f",  # teal
    "#a3195b",  # magenta
    "#7a5b00",  # dark gold
    "#4d4d4d",  # grey
)
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O, which read as 1 and 0


def colour_for(index: int) -> str:
    return THEME_COLOURS[index % len(THEME_COLOURS)]


def letter_for(index: int) -> str:
    """A theme's key letter; beyond 24 themes, letters with a number (A2, B2, …)."""
    cycle, position = divmod(index, len(LETTERS))
    return LETTERS[position] + (str(cycle + 1) if cycle else "")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour written #rrggbb."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
