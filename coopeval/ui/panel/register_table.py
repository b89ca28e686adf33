"""The conflicts-of-interest register as a read-only table: every declaration ever made, current
and superseded, with its resolution. Rows are never edited in place; a new declaration or a
resolution is appended through the Panel page's dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.services.views import BidView, DeclarationView, MemberView
from coopeval.ui.panel.labels import interest_text, resolution_labels, scope_text, when_text

NUMBER, STATE, MEMBER, SCOPE, INTEREST, DETAILS, DECLARED, RESOLUTION, NOTE, RESOLVED = range(10)
COLUMNS = 10
_Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[DeclarationView] = []
        self.members: dict[int, MemberView] = {}
        self.bids: dict[int, BidView] = {}

    def set_register(self, rows: list[DeclarationView], members: dict[int, MemberView], bids: dict[int, BidView]) -> None:
        self.beginResetModel()
        self.rows, self.members, self.bids = list(rows), dict(members), dict(bids)
        self.endResetModel()

    def declaration_at(self, row: int) -> DeclarationView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Status"), self.tr("Member"), self.tr("Scope"), self.tr("Interest"),
                    self.tr("Details"), self.tr("Declared"), self.tr("Resolution"), self.tr("Resolution note"),
                    self.tr("Resolved by"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.declaration_at(index.row())
        if d is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cell(d, index.column())

    def cell(self, d: DeclarationView, col: int) -> str:
        member = self.members.get(d.member_id)
        values = {
            NUMBER: str(d.id),
            MEMBER: member.name if member else f"#{d.member_id}",
            SCOPE: scope_text(d.bid_id, self.bids),
            INTEREST: interest_text(d),
            DETAILS: d.details,
            DECLARED: when_text(d.declared_at),
            RESOLUTION: self._resolution(d),
            NOTE: d.resolution_note,
            RESOLVED: self.tr("{name}\n{when}").format(name=d.resolved_by, when=when_text(d.resolved_at))
            if d.resolved_by else "",
            STATE: self.tr("Current") if d.current else self.tr("Superseded by no. {number}").format(number=d.superseded_by),
        }
        return values[col]

    def _resolution(self, d: DeclarationView) -> str:
        if d.resolution:
            return resolution_labels().get(d.resolution, d.resolution)
        if d.interest == "none":
            return self.tr("Not needed")
        return self.tr("Awaiting resolution") if d.current else self.tr("Not resolved")
