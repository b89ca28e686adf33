"""The one stylesheet every CoopEval PDF uses: paragraph styles, table styles and colours."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from coopeval.reporting.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#0b4f6c")
RULE = colors.HexColor("#b8c4cc")
HEADER_BG = colors.HexColor("#e3ecf1")
ZEBRA = colors.HexColor("#f6f8f9")
DRAFT_RED = colors.HexColor("#a4262c")
SPREAD_COLOURS = {"agree": colors.HexColor("#2e6b30"), "discuss": colors.HexColor("#8a5a00"),
                  "split": colors.HexColor("#a4262c")}
CHART_COLOURS = ["#0b4f6c", "#5f9ea0", "#d08c2e", "#7a5195", "#2e6b30", "#a4262c", "#7f7f7f", "#c9a227",
                 "#3b7dd8", "#8c564b"]

MARGIN = 18 * mm
PAGE_TOP_GAP = 14 * mm  # room for the running header
PAGE_BOTTOM_GAP = 16 * mm  # room for the two-line footer


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK, spaceAfter=4)
    sheet.add(base)
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=7.5, leading=9.5, spaceAfter=2))
    sheet.add(ParagraphStyle("Muted", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8, leading=10, spaceAfter=0))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=BOLD))
    sheet.add(ParagraphStyle("CellMuted", parent=sheet["Cell"], textColor=MUTED, spaceBefore=1))
    sheet.add(ParagraphStyle("CellWarning", parent=sheet["Cell"], textColor=DRAFT_RED))
    sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellHead", parent=sheet["Cell"], fontName=BOLD, textColor=ACCENT))
    sheet.add(ParagraphStyle("CellHeadRight", parent=sheet["CellHead"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Title", parent=base, fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT,
                             spaceAfter=10))
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontSize=13, leading=17, textColor=INK, spaceAfter=12))
    sheet.add(ParagraphStyle("Draft", parent=base, fontName=BOLD, fontSize=14, leading=18, textColor=DRAFT_RED,
                             spaceAfter=10))
    sheet.add(ParagraphStyle("H1", parent=base, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1))
    sheet.add(ParagraphStyle("H2", parent=base, fontName=BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1))
    sheet.add(ParagraphStyle("H3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5, textColor=INK,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1))
    sheet.add(ParagraphStyle("Label", parent=base, fontName=BOLD, fontSize=8, leading=10, textColor=MUTED,
                             spaceAfter=1, keepWithNext=1))
    sheet.add(ParagraphStyle("Labelled", parent=sheet["Small"], leftIndent=56, bulletIndent=0, bulletFontName=BOLD,
                             bulletFontSize=7.5))
    sheet.add(ParagraphStyle("LabelledBody", parent=base, leftIndent=62, bulletIndent=0, bulletFontName=BOLD,
                             bulletFontSize=9, spaceAfter=2))
    sheet.add(ParagraphStyle("LabelledWarning", parent=sheet["LabelledBody"], textColor=DRAFT_RED))
    sheet.add(ParagraphStyle("PartLanguage", parent=base, fontName=BOLD, fontSize=10, leading=13, textColor=MUTED,
                             spaceAfter=8))  # "Cymraeg" / "English" over each part of a bilingual document
    sheet.add(ParagraphStyle("Quote", parent=base, fontName=ITALIC, leftIndent=8, textColor=INK))
    sheet.add(ParagraphStyle("Centre", parent=base, alignment=TA_CENTER))
    return sheet


def grid_style(*, header_rows: int = 1, zebra: bool = True, extra: list[Any] | None = None) -> TableStyle:
    """The table look: a tinted header, thin rules, light zebra rows, top-aligned cells."""
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
                     ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, ACCENT)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands + (extra or []))


_CONTROLS = {c: None for c in range(32) if chr(c) not in "\n\t"} | {ord("\t"): " ", 0x7F: None}


def text(value: object) -> str:
    """User text made safe for Paragraph markup: escaped, control characters dropped (a pasted
    form feed would break the layout), line breaks kept."""
    plain = str(value if value is not None else "").replace("\r\n", "\n").translate(_CONTROLS)
    return escape(plain).replace("\n", "<br/>")
