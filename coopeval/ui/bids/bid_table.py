"""The tender's bids as a read-only table: who, their identifier, their legal form and ownership model (the tender's
record fields with those roles, else its first choice field), how many measures they answered, and whether they were
withdrawn (in words, not colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.domain.framework import RecordField
from coopeval.services.views import BidView
from coopeval.ui.bids.labels import answer_text, list_fields, not_stated

NAME, IDENTIFIER = range(2)  # then one column per record field shown, then Responses and Status
_Index = QModelIndex | QPersistentModelIndex


class BidTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.bids: list[BidView] = []
        self.answered: dict[int, int] = {}
        self.measure_count = 0
        self.columns: tuple[RecordField, ...] = ()

    def set_fields(self, fields: tuple[RecordField, ...]) -> None:
        """The tender's record fields: those the list shows become columns."""
        shown = list_fields(fields)
        if shown != self.columns:
            self.beginResetModel()
            self.columns = shown
            self.endResetModel()

    @property
    def answered_column(self) -> int:
        return 2 + len(self.columns)

    @property
    def status_column(self) -> int:
        return 3 + len(self.columns)

    def set_bids(self, bids: list[BidView], answered: dict[int, int], measure_count: int) -> None:
        self.beginResetModel()
        self.bids, self.answered, self.measure_count = list(bids), dict(answered), measure_count
        self.endResetModel()

    def set_answered(self, bid_id: int, count: int) -> None:
        self.answered[bid_id] = count
        row = self.row_of(bid_id)
        if row is not None:
            index = self.index(row, self.answered_column)
            self.dataChanged.emit(index, index)

    def row_of(self, bid_id: int | None) -> int | None:
        return next((i for i, b in enumerate(self.bids) if b.id == bid_id), None)

    def bid_at(self, row: int) -> BidView | None:
        return self.bids[row] if 0 <= row < len(self.bids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.bids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4 + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Bidder"), self.tr("Identifier"), *(f.local("title") for f in self.columns),
                    self.tr("Responses"), self.tr("Status"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        bid = self.bid_at(index.row())
        if bid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == NAME:
            if role == Qt.ItemDataRole.ToolTipRole and bid.trading_name and bid.trading_name != bid.legal_name:
                return self.tr("{legal_name}, trading as {trading_name}").format(legal_name=bid.legal_name,
                                                                                  trading_name=bid.trading_name)
            return bid.display_name
        if col == IDENTIFIER:
            return bid.identifier
        if 2 <= col < self.answered_column:
            field = self.columns[col - 2]
            if role == Qt.ItemDataRole.ToolTipRole:
                return field.local("title")
            return answer_text(bid.records, field.code, field) or not_stated()
        if col == self.answered_column:
            return self.tr("{answered} of {measures}").format(answered=self.answered.get(bid.id, 0),
                                                              measures=self.measure_count)
        if bid.withdrawn:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Withdrawn: {reason}").format(reason=bid.withdrawn_reason)
            return self.tr("Withdrawn")
        return self.tr("Active")
