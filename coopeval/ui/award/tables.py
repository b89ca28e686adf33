"""The commitments register as a table (code, commitment, promised, s.52 KPI tick, delivered, latest rating) and
the recorded contract changes as another. The KPI tick does not change the model: it asks the page (through
`kpi_toggled`), which asks the service; the table shows what the service then says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from coopeval.domain.dates import date_text
from coopeval.services.delivery.views import CommitmentView, ContractChangeView
from coopeval.ui.award.wording import delivered_text, promised_text, rating_text

CODE, TEXT, PROMISED, KPI, DELIVERED, RATING = range(6)
WHEN, C_CODE, WHAT, BEFORE, AFTER, REASON, BY = range(7)
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP, _CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole


class CommitmentTableModel(QAbstractTableModel):
    kpi_toggled = Signal(int, bool)  # commitment id, ticked

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[CommitmentView] = []
        self.kpi_editable = False

    def set_commitments(self, rows: list[CommitmentView], *, kpi_editable: bool) -> None:
        self.beginResetModel()
        self.rows = [c for c in rows if not c.removed]
        self.kpi_editable = kpi_editable
        self.endResetModel()

    def commitment_at(self, row: int) -> CommitmentView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Code"), self.tr("Commitment"), self.tr("Promised"), self.tr("s.52 KPI"),
                    self.tr("Delivered"), self.tr("Latest rating"))[section]
        if orientation == Qt.Orientation.Horizontal and role == _TIP and section == KPI:
            return self.tr("Ticked: one of the contract's key performance indicators (Procurement Act 2023 s.52)")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == KPI:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if not self.kpi_editable:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        c = self.commitment_at(index.row()) if index.isValid() else None
        if c is None:
            return None
        col = index.column()
        if col == KPI:
            if role == _CHECK:
                return Qt.CheckState.Checked if c.s52_kpi else Qt.CheckState.Unchecked
            if role in (_DISPLAY, _TIP):
                return self.tr("KPI") if c.s52_kpi else ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("s.52 KPI") if c.s52_kpi else self.tr("not a KPI")
            return None
        if role not in (_DISPLAY, _TIP):
            return None
        if col == CODE:
            return c.code
        if col == TEXT:
            return c.text if role == _DISPLAY or not c.title else f"{c.title}\n{c.text}"
        if col == PROMISED:
            return promised_text(c)
        if col == DELIVERED:
            return delivered_text(c)
        return rating_text(c.latest_rating)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        c = self.commitment_at(index.row()) if index.isValid() else None
        if c is None or index.column() != KPI or role != _CHECK or not self.kpi_editable:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if ticked != c.s52_kpi:
            self.kpi_toggled.emit(c.id, ticked)
        return False  # the service's answer, reloaded, is what the tick shows


class ChangeTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[ContractChangeView] = []

    def set_changes(self, rows: list[ContractChangeView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("When"), self.tr("Code"), self.tr("What changed"), self.tr("Before"), self.tr("After"),
                    self.tr("Reason"), self.tr("By"))[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or role not in (_DISPLAY, _TIP):
            return None
        ch = self.rows[index.row()]
        what = {"text": self.tr("Commitment's words"), "target": self.tr("Promised figure"),
                "s52_kpi": self.tr("s.52 KPI"), "added": self.tr("Added"), "removed": self.tr("Removed")}.get(ch.what, ch.what)
        return (date_text(ch.made_at[:10]), ch.code, what, ch.before, ch.after, ch.reason, ch.person or "")[index.column()]
