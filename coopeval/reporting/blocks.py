"""Small building blocks for CoopEval PDFs: paragraphs from user text, headings that become
bookmarks, and tables that split across pages with their header repeated.

User text that may be long goes through `paras`: it comes back as several short paragraphs (see
`quoting.chunks`), which a table cell or the page lays out in time proportional to its length.
Table rows split across pages inside a cell (`splitInRow`), so a cell taller than a page (a long
statement or rationale) runs on to the next page instead of making the report impossible."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from coopeval.reporting.layout import bookmarked
from coopeval.reporting.quoting import chunks
from coopeval.reporting.styles import MARGIN, ZEBRA, grid_style, stylesheet, text

FRAME_WIDTH = 210 * mm - 2 * MARGIN
# The paragraph styles' names (`styles.stylesheet`): names, never shown, so they are kept out of the translated text.
BODY, CELL, MUTED, DRAFT, TITLE, SUBTITLE, QUOTE, SMALL, LABELLED = (  # i18n: no
    "Body", "Cell", "Muted", "Draft", "Title", "Subtitle", "Quote", "Small", "Labelled")
SPREAD_FROM = 3  # a cell of more paragraphs than this is spread over continuation rows


class Para(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A Paragraph that lays itself out once per width. ReportLab asks a paragraph for its size
    several times at the same width (a table measures its cells, measures them again to split,
    and once more to draw them), and `Paragraph.wrap` breaks the lines afresh each time; the
    answer depends on the width alone, so it is kept until the width changes, or until a split
    that found no room drops the line breaks."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if size[1] != 0x7FFFFFFF else None
        return size


def p(value: object, style: str = BODY) -> Paragraph:
    return Para(text(value), stylesheet()[style])


def paras(value: object, style: str = BODY, *, label: str | None = None) -> list[Flowable]:
    """User text that may be long, as one or more paragraphs; `label` hangs beside the first (a
    style with a bullet indent)."""
    sheet = stylesheet()[style]
    parts = chunks(str(value if value is not None else ""))
    return [Para(text(part), sheet, bulletText=label if n == 0 else None) for n, part in enumerate(parts)]


def markup(value: str, style: str = BODY) -> Paragraph:
    """A paragraph whose markup we wrote ourselves (user text inside it is escaped by the caller)."""
    return Para(value, stylesheet()[style])


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
    """A table that splits across pages by row and repeats its header on every page.

    A cell given as a list of several paragraphs (long text from `paras`) is spread over
    continuation rows, one paragraph a row, drawn as one row (same background, no rule between):
    ReportLab splits a table between rows cheaply, but re-lays out a whole cell each time it splits
    inside one, which for a cell many pages long takes time growing with the square of its length.
    `extra` style commands count rows as laid out (with continuation rows)."""
    physical: list[list[Any]] = []
    logical: list[int] = []  # for each physical row, the row it continues
    for index, row in enumerate(rows):
        depth = max((len(c) for c in row if isinstance(c, list)), default=1) if index >= header_rows else 1
        depth = depth if depth > SPREAD_FROM else 1
        for part in range(depth):
            physical.append([_part(c, part, depth) for c in row])
            logical.append(index)
    commands: list[Any] = list(extra or [])
    spread = len(physical) != len(rows)
    if spread:
        for r in range(header_rows, len(physical)):
            if zebra and (logical[r] - header_rows) % 2:
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
            if r + 1 < len(physical) and logical[r + 1] == logical[r]:
                commands += [("LINEBELOW", (0, r), (-1, r), 0, colors.white), ("BOTTOMPADDING", (0, r), (-1, r), 0),
                             ("TOPPADDING", (0, r + 1), (-1, r + 1), 0)]
    t = Table(physical, colWidths=widths, repeatRows=header_rows, splitByRow=1, splitInRow=1, hAlign="LEFT")
    style = grid_style(header_rows=header_rows, zebra=zebra and not spread)
    for command in commands:
        style.add(*command)
    t.setStyle(style)
    t.spaceAfter = 5
    return t


def _part(cell: Any, part: int, depth: int) -> Any:
    """What a cell shows in continuation row `part` of `depth`: its `part`-th paragraph (the last row
    takes any left over), or nothing."""
    if not isinstance(cell, list):
        return cell if part == 0 else ""
    if part == depth - 1:
        return cell[part:]
    return cell[part:part + 1]


def head(*labels: str) -> list[Paragraph]:
    return [p(label, "CellHead") for label in labels]


def key_values(pairs: list[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    rows = [[p(k, "CellBold"), paras(v, CELL)] for k, v in pairs if v not in (None, "")]
    return table(rows, [label_width, FRAME_WIDTH - label_width], header_rows=0, zebra=False)


def cols(*fractions: float) -> list[float]:
    total = sum(fractions)
    return [FRAME_WIDTH * f / total for f in fractions]
