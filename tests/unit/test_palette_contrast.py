"""Every colour the UI defines meets WCAG 2.x AA contrast: 4.5:1 for text on its background, 3:1 for
borders and chart lines against the surface around them (WCAG 1.4.11).

The colours are found where they are written, so a colour added later is checked without anyone
remembering to list it: the Qt style sheets and inline HTML styles in every string of
`coopeval/ui/**.py` (read with `ast`, never imported), and the palettes the widgets paint with
(`ui/moderation/palette.py`, `ui/results/palette.py`). Every colour literal in the UI's source must
be accounted for by one of those checks.

A text colour set without a background is drawn on the desktop's light surfaces (Qt's light window
#efefef, or white); a background set without a text colour carries the default black text. Pure
Python: no Qt is imported.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopeval.ui.delivery import palette as delivery_palette
from coopeval.ui.moderation import palette as moderation_palette
from coopeval.ui.results import palette as chart_palette

UI = Path(__file__).resolve().parents[2] / "coopeval" / "ui"
PALETTE_MODULES = {UI / "moderation" / "palette.py", UI / "results" / "palette.py", UI / "delivery" / "palette.py"}
TEXT_AA, NON_TEXT_AA = 4.5, 3.0
LIGHT_SURFACES = ("#ffffff", "#efefef")  # what an uncoloured label or view sits on
DEFAULT_TEXT = "#000000"
NAMED = {"white": "#ffffff", "black": "#000000"}
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
PLACEHOLDER = "\x00"  # an f-string's {value}: a colour chosen at run time, from a palette checked below
BLOCKS = re.compile(r"\{([^{}]*)\}|style\s*=\s*'([^']*)'|style\s*=\s*\"([^\"]*)\"")


def contrast(a: str, b: str) -> float:
    return moderation_palette.contrast_ratio(a, b)


def normalise(colour: str) -> str | None:
    colour = colour.strip().lower()
    if colour in NAMED:
        return NAMED[colour]
    if HEX.fullmatch(colour):
        return colour if len(colour) == 7 else "#" + "".join(c * 2 for c in colour[1:])
    return None


@dataclass(frozen=True)
class Finding:
    where: str
    what: str
    ratio: float
    needed: float

    def __str__(self) -> str:
        return f"{self.where}: {self.what} is {self.ratio:.2f}:1, needs {self.needed}:1"


# --- reading the source -------------------------------------------------------------------------
def strings_of(source: str) -> list[tuple[int, str]]:
    """Every string literal in a module (an f-string with its values as PLACEHOLDER), with its line."""
    tree = ast.parse(source)
    inside_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(p.value if isinstance(p, ast.Constant) else PLACEHOLDER for p in node.values)
            found.append((node.lineno, text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside_fstrings:
            found.append((node.lineno, node.value))
    return found


def declarations(block: str) -> dict[str, str]:
    out = {}
    for part in block.split(";"):
        if ":" in part:
            name, value = part.split(":", 1)
            out[name.strip().lower()] = value.strip()
    return out


def colour_in(value: str, *, required: bool = True) -> str | None:
    """The colour in a declaration's value ("2px solid #0a4a82" → "#0a4a82"); None for a run-time
    value, or for a border without a colour ("none")."""
    if PLACEHOLDER in value:
        return None
    for word in value.replace(",", " ").split():
        colour = normalise(word)
        if colour:
            return colour
    if required:
        raise AssertionError(f"cannot read a colour in {value!r}; write it as #rrggbb")
    return None


def check_style_block(where: str, decls: dict[str, str], checked: set[str]) -> list[Finding]:
    findings = []
    text = colour_in(decls["color"]) if "color" in decls else None
    back_value = decls.get("background-color", decls.get("background"))
    back = colour_in(back_value) if back_value is not None else None
    for colour in (text, back):
        if colour:
            checked.add(colour)
    if "color" in decls and text is None or back_value is not None and back is None:
        pass  # a run-time colour: it comes from a palette, checked as a pair in the palette tests
    elif text and back:
        findings.append(Finding(where, f"text {text} on {back}", contrast(text, back), TEXT_AA))
    elif text:
        findings += [Finding(where, f"text {text} on the light surface {s}", contrast(text, s), TEXT_AA)
                     for s in LIGHT_SURFACES]
    elif back:
        findings.append(Finding(where, f"default text {DEFAULT_TEXT} on {back}", contrast(DEFAULT_TEXT, back), TEXT_AA))
    for name, value in decls.items():
        if name.startswith("border") and not name.endswith(("radius", "width", "style")):
            border = colour_in(value, required=False)
            if border:
                checked.add(border)
                findings += [Finding(where, f"{name} {border} against {s}", contrast(border, s), NON_TEXT_AA)
                             for s in LIGHT_SURFACES]
    return findings


def style_findings(source: str, name: str, checked: set[str]) -> list[Finding]:
    """Every contrast the style sheets and inline styles in one module's strings make."""
    findings = []
    for line, text in strings_of(source):
        for match in BLOCKS.finditer(text):
            block = next(g for g in match.groups() if g is not None)
            decls = declarations(block)
            if decls.keys() & {"color", "background", "background-color"} or any(k.startswith("border") for k in decls):
                findings += check_style_block(f"{name}:{line}", decls, checked)
    return findings


def colour_literals(source: str) -> set[str]:
    return {normalise(m.group(0)) for _, text in strings_of(source) for m in HEX.finditer(text)}


def ui_sources() -> dict[str, str]:
    return {str(p.relative_to(UI.parent.parent)): p.read_text(encoding="utf-8") for p in sorted(UI.rglob("*.py"))}


# --- the palettes -------------------------------------------------------------------------------
def palette_findings(checked: set[str]) -> list[Finding]:
    findings = []

    def pair(where: str, text: str, back: str, needed: float = TEXT_AA) -> None:
        checked.update({text, back})
        findings.append(Finding(where, f"{text} on {back}", contrast(text, back), needed))

    for level, swatch in moderation_palette.LEVELS.items():
        pair(f"moderation agreement '{level}'", swatch.text, swatch.background)
    selected = moderation_palette.SELECTED
    pair("moderation grid's current cell", selected.text, selected.background)
    background, text = moderation_palette.CONFLICT_STYLE
    pair("moderation conflict line", text, background)
    pair("chart text", chart_palette.TEXT, chart_palette.BACKGROUND)
    pair("chart guide lines", chart_palette.GRID, chart_palette.BACKGROUND, NON_TEXT_AA)
    for colour in chart_palette.THEME_COLOURS:
        pair("chart bar against the chart", colour, chart_palette.BACKGROUND, NON_TEXT_AA)
        pair("chart value label inside a bar", chart_palette.LABEL_ON_BAR, colour)
    for state, swatch in {**delivery_palette.CHECKS, "overdue": delivery_palette.OVERDUE,
                          "not due": delivery_palette.NOT_DUE}.items():
        pair(f"delivery grid cell '{state}'", swatch.text, swatch.background)
    for name in ("PROMISED", "DELIVERED", "UNCHECKED"):
        pair(f"delivery chart {name.lower()}", getattr(delivery_palette, name), chart_palette.BACKGROUND, NON_TEXT_AA)
    return findings


# --- the tests ----------------------------------------------------------------------------------
def test_every_style_sheet_colour_pair_in_the_ui_meets_wcag_aa():
    checked: set[str] = set()
    findings = [f for name, source in ui_sources().items() if Path(name).name != "__init__.py"
                for f in style_findings(source, name, checked)]
    assert len(findings) >= 30  # the reader found the style sheets: a broken pattern must not pass quietly
    failing = [str(f) for f in findings if f.ratio < f.needed]
    assert failing == []


def test_every_palette_pair_meets_wcag_aa():
    findings = palette_findings(set())
    failing = [str(f) for f in findings if f.ratio < f.needed]
    assert failing == []


def test_every_colour_written_in_the_ui_is_checked():
    checked: set[str] = set()
    palette_findings(checked)
    written: dict[str, set[str]] = {}
    for name, source in ui_sources().items():
        style_findings(source, name, checked)
        for colour in colour_literals(source):
            written.setdefault(colour, set()).add(name)
    unchecked = {colour: sorted(names) for colour, names in written.items() if colour not in checked}
    assert unchecked == {}, "a colour outside a style sheet or palette: give it its pair in a palette"


def test_agreement_levels_have_a_symbol_as_well_as_a_colour():
    symbols = [s.symbol for s in moderation_palette.LEVELS.values()]
    assert all(symbols) and len(set(symbols)) == len(symbols)
    assert moderation_palette.CONSENSUS_MARK and moderation_palette.DRAFTS_MARK
    letters = [chart_palette.letter_for(i) for i in range(len(chart_palette.THEME_COLOURS) * 2)]
    assert len(set(letters)) == len(letters)  # each chart theme has its own letter, whatever its colour


# --- the reader catches what it must ------------------------------------------------------------
@pytest.mark.parametrize("snippet, expected", [
    ('w.setStyleSheet("QLabel { background: #ffffff; color: #aaaaaa; }")', "text #aaaaaa on #ffffff"),
    ('STYLE = "QLabel { color: #999999; font-weight: bold; }"', "text #999999 on the light surface #ffffff"),
    ("html = f\"<p style='color:#bbbbbb'>{name}</p>\"", "text #bbbbbb on the light surface #efefef"),
    ('w.setStyleSheet("QFrame { background: #333; }")', "default text #000000 on #333333"),
    ('w.setStyleSheet("QPushButton { border: 1px solid #dddddd; }")', "border #dddddd against #ffffff"),
    ('w.setStyleSheet("QPushButton:checked { background: #0f6cbd; color: yellow; }")', None),
])
def test_a_low_contrast_pair_added_to_the_source_is_caught(snippet, expected):
    if expected is None:  # a colour the reader cannot judge is refused, never passed
        with pytest.raises(AssertionError, match="cannot read a colour"):
            style_findings(snippet, "new.py", set())
        return
    failing = [f for f in style_findings(snippet, "new.py", set()) if f.ratio < f.needed]
    assert any(expected in str(f) for f in failing), [str(f) for f in failing]


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#777777", "#ffffff") < TEXT_AA  # the classic near miss
