"""Small building blocks for CoopEval PDFs: paragraphs from user text, headings that become
bookmarks, and tables that split across pages with their header repeated."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from coopeval.reporting.layout import bookmarked
from coopeval.reporting.styles import MARGIN, grid_style, stylesheet, text

FRAME_WIDTH = 210 * mm - 2 * MARGIN


def p(value: object, style: str = "Body") -> Paragraph:
    return Paragraph(text(value), stylesheet()[style])


def markup(value: str, style: str = "Body") -> Paragraph:
    """A paragraph whose markup we wrote ourselves (user text inside it is escaped by the caller)."""
    return Paragraph(value, stylesheet()[style])


def heading(title: str, style: str = "H1", level: int = 0) -> Paragraph:
    return bookmarked(p(title, style), title, level)


def before_table(title: str, style: str = "H2", *, bookmark: int | None = None) -> list[Flowable]:
    """A heading over a table: starts a new page if little room is left, but does not hold on to
    the table (a heading kept with a table a little too big for the page would push both over and
    leave most of the page empty)."""
    para = p(title, style)
    para.keepWithNext = 0
    if bookmark is not None:
        bookmarked(para, title, bookmark)
    return [CondPageBreak(40 * mm), para]


def table(rows: list[list[Any]], widths: list[float], *, header_rows: int = 1, extra: list[Any] | None = None,
          zebra: bool = True) -> Table:
    """A table that splits across pages by row and repeats its header on every page."""
    t = Table(rows, colWidths=widths, repeatRows=header_rows, splitByRow=1, hAlign="LEFT")
    t.setStyle(grid_style(header_rows=header_rows, zebra=zebra, extra=extra))
    t.spaceAfter = 5
    return t


def head(*labels: str) -> list[Paragraph]:
    return [p(label, "CellHead") for label in labels]


def key_values(pairs: list[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    rows = [[p(k, "CellBold"), p(v, "Cell")] for k, v in pairs if v not in (None, "")]
    return table(rows, [label_width, FRAME_WIDTH - label_width], header_rows=0, zebra=False)


def cols(*fractions: float) -> list[float]:
    total = sum(fractions)
    return [FRAME_WIDTH * f / total for f in fractions]
