"""The results as two read-only tables, both straight from `results_json` (the figures the CLI
prints), so what a panel copies from the screen is what a script would read:

- `RankingTableModel`: one row per bid, best first — rank, total, tender points, a subtotal per
  framework (the co-operative values framework first), monetised value where proxies exist, and
  the minimums the bid fails, in words. Narrow enough to read without scrolling sideways.
- `OutcomeTableModel`: the subtotals under every framework, theme and outcome (rows), per bid
  (columns), with what each heading offers.
- `MeasureTableModel`: every measure (rows) by bid (columns): the bid's points for the measure,
  and for a quantitative measure the quantity it committed.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from coopeval.domain.numbers import money_text, number_text
from coopeval.services.results.view import Heading, ResultsDisplay, tsv

RANK, BID, NAME, TOTAL, TENDER_POINTS = range(5)  # the ranking's fixed columns; subtotals follow
LEVEL, HEADING, OUT_OF = range(3)  # the outcome table's fixed columns; one per bid follows
CODE, MEASURE, WEIGHT = range(3)  # the measure table's fixed columns; one per bid follows
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Prepared = tuple[list["Column"], list[dict[str, Any]], list[list[str]]]  # a table's columns, rows and cell texts


def wrapped(text: str, width: int = 14) -> str:
    """Header text on several short lines, so a long theme name does not make a wide column."""
    lines = textwrap.wrap(text.replace("/", "/ "), width, break_long_words=False, break_on_hyphens=False)  # "A/B" may break after the slash
    return "\n".join(line.replace("/ ", "/") for line in lines) or text


@dataclass(frozen=True)
class Column:
    header: str
    tooltip: str
    cell: Callable[[dict[str, Any]], str]
    numeric: bool = True
    hint: Callable[[dict[str, Any]], str] | None = None  # a cell's tooltip, when more than its text


class TextTableModel(QAbstractTableModel):
    """A read-only grid of strings with headers; `tsv()` gives it as tab-separated text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[dict[str, Any]] = []
        self._grid: list[list[str]] | None = None  # every cell's text, worked out once per reset

    def _reset(self, columns: list[Column], rows: list[dict[str, Any]], grid: list[list[str]] | None = None) -> None:
        self.beginResetModel()
        self.columns, self.rows, self._grid = columns, rows, grid
        self.endResetModel()

    def prepare(self, display: ResultsDisplay | None) -> Prepared:
        """The columns, rows and every cell's text for `display`, worked out without touching the model
        (so on the worker, while the page keeps answering); `set_prepared` then shows them at once."""
        columns, rows = self._parts(display)
        cells = [c.cell for c in columns]
        return columns, rows, [[cell(r) for cell in cells] for r in rows]

    def set_prepared(self, prepared: Prepared) -> None:
        self._reset(*prepared)

    def set_display(self, display: ResultsDisplay | None) -> None:
        self._reset(*self._parts(display))

    def _parts(self, display: ResultsDisplay | None) -> tuple[list[Column], list[dict[str, Any]]]:
        return [], []

    def grid(self) -> list[list[str]]:
        """Every cell's text, row by row (views ask for each cell many times: it is kept)."""
        if self._grid is None:
            cells = [c.cell for c in self.columns]
            self._grid = [[cell(r) for cell in cells] for r in self.rows]
        return self._grid

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip
        return None

    def text(self, row: int, column: int) -> str:
        return self.grid()[row][column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # the most asked, first
            return self.grid()[index.row()][index.column()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.hint is not None:
            return column.hint(self.rows[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.tooltip}: {self.text(index.row(), index.column())}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return self._extra(index, role)

    def _extra(self, index: _Index, role: int) -> Any:
        return None

    def headers(self) -> list[str]:
        return [" ".join(c.header.split()) for c in self.columns]

    def cells(self) -> list[list[str]]:
        return [list(row) for row in self.grid()]

    def tsv(self) -> str:
        return tsv(self.headers(), self.cells())


class RankingTableModel(TextTableModel):
    def _parts(self, display: ResultsDisplay | None) -> tuple[list[Column], list[dict[str, Any]]]:
        return ([], []) if display is None else (self._columns(display), list(display.data["ranking"]))

    def _columns(self, d: ResultsDisplay) -> list[Column]:
        weight = d.data["section_weight"]
        cols = [
            Column(self.tr("Rank"), self.tr("Rank (none when disqualified)"),
                   lambda r: "—" if r["rank"] is None else str(r["rank"])),
            Column(self.tr("Bid"), self.tr("Bid identifier"), lambda r: r["bid"], numeric=False),
            Column(self.tr("Name"), self.tr("Bidder's legal name"), lambda r: r["name"], numeric=False),
            Column(self.tr("Total\n(of 100)"), self.tr("Social value score out of 100"), lambda r: r["total"]),
            Column(self.tr("Tender points\n(of {percent})").format(percent=weight),
                   self.tr("Points in the whole tender: social value is {percent}% of it").format(percent=weight),
                   lambda r: r["tender_points"]),
        ]
        for h in d.frameworks:
            name = d.framework_names.get(h.framework, h.framework)
            cols.append(Column(self.tr("{name}\n(of {points})").format(name=wrapped(name),
                                                                        points=_whole(h.available)),
                               self.tr("{name}: of {points}").format(name=name, points=h.available),
                               _framework_cell(h.key)))
        if d.has_proxies:
            cols.append(Column(self.tr("Monetised"), self.tr("Committed quantities × their proxy values, in pounds"),
                               lambda r: money_text(r["monetised"])))
        cols.append(Column(self.tr("Fails minimum"), self.tr("Measures whose minimum the bid does not meet"),
                           self._fails, numeric=False))
        return cols

    def _fails(self, r: dict[str, Any]) -> str:
        if not r["failed_thresholds"]:
            return self.tr("none")
        codes = ", ".join(r["failed_thresholds"])
        return self.tr("{codes} — disqualified").format(codes=codes) if r["disqualified"] else codes


class OutcomeTableModel(TextTableModel):
    def _parts(self, display: ResultsDisplay | None) -> tuple[list[Column], list[dict[str, Any]]]:
        return ([], []) if display is None else self._layout(display)

    def _layout(self, d: ResultsDisplay) -> tuple[list[Column], list[dict[str, Any]]]:
        names = d.framework_names
        rows = [{"heading": h, "label": names.get(h.label, h.label) if h.level == 0 else h.label} for h in d.headings]
        levels = (self.tr("Framework"), self.tr("Theme"), self.tr("Outcome"))
        cols = [Column(self.tr("Level"), self.tr("Framework, theme within it, or outcome within the theme"),
                       lambda r: levels[r["heading"].level], numeric=False),
                Column(self.tr("Heading"), self.tr("What the points are for"), lambda r: r["label"], numeric=False),
                Column(self.tr("Out of"), self.tr("The weight on offer under this heading"),
                       lambda r: r["heading"].available)]
        for bid in d.data["ranking"]:
            rank = "—" if bid["rank"] is None else str(bid["rank"])
            cols.append(Column(wrapped(f"{rank}. {bid['name']}", 22), f"{bid['name']} ({bid['bid']})",
                               _subtotal_cell(bid)))
        return cols, rows

    def _extra(self, index: _Index, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()]["heading"].level < 2:
            return _bold()
        return None


class MeasureTableModel(TextTableModel):
    """Points per measure and bid, from the same `results_json` as the other tables."""

    def _parts(self, display: ResultsDisplay | None) -> tuple[list[Column], list[dict[str, Any]]]:
        return ([], []) if display is None else self._layout(display)

    def _layout(self, d: ResultsDisplay) -> tuple[list[Column], list[dict[str, Any]]]:
        rows = [{"code": m.code, "title": m.title, "weight": m.weight, "quantitative": m.kind == "quantitative",
                 "unit": str(m.detail.get("unit") or "")} for m in d.measures]
        cols = [Column(self.tr("Code"), self.tr("Measure code"), lambda r: r["code"], numeric=False),
                Column(self.tr("Measure"), self.tr("What the measure asks for"), lambda r: r["title"], numeric=False),
                Column(self.tr("Out of"), self.tr("The measure's weight: the points on offer"),
                       lambda r: _whole(r["weight"]))]
        for bid in d.data["ranking"]:
            rank = "—" if bid["rank"] is None else str(bid["rank"])
            cols.append(Column(wrapped(f"{rank}. {bid['name']}", 22),
                               self.tr("{name} ({identifier}): points, and the quantity committed").format(
                                   name=bid["name"], identifier=bid["bid"]), self._measure_cell(bid, units=False),
                               hint=self._measure_cell(bid, units=True)))
        return cols, rows

    def _measure_cell(self, bid: dict[str, Any], *, units: bool) -> Callable[[dict[str, Any]], str]:
        """One bid's points on a measure row; for a quantitative measure, the quantity committed too
        (in the cell without its unit, which can be long; in the tooltip with it)."""
        def cell(r: dict[str, Any]) -> str:
            result = bid["measures"].get(r["code"])
            if result is None:
                return "—"
            if not r["quantitative"]:
                return result["points"]
            if result["value"] is None:
                return self.tr("{points} (none committed)").format(points=result["points"])
            quantity = number_text(result["value"]) + (f" {r['unit']}" if units and r["unit"] else "")
            return self.tr("{points} (committed {quantity})").format(points=result["points"], quantity=quantity)
        return cell


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _subtotal(bid: dict[str, Any], heading: Heading) -> str:
    return bid[("by_framework", "by_theme", "by_outcome")[heading.level]][heading.key]


def _framework_cell(key: str) -> Callable[[dict[str, Any]], str]:
    """A ranking row's points under one framework."""
    return lambda r: r["by_framework"][key]


def _subtotal_cell(bid: dict[str, Any]) -> Callable[[dict[str, Any]], str]:
    """One bid's points under an outcome-table row's heading."""
    return lambda r: _subtotal(bid, r["heading"])


def _whole(figure: str) -> str:
    """26.00 → 26, 20.50 → 20.5: "out of" figures read better without trailing zeros."""
    return figure.rstrip("0").rstrip(".") if "." in figure else figure
