"""The selected measures of a tender as a table: code, title, framework, type, weight, minimum, the optional
word limit of bidders' responses, and method. A thin adapter: edits go to a `save(measure, field, text) -> bool` callback (the page calls
the service), and a refused edit leaves the old value in place."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.services.views import MeasureView

CODE, TITLE, FRAMEWORK, TYPE, WEIGHT, MINIMUM, WORDS, METHOD = range(8)
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 1
EDITABLE = {WEIGHT: "weight", MINIMUM: "minimum", WORDS: "word_limit"}

Index = QModelIndex | QPersistentModelIndex


def percent_text(value: Decimal | str) -> str:
    """A weight for reading: two decimals, or more when the weight has them (12.5 → 12.50)."""
    value = Decimal(value)
    return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else f"{value.normalize():f}"


class WeightsTableModel(QAbstractTableModel):
    def __init__(self, save: Callable[[MeasureView, str, str], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self.measures: list[MeasureView] = []
        self.editable = True
        self.headers = {
            CODE: self.tr("Code"), TITLE: self.tr("Measure"), FRAMEWORK: self.tr("Framework"),
            TYPE: self.tr("Type"), WEIGHT: self.tr("Weight %"), MINIMUM: self.tr("Minimum"),
            WORDS: self.tr("Word limit"), METHOD: self.tr("Method"),
        }
        self.header_tips = {
            WEIGHT: self.tr("Share of the social value marks; all weights must total exactly 100."),
            MINIMUM: self.tr("Optional threshold: a scale point (qualitative) or a quantity (quantitative)."),
            WORDS: self.tr("Optional: the most words a bidder's response may have (stated in the questionnaire). "
                           "Leave empty for no limit."),
            METHOD: self.tr("How a quantity is marked. Press Enter or choose Edit method to change it."),
        }

    def set_measures(self, measures: list[MeasureView], editable: bool) -> None:
        """Show these measures; in place when they are the same rows (an edit must not reset the view)."""
        if [m.id for m in measures] == [m.id for m in self.measures] and editable == self.editable:
            self.measures = list(measures)
            if measures:
                self.dataChanged.emit(self.index(0, 0), self.index(len(measures) - 1, METHOD))
            return
        self.beginResetModel()
        self.measures, self.editable = list(measures), editable
        self.endResetModel()

    def total(self) -> Decimal:
        return sum((m.weight_decimal for m in self.measures), Decimal(0))

    # Qt's model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the table's root: nothing to select or edit there
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.measures[index.row()]
        col = index.column()
        if role == MEASURE_ROLE:
            return m
        if role == Qt.ItemDataRole.EditRole:
            if col == WORDS:
                return "" if m.word_limit is None else str(m.word_limit)
            return m.weight if col == WEIGHT else (m.minimum or "") if col == MINIMUM else self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(m, col) if col in (TITLE, METHOD) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (WEIGHT, MINIMUM, WORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        m = self.measures[index.row()]
        text = "" if value is None else str(value).strip()
        if text == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return True
        return self._save(m, EDITABLE[index.column()], text)

    # text ---------------------------------------------------------------------------------------
    def _display(self, m: MeasureView, col: int) -> str:
        if col == CODE:
            return m.code
        if col == TITLE:
            return m.title
        if col == FRAMEWORK:
            return m.framework_id
        if col == TYPE:
            return self.tr("Qualitative") if m.kind == "qualitative" else self.tr("Quantitative")
        if col == WEIGHT:
            return percent_text(m.weight)
        if col == MINIMUM:
            return m.minimum if m.minimum is not None else "—"
        if col == WORDS:
            return f"{m.word_limit:,}" if m.word_limit is not None else "—"
        return self.method_text(m)

    def method_text(self, m: MeasureView) -> str:
        if m.kind == "qualitative":
            return self.tr("On the tender's scale")
        lower = m.direction == "lower"
        better = self.tr("lower is better") if lower else self.tr("higher is better")
        unit = f" {m.unit}" if m.unit else ""
        if m.method == "relative":
            return self.tr("Relative to the best bid, {direction}").format(direction=better)
        if m.method == "target":
            return self.tr("Target {target}{unit}, {direction}").format(target=m.target or "?", unit=unit, direction=better)
        if m.method == "banded":
            sign = "≤" if lower else "≥"
            bands = ", ".join(f"{sign}{at} → {share}" for at, share in json.loads(m.bands or "[]"))
            return self.tr("Bands ({direction}{unit}): {bands}").format(direction=better, unit=f";{unit}" if unit else "",
                                                                 bands=bands)
        if m.method == "record_only":
            return self.tr("Recorded only, not marked")
        return m.method or ""
